//! `/api/openapi.json` describes every route the API serves: a route added without documentation fails here.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use common::{get_json, test_app};
use std::path::Path;

/// Every `.route("path", method(…).method(…))` call in the API modules: (path, methods).
fn declared_routes() -> Vec<(String, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api.rs"));
    let mut routes = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (start, _) in text.match_indices(".route(") {
            // The call's text up to its matching parenthesis.
            let mut depth = 0;
            let mut end = start;
            for (i, c) in text[start..].char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = start + i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let call = &text[start..end];
            let path = call.split('"').nth(1).unwrap().to_owned();
            let methods = ["get", "post", "put", "delete", "patch"]
                .iter()
                .filter(|m| call.contains(&format!("{m}(")))
                .map(|m| (*m).to_owned())
                .collect();
            routes.push((path, methods));
        }
    }
    assert!(routes.len() >= 25, "found {} routes", routes.len());
    routes
}

#[tokio::test]
async fn every_route_is_documented() {
    let app = test_app().await;
    let (status, spec) = get_json(&app, "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    let paths = spec["paths"].as_object().unwrap();
    for (path, methods) in declared_routes() {
        let documented = paths
            .get(&format!("/api{path}"))
            .unwrap_or_else(|| panic!("/api{path} is served but not in /api/openapi.json"));
        for method in methods {
            assert!(
                documented.get(&method).is_some(),
                "{method} /api{path} is served but not documented"
            );
        }
    }
    // And nothing is documented that is not served.
    let declared: Vec<String> = declared_routes()
        .into_iter()
        .map(|(p, _)| format!("/api{p}"))
        .collect();
    for path in paths.keys() {
        assert!(
            declared.contains(path),
            "{path} is documented but not served"
        );
    }
}

#[tokio::test]
async fn payload_schemas_are_included() {
    let app = test_app().await;
    let (_, spec) = get_json(&app, "/api/openapi.json").await;
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    for name in [
        "ListingDraft",
        "SellerListing",
        "ErrorEnvelope",
        "Verdict",
        "SearchResults",
        "Account",
        "Money",
    ] {
        assert!(schemas.contains_key(name), "schema {name}");
    }
}

#[tokio::test]
async fn operation_ids_are_unique() {
    // Client generators name methods after them; two handlers called `list_orders` in different modules
    // would collide.
    let app = test_app().await;
    let (_, spec) = get_json(&app, "/api/openapi.json").await;
    let mut seen = std::collections::BTreeMap::new();
    for (path, methods) in spec["paths"].as_object().unwrap() {
        for (method, operation) in methods.as_object().unwrap() {
            if let Some(id) = operation["operationId"].as_str()
                && let Some(other) = seen.insert(id.to_owned(), format!("{method} {path}"))
            {
                panic!("operationId `{id}` is used by {other} and {method} {path}");
            }
        }
    }
    assert!(seen.len() > 50, "{} operations", seen.len());
}
