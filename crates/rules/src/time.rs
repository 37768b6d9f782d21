//! Calendar arithmetic on unix seconds (UTC). Time always comes in as an argument; nothing here reads a
//! clock.

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// `t` plus `days` calendar days.
pub fn add_days(t: i64, days: u32) -> i64 {
    t.saturating_add(i64::from(days) * DAY)
}

/// Day of the week of `t` in UTC, 0 = Monday … 6 = Sunday.
pub fn weekday(t: i64) -> u32 {
    // 1970-01-01 was a Thursday.
    u32::try_from((t.div_euclid(DAY) + 3).rem_euclid(7)).unwrap_or(0)
}

/// Whether `t` falls on Monday to Friday (UTC).
pub fn is_working_day(t: i64) -> bool {
    weekday(t) < 5
}

/// `t` plus `n` working days (Monday to Friday, UTC), at the same time of day. Starting on a weekend, the
/// first working day counted is the Monday.
pub fn add_working_days(t: i64, n: u32) -> i64 {
    let mut at = t;
    let mut left = n;
    while left > 0 {
        at = at.saturating_add(DAY);
        if is_working_day(at) {
            left -= 1;
        }
    }
    at
}

/// The UTC calendar date of `t` as `YYYY-MM-DD`.
pub fn date_string(t: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = t.div_euclid(DAY) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-11-23 00:00:00 UTC, a Monday.
    const MONDAY: i64 = 1_795_392_000;

    #[test]
    fn calendar() {
        assert_eq!(date_string(0), "1970-01-01");
        assert_eq!(date_string(MONDAY), "2026-11-23");
        assert_eq!(date_string(951_782_400), "2000-02-29");
        assert_eq!(weekday(MONDAY), 0);
        assert_eq!(weekday(0), 3);
    }

    #[test]
    fn working_days_skip_weekends() {
        assert_eq!(add_working_days(MONDAY, 4), MONDAY + 4 * DAY); // Friday
        assert_eq!(add_working_days(MONDAY, 5), MONDAY + 7 * DAY); // next Monday
        assert_eq!(add_working_days(MONDAY + 5 * DAY, 1), MONDAY + 7 * DAY); // from Saturday
        assert_eq!(add_working_days(MONDAY, 7), MONDAY + 9 * DAY);
    }
}
