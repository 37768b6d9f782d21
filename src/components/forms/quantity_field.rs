use crate::contexts::use_i18n;
use leptos::prelude::*;

/// A quantity: a number field between a "fewer" and a "more" button (each a 44 px target), kept within
/// `1 ..= max`. Typing works too; a value outside the range snaps to it when the field is left.
#[component]
pub fn QuantityField(
    /// The input's id, unique on the page.
    id: String,
    /// The accessible name, e.g. "Quantity" or "Quantity of Red / XL".
    label: String,
    /// The current quantity.
    #[prop(into)]
    value: Signal<i64>,
    /// The most units allowed.
    #[prop(into)]
    max: Signal<i64>,
    /// Runs with the new quantity (already within range).
    on_change: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let group_label = label.clone();
    let set = move |quantity: i64| on_change.run(quantity.clamp(1, max.get_untracked().max(1)));
    view! {
        <div class="cv-quantity" role="group" aria-label=group_label>
            <button
                type="button"
                class="cv-quantity__step"
                aria-label=i18n.t("quantity-fewer")
                disabled=move || { value.get() <= 1 }
                on:click=move |_| set(value.get_untracked() - 1)
            >
                "−"
            </button>
            <input
                class="cv-quantity__input"
                id=id
                type="number"
                inputmode="numeric"
                min="1"
                max=move || max.get().to_string()
                aria-label=label
                prop:value=move || value.get().to_string()
                on:change=move |ev| {
                    let typed = event_target_value(&ev).trim().parse::<i64>().unwrap_or(1);
                    set(typed);
                }
            />
            <button
                type="button"
                class="cv-quantity__step"
                aria-label=i18n.t("quantity-more")
                // Braced: a bare `>=` would end the tag in `view!`.
                disabled=move || { value.get() >= max.get() }
                on:click=move |_| set(value.get_untracked() + 1)
            >
                "+"
            </button>
        </div>
    }
}
