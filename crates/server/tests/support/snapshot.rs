//! The database's whole content, table by table, to show that refused requests wrote nothing.

#![allow(dead_code)]

use sqlx::SqlitePool;
use std::collections::BTreeMap;

/// Every table's rows (full-text index shadow tables aside), each row as its quoted columns.
pub async fn fingerprint(pool: &SqlitePool) -> BTreeMap<String, String> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%_fts%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut out = BTreeMap::new();
    for table in tables {
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(&table)
                .fetch_all(pool)
                .await
                .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let content: Option<String> = sqlx::query_scalar(&format!(
            "SELECT group_concat(r, char(10)) FROM (SELECT {row} AS r FROM \"{table}\" ORDER BY rowid)"
        ))
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("fingerprint of {table}: {e}"));
        out.insert(table, content.unwrap_or_default());
    }
    out
}

/// Panics naming the first table whose content differs from `before`.
pub async fn assert_unchanged(pool: &SqlitePool, before: &BTreeMap<String, String>, walk: &str) {
    let after = fingerprint(pool).await;
    for (table, content) in before {
        assert!(
            after.get(table) == Some(content),
            "{walk}: table `{table}` changed although every request was refused"
        );
    }
}
