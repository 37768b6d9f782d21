//! Disputes for their two parties (DSP-1 … DSP-4): the buyer opens one on an order; buyer and seller
//! exchange messages with evidence, offers and counter-offers, accept, escalate; the buyer may withdraw.
//! Only the order's buyer and the shop's owner see a dispute; anyone else gets "not found".

use super::own_shop::{path_id, text_field};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::ApiJson,
    trust::disputes::{self, MAX_IMAGES},
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
    dispute::{
        Dispute, DisputeMessageRequest, DisputeParty, OfferRequest, OpenDisputeRequest, Remedy,
    },
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/orders/{id}/dispute", post(create_dispute))
        .route("/disputes", get(list_disputes))
        .route("/disputes/{id}", get(get_dispute))
        .route("/disputes/{id}/messages", post(create_message))
        .route("/disputes/{id}/offers", post(create_offer))
        .route(
            "/disputes/{id}/offers/{offer_id}/accept",
            post(accept_offer),
        )
        .route("/disputes/{id}/escalate", post(escalate_dispute))
        .route("/disputes/{id}/withdraw", post(withdraw_dispute))
}

/// Evidence pictures must be ones this server stored (never a link elsewhere).
pub(super) fn check_images(state: &AppState, images: &[String]) -> ApiResult<()> {
    if images.len() > MAX_IMAGES {
        return Err(AppError::bad_field(
            "images",
            "count",
            format!("attach at most {MAX_IMAGES} pictures"),
        ));
    }
    for (i, url) in images.iter().enumerate() {
        if crate::uploads::measure(&state.media_dir, url).is_none() {
            return Err(AppError::bad_field(
                &format!("images[{i}]"),
                "not_uploaded",
                "upload the picture first with POST /api/dispute-images",
            ));
        }
    }
    Ok(())
}

#[utoipa::path(post, path = "/api/orders/{id}/dispute", tag = "trust", params(("id" = i64, Path, description = "Order id")), request_body = OpenDisputeRequest, responses((status = 201, description = "Opened; the seller must respond by `response_deadline` (DSP-2)", body = Dispute), (status = 404, description = "Not one of the buyer's orders", body = ErrorEnvelope), (status = 409, description = "The order has a dispute already", body = ErrorEnvelope), (status = 422, description = "DSP-1: not paid, no evidence, refund out of range", body = ErrorEnvelope)))]
pub(super) async fn create_dispute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<OpenDisputeRequest>,
) -> ApiResult<(StatusCode, Json<Dispute>)> {
    require_role(&user, &[Role::Buyer])?;
    let order = path_id(&id, "order")?;
    let description = text_field("description", &request.description, 10, 2000)?;
    check_images(&state, &request.images)?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let id = disputes::open(
        &mut tx,
        &state.rules,
        user.0.id.0,
        order,
        &request,
        &description,
        now,
    )
    .await?;
    let dispute = disputes::view(&mut tx, &state.rules, id, now).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(dispute)))
}

#[utoipa::path(get, path = "/api/disputes", tag = "trust", responses((status = 200, description = "The buyer's disputes, or the seller's shop's, newest first", body = Vec<Dispute>)))]
pub(super) async fn list_disputes(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<Dispute>>> {
    require_role(&user, &[Role::Buyer, Role::Seller])?;
    let now = state.clock.now();
    let mut conn = state.pool.acquire().await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT d.id FROM disputes d JOIN shops s ON s.id = d.shop_id
         WHERE d.buyer_id = ?1 OR s.owner_id = ?1 ORDER BY d.opened_at DESC, d.id DESC LIMIT 100",
    )
    .bind(user.0.id.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for id in ids {
        out.push(disputes::view(&mut conn, &state.rules, id, now).await?);
    }
    Ok(Json(out))
}

/// The dispute with the caller's side in it, after applying a lapsed DSP-2 deadline.
async fn as_party(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> ApiResult<(i64, DisputeParty)> {
    let id = path_id(id, "dispute")?;
    let mut conn = state.pool.acquire().await?;
    let case = disputes::case(&mut conn, id).await?;
    let party = disputes::party(&mut conn, &case, user.0.id.0).await?;
    drop(conn);
    disputes::settle(state, id, state.clock.now()).await?;
    Ok((id, party))
}

#[utoipa::path(get, path = "/api/disputes/{id}", tag = "trust", params(("id" = i64, Path, description = "Dispute id")), responses((status = 200, description = "The dispute with offers and both sides' evidence", body = Dispute), (status = 404, description = "Not the caller's dispute", body = ErrorEnvelope)))]
pub(super) async fn get_dispute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Dispute>> {
    let (id, _) = as_party(&state, &user, &id).await?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(
        disputes::view(&mut conn, &state.rules, id, state.clock.now()).await?,
    ))
}

/// What a party does to an open dispute.
enum Action {
    Message { text: String, images: Vec<String> },
    Offer { remedy: Remedy, note: String },
    Accept(i64),
    Escalate,
    Withdraw,
}

/// Applies `action` to the open dispute as the caller's party in one write transaction; answers the
/// dispute. Refunds it records are sent to the payment provider after the commit.
async fn act(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    action: Action,
) -> ApiResult<Json<Dispute>> {
    let (id, party) = as_party(state, user, id).await?;
    let now = state.clock.now();
    let engine = &state.rules;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let case = disputes::current(&mut tx, id).await?;
    match action {
        Action::Message { text, images } => {
            disputes::message(&mut tx, &case, party, &text, &images, now).await?;
        }
        Action::Offer { remedy, note } => {
            disputes::offer(&mut tx, &case, party, remedy, &note, now).await?;
        }
        Action::Accept(offer) => {
            disputes::accept(&mut tx, engine, &case, party, offer, now).await?
        }
        Action::Escalate => disputes::escalate(&mut tx, engine, &case, party, now).await?,
        Action::Withdraw => {
            if party != DisputeParty::Buyer {
                return Err(AppError::Forbidden {
                    code: "buyer_only",
                    message: "only the buyer can withdraw a dispute".to_owned(),
                });
            }
            disputes::withdraw(&mut tx, engine, &case, now).await?;
        }
    }
    let dispute = disputes::view(&mut tx, engine, id, now).await?;
    tx.commit().await?;
    crate::orders::payment::send_pending_refunds(state).await?;
    Ok(Json(dispute))
}

#[utoipa::path(post, path = "/api/disputes/{id}/messages", tag = "trust", params(("id" = i64, Path, description = "Dispute id")), request_body = DisputeMessageRequest, responses((status = 200, description = "Added to the timeline (a seller's first action is the DSP-2 response)", body = Dispute), (status = 409, description = "Closed", body = ErrorEnvelope)))]
pub(super) async fn create_message(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<DisputeMessageRequest>,
) -> ApiResult<Json<Dispute>> {
    let text = text_field("text", &request.text, 1, 2000)?;
    check_images(&state, &request.images)?;
    let images = request.images;
    act(&state, &user, &id, Action::Message { text, images }).await
}

#[utoipa::path(post, path = "/api/disputes/{id}/offers", tag = "trust", params(("id" = i64, Path, description = "Dispute id")), request_body = OfferRequest, responses((status = 200, description = "Offered; it replaces the open offer", body = Dispute), (status = 400, description = "Refund out of range", body = ErrorEnvelope), (status = 409, description = "Closed or in arbitration", body = ErrorEnvelope)))]
pub(super) async fn create_offer(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<OfferRequest>,
) -> ApiResult<Json<Dispute>> {
    let note = if request.note.trim().is_empty() {
        String::new()
    } else {
        text_field("note", &request.note, 1, 1000)?
    };
    let remedy = request.remedy;
    act(&state, &user, &id, Action::Offer { remedy, note }).await
}

#[utoipa::path(post, path = "/api/disputes/{id}/offers/{offer_id}/accept", tag = "trust", params(("id" = i64, Path, description = "Dispute id"), ("offer_id" = i64, Path, description = "The other side's open offer")), responses((status = 200, description = "Accepted: resolved, the remedy applied to the escrow", body = Dispute), (status = 404, description = "No such open offer", body = ErrorEnvelope), (status = 409, description = "Own offer, closed or in arbitration", body = ErrorEnvelope)))]
pub(super) async fn accept_offer(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, offer_id)): Path<(String, String)>,
) -> ApiResult<Json<Dispute>> {
    let offer_id = path_id(&offer_id, "offer")?;
    act(&state, &user, &id, Action::Accept(offer_id)).await
}

#[utoipa::path(post, path = "/api/disputes/{id}/escalate", tag = "trust", params(("id" = i64, Path, description = "Dispute id")), responses((status = 200, description = "With the platform; decided by `arbitration_deadline` (DSP-3)", body = Dispute), (status = 409, description = "Closed, escalated already, or the seller has not had the chance to respond", body = ErrorEnvelope)))]
pub(super) async fn escalate_dispute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Dispute>> {
    act(&state, &user, &id, Action::Escalate).await
}

#[utoipa::path(post, path = "/api/disputes/{id}/withdraw", tag = "trust", params(("id" = i64, Path, description = "Dispute id")), responses((status = 200, description = "Withdrawn by the buyer; nothing refunded", body = Dispute), (status = 403, description = "Only the buyer withdraws", body = ErrorEnvelope), (status = 409, description = "Closed", body = ErrorEnvelope)))]
pub(super) async fn withdraw_dispute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Dispute>> {
    act(&state, &user, &id, Action::Withdraw).await
}
