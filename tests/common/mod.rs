//! Shared by the integration tests: the corpus extracted from a folder of
//! article files, independent of what the build embedded (so the tests hold
//! whatever `NEWS_TIMELINE_SEEDS` pointed the build at).

#![allow(dead_code)]

use news_timeline::extract::{extract, SourceFile};
use news_timeline::model::{Corpus, Event};
use news_timeline::query::Timeline;
use news_timeline::search::index::Index;
use std::path::Path;

/// Extracts every `.txt` file of `folder` (relative to the package root).
pub fn corpus_of(folder: &str) -> (Corpus, Index) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let files = paths
        .iter()
        .map(|p| {
            SourceFile::new(
                &p.file_name().unwrap().to_string_lossy(),
                std::fs::read(p).unwrap(),
            )
        })
        .collect();
    extract(files)
}

/// Extracts articles given as (file name, text).
pub fn corpus_from(files: &[(&str, &str)]) -> (Corpus, Index) {
    extract(
        files
            .iter()
            .map(|(name, text)| SourceFile::new(name, text.as_bytes().to_vec()))
            .collect(),
    )
}

pub fn timeline_of(folder: &str) -> Timeline {
    let (corpus, index) = corpus_of(folder);
    Timeline::new(corpus, index)
}

pub fn event_with<'a>(corpus: &'a Corpus, person: &str) -> Vec<&'a Event> {
    corpus
        .events
        .iter()
        .filter(|e| {
            e.participants
                .iter()
                .any(|&p| corpus.entities[p as usize].name.contains(person))
        })
        .collect()
}

/// The ids of each event's source articles.
pub fn sources_of<'a>(corpus: &'a Corpus, events: Vec<&'a Event>) -> Vec<Vec<&'a str>> {
    events
        .iter()
        .map(|e| {
            e.articles
                .iter()
                .map(|&a| &*corpus.articles[a as usize].id)
                .collect()
        })
        .collect()
}

pub const DATED_REPORT: &str = " date 2023-03-11 \n\nGerman Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Saturday, his office said.\n\nThe two leaders discussed energy prices and the budget.";

pub const UNDATED_TWIN: &str = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Saturday to discuss energy prices.\n\nThe meeting lasted two hours, officials said.";

/// The first and last day the one article's date allows, as written.
pub fn lede_span(text: &str) -> (Option<String>, Option<String>) {
    let (corpus, _) = corpus_from(&[("x.txt", text)]);
    let d = &corpus.articles[0].date;
    (
        d.earliest.map(|d| d.to_string()),
        d.latest.map(|d| d.to_string()),
    )
}

/// The lede's date as a day, or None.
pub fn lede_day(text: &str) -> Option<String> {
    let (corpus, _) = corpus_from(&[("x.txt", text)]);
    let d = &corpus.articles[0].date;
    d.is_exact().then(|| d.earliest.unwrap().to_string())
}

pub fn lede_day_of(corpus: &Corpus) -> Option<String> {
    let d = &corpus.articles[0].date;
    d.is_exact().then(|| d.earliest.unwrap().to_string())
}
