//! Fuzz target: article files as arbitrary bytes through the parser and the
//! whole extraction. Bytes 0xFE split the input into up to four files, so
//! cross-article steps (clustering, entity resolution, duplicates) run too.
//! Must not panic, hang, or grow memory beyond libFuzzer's limit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_timeline::article;
use news_timeline::extract::{extract, SourceFile};

fuzz_target!(|data: &[u8]| {
    let files: Vec<SourceFile> = data
        .split(|&b| b == 0xFE)
        .take(4)
        .enumerate()
        .map(|(i, bytes)| SourceFile::new(&format!("{i}.txt"), bytes.to_vec()))
        .collect();
    for file in &files {
        if let Ok(parsed) = article::parse(&file.name, &file.bytes) {
            assert!(!parsed.paragraphs.is_empty(), "an article has text");
        }
    }
    let count = files.len();
    let (corpus, _index) = extract(files);
    // Every file is accounted for: an article or a skip.
    assert_eq!(corpus.articles.len() + corpus.skipped.len(), count);
});
