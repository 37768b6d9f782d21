//! The seller pages that need a shop show what is missing instead: signing in, a seller account, or the
//! shop application.

use super::seller_session::{SellerState, use_seller_session};
use crate::{
    components::common::{ErrorView, SignInPrompt},
    contexts::use_i18n,
};
use leptos::prelude::*;

/// Draws `children` for a seller whose shop exists (whatever its review status); anyone else is told what
/// to do first.
#[component]
pub fn ShopGate(
    /// The page, drawn once the seller and shop are known.
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_seller_session();
    let children = StoredValue::new(children);
    let retry = Callback::new(move |()| session.reload());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    session.state.await.map(|state| match state {
                        SellerState::SignedOut => view! {
                            <SignInPrompt
                                message=i18n.t("seller-sign-in-needed")
                                link_label=i18n.t("seller-sign-in")
                            >
                                <a class="cv-button" href="/seller/onboarding">{i18n.t("seller-register-instead")}</a>
                            </SignInPrompt>
                        }.into_any(),
                        SellerState::NotSeller(_) => view! {
                            <div class="cv-panel">
                                <p>{i18n.t("seller-not-a-seller")}</p>
                                <a class="cv-button" href="/seller/onboarding">{i18n.t("seller-register-instead")}</a>
                            </div>
                        }.into_any(),
                        SellerState::Seller { shop: None, .. } => view! {
                            <div class="cv-panel">
                                <p>{i18n.t("seller-no-shop-yet")}</p>
                                <a class="cv-button cv-button--primary" href="/seller/onboarding">{i18n.t("seller-open-shop")}</a>
                            </div>
                        }.into_any(),
                        SellerState::Seller { shop: Some(_), .. } => children.with_value(|c| c()).into_any(),
                    })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}
