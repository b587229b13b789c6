//! The same event across articles: clustering drafts.
//!
//! Two reports describe one event when they share the people who took part
//! (two of them, or one and the place; organisations count when the kinds
//! are the same), their kinds agree, their places do not differ (a city and
//! its country do not), and their dates are compatible (intervals overlap,
//! weekdays agree); reports that name one actor, or nobody, must tell it
//! in the same words on the same day (or the same weekday, where one gives
//! no week), and a meeting told as a repeat ("met again") is not the one
//! before it. An undated report that none of this joins may still join
//! the dated event whose report its whole article retells
//! ([`super::twins`]; see [`twin_joins`]), and a dated one the report of
//! its day that another outlet words its own way
//! ([`same_day_twin_joins`]). Dates then flow through the cluster: its
//! constraint is the intersection of its members', so a dated report
//! dates its undated twin, and the same people meeting again on another
//! day stay apart.
//!
//! ```
//! use news_timeline::extract::cluster::{cluster, Member};
//! use news_timeline::dating::Constraint;
//! use news_timeline::events::EventKind;
//! let m = |article, people: &[u32]| Member {
//!     article, kind: EventKind::Meeting, people: people.to_vec(), others: vec![],
//!     place: Some(9), region: None, constraint: Constraint::none(), story: vec![],
//!     repeat: false, stage: None, score: None, hazard: None, main: true, twins: vec![],
//! };
//! let clusters = cluster(&[m(0, &[1, 2]), m(1, &[1, 2]), m(2, &[3, 4])]);
//! assert_eq!(clusters.len(), 2);
//! assert_eq!(clusters[0].members, [0, 1]);
//! ```

use super::drafts::meeting_like;
use super::story::{
    close_story, long_story, mentions_story, retold_disaster, same_story, shares_a_few_words,
    shares_two_words, CourtStage,
};
use crate::civil::{Day, Weekday};
use crate::dating::Constraint;
use crate::events::EventKind;
use crate::fasthash::FastMap;

/// What clustering needs to know of a draft, with entities made global.
#[derive(Debug, Clone)]
pub struct Member {
    pub article: u32,
    pub kind: EventKind,
    /// Global entity ids of the people taking part.
    pub people: Vec<u32>,
    /// Global ids of other participants (organisations).
    pub others: Vec<u32>,
    pub place: Option<u32>,
    /// Global id of the country `place` lies in, where the corpus names
    /// it: a report "in Lisbon" and one "in Portugal" may tell one event.
    pub region: Option<u32>,
    pub constraint: Constraint,
    /// What the report is about: its sentence's content words
    /// ([`super::story`]).
    pub story: Vec<u32>,
    /// Whether it tells of a meeting that repeats an earlier one
    /// ([`super::story::tells_a_repeat`]).
    pub repeat: bool,
    /// For a court's ruling, which step of the trial it is
    /// ([`super::story::court_stage`]).
    pub stage: Option<CourtStage>,
    /// For a match, its score, higher first ([`super::story::score`]).
    pub score: Option<(u32, u32)>,
    /// For a disaster, what struck ([`super::story::hazard`]).
    pub hazard: Option<&'static str>,
    /// Whether it is its article's main event.
    pub main: bool,
    /// For the main event of an article with no date, the articles most
    /// alike in their whole text, most alike first ([`super::twins`]).
    pub twins: Vec<(u32, f32)>,
}

/// One event: its members (indices into the input) and what they agree on.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub members: Vec<usize>,
    pub kind: EventKind,
    pub people: Vec<u32>,
    pub others: Vec<u32>,
    pub place: Option<u32>,
    /// The country `place` lies in ([`Member::region`]).
    pub region: Option<u32>,
    pub constraint: Constraint,
    pub articles: Vec<u32>,
    /// The story terms of the report that founded it.
    pub story: Vec<u32>,
    /// Whether the report that founded it tells of a repeat meeting.
    pub repeat: bool,
    /// The trial step of the report that founded it.
    pub stage: Option<CourtStage>,
    /// The score the report that founded it gives.
    pub score: Option<(u32, u32)>,
    /// The hazard the report that founded it tells of.
    pub hazard: Option<&'static str>,
}

/// Whether two reports' kinds can name one event: the same kind, a
/// meeting and talks, or a deal and an agreement ("reached a deal with port
/// employers", "reached a wage agreement").
fn kinds_agree(a: EventKind, b: EventKind) -> bool {
    let settled = |k| matches!(k, EventKind::Deal | EventKind::Agreement);
    a == b || (meeting_like(a) && meeting_like(b)) || (settled(a) && settled(b))
}

/// Whether the event and the report name the same place, or a city and
/// the country it lies in (the more exact report says where in the
/// country); `None` when either names none.
fn places_match(c: &Cluster, m: &Member) -> Option<bool> {
    let (a, b) = (c.place?, m.place?);
    Some(a == b || c.region == Some(b) || m.region == Some(a))
}

fn shared(a: &[u32], b: &[u32]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// Whether `m` reports the event `c`.
fn joins(c: &Cluster, m: &Member) -> bool {
    if c.articles.contains(&m.article) {
        return false;
    }
    let people = shared(&c.people, &m.people);
    // "Judge Burroughs sentenced Keefe" and "Judge Burroughs sentenced
    // Ricci" on one day: one person in common, and another in each that
    // the other does not name, are two events of that person's day. (Only
    // against the one report that founded the event: a grown event's
    // people are every report's, and a twin naming one of them and a
    // prosecutor is still a twin.)
    if people == 1 && c.members.len() == 1 && c.people.len() >= 2 && m.people.len() >= 2 {
        return false;
    }
    let same_place = places_match(c, m) == Some(true);
    let exact_same_day = {
        let (a, b) = (c.constraint.tight(), m.constraint.tight());
        a.0.is_some() && a.0 == a.1 && a == b
    };
    // The same weekday, or the same day of the year ("agreed on March 13"
    // with no year, and a report dated 13 March 2025): a tie between
    // reports whose dates are not one exact day.
    let same_named_day = matches!(
        (day_of_week(&c.constraint), day_of_week(&m.constraint)),
        (Some(a), Some(b)) if a == b
    ) || matches!(
        (day_of_year(&c.constraint), day_of_year(&m.constraint)),
        (Some(a), Some(b)) if a == b
    );
    let anyone = people + shared(&c.others, &m.others);
    // "Nordbank is cutting 900 jobs, it said on Wednesday", with no week,
    // and a report of the cuts dated to a Wednesday: the undated report
    // tells the news of the day it was made, which is that weekday.
    let reported_that_day = |dated: &Constraint, undated: &Constraint| {
        undated.tight() == (None, None)
            && undated.weekday.is_none()
            && matches!((exact_day(dated), undated.reported_on), (Some(d), Some(w)) if d.weekday() == w)
    };
    let same_report_day = reported_that_day(&c.constraint, &m.constraint)
        || reported_that_day(&m.constraint, &c.constraint);
    // One person's or body's announcement and statement of one decision,
    // reported by two outlets ("announced a ban on …", "will ban …, she
    // said"): the same actor, the same day (or the same weekday where one
    // report gives no week) and the same words.
    // Where one report gives no week, the kinds must agree too (or one be
    // too vague to say): a weekday is a weaker tie than a day.
    let vague = |k| {
        matches!(
            k,
            EventKind::Statement | EventKind::Other | EventKind::Change
        )
    };
    let kinds_close = kinds_agree(c.kind, m.kind) || vague(c.kind) || vague(m.kind);
    // (On one exact day a long lede's third will do: [`long_story`]
    // holds whenever [`same_story`] does.)
    let one_story = anyone >= 1
        && (exact_same_day && long_story(&c.story, &m.story)
            || same_named_day && kinds_close && same_story(&c.story, &m.story)
            // (A report's day, like one exact day, will do with a long
            // lede's third.)
            || same_report_day && kinds_close && long_story(&c.story, &m.story));
    // Reports that name nobody ("delegates from 100 countries agreed a
    // treaty"): the same kind of event in the same place on the same day,
    // or the same named weekday when one report gives no week, told in the
    // same words.
    // "Storm Amy battered Scotland overnight" (the night before a Friday
    // report) and "brought winds to parts of Scotland ... on Friday": one
    // day, and a span of two that holds it, told in the same words. (Two
    // nights' spans that share a day are two nights.)
    let close_days = {
        let within = |day: (Option<Day>, Option<Day>), span: (Option<Day>, Option<Day>)| {
            matches!((day, span), ((Some(d0), Some(d1)), (Some(s0), Some(s1)))
                if d0 == d1 && s1.0 - s0.0 == 1 && s0 <= d0 && d0 <= s1)
        };
        let (a, b) = (c.constraint.tight(), m.constraint.tight());
        within(a, b) || within(b, a)
    };
    // "A Jeju Air plane crashed at Muan International Airport on Sunday":
    // where one report names no place, one exact day and the same story
    // will do.
    let place_agrees = same_place
        || exact_same_day
            && (c.place.is_none() || m.place.is_none())
            && close_story(&c.story, &m.story);
    // "Thousands fled as a wildfire forced the evacuation of six villages
    // near Covilha on Monday night" and "Evacuation orders issued late on
    // Monday covered six villages around Covilha": one of no listed kind
    // ("covered"), in the same place on the same day, in the same words.
    let kinds_one = c.kind == m.kind
        || exact_same_day
            && same_place
            && (c.kind == EventKind::Other || m.kind == EventKind::Other);
    let unnamed_story =
        (exact_same_day || same_named_day || close_days && same_story(&c.story, &m.story))
            && place_agrees
            && kinds_one
            && c.people.is_empty()
            && m.people.is_empty()
            && (same_story(&c.story, &m.story)
            || exact_same_day && close_story(&c.story, &m.story)
            // "Wednesday's earthquake in eastern Turkey", told in passing:
            // a disaster strikes a place once on a day, and a short
            // mention shares few words with the report of it.
            || exact_same_day
                && c.kind == EventKind::Disaster
                && (mentions_story(&c.story, &m.story) || retold_disaster(&c.story, &m.story))
            // "A fire broke out at a plastics factory in Gdansk late on
            // Friday ..." and "Firefighters needed 12 hours to bring under
            // control a blaze that erupted Friday night ... in northern
            // Poland": two long ledes of one fire, sharing only a few
            // words, but the same hazard in one place on one day.
            || exact_same_day
                && c.kind == EventKind::Disaster
                && same_place
                && c.hazard.is_some()
                && c.hazard == m.hazard
                && shares_a_few_words(&c.story, &m.story));
    let one_story = one_story || unnamed_story;
    // "Forum leaders meeting in Honiara on Thursday backed a fund" and
    // "Forum leaders agreed on Thursday in Honiara to create a fund": one
    // body in one place on one weekday, its meeting and what it agreed.
    let outcome = |a: EventKind, b: EventKind| meeting_like(a) && b == EventKind::Agreement;
    let body_met = same_place
        && same_named_day
        && shared(&c.others, &m.others) >= 1
        && (kinds_agree(c.kind, m.kind) || outcome(c.kind, m.kind) || outcome(m.kind, c.kind));
    // Outlets name one event differently ("met", "unveiled the plan"): the
    // kinds may differ when the same people were in the same place.
    if !(kinds_agree(c.kind, m.kind)
        || people >= 3
        || (people >= 2 && same_place)
        || one_story
        || body_met)
    {
        return false;
    }
    if c.place.is_some() && m.place.is_some() && !same_place {
        return false;
    }
    // Statements and the like are too common to merge on people alone:
    // only the same people in the same place, or the same story, will do.
    // Two bodies or people both reports name, on the one day both give, in
    // an event of no listed kind ("the FDA on Wednesday approved Veridia's
    // pill"): one event, however differently it is worded.
    let same_pair_that_day =
        exact_same_day && anyone >= 2 && c.kind == m.kind && c.kind != EventKind::Statement;
    if (vague(m.kind) || vague(c.kind))
        && !(people >= 2 && same_place)
        && !one_story
        && !same_pair_that_day
    {
        return false;
    }
    if !c.constraint.compatible(&m.constraint) {
        return false;
    }
    // "found guilty on Monday" and "sentenced on Monday": two steps of a
    // trial, which courts often take on different days.
    if matches!((c.stage, m.stage), (Some(a), Some(b)) if a != b) {
        return false;
    }
    // A fire and a flood in one place on one day are two disasters.
    if matches!((c.hazard, m.hazard), (Some(a), Some(b)) if a != b) {
        return false;
    }
    // "beat Lisbon United 3-0" and "beat City Rovers 2-0": two matches.
    if matches!((c.score, m.score), (Some(a), Some(b)) if a != b) {
        return false;
    }
    // "Met in London on Monday but failed to agree" and, undated, "met again
    // and agreed a deal": the same people's first meeting and the next. Only
    // one day that both reports give makes them one.
    if meeting_like(c.kind) && meeting_like(m.kind) && c.repeat != m.repeat && !exact_same_day {
        return false;
    }
    // The same two leaders meet and call often: "Duarte and Okafor spoke
    // by telephone ... and agreed that their ministers would meet", with
    // no day and no place, is not their dated meeting in Geneva. A
    // meeting that gives neither does not join one that says where on its
    // people alone: that would give it a place its text does not.
    let bare =
        |x: &Constraint, place: Option<u32>| x.is_empty() && x.weekday.is_none() && place.is_none();
    if meeting_like(c.kind)
        && meeting_like(m.kind)
        && (bare(&m.constraint, m.place) && c.place.is_some()
            || bare(&c.constraint, c.place) && m.place.is_some())
        && !one_story
    {
        return false;
    }
    // What happens to a person once in a long while (resigned, appointed,
    // freed, arrested, died): the same person and kind on compatible dates
    // is the same event, wherever each report places it. Elections and
    // votes are talked about far more often than held (in BBC's politics,
    // matching on person and kind alone merged a campaign's worth of
    // speeches into one event), so there both reports must name the same
    // weekday or day of the year; so too for a court's rulings.
    let once = match c.kind {
        EventKind::Resignation
        | EventKind::Appointment
        | EventKind::Release
        | EventKind::Arrest
        | EventKind::Death => true,
        EventKind::Election => same_named_day,
        // A court rules on one person's case many times (bail, verdict,
        // sentence, appeal), each step on its own day: the same step on
        // the same named day. But a person is sentenced (or convicted, or
        // acquitted) once in a case: that step needs no day in common.
        EventKind::Ruling => {
            same_named_day
                || matches!(
                    (c.stage, m.stage),
                    (Some(a), Some(b)) if a == b
                        && matches!(a, CourtStage::Sentence | CourtStage::Conviction | CourtStage::Acquittal)
                )
        }
        _ => false,
    } && c.kind == m.kind
        && people >= 1
        // Every person one report names is in the other: "Ruto appointed
        // Kindiki" and "Ruto appointed Mudavadi" are two appointments.
        && (people == m.people.len() || people == c.people.len());
    // Teams, unions and companies take part as organisations: "City beat
    // Inter in Istanbul on Saturday", told by two outlets, is one match;
    // "Lynch and the RMT agreed a deal", one agreement. (Places that differ
    // were refused above.)
    people >= 2
        || once
        || (people >= 1 && same_place)
        // "agreed to buy" and "accepted a takeover bid", both reported by
        // one day: a deal and an agreement, or a meeting and talks, of
        // the same two sides. Undated, a long takeover saga's steps are
        // too many to join on the kind's kin.
        || (anyone >= 2
            && (c.kind == m.kind
                || kinds_agree(c.kind, m.kind)
                    && !c.constraint.is_empty()
                    && !m.constraint.is_empty()))
        // One body on one day, in one kind of event: a club's match, a
        // company's results. Not what a body does many of in a day, which
        // needs a person or the story too: "Greater Manchester Police
        // arrested a man on Sunday after a stabbing" and "... arrested two
        // women on Sunday over shoplifting" are two arrests.
        || (exact_same_day
            && anyone >= 1
            && c.kind == m.kind
            && (anyone >= 2 || people >= 1 || !routine(c.kind) || close_story(&c.story, &m.story)))
        || one_story
        || body_met
}

/// How much more alike an undated article must be to the report of one
/// event than to any other event's for it to be that event's twin: the
/// reports of one story's steps (an arrest and the conviction, a death
/// and the funeral) are alike too, and which one a retelling is must be
/// clear.
const TWIN_MARGIN: f32 = 1.5;

/// Least likeness of whole articles for an undated report to be a dated
/// one's twin ([`super::twins::likeness`]).
const TWIN_FLOOR: f32 = 0.18;

/// [`TWIN_FLOOR`] for two reports dated to one day whose ledes
/// corroborate their likeness ([`same_day_twin_joins`]): the day and the
/// ledes confirm what the whole articles suggest, and two outlets'
/// accounts of one trial (one naming the company, the other its founder,
/// each quoting its own people) score from 0.15 in a folder of two.
const SAME_DAY_TWIN_FLOOR: f32 = 0.12;

/// The event a main event `m` is the twin of, if any: the event whose
/// report's whole article is most alike to `m`'s, by a clear margin over
/// any other event's, and that [`twin_joins`] accepts (`m` undated) or
/// [`same_day_twin_joins`] does (`m` dated to one day).
fn twin_of(clusters: &[Cluster], main_of: &FastMap<u32, usize>, m: &Member) -> Option<usize> {
    let undated = m.constraint.tight() == (None, None);
    if !m.main || m.twins.is_empty() || !undated && exact_day(&m.constraint).is_none() {
        return None;
    }
    // Each event's likeness: its most alike report's.
    let mut best: Vec<(usize, f32)> = Vec::new();
    for &(article, score) in &m.twins {
        let Some(&c) = main_of.get(&article) else {
            continue;
        };
        match best.iter_mut().find(|(x, _)| *x == c) {
            Some(entry) => entry.1 = entry.1.max(score),
            None => best.push((c, score)),
        }
    }
    best.sort_by(|a, b| b.1.total_cmp(&a.1));
    let &(c, score) = best.first()?;
    let runner_up = best.get(1).map_or(0.0, |b| b.1);
    let (floor, joins) = if undated {
        (TWIN_FLOOR, twin_joins(&clusters[c], m))
    } else {
        (SAME_DAY_TWIN_FLOOR, same_day_twin_joins(&clusters[c], m))
    };
    (score >= floor && score >= runner_up * TWIN_MARGIN && joins).then_some(c)
}

/// Whether a report `m` dated to one day, whose article retells the
/// report that founded `c` (another outlet's, published within a day of
/// it), is that event.
///
/// Two outlets word one event their own ways: "A former chief executive
/// of Zelkor was found guilty on Tuesday" names no one the ruling's
/// other report names ("A British jury on Tuesday convicted Daniel
/// Whitcombe"), and "Rail strike strands commuters" is of no kind the
/// strike's other report is. Their whole articles tell it alike.
///
/// - Both give the same one day.
/// - Every person one names is in the other, or one names no person:
///   "Judge Burroughs sentenced Keefe" and "... sentenced Ricci" are two
///   events, however alike the rest (a body one names and a person the
///   other does are not at odds: the lender and its founder).
/// - Their ledes corroborate the likeness of their articles: by a person
///   both name, a body both name (not one that makes many such events a
///   day: a police force's arrests), or two words in common. Articles of
///   one folder can be alike for what they share besides the event (an
///   outlet's headline, its boilerplate).
/// - The kinds can name one event, or one is a verb no list knows.
/// - Nothing else in them differs: place, repeat, stage, score, hazard.
pub fn same_day_twin_joins(c: &Cluster, m: &Member) -> bool {
    let day = exact_day(&c.constraint);
    let people = shared(&c.people, &m.people);
    let bodies = shared(&c.others, &m.others);
    let body_ties = bodies >= 1 && !routine(c.kind) && !routine(m.kind);
    day.is_some()
        && day == exact_day(&m.constraint)
        && !c.articles.contains(&m.article)
        && (c.people.is_empty()
            || m.people.is_empty()
            || people == c.people.len()
            || people == m.people.len())
        && (people >= 1 || body_ties || shares_two_words(&c.story, &m.story))
        && (kinds_agree(c.kind, m.kind) || c.kind == EventKind::Other || m.kind == EventKind::Other)
        && places_match(c, m) != Some(false)
        && !another_step(c, m)
        && !matches!((c.hazard, m.hazard), (Some(a), Some(b)) if a != b)
}

/// Whether `m` tells another step of the story `c` tells: a repeat of a
/// meeting, another step of a trial, another score.
fn another_step(c: &Cluster, m: &Member) -> bool {
    (meeting_like(c.kind) && meeting_like(m.kind) && c.repeat != m.repeat)
        || matches!((c.stage, m.stage), (Some(a), Some(b)) if a != b)
        || matches!((c.score, m.score), (Some(a), Some(b)) if a != b)
}

/// Whether an undated report `m`, whose article retells the story of the
/// report that founded `c`, can be that event.
///
/// - `c` is dated to one day and `m` names its weekday (or day of the
///   month). Likeness alone dates nothing: articles on one theme (a band's
///   tenth year without its guitarist, and its week running a radio
///   station) are alike, and a day given on that evidence alone would be
///   made up; the weekday the text gives is the corroboration. A disaster
///   in the same place is corroboration enough: a place has few.
/// - `m` names no one: who did what is for [`joins`] to judge (one bank's
///   results are not another's, nor its last quarter's, however alike).
/// - The kinds can name one event, or `m`'s lede has a verb no list knows
///   ("packed the streets of Lyon"). An arrest after a crash is not the
///   crash; what someone said of an event is often said days later
///   ("unions vowed more marches"), so a statement is no twin.
/// - The places do not differ, and a meeting that says nowhere is not
///   one in a named city.
/// - Nothing in `m` contradicts `c`'s date, repeat, stage or score.
pub fn twin_joins(c: &Cluster, m: &Member) -> bool {
    let (from, to) = c.constraint.tight();
    let places = places_match(c, m);
    // A disaster strikes a place once in a long while: two reports of one
    // in the same place (or a city and its country) need no weekday.
    let one_disaster = c.kind == EventKind::Disaster
        && m.kind == EventKind::Disaster
        && places == Some(true)
        && c.hazard.is_some()
        && c.hazard == m.hazard;
    from.is_some()
        && from == to
        && (m.constraint.weekday.is_some() || m.constraint.month_day.is_some() || one_disaster)
        && m.people.is_empty()
        && m.others.is_empty()
        && !c.articles.contains(&m.article)
        && (kinds_agree(c.kind, m.kind) || m.kind == EventKind::Other)
        && places != Some(false)
        && !(meeting_like(m.kind) && m.place.is_none() && c.place.is_some())
        && c.constraint.compatible(&m.constraint)
        && !another_step(c, m)
}

/// Kinds of event one body produces many of in a day (a police force's
/// arrests, a court's rulings), so that the body and the day do not
/// make two reports one event. (An armed group's attack on a day is
/// most often one: "Hamas' attack on Oct. 7".)
fn routine(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Arrest | EventKind::Ruling | EventKind::Release
    )
}

/// The weekday a constraint names, or that its one day falls on.
fn day_of_week(constraint: &Constraint) -> Option<Weekday> {
    constraint.weekday.or(match constraint.tight() {
        (Some(a), Some(b)) if a == b => Some(a.weekday()),
        _ => None,
    })
}

/// The day of the year a constraint names, or that its one day is.
fn day_of_year(constraint: &Constraint) -> Option<crate::civil::MonthDay> {
    constraint.month_day.or(match constraint.tight() {
        (Some(a), Some(b)) if a == b => Some(crate::civil::MonthDay::of(a)),
        _ => None,
    })
}

/// Months a constraint can fall in, when it is bounded and no wider than
/// a year; `None` for open or wide ones.
fn months(constraint: &Constraint) -> Option<std::ops::RangeInclusive<i32>> {
    match constraint.tight() {
        (Some(a), Some(b)) if b.0 - a.0 <= 366 => Some(a.month_index()..=b.month_index()),
        _ => None,
    }
}

/// Where to look for the clusters a member might join: by entity, and for
/// clusters with a bounded date also by month, so that a dated report is
/// compared only with events that can be on its days.
#[derive(Default)]
struct Candidates {
    /// Clusters with an open or wide date, per entity.
    wide: FastMap<u32, Vec<usize>>,
    /// Clusters with a bounded date, per entity and month.
    dated: FastMap<(u32, i32), Vec<usize>>,
    /// Every cluster per entity, for members with an open date.
    all: FastMap<u32, Vec<usize>>,
    /// Clusters that name no one, per exact day and kind: "A blaze gutted
    /// a warehouse in Salford on Sunday" has no entity to be found by, and
    /// its twin may name no place either. (Such reports join only their
    /// own kind; keying by it keeps a busy day's list short.)
    nameless: FastMap<(i32, EventKind), Vec<usize>>,
}

/// The one day of a constraint, if it pins one.
fn exact_day(constraint: &Constraint) -> Option<Day> {
    match constraint.tight() {
        (Some(a), Some(b)) if a == b => Some(a),
        _ => None,
    }
}

/// How many of an entity's clusters an undated member is compared with:
/// the most recent ones. An undated report can only join on people and
/// place, and beyond this many events of one person the match would be a
/// guess anyway.
const UNDATED_REACH: usize = 256;

impl Candidates {
    fn add(&mut self, cluster: usize, entities: &[u32], constraint: &Constraint) {
        self.add_in(cluster, entities, months(constraint));
    }

    /// [`Candidates::add`] with the months of the cluster's constraint.
    fn add_in(
        &mut self,
        cluster: usize,
        entities: &[u32],
        months: Option<std::ops::RangeInclusive<i32>>,
    ) {
        for &e in entities {
            self.all.entry(e).or_default().push(cluster);
            match &months {
                Some(range) => {
                    for m in range.clone() {
                        self.dated.entry((e, m)).or_default().push(cluster);
                    }
                }
                None => self.wide.entry(e).or_default().push(cluster),
            }
        }
    }

    /// Files a cluster that names no one under its exact day, once.
    fn add_nameless(&mut self, cluster: &Cluster, c: usize) {
        if !(cluster.people.is_empty() && cluster.others.is_empty()) {
            return;
        }
        if let Some(day) = exact_day(&cluster.constraint) {
            let list = self.nameless.entry((day.0, cluster.kind)).or_default();
            if !list.contains(&c) {
                list.push(c);
            }
        }
    }

    fn for_member(&self, m: &Member, out: &mut Vec<usize>) {
        out.clear();
        if m.people.is_empty() && m.others.is_empty() {
            if let Some(day) = exact_day(&m.constraint) {
                out.extend(self.nameless.get(&(day.0, m.kind)).into_iter().flatten());
            }
        }
        for e in keys(m) {
            match months(&m.constraint) {
                Some(range) => {
                    for month in range {
                        out.extend(self.dated.get(&(e, month)).into_iter().flatten());
                    }
                    out.extend(self.wide.get(&e).into_iter().flatten());
                }
                None => {
                    let all = self.all.get(&e).map_or(&[][..], Vec::as_slice);
                    out.extend(&all[all.len().saturating_sub(UNDATED_REACH)..]);
                }
            }
        }
        crate::order::sort_indices(out);
    }
}

/// The entities a member is looked up and filed under: those taking part,
/// or where it happened when it names nobody.
fn keys(m: &Member) -> Vec<u32> {
    if m.people.is_empty() && m.others.is_empty() {
        m.place.into_iter().collect()
    } else {
        m.people.iter().chain(&m.others).copied().collect()
    }
}

/// Groups members into events. Members that know their date best go first,
/// so that clusters form around firm dates.
pub fn cluster(members: &[Member]) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&i| {
        let (a, b) = members[i].constraint.tight();
        let width = match (a, b) {
            (Some(a), Some(b)) => b.0 - a.0,
            _ => i32::MAX,
        };
        (width, a.is_none() && b.is_none(), i)
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Candidates::default();
    let mut candidates: Vec<usize> = Vec::new();
    // The cluster holding each article's main event, for undated twins.
    let mut main_of: FastMap<u32, usize> = FastMap::default();
    for i in order {
        let m = &members[i];
        index.for_member(m, &mut candidates);
        // An undated "held talks on Wednesday" that fits two meetings a
        // week apart is neither: which one it joined would depend on the
        // order of the files.
        let joinable: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&c| joins(&clusters[c], m))
            .collect();
        let ambiguous = joinable.iter().enumerate().any(|(k, &a)| {
            joinable[k + 1..].iter().any(|&b| {
                clusters[a]
                    .constraint
                    .and(&clusters[b].constraint)
                    .is_none()
            })
        });
        let joined = joinable
            .first()
            .copied()
            .filter(|_| !ambiguous)
            .or_else(|| {
                joinable
                    .is_empty()
                    .then(|| twin_of(&clusters, &main_of, m))
                    .flatten()
            });
        if m.main {
            main_of
                .entry(m.article)
                .or_insert(joined.unwrap_or(clusters.len()));
        }
        match joined {
            Some(c) => {
                let cluster = &mut clusters[c];
                cluster.members.push(i);
                let before = months(&cluster.constraint);
                cluster.constraint = cluster
                    .constraint
                    .and(&m.constraint)
                    .unwrap_or_else(|| cluster.constraint.clone());
                cluster.articles.push(m.article);
                let mut new_entities: Vec<u32> = Vec::new();
                for p in &m.people {
                    if !cluster.people.contains(p) {
                        cluster.people.push(*p);
                        new_entities.push(*p);
                    }
                }
                for p in &m.others {
                    if !cluster.others.contains(p) {
                        cluster.others.push(*p);
                        new_entities.push(*p);
                    }
                }
                // The city over its country: "in Lisbon" says more.
                if cluster.place.is_none() || cluster.place == m.region {
                    cluster.place = m.place;
                    cluster.region = m.region;
                }
                // Index the cluster anew where it can now be found: under
                // its new people, and by month once its date is bounded.
                let after = months(&cluster.constraint);
                let narrowed = before.is_none() && after.is_some();
                let entities: Vec<u32> = if narrowed {
                    cluster
                        .people
                        .iter()
                        .chain(&cluster.others)
                        .copied()
                        .collect()
                } else {
                    new_entities
                };
                index.add_in(c, &entities, after);
                index.add_nameless(&clusters[c], c);
            }
            None => {
                clusters.push(Cluster {
                    members: vec![i],
                    kind: m.kind,
                    people: m.people.clone(),
                    others: m.others.clone(),
                    place: m.place,
                    region: m.region,
                    constraint: m.constraint.clone(),
                    articles: vec![m.article],
                    story: m.story.clone(),
                    repeat: m.repeat,
                    stage: m.stage,
                    score: m.score,
                    hazard: m.hazard,
                });
                let c = clusters.len() - 1;
                index.add(c, &keys(m), &m.constraint);
                index.add_nameless(&clusters[c], c);
            }
        }
    }
    for c in &mut clusters {
        c.members.sort_unstable();
    }
    clusters.sort_by_key(|c| c.members[0]);
    clusters
}
