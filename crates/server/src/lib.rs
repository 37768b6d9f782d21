//! Caravan's thin JSON backend: the API under `/api/`, generated media under `/media/`, and the built app.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive exactly what production serves.

pub mod api;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod extract;
pub mod media;
pub mod password;
pub mod web;

use axum::Router;
use caravan_rules::Engine;
use sqlx::SqlitePool;
use std::{path::PathBuf, sync::Arc};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub pool: SqlitePool,
    /// Directory of the built app.
    pub dist: Arc<PathBuf>,
    /// The rule engine for the current policy; built once, shared by every request.
    pub rules: Arc<Engine>,
}

impl AppState {
    /// State over an open database and a built-app directory, with the default policy.
    pub fn new(pool: SqlitePool, dist: PathBuf) -> Self {
        AppState {
            pool,
            dist: Arc::new(dist),
            rules: Arc::new(Engine::default_policy()),
        }
    }
}

/// The whole HTTP application.
pub fn app(state: AppState) -> Router {
    web::with_web_layers(
        Router::new()
            .nest("/api", api::router())
            .nest("/media", media::router())
            .merge(web::router(&state)),
    )
    .with_state(state)
}
