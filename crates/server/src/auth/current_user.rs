//! The signed-in account, as an extractor: handlers that take a [`CurrentUser`] are refused with 401 when
//! there is no valid session.

use super::session::{session_token, token_hash};
use crate::{AppState, error::AppError};
use axum::{
    extract::{FromRequestParts, OptionalFromRequestParts},
    http::request::Parts,
};
use caravan_types::{
    UserId,
    account::{Account, Role},
};
use sqlx::Row;

/// The account behind the request's session cookie.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub Account);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = session_token(&parts.headers).ok_or(AppError::Unauthenticated)?;
        let row = sqlx::query(
            "SELECT u.id, u.email, u.role, u.display_name FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = ? AND s.expires_at > ?",
        )
        .bind(token_hash(&token))
        .bind(state.clock.now())
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::Unauthenticated)?;
        let role: String = row.get("role");
        Ok(CurrentUser(Account {
            id: UserId(row.get("id")),
            email: row.get("email"),
            role: Role::from_name(&role)
                .ok_or_else(|| AppError::Internal(format!("stored role `{role}` is unknown")))?,
            display_name: row.get("display_name"),
        }))
    }
}

/// `Option<CurrentUser>`: `None` without a valid session instead of 401, for routes open to everyone that
/// say more to a signed-in user.
impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match <CurrentUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(AppError::Unauthenticated) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

/// Refuses with 403 unless the user has one of `roles`.
pub fn require_role(user: &CurrentUser, roles: &[Role]) -> Result<(), AppError> {
    if roles.contains(&user.0.role) {
        Ok(())
    } else {
        Err(AppError::Forbidden {
            code: "wrong_role",
            message: format!(
                "this needs a {} account",
                roles
                    .iter()
                    .map(Role::as_str)
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        })
    }
}
