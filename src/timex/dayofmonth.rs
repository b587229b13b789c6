//! "on the 12th": a day of the month without the month's name.
//!
//! Reports say "talks resumed on the 12th" when the month is the report's
//! own or, told in the past tense, the one before: the 12th in a report
//! dated the 20th is this month's, in a report dated the 5th last month's.
//! Only "on the" (or "by", "until", "since", "for", "before", "after")
//! before the ordinal and the end of a phrase after it make a date: "on the 12th floor", "on the 3rd day" and "the 21st century"
//! are ordinals of something else, and "the 5th of May" is read with its
//! month by the spoken-date rule. Without a report date there is no month,
//! so nothing is tagged.

use super::context::{byte_at, next_word};
use super::patterns::{Ctx, Hit};
use super::resolve;
use super::tense::{self, Tense};
use super::TimexType;
use chrono::{Datelike, Months, NaiveDate};
use regex::Captures;

/// The regular expression for [`day_of_month`].
pub const PATTERN: &str = r"\b(?i:on|by|until|till|since|for|before|after)\s+(?P<x>(?i:the)\s+(?P<d>[0-9]{1,2})(?i:st|nd|rd|th))\b";

/// Words that may follow the phrase: it ends there.
const PHRASE_ENDS: [&str; 14] = [
    "and", "when", "as", "after", "before", "at", "in", "with", "to", "for", "but", "while",
    "from", "until",
];

/// "on the 12th", valued as a day of the report's month, or of the month
/// before (past tense) or after (future tense) when that one cannot be.
pub fn day_of_month(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let x = c.name("x")?;
    let d: u32 = c.name("d")?.as_str().parse().ok()?;
    let ends = match byte_at(ctx.text, x.end()) {
        None => true,
        Some(b) if b.is_ascii_punctuation() => b != b'-',
        Some(_) => PHRASE_ENDS.contains(&next_word(ctx.text, x.end()).as_str()),
    };
    let dct = ctx.dct?;
    if !(1..=31).contains(&d) || !ends {
        return None;
    }
    let in_month = |month: NaiveDate| NaiveDate::from_ymd_opt(month.year(), month.month(), d);
    let this = dct.with_day(1)?;
    let day = match tense::around(ctx.text, x.start(), x.end()) {
        Tense::Future => in_month(this)
            .filter(|day| *day >= dct)
            .or_else(|| in_month(this.checked_add_months(Months::new(1))?)),
        Tense::Present => in_month(this),
        Tense::Past | Tense::Unknown => in_month(this)
            .filter(|day| *day <= dct)
            .or_else(|| in_month(this.checked_sub_months(Months::new(1))?)),
    }?;
    Some(Hit {
        start: x.start(),
        end: x.end(),
        kind: TimexType::Date,
        value: resolve::day(Some(day)),
        modifier: None,
        quarter_ref: None,
        anchored: None,
    })
}
