//! Payloads of the JSON API that are not domain objects: errors, health.

use crate::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// The one error envelope every failing API response carries: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorEnvelope {
    /// The error.
    pub error: ErrorBody,
}

/// What went wrong, for machines (`code`, `fields`) and people (`message`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// Stable code, e.g. `not_found`, `validation_failed`; the app translates it.
    pub code: String,
    /// English explanation, for logs and developers.
    pub message: String,
    /// Field-level problems, addressed by path.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// Rule verdicts, when the rules refused the action (e.g. publishing with a `block` verdict).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verdicts: Vec<Verdict>,
    /// The current version, when an update named a stale one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_version: Option<i64>,
}

/// A problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// Path of the field, e.g. `title`, `skus[2].price`.
    pub path: String,
    /// Stable code of the problem.
    pub code: String,
    /// English explanation.
    pub message: String,
}

/// Answer of `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `"ok"` when the server can reach its database.
    pub status: String,
    /// Server version.
    pub version: String,
    /// Number of published listings.
    pub listings: u64,
}
