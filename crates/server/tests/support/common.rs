//! Shared set-up for the API tests: one seeded SQLite file per test binary, a fresh pool per test.

#![allow(dead_code)]

use axum::{
    Router,
    body::Body,
    http::{Request, Response, StatusCode},
};
use caravan_server::{AppState, app, db};
use http_body_util::BodyExt;
use std::{
    path::{Path, PathBuf},
    sync::OnceLock,
};
use tower::ServiceExt;

/// A seeded database file and a dist directory with a small index.html, made once per test binary.
fn fixture() -> &'static (tempfile::TempDir, PathBuf, PathBuf) {
    static FIXTURE: OnceLock<(tempfile::TempDir, PathBuf, PathBuf)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        // Internal errors are logged, not returned: show them in the failing test's output.
        let _ = tracing_subscriber::fmt().with_test_writer().try_init();
        let dir = tempfile::tempdir().expect("temp dir");
        let db_path = dir.path().join("caravan.db");
        let dist = dir.path().join("dist");
        std::fs::create_dir_all(&dist).expect("dist dir");
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><html><head><script type=\"module\">import init from '/app-0123456789abcdef.js';</script></head><body></body></html>",
        )
        .expect("index.html");
        std::fs::write(dist.join("app-0123456789abcdef.js"), "export default function init() {}\n")
            .expect("js");
        std::fs::write(dist.join("robots.txt"), "User-agent: *\n").expect("robots");
        std::fs::write(dist.join("sw.js"), "const RELEASE = 'test';\n").expect("sw.js");
        std::fs::write(dist.join("manifest.webmanifest"), "{\"name\": \"Caravan\"}\n")
            .expect("manifest");
        // Seeding runs on its own thread and runtime (tests already run inside one); every test then opens
        // its own pool on the same file.
        let seed_path = db_path.clone();
        let pristine = dir.path().join("pristine.db");
        std::thread::spawn(move || {
            tokio::runtime::Runtime::new().expect("runtime").block_on(async {
                let pool = db::open(&seed_path).await.expect("open");
                assert!(db::seed_demo_if_empty(&pool).await.expect("seed"));
                assert!(caravan_server::fx::load_snapshot_if_empty(&pool).await.expect("fx snapshot"));
                // The pristine catalogue that tests needing a database of their own start from (a file copy
                // could miss pages still in the WAL).
                sqlx::query("VACUUM INTO ?")
                    .bind(pristine.display().to_string())
                    .execute(&pool)
                    .await
                    .expect("pristine copy");
                pool.close().await;
            });
        })
        .join()
        .expect("seeding finished");
        (dir, db_path, dist)
    })
}

/// The application over the shared seeded database.
pub async fn test_app() -> Router {
    app(test_state().await)
}

/// State over the shared seeded database (to swap the clock, say).
pub async fn test_state() -> AppState {
    let (dir, db_path, dist) = fixture();
    let pool = db::open(db_path).await.expect("open seeded db");
    AppState::new(pool, dist.clone()).with_media_dir(dir.path().join("media"))
}

/// State over a private copy of the seeded database, for tests that change stock or count rows; the
/// directory is kept until the returned guard drops.
pub async fn isolated_state() -> (AppState, tempfile::TempDir) {
    let (dir, _, dist) = fixture();
    let own = tempfile::tempdir().expect("temp dir");
    let path = own.path().join("caravan.db");
    std::fs::copy(dir.path().join("pristine.db"), &path).expect("copy pristine db");
    let pool = db::open(&path).await.expect("open copy");
    let state = AppState::new(pool, dist.clone()).with_media_dir(own.path().join("media"));
    (state, own)
}

/// A new buyer account with a session, created directly in the database (Argon2 would make hundreds of
/// sign-ins slow); returns (user id, cookie).
pub async fn new_buyer(state: &AppState, name: &str) -> (i64, String) {
    let now = state.clock.now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, role, display_name, created_at)
         VALUES (?, NULL, 'buyer', ?, ?) RETURNING id",
    )
    .bind(format!("{name}@buyers.test"))
    .bind(name)
    .bind(now)
    .fetch_one(&state.pool)
    .await
    .expect("insert buyer");
    let token = caravan_server::auth::create_session(&state.pool, id, now)
        .await
        .expect("session");
    (
        id,
        format!("{}={token}", caravan_server::auth::SESSION_COOKIE),
    )
}

/// A session cookie for an existing account, without its password.
pub async fn session_for(state: &AppState, user_id: i64) -> String {
    let token = caravan_server::auth::create_session(&state.pool, user_id, state.clock.now())
        .await
        .expect("session");
    format!("{}={token}", caravan_server::auth::SESSION_COOKIE)
}

/// A JSON request with the CSRF header the app sends, and an optional cookie.
pub fn json_request(
    method: &str,
    path: &str,
    body: &serde_json::Value,
    cookie: Option<&str>,
) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/json")
        .header("x-caravan-csrf", "1");
    if let Some(cookie) = cookie {
        builder = builder.header("cookie", cookie);
    }
    builder.body(Body::from(body.to_string())).unwrap()
}

/// `name=value` of the `Set-Cookie` header, ready to send back.
pub fn cookie_of(headers: &axum::http::HeaderMap) -> String {
    headers["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// Path of the seeded database file.
pub fn db_path() -> &'static Path {
    &fixture().1
}

/// Sends a request; returns status, headers and body bytes.
pub async fn send(
    app: &Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response: Response<Body> = app.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

/// `GET path`, body parsed as JSON.
pub async fn get_json(app: &Router, path: &str) -> (StatusCode, serde_json::Value) {
    let (status, _, body) = send(app, Request::get(path).body(Body::empty()).unwrap()).await;
    let json = serde_json::from_slice(&body)
        .unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {}", String::from_utf8_lossy(&body)));
    (status, json)
}

/// A PNG of the given size, as a seller's camera would not make it but a test can.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, 120])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("encode png");
    out.into_inner()
}

/// `POST /api/seller/images` with `bytes` as the multipart `file` field.
pub fn upload_request(bytes: &[u8], file_name: &str, cookie: &str) -> Request<Body> {
    let boundary = "caravan-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    Request::post("/api/seller/images")
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("x-caravan-csrf", "1")
        .header("cookie", cookie)
        .body(Body::from(body))
        .unwrap()
}

/// Signs in through the API; returns the session cookie to send back.
pub async fn sign_in(app: &Router, email: &str, password: &str) -> String {
    let (status, headers, _) = send(
        app,
        json_request(
            "POST",
            "/api/auth/login",
            &serde_json::json!({"email": email, "password": password}),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "sign in {email}");
    cookie_of(&headers)
}

/// A request as a signed-in user: GET without a body, anything else with `payload` as JSON.
pub async fn call(
    app: &Router,
    method: &str,
    path: &str,
    payload: serde_json::Value,
    cookie: &str,
) -> (StatusCode, serde_json::Value) {
    let request = if method == "GET" {
        Request::get(path)
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap()
    } else {
        json_request(method, path, &payload, Some(cookie))
    };
    let (status, _, bytes) = send(app, request).await;
    let value = if bytes.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    (status, value)
}
