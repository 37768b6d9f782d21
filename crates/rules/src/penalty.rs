//! Penalties PEN-1 … PEN-5: the ladder, IP infringement outcomes, appeals, statements of reasons and IP
//! strike points.

use crate::{
    Engine,
    time::{DAY, add_days},
    verdicts::{Report, keys, num},
};
// The level and the statement of reasons are payloads the server stores and the seller center shows: one
// definition, in caravan-types.
pub use caravan_types::penalty::{AppealRoute, Fact, PenaltyLevel, StatementOfReasons};
use caravan_types::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// PEN-1: the ladder's rungs, mildest first. (`PenaltyLevel::PromotionBan` sits beside the ladder: the
/// engine never hands it out, and it counts like any other prior penalty.)
const LADDER: [PenaltyLevel; 4] = [
    PenaltyLevel::Warning,
    PenaltyLevel::RestrictedOperations,
    PenaltyLevel::TradingSuspended,
    PenaltyLevel::CooperationEnded,
];

/// A penalty: level, reason, rule, and expiry where temporary (PEN-1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Penalty {
    /// The rung.
    pub level: PenaltyLevel,
    /// The rule broken, e.g. `LST-2`.
    pub rule: String,
    /// Message key of the reason, e.g. `rule-lst-2-prohibited-term`.
    pub reason_key: String,
    /// When issued (unix seconds).
    pub issued_at: i64,
    /// When it ends; `None` for a warning (nothing to end) or the end of cooperation (permanent).
    pub expires_at: Option<i64>,
    /// Whether decided automatically (PEN-4).
    pub automated: bool,
    /// Lifted on appeal (PEN-3).
    #[serde(default)]
    pub lifted: bool,
}

/// A violation to be penalised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Violation {
    /// The rule broken.
    pub rule: String,
    /// Message key of the reason.
    pub reason_key: String,
    /// A serious violation starts one rung higher.
    pub serious: bool,
    /// Whether decided automatically.
    pub automated: bool,
}

/// PEN-3: the platform's decision on an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealDecision {
    /// The penalty stays.
    Uphold,
    /// The penalty is lifted.
    Lift,
}

/// PEN-5: one IP infringement finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IpStrike {
    /// When found (unix seconds).
    pub at: i64,
    /// Serious (e.g. counterfeit) rather than general.
    pub serious: bool,
}

/// PEN-5: a shop's IP standing at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IpStanding {
    /// Unexpired general-infringement points, after the daily cap.
    pub points: u32,
    /// Unexpired serious infringements, those within the merge window counted once.
    pub serious: u32,
    /// Whether the shop must be closed (PEN-2, PEN-5).
    pub close_shop: bool,
}

/// PEN-2: what an IP infringement leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IpOutcome {
    /// The listing is taken down (always).
    pub take_down_listing: bool,
    /// The standing after counting this strike.
    pub standing: IpStanding,
}

impl Engine {
    /// PEN-1: the penalty for a violation, one rung above the shop's unlifted penalties within the lookback
    /// (a serious violation one rung higher still), with the expiry of its rung.
    pub fn next_penalty(&self, history: &[Penalty], violation: &Violation, now: i64) -> Penalty {
        let policy = &self.policy().penalties;
        let since = now.saturating_sub(i64::from(policy.lookback_days) * DAY);
        let prior = history
            .iter()
            .filter(|p| !p.lifted && p.issued_at >= since && p.issued_at <= now)
            .count();
        let rung = (prior + usize::from(violation.serious)).min(LADDER.len() - 1);
        let level = LADDER[rung];
        let expires_at = match level {
            PenaltyLevel::RestrictedOperations => Some(add_days(now, policy.restriction_days)),
            PenaltyLevel::TradingSuspended => Some(add_days(now, policy.suspension_days)),
            PenaltyLevel::Warning | PenaltyLevel::CooperationEnded | PenaltyLevel::PromotionBan => {
                None
            }
        };
        Penalty {
            level,
            rule: violation.rule.clone(),
            reason_key: violation.reason_key.clone(),
            issued_at: now,
            expires_at,
            automated: violation.automated,
            lifted: false,
        }
    }

    /// PEN-3: whether an appeal filed at `appealed_at` may be heard.
    pub fn check_appeal(&self, penalty: &Penalty, appealed_at: i64) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        let deadline = add_days(penalty.issued_at, self.policy().penalties.appeal_days);
        if penalty.lifted {
            report.push(keys::PEN_3_NOT_APPEALABLE, "penalty", []);
        } else if appealed_at > deadline {
            report.push(
                keys::PEN_3_APPEAL_TOO_LATE,
                "appeal",
                [("deadline", num(deadline))],
            );
        }
        report.finish()
    }

    /// PEN-3: applies the platform's decision on an appeal; a lifted penalty ends at `now`.
    pub fn resolve_appeal(&self, penalty: &Penalty, decision: AppealDecision, now: i64) -> Penalty {
        let mut resolved = penalty.clone();
        if decision == AppealDecision::Lift {
            resolved.lifted = true;
            resolved.expires_at = Some(now);
        }
        resolved
    }

    /// PEN-4: the statement of reasons for a decision resting on `verdicts` (blocking ones decide; without
    /// any, the first verdict does).
    pub fn statement_of_reasons(
        &self,
        decision: &str,
        verdicts: &[Verdict],
        automated: bool,
        now: i64,
    ) -> StatementOfReasons {
        let mut sorted = verdicts.to_vec();
        crate::verdicts::sort_verdicts(&mut sorted);
        let decisive = sorted.iter().find(|v| v.blocks()).or(sorted.first());
        let policy = &self.policy().penalties;
        StatementOfReasons {
            decision: decision.to_owned(),
            facts: sorted
                .iter()
                .map(|v| Fact {
                    rule: v.rule.clone(),
                    field: v.field.clone(),
                    message_key: v.message_key.clone(),
                    args: v.args.clone(),
                })
                .collect(),
            rule: decisive.map(|v| v.rule.clone()).unwrap_or_default(),
            clause: decisive.map(|v| v.message_key.clone()).unwrap_or_default(),
            automated,
            policy_version: self.version().to_owned(),
            issued_at: now,
            appeal: AppealRoute {
                url: policy.appeal_url.clone(),
                deadline: add_days(now, policy.appeal_days),
            },
        }
    }

    /// PEN-4: checks a statement (e.g. one written by staff for a manual decision) has everything the
    /// seller is owed: a decision, facts, rule and clause, and an appeal route with a deadline after issue.
    pub fn check_statement(&self, statement: &StatementOfReasons) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        let missing = [
            ("decision", statement.decision.trim().is_empty()),
            ("facts", statement.facts.is_empty()),
            ("rule", statement.rule.trim().is_empty()),
            ("clause", statement.clause.trim().is_empty()),
            ("appeal.url", statement.appeal.url.trim().is_empty()),
            (
                "appeal.deadline",
                statement.appeal.deadline <= statement.issued_at,
            ),
        ];
        for (field, is_missing) in missing {
            if is_missing {
                report.push(keys::PEN_4_STATEMENT_INCOMPLETE, field, []);
            }
        }
        report.finish()
    }

    /// PEN-5: the IP standing at `now`. A general infringement costs the policy's points, at most the
    /// daily cap per UTC day; serious infringements within the merge window of the first of a run count as
    /// one; findings older than the expiry no longer count.
    pub fn ip_standing(&self, strikes: &[IpStrike], now: i64) -> IpStanding {
        let policy = &self.policy().penalties;
        let since = now.saturating_sub(i64::from(policy.ip_points_expire_days) * DAY);
        let mut live: Vec<IpStrike> = strikes
            .iter()
            .copied()
            .filter(|s| s.at > since && s.at <= now)
            .collect();
        live.sort_by_key(|s| (s.at, s.serious));
        let mut per_day: BTreeMap<i64, u32> = BTreeMap::new();
        let mut serious = 0u32;
        let mut run_start: Option<i64> = None;
        for strike in &live {
            if strike.serious {
                let merge = i64::from(policy.ip_serious_merge_days) * DAY;
                if run_start.is_none_or(|start| strike.at - start > merge) {
                    serious += 1;
                    run_start = Some(strike.at);
                }
            } else {
                let day = per_day.entry(strike.at.div_euclid(DAY)).or_default();
                *day = (*day + policy.ip_general_points).min(policy.ip_max_points_per_day);
            }
        }
        let points = per_day.values().sum();
        IpStanding {
            points,
            serious,
            close_shop: serious >= policy.ip_serious_close_count
                || points >= policy.ip_close_points,
        }
    }

    /// PEN-2: an IP infringement takes the listing down and adds a strike; repeated infringement closes the
    /// shop (see [`Engine::ip_standing`]).
    pub fn ip_infringement(&self, history: &[IpStrike], strike: IpStrike) -> IpOutcome {
        let mut all = history.to_vec();
        all.push(strike);
        IpOutcome {
            take_down_listing: true,
            standing: self.ip_standing(&all, strike.at),
        }
    }
}
