//! The rule table: one regular expression and one value function per
//! family of expressions.
//!
//! Rules propose candidates independently; [`super::tag`] then keeps the
//! longest non-overlapping ones. A value function may refuse a match (return
//! `None`) after looking at the surrounding words, which is where most
//! precision comes from ("may be", "$1998", "2,000 troops").

use super::clock;
use super::context::{
    byte_at, byte_before, dot_ends_sentence, follows, names_a_street, next_capitalised,
    next_is_a_code, next_word, prev_word, text_before, MONTH_PREPS,
};
use super::dayofmonth;
use super::dayparts;
use super::gate::{self, Gates, Needs};
use super::halfquarters;
use super::holidays;
use super::idioms;
use super::lastunit;
use super::lexicon::{
    self, Qty, Unit, DAY_ORDINALS, MONTHS_ABBR, MONTHS_FULL, NUM_WORDS, WEEKDAYS,
};
use super::narrative::{self, Anchored};
use super::quartercodes;
use super::quarterend;
use super::resolve::{self, Dir};
use super::shortyears;
use super::stretches;
use super::tense::{self, Tense};
use super::yearend;
use super::yearranges;
use super::TimexType;
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// What a rule found: span, type, value and modifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
    /// For "the quarter", "a year earlier" in earnings talk: the value is
    /// the last quarter the text named, this many years back (see
    /// [`super::tag`]); `value` is the fallback when none was named.
    pub quarter_ref: Option<i32>,
    /// For "that year", "the following month": counted from the time the
    /// story last named (see [`super::narrative`]); `value` is the fallback.
    pub anchored: Option<Anchored>,
}

/// The text being tagged and its anchor.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub dct: Option<NaiveDate>,
}

type Handler = fn(&Captures, &Ctx) -> Option<Hit>;

struct Rule {
    re: Regex,
    f: Handler,
}

struct Rules {
    list: Vec<Rule>,
    /// What each rule needs in the text to match at all ([`gate`]).
    gates: Gates,
}

/// A rule that can match in any text.
const ALWAYS: &[Needs] = &[];

/// Runs every rule over `text` and returns all candidates with the index of
/// the rule that produced them (lower = preferred on equal length).
pub fn candidates(ctx: &Ctx) -> Vec<(usize, Hit)> {
    let rules = rules();
    let present = rules.gates.present(ctx.text);
    run(ctx, |i| rules.gates.may_match(i, &present))
}

/// [`candidates`] with every rule run, gate or not: what the gates must
/// never change.
#[cfg(test)]
pub(super) fn candidates_ungated(ctx: &Ctx) -> Vec<(usize, Hit)> {
    run(ctx, |_| true)
}

fn run(ctx: &Ctx, may_match: impl Fn(usize) -> bool) -> Vec<(usize, Hit)> {
    let mut out = Vec::new();
    for (i, rule) in rules().list.iter().enumerate() {
        if !may_match(i) {
            continue;
        }
        for c in rule.re.captures_iter(ctx.text) {
            if let Some(h) = (rule.f)(&c, ctx) {
                if h.start < h.end && h.end <= ctx.text.len() {
                    out.push((i, h));
                }
            }
        }
    }
    out
}

fn build(p: &str) -> Regex {
    // ASCII word boundaries keep the lazy DFA usable on non-ASCII text.
    let p = p.replace(r"\b", r"(?-u:\b)");
    Regex::new(&p).unwrap_or_else(|e| panic!("bad timex pattern {p}: {e}"))
}

const MODP: &str = r"(?P<pm>(?i:early|earlier|late|later|mid|middle)(?:-|\s+)|(?i:(?:the\s+)?(?:beginning|start|middle|end|close|turn)\s+of\s+))?";
const APPROX: &str = r"(?P<q>(?i:about|around|some|nearly|almost|roughly|approximately|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|only|just|up\s+to|within|barely|a\s+little\s+more\s+than|well\s+over|upwards\s+of)\s+)?";
const UNITS: &str = r"(?i:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)";
/// A part of a day named from the DCT: "7:30 last night", "10 a.m. this
/// morning" put the clock time on that day, and its half of it.
const DAY_PART: &str = r"(?i:tonight|last\s+night|this\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night))";
/// Time zones written after a clock time: North American, European,
/// Australian, and the Asian and African ones wire copy uses.
const TZ: &str = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|GMT|UTC|BST|IST|CET|CEST|EET|EEST|MSK|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|JST|KST|HKT|SGT|SAST|WAT|EAT|ET|PT)";
const YEARW: &str = r"(?i:nineteen[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred))";

fn num_pat() -> String {
    format!(r"(?:[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?(?:\s+1/2)?|(?i:{NUM_WORDS}))")
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let month = format!(r"(?:{MONTHS_FULL}|(?:{MONTHS_ABBR})\.?)");
        let num = num_pat();
        // Each rule: its pattern, its value function, and the words without
        // which it cannot match (see [`gate`]).
        let table: Vec<(String, Handler, &[Needs])> = vec![
            (
                format!(
                    r"\b(?:(?i:the)\s+)?(?P<m1>{MONTHS_FULL})[-\x{{2013}}/](?P<m2>{MONTHS_FULL})\s+(?:(?P<y>[0-9]{{4}})\s+)?(?i:quarter|period)\b"
                ),
                month_span_quarter,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b(?i:the)\s+(?P<pod>(?i:morning|afternoon|evening|night))\s+(?i:of)\s+(?:(?P<wd>{WEEKDAYS}),?\s+)?(?P<m>{month})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?:,?(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?P<y>[0-9]{{4}})\b)?"
                ),
                part_of_date,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b(?:(?P<wd>{WEEKDAYS}),?\s+)?{MODP}(?P<m>{month})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?:,?(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?P<y>[0-9]{{4}})\b)?"
                ),
                month_day_year,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b(?:(?P<wd>{WEEKDAYS}),?\s+)?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})(?:,?(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?P<y>[0-9]{{4}})\b)?"
                ),
                month_day_year,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b{MODP}(?P<m>{MONTHS_FULL}|(?:{MONTHS_ABBR})\.)(?:\s+of)?,?\s+(?P<y>[0-9]{{4}}|{YEARW})\b"
                ),
                month_year,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b{MODP}(?P<m>{MONTHS_FULL}|(?:{MONTHS_ABBR})\.)(?:\s+(?P<d>[0-9]{{1,2}})\b)?(?:\s+of)?,?\s+(?P<ry>(?i:this|next|last))\s+(?i:year)\b"
                ),
                month_rel_year,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b{MODP}(?:(?P<rel>(?i:last|this|next|past|coming|this\s+past|this\s+coming))\s+)?(?P<m>{MONTHS_FULL})\b"
                ),
                month_alone,
                &[gate::MONTHS],
            ),
            (
                // "the 1990's", with the apostrophe the New York Times and
                // much older wire copy write, is the same decade.
                format!(r"\b(?:(?i:the)\s+)?{MODP}(?:(?P<y>1[0-9]{{2}}|20[0-9])0|'(?P<yy>[0-9])0)'?s\b"),
                decade,
                &[Needs::Exact(&["0s", "0's"])],
            ),
            (
                format!(
                    r"\b(?i:the)\s+{MODP}(?:(?i:nineteen[- ])?(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))|(?P<yy>[2-9])0s)\b"
                ),
                decade,
                // "0s" in any case is more than the rule needs, which is safe.
                &[Needs::AnyCase(&["ties", "0s"])],
            ),
            (
                r"\b(?P<y>[0-9]{4})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])\b|\b(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12][0-9]|0?[1-9])/(?P<y2>[0-9]{4}|[0-9]{2})\b|\b(?P<d3>3[01]|2[0-9]|1[3-9])/(?P<m3>1[0-2]|0?[1-9])/(?P<y3>[0-9]{4}|[0-9]{2})\b"
                    .to_string(),
                numeric_date,
                ALWAYS,
            ),
            (
                format!(
                    r"\b{MODP}(?P<fy>(?i:fiscal)(?:\s+(?i:year))?\s+)?(?P<y>1[0-9]{{3}}|20[0-9]{{2}})\b"
                ),
                year,
                ALWAYS,
            ),
            (yearranges::PATTERN.to_string(), yearranges::second_year, ALWAYS),
            (halfquarters::PATTERN.to_string(), halfquarters::two_quarters, &[Needs::AnyCase(&["quarters"])]),
            (quartercodes::PATTERN.to_string(), quartercodes::code, &[Needs::Exact(&["Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY"])]),
            (yearend::PATTERN.to_string(), yearend::year_end, &[Needs::AnyCase(&["end", "midyear", "mid-year"])]),
            (
                dayofmonth::PATTERN.to_string(),
                dayofmonth::day_of_month,
                &[Needs::AnyCase(&["st", "nd", "rd", "th"])],
            ),
            (
                format!(r"\b(?P<the>(?i:the\s+year)\s+)?(?P<y>{YEARW}|(?i:two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?))\b"),
                year_words,
                &[Needs::AnyCase(&["nineteen", "thousand"])],
            ),
            (
                format!(r"\b(?:(?i:the)\s+)?{MODP}(?P<o>[0-9]{{1,2}})(?:st|nd|rd|th)\s+(?i:century)\b"),
                century,
                &[Needs::AnyCase(&["century"])],
            ),
            (
                format!(
                    r"\b(?:(?:(?P<wd>{WEEKDAYS}),?\s+)?(?P<m>{MONTHS_FULL})\s+(?:(?i:the)\s+)?(?P<o>{DAY_ORDINALS})|(?i:the)\s+(?P<o2>{DAY_ORDINALS})\s+(?i:of)\s+(?P<m2>{MONTHS_FULL}))\b(?:,?(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?P<y>[0-9]{{4}})\b)?"
                ),
                spoken_day,
                &[gate::MONTHS],
            ),
            (
                format!(
                    r"\b{MODP}(?P<rel>(?i:last|this\s+past|this\s+coming|this|next|past|coming|previous|prior|current|the\s+(?:current|past|previous|prior|preceding|coming|last|next)))\s+(?:(?i:fiscal|calendar)\s+)?(?P<u>(?i:week|month|year|quarter|decade|century|weekend))\b"
                ),
                relative_unit,
                ALWAYS,
            ),
            (narrative::PATTERN.to_string(), narrative::that_unit, ALWAYS),
            (dayparts::PATTERN.to_string(), dayparts::that_part, &[Needs::AnyCase(&["morning", "afternoon", "evening", "night"])]),
            (dayparts::IN_THE_PATTERN.to_string(), dayparts::in_the_part, &[Needs::AnyCase(&["morning", "afternoon", "evening", "night"])]),
            (dayparts::PART_THEN_DAY_PATTERN.to_string(), dayparts::part_then_day, &[Needs::AnyCase(&["morning", "afternoon", "evening"])]),
            (dayparts::DAY_OF_WEEK_PATTERN.to_string(), dayparts::day_of_week, &[gate::WEEKDAYS]),
            (shortyears::PATTERN.to_string(), shortyears::short_year, &[shortyears::NEEDS]),
            (stretches::PATTERN.to_string(), stretches::stretch, ALWAYS),
            (r"\b(?i:the|over\s+the)\s+(?i:weekend)\b".to_string(), the_weekend, &[Needs::AnyCase(&["weekend"])]),
            (
                format!(r"\b(?i:the\s+week\s+of)\s+(?P<m>{month})\s+(?P<d>[0-9]{{1,2}})\b"),
                week_of,
                &[Needs::AnyCase(&["week"]), gate::MONTHS],
            ),
            (
                r"\b(?:(?P<pm>(?i:(?:the\s+)?(?:beginning|start|middle|end|close)\s+of))|(?P<pm2>(?i:earlier|later|early|late))\s+(?i:in|this))\s+(?i:the\s+)?(?P<u>(?i:year|month|week|day|decade|century))\b".to_string(),
                part_of_unit,
                ALWAYS,
            ),
            (
                r"\b(?i:the)\s+(?:(?i:fiscal|full|calendar|entire|whole)\s+)?(?P<u>(?i:year))\b"
                    .to_string(),
                the_year,
                ALWAYS,
            ),
            (r"\b(?i:year-earlier|year-ago|prior-year)\b".to_string(), year_ago_adj, ALWAYS),
            (
                format!(
                    r"\b(?:{APPROX}(?P<n>{num}|(?i:an?|several|a\s+few|few|many|some|a\s+couple\s+of))(?P<half2>\s+(?i:and\s+a\s+half))?\s+)?(?P<u>{UNITS})\s+(?P<dir>(?i:ago|earlier|later|from\s+now|from\s+today|hence))\b"
                ),
                ago,
                &[Needs::AnyCase(&["ago", "earlier", "later", "now", "today", "hence"])],
            ),
            (
                format!(
                    r"\b{APPROX}(?P<pre>(?i:the\s+(?:past|last|next|first|final|coming|previous|following|remaining|other|latest|initial|same)|the|past|last|next|first|another|its|their)\s+)?(?P<n>{num}|(?i:an?|several|a\s+few|few|many|a\s+couple\s+of|couple\s+of|half\s+an?))(?P<half2>\s+(?i:and\s+a\s+half))?\s+(?:(?i:more|full|straight|consecutive|long|additional|extra|whole|entire|short|trading|business|working)\s+)?(?P<u>{UNITS})(?P<half>\s+(?i:and\s+a\s+half))?\b"
                ),
                duration,
                ALWAYS,
            ),
            (lastunit::PATTERN.to_string(), lastunit::last_unit, &[Needs::AnyCase(&["past", "last", "next", "coming"]), Needs::AnyCase(&["hour", "day"])]),
            (idioms::QUARTER_CENTURY.to_string(), idioms::quarter_century, &[Needs::AnyCase(&["century"])]),
            (idioms::FORTNIGHT.to_string(), idioms::fortnight, &[Needs::AnyCase(&["fortnight"])]),
            (idioms::UNIT_AHEAD.to_string(), idioms::unit_ahead, &[Needs::AnyCase(&["ahead"])]),
            (
                format!(
                    r"\b{APPROX}(?P<n>{num})\s*(?i:to|-|or)\s*(?P<n2>{num})\s+(?P<u>{UNITS})\b"
                ),
                duration_range,
                ALWAYS,
            ),
            (
                format!(
                    r"\b(?P<n>[0-9]+(?:\.[0-9]+)?|(?i:{NUM_WORDS}|a|one|half))-(?P<u>(?i:second|minute|hour|day|week|month|quarter|year|decade|century))(?P<long>-long)?\b(?P<old>-old)?"
                ),
                duration_adj,
                &[Needs::AnyCase(&["-second", "-minute", "-hour", "-day", "-week", "-month", "-quarter", "-year", "-decade", "-century"])],
            ),
            (
                // "weeklong", "yearlong": AP style closes up these compounds.
                r"\b(?:(?P<u>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries|year|month|week|day|hour|decade|century))-long|(?P<u2>(?i:day|week|month|year))long)\b"
                    .to_string(),
                duration_long,
                &[Needs::AnyCase(&["long"])],
            ),
            (
                r"\b(?P<pre>(?i:for|in|over|within|after|during|took|take|takes|lasted|last|spent|spend|spending)\s+)(?P<u>(?i:years|months|weeks|days|decades|hours|minutes|centuries))\b"
                    .to_string(),
                bare_plural,
                ALWAYS,
            ),
            (
                r"\b(?P<w>(?i:now|currently|current|nowadays|these\s+days|at\s+present|recently|lately|the\s+past|the\s+(?:near\s+)?future|the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|(?:recent|past)\s+(?:years|months|weeks|days|times)|(?:the\s+)?(?:coming|upcoming|future)\s+(?:years|months|weeks|days|decades|quarters)|the\s+(?:years|months|weeks|days)\s+ahead|(?:just\s+|only\s+|a\s+few\s+)?moments\s+ago|a\s+while))\b"
                    .to_string(),
                reference,
                ALWAYS,
            ),
            (
                format!(
                    r"\b(?P<pre>(?i:this|last|next|on|early|late|this\s+past|this\s+coming|until|by|since|from)\s+)?(?P<wd>{WEEKDAYS})(?P<poss>'s)?(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\b"
                ),
                weekday,
                &[gate::WEEKDAYS],
            ),
            (
                r"\b(?P<pm>(?i:early|late)\s+)?(?P<w>(?i:(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))\b"
                    .to_string(),
                relative_day,
                &[Needs::AnyCase(&["yesterday", "today", "tomorrow", "night", "morning", "afternoon", "evening"])],
            ),
            (
                format!(
                    r"\b(?:(?P<h>[0-9]{{1,2}})(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>[aApP]\.?[mM]\b\.?)|(?P<h2>[0-9]{{1,2}})(?::(?P<mi2>[0-5][0-9]))?\s+(?:(?i:o'clock)\s+)?(?i:in\s+the)\s+(?P<ipod>(?i:morning|afternoon|evening|night))|(?P<named>(?i:noon|midnight|midday)\b)|(?P<h24>[0-2]?[0-9])[:.](?P<mi24>[0-5][0-9])\s*(?:(?P<tz0>{TZ})|(?i:local\s+time))\b|(?P<hw>[01][0-9]|2[0-3])(?P<mw>[0-5][0-9])\s+(?:{TZ}|(?i:local\s+time))\b|(?P<hb>[0-9]{{1,2}}):(?P<mib>[0-5][0-9])\s+(?P<rdb>{DAY_PART})|(?P<hc>0[0-9]|1[3-9]|2[0-3]):(?P<mic>[0-5][0-9])\b)(?:\s+(?P<tz>{TZ})\b)?(?:,?\s+(?:(?i:on)\s+)?(?P<wd>{WEEKDAYS})|\s+(?P<rd>{DAY_PART}|(?i:yesterday|today|tomorrow))|,?\s+(?:(?i:on)\s+)?(?P<m>{month})\s+(?P<d>[0-9]{{1,2}})\b)?"
                ),
                time,
                ALWAYS,
            ),
            (clock::PATTERN.to_string(), clock::spoken_time, &[Needs::AnyCase(&["clock", "morning", "afternoon", "evening", "night"])]),
            (
                format!(
                    r"\b{MODP}(?:(?P<rel>(?i:last|this|next|past|coming|this\s+past))\s+|(?P<the>(?i:the))\s+)?(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>[0-9]{{4}}|{YEARW})|\s+(?:(?i:of)\s+)?(?P<ry>(?i:last|next|this))\s+(?i:year))?\b"
                ),
                season,
                &[Needs::AnyCase(&["spring", "summer", "fall", "autumn", "winter"])],
            ),
            (
                r"\b(?P<pre>(?:(?i:the|its|a|this\s+year's|last\s+year's|next\s+year's)|(?:(?i:fiscal)\s+)?(?P<yp>[0-9]{4})'s)\s+)?(?P<rel>(?i:(?:latest|current|previous|prior|past|last|latter|next|this|same|comparable|corresponding|year-ago|year-earlier|prior-year|flat|strong|weak|recent|just-ended|just\s+ended)\s+)*)(?:(?P<fy>(?i:fiscal))[-\s]+)?(?:(?P<y1>[0-9]{4})\s+)?(?:(?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[-\s]+)?(?:(?i:fiscal)[-\s]+)?(?P<q>(?i:quarter|half|period))\b(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y2>[0-9]{4})\b|\s+(?:(?i:of)\s+)?(?P<ry>(?i:next|last|this))\s+(?i:year)\b|\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)))\b)?"
                    .to_string(),
                quarter,
                &[Needs::AnyCase(&["quarter", "half", "period"])],
            ),
            (
                format!(
                    r"\b(?:(?P<every>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<n>{num}|(?i:few|several))\s+)?(?:(?P<u>{UNITS}|(?i:morning|evening|night|afternoon|weekend))|(?P<wd>{WEEKDAYS})|(?P<mo>{MONTHS_FULL})|(?P<se>(?i:spring|summer|autumn|fall|winter)))|(?P<adv>annually|yearly|weekly|daily|monthly|hourly|nightly|biweekly|semiannually)|(?P<freq>(?i:once|twice|(?:{num})\s+times))\s+(?i:an?|per|every|each)\s+(?P<fu>(?i:day|week|month|year|hour|decade))|(?i:per)\s+(?P<pu>(?i:day|week|month|year|hour|annum)))\b"
                ),
                set,
                ALWAYS,
            ),
            (
                r"\b(?P<pre>(?i:on|at|during|over|most|all))\s+(?P<we>(?i:weekends))\b".to_string(),
                weekends,
                &[Needs::AnyCase(&["weekends"])],
            ),
            (
                format!(
                    r"\b(?P<wd>{WEEKDAYS})(?:s\b|\s+(?P<pod>(?i:mornings|afternoons|evenings|nights))\b)"
                ),
                weekday_plural,
                ALWAYS,
            ),
            (
                format!(r"\b(?P<h>{})(?:,?\s+(?P<y>[0-9]{{4}}))?\b", holidays::NAMES),
                holiday,
                ALWAYS,
            ),
        ];
        Rules {
            gates: Gates::new(&table.iter().map(|t| t.2).collect::<Vec<_>>()),
            list: table
                .into_iter()
                .map(|(p, f, _)| Rule { re: build(&p), f })
                .collect(),
        }
    })
}

// ---------------------------------------------------------------------------
// Shared helpers

pub(super) fn g<'t>(c: &Captures<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

pub(super) fn whole(
    c: &Captures,
    kind: TimexType,
    value: String,
    modifier: Option<&'static str>,
) -> Hit {
    let m = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
    Hit {
        start: m.0,
        end: m.1,
        kind,
        value,
        modifier,
        quarter_ref: None,
        anchored: None,
    }
}

/// TIMEX3 modifier from a prefix like "early", "mid-", "the end of".
pub(super) fn modifier_of(pm: Option<&str>) -> Option<&'static str> {
    let l = pm?.to_ascii_lowercase();
    if l.contains("early")
        || l.contains("earlier")
        || l.contains("beginning")
        || l.contains("start")
    {
        Some("START")
    } else if l.contains("mid") {
        Some("MID")
    } else if l.contains("late") || l.contains("end") || l.contains("close") {
        Some("END")
    } else {
        None
    }
}

pub(super) fn approx_mod(q: Option<&str>) -> Option<&'static str> {
    let l = q?.trim().to_ascii_lowercase();
    Some(match l.as_str() {
        "more than" | "over" | "well over" | "upwards of" | "a little more than" => "MORE_THAN",
        "less than" | "fewer than" | "under" | "barely" => "LESS_THAN",
        "at least" => "EQUAL_OR_MORE",
        "at most" | "up to" | "within" => "EQUAL_OR_LESS",
        "only" | "just" => return None,
        _ => "APPROX",
    })
}

/// Whether the words right before byte `start` of `text` are one of
/// `phrases` (lower case, whole words).
fn preceded_by(text: &str, start: usize, phrases: &[&str]) -> bool {
    let before = text
        .get(..start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    phrases.iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
    })
}

fn tense_dir(ctx: &Ctx, start: usize, end: usize) -> Dir {
    match tense::around(ctx.text, start, end) {
        Tense::Future => Dir::Future,
        Tense::Present => Dir::Same,
        Tense::Past | Tense::Unknown => Dir::Past,
    }
}

/// Numbers glued to other digits, currency or decimals are not dates.
fn numeric_context(ctx: &Ctx, start: usize, end: usize) -> bool {
    if let Some(b) = byte_before(ctx.text, start) {
        if b.is_ascii_alphanumeric() || matches!(b, b'$' | b'#' | b'/' | b'.' | b',' | b'-' | b'+')
        {
            return true;
        }
        if ctx.text[..start].ends_with('£') || ctx.text[..start].ends_with('€') {
            return true;
        }
    }
    match (byte_at(ctx.text, end), byte_at(ctx.text, end + 1)) {
        (Some(b'%'), _) => true,
        (Some(b'.' | b',' | b':' | b'/'), Some(d)) if d.is_ascii_digit() => true,
        (Some(b'-'), Some(d)) if d.is_ascii_digit() => false,
        (Some(c), _) if c.is_ascii_alphanumeric() => true,
        _ => false,
    }
}

/// Nouns that make a preceding four-digit number a count, not a year.
pub(super) const COUNT_NOUNS: &[&str] = &[
    "people",
    "troops",
    "soldiers",
    "killed",
    "dead",
    "deaths",
    "jobs",
    "workers",
    "employees",
    "shares",
    "miles",
    "feet",
    "foot",
    "meters",
    "metres",
    "km",
    "kilometers",
    "kilometres",
    "points",
    "units",
    "cars",
    "members",
    "students",
    "residents",
    "votes",
    "tons",
    "tonnes",
    "barrels",
    "dollars",
    "euros",
    "pounds",
    "acres",
    "cases",
    "homes",
    "houses",
    "times",
    "percent",
    "per",
    "others",
    "children",
    "men",
    "women",
    "refugees",
    "prisoners",
    "police",
    "officers",
    "delegates",
    "protesters",
    "passengers",
    "flights",
    "patients",
    "hectares",
    "yards",
    "years",
    "months",
    "days",
    "hours",
    "minutes",
    "calories",
    "words",
    "pages",
    "copies",
    "vehicles",
    "tanks",
    "rounds",
    "runs",
    "yen",
    "million",
    "billion",
    "gmt",
    "hrs",
    "companies",
    "firms",
    "stores",
    "seats",
    "rooms",
    "beds",
    "cattle",
    "sheep",
    "birds",
    "guns",
    "civilians",
    "fighters",
    "militants",
    "rebels",
    "americans",
    "iraqis",
    "israelis",
];

pub(super) const NOT_YEAR_BEFORE: &[&str] = &[
    "no",
    "number",
    "flight",
    "route",
    "room",
    "page",
    "pages",
    "model",
    "version",
    "highway",
    "interstate",
    "channel",
    "chapter",
    "section",
    "article",
    "resolution",
    "rule",
    "bill",
    "hr",
    "code",
    "score",
    "scored",
    "than",
    "least",
    "top",
    "dow",
    "index",
    "killed",
    "killing",
    "kill",
    "hired",
    "fired",
    "roughly",
    "approximately",
    "estimated",
    "nearly",
    "some",
];

fn valid_year(y: i32) -> bool {
    (1000..=2099).contains(&y)
}

// ---------------------------------------------------------------------------
// Dates

/// The value of month `m`, day `d`: with the year the match gives (group
/// `y`), or the one the tense and a named weekday (group `wd`) point to.
fn month_day_value(
    c: &Captures,
    ctx: &Ctx,
    m: u32,
    d: u32,
    span: std::ops::Range<usize>,
) -> Option<String> {
    Some(match g(c, "y") {
        Some(y) => {
            let y: i32 = y.parse().ok()?;
            NaiveDate::from_ymd_opt(y, m, d)?;
            format!("{}-{m:02}-{d:02}", resolve::year(y))
        }
        None => {
            let dir = tense_dir(ctx, span.start, span.end);
            let wd = g(c, "wd").and_then(lexicon::weekday);
            let value = resolve::month_day(ctx.dct, m, d, dir, wd)?;
            // "since the Oct. 7 attack", said on 30 July, or "was arrested
            // on Feb. 2", said in November: not a day weeks ahead, which
            // the nearest-date rule would pick. (A verb in the past
            // elsewhere does not rule one out: "extended the offer to
            // Nov. 20", "subpoenaed him to testify on Feb. 10".)
            let behind = preceded_by(ctx.text, span.start, &["since", "since the"])
                || tense::happened_on(ctx.text, span.start);
            match (ctx.dct, NaiveDate::parse_from_str(&value, "%Y-%m-%d")) {
                (Some(dct), Ok(day)) if behind && day > dct => {
                    resolve::day(Some(NaiveDate::from_ymd_opt(day.year() - 1, m, d)?))
                }
                _ => value,
            }
        }
    })
}

fn month_day_year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let m = lexicon::month(g(c, "m")?)?;
    let d: u32 = g(c, "d")?.parse().ok()?;
    let full = c.get(0)?;
    // "May 5" and "5 May" are safe, but "May be" is not reached here; a bare
    // abbreviation without a dot ("Jan 5") is still accepted.
    if d == 0 || d > 31 {
        return None;
    }
    let end_digits = c.name("y").map_or(c.name("d")?.end(), |y| y.end());
    if let Some(b) = byte_at(ctx.text, end_digits) {
        if b.is_ascii_digit()
            || (b == b',' && byte_at(ctx.text, end_digits + 1).is_some_and(|x| x.is_ascii_digit()))
        {
            return None;
        }
        let digit_next = byte_at(ctx.text, end_digits + 1).is_some_and(|x| x.is_ascii_digit());
        if b == b'%' || (b == b':' && digit_next) {
            return None;
        }
        // "In January 25 people were jailed": after "in" a month is a
        // month, and a number running on into a word counts that word.
        // ("On January 25 police ..." is a day.)
        let word_next =
            b == b' ' && byte_at(ctx.text, end_digits + 1).is_some_and(|x| x.is_ascii_lowercase());
        if c.name("y").is_none() && word_next && preceded_by(ctx.text, full.start(), &["in"]) {
            return None;
        }
    }
    let value = month_day_value(c, ctx, m, d, full.start()..full.end())?;
    Some(Hit {
        start: full.start(),
        end: full.end(),
        kind: TimexType::Date,
        value,
        modifier: modifier_of(g(c, "pm")),
        quarter_ref: None,
        anchored: None,
    })
}

/// "the January-March quarter", "the July-September period": business
/// news names a calendar quarter by its months. Without a year it is the
/// latest such quarter begun by the DCT.
fn month_span_quarter(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let m1 = lexicon::month(g(c, "m1")?)?;
    let m2 = lexicon::month(g(c, "m2")?)?;
    if m1 % 3 != 1 || m2 != m1 + 2 {
        return None;
    }
    let q = (m1 - 1) / 3 + 1;
    let y = match g(c, "y") {
        Some(y) => y.parse().ok()?,
        None => {
            let d = ctx.dct?;
            if d.month() >= m1 {
                d.year()
            } else {
                d.year() - 1
            }
        }
    };
    Some(whole(
        c,
        TimexType::Date,
        format!("{}-Q{q}", resolve::year(y)),
        None,
    ))
}

/// "the morning of March 2": that part of the day, a time like "Monday
/// morning"; a night, as there, is given its date alone.
fn part_of_date(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let mut h = month_day_year(c, ctx)?;
    h.start = c.get(0)?.start();
    if let Some(p) = part_of_day(g(c, "pod")?).filter(|p| *p != "NI") {
        h.kind = TimexType::Time;
        h.value = format!("{}T{p}", h.value);
    }
    Some(h)
}

fn parse_year(s: &str) -> Option<i32> {
    if s.as_bytes().first()?.is_ascii_digit() {
        s.parse().ok()
    } else {
        lexicon::year_words(s)
    }
}

/// "April next year", "early October this year", "March 3 last year": the
/// year phrase says which year the month is in, so the two are one date
/// rather than a month placed by the tense and a separate year.
fn month_rel_year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let m = lexicon::month(g(c, "m")?)?;
    let y = ctx.dct?.year()
        + match g(c, "ry")?.to_ascii_lowercase().as_str() {
            "next" => 1,
            "last" => -1,
            _ => 0,
        };
    let value = match g(c, "d") {
        Some(d) => {
            let d: u32 = d.parse().ok()?;
            let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
            resolve::day(Some(date))
        }
        None => format!("{}-{m:02}", resolve::year(y)),
    };
    Some(whole(c, TimexType::Date, value, modifier_of(g(c, "pm"))))
}

fn month_year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let m = lexicon::month(g(c, "m")?)?;
    let y = parse_year(g(c, "y")?)?;
    let yend = c.name("y")?.end();
    if !valid_year(y) || numeric_context(ctx, c.name("y")?.start(), yend) {
        return None;
    }
    Some(whole(
        c,
        TimexType::Date,
        format!("{}-{m:02}", resolve::year(y)),
        modifier_of(g(c, "pm")),
    ))
}

/// Month names that are also common words or names need a cue.
const AMBIGUOUS_MONTHS: &[&str] = &["May", "March", "April", "June", "July", "August"];

fn month_alone(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let name = g(c, "m")?;
    let m = lexicon::month(name)?;
    let full = c.get(0)?;
    let cue = c.name("pm").is_some() || c.name("rel").is_some();
    let prev = prev_word(ctx.text, full.start());
    if !cue && AMBIGUOUS_MONTHS.contains(&name) {
        // "a June agreement", "its April meeting": after a determiner and
        // before a lower-case noun the name is the month (not "May
        // Smith" or "the March on Washington").
        let attributive = matches!(
            prev.as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
        ) && name != "March"
            && ctx.text[full.end()..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_lowercase()))
            && !matches!(
                next_word(ctx.text, full.end()).as_str(),
                "of" | "and" | "or" | "is" | "was" | "has" | "had" | "will" | "said" | "says"
            );
        if !attributive && !MONTH_PREPS.contains(&prev.as_str()) {
            return None;
        }
        // "in May be" is rare; "March on", "may have" guard the verb reading.
        // After "in" or "since" the name is a month whatever follows
        // ("voted in March to close the library"): the verb would need
        // a subject there.
        let next = next_word(ctx.text, full.end());
        let after_preposition = matches!(
            prev.as_str(),
            "in" | "since" | "until" | "till" | "during" | "from"
        );
        let verb_next = match next.as_str() {
            "be" | "have" | "not" | "also" => true,
            "on" | "against" | "to" | "for" | "the" => !after_preposition,
            _ => false,
        };
        if verb_next && name != "June" {
            return None;
        }
    }
    if prev == "the" && !cue && name == "March" {
        return None;
    }
    let value = match g(c, "rel").map(str::to_ascii_lowercase).as_deref() {
        // "last February" said in March: the month just ended would be
        // "last month" or "this past February", so "last" reaches back a
        // year further.
        Some("last") if ctx.dct.is_some_and(|d| d.month() == m + 1) => {
            let y = ctx.dct.map_or(0, |d| d.year()) - 1;
            format!("{}-{m:02}", resolve::year(y))
        }
        Some("last") | Some("past") | Some("this past") => {
            resolve::month_alone(ctx.dct, m, Dir::Past, true)
        }
        Some("next") | Some("coming") | Some("this coming") => {
            resolve::month_alone(ctx.dct, m, Dir::Future, true)
        }
        Some(_) => match ctx.dct {
            Some(d) => format!("{}-{m:02}", resolve::year(d.year())),
            None => format!("XXXX-{m:02}"),
        },
        None if matches!(prev.as_str(), "by" | "until" | "till" | "through") => {
            resolve::month_alone(ctx.dct, m, Dir::Future, false)
        }
        // "The election is in November", "the festival is set for
        // August": a present-tense schedule looks ahead.
        None if preceded_by(
            ctx.text,
            full.start(),
            &[
                "is in",
                "are in",
                "is due in",
                "are due in",
                "is set for",
                "are set for",
                "is scheduled for",
                "are scheduled for",
                "is planned for",
                "are planned for",
            ],
        ) =>
        {
            resolve::month_alone(ctx.dct, m, Dir::Future, false)
        }
        None => match tense::around(ctx.text, full.start(), full.end()) {
            // "will shut the plant in March", said in April: next March,
            // as this year's is over.
            Tense::Future if ctx.dct.is_some_and(|d| m < d.month()) => {
                resolve::month_alone(ctx.dct, m, Dir::Future, true)
            }
            Tense::Past => resolve::month_alone(ctx.dct, m, Dir::Past, false),
            Tense::Future => resolve::month_alone(ctx.dct, m, Dir::Future, false),
            _ => resolve::month_alone(ctx.dct, m, Dir::Same, false),
        },
    };
    Some(whole(c, TimexType::Date, value, modifier_of(g(c, "pm"))))
}

fn decade(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    if matches!(byte_before(ctx.text, full.start()), Some(b'$' | b'#')) {
        return None;
    }
    // "the 1990's" is the decade, but "1990's first half" the year's.
    let m = full.as_str();
    if m.ends_with("'s") && !m.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the ")) {
        return None;
    }
    let word_decade = g(c, "dw").and_then(|w| {
        let tens = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        let l = w.to_ascii_lowercase();
        tens.iter().position(|t| *t == l).map(|i| i + 2)
    });
    // The TimeML guidelines write a decade as its first three digits
    // ("the 1990s" = "199"), like a century is two ("19").
    let value = match (g(c, "y"), g(c, "yy"), word_decade) {
        // "the 1800s" is the whole century, written with two digits; only
        // "the 2000s" is still read as the decade news means by it.
        (Some(y), _, _) if y.ends_with('0') && y.starts_with('1') => y[..2].to_string(),
        (Some(y), _, _) => y.to_string(),
        (None, Some(d), _) => format!("19{d}"),
        (None, None, Some(d)) => format!("19{d}"),
        _ => return None,
    };
    Some(whole(c, TimexType::Date, value, modifier_of(g(c, "pm"))))
}

/// "2024-04-20" and "4/20/2024" (US order, as in American wire copy);
/// "20/4/2024", which can only be day first. Where both numbers could be
/// the month, [`crate::dating::figures`] settles the order for dating.
fn numeric_date(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    if numeric_context(ctx, full.start(), full.end()) {
        return None;
    }
    let short = g(c, "y2")
        .map(|y| (y, g(c, "m2"), g(c, "d2")))
        .or_else(|| g(c, "y3").map(|y| (y, g(c, "m3"), g(c, "d3"))));
    let (y, m, d) = match (g(c, "y"), short) {
        (Some(y), _) => (y.parse::<i32>().ok()?, g(c, "m")?, g(c, "d")?),
        (None, Some((y, m, d))) => {
            let y: i32 = y.parse().ok()?;
            // Two-digit years: the century that puts them nearest the DCT.
            let y = if y < 100 {
                let base = ctx.dct.map_or(2000, |d| d.year() / 100 * 100);
                let cands = [base - 100 + y, base + y, base + 100 + y];
                let anchor = ctx.dct.map_or(2000, |d| d.year());
                *cands.iter().min_by_key(|c| (**c - anchor).abs())?
            } else {
                y
            };
            (y, m?, d?)
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)?;
    if !valid_year(y) {
        return None;
    }
    Some(whole(c, TimexType::Date, resolve::day(Some(date)), None))
}

fn year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let ym = c.name("y")?;
    let y: i32 = ym.as_str().parse().ok()?;
    // From the start of the whole match: the hyphen in "mid-1990" belongs
    // to the modifier, not to a number range.
    if numeric_context(ctx, c.get(0)?.start(), ym.end()) {
        return None;
    }
    let cue = c.name("pm").is_some() || c.name("fy").is_some();
    // "Copies of "1984" sold out": a year alone in quotes is a title.
    let quote = |ch: Option<char>| matches!(ch, Some('"' | '\u{201C}' | '\u{201D}'));
    let all = c.get(0)?;
    if !cue
        && quote(
            ctx.text
                .get(..all.start())
                .and_then(|t| t.chars().next_back()),
        )
        && quote(ctx.text.get(all.end()..).and_then(|t| t.chars().next()))
    {
        return None;
    }
    let prev = prev_word(ctx.text, c.get(0)?.start());
    if !cue && NOT_YEAR_BEFORE.contains(&prev.as_str()) {
        return None;
    }
    if !cue && all.start() == ym.start() && names_with_a_year(ctx.text, all.start()) {
        return None;
    }
    let next = next_word(ctx.text, ym.end());
    let in_time = matches!(
        prev.as_str(),
        "in" | "since" | "by" | "until" | "from" | "before" | "after" | "during" | "of"
    );
    if COUNT_NOUNS.contains(&next.as_str())
        || !in_time && names_a_street(ctx.text, ym.end())
        || next_is_a_code(ctx.text, ym.end())
    {
        return None;
    }
    if y < 1800
        && !cue
        && !matches!(
            prev.as_str(),
            "in" | "since"
                | "from"
                | "until"
                | "by"
                | "year"
                | "during"
                | "before"
                | "after"
                | "circa"
        )
    {
        return None;
    }
    if !valid_year(y) {
        return None;
    }
    Some(whole(
        c,
        TimexType::Date,
        resolve::year(y),
        modifier_of(g(c, "pm")),
    ))
}

/// "Critics attacked Vision 2030", "tickets for Paris 2024", "Project
/// 2025": a year right after a capitalised word inside a sentence is part
/// of a name. Not after a word that dates it ("June 2024", "Easter 2025",
/// "Spring 2024"), nor after a small word that a sentence opens with or
/// a headline capitalises ("In 2024, ...", "Vote In 2024").
fn names_with_a_year(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let head = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let word = &before[head.len()..];
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let dates_it = lexicon::is_month_word(word)
        || lexicon::season(word).is_some()
        || lexicon::weekday_word(&lower).is_some()
        || holidays::is_holiday_word(word)
        || EDITIONS.contains(&lower.as_str());
    !dates_it && !TITLE_SMALL_WORDS.contains(&lower.as_str())
}

/// Names of things held once a year or so, whose year says which edition
/// and so roughly when: "won the Guardian First Book Award 2004".
const EDITIONS: &[&str] = &[
    "award",
    "awards",
    "prize",
    "prizes",
    "cup",
    "championship",
    "championships",
    "games",
    "olympics",
    "festival",
    "open",
    "election",
    "elections",
    "show",
    "fair",
    "tour",
    "edition",
    "season",
    "summit",
    "conference",
    "trophy",
    "budget",
    "census",
];

/// Small words a title-case headline capitalises or a sentence opens
/// with, which can stand before a year that is a date ("Talks Resume In
/// 2025", "By 2030, ...").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "these",
    "those",
    "fy",
    "only",
    "even",
    "not",
    "starting",
    "beginning",
    "ending",
    "effective",
    "last",
    "next",
    "every",
    "each",
    "per",
    "also",
    "then",
    "but",
    "so",
    "with",
    "without",
    "against",
    "in",
    "since",
    "for",
    "that",
    "by",
    "from",
    "until",
    "till",
    "through",
    "before",
    "after",
    "during",
    "of",
    "as",
    "at",
    "to",
    "and",
    "or",
    "on",
    "around",
    "about",
    "circa",
    "early",
    "late",
    "mid",
    "between",
    "this",
    "the",
    "fiscal",
    "calendar",
    "year",
    "end",
    "ad",
    "bc",
    "ce",
    "over",
    "than",
    "into",
    "within",
    "throughout",
    "like",
    "is",
    "was",
    "be",
    "will",
];

fn year_words(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let y = lexicon::year_words(g(c, "y")?)?;
    let words = g(c, "y")?.to_ascii_lowercase();
    if words.starts_with("two") && c.name("the").is_none() {
        let prev = prev_word(ctx.text, c.get(0)?.start());
        if !matches!(prev.as_str(), "in" | "since" | "until" | "by" | "of") {
            return None;
        }
        if COUNT_NOUNS.contains(&next_word(ctx.text, c.get(0)?.end()).as_str()) {
            return None;
        }
    }
    Some(whole(c, TimexType::Date, resolve::year(y), None))
}

/// "March the fifth", "November third", "the fifth of March": dates as
/// transcripts of speech spell them.
fn spoken_day(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let m = lexicon::month(g(c, "m").or(g(c, "m2"))?)?;
    let om = c.name("o").or(c.name("o2"))?;
    let d = lexicon::day_ordinal(om.as_str())?;
    if c.name("y").is_none() {
        // "May second-quarter sales", "June first round": an ordinal of
        // something else.
        let next = next_word(ctx.text, om.end());
        if byte_at(ctx.text, om.end()) == Some(b'-')
            || matches!(
                next.as_str(),
                "quarter"
                    | "half"
                    | "round"
                    | "time"
                    | "term"
                    | "place"
                    | "reading"
                    | "stage"
                    | "phase"
                    | "largest"
                    | "biggest"
                    | "straight"
                    | "consecutive"
            )
        {
            return None;
        }
    }
    let value = month_day_value(c, ctx, m, d, full.start()..full.end())?;
    Some(whole(c, TimexType::Date, value, None))
}

fn century(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let o: i32 = g(c, "o")?.parse().ok()?;
    if !(1..=21).contains(&o) {
        return None;
    }
    Some(whole(
        c,
        TimexType::Date,
        format!("{:02}", o - 1),
        modifier_of(g(c, "pm")),
    ))
}

fn relative_unit(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    if g(c, "u")?.starts_with(|ch: char| ch.is_ascii_uppercase())
        && g(c, "rel")?.starts_with(|ch: char| ch.is_ascii_uppercase())
        && match byte_before(ctx.text, c.get(0)?.start()) {
            Some(b' ') => !prev_word(ctx.text, c.get(0)?.start()).is_empty(),
            Some(b'"' | b'`' | b'\'') => true,
            _ => false,
        }
    {
        // "ABC's This Week", "on \"This Week\"": a programme title, not a
        // date.
        return None;
    }
    let rel = g(c, "rel")?.to_ascii_lowercase();
    let rel = rel.split_whitespace().collect::<Vec<_>>().join(" ");
    let u = g(c, "u")?.to_ascii_lowercase();
    let md = modifier_of(g(c, "pm"));
    let the = rel.starts_with("the ");
    let dur = |unit: Unit| {
        Some(whole(
            c,
            TimexType::Duration,
            resolve::duration(Some(Qty { n: 1, half: false }), unit),
            md,
        ))
    };
    if u == "weekend" {
        let (back, n) = match rel.as_str() {
            "last" | "past" | "this past" | "previous" | "prior" | "the past" | "the last"
            | "the previous" | "the prior" => (true, 1),
            "next" | "coming" | "this coming" | "the next" | "the coming" => (false, 1),
            // "rallied in Belgrade this weekend" in a Monday report: the
            // weekend just gone, not the one at the end of the report's week.
            "this"
                if ctx.dct.is_some_and(|d| resolve::weekday_number(d) < 6)
                    && tense::around(ctx.text, c.get(0)?.start(), c.get(0)?.end())
                        == Tense::Past =>
            {
                (true, 1)
            }
            _ => (false, 0),
        };
        let d = ctx.dct.and_then(|d| resolve::shift(d, n, Unit::Week, back));
        let v = match d {
            Some(_) => format!("{}-WE", resolve::week(d)),
            None => "XXXX-WXX-WE".into(),
        };
        return Some(whole(c, TimexType::Date, v, md));
    }
    let unit = lexicon::unit(&u)?;
    // "the prior year", "the previous month": the unit before the one
    // being reported on, a date (business news compares against it).
    if matches!(
        rel.as_str(),
        "prior" | "the prior" | "the previous" | "the preceding"
    ) && matches!(unit, Unit::Year | Unit::Month | Unit::Week)
    {
        return Some(whole(
            c,
            TimexType::Date,
            resolve::offset(ctx.dct, Some(1), unit, true),
            md,
        ));
    }
    // "the past decade", "the next year": a stretch of time counted from
    // now, annotated as a duration.
    if the
        && matches!(
            rel.as_str(),
            "the past" | "the next" | "the coming" | "the last" | "the previous"
        )
        && unit != Unit::Quarter
    {
        if unit == Unit::Year && rel == "the past" {
            // TimeML reads "the past year" as the previous calendar year.
            return Some(whole(
                c,
                TimexType::Date,
                resolve::offset(ctx.dct, Some(1), unit, true),
                md,
            ));
        }
        if unit == Unit::Week && rel == "the last" {
            return Some(whole(
                c,
                TimexType::Date,
                resolve::week(ctx.dct.and_then(|d| resolve::shift(d, 1, Unit::Week, true))),
                md,
            ));
        }
        return dur(unit);
    }
    if (rel == "past" || rel == "this past") && matches!(unit, Unit::Decade | Unit::Century) {
        return dur(unit);
    }
    if unit == Unit::Century && rel == "this" {
        return dur(unit);
    }
    let (back, n) = match rel.as_str() {
        "last" | "past" | "this past" | "previous" | "prior" | "the past" | "the last"
        | "the previous" | "the prior" | "the preceding" => (true, 1),
        "next" | "coming" | "this coming" | "the next" | "the coming" => (false, 1),
        _ => (false, 0),
    };
    let value = resolve::offset(ctx.dct, Some(n), unit, back);
    Some(whole(c, TimexType::Date, value, md))
}

fn the_weekend(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let start = full
        .as_str()
        .to_ascii_lowercase()
        .find("the")
        .map_or(full.start(), |i| full.start() + i);
    let dir = tense_dir(ctx, full.start(), full.end());
    let v = match ctx.dct {
        None => "XXXX-WXX-WE".into(),
        Some(d) => {
            let wd = resolve::weekday_number(d);
            let target = match dir {
                Dir::Future if wd < 6 => Some(d),
                Dir::Future => resolve::shift(d, 7, Unit::Day, false),
                _ if wd >= 6 => Some(d),
                _ => resolve::shift(d, 7, Unit::Day, true),
            };
            format!("{}-WE", resolve::week(target))
        }
    };
    Some(Hit {
        start,
        end: full.end(),
        kind: TimexType::Date,
        value: v,
        modifier: None,
        quarter_ref: None,
        anchored: None,
    })
}

fn week_of(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let m = lexicon::month(g(c, "m")?)?;
    let dd: u32 = g(c, "d")?.parse().ok()?;
    let dir = tense_dir(ctx, full.start(), full.end());
    let day = resolve::month_day(ctx.dct, m, dd, dir, None)?;
    let value = match NaiveDate::parse_from_str(&day, "%Y-%m-%d") {
        Ok(date) => resolve::week(Some(date)),
        Err(_) => "XXXX-WXX".into(),
    };
    Some(whole(c, TimexType::Date, value, None))
}

/// "N units ago today", "... this week", "... this month": the anniversary
/// at the grain of the word after "ago".
fn ago_this(c: &Captures, ctx: &Ctx, n: Option<u64>, unit: Unit) -> Option<Hit> {
    let full = c.get(0)?;
    let rest = ctx.text.get(full.end()..)?;
    let (grain, len) = [
        (" today", Unit::Day),
        (" this week", Unit::Week),
        (" this month", Unit::Month),
    ]
    .into_iter()
    .find_map(|(phrase, grain)| {
        let next = rest.get(..phrase.len())?;
        (next.eq_ignore_ascii_case(phrase)
            && !rest[phrase.len()..].starts_with(|c: char| c.is_alphanumeric()))
        .then_some((grain, phrase.len()))
    })?;
    // Only a unit coarser than the anchor: "two days ago today" says nothing.
    let coarser = match grain {
        Unit::Day => !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day),
        Unit::Week => matches!(unit, Unit::Month | Unit::Quarter | Unit::Year),
        _ => matches!(unit, Unit::Year),
    };
    if !coarser {
        return None;
    }
    let day = resolve::shift(ctx.dct?, n?, unit, true);
    let mut hit = whole(
        c,
        TimexType::Date,
        resolve::at_granularity(day, grain),
        None,
    );
    hit.end = full.end() + len;
    Some(hit)
}

fn ago(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let mut unit = lexicon::unit(g(c, "u")?)?;
    let dir = g(c, "dir")?.to_ascii_lowercase();
    let back = dir == "ago" || dir == "earlier";
    let Some(n) = g(c, "n") else {
        // "years ago", "months ago": the development files tag the
        // stretch back to now ("months ago" = PXM), not a PAST_REF date.
        // Only "ago" and a plural: "years later" counts from an event.
        let u = g(c, "u")?;
        if dir != "ago" || !u.ends_with(['s', 'S']) {
            return None;
        }
        let value = resolve::duration(None, lexicon::unit(u)?);
        return Some(whole(c, TimexType::Duration, value, None));
    };
    let q = lexicon::quantity(n);
    let year_before = unit == Unit::Year && dir == "earlier" && q.is_some_and(|q| q.n == 1);
    if (dir == "later" || dir == "earlier") && !year_before {
        // "three days later", "an hour earlier" count from an event in the
        // story, not from the DCT: TimeML tags the length ("three days") as
        // a duration and leaves "later" out as a signal, which the duration
        // rule does. "A year earlier" stays a date: news compares with the
        // same period a year before.
        return None;
    }
    let mut n = q.map(|q| q.n);
    if matches!(unit, Unit::Decade | Unit::Century) {
        let mult = if unit == Unit::Decade { 10 } else { 100 };
        n = n.and_then(|n| n.checked_mul(mult));
        unit = Unit::Year;
    }
    let full = c.get(0)?;
    // "Ten years ago today", "a year ago this week": the day, week or
    // month that many years back, not the year alone.
    if dir == "ago" {
        if let Some(hit) = ago_this(c, ctx, n, unit) {
            return Some(hit);
        }
    }
    let value = match (n, ctx.dct) {
        (None, Some(_)) => if back { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
        (Some(n), Some(d)) if unit == Unit::Year && c.name("half2").is_some() => {
            // "two and a half years ago": count the half in months, name the
            // year it lands in.
            let months = n.checked_mul(12).and_then(|m| m.checked_add(6))?;
            resolve::at_granularity(resolve::shift(d, months, Unit::Month, back), Unit::Year)
        }
        (Some(1), Some(d))
            if unit == Unit::Year && back && talks_of_quarters(ctx.text, full.start()) =>
        {
            // Earnings reports compare a quarter with the same quarter a
            // year before; TimeML annotates that quarter.
            let v =
                resolve::at_granularity(resolve::shift(d, 5, Unit::Quarter, true), Unit::Quarter);
            let mut h = whole(c, TimexType::Date, v, approx_mod(g(c, "q")));
            h.quarter_ref = Some(1);
            return Some(h);
        }
        _ => resolve::offset(ctx.dct, n, unit, back),
    };
    let mut h = whole(c, TimexType::Date, value, approx_mod(g(c, "q")));
    if year_before && !compares_figures(ctx.text, full.start()) {
        // "The plant closed in 2019. A year earlier, ...": the year before
        // the one the story last named; the DCT's only when none was. A
        // figure compared "from $4 million a year earlier" is the same
        // period a year back, which the DCT dates as TimeML does.
        h.anchored = Some(Anchored {
            unit: Unit::Year,
            shift: -1,
        });
    }
    Some(h)
}

/// Whether the sentence before `pos` compares a figure with another:
/// "up from $2.03 a share", "compared with 40%".
fn compares_figures(text: &str, pos: usize) -> bool {
    let before = text_before(text, pos, 160);
    // A dot inside a figure ("$1.11") ends no sentence.
    let sentence = before.rsplit(". ").next().unwrap_or("");
    sentence.contains(['%', '$', '£', '€'])
        || sentence
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "from" | "compared" | "than" | "versus" | "against"))
}

/// Whether the sentence before `pos` speaks of a quarter.
fn talks_of_quarters(text: &str, pos: usize) -> bool {
    text_before(text, pos, 400)
        .to_ascii_lowercase()
        .contains("quarter")
}

fn part_of_unit(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let unit = lexicon::unit(g(c, "u")?)?;
    let next = next_word(ctx.text, c.get(0)?.end());
    if unit == Unit::Day && matches!(next.as_str(), "before" | "after") {
        // "later in the day before the vote": a day placed by an event.
        return None;
    }
    if unit == Unit::Day
        && g(c, "pm").is_some_and(|p| p.to_ascii_lowercase().contains("end"))
        && prev_word(ctx.text, c.get(0)?.start()) == "at"
    {
        // "At the end of the day" is an idiom for "ultimately".
        return None;
    }
    let md = modifier_of(g(c, "pm").or(g(c, "pm2")));
    Some(whole(
        c,
        TimexType::Date,
        resolve::offset(ctx.dct, Some(0), unit, false),
        md,
    ))
}

/// "the year", "the fiscal year": in news the year being reported on,
/// i.e. the DCT's; "the year ended June 30" is a one-year period (the end
/// date is its own expression), as is "throughout the year". ("the week"
/// is left out: business news uses it for the week just ended as often as
/// for the current one.)
fn the_year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let unit = lexicon::unit(g(c, "u")?)?;
    if matches!(
        byte_at(ctx.text, full.end()),
        Some(b'-' | b'\'' | b'0'..=b'9')
    ) {
        // "the year-earlier period", "the year's end" belong to other rules.
        return None;
    }
    let next = next_word(ctx.text, full.end());
    let digit_next = ctx.text[full.end()..]
        .trim_start_matches(' ')
        .starts_with(|ch: char| ch.is_ascii_digit());
    if digit_next
        || matches!(
            next.as_str(),
            "before"
                | "after"
                | "earlier"
                | "later"
                | "when"
                | "that"
                | "which"
                | "two"
                | "nineteen"
                | "since"
                | "following"
                | "prior"
        )
    {
        // "the year before", "the year when ...", "the year 2000": another
        // year than the DCT's, named elsewhere or by a longer rule.
        return None;
    }
    let prev = prev_word(ctx.text, full.start());
    if matches!(
        next.as_str(),
        "ended" | "ending" | "ends" | "through" | "to"
    ) || matches!(prev.as_str(), "throughout")
    {
        let one = Some(Qty { n: 1, half: false });
        return Some(whole(
            c,
            TimexType::Duration,
            resolve::duration(one, unit),
            None,
        ));
    }
    let v = resolve::offset(ctx.dct, Some(0), unit, false);
    Some(whole(c, TimexType::Date, v, None))
}

fn year_ago_adj(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let v = match ctx.dct {
        Some(d) if talks_of_quarters(ctx.text, ctx.text.len().min(full.end() + 120)) => {
            let v =
                resolve::at_granularity(resolve::shift(d, 5, Unit::Quarter, true), Unit::Quarter);
            let mut h = whole(c, TimexType::Date, v, None);
            h.quarter_ref = Some(1);
            return Some(h);
        }
        Some(d) => resolve::year(d.year() - 1),
        None => "XXXX".into(),
    };
    Some(whole(c, TimexType::Date, v, None))
}

// ---------------------------------------------------------------------------
// Durations

fn duration(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let unit = lexicon::unit(g(c, "u")?)?;
    let nraw = g(c, "n")?.to_ascii_lowercase();
    let next = next_word(ctx.text, full.end());
    if next == "old"
        || next == "older"
        || next == "younger"
        || next == "of"
            && unit == Unit::Quarter
            && lexicon::quantity(&nraw).is_some()
            && !nraw.starts_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    if byte_at(ctx.text, full.end()) == Some(b'-') {
        return None;
    }
    if matches!(
        byte_before(ctx.text, full.start()),
        Some(b'$' | b'.' | b',')
    ) {
        return None;
    }
    let pre = g(c, "pre").map(|p| p.trim().to_ascii_lowercase());
    if nraw == "one"
        && unit == Unit::Day
        && pre.is_none()
        && c.name("q").is_none()
        && matches!(
            prev_word(ctx.text, full.start()).as_str(),
            "will" | "would" | "could" | "might" | "may" | "can" | "should" | "must"
        )
    {
        // "Islam will one day be ...", "she could one day lead": not a day
        // long but an unnamed time ahead.
        return Some(whole(c, TimexType::Date, "FUTURE_REF".into(), None));
    }
    if unit == Unit::Quarter
        && pre.is_none()
        && nraw.parse::<u64>().is_err()
        && !nraw.ends_with("quarters")
    {
        // "a quarter" is usually a fraction, not a fiscal quarter.
        if nraw == "a" || nraw == "an" {
            return None;
        }
    }
    let mut q = if nraw.starts_with("half") {
        Some(Qty { n: 0, half: true })
    } else {
        lexicon::quantity(&nraw)
    };
    // "a year and a half", "two and a half years".
    if c.name("half").is_some() || c.name("half2").is_some() {
        q = q.map(|q| Qty { n: q.n, half: true });
    }
    if q.is_some_and(|q| q.n >= 1000) && !g(c, "u")?.ends_with(['s', 'S']) {
        // "the 1988 quarter" names a year, not a count of quarters.
        return None;
    }
    let single = nraw == "a" || nraw == "an";
    let um = c.name("u")?;
    if um.as_str().starts_with(|ch: char| ch.is_ascii_uppercase()) {
        // "60 Minutes", "Four Weddings": a capitalised unit is a title.
        return None;
    }
    if single && unit == Unit::Second {
        let prev = prev_word(ctx.text, full.start());
        // "a second time", "a second round", "for a second term": the
        // ordinal, which a noun follows; the unit stands alone or before
        // "ago", "later" and the like.
        let noun_follows = next.chars().next().is_some_and(char::is_alphabetic)
            && !matches!(
                next.as_str(),
                "ago" | "later" | "earlier" | "before" | "after" | "or" | "and" | "longer" | "more"
            );
        if noun_follows
            || !matches!(
                prev.as_str(),
                "for" | "in" | "within" | "than" | "about" | "only" | "just"
            )
        {
            return None;
        }
    }
    if single && c.name("q").is_none() && pre.is_none() {
        let placed = matches!(
            next.as_str(),
            "apart" | "ago" | "later" | "earlier" | "before" | "after" | "away" | "long"
        );
        if !placed && per_amount(ctx.text, full.start()) {
            // "$2 million a year", "358,000 jobs a month": the rate of an
            // amount, which TimeML news corpora mostly leave unannotated
            // (as with "annually" after an amount).
            return None;
        }
        let prev = prev_word(ctx.text, full.start());
        if matches!(prev.as_str(), "times" | "once" | "twice") {
            return Some(whole(
                c,
                TimexType::Set,
                resolve::duration(Some(Qty { n: 1, half: false }), unit),
                None,
            ));
        }
    }
    let value = resolve::duration(q, unit);
    let over_the = g(c, "q").is_some_and(|q| q.trim().eq_ignore_ascii_case("over"))
        && pre.as_deref().is_some_and(|p| p.starts_with("the"));
    if over_the {
        // "over the past two years": "over" is the preposition, not "more
        // than", and TimeML leaves it out of the span.
        let mut h = whole(c, TimexType::Duration, value, None);
        h.start = c.name("pre")?.start();
        return Some(h);
    }
    Some(whole(c, TimexType::Duration, value, approx_mod(g(c, "q"))))
}

/// Whether "a year" at `pos` follows an amount ("$2 million a year",
/// "8% a year") or an amount of something ("358,000 jobs a month", "four
/// flights a week"), making it a rate rather than a stretch of time.
fn per_amount(text: &str, pos: usize) -> bool {
    let before = text_before(text, pos, 40);
    let before = before.rsplit([';', '.', '\n', '(']).next().unwrap_or("");
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let amount = |w: &str| {
        let l = w
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_ascii_lowercase();
        w.contains(|ch: char| ch.is_ascii_digit() || matches!(ch, '%' | '$' | '£' | '€'))
            || matches!(
                l.as_str(),
                "million" | "billion" | "trillion" | "thousand" | "percent" | "dollars" | "cents"
            )
            || (l != "a" && l != "an" && l != "one" && lexicon::quantity(&l).is_some())
    };
    // A word between the amount and "a" must be the thing counted, not a
    // preposition or verb that makes "a year" a stretch ("$5 million in a
    // year", "two terms over a decade").
    let noun = |w: &str| {
        w.chars().all(|ch| ch.is_ascii_alphabetic())
            && !matches!(
                w.to_ascii_lowercase().as_str(),
                "in" | "for"
                    | "within"
                    | "over"
                    | "than"
                    | "about"
                    | "after"
                    | "before"
                    | "during"
                    | "under"
                    | "of"
                    | "by"
                    | "to"
                    | "from"
                    | "at"
                    | "on"
                    | "and"
                    | "or"
                    | "nearly"
                    | "almost"
                    | "around"
                    | "only"
                    | "just"
                    | "times"
                    | "once"
                    | "twice"
                    | "ago"
                    | "old"
            )
    };
    match words.as_slice() {
        [w1, ..] if amount(w1) => true,
        [w1, w2] => noun(w1) && amount(w2),
        _ => false,
    }
}

fn duration_range(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let unit = lexicon::unit(g(c, "u")?)?;
    lexicon::quantity(g(c, "n")?)?;
    lexicon::quantity(g(c, "n2")?)?;
    Some(whole(
        c,
        TimexType::Duration,
        resolve::duration(None, unit),
        approx_mod(g(c, "q")),
    ))
}

fn duration_adj(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    if c.name("old").is_some() {
        return None;
    }
    let unit = lexicon::unit(g(c, "u")?)?;
    let nraw = g(c, "n")?.to_ascii_lowercase();
    let q = if nraw == "half" {
        Some(Qty { n: 0, half: true })
    } else {
        Some(lexicon::quantity(&nraw)?)
    };
    Some(whole(
        c,
        TimexType::Duration,
        resolve::duration(q, unit),
        None,
    ))
}

fn duration_long(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let u = g(c, "u").or(g(c, "u2"))?;
    let unit = lexicon::unit(u)?;
    let q = if u.ends_with('s') {
        None
    } else {
        Some(Qty { n: 1, half: false })
    };
    Some(whole(
        c,
        TimexType::Duration,
        resolve::duration(q, unit),
        None,
    ))
}

fn bare_plural(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let um = c.name("u")?;
    let unit = lexicon::unit(um.as_str())?;
    let next = next_word(ctx.text, um.end());
    if next == "of" || next == "old" || next == "ago" {
        return None;
    }
    Some(Hit {
        start: um.start(),
        end: um.end(),
        kind: TimexType::Duration,
        value: resolve::duration(None, unit),
        modifier: None,
        quarter_ref: None,
        anchored: None,
    })
}

fn reference(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let w = g(c, "w")?.to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    let full = c.get(0)?;
    let next = next_word(ctx.text, full.end());
    let value = match w.as_str() {
        "now" | "currently" | "nowadays" | "presently" | "these days" | "at present" => {
            "PRESENT_REF"
        }
        "current" => {
            if matches!(
                next.as_str(),
                "account" | "accounts" | "affairs" | "events" | "flows"
            ) {
                return None;
            }
            "PRESENT_REF"
        }
        "recently" | "recent" | "lately" | "previously" | "formerly" | "the past" => "PAST_REF",
        // "just moments ago", as broadcasts say: a moment already past.
        _ if w.ends_with("moments ago") => "PAST_REF",
        "the future" | "future" | "soon" | "shortly" | "as soon as possible" => {
            if w == "future" && matches!(next.as_str(), "contract" | "contracts" | "tense") {
                return None;
            }
            "FUTURE_REF"
        }
        "the near future" | "the near term" | "the short term" | "the long term" => "FUTURE_REF",
        "a while" if next == "ago" => {
            // "a while ago": some time back, a date.
            let mut h = whole(c, TimexType::Date, "PAST_REF".into(), None);
            h.end = full.end() + ctx.text[full.end()..].find("ago")? + 3;
            return Some(h);
        }
        "a while" => {
            return Some(whole(c, TimexType::Duration, "PXX".into(), None));
        }
        "recent months" | "recent weeks" if !matches!(next.as_str(), "and" | "or") => {
            // TimeML annotates "in recent months/weeks" as a vague stretch
            // of that unit (PXM/PXW); "recent years/days" stay PAST_REF,
            // the form the corpora use most for them.
            let u = w.rsplit(' ').next()?;
            return Some(whole(
                c,
                TimexType::Duration,
                resolve::duration(None, lexicon::unit(u)?),
                None,
            ));
        }
        _ if w.starts_with("recent ") || w.starts_with("past ") => "PAST_REF",
        _ if w.ends_with(" ahead") => {
            let u = w.split(' ').nth(1)?;
            return Some(whole(
                c,
                TimexType::Duration,
                resolve::duration(None, lexicon::unit(u)?),
                None,
            ));
        }
        _ if !w.ends_with("years") => "FUTURE_REF",
        _ => {
            let u = w.rsplit(' ').next()?;
            return Some(whole(
                c,
                TimexType::Duration,
                resolve::duration(None, lexicon::unit(u)?),
                None,
            ));
        }
    };
    Some(whole(c, TimexType::Date, value.into(), None))
}

// ---------------------------------------------------------------------------
// Weekdays, days and times

fn part_of_day(pod: &str) -> Option<&'static str> {
    Some(match pod.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "tonight" => "NI",
        _ => return None,
    })
}

/// Like [`part_of_day`], but "night" after a weekday names the date only,
/// as TimeML corpora annotate "Friday night".
fn weekday_part(pod: &str) -> Option<&'static str> {
    part_of_day(pod).filter(|p| *p != "NI")
}

/// Whether "will" (or "'ll", "shall") stands before `pos` in its sentence:
/// the plain sign of a future that the looser tense cues (a verb in "-s"
/// after the day) do not give.
fn will_before(text: &str, pos: usize) -> bool {
    let before = text_before(text, pos, 80);
    let clause = before.rsplit(['.', ';', '!', '?']).next().unwrap_or("");
    clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w, "will" | "ll" | "shall"))
}

/// Nouns for what can only be told after it happened: a day that owns one
/// ("Saturday's crash") is behind the report whatever the clause's tense.
const INCIDENTS: &[&str] = &[
    "attack",
    "attacks",
    "crash",
    "blast",
    "explosion",
    "explosions",
    "fire",
    "shooting",
    "bombing",
    "bombings",
    "killing",
    "killings",
    "murder",
    "raid",
    "raids",
    "quake",
    "earthquake",
    "collapse",
    "accident",
    "incident",
    "violence",
    "clashes",
    "riot",
    "riots",
    "ruling",
    "verdict",
    "defeat",
    "win",
    "victory",
    "loss",
    "announcement",
    "death",
    "deaths",
    "arrest",
    "arrests",
    "resignation",
    "derailment",
    "flood",
    "flooding",
    "storm",
    "result",
    "results",
    "outage",
    "decision",
];

/// What comes out every such weekday: after "a", the weekday says which
/// kind ("a Sunday newspaper", "a Friday prayer service"), not which day.
const ROUTINES: &[&str] = &[
    "newspaper",
    "newspapers",
    "paper",
    "tabloid",
    "edition",
    "magazine",
    "supplement",
    "broadsheet",
    "column",
    "programme",
    "program",
    "show",
    "service",
    "school",
    "market",
    "lunch",
    "roast",
    "prayer",
    "prayers",
    "sermon",
    "mass",
    "league",
    "club",
];

/// Which way a deadline ("by Friday", "by 5pm on Friday", "until Monday")
/// points: ahead, unless a verb in the past says it has gone ("hit the
/// town just before 3am on Monday"). An obligation's or a decision's
/// deadline is ahead whatever the saying's tense: "must submit its plan
/// by Friday, the minister said", "agreed on Monday to repay customers
/// by Friday".
fn deadline_dir(ctx: &Ctx, start: usize, end: usize) -> Dir {
    let clause = ctx.text[..start].rsplit(['.', ';']).next().unwrap_or("");
    let obliged = [" must ", " has to ", " have to ", " needs to ", " need to "]
        .iter()
        .any(|w| clause.contains(w));
    let words: Vec<&str> = clause.split_whitespace().collect();
    let decided = words.iter().enumerate().any(|(a, w)| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "agreed" | "decided" | "promised" | "pledged" | "vowed" | "ordered" | "voted"
        ) && words[a + 1..].contains(&"to")
    });
    match tense::around(ctx.text, start, end) {
        Tense::Past if !obliged && !decided => Dir::Past,
        _ => Dir::Future,
    }
}

fn weekday(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let wdm = c.name("wd")?;
    let wd = lexicon::weekday(wdm.as_str())?;
    let full = c.get(0)?;
    let pre = g(c, "pre").map(|p| {
        p.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase()
    });
    let end = full.end();
    if [
        "Good ", "Palm ", "Ash ", "Easter ", "Black ", "Cyber ", "Super ", "Bloody ", "Holy ",
        "Maundy ", "Shrove ", "Blue ", "Giving ", "Whit ",
    ]
    .iter()
    .any(|h| ctx.text[..wdm.start()].ends_with(h))
    {
        // "Good Friday", "Easter Sunday": the holiday rule's, or a name.
        // "Black Monday", "Super Tuesday", "Bloody Sunday": the name of a
        // day in history or of a shopping day, not a day of this week.
        return None;
    }
    // "struck at 2:14 a.m. (1814 GMT Saturday)": the day of a time
    // converted to another zone, in brackets, is not the story's day.
    let before = ctx.text.get(..wdm.start()).unwrap_or("");
    let in_brackets = before
        .rfind('(')
        .is_some_and(|open| !before[open..].contains(')'));
    if in_brackets
        && matches!(
            prev_word(ctx.text, wdm.start()).as_str(),
            "gmt" | "utc" | "bst" | "cet" | "cest" | "est" | "edt" | "pst" | "pdt" | "et" | "pt"
        )
    {
        return None;
    }
    if pre.is_none()
        && matches!(prev_word(ctx.text, wdm.start()).as_str(), "a" | "an")
        && ROUTINES.contains(&next_word(ctx.text, end).as_str())
    {
        // "A Sunday newspaper reported": a kind of paper, not a day.
        return None;
    }
    // A preposition or "last"/"next" before the weekday makes it a day
    // even when a name follows ("On Monday Tony Blair said").
    let day_cue = pre.as_deref().is_some_and(|p| p != "from");
    if c.name("pod").is_none()
        && c.name("poss").is_none()
        && !day_cue
        && next_capitalised(ctx.text, end)
    {
        // "Sunday Times", "Tuesday Morning Corp.": a name, not a date; but
        // "Monday, Oct. 26" style dates go on with a month.
        if !lexicon::is_month_word(&next_word(ctx.text, end)) {
            return None;
        }
    }
    let (start, md) = match pre.as_deref() {
        Some("on" | "until" | "by" | "since" | "from") | None => (wdm.start(), None),
        Some("early") => (full.start(), Some("START")),
        Some("late") => (full.start(), Some("END")),
        Some(_) => (full.start(), None),
    };
    let dir = match pre.as_deref() {
        Some("last") => {
            return finish_weekday(
                c,
                start,
                end,
                resolve::weekday(ctx.dct, wd, Dir::Past, true),
                md,
            )
        }
        Some("next" | "this coming") => {
            let v = resolve::weekday(ctx.dct, wd, Dir::Future, true);
            return finish_weekday(c, start, end, v, md);
        }
        Some("this past") | Some("since") => Dir::Past,
        Some("by") => deadline_dir(ctx, start, end),
        // "stays closed until Friday": a state lasting up to a day still
        // ahead, unless told in the past ("Until Thursday, they had...").
        // Things put off ("postponed until") the tense rules see already.
        Some("until") => match tense::around(ctx.text, start, end) {
            Tense::Past => Dir::Past,
            _ => Dir::Future,
        },
        // "Wednesday's ruling": a possessive weekday names a day already
        // being talked about, unless the clause looks ahead to it ("will
        // leave for Saturday's trip", "ahead of Sunday's election") and what
        // it owns is not something that can only have happened ("will
        // investigate Saturday's crash").
        _ if c.name("poss").is_some() => {
            let owned = next_word(ctx.text, end);
            // "Thursday's parade will go ahead": what the day owns is the
            // subject of a future.
            let owned_end = end + ctx.text[end..].len()
                - ctx.text[end..].trim_start_matches(' ').len()
                + owned.len();
            let will_after = matches!(next_word(ctx.text, owned_end).as_str(), "will" | "shall");
            if (follows(ctx.text, start, "ahead of")
                || tense_dir(ctx, start, end) == Dir::Future && will_before(ctx.text, start)
                || will_after)
                && !INCIDENTS.contains(&owned.as_str())
            {
                Dir::Future
            } else {
                Dir::Past
            }
        }
        _ => tense_dir(ctx, start, end),
    };
    let v = resolve::weekday(ctx.dct, wd, dir, false);
    finish_weekday(c, start, end, v, md)
}

fn finish_weekday(
    c: &Captures,
    start: usize,
    end: usize,
    day: String,
    md: Option<&'static str>,
) -> Option<Hit> {
    let (kind, value) = match g(c, "pod").and_then(weekday_part) {
        Some(p) => (TimexType::Time, format!("{day}T{p}")),
        None => (TimexType::Date, day),
    };
    Some(Hit {
        start,
        end,
        kind,
        value,
        modifier: md,
        quarter_ref: None,
        anchored: None,
    })
}

fn relative_day(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let w = g(c, "w")?.to_ascii_lowercase();
    if w == "today" && contemporary_today(ctx.text, c.get(0)?.start(), c.get(0)?.end()) {
        return None;
    }
    let words: Vec<&str> = w.split_whitespace().collect();
    let (offset, pod): (i64, Option<&str>) = match words.as_slice() {
        ["yesterday"] => (-1, None),
        ["today"] => (0, None),
        ["tomorrow"] => (1, None),
        ["tonight"] => (0, Some("NI")),
        ["last", "night"] => (-1, Some("NI")),
        ["this", p] => (0, part_of_day(p)),
        ["yesterday", p] => (-1, part_of_day(p)),
        ["tomorrow", p] => (1, part_of_day(p)),
        ["the", "day", "before", _] => (-2, None),
        ["the", "day", "after", _] => (2, None),
        _ => return None,
    };
    let d = ctx
        .dct
        .and_then(|d| resolve::shift(d, offset.unsigned_abs(), Unit::Day, offset < 0));
    let day = resolve::day(d);
    let (kind, value) = match pod {
        Some(p) => (TimexType::Time, format!("{day}T{p}")),
        None => (TimexType::Date, day),
    };
    Some(whole(c, kind, value, modifier_of(g(c, "pm"))))
}

fn time(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let (h, mi) = if let Some(n) = g(c, "named") {
        // "high noon": the idiom for a showdown (and a film), no clock time.
        if prev_word(ctx.text, full.start()) == "high" {
            return None;
        }
        match n.to_ascii_lowercase().as_str() {
            "midnight" => (24, 0),
            _ => (12, 0),
        }
    } else if let Some(h) = g(c, "h2") {
        let h: u32 = h.parse().ok()?;
        let mi: u32 = g(c, "mi2").map_or(Some(0), |m| m.parse().ok())?;
        if h == 0 || h > 12 {
            return None;
        }
        let pm = !g(c, "ipod")?.eq_ignore_ascii_case("morning");
        let h = match (pm, h) {
            (true, 12) => 12,
            (true, h) if h < 5 && g(c, "ipod")?.eq_ignore_ascii_case("night") => h,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        (h, mi)
    } else if let Some(h) = g(c, "h24") {
        let h: u32 = h.parse().ok()?;
        let mi: u32 = g(c, "mi24")?.parse().ok()?;
        (h, mi)
    } else if let Some(h) = g(c, "hc") {
        // The 24-hour clock ("at 14:00", "by 09:30") needs no "a.m." or
        // zone, but only after a preposition of time: a bare "14:16" may
        // be a verse, a score or a lap time.
        let after = ctx.text.get(full.end()..).unwrap_or("");
        let prep = matches!(
            prev_word(ctx.text, full.start()).as_str(),
            "at" | "by" | "until" | "till" | "from" | "before" | "after" | "around" | "to"
        );
        if !prep || after.starts_with(':') || after.starts_with(|ch: char| ch.is_ascii_digit()) {
            return None;
        }
        (h.parse().ok()?, g(c, "mic")?.parse().ok()?)
    } else if let (Some(h), Some(part)) = (g(c, "hb"), g(c, "rdb")) {
        // Without "a.m." or "p.m.", the part of the day says which half:
        // "11:45 this morning", "7:30 last night" (19:30; "1:30 last
        // night" is after midnight).
        let h: u32 = h.parse().ok()?;
        let mi: u32 = g(c, "mib")?.parse().ok()?;
        if h == 0 || h > 12 {
            return None;
        }
        let l = part.to_ascii_lowercase();
        let h = if l.ends_with("morning") {
            h % 12
        } else if l.ends_with("night") && h < 5 || h == 12 {
            h
        } else {
            h + 12
        };
        (h, mi)
    } else if let Some(h) = g(c, "hw") {
        // Wire copy writes the 24-hour clock without a colon, always with a
        // zone: "at 1405 GMT", "0800 local time". Without the zone a
        // four-digit number is a year or a count, so the zone is required.
        // In brackets it converts the local time just given ("10:35 a.m.
        // (0735 GMT)"), which TimeML leaves as one time, not two.
        if byte_before(ctx.text, full.start()).is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'$' | b'.' | b',' | b'-' | b'(')
        }) {
            return None;
        }
        (h.parse().ok()?, g(c, "mw")?.parse().ok()?)
    } else {
        let h: u32 = g(c, "h")?.parse().ok()?;
        let mi: u32 = g(c, "mi").map_or(Some(0), |m| m.parse().ok())?;
        let pm = g(c, "ap")?.to_ascii_lowercase().starts_with('p');
        if h == 0 || h > 12 {
            return None;
        }
        let h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        (h, mi)
    };
    if h > 24 || mi > 59 {
        return None;
    }
    // "$5pm" or "B52 am" are not clock times.
    if (c.name("h").is_some() || c.name("h2").is_some() || c.name("hb").is_some())
        && byte_before(ctx.text, full.start())
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'$' | b'.' | b','))
    {
        return None;
    }
    let date = if let Some(wd) = g(c, "wd").and_then(lexicon::weekday) {
        // "by 5 p.m. on Friday" is a deadline, still ahead unless a verb
        // in the past says it has gone: "hit the town just before 3am on
        // Monday".
        let dir = match prev_word(ctx.text, full.start()).as_str() {
            "until" | "by" | "before" => deadline_dir(ctx, full.start(), full.end()),
            _ => tense_dir(ctx, full.start(), full.end()),
        };
        resolve::weekday(ctx.dct, wd, dir, false)
    } else if let Some(rd) = g(c, "rd").or(g(c, "rdb")) {
        let l = rd.to_ascii_lowercase();
        let off: i64 = if l.starts_with("yesterday") || l.starts_with("last") {
            -1
        } else if l.starts_with("tomorrow") {
            1
        } else {
            0
        };
        resolve::day(
            ctx.dct
                .and_then(|d| resolve::shift(d, off.unsigned_abs(), Unit::Day, off < 0)),
        )
    } else if let (Some(m), Some(d)) = (g(c, "m"), g(c, "d")) {
        let m = lexicon::month(m)?;
        let dir = tense_dir(ctx, full.start(), full.end());
        resolve::month_day(ctx.dct, m, d.parse().ok()?, dir, None)?
    } else {
        resolve::day(ctx.dct)
    };
    // A clock time with no day of its own is on the day the story is
    // telling about, which need not be the DCT's.
    let bare = g(c, "wd").is_none()
        && g(c, "rd").is_none()
        && g(c, "rdb").is_none()
        && g(c, "m").is_none();
    let mut end = full.end();
    if full.as_str().ends_with('.') && dot_ends_sentence(ctx.text, end) {
        end -= 1;
    }
    Some(Hit {
        start: full.start(),
        end,
        kind: TimexType::Time,
        value: format!("{date}T{h:02}:{mi:02}"),
        modifier: None,
        quarter_ref: None,
        anchored: bare.then_some(Anchored {
            unit: Unit::Day,
            shift: 0,
        }),
    })
}

// ---------------------------------------------------------------------------
// Seasons, quarters, sets, holidays

fn season(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let sm = c.name("s")?;
    let code = lexicon::season(sm.as_str())?;
    let full = c.get(0)?;
    let rel = g(c, "rel").map(|r| {
        r.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase()
    });
    let has_cue =
        c.name("pm").is_some() || rel.is_some() || c.name("y").is_some() || c.name("ry").is_some();
    let prev = prev_word(ctx.text, full.start());
    // "the Autumn Budget", "the Winter Olympics", "the Spring Statement": a
    // capitalised season that a capitalised word follows names something.
    if sm.as_str().starts_with(char::is_uppercase) && c.name("y").is_none() {
        let after = ctx.text.get(full.end()..).unwrap_or_default();
        let next = after.strip_prefix(' ').unwrap_or("");
        if next.starts_with(char::is_uppercase) && full.start() > 0 {
            return None;
        }
    }
    if !has_cue {
        // "The fall reflects weak exports": "fall" is a season only after a
        // preposition, even with "the".
        let needs_prep = c.name("the").is_none() || code == "FA";
        if needs_prep
            && !matches!(
                prev.as_str(),
                "in" | "during"
                    | "by"
                    | "until"
                    | "over"
                    | "since"
                    | "through"
                    | "throughout"
                    | "this"
                    | "last"
                    | "next"
            )
        {
            return None;
        }
        let next = next_word(ctx.text, full.end());
        if code == "FA" && next == "of" {
            return None;
        }
        if matches!(next.as_str(), "of" | "session" | "sessions")
            && c.name("the").is_some()
            && code != "WI"
        {
            return None;
        }
    }
    let value = if let Some(y) = g(c, "y") {
        // Digits or spoken ("the winter of nineteen ninety-four").
        let y = parse_year(y)?;
        format!("{}-{code}", resolve::year(y))
    } else if let (Some(ry), Some(d)) = (g(c, "ry"), ctx.dct) {
        // "the spring of last year": that year's season.
        let y = match ry.to_ascii_lowercase().as_str() {
            "last" => d.year() - 1,
            "next" => d.year() + 1,
            _ => d.year(),
        };
        format!("{}-{code}", resolve::year(y))
    } else if let Some(d) = ctx.dct {
        let cur = match d.month() {
            3..=5 => 0,
            6..=8 => 1,
            9..=11 => 2,
            _ => 3,
        };
        // January and February close the winter that began last year.
        let season_year = if d.month() <= 2 {
            d.year() - 1
        } else {
            d.year()
        };
        let idx = lexicon::season_index(code);
        let y = match rel.as_deref() {
            Some("last" | "past" | "this past") if idx >= cur => season_year - 1,
            Some("last" | "past" | "this past") => season_year,
            Some("next" | "coming") if idx <= cur => season_year + 1,
            Some("next" | "coming") => season_year,
            // A bare season later in the year than the DCT's, told in the
            // past tense, is last year's ("in March: sales fell in the
            // fall"); an earlier one told in the future is next year's.
            // Winter straddles two years and is left as it was.
            None if code != "WI" => {
                // Where the DCT falls in the calendar year: January and
                // February come before spring.
                let pos = if d.month() <= 2 { -1 } else { cur as i32 };
                match tense::around(ctx.text, full.start(), full.end()) {
                    Tense::Past if idx as i32 > pos => d.year() - 1,
                    Tense::Future if (idx as i32) < pos => d.year() + 1,
                    _ => d.year(),
                }
            }
            _ => d.year(),
        };
        format!("{}-{}", resolve::year(y), lexicon::season_code(idx))
    } else {
        format!("XXXX-{code}")
    };
    Some(whole(c, TimexType::Date, value, modifier_of(g(c, "pm"))))
}

/// Whether a text reads as a match report: at least two different words
/// of games. Only asked of a bare "first half" or "second half", so a
/// business story that says "match" once keeps its half-years.
fn is_match_report(text: &str) -> bool {
    const GAME_WORDS: [&str; 22] = [
        "goal",
        "goals",
        "scored",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "penalty",
        "half-time",
        "referee",
        "kick-off",
        "fixture",
        "rugby",
        "football",
        "cricket",
        "hockey",
        "basketball",
        "tennis",
        "innings",
        "touchdown",
        "coach",
        "match",
    ];
    let mut seen = [false; GAME_WORDS.len()];
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        if word.len() < 4 || word.len() > 11 {
            continue;
        }
        let word = word.to_ascii_lowercase();
        if let Some(i) = GAME_WORDS.iter().position(|&w| w == word) {
            seen[i] = true;
            if seen.iter().filter(|&&s| s).count() >= 2 {
                return true;
            }
        }
    }
    false
}

fn quarter(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let q = g(c, "q")?.to_ascii_lowercase();
    let pre = g(c, "pre").map(|p| p.trim().to_ascii_lowercase());
    let rel = g(c, "rel").unwrap_or("").to_ascii_lowercase();
    // "its quarter-century low", "the quarter-to-quarter comparison", "the
    // first half-hour", "a quarter-point cut": the first part of a
    // compound, not a quarter or half of a year ("half-year" still is).
    let qm = c.name("q")?;
    if byte_at(ctx.text, qm.end()) == Some(b'-') {
        let rest = &ctx.text[qm.end() + 1..];
        let word: String = rest
            .chars()
            .take_while(|ch| ch.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        if !word.is_empty() && !matches!(word.as_str(), "year" | "end" | "ended" | "ending") {
            return None;
        }
    }
    let final_ord = g(c, "ord").is_some_and(|o| o.eq_ignore_ascii_case("final"));
    let mut ord = g(c, "ord").and_then(lexicon::ordinal);
    // "the last (or latter) half of 1989" is the second half; a bare "the
    // last half" (no year after it) is too vague to place.
    if ord.is_none()
        && q == "half"
        && matches!(rel.trim(), "last" | "latter")
        && (g(c, "y2").is_some() || g(c, "ry").is_some())
    {
        ord = Some(2);
    }
    let ry = g(c, "ry").map(str::to_ascii_lowercase);
    let next_year = pre.as_deref() == Some("next year's") || ry.as_deref() == Some("next");
    let this_year = ry.as_deref() == Some("this");
    // "the same period last year", "the quarter a year ago".
    let year_ago = ry.as_deref() == Some("last")
        || c.name("ago").is_some()
        || rel.contains("prior-year")
        || rel.contains("year-ago")
        || rel.contains("year-earlier")
        || pre.as_deref() == Some("last year's");
    let next = next_word(ctx.text, full.end());
    // "the first half of the 1990s", "the second half of the century": a
    // part of a longer span, which its own rule tags; not a half-year.
    if q == "half" && g(c, "y2").is_none() && g(c, "ry").is_none() {
        let after = ctx.text[full.end()..].trim_start();
        let rest = after.strip_prefix("of ").map(str::trim_start).unwrap_or("");
        let rest = rest
            .strip_prefix("the ")
            .map(str::trim_start)
            .unwrap_or(rest);
        let span_word = rest.split_whitespace().next().unwrap_or("");
        if span_word.starts_with("decade")
            || span_word.starts_with("century")
            || span_word
                .trim_end_matches(|ch: char| !ch.is_alphanumeric())
                .ends_with("0s")
            || span_word.ends_with("ties")
        {
            return None;
        }
    }
    // "1990's first quarter" names its year before the quarter.
    let explicit_year = g(c, "y2")
        .or(g(c, "y1"))
        .or(g(c, "yp"))
        .and_then(|y| y.parse::<i32>().ok());
    if final_ord {
        // "the final quarter of 2004": the year's last quarter or half. A
        // bare "final period" or "final quarter" of a game is not one.
        let tied = g(c, "y2").is_some() || g(c, "ry").is_some() || g(c, "yp").is_some();
        if q == "period" || (!tied && is_match_report(ctx.text)) {
            return None;
        }
        ord = Some(if q == "half" { 2 } else { 4 });
    }
    if q == "half" && ord.is_none_or(|o| o > 2) {
        return None;
    }
    // "England began the second half well": in a match report a half with
    // no year is the game's, not the calendar's.
    let tied_to_a_year = explicit_year.is_some() || ry.is_some() || year_ago || next_year;
    if q == "half" && !tied_to_a_year && c.name("fy").is_none() && is_match_report(ctx.text) {
        return None;
    }
    if q == "period"
        && !(year_ago
            || rel.contains("latest")
            || rel.contains("comparable")
            || rel.contains("corresponding")
            || explicit_year.is_some())
    {
        return None;
    }
    if ord.is_none() {
        let cue = pre.is_some() || !rel.is_empty() || c.name("fy").is_some();
        if !cue || pre.as_deref() == Some("a") && rel.is_empty() {
            return None;
        }
        if next == "of" && explicit_year.is_none() {
            return None;
        }
        if next.starts_with("century")
            || next == "mile"
            || next == "point"
            || next.starts_with("final")
        {
            return None;
        }
    }
    let mut start = full.start();
    let hyphenated = c
        .name("ord")
        .is_some_and(|o| byte_at(ctx.text, o.end()) == Some(b'-'));
    if hyphenated && rel.is_empty() {
        // "its third-quarter profit": the determiner belongs to the noun.
        start = c
            .name("fy")
            .or(c.name("y1"))
            .or(c.name("ord"))
            .map_or(start, |m| m.start());
    } else if pre.as_deref() == Some("a") && rel.is_empty() {
        return None;
    }
    if ord.is_none() && q == "quarter" && explicit_year.is_none() && !year_ago && !next_year {
        if let Some(value) = quarterend::closed_on(ctx.text, full.end(), ctx.dct) {
            // A fiscal quarter the text named before ("its fiscal first
            // quarter") still wins: TimeML keeps the company's numbering.
            return Some(Hit {
                start,
                end: full.end(),
                kind: TimexType::Date,
                value,
                modifier: None,
                quarter_ref: Some(0),
                anchored: None,
            });
        }
    }
    let base = |back_q: u64| {
        ctx.dct
            .and_then(|d| resolve::shift(d, back_q, Unit::Quarter, true))
    };
    let mut qref = None;
    let value = match (ord, q.as_str()) {
        (Some(n), "half") => {
            // "the first half of next year" is next year's, not this one's.
            let y = explicit_year.or_else(|| {
                ctx.dct
                    .map(|d| d.year() - i32::from(year_ago) + i32::from(next_year))
            });
            match y {
                Some(y) => format!("{}-H{n}", resolve::year(y)),
                None => format!("XXXX-H{n}"),
            }
        }
        (Some(n), _) => {
            let y = explicit_year.or_else(|| {
                ctx.dct.map(|d| {
                    let mut y = d.year();
                    if next_year {
                        y += 1;
                    } else if year_ago
                        || (!this_year
                            && n > resolve::quarter_of(d)
                            && tense_dir(ctx, full.start(), full.end()) != Dir::Future)
                    {
                        // A later quarter told in the past tense is last year's.
                        y -= 1;
                    }
                    y
                })
            });
            match y {
                Some(y) => format!("{}-Q{n}", resolve::year(y)),
                None => format!("XXXX-Q{n}"),
            }
        }
        (None, _) => {
            if !(rel.contains("this") || rel.contains("current") || rel.contains("next")) {
                qref = match explicit_year {
                    Some(y) => ctx.dct.map(|d| d.year() - y).filter(|k| *k >= 0),
                    None => Some(i32::from(year_ago)),
                };
            }
            let d = if rel.contains("this") || rel.contains("current") {
                base(0)
            } else if rel.contains("next") {
                ctx.dct
                    .and_then(|d| resolve::shift(d, 1, Unit::Quarter, false))
            } else if year_ago {
                base(5)
            } else {
                base(1)
            };
            match (explicit_year, d) {
                (Some(y), Some(d)) => format!("{}-Q{}", resolve::year(y), resolve::quarter_of(d)),
                (Some(y), None) => format!("{}-QX", resolve::year(y)),
                (None, _) => resolve::at_granularity(d, Unit::Quarter),
            }
        }
    };
    Some(Hit {
        start,
        end: full.end(),
        kind: TimexType::Date,
        value,
        modifier: None,
        quarter_ref: qref,
        anchored: None,
    })
}

fn set(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let one = Some(Qty { n: 1, half: false });
    if matches!(g(c, "adv"), Some("annually" | "yearly"))
        && after_amount(ctx.text, c.get(0)?.start())
    {
        // "$18 million annually", "8.5% annually": the rate of an amount,
        // which the TimeML corpora leave unannotated.
        return None;
    }
    if g(c, "adv").is_some()
        && matches!(
            prev_word(ctx.text, c.get(0)?.start()).as_str(),
            "average" | "mean" | "median" | "typical"
        )
    {
        // "the average daily volume", "median weekly earnings": a rate
        // statistic describing an amount, not a recurring event.
        return None;
    }
    let value = if let Some(adv) = g(c, "adv") {
        match adv {
            "annually" | "yearly" => "P1Y".into(),
            "weekly" => "P1W".into(),
            "biweekly" => "P2W".into(),
            "daily" => "P1D".into(),
            "nightly" => "XXXX-XX-XXTNI".into(),
            "monthly" => "P1M".into(),
            "hourly" => "PT1H".into(),
            "quarterly" => "P3M".into(),
            "semiannually" => "P6M".into(),
            _ => return None,
        }
    } else if let Some(u) = g(c, "fu").or(g(c, "pu")) {
        let u = if u.eq_ignore_ascii_case("annum") {
            "year"
        } else {
            u
        };
        resolve::duration(one, lexicon::unit(u)?)
    } else if let Some(wd) = g(c, "wd") {
        format!("XXXX-WXX-{}", lexicon::weekday(wd)?)
    } else if let Some(m) = g(c, "mo") {
        // "each July": that month of every year.
        format!("XXXX-{:02}", lexicon::month(m)?)
    } else if let Some(se) = g(c, "se") {
        // "every summer": that season of every year.
        format!("XXXX-{}", lexicon::season(se)?)
    } else {
        let u = g(c, "u")?;
        if let Some(p) = part_of_day(u) {
            format!("XXXX-XX-XXT{p}")
        } else if u.eq_ignore_ascii_case("weekend") {
            "XXXX-WXX-WE".into()
        } else {
            let mut q = match g(c, "n") {
                Some(n) => lexicon::quantity(n),
                None => one,
            };
            if c.name("other").is_some() {
                q = Some(Qty { n: 2, half: false });
            }
            resolve::duration(q, lexicon::unit(u)?)
        }
    };
    Some(whole(c, TimexType::Set, value, None))
}

/// Whether one of the (at most three) words before `pos`, in the same
/// clause, is a number or a percentage.
/// "today's youth", "in today's world", "many of today's computers":
/// "today's" meaning "of our era", which the TimeML corpora leave
/// unannotated, unlike "today's vote".
fn contemporary_today(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    let Some(after) = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("\u{2019}s"))
    else {
        return false;
    };
    let noun = next_word(text, text.len() - after.len());
    let generic = matches!(
        noun.as_str(),
        "world"
            | "youth"
            | "society"
            | "generation"
            | "young"
            | "children"
            | "kids"
            | "teenagers"
            | "culture"
            | "standards"
            | "families"
            | "consumers"
    );
    let before = text_before(text, start, 30).to_ascii_lowercase();
    let quantified = ["many of", "most of", "some of", "all of", "much of"]
        .iter()
        .any(|q| before.trim_end().ends_with(q));
    generic || quantified
}

fn after_amount(text: &str, pos: usize) -> bool {
    let before = text_before(text, pos, 40);
    let before = before.rsplit([',', ';', '.', '\n']).next().unwrap_or("");
    // A comma inside "10,000" splits the number; the digits left over
    // still count.
    before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| w.contains(|ch: char| ch.is_ascii_digit() || ch == '%'))
}

/// "on Mondays", "Tuesday nights": the weekday (and part of it) every
/// week, a set.
/// "on weekends", "during weekends": every weekend, like "on Sundays".
/// The preposition keeps out counts ("three weekends").
fn weekends(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let we = c.name("we")?;
    Some(Hit {
        start: we.start(),
        end: we.end(),
        kind: TimexType::Set,
        value: "XXXX-WXX-WE".into(),
        modifier: None,
        quarter_ref: None,
        anchored: None,
    })
}

fn weekday_plural(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let wd = lexicon::weekday(g(c, "wd")?)?;
    let pod = g(c, "pod").and_then(|p| part_of_day(p.trim_end_matches(['s', 'S'])));
    let value = match pod {
        Some(p) => format!("XXXX-WXX-{wd}T{p}"),
        None => format!("XXXX-WXX-{wd}"),
    };
    Some(whole(c, TimexType::Set, value, None))
}

fn holiday(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let h = g(c, "h")?.to_ascii_lowercase();
    let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
    let full = c.get(0)?;
    if holidays::NOT_AFTER.contains(&next_word(ctx.text, full.end()).as_str()) {
        return None;
    }
    let day = match (g(c, "y"), ctx.dct) {
        (Some(y), _) => Some(holidays::date(&h, y.parse().ok()?)?),
        (None, Some(dct)) => {
            let d = holidays::date(&h, dct.year())?;
            // A holiday week or weekend has begun once its first day is
            // past: "as Easter week began" is this year's.
            let begins = d - chrono::Days::new(holidays::days_before(&h));
            // "this Christmas" is this year's, "last Christmas" the one
            // gone by. Without a word or a tense to say, the nearest: a
            // report of 10 December on "the Christmas rush" means the one
            // two weeks away, not the one a year ago.
            // "pardoned a turkey ahead of Thanksgiving": what a past verb
            // did before the holiday says nothing of which one; the nearest.
            let ahead = preceded_by(
                ctx.text,
                full.start(),
                &["ahead of", "before", "until", "run-up to", "lead-up to"],
            );
            let dir = match prev_word(ctx.text, full.start()).as_str() {
                _ if ahead => None,
                "this" => Some(Dir::Same),
                "last" | "previous" => Some(Dir::Past),
                "next" | "coming" => Some(Dir::Future),
                _ => match tense::around(ctx.text, full.start(), full.end()) {
                    Tense::Future => Some(Dir::Future),
                    Tense::Past => Some(Dir::Past),
                    Tense::Present | Tense::Unknown => None,
                },
            };
            let d = match dir {
                Some(Dir::Past) if begins > dct => holidays::date(&h, dct.year() - 1)?,
                Some(Dir::Future) if d < dct => holidays::date(&h, dct.year() + 1)?,
                Some(_) => d,
                None => [dct.year() - 1, dct.year() + 1]
                    .iter()
                    .filter_map(|&y| holidays::date(&h, y))
                    .fold(d, |best, other| {
                        if (other - dct).num_days().abs() < (best - dct).num_days().abs() {
                            other
                        } else {
                            best
                        }
                    }),
            };
            Some(d)
        }
        (None, None) => None,
    };
    let value = match day {
        Some(d) if holidays::is_week(&h) => resolve::week(Some(d)),
        Some(d) if holidays::is_weekend(&h) => format!("{}-WE", resolve::week(Some(d))),
        Some(d) => resolve::day(Some(d)),
        None if holidays::is_fixed(&h) => {
            let d = holidays::date(&h, 2001)?;
            format!("XXXX-{:02}-{:02}", d.month(), d.day())
        }
        None if holidays::is_week(&h) => "XXXX-WXX".into(),
        None if holidays::is_weekend(&h) => "XXXX-WXX-WE".into(),
        None => "XXXX-XX-XX".into(),
    };
    Some(whole(c, TimexType::Date, value, None))
}

#[cfg(test)]
mod tests {
    #[test]
    fn all_patterns_compile() {
        assert!(super::rules().list.len() > 10);
    }
}
