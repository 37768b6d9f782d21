//! Disputes (DSP-1 … DSP-4) walked with real orders and the test clock: the seller accepts, the seller's
//! silence closes it in the buyer's favour, a counter-offer is accepted, arbitration decides either way;
//! every refund comes out of the order's escrow; strangers never see a dispute.

#[path = "support/common.rs"]
mod common;
#[path = "support/orders.rs"]
mod orders;

use axum::body::Body;
use axum::http::StatusCode;
use common::{call, send};
use orders::{DAY, World, world};
use serde_json::{Value, json};

/// A paid and shipped order of one unit; returns (order id, its total in minor units).
async fn shipped(w: &World, key: &str) -> (i64, i64) {
    let (_, order) = w.paid_order(1, key).await;
    let (status, shipped) = w.ship(order).await;
    assert_eq!(status, StatusCode::OK, "{shipped}");
    let total = w.buyer_order(order).await["totals"]["total"]["minor"]
        .as_i64()
        .unwrap();
    (order, total)
}

/// `POST /api/dispute-images` with a picture, as `cookie`; returns the answer.
async fn evidence(w: &World, cookie: &str) -> (StatusCode, Value) {
    let boundary = "caravan-evidence";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"parcel.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&common::png(400, 300));
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = axum::http::Request::post("/api/dispute-images")
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("x-caravan-csrf", "1")
        .header("cookie", cookie)
        .body(Body::from(body))
        .unwrap();
    let (status, _, bytes) = send(&w.app, request).await;
    (status, serde_json::from_slice(&bytes).unwrap())
}

async fn open(w: &World, order: i64, body: Value) -> (StatusCode, Value) {
    call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/dispute"),
        body,
        &w.buyer,
    )
    .await
}

fn not_received(remedy: Value) -> Value {
    json!({"reason": "not_received", "remedy": remedy, "description": "Tracking has not moved for three weeks."})
}

async fn dispute(w: &World, cookie: &str, id: &Value) -> (StatusCode, Value) {
    call(
        &w.app,
        "GET",
        &format!("/api/disputes/{id}"),
        Value::Null,
        cookie,
    )
    .await
}

async fn post(w: &World, cookie: &str, path: String, body: Value) -> (StatusCode, Value) {
    call(&w.app, "POST", &path, body, cookie).await
}

#[tokio::test]
async fn the_seller_accepts_the_buyers_request_and_the_refund_leaves_the_escrow() {
    let w = world().await;
    let (order, total) = shipped(&w, "dispute-accept-1").await;
    let (status, opened) = open(
        &w,
        order,
        not_received(json!({"kind": "partial_refund", "amount_minor": 500})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{opened}");
    assert_eq!(opened["status"], "awaiting_seller");
    assert_eq!(opened["class"], "logistics_delay");
    assert_eq!(opened["order_total_minor"], total);
    // DSP-2: five days to respond.
    assert_eq!(opened["response_deadline"], orders::START + 5 * DAY);
    assert_eq!(opened["offers"][0]["by"], "buyer");
    assert_eq!(opened["offers"][0]["status"], "open");
    assert_eq!(opened["events"][0]["kind"], "opened");
    let id = &opened["id"];
    let (status, twice) = open(&w, order, not_received(json!({"kind": "full_refund"}))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(twice["error"]["code"], "dispute_exists");
    assert!(
        w.notifications(&w.seller)
            .await
            .contains(&"dispute_opened".to_owned())
    );

    // While it is open the buyer can neither confirm receipt nor cancel around it.
    let (status, refused) = post(
        &w,
        &w.buyer,
        format!("/api/orders/{order}/confirm-receipt"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["error"]["code"], "dispute_open");

    // The buyer cannot accept their own request; the seller accepts it.
    let offer = opened["offers"][0]["id"].as_i64().unwrap();
    let accept = format!("/api/disputes/{id}/offers/{offer}/accept");
    let (status, own) = post(&w, &w.buyer, accept.clone(), Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(own["error"]["code"], "dispute_wrong_step");
    let (status, resolved) = post(&w, &w.seller, accept.clone(), Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{resolved}");
    assert_eq!(resolved["status"], "resolved");
    assert_eq!(resolved["outcome"], "seller_accepted");
    assert_eq!(resolved["refunded_minor"], 500);
    assert_eq!(resolved["resolution"]["kind"], "partial_refund");
    assert_eq!(resolved["responded_at"], orders::START);
    let order_view = w.buyer_order(order).await;
    assert_eq!(order_view["escrow"]["refunded"]["minor"], 500);
    assert_eq!(order_view["escrow"]["held"]["minor"], total - 500);
    assert_eq!(order_view["status"], "shipped");
    let (status, closed) = post(&w, &w.seller, accept, Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(closed["error"]["code"], "dispute_closed");
    assert!(
        w.notifications(&w.buyer)
            .await
            .contains(&"dispute_resolved".to_owned())
    );
    // The rest of the escrow follows the order: the buyer may confirm now.
    let (status, confirmed) = post(
        &w,
        &w.buyer,
        format!("/api/orders/{order}/confirm-receipt"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{confirmed}");
}

#[tokio::test]
async fn a_silent_seller_loses_the_dispute_when_the_deadline_passes() {
    let w = world().await;
    let (order, total) = shipped(&w, "dispute-timeout-1").await;
    let (_, opened) = open(&w, order, not_received(json!({"kind": "full_refund"}))).await;
    let id = &opened["id"];
    w.advance(5 * DAY).await;
    let (_, waiting) = dispute(&w, &w.buyer, id).await;
    assert_eq!(
        waiting["status"], "awaiting_seller",
        "the deadline itself is still in time"
    );
    w.advance(1).await;
    let (status, closed) = dispute(&w, &w.buyer, id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(closed["status"], "resolved");
    assert_eq!(closed["outcome"], "response_timeout");
    assert_eq!(closed["refunded_minor"], total);
    let timed_out = closed["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(timed_out["kind"], "timed_out");
    assert_eq!(timed_out["by"], "platform");
    assert_eq!(timed_out["text"], "rule-dsp-2-response-overdue");
    let order_view = w.buyer_order(order).await;
    assert_eq!(order_view["status"], "cancelled");
    assert_eq!(order_view["escrow"]["status"], "refunded");
    assert_eq!(order_view["escrow"]["refunded"]["minor"], total);
    // Too late for the seller.
    let (status, late) = post(
        &w,
        &w.seller,
        format!("/api/disputes/{id}/messages"),
        json!({"text": "Sorry, we were on holiday."}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(late["error"]["code"], "dispute_closed");
    // SRV-6: a closed "not received" dispute takes its order out of the service assessment, even the
    // timeout (tests/reviews.rs counts one of another kind).
    let (_, score) = call(
        &w.app,
        "GET",
        "/api/seller/service-score",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(score["orders"], 1, "{score}");
    assert_eq!(score["excluded"], 1, "{score}");
    assert_eq!(score["response_timeouts"]["count"], 0, "{score}");
}

#[tokio::test]
async fn a_late_answer_finds_the_dispute_closed_even_before_the_sweep() {
    let w = world().await;
    let (order, _) = shipped(&w, "dispute-late-1").await;
    let (_, opened) = open(&w, order, not_received(json!({"kind": "resend"}))).await;
    // The clock moves without a sweep: the seller's first action is what discovers the lapse.
    w.clock.advance(5 * DAY + 60);
    let (status, late) = post(
        &w,
        &w.seller,
        format!("/api/disputes/{}/offers", opened["id"]),
        json!({"remedy": {"kind": "partial_refund", "amount_minor": 100}}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{late}");
    assert_eq!(late["error"]["code"], "dispute_closed");
    let (_, closed) = dispute(&w, &w.buyer, &opened["id"]).await;
    assert_eq!(closed["outcome"], "response_timeout");
    // An unanswered resend request becomes a full refund.
    assert_eq!(closed["resolution"]["kind"], "full_refund");
}

#[tokio::test]
async fn the_buyer_accepts_the_sellers_counter_offer() {
    let w = world().await;
    let (order, total) = shipped(&w, "dispute-counter-1").await;
    let (_, opened) = open(&w, order, not_received(json!({"kind": "full_refund"}))).await;
    let id = &opened["id"];
    // Out of range, then a counter-offer: a partial refund.
    let offers = format!("/api/disputes/{id}/offers");
    let (status, bad) = post(
        &w,
        &w.seller,
        offers.clone(),
        json!({"remedy": {"kind": "partial_refund", "amount_minor": total + 1}}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    let (status, countered) = post(
        &w,
        &w.seller,
        offers.clone(),
        json!({"remedy": {"kind": "partial_refund", "amount_minor": 300}, "note": "The parcel is in customs; 3 USD for the wait."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{countered}");
    assert_eq!(countered["status"], "negotiating");
    assert_eq!(countered["offers"][0]["status"], "superseded");
    let counter = &countered["offers"][1];
    assert_eq!(counter["by"], "seller");
    assert_eq!(counter["status"], "open");
    // The old offer cannot be accepted any more; the seller cannot accept their own.
    let (status, _) = post(
        &w,
        &w.seller,
        format!(
            "/api/disputes/{id}/offers/{}/accept",
            countered["offers"][0]["id"]
        ),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let accept = format!("/api/disputes/{id}/offers/{}/accept", counter["id"]);
    let (status, _) = post(&w, &w.seller, accept.clone(), Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        w.notifications(&w.buyer)
            .await
            .contains(&"dispute_offer".to_owned())
    );
    let (status, resolved) = post(&w, &w.buyer, accept, Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{resolved}");
    assert_eq!(resolved["outcome"], "buyer_accepted");
    assert_eq!(resolved["refunded_minor"], 300);
    assert_eq!(resolved["offers"][1]["status"], "accepted");
    assert_eq!(
        w.buyer_order(order).await["escrow"]["held"]["minor"],
        total - 300
    );
}

/// A dispute the seller answered and the buyer escalated; returns (order, total, dispute).
async fn escalated(w: &World, key: &str) -> (i64, i64, Value) {
    let (order, total) = shipped(w, key).await;
    let (status, evidence) = evidence(w, &w.buyer).await;
    assert_eq!(status, StatusCode::CREATED, "{evidence}");
    let (status, opened) = open(
        w,
        order,
        json!({"reason": "not_as_described", "remedy": {"kind": "full_refund"}, "damaged": true,
               "description": "The bottle arrived dented and leaks.", "images": [evidence["url"]]}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{opened}");
    assert_eq!(opened["class"], "damaged");
    let id = opened["id"].clone();
    let (status, answered) = post(
        w,
        &w.seller,
        format!("/api/disputes/{id}/messages"),
        json!({"text": "It left our warehouse intact; see the packing photo."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answered}");
    let (status, early) = post(
        w,
        &w.buyer,
        format!("/api/disputes/{id}/escalate"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{early}");
    (order, total, early)
}

#[tokio::test]
async fn arbitration_decides_for_the_buyer_with_both_sides_evidence() {
    let w = world().await;
    let admin = orders::admin(&w.app).await;
    let (order, total, case) = escalated(&w, "dispute-arb-buyer").await;
    assert_eq!(case["status"], "arbitration");
    assert_eq!(case["escalated_by"], "buyer");
    // DSP-3: seven working days from Monday 10:00 is the Wednesday of the next week.
    assert_eq!(case["arbitration_deadline"], orders::START + 9 * DAY);
    let id = &case["id"];
    // No more offers once the platform decides.
    let (status, _) = post(
        &w,
        &w.seller,
        format!("/api/disputes/{id}/offers"),
        json!({"remedy": {"kind": "resend"}}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);

    let (status, queue) = call(&w.app, "GET", "/api/admin/disputes", Value::Null, &admin).await;
    assert_eq!(status, StatusCode::OK);
    let queued = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == *id)
        .expect("queued")
        .clone();
    assert_eq!(queued["priority"], 2);
    let kinds: Vec<(&str, &str)> = queued["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["by"].as_str().unwrap(), e["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("buyer", "opened"),
            ("seller", "message"),
            ("buyer", "escalated")
        ]
    );
    assert_eq!(queued["events"][0]["images"].as_array().unwrap().len(), 1);
    let (status, _) = call(&w.app, "GET", "/api/admin/disputes", Value::Null, &w.seller).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let decide = format!("/api/admin/disputes/{id}/decide");
    let (status, bad) = post(
        &w,
        &admin,
        decide.clone(),
        json!({"favour": "buyer", "reason": "short"}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    // A refund above what the order holds is refused at the request's own field, `refund_minor`.
    let (status, too_much) = post(
        &w,
        &admin,
        decide.clone(),
        json!({"favour": "buyer", "refund_minor": total + 1,
               "reason": "The photos show damage consistent with poor packing."}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{too_much}");
    assert_eq!(
        too_much["error"]["fields"][0]["path"], "refund_minor",
        "{too_much}"
    );
    assert_eq!(
        too_much["error"]["fields"][0]["code"], "out_of_range",
        "{too_much}"
    );
    let (status, decided) = post(
        &w,
        &admin,
        decide.clone(),
        json!({"favour": "buyer", "reason": "The photos show damage consistent with poor packing."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{decided}");
    assert_eq!(decided["outcome"], "decided_for_buyer");
    assert_eq!(decided["refunded_minor"], total);
    assert_eq!(
        decided["decision_reason"],
        "The photos show damage consistent with poor packing."
    );
    assert_eq!(decided["arbitration_overdue"], false);
    assert_eq!(w.buyer_order(order).await["escrow"]["status"], "refunded");
    let (status, again) = post(
        &w,
        &admin,
        decide,
        json!({"favour": "seller", "reason": "Changed our mind entirely."}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{again}");
    assert!(
        w.notifications(&w.seller)
            .await
            .contains(&"dispute_resolved".to_owned())
    );
    // SRV-4: an arbitration counts against the shop (the window ends just before now).
    w.advance(60).await;
    let (_, score) = call(
        &w.app,
        "GET",
        "/api/seller/service-score",
        Value::Null,
        &w.seller,
    )
    .await;
    assert_eq!(score["arbitration"]["count"], 1, "{score}");
}

#[tokio::test]
async fn arbitration_decides_for_the_seller_and_releases_the_escrow() {
    let w = world().await;
    let admin = orders::admin(&w.app).await;
    let (order, total, case) = escalated(&w, "dispute-arb-seller").await;
    // Late: past the arbitration deadline the case shows as overdue.
    w.advance(10 * DAY).await;
    let (_, overdue) = dispute(&w, &w.buyer, &case["id"]).await;
    assert_eq!(overdue["arbitration_overdue"], true);
    let (status, decided) = post(
        &w,
        &admin,
        format!("/api/admin/disputes/{}/decide", case["id"]),
        json!({"favour": "seller", "reason": "The carrier's photos show the parcel intact at delivery."}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{decided}");
    assert_eq!(decided["outcome"], "decided_for_seller");
    assert_eq!(decided["refunded_minor"], 0);
    let order_view = w.buyer_order(order).await;
    assert_eq!(order_view["status"], "completed");
    assert_eq!(order_view["escrow"]["status"], "released");
    assert_eq!(order_view["escrow"]["released_by"], "decision");
    assert_eq!(order_view["escrow"]["payout"]["amount"]["minor"], total);
}

#[tokio::test]
async fn disputes_need_evidence_and_stay_between_their_parties() {
    let w = world().await;
    let (order, _) = shipped(&w, "dispute-rules-1").await;
    // DSP-1: "not as described" needs evidence; evidence must be uploaded here.
    let (status, refused) = open(
        &w,
        order,
        json!({"reason": "not_as_described", "remedy": {"kind": "full_refund"}, "description": "Wrong colour delivered."}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(
        refused["error"]["verdicts"][0]["message_key"],
        "rule-dsp-1-evidence-required"
    );
    let (status, refused) = open(
        &w,
        order,
        json!({"reason": "not_as_described", "remedy": {"kind": "full_refund"}, "description": "Wrong colour delivered.",
               "images": ["https://elsewhere.example/photo.jpg"]}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(refused["error"]["fields"][0]["code"], "not_uploaded");
    // Both parties can upload evidence; nobody signed out can.
    let (status, picture) = evidence(&w, &w.seller).await;
    assert_eq!(status, StatusCode::CREATED, "{picture}");
    assert!(
        picture["url"]
            .as_str()
            .unwrap()
            .starts_with("/media/uploads/")
    );
    let (status, _) = evidence(&w, "caravan_session=nobody").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Only its buyer opens one, and only its two parties see it.
    let stranger = orders::other_buyer(&w.state, "mallory").await;
    let (status, _) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/dispute"),
        not_received(json!({"kind": "full_refund"})),
        &stranger,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &w.app,
        "POST",
        &format!("/api/orders/{order}/dispute"),
        not_received(json!({"kind": "full_refund"})),
        &w.seller,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, opened) = open(&w, order, not_received(json!({"kind": "full_refund"}))).await;
    let id = &opened["id"];
    let (status, _) = dispute(&w, &stranger, id).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = post(
        &w,
        &stranger,
        format!("/api/disputes/{id}/escalate"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, mine) = call(&w.app, "GET", "/api/disputes", Value::Null, &stranger).await;
    assert!(mine.as_array().unwrap().is_empty());
    let (_, theirs) = call(&w.app, "GET", "/api/disputes", Value::Null, &w.seller).await;
    assert_eq!(theirs[0]["id"], *id);
    // DSP-3: the buyer waits for the seller's answer before escalating; the seller withdraws nothing.
    let (status, early) = post(
        &w,
        &w.buyer,
        format!("/api/disputes/{id}/escalate"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(early["error"]["code"], "dispute_wrong_step");
    let (status, _) = post(
        &w,
        &w.seller,
        format!("/api/disputes/{id}/withdraw"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The buyer withdraws: nothing is refunded and the order runs on.
    let (status, withdrawn) = post(
        &w,
        &w.buyer,
        format!("/api/disputes/{id}/withdraw"),
        Value::Null,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["outcome"], "withdrawn");
    assert_eq!(withdrawn["refunded_minor"], 0);
    assert_eq!(w.buyer_order(order).await["escrow"]["refunded"]["minor"], 0);
}

#[tokio::test]
async fn an_open_dispute_holds_the_escrow_past_the_receipt_timeout() {
    let w = world().await;
    let (order, _) = shipped(&w, "dispute-hold-1").await;
    let (status, delivered) = w.track(order, "delivered").await;
    assert_eq!(status, StatusCode::OK, "{delivered}");
    let (_, opened) = open(&w, order, not_received(json!({"kind": "full_refund"}))).await;
    let (_, answered) = post(
        &w,
        &w.seller,
        format!("/api/disputes/{}/messages", opened["id"]),
        json!({"text": "Tracking says delivered to the door."}),
    )
    .await;
    assert_eq!(answered["status"], "negotiating");
    // ORD-2's 15-day receipt timeout passes while the parties negotiate.
    w.advance(20 * DAY).await;
    let order_view = w.buyer_order(order).await;
    assert_eq!(order_view["status"], "delivered");
    assert_eq!(order_view["escrow"]["status"], "held");
}
