//! The seller's orders and disputes: the to-ship queue (ORD-3), order details, shipping with a tracking
//! number, and the shop's disputes with messages, evidence and offers (DSP-1 … DSP-4). Only seller center
//! code calls these, so they travel in its chunk.

use super::send_body;
use crate::api::{Error, decode, encode, get_json, request, send_json};
use caravan_types::{
    OrderId,
    dispute::{Dispute, DisputeMessageRequest, EvidenceImage, OfferRequest},
    order::{OrderDetail, OrderPage, OrderStatus, ShipmentRequest},
};
use gloo_net::http::Method;

/// Which of the shop's orders a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderQueue {
    /// Paid and waiting for shipment, earliest shipping deadline first (overdue ones on top).
    ToShip,
    /// Every order, newest first, or only those in one status.
    All(Option<OrderStatus>),
}

/// `GET /api/seller/orders`: a page of the shop's orders; `cursor` from the previous page.
pub async fn list_orders(
    queue: OrderQueue,
    limit: u32,
    cursor: Option<String>,
) -> Result<OrderPage, Error> {
    let mut path = match queue {
        OrderQueue::ToShip => format!("/api/seller/orders?queue=to_ship&limit={limit}"),
        OrderQueue::All(None) => format!("/api/seller/orders?limit={limit}"),
        OrderQueue::All(Some(status)) => {
            format!(
                "/api/seller/orders?status={}&limit={limit}",
                status.as_str()
            )
        }
    };
    if let Some(cursor) = cursor {
        path.push_str("&cursor=");
        path.push_str(&encode(&cursor));
    }
    get_json(&path).await
}

/// `GET /api/seller/orders/{id}`: one of the shop's orders (never the buyer's payment details, ORD-6).
pub async fn get_order(id: OrderId) -> Result<OrderDetail, Error> {
    get_json(&format!("/api/seller/orders/{id}")).await
}

/// `POST /api/seller/orders/{id}/shipment`: ships a paid order with a logistics class and tracking number.
pub async fn ship_order(id: OrderId, shipment: &ShipmentRequest) -> Result<OrderDetail, Error> {
    send_json(
        Method::POST,
        &format!("/api/seller/orders/{id}/shipment"),
        shipment,
        &[],
    )
    .await
}

/// `GET /api/disputes`: the shop's disputes, newest first.
pub async fn list_disputes() -> Result<Vec<Dispute>, Error> {
    get_json("/api/disputes").await
}

/// `GET /api/disputes/{id}`: one dispute with its offers and both sides' evidence.
pub async fn get_dispute(id: i64) -> Result<Dispute, Error> {
    get_json(&format!("/api/disputes/{id}")).await
}

/// `POST /api/disputes/{id}/messages`: a message with evidence pictures; the seller's first action is the
/// DSP-2 response.
pub async fn send_message(id: i64, message: &DisputeMessageRequest) -> Result<Dispute, Error> {
    send_json(
        Method::POST,
        &format!("/api/disputes/{id}/messages"),
        message,
        &[],
    )
    .await
}

/// `POST /api/disputes/{id}/offers`: an offer; it replaces the open one.
pub async fn make_offer(id: i64, offer: &OfferRequest) -> Result<Dispute, Error> {
    send_json(
        Method::POST,
        &format!("/api/disputes/{id}/offers"),
        offer,
        &[],
    )
    .await
}

/// `POST /api/disputes/{id}/offers/{offer}/accept` or `/escalate`: a step without a body.
pub async fn dispute_step(path: &str) -> Result<Dispute, Error> {
    decode(request(Method::POST, path, None, &[]).await?).await
}

/// `POST /api/dispute-images`: uploads one evidence picture (a `File` the seller picked, named `name`) as
/// multipart `file`.
pub async fn upload_evidence(
    file: &wasm_bindgen::JsValue,
    name: &str,
) -> Result<EvidenceImage, Error> {
    use wasm_bindgen::JsCast;
    let form = crate::pages::js_dyn::construct("FormData", &wasm_bindgen::JsValue::UNDEFINED, None)
        .ok_or_else(|| Error::Decode("FormData".to_owned()))?
        .unchecked_into::<web_sys::FormData>();
    form.append_with_blob_and_filename("file", file.unchecked_ref(), name)
        .map_err(|_| Error::Decode("FormData".to_owned()))?;
    decode(send_body(Method::POST, "/api/dispute-images", form.into()).await?).await
}
