//! `GET /api/health`: is the server up and can it read its database.

use crate::{AppState, error::ApiResult};
use axum::{Json, Router, extract::State, routing::get};
use caravan_types::api::Health;

pub fn router() -> Router<AppState> {
    Router::new().route("/health", get(get_health))
}

#[utoipa::path(get, path = "/api/health", tag = "catalogue", responses((status = 200, description = "The server and its database are up", body = Health)))]
pub(super) async fn get_health(State(state): State<AppState>) -> ApiResult<Json<Health>> {
    let listings: i64 =
        sqlx::query_scalar("SELECT count(*) FROM listings WHERE status = 'published'")
            .fetch_one(&state.pool)
            .await?;
    Ok(Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        listings: u64::try_from(listings).unwrap_or(0),
    }))
}
