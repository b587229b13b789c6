//! One small unit counted back or on from now: "over the past hour", "in
//! the last day", "within the next hour".
//!
//! For weeks and longer "the past week" is a unit rule's; hours and days
//! were left out there because "the last day of the talks" and "the next
//! day" are places in a story, not stretches. After a preposition that
//! takes a stretch ("over", "in", "within", "during", "for") and with no
//! "of" after it, the phrase is a duration; without this rule the
//! reference rule took "the past" alone as PAST_REF. Minutes are left
//! out: "in the last minute" is a match's or a deadline's, not a stretch.

use super::context::next_word;
use super::lexicon::{self, Qty};
use super::patterns::{g, Ctx, Hit};
use super::resolve;
use super::TimexType;
use regex::Captures;

/// The regular expression for [`last_unit`].
pub const PATTERN: &str = r"\b(?i:over|in|within|during|for|throughout)\s+(?P<x>(?i:the\s+(?:past|last|next|coming))\s+(?P<u>(?i:hour|day)))\b";

/// "over the past hour" (PT1H), "in the last day" (P1D).
pub fn last_unit(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let x = c.name("x")?;
    // "the last day of the season", "the last day-trip".
    if next_word(ctx.text, x.end()) == "of" || ctx.text[x.end()..].starts_with('-') {
        return None;
    }
    let unit = lexicon::unit(g(c, "u")?)?;
    Some(Hit {
        start: x.start(),
        end: x.end(),
        kind: TimexType::Duration,
        value: resolve::duration(Some(Qty { n: 1, half: false }), unit),
        modifier: None,
        quarter_ref: None,
        anchored: None,
    })
}
