//! The platform console's section: its chunk, its messages and its own route table under `/admin`.

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

/// The platform console's message files: its screens.
const CONSOLE_FILES: &[&str] = &["console.ftl", "errors.ftl"];

/// Opens the section of every path under `/admin`. The view, and everything only the console uses, lives in the `console` wasm
/// chunk.
pub(crate) async fn open_console(i18n: I18n) -> AnyView {
    open_section(i18n, CONSOLE_FILES, preload_console(), console_view).await
}

#[wasm_split(console, wasm_split_path = ::leptos::wasm_split, preload(preload_console), fallible)]
fn console_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Console /> }.into_any())
}

/// The platform console's frame and route table; paths are full paths (`/admin/...`).
#[component]
fn Console() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="cv-page cv-console">
            <h1 class="cv-visually-hidden">{i18n.t("console-title")}</h1>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/admin/nothing-yet") view=NotFoundPage />
            </Routes>
        </section>
    }
}
