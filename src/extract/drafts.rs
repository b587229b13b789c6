//! One article's events before they meet other articles: drafts.
//!
//! Each event frame the recogniser finds becomes a [`Draft`] when it is the
//! article's main event, or when it is a secondary event with a date clue of
//! its own (`On Wednesday, X met Y in Doha`; `three days after his meeting
//! with X`; `earlier on the day`). Frames with no clue are elaborations of
//! the event before them (`Erdogan received Darwish at the Presidential
//! Complex`) and lend it their participants and venue instead.
//!
//! Dating a draft reads the date expressions in its sentence:
//! - one the event happened at (`met … on Saturday`), the nearest to the
//!   trigger in the same clause, or at the head of the sentence;
//! - bounds (`since Oct. 7`, `before March`), and report times (`sources
//!   said Saturday`), which only say the event was no later;
//! - a duration before `after`/`before` relating the event to the main one;
//! - the publication bound: nothing reported happened after the report.

use crate::civil::{Day, Weekday};
use crate::dating::figures::Settled;
use crate::dating::value::{interpret, Reading};
use crate::dating::Constraint;
use crate::entities::Mention;
use crate::events::{EventKind, Frame};
use crate::fold::fold;
use crate::model::EntityKind;
use crate::model::{DateSource, Evidence};
use crate::timex::lexicon::{is_month_word, weekday};
use crate::timex::{Timex, TimexType};

/// How the day a draft's article is read against was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The article's date line.
    DateLine(Day),
    /// The article's only date line is when it was updated ("Updated 16
    /// April 2024"): relative expressions are read from it, as from a date
    /// line, and it bounds what the article reports, but it may be days
    /// after the story was first written, so it is never the lede's date
    /// by default.
    Updated(Day),
    /// The day of the article's main event, dated by another article.
    MainEvent(Day),
}

impl Reference {
    /// The day the article was reported (its date line, or the day it was
    /// updated); none when it is only read from another article's event.
    pub fn report_day(self) -> Option<Day> {
        match self {
            Reference::DateLine(day) | Reference::Updated(day) => Some(day),
            Reference::MainEvent(_) => None,
        }
    }
}

/// A draft's date relative to its article's main event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relative {
    /// Days after the main event (negative: before).
    pub offset: i32,
    pub evidence: Evidence,
    /// Where "the previous day" or its kin stands in the text, when such a
    /// phrase (not a count or "the same day") gave the offset.
    pub day_phrase: Option<std::ops::Range<usize>>,
}

/// An event as one article reports it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub article: u32,
    pub kind: EventKind,
    /// Indices into the article's mentions.
    pub participants: Vec<usize>,
    pub place: Option<usize>,
    pub venue: Option<String>,
    pub is_main: bool,
    /// The sentence reporting it.
    pub sentence: String,
    /// Byte range of the sentence in the article text.
    pub range: std::ops::Range<usize>,
    pub constraint: Constraint,
    pub relative: Option<Relative>,
    /// Durations in the sentence ("471-day struggle") with their owner
    /// mention, for anchoring against other articles.
    pub durations: Vec<OwnedDuration>,
    /// "six days after the Christchurch attacks": the lede's event placed
    /// relative to an event the text only describes, for another article
    /// to date.
    pub reference: Option<EventReference>,
}

/// A span of time between this event and another the text describes: "a
/// day after the last troops left Kabul".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventReference {
    /// The TIMEX3 duration value: `P6D`, `P1Y`.
    pub duration: String,
    /// Whether this event comes after the described one.
    pub after: bool,
    /// The description, as bytes of the article text: "the last troops
    /// left Kabul".
    pub description: std::ops::Range<usize>,
    /// The whole phrase as written, for evidence.
    pub quote: String,
}

/// "Hamas’ 471-day struggle": a span of days owned by an entity.
#[derive(Debug, Clone)]
pub struct OwnedDuration {
    pub days: i32,
    pub owner: usize,
    pub quote: String,
}

/// Kinds of frame that are events in their own right when dated.
fn is_event_kind(kind: EventKind) -> bool {
    !matches!(
        kind,
        EventKind::Statement | EventKind::Other | EventKind::Change
    )
}

/// Words that introduce a report time, not the event's time.
const REPORTING: [&str; 13] = [
    // "won the runoff, official results showed on Monday": what the
    // figures showed by then happened before ("the show on Sunday" is a
    // programme).
    "showed",
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "added",
    "stated",
    "confirmed",
    "declared",
    "disclosed",
    "revealed",
    "noted",
];

/// How a date expression relates to the event in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    At,
    NotBefore,
    NotAfter,
    ReportedOn,
}

/// The word before byte `at` in `text`, folded.
fn word_before(text: &str, at: usize) -> String {
    let head = text[..at].trim_end();
    fold(&head[word_start(text, at)..])
}

/// The word that starts at byte `at` of `text`, as written.
fn word_at(text: &str, at: usize) -> &str {
    text.get(at..)
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or("")
}

/// Where the word before byte `at` starts. Measured on the text as written:
/// the folded word may be shorter ("İn" folds to "in").
fn word_start(text: &str, at: usize) -> usize {
    let head = text[..at].trim_end();
    head.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(head.len(), |(i, _)| i)
}

fn relation(text: &str, t: &Timex) -> Relation {
    let mut word = word_before(text, t.start);
    let mut at = t.start;
    if matches!(
        word.as_str(),
        "on" | "in" | "the" | "late" | "early" | "earlier" | "last"
    ) {
        at = word_start(text, at);
        word = word_before(text, at);
    }
    // "from Nov. 25 to Nov. 29": the second date ends a span.
    let ends_a_span = matches!(word.as_str(), "to" | "through" | "and")
        && text[..word_start(text, at)]
            .rsplit(|c: char| c.is_whitespace())
            .take(5)
            .any(|w| matches!(w, "from" | "From" | "between" | "Between"));
    // "shortly after 3am on Monday", "just before midnight on Sunday":
    // before or after a time of day is still that day.
    let clock_on_a_day = t.kind == TimexType::Time
        && t.value.len() > 10
        && t.value.as_bytes()[10] == b'T'
        && matches!(word.as_str(), "after" | "before")
        && text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit() || c == 'm' || c == 'n');
    // "overnight Friday into Saturday": a night that spans both days.
    let night_into = |rest: &str| {
        let mut words = rest.split_whitespace();
        words.next() == Some("into")
            && words
                .next()
                .is_some_and(|w| crate::timex::lexicon::weekday(&fold(w)).is_some())
    };
    let opens_a_night = text.get(t.end..).is_some_and(night_into);
    // "on Monday night into Tuesday" too.
    let closes_a_night = word == "into"
        && text[..word_start(text, at)]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                let w = fold(w);
                crate::timex::lexicon::weekday(&w).is_some()
                    || matches!(w.as_str(), "night" | "evening")
            });
    // "the following Tuesday" picks a day; "following the attack" is
    // after it.
    let picks_a_day = word == "following" && word_before(text, word_start(text, at)) == "the";
    match word.as_str() {
        _ if clock_on_a_day || picks_a_day => Relation::At,
        _ if ends_a_span || closes_a_night => Relation::NotAfter,
        _ if opens_a_night => Relation::NotBefore,
        "since" | "after" | "following" | "from" | "between" => Relation::NotBefore,
        "before" | "until" | "till" | "by" | "prior" => Relation::NotAfter,
        // "postponed the trial to 13 September": the day it was put off to.
        "to" | "for" if crate::timex::tense::is_put_off_to(text, at) => Relation::NotAfter,
        w if REPORTING.contains(&w) => Relation::ReportedOn,
        _ => Relation::At,
    }
}

/// "between 2 and 5 June", "from 2 to 5 June": the first day of a span
/// written as a bare number before the day `end` that closes it, in
/// `end`'s month; and the words that say so.
fn span_start_day<'a>(text: &'a str, t: &Timex, end: Day) -> Option<(Day, &'a str)> {
    let before = text.get(..t.start)?.trim_end();
    let mut words = before.rsplitn(4, char::is_whitespace);
    let joint = words.next()?;
    let number = words.next()?;
    let opener = words.next()?;
    let ok = matches!(
        (opener.to_ascii_lowercase().as_str(), joint),
        ("between", "and") | ("from", "to")
    );
    let (year, month, last) = end.ymd();
    let day: u32 = number.parse().ok().filter(|&d| ok && d >= 1 && d < last)?;
    let first = Day::from_ymd(year, month, day).ok()?;
    let at = before.len() - opener.len() - number.len() - joint.len() - 2;
    Some((first, text.get(at..t.end)?))
}

fn quote(text: &str, t: &Timex) -> String {
    text.get(t.start..t.end).unwrap_or("").to_string()
}

/// Whether an expression needs the reference day to be read (no year in it).
fn is_relative(text: &str) -> bool {
    !text
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4)
}

fn evidence_for(
    text: &str,
    t: &Timex,
    reference: Option<Reference>,
    rule: &str,
    meaning: &str,
) -> Evidence {
    let q = quote(text, t);
    let (source, said) = match reference {
        Some(r) if is_relative(&q) => match r {
            Reference::DateLine(d) => (DateSource::DateLine, format!("'{q}' in a report dated {}{meaning}", d.medium())),
            Reference::Updated(d) => (DateSource::DateLine, format!("'{q}' in a report updated {}{meaning}", d.medium())),
            Reference::MainEvent(d) => (
                DateSource::OtherArticle,
                format!("'{q}', read from the article's main event on {} (dated by another report){meaning}", d.long()),
            ),
        },
        _ => (DateSource::Text, format!("'{q}'{meaning}")),
    };
    Evidence::new(source, rule, &said)
}

/// What one expression says about the event, as a constraint.
fn clue(text: &str, t: &Timex, reference: Option<Reference>) -> Option<Constraint> {
    clue_as(text, t, reference, relation(text, t))
}

/// [`clue`], with the expression's relation to the event already known.
fn clue_as(
    text: &str,
    t: &Timex,
    reference: Option<Reference>,
    relation: Relation,
) -> Option<Constraint> {
    if !matches!(t.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    // "earlier this month" is any day of it before the report, which the
    // report's date bounds; TIMEX3's START would keep only its first third.
    // "later this week" likewise is any day after the report, not the
    // week's last two.
    let earlier = text.get(t.start..t.end).is_some_and(|q| {
        q.get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("earlier"))
            || q.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("later "))
    });
    let modifier = if earlier { None } else { t.modifier };
    // "3/4/2024": the article's other figure dates may say which number is
    // the month; if not, either day is the date.
    let settled = t
        .value
        .get(..4)
        .and_then(|y| y.parse().ok())
        .and_then(|year| {
            crate::dating::figures::settle(text.get(t.start..t.end).unwrap_or(""), year, text)
        });
    // The two readings of "next Tuesday" are both Tuesdays.
    let mut either_week = None;
    let (reading, meaning) = match settled {
        Some(Settled::Day(d)) => (Reading::Interval(d, d), String::new()),
        Some(Settled::Either(a, b)) => (
            Reading::Interval(a, b),
            format!(
                ": {} or {}, as the text does not say which number is the month",
                a.medium(),
                b.medium()
            ),
        ),
        None => match season_end(text, t) {
            // "the 2023-24 season": the tagger dates each year on its own,
            // but the first names a range the second closes.
            Some(y2) => match interpret(&t.value, modifier) {
                Reading::Interval(a, _) => (
                    Day::from_ymd(y2, 12, 31).map_or(Reading::Nothing, |b| Reading::Interval(a, b)),
                    format!(": a range of years ending in {y2}"),
                ),
                other => (other, String::new()),
            },
            None => match (interpret(&t.value, modifier), reference) {
                // "next Tuesday" said on a Monday: tomorrow to some readers,
                // a week tomorrow to others. Both days stay in.
                (Reading::Interval(a, b), Some(Reference::DateLine(day)))
                    if a == b && next_weekday_this_week(text, t, day, a) =>
                {
                    either_week = Some(a.weekday());
                    (
                        Reading::Interval(a, a + 7),
                        format!(
                            ": {} or a week later, as 'next' is read both ways",
                            a.long()
                        ),
                    )
                }
                // "broke out at about 11 p.m., officials said": a clock time
                // with no day of its own is the report's day or the night
                // before it; the tagger's reading of the report's day is a
                // guess.
                (Reading::Interval(a, b), Some(Reference::DateLine(day)))
                    if a == b && a == day && clock_without_day(text, t) =>
                {
                    (
                        Reading::Interval(day - 1, day),
                        format!(
                            ": a time with no day, so {} or the day before",
                            day.medium()
                        ),
                    )
                }
                (reading, _) => (reading, String::new()),
            },
        },
    };
    match reading {
        Reading::Interval(a, b) => Some(match relation {
            Relation::At => Constraint {
                weekday: either_week,
                ..Constraint::between(
                    Some(a),
                    Some(b),
                    evidence_for(text, t, reference, "date-expression", &meaning),
                )
            },
            Relation::NotBefore => Constraint::after(
                a,
                evidence_for(text, t, reference, "since", ": not before then"),
            ),
            Relation::NotAfter => match span_start_day(text, t, b).filter(|_| a == b) {
                // "met between 2 and 5 June": the span's first day has
                // only its number, and the second's month.
                Some((first, written)) => Constraint::between(
                    Some(first),
                    Some(b),
                    evidence_for(
                        text,
                        t,
                        reference,
                        "date-expression",
                        &format!(": the last day of '{written}', which opens on {}", first.medium()),
                    ),
                ),
                None => Constraint::before(
                    b,
                    evidence_for(text, t, reference, "before", ": not after then"),
                ),
            },
            Relation::ReportedOn => Constraint::before(
                b,
                evidence_for(
                    text,
                    t,
                    reference,
                    "reported-on",
                    ": when it was reported, so no later",
                ),
            ),
        }),
        // "the club confirmed on Monday", with no report date to find the
        // week: no bound, but the reader is told why the day is missing.
        Reading::Weekday(w) if relation == Relation::ReportedOn => Some(Constraint {
            reported_on: Some(w),
            evidence: vec![Evidence::new(
                DateSource::Text,
                "reported-on",
                &format!(
                    "'{}': when it was reported, on or before a {} in a week the text does not give",
                    quote(text, t),
                    w.name()
                ),
            )],
            ..Constraint::none()
        }),
        Reading::Weekday(w) if relation == Relation::At => Some(Constraint::weekday(
            w,
            Evidence::new(
                DateSource::Text,
                "weekday",
                &format!(
                    "'{}': a {}; the text gives no week",
                    quote(text, t),
                    w.name()
                ),
            ),
        )),
        // "voted on March 3" with no date line: that day of some year.
        Reading::MonthDay(md) if relation == Relation::At => Some(Constraint::month_day(
            md,
            Evidence::new(
                DateSource::Text,
                "day-of-year",
                &format!(
                    "'{}': {}; the text gives no year",
                    quote(text, t),
                    md.label()
                ),
            ),
        )),
        Reading::MonthDay(md) if relation == Relation::ReportedOn => Some(Constraint {
            evidence: vec![Evidence::new(
                DateSource::Text,
                "reported-on",
                &format!(
                    "'{}': when it was reported, on or before {} of a year the text does not give",
                    quote(text, t),
                    md.label()
                ),
            )],
            ..Constraint::none()
        }),
        _ => None,
    }
}

/// Whether `t` says when something begins: "starting on Sunday",
/// "effective from Monday".
fn begins_then(text: &str, t: &Timex) -> bool {
    let mut at = t.start;
    let mut word = word_before(text, at);
    if matches!(word.as_str(), "on" | "from") {
        at = word_start(text, at);
        word = word_before(text, at);
    }
    crate::timex::tense::says_it_begins(&word)
}

/// Whether `t` is a time of day that names no day ("at about 11 p.m.",
/// "shortly before midnight"), unlike "this morning" or "10am on Friday".
fn clock_without_day(text: &str, t: &Timex) -> bool {
    if t.kind != TimexType::Time {
        return false;
    }
    let said = text.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
    let clock = said.bytes().any(|b| b.is_ascii_digit())
        || ["midnight", "noon", "midday"]
            .iter()
            .any(|w| said.contains(w));
    let dated = said.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        crate::timex::lexicon::weekday(w).is_some()
            || crate::timex::lexicon::month(w).is_some()
            || matches!(
                w,
                "today" | "tonight" | "yesterday" | "tomorrow" | "this" | "last"
            )
    });
    clock && !dated
}

/// Whether `t` is "next" and a weekday that falls later in the report's
/// own week (`day`), as its reading `at` does.
fn next_weekday_this_week(text: &str, t: &Timex, day: Day, at: Day) -> bool {
    let said = text.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
    let Some(name) = said.strip_prefix("next ") else {
        return false;
    };
    crate::timex::lexicon::weekday(name).is_some()
        && at > day
        && at.weekday() > day.weekday()
        && at.0 - day.0 < 7
}

/// The closing year of a range whose first year is `t`: "2023-24",
/// "2005–2007".
fn season_end(text: &str, t: &Timex) -> Option<i32> {
    if t.value.len() != 4 {
        return None;
    }
    let y1: i32 = t.value.parse().ok()?;
    let rest = text.get(t.end..)?;
    let rest = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('\u{2013}'))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    crate::timex::yearranges::closing_year(y1, &digits)
}

/// How an expression relates to one event. "X said on Thursday it would buy
/// Y": the saying is the news, so the report time dates a deal, an
/// appointment or a plan (the announcement is the event); a meeting, visit
/// or vote it announces comes after it. The date of an event the frame's
/// followed ("arrested over an attack on Sunday") is a lower bound
/// ([`super::scope::dates_an_event_before`]). Otherwise as [`relation`].
fn relation_to_frame(text: &str, t: &Timex, frame: &Frame) -> Relation {
    let relation = relation(text, t);
    // "agreed to a 72-hour truce starting on Sunday": the day the thing
    // agreed begins, which the agreement (or its announcement) came
    // before.
    let decided = matches!(
        frame.kind,
        EventKind::Agreement | EventKind::Deal | EventKind::Announcement | EventKind::Statement
    );
    if decided && relation == Relation::At && t.start > frame.trigger.end && begins_then(text, t) {
        return Relation::NotAfter;
    }
    if relation == Relation::At && super::scope::dates_an_event_before(text, t, frame) {
        return Relation::NotBefore;
    }
    if relation == Relation::At {
        return in_fronted_phrase(text, t, frame)
            .or_else(|| in_time_clause(text, t, frame))
            .unwrap_or(relation);
    }
    if relation != Relation::ReportedOn {
        return relation;
    }
    // "X said on Thursday" where the saying is the event itself.
    if text.get(frame.trigger.end..t.start).is_some_and(|between| {
        between
            .split_whitespace()
            .all(|w| w.eq_ignore_ascii_case("on"))
    }) {
        return Relation::At;
    }
    if !announces(text, t.end, frame.trigger.start) {
        // "Li Qiang will visit Canberra, the ministry said on Friday": what
        // is still to come is not before it was told.
        return if planned(text, frame).is_some() {
            Relation::NotBefore
        } else {
            relation
        };
    }
    match frame.kind {
        EventKind::Deal
        | EventKind::Agreement
        | EventKind::Announcement
        | EventKind::Appointment
        | EventKind::Resignation
        | EventKind::Change
        | EventKind::Statement => Relation::At,
        _ => Relation::NotBefore,
    }
}

/// How an expression in a phrase that opens the sentence with "After",
/// "Following", "Before" or "Ahead of" relates to the verb after the
/// phrase's comma: "After the vote on 14 May, Thapa resigned" is not
/// before 14 May.
fn in_fronted_phrase(text: &str, t: &Timex, frame: &Frame) -> Option<Relation> {
    let (head_at, head) = super::scope::story_head(text, &frame.sentence)?;
    let comma = head_at + head.find(',')?;
    if !(t.start > head_at && t.end <= comma && frame.trigger.start > comma) {
        return None;
    }
    let opener = |w: &str| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && head[w.len()..].starts_with(' ')
    };
    if opener("after") || opener("following") {
        Some(Relation::NotBefore)
    } else if opener("before") || opener("ahead of") || opener("until") {
        Some(Relation::NotAfter)
    } else {
        None
    }
}

/// Whether `t` stands in a relative clause set off by commas that does
/// not hold the frame's verb at `trigger`: "The strike, which began on 3
/// February, entered its third week on Monday" is dated by Monday; the
/// clause dates the strike's start.
fn in_relative_aside(text: &str, s: &std::ops::Range<usize>, t: &Timex, trigger: usize) -> bool {
    let sentence = &text[s.clone()];
    crate::sentences::relative_asides(sentence)
        .into_iter()
        .chain(crate::sentences::appositives(sentence))
        .chain(crate::sentences::participle_asides(sentence, |w| {
            crate::events::triggers::trigger(w, None).is_some()
        }))
        .map(|r| s.start + r.start..s.start + r.end)
        .any(|aside| aside.start < t.start && t.end <= aside.end && !aside.contains(&trigger))
}

/// Whether `t` stands in a participle phrase on an event noun, where the
/// sentence goes on to give its own day: "The deal, signed two days
/// before Christmas, collapsed on Friday". (Without a day after it, the
/// phrase dates the noun's event: "The referendum, held on Sunday, gave
/// ...".)
fn in_aside_before_a_day(
    text: &str,
    s: &std::ops::Range<usize>,
    t: &Timex,
    trigger: usize,
    in_sentence: &[&Timex],
) -> bool {
    let sentence = &text[s.clone()];
    crate::sentences::participle_asides(sentence, |_| false)
        .into_iter()
        .map(|r| s.start + r.start..s.start + r.end)
        .any(|aside| {
            aside.start < t.start
                && t.end <= aside.end
                && !aside.contains(&trigger)
                && in_sentence.iter().any(|u| {
                    u.start >= aside.end && matches!(u.kind, TimexType::Date | TimexType::Time)
                })
        })
}

/// Whether `t` stands in a participle phrase that describes the subject,
/// before the frame's own verb group: "Three aid workers kidnapped in Mali
/// in 2022 have been freed" dates the kidnapping, not the release. The
/// phrase opens with a past participle that no auxiliary or pronoun comes
/// before ("kidnapped", "seized", "held"), and the verb group (an
/// auxiliary, or the frame's verb itself) follows the expression.
fn in_participle_phrase(text: &str, s: &std::ops::Range<usize>, t: &Timex, trigger: usize) -> bool {
    const SUBJECTS: [&str; 11] = [
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "to",
    ];
    if t.start < s.start || t.end > trigger {
        return false;
    }
    let words = |from: usize, to: usize| -> Vec<String> {
        text[from..to]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect()
    };
    // The subject's verb group follows the phrase straight away: no comma
    // or dash, no new clause ("filed for bankruptcy in 1994 and was sold",
    // "on speculation it is to receive").
    // "The museum built in 1890 reopened on Saturday": without an
    // auxiliary, the frame's own verb opens the group.
    let aux = text[t.end..trigger]
        .match_indices(|c: char| c.is_alphanumeric())
        .map(|(at, _)| t.end + at)
        .filter(|&at| at == t.end || !text[..at].ends_with(char::is_alphanumeric))
        .find(|&at| crate::events::triggers::is_auxiliary(&fold(word_at(text, at))))
        .unwrap_or(trigger);
    let gap = &text[t.end..aux];
    let gap_words = words(t.end, aux);
    // The frame's own verb must follow straight away: "rose in early
    // trading on Tuesday after Opec said" is no phrase before "said".
    let most = if aux == trigger { 0 } else { 4 };
    if aux == trigger && !crate::timex::tense::is_past_verb(word_at(text, trigger)) {
        return false;
    }
    if gap.contains([',', ';', ':', '-', '\u{2013}', '\u{2014}', '(', ')'])
        || gap_words.len() > most
        || gap_words.iter().any(|w| {
            SUBJECTS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "and" | "but" | "or" | "as" | "while" | "because" | "when"
                )
        })
    {
        return false;
    }
    let head = words(s.start, t.start);
    let participle = head
        .iter()
        .position(|w| crate::sentences::is_past_participle(w));
    participle.is_some_and(|p| {
        p > 0
            && !SUBJECTS.contains(&head[p - 1].as_str())
            && !head[..p]
                .iter()
                .any(|w| crate::events::triggers::is_auxiliary(w))
    })
}

/// How an expression in a clause of time that does not hold the frame's
/// verb relates to it: "his sixth visit since he took office in 2014" (the
/// visit is not before 2014), "before she moved to Rome in 2010". Only
/// "since", or "after", "before" and "until" opening a clause with its
/// own subject: "met on Monday after talks" keeps Monday.
fn in_time_clause(text: &str, t: &Timex, frame: &Frame) -> Option<Relation> {
    let head = text.get(frame.sentence.start..t.start)?;
    let words: Vec<(usize, String)> = head
        .split_whitespace()
        .map(|w| {
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            (at, fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
        .collect();
    // "after a blaze destroyed a warehouse": a subject of a few words and
    // its own verb (not the word right after the determiner, where "-ed"
    // is an adjective: "after the delayed talks on Monday").
    let noun_subject = |i: usize| {
        words.get(i + 1).is_some_and(|(_, next)| {
            matches!(
                next.as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "police" | "fire"
            )
        }) && words.iter().skip(i + 3).take(3).any(|(_, w)| {
            w.len() > 4 && w.ends_with("ed") || crate::timex::tense::is_finite_verb(w)
        })
    };
    let (i, relation) = words.iter().enumerate().rev().find_map(|(i, (_, w))| {
        let subject = words.get(i + 1).is_some_and(|(_, next)| {
            matches!(next.as_str(), "he" | "she" | "they" | "it" | "we" | "i")
        }) || noun_subject(i);
        match w.as_str() {
            "since" => Some((i, Relation::NotBefore)),
            "after" if subject => Some((i, Relation::NotBefore)),
            "before" | "until" if subject => Some((i, Relation::NotAfter)),
            _ => None,
        }
    })?;
    let opener = words[i].0;
    // The frame's verb inside the clause ("since he took office"): the
    // expression dates that verb's event.
    let verb_inside = (opener..t.start).contains(&frame.trigger.start);
    // A clause of time is short and has one date: in "the fifth rise since
    // June, after the meeting later on Tuesday", Tuesday is past its end.
    let between = &words[i + 1..];
    let short = between.len() <= 10 || noun_subject(i) && between.len() <= 16;
    let dated_already = between.iter().enumerate().any(|(k, (_, w))| {
        // "since the Black Monday crash of October 1987": a day's name is
        // no date of the clause.
        let named = k > 0 && text[between[k - 1].0..].starts_with(char::is_uppercase);
        is_month_word(w)
            || (weekday(w).is_some() && !named)
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    });
    (!verb_inside && short && !dated_already).then_some(relation)
}

/// Whether `t` and the frame's verb stand in two clauses joined by "and"
/// or "but" with a verb of their own: "flew home this morning and will
/// meet the president on Wednesday" (the meeting is Wednesday's), "met
/// the union and then signed the deal on Friday". Not "met Erdogan and
/// Fidan on Saturday", where "and" joins names.
fn across_coordination(text: &str, t: &Timex, frame: &Frame) -> bool {
    let between = if t.end <= frame.trigger.start {
        text.get(t.end..frame.trigger.start)
    } else if t.start >= frame.trigger.end {
        text.get(frame.trigger.end..t.start)
    } else {
        None
    };
    let Some(between) = between else {
        return false;
    };
    let words: Vec<String> = between.split_whitespace().map(fold).collect();
    // "rose to fame in the 1960s and won the award in 1974": the verb
    // itself opens the second clause, so a date inside the first is the
    // first verb's. A date fronted before both verbs ("On Saturday police
    // arrested and charged a man") is both verbs'.
    if t.end <= frame.trigger.start
        && matches!(words.last().map(String::as_str), Some("and" | "but"))
        && !super::scope::fronted(text, t, &frame.sentence)
    {
        return true;
    }
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "and" | "but")
            && matches!(
                pair[1].as_str(),
                "will"
                    | "would"
                    | "could"
                    | "may"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "then"
                    | "later"
                    | "also"
                    | "plans"
            )
    })
}

/// Whether the day `t` of a first clause is also the day of the frame's
/// verb right after its "and": "The two presidents met on Friday and
/// signed a border agreement", "was arrested on Monday and charged". Only
/// a day, only a verb in the past with no time of its own, and only with
/// nothing else between ("and later signed", "and will sign" are other
/// times).
fn same_day_conjunct(text: &str, t: &Timex, frame: &Frame, in_sentence: &[&Timex]) -> bool {
    let day = |v: &str| {
        v.starts_with("XXXX-WXX-")
            || (v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-')
    };
    let verb = fold(&text[frame.trigger.clone()]);
    t.end <= frame.trigger.start
        && day(&t.value)
        && text[t.end..frame.trigger.start]
            .trim()
            .eq_ignore_ascii_case("and")
        && ((verb.len() > 3 && verb.ends_with("ed"))
            || matches!(
                verb.as_str(),
                "held" | "met" | "won" | "took" | "made" | "gave" | "struck"
            ))
        && !in_sentence.iter().any(|o| o.start >= frame.trigger.end)
}

/// The day a count gives from its anchor: "three days after a factory
/// fire on June 1" is June 4, "on March 3 ... three days later" March 6.
/// Only a day (or a day of the year) counts from a day; months count
/// from a month.
fn counted_day(
    text: &str,
    count: &super::scope::Count<'_>,
    reference: Option<Reference>,
) -> Option<Constraint> {
    let (start, end) = count.phrase;
    let said = text.get(start..end).unwrap_or_default();
    let side = if count.sign < 0 { "before" } else { "after" };
    let from = quote(text, count.anchor);
    let evidence = |what: String| {
        Evidence::new(
            DateSource::Text,
            "relative-to-clause",
            &format!("'{said}': {what}"),
        )
    };
    let mut c = match interpret(&count.anchor.value, None) {
        // "a day before the election on May 4" with no year: May 3 of
        // that year, whichever it is.
        Reading::MonthDay(md) if count.months == 0 => {
            let moved = md.shifted(count.sign * count.days)?;
            Constraint::month_day(
                moved,
                evidence(format!(
                    "{} {side} {from}, so {}; the text gives no year",
                    days_apart(count.days),
                    moved.label()
                )),
            )
        }
        // "Six months after the explosion of 4 August 2020": the month
        // that many months on, no finer (a count in months is round).
        Reading::Interval(a, b) if count.months != 0 => {
            let (y, m, _) = a.ymd();
            let (by, bm, _) = b.ymd();
            if (y, m) != (by, bm) {
                return None;
            }
            let (year, month) = crate::civil::months_on(y, m, count.sign * count.months);
            let (first, last) = crate::civil::month_bounds(year, month)?;
            Constraint::between(
                Some(first),
                Some(last),
                evidence(format!(
                    "{} months {side} {from}, so in {}",
                    count.months,
                    crate::civil::month_name(year, month)
                )),
            )
        }
        Reading::Interval(a, b) if a == b => Constraint::day(
            a + count.sign * count.days,
            evidence(format!("{} {side} {from}", days_apart(count.days))),
        ),
        _ => return None,
    };
    let base = clue_as(text, count.anchor, reference, Relation::At)?;
    c.evidence.splice(0..0, base.evidence);
    Some(c)
}

/// "1 day", "3 days": a count of days as evidence writes it.
fn days_apart(days: i32) -> String {
    format!("{days} {}", if days == 1 { "day" } else { "days" })
}

/// "arrested him on March 3 and released him three days later": the
/// second verb's day is the first clause's day plus the duration after
/// it. Only a day counts from a day; "in 2019 and sold it two years
/// later" says no more than the tagger's year would.
fn later_than_first_clause(
    text: &str,
    in_sentence: &[&Timex],
    frame: &Frame,
    reference: Option<Reference>,
) -> Option<Constraint> {
    let first = in_sentence
        .iter()
        .rev()
        .find(|t| t.end <= frame.trigger.start && across_coordination(text, t, frame))?;
    let later = in_sentence.iter().find(|t| {
        t.start >= frame.trigger.end
            && t.kind == TimexType::Duration
            && text[t.end..]
                .trim_start()
                .strip_prefix("later")
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    })?;
    let count = super::scope::Count {
        phrase: (
            later.start,
            later.end + text[later.end..].find("later")? + 5,
        ),
        days: duration_days(&later.value)?,
        months: 0,
        anchor: first,
        sign: 1,
    };
    counted_day(text, &count, reference)
}

/// Whether `t` dates the plan an agreement or announcement is about, in
/// the infinitive right after its verb: "had agreed to meet again later
/// this week", "announced plans to open a plant in 2027". The agreeing
/// came first; the date is the plan's.
fn in_plan_after(text: &str, t: &Timex, frame: &Frame) -> bool {
    if !matches!(
        frame.kind,
        EventKind::Agreement | EventKind::Deal | EventKind::Announcement | EventKind::Statement
    ) || t.start < frame.trigger.end
    {
        return false;
    }
    let Some(between) = text.get(frame.trigger.end..t.start) else {
        return false;
    };
    if between.contains([',', '.', ';']) {
        return false;
    }
    let written: Vec<&str> = between.split_whitespace().take(3).collect();
    let words: Vec<String> = written.iter().copied().map(fold).collect();
    // "to meet", not "sold to Norrland Steel on Friday": a verb is in
    // lower case.
    let infinitive = |k: usize| {
        words.get(k).is_some_and(|w| w == "to")
            && written
                .get(k + 1)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && words.get(k + 1).is_some_and(|w| {
                w.chars().all(|c| c.is_alphabetic())
                    && !matches!(
                        w.as_str(),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its"
                    )
            })
    };
    infinitive(0)
        || (matches!(words.first().map(String::as_str), Some("plans" | "plan")) && infinitive(1))
}

/// Words before "to" that make the verb after it a plan: "plans to meet",
/// "is due to sign", "agreed to buy".
const PLAN_BEFORE_TO: [&str; 16] = [
    "plans",
    "planned",
    "plan",
    "due",
    "set",
    "scheduled",
    "expected",
    "is",
    "are",
    "going",
    "intends",
    "intended",
    "aims",
    "hopes",
    "agreed",
    "wants",
];

/// Where the frame's verb is put in the future or made a plan, from the
/// modal to the verb: "will meet", "would also visit", "is due to sign".
fn planned(text: &str, frame: &Frame) -> Option<std::ops::Range<usize>> {
    let head = &text[frame.sentence.start..frame.trigger.start];
    let words: Vec<(usize, String)> = head
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            let at = frame.sentence.start + (w.as_ptr() as usize - head.as_ptr() as usize);
            (
                at,
                fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')),
            )
        })
        .collect();
    // "must submit its plan by Friday": an obligation is still to come.
    let modal = |w: &str| matches!(w, "will" | "would" | "shall" | "won't" | "must");
    // "The meeting, between X and Y, will be the first since ...": an
    // event named by its noun, then what it will be.
    let noun_subject = words
        .first()
        .is_some_and(|(_, w)| matches!(w.as_str(), "the" | "a" | "their" | "his" | "her"));
    if noun_subject {
        let tail = text.get(frame.trigger.end..frame.sentence.end)?;
        let clause_end = tail.find(['.', ';']).unwrap_or(tail.len());
        for future in [
            " will be ",
            " will take place",
            " will begin",
            " will start",
            " will open",
            " is due ",
            " is scheduled ",
            " is set to ",
        ] {
            if let Some(at) = tail[..clause_end].find(future) {
                let end = frame.trigger.end + at + future.trim_end().len();
                return Some(frame.trigger.start..end);
            }
        }
    }
    // "could hit Boston on Friday", "talks may soon resume": a possibility
    // looks ahead too; "could not" and "may have" look back. "the May
    // budget" is a month, capitalised where the verb is not.
    let possible = |w: &str| {
        matches!(w, "could" | "might")
            || w == "may" && {
                let at = words
                    .iter()
                    .find(|(_, folded)| folded == w)
                    .map_or(frame.sentence.start, |(at, _)| *at);
                at == frame.sentence.start || !text[at..].starts_with('M')
            }
    };
    let from = match words.as_slice() {
        [(at, first), ..] if modal(first) || possible(first) => *at,
        // "will not meet", "would also visit"
        [_, (at, second), ..] if modal(second) => *at,
        [(_, adverb), (at, second), ..]
            if possible(second) && !matches!(adverb.as_str(), "not" | "have" | "never") =>
        {
            *at
        }
        [(_, to), (at, before), ..] if to == "to" && PLAN_BEFORE_TO.contains(&before.as_str()) => {
            *at
        }
        _ => return set_to_start(text, frame),
    };
    Some(from..frame.trigger.end)
}

/// "said on Monday that pay talks would resume on Friday", "Greenlanders go
/// to the polls this weekend": a date the frame's clause tells in the
/// future, which the tagger read forward for that reason, and which is
/// what dates the event: still to come when reported, not a misreading
/// to throw away. The expression's range is returned, as [`planned`] does.
fn told_ahead(
    text: &str,
    frame: &Frame,
    timexes: &[Timex],
    constraint: &Constraint,
    reference: Option<Reference>,
) -> Option<std::ops::Range<usize>> {
    let report = reference?.report_day()?;
    if constraint.earliest.is_none_or(|e| e <= report) {
        return None;
    }
    within(timexes, frame.sentence.clone())
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter(|t| match interpret(&t.value, t.modifier) {
            Reading::Interval(a, b) => {
                a > report
                    && a <= constraint.latest.unwrap_or(b)
                    && b >= constraint.earliest.unwrap_or(a)
            }
            _ => false,
        })
        .find(|t| {
            // "ahead of Sunday's election": looked forward to, whatever the
            // clause's tense.
            crate::timex::context::follows(text, t.start, "ahead of")
                || crate::timex::tense::around(text, t.start, t.end)
                    == crate::timex::tense::Tense::Future
        })
        .map(|t| t.start..t.end)
}

/// A bare weekday (`at`, "on Thursday") placed again as the latest such
/// day that `bound` allows, when the tagger's reading from the report falls
/// after the bound.
fn weekday_before(text: &str, at: &Timex, bound: &Constraint) -> Option<Constraint> {
    let written = text.get(at.start..at.end)?;
    let name = written
        .strip_prefix("on ")
        .unwrap_or(written)
        .trim_end_matches(['.', ','])
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s");
    let wd = Weekday::ALL
        .iter()
        .copied()
        .find(|d| d.name().eq_ignore_ascii_case(name))?;
    // "said on Monday that talks would resume on Friday" looks ahead.
    if crate::timex::tense::around(text, at.start, at.end) == crate::timex::tense::Tense::Future {
        return None;
    }
    let latest = bound.latest?;
    let day = latest.on_or_before(wd);
    Some(Constraint::day(
        day,
        Evidence::new(
            DateSource::Text,
            "weekday-before-saying",
            &format!(
                "'{written}': the {} on or before {}, when it was told",
                wd.name(),
                latest.medium()
            ),
        ),
    ))
}

/// "Veritek said on Wednesday that its chief executive had resigned the day
/// before": a lede's "the day before" or "the next day" counted, as the
/// tagger counts it, from a day the sentence names before it (the
/// saying's), not from the report's.
fn counted_from_a_day_named(
    text: &str,
    frame: &Frame,
    timexes: &[Timex],
    relative: Option<&Relative>,
    reference: Option<Reference>,
) -> Option<Constraint> {
    let r = relative?;
    let said = r.day_phrase.clone()?;
    let phrase = &text[said.clone()];
    let t = within(timexes, frame.sentence.clone())
        .find(|t| t.start == said.start && t.end == said.end)?;
    let Reading::Interval(day, last) = interpret(&t.value, None) else {
        return None;
    };
    // Counted from the report itself, the tagger had no day to count from.
    let from_report = match reference {
        Some(Reference::DateLine(d) | Reference::Updated(d)) => d + r.offset == day,
        _ => true,
    };
    let named_before = within(timexes, frame.sentence.start..t.start).any(|n| {
        matches!(interpret(&n.value, None), Reading::Interval(a, b) if a == b && a + r.offset == day)
    });
    if day != last || from_report || !named_before {
        return None;
    }
    Some(Constraint::day(
        day,
        Evidence::new(
            DateSource::Text,
            "relative-to-named-day",
            &format!(
                "'{phrase}': a day {} the day the sentence names before it",
                if r.offset > 0 { "after" } else { "before" }
            ),
        ),
    ))
}

/// "The new wage takes effect on New Year's Day", "the treaty comes into
/// force in May": law and office start on a day set in advance, told in
/// the simple present. The phrase must be the frame's own, at or after its
/// verb: in "..., the ministry said" the saying is no plan.
fn set_to_start(text: &str, frame: &Frame) -> Option<std::ops::Range<usize>> {
    if frame.kind == EventKind::Statement {
        // "said the government would take office": what was said.
        return None;
    }
    let tail = &text[frame.trigger.start..frame.sentence.end];
    let lower = tail.to_ascii_lowercase();
    let clause = &lower[..lower.find([',', ';', '.']).unwrap_or(lower.len())];
    [
        "takes effect",
        "take effect",
        "comes into force",
        "come into force",
        "comes into effect",
        "come into effect",
        "goes into effect",
        "go into effect",
        "enters into force",
        "enter into force",
        "takes office",
        "take office",
    ]
    .iter()
    .find_map(|phrase| {
        let at = clause.find(phrase)?;
        // Not "did not take effect", told of the past, nor what someone
        // "said" would.
        let before = clause[..at].trim_end();
        if before.ends_with("not")
            || before.ends_with("did")
            || before
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| matches!(w, "said" | "says" | "told" | "announced" | "that"))
        {
            return None;
        }
        let start = frame.trigger.start + at;
        Some(start..start + phrase.len())
    })
}

/// Words that make what follows a plan, not a report of the past.
const FUTURE_MARKERS: [&str; 12] = [
    "would", "will", "plans", "planned", "intends", "intended", "aims", "expects", "hopes",
    "wants", "is", "are",
];

/// Whether the clause from byte `from` to the trigger at `trigger` is a
/// short reported plan: "(that) it would", "the firm plans to".
fn announces(text: &str, from: usize, trigger: usize) -> bool {
    let Some(between) = text.get(from..trigger) else {
        return false;
    };
    if between.contains([',', '.', ';', ':', '"', '“', '”', '(']) {
        return false;
    }
    let words: Vec<String> = between.split_whitespace().map(fold).collect();
    let to_before_trigger = words.last().is_some_and(|w| w == "to");
    words.len() <= 6
        && words.iter().skip(1).any(|w| {
            FUTURE_MARKERS.contains(&w.as_str()) && (w != "is" && w != "are" || to_before_trigger)
        })
}

/// Whether nothing but the sentence head separates `a` and `b` (no comma,
/// semicolon or dash between them).
fn same_clause(text: &str, a: usize, b: usize) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    !text[lo..hi].contains([',', ';', '—', '–', '('])
}

/// Whether a date expression stands at the head of its sentence, where it
/// governs the main verb ("On Wednesday, X met Y").
fn heads_sentence(text: &str, sentence: &std::ops::Range<usize>, t: &Timex) -> bool {
    let head = &text[sentence.start..t.start];
    head.split_whitespace().count() <= 2 && !head.contains(',')
}

/// The date clues of a frame's sentence, with the relative and same-day
/// relations to the main event.
fn date_frame(
    text: &str,
    frame: &Frame,
    timexes: &[Timex],
    reference: Option<Reference>,
    main_sentence: Option<&std::ops::Range<usize>>,
) -> (Constraint, Option<Relative>, bool) {
    let s = &frame.sentence;
    // ASCII lower case keeps byte offsets, so a phrase is quoted as written.
    let sentence = &text[s.clone()];
    let lower = sentence.to_ascii_lowercase();
    let mut constraint = Constraint::none();
    let mut has_at = false;
    // The day of the frame's own clause, after its trigger: with one, a
    // day told before "after" is the sentence's verb's, a bound only.
    let own_day_after = within(timexes, frame.trigger.end..s.end)
        .any(|t| matches!(t.kind, TimexType::Date | TimexType::Time));
    let trigger_quoted = in_quotes(text, s, frame.trigger.start);
    let relation = |t: &Timex| match relation_to_frame(text, t, frame) {
        // "the death toll from Wednesday's earthquake": whatever stands
        // before it, the day that owns the trigger's noun is its day.
        _ if owns_the_trigger(text, t, frame) => Relation::At,
        // "sacked the coach, hours after a board meeting to review Tuesday
        // night's 3-0 defeat": a day that owns another noun, told after
        // "after", is that event's; the frame's is no earlier.
        Relation::At if owns_a_noun_told_after(text, t, frame) => Relation::NotBefore,
        Relation::At
            if own_day_after && !frame.is_main && before_a_later_clause(text, t, frame) =>
        {
            Relation::NotAfter
        }
        r => r,
    };
    // "The following day, ..." counts from the article's main event; the
    // tagger reads it from the report's date, which is right for a bare
    // "the next day" in a forecast but not in a story told in order.
    // "held talks on Monday evening and will hold negotiations the next
    // day": a date between the verb and the phrase is the verb's own, and
    // the phrase belongs to what follows.
    let next_or_previous = day_after_or_before(text, s, &lower, frame).filter(|(range, _)| {
        !within(timexes, frame.trigger.end + 1..range.start)
            .any(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
    });
    // "The heist took place on October 19. The minister visited the museum
    // the following day": the day after the date just told, not after the
    // main event. Where the sentence before (not the lede) gives its own
    // date, the phrase counts from that, which the reasoning here does not
    // follow, so it dates nothing rather than the wrong day.
    let told_just_before = next_or_previous.is_some()
        && date_told_just_before(text, timexes, s, main_sentence).is_some();
    // "NAIROBI, March 3 (Reuters) - X met Y on Tuesday": a wire
    // dateline's date is when the story was filed, which the article's
    // date line says where it can (with a year); it must not stand nearer
    // the verb than the event's own weekday.
    let story_start = crate::article::dateline::wire(sentence).map_or(s.start, |d| s.start + d.len);
    let in_sentence: Vec<&Timex> = within(timexes, story_start..s.end)
        .filter(|t| {
            next_or_previous
                .as_ref()
                .is_none_or(|(range, _)| t.end <= range.start || t.start >= range.end)
        })
        .collect();
    // "resigned three days after a fire on June 1": June 1 is the fire's;
    // the resignation is three days on.
    let counted = super::scope::counted_from_a_date(text, &in_sentence, frame);
    let report_day = reference.and_then(Reference::report_day);
    // "after Monday's talks in Qatar": a day that owns the trigger's noun
    // is its day, whatever else the sentence dates.
    let owned = in_sentence
        .iter()
        .copied()
        .find(|t| owns_the_trigger(text, t, frame));
    // The "at" expression: nearest to the trigger within its clause.
    let candidates: Vec<&Timex> = match owned {
        Some(t) => vec![t],
        None => in_sentence.clone(),
    };
    let at = candidates
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter(|t| relation(t) == Relation::At)
        // A lede's date belongs to its event even across a clause break
        // ("X met Y in Rome on Wednesday, aides said").
        .filter(|t| {
            frame.is_main
                || heads_sentence(text, s, t)
                || same_clause(text, t.start, frame.trigger.start)
        })
        .filter(|t| !in_relative_aside(text, s, t, frame.trigger.start))
        .filter(|t| !in_aside_before_a_day(text, s, t, frame.trigger.start, &in_sentence))
        // "agreed to meet on Tuesday" is the meeting's day, but not when the
        // tagger read that day as gone by: "agreed to buy Brightmill
        // Bakeries for $2bn on Tuesday", reported on the Wednesday.
        .filter(|t| {
            !in_plan_after(text, t, frame)
                || report_day.is_some_and(|day| {
                    clue_as(text, t, reference, Relation::At)
                        .is_some_and(|c| c.latest.is_some_and(|l| l < day))
                })
        })
        .filter(|t| {
            !across_coordination(text, t, frame) || same_day_conjunct(text, t, frame, &in_sentence)
        })
        .filter(|t| counted.is_none_or(|count| !std::ptr::eq(**t, count.anchor)))
        .filter(|t| !super::scope::in_reported_clause(text, t, frame))
        .filter(|t| !super::scope::in_restrictive_relative(text, t, frame))
        .filter(|t| !super::scope::names_a_day(text, t))
        .filter(|t| !super::scope::is_planned_date(text, s, t.start))
        // What someone said was said by the report's day: a later date
        // is of what they said would happen.
        .filter(|t| {
            !matches!(frame.kind, EventKind::Statement | EventKind::Announcement)
                || report_day.is_none_or(|day| {
                    clue_as(text, t, reference, Relation::At)
                        .is_none_or(|c| c.earliest.is_none_or(|e| e <= day))
                })
        })
        .filter(|t| !in_participle_phrase(text, s, t, frame.trigger.start))
        // 'told reporters on Monday: "We signed the deal yesterday"': a
        // day outside the quote is when it was said, not when what the
        // quote tells happened (and the other way round).
        .filter(|t| in_quotes(text, s, t.start) == trigger_quoted)
        // "reported third-quarter revenue on Tuesday", "presented his 2006
        // budget": a period that qualifies a noun says what the figures or
        // the plan cover, not when.
        .filter(|t| !qualifies_a_noun(text, t, frame))
        .collect::<Vec<_>>();
    // "won the 2025 Booker Prize at a ceremony on Monday evening": the
    // year names the prize's edition; a day the sentence gives too is the
    // event's.
    let finer = at.iter().any(|t| t.value.len() > 4);
    let at = at.into_iter().min_by_key(|t| {
        (
            finer && names_an_edition(text, t),
            t.start.abs_diff(frame.trigger.start),
        )
    });
    if let Some(c) = at.and_then(|t| clue_as(text, t, reference, Relation::At)) {
        // '"We signed the deal yesterday," she told reporters on Monday':
        // a day inside the quote counts from the day it was said.
        let c = match at.and_then(|t| said_on_another_day(text, s, t, &in_sentence, reference)) {
            Some((offset, why)) => {
                let mut moved = c.moved(offset);
                moved
                    .evidence
                    .push(Evidence::new(DateSource::Text, "quoted", &why));
                moved
            }
            None => c,
        };
        constraint = constraint.and(&c).unwrap_or(constraint);
        has_at = true;
    } else if trigger_quoted {
        // 'On Friday he said: "I have tendered my resignation"': the day
        // it was said bounds what the quote tells.
        let spoken = spoken_day(text, s, &in_sentence);
        if let Some(c) = spoken.and_then(|t| clue_as(text, t, reference, Relation::ReportedOn)) {
            constraint = constraint.and(&c).unwrap_or(constraint);
        }
    }
    // "on Wednesday, 02/04/2025": the date written next to the day is the
    // same day, and says which week.
    let beside = at.and_then(|a| {
        in_sentence.iter().copied().find(|t| {
            t.start > a.end
                && matches!(t.kind, TimexType::Date)
                && text
                    .get(a.end..t.start)
                    .is_some_and(|gap| gap.trim() == ",")
        })
    });
    if let Some(c) = beside.and_then(|t| clue_as(text, t, reference, Relation::At)) {
        if let Some(both) = constraint.and(&c) {
            constraint = both;
        }
    }
    // "walked off again on Thursday, nine days after their first strike
    // on 4 March 2025": with no date line, the weekday gives no week; the
    // count does, where the two agree.
    let weekday_only = has_at && constraint.earliest.is_none() && constraint.latest.is_none();
    if let Some(count) = counted.filter(|_| !has_at || weekday_only) {
        if let Some(c) = counted_day(text, &count, reference) {
            constraint = constraint.and(&c).unwrap_or(constraint);
            has_at = true;
        }
    }
    if !has_at {
        if let Some(c) = later_than_first_clause(text, &in_sentence, frame, reference) {
            constraint = constraint.and(&c).unwrap_or(constraint);
            has_at = true;
        }
    }
    for t in &in_sentence {
        let relation = relation(t);
        // "The deal, signed two days before Christmas, collapsed on
        // Friday": an aside's time bounds what the aside tells, not the
        // sentence's event.
        if relation != Relation::At
            && (in_relative_aside(text, s, t, frame.trigger.start)
                || in_aside_before_a_day(text, s, t, frame.trigger.start, &in_sentence))
        {
            continue;
        }
        // "fell after the company cut its H2 forecast": a period that
        // qualifies a noun bounds nothing either.
        if relation != Relation::At && qualifies_a_noun(text, t, frame) {
            continue;
        }
        if relation != Relation::At {
            if let Some(c) = clue_as(text, t, reference, relation) {
                constraint = match constraint.and(&c) {
                    Some(both) => both,
                    // "Police said on Monday that a man had been arrested
                    // on Thursday": the Thursday before the saying, not the
                    // one the tagger counted back from the report.
                    None => at
                        .and_then(|a| weekday_before(text, a, &c))
                        .and_then(|moved| moved.and(&c))
                        .unwrap_or(constraint),
                };
            }
        }
    }
    // Every phrase says " day" (a test checks): one search rules them all
    // out in most sentences, where seven would each set up a searcher.
    let same_day = lower
        .contains(" day")
        .then(|| {
            SAME_DAY
                .iter()
                .find_map(|p| lower.find(p).map(|at| &sentence[at..at + p.len()]))
        })
        .flatten();
    // "A vaccination campaign is to begin on Monday. The minister will
    // visit Kisumu on the same day": the day just told, not the main
    // event's.
    // "On the same day as the ruling": the day of the event it names,
    // not of the sentence before; the main event's, where the main
    // sentence tells that event (its noun or verb is there), else none.
    let named_after = same_day.and_then(|phrase| {
        let at = lower.find(&phrase.to_ascii_lowercase())? + phrase.len();
        let rest = lower[at..].strip_prefix(" as ")?;
        Some(
            rest.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(3)
                .filter(|w| w.len() >= 4)
                .map(crate::search::stem::stem)
                .collect::<Vec<_>>(),
        )
    });
    let names_the_main_event = |words: &Vec<String>| {
        main_sentence
            .and_then(|m| text.get(m.clone()))
            .is_some_and(|main| {
                let main = main.to_ascii_lowercase();
                main.split(|c: char| !c.is_ascii_alphanumeric())
                    .map(crate::search::stem::stem)
                    .any(|w| words.contains(&w))
            })
    };
    let same_day = same_day.filter(|_| named_after.as_ref().is_none_or(names_the_main_event));
    let told_before = same_day
        .filter(|_| named_after.is_none())
        .and_then(|_| date_told_just_before(text, timexes, s, main_sentence));
    let same_as_just_told = same_day.filter(|_| !has_at).and_then(|phrase| {
        let c = clue_as(text, told_before?, reference, Relation::At)?;
        Some((phrase, c))
    });
    if let Some((phrase, mut c)) = same_as_just_told {
        c.evidence.push(Evidence::new(
            DateSource::Text,
            "same-day",
            &format!("'{phrase}': the day the sentence before gives"),
        ));
        constraint = constraint.and(&c).unwrap_or(constraint);
        has_at = true;
    }
    // "Mollel flew to Kigali on Sunday. Three days later, she met Kagame":
    // a count that opens the sentence runs from the date just told, not
    // from the main event.
    if !has_at {
        if let Some(c) = counted_from_just_told(
            text,
            timexes,
            s,
            main_sentence,
            &in_sentence,
            frame,
            reference,
        ) {
            constraint = constraint.and(&c).unwrap_or(constraint);
            has_at = true;
        }
    }
    let same_day_as_main = same_day.filter(|_| told_before.is_none());
    let relative = if let Some((_, relative)) = next_or_previous {
        (!told_just_before).then_some(relative)
    } else if let Some(phrase) = same_day_as_main {
        Some(Relative {
            offset: 0,
            evidence: Evidence::new(
                DateSource::Text,
                "same-day",
                &format!("'{phrase}': the same day as the article's main event"),
            ),
            day_phrase: None,
        })
    } else if has_at {
        // The sentence's own date says when; a duration in it counts from
        // something else.
        None
    } else {
        // "came three days after his meeting with X": the frame's event is
        // the later one's date minus the duration. "had met X in Cairo a
        // week earlier", "two days later, they met again": a story told
        // from its main event counts from it.
        in_sentence
            .iter()
            .filter(|t| t.kind == TimexType::Duration)
            .find_map(|t| {
                let days = duration_days(&t.value)?;
                let after = text[t.end..].trim_start();
                let before_trigger = t.end < frame.trigger.start;
                let word = |w: &str| opens_with_word(after, w);
                // "released him three days later" counts from the arrest
                // in its own sentence, not from the main event: "later"
                // reaches back to the main event only where it opens the
                // sentence ("Two days later, they met again").
                let sign = if before_trigger && word("after") || word("earlier") {
                    -1
                } else if before_trigger
                    && (word("before") || after.starts_with("ahead of") || word("later"))
                {
                    1
                } else if word("later") && follows_the_main_sentence(text, s, main_sentence) {
                    // "An earthquake struck on Saturday. The president
                    // visited Chala two days later": the sentence right
                    // after the main event's, one clause with nothing else
                    // to count from.
                    1
                } else {
                    return None;
                };
                Some(Relative {
                    offset: sign * days,
                    evidence: Evidence::new(
                        DateSource::Text,
                        "relative-to-main-event",
                        &format!(
                            "'{} {}': {} days {} the article's main event",
                            quote(text, t),
                            after
                                .split(|c: char| !c.is_alphanumeric())
                                .next()
                                .unwrap_or(""),
                            days,
                            if sign < 0 { "before" } else { "after" }
                        ),
                    ),
                    day_phrase: None,
                })
            })
    };
    (constraint, relative, has_at)
}

/// "Voters elected a mayor on Tuesday. Tom Reyes held a rally two days
/// before the election": the frame names the main event again, to count
/// the rally from it. It is no event of its own, and the count is not its
/// day (counted from the main event, it would put the election two days
/// after itself). Only "the" and a trigger of the main event's kind, with
/// no one or nowhere of its own after it ("two days after the meeting with
/// Scholz in Berlin" is another meeting).
fn counts_from_the_main_event(
    text: &str,
    frame: &Frame,
    main: &Frame,
    mentions: &[Mention],
    timexes: &[Timex],
) -> bool {
    if frame.kind != main.kind || frame.sentence == main.sentence {
        return false;
    }
    let Some(before) = text.get(frame.sentence.start..frame.trigger.start) else {
        return false;
    };
    let Some(counted) = before
        .trim_end()
        .strip_suffix("the")
        .map(str::trim_end)
        .and_then(|b| b.strip_suffix("before").or_else(|| b.strip_suffix("after")))
    else {
        return false;
    };
    let count_end = frame.sentence.start + counted.trim_end().len();
    let counted_by_a_duration = timexes
        .iter()
        .any(|t| t.kind == TimexType::Duration && t.end == count_end);
    let own_after = frame
        .participants
        .iter()
        .chain(frame.place.iter())
        .filter_map(|&m| mentions.get(m))
        .any(|m| m.start > frame.trigger.start);
    counted_by_a_duration && !own_after
}

/// Whether a written expression ends in a possessive: "Monday's".
fn is_possessive(written: &str) -> bool {
    written.ends_with("'s") || written.ends_with("\u{2019}s")
}

/// Whether `t` is a day that owns the frame's trigger noun: "after
/// Monday's talks", "from Wednesday's earthquake".
fn owns_the_trigger(text: &str, t: &Timex, frame: &Frame) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time)
        && t.end <= frame.trigger.start
        && is_possessive(&text[t.start..t.end])
        && text[t.end..frame.trigger.start].trim().is_empty()
}

/// Whether `t` is a day that owns a noun after the trigger, in words
/// that follow an "after" or "following" after the trigger: "hours after
/// a board meeting to review Tuesday night's defeat".
fn owns_a_noun_told_after(text: &str, t: &Timex, frame: &Frame) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time)
        && t.start >= frame.trigger.end
        && (is_possessive(&text[t.start..t.end])
            || text
                .get(t.end..)
                .is_some_and(|rest| rest.starts_with("'s ") || rest.starts_with("\u{2019}s ")))
        && text.get(frame.trigger.end..t.start).is_some_and(|between| {
            between
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "after" | "following"))
        })
}

/// Whether `t` dates the sentence's own verb, told before the clause
/// that holds the frame's trigger: "Dockworkers returned to work on
/// Friday after the unions reached an agreement on Thursday" bounds the
/// agreement by the Friday, and its own Thursday dates it; "was jailed
/// in October 1996 following an attack" puts the attack no later. Only
/// within one clause, with no comma between "after" and the trigger
/// ("On Monday, after the talks, they met" is Monday's).
fn before_a_later_clause(text: &str, t: &Timex, frame: &Frame) -> bool {
    let Some(between) = text.get(t.end..frame.trigger.start) else {
        return false;
    };
    between
        .match_indices(|c: char| c.is_alphabetic())
        .filter(|&(at, _)| at == 0 || !between[..at].ends_with(char::is_alphabetic))
        .any(|(at, _)| {
            let word = between[at..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            matches!(word, "after" | "following") && !between[at..].contains([',', ';']) && at > 0
        })
}

/// Whether `t` is a period used as an adjective ("third-quarter revenue",
/// "its 2004 target", "first-half profit"): a bare year or a hyphenated
/// period, not after a preposition, straight before a lower-case word that
/// is neither a function word nor the event's own ("the 2022 election"
/// dates the election).
fn qualifies_a_noun(text: &str, t: &Timex, frame: &Frame) -> bool {
    const FUNCTION_WORDS: [&str; 24] = [
        "a", "an", "the", "and", "or", "but", "as", "at", "by", "for", "from", "in", "into", "of",
        "on", "to", "with", "after", "before", "when", "while", "is", "was", "were",
    ];
    const PREPOSITIONS: [&str; 14] = [
        "on", "in", "at", "by", "since", "until", "during", "from", "for", "before", "after",
        "through", "over", "of",
    ];
    let written = quote(text, t);
    // "record Q4 revenue", "its H2 forecast", "FY2024 results": a period's
    // code before a noun is as a bare year is.
    let code = {
        let b = written.as_bytes();
        (b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit())
            || written.starts_with("FY")
            || written.starts_with('Q') && written.contains(" FY")
    };
    let bare_year = code || written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit());
    let hyphenated = written.contains('-') && !written.contains(' ');
    let bare_month = crate::timex::lexicon::is_month_word(&written);
    // "record sales for October", "inflation figures for May": the month
    // the figures cover, after a noun; "was jailed for May" is no noun's.
    if bare_month && word_before(text, t.start) == "for" {
        let before_for = text[..word_start(text, t.start)].trim_end();
        let noun = before_for[word_start(before_for, before_for.len())..].to_string();
        let figures = matches!(
            noun.as_str(),
            "revenue" | "inflation" | "output" | "data" | "growth" | "turnover" | "production"
        );
        // "set for May", "scheduled for May" say when; "sales", "figures",
        // "results" are what was counted.
        return (figures || noun.ends_with('s') && !noun.ends_with("ss"))
            && noun.starts_with(|c: char| c.is_lowercase());
    }
    // "approved the May budget", "its hottest February day": a month's
    // name between a lower-case word and a noun names which one, as a
    // year does; "in May", "last May", "early May" say when.
    let attributive_month = bare_month && {
        let written_before = text[word_start(text, t.start)..t.start].trim();
        let prev = word_before(text, t.start);
        written_before.starts_with(|c: char| c.is_lowercase())
            && !PREPOSITIONS.contains(&prev.as_str())
            && !matches!(
                prev.as_str(),
                "last"
                    | "next"
                    | "this"
                    | "that"
                    | "early"
                    | "late"
                    | "mid"
                    | "until"
                    | "till"
                    | "every"
                    | "each"
                    | "and"
                    | "or"
                    | "to"
            )
    };
    if !(bare_year || hyphenated || attributive_month) {
        return false;
    }
    // "in 2004 although": a year in a phrase of its own. A hyphenated
    // period is an adjective wherever it stands: "a rise in third-quarter
    // profit on Thursday".
    if bare_year && PREPOSITIONS.contains(&word_before(text, t.start).as_str()) {
        return false;
    }
    let Some(next) = text[t.end..].strip_prefix(' ') else {
        return false;
    };
    let word = &next[..next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len())];
    // "at the 1945 general election": an event's name, which the year
    // dates, not figures it covers.
    let names_an_event = matches!(
        word,
        "election" | "elections" | "general" | "vote" | "poll" | "referendum" | "summit"
    );
    !word.is_empty()
        && word.starts_with(|c: char| c.is_lowercase())
        && !FUNCTION_WORDS.contains(&word)
        && !names_an_event
        && (attributive_month || t.end + 1 != frame.trigger.start)
}

/// "A former mayor of Paterson was sentenced on Thursday ... Raymond
/// Delgado, 61, was convicted in October": a lede that tells of someone
/// by a description leaves the name to the next sentence, whose subject
/// it is. Only for what happens to one person, and only a person that
/// opens the sentence right after the lede's.
fn named_next(text: &str, frame: &Frame, mentions: &[Mention]) -> Option<usize> {
    if !matches!(
        frame.kind,
        EventKind::Ruling
            | EventKind::Arrest
            | EventKind::Resignation
            | EventKind::Appointment
            | EventKind::Death
            | EventKind::Release
            | EventKind::Award
    ) {
        return None;
    }
    let lede = &text[frame.sentence.clone()];
    let lede = &lede[crate::article::dateline::wire(lede).map_or(0, |d| d.len)..];
    let described = lede
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "A" | "An" | "The"));
    if !described {
        return None;
    }
    let next_start =
        frame.sentence.end + text[frame.sentence.end..].find(|c: char| c.is_alphanumeric())?;
    mentions
        .iter()
        .position(|m| m.start == next_start && m.kind == EntityKind::Person)
}

/// "the 2025 Booker Prize", "the 2024 Olympics": a year before a name,
/// which says which edition rather than when.
fn names_an_edition(text: &str, t: &Timex) -> bool {
    let written = quote(text, t);
    written.len() == 4
        && written.bytes().all(|b| b.is_ascii_digit())
        && word_before(text, t.start) == "the"
        && text[t.end..]
            .strip_prefix(' ')
            .is_some_and(|next| next.starts_with(|c: char| c.is_uppercase()))
}

/// Whether `sentence` comes right after the main event's sentence and is
/// one clause: no "and" or "but" that could join an event of its own for a
/// "later" to count from ("arrested him and released him three days
/// later").
fn follows_the_main_sentence(
    text: &str,
    sentence: &std::ops::Range<usize>,
    main_sentence: Option<&std::ops::Range<usize>>,
) -> bool {
    let Some(main) = main_sentence else {
        return false;
    };
    let between = text.get(main.end..sentence.start).unwrap_or("x");
    between.trim().is_empty()
        && !text[sentence.clone()]
            .split_whitespace()
            .any(|w| matches!(fold(w).as_str(), "and" | "but"))
}

/// The date the sentence before `sentence` gives of its own ("on October
/// 19", "on Tuesday"), if that is not the main event's sentence, whose date
/// a relative phrase counts from anyway.
fn date_told_just_before<'t>(
    text: &str,
    timexes: &'t [Timex],
    sentence: &std::ops::Range<usize>,
    main_sentence: Option<&std::ops::Range<usize>>,
) -> Option<&'t Timex> {
    let before = timexes.partition_point(|t| t.end <= sentence.start);
    // A date of its own: not "the following day" told from the main event.
    let relative = |t: &Timex| {
        let written = text[t.start..t.end].to_ascii_lowercase();
        DAY_AFTER_OR_BEFORE
            .iter()
            .map(|(phrase, _)| *phrase)
            .chain(SAME_DAY)
            .any(|phrase| written == phrase || written.ends_with(phrase))
    };
    let t = timexes[..before].last().filter(|t| {
        matches!(t.kind, TimexType::Date | TimexType::Time)
            && !t.value.ends_with("_REF")
            && !relative(t)
    })?;
    // Only asked of sentences with "the following day" and the like, so
    // splitting the text again costs little.
    let all = crate::sentences::sentences(text);
    let index = |at: usize| all.partition_point(|r| r.end <= at);
    let (own, theirs) = (index(sentence.start), index(t.start));
    let in_main = main_sentence.is_some_and(|m| m.start <= t.start && t.end <= m.end);
    (!in_main && theirs + 1 == own).then_some(t)
}

/// Whether the frame's trigger stands in a relative clause set off by
/// commas ("Jane Holt, who resigned in December, attended"), or in a "who"
/// clause that runs to the end ("replaced Anna Berg, who resigned").
fn in_an_aside(text: &str, frame: &Frame) -> bool {
    let s = &frame.sentence;
    let set_off = crate::sentences::relative_asides(&text[s.clone()])
        .into_iter()
        .any(|a| s.start + a.start < frame.trigger.start && frame.trigger.end <= s.start + a.end);
    let before = &text[s.start..frame.trigger.start];
    let last_clause = before.rsplit(',').next().unwrap_or("");
    set_off || before.contains(',') && last_clause.trim_start().starts_with("who ")
}

/// What a "who" clause tells of a name, as a sentence of its own: "Jane
/// Holt, who resigned in December, attended the talks" tells "Jane Holt
/// resigned in December". The event's headline and words are those, not
/// the sentence's, whose own event is another. Asked of a frame
/// [`in_an_aside`].
fn told_of_a_name(text: &str, frame: &Frame, mentions: &[Mention]) -> Option<String> {
    let name = &mentions[*frame.participants.first()?];
    let after = text.get(name.end..frame.sentence.end)?;
    let clause = after.trim_start().strip_prefix(',')?.trim_start();
    let clause = clause.strip_prefix("who ")?;
    // Not the comma of a figure: "won £150,000 in damages".
    let bytes = clause.as_bytes();
    let figure = |i: usize| {
        i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    let end = clause
        .match_indices([',', ';'])
        .map(|(i, _)| i)
        .find(|&i| !figure(i))
        .unwrap_or(clause.len());
    let clause = clause[..end].trim_end_matches(['.', ' ']);
    Some(format!("{} {clause}.", &text[name.start..name.end]))
}

/// Whether `text` opens with the word `w`, whole: "later," but not
/// "lateral".
fn opens_with_word(text: &str, w: &str) -> bool {
    text.starts_with(w) && !text[w.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// Whether a sentence tells what may be, not what was: a condition, a
/// plan or an expectation ("if the poll is on 5 May", "is expected on 5
/// May", "are scheduled for 27 February", "The deadline for voting is
/// next Thursday").
fn hedged(sentence: &str) -> bool {
    sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            fold(w).as_str(),
            "if" | "unless"
                | "whether"
                | "will"
                | "would"
                | "could"
                | "might"
                | "should"
                | "expect"
                | "expects"
                | "expected"
                | "expecting"
                | "due"
                | "scheduled"
                | "speculation"
                | "next"
                | "deadline"
        )
    })
}

/// "the 11 September attacks", "the 5 May election": a date right before
/// the event's noun (one word between at most) names the event as
/// background; it does not tell it.
fn named_by_its_day(text: &str, frame: &Frame, timexes: &[Timex]) -> bool {
    within(timexes, frame.sentence.clone()).any(|t| {
        t.end <= frame.trigger.start
            && text
                .get(t.end..frame.trigger.start)
                .is_some_and(|gap| gap.split_whitespace().count() <= 1 && !gap.contains(','))
    })
}

/// Whether byte `at` of the sentence `s` stands inside a quote of what
/// someone said in full: one that opens the sentence or follows a colon
/// ('told reporters on Monday: "We signed ..."'), not a phrase quoted
/// inside the writer's own clause ('said Saturday had been a "massive
/// demonstration"').
fn in_quotes(text: &str, s: &std::ops::Range<usize>, at: usize) -> bool {
    crate::sentences::before_open_quote(text, s.start, at)
        .is_some_and(|lead| lead.is_empty() || lead.ends_with(':'))
}

/// For a day word inside a quote ("yesterday", "tomorrow"), read from
/// the report's date line, when the sentence says outside the quote that
/// it was said on another day ("she told reporters on Monday"): how many
/// days the speech came before (negative) or after the report, with the
/// words that say so.
fn said_on_another_day(
    text: &str,
    s: &std::ops::Range<usize>,
    t: &Timex,
    in_sentence: &[&Timex],
    reference: Option<Reference>,
) -> Option<(i32, String)> {
    let report = reference.and_then(Reference::report_day)?;
    // Only a count of days from the speaker's day moves with it; a
    // weekday ("On Monday we will sign") names the same day from either.
    let said = quote(text, t).to_ascii_lowercase();
    let counts_days = [
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "last night",
        "this morning",
    ]
    .iter()
    .any(|w| said.contains(w));
    if !in_quotes(text, s, t.start) || !counts_days {
        return None;
    }
    let spoken = spoken_day(text, s, in_sentence)?;
    let Reading::Interval(a, b) = interpret(&spoken.value, None) else {
        return None;
    };
    (a == b && a != report).then(|| {
        (
            a.0 - report.0,
            format!(
                "said inside a quote spoken on {} ('{}'), so counted from that day",
                a.medium(),
                quote(text, spoken)
            ),
        )
    })
}

/// The date outside the quotes of a sentence that quotes speech: when it
/// was said ("she told reporters on Monday: ...").
fn spoken_day<'t>(
    text: &str,
    s: &std::ops::Range<usize>,
    in_sentence: &[&'t Timex],
) -> Option<&'t Timex> {
    in_sentence
        .iter()
        .copied()
        .find(|t| !in_quotes(text, s, t.start) && matches!(t.kind, TimexType::Date))
}

/// Whether a constraint names a time no wider than a month.
fn within_a_month(c: &Constraint) -> bool {
    matches!((c.earliest, c.latest), (Some(a), Some(b)) if b.0 - a.0 <= 31)
}

/// "Three days later, she met Kagame" after a sentence that gives its own
/// date (not the lede's): that date moved by the count. Only a count
/// before the trigger, followed by "later" or "earlier".
fn counted_from_just_told(
    text: &str,
    timexes: &[Timex],
    sentence: &std::ops::Range<usize>,
    main_sentence: Option<&std::ops::Range<usize>>,
    in_sentence: &[&Timex],
    frame: &Frame,
    reference: Option<Reference>,
) -> Option<Constraint> {
    let count = in_sentence
        .iter()
        .find(|t| t.kind == TimexType::Duration && t.end <= frame.trigger.start)?;
    let after = text[count.end..].trim_start();
    let word = |w: &str| opens_with_word(after, w);
    let sign = if word("later") {
        1
    } else if word("earlier") {
        -1
    } else {
        return None;
    };
    let days = duration_days(&count.value)?;
    let told = date_told_just_before(text, timexes, sentence, main_sentence)?;
    let c = clue_as(text, told, reference, Relation::At)?;
    let why = Evidence::new(
        DateSource::Text,
        "relative-to-date-told",
        &format!(
            "'{} {}': {days} days {} '{}', the date the sentence before gives",
            quote(text, count),
            if sign > 0 { "later" } else { "earlier" },
            if sign > 0 { "after" } else { "before" },
            quote(text, told),
        ),
    );
    Some(super::shift(&c, sign * days, why, "that date"))
}

/// Phrases that put an event a day after or before the article's main
/// event, and how many days.
const DAY_AFTER_OR_BEFORE: [(&str, i32); 7] = [
    ("the following day", 1),
    ("the next day", 1),
    ("a day later", 1),
    ("the previous day", -1),
    ("a day earlier", -1),
    // Only where nothing follows ("The day before, he resigned"): "the
    // day before the vote" counts from the vote.
    ("the day before", -1),
    ("the day after", 1),
];

/// "The following day, he toured a refinery", "he met her in Arusha the
/// previous day": the frame's event, placed a day after or before the main
/// event, with the phrase's byte range. After the trigger the phrase must
/// be in its clause with no relative clause between ("he toured the
/// refinery that he had visited the previous day" dates the earlier visit).
/// `lower` is the sentence in ASCII lower case.
fn day_after_or_before(
    text: &str,
    sentence: &std::ops::Range<usize>,
    lower: &str,
    frame: &Frame,
) -> Option<(std::ops::Range<usize>, Relative)> {
    const CLAUSE_WORDS: [&str; 6] = ["that", "which", "who", "where", "when", "had"];
    DAY_AFTER_OR_BEFORE.iter().find_map(|&(phrase, offset)| {
        let at = lower.find(phrase)?;
        let start = sentence.start + at;
        if phrase.starts_with("the day ")
            && !lower[at + phrase.len()..].starts_with([',', '.', ';'])
        {
            return None;
        }
        let trigger = frame.trigger.start;
        let governs = start < trigger
            || (same_clause(text, trigger, start)
                && !text[trigger..start]
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| CLAUSE_WORDS.contains(&w.to_ascii_lowercase().as_str())));
        if !governs {
            return None;
        }
        let written = &text[start..start + phrase.len()];
        Some((
            start..start + phrase.len(),
            Relative {
                offset,
                evidence: Evidence::new(
                    DateSource::Text,
                    "relative-to-main-event",
                    &format!(
                        "'{written}': a day {} the article's main event",
                        if offset > 0 { "after" } else { "before" }
                    ),
                ),
                day_phrase: Some(start..start + phrase.len()),
            },
        ))
    })
}

/// Phrases that put an event on the day of the article's main event.
const SAME_DAY: [&str; 7] = [
    "earlier on the day",
    "earlier that day",
    "later that day",
    "later on the day",
    "the same day",
    "earlier in the day",
    "later in the day",
];

/// The expressions wholly inside `range`. `timexes` are in text order, as
/// the tagger gives them, so the range is found by binary search instead of
/// a scan of the whole article for every sentence.
fn within(timexes: &[Timex], range: std::ops::Range<usize>) -> impl Iterator<Item = &Timex> {
    let from = timexes.partition_point(|t| t.start < range.start);
    let to = timexes.partition_point(|t| t.start < range.end);
    timexes[from..to.max(from)]
        .iter()
        .filter(move |t| t.end <= range.end)
}

/// Whole days in a `PnD` or `PnW` duration.
pub fn duration_days(value: &str) -> Option<i32> {
    match count_of(value)? {
        (n, 'D') => Some(n),
        (n, 'W') => n.checked_mul(7),
        _ => None,
    }
    .filter(|d| (1..=36_500).contains(d))
}

/// The months of a duration in months or years ("P6M", "P1Y"), for a
/// count from a date: "six months after the explosion of 4 August 2020".
pub fn duration_months(value: &str) -> Option<i32> {
    match count_of(value)? {
        (n, 'M') => Some(n),
        (n, 'Y') => n.checked_mul(12),
        _ => None,
    }
    .filter(|m| (1..=1200).contains(m))
}

/// A duration's number and unit letter: "P3D" is (3, 'D').
fn count_of(value: &str) -> Option<(i32, char)> {
    let body = value.strip_prefix('P')?;
    let unit = body.chars().next_back()?;
    let n: i32 = body.get(..body.len() - unit.len_utf8())?.parse().ok()?;
    Some((n, unit))
}

/// Durations owned by an entity: "Hamas’ 471-day struggle".
fn owned_durations(
    text: &str,
    range: &std::ops::Range<usize>,
    timexes: &[Timex],
    mentions: &[Mention],
) -> Vec<OwnedDuration> {
    within(timexes, range.clone())
        .filter(|t| t.kind == TimexType::Duration)
        .filter_map(|t| {
            let days = duration_days(&t.value)?;
            let owner = mentions.iter().position(|m| {
                m.end <= t.start
                    && t.start - m.end <= 4
                    && matches!(&text[m.end..t.start], "’ " | "' " | "’s " | "'s ")
            })?;
            let noun_end = text[t.end..]
                .char_indices()
                .skip(1)
                .find(|(_, c)| !c.is_alphanumeric() && *c != '-')
                .map_or(text.len(), |(i, _)| t.end + i);
            Some(OwnedDuration {
                days,
                owner,
                quote: text[mentions[owner].start..noun_end].to_string(),
            })
        })
        .collect()
}

/// Whether the frame's trigger is a noun named with "the", "this" or "that"
/// (and perhaps one word between): "The quake hit at 3:14 a.m.", "the
/// deadly blaze", "That storm".
fn names_it_again(text: &str, frame: &Frame) -> bool {
    let head = &text[frame.sentence.start..frame.trigger.start];
    let words: Vec<String> = head.split_whitespace().rev().take(2).map(fold).collect();
    let definite = |w: &String| matches!(w.as_str(), "the" | "this" | "that");
    words.first().is_some_and(definite)
        || words.len() == 2 && words.get(1).is_some_and(definite) && !words[0].ends_with(',')
}

/// Kinds of event that happen once in a story, so that a later sentence of
/// the kind with a day tells the lede's again: a release, an arrest, a
/// ruling, a resignation, a death, a disaster. Elections and matches are
/// talked about far more often than held ("Labour on Monday postponed its
/// election posters").
fn happens_once(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Release
            | EventKind::Arrest
            | EventKind::Ruling
            | EventKind::Resignation
            | EventKind::Appointment
            | EventKind::Death
            | EventKind::Disaster
    )
}

/// Whether a sentence (in lower case) tells of another event of a kind,
/// not the one already told: "another", "a second", "also", or an
/// indefinite subject ("A 24-year-old man was detained on Monday").
fn tells_another(sentence: &str) -> bool {
    let words = || sentence.split(|c: char| !c.is_ascii_alphanumeric());
    let indefinite = words()
        .find(|w| !w.is_empty() && !matches!(*w, "but" | "and" | "then"))
        .is_some_and(|w| {
            matches!(w, "a" | "an" | "one" | "some" | "several")
                || w.starts_with(|c: char| c.is_ascii_digit())
        });
    indefinite
        || words().any(|w| {
            matches!(
                w,
                "another" | "second" | "new" | "further" | "again" | "also"
            )
        })
}

/// Whether the frame's verb is in the present perfect ("has died", "have
/// arrested", "has been fined"): done by the time of the report, on a day
/// the sentence leaves open.
fn in_present_perfect(text: &str, frame: &Frame) -> bool {
    // "have held face-to-face ceasefire talks": the noun the trigger is may
    // stand a few words after its verb, but in the same clause.
    text[frame.sentence.start..frame.trigger.start]
        .split_whitespace()
        .rev()
        .take(5)
        .take_while(|w| !w.ends_with([',', ';', ':']))
        .any(|w| matches!(fold(w).as_str(), "has" | "have"))
}

/// The date of the lede's event where a sentence soon after tells it again
/// with the same kind of verb and a day of its own: "Police have arrested a
/// man over the raid. The suspect was detained in Harehills on Saturday",
/// "The actor has died at 88, his family said. He died on Tuesday at his
/// home". A present-perfect lede often leaves its day to such a sentence.
/// An event of the same kind told further back ("It sold another stake in
/// 2019") is not a restatement: with a date line, the day must fall in the
/// week before the report; without one, only a weekday will do.
fn restated_later(
    text: &str,
    frames: &[Frame],
    main: usize,
    timexes: &[Timex],
    reference: Option<Reference>,
) -> Option<(Constraint, Option<usize>, usize)> {
    let lede = &frames[main];
    // A takeover is completed once too ("has completed his takeover ...
    // sealed the deal at 0227 GMT on Friday").
    // So is an agreement ("has signed a trade deal ... signed the deal in
    // Brussels on Friday").
    // An election is talked about more often than held, except where
    // voters "went to the polls": "has been elected mayor ... Voters went
    // to the polls on Tuesday".
    let to_the_polls = |f: &Frame| {
        text.get(f.trigger.end..)
            .is_some_and(crate::events::to_the_polls)
    };
    if !happens_once(lede.kind)
        && !matches!(
            lede.kind,
            EventKind::Deal | EventKind::Agreement | EventKind::Election
        )
    {
        return None;
    }
    // The lede in the present perfect ("has died", "have arrested", "has
    // been fined"): news's way of saying the day comes later. Not a plan
    // ("will invite observers to the forthcoming election").
    if !in_present_perfect(text, lede) {
        return None;
    }
    let near = next_two_sentences(text, lede)?;
    // "Kidnappers have freed a nurse ... She was handed over to officials
    // on Monday": the freeing told again as its act.
    let handed_over = |f: &Frame| {
        lede.kind == EventKind::Release
            && text
                .get(f.trigger.start..)
                .is_some_and(|rest| rest.to_ascii_lowercase().starts_with("handed over to "))
    };
    frames
        .iter()
        .enumerate()
        .skip(main + 1)
        .filter(|(_, f)| {
            (f.kind == lede.kind || handed_over(f))
                && near.iter().any(|s| s.start == f.sentence.start)
        })
        .filter(|(_, f)| f.kind != EventKind::Election || to_the_polls(f))
        .filter(|(_, f)| {
            // "A party spokesman said Griffin was arrested on Tuesday": the
            // subject that matters is the event's, after the report's verb.
            let sentence = text[f.sentence.clone()].to_ascii_lowercase();
            let head = &sentence[..f.trigger.start - f.sentence.start];
            let from = [" said ", " says ", " told reporters ", " confirmed "]
                .iter()
                .filter_map(|v| head.rfind(v).map(|at| at + v.len()))
                .max()
                .unwrap_or(0);
            !tells_another(&sentence[from..])
        })
        .find_map(|(at, f)| {
            let c = dated_retelling(text, f, timexes, reference)?;
            let recent = match reference {
                Some(Reference::DateLine(day) | Reference::Updated(day)) => {
                    let (lo, hi) = c.tight();
                    lo.zip(hi)
                        .is_some_and(|(lo, hi)| hi <= day && lo >= day - 7)
                }
                _ => c.weekday.is_some() && c.earliest.is_none() && c.latest.is_none(),
            };
            if !recent {
                return None;
            }
            let mut c = c;
            c.evidence.push(told_again(text, f, "the event"));
            Some((c, f.place, at))
        })
}

/// The (up to) two sentences after the one that holds `lede`.
fn next_two_sentences(text: &str, lede: &Frame) -> Option<Vec<std::ops::Range<usize>>> {
    let sentences = crate::sentences::sentences(text);
    let lede_at = sentences
        .iter()
        .position(|s| s.start >= lede.sentence.start)?;
    sentences
        .get(lede_at + 1..(lede_at + 3).min(sentences.len()))
        .map(<[_]>::to_vec)
}

/// The date a later sentence `f` gives its event: a time of its own, not
/// counted from another event and not planned.
fn dated_retelling(
    text: &str,
    f: &Frame,
    timexes: &[Timex],
    reference: Option<Reference>,
) -> Option<Constraint> {
    let (c, relative, has_at) = date_frame(text, f, timexes, reference, None);
    (has_at && relative.is_none() && planned(text, f).is_none()).then_some(c)
}

/// The evidence that `what` ("the event", "the saying") was told again,
/// with its day, in `f`'s sentence.
fn told_again(text: &str, f: &Frame, what: &str) -> Evidence {
    let told = text[f.sentence.clone()].trim();
    let quote: String = told.chars().take(80).collect();
    let more = if quote.len() < told.len() { "…" } else { "" };
    Evidence::new(
        DateSource::Text,
        "restated",
        &format!(
            "{what} told again with its day: '{}{more}'",
            quote.trim_end()
        ),
    )
}

/// "Coach Vincent Kompany insisted his job was safe. ... 'I have the full
/// support of the board,' Kompany said at a news conference in Munich on
/// Sunday": a lede that reports what someone said, with no day of its
/// own, dated by the next sentences' saying of the same person with its
/// day. Returns what [`restated_later`] does.
fn said_again_later(
    text: &str,
    frames: &[Frame],
    main: usize,
    mentions: &[Mention],
    timexes: &[Timex],
    reference: Option<Reference>,
) -> Option<(Constraint, Option<usize>, usize)> {
    let lede = &frames[main];
    let speaker = &mentions[*lede.participants.first()?];
    if lede.kind != EventKind::Statement {
        return None;
    }
    let near = next_two_sentences(text, lede)?;
    frames
        .iter()
        .enumerate()
        .skip(main + 1)
        .filter(|(_, f)| {
            f.kind == EventKind::Statement
                && f.participants
                    .first()
                    .is_some_and(|&p| same_entity(&mentions[p], speaker))
                && near.iter().any(|s| s.start == f.sentence.start)
        })
        .find_map(|(at, f)| {
            let mut c = dated_retelling(text, f, timexes, reference)?;
            // A day, not the decade what was said is about ("said his
            // time at the snooker hall in the 1950s").
            if !c.is_within_a_week() {
                return None;
            }
            c.evidence.push(told_again(text, f, "the saying"));
            Some((c, f.place, at))
        })
}

/// A sentence after the lede that dates the main event by name ("The
/// meeting on Saturday highlighted…"), when the lede itself has no date.
fn anaphoric_clue(
    text: &str,
    timexes: &[Timex],
    main: &Frame,
    reference: Option<Reference>,
) -> Option<Constraint> {
    const NOUNS: [&str; 8] = [
        "the meeting",
        "the talks",
        "the visit",
        "the discussions",
        "the summit",
        "the session",
        "the conference",
        "the ceremony",
    ];
    let sentences = crate::sentences::sentences(text);
    sentences
        .iter()
        .filter(|s| s.start > main.sentence.start)
        .take(3)
        .find_map(|s| {
            // "Turnout in Sunday's runoff was 46%", after "X won the
            // runoff": a day that owns a noun of the lede's kind.
            let owned = timexes
                .iter()
                .filter(|t| t.start >= s.start && t.end <= s.end)
                .filter(|t| matches!(t.kind, TimexType::Date))
                .find(|t| {
                    let written = &text[t.start..t.end];
                    let noun = text[t.end..s.end]
                        .split_whitespace()
                        .next()
                        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())));
                    is_possessive(written)
                        && noun.is_some_and(|n| {
                            crate::events::triggers::trigger(&n, None) == Some(main.kind)
                        })
                });
            if let Some(c) = owned.and_then(|t| clue(text, t, reference)) {
                return Some(c);
            }
            let lower = text[s.clone()].to_lowercase();
            let noun = NOUNS
                .iter()
                .find_map(|n| lower.find(n).map(|i| (i, n.len())))?;
            let noun_end = s.start + noun.0 + noun.1;
            timexes
                .iter()
                .filter(|t| t.start >= noun_end && t.end <= s.end)
                .filter(|t| {
                    t.start - noun_end <= 4 || text.get(noun_end..t.start).is_some_and(held_on)
                })
                .find_map(|t| clue(text, t, reference))
        })
}

/// Whether the words between an event's noun and a date say when it was
/// held, in a participle or relative clause of holding
/// ("The talks, held on Sept. 5, ...", "the summit, which took place in
/// Oslo on May 2"). Not when it began ("the talks, which began on
/// Monday"): talks that open one day often end on another.
fn held_on(gap: &str) -> bool {
    let words: Vec<String> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    let holding = |w: &str| matches!(w, "held" | "took" | "convened" | "staged" | "hosted");
    let filler = |w: &str| {
        matches!(
            w,
            "on" | "which" | "that" | "was" | "were" | "place" | "late" | "early"
        )
    };
    if words.len() > 9 || !words.iter().any(|w| holding(w)) {
        return false;
    }
    // A place between ("which took place in the Austrian capital on Oct.
    // 14"): up to three words after "in" or "at"; anything else is
    // another clause.
    let mut place_words = 0;
    for w in &words {
        if place_words > 0 && w != "on" {
            place_words -= 1;
        } else if matches!(w.as_str(), "in" | "at") {
            place_words = 3;
        } else if !(holding(w) || filler(w)) {
            return false;
        } else {
            place_words = 0;
        }
    }
    true
}

/// The drafts of one article. `text` is the article's paragraphs joined by
/// blank lines; `reference` the day relative expressions are read against.
pub fn drafts(
    article: u32,
    text: &str,
    mentions: &[Mention],
    frames: &[Frame],
    timexes: &[Timex],
    reference: Option<Reference>,
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let main_index = frames
        .iter()
        .position(|f| f.is_main)
        .or(if frames.is_empty() { None } else { Some(0) });
    let main_sentence = main_index.map(|m| &frames[m].sentence);
    // The sentence that told the lede's event again with its day: the same
    // event, not another of its own.
    let mut restated_at: Option<usize> = None;
    for (i, frame) in frames.iter().enumerate() {
        let is_main = Some(i) == main_index;
        if !is_main && restated_at == Some(i) {
            continue;
        }
        if !is_main
            && main_index.is_some_and(|m| {
                counts_from_the_main_event(text, frame, &frames[m], mentions, timexes)
            })
        {
            continue;
        }
        let (mut constraint, relative, has_at) =
            date_frame(text, frame, timexes, reference, main_sentence);
        // "OSLO, March 10 (Reuters) - ... began talks on Monday": the wire
        // dateline's day has no year, so it sets no week; the reader is
        // told it was there.
        if is_main && reference.is_none() {
            let sentence = &text[frame.sentence.clone()];
            if let Some(dateline) = crate::article::dateline::wire(sentence) {
                if let Some(md) = dateline.month_day {
                    // A note, not a source: the event is as undated as
                    // before.
                    constraint.evidence.push(Evidence::new(
                        DateSource::None,
                        "wire-dateline",
                        &format!(
                            "the wire dateline gives {} but no year, so it sets no week or day",
                            md.label()
                        ),
                    ));
                }
            }
        }
        // "Rescuers searched on Monday for survivors of Wednesday's
        // earthquake", reported on a Wednesday: the earthquake a day owns
        // inside another event's sentence came before that event, so its
        // weekday is the one before, not the report's own.
        if let Some(bound) = out
            .last()
            .filter(|d| !is_main && d.range.start <= frame.sentence.start)
            .filter(|d| frame.sentence.end <= d.range.end && d.range != frame.sentence)
            .map(|d| &d.constraint)
        {
            let after_it =
                matches!((bound.latest, constraint.earliest), (Some(l), Some(e)) if e > l);
            let moved = timexes
                .iter()
                .find(|t| owns_the_trigger(text, t, frame))
                .filter(|_| after_it)
                .and_then(|t| weekday_before(text, t, bound));
            if let Some(moved) = moved {
                constraint = moved;
            }
        }
        let plan = planned(text, frame)
            .or_else(|| told_ahead(text, frame, timexes, &constraint, reference));
        // "STOCKHOLM — The conductor has died. He died on Tuesday at his
        // home in Uppsala": the place told again, over the filing city.
        let mut restated_place = None;
        if is_main && !has_at && relative.is_none() {
            // "Police have arrested a man. The suspect was detained on
            // Saturday": the lede's day, told again a sentence later.
            if let Some((c, place, at)) = restated_later(text, frames, i, timexes, reference)
                .or_else(|| said_again_later(text, frames, i, mentions, timexes, reference))
                .and_then(|(c, place, at)| Some((constraint.and(&c)?, place, at)))
            {
                constraint = c;
                restated_place = place;
                restated_at = Some(at);
            }
        }
        if is_main && !has_at {
            if let Some(c) =
                counted_from_a_day_named(text, frame, timexes, relative.as_ref(), reference)
            {
                constraint = constraint.and(&c).unwrap_or(constraint);
            }
        }
        if is_main && !has_at && !constraint.is_empty() {
            // "X won the runoff, results showed on Monday. Turnout in
            // Sunday's runoff was 46%": bounded by the report, dated by
            // the sentence that names the event with its day.
            if let Some(both) =
                anaphoric_clue(text, timexes, frame, reference).and_then(|c| constraint.and(&c))
            {
                constraint = both;
            }
        }
        if is_main && constraint.is_empty() {
            // Only "the previous day" and its kin: "nine days after he set
            // out" counts from something the sentence names.
            let off_by_a_day = relative
                .as_ref()
                .and_then(|r| Some((r, r.day_phrase.clone()?)));
            if let (Some((r, said)), Some(Reference::DateLine(day))) = (off_by_a_day, reference) {
                // "The minister resigned the previous day", with no day
                // before it to count from: a day next to one the text does
                // not name, which was the report's day at the latest. Not
                // the report's day itself.
                let phrase = &text[said];
                constraint = Constraint::before(
                    day + r.offset.min(0),
                    Evidence::new(
                        DateSource::DateLine,
                        "date-line",
                        &format!(
                            "'{phrase}': a day {} a day the text does not name, in a report dated {}",
                            if r.offset > 0 { "after" } else { "before" },
                            day.medium()
                        ),
                    ),
                );
            } else if let Some(c) = anaphoric_clue(text, timexes, frame, reference) {
                constraint = c;
            } else if let Some(Reference::DateLine(day)) =
                reference.filter(|_| plan.is_none() && in_present_perfect(text, frame))
            {
                // "Singer Jane Birkin has died": done by the report's day,
                // but the present perfect does not say that day.
                constraint = Constraint::before(
                    day,
                    Evidence::new(
                        DateSource::DateLine,
                        "date-line",
                        &format!(
                            "'{}': done by the report dated {}; the text gives no day",
                            text.get(frame.trigger.clone()).unwrap_or(""),
                            day.medium()
                        ),
                    ),
                );
            } else if let Some(Reference::DateLine(day)) = reference.filter(|_| {
                plan.is_none()
                    && text[frame.sentence.clone()]
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| w.eq_ignore_ascii_case("overnight"))
            }) {
                // "Storms battered the coast overnight": the night that ended
                // on the report's day, which began the day before.
                constraint = Constraint::between(
                    Some(day - 1),
                    Some(day),
                    Evidence::new(
                        DateSource::DateLine,
                        "date-line",
                        &format!(
                            "'overnight' in a report dated {}: the night before it",
                            day.medium()
                        ),
                    ),
                );
            } else if let Some(Reference::DateLine(day)) = reference.filter(|_| plan.is_none()) {
                // Nothing in the text dates the lede's event: the report
                // bounds it, and no more. "Eleanor Whitcombe died at her
                // home in Bath, her publisher said" may have been the day
                // before; a made-up day is worse than an open one. (Not of
                // a plan: "leaders will meet" is not done by the report.)
                constraint = Constraint::before(
                    day,
                    Evidence::new(
                        DateSource::DateLine,
                        "date-line",
                        &format!(
                            "report dated {}; the text gives no day for the event, so on or before it",
                            day.medium()
                        ),
                    ),
                );
            }
        }
        let durations = owned_durations(text, &frame.sentence, timexes, mentions);
        // A secondary event needs a time of its own; a bound alone ("since
        // Oct. 7") dates a state of affairs, not an event.
        let dated = has_at || relative.is_some();
        // A death mentioned in passing ("Mr Nogar, who died in 1994") names
        // the dead in a relative clause or a possessive, where the nearest
        // agent is someone else: only a lede's death is an event here.
        // A fire or a march names where, not who: its place will do.
        // A death told as its sentence's own news ("Singer Jane Birkin died
        // in Paris in July 2023"), its subject named before the verb with
        // no relative word or possessive between, is an event too. So is
        // an attack by no one named, like a fire, where it says where ("A
        // suicide bomber killed 12 people in Kabul in July 2023").
        let death_told = frame.kind == EventKind::Death
            && has_at
            && !frame.participants.is_empty()
            && text[frame.sentence.start..frame.trigger.start]
                .split_whitespace()
                .all(|w| {
                    !matches!(
                        fold(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str(),
                        "who" | "whose" | "whom" | "which" | "after" | "since" | "before"
                    ) && !w.contains("'s")
                        && !w.contains("\u{2019}s")
                });
        // "On Friday, the two countries' foreign ministers had met in
        // Geneva": a meeting of people the sentence does not name, on a
        // day it gives, somewhere it names.
        let placed = frame.kind.is_placeless()
            || frame.kind == EventKind::Attack
            || meeting_like(frame.kind) && has_at;
        // "On Jan. 5, Helix disclosed that ...", "The previous day, the
        // defence had closed its case": a later sentence that opens with
        // a day of its own (or one counted from the lede's) tells an event
        // of the story, whatever its verb. Not a wider time ("In 2019,"),
        // which is background.
        let told_on_its_day = frame.fronted
            && frame.kind == EventKind::Other
            && !is_main
            && (relative.is_some() || has_at && constraint.is_within_a_week());
        // "Jane Holt, who won Olympic gold in 1996, was named chair": what
        // an aside tells of someone, beside the sentence's own event, is
        // background unless it gives a time no wider than a month ("who
        // resigned in December").
        // (A weekday or a day of a month with no year is one day, in a
        // week or year the text does not give.)
        let aside = !is_main && in_an_aside(text, frame);
        let one_day_or_month = within_a_month(&constraint)
            || constraint.weekday.is_some()
            || constraint.month_day.is_some();
        let background = aside
            && !one_day_or_month
            && frames
                .iter()
                .filter(|f| f.sentence == frame.sentence)
                .count()
                > 1;
        // "Police arrested the manager on Sept. 2", "The first round of
        // voting was held on Feb. 8": a later sentence of a listed kind
        // that names no one but gives its event a day of its own on the
        // calendar (not a weekday, not a span wider than a month) tells a
        // step of the story. Only what the sentence tells as done: not a plan or a guess
        // ("The election is expected on 5 May", "if the poll is on 5
        // May"), nor an event the day only names ("the impact of the 11
        // September attacks"), which is background.
        let on_a_calendar_day = !is_main
            && has_at
            && (within_a_month(&constraint) || constraint.month_day.is_some())
            && plan.is_none()
            && !hedged(&text[frame.sentence.clone()])
            && !named_by_its_day(text, frame, timexes);
        // "Airbus recalled 300 jets in March": a later sentence whose named
        // subject did something no list knows, at a time of its own no
        // wider than a month. (Not fronted: see events::frames.) "The
        // trial had opened on 8 January": one that names no one, on a day
        // of the calendar it gives.
        let named_and_dated = !frame.fronted
            && frame.kind == EventKind::Other
            && !is_main
            && (!frame.participants.is_empty() || on_a_calendar_day)
            && has_at
            && within_a_month(&constraint);
        // "Schallenberg said the two countries would sign a broader treaty
        // next spring": a later sentence's plan for no set day is no event
        // of the story, and neither is one whose only day was read after
        // the report ('called the accord "a safety net for the coming
        // winter"'): a time the text does not give. (A lede's plan is its
        // article's news, and a plan for a set day, "is due to meet Holt
        // on Monday", a step to come: both are dated ahead, and their
        // evidence says so.)
        let report_day = reference.and_then(Reference::report_day);
        let still_to_come = !is_main
            && plan.is_some()
            // "He told parliament on Wednesday that a ban would be
            // introduced": the telling is done; the plan is what it told.
            && !matches!(frame.kind, EventKind::Statement | EventKind::Announcement)
            && !constraint.is_within_a_week()
            && constraint
                .latest
                .is_none_or(|l| report_day.is_none_or(|day| l >= day));
        let read_after_report = !is_main
            && plan.is_none()
            && constraint
                .earliest
                .is_some_and(|e| report_day.is_some_and(|day| e > day));
        let stands_alone = !still_to_come
            && !read_after_report
            && (told_on_its_day
                || named_and_dated
                || is_event_kind(frame.kind)
                    && (frame.kind != EventKind::Death || death_told)
                    && dated
                    && !background
                    && (!frame.participants.is_empty()
                        || placed && frame.place.is_some()
                        || on_a_calendar_day));
        if !is_main {
            // "Three aid workers have been freed, the minister said on
            // Saturday. The three ... were released on Friday night": a
            // later sentence of the lede's kind that names no one and gives
            // a day of the week tells when the undated lede's event
            // happened. Only for what happens once in a story (a release,
            // an arrest, a ruling, a resignation, a death, a disaster):
            // elections and matches are talked about far more often than
            // held ("Labour on Monday postponed its election posters").
            // Not when the sentence tells of another one ("another", "a
            // second", "A 24-year-old man was detained on Monday"), and a
            // year or a full date, most often an earlier event of the kind
            // ("the 2001 election"), will not do: only a weekday.
            let sentence = text[frame.sentence.clone()].to_ascii_lowercase();
            let words = || sentence.split(|c: char| !c.is_ascii_alphanumeric());
            let this_week = words().any(|w| {
                Weekday::ALL
                    .iter()
                    .any(|d| d.name().eq_ignore_ascii_case(w))
            }) && match (constraint.earliest, constraint.latest) {
                (Some(a), Some(b)) => b.0 - a.0 < 7,
                (None, None) => constraint.weekday.is_some(),
                _ => false,
            };
            if has_at && this_week && happens_once(frame.kind) && frame.participants.is_empty() {
                let another = tells_another(&sentence);
                // Nor a place other than the lede's.
                let elsewhere = |d: &Draft| match (frame.place, d.place) {
                    (Some(a), Some(b)) => !same_entity(&mentions[a], &mentions[b]),
                    _ => false,
                };
                if let Some(d) = out
                    .iter_mut()
                    .find(|d| d.is_main && d.kind == frame.kind && d.constraint.is_empty())
                    .filter(|d| !another && !elsewhere(d))
                {
                    d.constraint = constraint;
                    continue;
                }
            }
        }
        // "An earthquake struck southern Peru on Saturday. The quake hit at
        // 3:14 a.m. near Chala": the lede's event named again by a definite
        // noun, on a day that fits, is that event, not a second one.
        // A person dies once: "Lindqvist died on Tuesday at his home"
        // after "Conductor Henrik Lindqvist has died" is the lede's death.
        let same_dead = |d: &Draft| {
            frame.kind == EventKind::Death
                && frame.participants.iter().any(|p| {
                    d.participants
                        .iter()
                        .any(|q| same_entity(&mentions[*p], &mentions[*q]))
                })
        };
        if !is_main && happens_once(frame.kind) {
            if let Some(d) = out.iter_mut().find(|d| {
                d.is_main
                    && d.kind == frame.kind
                    && d.constraint.compatible(&constraint)
                    && (names_it_again(text, frame) || same_dead(d))
            }) {
                if d.place.is_none() {
                    d.place = frame.place;
                }
                continue;
            }
        }
        if !is_main && !stands_alone {
            // An elaboration: lend participants and venue to the draft it
            // continues (the last one sharing a participant).
            let shares = |d: &Draft| {
                frame.participants.iter().any(|p| {
                    d.participants
                        .iter()
                        .any(|q| same_entity(&mentions[*p], &mentions[*q]))
                })
            };
            if let Some(d) = out.iter_mut().rev().find(|d| shares(d)) {
                // "Abbas had met Sisi in Cairo" after a meeting in Istanbul
                // is another meeting, whose people are not this one's.
                let elsewhere = match (frame.place, d.place) {
                    (Some(a), Some(b)) => !same_entity(&mentions[a], &mentions[b]),
                    _ => false,
                };
                // "He arrived on Sunday night from Washington, where he met
                // Bush": a sentence that tells of another time is another
                // event, unless its own date fits this one's.
                let another_time = within(timexes, frame.sentence.clone())
                    .any(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
                    && (constraint.is_empty() || !constraint.compatible(&d.constraint));
                if is_event_kind(frame.kind)
                    && !elsewhere
                    && !another_time
                    && (d.kind == frame.kind || meeting_like(d.kind) && meeting_like(frame.kind))
                {
                    for p in &frame.participants {
                        if mentions[*p].kind == EntityKind::Person
                            && !d
                                .participants
                                .iter()
                                .any(|q| same_entity(&mentions[*p], &mentions[*q]))
                        {
                            d.participants.push(*p);
                        }
                    }
                    if d.venue.is_none() {
                        d.venue.clone_from(&frame.venue);
                    }
                }
                d.durations.extend(durations);
            }
            continue;
        }
        // An event reported as still to come ("will meet", "plans to buy")
        // may fall after the report: publication does not bound it.
        // Not when its day is already behind the report ("agreed to buy
        // Nordhavn" on the Friday before): that would say it was to come.
        let report_day = reference.and_then(Reference::report_day);
        let gone_by = constraint
            .latest
            .is_some_and(|l| report_day.is_some_and(|day| l < day));
        if let Some(words) = plan.clone().filter(|_| !constraint.is_empty() && !gone_by) {
            let note = Evidence::new(
                DateSource::Text,
                "planned",
                &format!("'{}': still to come when reported", &text[words]),
            );
            constraint.evidence.push(note);
        }
        let report = match reference.filter(|_| plan.is_none() || gone_by) {
            Some(Reference::DateLine(day)) => Some((day, "dated")),
            Some(Reference::Updated(day)) => Some((day, "updated")),
            _ => None,
        };
        if let Some((day, how)) = report {
            let bound = Constraint::before(
                day,
                Evidence::new(
                    DateSource::DateLine,
                    "publication-bound",
                    &format!("reported in an article {how} {}", day.medium()),
                ),
            );
            constraint = match constraint.and(&bound) {
                Some(bounded) => bounded,
                // "struck central Nepal on June 20" in a report of June 12:
                // the year (or week) was read from the report, and the
                // reading lands after it, so the reading is wrong, not the
                // report. Which June 20 the text means it does not say.
                None if constraint
                    .evidence
                    .iter()
                    .all(|e| e.source == DateSource::DateLine) =>
                {
                    let mut bounded = bound;
                    for e in &constraint.evidence {
                        bounded.evidence.insert(
                            0,
                            Evidence::new(
                                DateSource::Text,
                                "after-report",
                                &format!(
                                    "{}: falls after the report, so it was read wrong (the text does not say which year or week it means)",
                                    e.text
                                ),
                            ),
                        );
                    }
                    bounded
                }
                None => constraint,
            };
        }
        out.push(Draft {
            article,
            kind: frame.kind,
            // "BNP leader arrested. A party spokesman said Nick Griffin was
            // arrested on Tuesday": who the event was told again with.
            participants: {
                let mut sides = frame.participants.clone();
                let is_place = |p: &usize| mentions[*p].kind == EntityKind::Place;
                // A lone place taken for want of anyone else ("US
                // networks ... has resigned") is no one once someone is.
                let lone_place = matches!(sides[..], [p] if is_place(&p));
                // A place in "a former mayor of Paterson" is no one.
                if is_main && sides.iter().all(is_place) {
                    sides.extend(named_next(text, frame, mentions));
                }
                let again = restated_at
                    .filter(|_| is_main)
                    .map(|r| &frames[r].participants);
                for &p in again.into_iter().flatten() {
                    if !sides.contains(&p) {
                        sides.push(p);
                    }
                }
                if lone_place && !sides.iter().all(is_place) {
                    sides.retain(|p| !is_place(p));
                }
                sides
            },
            place: frame
                .place
                // "ANTWERP (AP) — ... at Europe's second-largest port": the
                // filing city says where, more exactly than the place
                // that ranks the port.
                .filter(|&p| !(is_main && ranks_a_site(text, &mentions[p])))
                .or_else(|| {
                    frame
                        .place
                        .filter(|_| filing_place(text, mentions).is_none())
                })
                .or(restated_place)
                .or_else(|| is_main.then(|| filing_place(text, mentions)).flatten())
                .or_else(|| {
                    is_main
                        .then(|| subject_place(text, frame, mentions))
                        .flatten()
                }),
            venue: frame.venue.clone(),
            is_main,
            sentence: aside
                .then(|| told_of_a_name(text, frame, mentions))
                .flatten()
                .unwrap_or_else(|| {
                    without_wire_dateline(&text[frame.sentence.clone()]).to_string()
                }),
            range: frame.sentence.clone(),
            constraint,
            relative: if is_main { None } else { relative },
            durations,
            reference: if is_main {
                event_reference(text, &frame.sentence, timexes)
                    .or_else(|| reference_told_next(text, frame, timexes))
            } else {
                None
            },
        });
        if let Some(described) = out
            .last()
            .filter(|d| d.is_main)
            .and_then(|d| described_event(text, mentions, d))
        {
            out.push(described);
        }
    }
    out
}

/// "nominated Mateja Novak on Tuesday, a day after Tomaz Kranjc resigned":
/// the event the lede counts from, when the lede has its day and the
/// count is in days, is an event of its own on the day counted back (or
/// on). Only of a listed kind, and naming someone or, for a disaster or
/// an attack, somewhere ("six days after the Christchurch mosque
/// attacks"); "two days after police said" tells no event.
fn described_event(text: &str, mentions: &[Mention], main: &Draft) -> Option<Draft> {
    let reference = main.reference.as_ref()?;
    let days = duration_days(&reference.duration)?;
    let (from, to) = main.constraint.tight();
    let day = from.filter(|_| from == to)?;
    let range = reference.description.clone();
    let said = text.get(range.clone())?;
    let words: Vec<(usize, String)> = said
        .split_whitespace()
        .map(|w| {
            let at = range.start + (w.as_ptr() as usize - said.as_ptr() as usize);
            (at, fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
        .collect();
    let kind = words.iter().enumerate().find_map(|(k, (at, w))| {
        // A capitalised word is a name, not a verb ("the Boston Marathon").
        let capital = text[*at..].starts_with(|c: char| c.is_uppercase());
        let next = words.get(k + 1).map(|(_, n)| n.as_str());
        let kind = crate::events::triggers::trigger(w, next).filter(|_| !capital)?;
        is_event_kind(kind).then_some(kind)
    })?;
    let inside = |m: &Mention| m.start >= range.start && m.end <= range.end;
    let participants: Vec<usize> = (0..mentions.len())
        .filter(|&m| inside(&mentions[m]) && mentions[m].kind != EntityKind::Place)
        .collect();
    let place = (0..mentions.len())
        .find(|&m| inside(&mentions[m]) && mentions[m].kind == EntityKind::Place);
    let placed = matches!(kind, EventKind::Disaster | EventKind::Attack) && place.is_some();
    if participants.is_empty() && !placed {
        return None;
    }
    let on = if reference.after {
        day - days
    } else {
        day + days
    };
    let (first, last, counted) = counted_days(on, &reference.duration);
    let evidence = Evidence::new(
        DateSource::Text,
        "relative-to-main",
        &format!(
            "'{}': {} {} the main event on {}, so {counted}",
            reference.quote,
            days_apart(days),
            if reference.after { "before" } else { "after" },
            day.medium(),
        ),
    );
    let mut sentence = said.trim_start_matches("the ").to_string();
    if let Some(first) = sentence.get(..1) {
        sentence = first.to_uppercase() + &sentence[1..];
    }
    Some(Draft {
        article: main.article,
        kind,
        participants,
        place,
        venue: None,
        is_main: false,
        sentence,
        range: main.range.clone(),
        constraint: Constraint::between(Some(first), Some(last), evidence),
        relative: None,
        durations: Vec::new(),
        reference: None,
    })
}

/// The sentence without a wire dateline before its story: "LEEDS,
/// England, Jan 8 (Reuters) - The trial of ..." tells the event from
/// "The trial"; where it was filed and by whom is the article's, not the
/// event's summary.
fn without_wire_dateline(sentence: &str) -> &str {
    crate::article::dateline::wire(sentence)
        .and_then(|d| sentence.get(d.len..))
        .map_or(sentence, str::trim_start)
}

/// How many days either way a count in weeks may be off: "a week after
/// Reyes was sacked" is said of six days or eight as readily as of seven
/// (a day a week, up to three). A count in days is exact.
fn week_slack(duration: &str) -> i32 {
    match count_of(duration) {
        Some((n, 'W')) => n.clamp(0, 3),
        _ => 0,
    }
}

/// The days a count of `duration` that lands on `on` may mean
/// ([`week_slack`]), first and last, and how to say them.
pub fn counted_days(on: Day, duration: &str) -> (Day, Day, String) {
    let slack = week_slack(duration);
    let (first, last) = (on - slack, on + slack);
    let said = if slack == 0 {
        on.medium()
    } else {
        format!(
            "between {} and {} (a count in weeks is round)",
            first.medium(),
            last.medium()
        )
    };
    (first, last, said)
}

/// The longest description of another event that is read.
const DESCRIPTION_WORDS: usize = 12;

/// "six days after the Christchurch mosque attacks", "one year after
/// Russia invaded Ukraine": a duration, "after" or "before", and what
/// follows up to the end of the clause.
fn event_reference(
    text: &str,
    sentence: &std::ops::Range<usize>,
    timexes: &[Timex],
) -> Option<EventReference> {
    within(timexes, sentence.clone())
        .filter(|t| t.kind == TimexType::Duration)
        .find_map(|t| {
            let rest = &text[t.end..sentence.end];
            let trimmed = rest.trim_start();
            let (after, word) = if trimmed.starts_with("after ") {
                (true, "after ")
            } else if trimmed.starts_with("before ") {
                (false, "before ")
            } else {
                return None;
            };
            let start = t.end + (rest.len() - trimmed.len()) + word.len();
            let mut end = clause_end(text, start, sentence.end);
            // A dozen words at most: a description, not the rest of the story.
            if let Some((i, _)) = text[start..end]
                .match_indices(' ')
                .nth(DESCRIPTION_WORDS - 1)
            {
                end = start + i;
            }
            let description = start..end;
            let words = text[description.clone()].split_whitespace().count();
            (words >= 2).then(|| EventReference {
                duration: t.value.clone(),
                after,
                description: description.clone(),
                quote: text[t.start..description.end].to_string(),
            })
        })
}

/// "Thousands marched through Guayaquil on Wednesday ... The
/// demonstration, three days after the vote, was largely peaceful": the
/// sentence after the lede names its event again by a noun of its kind,
/// and places it by a span set off by commas ([`event_reference`]).
fn reference_told_next(text: &str, lede: &Frame, timexes: &[Timex]) -> Option<EventReference> {
    let next = next_two_sentences(text, lede)?.first()?.clone();
    let sentence = text.get(next.clone())?;
    let rest = sentence.strip_prefix("The ")?;
    let comma = rest.find(", ")?;
    let noun = rest[..comma].split_whitespace().collect::<Vec<_>>();
    let named_again = noun.len() <= 2
        && noun.last().is_some_and(|w| {
            crate::events::triggers::trigger(&fold(w), Some("in")) == Some(lede.kind)
        });
    if !named_again {
        return None;
    }
    // The span right after the noun's comma.
    let span_at = next.start + 4 + comma + 2;
    event_reference(text, &next, timexes)
        .filter(|r| text.get(span_at..).is_some_and(|t| t.starts_with(&r.quote)))
}

/// Where the clause starting at byte `start` ends (before `limit`, the end
/// of its sentence): at a comma, colon, dash, bracket or quote, or at the
/// sentence's own full stop. Any other full stop inside the sentence ends
/// an abbreviation ("U.S.", "Gen."): [`crate::sentences`] decided that.
fn clause_end(text: &str, start: usize, limit: usize) -> usize {
    let clause = &text[start..limit];
    for (i, c) in clause.char_indices() {
        match c {
            ',' | ';' | ':' | '—' | '–' | '(' | '"' | '“' | '”' => return start + i,
            '.' if start + i + 1 == limit => return start + i,
            _ => {}
        }
    }
    limit
}

/// "Perth recorded its hottest day", "Auckland was hit by floods": a
/// place that opens the lede as its subject is where it happened, when
/// the sentence says nowhere else and it is no side of the event.
fn subject_place(text: &str, frame: &Frame, mentions: &[Mention]) -> Option<usize> {
    let opening = text[frame.sentence.clone()].trim_start();
    let start = frame.sentence.end - opening.len();
    let at = mentions
        .iter()
        .position(|m| m.start == start && m.kind == EntityKind::Place)?;
    // Its verb follows it straight away, in the sentence: "US actor Ossie
    // Davis", "Wales coach Mike Ruddock" and "UK house prices" name no
    // place of an event.
    let after = text
        .get(mentions[at].end..frame.sentence.end)
        .unwrap_or("")
        .trim_start();
    let verb = word_at(after, 0);
    // In a game, a signing or a player's story, a country or a city that
    // acts is a team ("England will protest", "Newcastle have signed").
    let team_story = matches!(
        frame.kind,
        EventKind::Match | EventKind::Deal | EventKind::Ruling | EventKind::Appointment
    ) || frame
        .participants
        .iter()
        .any(|&p| mentions[p].kind == EntityKind::Person);
    (!team_story
        && mentions[at].end < frame.trigger.start
        // A lone place taken as the subject for want of anyone else is
        // where, as the event drops it as a side.
        && (!frame.participants.contains(&at) || frame.participants == [at])
        && verb.starts_with(|c: char| c.is_lowercase())
        && (crate::timex::tense::is_finite_verb(verb)
            || matches!(verb, "will" | "could" | "may" | "might")))
    .then_some(at)
}

/// Whether a place only ranks what follows it: "Europe's second-largest
/// port", "Kenya's biggest shantytown".
fn ranks_a_site(text: &str, m: &Mention) -> bool {
    let after = &text[m.end..];
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let word = rest.split(' ').next().unwrap_or("");
    word.ends_with("est")
        || word.ends_with("-largest")
        || word.ends_with("-biggest")
        || matches!(word, "second" | "third" | "top" | "leading" | "main")
}

/// The city a wire story was filed from ("PARIS (AP) — ..."): where the
/// lede's event happened when the text names no other place for it.
fn filing_place(text: &str, mentions: &[Mention]) -> Option<usize> {
    let dateline = crate::article::dateline::wire(text)?;
    mentions
        .iter()
        .position(|m| m.end <= dateline.len && m.kind == EntityKind::Place)
}

/// Whether two mentions name the same thing (by folded surface or surname).
fn same_entity(a: &Mention, b: &Mention) -> bool {
    let (fa, fb) = (fold(&a.surface), fold(&b.surface));
    fa == fb || fa.ends_with(&format!(" {fb}")) || fb.ends_with(&format!(" {fa}"))
}

pub fn meeting_like(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Meeting | EventKind::Talks | EventKind::Visit
    )
}

#[cfg(test)]
mod tests {
    use super::SAME_DAY;

    #[test]
    fn every_same_day_phrase_says_day() {
        // drafts() looks for the phrases only in sentences that say " day".
        assert!(SAME_DAY.iter().all(|p| p.contains(" day")));
    }
}
