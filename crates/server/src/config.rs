//! Server configuration from command-line flags and environment variables.
//!
//! A flag wins over its environment variable, which wins over the default. Hand-rolled because there are
//! three flags; a command-line parser crate would cost more compile time than it saves.

use std::{net::SocketAddr, path::PathBuf};

/// Where the server listens and what it serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Listen address (`--addr`, `CARAVAN_ADDR`), default `127.0.0.1:8080`.
    pub addr: SocketAddr,
    /// SQLite database file (`--db`, `CARAVAN_DB`), default `./data/caravan.db`.
    pub db: PathBuf,
    /// Directory of the built app (`--dist`, `CARAVAN_DIST`), default `./dist`.
    pub dist: PathBuf,
    /// Test mode (`--test-clock`, `CARAVAN_TEST_CLOCK=1`), off by default: time stands still unless an admin
    /// advances it with `POST /api/admin/clock/advance`, which also applies every deadline.
    pub test_clock: bool,
}

/// Why the command line was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A flag this server does not know.
    #[error("unknown argument `{0}`; expected --addr, --db, --dist, --test-clock or --help")]
    UnknownArgument(String),
    /// A flag given without its value.
    #[error("`{0}` needs a value")]
    MissingValue(String),
    /// An address that does not parse.
    #[error("invalid address `{0}`; expected e.g. 127.0.0.1:8080")]
    BadAddress(String),
    /// `--help` was asked for.
    #[error("{USAGE}")]
    HelpRequested,
}

/// Shown for `--help` and on errors.
pub const USAGE: &str = "usage: caravan-server [--addr HOST:PORT] [--db FILE] [--dist DIR] [--test-clock]
       caravan-server import-fx ECB_DAILY_XML [--db FILE]
  --addr   listen address (env CARAVAN_ADDR, default 127.0.0.1:8080)
  --db     SQLite database file, created with demo data when empty (env CARAVAN_DB, default ./data/caravan.db)
  --dist   built app directory (env CARAVAN_DIST, default ./dist)
  --test-clock  test mode: a clock admins advance with POST /api/admin/clock/advance (env CARAVAN_TEST_CLOCK=1)";

impl Config {
    /// Reads the configuration from `args` (without the program name) and an environment lookup.
    pub fn from_args(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut addr = env("CARAVAN_ADDR").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let mut db = env("CARAVAN_DB").unwrap_or_else(|| "./data/caravan.db".to_owned());
        let mut dist = env("CARAVAN_DIST").unwrap_or_else(|| "./dist".to_owned());
        let mut test_clock = env("CARAVAN_TEST_CLOCK").is_some_and(|v| v == "1");
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--test-clock" {
                test_clock = true;
                continue;
            }
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
                None => (arg.clone(), None),
            };
            let target = match flag.as_str() {
                "--addr" => &mut addr,
                "--db" => &mut db,
                "--dist" => &mut dist,
                "-h" | "--help" => return Err(ConfigError::HelpRequested),
                _ => return Err(ConfigError::UnknownArgument(arg)),
            };
            *target = match inline {
                Some(value) => value,
                None => args.next().ok_or(ConfigError::MissingValue(flag))?,
            };
        }
        let addr = addr.parse().map_err(|_| ConfigError::BadAddress(addr))?;
        Ok(Config {
            addr,
            db: db.into(),
            dist: dist.into(),
            test_clock,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_args(args.iter().map(|s| (*s).to_owned()), |key| {
            env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults() {
        let config = parse(&[], &[]).unwrap();
        assert_eq!(config.addr, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(config.db, PathBuf::from("./data/caravan.db"));
        assert_eq!(config.dist, PathBuf::from("./dist"));
        assert!(!config.test_clock, "test mode is off by default");
    }

    #[test]
    fn test_clock_by_flag_or_environment() {
        assert!(parse(&["--test-clock"], &[]).unwrap().test_clock);
        assert!(
            parse(&[], &[("CARAVAN_TEST_CLOCK", "1")])
                .unwrap()
                .test_clock
        );
        assert!(
            !parse(&[], &[("CARAVAN_TEST_CLOCK", "0")])
                .unwrap()
                .test_clock
        );
    }

    #[test]
    fn flags_beat_environment() {
        let config = parse(
            &["--addr", "0.0.0.0:9000", "--db=/tmp/x.db"],
            &[
                ("CARAVAN_ADDR", "127.0.0.1:1"),
                ("CARAVAN_DIST", "/srv/app"),
            ],
        )
        .unwrap();
        assert_eq!(config.addr, "0.0.0.0:9000".parse().unwrap());
        assert_eq!(config.db, PathBuf::from("/tmp/x.db"));
        assert_eq!(config.dist, PathBuf::from("/srv/app"));
    }

    #[test]
    fn bad_input_is_explained() {
        assert_eq!(
            parse(&["--port", "1"], &[]),
            Err(ConfigError::UnknownArgument("--port".into()))
        );
        assert_eq!(
            parse(&["--db"], &[]),
            Err(ConfigError::MissingValue("--db".into()))
        );
        assert_eq!(
            parse(&["--addr", "nowhere"], &[]),
            Err(ConfigError::BadAddress("nowhere".into()))
        );
    }
}
