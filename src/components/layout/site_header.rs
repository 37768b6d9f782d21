use crate::{
    components::layout::{CurrencyPicker, LocalePicker},
    contexts::{use_i18n, use_shopper},
    routes::AppRoute,
};
use caravan_i18n::Arg;
use leptos::{html, prelude::*};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};

/// The top bar: brand, the search box, the language and currency pickers, the account and cart links, and
/// the skip link for keyboard users. Mirrors the static shell in `index.html` so the switch from shell to app does not move anything.
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
            <ShopperLinks />
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
        let words = input.value();
        let words = words.trim();
        // A new search starts without the last one's filters. Written out rather than through
        // `SearchParams`, whose code then stays in the search page's chunk.
        let url = match words.is_empty() {
            true => AppRoute::Search.path(),
            false => format!(
                "{}?q={}",
                AppRoute::Search.path(),
                crate::api::encode(words)
            ),
        };
        navigate(&url, NavigateOptions::default());
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
                on:focus=|_| super::search_suggestions::enable()
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

/// The account link (named "Sign in" when signed out; the account page asks to sign in first) and the cart
/// link with its item count. Kept to a few reactive values: this is in every page's download. The paths are
/// literal so they go into the static template.
#[component]
fn ShopperLinks() -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let account = move || shopper.name().unwrap_or_else(|| i18n.t("header-sign-in"));
    view! {
        <nav class="cv-header__nav" aria-label=i18n.t("header-shopper-label")>
            // The name is hidden on phones (only the icon shows), so it is also the link's label.
            <a class="cv-header__link" href="/account" aria-label=account>
                <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                    <path d="M4 21a8 8 0 0116 0M16 8a4 4 0 11-8 0 4 4 0 018 0" fill="none" stroke="currentColor" stroke-width="2" />
                </svg>
                <span class="cv-header__link-text">{account}</span>
            </a>
            <a
                class="cv-header__link"
                href="/cart"
                aria-label=move || i18n.t_args("header-cart", &[("count", Arg::from(shopper.cart_count()))])
            >
                // The cart points the way of reading, so right-to-left locales mirror it (style: .cv-flip).
                <svg class="cv-flip" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                    <path d="M3 4h2l2 11h11l2-8H6M9 19h.01M17 19h.01" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
                </svg>
                // Empty, and hidden by CSS, when the cart is.
                <span class="cv-header__badge">
                    {move || match shopper.cart_count() {
                        0 => String::new(),
                        n => n.to_string(),
                    }}
                </span>
            </a>
        </nav>
    }
}
