//! What a TIMEX3 value says about a day: an interval, a weekday, a day of
//! the year, or nothing.
//!
//! The tagger normalises expressions to TIMEX3 values (`2024-04-20`,
//! `2025-01` with mod `MID`, `2013-W11`, `XXXX-WXX-6`); this module reads
//! those values back as the interval of days they cover. Values that name
//! no time on the calendar (durations, `PRESENT_REF` without a date line)
//! give nothing rather than a guess; a day without a year (`XXXX-10-07`)
//! is that day of the year, with no year guessed.
//!
//! ```
//! use news_timeline::dating::value::{interpret, Reading};
//! let Reading::Interval(a, b) = interpret("2025-01", Some("MID")) else { panic!() };
//! assert_eq!((a.to_string(), b.to_string()), ("2025-01-11".into(), "2025-01-21".into()));
//! assert!(matches!(interpret("XXXX-WXX-6", None), Reading::Weekday(_)));
//! assert!(matches!(interpret("P471D", None), Reading::Nothing));
//! assert!(matches!(interpret("XXXX-10-07", None), Reading::MonthDay(_)));
//! ```

use crate::civil::{days_in_month, Day, MonthDay, Weekday};

/// The calendar meaning of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// All days from the first to the second, inclusive.
    Interval(Day, Day),
    /// Some day of this weekday, week unknown.
    Weekday(Weekday),
    /// This day of the year, year unknown.
    MonthDay(MonthDay),
    /// Not a place on the calendar.
    Nothing,
}

fn number(text: &str) -> Option<i32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn month_span(year: i32, month: u32) -> Option<(Day, Day)> {
    let first = Day::from_ymd(year, month, 1).ok()?;
    let last = Day::from_ymd(year, month, days_in_month(year, month)).ok()?;
    Some((first, last))
}

fn span(year: i32, m1: u32, d1: u32, m2: u32, d2: u32) -> Option<(Day, Day)> {
    Some((
        Day::from_ymd(year, m1, d1).ok()?,
        Day::from_ymd(year, m2, d2).ok()?,
    ))
}

/// Narrows an interval by a TIMEX3 modifier: START/MID/END take the first,
/// middle or last third.
fn narrow((a, b): (Day, Day), modifier: Option<&str>) -> (Day, Day) {
    let width = b.0 - a.0 + 1;
    let third = width / 3;
    match modifier {
        Some("START") => (a, a + (third - 1).max(0)),
        Some("MID") => (a + third, b - third),
        Some("END") => (b - (third - 1).max(0), b),
        _ => (a, b),
    }
}

/// Reads a TIMEX3 value (and its modifier) as days.
pub fn interpret(value: &str, modifier: Option<&str>) -> Reading {
    match read(value) {
        Some(Reading::Interval(a, b)) => {
            let (a, b) = narrow((a, b), modifier);
            Reading::Interval(a, b)
        }
        Some(other) => other,
        None => Reading::Nothing,
    }
}

fn read(value: &str) -> Option<Reading> {
    // A time of day belongs to its date.
    let date = value.split('T').next().unwrap_or(value);
    if let Some(rest) = date.strip_prefix("XXXX-WXX-") {
        return Weekday::from_number(number(rest)? as u32).map(Reading::Weekday);
    }
    let parts: Vec<&str> = date.split('-').collect();
    let interval = |pair: Option<(Day, Day)>| pair.map(|(a, b)| Reading::Interval(a, b));
    match parts.as_slice() {
        ["XXXX", m, d] if m.len() == 2 && d.len() == 2 => {
            MonthDay::new(number(m)? as u32, number(d)? as u32)
                .ok()
                .map(Reading::MonthDay)
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let day = Day::from_ymd(number(y)?, number(m)? as u32, number(d)? as u32).ok()?;
            Some(Reading::Interval(day, day))
        }
        [y, w] if y.len() == 4 && w.len() == 3 && w.starts_with('W') => {
            let year = number(y)?;
            let week = number(&w[1..])?;
            // ISO week 1 holds 4 January.
            let jan4 = Day::from_ymd(year, 1, 4).ok()?;
            let monday = jan4.on_or_before(Weekday::Monday) + (week - 1) * 7;
            (1..=53)
                .contains(&week)
                .then(|| Reading::Interval(monday, monday + 6))
        }
        // "the weekend" of a week: its Saturday and Sunday.
        [y, w, we] if y.len() == 4 && w.len() == 3 && w.starts_with('W') && *we == "WE" => {
            let Some(Reading::Interval(monday, _)) = read(&format!("{y}-{w}")) else {
                return None;
            };
            Some(Reading::Interval(monday + 5, monday + 6))
        }
        [y, w, d] if y.len() == 4 && w.len() == 3 && w.starts_with('W') => {
            let Some(Reading::Interval(monday, _)) = read(&format!("{y}-{w}")) else {
                return None;
            };
            let day = monday + (number(d)? - 1).clamp(0, 6);
            Some(Reading::Interval(day, day))
        }
        [y, q] if y.len() == 4 && q.len() == 2 && q.starts_with('Q') => {
            let year = number(y)?;
            let quarter = number(&q[1..])? as u32;
            if !(1..=4).contains(&quarter) {
                return None;
            }
            let first = month_span(year, quarter * 3 - 2)?.0;
            let last = month_span(year, quarter * 3)?.1;
            Some(Reading::Interval(first, last))
        }
        [y, h] if y.len() == 4 && (*h == "H1" || *h == "H2") => {
            let year = number(y)?;
            interval(if *h == "H1" {
                span(year, 1, 1, 6, 30)
            } else {
                span(year, 7, 1, 12, 31)
            })
        }
        [y, season]
            if y.len() == 4
                && season.len() == 2
                && season.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            let year = number(y)?;
            // Astronomical seasons of the northern hemisphere, rounded
            // outwards to whole months so as never to exclude a real day.
            interval(match *season {
                "SP" => span(year, 3, 1, 6, 30),
                "SU" => span(year, 6, 1, 9, 30),
                "FA" => span(year, 9, 1, 12, 31),
                "WI" => Some((
                    Day::from_ymd(year, 12, 1).ok()?,
                    Day::from_ymd(year + 1, 3, 31).ok()?,
                )),
                _ => None,
            })
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            interval(month_span(number(y)?, number(m)? as u32))
        }
        [y] if y.len() == 4 => interval(span(number(y)?, 1, 1, 12, 31)),
        [decade] if decade.len() == 3 => {
            let start = number(decade)? * 10;
            Some(Reading::Interval(
                Day::from_ymd(start, 1, 1).ok()?,
                Day::from_ymd(start + 9, 12, 31).ok()?,
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interval(value: &str, modifier: Option<&str>) -> (String, String) {
        match interpret(value, modifier) {
            Reading::Interval(a, b) => (a.to_string(), b.to_string()),
            other => panic!("{value}: {other:?}"),
        }
    }

    #[test]
    fn days_months_years() {
        assert_eq!(
            interval("2024-04-20", None),
            ("2024-04-20".into(), "2024-04-20".into())
        );
        assert_eq!(
            interval("2024-04-20TEV", None),
            ("2024-04-20".into(), "2024-04-20".into())
        );
        assert_eq!(
            interval("2024-02", None),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert_eq!(
            interval("2007", None),
            ("2007-01-01".into(), "2007-12-31".into())
        );
        assert_eq!(
            interval("199", None),
            ("1990-01-01".into(), "1999-12-31".into())
        );
    }

    #[test]
    fn modifiers_take_thirds() {
        assert_eq!(
            interval("2025-01", Some("START")),
            ("2025-01-01".into(), "2025-01-10".into())
        );
        assert_eq!(
            interval("2025-01", Some("END")),
            ("2025-01-22".into(), "2025-01-31".into())
        );
        assert_eq!(interval("2024", Some("START")).1, "2024-05-01");
    }

    #[test]
    fn weeks_quarters_seasons() {
        assert_eq!(
            interval("2024-W16", None),
            ("2024-04-15".into(), "2024-04-21".into())
        );
        assert_eq!(interval("2020-W53", None).0, "2020-12-28");
        assert_eq!(
            interval("2024-W03-WE", None),
            ("2024-01-20".into(), "2024-01-21".into())
        );
        assert_eq!(
            interval("1998-Q3", None),
            ("1998-07-01".into(), "1998-09-30".into())
        );
        assert_eq!(
            interval("2024-WI", None),
            ("2024-12-01".into(), "2025-03-31".into())
        );
    }

    #[test]
    fn what_is_not_on_the_calendar_gives_nothing() {
        for v in [
            "P3D",
            "PRESENT_REF",
            "PAST_REF",
            "XXXX-01",
            "XXXX-02-30",
            "",
            "2024-13",
            "2023-02-29",
            "2024-Q5",
            "abcd",
            "99999-01-01",
        ] {
            assert_eq!(interpret(v, None), Reading::Nothing, "{v}");
        }
        assert_eq!(
            interpret("XXXX-WXX-6", None),
            Reading::Weekday(Weekday::Saturday)
        );
        assert_eq!(interpret("XXXX-WXX-9", None), Reading::Nothing);
        // A day of the year, its year unknown: that day, no year guessed.
        assert_eq!(
            interpret("XXXX-10-07", None),
            Reading::MonthDay(MonthDay::new(10, 7).unwrap())
        );
    }
}
