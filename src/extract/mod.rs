//! From article files to a corpus: the extraction `build.rs` drives.
//!
//! [`extract`] takes the files of a seeds folder (name and bytes) and
//! returns the [`Corpus`] and its search [`Index`]. It runs natively, in the
//! build script and in tests, never in the browser: every file is either an
//! article in the corpus or listed in `skipped` with its reason.
//!
//! ```
//! use news_timeline::extract::{extract, SourceFile};
//! let files = vec![
//!     SourceFile::new("a.txt", b" date 2024-04-20\n\nLeaders met in Paris on Saturday.".to_vec()),
//!     SourceFile::new("b.txt", b"".to_vec()),
//! ];
//! let (corpus, _index) = extract(files);
//! assert_eq!(corpus.articles.len(), 1);
//! assert_eq!(corpus.skipped[0].file, "b.txt");
//! ```

use crate::article::{self, ParsedArticle};
use crate::model::{Article, Corpus, DateSource, DateSpan, Event, Evidence, Skipped};
use crate::search::index::{Index, IndexDoc};

/// One input file: its name within the seeds folder and its bytes.
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl SourceFile {
    pub fn new(name: &str, bytes: Vec<u8>) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            bytes,
        }
    }

    /// The file name without its extension: the article's id.
    pub fn stem(&self) -> &str {
        self.name
            .rsplit_once('.')
            .map_or(self.name.as_str(), |(stem, _)| stem)
    }
}

/// Extracts a corpus from article files, in the order given.
pub fn extract(files: Vec<SourceFile>) -> (Corpus, Index) {
    let mut corpus = Corpus::default();
    let mut parsed: Vec<(SourceFile, ParsedArticle)> = Vec::new();
    for file in files {
        match article::parse(&file.name, &file.bytes) {
            Ok(mut article) => {
                corpus.warnings.append(&mut article.warnings);
                parsed.push((file, article));
            }
            Err(mut skip) => {
                corpus.warnings.append(&mut skip.warnings);
                corpus.skipped.push(Skipped {
                    file: file.name.clone(),
                    reason: skip.reason,
                });
            }
        }
    }

    for (file, parsed) in &parsed {
        let date = match (parsed.published, &parsed.date_line) {
            (Some(day), Some(line)) => DateSpan::exact(
                day,
                Evidence::new(
                    DateSource::DateLine,
                    "date-line",
                    &format!("report dated {}: '{line}'", day.medium()),
                ),
            ),
            _ => DateSpan::unknown(),
        };
        let article_index = corpus.articles.len() as u32;
        let event_index = corpus.events.len() as u32;
        let summary = parsed
            .paragraphs
            .first()
            .map(|p| article::first_sentence(p).to_string())
            .unwrap_or_default();
        corpus.events.push(Event {
            id: format!("e{event_index}"),
            kind: "report".to_string(),
            headline: parsed.title.clone(),
            date: date.clone(),
            participants: Vec::new(),
            place: None,
            venue: None,
            articles: vec![article_index],
            topics: Vec::new(),
            summary,
        });
        corpus.articles.push(Article {
            id: file.stem().to_string(),
            file: file.name.clone(),
            title: parsed.title.clone(),
            title_derived: parsed.title_derived,
            published: parsed.published,
            url: None,
            paragraphs: parsed.paragraphs.clone(),
            date,
            entities: Vec::new(),
            topics: Vec::new(),
            event: Some(event_index),
        });
    }

    let index = build_index(&corpus);
    (corpus, index)
}

/// Indexes each article's title, text, entity names with aliases, and topics.
pub fn build_index(corpus: &Corpus) -> Index {
    let docs: Vec<IndexDoc<'_>> = corpus
        .articles
        .iter()
        .map(|a| {
            let mut names: Vec<&str> = Vec::new();
            for e in a
                .entities
                .iter()
                .filter_map(|&e| corpus.entities.get(e as usize))
            {
                names.push(&e.name);
                names.extend(e.aliases.iter().map(String::as_str));
            }
            names.extend(a.topics.iter().map(String::as_str));
            IndexDoc {
                title: &a.title,
                body: a.paragraphs.iter().map(String::as_str).collect(),
                names,
            }
        })
        .collect();
    Index::build(&docs)
}
