use crate::contexts::I18n;
use caravan_i18n::Arg;
use caravan_types::{
    Money,
    order::{LineProblem, LineProblemCode},
};

/// What is wrong with a cart line, in the buyer's words. `country` names the destination; `show` formats
/// a price as the page shows prices.
pub fn problem_text(
    i18n: I18n,
    problem: &LineProblem,
    country: &str,
    show: impl Fn(Money) -> String,
) -> String {
    let count = |n: Option<i64>| Arg::from(n.unwrap_or_default());
    match problem.code {
        LineProblemCode::Unavailable => i18n.t("cart-problem-unavailable"),
        LineProblemCode::NotShippedToDestination => i18n.t_args(
            "cart-problem-not-shipped",
            &[("country", Arg::from(country))],
        ),
        LineProblemCode::ShippingClassUnavailable => i18n.t_args(
            "cart-problem-class-unavailable",
            &[("country", Arg::from(country))],
        ),
        LineProblemCode::OutOfStock => i18n.t("cart-problem-out-of-stock"),
        LineProblemCode::QuantityOverStock => i18n.t_args(
            "cart-problem-over-stock",
            &[("count", count(problem.available))],
        ),
        LineProblemCode::QuantityOverLimit => i18n.t_args(
            "cart-problem-over-limit",
            &[("count", count(problem.limit))],
        ),
        LineProblemCode::InvalidQuantity => i18n.t("cart-problem-invalid-quantity"),
        LineProblemCode::PriceChanged => match (problem.expected, problem.actual) {
            (Some(was), Some(now)) => i18n.t_args(
                "cart-problem-price-changed",
                &[("was", Arg::from(show(was))), ("now", Arg::from(show(now)))],
            ),
            _ => i18n.t("cart-problem-price-changed-plain"),
        },
        LineProblemCode::DuplicateLine => i18n.t("cart-problem-duplicate"),
        LineProblemCode::OwnListing => i18n.t("cart-problem-own-listing"),
    }
}
