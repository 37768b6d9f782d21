use crate::{
    contexts::{use_currency, use_i18n},
    money_format::format_money,
};
use caravan_i18n::Arg;
use caravan_types::Money;
use leptos::prelude::*;

/// A price in the buyer's display currency, formatted for the active locale, with the undiscounted price
/// struck through when there is one. A converted price is marked "≈" and names the amount it came from.
#[component]
pub fn Price(
    /// What the buyer pays, in the settlement currency.
    price: Money,
    /// The price before a discount, if discounted.
    #[prop(optional_no_strip)]
    original: Option<Money>,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    let locale = i18n.locale();
    let original = original.filter(|o| *o != price);
    move || {
        let now = currency.show(price, &locale);
        let title = now.approximate.then(|| {
            i18n.t_args(
                "price-approximate",
                &[("amount", Arg::from(format_money(price, &locale)))],
            )
        });
        let before = original.map(|o| currency.show(o, &locale));
        view! {
            <span class="cv-price" class:cv-price--approximate=now.approximate>
                <span class="cv-price__now" title=title>
                    {now.approximate.then_some("≈\u{a0}")}
                    {now.text}
                </span>
                {before.map(|before| {
                    let label = i18n.t("price-was");
                    view! {
                        <s class="cv-price__was">
                            <span class="cv-visually-hidden">{label}</span>
                            {before.text}
                        </s>
                    }
                })}
            </span>
        }
    }
}
