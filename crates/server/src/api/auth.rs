//! Accounts (REG-2): register, sign in, sign out, who am I.

use crate::{
    AppState,
    auth::{
        CurrentUser, clear_cookie, create_session, revoke_session, session_cookie, session_token,
    },
    error::{ApiResult, AppError},
    extract::{ApiJson, ClientAddress},
    password,
};
use axum::{
    Json, Router,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use caravan_types::api::ErrorEnvelope;
use caravan_types::{
    UserId,
    account::{Account, LoginRequest, RegisterRequest, Role},
    api::FieldError,
};
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/register", post(create_account))
        .route("/auth/login", post(create_session_for_login))
        .route("/auth/logout", post(delete_session))
        .route("/auth/me", get(get_me))
}

fn field(path: &str, code: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        path: path.to_owned(),
        code: code.to_owned(),
        message: message.into(),
    }
}

/// Runs Argon2 off the async threads, at most as many at once as the server allows.
async fn hash_blocking(state: &AppState, plain: String) -> ApiResult<String> {
    let _permit = state
        .hash_slots
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(move || password::hash(&plain))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

async fn verify_blocking(state: &AppState, plain: String, phc: String) -> ApiResult<bool> {
    let _permit = state
        .hash_slots
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(move || password::verify(&plain, &phc))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// A session cookie and the account, as both sign-in routes answer.
fn signed_in(status: StatusCode, account: Account, token: &str, request: &HeaderMap) -> Response {
    let mut response = (status, Json(account)).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, session_cookie(token, request));
    response
}

#[utoipa::path(post, path = "/api/auth/register", tag = "accounts", request_body = RegisterRequest, responses((status = 201, description = "Registered and signed in (session cookie set)", body = Account), (status = 400, description = "Bad input", body = ErrorEnvelope), (status = 409, description = "E-mail taken", body = ErrorEnvelope)))]
pub(super) async fn create_account(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> ApiResult<Response> {
    let email = request.email.trim().to_owned();
    let display_name = request.display_name.trim().to_owned();
    let mut problems = Vec::new();
    if !caravan_rules::registration::is_valid_email(&email) || email.len() > 254 {
        problems.push(field(
            "email",
            "invalid",
            "enter an e-mail address like name@example.com",
        ));
    }
    if let Err(policy) = password::check_new_password(&request.password, &email) {
        problems.push(field("password", policy.code(), policy.to_string()));
    }
    let name_chars = display_name.chars().count();
    if name_chars == 0 || name_chars > 60 {
        problems.push(field("display_name", "length", "use 1 to 60 characters"));
    }
    if request.role == Role::Admin {
        problems.push(field("role", "not_allowed", "choose buyer or seller"));
    }
    if !problems.is_empty() {
        return Err(AppError::invalid_fields(problems));
    }
    let phc = hash_blocking(&state, request.password).await?;
    let now = state.clock.now();
    let inserted = sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (email, password_hash, role, display_name, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(&email)
    .bind(phc)
    .bind(request.role.as_str())
    .bind(&display_name)
    .bind(now)
    .fetch_optional(&state.pool)
    .await?;
    let Some(id) = inserted else {
        return Err(AppError::Conflict {
            code: "email_taken",
            message: "an account with this e-mail already exists; sign in instead".to_owned(),
            fields: vec![field(
                "email",
                "taken",
                "an account with this e-mail already exists",
            )],
        });
    };
    let token = create_session(&state.pool, id, now).await?;
    let account = Account {
        id: UserId(id),
        email,
        role: request.role,
        display_name,
    };
    Ok(signed_in(StatusCode::CREATED, account, &token, &headers))
}

/// A valid Argon2id hash of a random password: compared against when the e-mail is unknown, so an unknown
/// account takes as long to refuse as a wrong password and timing does not reveal which e-mails exist.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| password::hash("decoy password that never matches").unwrap_or_default())
}

#[utoipa::path(post, path = "/api/auth/login", tag = "accounts", request_body = LoginRequest, responses((status = 200, description = "Signed in (new session cookie)", body = Account), (status = 401, description = "Wrong e-mail or password", body = ErrorEnvelope), (status = 429, description = "Too many failed attempts", body = ErrorEnvelope)))]
pub(super) async fn create_session_for_login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<LoginRequest>,
) -> ApiResult<Response> {
    let email = request.email.trim().to_owned();
    let now = state.clock.now();
    state
        .login_limiter
        .check(&email, &address, now)
        .map_err(|limited| AppError::TooManyRequests(limited.0))?;
    let row = sqlx::query(
        "SELECT id, email, role, display_name, password_hash FROM users WHERE email = ?",
    )
    .bind(&email)
    .fetch_optional(&state.pool)
    .await?;
    let stored = row
        .as_ref()
        .and_then(|r| r.get::<Option<String>, _>("password_hash"));
    let phc = stored.clone().unwrap_or_else(|| decoy_hash().to_owned());
    let matches = verify_blocking(&state, request.password, phc).await? && stored.is_some();
    let (Some(row), true) = (row, matches) else {
        state.login_limiter.record_failure(&email, &address, now);
        return Err(AppError::InvalidCredentials);
    };
    state.login_limiter.record_success(&email);
    // A fresh token at every sign-in: a token planted before sign-in never becomes a signed-in session.
    if let Some(old) = session_token(&headers) {
        revoke_session(&state.pool, &old).await?;
    }
    let id: i64 = row.get("id");
    let role: String = row.get("role");
    let account = Account {
        id: UserId(id),
        email: row.get("email"),
        role: Role::from_name(&role)
            .ok_or_else(|| AppError::Internal(format!("stored role `{role}` is unknown")))?,
        display_name: row.get("display_name"),
    };
    let token = create_session(&state.pool, id, now).await?;
    Ok(signed_in(StatusCode::OK, account, &token, &headers))
}

#[utoipa::path(post, path = "/api/auth/logout", tag = "accounts", responses((status = 204, description = "Signed out; the session is revoked")))]
pub(super) async fn delete_session(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    if let Some(token) = session_token(&headers) {
        revoke_session(&state.pool, &token).await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie(&headers));
    Ok(response)
}

#[utoipa::path(get, path = "/api/auth/me", tag = "accounts", responses((status = 200, description = "The signed-in account", body = Account), (status = 401, description = "Not signed in", body = ErrorEnvelope)))]
pub(super) async fn get_me(user: CurrentUser) -> Json<Account> {
    Json(user.0)
}
