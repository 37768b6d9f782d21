//! How addresses are written in each country: what the region is called and whether it is needed, what the
//! postal code is called, what it looks like and whether there is one. Countries not listed get the
//! common form (optional region, optional free-form postal code).
//!
//! One set of rules for every side: checkout's form and the account's address book check an address with
//! [`problems`] before sending it, and the server checks the address book's addresses with the same
//! function (and every order's address with [`basic_problems`]), so the browser and the server agree.

use crate::{api::FieldError, order::ShippingAddress};

/// What a country calls its first-level division.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// US, BR, MX, AU, IN …
    State,
    /// CA, CN, ES, AR …
    Province,
    /// JP.
    Prefecture,
    /// GB, IE.
    County,
    /// Everywhere else.
    Region,
}

/// What a country calls its postal code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostalKind {
    /// US.
    Zip,
    /// GB, IE, AU.
    Postcode,
    /// BR.
    Cep,
    /// IN.
    Pin,
    /// Everywhere else.
    PostalCode,
}

/// The address form of one country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressFormat {
    /// The region's name in this country.
    pub region: RegionKind,
    /// Whether mail needs the region.
    pub region_required: bool,
    /// The postal code's name; `None` where the country has none (the field is left out).
    pub postal: Option<PostalKind>,
    /// Accepted shapes of the postal code, `|`-separated: `9` a digit, `A` a letter, anything else itself.
    /// Empty: any text (or none at all) is accepted.
    pub postal_pattern: &'static str,
    /// An example postal code, shown as a hint.
    pub postal_example: &'static str,
}

impl AddressFormat {
    const COMMON: AddressFormat = AddressFormat {
        region: RegionKind::Region,
        region_required: false,
        postal: Some(PostalKind::PostalCode),
        postal_pattern: "",
        postal_example: "",
    };

    /// The form used in `country` (ISO 3166-1 alpha-2).
    pub fn of(country: &str) -> AddressFormat {
        let f = |region, region_required, postal, postal_pattern, postal_example| AddressFormat {
            region,
            region_required,
            postal,
            postal_pattern,
            postal_example,
        };
        use PostalKind::*;
        use RegionKind::*;
        match country {
            "US" => f(State, true, Some(Zip), "99999|99999-9999", "94103"),
            "CA" => f(
                Province,
                true,
                Some(PostalCode),
                "A9A 9A9|A9A9A9",
                "K1A 0B1",
            ),
            "BR" => f(State, true, Some(Cep), "99999-999|99999999", "01310-100"),
            "MX" => f(State, true, Some(PostalCode), "99999", "06600"),
            "AU" => f(State, true, Some(Postcode), "9999", "2000"),
            "IN" => f(State, true, Some(Pin), "999999", "110001"),
            "JP" => f(
                Prefecture,
                true,
                Some(PostalCode),
                "999-9999|9999999",
                "100-0001",
            ),
            "CN" => f(Province, true, Some(PostalCode), "999999", "100000"),
            "GB" => f(County, false, Some(Postcode), "", "SW1A 1AA"),
            "IE" => f(County, false, Some(Postcode), "", "D02 X285"),
            "ES" => f(Province, false, Some(PostalCode), "99999", "28013"),
            "AR" => f(Province, true, Some(PostalCode), "", "C1002"),
            "DE" => f(Region, false, Some(PostalCode), "99999", "10115"),
            "FR" => f(Region, false, Some(PostalCode), "99999", "75001"),
            "IT" => f(Province, false, Some(PostalCode), "99999", "00184"),
            "SA" => f(Region, false, Some(PostalCode), "99999|99999-9999", "12271"),
            "RU" => f(Region, false, Some(PostalCode), "999999", "101000"),
            "NL" => f(Region, false, Some(PostalCode), "9999 AA|9999AA", "1012 JS"),
            "PT" => f(Region, false, Some(PostalCode), "9999-999", "1100-148"),
            // No postal codes.
            "AE" | "HK" | "QA" | "AO" | "FJ" | "GH" | "ZW" => f(Region, false, None, "", ""),
            _ => AddressFormat::COMMON,
        }
    }

    /// Whether `code` (as typed) has one of the country's shapes; any text passes where no shape is known,
    /// and an empty code passes where the country has no postal codes.
    pub fn postal_code_fits(&self, code: &str) -> bool {
        let code = code.trim();
        match self.postal {
            None => code.is_empty(),
            Some(_) if self.postal_pattern.is_empty() => true,
            Some(_) => self
                .postal_pattern
                .split('|')
                .any(|pattern| fits(pattern, code)),
        }
    }
}

/// Whether `code` has the shape `pattern` (letters in either case).
fn fits(pattern: &str, code: &str) -> bool {
    pattern.chars().count() == code.chars().count()
        && pattern.chars().zip(code.chars()).all(|(p, c)| match p {
            '9' => c.is_ascii_digit(),
            'A' => c.is_ascii_alphabetic(),
            _ => p == c,
        })
}

/// Longest text of each field, in characters.
const LIMITS: &[(&str, usize, usize)] = &[
    ("name", 1, 100),
    ("line1", 1, 200),
    ("line2", 0, 200),
    ("city", 1, 100),
    ("region", 0, 100),
    ("postal_code", 0, 20),
    ("phone", 0, 30),
];

fn field_text<'a>(address: &'a ShippingAddress, field: &str) -> &'a str {
    match field {
        "name" => &address.name,
        "line1" => &address.line1,
        "line2" => address.line2.as_deref().unwrap_or_default(),
        "city" => &address.city,
        "region" => address.region.as_deref().unwrap_or_default(),
        "postal_code" => &address.postal_code,
        "phone" => address.phone.as_deref().unwrap_or_default(),
        _ => "",
    }
}

fn problem(prefix: &str, field: &str, code: &str, message: String) -> FieldError {
    FieldError {
        path: format!("{prefix}{field}"),
        code: code.to_owned(),
        message,
    }
}

/// What every address needs, wherever it goes: each field's length (`required` when a needed field is
/// empty, `invalid` when too long or holding control characters) and a two-letter upper-case country code
/// (`invalid_country`). Paths are `prefix` + the field's name, e.g. `address.city`.
pub fn basic_problems(address: &ShippingAddress, prefix: &str) -> Vec<FieldError> {
    let mut found = Vec::new();
    for &(field, min, max) in LIMITS {
        let value = field_text(address, field);
        let n = value.trim().chars().count();
        if n < min || n > max || value.chars().any(char::is_control) {
            let code = if n < min { "required" } else { "invalid" };
            let message = format!("{min} to {max} characters, no control characters");
            found.push(problem(prefix, field, code, message));
        }
    }
    let country = &address.country;
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        found.push(problem(
            prefix,
            "country",
            "invalid_country",
            "use an ISO 3166-1 alpha-2 country code, e.g. DE".to_owned(),
        ));
    }
    found
}

/// [`basic_problems`] and what the country's post needs ([`AddressFormat::of`]): the region where it is
/// required (`required`), a postal code where the country has a known shape (`required`), and a postal
/// code of one of the country's shapes, or none where it has none (`postal_code_format`).
pub fn problems(address: &ShippingAddress, prefix: &str) -> Vec<FieldError> {
    let mut found = basic_problems(address, prefix);
    let format = AddressFormat::of(&address.country);
    let has = |path: &str| found.iter().any(|f| f.path == format!("{prefix}{path}"));
    let region_missing = format.region_required
        && address
            .region
            .as_deref()
            .is_none_or(|r| r.trim().is_empty());
    let postal = address.postal_code.trim();
    let postal_missing =
        format.postal.is_some() && !format.postal_pattern.is_empty() && postal.is_empty();
    let mut more = Vec::new();
    if region_missing && !has("region") {
        more.push(problem(
            prefix,
            "region",
            "required",
            "this country's addresses need it".to_owned(),
        ));
    }
    if postal_missing && !has("postal_code") {
        more.push(problem(
            prefix,
            "postal_code",
            "required",
            "this country's addresses need it".to_owned(),
        ));
    } else if !postal.is_empty() && !format.postal_code_fits(postal) && !has("postal_code") {
        let message = if format.postal.is_none() {
            "this country has no postal codes; leave it empty".to_owned()
        } else {
            format!("shaped like {}", format.postal_example)
        };
        more.push(problem(
            prefix,
            "postal_code",
            "postal_code_format",
            message,
        ));
    }
    found.extend(more);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(country: &str, region: Option<&str>, postal_code: &str) -> ShippingAddress {
        ShippingAddress {
            name: "Ada".into(),
            line1: "1 Main St".into(),
            line2: None,
            city: "Springfield".into(),
            region: region.map(Into::into),
            postal_code: postal_code.into(),
            country: country.into(),
            phone: None,
        }
    }

    fn codes(found: &[FieldError]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|f| (f.path.as_str(), f.code.as_str()))
            .collect()
    }

    #[test]
    fn each_country_asks_for_its_own_fields() {
        assert!(problems(&address("US", Some("CA"), "94103"), "").is_empty());
        assert!(problems(&address("US", Some("CA"), "94103-1234"), "").is_empty());
        assert_eq!(
            codes(&problems(&address("US", None, "9410"), "address.")),
            [
                ("address.region", "required"),
                ("address.postal_code", "postal_code_format")
            ]
        );
        assert_eq!(
            codes(&problems(&address("BR", Some("SP"), ""), "")),
            [("postal_code", "required")]
        );
        assert!(problems(&address("GB", None, "SW1A 1AA"), "").is_empty());
        assert!(problems(&address("NL", None, "1012 js"), "").is_empty());
        assert_eq!(
            codes(&problems(&address("AE", None, "12345"), "")),
            [("postal_code", "postal_code_format")]
        );
        assert!(problems(&address("AE", None, ""), "").is_empty());
        // Unknown countries get the common form: anything, or nothing.
        assert!(problems(&address("KE", None, ""), "").is_empty());
    }

    #[test]
    fn basic_problems_ignore_the_country_form() {
        assert!(basic_problems(&address("US", None, ""), "").is_empty());
        let mut long = address("de", None, "");
        long.name = "x".repeat(101);
        long.city = " ".into();
        assert_eq!(
            codes(&basic_problems(&long, "address.")),
            [
                ("address.name", "invalid"),
                ("address.city", "required"),
                ("address.country", "invalid_country")
            ]
        );
    }
}
