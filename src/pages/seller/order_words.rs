//! Words the seller's order and dispute pages share: statuses and the shipping countdown (ORD-3).

use super::deadline::countdown;
use crate::contexts::{I18n, use_i18n};
use caravan_types::order::{OrderStatus, ShipmentState};
use leptos::prelude::*;

/// The path of one of the shop's orders.
pub fn seller_order_path(id: impl std::fmt::Display) -> String {
    format!("/seller/orders/{id}")
}

/// An order's status in the seller's words.
pub fn order_status_label(i18n: I18n, status: OrderStatus) -> String {
    // Literal keys, so the locale tests see every one of them.
    i18n.t(match status {
        OrderStatus::AwaitingPayment => "seller-order-status-awaiting-payment",
        OrderStatus::Paid => "seller-order-status-paid",
        OrderStatus::Shipped => "seller-order-status-shipped",
        OrderStatus::Delivered => "seller-order-status-delivered",
        OrderStatus::Completed => "seller-order-status-completed",
        OrderStatus::Cancelled => "seller-order-status-cancelled",
        OrderStatus::Expired => "seller-order-status-expired",
    })
}

/// An order's status as a small coloured label.
#[component]
pub fn OrderStatusChip(
    /// The status.
    status: OrderStatus,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("cv-status cv-status--order-{}", status.as_str())>
            {order_status_label(i18n, status)}
        </span>
    }
}

/// The live ORD-3 countdown of a paid order: the time left to ship, or how long overdue. The server's
/// verdict (`SoldButNotShipped`) counts as overdue even if this device's clock disagrees.
#[component]
pub fn ShipCountdown(
    /// The shipping deadline, Unix seconds.
    ship_by: i64,
    /// ORD-3 state as the server judged it.
    state: Option<ShipmentState>,
    /// The page's ticking clock.
    now: ReadSignal<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let server_overdue = state == Some(ShipmentState::SoldButNotShipped);
    let words = move || {
        let (text, passed) = countdown(
            i18n,
            ship_by,
            now.get(),
            "seller-ship-left",
            "seller-ship-overdue",
        );
        if server_overdue && !passed {
            (i18n.t("seller-ship-overdue-now"), true)
        } else {
            (text, passed)
        }
    };
    view! {
        <span class="cv-countdown" class:cv-countdown--overdue=move || words().1
            data-overdue=move || words().1.to_string()>
            {move || words().0}
        </span>
    }
}
