//! The one error type of the API and its JSON envelope.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use caravan_types::{
    api::{ErrorBody, ErrorEnvelope, FieldError},
    verdict::Verdict,
};

/// Everything a handler can fail with. Each variant maps to one status and one stable `code`.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The addressed object does not exist (or is not visible to the caller).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request is malformed: bad JSON, bad query parameter, unknown field.
    #[error("{message}")]
    BadRequest {
        /// Stable code, e.g. `malformed_json`.
        code: &'static str,
        /// English explanation.
        message: String,
        /// Field-level problems.
        fields: Vec<FieldError>,
    },
    /// The body is well-formed JSON but not of the expected shape: wrong types, missing or unknown fields.
    #[error("{0}")]
    InvalidBody(String),
    /// No valid session: sign in first.
    #[error("sign in to do this")]
    Unauthenticated,
    /// Sign-in refused: the e-mail or the password is wrong (deliberately not saying which).
    #[error("the e-mail or password is not right")]
    InvalidCredentials,
    /// Signed in, but not allowed (wrong role, someone else's object, CSRF check).
    #[error("{message}")]
    Forbidden {
        /// Stable code, e.g. `wrong_role`.
        code: &'static str,
        /// English explanation.
        message: String,
    },
    /// The request conflicts with the current state (taken e-mail, stale version).
    #[error("{message}")]
    Conflict {
        /// Stable code, e.g. `email_taken`.
        code: &'static str,
        /// English explanation.
        message: String,
        /// Field-level problems.
        fields: Vec<FieldError>,
    },
    /// The update was based on an older version than the stored one (another tab saved first).
    #[error("this was changed elsewhere (now version {current}); reload or compare before saving")]
    StaleVersion {
        /// The stored version.
        current: i64,
    },
    /// Well-formed and understood, but refused as it stands (e.g. an idempotency key reused for another
    /// request).
    #[error("{message}")]
    Unprocessable {
        /// Stable code, e.g. `idempotency_key_reused`.
        code: &'static str,
        /// English explanation.
        message: String,
    },
    /// The payment provider refused the card.
    #[error("{message}")]
    PaymentRefused {
        /// Stable code, e.g. `card_declined`.
        code: &'static str,
        /// English explanation.
        message: String,
        /// The provider's reason, as a field error on `card`.
        fields: Vec<FieldError>,
    },
    /// A dependency (the payment provider) failed for now; the same request may be retried after the given
    /// number of seconds.
    #[error("{message}")]
    TryAgain {
        /// Stable code, e.g. `payment_retry`.
        code: &'static str,
        /// English explanation.
        message: String,
        /// Seconds to wait.
        retry_after: u64,
    },
    /// The rules refuse the action; the verdicts say why.
    #[error("the rules block this; see the verdicts")]
    BlockedByRules(Vec<Verdict>),
    /// Too many attempts; try again after the given number of seconds.
    #[error("too many attempts; try again in {0} seconds")]
    TooManyRequests(u64),
    /// The route exists but not for this method.
    #[error("method `{0}` is not allowed here")]
    MethodNotAllowed(String),
    /// The body is larger than the route accepts.
    #[error("request body is too large")]
    PayloadTooLarge,
    /// The body is not of the type the route takes (JSON, or XML for rate files).
    #[error("the request body has the wrong content type for this route")]
    UnsupportedMediaType,
    /// A database failure; logged, never shown.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Any other failure that is our fault; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// A bad request about one field.
    pub fn bad_field(path: &str, code: &'static str, message: impl Into<String>) -> Self {
        let message = message.into();
        AppError::BadRequest {
            code: "invalid_input",
            message: message.clone(),
            fields: vec![FieldError {
                path: path.to_owned(),
                code: code.to_owned(),
                message,
            }],
        }
    }

    /// Bad input in several fields at once.
    pub fn invalid_fields(fields: Vec<FieldError>) -> Self {
        AppError::BadRequest {
            code: "invalid_input",
            message: fields
                .iter()
                .map(|f| format!("{}: {}", f.path, f.message))
                .collect::<Vec<_>>()
                .join("; "),
            fields,
        }
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            AppError::BadRequest { code, .. } => (StatusCode::BAD_REQUEST, code),
            AppError::InvalidBody(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_body"),
            AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
            AppError::InvalidCredentials => (StatusCode::UNAUTHORIZED, "invalid_credentials"),
            AppError::Forbidden { code, .. } => (StatusCode::FORBIDDEN, code),
            AppError::Conflict { code, .. } => (StatusCode::CONFLICT, code),
            AppError::StaleVersion { .. } => (StatusCode::CONFLICT, "stale_version"),
            AppError::BlockedByRules(_) => (StatusCode::UNPROCESSABLE_ENTITY, "blocked_by_rules"),
            AppError::Unprocessable { code, .. } => (StatusCode::UNPROCESSABLE_ENTITY, code),
            AppError::PaymentRefused { code, .. } => (StatusCode::PAYMENT_REQUIRED, code),
            AppError::TryAgain { code, .. } => (StatusCode::SERVICE_UNAVAILABLE, code),
            AppError::TooManyRequests(_) => (StatusCode::TOO_MANY_REQUESTS, "too_many_requests"),
            AppError::MethodNotAllowed(_) => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            AppError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            AppError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            AppError::Database(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "internal")
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let message = if status.is_server_error() && !matches!(self, AppError::TryAgain { .. }) {
            // Internal details stay in the log.
            tracing::error!(error = %self, "request failed");
            "something went wrong on our side; please try again".to_owned()
        } else {
            self.to_string()
        };
        let retry_after = match self {
            AppError::TooManyRequests(seconds) => Some(seconds),
            AppError::TryAgain { retry_after, .. } => Some(retry_after),
            _ => None,
        };
        let current_version = match self {
            AppError::StaleVersion { current } => Some(current),
            _ => None,
        };
        let (fields, verdicts) = match self {
            AppError::BadRequest { fields, .. }
            | AppError::Conflict { fields, .. }
            | AppError::PaymentRefused { fields, .. } => (fields, Vec::new()),
            AppError::BlockedByRules(verdicts) => (Vec::new(), verdicts),
            _ => (Vec::new(), Vec::new()),
        };
        let body = ErrorEnvelope {
            error: ErrorBody {
                code: code.to_owned(),
                message,
                fields,
                verdicts,
                current_version,
            },
        };
        let mut response = (status, axum::Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

/// Result of a handler.
pub type ApiResult<T> = Result<T, AppError>;
