//! Caravan's thin JSON backend: the API under `/api/`, generated media under `/media/`, and the built app.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive exactly what production serves.

pub mod api;
pub mod auth;
pub mod catalogue_cache;
pub mod category_names;
pub mod clock;
pub mod config;
pub mod db;
pub mod deadlines;
pub mod demo;
pub mod demo_deals;
pub mod error;
pub mod extract;
pub mod fx;
pub mod manifest;
pub mod media;
pub mod notify;
pub mod orders;
pub mod password;
pub mod payments;
pub mod pricing;
pub mod shipping;
pub mod trust;
pub mod uploads;
pub mod web;

use axum::Router;
use caravan_rules::Engine;
use clock::{Clock, ManualClock, SystemClock};
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
    /// The time, as handlers see it.
    pub clock: Arc<dyn Clock>,
    /// Argon2 runs at 46 MiB each: at most this many at once, so a burst of sign-ins cannot exhaust memory.
    pub hash_slots: Arc<tokio::sync::Semaphore>,
    /// Failed sign-in counts.
    pub login_limiter: Arc<auth::LoginLimiter>,
    /// Where uploaded pictures are stored (beside the database).
    pub media_dir: Arc<PathBuf>,
    /// Recently rendered catalogue responses.
    pub catalogue_cache: Arc<catalogue_cache::CatalogueCache>,
    /// Where cards are charged and refunds sent (the sandbox unless configured otherwise).
    pub payments: Arc<dyn payments::PaymentProvider>,
    /// The movable clock of test mode (`--test-clock`); `None` in production, where
    /// `POST /api/admin/clock/advance` does not exist.
    pub test_clock: Option<Arc<ManualClock>>,
}

impl AppState {
    /// State over an open database and a built-app directory, with the default policy.
    pub fn new(pool: SqlitePool, dist: PathBuf) -> Self {
        AppState {
            pool,
            dist: Arc::new(dist),
            rules: Arc::new(Engine::default_policy()),
            clock: Arc::new(SystemClock),
            hash_slots: Arc::new(tokio::sync::Semaphore::new(HASH_SLOTS)),
            login_limiter: Arc::new(auth::LoginLimiter::default()),
            media_dir: Arc::new(PathBuf::from("./data/media")),
            catalogue_cache: Arc::new(catalogue_cache::CatalogueCache::default()),
            payments: Arc::new(payments::sandbox::SandboxProvider::default()),
            test_clock: None,
        }
    }

    /// The same state charging through `provider`.
    pub fn with_payments(mut self, provider: Arc<dyn payments::PaymentProvider>) -> Self {
        self.payments = provider;
        self
    }

    /// Test mode: time comes from `clock`, which `POST /api/admin/clock/advance` moves.
    pub fn with_test_clock(mut self, clock: Arc<ManualClock>) -> Self {
        self.clock = clock.clone();
        self.test_clock = Some(clock);
        self
    }

    /// The same state storing uploads under `dir`.
    pub fn with_media_dir(mut self, dir: PathBuf) -> Self {
        self.media_dir = Arc::new(dir);
        self
    }

    /// The same state reading time from `clock` (tests move time with a [`clock::ManualClock`]).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

/// Concurrent password hashes: one per core of the 2-core target machine.
const HASH_SLOTS: usize = 2;

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("dist", &self.dist)
            .finish_non_exhaustive()
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
