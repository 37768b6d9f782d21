use crate::contexts::{DISPLAY_CURRENCIES, use_currency, use_i18n};
use caravan_types::Currency;
use leptos::prelude::*;

/// The display-currency picker. Prices are still charged in the settlement currency; other currencies show
/// converted approximations.
#[component]
pub fn CurrencyPicker() -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    view! {
        <label class="cv-picker">
            <select
                class="cv-picker__select"
                aria-label=i18n.t("currency-label")
                on:change=move |ev| {
                    if let Ok(chosen) = event_target_value(&ev).parse::<Currency>() {
                        currency.choose(chosen);
                    }
                }
                prop:value=move || currency.currency().code().to_owned()
            >
                {DISPLAY_CURRENCIES.iter().map(|code| view! {
                    <option value=*code>{*code}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
