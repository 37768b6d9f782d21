//! Plain word handling: whitespace collapsing, grapheme counting and case-folded words, for rules that
//! count or compare words rather than hunt for terms.

use super::bytes::{HI, digit_bytes, letter_bytes, load8};
use std::borrow::Cow;

/// `text` trimmed, with every whitespace run collapsed to one space: the form a title is stored in, so
/// lengths do not depend on stray spaces.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    if text.is_ascii() {
        // Copies whole runs of words (see `push_collapsed`): `split_whitespace` decodes characters, which
        // costs on every keystroke.
        let mut out = String::with_capacity(text.len());
        push_collapsed(&mut out, text);
        if out.ends_with(' ') {
            out.pop();
        }
        return out;
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Appends `text` to `out` with every whitespace run as one space and no leading space, so the scanned
/// text comes out collapsed in the same pass that builds it (a trailing space is trimmed at the end).
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    if !text.is_ascii() {
        push_collapsed_general(out, text);
        return;
    }
    // Copied in as few pieces as possible: a single plain space that stays as it is does not break the
    // piece, so typed text (one space between words) is one copy. ASCII whitespace is at most b' ', and
    // the search passes over every other byte, and lone spaces, eight at a time; a space at the very
    // start is looked at, because it goes when `out` is empty or ends with a space.
    let bytes = text.as_bytes();
    let mut copy_from = 0;
    let mut next = if bytes.first() == Some(&b' ') {
        Some(0)
    } else {
        super::bytes::find_collapse_work(bytes, 0)
    };
    while let Some(i) = next {
        let mut end = i + 1;
        if bytes[i].is_ascii_whitespace() {
            while end < bytes.len() && bytes[end].is_ascii_whitespace() {
                end += 1;
            }
            let kept_as_is = end == i + 1
                && bytes[i] == b' '
                && (i > copy_from || !(out.is_empty() || out.ends_with(' ')));
            if !kept_as_is {
                out.push_str(&text[copy_from..i]);
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                copy_from = end;
            }
        }
        next = super::bytes::find_collapse_work(bytes, end);
    }
    out.push_str(&text[copy_from..]);
}

/// [`push_collapsed`] for any text (Unicode whitespace).
fn push_collapsed_general(out: &mut String, text: &str) {
    // Consecutive pieces of the split had exactly one whitespace character between them.
    for (i, piece) in text.split(char::is_whitespace).enumerate() {
        if i > 0 && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(piece);
    }
}

/// Text as the contact and link scanners read it: compatibility-folded (full-width digits become
/// digits, see [`super::compat`]), invisible
/// characters dropped, and every whitespace run (including no-break spaces) one ASCII space.
pub(crate) fn scannable(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        // Collapsed: whitespace only as single plain spaces, none at either end. One pass; whitespace
        // bytes are at most b' ', so one comparison passes every other byte.
        let mut after_space = true;
        let mut collapsed = true;
        for &b in text.as_bytes() {
            if b <= b' ' && b.is_ascii_whitespace() {
                if b != b' ' || after_space {
                    collapsed = false;
                    break;
                }
                after_space = true;
            } else {
                after_space = false;
            }
        }
        let collapsed = text.is_empty() || (collapsed && !after_space);
        return if collapsed {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(collapse_whitespace(text))
        };
    }
    Cow::Owned(collapse_whitespace(&super::compat::fold_str(text)))
}

/// Number of extended grapheme clusters (what a reader counts as characters).
pub(crate) fn grapheme_count(text: &str) -> usize {
    if text.is_ascii() {
        // Every ASCII character is its own cluster, except CR LF, which is one.
        if !text.as_bytes().contains(&b'\r') {
            return text.len();
        }
        return text.len() - text.matches("\r\n").count();
    }
    super::grapheme::count(text)
}

/// `text` compatibility-folded (see [`super::compat`]) and lower-cased, for splitting with [`words_of`].
pub(crate) fn folded_text(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        super::compat::fold_str(text)
            .chars()
            .flat_map(super::case::lower)
            .collect()
    }
}

/// The words of a [`folded_text`], split on anything that is not a letter or digit.
pub(crate) fn words_of(folded: &str) -> Words<'_> {
    Words {
        text: folded,
        pos: 0,
        ascii: folded.is_ascii(),
    }
}

/// `u8::is_ascii_alphanumeric` as one table lookup (it is three range checks).
fn is_ascii_alphanumeric(b: u8) -> bool {
    const TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        table
    };
    TABLE[usize::from(b)]
}

/// Iterator of [`words_of`]: ASCII texts are split byte by byte, without decoding characters.
#[derive(Debug, Clone)]
pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
    ascii: bool,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.ascii {
            // Eight bytes at a time: letters and digits found with exact chunk masks.
            let bytes = self.text.as_bytes();
            let alphanumeric = |v: u64| letter_bytes(v) | digit_bytes(v);
            let mut i = self.pos;
            loop {
                match bytes.get(i..i + 8).map(load8) {
                    Some(v) if alphanumeric(v) != 0 => {
                        i += alphanumeric(v).trailing_zeros() as usize / 8;
                        break;
                    }
                    Some(_) => i += 8,
                    None => {
                        i += bytes[i..].iter().position(|&b| is_ascii_alphanumeric(b))?;
                        break;
                    }
                }
            }
            let start = i;
            loop {
                match bytes.get(i..i + 8).map(load8) {
                    Some(v) if !alphanumeric(v) & HI != 0 => {
                        i += (!alphanumeric(v) & HI).trailing_zeros() as usize / 8;
                        break;
                    }
                    Some(_) => i += 8,
                    None => {
                        i += bytes[i..]
                            .iter()
                            .position(|&b| !is_ascii_alphanumeric(b))
                            .unwrap_or(bytes.len() - i);
                        break;
                    }
                }
            }
            self.pos = i;
            return Some(&self.text[start..i]);
        }
        let rest = &self.text[self.pos..];
        let (start, end) = {
            let start = rest.find(char::is_alphanumeric)?;
            let len = rest[start..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len() - start);
            (start, start + len)
        };
        self.pos += end;
        Some(&rest[start..end])
    }
}

/// A word of a folded text, as a byte range of it, with its hash. Sets of words are sorted by hash, then
/// text: as consistent an order as by text alone, but most comparisons are of two integers, where sorting
/// strings calls `memcmp` for every pair.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordAt {
    pub hash: u64,
    pub start: usize,
    pub end: usize,
}

impl WordAt {
    /// The word in the text it was taken from.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// The words of a [`folded_text`] into `out`, sorted by [`cmp_words`] (repeats kept, next to each other).
pub(crate) fn sorted_words(folded: &str, out: &mut Vec<WordAt>) {
    out.clear();
    let base = folded.as_ptr() as usize;
    out.extend(words_of(folded).map(|w| {
        let start = w.as_ptr() as usize - base;
        WordAt {
            hash: super::bytes::hash_word(w.as_bytes()),
            start,
            end: start + w.len(),
        }
    }));
    crate::sort::sort_by(out, |a, b| cmp_words(folded, a, folded, b).is_lt());
}

/// The order of [`sorted_words`]: by hash, then by text (so equal means the same word).
pub(crate) fn cmp_words(a_text: &str, a: &WordAt, b_text: &str, b: &WordAt) -> std::cmp::Ordering {
    a.hash
        .cmp(&b.hash)
        .then_with(|| a_text.as_bytes()[a.start..a.end].cmp(&b_text.as_bytes()[b.start..b.end]))
}

/// The words of `text`, compatibility-folded and lower-cased, split on anything that is not a letter or digit.
#[cfg(test)]
pub(crate) fn folded_words(text: &str) -> Vec<String> {
    words_of(&folded_text(text)).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn collapses_and_counts() {
        assert_eq!(collapse_whitespace("  a \t b\n\nc "), "a b c");
        assert_eq!(grapheme_count("abc"), 3);
        assert_eq!(grapheme_count("👍🏽手机"), 3);
        assert_eq!(grapheme_count("e\u{301}"), 1);
    }

    #[test]
    fn scannable_text_is_plain() {
        assert_eq!(
            scannable("+７ 916\u{a0}\u{a0}123\u{200b}-45"),
            "+7 916 123-45"
        );
    }

    #[test]
    fn scannable_ascii_text_is_collapsed() {
        let alphabet = ['a', ' ', '\t', '\r', '\n', '\x0b'];
        let mut text = String::new();
        for n in 0..6usize.pow(6) {
            text.clear();
            let mut m = n;
            while m > 0 {
                text.push(alphabet[m % 6]);
                m /= 6;
            }
            let reference = text
                .split(|c: char| c.is_ascii_whitespace())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(collapse_whitespace(&text), reference, "{text:?}");
            assert_eq!(scannable(&text), reference, "{text:?}");
            let expected = text.graphemes(true).count();
            assert_eq!(grapheme_count(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn collapsing_fast_path_equals_the_general_path_on_long_texts() {
        // Not U+000B: the ASCII path, like `u8::is_ascii_whitespace`, does not count it as whitespace,
        // where `char::is_whitespace` does (a difference both paths have always had).
        let alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\x01', '\r'];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20_000 {
            let len = next(40);
            let text: String = (0..len)
                .map(|_| alphabet[if next(2) == 0 { next(8) } else { next(3) }])
                .collect();
            for prefix in ["", "x", "x "] {
                let (mut fast, mut general) = (prefix.to_owned(), prefix.to_owned());
                push_collapsed(&mut fast, &text);
                push_collapsed_general(&mut general, &text);
                assert_eq!(fast, general, "{prefix:?} + {text:?}");
            }
        }
    }

    #[test]
    fn collapsing_fast_path_equals_the_general_path() {
        let alphabet = ['a', ' ', '\t', '\n'];
        let mut text = String::new();
        for n in 0..4usize.pow(7) {
            text.clear();
            let mut m = n;
            while m > 0 {
                text.push(alphabet[m % 4]);
                m /= 4;
            }
            for prefix in ["", "x", "x "] {
                let (mut fast, mut general) = (prefix.to_owned(), prefix.to_owned());
                push_collapsed(&mut fast, &text);
                push_collapsed_general(&mut general, &text);
                assert_eq!(fast, general, "{prefix:?} + {text:?}");
            }
        }
    }

    #[test]
    fn ascii_words_equal_character_words() {
        let alphabet = b"abZ09 -.,\t@_";
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20_000 {
            let len = next(50);
            let text: String = (0..len)
                .map(|_| {
                    char::from(
                        alphabet[if next(2) == 0 {
                            next(alphabet.len())
                        } else {
                            next(5)
                        }],
                    )
                })
                .collect();
            let expected: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words_of(&text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn words_fold_case_and_width() {
        assert_eq!(
            folded_words("Ｐhone-CASE, phone"),
            ["phone", "case", "phone"]
        );
    }
}
