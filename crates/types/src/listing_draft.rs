//! A listing as the seller edits it: the input of the rule engine and of the listing save endpoint.
//!
//! Numbers are signed and unchecked on purpose: a draft holds whatever the seller typed, and the rule engine
//! reports what is wrong with it at the field it concerns, instead of the form refusing to hold the value.

use crate::{
    CategoryId, Currency,
    listing::{Attribute, VariantProperty},
};
use serde::{Deserialize, Serialize};

/// A listing being edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingDraft {
    /// Title (LST-5).
    pub title: String,
    /// Category, once chosen (LST-1, LST-6).
    pub category_id: Option<CategoryId>,
    /// Brand named by the seller, if any (SHOP-4, LST-4).
    #[serde(default)]
    pub brand: Option<String>,
    /// Rich-text description (LST-15).
    pub description: String,
    /// Main images, in display order (LST-7).
    pub images: Vec<DraftImage>,
    /// Specification attributes (LST-1).
    pub attributes: Vec<Attribute>,
    /// Variant properties, at most 3 (LST-13).
    pub variant_properties: Vec<VariantProperty>,
    /// SKUs of the variant matrix (LST-13); a listing without variants has exactly one.
    pub skus: Vec<DraftSku>,
    /// Settlement currency the prices are in (LST-8).
    pub currency: Currency,
    /// Package weight in grams (LST-14: 0.001–500 kg).
    pub weight_grams: i64,
    /// Package size (LST-14).
    pub package: PackageSize,
    /// Handling (preparation) time in days (LST-14).
    pub handling_days: i64,
    /// Shipping template (LST-9).
    pub shipping_template_id: Option<i64>,
}

/// An image attached to a draft, with what the upload step measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftImage {
    /// Where the image is served from.
    pub url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// File size in bytes.
    pub bytes: u64,
    /// MIME type detected from the content, e.g. `image/jpeg`.
    pub mime: String,
}

/// One SKU as the seller typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftSku {
    /// Seller's SKU code.
    pub code: String,
    /// One value per variant property.
    pub options: Vec<String>,
    /// Price in minor units of the draft's currency.
    pub price_minor: i64,
    /// Discount price in minor units, if any; must be below the price.
    #[serde(default)]
    pub discount_price_minor: Option<i64>,
    /// Units in stock.
    pub stock: i64,
    /// Index into the draft's images.
    #[serde(default)]
    pub image_index: Option<u16>,
}

/// Package sides in hundredths of a centimetre (LST-14 allows 0.01–700 cm, so 1–70,000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PackageSize {
    /// Length.
    pub length_cm_hundredths: i64,
    /// Width.
    pub width_cm_hundredths: i64,
    /// Height.
    pub height_cm_hundredths: i64,
}
