//! A shop's service assessment (SRV-1 … SRV-8): the facts of its paid orders in the rule policy's rolling
//! window (ratings, DSR, sold-but-not-shipped, arbitration, response timeouts, closed "not received"
//! disputes) handed to the rule engine, which counts and decides.

use crate::{
    error::{ApiResult, AppError},
    trust::penalties,
};
use caravan_rules::{
    Engine,
    service::{Dsr, Measure, OrderRecord},
    time::DAY,
};
use caravan_types::{
    review::{DsrAverages, ServiceMeasure, ServiceScore, ServiceWeek, ShopService},
    verdict::Verdict,
};
use sqlx::{Row, SqliteConnection};

/// The shop's paid orders placed in the window ending at `now`, as the rules need them.
pub async fn records(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    now: i64,
) -> Result<Vec<OrderRecord>, sqlx::Error> {
    let since = now.saturating_sub(i64::from(engine.policy().service.window_days) * DAY);
    let rows = sqlx::query(
        "SELECT o.created_at, r.rating, r.described, r.communication, r.shipping,
                o.not_shipped_at IS NOT NULL AS sold_not_shipped,
                coalesce(d.escalated_at IS NOT NULL, 0) AS arbitration,
                coalesce(d.outcome = 'response_timeout', 0) AS response_timeout,
                coalesce(d.reason = 'not_received' AND d.status = 'resolved', 0) AS not_received_closed
         FROM orders o
         LEFT JOIN order_reviews r ON r.order_id = o.id
         LEFT JOIN disputes d ON d.order_id = o.id
         WHERE o.shop_id = ? AND o.paid_at IS NOT NULL AND o.created_at >= ? AND o.created_at < ?",
    )
    .bind(shop_id)
    .bind(since)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    let star = |v: Option<i64>| v.and_then(|v| u8::try_from(v).ok());
    Ok(rows
        .iter()
        .map(|row| {
            let dsr = match (
                star(row.get("described")),
                star(row.get("communication")),
                star(row.get("shipping")),
            ) {
                (Some(described), Some(communication), Some(shipping)) => Some(Dsr {
                    described,
                    communication,
                    shipping,
                }),
                _ => None,
            };
            OrderRecord {
                placed_at: row.get("created_at"),
                rating: star(row.get("rating")),
                dsr,
                sold_not_shipped: row.get("sold_not_shipped"),
                arbitration: row.get("arbitration"),
                response_timeout: row.get("response_timeout"),
                not_received_dispute_closed: row.get("not_received_closed"),
            }
        })
        .collect())
}

/// Averages in tenths of a star, rounded half up.
fn tenths(sum: u32, count: u32) -> Option<u8> {
    (count > 0).then(|| u8::try_from((sum * 20 + count) / (count * 2)).unwrap_or(50))
}

/// The DSR averages and positive-feedback rate of the orders SRV-6 does not exclude.
fn feedback(engine: &Engine, records: &[OrderRecord]) -> ShopService {
    let counted: Vec<&OrderRecord> = records
        .iter()
        .filter(|r| !r.not_received_dispute_closed)
        .collect();
    let dsrs: Vec<Dsr> = counted.iter().filter_map(|r| r.dsr).collect();
    let count = u32::try_from(dsrs.len()).unwrap_or(u32::MAX);
    let sum = |f: fn(&Dsr) -> u8| dsrs.iter().map(|d| u32::from(f(d))).sum::<u32>();
    let ratings: Vec<u8> = counted.iter().filter_map(|r| r.rating).collect();
    ShopService {
        dsr: DsrAverages {
            ratings: count,
            described_tenths: tenths(sum(|d| d.described), count),
            communication_tenths: tenths(sum(|d| d.communication), count),
            shipping_tenths: tenths(sum(|d| d.shipping), count),
        },
        positive_feedback_permille: engine.listing_feedback(&ratings).positive_permille,
    }
}

fn measure(m: Measure) -> ServiceMeasure {
    ServiceMeasure {
        count: m.count,
        rate_permille: m.rate_permille,
    }
}

/// The seller center's service score at `now`.
pub async fn score(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    now: i64,
) -> Result<ServiceScore, sqlx::Error> {
    let records = records(conn, engine, shop_id, now).await?;
    let assessment = engine.assess_service(&records, now);
    let public = feedback(engine, &records);
    Ok(ServiceScore {
        window_start: assessment.window_start,
        window_end: assessment.window_end,
        orders: assessment.orders,
        excluded: assessment.excluded,
        counted: assessment.counted,
        min_orders: engine.policy().service.min_orders,
        assessed: assessment.assessed,
        bad_reviews: measure(assessment.bad_reviews),
        bad_described: measure(assessment.bad_described),
        bad_communication: measure(assessment.bad_communication),
        bad_shipping: measure(assessment.bad_shipping),
        sold_not_shipped: measure(assessment.sold_not_shipped),
        arbitration: measure(assessment.arbitration),
        response_timeouts: measure(assessment.response_timeouts),
        dsr: public.dsr,
        positive_feedback_permille: public.positive_feedback_permille,
        findings: engine.check_service(&assessment),
    })
}

/// The service window ending at `now` cut into weeks, newest last (the oldest may be shorter): for each,
/// the orders placed in it judged by the same rules as the whole window, so the trend charts and the
/// score never disagree about what counts.
pub async fn weeks(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    now: i64,
) -> Result<Vec<ServiceWeek>, sqlx::Error> {
    let records = records(conn, engine, shop_id, now).await?;
    let window_start = now.saturating_sub(i64::from(engine.policy().service.window_days) * DAY);
    let mut out = Vec::new();
    let mut ends_at = now;
    while ends_at > window_start {
        let starts_at = (ends_at - 7 * DAY).max(window_start);
        let week: Vec<OrderRecord> = records
            .iter()
            .filter(|r| r.placed_at >= starts_at && r.placed_at < ends_at)
            .cloned()
            .collect();
        let assessment = engine.assess_service(&week, ends_at);
        out.push(ServiceWeek {
            starts_at,
            ends_at,
            counted: assessment.counted,
            dsr: feedback(engine, &week).dsr,
            bad_reviews: assessment.bad_reviews.count,
            bad_described: assessment.bad_described.count,
            bad_communication: assessment.bad_communication.count,
            bad_shipping: assessment.bad_shipping.count,
            sold_not_shipped: assessment.sold_not_shipped.count,
            arbitration: assessment.arbitration.count,
            response_timeouts: assessment.response_timeouts.count,
        });
        ends_at = starts_at;
    }
    out.reverse();
    Ok(out)
}

/// How often the sweep assesses a shop.
const ASSESS_EVERY: i64 = DAY;

/// Deadline step: assesses, at most daily, every shop with paid orders in the window; a shop whose
/// assessment has findings is penalised automatically on the PEN-1 ladder, with the findings as its
/// statement of reasons, unless it already had a service penalty within the window. Each shop in its own
/// transaction; returns how many shops were assessed.
pub async fn sweep(state: &crate::AppState, now: i64) -> ApiResult<u64> {
    let engine = &state.rules;
    let window = i64::from(engine.policy().service.window_days) * DAY;
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT o.shop_id FROM orders o
         LEFT JOIN service_assessments a ON a.shop_id = o.shop_id
         WHERE o.paid_at IS NOT NULL AND o.created_at >= ? AND (a.assessed_at IS NULL OR a.assessed_at <= ?)
         ORDER BY o.shop_id",
    )
    .bind(now - window)
    .bind(now - ASSESS_EVERY)
    .fetch_all(&state.pool)
    .await?;
    let mut assessed = 0;
    for shop in due {
        let mut tx = crate::db::begin_write(&state.pool).await?;
        let records = records(&mut tx, engine, shop, now).await?;
        let findings = engine.check_service(&engine.assess_service(&records, now));
        sqlx::query(
            "INSERT INTO service_assessments (shop_id, assessed_at, findings_json) VALUES (?, ?, ?)
             ON CONFLICT (shop_id) DO UPDATE SET assessed_at = excluded.assessed_at,
                findings_json = excluded.findings_json",
        )
        .bind(shop)
        .bind(now)
        .bind(serde_json::to_string(&findings).map_err(|e| AppError::Internal(e.to_string()))?)
        .execute(&mut *tx)
        .await?;
        if !findings.is_empty() {
            penalise(&mut tx, engine, shop, findings, now).await?;
        }
        tx.commit().await?;
        assessed += 1;
    }
    Ok(assessed)
}

/// Records the automatic service penalty, once per window.
async fn penalise(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop: i64,
    mut findings: Vec<Verdict>,
    now: i64,
) -> ApiResult<()> {
    let window = i64::from(engine.policy().service.window_days) * DAY;
    let recent: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM penalties WHERE shop_id = ? AND rule LIKE 'SRV-%' AND status <> 'lifted'
           AND issued_at > ?)",
    )
    .bind(shop)
    .bind(now - window)
    .fetch_one(&mut *conn)
    .await?;
    if recent {
        return Ok(());
    }
    caravan_rules::sort_verdicts(&mut findings);
    let rule = findings.first().map(|v| v.rule.clone()).unwrap_or_default();
    let (level, expires_at) = penalties::ladder(conn, engine, shop, &rule, false, now).await?;
    let facts = format!(
        "The service assessment of the last {} days found {} measure(s) above the platform's limits.",
        engine.policy().service.window_days,
        findings.len()
    );
    penalties::record(
        conn,
        engine,
        &penalties::NewPenalty {
            shop_id: shop,
            level,
            rule,
            facts,
            verdicts: findings,
            automated: true,
            issued_by: None,
            expires_at,
            ip_strike: None,
            listing_id: None,
            promotion_id: None,
        },
        now,
    )
    .await?;
    Ok(())
}

/// The public figures of a shop at `now` (product page).
pub async fn public(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop_id: i64,
    now: i64,
) -> Result<ShopService, sqlx::Error> {
    let records = records(conn, engine, shop_id, now).await?;
    Ok(feedback(engine, &records))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(rating: u8, described: u8, not_received_closed: bool) -> OrderRecord {
        OrderRecord {
            placed_at: 0,
            rating: Some(rating),
            dsr: Some(Dsr {
                described,
                communication: 5,
                shipping: 4,
            }),
            sold_not_shipped: false,
            arbitration: false,
            response_timeout: false,
            not_received_dispute_closed: not_received_closed,
        }
    }

    #[test]
    fn feedback_leaves_out_closed_not_received_orders() {
        let engine = Engine::default_policy();
        let service = feedback(
            &engine,
            &[rated(5, 5, false), rated(2, 2, false), rated(1, 1, true)],
        );
        assert_eq!(service.dsr.ratings, 2);
        assert_eq!(service.dsr.described_tenths, Some(35));
        assert_eq!(service.dsr.communication_tenths, Some(50));
        assert_eq!(service.positive_feedback_permille, Some(500));
    }
}
