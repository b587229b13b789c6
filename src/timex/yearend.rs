//! "year-end", "year's end", "midyear": the close or the middle of the
//! year being reported on.
//!
//! Business news says "by year-end" where others say "by the end of the
//! year", and TimeML values both as the year with the END modifier ("by
//! midyear": MID). As an adjective ("year-end results", "1988 year-end
//! net", "a midyear review") it names a kind of figure, not a time, so only
//! a preposition before it makes it a date.

use super::context::byte_at;
use super::patterns::{Ctx, Hit};
use super::resolve;
use super::TimexType;
use regex::Captures;

/// The regular expression for [`year_end`].
pub const PATTERN: &str = r"\b(?i:by|at|before|until|till|through|since|after|around|near|toward|towards|from|to)\s+(?P<x>(?:(?i:the)\s+)?(?i:year[-\s]end|(?P<mid>mid-?year))|(?i:year['’]s\s+end))\b";

/// "by year-end", "at the year end", "until year's end", "by mid-year". "By the year's
/// end" is left out: in a story it is usually the end of the year being
/// told about, not of the reporting year.
pub fn year_end(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let x = c.name("x")?;
    // "by year-end-1999" or "at year-end's close" go on past the phrase.
    if matches!(byte_at(ctx.text, x.end()), Some(b'-' | b'\'')) {
        return None;
    }
    let y = ctx.dct.map_or_else(
        || "XXXX".to_string(),
        |d| resolve::year(chrono::Datelike::year(&d)),
    );
    Some(Hit {
        start: x.start(),
        end: x.end(),
        kind: TimexType::Date,
        value: y,
        modifier: Some(if c.name("mid").is_some() {
            "MID"
        } else {
            "END"
        }),
        quarter_ref: None,
        anchored: None,
    })
}
