//! The demo's flash deals (PRM-7): keeps the running session and the sessions of the next two days stocked
//! with a few approved deals from demo shops, so the home page's flash-deal section has something to show
//! on a demo database however long the demo server runs. It touches only a database the demo created (the
//! demo seller exists), and never the demo seller's own shop, whose listings the seller center edits freely.
//!
//! The deals are written directly, approved, as the rest of the demo catalogue is; the demo listings meet the
//! promotion rules by construction. PRM-2 holds them like any approved deal: a snapshot of each listing's
//! seller-center draft and cheapest shipping is kept.

use crate::{
    AppState,
    api::seller_listings::adopt_shop_catalogue,
    demo::DEMO_ACCOUNTS,
    error::{ApiResult, AppError},
    trust::promotions::cheapest_shipping,
};
use sqlx::Row;

/// How far ahead sessions are stocked.
const DAYS_AHEAD: i64 = 2;
/// Deals in each session: fewer than PRM-7 allows, leaving room for sellers' own applications.
const DEALS_PER_SESSION: usize = 4;
/// Demo shops whose listings take turns on deal (not the demo seller's).
const DEAL_SHOPS: i64 = 6;
/// Units on deal per SKU, at most.
const UNITS_PER_SKU: i64 = 20;

/// Stocks every session from the running one to [`DAYS_AHEAD`] days on that has no approved flash deal yet;
/// returns how many deals it added (0 on a database that is not the demo's).
pub async fn keep_scheduled(state: &AppState) -> ApiResult<usize> {
    let demo_seller = DEMO_ACCOUNTS
        .iter()
        .find(|(_, _, role, _)| *role == "seller")
        .map(|(email, ..)| *email)
        .unwrap_or_default();
    let Some(seller_id): Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(demo_seller)
        .fetch_optional(&state.pool)
        .await?
    else {
        return Ok(0);
    };
    let shops: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM shops WHERE owner_id <> ? AND status = 'approved' ORDER BY id LIMIT ?",
    )
    .bind(seller_id)
    .bind(DEAL_SHOPS)
    .fetch_all(&state.pool)
    .await?;
    if shops.is_empty() {
        return Ok(0);
    }
    // Published listings of those shops with stock, in a fixed order so each session's choice is stable.
    let mut sql = sqlx::QueryBuilder::new(
        "SELECT l.id, l.shop_id, l.shipping_template_id FROM listings l
         WHERE l.status = 'published' AND l.total_stock > 0 AND l.shop_id IN (",
    );
    let mut ids = sql.separated(", ");
    for shop in &shops {
        ids.push_bind(*shop);
    }
    sql.push(") ORDER BY l.orders_count DESC, l.id");
    let candidates = sql.build().fetch_all(&state.pool).await?;
    if candidates.len() < DEALS_PER_SESSION {
        return Ok(0);
    }

    let length = crate::api::flash_session_length(&state.rules);
    let now = state.clock.now();
    let running = now - now.rem_euclid(length);
    let sessions = DAYS_AHEAD * 86_400 / length + 1;
    let mut added = 0;
    let mut adopted = Vec::new();
    for n in 0..sessions {
        let starts_at = running + n * length;
        let stocked: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM promotions WHERE kind = 'flash_deal' AND status = 'approved' AND starts_at = ?",
        )
        .bind(starts_at)
        .fetch_one(&state.pool)
        .await?;
        if stocked > 0 {
            continue;
        }
        let session = usize::try_from(starts_at / length).unwrap_or(0);
        for k in 0..DEALS_PER_SESSION {
            let row = &candidates[(session * DEALS_PER_SESSION + k) % candidates.len()];
            let (listing, shop): (i64, i64) = (row.get("id"), row.get("shop_id"));
            if !adopted.contains(&shop) {
                adopt_shop_catalogue(state, shop).await?;
                adopted.push(shop);
            }
            // 10 % to 38 % off, varying by session and slot.
            let percent = 10 + i64::try_from((session * 7 + k * 11) % 29).unwrap_or(0);
            add_deal(
                state,
                shop,
                listing,
                row.get("shipping_template_id"),
                percent,
                starts_at,
                length,
                now,
            )
            .await?;
            added += 1;
        }
    }
    if added > 0 {
        state.catalogue_cache.invalidate();
    }
    Ok(added)
}

/// One approved flash deal on every SKU in stock of `listing`, with its PRM-2 snapshot.
#[allow(clippy::too_many_arguments)]
async fn add_deal(
    state: &AppState,
    shop: i64,
    listing: i64,
    template: Option<i64>,
    percent: i64,
    starts_at: i64,
    length: i64,
    now: i64,
) -> ApiResult<()> {
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let promotion: i64 = sqlx::query_scalar(
        "INSERT INTO promotions (shop_id, kind, name, discount_type, discount_value, currency, starts_at, ends_at,
            status, reviewed_at, created_at, updated_at)
         VALUES (?, 'flash_deal', 'Flash deal', 'percent', ?, 'USD', ?, ?, 'approved', ?, ?, ?) RETURNING id",
    )
    .bind(shop)
    .bind(percent)
    .bind(starts_at)
    .bind(starts_at + length)
    .bind(now)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO promotion_items (promotion_id, listing_id, sku_code, promo_stock)
         SELECT ?, listing_id, code, min(stock, ?) FROM skus WHERE listing_id = ? AND stock > 0",
    )
    .bind(promotion)
    .bind(UNITS_PER_SKU)
    .bind(listing)
    .execute(&mut *tx)
    .await?;
    let draft: String = sqlx::query_scalar("SELECT draft_json FROM seller_listings WHERE id = ?")
        .bind(listing)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| {
            AppError::Internal(format!("demo listing {listing} has no seller record"))
        })?;
    let shipping = cheapest_shipping(&mut tx, template).await?;
    sqlx::query(
        "INSERT INTO promotion_listings (promotion_id, listing_id, draft_json, shipping_cost_minor)
         VALUES (?, ?, ?, ?)",
    )
    .bind(promotion)
    .bind(listing)
    .bind(draft)
    .bind(shipping)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
