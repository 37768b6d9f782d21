//! LST-16: one listing per product. A title whose words nearly match another listing of the shop in the
//! same category gets a warning; more identical titles than the policy allows (different packaging) block.

use super::Prepared;
use crate::{
    Engine,
    text::words::{folded_text, words_of},
    verdicts::{Report, keys, num, text},
};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let title = folded_text(&p.title);
    let words = word_set(&title);
    if words.is_empty() {
        return;
    }
    let mut copies = 0u32;
    let mut most_similar: Option<(u32, &str)> = None;
    for sibling in &p.ctx.sibling_titles {
        let folded = folded_text(sibling);
        let other = word_set(&folded);
        let shared = shared_count(&words, &other);
        let all = words.len() + other.len() - shared;
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

/// The distinct words of a folded text, sorted.
fn word_set(folded: &str) -> Vec<&str> {
    let mut words: Vec<&str> = words_of(folded).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// How many words two sorted sets share.
fn shared_count(a: &[&str], b: &[&str]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}
