//! Listings as the seller center sees them: the editable draft, its version and its verdicts.

use crate::{ListingId, listing_draft::ListingDraft, verdict::Verdict};
use serde::{Deserialize, Serialize};

/// Where a listing is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ListingStatus {
    /// Not visible to buyers.
    Draft,
    /// In the catalogue.
    Published,
    /// Taken down by the platform.
    Suspended,
}

impl ListingStatus {
    /// The stable name stored in the database.
    pub fn as_str(&self) -> &'static str {
        match self {
            ListingStatus::Draft => "draft",
            ListingStatus::Published => "published",
            ListingStatus::Suspended => "suspended",
        }
    }

    /// The status stored under `name`.
    pub fn from_name(name: &str) -> Option<ListingStatus> {
        [
            ListingStatus::Draft,
            ListingStatus::Published,
            ListingStatus::Suspended,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// One listing in the seller center, with the verdicts of its last check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SellerListing {
    /// The listing (also its catalogue id once published).
    pub id: ListingId,
    /// Draft, published or suspended.
    pub status: ListingStatus,
    /// Increases with every save; an update must name the version it read.
    pub version: i64,
    /// The seller's working copy.
    pub draft: ListingDraft,
    /// What the rules say about the draft.
    pub verdicts: Vec<Verdict>,
    /// The policy version the verdicts come from.
    pub policy_version: String,
    /// Last change, Unix seconds.
    pub updated_at: i64,
}

/// A row of the seller's listings table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SellerListingSummary {
    /// The listing.
    pub id: ListingId,
    /// Draft, published or suspended.
    pub status: ListingStatus,
    /// Title of the draft.
    pub title: String,
    /// Current version.
    pub version: i64,
    /// Blocking verdicts in the last check.
    pub block_count: u32,
    /// Warnings in the last check.
    pub warn_count: u32,
    /// Last change, Unix seconds.
    pub updated_at: i64,
}

/// `PUT /api/seller/listings/{id}`: the new draft and the version it was edited from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateListingRequest {
    /// The version the seller's copy was based on.
    pub version: i64,
    /// The edited draft.
    pub draft: ListingDraft,
}

/// `POST /api/seller/listings/{id}/publish` and `/unpublish`: the version being acted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionRequest {
    /// The version the seller saw.
    pub version: i64,
}
