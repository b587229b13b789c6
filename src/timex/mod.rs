//! Temporal-expression tagger for English news, in the TIMEX3 vocabulary.
//!
//! [`tag`] finds dates, times, durations and sets in article text and
//! normalises them against the document creation date (DCT). Rules are
//! regular expressions with value functions ([`patterns`]); candidates that
//! overlap are settled by keeping the longest. Without a DCT, anchored
//! expressions come out underspecified ("XXXX-10-07") instead of guessed.
//!
//! ```
//! use news_timeline::timex::{tag, TimexType};
//! let dct = chrono::NaiveDate::from_ymd_opt(2024, 4, 22);
//! let found = tag("The talks ended on Saturday after a 471-day struggle.", dct);
//! assert_eq!(found[0].value, "2024-04-20");
//! assert_eq!(found[1].kind, TimexType::Duration);
//! assert_eq!(found[1].value, "P471D");
//! ```

pub mod clock;
pub mod context;
pub mod dayofmonth;
pub mod dayparts;
pub mod gate;
pub mod halfquarters;
pub mod holidays;
pub mod idioms;
pub mod lastunit;
pub mod lexicon;
pub mod narrative;
pub mod patterns;
pub mod quartercodes;
pub mod quarterend;
pub mod resolve;
pub mod shortyears;
pub mod stretches;
pub mod tense;
pub mod yearend;
pub mod yearranges;

#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// The four TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TIMEX3 spelling: "DATE", "TIME", "DURATION", "SET".
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// UTF-8 byte offset into the input, inclusive.
    pub start: usize,
    /// UTF-8 byte offset, exclusive.
    pub end: usize,
    pub kind: TimexType,
    /// TIMEX3 value, e.g. "2024-04-20", "P471D", "PRESENT_REF", "XXXX-WI".
    pub value: String,
    /// TIMEX3 mod, e.g. "START", "MID", "END", "APPROX".
    pub modifier: Option<&'static str>,
}

/// Tags `text` relative to the document creation date.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let ctx = patterns::Ctx { text, dct };
    let mut cands = patterns::candidates(&ctx);
    // Longest first, then the earlier rule, then the leftmost: a full
    // "Monday, Oct. 26, 1998" beats its parts.
    cands.sort_by(|(ra, a), (rb, b)| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(ra.cmp(rb))
            .then(a.start.cmp(&b.start))
    });
    // Kept spans never overlap, so the one starting last before `h.end` is
    // the only one that can overlap `h`; a map keeps this O(n log n) even
    // on text that is wall-to-wall dates.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<patterns::Hit> = Vec::new();
    for (_, h) in cands {
        let clash = taken
            .range(..h.end)
            .next_back()
            .is_some_and(|(_, &end)| end > h.start);
        if !clash {
            taken.insert(h.start, h.end);
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.start);
    anchor_quarters(&mut kept, text, dct);
    narrative::month_of_that_year(&mut kept, text);
    narrative::day_after_time(&mut kept, text);
    narrative::resolve(&mut kept, dct, text);
    kept.into_iter()
        .filter(|h| text.is_char_boundary(h.start) && text.is_char_boundary(h.end))
        .map(|h| Timex {
            start: h.start,
            end: h.end,
            kind: h.kind,
            value: h.value,
            modifier: h.modifier,
        })
        .collect()
}

/// Earnings reports name a quarter once and then say "the quarter" or "a
/// year earlier"; TimeML resolves those against the quarter last named.
///
/// Only a quarter the story reports is followed: one already closed at the
/// DCT, or a fiscal one or one named with its closing day ("the fourth
/// quarter ended Sept. 30"), which keep the company's numbering. A calendar
/// quarter still running or ahead ("no estimate yet for fourth-quarter
/// results", "weakness through the third quarter of 1990") is a forecast,
/// and one brought in with "a" ("after a flat second quarter") a passing
/// comparison; later mentions do not follow those.
fn anchor_quarters(hits: &mut [patterns::Hit], text: &str, dct: Option<NaiveDate>) {
    let mut last: Option<(i32, u32)> = None;
    for h in hits.iter_mut() {
        if let (Some(back), Some((y, q))) = (h.quarter_ref, last) {
            h.value = format!("{}-Q{q}", resolve::year(y - back));
            continue;
        }
        let v = h.value.as_bytes();
        // With no quarter named yet, "the quarter ended July 31" names one
        // by its closing day, and later mentions follow it.
        if h.quarter_ref.is_none_or(|back| back == 0) && v.len() == 7 && &v[4..6] == b"-Q" {
            let y = h.value[..4].parse::<i32>().ok();
            let q = (v[6] as char).to_digit(10).filter(|q| (1..=4).contains(q));
            let indefinite = text.get(h.start..h.end).is_some_and(|s| {
                let l = s.to_ascii_lowercase();
                l.starts_with("a ") || l.starts_with("an ")
            });
            if let (Some(y), Some(q), false) = (y, q, indefinite) {
                let fiscal = names_fiscal_quarter(text, h.start, h.end);
                let open = dct.is_some_and(|d| !quarter_closed(y, q, d));
                if fiscal || !open {
                    last = Some((y, q));
                }
            }
        }
    }
}

/// Whether quarter `q` of year `y` ended before `dct`.
fn quarter_closed(y: i32, q: u32, dct: NaiveDate) -> bool {
    (y, q) < (dct.year(), resolve::quarter_of(dct))
}

/// Whether a quarter named at `text[start..end]` is a fiscal one or comes
/// with its closing day: "fiscal third quarter", "the quarter ended July 31".
fn names_fiscal_quarter(text: &str, start: usize, end: usize) -> bool {
    let span = text.get(start..end).unwrap_or("").to_ascii_lowercase();
    let after = text
        .get(end..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    span.contains("fiscal") || matches!(after.as_str(), "ended" | "ending" | "ends")
}
