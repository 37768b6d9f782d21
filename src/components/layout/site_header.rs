use crate::{
    components::layout::{CurrencyPicker, LocalePicker},
    contexts::use_i18n,
    routes::AppRoute,
};
use leptos::prelude::*;

/// The top bar: brand, the language and currency pickers, and the skip link for keyboard users. Mirrors the
/// static shell in `index.html` so the switch from shell to app does not move anything.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="cv-skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="cv-header">
            <a href=AppRoute::Home.path() class="cv-header__brand">
                <span class="cv-header__logo" aria-hidden="true">"◆"</span>
                <span>{i18n.t("brand-name")}</span>
            </a>
            <span class="cv-header__tagline">{i18n.t("brand-tagline")}</span>
            <div class="cv-header__prefs">
                <LocalePicker />
                <CurrencyPicker />
            </div>
        </header>
    }
}
