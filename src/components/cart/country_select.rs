use crate::{contexts::use_i18n, countries::CountryNames};
use leptos::prelude::*;

/// A labelled choice of country (ISO 3166-1 alpha-2 codes), named in the buyer's language by the browser
/// and sorted the way the language sorts.
#[component]
pub fn CountrySelect(
    /// The select's id, unique on the page.
    id: &'static str,
    /// The visible label.
    label: String,
    /// The chosen country's code.
    value: RwSignal<String>,
    /// Runs with the newly chosen code (after `value` changed).
    #[prop(optional)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let countries = CountryNames::new(&locale).all_sorted(&locale);
    view! {
        <div class="cv-form__field">
            <label class="cv-form__label" for=id>{label}</label>
            <select
                id=id
                name=id
                class="cv-form__select"
                autocomplete="country"
                prop:value=move || value.get()
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    value.set(code.clone());
                    if let Some(on_change) = on_change {
                        on_change.run(code);
                    }
                }
            >
                {countries.into_iter().map(|(code, name)| view! {
                    <option value=code selected=move || value.get() == code>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
