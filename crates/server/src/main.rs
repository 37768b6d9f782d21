//! `caravan-server`: the API, the built app and the SQLite database in one process.

use caravan_server::{AppState, app, config::Config, db};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    let config = match Config::from_args(std::env::args().skip(1), |key| std::env::var(key).ok()) {
        Ok(config) => config,
        Err(caravan_server::config::ConfigError::HelpRequested) => {
            println!("{}", caravan_server::config::USAGE);
            return;
        }
        Err(err) => {
            eprintln!("error: {err}\n{}", caravan_server::config::USAGE);
            std::process::exit(2);
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    if let Err(err) = run(config).await {
        tracing::error!("{err}");
        std::process::exit(1);
    }
}

async fn run(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let pool = db::open(&config.db).await?;
    let seeded = db::seed_demo_if_empty(&pool).await?;
    if seeded {
        tracing::info!(db = %config.db.display(), "loaded the demo catalogue into a new database");
    }
    let state = AppState::new(pool, config.dist.clone());
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let local = listener.local_addr()?;
    // Scripts and tests wait for this exact line to know the server is up and where.
    println!("Caravan is running at http://{local}/");
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
