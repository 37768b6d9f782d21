//! Appeals (PEN-3): the seller's statement beside the penalty it contests; lift the penalty, or uphold it
//! with the reason the seller will read.

use super::{
    console_gate::AdminGate,
    console_words::{date, field_error, form_error},
    penalties_page::{level_key, penalty_status_badge},
    review_status::StatusFilter,
};
use crate::{api::admin, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::{
    penalty::{AppealCase, AppealStatus},
    shop::ReviewStatus,
};
use leptos::prelude::*;

/// `/admin/appeals`.
#[component]
pub fn AppealsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-appeals-title")}</h2>
        <AdminGate>
            <AppealQueue />
        </AdminGate>
    }
}

/// An appeal's status in words.
pub fn appeal_status_key(status: AppealStatus) -> &'static str {
    match status {
        AppealStatus::Pending => "console-appeal-pending",
        AppealStatus::Lifted => "console-appeal-lifted",
        AppealStatus::Upheld => "console-appeal-upheld",
    }
}

/// The queue (only for an admin: the gate comes first).
#[component]
fn AppealQueue() -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(ReviewStatus::Pending);
    let appeals = LocalResource::new(move || admin::list_appeals(status.get()));
    let retry = Callback::new(move |()| appeals.refetch());
    view! {
        <StatusFilter status />
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    appeals.await.map(|appeals| {
                        if appeals.is_empty() {
                            return view! { <p class="cv-empty">{i18n.t("console-queue-empty")}</p> }.into_any();
                        }
                        appeals.into_iter().map(|case| view! { <AppealCard case /> }).collect_view().into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

#[component]
fn AppealCard(case: AppealCase) -> impl IntoView {
    let i18n = use_i18n();
    let id = case.appeal.id;
    let appeal_status = RwSignal::new(case.appeal.status);
    let decision_reason = RwSignal::new(case.appeal.decision_reason.clone());
    let penalty = RwSignal::new(case.penalty.clone());
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<crate::api::Error>);
    let busy = RwSignal::new(false);
    let reason_error = Signal::derive(move || {
        error.with(|e| e.as_ref().and_then(|e| field_error(i18n, e, "reason")))
    });
    let decide = move |approve: bool| {
        busy.set(true);
        error.set(None);
        let typed = reason.get_untracked();
        leptos::task::spawn_local(async move {
            match admin::decide_appeal(id, approve, &typed).await {
                Ok(decided) => {
                    if let Some(appeal) = &decided.appeal {
                        appeal_status.set(appeal.status);
                        decision_reason.set(appeal.decision_reason.clone());
                    }
                    penalty.set(decided);
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let heading_id = format!("cv-appeal-{id}");
    let labelled_by = heading_id.clone();
    let reason_id = format!("cv-appeal-{id}-reason");
    let reason_error_id = format!("cv-appeal-{id}-reason-error");
    let p = case.penalty;
    view! {
        <article class="cv-panel cv-review-card" aria-labelledby=labelled_by data-appeal=id.to_string()>
            <h3 id=heading_id>
                {i18n.t_args("console-appeal-heading", &[("shop", Arg::from(case.shop_name.clone())), ("level", Arg::from(i18n.t(level_key(p.level))))])}
                " "
                {move || {
                    let class = match appeal_status.get() {
                        AppealStatus::Pending => "pending",
                        AppealStatus::Lifted => "approved",
                        AppealStatus::Upheld => "rejected",
                    };
                    view! { <span class=format!("cv-status cv-status--{class}")>{i18n.t(appeal_status_key(appeal_status.get()))}</span> }
                }}
            </h3>
            <dl class="cv-facts">
                <dt>{i18n.t("console-penalty-rule")}</dt><dd>{p.rule.clone()}</dd>
                <dt>{i18n.t("console-penalty-issued-at")}</dt><dd>{date(i18n, p.issued_at)}</dd>
                <dt>{i18n.t("console-penalty-expires")}</dt>
                <dd>{match p.expires_at { Some(at) => date(i18n, at), None => i18n.t("console-penalty-no-expiry") }}</dd>
                <dt>{i18n.t("console-appeal-penalty-status")}</dt>
                <dd>{move || i18n.t(penalty_status_badge(penalty.with(|p| p.status)).0)}</dd>
                <dt>{i18n.t("console-appeal-filed")}</dt><dd>{date(i18n, case.appeal.created_at)}</dd>
            </dl>
            <h4 class="cv-case__subtitle">{i18n.t("console-appeal-facts")}</h4>
            <p class="cv-case__text">{p.facts.clone()}</p>
            <h4 class="cv-case__subtitle">{i18n.t("console-appeal-statement")}</h4>
            <p class="cv-case__text cv-appeal__statement">{case.appeal.statement.clone()}</p>
            {move || decision_reason.get().filter(|_| appeal_status.get() == AppealStatus::Upheld).map(|reason| view! {
                <p class="cv-review__reason">{i18n.t_args("console-appeal-upheld-because", &[("reason", Arg::from(reason))])}</p>
            })}
            <Show when=move || appeal_status.get() == AppealStatus::Pending>
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=reason_id.clone()>{i18n.t("console-appeal-reason")}</label>
                    <textarea class="cv-input" id=reason_id.clone() rows="3" aria-describedby=reason_error_id.clone()
                        aria-invalid=move || reason_error.with(Option::is_some).to_string()
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="cv-form-field__error" id=reason_error_id.clone()>{move || reason_error.get()}</p>
                </div>
                <div class="cv-form__actions">
                    <button class="cv-button cv-button--primary" type="button" disabled=move || busy.get()
                        on:click=move |_| decide(true)>{i18n.t("console-appeal-lift")}</button>
                    <button class="cv-button cv-button--quiet" type="button" disabled=move || busy.get()
                        on:click=move |_| decide(false)>{i18n.t("console-appeal-uphold")}</button>
                </div>
            </Show>
            <Show when=move || error.with(Option::is_some)>
                <p class="cv-notice cv-notice--error" role="alert">{move || error.with(|e| e.as_ref().map(|e| form_error(i18n, e)))}</p>
            </Show>
        </article>
    }
}
