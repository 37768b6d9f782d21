//! The signed-in account's own settings (journey 9): the profile with its display preferences, and the
//! address book checkout offers on every device. Addresses are checked by the same country rules as the
//! app's forms (`caravan_types::address::problems`); another account's address is simply not found.

use crate::{
    AppState,
    api::orders::path_id,
    auth::CurrentUser,
    error::{ApiResult, AppError},
    extract::ApiJson,
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, put},
};
use caravan_types::{
    Currency,
    account::{
        AddressBook, AddressRequest, MAX_SAVED_ADDRESSES, Profile, ProfileUpdate, SavedAddress,
    },
    address,
    api::{ErrorEnvelope, FieldError},
    currency::DISPLAY_CURRENCIES,
    order::ShippingAddress,
};
use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/profile", get(get_profile).patch(update_profile))
        .route(
            "/account/addresses",
            get(list_addresses).post(create_address),
        )
        .route(
            "/account/addresses/{id}",
            put(update_address).delete(delete_address),
        )
}

fn field(path: &str, code: &str, message: &str) -> FieldError {
    FieldError {
        path: path.to_owned(),
        code: code.to_owned(),
        message: message.to_owned(),
    }
}

async fn load_profile(conn: &mut SqliteConnection, user_id: i64) -> ApiResult<Profile> {
    let row = sqlx::query(
        "SELECT email, display_name, preferred_currency, preferred_language FROM users WHERE id = ?",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    Ok(Profile {
        email: row.get("email"),
        display_name: row.get("display_name"),
        // Stored only after the same check; an unreadable value counts as not chosen.
        preferred_currency: row
            .get::<Option<String>, _>("preferred_currency")
            .and_then(|code| code.parse::<Currency>().ok()),
        preferred_language: row.get("preferred_language"),
    })
}

/// The account's name, e-mail and display preferences.
#[utoipa::path(get, path = "/api/account/profile", tag = "accounts", responses((status = 200, description = "The profile", body = Profile), (status = 401, description = "Not signed in", body = ErrorEnvelope)))]
pub(super) async fn get_profile(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Profile>> {
    let mut conn = state.pool.acquire().await?;
    Ok(Json(load_profile(&mut conn, user.0.id.0).await?))
}

/// Changes the fields sent: the display name (1–60 characters), the display currency (one of the app's
/// display currencies) and the language (one of the app's locales, answered in its canonical form);
/// `null` clears a preference. Every problem is answered at its field; nothing changes unless all fit.
#[utoipa::path(patch, path = "/api/account/profile", tag = "accounts", request_body = ProfileUpdate, responses((status = 200, description = "The profile as saved", body = Profile), (status = 400, description = "Bad input, per field (`length`, `unknown_currency`, `unknown_language`)", body = ErrorEnvelope), (status = 401, description = "Not signed in", body = ErrorEnvelope), (status = 422, description = "Malformed body or an unknown field", body = ErrorEnvelope)))]
pub(super) async fn update_profile(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(update): ApiJson<ProfileUpdate>,
) -> ApiResult<Json<Profile>> {
    let mut problems = Vec::new();
    let display_name = update.display_name.map(|name| name.trim().to_owned());
    if let Some(name) = &display_name {
        let n = name.chars().count();
        if n == 0 || n > 60 || name.chars().any(char::is_control) {
            problems.push(field("display_name", "length", "use 1 to 60 characters"));
        }
    }
    let currency = match update.preferred_currency {
        Some(Some(code)) => match code.parse::<Currency>() {
            Ok(currency) if DISPLAY_CURRENCIES.contains(&currency.code()) => {
                Some(Some(currency.code().to_owned()))
            }
            _ => {
                problems.push(field(
                    "preferred_currency",
                    "unknown_currency",
                    "choose one of the display currencies, e.g. EUR",
                ));
                None
            }
        },
        Some(None) => Some(None),
        None => None,
    };
    let language = match update.preferred_language {
        Some(Some(tag)) => match caravan_i18n::locale_info(tag.trim()) {
            Some(locale) => Some(Some(locale.tag.to_owned())),
            None => {
                problems.push(field(
                    "preferred_language",
                    "unknown_language",
                    "choose one of the app's languages, e.g. fr-FR",
                ));
                None
            }
        },
        Some(None) => Some(None),
        None => None,
    };
    if !problems.is_empty() {
        return Err(AppError::invalid_fields(problems));
    }
    let user_id = user.0.id.0;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    // One statement: each column keeps its value unless the request named it.
    sqlx::query(
        "UPDATE users SET
            display_name = CASE WHEN ?1 THEN ?2 ELSE display_name END,
            preferred_currency = CASE WHEN ?3 THEN ?4 ELSE preferred_currency END,
            preferred_language = CASE WHEN ?5 THEN ?6 ELSE preferred_language END
         WHERE id = ?7",
    )
    .bind(display_name.is_some())
    .bind(display_name)
    .bind(currency.is_some())
    .bind(currency.flatten())
    .bind(language.is_some())
    .bind(language.flatten())
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    let profile = load_profile(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(Json(profile))
}

/// The address as stored: trimmed, empty optional parts left out, no postal code where the country has
/// none.
fn normalised(address: ShippingAddress) -> ShippingAddress {
    let optional = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    ShippingAddress {
        name: address.name.trim().to_owned(),
        line1: address.line1.trim().to_owned(),
        line2: optional(address.line2),
        city: address.city.trim().to_owned(),
        region: optional(address.region),
        postal_code: address.postal_code.trim().to_owned(),
        country: address.country,
        phone: optional(address.phone),
    }
}

/// The address checked by the country's rules, ready to store; problems at `address.<field>`.
fn checked(request: AddressRequest) -> ApiResult<(ShippingAddress, bool)> {
    let problems = address::problems(&request.address, "address.");
    if !problems.is_empty() {
        return Err(AppError::invalid_fields(problems));
    }
    Ok((normalised(request.address), request.is_default))
}

const ADDRESS_COLUMNS: &str =
    "id, name, line1, line2, city, region, postal_code, country, phone, is_default";

fn saved_address(row: &SqliteRow) -> SavedAddress {
    SavedAddress {
        id: row.get("id"),
        address: ShippingAddress {
            name: row.get("name"),
            line1: row.get("line1"),
            line2: row.get("line2"),
            city: row.get("city"),
            region: row.get("region"),
            postal_code: row.get("postal_code"),
            country: row.get("country"),
            phone: row.get("phone"),
        },
        is_default: row.get("is_default"),
    }
}

async fn load_book(conn: &mut SqliteConnection, user_id: i64) -> ApiResult<AddressBook> {
    let rows = sqlx::query(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM addresses WHERE user_id = ?
         ORDER BY is_default DESC, updated_at DESC, id DESC"
    ))
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    Ok(AddressBook {
        items: rows.iter().map(saved_address).collect(),
        max: MAX_SAVED_ADDRESSES as u32,
    })
}

/// The one saved address `id` of `user_id`; another account's is not found.
async fn own_address(
    conn: &mut SqliteConnection,
    user_id: i64,
    id: i64,
) -> ApiResult<SavedAddress> {
    sqlx::query(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM addresses WHERE id = ? AND user_id = ?"
    ))
    .bind(id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?
    .map(|row| saved_address(&row))
    .ok_or(AppError::NotFound("address"))
}

/// Makes `id` the account's only default.
async fn make_default(conn: &mut SqliteConnection, user_id: i64, id: i64) -> ApiResult<()> {
    sqlx::query(
        "UPDATE addresses SET is_default = 0 WHERE user_id = ? AND is_default = 1 AND id <> ?",
    )
    .bind(user_id)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE addresses SET is_default = 1 WHERE id = ? AND user_id = ?")
        .bind(id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The account's saved addresses, the default first.
#[utoipa::path(get, path = "/api/account/addresses", tag = "accounts", responses((status = 200, description = "The address book", body = AddressBook), (status = 401, description = "Not signed in", body = ErrorEnvelope)))]
pub(super) async fn list_addresses(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<AddressBook>> {
    let mut conn = state.pool.acquire().await?;
    Ok(Json(load_book(&mut conn, user.0.id.0).await?))
}

/// Saves an address, checked by the rules of its country. The first address becomes the default. An
/// address equal to one already saved is not saved twice: that one is answered (200), made the default if
/// asked. An account keeps at most 20 addresses (409 `address_book_full`).
#[utoipa::path(post, path = "/api/account/addresses", tag = "accounts", request_body = AddressRequest, responses((status = 201, description = "Saved", body = SavedAddress), (status = 200, description = "Already saved: that address", body = SavedAddress), (status = 400, description = "Bad address, per field (`required`, `invalid`, `postal_code_format`, `invalid_country`)", body = ErrorEnvelope), (status = 401, description = "Not signed in", body = ErrorEnvelope), (status = 409, description = "`address_book_full`", body = ErrorEnvelope), (status = 422, description = "Malformed body or an unknown field", body = ErrorEnvelope)))]
pub(super) async fn create_address(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<AddressRequest>,
) -> ApiResult<(StatusCode, Json<SavedAddress>)> {
    let (address, is_default) = checked(request)?;
    let user_id = user.0.id.0;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let book = load_book(&mut tx, user_id).await?;
    if let Some(same) = book.items.iter().find(|saved| saved.address == address) {
        if is_default && !same.is_default {
            make_default(&mut tx, user_id, same.id).await?;
        }
        let saved = own_address(&mut tx, user_id, same.id).await?;
        tx.commit().await?;
        return Ok((StatusCode::OK, Json(saved)));
    }
    if book.items.len() >= MAX_SAVED_ADDRESSES {
        return Err(AppError::Conflict {
            code: "address_book_full",
            message: format!(
                "an account keeps at most {MAX_SAVED_ADDRESSES} addresses; remove one first"
            ),
            fields: Vec::new(),
        });
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO addresses (user_id, name, line1, line2, city, region, postal_code, country, phone,
                                is_default, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id",
    )
    .bind(user_id)
    .bind(&address.name)
    .bind(&address.line1)
    .bind(&address.line2)
    .bind(&address.city)
    .bind(&address.region)
    .bind(&address.postal_code)
    .bind(&address.country)
    .bind(&address.phone)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    if is_default || book.items.is_empty() {
        make_default(&mut tx, user_id, id).await?;
    }
    let saved = own_address(&mut tx, user_id, id).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

/// Replaces a saved address (checked by its country's rules) and, with `is_default`, makes it the default.
/// The default moves only by choosing another one, so an account with addresses always has a default.
#[utoipa::path(put, path = "/api/account/addresses/{id}", tag = "accounts", request_body = AddressRequest, params(("id" = i64, Path, description = "Saved address")), responses((status = 200, description = "Saved", body = SavedAddress), (status = 400, description = "Bad address, per field", body = ErrorEnvelope), (status = 401, description = "Not signed in", body = ErrorEnvelope), (status = 404, description = "No such address in this account", body = ErrorEnvelope), (status = 422, description = "Malformed body or an unknown field", body = ErrorEnvelope)))]
pub(super) async fn update_address(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<AddressRequest>,
) -> ApiResult<Json<SavedAddress>> {
    let id = path_id(&id, "address")?;
    let user_id = user.0.id.0;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    // Ownership first: someone else's address is not found, whatever the body holds.
    own_address(&mut tx, user_id, id).await?;
    let (address, is_default) = checked(request)?;
    sqlx::query(
        "UPDATE addresses SET name = ?, line1 = ?, line2 = ?, city = ?, region = ?, postal_code = ?,
                country = ?, phone = ?, updated_at = ?
         WHERE id = ? AND user_id = ?",
    )
    .bind(&address.name)
    .bind(&address.line1)
    .bind(&address.line2)
    .bind(&address.city)
    .bind(&address.region)
    .bind(&address.postal_code)
    .bind(&address.country)
    .bind(&address.phone)
    .bind(state.clock.now())
    .bind(id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    if is_default {
        make_default(&mut tx, user_id, id).await?;
    }
    let saved = own_address(&mut tx, user_id, id).await?;
    tx.commit().await?;
    Ok(Json(saved))
}

/// Removes a saved address; when it was the default, the most recently saved other one becomes the
/// default.
#[utoipa::path(delete, path = "/api/account/addresses/{id}", tag = "accounts", params(("id" = i64, Path, description = "Saved address")), responses((status = 200, description = "The address book after removing it", body = AddressBook), (status = 401, description = "Not signed in", body = ErrorEnvelope), (status = 404, description = "No such address in this account", body = ErrorEnvelope)))]
pub(super) async fn delete_address(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<AddressBook>> {
    let id = path_id(&id, "address")?;
    let user_id = user.0.id.0;
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let removed = own_address(&mut tx, user_id, id).await?;
    sqlx::query("DELETE FROM addresses WHERE id = ? AND user_id = ?")
        .bind(id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if removed.is_default {
        let next: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM addresses WHERE user_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1",
        )
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(next) = next {
            make_default(&mut tx, user_id, next).await?;
        }
    }
    let book = load_book(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(Json(book))
}
