//! "the quarter ended July 31": a quarter named by the day it closed.
//!
//! Companies whose fiscal year is not the calendar year report "the
//! quarter ended July 31" or "the quarter ending Jan. 28". Which quarter of
//! the calendar that is cannot come from the DCT (the last full quarter
//! before it): it is the three months up to the closing day, valued by the
//! calendar quarter that holds most of them.

use super::lexicon;
use super::resolve::{self, Dir};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::OnceLock;

/// The calendar quarter ("1989-Q2") of a quarter whose closing day follows
/// `text[end..]` as "ended July 31" or "ending Sept. 30".
pub fn closed_on(text: &str, end: usize, dct: Option<NaiveDate>) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let p = format!(
            r"^\s+(?i:ended|ending)\s+(?P<m>{}|(?:{})\.?)\s+(?P<d>[0-9]{{1,2}})\b",
            lexicon::MONTHS_FULL,
            lexicon::MONTHS_ABBR
        );
        Regex::new(&p).expect("quarter-end pattern")
    });
    let c = re.captures(text.get(end..)?)?;
    let m = lexicon::month(c.name("m")?.as_str())?;
    let d: u32 = c.name("d")?.as_str().parse().ok()?;
    // Reports look back on a quarter that has closed.
    let day = resolve::month_day(dct, m, d, Dir::Past, None)?;
    let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok()?;
    // Six weeks before the closing day is the quarter's middle month, so
    // "ended Oct. 1" is still the July-September quarter.
    let middle = day - chrono::Days::new(45);
    Some(format!(
        "{}-Q{}",
        resolve::year(middle.year()),
        resolve::quarter_of(middle)
    ))
}
