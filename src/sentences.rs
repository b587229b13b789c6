//! Splitting a paragraph into sentences.
//!
//! News sentences end at `.`, `!` or `?` (perhaps inside closing quotes)
//! followed by white space and a capital letter, a digit or an opening
//! quote. Abbreviations that take a period (`Mr.`, `Oct.`, `U.S.`) do not
//! end a sentence.
//!
//! ```
//! use news_timeline::sentences::split;
//! let text = "Mr. Smith met Dr. Jones on Oct. 7 in the U.S. capital. Talks went well.";
//! let parts: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(parts, ["Mr. Smith met Dr. Jones on Oct. 7 in the U.S. capital.", "Talks went well."]);
//! ```

use std::ops::Range;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: [&str; 38] = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
    "capt", "sgt", "maj", "adm", "rev", "hon", "inc", "corp", "co", "ltd", "vs", "no", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft",
];

/// Byte ranges of the sentences of `text`, trimmed of surrounding space.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Include closing quotes and brackets in the sentence.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')') {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let followed_by_space = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next_starts = chars.get(k).is_some_and(|&(_, n)| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '(')
            });
            if followed_by_space && next_starts && !(c == '.' && is_abbreviation(&text[start..pos]))
            {
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether the word before a period is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_ascii_lowercase();
    // Initials and dotted acronyms: "J.", "U.S", "e.g".
    let dotted = word.chars().filter(|&c| c != '.').count() <= 2 || word.contains('.');
    dotted && word.chars().next().is_some_and(char::is_alphabetic)
        || ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    fn parts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            parts("\"We will win,\" he said. \"We must.\" She agreed."),
            ["\"We will win,\" he said.", "\"We must.\"", "She agreed."]
        );
    }

    #[test]
    fn numbers_and_lower_case_do_not_split() {
        assert_eq!(
            parts("Prices rose 2.5 percent. e.g. this one."),
            ["Prices rose 2.5 percent. e.g. this one."]
        );
        assert_eq!(
            parts("It was 3 p.m. when he left."),
            ["It was 3 p.m. when he left."]
        );
    }

    #[test]
    fn empty_and_space_only_give_nothing() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(parts("No final stop"), ["No final stop"]);
    }
}
