//! Accounts and sign-in payloads (REG-2).

use crate::UserId;
use serde::{Deserialize, Serialize};

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Role {
    /// Buys in the shop.
    Buyer,
    /// Runs a shop from the seller center.
    Seller,
    /// Platform staff: reviews shops, licences, disputes.
    Admin,
}

impl Role {
    /// The stable name stored in the database.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Buyer => "buyer",
            Role::Seller => "seller",
            Role::Admin => "admin",
        }
    }

    /// The role stored under `name`, if any.
    pub fn from_name(name: &str) -> Option<Role> {
        [Role::Buyer, Role::Seller, Role::Admin]
            .into_iter()
            .find(|role| role.as_str() == name)
    }
}

/// The signed-in account, as `GET /api/auth/me` and sign-in answer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    /// The account.
    pub id: UserId,
    /// Sign-in e-mail.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Name shown to others.
    pub display_name: String,
}

/// `POST /api/auth/register`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    /// E-mail address; also the sign-in name.
    pub email: String,
    /// 8 to 128 characters, not a common password.
    pub password: String,
    /// Name shown to others, 1–60 characters.
    pub display_name: String,
    /// `buyer` or `seller`; admins are not self-registered.
    pub role: Role,
}

/// `POST /api/auth/login`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// E-mail address.
    pub email: String,
    /// Password.
    pub password: String,
}
