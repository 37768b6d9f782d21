//! The platform console's newer decisions, refusal by refusal: promotion review (PRM-1), appeal review
//! (PEN-3) and issuing and lifting penalties. A decision needs a stated reason where the seller is told
//! one, is taken once, names things that exist, and a refused one writes nothing; the review queues filter
//! by status.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;
#[path = "support/snapshot.rs"]
mod snapshot;
#[path = "support/trust.rs"]
mod trust;

use axum::http::StatusCode;
use common::call;
use orders::{DAY, START, World, world};
use serde_json::{Value, json};

/// Reasons a decision refuses: empty, too short, only spaces, too long.
fn bad_reasons() -> [String; 4] {
    [
        String::new(),
        "too short".to_owned(),
        " ".repeat(20),
        "x".repeat(1001),
    ]
}

const REASON: &str = "The discount period overlaps a platform-wide sale.";

/// Ids in `GET path` as the admin.
async fn queue(w: &World, admin: &str, path: &str) -> Vec<i64> {
    let (status, listed) = call(&w.app, "GET", path, Value::Null, admin).await;
    assert_eq!(status, StatusCode::OK, "{path}: {listed}");
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            item["id"]
                .as_i64()
                .or(item["appeal"]["id"].as_i64())
                .unwrap()
        })
        .collect()
}

fn field_codes(error: &Value) -> Vec<(String, String)> {
    error["error"]["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn promotions_are_decided_once_with_a_reason_while_they_can_run() {
    let w = world().await;
    let admin = trust::admin(&w.state).await;
    let (status, _) = call(
        &w.app,
        "GET",
        "/api/seller/listings",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let sku_code: String = sqlx::query_scalar("SELECT code FROM skus WHERE id = ?")
        .bind(w.sku)
        .fetch_one(&w.state.pool)
        .await
        .unwrap();
    let mut ids = Vec::new();
    for day in [1, 3, 5] {
        let (status, created) = call(
            &w.app,
            "POST",
            "/api/seller/promotions",
            json!({"name": format!("Day {day}"), "kind": "discount", "discount": {"type": "percent", "percent": 10},
                   "starts_at": START + day * DAY, "ends_at": START + (day + 1) * DAY,
                   "items": [{"listing_id": w.listing, "sku_code": sku_code, "promo_stock": 2}]}),
            &w.seller,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        ids.push(created["id"].as_i64().unwrap());
    }
    let (rejected, approved, ended) = (ids[0], ids[1], ids[2]);
    let decide = |id: i64, what: &'static str, body: Value| {
        let app = w.app.clone();
        let admin = admin.clone();
        async move {
            call(
                &app,
                "POST",
                &format!("/api/admin/promotions/{id}/{what}"),
                body,
                &admin,
            )
            .await
        }
    };

    let before = snapshot::fingerprint(&w.state.pool).await;
    for reason in bad_reasons() {
        let (status, refused) = decide(rejected, "reject", json!({"reason": reason})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{reason:?}: {refused}");
        assert_eq!(
            field_codes(&refused),
            [("reason".to_owned(), "length".to_owned())]
        );
    }
    for (what, body) in [
        ("approve", Value::Null),
        ("reject", json!({"reason": REASON})),
    ] {
        let (status, refused) = decide(987_654_321, what, body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{what}: {refused}");
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "refused promotion decisions").await;

    let (status, body) = decide(rejected, "reject", json!({"reason": REASON})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        (&body["status"], &body["rejection_reason"]),
        (&json!("rejected"), &json!(REASON))
    );
    let (status, body) = decide(approved, "approve", Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "approved");
    // Decided once: neither can be decided again, either way.
    let before = snapshot::fingerprint(&w.state.pool).await;
    for id in [rejected, approved] {
        for (what, body) in [
            ("approve", Value::Null),
            ("reject", json!({"reason": REASON})),
        ] {
            let (status, refused) = decide(id, what, body).await;
            assert_eq!(status, StatusCode::CONFLICT, "{what} {id}: {refused}");
            assert_eq!(refused["error"]["code"], "not_pending");
        }
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "second decisions").await;
    // The queues hold each in its status.
    for (status, expected) in [
        ("pending", ended),
        ("approved", approved),
        ("rejected", rejected),
    ] {
        let listed = queue(
            &w,
            &admin,
            &format!("/api/admin/promotions?status={status}"),
        )
        .await;
        assert_eq!(listed, [expected], "{status}");
    }
    assert_eq!(queue(&w, &admin, "/api/admin/promotions").await, [ended]);

    // A promotion whose period is over can no longer be approved.
    w.clock.advance(7 * DAY);
    let before = snapshot::fingerprint(&w.state.pool).await;
    let (status, refused) = decide(ended, "approve", Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["error"]["code"], "promotion_closed");
    snapshot::assert_unchanged(&w.state.pool, &before, "approving an ended promotion").await;
}

#[tokio::test]
async fn appeals_are_decided_once_with_a_reason_and_only_in_time() {
    let w = world().await;
    let admin = trust::admin(&w.state).await;
    let mut penalties = Vec::new();
    for _ in 0..2 {
        let (status, issued) = trust::issue_penalty(
            &w.app,
            &admin,
            json!({"shop_id": w.shop_id, "rule": "ORD-3", "level": "warning",
                   "facts": "Orders were not shipped within the handling time."}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{issued}");
        penalties.push(issued["penalty"]["id"].as_i64().unwrap());
    }
    let statement =
        json!({"statement": "The carrier lost the parcels; tracking numbers attached."});
    let appeal = |penalty: i64| {
        let app = w.app.clone();
        let seller = w.seller.clone();
        let statement = statement.clone();
        async move {
            call(
                &app,
                "POST",
                &format!("/api/seller/penalties/{penalty}/appeal"),
                statement,
                &seller,
            )
            .await
        }
    };
    let (status, filed) = appeal(penalties[0]).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    let id = filed["appeal"]["id"].as_i64().unwrap();
    assert_eq!(queue(&w, &admin, "/api/admin/appeals").await, [id]);
    let decide = |id: i64, what: &'static str, body: Value| {
        let app = w.app.clone();
        let admin = admin.clone();
        async move {
            call(
                &app,
                "POST",
                &format!("/api/admin/appeals/{id}/{what}"),
                body,
                &admin,
            )
            .await
        }
    };

    let before = snapshot::fingerprint(&w.state.pool).await;
    for reason in bad_reasons() {
        let (status, refused) = decide(id, "reject", json!({"reason": reason})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{reason:?}: {refused}");
        assert_eq!(
            field_codes(&refused),
            [("reason".to_owned(), "length".to_owned())]
        );
    }
    for (what, body) in [
        ("approve", Value::Null),
        ("reject", json!({"reason": REASON})),
    ] {
        let (status, refused) = decide(987_654_321, what, body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{what}: {refused}");
    }
    snapshot::assert_unchanged(&w.state.pool, &before, "refused appeal decisions").await;

    let (status, upheld) = decide(id, "reject", json!({"reason": REASON})).await;
    assert_eq!(status, StatusCode::OK, "{upheld}");
    assert_eq!(upheld["appeal"]["status"], "upheld");
    let before = snapshot::fingerprint(&w.state.pool).await;
    for (what, body) in [
        ("approve", Value::Null),
        ("reject", json!({"reason": REASON})),
    ] {
        let (status, refused) = decide(id, what, body).await;
        assert_eq!(status, StatusCode::CONFLICT, "{what}: {refused}");
        assert_eq!(refused["error"]["code"], "not_pending");
    }
    // One appeal per penalty, even once it is decided.
    let (status, refused) = appeal(penalties[0]).await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["error"]["code"], "appeal_exists");
    snapshot::assert_unchanged(&w.state.pool, &before, "second decisions").await;
    assert_eq!(
        queue(&w, &admin, "/api/admin/appeals?status=rejected").await,
        [id]
    );
    assert!(
        queue(&w, &admin, "/api/admin/appeals?status=pending")
            .await
            .is_empty()
    );
    assert!(
        queue(&w, &admin, "/api/admin/appeals?status=approved")
            .await
            .is_empty()
    );

    // PEN-3: after the appeal window the rules refuse, naming the rule.
    let days = i64::from(w.state.rules.policy().penalties.appeal_days);
    w.clock.advance((days + 1) * DAY);
    let before = snapshot::fingerprint(&w.state.pool).await;
    let (status, late) = appeal(penalties[1]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{late}");
    assert_eq!(late["error"]["code"], "blocked_by_rules");
    assert_eq!(late["error"]["verdicts"][0]["rule"], "PEN-3", "{late}");
    snapshot::assert_unchanged(&w.state.pool, &before, "a late appeal").await;
}

#[tokio::test]
async fn penalties_name_a_rule_a_shop_and_facts_and_are_lifted_once() {
    let w = world().await;
    let admin = trust::admin(&w.state).await;
    let facts = "Orders were not shipped within the handling time.";
    let shop = w.shop_id;
    // (the request, the status, the field and code, or the error code)
    let cases = [
        (
            json!({"shop_id": shop, "rule": "ORD-3", "facts": "too short"}),
            StatusCode::BAD_REQUEST,
            "facts/length",
        ),
        (
            json!({"shop_id": shop, "rule": "ORD-0", "facts": facts}),
            StatusCode::BAD_REQUEST,
            "rule/unknown_rule",
        ),
        (
            json!({"shop_id": shop, "rule": "ORD-100", "facts": facts}),
            StatusCode::BAD_REQUEST,
            "rule/unknown_rule",
        ),
        (
            json!({"shop_id": shop, "rule": "ord-3", "facts": facts}),
            StatusCode::BAD_REQUEST,
            "rule/unknown_rule",
        ),
        (
            json!({"shop_id": shop, "rule": "ORD-3", "facts": facts, "level": "promotion_ban"}),
            StatusCode::BAD_REQUEST,
            "level/prm_only",
        ),
        (
            json!({"shop_id": shop, "rule": "PRM-2", "facts": facts, "promotion_id": 987_654_321}),
            StatusCode::BAD_REQUEST,
            "promotion_id/not_in_shop",
        ),
        (
            json!({"shop_id": 987_654_321, "rule": "ORD-3", "facts": facts}),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ];
    let before = snapshot::fingerprint(&w.state.pool).await;
    for (body, status, expected) in cases {
        let (got, refused) = trust::issue_penalty(&w.app, &admin, body.clone()).await;
        assert_eq!(got, status, "{body}: {refused}");
        let seen = match field_codes(&refused).first() {
            Some((path, code)) => format!("{path}/{code}"),
            None => refused["error"]["code"].as_str().unwrap().to_owned(),
        };
        assert_eq!(seen, expected, "{body}: {refused}");
    }
    let lift = |id: i64, reason: &str| {
        let app = w.app.clone();
        let admin = admin.clone();
        let body = json!({"reason": reason});
        async move {
            call(
                &app,
                "POST",
                &format!("/api/admin/penalties/{id}/lift"),
                body,
                &admin,
            )
            .await
        }
    };
    let (status, refused) = lift(987_654_321, "Issued against the wrong shop.").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{refused}");
    snapshot::assert_unchanged(&w.state.pool, &before, "refused penalties").await;

    let (status, issued) = trust::issue_penalty(
        &w.app,
        &admin,
        json!({"shop_id": shop, "rule": "ORD-3", "level": "warning", "facts": facts}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let id = issued["penalty"]["id"].as_i64().unwrap();
    let listed = |status: &'static str| {
        let path = format!("/api/admin/penalties?shop_id={shop}&status={status}");
        let w = &w;
        let admin = admin.clone();
        async move { queue(w, &admin, &path).await }
    };
    assert_eq!(listed("active").await, [id]);
    assert!(listed("lifted").await.is_empty());
    for reason in bad_reasons() {
        let (status, refused) = lift(id, &reason).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{reason:?}: {refused}");
    }
    let (status, lifted) = lift(id, "Issued against the wrong shop.").await;
    assert_eq!(status, StatusCode::OK, "{lifted}");
    assert_eq!(lifted["status"], "lifted");
    let (status, again) = lift(id, "Issued against the wrong shop.").await;
    assert_eq!(status, StatusCode::CONFLICT, "{again}");
    assert_eq!(listed("lifted").await, [id]);
    assert!(listed("active").await.is_empty());
    // Other shops' penalties are not in this shop's list.
    let other = trust::seller(&w.state, "elsewhere").await;
    assert!(
        queue(
            &w,
            &admin,
            &format!("/api/admin/penalties?shop_id={}", other.shop_id)
        )
        .await
        .is_empty()
    );
}
