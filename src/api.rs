//! The typed client of Caravan's JSON API: one async function per endpoint, one status check that decodes the
//! server's error envelope, and requests aborted when the component that asked for them goes away.

use caravan_types::{
    ListingId,
    api::ErrorEnvelope,
    fx::FxRates,
    listing::{Category, ListingCard, ListingDetail, Page},
    search::SearchResults,
};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use web_sys::AbortController;

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
}

/// Aborts the in-flight request when dropped, i.e. when the resource that awaited it is disposed.
struct AbortOnDrop(Option<AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

/// `GET` a JSON resource.
async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, Error> {
    let mut guard = AbortOnDrop(AbortController::new().ok());
    let signal = guard.0.as_ref().map(AbortController::signal);
    let response = Request::get(path)
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    let response = check_status(response).await?;
    let value = response
        .json::<T>()
        .await
        .map_err(|e| Error::Decode(e.to_string()))?;
    // The request finished; nothing left to abort.
    guard.0 = None;
    Ok(value)
}

/// Passes a successful response through; turns any other into [`Error::Server`].
async fn check_status(
    response: gloo_net::http::Response,
) -> Result<gloo_net::http::Response, Error> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    match response.json::<ErrorEnvelope>().await {
        Ok(envelope) => Err(Error::Server {
            status,
            code: envelope.error.code,
            message: envelope.error.message,
        }),
        Err(_) => Err(Error::Server {
            status,
            code: "http_error".to_owned(),
            message: response.status_text(),
        }),
    }
}

/// `GET /api/categories`: the category tree, parents before children.
pub async fn list_categories() -> Result<Vec<Category>, Error> {
    get_json("/api/categories").await
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
        query.join("&")
    }
}

/// `GET /api/search`: one page of search results, with the total and facet counts.
pub async fn search_listings(
    params: &SearchParams,
    cursor: Option<&str>,
) -> Result<SearchResults, Error> {
    let mut query = vec!["limit=24".to_owned()];
    let filters = params.to_query();
    if !filters.is_empty() {
        query.push(filters);
    }
    if let Some(cursor) = cursor {
        query.push(format!("cursor={}", encode(cursor)));
    }
    get_json(&format!("/api/search?{}", query.join("&"))).await
}

/// `GET /api/listings/{id}`: everything the product page shows.
pub async fn get_listing(id: ListingId) -> Result<ListingDetail, Error> {
    get_json(&format!("/api/listings/{id}")).await
}

/// `GET /api/fx`: the latest reference exchange rates.
pub async fn get_fx_rates() -> Result<FxRates, Error> {
    get_json("/api/fx").await
}

/// `GET /locales/{tag}/{file}`: one Fluent file of a locale (served from the app's static files).
pub async fn get_locale_file(tag: &str, file: &str) -> Result<String, Error> {
    let response = Request::get(&format!("/locales/{tag}/{file}"))
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    if !response.ok() {
        return Err(Error::Server {
            status: response.status(),
            code: "http_error".to_owned(),
            message: response.status_text(),
        });
    }
    response
        .text()
        .await
        .map_err(|e| Error::Decode(e.to_string()))
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}
