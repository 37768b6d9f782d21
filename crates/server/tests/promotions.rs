//! Promotions (PRM-1 … PRM-7): approval before anything runs, the PRM-2 commitments on every later edit,
//! the sanction for leaving, the flash-deal schedule, and promotion stock used exactly once per unit under
//! concurrency.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;
#[path = "support/trust.rs"]
mod trust;

use axum::http::StatusCode;
use caravan_server::{app, clock::ManualClock, db};
use common::{call, get_json, test_state};
use serde_json::{Value, json};
use std::sync::Arc;
use trust::{admin, approve_promotion, create_promotion, published_listing, seller};

/// 2026-11-23 00:00:00 UTC, a Monday and the start of a flash session.
const MONDAY: i64 = 1_795_392_000;
const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;

async fn clocked() -> (caravan_server::AppState, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(MONDAY));
    (test_state().await.with_clock(clock.clone()), clock)
}

fn discount(listing: i64, percent: i64, stock: i64) -> Value {
    json!({
        "name": "Winter warmers",
        "kind": "discount",
        "discount": {"type": "percent", "percent": percent},
        "starts_at": MONDAY,
        "ends_at": MONDAY + 7 * DAY,
        "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": stock}]
    })
}

/// A seller with a published listing in an approved 20 % promotion: (seller, listing, listing version,
/// draft, promotion).
async fn promoted(
    state: &caravan_server::AppState,
    app: &axum::Router,
    tag: &str,
) -> (trust::Seller, i64, i64, Value, Value) {
    let shop = seller(state, tag).await;
    let (listing, version, draft) =
        published_listing(app, &shop, "Insulated steel bottle 750 ml").await;
    let (status, created) = create_promotion(app, &shop, discount(listing, 20, 10)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let (status, approved) = approve_promotion(app, &admin(state).await, &created["id"]).await;
    assert_eq!(status, StatusCode::OK, "{approved}");
    (shop, listing, version, draft, approved)
}

async fn edit(
    app: &axum::Router,
    shop: &trust::Seller,
    listing: i64,
    version: i64,
    draft: &Value,
) -> (StatusCode, Value) {
    call(
        app,
        "PUT",
        &format!("/api/seller/listings/{listing}"),
        json!({"version": version, "draft": draft}),
        &shop.cookie,
    )
    .await
}

fn message_keys(error: &Value) -> Vec<String> {
    error["error"]["verdicts"]
        .as_array()
        .map(|v| {
            v.iter()
                .map(|v| v["message_key"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_promotion_runs_only_once_the_platform_approves_it() {
    let (state, _) = clocked().await;
    let app = app(state.clone());
    let shop = seller(&state, "approval").await;
    let other = seller(&state, "stranger").await;
    let admin = admin(&state).await;
    let title = format!("Zephyrine steel bottle {}", shop.shop_id);
    let (listing, _, _) = published_listing(&app, &shop, &title).await;
    let search = format!("/api/search?q=zephyrine%20{}", shop.shop_id);

    let (status, created) = create_promotion(&app, &shop, discount(listing, 20, 10)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["status"], "pending");
    assert_eq!(created["active"], false);
    assert_eq!(created["currency"], "USD");
    assert_eq!(created["items"][0]["promo_stock"], 10);
    let id = created["id"].as_i64().unwrap();
    // PRM-1: nothing shows before approval.
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert!(page.get("deal").is_none(), "{page}");
    let (_, found) = get_json(&app, &search).await;
    assert_eq!(found["items"][0]["price"]["minor"], 1599, "{found}");
    assert!(found["items"][0].get("deal").is_none());

    // Other people's promotions and listings are not reachable.
    let (status, _) = call(
        &app,
        "GET",
        &format!("/api/seller/promotions/{id}"),
        Value::Null,
        &other.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &app,
        "POST",
        &format!("/api/seller/promotions/{id}/withdraw"),
        Value::Null,
        &other.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &app,
        "PUT",
        &format!("/api/seller/promotions/{id}"),
        json!({"version": 1, "discount": {"type": "percent", "percent": 50},
               "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": 1}]}),
        &other.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, mine) = call(
        &app,
        "GET",
        "/api/seller/promotions",
        Value::Null,
        &other.cookie,
    )
    .await;
    assert!(mine.as_array().unwrap().is_empty());
    let (status, refused) = create_promotion(&app, &other, discount(listing, 20, 10)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
    assert_eq!(refused["error"]["fields"][0]["code"], "not_published");
    let (status, _) = approve_promotion(&app, &shop.cookie, &created["id"]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, queue) = call(&app, "GET", "/api/admin/promotions", Value::Null, &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert!(queue.as_array().unwrap().iter().any(|p| p["id"] == id));
    let (status, approved) = approve_promotion(&app, &admin, &created["id"]).await;
    assert_eq!(status, StatusCode::OK, "{approved}");
    assert_eq!(approved["status"], "approved");
    assert_eq!(approved["active"], true);
    let (status, again) = approve_promotion(&app, &admin, &created["id"]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(again["error"]["code"], "not_pending");

    // The product page shows the deal: 20 % off 18.99 is 15.19, until the end of the period.
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    let deal = &page["deal"];
    assert_eq!(deal["promotion_id"], id);
    assert_eq!(deal["ends_at"], MONDAY + 7 * DAY);
    assert_eq!(deal["skus"].as_array().unwrap().len(), 1);
    assert_eq!(deal["skus"][0]["price"]["minor"], 1519);
    assert_eq!(deal["skus"][0]["original_price"]["minor"], 1899);
    assert_eq!(deal["skus"][0]["stock_left"], 10);
    // And so do catalogue cards: the cheapest deal price, the regular price struck through.
    let (_, found) = get_json(&app, &search).await;
    let card = &found["items"][0];
    assert_eq!(card["id"], listing);
    assert_eq!(card["price"]["minor"], 1519);
    assert_eq!(card["original_price"]["minor"], 1899);
    assert_eq!(card["deal"]["promotion_id"], id);
    assert_eq!(card["deal"]["ends_at"], MONDAY + 7 * DAY);

    // One SKU is in one promotion at a time.
    let (status, overlap) = create_promotion(&app, &shop, discount(listing, 30, 5)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{overlap}");
    assert_eq!(overlap["error"]["code"], "promotion_overlap");

    // A rejection states its reason.
    let (listing2, _, _) = published_listing(&app, &shop, "Insulated steel tumbler 500 ml").await;
    let (_, second) = create_promotion(&app, &shop, discount(listing2, 10, 5)).await;
    let (status, rejected) = call(
        &app,
        "POST",
        &format!("/api/admin/promotions/{}/reject", second["id"]),
        json!({"reason": "The discount period overlaps a platform-wide sale."}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{rejected}");
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(
        rejected["rejection_reason"],
        "The discount period overlaps a platform-wide sale."
    );
    let kinds = trust::notification_kinds(&app, &shop.cookie).await;
    assert_eq!(
        kinds.iter().filter(|k| *k == "promotion_decided").count(),
        2,
        "{kinds:?}"
    );
}

#[tokio::test]
async fn bad_promotions_are_refused_field_by_field() {
    let (state, _) = clocked().await;
    let app = app(state.clone());
    let shop = seller(&state, "badpromo").await;
    let (listing, _, _) = published_listing(&app, &shop, "Insulated steel bottle 750 ml").await;
    let mut body = discount(listing, 95, 41);
    body["items"][0]["sku_code"] = json!("TB750BLK");
    body["items"]
        .as_array_mut()
        .unwrap()
        .push(json!({"listing_id": listing, "sku_code": "NOPE", "promo_stock": 1}));
    let (status, refused) = create_promotion(&app, &shop, body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
    let codes: Vec<(String, String)> = refused["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        codes.contains(&("discount.percent".into(), "out_of_range".into())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("items[0].promo_stock".into(), "out_of_range".into())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("items[1].sku_code".into(), "unknown_sku".into())),
        "{codes:?}"
    );

    let mut fixed = discount(listing, 10, 5);
    fixed["discount"] = json!({"type": "fixed", "amount_minor": 1899});
    let (status, refused) = create_promotion(&app, &shop, fixed).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["fields"][0]["code"], "too_large");

    let mut past = discount(listing, 10, 5);
    past["starts_at"] = json!(MONDAY - DAY);
    let (status, refused) = create_promotion(&app, &shop, past).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["fields"][0]["code"], "in_past");

    let (_, buyer) = trust::buyer(&state, "promobuyer").await;
    let (status, _) = call(
        &app,
        "POST",
        "/api/seller/promotions",
        discount(listing, 10, 5),
        &buyer,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn prm2_refuses_edits_that_break_an_approved_promotion() {
    let (state, _) = clocked().await;
    let app = app(state.clone());
    let (shop, listing, version, draft, promotion) = promoted(&state, &app, "prm2").await;

    // Raising a price: refused with the verdict, nothing saved.
    let mut dearer = draft.clone();
    dearer["skus"][0]["price_minor"] = json!(2199);
    let (status, refused) = edit(&app, &shop, listing, version, &dearer).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["error"]["code"], "blocked_by_rules");
    let verdict = &refused["error"]["verdicts"][0];
    assert_eq!(verdict["rule"], "PRM-2");
    assert_eq!(verdict["message_key"], "rule-prm-2-price-raised");
    assert_eq!(verdict["field"], "skus[0].price");
    assert_eq!(verdict["args"]["before"], 1899);
    assert_eq!(verdict["args"]["after"], 2199);
    assert_eq!(verdict["args"]["ban_months"], 6);
    let (_, mine) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{listing}"),
        Value::Null,
        &shop.cookie,
    )
    .await;
    assert_eq!(mine["version"], version);
    assert_eq!(mine["draft"]["skus"][0]["price_minor"], 1899);

    // The description is frozen too; so is leaving through the catalogue.
    let mut reworded = draft.clone();
    reworded["description"] = json!("<p>Now with a lifetime guarantee.</p>");
    let (status, refused) = edit(&app, &shop, listing, version, &reworded).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(message_keys(&refused), ["rule-prm-2-description-edited"]);
    let (status, refused) = call(
        &app,
        "POST",
        &format!("/api/seller/listings/{listing}/unpublish"),
        json!({"version": version}),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(message_keys(&refused), ["rule-prm-2-left-promotion"]);

    // A lower price is always allowed, and raising it back to the approved price too.
    let mut cheaper = draft.clone();
    cheaper["skus"][0]["price_minor"] = json!(1799);
    let (status, saved) = edit(&app, &shop, listing, version, &cheaper).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, saved) = edit(&app, &shop, listing, version + 1, &draft).await;
    assert_eq!(status, StatusCode::OK, "{saved}");

    // The promotion's own terms: less stock or a smaller discount is refused, more of either is fine.
    let path = format!("/api/seller/promotions/{}", promotion["id"]);
    let terms = |version: &Value, percent: i64, stock: i64| {
        json!({"version": version, "discount": {"type": "percent", "percent": percent},
               "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": stock}]})
    };
    let (status, refused) = call(
        &app,
        "PUT",
        &path,
        terms(&promotion["version"], 20, 5),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(message_keys(&refused), ["rule-prm-2-promo-stock-lowered"]);
    let (status, refused) = call(
        &app,
        "PUT",
        &path,
        terms(&promotion["version"], 15, 10),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(message_keys(&refused), ["rule-prm-2-discount-reduced"]);
    let (status, saved) = call(
        &app,
        "PUT",
        &path,
        terms(&promotion["version"], 25, 20),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["discount"]["percent"], 25);
    assert_eq!(saved["items"][0]["promo_stock"], 20);
    let (status, stale) = call(
        &app,
        "PUT",
        &path,
        terms(&promotion["version"], 30, 20),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(stale["error"]["code"], "stale_version");
    let (status, frozen) = call(
        &app,
        "PUT",
        &path,
        json!({"version": saved["version"], "discount": {"type": "fixed", "amount_minor": 500},
               "items": [{"listing_id": listing, "sku_code": "TB750BLK", "promo_stock": 20}]}),
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(frozen["error"]["code"], "promotion_terms_frozen");
}

#[tokio::test]
async fn the_commitment_ends_with_the_promotion() {
    let (state, clock) = clocked().await;
    let app = app(state.clone());
    let (shop, listing, version, draft, _) = promoted(&state, &app, "ends").await;
    clock.advance(7 * DAY);
    let cookie = trust::session_for(&state, shop.user_id).await;
    let mut dearer = draft.clone();
    dearer["skus"][0]["price_minor"] = json!(2199);
    let (status, saved) = call(
        &app,
        "PUT",
        &format!("/api/seller/listings/{listing}"),
        json!({"version": version, "draft": dearer}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert!(page.get("deal").is_none());
}

#[tokio::test]
async fn leaving_an_approved_promotion_bans_the_shop_from_promotions() {
    let (state, _) = clocked().await;
    let app = app(state.clone());
    let (shop, listing, _, _, promotion) = promoted(&state, &app, "leaver").await;
    let (status, withdrawn) = call(
        &app,
        "POST",
        &format!("/api/seller/promotions/{}/withdraw", promotion["id"]),
        Value::Null,
        &shop.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["promotion"]["status"], "withdrawn");
    assert_eq!(withdrawn["promotion"]["items"][0]["removed_rule"], "PRM-2");
    let penalty = &withdrawn["penalty"];
    assert_eq!(penalty["level"], "promotion_ban");
    assert_eq!(penalty["rule"], "PRM-2");
    assert_eq!(penalty["automated"], true);
    assert_eq!(penalty["expires_at"], MONDAY + 6 * 30 * DAY);
    assert_eq!(penalty["statement"]["clause"], "rule-prm-2-left-promotion");
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert!(page.get("deal").is_none());

    let (_, standing) = call(
        &app,
        "GET",
        "/api/seller/penalties",
        Value::Null,
        &shop.cookie,
    )
    .await;
    assert_eq!(standing["standing"]["can_promote"], false);
    assert_eq!(standing["standing"]["can_publish"], true);
    assert_eq!(
        standing["standing"]["promotion_ban_until"],
        MONDAY + 180 * DAY
    );
    let (listing2, _, _) = published_listing(&app, &shop, "Insulated steel tumbler 500 ml").await;
    let (status, refused) = create_promotion(&app, &shop, discount(listing2, 10, 5)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(refused["error"]["code"], "promotion_banned");

    // Withdrawing a promotion still under review costs nothing.
    let calm = seller(&state, "calm").await;
    let (listing3, _, _) = published_listing(&app, &calm, "Insulated steel mug 350 ml").await;
    let (_, pending) = create_promotion(&app, &calm, discount(listing3, 10, 5)).await;
    let (status, withdrawn) = call(
        &app,
        "POST",
        &format!("/api/seller/promotions/{}/withdraw", pending["id"]),
        Value::Null,
        &calm.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(withdrawn["penalty"], Value::Null);
    let (status, closed) = call(
        &app,
        "POST",
        &format!("/api/seller/promotions/{}/withdraw", pending["id"]),
        Value::Null,
        &calm.cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(closed["error"]["code"], "promotion_closed");
}

#[tokio::test]
async fn staff_sanctions_under_prm_rules_are_promotion_bans() {
    let (state, _) = clocked().await;
    let app = app(state.clone());
    let (shop, listing, _, _, promotion) = promoted(&state, &app, "prm6").await;
    let admin = admin(&state).await;
    let (status, issued) = trust::issue_penalty(
        &app,
        &admin,
        json!({"shop_id": shop.shop_id, "rule": "PRM-6", "facts": "Offered gift cards to a category manager for placement."}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    assert_eq!(issued["penalty"]["level"], "promotion_ban");
    assert_eq!(issued["penalty"]["expires_at"], MONDAY + 12 * 30 * DAY);
    // PRM-6 removes the shop's goods from its running promotions.
    let (_, mine) = call(
        &app,
        "GET",
        &format!("/api/seller/promotions/{}", promotion["id"]),
        Value::Null,
        &shop.cookie,
    )
    .await;
    assert_eq!(mine["items"][0]["removed_rule"], "PRM-6");
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    assert!(page.get("deal").is_none());
}

#[tokio::test]
async fn flash_deals_follow_the_prm7_schedule() {
    let (state, clock) = clocked().await;
    let app = app(state.clone());
    let shop = seller(&state, "flash").await;
    let admin = admin(&state).await;
    let (status, _, bytes) = common::send(
        &app,
        common::upload_request(&common::png(1000, 1000), "bottle.png", &shop.cookie),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let image = serde_json::from_slice::<Value>(&bytes).unwrap()["image"].clone();
    let mut listings = Vec::new();
    for n in 0..11 {
        let draft = trust::draft_with_image(
            &app,
            &shop,
            &format!("Insulated steel bottle model {n}"),
            &image,
        )
        .await;
        listings.push(trust::publish_draft(&app, &shop, draft).await.0);
    }
    let session = MONDAY + 6 * HOUR;
    let flash = |items: &[i64], starts_at: i64| {
        json!({"name": "Monday flash", "kind": "flash_deal", "discount": {"type": "fixed", "amount_minor": 400},
               "starts_at": starts_at,
               "items": items.iter().map(|l| json!({"listing_id": l, "sku_code": "TB750BLK", "promo_stock": 5})).collect::<Vec<_>>()})
    };
    let (status, refused) =
        create_promotion(&app, &shop, flash(&listings[..1], session + HOUR)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["fields"][0]["code"], "not_a_session");
    // PRM-7: ten items a session.
    let (status, refused) = create_promotion(&app, &shop, flash(&listings, session)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(message_keys(&refused), ["rule-prm-7-too-many-items"]);
    let (status, created) = create_promotion(&app, &shop, flash(&listings[..10], session)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["ends_at"], session + 3 * HOUR);
    let (status, _) = approve_promotion(&app, &admin, &created["id"]).await;
    assert_eq!(status, StatusCode::OK);
    // The session is full now, for everyone.
    let (status, full) = create_promotion(&app, &shop, flash(&listings[10..], session)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{full}");

    // Three hours before: the next session on the home page, not running yet.
    clock.advance(3 * HOUR);
    let (_, deals) = get_json(&app, "/api/flash-deals").await;
    assert_eq!(deals["now"], MONDAY + 3 * HOUR);
    assert_eq!(deals["sessions"][0]["running"], true);
    assert!(deals["sessions"][0]["deals"].as_array().unwrap().is_empty());
    let next = &deals["sessions"][1];
    assert_eq!(next["starts_at"], session);
    assert_eq!(next["running"], false);
    assert_eq!(next["deals"].as_array().unwrap().len(), 10);
    assert_eq!(next["deals"][0]["listing"]["price"]["minor"], 1499);
    assert_eq!(next["deals"][0]["deal"]["ends_at"], session + 3 * HOUR);
    let (_, page) = get_json(&app, &format!("/api/listings/{}", listings[0])).await;
    assert!(page.get("deal").is_none(), "not on sale before its session");

    clock.advance(3 * HOUR);
    let (_, deals) = get_json(&app, "/api/flash-deals").await;
    assert_eq!(deals["sessions"][0]["starts_at"], session);
    assert_eq!(deals["sessions"][0]["deals"].as_array().unwrap().len(), 10);
    let (_, page) = get_json(&app, &format!("/api/listings/{}", listings[0])).await;
    assert_eq!(page["deal"]["kind"], "flash_deal");
    assert_eq!(page["deal"]["skus"][0]["price"]["minor"], 1499);
    clock.advance(3 * HOUR);
    let (_, page) = get_json(&app, &format!("/api/listings/{}", listings[0])).await;
    assert!(page.get("deal").is_none(), "over with its session");
}

#[tokio::test]
async fn promotion_stock_of_n_is_used_exactly_n_times_under_concurrency() {
    // A database of its own: 200 writers at once would starve the other tests' writes.
    let (state, dir) = common::isolated_state().await;
    let state = state.with_clock(Arc::new(ManualClock::new(MONDAY)));
    let path = dir.path().join("caravan.db");
    let app = app(state.clone());
    for round in 0..3 {
        let (_, listing, _, _, promotion) = promoted(&state, &app, &format!("race{round}")).await;
        let item: i64 = sqlx::query_scalar("SELECT id FROM promotion_items WHERE promotion_id = ?")
            .bind(promotion["id"].as_i64().unwrap())
            .fetch_one(&state.pool)
            .await
            .unwrap();
        // 200 buyers at once, each in its own write transaction, on pools of their own (real connections).
        let pools: Vec<_> = pools(&path, 4).await;
        let mut tasks = Vec::new();
        for n in 0..200 {
            let pool = pools[n % pools.len()].clone();
            tasks.push(tokio::spawn(async move {
                let mut tx = db::begin_write(&pool).await.unwrap();
                let won = caravan_server::trust::promotions::claim(&mut tx, item, 1)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
                won
            }));
        }
        let mut won = 0;
        for task in tasks {
            won += usize::from(task.await.unwrap());
        }
        assert_eq!(won, 10, "round {round}");
        let used: i64 = sqlx::query_scalar("SELECT promo_used FROM promotion_items WHERE id = ?")
            .bind(item)
            .fetch_one(&state.pool)
            .await
            .unwrap();
        assert_eq!(used, 10);
        // Sold out: the product page no longer offers the deal.
        let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
        assert!(page.get("deal").is_none());
    }
}

async fn pools(path: &std::path::Path, n: usize) -> Vec<sqlx::SqlitePool> {
    let mut pools = Vec::new();
    for _ in 0..n {
        pools.push(db::open(path).await.unwrap());
    }
    pools
}

#[tokio::test]
async fn quotes_apply_the_running_discount_while_promotion_stock_lasts() {
    let (state, _) = clocked().await;
    let app = app(state.clone());
    let (_, listing, _, _, promotion) = promoted(&state, &app, "quote").await;
    let (_, page) = get_json(&app, &format!("/api/listings/{listing}")).await;
    let sku = page["skus"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "TB750BLK")
        .unwrap()["id"]
        .clone();
    let (_, buyer) = trust::buyer(&state, "quoter").await;
    let quote = |quantity: i64| json!({"destination": "DE", "lines": [{"listing_id": listing, "sku_id": sku, "quantity": quantity}]});
    let (status, q) = call(&app, "POST", "/api/cart/quote", quote(2), &buyer).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    let line = &q["shops"][0]["lines"][0];
    assert_eq!(line["discount"]["promotion_id"], promotion["id"]);
    assert_eq!(line["discount"]["label"], "Winter warmers");
    assert_eq!(line["discount"]["per_unit"]["minor"], 380);
    assert_eq!(line["discount"]["total"]["minor"], 760);
    assert_eq!(line["final_unit_price"]["minor"], 1519);
    assert_eq!(q["totals"]["discount"]["minor"], 760);
    // More units than the promotion has left: the regular price for the whole line.
    let (_, q) = call(&app, "POST", "/api/cart/quote", quote(11), &buyer).await;
    let line = &q["shops"][0]["lines"][0];
    assert_eq!(line["discount"], Value::Null);
    assert_eq!(line["final_unit_price"]["minor"], 1899);
}

#[tokio::test]
async fn orders_use_promotion_stock_exactly_once_and_cancelling_gives_it_back() {
    // A database of its own: forty checkouts at once.
    let (state, _dir) = common::isolated_state().await;
    let state = state.with_clock(Arc::new(ManualClock::new(MONDAY)));
    let app = app(state.clone());
    let (_, listing, _, _, promotion) = promoted(&state, &app, "orders").await;
    let promotion_id = promotion["id"].as_i64().unwrap();
    let sku: i64 =
        sqlx::query_scalar("SELECT id FROM skus WHERE listing_id = ? AND code = 'TB750BLK'")
            .bind(listing)
            .fetch_one(&state.pool)
            .await
            .unwrap();
    let cart = |quantity: i64| {
        json!({"lines": [{"listing_id": listing, "sku_id": sku, "quantity": quantity}],
               "address": orders::address("DE")})
    };
    let used = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT promo_used FROM promotion_items WHERE promotion_id = ?",
        )
        .bind(promotion_id)
        .fetch_one(&state.pool)
        .await
        .unwrap()
    };

    // One order of three units at the deal price takes three units; cancelling gives them back.
    let (_, buyer) = trust::buyer(&state, "firstbuyer").await;
    let (status, group) = orders::place_as(&app, &buyer, "promo-order-1", &cart(3)).await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    assert_eq!(used().await, 3);
    let order = group["orders"][0]["id"].as_i64().unwrap();
    let (status, cancelled) = call(
        &app,
        "POST",
        &format!("/api/orders/{order}/cancel"),
        json!({}),
        &buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    assert_eq!(used().await, 0);

    // Forty buyers at once, one unit each, ten promotion units: exactly ten orders get the deal.
    let mut tasks = Vec::new();
    for n in 0..40 {
        let (_, cookie) = trust::buyer(&state, &format!("racer{n}")).await;
        let app = app.clone();
        let body = cart(1);
        tasks.push(tokio::spawn(async move {
            orders::place_as(&app, &cookie, &format!("promo-race-{n}"), &body)
                .await
                .0
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::CREATED);
    }
    assert_eq!(used().await, 10);
    let discounted: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE l.promotion_id = ? AND o.status <> 'cancelled'",
    )
    .bind(promotion_id)
    .fetch_one(&state.pool)
    .await
    .unwrap();
    assert_eq!(discounted, 10);
}

#[tokio::test]
async fn the_seller_center_judges_edits_by_the_commitments_the_server_lists() {
    let (state, clock) = clocked().await;
    let app = app(state.clone());
    let (shop, listing, version, draft, promotion) = promoted(&state, &app, "commitments").await;
    let path = format!("/api/seller/listings/{listing}/promotion-commitments");
    let (status, listed) = call(&app, "GET", &path, Value::Null, &shop.cookie).await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    assert_eq!(listed[0]["promotion_id"], promotion["id"]);
    assert_eq!(listed[0]["skus"][0]["promo_stock"], 10);
    assert_eq!(listed[0]["approved_draft"], draft);
    let commitments: Vec<caravan_types::promotion::ListingCommitment> =
        serde_json::from_value(listed.clone()).unwrap();
    let facts: caravan_types::seller_listing::ListingFacts = serde_json::from_value(
        call(
            &app,
            "GET",
            "/api/seller/listing-facts",
            Value::Null,
            &shop.cookie,
        )
        .await
        .1,
    )
    .unwrap();

    // What the browser computes from these equals what the server answers to the save.
    let mut dearer = draft.clone();
    dearer["skus"][0]["price_minor"] = json!(2199);
    dearer["description"] = json!("<p>Now with a lifetime guarantee.</p>");
    let edited: caravan_types::listing_draft::ListingDraft =
        serde_json::from_value(dearer.clone()).unwrap();
    let template = facts
        .shipping_templates
        .iter()
        .find(|t| Some(t.id) == edited.shipping_template_id)
        .map(|t| &t.template);
    let browser = state.rules.check_committed_edit(
        &commitments,
        Some((
            &edited,
            caravan_rules::promotion::cheapest_shipping(template),
        )),
        &facts.authorised_brands,
    );
    assert_eq!(browser.len(), 2, "{browser:?}");
    let (status, refused) = edit(&app, &shop, listing, version, &dearer).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(
        refused["error"]["verdicts"],
        serde_json::to_value(&browser).unwrap()
    );
    // An unchanged draft has nothing to flag.
    let same: caravan_types::listing_draft::ListingDraft =
        serde_json::from_value(draft.clone()).unwrap();
    assert!(
        state
            .rules
            .check_committed_edit(
                &commitments,
                Some((&same, caravan_rules::promotion::cheapest_shipping(template))),
                &facts.authorised_brands,
            )
            .is_empty()
    );

    // Other shops see nothing of it; once the promotion ends there is no commitment left.
    let other = seller(&state, "commitments-other").await;
    let (status, _) = call(&app, "GET", &path, Value::Null, &other.cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    clock.advance(8 * DAY);
    let (_, listed) = call(&app, "GET", &path, Value::Null, &shop.cookie).await;
    assert_eq!(listed, json!([]));
}
