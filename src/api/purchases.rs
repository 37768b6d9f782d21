//! The buyer's purchases after checkout: orders with their timeline and escrow, cancel and confirm receipt,
//! disputes with offers and evidence pictures (DSP-1 … DSP-4), reviews with the DSR (SRV), and the
//! notification feed. Used only by the account area's chunk.

use super::{Error, check_status, decode, get_json, send_json};
use caravan_types::{
    OrderId,
    dispute::{Dispute, DisputeMessageRequest, EvidenceImage, OfferRequest, OpenDisputeRequest},
    notification::{MarkReadRequest, NotificationFeed, UnreadCount},
    order::{CancelRequest, OrderDetail, OrderPage},
    review::{OrderReview, ReviewRequest},
};
use gloo_net::http::{Method, RequestBuilder};

/// `GET /api/orders`: a page of the buyer's orders, newest first.
pub async fn list_orders(cursor: Option<&str>) -> Result<OrderPage, Error> {
    match cursor {
        Some(cursor) => {
            get_json(&format!(
                "/api/orders?limit=20&cursor={}",
                super::encode(cursor)
            ))
            .await
        }
        None => get_json("/api/orders?limit=20").await,
    }
}

/// `GET /api/orders/{id}`: the order with lines, escrow, timeline and what the buyer may do now.
pub async fn get_order(id: OrderId) -> Result<OrderDetail, Error> {
    get_json(&format!("/api/orders/{id}")).await
}

/// `POST /api/orders/{id}/cancel`: cancels before shipment (stock back, a paid order refunded in full).
pub async fn cancel_order(id: OrderId, request: &CancelRequest) -> Result<OrderDetail, Error> {
    send_json(
        Method::POST,
        &format!("/api/orders/{id}/cancel"),
        request,
        &[],
    )
    .await
}

/// `POST /api/orders/{id}/confirm-receipt`: releases the escrow to the seller; answers the completed order.
pub async fn confirm_receipt(id: OrderId) -> Result<OrderDetail, Error> {
    decode(
        super::request(
            Method::POST,
            &format!("/api/orders/{id}/confirm-receipt"),
            None,
            &[],
        )
        .await?,
    )
    .await
}

/// `GET /api/disputes`: the buyer's disputes, newest first.
pub async fn list_disputes() -> Result<Vec<Dispute>, Error> {
    get_json("/api/disputes").await
}

/// `POST /api/orders/{id}/dispute`: opens a dispute (DSP-1).
pub async fn open_dispute(id: OrderId, request: &OpenDisputeRequest) -> Result<Dispute, Error> {
    send_json(
        Method::POST,
        &format!("/api/orders/{id}/dispute"),
        request,
        &[],
    )
    .await
}

/// `POST /api/disputes/{id}/offers`: a counter-offer; it replaces the open one.
pub async fn make_offer(id: i64, request: &OfferRequest) -> Result<Dispute, Error> {
    send_json(
        Method::POST,
        &format!("/api/disputes/{id}/offers"),
        request,
        &[],
    )
    .await
}

/// `POST /api/disputes/{id}/messages`: a message with evidence pictures for the other side (and Caravan).
pub async fn send_message(id: i64, request: &DisputeMessageRequest) -> Result<Dispute, Error> {
    send_json(
        Method::POST,
        &format!("/api/disputes/{id}/messages"),
        request,
        &[],
    )
    .await
}

/// `POST /api/disputes/{id}/offers/{offer}/accept`, `/escalate` or `/withdraw`: a step without a body.
pub async fn dispute_step(path: String) -> Result<Dispute, Error> {
    decode(super::request(Method::POST, &path, None, &[]).await?).await
}

/// `POST /api/dispute-images`: uploads one evidence picture (multipart `file`).
pub async fn upload_evidence(file: &web_sys::File) -> Result<EvidenceImage, Error> {
    let form = web_sys::FormData::new().map_err(|_| Error::Decode("FormData".to_owned()))?;
    form.append_with_blob_and_filename("file", file, &file.name())
        .map_err(|_| Error::Decode("FormData".to_owned()))?;
    // The browser writes the multipart boundary into Content-Type itself.
    let response = RequestBuilder::new("/api/dispute-images")
        .method(Method::POST)
        .header("Accept", "application/json")
        .header("X-Caravan-Csrf", "1")
        .body(form)
        .map_err(|e| Error::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    decode(check_status(response).await?).await
}

/// `GET /api/orders/{id}/review`: the order's review; not found while there is none.
pub async fn get_review(id: OrderId) -> Result<OrderReview, Error> {
    get_json(&format!("/api/orders/{id}/review")).await
}

/// `POST /api/orders/{id}/review`: rates a completed order once.
pub async fn create_review(id: OrderId, request: &ReviewRequest) -> Result<OrderReview, Error> {
    send_json(
        Method::POST,
        &format!("/api/orders/{id}/review"),
        request,
        &[],
    )
    .await
}

/// `GET /api/notifications`: the feed, newest first.
pub async fn list_notifications() -> Result<NotificationFeed, Error> {
    get_json("/api/notifications?limit=50").await
}

/// `POST /api/notifications/read`: marks everything up to `up_to` read.
pub async fn mark_read(up_to: i64) -> Result<UnreadCount, Error> {
    let request = MarkReadRequest {
        ids: Vec::new(),
        up_to: Some(up_to),
    };
    send_json(Method::POST, "/api/notifications/read", &request, &[]).await
}
