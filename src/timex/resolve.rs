//! Calendar arithmetic and TIMEX3 value formatting against the DCT.
//!
//! Every function takes the document creation date as an `Option`: without
//! it the value comes out underspecified with `X` digits (TIMEX3 style), so
//! an undated article never gets a guessed date. All arithmetic is checked;
//! out-of-range results degrade to the underspecified form instead of
//! panicking.

use super::lexicon::{Qty, Unit};
use chrono::{Datelike, Days, Months, NaiveDate};

/// Which way an underspecified expression points from the DCT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    Same,
}

/// `YYYY` with four digits, or `XXXX` when the year is out of ISO range.
pub fn year(y: i32) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        "XXXX".into()
    }
}

/// `YYYY-MM-DD`, or the all-X form without a date.
pub fn day(d: Option<NaiveDate>) -> String {
    match d {
        Some(d) => format!("{}-{:02}-{:02}", year(d.year()), d.month(), d.day()),
        None => "XXXX-XX-XX".into(),
    }
}

/// `YYYY-MM`.
pub fn month(d: Option<NaiveDate>) -> String {
    match d {
        Some(d) => format!("{}-{:02}", year(d.year()), d.month()),
        None => "XXXX-XX".into(),
    }
}

/// ISO week `YYYY-Www`.
pub fn week(d: Option<NaiveDate>) -> String {
    match d {
        Some(d) => {
            let w = d.iso_week();
            format!("{}-W{:02}", year(w.year()), w.week())
        }
        None => "XXXX-WXX".into(),
    }
}

/// Quarter (1-4) containing a date.
pub fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

/// Shifts a date by `n` units backwards (`back`) or forwards.
pub fn shift(d: NaiveDate, n: u64, unit: Unit, back: bool) -> Option<NaiveDate> {
    let days = |k: u64| {
        if back {
            d.checked_sub_days(Days::new(k))
        } else {
            d.checked_add_days(Days::new(k))
        }
    };
    let months = |k: u64| {
        let k = u32::try_from(k).ok()?;
        if back {
            d.checked_sub_months(Months::new(k))
        } else {
            d.checked_add_months(Months::new(k))
        }
    };
    match unit {
        Unit::Day => days(n),
        Unit::Week => days(n.checked_mul(7)?),
        Unit::Month => months(n),
        Unit::Quarter => months(n.checked_mul(3)?),
        Unit::Year => months(n.checked_mul(12)?),
        Unit::Decade => months(n.checked_mul(120)?),
        Unit::Century => months(n.checked_mul(1200)?),
        Unit::Second | Unit::Minute | Unit::Hour => Some(d),
    }
}

/// Value of a point `n` units before/after the DCT, at the unit's
/// granularity ("two weeks ago" is a week, "three years ago" a year).
pub fn offset(dct: Option<NaiveDate>, n: Option<u64>, unit: Unit, back: bool) -> String {
    let d = match (dct, n) {
        (Some(d), Some(n)) => shift(d, n, unit, back),
        _ => None,
    };
    at_granularity(d, unit)
}

/// Formats a date at the granularity a unit implies.
pub fn at_granularity(d: Option<NaiveDate>, unit: Unit) -> String {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => day(d),
        Unit::Week => week(d),
        Unit::Month => month(d),
        Unit::Quarter => match d {
            Some(d) => format!("{}-Q{}", year(d.year()), quarter_of(d)),
            None => "XXXX-QX".into(),
        },
        Unit::Year => d.map_or("XXXX".into(), |d| year(d.year())),
        Unit::Decade => d.map_or("XXX".into(), |d| {
            let y = year(d.year());
            format!("{}X", &y[..3])
        }),
        Unit::Century => d.map_or("XX".into(), |d| year(d.year())[..2].to_string()),
    }
}

/// Resolves a weekday (Monday = 1) to a date. `Past` means the most recent
/// such day on or before the DCT, `Future` the next one on or after it,
/// and with `strict` never the DCT itself (a "next Friday" written on a
/// Friday is a week away). A present tense (`Same`) looks ahead as the
/// future does: a clause that tells a day's event in the present ("the
/// game is Saturday", "is in Paris on Monday") is a schedule.
pub fn weekday(dct: Option<NaiveDate>, wd: u32, dir: Dir, strict: bool) -> String {
    let Some(d) = dct else {
        return format!("XXXX-WXX-{wd}");
    };
    let cur = d.weekday().number_from_monday();
    let (back, n) = match dir {
        Dir::Past => {
            let mut k = (cur + 7 - wd) % 7;
            if strict && k == 0 {
                k = 7;
            }
            (true, k)
        }
        Dir::Future | Dir::Same => {
            let mut k = (wd + 7 - cur) % 7;
            if strict && k == 0 {
                k = 7;
            }
            (false, k)
        }
    };
    day(shift(d, u64::from(n), Unit::Day, back))
}

/// Resolves a month without a year. With `strict` (from "last"/"next")
/// `Past` is the latest occurrence before the DCT's month and `Future` the
/// next one after it. Otherwise a month up to three months ahead stays in
/// the DCT's year, and one further ahead is taken from last year unless the
/// tense is future.
pub fn month_alone(dct: Option<NaiveDate>, m: u32, dir: Dir, strict: bool) -> String {
    let Some(d) = dct else {
        return format!("XXXX-{m:02}");
    };
    let cur = d.month() as i32;
    let y = d.year();
    let gap = m as i32 - cur;
    let y = if strict {
        match dir {
            Dir::Past if gap >= 0 => y - 1,
            Dir::Future if gap <= 0 => y + 1,
            _ => y,
        }
    } else if gap <= 0 {
        // News mostly looks back: an earlier month this year, unless the
        // clause is plainly about the future.
        if dir == Dir::Future && gap < -2 {
            y + 1
        } else {
            y
        }
    } else if dir == Dir::Past {
        // "The museum was opened in April" said in March: a month still
        // ahead cannot be one already told in the past.
        y - 1
    } else if gap <= 3 || dir == Dir::Future {
        y
    } else {
        y - 1
    };
    format!("{}-{m:02}", year(y))
}

/// Resolves month and day without a year. The closest such date to the
/// DCT wins, unless the tense points the other way: a past clause by more
/// than three months, a future one by more than a month ("takes effect on
/// Jan. 1" said in March is next January; a past reading is also what a
/// clause without a tense gets, so it must be further off to count);
/// a named weekday ("Saturday, April 25") picks the year it fits. `None`
/// when no year makes the date valid (Feb 30).
pub fn month_day(
    dct: Option<NaiveDate>,
    m: u32,
    dd: u32,
    dir: Dir,
    wd: Option<u32>,
) -> Option<String> {
    let Some(d) = dct else {
        NaiveDate::from_ymd_opt(2000, m, dd)?;
        return Some(format!("XXXX-{m:02}-{dd:02}"));
    };
    let mut cands: Vec<NaiveDate> = [d.year() - 1, d.year(), d.year() + 1]
        .iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(*y, m, dd))
        .collect();
    // A weekday chooses between years only where the report leaves the
    // year open: "Tuesday, June 11" in a report of 12 June 2025 is the
    // 11th of that June whatever day it fell on (a wrong weekday is the
    // writer's slip, which the extraction warns of), not a June a year
    // before.
    let nearest = |cands: &[NaiveDate]| {
        cands
            .iter()
            .min_by_key(|c| (**c - d).num_days().abs())
            .copied()
    };
    let near_report = nearest(&cands).is_some_and(|c| (c - d).num_days().abs() <= 60);
    if let Some(wd) = wd.filter(|_| !near_report) {
        let fits: Vec<NaiveDate> = cands
            .iter()
            .copied()
            .filter(|c| weekday_number(*c) == wd)
            .collect();
        // "elections will be held on Saturday 16 November", said in
        // March 2025: the tense says which November, though the 16th is
        // a Sunday then; the Saturday of 2024 has gone.
        let against_tense = fits.iter().all(|c| {
            let gap = (*c - d).num_days();
            match dir {
                Dir::Future => gap < -30,
                Dir::Past => gap > 90,
                Dir::Same => false,
            }
        });
        if !fits.is_empty() && !against_tense {
            cands = fits;
        }
    }
    let closest = nearest(&cands)?;
    let gap = (closest - d).num_days();
    let pick = match dir {
        Dir::Past if gap > 90 => cands.iter().filter(|c| **c <= d).max().copied(),
        Dir::Future if gap < -30 => cands.iter().filter(|c| **c >= d).min().copied(),
        _ => Some(closest),
    };
    // "will vote on Feb. 29", said in February 2025: no such day ahead,
    // and the one behind is against the tense. The day, with no year.
    Some(match pick {
        Some(p) => day(Some(p)),
        None => format!("XXXX-{m:02}-{dd:02}"),
    })
}

/// The weekday of a date, Monday = 1 (for tests and callers).
pub fn weekday_number(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// TIMEX3 duration value for a quantity of a unit; `None` quantity = vague.
pub fn duration(q: Option<Qty>, unit: Unit) -> String {
    let (t, code, mult) = match unit {
        Unit::Second => ("T", "S", 1),
        Unit::Minute => ("T", "M", 1),
        Unit::Hour => ("T", "H", 1),
        Unit::Day => ("", "D", 1),
        Unit::Week => ("", "W", 1),
        Unit::Month => ("", "M", 1),
        Unit::Quarter => ("", "Q", 1),
        Unit::Year => ("", "Y", 1),
        Unit::Decade => ("", "Y", 10),
        Unit::Century => ("", "Y", 100),
    };
    let Some(q) = q else {
        let code = if unit == Unit::Century { "C" } else { code };
        return format!("P{t}X{code}");
    };
    let Some(n) = q.n.checked_mul(mult) else {
        return format!("P{t}X{code}");
    };
    if !q.half {
        return format!("P{t}{n}{code}");
    }
    // Half units are written as the next smaller unit so the value stays an
    // integer ISO 8601 duration.
    let (half, sub) = match unit {
        Unit::Second => return format!("PT{n}.5S"),
        Unit::Minute => ("30", "S"),
        Unit::Hour => ("30", "M"),
        Unit::Day => ("T12", "H"),
        Unit::Week => ("3DT12", "H"),
        Unit::Month => ("15", "D"),
        Unit::Quarter => ("1M15", "D"),
        Unit::Year => ("6", "M"),
        Unit::Decade => return format!("P{}Y", n + 5),
        Unit::Century => return format!("P{}Y", n + 50),
    };
    if n == 0 {
        let (v, c) = match unit {
            Unit::Minute => ("30", "S"),
            Unit::Hour => ("30", "M"),
            Unit::Day => ("12", "H"),
            Unit::Year => ("6", "M"),
            _ => (half, sub),
        };
        let t = if matches!(unit, Unit::Day) { "T" } else { t };
        return format!("P{t}{v}{c}");
    }
    format!("P{t}{n}{code}{half}{sub}")
}
