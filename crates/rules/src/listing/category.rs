//! LST-6: the category fits the listing. A listing whose title and description name keywords of another
//! top-level category, and none of its own, gets a warning suggesting that category.

use super::{Prepared, prepared::TextField};
use crate::{
    Engine,
    engine::ListingTerm,
    verdicts::{Report, keys, text},
};

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
    // Score each top-level category once per distinct keyword, weighted by where it first occurs: 2 in
    // the title, 1 elsewhere (hits come in field order, title first). Vectors rather than a set and a
    // map: the browser bundle would carry a B-tree per element type for a handful of entries.
    let mut found: Vec<(usize, &str, usize, u32)> = p
        .hits
        .iter()
        .enumerate()
        .filter_map(|(at, hit)| match hit.entry.kind {
            ListingTerm::Category(i) => {
                let weight = if hit.field == TextField::Title { 2 } else { 1 };
                Some((i, hit.entry.term.as_str(), at, weight))
            }
            _ => None,
        })
        .collect();
    crate::sort::sort_by(&mut found, |a, b| (a.0, a.1, a.2) < (b.0, b.1, b.2));
    found.dedup_by(|later, first| (later.0, later.1) == (first.0, first.1));
    let mut scores: Vec<(&str, u32)> = Vec::new();
    for &(i, _, _, weight) in &found {
        let root = root_of(engine, i);
        match scores.iter_mut().find(|(r, _)| *r == root) {
            Some((_, score)) => *score += weight,
            None => scores.push((root, weight)),
        }
    }
    if scores.iter().any(|(root, _)| *root == own_root.as_str()) {
        return;
    }
    // The highest score, then the first slug in order: one answer whatever order the roots came in.
    let best = scores
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)));
    if let Some(&(root, score)) = best
        && score >= policy.listing.category_mismatch_min_score
    {
        report.push(
            keys::LST_6_CATEGORY_MISMATCH,
            "category_id",
            [("suggested", text(root))],
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
