//! The JSON API under `/api/`: one module per resource, merged here.

mod account;
mod admin_disputes;
mod admin_penalties;
mod admin_promotions;
mod admin_shops;
mod auth;
mod cart;
mod catalogue;
mod dispute_images;
mod disputes;
mod flash_deals;
mod fx;
mod health;
mod notifications;
mod orders;
mod own_shop;
mod penalties;
mod policy;
mod promotions;
mod review;
mod reviews;
mod search;
mod seller_images;
pub(crate) mod seller_listings;
mod seller_orders;
mod seller_shop;
mod shop_documents;
mod suggestions;
mod test_clock;

pub(crate) use promotions::session_length as flash_session_length;

use crate::{AppState, error::AppError};
use axum::{Json, Router, http::Method, routing::get};
use utoipa::OpenApi;

/// All API routes; unknown paths answer with the error envelope, not the app's HTML.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(get_openapi))
        .merge(auth::router())
        .merge(account::router())
        .merge(fx::router())
        .merge(health::router())
        .merge(catalogue::router())
        .merge(policy::router())
        .merge(search::router())
        .merge(suggestions::router())
        .merge(seller_images::router())
        .merge(seller_listings::router())
        .merge(seller_shop::router())
        .merge(admin_shops::router())
        .merge(shop_documents::router())
        .merge(cart::router())
        .merge(penalties::router())
        .merge(admin_penalties::router())
        .merge(promotions::router())
        .merge(admin_promotions::router())
        .merge(flash_deals::router())
        .merge(orders::router())
        .merge(seller_orders::router())
        .merge(notifications::router())
        .merge(test_clock::router())
        .merge(reviews::router())
        .merge(disputes::router())
        .merge(dispute_images::router())
        .merge(admin_disputes::router())
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

/// The machine-readable description of every route above, generated from the handlers and payload types.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Caravan API",
        description = "Errors share one envelope: {\"error\": {code, message, fields, verdicts?, current_version?}}. \
State-changing requests need the header `X-Caravan-Csrf: 1`; sessions are HttpOnly cookies."
    ),
    paths(
        get_openapi,
        health::get_health,
        catalogue::list_categories,
        catalogue::get_listing,
        search::list_listings,
        search::search_listings,
        suggestions::suggest,
        policy::get_policy,
        fx::get_rates,
        fx::create_rates,
        auth::create_account,
        auth::create_session_for_login,
        auth::delete_session,
        auth::get_me,
        account::get_profile,
        account::update_profile,
        account::list_addresses,
        account::create_address,
        account::update_address,
        account::delete_address,
        seller_listings::list_listings,
        seller_listings::create_listing,
        seller_listings::get_listing,
        seller_listings::update_listing,
        seller_listings::publish_listing,
        seller_listings::unpublish_listing,
        seller_listings::get_listing_facts,
        seller_shop::create_email_verification,
        seller_shop::confirm_email_verification,
        seller_shop::get_shop_name_check,
        seller_shop::get_shop,
        seller_shop::create_shop,
        seller_images::create_image,
        admin_shops::list_shops,
        admin_shops::approve_shop,
        admin_shops::reject_shop,
        admin_shops::list_outbox,
        shop_documents::list_documents,
        shop_documents::create_document,
        shop_documents::list_documents_for_review,
        shop_documents::approve_document,
        shop_documents::reject_document,
        cart::create_quote,
        penalties::list_penalties,
        penalties::create_appeal,
        admin_penalties::create_penalty,
        admin_penalties::list_penalties,
        admin_penalties::lift_penalty,
        admin_penalties::list_appeals,
        admin_penalties::approve_appeal,
        admin_penalties::reject_appeal,
        promotions::list_promotions,
        promotions::get_promotion,
        promotions::create_promotion,
        promotions::update_promotion,
        promotions::withdraw_promotion,
        promotions::list_listing_commitments,
        admin_promotions::list_promotions,
        admin_promotions::approve_promotion,
        admin_promotions::reject_promotion,
        flash_deals::list_flash_deals,
        flash_deals::get_running_flash_deals,
        orders::create_order,
        orders::list_orders,
        orders::get_order,
        orders::cancel_order,
        orders::confirm_receipt,
        orders::get_order_group,
        orders::create_payment,
        seller_orders::list_orders,
        seller_orders::get_order,
        seller_orders::create_shipment,
        seller_orders::create_tracking_event,
        notifications::list_notifications,
        notifications::mark_read,
        test_clock::advance_clock,
        reviews::create_order_review,
        reviews::get_order_review,
        reviews::list_listing_reviews,
        reviews::get_service_score,
        reviews::list_service_weeks,
        disputes::create_dispute,
        disputes::list_disputes,
        disputes::get_dispute,
        disputes::create_message,
        disputes::create_offer,
        disputes::accept_offer,
        disputes::escalate_dispute,
        disputes::withdraw_dispute,
        dispute_images::create_evidence_image,
        admin_disputes::list_disputes,
        admin_disputes::decide_dispute,
    ),
    tags(
        (name = "catalogue", description = "What is for sale"),
        (name = "accounts", description = "Registration, sessions (REG-2), the profile, preferences and address book"),
        (name = "seller", description = "Seller onboarding and listings"),
        (name = "admin", description = "The platform console"),
        (name = "rules", description = "The rule policy"),
        (name = "orders", description = "Cart, orders, payment in escrow and fulfilment (ORD-1 … ORD-6)"),
        (name = "trust", description = "Penalties, appeals, promotions, disputes and reviews"),
    )
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/openapi.json", tag = "catalogue", responses((status = 200, description = "This OpenAPI 3.1 document", body = Object)))]
async fn get_openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
