//! The seller center's overview: the shop's review status and where to go next.

use super::{
    seller_nav::StatusChip,
    seller_session::{SellerState, use_seller_session},
    shop_gate::ShopGate,
};
use crate::contexts::use_i18n;
use caravan_types::shop::ShopStatus;
use leptos::prelude::*;

/// `/seller`: the shop at a glance.
#[component]
pub fn SellerHomePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let shop = move || {
        session
            .state
            .get()
            .and_then(Result::ok)
            .and_then(|s: SellerState| s.shop().cloned())
    };
    view! {
        <h2 class="cv-center__title">{i18n.t("seller-overview-title")}</h2>
        <ShopGate>
            {move || shop().map(|shop| {
                let status_key = match shop.status {
                    ShopStatus::Pending => "seller-review-pending-body",
                    ShopStatus::Approved => "seller-review-approved-body",
                    ShopStatus::Rejected => "seller-review-rejected-body",
                };
                view! {
                    <section class="cv-panel">
                        <h3>{shop.name.clone()} " " <StatusChip status=shop.status /></h3>
                        <p>{i18n.t(status_key)}</p>
                        {(shop.status != ShopStatus::Approved).then(|| view! {
                            <a class="cv-link" href="/seller/onboarding">{i18n.t("seller-see-application")}</a>
                        })}
                    </section>
                    <ul class="cv-tiles">
                        <li><a class="cv-tile" href="/seller/listings">{i18n.t("seller-nav-listings")}</a></li>
                        <li><a class="cv-tile" href="/seller/listings/new">{i18n.t("seller-new-listing")}</a></li>
                        <li><a class="cv-tile" href="/seller/documents">{i18n.t("seller-nav-documents")}</a></li>
                    </ul>
                }
            })}
        </ShopGate>
    }
}
