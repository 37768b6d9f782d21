use super::{
    dispute_panel::{DisputePanel, load_dispute},
    order_words::{action_error, date, escrow_words, money, status_label, time_left},
    review_form::ReviewPanel,
};
use crate::{
    api,
    components::{account::SignedIn, common::ErrorView},
    contexts::use_i18n,
};
use caravan_i18n::Arg;
use caravan_types::{
    OrderId,
    dispute::{Dispute, DisputeStatus},
    order::{CancelRequest, OrderDetail, OrderStatus, TrackingEvent, TrackingKind},
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/orders/{id}`: one order: where it stands on a timeline, the carrier's scans, the escrow in plain words,
/// what was bought and where it goes; confirm receipt, cancel, dispute and review where allowed.
#[component]
pub fn OrderDetailPage() -> impl IntoView {
    view! { <SignedIn page=|_| view! { <OrderLoader /> } /> }
}

#[component]
fn OrderLoader() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let order = LocalResource::new(move || {
        let id = params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok());
        async move {
            match id {
                Some(id) => api::purchases::get_order(OrderId(id)).await,
                None => Err(api::Error::Server {
                    status: 404,
                    code: "not_found".to_owned(),
                    message: String::new(),
                    fields: Vec::new(),
                    refusal: api::Refusal::default(),
                }),
            }
        }
    });
    let retry = Callback::new(move |()| order.refetch());
    view! {
        <Suspense fallback=move || view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("loading")}</p> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    let detail = order.await?;
                    Ok::<_, api::Error>(view! { <OrderView order=RwSignal::new(detail) /> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// The order's page; `order` is replaced by the server's answer after every action.
#[component]
fn OrderView(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let id = order.with_untracked(|o| o.id);
    // After a dispute step the order's escrow may have moved: ask again.
    let dispute = RwSignal::new(None::<Dispute>);
    let (disputes_loaded, set_disputes_loaded) = signal(false);
    let (dispute_error, set_dispute_error) = signal(None::<String>);
    load_dispute(i18n, id, dispute, set_disputes_loaded, set_dispute_error);
    // Confirming or cancelling would move the money around an open dispute: its outcome decides.
    let dispute_open = Signal::derive(move || {
        dispute.with(|d| {
            d.as_ref()
                .is_some_and(|d| d.status != DisputeStatus::Resolved)
        })
    });
    let refresh = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            if let Ok(detail) = api::purchases::get_order(id).await {
                order.set(detail);
            }
        });
    });
    view! {
        <article class="cv-order" aria-labelledby="cv-order-title">
            <p class="cv-order__back"><a href="/orders">{i18n.t("order-back")}</a></p>
            <h1 id="cv-order-title" class="cv-account__title">
                {i18n.t_args("order-title", &[("id", Arg::from(id.0))])}
            </h1>
            <p class="cv-order__status">
                <span class="cv-status">{move || status_label(i18n, order.with(|o| o.status))}</span>
                " "{move || order.with(|o| i18n.t_args("order-from", &[("shop", Arg::from(o.shop.name.clone()))]))}
            </p>
            <div class="cv-order__layout">
                <div class="cv-order__main">
                    <StatusSteps order />
                    <section class="cv-panel" aria-labelledby="cv-escrow-title">
                        <h2 id="cv-escrow-title" class="cv-panel__title">{i18n.t("escrow-title")}</h2>
                        <p class="cv-order__escrow">{move || order.with(|o| escrow_words(i18n, o))}</p>
                        {move || order.with(|o| o.escrow.payout.is_some() && o.status == OrderStatus::Completed).then(|| view! {
                            <p class="cv-form__hint">{i18n.t("escrow-payout")}</p>
                        })}
                    </section>
                    <OrderActions order dispute_open />
                    <Tracking order />
                    <DisputePanel order dispute loaded=disputes_loaded on_change=refresh />
                    <p class="cv-form__alert" role="alert">{move || dispute_error.get()}</p>
                    <ReviewPanel order />
                </div>
                <div class="cv-order__side">
                    <Lines order />
                    <Delivery order />
                </div>
            </div>
        </article>
    }
}

/// Placed → paid → shipped → delivered → completed, with the time of each step reached; a cancelled or
/// expired order ends where it stopped.
#[component]
fn StatusSteps(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let steps = move || {
        order.with(|o| {
            let mut steps = vec![
                ("order-step-placed", Some(o.created_at)),
                ("order-step-paid", o.paid_at),
                ("order-step-shipped", o.shipped_at),
                ("order-step-delivered", o.delivered_at),
                ("order-step-completed", o.completed_at),
            ];
            if matches!(o.status, OrderStatus::Cancelled | OrderStatus::Expired) {
                // Only the steps reached, then the end.
                steps.retain(|(_, at)| at.is_some());
                let key = if o.status == OrderStatus::Cancelled {
                    "order-step-cancelled"
                } else {
                    "order-step-expired"
                };
                steps.push((key, o.cancelled_at));
            }
            let current = steps.iter().rposition(|(_, at)| at.is_some()).unwrap_or(0);
            steps
                .into_iter()
                .enumerate()
                .map(|(i, (key, at))| {
                    let done = i <= current;
                    view! {
                        <li
                            class="cv-steps__step"
                            class:cv-steps__step--done=done
                            aria-current=(i == current).then_some("step")
                        >
                            <span class="cv-steps__name">{i18n.t(key)}</span>
                            {at.map(|at| view! { <span class="cv-steps__time">{date(i18n, at)}</span> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let deadline = move || {
        order.with(|o| match o.status {
            OrderStatus::AwaitingPayment => Some(i18n.t_args(
                "order-pay-by",
                &[("left", Arg::from(time_left(i18n, o.pay_by)))],
            )),
            OrderStatus::Paid => o.ship_by.map(|at| {
                i18n.t_args(
                    "order-ship-by",
                    &[
                        ("date", Arg::from(date(i18n, at))),
                        ("left", Arg::from(time_left(i18n, at))),
                    ],
                )
            }),
            OrderStatus::Delivered => o.auto_confirm_at.map(|at| {
                i18n.t_args(
                    "order-auto-confirm",
                    &[
                        ("date", Arg::from(date(i18n, at))),
                        ("left", Arg::from(time_left(i18n, at))),
                    ],
                )
            }),
            _ => None,
        })
    };
    view! {
        <section class="cv-panel" aria-labelledby="cv-steps-title">
            <h2 id="cv-steps-title" class="cv-panel__title">{i18n.t("order-progress")}</h2>
            <ol class="cv-steps">{steps}</ol>
            {move || deadline().map(|text| view! { <p class="cv-order__deadline">{text}</p> })}
        </section>
    }
}

/// Confirm receipt and cancel, each asked twice (a mistaken tap must not release or refund money).
#[component]
fn OrderActions(order: RwSignal<OrderDetail>, dispute_open: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    // Which action is being confirmed: "confirm" or "cancel".
    let asking = RwSignal::new(None::<&'static str>);
    let reason = RwSignal::new(String::new());
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let (done, set_done) = signal(None::<String>);
    let run = move |which: &'static str| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        let id = order.with_untracked(|o| o.id);
        let text = reason.get_untracked().trim().to_owned();
        leptos::task::spawn_local(async move {
            let answer = if which == "confirm" {
                api::purchases::confirm_receipt(id).await
            } else {
                let request = CancelRequest {
                    reason: (!text.is_empty()).then_some(text),
                };
                api::purchases::cancel_order(id, &request).await
            };
            match answer {
                Ok(detail) => {
                    order.set(detail);
                    asking.set(None);
                    set_done.set(Some(i18n.t(if which == "confirm" {
                        "order-confirmed"
                    } else {
                        "order-cancelled"
                    })));
                }
                Err(failure) => set_error.set(Some(action_error(i18n, &failure))),
            }
            set_busy.set(false);
        });
    };
    let actions = move || {
        let mut actions = order.with(|o| o.actions);
        if dispute_open.get() {
            actions.confirm_receipt = false;
            actions.cancel = false;
        }
        actions
    };
    view! {
        <div class="cv-order__actions">
            <p class="cv-order__done" role="status">{move || done.get()}</p>
            {move || {
                let actions = actions();
                match asking.get() {
                    Some("confirm") => view! {
                        <div class="cv-panel cv-confirm" role="group" aria-labelledby="cv-confirm-q">
                            <p id="cv-confirm-q">{i18n.t("order-confirm-question")}</p>
                            <div class="cv-confirm__buttons">
                                <button class="cv-button" type="button" disabled=move || busy.get() on:click=move |_| run("confirm")>
                                    {i18n.t("order-confirm-yes")}
                                </button>
                                <button class="cv-button cv-button--secondary" type="button" on:click=move |_| asking.set(None)>
                                    {i18n.t("order-keep")}
                                </button>
                            </div>
                        </div>
                    }.into_any(),
                    Some(_) => view! {
                        <div class="cv-panel cv-confirm" role="group" aria-labelledby="cv-cancel-q">
                            <p id="cv-cancel-q">{i18n.t("order-cancel-question")}</p>
                            <div class="cv-form__field">
                                <label class="cv-form__label" for="cancel-reason">{i18n.t("order-cancel-reason")}</label>
                                <textarea
                                    id="cancel-reason"
                                    class="cv-form__input cv-form__textarea"
                                    maxlength="500"
                                    prop:value=move || reason.get()
                                    on:input=move |ev| reason.set(event_target_value(&ev))
                                ></textarea>
                            </div>
                            <div class="cv-confirm__buttons">
                                <button class="cv-button cv-button--danger" type="button" disabled=move || busy.get() on:click=move |_| run("cancel")>
                                    {i18n.t("order-cancel-yes")}
                                </button>
                                <button class="cv-button cv-button--secondary" type="button" on:click=move |_| asking.set(None)>
                                    {i18n.t("order-keep")}
                                </button>
                            </div>
                        </div>
                    }.into_any(),
                    None => view! {
                        <div class="cv-confirm__buttons">
                            {actions.confirm_receipt.then(|| view! {
                                <button class="cv-button" type="button" on:click=move |_| { set_done.set(None); asking.set(Some("confirm")) }>
                                    {i18n.t("order-confirm-receipt")}
                                </button>
                            })}
                            {actions.cancel.then(|| view! {
                                <button class="cv-button cv-button--secondary" type="button" on:click=move |_| { set_done.set(None); asking.set(Some("cancel")) }>
                                    {i18n.t("order-cancel")}
                                </button>
                            })}
                        </div>
                    }.into_any(),
                }
            }}
            <p class="cv-form__alert" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// The shipment and the carrier's scans, newest first.
#[component]
fn Tracking(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="cv-panel" aria-labelledby="cv-tracking-title">
            <h2 id="cv-tracking-title" class="cv-panel__title">{i18n.t("tracking-title")}</h2>
            {move || order.with(|o| o.shipment.clone()).map(|shipment| view! {
                <p class="cv-tracking__number">
                    {i18n.t_args("tracking-number", &[("number", Arg::from(shipment.tracking_number))])}
                    {shipment.carrier.map(|carrier| format!(" · {carrier}"))}
                </p>
            })}
            <ol class="cv-tracking">
                {move || order.with(|o| o.events.iter().rev().cloned().map(|event| view! { <TrackingRow event /> }).collect_view())}
            </ol>
        </section>
    }
}

#[component]
fn TrackingRow(event: TrackingEvent) -> impl IntoView {
    let i18n = use_i18n();
    let key = match event.kind {
        TrackingKind::Placed => "tracking-placed",
        TrackingKind::Paid => "tracking-paid",
        TrackingKind::Shipped => "tracking-shipped",
        TrackingKind::InTransit => "tracking-in-transit",
        TrackingKind::OutForDelivery => "tracking-out-for-delivery",
        TrackingKind::Exception => "tracking-exception",
        TrackingKind::Delivered => "tracking-delivered",
        TrackingKind::Completed => "tracking-completed",
        TrackingKind::Cancelled => "tracking-cancelled",
        TrackingKind::Expired => "tracking-expired",
        TrackingKind::NotShippedInTime => "tracking-not-shipped-in-time",
    };
    let detail = [event.description, event.location]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="cv-tracking__event" class:cv-tracking__event--problem=event.kind == TrackingKind::Exception>
            <span class="cv-tracking__what">{i18n.t(key)}</span>
            {(!detail.is_empty()).then(|| view! { <span class="cv-tracking__detail">{detail}</span> })}
            <time class="cv-tracking__time">{date(i18n, event.at)}</time>
        </li>
    }
}

/// What was bought and what it cost, in the settlement currency with the buyer's currency beside it.
#[component]
fn Lines(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="cv-panel" aria-labelledby="cv-lines-title">
            <h2 id="cv-lines-title" class="cv-panel__title">{i18n.t("order-items")}</h2>
            {move || order.with(|o| {
                let lines = o.lines.iter().cloned().map(|line| {
                    let quantity = i18n.t_args("order-quantity", &[("count", Arg::from(line.quantity))]);
                    view! {
                        <li class="cv-order-line">
                            {line.image_url.map(|src| view! {
                                <img class="cv-order-line__image" src=src alt="" width="56" height="56" loading="lazy" />
                            })}
                            <span class="cv-order-line__main">
                                <a href=format!("/p/{}", line.listing_id)>{line.title}</a>
                                {(!line.sku_label.is_empty()).then(|| view! { <span class="cv-order-line__meta">{line.sku_label}</span> })}
                                <span class="cv-order-line__meta">{quantity}</span>
                            </span>
                            <span class="cv-order-line__total">{money(i18n, line.total)}</span>
                        </li>
                    }
                }).collect_view();
                let totals = o.totals;
                let display = o.display.clone();
                view! {
                    <ul class="cv-order-lines">{lines}</ul>
                    <dl class="cv-facts cv-order__totals">
                        <dt>{i18n.t("order-items-total")}</dt><dd>{money(i18n, totals.items)}</dd>
                        <dt>{i18n.t("order-shipping")}</dt><dd>{money(i18n, totals.shipping)}</dd>
                        <dt>{i18n.t("order-total")}</dt><dd class="cv-order__total">{money(i18n, totals.total)}</dd>
                    </dl>
                    {display.filter(|d| d.currency != totals.total.currency).map(|d| view! {
                        <p class="cv-form__hint">
                            {i18n.t_args("order-display-total", &[
                                ("amount", Arg::from(money(i18n, d.total))),
                                ("date", Arg::from(d.rate_date)),
                            ])}
                        </p>
                    })}
                    {o.paid_with.clone().map(|card| view! {
                        <p class="cv-form__hint">
                            {i18n.t_args("order-paid-with", &[("brand", Arg::from(brand_name(&card.brand))), ("last4", Arg::from(card.last4))])}
                        </p>
                    })}
                }
            })}
        </section>
    }
}

/// A card brand as people write it: `visa` → `Visa`, `mastercard` → `Mastercard`.
fn brand_name(brand: &str) -> String {
    let mut chars = brand.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Where it goes.
#[component]
fn Delivery(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="cv-panel" aria-labelledby="cv-address-title">
            <h2 id="cv-address-title" class="cv-panel__title">{i18n.t("order-address")}</h2>
            {move || order.with(|o| {
                let a = o.address.clone();
                let city = [Some(a.postal_code).filter(|p| !p.is_empty()), Some(a.city), a.region]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                view! {
                    <address class="cv-order__address">
                        {a.name}<br />{a.line1}<br />
                        {a.line2.map(|l| view! { {l}<br /> })}
                        {city}<br />{a.country}
                    </address>
                }
            })}
        </section>
    }
}
