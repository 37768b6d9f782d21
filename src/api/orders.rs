//! The cart quote, placing orders and paying for them (ORD-1 … ORD-6).

use super::{Error, get_json, send_json};
use caravan_types::{
    OrderGroupId,
    order::{CardDetails, OrderGroup, PaymentRequest, PlaceOrderRequest, Quote, QuoteRequest},
};
use gloo_net::http::Method;

/// `POST /api/cart/quote`: the cart priced by the server for a destination (anyone may ask).
pub async fn quote(request: &QuoteRequest) -> Result<Quote, Error> {
    send_json(Method::POST, "/api/cart/quote", request, &[]).await
}

/// `POST /api/orders`: places the cart as one order per shop. The server answers a repeated `key` with
/// the group it placed the first time, so a retry after a lost answer never orders twice.
pub async fn place_order(request: &PlaceOrderRequest, key: &str) -> Result<OrderGroup, Error> {
    send_json(
        Method::POST,
        "/api/orders",
        request,
        &[("Idempotency-Key", key)],
    )
    .await
}

/// `GET /api/order-groups/{id}`: a checkout's orders, totals and payment state (owner only).
pub async fn get_order_group(id: OrderGroupId) -> Result<OrderGroup, Error> {
    get_json(&format!("/api/order-groups/{id}")).await
}

/// `POST /api/order-groups/{id}/payment`: pays the group with `card` into escrow. The server charges a
/// group once: paying a paid group answers it again.
pub async fn pay(id: OrderGroupId, card: CardDetails) -> Result<OrderGroup, Error> {
    send_json(
        Method::POST,
        &format!("/api/order-groups/{id}/payment"),
        &PaymentRequest { card },
        &[],
    )
    .await
}
