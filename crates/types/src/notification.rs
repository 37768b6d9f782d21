//! The per-user notification feed (`GET /api/notifications`).

use serde::{Deserialize, Serialize};

/// One notification. `kind` says what happened; `payload` carries the ids and figures the app needs to
/// word it and link to it (e.g. `{"order_id": 12}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    /// The notification (ids grow with time).
    pub id: i64,
    /// What happened, e.g. `order_placed`, `order_paid`, `order_shipped`, `order_delivered`,
    /// `order_completed`, `order_cancelled`, `order_expired`, `order_not_shipped_in_time`.
    pub kind: String,
    /// Details as a JSON object.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub payload: serde_json::Value,
    /// When.
    pub created_at: i64,
    /// Whether the user has read it.
    pub read: bool,
}

/// Answer of `GET /api/notifications`, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationFeed {
    /// This page.
    pub items: Vec<Notification>,
    /// Cursor for older ones; `None` on the last page.
    pub next_cursor: Option<String>,
    /// Unread notifications in total.
    pub unread: i64,
}

/// `POST /api/notifications/read`: mark the given ids, or everything up to and including `up_to`, read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkReadRequest {
    /// These notifications.
    #[serde(default)]
    pub ids: Vec<i64>,
    /// Every notification with an id up to this one.
    #[serde(default)]
    pub up_to: Option<i64>,
}

/// Answer of `POST /api/notifications/read`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    /// Unread notifications left.
    pub unread: i64,
}
