//! The destination filter: only listings that deliver to the chosen country, named in the buyer's language.

use super::search_url;
use crate::{api::SearchParams, contexts::use_i18n, countries::CountryNames};
use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate};

/// "Anywhere" and every country, sorted the way the buyer's language sorts.
#[component]
pub fn ShipsToPicker(params: Memo<SearchParams>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let locale = i18n.locale();
    let countries = CountryNames::new(&locale).all_sorted(&locale);
    let chosen = move || params.read().ships_to.clone().unwrap_or_default();
    view! {
        <div class="cv-field">
            <label class="cv-field__label" for="cv-search-ships-to">{i18n.t("search-ships-to")}</label>
            <select
                id="cv-search-ships-to"
                class="cv-field__select"
                autocomplete="country"
                prop:value=chosen
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    let next = SearchParams {
                        ships_to: (!code.is_empty()).then_some(code),
                        ..params.get_untracked()
                    };
                    navigate(&search_url(&next), NavigateOptions::default());
                }
            >
                <option value="" selected=move || chosen().is_empty()>{i18n.t("search-ships-anywhere")}</option>
                {countries.into_iter().map(|(code, name)| view! {
                    <option value=code selected=move || chosen() == code>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
