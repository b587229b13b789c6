//! Clock times said in words: "three o'clock this afternoon", "10 o'clock
//! tomorrow morning", "four in the morning".
//!
//! The main time rule reads digits with "a.m."/"p.m." or a zone. Spoken
//! times name the hour alone and leave the half of the day to the words
//! after it, which also say which day it is; TimeML makes hour and day one
//! TIME expression.

use super::context::prev_word;
use super::lexicon::{self, Unit};
use super::narrative::Anchored;
use super::patterns::{g, Ctx, Hit};
use super::resolve;
use super::TimexType;
use regex::Captures;

/// The regular expression for [`spoken_time`]. A number word without
/// "o'clock" needs a part of the day after it ("four in the morning"):
/// alone, "four" is a count.
pub const PATTERN: &str = r"\b(?P<h>1[0-2]|0?[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:(?P<oc>(?i:o['’]clock))\b(?:\s+(?P<when>(?i:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|today|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?|(?P<ipod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))\b";

/// "three o'clock this afternoon", "eight o'clock", "four in the morning".
pub fn spoken_time(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let hw = g(c, "h")?;
    let h: u32 = match hw.parse() {
        Ok(h) => h,
        Err(_) => u32::try_from(lexicon::quantity(hw)?.n).ok()?,
    };
    if !(1..=12).contains(&h) {
        return None;
    }
    // "the six o'clock news", "the 10 o'clock watershed": a name for a
    // programme or a rule, not a time.
    if prev_word(ctx.text, full.start()) == "the" {
        return None;
    }
    // Digits with "in the morning" are the main time rule's.
    if c.name("ipod").is_some() && hw.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let when = g(c, "when")
        .or_else(|| g(c, "ipod"))
        .map(|w| w.to_ascii_lowercase())
        .unwrap_or_default();
    let shift: i64 = if when.starts_with("yesterday") || when == "last night" {
        -1
    } else if when.starts_with("tomorrow") {
        1
    } else {
        0
    };
    let morning = when.ends_with("morning");
    let night = when.ends_with("night") || when == "tonight";
    let later = when.ends_with("afternoon") || when.ends_with("evening") || night;
    let hour = match (h, morning, later) {
        (12, true, _) => 0,
        // "two o'clock last night" is in the small hours, not at 14:00.
        (h, _, true) if night && h < 5 => h,
        (12, _, true) => 12,
        (h, _, true) => h + 12,
        // Nobody sets a meeting or a match for three in the morning
        // without saying so: a bare early hour is in the afternoon.
        (1..=6, false, false) if when.is_empty() || when == "today" => h + 12,
        (h, _, _) => h,
    };
    let day = ctx
        .dct
        .and_then(|d| resolve::shift(d, shift.unsigned_abs(), Unit::Day, shift < 0));
    // With no day word, the time is on the day the story is telling about.
    let named_day = when.contains("this")
        || when.starts_with("to")
        || when.starts_with("yesterday")
        || when == "last night";
    Some(Hit {
        start: full.start(),
        end: full.end(),
        kind: TimexType::Time,
        value: format!("{}T{hour:02}:00", resolve::day(day)),
        modifier: None,
        quarter_ref: None,
        anchored: (!named_day).then_some(Anchored {
            unit: Unit::Day,
            shift: 0,
        }),
    })
}
