//! The seller center's navigation: its sections, the current one marked, and the shop's review status.

use super::{new_orders::use_new_orders, seller_session::use_seller_session};
use crate::contexts::use_i18n;
use caravan_i18n::Arg;
use caravan_types::shop::ShopStatus;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The seller center's sections: (path, message key); a section is current for its path and paths below it,
/// except the overview, which is current only on itself.
const SECTIONS: &[(&str, &str)] = &[
    ("/seller", "seller-nav-overview"),
    // Orders and disputes come first: they have deadlines (ORD-3, DSP-2), and on phones the links scroll.
    ("/seller/orders", "seller-nav-orders"),
    ("/seller/disputes", "seller-nav-disputes"),
    ("/seller/listings", "seller-nav-listings"),
    ("/seller/documents", "seller-nav-documents"),
    ("/seller/promotions", "seller-nav-promotions"),
    ("/seller/service", "seller-nav-service"),
    ("/seller/appeals", "seller-nav-penalties"),
];

/// Links to the seller center's sections, with the shop's name and status once known.
#[component]
pub fn SellerNav() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let pathname = use_location().pathname;
    let new_orders = use_new_orders();
    let shop = move || {
        session
            .state
            .get()
            .and_then(|state| state.ok())
            .and_then(|state| state.shop().cloned())
    };
    view! {
        <nav class="cv-center-nav" aria-label=i18n.t("seller-nav-label")>
            <p class="cv-center-nav__title">
                {move || match shop() {
                    Some(shop) => view! {
                        <span class="cv-center-nav__shop">{shop.name.clone()}</span>
                        " "
                        <StatusChip status=shop.status />
                    }.into_any(),
                    None => view! { <span>{i18n.t("seller-center-title")}</span> }.into_any(),
                }}
            </p>
            <ul class="cv-center-nav__links">
                {SECTIONS.iter().map(|&(path, key)| {
                    let current = move || {
                        let here = pathname.get();
                        let on = if path == "/seller" {
                            here == path || here == "/seller/"
                        } else {
                            here == path || here.starts_with(&format!("{path}/"))
                        };
                        on.then_some("page")
                    };
                    view! {
                        <li><a class="cv-center-nav__link" href=path aria-current=current>
                            {i18n.t(key)}
                            {(path == "/seller/orders").then_some(move || {
                                let count = new_orders.count();
                                (count > 0).then(|| view! {
                                    <span class="cv-center-nav__badge" role="status"
                                        aria-label=i18n.t_args("seller-orders-new-count", &[("count", Arg::from(count))])>
                                        {count}
                                    </span>
                                })
                            })}
                        </a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// A shop's review status as a small coloured label.
#[component]
pub fn StatusChip(
    /// The status.
    status: ShopStatus,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = match status {
        ShopStatus::Pending => "seller-shop-status-pending",
        ShopStatus::Approved => "seller-shop-status-approved",
        ShopStatus::Rejected => "seller-shop-status-rejected",
    };
    view! { <span class=format!("cv-status cv-status--{}", status.as_str())>{i18n.t(key)}</span> }
}
