//! The signed-in account's own settings: profile and display preferences, and the address book.

use super::{Error, decode, get_json, request, send_json};
use caravan_types::account::{AddressBook, AddressRequest, Profile, ProfileUpdate, SavedAddress};
use gloo_net::http::Method;

/// `GET /api/account/profile`.
pub async fn profile() -> Result<Profile, Error> {
    get_json("/api/account/profile").await
}

/// `PATCH /api/account/profile`: changes only the fields set in `update`.
pub async fn update_profile(update: &ProfileUpdate) -> Result<Profile, Error> {
    send_json(Method::PATCH, "/api/account/profile", update, &[]).await
}

/// `GET /api/account/addresses`: the default first.
pub async fn addresses() -> Result<AddressBook, Error> {
    get_json("/api/account/addresses").await
}

/// `POST /api/account/addresses`: saves an address (an equal one already saved is answered instead).
pub async fn create_address(request: &AddressRequest) -> Result<SavedAddress, Error> {
    send_json(Method::POST, "/api/account/addresses", request, &[]).await
}

/// `PUT /api/account/addresses/{id}`.
pub async fn update_address(id: i64, request: &AddressRequest) -> Result<SavedAddress, Error> {
    send_json(
        Method::PUT,
        &format!("/api/account/addresses/{id}"),
        request,
        &[],
    )
    .await
}

/// `DELETE /api/account/addresses/{id}`: the book after removing it.
pub async fn delete_address(id: i64) -> Result<AddressBook, Error> {
    decode(
        request(
            Method::DELETE,
            &format!("/api/account/addresses/{id}"),
            None,
            &[],
        )
        .await?,
    )
    .await
}
