//! Dates written in figures, where the text may not say which number is
//! the month.
//!
//! "3/4/2024" is 4 March in American copy and 3 April in British. The
//! tagger reads it month first, as TimeML's American news does; an article
//! that writes another date unambiguously ("25/3/2024", "3/25/2024") shows
//! its own order, and without one the honest date is either day, so the
//! interval spans both and the build warns.
//!
//! ```
//! use news_timeline::dating::figures::{settle, Settled};
//! let Settled::Either(a, b) = settle("3/4/2024", 2024, "Signed on 3/4/2024.").unwrap() else { panic!() };
//! assert_eq!((a.to_string(), b.to_string()), ("2024-03-04".into(), "2024-04-03".into()));
//! let Settled::Day(d) = settle("3/4/2024", 2024, "Signed on 3/4/2024, paid on 25/4/2024.").unwrap() else { panic!() };
//! assert_eq!(d.to_string(), "2024-04-03");
//! assert!(settle("25/4/2024", 2024, "").is_none());
//! ```

use crate::civil::Day;

/// How a figure date with both numbers up to 12 is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// The article's own order says which day.
    Day(Day),
    /// Month first, then day first: the text does not say which.
    Either(Day, Day),
}

/// Which number of a figure date the article puts first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    MonthFirst,
    DayFirst,
}

/// The first two numbers of "a/b/y" with a year of four digits or two.
fn numbers(written: &str) -> Option<(u32, u32)> {
    let mut parts = written.split('/');
    let a: u32 = parts.next()?.trim().parse().ok()?;
    let b: u32 = parts.next()?.trim().parse().ok()?;
    let y = parts.next()?.trim();
    let year_like = (y.len() == 2 || y.len() == 4) && y.bytes().all(|b| b.is_ascii_digit());
    (year_like && parts.next().is_none()).then_some((a, b))
}

/// The order the other figure dates in `text` show: a first number over
/// 12 is a day, a second number over 12 is one too. None when they show
/// none, or both.
fn order_in(text: &str) -> Option<Order> {
    let mut seen = None;
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let word = word.trim_end_matches('.');
        if !word.contains('/') {
            continue;
        }
        let Some((a, b)) = numbers(word) else {
            continue;
        };
        let order = match (a, b) {
            (13..=31, 1..=12) => Order::DayFirst,
            (1..=12, 13..=31) => Order::MonthFirst,
            _ => continue,
        };
        if seen.is_some_and(|s| s != order) {
            return None;
        }
        seen = Some(order);
    }
    seen
}

/// How the figure date `written`, in `year` as the tagger read it, is
/// read when its two first numbers could each be the month; None for
/// anything else ("25/4/2024", "4/4/2024", "April 3"). `text` is the
/// article, whose other figure dates may show its order.
pub fn settle(written: &str, year: i32, text: &str) -> Option<Settled> {
    let (a, b) = numbers(written)?;
    if a == b || !(1..=12).contains(&a) || !(1..=12).contains(&b) {
        return None;
    }
    let month_first = Day::from_ymd(year, a, b).ok()?;
    let day_first = Day::from_ymd(year, b, a).ok()?;
    Some(match order_in(text) {
        Some(Order::MonthFirst) => Settled::Day(month_first),
        Some(Order::DayFirst) => Settled::Day(day_first),
        None => match weekday_before(written, text) {
            // "on Wednesday, 02/04/2025": only one reading is a Wednesday.
            Some(w) if month_first.weekday() == w && day_first.weekday() != w => {
                Settled::Day(month_first)
            }
            Some(w) if day_first.weekday() == w && month_first.weekday() != w => {
                Settled::Day(day_first)
            }
            _ => Settled::Either(month_first.min(day_first), month_first.max(day_first)),
        },
    })
}

/// The weekday written right before the first `written` in `text`
/// ("Wednesday, 02/04/2025", "Wed 2/4/2025").
fn weekday_before(written: &str, text: &str) -> Option<crate::civil::Weekday> {
    let at = text.find(written)?;
    let word = text
        .get(..at)?
        .trim_end()
        .trim_end_matches([',', '.'])
        .rsplit(|c: char| !c.is_alphabetic())
        .next()?;
    crate::civil::Weekday::from_number(crate::timex::lexicon::weekday_word(word)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn both_numbers_up_to_twelve_is_either_day() {
        assert_eq!(
            settle("11/2/2023", 2023, "It closed on 11/2/2023."),
            Some(Settled::Either(day("2023-02-11"), day("2023-11-02")))
        );
        assert_eq!(
            settle("3/4/24", 2024, "on 3/4/24"),
            Some(Settled::Either(day("2024-03-04"), day("2024-04-03")))
        );
    }

    /// Blind read, stop 24: "on Wednesday, 02/04/2025" was either day,
    /// though 4 February 2025 is a Tuesday.
    #[test]
    fn a_weekday_before_the_figures_settles_them() {
        assert_eq!(
            settle(
                "02/04/2025",
                2025,
                "Flooding hit Assam on Wednesday, 02/04/2025."
            ),
            Some(Settled::Day(day("2025-04-02")))
        );
        assert_eq!(
            settle("02/04/2025", 2025, "Flooding hit Assam on Tue 02/04/2025."),
            Some(Settled::Day(day("2025-02-04")))
        );
        // A weekday neither reading is leaves both.
        assert_eq!(
            settle("02/04/2025", 2025, "on Friday, 02/04/2025"),
            Some(Settled::Either(day("2025-02-04"), day("2025-04-02")))
        );
    }

    #[test]
    fn the_article_s_other_dates_show_its_order() {
        let british = "Filed 3/4/2024; the hearing is on 17/4/2024.";
        assert_eq!(
            settle("3/4/2024", 2024, british),
            Some(Settled::Day(day("2024-04-03")))
        );
        let american = "Filed 3/4/2024; the hearing is on 4/17/2024.";
        assert_eq!(
            settle("3/4/2024", 2024, american),
            Some(Settled::Day(day("2024-03-04")))
        );
        // Dates that contradict each other show nothing.
        let both = "on 3/4/2024, 17/4/2024 and 4/17/2024";
        assert!(matches!(
            settle("3/4/2024", 2024, both),
            Some(Settled::Either(..))
        ));
    }

    #[test]
    fn a_date_only_one_way_round_is_not_settled_here() {
        assert_eq!(settle("25/4/2024", 2024, ""), None);
        assert_eq!(settle("4/4/2024", 2024, ""), None);
        assert_eq!(settle("April 3", 2024, ""), None);
        assert_eq!(settle("2024-03-04", 2024, ""), None);
    }
}
