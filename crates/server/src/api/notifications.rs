//! The signed-in user's notification feed: newest first with a cursor, the unread count, and marking read.

use crate::{
    AppState,
    auth::CurrentUser,
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
};
use axum::{
    Json, Router,
    extract::State,
    routing::{get, post},
};
use caravan_types::{
    api::ErrorEnvelope,
    notification::{MarkReadRequest, Notification, NotificationFeed, UnreadCount},
};
use serde::Deserialize;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list_notifications))
        .route("/notifications/read", post(mark_read))
}

/// `GET /api/notifications` query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
// Without this, utoipa documents the fields as path parameters.
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct FeedQuery {
    /// From a previous page's `next_cursor` (older notifications).
    cursor: Option<i64>,
    /// Page size, 1–100 (default 20).
    limit: Option<u32>,
    /// Only unread ones.
    unread: Option<bool>,
}

async fn unread_count(state: &AppState, user_id: i64) -> ApiResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(&state.pool)
    .await?)
}

/// The feed, newest first, with the number unread (for a badge). Poll it.
#[utoipa::path(get, path = "/api/notifications", tag = "accounts", params(FeedQuery), responses((status = 200, description = "A page of notifications", body = NotificationFeed), (status = 400, description = "Bad query", body = ErrorEnvelope), (status = 401, description = "Not signed in", body = ErrorEnvelope)))]
pub(super) async fn list_notifications(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<FeedQuery>,
) -> ApiResult<Json<NotificationFeed>> {
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(AppError::bad_field("limit", "out_of_range", "1 to 100"));
    }
    let user_id = user.0.id.0;
    let rows = sqlx::query(
        "SELECT id, kind, payload, created_at, read_at FROM notifications
         WHERE user_id = ? AND (? IS NULL OR id < ?) AND (? = 0 OR read_at IS NULL)
         ORDER BY id DESC LIMIT ?",
    )
    .bind(user_id)
    .bind(query.cursor)
    .bind(query.cursor)
    .bind(query.unread.unwrap_or(false))
    .bind(i64::from(limit) + 1)
    .fetch_all(&state.pool)
    .await?;
    let mut items = rows
        .iter()
        .map(|row| {
            let payload: String = row.get("payload");
            Ok(Notification {
                id: row.get("id"),
                kind: row.get("kind"),
                payload: serde_json::from_str(&payload)
                    .map_err(|e| AppError::Internal(format!("notification payload: {e}")))?,
                created_at: row.get("created_at"),
                read: row.get::<Option<i64>, _>("read_at").is_some(),
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let next_cursor = (items.len() > limit as usize).then(|| {
        items.pop();
        items.last().map(|n| n.id.to_string()).unwrap_or_default()
    });
    Ok(Json(NotificationFeed {
        items,
        next_cursor,
        unread: unread_count(&state, user_id).await?,
    }))
}

/// Marks notifications read: the listed `ids`, and/or everything up to `up_to`. Other users' ids are
/// ignored.
#[utoipa::path(post, path = "/api/notifications/read", tag = "accounts", request_body = MarkReadRequest, responses((status = 200, description = "Unread count after marking", body = UnreadCount), (status = 400, description = "Nothing to mark, or too many ids", body = ErrorEnvelope), (status = 401, description = "Not signed in", body = ErrorEnvelope)))]
pub(super) async fn mark_read(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(request): ApiJson<MarkReadRequest>,
) -> ApiResult<Json<UnreadCount>> {
    if request.ids.is_empty() && request.up_to.is_none() {
        return Err(AppError::bad_field(
            "ids",
            "required",
            "name the notifications (ids) or a newest one (up_to)",
        ));
    }
    if request.ids.len() > 500 {
        return Err(AppError::bad_field("ids", "too_many", "at most 500 ids"));
    }
    let user_id = user.0.id.0;
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    for id in &request.ids {
        sqlx::query(
            "UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    }
    if let Some(up_to) = request.up_to {
        sqlx::query(
            "UPDATE notifications SET read_at = ? WHERE user_id = ? AND id <= ? AND read_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(up_to)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Json(UnreadCount {
        unread: unread_count(&state, user_id).await?,
    }))
}
