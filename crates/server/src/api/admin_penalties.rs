//! The platform console's side of penalties: issuing them (PEN-1, PEN-2, PEN-5, and PRM sanctions),
//! lifting them, and deciding appeals (PEN-3) through the shared review flow.

use super::{
    own_shop::{path_id, text_field},
    review::{Decision, ReviewStatus, Reviewed, decide_in, rejection_reason},
};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
    trust::{
        penalties::{self, NewPenalty},
        promotions,
    },
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    penalty::{
        AppealCase, IssuePenaltyRequest, IssuedPenalties, Penalty, PenaltyLevel, PenaltyStatus,
        ReasonRequest,
    },
};
use serde::Deserialize;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/penalties", get(list_penalties).post(create_penalty))
        .route("/admin/penalties/{id}/lift", post(lift_penalty))
        .route("/admin/appeals", get(list_appeals))
        .route("/admin/appeals/{id}/approve", post(approve_appeal))
        .route("/admin/appeals/{id}/reject", post(reject_appeal))
}

/// Rule families of RULES.md.
const FAMILIES: [&str; 8] = ["REG", "SHOP", "LST", "PRM", "ORD", "DSP", "SRV", "PEN"];

/// Whether `rule` looks like a RULES.md id (`LST-4`).
fn is_rule_id(rule: &str) -> bool {
    rule.split_once('-').is_some_and(|(family, number)| {
        FAMILIES.contains(&family)
            && (1..=2).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && number != "0"
    })
}

#[utoipa::path(post, path = "/api/admin/penalties", tag = "admin", request_body = IssuePenaltyRequest, responses((status = 201, description = "Issued, with any penalty the rules added (PEN-5 closure)", body = IssuedPenalties), (status = 400, description = "Bad input", body = ErrorEnvelope), (status = 404, description = "No such shop", body = ErrorEnvelope)))]
pub(super) async fn create_penalty(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<IssuePenaltyRequest>,
) -> ApiResult<(StatusCode, Json<IssuedPenalties>)> {
    require_role(&user, &[Role::Admin])?;
    let rule = request.rule.trim().to_owned();
    if !is_rule_id(&rule) {
        return Err(AppError::bad_field(
            "rule",
            "unknown_rule",
            "name a RULES.md rule id such as `LST-4`",
        ));
    }
    let facts = text_field("facts", &request.facts, 10, 2000)?;
    let now = state.clock.now();
    let engine = &state.rules;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let shop: Option<i64> = sqlx::query_scalar("SELECT id FROM shops WHERE id = ?")
        .bind(request.shop_id.0)
        .fetch_optional(&mut *tx)
        .await?;
    let shop = shop.ok_or(AppError::NotFound("shop"))?;
    if let Some(promotion) = request.promotion_id {
        let owner: Option<i64> = sqlx::query_scalar("SELECT shop_id FROM promotions WHERE id = ?")
            .bind(promotion)
            .fetch_optional(&mut *tx)
            .await?;
        if owner != Some(shop) {
            return Err(AppError::bad_field(
                "promotion_id",
                "not_in_shop",
                "the promotion is not one of this shop's",
            ));
        }
    }
    let (level, expires_at) = if rule.starts_with("PRM-") {
        // PRM-2 … PRM-6: the policy's sanction, not the ladder: removal from the promotion and a ban.
        let sanction = engine.policy().sanction(&rule);
        if sanction.remove {
            match request.promotion_id {
                Some(promotion) => {
                    let listing = request.listing_id.map(|l| l.0);
                    promotions::remove_goods(&mut tx, promotion, listing, &rule, now).await?;
                }
                None => {
                    let running: Vec<i64> = sqlx::query_scalar(
                        "SELECT id FROM promotions WHERE shop_id = ? AND status IN ('pending', 'approved')
                         AND ends_at > ?",
                    )
                    .bind(shop)
                    .bind(now)
                    .fetch_all(&mut *tx)
                    .await?;
                    for promotion in running {
                        promotions::remove_goods(&mut tx, promotion, None, &rule, now).await?;
                    }
                }
            }
        }
        let ban = engine
            .promotion_sanction(&[penalties::staff_fact(engine, &rule, "shop", &facts)], now)
            .ban_until;
        match ban {
            Some(until) => (PenaltyLevel::PromotionBan, Some(until)),
            None => (PenaltyLevel::Warning, None),
        }
    } else {
        match request.level {
            Some(PenaltyLevel::PromotionBan) => {
                return Err(AppError::bad_field(
                    "level",
                    "prm_only",
                    "a promotion ban follows from a PRM rule; name the rule instead",
                ));
            }
            Some(level) => (level, penalties::expiry_of(engine, level, now)),
            None => penalties::ladder(&mut tx, engine, shop, &rule, request.serious, now).await?,
        }
    };
    let field = match request.listing_id {
        Some(listing) => format!("listings[{listing}]"),
        None => "shop".to_owned(),
    };
    let new = NewPenalty {
        shop_id: shop,
        level,
        rule: rule.clone(),
        facts: facts.clone(),
        verdicts: vec![penalties::staff_fact(engine, &rule, &field, &facts)],
        automated: false,
        issued_by: Some(user.0.id.0),
        expires_at,
        ip_strike: request.ip_strike,
        // A promotion ban takes goods out of promotions, not listings out of the catalogue.
        listing_id: if rule.starts_with("PRM-") {
            None
        } else {
            request.listing_id.map(|l| l.0)
        },
        promotion_id: request.promotion_id,
    };
    let ids = penalties::record(&mut tx, engine, &new, now).await?;
    let mut issued = Vec::new();
    for id in &ids {
        issued.push(penalties::load(&mut tx, *id, now).await?);
    }
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    let mut issued = issued.into_iter();
    let penalty = issued
        .next()
        .ok_or_else(|| AppError::Internal("no penalty recorded".to_owned()))?;
    Ok((
        StatusCode::CREATED,
        Json(IssuedPenalties {
            penalty,
            consequences: issued.collect(),
        }),
    ))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct PenaltyFilter {
    /// Only this shop's.
    shop_id: Option<i64>,
    /// Only penalties with this status (as of now).
    status: Option<PenaltyStatus>,
}

#[utoipa::path(get, path = "/api/admin/penalties", operation_id = "list_penalties_for_admin", tag = "admin", params(PenaltyFilter), responses((status = 200, description = "Penalties, newest first (at most 200)", body = Vec<Penalty>)))]
pub(super) async fn list_penalties(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(filter): ApiQuery<PenaltyFilter>,
) -> ApiResult<Json<Vec<Penalty>>> {
    require_role(&user, &[Role::Admin])?;
    let now = state.clock.now();
    let status_sql = match filter.status {
        None => "1",
        Some(PenaltyStatus::Lifted) => "p.status = 'lifted'",
        Some(PenaltyStatus::Expired) => {
            "p.status <> 'lifted' AND p.expires_at IS NOT NULL AND p.expires_at <= ?2"
        }
        Some(PenaltyStatus::Active) => {
            "p.status <> 'lifted' AND (p.expires_at IS NULL OR p.expires_at > ?2)"
        }
    };
    let rows = sqlx::query(&format!(
        "{} WHERE (?1 IS NULL OR p.shop_id = ?1) AND {status_sql} ORDER BY p.issued_at DESC, p.id DESC LIMIT 200",
        penalties::SELECT_PENALTY
    ))
    .bind(filter.shop_id)
    .bind(now)
    .fetch_all(&state.pool)
    .await?;
    rows.iter()
        .map(|row| penalties::view(row, now))
        .collect::<ApiResult<Vec<_>>>()
        .map(Json)
}

#[utoipa::path(post, path = "/api/admin/penalties/{id}/lift", tag = "admin", params(("id" = i64, Path, description = "Penalty id")), request_body = ReasonRequest, responses((status = 200, description = "Lifted", body = Penalty), (status = 409, description = "Lifted already", body = ErrorEnvelope)))]
pub(super) async fn lift_penalty(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<ReasonRequest>,
) -> ApiResult<Json<Penalty>> {
    require_role(&user, &[Role::Admin])?;
    let id = path_id(&id, "penalty")?;
    let reason = rejection_reason(&request.reason)?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    penalties::lift(&mut tx, id, user.0.id.0, &reason, now).await?;
    let penalty = penalties::load(&mut tx, id, now).await?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    Ok(Json(penalty))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct AppealFilter {
    /// `pending` (default), `approved` (lifted) or `rejected` (upheld).
    status: Option<ReviewStatus>,
}

#[utoipa::path(get, path = "/api/admin/appeals", tag = "admin", params(AppealFilter), responses((status = 200, description = "Appeals with their penalties, oldest first", body = Vec<AppealCase>)))]
pub(super) async fn list_appeals(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(filter): ApiQuery<AppealFilter>,
) -> ApiResult<Json<Vec<AppealCase>>> {
    require_role(&user, &[Role::Admin])?;
    let now = state.clock.now();
    let rows = sqlx::query(&format!(
        "{} JOIN shops s ON s.id = p.shop_id WHERE a.status = ? ORDER BY a.created_at, a.id LIMIT 200",
        penalties::SELECT_PENALTY.replace("SELECT p.*", "SELECT p.*, s.name AS shop_name")
    ))
    .bind(filter.status.unwrap_or_default().as_str())
    .fetch_all(&state.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let penalty = penalties::view(row, now)?;
            Ok(AppealCase {
                appeal: penalty
                    .appeal
                    .clone()
                    .ok_or_else(|| AppError::Internal("appeal row without appeal".to_owned()))?,
                penalty,
                shop_name: row.get("shop_name"),
            })
        })
        .collect::<ApiResult<Vec<_>>>()
        .map(Json)
}

#[utoipa::path(post, path = "/api/admin/appeals/{id}/approve", tag = "admin", params(("id" = i64, Path, description = "Appeal id")), responses((status = 200, description = "Appeal granted; the penalty, lifted", body = Penalty), (status = 409, description = "Decided already", body = ErrorEnvelope)))]
pub(super) async fn approve_appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Penalty>> {
    decide_appeal(&state, &user, &id, Decision::Approve).await
}

#[utoipa::path(post, path = "/api/admin/appeals/{id}/reject", tag = "admin", params(("id" = i64, Path, description = "Appeal id")), request_body = ReasonRequest, responses((status = 200, description = "Appeal refused; the penalty stands, with the reason", body = Penalty), (status = 409, description = "Decided already", body = ErrorEnvelope)))]
pub(super) async fn reject_appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<ReasonRequest>,
) -> ApiResult<Json<Penalty>> {
    // The role before the reason: anyone else is told "wrong role", not how to word a rejection.
    require_role(&user, &[Role::Admin])?;
    let reason = rejection_reason(&request.reason)?;
    decide_appeal(&state, &user, &id, Decision::Reject(reason)).await
}

/// PEN-3: records the decision and, when granted, lifts the penalty in the same transaction.
async fn decide_appeal(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    decision: Decision,
) -> ApiResult<Json<Penalty>> {
    require_role(user, &[Role::Admin])?;
    let now = state.clock.now();
    let granted = matches!(decision, Decision::Approve);
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row = decide_in(&mut tx, user, Reviewed::Appeal, id, decision, now).await?;
    let penalty_id: i64 = row.get("penalty_id");
    if granted {
        penalties::lift(&mut tx, penalty_id, user.0.id.0, "lifted on appeal", now).await?;
    }
    let penalty = penalties::load(&mut tx, penalty_id, now).await?;
    crate::notify::notify_shop(
        &mut tx,
        penalty.shop_id.0,
        "appeal_decided",
        serde_json::json!({"appeal_id": row.get::<i64, _>("id"), "penalty_id": penalty_id,
                           "decision": if granted { "lifted" } else { "upheld" }}),
        now,
    )
    .await?;
    tx.commit().await?;
    if granted {
        state.catalogue_cache.invalidate();
    }
    Ok(Json(penalty))
}
