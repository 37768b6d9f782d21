//! Serving the built app: the document's CSP, caching, SPA fallback and security headers.

#[path = "support/common.rs"]
mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use common::{send, test_app};

#[tokio::test]
async fn the_document_carries_a_csp_with_the_inline_script_hash() {
    let app = test_app().await;
    for path in ["/", "/index.html", "/p/12", "/seller/listings"] {
        let (status, headers, body) =
            send(&app, Request::get(path).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(String::from_utf8(body).unwrap().contains("<!doctype html>"));
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(headers["cache-control"], "no-cache");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["x-frame-options"], "DENY");
    }
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_missing_files_are_not_html() {
    let app = test_app().await;
    let (status, headers, _) = send(
        &app,
        Request::get("/app-0123456789abcdef.js")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );

    let (status, headers, _) = send(
        &app,
        Request::get("/robots.txt").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(headers["cache-control"], "no-cache");

    let (status, headers, _) = send(
        &app,
        Request::get("/missing-0123456789abcdef.wasm")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        !headers["content-type"]
            .to_str()
            .unwrap_or("")
            .contains("html")
    );
}

#[tokio::test]
async fn api_json_is_compressed_when_asked() {
    let app = test_app().await;
    let (status, headers, _) = send(
        &app,
        Request::get("/api/listings?limit=60")
            .header("accept-encoding", "br")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-encoding"], "br");
}

#[tokio::test]
async fn the_service_worker_and_manifest_are_served_for_an_installable_app() {
    let app = test_app().await;
    let (status, headers, body) =
        send(&app, Request::get("/sw.js").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(body).unwrap().contains("RELEASE"));
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    // Never cached by the HTTP cache: a new release must reach the browser's update check at once.
    assert_eq!(headers["cache-control"], "no-cache");
    // The worker's own CSP lets it fetch same-origin files; the scriptless CSP would block every fetch.
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert_eq!(csp, "default-src 'none'; connect-src 'self'");

    let (status, headers, _) = send(
        &app,
        Request::get("/manifest.webmanifest")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/manifest+json");
    assert_eq!(headers["cache-control"], "no-cache");
    // Other files keep the scriptless CSP.
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'; img-src")
    );

    // The document allows the manifest and the worker from its own origin.
    let (_, headers, _) = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("manifest-src 'self'") && csp.contains("worker-src 'self'"));
}
