//! Uploaded pictures (LST-7).

use crate::listing_draft::DraftImage;
use serde::{Deserialize, Serialize};

/// Answer of `POST /api/seller/images`: the picture as a draft refers to it, and its card-size version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadedImage {
    /// URL, measured size and detected type, ready to put into `ListingDraft::images`.
    pub image: DraftImage,
    /// The catalogue-card thumbnail (at most 320 px on its longer side, JPEG).
    pub thumb_url: String,
}
