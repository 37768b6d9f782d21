//! Reviews and the service score (SRV-1 … SRV-8): the buyer rates a completed order once (stars, text and
//! the three DSR); product pages list the reviews of a listing; the seller sees the shop's assessment.

use super::own_shop::{own_shop_id, path_id, text_field};
use crate::{
    AppState,
    auth::{CurrentUser, require_role},
    error::{ApiResult, AppError},
    extract::{ApiJson, ApiQuery},
    trust::service,
};
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::get,
};
use caravan_types::{
    ListingId, OrderId,
    account::Role,
    api::ErrorEnvelope,
    review::{
        DsrRatings, ListingReviews, OrderReview, ProductReview, RatingSummary, ReviewRequest,
        ServiceScore, ServiceWeek, StarCount,
    },
};
use serde::Deserialize;
use sqlx::{Row, SqliteConnection};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/orders/{id}/review",
            get(get_order_review).post(create_order_review),
        )
        .route("/listings/{id}/reviews", get(list_listing_reviews))
        .route("/seller/service-score", get(get_service_score))
        .route("/seller/service-score/weeks", get(list_service_weeks))
}

#[utoipa::path(post, path = "/api/orders/{id}/review", tag = "trust", params(("id" = i64, Path, description = "Order id")), request_body = ReviewRequest, responses((status = 201, description = "Recorded", body = OrderReview), (status = 400, description = "Ratings outside 1–5 or text too long", body = ErrorEnvelope), (status = 404, description = "Not one of the buyer's orders", body = ErrorEnvelope), (status = 409, description = "Not completed yet, or reviewed already", body = ErrorEnvelope)))]
pub(super) async fn create_order_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<ReviewRequest>,
) -> ApiResult<(StatusCode, Json<OrderReview>)> {
    require_role(&user, &[Role::Buyer])?;
    let id = path_id(&id, "order")?;
    let text = if request.text.trim().is_empty() {
        String::new()
    } else {
        text_field("text", &request.text, 1, 2000)?
    };
    let stars = [
        ("rating", request.rating),
        ("dsr.described", request.dsr.described),
        ("dsr.communication", request.dsr.communication),
        ("dsr.shipping", request.dsr.shipping),
    ];
    if let Some((field, _)) = stars.iter().find(|(_, v)| !(1..=5).contains(v)) {
        return Err(AppError::bad_field(
            field,
            "out_of_range",
            "rate 1 to 5 stars",
        ));
    }
    let now = state.clock.now();
    let mut tx = crate::db::begin_write(&state.pool).await?;
    let order: Option<(i64, String)> =
        sqlx::query_as("SELECT shop_id, status FROM orders WHERE id = ? AND buyer_id = ?")
            .bind(id)
            .bind(user.0.id.0)
            .fetch_optional(&mut *tx)
            .await?;
    let (shop_id, status) = order.ok_or(AppError::NotFound("order"))?;
    if status != "completed" {
        return Err(AppError::Conflict {
            code: "order_not_completed",
            message: "an order can be reviewed once it is completed".to_owned(),
            fields: Vec::new(),
        });
    }
    let inserted = sqlx::query(
        "INSERT INTO order_reviews (order_id, buyer_id, shop_id, rating, text, described, communication,
            shipping, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING",
    )
    .bind(id)
    .bind(user.0.id.0)
    .bind(shop_id)
    .bind(request.rating)
    .bind(&text)
    .bind(request.dsr.described)
    .bind(request.dsr.communication)
    .bind(request.dsr.shipping)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        return Err(AppError::Conflict {
            code: "review_exists",
            message: "this order has been reviewed already".to_owned(),
            fields: Vec::new(),
        });
    }
    // The catalogue's stars: every listing of the order counts the rating once.
    sqlx::query(
        "UPDATE listings SET rating_sum = rating_sum + ?, rating_count = rating_count + 1
         WHERE id IN (SELECT DISTINCT listing_id FROM order_lines WHERE order_id = ?)",
    )
    .bind(request.rating)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    crate::notify::notify_shop(
        &mut tx,
        shop_id,
        "review_received",
        serde_json::json!({"order_id": id, "rating": request.rating}),
        now,
    )
    .await?;
    let review = load_review(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound("review"))?;
    tx.commit().await?;
    state.catalogue_cache.invalidate();
    Ok((StatusCode::CREATED, Json(review)))
}

#[utoipa::path(get, path = "/api/orders/{id}/review", tag = "trust", params(("id" = i64, Path, description = "Order id")), responses((status = 200, description = "The order's review", body = OrderReview), (status = 404, description = "Not reviewed, or not the caller's order", body = ErrorEnvelope)))]
pub(super) async fn get_order_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<OrderReview>> {
    let id = path_id(&id, "order")?;
    let mut conn = state.pool.acquire().await?;
    // The buyer of the order or the owner of its shop.
    let visible: Option<i64> = sqlx::query_scalar(
        "SELECT o.id FROM orders o JOIN shops s ON s.id = o.shop_id
         WHERE o.id = ? AND (o.buyer_id = ?2 OR s.owner_id = ?2)",
    )
    .bind(id)
    .bind(user.0.id.0)
    .fetch_optional(&mut *conn)
    .await?;
    visible.ok_or(AppError::NotFound("order"))?;
    load_review(&mut conn, id)
        .await?
        .map(Json)
        .ok_or(AppError::NotFound("review"))
}

async fn load_review(conn: &mut SqliteConnection, order: i64) -> ApiResult<Option<OrderReview>> {
    let row = sqlx::query("SELECT * FROM order_reviews WHERE order_id = ?")
        .bind(order)
        .fetch_optional(&mut *conn)
        .await?;
    let star =
        |row: &sqlx::sqlite::SqliteRow, c: &str| u8::try_from(row.get::<i64, _>(c)).unwrap_or(0);
    Ok(row.map(|row| OrderReview {
        order_id: OrderId(order),
        rating: star(&row, "rating"),
        text: row.get("text"),
        dsr: DsrRatings {
            described: star(&row, "described"),
            communication: star(&row, "communication"),
            shipping: star(&row, "shipping"),
        },
        created_at: row.get("created_at"),
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct ReviewPage {
    /// Page size, 1–50 (default 10).
    limit: Option<u32>,
    /// Opaque cursor from the previous page.
    cursor: Option<String>,
}

/// A name shortened for privacy: first and last character.
fn masked(name: &str) -> String {
    let chars: Vec<char> = name.trim().chars().collect();
    match chars.as_slice() {
        [] => "***".to_owned(),
        [only] => format!("{only}***"),
        [first, .., last] => format!("{first}***{last}"),
    }
}

#[utoipa::path(get, path = "/api/listings/{id}/reviews", tag = "catalogue", params(("id" = i64, Path, description = "Listing id"), ReviewPage), responses((status = 200, description = "The listing's reviews, newest first, with the summary", body = ListingReviews), (status = 404, description = "No such published listing", body = ErrorEnvelope)))]
pub(super) async fn list_listing_reviews(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(page): ApiQuery<ReviewPage>,
) -> ApiResult<Json<ListingReviews>> {
    let id = path_id(&id, "listing")?;
    let limit = page.limit.unwrap_or(10);
    if !(1..=50).contains(&limit) {
        return Err(AppError::bad_field(
            "limit",
            "out_of_range",
            "limit must be between 1 and 50",
        ));
    }
    let before: Option<i64> = match page.cursor.as_deref() {
        None => None,
        Some(text) => Some(text.parse().ok().filter(|c: &i64| *c > 0).ok_or_else(|| {
            AppError::bad_field("cursor", "invalid", "cursor is not one this server issued")
        })?),
    };
    let mut conn = state.pool.acquire().await?;
    // Like the product page: a listing of a shop that may not sell is not there (PEN-1).
    let published: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT l.id FROM listings l WHERE l.id = ? AND l.status = 'published' AND {}",
        crate::trust::standing::may_sell_sql("l.shop_id")
    ))
    .bind(id)
    .bind(state.clock.now())
    .fetch_optional(&mut *conn)
    .await?;
    published.ok_or(AppError::NotFound("listing"))?;
    let counts = sqlx::query(
        "SELECT r.rating, count(*) AS n FROM order_reviews r
         WHERE r.order_id IN (SELECT order_id FROM order_lines WHERE listing_id = ?)
         GROUP BY r.rating",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut ratings = Vec::new();
    for row in &counts {
        let rating = u8::try_from(row.get::<i64, _>("rating")).unwrap_or(0);
        let n = usize::try_from(row.get::<i64, _>("n")).unwrap_or(0);
        ratings.extend(std::iter::repeat_n(rating, n));
    }
    let feedback = state.rules.listing_feedback(&ratings);
    let by_stars = (1..=5u8)
        .rev()
        .map(|stars| StarCount {
            stars,
            count: u32::try_from(ratings.iter().filter(|r| **r == stars).count()).unwrap_or(0),
        })
        .collect();
    let sum: u32 = ratings.iter().map(|r| u32::from(*r)).sum();
    let rows = sqlx::query(
        "SELECT r.id, r.rating, r.text, r.created_at, u.display_name,
                group_concat(l.sku_label, ', ') AS sku_label
         FROM order_reviews r
         JOIN order_lines l ON l.order_id = r.order_id AND l.listing_id = ?
         JOIN users u ON u.id = r.buyer_id
         WHERE (? IS NULL OR r.id < ?)
         GROUP BY r.id ORDER BY r.id DESC LIMIT ?",
    )
    .bind(id)
    .bind(before)
    .bind(before)
    .bind(i64::from(limit) + 1)
    .fetch_all(&mut *conn)
    .await?;
    let mut items: Vec<ProductReview> = rows
        .iter()
        .map(|row| ProductReview {
            id: row.get("id"),
            rating: u8::try_from(row.get::<i64, _>("rating")).unwrap_or(0),
            text: row.get("text"),
            author: masked(&row.get::<String, _>("display_name")),
            sku_label: row
                .get::<Option<String>, _>("sku_label")
                .unwrap_or_default(),
            created_at: row.get("created_at"),
        })
        .collect();
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|r| r.id.to_string())
    } else {
        None
    };
    Ok(Json(ListingReviews {
        listing_id: ListingId(id),
        summary: RatingSummary {
            ratings: feedback.ratings,
            average_tenths: (feedback.ratings > 0).then(|| {
                u8::try_from((sum * 20 + feedback.ratings) / (feedback.ratings * 2)).unwrap_or(50)
            }),
            positive_permille: feedback.positive_permille,
            by_stars,
        },
        items,
        next_cursor,
    }))
}

#[utoipa::path(get, path = "/api/seller/service-score", tag = "seller", responses((status = 200, description = "The shop's assessment over the rolling window (SRV-1 … SRV-8)", body = ServiceScore), (status = 403, description = "Not a seller", body = ErrorEnvelope)))]
pub(super) async fn get_service_score(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<ServiceScore>> {
    let shop = own_shop_id(&state, &user).await?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(
        service::score(&mut conn, &state.rules, shop, state.clock.now()).await?,
    ))
}

#[utoipa::path(get, path = "/api/seller/service-score/weeks", tag = "seller", responses((status = 200, description = "The service window week by week, oldest first: orders placed each week, their DSR averages and SRV counts", body = Vec<ServiceWeek>), (status = 403, description = "Not a seller", body = ErrorEnvelope)))]
pub(super) async fn list_service_weeks(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<ServiceWeek>>> {
    let shop = own_shop_id(&state, &user).await?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(
        service::weeks(&mut conn, &state.rules, shop, state.clock.now()).await?,
    ))
}

#[cfg(test)]
mod tests {
    use super::masked;

    #[test]
    fn names_are_shortened() {
        assert_eq!(masked("Maria"), "M***a");
        assert_eq!(masked("李"), "李***");
        assert_eq!(masked(" "), "***");
    }
}
