//! The cart quote, orders, payment and the notification feed (ORD-1 … ORD-6).

use super::{Error, send_json};
use caravan_types::order::{Quote, QuoteRequest};
use gloo_net::http::Method;

/// `POST /api/cart/quote`: the cart priced by the server for a destination (anyone may ask).
pub async fn quote(request: &QuoteRequest) -> Result<Quote, Error> {
    send_json(Method::POST, "/api/cart/quote", request, &[]).await
}
