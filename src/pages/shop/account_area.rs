//! The buyer account area's section: its chunk, its messages and its own route table.

use crate::{
    contexts::{I18n, use_i18n},
    pages::{NotFoundPage, section::open_section},
};
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use leptos_router::{
    LazyRoute,
    components::{Route, Routes},
    path,
};

/// The buyer account area's message files: cart, checkout, orders, disputes, reviews, sign-in and account.
const ACCOUNT_FILES: &[&str] = &["account.ftl"];

/// Every path the shop's eager routes do not take (`/cart`, `/checkout`, `/orders/...`, `/account/...`,
/// `/signin`, ...) and unknown paths. The view, and everything only these pages use, lives in the
/// `account_area` wasm chunk; paths it does not know show the not-found page.
#[derive(Debug)]
pub struct AccountAreaRoute {
    i18n: I18n,
}

impl LazyRoute for AccountAreaRoute {
    fn data() -> Self {
        Self { i18n: use_i18n() }
    }

    async fn preload() {
        let _ = preload_account_area().await;
    }

    async fn view(this: Self) -> AnyView {
        open_section(
            this.i18n,
            ACCOUNT_FILES,
            preload_account_area(),
            account_area_view,
        )
        .await
    }
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
