//! LST-11 stock and LST-13 variants: stock within range and not zero everywhere; 1–3 variant properties;
//! one SKU per combination with one non-empty known value per property; valid, unique SKU codes.

use super::Prepared;
use crate::{
    Engine,
    text::words::collapse_whitespace,
    verdicts::{Report, keys, num, text},
};
use std::collections::BTreeMap;

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
                format!("skus[{i}].stock"),
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

/// Option values compare case-insensitively and whitespace-collapsed, so `Red` and ` red ` are one value.
fn option_key(value: &str) -> String {
    let mut key = collapse_whitespace(value);
    if key.is_ascii() {
        key.make_ascii_lowercase();
        key
    } else {
        key.to_lowercase()
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
                format!("variant_properties[{i}].name"),
                [],
            );
        }
        if property.values.is_empty() {
            report.push(
                keys::LST_13_EMPTY_OPTION,
                format!("variant_properties[{i}].values"),
                [],
            );
        }
        for (j, value) in property.values.iter().enumerate() {
            if value.trim().is_empty() {
                report.push(
                    keys::LST_13_EMPTY_OPTION,
                    format!("variant_properties[{i}].values[{j}]"),
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
    let value_keys: Vec<Vec<String>> = properties
        .iter()
        .map(|p| p.values.iter().map(|v| option_key(v)).collect())
        .collect();
    let mut combinations: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    for (i, sku) in draft.skus.iter().enumerate() {
        if sku.options.len() != properties.len() {
            report.push(
                keys::LST_13_OPTIONS_MISMATCH,
                format!("skus[{i}].options"),
                [
                    ("count", num(sku.options.len())),
                    ("expected", num(properties.len())),
                ],
            );
        } else {
            let key: Vec<String> = sku.options.iter().map(|o| option_key(o)).collect();
            for (j, (value, property)) in sku.options.iter().zip(properties).enumerate() {
                if value.trim().is_empty() {
                    report.push(
                        keys::LST_13_EMPTY_OPTION,
                        format!("skus[{i}].options[{j}]"),
                        [],
                    );
                } else if !value_keys[j].contains(&key[j]) {
                    report.push(
                        keys::LST_13_UNKNOWN_OPTION,
                        format!("skus[{i}].options[{j}]"),
                        [
                            ("value", text(value.as_str())),
                            ("property", text(property.name.as_str())),
                        ],
                    );
                }
            }
            if let Some(&first) = combinations.get(&key) {
                report.push(
                    keys::LST_13_DUPLICATE_COMBINATION,
                    format!("skus[{i}]"),
                    [("first", num(first))],
                );
            } else {
                combinations.insert(key, i);
            }
        }

        let code = sku.code.trim();
        if !code.is_empty() {
            let valid = code.len() <= limits.sku_code_max_len as usize
                && code.bytes().all(|b| b.is_ascii_alphanumeric());
            if !valid {
                report.push(
                    keys::LST_13_SKU_CODE_INVALID,
                    format!("skus[{i}].code"),
                    [("max", num(limits.sku_code_max_len))],
                );
            }
            let upper = code.to_ascii_uppercase();
            match codes.get(&upper) {
                Some(&first) => report.push(
                    keys::LST_13_DUPLICATE_SKU_CODE,
                    format!("skus[{i}].code"),
                    [("first", num(first))],
                ),
                None => {
                    codes.insert(upper, i);
                }
            }
        }
        if let Some(index) = sku.image_index
            && usize::from(index) >= draft.images.len()
        {
            report.push(
                keys::LST_13_SKU_IMAGE_MISSING,
                format!("skus[{i}].image_index"),
                [("index", num(index))],
            );
        }
    }
}
