//! Category names in the requested language (`?lang=`), from `locales/<tag>/categories.ftl`.

#[path = "support/common.rs"]
mod common;

use axum::http::StatusCode;
use caravan_i18n::Bundle;
use caravan_server::app;
use common::{get_json, isolated_state, test_app, test_state};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// `category-<slug>` → name, read from the locale's file on disk.
fn names_on_disk(tag: &str) -> BTreeMap<String, String> {
    let path = format!(
        "{}/../../locales/{tag}/categories.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bundle = Bundle::parse(tag, &[("categories.ftl", &text)]).unwrap();
    bundle
        .message_ids()
        .filter_map(|id| {
            let slug = id.strip_prefix("category-")?.to_owned();
            let name = bundle
                .format(id, &[], &caravan_i18n::EnglishRules)?
                .unwrap();
            Some((slug, name))
        })
        .collect()
}

/// slug → name of every category in an answer of `/api/categories`.
fn by_slug(categories: &Value) -> BTreeMap<String, String> {
    categories
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["slug"].as_str().unwrap().to_owned(),
                c["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn every_category_in_the_database_has_an_english_name_and_no_name_is_stale() {
    let state = test_state().await;
    let stored: Vec<(String, String)> = sqlx::query_as("SELECT slug, name FROM categories")
        .fetch_all(&state.pool)
        .await
        .unwrap();
    assert_eq!(stored.len(), 16 + 48, "the demo tree");
    let english = names_on_disk("en-US");
    for (slug, name) in &stored {
        let message = english.get(slug).unwrap_or_else(|| {
            panic!("category `{slug}` has no `category-{slug}` in locales/en-US/categories.ftl")
        });
        // The stored name is the fallback: keep the two in step so English readers see one name.
        assert_eq!(
            message, name,
            "`category-{slug}` differs from the stored name"
        );
    }
    let slugs: BTreeSet<&str> = stored.iter().map(|(s, _)| s.as_str()).collect();
    let stale: Vec<&String> = english
        .keys()
        .filter(|s| !slugs.contains(s.as_str()))
        .collect();
    assert!(stale.is_empty(), "messages for no category: {stale:?}");
    // The server compiled in the same file.
    let compiled: BTreeSet<&str> = caravan_server::category_names::CategoryNames::get()
        .en_us_slugs()
        .collect();
    assert_eq!(compiled, english.keys().map(String::as_str).collect());
}

#[tokio::test]
async fn the_category_tree_is_named_in_the_requested_language() {
    let app = test_app().await;
    let (status, english) = get_json(&app, "/api/categories").await;
    assert_eq!(status, StatusCode::OK);
    let english = by_slug(&english);
    assert_eq!(english["kitchen"], "Kitchen & Dining");
    assert_eq!(english["mens-outerwear"], "Outerwear");

    let (status, french) = get_json(&app, "/api/categories?lang=fr-FR").await;
    assert_eq!(status, StatusCode::OK);
    let french = by_slug(&french);
    assert_eq!(french["kitchen"], "Cuisine et arts de la table");
    assert_eq!(french["pet-supplies"], "Animalerie");
    assert_eq!(french["earrings"], "Boucles d’oreilles");
    assert_eq!(
        french,
        names_on_disk("fr-FR"),
        "every category, as fr-FR names it"
    );

    let (_, arabic) = get_json(&app, "/api/categories?lang=ar").await;
    let arabic = by_slug(&arabic);
    assert_eq!(arabic["kitchen"], "المطبخ وأدوات المائدة");
    assert_eq!(arabic["electronics"], "الإلكترونيات");
    assert_eq!(arabic, names_on_disk("ar"));

    // Same ids, parents and order in every language: only the names change.
    let (_, plain) = get_json(&app, "/api/categories").await;
    let (_, japanese) = get_json(&app, "/api/categories?lang=ja-JP").await;
    let shape = |v: &Value| -> Vec<(Value, Value, Value)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| (c["id"].clone(), c["parent_id"].clone(), c["slug"].clone()))
            .collect()
    };
    assert_eq!(shape(&plain), shape(&japanese));
    assert_eq!(by_slug(&japanese)["dresses"], "ワンピース");
}

#[tokio::test]
async fn lang_is_negotiated_and_unknown_languages_fall_back_to_english() {
    let app = test_app().await;
    let (_, english) = get_json(&app, "/api/categories").await;
    let english = by_slug(&english);
    let (_, french) = get_json(&app, "/api/categories?lang=fr-FR").await;
    let french = by_slug(&french);
    for lang in ["fr", "fr-CA", "FR-fr", "fr_BE"] {
        let (status, named) = get_json(&app, &format!("/api/categories?lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert_eq!(by_slug(&named), french, "{lang}");
    }
    // Unknown, unoffered (Traditional Chinese is not matched to Simplified), empty, junk: English, never
    // an error.
    for lang in [
        "de-DE",
        "zh-TW",
        "",
        "%E2%9C%93",
        "en-US%3Bq%3D0.5",
        "x-klingon",
        "a%20b",
    ] {
        let (status, named) = get_json(&app, &format!("/api/categories?lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{lang}: {named}");
        assert_eq!(by_slug(&named), english, "{lang}");
    }
    let (status, search) = get_json(&app, "/api/search?q=mug&lang=tlh").await;
    assert_eq!(status, StatusCode::OK, "{search}");
    let (status, _) = get_json(&app, "/api/listings?limit=2&lang=tlh").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_product_page_breadcrumb_is_named_in_the_requested_language() {
    let app = test_app().await;
    let (_, page) = get_json(&app, "/api/listings?category=kitchen&limit=1").await;
    let id = page["items"][0]["id"].as_i64().unwrap();
    let path_names = |detail: &Value| -> Vec<(String, String)> {
        detail["category_path"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["slug"].as_str().unwrap().to_owned(),
                    c["name"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let (status, english) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let english = path_names(&english);
    assert_eq!(english.len(), 2);
    assert_eq!(english[0], ("kitchen".into(), "Kitchen & Dining".into()));
    for tag in ["fr-FR", "ar"] {
        let (status, detail) = get_json(&app, &format!("/api/listings/{id}?lang={tag}")).await;
        assert_eq!(status, StatusCode::OK);
        let on_disk = names_on_disk(tag);
        let named = path_names(&detail);
        assert_eq!(named.len(), 2);
        for ((slug, name), (en_slug, en_name)) in named.iter().zip(&english) {
            assert_eq!(slug, en_slug);
            assert_eq!(name, &on_disk[slug], "{tag} {slug}");
            assert_ne!(name, en_name, "{tag} {slug}");
        }
    }
    let (_, detail) = get_json(&app, &format!("/api/listings/{id}?lang=fr-FR")).await;
    assert_eq!(
        detail["category_path"][0]["name"],
        "Cuisine et arts de la table"
    );
    // Everything else is the same listing.
    let (_, plain) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(detail["title"], plain["title"]);
    assert_eq!(detail["skus"], plain["skus"]);
    // A missing listing is still a 404 in any language.
    let (status, body) = get_json(&app, "/api/listings/999999999?lang=ar").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "not_found");
}

/// slug → name of the search facets.
fn facet_names(results: &Value) -> BTreeMap<String, String> {
    results["facets"]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["slug"].as_str().unwrap().to_owned(),
                c["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn search_facets_are_named_in_each_language_and_the_cache_never_mixes_them() {
    // One app, so every request below goes through the same catalogue cache.
    let app = test_app().await;
    let url = "/api/search?q=cotton&limit=5";
    let (status, english) = get_json(&app, url).await;
    assert_eq!(status, StatusCode::OK);
    let english = facet_names(&english);
    assert!(english.len() > 1, "{english:?}");
    assert_eq!(english["kitchen"], "Kitchen & Dining");
    let mut seen = vec![english.clone()];
    for (lang, tag, kitchen) in [
        ("fr-FR", "fr-FR", "Cuisine et arts de la table"),
        ("ar", "ar", "المطبخ وأدوات المائدة"),
        ("fr", "fr-FR", "Cuisine et arts de la table"),
        ("zh-CN", "zh-CN", "厨具餐具"),
    ] {
        // Twice each: the second answer comes from the cache.
        for round in 0..2 {
            let (status, results) = get_json(&app, &format!("{url}&lang={lang}")).await;
            assert_eq!(status, StatusCode::OK);
            let named = facet_names(&results);
            assert_eq!(named["kitchen"], kitchen, "{lang}, round {round}");
            let on_disk = names_on_disk(tag);
            for (slug, name) in &named {
                assert_eq!(name, &on_disk[slug], "{lang} {slug}");
            }
            assert_eq!(
                named.keys().collect::<Vec<_>>(),
                english.keys().collect::<Vec<_>>(),
                "the same facets"
            );
            seen.push(named);
        }
    }
    // English again, after the others were cached; and an unknown language shares English's answer.
    for again in [
        url.to_owned(),
        format!("{url}&lang=de"),
        format!("{url}&lang=en-US"),
    ] {
        let (_, results) = get_json(&app, &again).await;
        assert_eq!(facet_names(&results), english, "{again}");
    }
    // The facets' counts do not depend on the language.
    let (_, en) = get_json(&app, url).await;
    let (_, ar) = get_json(&app, &format!("{url}&lang=ar")).await;
    let counts = |v: &Value| -> Vec<(Value, Value)> {
        v["facets"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["slug"].clone(), c["count"].clone()))
            .collect()
    };
    assert_eq!(counts(&en), counts(&ar));
    assert_eq!(en["items"], ar["items"]);
}

#[tokio::test]
async fn a_category_no_file_names_keeps_its_stored_name() {
    let (state, _dir) = isolated_state().await;
    sqlx::query(
        "INSERT INTO categories (parent_id, slug, name, position)
         VALUES (NULL, 'garden-machinery', 'Garden Machinery', 99)",
    )
    .execute(&state.pool)
    .await
    .unwrap();
    let app = app(state);
    for lang in ["", "?lang=fr-FR", "?lang=ar"] {
        let (status, categories) = get_json(&app, &format!("/api/categories{lang}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            by_slug(&categories)["garden-machinery"],
            "Garden Machinery",
            "{lang}"
        );
    }
}

#[tokio::test]
async fn lang_is_documented_on_every_route_that_names_categories() {
    let app = test_app().await;
    let (_, spec) = get_json(&app, "/api/openapi.json").await;
    for path in [
        "/api/categories",
        "/api/listings/{id}",
        "/api/search",
        "/api/listings",
    ] {
        let params = spec["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap_or_else(|| panic!("{path} has parameters"));
        let lang = params
            .iter()
            .find(|p| p["name"] == "lang")
            .unwrap_or_else(|| panic!("{path} documents `lang`"));
        assert_eq!(lang["in"], "query", "{path}");
        assert_ne!(lang["required"], true, "{path}");
    }
}
