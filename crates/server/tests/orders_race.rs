//! The oversell race: with 10 units left and hundreds of buyers ordering at the same moment through the real
//! router, against a real SQLite file with several pool connections, exactly 10 orders succeed and stock
//! never goes below zero. Repeated, since a race that passes once proves little.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use caravan_server::app;
use common::{isolated_state, json_request, new_buyer, send};
use serde_json::{Value, json};

const BUYERS: usize = 1_000;
const ROUNDS: usize = 4;
const STOCK: i64 = 10;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_units_and_a_thousand_buyers_make_exactly_ten_orders_every_time() {
    let (state, _dir) = isolated_state().await;
    let pool = state.pool.clone();
    assert!(
        pool.options().get_max_connections() > 1,
        "the race needs several connections"
    );
    let (listing, sku): (i64, i64) = sqlx::query_as(
        "SELECT l.id, k.id FROM listings l JOIN skus k ON k.listing_id = l.id
         JOIN shipping_templates t ON t.id = l.shipping_template_id
         WHERE l.status = 'published' AND t.ships_to = '*' AND l.currency = 'USD' ORDER BY l.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut buyers = Vec::with_capacity(BUYERS);
    for i in 0..BUYERS {
        buyers.push(new_buyer(&state, &format!("racer{i}")).await.1);
    }
    let app = app(state);

    for round in 0..ROUNDS {
        sqlx::query("UPDATE skus SET stock = ? WHERE id = ?")
            .bind(STOCK)
            .bind(sku)
            .execute(&pool)
            .await
            .unwrap();
        let orders_before: i64 =
            sqlx::query_scalar("SELECT count(*) FROM order_lines WHERE sku_id = ?")
                .bind(sku)
                .fetch_one(&pool)
                .await
                .unwrap();
        // A watcher reads the stock throughout the race: it must never be seen below zero.
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let watcher = {
            let pool = pool.clone();
            let done = done.clone();
            tokio::spawn(async move {
                let mut lowest = i64::MAX;
                while !done.load(std::sync::atomic::Ordering::SeqCst) {
                    let stock: i64 = sqlx::query_scalar("SELECT stock FROM skus WHERE id = ?")
                        .bind(sku)
                        .fetch_one(&pool)
                        .await
                        .unwrap();
                    lowest = lowest.min(stock);
                    tokio::task::yield_now().await;
                }
                lowest
            })
        };
        // Every buyer starts at the same moment.
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(BUYERS));
        let tasks: Vec<_> = buyers
            .iter()
            .enumerate()
            .map(|(i, cookie)| {
                let app = app.clone();
                let cookie = cookie.clone();
                let barrier = barrier.clone();
                tokio::spawn(async move {
                    let body = json!({
                        "lines": [{"listing_id": listing, "sku_id": sku, "quantity": 1}],
                        "address": {"name": "Racer", "line1": "1 Track Road", "city": "Lisbon", "country": "PT"},
                    });
                    let mut request = json_request("POST", "/api/orders", &body, Some(&cookie));
                    request.headers_mut().insert(
                        "idempotency-key",
                        format!("race-{round}-{i:04}").parse().unwrap(),
                    );
                    barrier.wait().await;
                    let (status, _, bytes) = send(&app, request).await;
                    let body: Value = serde_json::from_slice(&bytes).unwrap();
                    (status, body)
                })
            })
            .collect();
        let mut created = 0;
        let mut sold_out = 0;
        for task in tasks {
            let (status, body) = task.await.unwrap();
            match status {
                StatusCode::CREATED => created += 1,
                StatusCode::CONFLICT => {
                    assert_eq!(body["error"]["code"], "cart_changed", "{body}");
                    let code = body["error"]["fields"][0]["code"].as_str().unwrap();
                    assert!(
                        code == "out_of_stock" || code == "quantity_over_stock",
                        "{body}"
                    );
                    sold_out += 1;
                }
                other => panic!("round {round}: unexpected {other}: {body}"),
            }
        }
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        let lowest_seen = watcher.await.unwrap();
        assert!(
            lowest_seen >= 0,
            "round {round}: stock seen at {lowest_seen}"
        );
        let stock: i64 = sqlx::query_scalar("SELECT stock FROM skus WHERE id = ?")
            .bind(sku)
            .fetch_one(&pool)
            .await
            .unwrap();
        let orders_after: i64 =
            sqlx::query_scalar("SELECT count(*) FROM order_lines WHERE sku_id = ?")
                .bind(sku)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(created, STOCK, "round {round}: exactly the stock was sold");
        assert_eq!(sold_out, BUYERS as i64 - STOCK, "round {round}");
        assert_eq!(
            stock, 0,
            "round {round}: stock is exactly used up, never negative"
        );
        assert_eq!(
            orders_after - orders_before,
            STOCK,
            "round {round}: one line per success"
        );
    }
}
