//! Full-text search over the articles: folded, stemmed, prefix-aware,
//! with quoted phrases, ranked results and highlighted snippets.
//!
//! The [`index`] is built in `build.rs`; at query time this module parses the
//! query, intersects postings and ranks with BM25. Snippets and highlights
//! come back as [`Segment`]s (plain text with a flag), never as HTML, so a
//! page can render them as text nodes.
//!
//! ```
//! use news_timeline::search::{index::{Index, IndexDoc}, Query, search};
//! let docs = [
//!     IndexDoc { title: "Cease-fire holds", body: vec!["The truce held."], names: vec![] },
//!     IndexDoc { title: "Markets fall", body: vec!["Shares fell."], names: vec![] },
//! ];
//! let index = Index::build(&docs);
//! let hits = search(&index, &Query::parse("ceasefires"));
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].doc, 0);
//! ```

pub mod index;
pub mod stem;
pub mod tokens;

use index::Index;
use stem::stem;
use tokens::tokens;

/// The most terms one half-typed word may expand to.
const MAX_COMPLETIONS: usize = 64;
/// Longest query we read; longer input is cut (and said so by the caller).
pub const MAX_QUERY_BYTES: usize = 1024;
/// Most clauses a query may have.
const MAX_CLAUSES: usize = 16;

/// One part of a query: a word (maybe half-typed) or a quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    Word { key: String, prefix: bool },
    Phrase(Vec<String>),
}

/// A parsed query: every clause must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

impl Query {
    /// Parses a query as typed: words, `"quoted phrases"`; the last word is a
    /// prefix unless the query ends in white space or a closing quote.
    pub fn parse(text: &str) -> Query {
        let text = truncate(text, MAX_QUERY_BYTES);
        let mut clauses = Vec::new();
        for (i, part) in text.split(['"', '“', '”']).enumerate() {
            let in_quotes = i % 2 == 1;
            let keys = query_words(part);
            if in_quotes {
                match keys.len() {
                    0 => {}
                    1 => clauses.push(Clause::Word {
                        key: keys[0].clone(),
                        prefix: false,
                    }),
                    _ => clauses.push(Clause::Phrase(keys)),
                }
            } else {
                clauses.extend(
                    keys.into_iter()
                        .map(|key| Clause::Word { key, prefix: false }),
                );
            }
        }
        let open_end = !text.ends_with(|c: char| c.is_whitespace() || matches!(c, '"' | '”'));
        let quotes_balanced = text.matches(['"', '“', '”']).count() % 2 == 0;
        if open_end && quotes_balanced {
            if let Some(Clause::Word { prefix, .. }) = clauses.last_mut() {
                *prefix = true;
            }
        }
        clauses.truncate(MAX_CLAUSES);
        Query { clauses }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// The words of a query part; a hyphenated compound counts as one joined
/// word, which matches it written hyphenated or solid.
fn query_words(part: &str) -> Vec<String> {
    let all = tokens(part);
    let mut words = Vec::new();
    let mut next = 0;
    for (i, t) in all.iter().enumerate() {
        if t.position < next {
            continue;
        }
        let widest = all[i..]
            .iter()
            .take_while(|u| u.position == t.position)
            .max_by_key(|u| u.last_position)
            .unwrap_or(t);
        words.push(widest.key.clone());
        next = widest.last_position + 1;
    }
    words
}

/// Cuts `text` to at most `max` bytes on a char boundary.
pub fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A matching document with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: u32,
    pub score: f32,
}

/// Terms a clause accepts, as term indices.
pub fn clause_terms(index: &Index, clause: &Clause) -> Vec<Vec<u32>> {
    match clause {
        Clause::Word { key, prefix } => {
            let mut terms: Vec<u32> = index
                .term(&stem(key))
                .map(|t| t as u32)
                .into_iter()
                .collect();
            if *prefix && !key.is_empty() {
                terms.extend(index.completions(key).into_iter().take(MAX_COMPLETIONS));
                crate::order::sort_ids(&mut terms);
            }
            vec![terms]
        }
        Clause::Phrase(words) => words
            .iter()
            .map(|w| index.term(&stem(w)).map(|t| t as u32).into_iter().collect())
            .collect(),
    }
}

/// Ranks documents matching every clause (BM25 over the clause terms).
/// Phrases are checked for adjacency by the caller with [`phrase_matches`],
/// which needs the document text.
pub fn search(index: &Index, query: &Query) -> Vec<Hit> {
    search_with(index, query, |_, _| true)
}

/// Like [`search`], with a final check per document and phrase.
pub fn search_with(
    index: &Index,
    query: &Query,
    phrase_ok: impl Fn(u32, &[String]) -> bool,
) -> Vec<Hit> {
    if query.is_empty() || index.doc_count() == 0 {
        return Vec::new();
    }
    let n = index.doc_count() as f32;
    let average = index.doc_lengths.iter().map(|&l| l as f32).sum::<f32>() / n;
    let mut scores: Vec<f32> = vec![0.0; index.doc_count()];
    let mut matched: Vec<u16> = vec![0; index.doc_count()];
    // The best score of the current clause per document, and which
    // documents it touched (to reset them).
    let mut clause_best: Vec<f32> = vec![0.0; index.doc_count()];
    let mut touched: Vec<u32> = Vec::new();
    for (clause_number, clause) in query.clauses.iter().enumerate() {
        let groups = clause_terms(index, clause);
        // For a phrase every word must be present; each group is one word.
        let mut present: Option<Vec<u32>> = None;
        touched.clear();
        for group in &groups {
            let mut docs: Vec<u32> = Vec::new();
            for &term in group {
                let Some(postings) = index.postings.get(term as usize) else {
                    continue;
                };
                let df = postings.len() as f32;
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                for p in postings {
                    let tf = p.weight as f32;
                    let length = index.doc_lengths.get(p.doc as usize).copied().unwrap_or(1) as f32;
                    let norm = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / average.max(1.0)));
                    if let Some(best) = clause_best.get_mut(p.doc as usize) {
                        if *best == 0.0 {
                            touched.push(p.doc);
                        }
                        *best = best.max(idf * norm);
                    }
                    docs.push(p.doc);
                }
            }
            crate::order::sort_ids(&mut docs);
            present = Some(match present {
                None => docs,
                Some(previous) => previous
                    .into_iter()
                    .filter(|d| docs.binary_search(d).is_ok())
                    .collect(),
            });
        }
        for doc in present.unwrap_or_default() {
            let slot = doc as usize;
            let score = clause_best.get(slot).copied().unwrap_or(0.0);
            if let Clause::Phrase(words) = clause {
                if !phrase_ok(doc, words) {
                    continue;
                }
            }
            if usize::from(matched[slot]) == clause_number {
                matched[slot] += 1;
                scores[slot] += score;
            }
        }
        for &doc in &touched {
            clause_best[doc as usize] = 0.0;
        }
    }
    let wanted = query.clauses.len() as u16;
    let mut ranked: Vec<(u64, u32)> = matched
        .iter()
        .enumerate()
        .filter(|&(_, &m)| m == wanted)
        .map(|(doc, _)| (u64::from(crate::order::descending(scores[doc])), doc as u32))
        .collect();
    crate::order::sort_keyed(&mut ranked);
    ranked
        .into_iter()
        .map(|(_, doc)| Hit {
            doc,
            score: scores[doc as usize],
        })
        .collect()
}

/// Whether `text` contains the phrase's words in a row.
pub fn phrase_matches(text: &str, words: &[String]) -> bool {
    let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
    let toks = tokens(text);
    let Some(first) = stems.first() else {
        return false;
    };
    toks.iter().enumerate().any(|(i, t)| {
        if stem(&t.key) != *first {
            return false;
        }
        let mut next = t.last_position + 1;
        let mut rest = toks[i + 1..].iter();
        stems[1..].iter().all(|s| {
            rest.by_ref()
                .find(|u| u.position == next && stem(&u.key) == *s)
                .map(|u| next = u.last_position + 1)
                .is_some()
        })
    })
}

/// A piece of text that is, or is not, a match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// Whether a token matches a clause word.
fn token_matches(query: &Query, key: &str) -> bool {
    let token_stem = stem(key);
    query.clauses.iter().any(|c| match c {
        Clause::Word { key: q, prefix } => {
            token_stem == stem(q) || (*prefix && key.starts_with(q.as_str()))
        }
        Clause::Phrase(words) => words.iter().any(|w| stem(w) == token_stem),
    })
}

/// Splits `text` into segments with the query's matches flagged.
pub fn highlight(text: &str, query: &Query) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for token in tokens(text) {
        if token.range.start < at || !token_matches(query, &token.key) {
            continue;
        }
        if token.range.start > at {
            out.push(Segment {
                text: text[at..token.range.start].to_string(),
                hit: false,
            });
        }
        out.push(Segment {
            text: text[token.range.clone()].to_string(),
            hit: true,
        });
        at = token.range.end;
    }
    if at < text.len() {
        out.push(Segment {
            text: text[at..].to_string(),
            hit: false,
        });
    }
    out
}

/// The sentence of `paragraphs` with the most matches, highlighted; the
/// first sentence when nothing matches.
pub fn snippet(paragraphs: &[String], query: &Query) -> Vec<Segment> {
    let mut best: Option<(usize, &str)> = None;
    for paragraph in paragraphs {
        for range in crate::sentences::sentences(paragraph) {
            let sentence = &paragraph[range];
            let count = tokens(sentence)
                .iter()
                .filter(|t| token_matches(query, &t.key))
                .count();
            if best.is_none_or(|(c, _)| count > c) {
                best = Some((count, sentence));
            }
        }
    }
    best.map_or_else(Vec::new, |(_, s)| highlight(truncate_words(s, 300), query))
}

/// Cuts long text at a word boundary near `max` bytes.
fn truncate_words(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let cut = truncate(text, max);
    cut.rfind(' ').map_or(cut, |i| &cut[..i])
}

#[cfg(test)]
mod tests;
