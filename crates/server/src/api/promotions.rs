//! The seller's promotions (PRM-1 … PRM-7): discounts and flash-deal applications with promotion stock,
//! edits under the PRM-2 commitments once approved, and withdrawal (with the PRM-2 sanction once approved).

use super::own_shop::{own_shop_id, path_id, text_field};
use crate::{
    AppState,
    auth::CurrentUser,
    error::{ApiResult, AppError},
    extract::ApiJson,
    trust::{
        penalties::{self, NewPenalty},
        promotions::{self, discount_columns, discount_magnitude, discount_of},
        standing,
    },
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
};
use caravan_rules::{
    Engine,
    promotion::{FlashSession as RuleSession, PromotedListing, PromotionSkuTerms},
    time::DAY,
};
use caravan_types::{
    ListingId, ShopId,
    api::{ErrorEnvelope, FieldError},
    listing_draft::ListingDraft,
    penalty::PenaltyLevel,
    promotion::{
        Discount, ListingCommitment, Promotion, PromotionItem, PromotionItemRequest, PromotionKind,
        PromotionRequest, PromotionStatus, PromotionUpdate, WithdrawnPromotion,
    },
};
use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};
use std::collections::{BTreeMap, BTreeSet};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/seller/promotions",
            get(list_promotions).post(create_promotion),
        )
        .route(
            "/seller/promotions/{id}",
            get(get_promotion).put(update_promotion),
        )
        .route("/seller/promotions/{id}/withdraw", post(withdraw_promotion))
        .route(
            "/seller/listings/{id}/promotion-commitments",
            get(list_listing_commitments),
        )
}

#[utoipa::path(get, path = "/api/seller/listings/{id}/promotion-commitments", tag = "seller", params(("id" = i64, Path, description = "Listing id")), responses((status = 200, description = "The approved, unfinished promotions the listing is committed to (PRM-2), each with the listing as approved; empty when none", body = Vec<ListingCommitment>), (status = 404, description = "Not one of the shop's listings", body = ErrorEnvelope)))]
pub(super) async fn list_listing_commitments(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<ListingCommitment>>> {
    let shop = own_shop_id(&state, &user).await?;
    let id = path_id(&id, "listing")?;
    let mut conn = state.pool.acquire().await?;
    let owned: Option<i64> =
        sqlx::query_scalar("SELECT id FROM seller_listings WHERE id = ? AND shop_id = ?")
            .bind(id)
            .bind(shop)
            .fetch_optional(&mut *conn)
            .await?;
    if owned.is_none() {
        return Err(AppError::NotFound("listing"));
    }
    Ok(Json(
        promotions::commitments(&mut conn, shop, id, None, state.clock.now()).await?,
    ))
}

/// Most SKUs one promotion may enrol.
const MAX_ITEMS: usize = 100;
/// Longest discount period.
const MAX_DAYS: i64 = 90;
/// How far in the past a start may lie (a form submitted a little late); it is then moved to now.
const START_SLACK_SECONDS: i64 = 600;

#[utoipa::path(get, path = "/api/seller/promotions", tag = "seller", responses((status = 200, description = "The shop's promotions, newest first", body = Vec<Promotion>), (status = 403, description = "Not a seller", body = ErrorEnvelope)))]
pub(super) async fn list_promotions(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<Promotion>>> {
    let shop = own_shop_id(&state, &user).await?;
    let mut conn = state.pool.acquire().await?;
    let rows = sqlx::query(
        "SELECT * FROM promotions WHERE shop_id = ? ORDER BY created_at DESC, id DESC LIMIT 200",
    )
    .bind(shop)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for row in &rows {
        out.push(view(&mut conn, row, state.clock.now()).await?);
    }
    Ok(Json(out))
}

#[utoipa::path(get, path = "/api/seller/promotions/{id}", tag = "seller", params(("id" = i64, Path, description = "Promotion id")), responses((status = 200, description = "The promotion", body = Promotion), (status = 404, description = "Not one of the shop's promotions", body = ErrorEnvelope)))]
pub(super) async fn get_promotion(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Promotion>> {
    let shop = own_shop_id(&state, &user).await?;
    let id = path_id(&id, "promotion")?;
    let mut conn = state.pool.acquire().await?;
    let row = own_promotion(&mut conn, shop, id).await?;
    Ok(Json(view(&mut conn, &row, state.clock.now()).await?))
}

#[utoipa::path(post, path = "/api/seller/promotions", tag = "seller", request_body = PromotionRequest, responses((status = 201, description = "Submitted for review (PRM-1)", body = Promotion), (status = 400, description = "Bad input", body = ErrorEnvelope), (status = 403, description = "Restricted or banned from promotions", body = ErrorEnvelope), (status = 409, description = "A SKU is already in a promotion at that time", body = ErrorEnvelope), (status = 422, description = "PRM-7: the flash session is full", body = ErrorEnvelope)))]
pub(super) async fn create_promotion(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<PromotionRequest>,
) -> ApiResult<(StatusCode, Json<Promotion>)> {
    let shop = own_shop_id(&state, &user).await?;
    let name = text_field("name", &request.name, 1, 80)?;
    let now = state.clock.now();
    let (starts_at, ends_at) = period(&state.rules, &request, now)?;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    standing::of_shop(&mut tx, &state.rules, shop, now)
        .await?
        .require_promote()?;
    let currency = check_items(&mut tx, shop, &request.items, request.discount).await?;
    refuse_overlap(&mut tx, None, &request.items, starts_at, ends_at).await?;
    if request.kind == PromotionKind::FlashDeal {
        check_flash_session(
            &mut tx,
            &state.rules,
            None,
            starts_at,
            ends_at,
            &request.items,
        )
        .await?;
    }
    let (discount_type, discount_value) = discount_columns(request.discount);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO promotions (shop_id, kind, name, discount_type, discount_value, currency, starts_at, ends_at,
            status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
    )
    .bind(shop)
    .bind(request.kind.as_str())
    .bind(name)
    .bind(discount_type)
    .bind(discount_value)
    .bind(currency)
    .bind(starts_at)
    .bind(ends_at)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    insert_items(&mut tx, id, &request.items).await?;
    let row = own_promotion(&mut tx, shop, id).await?;
    let promotion = view(&mut tx, &row, now).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(promotion)))
}

#[utoipa::path(put, path = "/api/seller/promotions/{id}", tag = "seller", params(("id" = i64, Path, description = "Promotion id")), request_body = PromotionUpdate, responses((status = 200, description = "Saved; version + 1", body = Promotion), (status = 409, description = "Stale version, closed, or a frozen term changed", body = ErrorEnvelope), (status = 422, description = "PRM-2: lower stock, smaller discount or leaving", body = ErrorEnvelope)))]
pub(super) async fn update_promotion(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(update): ApiJson<PromotionUpdate>,
) -> ApiResult<Json<Promotion>> {
    let shop = own_shop_id(&state, &user).await?;
    let id = path_id(&id, "promotion")?;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row = own_promotion(&mut tx, shop, id).await?;
    if row.get::<i64, _>("version") != update.version {
        return Err(AppError::StaleVersion {
            current: row.get("version"),
        });
    }
    let status = status_of(&row)?;
    let (starts_at, ends_at): (i64, i64) = (row.get("starts_at"), row.get("ends_at"));
    if ends_at <= now || !matches!(status, PromotionStatus::Pending | PromotionStatus::Approved) {
        return Err(closed());
    }
    check_items(&mut tx, shop, &update.items, update.discount).await?;
    if status == PromotionStatus::Approved {
        let current = discount_of(&row)?;
        let current_items = items_of(&mut tx, id).await?;
        let known: BTreeSet<(i64, String)> = current_items
            .iter()
            .filter(|i| i.removed_rule.is_none())
            .map(|i| (i.listing_id.0, i.sku_code.clone()))
            .collect();
        let added = update
            .items
            .iter()
            .any(|i| !known.contains(&(i.listing_id.0, i.sku_code.clone())));
        if std::mem::discriminant(&current) != std::mem::discriminant(&update.discount) || added {
            return Err(AppError::Conflict {
                code: "promotion_terms_frozen",
                message: "once approved, a promotion keeps its goods and discount type; only more stock or a deeper discount can be saved".to_owned(),
                fields: Vec::new(),
            });
        }
        let verdicts =
            approved_edit_verdicts(&mut tx, &state.rules, shop, id, current, &update).await?;
        if !verdicts.is_empty() {
            return Err(AppError::BlockedByRules(verdicts));
        }
        for item in &update.items {
            sqlx::query(
                "UPDATE promotion_items SET promo_stock = ? WHERE promotion_id = ? AND listing_id = ? AND sku_code = ?",
            )
            .bind(item.promo_stock)
            .bind(id)
            .bind(item.listing_id.0)
            .bind(&item.sku_code)
            .execute(&mut *tx)
            .await?;
        }
    } else {
        refuse_overlap(&mut tx, Some(id), &update.items, starts_at, ends_at).await?;
        if row.get::<String, _>("kind") == PromotionKind::FlashDeal.as_str() {
            check_flash_session(
                &mut tx,
                &state.rules,
                Some(id),
                starts_at,
                ends_at,
                &update.items,
            )
            .await?;
        }
        sqlx::query("DELETE FROM promotion_items WHERE promotion_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        insert_items(&mut tx, id, &update.items).await?;
    }
    let (discount_type, discount_value) = discount_columns(update.discount);
    sqlx::query(
        "UPDATE promotions SET discount_type = ?, discount_value = ?, version = version + 1, updated_at = ?
         WHERE id = ?",
    )
    .bind(discount_type)
    .bind(discount_value)
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let row = own_promotion(&mut tx, shop, id).await?;
    let promotion = view(&mut tx, &row, now).await?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    Ok(Json(promotion))
}

/// PRM-2 on an edit of an approved promotion: for each listing, its current terms against the new ones.
async fn approved_edit_verdicts(
    conn: &mut SqliteConnection,
    engine: &Engine,
    shop: i64,
    id: i64,
    current: Discount,
    update: &PromotionUpdate,
) -> ApiResult<Vec<caravan_types::verdict::Verdict>> {
    let listings: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT listing_id FROM promotion_items WHERE promotion_id = ? AND removed_at IS NULL",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let brands = promotions::authorised_brands(conn, shop).await?;
    let mut verdicts = Vec::new();
    for listing in listings {
        let draft = seller_draft(conn, listing).await?;
        let shipping = promotions::cheapest_shipping(conn, draft.shipping_template_id).await?;
        let before = promotions::enrolment(conn, id, listing, current).await?;
        let after: Vec<PromotionSkuTerms> = update
            .items
            .iter()
            .filter(|i| i.listing_id.0 == listing)
            .map(|i| PromotionSkuTerms {
                sku_code: i.sku_code.clone(),
                promo_stock: i.promo_stock,
                discount_percent: discount_magnitude(update.discount),
            })
            .collect();
        let promoted = |enrolment| PromotedListing {
            listing: draft.clone(),
            shipping_cost_minor: shipping,
            enrolment,
            authorised_brands: brands.clone(),
        };
        verdicts.extend(engine.check_promotion_edit(
            &promoted(Some(before)),
            &promoted((!after.is_empty()).then_some(after)),
            &promotions::APPROVED_GOODS,
        ));
    }
    caravan_rules::sort_verdicts(&mut verdicts);
    verdicts.dedup();
    Ok(verdicts)
}

#[utoipa::path(post, path = "/api/seller/promotions/{id}/withdraw", tag = "seller", params(("id" = i64, Path, description = "Promotion id")), responses((status = 200, description = "Withdrawn; after approval with the PRM-2 sanction (removal and a promotion ban)", body = WithdrawnPromotion), (status = 409, description = "Ended, rejected or withdrawn already", body = ErrorEnvelope)))]
pub(super) async fn withdraw_promotion(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<WithdrawnPromotion>> {
    let shop = own_shop_id(&state, &user).await?;
    let id = path_id(&id, "promotion")?;
    let now = state.clock.now();
    let engine = &state.rules;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row = own_promotion(&mut tx, shop, id).await?;
    let status = status_of(&row)?;
    if row.get::<i64, _>("ends_at") <= now
        || !matches!(status, PromotionStatus::Pending | PromotionStatus::Approved)
    {
        return Err(closed());
    }
    let mut penalty = None;
    if status == PromotionStatus::Approved {
        // PRM-2: leaving approved goods' promotion; the verdicts and the sanction come from the rules.
        let mut verdicts = Vec::new();
        let listings: Vec<i64> = sqlx::query_scalar(
            "SELECT listing_id FROM promotion_listings WHERE promotion_id = ? ORDER BY listing_id",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        for listing in listings {
            verdicts.extend(
                promotions::check_listing_edit(&mut tx, engine, shop, listing, None, Some(id), now)
                    .await?,
            );
        }
        caravan_rules::sort_verdicts(&mut verdicts);
        verdicts.dedup();
        let sanction = engine.promotion_sanction(&verdicts, now);
        if sanction.remove {
            promotions::remove_goods(&mut tx, id, None, "PRM-2", now).await?;
        }
        if !verdicts.is_empty() {
            let name: String = row.get("name");
            let ids = penalties::record(
                &mut tx,
                engine,
                &NewPenalty {
                    shop_id: shop,
                    level: if sanction.ban_until.is_some() {
                        PenaltyLevel::PromotionBan
                    } else {
                        PenaltyLevel::Warning
                    },
                    rule: "PRM-2".to_owned(),
                    facts: format!("The shop withdrew from the promotion “{name}” after its goods were approved."),
                    verdicts,
                    automated: true,
                    issued_by: None,
                    expires_at: sanction.ban_until,
                    ip_strike: None,
                    listing_id: None,
                    promotion_id: Some(id),
                },
                now,
            )
            .await?;
            penalty = Some(penalties::load(&mut tx, ids[0], now).await?);
        }
    }
    sqlx::query(
        "UPDATE promotions SET status = 'withdrawn', version = version + 1, updated_at = ? WHERE id = ?",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let row = own_promotion(&mut tx, shop, id).await?;
    let promotion = view(&mut tx, &row, now).await?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    Ok(Json(WithdrawnPromotion { promotion, penalty }))
}

fn closed() -> AppError {
    AppError::Conflict {
        code: "promotion_closed",
        message: "the promotion has ended, was rejected or was withdrawn".to_owned(),
        fields: Vec::new(),
    }
}

/// The period a request asks for, checked: a discount runs 1 hour to 90 days and starts now or later; a
/// flash deal fills exactly one session of the PRM-7 schedule (sessions start every policy-hours from
/// midnight UTC).
fn period(engine: &Engine, request: &PromotionRequest, now: i64) -> ApiResult<(i64, i64)> {
    match request.kind {
        PromotionKind::Discount => {
            let ends_at = request.ends_at.ok_or_else(|| {
                AppError::bad_field("ends_at", "required", "a discount needs an end")
            })?;
            if request.starts_at < now - START_SLACK_SECONDS {
                return Err(AppError::bad_field(
                    "starts_at",
                    "in_past",
                    "a promotion cannot start in the past",
                ));
            }
            let starts_at = request.starts_at.max(now);
            if ends_at < starts_at + 3600 || ends_at - starts_at > MAX_DAYS * DAY {
                return Err(AppError::bad_field(
                    "ends_at",
                    "out_of_range",
                    format!("a discount runs from 1 hour to {MAX_DAYS} days"),
                ));
            }
            Ok((starts_at, ends_at))
        }
        PromotionKind::FlashDeal => {
            let length = session_length(engine);
            if request.starts_at.rem_euclid(length) != 0 || request.starts_at < now {
                return Err(AppError::bad_field(
                    "starts_at",
                    "not_a_session",
                    format!(
                        "a flash deal starts at a coming session: a multiple of {} hours from midnight UTC",
                        length / 3600
                    ),
                ));
            }
            let ends_at = request.starts_at + length;
            if request.ends_at.is_some_and(|e| e != ends_at) {
                return Err(AppError::bad_field(
                    "ends_at",
                    "not_a_session",
                    "a flash deal ends with its session",
                ));
            }
            Ok((request.starts_at, ends_at))
        }
    }
}

/// Seconds one flash session lasts (PRM-7).
pub(crate) fn session_length(engine: &Engine) -> i64 {
    i64::from(engine.policy().promotions.flash_session_hours).max(1) * 3600
}

/// Checks every item: a published listing of the shop, a SKU it has, promotion stock within the SKU's
/// stock, no SKU twice, one currency, and a discount that leaves each SKU a positive price. Returns the
/// currency.
async fn check_items(
    conn: &mut SqliteConnection,
    shop: i64,
    items: &[PromotionItemRequest],
    discount: Discount,
) -> ApiResult<String> {
    let mut fields = Vec::new();
    let mut field = |path: String, code: &str, message: &str| {
        fields.push(FieldError {
            path,
            code: code.to_owned(),
            message: message.to_owned(),
        });
    };
    if items.is_empty() || items.len() > MAX_ITEMS {
        return Err(AppError::bad_field(
            "items",
            "count",
            format!("enrol 1 to {MAX_ITEMS} SKUs"),
        ));
    }
    match discount {
        Discount::Percent { percent } if !(1..=90).contains(&percent) => {
            field(
                "discount.percent".to_owned(),
                "out_of_range",
                "take off 1 to 90 percent",
            );
        }
        Discount::Fixed { amount_minor } if amount_minor < 1 => {
            field(
                "discount.amount_minor".to_owned(),
                "out_of_range",
                "take off at least one minor unit",
            );
        }
        _ => {}
    }
    let mut seen = BTreeSet::new();
    let mut currency: Option<String> = None;
    for (i, item) in items.iter().enumerate() {
        if !seen.insert((item.listing_id.0, item.sku_code.clone())) {
            field(
                format!("items[{i}]"),
                "duplicate",
                "this SKU is listed twice",
            );
            continue;
        }
        let listing: Option<String> = sqlx::query_scalar(
            "SELECT l.currency FROM seller_listings s JOIN listings l ON l.id = s.id
             WHERE s.id = ? AND s.shop_id = ? AND s.status = 'published' AND l.status = 'published'",
        )
        .bind(item.listing_id.0)
        .bind(shop)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(listing_currency) = listing else {
            field(
                format!("items[{i}].listing_id"),
                "not_published",
                "choose one of your published listings",
            );
            continue;
        };
        match &currency {
            Some(c) if *c != listing_currency => {
                field(
                    format!("items[{i}].listing_id"),
                    "mixed_currency",
                    "all listings of a promotion use one currency",
                );
            }
            _ => currency = Some(listing_currency),
        }
        let sku =
            sqlx::query("SELECT price_minor, stock FROM skus WHERE listing_id = ? AND code = ?")
                .bind(item.listing_id.0)
                .bind(&item.sku_code)
                .fetch_optional(&mut *conn)
                .await?;
        let Some(sku) = sku else {
            field(
                format!("items[{i}].sku_code"),
                "unknown_sku",
                "the listing has no SKU with this code",
            );
            continue;
        };
        if !(1..=sku.get::<i64, _>("stock")).contains(&item.promo_stock) {
            field(
                format!("items[{i}].promo_stock"),
                "out_of_range",
                "promotion stock is 1 up to the SKU's stock",
            );
        }
        if matches!(discount, Discount::Fixed { .. })
            && discount.apply(sku.get("price_minor")).is_none()
        {
            field(
                "discount.amount_minor".to_owned(),
                "too_large",
                "a fixed discount must stay below every SKU's price",
            );
        }
    }
    if !fields.is_empty() {
        fields.dedup_by(|a, b| a.path == b.path && a.code == b.code);
        return Err(AppError::invalid_fields(fields));
    }
    currency.ok_or_else(|| AppError::Internal("checked items without a currency".to_owned()))
}

/// One SKU is in at most one pending or approved promotion at a time, so its price is never ambiguous.
async fn refuse_overlap(
    conn: &mut SqliteConnection,
    this: Option<i64>,
    items: &[PromotionItemRequest],
    starts_at: i64,
    ends_at: i64,
) -> ApiResult<()> {
    let mut fields = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let other: Option<i64> = sqlx::query_scalar(
            "SELECT p.id FROM promotion_items i JOIN promotions p ON p.id = i.promotion_id
             WHERE i.listing_id = ? AND i.sku_code = ? AND i.removed_at IS NULL
               AND p.status IN ('pending', 'approved') AND p.id <> ? AND p.starts_at < ? AND p.ends_at > ?
             LIMIT 1",
        )
        .bind(item.listing_id.0)
        .bind(&item.sku_code)
        .bind(this.unwrap_or(0))
        .bind(ends_at)
        .bind(starts_at)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(other) = other {
            fields.push(FieldError {
                path: format!("items[{i}]"),
                code: "in_promotion".to_owned(),
                message: format!("this SKU is in promotion {other} at that time"),
            });
        }
    }
    if fields.is_empty() {
        Ok(())
    } else {
        Err(AppError::Conflict {
            code: "promotion_overlap",
            message: "some SKUs are already in another promotion at that time".to_owned(),
            fields,
        })
    }
}

/// PRM-7: the session with the approved flash deals already in it and these items may hold at most the
/// policy's items (listings).
pub(super) async fn check_flash_session(
    conn: &mut SqliteConnection,
    engine: &Engine,
    this: Option<i64>,
    starts_at: i64,
    ends_at: i64,
    items: &[PromotionItemRequest],
) -> ApiResult<()> {
    let mut listings: BTreeSet<i64> = sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT i.listing_id FROM promotion_items i JOIN promotions p ON p.id = i.promotion_id
         WHERE p.kind = 'flash_deal' AND p.status = 'approved' AND p.starts_at = ? AND p.id <> ?
           AND i.removed_at IS NULL",
    )
    .bind(starts_at)
    .bind(this.unwrap_or(0))
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    listings.extend(items.iter().map(|i| i.listing_id.0));
    let verdicts = engine.check_flash_schedule(&[RuleSession {
        start: starts_at,
        end: ends_at,
        items: listings.into_iter().collect(),
    }]);
    if verdicts.is_empty() {
        Ok(())
    } else {
        Err(AppError::BlockedByRules(verdicts))
    }
}

async fn insert_items(
    conn: &mut SqliteConnection,
    promotion: i64,
    items: &[PromotionItemRequest],
) -> ApiResult<()> {
    for item in items {
        sqlx::query(
            "INSERT INTO promotion_items (promotion_id, listing_id, sku_code, promo_stock) VALUES (?, ?, ?, ?)",
        )
        .bind(promotion)
        .bind(item.listing_id.0)
        .bind(&item.sku_code)
        .bind(item.promo_stock)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The promotion row if it is the shop's; otherwise "not found", whoever owns it.
async fn own_promotion(conn: &mut SqliteConnection, shop: i64, id: i64) -> ApiResult<SqliteRow> {
    sqlx::query("SELECT * FROM promotions WHERE id = ? AND shop_id = ?")
        .bind(id)
        .bind(shop)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound("promotion"))
}

/// The seller-center draft of a listing (what PRM-2 freezes).
pub(super) async fn seller_draft(
    conn: &mut SqliteConnection,
    listing: i64,
) -> ApiResult<ListingDraft> {
    let json: String = sqlx::query_scalar("SELECT draft_json FROM seller_listings WHERE id = ?")
        .bind(listing)
        .fetch_one(&mut *conn)
        .await?;
    serde_json::from_str(&json)
        .map_err(|e| AppError::Internal(format!("stored draft is unreadable: {e}")))
}

pub(super) fn status_of(row: &SqliteRow) -> ApiResult<PromotionStatus> {
    let name: String = row.get("status");
    PromotionStatus::from_name(&name)
        .ok_or_else(|| AppError::Internal(format!("stored promotion status `{name}` is unknown")))
}

async fn items_of(conn: &mut SqliteConnection, id: i64) -> ApiResult<Vec<PromotionItem>> {
    let rows = sqlx::query(
        "SELECT listing_id, sku_code, promo_stock, promo_used, removed_rule FROM promotion_items
         WHERE promotion_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .iter()
        .map(|r| PromotionItem {
            listing_id: ListingId(r.get("listing_id")),
            sku_code: r.get("sku_code"),
            promo_stock: r.get("promo_stock"),
            promo_used: r.get("promo_used"),
            removed_rule: r.get("removed_rule"),
        })
        .collect())
}

/// The payload of a promotion row, with its items, as of `now`.
pub(super) async fn view(
    conn: &mut SqliteConnection,
    row: &SqliteRow,
    now: i64,
) -> ApiResult<Promotion> {
    let id: i64 = row.get("id");
    let status = status_of(row)?;
    let kind: String = row.get("kind");
    let (starts_at, ends_at): (i64, i64) = (row.get("starts_at"), row.get("ends_at"));
    Ok(Promotion {
        id,
        shop_id: ShopId(row.get("shop_id")),
        name: row.get("name"),
        kind: PromotionKind::from_name(&kind)
            .ok_or_else(|| AppError::Internal(format!("stored kind `{kind}` is unknown")))?,
        discount: discount_of(row)?,
        currency: row.get("currency"),
        starts_at,
        ends_at,
        status,
        active: status == PromotionStatus::Approved && starts_at <= now && now < ends_at,
        rejection_reason: row.get("rejection_reason"),
        items: items_of(conn, id).await?,
        version: row.get("version"),
        created_at: row.get("created_at"),
    })
}

/// Item requests from stored items (the admin's approval re-checks them as if submitted).
pub(super) fn as_requests(items: &[PromotionItem]) -> Vec<PromotionItemRequest> {
    items
        .iter()
        .filter(|i| i.removed_rule.is_none())
        .map(|i| PromotionItemRequest {
            listing_id: i.listing_id,
            sku_code: i.sku_code.clone(),
            promo_stock: i.promo_stock,
        })
        .collect()
}

/// Listing ids of items, once each, in order.
pub(super) fn listing_ids(items: &[PromotionItem]) -> Vec<i64> {
    let mut ids: BTreeMap<i64, ()> = BTreeMap::new();
    for item in items.iter().filter(|i| i.removed_rule.is_none()) {
        ids.insert(item.listing_id.0, ());
    }
    ids.into_keys().collect()
}

/// Checks for the admin's approval, on the write connection: still-valid items, no overlap with approved
/// promotions, the flash session's capacity.
pub(super) async fn recheck_for_approval(
    conn: &mut SqliteConnection,
    engine: &Engine,
    promotion: &Promotion,
) -> ApiResult<()> {
    let items = as_requests(&promotion.items);
    check_items(conn, promotion.shop_id.0, &items, promotion.discount).await?;
    refuse_overlap(
        conn,
        Some(promotion.id),
        &items,
        promotion.starts_at,
        promotion.ends_at,
    )
    .await?;
    if promotion.kind == PromotionKind::FlashDeal {
        check_flash_session(
            conn,
            engine,
            Some(promotion.id),
            promotion.starts_at,
            promotion.ends_at,
            &items,
        )
        .await?;
    }
    Ok(())
}
