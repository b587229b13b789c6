//! Expressions that take their value from the time the story last named
//! rather than from the DCT: "that year", "later that day", "the same
//! month", "the following year".
//!
//! TimeML values these against the reference time of the narrative. A
//! story that says "He fled in June 1998 and returned later that year"
//! means 1998 whatever the DCT; so the rule ([`that_unit`]) only marks the
//! hit, and [`resolve`] fills in the value once all hits are known, from
//! the nearest dated expression before it. Without one, the DCT stands in.

use super::lexicon::{self, Unit};
use super::patterns::{g, modifier_of, whole, Ctx, Hit};
use super::resolve;
use super::TimexType;
use chrono::{Datelike, Days, Months, NaiveDate};
use regex::Captures;

/// A unit counted from the story's reference time: `shift` units after it
/// (negative: before).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchored {
    pub unit: Unit,
    pub shift: i32,
}

/// The regular expression for [`that_unit`].
pub const PATTERN: &str = r"\b(?:(?:(?P<pm>(?i:early|earlier|late|later))\s+(?:(?i:in|on)\s+)?)?(?P<det>(?i:that(?:\s+same|\s+very)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+(?P<u>(?i:day|week|month|year|quarter))|(?i:the)\s+(?P<bu>(?i:day|week|month|year))\s+(?P<before>(?i:before))(?:\s+(?P<last>(?i:last)))?)\b";

/// "that year", "the same day", "the following month", "the next day",
/// "the previous day", "the day before", "the year before".
pub fn that_unit(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    if c.name("before").is_some() {
        let unit = lexicon::unit(g(c, "bu")?)?;
        if c.name("last").is_some() {
            // "the year before last": two back from now, whatever the
            // story last named.
            let value = value_from(ctx.dct.map(Known::day), Anchored { unit, shift: -2 });
            return Some(whole(c, TimexType::Date, value, None));
        }
        // "The day before, shares had risen", "sales had doubled the year
        // before": the unit before the one being told. "The day before the
        // vote" counts from an event instead, which this rule cannot date.
        let rest = ctx.text[full.end()..].trim_start();
        if rest.starts_with(|ch: char| ch.is_alphanumeric()) {
            return None;
        }
        return Some(anchored_hit(c, ctx, Anchored { unit, shift: -1 }));
    }
    let unit = lexicon::unit(g(c, "u")?)?;
    let det = g(c, "det")?.to_ascii_lowercase();
    let shift = if det.ends_with("following") || det.ends_with("next") {
        1
    } else if det.ends_with("previous") || det.ends_with("preceding") {
        -1
    } else {
        0
    };
    // "the next week/month/year" is mostly a stretch ahead of the DCT
    // ("over the next year"), and "the previous year" one behind it, which
    // the relative-unit rule handles; only "the next day" and "the
    // previous day" reliably mean a day next to the one being told.
    if shift != 0 && !det.ends_with("following") && unit != Unit::Day {
        return None;
    }
    if matches!(
        ctx.text.as_bytes().get(full.end()),
        Some(b'-' | b'0'..=b'9')
    ) {
        // "that year-end", "the same day-to-day": part of another word.
        return None;
    }
    // "on the same day as the ruling" counts from the event it names,
    // which this rule cannot date, not from the story's last time.
    if shift == 0
        && ctx.text[full.end()..]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(" as "))
    {
        return None;
    }
    Some(anchored_hit(c, ctx, Anchored { unit, shift }))
}

/// The whole match as a date counted from the story's reference time; its
/// value is the DCT's until [`resolve`] knows better.
fn anchored_hit(c: &Captures, ctx: &Ctx, anchored: Anchored) -> Hit {
    let value = value_from(ctx.dct.map(Known::day), anchored);
    let mut h = whole(c, TimexType::Date, value, modifier_of(g(c, "pm")));
    h.anchored = Some(anchored);
    h
}

/// "at 6 a.m. local time on Tuesday", "at 9:30 p.m. (0130 GMT) Friday": a
/// bare clock time whose day follows it takes that day. Only words of a
/// time zone and "on" may stand between the two, so a day further on, in
/// another clause, stays another event's.
pub fn day_after_time(hits: &mut [Hit], text: &str) {
    for i in 1..hits.len() {
        let (before, after) = hits.split_at_mut(i);
        let (time, day) = (&mut before[i - 1], &mut after[0]);
        if time.kind != TimexType::Time || time.anchored.is_none() {
            continue;
        }
        // "arrested on Saturday night ... detained at 12.40am the next
        // day": a day told from the story's, not from the report. The time
        // takes the day's place in the story, and the day is then the
        // time's own, so "the next day" is not counted twice.
        if let Some(a) = day.anchored.filter(|a| a.unit == Unit::Day) {
            if text
                .get(time.end..day.start)
                .is_some_and(|g| g.trim().is_empty())
            {
                time.anchored = Some(a);
                day.anchored = Some(Anchored {
                    unit: Unit::Day,
                    shift: 0,
                });
                continue;
            }
        }
        let day_value = day
            .value
            .get(..10)
            .filter(|v| Known::parse(v).and_then(Known::date).is_some());
        let (Some(day_value), Some(t)) = (day_value, time.value.find('T')) else {
            continue;
        };
        let gap = text.get(time.end..day.start).unwrap_or("x");
        let joins = gap.len() <= 40
            && gap
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    w.bytes().all(|b| b.is_ascii_digit()) || {
                        let w = w.to_ascii_lowercase();
                        matches!(w.as_str(), "on" | "local" | "time")
                            || lexicon::TIME_ZONES.contains(&w.as_str())
                    }
                });
        if joins {
            time.value = format!("{day_value}{}", &time.value[t..]);
            time.anchored = None;
        }
    }
}

/// "was arrested in June that year", "in March of the same year": a month
/// named with the year the story is on is that year's month, and one
/// expression. The month keeps its value's month and takes its year from
/// the story when [`resolve`] knows it; alone, "June" would be the DCT's
/// year's.
pub fn month_of_that_year(hits: &mut Vec<Hit>, text: &str) {
    let mut i = 0;
    while i + 1 < hits.len() {
        let (month, year) = (&hits[i], &hits[i + 1]);
        let month_only = month.kind == TimexType::Date
            && month.anchored.is_none()
            && month.value.len() == 7
            && Known::parse(&month.value).is_some_and(|k| k.month.is_some());
        let that_year = year.anchored
            == Some(Anchored {
                unit: Unit::Year,
                shift: 0,
            })
            && year.modifier.is_none();
        let gap = text
            .get(month.end..year.start)
            .map(|g| g.trim().to_ascii_lowercase());
        if month_only && that_year && matches!(gap.as_deref(), Some("" | "of")) {
            let year = hits.remove(i + 1);
            hits[i].end = year.end;
            hits[i].anchored = year.anchored;
        }
        i += 1;
    }
}

/// Gives every anchored hit the value of the latest dated hit before it;
/// a hit in a past clause counts from the latest one not after the DCT,
/// so that a forecast day told in between is passed over.
pub fn resolve(hits: &mut [Hit], dct: Option<NaiveDate>, text: &str) {
    let mut last: Option<Known> = dct.map(Known::day);
    // The latest named day not after the report: "Floods hit on Monday.
    // A second storm is expected on Thursday. The mayor declared an
    // emergency the following morning" counts from Monday, not from the
    // forecast.
    let mut last_told = last;
    for h in hits.iter_mut() {
        let past = h.anchored.is_some()
            && super::tense::around(text, h.start, h.end) == super::tense::Tense::Past;
        let from = if past { last_told } else { last };
        match h.anchored {
            // A bare clock time moves to the day last named, if one was; a
            // vaguer time ("1998-10-XX") would only lose the DCT's day.
            Some(a) if h.kind == TimexType::Time => {
                let day = from
                    .and_then(Known::date)
                    .and_then(|d| shift_days(d, u64::from(a.shift.unsigned_abs()), a.shift < 0));
                if let (Some(day), Some(t)) = (day, h.value.find('T')) {
                    h.value = format!("{}{}", resolve::day(Some(day)), &h.value[t..]);
                }
            }
            // "June that year" ([`month_of_that_year`]): the story's year,
            // the month's own month.
            Some(a) if a.unit == Unit::Year && h.value.len() == 7 => {
                let month = h.value[4..].to_string();
                h.value = value_from(from, a) + &month;
            }
            Some(a) => h.value = value_from(from, a),
            None => {}
        }
        if matches!(h.kind, TimexType::Date | TimexType::Time) {
            if let Some(k) = Known::parse(&h.value) {
                last = Some(k);
                let ahead = dct.zip(k.date()).is_some_and(|(d, day)| day > d);
                if !ahead {
                    last_told = Some(k);
                }
            }
        }
    }
}

/// What a dated value pins down: always the year, perhaps the month (or
/// only the quarter) and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Known {
    year: i32,
    quarter: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Known {
    fn day(d: NaiveDate) -> Known {
        Known {
            year: d.year(),
            quarter: Some((d.month() - 1) / 3 + 1),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// Reads "1998", "1998-10", "1998-10-23", "1998-10-23T14:00",
    /// "1998-Q3"; anything without a year (PRESENT_REF, "XXXX-10", a
    /// decade) names no reference time.
    fn parse(v: &str) -> Option<Known> {
        let b = v.as_bytes();
        if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
            return None;
        }
        if b.len() > 4 && b[4] != b'-' {
            return None;
        }
        let year: i32 = v[..4].parse().ok()?;
        let rest = v.get(5..).unwrap_or("");
        let mut k = Known {
            year,
            quarter: None,
            month: None,
            day: None,
        };
        if let Some(q) = rest.strip_prefix('Q') {
            k.quarter = q.parse().ok().filter(|q| (1..=4).contains(q));
            return Some(k);
        }
        if rest.is_empty() {
            return Some(k);
        }
        // A season, half or week ("1998-SU", "1998-H2", "1998-W33") still
        // names its year.
        let month = rest.get(..2).and_then(|m| m.parse::<u32>().ok());
        let Some(month) = month.filter(|m| (1..=12).contains(m)) else {
            return Some(k);
        };
        if rest.len() > 2 && rest.as_bytes()[2] != b'-' {
            return Some(k);
        }
        k.month = Some(month);
        k.quarter = Some((month - 1) / 3 + 1);
        k.day = rest
            .get(3..5)
            .and_then(|d| d.parse().ok())
            .filter(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some());
        Some(k)
    }

    fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
}

/// The value of `a` counted from `known`; what the reference leaves open
/// stays `X` (TimeML writes "that same day" after "last October" as
/// "1998-10-XX").
fn value_from(known: Option<Known>, a: Anchored) -> String {
    let Some(k) = known else {
        return resolve::at_granularity(None, a.unit);
    };
    let y = |y: i32| resolve::year(y);
    let back = a.shift < 0;
    let n = u64::from(a.shift.unsigned_abs());
    match a.unit {
        Unit::Year => y(k.year + a.shift),
        Unit::Quarter => match k.quarter {
            Some(q) => {
                let idx = k.year * 4 + q as i32 - 1 + a.shift;
                format!("{}-Q{}", y(idx.div_euclid(4)), idx.rem_euclid(4) + 1)
            }
            None => format!("{}-QX", y(k.year)),
        },
        Unit::Month => match (
            k.month,
            NaiveDate::from_ymd_opt(k.year, k.month.unwrap_or(1), 1),
        ) {
            (Some(_), Some(first)) => {
                let d = if back {
                    first.checked_sub_months(Months::new(n as u32))
                } else {
                    first.checked_add_months(Months::new(n as u32))
                };
                resolve::month(d)
            }
            _ => format!("{}-XX", y(k.year)),
        },
        Unit::Week => match k.date() {
            Some(d) => resolve::week(shift_days(d, 7 * n, back)),
            None => format!("{}-WXX", y(k.year)),
        },
        _ => match (k.date(), k.month) {
            (Some(d), _) => resolve::day(shift_days(d, n, back)),
            (None, Some(m)) if a.shift == 0 => format!("{}-{m:02}-XX", y(k.year)),
            _ => format!("{}-XX-XX", y(k.year)),
        },
    }
}

fn shift_days(d: NaiveDate, n: u64, back: bool) -> Option<NaiveDate> {
    if back {
        d.checked_sub_days(Days::new(n))
    } else {
        d.checked_add_days(Days::new(n))
    }
}
