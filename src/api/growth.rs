//! The seller center's growth endpoints: promotions (PRM-1 … PRM-7) and the commitments they hold a
//! listing to, the service score (SRV-1 … SRV-8) and penalties with appeals (PEN-1 … PEN-5). Only seller
//! center code calls these, so they travel in its chunk.

use super::{Error, decode, get_json, request, send_json};
use caravan_types::{
    ListingId,
    penalty::{AppealRequest, Penalty, SellerPenalties},
    promotion::{ListingCommitment, Promotion, PromotionRequest, WithdrawnPromotion},
    review::{ServiceScore, ServiceWeek},
};
use gloo_net::http::Method;

/// `GET /api/seller/promotions`: the shop's promotions, newest first.
pub async fn list_promotions() -> Result<Vec<Promotion>, Error> {
    get_json("/api/seller/promotions").await
}

/// `POST /api/seller/promotions`: applies for a promotion; it runs once the platform approves it (PRM-1).
pub async fn create_promotion(request: &PromotionRequest) -> Result<Promotion, Error> {
    send_json(Method::POST, "/api/seller/promotions", request, &[]).await
}

/// `POST /api/seller/promotions/{id}/withdraw`: withdraws it (after approval with the PRM-2 sanction).
pub async fn withdraw_promotion(id: i64) -> Result<WithdrawnPromotion, Error> {
    let path = format!("/api/seller/promotions/{id}/withdraw");
    decode(request(Method::POST, &path, None, &[]).await?).await
}

/// `GET /api/seller/listings/{id}/promotion-commitments`: the approved promotions a listing is committed
/// to, with the listing as approved (what PRM-2 judges edits against).
pub async fn list_commitments(listing: ListingId) -> Result<Vec<ListingCommitment>, Error> {
    get_json(&format!(
        "/api/seller/listings/{listing}/promotion-commitments"
    ))
    .await
}

/// `GET /api/seller/service-score`: the shop's assessment over the rolling window.
pub async fn get_service_score() -> Result<ServiceScore, Error> {
    get_json("/api/seller/service-score").await
}

/// `GET /api/seller/service-score/weeks`: the same window week by week, oldest first.
pub async fn list_service_weeks() -> Result<Vec<ServiceWeek>, Error> {
    get_json("/api/seller/service-score/weeks").await
}

/// `GET /api/seller/penalties`: the shop's standing and penalties, newest first.
pub async fn list_penalties() -> Result<SellerPenalties, Error> {
    get_json("/api/seller/penalties").await
}

/// `POST /api/seller/penalties/{id}/appeal`: appeals a penalty (PEN-3).
pub async fn appeal_penalty(id: i64, statement: &str) -> Result<Penalty, Error> {
    let body = AppealRequest {
        statement: statement.to_owned(),
    };
    send_json(
        Method::POST,
        &format!("/api/seller/penalties/{id}/appeal"),
        &body,
        &[],
    )
    .await
}
