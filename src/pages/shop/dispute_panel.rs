//! Disputes on the order page (DSP-1 … DSP-4): opening one with the reason, the remedy asked for and
//! evidence pictures; then following it: the seller's deadline, offers and counter-offers, accepting,
//! escalating to Caravan's arbitration, withdrawing, messages.

use super::order_words::{action_error, date, minor, remedy_words, time_left};
use crate::{
    api,
    components::forms::{FormErrors, error_text},
    contexts::{I18n, use_i18n},
    storage,
};
use caravan_i18n::Arg;
use caravan_types::{
    dispute::{
        Dispute, DisputeEvent, DisputeEventKind, DisputeMessageRequest, DisputeOffer,
        DisputeOutcome, DisputeParty, DisputeReason, DisputeStatus, OfferRequest, OfferStatus,
        OpenDisputeRequest, Remedy,
    },
    order::{EscrowStatus, OrderDetail, OrderStatus},
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Most evidence pictures on one dispute or message (the server's limit).
const MAX_IMAGES: usize = 6;

/// The order's dispute, or the way to open one while the order's money is still held.
#[component]
pub fn DisputePanel(
    order: RwSignal<OrderDetail>,
    /// The order's dispute, once known (loaded by the order page, which also hides confirm and cancel
    /// while it is open).
    dispute: RwSignal<Option<Dispute>>,
    /// Whether the buyer's disputes have been looked at.
    loaded: ReadSignal<bool>,
    /// Runs after a step that may have moved the order's money.
    on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let opening = RwSignal::new(false);
    let can_open = move || {
        order.with(|o| {
            matches!(
                o.status,
                OrderStatus::Paid | OrderStatus::Shipped | OrderStatus::Delivered
            ) && o.escrow.status == EscrowStatus::Held
        })
    };
    let changed = Callback::new(move |updated: Dispute| {
        dispute.set(Some(updated));
        on_change.run(());
    });
    view! {
        <Show when=move || loaded.get() && (dispute.with(Option::is_some) || can_open())>
            <section class="cv-panel cv-dispute" aria-labelledby="cv-dispute-title">
                <h2 id="cv-dispute-title" class="cv-panel__title">{i18n.t("dispute-title")}</h2>
                {move || match dispute.get() {
                    Some(current) => view! { <DisputeView dispute=current on_change=changed /> }.into_any(),
                    None if opening.get() => view! { <OpenDisputeForm order on_opened=changed on_cancel=Callback::new(move |()| opening.set(false)) /> }.into_any(),
                    None => view! {
                        <p>{i18n.t("dispute-intro")}</p>
                        <button class="cv-button cv-button--secondary" type="button" on:click=move |_| opening.set(true)>
                            {i18n.t("dispute-open")}
                        </button>
                    }.into_any(),
                }}
            </section>
        </Show>
    }
}

/// Loads the buyer's dispute on the order `order_id`, if any, into `dispute`; `loaded` turns true after.
pub fn load_dispute(
    i18n: I18n,
    order_id: caravan_types::OrderId,
    dispute: RwSignal<Option<Dispute>>,
    loaded: WriteSignal<bool>,
    failed: WriteSignal<Option<String>>,
) {
    leptos::task::spawn_local(async move {
        match api::purchases::list_disputes().await {
            Ok(list) => dispute.set(list.into_iter().find(|d| d.order_id == order_id)),
            Err(error) => failed.set(Some(error_text(i18n, &error))),
        }
        loaded.set(true);
    });
}

/// An amount typed in major units (`12.50`, `12,5`, `1300`) as minor units of a currency with
/// `minor_units` decimals; `None` unless it is a positive number with at most that many decimals.
pub fn parse_amount(text: &str, minor_units: u8) -> Option<i64> {
    caravan_types::decimal::parse_decimal(text, minor_units).filter(|amount| *amount > 0)
}

/// Full refund, partial refund of an amount, or sending the item again, as radio buttons; `name` keeps
/// two choices on one page apart.
#[component]
fn RemedyChoice(
    name: &'static str,
    kind: RwSignal<&'static str>,
    amount: RwSignal<String>,
    /// The order's currency code, shown beside the amount.
    currency: String,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let amount_id = format!("{name}-amount");
    let error_id = format!("{name}-amount-error");
    let choice = move |value: &'static str, label: String| {
        view! {
            <label class="cv-check">
                <input class="cv-check__box" type="radio" name=name
                    prop:checked=move || kind.get() == value
                    on:change=move |_| kind.set(value) />
                {label}
            </label>
        }
    };
    view! {
        <fieldset class="cv-form__choices cv-form__choices--column">
            <legend class="cv-form__label">{i18n.t("dispute-remedy")}</legend>
            {choice("full_refund", i18n.t("remedy-full-refund"))}
            {choice("partial_refund", i18n.t("remedy-partial-refund"))}
            {choice("resend", i18n.t("remedy-resend"))}
        </fieldset>
        <Show when=move || kind.get() == "partial_refund">
            <div class="cv-form__field" class:cv-form__field--invalid=move || error.get().is_some()>
                <label class="cv-form__label" for=amount_id.clone()>
                    {i18n.t_args("dispute-amount", &[("currency", Arg::from(currency.clone()))])}
                </label>
                <input class="cv-form__input" id=amount_id.clone() inputmode="decimal" autocomplete="off"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=error_id.clone()
                    prop:value=move || amount.get()
                    on:input=move |ev| amount.set(event_target_value(&ev)) />
                <p class="cv-form__error" id=error_id.clone()>{move || error.get()}</p>
            </div>
        </Show>
    }
}

/// The remedy chosen, or the error at the amount field.
fn chosen_remedy(i18n: I18n, kind: &str, amount: &str, minor_units: u8) -> Result<Remedy, String> {
    match kind {
        "partial_refund" => parse_amount(amount, minor_units)
            .map(|amount_minor| Remedy::PartialRefund { amount_minor })
            .ok_or_else(|| i18n.t("dispute-amount-invalid")),
        "resend" => Ok(Remedy::Resend),
        _ => Ok(Remedy::FullRefund),
    }
}

/// Evidence pictures: a file input that uploads each chosen picture at once and shows it, removable.
#[component]
fn EvidencePicker(
    id: &'static str,
    images: RwSignal<Vec<(String, String)>>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (uploading, set_uploading) = signal(0_usize);
    let (upload_error, set_upload_error) = signal(None::<String>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(files) = input.files() else { return };
        let room = MAX_IMAGES.saturating_sub(images.with_untracked(Vec::len));
        let chosen: Vec<web_sys::File> = (0..files.length())
            .filter_map(|i| files.get(i))
            .take(room)
            .collect();
        if chosen.len() < files.length() as usize {
            set_upload_error.set(Some(
                i18n.t_args("evidence-too-many", &[("count", Arg::from(MAX_IMAGES))]),
            ));
        } else {
            set_upload_error.set(None);
        }
        // The same file may be chosen again after a failure.
        input.set_value("");
        for file in chosen {
            set_uploading.update(|n| *n += 1);
            leptos::task::spawn_local(async move {
                match api::purchases::upload_evidence(&file).await {
                    Ok(image) => images.update(|list| list.push((image.url, image.thumb_url))),
                    Err(failure) => set_upload_error.set(Some(match failure.code() {
                        Some("payload_too_large") => i18n.t("evidence-too-large"),
                        Some(_) if matches!(failure, api::Error::Server { status: 400, .. }) => {
                            i18n.t("evidence-not-picture")
                        }
                        _ => error_text(i18n, &failure),
                    })),
                }
                set_uploading.update(|n| *n -= 1);
            });
        }
    };
    let error_id = format!("{id}-error");
    let message = Signal::derive(move || upload_error.get().or_else(|| error.get()));
    view! {
        <div class="cv-form__field" class:cv-form__field--invalid=move || message.get().is_some()>
            <label class="cv-form__label" for=id>{i18n.t("evidence-label")}</label>
            <p class="cv-form__hint" id=format!("{id}-hint")>{i18n.t_args("evidence-hint", &[("count", Arg::from(MAX_IMAGES))])}</p>
            <input class="cv-evidence__input" id=id type="file" accept="image/jpeg,image/png,image/webp" multiple
                aria-describedby=format!("{id}-hint {error_id}")
                disabled=move || { images.with(Vec::len) >= MAX_IMAGES }
                on:change=on_change />
            <p class="cv-form__hint" role="status">
                {move || (uploading.get() > 0).then(|| i18n.t("evidence-uploading"))}
            </p>
            <ul class="cv-evidence">
                {move || images.get().into_iter().enumerate().map(|(i, (url, thumb))| {
                    let label = i18n.t_args("evidence-remove", &[("number", Arg::from(i + 1))]);
                    view! {
                        <li class="cv-evidence__item">
                            <img class="cv-evidence__thumb" src=thumb alt=i18n.t_args("evidence-picture", &[("number", Arg::from(i + 1))]) width="72" height="72" />
                            <button class="cv-evidence__remove" type="button" aria-label=label
                                on:click=move |_| images.update(|list| list.retain(|(u, _)| *u != url))>
                                "×"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="cv-form__error" id=error_id>{move || message.get()}</p>
        </div>
    }
}

/// The form that opens a dispute; the description is kept as a draft per order.
#[component]
fn OpenDisputeForm(
    order: RwSignal<OrderDetail>,
    on_opened: Callback<Dispute>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (order_id, currency) = order.with_untracked(|o| (o.id, o.totals.total.currency));
    let draft_key = format!("caravan.draft.dispute.{order_id}");
    let reason = RwSignal::new(None::<DisputeReason>);
    let counterfeit = RwSignal::new(false);
    let damaged = RwSignal::new(false);
    let remedy = RwSignal::new("full_refund");
    let amount = RwSignal::new(String::new());
    let description = RwSignal::new(storage::load(&draft_key).unwrap_or_default());
    let images = RwSignal::new(Vec::<(String, String)>::new());
    let errors = FormErrors::new();
    let amount_error = RwSignal::new(None::<String>);
    let short_description = RwSignal::new(None::<String>);
    let (busy, set_busy) = signal(false);
    {
        let draft_key = draft_key.clone();
        Effect::new(move |first: Option<()>| {
            let text = description.get();
            if first.is_some() {
                storage::save(&draft_key, &text);
            }
        });
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        errors.clear();
        amount_error.set(None);
        short_description.set(None);
        let Some(chosen_reason) = reason.get_untracked() else {
            errors.set_required("reason");
            focus("reason-not-received");
            return;
        };
        let remedy = match chosen_remedy(
            i18n,
            remedy.get_untracked(),
            &amount.get_untracked(),
            currency.minor_units(),
        ) {
            Ok(remedy) => remedy,
            Err(message) => {
                amount_error.set(Some(message));
                return;
            }
        };
        let text = description.get_untracked().trim().to_owned();
        if text.chars().count() < 10 {
            short_description.set(Some(if text.is_empty() {
                i18n.t("field-error-required")
            } else {
                i18n.t("dispute-description-short")
            }));
            focus("description");
            return;
        }
        let request = OpenDisputeRequest {
            reason: chosen_reason,
            remedy,
            description: text,
            counterfeit: chosen_reason == DisputeReason::NotAsDescribed
                && counterfeit.get_untracked(),
            damaged: chosen_reason == DisputeReason::NotAsDescribed && damaged.get_untracked(),
            images: images.with_untracked(|list| list.iter().map(|(u, _)| u.clone()).collect()),
        };
        set_busy.set(true);
        let draft_key = draft_key.clone();
        leptos::task::spawn_local(async move {
            match api::purchases::open_dispute(order_id, &request).await {
                Ok(dispute) => {
                    storage::remove(&draft_key);
                    on_opened.run(dispute);
                }
                Err(failure) => {
                    errors.show(&failure);
                    if let api::Error::Server { fields, .. } = &failure
                        && fields.iter().any(|f| f.path.starts_with("remedy"))
                    {
                        amount_error.set(Some(i18n.t("dispute-amount-invalid")));
                    }
                    // The form-wide message says what the rules or the server refused.
                    errors.set_form(action_error(i18n, &failure));
                    errors.focus_first(&["description", "evidence"]);
                }
            }
            set_busy.set(false);
        });
    };
    let reason_choice = move |value: DisputeReason, id: &'static str, label: String| {
        view! {
            <label class="cv-check">
                <input class="cv-check__box" type="radio" name="reason" id=id
                    prop:checked=move || reason.get() == Some(value)
                    on:change=move |_| reason.set(Some(value)) />
                {label}
            </label>
        }
    };
    let server_description_error = errors.field("description");
    let description_error = Signal::derive(move || {
        short_description
            .get()
            .or_else(|| server_description_error.get())
    });
    let images_error = Signal::derive(move || {
        errors.field("images").get().or_else(|| {
            (reason.get() == Some(DisputeReason::NotAsDescribed)
                && errors.form().get().is_some()
                && images.with(Vec::is_empty))
            .then(|| i18n.t("evidence-required"))
        })
    });
    view! {
        <form class="cv-form" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
            <p class="cv-form__alert" role="alert">{move || errors.form().get()}</p>
            <fieldset class="cv-form__choices cv-form__choices--column" aria-describedby="reason-error">
                <legend class="cv-form__label">{i18n.t("dispute-reason")}</legend>
                {reason_choice(DisputeReason::NotReceived, "reason-not-received", i18n.t("dispute-reason-not-received"))}
                {reason_choice(DisputeReason::NotAsDescribed, "reason-not-as-described", i18n.t("dispute-reason-not-as-described"))}
                <p class="cv-form__error" id="reason-error">{move || errors.field("reason").get()}</p>
            </fieldset>
            <Show when=move || reason.get() == Some(DisputeReason::NotAsDescribed)>
                <div class="cv-form__choices">
                    <label class="cv-check">
                        <input class="cv-check__box" type="checkbox" prop:checked=move || counterfeit.get()
                            on:change=move |ev| counterfeit.set(event_target_checked(&ev)) />
                        {i18n.t("dispute-counterfeit")}
                    </label>
                    <label class="cv-check">
                        <input class="cv-check__box" type="checkbox" prop:checked=move || damaged.get()
                            on:change=move |ev| damaged.set(event_target_checked(&ev)) />
                        {i18n.t("dispute-damaged")}
                    </label>
                </div>
            </Show>
            <RemedyChoice name="remedy" kind=remedy amount currency=currency.code().to_owned() error=amount_error.into() />
            <div class="cv-form__field" class:cv-form__field--invalid=move || description_error.get().is_some()>
                <label class="cv-form__label" for="description">
                    {i18n.t("dispute-description")}<span class="cv-form__required" aria-hidden="true">" *"</span>
                </label>
                <p class="cv-form__hint" id="description-hint">{i18n.t("dispute-description-hint")}</p>
                <textarea id="description" class="cv-form__input cv-form__textarea" maxlength="2000" required
                    aria-invalid=move || description_error.get().is_some().then_some("true")
                    aria-describedby="description-hint description-error"
                    prop:value=move || description.get()
                    on:input=move |ev| description.set(event_target_value(&ev))></textarea>
                <p class="cv-form__error" id="description-error">{move || description_error.get()}</p>
            </div>
            <EvidencePicker id="evidence" images error=images_error />
            <div class="cv-confirm__buttons">
                <button class="cv-button" type="submit" disabled=move || busy.get()>{i18n.t("dispute-submit")}</button>
                <button class="cv-button cv-button--secondary" type="button" on:click=move |_| on_cancel.run(())>{i18n.t("order-keep")}</button>
            </div>
        </form>
    }
}

/// Moves the keyboard focus to the element `id` (the first field needing attention).
fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id)
        && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = element.focus();
    }
}

/// Who did something, from the buyer's side.
fn party(i18n: I18n, by: DisputeParty) -> String {
    i18n.t(match by {
        DisputeParty::Buyer => "dispute-by-you",
        DisputeParty::Seller => "dispute-by-seller",
        DisputeParty::Platform => "dispute-by-caravan",
    })
}

/// Where the dispute stands and what comes next, with the deadline that applies.
fn stage_words(i18n: I18n, dispute: &Dispute) -> String {
    match dispute.status {
        DisputeStatus::AwaitingSeller => i18n.t_args(
            "dispute-awaiting-seller",
            &[
                ("date", Arg::from(date(i18n, dispute.response_deadline))),
                (
                    "left",
                    Arg::from(time_left(i18n, dispute.response_deadline)),
                ),
            ],
        ),
        DisputeStatus::Negotiating => i18n.t("dispute-negotiating"),
        DisputeStatus::Arbitration => match dispute.arbitration_deadline {
            Some(at) => i18n.t_args(
                "dispute-arbitration",
                &[
                    ("date", Arg::from(date(i18n, at))),
                    ("left", Arg::from(time_left(i18n, at))),
                ],
            ),
            None => i18n.t("dispute-arbitration-pending"),
        },
        DisputeStatus::Resolved => {
            let key = match dispute.outcome {
                Some(DisputeOutcome::SellerAccepted) => "dispute-outcome-seller-accepted",
                Some(DisputeOutcome::BuyerAccepted) => "dispute-outcome-buyer-accepted",
                Some(DisputeOutcome::ResponseTimeout) => "dispute-outcome-timeout",
                Some(DisputeOutcome::DecidedForBuyer) => "dispute-outcome-for-buyer",
                Some(DisputeOutcome::DecidedForSeller) => "dispute-outcome-for-seller",
                Some(DisputeOutcome::Withdrawn) | None => "dispute-outcome-withdrawn",
            };
            i18n.t_args(
                key,
                &[(
                    "amount",
                    Arg::from(minor(i18n, dispute.refunded_minor, &dispute.currency)),
                )],
            )
        }
    }
}

/// A dispute as the buyer follows it.
#[component]
fn DisputeView(dispute: Dispute, on_change: Callback<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let id = dispute.id;
    let step = move |path: String| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        leptos::task::spawn_local(async move {
            match api::purchases::dispute_step(path).await {
                Ok(updated) => on_change.run(updated),
                Err(failure) => set_error.set(Some(action_error(i18n, &failure))),
            }
            set_busy.set(false);
        });
    };
    let open = dispute.status != DisputeStatus::Resolved;
    let negotiating = dispute.status == DisputeStatus::Negotiating;
    let seller_offer = dispute
        .offers
        .iter()
        .find(|o| o.status == OfferStatus::Open && o.by == DisputeParty::Seller)
        .cloned();
    let currency = dispute.currency.clone();
    let reason = i18n.t(match dispute.reason {
        DisputeReason::NotReceived => "dispute-reason-not-received",
        DisputeReason::NotAsDescribed => "dispute-reason-not-as-described",
    });
    view! {
        <p class="cv-dispute__stage" role="status">{stage_words(i18n, &dispute)}</p>
        {dispute.decision_reason.clone().map(|why| view! { <p class="cv-dispute__decision">{why}</p> })}
        <dl class="cv-facts">
            <dt>{i18n.t("dispute-reason")}</dt><dd>{reason}</dd>
            <dt>{i18n.t("dispute-requested")}</dt><dd>{remedy_words(i18n, dispute.requested, &currency)}</dd>
            <dt>{i18n.t("dispute-opened")}</dt><dd>{date(i18n, dispute.opened_at)}</dd>
        </dl>
        {seller_offer.map(|offer| {
            let offer_id = offer.id;
            view! {
                <div class="cv-dispute__offer" role="group" aria-labelledby="cv-seller-offer">
                    <p id="cv-seller-offer">
                        <strong>{i18n.t("dispute-seller-offers")}</strong>" "
                        {remedy_words(i18n, offer.remedy, &currency)}
                    </p>
                    {(!offer.note.is_empty()).then(|| view! { <p class="cv-dispute__note">{offer.note.clone()}</p> })}
                    <button class="cv-button" type="button" disabled=move || busy.get()
                        on:click=move |_| step(format!("/api/disputes/{id}/offers/{offer_id}/accept"))>
                        {i18n.t("dispute-accept")}
                    </button>
                </div>
            }
        })}
        <p class="cv-form__alert" role="alert">{move || error.get()}</p>
        {negotiating.then(|| view! { <CounterOffer id currency=currency.clone() on_change /> })}
        {open.then(|| view! {
            <div class="cv-confirm__buttons">
                {negotiating.then(|| view! {
                    <button class="cv-button cv-button--secondary" type="button" disabled=move || busy.get()
                        on:click=move |_| step(format!("/api/disputes/{id}/escalate"))>
                        {i18n.t("dispute-escalate")}
                    </button>
                })}
                <button class="cv-button cv-button--secondary" type="button" disabled=move || busy.get()
                    on:click=move |_| step(format!("/api/disputes/{id}/withdraw"))>
                    {i18n.t("dispute-withdraw")}
                </button>
            </div>
            {negotiating.then(|| view! { <p class="cv-form__hint">{i18n.t("dispute-escalate-hint")}</p> })}
        })}
        {open.then(|| view! { <DisputeMessage id on_change /> })}
        <h3 class="cv-dispute__subtitle">{i18n.t("dispute-history")}</h3>
        <ol class="cv-dispute__events">
            {dispute.events.iter().rev().cloned().map(|event| {
                let offer = event.offer_id.and_then(|oid| dispute.offers.iter().find(|o| o.id == oid).cloned());
                view! { <EventRow event offer currency=currency.clone() /> }
            }).collect_view()}
        </ol>
    }
}

/// A counter-offer: another remedy with a note; it replaces the open offer.
#[component]
fn CounterOffer(id: i64, currency: String, on_change: Callback<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let minor_units = currency
        .parse::<caravan_types::Currency>()
        .map_or(2, |c| c.minor_units());
    let open = RwSignal::new(false);
    let kind = RwSignal::new("partial_refund");
    let amount = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let amount_error = RwSignal::new(None::<String>);
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        amount_error.set(None);
        set_error.set(None);
        let remedy = match chosen_remedy(
            i18n,
            kind.get_untracked(),
            &amount.get_untracked(),
            minor_units,
        ) {
            Ok(remedy) => remedy,
            Err(message) => {
                amount_error.set(Some(message));
                return;
            }
        };
        let request = OfferRequest {
            remedy,
            note: note.get_untracked().trim().to_owned(),
        };
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            match api::purchases::make_offer(id, &request).await {
                Ok(updated) => {
                    open.set(false);
                    on_change.run(updated);
                }
                Err(failure) => {
                    if let api::Error::Server { fields, .. } = &failure
                        && fields.iter().any(|f| f.path.starts_with("remedy"))
                    {
                        amount_error.set(Some(i18n.t("dispute-amount-invalid")));
                    }
                    set_error.set(Some(action_error(i18n, &failure)));
                }
            }
            set_busy.set(false);
        });
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button class="cv-button cv-button--secondary" type="button" on:click=move |_| open.set(true)>
                    {i18n.t("dispute-counter")}
                </button>
            }
        >
            <form class="cv-form cv-dispute__counter" novalidate on:submit=submit>
                <h3 class="cv-dispute__subtitle">{i18n.t("dispute-counter")}</h3>
                <p class="cv-form__alert" role="alert">{move || error.get()}</p>
                <RemedyChoice name="counter" kind amount currency=currency.clone() error=amount_error.into() />
                <div class="cv-form__field">
                    <label class="cv-form__label" for="counter-note">{i18n.t("dispute-note")}</label>
                    <textarea id="counter-note" class="cv-form__input cv-form__textarea" maxlength="1000"
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </div>
                <div class="cv-confirm__buttons">
                    <button class="cv-button" type="submit" disabled=move || busy.get()>{i18n.t("dispute-send-offer")}</button>
                    <button class="cv-button cv-button--secondary" type="button" on:click=move |_| open.set(false)>{i18n.t("order-keep")}</button>
                </div>
            </form>
        </Show>
    }
}

/// A message to the other side with more evidence pictures (DSP-3: both sides' evidence decides).
#[component]
fn DisputeMessage(id: i64, on_change: Callback<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let images = RwSignal::new(Vec::<(String, String)>::new());
    let text_error = RwSignal::new(None::<String>);
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        set_error.set(None);
        let message = text.get_untracked().trim().to_owned();
        if message.is_empty() {
            text_error.set(Some(i18n.t("field-error-required")));
            focus("dispute-message");
            return;
        }
        text_error.set(None);
        let request = DisputeMessageRequest {
            text: message,
            images: images.with_untracked(|list| list.iter().map(|(u, _)| u.clone()).collect()),
        };
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            match api::purchases::send_message(id, &request).await {
                Ok(updated) => {
                    text.set(String::new());
                    images.set(Vec::new());
                    on_change.run(updated);
                }
                Err(failure) => set_error.set(Some(action_error(i18n, &failure))),
            }
            set_busy.set(false);
        });
    };
    view! {
        <form class="cv-form cv-dispute__message" novalidate on:submit=submit>
            <h3 class="cv-dispute__subtitle">{i18n.t("dispute-message-title")}</h3>
            <p class="cv-form__alert" role="alert">{move || error.get()}</p>
            <div class="cv-form__field" class:cv-form__field--invalid=move || text_error.get().is_some()>
                <label class="cv-form__label" for="dispute-message">{i18n.t("dispute-message")}</label>
                <textarea id="dispute-message" class="cv-form__input cv-form__textarea" maxlength="2000"
                    aria-invalid=move || text_error.get().is_some().then_some("true")
                    aria-describedby="dispute-message-error"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <p class="cv-form__error" id="dispute-message-error">{move || text_error.get()}</p>
            </div>
            <EvidencePicker id="message-evidence" images error=Signal::derive(|| None) />
            <button class="cv-button cv-button--secondary" type="submit" disabled=move || busy.get()>{i18n.t("dispute-message-send")}</button>
        </form>
    }
}

/// One entry of the dispute's history.
#[component]
fn EventRow(event: DisputeEvent, offer: Option<DisputeOffer>, currency: String) -> impl IntoView {
    let i18n = use_i18n();
    let what = i18n.t(match event.kind {
        DisputeEventKind::Opened => "dispute-event-opened",
        DisputeEventKind::Message => "dispute-event-message",
        DisputeEventKind::Offer => "dispute-event-offer",
        DisputeEventKind::Accepted => "dispute-event-accepted",
        DisputeEventKind::Escalated => "dispute-event-escalated",
        DisputeEventKind::Decided => "dispute-event-decided",
        DisputeEventKind::TimedOut => "dispute-event-timed-out",
        DisputeEventKind::Withdrawn => "dispute-event-withdrawn",
    });
    let offer = offer
        .filter(|_| event.kind == DisputeEventKind::Offer)
        .map(|o| remedy_words(i18n, o.remedy, &currency));
    view! {
        <li class="cv-dispute__event">
            <p class="cv-dispute__event-head">
                <strong>{party(i18n, event.by)}</strong>" · "{what}
                <time class="cv-tracking__time">{date(i18n, event.created_at)}</time>
            </p>
            {offer.map(|text| view! { <p>{text}</p> })}
            {(!event.text.is_empty()).then(|| view! { <p class="cv-dispute__note">{event.text.clone()}</p> })}
            {(!event.images.is_empty()).then(|| view! {
                <ul class="cv-evidence">
                    {event.images.iter().enumerate().map(|(i, url)| view! {
                        <li class="cv-evidence__item">
                            <a href=url.clone() target="_blank" rel="noopener">
                                <img class="cv-evidence__thumb" src=url.clone() alt=i18n.t_args("evidence-picture", &[("number", Arg::from(i + 1))]) width="72" height="72" loading="lazy" />
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_amount;

    #[test]
    fn amounts_are_read_as_minor_units_without_floats() {
        assert_eq!(parse_amount("12.50", 2), Some(1250));
        assert_eq!(parse_amount("12,5", 2), Some(1250));
        assert_eq!(parse_amount(" 7 ", 2), Some(700));
        assert_eq!(parse_amount(".99", 2), Some(99));
        assert_eq!(parse_amount("1300", 0), Some(1300));
        assert_eq!(parse_amount("1.5", 0), None);
        assert_eq!(parse_amount("1.234", 2), None);
        assert_eq!(parse_amount("0", 2), None);
        assert_eq!(parse_amount("-3", 2), None);
        assert_eq!(parse_amount("abc", 2), None);
        assert_eq!(parse_amount("", 2), None);
        assert_eq!(parse_amount("1.005", 3), Some(1005));
    }
}
