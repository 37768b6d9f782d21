//! ORD-3 fulfilment: the seller ships with a logistics class and a tracking number, relays the carrier's
//! scans up to delivery (which starts the ORD-2 receipt timeout), and an order paid but not shipped by its
//! deadline is marked "sold but not shipped" (SRV-3) by the deadline sweep.

use crate::{
    AppState,
    error::{ApiResult, AppError},
    notify::{notify, notify_shop},
    orders::{timeline, view},
};
use caravan_rules::order::EscrowState;
use caravan_types::order::{
    CarrierEventKind, OrderDetail, ShipmentRequest, TrackingEventRequest, TrackingKind,
};
use serde_json::json;

fn optional_text(path: &str, value: Option<&str>, max: usize) -> ApiResult<Option<String>> {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    if let Some(v) = value
        && (v.chars().count() > max || v.chars().any(char::is_control))
    {
        return Err(AppError::bad_field(
            path,
            "invalid",
            format!("at most {max} characters, no control characters"),
        ));
    }
    Ok(value.map(str::to_owned))
}

/// The seller ships `order_id` of `shop_id`.
pub async fn ship(
    state: &AppState,
    shop_id: i64,
    order_id: i64,
    request: &ShipmentRequest,
) -> ApiResult<OrderDetail> {
    let tracking = request.tracking_number.trim().to_ascii_uppercase();
    if !(6..=40).contains(&tracking.len())
        || !tracking
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(AppError::bad_field(
            "tracking_number",
            "invalid",
            "a tracking number has 6 to 40 letters, digits or dashes",
        ));
    }
    let carrier = optional_text("carrier", request.carrier.as_deref(), 60)?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row: Option<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT status, buyer_id, paid_at, handling_days FROM orders WHERE id = ? AND shop_id = ?",
    )
    .bind(order_id)
    .bind(shop_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (status, buyer_id, paid_at, handling_days) = row.ok_or(AppError::NotFound("order"))?;
    if status != "paid" {
        return Err(AppError::Conflict {
            code: "not_shippable",
            message: "only paid orders that have not shipped yet can be shipped".to_owned(),
            fields: Vec::new(),
        });
    }
    // ORD-3 from the rules crate: shipped in time or late (late shipments stay "sold but not shipped").
    let shipment = state.rules.shipment(
        paid_at,
        u32::try_from(handling_days).ok(),
        Some(now),
        Some(&tracking),
        now,
    );
    let late = shipment.state == caravan_rules::order::ShipmentState::SoldButNotShipped;
    sqlx::query(
        "UPDATE orders SET status = 'shipped', shipped_at = ?, shipped_class = ?, tracking_number = ?, carrier = ?,
            not_shipped_at = CASE WHEN ? THEN coalesce(not_shipped_at, ship_by) ELSE not_shipped_at END,
            updated_at = ?
         WHERE id = ?",
    )
    .bind(now)
    .bind(request.class.as_str())
    .bind(&tracking)
    .bind(&carrier)
    .bind(late)
    .bind(now)
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    let description = format!("{} {}", request.class.as_str(), tracking);
    timeline::record(
        &mut tx,
        order_id,
        TrackingKind::Shipped,
        Some(&description),
        None,
        now,
    )
    .await?;
    notify(
        &mut tx,
        buyer_id,
        "order_shipped",
        json!({"order_id": order_id, "tracking_number": tracking, "class": request.class, "carrier": carrier}),
        now,
    )
    .await?;
    let order = view::order(
        &mut tx,
        &state.rules,
        order_id,
        view::Viewer::Seller(shop_id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(order)
}

/// The seller relays a carrier scan for a shipped order; `delivered` starts the receipt timeout.
pub async fn add_tracking_event(
    state: &AppState,
    shop_id: i64,
    order_id: i64,
    request: &TrackingEventRequest,
) -> ApiResult<OrderDetail> {
    let description = optional_text("description", request.description.as_deref(), 200)?;
    let location = optional_text("location", request.location.as_deref(), 100)?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT status, buyer_id FROM orders WHERE id = ? AND shop_id = ?")
            .bind(order_id)
            .bind(shop_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (status, buyer_id) = row.ok_or(AppError::NotFound("order"))?;
    if status != "shipped" {
        return Err(AppError::Conflict {
            code: "not_in_transit",
            message: "tracking events are for shipped orders not yet delivered".to_owned(),
            fields: Vec::new(),
        });
    }
    timeline::record(
        &mut tx,
        order_id,
        request.kind.tracking_kind(),
        description.as_deref(),
        location.as_deref(),
        now,
    )
    .await?;
    if request.kind == CarrierEventKind::Delivered {
        // ORD-2 from the rules crate: when the escrow is released if the buyer stays silent.
        let auto_confirm_at = match state.rules.escrow(Some(now), None, now).state {
            EscrowState::AwaitingConfirmation { auto_release_at } => auto_release_at,
            other => {
                return Err(AppError::Internal(format!(
                    "escrow right after delivery is {other:?}"
                )));
            }
        };
        sqlx::query(
            "UPDATE orders SET status = 'delivered', delivered_at = ?, auto_confirm_at = ?, updated_at = ?
             WHERE id = ?",
        )
        .bind(now)
        .bind(auto_confirm_at)
        .bind(now)
        .bind(order_id)
        .execute(&mut *tx)
        .await?;
        let payload = json!({"order_id": order_id, "auto_confirm_at": auto_confirm_at});
        notify(&mut tx, buyer_id, "order_delivered", payload.clone(), now).await?;
        notify_shop(&mut tx, shop_id, "order_delivered", payload, now).await?;
    }
    let order = view::order(
        &mut tx,
        &state.rules,
        order_id,
        view::Viewer::Seller(shop_id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(order)
}

/// Deadline: paid orders past `ship_by` without a shipment become "sold but not shipped" (recorded once,
/// at the deadline). Returns how many.
pub async fn mark_not_shipped(state: &AppState, now: i64) -> ApiResult<u64> {
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let due: Vec<(i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT id, buyer_id, shop_id, paid_at, handling_days FROM orders
         WHERE status = 'paid' AND not_shipped_at IS NULL AND ship_by < ?
         ORDER BY ship_by LIMIT 500",
    )
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    let mut marked = 0;
    for (order_id, buyer_id, shop_id, paid_at, handling_days) in due {
        let shipment =
            state
                .rules
                .shipment(paid_at, u32::try_from(handling_days).ok(), None, None, now);
        if shipment.state != caravan_rules::order::ShipmentState::SoldButNotShipped {
            continue;
        }
        sqlx::query("UPDATE orders SET not_shipped_at = ?, updated_at = ? WHERE id = ?")
            .bind(shipment.deadline)
            .bind(now)
            .bind(order_id)
            .execute(&mut *tx)
            .await?;
        timeline::record(
            &mut tx,
            order_id,
            TrackingKind::NotShippedInTime,
            None,
            None,
            shipment.deadline,
        )
        .await?;
        let payload = json!({"order_id": order_id, "ship_by": shipment.deadline});
        notify(
            &mut tx,
            buyer_id,
            "order_not_shipped_in_time",
            payload.clone(),
            now,
        )
        .await?;
        notify_shop(&mut tx, shop_id, "order_not_shipped_in_time", payload, now).await?;
        marked += 1;
    }
    tx.commit().await?;
    Ok(marked)
}
