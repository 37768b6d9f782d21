//! The root component: context providers and the one route table.

use crate::{
    components::layout::{SiteHeader, SiteNotices},
    contexts::{InitialLocale, provide_currency, provide_i18n, use_i18n},
    pages::{
        NotFoundPage,
        console::ConsoleRoute,
        seller::SellerCenterRoute,
        shop::{AccountAreaRoute, HomePage, ProductRoute, SearchRoute},
    },
};
use leptos::prelude::*;
use leptos_router::{
    Lazy,
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
                            <Route path=path!("/p/:id") view={Lazy::<ProductRoute>::new()} />
                            <Route path=path!("/search") view={Lazy::<SearchRoute>::new()} />
                            // Sections with their own route tables, each one lazy chunk; the account
                            // area also takes every other path, and shows unknown ones as not found.
                            <Route path=path!("/seller/*any") view={Lazy::<SellerCenterRoute>::new()} />
                            <Route path=path!("/admin/*any") view={Lazy::<ConsoleRoute>::new()} />
                            <Route path=path!("/*any") view={Lazy::<AccountAreaRoute>::new()} />
                        </Routes>
                    </main>
                }
            }}
        </Router>
    }
}
