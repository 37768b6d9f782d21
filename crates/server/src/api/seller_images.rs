//! `POST /api/seller/images`: a seller uploads a product picture (multipart field `file`).

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
use caravan_types::api::ErrorEnvelope;
use caravan_types::{account::Role, listing_draft::DraftImage, upload::UploadedImage};

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/seller/images",
        // The picture limit plus room for the multipart framing.
        post(create_image).layer(DefaultBodyLimit::max(uploads::MAX_BYTES + 64 * 1024)),
    )
}

#[utoipa::path(post, path = "/api/seller/images", tag = "seller", request_body(content = String, content_type = "multipart/form-data", description = "The picture as the `file` field"), responses((status = 201, description = "Stored, measured and thumbnailed", body = UploadedImage), (status = 400, description = "Bad input", body = ErrorEnvelope), (status = 413, description = "Over 5 MB", body = ErrorEnvelope)))]
pub(super) async fn create_image(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiMultipart(mut form): ApiMultipart,
) -> ApiResult<(StatusCode, Json<UploadedImage>)> {
    require_role(&user, &[Role::Seller])?;
    let mut bytes = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| AppError::bad_field("file", "malformed_upload", e.body_text()))?
    {
        if field.name() == Some("file") {
            let data = field.bytes().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge
                } else {
                    AppError::bad_field("file", "malformed_upload", e.body_text())
                }
            })?;
            bytes = Some(data);
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
        Json(UploadedImage {
            image: DraftImage {
                url: stored.url,
                width: stored.width,
                height: stored.height,
                bytes: stored.bytes,
                mime: stored.mime.to_owned(),
            },
            thumb_url: stored.thumb_url,
        }),
    ))
}
