//! Named holidays and the days they fall on.
//!
//! Fixed feasts are a month and day; others are the nth weekday of a month
//! (Thanksgiving) or hang on Easter, which follows the moon and so has to
//! be computed ([`easter`]).

use chrono::{Datelike, NaiveDate};

/// Alternation of the holiday names the tagger knows, for a regex.
pub const NAMES: &str = r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|Election\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Columbus\s+Day|Presidents'?\s+Day|Mother's\s+Day|Father's\s+Day|St\.?\s+Patrick's\s+Day|Boxing\s+Day|Bastille\s+Day|Easter(?:\s+(?:Sunday|Monday|week|weekend))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday";

/// Words after a holiday that make it a name or a modifier, not a day:
/// "Easter Island", "the Good Friday agreement", and the things of the
/// season, "a Christmas tree", "the Christmas number one", "Halloween
/// sales", which are not on the day itself.
pub const NOT_AFTER: &[&str] = &[
    "tree",
    "trees",
    "number",
    "single",
    "singles",
    "card",
    "cards",
    "shopping",
    "shoppers",
    "sales",
    "spending",
    "trading",
    "party",
    "parties",
    "lights",
    "present",
    "presents",
    "gift",
    "gifts",
    "market",
    "markets",
    "dinner",
    "album",
    "song",
    "songs",
    "film",
    "films",
    "movie",
    "special",
    "decorations",
    "bonus",
    "bonuses",
    "advert",
    "adverts",
    "campaign",
    "chart",
    "show",
    "tradition",
    "spirit",
    "carol",
    "carols",
    "toy",
    "toys",
    "rush",
    "costume",
    "costumes",
    "season",
    "writer",
    "director",
    "franchise",
    "island",
    "islands",
    "islander",
    "islanders",
    "egg",
    "eggs",
    "bunny",
    "rising",
    "agreement",
    "accord",
    "accords",
    "peace",
];

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous
/// Gregorian computus).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn nth_weekday(y: i32, m: u32, wd: u32, n: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let fw = first.weekday().number_from_monday();
    let day = 1 + (wd + 7 - fw) % 7 + 7 * (n - 1);
    NaiveDate::from_ymd_opt(y, m, day)
}

fn last_weekday(y: i32, m: u32, wd: u32) -> Option<NaiveDate> {
    nth_weekday(y, m, wd, 5).or_else(|| nth_weekday(y, m, wd, 4))
}

fn from_easter(y: i32, days: i64) -> Option<NaiveDate> {
    let e = easter(y)?;
    e.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// The day a holiday (lower case, single spaces) falls on in year `y`. For
/// "Easter week" and "Easter weekend" it is Easter Sunday, which
/// [`is_week`] and [`is_weekend`] widen.
pub fn date(h: &str, y: i32) -> Option<NaiveDate> {
    let fixed = |m, d| NaiveDate::from_ymd_opt(y, m, d);
    match h.replace('.', "").as_str() {
        "christmas" | "christmas day" => fixed(12, 25),
        "christmas eve" => fixed(12, 24),
        "new year's" | "new year's day" => fixed(1, 1),
        "new year's eve" => fixed(12, 31),
        "independence day" => fixed(7, 4),
        "halloween" => fixed(10, 31),
        "valentine's day" => fixed(2, 14),
        "veterans day" => fixed(11, 11),
        "st patrick's day" => fixed(3, 17),
        "boxing day" => fixed(12, 26),
        "bastille day" => fixed(7, 14),
        "thanksgiving" | "thanksgiving day" => nth_weekday(y, 11, 4, 4),
        "labor day" => nth_weekday(y, 9, 1, 1),
        "columbus day" => nth_weekday(y, 10, 1, 2),
        "presidents day" | "presidents' day" => nth_weekday(y, 2, 1, 3),
        "mother's day" => nth_weekday(y, 5, 7, 2),
        "father's day" => nth_weekday(y, 6, 7, 3),
        "memorial day" => last_weekday(y, 5, 1),
        "election day" => nth_weekday(y, 11, 1, 1).and_then(|d| d.succ_opt()),
        "easter" | "easter sunday" | "easter week" | "easter weekend" => easter(y),
        "easter monday" => from_easter(y, 1),
        "good friday" => from_easter(y, -2),
        "palm sunday" => from_easter(y, -7),
        "ash wednesday" => from_easter(y, -46),
        _ => None,
    }
}

/// Whether a capitalised word can end a holiday's name, which a year may
/// follow as a date ("Christmas 2024", "Easter 2025", "Labor Day 2023");
/// some feasts the tagger does not date are listed for the same reason.
pub fn is_holiday_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "christmas"
            | "day"
            | "eve"
            | "easter"
            | "thanksgiving"
            | "halloween"
            | "weekend"
            | "week"
            | "ramadan"
            | "eid"
            | "diwali"
            | "hanukkah"
            | "passover"
            | "lent"
            | "advent"
    )
}

/// Whether the holiday is on the same month and day every year, so that
/// without a year it can still be written "XXXX-12-25".
pub fn is_fixed(h: &str) -> bool {
    matches!(
        h.replace('.', "").as_str(),
        "christmas"
            | "christmas day"
            | "christmas eve"
            | "new year's"
            | "new year's day"
            | "new year's eve"
            | "independence day"
            | "halloween"
            | "valentine's day"
            | "veterans day"
            | "st patrick's day"
            | "boxing day"
            | "bastille day"
    )
}

/// "Easter week": the (ISO) week that ends on Easter Sunday.
pub fn is_week(h: &str) -> bool {
    h == "easter week"
}

/// How many days before the day [`date`] gives the holiday begins: six
/// for a week ending on Easter Sunday, one for its weekend.
pub fn days_before(h: &str) -> u64 {
    if is_week(h) {
        6
    } else if is_weekend(h) {
        1
    } else {
        0
    }
}

/// "Easter weekend": the weekend of Easter Sunday.
pub fn is_weekend(h: &str) -> bool {
    h == "easter weekend"
}
