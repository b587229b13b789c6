//! Words of a text, folded, with where they stand.
//!
//! A token is a run of letters and digits. Its key is folded (see
//! [`crate::fold`]), and a possessive `'s` is dropped so that `Türkiye’s`
//! indexes as `turkiye`. A hyphenated compound gives its parts and, at the
//! same position, the joined word: `cease-fire` is `cease`, `fire` and
//! `ceasefire`, so it meets `ceasefire` written solid.
//!
//! ```
//! use news_timeline::search::tokens::tokens;
//! let keys: Vec<String> = tokens("Türkiye’s cease-fire").into_iter().map(|t| t.key).collect();
//! assert_eq!(keys, ["turkiye", "cease", "ceasefire", "fire"]);
//! ```

use crate::fold::{fold_char, is_word_char};
use std::ops::Range;

/// One word: its folded key, its byte range in the text, and its position
/// in words. A joined compound spans the positions of its first and last
/// parts, so a phrase may continue after either form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub key: String,
    pub range: Range<usize>,
    pub position: u32,
    pub last_position: u32,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens; see the module docs.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    scan(text, |key, range, position, last_position| {
        let token = Token {
            key: key.to_string(),
            range,
            position,
            last_position,
        };
        if last_position != position {
            // Keep tokens in (position, start) order for phrase checks: the
            // joined word goes after the other tokens that start with it.
            let at = out.partition_point(|t| {
                (t.position, t.range.start) <= (token.position, token.range.start)
            });
            out.insert(at, token);
        } else {
            out.push(token);
        }
    });
    out
}

/// The tokens of `text` as they are found, each handed to `emit` with its
/// key borrowed (`key, range, position, last_position`): a joined compound
/// comes right after its last part, which [`tokens`] puts in order. The
/// index build needs only the keys, and so allocates none per word.
pub fn scan(text: &str, mut emit: impl FnMut(&str, Range<usize>, u32, u32)) {
    let mut chars = text.char_indices().peekable();
    let mut position = 0u32;
    let mut key = String::new();
    // The compound the current word belongs to, if it follows a hyphen:
    // its start and position; its parts so far are in `joined`.
    let mut compound: Option<(usize, u32)> = None;
    let mut joined = String::new();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                end = i + c.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        key.clear();
        for c in text.get(start..end).unwrap_or_default().chars() {
            fold_char(c, &mut key);
        }
        // Possessive: "Hamas’" stays "hamas", "Türkiye’s" becomes "turkiye".
        let mut lookahead = chars.clone();
        if let Some((_, a)) = lookahead.next() {
            if is_apostrophe(a) {
                if let Some((_, 's' | 'S')) = lookahead.next() {
                    if !lookahead.peek().is_some_and(|&(_, c)| is_word_char(c)) {
                        chars.next();
                        chars.next();
                    }
                }
            }
        }
        let this_position = position;
        position += 1;
        if let Some((c_start, c_position)) = compound {
            joined.push_str(&key);
            emit(&joined, c_start..end, c_position, this_position);
        }
        emit(&key, start..end, this_position, this_position);
        let hyphen_follows = {
            let mut ahead = chars.clone();
            matches!(ahead.next(), Some((_, '-' | '\u{2010}' | '\u{2011}')))
                && ahead.peek().is_some_and(|&(_, c)| is_word_char(c))
        };
        if hyphen_follows {
            chars.next();
            if compound.is_none() {
                joined.clear();
                joined.push_str(&key);
                compound = Some((start, this_position));
            }
        } else {
            compound = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tokens;

    fn keys(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn folds_and_drops_possessives() {
        assert_eq!(keys("Erdoğan’s office"), ["erdogan", "office"]);
        assert_eq!(keys("Hamas’ struggle"), ["hamas", "struggle"]);
        assert_eq!(keys("it's"), ["it"]);
    }

    #[test]
    fn compounds_give_parts_and_joined_word() {
        assert_eq!(
            keys("three-stage cease-fire"),
            ["three", "threestage", "stage", "cease", "ceasefire", "fire"]
        );
        assert_eq!(
            keys("state-of-the-art"),
            [
                "state",
                "stateof",
                "stateofthe",
                "stateoftheart",
                "of",
                "the",
                "art"
            ]
        );
    }

    #[test]
    fn ranges_point_into_the_original_text() {
        let text = "Kalın met Darwish.";
        let t = tokens(text);
        assert_eq!(&text[t[0].range.clone()], "Kalın");
        assert_eq!(&text[t[2].range.clone()], "Darwish");
        assert_eq!(t[2].position, 2);
    }

    #[test]
    fn punctuation_only_gives_nothing() {
        assert!(tokens("— … !!").is_empty());
    }
}
