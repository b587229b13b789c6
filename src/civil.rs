//! Civil calendar days as plain integers.
//!
//! A [`Day`] is a count of days since 1970-01-01 in the proleptic Gregorian
//! calendar. Intervals, weekday constraints and month histograms are all
//! integer arithmetic on it, which keeps the browser side free of a date
//! library: the conversions are Howard Hinnant's `days_from_civil` algorithms.
//!
//! ```
//! use news_timeline::civil::{Day, Weekday};
//! let day = Day::parse("2024-04-20").unwrap();
//! assert_eq!(day.weekday(), Weekday::Saturday);
//! assert_eq!((day + 3).to_string(), "2024-04-23");
//! assert!(Day::parse("2024-02-30").is_err());
//! ```

use std::fmt;
use std::ops::{Add, Sub};

/// A calendar day, counted from 1970-01-01 (day 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// Days of the week, Monday first as in ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// Why a string is not a calendar day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well-formed, but no such day (`2024-13-45`, `2023-02-29`).
    NoSuchDay,
}

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DayError::Format => "expected a date as YYYY-MM-DD",
            DayError::NoSuchDay => "no such day in the calendar",
        })
    }
}

impl std::error::Error for DayError {}

/// The earliest and latest years a [`Day`] may hold: wide enough for history,
/// narrow enough that no arithmetic on them overflows an `i32`.
pub const MIN_YEAR: i32 = -9999;
pub const MAX_YEAR: i32 = 9999;

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// ISO number: Monday is 1, Sunday is 7.
    pub fn number(self) -> u32 {
        self as u32 + 1
    }

    pub fn from_number(n: u32) -> Option<Weekday> {
        Weekday::ALL.get((n as usize).checked_sub(1)?).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

/// Whether `year` has a 29 February.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (1-12) of a year; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Day {
    /// The day for a year, month (1-12) and day of month, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Day, DayError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return Err(DayError::NoSuchDay);
        }
        // Hinnant's days_from_civil, with March as the first month of the
        // computational year so that leap days fall at its end.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400) as u32;
        let mp = (month + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Ok(Day(era * 146_097 + doe as i32 - 719_468))
    }

    /// Year, month (1-12) and day of month.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097) as u32;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe as i32 + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Months since year 0, for histograms: `year * 12 + month - 1`.
    pub fn month_index(self) -> i32 {
        let (y, m, _) = self.ymd();
        y * 12 + m as i32 - 1
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        let index = (self.0 + 3).rem_euclid(7) as usize;
        Weekday::ALL[index]
    }

    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Day, DayError> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = bytes.get(range)?;
            part.iter().try_fold(0u32, |acc, &b| {
                b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
            })
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(DayError::Format);
        }
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(DayError::Format);
        };
        Day::from_ymd(y as i32, m, d)
    }

    /// The last day on or before `self` that falls on `weekday`.
    pub fn on_or_before(self, weekday: Weekday) -> Day {
        let back = (self.weekday() as i32 - weekday as i32).rem_euclid(7);
        Day(self.0 - back)
    }

    /// The first day on or after `self` that falls on `weekday`.
    pub fn on_or_after(self, weekday: Weekday) -> Day {
        let ahead = (weekday as i32 - self.weekday() as i32).rem_euclid(7);
        Day(self.0 + ahead)
    }
}

impl Add<i32> for Day {
    type Output = Day;
    fn add(self, days: i32) -> Day {
        Day(self.0.saturating_add(days))
    }
}

impl Sub<i32> for Day {
    type Output = Day;
    fn sub(self, days: i32) -> Day {
        Day(self.0.saturating_sub(days))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Day {
    /// "2024-04-20". Dates, labels and messages are written without the
    /// formatting machinery (`format!`, padded `write!`), which would add
    /// kilobytes to the browser's module (issue #8).
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        let mut out = String::with_capacity(10);
        push_padded(&mut out, y, 4);
        out.push('-');
        push_padded(&mut out, m as i32, 2);
        out.push('-');
        push_padded(&mut out, d as i32, 2);
        out
    }

    /// "20 April 2024".
    pub fn medium(self) -> String {
        let (y, m, d) = self.ymd();
        let month = MONTH_NAMES
            .get((m as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("?");
        let mut out = String::with_capacity(20);
        push_padded(&mut out, d as i32, 1);
        out.push(' ');
        out.push_str(month);
        out.push(' ');
        push_padded(&mut out, y, 1);
        out
    }

    /// "Saturday 20 April 2024".
    pub fn long(self) -> String {
        [self.weekday().name(), " ", &self.medium()].concat()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Day {
    /// The same day as a chrono date, for the tagger (native only).
    pub fn to_naive(self) -> chrono::NaiveDate {
        let (y, m, d) = self.ymd();
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or(chrono::NaiveDate::MIN)
    }

    /// The day of a chrono date, if within [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub fn from_naive(date: chrono::NaiveDate) -> Result<Day, DayError> {
        use chrono::Datelike;
        Day::from_ymd(date.year(), date.month(), date.day())
    }
}

/// The year and month `n` months on from `year` and `month` (1-12), or
/// back when `n` is negative: "six months after August 2020" is February
/// 2021.
pub fn months_on(year: i32, month: u32, n: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + n;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// The first and last day of a month (1-12), if the year is in range.
pub fn month_bounds(year: i32, month: u32) -> Option<(Day, Day)> {
    let first = Day::from_ymd(year, month, 1).ok()?;
    let last = Day::from_ymd(year, month, days_in_month(year, month)).ok()?;
    Some((first, last))
}

/// "February 2021", written without the formatter.
pub fn month_name(year: i32, month: u32) -> String {
    let mut out = String::with_capacity(14);
    out.push_str(
        MONTH_NAMES
            .get((month as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("?"),
    );
    out.push(' ');
    push_padded(&mut out, year, 1);
    out
}

/// `YYYY-MM` for a year and month, written without the formatter.
pub fn month_label(year: i32, month: u32) -> String {
    let mut out = String::with_capacity(7);
    push_padded(&mut out, year, 4);
    out.push('-');
    push_padded(&mut out, month as i32, 2);
    out
}

/// Appends `n` zero-padded to `width` digits (a sign first if negative).
pub fn push_padded(out: &mut String, n: i32, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [b'0'; 10];
    let mut m = n.unsigned_abs();
    let mut len = 0;
    while m > 0 || len == 0 {
        digits[len] = b'0' + (m % 10) as u8;
        m /= 10;
        len += 1;
    }
    for _ in len..width {
        out.push('0');
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

/// Month names for display, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of the year whose year is not known: "3 March" in an article with
/// no date line. It is kept so that the reader sees what the text says, and
/// so that a report of another 3 March can never be taken for the same event.
///
/// ```
/// use news_timeline::civil::{Day, MonthDay};
/// let march_3 = MonthDay::new(3, 3).unwrap();
/// let from = Day::parse("2024-03-04").unwrap();
/// assert_eq!(march_3.on_or_after(from).unwrap().to_string(), "2025-03-03");
/// assert_eq!(march_3.on_or_before(from).unwrap().to_string(), "2024-03-03");
/// assert!(MonthDay::new(2, 30).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    month: u8,
    day: u8,
}

impl MonthDay {
    /// A month (1-12) and a day of it that some year has (29 February is
    /// one: leap years have it).
    pub fn new(month: u32, day: u32) -> Result<MonthDay, DayError> {
        if day == 0 || day > days_in_month(2000, month) {
            return Err(DayError::NoSuchDay);
        }
        Ok(MonthDay {
            month: month as u8,
            day: day as u8,
        })
    }

    /// The month and day of a calendar day.
    pub fn of(day: Day) -> MonthDay {
        let (_, m, d) = day.ymd();
        MonthDay {
            month: m as u8,
            day: d as u8,
        }
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// A compact number for storage: `month * 32 + day`, never 0.
    pub fn number(self) -> u32 {
        self.month() * 32 + self.day()
    }

    pub fn from_number(n: u32) -> Option<MonthDay> {
        MonthDay::new(n / 32, n % 32).ok()
    }

    /// The month and day `days` later (earlier when negative), when that
    /// is the same in every year: "two days after" 3 March is 5 March,
    /// but a count across the end of a February depends on the year, so
    /// it is `None`.
    ///
    /// ```
    /// use news_timeline::civil::MonthDay;
    /// let may_4 = MonthDay::new(5, 4).unwrap();
    /// assert_eq!(may_4.shifted(-1), MonthDay::new(5, 3).ok());
    /// assert_eq!(MonthDay::new(2, 27).unwrap().shifted(3), None);
    /// ```
    pub fn shifted(self, days: i32) -> Option<MonthDay> {
        let moved = |year| {
            Day::from_ymd(year, self.month(), self.day())
                .ok()
                .map(|d| MonthDay::of(d + days))
        };
        // Every year of a leap cycle must agree.
        let first = moved(2000)?;
        (2001..=2003)
            .all(|y| moved(y) == Some(first))
            .then_some(first)
    }

    /// The first day on or after `from` with this month and day; `None`
    /// past the calendar's end.
    pub fn on_or_after(self, from: Day) -> Option<Day> {
        // Eight years always reach a 29 February.
        (from.year()..=from.year() + 8)
            .filter_map(|y| Day::from_ymd(y, self.month(), self.day()).ok())
            .find(|&d| d >= from)
    }

    /// The last day on or before `from` with this month and day.
    pub fn on_or_before(self, from: Day) -> Option<Day> {
        (from.year() - 8..=from.year())
            .rev()
            .filter_map(|y| Day::from_ymd(y, self.month(), self.day()).ok())
            .find(|&d| d <= from)
    }

    /// "3 March" (written without the formatter: it runs in the browser).
    pub fn label(self) -> String {
        let month = MONTH_NAMES
            .get((self.month() as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("?");
        let mut out = String::with_capacity(12);
        push_padded(&mut out, self.day() as i32, 1);
        out.push(' ');
        out.push_str(month);
        out
    }

    /// ISO 8601's form for a month and day without a year: `--03-03`.
    pub fn iso(self) -> String {
        let mut out = String::from("--");
        push_padded(&mut out, self.month() as i32, 2);
        out.push('-');
        push_padded(&mut out, self.day() as i32, 2);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_eras_and_leap_days() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2024-02-29",
            "1600-03-01",
            "0001-01-01",
            "9999-12-31",
        ] {
            assert_eq!(Day::parse(text).unwrap().to_string(), text);
        }
        for n in (-800_000..800_000).step_by(997) {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Ok(Day(n)));
        }
    }

    #[test]
    fn months_count_across_years() {
        assert_eq!(months_on(2020, 8, 6), (2021, 2));
        assert_eq!(months_on(2021, 1, -2), (2020, 11));
        let (first, last) = month_bounds(2024, 2).unwrap();
        assert_eq!(
            (first.iso(), last.iso()),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert_eq!(month_name(2021, 2), "February 2021");
    }

    #[test]
    fn impossible_days_are_rejected() {
        assert_eq!(Day::parse("2024-13-45"), Err(DayError::NoSuchDay));
        assert_eq!(Day::parse("2023-02-29"), Err(DayError::NoSuchDay));
        assert_eq!(Day::parse("2024-04-31"), Err(DayError::NoSuchDay));
        assert_eq!(Day::parse("2024-4-20"), Err(DayError::Format));
        assert_eq!(Day::parse("2024/04/20"), Err(DayError::Format));
        assert_eq!(Day::parse("２０２４-04-20"), Err(DayError::Format));
        assert_eq!(Day::parse(""), Err(DayError::Format));
    }

    #[test]
    fn weekdays_are_right() {
        assert_eq!(
            Day::parse("1970-01-01").unwrap().weekday(),
            Weekday::Thursday
        );
        assert_eq!(
            Day::parse("2024-04-20").unwrap().weekday(),
            Weekday::Saturday
        );
        assert_eq!(
            Day::parse("2025-01-29").unwrap().weekday(),
            Weekday::Wednesday
        );
        assert_eq!(
            Day::parse("1969-12-31").unwrap().weekday(),
            Weekday::Wednesday
        );
    }

    #[test]
    fn weekday_search_includes_the_day_itself() {
        let saturday = Day::parse("2024-04-20").unwrap();
        assert_eq!(saturday.on_or_before(Weekday::Saturday), saturday);
        assert_eq!(
            saturday.on_or_before(Weekday::Wednesday).to_string(),
            "2024-04-17"
        );
        assert_eq!(
            saturday.on_or_after(Weekday::Monday).to_string(),
            "2024-04-22"
        );
    }
}
