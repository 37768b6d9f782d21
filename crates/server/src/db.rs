//! The database: opening SQLite, applying migrations and loading the demo catalogue.
//!
//! Migrations are SQL files embedded at compile time and applied in order, each in its own transaction, so a
//! binary always carries the schema it expects.

use sqlx::{
    Executor, SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{path::Path, str::FromStr, time::Duration};

/// Schema migrations in the order they apply. Never edit one that has shipped; add a new file.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "catalogue",
        include_str!("../migrations/0001_catalogue.sql"),
    ),
    (
        2,
        "sessions",
        include_str!("../migrations/0002_sessions.sql"),
    ),
    (
        3,
        "seller_listings",
        include_str!("../migrations/0003_seller_listings.sql"),
    ),
    (
        4,
        "shop_onboarding",
        include_str!("../migrations/0004_shop_onboarding.sql"),
    ),
    (
        5,
        "fx_rates",
        include_str!("../migrations/0005_fx_rates.sql"),
    ),
    (6, "search", include_str!("../migrations/0006_search.sql")),
    (
        7,
        "shop_documents",
        include_str!("../migrations/0007_shop_documents.sql"),
    ),
    (8, "orders", include_str!("../migrations/0008_orders.sql")),
    (
        9,
        "notifications",
        include_str!("../migrations/0009_notifications.sql"),
    ),
    (
        10,
        "refund_status",
        include_str!("../migrations/0010_refund_status.sql"),
    ),
    (
        11,
        "sku_published_stock",
        include_str!("../migrations/0011_sku_published_stock.sql"),
    ),
    (
        12,
        "penalties",
        include_str!("../migrations/0012_penalties.sql"),
    ),
    (
        13,
        "promotions",
        include_str!("../migrations/0013_promotions.sql"),
    ),
    (
        14,
        "disputes",
        include_str!("../migrations/0014_disputes.sql"),
    ),
    (
        15,
        "reviews",
        include_str!("../migrations/0015_reviews.sql"),
    ),
    (
        16,
        "service_assessments",
        include_str!("../migrations/0016_service_assessments.sql"),
    ),
    (
        17,
        "shipping_destinations",
        include_str!("../migrations/0017_shipping_destinations.sql"),
    ),
    (
        18,
        "account",
        include_str!("../migrations/0018_account.sql"),
    ),
];

/// Why the database could not be opened or prepared.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The directory for the database file could not be created.
    #[error("cannot create directory for `{path}`: {source}")]
    CreateDir {
        /// The database path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// SQLite refused.
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
}

/// Opens (creating if needed) the database file in WAL mode and applies pending migrations.
///
/// `synchronous=FULL`: every commit is flushed to disk before it is acknowledged, so an order, a payment or
/// a stock reservation the API confirmed survives a power cut (NORMAL in WAL mode may lose the last
/// transactions). The cost is one fsync per write transaction; reads are unaffected.
pub async fn open(path: &Path) -> Result<SqlitePool, DbError> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| DbError::CreateDir {
            path: path.display().to_string(),
            source,
        })?;
    }
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await?;
    migrate(&pool).await?;
    Ok(pool)
}

/// Starts a transaction that takes SQLite's write lock at once (`BEGIN IMMEDIATE`).
///
/// A plain `BEGIN` starts as a reader; if another connection commits before this one's first write, the
/// upgrade fails at once with "database is locked" instead of waiting. Every transaction that writes uses
/// this, so concurrent writers queue on the busy timeout instead of failing.
pub async fn begin_write(
    pool: &SqlitePool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Applies every migration not yet recorded in `schema_migrations`.
pub async fn migrate(pool: &SqlitePool) -> Result<(), sqlx::Error> {
    pool.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at INTEGER NOT NULL DEFAULT (unixepoch())
        )",
    )
    .await?;
    for &(version, name, sql) in MIGRATIONS {
        let mut tx = begin_write(pool).await?;
        let applied: Option<i64> =
            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = ?")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
        if applied.is_none() {
            sqlx::raw_sql(sql).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO schema_migrations (version, name) VALUES (?, ?)")
                .bind(version)
                .bind(name)
                .execute(&mut *tx)
                .await?;
            tracing::info!(version, name, "applied migration");
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Loads the demo catalogue when the database has no users and no listings yet; returns whether it did.
pub async fn seed_demo_if_empty(pool: &SqlitePool) -> Result<bool, sqlx::Error> {
    let (users, listings): (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM listings)")
            .fetch_one(pool)
            .await?;
    if users > 0 || listings > 0 {
        return Ok(false);
    }
    crate::demo::seed(pool).await?;
    Ok(true)
}
