//! Registration rules REG-1 … REG-4: seller company data, buyer e-mail and password, seller contacts, and
//! account type, main category and sales regions.

use crate::{
    Engine,
    verdicts::{Report, keys, num, text},
};
use caravan_types::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// Registration payloads are shared types; the rules re-export them where they always were.
pub use caravan_types::shop::{AccountType, SellerRegistration};

/// What a buyer submits to register (REG-2). The password is only inspected here, never kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuyerRegistration {
    /// E-mail address.
    pub email: String,
    /// Password in clear, as typed; the server stores only its hash.
    pub password: String,
}

/// Whether `email` has the shape `local@domain.tld`, without spaces.
pub fn is_valid_email(email: &str) -> bool {
    let email = email.trim();
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let tld_ok = domain
        .rsplit_once('.')
        .is_some_and(|(name, tld)| !name.is_empty() && tld.chars().count() >= 2);
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && !domain.starts_with('.')
        && !domain.contains("..")
        && tld_ok
}

/// Whether `phone` is an international number: an optional `+`, 7–15 digits, and only spaces, dashes,
/// dots or brackets between them.
pub fn is_valid_phone(phone: &str) -> bool {
    let phone = phone.trim();
    let digits = phone.strip_prefix('+').unwrap_or(phone);
    let count = digits.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&count)
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

impl Engine {
    /// REG-1, REG-3, REG-4: a seller's registration.
    pub fn check_seller_registration(&self, form: &SellerRegistration) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        let policy = &self.policy().registration;
        let required = [
            ("company_name", &form.company_name),
            ("legal_representative", &form.legal_representative),
            ("country", &form.country),
        ];
        for (field, value) in required {
            if value.trim().is_empty() {
                report.push(keys::REG_1_MISSING_FIELD, field, []);
            }
        }
        let licence = form.licence_number.trim();
        if licence.is_empty() {
            report.push(keys::REG_1_MISSING_FIELD, "licence_number", []);
        } else if licence.chars().count() < policy.licence_number_min_chars as usize
            || !licence
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            report.push(
                keys::REG_1_LICENCE_NUMBER_INVALID,
                "licence_number",
                [("min", num(policy.licence_number_min_chars))],
            );
        }
        let country = form.country.trim();
        if !country.is_empty() && !is_country_code(country) {
            report.push(
                keys::REG_1_COUNTRY_INVALID,
                "country",
                [("country", text(country))],
            );
        }

        let contacts = [
            ("company_email", &form.company_email),
            ("service_phone", &form.service_phone),
            ("emergency_contact", &form.emergency_contact),
        ];
        for (field, value) in contacts {
            if value.trim().is_empty() {
                report.push(keys::REG_3_MISSING_CONTACT, field, []);
            }
        }
        if !form.company_email.trim().is_empty() {
            if !is_valid_email(&form.company_email) {
                report.push(keys::REG_2_EMAIL_INVALID, "company_email", []);
            } else if !form.email_verified {
                report.push(keys::REG_3_EMAIL_UNVERIFIED, "company_email", []);
            }
        }
        if !form.service_phone.trim().is_empty() && !is_valid_phone(&form.service_phone) {
            report.push(keys::REG_3_PHONE_INVALID, "service_phone", []);
        }

        let top_level = self
            .policy()
            .category(form.main_category.trim())
            .is_some_and(|c| c.parent.is_none());
        if !top_level {
            report.push(
                keys::REG_4_UNKNOWN_MAIN_CATEGORY,
                "main_category",
                [("category", text(form.main_category.trim()))],
            );
        }
        if form.sales_regions.is_empty() {
            report.push(keys::REG_4_NO_SALES_REGION, "sales_regions", []);
        }
        let open_everywhere = policy.sales_regions.iter().any(|r| r == "*");
        for (i, region) in form.sales_regions.iter().enumerate() {
            let region = region.trim();
            if !is_country_code(region)
                || !(open_everywhere || policy.sales_regions.iter().any(|r| r == region))
            {
                report.push(
                    keys::REG_4_REGION_CLOSED,
                    format!("sales_regions[{i}]"),
                    [("region", text(region))],
                );
            }
        }
        report.finish()
    }

    /// REG-2: a buyer's registration: a well-formed e-mail and a password of the policy's length that is
    /// not the e-mail itself.
    pub fn check_buyer_registration(&self, form: &BuyerRegistration) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if !is_valid_email(&form.email) {
            report.push(keys::REG_2_EMAIL_INVALID, "email", []);
        }
        let min = self.policy().registration.password_min_chars;
        if form.password.chars().count() < min as usize {
            report.push(
                keys::REG_2_PASSWORD_TOO_SHORT,
                "password",
                [("min", num(min))],
            );
        } else if form.password.trim().eq_ignore_ascii_case(form.email.trim()) {
            report.push(keys::REG_2_PASSWORD_IS_EMAIL, "password", []);
        }
        report.finish()
    }
}
