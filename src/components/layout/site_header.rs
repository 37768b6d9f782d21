use crate::{
    components::layout::{CurrencyPicker, LocalePicker},
    contexts::use_i18n,
    routes::AppRoute,
};
use leptos::{html, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};

/// The top bar: brand, the search box, the language and currency pickers, and the skip link for keyboard
/// users. Mirrors the static shell in `index.html` so the switch from shell to app does not move anything.
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
            <SearchBox />
            <div class="cv-header__prefs">
                <LocalePicker />
                <CurrencyPicker />
            </div>
        </header>
    }
}

/// The search form: submitting opens `/search?q=…` without reloading the app. It shows the words of the
/// search being looked at, so they can be refined.
#[component]
fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let query = use_query_map();
    let input = NodeRef::<html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = input.get() else { return };
        let words = input.value().trim().to_owned();
        let params = crate::api::SearchParams {
            q: Some(words),
            ..Default::default()
        };
        navigate(
            &format!("{}?{}", AppRoute::Search.path(), params.to_query()),
            NavigateOptions::default(),
        );
    };
    let label = i18n.t("search-label");
    view! {
        <form class="cv-search-box" role="search" action=AppRoute::Search.path() on:submit=on_submit>
            <input
                node_ref=input
                class="cv-search-box__input"
                type="search"
                name="q"
                aria-label=label.clone()
                placeholder=i18n.t("search-placeholder")
                autocomplete="off"
                enterkeyhint="search"
                prop:value=move || query.read().get("q").unwrap_or_default()
            />
            <button class="cv-search-box__submit" type="submit" aria-label=label>
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2" />
                    <path d="M20 20l-4-4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
            </button>
        </form>
    }
}
