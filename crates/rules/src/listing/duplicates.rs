//! LST-16: one listing per product. A title whose words nearly match another listing of the shop in the
//! same category gets a warning; more identical titles than the policy allows (different packaging) block.

use super::Prepared;
use crate::{
    Engine,
    text::words::{WordAt, cmp_words, folded_text, sorted_words},
    verdicts::{Report, keys, num, text},
};
use std::cmp::Ordering;

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let title = p.title_folded.as_str();
    let mut words = p.title_words.clone();
    words.dedup_by(|a, b| cmp_words(title, a, title, b).is_eq());
    if words.is_empty() {
        return;
    }
    let mut copies = 0u32;
    let mut most_similar: Option<(u32, &str)> = None;
    // One buffer for the folded text and one for the words of every sibling: a shop may have many
    // listings in the category. Words are byte ranges, so the buffers outlive each sibling's borrow.
    let mut folded = String::new();
    let mut other: Vec<WordAt> = Vec::new();
    for sibling in &p.ctx.sibling_titles {
        folded.clear();
        if sibling.is_ascii() {
            folded.push_str(sibling);
            folded.make_ascii_lowercase();
        } else {
            folded.push_str(&folded_text(sibling));
        }
        sorted_words(&folded, &mut other);
        other.dedup_by(|a, b| cmp_words(&folded, a, &folded, b).is_eq());
        let shared = shared_count(title, &words, &folded, &other);
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

/// How many words two sorted sets (see [`sorted_words`]) share.
fn shared_count(a_text: &str, a: &[WordAt], b_text: &str, b: &[WordAt]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match cmp_words(a_text, &a[i], b_text, &b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}
