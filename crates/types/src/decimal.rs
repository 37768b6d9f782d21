//! Decimals as people type them (`18.99`, `18,99`, ` 7 `) and as forms show them, kept as exact integers
//! of `1/10^scale` units: money minor units, grams, hundredths of a centimetre. No floats anywhere, so what
//! a seller or buyer types is exactly what is stored.

/// Parses a decimal typed by a person into an integer count of `1/10^scale` units: `("18.99", 2)` → `1899`.
/// A comma and the Arabic decimal separator `٫` are read as the decimal point, and Arabic-Indic and Persian
/// digits as their ASCII values (phone keyboards in Arabic locales type them). `None` for anything else:
/// signs, letters, grouping, more decimals than `scale` allows, or a value too large for `i64`.
pub fn parse_decimal(text: &str, scale: u8) -> Option<i64> {
    let text: String = text.trim().chars().map(normalise).collect();
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    if fraction.len() > usize::from(scale) {
        return None;
    }
    let unit = 10_i64.checked_pow(u32::from(scale))?;
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut fraction_value: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().ok()?
    };
    for _ in fraction.len()..usize::from(scale) {
        fraction_value = fraction_value.checked_mul(10)?;
    }
    whole.checked_mul(unit)?.checked_add(fraction_value)
}

/// The ASCII form of a digit or decimal separator from the scripts people type numbers in.
fn normalise(c: char) -> char {
    match c {
        ',' | '\u{066B}' => '.',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

/// `value` in units of `1/10^scale` as a plain decimal without trailing zeros: `(1899, 2)` → `18.99`,
/// `(420, 3)` → `0.42`, `(500, 2)` → `5`. The inverse of [`parse_decimal`] for values it accepts.
pub fn format_decimal(value: i64, scale: u8) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let abs = value.unsigned_abs();
    let unit = 10_u64.pow(u32::from(scale));
    let (whole, fraction) = (abs / unit, abs % unit);
    if scale == 0 || fraction == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = format!("{fraction:0width$}", width = usize::from(scale));
    format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse_decimal("12.50", 2), Some(1250));
        assert_eq!(parse_decimal("12,5", 2), Some(1250));
        assert_eq!(parse_decimal(" 7 ", 2), Some(700));
        assert_eq!(parse_decimal(".99", 2), Some(99));
        assert_eq!(parse_decimal("5.", 2), Some(500));
        assert_eq!(parse_decimal("1300", 0), Some(1300));
        assert_eq!(parse_decimal("1.005", 3), Some(1005));
        assert_eq!(parse_decimal("0", 2), Some(0));
        assert_eq!(parse_decimal("١٢٫٥", 2), Some(1250));
        assert_eq!(parse_decimal("۱۲", 0), Some(12));
    }

    #[test]
    fn refuses_anything_else() {
        for bad in [
            "", " ", ".", "-3", "+3", "1.2.3", "1 000", "1,000.5", "abc", "1e3",
        ] {
            assert_eq!(parse_decimal(bad, 2), None, "{bad:?}");
        }
        assert_eq!(parse_decimal("1.5", 0), None);
        assert_eq!(parse_decimal("1.234", 2), None);
        assert_eq!(parse_decimal("99999999999999999999", 2), None);
        assert_eq!(parse_decimal("92233720368547758.08", 2), None);
    }

    #[test]
    fn formats_without_trailing_zeros() {
        assert_eq!(format_decimal(1899, 2), "18.99");
        assert_eq!(format_decimal(420, 3), "0.42");
        assert_eq!(format_decimal(500, 2), "5");
        assert_eq!(format_decimal(-105, 2), "-1.05");
        assert_eq!(format_decimal(7, 0), "7");
        assert_eq!(format_decimal(i64::MIN, 2), "-92233720368547758.08");
    }

    proptest! {
        #[test]
        fn format_then_parse_is_identity(value in 0..i64::MAX, scale in 0u8..=4) {
            prop_assert_eq!(parse_decimal(&format_decimal(value, scale), scale), Some(value));
        }
    }
}
