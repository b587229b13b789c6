//! "the first two quarters of 1990": two quarters that make a half-year.
//!
//! Business copy counts a half-year in quarters as often as it says "the
//! first half"; TimeML values both as the half ("1990-H1").

use super::patterns::{g, whole, Ctx, Hit};
use super::resolve;
use super::TimexType;
use chrono::Datelike;
use regex::Captures;

/// The regular expression for [`two_quarters`].
pub const PATTERN: &str = r"\b(?:(?i:the)\s+)?(?P<which>(?i:first|last|final|second))\s+(?i:two|2)\s+(?i:quarters)\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<y>1[0-9]{3}|20[0-9]{2})\b|(?P<ry>(?i:this|next|last))\s+(?i:year)\b)";

/// "the first two quarters of 1990" (H1), "the last two quarters of next
/// year" (H2). Without a year the phrase is a length of time, left to the
/// duration rule.
pub fn two_quarters(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let half = if g(c, "which")?.eq_ignore_ascii_case("first") {
        1
    } else {
        2
    };
    let y = match (g(c, "y"), g(c, "ry")) {
        (Some(y), _) => y.parse::<i32>().ok()?,
        (None, Some(r)) => {
            let base = ctx.dct?.year();
            match r.to_ascii_lowercase().as_str() {
                "next" => base + 1,
                "last" => base - 1,
                _ => base,
            }
        }
        _ => return None,
    };
    let value = format!("{}-H{half}", resolve::year(y));
    Some(whole(c, TimexType::Date, value, None))
}
