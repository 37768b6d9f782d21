//! The account's profile, preferences and address book (journey 9), against the real router and SQLite:
//! what is saved, what is refused at which field, and that one account never reaches another's addresses.

#[path = "support/common.rs"]
mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use caravan_server::app;
use common::{call, new_buyer, send, test_state};
use serde_json::{Value, json};

fn address(country: &str, region: Option<&str>, postal_code: &str) -> Value {
    json!({"name": "Ada Buyer", "line1": "1 Main St", "city": "Springfield", "region": region,
           "postal_code": postal_code, "country": country})
}

/// (path, code) of every field error in an answer.
fn field_codes(body: &Value) -> Vec<(String, String)> {
    body["error"]["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .map(|f| {
                    (
                        f["path"].as_str().unwrap().to_owned(),
                        f["code"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(p, c)| ((*p).to_owned(), (*c).to_owned()))
        .collect()
}

#[tokio::test]
async fn signed_out_is_refused_everywhere() {
    let app = app(test_state().await);
    let requests = [
        ("GET", "/api/account/profile"),
        ("PATCH", "/api/account/profile"),
        ("GET", "/api/account/addresses"),
        ("POST", "/api/account/addresses"),
        ("PUT", "/api/account/addresses/1"),
        ("DELETE", "/api/account/addresses/1"),
    ];
    for (method, path) in requests {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/json")
            .header("x-caravan-csrf", "1")
            .body(Body::from(
                json!({"address": address("DE", None, "10115")}).to_string(),
            ))
            .unwrap();
        let (status, _, bytes) = send(&app, request).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
        let body: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(body["error"]["code"], "unauthenticated");
    }
}

#[tokio::test]
async fn state_changes_need_the_csrf_header() {
    let state = test_state().await;
    let (_, cookie) = new_buyer(&state, "csrf-account").await;
    let app = app(state);
    for (method, path, body) in [
        (
            "PATCH",
            "/api/account/profile",
            json!({"display_name": "X"}),
        ),
        (
            "POST",
            "/api/account/addresses",
            json!({"address": address("DE", None, "10115")}),
        ),
    ] {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/json")
            .header("cookie", &cookie)
            .body(Body::from(body.to_string()))
            .unwrap();
        let (status, _, _) = send(&app, request).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}");
    }
    let (_, profile) = call(&app, "GET", "/api/account/profile", json!(null), &cookie).await;
    assert_eq!(profile["display_name"], "csrf-account");
    let (_, book) = call(&app, "GET", "/api/account/addresses", json!(null), &cookie).await;
    assert_eq!(book["items"], json!([]));
}

#[tokio::test]
async fn profile_edits_only_what_is_sent() {
    let state = test_state().await;
    let (_, cookie) = new_buyer(&state, "profile-edit").await;
    let app = app(state);
    let (status, profile) = call(&app, "GET", "/api/account/profile", json!(null), &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        profile,
        json!({"email": "profile-edit@buyers.test", "display_name": "profile-edit",
               "preferred_currency": null, "preferred_language": null})
    );

    let (status, profile) = call(
        &app,
        "PATCH",
        "/api/account/profile",
        json!({"display_name": "  Ana Reyes ", "preferred_currency": "eur", "preferred_language": "fr-fr"}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    assert_eq!(profile["display_name"], "Ana Reyes");
    assert_eq!(profile["preferred_currency"], "EUR");
    assert_eq!(
        profile["preferred_language"], "fr-FR",
        "stored in the locale's own form"
    );

    // Only the language changes; `null` clears the currency.
    let (status, profile) = call(
        &app,
        "PATCH",
        "/api/account/profile",
        json!({"preferred_language": "ar", "preferred_currency": null}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile["display_name"], "Ana Reyes");
    assert_eq!(profile["preferred_currency"], Value::Null);
    assert_eq!(profile["preferred_language"], "ar");

    // The signed-in account (the header's name) follows the new display name.
    let (_, me) = call(&app, "GET", "/api/auth/me", json!(null), &cookie).await;
    assert_eq!(me["display_name"], "Ana Reyes");
}

#[tokio::test]
async fn bad_profile_input_is_refused_at_each_field_and_changes_nothing() {
    let state = test_state().await;
    let (_, cookie) = new_buyer(&state, "profile-bad").await;
    let app = app(state);
    let (status, body) = call(
        &app,
        "PATCH",
        "/api/account/profile",
        json!({"display_name": "   ", "preferred_currency": "XYZ", "preferred_language": "xx-YY"}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_input");
    assert_eq!(
        field_codes(&body),
        pairs(&[
            ("display_name", "length"),
            ("preferred_currency", "unknown_currency"),
            ("preferred_language", "unknown_language"),
        ])
    );
    // A real ISO 4217 code that the shop does not display prices in, and a name too long.
    let (status, body) = call(
        &app,
        "PATCH",
        "/api/account/profile",
        json!({"display_name": "n".repeat(61), "preferred_currency": "CHF"}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        field_codes(&body),
        pairs(&[
            ("display_name", "length"),
            ("preferred_currency", "unknown_currency")
        ])
    );
    // A valid name with a bad currency: nothing is saved.
    let (status, _) = call(
        &app,
        "PATCH",
        "/api/account/profile",
        json!({"display_name": "Saved?", "preferred_currency": "US"}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // Unknown fields and wrong types are refused as a body the server does not take.
    for body in [
        json!({"display_name": "Ok", "email": "other@mail.test"}),
        json!({"preferred_language": 7}),
    ] {
        let (status, answer) = call(&app, "PATCH", "/api/account/profile", body, &cookie).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(answer["error"]["code"], "invalid_body");
    }
    let (_, profile) = call(&app, "GET", "/api/account/profile", json!(null), &cookie).await;
    assert_eq!(profile["display_name"], "profile-bad");
    assert_eq!(profile["preferred_currency"], Value::Null);
    assert_eq!(profile["email"], "profile-bad@buyers.test");
}

#[tokio::test]
async fn addresses_follow_the_countrys_rules_at_each_field() {
    let state = test_state().await;
    let (_, cookie) = new_buyer(&state, "address-rules").await;
    let app = app(state);
    let cases = [
        // The US needs a state and a ZIP code of five (or nine) digits.
        (
            address("US", None, "9410"),
            vec![
                ("address.region", "required"),
                ("address.postal_code", "postal_code_format"),
            ],
        ),
        // Brazil needs a CEP.
        (
            address("BR", Some("SP"), ""),
            vec![("address.postal_code", "required")],
        ),
        // The Netherlands: four digits and two letters.
        (
            address("NL", None, "10123"),
            vec![("address.postal_code", "postal_code_format")],
        ),
        // The UAE has no postal codes.
        (
            address("AE", None, "12345"),
            vec![("address.postal_code", "postal_code_format")],
        ),
        // Every country: lengths, and a country code.
        (
            json!({"name": "", "line1": "x".repeat(201), "city": "Berlin", "country": "Germany"}),
            vec![
                ("address.name", "required"),
                ("address.line1", "invalid"),
                ("address.country", "invalid_country"),
            ],
        ),
    ];
    for (address, expected) in cases {
        let (status, body) = call(
            &app,
            "POST",
            "/api/account/addresses",
            json!({"address": address}),
            &cookie,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{address}");
        assert_eq!(body["error"]["code"], "invalid_input");
        assert_eq!(field_codes(&body), pairs(&expected), "{address}");
    }
    // Unknown fields, at the top or inside the address.
    for body in [
        json!({"address": address("DE", None, "10115"), "nickname": "home"}),
        json!({"address": {"name": "A", "line1": "B", "city": "C", "country": "DE", "floor": 3}}),
    ] {
        let (status, answer) = call(&app, "POST", "/api/account/addresses", body, &cookie).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(answer["error"]["code"], "invalid_body");
    }
    let (_, book) = call(&app, "GET", "/api/account/addresses", json!(null), &cookie).await;
    assert_eq!(book["items"], json!([]), "nothing refused was saved");

    // Fixed, each is saved as typed (trimmed; empty optional parts left out).
    let (status, saved) = call(
        &app,
        "POST",
        "/api/account/addresses",
        json!({"address": {"name": " Ada Buyer ", "line1": "1 Main St", "line2": "  ", "city": "Springfield",
                           "region": "IL", "postal_code": "62701-1234", "country": "US"}}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    assert_eq!(saved["address"]["name"], "Ada Buyer");
    assert_eq!(saved["address"]["line2"], Value::Null);
    assert_eq!(
        saved["is_default"], true,
        "the first address is the default"
    );
    for fixed in [
        address("BR", Some("SP"), "01310-100"),
        address("NL", None, "1012 JS"),
        address("AE", None, ""),
    ] {
        let (status, body) = call(
            &app,
            "POST",
            "/api/account/addresses",
            json!({"address": fixed}),
            &cookie,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["is_default"], false);
    }
}

#[tokio::test]
async fn the_book_keeps_one_default_and_no_duplicates() {
    let state = test_state().await;
    let (_, cookie) = new_buyer(&state, "address-book").await;
    let app = app(state);
    let post = |body: Value| {
        let app = app.clone();
        let cookie = cookie.clone();
        async move { call(&app, "POST", "/api/account/addresses", body, &cookie).await }
    };
    let (_, berlin) = post(json!({"address": address("DE", None, "10115")})).await;
    let (_, paris) = post(json!({"address": address("FR", None, "75001")})).await;
    let berlin_id = berlin["id"].as_i64().unwrap();
    let paris_id = paris["id"].as_i64().unwrap();
    assert_eq!(berlin["is_default"], true);
    assert_eq!(paris["is_default"], false);

    // The same address again is the one already saved, now made the default.
    let (status, again) =
        post(json!({"address": address("FR", None, "75001"), "is_default": true})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["id"], paris_id);
    assert_eq!(again["is_default"], true);
    let (_, book) = call(&app, "GET", "/api/account/addresses", json!(null), &cookie).await;
    let ids: Vec<i64> = book["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [paris_id, berlin_id], "the default first");
    assert_eq!(book["max"], 20);
    assert_eq!(
        book["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["is_default"] == true)
            .count(),
        1
    );

    // Editing: checked by the rules of the new country, then saved and made the default.
    let (status, body) = call(
        &app,
        "PUT",
        &format!("/api/account/addresses/{berlin_id}"),
        json!({"address": address("JP", None, "1000001"), "is_default": true}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(field_codes(&body), pairs(&[("address.region", "required")]));
    let (status, body) = call(
        &app,
        "PUT",
        &format!("/api/account/addresses/{berlin_id}"),
        json!({"address": address("JP", Some("Tokyo"), "100-0001"), "is_default": true}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["address"]["country"], "JP");
    assert_eq!(body["is_default"], true);
    // Not asking for the default leaves it where it is.
    let (_, body) = call(
        &app,
        "PUT",
        &format!("/api/account/addresses/{berlin_id}"),
        json!({"address": address("JP", Some("Tokyo"), "100-0002")}),
        &cookie,
    )
    .await;
    assert_eq!(body["is_default"], true);

    // Removing the default makes the other one the default.
    let (status, book) = call(
        &app,
        "DELETE",
        &format!("/api/account/addresses/{berlin_id}"),
        json!(null),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(book["items"].as_array().unwrap().len(), 1);
    assert_eq!(book["items"][0]["id"], paris_id);
    assert_eq!(book["items"][0]["is_default"], true);
    let (status, _) = call(
        &app,
        "DELETE",
        &format!("/api/account/addresses/{berlin_id}"),
        json!(null),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "already gone");
    let (status, _) = call(
        &app,
        "DELETE",
        "/api/account/addresses/home",
        json!(null),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn another_accounts_address_is_not_found() {
    let state = test_state().await;
    let (_, owner) = new_buyer(&state, "address-owner").await;
    let (_, other) = new_buyer(&state, "address-other").await;
    let app = app(state);
    let (_, saved) = call(
        &app,
        "POST",
        "/api/account/addresses",
        json!({"address": address("DE", None, "10115")}),
        &owner,
    )
    .await;
    let path = format!("/api/account/addresses/{}", saved["id"]);
    let (status, body) = call(
        &app,
        "PUT",
        &path,
        json!({"address": address("FR", None, "75001"), "is_default": true}),
        &other,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "not_found");
    // Even with a bad body, the answer does not reveal that the address exists.
    let (status, _) = call(
        &app,
        "PUT",
        &path,
        json!({"address": address("US", None, "")}),
        &other,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "DELETE", &path, json!(null), &other).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, book) = call(&app, "GET", "/api/account/addresses", json!(null), &other).await;
    assert_eq!(book["items"], json!([]));
    // The owner's address is untouched.
    let (_, book) = call(&app, "GET", "/api/account/addresses", json!(null), &owner).await;
    assert_eq!(book["items"][0]["address"]["country"], "DE");
    assert_eq!(book["items"][0]["address"]["postal_code"], "10115");
}

#[tokio::test]
async fn an_account_keeps_at_most_twenty_addresses() {
    let state = test_state().await;
    let (_, cookie) = new_buyer(&state, "address-cap").await;
    let app = app(state);
    for n in 0..20 {
        let (status, body) = call(
            &app,
            "POST",
            "/api/account/addresses",
            json!({"address": {"name": format!("Friend {n}"), "line1": "1 Main St", "city": "Berlin",
                               "postal_code": "10115", "country": "DE"}}),
            &cookie,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{n}: {body}");
    }
    let (status, body) = call(
        &app,
        "POST",
        "/api/account/addresses",
        json!({"address": {"name": "One too many", "line1": "1 Main St", "city": "Berlin",
                           "postal_code": "10115", "country": "DE"}}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"]["code"], "address_book_full");
    // An address already saved is still answered, and removing one makes room.
    let (status, existing) = call(
        &app,
        "POST",
        "/api/account/addresses",
        json!({"address": {"name": "Friend 3", "line1": "1 Main St", "city": "Berlin",
                           "postal_code": "10115", "country": "DE"}}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, book) = call(
        &app,
        "DELETE",
        &format!("/api/account/addresses/{}", existing["id"]),
        json!(null),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(book["items"].as_array().unwrap().len(), 19);
    let (status, _) = call(
        &app,
        "POST",
        "/api/account/addresses",
        json!({"address": {"name": "One too many", "line1": "1 Main St", "city": "Berlin",
                           "postal_code": "10115", "country": "DE"}}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}
