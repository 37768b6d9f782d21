//! LST-11 stock and LST-13 variants: stock within range and not zero everywhere; 1–3 variant properties;
//! one SKU per combination with one non-empty known value per property; valid, unique SKU codes.

use super::Prepared;
use crate::{
    Engine,
    text::{case::lower_str, words::collapse_whitespace},
    verdicts::{Report, indexed, keys, num, text},
};
use std::cmp::Ordering;

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    stock(engine, p, report);
    variants(engine, p, report);
}

fn stock(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let skus = &p.draft.skus;
    for (i, sku) in skus.iter().enumerate() {
        if !(limits.stock_min..=limits.stock_max).contains(&sku.stock) {
            report.push(
                keys::LST_11_STOCK_OUT_OF_RANGE,
                indexed("skus", i, ".stock"),
                [
                    ("min", num(limits.stock_min)),
                    ("max", num(limits.stock_max)),
                ],
            );
        }
    }
    if !skus.is_empty() && skus.iter().all(|s| s.stock <= 0) {
        report.push(keys::LST_11_NO_STOCK, "skus", []);
    }
}

/// An option value as SKUs and properties compare it: case-insensitively and whitespace-collapsed, so
/// `Red` and ` red ` are one value. ASCII values (nearly all) are compared in place, so a check
/// allocates nothing per SKU; others are folded into a string once. Each key carries a hash of its
/// canonical bytes, so most comparisons are of two integers.
#[derive(Debug)]
struct OptionKey<'a> {
    text: KeyText<'a>,
    hash: u64,
}

#[derive(Debug)]
enum KeyText<'a> {
    /// An ASCII value, trimmed; collapsed and lower-cased while comparing.
    Ascii(&'a str),
    /// Any other value, collapsed and lower-cased (Unicode).
    Folded(String),
}

impl<'a> OptionKey<'a> {
    fn new(value: &'a str) -> Self {
        let text = if value.is_ascii() {
            KeyText::Ascii(value.trim_ascii())
        } else {
            KeyText::Folded(lower_str(&collapse_whitespace(value)))
        };
        let mut key = OptionKey { text, hash: 0 };
        key.hash = fnv(key.bytes());
        key
    }

    /// The key's canonical bytes. A folded key is collapsed and lower case already, so the same pass
    /// leaves it as it is; that keeps both kinds comparable (`K`, the Kelvin sign, and `k` are one value).
    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        let text = match &self.text {
            KeyText::Ascii(text) => text,
            KeyText::Folded(text) => text.as_str(),
        };
        let mut after_space = false;
        text.bytes().filter_map(move |b| {
            let space = b.is_ascii_whitespace();
            let skip = space && after_space;
            after_space = space;
            match (skip, space) {
                (true, _) => None,
                (false, true) => Some(b' '),
                (false, false) => Some(b.to_ascii_lowercase()),
            }
        })
    }

    /// A total order in which equal means the same value: by hash, then by the canonical bytes.
    fn cmp(&self, other: &OptionKey<'_>) -> Ordering {
        self.hash
            .cmp(&other.hash)
            .then_with(|| self.bytes().cmp(other.bytes()))
    }

    fn same(&self, other: &OptionKey<'_>) -> bool {
        self.hash == other.hash && self.bytes().eq(other.bytes())
    }
}

/// FNV-1a of a byte sequence: one pass, whatever produces the bytes.
fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Sorts `items` by `cmp`, then by index (so the lowest index comes first among equal items), and
/// reports every item after the first of a run of equal ones with the first, as a map from key to first
/// index would.
fn duplicates_of<T>(
    items: &mut [(usize, T)],
    cmp: impl Fn(&T, &T) -> Ordering,
    mut report: impl FnMut(usize, usize),
) {
    crate::sort::sort_by(items, |a, b| cmp(&a.1, &b.1).then(a.0.cmp(&b.0)).is_lt());
    let mut first = 0;
    for k in 1..items.len() {
        if cmp(&items[first].1, &items[k].1) == Ordering::Equal {
            report(items[k].0, items[first].0);
        } else {
            first = k;
        }
    }
}

fn variants(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let draft = p.draft;
    let properties = &draft.variant_properties;
    if properties.len() > limits.variant_properties_max as usize {
        report.push(
            keys::LST_13_TOO_MANY_PROPERTIES,
            "variant_properties",
            [
                ("count", num(properties.len())),
                ("max", num(limits.variant_properties_max)),
            ],
        );
    }
    for (i, property) in properties.iter().enumerate() {
        if property.name.trim().is_empty() {
            report.push(
                keys::LST_13_EMPTY_OPTION,
                indexed("variant_properties", i, ".name"),
                [],
            );
        }
        if property.values.is_empty() {
            report.push(
                keys::LST_13_EMPTY_OPTION,
                indexed("variant_properties", i, ".values"),
                [],
            );
        }
        for (j, value) in property.values.iter().enumerate() {
            if value.trim().is_empty() {
                report.push(
                    keys::LST_13_EMPTY_OPTION,
                    indexed("variant_properties", i, &indexed(".values", j, "")),
                    [],
                );
            }
        }
    }
    if properties.is_empty() && draft.skus.len() > 1 {
        report.push(
            keys::LST_13_SINGLE_SKU_EXPECTED,
            "skus",
            [("count", num(draft.skus.len()))],
        );
    }

    // Keys of the allowed values, computed once rather than per SKU.
    let value_keys: Vec<Vec<OptionKey<'_>>> = properties
        .iter()
        .map(|p| p.values.iter().map(|v| OptionKey::new(v)).collect())
        .collect();
    // Option keys of the SKUs with one option per property, `properties.len()` each, and their indexes.
    let mut option_keys: Vec<OptionKey<'_>> = Vec::new();
    let mut combinations: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    // Codes with a hash of their upper case: unique ignoring ASCII case.
    let mut codes: Vec<(usize, (u64, &str))> = Vec::new();
    for (i, sku) in draft.skus.iter().enumerate() {
        if sku.options.len() != properties.len() {
            report.push(
                keys::LST_13_OPTIONS_MISMATCH,
                indexed("skus", i, ".options"),
                [
                    ("count", num(sku.options.len())),
                    ("expected", num(properties.len())),
                ],
            );
        } else {
            let first = option_keys.len();
            for (j, (value, property)) in sku.options.iter().zip(properties).enumerate() {
                let key = OptionKey::new(value);
                if value.trim().is_empty() {
                    report.push(
                        keys::LST_13_EMPTY_OPTION,
                        indexed("skus", i, &indexed(".options", j, "")),
                        [],
                    );
                } else if !value_keys[j].iter().any(|k| k.same(&key)) {
                    report.push(
                        keys::LST_13_UNKNOWN_OPTION,
                        indexed("skus", i, &indexed(".options", j, "")),
                        [
                            ("value", text(value.as_str())),
                            ("property", text(property.name.as_str())),
                        ],
                    );
                }
                option_keys.push(key);
            }
            combinations.push((i, first..option_keys.len()));
        }

        let code = sku.code.trim();
        if !code.is_empty() {
            let valid = code.len() <= limits.sku_code_max_len as usize
                && code.bytes().all(|b| b.is_ascii_alphanumeric());
            if !valid {
                report.push(
                    keys::LST_13_SKU_CODE_INVALID,
                    indexed("skus", i, ".code"),
                    [("max", num(limits.sku_code_max_len))],
                );
            }
            let upper = || code.bytes().map(|b| b.to_ascii_uppercase());
            codes.push((i, (fnv(upper()), code)));
        }
        if let Some(index) = sku.image_index
            && usize::from(index) >= draft.images.len()
        {
            report.push(
                keys::LST_13_SKU_IMAGE_MISSING,
                indexed("skus", i, ".image_index"),
                [("index", num(index))],
            );
        }
    }
    duplicates_of(
        &mut combinations,
        |a, b| {
            let (a, b) = (&option_keys[a.clone()], &option_keys[b.clone()]);
            a.iter()
                .zip(b)
                .map(|(x, y)| x.cmp(y))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        },
        |i, first| {
            report.push(
                keys::LST_13_DUPLICATE_COMBINATION,
                indexed("skus", i, ""),
                [("first", num(first))],
            )
        },
    );
    duplicates_of(
        &mut codes,
        |(hash_a, a), (hash_b, b)| {
            hash_a.cmp(hash_b).then_with(|| {
                let upper = |c: u8| c.to_ascii_uppercase();
                a.bytes().map(upper).cmp(b.bytes().map(upper))
            })
        },
        |i, first| {
            report.push(
                keys::LST_13_DUPLICATE_SKU_CODE,
                indexed("skus", i, ".code"),
                [("first", num(first))],
            )
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::{Engine, ListingContext};
    use caravan_types::{
        Currency,
        listing::VariantProperty,
        listing_draft::{DraftSku, ListingDraft, PackageSize},
        verdict::{Verdict, VerdictArg},
    };
    use std::collections::BTreeMap;

    /// The straightforward version (keys as strings, maps from key to first index) that the allocation-free
    /// one replaced: both must report the same duplicates and unknown values.
    fn reference(draft: &ListingDraft) -> Vec<(String, String, Option<i64>)> {
        let key = |value: &str| {
            let collapsed = value.split_whitespace().collect::<Vec<_>>().join(" ");
            collapsed.to_lowercase()
        };
        let mut out = Vec::new();
        let allowed: Vec<Vec<String>> = draft
            .variant_properties
            .iter()
            .map(|p| p.values.iter().map(|v| key(v)).collect())
            .collect();
        let mut combinations: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        let mut codes: BTreeMap<String, usize> = BTreeMap::new();
        for (i, sku) in draft.skus.iter().enumerate() {
            if sku.options.len() == allowed.len() {
                let keys: Vec<String> = sku.options.iter().map(|o| key(o)).collect();
                for (j, value) in sku.options.iter().enumerate() {
                    if !value.trim().is_empty() && !allowed[j].contains(&keys[j]) {
                        out.push((
                            "rule-lst-13-unknown-option".to_owned(),
                            format!("skus[{i}].options[{j}]"),
                            None,
                        ));
                    }
                }
                match combinations.get(&keys) {
                    Some(&first) => out.push((
                        "rule-lst-13-duplicate-combination".to_owned(),
                        format!("skus[{i}]"),
                        Some(first as i64),
                    )),
                    None => {
                        combinations.insert(keys, i);
                    }
                }
            }
            let code = sku.code.trim();
            if !code.is_empty() {
                match codes.get(&code.to_ascii_uppercase()) {
                    Some(&first) => out.push((
                        "rule-lst-13-duplicate-sku-code".to_owned(),
                        format!("skus[{i}].code"),
                        Some(first as i64),
                    )),
                    None => {
                        codes.insert(code.to_ascii_uppercase(), i);
                    }
                }
            }
        }
        out.sort();
        out
    }

    fn reported(verdicts: &[Verdict]) -> Vec<(String, String, Option<i64>)> {
        let mut out: Vec<_> = verdicts
            .iter()
            .filter(|v| {
                v.message_key.contains("duplicate-combination")
                    || v.message_key.contains("duplicate-sku-code")
                    || v.message_key.contains("unknown-option")
            })
            .map(|v| {
                let first = match v.args.get("first") {
                    Some(VerdictArg::Number(n)) => Some(*n),
                    _ => None,
                };
                (v.message_key.clone(), v.field.clone(), first)
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn duplicates_and_unknown_values_match_the_string_key_version() {
        let engine = Engine::default_policy();
        let values = [
            "Red",
            " red ",
            "RED",
            "Blue",
            "blue  ",
            "b lue",
            "B\tLUE",
            "K",
            "k",
            "\u{212A}",
            "Ｒed",
            "",
            " ",
            "Gr een",
            "gr  een",
            "GR\u{a0}EEN",
            "Straße",
            "STRASSE",
            "İ",
            "i̇",
        ];
        let codes = ["A1", "a1", " A1 ", "B2", "b2", "", "ÄB", "äb", "C3"];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..400 {
            let properties = next(3);
            let variant_properties: Vec<VariantProperty> = (0..properties)
                .map(|p| VariantProperty {
                    name: format!("P{p}"),
                    values: (0..next(5))
                        .map(|_| values[next(values.len())].to_owned())
                        .collect(),
                })
                .collect();
            let skus = (0..next(12))
                .map(|_| DraftSku {
                    code: codes[next(codes.len())].to_owned(),
                    options: (0..properties + usize::from(next(8) == 0))
                        .map(|_| values[next(values.len())].to_owned())
                        .collect(),
                    price_minor: 1000,
                    discount_price_minor: None,
                    stock: 5,
                    image_index: None,
                })
                .collect();
            let draft = ListingDraft {
                title: "Soft silicone phone case".to_owned(),
                category_id: None,
                brand: None,
                description: String::new(),
                images: Vec::new(),
                attributes: Vec::new(),
                variant_properties,
                skus,
                currency: Currency::USD,
                weight_grams: 100,
                package: PackageSize {
                    length_cm_hundredths: 1000,
                    width_cm_hundredths: 1000,
                    height_cm_hundredths: 1000,
                },
                handling_days: 3,
                shipping_template_id: None,
            };
            let verdicts = engine.check_listing(&draft, &ListingContext::default());
            assert_eq!(reported(&verdicts), reference(&draft), "{draft:#?}");
        }
    }
}
