use crate::contexts::{LocaleStatus, use_i18n};
use caravan_i18n::LOCALES;
use leptos::prelude::*;

/// The language picker: every offered locale by its own name. Choosing one fetches its messages and then
/// switches the whole page; the picker is busy meanwhile.
#[component]
pub fn LocalePicker() -> impl IntoView {
    let i18n = use_i18n();
    let active = i18n.active().get_untracked().tag;
    let busy = move || matches!(i18n.status().get(), LocaleStatus::Loading(_));
    view! {
        <label class="cv-picker">
            <span class="cv-picker__icon" aria-hidden="true">"文A"</span>
            <select
                class="cv-picker__select"
                aria-label=i18n.t("language-label")
                aria-busy=move || busy().then_some("true")
                on:change=move |ev| i18n.switch_to(&event_target_value(&ev))
            >
                {LOCALES.iter().map(|l| view! {
                    <option value=l.tag lang=l.tag selected=l.tag == active>{l.autonym}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
