//! Lower case, exactly as the standard library's `char::to_lowercase` and `str::to_lowercase`, from
//! compact tables of the crate's own: the standard library's lower-case table is a pair of code points
//! per letter (12 KB of the browser bundle, and 5.5 KB after compression with the code that walks it);
//! runs of letters with a common offset take 1.5 KB. Tests check every code point.

mod tables;

use tables::{CASE_IGNORABLE, LOWER_RUNS};

/// The lower case of `c`: `c.to_lowercase()`, as an iterator of one or two characters.
pub(crate) fn lower(c: char) -> Lower {
    if c.is_ascii() {
        return Lower::One(Some(c.to_ascii_lowercase()));
    }
    // The only letter whose lower case is two characters (`i` and a combining dot above).
    if c == 'İ' {
        return Lower::Two(['i', '\u{307}'], 0);
    }
    let cp = u32::from(c);
    let i = LOWER_RUNS.partition_point(|&(packed, _)| packed >> 11 <= cp);
    let lowered = i.checked_sub(1).and_then(|i| {
        let (packed, offset) = LOWER_RUNS[i];
        let from_start = cp - (packed >> 11);
        let every_other = packed & (1 << 10) != 0;
        let count = (packed & 0x3ff) + 1;
        let (index, between) = if every_other {
            (from_start / 2, from_start % 2 == 1)
        } else {
            (from_start, false)
        };
        (!between && index < count)
            .then(|| char::from_u32(cp.wrapping_add_signed(offset)))
            .flatten()
    });
    Lower::One(Some(lowered.unwrap_or(c)))
}

/// Iterator of [`lower`].
#[derive(Debug, Clone)]
pub(crate) enum Lower {
    One(Option<char>),
    Two([char; 2], usize),
}

impl Iterator for Lower {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match self {
            Lower::One(c) => c.take(),
            Lower::Two(chars, i) => {
                let c = chars.get(*i).copied();
                *i += 1;
                c
            }
        }
    }
}

/// `text.to_lowercase()`: [`lower`] for every character, except that a capital sigma at the end of a
/// word becomes the final form `ς` (Unicode's `Final_Sigma` condition, as the standard library applies
/// it).
pub(crate) fn lower_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == 'Σ' {
            let word_final = case_ignorable_then_cased(text[..i].chars().rev())
                && !case_ignorable_then_cased(text[i + c.len_utf8()..].chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// Whether the first character that is not case-ignorable is cased.
fn case_ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
}

/// Unicode `Case_Ignorable`.
fn is_case_ignorable(c: char) -> bool {
    let cp = u32::from(c);
    let i = CASE_IGNORABLE.partition_point(|&packed| packed >> 11 <= cp);
    i.checked_sub(1)
        .is_some_and(|i| cp - (CASE_IGNORABLE[i] >> 11) <= CASE_IGNORABLE[i] & 0x7ff)
}

/// Unicode `Cased`: lower case, upper case, or one of the title-case digraphs and Greek letters with
/// a prosgegrammeni (`ǅ`, `ᾈ`, …).
fn is_cased(c: char) -> bool {
    c.is_lowercase()
        || c.is_uppercase()
        || matches!(u32::from(c),
            0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
            | 0x1FBC | 0x1FCC | 0x1FFC)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    #[test]
    fn lower_equals_the_standard_library_for_every_code_point() {
        for c in every_char() {
            assert!(
                lower(c).eq(c.to_lowercase()),
                "{c:?} U+{:04X}",
                u32::from(c)
            );
        }
    }

    /// The final-sigma rule depends on two properties of the characters around the sigma. Before it,
    /// `{c}Σ` ends in `ς` exactly when `c` is cased and not case-ignorable, `A{c}Σ` when `c` is either;
    /// after it, `AΣ{c}` stays `ς` unless `c` is cased and not case-ignorable. Together they pin both
    /// properties of every code point, as far as they can change a result.
    #[test]
    fn lower_str_equals_the_standard_library_around_every_code_point() {
        for c in every_char() {
            for text in [format!("{c}Σ"), format!("A{c}Σ"), format!("AΣ{c}")] {
                assert_eq!(
                    lower_str(&text),
                    text.to_lowercase(),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
        for text in [
            "ΟΔΟΣ",
            "ΣΑΣ ΣΑΣ.",
            "Σ",
            "AΣ'",
            "ǅΣ",
            "İSTANBUL",
            "ΌΣΟ ΣΟΦΌΣ",
            "a\u{301}Σ b",
        ] {
            assert_eq!(lower_str(text), text.to_lowercase(), "{text}");
        }
    }

    /// Prints `case/tables.rs` from the standard library's case data.
    #[test]
    #[ignore = "generates the tables; run with --ignored --nocapture"]
    fn print_case_tables() {
        let lower_of = |c: char| c.to_lowercase().collect::<Vec<char>>();
        let identity = |cp: u32| char::from_u32(cp).is_none_or(|c| lower_of(c) == [c]);
        // (first, last, offset, step): letters first, first + step, … last map to themselves + offset.
        let mut runs: Vec<(u32, u32, i64, u32)> = Vec::new();
        for c in every_char() {
            let l = lower_of(c);
            if l.len() != 1 || l[0] == c {
                continue;
            }
            let (cp, offset) = (
                u32::from(c),
                i64::from(u32::from(l[0])) - i64::from(u32::from(c)),
            );
            if let Some(run) = runs.last_mut()
                && run.2 == offset
            {
                let last = run.1;
                let fits = match run.3 {
                    0 => cp == last + 1 || (cp == last + 2 && identity(last + 1)),
                    1 => cp == last + 1,
                    _ => cp == last + 2 && identity(last + 1),
                };
                if fits {
                    run.3 = cp - last;
                    run.1 = cp;
                    continue;
                }
            }
            runs.push((cp, cp, offset, 0));
        }
        let mut ignorable: Vec<(u32, u32)> = Vec::new();
        for c in every_char() {
            let before = format!("{c}Σ").to_lowercase().ends_with('ς');
            let either = format!("A{c}Σ").to_lowercase().ends_with('ς');
            if either && !before {
                let cp = u32::from(c);
                match ignorable.last_mut() {
                    Some(range) if range.1 + 1 == cp => range.1 = cp,
                    _ => ignorable.push((cp, cp)),
                }
            }
        }
        let (major, minor, update) = std::char::UNICODE_VERSION;
        println!(
            "//! Generated from the Rust standard library's Unicode {major}.{minor}.{update} case data by `super::tests::print_case_tables`"
        );
        println!(
            "//! (`cargo test -p caravan-rules --lib print_case_tables -- --ignored --nocapture`); the other tests"
        );
        println!(
            "//! there check every code point against the standard library. Do not edit by hand."
        );
        println!();
        println!(
            "/// Runs of upper-case letters and their lower case, as `start << 11 | stride << 10 | (count - 1)` and"
        );
        println!(
            "/// the offset to add. Stride bit 1: every other code point (those between are lower case already)."
        );
        println!("#[rustfmt::skip]");
        println!("pub(super) const LOWER_RUNS: &[(u32, i32)] = &[");
        let entries = runs.iter().map(|&(first, last, offset, step)| {
            let every_other = u32::from(step == 2);
            let count = if step == 2 {
                (last - first) / 2 + 1
            } else {
                last - first + 1
            };
            assert!(count <= 1024);
            format!(
                "(0x{:X}, {offset}), ",
                first << 11 | every_other << 10 | (count - 1)
            )
        });
        print_wrapped(entries);
        println!("];");
        println!();
        println!(
            "/// Case-ignorable code points (Unicode `Case_Ignorable`), as `start << 11 | (count - 1)`."
        );
        println!("#[rustfmt::skip]");
        println!("pub(super) const CASE_IGNORABLE: &[u32] = &[");
        print_wrapped(ignorable.iter().map(|&(first, last)| {
            assert!(last - first < 2048);
            format!("0x{:X}, ", first << 11 | (last - first))
        }));
        println!("];");
    }

    fn print_wrapped(entries: impl Iterator<Item = String>) {
        let mut line = String::new();
        for entry in entries {
            if line.len() + entry.len() > 100 {
                println!("    {}", line.trim_end());
                line.clear();
            }
            line.push_str(&entry);
        }
        println!("    {}", line.trim_end());
    }
}
