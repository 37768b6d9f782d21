//! Extractors that answer bad input with the API's error envelope instead of axum's plain-text rejections.

use crate::error::AppError;
use axum::{
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Multipart, Request, rejection::JsonRejection},
    http::{HeaderMap, StatusCode, header, request::Parts},
};
use serde::de::DeserializeOwned;

/// A JSON body; malformed, mistyped, oversized or non-JSON bodies become [`AppError`]s.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !json_content_type(req.headers()) {
            return Err(AppError::UnsupportedMediaType);
        }
        // The body is buffered here (within the route's body limit) rather than by `axum::Json`, so that a
        // syntax error can be told apart from well-formed JSON of the wrong shape below.
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest {
                    code: "bad_request",
                    message: rejection.body_text(),
                    fields: Vec::new(),
                }
            }
        })?;
        match axum::Json::<T>::from_bytes(&bytes) {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::JsonDataError(err)) => Err(AppError::InvalidBody(err.body_text())),
            // serde_json reports some type mismatches in valid JSON as syntax errors (a number where an
            // enum's name belongs: "expected value"); such a body is of the wrong shape, not malformed.
            Err(JsonRejection::JsonSyntaxError(err))
                if serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_ok() =>
            {
                Err(AppError::InvalidBody(err.body_text()))
            }
            Err(JsonRejection::JsonSyntaxError(err)) => Err(AppError::BadRequest {
                code: "malformed_json",
                message: err.body_text(),
                fields: Vec::new(),
            }),
            Err(other) => Err(AppError::BadRequest {
                code: "bad_request",
                message: other.body_text(),
                fields: Vec::new(),
            }),
        }
    }
}

/// `application/json`, with parameters or as a `+json` suffix, as `axum::Json` accepts.
fn json_content_type(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence
        .strip_prefix("application/")
        .is_some_and(|subtype| subtype == "json" || subtype.ends_with("+json"))
}

/// A multipart form (the picture uploads); a request that is not one is 415 with the error envelope
/// instead of axum's plain-text rejection.
#[derive(Debug)]
pub struct ApiMultipart(pub Multipart);

impl<S> FromRequest<S> for ApiMultipart
where
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        // The only rejection is a missing or unparsable `multipart/form-data; boundary=…` content type.
        Multipart::from_request(req, state)
            .await
            .map(ApiMultipart)
            .map_err(|_| AppError::UnsupportedMediaType)
    }
}

/// Query parameters; unknown or mistyped ones become [`AppError`]s.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| ApiQuery(value))
            .map_err(|rejection| AppError::BadRequest {
                code: "invalid_query",
                message: rejection.body_text(),
                fields: Vec::new(),
            })
    }
}

/// The client's IP address as text (`unknown` when the server was not started with connect info, as in
/// router tests).
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string()),
        ))
    }
}
