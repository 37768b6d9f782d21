//! Paying an order group into escrow (ORD-2, ORD-6), and sending refunds.
//!
//! A payment is three steps, so the write lock is never held while the provider is called:
//! 1. a transaction records a `processing` attempt (a partial UNIQUE index allows one live attempt per
//!    group: a double click gets 409 `payment_in_progress`, or the finished result once the first is done);
//! 2. the provider is called with the attempt's idempotency key;
//! 3. a transaction records the outcome: on approval every order of the group is `paid` and its total held
//!    in escrow; a decline or a temporary failure leaves the group payable.
//!
//! An attempt left `processing` by a crash is re-driven after [`PAYMENT_STALE_SECONDS`] with the same
//! key, so the provider answers it without charging again.

use crate::{
    AppState,
    error::{ApiResult, AppError},
    notify::{notify, notify_shop},
    orders::{placement::PAYMENT_STALE_SECONDS, quote::SETTLEMENT, timeline, view},
    payments::{ChargeRequest, ProviderError, card},
};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use caravan_types::{
    Money,
    api::FieldError,
    order::{CardDetails, OrderGroup, TrackingKind},
};
use serde_json::json;

/// A fresh idempotency key for a provider call.
fn provider_key(prefix: &str) -> String {
    let mut bytes = [0_u8; 12];
    OsRng.fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}_{hex}")
}

/// Pays `group_id` for `buyer_id` with `card`; answers the paid group. Paying a group already paid answers
/// it again without charging.
pub async fn pay(
    state: &AppState,
    buyer_id: i64,
    group_id: i64,
    card_details: CardDetails,
) -> ApiResult<OrderGroup> {
    let now = state.clock.now();
    let errors = card::check(&card_details, now);
    if !errors.is_empty() {
        return Err(AppError::invalid_fields(errors));
    }

    // Step 1: claim the group for one attempt.
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let group: Option<(String, i64)> =
        sqlx::query_as("SELECT status, pay_by FROM order_groups WHERE id = ? AND buyer_id = ?")
            .bind(group_id)
            .bind(buyer_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (status, pay_by) = group.ok_or(AppError::NotFound("order group"))?;
    match status.as_str() {
        "paid" => {
            let paid = view::group(&mut tx, &state.rules, group_id, buyer_id, now).await?;
            tx.commit().await?;
            return Ok(paid);
        }
        "awaiting_payment" if pay_by > now => {}
        _ => {
            return Err(AppError::Conflict {
                code: "not_payable",
                message: "this order can no longer be paid (it expired or was cancelled)"
                    .to_owned(),
                fields: Vec::new(),
            });
        }
    }
    let live: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT id, provider_key, updated_at FROM payments WHERE group_id = ? AND status = 'processing'",
    )
    .bind(group_id)
    .fetch_optional(&mut *tx)
    .await?;
    let amount: i64 = sqlx::query_scalar(
        "SELECT coalesce(sum(total_minor), 0) FROM orders WHERE group_id = ? AND status = 'awaiting_payment'",
    )
    .bind(group_id)
    .fetch_one(&mut *tx)
    .await?;
    let (payment_id, key) = match live {
        Some((_, _, updated_at)) if updated_at > now - PAYMENT_STALE_SECONDS => {
            return Err(AppError::Conflict {
                code: "payment_in_progress",
                message: "a payment for this order is being processed; wait a moment and reload"
                    .to_owned(),
                fields: Vec::new(),
            });
        }
        // Interrupted earlier: drive the same attempt again under its key.
        Some((id, key, _)) => {
            sqlx::query("UPDATE payments SET updated_at = ? WHERE id = ?")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            (id, key)
        }
        None => {
            let key = provider_key("pay");
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO payments (group_id, status, amount_minor, currency, provider, provider_key,
                    created_at, updated_at)
                 VALUES (?, 'processing', ?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(group_id)
            .bind(amount)
            .bind(SETTLEMENT.code())
            .bind(state.payments.name())
            .bind(&key)
            .bind(now)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            (id, key)
        }
    };
    tx.commit().await?;

    // Step 2: the provider, outside any transaction.
    let outcome = state
        .payments
        .charge(ChargeRequest {
            idempotency_key: key,
            amount: Money::new(amount, SETTLEMENT),
            card: card_details,
            reference: format!("caravan-group-{group_id}"),
        })
        .await;

    // Step 3: record what happened.
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    match outcome {
        Ok(charge) => {
            sqlx::query(
                "UPDATE payments SET status = 'succeeded', provider_ref = ?, card_brand = ?, card_last4 = ?,
                    updated_at = ? WHERE id = ?",
            )
            .bind(&charge.provider_ref)
            .bind(&charge.brand)
            .bind(&charge.last4)
            .bind(now)
            .bind(payment_id)
            .execute(&mut *tx)
            .await?;
            mark_paid(state, &mut tx, group_id, buyer_id, now).await?;
            let paid = view::group(&mut tx, &state.rules, group_id, buyer_id, now).await?;
            tx.commit().await?;
            // Order counts on catalogue cards changed.
            state.catalogue_cache.invalidate();
            Ok(paid)
        }
        Err(ProviderError::Declined { code, brand, last4 }) => {
            sqlx::query(
                "UPDATE payments SET status = 'declined', failure_code = ?, card_brand = nullif(?, ''),
                    card_last4 = CASE WHEN length(?) = 4 THEN ? END, updated_at = ? WHERE id = ?",
            )
            .bind(&code)
            .bind(&brand)
            .bind(&last4)
            .bind(&last4)
            .bind(now)
            .bind(payment_id)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Err(AppError::PaymentRefused {
                code: "card_declined",
                message: format!("the card was declined ({code}); try another card"),
                fields: vec![FieldError {
                    path: "card".to_owned(),
                    code,
                    message: "declined by the card issuer".to_owned(),
                }],
            })
        }
        Err(ProviderError::Transient(reason)) => {
            sqlx::query(
                "UPDATE payments SET status = 'failed', failure_code = ?, updated_at = ? WHERE id = ?",
            )
            .bind(&reason)
            .bind(now)
            .bind(payment_id)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Err(AppError::TryAgain {
                code: "payment_retry",
                message: format!(
                    "the payment could not be completed right now ({reason}); nothing was charged, try again"
                ),
                retry_after: 1,
            })
        }
    }
}

/// Every awaiting order of the group becomes `paid` with its total in escrow and its ORD-3 deadline.
async fn mark_paid(
    state: &AppState,
    tx: &mut sqlx::SqliteConnection,
    group_id: i64,
    buyer_id: i64,
    now: i64,
) -> ApiResult<()> {
    sqlx::query("UPDATE order_groups SET status = 'paid', paid_at = ? WHERE id = ?")
        .bind(now)
        .bind(group_id)
        .execute(&mut *tx)
        .await?;
    let orders: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT id, shop_id, handling_days, total_minor FROM orders
         WHERE group_id = ? AND status = 'awaiting_payment'",
    )
    .bind(group_id)
    .fetch_all(&mut *tx)
    .await?;
    for (order_id, shop_id, handling_days, total) in orders {
        // ORD-3: the deadline comes from the rules crate.
        let ship_by = state
            .rules
            .shipment(now, u32::try_from(handling_days).ok(), None, None, now)
            .deadline;
        sqlx::query(
            "UPDATE orders SET status = 'paid', paid_at = ?, ship_by = ?, escrow_status = 'held',
                escrow_held_minor = total_minor, updated_at = ? WHERE id = ?",
        )
        .bind(now)
        .bind(ship_by)
        .bind(now)
        .bind(order_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE listings SET orders_count = orders_count + 1
             WHERE id IN (SELECT listing_id FROM order_lines WHERE order_id = ?)",
        )
        .bind(order_id)
        .execute(&mut *tx)
        .await?;
        timeline::record(tx, order_id, TrackingKind::Paid, None, None, now).await?;
        let payload = json!({"order_id": order_id, "total": Money::new(total, SETTLEMENT), "ship_by": ship_by});
        notify(tx, buyer_id, "order_paid", payload.clone(), now).await?;
        notify_shop(tx, shop_id, "order_paid", payload, now).await?;
    }
    Ok(())
}

/// Sends every pending refund to the provider (after the transaction that recorded it committed, and from
/// the deadline sweep for ones that failed before). Returns how many went through.
pub async fn send_pending_refunds(state: &AppState) -> ApiResult<u64> {
    let pending: Vec<(i64, String, i64, String, Option<String>)> = sqlx::query_as(
        "SELECT r.id, r.provider_key, r.amount_minor, r.currency, p.provider_ref
         FROM refunds r JOIN payments p ON p.id = r.payment_id
         WHERE r.status = 'pending' ORDER BY r.id LIMIT 200",
    )
    .fetch_all(&state.pool)
    .await?;
    let mut sent = 0;
    for (id, key, amount, currency, charge_ref) in pending {
        let Some(charge_ref) = charge_ref else {
            tracing::error!(
                refund = id,
                "refund of a payment without a provider reference"
            );
            continue;
        };
        let currency = currency
            .parse()
            .map_err(|_| AppError::Internal(format!("refund {id} currency `{currency}`")))?;
        match state
            .payments
            .refund(key, charge_ref, Money::new(amount, currency))
            .await
        {
            Ok(receipt) => {
                sqlx::query(
                    "UPDATE refunds SET status = 'succeeded', provider_ref = ?, updated_at = ?
                     WHERE id = ? AND status = 'pending'",
                )
                .bind(receipt.provider_ref)
                .bind(state.clock.now())
                .bind(id)
                .execute(&state.pool)
                .await?;
                sent += 1;
            }
            // Left pending: the next sweep tries again with the same key.
            Err(error) => tracing::warn!(refund = id, %error, "refund not sent yet"),
        }
    }
    Ok(sent)
}
