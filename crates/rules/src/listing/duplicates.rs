//! LST-16: one listing per product. A title whose words nearly match another listing of the shop in the
//! same category gets a warning; more identical titles than the policy allows (different packaging) block.

use super::Prepared;
use crate::{
    Engine,
    text::words::{folded_text, words_of},
    verdicts::{Report, keys, num, text},
};
use std::cmp::Ordering;

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let mut words: Vec<&str> = words_of(&p.title_folded).collect();
    sort_words(&mut words);
    if words.is_empty() {
        return;
    }
    let mut copies = 0u32;
    let mut most_similar: Option<(u32, &str)> = None;
    // One buffer for the words of every sibling: a shop may have many listings in the category.
    let mut other: Vec<&str> = Vec::new();
    for sibling in &p.ctx.sibling_titles {
        let shared;
        let distinct;
        if sibling.is_ascii() {
            // An ASCII title's folded form is its lower case: compare its words in place, ignoring case.
            other.clear();
            other.extend(words_of(sibling));
            sort_words(&mut other);
            shared = shared_count(&words, &other);
            distinct = other.len();
        } else {
            let folded = folded_text(sibling);
            let mut folded_words: Vec<&str> = words_of(&folded).collect();
            sort_words(&mut folded_words);
            shared = shared_count(&words, &folded_words);
            distinct = folded_words.len();
        }
        let all = words.len() + distinct - shared;
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

/// Orders words by their ASCII lower case (the order of folded words, which are lower case already).
fn word_cmp(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// Sorts words by [`word_cmp`] and removes repeats: the distinct words of a title.
fn sort_words(words: &mut Vec<&str>) {
    words.sort_unstable_by(|a, b| word_cmp(a, b));
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
}

/// How many words two sorted sets share.
fn shared_count(a: &[&str], b: &[&str]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match word_cmp(a[i], b[j]) {
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
