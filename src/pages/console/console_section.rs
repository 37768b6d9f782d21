//! The platform console's section: its chunk, its messages and its own route table under `/admin`.

use super::{
    appeals_page::AppealsPage, arbitration_page::ArbitrationPage,
    console_gate::provide_console_session, console_home_page::ConsoleHomePage,
    console_nav::ConsoleNav, document_review_page::DocumentReviewPage,
    fx_import_page::FxImportPage, penalties_page::PenaltiesPage,
    promotions_review_page::PromotionsReviewPage, shop_review_page::ShopReviewPage,
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

/// The platform console's message files: its screens, the server's error codes, and the rules' explanations
/// (the verdicts a promotion's approval can meet).
const CONSOLE_FILES: &[&str] = &["console.ftl", "errors.ftl", "rules.ftl"];

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
    provide_console_session();
    adopt_section_stylesheet();
    view! {
        <section class="cv-page cv-console">
            <h1 class="cv-visually-hidden">{i18n.t("console-title")}</h1>
            <div class="cv-center">
                <ConsoleNav />
                <div class="cv-center__main">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/admin") view=ConsoleHomePage />
                        <Route path=path!("/admin/shops") view=ShopReviewPage />
                        <Route path=path!("/admin/documents") view=DocumentReviewPage />
                        <Route path=path!("/admin/fx") view=FxImportPage />
                        <Route path=path!("/admin/disputes") view=ArbitrationPage />
                        <Route path=path!("/admin/penalties") view=PenaltiesPage />
                        <Route path=path!("/admin/appeals") view=AppealsPage />
                        <Route path=path!("/admin/promotions") view=PromotionsReviewPage />
                    </Routes>
                </div>
            </div>
        </section>
    }
}
