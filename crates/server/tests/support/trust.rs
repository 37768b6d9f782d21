//! Set-up for the trust-and-safety tests: fresh accounts and shops of their own (tests of one binary share a
//! database and run at once, so a test that suspends a shop must never touch the demo shop), published
//! listings, and sessions opened directly (no Argon2 per account).

#![allow(dead_code)]

use super::common::{call, send, upload_request};
use axum::{Router, http::StatusCode};
use caravan_server::AppState;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicU32, Ordering};

/// A unique suffix for names and e-mails within one test binary run.
pub fn unique(tag: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!(
        "{tag}{}x{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    )
}

/// The session cookie of a new session for `user_id`, opened at the state's clock.
pub async fn session_for(state: &AppState, user_id: i64) -> String {
    let token = caravan_server::auth::create_session(&state.pool, user_id, state.clock.now())
        .await
        .expect("session");
    format!("{}={token}", caravan_server::auth::SESSION_COOKIE)
}

/// A new account with `role`; returns its id.
pub async fn account(state: &AppState, role: &str, tag: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, role, display_name, created_at)
         VALUES (?, NULL, ?, ?, ?) RETURNING id",
    )
    .bind(format!("{}@trust.test", unique(tag)))
    .bind(role)
    .bind(format!("{role} {tag}"))
    .bind(state.clock.now())
    .fetch_one(&state.pool)
    .await
    .expect("account")
}

/// A signed-in buyer: (user id, cookie).
pub async fn buyer(state: &AppState, tag: &str) -> (i64, String) {
    let id = account(state, "buyer", tag).await;
    (id, session_for(state, id).await)
}

/// The demo admin, signed in.
pub async fn admin(state: &AppState) -> String {
    let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'admin@caravan.test'")
        .fetch_one(&state.pool)
        .await
        .expect("demo admin");
    session_for(state, id).await
}

/// A seller with an approved shop and a shipping template of its own.
#[derive(Debug, Clone)]
pub struct Seller {
    /// The account.
    pub user_id: i64,
    /// Session cookie.
    pub cookie: String,
    /// The shop.
    pub shop_id: i64,
    /// Its shipping template (economy 300, standard 900 minor units).
    pub template_id: i64,
}

/// A new seller whose shop the platform has approved.
pub async fn seller(state: &AppState, tag: &str) -> Seller {
    let user_id = account(state, "seller", tag).await;
    let name = unique(&format!("Shop {tag} "));
    let shop_id: i64 = sqlx::query_scalar(
        "INSERT INTO shops (owner_id, name, name_key, status, country, return_policy, created_at)
         VALUES (?, ?, ?, 'approved', 'CN', 'Returns within 15 days.', ?) RETURNING id",
    )
    .bind(user_id)
    .bind(&name)
    .bind(name.to_lowercase())
    .bind(state.clock.now())
    .fetch_one(&state.pool)
    .await
    .expect("shop");
    let template_id: i64 = sqlx::query_scalar(
        "INSERT INTO shipping_templates (shop_id, name) VALUES (?, 'Standard') RETURNING id",
    )
    .bind(shop_id)
    .fetch_one(&state.pool)
    .await
    .expect("template");
    for (class, cost, min, max) in [("economy", 300, 15, 30), ("standard", 900, 5, 10)] {
        sqlx::query(
            "INSERT INTO shipping_rates (template_id, class, cost_minor, min_days, max_days) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(template_id)
        .bind(class)
        .bind(cost)
        .bind(min)
        .bind(max)
        .execute(&state.pool)
        .await
        .expect("rate");
    }
    Seller {
        user_id,
        cookie: session_for(state, user_id).await,
        shop_id,
        template_id,
    }
}

/// A publishable draft: two SKUs, `TB750BLK` at 18.99 and `TB750SND` at 18.99 (15.99 discounted), with a
/// freshly uploaded picture.
pub async fn draft(app: &Router, seller: &Seller, title: &str) -> Value {
    let (status, _, bytes) = send(
        app,
        upload_request(
            &super::common::png(1000, 1000),
            "bottle.png",
            &seller.cookie,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let image: Value = serde_json::from_slice(&bytes).expect("upload answer");
    draft_with_image(app, seller, title, &image["image"]).await
}

/// [`draft`] with a picture uploaded before.
pub async fn draft_with_image(app: &Router, seller: &Seller, title: &str, image: &Value) -> Value {
    let (_, categories) = call(app, "GET", "/api/categories", Value::Null, &seller.cookie).await;
    let category = categories
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["slug"] == "drinkware")
        .expect("drinkware")["id"]
        .clone();
    json!({
        "title": title,
        "category_id": category,
        "brand": null,
        "description": "<p>Double-walled stainless steel keeps drinks cold for 24 hours.</p>",
        "images": [image],
        "attributes": [{"name": "Material", "value": "Stainless steel"}, {"name": "Capacity", "value": "750 ml"}],
        "variant_properties": [{"name": "Colour", "values": ["Black", "Sand"]}],
        "skus": [
            {"code": "TB750BLK", "options": ["Black"], "price_minor": 1899, "stock": 40},
            {"code": "TB750SND", "options": ["Sand"], "price_minor": 1899, "discount_price_minor": 1599, "stock": 25}
        ],
        "currency": "USD",
        "weight_grams": 420,
        "package": {"length_cm_hundredths": 2800, "width_cm_hundredths": 900, "height_cm_hundredths": 900},
        "handling_days": 3,
        "shipping_template_id": seller.template_id
    })
}

/// Creates and publishes a listing; returns (id, version after publishing, the draft).
pub async fn published_listing(app: &Router, seller: &Seller, title: &str) -> (i64, i64, Value) {
    let draft = draft(app, seller, title).await;
    publish_draft(app, seller, draft).await
}

/// Creates and publishes `draft`; returns (id, version after publishing, the draft).
pub async fn publish_draft(app: &Router, seller: &Seller, draft: Value) -> (i64, i64, Value) {
    let (status, created) = call(
        app,
        "POST",
        "/api/seller/listings",
        draft.clone(),
        &seller.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().expect("id");
    let (status, published) = call(
        app,
        "POST",
        &format!("/api/seller/listings/{id}/publish"),
        json!({"version": created["version"]}),
        &seller.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    (
        id,
        published["version"].as_i64().expect("version"),
        published["draft"].clone(),
    )
}

/// Issues a penalty as the admin; returns the answer.
pub async fn issue_penalty(app: &Router, admin: &str, body: Value) -> (StatusCode, Value) {
    call(app, "POST", "/api/admin/penalties", body, admin).await
}

/// Submits a promotion; returns the answer.
pub async fn create_promotion(app: &Router, seller: &Seller, body: Value) -> (StatusCode, Value) {
    call(app, "POST", "/api/seller/promotions", body, &seller.cookie).await
}

/// Approves promotion `id` as the admin; returns the answer.
pub async fn approve_promotion(app: &Router, admin: &str, id: &Value) -> (StatusCode, Value) {
    call(
        app,
        "POST",
        &format!("/api/admin/promotions/{id}/approve"),
        Value::Null,
        admin,
    )
    .await
}

/// Kinds of `cookie`'s notifications, newest first.
pub async fn notification_kinds(app: &Router, cookie: &str) -> Vec<String> {
    let (status, feed) = call(
        app,
        "GET",
        "/api/notifications?limit=100",
        Value::Null,
        cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{feed}");
    feed["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|n| n["kind"].as_str().expect("kind").to_owned())
        .collect()
}
