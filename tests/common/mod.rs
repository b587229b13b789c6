//! Shared by the integration tests: the corpus extracted from a folder of
//! article files, independent of what the build embedded (so the tests hold
//! whatever `NEWS_TIMELINE_SEEDS` pointed the build at).

#![allow(dead_code)]

use news_timeline::extract::{extract, SourceFile};
use news_timeline::model::Corpus;
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
