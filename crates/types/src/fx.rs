//! Reference exchange rates (`GET /api/fx`) and the conversions the app shows prices with.
//!
//! The server publishes the ECB-style table: units of each currency per one unit of `base` (the euro), in
//! integer millionths. Any pair is derived from it with [`Rate::cross`], so the app and the server convert the
//! same way, with integers only.

use crate::{Currency, Money, MoneyError, Rate, Rounding};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The reference rates of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FxRates {
    /// The publication date of the rates, `YYYY-MM-DD`.
    pub date: String,
    /// The currency every rate is quoted against (EUR for ECB rates); its own rate is `1_000_000`.
    pub base: Currency,
    /// Units of each currency per one unit of `base`, times 1,000,000.
    pub rates: BTreeMap<Currency, i64>,
}

impl FxRates {
    /// Units of `currency` per one unit of `base`, in millionths; the base itself is exactly one.
    fn per_base_micros(&self, currency: Currency) -> Option<i64> {
        if currency == self.base {
            return Some(1_000_000);
        }
        self.rates.get(&currency).copied().filter(|&m| m > 0)
    }

    /// The rate from `from` to `to` through the base currency, or `None` if either is not in the table.
    pub fn rate(&self, from: Currency, to: Currency) -> Option<Rate> {
        if from == to {
            return Some(Rate {
                base: from,
                quote: to,
                micros: 1_000_000,
            });
        }
        let from_micros = self.per_base_micros(from)?;
        let to_micros = self.per_base_micros(to)?;
        Rate::cross(from, from_micros, to, to_micros).ok()
    }

    /// `amount` in `to`, rounded half away from zero to `to`'s minor units (displayed prices).
    ///
    /// `Ok(None)` when the table has no rate for the pair.
    pub fn convert(&self, amount: Money, to: Currency) -> Result<Option<Money>, MoneyError> {
        match self.rate(amount.currency, to) {
            Some(rate) => amount.convert(rate, Rounding::HalfAwayFromZero).map(Some),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cur(code: &str) -> Currency {
        code.parse().unwrap()
    }

    /// The currencies the app's picker offers.
    const PICKER: &[&str] = &[
        "USD", "EUR", "GBP", "RUB", "BRL", "CNY", "JPY", "KRW", "INR", "TRY", "SAR", "AED", "KWD",
        "MXN", "PLN", "UAH",
    ];

    /// ECB-style reference rates of a plausible day (units per EUR, millionths).
    fn sample() -> FxRates {
        let rates = [
            ("USD", 1_085_700),
            ("GBP", 855_630),
            ("RUB", 99_120_000),
            ("BRL", 6_251_400),
            ("CNY", 7_853_100),
            ("JPY", 161_520_000),
            ("KRW", 1_508_230_000),
            ("INR", 91_672_000),
            ("TRY", 37_245_000),
            ("SAR", 4_071_400),
            ("AED", 3_987_300),
            ("KWD", 333_520),
            ("MXN", 21_843_000),
            ("PLN", 4_312_500),
            ("UAH", 45_012_000),
        ];
        FxRates {
            date: "2026-11-20".into(),
            base: Currency::EUR,
            rates: rates.iter().map(|&(c, m)| (cur(c), m)).collect(),
        }
    }

    #[test]
    fn payload_shape_matches_the_endpoint() {
        let json = r#"{"date":"2026-11-20","base":"EUR","rates":{"JPY":161520000,"USD":1085700}}"#;
        let fx: FxRates = serde_json::from_str(json).unwrap();
        assert_eq!(fx.base, Currency::EUR);
        assert_eq!(fx.rates[&cur("JPY")], 161_520_000);
        assert_eq!(serde_json::to_string(&fx).unwrap(), json);
    }

    #[test]
    fn unknown_currency_codes_are_refused() {
        let json = r#"{"date":"2026-11-20","base":"EUR","rates":{"XYZ":1}}"#;
        assert!(serde_json::from_str::<FxRates>(json).is_err());
    }

    #[test]
    fn usd_to_yen_through_the_euro() {
        // 1 USD = 161.52 / 1.0857 = 148.770379 JPY; $12.34 → ¥1835.83 → ¥1836 (no decimals).
        let fx = sample();
        let yen = fx
            .convert(Money::new(1234, Currency::USD), cur("JPY"))
            .unwrap()
            .unwrap();
        assert_eq!(yen, Money::new(1836, cur("JPY")));
        assert_eq!(yen.to_decimal_string(), "1836");
    }

    #[test]
    fn usd_to_dinar_keeps_three_decimals() {
        // 1 USD = 0.33352 / 1.0857 = 0.307193 KWD; $100.00 → 30.7193 KWD → 30.719.
        let fx = sample();
        let kwd = fx
            .convert(Money::new(10_000, Currency::USD), cur("KWD"))
            .unwrap()
            .unwrap();
        assert_eq!(kwd.to_decimal_string(), "30.719");
    }

    #[test]
    fn same_currency_and_missing_rates() {
        let fx = sample();
        let usd = Money::new(1999, Currency::USD);
        assert_eq!(fx.convert(usd, Currency::USD).unwrap(), Some(usd));
        assert_eq!(fx.convert(usd, cur("CHF")).unwrap(), None);
        assert_eq!(
            fx.convert(usd, Currency::EUR).unwrap(),
            Some(Money::new(1841, Currency::EUR))
        );
    }

    proptest! {
        /// For every picker currency, the displayed amount is within half a minor unit of the exact value
        /// `amount × to_per_eur / from_per_eur` computed with the cross rate the table yields, and the cross
        /// rate itself is within half a millionth of the exact ratio: nothing is lost or invented beyond the
        /// two stated roundings.
        #[test]
        fn conversion_loses_nothing_beyond_rounding(
            minor in -10_000_000_000_i64..10_000_000_000,
            idx in 0usize..PICKER.len(),
        ) {
            let fx = sample();
            let to = cur(PICKER[idx]);
            let rate = fx.rate(Currency::USD, to).unwrap();
            // The cross rate: |micros − 10^6 · to/usd| ≤ 1/2.
            let usd = i128::from(fx.per_base_micros(Currency::USD).unwrap());
            let per = i128::from(fx.per_base_micros(to).unwrap());
            prop_assert!((2 * i128::from(rate.micros) * usd - 2 * per * 1_000_000).abs() <= usd);
            // The amount: |got − minor · micros / 10^6 · 10^e_to / 10^2| ≤ 1/2.
            let got = fx.convert(Money::new(minor, Currency::USD), to).unwrap().unwrap();
            prop_assert_eq!(got.currency, to);
            let num = i128::from(minor) * i128::from(rate.micros) * i128::from(to.minor_per_major());
            let den = 1_000_000_i128 * 100;
            prop_assert!((2 * i128::from(got.minor) * den - 2 * num).abs() <= den);
            // Sign is kept and zero stays zero.
            prop_assert_eq!(got.minor.signum() * minor.signum() >= 0, true);
        }

        /// Converting into a currency and back drifts by no more than the stated roundings allow: half a
        /// minor unit of each leg, plus half a millionth on each six-decimal cross rate (which matters for
        /// small-valued units such as KRW → USD, whose rate 0.000720 is itself rounded).
        #[test]
        fn round_trip_drift_is_bounded_by_the_roundings(
            minor in 0_i64..1_000_000_000,
            idx in 0usize..PICKER.len(),
        ) {
            let fx = sample();
            let to = cur(PICKER[idx]);
            let there = fx.convert(Money::new(minor, Currency::USD), to).unwrap().unwrap();
            let back = fx.convert(there, Currency::USD).unwrap().unwrap();
            let r1 = i128::from(fx.rate(Currency::USD, to).unwrap().micros);
            let r2 = i128::from(fx.rate(to, Currency::USD).unwrap().micros);
            let unit = 1_000_000 * i128::from(to.minor_per_major());
            // In cents, rounded up: one minor unit of `to`; `there` times a half-millionth error in r2;
            // `minor` times the relative half-millionth error in r1; and the final half cent.
            let ceil = |n: i128, d: i128| (n + d - 1) / d;
            let one_unit = ceil(r2 * 100, unit);
            let r2_error = ceil(i128::from(there.minor) * 100, 2 * unit);
            let r1_error = ceil(i128::from(minor), 2 * r1.max(1)) + 1;
            let bound = one_unit + r2_error + r1_error + 1;
            let drift = i128::from((back.minor - minor).abs());
            prop_assert!(drift <= bound,
                "{} USD cents -> {} -> {} (bound {})", minor, there.to_decimal_string(), back.minor, bound);
        }

        /// Converting is monotonic: a larger price never shows as a smaller converted price.
        #[test]
        fn conversion_is_monotonic(a in 0_i64..1_000_000_000, b in 0_i64..1_000_000_000, idx in 0usize..PICKER.len()) {
            let fx = sample();
            let to = cur(PICKER[idx]);
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            let lo = fx.convert(Money::new(lo, Currency::USD), to).unwrap().unwrap();
            let hi = fx.convert(Money::new(hi, Currency::USD), to).unwrap().unwrap();
            prop_assert!(lo.minor <= hi.minor);
        }
    }
}
