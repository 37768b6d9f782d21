//! The guards every route shares, walked over the operations `/api/openapi.json` lists, so a route is covered
//! the day it is added: the CSRF header on state-changing requests, 401 when signed out, 403 for the wrong
//! role, and the JSON error envelope for every kind of bad input (malformed JSON, a body of the wrong shape,
//! a field of the wrong type, an unknown field, the wrong content type, an oversized body, bad query
//! parameters, a path id that is not a number). Request bodies are generated from the document's schemas.
//! A refused request must not change the database: each walk compares its content before and after.

#[path = "support/common.rs"]
mod common;
#[path = "support/snapshot.rs"]
mod snapshot;

use axum::{
    Router,
    body::Body,
    http::{HeaderMap, Request, StatusCode},
};
use caravan_server::{AppState, app, clock::ManualClock};
use common::{isolated_state, new_buyer, png, send, session_for};
use serde_json::{Value, json};
use std::{collections::BTreeMap, sync::Arc};

/// 2026-11-23 10:00 UTC.
const START: i64 = 1_795_428_000;

/// Routes anyone may call signed out. Every other route must answer 401 without a session.
const PUBLIC: &[(&str, &str)] = &[
    ("GET", "/api/openapi.json"),
    ("GET", "/api/health"),
    ("GET", "/api/policy"),
    ("GET", "/api/fx"),
    ("GET", "/api/categories"),
    ("GET", "/api/listings"),
    ("GET", "/api/listings/{id}"),
    ("GET", "/api/listings/{id}/reviews"),
    ("GET", "/api/search"),
    ("GET", "/api/search/suggestions"),
    ("GET", "/api/flash-deals"),
    ("GET", "/api/flash-deals/running"),
    ("POST", "/api/auth/register"),
    ("POST", "/api/auth/login"),
    ("POST", "/api/auth/logout"),
    // A guest's cart is quoted too (the cart page works before sign-in).
    ("POST", "/api/cart/quote"),
];

/// Routes outside `/api/seller/` and `/api/admin/` that only some roles may use (those two prefixes are
/// seller-only and admin-only by construction).
const ROLE_ROUTES: &[(&str, &str, &[&str])] = &[
    ("GET", "/api/orders", &["buyer"]),
    ("POST", "/api/orders", &["buyer"]),
    ("GET", "/api/orders/{id}", &["buyer"]),
    ("POST", "/api/orders/{id}/cancel", &["buyer"]),
    ("POST", "/api/orders/{id}/confirm-receipt", &["buyer"]),
    ("GET", "/api/order-groups/{id}", &["buyer"]),
    ("POST", "/api/order-groups/{id}/payment", &["buyer"]),
    ("POST", "/api/orders/{id}/dispute", &["buyer"]),
    ("POST", "/api/orders/{id}/review", &["buyer"]),
    ("GET", "/api/disputes", &["buyer", "seller"]),
    ("POST", "/api/dispute-images", &["buyer", "seller"]),
];

/// The roles allowed on an operation, if it is role-bound.
fn allowed_roles(method: &str, template: &str) -> Option<Vec<&'static str>> {
    if template.starts_with("/api/seller/") {
        return Some(vec!["seller"]);
    }
    if template.starts_with("/api/admin/") {
        return Some(vec!["admin"]);
    }
    ROLE_ROUTES
        .iter()
        .find(|(m, p, _)| *m == method && *p == template)
        .map(|(_, _, roles)| roles.to_vec())
}

/// What an operation takes as its body.
#[derive(Debug, Clone)]
enum BodyKind {
    None,
    /// JSON of this schema.
    Json(Value),
    /// A multipart upload with a `file` field.
    Multipart,
    /// Any other content type (the ECB rates file): sent as a small text of that type.
    Other(String),
}

/// One documented operation.
#[derive(Debug, Clone)]
struct Op {
    method: String,
    /// As documented, e.g. `/api/orders/{id}`.
    template: String,
    body: BodyKind,
    /// Query parameters: (name, schema).
    query: Vec<(String, Value)>,
    /// `?name=value&…` of the required query parameters, with sample values (empty when none).
    required_query: String,
}

impl Op {
    fn name(&self) -> String {
        format!("{} {}", self.method, self.template)
    }

    fn changes_state(&self) -> bool {
        !matches!(self.method.as_str(), "GET" | "HEAD" | "OPTIONS")
    }

    /// The path with every `{param}` replaced by `id`.
    fn path_with(&self, id: &str) -> String {
        let mut out = String::new();
        let mut rest = self.template.as_str();
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').expect("closing brace") + open;
            out.push_str(&rest[..open]);
            out.push_str(id);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// The path with ids that exist nowhere (so a request that got past a guard could change nothing), and
    /// the required query parameters.
    fn path(&self) -> String {
        format!("{}{}", self.path_with("987654321"), self.required_query)
    }

    fn has_path_params(&self) -> bool {
        self.template.contains('{')
    }
}

/// Every operation of the OpenAPI document.
fn operations(spec: &Value) -> Vec<Op> {
    let mut ops = Vec::new();
    for (template, methods) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in methods.as_object().expect("methods") {
            let content = &operation["requestBody"]["content"];
            let body = if let Some(json) = content.get("application/json") {
                BodyKind::Json(json["schema"].clone())
            } else if content.get("multipart/form-data").is_some() {
                BodyKind::Multipart
            } else if let Some((kind, _)) = content.as_object().and_then(|c| c.iter().next()) {
                BodyKind::Other(kind.clone())
            } else {
                BodyKind::None
            };
            let query = operation["parameters"]
                .as_array()
                .map(|params| {
                    params
                        .iter()
                        .filter(|p| p["in"] == "query")
                        .map(|p| {
                            (
                                p["name"].as_str().expect("name").to_owned(),
                                p["schema"].clone(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let required_query: Vec<String> = operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query" && p["required"] == true)
                .map(|p| {
                    let value = match sample(spec, &p["schema"]) {
                        Value::String(text) => text,
                        other => other.to_string(),
                    };
                    format!(
                        "{}={}",
                        p["name"].as_str().expect("name"),
                        value.replace(' ', "+")
                    )
                })
                .collect();
            let required_query = if required_query.is_empty() {
                String::new()
            } else {
                format!("?{}", required_query.join("&"))
            };
            ops.push(Op {
                method: method.to_uppercase(),
                template: template.clone(),
                body,
                query,
                required_query,
            });
        }
    }
    assert!(ops.len() > 50, "{} operations", ops.len());
    ops
}

/// The schema a `$ref` points at.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(reference) => {
            let name = reference.rsplit('/').next().expect("ref name");
            resolve(spec, &spec["components"]["schemas"][name])
        }
        None => schema,
    }
}

/// The JSON type a schema describes, ignoring `null` (`["integer", "null"]` is an integer).
fn kind_of(spec: &Value, schema: &Value) -> &'static str {
    let schema = resolve(spec, schema);
    if let Some(variants) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        let variant = variants
            .iter()
            .find(|v| v["type"] != "null")
            .expect("a non-null variant");
        return kind_of(spec, variant);
    }
    if schema["allOf"].is_array() || schema["properties"].is_object() {
        return "object";
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    match types.into_iter().find(|t| *t != "null") {
        Some("object") => "object",
        Some("array") => "array",
        Some("string") => "string",
        Some("integer") => "integer",
        Some("number") => "number",
        Some("boolean") => "boolean",
        _ => "any",
    }
}

/// The smallest value a schema accepts in shape: required properties only, first enum value, first
/// non-null variant, empty arrays. Strings are long enough for most length checks.
fn sample(spec: &Value, schema: &Value) -> Value {
    let schema = resolve(spec, schema);
    if let Some(value) = schema.get("const") {
        return value.clone();
    }
    // A documented example is a valid value (a currency code, say) where a placeholder might not be.
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(values) = schema["enum"].as_array() {
        return values
            .iter()
            .find(|v| !v.is_null())
            .cloned()
            .unwrap_or(Value::Null);
    }
    if let Some(variants) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        let variant = variants
            .iter()
            .find(|v| v["type"] != "null")
            .expect("a non-null variant");
        return sample(spec, variant);
    }
    if let Some(parts) = schema["allOf"].as_array() {
        let mut out = serde_json::Map::new();
        for part in parts {
            if let Value::Object(fields) = sample(spec, part) {
                out.extend(fields);
            }
        }
        return Value::Object(out);
    }
    match kind_of(spec, schema) {
        "object" => {
            let mut out = serde_json::Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().expect("property name");
                out.insert(name.to_owned(), sample(spec, &schema["properties"][name]));
            }
            Value::Object(out)
        }
        "array" => json!([]),
        "string" => json!("a sample text for the guard walk"),
        "integer" | "number" => json!(1),
        "boolean" => json!(false),
        _ => Value::Null,
    }
}

/// [`sample`] with every free-text property at the top level one character long.
fn short_texts(spec: &Value, schema: &Value) -> Value {
    let mut value = sample(spec, schema);
    let schema = resolve(spec, schema);
    if let Value::Object(fields) = &mut value {
        for (name, field) in fields.iter_mut() {
            let property = resolve(spec, &schema["properties"][name]);
            if kind_of(spec, property) == "string"
                && property.get("example").is_none()
                && property.get("enum").is_none()
            {
                *field = json!("x");
            }
        }
    }
    value
}

/// A value of another JSON type than the schema's.
fn wrong_type(spec: &Value, schema: &Value) -> Value {
    match kind_of(spec, schema) {
        "string" => json!(12345),
        "integer" | "number" => json!("not a number"),
        "boolean" => json!("not a boolean"),
        "array" => json!({"not": "a list"}),
        "object" => json!("not an object"),
        other => panic!("no wrong type for a schema of kind {other}"),
    }
}

/// One test's marketplace: a private database, the test clock (so the test-mode route is served), and a
/// session for each role.
struct World {
    app: Router,
    state: AppState,
    spec: Value,
    buyer: String,
    seller: String,
    admin: String,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let (state, dir) = isolated_state().await;
    let state = state.with_test_clock(Arc::new(ManualClock::new(START)));
    let (_, buyer) = new_buyer(&state, "guard-walker").await;
    let user = |email: &'static str| {
        let pool = state.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = ?")
                .bind(email)
                .fetch_one(&pool)
                .await
                .expect(email)
        }
    };
    let seller = session_for(&state, user("seller@caravan.test").await).await;
    let admin = session_for(&state, user("admin@caravan.test").await).await;
    let app = app(state.clone());
    // The demo seller's first visit to the seller center gives its catalogue listings seller-center records
    // (a designed, one-time write): make it before the walks compare the database.
    let (status, _, _) = send(
        &app,
        Request::get("/api/seller/listings")
            .header("cookie", &seller)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, bytes) = send(
        &app,
        Request::get("/api/openapi.json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    World {
        app,
        state,
        spec: serde_json::from_slice(&bytes).expect("spec"),
        buyer,
        seller,
        admin,
        _dir: dir,
    }
}

impl World {
    fn cookie(&self, role: &str) -> &str {
        match role {
            "buyer" => &self.buyer,
            "seller" => &self.seller,
            "admin" => &self.admin,
            other => panic!("no session for role {other}"),
        }
    }

    /// A user the operation is meant for (so only the guard under test can refuse).
    fn rightful(&self, op: &Op) -> &str {
        let roles = allowed_roles(&op.method, &op.template).unwrap_or_else(|| vec!["buyer"]);
        self.cookie(roles[0])
    }

    /// A well-shaped body for `op`: (content type, bytes).
    fn body_of(&self, op: &Op) -> Option<(String, Vec<u8>)> {
        match &op.body {
            BodyKind::None => None,
            BodyKind::Json(schema) => Some((
                "application/json".to_owned(),
                sample(&self.spec, schema).to_string().into_bytes(),
            )),
            BodyKind::Multipart => Some(multipart(&png(8, 8))),
            BodyKind::Other(kind) => Some((kind.clone(), b"<nothing/>".to_vec())),
        }
    }

    /// Sends `op` to `path` with the given cookie, CSRF header and body.
    async fn send(
        &self,
        op: &Op,
        path: &str,
        cookie: Option<&str>,
        csrf: Option<&str>,
        body: Option<(String, Vec<u8>)>,
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut request = Request::builder().method(op.method.as_str()).uri(path);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(csrf) = csrf {
            request = request.header("x-caravan-csrf", csrf);
        }
        if op.template == "/api/orders" && op.method == "POST" {
            request = request.header("idempotency-key", "guard-walk-0001");
        }
        let request = match body {
            Some((content_type, bytes)) => request
                .header("content-type", content_type)
                .body(Body::from(bytes)),
            None => request.body(Body::empty()),
        };
        send(&self.app, request.unwrap()).await
    }

    async fn fingerprint(&self) -> BTreeMap<String, String> {
        snapshot::fingerprint(&self.state.pool).await
    }

    async fn assert_unchanged(&self, before: &BTreeMap<String, String>, walk: &str) {
        snapshot::assert_unchanged(&self.state.pool, before, walk).await;
    }
}

/// A multipart body with `bytes` as the `file` field.
fn multipart(bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "caravan-guard-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Asserts an answer is the JSON error envelope with this status and code.
fn assert_envelope(
    what: &str,
    (status, headers, body): &(StatusCode, HeaderMap, Vec<u8>),
    expected: StatusCode,
    code: &str,
) {
    let text = String::from_utf8_lossy(body);
    assert_eq!(*status, expected, "{what}: {text}");
    assert!(
        headers.get("content-type").is_some_and(|v| v
            .to_str()
            .unwrap_or_default()
            .starts_with("application/json")),
        "{what}: the error is not JSON: {headers:?}"
    );
    let value: Value =
        serde_json::from_slice(body).unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {text}"));
    assert_eq!(value["error"]["code"], code, "{what}: {value}");
    assert!(
        value["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{what}: no message: {value}"
    );
}

#[tokio::test]
async fn every_state_changing_route_needs_the_csrf_header() {
    let w = world().await;
    let before = w.fingerprint().await;
    let mut walked = 0;
    for op in operations(&w.spec).iter().filter(|op| op.changes_state()) {
        // Signed in with the right role and a well-shaped body: only the missing header stands in the way.
        for csrf in [None, Some("0"), Some("yes")] {
            let answer = w
                .send(op, &op.path(), Some(w.rightful(op)), csrf, w.body_of(op))
                .await;
            assert_envelope(
                &format!("{} with CSRF header {csrf:?}", op.name()),
                &answer,
                StatusCode::FORBIDDEN,
                "csrf_check_failed",
            );
        }
        walked += 1;
    }
    assert!(walked > 30, "{walked} state-changing routes");
    w.assert_unchanged(&before, "CSRF walk").await;
}

#[tokio::test]
async fn every_signed_in_route_refuses_the_signed_out() {
    let w = world().await;
    let before = w.fingerprint().await;
    let ops = operations(&w.spec);
    for (method, template) in PUBLIC {
        assert!(
            ops.iter()
                .any(|op| op.method == *method && op.template == *template),
            "{method} {template} is listed as public but not served"
        );
    }
    let mut walked = 0;
    for op in &ops {
        let public = PUBLIC
            .iter()
            .any(|(m, t)| *m == op.method && *t == op.template);
        let cookie = format!(
            "{}=not-a-session-token",
            caravan_server::auth::SESSION_COOKIE
        );
        for cookie in [None, Some(cookie.as_str())] {
            let answer = w
                .send(op, &op.path(), cookie, Some("1"), w.body_of(op))
                .await;
            if public {
                // (A failed sign-in is 401 too, but `invalid_credentials`, not `unauthenticated`.)
                let code = serde_json::from_slice::<Value>(&answer.2)
                    .map(|v| v["error"]["code"].clone())
                    .unwrap_or_default();
                assert!(
                    code != "unauthenticated" && !answer.0.is_server_error(),
                    "{} is public but answered {} signed out",
                    op.name(),
                    answer.0
                );
            } else {
                assert_envelope(
                    &format!("{} signed out (cookie {cookie:?})", op.name()),
                    &answer,
                    StatusCode::UNAUTHORIZED,
                    "unauthenticated",
                );
                walked += 1;
            }
        }
    }
    assert!(walked > 2 * 50, "{walked} signed-in probes");
    // Public routes were called too (a login attempt with a sample body fails; a quote of an empty cart is
    // refused), so they must have written nothing either.
    w.assert_unchanged(&before, "signed-out walk").await;
}

#[tokio::test]
async fn role_bound_routes_refuse_every_other_role() {
    let w = world().await;
    let before = w.fingerprint().await;
    let ops = operations(&w.spec);
    for (method, template, _) in ROLE_ROUTES {
        assert!(
            ops.iter()
                .any(|op| op.method == *method && op.template == *template),
            "{method} {template} is listed as role-bound but not served"
        );
    }
    let mut walked = 0;
    for op in &ops {
        let Some(allowed) = allowed_roles(&op.method, &op.template) else {
            continue;
        };
        for role in ["buyer", "seller", "admin"] {
            if allowed.contains(&role) {
                continue;
            }
            // The role is checked before the content: a body whose texts are too short to pass any check
            // is refused for the role too.
            let mut bodies = vec![w.body_of(op)];
            if let BodyKind::Json(schema) = &op.body {
                bodies.push(Some((
                    "application/json".to_owned(),
                    short_texts(&w.spec, schema).to_string().into_bytes(),
                )));
            }
            for body in bodies {
                let answer = w
                    .send(op, &op.path(), Some(w.cookie(role)), Some("1"), body)
                    .await;
                assert_envelope(
                    &format!("{} as a {role}", op.name()),
                    &answer,
                    StatusCode::FORBIDDEN,
                    "wrong_role",
                );
                walked += 1;
            }
        }
    }
    assert!(walked > 60, "{walked} wrong-role probes");
    w.assert_unchanged(&before, "wrong-role walk").await;
}

#[tokio::test]
async fn every_json_body_refuses_bad_input_with_the_envelope() {
    let w = world().await;
    let before = w.fingerprint().await;
    let mut walked = 0;
    for op in operations(&w.spec) {
        let BodyKind::Json(schema) = &op.body else {
            continue;
        };
        let cookie = Some(w.rightful(&op));
        let path = op.path();
        let json_body = |value: &Value| {
            Some((
                "application/json".to_owned(),
                value.to_string().into_bytes(),
            ))
        };
        let good = sample(&w.spec, schema);
        let name = op.name();

        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                Some(("application/json".to_owned(), b"{,}".to_vec())),
            )
            .await;
        assert_envelope(
            &format!("{name}: malformed JSON"),
            &answer,
            StatusCode::BAD_REQUEST,
            "malformed_json",
        );

        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                Some(("application/json".to_owned(), Vec::new())),
            )
            .await;
        assert_envelope(
            &format!("{name}: empty body"),
            &answer,
            StatusCode::BAD_REQUEST,
            "malformed_json",
        );

        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                json_body(&json!("not an object")),
            )
            .await;
        assert_envelope(
            &format!("{name}: a string for an object"),
            &answer,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        );

        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                Some(("text/plain".to_owned(), good.to_string().into_bytes())),
            )
            .await;
        assert_envelope(
            &format!("{name}: text/plain"),
            &answer,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        );

        let answer = w.send(&op, &path, cookie, Some("1"), None).await;
        assert_envelope(
            &format!("{name}: no body at all"),
            &answer,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        );

        // Over the 256 KiB limit of JSON bodies.
        let oversized = json!({"padding": "x".repeat(300 * 1024)});
        let answer = w
            .send(&op, &path, cookie, Some("1"), json_body(&oversized))
            .await;
        assert_envelope(
            &format!("{name}: 300 KiB body"),
            &answer,
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        );

        let schema = resolve(&w.spec, schema);
        if let Value::Object(fields) = &good {
            let mut unknown = fields.clone();
            unknown.insert("zz_unknown_field".to_owned(), json!(1));
            let answer = w
                .send(
                    &op,
                    &path,
                    cookie,
                    Some("1"),
                    json_body(&Value::Object(unknown)),
                )
                .await;
            assert_envelope(
                &format!("{name}: unknown field"),
                &answer,
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_body",
            );
            assert_eq!(
                schema["additionalProperties"],
                json!(false),
                "{name}: the schema does not say unknown fields are refused"
            );

            // Each documented property, required or not, with a value of the wrong type.
            for (property, property_schema) in
                schema["properties"].as_object().into_iter().flatten()
            {
                let mut wrong = fields.clone();
                wrong.insert(property.clone(), wrong_type(&w.spec, property_schema));
                let answer = w
                    .send(
                        &op,
                        &path,
                        cookie,
                        Some("1"),
                        json_body(&Value::Object(wrong)),
                    )
                    .await;
                assert_envelope(
                    &format!("{name}: `{property}` of the wrong type"),
                    &answer,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_body",
                );
            }
            // Each required property left out.
            for property in schema["required"].as_array().into_iter().flatten() {
                let mut missing = fields.clone();
                missing.remove(property.as_str().expect("name"));
                let answer = w
                    .send(
                        &op,
                        &path,
                        cookie,
                        Some("1"),
                        json_body(&Value::Object(missing)),
                    )
                    .await;
                assert_envelope(
                    &format!("{name}: `{property}` missing"),
                    &answer,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_body",
                );
            }
        }
        walked += 1;
    }
    assert!(walked > 30, "{walked} routes with JSON bodies");
    w.assert_unchanged(&before, "bad-body walk").await;
}

#[tokio::test]
async fn every_query_refuses_unknown_and_mistyped_parameters() {
    let w = world().await;
    let mut walked = 0;
    for op in operations(&w.spec)
        .into_iter()
        .filter(|op| op.method == "GET")
    {
        let cookie = Some(w.rightful(&op));
        let path = op.path_with("987654321");
        let with = |extra: &str| {
            if op.required_query.is_empty() {
                format!("{path}?{extra}")
            } else {
                format!("{path}{}&{extra}", op.required_query)
            }
        };
        // A route without documented parameters takes none; one with them refuses others.
        let answer = w.send(&op, &with("zz_unknown=1"), cookie, None, None).await;
        if op.query.is_empty() {
            assert_ne!(answer.0, StatusCode::INTERNAL_SERVER_ERROR, "{}", op.name());
            continue;
        }
        assert_envelope(
            &format!("{}?zz_unknown=1", op.name()),
            &answer,
            StatusCode::BAD_REQUEST,
            "invalid_query",
        );
        for (name, schema) in &op.query {
            let bad = match kind_of(&w.spec, schema) {
                "integer" | "number" => "not-a-number",
                "boolean" => "maybe",
                // Enumerations (a `$ref` to a string enum) refuse names they do not know.
                "string" if resolve(&w.spec, schema)["enum"].is_array() => "no-such-value",
                _ => continue,
            };
            let answer = w
                .send(&op, &with(&format!("{name}={bad}")), cookie, None, None)
                .await;
            let code = serde_json::from_slice::<Value>(&answer.2)
                .ok()
                .map(|v| v["error"]["code"].clone());
            assert_eq!(
                answer.0,
                StatusCode::BAD_REQUEST,
                "{}?{name}={bad}: {code:?}",
                op.name()
            );
            assert!(
                matches!(
                    code.as_ref().and_then(Value::as_str),
                    Some("invalid_query" | "invalid_input")
                ),
                "{}?{name}={bad}: {code:?}",
                op.name()
            );
        }
        walked += 1;
    }
    assert!(walked >= 12, "{walked} routes with query parameters");
}

#[tokio::test]
async fn path_ids_that_are_not_ids_are_not_found() {
    let w = world().await;
    let before = w.fingerprint().await;
    let mut walked = 0;
    for op in operations(&w.spec).into_iter().filter(Op::has_path_params) {
        // Ids that cannot be ids are "not found", like ids of nothing (never a 400 naming the path, never a
        // 500 from an overflow).
        for id in ["abc", "99999999999999999999999", "1.5", "%20"] {
            let answer = w
                .send(
                    &op,
                    &op.path_with(id),
                    Some(w.rightful(&op)),
                    Some("1"),
                    w.body_of(&op),
                )
                .await;
            assert_envelope(
                &format!("{} with id {id}", op.name()),
                &answer,
                StatusCode::NOT_FOUND,
                "not_found",
            );
        }
        // Numbers that name nothing: not found, unless a field of the sample body is refused first (a card
        // number, a tracking number), which tells the caller nothing about the id.
        for id in ["-1", "0", "987654321"] {
            let answer = w
                .send(
                    &op,
                    &op.path_with(id),
                    Some(w.rightful(&op)),
                    Some("1"),
                    w.body_of(&op),
                )
                .await;
            let expected = if answer.0 == StatusCode::BAD_REQUEST {
                (StatusCode::BAD_REQUEST, "invalid_input")
            } else {
                (StatusCode::NOT_FOUND, "not_found")
            };
            assert_envelope(
                &format!("{} with id {id}", op.name()),
                &answer,
                expected.0,
                expected.1,
            );
        }
        walked += 1;
    }
    assert!(walked > 30, "{walked} routes with path ids");
    w.assert_unchanged(&before, "bad-id walk").await;
}

#[tokio::test]
async fn documented_parameters_are_where_they_are_sent() {
    // A parameter documented `in: path` must be in the path template; query parameters documented as path
    // parameters make generated clients put them in the URL path, where no route matches.
    let w = world().await;
    for (template, methods) in w.spec["paths"].as_object().unwrap() {
        for (method, operation) in methods.as_object().unwrap() {
            for param in operation["parameters"].as_array().into_iter().flatten() {
                let name = param["name"].as_str().unwrap();
                let in_template = template.contains(&format!("{{{name}}}"));
                assert_eq!(
                    param["in"] == "path",
                    in_template,
                    "{method} {template}: parameter `{name}` is documented `in: {}`",
                    param["in"]
                );
            }
        }
    }
}

/// Seller routes a seller uses before having a shop (verifying the company e-mail, checking a name,
/// applying, uploading pictures for the first listing).
const ONBOARDING: &[(&str, &str)] = &[
    ("POST", "/api/seller/email-verifications"),
    ("POST", "/api/seller/email-verifications/confirm"),
    ("GET", "/api/seller/shop-name-check"),
    ("GET", "/api/seller/shop"),
    ("POST", "/api/seller/shop"),
    ("POST", "/api/seller/images"),
];

#[tokio::test]
async fn seller_routes_need_a_shop_first() {
    let w = world().await;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, role, display_name, created_at)
         VALUES ('shopless@sellers.test', NULL, 'seller', 'Shopless', 0) RETURNING id",
    )
    .fetch_one(&w.state.pool)
    .await
    .unwrap();
    let cookie = session_for(&w.state, id).await;
    let before = w.fingerprint().await;
    let mut walked = 0;
    for op in operations(&w.spec)
        .iter()
        .filter(|op| op.template.starts_with("/api/seller/"))
        .filter(|op| {
            !ONBOARDING
                .iter()
                .any(|(m, t)| *m == op.method && *t == op.template)
        })
    {
        let answer = w
            .send(op, &op.path(), Some(&cookie), Some("1"), w.body_of(op))
            .await;
        assert_envelope(
            &format!("{} without a shop", op.name()),
            &answer,
            StatusCode::CONFLICT,
            "no_shop",
        );
        walked += 1;
    }
    assert!(walked > 20, "{walked} routes");
    // Without a shop the seller's own shop is simply not there yet.
    let shop = operations(&w.spec)
        .into_iter()
        .find(|op| op.method == "GET" && op.template == "/api/seller/shop")
        .expect("GET /api/seller/shop");
    let answer = w.send(&shop, &shop.path(), Some(&cookie), None, None).await;
    assert_envelope(
        "GET /api/seller/shop without a shop",
        &answer,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    w.assert_unchanged(&before, "shopless walk").await;
}

#[tokio::test]
async fn every_upload_refuses_what_is_not_a_picture_form_with_the_envelope() {
    let w = world().await;
    let before = w.fingerprint().await;
    let mut walked = 0;
    for op in operations(&w.spec) {
        if !matches!(op.body, BodyKind::Multipart) {
            continue;
        }
        let cookie = Some(w.rightful(&op));
        let path = op.path();
        let name = op.name();
        // Not a multipart form at all: JSON, or no body.
        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                Some(("application/json".to_owned(), b"{\"file\": \"x\"}".to_vec())),
            )
            .await;
        assert_envelope(
            &format!("{name}: JSON"),
            &answer,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        );
        let answer = w.send(&op, &path, cookie, Some("1"), None).await;
        assert_envelope(
            &format!("{name}: no body"),
            &answer,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        );
        // A multipart form whose framing is broken, and one without the `file` field.
        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                Some((
                    "multipart/form-data; boundary=caravan-guard-boundary".to_owned(),
                    b"--caravan-guard-boundary\r\nno headers, no end".to_vec(),
                )),
            )
            .await;
        assert_envelope(
            &format!("{name}: broken framing"),
            &answer,
            StatusCode::BAD_REQUEST,
            "invalid_input",
        );
        let (content_type, mut body) = multipart(b"not a picture");
        body = String::from_utf8(body)
            .unwrap()
            .replace("name=\"file\"", "name=\"photo\"")
            .into_bytes();
        let answer = w
            .send(&op, &path, cookie, Some("1"), Some((content_type, body)))
            .await;
        assert_envelope(
            &format!("{name}: no `file` field"),
            &answer,
            StatusCode::BAD_REQUEST,
            "invalid_input",
        );
        // A `file` that is not a picture.
        let answer = w
            .send(
                &op,
                &path,
                cookie,
                Some("1"),
                Some(multipart(b"GIF89a but not really")),
            )
            .await;
        assert_envelope(
            &format!("{name}: not a picture"),
            &answer,
            StatusCode::BAD_REQUEST,
            "invalid_input",
        );
        walked += 1;
    }
    assert!(walked >= 2, "{walked} upload routes");
    w.assert_unchanged(&before, "bad uploads").await;
}

#[tokio::test]
async fn unserved_methods_and_paths_get_the_envelope() {
    let w = world().await;
    let ops = operations(&w.spec);
    let mut walked = 0;
    for template in ops
        .iter()
        .map(|op| op.template.clone())
        .collect::<std::collections::BTreeSet<_>>()
    {
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
            if ops
                .iter()
                .any(|op| op.template == template && op.method == method)
            {
                continue;
            }
            let probe = Op {
                method: method.to_owned(),
                template: template.clone(),
                body: BodyKind::None,
                query: Vec::new(),
                required_query: String::new(),
            };
            let answer = w
                .send(&probe, &probe.path(), Some(&w.admin), Some("1"), None)
                .await;
            assert_envelope(
                &format!("{method} {template}"),
                &answer,
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
            );
            walked += 1;
        }
    }
    assert!(walked > 100, "{walked} unserved methods");
    for path in [
        "/api/nothing-here",
        "/api/seller/nothing",
        "/api/orders/1/nothing",
        "/api/",
        "/api",
        "/api/openapi.json/x",
    ] {
        let answer = send(
            &w.app,
            Request::get(path)
                .header("cookie", &w.buyer)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_envelope(path, &answer, StatusCode::NOT_FOUND, "not_found");
    }
}
