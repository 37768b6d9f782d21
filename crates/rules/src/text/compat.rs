//! A compact stand-in for Unicode NFKC, made for matching words.
//!
//! Full NFKC (the `unicode-normalization` crate) costs about 48 KB brotli in the browser bundle, most of
//! the rule engine's budget, for tables of scripts the rules never match. This module keeps what changes
//! whether a term matches: full-width forms, mathematical, enclosed and squared letters and digits,
//! super- and subscripts, ligatures and letterlike symbols (the compatibility mappings), and accented
//! Latin, Greek and Cyrillic letters folded to their base letter (canonical decomposition, marks
//! dropped). Composition is not needed: marks are dropped, so `e` + U+0301 and `é` both become `e`.
//! The tables in `compat/tables.rs` are generated from Unicode data. Left out on purpose: the CJK
//! compatibility blocks (circled ideographs, squared units such as `㎏`), which no term needs.

mod tables;

use tables::{MULTI_ENDS, MULTI_FROM, MULTI_TO, SINGLE_ASTRAL, SINGLE_BMP_FROM, SINGLE_BMP_TO};

/// Calls `emit` with the compatibility fold of `c`: one character, several (`ﬁ` → `f`, `i`), or `c`
/// itself. Case is kept; callers lower-case afterwards.
pub(crate) fn fold_char(c: char, emit: &mut impl FnMut(char)) {
    let cp = u32::from(c);
    let mapped = match cp {
        0..=0x7F => Some(c),
        // Full-width ASCII.
        0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0),
        // Spaces of every width.
        0xA0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Some(' '),
        // Mathematical alphanumeric letters: 13 styles of A–Z a–z, 52 code points each.
        0x1D400..=0x1D6A3 => {
            let i = (cp - 0x1D400) % 52;
            char::from_u32(if i < 26 { 0x41 + i } else { 0x61 + i - 26 })
        }
        // Mathematical digits: 5 styles of 0–9.
        0x1D7CE..=0x1D7FF => char::from_u32(0x30 + (cp - 0x1D7CE) % 10),
        _ => None,
    };
    if let Some(mapped) = mapped {
        emit(mapped);
        return;
    }
    let single = match u16::try_from(cp) {
        Ok(bmp) => SINGLE_BMP_FROM
            .binary_search(&bmp)
            .ok()
            .map(|i| SINGLE_BMP_TO[i]),
        Err(_) => SINGLE_ASTRAL
            .binary_search_by_key(&cp, |&(from, _)| from)
            .ok()
            .map(|i| SINGLE_ASTRAL[i].1),
    };
    if let Some(to) = single.and_then(|to| char::from_u32(u32::from(to))) {
        emit(to);
    } else if let Ok(i) = MULTI_FROM.binary_search(&cp) {
        let start = i.checked_sub(1).map_or(0, |i| usize::from(MULTI_ENDS[i]));
        MULTI_TO[start..usize::from(MULTI_ENDS[i])]
            .chars()
            .for_each(emit);
    } else {
        emit(c);
    }
}

/// Combining marks (accents, Hebrew and Arabic points, zalgo), which matching ignores. Marks of scripts
/// where they change the letter (Indic, Thai, kana voicing) are kept.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(u32::from(c),
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5
        | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// `text` with every character folded by [`fold_char`] and marks and invisible characters dropped.
pub(crate) fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_mark(c) || super::fold::is_invisible(c) {
            continue;
        }
        fold_char(c, &mut |d| out.push(d));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_compatibility_forms_and_accents() {
        assert_eq!(fold_str("ｇｕｎ ＧＵＮ"), "gun GUN");
        assert_eq!(fold_str("𝐠𝐮𝐧 𝔤𝔲𝔫 𝟗"), "gun gun 9");
        assert_eq!(fold_str("ⓖⓤⓝ ﬁne ⑫ ²"), "gun fine 12 2");
        assert_eq!(
            fold_str("Café Ørsted ĳ Ёлка йод"),
            "Cafe Ørsted ij Елка иод"
        );
        assert_eq!(fold_str("e\u{301}\u{332}x"), "ex");
        assert_eq!(fold_str("5kg\u{a0}\u{3000}™ 🄰"), "5kg  TM A");
        assert_eq!(fold_str("手机壳 чехол"), "手机壳 чехол");
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(SINGLE_BMP_FROM.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(SINGLE_BMP_FROM.len(), SINGLE_BMP_TO.len());
        assert!(SINGLE_ASTRAL.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(MULTI_FROM.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(MULTI_FROM.len(), MULTI_ENDS.len());
        assert_eq!(
            usize::from(MULTI_ENDS[MULTI_ENDS.len() - 1]),
            MULTI_TO.len()
        );
        assert!(
            MULTI_ENDS
                .iter()
                .all(|&end| MULTI_TO.is_char_boundary(usize::from(end)))
        );
    }
}
