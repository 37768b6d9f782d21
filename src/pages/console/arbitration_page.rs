//! Arbitration (DSP-3, DSP-4): escalated disputes, most urgent first, each with its deadline, both sides'
//! evidence (the claim, messages, offers and pictures) and the decision form: who is right, the refund in
//! minor units of the order's currency, and the reasons both parties will read.

use super::{
    console_gate::AdminGate,
    console_words::{date, field_error, form_error, minor},
};
use crate::{api::admin, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::dispute::{
    Dispute, DisputeClass, DisputeDecisionRequest, DisputeEvent, DisputeEventKind, DisputeOffer,
    DisputeOutcome, DisputeParty, DisputeReason, DisputeStatus, OfferStatus, Remedy,
};
use leptos::prelude::*;

/// `/admin/disputes`.
#[component]
pub fn ArbitrationPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-disputes-title")}</h2>
        <AdminGate>
            <DisputeQueue />
        </AdminGate>
    }
}

/// The queue (only for an admin: the gate comes first).
#[component]
fn DisputeQueue() -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(DisputeStatus::Arbitration);
    let disputes = LocalResource::new(move || admin::list_disputes(status.get()));
    let retry = Callback::new(move |()| disputes.refetch());
    let on_change = move |ev| {
        status.set(match event_target_value(&ev).as_str() {
            "resolved" => DisputeStatus::Resolved,
            "negotiating" => DisputeStatus::Negotiating,
            "awaiting_seller" => DisputeStatus::AwaitingSeller,
            _ => DisputeStatus::Arbitration,
        })
    };
    view! {
        <p class="cv-center__intro">{i18n.t("console-disputes-intro")}</p>
        <div class="cv-form-field cv-status-filter">
            <label class="cv-form-field__label" for="cv-dispute-status">{i18n.t("console-filter-status")}</label>
            <select class="cv-input" id="cv-dispute-status" on:change=on_change>
                <option value="arbitration">{i18n.t("console-dispute-status-arbitration")}</option>
                <option value="resolved">{i18n.t("console-dispute-status-resolved")}</option>
                <option value="negotiating">{i18n.t("console-dispute-status-negotiating")}</option>
                <option value="awaiting_seller">{i18n.t("console-dispute-status-awaiting-seller")}</option>
            </select>
        </div>
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    disputes.await.map(|disputes| {
                        if disputes.is_empty() {
                            return view! { <p class="cv-empty">{i18n.t("console-queue-empty")}</p> }.into_any();
                        }
                        disputes.into_iter().map(|dispute| view! { <DisputeCard dispute /> }).collect_view().into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// A dispute's status as a badge (text and colour class).
fn status_badge(status: DisputeStatus) -> (&'static str, &'static str) {
    match status {
        DisputeStatus::AwaitingSeller => ("console-dispute-status-awaiting-seller", "pending"),
        DisputeStatus::Negotiating => ("console-dispute-status-negotiating", "pending"),
        DisputeStatus::Arbitration => ("console-dispute-status-arbitration", "pending"),
        DisputeStatus::Resolved => ("console-dispute-status-resolved", "approved"),
    }
}

fn party_key(party: DisputeParty) -> &'static str {
    match party {
        DisputeParty::Buyer => "console-party-buyer",
        DisputeParty::Seller => "console-party-seller",
        DisputeParty::Platform => "console-party-platform",
    }
}

fn class_key(class: DisputeClass) -> &'static str {
    match class {
        DisputeClass::Counterfeit => "console-class-counterfeit",
        DisputeClass::Damaged => "console-class-damaged",
        DisputeClass::NotAsDescribed => "console-class-not-as-described",
        DisputeClass::LogisticsDelay => "console-class-logistics-delay",
    }
}

fn reason_key(reason: DisputeReason) -> &'static str {
    match reason {
        DisputeReason::NotReceived => "console-claim-not-received",
        DisputeReason::NotAsDescribed => "console-claim-not-as-described",
    }
}

fn event_key(kind: DisputeEventKind) -> &'static str {
    match kind {
        DisputeEventKind::Opened => "console-event-opened",
        DisputeEventKind::Message => "console-event-message",
        DisputeEventKind::Offer => "console-event-offer",
        DisputeEventKind::Accepted => "console-event-accepted",
        DisputeEventKind::Escalated => "console-event-escalated",
        DisputeEventKind::Decided => "console-event-decided",
        DisputeEventKind::TimedOut => "console-event-timed-out",
        DisputeEventKind::Withdrawn => "console-event-withdrawn",
    }
}

fn outcome_key(outcome: DisputeOutcome) -> &'static str {
    match outcome {
        DisputeOutcome::SellerAccepted => "console-outcome-seller-accepted",
        DisputeOutcome::BuyerAccepted => "console-outcome-buyer-accepted",
        DisputeOutcome::ResponseTimeout => "console-outcome-response-timeout",
        DisputeOutcome::DecidedForBuyer => "console-outcome-for-buyer",
        DisputeOutcome::DecidedForSeller => "console-outcome-for-seller",
        DisputeOutcome::Withdrawn => "console-outcome-withdrawn",
    }
}

fn offer_status_key(status: OfferStatus) -> &'static str {
    match status {
        OfferStatus::Open => "console-offer-open",
        OfferStatus::Accepted => "console-offer-accepted",
        OfferStatus::Superseded => "console-offer-superseded",
    }
}

/// A remedy in words, amounts in the order's currency.
fn remedy_text(i18n: crate::contexts::I18n, remedy: Remedy, currency: &str) -> String {
    match remedy {
        Remedy::FullRefund => i18n.t("console-remedy-full-refund"),
        Remedy::PartialRefund { amount_minor } => i18n.t_args(
            "console-remedy-partial-refund",
            &[("amount", Arg::from(minor(i18n, amount_minor, currency)))],
        ),
        Remedy::Resend => i18n.t("console-remedy-resend"),
    }
}

/// One case: the facts, both sides' evidence, and the decision form while it is in arbitration.
#[component]
fn DisputeCard(dispute: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let id = dispute.id;
    let current = RwSignal::new(dispute.clone());
    let currency = dispute.currency.clone();
    let heading_id = format!("cv-dispute-{id}");
    let labelled_by = heading_id.clone();
    let events = dispute.events.clone();
    let offers = dispute.offers.clone();
    let currency_for_offers = currency.clone();
    let currency_for_form = currency.clone();
    let currency_for_outcome = currency.clone();
    view! {
        <article class="cv-panel cv-review-card cv-case" aria-labelledby=labelled_by data-dispute=id.to_string()>
            <h3 id=heading_id>
                {i18n.t_args("console-dispute-heading", &[("id", Arg::from(id.to_string())), ("shop", Arg::from(dispute.shop_name.clone()))])}
                " "
                {move || {
                    let (key, class) = status_badge(current.with(|d| d.status));
                    view! { <span class=format!("cv-status cv-status--{class}")>{i18n.t(key)}</span> }
                }}
            </h3>
            <p class="cv-case__priority">
                <span class=format!("cv-priority cv-priority--{}", dispute.priority)>
                    {i18n.t_args("console-dispute-priority", &[("priority", Arg::from(i64::from(dispute.priority)))])}
                </span>
                " " {i18n.t(class_key(dispute.class))}
            </p>
            <dl class="cv-facts">
                <dt>{i18n.t("console-dispute-order")}</dt>
                <dd>{i18n.t_args("console-order-number", &[("id", Arg::from(dispute.order_id.0.to_string()))])}
                    " · " {minor(i18n, dispute.order_total_minor, &currency)}</dd>
                <dt>{i18n.t("console-dispute-claim")}</dt>
                <dd>{i18n.t(reason_key(dispute.reason))}
                    {dispute.counterfeit.then(|| format!(" · {}", i18n.t("console-class-counterfeit")))}
                    {dispute.damaged.then(|| format!(" · {}", i18n.t("console-class-damaged")))}
                </dd>
                <dt>{i18n.t("console-dispute-requested")}</dt>
                <dd>{remedy_text(i18n, dispute.requested, &currency)}</dd>
                <dt>{i18n.t("console-dispute-opened")}</dt>
                <dd>{date(i18n, dispute.opened_at)}</dd>
                {dispute.escalated_at.map(|at| view! {
                    <dt>{i18n.t("console-dispute-escalated")}</dt>
                    <dd>{date(i18n, at)}
                        {dispute.escalated_by.map(|by| format!(" · {}", i18n.t(party_key(by))))}
                    </dd>
                })}
                {dispute.arbitration_deadline.map(|at| view! {
                    <dt>{i18n.t("console-dispute-deadline")}</dt>
                    <dd class="cv-case__deadline">{date(i18n, at)}
                        {move || current.with(|d| d.arbitration_overdue && d.status == DisputeStatus::Arbitration).then(|| view! {
                            " " <span class="cv-status cv-status--rejected">{i18n.t("console-dispute-overdue")}</span>
                        })}
                    </dd>
                })}
            </dl>
            <h4 class="cv-case__subtitle">{i18n.t("console-dispute-description")}</h4>
            <p class="cv-case__text">{dispute.description.clone()}</p>
            {(!offers.is_empty()).then(|| view! {
                <h4 class="cv-case__subtitle">{i18n.t("console-dispute-offers")}</h4>
                <ul class="cv-case__offers">
                    {offers.into_iter().map(|offer| view! { <OfferItem offer currency=currency_for_offers.clone() /> }).collect_view()}
                </ul>
            })}
            <h4 class="cv-case__subtitle">{i18n.t("console-dispute-timeline")}</h4>
            <ol class="cv-case__timeline">
                {events.into_iter().map(|event| view! { <EventItem event /> }).collect_view()}
            </ol>
            {move || current.with(|d| d.outcome.map(|outcome| (outcome, d.refunded_minor, d.decision_reason.clone())))
                .map(|(outcome, refunded, reason)| view! {
                    <div class="cv-case__outcome" role="status">
                        <p><strong>{i18n.t(outcome_key(outcome))}</strong> " · "
                            {i18n.t_args("console-dispute-refunded", &[("amount", Arg::from(minor(i18n, refunded, &currency_for_outcome)))])}
                        </p>
                        {reason.map(|reason| view! { <p class="cv-case__text">{reason}</p> })}
                    </div>
                })}
            <Show when=move || current.with(|d| d.status == DisputeStatus::Arbitration)>
                <DecisionForm id currency=currency_for_form.clone()
                    held=dispute.order_total_minor - dispute.refunded_minor current />
            </Show>
        </article>
    }
}

#[component]
fn OfferItem(offer: DisputeOffer, currency: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class=format!("cv-case__offer cv-case__offer--{}", match offer.by { DisputeParty::Buyer => "buyer", DisputeParty::Seller => "seller", DisputeParty::Platform => "platform" })>
            <strong>{i18n.t(party_key(offer.by))}</strong> ": " {remedy_text(i18n, offer.remedy, &currency)}
            " · " {i18n.t(offer_status_key(offer.status))} " · " {date(i18n, offer.created_at)}
            {(!offer.note.is_empty()).then(|| view! { <p class="cv-case__text">{offer.note.clone()}</p> })}
        </li>
    }
}

/// One entry of the timeline, its pictures as thumbnails that open the full picture.
#[component]
fn EventItem(event: DisputeEvent) -> impl IntoView {
    let i18n = use_i18n();
    let side = match event.by {
        DisputeParty::Buyer => "buyer",
        DisputeParty::Seller => "seller",
        DisputeParty::Platform => "platform",
    };
    let party = i18n.t(party_key(event.by));
    let count = event.images.len();
    view! {
        <li class=format!("cv-case__event cv-case__event--{side}") data-by=side>
            <p class="cv-case__event-head">
                <strong>{party.clone()}</strong> " · " {i18n.t(event_key(event.kind))} " · "
                <span class="cv-case__when">{date(i18n, event.created_at)}</span>
            </p>
            {(!event.text.is_empty()).then(|| view! { <p class="cv-case__text">{event.text.clone()}</p> })}
            {(count > 0).then(|| view! {
                <ul class="cv-case__pictures" aria-label=i18n.t_args("console-evidence-from", &[("party", Arg::from(party.clone()))])>
                    {event.images.iter().enumerate().map(|(n, url)| {
                        let alt = i18n.t_args("console-evidence-picture", &[
                            ("party", Arg::from(party.clone())),
                            ("n", Arg::from(n as i64 + 1)),
                            ("count", Arg::from(count as i64)),
                        ]);
                        view! {
                            <li><a href=url.clone() target="_blank" rel="noopener">
                                <img src=url.clone() alt=alt loading="lazy" width="96" height="72" />
                            </a></li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// The decision: for the buyer (with the refund, all that is held by default) or for the seller, and the
/// reasons. Field errors from the server appear at their fields.
#[component]
fn DecisionForm(id: i64, currency: String, held: i64, current: RwSignal<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let favour = RwSignal::new(None::<DisputeParty>);
    let refund = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<crate::api::Error>);
    let own_refund_error = RwSignal::new(None::<String>);
    let favour_missing = RwSignal::new(false);
    let currency = StoredValue::new(currency);
    let refund_error = Signal::derive(move || {
        own_refund_error.get().or_else(|| {
            error.with(|e| {
                e.as_ref()
                    .and_then(|e| field_error(i18n, e, "refund_minor"))
            })
        })
    });
    let reason_error = Signal::derive(move || {
        error.with(|e| e.as_ref().and_then(|e| field_error(i18n, e, "reason")))
    });
    let form_message = Signal::derive(move || {
        if favour_missing.get() {
            return Some(i18n.t("console-decision-choose"));
        }
        error.with(|e| e.as_ref().map(|e| form_error(i18n, e)))
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        own_refund_error.set(None);
        let Some(side) = favour.get_untracked() else {
            favour_missing.set(true);
            return;
        };
        favour_missing.set(false);
        let typed = refund.get_untracked();
        let refund_minor = if side == DisputeParty::Buyer && !typed.trim().is_empty() {
            match typed.trim().parse::<i64>() {
                Ok(amount) if amount > 0 => Some(amount),
                _ => {
                    own_refund_error.set(Some(i18n.t("console-refund-whole")));
                    return;
                }
            }
        } else {
            None
        };
        let request = DisputeDecisionRequest {
            favour: side,
            refund_minor,
            reason: reason.get_untracked(),
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            match admin::decide_dispute(id, &request).await {
                Ok(decided) => current.set(decided),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let name = format!("cv-decision-{id}");
    let refund_id = format!("cv-decision-{id}-refund");
    let refund_hint_id = format!("cv-decision-{id}-refund-hint");
    let refund_error_id = format!("cv-decision-{id}-refund-error");
    let reason_id = format!("cv-decision-{id}-reason");
    let reason_error_id = format!("cv-decision-{id}-reason-error");
    let preview = move || {
        let typed = refund.get();
        let amount = typed
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|a| *a > 0)
            .unwrap_or(held);
        currency.with_value(|c| minor(i18n, amount, c))
    };
    view! {
        <form class="cv-case__decision" on:submit=submit novalidate>
            <h4 class="cv-case__subtitle">{i18n.t("console-decision-title")}</h4>
            <fieldset class="cv-form-field cv-choice">
                <legend class="cv-form-field__label">{i18n.t("console-decision-favour")}</legend>
                <label class="cv-choice__option">
                    <input type="radio" name=name.clone() value="buyer"
                        on:change=move |_| { favour.set(Some(DisputeParty::Buyer)); favour_missing.set(false); } />
                    {i18n.t("console-decision-for-buyer")}
                </label>
                <label class="cv-choice__option">
                    <input type="radio" name=name.clone() value="seller"
                        on:change=move |_| { favour.set(Some(DisputeParty::Seller)); favour_missing.set(false); } />
                    {i18n.t("console-decision-for-seller")}
                </label>
            </fieldset>
            <Show when=move || favour.get() == Some(DisputeParty::Buyer)>
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=refund_id.clone()>
                        {currency.with_value(|c| i18n.t_args("console-decision-refund", &[("currency", Arg::from(c.clone()))]))}
                    </label>
                    <input class="cv-input cv-input--amount" id=refund_id.clone() type="text" inputmode="numeric"
                        autocomplete="off" placeholder=held.to_string()
                        aria-describedby=format!("{refund_hint_id} {refund_error_id}")
                        aria-invalid=move || refund_error.with(Option::is_some).to_string()
                        prop:value=move || refund.get() on:input=move |ev| refund.set(event_target_value(&ev)) />
                    <p class="cv-form-field__hint" id=refund_hint_id.clone()>
                        {move || i18n.t_args("console-decision-refund-hint", &[
                            ("held", Arg::from(currency.with_value(|c| minor(i18n, held, c)))),
                            ("amount", Arg::from(preview())),
                        ])}
                    </p>
                    <p class="cv-form-field__error" id=refund_error_id.clone()>{move || refund_error.get()}</p>
                </div>
            </Show>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for=reason_id.clone()>{i18n.t("console-decision-reason")}</label>
                <textarea class="cv-input" id=reason_id.clone() rows="3" aria-describedby=reason_error_id.clone()
                    aria-invalid=move || reason_error.with(Option::is_some).to_string()
                    prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                <p class="cv-form-field__error" id=reason_error_id>{move || reason_error.get()}</p>
            </div>
            <Show when=move || form_message.with(Option::is_some)>
                <p class="cv-notice cv-notice--error" role="alert">{move || form_message.get()}</p>
            </Show>
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || busy.get()>
                    {i18n.t("console-decision-submit")}
                </button>
            </div>
        </form>
    }
}
