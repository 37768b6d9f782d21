//! Listings as the seller center sees them: the editable draft, its version and its verdicts.

use crate::{
    CategoryId, Currency, ListingId, listing_draft::ListingDraft, logistics::ShippingTemplate,
    shop::ShopStatus, verdict::Verdict,
};
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
    /// Category of the draft.
    pub category_id: Option<CategoryId>,
    /// Currency of the prices.
    pub currency: Currency,
    /// Lowest SKU price in minor units; `None` without SKUs.
    pub price_minor: Option<i64>,
    /// Units in stock over all SKUs.
    pub stock: i64,
    /// Number of SKUs (1 for a listing without variants).
    pub sku_count: u32,
    /// The first picture, if any.
    pub image_url: Option<String>,
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

/// `GET /api/seller/listing-facts`: what the listing rules need to know about the shop beyond the draft, so
/// the seller center's engine judges a draft exactly as the server will (the browser adds the category path
/// from the category tree and picks the sibling titles and template the draft names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingFacts {
    /// The shop's review status (SHOP-1).
    pub shop_status: ShopStatus,
    /// Restricted classes the shop is licensed for (LST-3), approved only.
    pub licences: Vec<String>,
    /// Qualification documents on file (SHOP-3), approved only.
    pub qualifications: Vec<String>,
    /// Brands the shop is authorised for (SHOP-4, LST-4), approved only.
    pub authorised_brands: Vec<String>,
    /// The shop's shipping templates.
    pub shipping_templates: Vec<ShippingTemplateView>,
    /// Every listing of the shop with its category, by id (LST-16 compares titles in one category).
    pub titles: Vec<ShopListingTitle>,
    /// The policy version the server judges by.
    pub policy_version: String,
}

/// A shipping template of the shop, named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingTemplateView {
    /// The template, as drafts name it in `shipping_template_id`.
    pub id: i64,
    /// The seller's name for it.
    pub name: String,
    /// Its options.
    pub template: ShippingTemplate,
}

/// A listing's title and category, for near-duplicate checks (LST-16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopListingTitle {
    /// The listing.
    pub id: ListingId,
    /// Its draft's category.
    pub category_id: Option<CategoryId>,
    /// Its draft's title.
    pub title: String,
}
