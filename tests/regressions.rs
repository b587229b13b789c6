//! Regression tests for crashes found by fuzzing (issue #7): each input that
//! once panicked, trapped or hung stays here, so the fix cannot quietly go.
//! The fuzz targets are in `fuzz/` (see `fuzz/README.md`).
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::civil::{Day, MAX_YEAR, MIN_YEAR};
use news_timeline::extract::{extract, SourceFile};
use news_timeline::model::Corpus;
use news_timeline::query::{Filter, Timeline};
use news_timeline::search::index::Index;
use news_timeline::store::{decode, encode};

/// A real one-article corpus whose event a tampered file dates `day`.
fn corpus_dated(day: Day) -> (Corpus, Index) {
    let text = b" date 2024-04-20\n\nLeaders met in Paris on Saturday.\n".to_vec();
    let (mut corpus, index) = extract(vec![SourceFile::new("a.txt", text)]);
    for event in &mut corpus.events {
        event.date.earliest = Some(day);
        event.date.latest = Some(day);
    }
    corpus.articles[0].date.earliest = Some(day);
    (corpus, index)
}

/// Found while writing the `store_decode` target (the fuzzer itself had not
/// reached it in 875,000 runs): a corpus file with a day far outside the
/// calendar decoded, and the first view of it overflowed in `Day::ymd`
/// (a panic natively; silent garbage in the release wasm).
#[test]
fn issue_7_store_refuses_days_outside_the_calendar() {
    for n in [i32::MAX, i32::MIN, 1 << 30, -(1 << 30)] {
        let (corpus, index) = corpus_dated(Day(n));
        let error = decode(&encode(&corpus, &index)).err();
        assert_eq!(
            error.map(|e| e.to_string()),
            Some("corrupt corpus data: day out of range".into()),
            "day {n}"
        );
    }
    // The calendar's own extremes decode and are safe to show.
    for day in [
        Day::from_ymd(MIN_YEAR, 1, 1).unwrap(),
        Day::from_ymd(MAX_YEAR, 12, 31).unwrap(),
    ] {
        let (corpus, index) = corpus_dated(day);
        let (corpus, index) = decode(&encode(&corpus, &index)).expect("an extreme day decodes");
        let timeline = Timeline::new(corpus, index);
        assert_eq!(timeline.histogram(&Filter::default()).len(), 1);
        let view = timeline.corpus().event_view(0).unwrap();
        assert!(
            view.date.label.contains(&day.year().to_string()),
            "{}",
            view.date.label
        );
    }
}

/// Splits a fuzz input into files as the `parse_extract` target does.
fn fuzz_files(data: &[u8]) -> Vec<SourceFile> {
    data.split(|&b| b == 0xFE)
        .take(4)
        .enumerate()
        .map(|(i, bytes)| SourceFile::new(&format!("{i}.txt"), bytes.to_vec()))
        .collect()
}

/// Found by `parse_extract` (crash-e90d1e16, kept in tests/regressions/):
/// a date after an accented word that folds to a preposition ("ïn Monday",
/// as in Turkish "İn") moved the cut point by the folded word's length,
/// which is shorter in bytes, into the middle of a character.
#[test]
fn issue_7_accented_preposition_before_a_date_does_not_split_a_character() {
    let text = " date 2024-04-20\n\nLeaders met in Paris \u{ef}n Monday. Ministers met İn April.\n";
    let (corpus, _) = extract(vec![SourceFile::new("a.txt", text.as_bytes().to_vec())]);
    assert_eq!(corpus.articles.len(), 1);
    let crash = include_bytes!("regressions/parse_extract-crash-e90d1e16");
    let files = fuzz_files(crash);
    let count = files.len();
    let (corpus, _) = extract(files);
    assert_eq!(corpus.articles.len() + corpus.skipped.len(), count);
}

/// Found by the property test `store_decodes_what_it_encodes` when the
/// index shrank (issue #8): the reader took a headline's position in its
/// paragraph for a length of what follows in the store, and refused a
/// store whose index was shorter than that position.
#[test]
fn issue_8_a_headline_inside_a_paragraph_decodes_however_short_the_index() {
    for text in [
        "Erdogan ceasefire ceasefire ceasefire ceasefire.\n\n",
        "Officials in the northern province of Kandara said on Monday that the \
         long-awaited bridge over the river would open next spring. Mayor Ana \
         Sola opened the bridge.\n",
    ] {
        let (corpus, index) = extract(vec![SourceFile::new("a.txt", text.into())]);
        let (back, back_index) =
            decode(&encode(&corpus, &index)).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(back, corpus);
        assert_eq!(back_index, index);
    }
}
