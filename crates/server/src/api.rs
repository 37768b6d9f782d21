//! The JSON API under `/api/`: one module per resource, merged here.

mod admin_shops;
mod auth;
mod catalogue;
mod fx;
mod health;
mod policy;
mod search;
mod seller_images;
mod seller_listings;
mod seller_shop;

use crate::{AppState, error::AppError};
use axum::{Router, http::Method};

/// All API routes; unknown paths answer with the error envelope, not the app's HTML.
pub fn router() -> Router<AppState> {
    Router::new()
        .merge(auth::router())
        .merge(fx::router())
        .merge(health::router())
        .merge(catalogue::router())
        .merge(policy::router())
        .merge(search::router())
        .merge(seller_images::router())
        .merge(seller_listings::router())
        .merge(seller_shop::router())
        .merge(admin_shops::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(crate::auth::require_csrf_header))
        // JSON bodies are small; uploads get their own, larger limit on their routes.
        .layer(axum::extract::DefaultBodyLimit::max(256 * 1024))
}

async fn not_found() -> AppError {
    AppError::NotFound("route")
}

async fn method_not_allowed(method: Method) -> AppError {
    AppError::MethodNotAllowed(method.to_string())
}
