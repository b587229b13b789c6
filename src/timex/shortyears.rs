//! Years written with an apostrophe and two digits: "in '98", "since '95",
//! "the class of '04".
//!
//! News uses them in quotes and headlines-turned-prose. An apostrophe also
//! opens a quotation, so only a year-taking preposition before it, and no
//! letter or digit glued after it, makes it a year.

use super::gate::Needs;
use super::patterns::{whole, Ctx, Hit};
use super::resolve;
use super::TimexType;
use chrono::Datelike;
use regex::Captures;

/// The regular expression for [`short_year`].
pub const PATTERN: &str = r"\b(?:(?i:in|since|of|by|until|till|from|through|during|before|after|to|and|between)|(?P<fy>(?i:fiscal)))\s+(?P<y>['\x{2019}](?P<yy>[0-9]{2}))\b";

/// An apostrophe and the first digit of the year: [`PATTERN`] matches both
/// exactly, and apostrophes alone are too common to be worth a gate.
pub const NEEDS: Needs = Needs::Exact(&[
    "'0",
    "'1",
    "'2",
    "'3",
    "'4",
    "'5",
    "'6",
    "'7",
    "'8",
    "'9",
    "\u{2019}0",
    "\u{2019}1",
    "\u{2019}2",
    "\u{2019}3",
    "\u{2019}4",
    "\u{2019}5",
    "\u{2019}6",
    "\u{2019}7",
    "\u{2019}8",
    "\u{2019}9",
]);

/// "'98" after a preposition or "fiscal": the year in the century that puts it at most
/// ten years after the DCT's.
pub fn short_year(c: &Captures, ctx: &Ctx) -> Option<Hit> {
    let m = c.name("y")?;
    // "'90s" is a decade, "'98-'99" a range written another way, and
    // "'98.5" or "'98%" is a number.
    if matches!(
        ctx.text.as_bytes().get(m.end()),
        Some(b's' | b'S' | b'-' | b'%' | b'\'' | b'0'..=b'9')
    ) || ctx.text[m.end()..].starts_with(".5")
    {
        return None;
    }
    let yy: i32 = c.name("yy")?.as_str().parse().ok()?;
    let now = ctx.dct.map_or(2000, |d| d.year());
    let mut y = now / 100 * 100 + yy;
    if y > now + 10 {
        y -= 100;
    }
    let mut h = whole(c, TimexType::Date, resolve::year(y), None);
    // "fiscal '99" is tagged whole, like "fiscal 1999".
    if c.name("fy").is_none() {
        h.start = m.start();
    }
    Some(h)
}
