//! Order rules ORD-1 … ORD-6: server-computed totals, escrow release and payout, the shipping deadline,
//! display prices in the buyer's currency, the return policy, and keeping payment details from sellers.

use crate::{
    Engine,
    time::{add_days, add_working_days},
    verdicts::{Report, keys, num, text},
};
use caravan_types::{Currency, Money, MoneyError, Rate, Rounding, verdict::Verdict};
use serde::{Deserialize, Serialize};

/// ORD-1: an order's figures as the server computes them from the listing at order time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderTotals {
    /// Unit price times quantity.
    pub items: Money,
    /// Shipping.
    pub shipping: Money,
    /// Items plus shipping.
    pub total: Money,
}

/// ORD-1: computes the totals of `quantity` units at `unit_price` plus `shipping`; refuses mixed currencies,
/// a quantity below one and overflow.
pub fn order_totals(
    unit_price: Money,
    quantity: i64,
    shipping: Money,
) -> Result<OrderTotals, MoneyError> {
    if quantity < 1 {
        return Err(MoneyError::Overflow);
    }
    let items = unit_price.checked_mul(quantity)?;
    let total = items.checked_add(shipping)?;
    Ok(OrderTotals {
        items,
        shipping,
        total,
    })
}

/// ORD-4: a price converted for display in the buyer's currency, marked approximate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayPrice {
    /// The converted amount.
    pub amount: Money,
    /// Always true: the charge is in the settlement currency at the day's rate.
    pub approximate: bool,
    /// The rate used.
    pub rate: Rate,
}

/// ORD-4: converts a settlement-currency price for display (commercial rounding).
pub fn display_price(price: Money, rate: Rate) -> Result<DisplayPrice, MoneyError> {
    Ok(DisplayPrice {
        amount: price.convert(rate, Rounding::HalfAwayFromZero)?,
        approximate: true,
        rate,
    })
}

/// Who released an escrow (ORD-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReleasedBy {
    /// The buyer confirmed receipt.
    Buyer,
    /// The receipt timeout passed.
    Timeout,
}

/// ORD-2: where an order's escrow stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum EscrowState {
    /// Delivery not yet recorded: funds held.
    AwaitingDelivery,
    /// Delivered, not confirmed: funds held until `auto_release_at`.
    AwaitingConfirmation {
        /// When the platform releases the funds if the buyer stays silent.
        auto_release_at: i64,
    },
    /// Funds released to the seller.
    Released {
        /// When.
        at: i64,
        /// By whom.
        by: ReleasedBy,
        /// Earliest payout (working days after completion).
        payout_earliest: i64,
        /// Latest payout.
        payout_latest: i64,
    },
}

/// ORD-2 outcome: the state and any verdicts (a release by timeout is reported).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escrow {
    /// The state.
    pub state: EscrowState,
    /// Verdicts, e.g. `rule-ord-2-receipt-timeout`.
    pub verdicts: Vec<Verdict>,
}

/// ORD-3: where an order's shipment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShipmentState {
    /// Paid, deadline not passed.
    AwaitingShipment,
    /// Shipped by the deadline.
    ShippedInTime,
    /// Not shipped by the deadline: "sold but not shipped" (SRV-3).
    SoldButNotShipped,
}

/// ORD-3 outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    /// When the seller must have shipped.
    pub deadline: i64,
    /// The state at `now`.
    pub state: ShipmentState,
    /// Verdicts: not shipped in time, shipped without a tracking number.
    pub verdicts: Vec<Verdict>,
}

/// Fields that carry a buyer's payment details (ORD-6); a seller-facing payload must contain none.
pub const PAYMENT_DETAIL_FIELDS: &[&str] = &[
    "card_number",
    "card_last4",
    "card_holder",
    "card_expiry",
    "cvv",
    "cvc",
    "pan",
    "iban",
    "bank_account",
    "payment_token",
    "payment_method_id",
    "billing_address",
];

impl Engine {
    /// ORD-1: the client's submitted total must equal the server's; the client is never trusted.
    pub fn check_submitted_total(&self, server: &OrderTotals, submitted: Money) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if submitted != server.total {
            report.push(
                keys::ORD_1_TOTAL_MISMATCH,
                "total",
                [
                    ("expected", text(server.total.to_decimal_string())),
                    ("submitted", text(submitted.to_decimal_string())),
                ],
            );
        }
        report.finish()
    }

    /// ORD-2: escrow at `now`, from when delivery was recorded and when (if) the buyer confirmed receipt.
    pub fn escrow(&self, delivered_at: Option<i64>, confirmed_at: Option<i64>, now: i64) -> Escrow {
        let timeouts = &self.policy().timeouts;
        let mut report = Report::new(self.version());
        let released = |at: i64, by: ReleasedBy| EscrowState::Released {
            at,
            by,
            payout_earliest: add_working_days(at, timeouts.payout_min_working_days),
            payout_latest: add_working_days(at, timeouts.payout_max_working_days),
        };
        let auto_release = delivered_at.map(|d| add_days(d, timeouts.receipt_days));
        let state = match (confirmed_at, auto_release) {
            (Some(confirmed), Some(auto)) if confirmed > auto && now >= auto => {
                // The timeout came first.
                report.push(
                    keys::ORD_2_RECEIPT_TIMEOUT,
                    "order",
                    [("released_at", num(auto))],
                );
                released(auto, ReleasedBy::Timeout)
            }
            (Some(confirmed), _) if confirmed <= now => released(confirmed, ReleasedBy::Buyer),
            (_, Some(auto)) if now >= auto => {
                report.push(
                    keys::ORD_2_RECEIPT_TIMEOUT,
                    "order",
                    [("released_at", num(auto))],
                );
                released(auto, ReleasedBy::Timeout)
            }
            (_, Some(auto)) => EscrowState::AwaitingConfirmation {
                auto_release_at: auto,
            },
            (_, None) => EscrowState::AwaitingDelivery,
        };
        Escrow {
            state,
            verdicts: report.finish(),
        }
    }

    /// ORD-3: the shipping deadline is payment plus the listing's handling days (the policy default when
    /// the listing states none); shipping needs a tracking number.
    pub fn shipment(
        &self,
        paid_at: i64,
        handling_days: Option<u32>,
        shipped_at: Option<i64>,
        tracking_number: Option<&str>,
        now: i64,
    ) -> Shipment {
        let days = handling_days.unwrap_or(self.policy().timeouts.handling_days);
        let deadline = add_days(paid_at, days);
        let mut report = Report::new(self.version());
        let state = match shipped_at {
            Some(at) if at <= deadline => ShipmentState::ShippedInTime,
            Some(_) => ShipmentState::SoldButNotShipped,
            None if now > deadline => ShipmentState::SoldButNotShipped,
            None => ShipmentState::AwaitingShipment,
        };
        if state == ShipmentState::SoldButNotShipped {
            report.push(
                keys::ORD_3_NOT_SHIPPED_IN_TIME,
                "shipped_at",
                [("deadline", num(deadline))],
            );
        }
        if shipped_at.is_some() && tracking_number.is_none_or(|t| t.trim().is_empty()) {
            report.push(keys::ORD_3_TRACKING_MISSING, "tracking_number", []);
        }
        Shipment {
            deadline,
            state,
            verdicts: report.finish(),
        }
    }

    /// ORD-4: an order shown in `buyer_currency` is charged in `settlement` and must record the rate used
    /// (from settlement to the buyer's currency) whenever the two differ.
    pub fn check_charge_rate(
        &self,
        buyer_currency: Currency,
        settlement: Currency,
        recorded_rate: Option<Rate>,
    ) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if buyer_currency != settlement {
            let fits = recorded_rate
                .is_some_and(|r| r.base == settlement && r.quote == buyer_currency && r.micros > 0);
            if !fits {
                report.push(
                    keys::ORD_4_RATE_MISMATCH,
                    "rate",
                    [
                        ("base", text(settlement.code())),
                        ("quote", text(buyer_currency.code())),
                    ],
                );
            }
        }
        report.finish()
    }

    /// ORD-5: every shop states its return and refund policy.
    pub fn check_return_policy(&self, return_policy: &str) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        if return_policy.trim().is_empty() {
            report.push(keys::ORD_5_RETURN_POLICY_MISSING, "return_policy", []);
        }
        report.finish()
    }

    /// ORD-6: a payload about to be shown to a seller must hold no buyer payment details. `fields` are its
    /// field paths (e.g. `order.buyer.card_last4`); the last path segment is compared.
    pub fn check_seller_view(&self, fields: &[String]) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        for field in fields {
            let last = field
                .rsplit('.')
                .next()
                .unwrap_or(field)
                .to_ascii_lowercase();
            if PAYMENT_DETAIL_FIELDS.contains(&last.as_str()) {
                report.push(keys::ORD_6_PAYMENT_DETAIL_EXPOSED, field.as_str(), []);
            }
        }
        report.finish()
    }
}
