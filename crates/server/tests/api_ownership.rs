//! Someone else's objects, across every route that names one by id: a buyer's orders, order groups,
//! reviews, disputes and addresses, and a shop's listings, orders, promotions and penalties. A stranger of
//! the right role (another buyer, another shop's seller) gets 404, the same answer as for an id that does
//! not exist, and changes nothing; the owner sees the same objects. The route list comes from the OpenAPI
//! document, so a new route with an id fails here until its owner's object is added to the walk.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;
#[path = "support/snapshot.rs"]
mod snapshot;
#[path = "support/trust.rs"]
mod trust;

use axum::http::StatusCode;
use common::{call, get_json};
use orders::{START, VISA, World, world};
use serde_json::{Value, json};

/// (method, template, path, a body the owner could send, the owner's cookie, the strangers' cookies).
type Probe<'a> = (&'a str, &'a str, String, Value, &'a str, &'a [&'a str]);

/// Admin routes see every object by design; public routes show published things to everyone.
fn owner_bound(template: &str) -> bool {
    template.contains('{')
        && !template.starts_with("/api/admin/")
        && !matches!(
            template,
            "/api/listings/{id}" | "/api/listings/{id}/reviews"
        )
}

/// A paid and shipped order of one unit.
async fn shipped(w: &World, key: &str) -> (i64, i64) {
    let (group, order) = w.paid_order(1, key).await;
    let (status, body) = w.ship(order).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    (group, order)
}

/// A paid, shipped and received order.
async fn completed(w: &World, key: &str) -> i64 {
    let (_, order) = shipped(w, key).await;
    let (status, body) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/confirm-receipt"),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    order
}

fn review() -> Value {
    json!({"rating": 4, "text": "Keeps water cold all day.",
           "dsr": {"described": 5, "communication": 4, "shipping": 4}})
}

fn berlin() -> Value {
    json!({"name": "Alice Buyer", "line1": "Hauptstraße 1", "city": "Berlin", "postal_code": "10115", "country": "DE"})
}

#[tokio::test]
async fn strangers_get_not_found_for_every_object_they_do_not_own() {
    let w = world().await;
    let admin = trust::admin(&w.state).await;
    let mallory = orders::other_buyer(&w.state, "mallory").await;
    let rival = trust::seller(&w.state, "rival").await.cookie;

    // The buyer's objects: an order in each state the routes act on, a review, a dispute, an address.
    let (paid_group, paid) = w.paid_order(1, "own-paid-0001").await;
    let (_, sent) = shipped(&w, "own-shipped-0001").await;
    let (_, disputed) = shipped(&w, "own-disputed-0001").await;
    let unreviewed = completed(&w, "own-done-0001").await;
    let reviewed = completed(&w, "own-done-0002").await;
    let unpaid_group = w.place(1, "own-unpaid-0001").await["id"].as_i64().unwrap();
    let (status, body) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{reviewed}/review"),
        review(),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, opened) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{disputed}/dispute"),
        json!({"reason": "not_received", "remedy": {"kind": "full_refund"},
               "description": "Tracking has not moved for three weeks."}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{opened}");
    let dispute = opened["id"].as_i64().unwrap();
    // The seller's counter-offer, which only the buyer may accept.
    let (status, countered) = call(
        &w.app,
        "POST",
        &format!("/api/disputes/{dispute}/offers"),
        json!({"remedy": {"kind": "partial_refund", "amount_minor": 100}, "note": "A part for the wait."}),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{countered}");
    let offer = countered["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["by"] == "seller")
        .expect("the counter-offer")["id"]
        .as_i64()
        .unwrap();
    let (status, saved) = call(
        &w.app,
        "POST",
        "/api/account/addresses",
        json!({"address": berlin()}),
        &w.buyer,
    )
    .await;
    assert!(status.is_success(), "{status} {saved}");
    let address = saved["id"].as_i64().unwrap();

    // The shop's objects: its listing (as the seller center holds it), a promotion, a penalty.
    let (status, _) = call(
        &w.app,
        "GET",
        "/api/seller/listings",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let listing = w.listing;
    let (status, own) = call(
        &w.app,
        "GET",
        &format!("/api/seller/listings/{listing}"),
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{own}");
    let version = own["version"].clone();
    let sku_code: String = sqlx::query_scalar("SELECT code FROM skus WHERE id = ?")
        .bind(w.sku)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    let items = json!([{"listing_id": listing, "sku_code": sku_code, "promo_stock": 1}]);
    let (status, promotion) = call(
        &w.app,
        "POST",
        "/api/seller/promotions",
        json!({"name": "Ownership walk", "kind": "discount", "discount": {"type": "percent", "percent": 10},
               "starts_at": START + 86_400, "ends_at": START + 2 * 86_400, "items": items}),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{promotion}");
    let promotion = promotion["id"].as_i64().unwrap();
    let (status, issued) = trust::issue_penalty(
        &w.app,
        &admin,
        json!({"shop_id": w.shop_id, "rule": "ORD-3", "level": "warning",
               "facts": "Orders were not shipped within the handling time."}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let penalty = issued["penalty"]["id"].as_i64().unwrap();

    let card = json!({"card": {"number": VISA, "exp_month": 12, "exp_year": 2030, "cvc": "123"}});
    let buyer_side = [mallory.as_str()];
    let shop_side = [rival.as_str()];
    let both = [mallory.as_str(), rival.as_str()];
    let walk: Vec<Probe> = vec![
        (
            "GET",
            "/api/orders/{id}",
            format!("/api/orders/{paid}"),
            Value::Null,
            &w.buyer,
            &buyer_side,
        ),
        (
            "POST",
            "/api/orders/{id}/cancel",
            format!("/api/orders/{paid}/cancel"),
            json!({"reason": "Ordered twice."}),
            &w.buyer,
            &buyer_side,
        ),
        (
            "POST",
            "/api/orders/{id}/confirm-receipt",
            format!("/api/orders/{sent}/confirm-receipt"),
            Value::Null,
            &w.buyer,
            &buyer_side,
        ),
        (
            "POST",
            "/api/orders/{id}/dispute",
            format!("/api/orders/{sent}/dispute"),
            json!({"reason": "not_received", "remedy": {"kind": "full_refund"}, "description": "Tracking has not moved for three weeks."}),
            &w.buyer,
            &buyer_side,
        ),
        (
            "GET",
            "/api/orders/{id}/review",
            format!("/api/orders/{reviewed}/review"),
            Value::Null,
            &w.buyer,
            &both,
        ),
        (
            "POST",
            "/api/orders/{id}/review",
            format!("/api/orders/{unreviewed}/review"),
            review(),
            &w.buyer,
            &buyer_side,
        ),
        (
            "GET",
            "/api/order-groups/{id}",
            format!("/api/order-groups/{paid_group}"),
            Value::Null,
            &w.buyer,
            &buyer_side,
        ),
        (
            "POST",
            "/api/order-groups/{id}/payment",
            format!("/api/order-groups/{unpaid_group}/payment"),
            card,
            &w.buyer,
            &buyer_side,
        ),
        (
            "GET",
            "/api/disputes/{id}",
            format!("/api/disputes/{dispute}"),
            Value::Null,
            &w.buyer,
            &both,
        ),
        (
            "POST",
            "/api/disputes/{id}/messages",
            format!("/api/disputes/{dispute}/messages"),
            json!({"text": "Where is the parcel?"}),
            &w.buyer,
            &both,
        ),
        (
            "POST",
            "/api/disputes/{id}/offers",
            format!("/api/disputes/{dispute}/offers"),
            json!({"remedy": {"kind": "full_refund"}}),
            &w.buyer,
            &both,
        ),
        (
            "POST",
            "/api/disputes/{id}/offers/{offer_id}/accept",
            format!("/api/disputes/{dispute}/offers/{offer}/accept"),
            Value::Null,
            &w.buyer,
            &both,
        ),
        (
            "POST",
            "/api/disputes/{id}/escalate",
            format!("/api/disputes/{dispute}/escalate"),
            Value::Null,
            &w.buyer,
            &both,
        ),
        (
            "POST",
            "/api/disputes/{id}/withdraw",
            format!("/api/disputes/{dispute}/withdraw"),
            Value::Null,
            &w.buyer,
            &both,
        ),
        (
            "PUT",
            "/api/account/addresses/{id}",
            format!("/api/account/addresses/{address}"),
            json!({"address": berlin(), "is_default": true}),
            &w.buyer,
            &both,
        ),
        (
            "DELETE",
            "/api/account/addresses/{id}",
            format!("/api/account/addresses/{address}"),
            Value::Null,
            &w.buyer,
            &both,
        ),
        (
            "GET",
            "/api/seller/orders/{id}",
            format!("/api/seller/orders/{paid}"),
            Value::Null,
            &w.seller,
            &shop_side,
        ),
        (
            "POST",
            "/api/seller/orders/{id}/shipment",
            format!("/api/seller/orders/{paid}/shipment"),
            json!({"class": "standard", "tracking_number": "LX123456789CN", "carrier": "China Post"}),
            &w.seller,
            &shop_side,
        ),
        (
            "POST",
            "/api/seller/orders/{id}/tracking-events",
            format!("/api/seller/orders/{sent}/tracking-events"),
            json!({"kind": "in_transit", "location": "Frankfurt"}),
            &w.seller,
            &shop_side,
        ),
        (
            "GET",
            "/api/seller/listings/{id}",
            format!("/api/seller/listings/{listing}"),
            Value::Null,
            &w.seller,
            &shop_side,
        ),
        (
            "PUT",
            "/api/seller/listings/{id}",
            format!("/api/seller/listings/{listing}"),
            json!({"version": version, "draft": own["draft"]}),
            &w.seller,
            &shop_side,
        ),
        (
            "POST",
            "/api/seller/listings/{id}/publish",
            format!("/api/seller/listings/{listing}/publish"),
            json!({"version": version}),
            &w.seller,
            &shop_side,
        ),
        (
            "POST",
            "/api/seller/listings/{id}/unpublish",
            format!("/api/seller/listings/{listing}/unpublish"),
            json!({"version": version}),
            &w.seller,
            &shop_side,
        ),
        (
            "GET",
            "/api/seller/listings/{id}/promotion-commitments",
            format!("/api/seller/listings/{listing}/promotion-commitments"),
            Value::Null,
            &w.seller,
            &shop_side,
        ),
        (
            "GET",
            "/api/seller/promotions/{id}",
            format!("/api/seller/promotions/{promotion}"),
            Value::Null,
            &w.seller,
            &shop_side,
        ),
        (
            "PUT",
            "/api/seller/promotions/{id}",
            format!("/api/seller/promotions/{promotion}"),
            json!({"version": 1, "discount": {"type": "percent", "percent": 50}, "items": items}),
            &w.seller,
            &shop_side,
        ),
        (
            "POST",
            "/api/seller/promotions/{id}/withdraw",
            format!("/api/seller/promotions/{promotion}/withdraw"),
            Value::Null,
            &w.seller,
            &shop_side,
        ),
        (
            "POST",
            "/api/seller/penalties/{id}/appeal",
            format!("/api/seller/penalties/{penalty}/appeal"),
            json!({"statement": "The carrier lost the parcels; tracking numbers attached."}),
            &w.seller,
            &shop_side,
        ),
    ];

    // Every documented route that names an object by id is walked.
    let (_, spec) = get_json(&w.app, "/api/openapi.json").await;
    for (template, methods) in spec["paths"].as_object().unwrap() {
        if !owner_bound(template) {
            continue;
        }
        for method in methods.as_object().unwrap().keys() {
            let method = method.to_uppercase();
            assert!(
                walk.iter().any(|(m, t, ..)| *m == method && t == template),
                "{method} {template} names an object but is not in the ownership walk"
            );
        }
    }

    assert!(walk.len() >= 28, "{} routes walked", walk.len());
    let before = snapshot::fingerprint(&w.state.pool).await;
    for (method, template, path, body, _, strangers) in &walk {
        for stranger in *strangers {
            let (status, error) = call(&w.app, method, path, body.clone(), stranger).await;
            assert_eq!(
                (status, &error["error"]["code"]),
                (StatusCode::NOT_FOUND, &json!("not_found")),
                "{method} {template} by a stranger: {error}"
            );
        }
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "strangers' walk").await;
    assert_eq!(
        w.sandbox.charge_count(),
        5,
        "only the owner's five payments"
    );

    // The owner sees every object the strangers were refused.
    for (method, template, path, _, owner, _) in &walk {
        if *method == "GET" {
            let (status, body) = call(&w.app, method, path, Value::Null, owner).await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{method} {template} by its owner: {body}"
            );
        }
    }
    // And the strangers' lists hold none of them.
    let (_, theirs) = call(&w.app, "GET", "/api/disputes", Value::Null, &mallory).await;
    assert!(
        !theirs.to_string().contains(&format!("\"id\":{dispute},")),
        "{theirs}"
    );
    let (_, theirs) = call(&w.app, "GET", "/api/seller/promotions", Value::Null, &rival).await;
    assert_eq!(theirs, json!([]));
    let (_, theirs) = call(&w.app, "GET", "/api/seller/penalties", Value::Null, &rival).await;
    assert_eq!(theirs["penalties"], json!([]));
    let (_, theirs) = call(
        &w.app,
        "GET",
        "/api/account/addresses",
        Value::Null,
        &mallory,
    )
    .await;
    assert_eq!(theirs["items"], json!([]));
}

#[tokio::test]
async fn every_versioned_route_refuses_a_stale_or_future_version() {
    let w = world().await;
    let shop = trust::seller(&w.state, "versions").await;
    let (listing, _, draft) =
        trust::published_listing(&w.app, &shop, "Insulated steel bottle 750 ml").await;
    let (status, promotion) = trust::create_promotion(
        &w.app,
        &shop,
        json!({"name": "Versions", "kind": "discount", "discount": {"type": "percent", "percent": 10},
               "starts_at": START + 86_400, "ends_at": START + 2 * 86_400,
               "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": 5}]}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{promotion}");
    let promotion = promotion["id"].as_i64().unwrap();
    let listing_path = format!("/api/seller/listings/{listing}");
    let promotion_path = format!("/api/seller/promotions/{promotion}");
    let mut edited = draft.clone();
    edited["title"] = json!("Insulated steel bottle 750 ml, sand or black");
    // (method, template, path, where the current version is read, the body for a version), in an order
    // each step can succeed in: edit, unpublish, publish again, edit the promotion.
    type Body = Box<dyn Fn(i64) -> Value>;
    let steps: Vec<(&str, &str, String, String, Body)> = vec![
        (
            "PUT",
            "/api/seller/listings/{id}",
            listing_path.clone(),
            listing_path.clone(),
            Box::new(move |v| json!({"version": v, "draft": edited})),
        ),
        (
            "POST",
            "/api/seller/listings/{id}/unpublish",
            format!("{listing_path}/unpublish"),
            listing_path.clone(),
            Box::new(|v| json!({"version": v})),
        ),
        (
            "POST",
            "/api/seller/listings/{id}/publish",
            format!("{listing_path}/publish"),
            listing_path.clone(),
            Box::new(|v| json!({"version": v})),
        ),
        (
            "PUT",
            "/api/seller/promotions/{id}",
            promotion_path.clone(),
            promotion_path.clone(),
            Box::new(move |v| {
                json!({"version": v, "discount": {"type": "percent", "percent": 15},
                                  "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": 6}]})
            }),
        ),
    ];

    // Every documented route whose body carries a version is walked.
    let (_, spec) = get_json(&w.app, "/api/openapi.json").await;
    let schemas = &spec["components"]["schemas"];
    for (template, methods) in spec["paths"].as_object().unwrap() {
        for (method, operation) in methods.as_object().unwrap() {
            let Some(reference) =
                operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str()
            else {
                continue;
            };
            let schema = &schemas[reference.rsplit('/').next().unwrap()];
            if schema["required"]
                .as_array()
                .is_some_and(|r| r.contains(&json!("version")))
            {
                let method = method.to_uppercase();
                assert!(
                    steps.iter().any(|(m, t, ..)| *m == method && t == template),
                    "{method} {template} takes a version but is not in the stale-version walk"
                );
            }
        }
    }

    for (method, template, path, read, body) in &steps {
        let (status, current) = call(&w.app, "GET", read, Value::Null, &shop.cookie).await;
        assert_eq!(status, StatusCode::OK, "{current}");
        let version = current["version"].as_i64().unwrap();
        let before = snapshot::fingerprint(&w.state.pool).await;
        // Another tab saved first (the caller's copy is older), or the caller made a version up.
        for sent in [version - 1, version + 1] {
            let (status, refused) = call(&w.app, method, path, body(sent), &shop.cookie).await;
            assert_eq!(
                status,
                StatusCode::CONFLICT,
                "{method} {template} at {sent}: {refused}"
            );
            assert_eq!(
                refused["error"]["code"], "stale_version",
                "{method} {template}"
            );
            assert_eq!(
                refused["error"]["current_version"], version,
                "{method} {template}"
            );
        }
        snapshot::assert_unchanged(
            &w.state.pool,
            &before,
            &format!("stale {method} {template}"),
        )
        .await;
        let (status, saved) = call(&w.app, method, path, body(version), &shop.cookie).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{method} {template} at {version}: {saved}"
        );
        let (_, after) = call(&w.app, "GET", read, Value::Null, &shop.cookie).await;
        assert_eq!(
            after["version"],
            version + 1,
            "{method} {template} moves the version on"
        );
    }
    let (_, page) = get_json(&w.app, &format!("/api/listings/{listing}")).await;
    assert_eq!(
        page["title"],
        "Insulated steel bottle 750 ml, sand or black"
    );
}
