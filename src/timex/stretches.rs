//! Stretches of time with no number: "the first hours of the war", "the
//! final days of the campaign", "after months of talks".
//!
//! TimeML marks these as durations of unknown length in their unit
//! ("PTXH", "PXD", "PXM"). A bare plural followed by "of" is usually a
//! measure of something else ("years of experience" is still a duration,
//! but "hours of footage" is not), so only the openings and endings of an
//! event and the words that bring a long wait to an end take it.

use super::lexicon;
use super::patterns::{g, whole, Ctx, Hit};
use super::resolve;
use super::TimexType;
use regex::Captures;

/// The regular expression for [`stretch`].
pub const PATTERN: &str = r"\b(?:(?P<edge>(?i:the\s+(?:first|final|closing|opening|last|initial)))\s+(?P<u>(?i:hours|days|weeks|months|years))|(?P<pre>(?i:after|amid|despite|following|follows|followed|ending|ends|ended|end))\s+(?P<u2>(?i:weeks|months|years|decades))\s+of)\b";

/// "the first days", "after months of".
pub fn stretch(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let um = c.name("u").or_else(|| c.name("u2"))?;
    let unit = lexicon::unit(um.as_str())?;
    let mut h = whole(c, TimexType::Duration, resolve::duration(None, unit), None);
    // TimeML marks "months" in "after months of talks", not the words
    // around it.
    if g(c, "pre").is_some() {
        h.start = um.start();
        h.end = um.end();
    }
    Some(h)
}
