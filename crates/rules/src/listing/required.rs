//! LST-1: required information. Numbers that are always present (price, stock, weight, package sides,
//! handling time) are checked against their ranges by LST-8, LST-11 and LST-14 instead; the shipping
//! template by LST-9.

use super::Prepared;
use crate::{
    Engine,
    verdicts::{Report, keys, text},
};

pub(super) fn check(_engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let draft = p.draft;
    if p.title.is_empty() {
        report.push(keys::LST_1_MISSING_FIELD, "title", []);
    }
    if draft.category_id.is_none() {
        report.push(keys::LST_1_MISSING_FIELD, "category_id", []);
    }
    if draft.images.is_empty() {
        report.push(keys::LST_1_MISSING_FIELD, "images", []);
    }
    if draft.skus.is_empty() {
        report.push(keys::LST_1_MISSING_FIELD, "skus", []);
    }
    if p.description.text.trim().is_empty() {
        report.push(keys::LST_1_MISSING_FIELD, "description", []);
    }
    // Required attributes are inherited: a leaf category needs its own and all its ancestors'.
    for category in &p.categories {
        for required in &category.required_attributes {
            let filled = draft.attributes.iter().any(|a| {
                a.name.trim().eq_ignore_ascii_case(required.trim()) && !a.value.trim().is_empty()
            });
            if !filled {
                report.push(
                    keys::LST_1_MISSING_ATTRIBUTE,
                    "attributes",
                    [("attribute", text(required.as_str()))],
                );
            }
        }
    }
}
