//! Deadlines as the seller watches them: a clock that ticks every second while a page shows countdowns,
//! the time left (or how long overdue) in the seller's words, and dates in the seller's locale.

use crate::{contexts::I18n, pages::js_dyn};
use caravan_i18n::Arg;
use leptos::prelude::*;
use std::time::Duration;

/// Unix seconds by the browser's clock.
pub fn now_seconds() -> i64 {
    (js_dyn::now() / 1000.0) as i64
}

/// Unix seconds now, ticking once a second for as long as the calling component lives (one timer per
/// page, not per countdown).
pub fn use_ticking_now() -> ReadSignal<i64> {
    let (now, set_now) = signal(now_seconds());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    fn tick(set_now: WriteSignal<i64>, timer: StoredValue<Option<TimeoutHandle>>) {
        // Lands just after the next whole second, so every countdown on the page turns together.
        let wait = 1000 - (js_dyn::now() as u64 % 1000) + 5;
        let handle = set_timeout_with_handle(
            move || {
                if set_now.try_set(now_seconds()).is_none() {
                    tick(set_now, timer);
                }
            },
            Duration::from_millis(wait),
        )
        .ok();
        timer.try_set_value(handle);
    }
    tick(set_now, timer);
    on_cleanup(move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
    });
    now
}

/// A span of `seconds` (≥ 0): days, hours and minutes while a day or more is left, then hours, minutes and
/// seconds.
pub fn duration_words(i18n: I18n, seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (days, hours, minutes, secs) = (
        seconds / 86_400,
        seconds % 86_400 / 3_600,
        seconds % 3_600 / 60,
        seconds % 60,
    );
    if days > 0 {
        i18n.t_args(
            "seller-duration-days",
            &[
                ("days", Arg::from(days)),
                ("hours", Arg::from(hours)),
                ("minutes", Arg::from(minutes)),
            ],
        )
    } else {
        i18n.t_args(
            "seller-duration-hours",
            &[
                ("hours", Arg::from(hours)),
                ("minutes", Arg::from(minutes)),
                ("seconds", Arg::from(secs)),
            ],
        )
    }
}

/// The countdown to `deadline` at `now`: `left_key` with the time left, or `overdue_key` with how long ago
/// it passed. The second value says whether it passed.
pub fn countdown(
    i18n: I18n,
    deadline: i64,
    now: i64,
    left_key: &str,
    overdue_key: &str,
) -> (String, bool) {
    let left = deadline - now;
    if left > 0 {
        let time = duration_words(i18n, left);
        (i18n.t_args(left_key, &[("time", Arg::from(time))]), false)
    } else {
        let time = duration_words(i18n, -left);
        (i18n.t_args(overdue_key, &[("time", Arg::from(time))]), true)
    }
}

// Dates and amounts read as on the buyer's order pages: one formatter for both faces.
pub use crate::pages::shop::order_words::{date as date_time, minor as minor_money};
