//! The platform console's endpoints: shop and document review, exchange rates, the policy version, and trust
//! and safety: arbitration (DSP-3, DSP-4), penalties and appeals (PEN-1 … PEN-5) and promotion review
//! (PRM-1). Only console code calls these, so they travel in its chunk.

use super::{AbortOnDrop, Error, check_status, decode, get_json, request, send_json};
use caravan_types::{
    dispute::{Dispute, DisputeDecisionRequest, DisputeStatus},
    fx::FxRates,
    penalty::{AppealCase, IssuePenaltyRequest, IssuedPenalties, Penalty, ReasonRequest},
    promotion::Promotion,
    shop::{Rejection, ReviewStatus, ShopDocument, ShopView},
};
use gloo_net::http::{Method, RequestBuilder};
use web_sys::AbortController;

/// `GET /api/admin/shops?status=`: shops in a review status, oldest application first.
pub async fn list_shops(status: ReviewStatus) -> Result<Vec<ShopView>, Error> {
    get_json(&format!("/api/admin/shops?status={}", status.as_str())).await
}

/// `POST /api/admin/shops/{id}/approve`.
pub async fn approve_shop(id: i64) -> Result<ShopView, Error> {
    decode(
        request(
            Method::POST,
            &format!("/api/admin/shops/{id}/approve"),
            None,
            &[],
        )
        .await?,
    )
    .await
}

/// `POST /api/admin/shops/{id}/reject` with the reason the seller will read.
pub async fn reject_shop(id: i64, reason: &str) -> Result<ShopView, Error> {
    let body = Rejection {
        reason: reason.to_owned(),
    };
    send_json(
        Method::POST,
        &format!("/api/admin/shops/{id}/reject"),
        &body,
        &[],
    )
    .await
}

/// `GET /api/admin/documents?status=`: licences, qualifications and brand authorisations in a review status.
pub async fn list_documents(status: ReviewStatus) -> Result<Vec<ShopDocument>, Error> {
    get_json(&format!("/api/admin/documents?status={}", status.as_str())).await
}

/// `POST /api/admin/documents/{id}/approve`.
pub async fn approve_document(id: i64) -> Result<ShopDocument, Error> {
    decode(
        request(
            Method::POST,
            &format!("/api/admin/documents/{id}/approve"),
            None,
            &[],
        )
        .await?,
    )
    .await
}

/// `POST /api/admin/documents/{id}/reject` with the reason the seller will read.
pub async fn reject_document(id: i64, reason: &str) -> Result<ShopDocument, Error> {
    let body = Rejection {
        reason: reason.to_owned(),
    };
    send_json(
        Method::POST,
        &format!("/api/admin/documents/{id}/reject"),
        &body,
        &[],
    )
    .await
}

/// `POST /api/admin/fx`: imports an ECB daily reference-rate file (XML as text).
pub async fn import_fx(xml: String) -> Result<FxRates, Error> {
    let mut guard = AbortOnDrop(AbortController::new().ok());
    let signal = guard.0.as_ref().map(AbortController::signal);
    let response = RequestBuilder::new("/api/admin/fx")
        .method(Method::POST)
        .header("Accept", "application/json")
        .header("Content-Type", "application/xml")
        .header("X-Caravan-Csrf", "1")
        .abort_signal(signal.as_ref())
        .body(xml)
        .map_err(|e| Error::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    let response = check_status(response).await?;
    guard.0 = None;
    decode(response).await
}

/// The version of the rule policy the server judges by: the ETag of `GET /api/policy`, without quotes.
pub async fn get_policy_version() -> Result<String, Error> {
    let response = request(Method::GET, "/api/policy", None, &[]).await?;
    // Read through `Reflect` (no `Headers.get` import in the main module; see `pages::js_dyn`).
    let headers = crate::pages::js_dyn::get(&web_sys::Response::from(response), "headers");
    crate::pages::js_dyn::call1(&headers, "get", &wasm_bindgen::JsValue::from_str("etag"))
        .as_string()
        .map(|tag| tag.trim_matches('"').to_owned())
        .ok_or_else(|| Error::Decode("the policy has no ETag".to_owned()))
}

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
