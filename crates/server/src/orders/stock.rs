//! Stock reservations. A reservation is one conditional `UPDATE … WHERE stock >= quantity` inside the
//! order's `BEGIN IMMEDIATE` transaction: SQLite runs one writer at a time, so two buyers can never both
//! take the last unit, and the CHECK on `skus.stock` makes a negative stock impossible even for a bug.

use crate::error::ApiResult;
use sqlx::SqliteConnection;

/// Takes `quantity` units of `sku_id`; `false` when fewer are left (nothing is changed then).
pub async fn reserve(
    conn: &mut SqliteConnection,
    listing_id: i64,
    sku_id: i64,
    quantity: i64,
) -> Result<bool, sqlx::Error> {
    let taken = sqlx::query(
        "UPDATE skus SET stock = stock - ?1 WHERE id = ?2 AND listing_id = ?3 AND stock >= ?1",
    )
    .bind(quantity)
    .bind(sku_id)
    .bind(listing_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if taken != 1 {
        return Ok(false);
    }
    // The catalogue's denormalised total follows (cards show "in stock" from it).
    sqlx::query("UPDATE listings SET total_stock = max(total_stock - ?, 0) WHERE id = ?")
        .bind(quantity)
        .bind(listing_id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Puts an order's units back (cancelled or expired before shipment). A SKU deleted since is skipped; stock
/// never goes over the column's limit.
pub async fn restore(conn: &mut SqliteConnection, order_id: i64) -> ApiResult<()> {
    let lines: Vec<(i64, i64, i64, Option<i64>, String)> = sqlx::query_as(
        "SELECT listing_id, sku_id, quantity, promotion_id, sku_code FROM order_lines WHERE order_id = ?",
    )
    .bind(order_id)
    .fetch_all(&mut *conn)
    .await?;
    for (listing_id, sku_id, quantity, promotion_id, sku_code) in lines {
        sqlx::query(
            "UPDATE skus SET stock = min(stock + ?, 999999) WHERE id = ? AND listing_id = ?",
        )
        .bind(quantity)
        .bind(sku_id)
        .bind(listing_id)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE listings SET total_stock = total_stock + ? WHERE id = ?")
            .bind(quantity)
            .bind(listing_id)
            .execute(&mut *conn)
            .await?;
        if let Some(promotion_id) = promotion_id {
            crate::pricing::release(conn, promotion_id, listing_id, &sku_code, quantity).await?;
        }
    }
    Ok(())
}
