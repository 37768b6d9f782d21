//! Serving the built app: hashed assets cached forever, `index.html` never cached and sent with a strict
//! Content-Security-Policy that names the hashes of its inline scripts and styles; security headers and
//! compression on every response.

use crate::AppState;
use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderName, HeaderValue, StatusCode, Uri, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use tower_http::{
    compression::{CompressionLayer, CompressionLevel},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
};

/// Directives every response carries; `index.html` adds hashes for its inline code.
const CSP_BASE: &str = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Routes for the app itself: `/`, `/index.html`, static files, and the SPA fallback for client routes.
pub fn router(state: &AppState) -> Router<AppState> {
    let fallback = get(spa_fallback).with_state(state.clone());
    let files = ServeDir::new(state.dist.as_path())
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(fallback);
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/manifest.webmanifest", get(crate::manifest::manifest))
        .fallback_service(files)
        .layer(middleware::from_fn(cache_headers))
}

/// Security headers and compression for everything the server sends.
pub fn with_web_layers(router: Router<AppState>) -> Router<AppState> {
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_SCRIPTLESS),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
}

/// CSP of the service worker script, which governs the worker itself: it fetches and caches same-origin
/// files and API answers (`connect-src`) and nothing else; the scriptless CSP would block every fetch.
const CSP_SERVICE_WORKER: &str = "default-src 'none'; connect-src 'self'";

/// The service worker's path: at the root, so its scope is the whole app.
const SERVICE_WORKER: &str = "/sw.js";

/// CSP for responses that are not the app document: nothing may run.
const CSP_SCRIPTLESS: &str = "default-src 'none'; img-src 'self' data:; style-src 'self'; object-src 'none'; \
base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/// Client-side routes (no file extension) get the app; a missing file gets a plain 404, never HTML.
async fn spa_fallback(State(state): State<AppState>, uri: Uri) -> Response {
    // `/api/` (and `/api`) slip past the nested API router's own fallback; they are still API paths, so they
    // get the API's error envelope, never the app's HTML.
    if uri.path() == "/api" || uri.path().starts_with("/api/") {
        return crate::error::AppError::NotFound("route").into_response();
    }
    let last = uri.path().rsplit('/').next().unwrap_or_default();
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, "not found\n").into_response();
    }
    index(State(state)).await
}

/// `index.html` with a CSP naming the SHA-256 of each inline script and style it contains.
async fn index(State(state): State<AppState>) -> Response {
    let path = state.dist.join("index.html");
    let Ok(html) = tokio::fs::read_to_string(&path).await else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CACHE_CONTROL, "no-store")],
            "The Caravan app has not been built yet. Run ./scripts/run.sh (or trunk build --release).\n",
        )
            .into_response();
    };
    let csp = document_csp(&html);
    Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-cache")
        .header(header::CONTENT_SECURITY_POLICY, csp)
        .body(Body::from(html))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// The document's CSP: no `'unsafe-inline'`, no `'unsafe-eval'`; wasm may compile; inline code by hash only.
pub fn document_csp(html: &str) -> String {
    let scripts = inline_hashes(html, "script");
    let styles = inline_hashes(html, "style");
    format!("{CSP_BASE}; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}")
}

/// ` 'sha256-…'` for every `<tag>` element with inline content and no `src`.
fn inline_hashes(html: &str, tag: &str) -> String {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        rest = &rest[start + open.len()..];
        let Some(tag_end) = rest.find('>') else { break };
        let attrs = &rest[..tag_end];
        rest = &rest[tag_end + 1..];
        let Some(content_end) = rest.find(&close) else {
            break;
        };
        let content = &rest[..content_end];
        rest = &rest[content_end + close.len()..];
        if attrs.contains("src=") || content.is_empty() {
            continue;
        }
        let digest = Sha256::digest(content.as_bytes());
        let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
        out.push_str(&format!(" 'sha256-{encoded}'"));
    }
    out
}

/// Whether a file name carries Trunk's content hash, e.g. `caravan-3f9a0c1d2b4e5f60_bg.wasm`.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split(['-', '_', '.'])
        .any(|part| part.len() >= 12 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Hashed assets are immutable; everything else revalidates (the service worker too, so browsers see a new
/// release at once). The service worker gets its own CSP.
async fn cache_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let service_worker = request.uri().path() == SERVICE_WORKER;
    let mut response = next.run(request).await;
    if service_worker && response.status().is_success() {
        response.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_SERVICE_WORKER),
        );
    }
    if !response.headers().contains_key(header::CACHE_CONTROL) {
        let value = if hashed && response.status().is_success() {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_inline_code_but_not_external_scripts() {
        let html = r#"<style>body{margin:0}</style><script src="/a.js"></script><script type="module">init();</script>"#;
        let csp = document_csp(html);
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("'unsafe-eval'"));
        assert!(csp.contains("'wasm-unsafe-eval'"));
        let script_hash =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init();"));
        let style_hash =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"body{margin:0}"));
        assert!(csp.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{script_hash}'"
        )));
        assert!(csp.contains(&format!("style-src 'self' 'sha256-{style_hash}'")));
        assert_eq!(csp.matches("sha256-").count(), 2);
    }

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_hashed_asset("/caravan-3f9a0c1d2b4e5f60_bg.wasm"));
        assert!(is_hashed_asset("/main-3f9a0c1d2b4e5f60.css"));
        assert!(!is_hashed_asset("/locales/en-US/main.ftl"));
        assert!(!is_hashed_asset("/robots.txt"));
    }
}
