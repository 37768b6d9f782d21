//! Placing orders (ORD-1): the cart is priced again inside one `BEGIN IMMEDIATE` transaction, stock is
//! reserved with conditional updates, and one order per shop is written under one order group, all or
//! nothing. An `Idempotency-Key` makes retries safe: the same key and body answer the group already placed;
//! the same key with another body is refused.
//!
//! Unpaid groups expire after [`UNPAID_TTL_SECONDS`] and give their stock back ([`expire_unpaid`]).

use crate::{
    AppState,
    error::{ApiResult, AppError},
    notify::{notify, notify_shop},
    orders::{
        quote::{self, QuoteInput, SETTLEMENT},
        stock, timeline, view,
    },
    pricing,
};
use caravan_types::{
    api::FieldError,
    order::{OrderGroup, PlaceOrderRequest, ShippingAddress, TrackingKind},
};
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;

/// An unpaid order group holds its stock this long (30 minutes), then expires.
pub const UNPAID_TTL_SECONDS: i64 = 30 * 60;
/// A payment attempt still `processing` after this long is presumed interrupted (see `payment`).
pub const PAYMENT_STALE_SECONDS: i64 = 60;

/// Checks an `Idempotency-Key` header value: 8–128 visible ASCII characters (a UUID fits).
pub fn check_idempotency_key(key: Option<&str>) -> ApiResult<String> {
    let key = key.ok_or(AppError::BadRequest {
        code: "idempotency_key_missing",
        message:
            "send an `Idempotency-Key` header (e.g. a UUID) so a retried request cannot order twice"
                .to_owned(),
        fields: Vec::new(),
    })?;
    if !(8..=128).contains(&key.len()) || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(AppError::BadRequest {
            code: "idempotency_key_invalid",
            message: "an `Idempotency-Key` has 8 to 128 visible ASCII characters".to_owned(),
            fields: Vec::new(),
        });
    }
    Ok(key.to_owned())
}

/// Field errors of a delivery address: the lengths and country code every address needs
/// (`caravan_types::address::basic_problems`, shared with the address book, which also applies the
/// country's own form).
fn check_address(address: &ShippingAddress) -> ApiResult<()> {
    let errors = caravan_types::address::basic_problems(address, "address.");
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::invalid_fields(errors))
    }
}

/// SHA-256 of the request as parsed (serialising the typed request gives one canonical form).
fn request_hash(request: &PlaceOrderRequest) -> ApiResult<String> {
    let bytes = serde_json::to_vec(request).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Places the cart for `buyer_id`; returns the group and whether it was created now (`false`: a retry of
/// a request already placed).
pub async fn place(
    state: &AppState,
    buyer_id: i64,
    key: &str,
    request: &PlaceOrderRequest,
) -> ApiResult<(OrderGroup, bool)> {
    check_address(&request.address)?;
    let hash = request_hash(request)?;
    let rates = crate::fx::latest_table(&state.pool).await?;
    quote::check_request(&request.lines, request.display_currency, rates.as_ref())?;
    let now = state.clock.now();

    let mut tx = crate::db::begin_write(&state.pool).await?;
    let existing: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, request_hash FROM order_groups WHERE buyer_id = ? AND idempotency_key = ?",
    )
    .bind(buyer_id)
    .bind(key)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((group_id, stored_hash)) = existing {
        if stored_hash != hash {
            return Err(AppError::Unprocessable {
                code: "idempotency_key_reused",
                message: "this Idempotency-Key was used for a different order; use a new key for a new order"
                    .to_owned(),
            });
        }
        let group = view::group(&mut tx, &state.rules, group_id, buyer_id, now).await?;
        tx.commit().await?;
        return Ok((group, false));
    }

    let destination = request.address.country.as_str();
    let quote = quote::compute(
        &mut tx,
        &state.rules,
        rates.as_ref(),
        QuoteInput {
            destination,
            display_currency: request.display_currency,
            lines: &request.lines,
            buyer_id: Some(buyer_id),
        },
        now,
    )
    .await?;
    if !quote.orderable {
        return Err(cart_changed(&quote));
    }

    // ORD-4: record the rate the buyer was shown (settlement → display), checked by the rules crate.
    let display_currency = request.display_currency.unwrap_or(SETTLEMENT);
    let (rate, rate_date) =
        quote::display_rate(rates.as_ref(), display_currency).ok_or_else(|| {
            AppError::bad_field("display_currency", "unsupported", "no reference rate")
        })?;
    let verdicts = state
        .rules
        .check_charge_rate(display_currency, SETTLEMENT, Some(rate));
    if !verdicts.is_empty() {
        return Err(AppError::Internal(format!(
            "rate {rate:?} refused: {verdicts:?}"
        )));
    }
    let address =
        serde_json::to_string(&request.address).map_err(|e| AppError::Internal(e.to_string()))?;
    let pay_by = now + UNPAID_TTL_SECONDS;
    let group_id: i64 = sqlx::query_scalar(
        "INSERT INTO order_groups (buyer_id, idempotency_key, request_hash, status, currency, total_minor,
            display_currency, fx_rate_micros, fx_date, policy_version, pay_by, created_at)
         VALUES (?, ?, ?, 'awaiting_payment', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(buyer_id)
    .bind(key)
    .bind(&hash)
    .bind(SETTLEMENT.code())
    .bind(quote.totals.total.minor)
    .bind(display_currency.code())
    .bind(rate.micros)
    .bind(rate_date)
    .bind(&quote.policy_version)
    .bind(pay_by)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;

    for shop in &quote.shops {
        let handling_days = shop
            .lines
            .iter()
            .map(|l| l.handling_days)
            .max()
            .unwrap_or(state.rules.policy().timeouts.handling_days);
        let order_id: i64 = sqlx::query_scalar(
            "INSERT INTO orders (group_id, buyer_id, shop_id, status, currency, subtotal_minor, discount_minor,
                shipping_minor, total_minor, address_json, destination_country, handling_days, policy_version,
                pay_by, created_at, updated_at)
             VALUES (?, ?, ?, 'awaiting_payment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(group_id)
        .bind(buyer_id)
        .bind(shop.shop_id.0)
        .bind(SETTLEMENT.code())
        .bind(shop.totals.subtotal.minor)
        .bind(shop.totals.discount.minor)
        .bind(shop.totals.shipping.minor)
        .bind(shop.totals.total.minor)
        .bind(&address)
        .bind(destination)
        .bind(i64::from(handling_days))
        .bind(&quote.policy_version)
        .bind(pay_by)
        .bind(now)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for (position, line) in shop.lines.iter().enumerate() {
            let shipping = line
                .shipping
                .as_ref()
                .ok_or_else(|| AppError::Internal("an orderable line has shipping".to_owned()))?;
            if !stock::reserve(&mut tx, line.listing_id.0, line.sku_id.0, line.quantity).await? {
                // Cannot happen after an orderable quote in the same write transaction; refuse anyway.
                return Err(AppError::Conflict {
                    code: "cart_changed",
                    message: "an item sold out while ordering".to_owned(),
                    fields: vec![FieldError {
                        path: format!("lines[{}]", line.index),
                        code: "out_of_stock".to_owned(),
                        message: "sold out".to_owned(),
                    }],
                });
            }
            if let Some(discount) = &line.discount
                && !pricing::claim(
                    &mut tx,
                    discount.promotion_id,
                    line.listing_id.0,
                    &line.sku_code,
                    line.quantity,
                )
                .await?
            {
                return Err(AppError::Conflict {
                    code: "cart_changed",
                    message: "a promotion ran out while ordering".to_owned(),
                    fields: vec![FieldError {
                        path: format!("lines[{}]", line.index),
                        code: "price_changed".to_owned(),
                        message: "the promotion has no units left".to_owned(),
                    }],
                });
            }
            sqlx::query(
                "INSERT INTO order_lines (order_id, position, listing_id, sku_id, title, sku_code, sku_label,
                    image_url, unit_price_minor, quantity, discount_minor, promotion_id, shipping_class,
                    shipping_minor, shipping_min_days, shipping_max_days, handling_days)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(order_id)
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .bind(line.listing_id.0)
            .bind(line.sku_id.0)
            .bind(&line.title)
            .bind(&line.sku_code)
            .bind(&line.sku_label)
            .bind(&line.image_url)
            .bind(line.unit_price.minor)
            .bind(line.quantity)
            .bind(line.discount.as_ref().map_or(0, |d| d.total.minor))
            .bind(line.discount.as_ref().map(|d| d.promotion_id))
            .bind(shipping.class.as_str())
            .bind(shipping.cost.minor)
            .bind(i64::from(shipping.min_days))
            .bind(i64::from(shipping.max_days))
            .bind(i64::from(line.handling_days))
            .execute(&mut *tx)
            .await?;
        }
        timeline::record(&mut tx, order_id, TrackingKind::Placed, None, None, now).await?;
        notify_shop(
            &mut tx,
            shop.shop_id.0,
            "order_placed",
            json!({"order_id": order_id, "total": shop.totals.total}),
            now,
        )
        .await?;
    }
    let group = view::group(&mut tx, &state.rules, group_id, buyer_id, now).await?;
    tx.commit().await?;
    // Stock changed: catalogue pages computed before must not be served again.
    state.catalogue_cache.invalidate();
    Ok((group, true))
}

/// 409 `cart_changed` naming each line's problems (`lines[i]`, the problem code), so the app can show them
/// and re-quote.
fn cart_changed(quote: &caravan_types::order::Quote) -> AppError {
    let fields = quote
        .shops
        .iter()
        .flat_map(|s| &s.lines)
        .flat_map(|line| {
            line.problems.iter().map(move |p| FieldError {
                path: format!("lines[{}]", line.index),
                code: p.code.as_str().to_owned(),
                message: p.message.clone(),
            })
        })
        .collect();
    AppError::Conflict {
        code: "cart_changed",
        message:
            "the cart cannot be ordered as it stands; see the problems per line and quote it again"
                .to_owned(),
        fields,
    }
}

/// Expires one order inside `conn`'s transaction: stock back, status, timeline.
pub async fn expire_order(conn: &mut SqliteConnection, order_id: i64, now: i64) -> ApiResult<()> {
    stock::restore(conn, order_id).await?;
    sqlx::query(
        "UPDATE orders SET status = 'expired', cancelled_at = ?, cancel_reason = 'not paid in time', updated_at = ?
         WHERE id = ?",
    )
    .bind(now)
    .bind(now)
    .bind(order_id)
    .execute(&mut *conn)
    .await?;
    timeline::record(conn, order_id, TrackingKind::Expired, None, None, now).await?;
    Ok(())
}

/// Deadline: unpaid groups past `pay_by` expire and release their stock. A group with a payment attempt
/// in flight is left alone until that attempt is stale. Returns the number of groups expired.
pub async fn expire_unpaid(state: &AppState, now: i64) -> ApiResult<u64> {
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let groups: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT g.id, g.buyer_id FROM order_groups g
         WHERE g.status = 'awaiting_payment' AND g.pay_by <= ?
           AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.group_id = g.id AND p.status = 'processing'
                           AND p.updated_at > ?)
         ORDER BY g.pay_by LIMIT 500",
    )
    .bind(now)
    .bind(now - PAYMENT_STALE_SECONDS)
    .fetch_all(&mut *tx)
    .await?;
    for &(group_id, buyer_id) in &groups {
        let orders: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM orders WHERE group_id = ? AND status = 'awaiting_payment'",
        )
        .bind(group_id)
        .fetch_all(&mut *tx)
        .await?;
        for &order_id in &orders {
            expire_order(&mut tx, order_id, now).await?;
        }
        // An interrupted attempt is abandoned with its group.
        sqlx::query(
            "UPDATE payments SET status = 'failed', failure_code = 'abandoned', updated_at = ?
             WHERE group_id = ? AND status = 'processing'",
        )
        .bind(now)
        .bind(group_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE order_groups SET status = 'expired' WHERE id = ?")
            .bind(group_id)
            .execute(&mut *tx)
            .await?;
        notify(
            &mut tx,
            buyer_id,
            "order_expired",
            json!({"group_id": group_id, "order_ids": orders}),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    if !groups.is_empty() {
        state.catalogue_cache.invalidate();
    }
    Ok(groups.len() as u64)
}
