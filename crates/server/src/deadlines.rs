//! Every deadline of the platform, applied by one [`sweep`] at a given time.
//!
//! A background task calls it every [`SWEEP_INTERVAL`]; in test mode `POST /api/admin/clock/advance` calls
//! it right after moving the clock, so tests walk orders through their life without waiting. Each step is
//! its own function taking `(state, now)` and returning how many objects it changed; add a deadline by
//! adding two lines to [`sweep`] (call it, record the outcome under a step name). Steps are idempotent: running a sweep twice at the same time changes nothing
//! the second time.

use crate::{
    AppState,
    error::{ApiResult, AppError},
    orders,
};
use serde::Serialize;
use std::{collections::BTreeMap, time::Duration};

/// How often the background task sweeps.
pub const SWEEP_INTERVAL: Duration = Duration::from_secs(30);

/// What a sweep changed: step name → objects changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SweepReport {
    /// Objects changed by each step, e.g. `{"orders_auto_confirmed": 1}`.
    pub changed: BTreeMap<String, u64>,
}

impl SweepReport {
    /// Records a step's outcome; a failed step is logged and remembered, and the sweep goes on, so one
    /// broken deadline never holds up the others.
    fn record(&mut self, failed: &mut Option<AppError>, step: &str, outcome: ApiResult<u64>) {
        match outcome {
            Ok(count) => {
                self.changed.insert(step.to_owned(), count);
            }
            Err(error) => {
                tracing::error!(step, %error, "deadline step failed");
                failed.get_or_insert(error);
            }
        }
    }
}

/// Applies every deadline that has passed at `now`. Every step runs; the first failure, if any, is returned
/// after all of them.
pub async fn sweep(state: &AppState, now: i64) -> ApiResult<SweepReport> {
    let mut report = SweepReport::default();
    let mut failed = None;
    // ORD-2: unpaid order groups release their stock.
    let outcome = orders::placement::expire_unpaid(state, now).await;
    report.record(&mut failed, "order_groups_expired", outcome);
    // ORD-3: paid but not shipped in time ("sold but not shipped", SRV-3).
    let outcome = orders::fulfilment::mark_not_shipped(state, now).await;
    report.record(&mut failed, "orders_not_shipped_in_time", outcome);
    // ORD-2: the receipt timeout after delivery releases the escrow.
    let outcome = orders::escrow::auto_confirm(state, now).await;
    report.record(&mut failed, "orders_auto_confirmed", outcome);
    // ORD-2: payouts due are sent; refunds that could not be sent before are retried.
    let outcome = orders::escrow::send_payouts(state, now).await;
    report.record(&mut failed, "payouts_sent", outcome);
    // DSP-2: disputes the seller did not answer in time close in the buyer's favour; their refunds go out
    // with the next step.
    let outcome = crate::trust::disputes::sweep(state, now).await;
    report.record(&mut failed, "disputes_timed_out", outcome);
    let outcome = orders::payment::send_pending_refunds(state).await;
    report.record(&mut failed, "refunds_sent", outcome);
    // SRV-1 … SRV-7: shops are assessed daily; findings lead to a penalty (PEN-1).
    let outcome = crate::trust::service::sweep(state, now).await;
    report.record(&mut failed, "shops_assessed", outcome);
    // PEN-1: penalties whose time ran out are recorded as expired (they stopped applying already).
    let outcome = expire_penalties(state, now).await;
    report.record(&mut failed, "penalties_expired", outcome);
    match failed {
        Some(error) => Err(error),
        None => Ok(report),
    }
}

async fn expire_penalties(state: &AppState, now: i64) -> ApiResult<u64> {
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let expired = crate::trust::penalties::sweep(&mut tx, now).await?;
    tx.commit().await?;
    if expired > 0 {
        // A suspension that ended puts the shop's listings back in the catalogue.
        state.catalogue_cache.invalidate();
    }
    Ok(expired)
}

/// Runs [`sweep`] every [`SWEEP_INTERVAL`] at the state's clock until the process ends. A failed sweep is
/// logged and tried again next time.
pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(SWEEP_INTERVAL);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            match sweep(&state, state.clock.now()).await {
                Ok(report) if report.changed.values().any(|&n| n > 0) => {
                    tracing::info!(?report, "deadlines applied");
                }
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "deadline sweep failed"),
            }
        }
    })
}
