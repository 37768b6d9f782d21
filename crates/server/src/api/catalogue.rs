//! The catalogue: categories, listing cards with cursor pagination, and the product page.

use crate::{
    AppState,
    category_names::{CategoryNames, requested_locale},
    error::{ApiResult, AppError},
    extract::ApiQuery,
};
use axum::{
    Json, Router,
    extract::{Path, State},
    routing::get,
};
use caravan_i18n::LocaleInfo;
use caravan_types::api::ErrorEnvelope;
use caravan_types::{
    CategoryId, Currency, ListingId, Money, ShopId, SkuId,
    listing::{
        Attribute, Category, Image, ListingCard, ListingDetail, ShippingOption, ShopSummary, Sku,
        VariantProperty,
    },
};
use serde::Deserialize;
use sqlx::{Row, sqlite::SqliteRow};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/categories", get(list_categories))
        .route("/listings/{id}", get(get_listing))
}

/// The language of the category names in an answer.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
// Like every other query of the API, unknown parameters are refused (a misspelt `lnag=` would otherwise
// silently answer in English).
#[serde(deny_unknown_fields)]
pub(super) struct LangQuery {
    /// BCP 47 tag of the language to name categories in (`fr-FR`, `fr`, `ar`…); negotiated among the
    /// offered locales, en-US when unknown or absent.
    pub lang: Option<String>,
}

#[utoipa::path(get, path = "/api/categories", tag = "catalogue", params(LangQuery), responses((status = 200, description = "The category tree, parents first, named in the requested language", body = Vec<Category>), (status = 400, description = "Bad input", body = ErrorEnvelope)))]
pub(super) async fn list_categories(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<LangQuery>,
) -> ApiResult<Json<Vec<Category>>> {
    let locale = requested_locale(query.lang.as_deref());
    let rows = sqlx::query(
        "SELECT id, parent_id, slug, name FROM categories ORDER BY coalesce(parent_id, 0), position",
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(Json(
        rows.iter()
            .map(|row| category_from_row(row, locale))
            .collect(),
    ))
}

/// A category row, named in `locale`.
fn category_from_row(row: &SqliteRow, locale: &LocaleInfo) -> Category {
    let slug: String = row.get("slug");
    Category {
        id: CategoryId(row.get("id")),
        parent_id: row.get::<Option<i64>, _>("parent_id").map(CategoryId),
        name: CategoryNames::get().name_or(locale, &slug, row.get("name")),
        slug,
    }
}

fn currency_of(row: &SqliteRow) -> Result<Currency, AppError> {
    let code: String = row.get("currency");
    code.parse()
        .map_err(|_| AppError::Internal(format!("stored currency `{code}` is unknown")))
}

/// Average rating in tenths of a star, rounded half up.
fn rating_tenths(sum: i64, count: i64) -> Option<u8> {
    (count > 0).then(|| u8::try_from((sum * 20 + count) / (count * 2)).unwrap_or(50))
}

pub fn card_from_row(row: &SqliteRow) -> Result<ListingCard, AppError> {
    let currency = currency_of(row)?;
    Ok(ListingCard {
        id: ListingId(row.get("id")),
        title: row.get("title"),
        price: Money::new(row.get("min_price_minor"), currency),
        original_price: row
            .get::<Option<i64>, _>("original")
            .map(|minor| Money::new(minor, currency)),
        image: image_from_row(row),
        rating_tenths: rating_tenths(row.get("rating_sum"), row.get("rating_count")),
        orders: u32::try_from(row.get::<i64, _>("orders_count")).unwrap_or(0),
        free_shipping: row.get("free_shipping"),
        shop_name: row.get("shop_name"),
        deal: None,
    })
}

fn image_from_row(row: &SqliteRow) -> Image {
    Image {
        url: row.get("url"),
        thumb_url: row.get("thumb_url"),
        width: u32::try_from(row.get::<i64, _>("width")).unwrap_or(0),
        height: u32::try_from(row.get::<i64, _>("height")).unwrap_or(0),
    }
}

/// What a product page asks for: the language of category names and where the buyer wants it delivered.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
// A misspelt `ship_to=` would otherwise silently show the default shipping options.
#[serde(deny_unknown_fields)]
pub(super) struct ListingQuery {
    /// BCP 47 tag of the language to name categories in; en-US when unknown or absent.
    pub lang: Option<String>,
    /// ISO 3166-1 alpha-2 destination: the shipping options become those to this country (its own cost
    /// and delivery days where the template has them; none when the template does not ship there).
    pub ships_to: Option<String>,
}

#[utoipa::path(get, path = "/api/listings/{id}", tag = "catalogue", params(("id" = i64, Path, description = "Listing id"), ListingQuery), responses((status = 200, description = "Everything the product page shows", body = ListingDetail), (status = 400, description = "Bad destination", body = ErrorEnvelope), (status = 404, description = "No such published listing", body = ErrorEnvelope)))]
pub(super) async fn get_listing(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<ListingQuery>,
) -> ApiResult<Json<ListingDetail>> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound("listing"))?;
    if let Some(country) = &query.ships_to
        && !crate::shipping::is_country_code(country)
    {
        return Err(AppError::bad_field(
            "ships_to",
            "invalid",
            "use an ISO 3166-1 alpha-2 country code, e.g. BR",
        ));
    }
    let locale = requested_locale(query.lang.as_deref());
    let now = state.clock.now();
    let row = sqlx::query(&format!(
        "SELECT l.*, s.id AS shop_id, s.name AS shop_name, s.country, s.return_policy
         FROM listings l JOIN shops s ON s.id = l.shop_id
         WHERE l.id = ? AND l.status = 'published' AND {}",
        crate::trust::standing::may_sell_sql("l.shop_id")
    ))
    .bind(id)
    .bind(now)
    .fetch_optional(&state.pool)
    .await?
    .ok_or(AppError::NotFound("listing"))?;
    let currency = currency_of(&row)?;

    let images = sqlx::query(
        "SELECT url, thumb_url, width, height FROM listing_images WHERE listing_id = ? ORDER BY position",
    )
    .bind(id)
    .fetch_all(&state.pool)
    .await?
    .iter()
    .map(image_from_row)
    .collect();

    let skus = sqlx::query(
        "SELECT id, code, options, price_minor, discount_price_minor, stock, image_index
         FROM skus WHERE listing_id = ? ORDER BY position",
    )
    .bind(id)
    .fetch_all(&state.pool)
    .await?
    .iter()
    .map(|sku| {
        let price: i64 = sku.get("price_minor");
        let discount: Option<i64> = sku.get("discount_price_minor");
        Ok(Sku {
            id: SkuId(sku.get("id")),
            code: sku.get("code"),
            options: json_column(sku, "options")?,
            price: Money::new(discount.unwrap_or(price), currency),
            original_price: discount.map(|_| Money::new(price, currency)),
            stock: u32::try_from(sku.get::<i64, _>("stock")).unwrap_or(0),
            image_index: sku
                .get::<Option<i64>, _>("image_index")
                .and_then(|i| u16::try_from(i).ok()),
        })
    })
    .collect::<Result<Vec<_>, AppError>>()?;

    let shipping = match row.get::<Option<i64>, _>("shipping_template_id") {
        Some(template) => {
            let mut conn = state.pool.acquire().await?;
            crate::shipping::rates(&mut conn, template, query.ships_to.as_deref()).await?
        }
        None => Vec::new(),
    }
    .into_iter()
    .map(|rate| ShippingOption {
        class: rate.class,
        cost: Money::new(rate.cost_minor, currency),
        min_days: rate.min_days,
        max_days: rate.max_days,
    })
    .collect();

    let (deal, service) = {
        let mut conn = state.pool.acquire().await?;
        let deals = crate::trust::promotions::active_deals(&mut conn, &[id], now).await?;
        let service =
            crate::trust::service::public(&mut conn, &state.rules, row.get("shop_id"), now).await?;
        (crate::trust::promotions::listing_deal(&deals, id), service)
    };
    let category_path = category_path(&state, row.get("category_id"), locale).await?;
    let variant_properties: Vec<VariantProperty> = json_column(&row, "variant_properties")?;
    let attributes: Vec<Attribute> = json_column(&row, "attributes")?;
    Ok(Json(ListingDetail {
        id: ListingId(id),
        title: row.get("title"),
        description: row.get("description"),
        category_path,
        images,
        variant_properties,
        skus,
        attributes,
        shipping,
        ships_to: query.ships_to,
        shop: ShopSummary {
            id: ShopId(row.get("shop_id")),
            name: row.get("shop_name"),
            country: row.get("country"),
            return_policy: row.get("return_policy"),
            positive_feedback_permille: service
                .positive_feedback_permille
                .and_then(|p| u16::try_from(p).ok()),
            service: (service.dsr.ratings > 0).then_some(service),
        },
        rating_tenths: rating_tenths(row.get("rating_sum"), row.get("rating_count")),
        orders: u32::try_from(row.get::<i64, _>("orders_count")).unwrap_or(0),
        deal,
    }))
}

/// The category and its ancestors, root first, named in `locale`.
async fn category_path(
    state: &AppState,
    leaf: i64,
    locale: &LocaleInfo,
) -> ApiResult<Vec<Category>> {
    let rows = sqlx::query(
        "WITH RECURSIVE path(id, parent_id, slug, name, depth) AS (
             SELECT id, parent_id, slug, name, 0 FROM categories WHERE id = ?
             UNION ALL
             SELECT c.id, c.parent_id, c.slug, c.name, path.depth + 1
             FROM categories c JOIN path ON c.id = path.parent_id
         )
         SELECT id, parent_id, slug, name FROM path ORDER BY depth DESC",
    )
    .bind(leaf)
    .fetch_all(&state.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|row| category_from_row(row, locale))
        .collect())
}

fn json_column<T: serde::de::DeserializeOwned>(row: &SqliteRow, column: &str) -> ApiResult<T> {
    let text: String = row.get(column);
    serde_json::from_str(&text)
        .map_err(|e| AppError::Internal(format!("column `{column}` holds bad JSON: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_round_half_up_to_tenths() {
        assert_eq!(rating_tenths(0, 0), None);
        assert_eq!(rating_tenths(9, 2), Some(45));
        assert_eq!(rating_tenths(14, 3), Some(47)); // 4.666… → 4.7
        assert_eq!(rating_tenths(5, 1), Some(50));
    }
}
