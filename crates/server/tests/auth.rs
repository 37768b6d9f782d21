//! Accounts: registration, sign-in, sessions, CSRF and rate limits, against the real router and SQLite.

#[path = "support/common.rs"]
mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use caravan_server::{app, clock::ManualClock};
use common::{cookie_of, json_request, send, test_app, test_state};
use serde_json::{Value, json};
use std::sync::Arc;

fn body(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

async fn me(app: &axum::Router, cookie: &str) -> StatusCode {
    let request = Request::get("/api/auth/me")
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap();
    send(app, request).await.0
}

#[tokio::test]
async fn register_then_me_then_logout() {
    let app = test_app().await;
    let (status, headers, bytes) = send(
        &app,
        json_request(
            "POST",
            "/api/auth/register",
            &json!({"email": "Ana.Reyes@mail.test", "password": "a long walk home", "display_name": " Ana ", "role": "buyer"}),
            None,
        ),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&bytes)
    );
    let account = body(&bytes);
    assert_eq!(account["role"], "buyer");
    assert_eq!(account["display_name"], "Ana");
    let set_cookie = headers["set-cookie"].to_str().unwrap();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    let cookie = cookie_of(&headers);
    assert_eq!(
        cookie.split('=').nth(1).unwrap().len(),
        43,
        "256-bit token, base64url"
    );
    assert_eq!(me(&app, &cookie).await, StatusCode::OK);

    let (status, headers, _) = send(
        &app,
        json_request("POST", "/api/auth/logout", &json!({}), Some(&cookie)),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(
        headers["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(
        me(&app, &cookie).await,
        StatusCode::UNAUTHORIZED,
        "the session is revoked server-side"
    );
}

#[tokio::test]
async fn passwords_are_stored_hashed() {
    let app = test_app().await;
    send(
        &app,
        json_request(
            "POST",
            "/api/auth/register",
            &json!({"email": "hash.check@mail.test", "password": "orange kite sunday", "display_name": "H", "role": "seller"}),
            None,
        ),
    )
    .await;
    let pool = caravan_server::db::open(common::db_path()).await.unwrap();
    let stored: String =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE email = 'hash.check@mail.test'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(stored.starts_with("$argon2id$v=19$m=47104,t=1,p=1$"));
    assert!(!stored.contains("orange"));
}

#[tokio::test]
async fn state_changing_requests_need_the_csrf_header() {
    let app = test_app().await;
    let request = Request::post("/api/auth/register")
        .header("content-type", "application/json")
        .body(Body::from(json!({"email": "x@mail.test", "password": "a long walk home", "display_name": "X", "role": "buyer"}).to_string()))
        .unwrap();
    let (status, _, bytes) = send(&app, request).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body(&bytes)["error"]["code"], "csrf_check_failed");
}

#[tokio::test]
async fn bad_registrations_are_explained_per_field() {
    let app = test_app().await;
    let (status, _, bytes) = send(
        &app,
        json_request(
            "POST",
            "/api/auth/register",
            &json!({"email": "not-an-email", "password": "password123", "display_name": "", "role": "admin"}),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let error = &body(&bytes)["error"];
    let fields: Vec<(String, String)> = error["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("email".to_owned(), "invalid".to_owned()),
            ("password".to_owned(), "too_common".to_owned()),
            ("display_name".to_owned(), "length".to_owned()),
            ("role".to_owned(), "not_allowed".to_owned()),
        ]
    );
}

#[tokio::test]
async fn malformed_bodies_get_the_envelope_with_the_right_status() {
    let app = test_app().await;
    let cases: Vec<(Request<Body>, StatusCode, &str)> = vec![
        (
            json_request(
                "POST",
                "/api/auth/login",
                &json!({"email": "a@b.test", "password": "x", "admin": true}),
                None,
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            json_request(
                "POST",
                "/api/auth/login",
                &json!({"email": 5, "password": "x"}),
                None,
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            Request::post("/api/auth/login")
                .header("content-type", "application/json")
                .header("x-caravan-csrf", "1")
                .body(Body::from("{\"email\": "))
                .unwrap(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            Request::post("/api/auth/login")
                .header("x-caravan-csrf", "1")
                .body(Body::from("email=a"))
                .unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            Request::post("/api/auth/login")
                .header("content-type", "application/json")
                .header("x-caravan-csrf", "1")
                .body(Body::from(format!(
                    "{{\"email\": \"{}\", \"password\": \"x\"}}",
                    "a".repeat(300_000)
                )))
                .unwrap(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
    ];
    for (request, status, code) in cases {
        let (got, _, bytes) = send(&app, request).await;
        assert_eq!(got, status, "{}", String::from_utf8_lossy(&bytes));
        assert_eq!(body(&bytes)["error"]["code"], code);
    }
}

#[tokio::test]
async fn duplicate_email_is_a_conflict_whatever_its_case() {
    let app = test_app().await;
    let register = |email: &str| {
        json_request(
            "POST",
            "/api/auth/register",
            &json!({"email": email, "password": "a long walk home", "display_name": "D", "role": "buyer"}),
            None,
        )
    };
    assert_eq!(
        send(&app, register("dup@mail.test")).await.0,
        StatusCode::CREATED
    );
    let (status, _, bytes) = send(&app, register("DUP@mail.test")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body(&bytes)["error"]["code"], "email_taken");
}

#[tokio::test]
async fn demo_accounts_sign_in_and_sign_in_rotates_the_session() {
    let app = test_app().await;
    let login = |cookie: Option<&str>| {
        json_request(
            "POST",
            "/api/auth/login",
            &json!({"email": "seller@caravan.test", "password": "caravan-seller-2026"}),
            cookie,
        )
    };
    let (status, headers, bytes) = send(&app, login(None)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body(&bytes)["role"], "seller");
    let first = cookie_of(&headers);
    let (_, headers, _) = send(&app, login(Some(&first))).await;
    let second = cookie_of(&headers);
    assert_ne!(first, second);
    assert_eq!(
        me(&app, &first).await,
        StatusCode::UNAUTHORIZED,
        "the old token is revoked"
    );
    assert_eq!(me(&app, &second).await, StatusCode::OK);
}

#[tokio::test]
async fn wrong_passwords_are_rate_limited_per_account() {
    let app = test_app().await;
    let attempt = |password: &str| {
        json_request(
            "POST",
            "/api/auth/login",
            &json!({"email": "buyer@caravan.test", "password": password}),
            None,
        )
    };
    for _ in 0..5 {
        let (status, _, bytes) = send(&app, attempt("not the password")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body(&bytes)["error"]["code"], "invalid_credentials");
    }
    let (status, headers, bytes) = send(&app, attempt("caravan-buyer-2026")).await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert_eq!(body(&bytes)["error"]["code"], "too_many_requests");
    let retry: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry > 800 && retry <= 900);
    // Unknown accounts answer like wrong passwords.
    let (status, _, bytes) = send(
        &app,
        json_request(
            "POST",
            "/api/auth/login",
            &json!({"email": "nobody@mail.test", "password": "whatever it is"}),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body(&bytes)["error"]["code"], "invalid_credentials");
}

#[tokio::test]
async fn sessions_expire_after_thirty_days() {
    let clock = Arc::new(ManualClock::new(1_800_000_000));
    let state = test_state().await.with_clock(clock.clone());
    let app = app(state);
    let (status, headers, _) = send(
        &app,
        json_request(
            "POST",
            "/api/auth/login",
            &json!({"email": "admin@caravan.test", "password": "caravan-admin-2026"}),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let cookie = cookie_of(&headers);
    clock.advance(29 * 24 * 3600);
    assert_eq!(me(&app, &cookie).await, StatusCode::OK);
    clock.advance(2 * 24 * 3600);
    assert_eq!(me(&app, &cookie).await, StatusCode::UNAUTHORIZED);
}
