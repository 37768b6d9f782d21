//! Catalogue search: full text with prefixes, filters, sorts, facets and pagination.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use common::{get_json, test_app};
use serde_json::Value;
use std::collections::HashSet;

fn items(page: &Value) -> &Vec<Value> {
    page["items"].as_array().unwrap()
}

#[tokio::test]
async fn words_match_and_the_last_one_as_a_prefix() {
    let app = test_app().await;
    let (status, page) = get_json(&app, "/api/search?q=steel%20bott&limit=10").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page["total"].as_u64().unwrap() > 0);
    for item in items(&page) {
        let title = item["title"].as_str().unwrap().to_lowercase();
        assert!(title.contains("steel") && title.contains("bott"), "{title}");
    }
    // Nothing typed is FTS syntax: quotes, operators and brackets are just words.
    let (status, odd) = get_json(&app, "/api/search?q=%22steel%22%20OR%20(NEAR%20*").await;
    assert_eq!(status, StatusCode::OK, "{odd}");
    let (_, none) = get_json(&app, "/api/search?q=zzqqxx").await;
    assert_eq!(none["total"], 0);
    assert_eq!(items(&none).len(), 0);
}

#[tokio::test]
async fn relevance_pages_do_not_repeat() {
    let app = test_app().await;
    let (_, first) = get_json(&app, "/api/search?q=cotton&limit=20").await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let (_, second) = get_json(
        &app,
        &format!("/api/search?q=cotton&limit=20&cursor={cursor}"),
    )
    .await;
    let ids: std::collections::HashSet<i64> = items(&first)
        .iter()
        .chain(items(&second))
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 40);
    let (status, _) = get_json(
        &app,
        &format!("/api/search?q=cotton&sort=price_asc&cursor={cursor}"),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a relevance cursor does not fit another sort"
    );
}

#[tokio::test]
async fn price_sorts_follow_the_cursor_in_order() {
    let app = test_app().await;
    for (sort, ascending) in [("price_asc", true), ("price_desc", false)] {
        let (_, first) = get_json(
            &app,
            &format!("/api/search?sort={sort}&limit=30&category=kitchen"),
        )
        .await;
        let cursor = first["next_cursor"].as_str().unwrap();
        let (_, second) = get_json(
            &app,
            &format!("/api/search?sort={sort}&limit=30&category=kitchen&cursor={cursor}"),
        )
        .await;
        let prices: Vec<i64> = items(&first)
            .iter()
            .chain(items(&second))
            .map(|i| i["price"]["minor"].as_i64().unwrap())
            .collect();
        assert_eq!(prices.len(), 60);
        for pair in prices.windows(2) {
            assert!(
                if ascending {
                    pair[0] <= pair[1]
                } else {
                    pair[0] >= pair[1]
                },
                "{sort}: {pair:?}"
            );
        }
    }
}

#[tokio::test]
async fn filters_narrow_the_results() {
    let app = test_app().await;
    let (_, all) = get_json(&app, "/api/search?limit=1").await;
    let all_total = all["total"].as_u64().unwrap();
    assert_eq!(all_total, 2400);

    let (_, priced) = get_json(&app, "/api/search?price_min=1000&price_max=1500&limit=60").await;
    assert!(priced["total"].as_u64().unwrap() < all_total);
    for item in items(&priced) {
        let price = item["price"]["minor"].as_i64().unwrap();
        assert!((1000..=1500).contains(&price), "{price}");
    }

    let (_, rated) = get_json(&app, "/api/search?min_rating=45&limit=60").await;
    for item in items(&rated) {
        assert!(item["rating_tenths"].as_u64().unwrap() >= 45);
    }

    let (_, stocked) = get_json(&app, "/api/search?in_stock=true&limit=1").await;
    assert!(
        stocked["total"].as_u64().unwrap() < all_total,
        "some demo listings are sold out"
    );

    let (_, express) = get_json(&app, "/api/search?class=commercial&limit=10").await;
    for item in items(&express) {
        let (_, detail) = get_json(&app, &format!("/api/listings/{}", item["id"])).await;
        assert!(
            detail["shipping"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["class"] == "commercial")
        );
    }

    // Overseas-warehouse templates do not deliver to Japan.
    let (_, to_japan) = get_json(&app, "/api/search?ships_to=JP&limit=60").await;
    for item in items(&to_japan) {
        let (_, detail) = get_json(&app, &format!("/api/listings/{}", item["id"])).await;
        assert!(
            !detail["shipping"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["class"] == "overseas_warehouse")
        );
    }
    let (_, to_brazil) = get_json(&app, "/api/search?ships_to=BR&limit=1").await;
    assert_eq!(to_brazil["total"].as_u64().unwrap(), all_total);
}

#[tokio::test]
async fn facets_count_across_their_own_filter() {
    let app = test_app().await;
    let (_, page) = get_json(&app, "/api/search?q=set&category=kitchen").await;
    let total = page["total"].as_u64().unwrap();
    let categories = page["facets"]["categories"].as_array().unwrap();
    assert!(
        categories.len() > 1,
        "other categories stay visible: {categories:?}"
    );
    let kitchen = categories.iter().find(|c| c["slug"] == "kitchen").unwrap();
    assert_eq!(kitchen["count"].as_u64().unwrap(), total);
    let (_, unfiltered) = get_json(&app, "/api/search?q=set").await;
    let sum: u64 = unfiltered["facets"]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .sum();
    assert_eq!(
        sum,
        unfiltered["total"].as_u64().unwrap(),
        "every listing is in one top-level category"
    );
    let classes = unfiltered["facets"]["classes"].as_array().unwrap();
    assert_eq!(classes.len(), 4);
}

#[tokio::test]
async fn bad_filters_are_explained() {
    let app = test_app().await;
    for (query, field) in [
        ("min_rating=60", "min_rating"),
        ("price_min=500&price_max=100", "price_max"),
        ("price_min=-1", "price_min"),
        ("ships_to=brazil", "ships_to"),
        ("limit=61", "limit"),
    ] {
        let (status, error) = get_json(&app, &format!("/api/search?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(error["error"]["fields"][0]["path"], field, "{query}");
    }
    let (status, error) = get_json(&app, "/api/search?class=rocket").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error["error"]["code"], "invalid_query");
}

#[tokio::test]
async fn price_bounds_in_the_buyers_currency_are_widened_to_whole_cents() {
    use caravan_types::{Currency, Money, Rounding, fx::FxRates};
    let app = test_app().await;
    let (_, fx) = get_json(&app, "/api/fx").await;
    let rates: FxRates = serde_json::from_value(fx).unwrap();
    let eur: Currency = "EUR".parse().unwrap();
    let rate = rates.rate(eur, Currency::USD).unwrap();
    let usd = |minor: i64, rounding: Rounding| {
        Money::new(minor, eur)
            .convert(rate, rounding)
            .unwrap()
            .minor
    };
    // €10.00 to €15.00: the lowest price rounds down, the highest up, so no price shown in the range is
    // left out by the conversion.
    let (low, high) = (usd(1000, Rounding::Floor), usd(1500, Rounding::Ceiling));
    assert!(low <= usd(1000, Rounding::HalfEven) && high >= usd(1500, Rounding::HalfEven));

    let (status, in_euros) = get_json(
        &app,
        "/api/search?price_min=1000&price_max=1500&currency=EUR&limit=60",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{in_euros}");
    let (_, in_dollars) = get_json(
        &app,
        &format!("/api/search?price_min={low}&price_max={high}&limit=60"),
    )
    .await;
    let total = in_euros["total"].as_u64().unwrap();
    assert!(total > 0);
    assert_eq!(total, in_dollars["total"].as_u64().unwrap());
    for item in items(&in_euros) {
        let price = item["price"]["minor"].as_i64().unwrap();
        assert!(
            (low..=high).contains(&price),
            "{price} outside {low}..={high}"
        );
    }
    // The same numbers in dollars are another range.
    let (_, plain) = get_json(&app, "/api/search?price_min=1000&price_max=1500&limit=1").await;
    assert_ne!(plain["total"].as_u64().unwrap(), total);
    // USD is the default, named or not.
    let (_, named) = get_json(
        &app,
        "/api/search?price_min=1000&price_max=1500&currency=USD&limit=1",
    )
    .await;
    assert_eq!(named["total"], plain["total"]);

    // A currency the reference rates lack is refused at the currency, not silently read as dollars.
    let (status, error) = get_json(&app, "/api/search?price_min=1000&currency=AFN").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{error}");
    assert_eq!(error["error"]["fields"][0]["path"], "currency");
    assert_eq!(error["error"]["fields"][0]["code"], "no_rate");
    let (status, _) = get_json(&app, "/api/search?price_min=1000&currency=EURO").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn suggestions_complete_the_typed_words_from_titles() {
    let app = test_app().await;
    let (status, body) = get_json(&app, "/api/search/suggestions?q=bamb").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let titles: Vec<&str> = body["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(!titles.is_empty() && titles.len() <= 8, "{titles:?}");
    for title in &titles {
        assert!(title.to_lowercase().contains("bamb"), "{title}");
    }
    let unique: HashSet<String> = titles.iter().map(|t| t.to_lowercase()).collect();
    assert_eq!(unique.len(), titles.len(), "no repeats: {titles:?}");

    // Every word must be in the title; the last is a prefix.
    let (_, body) = get_json(&app, "/api/search/suggestions?q=bamboo%20cli").await;
    for title in body["suggestions"].as_array().unwrap() {
        let title = title.as_str().unwrap().to_lowercase();
        assert!(title.contains("bamboo") && title.contains("cli"), "{title}");
    }

    // Too little or only punctuation: nothing to suggest, and no error.
    for q in ["b", "", "%22*(", "%20%20"] {
        let (status, body) = get_json(&app, &format!("/api/search/suggestions?q={q}")).await;
        assert_eq!(status, StatusCode::OK, "{q}: {body}");
        assert_eq!(body["suggestions"], serde_json::json!([]), "{q}");
    }
    let (status, body) = get_json(&app, "/api/search/suggestions?q=ba&limit=3").await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "unknown parameters are refused: {body}"
    );
}
