//! Service assessment SRV-1 … SRV-8: a shop's bad reviews, bad detailed seller ratings, sold-but-not-shipped
//! orders, arbitrations and response timeouts over a rolling window; orders whose "not received" dispute
//! closed are left out; a shop is assessed only from a minimum order count; listings are judged by their
//! positive-feedback rate.

use crate::{
    Engine,
    time::DAY,
    verdicts::{Report, keys, num},
};
use caravan_types::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// Detailed seller ratings of one order, 1–5 each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dsr {
    /// Item as described.
    pub described: u8,
    /// Communication.
    pub communication: u8,
    /// Shipping speed.
    pub shipping: u8,
}

/// One order of the shop, as the assessment needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderRecord {
    /// When the order was placed (unix seconds); the window selects on this.
    pub placed_at: i64,
    /// Order rating, 1–5 stars, once given.
    #[serde(default)]
    pub rating: Option<u8>,
    /// Detailed seller ratings, once given.
    #[serde(default)]
    pub dsr: Option<Dsr>,
    /// Sold but not shipped (ORD-3).
    #[serde(default)]
    pub sold_not_shipped: bool,
    /// Escalated to arbitration (DSP-3).
    #[serde(default)]
    pub arbitration: bool,
    /// The seller missed a dispute response deadline (DSP-2).
    #[serde(default)]
    pub response_timeout: bool,
    /// A "not received" dispute on it closed (SRV-6), whoever got the refund.
    #[serde(default)]
    pub not_received_dispute_closed: bool,
}

/// A count and its rate over the counted orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// How many.
    pub count: u32,
    /// Per thousand counted orders (rounded down); `None` when no order counts.
    pub rate_permille: Option<u32>,
}

/// The result of an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceAssessment {
    /// Window start (inclusive), unix seconds.
    pub window_start: i64,
    /// Window end (exclusive): `now`.
    pub window_end: i64,
    /// Orders placed in the window.
    pub orders: u32,
    /// Of these, left out under SRV-6.
    pub excluded: u32,
    /// Orders the measures count.
    pub counted: u32,
    /// SRV-7: whether the shop is assessed at all.
    pub assessed: bool,
    /// SRV-1: ratings at or below the policy's bad rating.
    pub bad_reviews: Measure,
    /// SRV-2: bad item-as-described ratings.
    pub bad_described: Measure,
    /// SRV-2: bad communication ratings.
    pub bad_communication: Measure,
    /// SRV-2: bad shipping ratings (judged leniently).
    pub bad_shipping: Measure,
    /// SRV-3: sold but not shipped.
    pub sold_not_shipped: Measure,
    /// SRV-4: escalated to arbitration.
    pub arbitration: Measure,
    /// SRV-5: dispute response timeouts.
    pub response_timeouts: Measure,
}

/// SRV-8: a listing's positive-feedback rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingFeedback {
    /// Ratings given.
    pub ratings: u32,
    /// Of these, positive.
    pub positive: u32,
    /// Positive per thousand (rounded down); `None` before the first rating.
    pub positive_permille: Option<u32>,
}

fn permille(count: u32, of: u32) -> Option<u32> {
    (of > 0).then(|| u32::try_from(u64::from(count) * 1000 / u64::from(of)).unwrap_or(u32::MAX))
}

impl Engine {
    /// Assesses a shop's service over the policy's window ending at `now` (SRV-1 … SRV-7).
    pub fn assess_service(&self, orders: &[OrderRecord], now: i64) -> ServiceAssessment {
        let policy = &self.policy().service;
        let window_start = now.saturating_sub(i64::from(policy.window_days) * DAY);
        let in_window: Vec<&OrderRecord> = orders
            .iter()
            .filter(|o| o.placed_at >= window_start && o.placed_at < now)
            .collect();
        let counted: Vec<&&OrderRecord> = in_window
            .iter()
            .filter(|o| !o.not_received_dispute_closed)
            .collect();
        let total = u32::try_from(counted.len()).unwrap_or(u32::MAX);
        let measure = |test: &dyn Fn(&OrderRecord) -> bool| {
            let count =
                u32::try_from(counted.iter().filter(|o| test(o)).count()).unwrap_or(u32::MAX);
            Measure {
                count,
                rate_permille: permille(count, total),
            }
        };
        let orders_in_window = u32::try_from(in_window.len()).unwrap_or(u32::MAX);
        ServiceAssessment {
            window_start,
            window_end: now,
            orders: orders_in_window,
            excluded: orders_in_window - total,
            counted: total,
            assessed: orders_in_window >= policy.min_orders,
            bad_reviews: measure(&|o| o.rating.is_some_and(|r| r <= policy.bad_rating_max)),
            bad_described: measure(&|o| {
                o.dsr
                    .is_some_and(|d| d.described <= policy.bad_described_max)
            }),
            bad_communication: measure(&|o| {
                o.dsr
                    .is_some_and(|d| d.communication <= policy.bad_communication_max)
            }),
            bad_shipping: measure(&|o| {
                o.dsr.is_some_and(|d| d.shipping <= policy.bad_shipping_max)
            }),
            sold_not_shipped: measure(&|o| o.sold_not_shipped),
            arbitration: measure(&|o| o.arbitration),
            response_timeouts: measure(&|o| o.response_timeout),
        }
    }

    /// The findings of an assessment: each measure whose rate is above the policy's limit, for an assessed
    /// shop only (SRV-7). A shop with findings is penalised by the platform (PEN-1).
    pub fn check_service(&self, assessment: &ServiceAssessment) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if !assessment.assessed {
            return report.finish();
        }
        let limits = &self.policy().service.limits;
        let measures = [
            (
                keys::SRV_1_BAD_REVIEWS_HIGH,
                "bad_reviews",
                assessment.bad_reviews,
                limits.bad_reviews_permille,
            ),
            (
                keys::SRV_2_DESCRIBED_HIGH,
                "bad_described",
                assessment.bad_described,
                limits.bad_described_permille,
            ),
            (
                keys::SRV_2_COMMUNICATION_HIGH,
                "bad_communication",
                assessment.bad_communication,
                limits.bad_communication_permille,
            ),
            (
                keys::SRV_2_SHIPPING_HIGH,
                "bad_shipping",
                assessment.bad_shipping,
                limits.bad_shipping_permille,
            ),
            (
                keys::SRV_3_NOT_SHIPPED_HIGH,
                "sold_not_shipped",
                assessment.sold_not_shipped,
                limits.sold_not_shipped_permille,
            ),
            (
                keys::SRV_4_ARBITRATION_HIGH,
                "arbitration",
                assessment.arbitration,
                limits.arbitration_permille,
            ),
            (
                keys::SRV_5_TIMEOUTS_HIGH,
                "response_timeouts",
                assessment.response_timeouts,
                limits.response_timeouts_permille,
            ),
        ];
        for (key, field, measure, max) in measures {
            if let Some(rate) = measure.rate_permille.filter(|rate| *rate > max) {
                report.push(key, field, [("rate", num(rate)), ("max", num(max))]);
            }
        }
        report.finish()
    }

    /// SRV-8: a single listing is judged by its positive-feedback rate (ratings at or above the policy's
    /// positive rating), not by the shop's DSR.
    pub fn listing_feedback(&self, ratings: &[u8]) -> ListingFeedback {
        let min = self.policy().service.positive_rating_min;
        let given = u32::try_from(ratings.len()).unwrap_or(u32::MAX);
        let positive =
            u32::try_from(ratings.iter().filter(|r| **r >= min).count()).unwrap_or(u32::MAX);
        ListingFeedback {
            ratings: given,
            positive,
            positive_permille: permille(positive, given),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(placed_at: i64, rating: u8, sold_not_shipped: bool) -> OrderRecord {
        OrderRecord {
            placed_at,
            rating: Some(rating),
            dsr: Some(Dsr {
                described: 5,
                communication: 5,
                shipping: 5,
            }),
            sold_not_shipped,
            arbitration: false,
            response_timeout: false,
            not_received_dispute_closed: false,
        }
    }

    #[test]
    fn findings_are_the_measures_above_their_limits_of_an_assessed_shop() {
        let engine = Engine::default_policy();
        let now = 100 * DAY;
        // 100 orders: 11 bad reviews (110 per thousand, over 100) and 5 unshipped (50, at the limit).
        let orders: Vec<OrderRecord> = (0..100)
            .map(|i| order(now - DAY - i, if i < 11 { 2 } else { 5 }, i >= 95))
            .collect();
        let assessment = engine.assess_service(&orders, now);
        assert!(assessment.assessed);
        let findings = engine.check_service(&assessment);
        let found: Vec<(&str, &str)> = findings
            .iter()
            .map(|v| (v.message_key.as_str(), v.field.as_str()))
            .collect();
        assert_eq!(found, [("rule-srv-1-bad-reviews-high", "bad_reviews")]);
        assert_eq!(
            findings[0].args["rate"],
            caravan_types::verdict::VerdictArg::Number(110)
        );
        assert_eq!(
            findings[0].args["max"],
            caravan_types::verdict::VerdictArg::Number(100)
        );
        // SRV-7: the same rates in a shop too small to assess find nothing.
        let small = engine.assess_service(&orders[..20], now);
        assert!(!small.assessed);
        assert!(engine.check_service(&small).is_empty());
    }
}
