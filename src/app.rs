//! The root component: context providers and the one route table.

use crate::{
    components::layout::SiteHeader,
    contexts::provide_i18n,
    pages::{
        NotFoundPage,
        shop::{HomePage, ProductRoute},
    },
};
use leptos::prelude::*;
use leptos_router::{
    Lazy,
    components::{Route, Router, Routes},
    path,
};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    view! {
        <Router>
            <SiteHeader />
            <main class="cv-main" id="main">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/p/:id") view={Lazy::<ProductRoute>::new()} />
                </Routes>
            </main>
        </Router>
    }
}
