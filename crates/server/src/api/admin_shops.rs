//! The platform console's shop review (SHOP-1) and the development mailbox.

use super::{
    review::{Decision, Reviewed, decide, rejection_reason},
    seller_shop::shop_view,
};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::ApiResult,
    extract::{ApiJson, ApiQuery},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    routing::{get, post},
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    shop::{Rejection, ReviewStatus, ShopView},
};
use serde::{Deserialize, Serialize};
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/shops", get(list_shops))
        .route("/admin/shops/{id}/approve", post(approve_shop))
        .route("/admin/shops/{id}/reject", post(reject_shop))
        .route("/admin/outbox", get(list_outbox))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct ShopFilter {
    /// `pending` (default), `approved` or `rejected`; anything else is refused by the query parser.
    status: Option<ReviewStatus>,
}

#[utoipa::path(get, path = "/api/admin/shops", tag = "admin", params(ShopFilter), responses((status = 200, description = "Shops in a review status", body = Vec<ShopView>)))]
pub(super) async fn list_shops(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(filter): ApiQuery<ShopFilter>,
) -> ApiResult<Json<Vec<ShopView>>> {
    require_role(&user, &[Role::Admin])?;
    let status = filter.status.unwrap_or_default().as_str();
    let rows =
        sqlx::query("SELECT * FROM shops WHERE status = ? ORDER BY created_at, id LIMIT 200")
            .bind(status)
            .fetch_all(&state.pool)
            .await?;
    rows.iter()
        .map(shop_view)
        .collect::<ApiResult<Vec<_>>>()
        .map(Json)
}

#[utoipa::path(post, path = "/api/admin/shops/{id}/approve", tag = "admin", params(("id" = i64, Path, description = "Shop id")), responses((status = 200, description = "Approved", body = ShopView), (status = 409, description = "Not pending", body = ErrorEnvelope)))]
pub(super) async fn approve_shop(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<ShopView>> {
    decide(&state, &user, Reviewed::Shop, &id, Decision::Approve)
        .await
        .and_then(|row| shop_view(&row))
        .map(Json)
}

#[utoipa::path(post, path = "/api/admin/shops/{id}/reject", tag = "admin", params(("id" = i64, Path, description = "Shop id")), request_body = Rejection, responses((status = 200, description = "Rejected with the reason", body = ShopView), (status = 409, description = "Not pending", body = ErrorEnvelope)))]
pub(super) async fn reject_shop(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(rejection): ApiJson<Rejection>,
) -> ApiResult<Json<ShopView>> {
    // The role before the reason: anyone else is told "wrong role", not how to word a rejection.
    require_role(&user, &[Role::Admin])?;
    let reason = rejection_reason(&rejection.reason)?;
    decide(&state, &user, Reviewed::Shop, &id, Decision::Reject(reason))
        .await
        .and_then(|row| shop_view(&row))
        .map(Json)
}

/// One message in the outbox.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(super) struct OutboxMessage {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
    created_at: i64,
}

#[utoipa::path(get, path = "/api/admin/outbox", tag = "admin", responses((status = 200, description = "Messages the platform would send", body = Vec<OutboxMessage>)))]
pub(super) async fn list_outbox(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<OutboxMessage>>> {
    require_role(&user, &[Role::Admin])?;
    let rows = sqlx::query("SELECT * FROM outbox ORDER BY id DESC LIMIT 100")
        .fetch_all(&state.pool)
        .await?;
    Ok(Json(
        rows.iter()
            .map(|r| OutboxMessage {
                id: r.get("id"),
                recipient: r.get("recipient"),
                subject: r.get("subject"),
                body: r.get("body"),
                created_at: r.get("created_at"),
            })
            .collect(),
    ))
}
