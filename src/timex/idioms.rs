//! Lengths of time said with a word other than a number and a unit: "a
//! quarter century", "a fortnight", "the year ahead".
//!
//! The general duration rule reads "a quarter of a century" as "a century"
//! and has no unit called "fortnight", so these idioms get rules of their
//! own that know what they add up to.

use super::lexicon::{self, Qty, Unit};
use super::patterns::{approx_mod, g, whole, Ctx, Hit};
use super::resolve;
use super::TimexType;
use regex::Captures;

/// The regular expression for [`quarter_century`].
pub const QUARTER_CENTURY: &str = r"\b(?P<q>(?i:about|around|nearly|almost|more\s+than|less\s+than|over|some|at\s+least|roughly)\s+)?(?i:a|one|the\s+past|the\s+last|the\s+next)\s+(?i:quarter)(?:-|\s+(?i:of\s+a)\s+|\s+)(?i:century)(?P<ago>\s+(?i:ago))?\b";

/// "a quarter century", "a quarter of a century", "a quarter-century ago".
pub fn quarter_century(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    // "a quarter-century-old rivalry" describes the rivalry; TimeML's
    // durations in "-old" adjectives are left to the hyphenated-unit rule.
    if ctx.text[full.end()..].starts_with('-') {
        return None;
    }
    let md = approx_mod(g(c, "q"));
    if c.name("ago").is_some() {
        let v = resolve::offset(ctx.dct, Some(25), Unit::Year, true);
        return Some(whole(c, TimexType::Date, v, md));
    }
    let v = resolve::duration(Some(Qty { n: 25, half: false }), Unit::Year);
    Some(whole(c, TimexType::Duration, v, md))
}

/// The regular expression for [`fortnight`].
pub const FORTNIGHT: &str = r"\b(?P<q>(?i:about|around|nearly|almost|more\s+than|less\s+than|some|at\s+least|within)\s+)?(?P<n>(?i:a|one|two|three|four|five|six|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|[1-9]))\s+(?P<u>(?i:fortnights?))(?P<ago>\s+(?i:ago))?\b";

/// "a fortnight", "the past fortnight", "a fortnight ago": two weeks.
pub fn fortnight(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let n = g(c, "n")?.to_ascii_lowercase();
    let count = if n.starts_with("the") || n == "a" {
        1
    } else {
        lexicon::quantity(&n)?.n
    };
    // "a fortnights" is not English; a plural needs a count above one.
    if g(c, "u")?.ends_with(['s', 'S']) == (count == 1) {
        return None;
    }
    let weeks = count.checked_mul(2)?;
    let md = approx_mod(g(c, "q"));
    if c.name("ago").is_some() {
        if n.starts_with("the") {
            return None;
        }
        let v = resolve::offset(ctx.dct, Some(weeks), Unit::Week, true);
        return Some(whole(c, TimexType::Date, v, md));
    }
    let v = resolve::duration(
        Some(Qty {
            n: weeks,
            half: false,
        }),
        Unit::Week,
    );
    Some(whole(c, TimexType::Duration, v, md))
}

/// The regular expression for [`unit_ahead`].
pub const UNIT_AHEAD: &str = r"\b(?i:the)\s+(?P<u>(?i:week|month|year|decade))\s+(?i:ahead)\b";

/// "the year ahead", "the week ahead": like "the coming year", a stretch of
/// one unit counted from now, which TimeML annotates as a duration.
pub fn unit_ahead(c: &Captures, _ctx: &Ctx) -> Option<Hit> {
    let unit = lexicon::unit(g(c, "u")?)?;
    let v = resolve::duration(Some(Qty { n: 1, half: false }), unit);
    Some(whole(c, TimexType::Duration, v, None))
}
