//! Reviews and the service score (SRV-1 … SRV-8) with real orders: a completed order is rated once; the
//! product page lists reviews page by page and shows the shop's figures; the seller's assessment counts bad
//! reviews, bad DSR, sold-but-not-shipped orders and dispute timeouts over the rolling window.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;

use axum::http::StatusCode;
use common::{call, get_json};
use orders::{DAY, World, world};
use serde_json::{Value, json};

/// A placed, paid, shipped and confirmed order; returns its id.
async fn completed(w: &World, key: &str) -> i64 {
    let (_, order) = w.paid_order(1, key).await;
    let (status, shipped) = w.ship(order).await;
    assert_eq!(status, StatusCode::OK, "{shipped}");
    let (status, done) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/confirm-receipt"),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["status"], "completed");
    order
}

fn review(rating: u8, described: u8, communication: u8, shipping: u8, text: &str) -> Value {
    json!({"rating": rating, "text": text,
           "dsr": {"described": described, "communication": communication, "shipping": shipping}})
}

async fn rate(w: &World, order: i64, body: Value) -> (StatusCode, Value) {
    call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/review"),
        body,
        &w.buyer,
    )
    .await
}

#[tokio::test]
async fn a_completed_order_is_reviewed_once_by_its_buyer() {
    let w = world().await;
    let (_, unfinished) = w.paid_order(1, "review-early").await;
    let (status, early) = rate(&w, unfinished, review(5, 5, 5, 5, "")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(early["error"]["code"], "order_not_completed");

    let order = completed(&w, "review-once").await;
    let (status, bad) = rate(&w, order, review(6, 5, 5, 5, "")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["error"]["fields"][0]["path"], "rating");
    let (status, bad) = rate(&w, order, review(5, 5, 0, 5, "")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["error"]["fields"][0]["path"], "dsr.communication");
    let stranger = orders::other_buyer(&w.state, "mallory").await;
    let (status, _) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/review"),
        review(1, 1, 1, 1, ""),
        &stranger,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/review"),
        review(1, 1, 1, 1, ""),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The order says it can be rated until it has been, and only to its buyer.
    assert_eq!(w.buyer_order(unfinished).await["actions"]["review"], false);
    assert_eq!(w.buyer_order(order).await["actions"]["review"], true);
    let (status, seller_view) = call(
        &w.app,
        "GET",
        &format!("/api/seller/orders/{order}"),
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{seller_view}");
    assert_eq!(seller_view["actions"]["review"], false);
    let (status, written) = rate(
        &w,
        order,
        review(4, 5, 4, 3, "Keeps coffee hot all morning."),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{written}");
    assert_eq!(w.buyer_order(order).await["actions"]["review"], false);
    assert_eq!(written["rating"], 4);
    assert_eq!(written["dsr"]["shipping"], 3);
    let (status, twice) = rate(&w, order, review(1, 1, 1, 1, "Changed my mind.")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(twice["error"]["code"], "review_exists");

    // The buyer and the seller can read it; nobody else.
    let path = format!("/api/orders/{order}/review");
    let (status, seen) = call(&w.app, "GET", &path, Value::Null, &w.seller).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["text"], "Keeps coffee hot all morning.");
    let (status, _) = call(&w.app, "GET", &path, Value::Null, &stranger).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        w.notifications(&w.seller)
            .await
            .contains(&"review_received".to_owned())
    );
}

#[tokio::test]
async fn the_product_page_lists_reviews_page_by_page() {
    let w = world().await;
    for (n, (rating, text)) in [(5, "Perfect."), (2, "Lid leaks."), (4, "Good value.")]
        .into_iter()
        .enumerate()
    {
        let order = completed(&w, &format!("review-page-{n}")).await;
        let (status, _) = rate(&w, order, review(rating, 4, 4, 4, text)).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let path = format!("/api/listings/{}/reviews?limit=2", w.listing);
    let (status, first) = get_json(&w.app, &path).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(first["summary"]["ratings"], 3);
    assert_eq!(first["summary"]["average_tenths"], 37); // 11 / 3 = 3.67
    assert_eq!(first["summary"]["positive_permille"], 666); // 2 of 3 rated 4 or 5 (SRV-8)
    // The distribution: every star count from 5 down to 1, those nobody gave as 0, on every page.
    let by_stars = json!([
        {"stars": 5, "count": 1}, {"stars": 4, "count": 1}, {"stars": 3, "count": 0},
        {"stars": 2, "count": 1}, {"stars": 1, "count": 0}
    ]);
    assert_eq!(first["summary"]["by_stars"], by_stars);
    let texts: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Good value.", "Lid leaks."]);
    assert_eq!(first["items"][0]["author"], "a***e");
    assert!(!first["items"][0]["sku_label"].is_null());
    let cursor = first["next_cursor"].as_str().unwrap();
    let (_, second) = get_json(&w.app, &format!("{path}&cursor={cursor}")).await;
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(second["items"][0]["text"], "Perfect.");
    assert_eq!(second["next_cursor"], Value::Null);
    assert_eq!(second["summary"]["by_stars"], by_stars);
    let (status, _) = get_json(&w.app, &format!("{path}&cursor=abc")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = get_json(&w.app, "/api/listings/999999999/reviews").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for bad in [
        "limit=0",
        "limit=51",
        "cursor=0",
        "cursor=-4",
        "sort=oldest",
    ] {
        let (status, body) = get_json(
            &w.app,
            &format!("/api/listings/{}/reviews?{bad}", w.listing),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
        assert!(body["error"]["code"].is_string(), "{bad}: {body}");
    }

    // The product page shows the shop's figures over the window (once the moment has passed).
    w.advance(60).await;
    let (_, page) = get_json(&w.app, &format!("/api/listings/{}", w.listing)).await;
    assert_eq!(page["shop"]["service"]["dsr"]["ratings"], 3, "{page}");
    assert_eq!(page["shop"]["service"]["dsr"]["described_tenths"], 40);
    assert_eq!(page["shop"]["positive_feedback_permille"], 666);
}

#[tokio::test]
async fn a_listing_without_reviews_has_an_empty_summary() {
    let w = world().await;
    let (status, body) = get_json(&w.app, &format!("/api/listings/{}/reviews", w.listing)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["summary"]["ratings"], 0);
    assert_eq!(body["summary"]["average_tenths"], Value::Null);
    assert_eq!(body["summary"]["positive_permille"], Value::Null);
    let counts: Vec<(u64, u64)> = body["summary"]["by_stars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["stars"].as_u64().unwrap(), s["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(counts, [(5, 0), (4, 0), (3, 0), (2, 0), (1, 0)]);
    assert_eq!(body["items"], json!([]));
    assert_eq!(body["next_cursor"], Value::Null);
    // The distribution is in the API's description too.
    let (_, spec) = get_json(&w.app, "/api/openapi.json").await;
    let schemas = &spec["components"]["schemas"];
    assert!(
        schemas["RatingSummary"]["properties"]["by_stars"].is_object(),
        "{}",
        schemas["RatingSummary"]
    );
    assert!(schemas["StarCount"]["properties"]["count"].is_object());
}

#[tokio::test]
async fn the_service_score_counts_what_the_rules_count() {
    let w = world().await;
    // SRV-1, SRV-2: a bad review with bad item-as-described and the lowest shipping rating.
    let bad = completed(&w, "score-bad").await;
    rate(&w, bad, review(2, 2, 4, 1, "Not what the pictures showed.")).await;
    let good = completed(&w, "score-good").await;
    rate(&w, good, review(5, 5, 5, 4, "")).await;
    // SRV-5: a "not as described" dispute the seller never answered.
    let (_, disputed) = w.paid_order(1, "score-dispute").await;
    w.ship(disputed).await;
    let picture = common::png(300, 300);
    let dir = w.state.media_dir.as_ref().clone();
    let url = tokio::task::spawn_blocking(move || {
        caravan_server::uploads::store(&dir, &picture).unwrap().url
    })
    .await
    .unwrap();
    let (status, opened) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{disputed}/dispute"),
        json!({"reason": "not_as_described", "remedy": {"kind": "full_refund"},
               "description": "A different model arrived.", "images": [url]}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{opened}");
    // SRV-3: an order the seller never ships.
    w.paid_order(1, "score-unshipped").await;
    w.advance(10 * DAY).await;

    let (status, score) = call(
        &w.app,
        "GET",
        "/api/seller/service-score",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{score}");
    assert_eq!(score["orders"], 4);
    assert_eq!(score["counted"], 4);
    assert_eq!(score["bad_reviews"]["count"], 1);
    assert_eq!(score["bad_reviews"]["rate_permille"], 250);
    assert_eq!(score["bad_described"]["count"], 1);
    assert_eq!(score["bad_communication"]["count"], 0);
    assert_eq!(score["bad_shipping"]["count"], 1);
    assert_eq!(score["response_timeouts"]["count"], 1);
    assert_eq!(score["sold_not_shipped"]["count"], 1);
    assert_eq!(score["arbitration"]["count"], 0);
    assert_eq!(score["dsr"]["ratings"], 2);
    assert_eq!(score["dsr"]["described_tenths"], 35);
    assert_eq!(score["positive_feedback_permille"], 500);
    // SRV-7: a growing shop is assessed from 90 orders in the window.
    assert_eq!(score["assessed"], false);
    assert_eq!(score["min_orders"], 90);
    // The same window week by week (the seller center's trend charts): 90 days are 12 weeks and a
    // 6-day remainder, oldest first, and the weeks add up to the window's counts.
    let (status, weeks) = call(
        &w.app,
        "GET",
        "/api/seller/service-score/weeks",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{weeks}");
    let weeks = weeks.as_array().unwrap();
    assert_eq!(weeks.len(), 13);
    assert_eq!(weeks[0]["starts_at"], score["window_start"]);
    assert_eq!(weeks[12]["ends_at"], score["window_end"]);
    assert_eq!(
        weeks[0]["ends_at"].as_i64().unwrap() - weeks[0]["starts_at"].as_i64().unwrap(),
        6 * DAY
    );
    for pair in weeks.windows(2) {
        assert_eq!(pair[0]["ends_at"], pair[1]["starts_at"]);
    }
    let total = |key: &str| weeks.iter().map(|w| w[key].as_u64().unwrap()).sum::<u64>();
    assert_eq!(total("counted"), 4);
    assert_eq!(total("bad_reviews"), 1);
    assert_eq!(total("bad_described"), 1);
    assert_eq!(total("bad_shipping"), 1);
    assert_eq!(total("response_timeouts"), 1);
    assert_eq!(total("sold_not_shipped"), 1);
    // Every order was placed within the last 10 days: in the two newest weeks, with their DSR.
    assert!(
        weeks[..11]
            .iter()
            .all(|w| w["counted"] == 0 && w["dsr"]["described_tenths"].is_null())
    );
    let rated: u64 = weeks[11..]
        .iter()
        .map(|w| w["dsr"]["ratings"].as_u64().unwrap())
        .sum();
    assert_eq!(rated, 2);
    // Only sellers have a score.
    let (status, _) = call(
        &w.app,
        "GET",
        "/api/seller/service-score",
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The window rolls: 90 days later none of it counts (sessions last 30 days: sign in again).
    w.advance(90 * DAY).await;
    let seller = common::session_for(&w.state, owner(&w).await).await;
    let (_, later) = call(
        &w.app,
        "GET",
        "/api/seller/service-score",
        Value::Null,
        &seller,
    )
    .await;
    assert_eq!(later["orders"], 0, "{later}");
}

async fn owner(w: &World) -> i64 {
    sqlx::query_scalar("SELECT owner_id FROM shops WHERE id = ?")
        .bind(w.shop_id)
        .fetch_one(&w.state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_shop_that_fails_its_assessment_is_penalised_once_per_window() {
    let w = world().await;
    for (n, rating) in [2, 2, 5, 1].into_iter().enumerate() {
        let order = completed(&w, &format!("assess-{n}")).await;
        let (status, _) = rate(&w, order, review(rating, 4, 4, 4, "")).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    // The same engine with a policy that assesses shops from three orders (SRV-7 is policy data).
    let mut policy = caravan_rules::Policy::default_policy();
    policy.service.min_orders = 3;
    let mut strict = w.state.clone();
    strict.rules = std::sync::Arc::new(caravan_rules::Engine::new(policy).unwrap());
    w.clock.advance(60);
    let report = caravan_server::deadlines::sweep(&strict, w.state.clock.now())
        .await
        .unwrap();
    assert_eq!(report.changed["shops_assessed"], 1);

    let (_, mine) = call(
        &w.app,
        "GET",
        "/api/seller/penalties",
        Value::Null,
        &w.seller,
    )
    .await;
    let penalties = mine["penalties"].as_array().unwrap();
    assert_eq!(penalties.len(), 1, "{mine}");
    let penalty = &penalties[0];
    assert_eq!(penalty["rule"], "SRV-1");
    assert_eq!(penalty["automated"], true);
    assert_eq!(penalty["level"], "warning");
    // 3 bad of 4 counted orders: 750 per thousand against the limit of 100.
    assert_eq!(
        penalty["statement"]["clause"],
        "rule-srv-1-bad-reviews-high"
    );
    assert_eq!(penalty["statement"]["facts"][0]["args"]["rate"], 750);
    assert_eq!(penalty["statement"]["facts"][0]["args"]["max"], 100);
    assert!(
        w.notifications(&w.seller)
            .await
            .contains(&"penalty_issued".to_owned())
    );

    // Assessed again the next day with the same findings: no second penalty within the window.
    w.clock.advance(DAY);
    let report = caravan_server::deadlines::sweep(&strict, w.state.clock.now())
        .await
        .unwrap();
    assert_eq!(report.changed["shops_assessed"], 1);
    let (_, mine) = call(
        &w.app,
        "GET",
        "/api/seller/penalties",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(mine["penalties"].as_array().unwrap().len(), 1);
    // Within the same day nothing is assessed twice.
    let report = caravan_server::deadlines::sweep(&strict, w.state.clock.now())
        .await
        .unwrap();
    assert_eq!(report.changed["shops_assessed"], 0);
}
