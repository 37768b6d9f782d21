//! Counting extended grapheme clusters (Unicode UAX #29: what a reader counts as characters) for the
//! length limits of titles and shop names, with one compact table (`grapheme/tables.rs`, generated from
//! the unicode-segmentation crate's data). That crate's tables and cursor were a fifth of what the
//! engine added to the browser bundle; only counting is needed here, which one forward pass does. The
//! tests compare the counts with unicode-segmentation on every code point and on millions of sequences.

mod tables;

use tables::CLASSES;

/// Grapheme_Cluster_Break of a code point, with `Extend` split by Indic_Conjunct_Break (rule GB9c).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Any,
    Cr,
    Lf,
    Control,
    /// `Extend` and not InCB=Extend or InCB=Linker.
    Extend,
    /// `Extend` and InCB=Extend.
    ExtendInCb,
    /// `Extend` and InCB=Linker (a virama).
    Linker,
    /// `ZWJ` (also InCB=Extend).
    Zwj,
    Prepend,
    SpacingMark,
    RegionalIndicator,
    ExtendedPictographic,
    /// InCB=Consonant (otherwise `Any`).
    InCbConsonant,
    L,
    V,
    T,
    Lv,
    Lvt,
    /// The Hangul syllable block, `Lv` or `Lvt` by position; never returned by [`class`].
    HangulSyllable,
}

/// The classes in the order of the generated table's numbers.
const BY_NUMBER: [Class; 19] = [
    Class::Any,
    Class::Cr,
    Class::Lf,
    Class::Control,
    Class::Extend,
    Class::ExtendInCb,
    Class::Linker,
    Class::Zwj,
    Class::Prepend,
    Class::SpacingMark,
    Class::RegionalIndicator,
    Class::ExtendedPictographic,
    Class::InCbConsonant,
    Class::L,
    Class::V,
    Class::T,
    Class::Lv,
    Class::Lvt,
    Class::HangulSyllable,
];

fn class(c: char) -> Class {
    let cp = u32::from(c);
    if (0x20..0x7f).contains(&cp) {
        return Class::Any;
    }
    let i = CLASSES.partition_point(|&entry| entry >> 5 <= cp);
    let number = CLASSES[i.saturating_sub(1)] & 31;
    match BY_NUMBER.get(number as usize) {
        // A syllable is LV at the start of each run of 28 (one per leading consonant and vowel).
        Some(Class::HangulSyllable) if (cp - 0xAC00) % 28 == 0 => Class::Lv,
        Some(Class::HangulSyllable) => Class::Lvt,
        Some(&class) => class,
        None => Class::Any,
    }
}

/// Whether there is a cluster boundary between two characters of these classes, when the rules that need
/// more context than the pair (GB9c, GB11, GB12/13) do not apply.
enum Pair {
    Break,
    Join,
    /// GB9c: joins after a consonant and a linker.
    Consonant,
    /// GB11: joins when the joiner follows a pictograph and extenders.
    Emoji,
    /// GB12/13: joins the second of each pair of regional indicators.
    Regional,
}

fn pair(before: Class, after: Class) -> Pair {
    use Class::*;
    // The pair rules see the Grapheme_Cluster_Break property, where the InCB subclasses are `Extend`.
    let extend = |class: Class| matches!(class, Extend | ExtendInCb | Linker);
    match (before, after) {
        (Cr, Lf) => Pair::Join,                                               // GB3
        (Control | Cr | Lf, _) | (_, Control | Cr | Lf) => Pair::Break,       // GB4, GB5
        (L, L | V | Lv | Lvt) | (Lv | V, V | T) | (Lvt | T, T) => Pair::Join, // GB6–GB8
        (_, Zwj | SpacingMark) | (Prepend, _) => Pair::Join,                  // GB9, GB9a, GB9b
        (_, after) if extend(after) => Pair::Join,                            // GB9
        (_, InCbConsonant) => Pair::Consonant,                                // GB9c
        (Zwj, ExtendedPictographic) => Pair::Emoji,                           // GB11
        (RegionalIndicator, RegionalIndicator) => Pair::Regional,             // GB12, GB13
        _ => Pair::Break,                                                     // GB999
    }
}

/// Number of extended grapheme clusters in `text`.
pub(crate) fn count(text: &str) -> usize {
    let mut clusters = 0;
    let mut before: Option<Class> = None;
    // GB9c: the last character that is not InCB=Extend or InCB=Linker was a consonant, and linkers since.
    let (mut after_consonant, mut linkers) = (false, 0u32);
    // GB11: a pictograph and extenders end here; and a joiner followed them.
    let (mut after_pictograph, mut joined_pictograph) = (false, false);
    // GB12/13: regional indicators in a row up to here.
    let mut regional = 0u32;
    for c in text.chars() {
        let after = class(c);
        let joins = match before {
            None => false,
            Some(before) => match pair(before, after) {
                Pair::Break => false,
                Pair::Join => true,
                Pair::Consonant => after_consonant && linkers > 0,
                Pair::Emoji => joined_pictograph,
                Pair::Regional => regional % 2 == 1,
            },
        };
        if !joins {
            clusters += 1;
        }
        match after {
            Class::Linker => linkers += 1,
            Class::ExtendInCb | Class::Zwj => {}
            other => {
                after_consonant = other == Class::InCbConsonant;
                linkers = 0;
            }
        }
        joined_pictograph = after == Class::Zwj && after_pictograph;
        after_pictograph = match after {
            Class::ExtendedPictographic => true,
            Class::Extend | Class::ExtendInCb | Class::Linker => after_pictograph,
            _ => false,
        };
        regional = if after == Class::RegionalIndicator {
            regional + 1
        } else {
            0
        };
        before = Some(after);
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(text: &str) -> usize {
        text.graphemes(true).count()
    }

    fn check(text: &str) {
        assert_eq!(
            count(text),
            reference(text),
            "{text:?} {:X?}",
            text.chars().map(u32::from).collect::<Vec<_>>()
        );
    }

    #[test]
    fn examples() {
        for text in [
            "",
            "abc",
            "\r\n",
            "e\u{301}",
            "👍🏽手机",
            "👨\u{200d}👩\u{200d}👧",
            "🇷🇸🇮🇴🇷",
            "क्षि",
            "क्\u{200d}ष",
            "한국어",
            "\u{1100}\u{1161}\u{11a8}",
        ] {
            check(text);
        }
    }

    /// Every code point in contexts that tell its class apart: next to itself, after a letter and before
    /// a combining mark, after a consonant and a virama, after a pictograph and a joiner, between regional
    /// indicators (one text, separated by line feeds, which break on both sides).
    #[test]
    fn every_code_point_in_context() {
        let mut text = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            text.clear();
            for context in [
                [c, c, '\n', 'a'],
                [c, '\u{301}', '\n', '\u{915}'],
                ['\u{94d}', c, '\n', '😀'],
                ['\u{200d}', c, '\n', '\u{1f1e6}'],
                [c, '\u{1f1e6}', '\n', '\u{1100}'],
                [c, '\u{1161}', '\n', '\n'],
            ] {
                text.extend(context);
            }
            check(&text);
        }
    }

    /// Random sequences over code points at the edges of every range of the table, plus characters each
    /// rule turns on.
    #[test]
    fn random_sequences() {
        let mut pool: Vec<char> = CLASSES
            .iter()
            .flat_map(|&entry| [entry >> 5, (entry >> 5).saturating_sub(1)])
            .filter_map(char::from_u32)
            .collect();
        pool.extend([
            '\r',
            '\n',
            'a',
            '\u{915}',
            '\u{94d}',
            '\u{200d}',
            '😀',
            '\u{1f3fd}',
            '\u{1f1e6}',
            '\u{1100}',
            '\u{1161}',
            '\u{11a8}',
            '\u{ac00}',
            '\u{ac01}',
            '\u{903}',
            '\u{600}',
            '\u{301}',
        ]);
        let mut state = 0x853C_49E6_748F_EA9B_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let specials = pool.len() - 17;
        for _ in 0..100_000 {
            let len = 1 + next(8);
            let text: String = (0..len)
                .map(|_| {
                    // Half the characters from the specials, so the context rules come up often.
                    if next(2) == 0 {
                        pool[specials + next(17)]
                    } else {
                        pool[next(pool.len())]
                    }
                })
                .collect();
            check(&text);
        }
    }
}
