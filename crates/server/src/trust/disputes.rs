//! Disputes (DSP-1 … DSP-4) as a state machine over one order's escrow:
//!
//! `awaiting_seller` (opened; the buyer's request is the first offer; the seller must respond by the rule
//! engine's deadline, DSP-2) → `negotiating` (offers and counter-offers; either side accepts the other's
//! open offer) → `arbitration` (either side escalates; the platform decides within the rule engine's working
//! days, DSP-3) → `resolved`. The seller's silence past the deadline resolves it in the buyer's favour
//! ([`sweep`], and any late action sees the same). Every resolution applies its remedy to the escrow through
//! the orders module's `escrow::refund` / `escrow::release`, inside the same transaction.
//!
//! Every function here runs inside the caller's write transaction.

use crate::{
    error::{ApiResult, AppError},
    notify::{notify, notify_shop},
    orders::{escrow, stock},
};
use caravan_rules::{
    Engine,
    dispute::{
        DisputeClaim, DisputeReason as RuleReason, DisputeRequest, Remedy as RuleRemedy,
        ResponseState, triage_dispute,
    },
};
use caravan_types::{
    OrderId, ShopId,
    dispute::{
        Dispute, DisputeClass, DisputeEvent, DisputeEventKind, DisputeOffer, DisputeOutcome,
        DisputeParty, DisputeReason, DisputeStatus, OfferStatus, OpenDisputeRequest, Remedy,
    },
    order::ReleasedBy,
};
use serde_json::json;
use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};

/// Most evidence pictures per message.
pub const MAX_IMAGES: usize = 6;

/// Stable names of the enums stored as text.
fn party_name(party: DisputeParty) -> &'static str {
    match party {
        DisputeParty::Buyer => "buyer",
        DisputeParty::Seller => "seller",
        DisputeParty::Platform => "platform",
    }
}

fn party_of(name: &str) -> DisputeParty {
    match name {
        "buyer" => DisputeParty::Buyer,
        "seller" => DisputeParty::Seller,
        _ => DisputeParty::Platform,
    }
}

fn status_name(status: DisputeStatus) -> &'static str {
    match status {
        DisputeStatus::AwaitingSeller => "awaiting_seller",
        DisputeStatus::Negotiating => "negotiating",
        DisputeStatus::Arbitration => "arbitration",
        DisputeStatus::Resolved => "resolved",
    }
}

fn status_of(name: &str) -> ApiResult<DisputeStatus> {
    [
        DisputeStatus::AwaitingSeller,
        DisputeStatus::Negotiating,
        DisputeStatus::Arbitration,
        DisputeStatus::Resolved,
    ]
    .into_iter()
    .find(|s| status_name(*s) == name)
    .ok_or_else(|| AppError::Internal(format!("stored dispute status `{name}` is unknown")))
}

fn outcome_name(outcome: DisputeOutcome) -> &'static str {
    match outcome {
        DisputeOutcome::SellerAccepted => "seller_accepted",
        DisputeOutcome::BuyerAccepted => "buyer_accepted",
        DisputeOutcome::ResponseTimeout => "response_timeout",
        DisputeOutcome::DecidedForBuyer => "decided_for_buyer",
        DisputeOutcome::DecidedForSeller => "decided_for_seller",
        DisputeOutcome::Withdrawn => "withdrawn",
    }
}

fn outcome_of(name: &str) -> Option<DisputeOutcome> {
    [
        DisputeOutcome::SellerAccepted,
        DisputeOutcome::BuyerAccepted,
        DisputeOutcome::ResponseTimeout,
        DisputeOutcome::DecidedForBuyer,
        DisputeOutcome::DecidedForSeller,
        DisputeOutcome::Withdrawn,
    ]
    .into_iter()
    .find(|o| outcome_name(*o) == name)
}

fn class_name(class: caravan_rules::dispute::DisputeClass) -> (&'static str, DisputeClass) {
    use caravan_rules::dispute::DisputeClass as C;
    match class {
        C::Counterfeit => ("counterfeit", DisputeClass::Counterfeit),
        C::Damaged => ("damaged", DisputeClass::Damaged),
        C::NotAsDescribed => ("not_as_described", DisputeClass::NotAsDescribed),
        C::LogisticsDelay => ("logistics_delay", DisputeClass::LogisticsDelay),
    }
}

fn class_of(name: &str) -> DisputeClass {
    match name {
        "counterfeit" => DisputeClass::Counterfeit,
        "damaged" => DisputeClass::Damaged,
        "not_as_described" => DisputeClass::NotAsDescribed,
        _ => DisputeClass::LogisticsDelay,
    }
}

fn kind_name(kind: DisputeEventKind) -> &'static str {
    match kind {
        DisputeEventKind::Opened => "opened",
        DisputeEventKind::Message => "message",
        DisputeEventKind::Offer => "offer",
        DisputeEventKind::Accepted => "accepted",
        DisputeEventKind::Escalated => "escalated",
        DisputeEventKind::Decided => "decided",
        DisputeEventKind::TimedOut => "timed_out",
        DisputeEventKind::Withdrawn => "withdrawn",
    }
}

fn kind_of(name: &str) -> DisputeEventKind {
    [
        DisputeEventKind::Opened,
        DisputeEventKind::Message,
        DisputeEventKind::Offer,
        DisputeEventKind::Accepted,
        DisputeEventKind::Escalated,
        DisputeEventKind::Decided,
        DisputeEventKind::TimedOut,
        DisputeEventKind::Withdrawn,
    ]
    .into_iter()
    .find(|k| kind_name(*k) == name)
    .unwrap_or(DisputeEventKind::Message)
}

fn to_json<T: serde::Serialize>(value: &T) -> ApiResult<String> {
    serde_json::to_string(value).map_err(|e| AppError::Internal(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> ApiResult<T> {
    serde_json::from_str(text)
        .map_err(|e| AppError::Internal(format!("stored dispute data is unreadable: {e}")))
}

fn rule_remedy(remedy: Remedy) -> RuleRemedy {
    match remedy {
        Remedy::FullRefund => RuleRemedy::FullRefund,
        Remedy::PartialRefund { amount_minor } => RuleRemedy::PartialRefund { amount_minor },
        Remedy::Resend => RuleRemedy::Resend,
    }
}

fn rule_reason(reason: DisputeReason) -> RuleReason {
    match reason {
        DisputeReason::NotReceived => RuleReason::NotReceived,
        DisputeReason::NotAsDescribed => RuleReason::NotAsDescribed,
    }
}

fn closed() -> AppError {
    AppError::Conflict {
        code: "dispute_closed",
        message: "this dispute is closed".to_owned(),
        fields: Vec::new(),
    }
}

fn wrong_step(message: &str) -> AppError {
    AppError::Conflict {
        code: "dispute_wrong_step",
        message: message.to_owned(),
        fields: Vec::new(),
    }
}

/// A dispute row with the figures the state machine needs.
#[derive(Debug, Clone)]
pub struct Case {
    /// The dispute.
    pub id: i64,
    /// The order.
    pub order_id: i64,
    /// The buyer.
    pub buyer_id: i64,
    /// The shop.
    pub shop_id: i64,
    /// Where it is.
    pub status: DisputeStatus,
    /// Opened at.
    pub opened_at: i64,
    /// What the buyer asked for.
    pub requested: Remedy,
}

/// The dispute `id`, if it exists.
pub async fn case(conn: &mut SqliteConnection, id: i64) -> ApiResult<Case> {
    let row = sqlx::query("SELECT * FROM disputes WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound("dispute"))?;
    Ok(Case {
        id,
        order_id: row.get("order_id"),
        buyer_id: row.get("buyer_id"),
        shop_id: row.get("shop_id"),
        status: status_of(&row.get::<String, _>("status"))?,
        opened_at: row.get("opened_at"),
        requested: from_json(&row.get::<String, _>("requested_json"))?,
    })
}

/// Which side `user_id` is on in dispute `case`, or "not found" for anyone else.
pub async fn party(
    conn: &mut SqliteConnection,
    case: &Case,
    user_id: i64,
) -> ApiResult<DisputeParty> {
    if case.buyer_id == user_id {
        return Ok(DisputeParty::Buyer);
    }
    let owner: i64 = sqlx::query_scalar("SELECT owner_id FROM shops WHERE id = ?")
        .bind(case.shop_id)
        .fetch_one(&mut *conn)
        .await?;
    if owner == user_id {
        Ok(DisputeParty::Seller)
    } else {
        Err(AppError::NotFound("dispute"))
    }
}

/// What the order still holds in escrow (refunds can take at most this).
async fn held(conn: &mut SqliteConnection, order_id: i64) -> ApiResult<i64> {
    let held: Option<i64> = sqlx::query_scalar(
        "SELECT escrow_held_minor FROM orders WHERE id = ? AND escrow_status = 'held'",
    )
    .bind(order_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(held.unwrap_or(0))
}

/// One timeline entry to record.
struct Entry<'a> {
    by: DisputeParty,
    kind: DisputeEventKind,
    text: &'a str,
    images: &'a [String],
    offer: Option<i64>,
}

impl<'a> Entry<'a> {
    fn new(by: DisputeParty, kind: DisputeEventKind) -> Self {
        Entry {
            by,
            kind,
            text: "",
            images: &[],
            offer: None,
        }
    }

    fn text(mut self, text: &'a str) -> Self {
        self.text = text;
        self
    }

    fn images(mut self, images: &'a [String]) -> Self {
        self.images = images;
        self
    }

    fn offer(mut self, offer: i64) -> Self {
        self.offer = Some(offer);
        self
    }
}

async fn event(
    conn: &mut SqliteConnection,
    dispute: i64,
    entry: Entry<'_>,
    now: i64,
) -> ApiResult<()> {
    sqlx::query(
        "INSERT INTO dispute_events (dispute_id, by_party, kind, text, images_json, offer_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(dispute)
    .bind(party_name(entry.by))
    .bind(kind_name(entry.kind))
    .bind(entry.text)
    .bind(to_json(&entry.images)?)
    .bind(entry.offer)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Tells the other side (and, for platform actions, both).
async fn tell(
    conn: &mut SqliteConnection,
    case: &Case,
    to: &[DisputeParty],
    kind: &str,
    now: i64,
) -> ApiResult<()> {
    let payload = json!({"dispute_id": case.id, "order_id": case.order_id});
    for party in to {
        match party {
            DisputeParty::Buyer => notify(conn, case.buyer_id, kind, payload.clone(), now).await?,
            DisputeParty::Seller => {
                notify_shop(conn, case.shop_id, kind, payload.clone(), now).await?;
            }
            DisputeParty::Platform => {}
        }
    }
    Ok(())
}

fn other(party: DisputeParty) -> DisputeParty {
    match party {
        DisputeParty::Buyer => DisputeParty::Seller,
        _ => DisputeParty::Buyer,
    }
}

/// Refuses (409 `dispute_open`) what would move an order's escrow around an open dispute: confirming
/// receipt or cancelling. The dispute's resolution decides; the buyer may withdraw it first.
pub async fn refuse_if_open(conn: &mut SqliteConnection, order_id: i64) -> ApiResult<()> {
    let open: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM disputes WHERE order_id = ? AND status <> 'resolved')",
    )
    .bind(order_id)
    .fetch_one(&mut *conn)
    .await?;
    if open {
        return Err(AppError::Conflict {
            code: "dispute_open",
            message: "the order has an open dispute; its resolution decides, or withdraw it first"
                .to_owned(),
            fields: Vec::new(),
        });
    }
    Ok(())
}

/// DSP-1: opens a dispute on the buyer's paid order with its claim, the requested remedy (recorded as the
/// first offer) and evidence; DSP-4 classifies it; DSP-2 sets the seller's deadline. Returns its id.
pub async fn open(
    conn: &mut SqliteConnection,
    engine: &Engine,
    buyer_id: i64,
    order_id: i64,
    request: &OpenDisputeRequest,
    description: &str,
    now: i64,
) -> ApiResult<i64> {
    let order: Option<(i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT shop_id, status, currency, total_minor, escrow_held_minor FROM orders
         WHERE id = ? AND buyer_id = ?",
    )
    .bind(order_id)
    .bind(buyer_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (shop_id, status, currency, total, _) = order.ok_or(AppError::NotFound("order"))?;
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM disputes WHERE order_id = ?")
        .bind(order_id)
        .fetch_optional(&mut *conn)
        .await?;
    if existing.is_some() {
        return Err(AppError::Conflict {
            code: "dispute_exists",
            message: "this order has a dispute already".to_owned(),
            fields: Vec::new(),
        });
    }
    let refundable = held(conn, order_id).await?;
    // Paid and still held in escrow: after the release there is nothing left to dispute over.
    let paid = matches!(status.as_str(), "paid" | "shipped" | "delivered") && refundable > 0;
    let verdicts = engine.check_dispute(&DisputeRequest {
        order_paid: paid,
        order_total_minor: refundable,
        reason: rule_reason(request.reason),
        remedy: rule_remedy(request.remedy),
        evidence_count: u32::try_from(request.images.len()).unwrap_or(u32::MAX),
    });
    if !verdicts.is_empty() {
        return Err(AppError::BlockedByRules(verdicts));
    }
    let triage = triage_dispute(&DisputeClaim {
        reason: rule_reason(request.reason),
        counterfeit: request.counterfeit,
        damaged: request.damaged,
        // Orders are charged in the settlement currency, USD.
        order_total_usd_minor: total,
    });
    let (class, _) = class_name(triage.class);
    let deadline = engine.dispute_response(now, None, now).deadline;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO disputes (order_id, buyer_id, shop_id, reason, counterfeit, damaged, class, priority,
            requested_json, description, status, currency, order_total_minor, opened_at, response_deadline,
            updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'awaiting_seller', ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(order_id)
    .bind(buyer_id)
    .bind(shop_id)
    .bind(request.reason.as_str())
    .bind(request.counterfeit)
    .bind(request.damaged)
    .bind(class)
    .bind(i64::from(triage.priority))
    .bind(to_json(&request.remedy)?)
    .bind(description)
    .bind(&currency)
    .bind(total)
    .bind(now)
    .bind(deadline)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let offer = insert_offer(conn, id, DisputeParty::Buyer, request.remedy, "", now).await?;
    event(
        conn,
        id,
        Entry::new(DisputeParty::Buyer, DisputeEventKind::Opened)
            .text(description)
            .images(&request.images)
            .offer(offer),
        now,
    )
    .await?;
    let case = case(conn, id).await?;
    tell(conn, &case, &[DisputeParty::Seller], "dispute_opened", now).await?;
    Ok(id)
}

async fn insert_offer(
    conn: &mut SqliteConnection,
    dispute: i64,
    by: DisputeParty,
    remedy: Remedy,
    note: &str,
    now: i64,
) -> ApiResult<i64> {
    sqlx::query(
        "UPDATE dispute_offers SET status = 'superseded' WHERE dispute_id = ? AND status = 'open'",
    )
    .bind(dispute)
    .execute(&mut *conn)
    .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO dispute_offers (dispute_id, by_party, remedy_json, note, status, created_at)
         VALUES (?, ?, ?, ?, 'open', ?) RETURNING id",
    )
    .bind(dispute)
    .bind(party_name(by))
    .bind(to_json(&remedy)?)
    .bind(note)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

/// The case `id`, refused when resolved. Call [`settle`] first so a lapsed DSP-2 deadline has been applied.
pub async fn current(conn: &mut SqliteConnection, id: i64) -> ApiResult<Case> {
    let case = case(conn, id).await?;
    if case.status == DisputeStatus::Resolved {
        return Err(closed());
    }
    Ok(case)
}

/// Applies a lapsed DSP-2 deadline to dispute `id` at `now` in a transaction of its own, so a seller who
/// acts too late finds the dispute already closed in the buyer's favour whether or not the sweep has run.
/// Returns whether it closed the dispute.
pub async fn settle(state: &crate::AppState, id: i64, now: i64) -> ApiResult<bool> {
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let case = case(&mut tx, id).await?;
    if case.status != DisputeStatus::AwaitingSeller
        || state
            .rules
            .dispute_response(case.opened_at, None, now)
            .state
            != ResponseState::TimedOut
    {
        return Ok(false);
    }
    time_out(&mut tx, &state.rules, &case, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Records the seller's first response (DSP-2): any action of the seller counts.
async fn seller_acted(
    conn: &mut SqliteConnection,
    case: &Case,
    by: DisputeParty,
    now: i64,
) -> ApiResult<()> {
    if by == DisputeParty::Seller && case.status == DisputeStatus::AwaitingSeller {
        sqlx::query(
            "UPDATE disputes SET status = 'negotiating', responded_at = ?, updated_at = ? WHERE id = ?",
        )
        .bind(now)
        .bind(now)
        .bind(case.id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A message with optional evidence pictures.
pub async fn message(
    conn: &mut SqliteConnection,
    case: &Case,
    by: DisputeParty,
    text: &str,
    images: &[String],
    now: i64,
) -> ApiResult<()> {
    seller_acted(conn, case, by, now).await?;
    event(
        conn,
        case.id,
        Entry::new(by, DisputeEventKind::Message)
            .text(text)
            .images(images),
        now,
    )
    .await?;
    sqlx::query("UPDATE disputes SET updated_at = ? WHERE id = ?")
        .bind(now)
        .bind(case.id)
        .execute(&mut *conn)
        .await?;
    tell(conn, case, &[other(by)], "dispute_message", now).await
}

/// Checks a remedy against what the order still holds.
async fn check_remedy(conn: &mut SqliteConnection, case: &Case, remedy: Remedy) -> ApiResult<()> {
    if let Remedy::PartialRefund { amount_minor } = remedy {
        let held = held(conn, case.order_id).await?;
        if amount_minor <= 0 || amount_minor > held {
            return Err(AppError::bad_field(
                "remedy.amount_minor",
                "out_of_range",
                format!("a partial refund is 1 to {held} minor units"),
            ));
        }
    }
    Ok(())
}

/// An offer or counter-offer (DSP-3); it replaces the open one. Not during arbitration.
pub async fn offer(
    conn: &mut SqliteConnection,
    case: &Case,
    by: DisputeParty,
    remedy: Remedy,
    note: &str,
    now: i64,
) -> ApiResult<()> {
    if case.status == DisputeStatus::Arbitration {
        return Err(wrong_step("the platform is deciding; offers are closed"));
    }
    check_remedy(conn, case, remedy).await?;
    seller_acted(conn, case, by, now).await?;
    let id = insert_offer(conn, case.id, by, remedy, note, now).await?;
    event(
        conn,
        case.id,
        Entry::new(by, DisputeEventKind::Offer).text(note).offer(id),
        now,
    )
    .await?;
    tell(conn, case, &[other(by)], "dispute_offer", now).await
}

/// Accepts the other side's open offer: the dispute resolves with its remedy.
pub async fn accept(
    conn: &mut SqliteConnection,
    engine: &Engine,
    case: &Case,
    by: DisputeParty,
    offer_id: i64,
    now: i64,
) -> ApiResult<()> {
    if case.status == DisputeStatus::Arbitration {
        return Err(wrong_step("the platform is deciding; offers are closed"));
    }
    let offer: Option<(String, String)> = sqlx::query_as(
        "SELECT by_party, remedy_json FROM dispute_offers WHERE id = ? AND dispute_id = ? AND status = 'open'",
    )
    .bind(offer_id)
    .bind(case.id)
    .fetch_optional(&mut *conn)
    .await?;
    let (offered_by, remedy) = offer.ok_or(AppError::NotFound("offer"))?;
    if party_of(&offered_by) == by {
        return Err(wrong_step("an offer is accepted by the other side"));
    }
    let remedy: Remedy = from_json(&remedy)?;
    check_remedy(conn, case, remedy).await?;
    seller_acted(conn, case, by, now).await?;
    sqlx::query("UPDATE dispute_offers SET status = 'accepted' WHERE id = ?")
        .bind(offer_id)
        .execute(&mut *conn)
        .await?;
    event(
        conn,
        case.id,
        Entry::new(by, DisputeEventKind::Accepted).offer(offer_id),
        now,
    )
    .await?;
    let outcome = if by == DisputeParty::Seller {
        DisputeOutcome::SellerAccepted
    } else {
        DisputeOutcome::BuyerAccepted
    };
    resolve(conn, engine, case, outcome, Some(remedy), now).await
}

/// DSP-3: either side asks the platform to decide; the deadline counts working days from now (the
/// evidence is what both sides have put on the timeline).
pub async fn escalate(
    conn: &mut SqliteConnection,
    engine: &Engine,
    case: &Case,
    by: DisputeParty,
    now: i64,
) -> ApiResult<()> {
    match (case.status, by) {
        (DisputeStatus::Negotiating, _) | (DisputeStatus::AwaitingSeller, DisputeParty::Seller) => {
        }
        (DisputeStatus::AwaitingSeller, _) => {
            return Err(wrong_step(
                "the seller has until the response deadline to answer first",
            ));
        }
        _ => return Err(wrong_step("this dispute is with the platform already")),
    }
    seller_acted(conn, case, by, now).await?;
    let deadline = engine.arbitration(now, None, now).deadline;
    sqlx::query(
        "UPDATE disputes SET status = 'arbitration', escalated_at = ?, escalated_by = ?, arbitration_deadline = ?,
            updated_at = ? WHERE id = ?",
    )
    .bind(now)
    .bind(party_name(by))
    .bind(deadline)
    .bind(now)
    .bind(case.id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE dispute_offers SET status = 'superseded' WHERE dispute_id = ? AND status = 'open'",
    )
    .bind(case.id)
    .execute(&mut *conn)
    .await?;
    event(
        conn,
        case.id,
        Entry::new(by, DisputeEventKind::Escalated),
        now,
    )
    .await?;
    tell(conn, case, &[other(by)], "dispute_escalated", now).await
}

/// The buyer closes the dispute without a remedy.
pub async fn withdraw(
    conn: &mut SqliteConnection,
    engine: &Engine,
    case: &Case,
    now: i64,
) -> ApiResult<()> {
    event(
        conn,
        case.id,
        Entry::new(DisputeParty::Buyer, DisputeEventKind::Withdrawn),
        now,
    )
    .await?;
    resolve(conn, engine, case, DisputeOutcome::Withdrawn, None, now).await
}

/// The platform's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The buyer is right: refund this much (everything held when `None`).
    ForBuyer {
        /// Minor units.
        refund_minor: Option<i64>,
    },
    /// The seller is right.
    ForSeller,
}

/// DSP-3: the platform's decision on an escalated dispute. For the buyer: `refund_minor` (default all
/// that is held) goes back; for the seller: the escrow is released to them if the goods were shipped.
pub async fn decide(
    conn: &mut SqliteConnection,
    engine: &Engine,
    case: &Case,
    admin_id: i64,
    decision: Decision,
    reason: &str,
    now: i64,
) -> ApiResult<()> {
    if case.status != DisputeStatus::Arbitration {
        return Err(wrong_step(
            "only an escalated dispute is decided by the platform",
        ));
    }
    let (outcome, remedy) = if let Decision::ForBuyer { refund_minor } = decision {
        let held = held(conn, case.order_id).await?;
        let remedy = match refund_minor {
            None => Remedy::FullRefund,
            Some(amount) if amount == held => Remedy::FullRefund,
            Some(amount) => Remedy::PartialRefund {
                amount_minor: amount,
            },
        };
        check_remedy(conn, case, remedy).await?;
        (DisputeOutcome::DecidedForBuyer, Some(remedy))
    } else {
        (DisputeOutcome::DecidedForSeller, None)
    };
    sqlx::query("UPDATE disputes SET decided_by = ?, decision_reason = ? WHERE id = ?")
        .bind(admin_id)
        .bind(reason)
        .bind(case.id)
        .execute(&mut *conn)
        .await?;
    event(
        conn,
        case.id,
        Entry::new(DisputeParty::Platform, DisputeEventKind::Decided).text(reason),
        now,
    )
    .await?;
    resolve(conn, engine, case, outcome, remedy, now).await
}

/// DSP-2: the seller did not respond in time; the buyer gets what they asked for (a resend, which an
/// unresponsive seller cannot be trusted with, becomes a full refund).
async fn time_out(
    conn: &mut SqliteConnection,
    engine: &Engine,
    case: &Case,
    now: i64,
) -> ApiResult<()> {
    let timer = engine.dispute_response(case.opened_at, None, now);
    let text = timer
        .verdicts
        .first()
        .map(|v| v.message_key.clone())
        .unwrap_or_default();
    event(
        conn,
        case.id,
        Entry::new(DisputeParty::Platform, DisputeEventKind::TimedOut).text(&text),
        now,
    )
    .await?;
    let remedy = match case.requested {
        Remedy::Resend => Remedy::FullRefund,
        other => other,
    };
    // Only what is still held can go back.
    let held = held(conn, case.order_id).await?;
    let remedy = match remedy {
        Remedy::PartialRefund { amount_minor } if amount_minor >= held => Remedy::FullRefund,
        other => other,
    };
    resolve(
        conn,
        engine,
        case,
        DisputeOutcome::ResponseTimeout,
        Some(remedy),
        now,
    )
    .await
}

/// Closes a dispute with `outcome`, applying `remedy` to the order's escrow: a full refund returns
/// everything held and ends the order (with its stock back if it never shipped); a partial refund returns
/// part and lets the order run on; a decision for the seller releases the escrow of shipped goods.
async fn resolve(
    conn: &mut SqliteConnection,
    engine: &Engine,
    case: &Case,
    outcome: DisputeOutcome,
    remedy: Option<Remedy>,
    now: i64,
) -> ApiResult<()> {
    let held = held(conn, case.order_id).await?;
    let reason = format!("dispute {}", case.id);
    let refunded = match remedy {
        Some(Remedy::FullRefund) if held > 0 => {
            let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE id = ?")
                .bind(case.order_id)
                .fetch_one(&mut *conn)
                .await?;
            if status == "paid" {
                stock::restore(conn, case.order_id).await?;
            }
            escrow::refund(conn, case.order_id, held, &reason, now).await?;
            sqlx::query(
                "UPDATE orders SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, updated_at = ?
                 WHERE id = ?",
            )
            .bind(now)
            .bind(format!("refunded in full after dispute {}", case.id))
            .bind(now)
            .bind(case.order_id)
            .execute(&mut *conn)
            .await?;
            held
        }
        Some(Remedy::PartialRefund { amount_minor }) if amount_minor <= held => {
            escrow::refund(conn, case.order_id, amount_minor, &reason, now).await?;
            amount_minor
        }
        Some(Remedy::FullRefund | Remedy::PartialRefund { .. }) => {
            return Err(AppError::Conflict {
                code: "escrow_not_held",
                message: "the order no longer holds enough money in escrow for this refund"
                    .to_owned(),
                fields: Vec::new(),
            });
        }
        Some(Remedy::Resend) | None => 0,
    };
    if outcome == DisputeOutcome::DecidedForSeller && held > 0 {
        let status: String = sqlx::query_scalar("SELECT status FROM orders WHERE id = ?")
            .bind(case.order_id)
            .fetch_one(&mut *conn)
            .await?;
        if status == "shipped" || status == "delivered" {
            escrow::release(conn, engine, case.order_id, ReleasedBy::Decision, now).await?;
        }
    }
    sqlx::query(
        "UPDATE dispute_offers SET status = 'superseded' WHERE dispute_id = ? AND status = 'open'",
    )
    .bind(case.id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE disputes SET status = 'resolved', outcome = ?, resolution_json = ?, refunded_minor = ?,
            closed_at = ?, updated_at = ? WHERE id = ?",
    )
    .bind(outcome_name(outcome))
    .bind(remedy.map(|r| to_json(&r)).transpose()?)
    .bind(refunded)
    .bind(now)
    .bind(now)
    .bind(case.id)
    .execute(&mut *conn)
    .await?;
    tell(
        conn,
        case,
        &[DisputeParty::Buyer, DisputeParty::Seller],
        "dispute_resolved",
        now,
    )
    .await
}

/// Deadline: disputes whose seller let the DSP-2 deadline pass close in the buyer's favour. Each in its own
/// transaction; returns how many.
pub async fn sweep(state: &crate::AppState, now: i64) -> ApiResult<u64> {
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM disputes WHERE status = 'awaiting_seller' AND response_deadline < ? ORDER BY id",
    )
    .bind(now)
    .fetch_all(&state.pool)
    .await?;
    let mut closed = 0;
    for id in due {
        closed += u64::from(settle(state, id, now).await?);
    }
    Ok(closed)
}

/// The payload of dispute `id` at `now`, with its offers and timeline.
pub async fn view(
    conn: &mut SqliteConnection,
    engine: &Engine,
    id: i64,
    now: i64,
) -> ApiResult<Dispute> {
    let row = sqlx::query(
        "SELECT d.*, s.name AS shop_name FROM disputes d JOIN shops s ON s.id = d.shop_id WHERE d.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound("dispute"))?;
    let offers = sqlx::query("SELECT * FROM dispute_offers WHERE dispute_id = ? ORDER BY id")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| {
            Ok(DisputeOffer {
                id: r.get("id"),
                by: party_of(&r.get::<String, _>("by_party")),
                remedy: from_json(&r.get::<String, _>("remedy_json"))?,
                note: r.get("note"),
                status: match r.get::<String, _>("status").as_str() {
                    "open" => OfferStatus::Open,
                    "accepted" => OfferStatus::Accepted,
                    _ => OfferStatus::Superseded,
                },
                created_at: r.get("created_at"),
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let events = sqlx::query("SELECT * FROM dispute_events WHERE dispute_id = ? ORDER BY id")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| {
            Ok(DisputeEvent {
                id: r.get("id"),
                by: party_of(&r.get::<String, _>("by_party")),
                kind: kind_of(&r.get::<String, _>("kind")),
                text: r.get("text"),
                images: from_json(&r.get::<String, _>("images_json"))?,
                offer_id: r.get("offer_id"),
                created_at: r.get("created_at"),
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    dispute_of(&row, engine, offers, events, now)
}

fn dispute_of(
    row: &SqliteRow,
    engine: &Engine,
    offers: Vec<DisputeOffer>,
    events: Vec<DisputeEvent>,
    now: i64,
) -> ApiResult<Dispute> {
    let status = status_of(&row.get::<String, _>("status"))?;
    let escalated_at: Option<i64> = row.get("escalated_at");
    let closed_at: Option<i64> = row.get("closed_at");
    let reason: String = row.get("reason");
    Ok(Dispute {
        id: row.get("id"),
        order_id: OrderId(row.get("order_id")),
        shop_id: ShopId(row.get("shop_id")),
        shop_name: row.get("shop_name"),
        reason: DisputeReason::from_name(&reason)
            .ok_or_else(|| AppError::Internal(format!("stored reason `{reason}` is unknown")))?,
        counterfeit: row.get("counterfeit"),
        damaged: row.get("damaged"),
        class: class_of(&row.get::<String, _>("class")),
        priority: u8::try_from(row.get::<i64, _>("priority")).unwrap_or(4),
        requested: from_json(&row.get::<String, _>("requested_json"))?,
        description: row.get("description"),
        status,
        outcome: row
            .get::<Option<String>, _>("outcome")
            .as_deref()
            .and_then(outcome_of),
        resolution: row
            .get::<Option<String>, _>("resolution_json")
            .map(|r| from_json(&r))
            .transpose()?,
        refunded_minor: row.get("refunded_minor"),
        currency: row.get("currency"),
        order_total_minor: row.get("order_total_minor"),
        opened_at: row.get("opened_at"),
        response_deadline: row.get("response_deadline"),
        responded_at: row.get("responded_at"),
        escalated_at,
        escalated_by: row
            .get::<Option<String>, _>("escalated_by")
            .as_deref()
            .map(party_of),
        arbitration_deadline: row.get("arbitration_deadline"),
        // DSP-3: decided (closed) or not, measured against the rule engine's working days.
        arbitration_overdue: escalated_at.is_some_and(|at| {
            let decided = (status == DisputeStatus::Resolved)
                .then_some(closed_at)
                .flatten();
            engine.arbitration(at, decided, now).overdue
        }),
        decision_reason: row.get("decision_reason"),
        closed_at,
        offers,
        events,
    })
}
