//! "Q2", "H1 2024", "Q3 FY2024", "FY2025": the short codes business copy
//! writes for quarters, halves and fiscal years.
//!
//! A code with its year is that quarter, half or year ("2024-Q3",
//! "2024-H1", "2025"). Without one, the quarter or half is the reporting
//! year's, unless it has not begun by the report and the clause does not
//! look ahead: "Q4 sales fell", written in February, tell last year's
//! fourth quarter. A two-digit year ("FY24", "Q1'25") is of this century.

use super::patterns::{Ctx, Hit};
use super::resolve;
use super::tense::{self, Tense};
use super::TimexType;
use chrono::Datelike;
use regex::Captures;

/// The regular expression for [`code`].
pub const PATTERN: &str = r"\b(?:(?P<p>[QH])(?P<n>[1-4])(?:(?:\s+|\s*'|\s+FY\s?|\s+CY)(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}))?|(?P<fy>FY)\s?(?P<fyy>(?:19|20)[0-9]{2}|[0-9]{2}))\b";

/// "Q2", "H1 2024", "FY2025" (see the module docs).
pub fn code(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    // "Q2-2024" is read whole; a code glued to other letters or digits
    // ("IQ4", "Q45", "H1N1") is no date.
    let before = ctx.text.get(..full.start())?.chars().next_back();
    let after = ctx.text.get(full.end()..)?.chars().next();
    if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '-')
        || after.is_some_and(|ch| ch.is_alphanumeric() || ch == '-' && c.name("y").is_none())
    {
        return None;
    }
    let year_of = |y: &str| -> Option<i32> {
        let n: i32 = y.parse().ok()?;
        Some(if y.len() == 2 { 2000 + n } else { n })
    };
    if c.name("fy").is_some() {
        let y = year_of(c.name("fyy")?.as_str())?;
        return Some(hit(full.start(), full.end(), resolve::year(y)));
    }
    let half = c.name("p")?.as_str() == "H";
    let n: u32 = c.name("n")?.as_str().parse().ok()?;
    if half && n > 2 {
        return None;
    }
    let y = match c.name("y") {
        Some(y) => year_of(y.as_str())?,
        None => {
            let dct = ctx.dct?;
            let first_month = if half {
                (n - 1) * 6 + 1
            } else {
                (n - 1) * 3 + 1
            };
            let ahead = first_month > dct.month();
            let future = matches!(
                tense::around(ctx.text, full.start(), full.end()),
                Tense::Future
            );
            dct.year() - i32::from(ahead && !future)
        }
    };
    let value = format!("{}-{}{n}", resolve::year(y), if half { "H" } else { "Q" });
    Some(hit(full.start(), full.end(), value))
}

fn hit(start: usize, end: usize, value: String) -> Hit {
    Hit {
        start,
        end,
        kind: TimexType::Date,
        value,
        modifier: None,
        quarter_ref: None,
        anchored: None,
    }
}
