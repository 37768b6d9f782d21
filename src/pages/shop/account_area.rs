//! The buyer account area's section: its chunk, its messages and its own route table.

use crate::{
    contexts::{I18n, use_i18n},
    pages::{NotFoundPage, section::open_section},
};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::{
    components::{Route, Routes},
    path,
};

/// The buyer account area's message files: cart, checkout, orders, disputes, reviews, sign-in and account.
const ACCOUNT_FILES: &[&str] = &["account.ftl"];

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

/// The buyer account area's frame and route table; paths are full paths.
#[component]
fn AccountArea() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="cv-page cv-account">
            <h1 class="cv-visually-hidden">{i18n.t("account-area-title")}</h1>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/account/nothing-yet") view=NotFoundPage />
            </Routes>
        </section>
    }
}
