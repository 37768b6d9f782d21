//! Term matching over folded texts (see [`super::fold`]): whole words for spaced scripts, substrings for
//! unspaced ones, and allow-phrases that mask terms inside them.
//!
//! A folded text is its tokens joined by single spaces, so a term of spaced-script words matches exactly
//! when a run of consecutive tokens equals its words (the last one may carry an English plural `s`/`es`).
//! Such terms, nearly all of a policy, are found by looking each token up in a hash map of first words:
//! one lookup per token instead of an automaton step per byte, and no automaton code in the browser
//! bundle. Terms with characters of unspaced scripts (CJK, Thai) are found as substrings, checked at the
//! positions where their first byte occurs; they are few, and absent from most texts.

use super::{
    bytes::{first_in_chunk, hash_short, hash_word, keep_bytes, load_padded, load8},
    fold::{is_unspaced, skeleton},
};
use std::collections::BTreeMap;

/// Why a term cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MatcherError {
    /// The term folds to nothing (only punctuation or invisible characters).
    #[error("term `{0}` is empty after folding")]
    EmptyTerm(String),
}

/// One policy entry a pattern stands for: what it means (`K`) and the term as written in the policy.
#[derive(Debug, Clone)]
pub(crate) struct Entry<K> {
    pub kind: K,
    pub term: String,
}

/// A slot of [`WordIndex`]: the word it holds and where the patterns of that first word are listed.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The word's bytes zero-padded, when it has at most eight: compared as one integer.
    short: u64,
    /// The word, as a range of [`WordIndex::words`].
    word_start: u32,
    word_len: u32,
    /// The patterns, as a range of [`WordIndex::ids`].
    start: u32,
    len: u32,
}

/// Word patterns by first word: an open-addressing table built once per policy, so a lookup is one hash
/// and usually one probe of a small fingerprint array (most tokens of a text are not terms, and the
/// fingerprints of 5,000 words fit in 32 KB of cache), with no hash-map code in the bundle.
#[derive(Debug, Clone, Default)]
struct WordIndex {
    /// A bitmap of the words' hashes (about 32 bits per word), checked
    /// before the table: most tokens of a text are not first words of any term, and one bit test with a
    /// predictable branch turns away nearly all of them, where probing the half-full table branches on
    /// a coin flip for every token.
    filter: Vec<u64>,
    filter_shift: u32,
    /// 16 bits of each slot's hash, never 0; 0 marks an empty slot.
    fingerprints: Vec<u16>,
    slots: Vec<Slot>,
    shift: u32,
    ids: Vec<u32>,
    /// The words of all slots, concatenated: a hit compares against them without chasing the pattern.
    words: Vec<u8>,
}

fn fingerprint(hash: u64) -> u16 {
    (hash >> 48) as u16 | 1
}

/// A length or offset of the index as `u32` (texts and policies are far below 4 GB).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl WordIndex {
    fn build(patterns: &[Pattern]) -> WordIndex {
        let mut groups: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for (i, pattern) in patterns.iter().enumerate() {
            if let Some(word) = pattern.words.first() {
                groups.entry(word).or_default().push(to_u32(i));
            }
        }
        // At most half full, a power of two.
        let bits = (groups.len() * 2)
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let filter_bits = (groups.len() * 32)
            .max(64)
            .next_power_of_two()
            .trailing_zeros();
        let mut index = WordIndex {
            filter: vec![0; 1 << (filter_bits - 6)],
            filter_shift: 64 - filter_bits,
            fingerprints: vec![0; 1 << bits],
            slots: vec![Slot::default(); 1 << bits],
            shift: 64 - bits,
            ids: Vec::new(),
            words: Vec::new(),
        };
        for (word, ids) in groups {
            let hash = hash_word(word.as_bytes());
            let bit = index.filter_bit(hash);
            index.filter[bit >> 6] |= 1 << (bit & 63);
            let mut at = index.home(hash);
            while index.fingerprints[at] != 0 {
                at = (at + 1) & (index.slots.len() - 1);
            }
            index.fingerprints[at] = fingerprint(hash);
            index.slots[at] = Slot {
                short: load_padded(&word.as_bytes()[..word.len().min(8)]),
                word_start: to_u32(index.words.len()),
                word_len: to_u32(word.len()),
                start: to_u32(index.ids.len()),
                len: to_u32(ids.len()),
            };
            index.words.extend_from_slice(word.as_bytes());
            index.ids.extend(ids);
        }
        index
    }

    /// The word's bit in `filter`: another multiplier than `home`, so the two are independent.
    fn filter_bit(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> self.filter_shift) as usize
    }

    fn home(&self, hash: u64) -> usize {
        // Fibonacci hashing: the high bits of a multiplication spread FxHash's weak low bits.
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The patterns whose first word is `word`, given with its [`hash_word`] hash computed by the caller.
    #[inline(always)]
    /// `short` is the word's first eight bytes zero-padded ([`load_padded`]).
    fn get_hashed(&self, hash: u64, word: &[u8], short: u64) -> &[u32] {
        if self.slots.is_empty() {
            return &[];
        }
        let bit = self.filter_bit(hash);
        if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 {
            return &[];
        }
        let wanted = fingerprint(hash);
        let mask = self.slots.len() - 1;
        let mut at = self.home(hash);
        loop {
            match self.fingerprints[at] {
                0 => return &[],
                found if found == wanted => {
                    let slot = self.slots[at];
                    let start = slot.word_start as usize;
                    let same = slot.word_len as usize == word.len()
                        && slot.short == short
                        && (word.len() <= 8
                            || self.words[start..start + slot.word_len as usize] == *word);
                    if same {
                        return &self.ids[slot.start as usize..(slot.start + slot.len) as usize];
                    }
                }
                _ => {}
            }
            at = (at + 1) & mask;
        }
    }
}

#[derive(Debug, Clone)]
struct Pattern {
    /// The folded pattern, without the edge spaces.
    folded: Box<str>,
    /// Its words, for patterns without unspaced-script characters.
    words: Vec<Box<str>>,
    /// Require a word boundary before the match (the term starts with a spaced-script character).
    left: bool,
    /// Require a word boundary after the match, allowing an English plural `s`/`es` before it.
    right: bool,
    /// Indexes into `entries` of everything this folded pattern stands for.
    entries: Vec<usize>,
}

/// Whether a pattern is a term to report or a phrase whose span masks terms inside it.
pub(crate) trait Maskable {
    /// True for allow-phrases.
    fn is_allow(&self) -> bool;
}

/// A compiled set of terms.
#[derive(Debug, Clone)]
pub(crate) struct TermMatcher<K> {
    patterns: Vec<Pattern>,
    entries: Vec<Entry<K>>,
    /// Word patterns by their first word.
    by_first_word: WordIndex,
    /// Substring patterns (with unspaced-script characters, so never in pure ASCII text) by their first
    /// byte.
    by_first_byte: Vec<Vec<u32>>,
}

/// Buffers of [`TermMatcher::find_into`], kept by the caller between texts.
#[derive(Debug, Default)]
pub(crate) struct FindScratch {
    matches: Vec<(usize, usize, u32)>,
    hits: Vec<(usize, usize, usize)>,
    allowed: Vec<(usize, usize)>,
}

/// A term found in a text (hits come in order of position).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'m, K> {
    pub entry: &'m Entry<K>,
}

impl<K: Maskable> TermMatcher<K> {
    /// Compiles `(kind, term)` pairs. Terms are folded exactly like the texts they are matched against.
    pub fn new(terms: impl IntoIterator<Item = (K, String)>) -> Result<Self, MatcherError> {
        let mut by_folded: BTreeMap<String, usize> = BTreeMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut entries = Vec::new();
        for (kind, term) in terms {
            let folded = skeleton(&term);
            let trimmed = folded.trim_matches(' ');
            if trimmed.is_empty() {
                return Err(MatcherError::EmptyTerm(term));
            }
            let index = match by_folded.get(trimmed) {
                Some(&index) => index,
                None => {
                    let first = trimmed.chars().next().unwrap_or(' ');
                    let last = trimmed.chars().next_back().unwrap_or(' ');
                    let words = if trimmed.chars().any(is_unspaced) {
                        Vec::new()
                    } else {
                        trimmed.split(' ').map(Box::from).collect()
                    };
                    patterns.push(Pattern {
                        folded: trimmed.into(),
                        words,
                        left: !is_unspaced(first),
                        right: !is_unspaced(last),
                        entries: Vec::new(),
                    });
                    by_folded.insert(trimmed.to_owned(), patterns.len() - 1);
                    patterns.len() - 1
                }
            };
            patterns[index].entries.push(entries.len());
            entries.push(Entry { kind, term });
        }
        let by_first_word = WordIndex::build(&patterns);
        let mut by_first_byte = vec![Vec::new(); 256];
        for (i, pattern) in patterns.iter().enumerate() {
            if pattern.words.is_empty() {
                by_first_byte[usize::from(pattern.folded.as_bytes()[0])].push(to_u32(i));
            }
        }
        Ok(TermMatcher {
            patterns,
            entries,
            by_first_word,
            by_first_byte,
        })
    }

    /// Number of distinct folded patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every term found in a folded text (see [`skeleton`]), minus those inside an allow-phrase, in order
    /// of position; allow-phrases themselves are not reported.
    pub fn find<'m>(&'m self, folded: &[u8]) -> Vec<Hit<'m, K>> {
        let mut hits = Vec::new();
        self.find_into(folded, &mut FindScratch::default(), |entry| {
            hits.push(Hit { entry })
        });
        hits
    }

    /// [`TermMatcher::find`] calling `emit` for each hit, with buffers that the caller reuses across
    /// texts: checking a listing matches several fields, and most of them match nothing.
    pub fn find_into<'m>(
        &'m self,
        folded: &[u8],
        scratch: &mut FindScratch,
        mut emit: impl FnMut(&'m Entry<K>),
    ) {
        // (start, end, pattern) of every match, then expanded to entries. Both searches work on bytes:
        // patterns and texts are UTF-8, so a pattern can only match where a character starts.
        let matches = &mut scratch.matches;
        matches.clear();
        self.find_words(folded, matches);
        if !folded.is_ascii() {
            self.find_substrings(folded, matches);
        }
        if matches.is_empty() {
            return;
        }
        let (hits, allowed) = (&mut scratch.hits, &mut scratch.allowed);
        hits.clear();
        allowed.clear();
        for &(start, end, id) in matches.iter() {
            for &entry in &self.patterns[id as usize].entries {
                if self.entries[entry].kind.is_allow() {
                    allowed.push((start, end));
                } else {
                    hits.push((start, end, entry));
                }
            }
        }
        hits.retain(|&(start, end, _)| !allowed.iter().any(|&(a, b)| a <= start && end <= b));
        crate::sort::sort(hits);
        for &(_, _, entry) in hits.iter() {
            emit(&self.entries[entry]);
        }
    }

    /// Word patterns: runs of consecutive tokens equal to a pattern's words. Works on bytes: a folded text
    /// is tokens separated by spaces, and a token is compared, never decoded.
    fn find_words(&self, text: &[u8], matches: &mut Vec<(usize, usize, u32)>) {
        let n = text.len();
        let mut start = 0;
        while start < n {
            if text[start] == b' ' {
                start += 1;
                continue;
            }
            // Most tokens are shorter than eight bytes: one chunk finds the end and is the hash input.
            let (end, hash, chunk) = match text.get(start..start + 8).map(load8) {
                Some(chunk) => match first_in_chunk(chunk, b' ') {
                    Some(len) => (start + len, hash_short(len, keep_bytes(chunk, len)), chunk),
                    None => {
                        let end = token_end(text, start + 8);
                        (end, hash_word(&text[start..end]), chunk)
                    }
                },
                None => {
                    let end = token_end(text, start);
                    let word = &text[start..end];
                    (end, hash_word(word), load_padded(word))
                }
            };
            let word = &text[start..end];
            let short = keep_bytes(chunk, word.len().min(8));
            for &id in self.by_first_word.get_hashed(hash, word, short) {
                let words = &self.patterns[id as usize].words;
                let matched_end = if words.len() == 1 {
                    Some(end)
                } else {
                    following_words(text, end, &words[1..])
                };
                if let Some(matched_end) = matched_end {
                    matches.push((start, matched_end, id));
                }
            }
            // A plural of a one-word pattern (`guns` → `gun`, `boxes` → `box`).
            if let [stem @ .., b's'] = word {
                let singulars = [Some(stem), stem.strip_suffix(b"e")];
                for singular in singulars.into_iter().flatten().filter(|s| !s.is_empty()) {
                    let len = singular.len();
                    let hash = if len <= 8 {
                        hash_short(len, keep_bytes(chunk, len))
                    } else {
                        hash_word(singular)
                    };
                    let short = keep_bytes(chunk, len.min(8));
                    for &id in self.by_first_word.get_hashed(hash, singular, short) {
                        if self.patterns[id as usize].words.len() == 1 {
                            matches.push((start, end, id));
                        }
                    }
                }
            }
            start = end;
        }
    }

    /// Substring patterns: checked where their first byte occurs, with the same boundary rules.
    fn find_substrings(&self, folded: &[u8], matches: &mut Vec<(usize, usize, u32)>) {
        for (start, &b) in folded.iter().enumerate() {
            for &id in &self.by_first_byte[usize::from(b)] {
                let pattern = &self.patterns[id as usize];
                let bytes = pattern.folded.as_bytes();
                if !folded[start..].starts_with(bytes) {
                    continue;
                }
                if pattern.left && start > 0 && folded[start - 1] != b' ' {
                    continue;
                }
                let mut end = start + bytes.len();
                if pattern.right {
                    match plural_end(folded, end) {
                        Some(after) => end = after,
                        None => continue,
                    }
                }
                matches.push((start, end, id));
            }
        }
    }
}

/// Where the token starting at `pos` ends (the next space or the end).
fn token_end(bytes: &[u8], pos: usize) -> usize {
    bytes[pos..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |i| pos + i)
}

/// Whether the tokens after `end` (one space each) are `words`, the last allowing a plural; returns where
/// the last one ends.
fn following_words(bytes: &[u8], mut end: usize, words: &[Box<str>]) -> Option<usize> {
    for (k, word) in words.iter().enumerate() {
        if bytes.get(end) != Some(&b' ') || end + 1 >= bytes.len() || bytes[end + 1] == b' ' {
            return None;
        }
        let start = end + 1;
        end = token_end(bytes, start);
        let token = &bytes[start..end];
        let fits = if k + 1 == words.len() {
            is_word_or_plural(token, word.as_bytes())
        } else {
            token == word.as_bytes()
        };
        if !fits {
            return None;
        }
    }
    Some(end)
}

/// Whether a text word is `word` or its English plural (`word` + `s` or `es`).
fn is_word_or_plural(text: &[u8], word: &[u8]) -> bool {
    match text.strip_prefix(word) {
        Some(rest) => rest.is_empty() || rest == b"s" || rest == b"es",
        None => false,
    }
}

/// Where a whole-word match ending at `end` really ends: at `end` when a boundary follows, or after an
/// English plural ending; `None` when the match runs on into a longer word.
fn plural_end(bytes: &[u8], end: usize) -> Option<usize> {
    let boundary = |at: usize| at >= bytes.len() || bytes[at] == b' ';
    if boundary(end) {
        return Some(end);
    }
    if bytes[end] == b's' && boundary(end + 1) {
        return Some(end + 1);
    }
    if bytes[end] == b'e' && bytes.get(end + 1) == Some(&b's') && boundary(end + 2) {
        return Some(end + 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum K {
        Bad,
        Allow,
    }

    impl Maskable for K {
        fn is_allow(&self) -> bool {
            *self == K::Allow
        }
    }

    fn matcher() -> TermMatcher<K> {
        TermMatcher::new([
            (K::Bad, "gun".to_owned()),
            (K::Bad, "ass".to_owned()),
            (K::Bad, "sex".to_owned()),
            (K::Bad, "brass knuckles".to_owned()),
            (K::Bad, "大麻".to_owned()),
            (K::Bad, "枪".to_owned()),
            (K::Allow, "水枪".to_owned()),
            (K::Allow, "glue gun".to_owned()),
        ])
        .unwrap()
    }

    fn terms(text: &str) -> Vec<String> {
        let m = matcher();
        m.find(skeleton(text).as_bytes())
            .into_iter()
            .map(|hit| hit.entry.term.clone())
            .collect()
    }

    #[test]
    fn whole_words_only_for_spaced_scripts() {
        assert!(terms("Gunmetal grey classic watch from Essex").is_empty());
        assert!(terms("Sussex glass bassoon").is_empty());
        assert_eq!(terms("toy GUN"), ["gun"]);
        assert_eq!(terms("guns and ammo"), ["gun"]);
        assert_eq!(terms("g.u.n"), ["gun"]);
        assert_eq!(terms("9un"), ["gun"]);
        assert_eq!(terms("brass-knuckles"), ["brass knuckles"]);
        assert_eq!(terms("brаss knuckIes"), ["brass knuckles"]);
    }

    #[test]
    fn substrings_for_unspaced_scripts() {
        assert_eq!(terms("出售大麻种子"), ["大麻"]);
        assert_eq!(terms("大 麻"), ["大麻"]);
        assert_eq!(terms("玩具枪"), ["枪"]);
    }

    #[test]
    fn allow_phrases_mask_terms() {
        assert!(terms("儿童水枪").is_empty());
        assert!(terms("hot glue gun 20W").is_empty());
        assert_eq!(terms("glue gun and a gun"), ["gun"]);
    }

    /// Every match by brute force: each pattern at each position, with the boundary rules. The index-based
    /// search must find exactly these.
    fn naive(m: &TermMatcher<K>, folded: &[u8]) -> Vec<(usize, usize, u32)> {
        let mut found = Vec::new();
        for (id, pattern) in m.patterns.iter().enumerate() {
            let bytes = pattern.folded.as_bytes();
            for start in 0..folded.len() {
                if !folded[start..].starts_with(bytes)
                    || (pattern.left && start > 0 && folded[start - 1] != b' ')
                {
                    continue;
                }
                let mut end = start + bytes.len();
                if pattern.right {
                    match plural_end(folded, end) {
                        Some(after) => end = after,
                        None => continue,
                    }
                }
                found.push((start, end, id as u32));
            }
        }
        found.sort_unstable();
        found
    }

    #[test]
    fn index_search_equals_brute_force() {
        let m = TermMatcher::new(
            [
                "gun",
                "guns",
                "ass",
                "e",
                "s",
                "brass knuckles",
                "free shipping",
                "a b",
                "x y z",
                "大麻",
                "枪",
                "a货",
                "gun 枪",
                "glue gun",
                "水枪",
            ]
            .into_iter()
            .map(|t| (K::Bad, t.to_owned())),
        )
        .unwrap();
        let words = [
            "gun",
            "guns",
            "gunes",
            "gunss",
            "ass",
            "asses",
            "classic",
            "brass",
            "knuckles",
            "knuckleses",
            "free",
            "shipping",
            "a",
            "b",
            "x",
            "y",
            "z",
            "es",
            "s",
            "e",
            "大麻",
            "水枪",
            "枪",
            "a货",
            "glue",
        ];
        let separators = [" ", "  ", ", ", "-", ""];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..next(9) {
                text.push_str(words[next(words.len())]);
                text.push_str(separators[next(separators.len())]);
            }
            let folded = skeleton(&text);
            let mut found = Vec::new();
            m.find_words(folded.as_bytes(), &mut found);
            m.find_substrings(folded.as_bytes(), &mut found);
            found.sort_unstable();
            assert_eq!(found, naive(&m, folded.as_bytes()), "{text:?} → {folded:?}");
        }
    }

    #[test]
    fn empty_terms_are_refused() {
        let error = TermMatcher::new([(K::Bad, " - ".to_owned())]).unwrap_err();
        assert_eq!(error, MatcherError::EmptyTerm(" - ".to_owned()));
    }
}
