//! Interval reasoning: intersection, weekdays, open ends, contradictions.

use super::*;
use crate::model::DateSource;

fn ev(text: &str) -> Evidence {
    Evidence::new(DateSource::Text, "test", text)
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

#[test]
fn a_weekday_in_a_known_week_is_that_day() {
    let week = Constraint::between(
        Some(day("2024-04-15")),
        Some(day("2024-04-21")),
        ev("this week"),
    );
    let c = week
        .and(&Constraint::weekday(Weekday::Wednesday, ev("on Wednesday")))
        .unwrap();
    let span = c.span();
    assert_eq!(span.precision, Precision::Day);
    assert_eq!(span.earliest, Some(day("2024-04-17")));
    assert_eq!(span.weekday, None, "an exact day needs no weekday note");
    assert_eq!(span.evidence.len(), 2);
}

#[test]
fn a_weekday_alone_stays_undated_but_remembered() {
    let span = Constraint::weekday(Weekday::Saturday, ev("on Saturday")).span();
    assert_eq!((span.earliest, span.latest), (None, None));
    assert_eq!(span.precision, Precision::Unknown);
    assert_eq!(span.weekday, Some(Weekday::Saturday));
}

#[test]
fn open_ends_move_onto_the_weekday() {
    let c = Constraint::before(day("2024-04-20"), ev("reported"))
        .and(&Constraint::weekday(Weekday::Wednesday, ev("on Wednesday")))
        .unwrap();
    let span = c.span();
    assert_eq!(span.latest, Some(day("2024-04-17")));
    assert_eq!(span.earliest, None);
    assert_eq!(span.precision, Precision::Unknown);
}

#[test]
fn contradictions_are_refused() {
    let a = Constraint::before(day("2024-01-01"), ev("a"));
    let b = Constraint::after(day("2024-02-01"), ev("b"));
    assert!(a.and(&b).is_none());
    let sat = Constraint::weekday(Weekday::Saturday, ev("sat"));
    let wed = Constraint::weekday(Weekday::Wednesday, ev("wed"));
    assert!(sat.and(&wed).is_none());
    // A two-day window with no Saturday in it.
    let mon_tue = Constraint::between(Some(day("2024-04-15")), Some(day("2024-04-16")), ev("x"));
    assert!(mon_tue.and(&sat).is_none());
}

#[test]
fn widths_give_precision() {
    let month = Constraint::between(
        Some(day("2025-01-01")),
        Some(day("2025-01-31")),
        ev("January"),
    )
    .span();
    assert_eq!(month.precision, Precision::Month);
    let week = Constraint::between(
        Some(day("2025-01-13")),
        Some(day("2025-01-19")),
        ev("that week"),
    )
    .span();
    assert_eq!(week.precision, Precision::Week);
    let year =
        Constraint::between(Some(day("2024-01-01")), Some(day("2024-12-31")), ev("2024")).span();
    assert_eq!(year.precision, Precision::Year);
}

#[test]
fn leap_days_and_year_ends() {
    let c = Constraint::between(Some(day("2024-02-28")), Some(day("2024-03-01")), ev("x"))
        .and(&Constraint::weekday(Weekday::Thursday, ev("Thursday")))
        .unwrap();
    assert_eq!(c.span().earliest, Some(day("2024-02-29")));
    let c = Constraint::between(Some(day("2024-12-30")), Some(day("2025-01-05")), ev("x"))
        .and(&Constraint::weekday(Weekday::Wednesday, ev("Wednesday")))
        .unwrap();
    assert_eq!(c.span().earliest, Some(day("2025-01-01")));
}

#[test]
fn evidence_is_kept_once() {
    let a = Constraint::weekday(Weekday::Saturday, ev("on Saturday"));
    let both = a.and(&a).unwrap();
    assert_eq!(both.evidence.len(), 1);
}

/// Stop 23: a day of the year with no year narrows an interval to its
/// occurrences in it, and two different ones contradict each other.
#[test]
fn a_day_of_the_year_narrows_an_interval() {
    let march_3 = Constraint::month_day(MonthDay::new(3, 3).unwrap(), ev("'March 3'"));
    let year = Constraint::between(
        Some(Day::parse("2024-06-01").unwrap()),
        Some(Day::parse("2025-05-31").unwrap()),
        ev("a year"),
    );
    let span = march_3.and(&year).unwrap().span();
    assert_eq!(span.earliest.unwrap().to_string(), "2025-03-03");
    assert!(span.is_exact());
    assert_eq!(
        span.month_day, None,
        "an exact day needs no day-of-year note"
    );

    // With a weekday too: the 3 March that falls on it.
    let monday = Constraint::weekday(Weekday::Monday, ev("'on Monday'"));
    let decade = Constraint::between(
        Some(Day::parse("2020-01-01").unwrap()),
        Some(Day::parse("2029-12-31").unwrap()),
        ev("a decade"),
    );
    let span = march_3.and(&monday).unwrap().and(&decade).unwrap().span();
    assert_eq!(span.earliest.unwrap().to_string(), "2025-03-03");
    assert_eq!(span.latest.unwrap().to_string(), "2025-03-03");

    let march_10 = Constraint::month_day(MonthDay::new(3, 10).unwrap(), ev("'March 10'"));
    assert!(march_3.and(&march_10).is_none());
    assert!(!march_3.compatible(&march_10));
    assert_eq!(march_3.span().label(), "3 March, year unknown");
    assert_eq!(
        march_3.and(&monday).unwrap().span().label(),
        "Monday 3 March, year unknown"
    );
}
