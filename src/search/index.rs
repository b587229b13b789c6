//! The inverted index, built once at compile time.
//!
//! Terms are folded, stemmed words. Each term lists the articles it occurs in
//! with a weight (title and entity names count more than body text). A
//! second, sorted list of the folded words as written maps each to its term,
//! so that a half-typed word finds its completions by binary search even
//! where the stem differs from the word (`negotiat…` → `negoti`).
//!
//! ```
//! use news_timeline::search::index::{Index, IndexDoc};
//! let docs = [IndexDoc { title: "Talks in Doha", body: vec!["Leaders met."], names: vec![] }];
//! let index = Index::build(&docs);
//! assert!(index.term("talk").is_some());
//! assert_eq!(index.completions("lead").len(), 1);
//! ```

use super::stem::stem;
use super::tokens::tokens;
use std::collections::BTreeMap;

/// Weight of a word in a title, an entity name or topic, and body text.
const TITLE_WEIGHT: u32 = 3;
const NAME_WEIGHT: u32 = 2;
const BODY_WEIGHT: u32 = 1;

/// One article's occurrences of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    pub weight: u32,
}

/// The text of one article as the index sees it.
pub struct IndexDoc<'a> {
    pub title: &'a str,
    pub body: Vec<&'a str>,
    /// Entity names, aliases and topics, weighted like a title word less one.
    pub names: Vec<&'a str>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    /// Sorted stems.
    pub terms: Vec<String>,
    /// Per term, postings sorted by document.
    pub postings: Vec<Vec<Posting>>,
    /// Sorted folded words as written, each with its term's index.
    pub words: Vec<(String, u32)>,
    /// Weighted length of each document, for length normalisation.
    pub doc_lengths: Vec<u32>,
}

impl Index {
    /// Builds the index over documents numbered by their position.
    pub fn build(docs: &[IndexDoc<'_>]) -> Index {
        let mut by_term: BTreeMap<String, BTreeMap<u32, u32>> = BTreeMap::new();
        let mut words: BTreeMap<String, String> = BTreeMap::new();
        let mut doc_lengths = Vec::with_capacity(docs.len());
        for (doc, d) in docs.iter().enumerate() {
            let doc = doc as u32;
            let mut length = 0;
            let fields = std::iter::once((d.title, TITLE_WEIGHT))
                .chain(d.names.iter().map(|n| (*n, NAME_WEIGHT)))
                .chain(d.body.iter().map(|b| (*b, BODY_WEIGHT)));
            for (text, weight) in fields {
                for token in tokens(text) {
                    let term = stem(&token.key);
                    *by_term
                        .entry(term.clone())
                        .or_default()
                        .entry(doc)
                        .or_default() += weight;
                    length += weight;
                    words.entry(token.key).or_insert(term);
                }
            }
            doc_lengths.push(length);
        }
        let terms: Vec<String> = by_term.keys().cloned().collect();
        let postings = by_term
            .into_values()
            .map(|docs| {
                docs.into_iter()
                    .map(|(doc, weight)| Posting { doc, weight })
                    .collect()
            })
            .collect();
        let words = words
            .into_iter()
            .filter_map(|(word, term)| {
                let id = terms.binary_search(&term).ok()?;
                Some((word, id as u32))
            })
            .collect();
        Index {
            terms,
            postings,
            words,
            doc_lengths,
        }
    }

    /// The index of an exact term (a stem).
    pub fn term(&self, stem: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(stem)).ok()
    }

    /// Terms of the words that start with `prefix`, without repeats.
    pub fn completions(&self, prefix: &str) -> Vec<u32> {
        let start = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        let mut out: Vec<u32> = self.words[start..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix))
            .map(|&(_, t)| t)
            .collect();
        crate::order::sort_ids(&mut out);
        out
    }

    pub fn doc_count(&self) -> usize {
        self.doc_lengths.len()
    }
}
