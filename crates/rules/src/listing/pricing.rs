//! LST-8 price, LST-10 goods cheaper than their shipping, LST-12 margin advice. All in integer minor units.

use super::Prepared;
use crate::{
    Engine,
    verdicts::{Report, indexed, keys, num, text},
};
use caravan_types::{Currency, Money, Rate, Rounding};

/// Largest amount converted to USD (see `check`).
const MAX_CONVERTIBLE_MINOR: u64 = 1_000_000_000_000_000;
/// Largest believable rate: a million USD per unit, in millionths.
const MAX_RATE_MICROS: i64 = 1_000_000_000_000;

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let draft = p.draft;
    let usd = |minor: i64| -> Option<i64> {
        if draft.currency == Currency::USD {
            return Some(minor);
        }
        // Beyond 10^15 minor units every currency is far above the USD limit; bounding the inputs also
        // keeps the exact i128 conversion from overflowing.
        if minor.unsigned_abs() > MAX_CONVERTIBLE_MINOR {
            return Some(if minor > 0 { i64::MAX } else { i64::MIN });
        }
        let micros = p
            .ctx
            .usd_rate_micros
            .filter(|m| (1..=MAX_RATE_MICROS).contains(m))?;
        let rate = Rate {
            base: draft.currency,
            quote: Currency::USD,
            micros,
        };
        Money::new(minor, draft.currency)
            .convert(rate, Rounding::HalfEven)
            .ok()
            .map(|m| m.minor)
    };
    let usd_text = |minor: i64| Money::new(minor, Currency::USD).to_decimal_string();
    let median = p
        .categories
        .iter()
        .rev()
        .find_map(|c| c.price_median_usd_minor);
    let cheapest_shipping = p
        .ctx
        .shipping
        .as_ref()
        .and_then(|t| t.options.iter().map(|o| o.cost_minor).min());

    for (i, sku) in draft.skus.iter().enumerate() {
        // Formatted only when a verdict needs it: most SKUs pass.
        let field = || indexed("skus", i, ".price");
        let price_usd = usd(sku.price_minor);
        let out_of_range = sku.price_minor <= 0
            || price_usd.is_some_and(|usd| {
                usd < limits.price_min_usd_minor || usd > limits.price_max_usd_minor
            });
        if out_of_range {
            report.push(
                keys::LST_8_PRICE_OUT_OF_RANGE,
                field(),
                [
                    ("min", text(usd_text(limits.price_min_usd_minor))),
                    ("max", text(usd_text(limits.price_max_usd_minor))),
                    ("currency", text("USD")),
                ],
            );
        }
        if let Some(discount) = sku.discount_price_minor {
            let discount_field = || indexed("skus", i, ".discount_price");
            if discount <= 0 {
                report.push(keys::LST_8_DISCOUNT_NOT_POSITIVE, discount_field(), []);
            } else if discount >= sku.price_minor {
                report.push(keys::LST_8_DISCOUNT_NOT_BELOW_PRICE, discount_field(), []);
            }
        }
        if !out_of_range && let (Some(median), Some(price)) = (median, price_usd) {
            let low =
                i128::from(price) * i128::from(limits.price_band_low_divisor) < i128::from(median);
            let high = i128::from(price)
                > i128::from(median) * i128::from(limits.price_band_high_multiplier);
            if low || high {
                report.push(
                    keys::LST_8_PRICE_UNUSUAL,
                    field(),
                    [
                        ("median", text(usd_text(median))),
                        ("currency", text("USD")),
                    ],
                );
            }
        }

        let selling = sku
            .discount_price_minor
            .filter(|d| *d > 0 && *d < sku.price_minor)
            .unwrap_or(sku.price_minor);
        if let Some(shipping) = cheapest_shipping
            && shipping > 0
            && selling > 0
            && selling < shipping
        {
            let money = |minor| Money::new(minor, draft.currency).to_decimal_string();
            report.push(
                keys::LST_10_SELL_AS_BUNDLE,
                field(),
                [
                    ("price", text(money(selling))),
                    ("shipping", text(money(shipping))),
                ],
            );
        }

        if let Some(cost) = p.ctx.unit_cost_minor.filter(|c| *c > 0)
            && selling > 0
        {
            let margin = (i128::from(selling) - i128::from(cost)) * 100 / i128::from(cost);
            if margin < i128::from(limits.margin_min_percent) {
                report.push(
                    keys::LST_12_MARGIN_LOW,
                    field(),
                    [
                        ("margin", num(i64::try_from(margin).unwrap_or(i64::MIN))),
                        ("min", num(limits.margin_min_percent)),
                    ],
                );
            } else if margin > i128::from(limits.margin_max_percent) {
                report.push(
                    keys::LST_12_MARGIN_HIGH,
                    field(),
                    [
                        ("margin", num(i64::try_from(margin).unwrap_or(i64::MAX))),
                        ("max", num(limits.margin_max_percent)),
                    ],
                );
            }
        }
    }
}
