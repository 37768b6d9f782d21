use crate::{contexts::use_i18n, routes::AppRoute};
use leptos::prelude::*;

/// Shown for any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="cv-page cv-not-found">
            <h1>{i18n.t("not-found-title")}</h1>
            <p>{i18n.t("not-found-body")}</p>
            <a class="cv-button" href=AppRoute::Home.path()>{i18n.t("not-found-home")}</a>
        </section>
    }
}
