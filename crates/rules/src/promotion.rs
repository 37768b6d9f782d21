//! Promotion rules PRM-1 … PRM-7: approval before publishing, what a seller may not change once the goods
//! are approved, infringing goods and forced bundling in promotions, price rises on placed orders, improper
//! gain, and the flash-deal schedule. Sanctions (removal, ban months) come from the policy.

use crate::{
    Engine,
    engine::ListingTerm,
    text::{fold::skeleton, html, words::collapse_whitespace},
    time::{DAY, date_string},
    verdicts::{Report, keys, num, text},
};
use caravan_types::{
    listing_draft::ListingDraft, logistics::ShippingTemplate, promotion::ListingCommitment,
    verdict::Verdict,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a promotion is in the platform's review (PRM-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromotionStatus {
    /// Submitted, not yet reviewed.
    Pending,
    /// Approved by the platform.
    Approved,
    /// Refused.
    Rejected,
}

impl PromotionStatus {
    fn as_str(self) -> &'static str {
        match self {
            PromotionStatus::Pending => "pending",
            PromotionStatus::Approved => "approved",
            PromotionStatus::Rejected => "rejected",
        }
    }
}

/// A promotion as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promotion {
    /// Review status of the promotion itself (PRM-1).
    pub status: PromotionStatus,
    /// Whether the seller's goods have been approved for it; from then on PRM-2 freezes them.
    pub goods_approved: bool,
}

/// A SKU's terms in a promotion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromotionSkuTerms {
    /// The SKU's code (matches `DraftSku::code`).
    pub sku_code: String,
    /// Units reserved for the promotion.
    pub promo_stock: i64,
    /// Discount in percent.
    pub discount_percent: i64,
}

/// A listing with its promotion terms, before or after an edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromotedListing {
    /// The listing.
    pub listing: ListingDraft,
    /// Cheapest shipping cost in minor units of the listing's currency.
    pub shipping_cost_minor: i64,
    /// The SKUs enrolled and their terms; `None` when the listing is not (or no longer) in the promotion.
    pub enrolment: Option<Vec<PromotionSkuTerms>>,
    /// Brands the shop is authorised for (PRM-3 uses LST-4's brand terms).
    #[serde(default)]
    pub authorised_brands: Vec<String>,
}

/// An order whose total changed after the buyer placed it (PRM-4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderPriceChange {
    /// Total when placed, in minor units.
    pub placed_total_minor: i64,
    /// Total now, in minor units.
    pub current_total_minor: i64,
    /// Whether the buyer agreed to the change.
    pub buyer_consented: bool,
}

/// A finding of improper gain by platform staff's review (PRM-6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImproperGainFinding {
    /// Gifts or favours offered to platform staff.
    pub gifts_to_staff: bool,
    /// Other improper means (fake orders, manipulated reviews).
    pub other_improper_means: bool,
}

/// One flash-deal session (PRM-7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlashSession {
    /// Start, unix seconds.
    pub start: i64,
    /// End, unix seconds.
    pub end: i64,
    /// Listing ids on sale in the session.
    pub items: Vec<i64>,
}

/// What the sanctions of a set of promotion verdicts add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SanctionDecision {
    /// Remove the goods from the promotion.
    pub remove: bool,
    /// Months banned from promotions (the longest of the verdicts).
    pub ban_months: u32,
    /// When the ban ends (unix seconds; a month counts 30 days), `None` without a ban.
    pub ban_until: Option<i64>,
}

/// The cheapest option of a shipping template, minor units; 0 without a template or options (what PRM-2
/// compares when the seller changes shipping).
pub fn cheapest_shipping(template: Option<&ShippingTemplate>) -> i64 {
    template
        .and_then(|t| t.options.iter().map(|o| o.cost_minor).min())
        .unwrap_or(0)
}

impl Engine {
    fn ban_months(&self, rule: &str) -> caravan_types::verdict::VerdictArg {
        num(self.policy().sanction(rule).ban_months)
    }

    /// PRM-1: a promotion is published only after platform approval.
    pub fn check_promotion_publish(&self, promotion: &Promotion) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if promotion.status != PromotionStatus::Approved {
            report.push(
                keys::PRM_1_NOT_APPROVED,
                "promotion",
                [("status", text(promotion.status.as_str()))],
            );
        }
        report.finish()
    }

    /// PRM-2, PRM-3, PRM-5: an edit of a listing in a promotion. Once the goods are approved the seller may
    /// not leave, lower promotion stock, reduce a discount, raise a price or the shipping cost, or edit the
    /// description; counterfeit or infringing goods and forced bundling are never allowed in a promotion.
    pub fn check_promotion_edit(
        &self,
        before: &PromotedListing,
        after: &PromotedListing,
        promotion: &Promotion,
    ) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if promotion.goods_approved
            && let Some(enrolled) = &before.enrolment
        {
            self.frozen_terms(before, after, enrolled, &mut report);
        }
        if after.enrolment.is_some() {
            self.promoted_goods(after, &mut report);
        }
        report.finish()
    }

    fn frozen_terms(
        &self,
        before: &PromotedListing,
        after: &PromotedListing,
        enrolled: &[PromotionSkuTerms],
        report: &mut Report<'_>,
    ) {
        let ban = || self.ban_months("PRM-2");
        let Some(after_terms) = &after.enrolment else {
            report.push(
                keys::PRM_2_LEFT_PROMOTION,
                "promotion",
                [("ban_months", ban())],
            );
            return;
        };
        for (i, terms) in enrolled.iter().enumerate() {
            let field = format!("promotion.skus[{i}]");
            let Some(now) = after_terms.iter().find(|t| t.sku_code == terms.sku_code) else {
                report.push(keys::PRM_2_LEFT_PROMOTION, field, [("ban_months", ban())]);
                continue;
            };
            if now.promo_stock < terms.promo_stock {
                report.push(
                    keys::PRM_2_PROMO_STOCK_LOWERED,
                    format!("{field}.promo_stock"),
                    [
                        ("before", num(terms.promo_stock)),
                        ("after", num(now.promo_stock)),
                        ("ban_months", ban()),
                    ],
                );
            }
            if now.discount_percent < terms.discount_percent {
                report.push(
                    keys::PRM_2_DISCOUNT_REDUCED,
                    format!("{field}.discount_percent"),
                    [
                        ("before", num(terms.discount_percent)),
                        ("after", num(now.discount_percent)),
                        ("ban_months", ban()),
                    ],
                );
            }
        }
        // Prices are compared per SKU code, or per position for SKUs without a code.
        for (i, sku) in after.listing.skus.iter().enumerate() {
            let old = if sku.code.trim().is_empty() {
                before.listing.skus.get(i)
            } else {
                before.listing.skus.iter().find(|s| s.code == sku.code)
            };
            if let Some(old) = old
                && sku.price_minor > old.price_minor
            {
                report.push(
                    keys::PRM_2_PRICE_RAISED,
                    format!("skus[{i}].price"),
                    [
                        ("before", num(old.price_minor)),
                        ("after", num(sku.price_minor)),
                        ("ban_months", ban()),
                    ],
                );
            }
        }
        if after.shipping_cost_minor > before.shipping_cost_minor {
            report.push(
                keys::PRM_2_SHIPPING_RAISED,
                "shipping",
                [
                    ("before", num(before.shipping_cost_minor)),
                    ("after", num(after.shipping_cost_minor)),
                    ("ban_months", ban()),
                ],
            );
        }
        // Only what a buyer would read counts as an edit: re-spacing the HTML source does not.
        let visible = |d: &str| collapse_whitespace(&html::scan(d).text);
        if visible(&before.listing.description) != visible(&after.listing.description) {
            report.push(
                keys::PRM_2_DESCRIPTION_EDITED,
                "description",
                [("ban_months", ban())],
            );
        }
    }

    fn promoted_goods(&self, after: &PromotedListing, report: &mut Report<'_>) {
        let listing = &after.listing;
        let description = html::scan(&listing.description).text;
        for (field, body) in [
            ("title", listing.title.as_str()),
            ("description", &description),
        ] {
            for hit in self.listing_terms.find(skeleton(body).as_bytes()) {
                let term = hit.entry.term.as_str();
                match hit.entry.kind {
                    ListingTerm::List(i) if self.policy().term_lists[i].counterfeit => report.push(
                        keys::PRM_3_INFRINGING_GOODS,
                        field,
                        [
                            ("term", text(term)),
                            ("ban_months", self.ban_months("PRM-3")),
                        ],
                    ),
                    ListingTerm::Brand(i)
                        if !self.brand_authorised(i, &after.authorised_brands) =>
                    {
                        report.push(
                            keys::PRM_3_INFRINGING_GOODS,
                            field,
                            [
                                ("term", text(term)),
                                ("ban_months", self.ban_months("PRM-3")),
                            ],
                        )
                    }
                    ListingTerm::Bundling => report.push(
                        keys::PRM_5_FORCED_BUNDLING,
                        field,
                        [
                            ("term", text(term)),
                            ("ban_months", self.ban_months("PRM-5")),
                        ],
                    ),
                    _ => {}
                }
            }
        }
    }

    /// PRM-2 … PRM-5 on an edit of a listing committed to approved promotions, each judged against the
    /// listing as it was approved (so changing something back is never a violation). `after` is the edited
    /// draft with its cheapest shipping cost ([`cheapest_shipping`]), or `None` when the listing leaves the
    /// catalogue (which leaves the promotions). The server refuses a save with these verdicts; the seller
    /// center runs the same check on every keystroke with the commitments the server lists.
    pub fn check_committed_edit(
        &self,
        commitments: &[ListingCommitment],
        after: Option<(&ListingDraft, i64)>,
        authorised_brands: &[String],
    ) -> Vec<Verdict> {
        let mut verdicts = Vec::new();
        for commitment in commitments {
            let terms: Vec<PromotionSkuTerms> = commitment
                .skus
                .iter()
                .map(|sku| PromotionSkuTerms {
                    sku_code: sku.sku_code.clone(),
                    promo_stock: sku.promo_stock,
                    discount_percent: commitment.discount.magnitude(),
                })
                .collect();
            let before = PromotedListing {
                listing: commitment.approved_draft.clone(),
                shipping_cost_minor: commitment.approved_shipping_minor,
                enrolment: Some(terms.clone()),
                authorised_brands: authorised_brands.to_vec(),
            };
            let edited = PromotedListing {
                listing: after.map_or_else(|| before.listing.clone(), |(draft, _)| draft.clone()),
                shipping_cost_minor: after
                    .map_or(commitment.approved_shipping_minor, |(_, cost)| cost),
                enrolment: after.map(|_| terms),
                authorised_brands: authorised_brands.to_vec(),
            };
            verdicts.extend(self.check_promotion_edit(
                &before,
                &edited,
                &Promotion {
                    status: PromotionStatus::Approved,
                    goods_approved: true,
                },
            ));
        }
        crate::sort_verdicts(&mut verdicts);
        verdicts.dedup();
        verdicts
    }

    /// PRM-4: raising an order's price after it was placed, without the buyer's consent.
    pub fn check_order_price_change(&self, change: &OrderPriceChange) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if change.current_total_minor > change.placed_total_minor && !change.buyer_consented {
            report.push(
                keys::PRM_4_ORDER_PRICE_RAISED,
                "order.total",
                [
                    ("before", num(change.placed_total_minor)),
                    ("after", num(change.current_total_minor)),
                    ("ban_months", self.ban_months("PRM-4")),
                ],
            );
        }
        report.finish()
    }

    /// PRM-6: improper gain found by the platform's review.
    pub fn check_improper_gain(&self, finding: &ImproperGainFinding) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if finding.gifts_to_staff || finding.other_improper_means {
            report.push(
                keys::PRM_6_IMPROPER_GAIN,
                "shop",
                [("ban_months", self.ban_months("PRM-6"))],
            );
        }
        report.finish()
    }

    /// PRM-7: a flash-deal schedule. Sessions last exactly the policy's hours, do not overlap, hold at most
    /// the policy's items, and a UTC day has at most the policy's sessions.
    pub fn check_flash_schedule(&self, sessions: &[FlashSession]) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        let policy = &self.policy().promotions;
        let length = i64::from(policy.flash_session_hours) * 3600;
        let mut per_day: BTreeMap<i64, u32> = BTreeMap::new();
        for (i, session) in sessions.iter().enumerate() {
            let field = format!("sessions[{i}]");
            if session.end.saturating_sub(session.start) != length {
                report.push(
                    keys::PRM_7_SESSION_LENGTH,
                    field.clone(),
                    [("hours", num(policy.flash_session_hours))],
                );
            }
            if session.items.len() > policy.flash_items_per_session as usize {
                report.push(
                    keys::PRM_7_TOO_MANY_ITEMS,
                    format!("{field}.items"),
                    [
                        ("count", num(session.items.len())),
                        ("max", num(policy.flash_items_per_session)),
                    ],
                );
            }
            *per_day.entry(session.start.div_euclid(DAY)).or_default() += 1;
            for (j, other) in sessions.iter().enumerate().take(i) {
                if session.start < other.end && other.start < session.end {
                    report.push(
                        keys::PRM_7_SESSIONS_OVERLAP,
                        field.clone(),
                        [("other", num(j))],
                    );
                }
            }
        }
        for (day, count) in per_day {
            if count > policy.flash_sessions_per_day {
                report.push(
                    keys::PRM_7_TOO_MANY_SESSIONS,
                    "sessions",
                    [
                        ("day", text(date_string(day * DAY))),
                        ("count", num(count)),
                        ("max", num(policy.flash_sessions_per_day)),
                    ],
                );
            }
        }
        report.finish()
    }

    /// What the sanctions of promotion verdicts (PRM-2 … PRM-6) add up to, counted from `now`.
    pub fn promotion_sanction(&self, verdicts: &[Verdict], now: i64) -> SanctionDecision {
        let mut decision = SanctionDecision {
            remove: false,
            ban_months: 0,
            ban_until: None,
        };
        for verdict in verdicts.iter().filter(|v| v.rule.starts_with("PRM-")) {
            let sanction = self.policy().sanction(&verdict.rule);
            decision.remove |= sanction.remove;
            decision.ban_months = decision.ban_months.max(sanction.ban_months);
        }
        if decision.ban_months > 0 {
            decision.ban_until =
                Some(now.saturating_add(i64::from(decision.ban_months) * 30 * DAY));
        }
        decision
    }
}
