//! An order's timeline: status changes and carrier scans, oldest first.

use caravan_types::order::TrackingKind;
use sqlx::SqliteConnection;

/// Appends an entry.
pub async fn record(
    conn: &mut SqliteConnection,
    order_id: i64,
    kind: TrackingKind,
    description: Option<&str>,
    location: Option<&str>,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO order_events (order_id, kind, description, location, at) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(order_id)
    .bind(kind.as_str())
    .bind(description)
    .bind(location)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}
