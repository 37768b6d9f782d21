//! Sessions: 256-bit random tokens in an `HttpOnly`, `SameSite=Lax` cookie; the database keeps only their
//! SHA-256, with an expiry. A new token is issued at every sign-in and deleted at sign-out.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use axum::http::{HeaderMap, HeaderValue, header};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "caravan_session";
/// How long a session lasts without signing in again: 30 days.
pub const SESSION_TTL_SECONDS: i64 = 30 * 24 * 3600;

/// The stored form of a token.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Starts a session for `user_id`; returns the token for the cookie.
pub async fn create_session(
    pool: &SqlitePool,
    user_id: i64,
    now: i64,
) -> Result<String, sqlx::Error> {
    let mut bytes = [0_u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let mut tx = crate::db::begin_write(pool).await?;
    // Expired sessions are swept here rather than by a timer: sign-ins are frequent enough.
    sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .bind(now + SESSION_TTL_SECONDS)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// Ends the session with this token, if it exists.
pub async fn revoke_session(pool: &SqlitePool, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
        .bind(token_hash(token))
        .execute(pool)
        .await?;
    Ok(())
}

/// The session token from the request's cookies.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|token| !token.is_empty())
}

/// Whether the client reached us over HTTPS (directly or through a TLS-terminating proxy).
fn is_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// `Set-Cookie` for a new session; `Secure` whenever the request came over HTTPS.
pub fn session_cookie(token: &str, request_headers: &HeaderMap) -> HeaderValue {
    let secure = if is_https(request_headers) {
        "; Secure"
    } else {
        ""
    };
    let value = format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_TTL_SECONDS}{secure}"
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(request_headers: &HeaderMap) -> HeaderValue {
    let secure = if is_https(request_headers) {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_session_among_other_cookies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; caravan_session=abc; b=2"),
        );
        assert_eq!(session_token(&headers).as_deref(), Some("abc"));
        headers.insert(header::COOKIE, HeaderValue::from_static("caravan_session="));
        assert_eq!(session_token(&headers), None);
    }

    #[test]
    fn cookie_is_http_only_and_secure_over_https() {
        let mut headers = HeaderMap::new();
        let plain = session_cookie("t", &headers);
        assert!(plain.to_str().unwrap().contains("HttpOnly; SameSite=Lax"));
        assert!(!plain.to_str().unwrap().contains("Secure"));
        headers.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert!(
            session_cookie("t", &headers)
                .to_str()
                .unwrap()
                .ends_with("; Secure")
        );
    }
}
