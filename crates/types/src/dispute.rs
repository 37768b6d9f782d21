//! Disputes (DSP-1 … DSP-4): a buyer's claim on a paid order, the seller's response, offers and
//! counter-offers, escalation to the platform's arbitration and its decision.

use crate::{OrderId, ShopId};
use serde::{Deserialize, Serialize};

/// Why the buyer opens a dispute (DSP-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisputeReason {
    /// The parcel never arrived.
    NotReceived,
    /// The item differs from the listing.
    NotAsDescribed,
}

impl DisputeReason {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeReason::NotReceived => "not_received",
            DisputeReason::NotAsDescribed => "not_as_described",
        }
    }

    /// The reason stored under `name`.
    pub fn from_name(name: &str) -> Option<DisputeReason> {
        [DisputeReason::NotReceived, DisputeReason::NotAsDescribed]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

/// A remedy: what the buyer asks for, or what an offer proposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Remedy {
    /// Everything the order still holds in escrow back to the buyer.
    FullRefund,
    /// Part of it back (minor units of the order's currency); the rest stays with the order.
    PartialRefund {
        /// Amount, minor units.
        amount_minor: i64,
    },
    /// The seller sends the item again; no money moves.
    Resend,
}

/// DSP-4: what kind of dispute, for the arbitration queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisputeClass {
    /// Counterfeit goods.
    Counterfeit,
    /// Arrived damaged.
    Damaged,
    /// Not as described.
    NotAsDescribed,
    /// Late or lost in transit.
    LogisticsDelay,
}

/// Where a dispute is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisputeStatus {
    /// Opened; the seller must respond by `response_deadline` (DSP-2).
    AwaitingSeller,
    /// The seller responded; the parties negotiate (DSP-3).
    Negotiating,
    /// Escalated; the platform decides by `arbitration_deadline` (DSP-3).
    Arbitration,
    /// Closed; `outcome` says how.
    Resolved,
}

/// How a dispute closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisputeOutcome {
    /// The seller accepted the buyer's request or counter-offer.
    SellerAccepted,
    /// The buyer accepted the seller's offer.
    BuyerAccepted,
    /// The seller did not respond in time: closed in the buyer's favour (DSP-2).
    ResponseTimeout,
    /// Arbitration decided for the buyer.
    DecidedForBuyer,
    /// Arbitration decided for the seller.
    DecidedForSeller,
    /// The buyer withdrew the dispute.
    Withdrawn,
}

/// Who did something in a dispute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisputeParty {
    /// The buyer.
    Buyer,
    /// The seller.
    Seller,
    /// The platform (arbitration, timeouts).
    Platform,
}

/// What happened, on a dispute's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DisputeEventKind {
    /// The buyer opened the dispute (with the claim and evidence).
    Opened,
    /// A message, with evidence pictures if any.
    Message,
    /// An offer or counter-offer.
    Offer,
    /// An offer was accepted.
    Accepted,
    /// Escalated to arbitration.
    Escalated,
    /// The platform decided.
    Decided,
    /// The seller's response deadline passed.
    TimedOut,
    /// The buyer withdrew.
    Withdrawn,
}

/// Where an offer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OfferStatus {
    /// Waiting for the other party.
    Open,
    /// Accepted: the dispute closed with it.
    Accepted,
    /// Replaced by a later offer, or the dispute closed otherwise.
    Superseded,
}

/// An offer: the buyer's request is the first; then each side may counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeOffer {
    /// The offer.
    pub id: i64,
    /// Who made it.
    pub by: DisputeParty,
    /// What it proposes.
    pub remedy: Remedy,
    /// A note with it.
    pub note: String,
    /// Open, accepted or superseded.
    pub status: OfferStatus,
    /// Made at, Unix seconds.
    pub created_at: i64,
}

/// One entry of the timeline, both sides' evidence included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeEvent {
    /// The entry.
    pub id: i64,
    /// Who.
    pub by: DisputeParty,
    /// What.
    pub kind: DisputeEventKind,
    /// Text written with it.
    pub text: String,
    /// Evidence pictures (URLs of uploaded images).
    pub images: Vec<String>,
    /// The offer it concerns, if any.
    pub offer_id: Option<i64>,
    /// When, Unix seconds.
    pub created_at: i64,
}

/// A dispute, as its buyer, its seller and the platform see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dispute {
    /// The dispute.
    pub id: i64,
    /// The order disputed.
    pub order_id: OrderId,
    /// The shop.
    pub shop_id: ShopId,
    /// The shop's name.
    pub shop_name: String,
    /// Why.
    pub reason: DisputeReason,
    /// The buyer says the goods are counterfeit.
    pub counterfeit: bool,
    /// The buyer says the goods arrived damaged.
    pub damaged: bool,
    /// DSP-4 class.
    pub class: DisputeClass,
    /// DSP-4 priority, 1 (most urgent) … 4.
    pub priority: u8,
    /// What the buyer asked for.
    pub requested: Remedy,
    /// The buyer's account of the problem.
    pub description: String,
    /// Where it is.
    pub status: DisputeStatus,
    /// How it closed, once resolved.
    pub outcome: Option<DisputeOutcome>,
    /// The remedy it closed with (none for a decision for the seller or a withdrawal).
    pub resolution: Option<Remedy>,
    /// Money refunded to the buyer through it, minor units.
    pub refunded_minor: i64,
    /// Currency of the order.
    pub currency: String,
    /// The order's total, minor units.
    pub order_total_minor: i64,
    /// Opened at, Unix seconds.
    pub opened_at: i64,
    /// DSP-2: the seller must respond by then, or the dispute closes in the buyer's favour.
    pub response_deadline: i64,
    /// When the seller first responded.
    pub responded_at: Option<i64>,
    /// When escalated.
    pub escalated_at: Option<i64>,
    /// Who escalated.
    pub escalated_by: Option<DisputeParty>,
    /// DSP-3: the platform decides by then (working days from complete evidence).
    pub arbitration_deadline: Option<i64>,
    /// Whether that deadline passed without a decision.
    pub arbitration_overdue: bool,
    /// The platform's reasons for its decision.
    pub decision_reason: Option<String>,
    /// Closed at, Unix seconds.
    pub closed_at: Option<i64>,
    /// Offers, oldest first.
    pub offers: Vec<DisputeOffer>,
    /// The timeline, oldest first.
    pub events: Vec<DisputeEvent>,
}

/// `POST /api/orders/{id}/dispute`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenDisputeRequest {
    /// Why.
    pub reason: DisputeReason,
    /// What the buyer asks for.
    pub remedy: Remedy,
    /// What happened (10 to 2,000 characters).
    pub description: String,
    /// The goods look counterfeit.
    #[serde(default)]
    pub counterfeit: bool,
    /// The goods arrived damaged.
    #[serde(default)]
    pub damaged: bool,
    /// Evidence: URLs from `POST /api/dispute-images` (at most 6); required when not as described.
    #[serde(default)]
    pub images: Vec<String>,
}

/// `POST /api/disputes/{id}/messages`: a message with optional evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeMessageRequest {
    /// The message (1 to 2,000 characters).
    pub text: String,
    /// Evidence pictures (at most 6).
    #[serde(default)]
    pub images: Vec<String>,
}

/// `POST /api/disputes/{id}/offers`: an offer or counter-offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfferRequest {
    /// What is proposed.
    pub remedy: Remedy,
    /// A note (up to 1,000 characters).
    #[serde(default)]
    pub note: String,
}

/// `POST /api/admin/disputes/{id}/decide`: the arbitration decision (DSP-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeDecisionRequest {
    /// Who is right: `buyer` or `seller`.
    pub favour: DisputeParty,
    /// For the buyer: the refund in minor units (default: everything still held).
    #[serde(default)]
    pub refund_minor: Option<i64>,
    /// The reasons, shown to both (10 to 1,000 characters).
    pub reason: String,
}

/// An uploaded evidence picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceImage {
    /// URL to put in `images`.
    pub url: String,
    /// A small version.
    pub thumb_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remedies_are_tagged_by_kind() {
        let partial: Remedy =
            serde_json::from_str(r#"{"kind":"partial_refund","amount_minor":500}"#).unwrap();
        assert_eq!(partial, Remedy::PartialRefund { amount_minor: 500 });
        assert_eq!(
            serde_json::to_value(Remedy::Resend).unwrap(),
            serde_json::json!({"kind": "resend"})
        );
        for reason in [DisputeReason::NotReceived, DisputeReason::NotAsDescribed] {
            assert_eq!(DisputeReason::from_name(reason.as_str()), Some(reason));
        }
    }
}
