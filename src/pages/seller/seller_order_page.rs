//! One of the shop's orders (journey 5): what was bought, where it goes (the address as the buyer gave it;
//! never the buyer's payment details, ORD-6), the totals in the order's currency, the ORD-3 countdown and
//! the form that ships it with a logistics class the order allows and a tracking number.

use super::{
    deadline::{date_time, use_ticking_now},
    error_text::{ErrorNotice, error_text, field_error},
    form_field::TextField,
    order_words::{OrderStatusChip, ShipCountdown},
    shop_gate::ShopGate,
};
use crate::{
    api::{self, seller::orders as seller_orders},
    components::common::{ErrorView, logistics_name},
    contexts::{I18n, use_i18n},
    countries::CountryNames,
    money_format::format_money,
    storage,
};
use caravan_i18n::Arg;
use caravan_types::{
    Money, OrderId,
    logistics::LogisticsClass,
    order::{OrderDetail, OrderStatus, ShipmentRequest},
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/seller/orders/:id`.
#[component]
pub fn SellerOrderPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(0)
    });
    view! {
        <ShopGate>
            {move || {
                let id = OrderId(id.get());
                view! { <OrderLoader id /> }
            }}
        </ShopGate>
    }
}

#[component]
fn OrderLoader(id: OrderId) -> impl IntoView {
    let order = LocalResource::new(move || seller_orders::get_order(id));
    let retry = Callback::new(move |()| order.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    order.await.map(|order| view! { <OrderView order=RwSignal::new(order) /> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// The order and, while it is paid and not shipped, the shipping form.
#[component]
fn OrderView(order: RwSignal<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let now = use_ticking_now();
    let shipped_now = RwSignal::new(false);
    let o = order.get_untracked();
    let countries = CountryNames::new(&i18n.locale());
    let address = o.address.clone();
    let money = move |m: Money| format_money(m, &i18n.locale());
    view! {
        <p class="cv-back"><a class="cv-link" href="/seller/orders">{i18n.t("seller-order-back")}</a></p>
        <div class="cv-order-head">
            <h2 class="cv-center__title">{i18n.t_args("seller-order-number", &[("id", Arg::from(o.id.0))])}</h2>
            {move || view! { <OrderStatusChip status=order.with(|o| o.status) /> }}
        </div>
        <Show when=move || shipped_now.get()>
            <p class="cv-notice cv-notice--ok" role="status">
                {i18n.t("seller-ship-done")} " "
                <a class="cv-link" href="/seller/orders">{i18n.t("seller-ship-back-to-queue")}</a>
            </p>
        </Show>
        <section class="cv-panel" aria-labelledby="cv-order-facts">
            <h3 id="cv-order-facts">{i18n.t("seller-order-facts")}</h3>
            <dl class="cv-facts">
                <dt>{i18n.t("seller-order-placed")}</dt><dd>{date_time(i18n, o.created_at)}</dd>
                {o.paid_at.map(|at| view! { <dt>{i18n.t("seller-order-paid")}</dt><dd>{date_time(i18n, at)}</dd> })}
                <dt>{i18n.t("seller-order-buyer")}</dt><dd>{o.buyer.as_ref().map(|b| b.name.clone())}</dd>
                <dt>{i18n.t("seller-order-country")}</dt><dd class="cv-order-country">{countries.name(&o.address.country)}</dd>
                {move || order.with(|o| (o.status == OrderStatus::Paid).then(|| o.ship_by.map(|ship_by| {
                    let state = o.shipment_state;
                    view! {
                        <dt>{i18n.t("seller-order-ship-by")}</dt>
                        <dd>{date_time(i18n, ship_by)} " " <ShipCountdown ship_by state now /></dd>
                    }
                })))}
                {move || order.with(|o| o.shipment.clone().map(|s| view! {
                    <dt>{i18n.t("seller-order-shipment")}</dt>
                    <dd class="cv-order-shipment">
                        {logistics_name(s.class)} " · " <span class="cv-order-tracking">{s.tracking_number.clone()}</span>
                        {s.carrier.clone().map(|c| view! { " · " {c} })}
                        {o.shipped_at.map(|at| view! { <br /> {date_time(i18n, at)} })}
                    </dd>
                }))}
            </dl>
        </section>
        <Show when=move || order.with(|o| o.status == OrderStatus::Paid)>
            <ShipForm order on_shipped=Callback::new(move |updated: OrderDetail| {
                order.set(updated);
                shipped_now.set(true);
            }) />
        </Show>
        <section class="cv-panel" aria-labelledby="cv-order-items">
            <h3 id="cv-order-items">{i18n.t("seller-order-items")}</h3>
            <ul class="cv-order-lines">
                {o.lines.iter().map(|line| view! {
                    <li class="cv-order-line">
                        {line.image_url.clone().map(|src| view! { <img class="cv-order-row__thumb" src=src alt="" width="56" height="56" loading="lazy" /> })}
                        <div class="cv-order-line__main">
                            <p class="cv-order-line__title">{line.title.clone()}</p>
                            <p class="cv-muted">
                                {[line.sku_label.clone(), line.sku_code.clone(), logistics_name(line.shipping.class)]
                                    .into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" · ")}
                            </p>
                            <p>{i18n.t_args("seller-order-line-quantity", &[
                                ("count", Arg::from(line.quantity)),
                                ("price", Arg::from(money(line.unit_price))),
                            ])}</p>
                        </div>
                        <p class="cv-order-line__total">{money(line.total)}</p>
                    </li>
                }).collect_view()}
            </ul>
            <dl class="cv-facts cv-order-totals">
                <dt>{i18n.t("seller-order-items-total")}</dt><dd>{money(o.totals.items)}</dd>
                {(o.totals.discount.minor != 0).then(|| view! {
                    <dt>{i18n.t("seller-order-discount")}</dt><dd>{money(o.totals.discount)}</dd>
                })}
                <dt>{i18n.t("seller-order-shipping")}</dt><dd>{money(o.totals.shipping)}</dd>
                <dt class="cv-order-totals__total">{i18n.t("seller-order-total")}</dt>
                <dd class="cv-order-totals__total">{money(o.totals.total)}</dd>
            </dl>
        </section>
        <section class="cv-panel" aria-labelledby="cv-order-address">
            <h3 id="cv-order-address">{i18n.t("seller-order-address")}</h3>
            <address class="cv-order-address">
                {address.name.clone()}<br />
                {address.line1.clone()}<br />
                {address.line2.clone().filter(|l| !l.is_empty()).map(|l| view! { {l}<br /> })}
                {address.postal_code.clone()} " " {address.city.clone()}
                {address.region.clone().filter(|r| !r.is_empty()).map(|r| view! { ", " {r} })}<br />
                {countries.name(&address.country)}
                {address.phone.clone().filter(|p| !p.is_empty()).map(|p| view! { <br /> {p} })}
            </address>
        </section>
    }
}

/// The logistics classes an order allows: those its lines were bought with, cheapest first.
fn allowed_classes(order: &OrderDetail) -> Vec<LogisticsClass> {
    let mut classes: Vec<LogisticsClass> = order.lines.iter().map(|l| l.shipping.class).collect();
    classes.sort();
    classes.dedup();
    classes
}

/// A field error the server reported for the ship form, in the seller's words.
fn ship_field_error(i18n: &I18n, error: &api::Error, path: &str) -> Option<String> {
    let api::Error::Server { fields, .. } = error else {
        return None;
    };
    let field = fields.iter().find(|f| f.path == path)?;
    Some(match (path, field.code.as_str()) {
        ("tracking_number", _) => i18n.t("seller-ship-tracking-invalid"),
        ("carrier", _) => i18n.t("seller-ship-carrier-invalid"),
        _ => field_error(i18n, error, path)?,
    })
}

/// Ships the order: logistics class, tracking number and carrier, kept on this device until sent.
#[component]
fn ShipForm(order: RwSignal<OrderDetail>, on_shipped: Callback<OrderDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let (id, classes) = order.with_untracked(|o| (o.id, allowed_classes(o)));
    let draft_key = format!("caravan.seller.ship.{id}");
    // The draft: class, tracking number, carrier (one per line).
    let draft = storage::load(&draft_key).unwrap_or_default();
    let mut parts = draft.splitn(3, '\n');
    let saved_class = parts.next().and_then(|c| c.parse::<LogisticsClass>().ok());
    let class = RwSignal::new(
        saved_class
            .filter(|c| classes.contains(c))
            .or_else(|| classes.first().copied())
            .unwrap_or(LogisticsClass::Economy),
    );
    let tracking = RwSignal::new(parts.next().unwrap_or_default().to_owned());
    let carrier = RwSignal::new(parts.next().unwrap_or_default().to_owned());
    {
        let draft_key = draft_key.clone();
        Effect::new(move |first: Option<()>| {
            let text = format!("{}\n{}\n{}", class.get(), tracking.get(), carrier.get());
            if first.is_some() {
                storage::save(&draft_key, &text);
            }
        });
    }
    let failure = RwSignal::new(None::<api::Error>);
    let ship = Action::new_local(move |request: &ShipmentRequest| {
        let request = request.clone();
        async move { seller_orders::ship_order(id, &request).await }
    });
    Effect::new(move |_| match ship.value().get() {
        Some(Ok(updated)) => {
            failure.set(None);
            storage::remove(&draft_key);
            on_shipped.run(updated);
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if ship.pending().get_untracked() {
            return;
        }
        let carrier = carrier.get_untracked().trim().to_owned();
        ship.dispatch(ShipmentRequest {
            class: class.get_untracked(),
            tracking_number: tracking.get_untracked().trim().to_owned(),
            carrier: (!carrier.is_empty()).then_some(carrier),
        });
    };
    let error_at = move |path: &'static str| {
        Signal::derive(move || {
            failure.with(|f| f.as_ref().and_then(|e| ship_field_error(&i18n, e, path)))
        })
    };
    let notice = Signal::derive(move || {
        failure.with(|f| {
            f.as_ref()
                .filter(|e| !matches!(e, api::Error::Server { fields, .. } if !fields.is_empty()))
                .map(|e| match e.code() {
                    Some("not_shippable") => i18n.t("seller-ship-not-shippable"),
                    _ => error_text(&i18n, e),
                })
        })
    });
    view! {
        <form class="cv-panel cv-form cv-ship-form" on:submit=on_submit novalidate aria-labelledby="cv-ship-title">
            <h3 id="cv-ship-title">{i18n.t("seller-ship-title")}</h3>
            <p class="cv-form-field__hint">{i18n.t("seller-ship-intro")}</p>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="f-ship-class">{i18n.t("seller-ship-class")}</label>
                <select class="cv-input" id="f-ship-class" name="class"
                    on:change=move |ev| if let Ok(c) = event_target_value(&ev).parse() { class.set(c) }>
                    {classes.iter().map(|&c| view! {
                        <option value=c.as_str() selected=move || class.get() == c>{logistics_name(c)}</option>
                    }).collect_view()}
                </select>
            </div>
            <TextField label=i18n.t("seller-ship-tracking") path="tracking_number" value=tracking
                hint=i18n.t("seller-ship-tracking-hint") autocomplete="off" required=true
                on_input=Callback::new(move |v| tracking.set(v)) error=error_at("tracking_number") />
            <TextField label=i18n.t("seller-ship-carrier") path="carrier" value=carrier
                autocomplete="off"
                on_input=Callback::new(move |v| carrier.set(v)) error=error_at("carrier") />
            <ErrorNotice error=notice />
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || ship.pending().get()>
                    {i18n.t("seller-ship-submit")}
                </button>
            </div>
        </form>
    }
}
