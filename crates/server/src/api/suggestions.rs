//! `GET /api/search/suggestions?q=`: titles for the search box while the buyer types. Only the title column
//! of the full-text index is searched, every typed word must match and the last one is a prefix (`bamb` →
//! "Bamboo …"), as for search itself ([`super::search::fts_query`]); listings of shops that may not sell
//! are left out like everywhere in the catalogue.

use super::search::fts_query;
use crate::{AppState, error::ApiResult, extract::ApiQuery, trust::standing};
use axum::{Json, Router, extract::State, routing::get};
use caravan_types::{
    api::ErrorEnvelope,
    search::{MAX_SUGGESTIONS, Suggestions},
};
use serde::Deserialize;
use sqlx::{QueryBuilder, Row, Sqlite};

pub fn router() -> Router<AppState> {
    Router::new().route("/search/suggestions", get(suggest))
}

/// What the buyer has typed so far.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(super) struct SuggestQuery {
    /// The search box's text; nothing is suggested for fewer than two characters.
    pub q: Option<String>,
}

/// Fewest characters before anything is suggested: one letter matches too much to help.
const MIN_CHARS: usize = 2;

#[utoipa::path(get, path = "/api/search/suggestions", tag = "catalogue", params(SuggestQuery), responses((status = 200, description = "Titles that complete what was typed", body = Suggestions), (status = 400, description = "Bad input", body = ErrorEnvelope)))]
pub(super) async fn suggest(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<SuggestQuery>,
) -> ApiResult<Json<Suggestions>> {
    let typed = query.q.unwrap_or_default();
    let fts = (typed.trim().chars().count() >= MIN_CHARS)
        .then(|| fts_query(&typed))
        .flatten();
    let Some(fts) = fts else {
        return Ok(Json(Suggestions {
            suggestions: Vec::new(),
        }));
    };
    let now = state.clock.now();
    let mut sql: QueryBuilder<'_, Sqlite> = QueryBuilder::new(
        "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(listings_fts, 10.0, 1.0) AS rank
         FROM listings_fts WHERE listings_fts MATCH ",
    );
    // A column filter: the words must be in the title, where a suggestion shows them.
    sql.push_bind(format!("title : ({fts})")).push(
        ") SELECT l.title FROM hits h CROSS JOIN listings l ON l.id = h.id
             WHERE l.status = 'published'",
    );
    standing::push_may_sell(&mut sql, "l.shop_id", now);
    // More rows than shown, since several listings may share a title.
    sql.push(" ORDER BY h.rank, l.id LIMIT ")
        .push_bind(i64::try_from(MAX_SUGGESTIONS * 4).unwrap_or(32));
    let rows = sql.build().fetch_all(&state.pool).await?;
    let mut suggestions: Vec<String> = Vec::with_capacity(MAX_SUGGESTIONS);
    for row in rows {
        let title: String = row.get("title");
        if !suggestions.iter().any(|s| s.eq_ignore_ascii_case(&title)) {
            suggestions.push(title);
        }
        if suggestions.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    Ok(Json(Suggestions { suggestions }))
}
