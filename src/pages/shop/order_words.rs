//! Words shared by the orders, dispute, review and notification pages: statuses, escrow in plain words,
//! dates and deadlines in the user's locale, and the refusals these pages can meet.

use crate::{api, components::forms::error_text, contexts::I18n, money_format::format_money};
use caravan_i18n::Arg;
use caravan_types::{
    Currency, Money,
    dispute::Remedy,
    order::{EscrowStatus, OrderDetail, OrderStatus, ReleasedBy},
};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The path of an order's page.
pub fn order_path(id: impl std::fmt::Display) -> String {
    format!("/orders/{id}")
}

/// An order's status in the user's words.
pub fn status_label(i18n: I18n, status: OrderStatus) -> String {
    // Literal keys, so the locale tests see every one of them.
    i18n.t(match status {
        OrderStatus::AwaitingPayment => "order-status-awaiting-payment",
        OrderStatus::Paid => "order-status-paid",
        OrderStatus::Shipped => "order-status-shipped",
        OrderStatus::Delivered => "order-status-delivered",
        OrderStatus::Completed => "order-status-completed",
        OrderStatus::Cancelled => "order-status-cancelled",
        OrderStatus::Expired => "order-status-expired",
    })
}

/// `money` for the active locale.
pub fn money(i18n: I18n, money: Money) -> String {
    format_money(money, &i18n.locale())
}

/// Minor units of the currency `code` (disputes carry amounts that way), for the active locale.
pub fn minor(i18n: I18n, amount: i64, code: &str) -> String {
    let currency = code.parse().unwrap_or(Currency::USD);
    money(i18n, Money::new(amount, currency))
}

/// Where the order's money is, in plain words (ORD-2).
pub fn escrow_words(i18n: I18n, order: &OrderDetail) -> String {
    let escrow = &order.escrow;
    match escrow.status {
        EscrowStatus::None => i18n.t("escrow-none"),
        EscrowStatus::Held => {
            let held = money(i18n, escrow.held);
            match order.auto_confirm_at {
                Some(at) => i18n.t_args(
                    "escrow-held-until",
                    &[
                        ("amount", Arg::from(held)),
                        ("date", Arg::from(date(i18n, at))),
                    ],
                ),
                None => i18n.t_args("escrow-held", &[("amount", Arg::from(held))]),
            }
        }
        EscrowStatus::Released => {
            let key = match escrow.released_by {
                Some(ReleasedBy::Timeout) => "escrow-released-timeout",
                Some(ReleasedBy::Decision) => "escrow-released-decision",
                _ => "escrow-released-buyer",
            };
            i18n.t(key)
        }
        EscrowStatus::Refunded => i18n.t_args(
            "escrow-refunded",
            &[("amount", Arg::from(money(i18n, escrow.refunded)))],
        ),
    }
}

/// A remedy in words, amounts in the order's currency `code`.
pub fn remedy_words(i18n: I18n, remedy: Remedy, code: &str) -> String {
    match remedy {
        Remedy::FullRefund => i18n.t("remedy-full-refund"),
        Remedy::PartialRefund { amount_minor } => i18n.t_args(
            "remedy-partial-refund-of",
            &[("amount", Arg::from(minor(i18n, amount_minor, code)))],
        ),
        Remedy::Resend => i18n.t("remedy-resend"),
    }
}

/// Unix seconds as a date and time in the active locale, e.g. `Nov 23, 2026, 7:30 AM`.
pub fn date(i18n: I18n, at: i64) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locales = Array::of1(&JsValue::from_str(&i18n.locale()));
    // Milliseconds since 1970 are exact in a JS number for any date a page shows.
    let when = Date::new(&JsValue::from_f64(at as f64 * 1000.0));
    Intl::DateTimeFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &when)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The time left until `at`, e.g. "2 days left", "5 hours left", or "the deadline has passed".
pub fn time_left(i18n: I18n, at: i64) -> String {
    let now = (Date::now() / 1000.0) as i64;
    let left = at - now;
    if left <= 0 {
        return i18n.t("deadline-passed");
    }
    // Rounded to the nearest unit: a deadline five days out still reads "5 days left" a minute later.
    let (key, count) = if left >= 2 * 86_400 {
        ("deadline-days-left", (left + 43_200) / 86_400)
    } else if left >= 3_600 {
        ("deadline-hours-left", (left + 1_800) / 3_600)
    } else {
        ("deadline-minutes-left", (left / 60).max(1))
    };
    i18n.t_args(key, &[("count", Arg::from(count))])
}

/// A refusal of an order, dispute or review action in the user's words.
pub fn action_error(i18n: I18n, error: &api::Error) -> String {
    let key = match error.code() {
        Some("not_cancellable") => "order-error-not-cancellable",
        Some("payment_in_progress") => "order-error-payment-in-progress",
        Some("not_confirmable") => "order-error-not-confirmable",
        Some("dispute_open") => "order-error-dispute-open",
        Some("dispute_exists") => "dispute-error-exists",
        Some("dispute_closed") => "dispute-error-closed",
        Some("dispute_wrong_step") => "dispute-error-wrong-step",
        Some("blocked_by_rules") => "dispute-error-rules",
        Some("escrow_not_held") => "dispute-error-escrow",
        Some("order_not_completed") => "review-error-not-completed",
        Some("review_exists") => "review-error-exists",
        _ => return error_text(i18n, error),
    };
    i18n.t(key)
}
