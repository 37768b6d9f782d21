//! The seller center's section: its chunk, its messages and its own route table under `/seller`.

use super::{
    DocumentsPage, ListingEditorPage, ListingsPage, OnboardingPage, PenaltiesPage, PromotionsPage,
    SellerDisputePage, SellerDisputesPage, SellerHomePage, SellerNav, SellerOrderPage,
    SellerOrdersPage, ServicePage, provide_new_orders, provide_rules_engine,
    provide_seller_session,
};
use crate::{
    contexts::{I18n, use_i18n},
    pages::{NotFoundPage, section::open_section, section_stylesheet::adopt_section_stylesheet},
};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::{
    components::{Route, Routes},
    path,
};

/// The seller center's message files: its screens and the rule engine's verdicts.
const SELLER_FILES: &[&str] = &["errors.ftl", "rules.ftl", "seller.ftl"];

/// Opens the section of every path under `/seller`. The view, and everything only the seller center uses (the rule engine
/// included), lives in the `seller_center` wasm chunk.
pub(crate) async fn open_seller_center(i18n: I18n) -> AnyView {
    open_section(
        i18n,
        SELLER_FILES,
        preload_seller_center(),
        seller_center_view,
    )
    .await
}

#[wasm_split(seller_center, wasm_split_path = ::leptos::wasm_split, preload(preload_seller_center), fallible)]
fn seller_center_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <SellerCenter /> }.into_any())
}

/// The seller center's frame and route table; paths are full paths (`/seller/...`).
#[component]
fn SellerCenter() -> impl IntoView {
    let i18n = use_i18n();
    provide_seller_session();
    provide_rules_engine();
    provide_new_orders();
    adopt_section_stylesheet();
    view! {
        <section class="cv-page cv-seller">
            <h1 class="cv-visually-hidden">{i18n.t("seller-center-title")}</h1>
            <div class="cv-center">
                <SellerNav />
                <div class="cv-center__main">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/seller") view=SellerHomePage />
                        <Route path=path!("/seller/onboarding") view=OnboardingPage />
                        <Route path=path!("/seller/listings") view=ListingsPage />
                        <Route path=path!("/seller/listings/:id") view=ListingEditorPage />
                        <Route path=path!("/seller/documents") view=DocumentsPage />
                        <Route path=path!("/seller/orders") view=SellerOrdersPage />
                        <Route path=path!("/seller/orders/:id") view=SellerOrderPage />
                        <Route path=path!("/seller/disputes") view=SellerDisputesPage />
                        <Route path=path!("/seller/disputes/:id") view=SellerDisputePage />
                        <Route path=path!("/seller/promotions") view=PromotionsPage />
                        <Route path=path!("/seller/service") view=ServicePage />
                        <Route path=path!("/seller/appeals") view=PenaltiesPage />
                    </Routes>
                </div>
            </div>
        </section>
    }
}
