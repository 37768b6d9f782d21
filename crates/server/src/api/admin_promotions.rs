//! The platform console's promotion review (PRM-1) through the shared review flow. Approval re-checks the
//! goods (PRM-3 infringing goods, PRM-5 forced bundling), overlaps and the flash session's capacity (PRM-7),
//! and records each listing as it is now: PRM-2 holds later edits to it.

use super::{
    own_shop::path_id,
    promotions::{listing_ids, recheck_for_approval, seller_draft, view},
    review::{Decision, ReviewStatus, Reviewed, decide_in, rejection_reason},
};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
    trust::{promotions, standing},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    routing::{get, post},
};
use caravan_rules::promotion::{
    PromotedListing, Promotion as RulePromotion, PromotionStatus as RuleStatus,
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    penalty::ReasonRequest,
    promotion::{Promotion, PromotionStatus},
};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/promotions", get(list_promotions))
        .route("/admin/promotions/{id}/approve", post(approve_promotion))
        .route("/admin/promotions/{id}/reject", post(reject_promotion))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct PromotionFilter {
    /// `pending` (default), `approved` or `rejected`.
    status: Option<ReviewStatus>,
}

#[utoipa::path(get, path = "/api/admin/promotions", operation_id = "list_promotions_for_review", tag = "admin", params(PromotionFilter), responses((status = 200, description = "Promotions in a review status, oldest first", body = Vec<Promotion>)))]
pub(super) async fn list_promotions(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(filter): ApiQuery<PromotionFilter>,
) -> ApiResult<Json<Vec<Promotion>>> {
    require_role(&user, &[Role::Admin])?;
    let mut conn = state.pool.acquire().await?;
    let rows =
        sqlx::query("SELECT * FROM promotions WHERE status = ? ORDER BY starts_at, id LIMIT 200")
            .bind(filter.status.unwrap_or_default().as_str())
            .fetch_all(&mut *conn)
            .await?;
    let mut out = Vec::new();
    for row in &rows {
        out.push(view(&mut conn, row, state.clock.now()).await?);
    }
    Ok(Json(out))
}

#[utoipa::path(post, path = "/api/admin/promotions/{id}/approve", tag = "admin", params(("id" = i64, Path, description = "Promotion id")), responses((status = 200, description = "Approved; its goods are now held to PRM-2", body = Promotion), (status = 409, description = "Not pending, ended, or overlapping an approved promotion", body = ErrorEnvelope), (status = 422, description = "PRM-3/PRM-5 goods or a full flash session (PRM-7)", body = ErrorEnvelope)))]
pub(super) async fn approve_promotion(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Promotion>> {
    require_role(&user, &[Role::Admin])?;
    let id = path_id(&id, "promotion")?;
    let now = state.clock.now();
    let engine = &state.rules;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row = sqlx::query("SELECT * FROM promotions WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound("promotion"))?;
    let promotion = view(&mut tx, &row, now).await?;
    if promotion.status == PromotionStatus::Pending {
        if promotion.ends_at <= now {
            return Err(AppError::Conflict {
                code: "promotion_closed",
                message: "the promotion's period is over".to_owned(),
                fields: Vec::new(),
            });
        }
        standing::of_shop(&mut tx, engine, promotion.shop_id.0, now)
            .await?
            .require_promote()?;
        recheck_for_approval(&mut tx, engine, &promotion).await?;
        // PRM-3 and PRM-5 judge the goods themselves, before they are held to anything.
        let brands = promotions::authorised_brands(&mut tx, promotion.shop_id.0).await?;
        let mut verdicts = Vec::new();
        let mut snapshots = Vec::new();
        for listing in listing_ids(&promotion.items) {
            let draft = seller_draft(&mut tx, listing).await?;
            let shipping =
                promotions::cheapest_shipping(&mut tx, draft.shipping_template_id).await?;
            let terms = promotions::enrolment(&mut tx, id, listing, promotion.discount).await?;
            let goods = PromotedListing {
                listing: draft.clone(),
                shipping_cost_minor: shipping,
                enrolment: Some(terms),
                authorised_brands: brands.clone(),
            };
            verdicts.extend(engine.check_promotion_edit(
                &goods,
                &goods,
                &RulePromotion {
                    status: RuleStatus::Pending,
                    goods_approved: false,
                },
            ));
            snapshots.push((listing, draft, shipping));
        }
        if !verdicts.is_empty() {
            caravan_rules::sort_verdicts(&mut verdicts);
            return Err(AppError::BlockedByRules(verdicts));
        }
        for (listing, draft, shipping) in snapshots {
            sqlx::query(
                "INSERT INTO promotion_listings (promotion_id, listing_id, draft_json, shipping_cost_minor)
                 VALUES (?, ?, ?, ?)",
            )
            .bind(id)
            .bind(listing)
            .bind(serde_json::to_string(&draft).map_err(|e| AppError::Internal(e.to_string()))?)
            .bind(shipping)
            .execute(&mut *tx)
            .await?;
        }
    }
    // The shared flow answers "not pending" for anything already decided.
    decide_in(
        &mut tx,
        &user,
        Reviewed::Promotion,
        &id.to_string(),
        Decision::Approve,
        now,
    )
    .await?;
    sqlx::query("UPDATE promotions SET version = version + 1, updated_at = ? WHERE id = ?")
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let row = sqlx::query("SELECT * FROM promotions WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    let approved = view(&mut tx, &row, now).await?;
    crate::notify::notify_shop(
        &mut tx,
        approved.shop_id.0,
        "promotion_decided",
        serde_json::json!({"promotion_id": id, "status": "approved"}),
        now,
    )
    .await?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    Ok(Json(approved))
}

#[utoipa::path(post, path = "/api/admin/promotions/{id}/reject", tag = "admin", params(("id" = i64, Path, description = "Promotion id")), request_body = ReasonRequest, responses((status = 200, description = "Rejected with the reason", body = Promotion), (status = 409, description = "Not pending", body = ErrorEnvelope)))]
pub(super) async fn reject_promotion(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<ReasonRequest>,
) -> ApiResult<Json<Promotion>> {
    require_role(&user, &[Role::Admin])?;
    let reason = rejection_reason(&request.reason)?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row = decide_in(
        &mut tx,
        &user,
        Reviewed::Promotion,
        &id,
        Decision::Reject(reason),
        now,
    )
    .await?;
    let rejected = view(&mut tx, &row, now).await?;
    crate::notify::notify_shop(
        &mut tx,
        rejected.shop_id.0,
        "promotion_decided",
        serde_json::json!({"promotion_id": rejected.id, "status": "rejected"}),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Json(rejected))
}
