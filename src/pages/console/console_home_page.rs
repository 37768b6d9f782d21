//! The console's overview: the policy version the platform judges by, and the queues: applications,
//! documents, arbitration, appeals and promotions waiting.

use super::console_gate::AdminGate;
use crate::{api::admin, contexts::use_i18n};
use caravan_i18n::Arg;
use caravan_types::{dispute::DisputeStatus, shop::ReviewStatus};
use leptos::prelude::*;

/// `/admin`.
#[component]
pub fn ConsoleHomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("console-overview-title")}</h2>
        <AdminGate>
            <ConsoleOverview />
        </AdminGate>
    }
}

#[component]
fn ConsoleOverview() -> impl IntoView {
    let i18n = use_i18n();
    let version = LocalResource::new(admin::get_policy_version);
    let shops = LocalResource::new(|| admin::list_shops(ReviewStatus::Pending));
    let documents = LocalResource::new(|| admin::list_documents(ReviewStatus::Pending));
    let disputes = LocalResource::new(|| admin::list_disputes(DisputeStatus::Arbitration));
    let appeals = LocalResource::new(|| admin::list_appeals(ReviewStatus::Pending));
    let promotions = LocalResource::new(|| admin::list_promotions(ReviewStatus::Pending));
    let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_else(|| "…".to_owned());
    view! {
        <section class="cv-panel" aria-labelledby="cv-policy-title">
            <h3 id="cv-policy-title">{i18n.t("console-policy-title")}</h3>
            <p class="cv-policy-version">
                {move || match version.get() {
                    Some(Ok(v)) => i18n.t_args("console-policy-version", &[("version", Arg::from(v))]),
                    Some(Err(_)) => i18n.t("error-load-failed"),
                    None => i18n.t("loading"),
                }}
            </p>
        </section>
        <ul class="cv-tiles">
            <li><a class="cv-tile" href="/admin/shops">
                {move || i18n.t_args("console-queue-shops", &[("count", Arg::from(count(shops.get().and_then(Result::ok).map(|s| s.len()))))])}
            </a></li>
            <li><a class="cv-tile" href="/admin/documents">
                {move || i18n.t_args("console-queue-documents", &[("count", Arg::from(count(documents.get().and_then(Result::ok).map(|d| d.len()))))])}
            </a></li>
            <li><a class="cv-tile" href="/admin/disputes">
                {move || i18n.t_args("console-queue-disputes", &[("count", Arg::from(count(disputes.get().and_then(Result::ok).map(|d| d.len()))))])}
            </a></li>
            <li><a class="cv-tile" href="/admin/appeals">
                {move || i18n.t_args("console-queue-appeals", &[("count", Arg::from(count(appeals.get().and_then(Result::ok).map(|a| a.len()))))])}
            </a></li>
            <li><a class="cv-tile" href="/admin/promotions">
                {move || i18n.t_args("console-queue-promotions", &[("count", Arg::from(count(promotions.get().and_then(Result::ok).map(|p| p.len()))))])}
            </a></li>
            <li><a class="cv-tile" href="/admin/penalties">{i18n.t("console-nav-penalties")}</a></li>
            <li><a class="cv-tile" href="/admin/fx">{i18n.t("console-nav-fx")}</a></li>
        </ul>
    }
}
