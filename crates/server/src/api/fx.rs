//! Reference exchange rates (ORD-4): `GET /api/fx` for everyone, `POST /api/admin/fx` to import an ECB file.

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    fx::{self, DailyRates},
};
use axum::{
    Json, Router,
    extract::State,
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use caravan_types::api::ErrorEnvelope;
use caravan_types::{Currency, account::Role, fx::FxRates};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/fx", get(get_rates))
        .route("/admin/fx", post(create_rates))
}

fn payload(rates: DailyRates) -> FxRates {
    FxRates {
        date: rates.date,
        base: Currency::EUR,
        rates: rates.micros_per_eur,
    }
}

#[utoipa::path(get, path = "/api/fx", tag = "catalogue", responses((status = 200, description = "Reference rates of the latest day: millionths of a unit per EUR", body = Object), (status = 404, description = "No rates stored", body = ErrorEnvelope)))]
pub(super) async fn get_rates(State(state): State<AppState>) -> ApiResult<Response> {
    let rates = fx::latest(&state.pool)
        .await?
        .ok_or(AppError::NotFound("exchange rates"))?;
    let date = rates.date.clone();
    let mut response = Json(payload(rates)).into_response();
    // Rates change once a day; an hour of caching keeps the catalogue fast and the figures fresh enough.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    if let Ok(etag) = HeaderValue::from_str(&format!("\"{date}\"")) {
        response.headers_mut().insert(header::ETAG, etag);
    }
    Ok(response)
}

/// Imports an ECB daily file sent as `application/xml` (or `text/xml`).
#[utoipa::path(post, path = "/api/admin/fx", tag = "admin", request_body(content = String, content_type = "application/xml", description = "An ECB eurofxref-daily.xml file"), responses((status = 200, description = "The imported rates", body = Object), (status = 400, description = "Bad input", body = ErrorEnvelope), (status = 403, description = "Not an admin", body = ErrorEnvelope), (status = 415, description = "Not XML", body = ErrorEnvelope)))]
pub(super) async fn create_rates(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    body: String,
) -> ApiResult<Json<FxRates>> {
    require_role(&user, &[Role::Admin])?;
    let xml_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/xml") || v.starts_with("text/xml"));
    if !xml_type {
        return Err(AppError::UnsupportedMediaType);
    }
    let rates = fx::parse_ecb(&body)
        .map_err(|e| AppError::bad_field("body", "invalid_ecb_file", e.to_string()))?;
    fx::store(&state.pool, &rates).await?;
    Ok(Json(payload(rates)))
}
