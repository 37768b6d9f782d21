//! `POST /api/cart/quote` (ORD-1, ORD-4): what a cart costs, delivered to a country, computed by the server.

use crate::{
    AppState,
    auth::CurrentUser,
    error::ApiResult,
    extract::ApiJson,
    orders::quote::{self, QuoteInput},
};
use axum::{Json, Router, extract::State, routing::post};
use caravan_types::{
    api::ErrorEnvelope,
    order::{Quote, QuoteRequest},
};

pub fn router() -> Router<AppState> {
    Router::new().route("/cart/quote", post(create_quote))
}

/// Prices a cart: line prices from the catalogue, promotion discounts, shipping to the destination per the
/// seller's template, totals per shop and overall in USD and, when asked, in a display currency at the
/// day's rate. Problems are reported per line (`problems`), not as errors, so the cart can show them.
/// Open to everyone; a signed-in seller is told not to buy from their own shop.
#[utoipa::path(post, path = "/api/cart/quote", tag = "orders", request_body = QuoteRequest, responses((status = 200, description = "The priced cart; `orderable` is false when a line has a problem", body = Quote), (status = 400, description = "Bad destination, empty or oversized cart, unsupported display currency", body = ErrorEnvelope), (status = 422, description = "Malformed body", body = ErrorEnvelope)))]
pub(super) async fn create_quote(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    ApiJson(request): ApiJson<QuoteRequest>,
) -> ApiResult<Json<Quote>> {
    quote::check_country("destination", &request.destination)?;
    let rates = crate::fx::latest_table(&state.pool).await?;
    quote::check_request(&request.lines, request.display_currency, rates.as_ref())?;
    let mut conn = state.pool.acquire().await?;
    let quote = quote::compute(
        &mut conn,
        &state.rules,
        rates.as_ref(),
        QuoteInput {
            destination: &request.destination,
            display_currency: request.display_currency,
            lines: &request.lines,
            buyer_id: user.map(|u| u.0.id.0),
        },
        state.clock.now(),
    )
    .await?;
    Ok(Json(quote))
}
