//! The signed-in seller's shop, for the seller routes of trust and safety (penalties, promotions).

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
};
use caravan_types::account::Role;

/// The id of the caller's shop; 403 for non-sellers, 409 `no_shop` before they open one.
pub(super) async fn own_shop_id(state: &AppState, user: &CurrentUser) -> ApiResult<i64> {
    require_role(user, &[Role::Seller])?;
    sqlx::query_scalar("SELECT id FROM shops WHERE owner_id = ?")
        .bind(user.0.id.0)
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::Conflict {
            code: "no_shop",
            message: "open your shop first".to_owned(),
            fields: Vec::new(),
        })
}

/// A text the caller wrote, trimmed, if its length is within `min..=max` characters.
pub(super) fn text_field(field: &str, text: &str, min: usize, max: usize) -> ApiResult<String> {
    let text = text.trim().to_owned();
    if (min..=max).contains(&text.chars().count()) {
        Ok(text)
    } else {
        Err(AppError::bad_field(
            field,
            "length",
            format!("write {min} to {max} characters"),
        ))
    }
}

/// A path id; anything unparsable is "not found", like an id that does not exist.
pub(super) fn path_id(id: &str, noun: &'static str) -> ApiResult<i64> {
    id.parse().map_err(|_| AppError::NotFound(noun))
}
