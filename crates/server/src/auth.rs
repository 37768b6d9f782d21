//! Who is asking: sessions in cookies, the CSRF guard, sign-in rate limits and role checks.

mod csrf;
mod current_user;
mod rate_limit;
mod session;

pub use csrf::require_csrf_header;
pub use current_user::{CurrentUser, require_role};
pub use rate_limit::{LoginLimiter, RateLimited};
pub use session::{
    SESSION_COOKIE, SESSION_TTL_SECONDS, clear_cookie, create_session, revoke_session,
    session_cookie, session_token,
};
