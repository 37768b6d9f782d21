//! Catalogue queries: full-text search (SQLite FTS5) with prefix matching, filters, sorts, facet counts and
//! cursor pagination. `GET /api/search` answers with facets and a total; `GET /api/listings` (browsing) runs
//! the same query without them.

use super::catalogue::card_from_row;
use crate::{
    AppState,
    category_names::{CategoryNames, requested_locale},
    error::{ApiResult, AppError},
    extract::ApiQuery,
};
use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{Uri, header},
    response::{IntoResponse, Response},
    routing::get,
};
use caravan_i18n::LocaleInfo;
use caravan_types::api::ErrorEnvelope;
use caravan_types::{
    Currency, Money, Rounding,
    listing::{ListingCard, Page},
    logistics::LogisticsClass,
    search::{CategoryCount, ClassCount, Facets, SearchResults},
};
use serde::Deserialize;
use sqlx::{QueryBuilder, Row, Sqlite};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/search", get(search_listings))
        .route("/listings", get(list_listings))
}

/// Orderings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best text match first (with a query; otherwise best-selling).
    Relevance,
    /// Most orders first.
    BestSelling,
    /// Most recently listed first.
    Newest,
    /// Cheapest first.
    PriceAsc,
    /// Dearest first.
    PriceDesc,
}

/// Query parameters of both catalogue routes.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CatalogueQuery {
    /// Words to search for; the last one matches as a prefix (search as you type).
    pub q: Option<String>,
    /// Category slug; includes its sub-categories.
    pub category: Option<String>,
    /// Lowest price, minor units of `currency`.
    pub price_min: Option<i64>,
    /// Highest price, minor units of `currency`.
    pub price_max: Option<i64>,
    /// ISO 4217 currency of `price_min` and `price_max` (default USD, the settlement currency): a buyer
    /// filters in the currency prices are shown in. Converted at the latest reference rates, the lowest
    /// price rounded down and the highest up, so nothing shown inside the range is left out.
    #[param(value_type = Option<String>, example = "EUR")]
    pub currency: Option<Currency>,
    /// Only listings that can ship with this logistics class.
    pub class: Option<LogisticsClass>,
    /// Only listings that deliver to this ISO 3166-1 alpha-2 country.
    pub ships_to: Option<String>,
    /// Lowest average rating in tenths of a star (45 = 4.5).
    pub min_rating: Option<u8>,
    /// Only listings with stock.
    pub in_stock: Option<bool>,
    /// Ordering; relevance when searching, best-selling otherwise.
    pub sort: Option<Sort>,
    /// Page size, 1–60 (default 24).
    pub limit: Option<u32>,
    /// Opaque cursor from the previous page.
    pub cursor: Option<String>,
    /// BCP 47 tag of the language to name categories in (search facets; browsing names none); negotiated
    /// among the offered locales, en-US when unknown or absent.
    pub lang: Option<String>,
}

const DEFAULT_LIMIT: u32 = 24;
const MAX_LIMIT: u32 = 60;

/// Where a page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cursor {
    /// After the row with this sort key and id (keyset pagination).
    After(i64, i64),
    /// After this many rows (relevance, whose float score is not a stable key).
    Offset(i64),
}

fn parse_cursor(text: &str) -> Option<Cursor> {
    if let Some(offset) = text.strip_prefix('o') {
        return offset.parse().ok().filter(|o| *o >= 0).map(Cursor::Offset);
    }
    let (key, id) = text.split_once('.')?;
    Some(Cursor::After(key.parse().ok()?, id.parse().ok()?))
}

/// The FTS5 query for what a person typed: every word must match, the last as a prefix. Words are quoted,
/// so nothing typed is ever read as FTS5 syntax.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("\"{w}\""))
        .collect();
    let last = words.len().checked_sub(1)?;
    let prefix = !typed.ends_with(char::is_whitespace);
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last && prefix {
                    format!("{w}*")
                } else {
                    w.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A validated query.
struct Plan {
    fts: Option<String>,
    sort: Sort,
    limit: u32,
    cursor: Option<Cursor>,
}

fn plan(query: &CatalogueQuery) -> ApiResult<Plan> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(AppError::bad_field(
            "limit",
            "out_of_range",
            format!("limit must be between 1 and {MAX_LIMIT}"),
        ));
    }
    if query.price_min.is_some_and(|p| p < 0) || query.price_max.is_some_and(|p| p < 0) {
        return Err(AppError::bad_field(
            "price_min",
            "out_of_range",
            "prices cannot be negative",
        ));
    }
    if let (Some(min), Some(max)) = (query.price_min, query.price_max)
        && min > max
    {
        return Err(AppError::bad_field(
            "price_max",
            "below_min",
            "the highest price is below the lowest",
        ));
    }
    if query.min_rating.is_some_and(|r| r > 50) {
        return Err(AppError::bad_field(
            "min_rating",
            "out_of_range",
            "ratings go from 0 to 50 tenths of a star",
        ));
    }
    if let Some(country) = &query.ships_to
        && !crate::shipping::is_country_code(country)
    {
        return Err(AppError::bad_field(
            "ships_to",
            "invalid",
            "use an ISO 3166-1 alpha-2 country code, e.g. BR",
        ));
    }
    let fts = query.q.as_deref().and_then(fts_query);
    let sort = match query.sort {
        None | Some(Sort::Relevance) if fts.is_some() => Sort::Relevance,
        None | Some(Sort::Relevance) => Sort::BestSelling,
        Some(sort) => sort,
    };
    let cursor = match query.cursor.as_deref() {
        None => None,
        Some(text) => {
            let cursor = parse_cursor(text)
                .filter(|c| matches!(c, Cursor::Offset(_)) == (sort == Sort::Relevance))
                .ok_or_else(|| {
                    AppError::bad_field(
                        "cursor",
                        "invalid",
                        "cursor is not one this server issued for this sort",
                    )
                })?;
            Some(cursor)
        }
    };
    Ok(Plan {
        fts,
        sort,
        limit,
        cursor,
    })
}

/// Filters to leave out, for facets that count across their own filter.
#[derive(Debug, Clone, Copy, Default)]
struct Skip {
    category: bool,
    class: bool,
}

/// Opens a query over the catalogue: with search words, the FTS5 hits are computed once, first, and every
/// other table is reached from them. (Joining the FTS table the other way round makes SQLite re-run the
/// MATCH for every candidate row: 680 ms instead of 1.3 ms on 100,000 listings.) `select` is the column
/// list; the query continues with the joins and `WHERE l.status = 'published'`. Measured with
/// `scripts/bench-catalogue.sh` (README).
fn open_query<'a>(plan: &Plan, select: &str) -> QueryBuilder<'a, Sqlite> {
    let mut sql: QueryBuilder<Sqlite> = QueryBuilder::new("");
    match &plan.fts {
        Some(fts) => {
            sql.push(
                "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(listings_fts, 10.0, 1.0) AS rank
                 FROM listings_fts WHERE listings_fts MATCH ",
            )
            .push_bind(fts.clone())
            // CROSS JOIN fixes the order in SQLite: newer planners otherwise start from `listings` (it cannot
            // estimate how few hits there are) and probe the hits for each row.
            .push(format_args!(") SELECT {select} FROM hits h CROSS JOIN listings l ON l.id = h.id"));
        }
        None => {
            sql.push(format_args!("SELECT {select} FROM listings l"));
        }
    }
    sql
}

/// Appends ` AND …` for every filter of `query` except those in `skip`, and always leaves out the listings
/// of shops that may not sell at `now` (trading suspended or cooperation ended, PEN-1).
fn push_filters(sql: &mut QueryBuilder<'_, Sqlite>, query: &CatalogueQuery, skip: Skip, now: i64) {
    crate::trust::standing::push_may_sell(sql, "l.shop_id", now);
    if let (Some(slug), false) = (&query.category, skip.category) {
        sql.push(" AND l.category_id IN (SELECT c.id FROM categories c WHERE c.slug = ")
            .push_bind(slug.clone())
            .push(" OR c.parent_id = (SELECT p.id FROM categories p WHERE p.slug = ")
            .push_bind(slug.clone())
            .push("))");
    }
    if let Some(min) = query.price_min {
        sql.push(" AND l.min_price_minor >= ").push_bind(min);
    }
    if let Some(max) = query.price_max {
        sql.push(" AND l.min_price_minor <= ").push_bind(max);
    }
    if let (Some(class), false) = (query.class, skip.class) {
        sql.push(" AND EXISTS (SELECT 1 FROM shipping_rates r WHERE r.template_id = l.shipping_template_id AND r.class = ")
            .push_bind(class.as_str())
            .push(")");
    }
    if let Some(country) = &query.ships_to {
        sql.push(
            " AND EXISTS (SELECT 1 FROM shipping_templates t WHERE t.id = l.shipping_template_id
               AND (t.ships_to = '*' OR instr(t.ships_to, ',' || ",
        )
        .push_bind(country.clone())
        .push(" || ',') > 0))");
    }
    if let Some(rating) = query.min_rating {
        sql.push(" AND l.rating_count > 0 AND l.rating_sum * 10 >= ")
            .push_bind(i64::from(rating))
            .push(" * l.rating_count");
    }
    if query.in_stock == Some(true) {
        sql.push(" AND l.total_stock > 0");
    }
}

/// (column, descending) of a keyset sort.
fn sort_column(sort: Sort) -> (&'static str, bool) {
    match sort {
        Sort::Relevance | Sort::BestSelling => ("l.orders_count", true),
        Sort::Newest => ("l.created_at", true),
        Sort::PriceAsc => ("l.min_price_minor", false),
        Sort::PriceDesc => ("l.min_price_minor", true),
    }
}

/// One page of cards.
async fn page(
    state: &AppState,
    query: &CatalogueQuery,
    plan: &Plan,
) -> ApiResult<(Vec<ListingCard>, Option<String>)> {
    let relevance = plan.sort == Sort::Relevance;
    let (column, descending) = sort_column(plan.sort);
    let mut sql = open_query(
        plan,
        &format!(
            "l.id, l.title, l.currency, l.min_price_minor, l.rating_sum, l.rating_count, l.orders_count,
             l.free_shipping, {column} AS sort_key, s.name AS shop_name,
             i.url, i.thumb_url, i.width, i.height,
             (SELECT k.price_minor FROM skus k
               WHERE k.listing_id = l.id AND k.discount_price_minor = l.min_price_minor LIMIT 1) AS original"
        ),
    );
    sql.push(
        " JOIN shops s ON s.id = l.shop_id
          JOIN listing_images i ON i.listing_id = l.id AND i.position = 0
          WHERE l.status = 'published'",
    );
    push_filters(&mut sql, query, Skip::default(), state.clock.now());
    if let Some(Cursor::After(key, id)) = plan.cursor {
        let (cmp, tie) = if descending { ("<", "<") } else { (">", ">") };
        sql.push(format_args!(" AND ({column} {cmp} "))
            .push_bind(key)
            .push(format_args!(" OR ({column} = "))
            .push_bind(key)
            .push(format_args!(" AND l.id {tie} "))
            .push_bind(id)
            .push("))");
    }
    if relevance {
        // Title matches weigh ten times description matches.
        sql.push(" ORDER BY h.rank, l.id");
    } else {
        let direction = if descending { "DESC" } else { "ASC" };
        sql.push(format_args!(
            " ORDER BY {column} {direction}, l.id {direction}"
        ));
    }
    sql.push(" LIMIT ").push_bind(i64::from(plan.limit) + 1);
    let offset = match plan.cursor {
        Some(Cursor::Offset(offset)) => offset,
        _ => 0,
    };
    if relevance {
        sql.push(" OFFSET ").push_bind(offset);
    }
    let mut rows = sql.build().fetch_all(&state.pool).await?;
    let limit = plan.limit as usize;
    let next_cursor = if rows.len() > limit {
        rows.truncate(limit);
        if relevance {
            Some(format!("o{}", offset + i64::from(plan.limit)))
        } else {
            rows.last().map(|row| {
                format!(
                    "{}.{}",
                    row.get::<i64, _>("sort_key"),
                    row.get::<i64, _>("id")
                )
            })
        }
    } else {
        None
    };
    let mut items = rows
        .iter()
        .map(card_from_row)
        .collect::<Result<Vec<_>, _>>()?;
    // Cards show running deals (PRM); cached pages may show one up to the cache's lifetime late.
    let mut conn = state.pool.acquire().await?;
    crate::trust::promotions::annotate_cards(&mut conn, &mut items, state.clock.now()).await?;
    Ok((items, next_cursor))
}

#[utoipa::path(get, path = "/api/listings", tag = "catalogue", params(CatalogueQuery), responses((status = 200, description = "One page of catalogue cards", body = Page<ListingCard>), (status = 400, description = "Bad input", body = ErrorEnvelope)))]
pub(super) async fn list_listings(
    State(state): State<AppState>,
    uri: Uri,
    ApiQuery(query): ApiQuery<CatalogueQuery>,
) -> ApiResult<Response> {
    let query = in_settlement_currency(&state, query).await?;
    let plan = plan(&query)?;
    let locale = requested_locale(query.lang.as_deref());
    cached(&state, &uri, locale, async {
        let (items, next_cursor) = page(&state, &query, &plan).await?;
        Ok(Page { items, next_cursor })
    })
    .await
}

#[utoipa::path(get, path = "/api/search", tag = "catalogue", params(CatalogueQuery), responses((status = 200, description = "Search results with facets", body = SearchResults), (status = 400, description = "Bad input", body = ErrorEnvelope)))]
pub(super) async fn search_listings(
    State(state): State<AppState>,
    uri: Uri,
    ApiQuery(query): ApiQuery<CatalogueQuery>,
) -> ApiResult<Response> {
    let query = in_settlement_currency(&state, query).await?;
    let plan = plan(&query)?;
    let locale = requested_locale(query.lang.as_deref());
    cached(
        &state,
        &uri,
        locale,
        search_results(&state, &query, &plan, locale),
    )
    .await
}

/// The query with its price bounds in the settlement currency (USD), which listings are priced in.
async fn in_settlement_currency(
    state: &AppState,
    mut query: CatalogueQuery,
) -> ApiResult<CatalogueQuery> {
    let from = match query.currency.take() {
        Some(from) if from != Currency::USD => from,
        _ => return Ok(query),
    };
    if query.price_min.is_none() && query.price_max.is_none() {
        return Ok(query);
    }
    let no_rate = || {
        AppError::bad_field(
            "currency",
            "no_rate",
            format!("there is no reference rate for {}", from.code()),
        )
    };
    let rates = crate::fx::latest_table(&state.pool)
        .await?
        .ok_or_else(no_rate)?;
    let rate = rates.rate(from, Currency::USD).ok_or_else(no_rate)?;
    let convert = |bound: Option<i64>, rounding: Rounding| -> ApiResult<Option<i64>> {
        bound
            .map(|minor| {
                Money::new(minor, from)
                    .convert(rate, rounding)
                    .map(|usd| usd.minor)
                    .map_err(|_| {
                        AppError::bad_field("price_max", "out_of_range", "the price is too large")
                    })
            })
            .transpose()
    };
    query.price_min = convert(query.price_min, Rounding::Floor)?;
    query.price_max = convert(query.price_max, Rounding::Ceiling)?;
    Ok(query)
}

/// Answers from the catalogue cache, or computes, stores and answers. Refusals are never cached.
async fn cached<T: serde::Serialize>(
    state: &AppState,
    uri: &Uri,
    locale: &LocaleInfo,
    compute: impl std::future::Future<Output = ApiResult<T>>,
) -> ApiResult<Response> {
    let key = cache_key(uri, locale);
    let now = state.clock.now();
    let body = match state.catalogue_cache.get(&key, now) {
        Some(body) => body,
        None => {
            let generation = state.catalogue_cache.generation();
            let value = compute.await?;
            let body = Bytes::from(
                serde_json::to_vec(&value).map_err(|e| AppError::Internal(e.to_string()))?,
            );
            state
                .catalogue_cache
                .put(key, generation, now, body.clone());
            body
        }
    };
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// The cache key of a request: its path and query with the language the answer is written in in place of
/// the `lang` parameter as sent, so answers in two languages never share an entry while `lang=fr` and
/// `lang=fr-FR` (or an unknown tag and none) do.
fn cache_key(uri: &Uri, locale: &LocaleInfo) -> String {
    let query: Vec<&str> = uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .collect();
    format!("{} {}?{}", locale.tag, uri.path(), query.join("&"))
}

async fn search_results(
    state: &AppState,
    query: &CatalogueQuery,
    plan: &Plan,
    locale: &LocaleInfo,
) -> ApiResult<SearchResults> {
    let (items, next_cursor) = page(state, query, plan).await?;

    let mut total = open_query(plan, "count(*)");
    total.push(" WHERE l.status = 'published'");
    push_filters(&mut total, query, Skip::default(), state.clock.now());
    let total: i64 = total.build_query_scalar().fetch_one(&state.pool).await?;

    let mut categories = open_query(plan, "top.slug, top.name, count(*) AS n");
    categories.push(
        " JOIN categories c ON c.id = l.category_id
          JOIN categories top ON top.id = coalesce(c.parent_id, c.id)
          WHERE l.status = 'published'",
    );
    push_filters(
        &mut categories,
        query,
        Skip {
            category: true,
            class: false,
        },
        state.clock.now(),
    );
    categories.push(" GROUP BY top.id ORDER BY n DESC, top.position");
    let categories = categories
        .build()
        .fetch_all(&state.pool)
        .await?
        .iter()
        .map(|row| {
            let slug: String = row.get("slug");
            CategoryCount {
                name: CategoryNames::get().name_or(locale, &slug, row.get("name")),
                slug,
                count: u64::try_from(row.get::<i64, _>("n")).unwrap_or(0),
            }
        })
        .collect();

    let mut classes = open_query(plan, "r.class, count(DISTINCT l.id) AS n");
    classes.push(
        " JOIN shipping_rates r ON r.template_id = l.shipping_template_id
          WHERE l.status = 'published'",
    );
    push_filters(
        &mut classes,
        query,
        Skip {
            category: false,
            class: true,
        },
        state.clock.now(),
    );
    classes.push(" GROUP BY r.class ORDER BY n DESC");
    let classes = classes
        .build()
        .fetch_all(&state.pool)
        .await?
        .iter()
        .filter_map(|row| {
            let class: String = row.get("class");
            Some(ClassCount {
                class: class.parse().ok()?,
                count: u64::try_from(row.get::<i64, _>("n")).unwrap_or(0),
            })
        })
        .collect();

    Ok(SearchResults {
        items,
        next_cursor,
        total: u64::try_from(total).unwrap_or(0),
        facets: Facets {
            categories,
            classes,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_a_safe_prefix_query() {
        assert_eq!(
            fts_query("steel bott").as_deref(),
            Some("\"steel\" \"bott\"*")
        );
        assert_eq!(
            fts_query("steel bottle ").as_deref(),
            Some("\"steel\" \"bottle\"")
        );
        assert_eq!(
            fts_query("\"a\" OR b*) NEAR(").as_deref(),
            Some("\"a\" \"OR\" \"b\" \"NEAR\"*")
        );
        assert_eq!(fts_query("  ,;  "), None);
        assert_eq!(fts_query("café").as_deref(), Some("\"café\"*"));
    }

    #[test]
    fn cache_keys_hold_the_answers_language_not_the_lang_as_sent() {
        let key = |uri: &str, tag: &str| {
            cache_key(
                &uri.parse().unwrap(),
                caravan_i18n::locale_info(tag).unwrap(),
            )
        };
        assert_eq!(
            key("/search?q=mug&lang=fr", "fr-FR"),
            key("/search?q=mug&lang=fr-FR", "fr-FR")
        );
        assert_eq!(
            key("/search?lang=xx&q=mug", "en-US"),
            key("/search?q=mug", "en-US")
        );
        assert_ne!(
            key("/search?q=mug&lang=fr-FR", "fr-FR"),
            key("/search?q=mug&lang=ar", "ar")
        );
        assert_ne!(
            key("/search?q=mug", "en-US"),
            key("/search?q=mugs", "en-US")
        );
        // A parameter that merely starts with `lang` is not the language.
        assert_ne!(
            key("/search?q=mug&language=x", "en-US"),
            key("/search?q=mug", "en-US")
        );
    }

    #[test]
    fn cursors_round_trip() {
        assert_eq!(parse_cursor("12.345"), Some(Cursor::After(12, 345)));
        assert_eq!(parse_cursor("o48"), Some(Cursor::Offset(48)));
        assert_eq!(parse_cursor("o-1"), None);
        assert_eq!(parse_cursor("garbage"), None);
    }
}
