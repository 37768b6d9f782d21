//! LST-6: the category fits the listing. A listing whose title and description name keywords of another
//! top-level category, and none of its own, gets a warning suggesting that category.

use super::{Prepared, prepared::TextField};
use crate::{
    Engine,
    engine::ListingTerm,
    verdicts::{Report, keys, text},
};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let path = &p.ctx.category_path;
    if p.draft.category_id.is_some() && path.is_empty() {
        report.push(keys::LST_6_UNKNOWN_CATEGORY, "category_id", []);
        return;
    }
    let Some(own_root) = path.first() else {
        return; // No category chosen: LST-1 reports it.
    };
    let policy = engine.policy();
    // Score each top-level category once per distinct keyword: 2 in the title, 1 elsewhere.
    let mut seen: BTreeSet<(usize, &str)> = BTreeSet::new();
    let mut scores: BTreeMap<&str, u32> = BTreeMap::new();
    for hit in &p.hits {
        let ListingTerm::Category(i) = hit.entry.kind else {
            continue;
        };
        let weight = if hit.field == TextField::Title { 2 } else { 1 };
        if !seen.insert((i, hit.entry.term.as_str())) {
            continue;
        }
        let root = root_of(engine, i);
        *scores.entry(root).or_default() += weight;
    }
    if scores.contains_key(own_root.as_str()) {
        return;
    }
    let best = scores
        .iter()
        .filter(|(root, _)| **root != own_root.as_str())
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)));
    if let Some((root, &score)) = best
        && score >= policy.listing.category_mismatch_min_score
    {
        report.push(
            keys::LST_6_CATEGORY_MISMATCH,
            "category_id",
            [("suggested", text(*root))],
        );
    }
}

/// The top-level category above `policy.categories[i]`.
fn root_of(engine: &Engine, mut i: usize) -> &str {
    let categories = &engine.policy().categories;
    // Bounded by the number of categories, so a (validated-away) cycle cannot loop forever.
    for _ in 0..categories.len() {
        match categories[i]
            .parent
            .as_ref()
            .and_then(|p| engine.categories.get(p))
        {
            Some(&parent) => i = parent,
            None => break,
        }
    }
    categories[i].slug.as_str()
}
