//! Dispute rules DSP-1 … DSP-4: opening a dispute, the seller's response deadline, the arbitration
//! deadline in working days, and classification with priority.

use crate::{
    Engine,
    time::{add_days, add_working_days},
    verdicts::{Report, keys, num},
};
use caravan_types::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// Why a buyer opens a dispute (DSP-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisputeReason {
    /// The parcel never arrived.
    NotReceived,
    /// The item differs from the listing.
    NotAsDescribed,
}

/// What the buyer asks for (DSP-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Remedy {
    /// The whole order amount back.
    FullRefund,
    /// Part of it back.
    PartialRefund {
        /// Amount in minor units.
        amount_minor: i64,
    },
    /// Send the item again.
    Resend,
}

/// A dispute as opened (DSP-1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeRequest {
    /// Whether the order was paid.
    pub order_paid: bool,
    /// Order total in minor units.
    pub order_total_minor: i64,
    /// The reason.
    pub reason: DisputeReason,
    /// The remedy asked for.
    pub remedy: Remedy,
    /// Number of evidence files (photos, video).
    pub evidence_count: u32,
}

/// DSP-2: the seller's response window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseState {
    /// Waiting for the seller.
    AwaitingSeller,
    /// The seller responded in time.
    Responded,
    /// No response in time: closed in the buyer's favour, counts as a response timeout (SRV-5).
    TimedOut,
}

/// DSP-2 outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseTimer {
    /// When the seller must have responded.
    pub deadline: i64,
    /// The state at `now`.
    pub state: ResponseState,
    /// Verdicts: `rule-dsp-2-response-overdue` on timeout.
    pub verdicts: Vec<Verdict>,
}

/// DSP-3 outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArbitrationTimer {
    /// When arbitration must have decided: complete evidence plus the policy's working days.
    pub deadline: i64,
    /// Whether the deadline passed without a decision.
    pub overdue: bool,
    /// Verdicts: `rule-dsp-3-arbitration-overdue`.
    pub verdicts: Vec<Verdict>,
}

/// DSP-4: dispute classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// DSP-4: what the buyer's claim says, beyond the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeClaim {
    /// The reason given.
    pub reason: DisputeReason,
    /// The buyer says the item is counterfeit.
    #[serde(default)]
    pub counterfeit: bool,
    /// The buyer says it arrived damaged.
    #[serde(default)]
    pub damaged: bool,
    /// Order total in USD minor units (impact).
    pub order_total_usd_minor: i64,
}

/// DSP-4 outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisputeTriage {
    /// The class.
    pub class: DisputeClass,
    /// 1 (most urgent) … 4.
    pub priority: u8,
}

/// Orders at or above this value (USD minor units, $100) are handled one priority level sooner.
const HIGH_VALUE_USD_MINOR: i64 = 10_000;

/// DSP-4: classifies a dispute and sets its priority by impact: counterfeit first (it harms buyers and the
/// brand owner, and may mean IP strikes), then damaged, not as described and logistics delays; a
/// high-value order moves one level up.
pub fn triage_dispute(claim: &DisputeClaim) -> DisputeTriage {
    let class = if claim.counterfeit {
        DisputeClass::Counterfeit
    } else if claim.damaged {
        DisputeClass::Damaged
    } else {
        match claim.reason {
            DisputeReason::NotAsDescribed => DisputeClass::NotAsDescribed,
            DisputeReason::NotReceived => DisputeClass::LogisticsDelay,
        }
    };
    let base: u8 = match class {
        DisputeClass::Counterfeit => 1,
        DisputeClass::Damaged => 2,
        DisputeClass::NotAsDescribed => 3,
        DisputeClass::LogisticsDelay => 4,
    };
    let priority = if claim.order_total_usd_minor >= HIGH_VALUE_USD_MINOR {
        base.saturating_sub(1).max(1)
    } else {
        base
    };
    DisputeTriage { class, priority }
}

impl Engine {
    /// DSP-1: a dispute may be opened on a paid order, with evidence when the item is not as described, and
    /// a partial refund between one minor unit and the order total.
    pub fn check_dispute(&self, request: &DisputeRequest) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if !request.order_paid {
            report.push(keys::DSP_1_ORDER_NOT_PAID, "order", []);
        }
        if request.reason == DisputeReason::NotAsDescribed && request.evidence_count == 0 {
            report.push(keys::DSP_1_EVIDENCE_REQUIRED, "evidence", []);
        }
        if let Remedy::PartialRefund { amount_minor } = request.remedy
            && (amount_minor <= 0 || amount_minor > request.order_total_minor)
        {
            report.push(
                keys::DSP_1_REFUND_OUT_OF_RANGE,
                "remedy.amount",
                [("max", num(request.order_total_minor))],
            );
        }
        report.finish()
    }

    /// DSP-2: the seller's response timer, from when the dispute was opened.
    pub fn dispute_response(
        &self,
        opened_at: i64,
        responded_at: Option<i64>,
        now: i64,
    ) -> ResponseTimer {
        let deadline = add_days(opened_at, self.policy().timeouts.dispute_response_days);
        let mut report = Report::new(self.version());
        let state = match responded_at {
            Some(at) if at <= deadline => ResponseState::Responded,
            Some(_) => ResponseState::TimedOut,
            None if now > deadline => ResponseState::TimedOut,
            None => ResponseState::AwaitingSeller,
        };
        if state == ResponseState::TimedOut {
            report.push(
                keys::DSP_2_RESPONSE_OVERDUE,
                "dispute",
                [("deadline", num(deadline))],
            );
        }
        ResponseTimer {
            deadline,
            state,
            verdicts: report.finish(),
        }
    }

    /// DSP-3: the arbitration timer, from when the evidence was complete.
    pub fn arbitration(
        &self,
        evidence_complete_at: i64,
        decided_at: Option<i64>,
        now: i64,
    ) -> ArbitrationTimer {
        let deadline = add_working_days(
            evidence_complete_at,
            self.policy().timeouts.arbitration_working_days,
        );
        let overdue = match decided_at {
            Some(at) => at > deadline,
            None => now > deadline,
        };
        let mut report = Report::new(self.version());
        if overdue {
            report.push(
                keys::DSP_3_ARBITRATION_OVERDUE,
                "dispute",
                [("deadline", num(deadline))],
            );
        }
        ArbitrationTimer {
            deadline,
            overdue,
            verdicts: report.finish(),
        }
    }
}
