//! Money as integer minor units of a currency, and conversion between currencies.
//!
//! Floats never touch an amount. A conversion is one exact rational computation in `i128` followed by one
//! explicit rounding step.

use crate::Currency;
use serde::{Deserialize, Serialize};

/// An amount of money: integer minor units (cents, yen, fils) of one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    /// Minor units; `1999` USD is $19.99, `1999` JPY is ¥1,999.
    pub minor: i64,
    /// The currency the minor units belong to.
    pub currency: Currency,
}

/// Why a money computation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// The two amounts are in different currencies.
    #[error("cannot combine `{0}` with `{1}`")]
    CurrencyMismatch(Currency, Currency),
    /// The result does not fit in 64 bits of minor units.
    #[error("amount out of range")]
    Overflow,
    /// A rate of zero or below.
    #[error("exchange rate must be positive")]
    BadRate,
}

/// How a conversion rounds a result that falls between two minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Rounding {
    /// Half a minor unit or more rounds away from zero (commercial rounding); used for displayed prices.
    HalfAwayFromZero,
    /// Ties go to the even neighbour (banker's rounding); unbiased over many amounts.
    HalfEven,
    /// Down to the minor unit at or below the exact value: the lower bound of a range that must not leave
    /// out anything the buyer asked for (a price filter's minimum).
    Floor,
    /// Up to the minor unit at or above the exact value: the upper bound of such a range.
    Ceiling,
}

/// An exchange rate: how many units of `quote` one unit of `base` buys, as an integer number of millionths.
///
/// The ECB publishes at most six significant digits, so millionths hold its rates exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rate {
    /// The currency being converted from.
    pub base: Currency,
    /// The currency being converted into.
    pub quote: Currency,
    /// Units of `quote` per unit of `base`, times 1,000,000.
    pub micros: i64,
}

impl Money {
    /// An amount in a currency.
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Money { minor, currency }
    }

    /// Zero in a currency.
    pub const fn zero(currency: Currency) -> Self {
        Money { minor: 0, currency }
    }

    /// Sum of two amounts of the same currency.
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch(self.currency, other.currency));
        }
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// This amount times a whole quantity.
    pub fn checked_mul(self, quantity: i64) -> Result<Money, MoneyError> {
        let minor = self
            .minor
            .checked_mul(quantity)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// Converts into `rate.quote`, rounding once at the end.
    pub fn convert(self, rate: Rate, rounding: Rounding) -> Result<Money, MoneyError> {
        if self.currency != rate.base {
            return Err(MoneyError::CurrencyMismatch(self.currency, rate.base));
        }
        if rate.micros <= 0 {
            return Err(MoneyError::BadRate);
        }
        // minor_q = minor_b / 10^e_b * rate * 10^e_q, done as one fraction.
        let numerator = i128::from(self.minor)
            .checked_mul(i128::from(rate.micros))
            .and_then(|n| n.checked_mul(i128::from(rate.quote.minor_per_major())))
            .ok_or(MoneyError::Overflow)?;
        let denominator = 1_000_000_i128 * i128::from(rate.base.minor_per_major());
        let minor = divide_rounded(numerator, denominator, rounding);
        let minor = i64::try_from(minor).map_err(|_| MoneyError::Overflow)?;
        Ok(Money::new(minor, rate.quote))
    }

    /// The amount in major units as a plain decimal string, e.g. `"19.99"`, `"1999"` (JPY), `"-0.050"` (KWD).
    ///
    /// Locale-aware formatting (symbols, separators) happens in the app; this is for machines and logs.
    pub fn to_decimal_string(&self) -> String {
        let exp = usize::from(self.currency.minor_units());
        let sign = if self.minor < 0 { "-" } else { "" };
        let digits = self.minor.unsigned_abs().to_string();
        if exp == 0 {
            return format!("{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = exp + 1);
        let (major, minor) = padded.split_at(padded.len() - exp);
        format!("{sign}{major}.{minor}")
    }
}

impl Rate {
    /// A rate from `base` to `quote` through a common third currency (how ECB euro rates become USD rates):
    /// `base_per_common` and `quote_per_common` are both "units per one unit of the common currency".
    ///
    /// The cross rate is rounded half-even to millionths, which is finer than any published rate.
    pub fn cross(
        base: Currency,
        base_per_common_micros: i64,
        quote: Currency,
        quote_per_common_micros: i64,
    ) -> Result<Rate, MoneyError> {
        if base_per_common_micros <= 0 || quote_per_common_micros <= 0 {
            return Err(MoneyError::BadRate);
        }
        // i64 × 10^6 always fits in i128.
        let micros = divide_rounded(
            i128::from(quote_per_common_micros) * 1_000_000,
            i128::from(base_per_common_micros),
            Rounding::HalfEven,
        );
        let micros = i64::try_from(micros).map_err(|_| MoneyError::Overflow)?;
        if micros <= 0 {
            return Err(MoneyError::BadRate);
        }
        Ok(Rate {
            base,
            quote,
            micros,
        })
    }
}

/// `numerator / denominator` (denominator > 0) rounded to an integer by `rounding`.
fn divide_rounded(numerator: i128, denominator: i128, rounding: Rounding) -> i128 {
    // With a positive denominator, Euclidean division gives the floor and a remainder in [0, denominator).
    let quotient = numerator.div_euclid(denominator);
    let remainder = numerator.rem_euclid(denominator);
    let half = |tie_up: bool| match (remainder * 2).cmp(&denominator) {
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => tie_up,
    };
    let round_up = match rounding {
        Rounding::Floor => false,
        Rounding::Ceiling => remainder != 0,
        // A tie: `quotient` is below the exact value, `quotient + 1` above it.
        Rounding::HalfAwayFromZero => half(numerator >= 0),
        Rounding::HalfEven => half(quotient % 2 != 0),
    };
    if round_up { quotient + 1 } else { quotient }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cur(code: &str) -> Currency {
        code.parse().unwrap()
    }

    #[test]
    fn decimal_strings_respect_minor_units() {
        assert_eq!(Money::new(1999, Currency::USD).to_decimal_string(), "19.99");
        assert_eq!(Money::new(5, Currency::USD).to_decimal_string(), "0.05");
        assert_eq!(Money::new(-5, Currency::USD).to_decimal_string(), "-0.05");
        assert_eq!(Money::new(1235, cur("JPY")).to_decimal_string(), "1235");
        assert_eq!(Money::new(1500, cur("KWD")).to_decimal_string(), "1.500");
    }

    #[test]
    fn converts_between_exponents() {
        // $12.34 at 150.5 JPY/USD = ¥1857.17 → ¥1857.
        let rate = Rate {
            base: Currency::USD,
            quote: cur("JPY"),
            micros: 150_500_000,
        };
        let yen = Money::new(1234, Currency::USD)
            .convert(rate, Rounding::HalfAwayFromZero)
            .unwrap();
        assert_eq!(yen, Money::new(1857, cur("JPY")));
        // $1.00 at 0.307 KWD/USD = 0.307 KWD = 307 fils.
        let rate = Rate {
            base: Currency::USD,
            quote: cur("KWD"),
            micros: 307_000,
        };
        let fils = Money::new(100, Currency::USD)
            .convert(rate, Rounding::HalfAwayFromZero)
            .unwrap();
        assert_eq!(fils.minor, 307);
    }

    #[test]
    fn ties_round_as_declared() {
        assert_eq!(divide_rounded(5, 2, Rounding::HalfAwayFromZero), 3);
        assert_eq!(divide_rounded(-5, 2, Rounding::HalfAwayFromZero), -3);
        assert_eq!(divide_rounded(5, 2, Rounding::HalfEven), 2);
        assert_eq!(divide_rounded(7, 4, Rounding::Floor), 1);
        assert_eq!(divide_rounded(-7, 4, Rounding::Floor), -2);
        assert_eq!(divide_rounded(5, 4, Rounding::Ceiling), 2);
        assert_eq!(divide_rounded(-5, 4, Rounding::Ceiling), -1);
        assert_eq!(divide_rounded(8, 4, Rounding::Ceiling), 2);
        assert_eq!(divide_rounded(7, 2, Rounding::HalfEven), 4);
        assert_eq!(divide_rounded(-5, 2, Rounding::HalfEven), -2);
        assert_eq!(divide_rounded(4, 3, Rounding::HalfEven), 1);
        assert_eq!(divide_rounded(5, 3, Rounding::HalfEven), 2);
    }

    #[test]
    fn cross_rate_from_euro_rates() {
        // ECB style: 1 EUR = 1.0857 USD, 1 EUR = 161.52 JPY → 1 USD = 148.7703785... JPY, rounded to millionths.
        let rate = Rate::cross(Currency::USD, 1_085_700, cur("JPY"), 161_520_000).unwrap();
        assert_eq!(rate.micros, 148_770_379);
    }

    #[test]
    fn extreme_amounts_overflow_instead_of_panicking() {
        let rate = Rate {
            base: Currency::USD,
            quote: "KWD".parse().unwrap(),
            micros: i64::MAX,
        };
        assert_eq!(
            Money::new(i64::MAX, Currency::USD).convert(rate, Rounding::HalfEven),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn mismatched_currencies_are_refused() {
        let eur = Money::new(1, Currency::EUR);
        assert_eq!(
            Money::new(1, Currency::USD).checked_add(eur),
            Err(MoneyError::CurrencyMismatch(Currency::USD, Currency::EUR))
        );
    }

    proptest! {
        /// Converting never moves the result more than half a minor unit from the exact value.
        #[test]
        fn conversion_error_is_at_most_half_a_minor_unit(
            minor in -1_000_000_000_i64..1_000_000_000,
            micros in 1_i64..10_000_000_000,
            quote_index in 0usize..crate::currency::CURRENCIES.len(),
        ) {
            let quote = Currency::all().nth(quote_index).unwrap();
            let rate = Rate { base: Currency::USD, quote, micros };
            let got = Money::new(minor, Currency::USD).convert(rate, Rounding::HalfEven).unwrap();
            let exact_num = i128::from(minor) * i128::from(micros) * i128::from(quote.minor_per_major());
            let den = 1_000_000_i128 * 100;
            // |got - exact| <= 1/2  <=>  |2 * got * den - 2 * exact_num| <= den
            let diff = (2 * i128::from(got.minor) * den - 2 * exact_num).abs();
            prop_assert!(diff <= den);
        }

        /// Floor and ceiling bracket the exact value within one minor unit, and meet when it is exact.
        #[test]
        fn floor_and_ceiling_bracket_the_exact_value(
            minor in -1_000_000_000_i64..1_000_000_000,
            micros in 1_i64..10_000_000_000,
            quote_index in 0usize..crate::currency::CURRENCIES.len(),
        ) {
            let quote = Currency::all().nth(quote_index).unwrap();
            let rate = Rate { base: Currency::USD, quote, micros };
            let money = Money::new(minor, Currency::USD);
            let low = i128::from(money.convert(rate, Rounding::Floor).unwrap().minor);
            let high = i128::from(money.convert(rate, Rounding::Ceiling).unwrap().minor);
            let exact_num = i128::from(minor) * i128::from(micros) * i128::from(quote.minor_per_major());
            let den = 1_000_000_i128 * 100;
            prop_assert!(low * den <= exact_num && exact_num <= high * den);
            prop_assert!(high - low == i128::from(exact_num % den != 0));
        }

        /// Any amount and any positive rate either converts or says it overflowed; it never panics.
        #[test]
        fn conversion_never_panics(minor in any::<i64>(), micros in 1_i64..=i64::MAX, idx in 0usize..crate::currency::CURRENCIES.len()) {
            let quote = Currency::all().nth(idx).unwrap();
            let rate = Rate { base: Currency::USD, quote, micros };
            let _ = Money::new(minor, Currency::USD).convert(rate, Rounding::HalfAwayFromZero);
        }

        #[test]
        fn decimal_string_round_trips(minor in any::<i64>(), idx in 0usize..crate::currency::CURRENCIES.len()) {
            let currency = Currency::all().nth(idx).unwrap();
            let text = Money::new(minor, currency).to_decimal_string();
            let digits: String = text.chars().filter(|c| *c != '.').collect();
            prop_assert_eq!(digits.parse::<i128>().unwrap(), i128::from(minor));
        }
    }
}
