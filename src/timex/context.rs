//! Looking at the words next to a match.
//!
//! The regex crate has no look-behind, and many refusals ("$1998", "may
//! be", "the March on Washington") hinge on one neighbouring word, so the
//! rules ask these helpers instead of growing their patterns.

/// The text in the `max` bytes before byte `pos` (fewer, to start on a
/// character boundary).
pub fn text_before(text: &str, pos: usize, max: usize) -> &str {
    let mut lo = pos.saturating_sub(max);
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    text.get(lo..pos).unwrap_or("")
}

/// Whether the words just before byte `pos` are `phrase` (lower case):
/// "ahead of" before "Sunday's election".
pub fn follows(text: &str, pos: usize, phrase: &str) -> bool {
    text_before(text, pos, phrase.len() + 4)
        .trim_end()
        .to_ascii_lowercase()
        .ends_with(phrase)
}

/// The word (ASCII letters, lower-cased) just before byte `pos`, skipping
/// spaces; empty when punctuation or the start of the text comes first.
pub fn prev_word(text: &str, pos: usize) -> String {
    let b = text.as_bytes();
    let mut i = pos.min(b.len());
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    let end = i;
    while i > 0 && (b[i - 1].is_ascii_alphabetic() || b[i - 1] == b'\'') {
        i -= 1;
    }
    text.get(i..end).unwrap_or("").to_ascii_lowercase()
}

/// The word just after byte `pos`, skipping spaces, lower-cased.
pub fn next_word(text: &str, pos: usize) -> String {
    let b = text.as_bytes();
    let mut i = pos.min(b.len());
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'-') {
        i += 1;
    }
    text.get(start..i).unwrap_or("").to_ascii_lowercase()
}

/// Whether the word after `pos` starts with a capital letter.
pub fn next_capitalised(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let mut i = pos.min(b.len());
    if i < b.len() && b[i] != b' ' {
        return false;
    }
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    i < b.len() && b[i].is_ascii_uppercase()
}

/// Whether the words after `pos` name a street ("2030 Mill Lane",
/// "1600 Pennsylvania Avenue"): the number before them is a house's, not
/// a year. The caller keeps a year after "in" or "since" ("in 2019
/// Oxford Street lost ten shops").
pub fn names_a_street(text: &str, pos: usize) -> bool {
    const STREETS: &[&str] = &[
        "street",
        "st",
        "road",
        "rd",
        "lane",
        "ln",
        "avenue",
        "ave",
        "drive",
        "dr",
        "way",
        "boulevard",
        "blvd",
        "place",
        "pl",
        "court",
        "ct",
        "terrace",
        "crescent",
        "close",
        "highway",
        "hwy",
        "parkway",
        "square",
        "row",
        "mews",
        "gardens",
        "grove",
    ];
    if !next_capitalised(text, pos) {
        return false;
    }
    let first = next_word(text, pos);
    let after = pos
        + text
            .get(pos..)
            .map_or(0, |t| t.len() - t.trim_start().len())
        + first.len();
    let second = next_word(text, after);
    STREETS.contains(&second.as_str())
}

/// Whether the token after `pos` is a code of capitals and digits
/// ("asteroid 2011 UW158"): the number before it is part of a
/// designation, not a year.
pub fn next_is_a_code(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let after = rest.trim_start_matches(' ');
    if after.len() == rest.len() {
        return false;
    }
    let code: &str = after
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    // A minor planet's provisional name: two capitals, then a number
    // ("UW158", "MN4"); not "G20" or "COP28", which a year may qualify.
    let b = code.as_bytes();
    b.len() > 2
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// The byte just before `pos`, if any.
pub fn byte_before(text: &str, pos: usize) -> Option<u8> {
    pos.checked_sub(1)
        .and_then(|i| text.as_bytes().get(i).copied())
}

/// The byte at `pos`, if any.
pub fn byte_at(text: &str, pos: usize) -> Option<u8> {
    text.as_bytes().get(pos).copied()
}

/// Whether a dot ending at `end` (exclusive) closes the sentence, so that it
/// belongs to the sentence rather than to an abbreviation like "a.m.".
pub fn dot_ends_sentence(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', '\t']);
    match trimmed.bytes().next() {
        None => true,
        Some(b'\n' | b'\r' | b'"') => true,
        Some(c) => c.is_ascii_uppercase() && trimmed.len() < rest.len(),
    }
}

/// Prepositions after which an ambiguous month name ("May", "March") is
/// taken as the month.
pub const MONTH_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "before",
    "after",
    "during",
    "of",
    "from",
    "through",
    "to",
    "between",
    "and",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "or",
    "on",
    "for",
    "throughout",
    "last",
    "around",
    "that",
    "each",
    "every",
    "recently",
];
