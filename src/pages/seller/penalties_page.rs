//! Journey 8, penalties and appeals (PEN-1 … PEN-5): what the shop may do now, each penalty with its level,
//! rule, reasons (the PEN-4 statement), expiry and status, and the appeal (PEN-3): until its deadline the
//! seller explains why it should be lifted, then sees the appeal pending, lifted or upheld with the reason.
//! The policy names this page (`/seller/appeals`) as the place to appeal in every statement of reasons.

use super::{
    error_text::{ErrorNotice, error_text},
    form_field::FieldError,
    growth_support::{
        adopt_growth_stylesheet, date_text, date_time_text, growth_field_error, now_seconds,
    },
    shop_gate::ShopGate,
    verdict_list::verdict_item,
};
use crate::{
    api::{self, growth},
    components::common::ErrorView,
    contexts::{I18n, use_i18n},
    storage,
};
use caravan_i18n::Arg;
use caravan_types::{
    penalty::{
        AppealStatus, Fact, Penalty, PenaltyLevel, PenaltyStatus, SellerPenalties, ShopStanding,
    },
    verdict::VerdictArg,
};
use leptos::prelude::*;

/// `/seller/appeals`.
#[component]
pub fn PenaltiesPage() -> impl IntoView {
    let i18n = use_i18n();
    adopt_growth_stylesheet();
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-penalties-title")}</h2>
        <p>{i18n.t("seller-penalties-intro")}</p>
        <ShopGate>
            <Penalties />
        </ShopGate>
    }
}

#[component]
fn Penalties() -> impl IntoView {
    let penalties = LocalResource::new(growth::list_penalties);
    let retry = Callback::new(move |()| penalties.refetch());
    view! {
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    penalties.await.map(|all| view! { <PenaltyList all on_appealed=retry /> })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The standing, then every penalty, newest first.
#[component]
fn PenaltyList(all: SellerPenalties, on_appealed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Standing standing=all.standing />
        {if all.penalties.is_empty() {
            view! { <p class="cv-empty">{i18n.t("seller-penalties-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="cv-penalty-list">
                    {all.penalties.into_iter().map(|p| view! { <PenaltyCard penalty=p on_appealed /> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// What the shop may do now.
#[component]
fn Standing(standing: ShopStanding) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let line = |ok: bool, yes: &str, no: &str| {
        let (class, key) = if ok { ("ok", yes) } else { ("danger", no) };
        view! { <li class=format!("cv-standing__item cv-standing__item--{class}")>{i18n.t(key)}</li> }
    };
    view! {
        <section class="cv-panel cv-standing" aria-labelledby="cv-standing-title">
            <h3 id="cv-standing-title">{i18n.t("seller-standing-title")}</h3>
            <ul class="cv-standing__list">
                {line(standing.can_sell, "seller-standing-can-sell", "seller-standing-cannot-sell")}
                {line(standing.can_publish, "seller-standing-can-publish", "seller-standing-cannot-publish")}
                {line(standing.can_promote, "seller-standing-can-promote", "seller-standing-cannot-promote")}
            </ul>
            {standing.promotion_ban_until.map(|until| view! {
                <p>{i18n.t_args("seller-standing-ban-until", &[("date", Arg::from(date_text(until, &locale)))])}</p>
            })}
            <p class="cv-form-field__hint">{i18n.t_args("seller-standing-ip", &[
                ("points", Arg::from(standing.ip_points)),
                ("serious", Arg::from(standing.ip_serious)),
            ])}</p>
        </section>
    }
}

fn level_key(level: PenaltyLevel) -> &'static str {
    match level {
        PenaltyLevel::Warning => "seller-penalty-level-warning",
        PenaltyLevel::RestrictedOperations => "seller-penalty-level-restricted",
        PenaltyLevel::TradingSuspended => "seller-penalty-level-suspended",
        PenaltyLevel::CooperationEnded => "seller-penalty-level-ended",
        PenaltyLevel::PromotionBan => "seller-penalty-level-promotion-ban",
    }
}

/// A fact of the statement of reasons in the seller's words.
fn fact_text(i18n: &I18n, fact: &Fact) -> String {
    let args: Vec<(&str, Arg<'_>)> = fact
        .args
        .iter()
        .map(|(name, arg)| {
            let arg = match arg {
                VerdictArg::Number(n) => Arg::Number(*n),
                VerdictArg::Text(text) => Arg::from(text.as_str()),
            };
            (name.as_str(), arg)
        })
        .collect();
    i18n.t_args(&fact.message_key, &args)
}

/// One penalty with its statement of reasons and its appeal.
#[component]
fn PenaltyCard(penalty: Penalty, on_appealed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let id = penalty.id;
    let heading_id = format!("cv-penalty-{id}-title");
    let heading = heading_id.clone();
    let (status_key, status_class) = match penalty.status {
        PenaltyStatus::Active => ("seller-penalty-status-active", "rejected"),
        PenaltyStatus::Expired => ("seller-penalty-status-expired", "draft"),
        PenaltyStatus::Lifted => ("seller-penalty-status-lifted", "approved"),
    };
    let expiry = match penalty.expires_at {
        Some(at) => i18n.t_args(
            "seller-penalty-expires",
            &[("date", Arg::from(date_time_text(at, &locale)))],
        ),
        None => i18n.t("seller-penalty-no-expiry"),
    };
    let deadline = penalty.statement.appeal.deadline;
    let appealable = penalty.appeal.is_none() && penalty.status != PenaltyStatus::Lifted;
    let open = appealable && now_seconds() <= deadline;
    let statement = penalty.statement.clone();
    view! {
        <li class="cv-panel cv-penalty" data-penalty=id.to_string() aria-labelledby=heading>
            <div class="cv-promo__head">
                <h3 class="cv-promo__name" id=heading_id>
                    <span class="cv-verdict__rule">{penalty.rule.clone()}</span>" "{i18n.t(level_key(penalty.level))}
                </h3>
                <span class=format!("cv-status cv-status--{status_class}")>{i18n.t(status_key)}</span>
            </div>
            <dl class="cv-penalty__facts">
                <dt>{i18n.t("seller-penalty-reason")}</dt>
                <dd>{penalty.facts.clone()}</dd>
                <dt>{i18n.t("seller-penalty-issued")}</dt>
                <dd>{date_time_text(penalty.issued_at, &locale)}" · "{if penalty.automated { i18n.t("seller-penalty-automated") } else { i18n.t("seller-penalty-by-staff") }}</dd>
                <dt>{i18n.t("seller-penalty-expiry")}</dt>
                <dd>{expiry}</dd>
            </dl>
            <details class="cv-penalty__statement">
                <summary>{i18n.t("seller-penalty-statement")}</summary>
                <ul>
                    {statement.facts.iter().map(|f| view! { <li><span class="cv-verdict__rule">{f.rule.clone()}</span>" "{fact_text(&i18n, f)}</li> }).collect_view()}
                </ul>
                <p class="cv-form-field__hint">{i18n.t_args("seller-penalty-policy", &[("version", Arg::from(statement.policy_version.clone()))])}</p>
            </details>
            {penalty.lift_reason.clone().map(|reason| view! {
                <p>{i18n.t_args("seller-penalty-lift-reason", &[("reason", Arg::from(reason))])}</p>
            })}
            {penalty.appeal.clone().map(|appeal| {
                let (key, class) = match appeal.status {
                    AppealStatus::Pending => ("seller-appeal-status-pending", "pending"),
                    AppealStatus::Lifted => ("seller-appeal-status-lifted", "approved"),
                    AppealStatus::Upheld => ("seller-appeal-status-upheld", "rejected"),
                };
                view! {
                    <div class="cv-appeal" data-appeal-status=class>
                        <p>
                            <strong>{i18n.t("seller-appeal-title")}</strong>" "
                            <span class=format!("cv-status cv-status--{class}")>{i18n.t(key)}</span>
                        </p>
                        <blockquote class="cv-appeal__text">{appeal.statement.clone()}</blockquote>
                        {appeal.decision_reason.clone().map(|reason| view! {
                            <p>{i18n.t_args("seller-documents-reason", &[("reason", Arg::from(reason))])}</p>
                        })}
                    </div>
                }
            })}
            {(appealable && !open).then(|| view! {
                <p class="cv-form-field__hint">{i18n.t_args("seller-appeal-closed", &[("date", Arg::from(date_time_text(deadline, &locale)))])}</p>
            })}
            {open.then(|| view! { <AppealForm id deadline on_appealed /> })}
        </li>
    }
}

/// The appeal form (PEN-3): the seller's explanation, kept on this device until sent.
#[component]
fn AppealForm(id: i64, deadline: i64, on_appealed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let key = format!("caravan.seller.appeal.{id}");
    let text = RwSignal::new(storage::load(&key).unwrap_or_default());
    let failure = RwSignal::new(None::<api::Error>);
    let draft_key = key.clone();
    Effect::new(move |_| {
        let typed = text.get();
        if typed.is_empty() {
            storage::remove(&draft_key);
        } else {
            storage::save(&draft_key, &typed);
        }
    });
    let submit = Action::new_local(move |statement: &String| {
        let statement = statement.clone();
        async move { growth::appeal_penalty(id, &statement).await }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(_)) => {
            storage::remove(&key);
            on_appealed.run(());
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let field_id = format!("f-appeal-{id}");
    let error = Signal::derive(move || {
        failure.with(|f| {
            f.as_ref()
                .and_then(|e| growth_field_error(&i18n, e, "statement"))
        })
    });
    let notice = Signal::derive(move || {
        failure.with(|f| {
            f.as_ref()
                .filter(|_| error.with(Option::is_none))
                .map(|e| error_text(&i18n, e))
        })
    });
    let verdicts = Signal::derive(move || {
        failure.with(|f| match f {
            Some(api::Error::Server { refusal, .. }) => refusal.verdicts(),
            _ => Vec::new(),
        })
    });
    view! {
        <form class="cv-form cv-appeal-form" novalidate
            on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                failure.set(None);
                submit.dispatch(text.get_untracked());
            }>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for=field_id.clone()>{i18n.t("seller-appeal-label")}</label>
                <p class="cv-form-field__hint" id=format!("{field_id}-hint")>
                    {i18n.t_args("seller-appeal-hint", &[("date", Arg::from(date_time_text(deadline, &locale)))])}
                </p>
                <textarea class="cv-input cv-textarea" id=field_id.clone() name="statement" rows="4" maxlength="2000"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=format!("{field_id}-hint {field_id}-error")
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <FieldError id=format!("{field_id}-error") error />
            </div>
            <Show when=move || verdicts.with(|v| !v.is_empty())>
                <ul class="cv-verdicts">{move || verdicts.get().iter().map(|v| verdict_item(&i18n, v)).collect_view()}</ul>
            </Show>
            <ErrorNotice error=notice />
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || submit.pending().get()>
                    {i18n.t("seller-appeal-submit")}
                </button>
            </div>
        </form>
    }
}
