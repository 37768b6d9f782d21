//! Seller onboarding (REG-1, REG-3, REG-4, SHOP-1, SHOP-2): verify the company e-mail, check a shop name
//! while typing, apply for a shop, see its review status.
//!
//! Shop names are unique on the rule engine's normalised key (`shop_name_key`), enforced by a UNIQUE column:
//! of two racing applications for look-alike names, exactly one wins and the other gets 409.

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, post},
};
use caravan_rules::{ShopNameContext, shop_name_key};
use caravan_types::api::ErrorEnvelope;
use caravan_types::{
    account::Role,
    shop::{
        ConfirmRequest, EmailRequest, EmailStatus, NameCheck, ShopApplication, ShopStatus, ShopView,
    },
    verdict::Verdict,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::{Row, sqlite::SqliteRow};

/// A verification code is valid for 15 minutes.
const CODE_TTL_SECONDS: i64 = 15 * 60;
/// A new code may be requested once a minute.
const CODE_RESEND_SECONDS: i64 = 60;
/// Wrong codes allowed before a new one must be requested.
const CODE_MAX_ATTEMPTS: i64 = 5;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/seller/email-verifications",
            post(create_email_verification),
        )
        .route(
            "/seller/email-verifications/confirm",
            post(confirm_email_verification),
        )
        .route("/seller/shop-name-check", get(get_shop_name_check))
        .route("/seller/shop", get(get_shop).post(create_shop))
}

/// Reads a `shops` row.
pub fn shop_view(row: &SqliteRow) -> ApiResult<ShopView> {
    let status: String = row.get("status");
    let status = ShopStatus::from_name(&status)
        .ok_or_else(|| AppError::Internal(format!("stored shop status `{status}` is unknown")))?;
    Ok(ShopView {
        id: row.get("id"),
        name: row.get("name"),
        status,
        rejection_reason: row.get("rejection_reason"),
        country: row.get("country"),
        registration: serde_json::from_str(&row.get::<String, _>("registration_json")).ok(),
        created_at: row.get("created_at"),
    })
}

fn code_hash(code: &str) -> Vec<u8> {
    Sha256::digest(code.as_bytes()).to_vec()
}

#[utoipa::path(post, path = "/api/seller/email-verifications", tag = "seller", request_body = EmailRequest, responses((status = 202, description = "A code was sent", body = EmailStatus), (status = 429, description = "One code a minute", body = ErrorEnvelope)))]
pub(super) async fn create_email_verification(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<EmailRequest>,
) -> ApiResult<(StatusCode, Json<EmailStatus>)> {
    require_role(&user, &[Role::Seller])?;
    let email = request.email.trim().to_owned();
    if !caravan_rules::registration::is_valid_email(&email) || email.len() > 254 {
        return Err(AppError::bad_field(
            "email",
            "invalid",
            "enter an e-mail address like name@example.com",
        ));
    }
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let last_sent: Option<i64> = sqlx::query_scalar(
        "SELECT sent_at FROM email_verifications WHERE user_id = ? AND email = ? AND verified_at IS NULL",
    )
    .bind(user.0.id.0)
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(sent) = last_sent.filter(|sent| now - sent < CODE_RESEND_SECONDS) {
        return Err(AppError::TooManyRequests(
            u64::try_from(CODE_RESEND_SECONDS - (now - sent)).unwrap_or(1),
        ));
    }
    let code = format!("{:06}", OsRng.next_u32() % 1_000_000);
    sqlx::query(
        "INSERT INTO email_verifications (user_id, email, code_hash, sent_at, expires_at, attempts, verified_at)
         VALUES (?, ?, ?, ?, ?, 0, NULL)
         ON CONFLICT (user_id, email) DO UPDATE SET code_hash = excluded.code_hash, sent_at = excluded.sent_at,
            expires_at = excluded.expires_at, attempts = 0, verified_at = NULL",
    )
    .bind(user.0.id.0)
    .bind(&email)
    .bind(code_hash(&code))
    .bind(now)
    .bind(now + CODE_TTL_SECONDS)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)")
        .bind(&email)
        .bind("Your Caravan verification code")
        .bind(format!(
            "Your Caravan verification code is {code}. It expires in 15 minutes. If you did not ask for it, ignore this message."
        ))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(EmailStatus {
            email,
            verified: false,
            expires_in: Some(CODE_TTL_SECONDS),
        }),
    ))
}

#[utoipa::path(post, path = "/api/seller/email-verifications/confirm", tag = "seller", request_body = ConfirmRequest, responses((status = 200, description = "Verified", body = EmailStatus), (status = 400, description = "Bad input", body = ErrorEnvelope)))]
pub(super) async fn confirm_email_verification(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<ConfirmRequest>,
) -> ApiResult<Json<EmailStatus>> {
    require_role(&user, &[Role::Seller])?;
    let email = request.email.trim().to_owned();
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let row = sqlx::query(
        "SELECT code_hash, expires_at, attempts, verified_at FROM email_verifications WHERE user_id = ? AND email = ?",
    )
    .bind(user.0.id.0)
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| AppError::bad_field("code", "no_code", "ask for a code for this e-mail first"))?;
    if row.get::<Option<i64>, _>("verified_at").is_some() {
        return Ok(Json(EmailStatus {
            email,
            verified: true,
            expires_in: None,
        }));
    }
    if row.get::<i64, _>("attempts") >= CODE_MAX_ATTEMPTS || row.get::<i64, _>("expires_at") <= now
    {
        return Err(AppError::bad_field(
            "code",
            "expired",
            "this code has expired; ask for a new one",
        ));
    }
    let stored: Vec<u8> = row.get("code_hash");
    if stored != code_hash(request.code.trim()) {
        sqlx::query("UPDATE email_verifications SET attempts = attempts + 1 WHERE user_id = ? AND email = ?")
            .bind(user.0.id.0)
            .bind(&email)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        return Err(AppError::bad_field(
            "code",
            "wrong",
            "this code is not right",
        ));
    }
    sqlx::query("UPDATE email_verifications SET verified_at = ? WHERE user_id = ? AND email = ?")
        .bind(now)
        .bind(user.0.id.0)
        .bind(&email)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Json(EmailStatus {
        email,
        verified: true,
        expires_in: None,
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct NameQuery {
    name: String,
}

async fn name_taken(state: &AppState, key: &str, except_owner: i64) -> ApiResult<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT count(*) FROM shops WHERE name_key = ? AND owner_id <> ?",
    )
    .bind(key)
    .bind(except_owner)
    .fetch_one(&state.pool)
    .await?
        > 0)
}

/// Brands the seller's shop (if it has one) is authorised for.
async fn authorised_brands_of(state: &AppState, owner: i64) -> ApiResult<Vec<String>> {
    let shop: Option<i64> = sqlx::query_scalar("SELECT id FROM shops WHERE owner_id = ?")
        .bind(owner)
        .fetch_optional(&state.pool)
        .await?;
    match shop {
        Some(shop) => {
            super::shop_documents::approved_names(
                &state.pool,
                shop,
                caravan_types::shop::DocumentKind::Brand,
            )
            .await
        }
        None => Ok(Vec::new()),
    }
}

#[utoipa::path(get, path = "/api/seller/shop-name-check", tag = "seller", params(NameQuery), responses((status = 200, description = "SHOP-2 verdicts and availability", body = NameCheck)))]
pub(super) async fn get_shop_name_check(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<NameQuery>,
) -> ApiResult<Json<NameCheck>> {
    require_role(&user, &[Role::Seller])?;
    let key = shop_name_key(&query.name);
    let taken = name_taken(&state, &key, user.0.id.0).await?;
    let authorised_brands = authorised_brands_of(&state, user.0.id.0).await?;
    let verdicts = state.rules.check_shop_name(
        &query.name,
        &ShopNameContext {
            authorised_brands,
            name_taken: taken,
        },
    );
    Ok(Json(NameCheck {
        key,
        available: !taken,
        verdicts,
    }))
}

#[utoipa::path(get, path = "/api/seller/shop", tag = "seller", responses((status = 200, description = "The seller's shop and its review", body = ShopView), (status = 404, description = "No shop yet", body = ErrorEnvelope)))]
pub(super) async fn get_shop(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<ShopView>> {
    require_role(&user, &[Role::Seller])?;
    let row = sqlx::query("SELECT * FROM shops WHERE owner_id = ?")
        .bind(user.0.id.0)
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::NotFound("shop"))?;
    shop_view(&row).map(Json)
}

#[utoipa::path(post, path = "/api/seller/shop", tag = "seller", request_body = ShopApplication, responses((status = 201, description = "Applied; pending review", body = ShopView), (status = 409, description = "Shop exists or name taken", body = ErrorEnvelope), (status = 422, description = "Blocked by REG/SHOP rules", body = ErrorEnvelope)))]
pub(super) async fn create_shop(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(mut application): ApiJson<ShopApplication>,
) -> ApiResult<(StatusCode, Json<ShopView>)> {
    require_role(&user, &[Role::Seller])?;
    let owner = user.0.id.0;
    let name = application
        .shop_name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let key = shop_name_key(&name);
    // Never trust the client: whether the company e-mail is verified is the server's own record.
    application.registration.email_verified = sqlx::query_scalar::<_, i64>(
        "SELECT count(*) FROM email_verifications WHERE user_id = ? AND email = ? AND verified_at IS NOT NULL",
    )
    .bind(owner)
    .bind(application.registration.company_email.trim())
    .fetch_one(&state.pool)
    .await?
        > 0;
    let taken = name_taken(&state, &key, owner).await?;
    // Field paths are made relative to this request's body: `registration.company_name`, `shop_name`.
    let mut verdicts: Vec<Verdict> = state
        .rules
        .check_seller_registration(&application.registration)
        .into_iter()
        .map(|mut v| {
            v.field = format!("registration.{}", v.field);
            v
        })
        .collect();
    let name_context = ShopNameContext {
        authorised_brands: authorised_brands_of(&state, owner).await?,
        name_taken: taken,
    };
    verdicts.extend(
        state
            .rules
            .check_shop_name(&name, &name_context)
            .into_iter()
            .map(|mut v| {
                v.field = "shop_name".to_owned();
                v
            }),
    );
    caravan_rules::sort_verdicts(&mut verdicts);
    if verdicts.iter().any(Verdict::blocks) {
        return Err(AppError::BlockedByRules(verdicts));
    }
    let now = state.clock.now();
    let registration_json = serde_json::to_string(&application.registration)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let country = application.registration.country.trim().to_owned();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let existing = sqlx::query("SELECT id, status FROM shops WHERE owner_id = ?")
        .bind(owner)
        .fetch_optional(&mut *tx)
        .await?;
    let result = match existing {
        Some(row) if row.get::<String, _>("status") != "rejected" => {
            return Err(AppError::Conflict {
                code: "shop_exists",
                message: "you already have a shop".to_owned(),
                fields: Vec::new(),
            });
        }
        // A rejected application may be corrected and sent again; it goes back to review.
        Some(row) => sqlx::query(
            "UPDATE shops SET name = ?, name_key = ?, status = 'pending', rejection_reason = NULL, country = ?,
                registration_json = ?, reviewed_at = NULL, reviewed_by = NULL WHERE id = ? RETURNING *",
        )
        .bind(&name)
        .bind(&key)
        .bind(&country)
        .bind(&registration_json)
        .bind(row.get::<i64, _>("id"))
        .fetch_one(&mut *tx)
        .await,
        None => sqlx::query(
            "INSERT INTO shops (owner_id, name, name_key, status, country, return_policy, registration_json, created_at)
             VALUES (?, ?, ?, 'pending', ?, ?, ?, ?) RETURNING *",
        )
        .bind(owner)
        .bind(&name)
        .bind(&key)
        .bind(&country)
        .bind("Returns accepted within 15 days of delivery for unused items in their original packaging.")
        .bind(&registration_json)
        .bind(now)
        .fetch_one(&mut *tx)
        .await,
    };
    let row = match result {
        Ok(row) => row,
        Err(sqlx::Error::Database(e))
            if e.is_unique_violation() && e.message().contains("name_key") =>
        {
            return Err(AppError::Conflict {
                code: "shop_name_taken",
                message: "another shop already has this name or one that looks the same".to_owned(),
                fields: vec![caravan_types::api::FieldError {
                    path: "shop_name".to_owned(),
                    code: "taken".to_owned(),
                    message: "another shop already has this name or one that looks the same"
                        .to_owned(),
                }],
            });
        }
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(shop_view(&row)?)))
}
