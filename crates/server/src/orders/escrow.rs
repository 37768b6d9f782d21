//! ORD-2 escrow: money held per order from payment until the buyer confirms receipt or the receipt timeout
//! passes after delivery; then it is released to the seller and a payout is scheduled 3–5 working days
//! out (the rules crate's `escrow`). Refunds come out of what is still held.
//!
//! [`release`] and [`refund`] run inside the caller's transaction so dispute decisions can use them too.

use crate::{
    AppState,
    error::{ApiResult, AppError},
    notify::{notify, notify_shop},
    orders::{timeline, view},
};
use caravan_rules::order::EscrowState;
use caravan_types::order::{OrderDetail, ReleasedBy, TrackingKind};
use serde_json::json;
use sqlx::SqliteConnection;

fn released_by_name(by: ReleasedBy) -> &'static str {
    match by {
        ReleasedBy::Buyer => "buyer",
        ReleasedBy::Timeout => "timeout",
        ReleasedBy::Decision => "decision",
    }
}

/// Releases what an order still holds to the seller at `at`, completes the order and schedules the payout
/// (earliest and latest arrival from the rules crate). The order must be holding escrow.
pub async fn release(
    conn: &mut SqliteConnection,
    engine: &caravan_rules::Engine,
    order_id: i64,
    by: ReleasedBy,
    at: i64,
) -> ApiResult<()> {
    let row: Option<(i64, i64, i64, String, String)> = sqlx::query_as(
        "SELECT shop_id, buyer_id, escrow_held_minor, currency, escrow_status FROM orders WHERE id = ?",
    )
    .bind(order_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (shop_id, buyer_id, held, currency, status) = row.ok_or(AppError::NotFound("order"))?;
    if status != "held" {
        return Err(AppError::Internal(format!(
            "order {order_id}: releasing escrow that is `{status}`"
        )));
    }
    // The payout window is the rules crate's: a release at `at` by the buyer gives the same window as any
    // other release at `at`.
    let (earliest, latest) = match engine.escrow(None, Some(at), at).state {
        EscrowState::Released {
            payout_earliest,
            payout_latest,
            ..
        } => (payout_earliest, payout_latest),
        other => {
            return Err(AppError::Internal(format!(
                "escrow at release time is {other:?}"
            )));
        }
    };
    sqlx::query(
        "UPDATE orders SET status = 'completed', completed_at = ?, escrow_status = 'released',
            escrow_held_minor = 0, released_at = ?, released_by = ?, updated_at = ? WHERE id = ?",
    )
    .bind(at)
    .bind(at)
    .bind(released_by_name(by))
    .bind(at)
    .bind(order_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO payouts (order_id, shop_id, amount_minor, currency, status, earliest_at, latest_at, created_at)
         VALUES (?, ?, ?, ?, 'scheduled', ?, ?, ?)",
    )
    .bind(order_id)
    .bind(shop_id)
    .bind(held)
    .bind(&currency)
    .bind(earliest)
    .bind(latest)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    timeline::record(conn, order_id, TrackingKind::Completed, None, None, at).await?;
    let payload = json!({
        "order_id": order_id,
        "released_by": released_by_name(by),
        "payout_earliest": earliest,
        "payout_latest": latest,
    });
    notify(conn, buyer_id, "order_completed", payload.clone(), at).await?;
    notify_shop(conn, shop_id, "order_completed", payload, at).await?;
    Ok(())
}

/// Takes `amount_minor` out of what an order holds and records a pending refund to the buyer's card (sent by
/// `payment::send_pending_refunds` after commit). When nothing is left held the escrow is `refunded`.
pub async fn refund(
    conn: &mut SqliteConnection,
    order_id: i64,
    amount_minor: i64,
    reason: &str,
    now: i64,
) -> ApiResult<()> {
    let row: Option<(i64, i64, String, i64)> = sqlx::query_as(
        "SELECT o.escrow_held_minor, o.group_id, o.currency,
                (SELECT p.id FROM payments p WHERE p.group_id = o.group_id AND p.status = 'succeeded')
         FROM orders o WHERE o.id = ?",
    )
    .bind(order_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (held, _, currency, payment_id) = row.ok_or(AppError::NotFound("order"))?;
    if amount_minor <= 0 || amount_minor > held {
        return Err(AppError::Internal(format!(
            "order {order_id}: refund of {amount_minor} with {held} held"
        )));
    }
    let changed = sqlx::query(
        "UPDATE orders SET escrow_held_minor = escrow_held_minor - ?1,
            escrow_refunded_minor = escrow_refunded_minor + ?1,
            escrow_status = CASE WHEN escrow_held_minor - ?1 = 0 THEN 'refunded' ELSE escrow_status END,
            updated_at = ?2
         WHERE id = ?3 AND escrow_status = 'held' AND escrow_held_minor >= ?1",
    )
    .bind(amount_minor)
    .bind(now)
    .bind(order_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(AppError::Internal(format!(
            "order {order_id}: escrow changed under a refund"
        )));
    }
    let refund_no: i64 = sqlx::query_scalar("SELECT count(*) + 1 FROM refunds WHERE order_id = ?")
        .bind(order_id)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO refunds (order_id, payment_id, amount_minor, currency, status, provider_key, reason,
            created_at, updated_at)
         VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)",
    )
    .bind(order_id)
    .bind(payment_id)
    .bind(amount_minor)
    .bind(currency)
    // One key per refund of an order: a re-sent refund is answered, not repeated.
    .bind(format!("refund_order_{order_id}_{refund_no}"))
    .bind(reason)
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The buyer confirms receipt (shipped or delivered): the escrow is released and the order completed.
pub async fn confirm_receipt(
    state: &AppState,
    buyer_id: i64,
    order_id: i64,
) -> ApiResult<OrderDetail> {
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM orders WHERE id = ? AND buyer_id = ?")
            .bind(order_id)
            .bind(buyer_id)
            .fetch_optional(&mut *tx)
            .await?;
    match status.ok_or(AppError::NotFound("order"))?.as_str() {
        "shipped" | "delivered" => {}
        _ => {
            return Err(AppError::Conflict {
                code: "not_confirmable",
                message: "receipt can be confirmed once the order has shipped, and only once"
                    .to_owned(),
                fields: Vec::new(),
            });
        }
    }
    // An open dispute decides what happens to the escrow; withdraw it first to confirm.
    crate::trust::disputes::refuse_if_open(&mut tx, order_id).await?;
    release(&mut tx, &state.rules, order_id, ReleasedBy::Buyer, now).await?;
    let order = view::order(
        &mut tx,
        &state.rules,
        order_id,
        view::Viewer::Buyer(buyer_id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(order)
}

/// Deadline: delivered orders whose receipt timeout passed are released as if confirmed at that moment.
/// Returns how many. An open dispute holds the escrow until it is resolved (DSP-1 … DSP-3).
pub async fn auto_confirm(state: &AppState, now: i64) -> ApiResult<u64> {
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let due: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, delivered_at FROM orders o
         WHERE status = 'delivered' AND auto_confirm_at <= ? AND escrow_status = 'held'
           AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.order_id = o.id AND d.status <> 'resolved')
         ORDER BY auto_confirm_at LIMIT 500",
    )
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    let mut released = 0;
    for (order_id, delivered_at) in due {
        // ORD-2 from the rules crate: when (and whether) the timeout released it.
        if let EscrowState::Released { at, .. } =
            state.rules.escrow(Some(delivered_at), None, now).state
        {
            release(&mut tx, &state.rules, order_id, ReleasedBy::Timeout, at).await?;
            released += 1;
        }
    }
    tx.commit().await?;
    Ok(released)
}

/// Deadline: scheduled payouts whose earliest date passed are sent (the sandbox bank pays at once).
pub async fn send_payouts(state: &AppState, now: i64) -> ApiResult<u64> {
    let sent = sqlx::query(
        "UPDATE payouts SET status = 'paid' WHERE status = 'scheduled' AND earliest_at <= ?",
    )
    .bind(now)
    .execute(&state.pool)
    .await?
    .rows_affected();
    Ok(sent)
}
