//! A listing's reviews for the product page (SRV-8). Only the product page's chunk calls this.

use super::{Error, encode, get_json};
use caravan_types::{ListingId, review::ListingReviews};

/// Reviews per page on the product page.
pub const REVIEWS_PER_PAGE: u32 = 5;

/// `GET /api/listings/{id}/reviews`: a page of a listing's reviews, newest first, with the summary; the page
/// after `cursor` when one is given.
pub async fn list_listing_reviews(
    id: ListingId,
    cursor: Option<&str>,
) -> Result<ListingReviews, Error> {
    let mut path = format!("/api/listings/{id}/reviews?limit={REVIEWS_PER_PAGE}");
    if let Some(cursor) = cursor {
        path.push_str("&cursor=");
        path.push_str(&encode(cursor));
    }
    get_json(&path).await
}
