//! Parts of a day the story is telling about: "that morning", "later that
//! night", "the next afternoon", "the following evening", "in the
//! afternoon".
//!
//! Like "that day" ([`super::narrative`]), they take their day from the
//! time the story last named, not from the DCT: "He was arrested on May 3
//! and charged that evening" is the evening of May 3. The hit carries an
//! anchor and [`super::narrative::resolve`] fills in the day.

use super::context::next_word;
use super::lexicon::Unit;
use super::narrative::Anchored;
use super::patterns::{g, modifier_of, whole, Ctx, Hit};
use super::resolve;
use super::tense::{self, Tense};
use super::TimexType;
use chrono::Days;
use regex::Captures;

/// The regular expression for [`that_part`].
pub const PATTERN: &str = r"\b(?:(?P<pm>(?i:early|earlier|late|later))\s+(?:(?i:in|on)\s+)?)?(?P<det>(?i:that(?:\s+same|\s+very)?|the\s+same|the\s+following|the\s+next))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b";

/// "that morning", "the next evening", "later that night".
pub fn that_part(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let det = g(c, "det")?.to_ascii_lowercase();
    let shift = i32::from(det.ends_with("following") || det.ends_with("next"));
    // "that morning's paper" still names the morning; "that night-time
    // raid" or "the next morning-after pill" do not.
    if matches!(ctx.text.as_bytes().get(c.get(0)?.end()), Some(b'-')) {
        return None;
    }
    let mut h = part_hit(c, ctx, shift)?;
    // "in the late afternoon" says the same as "late in the afternoon".
    h.modifier = modifier_of(g(c, "pm").or(g(c, "pm2")));
    Some(h)
}

/// The hit for part of day `pod` of the story's day, `shift` days on.
fn part_hit(c: &Captures, ctx: &Ctx, shift: i32) -> Option<Hit> {
    let day = ctx
        .dct
        .and_then(|d| d.checked_add_days(Days::new(shift as u64)));
    let day = resolve::day(day);
    // As with "Friday night", TimeML corpora give a night its date alone;
    // the other parts are times of day.
    let (kind, value) = match g(c, "pod")?.to_ascii_lowercase().as_str() {
        "morning" => (TimexType::Time, format!("{day}TMO")),
        "afternoon" => (TimexType::Time, format!("{day}TAF")),
        "evening" => (TimexType::Time, format!("{day}TEV")),
        _ => (TimexType::Date, day),
    };
    let mut h = whole(c, kind, value, None);
    h.anchored = Some(Anchored {
        unit: Unit::Day,
        shift,
    });
    Some(h)
}

/// The regular expression for [`in_the_part`].
pub const IN_THE_PATTERN: &str = r"\b(?:(?P<pm>(?i:early|late))\s+)?(?i:in|into|during|through|throughout|by|until)\s+(?P<the>(?i:the))\s+(?:(?P<pm2>(?i:early|late|mid))(?:-|\s+))?(?P<pod>(?i:morning|afternoon|evening|night))\b";

/// Words after "the morning" that make it part of a name for something
/// else: "in the morning session", "by the evening rush".
const COMPOUND_HEADS: &[&str] = &[
    "session",
    "sessions",
    "trading",
    "trade",
    "paper",
    "papers",
    "newspaper",
    "newspapers",
    "edition",
    "editions",
    "news",
    "bulletin",
    "broadcast",
    "show",
    "programme",
    "program",
    "rush",
    "commute",
    "peak",
    "shift",
    "shifts",
    "prayer",
    "prayers",
    "service",
    "services",
    "meeting",
    "meetings",
    "flight",
    "flights",
    "train",
    "trains",
    "sun",
    "light",
    "air",
    "sky",
    "skies",
    "heat",
    "mist",
    "fog",
    "game",
    "games",
    "match",
    "race",
    "class",
    "classes",
    "star",
    "after",
    "before",
];

/// "in the afternoon", "late in the evening", "during the night": the part
/// of the day the story is on. TimeML marks "the afternoon", not the
/// preposition.
pub fn in_the_part(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    // "the night-time raid", "the night of Aug. 2" (the date says which
    // night, and TimeML makes the whole phrase one expression).
    if matches!(ctx.text.as_bytes().get(full.end()), Some(b'-')) {
        return None;
    }
    let next = next_word(ctx.text, full.end());
    if next == "of" || COMPOUND_HEADS.contains(&next.as_str()) {
        return None;
    }
    let mut h = part_hit(c, ctx, 0)?;
    // "Net use peaks in the evening", "people wake up in the morning": in
    // the present tense the phrase is any day's, not the story's.
    if tense::around(ctx.text, full.start(), full.end()) == Tense::Present {
        let part = h.value.rsplit_once('T').map(|(_, p)| format!("T{p}"));
        h.value = format!("XXXX-XX-XX{}", part.unwrap_or_default());
        h.anchored = None;
    }
    h.start = c.name("the")?.start();
    // "in the late afternoon" says the same as "late in the afternoon".
    h.modifier = modifier_of(g(c, "pm").or(g(c, "pm2")));
    Some(h)
}

/// The regular expression for [`part_then_day`].
pub const PART_THEN_DAY_PATTERN: &str = r"\b(?:(?P<pm>(?i:early|late))\s+|(?P<mid>(?i:mid-?)))(?P<pod>(?i:morning|afternoon|evening))\s+(?P<day>(?i:yesterday|today|tomorrow)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

/// "mid-afternoon yesterday", "late morning Tuesday", "early evening
/// today": a part of a day named before the day; one time, as "Tuesday
/// morning" is. A weekday is placed by the clause's tense.
pub fn part_then_day(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let day = g(c, "day")?;
    let date = match day.to_ascii_lowercase().as_str() {
        "yesterday" => ctx.dct.and_then(|d| d.checked_sub_days(Days::new(1))),
        "today" => ctx.dct,
        "tomorrow" => ctx.dct.and_then(|d| d.checked_add_days(Days::new(1))),
        _ => {
            let wd = super::lexicon::weekday(day)?;
            let full = c.get(0)?;
            let dir = match tense::around(ctx.text, full.start(), full.end()) {
                Tense::Future => resolve::Dir::Future,
                _ => resolve::Dir::Past,
            };
            let v = resolve::weekday(ctx.dct, wd, dir, false);
            return finish(c, v);
        }
    };
    finish(c, resolve::day(date))
}

fn finish(c: &Captures, day: String) -> Option<Hit> {
    let part = match g(c, "pod")?.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        _ => "EV",
    };
    let md = modifier_of(g(c, "mid").or(g(c, "pm")));
    Some(whole(c, TimexType::Time, format!("{day}T{part}"), md))
}

/// The regular expression for [`day_of_week`].
pub const DAY_OF_WEEK_PATTERN: &str = r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\s+(?:(?i:of)\s+)?(?P<rw>(?i:next|last|this))\s+(?i:week)\b";

/// "Tuesday of next week", "Friday this week", "Monday last week": the
/// weekday in the week the phrase names (weeks start on Monday), one date
/// rather than a weekday placed by the tense and a separate week.
pub fn day_of_week(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    // "Monday last week's ruling": the week belongs to the noun after it.
    if ctx.text[full.end()..].starts_with("'s") {
        return None;
    }
    let wd = super::lexicon::weekday(g(c, "wd")?)?;
    let shift: i64 = match g(c, "rw")?.to_ascii_lowercase().as_str() {
        "next" => 7,
        "last" => -7,
        _ => 0,
    };
    let date = ctx.dct.and_then(|d| {
        let monday = i64::from(resolve::weekday_number(d)) - 1;
        let delta = shift - monday + i64::from(wd) - 1;
        if delta >= 0 {
            d.checked_add_days(Days::new(delta as u64))
        } else {
            d.checked_sub_days(Days::new(delta.unsigned_abs()))
        }
    });
    let day = match date {
        Some(d) => resolve::day(Some(d)),
        None => format!("XXXX-WXX-{wd}"),
    };
    let (kind, value) = match g(c, "pod").map(str::to_ascii_lowercase).as_deref() {
        Some("morning") => (TimexType::Time, format!("{day}TMO")),
        Some("afternoon") => (TimexType::Time, format!("{day}TAF")),
        Some("evening") => (TimexType::Time, format!("{day}TEV")),
        _ => (TimexType::Date, day),
    };
    Some(whole(c, kind, value, None))
}
