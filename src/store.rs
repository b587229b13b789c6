//! The compact binary form the build writes and the module embeds.
//!
//! `build.rs` extracts the corpus and writes it with [`encode`]; the crate
//! embeds those bytes with `include_bytes!` and reads them back with
//! [`decode`] on start-up. The format is a flat sequence of LEB128 integers
//! and length-prefixed UTF-8 strings after a magic header and a version: no
//! serde machinery, no allocation beyond the decoded structs, and a reader
//! that checks every length so that corrupt bytes give an error, not a trap.
//!
//! Two things keep the module small, since every byte is downloaded and
//! compiled before the first draw: short strings that repeat (evidence,
//! rules, kinds, topics, roles, warnings) are stored once in a table at the
//! start and referred to by number, and an event's headline and summary,
//! which are usually its article's title or one of its sentences, are stored
//! as a reference to that text rather than a copy.
//!
//! ```
//! use news_timeline::model::Corpus;
//! use news_timeline::search::index::Index;
//! use news_timeline::store::{decode, encode};
//! let bytes = encode(&Corpus::default(), &Index::default());
//! let (corpus, _index) = decode(&bytes).unwrap();
//! assert!(corpus.articles.is_empty());
//! assert!(decode(b"garbage").is_err());
//! ```

use crate::civil::{Day, MonthDay, Weekday, MAX_YEAR, MIN_YEAR};
use crate::model::{
    Article, Corpus, DateSource, DateSpan, Entity, EntityKind, Event, Evidence, Paragraphs,
    Precision, Skipped, Text, Warning,
};
use crate::search::index::{Index, Posting};
use std::sync::Arc;

const MAGIC: &[u8; 4] = b"NTL4";

/// Why embedded bytes could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreError(pub &'static str);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("corrupt corpus data: ")?;
        f.write_str(self.0)
    }
}

impl std::error::Error for StoreError {}

struct Writer {
    out: Vec<u8>,
    /// Interned strings by text, numbered in order of first use.
    table: std::collections::HashMap<String, u32>,
    strings: Vec<String>,
}

impl Writer {
    fn uint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn int(&mut self, n: i64) {
        // Zig-zag so that small negative numbers stay small.
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn len(&mut self, n: usize) {
        self.uint(n as u64);
    }

    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    /// A string that repeats across the corpus: its number in the table.
    fn interned(&mut self, s: &str) {
        let id = match self.table.get(s) {
            Some(&id) => id,
            None => {
                let id = self.strings.len() as u32;
                self.table.insert(s.to_string(), id);
                self.strings.push(s.to_string());
                id
            }
        };
        self.uint(u64::from(id));
    }

    fn interned_list<S: AsRef<str>>(&mut self, list: &[S]) {
        self.len(list.len());
        for s in list {
            self.interned(s.as_ref());
        }
    }

    /// Text that is usually found in an article: the article's title (1),
    /// a byte range of one of its paragraphs (2), or else a copy (0).
    fn text_in(&mut self, s: &str, articles: &[u32], corpus: &Corpus) {
        for &a in articles {
            let Some(article) = corpus.articles.get(a as usize) else {
                continue;
            };
            if article.title == s {
                self.uint(1);
                self.uint(u64::from(a));
                return;
            }
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                if let Some(at) = paragraph.find(s).filter(|_| !s.is_empty()) {
                    self.uint(2);
                    self.uint(u64::from(a));
                    self.len(p);
                    self.len(at);
                    self.len(s.len());
                    return;
                }
            }
        }
        self.uint(0);
        self.str(s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.uint(1);
                self.str(s);
            }
            None => self.uint(0),
        }
    }

    fn day(&mut self, day: Option<Day>) {
        match day {
            Some(d) => {
                self.uint(1);
                self.int(i64::from(d.0));
            }
            None => self.uint(0),
        }
    }

    fn opt_u32(&mut self, n: Option<u32>) {
        self.uint(n.map_or(0, |n| u64::from(n) + 1));
    }

    fn u32s(&mut self, list: &[u32]) {
        self.len(list.len());
        for &n in list {
            self.uint(u64::from(n));
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn span(&mut self, span: &DateSpan) {
        self.day(span.earliest);
        self.day(span.latest);
        self.uint(span.precision as u64);
        self.uint(span.weekday.map_or(0, |w| u64::from(w.number())));
        self.uint(span.month_day.map_or(0, |d| u64::from(d.number())));
        self.uint(span.source as u64);
        self.len(span.evidence.len());
        for e in &span.evidence {
            self.uint(e.source as u64);
            self.interned(&e.rule);
            self.interned(&e.text);
        }
    }
}

/// Writes a corpus and its index.
pub fn encode(corpus: &Corpus, index: &Index) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        table: std::collections::HashMap::new(),
        strings: Vec::new(),
    };
    w.len(corpus.entities.len());
    for e in &corpus.entities {
        w.uint(e.kind as u64);
        w.str(&e.name);
        w.interned_list(&e.aliases);
        w.interned_list(&e.roles);
    }
    w.len(corpus.articles.len());
    for a in &corpus.articles {
        w.str(&a.id);
        w.str(&a.file);
        w.str(&a.title);
        w.uint(u64::from(a.title_derived));
        w.day(a.published);
        w.opt_str(a.url.as_deref());
        w.len(a.paragraphs.len());
        for paragraph in a.paragraphs.iter() {
            w.str(paragraph);
        }
        w.span(&a.date);
        w.u32s(&a.entities);
        w.interned_list(&a.topics);
        w.opt_u32(a.event);
    }
    w.len(corpus.events.len());
    for e in &corpus.events {
        w.str(&e.id);
        w.interned(&e.kind);
        w.text_in(&e.headline, &e.articles, corpus);
        w.span(&e.date);
        w.u32s(&e.participants);
        w.opt_u32(e.place);
        w.opt_str(e.venue.as_deref());
        w.u32s(&e.articles);
        w.interned_list(&e.topics);
        w.text_in(&e.summary, &e.articles, corpus);
        w.u32s(&e.involves);
        w.u32s(&e.terms);
    }
    w.len(corpus.skipped.len());
    for s in &corpus.skipped {
        w.str(&s.file);
        w.interned(&s.reason);
    }
    w.len(corpus.warnings.len());
    for x in &corpus.warnings {
        w.str(&x.file);
        w.uint(u64::from(x.line));
        w.interned(&x.message);
    }
    // The index: its number of terms first (events refer to terms by number,
    // and the lazy reader checks them against it), then its words, from
    // which the reader derives the terms as the build did
    // (`Index::terms_of`), then the postings in term order.
    w.len(index.terms.len());
    w.len(index.words.len());
    for (word, _) in &index.words {
        w.str(word);
    }
    for postings in &index.postings {
        w.len(postings.len());
        let mut previous = 0;
        for p in postings {
            // Documents ascend: store gaps.
            w.uint(u64::from(p.doc - previous));
            w.uint(u64::from(p.weight));
            previous = p.doc;
        }
    }
    w.u32s(&index.doc_lengths);
    // The table goes first, so that the reader has it before any reference.
    let mut head = Writer {
        out: MAGIC.to_vec(),
        table: std::collections::HashMap::new(),
        strings: Vec::new(),
    };
    head.strs(&w.strings);
    head.out.extend_from_slice(&w.out);
    head.out
}

/// The unsigned LEB128 number at the start of `bytes`, and how many bytes
/// it took; `None` when it is cut short or longer than 64 bits allow.
pub(crate) fn leb128(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut n: u64 = 0;
    for (i, &byte) in bytes.iter().take(10).enumerate() {
        n |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Some((n, i + 1));
        }
    }
    None
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The interned strings, as slices of `bytes`.
    table: Vec<&'a str>,
    /// The interned strings that evidence shares, each made once.
    shared: Vec<Option<Arc<str>>>,
    /// A string of `bytes` as the model keeps it: borrowed when `bytes`
    /// live as long as the program, else copied.
    text_of: fn(&'a str) -> Text,
}

type Result<T> = std::result::Result<T, StoreError>;

impl<'a> Reader<'a> {
    fn uint(&mut self) -> Result<u64> {
        let rest = self.bytes.get(self.at..).unwrap_or_default();
        let (n, used) = leb128(rest).ok_or(if rest.len() < 10 {
            StoreError("truncated number")
        } else {
            StoreError("number too long")
        })?;
        self.at += used;
        Ok(n)
    }

    fn u32(&mut self) -> Result<u32> {
        u32::try_from(self.uint()?).map_err(|_| StoreError("number out of range"))
    }

    fn int(&mut self) -> Result<i64> {
        let n = self.uint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    /// A count of items still to come, bounded by the bytes left so that a
    /// corrupt count cannot ask for a huge allocation.
    fn len(&mut self) -> Result<usize> {
        let n = self.uint()?;
        let left = (self.bytes.len() - self.at) as u64;
        if n > left {
            return Err(StoreError("length beyond the end"));
        }
        Ok(n as usize)
    }

    /// A counted list, each item read by `item`. The vector is allocated
    /// once at its final size (collecting through `Result` would grow it
    /// step by step, copying it each time), but never larger than the bytes
    /// left could describe, so that a corrupt count cannot ask for a huge
    /// allocation.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        let n = self.len()?;
        let most = (256 << 20) / std::mem::size_of::<T>().max(1);
        let mut out = Vec::with_capacity(n.min(most));
        for _ in 0..n {
            out.push(item(self)?);
        }
        Ok(out)
    }

    fn str(&mut self) -> Result<String> {
        self.slice().map(str::to_string)
    }

    fn text(&mut self) -> Result<Text> {
        self.slice().map(self.text_of)
    }

    fn slice(&mut self) -> Result<&'a str> {
        let n = self.len()?;
        let bytes: &'a [u8] = self.bytes;
        let slice = &bytes[self.at..self.at + n];
        self.at += n;
        std::str::from_utf8(slice).map_err(|_| StoreError("string is not UTF-8"))
    }

    /// The next interned string's number and text.
    fn interned_entry(&mut self) -> Result<(usize, &'a str)> {
        let id = usize::try_from(self.uint()?).unwrap_or(usize::MAX);
        let text = *self
            .table
            .get(id)
            .ok_or(StoreError("no such interned string"))?;
        Ok((id, text))
    }

    fn interned(&mut self) -> Result<String> {
        Ok(self.interned_entry()?.1.to_string())
    }

    /// An interned string as one shared copy: the first use makes it.
    fn interned_shared(&mut self) -> Result<Arc<str>> {
        let (id, text) = self.interned_entry()?;
        Ok(self.shared[id]
            .get_or_insert_with(|| Arc::from(text))
            .clone())
    }

    fn interned_list(&mut self) -> Result<Vec<String>> {
        self.list(Self::interned)
    }

    /// What [`Writer::text_in`] wrote; `articles` are those decoded so far.
    fn text_in(&mut self, articles: &[Article]) -> Result<Text> {
        let article = |r: &mut Self| {
            let a = r.uint()?;
            usize::try_from(a)
                .ok()
                .and_then(|a| articles.get(a))
                .ok_or(StoreError("text in no such article"))
        };
        match self.uint()? {
            0 => self.text(),
            1 => Ok(article(self)?.title.clone()),
            2 => {
                let a = article(self)?;
                // Positions in a paragraph, not lengths of what follows in
                // the store: `slice_text` checks them.
                let (p, at, n) = (self.u32()?, self.u32()?, self.u32()?);
                let (p, at, n) = (p as usize, at as usize, n as usize);
                a.paragraphs
                    .slice_text(p, at, n)
                    .ok_or(StoreError("text outside its paragraph"))
            }
            _ => Err(StoreError("bad text reference")),
        }
    }

    fn flag(&mut self) -> Result<bool> {
        match self.uint()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(StoreError("bad flag")),
        }
    }

    fn opt_str(&mut self) -> Result<Option<String>> {
        Ok(if self.flag()? {
            Some(self.str()?)
        } else {
            None
        })
    }

    fn opt_text(&mut self) -> Result<Option<Text>> {
        Ok(if self.flag()? {
            Some(self.text()?)
        } else {
            None
        })
    }

    fn day(&mut self) -> Result<Option<Day>> {
        if !self.flag()? {
            return Ok(None);
        }
        // Only days of the calendar's years: day arithmetic (year, month,
        // weekday) is exact there and would overflow far outside it.
        let first = Day::from_ymd(MIN_YEAR, 1, 1).map_or(i32::MIN, |d| d.0);
        let last = Day::from_ymd(MAX_YEAR, 12, 31).map_or(i32::MAX, |d| d.0);
        match i32::try_from(self.int()?) {
            Ok(n) if (first..=last).contains(&n) => Ok(Some(Day(n))),
            _ => Err(StoreError("day out of range")),
        }
    }

    fn opt_u32(&mut self) -> Result<Option<u32>> {
        Ok(match self.u32()? {
            0 => None,
            n => Some(n - 1),
        })
    }

    fn u32s(&mut self) -> Result<Vec<u32>> {
        self.list(Self::u32)
    }

    fn strs(&mut self) -> Result<Vec<String>> {
        self.list(Self::str)
    }

    /// A list of strings checked but not copied: the bytes they take (each
    /// with its length) and how many there are.
    fn checked_strs(&mut self) -> Result<(&'a [u8], usize)> {
        let count = self.len()?;
        let start = self.at;
        for _ in 0..count {
            self.slice()?;
        }
        let bytes: &'a [u8] = self.bytes;
        Ok((bytes.get(start..self.at).unwrap_or_default(), count))
    }

    fn owned_paragraphs(&mut self) -> Result<Paragraphs> {
        self.strs().map(Paragraphs::from)
    }

    fn span(&mut self) -> Result<DateSpan> {
        let earliest = self.day()?;
        let latest = self.day()?;
        let precision = Precision::from_index(self.u32()?);
        let weekday = match self.u32()? {
            0 => None,
            n => Some(Weekday::from_number(n).ok_or(StoreError("bad weekday"))?),
        };
        let month_day = match self.u32()? {
            0 => None,
            n => Some(MonthDay::from_number(n).ok_or(StoreError("bad day of the year"))?),
        };
        let source = DateSource::from_index(self.u32()?);
        let evidence = self.list(|r| {
            Ok(Evidence {
                source: DateSource::from_index(r.u32()?),
                rule: r.interned_shared()?,
                text: r.interned_shared()?,
            })
        })?;
        Ok(DateSpan {
            earliest,
            latest,
            precision,
            weekday,
            month_day,
            source,
            evidence,
        })
    }
}

impl Reader<'static> {
    fn stored_paragraphs(&mut self) -> Result<Paragraphs> {
        let (bytes, count) = self.checked_strs()?;
        Ok(Paragraphs::stored(bytes, count))
    }
}

/// Reads what [`encode`] wrote, checking every reference.
pub fn decode(bytes: &[u8]) -> Result<(Corpus, Index)> {
    decode_with(bytes, Reader::owned_paragraphs, |s| {
        Text::Owned(s.to_string())
    })
}

/// As [`decode`], but articles' paragraphs stay in `bytes` and are read
/// from there when asked for ([`Paragraphs`]): for bytes that live as long
/// as the program, such as the corpus the module embeds.
pub fn decode_static(bytes: &'static [u8]) -> Result<(Corpus, Index)> {
    decode_with(bytes, Reader::stored_paragraphs, Text::Borrowed)
}

fn decode_with<'a>(
    bytes: &'a [u8],
    paragraphs: fn(&mut Reader<'a>) -> Result<Paragraphs>,
    text_of: fn(&'a str) -> Text,
) -> Result<(Corpus, Index)> {
    let (corpus, mut r) = decode_corpus(bytes, paragraphs, text_of)?;
    let index = read_index(&mut r)?;
    check(&corpus, index.terms.len())?;
    check_index(&index, corpus.articles.len())?;
    Ok((corpus, index))
}

/// As [`decode_static`], but the search index, the largest part of a real
/// corpus after its text (more than half the decoding time of the BBC's
/// 2,225 articles), stays in `bytes` until it is first needed: a timeline
/// draws without it.
pub fn decode_static_lazily(bytes: &'static [u8]) -> Result<(Corpus, StoredIndex)> {
    let (corpus, r) = decode_corpus(bytes, Reader::stored_paragraphs, Text::Borrowed)?;
    let section = bytes.get(r.at..).unwrap_or_default();
    // The index opens with its number of terms, which events refer to.
    let (terms, _) = leb128(section).ok_or(StoreError("truncated number"))?;
    check(&corpus, usize::try_from(terms).unwrap_or(usize::MAX))?;
    let articles = corpus.articles.len();
    Ok((
        corpus,
        StoredIndex {
            bytes: section,
            articles,
        },
    ))
}

/// The search index as the store keeps it, not yet decoded
/// ([`decode_static_lazily`]).
#[derive(Debug, Clone)]
pub struct StoredIndex {
    bytes: &'static [u8],
    articles: usize,
}

impl StoredIndex {
    /// Reads the index, checking it as [`decode`] does.
    pub fn decode(&self) -> Result<Index> {
        let mut r = Reader {
            bytes: self.bytes,
            at: 0,
            table: Vec::new(),
            shared: Vec::new(),
            text_of: Text::Borrowed,
        };
        let index = read_index(&mut r)?;
        check_index(&index, self.articles)?;
        Ok(index)
    }
}

/// Everything before the index, and a reader at the index.
fn decode_corpus<'a>(
    bytes: &'a [u8],
    paragraphs: fn(&mut Reader<'a>) -> Result<Paragraphs>,
    text_of: fn(&'a str) -> Text,
) -> Result<(Corpus, Reader<'a>)> {
    if bytes.get(..4) != Some(MAGIC.as_slice()) {
        return Err(StoreError("bad header"));
    }
    let mut r = Reader {
        bytes,
        at: 4,
        table: Vec::new(),
        shared: Vec::new(),
        text_of,
    };
    r.table = r.list(Reader::slice)?;
    r.shared = vec![None; r.table.len()];
    let entities = r.list(|r| {
        Ok(Entity {
            kind: EntityKind::from_index(r.u32()?),
            name: r.str()?,
            aliases: r.interned_list()?,
            roles: r.interned_list()?,
        })
    })?;
    let articles = r.list(|r| {
        Ok(Article {
            id: r.text()?,
            file: r.text()?,
            title: r.text()?,
            title_derived: r.flag()?,
            published: r.day()?,
            url: r.opt_text()?,
            paragraphs: paragraphs(r)?,
            date: r.span()?,
            entities: r.u32s()?,
            topics: r.list(Reader::interned_shared)?,
            event: r.opt_u32()?,
        })
    })?;
    let events = r.list(|r| {
        Ok(Event {
            id: r.text()?,
            kind: r.interned_shared()?,
            headline: r.text_in(&articles)?,
            date: r.span()?,
            participants: r.u32s()?,
            place: r.opt_u32()?,
            venue: r.opt_str()?,
            articles: r.u32s()?,
            topics: r.list(Reader::interned_shared)?,
            summary: r.text_in(&articles)?,
            involves: r.u32s()?,
            terms: r.u32s()?,
        })
    })?;
    let skipped = r.list(|r| {
        Ok(Skipped {
            file: r.str()?,
            reason: r.interned()?,
        })
    })?;
    let warnings = r.list(|r| {
        Ok(Warning {
            file: r.str()?,
            line: r.u32()?,
            message: r.interned()?,
        })
    })?;
    let corpus = Corpus {
        articles,
        events,
        entities,
        skipped,
        warnings,
    };
    Ok((corpus, r))
}

/// The search index, the last part of the store.
fn read_index(r: &mut Reader<'_>) -> Result<Index> {
    let count = r.len()?;
    let (terms, words) = Index::terms_of(r.strs()?);
    if terms.len() != count {
        return Err(StoreError("index words do not give its terms"));
    }
    let mut postings = Vec::with_capacity(terms.len());
    for _ in &terms {
        let mut doc = 0u32;
        postings.push(r.list(|r| {
            doc = doc
                .checked_add(r.u32()?)
                .ok_or(StoreError("posting overflow"))?;
            Ok(Posting {
                doc,
                weight: r.u32()?,
            })
        })?);
    }
    let doc_lengths = r.u32s()?;
    Ok(Index {
        terms,
        postings,
        words,
        doc_lengths,
    })
}

/// Every index in the data points at something that exists, so queries can
/// index without checks that could fail; `terms` is the index's number.
fn check(corpus: &Corpus, terms: usize) -> Result<()> {
    let entities = corpus.entities.len() as u32;
    let articles = corpus.articles.len() as u32;
    let events = corpus.events.len() as u32;
    let ok =
        corpus.articles.iter().all(|a| {
            a.entities.iter().all(|&e| e < entities) && a.event.is_none_or(|e| e < events)
        }) && corpus.events.iter().all(|e| {
            e.participants.iter().all(|&p| p < entities)
                && e.place.is_none_or(|p| p < entities)
                && e.involves.iter().all(|&p| p < entities)
                && e.terms.iter().all(|&t| (t as usize) < terms)
                && e.terms.windows(2).all(|w| w[0] < w[1])
                && !e.articles.is_empty()
                && e.articles.iter().all(|&a| a < articles)
        });
    if ok {
        Ok(())
    } else {
        Err(StoreError("reference out of range"))
    }
}

/// [`check`] for the index of a corpus of `articles` articles.
fn check_index(index: &Index, articles: usize) -> Result<()> {
    let ok = index.doc_lengths.len() == articles
        && index
            .postings
            .iter()
            .flatten()
            .all(|p| (p.doc as usize) < articles)
        && index
            .words
            .iter()
            .all(|&(_, t)| (t as usize) < index.terms.len());
    if ok {
        Ok(())
    } else {
        Err(StoreError("reference out of range"))
    }
}
