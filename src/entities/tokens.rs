//! Word tokens with byte offsets, shared by the recognisers.
//!
//! A word keeps its inner hyphens and apostrophes (`cease-fire`,
//! `O'Neill`), dotted acronyms stay whole (`U.S.`), and a possessive `'s`
//! or a bare trailing apostrophe becomes its own token so that `Türkiye’s`
//! yields the word `Türkiye`.
//!
//! ```
//! use news_timeline::entities::tokens::{tokenize, Kind};
//! let text = "Türkiye’s U.S. cease-fire";
//! let words: Vec<&str> = tokenize(text)
//!     .iter()
//!     .filter(|t| t.kind == Kind::Word)
//!     .map(|t| &text[t.start..t.end])
//!     .collect();
//! assert_eq!(words, ["Türkiye", "U.S.", "cease-fire"]);
//! ```

use crate::fold::fold_char;
use crate::sentences::sentences;
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with inner hyphens, apostrophes or dots.
    Word,
    /// Starts with a digit.
    Number,
    /// A possessive `'s` or trailing apostrophe.
    Possessive,
    /// Any other single non-space character.
    Punct,
}

/// One token: its byte range in the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// A text as the recognisers, the event frames and the topics read it: its
/// tokens, each word folded, and its sentences. The extraction builds it
/// once per article and hands it to each of them (each tokenising, folding
/// and splitting the text again was a tenth of the extraction).
pub struct Analysis<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// The folded words, end to end, and each token's part of it (empty
    /// for a token that is not a word): one string rather than one per
    /// word, which was a million allocations on a few megabytes of text.
    folded_text: String,
    folded_spans: Vec<(u32, u32)>,
    /// Sentence byte ranges ([`crate::sentences::sentences`]).
    pub sentences: Vec<Range<usize>>,
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str) -> Analysis<'a> {
        let toks = tokenize(text);
        let mut folded_text = String::with_capacity(text.len());
        let folded_spans = toks
            .iter()
            .map(|t| {
                let start = folded_text.len() as u32;
                if t.kind == Kind::Word {
                    for c in text[t.start..t.end].chars() {
                        fold_char(c, &mut folded_text);
                    }
                }
                (start, folded_text.len() as u32)
            })
            .collect();
        Analysis {
            text,
            toks,
            folded_text,
            folded_spans,
            sentences: sentences(text),
        }
    }

    /// Token `i` folded ([`crate::fold::fold`]), or empty if it is not a word.
    pub fn folded(&self, i: usize) -> &str {
        let (start, end) = self.folded_spans[i];
        &self.folded_text[start as usize..end as usize]
    }

    /// Every token folded, as [`Analysis::folded`].
    pub fn folded_words(&self) -> Vec<&str> {
        (0..self.toks.len()).map(|i| self.folded(i)).collect()
    }
}

/// Splits `text` into tokens; white space is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let kind = if c.is_numeric() {
                Kind::Number
            } else {
                Kind::Word
            };
            let mut end = i + c.len_utf8();
            let mut single_letters = c.is_uppercase();
            let mut run = 1usize;
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() || d == '\u{0301}' || d == '\u{0307}' {
                    run += 1;
                    if run > 1 {
                        single_letters = false;
                    }
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                let rest = &text[j + d.len_utf8()..];
                let next = rest.chars().next();
                let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
                if is_apostrophe(d) {
                    // "'s" followed by a non-letter is a possessive, not part of the word.
                    let possessive = matches!(next, Some('s') | Some('S'))
                        && !rest[1..]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_alphanumeric());
                    if next_alnum && !possessive {
                        end = j + d.len_utf8();
                        iter.next();
                        continue;
                    }
                    break;
                }
                if (is_hyphen(d) || (d == '.' && kind == Kind::Number)) && next_alnum {
                    end = j + d.len_utf8();
                    iter.next();
                    run = 0;
                    single_letters = false;
                    continue;
                }
                if d == '.' && single_letters && run == 1 {
                    // Dotted acronym: "U.S." or "U.N.".
                    if next.is_some_and(|n| n.is_uppercase())
                        && !rest[next.map_or(0, |n| n.len_utf8())..]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_alphanumeric())
                    {
                        end = j + 1;
                        iter.next();
                        run = 0;
                        continue;
                    }
                    if text[i..end].contains('.') {
                        end = j + 1;
                        iter.next();
                    }
                    break;
                }
                break;
            }
            out.push(Token {
                start: i,
                end,
                kind,
            });
            continue;
        }
        if is_apostrophe(c) {
            let rest = &text[i + c.len_utf8()..];
            let prev_word = out
                .last()
                .is_some_and(|t: &Token| t.end == i && t.kind == Kind::Word);
            if prev_word {
                let mut chars = rest.chars();
                let first = chars.next();
                if matches!(first, Some('s') | Some('S'))
                    && !chars.next().is_some_and(|n| n.is_alphanumeric())
                {
                    iter.next();
                    out.push(Token {
                        start: i,
                        end: i + c.len_utf8() + 1,
                        kind: Kind::Possessive,
                    });
                    continue;
                }
                out.push(Token {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: Kind::Possessive,
                });
                continue;
            }
        }
        out.push(Token {
            start: i,
            end: i + c.len_utf8(),
            kind: Kind::Punct,
        });
    }
    out
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether a word is an acronym: two or more letters, all upper case.
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Kind)> {
        tokenize(text)
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(
            words("Apple's Jobs’"),
            [
                ("Apple", Kind::Word),
                ("'s", Kind::Possessive),
                ("Jobs", Kind::Word),
                ("’", Kind::Possessive)
            ]
        );
    }

    #[test]
    fn inner_marks_stay() {
        assert_eq!(
            words("O'Neill's cease-fire 3.5m U.N. A."),
            [
                ("O'Neill", Kind::Word),
                ("'s", Kind::Possessive),
                ("cease-fire", Kind::Word),
                ("3.5m", Kind::Number),
                ("U.N.", Kind::Word),
                ("A", Kind::Word),
                (".", Kind::Punct)
            ]
        );
    }

    #[test]
    fn junk_does_not_panic() {
        let junk = "\u{202E}'s ’ -- ..U.S ''' x'".repeat(500);
        let toks = tokenize(&junk);
        for t in toks {
            assert!(junk.is_char_boundary(t.start) && junk.is_char_boundary(t.end));
        }
    }
}
