//! The seller's shipment and tracking events, refusal by refusal: each bad field is named, events come only
//! between shipment and delivery, an order ships once and never once cancelled, and nothing refused is
//! written or told to the buyer.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;
#[path = "support/snapshot.rs"]
mod snapshot;

use axum::http::StatusCode;
use common::call;
use orders::{World, world};
use serde_json::{Value, json};

async fn post(w: &World, path: String, body: Value) -> (StatusCode, Value) {
    call(&w.app, "POST", &path, body, &w.seller).await
}

fn field(error: &Value) -> (String, String) {
    let f = &error["error"]["fields"][0];
    (
        f["path"].as_str().unwrap_or_default().to_owned(),
        f["code"].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn shipments_and_tracking_events_refuse_bad_fields_and_wrong_steps() {
    let w = world().await;
    let (_, order) = w.paid_order(1, "fulfil-0001").await;
    let shipment = format!("/api/seller/orders/{order}/shipment");
    let events = format!("/api/seller/orders/{order}/tracking-events");
    let ship = |tracking: &str, carrier: Option<String>| json!({"class": "standard", "tracking_number": tracking, "carrier": carrier});
    let event = |kind: &str, location: Option<String>, description: Option<String>| json!({"kind": kind, "location": location, "description": description});

    let before = snapshot::fingerprint(&w.state.pool).await;
    // Not shipped yet: no carrier scans.
    let (status, refused) = post(&w, events.clone(), event("in_transit", None, None)).await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_in_transit")),
        "{refused}"
    );
    for (tracking, carrier, expected) in [
        ("", None, "tracking_number"),
        ("LX123", None, "tracking_number"),
        (&*"A".repeat(41), None, "tracking_number"),
        ("LX 123 456", None, "tracking_number"),
        ("LX123456789CN;DROP", None, "tracking_number"),
        ("LX123456789CN", Some("C".repeat(61)), "carrier"),
        (
            "LX123456789CN",
            Some("China\u{7}Post".to_owned()),
            "carrier",
        ),
    ] {
        let (status, refused) = post(&w, shipment.clone(), ship(tracking, carrier.clone())).await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "{tracking:?} {carrier:?}: {refused}"
        );
        assert_eq!(field(&refused), (expected.to_owned(), "invalid".to_owned()));
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "refused shipments").await;

    // Shipped once, with the number normalised.
    let (status, shipped) = post(&w, shipment.clone(), ship(" lx123456789cn ", None)).await;
    assert_eq!(status, StatusCode::OK, "{shipped}");
    assert_eq!(shipped["shipment"]["tracking_number"], "LX123456789CN");
    let before = snapshot::fingerprint(&w.state.pool).await;
    let (status, refused) = post(&w, shipment.clone(), ship("RR123456789CN", None)).await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_shippable")),
        "{refused}"
    );
    for (location, description, expected) in [
        (Some("L".repeat(101)), None, "location"),
        (Some("Frank\u{0}furt".to_owned()), None, "location"),
        (None, Some("D".repeat(201)), "description"),
    ] {
        let (status, refused) = post(
            &w,
            events.clone(),
            event("in_transit", location.clone(), description.clone()),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "{location:?} {description:?}: {refused}"
        );
        assert_eq!(field(&refused), (expected.to_owned(), "invalid".to_owned()));
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "refused tracking events").await;
    let (status, scanned) = post(
        &w,
        events.clone(),
        event("in_transit", Some("Frankfurt".to_owned()), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{scanned}");

    // A cancelled order never ships.
    let (_, cancelled) = w.paid_order(1, "fulfil-0002").await;
    let (status, body) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{cancelled}/cancel"),
        json!({"reason": "Ordered twice."}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let before = snapshot::fingerprint(&w.state.pool).await;
    let (status, refused) = post(
        &w,
        format!("/api/seller/orders/{cancelled}/shipment"),
        ship("LX123456789CN", None),
    )
    .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_shippable")),
        "{refused}"
    );
    let (status, refused) = post(
        &w,
        format!("/api/seller/orders/{cancelled}/tracking-events"),
        event("delivered", None, None),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    snapshot::assert_unchanged(&w.state.pool, &before, "a cancelled order").await;
}
