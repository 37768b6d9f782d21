//! Accounts: register, sign in, sign out, who is signed in (REG-2).

use super::{Error, get_json, post_action, send_json};
use caravan_types::account::{Account, LoginRequest, RegisterRequest};
use gloo_net::http::Method;

/// `POST /api/auth/register`: creates the account and signs it in (the server sets the session cookie).
pub async fn register(request: &RegisterRequest) -> Result<Account, Error> {
    send_json(Method::POST, "/api/auth/register", request, &[]).await
}

/// `POST /api/auth/login`: signs in with a new session.
pub async fn login(request: &LoginRequest) -> Result<Account, Error> {
    send_json(Method::POST, "/api/auth/login", request, &[]).await
}

/// `POST /api/auth/logout`: ends the session.
pub async fn logout() -> Result<(), Error> {
    post_action("/api/auth/logout").await
}

/// `GET /api/auth/me`: the signed-in account; [`Error::is_unauthenticated`] when nobody is.
pub async fn me() -> Result<Account, Error> {
    get_json("/api/auth/me").await
}
