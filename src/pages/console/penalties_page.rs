//! Penalties (PEN-1 … PEN-5): issue one to a shop (the rule broken, the facts the seller will read, the
//! level or the PEN-1 ladder, IP strikes) and lift one with a reason. The expiry follows from the level and
//! the policy; the list shows it.

use super::{
    console_gate::AdminGate,
    console_words::{ShopNames, date, field_error, form_error, shop_label, shop_names},
};
use crate::{api::admin, components::common::ErrorView, contexts::use_i18n, storage};
use caravan_i18n::Arg;
use caravan_types::{
    ListingId, ShopId,
    penalty::{IpStrikeKind, IssuePenaltyRequest, Penalty, PenaltyLevel, PenaltyStatus},
    shop::ReviewStatus,
};
use leptos::prelude::*;

/// `/admin/penalties`.
#[component]
pub fn PenaltiesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-penalties-title")}</h2>
        <AdminGate>
            <Penalties />
        </AdminGate>
    }
}

/// The level's message key.
pub fn level_key(level: PenaltyLevel) -> &'static str {
    match level {
        PenaltyLevel::Warning => "console-level-warning",
        PenaltyLevel::RestrictedOperations => "console-level-restricted-operations",
        PenaltyLevel::TradingSuspended => "console-level-trading-suspended",
        PenaltyLevel::CooperationEnded => "console-level-cooperation-ended",
        PenaltyLevel::PromotionBan => "console-level-promotion-ban",
    }
}

/// The status's message key and badge colour.
pub fn penalty_status_badge(status: PenaltyStatus) -> (&'static str, &'static str) {
    match status {
        PenaltyStatus::Active => ("console-penalty-active", "rejected"),
        PenaltyStatus::Expired => ("console-penalty-expired", "pending"),
        PenaltyStatus::Lifted => ("console-penalty-lifted", "approved"),
    }
}

/// The form and the list (only for an admin: the gate comes first).
#[component]
fn Penalties() -> impl IntoView {
    let i18n = use_i18n();
    let names = shop_names();
    let penalties = LocalResource::new(admin::list_penalties);
    let retry = Callback::new(move |()| penalties.refetch());
    let issued = Callback::new(move |()| penalties.refetch());
    view! {
        <IssueForm names on_issued=issued />
        <h3 class="cv-center__subtitle">{i18n.t("console-penalties-list")}</h3>
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    penalties.await.map(|list| {
                        if list.is_empty() {
                            return view! { <p class="cv-empty">{i18n.t("console-queue-empty")}</p> }.into_any();
                        }
                        list.into_iter().map(|penalty| view! { <PenaltyCard penalty names /> }).collect_view().into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The issue form's draft, kept in localStorage so a reload loses nothing typed.
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct Draft {
    shop: String,
    rule: String,
    facts: String,
    level: String,
    serious: bool,
    ip_strike: String,
    listing: String,
}

const DRAFT_KEY: &str = "caravan.console.penalty-draft";

/// Issues a penalty; `on_issued` runs after the server recorded it.
#[component]
fn IssueForm(names: ShopNames, on_issued: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = RwSignal::new(
        storage::load(DRAFT_KEY)
            .and_then(|text| serde_json::from_str::<Draft>(&text).ok())
            .unwrap_or_default(),
    );
    Effect::new(move |_| {
        let value = draft.get();
        if value == Draft::default() {
            storage::remove(DRAFT_KEY);
        } else if let Ok(text) = serde_json::to_string(&value) {
            storage::save(DRAFT_KEY, &text);
        }
    });
    let approved = LocalResource::new(|| admin::list_shops(ReviewStatus::Approved));
    let error = RwSignal::new(None::<crate::api::Error>);
    let own = RwSignal::new(Vec::<(&'static str, String)>::new());
    let done = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let field = move |path: &'static str| {
        Signal::derive(move || {
            own.with(|o| o.iter().find(|(p, _)| *p == path).map(|(_, m)| m.clone()))
                .or_else(|| error.with(|e| e.as_ref().and_then(|e| field_error(i18n, e, path))))
        })
    };
    let shop_error = field("shop_id");
    let rule_error = field("rule");
    let facts_error = field("facts");
    let level_error = field("level");
    let listing_error = field("listing_id");
    let form_message =
        Signal::derive(move || error.with(|e| e.as_ref().map(|e| form_error(i18n, e))));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        done.set(None);
        let d = draft.get_untracked();
        let mut problems = Vec::new();
        let shop = d.shop.parse::<i64>().ok();
        if shop.is_none() {
            problems.push(("shop_id", i18n.t("console-field-required")));
        }
        if d.rule.trim().is_empty() {
            problems.push(("rule", i18n.t("console-field-required")));
        }
        let listing = if d.listing.trim().is_empty() {
            None
        } else {
            match d.listing.trim().parse::<i64>() {
                Ok(id) if id > 0 => Some(ListingId(id)),
                _ => {
                    problems.push(("listing_id", i18n.t("console-field-number")));
                    None
                }
            }
        };
        own.set(problems);
        let Some(shop) = shop else { return };
        if own.with_untracked(|o| !o.is_empty()) {
            return;
        }
        let request = IssuePenaltyRequest {
            shop_id: ShopId(shop),
            rule: d.rule.trim().to_uppercase(),
            facts: d.facts.clone(),
            level: PenaltyLevel::from_name(&d.level),
            serious: d.serious,
            listing_id: listing,
            ip_strike: match d.ip_strike.as_str() {
                "general" => Some(IpStrikeKind::General),
                "serious" => Some(IpStrikeKind::Serious),
                _ => None,
            },
            promotion_id: None,
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            match admin::issue_penalty(&request).await {
                Ok(issued) => {
                    let level = i18n.t(level_key(issued.penalty.level));
                    let mut message = i18n.t_args(
                        "console-penalty-issued",
                        &[
                            ("level", Arg::from(level)),
                            ("shop", Arg::from(shop_label(i18n, names, shop))),
                        ],
                    );
                    // PEN-5: enough IP strikes close the shop; say so rather than leave it to the list.
                    if !issued.consequences.is_empty() {
                        message.push(' ');
                        message.push_str(&i18n.t_args(
                            "console-penalty-consequences",
                            &[("count", Arg::from(issued.consequences.len() as i64))],
                        ));
                    }
                    done.set(Some(message));
                    draft.set(Draft::default());
                    on_issued.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let error_line = move |id: &'static str, message: Signal<Option<String>>| {
        view! { <p class="cv-form-field__error" id=id>{move || message.get()}</p> }
    };
    view! {
        <form class="cv-panel cv-form" on:submit=submit novalidate aria-labelledby="cv-penalty-issue-title">
            <h3 id="cv-penalty-issue-title">{i18n.t("console-penalty-issue-title")}</h3>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-penalty-shop">{i18n.t("console-penalty-shop")}</label>
                <select class="cv-input" id="cv-penalty-shop" aria-describedby="cv-penalty-shop-error"
                    aria-invalid=move || shop_error.with(Option::is_some).to_string()
                    on:change=move |ev| draft.update(|d| d.shop = event_target_value(&ev))>
                    <option value="" selected=move || draft.with(|d| d.shop.is_empty())>{i18n.t("console-penalty-shop-choose")}</option>
                    {move || approved.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|shop| {
                        let value = shop.id.to_string();
                        let selected = {
                            let value = value.clone();
                            move || draft.with(|d| d.shop == value)
                        };
                        view! { <option value=value selected=selected>{i18n.t_args("console-shop-named", &[("name", Arg::from(shop.name)), ("id", Arg::from(shop.id.to_string()))])}</option> }
                    }).collect_view()}
                </select>
                {error_line("cv-penalty-shop-error", shop_error)}
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-penalty-rule">{i18n.t("console-penalty-rule")}</label>
                <input class="cv-input cv-input--short" id="cv-penalty-rule" type="text" autocomplete="off"
                    aria-describedby="cv-penalty-rule-hint cv-penalty-rule-error" placeholder="LST-4"
                    aria-invalid=move || rule_error.with(Option::is_some).to_string()
                    prop:value=move || draft.with(|d| d.rule.clone())
                    on:input=move |ev| draft.update(|d| d.rule = event_target_value(&ev)) />
                <p class="cv-form-field__hint" id="cv-penalty-rule-hint">{i18n.t("console-penalty-rule-hint")}</p>
                {error_line("cv-penalty-rule-error", rule_error)}
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-penalty-facts">{i18n.t("console-penalty-facts")}</label>
                <textarea class="cv-input" id="cv-penalty-facts" rows="3"
                    aria-describedby="cv-penalty-facts-error"
                    aria-invalid=move || facts_error.with(Option::is_some).to_string()
                    prop:value=move || draft.with(|d| d.facts.clone())
                    on:input=move |ev| draft.update(|d| d.facts = event_target_value(&ev))></textarea>
                {error_line("cv-penalty-facts-error", facts_error)}
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-penalty-level">{i18n.t("console-penalty-level")}</label>
                <select class="cv-input" id="cv-penalty-level" aria-describedby="cv-penalty-level-hint cv-penalty-level-error"
                    aria-invalid=move || level_error.with(Option::is_some).to_string()
                    on:change=move |ev| draft.update(|d| d.level = event_target_value(&ev))>
                    <option value="" selected=move || draft.with(|d| d.level.is_empty())>{i18n.t("console-level-ladder")}</option>
                    {[PenaltyLevel::Warning, PenaltyLevel::RestrictedOperations, PenaltyLevel::TradingSuspended, PenaltyLevel::CooperationEnded]
                        .into_iter().map(|level| view! {
                            <option value=level.as_str() selected=move || draft.with(|d| d.level == level.as_str())>{i18n.t(level_key(level))}</option>
                        }).collect_view()}
                </select>
                <p class="cv-form-field__hint" id="cv-penalty-level-hint">{i18n.t("console-penalty-level-hint")}</p>
                {error_line("cv-penalty-level-error", level_error)}
            </div>
            <div class="cv-form-field">
                <label class="cv-check">
                    <input type="checkbox" prop:checked=move || draft.with(|d| d.serious)
                        on:change=move |ev| draft.update(|d| d.serious = event_target_checked(&ev)) />
                    {i18n.t("console-penalty-serious")}
                </label>
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-penalty-ip">{i18n.t("console-penalty-ip")}</label>
                <select class="cv-input" id="cv-penalty-ip" on:change=move |ev| draft.update(|d| d.ip_strike = event_target_value(&ev))>
                    <option value="" selected=move || draft.with(|d| d.ip_strike.is_empty())>{i18n.t("console-penalty-ip-none")}</option>
                    <option value="general" selected=move || draft.with(|d| d.ip_strike == "general")>{i18n.t("console-penalty-ip-general")}</option>
                    <option value="serious" selected=move || draft.with(|d| d.ip_strike == "serious")>{i18n.t("console-penalty-ip-serious")}</option>
                </select>
            </div>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="cv-penalty-listing">{i18n.t("console-penalty-listing")}</label>
                <input class="cv-input cv-input--short" id="cv-penalty-listing" type="text" inputmode="numeric" autocomplete="off"
                    aria-describedby="cv-penalty-listing-hint cv-penalty-listing-error"
                    aria-invalid=move || listing_error.with(Option::is_some).to_string()
                    prop:value=move || draft.with(|d| d.listing.clone())
                    on:input=move |ev| draft.update(|d| d.listing = event_target_value(&ev)) />
                <p class="cv-form-field__hint" id="cv-penalty-listing-hint">{i18n.t("console-penalty-listing-hint")}</p>
                {error_line("cv-penalty-listing-error", listing_error)}
            </div>
            <Show when=move || form_message.with(Option::is_some)>
                <p class="cv-notice cv-notice--error" role="alert">{move || form_message.get()}</p>
            </Show>
            <Show when=move || done.with(Option::is_some)>
                <p class="cv-notice cv-notice--ok" role="status">{move || done.get()}</p>
            </Show>
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || busy.get()>
                    {i18n.t("console-penalty-issue")}
                </button>
            </div>
        </form>
    }
}

/// One penalty: what, why, until when, the appeal if any, and lifting it while it applies.
#[component]
fn PenaltyCard(penalty: Penalty, names: ShopNames) -> impl IntoView {
    let i18n = use_i18n();
    let id = penalty.id;
    let current = RwSignal::new(penalty.clone());
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<crate::api::Error>);
    let busy = RwSignal::new(false);
    let reason_error = Signal::derive(move || {
        error.with(|e| e.as_ref().and_then(|e| field_error(i18n, e, "reason")))
    });
    let lift = move |_| {
        busy.set(true);
        error.set(None);
        let reason = reason.get_untracked();
        leptos::task::spawn_local(async move {
            match admin::lift_penalty(id, &reason).await {
                Ok(lifted) => current.set(lifted),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let heading_id = format!("cv-penalty-{id}");
    let labelled_by = heading_id.clone();
    let reason_id = format!("cv-penalty-{id}-reason");
    let reason_error_id = format!("cv-penalty-{id}-reason-error");
    let shop = penalty.shop_id.0;
    view! {
        <article class="cv-panel cv-review-card" aria-labelledby=labelled_by data-penalty=id.to_string()>
            <h3 id=heading_id>
                {i18n.t(level_key(penalty.level))} " · " {move || shop_label(i18n, names, shop)} " "
                {move || {
                    let (key, class) = penalty_status_badge(current.with(|p| p.status));
                    view! { <span class=format!("cv-status cv-status--{class}")>{i18n.t(key)}</span> }
                }}
            </h3>
            <dl class="cv-facts">
                <dt>{i18n.t("console-penalty-rule")}</dt><dd>{penalty.rule.clone()}</dd>
                <dt>{i18n.t("console-penalty-issued-at")}</dt>
                <dd>{date(i18n, penalty.issued_at)} " · "
                    {if penalty.automated { i18n.t("console-penalty-automated") } else { i18n.t("console-penalty-by-staff") }}</dd>
                <dt>{i18n.t("console-penalty-expires")}</dt>
                <dd>{match penalty.expires_at { Some(at) => date(i18n, at), None => i18n.t("console-penalty-no-expiry") }}</dd>
                {penalty.ip_strike.map(|kind| view! {
                    <dt>{i18n.t("console-penalty-ip")}</dt>
                    <dd>{i18n.t(match kind { IpStrikeKind::General => "console-penalty-ip-general", IpStrikeKind::Serious => "console-penalty-ip-serious" })}</dd>
                })}
                {penalty.listing_id.map(|listing| view! {
                    <dt>{i18n.t("console-penalty-listing")}</dt>
                    <dd><a href=format!("/p/{}", listing.0)>{i18n.t_args("console-listing-number", &[("id", Arg::from(listing.0.to_string()))])}</a></dd>
                })}
                {penalty.appeal.clone().map(|appeal| view! {
                    <dt>{i18n.t("console-penalty-appeal")}</dt>
                    <dd>{i18n.t(super::appeals_page::appeal_status_key(appeal.status))} " · " {appeal.statement}</dd>
                })}
            </dl>
            <p class="cv-case__text">{penalty.facts.clone()}</p>
            {move || current.with(|p| p.lift_reason.clone().zip(p.lifted_at)).map(|(reason, at)| view! {
                <p class="cv-review__reason">{i18n.t_args("console-penalty-lifted-because", &[("date", Arg::from(date(i18n, at))), ("reason", Arg::from(reason))])}</p>
            })}
            <Show when=move || current.with(|p| p.status == PenaltyStatus::Active)>
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=reason_id.clone()>{i18n.t("console-lift-reason")}</label>
                    <textarea class="cv-input" id=reason_id.clone() rows="2" aria-describedby=reason_error_id.clone()
                        aria-invalid=move || reason_error.with(Option::is_some).to_string()
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="cv-form-field__error" id=reason_error_id.clone()>{move || reason_error.get()}</p>
                </div>
                <div class="cv-form__actions">
                    <button class="cv-button cv-button--quiet" type="button" disabled=move || busy.get() on:click=lift>
                        {i18n.t("console-lift")}
                    </button>
                </div>
            </Show>
            <Show when=move || error.with(Option::is_some)>
                <p class="cv-notice cv-notice--error" role="alert">{move || error.with(|e| e.as_ref().map(|e| form_error(i18n, e)))}</p>
            </Show>
        </article>
    }
}
