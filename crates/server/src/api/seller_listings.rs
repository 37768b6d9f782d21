//! The seller's listings: create and save drafts, publish and unpublish (LST-*, SHOP-1).
//!
//! Every save and publish runs the rule engine and returns its verdicts; publishing with a `block` verdict
//! is refused with 422 and the verdicts. Every update names the version it was based on, and a stale one is
//! refused with 409, so two seller-center tabs never overwrite each other silently. A seller only ever
//! sees and touches listings of their own shop; anything else is "not found".

use super::shop_documents::approved_names;
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::ApiJson,
    trust::{promotions, standing},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
};
use caravan_rules::{ListingContext, ShippingOptionTerms, ShippingTemplate};
use caravan_types::api::ErrorEnvelope;
use caravan_types::{
    Currency, ListingId,
    account::Role,
    listing::{Attribute, VariantProperty},
    listing_draft::{DraftImage, DraftSku, ListingDraft, PackageSize},
    seller_listing::{
        ListingFacts, ListingStatus, SellerListing, SellerListingSummary, ShippingTemplateView,
        ShopListingTitle, UpdateListingRequest, VersionRequest,
    },
    shop::{DocumentKind, ShopStatus},
    verdict::{Severity, Verdict},
};
use sqlx::{Row, Sqlite, SqliteConnection, Transaction, sqlite::SqliteRow};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/seller/listings", get(list_listings).post(create_listing))
        .route(
            "/seller/listings/{id}",
            get(get_listing).put(update_listing),
        )
        .route("/seller/listings/{id}/publish", post(publish_listing))
        .route("/seller/listings/{id}/unpublish", post(unpublish_listing))
        .route("/seller/listing-facts", get(get_listing_facts))
}

/// The caller's shop and its review status.
struct Shop {
    id: i64,
    status: ShopStatus,
}

async fn own_shop(state: &AppState, user: &CurrentUser) -> ApiResult<Shop> {
    require_role(user, &[Role::Seller])?;
    let row = sqlx::query("SELECT id, status FROM shops WHERE owner_id = ?")
        .bind(user.0.id.0)
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::Conflict {
            code: "no_shop",
            message: "open your shop before creating listings".to_owned(),
            fields: Vec::new(),
        })?;
    Ok(Shop {
        id: row.get("id"),
        status: shop_status(&row.get::<String, _>("status")),
    })
}

fn shop_status(text: &str) -> ShopStatus {
    match text {
        "approved" => ShopStatus::Approved,
        "rejected" => ShopStatus::Rejected,
        _ => ShopStatus::Pending,
    }
}

/// Gives the catalogue listings of shop `shop_id` seller-center records, as its seller's first visit would
/// (the demo's flash deals need them: a promotion holds seller-center listings to PRM-2).
pub(crate) async fn adopt_shop_catalogue(state: &AppState, shop_id: i64) -> ApiResult<()> {
    let status: String = sqlx::query_scalar("SELECT status FROM shops WHERE id = ?")
        .bind(shop_id)
        .fetch_one(&state.pool)
        .await?;
    let shop = Shop {
        id: shop_id,
        status: shop_status(&status),
    };
    adopt_catalogue_listings(state, &shop).await
}

fn parse_id(id: &str) -> ApiResult<i64> {
    id.parse().map_err(|_| AppError::NotFound("listing"))
}

#[utoipa::path(get, path = "/api/seller/listings", operation_id = "list_seller_listings", tag = "seller", responses((status = 200, description = "The seller's listings", body = Vec<SellerListingSummary>), (status = 403, description = "Not a seller", body = ErrorEnvelope)))]
pub(super) async fn list_listings(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<SellerListingSummary>>> {
    let shop = own_shop(&state, &user).await?;
    adopt_catalogue_listings(&state, &shop).await?;
    let rows = sqlx::query(
        "SELECT id, status, draft_json, version, block_count, warn_count, updated_at
         FROM seller_listings WHERE shop_id = ? ORDER BY updated_at DESC, id DESC",
    )
    .bind(shop.id)
    .fetch_all(&state.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let draft: ListingDraft = from_json(&row.get::<String, _>("draft_json"))?;
            Ok(SellerListingSummary {
                id: ListingId(row.get("id")),
                status: status_of(row)?,
                version: row.get("version"),
                block_count: u32::try_from(row.get::<i64, _>("block_count")).unwrap_or(0),
                warn_count: u32::try_from(row.get::<i64, _>("warn_count")).unwrap_or(0),
                updated_at: row.get("updated_at"),
                category_id: draft.category_id,
                currency: draft.currency,
                price_minor: draft.skus.iter().map(|sku| sku.price_minor).min(),
                stock: draft.skus.iter().map(|sku| sku.stock.max(0)).sum(),
                sku_count: u32::try_from(draft.skus.len()).unwrap_or(u32::MAX),
                image_url: draft.images.first().map(|image| image.url.clone()),
                title: draft.title,
            })
        })
        .collect::<ApiResult<Vec<_>>>()
        .map(Json)
}

#[utoipa::path(get, path = "/api/seller/listing-facts", tag = "seller", responses((status = 200, description = "What the listing rules know about the shop beyond a draft", body = ListingFacts), (status = 409, description = "No shop yet", body = ErrorEnvelope)))]
pub(super) async fn get_listing_facts(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<ListingFacts>> {
    let shop = own_shop(&state, &user).await?;
    adopt_catalogue_listings(&state, &shop).await?;
    let templates =
        sqlx::query("SELECT id, name FROM shipping_templates WHERE shop_id = ? ORDER BY id")
            .bind(shop.id)
            .fetch_all(&state.pool)
            .await?;
    let mut shipping_templates = Vec::with_capacity(templates.len());
    for row in &templates {
        let id: i64 = row.get("id");
        shipping_templates.push(ShippingTemplateView {
            id,
            name: row.get("name"),
            template: template_terms(&state, id).await?,
        });
    }
    let titles = sqlx::query(
        "SELECT id, json_extract(draft_json, '$.category_id') AS category_id,
                json_extract(draft_json, '$.title') AS title
         FROM seller_listings WHERE shop_id = ? ORDER BY id",
    )
    .bind(shop.id)
    .fetch_all(&state.pool)
    .await?
    .iter()
    .map(|row| ShopListingTitle {
        id: ListingId(row.get("id")),
        category_id: row
            .get::<Option<i64>, _>("category_id")
            .map(caravan_types::CategoryId),
        title: row.get::<Option<String>, _>("title").unwrap_or_default(),
    })
    .collect();
    Ok(Json(ListingFacts {
        shop_status: shop.status,
        licences: approved_names(&state.pool, shop.id, DocumentKind::Licence).await?,
        qualifications: approved_names(&state.pool, shop.id, DocumentKind::Qualification).await?,
        authorised_brands: approved_names(&state.pool, shop.id, DocumentKind::Brand).await?,
        shipping_templates,
        titles,
        policy_version: state.rules.version().to_owned(),
    }))
}

/// A template's options as the rules see them, cheapest class first (the order the rules report in).
async fn template_terms(state: &AppState, template: i64) -> ApiResult<ShippingTemplate> {
    let options = sqlx::query(
        "SELECT class, cost_minor, min_days, max_days FROM shipping_rates WHERE template_id = ?",
    )
    .bind(template)
    .fetch_all(&state.pool)
    .await?
    .iter()
    .map(|rate| {
        let class: String = rate.get("class");
        Ok(ShippingOptionTerms {
            class: class.parse().map_err(
                |e: caravan_types::logistics::UnknownLogisticsClass| {
                    AppError::Internal(e.to_string())
                },
            )?,
            cost_minor: rate.get("cost_minor"),
            min_days: u32::try_from(rate.get::<i64, _>("min_days")).unwrap_or(0),
            max_days: u32::try_from(rate.get::<i64, _>("max_days")).unwrap_or(0),
        })
    })
    .collect::<ApiResult<Vec<_>>>()?;
    Ok(ShippingTemplate { options })
}

#[utoipa::path(post, path = "/api/seller/listings", tag = "seller", request_body = ListingDraft, responses((status = 201, description = "Draft saved with its verdicts", body = SellerListing), (status = 400, description = "Bad input", body = ErrorEnvelope)))]
pub(super) async fn create_listing(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(mut draft): ApiJson<ListingDraft>,
) -> ApiResult<(StatusCode, Json<SellerListing>)> {
    let shop = own_shop(&state, &user).await?;
    normalize_images(&state, &mut draft).await?;
    let verdicts = check(&state, &shop, &draft, None).await?;
    let now = state.clock.now();
    let (blocks, warns) = counts(&verdicts);
    // Listing ids are shared with the catalogue (a published listing keeps its id there), so a new id must be
    // free in both tables; the write lock makes the choice and the insert one step.
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO seller_listings (id, shop_id, status, draft_json, version, policy_version, verdicts_json,
            block_count, warn_count, created_at, updated_at)
         VALUES ((SELECT max(coalesce((SELECT max(id) FROM listings), 0),
                             coalesce((SELECT max(id) FROM seller_listings), 0)) + 1),
                 ?, 'draft', ?, 1, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(shop.id)
    .bind(to_json(&draft)?)
    .bind(state.rules.version())
    .bind(to_json(&verdicts)?)
    .bind(blocks)
    .bind(warns)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(SellerListing {
            id: ListingId(id),
            status: ListingStatus::Draft,
            version: 1,
            draft,
            policy_version: state.rules.version().to_owned(),
            verdicts,
            updated_at: now,
        }),
    ))
}

#[utoipa::path(get, path = "/api/seller/listings/{id}", operation_id = "get_seller_listing", tag = "seller", params(("id" = i64, Path, description = "Listing id")), responses((status = 200, description = "The draft and fresh verdicts", body = SellerListing), (status = 404, description = "Not one of the seller's listings", body = ErrorEnvelope)))]
pub(super) async fn get_listing(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<SellerListing>> {
    let shop = own_shop(&state, &user).await?;
    let id = parse_id(&id)?;
    adopt_catalogue_listings(&state, &shop).await?;
    let row = load(&state, &shop, id).await?;
    // Verdicts are recomputed: the policy may have changed since the last save.
    let draft: ListingDraft = from_json(&row.get::<String, _>("draft_json"))?;
    let verdicts = check(&state, &shop, &draft, Some(id)).await?;
    Ok(Json(SellerListing {
        id: ListingId(id),
        status: status_of(&row)?,
        version: row.get("version"),
        draft,
        verdicts,
        policy_version: state.rules.version().to_owned(),
        updated_at: row.get("updated_at"),
    }))
}

#[utoipa::path(put, path = "/api/seller/listings/{id}", tag = "seller", params(("id" = i64, Path, description = "Listing id")), request_body = UpdateListingRequest, responses((status = 200, description = "Saved; version + 1", body = SellerListing), (status = 409, description = "Stale version", body = ErrorEnvelope)))]
pub(super) async fn update_listing(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(mut request): ApiJson<UpdateListingRequest>,
) -> ApiResult<Json<SellerListing>> {
    let shop = own_shop(&state, &user).await?;
    let id = parse_id(&id)?;
    let row = load(&state, &shop, id).await?;
    normalize_images(&state, &mut request.draft).await?;
    let verdicts = check(&state, &shop, &request.draft, Some(id)).await?;
    let now = state.clock.now();
    let (blocks, warns) = counts(&verdicts);
    let mut tx = crate::db::begin_write(&state.pool).await?;
    // PRM-2 … PRM-5: goods committed to an approved promotion keep its terms; checked under the write lock
    // so an approval cannot slip in between.
    refuse_promotion_breach(&mut tx, &state, &shop, id, Some(&request.draft), now).await?;
    // The version check and the write are one statement, so two racing saves cannot both win.
    let updated = sqlx::query(
        "UPDATE seller_listings SET draft_json = ?, version = version + 1, policy_version = ?,
            verdicts_json = ?, block_count = ?, warn_count = ?, updated_at = ?
         WHERE id = ? AND shop_id = ? AND version = ?",
    )
    .bind(to_json(&request.draft)?)
    .bind(state.rules.version())
    .bind(to_json(&verdicts)?)
    .bind(blocks)
    .bind(warns)
    .bind(now)
    .bind(id)
    .bind(shop.id)
    .bind(request.version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        tx.rollback().await?;
        return Err(AppError::StaleVersion {
            current: current_version(&state, id).await?,
        });
    }
    tx.commit().await?;
    Ok(Json(SellerListing {
        id: ListingId(id),
        status: status_of(&row)?,
        version: request.version + 1,
        draft: request.draft,
        verdicts,
        policy_version: state.rules.version().to_owned(),
        updated_at: now,
    }))
}

#[utoipa::path(post, path = "/api/seller/listings/{id}/publish", tag = "seller", params(("id" = i64, Path, description = "Listing id")), request_body = VersionRequest, responses((status = 200, description = "Published", body = SellerListing), (status = 409, description = "Stale version", body = ErrorEnvelope), (status = 422, description = "Blocked by the rules; the verdicts say why", body = ErrorEnvelope)))]
pub(super) async fn publish_listing(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<VersionRequest>,
) -> ApiResult<Json<SellerListing>> {
    let shop = own_shop(&state, &user).await?;
    let id = parse_id(&id)?;
    let row = load(&state, &shop, id).await?;
    if row.get::<i64, _>("version") != request.version {
        return Err(AppError::StaleVersion {
            current: row.get("version"),
        });
    }
    if status_of(&row)? == ListingStatus::Suspended {
        return Err(AppError::Forbidden {
            code: "listing_suspended",
            message: "a suspended listing cannot be published; appeal the decision first"
                .to_owned(),
        });
    }
    let draft: ListingDraft = from_json(&row.get::<String, _>("draft_json"))?;
    let verdicts = check(&state, &shop, &draft, Some(id)).await?;
    if verdicts.iter().any(Verdict::blocks) {
        return Err(AppError::BlockedByRules(verdicts));
    }
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    // PEN-1: a restricted, suspended or closed shop publishes nothing.
    standing::of_shop(&mut tx, &state.rules, shop.id, now)
        .await?
        .require_publish()?;
    refuse_promotion_breach(&mut tx, &state, &shop, id, Some(&draft), now).await?;
    write_catalogue(&mut tx, &state, shop.id, id, &draft, now).await?;
    let (blocks, warns) = counts(&verdicts);
    let updated = sqlx::query(
        "UPDATE seller_listings SET status = 'published', version = version + 1, policy_version = ?,
            verdicts_json = ?, block_count = ?, warn_count = ?, updated_at = ?
         WHERE id = ? AND version = ?",
    )
    .bind(state.rules.version())
    .bind(to_json(&verdicts)?)
    .bind(blocks)
    .bind(warns)
    .bind(now)
    .bind(id)
    .bind(request.version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        // Another tab saved between our read and this write: nothing of this publish stays.
        tx.rollback().await?;
        return Err(AppError::StaleVersion {
            current: current_version(&state, id).await?,
        });
    }
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    Ok(Json(SellerListing {
        id: ListingId(id),
        status: ListingStatus::Published,
        version: request.version + 1,
        draft,
        verdicts,
        policy_version: state.rules.version().to_owned(),
        updated_at: now,
    }))
}

#[utoipa::path(post, path = "/api/seller/listings/{id}/unpublish", tag = "seller", params(("id" = i64, Path, description = "Listing id")), request_body = VersionRequest, responses((status = 200, description = "Back to draft", body = SellerListing), (status = 409, description = "Stale version or not published", body = ErrorEnvelope)))]
pub(super) async fn unpublish_listing(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<VersionRequest>,
) -> ApiResult<Json<SellerListing>> {
    let shop = own_shop(&state, &user).await?;
    let id = parse_id(&id)?;
    load(&state, &shop, id).await?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    // Taking goods out of the catalogue would take them out of their promotions (PRM-2).
    refuse_promotion_breach(&mut tx, &state, &shop, id, None, now).await?;
    let updated = sqlx::query(
        "UPDATE seller_listings SET status = 'draft', version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status = 'published'",
    )
    .bind(now)
    .bind(id)
    .bind(request.version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        tx.rollback().await?;
        let current = current_version(&state, id).await?;
        return Err(if current == request.version {
            AppError::Conflict {
                code: "not_published",
                message: "only a published listing can be unpublished".to_owned(),
                fields: Vec::new(),
            }
        } else {
            AppError::StaleVersion { current }
        });
    }
    sqlx::query("UPDATE listings SET status = 'draft', updated_at = ? WHERE id = ?")
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    get_listing(State(state), user, Path(id.to_string())).await
}

/// Refuses (422, with the verdicts) an edit of a listing that breaks the commitments of an approved promotion
/// it is in (PRM-2 … PRM-5); `after` is `None` when the listing leaves the catalogue.
async fn refuse_promotion_breach(
    conn: &mut SqliteConnection,
    state: &AppState,
    shop: &Shop,
    id: i64,
    after: Option<&ListingDraft>,
    now: i64,
) -> ApiResult<()> {
    let verdicts =
        promotions::check_listing_edit(conn, &state.rules, shop.id, id, after, None, now).await?;
    if verdicts.iter().any(Verdict::blocks) {
        return Err(AppError::BlockedByRules(verdicts));
    }
    Ok(())
}

/// The seller-listing row, if it belongs to `shop`; otherwise "not found", whoever owns it.
async fn load(state: &AppState, shop: &Shop, id: i64) -> ApiResult<SqliteRow> {
    sqlx::query("SELECT * FROM seller_listings WHERE id = ? AND shop_id = ?")
        .bind(id)
        .bind(shop.id)
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::NotFound("listing"))
}

async fn current_version(state: &AppState, id: i64) -> ApiResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT version FROM seller_listings WHERE id = ?")
            .bind(id)
            .fetch_optional(&state.pool)
            .await?
            .unwrap_or(0),
    )
}

fn status_of(row: &SqliteRow) -> ApiResult<ListingStatus> {
    let status: String = row.get("status");
    ListingStatus::from_name(&status)
        .ok_or_else(|| AppError::Internal(format!("stored listing status `{status}` is unknown")))
}

fn counts(verdicts: &[Verdict]) -> (i64, i64) {
    let blocks = verdicts
        .iter()
        .filter(|v| v.severity == Severity::Block)
        .count();
    let blocks = i64::try_from(blocks).unwrap_or(i64::MAX);
    let total = i64::try_from(verdicts.len()).unwrap_or(i64::MAX);
    (blocks, total - blocks)
}

fn to_json<T: serde::Serialize>(value: &T) -> ApiResult<String> {
    serde_json::to_string(value).map_err(|e| AppError::Internal(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> ApiResult<T> {
    serde_json::from_str(text)
        .map_err(|e| AppError::Internal(format!("stored draft is unreadable: {e}")))
}

/// Replaces what the client claims about each picture with what the server measured, and refuses pictures
/// the server did not store: the rules judge LST-7 on facts, never on the client's word.
async fn normalize_images(state: &AppState, draft: &mut ListingDraft) -> ApiResult<()> {
    let dir = state.media_dir.as_ref().clone();
    let images = std::mem::take(&mut draft.images);
    let measured = tokio::task::spawn_blocking(move || {
        images
            .into_iter()
            .enumerate()
            .map(|(index, mut image)| {
                if let Some((bytes, width, height, mime)) =
                    crate::uploads::measure(&dir, &image.url)
                {
                    (image.bytes, image.width, image.height) = (bytes, width, height);
                    image.mime = mime.to_owned();
                    Ok(image)
                } else if let Some(bytes) = crate::media::demo_image_bytes(&image.url) {
                    // Generated demo pictures: 800 px squares, SVG.
                    (image.bytes, image.width, image.height) = (bytes, 800, 800);
                    image.mime = "image/svg+xml".to_owned();
                    Ok(image)
                } else {
                    Err(index)
                }
            })
            .collect::<Result<Vec<DraftImage>, usize>>()
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    draft.images = measured.map_err(|index| {
        AppError::bad_field(
            &format!("images[{index}].url"),
            "not_uploaded",
            "upload the picture first; listings show only pictures stored on Caravan",
        )
    })?;
    Ok(())
}

/// Runs the rules with everything the server knows about the shop and catalogue.
async fn check(
    state: &AppState,
    shop: &Shop,
    draft: &ListingDraft,
    this_listing: Option<i64>,
) -> ApiResult<Vec<Verdict>> {
    let ctx = context(state, shop, draft, this_listing).await?;
    Ok(state.rules.check_listing(draft, &ctx))
}

async fn context(
    state: &AppState,
    shop: &Shop,
    draft: &ListingDraft,
    this_listing: Option<i64>,
) -> ApiResult<ListingContext> {
    let category_path: Vec<String> = match draft.category_id {
        Some(category) => sqlx::query_scalar(
            "WITH RECURSIVE path(id, parent_id, slug, depth) AS (
                 SELECT id, parent_id, slug, 0 FROM categories WHERE id = ?
                 UNION ALL
                 SELECT c.id, c.parent_id, c.slug, path.depth + 1 FROM categories c JOIN path ON c.id = path.parent_id
             )
             SELECT slug FROM path ORDER BY depth DESC",
        )
        .bind(category.0)
        .fetch_all(&state.pool)
        .await?,
        None => Vec::new(),
    };
    let sibling_titles: Vec<String> = match draft.category_id {
        Some(category) => {
            sqlx::query_scalar(
                "SELECT json_extract(draft_json, '$.title') FROM seller_listings
             WHERE shop_id = ? AND id <> ? AND json_extract(draft_json, '$.category_id') = ? ORDER BY id",
            )
            .bind(shop.id)
            .bind(this_listing.unwrap_or(0))
            .bind(category.0)
            .fetch_all(&state.pool)
            .await?
        }
        None => Vec::new(),
    };
    let shipping = match draft.shipping_template_id {
        Some(template) => {
            let owned: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM shipping_templates WHERE id = ? AND shop_id = ?",
            )
            .bind(template)
            .bind(shop.id)
            .fetch_optional(&state.pool)
            .await?;
            if owned.is_none() {
                return Err(AppError::bad_field(
                    "shipping_template_id",
                    "not_yours",
                    "choose one of your shop's shipping templates",
                ));
            }
            Some(template_terms(state, template).await?)
        }
        None => None,
    };
    Ok(ListingContext {
        category_path,
        shop_status: Some(shop.status),
        licences: approved_names(&state.pool, shop.id, DocumentKind::Licence).await?,
        qualifications: approved_names(&state.pool, shop.id, DocumentKind::Qualification).await?,
        authorised_brands: approved_names(&state.pool, shop.id, DocumentKind::Brand).await?,
        sibling_titles,
        shipping,
        usd_rate_micros: (draft.currency == Currency::USD).then_some(1_000_000),
        unit_cost_minor: None,
    })
}

/// Writes a checked draft into the catalogue tables under the listing's id, keeping its sales figures and,
/// by position, its SKU ids (orders refer to them). A SKU's stock moves by the seller's change to the figure
/// they last published, so units sold since then stay sold.
async fn write_catalogue(
    tx: &mut Transaction<'_, Sqlite>,
    state: &AppState,
    shop_id: i64,
    id: i64,
    draft: &ListingDraft,
    now: i64,
) -> ApiResult<()> {
    let category = draft
        .category_id
        .ok_or_else(|| AppError::Internal("a publishable draft has a category".to_owned()))?;
    let min_price = draft
        .skus
        .iter()
        .map(|sku| sku.discount_price_minor.unwrap_or(sku.price_minor))
        .min()
        .ok_or_else(|| AppError::Internal("a publishable draft has SKUs".to_owned()))?;
    let total_stock: i64 = draft.skus.iter().map(|sku| sku.stock).sum();
    let free_shipping: bool = match draft.shipping_template_id {
        Some(template) => sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM shipping_rates WHERE template_id = ? AND cost_minor = 0)",
        )
        .bind(template)
        .fetch_one(&mut **tx)
        .await?,
        None => false,
    };
    sqlx::query(
        "INSERT INTO listings (id, shop_id, category_id, status, title, description, brand, currency,
            weight_grams, length_cm_hundredths, width_cm_hundredths, height_cm_hundredths, handling_days,
            shipping_template_id, variant_properties, attributes, min_price_minor, total_stock, free_shipping,
            policy_version, created_at, updated_at)
         VALUES (?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
            category_id = excluded.category_id, status = 'published', title = excluded.title,
            description = excluded.description, brand = excluded.brand, currency = excluded.currency,
            weight_grams = excluded.weight_grams, length_cm_hundredths = excluded.length_cm_hundredths,
            width_cm_hundredths = excluded.width_cm_hundredths, height_cm_hundredths = excluded.height_cm_hundredths,
            handling_days = excluded.handling_days, shipping_template_id = excluded.shipping_template_id,
            variant_properties = excluded.variant_properties, attributes = excluded.attributes,
            min_price_minor = excluded.min_price_minor, total_stock = excluded.total_stock,
            free_shipping = excluded.free_shipping, policy_version = excluded.policy_version,
            version = listings.version + 1, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(shop_id)
    .bind(category.0)
    .bind(draft.title.trim())
    .bind(caravan_rules::sanitize_description(&draft.description, &state.rules.policy().platform_hosts))
    .bind(draft.brand.as_deref())
    .bind(draft.currency.code())
    .bind(draft.weight_grams)
    .bind(draft.package.length_cm_hundredths)
    .bind(draft.package.width_cm_hundredths)
    .bind(draft.package.height_cm_hundredths)
    .bind(draft.handling_days)
    .bind(draft.shipping_template_id)
    .bind(to_json(&draft.variant_properties)?)
    .bind(to_json(&draft.attributes)?)
    .bind(min_price)
    .bind(total_stock)
    .bind(free_shipping)
    .bind(state.rules.version())
    .bind(now)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    for (position, sku) in draft.skus.iter().enumerate() {
        sqlx::query(
            "INSERT INTO skus (listing_id, position, code, options, price_minor, discount_price_minor, stock,
                published_stock, image_index)
             VALUES (?, ?, ?, ?, ?, ?, ?7, ?7, ?)
             ON CONFLICT (listing_id, position) DO UPDATE SET code = excluded.code, options = excluded.options,
                price_minor = excluded.price_minor, discount_price_minor = excluded.discount_price_minor,
                stock = CASE WHEN skus.code = excluded.code
                    THEN max(0, skus.stock + excluded.published_stock - coalesce(skus.published_stock, skus.stock))
                    ELSE excluded.stock END,
                published_stock = excluded.published_stock, image_index = excluded.image_index",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(&sku.code)
        .bind(to_json(&sku.options)?)
        .bind(sku.price_minor)
        .bind(sku.discount_price_minor)
        .bind(sku.stock)
        .bind(sku.image_index.map(i64::from))
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("DELETE FROM skus WHERE listing_id = ? AND position >= ?")
        .bind(id)
        .bind(i64::try_from(draft.skus.len()).unwrap_or(i64::MAX))
        .execute(&mut **tx)
        .await?;
    // Orders may have taken units since the draft was read: the listing's total is what the SKUs now hold.
    sqlx::query(
        "UPDATE listings SET total_stock = (SELECT coalesce(sum(stock), 0) FROM skus WHERE listing_id = ?1)
         WHERE id = ?1",
    )
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM listing_images WHERE listing_id = ?")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (position, image) in draft.images.iter().enumerate() {
        let thumb = if image.url.starts_with("/media/demo/") {
            format!("{}?size=thumb", image.url)
        } else {
            crate::uploads::thumb_url_of(&image.url).unwrap_or_else(|| image.url.clone())
        };
        sqlx::query(
            "INSERT INTO listing_images (listing_id, position, url, thumb_url, width, height) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(&image.url)
        .bind(thumb)
        .bind(image.width)
        .bind(image.height)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Gives every catalogue listing of the shop that has no seller-center record (the demo catalogue) one,
/// with a draft rebuilt from the catalogue rows, so the seller can edit it like any other.
async fn adopt_catalogue_listings(state: &AppState, shop: &Shop) -> ApiResult<()> {
    let orphans: Vec<i64> = sqlx::query_scalar(
        "SELECT l.id FROM listings l WHERE l.shop_id = ?
         AND NOT EXISTS (SELECT 1 FROM seller_listings s WHERE s.id = l.id)",
    )
    .bind(shop.id)
    .fetch_all(&state.pool)
    .await?;
    if orphans.is_empty() {
        return Ok(());
    }
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let mut adopted = Vec::with_capacity(orphans.len());
    for id in orphans {
        let row = sqlx::query("SELECT * FROM listings WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        let draft = draft_from_catalogue(&mut tx, &row).await?;
        // The adopted draft's stock figures are the baseline later publishes move from.
        sqlx::query("UPDATE skus SET published_stock = stock WHERE listing_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let status = if row.get::<String, _>("status") == "published" {
            "published"
        } else {
            "draft"
        };
        sqlx::query(
            "INSERT INTO seller_listings (id, shop_id, status, draft_json, version, policy_version, created_at, updated_at)
             VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        )
        .bind(id)
        .bind(shop.id)
        .bind(status)
        .bind(to_json(&draft)?)
        .bind(state.rules.version())
        .bind(row.get::<i64, _>("created_at"))
        .bind(row.get::<i64, _>("updated_at"))
        .execute(&mut *tx)
        .await?;
        adopted.push((id, draft));
    }
    tx.commit().await?;
    // The listings table shows each listing's verdict counts, so adopted listings are judged once now
    // (outside the write transaction: the checks read the shop's documents and templates).
    for (id, draft) in adopted {
        let verdicts = check(state, shop, &draft, Some(id)).await?;
        let (blocks, warns) = counts(&verdicts);
        sqlx::query(
            "UPDATE seller_listings SET verdicts_json = ?, block_count = ?, warn_count = ? WHERE id = ? AND version = 1",
        )
        .bind(to_json(&verdicts)?)
        .bind(blocks)
        .bind(warns)
        .bind(id)
        .execute(&state.pool)
        .await?;
    }
    Ok(())
}

async fn draft_from_catalogue(
    tx: &mut Transaction<'_, Sqlite>,
    row: &SqliteRow,
) -> ApiResult<ListingDraft> {
    let id: i64 = row.get("id");
    let images = sqlx::query(
        "SELECT url, width, height FROM listing_images WHERE listing_id = ? ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|img| {
        let url: String = img.get("url");
        DraftImage {
            bytes: crate::media::demo_image_bytes(&url).unwrap_or(0),
            mime: if url.ends_with(".svg") {
                "image/svg+xml"
            } else {
                "image/jpeg"
            }
            .to_owned(),
            url,
            width: u32::try_from(img.get::<i64, _>("width")).unwrap_or(0),
            height: u32::try_from(img.get::<i64, _>("height")).unwrap_or(0),
        }
    })
    .collect();
    let skus = sqlx::query(
        "SELECT code, options, price_minor, discount_price_minor, stock, image_index FROM skus
         WHERE listing_id = ? ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|sku| {
        Ok(DraftSku {
            code: sku.get("code"),
            options: from_json(&sku.get::<String, _>("options"))?,
            price_minor: sku.get("price_minor"),
            discount_price_minor: sku.get("discount_price_minor"),
            stock: sku.get("stock"),
            image_index: sku
                .get::<Option<i64>, _>("image_index")
                .and_then(|i| u16::try_from(i).ok()),
        })
    })
    .collect::<ApiResult<Vec<_>>>()?;
    let currency: String = row.get("currency");
    let variant_properties: Vec<VariantProperty> =
        from_json(&row.get::<String, _>("variant_properties"))?;
    let attributes: Vec<Attribute> = from_json(&row.get::<String, _>("attributes"))?;
    Ok(ListingDraft {
        title: row.get("title"),
        category_id: Some(caravan_types::CategoryId(row.get("category_id"))),
        brand: row.get("brand"),
        description: row.get("description"),
        images,
        attributes,
        variant_properties,
        skus,
        currency: currency
            .parse()
            .map_err(|e: caravan_types::CurrencyError| AppError::Internal(e.to_string()))?,
        weight_grams: row.get("weight_grams"),
        package: PackageSize {
            length_cm_hundredths: row.get("length_cm_hundredths"),
            width_cm_hundredths: row.get("width_cm_hundredths"),
            height_cm_hundredths: row.get("height_cm_hundredths"),
        },
        handling_days: row.get("handling_days"),
        shipping_template_id: row.get("shipping_template_id"),
    })
}
