//! Promotions (PRM-1 … PRM-7): seller discounts and flash deals, their review, and the deals buyers see.

use crate::{ListingId, Money, ShopId, SkuId, listing::ListingCard};
use serde::{Deserialize, Serialize};

/// What kind of promotion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PromotionKind {
    /// A discount over a period the seller chooses.
    Discount,
    /// A flash deal in one session of the PRM-7 schedule (3 hours, 8 sessions a day, 10 items each).
    FlashDeal,
}

impl PromotionKind {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            PromotionKind::Discount => "discount",
            PromotionKind::FlashDeal => "flash_deal",
        }
    }

    /// The kind stored under `name`.
    pub fn from_name(name: &str) -> Option<PromotionKind> {
        [PromotionKind::Discount, PromotionKind::FlashDeal]
            .into_iter()
            .find(|k| k.as_str() == name)
    }
}

/// How much is taken off each unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Discount {
    /// A percentage of the SKU's price (1–90), rounded half up to the minor unit.
    Percent {
        /// Percent off.
        percent: i64,
    },
    /// A fixed amount off, in minor units of the listing's currency; below every enrolled SKU's price.
    Fixed {
        /// Amount off, minor units.
        amount_minor: i64,
    },
}

impl Discount {
    /// The unit price after the discount, or `None` when the discount does not apply (a fixed amount at or
    /// above the price, which a price cut after approval can cause).
    pub fn apply(self, price_minor: i64) -> Option<i64> {
        let discounted = match self {
            Discount::Percent { percent } => {
                // Half up, in integers: (p × (100 − d) + 50) / 100.
                let kept = 100 - percent.clamp(0, 100);
                (i128::from(price_minor) * i128::from(kept) + 50) / 100
            }
            Discount::Fixed { amount_minor } => i128::from(price_minor) - i128::from(amount_minor),
        };
        i64::try_from(discounted)
            .ok()
            .filter(|d| *d > 0 && *d < price_minor)
    }

    /// The size of the discount as PRM-2 compares an edit with the approved terms: percent, or minor units
    /// for a fixed amount (a promotion never changes its discount type after approval).
    pub fn magnitude(self) -> i64 {
        match self {
            Discount::Percent { percent } => percent,
            Discount::Fixed { amount_minor } => amount_minor,
        }
    }
}

/// Where a promotion is (PRM-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PromotionStatus {
    /// Waiting for the platform's review.
    Pending,
    /// Approved; runs from `starts_at` to `ends_at`. From approval on its goods are frozen (PRM-2).
    Approved,
    /// Refused, with a reason.
    Rejected,
    /// Withdrawn by the seller (after approval, with the PRM-2 sanction).
    Withdrawn,
}

impl PromotionStatus {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            PromotionStatus::Pending => "pending",
            PromotionStatus::Approved => "approved",
            PromotionStatus::Rejected => "rejected",
            PromotionStatus::Withdrawn => "withdrawn",
        }
    }

    /// The status stored under `name`.
    pub fn from_name(name: &str) -> Option<PromotionStatus> {
        [
            PromotionStatus::Pending,
            PromotionStatus::Approved,
            PromotionStatus::Rejected,
            PromotionStatus::Withdrawn,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// One SKU enrolled in a promotion, as the seller submits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromotionItemRequest {
    /// A published listing of the seller's shop.
    pub listing_id: ListingId,
    /// The SKU's code in that listing.
    pub sku_code: String,
    /// Units sold at the promotion price, at most the SKU's stock.
    pub promo_stock: i64,
}

/// `POST /api/seller/promotions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromotionRequest {
    /// The seller's name for it (1–80 characters).
    pub name: String,
    /// Discount or flash deal.
    pub kind: PromotionKind,
    /// What is taken off.
    pub discount: Discount,
    /// Start, Unix seconds; for a flash deal the start of a PRM-7 session (a multiple of 3 hours, UTC).
    pub starts_at: i64,
    /// End, Unix seconds (a discount runs 1 hour to 90 days). A flash deal ends with its session; leave
    /// it out or give the session's end.
    #[serde(default)]
    pub ends_at: Option<i64>,
    /// The SKUs and their promotion stock.
    pub items: Vec<PromotionItemRequest>,
}

/// `PUT /api/seller/promotions/{id}`: new discount and promotion stock. While pending anything may change;
/// once approved, PRM-2 allows only more stock and a deeper discount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromotionUpdate {
    /// The version the edit is based on (409 when stale).
    pub version: i64,
    /// What is taken off.
    pub discount: Discount,
    /// The SKUs and their promotion stock.
    pub items: Vec<PromotionItemRequest>,
}

/// One SKU of a promotion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromotionItem {
    /// The listing.
    pub listing_id: ListingId,
    /// The SKU's code.
    pub sku_code: String,
    /// Units at the promotion price.
    pub promo_stock: i64,
    /// Of these, sold.
    pub promo_used: i64,
    /// The rule it was removed from the promotion under (PRM-2 … PRM-6), if removed.
    pub removed_rule: Option<String>,
}

/// A promotion, as its seller and the platform see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Promotion {
    /// The promotion.
    pub id: i64,
    /// The shop running it.
    pub shop_id: ShopId,
    /// The seller's name for it.
    pub name: String,
    /// Discount or flash deal.
    pub kind: PromotionKind,
    /// What is taken off.
    pub discount: Discount,
    /// Currency of a fixed discount (the listings' currency).
    pub currency: String,
    /// Start, Unix seconds.
    pub starts_at: i64,
    /// End, Unix seconds.
    pub ends_at: i64,
    /// Review status.
    pub status: PromotionStatus,
    /// Approved and running now.
    pub active: bool,
    /// Why the platform refused it.
    pub rejection_reason: Option<String>,
    /// The enrolled SKUs.
    pub items: Vec<PromotionItem>,
    /// Increases with every change.
    pub version: i64,
    /// Created, Unix seconds.
    pub created_at: i64,
}

/// A promotion withdrawn by its seller, with the sanction PRM-2 imposed (none while it was pending).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WithdrawnPromotion {
    /// The promotion, now withdrawn.
    pub promotion: Promotion,
    /// The promotion ban recorded, if the goods had been approved.
    pub penalty: Option<crate::penalty::Penalty>,
}

/// One SKU's promotion stock in a commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommittedSku {
    /// The SKU's code.
    pub sku_code: String,
    /// Units promised at the promotion price.
    pub promo_stock: i64,
}

/// An approved, unfinished promotion a listing is committed to (PRM-2), with the listing as it was when the
/// goods were approved: what `GET /api/seller/listings/{id}/promotion-commitments` answers, so the seller
/// center's rule engine flags a forbidden edit before it is saved, exactly as the server refuses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingCommitment {
    /// The promotion.
    pub promotion_id: i64,
    /// The seller's name for it.
    pub name: String,
    /// Discount or flash deal.
    pub kind: PromotionKind,
    /// What is taken off (its type never changes after approval).
    pub discount: Discount,
    /// Start, Unix seconds.
    pub starts_at: i64,
    /// End, Unix seconds: the commitment lasts until then.
    pub ends_at: i64,
    /// The listing as approved (the "before" of every later edit).
    pub approved_draft: crate::listing_draft::ListingDraft,
    /// The cheapest shipping cost when approved, minor units.
    pub approved_shipping_minor: i64,
    /// The listing's SKUs still in the promotion.
    pub skus: Vec<CommittedSku>,
}

/// A running deal on one SKU, as a buyer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkuDeal {
    /// The SKU.
    pub sku_id: SkuId,
    /// Price per unit with the promotion.
    pub price: Money,
    /// Price per unit without it.
    pub original_price: Money,
    /// Units left at the promotion price.
    pub stock_left: i64,
}

/// A running promotion on a listing, for cards and the product page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingDeal {
    /// The promotion.
    pub promotion_id: i64,
    /// Discount or flash deal.
    pub kind: PromotionKind,
    /// What is taken off.
    pub discount: Discount,
    /// When the deal ends, Unix seconds.
    pub ends_at: i64,
    /// The SKUs on deal with units left.
    pub skus: Vec<SkuDeal>,
}

/// A running promotion on a catalogue card: the card's `price` is then the cheapest deal price and its
/// `original_price` that SKU's regular price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardDeal {
    /// The promotion.
    pub promotion_id: i64,
    /// Discount or flash deal.
    pub kind: PromotionKind,
    /// When it ends, Unix seconds.
    pub ends_at: i64,
}

/// One flash deal on the home page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FlashDeal {
    /// The listing's card (its `price` is the cheapest deal price).
    pub listing: ListingCard,
    /// The deal.
    pub deal: ListingDeal,
}

/// One session of the PRM-7 schedule and its deals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FlashSession {
    /// Start, Unix seconds.
    pub starts_at: i64,
    /// End, Unix seconds.
    pub ends_at: i64,
    /// Whether it is running now.
    pub running: bool,
    /// Its deals (at most the policy's items per session).
    pub deals: Vec<FlashDeal>,
}

/// `GET /api/flash-deals`: the running session and the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FlashDeals {
    /// The server's time, Unix seconds (for the countdown).
    pub now: i64,
    /// The running session first, then the next.
    pub sessions: Vec<FlashSession>,
}

/// `GET /api/flash-deals/running`: what the home page's strip shows, the running session's deals as
/// catalogue cards (deal price, regular price, the deal's kind and end) and when the session ends. The strip
/// needs no more than cards, so the home route's code reads no more than cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RunningFlashDeals {
    /// The server's time, Unix seconds (the countdown follows the server's clock, not the device's).
    pub now: i64,
    /// When the running session ends, Unix seconds.
    pub ends_at: i64,
    /// Its deals, best-selling first; empty while none run.
    pub cards: Vec<crate::listing::ListingCard>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discounts_round_half_up_and_never_reach_zero() {
        assert_eq!(Discount::Percent { percent: 20 }.apply(1899), Some(1519)); // 1519.2
        assert_eq!(Discount::Percent { percent: 50 }.apply(3), Some(2)); // 1.5 → 2
        assert_eq!(Discount::Percent { percent: 10 }.apply(1), None); // nothing to take off
        assert_eq!(
            Discount::Fixed { amount_minor: 300 }.apply(1899),
            Some(1599)
        );
        assert_eq!(Discount::Fixed { amount_minor: 1899 }.apply(1899), None);
    }

    #[test]
    fn discount_json_is_tagged_by_type() {
        let fixed: Discount =
            serde_json::from_str(r#"{"type":"fixed","amount_minor":250}"#).unwrap();
        assert_eq!(fixed, Discount::Fixed { amount_minor: 250 });
        assert_eq!(
            serde_json::to_value(Discount::Percent { percent: 15 }).unwrap(),
            serde_json::json!({"type": "percent", "percent": 15})
        );
    }
}
