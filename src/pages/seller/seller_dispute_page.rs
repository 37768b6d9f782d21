//! One of the shop's disputes (journey 6): the buyer's claim and evidence, the DSP-2 response countdown,
//! the thread, and the seller's answers: a message with evidence pictures (checked here as the server checks
//! them: JPEG, PNG or WebP up to 5 MB, at most 6), an offer (a partial refund typed in the order's currency
//! and sent as integer minor units, a full refund, or sending the item again), accepting the buyer's
//! request, and escalating to Caravan (DSP-3). Once decided, the outcome and Caravan's reasons.

use super::{
    deadline::{date_time, minor_money, use_ticking_now},
    dispute_words::{
        ResponseCountdown, outcome_words, party_label, reason_label, remedy_words, stage_label,
    },
    disputes_page::status_class,
    error_text::{ErrorNotice, error_text},
    form_field::parse_decimal,
    order_words::seller_order_path,
    shop_gate::ShopGate,
};
use crate::{
    api::{self, seller::orders as seller_orders},
    components::common::ErrorView,
    contexts::{I18n, use_i18n},
    pages::js_dyn,
    storage,
};
use caravan_i18n::Arg;
use caravan_types::{
    Currency,
    dispute::{
        Dispute, DisputeEventKind, DisputeMessageRequest, DisputeParty, DisputeStatus,
        OfferRequest, OfferStatus, Remedy,
    },
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsValue;

/// Most evidence pictures on one message (the server's limit).
const MAX_IMAGES: usize = 6;
/// Largest evidence picture the server takes.
const MAX_IMAGE_BYTES: f64 = 5.0 * 1024.0 * 1024.0;
/// Picture types the server takes.
const IMAGE_TYPES: &[&str] = &["image/jpeg", "image/png", "image/webp"];

/// `/seller/disputes/:id`.
#[component]
pub fn SellerDisputePage() -> impl IntoView {
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
                let id = id.get();
                view! { <DisputeLoader id /> }
            }}
        </ShopGate>
    }
}

#[component]
fn DisputeLoader(id: i64) -> impl IntoView {
    let dispute = LocalResource::new(move || seller_orders::get_dispute(id));
    let retry = Callback::new(move |()| dispute.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    dispute.await.map(|d| view! { <DisputeView dispute=RwSignal::new(d) /> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// A refusal of a dispute step in the seller's words.
fn step_error(i18n: I18n, error: &api::Error) -> String {
    match error.code() {
        Some("dispute_closed") => i18n.t("seller-dispute-error-closed"),
        Some("dispute_wrong_step") => i18n.t("seller-dispute-error-wrong-step"),
        Some("escrow_not_held") => i18n.t("seller-dispute-error-escrow"),
        _ => error_text(&i18n, error),
    }
}

/// The dispute, redrawn from each answer the server gives.
#[component]
fn DisputeView(dispute: RwSignal<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let now = use_ticking_now();
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let d = dispute.get_untracked();
    let id = d.id;
    let step = move |path: String| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        leptos::task::spawn_local(async move {
            match seller_orders::dispute_step(&path).await {
                Ok(updated) => dispute.set(updated),
                Err(failure) => set_error.set(Some(step_error(i18n, &failure))),
            }
            set_busy.set(false);
        });
    };
    let status = move || dispute.with(|d| d.status);
    let currency = d.currency.clone();
    let opening = d
        .events
        .iter()
        .find(|e| e.kind == DisputeEventKind::Opened)
        .map(|e| e.images.clone())
        .unwrap_or_default();
    let on_change = Callback::new(move |updated: Dispute| dispute.set(updated));
    view! {
        <p class="cv-back"><a class="cv-link" href="/seller/disputes">{i18n.t("seller-dispute-back")}</a></p>
        <div class="cv-order-head">
            <h2 class="cv-center__title">{i18n.t_args("seller-dispute-number", &[("id", Arg::from(d.id)), ("order", Arg::from(d.order_id.0))])}</h2>
            {move || view! {
                <span class=format!("cv-status cv-status--dispute-{}", status_class(status()))>{stage_label(i18n, status())}</span>
            }}
        </div>
        <section class="cv-panel cv-dispute-stage" aria-labelledby="cv-dispute-stage">
            <h3 id="cv-dispute-stage" class="cv-visually-hidden">{i18n.t("seller-dispute-stage")}</h3>
            {move || dispute.with(|d| match d.status {
                DisputeStatus::AwaitingSeller => view! {
                    <p class="cv-dispute-stage__text">
                        {i18n.t_args("seller-dispute-answer-by", &[("date", Arg::from(date_time(i18n, d.response_deadline)))])}
                        " " <ResponseCountdown deadline=d.response_deadline now />
                    </p>
                    <p class="cv-muted">{i18n.t("seller-dispute-answer-hint")}</p>
                }.into_any(),
                DisputeStatus::Negotiating => view! {
                    <p class="cv-dispute-stage__text">{i18n.t("seller-dispute-negotiating")}</p>
                }.into_any(),
                DisputeStatus::Arbitration => view! {
                    <p class="cv-dispute-stage__text">{match d.arbitration_deadline {
                        Some(at) => i18n.t_args("seller-dispute-arbitration", &[("date", Arg::from(date_time(i18n, at)))]),
                        None => i18n.t("seller-dispute-arbitration-pending"),
                    }}</p>
                }.into_any(),
                DisputeStatus::Resolved => view! {
                    <div class="cv-dispute-outcome" role="status">
                        <p class="cv-dispute-stage__text"><strong>{outcome_words(i18n, d)}</strong></p>
                        {d.decision_reason.clone().map(|why| view! {
                            <p>{i18n.t("seller-dispute-decision-reason")} " " <q class="cv-dispute-outcome__reason" dir="auto">{why}</q></p>
                        })}
                        {d.closed_at.map(|at| view! { <p class="cv-muted">{date_time(i18n, at)}</p> })}
                    </div>
                }.into_any(),
            })}
        </section>
        <section class="cv-panel" aria-labelledby="cv-dispute-claim">
            <h3 id="cv-dispute-claim">{i18n.t("seller-dispute-claim")}</h3>
            <dl class="cv-facts">
                <dt>{i18n.t("seller-dispute-reason")}</dt><dd>{reason_label(i18n, &d)}</dd>
                <dt>{i18n.t("seller-dispute-requested")}</dt><dd>{remedy_words(i18n, d.requested, &currency)}</dd>
                <dt>{i18n.t("seller-dispute-order")}</dt>
                <dd>
                    <a class="cv-link" href=seller_order_path(d.order_id)>{i18n.t_args("seller-order-number", &[("id", Arg::from(d.order_id.0))])}</a>
                    " · " {minor_money(i18n, d.order_total_minor, &currency)}
                </dd>
                <dt>{i18n.t("seller-dispute-opened")}</dt><dd>{date_time(i18n, d.opened_at)}</dd>
            </dl>
            <blockquote class="cv-dispute-claim" dir="auto">{d.description.clone()}</blockquote>
            <EvidenceThumbs images=opening />
        </section>
        {move || dispute.with(|d| {
            let open_offer = d.offers.iter().find(|o| o.status == OfferStatus::Open && o.by == DisputeParty::Buyer).cloned();
            let can_act = matches!(d.status, DisputeStatus::AwaitingSeller | DisputeStatus::Negotiating);
            let currency = d.currency.clone();
            open_offer.filter(|_| can_act).map(|offer| {
                let offer_id = offer.id;
                view! {
                    <section class="cv-panel cv-dispute-offer" aria-labelledby="cv-buyer-offer">
                        <h3 id="cv-buyer-offer">{i18n.t("seller-dispute-buyer-asks")}</h3>
                        <p class="cv-dispute-offer__remedy">{remedy_words(i18n, offer.remedy, &currency)}</p>
                        {(!offer.note.is_empty()).then(|| view! { <p dir="auto">{offer.note.clone()}</p> })}
                        <button class="cv-button" type="button" disabled=move || busy.get()
                            on:click=move |_| step(format!("/api/disputes/{id}/offers/{offer_id}/accept"))>
                            {i18n.t("seller-dispute-accept")}
                        </button>
                    </section>
                }
            })
        })}
        <ErrorNotice error />
        <Show when=move || matches!(status(), DisputeStatus::AwaitingSeller | DisputeStatus::Negotiating)>
            <MessageForm id on_change />
            <OfferForm id currency=currency.clone() total=d.order_total_minor on_change />
        </Show>
        <Show when=move || status() == DisputeStatus::Negotiating>
            <section class="cv-panel">
                <p>{i18n.t("seller-dispute-escalate-hint")}</p>
                <button class="cv-button cv-button--quiet" type="button" disabled=move || busy.get()
                    on:click=move |_| step(format!("/api/disputes/{id}/escalate"))>
                    {i18n.t("seller-dispute-escalate")}
                </button>
            </section>
        </Show>
        <section class="cv-panel" aria-labelledby="cv-dispute-thread">
            <h3 id="cv-dispute-thread">{i18n.t("seller-dispute-thread")}</h3>
            <ol class="cv-thread">
                {move || dispute.with(|d| d.events.iter().map(|event| {
                    let offer = event.offer_id
                        .and_then(|oid| d.offers.iter().find(|o| o.id == oid))
                        .filter(|_| event.kind == DisputeEventKind::Offer)
                        .map(|o| remedy_words(i18n, o.remedy, &d.currency));
                    let mine = event.by == DisputeParty::Seller;
                    view! {
                        <li class="cv-thread__item" class:cv-thread__item--mine=mine
                            class:cv-thread__item--platform=event.by == DisputeParty::Platform>
                            <p class="cv-thread__head">
                                <strong>{party_label(i18n, event.by)}</strong>
                                " · " {event_label(i18n, event.kind)} " · "
                                <time class="cv-muted">{date_time(i18n, event.created_at)}</time>
                            </p>
                            {offer.map(|text| view! { <p class="cv-thread__offer">{text}</p> })}
                            {(!event.text.is_empty()).then(|| view! { <p class="cv-thread__text" dir="auto">{event.text.clone()}</p> })}
                            <EvidenceThumbs images=event.images.clone() />
                        </li>
                    }
                }).collect_view())}
            </ol>
        </section>
    }
}

/// What happened in one entry of the thread.
fn event_label(i18n: I18n, kind: DisputeEventKind) -> String {
    i18n.t(match kind {
        DisputeEventKind::Opened => "seller-dispute-event-opened",
        DisputeEventKind::Message => "seller-dispute-event-message",
        DisputeEventKind::Offer => "seller-dispute-event-offer",
        DisputeEventKind::Accepted => "seller-dispute-event-accepted",
        DisputeEventKind::Escalated => "seller-dispute-event-escalated",
        DisputeEventKind::Decided => "seller-dispute-event-decided",
        DisputeEventKind::TimedOut => "seller-dispute-event-timed-out",
        DisputeEventKind::Withdrawn => "seller-dispute-event-withdrawn",
    })
}

/// Evidence pictures, each opening full size.
#[component]
fn EvidenceThumbs(images: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    (!images.is_empty()).then(|| {
        view! {
            <ul class="cv-evidence-list">
                {images.into_iter().enumerate().map(|(i, url)| view! {
                    <li>
                        <a href=url.clone() target="_blank" rel="noopener">
                            <img class="cv-evidence-list__thumb" src=url.clone() alt=i18n.t_args("seller-evidence-picture", &[("number", Arg::from(i + 1))])
                                width="72" height="72" loading="lazy" />
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// Why a picked file cannot be evidence, checked before anything is uploaded (the server refuses the
/// same).
fn picture_problem(i18n: I18n, file: &JsValue) -> Option<String> {
    let kind = js_dyn::get(file, "type").as_string().unwrap_or_default();
    let size = js_dyn::get(file, "size").as_f64().unwrap_or_default();
    if !IMAGE_TYPES.contains(&kind.as_str()) {
        Some(i18n.t("seller-evidence-wrong-type"))
    } else if size > MAX_IMAGE_BYTES {
        Some(i18n.t("seller-evidence-too-large"))
    } else {
        None
    }
}

/// A message with evidence pictures; the text is kept on this device until sent.
#[component]
fn MessageForm(id: i64, on_change: Callback<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let draft_key = format!("caravan.seller.dispute.{id}");
    let text = RwSignal::new(storage::load(&draft_key).unwrap_or_default());
    {
        let draft_key = draft_key.clone();
        Effect::new(move |first: Option<()>| {
            let value = text.get();
            if first.is_some() {
                storage::save(&draft_key, &value);
            }
        });
    }
    // Uploaded pictures: (URL, thumbnail URL).
    let images = RwSignal::new(Vec::<(String, String)>::new());
    let uploading = RwSignal::new(0_usize);
    let text_error = RwSignal::new(None::<String>);
    let images_error = RwSignal::new(None::<String>);
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let on_files = move |ev: leptos::ev::Event| {
        let input = js_dyn::get(&ev, "target");
        let files = js_dyn::get(&input, "files");
        let count = js_dyn::get(&files, "length").as_f64().unwrap_or_default() as u32;
        let picked: Vec<JsValue> = (0..count).map(|i| js_dyn::at(&files, i)).collect();
        // The same file may be picked again after a problem.
        js_dyn::set(&input, "value", &JsValue::from_str(""));
        images_error.set(None);
        let room =
            MAX_IMAGES.saturating_sub(images.with_untracked(Vec::len) + uploading.get_untracked());
        if picked.len() > room {
            images_error.set(Some(i18n.t_args(
                "seller-evidence-too-many",
                &[("count", Arg::from(MAX_IMAGES))],
            )));
            return;
        }
        if let Some(problem) = picked.iter().find_map(|f| picture_problem(i18n, f)) {
            images_error.set(Some(problem));
            return;
        }
        for file in picked {
            uploading.update(|n| *n += 1);
            let name = js_dyn::get(&file, "name").as_string().unwrap_or_default();
            leptos::task::spawn_local(async move {
                match seller_orders::upload_evidence(&file, &name).await {
                    Ok(image) => images.update(|list| list.push((image.url, image.thumb_url))),
                    Err(failure) => images_error.set(Some(match failure.code() {
                        Some("payload_too_large") => i18n.t("seller-evidence-too-large"),
                        Some(_) if matches!(failure, api::Error::Server { status: 400, .. }) => {
                            i18n.t("seller-evidence-wrong-type")
                        }
                        _ => error_text(&i18n, &failure),
                    })),
                }
                uploading.update(|n| *n -= 1);
            });
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || uploading.get_untracked() > 0 {
            return;
        }
        set_error.set(None);
        let message = text.get_untracked().trim().to_owned();
        if message.is_empty() {
            text_error.set(Some(i18n.t("seller-dispute-message-required")));
            return;
        }
        text_error.set(None);
        let request = DisputeMessageRequest {
            text: message,
            images: images.with_untracked(|list| list.iter().map(|(u, _)| u.clone()).collect()),
        };
        set_busy.set(true);
        let draft_key = draft_key.clone();
        leptos::task::spawn_local(async move {
            match seller_orders::send_message(id, &request).await {
                Ok(updated) => {
                    storage::remove(&draft_key);
                    text.set(String::new());
                    images.set(Vec::new());
                    on_change.run(updated);
                }
                Err(failure) => set_error.set(Some(step_error(i18n, &failure))),
            }
            set_busy.set(false);
        });
    };
    view! {
        <form class="cv-panel cv-form cv-dispute-message" novalidate on:submit=submit aria-labelledby="cv-message-title">
            <h3 id="cv-message-title">{i18n.t("seller-dispute-message-title")}</h3>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="f-dispute-message">{i18n.t("seller-dispute-message")}</label>
                <textarea id="f-dispute-message" class="cv-input cv-input--area" rows="4" maxlength="2000"
                    aria-invalid=move || text_error.with(Option::is_some).to_string()
                    aria-describedby="f-dispute-message-error"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <p class="cv-form-field__error" id="f-dispute-message-error" aria-live="polite">{move || text_error.get()}</p>
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="f-dispute-evidence">{i18n.t("seller-evidence-label")}</label>
                <p class="cv-form-field__hint" id="f-dispute-evidence-hint">{i18n.t_args("seller-evidence-hint", &[("count", Arg::from(MAX_IMAGES))])}</p>
                <input class="cv-input" id="f-dispute-evidence" type="file" accept="image/jpeg,image/png,image/webp" multiple
                    aria-describedby="f-dispute-evidence-hint f-dispute-evidence-error"
                    aria-invalid=move || images_error.with(Option::is_some).to_string()
                    disabled=move || { images.with(Vec::len) >= MAX_IMAGES }
                    on:change=on_files />
                <p class="cv-form-field__hint" role="status">
                    {move || (uploading.get() > 0).then(|| i18n.t("seller-evidence-uploading"))}
                </p>
                <ul class="cv-evidence-list">
                    {move || images.get().into_iter().enumerate().map(|(i, (url, thumb))| view! {
                        <li class="cv-evidence-list__item">
                            <img class="cv-evidence-list__thumb" src=thumb
                                alt=i18n.t_args("seller-evidence-picture", &[("number", Arg::from(i + 1))]) width="72" height="72" />
                            <button class="cv-evidence-list__remove" type="button"
                                aria-label=i18n.t_args("seller-evidence-remove", &[("number", Arg::from(i + 1))])
                                on:click=move |_| images.update(|list| list.retain(|(u, _)| *u != url))>
                                "×"
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                <p class="cv-form-field__error" id="f-dispute-evidence-error" aria-live="polite">{move || images_error.get()}</p>
            </div>
            <ErrorNotice error />
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit"
                    disabled=move || { busy.get() || uploading.get() > 0 }>
                    {i18n.t("seller-dispute-message-send")}
                </button>
            </div>
        </form>
    }
}

/// An offer to the buyer: a partial refund of an amount in the order's currency, a full refund, or sending
/// the item again, with a note. It replaces the open offer.
#[component]
fn OfferForm(
    id: i64,
    /// The order's currency code.
    currency: String,
    /// The order's total, minor units: a partial refund stays below it.
    total: i64,
    on_change: Callback<Dispute>,
) -> impl IntoView {
    let i18n = use_i18n();
    let minor_units = currency.parse::<Currency>().map_or(2, |c| c.minor_units());
    let kind = RwSignal::new("partial_refund");
    let amount = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let amount_error = RwSignal::new(None::<String>);
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let total_words = minor_money(i18n, total, &currency);
    let hint_total = total_words.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        amount_error.set(None);
        set_error.set(None);
        let remedy = match kind.get_untracked() {
            "partial_refund" => match parse_decimal(&amount.get_untracked(), minor_units) {
                Some(amount_minor) if amount_minor > 0 && amount_minor < total => {
                    Remedy::PartialRefund { amount_minor }
                }
                _ => {
                    amount_error.set(Some(i18n.t_args(
                        "seller-offer-amount-invalid",
                        &[("total", Arg::from(total_words.clone()))],
                    )));
                    return;
                }
            },
            "full_refund" => Remedy::FullRefund,
            _ => Remedy::Resend,
        };
        let request = OfferRequest {
            remedy,
            note: note.get_untracked().trim().to_owned(),
        };
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            match seller_orders::make_offer(id, &request).await {
                Ok(updated) => {
                    amount.set(String::new());
                    note.set(String::new());
                    on_change.run(updated);
                }
                Err(failure) => {
                    if let api::Error::Server { fields, .. } = &failure
                        && fields.iter().any(|f| f.path.starts_with("remedy"))
                    {
                        amount_error.set(Some(i18n.t("seller-offer-amount-refused")));
                    } else {
                        set_error.set(Some(step_error(i18n, &failure)));
                    }
                }
            }
            set_busy.set(false);
        });
    };
    let choice = move |value: &'static str, label: String| {
        view! {
            <label class="cv-radio">
                <input class="cv-check__box" type="radio" name="offer-kind"
                    prop:checked=move || kind.get() == value
                    on:change=move |_| kind.set(value) />
                {label}
            </label>
        }
    };
    view! {
        <form class="cv-panel cv-form cv-dispute-offer-form" novalidate on:submit=submit aria-labelledby="cv-offer-title">
            <h3 id="cv-offer-title">{i18n.t("seller-offer-title")}</h3>
            <fieldset class="cv-fieldset cv-radios">
                <legend class="cv-form-field__label">{i18n.t("seller-offer-kind")}</legend>
                {choice("partial_refund", i18n.t("seller-remedy-partial-refund"))}
                {choice("full_refund", i18n.t("seller-remedy-full-refund"))}
                {choice("resend", i18n.t("seller-remedy-resend"))}
            </fieldset>
            <Show when=move || kind.get() == "partial_refund">
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for="f-offer-amount">
                        {i18n.t_args("seller-offer-amount", &[("currency", Arg::from(currency.clone()))])}
                    </label>
                    <p class="cv-form-field__hint" id="f-offer-amount-hint">
                        {i18n.t_args("seller-offer-amount-hint", &[("total", Arg::from(hint_total.clone()))])}
                    </p>
                    <input class="cv-input cv-input--number" id="f-offer-amount" inputmode="decimal" autocomplete="off"
                        aria-invalid=move || amount_error.with(Option::is_some).to_string()
                        aria-describedby="f-offer-amount-hint f-offer-amount-error"
                        prop:value=move || amount.get()
                        on:input=move |ev| amount.set(event_target_value(&ev)) />
                    <p class="cv-form-field__error" id="f-offer-amount-error" aria-live="polite">{move || amount_error.get()}</p>
                </div>
            </Show>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="f-offer-note">{i18n.t("seller-offer-note")}</label>
                <textarea id="f-offer-note" class="cv-input cv-input--area" rows="2" maxlength="1000"
                    prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <ErrorNotice error />
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || busy.get()>{i18n.t("seller-offer-send")}</button>
            </div>
        </form>
    }
}
