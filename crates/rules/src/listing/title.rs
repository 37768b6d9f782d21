//! LST-5: the title. Length in grapheme clusters of the whitespace-collapsed title; no keyword stuffing,
//! no shouting, no contact details or links, no price or promotion claims.

use super::{Prepared, prepared::TextField};
use crate::{
    Engine,
    engine::ListingTerm,
    text::{
        scan::{self, ContactKind},
        words::{cmp_words, grapheme_count, scannable},
    },
    verdicts::{Report, keys, num, text},
};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let title = p.title.as_str();
    if title.is_empty() {
        return; // LST-1 reports it.
    }
    let length = grapheme_count(title);
    if length > limits.title_max_graphemes as usize {
        report.push(
            keys::LST_5_TITLE_TOO_LONG,
            "title",
            [
                ("length", num(length)),
                ("max", num(limits.title_max_graphemes)),
            ],
        );
    } else if length < limits.title_min_graphemes as usize {
        report.push(
            keys::LST_5_TITLE_TOO_SHORT,
            "title",
            [
                ("length", num(length)),
                ("min", num(limits.title_min_graphemes)),
            ],
        );
    }

    // Runs of one word in the sorted words; single letters and numbers ("2 pcs", "x") and stop words
    // are not keywords.
    let folded = p.title_folded.as_str();
    for run in p
        .title_words
        .chunk_by(|a, b| cmp_words(folded, a, folded, b).is_eq())
    {
        let word = run[0].of(folded);
        let keyword = word.chars().nth(1).is_some()
            && !word.chars().all(|c| c.is_numeric())
            && !engine.is_stop_word(run[0].hash, word);
        if keyword && run.len() > limits.title_max_word_repeats as usize {
            report.push(
                keys::LST_5_KEYWORD_STUFFING,
                "title",
                [
                    ("word", text(word)),
                    ("count", num(run.len())),
                    ("max", num(limits.title_max_word_repeats)),
                ],
            );
        }
    }

    let (upper, cased) = if title.is_ascii() {
        let upper = title.bytes().filter(u8::is_ascii_uppercase).count();
        let lower = title.bytes().filter(u8::is_ascii_lowercase).count();
        // A title is far shorter than 4 GB; saturate rather than wrap if not.
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX / 200);
        (count(upper), count(upper + lower))
    } else {
        title.chars().fold((0u32, 0u32), |(u, c), ch| {
            if ch.is_uppercase() {
                (u + 1, c + 1)
            } else if ch.is_lowercase() {
                (u, c + 1)
            } else {
                (u, c)
            }
        })
    };
    if cased >= limits.title_caps_min_letters && upper * 100 > cased * limits.title_caps_max_percent
    {
        report.push(keys::LST_5_ALL_CAPS, "title", []);
    }

    let plain = scannable(title);
    let mut contacts = Vec::new();
    if scan::has_email(&plain) {
        contacts.push(ContactKind::Email.as_str());
    }
    if scan::has_phone(&plain) {
        contacts.push(ContactKind::Phone.as_str());
    }
    if !scan::find_links(&plain, &engine.policy().link_tlds).is_empty() {
        contacts.push(ContactKind::Link.as_str());
    }
    for hit in p.hits_in(TextField::Title) {
        match hit.entry.kind {
            ListingTerm::Contact => contacts.push("messenger"),
            ListingTerm::Promo => report.push(
                keys::LST_5_PROMO_IN_TITLE,
                "title",
                [("term", text(hit.entry.term.as_str()))],
            ),
            _ => {}
        }
    }
    for kind in contacts {
        report.push(
            keys::LST_5_CONTACT_IN_TITLE,
            "title",
            [("kind", text(kind))],
        );
    }
    if let Some(claim) = scan::find_price_claim(plain.as_ref()) {
        report.push(keys::LST_5_PROMO_IN_TITLE, "title", [("term", text(claim))]);
    }
}
