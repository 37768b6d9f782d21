//! Document review (SHOP-3, SHOP-4, LST-3): licences, qualifications and brand authorisations; approve, or
//! reject with a reason.

use super::{
    console_gate::{AdminGate, console_error_text},
    console_words::{ShopNames, shop_label, shop_names},
    review_status::StatusFilter,
};
use crate::{api::admin, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::shop::{DocumentKind, ReviewStatus, ShopDocument};
use leptos::prelude::*;

/// `/admin/documents`.
#[component]
pub fn DocumentReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-documents-title")}</h2>
        <AdminGate>
            <DocumentQueue />
        </AdminGate>
    }
}

/// The queue (only for an admin: the gate comes first).
#[component]
fn DocumentQueue() -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(ReviewStatus::Pending);
    let names = shop_names();
    let documents = LocalResource::new(move || admin::list_documents(status.get()));
    let retry = Callback::new(move |()| documents.refetch());
    view! {
        <StatusFilter status />
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    documents.await.map(|documents| {
                        if documents.is_empty() {
                            return view! { <p class="cv-empty">{i18n.t("console-queue-empty")}</p> }.into_any();
                        }
                        documents.into_iter().map(|document| view! { <DocumentCard document names /> }).collect_view().into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

#[component]
fn DocumentCard(document: ShopDocument, names: ShopNames) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(document.clone());
    let reason = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let id = document.id;
    let shop_id = document.shop_id;
    let decide = move |approve: bool| {
        busy.set(true);
        failure.set(None);
        let reason = reason.get_untracked();
        leptos::task::spawn_local(async move {
            let result = if approve {
                admin::approve_document(id).await
            } else {
                admin::reject_document(id, &reason).await
            };
            match result {
                Ok(document) => current.set(document),
                Err(error) => failure.set(Some(console_error_text(&i18n, &error))),
            }
            busy.set(false);
        });
    };
    let kind_key = match document.kind {
        DocumentKind::Licence => "console-kind-licence",
        DocumentKind::Qualification => "console-kind-qualification",
        DocumentKind::Brand => "console-kind-brand",
    };
    let heading_id = format!("cv-document-{id}");
    let labelled_by = heading_id.clone();
    let reason_id = format!("cv-document-{id}-reason");
    view! {
        <article class="cv-panel cv-review-card" aria-labelledby=labelled_by data-document=id.to_string()>
            <h3 id=heading_id>{i18n.t(kind_key)} ": " {document.name.clone()} " "
                {move || {
                    let (key, class) = match current.with(|d| d.status) {
                        ReviewStatus::Pending => ("console-status-pending", "pending"),
                        ReviewStatus::Approved => ("console-status-approved", "approved"),
                        ReviewStatus::Rejected => ("console-status-rejected", "rejected"),
                    };
                    view! { <span class=format!("cv-status cv-status--{class}")>{i18n.t(key)}</span> }
                }}
            </h3>
            <dl class="cv-facts">
                <dt>{i18n.t("console-shop-label")}</dt><dd>{move || shop_label(i18n, names, shop_id)}</dd>
                <dt>{i18n.t("console-document-reference")}</dt><dd>{document.reference.clone()}</dd>
            </dl>
            {move || current.with(|d| d.rejection_reason.clone()).map(|reason| view! {
                <p class="cv-review__reason">{i18n.t_args("console-rejected-because", &[("reason", Arg::from(reason))])}</p>
            })}
            <Show when=move || current.with(|d| d.status == ReviewStatus::Pending)>
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=reason_id.clone()>{i18n.t("console-reject-reason")}</label>
                    <textarea class="cv-input" id=reason_id.clone() rows="3"
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                </div>
                <div class="cv-form__actions">
                    <button class="cv-button cv-button--primary" type="button" disabled=move || busy.get()
                        on:click=move |_| decide(true)>{i18n.t("console-approve")}</button>
                    <button class="cv-button cv-button--quiet" type="button" disabled=move || busy.get()
                        on:click=move |_| decide(false)>{i18n.t("console-reject")}</button>
                </div>
            </Show>
            <Show when=move || failure.with(Option::is_some)>
                <p class="cv-notice cv-notice--error" role="alert">{move || failure.get()}</p>
            </Show>
        </article>
    }
}
