//! Orders with promotion prices: placing an order uses the promotion's stock in the order's transaction, a
//! buyer who saw a promotion price that has run out is told rather than charged more, and cancelling gives
//! the units back.

#[path = "support/common.rs"]
mod common;
#[path = "support/trust.rs"]
mod trust;

use axum::http::StatusCode;
use caravan_server::{app, clock::ManualClock};
use common::{call, get_json, isolated_state, json_request, send};
use serde_json::{Value, json};
use std::sync::Arc;

/// 2026-11-23 00:00:00 UTC.
const MONDAY: i64 = 1_795_392_000;
const DAY: i64 = 86_400;

async fn place(app: &axum::Router, cookie: &str, key: &str, body: &Value) -> (StatusCode, Value) {
    let mut request = json_request("POST", "/api/orders", body, Some(cookie));
    request
        .headers_mut()
        .insert("idempotency-key", key.parse().unwrap());
    let (status, _, bytes) = send(app, request).await;
    (status, serde_json::from_slice(&bytes).unwrap())
}

async fn promo_used(state: &caravan_server::AppState, promotion: i64) -> i64 {
    sqlx::query_scalar("SELECT sum(promo_used) FROM promotion_items WHERE promotion_id = ?")
        .bind(promotion)
        .fetch_one(&state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn orders_use_promotion_stock_and_cancelling_gives_it_back() {
    let (state, _dir) = isolated_state().await;
    let state = state.with_clock(Arc::new(ManualClock::new(MONDAY)));
    let app = app(state.clone());
    let shop = trust::seller(&state, "promo-orders").await;
    let (listing, _, _) =
        trust::published_listing(&app, &shop, "Insulated steel bottle 750 ml").await;
    let (status, created) = trust::create_promotion(
        &app,
        &shop,
        json!({
            "name": "Winter warmers",
            "kind": "discount",
            "discount": {"type": "percent", "percent": 20},
            "starts_at": MONDAY,
            "ends_at": MONDAY + 7 * DAY,
            "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": 10}]
        }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let promotion = created["id"].as_i64().unwrap();
    let (status, approved) =
        trust::approve_promotion(&app, &trust::admin(&state).await, &created["id"]).await;
    assert_eq!(status, StatusCode::OK, "{approved}");
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    let sku = page["skus"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "TB750BLK")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let cart = |quantity: i64, expected: i64| {
        json!({
            "lines": [{"listing_id": listing, "sku_id": sku, "quantity": quantity,
                       "expected_unit_price": {"minor": expected, "currency": "USD"}}],
            "address": {"name": "Ana", "line1": "Rua 1", "city": "Porto", "country": "PT"},
        })
    };

    // 6 of the 10 promotion units at 15.19 instead of 18.99.
    let (_, first) = trust::buyer(&state, "promo-first").await;
    let (status, group) = place(&app, &first, "promo-first-01", &cart(6, 1519)).await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    let order = &group["orders"][0];
    assert_eq!(order["lines"][0]["promotion_id"], promotion);
    assert_eq!(order["lines"][0]["discount"]["minor"], 380 * 6);
    assert_eq!(order["totals"]["discount"]["minor"], 380 * 6);
    assert_eq!(order["totals"]["items"]["minor"], 1519 * 6);
    assert_eq!(promo_used(&state, promotion).await, 6);

    // Another buyer saw the promotion price for 6, but only 4 promotion units are left: refused, not
    // charged the regular price behind their back.
    let (_, second) = trust::buyer(&state, "promo-second").await;
    let (status, error) = place(&app, &second, "promo-second-1", &cart(6, 1519)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert_eq!(error["error"]["fields"][0]["code"], "price_changed");
    assert_eq!(promo_used(&state, promotion).await, 6);
    let (status, group) = place(&app, &second, "promo-second-2", &cart(4, 1519)).await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    assert_eq!(promo_used(&state, promotion).await, 10);
    // Sold out: the regular price now.
    let (_, third) = trust::buyer(&state, "promo-third").await;
    let (status, q) = call(
        &app,
        "POST",
        "/api/cart/quote",
        json!({"destination": "PT", "lines": [{"listing_id": listing, "sku_id": sku, "quantity": 1}]}),
        &third,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(q["shops"][0]["lines"][0]["final_unit_price"]["minor"], 1899);

    // The first buyer cancels: their 6 units are back in the promotion.
    let order_id = order["id"].as_i64().unwrap();
    let (status, cancelled) = call(
        &app,
        "POST",
        &format!("/api/orders/{order_id}/cancel"),
        json!({}),
        &first,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    assert_eq!(promo_used(&state, promotion).await, 4);
}
