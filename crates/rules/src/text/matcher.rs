//! One Aho-Corasick automaton over the folded terms of a policy, with whole-word checks for spaced scripts,
//! substring matching for unspaced ones, and allow-phrases that mask terms inside them.

use super::fold::{is_unspaced, skeleton};
use aho_corasick::{Input, MatchKind, automaton::Automaton, nfa::contiguous};
use std::collections::HashMap;

/// Why a term cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MatcherError {
    /// The term folds to nothing (only punctuation or invisible characters).
    #[error("term `{0}` is empty after folding")]
    EmptyTerm(String),
    /// The automaton could not be built.
    #[error("cannot build the term automaton: {0}")]
    Build(String),
}

/// One policy entry a pattern stands for: what it means (`K`) and the term as written in the policy.
#[derive(Debug, Clone)]
pub(crate) struct Entry<K> {
    pub kind: K,
    pub term: String,
}

#[derive(Debug, Clone)]
struct Pattern {
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
    /// The contiguous NFA directly rather than `AhoCorasick`, whose run-time choice between automaton
    /// kinds would link the DFA and the other NFA into the browser bundle too.
    automaton: contiguous::NFA,
    patterns: Vec<Pattern>,
    entries: Vec<Entry<K>>,
}

/// A term found in a text (hits come in order of position).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'m, K> {
    pub entry: &'m Entry<K>,
}

impl<K: Maskable> TermMatcher<K> {
    /// Compiles `(kind, term)` pairs. Terms are folded exactly like the texts they are matched against.
    pub fn new(terms: impl IntoIterator<Item = (K, String)>) -> Result<Self, MatcherError> {
        let mut by_folded: HashMap<String, usize> = HashMap::new();
        let mut folded_patterns: Vec<String> = Vec::new();
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
                    patterns.push(Pattern {
                        left: !is_unspaced(first),
                        right: !is_unspaced(last),
                        entries: Vec::new(),
                    });
                    folded_patterns.push(trimmed.to_owned());
                    by_folded.insert(trimmed.to_owned(), patterns.len() - 1);
                    patterns.len() - 1
                }
            };
            patterns[index].entries.push(entries.len());
            entries.push(Entry { kind, term });
        }
        let automaton = contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&folded_patterns)
            .map_err(|error| MatcherError::Build(error.to_string()))?;
        Ok(TermMatcher {
            automaton,
            patterns,
            entries,
        })
    }

    /// Number of distinct folded patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every term found in a folded text (see [`skeleton`]), minus those inside an allow-phrase, in order
    /// of position; allow-phrases themselves are not reported.
    pub fn find<'m>(&'m self, folded: &[u8]) -> Vec<Hit<'m, K>> {
        let bytes = folded;
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        let mut allowed: Vec<(usize, usize)> = Vec::new();
        // Standard match semantics and an unanchored search: the only two ways the iterator can fail.
        let Ok(matches) = self.automaton.try_find_overlapping_iter(Input::new(folded)) else {
            return Vec::new();
        };
        for m in matches {
            let pattern = &self.patterns[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            if pattern.left && start > 0 && bytes[start - 1] != b' ' {
                continue;
            }
            if pattern.right {
                match plural_end(bytes, end) {
                    Some(after) => end = after,
                    None => continue,
                }
            }
            for &entry in &pattern.entries {
                if self.entries[entry].kind.is_allow() {
                    allowed.push((start, end));
                } else {
                    hits.push((start, end, entry));
                }
            }
        }
        hits.retain(|&(start, end, _)| !allowed.iter().any(|&(a, b)| a <= start && end <= b));
        hits.sort_unstable();
        hits.into_iter()
            .map(|(_, _, entry)| Hit {
                entry: &self.entries[entry],
            })
            .collect()
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

    #[test]
    fn empty_terms_are_refused() {
        let error = TermMatcher::new([(K::Bad, " - ".to_owned())]).unwrap_err();
        assert_eq!(error, MatcherError::EmptyTerm(" - ".to_owned()));
    }
}
