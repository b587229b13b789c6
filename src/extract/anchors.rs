//! Events placed relative to an event another article dates.
//!
//! A follow-up story often dates its own event only against an earlier one
//! it describes in words: "on Tuesday, a day after the last U.S. troops left
//! Kabul", "six days after the Christchurch mosque attacks", "one year after
//! Russia invaded Ukraine". When another report in the corpus dates an event
//! that matches the description, the follow-up's event is that day plus the
//! span, with evidence naming the report.
//!
//! A description matches a clustered event when at least two of its content
//! words or named entities, and at least half of them, occur in a sentence
//! reporting that event; the event must have an exact day, and the match
//! must be the only one on its day. The result must agree with what the
//! follow-up already knows (its weekday, its publication date), or it is
//! dropped.
//!
//! ```
//! use news_timeline::extract::anchors::content_terms;
//! let terms = content_terms("the last U.S. troops left Kabul");
//! assert!(terms.contains(&"troop".to_string()) && terms.contains(&"kabul".to_string()));
//! assert!(!terms.contains(&"the".to_string()));
//! ```

use super::cluster::Cluster;
use super::drafts::{counted_days, duration_days, duration_months};
use super::Reading;
use crate::civil::Day;
use crate::dating::Constraint;
use crate::fold::fold;
use crate::model::{DateSource, Evidence};
use crate::search::stem::stem;

/// Words too common to say which event is meant.
pub(super) const STOPWORDS: [&str; 40] = [
    "the", "and", "for", "with", "from", "that", "this", "his", "her", "its", "their", "was",
    "were", "are", "has", "have", "had", "been", "which", "who", "into", "over", "than", "then",
    "when", "while", "also", "but", "not", "all", "some", "more", "most", "out", "off", "about",
    "after", "before", "they", "she",
];

/// The folded, stemmed content words of `text`.
pub fn content_terms(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut terms: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !STOPWORDS.contains(w))
        .map(stem)
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

/// The terms of a byte range of a reading: the entities mentioned there,
/// by resolved id (so that "Erdoğan" and "Erdogan" meet), and the content
/// words outside those mentions (a name counts once, not as a word too).
fn terms_of(reading: &Reading, range: &std::ops::Range<usize>) -> Vec<String> {
    let mut terms = Vec::new();
    let mut at = range.start;
    for (m, id) in reading.mentions.iter().zip(&reading.entity_of) {
        if m.start >= at && m.end <= range.end {
            terms.extend(content_terms(&reading.text[at..m.start]));
            terms.push(format!("#{id}"));
            at = m.end;
        }
    }
    terms.extend(content_terms(&reading.text[at..range.end]));
    terms.sort();
    terms.dedup();
    terms
}

/// The terms of draft `d`'s sentence that tell its own event: not those
/// of the event it counts from ("dismissed yesterday, a day after the 4-0
/// thrashing by Ashford Rovers" is no report of the thrashing).
fn own_terms(reading: &Reading, d: usize) -> Vec<String> {
    let draft = &reading.drafts[d];
    let range = &draft.range;
    match draft.reference.as_ref().map(|r| &r.description) {
        Some(hole) if range.start <= hole.start && hole.end <= range.end => {
            let mut terms = terms_of(reading, &(range.start..hole.start));
            terms.extend(terms_of(reading, &(hole.end..range.end)));
            terms.sort();
            terms.dedup();
            terms
        }
        _ => terms_of(reading, range),
    }
}

/// `day` moved by a TIMEX3 duration (`P6D`, `P2W`, `P1M`, `P1Y`), forward
/// or back; `None` for vague or sub-day durations.
fn shift(day: Day, duration: &str, forward: bool) -> Option<Day> {
    let sign = if forward { 1 } else { -1 };
    if let Some(days) = duration_days(duration) {
        return Some(day + sign * days);
    }
    let months = duration_months(duration)?;
    let (y, m, d) = day.ymd();
    let (y, m) = crate::civil::months_on(y, m, sign * months);
    Day::from_ymd(y, m, d).ok()
}

/// Dates the main events of `readings` whose lede places them relative to
/// an event another article dates. Returns whether any date changed.
pub(super) fn anchor_references(
    readings: &mut [Reading],
    clusters: &[(Cluster, Vec<(usize, usize)>)],
) -> bool {
    let mut changed = false;
    for r in 0..readings.len() {
        let Some(main) = readings[r].drafts.iter().position(|d| d.is_main) else {
            continue;
        };
        let Some(reference) = readings[r].drafts[main].reference.clone() else {
            continue;
        };
        let wanted = terms_of(&readings[r], &reference.description);
        if wanted.len() < 2 {
            continue;
        }
        // Each dated event of other articles, scored by its best report.
        let mut scored: Vec<(usize, Day, usize, usize)> = Vec::new();
        for (cluster, refs) in clusters {
            if refs.iter().any(|&(ar, _)| ar == r) {
                continue;
            }
            let span = cluster.constraint.span();
            let Some(day) = span.earliest.filter(|_| span.is_exact()) else {
                continue;
            };
            let best = refs
                .iter()
                .map(|&(ar, ad)| {
                    let found = own_terms(&readings[ar], ad);
                    let shared = wanted.iter().filter(|t| found.contains(t)).count();
                    (shared, day, ar, ad)
                })
                .max_by_key(|s| s.0);
            if let Some(best) = best.filter(|s| s.0 >= 2 && s.0 * 2 >= wanted.len()) {
                scored.push(best);
            }
        }
        // The best match must stand out: two events on different days that
        // fit as well make the description ambiguous.
        let Some(top) = scored.iter().map(|s| s.0).max() else {
            continue;
        };
        let mut tops = scored.iter().filter(|s| s.0 == top);
        let Some(&(_, anchor, ar, ad)) = tops.next() else {
            continue;
        };
        if tops.any(|s| s.1 != anchor) {
            continue;
        }
        let Some(day) = shift(anchor, &reference.duration, reference.after) else {
            continue;
        };
        // "two months after the runoff": a count in months or years is
        // round, so it gives the month it lands in, not a day.
        let by_days = duration_days(&reference.duration).is_some();
        let (y, m, _) = day.ymd();
        let source = &readings[ar];
        let quote: String = source.drafts[ad].sentence.chars().take(90).collect();
        let (first, last, counted_as) = counted_days(day, &reference.duration);
        let evidence = Evidence::new(
            DateSource::OtherArticle,
            "anchored-event",
            &format!(
                "'{}': that event is dated {} ('{}…' in {}), so {}",
                reference.quote,
                anchor.medium(),
                quote.trim_end(),
                source.id,
                if by_days {
                    counted_as
                } else {
                    ["in ", &crate::civil::month_name(y, m)].concat()
                }
            ),
        );
        let counted = if by_days {
            Constraint::between(Some(first), Some(last), evidence)
        } else {
            let month = crate::civil::month_bounds(y, m);
            Constraint::between(month.map(|b| b.0), month.map(|b| b.1), evidence)
        };
        let draft = &mut readings[r].drafts[main];
        if let Some(joined) = draft.constraint.and(&counted) {
            if joined != draft.constraint {
                draft.constraint = joined;
                changed = true;
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_move_days_by_calendar_units() {
        let day = Day::parse("2022-02-24").unwrap();
        let moved = |d: &str, f| shift(day, d, f).map(|d| d.to_string());
        assert_eq!(moved("P6D", true).as_deref(), Some("2022-03-02"));
        assert_eq!(moved("P2W", false).as_deref(), Some("2022-02-10"));
        assert_eq!(moved("P1Y", true).as_deref(), Some("2023-02-24"));
        assert_eq!(moved("P1M", false).as_deref(), Some("2022-01-24"));
        assert_eq!(moved("PXD", true), None);
        assert_eq!(moved("PT3H", true), None);
    }
}
