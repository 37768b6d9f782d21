//! Notifications: a row in the user's feed, written inside the transaction of the change it reports, so a
//! rolled-back change never notifies and a committed one always does.

use serde_json::Value;
use sqlx::SqliteConnection;

/// Adds a notification of `kind` with `payload` (a JSON object of ids and figures) to `user_id`'s feed.
pub async fn notify(
    conn: &mut SqliteConnection,
    user_id: i64,
    kind: &str,
    payload: Value,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO notifications (user_id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
    )
    .bind(user_id)
    .bind(kind)
    .bind(payload.to_string())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Notifies the owner of `shop_id`.
pub async fn notify_shop(
    conn: &mut SqliteConnection,
    shop_id: i64,
    kind: &str,
    payload: Value,
    now: i64,
) -> Result<(), sqlx::Error> {
    let owner: i64 = sqlx::query_scalar("SELECT owner_id FROM shops WHERE id = ?")
        .bind(shop_id)
        .fetch_one(&mut *conn)
        .await?;
    notify(conn, owner, kind, payload, now).await
}
