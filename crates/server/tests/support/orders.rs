//! Shared set-up for the order tests: a private database with a movable clock and the sandbox payment
//! provider, a buyer, the demo seller and one of its SKUs, and helpers for each step of an order's life.

#![allow(dead_code)]

use super::common::{call, isolated_state, json_request, new_buyer, send, session_for, sign_in};
use axum::{Router, http::StatusCode};
use caravan_server::{AppState, app, clock::ManualClock, payments::sandbox::SandboxProvider};
use serde_json::{Value, json};
use std::sync::Arc;

/// 2026-11-23 10:00 UTC, a Monday.
pub const START: i64 = 1_795_428_000;
pub const DAY: i64 = 86_400;

pub const VISA: &str = "4242 4242 4242 4242";
pub const DECLINED: &str = "4000 0000 0000 0002";
pub const RETRY: &str = "4000 0000 0000 0119";

/// One test's marketplace.
pub struct World {
    pub app: Router,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub sandbox: Arc<SandboxProvider>,
    pub buyer: String,
    pub buyer_id: i64,
    pub seller: String,
    pub shop_id: i64,
    /// A SKU of the demo seller's shop that ships worldwide: (listing, sku, unit price, handling days).
    pub listing: i64,
    pub sku: i64,
    pub price: i64,
    pub handling_days: i64,
    _dir: tempfile::TempDir,
}

pub async fn world() -> World {
    let (state, dir) = isolated_state().await;
    let clock = Arc::new(ManualClock::new(START));
    let sandbox = Arc::new(SandboxProvider::default());
    let state = state
        .with_test_clock(clock.clone())
        .with_payments(sandbox.clone());
    let (buyer_id, buyer) = new_buyer(&state, "alice").await;
    let (shop_id, owner): (i64, i64) = sqlx::query_as(
        "SELECT s.id, s.owner_id FROM shops s JOIN users u ON u.id = s.owner_id WHERE u.email = 'seller@caravan.test'",
    )
    .fetch_one(&state.pool)
    .await
    .unwrap();
    let seller = session_for(&state, owner).await;
    let (listing, sku, price, handling_days): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT l.id, k.id, coalesce(k.discount_price_minor, k.price_minor), l.handling_days
         FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.shop_id = ? AND l.status = 'published' AND t.ships_to = '*' AND l.currency = 'USD'
         ORDER BY l.id LIMIT 1",
    )
    .bind(shop_id)
    .fetch_one(&state.pool)
    .await
    .unwrap();
    set_stock(&state, sku, 50).await;
    World {
        app: app(state.clone()),
        state,
        clock,
        sandbox,
        buyer,
        buyer_id,
        seller,
        shop_id,
        listing,
        sku,
        price,
        handling_days,
        _dir: dir,
    }
}

pub async fn set_stock(state: &AppState, sku: i64, stock: i64) {
    sqlx::query("UPDATE skus SET stock = ? WHERE id = ?")
        .bind(stock)
        .bind(sku)
        .execute(&state.pool)
        .await
        .unwrap();
}

pub async fn stock(state: &AppState, sku: i64) -> i64 {
    sqlx::query_scalar("SELECT stock FROM skus WHERE id = ?")
        .bind(sku)
        .fetch_one(&state.pool)
        .await
        .unwrap()
}

pub fn address(country: &str) -> Value {
    json!({"name": "Alice Buyer", "line1": "Hauptstraße 1", "city": "Berlin", "postal_code": "10115", "country": country})
}

/// `POST /api/orders` with an Idempotency-Key, as `cookie`.
pub async fn place_as(app: &Router, cookie: &str, key: &str, body: &Value) -> (StatusCode, Value) {
    let mut request = json_request("POST", "/api/orders", body, Some(cookie));
    request
        .headers_mut()
        .insert("idempotency-key", key.parse().unwrap());
    let (status, _, bytes) = send(app, request).await;
    (status, serde_json::from_slice(&bytes).unwrap())
}

impl World {
    pub fn cart(&self, quantity: i64) -> Value {
        json!({
            "lines": [{"listing_id": self.listing, "sku_id": self.sku, "quantity": quantity}],
            "address": address("DE"),
        })
    }

    /// Places `quantity` of the world's SKU; returns the group.
    pub async fn place(&self, quantity: i64, key: &str) -> Value {
        let (status, group) = place_as(&self.app, &self.buyer, key, &self.cart(quantity)).await;
        assert_eq!(status, StatusCode::CREATED, "{group}");
        group
    }

    pub async fn pay(&self, group_id: i64, number: &str) -> (StatusCode, Value) {
        call(
            &self.app,
            "POST",
            &format!("/api/order-groups/{group_id}/payment"),
            json!({"card": {"number": number, "exp_month": 12, "exp_year": 2030, "cvc": "123"}}),
            &self.buyer,
        )
        .await
    }

    /// A placed and paid order of `quantity` units; returns (group id, order id).
    pub async fn paid_order(&self, quantity: i64, key: &str) -> (i64, i64) {
        let group = self.place(quantity, key).await;
        let group_id = group["id"].as_i64().unwrap();
        let (status, paid) = self.pay(group_id, VISA).await;
        assert_eq!(status, StatusCode::OK, "{paid}");
        (group_id, paid["orders"][0]["id"].as_i64().unwrap())
    }

    pub async fn ship(&self, order_id: i64) -> (StatusCode, Value) {
        call(
            &self.app,
            "POST",
            &format!("/api/seller/orders/{order_id}/shipment"),
            json!({"class": "standard", "tracking_number": "LX123456789CN", "carrier": "China Post"}),
            &self.seller,
        )
        .await
    }

    pub async fn track(&self, order_id: i64, kind: &str) -> (StatusCode, Value) {
        call(
            &self.app,
            "POST",
            &format!("/api/seller/orders/{order_id}/tracking-events"),
            json!({"kind": kind, "location": "Frankfurt"}),
            &self.seller,
        )
        .await
    }

    pub async fn buyer_order(&self, order_id: i64) -> Value {
        let (status, order) = call(
            &self.app,
            "GET",
            &format!("/api/orders/{order_id}"),
            Value::Null,
            &self.buyer,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{order}");
        order
    }

    /// Kinds of `cookie`'s notifications, oldest first.
    pub async fn notifications(&self, cookie: &str) -> Vec<String> {
        let (status, feed) = call(
            &self.app,
            "GET",
            "/api/notifications?limit=100",
            Value::Null,
            cookie,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{feed}");
        let mut kinds: Vec<String> = feed["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["kind"].as_str().unwrap().to_owned())
            .collect();
        kinds.reverse();
        kinds
    }

    /// Moves the clock and applies deadlines, as the background task would.
    pub async fn advance(&self, seconds: i64) {
        self.clock.advance(seconds);
        caravan_server::deadlines::sweep(&self.state, self.state.clock.now())
            .await
            .expect("sweep");
    }
}

/// Signs in the demo admin.
pub async fn admin(app: &Router) -> String {
    sign_in(app, "admin@caravan.test", "caravan-admin-2026").await
}

/// A buyer account of its own.
pub async fn other_buyer(state: &AppState, name: &str) -> String {
    new_buyer(state, name).await.1
}
