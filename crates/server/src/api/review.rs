//! The platform's review of what sellers submit (shops, documents, promotions, appeals): a pending item
//! becomes approved or rejected, once, by an admin, with a stated reason when rejected (PEN-4).

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
};
use caravan_types::account::Role;
use sqlx::{SqliteConnection, sqlite::SqliteRow};

/// What is being reviewed; each maps to its table.
#[derive(Debug, Clone, Copy)]
pub(super) enum Reviewed {
    /// A shop application (SHOP-1).
    Shop,
    /// A licence, qualification or brand authorisation.
    Document,
    /// A promotion (PRM-1).
    Promotion,
    /// An appeal against a penalty (PEN-3): approved lifts the penalty, rejected upholds it.
    Appeal,
}

impl Reviewed {
    fn table(self) -> &'static str {
        match self {
            Reviewed::Shop => "shops",
            Reviewed::Document => "shop_documents",
            Reviewed::Promotion => "promotions",
            Reviewed::Appeal => "penalty_appeals",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Reviewed::Shop => "shop",
            Reviewed::Document => "document",
            Reviewed::Promotion => "promotion",
            Reviewed::Appeal => "appeal",
        }
    }
}

/// Where a submitted item is in review; the admin lists filter by it (`pending` unless asked). A shared
/// payload type now: the console sends it.
pub(super) use caravan_types::shop::ReviewStatus;

/// The admin's decision.
#[derive(Debug, Clone)]
pub(super) enum Decision {
    /// Approve.
    Approve,
    /// Reject, with the reason shown to the seller.
    Reject(String),
}

/// A rejection reason as given, trimmed, if it explains enough (10 to 1,000 characters).
pub(super) fn rejection_reason(text: &str) -> ApiResult<String> {
    let reason = text.trim().to_owned();
    if (10..=1000).contains(&reason.chars().count()) {
        Ok(reason)
    } else {
        Err(AppError::bad_field(
            "reason",
            "length",
            "explain the decision in 10 to 1,000 characters",
        ))
    }
}

/// Applies `decision` to the pending item `id`; returns its updated row.
pub(super) async fn decide(
    state: &AppState,
    user: &CurrentUser,
    what: Reviewed,
    id: &str,
    decision: Decision,
) -> ApiResult<SqliteRow> {
    require_role(user, &[Role::Admin])?;
    let mut conn = state.pool.acquire().await?;
    decide_in(&mut conn, user, what, id, decision, state.clock.now()).await
}

/// [`decide`] on a connection the caller holds, so the decision and what follows from it (a promotion's
/// snapshot, a lifted penalty) commit together. The caller has checked the admin role.
pub(super) async fn decide_in(
    conn: &mut SqliteConnection,
    user: &CurrentUser,
    what: Reviewed,
    id: &str,
    decision: Decision,
    now: i64,
) -> ApiResult<SqliteRow> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound(what.noun()))?;
    let (status, reason) = match decision {
        Decision::Approve => ("approved", None),
        Decision::Reject(reason) => ("rejected", Some(reason)),
    };
    // The table name comes from the enum above, never from the request.
    let table = what.table();
    let row = sqlx::query(&format!(
        "UPDATE {table} SET status = ?, rejection_reason = ?, reviewed_at = ?, reviewed_by = ?
         WHERE id = ? AND status = 'pending' RETURNING *"
    ))
    .bind(status)
    .bind(reason)
    .bind(now)
    .bind(user.0.id.0)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = row {
        return Ok(row);
    }
    let exists: Option<i64> = sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Err(match exists {
        Some(_) => AppError::Conflict {
            code: "not_pending",
            message: format!("only a pending {} can be reviewed", what.noun()),
            fields: Vec::new(),
        },
        None => AppError::NotFound(what.noun()),
    })
}
