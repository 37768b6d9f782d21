//! Plain word handling: whitespace collapsing, grapheme counting and case-folded words, for rules that
//! count or compare words rather than hunt for terms.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// `text` trimmed, with every whitespace run collapsed to one space: the form a title is stored in, so
/// lengths do not depend on stray spaces.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Text as the contact and link scanners read it: NFKC (full-width digits become digits), invisible
/// characters dropped, and every whitespace run (including no-break spaces) one ASCII space.
pub(crate) fn scannable(text: &str) -> String {
    if text.is_ascii() {
        return collapse_whitespace(text);
    }
    let normalised: String = text
        .nfkc()
        .filter(|c| !super::fold::is_invisible(*c))
        .collect();
    collapse_whitespace(&normalised)
}

/// Number of extended grapheme clusters (what a reader counts as characters).
pub(crate) fn grapheme_count(text: &str) -> usize {
    if text.is_ascii() {
        // Every ASCII character is its own cluster, except CR LF, which is one.
        return text.len() - text.matches("\r\n").count();
    }
    text.graphemes(true).count()
}

/// The words of `text`, NFKC-normalised and lower-cased, split on anything that is not a letter or digit.
pub(crate) fn folded_words(text: &str) -> Vec<String> {
    let normalised: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.nfkc().flat_map(char::to_lowercase).collect()
    };
    normalised
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn words_fold_case_and_width() {
        assert_eq!(
            folded_words("Ｐhone-CASE, phone"),
            ["phone", "case", "phone"]
        );
    }
}
