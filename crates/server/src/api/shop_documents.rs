//! Licences, qualifications and brand authorisations (SHOP-3, SHOP-4, LST-3, LST-4): sellers submit them,
//! the platform approves or rejects them, and the listing rules consult the approved ones.

use super::review::{Decision, Reviewed, decide, rejection_reason};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
};
use caravan_types::{
    account::Role,
    api::ErrorEnvelope,
    shop::{DocumentKind, DocumentSubmission, Rejection, ReviewStatus, ShopDocument},
};
use serde::Deserialize;
use sqlx::{Row, SqlitePool, sqlite::SqliteRow};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/seller/documents",
            get(list_documents).post(create_document),
        )
        .route("/admin/documents", get(list_documents_for_review))
        .route("/admin/documents/{id}/approve", post(approve_document))
        .route("/admin/documents/{id}/reject", post(reject_document))
}

fn document(row: &SqliteRow) -> ApiResult<ShopDocument> {
    let kind: String = row.get("kind");
    let status: String = row.get("status");
    Ok(ShopDocument {
        id: row.get("id"),
        shop_id: row.get("shop_id"),
        kind: DocumentKind::from_name(&kind).ok_or_else(|| {
            AppError::Internal(format!("stored document kind `{kind}` is unknown"))
        })?,
        name: row.get("name"),
        reference: row.get("reference"),
        status: ReviewStatus::from_name(&status).ok_or_else(|| {
            AppError::Internal(format!("stored document status `{status}` is unknown"))
        })?,
        rejection_reason: row.get("rejection_reason"),
        created_at: row.get("created_at"),
    })
}

/// Names of the shop's approved documents of one kind, for the rules.
pub async fn approved_names(
    pool: &SqlitePool,
    shop_id: i64,
    kind: DocumentKind,
) -> ApiResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT name FROM shop_documents WHERE shop_id = ? AND kind = ? AND status = 'approved' ORDER BY name",
    )
    .bind(shop_id)
    .bind(kind.as_str())
    .fetch_all(pool)
    .await?)
}

async fn own_shop_id(state: &AppState, user: &CurrentUser) -> ApiResult<i64> {
    require_role(user, &[Role::Seller])?;
    sqlx::query_scalar("SELECT id FROM shops WHERE owner_id = ?")
        .bind(user.0.id.0)
        .fetch_optional(&state.pool)
        .await?
        .ok_or(AppError::Conflict {
            code: "no_shop",
            message: "open your shop before submitting documents".to_owned(),
            fields: Vec::new(),
        })
}

#[utoipa::path(get, path = "/api/seller/documents", tag = "seller", responses((status = 200, description = "The shop's documents", body = Vec<ShopDocument>), (status = 409, description = "No shop", body = ErrorEnvelope)))]
pub(super) async fn list_documents(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<ShopDocument>>> {
    let shop_id = own_shop_id(&state, &user).await?;
    let rows = sqlx::query(
        "SELECT * FROM shop_documents WHERE shop_id = ? ORDER BY created_at DESC, id DESC",
    )
    .bind(shop_id)
    .fetch_all(&state.pool)
    .await?;
    rows.iter()
        .map(document)
        .collect::<ApiResult<Vec<_>>>()
        .map(Json)
}

#[utoipa::path(post, path = "/api/seller/documents", tag = "seller", request_body = DocumentSubmission, responses((status = 201, description = "Submitted for review", body = ShopDocument), (status = 400, description = "Bad input", body = ErrorEnvelope), (status = 409, description = "Already on file", body = ErrorEnvelope)))]
pub(super) async fn create_document(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(submission): ApiJson<DocumentSubmission>,
) -> ApiResult<(StatusCode, Json<ShopDocument>)> {
    let shop_id = own_shop_id(&state, &user).await?;
    let name = submission.name.trim().to_owned();
    let reference = submission.reference.trim().to_owned();
    let slug_like = |s: &str| {
        (2..=64).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let name_ok = match submission.kind {
        DocumentKind::Licence | DocumentKind::Qualification => slug_like(&name),
        DocumentKind::Brand => (1..=64).contains(&name.chars().count()),
    };
    if !name_ok {
        return Err(AppError::bad_field(
            "name",
            "invalid",
            "use the policy's name, e.g. medical-devices, or the brand",
        ));
    }
    if !(4..=200).contains(&reference.chars().count()) {
        return Err(AppError::bad_field(
            "reference",
            "length",
            "give the document number or a description, 4 to 200 characters",
        ));
    }
    let now = state.clock.now();
    // A rejected document may be submitted again; a pending or approved one is already on file.
    let row = sqlx::query(
        "INSERT INTO shop_documents (shop_id, kind, name, reference, status, created_at) VALUES (?, ?, ?, ?, 'pending', ?)
         ON CONFLICT (shop_id, kind, name) DO UPDATE SET reference = excluded.reference, status = 'pending',
            rejection_reason = NULL, created_at = excluded.created_at, reviewed_at = NULL, reviewed_by = NULL
         WHERE shop_documents.status = 'rejected'
         RETURNING *",
    )
    .bind(shop_id)
    .bind(submission.kind.as_str())
    .bind(&name)
    .bind(&reference)
    .bind(now)
    .fetch_optional(&state.pool)
    .await?
    .ok_or(AppError::Conflict {
        code: "document_on_file",
        message: "this document is already on file or waiting for review".to_owned(),
        fields: Vec::new(),
    })?;
    Ok((StatusCode::CREATED, Json(document(&row)?)))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentFilter {
    /// `pending` (default), `approved` or `rejected`; anything else is refused by the query parser.
    status: Option<ReviewStatus>,
}

#[utoipa::path(get, path = "/api/admin/documents", tag = "admin", params(DocumentFilter), responses((status = 200, description = "Documents in a review status", body = Vec<ShopDocument>)))]
pub(super) async fn list_documents_for_review(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(filter): ApiQuery<DocumentFilter>,
) -> ApiResult<Json<Vec<ShopDocument>>> {
    require_role(&user, &[Role::Admin])?;
    let status = filter.status.unwrap_or_default().as_str();
    let rows = sqlx::query(
        "SELECT * FROM shop_documents WHERE status = ? ORDER BY created_at, id LIMIT 200",
    )
    .bind(status)
    .fetch_all(&state.pool)
    .await?;
    rows.iter()
        .map(document)
        .collect::<ApiResult<Vec<_>>>()
        .map(Json)
}

#[utoipa::path(post, path = "/api/admin/documents/{id}/approve", tag = "admin", params(("id" = i64, Path, description = "Document id")), responses((status = 200, description = "Approved", body = ShopDocument), (status = 409, description = "Not pending", body = ErrorEnvelope)))]
pub(super) async fn approve_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<ShopDocument>> {
    decide(&state, &user, Reviewed::Document, &id, Decision::Approve)
        .await
        .and_then(|row| document(&row))
        .map(Json)
}

#[utoipa::path(post, path = "/api/admin/documents/{id}/reject", tag = "admin", params(("id" = i64, Path, description = "Document id")), request_body = Rejection, responses((status = 200, description = "Rejected with the reason", body = ShopDocument), (status = 409, description = "Not pending", body = ErrorEnvelope)))]
pub(super) async fn reject_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(rejection): ApiJson<Rejection>,
) -> ApiResult<Json<ShopDocument>> {
    // The role before the reason: anyone else is told "wrong role", not how to word a rejection.
    require_role(&user, &[Role::Admin])?;
    let reason = rejection_reason(&rejection.reason)?;
    decide(
        &state,
        &user,
        Reviewed::Document,
        &id,
        Decision::Reject(reason),
    )
    .await
    .and_then(|row| document(&row))
    .map(Json)
}
