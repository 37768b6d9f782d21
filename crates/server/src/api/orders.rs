//! The buyer's orders: place (with an `Idempotency-Key`), pay the order group into escrow, list, read,
//! cancel before shipment, confirm receipt. Every route answers 404 for another buyer's order.

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
    orders::{cancel, escrow, payment, placement, view},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    routing::{get, post},
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    order::{
        CancelRequest, OrderDetail, OrderGroup, OrderPage, OrderStatus, PaymentRequest,
        PlaceOrderRequest,
    },
};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/orders", get(list_orders).post(create_order))
        .route("/orders/{id}", get(get_order))
        .route("/orders/{id}/cancel", post(cancel_order))
        .route("/orders/{id}/confirm-receipt", post(confirm_receipt))
        .route("/order-groups/{id}", get(get_order_group))
        .route("/order-groups/{id}/payment", post(create_payment))
}

/// A path id; anything that is not a number is simply not found.
pub(super) fn path_id(id: &str, what: &'static str) -> ApiResult<i64> {
    id.parse().map_err(|_| AppError::NotFound(what))
}

fn buyer(user: &CurrentUser) -> ApiResult<i64> {
    require_role(user, &[Role::Buyer])?;
    Ok(user.0.id.0)
}

/// Places the cart as one order per shop under one order group, reserving the stock. The server prices
/// everything again (ORD-1); `expected_unit_price` on a line refuses the order if the price moved. Send an
/// `Idempotency-Key` header (8–128 characters, e.g. a UUID): repeating the request with the same key and
/// body answers the same group (200) instead of ordering twice; the same key with another body is 422.
#[utoipa::path(post, path = "/api/orders", tag = "orders", request_body = PlaceOrderRequest,
    params(("Idempotency-Key" = String, Header, description = "8–128 visible ASCII characters, unique per order attempt")),
    responses(
        (status = 201, description = "Placed: the group, awaiting payment until `pay_by`", body = OrderGroup),
        (status = 200, description = "A retry: the group placed earlier with this key", body = OrderGroup),
        (status = 400, description = "Missing or invalid Idempotency-Key, bad address, empty cart", body = ErrorEnvelope),
        (status = 401, description = "Not signed in", body = ErrorEnvelope),
        (status = 403, description = "Not a buyer account", body = ErrorEnvelope),
        (status = 409, description = "`cart_changed`: a line cannot be ordered; `fields` name `lines[i]` and the problem code", body = ErrorEnvelope),
        (status = 422, description = "`idempotency_key_reused` with a different body, or a malformed body", body = ErrorEnvelope)))]
pub(super) async fn create_order(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PlaceOrderRequest>,
) -> ApiResult<(StatusCode, Json<OrderGroup>)> {
    let buyer_id = buyer(&user)?;
    let key = placement::check_idempotency_key(
        headers
            .get("idempotency-key")
            .map(|v| v.to_str().unwrap_or_default()),
    )?;
    let (group, created) = placement::place(&state, buyer_id, &key, &request).await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(group)))
}

/// `GET /api/orders` query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
// Without this, utoipa documents the fields as path parameters.
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct ListQuery {
    /// Only orders in this status.
    status: Option<String>,
    /// From a previous page's `next_cursor`.
    cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    limit: Option<u32>,
}

/// Checks the list query: status name, cursor (an order id) and limit.
pub(super) fn list_params(
    status: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> ApiResult<(Option<OrderStatus>, Option<i64>, i64)> {
    let status = status
        .map(|s| {
            OrderStatus::from_name(s).ok_or_else(|| {
                AppError::bad_field("status", "invalid", format!("unknown order status `{s}`"))
            })
        })
        .transpose()?;
    let cursor = cursor
        .map(|c| {
            c.parse::<i64>()
                .map_err(|_| AppError::bad_field("cursor", "invalid", "use a page's next_cursor"))
        })
        .transpose()?;
    let limit = limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(AppError::bad_field("limit", "out_of_range", "1 to 100"));
    }
    Ok((status, cursor, i64::from(limit)))
}

/// The buyer's orders, newest first.
#[utoipa::path(get, path = "/api/orders", tag = "orders", params(ListQuery), responses((status = 200, description = "A page of the buyer's orders", body = OrderPage), (status = 400, description = "Bad query", body = ErrorEnvelope), (status = 401, description = "Not signed in", body = ErrorEnvelope), (status = 403, description = "Not a buyer account", body = ErrorEnvelope)))]
pub(super) async fn list_orders(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> ApiResult<Json<OrderPage>> {
    let buyer_id = buyer(&user)?;
    let (status, cursor, limit) = list_params(
        query.status.as_deref(),
        query.cursor.as_deref(),
        query.limit,
    )?;
    let rows = sqlx::query(&format!(
        "SELECT {} FROM orders o JOIN shops s ON s.id = o.shop_id JOIN users u ON u.id = o.buyer_id
         WHERE o.buyer_id = ? AND (? IS NULL OR o.status = ?) AND (? IS NULL OR o.id < ?)
         ORDER BY o.id DESC LIMIT ?",
        view::SUMMARY_COLUMNS
    ))
    .bind(buyer_id)
    .bind(status.map(|s| s.as_str()))
    .bind(status.map(|s| s.as_str()))
    .bind(cursor)
    .bind(cursor)
    .bind(limit + 1)
    .fetch_all(&state.pool)
    .await?;
    let now = state.clock.now();
    let mut items = rows
        .iter()
        .map(|row| view::summary(&state.rules, row, view::Viewer::Buyer(buyer_id), now))
        .collect::<ApiResult<Vec<_>>>()?;
    let next_cursor = (items.len() > usize::try_from(limit).unwrap_or(usize::MAX)).then(|| {
        items.pop();
        items.last().map(|o| o.id.0.to_string()).unwrap_or_default()
    });
    Ok(Json(OrderPage { items, next_cursor }))
}

/// One of the buyer's orders, with lines, escrow, timeline and what may be done now.
#[utoipa::path(get, path = "/api/orders/{id}", tag = "orders", params(("id" = i64, Path, description = "Order id")), responses((status = 200, description = "The order", body = OrderDetail), (status = 401, description = "Not signed in", body = ErrorEnvelope), (status = 404, description = "No such order of this buyer", body = ErrorEnvelope)))]
pub(super) async fn get_order(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<OrderDetail>> {
    let buyer_id = buyer(&user)?;
    let id = path_id(&id, "order")?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(
        view::order(
            &mut conn,
            &state.rules,
            id,
            view::Viewer::Buyer(buyer_id),
            state.clock.now(),
        )
        .await?,
    ))
}

/// Cancels an order that has not shipped: stock restored, paid money refunded from escrow.
#[utoipa::path(post, path = "/api/orders/{id}/cancel", tag = "orders", params(("id" = i64, Path, description = "Order id")), request_body = CancelRequest, responses((status = 200, description = "The cancelled order", body = OrderDetail), (status = 404, description = "No such order of this buyer", body = ErrorEnvelope), (status = 409, description = "`not_cancellable` (shipped, completed, …) or `payment_in_progress`", body = ErrorEnvelope)))]
pub(super) async fn cancel_order(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<CancelRequest>,
) -> ApiResult<Json<OrderDetail>> {
    let buyer_id = buyer(&user)?;
    let id = path_id(&id, "order")?;
    Ok(Json(
        cancel::cancel(&state, buyer_id, id, request.reason.as_deref()).await?,
    ))
}

/// Confirms receipt: the escrow is released to the seller and the payout scheduled (ORD-2).
#[utoipa::path(post, path = "/api/orders/{id}/confirm-receipt", tag = "orders", params(("id" = i64, Path, description = "Order id")), responses((status = 200, description = "The completed order", body = OrderDetail), (status = 404, description = "No such order of this buyer", body = ErrorEnvelope), (status = 409, description = "`not_confirmable`: not shipped yet, or already completed", body = ErrorEnvelope)))]
pub(super) async fn confirm_receipt(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<OrderDetail>> {
    let buyer_id = buyer(&user)?;
    let id = path_id(&id, "order")?;
    Ok(Json(escrow::confirm_receipt(&state, buyer_id, id).await?))
}

/// One checkout: its orders (one per shop), totals and payment state.
#[utoipa::path(get, path = "/api/order-groups/{id}", tag = "orders", params(("id" = i64, Path, description = "Order group id")), responses((status = 200, description = "The group", body = OrderGroup), (status = 404, description = "No such group of this buyer", body = ErrorEnvelope)))]
pub(super) async fn get_order_group(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<OrderGroup>> {
    let buyer_id = buyer(&user)?;
    let id = path_id(&id, "order group")?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(
        view::group(&mut conn, &state.rules, id, buyer_id, state.clock.now()).await?,
    ))
}

/// Pays the whole group with a card; the money is held in escrow per order (ORD-2). Card data goes to the
/// payment provider only; the server keeps the brand and last four digits (ORD-6). Paying a paid group
/// answers it again without charging (a double click never charges twice).
#[utoipa::path(post, path = "/api/order-groups/{id}/payment", tag = "orders", params(("id" = i64, Path, description = "Order group id")), request_body = PaymentRequest, responses(
    (status = 200, description = "Paid: every order `paid`, funds held in escrow", body = OrderGroup),
    (status = 400, description = "`invalid_input`: card number (Luhn), expiry or CVC; fields `card.number`, `card.exp_month`, `card.exp_year`, `card.cvc`", body = ErrorEnvelope),
    (status = 402, description = "`card_declined`; the field `card` carries the issuer's reason", body = ErrorEnvelope),
    (status = 404, description = "No such group of this buyer", body = ErrorEnvelope),
    (status = 409, description = "`not_payable` (expired or cancelled) or `payment_in_progress`", body = ErrorEnvelope),
    (status = 503, description = "`payment_retry`: a temporary failure, nothing charged; retry after `Retry-After` seconds", body = ErrorEnvelope)))]
pub(super) async fn create_payment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<PaymentRequest>,
) -> ApiResult<Json<OrderGroup>> {
    let buyer_id = buyer(&user)?;
    let id = path_id(&id, "order group")?;
    Ok(Json(
        payment::pay(&state, buyer_id, id, request.card).await?,
    ))
}
