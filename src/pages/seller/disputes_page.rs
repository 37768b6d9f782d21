//! Journey 6, the shop's disputes: each with its stage and, while the seller has not answered, the DSP-2
//! response countdown (overdue ones close in the buyer's favour).

use super::{
    deadline::{minor_money, use_ticking_now},
    dispute_words::{ResponseCountdown, dispute_path, reason_label, stage_label},
    shop_gate::ShopGate,
};
use crate::{
    api::seller::orders as seller_orders, components::common::ErrorView, contexts::use_i18n,
};
use caravan_i18n::Arg;
use caravan_types::dispute::{Dispute, DisputeStatus};
use leptos::prelude::*;

/// `/seller/disputes`.
#[component]
pub fn SellerDisputesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-disputes-title")}</h2>
        <p class="cv-order-hint">{i18n.t("seller-disputes-intro")}</p>
        <ShopGate>
            <DisputesLoader />
        </ShopGate>
    }
}

#[component]
fn DisputesLoader() -> impl IntoView {
    let disputes = LocalResource::new(seller_orders::list_disputes);
    let retry = Callback::new(move |()| disputes.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    disputes.await.map(|list| view! { <DisputeList list /> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// The disputes, those waiting for the seller's answer first (earliest deadline first), then the rest
/// newest first.
#[component]
fn DisputeList(list: Vec<Dispute>) -> impl IntoView {
    let i18n = use_i18n();
    let now = use_ticking_now();
    if list.is_empty() {
        return view! { <p class="cv-empty">{i18n.t("seller-disputes-none")}</p> }.into_any();
    }
    let mut list = list;
    list.sort_by_key(|d| {
        (
            d.status != DisputeStatus::AwaitingSeller,
            if d.status == DisputeStatus::AwaitingSeller {
                d.response_deadline
            } else {
                -d.opened_at
            },
        )
    });
    view! {
        <p class="cv-order-count">{i18n.t_args("seller-disputes-count", &[("count", Arg::from(list.len()))])}</p>
        <ul class="cv-order-list">
            {list.into_iter().map(|d| view! {
                <li class="cv-order-row cv-dispute-row" data-dispute=d.id.to_string()>
                    <div class="cv-order-row__main">
                        <p class="cv-order-row__title">
                            <a class="cv-link" href=dispute_path(d.id)>
                                {i18n.t_args("seller-dispute-number", &[("id", Arg::from(d.id)), ("order", Arg::from(d.order_id.0))])}
                            </a>
                        </p>
                        <p class="cv-order-row__what">{reason_label(i18n, &d)}</p>
                        <p class="cv-muted">{i18n.t_args("seller-dispute-order-total", &[("amount", Arg::from(minor_money(i18n, d.order_total_minor, &d.currency)))])}</p>
                    </div>
                    <div class="cv-order-row__side">
                        <span class=format!("cv-status cv-status--dispute-{}", status_class(d.status))>{stage_label(i18n, d.status)}</span>
                        {(d.status == DisputeStatus::AwaitingSeller).then(|| view! {
                            <ResponseCountdown deadline=d.response_deadline now />
                        })}
                    </div>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The CSS modifier of a dispute's status label.
pub fn status_class(status: DisputeStatus) -> &'static str {
    match status {
        DisputeStatus::AwaitingSeller => "awaiting",
        DisputeStatus::Negotiating => "negotiating",
        DisputeStatus::Arbitration => "arbitration",
        DisputeStatus::Resolved => "resolved",
    }
}
