//! Shipping per destination: the product page's options and the cart quote give the cost and delivery days
//! of the buyer's country where the template has them, the template's own elsewhere, and nothing where the
//! template does not ship.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use caravan_server::app;
use common::{get_json, isolated_state, json_request, send};
use serde_json::{Value, json};
use sqlx::Row;

/// A published USD listing on a worldwide template with a standard-class rate, a SKU in stock: (listing, sku, template, shop's
/// country).
async fn worldwide_listing(pool: &sqlx::SqlitePool) -> (i64, i64, i64, String) {
    let row = sqlx::query(
        "SELECT l.id AS listing, k.id AS sku, t.id AS template, s.country
         FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shops s ON s.id = l.shop_id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.status = 'published' AND t.ships_to = '*' AND k.stock >= 5 AND l.currency = 'USD'
           AND s.country NOT IN ('BR', 'CA')
           AND EXISTS (SELECT 1 FROM shipping_rates r WHERE r.template_id = t.id AND r.class = 'standard')
         ORDER BY l.id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    (
        row.get("listing"),
        row.get("sku"),
        row.get("template"),
        row.get("country"),
    )
}

/// `(class, min_days, max_days, cost minor)` of each option, in the order served.
fn options(shipping: &Value) -> Vec<(String, i64, i64, i64)> {
    shipping
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["class"].as_str().unwrap().to_owned(),
                o["min_days"].as_i64().unwrap(),
                o["max_days"].as_i64().unwrap(),
                o["cost"]["minor"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_product_page_gives_the_days_to_the_chosen_country() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (listing, _, _, home) = worldwide_listing(&pool).await;

    let (status, anywhere) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(anywhere.get("ships_to").is_none());
    let template = options(&anywhere["shipping"]);
    assert!(!template.is_empty());

    // The demo templates take 5 to 15 days longer to Brazil, at the same cost.
    let (status, brazil) = get_json(&app, &format!("/api/listings/{listing}?ships_to=BR")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(brazil["ships_to"], "BR");
    let to_brazil = options(&brazil["shipping"]);
    assert_eq!(to_brazil.len(), template.len());
    for (option, base) in to_brazil.iter().zip(&template) {
        assert_eq!(
            (&option.0, option.1, option.2, option.3),
            (&base.0, base.1 + 5, base.2 + 15, base.3)
        );
    }

    // At home, delivery is domestic: faster than any cross-border estimate.
    let (_, domestic) = get_json(&app, &format!("/api/listings/{listing}?ships_to={home}")).await;
    for (option, base) in options(&domestic["shipping"]).iter().zip(&template) {
        assert!(option.2 < base.2, "domestic {option:?} vs {base:?}");
    }

    // A country without a rate of its own gets the template's.
    let (_, canada) = get_json(&app, &format!("/api/listings/{listing}?ships_to=CA")).await;
    assert_eq!(options(&canada["shipping"]), template);
}

#[tokio::test]
async fn a_country_the_template_does_not_reach_has_no_options() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let listing: i64 = sqlx::query_scalar(
        "SELECT l.id FROM listings l JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.status = 'published' AND t.ships_to <> '*' AND instr(t.ships_to, ',JP,') = 0
         ORDER BY l.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let (status, japan) = get_json(&app, &format!("/api/listings/{listing}?ships_to=JP")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(japan["shipping"], json!([]));
    let (_, germany) = get_json(&app, &format!("/api/listings/{listing}?ships_to=DE")).await;
    assert!(!germany["shipping"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_destination_that_is_not_a_country_code_is_refused_at_its_field() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (listing, ..) = worldwide_listing(&pool).await;
    for bad in ["bra", "br", "B", "12"] {
        let (status, body) =
            get_json(&app, &format!("/api/listings/{listing}?ships_to={bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
        assert_eq!(body["error"]["fields"][0]["path"], "ships_to", "{body}");
    }
}

#[tokio::test]
async fn the_quote_charges_and_promises_the_destination_rate() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    let app = app(state);
    let (listing, sku, template, _) = worldwide_listing(&pool).await;
    // The seller's template has its own rate to Canada for the standard class.
    sqlx::query(
        "INSERT INTO shipping_rate_destinations (template_id, class, country, cost_minor, min_days, max_days)
         VALUES (?, 'standard', 'CA', 1234, 4, 6)",
    )
    .bind(template)
    .execute(&pool)
    .await
    .unwrap();

    let body = json!({
        "destination": "CA",
        "lines": [{"listing_id": listing, "sku_id": sku, "quantity": 1, "shipping_class": "standard"}],
    });
    let (status, _, bytes) = send(&app, json_request("POST", "/api/cart/quote", &body, None)).await;
    let quote: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(status, StatusCode::OK, "{quote}");
    let line = &quote["shops"][0]["lines"][0];
    assert_eq!(line["shipping"]["class"], "standard", "{line}");
    assert_eq!(line["shipping"]["cost"]["minor"], 1234);
    assert_eq!(
        (&line["shipping"]["min_days"], &line["shipping"]["max_days"]),
        (&json!(4), &json!(6))
    );
    let standard = line["shipping_options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["class"] == "standard")
        .unwrap();
    assert_eq!(standard["cost"]["minor"], 1234);

    // Elsewhere the template's own standard rate applies.
    let body = json!({
        "destination": "MX",
        "lines": [{"listing_id": listing, "sku_id": sku, "quantity": 1, "shipping_class": "standard"}],
    });
    let (_, _, bytes) = send(&app, json_request("POST", "/api/cart/quote", &body, None)).await;
    let quote: Value = serde_json::from_slice(&bytes).unwrap();
    let own: i64 = sqlx::query_scalar(
        "SELECT cost_minor FROM shipping_rates WHERE template_id = ? AND class = 'standard'",
    )
    .bind(template)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        quote["shops"][0]["lines"][0]["shipping"]["cost"]["minor"],
        own
    );
}
