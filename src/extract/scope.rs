//! Which event a date in a sentence belongs to, when it is not the
//! sentence's own event.
//!
//! A sentence often carries dates of other things than its event: what a
//! speaker says will happen ("said the board meets next on December 10"),
//! the plan a postponement undoes ("the launch, scheduled for Thursday, has
//! been postponed"), or the event a duration counts from ("resigned three
//! days after a fire on June 1"). The predicates here say so from word
//! order alone; [`super::drafts`] leaves such dates out of the event's own
//! date, or counts from them.
//!
//! ```
//! use news_timeline::extract::scope::is_planned_date;
//! let text = "The launch, scheduled for Thursday, has been postponed.";
//! let at = text.find("Thursday").unwrap();
//! assert!(is_planned_date(text, &(0..text.len()), at));
//! let text = "The launch is scheduled for Thursday.";
//! let at = text.find("Thursday").unwrap();
//! assert!(!is_planned_date(text, &(0..text.len()), at));
//! ```

use crate::entities::titles::SPEECH_VERBS;
use crate::events::{EventKind, Frame};
use crate::fold::fold;
use crate::timex::Timex;
use std::ops::Range;

/// Words that undo or move a plan. A sentence without one tells the plan
/// itself, whose date is its event's ("The summit, scheduled for Thursday,
/// will bring together ...").
const UNDOING: [&str; 13] = [
    "postponed",
    "postpones",
    "postpone",
    "delayed",
    "delays",
    "cancelled",
    "canceled",
    "cancels",
    "scrapped",
    "suspended",
    "rescheduled",
    "moved",
    "pushed",
];

/// Words that make the date after "for", "to" or "until" a plan's:
/// "scheduled for Thursday", "postponed to April 2", "delayed until next
/// week", "set for May 22".
const PLANNING: [&str; 14] = [
    "scheduled",
    "set",
    "due",
    "planned",
    "slated",
    "postponed",
    "delayed",
    "moved",
    "back",
    "rescheduled",
    "deferred",
    "originally",
    "put",
    "brought",
];

/// Whether the date starting at byte `at` of `sentence` (a range of
/// `text`) is the day a plan was or is now set for, in a sentence that
/// moves or cancels that plan: "the vote, set for May 22, was delayed",
/// "was postponed to April 2", "which had been scheduled for Thursday".
/// The postponing itself was reported, so it happened no later than the
/// report, on a day the sentence does not give.
pub fn is_planned_date(text: &str, sentence: &Range<usize>, at: usize) -> bool {
    let Some(whole) = text.get(sentence.clone()) else {
        return false;
    };
    let lower = whole.to_ascii_lowercase();
    let undoes = folded_words(whole).any(|w| UNDOING.contains(&w.as_str()))
        || lower.contains("called off")
        || lower.contains("put off");
    if !undoes {
        return false;
    }
    let Some(head) = text.get(sentence.start..at) else {
        return false;
    };
    let words: Vec<String> = folded_words(head).collect();
    let n = words.len();
    // "for Thursday", "to April 2", "until next week", "for the 22nd".
    let preposition = (1..=2).rev().find(|&k| {
        n >= k
            && matches!(
                words[n - k].as_str(),
                "for" | "to" | "until" | "till" | "on"
            )
    });
    let Some(k) = preposition else {
        return false;
    };
    // "postponed on Tuesday" dates the postponing; only a planning word
    // other than the moving verb itself makes "on" a plan's ("due on
    // Thursday", "originally set on").
    let on = words[n - k] == "on";
    words[n.saturating_sub(k + 3)..n - k].iter().any(|w| {
        PLANNING.contains(&w.as_str())
            && (!on || matches!(w.as_str(), "due" | "originally" | "scheduled" | "set"))
    })
}

/// Whether `t` lies in what a statement reports rather than in the saying:
/// "said the government would take office on Jan. 2", "told analysts that
/// prices introduced in July had stuck", "Revenue rose in the three months
/// to September 30, the chief executive said". The saying's own date
/// stands next to its verb ("said on Tuesday", "told reporters on
/// Tuesday") or heads the sentence ("On Tuesday, the minister said ...").
pub fn in_reported_clause(text: &str, t: &Timex, frame: &Frame) -> bool {
    if !matches!(frame.kind, EventKind::Statement | EventKind::Announcement) {
        return false;
    }
    // A statement whose trigger is in the report itself ("told parliament
    // on Wednesday that a ban would ...") is not split by its saying.
    let verb = text
        .get(frame.trigger.clone())
        .map(fold)
        .unwrap_or_default();
    if !SPEECH_VERBS.contains(&verb.as_str()) && !MORE_SAYING.contains(&verb.as_str()) {
        return false;
    }
    if t.start >= frame.trigger.end {
        let Some(between) = text.get(frame.trigger.end..t.start) else {
            return false;
        };
        if between.contains(['"', '“', '”', ':', ';']) {
            return true;
        }
        // "said the suspect fled on Sunday": a verb of the report's own,
        // after its subject ("announced a cut in the tax" has a noun).
        let words: Vec<String> = folded_words(between).collect();
        words.iter().any(|w| REPORTED.contains(&w.as_str()))
            || words.windows(2).any(|pair| {
                !matches!(
                    pair[0].as_str(),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "of"
                        | "in"
                        | "for"
                        | "to"
                        | "on"
                        | "at"
                        | "by"
                        | "with"
                        | "and"
                ) && crate::timex::tense::is_finite_verb(&pair[1])
            })
    } else {
        let Some(between) = text.get(t.end..frame.trigger.start) else {
            return false;
        };
        // "..., the chief executive said": a comma or a closing quote
        // between the date and a verb of saying that comes last.
        between.contains([',', '"', '”']) && !fronted(text, t, &frame.sentence)
    }
}

/// Verbs of saying whose object is what was said, beyond the
/// recogniser's [`SPEECH_VERBS`]: other tenses and verbs of reporting.
const MORE_SAYING: [&str; 8] = [
    "say",
    "tells",
    "announces",
    "confirmed",
    "confirms",
    "reported",
    "predicted",
    "wrote",
];

/// Words that open or carry a reported clause: a complementiser, a modal
/// or a finite verb of being or having.
const REPORTED: [&str; 18] = [
    "that", "would", "will", "could", "should", "might", "may", "can", "must", "was", "were", "is",
    "are", "had", "has", "have", "be", "been",
];

/// Whether `t` opens its sentence, with at most prepositions before it:
/// "On Saturday, ...", "Late on Tuesday ...". A fronted date governs
/// every verb after it.
pub fn fronted(text: &str, t: &Timex, sentence: &Range<usize>) -> bool {
    // "LONDON (Reuters) - On Tuesday, ...": the story starts after the
    // wire dateline.
    let start = text
        .get(sentence.clone())
        .and_then(crate::article::dateline::wire)
        .map_or(sentence.start, |d| sentence.start + d.len);
    text.get(start..t.start).is_some_and(|before| {
        before.split_whitespace().all(|w| {
            matches!(
                fold(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str(),
                "on" | "in"
                    | "at"
                    | "by"
                    | "early"
                    | "late"
                    | "earlier"
                    | "later"
                    | "since"
                    | "until"
                    | "from"
                    | "during"
            )
        })
    })
}

/// A frame's day counted from a date in its own sentence
/// ([`counted_from_a_date`]).
#[derive(Debug, Clone, Copy)]
pub struct Count<'t> {
    /// Where the words that count are: "three days after", "the eve of".
    pub phrase: (usize, usize),
    /// How many days: 1 for "the eve of", "the day after"; 0 for a
    /// count in months.
    pub days: i32,
    /// How many months ("six months after", "a year after"); 0 for a
    /// count in days.
    pub months: i32,
    /// The date counted from.
    pub anchor: &'t Timex,
    /// 1 after the anchor, -1 before it.
    pub sign: i32,
}

/// "resigned three days after a factory fire on June 1", "found the hiker
/// alive three days after she vanished on Tuesday": the duration after
/// the frame's verb (and up to six words of its object or place: "was
/// attacked at a rally in Blantyre a day before the vote on May 4"), the
/// word
/// "after" or "before", and the date of what it counts from, a few words
/// on in the same clause. The count may head the sentence, its clause
/// closed by a comma before the verb ("Two days after the election of 14
/// May, the prime minister conceded"), and one day may be told in words
/// ("resigned on the eve of the summit on 14 May", "the day after").
pub fn counted_from_a_date<'t>(
    text: &str,
    timexes: &[&'t Timex],
    frame: &Frame,
) -> Option<Count<'t>> {
    // The date a few words on from byte `from`, in the same clause.
    let anchor_after = |from: usize| -> Option<&'t Timex> {
        let anchor = timexes.iter().copied().find(|t| t.start >= from)?;
        let date = matches!(
            anchor.kind,
            crate::timex::TimexType::Date | crate::timex::TimexType::Time
        );
        let gap = text.get(from..anchor.start)?;
        (date && !gap.contains([',', ';', '(', '—', '–']) && gap.split_whitespace().count() <= 8)
            .then_some(anchor)
    };
    let sign_of = |rest: &str| {
        if starts_with_word(rest, "after") {
            Some(1)
        } else if starts_with_word(rest, "before") {
            Some(-1)
        } else {
            None
        }
    };
    let counted = timexes.iter().find_map(|&duration| {
        if duration.kind != crate::timex::TimexType::Duration {
            return None;
        }
        let (days, months) = match crate::extract::drafts::duration_days(&duration.value) {
            Some(days) => (days, 0),
            None => (0, crate::extract::drafts::duration_months(&duration.value)?),
        };
        let fronted = duration.end <= frame.trigger.start
            && story_head(text, &frame.sentence).is_some_and(|(at, _)| at == duration.start);
        // "ruled out for eight weeks after an operation": a length, not
        // a count from the operation.
        // (A duration before the verb has no such text: `get` is None.)
        let between = text.get(frame.trigger.end..duration.start);
        let after_the_verb = between.is_some_and(|between| {
            between.split_whitespace().count() <= 6
                && !between
                    .split_whitespace()
                    .any(|w| matches!(fold(w).as_str(), "for" | "to" | "of"))
        });
        if !fronted && !after_the_verb {
            return None;
        }
        let rest = text.get(duration.end..)?.trim_start();
        let sign = sign_of(rest)?;
        let anchor = anchor_after(duration.end)?;
        // A fronted count closes its clause before the verb.
        if fronted
            && !text
                .get(anchor.end..frame.trigger.start)
                .is_some_and(|gap| gap.contains(','))
        {
            return None;
        }
        let word_end = text.len() - rest.len() + if sign > 0 { 5 } else { 6 };
        Some(Count {
            phrase: (duration.start, word_end),
            days,
            months,
            anchor,
            sign,
        })
    });
    counted.or_else(|| one_day_in_words(text, frame, anchor_after))
}

/// "resigned on the eve of the summit on 14 May", "left the day after the
/// vote on 14 May": one day told in words after the frame's verb, or
/// heading the sentence before a comma ("The day after the election on 7
/// May, three leaders resigned").
fn one_day_in_words<'t>(
    text: &str,
    frame: &Frame,
    anchor_after: impl Fn(usize) -> Option<&'t Timex>,
) -> Option<Count<'t>> {
    fronted_day_in_words(text, frame, &anchor_after)
        .or_else(|| one_day_after_the_verb(text, frame, &anchor_after))
}

/// Where the story of `sentence` starts, after a wire dateline and
/// spaces, and its text from there: "Two days after ..." in "NAIROBI, May
/// 3 (Reuters) - Two days after ...".
pub fn story_head<'a>(text: &'a str, sentence: &Range<usize>) -> Option<(usize, &'a str)> {
    let whole = text.get(sentence.clone())?;
    let story = crate::article::dateline::wire(whole).map_or(0, |d| d.len);
    let head = whole.get(story..)?.trim_start();
    Some((sentence.start + (whole.len() - head.len()), head))
}

/// One day told in words, and its sign. Heading a sentence, "On the eve
/// of" may open it too.
const ONE_DAY: [(&str, i32); 3] = [
    ("the eve of ", -1),
    ("the day before ", -1),
    ("the day after ", 1),
];

/// [`one_day_in_words`] heading the sentence.
fn fronted_day_in_words<'t>(
    text: &str,
    frame: &Frame,
    anchor_after: &impl Fn(usize) -> Option<&'t Timex>,
) -> Option<Count<'t>> {
    let (start, head) = story_head(text, &frame.sentence)?;
    let lower = head.to_ascii_lowercase();
    let on = if lower.starts_with("on the eve of ") {
        3
    } else {
        0
    };
    let (phrase, sign) = ONE_DAY
        .into_iter()
        .find(|(phrase, _)| lower[on..].starts_with(phrase))?;
    let from = start + on + phrase.len();
    let anchor = anchor_after(from).or_else(|| in_a_relative_clause(text, from, anchor_after))?;
    let closed = text
        .get(anchor.end..frame.trigger.start)
        .is_some_and(|gap| gap.contains(','));
    closed.then_some(Count {
        phrase: (start, start + on + phrase.trim_end().len()),
        days: 1,
        months: 0,
        anchor,
        sign,
    })
}

/// "the eve of the summit, which opened in Geneva on June 12, 2024": the
/// date in a relative clause on the noun that starts at byte `from` (at
/// most five words long).
fn in_a_relative_clause<'t>(
    text: &str,
    from: usize,
    anchor_after: &impl Fn(usize) -> Option<&'t Timex>,
) -> Option<&'t Timex> {
    let rest = text.get(from..)?;
    let which = [", which ", ", that "]
        .iter()
        .filter_map(|w| Some(rest.find(w)? + w.len()))
        .min()?;
    (rest[..which].split_whitespace().count() <= 5).then_some(())?;
    anchor_after(from + which)
}

/// [`one_day_in_words`] after the frame's verb.
fn one_day_after_the_verb<'t>(
    text: &str,
    frame: &Frame,
    anchor_after: &impl Fn(usize) -> Option<&'t Timex>,
) -> Option<Count<'t>> {
    let after_verb = text.get(frame.trigger.end..frame.sentence.end)?;
    let lower = after_verb.to_ascii_lowercase();
    let (at, phrase, rest, sign) = ONE_DAY.into_iter().find_map(|(phrase, sign)| {
        let at = lower.find(phrase)?;
        let words_before = lower[..at].split_whitespace().count();
        (words_before <= 5 && !lower[..at].contains([',', ';'])).then_some((
            at,
            phrase,
            at + phrase.len(),
            sign,
        ))
    })?;
    let start = frame.trigger.end + at;
    let from = frame.trigger.end + rest;
    let anchor = anchor_after(from).or_else(|| in_a_relative_clause(text, from, anchor_after))?;
    let end = start + phrase.trim_end().len();
    Some(Count {
        phrase: (start, end),
        days: 1,
        months: 0,
        anchor,
        sign,
    })
}

/// Nouns of events that a frame's event may follow or answer: "arrested
/// over an attack on Sunday", "resigned after a report published on
/// Thursday", "died after torrential rain that began on Thursday".
const EVENT_NOUNS: [&str; 43] = [
    "attack",
    "attacks",
    "raid",
    "raids",
    "bombing",
    "bombings",
    "shooting",
    "shootings",
    "killing",
    "killings",
    "murder",
    "fire",
    "crash",
    "collapse",
    "explosion",
    "blast",
    "robbery",
    "theft",
    "assault",
    "riot",
    "riots",
    "protest",
    "protests",
    "report",
    "leak",
    "vote",
    "election",
    "ruling",
    "verdict",
    "decision",
    "incident",
    "accident",
    "rain",
    "rains",
    "storm",
    "storms",
    "flood",
    "flooding",
    "quake",
    "earthquake",
    "strike",
    "strikes",
    "scandal",
];

/// Whether `t`, after the frame's verb, dates another event that the
/// frame's event came after or answers: "arrested three men over an
/// attack on the embassy on Sunday" (the arrest is no earlier than the
/// attack, but not on its day), "resigned after a report published on
/// Thursday". The phrase opens with "after", "following" or "over" and a
/// noun of an event, a few words before the date.
pub fn dates_an_event_before(text: &str, t: &Timex, frame: &Frame) -> bool {
    if t.start < frame.trigger.end {
        return false;
    }
    let Some(between) = text.get(frame.trigger.end..t.start) else {
        return false;
    };
    if between.contains([',', ';', '(', '—', '–']) {
        return false;
    }
    let words: Vec<String> = folded_words(between).collect();
    let Some(opener) = words
        .iter()
        .rposition(|w| matches!(w.as_str(), "after" | "following" | "over"))
    else {
        return false;
    };
    let phrase = &words[opener + 1..];
    // "after Thursday's vote" or "after Thursday" has the date right after
    // the opener, which [`super::drafts`] already reads as a bound.
    // "denounced the offensive following Hamas' attack on Israel on
    // October 7": an event of the frame's own kind with its date is the
    // one the sentence tells, whichever word the frame was found by.
    let own_kind = |i: usize| {
        crate::events::triggers::trigger(&phrase[i], phrase.get(i + 1).map(String::as_str))
            == Some(frame.kind)
    };
    (1..=8).contains(&phrase.len())
        && (0..phrase.len().min(4))
            .any(|i| EVENT_NOUNS.contains(&phrase[i].as_str()) && !own_kind(i))
}

/// Prepositions whose object a participle may describe.
const PREPOSITIONS: [&str; 12] = [
    "on", "about", "over", "against", "into", "in", "for", "with", "to", "from", "of", "at",
];

/// Words that can stand between a determiner and a participle without
/// being the noun it describes: "for the first", "the latest".
const NOT_A_NOUN: [&str; 6] = ["first", "last", "most", "least", "newly", "recently"];

/// Whether `t` stands in a relative clause without commas that describes
/// a noun other than the frame's trigger: "Police found the car that was
/// stolen on Sunday", "floods after torrential rain that began on
/// Thursday". A clause on the trigger itself ("floods that hit the city
/// on Thursday") is the event's own.
pub fn in_restrictive_relative(text: &str, t: &Timex, frame: &Frame) -> bool {
    if t.start < frame.trigger.end {
        return false;
    }
    let Some(between) = text.get(frame.trigger.end..t.start) else {
        return false;
    };
    if between.contains([';', '(', '—', '–', '"', '“']) {
        return false;
    }
    // Only the last clause before the date: in "the strike, which began on
    // 3 February, entered its third week on Monday" the relative clause
    // closes before Monday.
    let last = between.rsplit(',').next().unwrap_or(between);
    let skip = usize::from(last.len() == between.len());
    // Words as written between spaces: "four-set" is no "set".
    let words: Vec<String> = last
        .split_whitespace()
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect();
    // "broke the record set in 2007", "signed the accord reached in 2019":
    // a participle straight after a noun describes it. After the trigger's
    // own "of" phrase it is the trigger's verb: "an earthquake of
    // magnitude 6.8 struck Peru on Tuesday".
    let of_the_trigger = skip == 1 && words.first().is_some_and(|w| w == "of");
    let describes = !of_the_trigger
        && words.iter().enumerate().skip(1 + skip).any(|(i, w)| {
            matches!(
                w.as_str(),
                "set"
                    | "held"
                    | "established"
                    | "made"
                    | "built"
                    | "reached"
                    | "struck"
                    | "passed"
                    | "imposed"
                    | "published"
                    | "founded"
                    | "signed"
                    | "agreed"
            ) && !matches!(
                words[i - 1].as_str(),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "and"
                    | "but"
                    | "who"
                    | "that"
                    | "which"
                    | "not"
            )
        });
    // "ruled on a case brought in 2015", "spoke about the law passed in
    // 2010": any participle after a noun that a preposition governs
    // describes the noun. (After a verb's object it may be a verb of its
    // own: "said the talks ended in 2015".)
    let after_a_governed_noun = words.iter().enumerate().skip(3 + skip).any(|(i, w)| {
        let governed = |det: usize| {
            crate::events::DETERMINERS.contains(&words[det].as_str())
                && det > skip
                && PREPOSITIONS.contains(&words[det - 1].as_str())
        };
        // "according to a study released on Wednesday": the study is
        // the news.
        crate::sentences::is_past_participle(w)
            && !words[..i].iter().any(|w| w == "according")
            && (governed(i - 2) || (i >= 4 + skip && governed(i - 3)))
            && !NOT_A_NOUN.contains(&words[i - 1].as_str())
    });
    // The relative word, not straight after the trigger, and a verb after
    // it: "that began", "which was", "who fled".
    describes
        || after_a_governed_noun
        || words.iter().enumerate().skip(skip).any(|(i, w)| {
            matches!(w.as_str(), "that" | "which" | "who")
                && words.get(i + 1).is_some_and(|next| {
                    next.ends_with("ed")
                        || matches!(
                            next.as_str(),
                            "was"
                                | "were"
                                | "began"
                                | "had"
                                | "took"
                                | "broke"
                                | "hit"
                                | "struck"
                                | "came"
                                | "went"
                                | "fell"
                                | "left"
                                | "won"
                        )
                })
        })
}

/// Whether `t` is a day someone declares or sets aside, not when they did
/// it: "declared Thursday a day of mourning", "announced a public holiday
/// on Thursday to mourn the victims".
pub fn names_a_day(text: &str, t: &Timex) -> bool {
    let words: Vec<String> = folded_words(text.get(..t.start).unwrap_or(""))
        .rev()
        .take(2)
        .collect();
    // "declared Thursday a day of mourning", not "a state of emergency
    // was declared Thursday" (when it was declared).
    let object = text
        .get(t.end..)
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|w| matches!(fold(w).as_str(), "a" | "an" | "as" | "the"));
    match words.as_slice() {
        [verb, ..]
            if object
                && matches!(
                    verb.as_str(),
                    "declared" | "declares" | "declare" | "proclaimed" | "designated"
                ) =>
        {
            true
        }
        [on, noun, ..] => {
            on == "on" && matches!(noun.as_str(), "holiday" | "holidays" | "mourning")
        }
        _ => false,
    }
}

/// The words of `text` between non-alphanumeric characters, folded.
fn folded_words(text: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
        && !text[word.len()..].starts_with(|c: char| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(text: &str, date: &str) -> bool {
        is_planned_date(text, &(0..text.len()), text.find(date).unwrap())
    }

    #[test]
    fn a_plan_moved_or_cancelled_keeps_its_dates_apart() {
        assert!(planned(
            "The launch, scheduled for Thursday, has been postponed.",
            "Thursday"
        ));
        assert!(planned(
            "The launch was postponed to April 2 because of a valve problem.",
            "April 2"
        ));
        assert!(planned(
            "The union vote on the pay deal, set for May 22, was delayed.",
            "May 22"
        ));
        assert!(planned(
            "The match, which was due on Saturday, was called off.",
            "Saturday"
        ));
    }

    #[test]
    fn the_day_of_the_postponing_and_a_plan_kept_are_not_plans_undone() {
        assert!(!planned(
            "Officials postponed the launch on Tuesday.",
            "Tuesday"
        ));
        assert!(!planned(
            "The summit, scheduled for Thursday, will bring together 20 leaders.",
            "Thursday"
        ));
        assert!(!planned(
            "The firm moved its offices to Leeds in 2019.",
            "2019"
        ));
    }
}
