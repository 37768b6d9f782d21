//! `caravan-server`: the API, the built app and the SQLite database in one process.

use caravan_server::{AppState, app, config::Config, db};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `caravan-server seed-bench LISTINGS [--db …]` fills an empty database with a large catalogue and exits.
    if args.first().is_some_and(|a| a == "seed-bench") {
        let count: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
        if count < 250 {
            eprintln!("usage: caravan-server seed-bench LISTINGS [--db FILE]   (LISTINGS >= 250)");
            std::process::exit(2);
        }
        let config = Config::from_args(args.into_iter().skip(2), |key| std::env::var(key).ok())
            .unwrap_or_else(|err| {
                eprintln!("error: {err}");
                std::process::exit(2);
            });
        match seed_bench(&config, count).await {
            Ok(()) => println!("seeded {count} listings into {}", config.db.display()),
            Err(err) => {
                eprintln!("error: {err}");
                std::process::exit(1);
            }
        }
        return;
    }
    // `caravan-server import-fx FILE [--db …]` loads an ECB daily reference-rate file and exits.
    let import = if args.first().is_some_and(|a| a == "import-fx") {
        if args.len() < 2 {
            eprintln!("usage: caravan-server import-fx FILE [--db FILE]");
            std::process::exit(2);
        }
        let file = args.remove(1);
        args.remove(0);
        Some(file)
    } else {
        None
    };
    let config = match Config::from_args(args, |key| std::env::var(key).ok()) {
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
    if let Some(file) = import {
        match import_fx(&config, &file).await {
            Ok(date) => println!(
                "imported reference rates of {date} into {}",
                config.db.display()
            ),
            Err(err) => {
                eprintln!("error: {err}");
                std::process::exit(1);
            }
        }
        return;
    }
    if let Err(err) = run(config).await {
        tracing::error!("{err}");
        std::process::exit(1);
    }
}

async fn seed_bench(config: &Config, listings: usize) -> Result<(), Box<dyn std::error::Error>> {
    let pool = db::open(&config.db).await?;
    let existing: i64 = sqlx::query_scalar("SELECT count(*) FROM listings")
        .fetch_one(&pool)
        .await?;
    if existing > 0 {
        return Err(format!(
            "{} already has listings; seed-bench needs an empty database",
            config.db.display()
        )
        .into());
    }
    // 250 listings a shop, as large marketplaces' mid-sized sellers have.
    let per_shop = 250;
    caravan_server::demo::seed_sized(&pool, listings.div_ceil(per_shop), per_shop).await?;
    caravan_server::fx::load_snapshot_if_empty(&pool)
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

async fn import_fx(config: &Config, file: &str) -> Result<String, Box<dyn std::error::Error>> {
    let xml = std::fs::read_to_string(file).map_err(|e| format!("cannot read `{file}`: {e}"))?;
    let rates = caravan_server::fx::parse_ecb(&xml)?;
    let pool = db::open(&config.db).await?;
    caravan_server::fx::store(&pool, &rates).await?;
    Ok(rates.date)
}

async fn run(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let pool = db::open(&config.db).await?;
    let seeded = db::seed_demo_if_empty(&pool).await?;
    if seeded {
        tracing::info!(db = %config.db.display(), "loaded the demo catalogue into a new database");
    }
    if caravan_server::fx::load_snapshot_if_empty(&pool)
        .await
        .map_err(|e| e.to_string())?
    {
        tracing::info!("loaded the bundled reference-rate snapshot");
    }
    // Uploaded pictures live beside the database file.
    let media_dir = config
        .db
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join("media");
    let mut state = AppState::new(pool, config.dist.clone()).with_media_dir(media_dir);
    // Parse the category names now rather than on the first request.
    caravan_server::category_names::CategoryNames::get();
    if config.test_clock {
        // Test mode: time starts now and moves only when an admin advances it.
        let now = caravan_server::clock::Clock::now(&caravan_server::clock::SystemClock);
        state = state.with_test_clock(std::sync::Arc::new(
            caravan_server::clock::ManualClock::new(now),
        ));
        tracing::warn!("test mode: the clock moves only through POST /api/admin/clock/advance");
    }
    // Deadlines (unpaid expiry, shipping deadlines, auto-confirmation, payouts) apply in the background.
    caravan_server::deadlines::spawn(state.clone());
    // A demo database keeps flash deals scheduled for the coming days (checked hourly; nothing elsewhere).
    // The first run completes before the server answers, so the first page already shows them.
    let demo = state.clone();
    let schedule = async move || match caravan_server::demo_deals::keep_scheduled(&demo).await {
        Ok(0) => {}
        Ok(added) => tracing::info!(added, "scheduled demo flash deals"),
        Err(error) => tracing::warn!(%error, "demo flash deals not scheduled"),
    };
    schedule().await;
    tokio::spawn(async move {
        let hour = std::time::Duration::from_secs(3600);
        let mut hourly = tokio::time::interval_at(tokio::time::Instant::now() + hour, hour);
        loop {
            hourly.tick().await;
            schedule().await;
        }
    });
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
