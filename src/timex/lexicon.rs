//! Word lists: month, weekday, season and unit names, and number words.
//!
//! Everything the patterns recognise by name is looked up here, so that the
//! regular expressions and the value code agree on one spelling table.

/// Regex alternation of full month names, capitalised as news writes them.
pub const MONTHS_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";

/// Regex alternation of abbreviated months; the dot is matched separately.
pub const MONTHS_ABBR: &str = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/// Regex alternation of weekday names, capitalised.
pub const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/// Regex alternation of number words up to ninety-nine plus a few round ones.
pub const NUM_WORDS: &str = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|(?:a |one )?(?:hundred|thousand|dozen)";

/// Time zones written after a clock time, in lower case: the ones the
/// time rule's `TZ` pattern reads (a test keeps the two the same).
pub const TIME_ZONES: [&str; 35] = [
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "gmt", "utc", "bst",
    "ist", "cet", "cest", "eet", "eest", "msk", "aest", "aedt", "acst", "acdt", "awst", "nzst",
    "nzdt", "jst", "kst", "hkt", "sgt", "sast", "wat", "eat", "et", "pt",
];

/// Month number (1-12) of a full or abbreviated month name.
pub fn month(name: &str) -> Option<u32> {
    let l = name.trim_end_matches('.').to_ascii_lowercase();
    let m = match l.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Whether a (lower-case) word is exactly a month name or abbreviation,
/// unlike [`month`], which only reads the first three letters.
pub fn is_month_word(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS_FULL
        .split('|')
        .chain(MONTHS_ABBR.split('|'))
        .any(|m| m.eq_ignore_ascii_case(&w))
}

/// ISO weekday number (Monday = 1) of a weekday name.
pub fn weekday(name: &str) -> Option<u32> {
    let l = name.to_ascii_lowercase();
    let d = match l.get(..3)? {
        "mon" => 1,
        "tue" => 2,
        "wed" => 3,
        "thu" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    };
    Some(d)
}

/// The ISO number of a whole word that names a weekday, written out or
/// cut short: "Wednesday", "Wed", "Weds" (not "money", "sunny").
pub fn weekday_word(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    weekday(&lower).filter(|_| lower.len() <= 4 || lower.ends_with("day"))
}

/// A calendar unit as it appears in durations and relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Parses a unit word, singular or plural.
pub fn unit(word: &str) -> Option<Unit> {
    let l = word.to_ascii_lowercase();
    let l = l.trim_end_matches('s');
    Some(match l {
        "second" | "sec" => Unit::Second,
        "minute" | "min" => Unit::Minute,
        "hour" | "hr" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" | "centurie" => Unit::Century,
        _ => return None,
    })
}

/// TIMEX3 season code for a season word.
pub fn season(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Index of a season code in calendar order (spring first).
pub fn season_index(code: &str) -> u32 {
    match code {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    }
}

/// Season code by index (inverse of [`season_index`]).
pub fn season_code(i: u32) -> &'static str {
    ["SP", "SU", "FA", "WI"][(i % 4) as usize]
}

/// Ordinal word or numeral ("third", "3rd") to its number.
pub fn ordinal(word: &str) -> Option<u32> {
    Some(match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// Alternation of the ordinals of days of a month, spelt out as speech
/// and transcripts say them ("the fifth", "twenty-first"), for a regex.
pub const DAY_ORDINALS: &str = r"(?i:(?:twenty|thirty)[- ](?:first|second|third)|twenty[- ](?:fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

/// The day a spelt-out ordinal names: "fifth" = 5, "twenty-first" = 21.
pub fn day_ordinal(word: &str) -> Option<u32> {
    const UNITS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let l = word.to_ascii_lowercase().replace(' ', "-");
    let at = |w: &str| UNITS.iter().position(|u| *u == w).map(|i| i as u32 + 1);
    let d = match l.split_once('-') {
        Some(("twenty", rest)) => 20 + at(rest).filter(|u| *u < 10)?,
        Some(("thirty", "first")) => 31,
        Some(_) => return None,
        None if l == "twentieth" => 20,
        None if l == "thirtieth" => 30,
        None => at(&l)?,
    };
    Some(d)
}

fn small(word: &str) -> Option<u64> {
    Some(match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        "dozen" => 12,
        "couple" => 2,
        _ => return None,
    })
}

/// A parsed quantity: a whole number, possibly plus one half.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Qty {
    pub n: u64,
    pub half: bool,
}

/// Parses "three", "twenty-five", "1,200", "2 1/2", "1.5", "a"; `None` for
/// vague quantities ("several", "few") and for numbers that do not fit.
pub fn quantity(text: &str) -> Option<Qty> {
    let t = text.trim().to_ascii_lowercase();
    let (t, half) = match t.strip_suffix("1/2").or_else(|| t.strip_suffix("½")) {
        Some(rest) => (rest.trim().to_string(), true),
        None => (t, false),
    };
    if t.is_empty() {
        return half.then_some(Qty { n: 0, half: true });
    }
    if t.as_bytes()[0].is_ascii_digit() {
        let (int, frac) = match t.split_once('.') {
            Some((i, f)) => (i, f),
            None => (t.as_str(), ""),
        };
        let digits: String = int.chars().filter(|c| *c != ',').collect();
        let n = digits.parse::<u64>().ok()?;
        return match frac {
            "" | "0" => Some(Qty { n, half }),
            "5" if !half => Some(Qty { n, half: true }),
            _ => None,
        };
    }
    let mut total: u64 = 0;
    for w in t
        .split(['-', ' '])
        .filter(|w| !w.is_empty() && *w != "of" && *w != "and")
    {
        let v = small(w)?;
        if v >= 100 {
            total = total.max(1).checked_mul(v)?;
        } else if w == "a" || w == "an" {
            continue;
        } else {
            total = total.checked_add(v)?;
        }
    }
    if total == 0
        && t.split(['-', ' '])
            .all(|w| w == "a" || w == "an" || w.is_empty())
    {
        total = 1;
    }
    (total > 0).then_some(Qty { n: total, half })
}

/// Year named in words: "nineteen ninety-six" = 1996, "two thousand" = 2000.
pub fn year_words(text: &str) -> Option<i32> {
    let t = text.to_ascii_lowercase();
    let words: Vec<&str> = t.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        ["two", "thousand", rest @ ..] => {
            let r: Vec<&str> = rest.iter().copied().filter(|w| *w != "and").collect();
            let add = if r.is_empty() {
                0
            } else {
                quantity(&r.join(" "))?.n
            };
            i32::try_from(2000 + add.min(99)).ok()
        }
        [century, rest @ ..] if !rest.is_empty() => {
            let c = small(century)?;
            if !(10..=20).contains(&c) {
                return None;
            }
            let r = rest.join(" ");
            let y = if r == "hundred" { 0 } else { quantity(&r)?.n };
            if y > 99 {
                return None;
            }
            i32::try_from(c * 100 + y).ok()
        }
        _ => None,
    }
}
