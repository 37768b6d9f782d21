//! The demo's flash-deal schedule: sessions from the running one to two days on are stocked once, with
//! deals of demo shops other than the demo seller's, priced on the catalogue cards and PRM-7-sized.

#[path = "support/common.rs"]
mod common;

use caravan_server::{app, clock::ManualClock, demo_deals::keep_scheduled};
use common::{get_json, isolated_state};
use std::sync::Arc;

/// 2026-11-23 10:30 UTC: inside the 09:00–12:00 session.
const NOW: i64 = 1_795_392_000 + 10 * 3_600 + 1_800;

#[tokio::test]
async fn sessions_are_stocked_once_with_deals_the_catalogue_shows() {
    let (state, _dir) = isolated_state().await;
    let state = state.with_clock(Arc::new(ManualClock::new(NOW)));
    let added = keep_scheduled(&state).await.unwrap();
    // Eight sessions a day, two days ahead plus the running one, four deals each.
    assert_eq!(added, (2 * 8 + 1) * 4);
    assert_eq!(
        keep_scheduled(&state).await.unwrap(),
        0,
        "stocked sessions are left alone"
    );

    let app = app(state.clone());
    let (_, deals) = get_json(&app, "/api/flash-deals").await;
    let sessions = deals["sessions"].as_array().unwrap();
    assert_eq!(sessions[0]["starts_at"], 1_795_392_000 + 9 * 3_600);
    assert_eq!(sessions[0]["running"], true);
    for session in sessions {
        let deals = session["deals"].as_array().unwrap();
        assert_eq!(deals.len(), 4, "{session}");
        for deal in deals {
            let percent = deal["deal"]["discount"]["percent"].as_i64().unwrap();
            assert!((10..=38).contains(&percent), "{deal}");
            assert!(!deal["deal"]["skus"].as_array().unwrap().is_empty());
        }
    }

    // The running deals price the catalogue cards: the card shows the deal price and the regular one.
    let first = &sessions[0]["deals"][0];
    let id = first["listing"]["id"].as_i64().unwrap();
    let (_, listing) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert!(listing["deal"].is_object(), "{listing}");
    assert_eq!(listing["deal"]["kind"], "flash_deal");

    // The home strip's answer: the running session's deals as cards, each marked as a flash deal.
    let (_, strip) = get_json(&app, "/api/flash-deals/running").await;
    assert_eq!(strip["now"], NOW);
    assert_eq!(strip["ends_at"], sessions[0]["ends_at"]);
    let cards = strip["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 4);
    for (card, deal) in cards.iter().zip(sessions[0]["deals"].as_array().unwrap()) {
        assert_eq!(card["id"], deal["listing"]["id"]);
        assert_eq!(card["price"], deal["listing"]["price"]);
        assert_eq!(card["deal"]["kind"], "flash_deal");
        assert!(card["original_price"]["minor"].as_i64() > card["price"]["minor"].as_i64());
    }

    // Never the demo seller's shop.
    let seller_shop: String = sqlx::query_scalar(
        "SELECT s.name FROM shops s JOIN users u ON u.id = s.owner_id WHERE u.email = 'seller@caravan.test'",
    )
    .fetch_one(&state.pool)
    .await
    .unwrap();
    for session in sessions {
        for deal in session["deals"].as_array().unwrap() {
            assert_ne!(deal["listing"]["shop_name"], seller_shop.as_str());
        }
    }
}

#[tokio::test]
async fn a_database_the_demo_did_not_create_gets_no_deals() {
    let (state, _dir) = isolated_state().await;
    sqlx::query("UPDATE users SET email = 'owner@example.com' WHERE email = 'seller@caravan.test'")
        .execute(&state.pool)
        .await
        .unwrap();
    assert_eq!(keep_scheduled(&state).await.unwrap(), 0);
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM promotions")
        .fetch_one(&state.pool)
        .await
        .unwrap();
    assert_eq!(count, 0);
}
