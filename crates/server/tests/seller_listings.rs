//! The seller's listings: drafts, saves, publishing through the rules, versions and ownership.

#[path = "support/common.rs"]
mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use common::{call, cookie_of, get_json, json_request, send, sign_in, test_app};
use serde_json::{Value, json};

fn body(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

async fn seller(app: &axum::Router) -> String {
    sign_in(app, "seller@caravan.test", "caravan-seller-2026").await
}

/// The demo seller's category and shipping template ids, looked up rather than assumed.
async fn ids(app: &axum::Router, cookie: &str) -> (i64, i64) {
    let (_, categories) = get_json(app, "/api/categories").await;
    let category = categories
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "drinkware")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let (status, listings) = call(app, "GET", "/api/seller/listings", Value::Null, cookie).await;
    assert_eq!(status, StatusCode::OK, "{listings}");
    let first = listings[0]["id"].as_i64().unwrap();
    let (_, listing) = call(
        app,
        "GET",
        &format!("/api/seller/listings/{first}"),
        Value::Null,
        cookie,
    )
    .await;
    (
        category,
        listing["draft"]["shipping_template_id"].as_i64().unwrap(),
    )
}

/// Uploads a 1000×1000 picture for the demo seller; returns its draft image entry.
async fn uploaded_image(app: &axum::Router, cookie: &str) -> Value {
    let (status, _, bytes) = send(
        app,
        common::upload_request(&common::png(1000, 1000), "bottle.png", cookie),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&bytes)
    );
    body(&bytes)["image"].clone()
}

fn good_draft(category: i64, template: i64, title: &str) -> Value {
    json!({
        "title": title,
        "category_id": category,
        "brand": null,
        "description": "<p>Double-walled stainless steel keeps drinks cold for 24 hours.</p><script>alert(1)</script>",
        "images": [],
        "attributes": [{"name": "Material", "value": "Stainless steel"}, {"name": "Capacity", "value": "750 ml"}],
        "variant_properties": [{"name": "Colour", "values": ["Black", "Sand"]}],
        "skus": [
            {"code": "TB750BLK", "options": ["Black"], "price_minor": 1899, "stock": 40},
            {"code": "TB750SND", "options": ["Sand"], "price_minor": 1899, "discount_price_minor": 1599, "stock": 25}
        ],
        "currency": "USD",
        "weight_grams": 420,
        "package": {"length_cm_hundredths": 2800, "width_cm_hundredths": 900, "height_cm_hundredths": 900},
        "handling_days": 3,
        "shipping_template_id": template
    })
}

async fn create(app: &axum::Router, cookie: &str, draft: Value) -> Value {
    let (status, created) = call(app, "POST", "/api/seller/listings", draft, cookie).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created
}

#[tokio::test]
async fn only_signed_in_sellers_reach_the_seller_api() {
    let app = test_app().await;
    let (status, _, bytes) = send(
        &app,
        Request::get("/api/seller/listings")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body(&bytes)["error"]["code"], "unauthenticated");
    let buyer = sign_in(&app, "buyer@caravan.test", "caravan-buyer-2026").await;
    let (status, error) = call(&app, "GET", "/api/seller/listings", Value::Null, &buyer).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(error["error"]["code"], "wrong_role");
}

#[tokio::test]
async fn the_demo_seller_sees_their_catalogue_listings_as_editable_drafts() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (status, listings) = call(&app, "GET", "/api/seller/listings", Value::Null, &cookie).await;
    assert_eq!(status, StatusCode::OK);
    let published: Vec<&Value> = listings
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["status"] == "published")
        .collect();
    assert!(published.len() >= 50, "{} published", published.len());
    let id = published.last().unwrap()["id"].as_i64().unwrap();
    let (status, listing) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, public) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(listing["draft"]["title"], public["title"]);
    assert_eq!(
        listing["draft"]["skus"].as_array().unwrap().len(),
        public["skus"].as_array().unwrap().len()
    );
    assert_eq!(
        listing["policy_version"],
        caravan_rules::Engine::default_policy().version()
    );
}

#[tokio::test]
async fn a_draft_is_saved_with_verdicts_then_published_into_the_catalogue() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let title = "Insulated Steel Water Bottle 750 ml for Hiking and Office";
    let mut draft = good_draft(category, template, title);
    draft["images"] = json!([uploaded_image(&app, &cookie).await]);
    let created = create(&app, &cookie, draft).await;
    assert_eq!(created["status"], "draft");
    assert_eq!(created["version"], 1);
    let verdicts = created["verdicts"].as_array().unwrap();
    assert!(
        verdicts.iter().all(|v| v["severity"] == "warn"),
        "{verdicts:?}"
    );
    assert!(
        verdicts.iter().any(|v| v["rule"] == "LST-15"),
        "the script in the description is reported"
    );
    let id = created["id"].as_i64().unwrap();
    let (status, _) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a draft is not in the catalogue"
    );

    // Searched before publishing, the answer is cached; publishing must still show up at once.
    let (_, before) = get_json(&app, "/api/search?q=insulated%20hiking").await;
    assert!(
        !before["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == id)
    );

    let (status, published) = call(
        &app,
        "POST",
        &format!("/api/seller/listings/{id}/publish"),
        json!({"version": 1}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    assert_eq!(published["status"], "published");
    assert_eq!(published["version"], 2);
    let (status, public) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(public["title"], title);
    assert_eq!(
        public["skus"][1]["price"]["minor"], 1599,
        "discount price is what the buyer pays"
    );
    assert_eq!(public["skus"][1]["original_price"]["minor"], 1899);
    let description = public["description"].as_str().unwrap();
    assert!(
        description.contains("keeps drinks cold") && !description.contains("script"),
        "{description}"
    );

    // The search index follows publishing (FTS triggers on the catalogue table).
    let (_, found) = get_json(&app, "/api/search?q=insulated%20hiking").await;
    assert!(
        found["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == id),
        "{found}"
    );

    let (status, unpublished) = call(
        &app,
        "POST",
        &format!("/api/seller/listings/{id}/unpublish"),
        json!({"version": 2}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{unpublished}");
    assert_eq!(unpublished["status"], "draft");
    let (status, _) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "unpublished listings leave the catalogue"
    );
}

#[tokio::test]
async fn publishing_with_a_block_verdict_is_refused_and_writes_nothing() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let mut draft = good_draft(
        category,
        template,
        "Steel Water Bottle with Cocaine Storage Compartment",
    );
    draft["skus"][0]["stock"] = json!(-3);
    let created = create(&app, &cookie, draft).await;
    let id = created["id"].as_i64().unwrap();
    let blocks: Vec<(String, String)> = created["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["severity"] == "block")
        .map(|v| {
            (
                v["rule"].as_str().unwrap().to_owned(),
                v["field"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        blocks.contains(&("LST-2".to_owned(), "title".to_owned())),
        "{blocks:?}"
    );
    assert!(
        blocks
            .iter()
            .any(|(rule, field)| rule == "LST-11" && field == "skus[0].stock"),
        "{blocks:?}"
    );

    let (status, error) = call(
        &app,
        "POST",
        &format!("/api/seller/listings/{id}/publish"),
        json!({"version": 1}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["error"]["code"], "blocked_by_rules");
    assert!(
        error["error"]["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["rule"] == "LST-2")
    );
    let (status, _) = get_json(&app, &format!("/api/listings/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, listing) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &cookie,
    )
    .await;
    assert_eq!(listing["status"], "draft");
    assert_eq!(listing["version"], 1, "a refused publish changes nothing");
}

#[tokio::test]
async fn a_stale_version_is_refused_so_two_tabs_never_overwrite_each_other() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let created = create(
        &app,
        &cookie,
        good_draft(
            category,
            template,
            "Glass Teapot with Bamboo Lid for Loose Leaf Tea",
        ),
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    let mut tab_a = created["draft"].clone();
    tab_a["title"] = json!("Glass Teapot with Bamboo Lid 1 Litre for Loose Leaf Tea");
    let mut tab_b = created["draft"].clone();
    tab_b["title"] = json!("Borosilicate Glass Teapot with Infuser for Loose Leaf Tea");
    let (status, saved) = call(
        &app,
        "PUT",
        &format!("/api/seller/listings/{id}"),
        json!({"version": 1, "draft": tab_a}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["version"], 2);
    let (status, error) = call(
        &app,
        "PUT",
        &format!("/api/seller/listings/{id}"),
        json!({"version": 1, "draft": tab_b}),
        &cookie,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(error["error"]["code"], "stale_version");
    assert_eq!(error["error"]["current_version"], 2);
    let (_, listing) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &cookie,
    )
    .await;
    assert_eq!(
        listing["draft"]["title"],
        "Glass Teapot with Bamboo Lid 1 Litre for Loose Leaf Tea"
    );
    let (status, _) = call(
        &app,
        "POST",
        &format!("/api/seller/listings/{id}/publish"),
        json!({"version": 1}),
        &cookie,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "publishing names the version too"
    );
}

#[tokio::test]
async fn other_shops_listings_and_templates_are_out_of_reach() {
    let app = test_app().await;
    let owner = seller(&app).await;
    let (category, template) = ids(&app, &owner).await;
    let created = create(
        &app,
        &owner,
        good_draft(
            category,
            template,
            "Ceramic Travel Mug with Silicone Sleeve for Commuting",
        ),
    )
    .await;
    let id = created["id"].as_i64().unwrap();

    // A second seller with a shop of their own.
    let (status, headers, _) = send(
        &app,
        json_request(
            "POST",
            "/api/auth/register",
            &json!({"email": "rival.seller@mail.test", "password": "rival shop owner 2026", "display_name": "Rival", "role": "seller"}),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let rival = cookie_of(&headers);
    let (status, error) = call(&app, "GET", "/api/seller/listings", Value::Null, &rival).await;
    assert_eq!(status, StatusCode::CONFLICT, "no shop yet");
    assert_eq!(error["error"]["code"], "no_shop");
    let pool = caravan_server::db::open(common::db_path()).await.unwrap();
    sqlx::query(
        "INSERT INTO shops (owner_id, name, name_key, status, country, return_policy, created_at)
         SELECT id, 'Rival Goods', 'rival goods', 'approved', 'US', 'Returns within 30 days.', 0 FROM users
         WHERE email = 'rival.seller@mail.test'",
    )
    .execute(&pool)
    .await
    .unwrap();

    for (method, path, payload) in [
        ("GET", format!("/api/seller/listings/{id}"), Value::Null),
        (
            "PUT",
            format!("/api/seller/listings/{id}"),
            json!({"version": 1, "draft": created["draft"]}),
        ),
        (
            "POST",
            format!("/api/seller/listings/{id}/publish"),
            json!({"version": 1}),
        ),
        (
            "POST",
            format!("/api/seller/listings/{id}/unpublish"),
            json!({"version": 1}),
        ),
    ] {
        let (status, error) = call(&app, method, &path, payload, &rival).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
        assert_eq!(error["error"]["code"], "not_found");
    }
    let (status, error) = call(
        &app,
        "POST",
        "/api/seller/listings",
        good_draft(category, template, "Rival Steel Bottle 500 ml"),
        &rival,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "someone else's shipping template"
    );
    assert_eq!(error["error"]["fields"][0]["path"], "shipping_template_id");
    let (_, listing) = call(
        &app,
        "GET",
        &format!("/api/seller/listings/{id}"),
        Value::Null,
        &owner,
    )
    .await;
    assert_eq!(listing["version"], 1, "untouched");
}

#[tokio::test]
async fn drafts_with_unknown_fields_or_wrong_types_are_refused() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let mut draft = good_draft(category, template, "Bamboo Lunch Box");
    draft["status"] = json!("published");
    let (status, error) = call(&app, "POST", "/api/seller/listings", draft, &cookie).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no mass assignment"
    );
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("unknown field")
    );
    let mut draft = good_draft(category, template, "Bamboo Lunch Box");
    draft["skus"][0]["price_minor"] = json!("19.99");
    let (status, _) = call(&app, "POST", "/api/seller/listings", draft, &cookie).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn pictures_are_measured_by_the_server_not_taken_from_the_client() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let mut image = uploaded_image(&app, &cookie).await;
    assert_eq!(
        (image["width"].as_u64(), image["mime"].as_str()),
        (Some(1000), Some("image/png"))
    );
    let (status, headers, _) = send(
        &app,
        Request::get(image["url"].as_str().unwrap())
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/png");
    // Claims about a stored picture are replaced by the truth…
    image["width"] = json!(5000);
    image["bytes"] = json!(1);
    let mut draft = good_draft(category, template, "Folding Silicone Cup for Camping");
    draft["images"] = json!([image]);
    let created = create(&app, &cookie, draft).await;
    assert_eq!(created["draft"]["images"][0]["width"], 1000);
    assert!(created["draft"]["images"][0]["bytes"].as_u64().unwrap() > 1000);
    // …and pictures the server never stored are refused.
    let mut foreign = good_draft(category, template, "Folding Silicone Cup for Camping");
    foreign["images"] = json!([{"url": "https://elsewhere.example/cup.jpg", "width": 1000, "height": 1000, "bytes": 100, "mime": "image/jpeg"}]);
    let (status, error) = call(&app, "POST", "/api/seller/listings", foreign, &cookie).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error["error"]["fields"][0]["path"], "images[0].url");
}

#[tokio::test]
async fn uploads_are_checked_by_content() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>";
    let (status, _, bytes) = send(&app, common::upload_request(svg, "photo.jpg", &cookie)).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "an SVG named .jpg is still an SVG"
    );
    assert_eq!(
        body(&bytes)["error"]["fields"][0]["code"],
        "unsupported_type"
    );
    let (status, _, _) = send(
        &app,
        common::upload_request(&vec![0xFF; 5 * 1024 * 1024 + 10], "big.jpg", &cookie),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let buyer = sign_in(&app, "buyer@caravan.test", "caravan-buyer-2026").await;
    let (status, _, _) = send(
        &app,
        common::upload_request(&common::png(10, 10), "x.png", &buyer),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, bytes) = send(
        &app,
        common::upload_request(&common::png(900, 1200), "tall.png", &cookie),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let thumb = body(&bytes)["thumb_url"].as_str().unwrap().to_owned();
    let (status, headers, thumb_bytes) =
        send(&app, Request::get(&thumb).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert!(
        headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let (w, h) = image::ImageReader::new(std::io::Cursor::new(thumb_bytes))
        .with_guessed_format()
        .unwrap()
        .into_dimensions()
        .unwrap();
    assert_eq!((w, h), (240, 320));
}

/// The category path of `id` from the category tree, as the seller center computes it.
fn category_path(categories: &Value, id: Option<i64>) -> Vec<String> {
    let all = categories.as_array().unwrap();
    let mut path = Vec::new();
    let mut next = id;
    while let Some(current) = next {
        let Some(category) = all.iter().find(|c| c["id"] == current) else {
            return Vec::new();
        };
        path.insert(0, category["slug"].as_str().unwrap().to_owned());
        next = category["parent_id"].as_i64();
    }
    path
}

#[tokio::test]
async fn the_listing_facts_give_the_browser_the_servers_verdicts() {
    use caravan_rules::{Engine, ListingContext};
    use caravan_types::{
        ListingId, listing_draft::ListingDraft, seller_listing::ListingFacts, verdict::Verdict,
    };
    // A private database, so no other test's draft changes the sibling titles between facts and save.
    let (state, _dir) = common::isolated_state().await;
    let app = caravan_server::app(state);
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let (_, categories) = get_json(&app, "/api/categories").await;
    let engine = Engine::default_policy();
    // A sibling in the same category makes LST-16 depend on the facts' titles; the other drafts reach the
    // template (LST-10), prohibited terms (LST-2), brands (LST-4) and an unknown category (LST-6).
    let first = create(
        &app,
        &cookie,
        good_draft(category, template, "Steel Water Bottle 750 ml Black"),
    )
    .await;
    let mut drafts = vec![
        good_draft(category, template, "Steel Water Bottle 750 ml Black"),
        good_draft(category, template, "Nike water bottle with gun holster"),
        good_draft(9_999, template, "WATER BOTTLE WATER BOTTLE WATER"),
        good_draft(category, template, ""),
    ];
    drafts[3]["skus"][0]["price_minor"] = json!(1);
    drafts[3]["currency"] = json!("EUR");
    for (index, draft) in drafts.into_iter().enumerate() {
        let (status, facts) = call(
            &app,
            "GET",
            "/api/seller/listing-facts",
            Value::Null,
            &cookie,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{facts}");
        let facts: ListingFacts = serde_json::from_value(facts).unwrap();
        assert_eq!(facts.policy_version, engine.version());
        assert!(facts.shipping_templates.iter().any(|t| t.id == template));
        let typed: ListingDraft = serde_json::from_value(draft.clone()).unwrap();
        // The first draft is saved over the listing created above, so it is its own non-sibling.
        let (this, saved) = if index == 0 {
            let id = first["id"].as_i64().unwrap();
            let (status, saved) = call(
                &app,
                "PUT",
                &format!("/api/seller/listings/{id}"),
                json!({"version": 1, "draft": draft}),
                &cookie,
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{saved}");
            (Some(ListingId(id)), saved)
        } else {
            (None, create(&app, &cookie, draft).await)
        };
        let path = category_path(&categories, typed.category_id.map(|c| c.0));
        let ctx = ListingContext::from_facts(&facts, &typed, this, path);
        let browser = engine.check_listing(&typed, &ctx);
        let server: Vec<Verdict> = serde_json::from_value(saved["verdicts"].clone()).unwrap();
        assert_eq!(browser, server, "draft {index}");
        assert!(!server.is_empty(), "draft {index} has something to report");
    }
    // The sibling titles really were consulted: a second copy of the first title is reported.
    let (_, facts) = call(
        &app,
        "GET",
        "/api/seller/listing-facts",
        Value::Null,
        &cookie,
    )
    .await;
    let facts: ListingFacts = serde_json::from_value(facts).unwrap();
    let copy: ListingDraft = serde_json::from_value(good_draft(
        category,
        template,
        "Steel Water Bottle 750 ml Black",
    ))
    .unwrap();
    let ctx = ListingContext::from_facts(
        &facts,
        &copy,
        None,
        category_path(&categories, Some(category)),
    );
    assert!(
        engine
            .check_listing(&copy, &ctx)
            .iter()
            .any(|v| v.rule == "LST-16"),
        "a copy of a sibling's title is reported"
    );
}

#[tokio::test]
async fn the_listings_table_summarises_price_stock_and_variants() {
    let app = test_app().await;
    let cookie = seller(&app).await;
    let (category, template) = ids(&app, &cookie).await;
    let created = create(
        &app,
        &cookie,
        good_draft(category, template, "Summary Test Bottle"),
    )
    .await;
    let (_, listings) = call(&app, "GET", "/api/seller/listings", Value::Null, &cookie).await;
    let row = listings
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == created["id"])
        .unwrap();
    assert_eq!(row["title"], "Summary Test Bottle");
    assert_eq!(row["category_id"], category);
    assert_eq!(row["currency"], "USD");
    assert_eq!(row["price_minor"], 1899);
    assert_eq!(row["stock"], 65);
    assert_eq!(row["sku_count"], 2);
    assert_eq!(row["image_url"], Value::Null);
}

#[tokio::test]
async fn adopted_catalogue_listings_carry_their_verdict_counts() {
    // A private database: other tests' drafts change sibling titles, and so verdicts, in the shared one.
    let (state, _dir) = common::isolated_state().await;
    let app = caravan_server::app(state);
    let cookie = seller(&app).await;
    let (_, listings) = call(&app, "GET", "/api/seller/listings", Value::Null, &cookie).await;
    let listings = listings.as_array().unwrap();
    let judged = listings
        .iter()
        .filter(|l| l["block_count"].as_u64().unwrap() + l["warn_count"].as_u64().unwrap() > 0)
        .count();
    assert!(judged > 0, "the demo listings were judged when adopted");
    for row in listings.iter().take(5) {
        let id = row["id"].as_i64().unwrap();
        let (_, listing) = call(
            &app,
            "GET",
            &format!("/api/seller/listings/{id}"),
            Value::Null,
            &cookie,
        )
        .await;
        let verdicts = listing["verdicts"].as_array().unwrap();
        let blocks = verdicts.iter().filter(|v| v["severity"] == "block").count();
        assert_eq!(row["block_count"], blocks as u64, "listing {id}");
        assert_eq!(
            row["warn_count"],
            (verdicts.len() - blocks) as u64,
            "listing {id}"
        );
    }
}
