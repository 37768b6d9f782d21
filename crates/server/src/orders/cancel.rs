//! The buyer cancels an order before it ships: the stock goes back, and money already paid is refunded in
//! full from the escrow (the refund is recorded in the same transaction and sent to the provider after
//! commit). Not possible while a payment for its group is in flight.

use crate::{
    AppState,
    error::{ApiResult, AppError},
    notify::notify_shop,
    orders::{escrow, payment, placement::PAYMENT_STALE_SECONDS, stock, timeline, view},
};
use caravan_types::order::{OrderDetail, TrackingKind};
use serde_json::json;

/// Cancels `order_id` for `buyer_id` with an optional reason.
pub async fn cancel(
    state: &AppState,
    buyer_id: i64,
    order_id: i64,
    reason: Option<&str>,
) -> ApiResult<OrderDetail> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if reason.is_some_and(|r| r.chars().count() > 500) {
        return Err(AppError::bad_field(
            "reason",
            "too_long",
            "at most 500 characters",
        ));
    }
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row: Option<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT status, group_id, shop_id, escrow_held_minor FROM orders WHERE id = ? AND buyer_id = ?",
    )
    .bind(order_id)
    .bind(buyer_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (status, group_id, shop_id, held) = row.ok_or(AppError::NotFound("order"))?;
    if status != "awaiting_payment" && status != "paid" {
        return Err(AppError::Conflict {
            code: "not_cancellable",
            message: "only orders that have not shipped yet can be cancelled".to_owned(),
            fields: Vec::new(),
        });
    }
    let in_flight: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM payments WHERE group_id = ? AND status = 'processing' AND updated_at > ?)",
    )
    .bind(group_id)
    .bind(now - PAYMENT_STALE_SECONDS)
    .fetch_one(&mut *tx)
    .await?;
    if in_flight {
        return Err(AppError::Conflict {
            code: "payment_in_progress",
            message: "a payment for this order is being processed; wait a moment and reload"
                .to_owned(),
            fields: Vec::new(),
        });
    }
    crate::trust::disputes::refuse_if_open(&mut tx, order_id).await?;
    stock::restore(&mut tx, order_id).await?;
    if status == "paid" && held > 0 {
        escrow::refund(&mut tx, order_id, held, "cancelled by the buyer", now).await?;
    }
    sqlx::query(
        "UPDATE orders SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ?",
    )
    .bind(now)
    .bind(reason.unwrap_or("cancelled by the buyer"))
    .bind(now)
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    // A group whose every order is cancelled before payment is cancelled too.
    sqlx::query(
        "UPDATE order_groups SET status = 'cancelled' WHERE id = ?1 AND status = 'awaiting_payment'
           AND NOT EXISTS (SELECT 1 FROM orders WHERE group_id = ?1 AND status != 'cancelled')",
    )
    .bind(group_id)
    .execute(&mut *tx)
    .await?;
    timeline::record(
        &mut tx,
        order_id,
        TrackingKind::Cancelled,
        reason,
        None,
        now,
    )
    .await?;
    notify_shop(
        &mut tx,
        shop_id,
        "order_cancelled",
        json!({"order_id": order_id, "refunded": status == "paid"}),
        now,
    )
    .await?;
    let order = view::order(
        &mut tx,
        &state.rules,
        order_id,
        view::Viewer::Buyer(buyer_id),
        now,
    )
    .await?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    // The refund was recorded; sending it can fail and is retried by the sweep.
    if let Err(error) = payment::send_pending_refunds(state).await {
        tracing::warn!(%error, "refunds left for the sweep");
    }
    Ok(order)
}
