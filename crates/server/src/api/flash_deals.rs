//! `GET /api/flash-deals`: the home page's flash deals (PRM-7), the running session and the next, with end
//! times for the countdown. Only approved deals of shops that may sell, with units left.

use super::{catalogue::card_from_row, promotions::session_length};
use crate::{
    AppState,
    error::ApiResult,
    trust::{promotions, standing},
};
use axum::{Json, Router, extract::State, routing::get};
use caravan_types::{
    Money,
    promotion::{FlashDeal, FlashDeals, FlashSession, RunningFlashDeals},
};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/flash-deals", get(list_flash_deals))
        .route("/flash-deals/running", get(get_running_flash_deals))
}

#[utoipa::path(get, path = "/api/flash-deals", tag = "catalogue", responses((status = 200, description = "The running flash session and the next one, with their deals", body = FlashDeals)))]
pub(super) async fn list_flash_deals(State(state): State<AppState>) -> ApiResult<Json<FlashDeals>> {
    let now = state.clock.now();
    let length = session_length(&state.rules);
    let running = now - now.rem_euclid(length);
    let mut conn = state.pool.acquire().await?;
    let mut sessions = Vec::new();
    for starts_at in [running, running + length] {
        sessions.push(FlashSession {
            starts_at,
            ends_at: starts_at + length,
            running: starts_at <= now,
            deals: session_deals(&mut conn, starts_at, now).await?,
        });
    }
    Ok(Json(FlashDeals { now, sessions }))
}

#[utoipa::path(get, path = "/api/flash-deals/running", tag = "catalogue", responses((status = 200, description = "The running session's deals as catalogue cards, and its end", body = RunningFlashDeals)))]
pub(super) async fn get_running_flash_deals(
    State(state): State<AppState>,
) -> ApiResult<Json<RunningFlashDeals>> {
    let now = state.clock.now();
    let length = session_length(&state.rules);
    let starts_at = now - now.rem_euclid(length);
    let mut conn = state.pool.acquire().await?;
    let deals = session_deals(&mut conn, starts_at, now).await?;
    Ok(Json(RunningFlashDeals {
        now,
        ends_at: starts_at + length,
        cards: deals
            .into_iter()
            .map(|deal| {
                let mut card = deal.listing;
                // The card carries the deal's kind and end, as catalogue cards of promoted listings do.
                card.deal = Some(caravan_types::promotion::CardDeal {
                    promotion_id: deal.deal.promotion_id,
                    kind: deal.deal.kind,
                    ends_at: deal.deal.ends_at,
                });
                card
            })
            .collect(),
    }))
}

/// The deals of the session starting at `starts_at`, priced as they will be during it.
async fn session_deals(
    conn: &mut SqliteConnection,
    starts_at: i64,
    now: i64,
) -> ApiResult<Vec<FlashDeal>> {
    let promotion_ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM promotions WHERE kind = 'flash_deal' AND status = 'approved' AND starts_at = ?",
    )
    .bind(starts_at)
    .fetch_all(&mut *conn)
    .await?;
    if promotion_ids.is_empty() {
        return Ok(Vec::new());
    }
    let listing_ids: Vec<i64> = {
        let mut sql: QueryBuilder<Sqlite> = QueryBuilder::new(
            "SELECT DISTINCT listing_id FROM promotion_items WHERE removed_at IS NULL AND promotion_id IN (",
        );
        let mut ids = sql.separated(", ");
        for id in &promotion_ids {
            ids.push_bind(*id);
        }
        sql.push(") ORDER BY listing_id");
        sql.build_query_scalar().fetch_all(&mut *conn).await?
    };
    // Priced at the session's start: a coming session shows what it will charge.
    let at = starts_at.max(now);
    let deals = promotions::active_deals(conn, &listing_ids, at).await?;
    let mut sql: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT l.id, l.title, l.currency, l.min_price_minor, l.rating_sum, l.rating_count, l.orders_count,
                l.free_shipping, s.name AS shop_name, i.url, i.thumb_url, i.width, i.height, NULL AS original
         FROM listings l JOIN shops s ON s.id = l.shop_id
         JOIN listing_images i ON i.listing_id = l.id AND i.position = 0
         WHERE l.status = 'published'",
    );
    standing::push_may_sell(&mut sql, "l.shop_id", now);
    sql.push(" AND l.id IN (");
    let mut ids = sql.separated(", ");
    for id in &listing_ids {
        ids.push_bind(*id);
    }
    sql.push(") ORDER BY l.orders_count DESC, l.id");
    let rows = sql.build().fetch_all(&mut *conn).await?;
    let mut out = Vec::new();
    for row in &rows {
        let mut card = card_from_row(row)?;
        let Some(deal) = promotions::listing_deal(&deals, card.id.0)
            .filter(|d| promotion_ids.contains(&d.promotion_id))
        else {
            continue;
        };
        if let Some(cheapest) = deal.skus.iter().min_by_key(|s| s.price.minor) {
            card.price = Money::new(cheapest.price.minor, cheapest.price.currency);
            card.original_price = Some(cheapest.original_price);
        }
        out.push(FlashDeal {
            listing: card,
            deal,
        });
    }
    Ok(out)
}
