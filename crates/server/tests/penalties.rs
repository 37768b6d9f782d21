//! Penalties and appeals (PEN-1 … PEN-5): issued by staff with a statement of reasons, enforced by the API
//! (restricted shops cannot publish, suspended shops cannot sell), expiring with the clock, lifted on
//! appeal; IP strikes close a shop.

#[path = "support/common.rs"]
mod common;
#[path = "support/trust.rs"]
mod trust;

use axum::http::StatusCode;
use caravan_server::{app, clock::ManualClock};
use common::{call, get_json, test_state};
use serde_json::{Value, json};
use std::sync::Arc;
use trust::{admin, issue_penalty, published_listing, seller};

/// 2026-11-23 00:00:00 UTC, a Monday.
const MONDAY: i64 = 1_795_392_000;
const DAY: i64 = 86_400;

async fn clocked() -> (caravan_server::AppState, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(MONDAY));
    (test_state().await.with_clock(clock.clone()), clock)
}

async fn standing(app: &axum::Router, cookie: &str) -> Value {
    let (status, body) = call(app, "GET", "/api/seller/penalties", Value::Null, cookie).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

#[tokio::test]
async fn a_restricted_shop_cannot_publish_until_the_restriction_expires() {
    let (state, clock) = clocked().await;
    let app = app(state.clone());
    let shop = seller(&state, "restricted").await;
    let admin = admin(&state).await;
    let (listing, _, _) = published_listing(&app, &shop, "Insulated steel bottle 750 ml").await;

    let (status, issued) = issue_penalty(
        &app,
        &admin,
        json!({"shop_id": shop.shop_id, "rule": "LST-5", "facts": "Titles stuffed with repeated keywords on 12 listings.", "level": "restricted_operations"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let penalty = &issued["penalty"];
    assert_eq!(penalty["level"], "restricted_operations");
    assert_eq!(penalty["rule"], "LST-5");
    assert_eq!(penalty["status"], "active");
    assert_eq!(penalty["automated"], false);
    // PEN-1: the policy's 7-day restriction; PEN-4: the statement names the rule, the facts and the appeal route.
    assert_eq!(penalty["expires_at"], MONDAY + 7 * DAY);
    let statement = &penalty["statement"];
    assert_eq!(statement["decision"], "penalty:restricted_operations");
    assert_eq!(statement["rule"], "LST-5");
    assert_eq!(statement["clause"], "penalty-reason-staff-finding");
    assert_eq!(
        statement["facts"][0]["args"]["facts"],
        "Titles stuffed with repeated keywords on 12 listings."
    );
    assert_eq!(statement["appeal"]["url"], "/seller/appeals");
    assert_eq!(statement["appeal"]["deadline"], MONDAY + 7 * DAY);
    assert!(issued["consequences"].as_array().unwrap().is_empty());

    let body = standing(&app, &shop.cookie).await;
    assert_eq!(body["standing"]["can_publish"], false);
    assert_eq!(body["standing"]["can_sell"], true);
    assert_eq!(body["standing"]["can_promote"], false);
    assert_eq!(body["standing"]["level"], "restricted_operations");
    assert_eq!(body["penalties"][0]["id"], penalty["id"]);

    // A new listing can be drafted but not published; the published one stays on sale.
    let draft = trust::draft(&app, &shop, "Insulated steel tumbler 500 ml").await;
    let (status, created) = call(&app, "POST", "/api/seller/listings", draft, &shop.cookie).await;
    assert_eq!(status, StatusCode::CREATED);
    let publish = format!("/api/seller/listings/{}/publish", created["id"]);
    let (status, refused) = call(&app, "POST", &publish, json!({"version": 1}), &shop.cookie).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    assert_eq!(refused["error"]["code"], "shop_restricted");
    let (status, _) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert_eq!(status, StatusCode::OK);

    // Seven days later the restriction has run out by itself.
    clock.advance(7 * DAY + 1);
    let body = standing(&app, &shop.cookie).await;
    assert_eq!(body["standing"]["can_publish"], true);
    assert_eq!(body["penalties"][0]["status"], "expired");
    let (status, published) =
        call(&app, "POST", &publish, json!({"version": 1}), &shop.cookie).await;
    assert_eq!(status, StatusCode::OK, "{published}");
}

#[tokio::test]
async fn a_suspended_shop_cannot_sell_and_comes_back_when_lifted() {
    let state = test_state().await;
    let app = app(state.clone());
    let shop = seller(&state, "suspended").await;
    let admin = admin(&state).await;
    let title = format!("Quokkaware steel bottle {}", shop.shop_id);
    let (listing, version, _) = published_listing(&app, &shop, &title).await;
    let search = format!("/api/search?q=quokkaware%20{}", shop.shop_id);
    let (_, found) = get_json(&app, &search).await;
    assert_eq!(found["total"], 1, "{found}");

    let (status, issued) = issue_penalty(
        &app,
        &admin,
        json!({"shop_id": shop.shop_id, "rule": "ORD-3", "facts": "Forty paid orders were not shipped within the handling time.", "level": "trading_suspended"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let id = issued["penalty"]["id"].as_i64().unwrap();

    // Hidden from the product page, browsing and search at once.
    let (status, _) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, found) = get_json(&app, &search).await;
    assert_eq!(found["total"], 0, "{found}");
    // And refused in a quote, so no order can be placed.
    let sku: i64 = sqlx::query_scalar("SELECT id FROM skus WHERE listing_id = ? AND position = 0")
        .bind(listing)
        .fetch_one(&state.pool)
        .await
        .unwrap();
    let (_, buyer) = trust::buyer(&state, "suspendedbuyer").await;
    let (status, quote) = call(
        &app,
        "POST",
        "/api/cart/quote",
        json!({"destination": "DE", "lines": [{"listing_id": listing, "sku_id": sku, "quantity": 1}]}),
        &buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{quote}");
    assert_eq!(quote["orderable"], false);
    assert_eq!(
        quote["shops"][0]["lines"][0]["problems"][0]["code"],
        "unavailable"
    );
    let body = standing(&app, &shop.cookie).await;
    assert_eq!(body["standing"]["can_sell"], false);
    assert_eq!(body["standing"]["can_publish"], false);
    let (status, refused) = call(
        &app,
        "POST",
        &format!("/api/seller/listings/{listing}/publish"),
        json!({"version": version}),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    assert_eq!(refused["error"]["code"], "shop_suspended");

    // Lifting needs a stated reason, and brings the shop back.
    let lift = format!("/api/admin/penalties/{id}/lift");
    let (status, _) = call(&app, "POST", &lift, json!({"reason": "short"}), &admin).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, lifted) = call(
        &app,
        "POST",
        &lift,
        json!({"reason": "The orders were shipped late because of a carrier strike."}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{lifted}");
    assert_eq!(lifted["status"], "lifted");
    let (status, again) = call(
        &app,
        "POST",
        &lift,
        json!({"reason": "Lifting it a second time."}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(again["error"]["code"], "penalty_lifted");
    let (status, _) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert_eq!(status, StatusCode::OK);
    let (_, found) = get_json(&app, &search).await;
    assert_eq!(found["total"], 1);
}

#[tokio::test]
async fn the_ladder_climbs_with_each_penalty_in_the_lookback() {
    let state = test_state().await;
    let app = app(state.clone());
    let shop = seller(&state, "ladder").await;
    let admin = admin(&state).await;
    let mut levels = Vec::new();
    for (rule, serious) in [("LST-5", false), ("LST-6", false), ("LST-1", false)] {
        let (status, issued) = issue_penalty(
            &app,
            &admin,
            json!({"shop_id": shop.shop_id, "rule": rule, "facts": "Repeated breaches found in a routine review.", "serious": serious}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{issued}");
        levels.push(issued["penalty"]["level"].as_str().unwrap().to_owned());
    }
    assert_eq!(
        levels,
        ["warning", "restricted_operations", "trading_suspended"]
    );

    // A serious violation on a clean shop starts one rung up.
    let other = seller(&state, "serious").await;
    let (_, issued) = issue_penalty(
        &app,
        &admin,
        json!({"shop_id": other.shop_id, "rule": "LST-2", "facts": "Listed a prohibited weapon accessory.", "serious": true}),
    )
    .await;
    assert_eq!(issued["penalty"]["level"], "restricted_operations");
}

#[tokio::test]
async fn ip_strikes_take_listings_down_and_close_the_shop() {
    let (state, clock) = clocked().await;
    let app = app(state.clone());
    let shop = seller(&state, "ip").await;
    let admin = admin(&state).await;
    let (listing, _, _) = published_listing(&app, &shop, "Insulated steel flask 1 litre").await;

    let (status, issued) = issue_penalty(
        &app,
        &admin,
        json!({"shop_id": shop.shop_id, "rule": "LST-4", "facts": "Counterfeit trademark on the product photos.", "listing_id": listing, "ip_strike": "serious"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    assert_eq!(issued["penalty"]["ip_strike"], "serious");
    assert_eq!(issued["penalty"]["listing_id"], listing);
    // PEN-2: the listing is taken down and cannot be republished.
    let (status, _) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, mine) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{listing}"),
        Value::Null,
        &shop.cookie,
    )
    .await;
    assert_eq!(mine["status"], "suspended");

    // Two more serious infringements, each more than the 3-day merge window apart: the third ends cooperation.
    for round in 0..2 {
        clock.advance(4 * DAY);
        let (status, issued) = issue_penalty(
            &app,
            &admin,
            json!({"shop_id": shop.shop_id, "rule": "LST-4", "facts": "Another counterfeit brand found in a new listing.", "ip_strike": "serious"}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{issued}");
        let consequences = issued["consequences"].as_array().unwrap();
        if round == 0 {
            assert!(consequences.is_empty(), "{consequences:?}");
        } else {
            assert_eq!(consequences.len(), 1, "{consequences:?}");
            assert_eq!(consequences[0]["level"], "cooperation_ended");
            assert_eq!(consequences[0]["rule"], "PEN-5");
            assert_eq!(consequences[0]["automated"], true);
            assert_eq!(
                consequences[0]["statement"]["clause"],
                "penalty-reason-ip-closure"
            );
            assert_eq!(consequences[0]["expires_at"], Value::Null);
        }
    }
    let session = trust::session_for(&state, shop.user_id).await;
    let body = standing(&app, &session).await;
    assert_eq!(body["standing"]["level"], "cooperation_ended");
    assert_eq!(body["standing"]["ip_serious"], 3);
    assert_eq!(body["standing"]["can_sell"], false);
}

#[tokio::test]
async fn a_seller_appeals_once_and_the_platform_decides() {
    let (state, clock) = clocked().await;
    let app = app(state.clone());
    let shop = seller(&state, "appeal").await;
    let other = seller(&state, "bystander").await;
    let admin = admin(&state).await;
    let mut ids = Vec::new();
    for level in ["trading_suspended", "restricted_operations", "warning"] {
        let (_, issued) = issue_penalty(
            &app,
            &admin,
            json!({"shop_id": shop.shop_id, "rule": "ORD-3", "facts": "Orders were not shipped within the handling time.", "level": level}),
        )
        .await;
        ids.push(issued["penalty"]["id"].as_i64().unwrap());
    }
    let appeal = |id: i64| format!("/api/seller/penalties/{id}/appeal");
    let statement =
        json!({"statement": "The carrier lost the parcels; tracking numbers attached."});

    // Someone else's penalty is not there; a too-short statement is refused.
    let (status, _) = call(
        &app,
        "POST",
        &appeal(ids[0]),
        statement.clone(),
        &other.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &app,
        "POST",
        &appeal(ids[0]),
        json!({"statement": "no"}),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, filed) = call(
        &app,
        "POST",
        &appeal(ids[0]),
        statement.clone(),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    assert_eq!(filed["appeal"]["status"], "pending");
    let (status, twice) = call(
        &app,
        "POST",
        &appeal(ids[0]),
        statement.clone(),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(twice["error"]["code"], "appeal_exists");
    let (status, _) = call(
        &app,
        "POST",
        &appeal(ids[1]),
        statement.clone(),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);

    // Only staff see the queue.
    let (status, _) = call(&app, "GET", "/api/admin/appeals", Value::Null, &shop.cookie).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, queue) = call(&app, "GET", "/api/admin/appeals", Value::Null, &admin).await;
    assert_eq!(status, StatusCode::OK);
    let case = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["penalty"]["id"] == ids[0])
        .expect("the appeal is queued");
    assert_eq!(case["appeal"]["statement"], statement["statement"]);
    let first = case["appeal"]["id"].as_i64().unwrap();
    let second = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["penalty"]["id"] == ids[1])
        .unwrap()["appeal"]["id"]
        .as_i64()
        .unwrap();

    // Granted: the suspension is lifted. Refused: the restriction stays, with the reason.
    let (status, lifted) = call(
        &app,
        "POST",
        &format!("/api/admin/appeals/{first}/approve"),
        Value::Null,
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{lifted}");
    assert_eq!(lifted["status"], "lifted");
    assert_eq!(lifted["appeal"]["status"], "lifted");
    let (status, upheld) = call(
        &app,
        "POST",
        &format!("/api/admin/appeals/{second}/reject"),
        json!({"reason": "Tracking shows the parcels were handed over late."}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{upheld}");
    assert_eq!(upheld["status"], "active");
    assert_eq!(upheld["appeal"]["status"], "upheld");
    assert_eq!(
        upheld["appeal"]["decision_reason"],
        "Tracking shows the parcels were handed over late."
    );
    let (status, decided) = call(
        &app,
        "POST",
        &format!("/api/admin/appeals/{second}/approve"),
        Value::Null,
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(decided["error"]["code"], "not_pending");
    let body = standing(&app, &shop.cookie).await;
    assert_eq!(body["standing"]["level"], "restricted_operations");
    assert_eq!(body["standing"]["can_sell"], true);
    let kinds = trust::notification_kinds(&app, &shop.cookie).await;
    assert_eq!(
        kinds.iter().filter(|k| *k == "penalty_issued").count(),
        3,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| *k == "appeal_decided").count(),
        2,
        "{kinds:?}"
    );
    assert!(kinds.contains(&"penalty_lifted".to_owned()));

    // PEN-3: the appeal window is the policy's 7 days.
    clock.advance(8 * DAY);
    let (status, late) = call(&app, "POST", &appeal(ids[2]), statement, &shop.cookie).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{late}");
    assert_eq!(
        late["error"]["verdicts"][0]["message_key"],
        "rule-pen-3-appeal-too-late"
    );
}

#[tokio::test]
async fn only_staff_issue_and_list_penalties() {
    let state = test_state().await;
    let app = app(state.clone());
    let shop = seller(&state, "staffonly").await;
    let (_, buyer) = trust::buyer(&state, "nosy").await;
    let body = json!({"shop_id": shop.shop_id, "rule": "LST-5", "facts": "Keyword stuffing in twelve titles."});
    for cookie in [&shop.cookie, &buyer] {
        let (status, error) = issue_penalty(&app, cookie, body.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(error["error"]["code"], "wrong_role");
        let (status, _) = call(&app, "GET", "/api/admin/penalties", Value::Null, cookie).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let (status, _) = call(&app, "GET", "/api/seller/penalties", Value::Null, &buyer).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let admin = admin(&state).await;
    let (status, bad) = issue_penalty(&app, &admin, json!({"shop_id": shop.shop_id, "rule": "XYZ-1", "facts": "Keyword stuffing in twelve titles."})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["error"]["fields"][0]["code"], "unknown_rule");
    let (status, _) = issue_penalty(
        &app,
        &admin,
        json!({"shop_id": 999_999, "rule": "LST-5", "facts": "Keyword stuffing in twelve titles."}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = issue_penalty(&app, &admin, body).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, listed) = call(
        &app,
        "GET",
        &format!(
            "/api/admin/penalties?shop_id={}&status=active",
            shop.shop_id
        ),
        Value::Null,
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    // A seller's list holds only their own shop's penalties.
    let (_, mine) = call(
        &app,
        "GET",
        "/api/seller/penalties",
        Value::Null,
        &seller(&state, "clean").await.cookie,
    )
    .await;
    assert!(mine["penalties"].as_array().unwrap().is_empty());
}
