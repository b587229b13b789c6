//! The second year of a written range: "2005-2007", "the 1998-99 season",
//! "from 1995-2001".
//!
//! TimeML tags each end of a range as its own date. The first year is an
//! ordinary year to the year rule, but the second is glued to it by a
//! hyphen, which that rule rightly reads as a number range ("pages
//! 1990-2010" is rare, scores and phone numbers are not). Here the pair is
//! judged as a whole: both ends must be plausible years, the second later
//! than the first and not too far from it, which a score or a count
//! hardly ever is.

use super::context::{byte_at, byte_before, next_word, prev_word};
use super::patterns::{g, Ctx, Hit, COUNT_NOUNS, NOT_YEAR_BEFORE};
use super::resolve;
use super::TimexType;
use regex::Captures;

/// The regular expression for [`second_year`]: a four-digit year, a hyphen
/// or en dash, and four or two digits.
pub const PATTERN: &str =
    r"\b(?P<y1>1[89][0-9]{2}|20[0-9]{2})(?:-|–|\s+-\s+)(?P<y2>[0-9]{4}|[0-9]{2})\b";

/// The longest span a range of years in news covers ("1914-1918",
/// "1945-2005" for a life); longer pairs are more likely codes.
const MAX_SPAN: i32 = 120;

/// The year after the hyphen in "1998-99" or "2005-2007".
pub fn second_year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let full = c.get(0)?;
    let m2 = c.name("y2")?;
    let y1: i32 = g(c, "y1")?.parse().ok()?;
    let y2 = closing_year(y1, m2.as_str())?;
    // Glued to more digits, currency or a decimal point, the pair is a
    // code, a price or part of a longer number ("1998-99-1", "$1990-2000").
    if byte_before(ctx.text, full.start())
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'$' | b'.' | b'-' | b'/' | b'#'))
    {
        return None;
    }
    if matches!(byte_at(ctx.text, m2.end()), Some(b'-' | b'/' | b'%'))
        || (matches!(byte_at(ctx.text, m2.end()), Some(b'.' | b','))
            && byte_at(ctx.text, m2.end() + 1).is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    // The words that make a lone number a count or a label ("2,000-2,500
    // troops", "pages 1990-1995") do the same to a pair.
    if COUNT_NOUNS.contains(&next_word(ctx.text, m2.end()).as_str())
        || NOT_YEAR_BEFORE.contains(&prev_word(ctx.text, full.start()).as_str())
    {
        return None;
    }
    Some(Hit {
        start: m2.start(),
        end: m2.end(),
        kind: TimexType::Date,
        value: resolve::year(y2),
        modifier: None,
        quarter_ref: None,
        anchored: None,
    })
}

/// The year that closes a range opened by `y1` and written `digits` ("99"
/// in "1998-99", "2007" in "2005-2007"), if the two make a range of years
/// news would write: later than the first, within a lifetime, and with two
/// digits only for a short one such as a season.
pub fn closing_year(y1: i32, digits: &str) -> Option<i32> {
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y2: i32 = if digits.len() == 2 {
        // "1999-00" closes the century; otherwise the century is the first
        // year's.
        let yy: i32 = digits.parse().ok()?;
        let century = y1 - y1 % 100;
        if yy <= y1 % 100 {
            // Only a season or fiscal year straddles the century; "1998-05"
            // is a month.
            if century + 100 + yy - y1 > 2 {
                return None;
            }
            century + 100 + yy
        } else {
            century + yy
        }
    } else {
        digits.parse().ok()?
    };
    if y2 <= y1 || y2 - y1 > MAX_SPAN || y2 > 2099 {
        return None;
    }
    // "1998-99" and "1999-00" are seasons; "1998-05" is a month in ISO
    // dates or a serial number, so two digits must close a short range.
    if digits.len() == 2 && y2 - y1 > 10 {
        return None;
    }
    Some(y2)
}
