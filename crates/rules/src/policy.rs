//! The policy document: everything about the rules that is data rather than logic (RULES.md numbers marked
//! *(default)* or *(platform)*, term lists, category requirements). Versioned; verdicts name the version.
//!
//! The default policy ships with the crate as `policy/default.json`. The server serves the current policy
//! at `/api/policy`; the app compiles it into an [`crate::Engine`] once and replaces it when the version
//! changes.

mod read;

use caravan_types::logistics::LogisticsClass;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The default policy document, as shipped.
pub const DEFAULT_POLICY_JSON: &str = include_str!("../policy/default.json");

/// Why a policy document was refused.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// Not valid JSON, or not the policy schema.
    #[error("policy is not valid: {0}")]
    Json(#[from] serde_json::Error),
    /// The version is empty.
    #[error("policy has no version")]
    MissingVersion,
    /// A category slug is defined twice.
    #[error("category `{0}` is defined twice")]
    DuplicateCategory(String),
    /// A category names a parent that is not defined.
    #[error("category `{category}` has unknown parent `{parent}`")]
    UnknownParent {
        /// The category.
        category: String,
        /// Its parent as named.
        parent: String,
    },
    /// A term list, brand or keyword refers to a category slug that is not defined.
    #[error("`{owner}` refers to unknown category `{category}`")]
    UnknownCategory {
        /// Who refers to it.
        owner: String,
        /// The slug.
        category: String,
    },
    /// A logistics class has no delivery range, or an inverted one.
    #[error("logistics class `{0}` needs a delivery range with min <= max")]
    BadLogisticsRange(LogisticsClass),
    /// A term cannot be compiled.
    #[error(transparent)]
    Term(#[from] crate::text::matcher::MatcherError),
}

/// The whole policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Version named by every verdict, e.g. `2026-11-23.1`.
    pub version: String,
    /// Listing limits (LST-5 … LST-16).
    pub listing: ListingLimits,
    /// Categories by slug, parents before children not required.
    pub categories: Vec<CategoryPolicy>,
    /// Prohibited (LST-2) and restricted (LST-3) term lists.
    pub term_lists: Vec<TermList>,
    /// Brands and protected IP (LST-4, SHOP-2, SHOP-4).
    pub brands: Vec<Brand>,
    /// Phrases that mask a listed term inside them ("glue gun", "for iphone", "水枪").
    pub allow_phrases: Vec<String>,
    /// Words that name an off-platform contact channel ("whatsapp", "telegram").
    pub contact_terms: Vec<String>,
    /// Price and promotion claims not allowed in titles ("free shipping", "sale").
    pub promo_terms: Vec<String>,
    /// Phrases that force a bundle on the buyer (PRM-5).
    pub bundling_terms: Vec<String>,
    /// Brand names that mean "no brand" (`generic`, `OEM`); they need no authorisation (SHOP-4).
    pub unbranded_names: Vec<String>,
    /// Top-level domains that make a bare `name.tld` a link.
    pub link_tlds: Vec<String>,
    /// Hosts that belong to the platform; links may point only there (LST-15).
    pub platform_hosts: Vec<String>,
    /// Shop names (SHOP-2).
    pub shop_name: ShopNamePolicy,
    /// Logistics classes with their delivery-day ranges (LST-9).
    pub logistics: Vec<LogisticsPolicy>,
    /// Timeouts of orders and disputes (ORD-2, ORD-3, DSP-2, DSP-3).
    pub timeouts: Timeouts,
    /// Promotions (PRM-1 … PRM-7).
    pub promotions: PromotionPolicy,
    /// Service assessment (SRV-1 … SRV-8).
    pub service: ServicePolicy,
    /// Penalties and IP strikes (PEN-1 … PEN-5).
    pub penalties: PenaltyPolicy,
    /// Registration (REG-1 … REG-4).
    pub registration: RegistrationPolicy,
}

/// Numeric limits of listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListingLimits {
    /// LST-5: fewest grapheme clusters in a title.
    pub title_min_graphemes: u32,
    /// LST-5: most grapheme clusters in a title.
    pub title_max_graphemes: u32,
    /// LST-5: a word may appear at most this often in a title.
    pub title_max_word_repeats: u32,
    /// LST-5: words too common to count as stuffing ("for", "and").
    pub title_stop_words: Vec<String>,
    /// LST-5: a title counts as shouting from this many cased letters …
    pub title_caps_min_letters: u32,
    /// … when more than this percentage of them are capitals.
    pub title_caps_max_percent: u32,
    /// LST-15: most characters in a description (after removing markup).
    pub description_max_chars: u32,
    /// LST-7: fewest main images.
    pub images_min: u32,
    /// LST-7: most main images.
    pub images_max: u32,
    /// LST-7: fewer images than this gets a hint (multi-angle and scene images recommended).
    pub images_recommended: u32,
    /// LST-7: largest image file.
    pub image_max_bytes: u64,
    /// LST-7: accepted image types.
    pub image_mime_types: Vec<String>,
    /// LST-7: smallest side of a square image.
    pub image_square_min_px: u32,
    /// LST-7: smallest width of a 3:4 portrait image.
    pub image_portrait_min_width: u32,
    /// LST-7: smallest height of a 3:4 portrait image.
    pub image_portrait_min_height: u32,
    /// LST-7: how far from the exact ratio an image may be, in thousandths.
    pub image_ratio_tolerance_permille: u32,
    /// LST-8: lowest SKU price in USD minor units.
    pub price_min_usd_minor: i64,
    /// LST-8: highest SKU price in USD minor units.
    pub price_max_usd_minor: i64,
    /// LST-8: a price below the category median divided by this gets a warning.
    pub price_band_low_divisor: i64,
    /// LST-8: a price above the category median times this gets a warning.
    pub price_band_high_multiplier: i64,
    /// LST-11: lowest stock per SKU.
    pub stock_min: i64,
    /// LST-11: highest stock per SKU.
    pub stock_max: i64,
    /// LST-12: advised margin range over unit cost, in percent.
    pub margin_min_percent: i64,
    /// LST-12: see `margin_min_percent`.
    pub margin_max_percent: i64,
    /// LST-13: most variant properties.
    pub variant_properties_max: u32,
    /// LST-13: longest SKU code (ASCII letters and digits).
    pub sku_code_max_len: u32,
    /// LST-14: package weight range in grams.
    pub weight_min_grams: i64,
    /// LST-14: see `weight_min_grams`.
    pub weight_max_grams: i64,
    /// LST-14: package side range in hundredths of a centimetre.
    pub package_side_min: i64,
    /// LST-14: see `package_side_min`.
    pub package_side_max: i64,
    /// LST-14: handling time range in days.
    pub handling_min_days: i64,
    /// LST-14: see `handling_min_days`.
    pub handling_max_days: i64,
    /// LST-14: longest handling time for overseas-warehouse stock.
    pub handling_max_days_overseas: i64,
    /// LST-16: titles at least this similar (percent of shared words) are near-duplicates.
    pub duplicate_similarity_percent: u32,
    /// LST-16: most listings of the same product (for different packaging).
    pub duplicate_max_listings: u32,
    /// LST-6: a listing's text must score at least this for another category to suggest it (a title
    /// keyword scores 2, a description keyword 1).
    pub category_mismatch_min_score: u32,
}

/// Rules attached to a category (inherited by its descendants).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryPolicy {
    /// Slug, e.g. `phone-cases`.
    pub slug: String,
    /// Parent slug; `None` for a top-level category.
    #[serde(default)]
    pub parent: Option<String>,
    /// LST-1: attributes a listing in this category must fill in.
    #[serde(default)]
    pub required_attributes: Vec<String>,
    /// SHOP-3: qualification document the shop needs before listing here.
    #[serde(default)]
    pub qualification: Option<String>,
    /// LST-3: licence (restricted class) the shop needs before listing here.
    #[serde(default)]
    pub licence: Option<String>,
    /// LST-2: nothing may be listed here.
    #[serde(default)]
    pub prohibited: bool,
    /// LST-8: median SKU price in USD minor units, for the price-band warning.
    #[serde(default)]
    pub price_median_usd_minor: Option<i64>,
    /// LST-6: words that clearly indicate this category.
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// Whether a term list prohibits (LST-2) or restricts (LST-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermClass {
    /// LST-2: never publishable.
    Prohibited,
    /// LST-3: publishable only with the list's licence on file.
    Restricted,
}

/// A list of prohibited or restricted terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermList {
    /// Stable id, e.g. `weapons`; a verdict argument.
    pub id: String,
    /// Prohibited or restricted.
    pub class: TermClass,
    /// For restricted lists, the licence that allows the terms, e.g. `alcohol`.
    #[serde(default)]
    pub licence: Option<String>,
    /// BCP 47 language of the terms; for curation (matching is language-independent).
    pub lang: String,
    /// Applies only in these categories (and their descendants); empty: everywhere.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Does not apply in these categories (and their descendants), e.g. knives in `kitchen`.
    #[serde(default)]
    pub except_categories: Vec<String>,
    /// Whether a counterfeit claim (PRM-3 removes such goods from promotions).
    #[serde(default)]
    pub counterfeit: bool,
    /// The terms. Spaced-script terms match whole words (an English plural `s` is allowed); CJK and other
    /// unspaced scripts match as substrings.
    pub terms: Vec<String>,
}

/// What a brand entry protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BrandKind {
    /// A registered trademark.
    Trademark,
    /// A copyrighted character or film/anime IP.
    Character,
}

/// A protected brand or IP and the words that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Stable id the shop's authorisations refer to, e.g. `nike`.
    pub id: String,
    /// Display name, e.g. `Nike`.
    pub name: String,
    /// Trademark or character.
    pub kind: BrandKind,
    /// Words that name it.
    pub terms: Vec<String>,
}

/// Shop-name rules (SHOP-2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShopNamePolicy {
    /// Fewest characters (grapheme clusters).
    pub min_chars: u32,
    /// Most characters.
    pub max_chars: u32,
    /// Sensitive words by group (`political`, `religious`, `racial`, `gender`, `pornographic`).
    pub sensitive: Vec<SensitiveList>,
}

/// Sensitive words of one group and language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SensitiveList {
    /// Group, a verdict argument.
    pub group: String,
    /// BCP 47 language of the words.
    pub lang: String,
    /// The words (whole words in spaced scripts).
    pub terms: Vec<String>,
}

/// A logistics class and its delivery promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogisticsPolicy {
    /// The class.
    pub class: LogisticsClass,
    /// Fewest days a delivery of this class plausibly takes.
    pub min_days: u32,
    /// Most days.
    pub max_days: u32,
}

/// Order and dispute timeouts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeouts {
    /// ORD-2: days after delivery until escrow is released without the buyer's confirmation.
    pub receipt_days: u32,
    /// ORD-2: payout reaches the seller this many working days after completion, at the earliest …
    pub payout_min_working_days: u32,
    /// … and at the latest.
    pub payout_max_working_days: u32,
    /// ORD-3: handling time when the listing states none.
    pub handling_days: u32,
    /// DSP-2: days the seller has to respond to a dispute.
    pub dispute_response_days: u32,
    /// DSP-3: working days arbitration has from complete evidence.
    pub arbitration_working_days: u32,
}

/// A promotion sanction (PRM-2 … PRM-6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sanction {
    /// Whether the goods are removed from the promotion.
    pub remove: bool,
    /// Months the shop is banned from promotions (0: no ban).
    pub ban_months: u32,
}

/// Promotion rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromotionPolicy {
    /// Sanction per rule id (`PRM-2` …).
    pub sanctions: BTreeMap<String, Sanction>,
    /// PRM-7: flash-deal sessions per day.
    pub flash_sessions_per_day: u32,
    /// PRM-7: items per session.
    pub flash_items_per_session: u32,
    /// PRM-7: hours each session lasts.
    pub flash_session_hours: u32,
}

/// Service assessment parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicePolicy {
    /// Rolling window in days.
    pub window_days: u32,
    /// SRV-7: a shop is assessed from this many orders in the window.
    pub min_orders: u32,
    /// SRV-1: an order rating at or below this is a bad review.
    pub bad_rating_max: u8,
    /// SRV-2: item-as-described at or below this is bad.
    pub bad_described_max: u8,
    /// SRV-2: communication at or below this is bad.
    pub bad_communication_max: u8,
    /// SRV-2: shipping speed at or below this is bad.
    pub bad_shipping_max: u8,
    /// SRV-8: a rating at or above this is positive feedback.
    pub positive_rating_min: u8,
    /// The highest rates an assessed shop may reach before the assessment finds against it.
    #[serde(default)]
    pub limits: ServiceLimits,
}

/// Highest acceptable rates per thousand counted orders, one per measure of the assessment. A measure
/// above its limit is a finding (a verdict); the platform penalises a shop with findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceLimits {
    /// SRV-1: bad reviews.
    pub bad_reviews_permille: u32,
    /// SRV-2: bad item-as-described ratings.
    pub bad_described_permille: u32,
    /// SRV-2: bad communication ratings.
    pub bad_communication_permille: u32,
    /// SRV-2: bad shipping ratings.
    pub bad_shipping_permille: u32,
    /// SRV-3: sold but not shipped.
    pub sold_not_shipped_permille: u32,
    /// SRV-4: escalated to arbitration.
    pub arbitration_permille: u32,
    /// SRV-5: dispute response timeouts.
    pub response_timeouts_permille: u32,
}

impl Default for ServiceLimits {
    /// No limit: a policy document without limits never finds against a shop.
    fn default() -> Self {
        ServiceLimits {
            bad_reviews_permille: 1000,
            bad_described_permille: 1000,
            bad_communication_permille: 1000,
            bad_shipping_permille: 1000,
            sold_not_shipped_permille: 1000,
            arbitration_permille: 1000,
            response_timeouts_permille: 1000,
        }
    }
}

/// Penalty ladder and IP strikes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenaltyPolicy {
    /// PEN-1: earlier penalties within this many days push the next one up the ladder.
    pub lookback_days: u32,
    /// PEN-1: days a restriction of operations lasts.
    pub restriction_days: u32,
    /// PEN-1: days a trading suspension lasts.
    pub suspension_days: u32,
    /// PEN-3: days the seller has to appeal.
    pub appeal_days: u32,
    /// PEN-5: points of a general infringement.
    pub ip_general_points: u32,
    /// PEN-5: most general points counted per day.
    pub ip_max_points_per_day: u32,
    /// PEN-5: serious infringements within this many days count as one.
    pub ip_serious_merge_days: u32,
    /// PEN-5: this many serious infringements close the shop.
    pub ip_serious_close_count: u32,
    /// PEN-5: points expire after this many days.
    pub ip_points_expire_days: u32,
    /// PEN-2: this many points close the shop.
    pub ip_close_points: u32,
    /// PEN-4: where a statement of reasons tells the seller to appeal.
    pub appeal_url: String,
}

/// Registration rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationPolicy {
    /// REG-2: shortest password.
    pub password_min_chars: u32,
    /// REG-1: shortest business licence number.
    pub licence_number_min_chars: u32,
    /// REG-4: regions a shop may sell to (ISO 3166-1 alpha-2, or `*` for all).
    pub sales_regions: Vec<String>,
}

impl Policy {
    /// The default policy shipped with the crate.
    pub fn default_policy() -> Policy {
        // The embedded document is checked by the crate's tests; failing here is a build defect.
        Policy::from_json(DEFAULT_POLICY_JSON).expect("the embedded default policy is valid")
    }

    /// Parses and checks a policy document. Accepts exactly what `serde_json::from_str::<Policy>`
    /// accepts, with a reader of its own that is much smaller in the browser bundle (see `read.rs`).
    pub fn from_json(json: &str) -> Result<Policy, PolicyError> {
        let policy =
            read::policy(json).map_err(|error| PolicyError::Json(error.into_json_error()))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Checks what the schema cannot: a version, unique categories, references to defined categories.
    pub fn validate(&self) -> Result<(), PolicyError> {
        if self.version.trim().is_empty() {
            return Err(PolicyError::MissingVersion);
        }
        let mut slugs = std::collections::BTreeSet::new();
        for category in &self.categories {
            if !slugs.insert(category.slug.as_str()) {
                return Err(PolicyError::DuplicateCategory(category.slug.clone()));
            }
        }
        for category in &self.categories {
            if let Some(parent) = &category.parent
                && !slugs.contains(parent.as_str())
            {
                return Err(PolicyError::UnknownParent {
                    category: category.slug.clone(),
                    parent: parent.clone(),
                });
            }
        }
        for list in &self.term_lists {
            for slug in list.categories.iter().chain(&list.except_categories) {
                if !slugs.contains(slug.as_str()) {
                    return Err(PolicyError::UnknownCategory {
                        owner: list.id.clone(),
                        category: slug.clone(),
                    });
                }
            }
        }
        for class in LogisticsClass::ALL {
            match self.logistics.iter().find(|l| l.class == class) {
                Some(range) if range.min_days <= range.max_days => {}
                _ => return Err(PolicyError::BadLogisticsRange(class)),
            }
        }
        Ok(())
    }

    /// The category with this slug.
    pub fn category(&self, slug: &str) -> Option<&CategoryPolicy> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    /// The delivery range of a logistics class.
    pub fn logistics(&self, class: LogisticsClass) -> Option<&LogisticsPolicy> {
        self.logistics.iter().find(|l| l.class == class)
    }

    /// The sanction for a promotion rule id (`PRM-2` …); no sanction when the policy names none.
    pub fn sanction(&self, rule: &str) -> Sanction {
        self.promotions
            .sanctions
            .get(rule)
            .copied()
            .unwrap_or(Sanction {
                remove: false,
                ban_months: 0,
            })
    }

    /// Number of terms in all lists (what the benchmarks size).
    pub fn term_count(&self) -> usize {
        self.term_lists.iter().map(|l| l.terms.len()).sum::<usize>()
            + self.brands.iter().map(|b| b.terms.len()).sum::<usize>()
            + self
                .shop_name
                .sensitive
                .iter()
                .map(|s| s.terms.len())
                .sum::<usize>()
            + self.allow_phrases.len()
            + self.contact_terms.len()
            + self.promo_terms.len()
            + self.bundling_terms.len()
            + self.unbranded_names.len()
            + self
                .categories
                .iter()
                .map(|c| c.keywords.len())
                .sum::<usize>()
    }
}
