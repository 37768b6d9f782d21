//! `POST /api/dispute-images`: buyers and sellers upload evidence pictures for disputes (multipart field
//! `file`), checked and stored like product pictures.

use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::ApiMultipart,
    uploads,
};
use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, State},
    http::StatusCode,
    routing::post,
};
use caravan_types::{account::Role, api::ErrorEnvelope, dispute::EvidenceImage};

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/dispute-images",
        post(create_evidence_image).layer(DefaultBodyLimit::max(uploads::MAX_BYTES + 64 * 1024)),
    )
}

#[utoipa::path(post, path = "/api/dispute-images", tag = "trust", request_body(content = String, content_type = "multipart/form-data", description = "The picture as the `file` field"), responses((status = 201, description = "Stored; put the URL in a dispute's `images`", body = EvidenceImage), (status = 400, description = "Not a JPEG, PNG or WebP picture", body = ErrorEnvelope), (status = 413, description = "Over 5 MB", body = ErrorEnvelope)))]
pub(super) async fn create_evidence_image(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiMultipart(mut form): ApiMultipart,
) -> ApiResult<(StatusCode, Json<EvidenceImage>)> {
    require_role(&user, &[Role::Buyer, Role::Seller])?;
    let mut bytes = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| AppError::bad_field("file", "malformed_upload", e.body_text()))?
    {
        if field.name() == Some("file") {
            bytes = Some(field.bytes().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge
                } else {
                    AppError::bad_field("file", "malformed_upload", e.body_text())
                }
            })?);
        }
    }
    let bytes = bytes.ok_or_else(|| {
        AppError::bad_field("file", "missing", "attach the picture as the `file` field")
    })?;
    let dir = state.media_dir.as_ref().clone();
    let stored = tokio::task::spawn_blocking(move || uploads::store(&dir, &bytes))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| match e {
            uploads::UploadError::Io(io) => AppError::Internal(io.to_string()),
            uploads::UploadError::TooLarge => AppError::PayloadTooLarge,
            other => AppError::bad_field("file", other.code(), other.to_string()),
        })?;
    Ok((
        StatusCode::CREATED,
        Json(EvidenceImage {
            url: stored.url,
            thumb_url: stored.thumb_url,
        }),
    ))
}
