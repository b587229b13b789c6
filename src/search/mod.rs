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
//!
//! Text is sliced (here and in `tokens`) with `str::get`, never by
//! indexing. Search runs in the browser, and one indexed `str` slice links
//! in the panic message of a bad char boundary with the formatting behind
//! it: about 4 KB of the gzipped module (issue #8). The ranges come from
//! the text itself, so `get` never fails in practice.

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
    text.get(..end).unwrap_or_default()
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
                Some(previous) => intersect(&previous, &docs),
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

/// The documents matching every clause, in ascending order, unranked:
/// what a view that draws all matches needs, without [`search`]'s scoring.
/// `phrase_ok` checks a phrase in a document, as for [`search_with`].
pub fn matching_docs(
    index: &Index,
    query: &Query,
    phrase_ok: impl Fn(u32, &[String]) -> bool,
) -> Vec<u32> {
    let mut matched: Option<Vec<u32>> = None;
    for clause in &query.clauses {
        let mut docs: Option<Vec<u32>> = None;
        // For a phrase every word must be present; each group is one word.
        for group in clause_terms(index, clause) {
            let mut with_word: Vec<u32> = group
                .iter()
                .filter_map(|&t| index.postings.get(t as usize))
                .flatten()
                .map(|p| p.doc)
                .collect();
            if group.len() > 1 {
                crate::order::sort_ids(&mut with_word);
            }
            docs = Some(match docs {
                None => with_word,
                Some(before) => intersect(&before, &with_word),
            });
        }
        let mut docs = docs.unwrap_or_default();
        if let Clause::Phrase(words) = clause {
            docs.retain(|&d| phrase_ok(d, words));
        }
        matched = Some(match matched {
            None => docs,
            Some(before) => intersect(&before, &docs),
        });
        if matched.as_ref().is_some_and(Vec::is_empty) {
            break;
        }
    }
    matched.unwrap_or_default()
}

/// The ids in both ascending lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short
        .iter()
        .copied()
        .filter(|d| long.binary_search(d).is_ok())
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

/// A query made ready to test many words against: each clause word is
/// stemmed once, not once per word of the text.
///
/// ```
/// use news_timeline::search::{Matcher, Query};
/// let matcher = Matcher::new(&Query::parse("ceasefire tal"));
/// assert!(matcher.matches("ceasefires"));
/// assert!(matcher.matches("talks"));
/// assert!(!matcher.matches("truce"));
/// assert!(matcher.finds_in("The cease-fire held."));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    words: Vec<Wanted>,
}

/// One word a [`Matcher`] looks for.
#[derive(Debug, Clone)]
struct Wanted {
    stem: String,
    /// The word as typed, for a half-typed last word (`prefix`).
    key: String,
    prefix: bool,
}

impl Matcher {
    pub fn new(query: &Query) -> Matcher {
        let mut words = Vec::new();
        for clause in &query.clauses {
            match clause {
                Clause::Word { key, prefix } => words.push(Wanted {
                    stem: stem(key),
                    key: key.clone(),
                    prefix: *prefix,
                }),
                Clause::Phrase(parts) => words.extend(parts.iter().map(|w| Wanted {
                    stem: stem(w),
                    key: w.clone(),
                    prefix: false,
                })),
            }
        }
        Matcher { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether a folded word of the text (a token's key) matches a word of
    /// the query: the same stem, or the half-typed last word begins it.
    pub fn matches(&self, key: &str) -> bool {
        let first = key.as_bytes().first();
        let mut key_stem: Option<String> = None;
        for wanted in &self.words {
            // Stemming keeps a word's first letter (see `stem`), so a word
            // can only meet a query word that begins alike: most words of a
            // text are never stemmed.
            if wanted
                .key
                .as_bytes()
                .first()
                .is_some_and(|b| Some(b) != first)
            {
                continue;
            }
            if wanted.prefix && key.starts_with(wanted.key.as_str()) {
                return true;
            }
            if *key_stem.get_or_insert_with(|| stem(key)) == wanted.stem {
                return true;
            }
        }
        false
    }

    /// Whether any word of `text` matches.
    pub fn finds_in(&self, text: &str) -> bool {
        let mut found = false;
        tokens::scan(text, |key, _, _, _| found = found || self.matches(key));
        found
    }

    /// How many words of `text` match.
    fn count_in(&self, text: &str) -> usize {
        let mut count = 0;
        tokens::scan(text, |key, _, _, _| count += usize::from(self.matches(key)));
        count
    }
}

/// Splits `text` into segments with the query's matches flagged.
pub fn highlight(text: &str, query: &Query) -> Vec<Segment> {
    highlight_with(text, &Matcher::new(query))
}

/// [`highlight`] with the query already made a [`Matcher`].
pub fn highlight_with(text: &str, matcher: &Matcher) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for token in tokens(text) {
        if token.range.start < at || !matcher.matches(&token.key) {
            continue;
        }
        if token.range.start > at {
            out.push(Segment {
                text: text.get(at..token.range.start).unwrap_or_default().into(),
                hit: false,
            });
        }
        out.push(Segment {
            text: text.get(token.range.clone()).unwrap_or_default().into(),
            hit: true,
        });
        at = token.range.end;
    }
    if at < text.len() {
        out.push(Segment {
            text: text.get(at..).unwrap_or_default().into(),
            hit: false,
        });
    }
    out
}

/// The sentence of `paragraphs` with the most matches, highlighted; the
/// first sentence when nothing matches.
pub fn snippet<'a>(
    paragraphs: impl IntoIterator<Item = &'a str>,
    matcher: &Matcher,
) -> Vec<Segment> {
    let mut best: Option<(usize, &str)> = None;
    for paragraph in paragraphs {
        for range in crate::sentences::sentences(paragraph) {
            let sentence = paragraph.get(range).unwrap_or_default();
            let count = matcher.count_in(sentence);
            if best.is_none_or(|(c, _)| count > c) {
                best = Some((count, sentence));
            }
        }
    }
    best.map_or_else(Vec::new, |(_, s)| {
        highlight_with(truncate_words(s, 300), matcher)
    })
}

/// Cuts long text at a word boundary near `max` bytes.
fn truncate_words(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let cut = truncate(text, max);
    cut.rfind(' ').and_then(|i| cut.get(..i)).unwrap_or(cut)
}

#[cfg(test)]
mod tests;
