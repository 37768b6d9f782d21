//! Generated media: the demo catalogue's product pictures, drawn as SVG from a hue and initials.
//!
//! The URL carries everything the picture needs, so the response is a pure function of the path and can be
//! cached forever.

use crate::{AppState, error::AppError, extract::ApiQuery};
use axum::extract::State;
use axum::{
    Router,
    extract::Path,
    http::header,
    response::{IntoResponse, Response},
    routing::get,
};
use serde::Deserialize;

/// Routes under `/media`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/demo/{hue}/{file}", get(get_demo_image))
        .route("/uploads/{file}", get(get_upload))
}

/// `?size=thumb` asks for the catalogue-card size.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImageQuery {
    size: Option<ImageSize>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ImageSize {
    Full,
    Thumb,
}

async fn get_demo_image(
    Path((hue, file)): Path<(String, String)>,
    ApiQuery(query): ApiQuery<ImageQuery>,
) -> Result<Response, AppError> {
    let hue: u16 = hue
        .parse()
        .ok()
        .filter(|h| *h < 360)
        .ok_or(AppError::NotFound("image"))?;
    let label = file
        .strip_suffix(".svg")
        .filter(|l| (1..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_uppercase()))
        .ok_or(AppError::NotFound("image"))?;
    let px = match query.size.unwrap_or(ImageSize::Full) {
        ImageSize::Full => 800,
        ImageSize::Thumb => 320,
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        render_svg(hue, label, px),
    )
        .into_response())
}

/// An uploaded picture or its thumbnail; names are content hashes, so they never change.
async fn get_upload(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let (path, mime) =
        crate::uploads::served_file(&state.media_dir, &file).ok_or(AppError::NotFound("image"))?;
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|_| AppError::NotFound("image"))?;
    Ok((
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        bytes,
    )
        .into_response())
}

/// A square product placeholder: a coloured field, a soft disc and the product's initials.
pub fn render_svg(hue: u16, label: &str, px: u32) -> String {
    let accent = (hue + 30) % 360;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 800 800" role="img" aria-label="{label}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl({hue},70%,62%)"/><stop offset="1" stop-color="hsl({accent},65%,45%)"/></linearGradient></defs><rect width="800" height="800" fill="url(#g)"/><circle cx="400" cy="400" r="250" fill="hsl({hue},80%,92%)" fill-opacity="0.35"/><text x="400" y="470" text-anchor="middle" font-family="system-ui,sans-serif" font-size="220" font-weight="700" fill="#fff">{label}</text></svg>"##
    )
}

/// Size in bytes of the full-size demo picture behind a `/media/demo/{hue}/{label}.svg` URL.
pub fn demo_image_bytes(url: &str) -> Option<u64> {
    let rest = url.strip_prefix("/media/demo/")?;
    let (hue, file) = rest.split_once('/')?;
    let label = file.strip_suffix(".svg")?;
    let hue: u16 = hue.parse().ok()?;
    u64::try_from(render_svg(hue, label, 800).len()).ok()
}
