//! Folding text into a matching skeleton, so that evasions of a term land on the same bytes as the term.
//!
//! The skeleton is built in four steps:
//! 1. Compatibility folding, a compact subset of Unicode NFKC (see [`super::compat`]): full-width,
//!    circled and mathematical letters become plain letters, accented letters their base letter; skipped
//!    for pure ASCII input, which it leaves unchanged.
//! 2. Lower-casing, dropping diacritics of Latin, Greek and Cyrillic letters, and dropping invisible
//!    characters (zero-width space, soft hyphen, variation selectors) and stray combining marks.
//! 3. Look-alike folding: Cyrillic and Greek letters that look Latin become Latin (`а` → `a`), and `l`
//!    becomes `i` so that `1`, `l` and `i` meet.
//! 4. Tokenising on everything that is not a letter or digit. Runs of two or more one-character tokens are
//!    joined (`g u n`, `g.u.n` → `gun`); tokens that mix letters with digits or `@`/`$` get leetspeak folding
//!    (`9un` → `gun`, `c0caine` → `cocaine`), while pure numbers stay numbers. Scripts written without
//!    spaces (CJK, Thai, …) form runs that ignore separators, so `大 麻` still reads `大麻`.
//!
//! The result is the tokens joined by single spaces, with a space at both ends, so a whole-word match is a
//! match with a space on either side.

use super::{
    bytes::{HI, LO, letter_bytes, load8, zero_bytes_exact},
    compat::{fold_char, is_mark},
};

/// Folds `text` into its matching skeleton (see the module docs).
pub(crate) fn skeleton(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len() + 2);
    skeleton_into(text, &mut out);
    // Only ASCII bytes and whole UTF-8 strings were written.
    String::from_utf8(out).unwrap_or_default()
}

/// Appends the skeleton of `text` to `out` (UTF-8 bytes), which is empty or a skeleton itself (ends with
/// a space): several texts folded into one buffer match as separate texts (tokens never join across
/// them), without an allocation per text. Bytes rather than a `String`, so the ASCII path can write and
/// fix up bytes in place; the matcher searches bytes anyway.
pub(crate) fn skeleton_into(text: &str, out: &mut Vec<u8>) {
    if out.is_empty() {
        out.push(b' ');
    }
    if text.is_ascii() {
        skeleton_ascii_into(text.as_bytes(), out);
    } else {
        let mut folder = Folder::default();
        for c in text.chars() {
            fold_char(c, &mut |d| folder.push(d));
        }
        let mut folded = String::new();
        folder.finish_into(&mut folded);
        out.extend_from_slice(folded.as_bytes());
    }
}

/// Byte classes of the ASCII fast path, as bits so a token's classes can be or-ed together.
const SEPARATOR: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const LEET_SIGN: u8 = 4;

const fn ascii_class(b: u8) -> u8 {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => LETTER,
        b'0'..=b'9' => DIGIT,
        b'@' | b'$' => LEET_SIGN,
        _ => SEPARATOR,
    }
}

/// Tables indexed by any byte (256 entries, so indexing needs no bounds check); only ASCII bytes are
/// ever looked up.
const ASCII_CLASS: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_class(b as u8);
        b += 1;
    }
    table
};

/// Lower case plus the `l` → `i` look-alike fold.
const ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let lower = (b as u8).to_ascii_lowercase();
        table[b] = if lower == b'l' { b'i' } else { lower };
        b += 1;
    }
    table
};

/// [`ASCII_FOLD`] followed by leetspeak folding, for tokens that mix letters with digits or signs.
const ASCII_FOLD_LEET: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = leet(ASCII_FOLD[b] as char) as u8;
        b += 1;
    }
    table
};

/// Whether a token (or run of one-character tokens) with these class bits gets leetspeak folding: it
/// has letters and also digits or signs.
fn is_leet(classes: u8) -> bool {
    classes & LETTER != 0 && classes & (DIGIT | LEET_SIGN) != 0
}

/// ASCII letters of a chunk (`letters` from [`letter_bytes`]) lower-cased and `l` folded to `i`, as
/// [`ASCII_FOLD`] does byte by byte.
fn fold_letters(chunk: u64, letters: u64) -> u64 {
    let lower = chunk | letters >> 2;
    lower - (zero_bytes_exact(lower ^ (LO * u64::from(b'l'))) >> 7) * 3
}

/// [`skeleton_into`] for ASCII text: the same result as the general path (a test compares them), in one
/// pass over bytes with table lookups, because titles and descriptions are mostly ASCII and this runs on
/// every keystroke.
fn skeleton_ascii_into(bytes: &[u8], out: &mut Vec<u8>) {
    let class = |b: u8| ASCII_CLASS[usize::from(b)];
    // Eight bytes more than the skeleton can grow to: the fast path below writes whole chunks.
    out.reserve(bytes.len() + 9);
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        if class(bytes[i]) == SEPARATOR {
            i += 1;
            continue;
        }
        // Fast path for the commonest token, two to seven letters followed by a separator: classified,
        // lower-cased and `l`-folded eight bytes at a time, written as one chunk and cut to length.
        // (Handling longer words the same way measured slower: they are rarer, and the extra branches
        // cost every token.)
        if let Some(chunk) = bytes.get(i..i + 8).map(load8) {
            let letters = letter_bytes(chunk);
            let len = (!letters & HI).trailing_zeros() as usize / 8;
            if (2..8).contains(&len) && class(bytes[i + len]) == SEPARATOR {
                let at = out.len();
                out.extend_from_slice(&fold_letters(chunk, letters).to_le_bytes());
                out.truncate(at + len);
                out.push(b' ');
                i += len;
                continue;
            }
        }
        let start = i;
        let mut classes = class(bytes[i]);
        i += 1;
        while i < n {
            let c = class(bytes[i]);
            if c == SEPARATOR {
                break;
            }
            classes |= c;
            i += 1;
        }
        if i - start == 1 {
            // A one-character token: look ahead for a run of them (`g u n`), which is read as one word.
            let mut end = i;
            loop {
                let mut k = end;
                while k < n && class(bytes[k]) == SEPARATOR {
                    k += 1;
                }
                if k < n && (k + 1 == n || class(bytes[k + 1]) == SEPARATOR) {
                    classes |= class(bytes[k]);
                    end = k + 1;
                } else {
                    break;
                }
            }
            if end > i {
                let table = if is_leet(classes) {
                    &ASCII_FOLD_LEET
                } else {
                    &ASCII_FOLD
                };
                for &b in &bytes[start..end] {
                    if class(b) != SEPARATOR {
                        out.push(table[usize::from(b)]);
                    }
                }
                out.push(b' ');
                i = end;
                continue;
            }
        }
        let table = if is_leet(classes) {
            &ASCII_FOLD_LEET
        } else {
            &ASCII_FOLD
        };
        out.extend(bytes[start..i].iter().map(|&b| table[usize::from(b)]));
        out.push(b' ');
    }
}

/// Whether `c` belongs to a script written without spaces between words; terms in these scripts are matched
/// as substrings, since there are no word boundaries to respect.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1100..=0x11FF // Hangul Jamo
        | 0x1780..=0x17FF // Khmer
        | 0x2E80..=0x2FDF // CJK radicals
        | 0x3005..=0x3007 // 々 〆 〇
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3130..=0x318F // Hangul compatibility Jamo
        | 0x31F0..=0x31FF // Katakana extension
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x3FFFF // CJK extensions B and later
    )
}

/// Characters that render as nothing and are used to split a word invisibly.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0x1BCA0..=0x1BCA3 | 0xE0000..=0xE0FFF
    )
}

/// Look-alike folding of one lower-case letter onto the Latin letter it imitates.
fn look_alike(c: char) -> char {
    match c {
        'l' | 'ı' | 'ł' | 'і' | 'ї' | 'ӏ' | 'ι' => 'i',
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'е' | 'ё' | 'ε' => 'e',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'н' | 'η' => 'n',
        'о' | 'ο' | 'σ' | 'ς' => 'o',
        'р' | 'ρ' => 'p',
        'с' | 'ϲ' => 'c',
        'т' | 'τ' => 't',
        'у' | 'γ' => 'y',
        'х' | 'χ' => 'x',
        'ѕ' => 's',
        'ј' => 'j',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' | 'ω' => 'w',
        'һ' => 'h',
        'υ' | 'μ' => 'u',
        'ν' => 'v',
        'ø' => 'o',
        'đ' => 'd',
        'ħ' => 'h',
        'ɡ' => 'g',
        other => other,
    }
}

/// Leetspeak folding, applied only inside tokens that also contain letters.
pub(crate) const fn leet(c: char) -> char {
    match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        other => other,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    /// Letters and digits of a spaced script.
    Word,
    /// A run of an unspaced script.
    Unspaced,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    kind: TokenKind,
    chars: usize,
    letters: bool,
}

/// Streaming tokeniser state.
#[derive(Default)]
struct Folder {
    buf: String,
    tokens: Vec<Token>,
    open: Option<Token>,
}

impl Folder {
    fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.push_folded(c.to_ascii_lowercase());
            return;
        }
        if is_invisible(c) || is_mark(c) {
            return;
        }
        for lower in super::case::lower(c) {
            if lower == 'ß' {
                self.push_folded('s');
                self.push_folded('s');
            } else {
                // Accents are gone already: `fold_char` maps accented letters to their base letter.
                self.push_folded(look_alike(lower));
            }
        }
    }

    fn push_folded(&mut self, c: char) {
        let c = if c == 'l' { 'i' } else { c };
        let kind = if is_unspaced(c) {
            TokenKind::Unspaced
        } else if c.is_alphanumeric() || c == '@' || c == '$' {
            TokenKind::Word
        } else {
            self.close();
            return;
        };
        if let Some(open) = &self.open
            && open.kind != kind
        {
            self.close();
        }
        let start = self.buf.len();
        self.buf.push(c);
        let letters = kind == TokenKind::Unspaced || c.is_alphabetic();
        match &mut self.open {
            Some(open) => {
                open.end = self.buf.len();
                open.chars += 1;
                open.letters |= letters;
            }
            None => {
                self.open = Some(Token {
                    start,
                    end: self.buf.len(),
                    kind,
                    chars: 1,
                    letters,
                })
            }
        }
    }

    fn close(&mut self) {
        if let Some(token) = self.open.take() {
            self.tokens.push(token);
        }
    }

    fn finish_into(mut self, out: &mut String) {
        self.close();
        let tokens = &self.tokens;
        let mut i = 0;
        while i < tokens.len() {
            let token = tokens[i];
            let mut j = i + 1;
            match token.kind {
                TokenKind::Unspaced => {
                    // Separators inside an unspaced run are evasion, not word breaks.
                    while j < tokens.len() && tokens[j].kind == TokenKind::Unspaced {
                        j += 1;
                    }
                    for t in &tokens[i..j] {
                        out.push_str(&self.buf[t.start..t.end]);
                    }
                }
                TokenKind::Word => {
                    if token.chars == 1 {
                        while j < tokens.len()
                            && tokens[j].kind == TokenKind::Word
                            && tokens[j].chars == 1
                        {
                            j += 1;
                        }
                        if j - i < 2 {
                            j = i + 1;
                        }
                    }
                    let run = &tokens[i..j];
                    let letters = run.iter().any(|t| t.letters);
                    for t in run {
                        let text = &self.buf[t.start..t.end];
                        if letters {
                            out.extend(text.chars().map(leet));
                        } else {
                            out.push_str(text);
                        }
                    }
                }
            }
            out.push(' ');
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_lowercased_and_spaced() {
        assert_eq!(skeleton("Blue  T-Shirt, XL!"), " biue t shirt xi ");
        assert_eq!(skeleton(""), " ");
    }

    #[test]
    fn evasions_fold_onto_the_term() {
        for evasion in [
            "gun",
            "GUN",
            "g u n",
            "g.u.n",
            "g-u-n",
            "9un",
            "ｇｕｎ",
            "g\u{200b}un",
            "gun\u{0332}",
            "ɡun",
        ] {
            assert_eq!(skeleton(evasion), " gun ", "{evasion:?}");
        }
        // Cyrillic а and о in a Latin word.
        assert_eq!(skeleton("cоcаine"), skeleton("cocaine"));
        assert_eq!(skeleton("c0caine"), " cocaine ");
        assert_eq!(skeleton("Pi11s"), skeleton("pills"));
        assert_eq!(skeleton("Straße"), " strasse ");
        assert_eq!(skeleton("Café"), " cafe ");
    }

    #[test]
    fn ascii_fast_path_equals_the_general_path() {
        let general = |text: &str| {
            let mut folder = Folder::default();
            text.chars().for_each(|c| folder.push(c));
            let mut out = String::from(" ");
            folder.finish_into(&mut out);
            out
        };
        let skeleton_ascii = |bytes: &[u8]| {
            let mut out = vec![b' '];
            skeleton_ascii_into(bytes, &mut out);
            String::from_utf8(out).unwrap()
        };
        for text in [
            "",
            " ",
            "Blue  T-Shirt, XL!",
            "g u n",
            "a g u n s",
            "9un 2024 ak47",
            "x 1 y",
            "@$ a@b.com",
            "ALL CAPS l1L",
            "S M L XL",
            "1 2 3",
            "$5 off",
            "c0caine and 9 u n",
        ] {
            assert_eq!(skeleton_ascii(text.as_bytes()), general(text), "{text:?}");
        }
        // Every string of up to six characters over an alphabet of the interesting classes.
        let alphabet = ['a', 'L', '1', '9', ' ', '.', '@'];
        let mut text = String::new();
        for n in 0..7usize.pow(6) {
            text.clear();
            let mut m = n;
            while m > 0 {
                text.push(alphabet[m % 7]);
                m /= 7;
            }
            assert_eq!(skeleton_ascii(text.as_bytes()), general(&text), "{text:?}");
        }
    }

    #[test]
    fn ascii_fast_path_equals_the_general_path_on_long_texts() {
        let general = |text: &str| {
            let mut folder = Folder::default();
            text.chars().for_each(|c| folder.push(c));
            let mut out = String::from(" ");
            folder.finish_into(&mut out);
            out
        };
        let alphabet = b"abclLzZAy19@$ .,-\t";
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20_000 {
            let len = next(40);
            let text: String = (0..len)
                .map(|_| {
                    // Mostly letters, so that runs of two to eight letters are common.
                    let k = if next(3) == 0 {
                        next(alphabet.len())
                    } else {
                        next(9)
                    };
                    char::from(alphabet[k])
                })
                .collect();
            let mut out = vec![b' '];
            skeleton_ascii_into(text.as_bytes(), &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), general(&text), "{text:?}");
        }
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(skeleton("iPhone 15, 2024"), " iphone 15 2024 ");
        assert_eq!(skeleton("1 2 3"), " 123 ");
    }

    #[test]
    fn unspaced_scripts_ignore_separators() {
        assert_eq!(skeleton("大 麻"), " 大麻 ");
        assert_eq!(skeleton("买gun枪"), " 买 gun 枪 ");
    }
}
