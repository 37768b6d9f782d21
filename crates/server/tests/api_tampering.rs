//! Price and quantity tampering: amounts and counts a client sends are never taken on trust. Each tampered
//! cart line is reported by the quote at its line and refuses the order with nothing reserved or charged;
//! each tampered amount elsewhere (promotion terms and stock, listing prices and stock, dispute offers and
//! refunds) is refused at its field with nothing written.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;
#[path = "support/snapshot.rs"]
mod snapshot;
#[path = "support/trust.rs"]
mod trust;

use axum::http::StatusCode;
use common::call;
use orders::{World, address, place_as, world};
use serde_json::{Value, json};

/// Another published listing of another shop, and one of its SKUs: (listing, sku).
async fn foreign_sku(w: &World) -> (i64, i64) {
    sqlx::query_as(
        "SELECT l.id, k.id FROM listings l JOIN skus k ON k.listing_id = l.id
         WHERE l.shop_id <> ? AND l.status = 'published' ORDER BY l.id LIMIT 1",
    )
    .bind(w.shop_id)
    .fetch_one(&w.state.pool)
    .await
    .unwrap()
}

/// Every line problem's code anywhere in a quote.
fn problem_codes(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                if key == "problems" {
                    out.extend(
                        field
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|p| p["code"].as_str().map(str::to_owned)),
                    );
                } else {
                    problem_codes(field, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| problem_codes(item, out)),
        _ => {}
    }
}

fn line(listing: i64, sku: i64, quantity: Value) -> Value {
    json!({"listing_id": listing, "sku_id": sku, "quantity": quantity})
}

#[tokio::test]
async fn tampered_cart_lines_are_reported_and_never_ordered() {
    let w = world().await;
    let (other_listing, other_sku) = foreign_sku(&w).await;
    let unpublished: i64 =
        sqlx::query_scalar("UPDATE listings SET status = 'draft' WHERE id = ? RETURNING id")
            .bind(other_listing)
            .fetch_one(&w.state.pool)
            .await
            .unwrap();
    let (listing, sku, price) = (w.listing, w.sku, w.price);
    let seen = |minor: i64, currency: &str| {
        let mut l = line(listing, sku, json!(1));
        l["expected_unit_price"] = json!({"minor": minor, "currency": currency});
        l
    };
    // (what the client did, its lines, the problem the server names at lines[0])
    let cases: Vec<(&str, Vec<Value>, &str)> = vec![
        (
            "no units",
            vec![line(listing, sku, json!(0))],
            "invalid_quantity",
        ),
        (
            "negative units",
            vec![line(listing, sku, json!(-3))],
            "invalid_quantity",
        ),
        (
            "more than the stock",
            vec![line(listing, sku, json!(51))],
            "quantity_over_stock",
        ),
        (
            "more than a line may hold",
            vec![line(listing, sku, json!(1000))],
            "quantity_over_limit",
        ),
        (
            "the largest integer",
            vec![line(listing, sku, json!(i64::MAX))],
            "quantity_over_limit",
        ),
        (
            "another listing's SKU",
            vec![line(listing, other_sku, json!(1))],
            "unavailable",
        ),
        (
            "a listing that does not exist",
            vec![line(987_654_321, sku, json!(1))],
            "unavailable",
        ),
        (
            "an unpublished listing",
            vec![line(unpublished, other_sku, json!(1))],
            "unavailable",
        ),
        (
            "a lower price than the real one",
            vec![seen(price - 1, "USD")],
            "price_changed",
        ),
        ("a zero price", vec![seen(0, "USD")], "price_changed"),
        (
            "a higher price than the real one",
            vec![seen(price + 1, "USD")],
            "price_changed",
        ),
        (
            "the price in another currency",
            vec![seen(price, "EUR")],
            "price_changed",
        ),
        (
            "one SKU on two lines, together over the stock",
            vec![line(listing, sku, json!(30)), line(listing, sku, json!(30))],
            "duplicate_line",
        ),
    ];
    let before = snapshot::fingerprint(&w.state.pool).await;
    for (index, (what, lines, problem)) in cases.iter().enumerate() {
        // The quote names the problem at the line and leaves the line out of the totals.
        let (status, quote) = call(
            &w.app,
            "POST",
            "/api/cart/quote",
            json!({"destination": "DE", "lines": lines}),
            &w.buyer,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{what}: {quote}");
        let mut named = Vec::new();
        problem_codes(&quote, &mut named);
        assert!(
            named.iter().any(|code| code == problem),
            "{what}: the quote does not name `{problem}`: {quote}"
        );
        assert_eq!(quote["orderable"], false, "{what}");
        // The order is refused at the same line.
        let (status, refused) = place_as(
            &w.app,
            &w.buyer,
            &format!("tampered-{index:04}"),
            &json!({"lines": lines, "address": address("DE")}),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT, "{what}: {refused}");
        assert_eq!(refused["error"]["code"], "cart_changed", "{what}");
        assert!(
            refused["error"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["code"] == *problem && f["path"].as_str().unwrap().starts_with("lines[")),
            "{what}: {refused}"
        );
    }
    // Numbers that are not whole units never reach the rules.
    for (index, quantity) in [
        json!(1.5),
        json!("2"),
        serde_json::from_str::<Value>("18446744073709551616").unwrap(),
        json!(null),
    ]
    .into_iter()
    .enumerate()
    {
        let lines = vec![line(listing, sku, quantity.clone())];
        let (status, refused) = place_as(
            &w.app,
            &w.buyer,
            &format!("not-a-count-{index:04}"),
            &json!({"lines": lines, "address": address("DE")}),
        )
        .await;
        assert_eq!(
            (status, refused["error"]["code"].as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_body")),
            "quantity {quantity}: {refused}"
        );
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "tampered carts").await;
    assert_eq!(w.sandbox.charge_count(), 0);

    // The honest cart is charged what the server computes, whatever was expected before.
    let group = w.place(2, "honest-0001").await;
    let order = &group["orders"][0];
    assert_eq!(order["lines"][0]["unit_price"]["minor"], price);
    assert_eq!(order["lines"][0]["quantity"], 2);
}

/// The field paths and codes of a 400's field errors.
fn fields(error: &Value) -> Vec<(String, String)> {
    error["error"]["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_owned(),
                f["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn promotion_terms_and_stock_are_checked_at_their_field() {
    let w = world().await;
    let sku_code: String = sqlx::query_scalar("SELECT code FROM skus WHERE id = ?")
        .bind(w.sku)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    // The demo seller's first visit gives its catalogue listings seller-center records, which promotions
    // enrol.
    let (status, _) = call(
        &w.app,
        "GET",
        "/api/seller/listings",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let promotion = |discount: Value, stock: i64| {
        json!({"name": "Tampered terms", "kind": "discount", "discount": discount,
               "starts_at": orders::START + 86_400, "ends_at": orders::START + 2 * 86_400,
               "items": [{"listing_id": w.listing, "sku_code": sku_code, "promo_stock": stock}]})
    };
    let percent = |p: i64| json!({"type": "percent", "percent": p});
    let fixed = |a: i64| json!({"type": "fixed", "amount_minor": a});
    // The world's SKU has 50 units.
    let cases = [
        (percent(0), 1, "discount.percent", "out_of_range"),
        (percent(91), 1, "discount.percent", "out_of_range"),
        (percent(-5), 1, "discount.percent", "out_of_range"),
        (fixed(0), 1, "discount.amount_minor", "out_of_range"),
        (fixed(-100), 1, "discount.amount_minor", "out_of_range"),
        (fixed(w.price), 1, "discount.amount_minor", "too_large"),
        (percent(10), 0, "items[0].promo_stock", "out_of_range"),
        (percent(10), -1, "items[0].promo_stock", "out_of_range"),
        (percent(10), 51, "items[0].promo_stock", "out_of_range"),
    ];
    let before = snapshot::fingerprint(&w.state.pool).await;
    for (discount, stock, path, code) in cases {
        let (status, refused) = call(
            &w.app,
            "POST",
            "/api/seller/promotions",
            promotion(discount.clone(), stock),
            &w.seller,
        )
        .await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "{discount} × {stock}: {refused}"
        );
        assert!(
            fields(&refused).contains(&(path.to_owned(), code.to_owned())),
            "{discount} × {stock}: {refused}"
        );
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "tampered promotions").await;
}

#[tokio::test]
async fn a_listing_saved_with_a_bad_price_or_stock_never_reaches_buyers() {
    let w = world().await;
    let listing = w.listing;
    let path = format!("/api/seller/listings/{listing}");
    let (status, _) = call(
        &w.app,
        "GET",
        "/api/seller/listings",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let quoted_price = || async {
        let (status, quote) = call(
            &w.app,
            "POST",
            "/api/cart/quote",
            json!({"destination": "DE", "lines": [line(listing, w.sku, json!(1))]}),
            &w.buyer,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{quote}");
        quote["shops"][0]["lines"][0]["unit_price"]["minor"].clone()
    };
    assert_eq!(quoted_price().await, json!(w.price));
    let (_, original) = call(&w.app, "GET", &path, Value::Null, &w.seller).await;
    // (field of the first SKU, tampered value, the field its block verdict names)
    let cases = [
        ("price_minor", json!(0), "skus[0].price"),
        ("price_minor", json!(-1), "skus[0].price"),
        ("price_minor", json!(i64::MAX), "skus[0].price"),
        ("discount_price_minor", json!(0), "skus[0].discount_price"),
        ("discount_price_minor", json!(-5), "skus[0].discount_price"),
        (
            "discount_price_minor",
            json!(999_999),
            "skus[0].discount_price",
        ),
        ("stock", json!(-1), "skus[0].stock"),
    ];
    for (field, value, verdict_field) in cases {
        let (_, current) = call(&w.app, "GET", &path, Value::Null, &w.seller).await;
        let mut draft = original["draft"].clone();
        draft["skus"][0][field] = value.clone();
        // A draft may be saved with block verdicts (the seller fixes it later); the verdict names the field.
        let (status, saved) = call(
            &w.app,
            "PUT",
            &path,
            json!({"version": current["version"], "draft": draft}),
            &w.seller,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{field}={value}: {saved}");
        let blocks_at = |verdicts: &Value| {
            verdicts
                .as_array()
                .into_iter()
                .flatten()
                .any(|v| v["severity"] == "block" && v["field"] == verdict_field)
        };
        assert!(
            blocks_at(&saved["verdicts"]),
            "{field}={value}: {}",
            saved["verdicts"]
        );
        // Publishing it is refused with the same verdict, and the catalogue keeps selling the old terms.
        let (status, refused) = call(
            &w.app,
            "POST",
            &format!("{path}/publish"),
            json!({"version": saved["version"]}),
            &w.seller,
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}: {refused}"
        );
        assert_eq!(refused["error"]["code"], "blocked_by_rules");
        assert!(
            blocks_at(&refused["error"]["verdicts"]),
            "{field}={value}: {refused}"
        );
        assert_eq!(quoted_price().await, json!(w.price), "{field}={value}");
        let (_, page) = common::get_json(&w.app, &format!("/api/listings/{listing}")).await;
        assert!(
            page["skus"]
                .as_array()
                .unwrap()
                .iter()
                .all(|s| s["price"]["minor"].as_i64().unwrap() > 0
                    && s["stock"].as_i64().unwrap_or(0) >= 0),
            "{field}={value}: {}",
            page["skus"]
        );
    }
}

#[tokio::test]
async fn refund_amounts_stay_within_what_the_order_holds() {
    let w = world().await;
    let admin = trust::admin(&w.state).await;
    let (_, order) = w.paid_order(1, "tamper-dispute-1").await;
    let (status, body) = w.ship(order).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let total = w.buyer_order(order).await["totals"]["total"]["minor"]
        .as_i64()
        .unwrap();
    let open = |remedy: Value| {
        json!({"reason": "not_received", "remedy": remedy,
               "description": "Tracking has not moved for three weeks."})
    };
    let partial = |amount: i64| json!({"kind": "partial_refund", "amount_minor": amount});
    let before = snapshot::fingerprint(&w.state.pool).await;
    // Opening: DSP-1 judges the requested amount.
    for amount in [0, -1, total + 1, i64::MAX] {
        let (status, refused) = call(
            &w.app,
            "POST",
            &format!("/api/orders/{order}/dispute"),
            open(partial(amount)),
            &w.buyer,
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{amount}: {refused}"
        );
        assert_eq!(refused["error"]["verdicts"][0]["rule"], "DSP-1", "{amount}");
        assert_eq!(
            refused["error"]["verdicts"][0]["field"], "remedy.amount",
            "{amount}"
        );
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "tampered dispute requests").await;
    let (status, opened) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/dispute"),
        open(json!({"kind": "full_refund"})),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{opened}");
    let id = opened["id"].as_i64().unwrap();
    // Offers: the amount's own field.
    let before = snapshot::fingerprint(&w.state.pool).await;
    for amount in [0, -1, total + 1, i64::MAX] {
        let (status, refused) = call(
            &w.app,
            "POST",
            &format!("/api/disputes/{id}/offers"),
            json!({"remedy": partial(amount)}),
            &w.seller,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{amount}: {refused}");
        assert_eq!(
            fields(&refused),
            [("remedy.amount_minor".to_owned(), "out_of_range".to_owned())],
            "{amount}"
        );
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "tampered offers").await;
    // The platform's decision: the refund's own field.
    let (status, body) = call(
        &w.app,
        "POST",
        &format!("/api/disputes/{id}/offers"),
        json!({"remedy": partial(100)}),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = call(
        &w.app,
        "POST",
        &format!("/api/disputes/{id}/escalate"),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let before = snapshot::fingerprint(&w.state.pool).await;
    for amount in [0, -1, total + 1, i64::MAX] {
        let (status, refused) = call(
            &w.app,
            "POST",
            &format!("/api/admin/disputes/{id}/decide"),
            json!({"favour": "buyer", "refund_minor": amount,
                   "reason": "The parcel never arrived at all."}),
            &admin,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{amount}: {refused}");
        assert_eq!(
            fields(&refused),
            [("refund_minor".to_owned(), "out_of_range".to_owned())],
            "{amount}"
        );
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "tampered decisions").await;
    let refunds: i64 = sqlx::query_scalar("SELECT count(*) FROM refunds")
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    assert_eq!(refunds, 0, "nothing refunded");
}
