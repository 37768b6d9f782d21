use crate::{
    cart,
    components::common::logistics_name,
    contexts::{use_currency, use_i18n, use_shopper},
};
use caravan_i18n::Arg;
use caravan_types::{Money, SkuId, logistics::LogisticsClass, order::ShopQuote};
use leptos::prelude::*;

/// One way a whole shop's parcel can travel: the class, its cost over the shop's lines and its delivery
/// days (the slowest line's).
struct Choice {
    class: LogisticsClass,
    cost: Money,
    min_days: u16,
    max_days: u16,
}

/// The logistics classes every line of `shop` can use to the destination, with their cost for the shop's
/// lines together, cheapest first. A class missing for one line is not offered for the shop.
fn choices(shop: &ShopQuote) -> Vec<Choice> {
    let Some(first) = shop.lines.first() else {
        return Vec::new();
    };
    first
        .shipping_options
        .iter()
        .filter_map(|option| {
            let mut choice = Choice {
                class: option.class,
                cost: Money::new(0, option.cost.currency),
                min_days: 0,
                max_days: 0,
            };
            for line in &shop.lines {
                let same = line
                    .shipping_options
                    .iter()
                    .find(|o| o.class == option.class)?;
                choice.cost = Money::new(choice.cost.minor + same.cost.minor, same.cost.currency);
                choice.min_days = choice.min_days.max(same.min_days);
                choice.max_days = choice.max_days.max(same.max_days);
            }
            Some(choice)
        })
        .collect()
}

/// The shipping method of one shop's order: a radio group of the classes that reach the destination,
/// with cost and delivery days; choosing one sets it on every line of the shop (one parcel per shop).
#[component]
pub fn ShopShipping(
    /// The shop's part of the latest quote.
    shop: ShopQuote,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    let shopper = use_shopper();
    let locale = i18n.locale();
    let skus: Vec<SkuId> = shop.lines.iter().map(|l| l.sku_id).collect();
    // The class in use: the quote's, when all lines agree.
    let current = shop
        .lines
        .first()
        .and_then(|l| l.shipping.as_ref())
        .map(|s| s.class);
    let group = format!("cv-ship-{}", shop.shop_id);
    let title = i18n.t_args(
        "checkout-shipping-from",
        &[("shop", Arg::from(shop.shop_name.clone()))],
    );
    let options = choices(&shop);
    let body = if options.is_empty() {
        view! { <p class="cv-cart__problem">{i18n.t("checkout-shipping-none")}</p> }.into_any()
    } else {
        options
            .into_iter()
            .map(|choice| {
                let cost = if choice.cost.minor == 0 {
                    i18n.t("totals-free")
                } else {
                    let shown = currency.show(choice.cost, &locale);
                    if shown.approximate {
                        format!("≈\u{a0}{}", shown.text)
                    } else {
                        shown.text
                    }
                };
                let days = i18n.t_args(
                    "product-delivery-days",
                    &[
                        ("min", Arg::from(choice.min_days)),
                        ("max", Arg::from(choice.max_days)),
                    ],
                );
                let skus = skus.clone();
                let class = choice.class;
                view! {
                    <label class="cv-ship">
                        <input
                            class="cv-check__box"
                            type="radio"
                            name=group.clone()
                            prop:checked=current == Some(class)
                            on:change=move |_| cart::set_shipping(shopper, &skus, class)
                        />
                        <span class="cv-ship__class">{logistics_name(class)}</span>
                        <span class="cv-ship__days">{days}</span>
                        <span class="cv-ship__cost">{cost}</span>
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <fieldset class="cv-panel cv-checkout__shop">
            <legend class="cv-panel__title">{title}</legend>
            <ul class="cv-checkout__items">
                {shop.lines.iter().map(|line| view! {
                    <li>{line.title.clone()}" × "{line.quantity}</li>
                }).collect_view()}
            </ul>
            {body}
        </fieldset>
    }
}
