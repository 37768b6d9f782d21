//! Catalogue search results with facet counts (`GET /api/search`).

use crate::{listing::ListingCard, logistics::LogisticsClass};
use serde::{Deserialize, Serialize};

/// One page of search results, how many match in all, and counts to refine by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    /// Listings on this page.
    pub items: Vec<ListingCard>,
    /// Cursor of the next page; `None` on the last.
    pub next_cursor: Option<String>,
    /// Listings matching the query and every filter.
    pub total: u64,
    /// Counts per refinement.
    pub facets: Facets,
}

/// Facet counts. Each facet counts with every filter applied except its own, so choosing a category still
/// shows how many results the other categories have.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facets {
    /// Matches per top-level category, most first.
    pub categories: Vec<CategoryCount>,
    /// Matches per logistics class offered.
    pub classes: Vec<ClassCount>,
}

/// Matches in one top-level category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryCount {
    /// Category slug.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Matching listings.
    pub count: u64,
}

/// Matches that can ship with one logistics class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassCount {
    /// The class.
    pub class: LogisticsClass,
    /// Matching listings.
    pub count: u64,
}

/// `GET /api/search/suggestions?q=`: what the search box offers while the buyer types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestions {
    /// Titles of published listings whose title has every typed word (the last one as a prefix), best
    /// match first, without repeats; at most [`MAX_SUGGESTIONS`].
    pub suggestions: Vec<String>,
}

/// How many suggestions the search box shows.
pub const MAX_SUGGESTIONS: usize = 8;
