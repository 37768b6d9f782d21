//! Republishing a listing never brings back units that orders took since the seller last published it.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;

use axum::http::StatusCode;
use common::{call, send};
use orders::{World, stock, world};
use serde_json::{Value, json};

async fn seller_listing(w: &World) -> Value {
    let (status, listing) = call(
        &w.app,
        "GET",
        &format!("/api/seller/listings/{}", w.listing),
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{listing}");
    listing
}

/// Saves `draft` over `version` and publishes it; returns the published version.
async fn save_and_publish(w: &World, version: i64, draft: &Value) -> i64 {
    let path = format!("/api/seller/listings/{}", w.listing);
    let (status, saved) = call(
        &w.app,
        "PUT",
        &path,
        json!({"version": version, "draft": draft}),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, published) = call(
        &w.app,
        "POST",
        &format!("{path}/publish"),
        json!({"version": saved["version"]}),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    published["version"].as_i64().unwrap()
}

#[tokio::test]
async fn republishing_keeps_sold_units_sold_and_applies_the_sellers_change() {
    let w = world().await;
    let listing = seller_listing(&w).await;
    let mut draft = listing["draft"].clone();
    let sku_position: i64 = sqlx::query_scalar("SELECT position FROM skus WHERE id = ?")
        .bind(w.sku)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    let sku_position = usize::try_from(sku_position).unwrap();
    assert_eq!(
        draft["skus"][sku_position]["stock"], 50,
        "the draft shows the stock"
    );

    // Demo pictures are SVG, which LST-7 refuses: a real picture lets the listing be published again.
    let (status, _, bytes) = send(
        &w.app,
        common::upload_request(&common::png(1000, 1000), "item.png", &w.seller),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    draft["images"] = json!([serde_json::from_slice::<Value>(&bytes).unwrap()["image"]]);
    // And the attributes its category requires (LST-1), as the server reports them missing.
    let (_, saved) = call(
        &w.app,
        "PUT",
        &format!("/api/seller/listings/{}", w.listing),
        json!({"version": listing["version"], "draft": draft}),
        &w.seller,
    )
    .await;
    for verdict in saved["verdicts"].as_array().unwrap() {
        if verdict["message_key"] == "rule-lst-1-missing-attribute" {
            let name = verdict["args"]["attribute"].clone();
            draft["attributes"]
                .as_array_mut()
                .unwrap()
                .push(json!({"name": name, "value": "12"}));
        }
    }
    let listing = seller_listing(&w).await;
    let version = save_and_publish(&w, listing["version"].as_i64().unwrap(), &draft).await;
    assert_eq!(
        stock(&w.state, w.sku).await,
        50,
        "publishing without sales keeps the stock"
    );

    // Three units sell while the seller's draft still says 50.
    let (group, _) = w.paid_order(3, "stock-order-1").await;
    assert!(group > 0);
    assert_eq!(stock(&w.state, w.sku).await, 47);

    // Publishing the unchanged draft again keeps them sold.
    let version = save_and_publish(&w, version, &draft).await;
    assert_eq!(
        stock(&w.state, w.sku).await,
        47,
        "sold units do not come back"
    );

    // The seller adds ten units to the figure they published: the stock grows by ten from what is left.
    draft["skus"][sku_position]["stock"] = json!(60);
    save_and_publish(&w, version, &draft).await;
    assert_eq!(stock(&w.state, w.sku).await, 57);
    let total: i64 = sqlx::query_scalar("SELECT total_stock FROM listings WHERE id = ?")
        .bind(w.listing)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    let sum: i64 = sqlx::query_scalar("SELECT sum(stock) FROM skus WHERE listing_id = ?")
        .bind(w.listing)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    assert_eq!(total, sum, "the listing's total follows its SKUs");
}
