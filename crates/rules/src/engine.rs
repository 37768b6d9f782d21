//! The compiled engine: a policy plus its matchers, built once per policy version.

use crate::{
    policy::{Policy, PolicyError, TermClass},
    text::{
        bytes::hash_word,
        fold::skeleton,
        matcher::{Maskable, TermMatcher},
    },
};
use std::collections::BTreeMap;

/// What a pattern of the listing matcher stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListingTerm {
    /// A term of `policy.term_lists[i]`.
    List(usize),
    /// A term naming `policy.brands[i]`.
    Brand(usize),
    /// An off-platform contact channel.
    Contact,
    /// A price or promotion claim.
    Promo,
    /// Forced bundling (PRM-5).
    Bundling,
    /// A keyword of `policy.categories[i]` (LST-6).
    Category(usize),
    /// An allow-phrase.
    Allow,
}

impl Maskable for ListingTerm {
    fn is_allow(&self) -> bool {
        *self == ListingTerm::Allow
    }
}

/// What a pattern of the shop-name matcher stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ShopTerm {
    /// A word of `policy.shop_name.sensitive[i]`.
    Sensitive(usize),
    /// A term naming `policy.brands[i]`.
    Brand(usize),
    /// An allow-phrase.
    Allow,
}

impl Maskable for ShopTerm {
    fn is_allow(&self) -> bool {
        *self == ShopTerm::Allow
    }
}

/// A policy compiled for checking: build it once per policy version (the term indexes are built here,
/// never per call) and share it; every check is a pure `&self` method.
///
/// ```
/// use caravan_rules::{Engine, ListingContext};
/// let engine = Engine::default_policy();
/// assert!(!engine.version().is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct Engine {
    pub(crate) policy: Policy,
    pub(crate) listing_terms: TermMatcher<ListingTerm>,
    pub(crate) shop_terms: TermMatcher<ShopTerm>,
    /// Category slug → index in `policy.categories`.
    pub(crate) categories: BTreeMap<String, usize>,
    /// Folded brand ids and names → index in `policy.brands`.
    pub(crate) brand_keys: BTreeMap<String, usize>,
    /// Folded names that mean "no brand".
    pub(crate) unbranded: Vec<String>,
    /// The title stop words (LST-5) with their hashes, sorted by hash then text: the title's words carry
    /// the same hash, so looking one up compares integers, not strings.
    pub(crate) stop_words: Vec<(u64, String)>,
}

impl Engine {
    /// Compiles a policy.
    pub fn new(policy: Policy) -> Result<Engine, PolicyError> {
        policy.validate()?;
        let mut listing = Vec::new();
        for (i, list) in policy.term_lists.iter().enumerate() {
            listing.extend(list.terms.iter().map(|t| (ListingTerm::List(i), t.clone())));
        }
        for (i, brand) in policy.brands.iter().enumerate() {
            listing.extend(
                brand
                    .terms
                    .iter()
                    .map(|t| (ListingTerm::Brand(i), t.clone())),
            );
        }
        for (i, category) in policy.categories.iter().enumerate() {
            listing.extend(
                category
                    .keywords
                    .iter()
                    .map(|t| (ListingTerm::Category(i), t.clone())),
            );
        }
        listing.extend(
            policy
                .contact_terms
                .iter()
                .map(|t| (ListingTerm::Contact, t.clone())),
        );
        listing.extend(
            policy
                .promo_terms
                .iter()
                .map(|t| (ListingTerm::Promo, t.clone())),
        );
        listing.extend(
            policy
                .bundling_terms
                .iter()
                .map(|t| (ListingTerm::Bundling, t.clone())),
        );
        listing.extend(
            policy
                .allow_phrases
                .iter()
                .map(|t| (ListingTerm::Allow, t.clone())),
        );
        let listing_terms = TermMatcher::new(listing)?;

        let mut shop = Vec::new();
        for (i, list) in policy.shop_name.sensitive.iter().enumerate() {
            shop.extend(
                list.terms
                    .iter()
                    .map(|t| (ShopTerm::Sensitive(i), t.clone())),
            );
        }
        for (i, brand) in policy.brands.iter().enumerate() {
            shop.extend(brand.terms.iter().map(|t| (ShopTerm::Brand(i), t.clone())));
        }
        shop.extend(
            policy
                .allow_phrases
                .iter()
                .map(|t| (ShopTerm::Allow, t.clone())),
        );
        let shop_terms = TermMatcher::new(shop)?;

        // Inserted one by one rather than collected: collecting into a map sorts, and a sort is a lot of
        // code in the browser bundle for a few categories.
        let mut categories = BTreeMap::new();
        for (i, category) in policy.categories.iter().enumerate() {
            categories.insert(category.slug.clone(), i);
        }
        let mut brand_keys = BTreeMap::new();
        for (i, brand) in policy.brands.iter().enumerate() {
            for name in [&brand.id, &brand.name] {
                brand_keys.entry(fold_key(name)).or_insert(i);
            }
        }
        let unbranded = policy.unbranded_names.iter().map(|n| fold_key(n)).collect();
        let mut stop_words: Vec<(u64, String)> = policy
            .listing
            .title_stop_words
            .iter()
            .map(|w| (hash_word(w.as_bytes()), w.clone()))
            .collect();
        crate::sort::sort(&mut stop_words);
        stop_words.dedup();
        Ok(Engine {
            policy,
            listing_terms,
            shop_terms,
            categories,
            brand_keys,
            unbranded,
            stop_words,
        })
    }

    /// The engine for the default policy shipped with the crate.
    pub fn default_policy() -> Engine {
        // The embedded policy is checked by the crate's tests; failing here is a build defect.
        Engine::new(Policy::default_policy()).expect("the embedded default policy compiles")
    }

    /// Parses and compiles a policy document (what `/api/policy` serves).
    pub fn from_json(json: &str) -> Result<Engine, PolicyError> {
        Engine::new(Policy::from_json(json)?)
    }

    /// The policy this engine was built from.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The policy version every verdict of this engine names.
    pub fn version(&self) -> &str {
        &self.policy.version
    }

    /// Number of distinct folded patterns in the listing matcher (for benchmarks and diagnostics).
    pub fn listing_pattern_count(&self) -> usize {
        self.listing_terms.pattern_count()
    }

    /// The category policies along a slug path that the policy knows, root first.
    pub(crate) fn categories_on<'a>(
        &'a self,
        path: &'a [String],
    ) -> impl Iterator<Item = &'a crate::policy::CategoryPolicy> + 'a {
        path.iter()
            .filter_map(|slug| self.categories.get(slug))
            .map(|&i| &self.policy.categories[i])
    }

    /// Whether `word`, with its [`hash_word`] hash, is a title stop word (LST-5).
    pub(crate) fn is_stop_word(&self, hash: u64, word: &str) -> bool {
        let from = self.stop_words.partition_point(|(h, _)| *h < hash);
        self.stop_words[from..]
            .iter()
            .take_while(|(h, _)| *h == hash)
            .any(|(_, w)| w == word)
    }

    /// Whether term list `i` applies to a listing in the category with this slug path.
    pub(crate) fn list_applies(&self, i: usize, path: &[String]) -> bool {
        let list = &self.policy.term_lists[i];
        let on_path = |slugs: &[String]| slugs.iter().any(|s| path.contains(s));
        (list.categories.is_empty() || on_path(&list.categories))
            && !on_path(&list.except_categories)
    }

    /// Whether term list `i` is prohibited (rather than restricted).
    pub(crate) fn list_prohibited(&self, i: usize) -> bool {
        self.policy.term_lists[i].class == TermClass::Prohibited
    }

    /// Whether a shop holding authorisations for `authorised` (brand ids or names) may use brand `i`.
    pub(crate) fn brand_authorised(&self, i: usize, authorised: &[String]) -> bool {
        authorised
            .iter()
            .any(|a| self.brand_keys.get(&fold_key(a)) == Some(&i))
    }
}

/// A name folded for comparison (case, width, look-alikes, punctuation): the skeleton without its edges.
pub(crate) fn fold_key(name: &str) -> String {
    skeleton(name).trim_matches(' ').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_compiles() {
        let engine = Engine::default_policy();
        assert_eq!(engine.version(), "2026.11.2");
        assert!(engine.listing_pattern_count() > 200);
    }

    #[test]
    fn bad_policies_are_refused() {
        let mut policy = Policy::default_policy();
        policy.term_lists[0].terms.push("  ...  ".to_owned());
        assert!(matches!(Engine::new(policy), Err(PolicyError::Term(_))));
        let mut policy = Policy::default_policy();
        policy.term_lists[0]
            .categories
            .push("no-such-category".to_owned());
        assert!(matches!(
            Engine::new(policy),
            Err(PolicyError::UnknownCategory { .. })
        ));
        assert!(matches!(Engine::from_json("{}"), Err(PolicyError::Json(_))));
    }
}
