//! Listings as buyers see them: catalogue cards and the product page.

use crate::{CategoryId, ListingId, Money, ShopId, SkuId, logistics::LogisticsClass};
use serde::{Deserialize, Serialize};

/// A node of the category tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Category {
    /// The category.
    pub id: CategoryId,
    /// The parent, `None` for a top-level category.
    pub parent_id: Option<CategoryId>,
    /// URL-safe, stable name, e.g. `phone-cases`.
    pub slug: String,
    /// Display name (English source; the app translates by slug where a translation exists).
    pub name: String,
}

/// An image of a listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Image {
    /// Full-size image URL.
    pub url: String,
    /// Small version for catalogue cards.
    pub thumb_url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// A listing as a catalogue card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingCard {
    /// The listing.
    pub id: ListingId,
    /// Title in the source language.
    pub title: String,
    /// Lowest current SKU price, in the settlement currency.
    pub price: Money,
    /// The undiscounted price when the lowest price is a discount.
    pub original_price: Option<Money>,
    /// First image.
    pub image: Image,
    /// Average order rating in tenths of a star (47 = 4.7), `None` before the first review.
    pub rating_tenths: Option<u8>,
    /// Orders placed so far.
    pub orders: u32,
    /// Whether the cheapest shipping option is free.
    pub free_shipping: bool,
    /// Shop display name.
    pub shop_name: String,
    /// The promotion running on the listing, when `price` is its deal price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<crate::promotion::CardDeal>,
}

/// A variant property and its values, e.g. colour: red, blue (LST-13).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VariantProperty {
    /// Property name, e.g. `Colour`.
    pub name: String,
    /// Its values in display order.
    pub values: Vec<String>,
}

/// A specification attribute, e.g. material: cotton.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attribute {
    /// Attribute name.
    pub name: String,
    /// Attribute value.
    pub value: String,
}

/// One purchasable combination of variant values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Sku {
    /// The SKU.
    pub id: SkuId,
    /// Seller's SKU code (at most 20 ASCII letters and digits).
    pub code: String,
    /// One value per variant property, in the listing's property order.
    pub options: Vec<String>,
    /// Current price.
    pub price: Money,
    /// Price before the discount, when discounted.
    pub original_price: Option<Money>,
    /// Units in stock.
    pub stock: u32,
    /// Index into the listing's images for this SKU's picture.
    pub image_index: Option<u16>,
}

/// A way to ship a listing, with its cost and delivery estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingOption {
    /// The logistics class.
    pub class: LogisticsClass,
    /// Cost for one unit; zero when shipping is free.
    pub cost: Money,
    /// Fewest days to deliver.
    pub min_days: u16,
    /// Most days to deliver.
    pub max_days: u16,
}

/// The shop behind a listing, as shown on the product page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopSummary {
    /// The shop.
    pub id: ShopId,
    /// Display name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country the shop ships from.
    pub country: String,
    /// The shop's return and refund policy (ORD-5).
    pub return_policy: String,
    /// Positive feedback in tenths of a percent (975 = 97.5%), `None` before any feedback.
    pub positive_feedback_permille: Option<u16>,
    /// The shop's detailed seller ratings over the rolling window (SRV-8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<crate::review::ShopService>,
}

/// Everything the product page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingDetail {
    /// The listing.
    pub id: ListingId,
    /// Title.
    pub title: String,
    /// Description as sanitised HTML (LST-15: only simple formatting, links to the platform only).
    pub description: String,
    /// Path from the top-level category down to the listing's category.
    pub category_path: Vec<Category>,
    /// Images, main image first.
    pub images: Vec<Image>,
    /// Variant properties; empty for a single-SKU listing.
    pub variant_properties: Vec<VariantProperty>,
    /// Purchasable SKUs.
    pub skus: Vec<Sku>,
    /// Specification attributes.
    pub attributes: Vec<Attribute>,
    /// Shipping options from the shop's template: to `ships_to` when one was asked for (empty when the
    /// listing does not ship there), else the template's own.
    pub shipping: Vec<ShippingOption>,
    /// The destination the shipping options are for, as asked (`?ships_to=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ships_to: Option<String>,
    /// The shop.
    pub shop: ShopSummary,
    /// Average rating in tenths of a star.
    pub rating_tenths: Option<u8>,
    /// Orders placed so far.
    pub orders: u32,
    /// The promotion running on the listing now, with its deal prices and end time (PRM-1 … PRM-7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<crate::promotion::ListingDeal>,
}

/// One page of a cursor-paginated list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// Opaque cursor for the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}
