//! Reference exchange rates (ORD-4) in the European Central Bank's daily XML format
//! (`eurofxref-daily.xml`): parsing, and storing them so `/api/fx` can serve the latest day.
//!
//! Rates are kept as integer millionths of a unit per euro; conversion happens in `caravan_types::money`
//! with explicit rounding, never with floats.

use caravan_types::Currency;
use sqlx::SqlitePool;
use std::collections::BTreeMap;

/// One day's rates: units of each currency per 1 EUR, in millionths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyRates {
    /// The ECB reference date, `YYYY-MM-DD`.
    pub date: String,
    /// Currency → millionths of a unit per euro.
    pub micros_per_eur: BTreeMap<Currency, i64>,
}

/// Why an ECB file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FxError {
    /// No `<Cube time='…'>` element.
    #[error("no reference date found (expected <Cube time='YYYY-MM-DD'>)")]
    NoDate,
    /// A date that is not `YYYY-MM-DD`.
    #[error("reference date `{0}` is not YYYY-MM-DD")]
    BadDate(String),
    /// No rates in the file.
    #[error("no rates found (expected <Cube currency='USD' rate='1.0857'/>)")]
    NoRates,
    /// A rate that is not a positive decimal with at most six decimal places.
    #[error("rate `{rate}` for `{currency}` is not a positive decimal with at most 6 decimals")]
    BadRate {
        /// The currency.
        currency: String,
        /// The rate as written.
        rate: String,
    },
}

/// The value of `name='…'` or `name="…"` in an element's attribute text.
fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = element;
    while let Some(at) = rest.find(name) {
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if let Some(after_eq) = after.strip_prefix('=').filter(|_| before_ok) {
            let after_eq = after_eq.trim_start();
            let quote = after_eq.chars().next()?;
            if quote == '\'' || quote == '"' {
                let value = &after_eq[1..];
                return value.find(quote).map(|end| &value[..end]);
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

/// A decimal such as `161.52` as an integer number of millionths, exactly.
fn parse_micros(text: &str) -> Option<i64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty()
        || fraction.len() > 6
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = format!("{fraction:0<6}").parse().ok()?;
    let micros = whole.checked_mul(1_000_000)?.checked_add(fraction)?;
    (micros > 0).then_some(micros)
}

/// Parses an ECB daily reference-rate file. Currencies this platform does not know are skipped; EUR is
/// added at exactly 1.
pub fn parse_ecb(xml: &str) -> Result<DailyRates, FxError> {
    let mut date = None;
    let mut rates = BTreeMap::new();
    for element in xml.split('<').skip(1) {
        let Some(body) = element.strip_prefix("Cube") else {
            continue;
        };
        let body = body.split('>').next().unwrap_or_default();
        if let Some(time) = attribute(body, "time") {
            let ok = time.len() == 10
                && time.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            if !ok {
                return Err(FxError::BadDate(time.to_owned()));
            }
            date.get_or_insert_with(|| time.to_owned());
        }
        if let (Some(code), Some(rate)) = (attribute(body, "currency"), attribute(body, "rate")) {
            let micros = parse_micros(rate).ok_or_else(|| FxError::BadRate {
                currency: code.to_owned(),
                rate: rate.to_owned(),
            })?;
            if let Ok(currency) = code.parse::<Currency>() {
                rates.insert(currency, micros);
            }
        }
    }
    let date = date.ok_or(FxError::NoDate)?;
    if rates.is_empty() {
        return Err(FxError::NoRates);
    }
    rates.insert(Currency::EUR, 1_000_000);
    Ok(DailyRates {
        date,
        micros_per_eur: rates,
    })
}

/// Stores a day's rates, replacing any stored for the same date.
pub async fn store(pool: &SqlitePool, rates: &DailyRates) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query("DELETE FROM fx_rates WHERE date = ?")
        .bind(&rates.date)
        .execute(&mut *tx)
        .await?;
    for (currency, micros) in &rates.micros_per_eur {
        sqlx::query("INSERT INTO fx_rates (date, currency, micros_per_eur) VALUES (?, ?, ?)")
            .bind(&rates.date)
            .bind(currency.code())
            .bind(micros)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// The most recent day's rates, if any are stored.
pub async fn latest(pool: &SqlitePool) -> Result<Option<DailyRates>, sqlx::Error> {
    let date: Option<String> = sqlx::query_scalar("SELECT max(date) FROM fx_rates")
        .fetch_one(pool)
        .await?;
    let Some(date) = date else {
        return Ok(None);
    };
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT currency, micros_per_eur FROM fx_rates WHERE date = ?")
            .bind(&date)
            .fetch_all(pool)
            .await?;
    let micros_per_eur = rows
        .into_iter()
        .filter_map(|(code, micros)| Some((code.parse().ok()?, micros)))
        .collect();
    Ok(Some(DailyRates {
        date,
        micros_per_eur,
    }))
}

/// The most recent day's rates as the shared conversion table (EUR base), if any are stored.
pub async fn latest_table(
    pool: &SqlitePool,
) -> Result<Option<caravan_types::fx::FxRates>, sqlx::Error> {
    Ok(latest(pool).await?.map(|rates| caravan_types::fx::FxRates {
        date: rates.date,
        base: Currency::EUR,
        rates: rates.micros_per_eur,
    }))
}

/// The bundled snapshot, so a fresh machine has rates without network access (see `data/README.md`).
pub const BUNDLED_SNAPSHOT: &str = include_str!("../data/eurofxref-sample.xml");

/// Loads the bundled snapshot when no rates are stored yet; returns whether it did.
pub async fn load_snapshot_if_empty(
    pool: &SqlitePool,
) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
    if latest(pool).await?.is_some() {
        return Ok(false);
    }
    store(pool, &parse_ecb(BUNDLED_SNAPSHOT)?).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_ecb_daily_format() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube>
    <Cube time='2026-11-20'>
      <Cube currency='USD' rate='1.0857'/>
      <Cube currency="JPY" rate="161.52"/>
      <Cube currency='XYZ' rate='2.5'/>
    </Cube>
  </Cube>
</gesmes:Envelope>"#;
        let rates = parse_ecb(xml).unwrap();
        assert_eq!(rates.date, "2026-11-20");
        assert_eq!(rates.micros_per_eur[&Currency::USD], 1_085_700);
        assert_eq!(
            rates.micros_per_eur[&"JPY".parse::<Currency>().unwrap()],
            161_520_000
        );
        assert_eq!(rates.micros_per_eur[&Currency::EUR], 1_000_000);
        assert_eq!(
            rates.micros_per_eur.len(),
            3,
            "unknown currencies are skipped"
        );
    }

    #[test]
    fn refuses_what_is_not_a_rate_file() {
        assert_eq!(parse_ecb("<html></html>"), Err(FxError::NoDate));
        assert_eq!(
            parse_ecb("<Cube time='2026-11-20'></Cube>"),
            Err(FxError::NoRates)
        );
        assert_eq!(
            parse_ecb("<Cube time='20-11-2026'>"),
            Err(FxError::BadDate("20-11-2026".into()))
        );
        assert!(matches!(
            parse_ecb("<Cube time='2026-11-20'><Cube currency='USD' rate='-1'/>"),
            Err(FxError::BadRate { .. })
        ));
        assert!(parse_micros("1.1234567").is_none(), "finer than millionths");
        assert_eq!(parse_micros("0.85423"), Some(854_230));
        assert_eq!(parse_micros("25"), Some(25_000_000));
    }

    #[test]
    fn the_bundled_snapshot_has_every_display_currency() {
        let rates = parse_ecb(BUNDLED_SNAPSHOT).unwrap();
        for code in [
            "USD", "EUR", "GBP", "RUB", "BRL", "CNY", "JPY", "KRW", "INR", "TRY", "SAR", "AED",
            "KWD", "MXN", "PLN", "UAH",
        ] {
            let currency: Currency = code.parse().unwrap();
            assert!(rates.micros_per_eur.contains_key(&currency), "{code}");
        }
    }
}
