//! The seller center's endpoints: onboarding, listings, pictures, documents, the rule policy, and (in
//! [`orders`]) orders and disputes. Only seller center code calls these, so they travel in its chunk.

pub mod orders;

use super::{
    AbortOnDrop, Error, check_status, decode, encode, get_json, post_action, request, send_json,
};
use caravan_types::{
    ListingId,
    listing_draft::ListingDraft,
    seller_listing::{
        ListingFacts, SellerListing, SellerListingSummary, UpdateListingRequest, VersionRequest,
    },
    shop::{
        ConfirmRequest, DocumentSubmission, EmailRequest, EmailStatus, NameCheck, ShopApplication,
        ShopDocument, ShopView,
    },
    upload::UploadedImage,
};
use gloo_net::http::{Method, RequestBuilder};
use web_sys::AbortController;

/// `GET /api/seller/shop`: the seller's shop; `Ok(None)` when they have not applied yet.
pub async fn get_shop() -> Result<Option<ShopView>, Error> {
    match get_json("/api/seller/shop").await {
        Ok(shop) => Ok(Some(shop)),
        Err(error) if error.is_not_found() => Ok(None),
        Err(error) => Err(error),
    }
}

/// `GET /api/seller/shop-name-check`: SHOP-2 verdicts and whether another shop holds the name.
pub async fn check_shop_name(name: &str) -> Result<NameCheck, Error> {
    get_json(&format!(
        "/api/seller/shop-name-check?name={}",
        encode(name)
    ))
    .await
}

/// `POST /api/seller/email-verifications`: sends a code to the company e-mail.
pub async fn request_email_code(email: &str) -> Result<EmailStatus, Error> {
    let body = EmailRequest {
        email: email.to_owned(),
    };
    send_json(Method::POST, "/api/seller/email-verifications", &body, &[]).await
}

/// `POST /api/seller/email-verifications/confirm`: confirms the code.
pub async fn confirm_email_code(email: &str, code: &str) -> Result<EmailStatus, Error> {
    let body = ConfirmRequest {
        email: email.to_owned(),
        code: code.to_owned(),
    };
    send_json(
        Method::POST,
        "/api/seller/email-verifications/confirm",
        &body,
        &[],
    )
    .await
}

/// `POST /api/seller/shop`: applies for a shop (or applies again after a rejection).
pub async fn apply_for_shop(application: &ShopApplication) -> Result<ShopView, Error> {
    send_json(Method::POST, "/api/seller/shop", application, &[]).await
}

/// `GET /api/seller/listings`: the seller's listings, last changed first.
pub async fn list_listings() -> Result<Vec<SellerListingSummary>, Error> {
    get_json("/api/seller/listings").await
}

/// `GET /api/seller/listings/{id}`: one listing with fresh verdicts.
pub async fn get_listing(id: ListingId) -> Result<SellerListing, Error> {
    get_json(&format!("/api/seller/listings/{id}")).await
}

/// `POST /api/seller/listings`: saves a new draft.
pub async fn create_listing(draft: &ListingDraft) -> Result<SellerListing, Error> {
    send_json(Method::POST, "/api/seller/listings", draft, &[]).await
}

/// `PUT /api/seller/listings/{id}`: saves a draft over `version` (409 `stale_version` if it moved on).
pub async fn update_listing(
    id: ListingId,
    version: i64,
    draft: &ListingDraft,
) -> Result<SellerListing, Error> {
    let body = UpdateListingRequest {
        version,
        draft: draft.clone(),
    };
    send_json(
        Method::PUT,
        &format!("/api/seller/listings/{id}"),
        &body,
        &[],
    )
    .await
}

/// `POST /api/seller/listings/{id}/publish`: publishes `version` (422 with the verdicts if any blocks).
pub async fn publish_listing(id: ListingId, version: i64) -> Result<SellerListing, Error> {
    send_json(
        Method::POST,
        &format!("/api/seller/listings/{id}/publish"),
        &VersionRequest { version },
        &[],
    )
    .await
}

/// `POST /api/seller/listings/{id}/unpublish`: takes `version` out of the catalogue.
pub async fn unpublish_listing(id: ListingId, version: i64) -> Result<SellerListing, Error> {
    send_json(
        Method::POST,
        &format!("/api/seller/listings/{id}/unpublish"),
        &VersionRequest { version },
        &[],
    )
    .await
}

/// `GET /api/seller/listing-facts`: what the rules know about the shop beyond a draft.
pub async fn get_listing_facts() -> Result<ListingFacts, Error> {
    get_json("/api/seller/listing-facts").await
}

/// `POST /api/seller/images`: uploads a picture (a `File` the seller picked, named `name`) as multipart `file`.
pub async fn upload_image(
    file: &wasm_bindgen::JsValue,
    name: &str,
) -> Result<UploadedImage, Error> {
    use wasm_bindgen::JsCast;
    let form = crate::pages::js_dyn::construct("FormData", &wasm_bindgen::JsValue::UNDEFINED, None)
        .ok_or_else(|| Error::Decode("FormData".to_owned()))?
        .unchecked_into::<web_sys::FormData>();
    form.append_with_blob_and_filename("file", file.unchecked_ref(), name)
        .map_err(|_| Error::Decode("FormData".to_owned()))?;
    decode(send_body(Method::POST, "/api/seller/images", form.into()).await?).await
}

/// `GET /api/seller/documents`: the shop's licences, qualifications and brand authorisations.
pub async fn list_documents() -> Result<Vec<ShopDocument>, Error> {
    get_json("/api/seller/documents").await
}

/// `POST /api/seller/documents`: submits a document for review.
pub async fn submit_document(submission: &DocumentSubmission) -> Result<ShopDocument, Error> {
    send_json(Method::POST, "/api/seller/documents", submission, &[]).await
}

/// `GET /api/policy`: the rule policy document as JSON text (the browser's HTTP cache revalidates it by its
/// ETag, the policy version).
pub async fn get_policy_json() -> Result<String, Error> {
    request(Method::GET, "/api/policy", None, &[])
        .await?
        .text()
        .await
        .map_err(|e| Error::Decode(e.to_string()))
}

/// `POST /api/auth/register` with the seller role: creates the account and signs it in.
pub async fn register_seller(
    request: &caravan_types::account::RegisterRequest,
) -> Result<caravan_types::account::Account, Error> {
    send_json(Method::POST, "/api/auth/register", request, &[]).await
}

/// `POST /api/auth/logout`: ends the session (to register a seller account instead of a buyer's).
pub async fn sign_out() -> Result<(), Error> {
    post_action("/api/auth/logout").await
}

/// `method` to `path` with a body that is not JSON (a multipart form, whose boundary the browser writes into
/// the content type). Like [`request`]: the CSRF header, aborted when dropped, errors decoded.
pub(crate) async fn send_body(
    method: Method,
    path: &str,
    body: wasm_bindgen::JsValue,
) -> Result<gloo_net::http::Response, Error> {
    let mut guard = AbortOnDrop(AbortController::new().ok());
    let signal = guard.0.as_ref().map(AbortController::signal);
    let response = RequestBuilder::new(path)
        .method(method)
        .header("Accept", "application/json")
        .header("X-Caravan-Csrf", "1")
        .abort_signal(signal.as_ref())
        .body(body)
        .map_err(|e| Error::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    let response = check_status(response).await?;
    guard.0 = None;
    Ok(response)
}
