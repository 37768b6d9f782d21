//! The root component: context providers and the one route table.

use crate::{
    components::layout::{SiteHeader, SiteNotices},
    contexts::{InitialLocale, provide_currency, provide_i18n, provide_shopper, use_i18n},
    pages::{NotFoundPage, SectionOutlet, shop::HomePage},
};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole app, starting in `initial`'s locale.
#[component]
pub fn App(
    /// The negotiated locale and its translations.
    initial: InitialLocale,
) -> impl IntoView {
    provide_i18n(initial);
    provide_currency();
    provide_shopper();
    let locale = use_i18n().active();
    view! {
        <Router>
            // Everything below is drawn again in the new language when the locale changes; the URL keeps
            // the place, so the buyer stays on the same page.
            {move || {
                locale.track();
                view! {
                    <SiteHeader />
                    <SiteNotices />
                    <main class="cv-main" id="main">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=HomePage />
                            // Every other page belongs to a lazily loaded section; the outlet picks it.
                            <Route path=path!("/*any") view=SectionOutlet />
                        </Routes>
                    </main>
                }
            }}
        </Router>
    }
}
