//! Penalties on shops and the sellers' appeals (PEN-1 … PEN-5, PRM-2 … PRM-6): what the seller center, the
//! platform console and the server exchange.

use crate::{ListingId, ShopId, verdict::VerdictArg};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a penalty does to a shop: the PEN-1 ladder, mildest first, and the promotion ban of PRM-2 … PRM-6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PenaltyLevel {
    /// A warning; nothing is restricted.
    Warning,
    /// Restricted operations: no publishing, no new promotions.
    RestrictedOperations,
    /// Trading suspended: the shop's listings are hidden and cannot be bought.
    TradingSuspended,
    /// Cooperation ended: the shop is closed for good.
    CooperationEnded,
    /// Banned from promotions (PRM-2 … PRM-6); the shop trades normally otherwise.
    PromotionBan,
}

impl PenaltyLevel {
    /// Every level, in the order above.
    pub const ALL: [PenaltyLevel; 5] = [
        PenaltyLevel::Warning,
        PenaltyLevel::RestrictedOperations,
        PenaltyLevel::TradingSuspended,
        PenaltyLevel::CooperationEnded,
        PenaltyLevel::PromotionBan,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            PenaltyLevel::Warning => "warning",
            PenaltyLevel::RestrictedOperations => "restricted_operations",
            PenaltyLevel::TradingSuspended => "trading_suspended",
            PenaltyLevel::CooperationEnded => "cooperation_ended",
            PenaltyLevel::PromotionBan => "promotion_ban",
        }
    }

    /// The level stored under `name`.
    pub fn from_name(name: &str) -> Option<PenaltyLevel> {
        PenaltyLevel::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// Whether a penalty still applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PenaltyStatus {
    /// In force (a warning stays "active" as a record).
    Active,
    /// Its time ran out.
    Expired,
    /// Lifted by the platform, on appeal or otherwise (PEN-3).
    Lifted,
}

/// An intellectual-property infringement counted against the shop (PEN-5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum IpStrikeKind {
    /// A general infringement: points.
    General,
    /// A serious infringement (e.g. counterfeit): three close the shop.
    Serious,
}

/// One fact behind a decision: a verdict's content (PEN-4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fact {
    /// Rule id, e.g. `LST-4`.
    pub rule: String,
    /// What the fact concerns, e.g. `shop`, `listings[42]`, `skus[0].price`.
    pub field: String,
    /// Locale message key.
    pub message_key: String,
    /// Message arguments.
    pub args: BTreeMap<String, VerdictArg>,
}

/// Where and until when a decision can be appealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppealRoute {
    /// A path of the seller center.
    pub url: String,
    /// Last moment to appeal, Unix seconds.
    pub deadline: i64,
}

/// The statement of reasons every restriction comes with (PEN-4, EU DSA Art. 17): the decision, the facts,
/// the rule and clause, whether it was automated, and how to appeal. Built by the rule engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatementOfReasons {
    /// What was decided, e.g. `penalty:trading_suspended`.
    pub decision: String,
    /// The facts.
    pub facts: Vec<Fact>,
    /// The rule the decision rests on.
    pub rule: String,
    /// The clause: message key of the decisive fact.
    pub clause: String,
    /// Whether decided automatically.
    pub automated: bool,
    /// Policy version applied.
    pub policy_version: String,
    /// When issued, Unix seconds.
    pub issued_at: i64,
    /// How to appeal.
    pub appeal: AppealRoute,
}

/// Where an appeal is (PEN-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AppealStatus {
    /// Waiting for the platform.
    Pending,
    /// Granted: the penalty was lifted.
    Lifted,
    /// Refused: the penalty stays, with the reason.
    Upheld,
}

/// A seller's appeal against a penalty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Appeal {
    /// The appeal.
    pub id: i64,
    /// The penalty appealed.
    pub penalty_id: i64,
    /// The shop.
    pub shop_id: ShopId,
    /// The seller's explanation.
    pub statement: String,
    /// Pending, lifted or upheld.
    pub status: AppealStatus,
    /// The platform's reason when it upheld the penalty (or the note it lifted it with).
    pub decision_reason: Option<String>,
    /// Filed, Unix seconds.
    pub created_at: i64,
    /// Decided, Unix seconds.
    pub decided_at: Option<i64>,
}

/// A penalty on a shop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Penalty {
    /// The penalty.
    pub id: i64,
    /// The shop.
    pub shop_id: ShopId,
    /// What it does.
    pub level: PenaltyLevel,
    /// The rule broken, e.g. `LST-4`, `PRM-2`.
    pub rule: String,
    /// What was found, in the platform's words.
    pub facts: String,
    /// The statement of reasons (PEN-4).
    pub statement: StatementOfReasons,
    /// Decided automatically by the rules rather than by staff.
    pub automated: bool,
    /// Issued, Unix seconds.
    pub issued_at: i64,
    /// When it ends; `None` for a warning or the end of cooperation.
    pub expires_at: Option<i64>,
    /// Active, expired or lifted (as of the request).
    pub status: PenaltyStatus,
    /// The IP infringement it counts, if any (PEN-5).
    pub ip_strike: Option<IpStrikeKind>,
    /// The listing taken down with it (PEN-2), if any.
    pub listing_id: Option<ListingId>,
    /// The promotion it concerns (PRM-2 … PRM-6), if any.
    pub promotion_id: Option<i64>,
    /// When lifted, Unix seconds.
    pub lifted_at: Option<i64>,
    /// Why it was lifted.
    pub lift_reason: Option<String>,
    /// The seller's appeal, if filed.
    pub appeal: Option<Appeal>,
}

/// What a shop may do now, given its penalties (PEN-1, PEN-5, PRM bans).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopStanding {
    /// May publish listings.
    pub can_publish: bool,
    /// Its listings are in the catalogue and can be bought.
    pub can_sell: bool,
    /// May create promotions and join flash deals.
    pub can_promote: bool,
    /// The most severe ladder penalty in force.
    pub level: Option<PenaltyLevel>,
    /// When the promotion ban ends, if banned.
    pub promotion_ban_until: Option<i64>,
    /// Unexpired IP points (PEN-5).
    pub ip_points: u32,
    /// Unexpired serious IP infringements (PEN-5).
    pub ip_serious: u32,
}

/// `GET /api/seller/penalties`: the shop's standing and every penalty, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SellerPenalties {
    /// What the shop may do now.
    pub standing: ShopStanding,
    /// Its penalties.
    pub penalties: Vec<Penalty>,
}

/// `POST /api/admin/penalties`: staff issue a penalty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssuePenaltyRequest {
    /// The shop.
    pub shop_id: ShopId,
    /// The rule broken: a RULES.md id such as `LST-4` or `PRM-6`.
    pub rule: String,
    /// What was found, shown to the seller (10 to 2,000 characters).
    pub facts: String,
    /// The level; without it the PEN-1 ladder decides from the shop's history. A `PRM-*` rule always
    /// means a promotion ban of the policy's length.
    #[serde(default)]
    pub level: Option<PenaltyLevel>,
    /// A serious violation starts one rung higher on the ladder.
    #[serde(default)]
    pub serious: bool,
    /// A listing to take down with the penalty (PEN-2).
    #[serde(default)]
    pub listing_id: Option<ListingId>,
    /// An IP infringement to count (PEN-5); enough of them close the shop.
    #[serde(default)]
    pub ip_strike: Option<IpStrikeKind>,
    /// The promotion concerned (PRM-*): its goods are removed from it.
    #[serde(default)]
    pub promotion_id: Option<i64>,
}

/// A penalty just issued, with any penalty the rules added because of it (PEN-5 closure).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssuedPenalties {
    /// The penalty asked for.
    pub penalty: Penalty,
    /// Penalties the rules added (e.g. closure after too many IP strikes).
    pub consequences: Vec<Penalty>,
}

/// `POST /api/seller/penalties/{id}/appeal`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppealRequest {
    /// Why the penalty should be lifted (10 to 2,000 characters).
    pub statement: String,
}

/// A decision that needs a stated reason (lifting a penalty, deciding an appeal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReasonRequest {
    /// Shown to the seller (10 to 1,000 characters).
    pub reason: String,
}

/// An appeal with the penalty it concerns, for the platform console's queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppealCase {
    /// The appeal.
    pub appeal: Appeal,
    /// The penalty appealed.
    pub penalty: Penalty,
    /// The shop's name.
    pub shop_name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_through_their_names() {
        for level in PenaltyLevel::ALL {
            assert_eq!(PenaltyLevel::from_name(level.as_str()), Some(level));
            assert_eq!(
                serde_json::to_value(level).unwrap(),
                serde_json::json!(level.as_str())
            );
        }
        assert_eq!(PenaltyLevel::from_name("banned"), None);
    }
}
