//! `POST /api/cart/quote`: server-computed prices, shipping and totals (ORD-1), display currency (ORD-4), and
//! every per-line problem the cart shows.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use caravan_server::app;
use common::{call, get_json, isolated_state, json_request, send, sign_in};
use serde_json::{Value, json};
use sqlx::Row;

/// A published SKU with enough stock whose template ships worldwide: (listing, sku, unit price, shop,
/// cheapest shipping cost, template).
async fn worldwide_sku(
    pool: &sqlx::SqlitePool,
    skip_shop: Option<i64>,
) -> (i64, i64, i64, i64, i64) {
    let row = sqlx::query(
        "SELECT l.id AS listing, k.id AS sku, coalesce(k.discount_price_minor, k.price_minor) AS price,
                l.shop_id, (SELECT min(cost_minor) FROM shipping_rates r WHERE r.template_id = t.id) AS ship
         FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.status = 'published' AND t.ships_to = '*' AND k.stock >= 20 AND l.shop_id != ?
           AND l.currency = 'USD'
         ORDER BY l.id LIMIT 1",
    )
    .bind(skip_shop.unwrap_or(0))
    .fetch_one(pool)
    .await
    .unwrap();
    (
        row.get("listing"),
        row.get("sku"),
        row.get("price"),
        row.get("shop_id"),
        row.get("ship"),
    )
}

fn line(listing: i64, sku: i64, quantity: i64) -> Value {
    json!({"listing_id": listing, "sku_id": sku, "quantity": quantity})
}

async fn quote(app: &axum::Router, body: Value) -> (StatusCode, Value) {
    let (status, _, bytes) = send(app, json_request("POST", "/api/cart/quote", &body, None)).await;
    (status, serde_json::from_slice(&bytes).unwrap())
}

fn codes(line: &Value) -> Vec<String> {
    line["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn prices_a_cart_across_two_shops_in_usd_and_the_display_currency() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (l1, s1, p1, shop1, ship1) = worldwide_sku(&pool, None).await;
    let (l2, s2, p2, shop2, ship2) = worldwide_sku(&pool, Some(shop1)).await;
    assert_ne!(shop1, shop2);

    let (status, q) = quote(
        &app,
        json!({"destination": "DE", "display_currency": "EUR", "lines": [line(l1, s1, 3), line(l2, s2, 1)]}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{q}");
    assert_eq!(q["orderable"], true);
    assert_eq!(q["settlement_currency"], "USD");
    let shops = q["shops"].as_array().unwrap();
    assert_eq!(shops.len(), 2, "one group per shop");
    assert_eq!(shops[0]["shop_id"], shop1);
    assert_eq!(shops[1]["shop_id"], shop2);

    let first = &shops[0]["lines"][0];
    assert_eq!(first["unit_price"]["minor"], p1);
    assert_eq!(first["items"]["minor"], p1 * 3);
    assert_eq!(
        first["shipping"]["cost"]["minor"], ship1,
        "the cheapest class by default"
    );
    assert_eq!(first["total"]["minor"], p1 * 3 + ship1);
    assert!(!first["shipping_options"].as_array().unwrap().is_empty());
    assert_eq!(shops[0]["totals"]["total"]["minor"], p1 * 3 + ship1);
    assert_eq!(shops[1]["totals"]["total"]["minor"], p2 + ship2);
    let total = p1 * 3 + ship1 + p2 + ship2;
    assert_eq!(q["totals"]["total"]["minor"], total);
    assert_eq!(q["totals"]["items"]["minor"], p1 * 3 + p2);
    assert_eq!(q["totals"]["shipping"]["minor"], ship1 + ship2);
    assert_eq!(q["totals"]["discount"]["minor"], 0);

    // ORD-4: the EUR figure uses the day's USD → EUR cross rate, dated and marked approximate.
    let (_, fx) = get_json(&app, "/api/fx").await;
    let usd = fx["rates"]["USD"].as_i64().unwrap();
    let display = &q["display"];
    assert_eq!(display["currency"], "EUR");
    assert_eq!(display["approximate"], true);
    assert_eq!(display["rate_date"], fx["date"]);
    let eur = display["total"]["minor"].as_i64().unwrap();
    let exact = total as f64 * 1_000_000.0 / usd as f64;
    assert!(
        (eur as f64 - exact).abs() <= 1.0,
        "{eur} vs {exact} (rate {usd})"
    );
    assert_eq!(display["total"]["currency"], "EUR");
    assert!(shops[0]["display"]["total"]["minor"].as_i64().unwrap() > 0);
}

#[tokio::test]
async fn a_chosen_class_prices_that_class_and_an_unknown_one_is_reported() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (listing, sku, price, _, _) = worldwide_sku(&pool, None).await;
    let standard: Option<i64> = sqlx::query_scalar(
        "SELECT r.cost_minor FROM shipping_rates r JOIN listings l ON l.shipping_template_id = r.template_id
         WHERE l.id = ? AND r.class = 'standard'",
    )
    .bind(listing)
    .fetch_optional(&pool)
    .await
    .unwrap();
    let mut with_class = line(listing, sku, 1);
    with_class["shipping_class"] = json!("standard");
    let (_, q) = quote(&app, json!({"destination": "BR", "lines": [with_class]})).await;
    let quoted = &q["shops"][0]["lines"][0];
    match standard {
        Some(cost) => {
            assert_eq!(quoted["shipping"]["class"], "standard");
            assert_eq!(quoted["total"]["minor"], price + cost);
            assert_eq!(q["orderable"], true);
        }
        None => {
            assert_eq!(codes(quoted), ["shipping_class_unavailable"]);
            assert_eq!(q["orderable"], false);
        }
    }
    assert!(q["display"].is_null(), "no display currency asked for");
}

#[tokio::test]
async fn every_line_problem_is_reported_and_left_out_of_the_totals() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (l1, s1, p1, shop1, ship1) = worldwide_sku(&pool, None).await;
    let (l2, s2, _, _, _) = worldwide_sku(&pool, Some(shop1)).await;
    // A sold-out SKU and one with 2 left.
    let other: (i64, i64) = sqlx::query_as(
        "SELECT l.id, k.id FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.status = 'published' AND t.ships_to = '*' AND l.id NOT IN (?, ?) ORDER BY l.id DESC LIMIT 1",
    )
    .bind(l1)
    .bind(l2)
    .fetch_one(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE skus SET stock = 0 WHERE id = ?")
        .bind(s2)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE skus SET stock = 2 WHERE id = ?")
        .bind(other.1)
        .execute(&pool)
        .await
        .unwrap();
    // Warehouse stock only reaches its countries.
    let warehouse: (i64, i64) = sqlx::query_as(
        "SELECT l.id, k.id FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.status = 'published' AND t.ships_to != '*' AND k.stock > 0 ORDER BY l.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();

    let mut price_changed = line(l1, s1, 1);
    price_changed["expected_unit_price"] = json!({"minor": p1 + 100, "currency": "USD"});
    let lines = json!([
        line(l1, s1, 2),                   // 0: fine
        line(l2, s2, 1),                   // 1: sold out
        line(other.0, other.1, 3),         // 2: only 2 left
        line(l1, s1 + 1_000_000, 1),       // 3: no such SKU
        line(other.0, s1, 1),              // 4: SKU of another listing
        line(warehouse.0, warehouse.1, 1), // 5: not shipped to JP
        line(other.0, other.1, 0),         // 6: zero (and a duplicate)
        price_changed,                     // 7: duplicate of line 0, and a stale price
        line(l2, s2, 1000),                // 8: over the limit, duplicate, sold out
    ]);
    let (status, q) = quote(&app, json!({"destination": "JP", "lines": lines})).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    assert_eq!(q["orderable"], false);
    let mut by_index = std::collections::BTreeMap::new();
    for shop in q["shops"].as_array().unwrap() {
        for line in shop["lines"].as_array().unwrap() {
            by_index.insert(line["index"].as_u64().unwrap(), line.clone());
        }
    }
    assert_eq!(by_index.len(), 9);
    assert_eq!(codes(&by_index[&0]), Vec::<String>::new());
    assert_eq!(codes(&by_index[&1]), ["out_of_stock"]);
    assert_eq!(codes(&by_index[&2]), ["quantity_over_stock"]);
    assert_eq!(by_index[&2]["problems"][0]["available"], 2);
    assert_eq!(codes(&by_index[&3]), ["unavailable"]);
    assert_eq!(codes(&by_index[&4]), ["unavailable"]);
    assert_eq!(codes(&by_index[&5]), ["not_shipped_to_destination"]);
    assert!(
        by_index[&5]["shipping_options"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(codes(&by_index[&6]), ["duplicate_line", "invalid_quantity"]);
    assert_eq!(codes(&by_index[&7]), ["duplicate_line", "price_changed"]);
    assert_eq!(by_index[&7]["problems"][1]["expected"]["minor"], p1 + 100);
    assert_eq!(by_index[&7]["problems"][1]["actual"]["minor"], p1);
    assert_eq!(
        codes(&by_index[&8]),
        ["duplicate_line", "quantity_over_limit", "out_of_stock"]
    );
    assert_eq!(by_index[&8]["problems"][1]["limit"], 999);
    // Only line 0 counts.
    assert_eq!(q["totals"]["total"]["minor"], p1 * 2 + ship1);
}

#[tokio::test]
async fn a_seller_is_told_not_to_buy_from_their_own_shop() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let own: (i64, i64) = sqlx::query_as(
        "SELECT l.id, k.id FROM listings l JOIN skus k ON k.listing_id = l.id JOIN shops s ON s.id = l.shop_id
         JOIN users u ON u.id = s.owner_id
         WHERE u.email = 'seller@caravan.test' AND l.status = 'published' AND k.stock > 0 ORDER BY l.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let body = json!({"destination": "US", "lines": [line(own.0, own.1, 1)]});
    let (_, anonymous) = quote(&app, body.clone()).await;
    assert!(!codes(&anonymous["shops"][0]["lines"][0]).contains(&"own_listing".to_owned()));
    let seller = sign_in(&app, "seller@caravan.test", "caravan-seller-2026").await;
    let (status, q) = call(&app, "POST", "/api/cart/quote", body, &seller).await;
    assert_eq!(status, StatusCode::OK);
    assert!(codes(&q["shops"][0]["lines"][0]).contains(&"own_listing".to_owned()));
}

#[tokio::test]
async fn bad_requests_are_refused_with_the_envelope() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (l, s, _, _, _) = worldwide_sku(&pool, None).await;
    for (body, field, code) in [
        (
            json!({"destination": "de", "lines": [line(l, s, 1)]}),
            "destination",
            "invalid_country",
        ),
        (json!({"destination": "DE", "lines": []}), "lines", "empty"),
        (
            json!({"destination": "DE", "lines": (0..51).map(|i| line(l, s + i, 1)).collect::<Vec<_>>()}),
            "lines",
            "too_many",
        ),
        (
            json!({"destination": "DE", "display_currency": "XOF", "lines": [line(l, s, 1)]}),
            "display_currency",
            "unsupported",
        ),
    ] {
        let (status, error) = quote(&app, body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{error}");
        assert_eq!(error["error"]["code"], "invalid_input");
        assert_eq!(error["error"]["fields"][0]["path"], field);
        assert_eq!(error["error"]["fields"][0]["code"], code);
    }
    // Unknown fields and wrong types get the envelope too.
    let (status, error) = quote(
        &app,
        json!({"destination": "DE", "lines": [line(l, s, 1)], "total": 1}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["error"]["code"], "invalid_body");
}
