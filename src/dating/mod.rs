//! Reasoning about when things happened: intervals, weekdays and evidence.
//!
//! A [`Constraint`] is what the clues about one event allow: an interval of
//! days (either end may be open), perhaps a weekday, perhaps a day of the
//! year whose year is unknown ("on March 3" with no date line), and the
//! evidence for each part. Clues only ever narrow it ([`Constraint::and`]); a clue that
//! contradicts the others is refused, not averaged. [`Constraint::span`]
//! turns it into the model's [`DateSpan`], moving the ends onto the named
//! weekday and day of the year and claiming a single day only when exactly one day is left.
//!
//! ```
//! use news_timeline::civil::{Day, Weekday};
//! use news_timeline::dating::Constraint;
//! use news_timeline::model::{DateSource, Evidence};
//! let ev = |t: &str| Evidence::new(DateSource::Text, "example", t);
//! let c = Constraint::weekday(Weekday::Wednesday, ev("'on Wednesday'"))
//!     .and(&Constraint::after(Day::parse("2025-01-19").unwrap(), ev("after the cease-fire")))
//!     .unwrap();
//! let span = c.span();
//! assert_eq!(span.earliest.unwrap().to_string(), "2025-01-22"); // the first Wednesday on or after
//! assert!(span.latest.is_none());
//! ```

pub mod figures;
pub mod value;

use crate::civil::{Day, MonthDay, Weekday};
use crate::model::{DateSpan, Evidence, Precision};

/// What the clues about one event allow.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Constraint {
    pub earliest: Option<Day>,
    pub latest: Option<Day>,
    pub weekday: Option<Weekday>,
    /// A month and day the text names without a year.
    pub month_day: Option<MonthDay>,
    /// The weekday the event was reported on, in a week the text does not
    /// give ("Nordbank is cutting 900 jobs, it said on Wednesday"): no
    /// bound on the event's day, so no part of its interval, but a tie to
    /// another report of the event dated to that weekday.
    pub reported_on: Option<Weekday>,
    pub evidence: Vec<Evidence>,
}

impl Constraint {
    /// Nothing known.
    pub fn none() -> Constraint {
        Constraint::default()
    }

    pub fn between(earliest: Option<Day>, latest: Option<Day>, evidence: Evidence) -> Constraint {
        Constraint {
            earliest,
            latest,
            weekday: None,
            month_day: None,
            reported_on: None,
            evidence: vec![evidence],
        }
    }

    pub fn day(day: Day, evidence: Evidence) -> Constraint {
        Constraint::between(Some(day), Some(day), evidence)
    }

    pub fn after(day: Day, evidence: Evidence) -> Constraint {
        Constraint::between(Some(day), None, evidence)
    }

    pub fn before(day: Day, evidence: Evidence) -> Constraint {
        Constraint::between(None, Some(day), evidence)
    }

    pub fn weekday(weekday: Weekday, evidence: Evidence) -> Constraint {
        Constraint {
            earliest: None,
            latest: None,
            weekday: Some(weekday),
            month_day: None,
            reported_on: None,
            evidence: vec![evidence],
        }
    }

    /// A day of the year, the year unknown.
    pub fn month_day(month_day: MonthDay, evidence: Evidence) -> Constraint {
        Constraint {
            month_day: Some(month_day),
            evidence: vec![evidence],
            ..Constraint::none()
        }
    }

    /// The same days moved by `days` (back when negative): the interval,
    /// the weekday, and the day of the year where every year of a leap
    /// cycle agrees on it ([`MonthDay::shifted`]). The evidence is kept;
    /// the report's weekday is not, as the moved days are another event's.
    ///
    /// ```
    /// use news_timeline::civil::{Day, Weekday};
    /// use news_timeline::dating::Constraint;
    /// use news_timeline::model::{DateSource, Evidence};
    /// let ev = Evidence::new(DateSource::Text, "example", "'on Monday'");
    /// let monday = Constraint::weekday(Weekday::Monday, ev);
    /// assert_eq!(monday.moved(-1).weekday, Some(Weekday::Sunday));
    /// ```
    pub fn moved(&self, days: i32) -> Constraint {
        Constraint {
            earliest: self.earliest.map(|d| d + days),
            latest: self.latest.map(|d| d + days),
            weekday: self.weekday.and_then(|w| {
                Weekday::from_number(((w.number() as i32 - 1 + days).rem_euclid(7) + 1) as u32)
            }),
            month_day: self.month_day.and_then(|md| md.shifted(days)),
            reported_on: None,
            evidence: self.evidence.clone(),
        }
    }

    /// Whether anything is known.
    pub fn is_empty(&self) -> bool {
        self.earliest.is_none()
            && self.latest.is_none()
            && self.weekday.is_none()
            && self.month_day.is_none()
    }

    /// Whether the constraint names a day or a few: an interval of at most
    /// a week, or only a weekday or a day of the year ("on Monday", "on
    /// March 3"), not a month or a decade.
    pub fn is_within_a_week(&self) -> bool {
        match self.tight() {
            (Some(a), Some(b)) => b.0 - a.0 < 7,
            (None, None) => self.weekday.is_some() || self.month_day.is_some(),
            _ => false,
        }
    }

    /// Both constraints at once, or `None` when they contradict each other
    /// (disjoint intervals, two different weekdays or days of the year, or
    /// no day left in the interval that falls on them).
    pub fn and(&self, other: &Constraint) -> Option<Constraint> {
        let earliest = max_open(self.earliest, other.earliest);
        let latest = min_open(self.latest, other.latest);
        let weekday = match (self.weekday, other.weekday) {
            (Some(a), Some(b)) if a != b => return None,
            (a, b) => a.or(b),
        };
        let month_day = match (self.month_day, other.month_day) {
            (Some(a), Some(b)) if a != b => return None,
            (a, b) => a.or(b),
        };
        let joined = Constraint {
            earliest,
            latest,
            weekday,
            month_day,
            reported_on: self.reported_on.or(other.reported_on),
            evidence: self
                .evidence
                .iter()
                .chain(other.evidence.iter().filter(|e| !self.evidence.contains(e)))
                .cloned()
                .collect(),
        };
        let (a, b) = joined.tight();
        match (a, b) {
            (Some(a), Some(b)) if a > b => None,
            _ => Some(joined),
        }
    }

    /// Whether both constraints can hold at once: [`Constraint::and`]
    /// without building the joined evidence.
    pub fn compatible(&self, other: &Constraint) -> bool {
        let weekday = match (self.weekday, other.weekday) {
            (Some(a), Some(b)) if a != b => return false,
            (a, b) => a.or(b),
        };
        let month_day = match (self.month_day, other.month_day) {
            (Some(a), Some(b)) if a != b => return false,
            (a, b) => a.or(b),
        };
        let probe = Constraint {
            earliest: max_open(self.earliest, other.earliest),
            latest: min_open(self.latest, other.latest),
            weekday,
            month_day,
            reported_on: None,
            evidence: Vec::new(),
        };
        !matches!(probe.tight(), (Some(a), Some(b)) if a > b)
    }

    /// The interval with its ends moved onto the weekday and the day of the
    /// year, if they are named.
    pub fn tight(&self) -> (Option<Day>, Option<Day>) {
        let Some(md) = self.month_day else {
            return match self.weekday {
                Some(w) => (
                    self.earliest.map(|d| d.on_or_after(w)),
                    self.latest.map(|d| d.on_or_before(w)),
                ),
                None => (self.earliest, self.latest),
            };
        };
        let fits = |d: &Day| self.weekday.is_none_or(|w| d.weekday() == w);
        // A day of the year falls on every weekday within 28 years (29
        // February within 28 leap years), so 120 of its years always find
        // one; only the calendar's ends can stop the search. There the end
        // stays where it was: a bound, if a loose one.
        let earliest = self.earliest.map(|from| {
            std::iter::successors(md.on_or_after(from), |&d| md.on_or_after(d + 1))
                .take(120)
                .find(fits)
                .unwrap_or(from)
        });
        let latest = self.latest.map(|from| {
            std::iter::successors(md.on_or_before(from), |&d| md.on_or_before(d - 1))
                .take(120)
                .find(fits)
                .unwrap_or(from)
        });
        (earliest, latest)
    }

    /// The model's date span for this constraint.
    pub fn span(&self) -> DateSpan {
        let (earliest, latest) = self.tight();
        let precision = match (earliest, latest) {
            (Some(a), Some(b)) if a == b => Precision::Day,
            // A weekday in a known week is that day: handled above. A
            // weekday in a wider interval is only as precise as the interval.
            (Some(a), Some(b)) => Precision::for_width(b.0 - a.0 + 1),
            _ => Precision::Unknown,
        };
        let exact = precision == Precision::Day;
        DateSpan {
            earliest,
            latest,
            precision,
            weekday: if exact { None } else { self.weekday },
            month_day: if exact { None } else { self.month_day },
            source: crate::model::most_authoritative(&self.evidence),
            evidence: self.evidence.clone(),
        }
    }
}

fn max_open(a: Option<Day>, b: Option<Day>) -> Option<Day> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_open(a: Option<Day>, b: Option<Day>) -> Option<Day> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests;
