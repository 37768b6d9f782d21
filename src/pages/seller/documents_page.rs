//! Journey 9, licences and brands: submit the licences (LST-3), qualifications (SHOP-3) and brand
//! authorisations (SHOP-4, LST-4) the rules ask for, and see each one's review.

use super::{
    error_text::{ErrorNotice, error_text, field_error},
    form_field::TextField,
    rules_engine::use_rules_engine,
    shop_gate::ShopGate,
};
use crate::{api::seller, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::shop::{DocumentKind, DocumentSubmission, ReviewStatus, ShopDocument};
use leptos::prelude::*;

/// `/seller/documents`.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-documents-title")}</h2>
        <p>{i18n.t("seller-documents-intro")}</p>
        <ShopGate>
            <Documents />
        </ShopGate>
    }
}

/// The form and the list (only for a seller with a shop: the gate comes first).
#[component]
fn Documents() -> impl IntoView {
    let documents = LocalResource::new(seller::list_documents);
    let retry = Callback::new(move |()| documents.refetch());
    view! {
        <SubmitDocument on_submitted=Callback::new(move |()| documents.refetch()) />
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    documents.await.map(|documents| view! { <DocumentList documents /> })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// The form for a new document. Licence and qualification names come from the policy, so the seller picks
/// the exact name the rules look for; a brand is typed as on the certificate.
#[component]
fn SubmitDocument(
    /// Called after a document was accepted for review.
    on_submitted: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rules = use_rules_engine();
    let kind = RwSignal::new(DocumentKind::Licence);
    let name = RwSignal::new(String::new());
    let reference = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<crate::api::Error>);
    let done = RwSignal::new(false);
    // The names the policy knows for licences (restricted classes and categories' licences) and
    // qualifications (categories' qualification documents).
    let choices = Memo::new(move |_| {
        let Some(engine) = rules.get() else {
            return Vec::new();
        };
        let policy = engine.policy();
        let mut names: Vec<String> = match kind.get() {
            DocumentKind::Licence => policy
                .term_lists
                .iter()
                .filter_map(|list| list.licence.clone())
                .chain(policy.categories.iter().filter_map(|c| c.licence.clone()))
                .collect(),
            DocumentKind::Qualification => policy
                .categories
                .iter()
                .filter_map(|c| c.qualification.clone())
                .collect(),
            DocumentKind::Brand => Vec::new(),
        };
        names.sort();
        names.dedup();
        names
    });
    let submit = Action::new_local(move |submission: &DocumentSubmission| {
        let submission = submission.clone();
        async move { seller::submit_document(&submission).await }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(_)) => {
            failure.set(None);
            done.set(true);
            name.set(String::new());
            reference.set(String::new());
            on_submitted.run(());
        }
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        submit.dispatch(DocumentSubmission {
            kind: kind.get_untracked(),
            name: name.get_untracked(),
            reference: reference.get_untracked(),
        });
    };
    let error_at = move |path: &'static str| {
        Signal::derive(move || {
            failure.with(|f| f.as_ref().and_then(|e| field_error(&i18n, e, path)))
        })
    };
    let notice = Signal::derive(move || {
        failure.with(|f| {
            f.as_ref()
                .filter(|e| {
                    field_error(&i18n, e, "name").is_none()
                        && field_error(&i18n, e, "reference").is_none()
                })
                .map(|e| error_text(&i18n, e))
        })
    });
    view! {
        <form class="cv-panel cv-form" on:submit=on_submit novalidate>
            <h3>{i18n.t("seller-documents-submit-title")}</h3>
            <div class="cv-form-field">
                <label class="cv-form-field__label" for="f-kind">{i18n.t("seller-documents-kind")}</label>
                <select class="cv-input" id="f-kind" name="kind"
                    on:change=move |ev| {
                        kind.set(DocumentKind::from_name(&event_target_value(&ev)).unwrap_or(DocumentKind::Licence));
                        name.set(String::new());
                    }>
                    {DocumentKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=move || kind.get() == k>{i18n.t(kind_key(k))}</option>
                    }).collect_view()}
                </select>
            </div>
            <Show
                when=move || kind.get() == DocumentKind::Brand
                fallback=move || view! {
                    <div class="cv-form-field">
                        <label class="cv-form-field__label" for="f-name">{i18n.t("seller-documents-name")}</label>
                        <select class="cv-input" id="f-name" name="name"
                            aria-describedby="f-name-error"
                            prop:value=move || name.get()
                            on:change=move |ev| name.set(event_target_value(&ev))>
                            <option value="">{i18n.t("seller-choose")}</option>
                            {move || choices.get().into_iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view()}
                        </select>
                        <p class="cv-form-field__error" id="f-name-error">{move || error_at("name").get()}</p>
                    </div>
                }
            >
                <TextField label=i18n.t("seller-documents-brand") path="name" value=name
                    on_input=Callback::new(move |v| name.set(v)) error=error_at("name") />
            </Show>
            <TextField label=i18n.t("seller-documents-reference") path="reference" value=reference
                hint=i18n.t("seller-documents-reference-hint")
                on_input=Callback::new(move |v| reference.set(v)) error=error_at("reference") />
            <ErrorNotice error=notice />
            <Show when=move || done.get()>
                <p class="cv-notice cv-notice--ok" role="status">{i18n.t("seller-documents-submitted")}</p>
            </Show>
            <div class="cv-form__actions">
                <button class="cv-button cv-button--primary" type="submit" disabled=move || submit.pending().get()>
                    {i18n.t("seller-documents-submit")}
                </button>
            </div>
        </form>
    }
}

fn kind_key(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Licence => "seller-documents-kind-licence",
        DocumentKind::Qualification => "seller-documents-kind-qualification",
        DocumentKind::Brand => "seller-documents-kind-brand",
    }
}

/// The shop's documents, newest first, with their review status and any rejection reason.
#[component]
fn DocumentList(documents: Vec<ShopDocument>) -> impl IntoView {
    let i18n = use_i18n();
    if documents.is_empty() {
        return view! { <p class="cv-empty">{i18n.t("seller-documents-none")}</p> }.into_any();
    }
    view! {
        <div class="cv-table-scroll">
            <table class="cv-table cv-documents">
                <caption>{i18n.t_args("seller-documents-on-file", &[("count", Arg::from(documents.len()))])}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("seller-documents-kind")}</th>
                    <th scope="col">{i18n.t("seller-documents-name")}</th>
                    <th scope="col">{i18n.t("seller-documents-reference")}</th>
                    <th scope="col">{i18n.t("seller-documents-status")}</th>
                </tr></thead>
                <tbody>
                    {documents.into_iter().map(|d| {
                        let (status_key, class) = match d.status {
                            ReviewStatus::Pending => ("seller-shop-status-pending", "pending"),
                            ReviewStatus::Approved => ("seller-shop-status-approved", "approved"),
                            ReviewStatus::Rejected => ("seller-shop-status-rejected", "rejected"),
                        };
                        view! {
                            <tr data-document=d.id.to_string()>
                                <td>{i18n.t(kind_key(d.kind))}</td>
                                <th scope="row">{d.name.clone()}</th>
                                <td>{d.reference.clone()}</td>
                                <td>
                                    <span class=format!("cv-status cv-status--{class}")>{i18n.t(status_key)}</span>
                                    {d.rejection_reason.clone().map(|reason| view! {
                                        <p class="cv-documents__reason">{i18n.t_args("seller-documents-reason", &[("reason", Arg::from(reason))])}</p>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
