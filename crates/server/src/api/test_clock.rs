//! Test mode only (`--test-clock`): an admin moves the clock forward and every deadline is applied at the
//! new time, so end-to-end tests can walk an order through its life. Without test mode the route answers
//! 404 like any unknown path.

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    deadlines::{self, SweepReport},
    error::{ApiResult, AppError},
    extract::ApiJson,
};
use axum::{Json, Router, extract::State, routing::post};
use caravan_types::{account::Role, api::ErrorEnvelope};
use serde::{Deserialize, Serialize};

pub fn router() -> Router<AppState> {
    Router::new().route("/admin/clock/advance", post(advance_clock))
}

/// `POST /api/admin/clock/advance`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AdvanceRequest {
    /// Seconds to move forward, 0 … 3,153,600,000 (about 100 years); 0 just runs the sweep.
    seconds: i64,
}

/// Answer: the new time and what the sweep changed.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(super) struct AdvanceResult {
    /// The clock now (Unix seconds).
    now: i64,
    /// Objects changed by each deadline step.
    sweep: SweepReport,
}

/// Test mode: advances the clock and applies every deadline.
#[utoipa::path(post, path = "/api/admin/clock/advance", tag = "admin", request_body = AdvanceRequest, responses((status = 200, description = "The new time and the sweep's changes", body = AdvanceResult), (status = 400, description = "Seconds out of range", body = ErrorEnvelope), (status = 403, description = "Not an admin", body = ErrorEnvelope), (status = 404, description = "The server is not in test mode", body = ErrorEnvelope)))]
pub(super) async fn advance_clock(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<AdvanceRequest>,
) -> ApiResult<Json<AdvanceResult>> {
    let clock = state
        .test_clock
        .clone()
        .ok_or(AppError::NotFound("route"))?;
    require_role(&user, &[Role::Admin])?;
    if !(0..=3_153_600_000).contains(&request.seconds) {
        return Err(AppError::bad_field(
            "seconds",
            "out_of_range",
            "0 to 3153600000 seconds",
        ));
    }
    clock.advance(request.seconds);
    let now = state.clock.now();
    let sweep = deadlines::sweep(&state, now).await?;
    Ok(Json(AdvanceResult { now, sweep }))
}
