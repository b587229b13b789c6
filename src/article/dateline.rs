//! Date lines: the line at the top of an article that says when it was
//! published.
//!
//! Articles arrive from many places, and each writes its date line its own
//! way: this project's ` date 2024-04-20 ` header, a web capture's
//! `Published: April 20, 2024 10:32 AM EDT`, a wire's `Saturday 20 April
//! 2024`, a blog's `By Jane Doe | Apr. 20, 2024`, a feed's
//! `2024-04-20T10:32:00Z`. [`read`] recognises a line that is *only* such a
//! date (with an optional label, weekday, time, time zone and byline), so a
//! sentence that mentions a date is never taken for one.
//!
//! ```
//! use news_timeline::article::dateline::{read, DateLine};
//! let line = read("Published: Saturday, April 20, 2024 10:32 AM EDT").unwrap().unwrap();
//! assert_eq!(line.day.to_string(), "2024-04-20");
//! assert!(!line.updated);
//! // Running text is not a date line, even when it starts with a date.
//! assert_eq!(read("April 20, 2024 was a Saturday.").unwrap(), None);
//! // Day and month could be either way round: refused, with the reason.
//! let error = read("03/04/2024").unwrap_err();
//! assert_eq!(error.to_string(), "date line \"03/04/2024\" ignored: ambiguous: \
//!     day and month could be either way round; write it as YYYY-MM-DD");
//! ```
//!
//! Wire copy has a second kind of dateline, at the start of the lede: the
//! city the story was filed from, sometimes a month and day, and the agency
//! (`ANKARA, Jan 29 (Reuters) - ...`, `PARIS (AP) — ...`). [`wire`] finds
//! it, so that a headline made from the lede leaves it out and an event the
//! text places nowhere else can be placed in the filing city.
//!
//! ```
//! use news_timeline::article::dateline::wire;
//! let lede = "GAZA CITY, Gaza Strip (AP) — Rescuers searched the rubble on Sunday.";
//! let dateline = wire(lede).unwrap();
//! assert_eq!(dateline.place, "GAZA CITY");
//! assert_eq!(&lede[dateline.len..], "Rescuers searched the rubble on Sunday.");
//! ```

use std::fmt;

use crate::civil::{Day, MonthDay};
use crate::timex::lexicon;

/// A line that is plainly a date line but whose date cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLineError {
    /// The date as written.
    pub value: String,
    /// Why it cannot be read.
    pub reason: &'static str,
}

impl fmt::Display for DateLineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "date line {:?} ignored: {}", self.value, self.reason)
    }
}

impl std::error::Error for DateLineError {}

const NO_SUCH_DAY: &str = "no such day in the calendar";
const AMBIGUOUS: &str =
    "ambiguous: day and month could be either way round; write it as YYYY-MM-DD";
const NOT_A_DATE: &str = "expected a date such as 2024-04-20 or 20 April 2024";

fn error(value: &str, reason: &'static str) -> DateLineError {
    DateLineError {
        value: value.to_string(),
        reason,
    }
}

/// A recognised date line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLine {
    /// The day it gives.
    pub day: Day,
    /// Whether it is labelled as an update ("Updated", "Last updated"):
    /// a later day than the publication, used only when no other date line
    /// is given.
    pub updated: bool,
}

/// Labels that may precede the date, as folded words; the flag says whether
/// the label marks an update rather than the publication.
const LABELS: [(&[&str], bool); 9] = [
    (&["last", "updated"], true),
    (&["last", "modified"], true),
    (&["updated"], true),
    (&["first", "published"], false),
    (&["published"], false),
    (&["posted"], false),
    (&["dated"], false),
    (&["date"], false),
    (&["filed"], false),
];

/// The most words a label has.
const LONGEST_LABEL: usize = 2;

/// Reads one line: `Ok(Some(_))` for a date line, `Ok(None)` for any other
/// line, and `Err(_)` for a line that is plainly a date line whose date
/// cannot be read (`date 2024-13-45`, `Date: 03/04/2024`), so that the
/// caller can warn instead of silently ignoring it.
pub fn read(line: &str) -> Result<Option<DateLine>, DateLineError> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 120 {
        return Ok(None);
    }
    // A byline or a section name may share the line, set off by a bar or a
    // middle dot: "By Jane Doe | April 20, 2024".
    let parts: Vec<&str> = line.split(['|', '·', '•']).map(str::trim).collect();
    if parts.len() > 1 {
        let mut found = None;
        for part in &parts {
            match read_part(part) {
                Ok(Some(date)) if found.is_none() => found = Some(date),
                Ok(Some(_)) | Ok(None) => {}
                Err(reason) => return Err(reason),
            }
        }
        let others_are_short = parts
            .iter()
            .all(|p| p.split_whitespace().count() <= 8 && !p.ends_with(['.', '?', '!']));
        return Ok(found.filter(|_| others_are_short));
    }
    // A byline before the date, set off by a comma: "By Staff Reporter,
    // 14 March 2025", "By Jane Doe, Political Editor, March 14, 2025".
    let by = line.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "));
    if let Some(mut rest) = line.get(3..).filter(|_| by) {
        for _ in 0..2 {
            let Some((name, tail)) = rest.split_once(',') else {
                break;
            };
            if name.split_whitespace().count() > 6 || name.ends_with(['.', '?', '!']) {
                break;
            }
            if let Ok(Some(date)) = read_part(tail.trim()) {
                return Ok(Some(date));
            }
            rest = tail;
        }
    }
    // A place before the date: "Accra, 25 March 2025", "London, March
    // 25, 2025" (one to three capitalised words, then the date alone).
    if let Some((place, tail)) = line.split_once(',') {
        let words: Vec<&str> = place.split_whitespace().collect();
        let a_place = (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            && month(words[0]).is_none()
            && !weekday(words[0]);
        if a_place {
            if let Ok(Some(date)) = read_part(tail.trim()) {
                return Ok(Some(date));
            }
        }
    }
    read_part(line)
}

/// One part of a line: an optional label, then a date and nothing but a
/// weekday, time and zone around it.
fn read_part(part: &str) -> Result<Option<DateLine>, DateLineError> {
    let tokens = tokenize(part);
    let (label, rest) = strip_label(&tokens);
    let updated = label.is_some_and(|(_, updated)| updated);
    // "Posted on March 14, 2025 by admin": the author after the date,
    // and perhaps the section ("by Maria Gonzalez in Community News").
    let by = rest
        .iter()
        .position(|t| t.eq_ignore_ascii_case("by"))
        .filter(|&k| {
            let author = &rest[k + 1..];
            k > 0
                && (author.len() <= 3
                    || author.len() <= 8
                        && author.iter().all(|t| {
                            t.starts_with(char::is_uppercase) || matches!(*t, "in" | "and" | "&")
                        }))
        });
    let date = match (parse_date(rest), by) {
        (Ok(Some(day)), _) => Ok(Some(day)),
        (date, Some(k)) => match parse_date(&rest[..k]) {
            Ok(Some(day)) => Ok(Some(day)),
            _ => date,
        },
        (date, None) => date,
    };
    match date {
        Ok(Some(day)) => Ok(Some(DateLine { day, updated })),
        Ok(None) => {
            // "date 2024-13-45" (a label and one number) and "Date: next
            // week" (a label and a colon) are date lines whose value is
            // wrong; "Date night is back" is text.
            let colon = part
                .split_whitespace()
                .take(LONGEST_LABEL)
                .any(|w| w.ends_with(':'));
            let one_number = rest.len() == 1 && looks_numeric(rest[0]);
            if label.is_some() && !rest.is_empty() && (colon || one_number) {
                Err(error(&rest.join(" "), NOT_A_DATE))
            } else {
                Ok(None)
            }
        }
        Err(reason) if label.is_some() || rest.len() <= 2 => Err(reason),
        Err(_) => Ok(None),
    }
}

/// Words, numbers and the punctuation that matters between them; commas
/// and full stops after abbreviations are dropped.
fn tokenize(part: &str) -> Vec<&str> {
    part.split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_end_matches(['.', ':']).trim_start_matches('('))
        .map(|t| t.trim_end_matches(')'))
        .filter(|t| !t.is_empty() && *t != "-" && *t != "–" && *t != "—")
        .collect()
}

fn strip_label<'t, 'a>(
    tokens: &'t [&'a str],
) -> (Option<(&'static [&'static str], bool)>, &'t [&'a str]) {
    for (words, updated) in LABELS {
        let matches = tokens.len() >= words.len()
            && tokens
                .iter()
                .zip(words)
                .all(|(t, w)| t.trim_end_matches(':').eq_ignore_ascii_case(w));
        if matches {
            let mut rest = &tokens[words.len()..];
            // "Published on April 20", "Updated at 10:32 on April 20" is rare
            // enough; "on" is the common joint.
            if rest.first().is_some_and(|t| t.eq_ignore_ascii_case("on")) {
                rest = &rest[1..];
            }
            return (Some((words, updated)), rest);
        }
    }
    (None, tokens)
}

fn looks_numeric(token: &str) -> bool {
    token.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The date in `tokens`, which may also hold a weekday before it and a
/// time and zone after it, and nothing else.
fn parse_date(tokens: &[&str]) -> Result<Option<Day>, DateLineError> {
    let mut rest = tokens;
    // "Updated 10:42 GMT, 5 January 2022": a time may come first, but a
    // dotted date ("20.04.2024") is no time.
    let clock = rest
        .iter()
        .take_while(|t| time_or_zone(t) && matches!(numeric(t), Ok(None)))
        .count();
    if clock < rest.len() {
        rest = &rest[clock..];
    }
    if rest.first().is_some_and(|t| weekday(t)) {
        rest = &rest[1..];
    }
    let Some(first) = rest.first() else {
        return Ok(None);
    };
    let (day, used) = if let Some(m) = month(first) {
        // April 20 2024, Apr. 20th 2024
        match (
            rest.get(1).and_then(|t| day_number(t)),
            rest.get(2).and_then(|t| year(t)),
        ) {
            (Some(d), Some(y)) => (Day::from_ymd(y, m, d), 3),
            _ => return Ok(None),
        }
    } else if let Some(d) = day_number(first) {
        // 20 April 2024, the 8th of March 2021
        let of = usize::from(rest.get(1).is_some_and(|t| t.eq_ignore_ascii_case("of")));
        match (
            rest.get(1 + of).and_then(|t| month(t)),
            rest.get(2 + of).and_then(|t| year(t)),
        ) {
            (Some(m), Some(y)) => (Day::from_ymd(y, m, d), 3 + of),
            _ => match numeric(first)? {
                Some(day) => (Ok(day), 1),
                None => return Ok(None),
            },
        }
    } else {
        match numeric(first)? {
            Some(day) => (Ok(day), 1),
            None => return Ok(None),
        }
    };
    if !rest[used..].iter().all(|t| time_or_zone(t)) {
        return Ok(None);
    }
    day.map(Some)
        .map_err(|_| error(&rest[..used].join(" "), NO_SUCH_DAY))
}

/// ISO dates (with a time after `T`), `2024/04/20`, and day-month or
/// month-day with slashes, dots or hyphens when only one reading is a date.
fn numeric(token: &str) -> Result<Option<Day>, DateLineError> {
    let date = token.split(['T', 't']).next().unwrap_or(token);
    let fields: Vec<&str> = date.split(['-', '/', '.']).collect();
    if fields.len() != 3
        || !fields
            .iter()
            .all(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
    {
        return Ok(None);
    }
    if date.len() < token.len() && !time_or_zone(&token[date.len() + 1..]) {
        return Ok(None);
    }
    let n = |s: &str| s.parse::<u32>().unwrap_or(u32::MAX);
    let no_such_day = |_| error(token, NO_SUCH_DAY);
    if fields[0].len() == 4 {
        let year = n(fields[0]) as i32;
        return Day::from_ymd(year, n(fields[1]), n(fields[2]))
            .map(Some)
            .map_err(no_such_day);
    }
    if fields[2].len() != 4 {
        return Ok(None);
    }
    let (a, b, year) = (n(fields[0]), n(fields[1]), n(fields[2]) as i32);
    match (a <= 12, b <= 12) {
        (true, true) if a != b => Err(error(token, AMBIGUOUS)),
        (_, true) => Day::from_ymd(year, b, a).map(Some).map_err(no_such_day),
        (true, false) => Day::from_ymd(year, a, b).map(Some).map_err(no_such_day),
        (false, false) => Err(error(token, NO_SUCH_DAY)),
    }
}

/// A month name or abbreviation ("Sept."), as the date tagger knows them.
fn month(token: &str) -> Option<u32> {
    lexicon::is_month_word(token)
        .then(|| lexicon::month(token))
        .flatten()
}

/// A weekday name or its abbreviation ("Sat", "Thur").
fn weekday(token: &str) -> bool {
    lexicon::weekday_word(token).is_some()
}

/// 1–31, with an optional ordinal suffix.
fn day_number(token: &str) -> Option<u32> {
    let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &token[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !["", "st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(token: &str) -> Option<i32> {
    (token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()))
        .then(|| token.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

/// A clock time, am/pm, "at", or a time zone: what may follow the date.
fn time_or_zone(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    if ["am", "pm", "a.m", "p.m", "at", "z", "local", "time"].contains(&lower.as_str()) {
        return true;
    }
    // 10:32, 10:32:00, 10.32am, 10:32:00Z, 10:32:00+03:00, +0300
    let clock = lower
        .trim_end_matches("am")
        .trim_end_matches("pm")
        .trim_start_matches('+');
    if !clock.is_empty()
        && clock.starts_with(|c: char| c.is_ascii_digit())
        && clock.contains([':', '.'])
        && clock
            .chars()
            .all(|c| c.is_ascii_digit() || ":.+-z".contains(c))
    {
        return true;
    }
    if token.starts_with('+') && token[1..].bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return true;
    }
    // GMT, EDT, UTC+3, CET
    let letters =
        token.trim_end_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-' || c == ':');
    (2..=5).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase())
}

/// A wire-copy dateline at the start of a lede.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WireDateline<'a> {
    /// The filing city as written (upper case).
    pub place: &'a str,
    /// Bytes up to the story's first word, dash and spaces included.
    pub len: usize,
    /// The filing day, when the dateline gives month, day and year
    /// (`BOLOGNA, Italy, May 18, 2023 — `); a month and day alone
    /// (`ANKARA, Jan 29 (Reuters)`) name no year, so no day.
    pub day: Option<Day>,
    /// The dateline's date as written, when it has a day.
    pub date_text: Option<&'a str>,
    /// The month and day of a dateline that gives no year (`OSLO, March
    /// 10 (Reuters)`): shown as evidence, never given a year.
    pub month_day: Option<MonthDay>,
}

/// A month and day as a dateline writes them: "May 18", "Jan. 29", "18 May".
fn month_and_day(part: &str) -> Option<(u32, u32)> {
    let (a, b) = part.split_once(' ')?;
    match (month(a), month(b)) {
        (Some(m), None) => Some((m, day_number(b)?)),
        (None, Some(m)) => Some((m, day_number(a)?)),
        _ => None,
    }
}

/// The wire dateline that opens `lede`, if it has one: an upper-case place
/// (one to four words), then optionally a region or a month and day after
/// commas, then optionally the agency in brackets, then a dash. Without an
/// agency the place must be followed straight by the dash ("LONDON — "),
/// which running text never is.
pub fn wire(lede: &str) -> Option<WireDateline<'_>> {
    dateline_and_story(lede)
        .filter(|(_, story, _)| !story.is_empty())
        .map(|(dateline, _, _)| dateline)
}

/// Whether `line` is a wire dateline with a date or an agency and nothing
/// after it ("UNITED NATIONS, March 4, 2023 -"): copy that sets the
/// dateline on a line of its own, above the story it opens.
pub fn stands_alone(line: &str) -> bool {
    let line = line.trim_end();
    dateline_and_story(line)
        .is_some_and(|(_, story, dated_or_credited)| story.is_empty() && dated_or_credited)
}

/// [`wire`]'s reading, the story after the dateline (empty when the text
/// ends with the dateline, dash or not), and whether the dateline has a
/// month and day or an agency.
fn dateline_and_story(lede: &str) -> Option<(WireDateline<'_>, &str, bool)> {
    // "MUMBAI: Tata Motors said ...", as South Asian outlets write it: a
    // known place in capitals and a colon ("UPDATE:" is no place).
    if let Some((head, story)) = lede.split_once(':') {
        let place = head.trim();
        let capitals = place.len() >= 3
            && place.split(' ').count() <= 3
            && place.chars().all(|c| c.is_uppercase() || c == ' ');
        let known = || {
            crate::entities::gazetteer::lookup(place)
                .is_some_and(|e| e.kind == crate::entities::EntityKind::Place)
        };
        let story = story.trim_start();
        if capitals && !story.is_empty() && known() {
            let dateline = WireDateline {
                place,
                len: lede.len() - story.len(),
                day: None,
                date_text: None,
                month_day: None,
            };
            return Some((dateline, story, false));
        }
    }
    let place_end = lede.find([',', '(', '-', '–', '—'])?;
    let place = lede[..place_end].trim_end();
    let words = place.split(' ').count();
    let upper = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’'));
    if !(1..=4).contains(&words)
        || place.chars().filter(|c| c.is_alphabetic()).count() < 3
        || !upper
    {
        return None;
    }
    let mut rest = &lede[place_end..];
    let mut month_day: Option<(u32, u32, usize)> = None;
    let mut dated: Option<(Day, &str)> = None;
    // ", Gaza Strip", ", Calif.", ", Jan 29": short and capitalised; after
    // a month and day, a year (", May 18, 2023").
    while let Some(after) = rest.strip_prefix(',') {
        let end = after.find([',', '(', '-', '–', '—']).unwrap_or(after.len());
        let part = after[..end].trim();
        // "Sept. 9, 2024 /PRNewswire/ --": a release service's tag.
        let part = match part.split_once(" /") {
            Some((date, tag)) if tag.ends_with('/') && !tag.contains(' ') => date.trim_end(),
            _ => part,
        };
        let year = part
            .parse::<i32>()
            .ok()
            .filter(|_| part.len() == 4 && month_day.is_some());
        if let (Some(year), Some((m, d, start))) = (year, month_day) {
            let end = offset_in(lede, part) + part.len();
            // "Feb. 30, 2023" is still a dateline, with no day.
            dated = Day::from_ymd(year, m, d).ok().zip(lede.get(start..end));
        } else {
            let short = (1..=3).contains(&part.split(' ').count());
            if !short || !part.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                return None;
            }
            // "12 June 2021": day, month and year in one part.
            let with_year = part.rsplit_once(' ').and_then(|(head, year)| {
                let year = year.parse::<i32>().ok().filter(|_| year.len() == 4)?;
                Some((month_and_day(head)?, year))
            });
            if let Some(((m, d), year)) = with_year {
                month_day = Some((m, d, offset_in(lede, part)));
                dated = Day::from_ymd(year, m, d).ok().map(|day| (day, part));
            } else {
                month_day = month_and_day(part).map(|(m, d)| (m, d, offset_in(lede, part)));
            }
            if month_day.is_none() && !part.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
        }
        rest = &after[end..];
    }
    let mut credited = false;
    if let Some(after) = rest.strip_prefix('(') {
        let close = after.find(')')?;
        let name = &after[..close];
        if name.is_empty()
            || name.split(' ').count() > 3
            || !name.starts_with(|c: char| c.is_uppercase())
        {
            return None;
        }
        rest = after[close + 1..].trim_start();
        credited = true;
    }
    let story = if rest.trim().is_empty() {
        ""
    } else if credited && rest.starts_with(char::is_uppercase) {
        // "NEW DELHI, Oct 15 (PTI) An Air India flight ...": Indian
        // agencies' copy has no dash after the credit.
        rest
    } else {
        let dash = rest.strip_prefix(['-', '–', '—'])?;
        let dash = dash.trim_start_matches(['-', '–', '—']);
        // "LONDON - Britain's...", never "LONDON-based".
        if !dash.is_empty() && !dash.starts_with(' ') {
            return None;
        }
        dash.trim_start()
    };
    let dateline = WireDateline {
        place,
        len: lede.len() - story.len(),
        day: dated.map(|(day, _)| day),
        date_text: dated.map(|(_, text)| text),
        month_day: month_day
            .filter(|_| dated.is_none())
            .and_then(|(m, d, _)| MonthDay::new(m, d).ok()),
    };
    Some((dateline, story, credited || month_day.is_some()))
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(line: &str) -> Option<String> {
        read(line).unwrap().map(|d| d.day.to_string())
    }

    #[test]
    fn iso_dates_with_and_without_labels_and_times() {
        assert_eq!(day(" date 2024-04-20 ").as_deref(), Some("2024-04-20"));
        assert_eq!(day("Date: 2024-04-20").as_deref(), Some("2024-04-20"));
        assert_eq!(day("2024-04-20T10:32:00Z").as_deref(), Some("2024-04-20"));
        assert_eq!(day("2024-04-20 10:32").as_deref(), Some("2024-04-20"));
        assert_eq!(day("2024/04/20").as_deref(), Some("2024-04-20"));
    }

    #[test]
    fn written_dates_in_either_order_with_weekday_time_and_zone() {
        for (line, want) in [
            ("April 20, 2024", "2024-04-20"),
            ("Apr. 20, 2024", "2024-04-20"),
            ("Sept. 3, 2023", "2023-09-03"),
            ("20 April 2024", "2024-04-20"),
            ("Saturday 20th April 2024", "2024-04-20"),
            // Blind read, stop 25: "of" between the day and the month.
            ("Published: Monday, 8th of March 2021", "2021-03-08"),
            ("Sat, 20 Apr 2024 10:32:00 GMT", "2024-04-20"),
            (
                "Published: Saturday, April 20, 2024 10:32 AM EDT",
                "2024-04-20",
            ),
            ("Posted on 20 April 2024 at 10.32am", "2024-04-20"),
            // The time first, as some sites print it.
            ("Updated 10:42 GMT, 5 January 2022", "2022-01-05"),
            ("Last updated 10:42, 5 Jan 2022", "2022-01-05"),
            ("Published 14:30 BST, Saturday 3 June 2023", "2023-06-03"),
        ] {
            assert_eq!(day(line).as_deref(), Some(want), "{line}");
        }
        assert_eq!(day("10:42 GMT"), None);
    }

    #[test]
    fn bylines_may_share_the_line() {
        assert_eq!(
            day("By Jane Doe | April 20, 2024").as_deref(),
            Some("2024-04-20")
        );
        assert_eq!(
            day("World · 20 April 2024 · 5 min read").as_deref(),
            Some("2024-04-20")
        );
    }

    /// Stop 24: a byline set off by a comma, and an author after the date,
    /// hid the date line.
    #[test]
    fn a_byline_before_or_an_author_after_the_date() {
        for line in [
            "By Staff Reporter, 14 March 2025",
            "By Jane Doe, Political Editor, March 14, 2025",
            "Posted on March 14, 2025 by admin",
            "Posted on 14 March 2025 by Maria Gonzalez in Community News",
            "Accra, 14 March 2025",
            "London, March 14, 2025",
            "New York City, 14 March 2025",
            "March 14, 2025 by Jane Doe",
        ] {
            assert_eq!(day(line).as_deref(), Some("2025-03-14"), "{line}");
        }
        for line in [
            "By then, 14 March 2025 had come and gone",
            "By the end of the day, officials said",
            "By Staff Reporter, Leaders met on 14 March 2025 in Paris",
            "Leaders met on March 14, 2025 by the river",
            "Paris, the capital, 14 March 2025",
            "However, 14 March 2025 was a Friday",
        ] {
            assert_eq!(day(line), None, "{line}");
        }
    }

    #[test]
    fn updates_are_marked() {
        let line = read("Last updated: 21 April 2024").unwrap().unwrap();
        assert!(line.updated);
        assert_eq!(line.day.to_string(), "2024-04-21");
    }

    #[test]
    fn numeric_dates_are_read_only_when_one_reading_exists() {
        assert_eq!(day("20/04/2024").as_deref(), Some("2024-04-20"));
        assert_eq!(day("04/20/2024").as_deref(), Some("2024-04-20"));
        assert_eq!(day("20.04.2024").as_deref(), Some("2024-04-20"));
        assert_eq!(day("04/04/2024").as_deref(), Some("2024-04-04"));
        let error = read("03/04/2024").unwrap_err();
        assert_eq!(
            (error.value.as_str(), error.reason),
            ("03/04/2024", AMBIGUOUS)
        );
    }

    #[test]
    fn text_is_not_a_date_line() {
        for text in [
            "April 20, 2024 was a Saturday.",
            "Leaders met in Paris on 20 April 2024 to talk about trade.",
            "Date night is back",
            "May 2024 be kind to us",
            "The 1,200 killed",
            "Saturday",
            "April 20",
            "By Jane Doe | Leaders met in Paris on 20 April 2024 to talk. | More",
        ] {
            assert_eq!(read(text), Ok(None), "{text}");
        }
    }

    #[test]
    fn wire_datelines_with_and_without_agency_and_date() {
        for (lede, place) in [
            (
                "ANKARA, Jan 29 (Reuters) - Turkey's president met...",
                "ANKARA",
            ),
            ("PARIS (AP) — The leaders met...", "PARIS"),
            ("LONDON — Britain's finance minister said...", "LONDON"),
            ("SAN DIEGO, Calif. (AP) -- A fire broke out...", "SAN DIEGO"),
            (
                "SÃO PAULO, March 3 (Reuters) - Brazil's central bank...",
                "SÃO PAULO",
            ),
        ] {
            let dateline = wire(lede).unwrap_or_else(|| panic!("{lede}"));
            assert_eq!(dateline.place, place);
            assert!(
                lede[dateline.len..].starts_with(|c: char| c.is_uppercase()),
                "{lede}"
            );
        }
    }

    /// Blind read, stop 23: "MUMBAI: Tata Motors said ..." placed nothing
    /// and kept "MUMBAI:" in the headline.
    #[test]
    fn a_known_place_in_capitals_and_a_colon_is_a_dateline() {
        let lede = "NEW DELHI: The capital recorded 46.8 degrees on Monday.";
        let d = wire(lede).unwrap();
        assert_eq!(d.place, "NEW DELHI");
        assert_eq!(
            &lede[d.len..],
            "The capital recorded 46.8 degrees on Monday."
        );
        assert!(wire("UPDATE: The capital recorded 46.8 degrees on Monday.").is_none());
        assert!(wire("WARNING: Storms are coming.").is_none());
    }

    #[test]
    fn a_wire_dateline_with_month_day_and_year_has_a_day() {
        for (lede, day, text) in [
            (
                "BOLOGNA, Italy, May 18, 2023 — Rescue crews evacuated...",
                "2023-05-18",
                "May 18, 2023",
            ),
            (
                "NAIROBI, Kenya, 3 March, 2021 (AP) — Runners gathered...",
                "2021-03-03",
                "3 March, 2021",
            ),
            (
                "GENEVA, Switzerland, 12 June 2021 — Delegates met...",
                "2021-06-12",
                "12 June 2021",
            ),
            (
                "DENVER, Sept. 9, 2019 -- A storm...",
                "2019-09-09",
                "Sept. 9, 2019",
            ),
        ] {
            let dateline = wire(lede).unwrap_or_else(|| panic!("{lede}"));
            assert_eq!(dateline.day.map(|d| d.to_string()).as_deref(), Some(day));
            assert_eq!(dateline.date_text, Some(text));
            assert!(lede[dateline.len..].starts_with(|c: char| c.is_uppercase()));
        }
        // No year, or a year without a month and day: no day.
        for lede in [
            "ANKARA, Jan 29 (Reuters) - Turkey's president met...",
            "LIMA, Peru, 2023 — Text",
        ] {
            assert_eq!(wire(lede).and_then(|d| d.day), None, "{lede}");
        }
        let no_such_day = wire("OSLO, Feb. 30, 2023 — Text").unwrap();
        assert_eq!((no_such_day.place, no_such_day.day), ("OSLO", None));
    }

    /// Stop 24: an agency's credit with no dash after it.
    #[test]
    fn a_credit_without_a_dash() {
        let lede = "NEW DELHI, Oct 15 (PTI) An Air India flight was diverted on Monday.";
        let d = wire(lede).expect("a dateline");
        assert_eq!(d.place, "NEW DELHI");
        assert_eq!(
            &lede[d.len..],
            "An Air India flight was diverted on Monday."
        );
        // Lower case after the brackets goes on with a sentence.
        assert!(wire("PARIS (France) is where they met.").is_none());
    }

    /// Stop 24: a press release's service tag after the date hid it.
    #[test]
    fn a_release_service_tag_after_the_date() {
        let lede =
            "AUSTIN, Texas, Sept. 9, 2024 /PRNewswire/ -- Acme Corp today announced a plant.";
        let d = wire(lede).expect("a dateline");
        assert_eq!(d.day.map(|d| d.to_string()).as_deref(), Some("2024-09-09"));
        assert_eq!(&lede[d.len..], "Acme Corp today announced a plant.");
    }

    #[test]
    fn a_dateline_may_stand_on_a_line_of_its_own() {
        for line in [
            "UNITED NATIONS, March 4, 2023 -",
            "GENEVA, Switzerland, 12 June 2021 —",
            "LAGOS, Oct 2 (Reuters) -",
            "QUITO, Ecuador, Jan. 9, 2020",
            "NAIROBI (AP) —  ",
        ] {
            assert!(stands_alone(line), "{line}");
            assert!(
                wire(line).is_none(),
                "{line}: no story, so no lede dateline"
            );
        }
        for line in [
            "PARIS, France is nice",
            "LONDON -",
            "BREAKING NEWS",
            "UNITED NATIONS, March 4, 2023 - Delegates agreed on a treaty.",
            "Paris, March 4, 2023 -",
        ] {
            assert!(!stands_alone(line), "{line}");
        }
    }

    #[test]
    fn running_text_has_no_wire_dateline() {
        for lede in [
            "President Erdoğan met Hamas leaders - again - on Saturday.",
            "NATO member Turkey denounced the offensive.",
            "The U.S. - China talks resumed.",
            "UK inflation rose to 3% (ONS) - the highest in a year.",
            "ANKARA",
            "AP - ",
            "In LONDON, Jan 29 (Reuters) - text",
        ] {
            assert_eq!(wire(lede), None, "{lede}");
        }
    }

    #[test]
    fn a_labelled_line_with_a_bad_date_is_an_error_not_text() {
        assert_eq!(
            read("date 2024-13-45").unwrap_err().to_string(),
            "date line \"2024-13-45\" ignored: no such day in the calendar"
        );
        assert_eq!(
            read("date 31 February 2024").unwrap_err().value,
            "31 February 2024"
        );
        assert_eq!(read("date 20240420").unwrap_err().reason, NOT_A_DATE);
        assert_eq!(read("Date: next week").unwrap_err().value, "next week");
    }
}
