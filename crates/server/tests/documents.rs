//! Licences and brand authorisations: submitted by sellers, reviewed by the platform, consulted by the rules.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use common::{call, sign_in, test_app};
use serde_json::{Value, json};

fn draft(title: &str) -> Value {
    json!({
        "title": title, "category_id": null, "brand": null, "description": "<p>As pictured.</p>",
        "images": [], "attributes": [], "variant_properties": [],
        "skus": [{"code": "DOC1", "options": [], "price_minor": 2999, "stock": 5}],
        "currency": "USD", "weight_grams": 300,
        "package": {"length_cm_hundredths": 2000, "width_cm_hundredths": 1500, "height_cm_hundredths": 800},
        "handling_days": 3, "shipping_template_id": null
    })
}

fn rules_hit(listing: &Value, rule: &str) -> bool {
    listing["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v["rule"] == rule && v["severity"] == "block")
}

#[tokio::test]
async fn an_approved_licence_lifts_the_restricted_goods_block() {
    let app = test_app().await;
    let seller = sign_in(&app, "seller@caravan.test", "caravan-seller-2026").await;
    let admin = sign_in(&app, "admin@caravan.test", "caravan-admin-2026").await;
    let (status, listing) = call(
        &app,
        "POST",
        "/api/seller/listings",
        draft("Digital Blood Pressure Monitor for Home Use"),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(rules_hit(&listing, "LST-3"), "{listing}");
    let id = listing["id"].as_i64().unwrap();

    let (status, doc) = call(&app, "POST", "/api/seller/documents",
        json!({"kind": "licence", "name": "medical-devices", "reference": "Class II device licence 2026-0042"}), &seller).await;
    assert_eq!(status, StatusCode::CREATED, "{doc}");
    assert_eq!(doc["status"], "pending");
    let (status, again) = call(
        &app,
        "POST",
        "/api/seller/documents",
        json!({"kind": "licence", "name": "medical-devices", "reference": "another copy"}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(again["error"]["code"], "document_on_file");

    let (_, still) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &seller,
    )
    .await;
    assert!(
        rules_hit(&still, "LST-3"),
        "a pending licence is not a licence"
    );

    let (status, _) = call(
        &app,
        "POST",
        &format!("/api/admin/documents/{}/approve", doc["id"]),
        json!({}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, queue) = call(&app, "GET", "/api/admin/documents", Value::Null, &admin).await;
    assert!(
        queue
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == doc["id"])
    );
    let (status, approved) = call(
        &app,
        "POST",
        &format!("/api/admin/documents/{}/approve", doc["id"]),
        json!({}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(approved["status"], "approved");
    let (_, now) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &seller,
    )
    .await;
    assert!(!rules_hit(&now, "LST-3"), "{now}");
}

#[tokio::test]
async fn brand_authorisation_is_reviewed_and_rejections_can_be_resubmitted() {
    let app = test_app().await;
    let seller = sign_in(&app, "seller@caravan.test", "caravan-seller-2026").await;
    let admin = sign_in(&app, "admin@caravan.test", "caravan-admin-2026").await;
    let (_, listing) = call(
        &app,
        "POST",
        "/api/seller/listings",
        draft("Adidas Running Shoes Lightweight Mesh"),
        &seller,
    )
    .await;
    assert!(rules_hit(&listing, "LST-4"), "{listing}");
    let id = listing["id"].as_i64().unwrap();

    let (_, doc) = call(&app, "POST", "/api/seller/documents",
        json!({"kind": "brand", "name": "adidas", "reference": "Distributor letter, scan attached"}), &seller).await;
    let reason = "The letter is not signed by the brand owner.";
    let (status, rejected) = call(
        &app,
        "POST",
        &format!("/api/admin/documents/{}/reject", doc["id"]),
        json!({"reason": reason}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rejected["rejection_reason"], reason);
    let (_, mine) = call(&app, "GET", "/api/seller/documents", Value::Null, &seller).await;
    assert!(
        mine.as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == doc["id"] && d["status"] == "rejected")
    );

    let (status, again) = call(
        &app,
        "POST",
        "/api/seller/documents",
        json!({"kind": "brand", "name": "adidas", "reference": "Signed authorisation No. 7781"}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{again}");
    assert_eq!(again["id"], doc["id"]);
    assert_eq!(again["status"], "pending");
    call(
        &app,
        "POST",
        &format!("/api/admin/documents/{}/approve", doc["id"]),
        json!({}),
        &admin,
    )
    .await;
    let (_, now) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &seller,
    )
    .await;
    assert!(!rules_hit(&now, "LST-4"), "{now}");
}

#[tokio::test]
async fn submissions_are_validated() {
    let app = test_app().await;
    let seller = sign_in(&app, "seller@caravan.test", "caravan-seller-2026").await;
    for (payload, field) in [
        (
            json!({"kind": "licence", "name": "Medical Devices!", "reference": "ok ref"}),
            "name",
        ),
        (
            json!({"kind": "brand", "name": "acme", "reference": "x"}),
            "reference",
        ),
    ] {
        let (status, error) = call(&app, "POST", "/api/seller/documents", payload, &seller).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(error["error"]["fields"][0]["path"], field);
    }
    let (status, _) = call(
        &app,
        "POST",
        "/api/seller/documents",
        json!({"kind": "passport", "name": "x", "reference": "y"}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}
