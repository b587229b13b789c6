//! Cheap tests that a rule cannot match, so that its regex need not scan
//! the text at all.
//!
//! Most rules have no literal prefix the regex engine can use as a
//! prefilter (they start with `\b`, an optional modifier or a long
//! case-insensitive alternation), so each one costs a full pass of the lazy
//! DFA over the article. Many of them can only match where some rarer word
//! occurs ("century", a month name, "weekend"). One Aho-Corasick pass per
//! article finds which of those words occur anywhere; a rule whose words are
//! all absent is skipped. A word occurring is only a necessary condition, so
//! a rule that does run finds exactly what it found before.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Words of which at least one must occur in the text for a rule to match.
/// Every match of the rule must contain one of them (as a substring; word
/// boundaries do not matter here).
#[derive(Debug, Clone, Copy)]
pub enum Needs {
    /// Spelt exactly so: the rule matches them outside `(?i:...)`.
    Exact(&'static [&'static str]),
    /// In any case: the rule matches them inside `(?i:...)`.
    AnyCase(&'static [&'static str]),
}

/// The start of every month name the rules know, full or abbreviated
/// ([`super::lexicon::MONTHS_FULL`], [`super::lexicon::MONTHS_ABBR`]; "Sept"
/// starts with "Sep"). The rules match month names case-sensitively.
pub const MONTHS: Needs = Needs::Exact(&[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]);

/// Weekday names, which the rules match case-sensitively
/// ([`super::lexicon::WEEKDAYS`]).
pub const WEEKDAYS: Needs = Needs::Exact(&[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]);

/// The gates of all rules, compiled into one automaton.
pub struct Gates {
    ac: AhoCorasick,
    /// Per pattern id: the word, and whether it must match exactly.
    words: Vec<(&'static str, bool)>,
    /// Per rule: groups of pattern ids; each group needs one present.
    rules: Vec<Vec<Vec<usize>>>,
}

impl Gates {
    /// `needs[i]` are rule `i`'s conditions: all of them must hold.
    pub fn new(needs: &[&[Needs]]) -> Gates {
        let mut words: Vec<(&'static str, bool)> = Vec::new();
        let mut id =
            |w: &'static str, exact: bool| match words.iter().position(|&p| p == (w, exact)) {
                Some(i) => i,
                None => {
                    words.push((w, exact));
                    words.len() - 1
                }
            };
        let rules = needs
            .iter()
            .map(|groups| {
                groups
                    .iter()
                    .map(|g| match *g {
                        Needs::Exact(ws) => ws.iter().map(|w| id(w, true)).collect(),
                        Needs::AnyCase(ws) => ws.iter().map(|w| id(w, false)).collect(),
                    })
                    .collect()
            })
            .collect();
        // Case-insensitive automaton for all words; exact words are checked
        // byte for byte after the match. Overlapping search reports every
        // occurrence, so a word inside another ("night" in "tonight") is
        // not hidden by it.
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(words.iter().map(|(w, _)| w))
            .expect("timex gate words");
        Gates { ac, words, rules }
    }

    /// Which gate words occur in `text`.
    pub fn present(&self, text: &str) -> Vec<bool> {
        let mut found = vec![false; self.words.len()];
        // `(?i:...)` in the rules folds case by Unicode, under which 'ſ'
        // (U+017F) matches "s" and the Kelvin sign (U+212A) matches "k";
        // ASCII case folding does not see those, so any-case words count
        // as present in such a text.
        if text.contains(['\u{17F}', '\u{212A}']) {
            for (f, &(_, exact)) in found.iter_mut().zip(&self.words) {
                *f = !exact;
            }
        }
        for m in self.ac.find_overlapping_iter(text) {
            let p = m.pattern().as_usize();
            if found[p] {
                continue;
            }
            let (word, exact) = self.words[p];
            if !exact || &text[m.span()] == word {
                found[p] = true;
            }
        }
        found
    }

    /// Can rule `i` match, given what [`Gates::present`] found?
    pub fn may_match(&self, i: usize, present: &[bool]) -> bool {
        self.rules[i]
            .iter()
            .all(|group| group.iter().any(|&p| present[p]))
    }
}
