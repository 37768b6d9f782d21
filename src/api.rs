//! The typed client of Caravan's JSON API: one async function per endpoint, one status check that decodes the
//! server's error envelope, and requests aborted when the component that asked for them goes away.

use caravan_types::{
    ListingId,
    api::{ErrorBody, ErrorEnvelope, FieldError},
    fx::FxRates,
    listing::{Category, ListingCard, ListingDetail, Page},
    search::SearchResults,
    verdict::Verdict,
};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::{Serialize, de::DeserializeOwned};
use std::{cell::Cell, sync::Arc};
use web_sys::AbortController;

pub mod account;
pub mod admin;
pub mod auth;
pub mod growth;
pub mod orders;
pub mod purchases;
pub mod reviews;
pub mod seller;

thread_local! {
    /// The active locale's tag, sent as `lang` where the server names categories; set by the i18n context
    /// whenever it applies a locale (the app then draws again, so those requests go out anew).
    static LANG: Cell<&'static str> = const { Cell::new("en-US") };
}

/// Asks the server to name categories in the locale `tag` from now on.
pub fn set_lang(tag: &'static str) {
    LANG.set(tag);
}

/// `path` (ending in `?`, `&` or empty) followed by the active locale's `lang` parameter (tags need no
/// escaping). One function for every caller: each `format!` in an async function costs the wasm more.
fn with_lang(path: &str) -> String {
    format!("{path}lang={}", LANG.get())
}

/// What can go wrong talking to the server.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The request never got an answer (offline, server down, aborted).
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with its error envelope.
    #[error("{code}: {message}")]
    Server {
        /// HTTP status.
        status: u16,
        /// Stable error code, e.g. `not_found`.
        code: String,
        /// The server's explanation.
        message: String,
        /// Problems with single input fields, addressed by path (`email`, `lines[0].quantity`).
        fields: Vec<FieldError>,
        /// The rules' verdicts and the current version, when the answer carried them.
        refusal: Refusal,
    },
    /// The answer was not what this client expects.
    #[error("unexpected response: {0}")]
    Decode(String),
}

impl Error {
    /// Whether the server said the thing does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Server { status: 404, .. })
    }

    /// Whether the server said nobody is signed in (no session, or it expired).
    pub fn is_unauthenticated(&self) -> bool {
        matches!(self, Error::Server { status: 401, code, .. } if code == "unauthenticated")
    }

    /// The server's stable error code, if it answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Server { code, .. } => Some(code),
            _ => None,
        }
    }
}

/// What a refusal carried besides field errors: the rules' verdicts (publishing with a `block`, a shop name)
/// and the current version (an update that named a stale one). Only the seller center reads them, so the
/// answer's text is kept and parsed there: the shop's code never carries the verdicts' decoding, `Clone`,
/// `PartialEq` or `Debug` (every copy of [`Error`] would otherwise need them). Compared by identity.
#[derive(Clone, Default)]
pub struct Refusal(Option<Arc<str>>);

impl Refusal {
    /// The whole envelope, decoded (the seller center's code).
    fn body(&self) -> Option<ErrorBody> {
        let text = self.0.as_deref()?;
        serde_json::from_str::<ErrorEnvelope>(text)
            .ok()
            .map(|envelope| envelope.error)
    }

    /// The rules' verdicts, if the server judged the request by them.
    pub fn verdicts(&self) -> Vec<Verdict> {
        self.body().map(|body| body.verdicts).unwrap_or_default()
    }

    /// The current version, when an update named a stale one.
    pub fn current_version(&self) -> Option<i64> {
        self.body().and_then(|body| body.current_version)
    }
}

impl std::fmt::Debug for Refusal {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

impl PartialEq for Refusal {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

impl Eq for Refusal {}

/// Aborts the in-flight request when dropped, i.e. when the resource that awaited it is disposed.
pub(crate) struct AbortOnDrop(pub(crate) Option<AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

/// `GET` a JSON resource.
pub(crate) async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, Error> {
    decode(request(Method::GET, path, None, &[]).await?).await
}

/// The one place requests are made (one copy of the request code in the wasm): `method` to `path` with an
/// optional JSON `body` and extra `headers`. Anything but `GET` carries the header the server's CSRF check
/// requires. The request is aborted if this future is dropped (its component went away); a spawned action
/// runs to completion.
pub(crate) async fn request(
    method: Method,
    path: &str,
    body: Option<String>,
    headers: &[(&str, &str)],
) -> Result<Response, Error> {
    let mut guard = AbortOnDrop(AbortController::new().ok());
    let signal = guard.0.as_ref().map(AbortController::signal);
    let mut builder = RequestBuilder::new(path)
        .method(method.clone())
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref());
    if method != Method::GET {
        builder = builder.header("X-Caravan-Csrf", "1");
    }
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    let built = match body {
        Some(json) => builder
            .header("Content-Type", "application/json")
            .body(json),
        None => builder.build(),
    };
    let response = built
        .map_err(|e| Error::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    let response = check_status(response).await?;
    // The request finished; nothing left to abort.
    guard.0 = None;
    Ok(response)
}

/// The JSON answer of a successful response.
pub(crate) async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, Error> {
    response
        .json::<T>()
        .await
        .map_err(|e| Error::Decode(e.to_string()))
}

/// The error envelope as every page reads it: code, message and field errors (serde skips the rest, which
/// [`Refusal`] keeps for the seller center).
#[derive(serde::Deserialize)]
struct BriefEnvelope {
    error: BriefBody,
}

#[derive(serde::Deserialize)]
struct BriefBody {
    code: String,
    message: String,
    #[serde(default)]
    fields: Vec<FieldError>,
}

/// Passes a successful response through; turns any other into [`Error::Server`].
pub(crate) async fn check_status(
    response: gloo_net::http::Response,
) -> Result<gloo_net::http::Response, Error> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    match serde_json::from_str::<BriefEnvelope>(&text) {
        Ok(envelope) => Err(Error::Server {
            status,
            code: envelope.error.code,
            message: envelope.error.message,
            fields: envelope.error.fields,
            refusal: Refusal(Some(Arc::from(text))),
        }),
        Err(_) => Err(Error::Server {
            status,
            code: "http_error".to_owned(),
            message: response.status_text(),
            fields: Vec::new(),
            refusal: Refusal::default(),
        }),
    }
}

/// `method` with a JSON `body` to `path`; the JSON answer decoded. `headers` are added (e.g. an idempotency
/// key).
pub(crate) async fn send_json<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: &B,
    headers: &[(&str, &str)],
) -> Result<T, Error> {
    let json = serde_json::to_string(body).map_err(|e| Error::Decode(e.to_string()))?;
    decode(request(method, path, Some(json), headers).await?).await
}

/// `POST` without a body to `path`, for actions that answer nothing (`204`) or nothing needed.
pub(crate) async fn post_action(path: &str) -> Result<(), Error> {
    request(Method::POST, path, None, &[]).await.map(|_| ())
}

/// `GET /api/categories`: the category tree, parents before children, named in the active locale.
pub async fn list_categories() -> Result<Vec<Category>, Error> {
    get_json(&with_lang("/api/categories?")).await
}

/// `GET /api/listings`: one page of catalogue cards, best-selling first.
pub async fn list_listings(
    category: Option<&str>,
    cursor: Option<&str>,
) -> Result<Page<ListingCard>, Error> {
    let mut query = vec!["limit=24".to_owned()];
    if let Some(category) = category {
        query.push(format!("category={}", encode(category)));
    }
    if let Some(cursor) = cursor {
        query.push(format!("cursor={}", encode(cursor)));
    }
    get_json(&format!("/api/listings?{}", query.join("&"))).await
}

/// What a search asks for: the words and every filter, as they appear in the search page's URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchParams {
    /// Words to search for.
    pub q: Option<String>,
    /// Category slug.
    pub category: Option<String>,
    /// `relevance`, `best_selling`, `newest`, `price_asc` or `price_desc`.
    pub sort: Option<String>,
    /// Only listings with stock.
    pub in_stock: bool,
    /// Lowest average rating in tenths of a star (40 = 4.0).
    pub min_rating: Option<u8>,
    /// Logistics class, e.g. `economy`.
    pub class: Option<String>,
    /// Lowest price, minor units of `currency`.
    pub price_min: Option<i64>,
    /// Highest price, minor units of `currency`.
    pub price_max: Option<i64>,
    /// ISO 4217 code of the price bounds: the currency the buyer saw prices in when choosing them (the
    /// server converts), so a shared link means the same range to someone shown another currency.
    pub currency: Option<String>,
    /// Only listings delivering to this country, ISO 3166-1 alpha-2.
    pub ships_to: Option<String>,
}

impl SearchParams {
    /// The query string (without `?`) holding these parameters; empty ones are left out.
    pub fn to_query(&self) -> String {
        let mut query = Vec::new();
        let mut push = |name: &str, value: Option<&str>| {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                query.push(format!("{name}={}", encode(value)));
            }
        };
        push("q", self.q.as_deref());
        push("category", self.category.as_deref());
        push("sort", self.sort.as_deref());
        push("in_stock", self.in_stock.then_some("true"));
        push(
            "min_rating",
            self.min_rating.map(|r| r.to_string()).as_deref(),
        );
        push("class", self.class.as_deref());
        let min = self.price_min.map(|p| p.to_string());
        let max = self.price_max.map(|p| p.to_string());
        let priced = min.is_some() || max.is_some();
        push("price_min", min.as_deref());
        push("price_max", max.as_deref());
        push("currency", self.currency.as_deref().filter(|_| priced));
        push("ships_to", self.ships_to.as_deref());
        query.join("&")
    }
}

/// `GET /api/search`: one page of search results, with the total and facet counts (categories named in the
/// active locale).
pub async fn search_listings(
    params: &SearchParams,
    cursor: Option<&str>,
) -> Result<SearchResults, Error> {
    let mut query = vec!["limit=24".to_owned(), with_lang("")];
    let filters = params.to_query();
    if !filters.is_empty() {
        query.push(filters);
    }
    if let Some(cursor) = cursor {
        query.push(format!("cursor={}", encode(cursor)));
    }
    get_json(&format!("/api/search?{}", query.join("&"))).await
}

/// `GET /api/search/suggestions?q=`: titles completing what the search box holds (none for less than two
/// characters).
pub async fn search_suggestions(typed: &str) -> Result<Vec<String>, Error> {
    if typed.trim().chars().count() < 2 {
        return Ok(Vec::new());
    }
    let found: caravan_types::search::Suggestions =
        get_json(&format!("/api/search/suggestions?q={}", encode(typed))).await?;
    Ok(found.suggestions)
}

/// `GET /api/listings/{id}?ships_to=`: everything the product page shows, shipping options to `ships_to`, its
/// categories named in the active locale.
pub async fn get_listing(id: ListingId, ships_to: &str) -> Result<ListingDetail, Error> {
    get_json(&with_lang(&format!(
        "/api/listings/{id}?ships_to={ships_to}&"
    )))
    .await
}

/// `GET /api/fx`: the latest reference exchange rates.
pub async fn get_fx_rates() -> Result<FxRates, Error> {
    get_json("/api/fx").await
}

/// `GET /locales/{tag}/{file}`: one Fluent file of a locale (served from the app's static files).
pub async fn get_locale_file(tag: &str, file: &str) -> Result<String, Error> {
    request(Method::GET, &format!("/locales/{tag}/{file}"), None, &[])
        .await?
        .text()
        .await
        .map_err(|e| Error::Decode(e.to_string()))
}

/// Percent-encodes a query value.
pub(crate) fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}
