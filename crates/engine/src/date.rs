//! Calendar dates for application dates and completion dates.
//!
//! A tiny proleptic-Gregorian date: the engine only needs parsing, ordering,
//! "the same calendar date N years later" and formatting, so it does not pull
//! in a date library (every dependency shows up in the wasm download).

use std::fmt;

/// A valid calendar date. Field order makes the derived ordering chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a date string was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Malformed,
    /// Of the right form but not a day of the calendar (e.g. 2019-02-30).
    NoSuchDay,
}

impl Date {
    /// Builds a date without checking it; for the rule data only, whose
    /// dates a test validates.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// A checked date.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn is_valid(self) -> bool {
        Date::new(self.year, self.month, self.day).is_some()
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, surrounding spaces ignored).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Malformed);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            let mut n: u16 = 0;
            for &c in &b[r] {
                if !c.is_ascii_digit() {
                    return Err(DateError::Malformed);
                }
                n = n * 10 + u16::from(c - b'0');
            }
            Ok(n)
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (m, d) = (u8::try_from(m).unwrap_or(0), u8::try_from(d).unwrap_or(0));
        Date::new(y, m, d).ok_or(DateError::NoSuchDay)
    }

    /// The same calendar date `years` later; 29 February becomes 28 February
    /// in a year that has none (the product's assumption, rules.md §3).
    pub fn add_years(self, years: u16) -> Date {
        let year = self.year.saturating_add(years).min(9999);
        let day = self.day.min(days_in_month(year, self.month));
        Date {
            year,
            month: self.month,
            day,
        }
    }

    /// The date `days` days after 1970-01-01 (negative: before).
    /// Howard Hinnant's `civil_from_days`.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        let y = y.clamp(1, 9999);
        Date {
            year: y as u16,
            month: m as u8,
            day: d as u8,
        }
    }

    /// Days since 1970-01-01 (Hinnant's `days_from_civil`).
    pub fn unix_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

pub fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2018-05-01"), Ok(Date::ymd(2018, 5, 1)));
        assert_eq!(Date::parse(" 2020-02-29 "), Ok(Date::ymd(2020, 2, 29)));
        for bad in [
            "",
            "2018-5-1",
            "2018/05/01",
            "20180501",
            "2018-05-01x",
            "２０１８-05-01",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Malformed), "{bad}");
        }
        for bad in [
            "2019-02-29",
            "2019-13-01",
            "2019-00-10",
            "2019-04-31",
            "0000-01-01",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::NoSuchDay), "{bad}");
        }
    }

    #[test]
    fn five_years_on_the_same_calendar_date() {
        assert_eq!(Date::ymd(2016, 6, 1).add_years(5), Date::ymd(2021, 6, 1));
        assert_eq!(Date::ymd(2016, 2, 29).add_years(5), Date::ymd(2021, 2, 28));
        assert_eq!(Date::ymd(2016, 2, 29).add_years(4), Date::ymd(2020, 2, 29));
    }

    #[test]
    fn unix_days_round_trip() {
        assert_eq!(Date::from_unix_days(0), Date::ymd(1970, 1, 1));
        assert_eq!(Date::ymd(2026, 11, 28).unix_days(), 20_785);
        for d in [-1000i64, 0, 1, 59, 60, 11_000, 20_785, 40_000] {
            assert_eq!(Date::from_unix_days(d).unix_days(), d);
        }
        // Every 7th day of years 1 to 9999, in order, each a valid date:
        // catches a wrong term anywhere in the formulas (a cargo-mutants
        // finding).
        let (first, last) = (
            Date::ymd(1, 1, 1).unix_days(),
            Date::ymd(9999, 12, 31).unix_days(),
        );
        let mut previous: Option<Date> = None;
        for d in (first..=last).step_by(7) {
            let date = Date::from_unix_days(d);
            assert!(date.is_valid(), "{d}");
            assert_eq!(date.unix_days(), d);
            if let Some(p) = previous {
                assert!(p < date);
            }
            previous = Some(date);
        }
        // The last day of each 400-year era (29 February of a year divisible
        // by 400) is the only day one term of the formula counts for; every
        // 7th day can miss it (cargo-mutants' fifth run did).
        for y in [400, 1600, 2000, 2400, 9600] {
            let leap_day = Date::ymd(y, 2, 29);
            assert_eq!(Date::from_unix_days(leap_day.unix_days()), leap_day, "{y}");
            let next = Date::from_unix_days(leap_day.unix_days() + 1);
            assert_eq!(next, Date::ymd(y, 3, 1), "{y}");
        }
    }

    /// Validity and the exact `YYYY-MM-DD` form (cargo-mutants findings).
    #[test]
    fn validity_and_form() {
        assert!(Date::ymd(2020, 2, 29).is_valid());
        assert!(!Date::ymd(2019, 2, 29).is_valid());
        assert!(!Date::ymd(2018, 4, 31).is_valid());
        assert!(!Date::ymd(2018, 13, 1).is_valid());
        for bad in [
            "2018-05-1",
            "2018/05/01",
            "2018-05/01",
            "20180-5-01",
            "2018-0a-01",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Malformed), "{bad}");
        }
    }
}
