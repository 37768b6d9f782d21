//! The platform console's trust-and-safety endpoints: arbitration (DSP-3, DSP-4), penalties and appeals
//! (PEN-1 … PEN-5) and promotion review (PRM-1). Only console code calls these, so they travel in its chunk.

use super::{Error, decode, get_json, request, send_json};
use caravan_types::{
    dispute::{Dispute, DisputeDecisionRequest, DisputeStatus},
    penalty::{AppealCase, IssuePenaltyRequest, IssuedPenalties, Penalty, ReasonRequest},
    promotion::Promotion,
    shop::ReviewStatus,
};
use gloo_net::http::Method;

/// `GET /api/admin/disputes?status=`: disputes in `status` (the queue: `arbitration`), most urgent first.
pub async fn list_disputes(status: DisputeStatus) -> Result<Vec<Dispute>, Error> {
    let status = match status {
        DisputeStatus::AwaitingSeller => "awaiting_seller",
        DisputeStatus::Negotiating => "negotiating",
        DisputeStatus::Arbitration => "arbitration",
        DisputeStatus::Resolved => "resolved",
    };
    get_json(&format!("/api/admin/disputes?status={status}")).await
}

/// `POST /api/admin/disputes/{id}/decide`: the arbitration decision.
pub async fn decide_dispute(id: i64, decision: &DisputeDecisionRequest) -> Result<Dispute, Error> {
    send_json(
        Method::POST,
        &format!("/api/admin/disputes/{id}/decide"),
        decision,
        &[],
    )
    .await
}

/// `GET /api/admin/penalties`: every penalty, newest first.
pub async fn list_penalties() -> Result<Vec<Penalty>, Error> {
    get_json("/api/admin/penalties").await
}

/// `POST /api/admin/penalties`: issues a penalty to a shop.
pub async fn issue_penalty(penalty: &IssuePenaltyRequest) -> Result<IssuedPenalties, Error> {
    send_json(Method::POST, "/api/admin/penalties", penalty, &[]).await
}

/// `POST /api/admin/penalties/{id}/lift` with the reason the seller will read.
pub async fn lift_penalty(id: i64, reason: &str) -> Result<Penalty, Error> {
    send_json(
        Method::POST,
        &format!("/api/admin/penalties/{id}/lift"),
        &ReasonRequest {
            reason: reason.to_owned(),
        },
        &[],
    )
    .await
}

/// `GET /api/admin/appeals?status=`: appeals with their penalties, oldest first.
pub async fn list_appeals(status: ReviewStatus) -> Result<Vec<AppealCase>, Error> {
    get_json(&format!("/api/admin/appeals?status={}", status.as_str())).await
}

/// `POST /api/admin/appeals/{id}/approve` (the penalty is lifted) or `/reject` with the reason (it stays).
pub async fn decide_appeal(id: i64, approve: bool, reason: &str) -> Result<Penalty, Error> {
    if approve {
        decode(
            request(
                Method::POST,
                &format!("/api/admin/appeals/{id}/approve"),
                None,
                &[],
            )
            .await?,
        )
        .await
    } else {
        send_json(
            Method::POST,
            &format!("/api/admin/appeals/{id}/reject"),
            &ReasonRequest {
                reason: reason.to_owned(),
            },
            &[],
        )
        .await
    }
}

/// `GET /api/admin/promotions?status=`: promotions in a review status, oldest first.
pub async fn list_promotions(status: ReviewStatus) -> Result<Vec<Promotion>, Error> {
    get_json(&format!("/api/admin/promotions?status={}", status.as_str())).await
}

/// `POST /api/admin/promotions/{id}/approve`, or `/reject` with the reason the seller will read.
pub async fn decide_promotion(id: i64, approve: bool, reason: &str) -> Result<Promotion, Error> {
    if approve {
        decode(
            request(
                Method::POST,
                &format!("/api/admin/promotions/{id}/approve"),
                None,
                &[],
            )
            .await?,
        )
        .await
    } else {
        send_json(
            Method::POST,
            &format!("/api/admin/promotions/{id}/reject"),
            &ReasonRequest {
                reason: reason.to_owned(),
            },
            &[],
        )
        .await
    }
}
