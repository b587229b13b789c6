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
use super::tokens::scan;
use crate::fasthash::FastMap;

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
        // Each distinct word is stemmed once and its term gets a dense id;
        // postings are appended as documents are visited in order, so each
        // list is already sorted by document; terms and words are sorted
        // once at the end. (Ordered maps keyed by strings, probed and
        // stemmed per token, were most of the build-time indexing cost.)
        let mut word_terms: FastMap<String, u32> = FastMap::default();
        let mut term_ids: FastMap<String, u32> = FastMap::default();
        let mut terms: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut doc_lengths = Vec::with_capacity(docs.len());
        for (doc, d) in docs.iter().enumerate() {
            let doc = doc as u32;
            let mut length = 0;
            let fields = std::iter::once((d.title, TITLE_WEIGHT))
                .chain(d.names.iter().map(|n| (*n, NAME_WEIGHT)))
                .chain(d.body.iter().map(|b| (*b, BODY_WEIGHT)));
            for (text, weight) in fields {
                scan(text, |key, _, _, _| {
                    let term = match word_terms.get(key) {
                        Some(&term) => term,
                        None => {
                            let stemmed = stem(key);
                            let term = match term_ids.get(&stemmed) {
                                Some(&term) => term,
                                None => {
                                    let term = terms.len() as u32;
                                    terms.push(stemmed.clone());
                                    postings.push(Vec::new());
                                    term_ids.insert(stemmed, term);
                                    term
                                }
                            };
                            word_terms.insert(key.to_string(), term);
                            term
                        }
                    };
                    let list: &mut Vec<Posting> = &mut postings[term as usize];
                    match list.last_mut() {
                        Some(last) if last.doc == doc => last.weight += weight,
                        _ => list.push(Posting { doc, weight }),
                    }
                    length += weight;
                });
            }
            doc_lengths.push(length);
        }
        // Number the terms in sorted order.
        let mut order: Vec<u32> = (0..terms.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| terms[a as usize].cmp(&terms[b as usize]));
        let mut rank = vec![0u32; terms.len()];
        for (new, &old) in order.iter().enumerate() {
            rank[old as usize] = new as u32;
        }
        let terms = order
            .iter()
            .map(|&old| std::mem::take(&mut terms[old as usize]))
            .collect();
        let postings = order
            .iter()
            .map(|&old| std::mem::take(&mut postings[old as usize]))
            .collect();
        let mut words: Vec<(String, u32)> = word_terms
            .into_iter()
            .map(|(word, term)| (word, rank[term as usize]))
            .collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Index {
            terms,
            postings,
            words,
            doc_lengths,
        }
    }

    /// The terms of `words` (sorted folded words, as [`Index::words`] has
    /// them) and each word with its term's number. The terms of an index
    /// are exactly the stems of its words, so the store keeps only the
    /// words and the reader derives the rest: a third less index to
    /// download.
    pub fn terms_of(words: Vec<String>) -> (Vec<String>, Vec<(String, u32)>) {
        let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
        let texts: Vec<&str> = stems.iter().map(String::as_str).collect();
        let order = crate::order::by_text(&texts);
        let mut terms: Vec<String> = Vec::new();
        let mut term_of = vec![0u32; words.len()];
        for i in order {
            let stem = &stems[i as usize];
            if terms.last() != Some(stem) {
                terms.push(stem.clone());
            }
            term_of[i as usize] = terms.len() as u32 - 1;
        }
        let words = words.into_iter().zip(term_of).collect();
        (terms, words)
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
