//! Parts of a day the story is telling about: "that morning", "later that
//! night", "the next afternoon", "the following evening".
//!
//! Like "that day" ([`super::narrative`]), they take their day from the
//! time the story last named, not from the DCT: "He was arrested on May 3
//! and charged that evening" is the evening of May 3. The hit carries an
//! anchor and [`super::narrative::resolve`] fills in the day.

use super::lexicon::Unit;
use super::narrative::Anchored;
use super::patterns::{g, modifier_of, whole, Ctx, Hit};
use super::resolve;
use super::TimexType;
use chrono::Days;
use regex::Captures;

/// The regular expression for [`that_part`].
pub const PATTERN: &str = r"\b(?:(?P<pm>(?i:early|earlier|late|later))\s+(?:(?i:in|on)\s+)?)?(?P<det>(?i:that(?:\s+same|\s+very)?|the\s+same|the\s+following|the\s+next))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b";

/// "that morning", "the next evening", "later that night".
pub fn that_part(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let det = g(c, "det")?.to_ascii_lowercase();
    let shift = i32::from(det.ends_with("following") || det.ends_with("next"));
    // "that morning's paper" still names the morning; "that night-time
    // raid" or "the next morning-after pill" do not.
    if matches!(ctx.text.as_bytes().get(c.get(0)?.end()), Some(b'-')) {
        return None;
    }
    let day = ctx
        .dct
        .and_then(|d| d.checked_add_days(Days::new(shift as u64)));
    let day = resolve::day(day);
    // As with "Friday night", TimeML corpora give a night its date alone;
    // the other parts are times of day.
    let (kind, value) = match g(c, "pod")?.to_ascii_lowercase().as_str() {
        "morning" => (TimexType::Time, format!("{day}TMO")),
        "afternoon" => (TimexType::Time, format!("{day}TAF")),
        "evening" => (TimexType::Time, format!("{day}TEV")),
        _ => (TimexType::Date, day),
    };
    let mut h = whole(c, kind, value, modifier_of(g(c, "pm")));
    h.anchored = Some(Anchored {
        unit: Unit::Day,
        shift,
    });
    Some(h)
}
