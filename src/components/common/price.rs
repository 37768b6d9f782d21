use crate::{contexts::use_i18n, money_format::format_money};
use caravan_types::Money;
use leptos::prelude::*;

/// A price formatted for the active locale, with the undiscounted price struck through when there is one.
#[component]
pub fn Price(
    /// What the buyer pays.
    price: Money,
    /// The price before a discount, if discounted.
    #[prop(optional_no_strip)]
    original: Option<Money>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let now = format_money(price, &locale);
    let before = original
        .filter(|o| *o != price)
        .map(|o| format_money(o, &locale));
    view! {
        <span class="cv-price">
            <span class="cv-price__now">{now}</span>
            {before.map(|before| {
                let label = i18n.t("price-was");
                view! {
                    <s class="cv-price__was">
                        <span class="cv-visually-hidden">{label}</span>
                        {before}
                    </s>
                }
            })}
        </span>
    }
}
