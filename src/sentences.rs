//! Sentence splitting for news text.
//!
//! News copy is one paragraph per line, so a line break always ends a
//! sentence; inside a line a `.`, `!` or `?` ends one when the next word
//! starts a new sentence (capital letter, digit or opening quote) and the
//! word before it is not an abbreviation such as `Mr.`, `Oct.` or `U.S.`.
//!
//! ```
//! use news_timeline::sentences::sentences;
//! let text = "Mr. Smith met Dr. Jones in Paris. They talked.\nNew line";
//! let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(parts, ["Mr. Smith met Dr. Jones in Paris.", "They talked.", "New line"]);
//! ```
//!
//! Text is sliced with `str::get`, never by indexing. This code runs in the
//! browser, and one indexed `str` slice links in the panic message of a bad
//! char boundary with the formatting behind it: about 4 KB of the gzipped
//! module (issue #8). The ranges come from the text itself, so `get` never
//! fails in practice.

use std::ops::Range;

/// Words that are followed by a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "fr", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "vs", "v", "etc", "inc", "ltd", "corp", "co", "mt", "ft",
    "approx", "est", "dept", "univ", "fig", "al", "op", "vol",
];

/// Splits `text` into sentence byte ranges, trimmed of surrounding space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' || b == b'\r' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        } else if (b == b'.' || b == b'!' || b == b'?') && ends_sentence(text, i) {
            // Closing quotes and brackets belong to the sentence they close.
            let mut end = i + 1;
            while end < bytes.len() {
                let rest = text.get(end..).unwrap_or_default();
                let c = match rest.chars().next() {
                    Some(c) => c,
                    None => break,
                };
                if matches!(
                    c,
                    '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '.' | '!' | '?'
                ) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    if start >= end {
        return;
    }
    let piece = text.get(start..end).unwrap_or_default();
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(start + lead..end - trail);
    }
}

/// Whether the terminal mark at byte `i` ends a sentence.
fn ends_sentence(text: &str, i: usize) -> bool {
    let after = text.get(i + 1..).unwrap_or_default();
    // Skip closing punctuation, then require white space.
    let mut chars = after.char_indices().skip_while(|(_, c)| {
        matches!(
            c,
            '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '.' | '!' | '?'
        )
    });
    match chars.next() {
        None => return true,
        Some((_, c)) if !c.is_whitespace() => return false,
        _ => {}
    }
    let next = chars.find(|(_, c)| !c.is_whitespace() || *c == '\n');
    let next_char = match next {
        None => return true,
        Some((_, c)) => c,
    };
    if next_char == '\n' {
        return true;
    }
    if text.as_bytes()[i] != b'.' {
        return true;
    }
    let starts_sentence = crate::fold::is_upper(next_char)
        || next_char.is_ascii_digit()
        || matches!(next_char, '"' | '\'' | '(' | '\u{201C}' | '\u{2018}');
    if !starts_sentence {
        return false;
    }
    // The word before the period decides whether it is an abbreviation.
    let before = text.get(..i).unwrap_or_default();
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(crate::fold::is_word_char(*c) || *c == '.'))
        .map(|(j, c)| j + c.len_utf8())
        .unwrap_or(0);
    let word = before.get(word_start..).unwrap_or_default();
    if word.is_empty() {
        return true;
    }
    // Initials and dotted acronyms: "J. K. Rowling", "U.S.".
    let letters = word
        .chars()
        .filter(|&c| crate::fold::is_word_char(c) && !c.is_ascii_digit())
        .count();
    if word.contains('.') || (letters == 1 && word.chars().all(crate::fold::is_upper)) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    !ABBREVIATIONS.contains(&lower.as_str())
}

/// Words after a comma that go on with a phrase, not the main clause.
const CONTINUES_A_PHRASE: [&str; 21] = [
    "and", "or", "but", "in", "on", "at", "of", "for", "to", "from", "with", "by", "after",
    "before", "since", "during", "the", "a", "an", "as", "where",
];

/// Whether the text after a comma goes on with the sentence's main
/// clause: a space, then a lower-case word that does not continue a
/// phrase ("…, the host, met", not "Paris, France, in 1950" nor "12,000").
pub fn main_clause_resumes(after_comma: &str) -> bool {
    after_comma.starts_with(' ')
        && after_comma.split_whitespace().next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase()) && !CONTINUES_A_PHRASE.contains(&w)
        })
}

/// The relative clauses set off by commas in `sentence`: for "Zelensky,
/// who was not invited, is due to meet Trump", the range from the comma
/// before "who" through the comma after "invited", so that cutting it
/// leaves "Zelensky is due to meet Trump". A clause that runs to the end
/// of the sentence ("met Ruto, who hosted him") is not set off, and is not
/// returned: what it says may be all the sentence has after its subject.
pub fn relative_asides(sentence: &str) -> Vec<Range<usize>> {
    asides(sentence, |_, opener, _| {
        matches!(opener, "who" | "whom" | "whose" | "which")
    })
}

/// The appositives set off by commas after a name in `sentence`: for
/// "Holm Foods, a sponsor of the 2024 Olympics, said", the range from the
/// comma before "a" through the comma after "Olympics". What they say
/// (and when) describes the name, not the sentence's event. Not after a
/// day or a month: "on Monday, a day after the vote, ..." is a bound.
/// Extraction only: the browser has no date words.
#[cfg(not(target_arch = "wasm32"))]
pub fn appositives(sentence: &str) -> Vec<Range<usize>> {
    asides(sentence, |before, opener, _| {
        let name = before.split_whitespace().next_back().unwrap_or("");
        // The sentence's first word may be the name ("Homeline, the
        // retailer that ..., has won"), but not a word that opens a
        // sentence before its comma: "Meanwhile, the ...".
        let first = before.split_whitespace().count() < 2;
        let lower = name.to_ascii_lowercase();
        let opens_sentence = lower.ends_with("ly")
            || matches!(
                lower.as_str(),
                "meanwhile"
                    | "however"
                    | "separately"
                    | "instead"
                    | "still"
                    | "yet"
                    | "now"
                    | "then"
                    | "also"
                    | "earlier"
                    | "later"
                    | "today"
                    | "yesterday"
                    | "overall"
                    | "elsewhere"
                    | "nevertheless"
                    | "nonetheless"
                    | "otherwise"
                    | "besides"
                    | "indeed"
                    | "thus"
                    | "so"
                    | "but"
                    | "and"
                    | "again"
                    | "here"
                    | "there"
                    | "in"
                    | "for"
                    | "at"
            );
        !(first && opens_sentence)
            && matches!(opener, "a" | "an" | "the")
            && name.starts_with(char::is_uppercase)
            && crate::timex::lexicon::weekday(&name.to_ascii_lowercase()).is_none()
            && !crate::timex::lexicon::is_month_word(&name.to_ascii_lowercase())
    })
}

/// Past participles that do not end in "-ed".
#[cfg(not(target_arch = "wasm32"))]
const IRREGULAR_PARTICIPLES: [&str; 41] = [
    "born", "built", "brought", "caught", "chosen", "found", "given", "held", "hit", "kept",
    "known", "led", "made", "paid", "run", "seen", "sent", "shot", "sold", "stolen", "struck",
    "sworn", "taken", "told", "won", "written", "fled", "lost", "broken", "fallen", "begun",
    "gone", "spent", "bought", "fought", "thrown", "beaten", "driven", "drawn", "forgiven",
    "shown",
];

/// Whether the lower-case `word` has a past participle's form: "elected",
/// "held", "born".
#[cfg(not(target_arch = "wasm32"))]
pub fn is_past_participle(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(&word)
}

/// When byte `at` of `text` stands inside quotation marks opened after
/// byte `from` (an odd number of straight double quotes before it, or
/// more curly ones opened than closed): the text before the mark that
/// opened them, trimmed at its end. Callers judge from it whether the
/// quote is of what someone said in full (it opens the sentence or
/// follows a colon) or a phrase quoted in the writer's own clause ("had
/// been a "massive demonstration"").
#[cfg(not(target_arch = "wasm32"))]
pub fn before_open_quote(text: &str, from: usize, at: usize) -> Option<&str> {
    let before = text.get(from..at).unwrap_or("");
    let straight = before.matches('"').count();
    let opened = before.matches('\u{201C}').count();
    let closed = before.matches('\u{201D}').count();
    if straight % 2 == 0 && opened <= closed {
        return None;
    }
    let open = before.rfind(['"', '\u{201C}'])?;
    Some(before[..open].trim_end())
}

/// Adverbs that may come before such a participle: "first elected",
/// "once owned".
#[cfg(not(target_arch = "wasm32"))]
const BEFORE_A_PARTICIPLE: [&str; 8] = [
    "first",
    "once",
    "long",
    "newly",
    "recently",
    "previously",
    "originally",
    "later",
];

/// Whether the lower-case words `first` (and `second`) open a participle
/// phrase that describes what comes before it: "elected", "first
/// elected", "built", "badly damaged".
#[cfg(not(target_arch = "wasm32"))]
pub fn opens_a_participle_phrase(first: &str, second: Option<&str>) -> bool {
    // "The summit, scheduled for Thursday, will ...": a plan's day is the
    // day of the noun it follows, which is then an event.
    let plan = |w: &str| {
        matches!(
            w,
            "scheduled" | "rescheduled" | "planned" | "slated" | "set" | "timed" | "expected"
        )
    };
    let participle = |w: &str| is_past_participle(w) && !plan(w);
    participle(first)
        || ((BEFORE_A_PARTICIPLE.contains(&first) || (first.len() > 4 && first.ends_with("ly")))
            && second.is_some_and(participle))
}

/// The participle phrases set off by commas after a noun in `sentence`:
/// for "Jane Roe, first elected in 2010, resigned on Monday", the range
/// from the comma before "first" through the comma after "2010". What
/// they say (and when) describes the noun, not the sentence's event. Not
/// after a day or a month ("on Monday, accused of ..."), nor after a noun
/// that `is_event` says names an event ("The vote, held on Sunday, gave
/// ..." is dated by its aside; callers that see a day after the aside
/// pass `|_| false`). Extraction only.
#[cfg(not(target_arch = "wasm32"))]
pub fn participle_asides(sentence: &str, is_event: impl Fn(&str) -> bool) -> Vec<Range<usize>> {
    // "returned 22 sculptures, looted in 1897, to Nigeria": after an
    // object the sentence resumes with a preposition too.
    let resumes = |after: &str| {
        after.starts_with(' ')
            && after.split_whitespace().next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase()) && !matches!(w, "and" | "or" | "but")
            })
    };
    asides_closed_by(sentence, resumes, |before, opener, second| {
        let noun = before
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_ascii_lowercase();
        let words = before.split_whitespace().count();
        words >= 1
            && noun
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}')
            && crate::timex::lexicon::weekday(&noun).is_none()
            && !crate::timex::lexicon::is_month_word(&noun)
            && !is_event(&noun)
            && opens_a_participle_phrase(opener, second.map(|w| w.trim_end_matches(',')))
    })
}

/// The stretches from a comma whose next word `opens` (given the text
/// before the comma and that word, lower case) through the comma after
/// which the main clause resumes.
fn asides(sentence: &str, opens: impl Fn(&str, &str, Option<&str>) -> bool) -> Vec<Range<usize>> {
    asides_closed_by(sentence, main_clause_resumes, opens)
}

/// As [`asides`], with `resumes` saying after which comma the main clause
/// goes on.
fn asides_closed_by(
    sentence: &str,
    resumes: impl Fn(&str) -> bool,
    opens: impl Fn(&str, &str, Option<&str>) -> bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = sentence
        .get(from..)
        .and_then(|s| s.find(','))
        .map(|i| from + i)
    {
        from = at + 1;
        let rest = sentence.get(at + 1..).unwrap_or_default();
        let mut words = rest.split_whitespace().map(|w| w.to_ascii_lowercase());
        let (opener, second) = (words.next(), words.next());
        let before = sentence.get(..at).unwrap_or_default();
        if !opener.is_some_and(|w| opens(before, &w, second.as_deref())) {
            continue;
        }
        // The aside closes at the comma after which the sentence goes on
        // in lower case ("…, who was not invited, is due to …"); not inside
        // "12,000" nor after "Paris," in "born in Paris, France, in 1950".
        let close = rest
            .match_indices(',')
            .map(|(i, _)| i)
            .find(|&i| resumes(rest.get(i + 1..).unwrap_or_default()));
        if let Some(close) = close {
            let end = at + 1 + close + 1;
            out.push(at..end);
            from = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{relative_asides, sentences};

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn appositives_after_a_name_are_found() {
        let found = |s: &'static str| -> Vec<&str> {
            super::appositives(s).into_iter().map(|r| &s[r]).collect()
        };
        assert_eq!(
            found("Holm Foods, a sponsor of the 2024 Olympics, said on Tuesday that its chief had resigned."),
            [", a sponsor of the 2024 Olympics,"]
        );
        assert!(found("They met on Monday, a day after the vote, and agreed.").is_empty());
    }

    #[test]
    fn relative_clauses_set_off_by_commas_are_found() {
        let asides = |s: &'static str| -> Vec<&str> {
            relative_asides(s).into_iter().map(|r| &s[r]).collect()
        };
        assert_eq!(
            asides("Lena Berg, who was not invited, is due to meet him, which pleased nobody."),
            [", who was not invited,"]
        );
        // A comma in a number or after a city is not the aside's end.
        assert_eq!(
            asides("Acme, which employs 12,000 people, said so."),
            [", which employs 12,000 people,"]
        );
        assert_eq!(
            asides("Lena Smith, who was born in Paris, France, in 1950, has died."),
            [", who was born in Paris, France, in 1950,"]
        );
        assert!(relative_asides("Paris, France, said so, and Lyon agreed.").is_empty());
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_terminal_marks_and_lines() {
        assert_eq!(
            split(
                "Chancellor Olaf Scholz met Emmanuel Macron. Talks went well!\n\nNext paragraph?"
            ),
            [
                "Chancellor Olaf Scholz met Emmanuel Macron.",
                "Talks went well!",
                "Next paragraph?"
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            split("The attack on Oct. 7 shocked the U.S. Government. J. K. Rowling wrote."),
            [
                "The attack on Oct. 7 shocked the U.S. Government.",
                "J. K. Rowling wrote."
            ]
        );
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        assert_eq!(split("\"We won.\" He left."), ["\"We won.\"", "He left."]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        assert!(sentences("").is_empty());
        assert!(sentences("   \n\n ").is_empty());
        let junk = "\u{202E}abc. \u{0}\u{FFFD}. é.".repeat(1000);
        let _ = sentences(&junk);
        assert_eq!(sentences(&"a".repeat(100_000)).len(), 1);
    }
}
