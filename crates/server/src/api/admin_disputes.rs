//! The platform's arbitration (DSP-3, DSP-4): the queue of escalated disputes by priority and deadline,
//! each with both sides' evidence, and the decision with its refund applied to the escrow.

use super::{own_shop::path_id, review::rejection_reason};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
    trust::disputes::{self, Decision},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    routing::{get, post},
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    dispute::{Dispute, DisputeDecisionRequest, DisputeParty, DisputeStatus},
};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/disputes", get(list_disputes))
        .route("/admin/disputes/{id}/decide", post(decide_dispute))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct DisputeFilter {
    /// `arbitration` (default): the queue; or any other status.
    status: Option<DisputeStatus>,
}

#[utoipa::path(get, path = "/api/admin/disputes", operation_id = "list_disputes_for_arbitration", tag = "admin", params(DisputeFilter), responses((status = 200, description = "Disputes, most urgent first (DSP-4 priority, then deadline)", body = Vec<Dispute>)))]
pub(super) async fn list_disputes(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(filter): ApiQuery<DisputeFilter>,
) -> ApiResult<Json<Vec<Dispute>>> {
    require_role(&user, &[Role::Admin])?;
    let status = match filter.status.unwrap_or(DisputeStatus::Arbitration) {
        DisputeStatus::AwaitingSeller => "awaiting_seller",
        DisputeStatus::Negotiating => "negotiating",
        DisputeStatus::Arbitration => "arbitration",
        DisputeStatus::Resolved => "resolved",
    };
    let now = state.clock.now();
    let mut conn = state.pool.acquire().await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM disputes WHERE status = ?
         ORDER BY priority, coalesce(arbitration_deadline, response_deadline), id LIMIT 200",
    )
    .bind(status)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for id in ids {
        out.push(disputes::view(&mut conn, &state.rules, id, now).await?);
    }
    Ok(Json(out))
}

#[utoipa::path(post, path = "/api/admin/disputes/{id}/decide", tag = "admin", params(("id" = i64, Path, description = "Dispute id")), request_body = DisputeDecisionRequest, responses((status = 200, description = "Decided; the refund or release applied to the escrow", body = Dispute), (status = 400, description = "Bad refund or reason", body = ErrorEnvelope), (status = 409, description = "Not in arbitration", body = ErrorEnvelope)))]
pub(super) async fn decide_dispute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<DisputeDecisionRequest>,
) -> ApiResult<Json<Dispute>> {
    require_role(&user, &[Role::Admin])?;
    let id = path_id(&id, "dispute")?;
    let reason = rejection_reason(&request.reason)?;
    let decision = match (request.favour, request.refund_minor) {
        (DisputeParty::Buyer, refund_minor) => Decision::ForBuyer { refund_minor },
        (DisputeParty::Seller, None) => Decision::ForSeller,
        (DisputeParty::Seller, Some(_)) => {
            return Err(AppError::bad_field(
                "refund_minor",
                "not_for_seller",
                "a decision for the seller refunds nothing",
            ));
        }
        (DisputeParty::Platform, _) => {
            return Err(AppError::bad_field(
                "favour",
                "invalid",
                "decide for the buyer or the seller",
            ));
        }
    };
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let case = disputes::current(&mut tx, id).await?;
    disputes::decide(
        &mut tx,
        &state.rules,
        &case,
        user.0.id.0,
        decision,
        &reason,
        now,
    )
    .await
    .map_err(refund_field)?;
    let dispute = disputes::view(&mut tx, &state.rules, id, now).await?;
    tx.commit().await?;
    crate::orders::payment::send_pending_refunds(&state).await?;
    Ok(Json(dispute))
}

/// The shared remedy check names its field `remedy.amount_minor` (the parties' offers); this request calls
/// the amount `refund_minor`, so the console can show the problem at the field the staff typed it in.
fn refund_field(error: AppError) -> AppError {
    match error {
        AppError::BadRequest {
            code,
            message,
            mut fields,
        } => {
            for field in &mut fields {
                if field.path == "remedy.amount_minor" {
                    field.path = "refund_minor".to_owned();
                }
            }
            AppError::BadRequest {
                code,
                message,
                fields,
            }
        }
        other => other,
    }
}
