//! Reference exchange rates: the bundled snapshot, `/api/fx`, admin and command-line imports.

#[path = "support/common.rs"]
mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use caravan_types::{Currency, Money, Rounding, fx::FxRates};
use common::{cookie_of, get_json, json_request, send, test_app};
use serde_json::json;

const NEWER: &str = "<?xml version='1.0'?><gesmes:Envelope><Cube><Cube time='2026-11-21'>\
<Cube currency='USD' rate='1.0900'/><Cube currency='JPY' rate='162.00'/></Cube></Cube></gesmes:Envelope>";

#[tokio::test]
async fn a_fresh_database_serves_the_bundled_rates() {
    let app = test_app().await;
    let (status, headers, bytes) =
        send(&app, Request::get("/api/fx").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    let rates: FxRates = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(rates.base, Currency::EUR);
    for code in [
        "USD", "EUR", "GBP", "RUB", "BRL", "CNY", "JPY", "KRW", "INR", "TRY", "SAR", "AED", "KWD",
        "MXN", "PLN", "UAH",
    ] {
        assert!(rates.rates.contains_key(&code.parse().unwrap()), "{code}");
    }
    // $12.34 in yen through the euro: 1,085,700 and 161,520,000 millionths per euro.
    let jpy: Currency = "JPY".parse().unwrap();
    let rate = rates.rate(Currency::USD, jpy).unwrap();
    let yen = Money::new(1234, Currency::USD)
        .convert(rate, Rounding::HalfAwayFromZero)
        .unwrap();
    assert_eq!(yen, Money::new(1836, jpy));
}

#[tokio::test]
async fn only_admins_import_and_only_ecb_files_are_taken() {
    // Its own database: importing changes what /api/fx serves, which other tests read.
    let dir = tempfile::tempdir().unwrap();
    let pool = caravan_server::db::open(&dir.path().join("import.db"))
        .await
        .unwrap();
    caravan_server::fx::load_snapshot_if_empty(&pool)
        .await
        .unwrap();
    for (email, password, role) in [
        ("admin@caravan.test", "caravan-admin-2026", "admin"),
        ("seller@caravan.test", "caravan-seller-2026", "seller"),
    ] {
        sqlx::query("INSERT INTO users (email, password_hash, role, display_name, created_at) VALUES (?, ?, ?, 'X', 0)")
            .bind(email)
            .bind(caravan_server::password::hash(password).unwrap())
            .bind(role)
            .execute(&pool)
            .await
            .unwrap();
    }
    let app = caravan_server::app(caravan_server::AppState::new(pool, dir.path().join("dist")));
    let login = |email: &str, password: &str| {
        json_request(
            "POST",
            "/api/auth/login",
            &json!({"email": email, "password": password}),
            None,
        )
    };
    let (_, headers, _) = send(&app, login("seller@caravan.test", "caravan-seller-2026")).await;
    let seller = cookie_of(&headers);
    let (_, headers, _) = send(&app, login("admin@caravan.test", "caravan-admin-2026")).await;
    let admin = cookie_of(&headers);
    let post = |cookie: &str, content_type: &str, body: &str| {
        Request::post("/api/admin/fx")
            .header("cookie", cookie)
            .header("content-type", content_type)
            .header("x-caravan-csrf", "1")
            .body(Body::from(body.to_owned()))
            .unwrap()
    };
    assert_eq!(
        send(&app, post(&seller, "application/xml", NEWER)).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        send(&app, post(&admin, "application/json", NEWER)).await.0,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let (status, _, bytes) = send(
        &app,
        post(&admin, "application/xml", "<html>not rates</html>"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let error: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(error["error"]["fields"][0]["code"], "invalid_ecb_file");

    let (status, _, _) = send(&app, post(&admin, "application/xml", NEWER)).await;
    assert_eq!(status, StatusCode::OK);
    let (_, latest) = get_json(&app, "/api/fx").await;
    assert_eq!(latest["date"], "2026-11-21");
    assert_eq!(latest["rates"]["USD"], 1_090_000);
}

#[test]
fn the_command_line_imports_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("eurofxref-daily.xml");
    std::fs::write(&file, NEWER).unwrap();
    let db = dir.path().join("fx.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_caravan-server"))
        .args([
            "import-fx",
            file.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("imported reference rates of 2026-11-21")
    );
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_caravan-server"))
        .args([
            "import-fx",
            "/nonexistent.xml",
            "--db",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot read"));
}
