//! `GET /api/policy`: the rule policy the server judges by, so the browser's engine gives the same verdicts.
//!
//! The app caches it and compares versions: verdicts always name the version that produced them.

use crate::AppState;
use axum::{
    Json, Router,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/policy", get(get_policy))
}

#[utoipa::path(get, path = "/api/policy", tag = "rules", responses((status = 200, description = "The rule policy document; ETag is its version", body = Object), (status = 304, description = "The client has this version")))]
pub(super) async fn get_policy(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let version = state.rules.version();
    let etag = format!("\"{version}\"");
    // A client that already has this version gets a 304 and keeps its compiled matcher.
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let mut response = Json(state.rules.policy()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    response
}
