//! Building verdicts, the catalogue of every message key the engine can emit, and the deterministic order.

use caravan_types::verdict::{Severity, Verdict, VerdictArg};
use std::{cmp::Ordering, collections::BTreeMap};

/// A message the engine can emit: its rule, locale key, severity and argument names.
///
/// The locale bundles need one entry per key in [`MESSAGE_KEYS`], with exactly these arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageKey {
    /// Rule id, e.g. `LST-5`.
    pub rule: &'static str,
    /// Locale key, e.g. `rule-lst-5-title-too-long`.
    pub key: &'static str,
    /// Block or warn; fixed per message.
    pub severity: Severity,
    /// Names of the message arguments, e.g. `["length", "max"]`.
    pub args: &'static [&'static str],
}

macro_rules! message_keys {
    ($($name:ident = $rule:literal, $key:literal, $severity:ident, [$($arg:literal),*];)*) => {
        /// One constant per message the engine emits.
        pub mod keys {
            use super::MessageKey;
            use caravan_types::verdict::Severity;
            $(
                #[doc = concat!("`", $key, "` (", $rule, ").")]
                pub const $name: MessageKey = MessageKey {
                    rule: $rule,
                    key: $key,
                    severity: Severity::$severity,
                    args: &[$($arg),*],
                };
            )*
        }

        /// Every message key the engine can emit, with its rule, severity and argument names.
        pub const MESSAGE_KEYS: &[MessageKey] = &[$(keys::$name),*];
    };
}

message_keys! {
    REG_1_MISSING_FIELD = "REG-1", "rule-reg-1-missing-field", Block, [];
    REG_1_COUNTRY_INVALID = "REG-1", "rule-reg-1-country-invalid", Block, ["country"];
    REG_1_LICENCE_NUMBER_INVALID = "REG-1", "rule-reg-1-licence-number-invalid", Block, ["min"];
    REG_2_EMAIL_INVALID = "REG-2", "rule-reg-2-email-invalid", Block, [];
    REG_2_PASSWORD_TOO_SHORT = "REG-2", "rule-reg-2-password-too-short", Block, ["min"];
    REG_2_PASSWORD_IS_EMAIL = "REG-2", "rule-reg-2-password-is-email", Block, [];
    REG_3_MISSING_CONTACT = "REG-3", "rule-reg-3-missing-contact", Block, [];
    REG_3_EMAIL_UNVERIFIED = "REG-3", "rule-reg-3-email-unverified", Block, [];
    REG_3_PHONE_INVALID = "REG-3", "rule-reg-3-phone-invalid", Block, [];
    REG_4_UNKNOWN_MAIN_CATEGORY = "REG-4", "rule-reg-4-unknown-main-category", Block, ["category"];
    REG_4_NO_SALES_REGION = "REG-4", "rule-reg-4-no-sales-region", Block, [];
    REG_4_REGION_CLOSED = "REG-4", "rule-reg-4-region-closed", Block, ["region"];

    SHOP_1_NOT_APPROVED = "SHOP-1", "rule-shop-1-not-approved", Block, ["status"];
    SHOP_2_NAME_LENGTH = "SHOP-2", "rule-shop-2-name-length", Block, ["length", "min", "max"];
    SHOP_2_SENSITIVE_WORD = "SHOP-2", "rule-shop-2-sensitive-word", Block, ["term", "group"];
    SHOP_2_TRADEMARK = "SHOP-2", "rule-shop-2-trademark", Block, ["term", "brand"];
    SHOP_2_NAME_TAKEN = "SHOP-2", "rule-shop-2-name-taken", Block, [];
    SHOP_3_QUALIFICATION_MISSING = "SHOP-3", "rule-shop-3-qualification-missing", Block, ["category", "qualification"];
    SHOP_4_BRAND_NOT_AUTHORISED = "SHOP-4", "rule-shop-4-brand-not-authorised", Block, ["brand"];

    LST_1_MISSING_FIELD = "LST-1", "rule-lst-1-missing-field", Block, [];
    LST_1_MISSING_ATTRIBUTE = "LST-1", "rule-lst-1-missing-attribute", Block, ["attribute"];
    LST_2_PROHIBITED_TERM = "LST-2", "rule-lst-2-prohibited-term", Block, ["term", "list"];
    LST_2_PROHIBITED_CATEGORY = "LST-2", "rule-lst-2-prohibited-category", Block, ["category"];
    LST_3_LICENCE_REQUIRED = "LST-3", "rule-lst-3-licence-required", Block, ["term", "licence"];
    LST_3_CATEGORY_LICENCE_REQUIRED = "LST-3", "rule-lst-3-category-licence-required", Block, ["category", "licence"];
    LST_4_TRADEMARK = "LST-4", "rule-lst-4-trademark", Block, ["term", "brand"];
    LST_4_CHARACTER = "LST-4", "rule-lst-4-character", Block, ["term", "brand"];
    LST_5_TITLE_TOO_LONG = "LST-5", "rule-lst-5-title-too-long", Block, ["length", "max"];
    LST_5_TITLE_TOO_SHORT = "LST-5", "rule-lst-5-title-too-short", Block, ["length", "min"];
    LST_5_KEYWORD_STUFFING = "LST-5", "rule-lst-5-keyword-stuffing", Block, ["word", "count", "max"];
    LST_5_ALL_CAPS = "LST-5", "rule-lst-5-all-caps", Warn, [];
    LST_5_CONTACT_IN_TITLE = "LST-5", "rule-lst-5-contact-in-title", Block, ["kind"];
    LST_5_PROMO_IN_TITLE = "LST-5", "rule-lst-5-promo-in-title", Block, ["term"];
    LST_6_CATEGORY_MISMATCH = "LST-6", "rule-lst-6-category-mismatch", Warn, ["suggested"];
    LST_6_UNKNOWN_CATEGORY = "LST-6", "rule-lst-6-unknown-category", Block, [];
    LST_7_TOO_MANY_IMAGES = "LST-7", "rule-lst-7-too-many-images", Block, ["count", "max"];
    LST_7_IMAGE_TOO_SMALL = "LST-7", "rule-lst-7-image-too-small", Block, ["width", "height"];
    LST_7_IMAGE_ASPECT = "LST-7", "rule-lst-7-image-aspect", Block, ["width", "height"];
    LST_7_IMAGE_TOO_LARGE = "LST-7", "rule-lst-7-image-too-large", Block, ["bytes", "max"];
    LST_7_IMAGE_TYPE = "LST-7", "rule-lst-7-image-type", Block, ["mime"];
    LST_7_MORE_IMAGES_RECOMMENDED = "LST-7", "rule-lst-7-more-images-recommended", Warn, ["count", "recommended"];
    LST_8_PRICE_OUT_OF_RANGE = "LST-8", "rule-lst-8-price-out-of-range", Block, ["min", "max", "currency"];
    LST_8_DISCOUNT_NOT_BELOW_PRICE = "LST-8", "rule-lst-8-discount-not-below-price", Block, [];
    LST_8_DISCOUNT_NOT_POSITIVE = "LST-8", "rule-lst-8-discount-not-positive", Block, [];
    LST_8_PRICE_UNUSUAL = "LST-8", "rule-lst-8-price-unusual", Warn, ["median", "currency"];
    LST_9_TEMPLATE_REQUIRED = "LST-9", "rule-lst-9-template-required", Block, [];
    LST_9_TEMPLATE_EMPTY = "LST-9", "rule-lst-9-template-empty", Block, [];
    LST_9_DELIVERY_DAYS_UNREALISTIC = "LST-9", "rule-lst-9-delivery-days-unrealistic", Warn, ["class", "min", "max"];
    LST_10_SELL_AS_BUNDLE = "LST-10", "rule-lst-10-sell-as-bundle", Warn, ["price", "shipping"];
    LST_11_STOCK_OUT_OF_RANGE = "LST-11", "rule-lst-11-stock-out-of-range", Block, ["min", "max"];
    LST_11_NO_STOCK = "LST-11", "rule-lst-11-no-stock", Block, [];
    LST_12_MARGIN_LOW = "LST-12", "rule-lst-12-margin-low", Warn, ["margin", "min"];
    LST_12_MARGIN_HIGH = "LST-12", "rule-lst-12-margin-high", Warn, ["margin", "max"];
    LST_13_TOO_MANY_PROPERTIES = "LST-13", "rule-lst-13-too-many-properties", Block, ["count", "max"];
    LST_13_OPTIONS_MISMATCH = "LST-13", "rule-lst-13-options-mismatch", Block, ["count", "expected"];
    LST_13_EMPTY_OPTION = "LST-13", "rule-lst-13-empty-option", Block, [];
    LST_13_UNKNOWN_OPTION = "LST-13", "rule-lst-13-unknown-option", Block, ["value", "property"];
    LST_13_DUPLICATE_COMBINATION = "LST-13", "rule-lst-13-duplicate-combination", Block, ["first"];
    LST_13_SKU_CODE_INVALID = "LST-13", "rule-lst-13-sku-code-invalid", Block, ["max"];
    LST_13_DUPLICATE_SKU_CODE = "LST-13", "rule-lst-13-duplicate-sku-code", Block, ["first"];
    LST_13_SINGLE_SKU_EXPECTED = "LST-13", "rule-lst-13-single-sku-expected", Block, ["count"];
    LST_13_SKU_IMAGE_MISSING = "LST-13", "rule-lst-13-sku-image-missing", Block, ["index"];
    LST_14_WEIGHT_OUT_OF_RANGE = "LST-14", "rule-lst-14-weight-out-of-range", Block, ["min", "max"];
    LST_14_PACKAGE_SIDE_OUT_OF_RANGE = "LST-14", "rule-lst-14-package-side-out-of-range", Block, ["min", "max"];
    LST_14_HANDLING_OUT_OF_RANGE = "LST-14", "rule-lst-14-handling-out-of-range", Block, ["min", "max"];
    LST_14_HANDLING_OVERSEAS = "LST-14", "rule-lst-14-handling-overseas", Block, ["max"];
    LST_15_MARKUP_REMOVED = "LST-15", "rule-lst-15-markup-removed", Warn, ["item"];
    LST_15_EXTERNAL_LINK = "LST-15", "rule-lst-15-external-link", Block, ["host"];
    LST_15_CONTACT_DETAILS = "LST-15", "rule-lst-15-contact-details", Block, ["kind"];
    LST_15_DESCRIPTION_TOO_LONG = "LST-15", "rule-lst-15-description-too-long", Block, ["length", "max"];
    LST_16_NEAR_DUPLICATE = "LST-16", "rule-lst-16-near-duplicate", Warn, ["title", "similarity"];
    LST_16_TOO_MANY_COPIES = "LST-16", "rule-lst-16-too-many-copies", Block, ["count", "max"];

    PRM_1_NOT_APPROVED = "PRM-1", "rule-prm-1-not-approved", Block, ["status"];
    PRM_2_LEFT_PROMOTION = "PRM-2", "rule-prm-2-left-promotion", Block, ["ban_months"];
    PRM_2_PROMO_STOCK_LOWERED = "PRM-2", "rule-prm-2-promo-stock-lowered", Block, ["before", "after", "ban_months"];
    PRM_2_DISCOUNT_REDUCED = "PRM-2", "rule-prm-2-discount-reduced", Block, ["before", "after", "ban_months"];
    PRM_2_PRICE_RAISED = "PRM-2", "rule-prm-2-price-raised", Block, ["before", "after", "ban_months"];
    PRM_2_SHIPPING_RAISED = "PRM-2", "rule-prm-2-shipping-raised", Block, ["before", "after", "ban_months"];
    PRM_2_DESCRIPTION_EDITED = "PRM-2", "rule-prm-2-description-edited", Block, ["ban_months"];
    PRM_3_INFRINGING_GOODS = "PRM-3", "rule-prm-3-infringing-goods", Block, ["term", "ban_months"];
    PRM_4_ORDER_PRICE_RAISED = "PRM-4", "rule-prm-4-order-price-raised", Block, ["before", "after", "ban_months"];
    PRM_5_FORCED_BUNDLING = "PRM-5", "rule-prm-5-forced-bundling", Block, ["term", "ban_months"];
    PRM_6_IMPROPER_GAIN = "PRM-6", "rule-prm-6-improper-gain", Block, ["ban_months"];
    PRM_7_TOO_MANY_SESSIONS = "PRM-7", "rule-prm-7-too-many-sessions", Block, ["day", "count", "max"];
    PRM_7_TOO_MANY_ITEMS = "PRM-7", "rule-prm-7-too-many-items", Block, ["count", "max"];
    PRM_7_SESSION_LENGTH = "PRM-7", "rule-prm-7-session-length", Block, ["hours"];
    PRM_7_SESSIONS_OVERLAP = "PRM-7", "rule-prm-7-sessions-overlap", Block, ["other"];

    ORD_1_TOTAL_MISMATCH = "ORD-1", "rule-ord-1-total-mismatch", Block, ["expected", "submitted"];
    ORD_2_RECEIPT_TIMEOUT = "ORD-2", "rule-ord-2-receipt-timeout", Warn, ["released_at"];
    ORD_3_NOT_SHIPPED_IN_TIME = "ORD-3", "rule-ord-3-not-shipped-in-time", Warn, ["deadline"];
    ORD_3_TRACKING_MISSING = "ORD-3", "rule-ord-3-tracking-missing", Block, [];
    ORD_4_RATE_MISMATCH = "ORD-4", "rule-ord-4-rate-mismatch", Block, ["base", "quote"];
    ORD_5_RETURN_POLICY_MISSING = "ORD-5", "rule-ord-5-return-policy-missing", Block, [];
    ORD_6_PAYMENT_DETAIL_EXPOSED = "ORD-6", "rule-ord-6-payment-detail-exposed", Block, [];

    SRV_1_BAD_REVIEWS_HIGH = "SRV-1", "rule-srv-1-bad-reviews-high", Block, ["rate", "max"];
    SRV_2_DESCRIBED_HIGH = "SRV-2", "rule-srv-2-described-high", Block, ["rate", "max"];
    SRV_2_COMMUNICATION_HIGH = "SRV-2", "rule-srv-2-communication-high", Block, ["rate", "max"];
    SRV_2_SHIPPING_HIGH = "SRV-2", "rule-srv-2-shipping-high", Block, ["rate", "max"];
    SRV_3_NOT_SHIPPED_HIGH = "SRV-3", "rule-srv-3-not-shipped-high", Block, ["rate", "max"];
    SRV_4_ARBITRATION_HIGH = "SRV-4", "rule-srv-4-arbitration-high", Block, ["rate", "max"];
    SRV_5_TIMEOUTS_HIGH = "SRV-5", "rule-srv-5-timeouts-high", Block, ["rate", "max"];

    DSP_1_ORDER_NOT_PAID = "DSP-1", "rule-dsp-1-order-not-paid", Block, [];
    DSP_1_EVIDENCE_REQUIRED = "DSP-1", "rule-dsp-1-evidence-required", Block, [];
    DSP_1_REFUND_OUT_OF_RANGE = "DSP-1", "rule-dsp-1-refund-out-of-range", Block, ["max"];
    DSP_2_RESPONSE_OVERDUE = "DSP-2", "rule-dsp-2-response-overdue", Warn, ["deadline"];
    DSP_3_ARBITRATION_OVERDUE = "DSP-3", "rule-dsp-3-arbitration-overdue", Warn, ["deadline"];

    PEN_3_APPEAL_TOO_LATE = "PEN-3", "rule-pen-3-appeal-too-late", Block, ["deadline"];
    PEN_3_NOT_APPEALABLE = "PEN-3", "rule-pen-3-not-appealable", Block, [];
    PEN_4_STATEMENT_INCOMPLETE = "PEN-4", "rule-pen-4-statement-incomplete", Block, [];
}

/// Looks a message key up in the catalogue.
pub fn message_key(key: &str) -> Option<&'static MessageKey> {
    MESSAGE_KEYS.iter().find(|m| m.key == key)
}

/// Collects verdicts of one check under one policy version, then sorts them.
#[derive(Debug)]
pub(crate) struct Report<'v> {
    version: &'v str,
    verdicts: Vec<Verdict>,
}

impl<'v> Report<'v> {
    pub fn new(version: &'v str) -> Self {
        Report {
            version,
            verdicts: Vec::new(),
        }
    }

    /// Adds a verdict. `args` must name exactly the key's arguments (checked in debug builds and tests).
    ///
    /// A thin generic shell over [`Report::push_args`]: every call site has its own argument count and
    /// field type, and the browser bundle should not hold a copy of the body (and of a sort) for each.
    pub fn push<const N: usize>(
        &mut self,
        key: MessageKey,
        field: impl Into<String>,
        args: [(&str, VerdictArg); N],
    ) {
        self.push_args(key, field.into(), &mut args.into_iter());
    }

    fn push_args(
        &mut self,
        key: MessageKey,
        field: String,
        args: &mut dyn Iterator<Item = (&str, VerdictArg)>,
    ) {
        // Inserted one by one: collecting into a map sorts, and each iterator type would get its own sort.
        let mut map = BTreeMap::new();
        for (name, value) in args {
            debug_assert!(
                key.args.contains(&name),
                "arguments of `{}` are {:?}",
                key.key,
                key.args
            );
            map.insert(name.to_owned(), value);
        }
        debug_assert!(
            map.len() == key.args.len(),
            "arguments of `{}` are {:?}",
            key.key,
            key.args
        );
        self.verdicts.push(Verdict {
            rule: key.rule.to_owned(),
            severity: key.severity,
            field,
            message_key: key.key.to_owned(),
            args: map,
            policy_version: self.version.to_owned(),
        });
    }

    /// The verdicts, sorted (see [`sort_verdicts`]) and without duplicates.
    pub fn finish(mut self) -> Vec<Verdict> {
        sort_verdicts(&mut self.verdicts);
        self.verdicts.dedup();
        self.verdicts
    }
}

/// A field path with an index, `skus[3].price`: one small function for every call site rather than a
/// `format!` at each (the formatting machinery is code at every site, in the browser bundle too).
#[inline(never)]
pub(crate) fn indexed(name: &str, index: usize, rest: &str) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = index;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut path = String::with_capacity(name.len() + rest.len() + 2 + digits.len() - at);
    path.push_str(name);
    path.push('[');
    path.extend(digits[at..].iter().map(|&d| char::from(d)));
    path.push(']');
    path.push_str(rest);
    path
}

/// A text argument.
pub(crate) fn text(value: impl Into<String>) -> VerdictArg {
    VerdictArg::Text(value.into())
}

/// A number argument.
pub(crate) fn num(value: impl TryInto<i64>) -> VerdictArg {
    VerdictArg::Number(value.try_into().unwrap_or(i64::MAX))
}

const FAMILIES: [&str; 8] = ["REG", "SHOP", "LST", "PRM", "ORD", "DSP", "SRV", "PEN"];

/// Where a rule id sorts: RULES.md order (family, then number), unknown ids last.
fn rule_order(rule: &str) -> (usize, u32) {
    let (family, number) = rule.split_once('-').unwrap_or((rule, ""));
    let family = FAMILIES
        .iter()
        .position(|f| *f == family)
        .unwrap_or(FAMILIES.len());
    (family, number.parse().unwrap_or(u32::MAX))
}

/// Compares field paths so that `skus[2]` comes before `skus[10]`.
fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let da = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let db = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let (na, nb) = (&a[..da], &b[..db]);
                let na = trim_zeros(na);
                let nb = trim_zeros(nb);
                let by_number = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
                if by_number != Ordering::Equal {
                    return by_number;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|d| **d == b'0').count();
    &digits[zeros..]
}

/// Sorts verdicts into the one deterministic order: by rule (RULES.md order), field path (numbers compared
/// as numbers), message key, then arguments.
pub fn sort_verdicts(verdicts: &mut [Verdict]) {
    // The order is total (it ends with comparing whole verdicts), so any correct sort gives the same
    // result; the crate's own is far smaller in the browser bundle than the standard library's.
    crate::sort::sort_by(verdicts, |a, b| {
        rule_order(&a.rule)
            .cmp(&rule_order(&b.rule))
            .then_with(|| natural_cmp(&a.field, &b.field))
            .then_with(|| a.message_key.cmp(&b.message_key))
            .then_with(|| a.args.cmp(&b.args))
            .then_with(|| a.cmp(b))
            .is_lt()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_paths() {
        for (i, rest) in [(0, ""), (7, ".price"), (10, ""), (123_456, ".options")] {
            assert_eq!(indexed("skus", i, rest), format!("skus[{i}]{rest}"));
        }
        assert_eq!(
            indexed("skus", usize::MAX, ""),
            format!("skus[{}]", usize::MAX)
        );
    }

    #[test]
    fn keys_are_unique_and_well_formed() {
        let mut seen = std::collections::BTreeSet::new();
        for key in MESSAGE_KEYS {
            assert!(seen.insert(key.key), "duplicate key {}", key.key);
            let prefix = format!("rule-{}-", key.rule.to_ascii_lowercase());
            assert!(
                key.key.starts_with(&prefix),
                "{} must start with {prefix}",
                key.key
            );
            assert!(
                key.key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                key.key
            );
        }
    }

    #[test]
    fn verdicts_sort_by_rule_number_and_natural_field_order() {
        let mut report = Report::new("v1");
        report.push(keys::LST_11_NO_STOCK, "skus", []);
        report.push(
            keys::LST_8_DISCOUNT_NOT_POSITIVE,
            "skus[10].discount_price",
            [],
        );
        report.push(
            keys::LST_8_DISCOUNT_NOT_POSITIVE,
            "skus[2].discount_price",
            [],
        );
        report.push(
            keys::LST_8_DISCOUNT_NOT_POSITIVE,
            "skus[2].discount_price",
            [],
        );
        report.push(
            keys::SHOP_4_BRAND_NOT_AUTHORISED,
            "brand",
            [("brand", text("Nike"))],
        );
        let fields: Vec<(String, String)> = report
            .finish()
            .into_iter()
            .map(|v| (v.rule, v.field))
            .collect();
        assert_eq!(
            fields,
            [
                ("SHOP-4".to_owned(), "brand".to_owned()),
                ("LST-8".to_owned(), "skus[2].discount_price".to_owned()),
                ("LST-8".to_owned(), "skus[10].discount_price".to_owned()),
                ("LST-11".to_owned(), "skus".to_owned()),
            ]
        );
    }
}
