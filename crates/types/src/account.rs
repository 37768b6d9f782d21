//! Accounts and sign-in payloads (REG-2).

use crate::{Currency, UserId, order::ShippingAddress};
use serde::{Deserialize, Deserializer, Serialize};

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

/// `GET`/`PATCH /api/account/profile`: who the account is and how it likes the shop shown. Preferences are
/// `None` until the buyer chooses one, so a device signing in keeps its own until then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    /// Sign-in e-mail (not editable here).
    pub email: String,
    /// Name shown to others, 1–60 characters.
    pub display_name: String,
    /// Display currency, one of the app's display currencies.
    pub preferred_currency: Option<Currency>,
    /// Language: the BCP 47 tag of one of the app's locales, e.g. `fr-FR`.
    pub preferred_language: Option<String>,
}

/// `PATCH /api/account/profile`: only the fields sent change; `null` clears a preference.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileUpdate {
    /// New display name, 1–60 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// New display currency (ISO 4217 code from the display currencies), or `null` to clear it. Text, so an
    /// unknown code is refused at this field rather than as an unreadable body.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub preferred_currency: Option<Option<String>>,
    /// New language (a locale's tag), or `null` to clear it.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub preferred_language: Option<Option<String>>,
}

/// A field that is present, even as `null`, is `Some(value)`; an absent one stays `None` (`default`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Most addresses one account keeps.
pub const MAX_SAVED_ADDRESSES: usize = 20;

/// One address of the account's address book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedAddress {
    /// The saved address.
    pub id: i64,
    /// The address.
    pub address: ShippingAddress,
    /// Whether checkout starts from it.
    pub is_default: bool,
}

/// `POST /api/account/addresses`, `PUT /api/account/addresses/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressRequest {
    /// The address, checked by the country's rules (`caravan_types::address::problems`).
    pub address: ShippingAddress,
    /// Make it the default (the first address saved always is).
    #[serde(default)]
    pub is_default: bool,
}

/// `GET /api/account/addresses`: the default first, then newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressBook {
    /// The addresses.
    pub items: Vec<SavedAddress>,
    /// Most addresses the account may keep.
    pub max: u32,
}
