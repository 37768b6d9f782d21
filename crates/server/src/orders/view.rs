//! Orders as each side sees them. Every query names the viewer in its WHERE clause, so an order that is
//! not the caller's is simply not found (404), never shown.

use crate::{
    error::{ApiResult, AppError},
    orders::quote::{SETTLEMENT, add_totals, display_totals, zero_totals},
};
use caravan_rules::Engine;
use caravan_types::{
    Currency, ListingId, Money, OrderGroupId, OrderId, Rate, SkuId,
    logistics::LogisticsClass,
    order::{
        DisplayTotals, Escrow, EscrowStatus, LineShipping, OrderActions, OrderDetail, OrderGroup,
        OrderGroupStatus, OrderLine, OrderStatus, OrderSummary, PaidWith, Party, Payout,
        ReleasedBy, ShipmentInfo, ShipmentState, Totals, TrackingEvent, TrackingKind,
    },
};
use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};

/// Who is looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// The buyer (user id).
    Buyer(i64),
    /// The seller (their shop id).
    Seller(i64),
}

impl Viewer {
    /// SQL condition on `o` (the orders table) and its bound value.
    fn condition(&self) -> (&'static str, i64) {
        match self {
            Viewer::Buyer(id) => ("o.buyer_id = ?", *id),
            Viewer::Seller(shop) => ("o.shop_id = ?", *shop),
        }
    }
}

fn money(minor: i64, currency: &str) -> ApiResult<Money> {
    Ok(Money::new(minor, parse_currency(currency)?))
}

fn parse_currency(code: &str) -> ApiResult<Currency> {
    code.parse()
        .map_err(|_| AppError::Internal(format!("stored currency `{code}` is unknown")))
}

fn status_of(row: &SqliteRow) -> ApiResult<OrderStatus> {
    let status: String = row.get("status");
    OrderStatus::from_name(&status)
        .ok_or_else(|| AppError::Internal(format!("stored order status `{status}` is unknown")))
}

/// The ORD-3 state of an order now, from the rules crate; `None` before payment, and for orders cancelled
/// or expired without ever missing the deadline.
pub fn shipment_state(engine: &Engine, row: &SqliteRow, now: i64) -> Option<ShipmentState> {
    let paid_at: Option<i64> = row.get("paid_at");
    let not_shipped_at: Option<i64> = row.get("not_shipped_at");
    let status: String = row.get("status");
    if not_shipped_at.is_some() {
        return Some(ShipmentState::SoldButNotShipped);
    }
    if status == "cancelled" || status == "expired" {
        return None;
    }
    let handling: i64 = row.get("handling_days");
    let tracking: Option<String> = row.get("tracking_number");
    let shipment = engine.shipment(
        paid_at?,
        u32::try_from(handling).ok(),
        row.get("shipped_at"),
        tracking.as_deref(),
        now,
    );
    Some(match shipment.state {
        caravan_rules::order::ShipmentState::AwaitingShipment => ShipmentState::AwaitingShipment,
        caravan_rules::order::ShipmentState::ShippedInTime => ShipmentState::ShippedInTime,
        caravan_rules::order::ShipmentState::SoldButNotShipped => ShipmentState::SoldButNotShipped,
    })
}

/// What `viewer` may do with an order in `status` (the handlers check again).
pub fn actions(viewer: Viewer, status: OrderStatus, group_awaiting: bool) -> OrderActions {
    let buyer = matches!(viewer, Viewer::Buyer(_));
    let seller = !buyer;
    OrderActions {
        pay: buyer && status == OrderStatus::AwaitingPayment && group_awaiting,
        cancel: buyer && matches!(status, OrderStatus::AwaitingPayment | OrderStatus::Paid),
        confirm_receipt: buyer && matches!(status, OrderStatus::Shipped | OrderStatus::Delivered),
        // Set by the order view, which knows whether a review exists.
        review: false,
        ship: seller && status == OrderStatus::Paid,
        track: seller && status == OrderStatus::Shipped,
    }
}

/// Totals stored on an order row.
fn totals_of(row: &SqliteRow) -> ApiResult<Totals> {
    let currency: String = row.get("currency");
    let subtotal: i64 = row.get("subtotal_minor");
    let discount: i64 = row.get("discount_minor");
    Ok(Totals {
        subtotal: money(subtotal, &currency)?,
        discount: money(discount, &currency)?,
        items: money(subtotal - discount, &currency)?,
        shipping: money(row.get("shipping_minor"), &currency)?,
        total: money(row.get("total_minor"), &currency)?,
    })
}

/// The display block of a group's recorded rate; `None` when the buyer saw the settlement currency.
fn display_of(
    totals: &Totals,
    display_currency: &str,
    rate_micros: i64,
    date: Option<&str>,
) -> ApiResult<Option<DisplayTotals>> {
    let currency = parse_currency(display_currency)?;
    if currency == SETTLEMENT {
        return Ok(None);
    }
    let rate = Rate {
        base: SETTLEMENT,
        quote: currency,
        micros: rate_micros,
    };
    display_totals(totals, rate, date.unwrap_or_default()).map(Some)
}

const ORDER_COLUMNS: &str = "o.*, s.name AS shop_name, u.display_name AS buyer_name,
    g.display_currency, g.fx_rate_micros, g.fx_date, g.status AS group_status";

/// One order as `viewer` sees it; 404 when it is not theirs.
pub async fn order(
    conn: &mut SqliteConnection,
    engine: &Engine,
    id: i64,
    viewer: Viewer,
    now: i64,
) -> ApiResult<OrderDetail> {
    let (condition, who) = viewer.condition();
    let row = sqlx::query(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders o
         JOIN shops s ON s.id = o.shop_id JOIN users u ON u.id = o.buyer_id
         JOIN order_groups g ON g.id = o.group_id
         WHERE o.id = ? AND {condition}"
    ))
    .bind(id)
    .bind(who)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound("order"))?;
    let currency: String = row.get("currency");
    let status = status_of(&row)?;

    let lines = sqlx::query("SELECT * FROM order_lines WHERE order_id = ? ORDER BY position")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|line| {
            let unit: i64 = line.get("unit_price_minor");
            let quantity: i64 = line.get("quantity");
            let discount: i64 = line.get("discount_minor");
            let shipping: i64 = line.get("shipping_minor");
            let class: String = line.get("shipping_class");
            Ok(OrderLine {
                listing_id: ListingId(line.get("listing_id")),
                sku_id: SkuId(line.get("sku_id")),
                title: line.get("title"),
                sku_code: line.get("sku_code"),
                sku_label: line.get("sku_label"),
                image_url: line.get("image_url"),
                quantity,
                unit_price: money(unit, &currency)?,
                discount: money(discount, &currency)?,
                promotion_id: line.get("promotion_id"),
                shipping: LineShipping {
                    class: class
                        .parse::<LogisticsClass>()
                        .map_err(|e| AppError::Internal(e.to_string()))?,
                    cost: money(shipping, &currency)?,
                    min_days: u16::try_from(line.get::<i64, _>("shipping_min_days")).unwrap_or(0),
                    max_days: u16::try_from(line.get::<i64, _>("shipping_max_days")).unwrap_or(0),
                },
                total: money(unit * quantity - discount + shipping, &currency)?,
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;

    let events = sqlx::query(
        "SELECT kind, description, location, at FROM order_events WHERE order_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .filter_map(|e| {
        let kind: String = e.get("kind");
        Some(TrackingEvent {
            kind: TrackingKind::from_name(&kind)?,
            description: e.get("description"),
            location: e.get("location"),
            at: e.get("at"),
        })
    })
    .collect();

    let payout = sqlx::query(
        "SELECT amount_minor, currency, status, earliest_at, latest_at FROM payouts WHERE order_id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|p| -> ApiResult<Payout> {
        let currency: String = p.get("currency");
        Ok(Payout {
            amount: money(p.get("amount_minor"), &currency)?,
            status: p.get("status"),
            earliest_at: p.get("earliest_at"),
            latest_at: p.get("latest_at"),
        })
    })
    .transpose()?;
    let escrow_status: String = row.get("escrow_status");
    let released_by: Option<String> = row.get("released_by");
    let escrow = Escrow {
        status: match escrow_status.as_str() {
            "held" => EscrowStatus::Held,
            "released" => EscrowStatus::Released,
            "refunded" => EscrowStatus::Refunded,
            _ => EscrowStatus::None,
        },
        held: money(row.get("escrow_held_minor"), &currency)?,
        refunded: money(row.get("escrow_refunded_minor"), &currency)?,
        released_at: row.get("released_at"),
        released_by: released_by.as_deref().map(|by| match by {
            "buyer" => ReleasedBy::Buyer,
            "timeout" => ReleasedBy::Timeout,
            _ => ReleasedBy::Decision,
        }),
        payout,
    };

    // ORD-6: the card is the buyer's business only.
    let paid_with = match viewer {
        Viewer::Buyer(_) => paid_with(conn, row.get("group_id")).await?,
        Viewer::Seller(_) => None,
    };
    let shipped_class: Option<String> = row.get("shipped_class");
    let shipment = match (
        shipped_class,
        row.get::<Option<String>, _>("tracking_number"),
    ) {
        (Some(class), Some(tracking_number)) => Some(ShipmentInfo {
            class: class.parse().map_err(
                |e: caravan_types::logistics::UnknownLogisticsClass| {
                    AppError::Internal(e.to_string())
                },
            )?,
            tracking_number,
            carrier: row.get("carrier"),
        }),
        _ => None,
    };
    let address: String = row.get("address_json");
    let totals = totals_of(&row)?;
    let display_currency: String = row.get("display_currency");
    let fx_date: Option<String> = row.get("fx_date");
    let group_status: String = row.get("group_status");
    let mut actions = actions(viewer, status, group_status == "awaiting_payment");
    // SRV: the buyer rates a completed order once.
    actions.review = matches!(viewer, Viewer::Buyer(_))
        && status == OrderStatus::Completed
        && !sqlx::query_scalar::<_, bool>(
            "SELECT EXISTS (SELECT 1 FROM order_reviews WHERE order_id = ?)",
        )
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(OrderDetail {
        id: OrderId(id),
        group_id: OrderGroupId(row.get("group_id")),
        status,
        shop: Party {
            id: row.get("shop_id"),
            name: row.get("shop_name"),
        },
        buyer: matches!(viewer, Viewer::Seller(_)).then(|| Party {
            id: row.get("buyer_id"),
            name: row.get("buyer_name"),
        }),
        lines,
        display: display_of(
            &totals,
            &display_currency,
            row.get("fx_rate_micros"),
            fx_date.as_deref(),
        )?,
        totals,
        policy_version: row.get("policy_version"),
        address: serde_json::from_str(&address)
            .map_err(|e| AppError::Internal(format!("order {id} address: {e}")))?,
        created_at: row.get("created_at"),
        pay_by: row.get("pay_by"),
        paid_at: row.get("paid_at"),
        ship_by: row.get("ship_by"),
        shipment_state: shipment_state(engine, &row, now),
        shipped_at: row.get("shipped_at"),
        shipment,
        delivered_at: row.get("delivered_at"),
        auto_confirm_at: row.get("auto_confirm_at"),
        completed_at: row.get("completed_at"),
        cancelled_at: row.get("cancelled_at"),
        cancel_reason: row.get("cancel_reason"),
        escrow,
        paid_with,
        events,
        actions,
    })
}

/// The card a group was paid with.
async fn paid_with(conn: &mut SqliteConnection, group_id: i64) -> ApiResult<Option<PaidWith>> {
    Ok(sqlx::query_as::<_, (String, String)>(
        "SELECT card_brand, card_last4 FROM payments
         WHERE group_id = ? AND status = 'succeeded' AND card_brand IS NOT NULL AND card_last4 IS NOT NULL",
    )
    .bind(group_id)
    .fetch_optional(conn)
    .await?
    .map(|(brand, last4)| PaidWith { brand, last4 }))
}

/// A buyer's order group with its orders; 404 when it is not theirs.
pub async fn group(
    conn: &mut SqliteConnection,
    engine: &Engine,
    id: i64,
    buyer_id: i64,
    now: i64,
) -> ApiResult<OrderGroup> {
    let row = sqlx::query("SELECT * FROM order_groups WHERE id = ? AND buyer_id = ?")
        .bind(id)
        .bind(buyer_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound("order group"))?;
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM orders WHERE group_id = ? ORDER BY id")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    let mut orders = Vec::with_capacity(ids.len());
    let mut totals = zero_totals();
    for order_id in ids {
        let order = order(conn, engine, order_id, Viewer::Buyer(buyer_id), now).await?;
        if order.status != OrderStatus::Cancelled {
            totals = add_totals(&totals, &order.totals)?;
        }
        orders.push(order);
    }
    let status: String = row.get("status");
    let display_currency: String = row.get("display_currency");
    let fx_date: Option<String> = row.get("fx_date");
    Ok(OrderGroup {
        id: OrderGroupId(id),
        status: OrderGroupStatus::from_name(&status)
            .ok_or_else(|| AppError::Internal(format!("stored group status `{status}`")))?,
        display: display_of(
            &totals,
            &display_currency,
            row.get("fx_rate_micros"),
            fx_date.as_deref(),
        )?,
        orders,
        totals,
        pay_by: row.get("pay_by"),
        paid_at: row.get("paid_at"),
        paid_with: paid_with(conn, id).await?,
        created_at: row.get("created_at"),
    })
}

/// A list row: the order, its first line and unit count.
pub fn summary(
    engine: &Engine,
    row: &SqliteRow,
    viewer: Viewer,
    now: i64,
) -> ApiResult<OrderSummary> {
    let currency: String = row.get("currency");
    Ok(OrderSummary {
        id: OrderId(row.get("id")),
        group_id: OrderGroupId(row.get("group_id")),
        status: status_of(row)?,
        shop: Party {
            id: row.get("shop_id"),
            name: row.get("shop_name"),
        },
        buyer: matches!(viewer, Viewer::Seller(_)).then(|| Party {
            id: row.get("buyer_id"),
            name: row.get("buyer_name"),
        }),
        total: money(row.get("total_minor"), &currency)?,
        units: row.get("units"),
        first_title: row.get("first_title"),
        first_image_url: row.get("first_image_url"),
        created_at: row.get("created_at"),
        pay_by: row.get("pay_by"),
        ship_by: row.get("ship_by"),
        shipment_state: shipment_state(engine, row, now),
    })
}

/// Columns a list query selects for [`summary`] (from `orders o`, `shops s`, `users u`).
pub const SUMMARY_COLUMNS: &str = "o.*, s.name AS shop_name, u.display_name AS buyer_name,
    (SELECT sum(quantity) FROM order_lines l WHERE l.order_id = o.id) AS units,
    (SELECT title FROM order_lines l WHERE l.order_id = o.id ORDER BY position LIMIT 1) AS first_title,
    (SELECT image_url FROM order_lines l WHERE l.order_id = o.id ORDER BY position LIMIT 1) AS first_image_url";
