//! Seller onboarding: e-mail verification, shop applications under SHOP-2, review by the platform.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use common::{call, cookie_of, json_request, send, test_app};
use serde_json::{Value, json};

async fn register_seller(app: &axum::Router, email: &str) -> String {
    let (status, headers, _) = send(
        app,
        json_request(
            "POST",
            "/api/auth/register",
            &json!({"email": email, "password": "a good long passphrase", "display_name": "New Seller", "role": "seller"}),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    cookie_of(&headers)
}

async fn admin(app: &axum::Router) -> String {
    let (_, headers, _) = send(
        app,
        json_request(
            "POST",
            "/api/auth/login",
            &json!({"email": "admin@caravan.test", "password": "caravan-admin-2026"}),
            None,
        ),
    )
    .await;
    cookie_of(&headers)
}

/// Verifies `email` for the seller the way a person would: ask for a code, read it from the message.
async fn verify_email(app: &axum::Router, seller: &str, email: &str) {
    let (status, sent) = call(
        app,
        "POST",
        "/api/seller/email-verifications",
        json!({"email": email}),
        seller,
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sent}");
    let (status, outbox) = call(
        app,
        "GET",
        "/api/admin/outbox",
        Value::Null,
        &admin(app).await,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let message = outbox
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["recipient"] == email)
        .unwrap();
    let body = message["body"].as_str().unwrap();
    let code: String = body
        .split("code is ")
        .nth(1)
        .unwrap()
        .chars()
        .take(6)
        .collect();
    let (status, confirmed) = call(
        app,
        "POST",
        "/api/seller/email-verifications/confirm",
        json!({"email": email, "code": code}),
        seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{confirmed}");
    assert_eq!(confirmed["verified"], true);
}

fn application(shop_name: &str, company_email: &str) -> Value {
    json!({
        "shop_name": shop_name,
        "registration": {
            "company_name": "Harbor Lights Trading Co., Ltd.",
            "licence_number": "91440300MA5F1234X7",
            "legal_representative": "Lin Wei",
            "country": "CN",
            "company_email": company_email,
            "email_verified": true,
            "service_phone": "+86 755 1234 5678",
            "emergency_contact": "Lin Wei +86 138 0000 0000",
            "account_type": "b2c",
            "main_category": "home-garden",
            "sales_regions": ["US", "DE", "BR"]
        }
    })
}

#[tokio::test]
async fn a_seller_verifies_the_company_email_and_applies_for_a_shop() {
    let app = test_app().await;
    let seller = register_seller(&app, "harbor.owner@mail.test").await;
    // The client says the e-mail is verified; the server knows better.
    let (status, refused) = call(
        &app,
        "POST",
        "/api/seller/shop",
        application("Harbor Lights Home", "sales@harbor.test"),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let verdicts = refused["error"]["verdicts"].as_array().unwrap();
    assert!(
        verdicts
            .iter()
            .any(|v| v["message_key"] == "rule-reg-3-email-unverified"
                && v["field"] == "registration.company_email"),
        "{verdicts:?}"
    );

    let (status, wrong) = call(
        &app,
        "POST",
        "/api/seller/email-verifications/confirm",
        json!({"email": "sales@harbor.test", "code": "000000"}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(wrong["error"]["fields"][0]["code"], "no_code");
    verify_email(&app, &seller, "sales@harbor.test").await;

    let (status, shop) = call(
        &app,
        "POST",
        "/api/seller/shop",
        application("Harbor Lights Home", "sales@harbor.test"),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{shop}");
    assert_eq!(shop["status"], "pending");
    assert_eq!(shop["registration"]["email_verified"], true);
    let (status, mine) = call(&app, "GET", "/api/seller/shop", Value::Null, &seller).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine["name"], "Harbor Lights Home");
    let (status, again) = call(
        &app,
        "POST",
        "/api/seller/shop",
        application("Harbor Lights Two", "sales@harbor.test"),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(again["error"]["code"], "shop_exists");
}

#[tokio::test]
async fn shop_names_are_checked_live_against_look_alikes() {
    let app = test_app().await;
    let seller = register_seller(&app, "name.checker@mail.test").await;
    let check = |name: &str| {
        format!(
            "/api/seller/shop-name-check?name={}",
            name.replace(' ', "%20")
        )
    };
    let (status, taken) = call(
        &app,
        "GET",
        &check("CARAVAN  Demo   Store"),
        Value::Null,
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(taken["available"], false, "{taken}");
    assert!(
        taken["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["message_key"] == "rule-shop-2-name-taken")
    );
    let (_, free) = call(
        &app,
        "GET",
        &check("Quiet Meadow Ceramics"),
        Value::Null,
        &seller,
    )
    .await;
    assert_eq!(free["available"], true);
    assert_eq!(free["verdicts"], json!([]));
    let (_, short) = call(&app, "GET", &check("Ab"), Value::Null, &seller).await;
    assert!(
        short["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["rule"] == "SHOP-2")
    );
}

#[tokio::test]
async fn of_two_racing_look_alike_names_exactly_one_wins() {
    let app = test_app().await;
    let a = register_seller(&app, "racer.a@mail.test").await;
    let b = register_seller(&app, "racer.b@mail.test").await;
    verify_email(&app, &a, "a@racer.test").await;
    verify_email(&app, &b, "b@racer.test").await;
    let (first, second) = tokio::join!(
        call(
            &app,
            "POST",
            "/api/seller/shop",
            application("Lucky Lantern Outlet", "a@racer.test"),
            &a
        ),
        call(
            &app,
            "POST",
            "/api/seller/shop",
            application("LUCKY  lantern outlet", "b@racer.test"),
            &b
        ),
    );
    let statuses = [first.0, second.0];
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1,
        "{first:?} {second:?}"
    );
    let loser = if first.0 == StatusCode::CREATED {
        &second
    } else {
        &first
    };
    // The loser is told by the unique key (409) or, if it checked after the winner committed, by SHOP-2 (422).
    assert!(
        loser.0 == StatusCode::CONFLICT && loser.1["error"]["code"] == "shop_name_taken"
            || loser.0 == StatusCode::UNPROCESSABLE_ENTITY
                && loser.1["error"]["verdicts"]
                    .to_string()
                    .contains("name-taken"),
        "{loser:?}"
    );
    let pool = caravan_server::db::open(common::db_path()).await.unwrap();
    let holders: i64 = sqlx::query_scalar("SELECT count(*) FROM shops WHERE name_key = ?")
        .bind(caravan_rules::shop_name_key("Lucky Lantern Outlet"))
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(holders, 1);
}

#[tokio::test]
async fn the_platform_reviews_shops_and_only_approved_shops_publish() {
    let app = test_app().await;
    let seller = register_seller(&app, "review.me@mail.test").await;
    verify_email(&app, &seller, "hello@reviewme.test").await;
    let (_, shop) = call(
        &app,
        "POST",
        "/api/seller/shop",
        application("Review Me Kitchenware", "hello@reviewme.test"),
        &seller,
    )
    .await;
    let id = shop["id"].as_i64().unwrap();

    // A pending shop's listing gets the SHOP-1 verdict.
    let (status, listing) = call(&app, "POST", "/api/seller/listings", json!({
        "title": "Silicone Spatula Set of 3", "category_id": null, "brand": null, "description": "<p>Heat resistant.</p>",
        "images": [], "attributes": [], "variant_properties": [],
        "skus": [{"code": "SP3", "options": [], "price_minor": 899, "stock": 10}],
        "currency": "USD", "weight_grams": 200,
        "package": {"length_cm_hundredths": 3000, "width_cm_hundredths": 800, "height_cm_hundredths": 300},
        "handling_days": 2, "shipping_template_id": null
    }), &seller).await;
    assert_eq!(status, StatusCode::CREATED, "{listing}");
    assert!(
        listing["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["rule"] == "SHOP-1"),
        "{listing}"
    );

    let (status, refused) = call(
        &app,
        "POST",
        &format!("/api/admin/shops/{id}/approve"),
        json!({}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "sellers do not review shops");
    assert_eq!(refused["error"]["code"], "wrong_role");
    let admin = admin(&app).await;
    let (_, pending) = call(
        &app,
        "GET",
        "/api/admin/shops?status=pending",
        Value::Null,
        &admin,
    )
    .await;
    let (status, refused) = call(
        &app,
        "GET",
        "/api/admin/shops?status=archived",
        Value::Null,
        &admin,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "only review statuses filter"
    );
    assert_eq!(refused["error"]["code"], "invalid_query");
    assert!(pending.as_array().unwrap().iter().any(|s| s["id"] == id));
    let (status, short) = call(
        &app,
        "POST",
        &format!("/api/admin/shops/{id}/reject"),
        json!({"reason": "no"}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{short}");
    let reason = "The business licence number does not match the company name.";
    let (status, rejected) = call(
        &app,
        "POST",
        &format!("/api/admin/shops/{id}/reject"),
        json!({"reason": reason}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rejected["status"], "rejected");
    let (_, mine) = call(&app, "GET", "/api/seller/shop", Value::Null, &seller).await;
    assert_eq!(mine["rejection_reason"], reason);

    // Corrected and sent again: back to review, then approved.
    let (status, again) = call(
        &app,
        "POST",
        "/api/seller/shop",
        application("Review Me Kitchenware", "hello@reviewme.test"),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{again}");
    assert_eq!(again["status"], "pending");
    let (status, approved) = call(
        &app,
        "POST",
        &format!("/api/admin/shops/{id}/approve"),
        json!({}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{approved}");
    assert_eq!(approved["status"], "approved");
    let (status, twice) = call(
        &app,
        "POST",
        &format!("/api/admin/shops/{id}/approve"),
        json!({}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(twice["error"]["code"], "not_pending");
    let lid = listing["id"].as_i64().unwrap();
    let (_, now) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{lid}"),
        Value::Null,
        &seller,
    )
    .await;
    assert!(
        !now["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["rule"] == "SHOP-1"),
        "approved shops may publish"
    );
}

#[tokio::test]
async fn verification_codes_are_rate_limited_and_expire_after_five_wrong_tries() {
    let app = test_app().await;
    let seller = register_seller(&app, "code.tries@mail.test").await;
    let (status, _) = call(
        &app,
        "POST",
        "/api/seller/email-verifications",
        json!({"email": "x@tries.test"}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (status, _) = call(
        &app,
        "POST",
        "/api/seller/email-verifications",
        json!({"email": "x@tries.test"}),
        &seller,
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "one code a minute");
    for _ in 0..5 {
        let (status, _) = call(
            &app,
            "POST",
            "/api/seller/email-verifications/confirm",
            json!({"email": "x@tries.test", "code": "12345x"}),
            &seller,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let (_, expired) = call(
        &app,
        "POST",
        "/api/seller/email-verifications/confirm",
        json!({"email": "x@tries.test", "code": "12345x"}),
        &seller,
    )
    .await;
    assert_eq!(expired["error"]["fields"][0]["code"], "expired");
}
