//! Card checks made before anything is sent to a provider: number (Luhn), expiry and security code.

use caravan_types::{api::FieldError, order::CardDetails};

/// The card number's digits, without the spaces and dashes people type.
pub fn digits(number: &str) -> String {
    number.chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

/// Whether `digits` passes the Luhn checksum.
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

/// The card network by number prefix.
pub fn brand(digits: &str) -> &'static str {
    let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
    match (prefix(1), prefix(2), prefix(4)) {
        (Some(4), _, _) => "visa",
        (_, Some(51..=55), _) | (_, _, Some(2221..=2720)) => "mastercard",
        (_, Some(34 | 37), _) => "amex",
        (_, Some(65), _) | (_, _, Some(6011)) => "discover",
        _ => "unknown",
    }
}

/// Field errors of a card at `now` (Unix seconds); empty when it may be charged.
pub fn check(card: &CardDetails, now: i64) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |path: &str, code: &str, message: &str| {
        errors.push(FieldError {
            path: path.to_owned(),
            code: code.to_owned(),
            message: message.to_owned(),
        });
    };
    let number = digits(&card.number);
    if !(12..=19).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        push(
            "card.number",
            "invalid_card_number",
            "a card number has 12 to 19 digits",
        );
    } else if !luhn(&number) {
        push(
            "card.number",
            "invalid_card_number",
            "this card number has a typo (its check digit does not match)",
        );
    }
    if !(1..=12).contains(&card.exp_month) {
        push("card.exp_month", "invalid", "the month goes from 1 to 12");
    } else if !(2000..=2200).contains(&card.exp_year) {
        push("card.exp_year", "invalid", "use the four-digit year");
    } else {
        // A card is valid through the last day of its expiry month (UTC).
        let (year, month) = year_month(now);
        if (i64::from(card.exp_year), i64::from(card.exp_month)) < (year, month) {
            push("card.exp_year", "card_expired", "this card has expired");
        }
    }
    let cvc_len = if brand(&number) == "amex" { 4 } else { 3 };
    if card.cvc.len() != cvc_len || !card.cvc.bytes().all(|b| b.is_ascii_digit()) {
        push(
            "card.cvc",
            "invalid_cvc",
            if cvc_len == 4 {
                "the security code has 4 digits"
            } else {
                "the security code has 3 digits"
            },
        );
    }
    if card
        .holder
        .as_deref()
        .is_some_and(|h| h.chars().count() > 100)
    {
        push("card.holder", "too_long", "at most 100 characters");
    }
    errors
}

/// The UTC year and month of a Unix time.
fn year_month(now: i64) -> (i64, i64) {
    let date = caravan_rules::time::date_string(now);
    let year = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(1970);
    let month = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    (year, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str, month: u32, year: u32, cvc: &str) -> CardDetails {
        CardDetails {
            number: number.into(),
            exp_month: month,
            exp_year: year,
            cvc: cvc.into(),
            holder: None,
        }
    }

    // 2026-11-23.
    const NOW: i64 = 1_795_392_000;

    #[test]
    fn luhn_and_brands() {
        assert!(luhn("4242424242424242"));
        assert!(luhn("4000000000000002"));
        assert!(!luhn("4242424242424241"));
        assert_eq!(brand("4242424242424242"), "visa");
        assert_eq!(brand("5555555555554444"), "mastercard");
        assert_eq!(brand("2223003122003222"), "mastercard");
        assert_eq!(brand("378282246310005"), "amex");
        assert_eq!(brand("6011111111111117"), "discover");
        assert_eq!(digits("4242 4242-4242 4242"), "4242424242424242");
    }

    #[test]
    fn checks_number_expiry_and_cvc() {
        assert!(check(&card("4242 4242 4242 4242", 11, 2026, "123"), NOW).is_empty());
        let codes = |c: &CardDetails| -> Vec<String> {
            check(c, NOW)
                .into_iter()
                .map(|e| format!("{}:{}", e.path, e.code))
                .collect()
        };
        assert_eq!(
            codes(&card("4242424242424241", 10, 2026, "12")),
            [
                "card.number:invalid_card_number",
                "card.exp_year:card_expired",
                "card.cvc:invalid_cvc"
            ]
        );
        assert_eq!(
            codes(&card("42", 13, 2030, "123")),
            ["card.number:invalid_card_number", "card.exp_month:invalid"]
        );
        assert_eq!(
            codes(&card("378282246310005", 1, 2030, "123")),
            ["card.cvc:invalid_cvc"]
        );
        assert!(codes(&card("378282246310005", 1, 2030, "1234")).is_empty());
    }
}
