//! LST-16: one listing per product. A title whose words nearly match another listing of the shop in the
//! same category gets a warning; more identical titles than the policy allows (different packaging) block.

use super::Prepared;
use crate::{
    Engine,
    text::words::{folded_text, words_of},
    verdicts::{Report, keys, num, text},
};
use std::collections::BTreeSet;

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let title = folded_text(&p.title);
    let words: BTreeSet<&str> = words_of(&title).collect();
    if words.is_empty() {
        return;
    }
    let mut copies = 0u32;
    let mut most_similar: Option<(u32, &str)> = None;
    for sibling in &p.ctx.sibling_titles {
        let folded = folded_text(sibling);
        let other: BTreeSet<&str> = words_of(&folded).collect();
        let shared = words.intersection(&other).count();
        let all = words.union(&other).count();
        let similarity = u32::try_from(shared * 100 / all.max(1)).unwrap_or(0);
        if similarity == 100 {
            copies += 1;
        }
        if similarity >= limits.duplicate_similarity_percent
            && most_similar.is_none_or(|(best, _)| similarity > best)
        {
            most_similar = Some((similarity, sibling.as_str()));
        }
    }
    if copies + 1 > limits.duplicate_max_listings {
        report.push(
            keys::LST_16_TOO_MANY_COPIES,
            "title",
            [
                ("count", num(copies + 1)),
                ("max", num(limits.duplicate_max_listings)),
            ],
        );
    } else if let Some((similarity, title)) = most_similar {
        report.push(
            keys::LST_16_NEAR_DUPLICATE,
            "title",
            [("title", text(title)), ("similarity", num(similarity))],
        );
    }
}
