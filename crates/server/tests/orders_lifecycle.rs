//! Orders through their whole life with a movable clock and the sandbox payment provider: placement with
//! idempotency, payment into escrow (approve, decline, retry, double click), shipment, tracking, delivery,
//! confirmation and auto-confirmation, payouts, cancellation with refunds, unpaid expiry and the shipping
//! deadline, plus the notifications each step sends.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;

use axum::http::StatusCode;
use common::call;
use orders::{
    DAY, DECLINED, RETRY, START, VISA, World, address, place_as, set_stock, stock, world,
};
use serde_json::{Value, json};

#[tokio::test]
async fn happy_path_from_cart_to_payout() {
    let w = world().await;
    let before = stock(&w.state, w.sku).await;

    // Placed: stock reserved, one order for the one shop, the seller told.
    let group = w.place(2, "happy-path-0001").await;
    let group_id = group["id"].as_i64().unwrap();
    assert_eq!(group["status"], "awaiting_payment");
    assert_eq!(group["pay_by"], START + 30 * 60);
    let orders = group["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 1);
    let order = &orders[0];
    let order_id = order["id"].as_i64().unwrap();
    assert_eq!(order["status"], "awaiting_payment");
    assert_eq!(order["lines"][0]["quantity"], 2);
    assert_eq!(order["lines"][0]["unit_price"]["minor"], w.price);
    assert_eq!(order["totals"]["items"]["minor"], w.price * 2);
    assert_eq!(
        order["totals"]["total"]["minor"].as_i64().unwrap(),
        w.price * 2 + order["totals"]["shipping"]["minor"].as_i64().unwrap()
    );
    assert_eq!(order["policy_version"], w.state.rules.version());
    assert!(order["actions"]["pay"].as_bool().unwrap());
    assert_eq!(stock(&w.state, w.sku).await, before - 2);
    assert_eq!(w.notifications(&w.seller).await, ["order_placed"]);

    // A retried request (same key, same body) answers the same group and takes no more stock.
    let (status, again) = place_as(&w.app, &w.buyer, "happy-path-0001", &w.cart(2)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["id"], group_id);
    assert_eq!(stock(&w.state, w.sku).await, before - 2);
    let groups: i64 = sqlx::query_scalar("SELECT count(*) FROM order_groups WHERE buyer_id = ?")
        .bind(w.buyer_id)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    assert_eq!(groups, 1);

    // Paid into escrow; a second click answers the paid group without a second charge.
    let (status, paid) = w.pay(group_id, VISA).await;
    assert_eq!(status, StatusCode::OK, "{paid}");
    assert_eq!(paid["status"], "paid");
    assert_eq!(paid["paid_with"], json!({"brand": "visa", "last4": "4242"}));
    let order = &paid["orders"][0];
    let total = order["totals"]["total"]["minor"].as_i64().unwrap();
    assert_eq!(order["status"], "paid");
    assert_eq!(order["escrow"]["status"], "held");
    assert_eq!(order["escrow"]["held"]["minor"], total);
    assert_eq!(order["ship_by"], START + w.handling_days * DAY);
    assert_eq!(order["shipment_state"], "awaiting_shipment");
    let (status, again) = w.pay(group_id, VISA).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["status"], "paid");
    assert_eq!(w.sandbox.charge_count(), 1, "charged once");
    // No card number is stored anywhere.
    let stored: Vec<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT card_last4, card_brand FROM payments WHERE group_id = ?")
            .bind(group_id)
            .fetch_all(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(stored, [(Some("4242".into()), Some("visa".into()))]);

    // The seller's queue and view: the order, the buyer's name and address, never the card (ORD-6).
    let (status, queue) = call(
        &w.app,
        "GET",
        "/api/seller/orders?queue=to_ship",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{queue}");
    assert_eq!(queue["items"][0]["id"], order_id);
    assert_eq!(queue["items"][0]["buyer"]["name"], "alice");
    let (status, seen) = call(
        &w.app,
        "GET",
        &format!("/api/seller/orders/{order_id}"),
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(seen.get("paid_with").is_none());
    assert_eq!(seen["address"]["city"], "Berlin");
    assert!(seen["actions"]["ship"].as_bool().unwrap());
    let mut fields = Vec::new();
    field_paths(&seen, "", &mut fields);
    assert!(
        w.state.rules.check_seller_view(&fields).is_empty(),
        "{fields:?}"
    );
    assert!(!seen.to_string().contains("4242"));

    // Shipped two days later, scanned, delivered five days after that.
    w.advance(2 * DAY).await;
    let (status, shipped) = w.ship(order_id).await;
    assert_eq!(status, StatusCode::OK, "{shipped}");
    assert_eq!(shipped["status"], "shipped");
    assert_eq!(shipped["shipment"]["tracking_number"], "LX123456789CN");
    assert_eq!(shipped["shipment_state"], "shipped_in_time");
    let (status, _) = w.ship(order_id).await;
    assert_eq!(status, StatusCode::CONFLICT, "ships once");
    assert_eq!(w.track(order_id, "in_transit").await.0, StatusCode::OK);
    w.advance(5 * DAY).await;
    let (status, delivered) = w.track(order_id, "delivered").await;
    assert_eq!(status, StatusCode::OK, "{delivered}");
    let delivered_at = START + 7 * DAY;
    assert_eq!(delivered["status"], "delivered");
    assert_eq!(delivered["delivered_at"], delivered_at);
    assert_eq!(delivered["auto_confirm_at"], delivered_at + 15 * DAY);
    assert_eq!(
        w.track(order_id, "in_transit").await.0,
        StatusCode::CONFLICT
    );

    // The buyer confirms: escrow released to the seller, payout 3–5 working days out.
    let (status, done) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/confirm-receipt"),
        json!({}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["status"], "completed");
    assert_eq!(done["escrow"]["status"], "released");
    assert_eq!(done["escrow"]["released_by"], "buyer");
    assert_eq!(done["escrow"]["held"]["minor"], 0);
    let payout = &done["escrow"]["payout"];
    assert_eq!(payout["amount"]["minor"], total);
    assert_eq!(payout["status"], "scheduled");
    // Released on a Monday: 3 working days is Thursday, 5 the next Monday.
    assert_eq!(payout["earliest_at"], delivered_at + 3 * DAY);
    assert_eq!(payout["latest_at"], delivered_at + 7 * DAY);
    let (status, _) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/confirm-receipt"),
        json!({}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "confirmed once");
    w.advance(3 * DAY).await;
    assert_eq!(
        w.buyer_order(order_id).await["escrow"]["payout"]["status"],
        "paid"
    );

    // The timeline and the notifications of both sides.
    let kinds: Vec<String> = w.buyer_order(order_id).await["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        kinds,
        [
            "placed",
            "paid",
            "shipped",
            "in_transit",
            "delivered",
            "completed"
        ]
    );
    assert_eq!(
        w.notifications(&w.buyer).await,
        [
            "order_paid",
            "order_shipped",
            "order_delivered",
            "order_completed"
        ]
    );
    assert_eq!(
        w.notifications(&w.seller).await,
        [
            "order_placed",
            "order_paid",
            "order_delivered",
            "order_completed"
        ]
    );
    // Marking read.
    let (_, feed) = call(
        &w.app,
        "GET",
        "/api/notifications?limit=2",
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(feed["unread"], 4);
    assert_eq!(feed["items"].as_array().unwrap().len(), 2);
    let cursor = feed["next_cursor"].as_str().unwrap().to_owned();
    let (_, older) = call(
        &w.app,
        "GET",
        &format!("/api/notifications?limit=2&cursor={cursor}"),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(older["items"][1]["kind"], "order_paid");
    assert!(older["next_cursor"].is_null());
    let newest = feed["items"][0]["id"].as_i64().unwrap();
    let (status, unread) = call(
        &w.app,
        "POST",
        "/api/notifications/read",
        json!({"ids": [newest]}),
        &w.buyer,
    )
    .await;
    assert_eq!(
        (status, unread["unread"].as_i64()),
        (StatusCode::OK, Some(3))
    );
    let (_, unread) = call(
        &w.app,
        "POST",
        "/api/notifications/read",
        json!({"up_to": newest}),
        &w.buyer,
    )
    .await;
    assert_eq!(unread["unread"], 0);
}

/// Every field path of a JSON value (`a.b`, arrays flattened).
fn field_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                out.push(path.clone());
                field_paths(inner, &path, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| field_paths(v, prefix, out)),
        _ => {}
    }
}

#[tokio::test]
async fn a_declined_card_leaves_the_order_payable_and_bad_cards_never_reach_the_provider() {
    let w = world().await;
    let group = w.place(1, "declined-0001").await;
    let group_id = group["id"].as_i64().unwrap();

    let (status, error) = w.pay(group_id, DECLINED).await;
    assert_eq!(status, StatusCode::PAYMENT_REQUIRED, "{error}");
    assert_eq!(error["error"]["code"], "card_declined");
    assert_eq!(error["error"]["fields"][0]["path"], "card");
    assert_eq!(error["error"]["fields"][0]["code"], "card_declined");
    let (status, insufficient) = w.pay(group_id, "4000000000009995").await;
    assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
    assert_eq!(
        insufficient["error"]["fields"][0]["code"],
        "insufficient_funds"
    );

    // Typos and expired cards are refused before the provider is asked.
    let card = |number: &str, month: u32, year: u32, cvc: &str| json!({"card": {"number": number, "exp_month": month, "exp_year": year, "cvc": cvc}});
    let path = format!("/api/order-groups/{group_id}/payment");
    for (body, field, code) in [
        (
            card("4242 4242 4242 4241", 12, 2030, "123"),
            "card.number",
            "invalid_card_number",
        ),
        (card(VISA, 10, 2026, "123"), "card.exp_year", "card_expired"),
        (card(VISA, 12, 2030, "12"), "card.cvc", "invalid_cvc"),
    ] {
        let (status, error) = call(&w.app, "POST", &path, body, &w.buyer).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{error}");
        assert_eq!(error["error"]["fields"][0]["path"], field);
        assert_eq!(error["error"]["fields"][0]["code"], code);
    }
    assert_eq!(w.sandbox.charge_count(), 0);
    let order = w
        .buyer_order(group["orders"][0]["id"].as_i64().unwrap())
        .await;
    assert_eq!(order["status"], "awaiting_payment");
    assert_eq!(order["escrow"]["status"], "none");

    // Another card goes through.
    let (status, paid) = w.pay(group_id, "5555 5555 5555 4444").await;
    assert_eq!(status, StatusCode::OK, "{paid}");
    assert_eq!(paid["paid_with"]["brand"], "mastercard");
    let attempts: Vec<String> =
        sqlx::query_scalar("SELECT status FROM payments WHERE group_id = ? ORDER BY id")
            .bind(group_id)
            .fetch_all(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(attempts, ["declined", "declined", "succeeded"]);
}

#[tokio::test]
async fn a_temporary_failure_charges_nothing_and_the_retry_succeeds() {
    let w = world().await;
    let group = w.place(1, "retry-0001").await;
    let group_id = group["id"].as_i64().unwrap();
    let request = common::json_request(
        "POST",
        &format!("/api/order-groups/{group_id}/payment"),
        &json!({"card": {"number": RETRY, "exp_month": 1, "exp_year": 2031, "cvc": "999"}}),
        Some(&w.buyer),
    );
    let (status, headers, body) = common::send(&w.app, request).await;
    let error: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{error}");
    assert_eq!(error["error"]["code"], "payment_retry");
    assert_eq!(headers["retry-after"], "1");
    assert_eq!(w.sandbox.charge_count(), 0);
    let order_id = group["orders"][0]["id"].as_i64().unwrap();
    assert_eq!(w.buyer_order(order_id).await["status"], "awaiting_payment");

    let (status, paid) = w.pay(group_id, RETRY).await;
    assert_eq!(status, StatusCode::OK, "{paid}");
    assert_eq!(paid["status"], "paid");
    assert_eq!(w.sandbox.charge_count(), 1);
}

#[tokio::test]
async fn a_double_click_while_the_first_payment_runs_is_refused_and_charges_once() {
    let w = world().await;
    let group_id = w.place(1, "double-0001").await["id"].as_i64().unwrap();
    // Two clicks at once.
    let (a, b) = tokio::join!(w.pay(group_id, VISA), w.pay(group_id, VISA));
    let statuses = [a.0, b.0];
    assert!(
        statuses.contains(&StatusCode::OK),
        "{statuses:?} {} {}",
        a.1,
        b.1
    );
    for (status, body) in [a, b] {
        assert!(
            status == StatusCode::OK
                || (status == StatusCode::CONFLICT
                    && body["error"]["code"] == "payment_in_progress"),
            "{status} {body}"
        );
    }
    assert_eq!(w.sandbox.charge_count(), 1);
    let succeeded: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM payments WHERE group_id = ? AND status = 'succeeded'",
    )
    .bind(group_id)
    .fetch_one(&w.state.pool)
    .await
    .unwrap();
    assert_eq!(succeeded, 1);
}

#[tokio::test]
async fn cancelling_restores_stock_and_refunds_what_was_paid() {
    let w = world().await;
    let before = stock(&w.state, w.sku).await;

    // Unpaid: the stock comes back and the group is cancelled.
    let group = w.place(3, "cancel-unpaid-01").await;
    let order_id = group["orders"][0]["id"].as_i64().unwrap();
    assert_eq!(stock(&w.state, w.sku).await, before - 3);
    let (status, cancelled) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/cancel"),
        json!({"reason": "changed my mind"}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["cancel_reason"], "changed my mind");
    assert_eq!(stock(&w.state, w.sku).await, before);
    let (_, group) = call(
        &w.app,
        "GET",
        &format!("/api/order-groups/{}", group["id"]),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(group["status"], "cancelled");
    let (status, error) = w.pay(group["id"].as_i64().unwrap(), VISA).await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_payable"))
    );

    // Paid: the full escrow goes back to the card.
    let (group_id, order_id) = w.paid_order(2, "cancel-paid-0001").await;
    assert_eq!(stock(&w.state, w.sku).await, before - 2);
    let (status, cancelled) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/cancel"),
        json!({}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    let total = cancelled["totals"]["total"]["minor"].as_i64().unwrap();
    assert_eq!(cancelled["escrow"]["status"], "refunded");
    assert_eq!(cancelled["escrow"]["refunded"]["minor"], total);
    assert_eq!(cancelled["escrow"]["held"]["minor"], 0);
    assert_eq!(stock(&w.state, w.sku).await, before);
    let charge: String = sqlx::query_scalar(
        "SELECT provider_ref FROM payments WHERE group_id = ? AND status = 'succeeded'",
    )
    .bind(group_id)
    .fetch_one(&w.state.pool)
    .await
    .unwrap();
    assert_eq!(
        w.sandbox.refunded(&charge),
        total,
        "the provider refunded the total"
    );
    let refund: (String, i64) =
        sqlx::query_as("SELECT status, amount_minor FROM refunds WHERE order_id = ?")
            .bind(order_id)
            .fetch_one(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(refund, ("succeeded".to_owned(), total));
    assert!(
        w.notifications(&w.seller)
            .await
            .ends_with(&["order_cancelled".to_owned()])
    );
    let (status, _) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/cancel"),
        json!({}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "cancelled once");

    // Shipped: too late to cancel.
    let (_, order_id) = w.paid_order(1, "cancel-shipped-1").await;
    assert_eq!(w.ship(order_id).await.0, StatusCode::OK);
    let (status, error) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/cancel"),
        json!({}),
        &w.buyer,
    )
    .await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_cancellable"))
    );
}

#[tokio::test]
async fn the_receipt_timeout_releases_the_escrow_through_the_test_clock_endpoint() {
    let w = world().await;
    let admin = orders::admin(&w.app).await;
    let (_, order_id) = w.paid_order(1, "auto-confirm-01").await;
    assert_eq!(w.ship(order_id).await.0, StatusCode::OK);
    assert_eq!(w.track(order_id, "delivered").await.0, StatusCode::OK);

    let advance = |seconds: i64| {
        let app = w.app.clone();
        let admin = admin.clone();
        async move {
            call(
                &app,
                "POST",
                "/api/admin/clock/advance",
                json!({"seconds": seconds}),
                &admin,
            )
            .await
        }
    };
    let (status, result) = advance(15 * DAY - 1).await;
    assert_eq!(status, StatusCode::OK, "{result}");
    assert_eq!(result["now"], START + 15 * DAY - 1);
    assert_eq!(result["sweep"]["changed"]["orders_auto_confirmed"], 0);
    assert_eq!(w.buyer_order(order_id).await["status"], "delivered");

    let (_, result) = advance(2).await;
    assert_eq!(result["sweep"]["changed"]["orders_auto_confirmed"], 1);
    let order = w.buyer_order(order_id).await;
    assert_eq!(order["status"], "completed");
    assert_eq!(order["escrow"]["released_by"], "timeout");
    assert_eq!(
        order["completed_at"],
        START + 15 * DAY,
        "released at the timeout, not at the sweep"
    );
    assert_eq!(order["escrow"]["payout"]["status"], "scheduled");
    assert!(
        w.notifications(&w.buyer)
            .await
            .ends_with(&["order_completed".to_owned()])
    );
    // A second sweep at the same time changes nothing.
    let (_, result) = advance(0).await;
    assert_eq!(result["sweep"]["changed"]["orders_auto_confirmed"], 0);

    // Only admins move the clock.
    let (status, _) = call(
        &w.app,
        "POST",
        "/api/admin/clock/advance",
        json!({"seconds": 1}),
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = advance(-5).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_clock_endpoint_does_not_exist_outside_test_mode() {
    let app = common::test_app().await;
    let admin = orders::admin(&app).await;
    let (status, error) = call(
        &app,
        "POST",
        "/api/admin/clock/advance",
        json!({"seconds": 60}),
        &admin,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{error}");
}

#[tokio::test]
async fn missing_the_shipping_deadline_marks_sold_but_not_shipped() {
    let w = world().await;
    let (_, order_id) = w.paid_order(1, "deadline-0001").await;
    let ship_by = START + w.handling_days * DAY;
    w.advance(w.handling_days * DAY).await;
    let order = w.buyer_order(order_id).await;
    assert_eq!(
        order["shipment_state"], "awaiting_shipment",
        "the deadline itself is still in time"
    );
    w.advance(1).await;
    let order = w.buyer_order(order_id).await;
    assert_eq!(order["status"], "paid");
    assert_eq!(order["shipment_state"], "sold_but_not_shipped");
    assert_eq!(
        order["events"].as_array().unwrap().last().unwrap()["kind"],
        "not_shipped_in_time"
    );
    assert_eq!(
        order["events"].as_array().unwrap().last().unwrap()["at"],
        ship_by
    );
    assert!(
        w.notifications(&w.buyer)
            .await
            .ends_with(&["order_not_shipped_in_time".to_owned()])
    );
    assert!(
        w.notifications(&w.seller)
            .await
            .ends_with(&["order_not_shipped_in_time".to_owned()])
    );
    let (_, queue) = call(
        &w.app,
        "GET",
        "/api/seller/orders?queue=to_ship",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(queue["items"][0]["shipment_state"], "sold_but_not_shipped");
    // Shipping late still ships, and the record stays.
    let (status, shipped) = w.ship(order_id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shipped["status"], "shipped");
    assert_eq!(shipped["shipment_state"], "sold_but_not_shipped");
    let not_shipped_at: Option<i64> =
        sqlx::query_scalar("SELECT not_shipped_at FROM orders WHERE id = ?")
            .bind(order_id)
            .fetch_one(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(not_shipped_at, Some(ship_by));
}

#[tokio::test]
async fn unpaid_orders_expire_and_release_their_stock() {
    let w = world().await;
    let before = stock(&w.state, w.sku).await;
    let group_id = w.place(4, "expire-00001").await["id"].as_i64().unwrap();
    assert_eq!(stock(&w.state, w.sku).await, before - 4);
    w.advance(30 * 60 - 1).await;
    assert_eq!(stock(&w.state, w.sku).await, before - 4);
    w.advance(1).await;
    assert_eq!(stock(&w.state, w.sku).await, before);
    let (_, group) = call(
        &w.app,
        "GET",
        &format!("/api/order-groups/{group_id}"),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(group["status"], "expired");
    assert_eq!(group["orders"][0]["status"], "expired");
    let (status, error) = w.pay(group_id, VISA).await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_payable"))
    );
    assert_eq!(w.sandbox.charge_count(), 0);
    assert_eq!(w.notifications(&w.buyer).await, ["order_expired"]);
}

#[tokio::test]
async fn placing_checks_the_key_the_cart_and_the_prices() {
    let w = world().await;
    // No key, a bad key.
    let (status, _, bytes) = common::send(
        &w.app,
        common::json_request("POST", "/api/orders", &w.cart(1), Some(&w.buyer)),
    )
    .await;
    let error: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("idempotency_key_missing"))
    );
    let (status, error) = place_as(&w.app, &w.buyer, "short", &w.cart(1)).await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("idempotency_key_invalid"))
    );

    // The same key for another cart.
    w.place(1, "same-key-00001").await;
    let (status, error) = place_as(&w.app, &w.buyer, "same-key-00001", &w.cart(2)).await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("idempotency_key_reused")
        )
    );

    // Over the stock, a stale price, a destination the item does not reach: 409 naming each line.
    set_stock(&w.state, w.sku, 2).await;
    let body = json!({
        "lines": [
            {"listing_id": w.listing, "sku_id": w.sku, "quantity": 3, "expected_unit_price": {"minor": w.price - 1, "currency": "USD"}},
        ],
        "address": address("DE"),
    });
    let (status, error) = place_as(&w.app, &w.buyer, "over-stock-0001", &body).await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert_eq!(error["error"]["code"], "cart_changed");
    let fields: Vec<(String, String)> = error["error"]["fields"]
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
    assert_eq!(
        fields,
        [
            ("lines[0]".into(), "quantity_over_stock".into()),
            ("lines[0]".into(), "price_changed".into())
        ]
    );
    assert_eq!(stock(&w.state, w.sku).await, 2, "nothing reserved");
    // A refused request stores nothing, so its key is free for the corrected cart.
    set_stock(&w.state, w.sku, 5).await;
    let body = json!({
        "lines": [{"listing_id": w.listing, "sku_id": w.sku, "quantity": 3, "expected_unit_price": {"minor": w.price, "currency": "USD"}}],
        "address": address("DE"),
    });
    let (status, group) = place_as(&w.app, &w.buyer, "over-stock-0001", &body).await;
    assert_eq!(status, StatusCode::CREATED, "{group}");

    // Bad addresses and quantities.
    let mut bad = w.cart(1);
    bad["address"]["country"] = json!("Germany");
    bad["address"]["name"] = json!("");
    let (status, error) = place_as(&w.app, &w.buyer, "bad-address-001", &bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{error}");
    let paths: Vec<&str> = error["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["address.name", "address.country"]);
    let (status, error) = place_as(&w.app, &w.buyer, "zero-quantity-1", &w.cart(0)).await;
    assert_eq!(
        (status, error["error"]["fields"][0]["code"].as_str()),
        (StatusCode::CONFLICT, Some("invalid_quantity"))
    );
    let (status, error) = place_as(&w.app, &w.buyer, "negative-qty-01", &w.cart(-4)).await;
    assert_eq!(
        (status, error["error"]["fields"][0]["code"].as_str()),
        (StatusCode::CONFLICT, Some("invalid_quantity"))
    );
}

#[tokio::test]
async fn a_cart_across_shops_makes_one_order_per_shop_paid_with_one_charge() {
    let w = world().await;
    let (other_listing, other_sku): (i64, i64) = sqlx::query_as(
        "SELECT l.id, k.id FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.shop_id != ? AND l.status = 'published' AND t.ships_to = '*' AND k.stock >= 5 AND l.currency = 'USD'
           AND EXISTS (SELECT 1 FROM shipping_rates r WHERE r.template_id = t.id AND r.class = 'standard')
         ORDER BY l.id LIMIT 1",
    )
    .bind(w.shop_id)
    .fetch_one(&w.state.pool)
    .await
    .unwrap();
    let body = json!({
        "lines": [
            {"listing_id": w.listing, "sku_id": w.sku, "quantity": 1},
            {"listing_id": other_listing, "sku_id": other_sku, "quantity": 2, "shipping_class": "standard"},
        ],
        "address": address("DE"),
        "display_currency": "JPY",
    });
    let (status, group) = place_as(&w.app, &w.buyer, "two-shops-0001", &body).await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    let orders = group["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2);
    assert_ne!(orders[0]["shop"]["id"], orders[1]["shop"]["id"]);
    let sum: i64 = orders
        .iter()
        .map(|o| o["totals"]["total"]["minor"].as_i64().unwrap())
        .sum();
    assert_eq!(group["totals"]["total"]["minor"], sum);
    // ORD-4: the yen figure and its rate are recorded with the order.
    assert_eq!(group["display"]["currency"], "JPY");
    assert_eq!(group["display"]["total"]["currency"], "JPY");
    assert_eq!(orders[1]["display"]["rate"]["quote"], "JPY");
    let (rate, currency): (i64, String) =
        sqlx::query_as("SELECT fx_rate_micros, display_currency FROM order_groups WHERE id = ?")
            .bind(group["id"].as_i64().unwrap())
            .fetch_one(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(currency, "JPY");
    assert_eq!(group["display"]["rate"]["micros"], rate);

    let (status, paid) = w.pay(group["id"].as_i64().unwrap(), VISA).await;
    assert_eq!(status, StatusCode::OK, "{paid}");
    assert_eq!(w.sandbox.charge_count(), 1, "one charge for the checkout");
    let charged: i64 =
        sqlx::query_scalar("SELECT amount_minor FROM payments WHERE status = 'succeeded'")
            .fetch_one(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(charged, sum);
    for order in paid["orders"].as_array().unwrap() {
        assert_eq!(
            order["escrow"]["held"], order["totals"]["total"],
            "escrow per order"
        );
    }
}

#[tokio::test]
async fn every_endpoint_refuses_other_peoples_orders() {
    let w = world().await;
    let (group_id, order_id) = w.paid_order(1, "ownership-0001").await;
    let unpaid_group = w.place(1, "ownership-0002").await["id"].as_i64().unwrap();
    let stranger = orders::other_buyer(&w.state, "mallory").await;
    // Another shop's owner.
    let other_owner: i64 =
        sqlx::query_scalar("SELECT owner_id FROM shops WHERE id != ? ORDER BY id LIMIT 1")
            .bind(w.shop_id)
            .fetch_one(&w.state.pool)
            .await
            .unwrap();
    let other_seller = common::session_for(&w.state, other_owner).await;

    for (method, path, body) in [
        ("GET", format!("/api/orders/{order_id}"), Value::Null),
        ("POST", format!("/api/orders/{order_id}/cancel"), json!({})),
        (
            "POST",
            format!("/api/orders/{order_id}/confirm-receipt"),
            json!({}),
        ),
        ("GET", format!("/api/order-groups/{group_id}"), Value::Null),
        (
            "POST",
            format!("/api/order-groups/{unpaid_group}/payment"),
            json!({"card": {"number": VISA, "exp_month": 12, "exp_year": 2030, "cvc": "123"}}),
        ),
    ] {
        let (status, error) = call(&w.app, method, &path, body, &stranger).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}: {error}");
    }
    for (method, path, body) in [
        ("GET", format!("/api/seller/orders/{order_id}"), Value::Null),
        (
            "POST",
            format!("/api/seller/orders/{order_id}/shipment"),
            json!({"class": "economy", "tracking_number": "RR123456789CN"}),
        ),
        (
            "POST",
            format!("/api/seller/orders/{order_id}/tracking-events"),
            json!({"kind": "delivered"}),
        ),
    ] {
        let (status, error) = call(&w.app, method, &path, body, &other_seller).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}: {error}");
    }
    assert_eq!(w.sandbox.charge_count(), 1, "the stranger charged nothing");
    assert_eq!(
        w.buyer_order(order_id).await["status"],
        "paid",
        "nothing changed"
    );
    // Lists hold only one's own.
    let (_, mine) = call(&w.app, "GET", "/api/orders", Value::Null, &stranger).await;
    assert_eq!(mine["items"], json!([]));
    let (_, theirs) = call(
        &w.app,
        "GET",
        "/api/seller/orders",
        Value::Null,
        &other_seller,
    )
    .await;
    assert!(
        theirs["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["id"] != order_id)
    );
    let (_, feed) = call(&w.app, "GET", "/api/notifications", Value::Null, &stranger).await;
    assert_eq!(feed["unread"], 0);
    // Notification ids of others cannot be marked read.
    let seller_notification: i64 = sqlx::query_scalar("SELECT max(id) FROM notifications WHERE user_id != (SELECT id FROM users WHERE display_name = 'mallory')")
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    call(
        &w.app,
        "POST",
        "/api/notifications/read",
        json!({"ids": [seller_notification]}),
        &stranger,
    )
    .await;
    let read_at: Option<i64> = sqlx::query_scalar("SELECT read_at FROM notifications WHERE id = ?")
        .bind(seller_notification)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    assert_eq!(read_at, None);
    // Roles: a buyer cannot use the seller routes, a seller cannot order.
    let (status, _) = call(&w.app, "GET", "/api/seller/orders", Value::Null, &w.buyer).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, error) = place_as(&w.app, &w.seller, "seller-order-01", &w.cart(1)).await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("wrong_role"))
    );
    // Signed out: 401.
    let (status, _) = common::get_json(&w.app, "/api/orders").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn lists_page_and_filter() {
    let w: World = world().await;
    for i in 0..5 {
        w.paid_order(1, &format!("list-order-{i:04}")).await;
        w.advance(3600).await;
    }
    w.place(1, "list-unpaid-0001").await;
    let (_, page) = call(&w.app, "GET", "/api/orders?limit=4", Value::Null, &w.buyer).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 4);
    assert_eq!(
        page["items"][0]["status"], "awaiting_payment",
        "newest first"
    );
    let cursor = page["next_cursor"].as_str().unwrap();
    let (_, rest) = call(
        &w.app,
        "GET",
        &format!("/api/orders?limit=4&cursor={cursor}"),
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(rest["items"].as_array().unwrap().len(), 2);
    assert!(rest["next_cursor"].is_null());
    let (_, paid) = call(
        &w.app,
        "GET",
        "/api/orders?status=paid",
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(paid["items"].as_array().unwrap().len(), 5);
    assert_eq!(paid["items"][0]["units"], 1);
    let (status, _) = call(
        &w.app,
        "GET",
        "/api/orders?status=lost",
        Value::Null,
        &w.buyer,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // The seller's to-ship queue: earliest deadline first, paged by (deadline, id).
    let (_, first) = call(
        &w.app,
        "GET",
        "/api/seller/orders?queue=to_ship&limit=3",
        Value::Null,
        &w.seller,
    )
    .await;
    let (_, second) = call(
        &w.app,
        "GET",
        &format!(
            "/api/seller/orders?queue=to_ship&limit=3&cursor={}",
            first["next_cursor"].as_str().unwrap()
        ),
        Value::Null,
        &w.seller,
    )
    .await;
    let deadlines: Vec<i64> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second["items"].as_array().unwrap())
        .map(|o| o["ship_by"].as_i64().unwrap())
        .collect();
    assert_eq!(deadlines.len(), 5, "paid orders only");
    assert!(deadlines.windows(2).all(|w| w[0] < w[1]), "{deadlines:?}");
    let (_, all) = call(
        &w.app,
        "GET",
        "/api/seller/orders?queue=all&status=awaiting_payment",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(all["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_interrupted_payment_blocks_for_a_minute_then_is_driven_again_under_its_key() {
    let w = world().await;
    let group = w.place(1, "interrupted-001").await;
    let group_id = group["id"].as_i64().unwrap();
    let order_id = group["orders"][0]["id"].as_i64().unwrap();
    // A server that crashed between recording an attempt and hearing from the provider left this.
    sqlx::query(
        "INSERT INTO payments (group_id, status, amount_minor, currency, provider, provider_key, created_at, updated_at)
         VALUES (?, 'processing', ?, 'USD', 'sandbox', 'pay_interrupted', ?, ?)",
    )
    .bind(group_id)
    .bind(group["totals"]["total"]["minor"].as_i64().unwrap())
    .bind(START)
    .bind(START)
    .execute(&w.state.pool)
    .await
    .unwrap();
    let (status, error) = w.pay(group_id, VISA).await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("payment_in_progress"))
    );
    let (status, error) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order_id}/cancel"),
        json!({}),
        &w.buyer,
    )
    .await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("payment_in_progress"))
    );
    // A minute later the attempt counts as interrupted.
    w.clock.advance(61);
    let (status, paid) = w.pay(group_id, VISA).await;
    assert_eq!(status, StatusCode::OK, "{paid}");
    let attempts: Vec<(String, String)> =
        sqlx::query_as("SELECT status, provider_key FROM payments WHERE group_id = ?")
            .bind(group_id)
            .fetch_all(&w.state.pool)
            .await
            .unwrap();
    assert_eq!(
        attempts,
        [("succeeded".to_owned(), "pay_interrupted".to_owned())],
        "the same attempt, same key"
    );
    assert_eq!(w.sandbox.charge_count(), 1);
}
