//! CSRF guard: every state-changing API request must carry `X-Caravan-Csrf: 1`.
//!
//! A page on another origin cannot add a custom header to a cross-site request without a CORS preflight,
//! which this server never grants, so a forged form post or `fetch` cannot pass. GETs never change state.

use crate::error::AppError;
use axum::{
    extract::Request,
    http::Method,
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The header the app sends with every state-changing request.
pub const CSRF_HEADER: &str = "x-caravan-csrf";

/// Middleware refusing unsafe methods without the CSRF header.
pub async fn require_csrf_header(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && request.headers().get(CSRF_HEADER).is_none_or(|v| v != "1") {
        return AppError::Forbidden {
            code: "csrf_check_failed",
            message: format!("state-changing requests must send the `{CSRF_HEADER}: 1` header"),
        }
        .into_response();
    }
    next.run(request).await
}
