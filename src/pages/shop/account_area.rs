//! The buyer account area's section: its chunk, its messages and its own route table.

use crate::{
    contexts::I18n,
    pages::{
        NotFoundPage,
        section::open_section,
        shop::{
            AccountPage, CartPage, CheckoutDonePage, CheckoutPage, NotificationsPage,
            OrderDetailPage, OrdersPage, RegisterPage, SignInPage,
        },
    },
};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::{
    components::{Route, Routes},
    path,
};

/// The buyer account area's message files: cart, checkout, orders, disputes, reviews, sign-in and account.
const ACCOUNT_FILES: &[&str] = &[
    "account.ftl",
    "cart.ftl",
    "checkout.ftl",
    "orders.ftl",
    "errors.ftl",
];

/// Opens the section of every path the shop's eager routes do not take (`/cart`, `/checkout`, `/orders/...`, `/account/...`,
/// `/signin`, ...) and unknown paths. The view, and everything only these pages use, lives in the
/// `account_area` wasm chunk; paths it does not know show the not-found page.
pub(crate) async fn open_account_area(i18n: I18n) -> AnyView {
    open_section(
        i18n,
        ACCOUNT_FILES,
        preload_account_area(),
        account_area_view,
    )
    .await
}

#[wasm_split(account_area, wasm_split_path = ::leptos::wasm_split, preload(preload_account_area), fallible)]
fn account_area_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <AccountArea /> }.into_any())
}

/// The buyer account area's frame and route table; paths are full paths. Each page has its own `<h1>`.
#[component]
fn AccountArea() -> impl IntoView {
    crate::stylesheets::adopt(concat!(
        include_str!("../../../style/account.css"),
        include_str!("../../../style/quantity.css"),
        include_str!("../../../style/orders.css")
    ));
    view! {
        <section class="cv-page cv-account">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/signin") view=SignInPage />
                <Route path=path!("/register") view=RegisterPage />
                <Route path=path!("/account") view=AccountPage />
                // Cart and checkout (journeys 4 and 5).
                <Route path=path!("/cart") view=CartPage />
                <Route path=path!("/checkout") view=CheckoutPage />
                <Route path=path!("/checkout/:group") view=CheckoutDonePage />
                // Orders, disputes, reviews and notifications (buyerorders helper).
                <Route path=path!("/orders") view=OrdersPage />
                <Route path=path!("/orders/:id") view=OrderDetailPage />
                <Route path=path!("/account/notifications") view=NotificationsPage />
            </Routes>
        </section>
    }
}
