//! Reviews and the service score (SRV-1 … SRV-8): the buyer's rating of a completed order with the three
//! detailed seller ratings (DSR), product reviews, and a shop's assessment over a rolling window.

use crate::{ListingId, OrderId};
use serde::{Deserialize, Serialize};

/// Detailed seller ratings of one order, 1–5 each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DsrRatings {
    /// Item as described.
    pub described: u8,
    /// Communication.
    pub communication: u8,
    /// Shipping speed.
    pub shipping: u8,
}

/// `POST /api/orders/{id}/review`: once, after the order completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewRequest {
    /// The order (product) rating, 1–5 stars.
    pub rating: u8,
    /// What the buyer writes (up to 2,000 characters; may be empty).
    #[serde(default)]
    pub text: String,
    /// The three detailed seller ratings.
    pub dsr: DsrRatings,
}

/// A buyer's review of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderReview {
    /// The order.
    pub order_id: OrderId,
    /// 1–5 stars.
    pub rating: u8,
    /// The text.
    pub text: String,
    /// The detailed seller ratings.
    pub dsr: DsrRatings,
    /// Written at, Unix seconds.
    pub created_at: i64,
}

/// A review as the product page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductReview {
    /// The review.
    pub id: i64,
    /// 1–5 stars.
    pub rating: u8,
    /// The text.
    pub text: String,
    /// The buyer's name, shortened for privacy (`M***a`).
    pub author: String,
    /// The variant bought, e.g. `Black / L`.
    pub sku_label: String,
    /// Written at, Unix seconds.
    pub created_at: i64,
}

/// A listing's ratings at a glance (SRV-8: listings are judged by their positive-feedback rate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RatingSummary {
    /// Ratings given.
    pub ratings: u32,
    /// Average in tenths of a star.
    pub average_tenths: Option<u8>,
    /// Ratings of 4 or 5 stars per thousand.
    pub positive_permille: Option<u32>,
    /// How many ratings gave each number of stars: always five entries, 5 stars first, none left out
    /// (a product page draws the distribution as bars).
    pub by_stars: Vec<StarCount>,
}

/// Ratings with a given number of stars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StarCount {
    /// 1–5.
    pub stars: u8,
    /// Ratings that gave that many stars.
    pub count: u32,
}

/// `GET /api/listings/{id}/reviews`: a page of reviews, newest first, and the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingReviews {
    /// The listing.
    pub listing_id: ListingId,
    /// All its ratings summarised.
    pub summary: RatingSummary,
    /// This page.
    pub items: Vec<ProductReview>,
    /// Cursor of the next page; `None` on the last.
    pub next_cursor: Option<String>,
}

/// A count and its rate per thousand counted orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceMeasure {
    /// How many.
    pub count: u32,
    /// Per thousand counted orders; `None` when no order counts.
    pub rate_permille: Option<u32>,
}

/// Average detailed seller ratings, in tenths of a star.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DsrAverages {
    /// Orders rated.
    pub ratings: u32,
    /// Item as described.
    pub described_tenths: Option<u8>,
    /// Communication.
    pub communication_tenths: Option<u8>,
    /// Shipping speed.
    pub shipping_tenths: Option<u8>,
}

/// `GET /api/seller/service-score`: the shop's assessment over the rolling window (SRV-1 … SRV-7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceScore {
    /// Window start (inclusive), Unix seconds.
    pub window_start: i64,
    /// Window end (exclusive): now.
    pub window_end: i64,
    /// Paid orders placed in the window.
    pub orders: u32,
    /// Of these, left out (SRV-6: "not received" disputes closed).
    pub excluded: u32,
    /// Orders the measures count.
    pub counted: u32,
    /// SRV-7: assessed only from this many orders in the window.
    pub min_orders: u32,
    /// Whether the shop is assessed.
    pub assessed: bool,
    /// SRV-1.
    pub bad_reviews: ServiceMeasure,
    /// SRV-2: item as described.
    pub bad_described: ServiceMeasure,
    /// SRV-2: communication.
    pub bad_communication: ServiceMeasure,
    /// SRV-2: shipping speed.
    pub bad_shipping: ServiceMeasure,
    /// SRV-3.
    pub sold_not_shipped: ServiceMeasure,
    /// SRV-4.
    pub arbitration: ServiceMeasure,
    /// SRV-5.
    pub response_timeouts: ServiceMeasure,
    /// Average DSR of the counted orders (SRV-8: the DSR scores the shop as a whole).
    pub dsr: DsrAverages,
    /// Order ratings of 4 or 5 stars per thousand, over the counted orders.
    pub positive_feedback_permille: Option<u32>,
    /// Measures above the policy's limits (an assessed shop only); the platform penalises a shop with
    /// findings once per window.
    pub findings: Vec<crate::verdict::Verdict>,
}

/// One week of the service window: the orders placed in it and what became of them, for the seller
/// center's trend charts (`GET /api/seller/service-score/weeks`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceWeek {
    /// Week start (inclusive), Unix seconds.
    pub starts_at: i64,
    /// Week end (exclusive), Unix seconds.
    pub ends_at: i64,
    /// Paid orders placed in the week that the measures count (SRV-6 exclusions left out).
    pub counted: u32,
    /// Average DSR of these orders.
    pub dsr: DsrAverages,
    /// SRV-1 bad reviews among them.
    pub bad_reviews: u32,
    /// SRV-2 bad "item as described" ratings among them.
    pub bad_described: u32,
    /// SRV-2 bad communication ratings among them.
    pub bad_communication: u32,
    /// SRV-2 bad shipping-speed ratings among them.
    pub bad_shipping: u32,
    /// SRV-3 sold but not shipped.
    pub sold_not_shipped: u32,
    /// SRV-4 escalated to arbitration.
    pub arbitration: u32,
    /// SRV-5 dispute response timeouts.
    pub response_timeouts: u32,
}

/// A shop's public service figures on the product page (rolling window).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopService {
    /// Average detailed seller ratings.
    pub dsr: DsrAverages,
    /// Order ratings of 4 or 5 stars per thousand.
    pub positive_feedback_permille: Option<u32>,
}
