//! The catalogue API against the real router and a real SQLite file.

#[path = "support/common.rs"]
mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use common::{get_json, send, test_app};
use std::collections::HashSet;

#[tokio::test]
async fn health_reports_the_demo_catalogue() {
    let app = test_app().await;
    let (status, json) = get_json(&app, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["status"], "ok");
    assert!(json["listings"].as_u64().unwrap() >= 2000);
}

#[tokio::test]
async fn demo_catalogue_has_the_promised_shape() {
    let pool = caravan_server::db::open(common::db_path()).await.unwrap();
    let (sellers, categories, with_variants, classes): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(DISTINCT shop_id) FROM listings),
                (SELECT count(*) FROM categories),
                (SELECT count(*) FROM listings WHERE variant_properties <> '[]'),
                (SELECT count(DISTINCT class) FROM shipping_rates)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(sellers >= 40, "{sellers} sellers");
    assert!(categories >= 12, "{categories} categories");
    assert!(
        with_variants >= 800,
        "{with_variants} listings with variants"
    );
    assert_eq!(classes, 4, "templates of each logistics class");
    let accounts: Vec<(String, String, Option<String>)> =
        sqlx::query_as("SELECT email, role, password_hash FROM users WHERE email IN ('buyer@caravan.test', 'seller@caravan.test', 'admin@caravan.test') ORDER BY email")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(accounts.len(), 3);
    for (email, _, hash) in &accounts {
        let password = caravan_server::demo::DEMO_ACCOUNTS
            .iter()
            .find(|a| a.0 == email)
            .unwrap()
            .1;
        assert!(
            caravan_server::password::verify(password, hash.as_deref().unwrap()),
            "{email}"
        );
    }
}

#[tokio::test]
async fn demo_catalogue_is_deterministic() {
    // A second fresh database gets exactly the same catalogue.
    let dir = tempfile::tempdir().unwrap();
    let pool = caravan_server::db::open(&dir.path().join("again.db"))
        .await
        .unwrap();
    caravan_server::db::seed_demo_if_empty(&pool).await.unwrap();
    let digest = |pool: sqlx::SqlitePool| async move {
        let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(
            "SELECT id, title, min_price_minor, orders_count FROM listings ORDER BY id",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        rows
    };
    let seeded = caravan_server::db::open(common::db_path()).await.unwrap();
    assert_eq!(digest(pool).await, digest(seeded).await);
}

#[tokio::test]
async fn listing_pages_follow_the_cursor_without_repeats() {
    let app = test_app().await;
    let mut seen = HashSet::new();
    let mut cursor: Option<String> = None;
    let mut last_orders = i64::MAX;
    for _ in 0..5 {
        let path = match &cursor {
            Some(c) => format!("/api/listings?limit=60&cursor={c}"),
            None => "/api/listings?limit=60".to_owned(),
        };
        let (status, page) = get_json(&app, &path).await;
        assert_eq!(status, StatusCode::OK);
        let items = page["items"].as_array().unwrap();
        assert_eq!(items.len(), 60);
        for item in items {
            assert!(
                seen.insert(item["id"].as_i64().unwrap()),
                "no listing twice"
            );
            let orders = item["orders"].as_i64().unwrap();
            assert!(orders <= last_orders, "best-selling first");
            last_orders = orders;
            assert_eq!(item["price"]["currency"], "USD");
            assert!(item["price"]["minor"].as_i64().unwrap() > 0);
        }
        cursor = page["next_cursor"].as_str().map(str::to_owned);
    }
    assert_eq!(seen.len(), 300);
}

#[tokio::test]
async fn category_filter_includes_sub_categories() {
    let app = test_app().await;
    let (_, categories) = get_json(&app, "/api/categories").await;
    let categories = categories.as_array().unwrap();
    let kitchen = categories.iter().find(|c| c["slug"] == "kitchen").unwrap();
    let children: HashSet<i64> = categories
        .iter()
        .filter(|c| c["parent_id"] == kitchen["id"])
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(children.len(), 3);
    let (_, page) = get_json(&app, "/api/listings?category=kitchen&limit=20").await;
    for item in page["items"].as_array().unwrap() {
        let (_, detail) = get_json(&app, &format!("/api/listings/{}", item["id"])).await;
        let leaf = detail["category_path"].as_array().unwrap().last().unwrap()["id"]
            .as_i64()
            .unwrap();
        assert!(children.contains(&leaf));
    }
}

#[tokio::test]
async fn product_detail_has_skus_shipping_and_return_policy() {
    let app = test_app().await;
    let (_, page) = get_json(&app, "/api/listings?limit=1").await;
    let card = &page["items"][0];
    let (status, detail) = get_json(&app, &format!("/api/listings/{}", card["id"])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(detail["title"], card["title"]);
    let skus = detail["skus"].as_array().unwrap();
    assert!(!skus.is_empty());
    let min_sku = skus
        .iter()
        .map(|s| s["price"]["minor"].as_i64().unwrap())
        .min()
        .unwrap();
    assert_eq!(
        min_sku,
        card["price"]["minor"].as_i64().unwrap(),
        "card shows the lowest SKU price"
    );
    let properties = detail["variant_properties"].as_array().unwrap().len();
    for sku in skus {
        assert_eq!(sku["options"].as_array().unwrap().len(), properties);
    }
    assert!(detail["shipping"].as_array().unwrap().len() >= 2);
    assert!(
        detail["shop"]["return_policy"]
            .as_str()
            .unwrap()
            .contains("Returns accepted")
    );
    assert_eq!(detail["category_path"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn bad_requests_get_the_error_envelope() {
    let app = test_app().await;
    for (path, status, code) in [
        ("/api/listings/999999", StatusCode::NOT_FOUND, "not_found"),
        ("/api/listings/abc", StatusCode::NOT_FOUND, "not_found"),
        (
            "/api/listings?limit=0",
            StatusCode::BAD_REQUEST,
            "invalid_input",
        ),
        (
            "/api/listings?limit=abc",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        (
            "/api/listings?cursor=garbage",
            StatusCode::BAD_REQUEST,
            "invalid_input",
        ),
        (
            "/api/listings?colour=red",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        (
            "/api/listings?sort=cheapest",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        ("/api/nothing-here", StatusCode::NOT_FOUND, "not_found"),
    ] {
        let (got, json) = get_json(&app, path).await;
        assert_eq!(got, status, "{path}");
        assert_eq!(json["error"]["code"], code, "{path}");
        assert!(!json["error"]["message"].as_str().unwrap().is_empty());
    }
    let (status, _, body) = send(
        &app,
        common::json_request("POST", "/api/listings", &serde_json::json!({}), None),
    )
    .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["error"]["code"], "method_not_allowed");
}

#[tokio::test]
async fn generated_images_are_svg_and_cached_forever() {
    let app = test_app().await;
    let (status, headers, body) = send(
        &app,
        Request::get("/media/demo/120/CC.svg?size=thumb")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/svg+xml");
    assert!(
        headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let svg = String::from_utf8(body).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains(">CC</text>") && svg.contains("width=\"320\""));
    for bad in [
        "/media/demo/400/CC.svg",
        "/media/demo/12/c%3Cscript.svg",
        "/media/demo/12/CC.png",
    ] {
        let (status, _, _) = send(&app, Request::get(bad).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
    }
}

#[tokio::test]
async fn policy_is_served_with_its_version_and_revalidates() {
    let app = test_app().await;
    let (status, headers, body) = send(
        &app,
        Request::get("/api/policy").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let policy: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let version = policy["version"].as_str().unwrap();
    assert_eq!(version, caravan_rules::Engine::default_policy().version());
    let etag = headers["etag"].to_str().unwrap().to_owned();
    assert_eq!(etag, format!("\"{version}\""));
    // The browser's engine compiles exactly what the server serves.
    let engine = caravan_rules::Engine::from_json(std::str::from_utf8(&body).unwrap()).unwrap();
    assert_eq!(engine.version(), version);
    let (status, _, _) = send(
        &app,
        Request::get("/api/policy")
            .header("if-none-match", etag)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn shop_names_are_stored_under_the_rule_engine_key() {
    let pool = caravan_server::db::open(common::db_path()).await.unwrap();
    let shops: Vec<(String, String)> = sqlx::query_as("SELECT name, name_key FROM shops")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(shops.len(), 48);
    for (name, key) in shops {
        assert_eq!(key, caravan_rules::shop_name_key(&name));
    }
}
