//! The seller's orders: the to-ship queue by deadline, order details (never the buyer's payment details,
//! ORD-6), shipping with a tracking number and relaying carrier scans (ORD-3). Every route answers 404 for
//! another shop's order.

use super::orders::{list_params, path_id};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
    orders::{fulfilment, view},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    routing::{get, post},
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    order::{OrderDetail, OrderPage, ShipmentRequest, TrackingEventRequest},
};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/seller/orders", get(list_orders))
        .route("/seller/orders/{id}", get(get_order))
        .route("/seller/orders/{id}/shipment", post(create_shipment))
        .route(
            "/seller/orders/{id}/tracking-events",
            post(create_tracking_event),
        )
}

/// The signed-in seller's shop id.
async fn shop_of(state: &AppState, user: &CurrentUser) -> ApiResult<i64> {
    require_role(user, &[Role::Seller])?;
    sqlx::query_scalar("SELECT id FROM shops WHERE owner_id = ?")
        .bind(user.0.id.0)
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::Conflict {
            code: "no_shop",
            message: "open your shop first".to_owned(),
            fields: Vec::new(),
        })
}

/// `GET /api/seller/orders` query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
// Without this, utoipa documents the fields as path parameters.
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct SellerListQuery {
    /// `to_ship`: paid orders waiting for shipment, earliest deadline first (overdue ones on top); `all`
    /// (default): every order, newest first.
    queue: Option<String>,
    /// Only orders in this status (with `queue=all`).
    status: Option<String>,
    /// From a previous page's `next_cursor`.
    cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    limit: Option<u32>,
}

/// The shop's orders: everything newest first, or the to-ship queue sorted by shipping deadline.
#[utoipa::path(get, path = "/api/seller/orders", operation_id = "list_seller_orders", tag = "seller", params(SellerListQuery), responses((status = 200, description = "A page of the shop's orders", body = OrderPage), (status = 400, description = "Bad query", body = ErrorEnvelope), (status = 403, description = "Not a seller", body = ErrorEnvelope), (status = 409, description = "`no_shop`", body = ErrorEnvelope)))]
pub(super) async fn list_orders(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<SellerListQuery>,
) -> ApiResult<Json<OrderPage>> {
    let shop_id = shop_of(&state, &user).await?;
    let now = state.clock.now();
    let viewer = view::Viewer::Seller(shop_id);
    let select = format!(
        "SELECT {} FROM orders o JOIN shops s ON s.id = o.shop_id JOIN users u ON u.id = o.buyer_id",
        view::SUMMARY_COLUMNS
    );
    let to_ship = match query.queue.as_deref() {
        None | Some("all") => false,
        Some("to_ship") => true,
        Some(other) => {
            return Err(AppError::bad_field(
                "queue",
                "invalid",
                format!("unknown queue `{other}`; use to_ship or all"),
            ));
        }
    };
    let (status, cursor, limit) = if to_ship {
        list_params(None, None, query.limit)?
    } else {
        list_params(
            query.status.as_deref(),
            query.cursor.as_deref(),
            query.limit,
        )?
    };
    let rows = if to_ship {
        // Cursor `ship_by:id` of the last row.
        if query.status.is_some() {
            return Err(AppError::bad_field(
                "status",
                "invalid",
                "the to_ship queue holds paid orders only",
            ));
        }
        let after = query
            .cursor
            .as_deref()
            .map(|c| {
                c.split_once(':')
                    .and_then(|(d, i)| Some((d.parse::<i64>().ok()?, i.parse::<i64>().ok()?)))
                    .ok_or_else(|| {
                        AppError::bad_field("cursor", "invalid", "use a page's next_cursor")
                    })
            })
            .transpose()?;
        sqlx::query(&format!(
            "{select} WHERE o.shop_id = ? AND o.status = 'paid'
               AND (? IS NULL OR (o.ship_by, o.id) > (?, ?))
             ORDER BY o.ship_by, o.id LIMIT ?"
        ))
        .bind(shop_id)
        .bind(after.map(|a| a.0))
        .bind(after.map(|a| a.0))
        .bind(after.map(|a| a.1))
        .bind(limit + 1)
        .fetch_all(&state.pool)
        .await?
    } else {
        sqlx::query(&format!(
            "{select} WHERE o.shop_id = ? AND (? IS NULL OR o.status = ?) AND (? IS NULL OR o.id < ?)
             ORDER BY o.id DESC LIMIT ?"
        ))
        .bind(shop_id)
        .bind(status.map(|s| s.as_str()))
        .bind(status.map(|s| s.as_str()))
        .bind(cursor)
        .bind(cursor)
        .bind(limit + 1)
        .fetch_all(&state.pool)
        .await?
    };
    let mut items = rows
        .iter()
        .map(|row| view::summary(&state.rules, row, viewer, now))
        .collect::<ApiResult<Vec<_>>>()?;
    let next_cursor = (items.len() > usize::try_from(limit).unwrap_or(usize::MAX)).then(|| {
        items.pop();
        items
            .last()
            .map(|o| {
                if to_ship {
                    format!("{}:{}", o.ship_by.unwrap_or_default(), o.id.0)
                } else {
                    o.id.0.to_string()
                }
            })
            .unwrap_or_default()
    });
    Ok(Json(OrderPage { items, next_cursor }))
}

/// One of the shop's orders: lines, buyer's name and delivery address, escrow, timeline; never the card.
#[utoipa::path(get, path = "/api/seller/orders/{id}", operation_id = "get_seller_order", tag = "seller", params(("id" = i64, Path, description = "Order id")), responses((status = 200, description = "The order", body = OrderDetail), (status = 404, description = "No such order of this shop", body = ErrorEnvelope)))]
pub(super) async fn get_order(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<OrderDetail>> {
    let shop_id = shop_of(&state, &user).await?;
    let id = path_id(&id, "order")?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(
        view::order(
            &mut conn,
            &state.rules,
            id,
            view::Viewer::Seller(shop_id),
            state.clock.now(),
        )
        .await?,
    ))
}

/// Ships a paid order with a logistics class and tracking number (ORD-3). After `ship_by` it still ships,
/// but the order stays "sold but not shipped".
#[utoipa::path(post, path = "/api/seller/orders/{id}/shipment", tag = "seller", params(("id" = i64, Path, description = "Order id")), request_body = ShipmentRequest, responses((status = 200, description = "The shipped order", body = OrderDetail), (status = 400, description = "Bad tracking number or carrier", body = ErrorEnvelope), (status = 404, description = "No such order of this shop", body = ErrorEnvelope), (status = 409, description = "`not_shippable`: not paid, cancelled or already shipped", body = ErrorEnvelope)))]
pub(super) async fn create_shipment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<ShipmentRequest>,
) -> ApiResult<Json<OrderDetail>> {
    let shop_id = shop_of(&state, &user).await?;
    let id = path_id(&id, "order")?;
    Ok(Json(fulfilment::ship(&state, shop_id, id, &request).await?))
}

/// Adds a carrier scan to a shipped order; `delivered` records delivery and starts the receipt timeout
/// (ORD-2).
#[utoipa::path(post, path = "/api/seller/orders/{id}/tracking-events", tag = "seller", params(("id" = i64, Path, description = "Order id")), request_body = TrackingEventRequest, responses((status = 200, description = "The order with the new event", body = OrderDetail), (status = 404, description = "No such order of this shop", body = ErrorEnvelope), (status = 409, description = "`not_in_transit`: not shipped, or already delivered", body = ErrorEnvelope)))]
pub(super) async fn create_tracking_event(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<TrackingEventRequest>,
) -> ApiResult<Json<OrderDetail>> {
    let shop_id = shop_of(&state, &user).await?;
    let id = path_id(&id, "order")?;
    Ok(Json(
        fulfilment::add_tracking_event(&state, shop_id, id, &request).await?,
    ))
}
