//! How addresses are written in each country: what the region is called and whether it is needed, what the
//! postal code is called, what it looks like and whether there is one. Countries not listed get the
//! common form (optional region, optional free-form postal code), which the server accepts anywhere.

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
