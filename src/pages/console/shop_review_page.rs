//! Shop review (SHOP-1): pending applications with the company, contacts and choices they state (REG-1,
//! REG-3, REG-4); approve, or reject with the reason the seller will read (PEN-4).

use super::{
    console_gate::{AdminGate, console_error_text},
    console_words::{CategoryNames, category_name, category_names, region_name},
    review_status::StatusFilter,
};
use crate::{api::admin, components::common::ErrorView, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::shop::{AccountType, ReviewStatus, ShopStatus, ShopView};
use leptos::prelude::*;

/// `/admin/shops`.
#[component]
pub fn ShopReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-shops-title")}</h2>
        <AdminGate>
            <ShopQueue />
        </AdminGate>
    }
}

/// The queue (only for an admin: the gate comes first).
#[component]
fn ShopQueue() -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(ReviewStatus::Pending);
    let categories = category_names();
    let shops = LocalResource::new(move || admin::list_shops(status.get()));
    let retry = Callback::new(move |()| shops.refetch());
    view! {
        <StatusFilter status />
        <Transition fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    shops.await.map(|shops| {
                        if shops.is_empty() {
                            return view! { <p class="cv-empty">{i18n.t("console-queue-empty")}</p> }.into_any();
                        }
                        shops.into_iter().map(|shop| view! { <ShopCard shop categories /> }).collect_view().into_any()
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// One application.
#[component]
fn ShopCard(shop: ShopView, categories: CategoryNames) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(shop.clone());
    let reason = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let id = shop.id;
    let decide = move |approve: bool| {
        busy.set(true);
        failure.set(None);
        let reason = reason.get_untracked();
        leptos::task::spawn_local(async move {
            let result = if approve {
                admin::approve_shop(id).await
            } else {
                admin::reject_shop(id, &reason).await
            };
            match result {
                Ok(shop) => current.set(shop),
                Err(error) => failure.set(Some(console_error_text(&i18n, &error))),
            }
            busy.set(false);
        });
    };
    let heading_id = format!("cv-shop-{id}");
    let labelled_by = heading_id.clone();
    let reason_id = format!("cv-shop-{id}-reason");
    let registration = shop.registration.clone();
    view! {
        <article class="cv-panel cv-review-card" aria-labelledby=labelled_by data-shop=id.to_string()>
            <h3 id=heading_id>{shop.name.clone()} " "
                {move || {
                    let (key, class) = match current.with(|s| s.status) {
                        ShopStatus::Pending => ("console-status-pending", "pending"),
                        ShopStatus::Approved => ("console-status-approved", "approved"),
                        ShopStatus::Rejected => ("console-status-rejected", "rejected"),
                    };
                    view! { <span class=format!("cv-status cv-status--{class}")>{i18n.t(key)}</span> }
                }}
            </h3>
            <dl class="cv-facts">
                <dt>{i18n.t("console-shop-country")}</dt><dd>{region_name(i18n, &shop.country)}</dd>
                {registration.map(|r| view! {
                    <dt>{i18n.t("console-shop-company")}</dt><dd>{r.company_name}</dd>
                    <dt>{i18n.t("console-shop-licence")}</dt><dd>{r.licence_number}</dd>
                    <dt>{i18n.t("console-shop-representative")}</dt><dd>{r.legal_representative}</dd>
                    <dt>{i18n.t("console-shop-email")}</dt>
                    <dd>{r.company_email} " "
                        {if r.email_verified { i18n.t("console-shop-email-verified") } else { i18n.t("console-shop-email-unverified") }}
                    </dd>
                    <dt>{i18n.t("console-shop-phone")}</dt><dd>{r.service_phone}</dd>
                    <dt>{i18n.t("console-shop-emergency")}</dt><dd>{r.emergency_contact}</dd>
                    <dt>{i18n.t("console-shop-type")}</dt><dd>{i18n.t(match r.account_type {
                        AccountType::B2c => "console-account-type-b2c",
                        AccountType::B2b => "console-account-type-b2b",
                    })}</dd>
                    <dt>{i18n.t("console-shop-category")}</dt><dd>{move || category_name(categories, &r.main_category)}</dd>
                    <dt>{i18n.t("console-shop-regions")}</dt><dd>{r.sales_regions.iter().map(|code| region_name(i18n, code)).collect::<Vec<_>>().join(", ")}</dd>
                })}
            </dl>
            {move || current.with(|s| s.rejection_reason.clone()).map(|reason| view! {
                <p class="cv-review__reason">{i18n.t_args("console-rejected-because", &[("reason", Arg::from(reason))])}</p>
            })}
            <Show when=move || current.with(|s| s.status == ShopStatus::Pending)>
                <div class="cv-form-field">
                    <label class="cv-form-field__label" for=reason_id.clone()>{i18n.t("console-reject-reason")}</label>
                    <textarea class="cv-input" id=reason_id.clone() rows="3"
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="cv-form-field__hint">{i18n.t("console-reject-reason-hint")}</p>
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
