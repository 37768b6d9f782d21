//! Shipping rates as a destination sees them: a template's class rates, replaced per country where the
//! template has a destination rate (`shipping_rate_destinations`), limited to the countries the template
//! ships to. The product page and the cart quote both read them here, so the days and cost a buyer is
//! shown before checkout are the ones the order is placed with.

use crate::error::{ApiResult, AppError};
use caravan_types::logistics::LogisticsClass;
use sqlx::{Row, SqliteConnection};

/// One class's rate to a destination, in the listing's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    /// The logistics class.
    pub class: LogisticsClass,
    /// Cost for one unit, minor units of the listing's currency.
    pub cost_minor: i64,
    /// Fewest days to deliver.
    pub min_days: u16,
    /// Most days to deliver.
    pub max_days: u16,
}

/// Whether a template's `ships_to` (`*` or `,US,DE,`) includes `country`.
pub fn ships_to(list: &str, country: &str) -> bool {
    list == "*" || list.contains(&format!(",{country},"))
}

/// Whether `code` looks like an ISO 3166-1 alpha-2 country code (two capital ASCII letters).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The rates of `template` to `destination`, cheapest first (then fastest); with no destination, the
/// template's own rates. Empty when the template does not ship to the destination.
pub async fn rates(
    conn: &mut SqliteConnection,
    template: i64,
    destination: Option<&str>,
) -> ApiResult<Vec<Rate>> {
    if let Some(country) = destination {
        let list: Option<String> =
            sqlx::query_scalar("SELECT ships_to FROM shipping_templates WHERE id = ?")
                .bind(template)
                .fetch_optional(&mut *conn)
                .await?;
        if !list.is_some_and(|list| ships_to(&list, country)) {
            return Ok(Vec::new());
        }
    }
    // A NULL destination joins nothing, so the template's own rates come back.
    let rows = sqlx::query(
        "SELECT r.class,
                COALESCE(d.cost_minor, r.cost_minor) AS cost_minor,
                COALESCE(d.min_days, r.min_days) AS min_days,
                COALESCE(d.max_days, r.max_days) AS max_days
         FROM shipping_rates r
         LEFT JOIN shipping_rate_destinations d
           ON d.template_id = r.template_id AND d.class = r.class AND d.country = ?
         WHERE r.template_id = ?
         ORDER BY 2, 3, r.class",
    )
    .bind(destination)
    .bind(template)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let class: String = row.get("class");
            Ok(Rate {
                class: class
                    .parse::<LogisticsClass>()
                    .map_err(|e| AppError::Internal(e.to_string()))?,
                cost_minor: row.get("cost_minor"),
                min_days: days(row.get("min_days")),
                max_days: days(row.get("max_days")),
            })
        })
        .collect()
}

/// Stored day counts are positive by the schema's checks; anything beyond `u16` reads as "very long".
fn days(stored: i64) -> u16 {
    u16::try_from(stored).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ships_to_reads_country_lists() {
        assert!(ships_to("*", "BR"));
        assert!(ships_to(",US,DE,", "DE"));
        assert!(!ships_to(",US,DE,", "BR"));
        assert!(!ships_to(",US,DE,", "E"));
    }

    #[test]
    fn country_codes_are_two_capitals() {
        assert!(is_country_code("BR"));
        assert!(!is_country_code("br"));
        assert!(!is_country_code("BRA"));
        assert!(!is_country_code("B"));
        assert!(!is_country_code("Ü1"));
    }
}
