//! The seller's side of penalties (PEN-1 … PEN-5): the shop's standing and penalties with their
//! statements of reasons, and appeals (PEN-3).

use super::own_shop::{own_shop_id, path_id, text_field};
use crate::{
    AppState,
    auth::CurrentUser,
    error::{ApiResult, AppError},
    extract::ApiJson,
    trust::{penalties, standing},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
};
use caravan_types::{
    api::ErrorEnvelope,
    penalty::{AppealRequest, Penalty, SellerPenalties},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/seller/penalties", get(list_penalties))
        .route("/seller/penalties/{id}/appeal", post(create_appeal))
}

#[utoipa::path(get, path = "/api/seller/penalties", tag = "seller", responses((status = 200, description = "The shop's standing and its penalties, newest first", body = SellerPenalties), (status = 403, description = "Not a seller", body = ErrorEnvelope)))]
pub(super) async fn list_penalties(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<SellerPenalties>> {
    let shop = own_shop_id(&state, &user).await?;
    let now = state.clock.now();
    let mut conn = state.pool.acquire().await?;
    let standing = standing::of_shop(&mut conn, &state.rules, shop, now).await?;
    let rows = sqlx::query(&format!(
        "{} WHERE p.shop_id = ? ORDER BY p.issued_at DESC, p.id DESC LIMIT 500",
        penalties::SELECT_PENALTY
    ))
    .bind(shop)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Json(SellerPenalties {
        standing: standing.view(),
        penalties: rows
            .iter()
            .map(|row| penalties::view(row, now))
            .collect::<ApiResult<_>>()?,
    }))
}

#[utoipa::path(post, path = "/api/seller/penalties/{id}/appeal", tag = "seller", params(("id" = i64, Path, description = "Penalty id")), request_body = AppealRequest, responses((status = 201, description = "Appeal filed; the penalty with it", body = Penalty), (status = 404, description = "Not one of the shop's penalties", body = ErrorEnvelope), (status = 409, description = "Already appealed", body = ErrorEnvelope), (status = 422, description = "PEN-3: too late, or lifted already", body = ErrorEnvelope)))]
pub(super) async fn create_appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<AppealRequest>,
) -> ApiResult<(StatusCode, Json<Penalty>)> {
    let shop = own_shop_id(&state, &user).await?;
    let id = path_id(&id, "penalty")?;
    let statement = text_field("statement", &request.statement, 10, 2000)?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let penalty = penalties::load(&mut tx, id, now).await?;
    if penalty.shop_id.0 != shop {
        return Err(AppError::NotFound("penalty"));
    }
    if penalty.appeal.is_some() {
        return Err(AppError::Conflict {
            code: "appeal_exists",
            message: "this penalty has been appealed already".to_owned(),
            fields: Vec::new(),
        });
    }
    let verdicts = state
        .rules
        .check_appeal(&penalties::as_rule_penalty(&penalty), now);
    if !verdicts.is_empty() {
        return Err(AppError::BlockedByRules(verdicts));
    }
    sqlx::query(
        "INSERT INTO penalty_appeals (penalty_id, shop_id, statement, status, created_at)
         VALUES (?, ?, ?, 'pending', ?)",
    )
    .bind(id)
    .bind(shop)
    .bind(statement)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let penalty = penalties::load(&mut tx, id, now).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(penalty)))
}
