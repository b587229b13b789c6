#![cfg(not(target_arch = "wasm32"))]
//! The default articles through the whole native path: parsing, the
//! corpus, and the query API the page uses.

mod common;

use news_timeline::query::{Filter, Timeline};
use news_timeline::store;

#[test]
fn every_seed_is_an_article_or_skipped() {
    let (corpus, _) = common::corpus_of("seeds");
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert_eq!(corpus.articles.len() + corpus.skipped.len(), files);
    assert_eq!(corpus.articles.len(), 5);
}

#[test]
fn titles_are_given_or_derived() {
    let (corpus, _) = common::corpus_of("seeds");
    let given: Vec<_> = corpus
        .articles
        .iter()
        .filter(|a| !a.title_derived)
        .collect();
    assert_eq!(given.len(), 1, "one seed has a title line");
    assert_eq!(
        given[0].title,
        "Turkish spymaster, Hamas Shura Council chief discuss aid for Gaza"
    );
    for a in &corpus.articles {
        assert!(
            !a.title.is_empty() && a.title.chars().count() <= 100,
            "{}",
            a.title
        );
        assert!(
            !a.title.contains("Press"),
            "boilerplate is not a title: {}",
            a.title
        );
        for p in &a.paragraphs {
            assert!(
                !p.contains("Leave a Reply") && !p.contains("skip to content"),
                "{p}"
            );
        }
    }
}

#[test]
fn date_line_dates_its_article_and_others_are_not_made_up() {
    let (corpus, _) = common::corpus_of("seeds");
    let with_line: Vec<_> = corpus
        .articles
        .iter()
        .filter(|a| a.published.is_some())
        .collect();
    assert_eq!(with_line.len(), 1);
    assert_eq!(with_line[0].published.unwrap().to_string(), "2024-04-20");
    assert!(with_line[0].date.is_exact());
    for a in &corpus.articles {
        for e in &a.date.evidence {
            assert!(!e.text.is_empty(), "evidence says something");
        }
        // Nothing may claim a single day without evidence.
        if a.date.is_exact() {
            assert!(
                !a.date.evidence.is_empty(),
                "{} has an exact date with no evidence",
                a.id
            );
        }
    }
}

#[test]
fn the_store_round_trips_the_corpus() {
    let (corpus, index) = common::corpus_of("seeds");
    let bytes = store::encode(&corpus, &index);
    let (again, index_again) = store::decode(&bytes).unwrap();
    assert_eq!(again, corpus);
    assert_eq!(index_again, index);
    // Any truncation is an error, never a panic.
    for cut in (0..bytes.len()).step_by(97) {
        assert!(store::decode(&bytes[..cut]).is_err());
    }
}

/// The embedded corpus keeps paragraphs in its bytes (`decode_static`):
/// what a reader sees of an article, its snippets and its search matches
/// must be what the copying decoder gives.
#[test]
fn paragraphs_read_in_place_are_the_article_text() {
    let (corpus, index) = common::corpus_of("seeds");
    let bytes: &'static [u8] = Box::leak(store::encode(&corpus, &index).into_boxed_slice());
    let (in_place, index_again) = store::decode_static(bytes).unwrap();
    assert_eq!(in_place, corpus);
    assert_eq!(index_again, index);
    for (a, b) in in_place.articles.iter().zip(&corpus.articles) {
        assert_eq!(a.paragraphs.to_vec(), b.paragraphs.to_vec(), "{}", a.id);
        assert!(!a.paragraphs.is_empty(), "{} has its text", a.id);
    }
    // A paragraph that is not UTF-8 is found at start-up, not when shown.
    let first = corpus.articles[0].paragraphs.get(0).unwrap();
    let at = bytes
        .windows(first.len())
        .position(|w| w == first.as_bytes())
        .expect("the first paragraph is in the bytes");
    let mut broken = bytes.to_vec();
    broken[at] = 0xff;
    let broken: &'static [u8] = Box::leak(broken.into_boxed_slice());
    assert_eq!(
        store::decode_static(broken).err(),
        Some(store::StoreError("string is not UTF-8"))
    );
    for cut in (0..bytes.len()).step_by(389) {
        assert!(store::decode_static(&bytes[..cut]).is_err());
    }
}

#[test]
fn the_embedded_corpus_decodes() {
    let t = Timeline::embedded().expect("embedded corpus");
    assert!(!t.corpus().articles.is_empty() || !t.corpus().skipped.is_empty());
    // Its search index is read on the first search, and finds what the
    // index built here finds.
    let built = common::timeline_of("seeds");
    let ids = |t: &Timeline| -> Vec<String> {
        t.search(&Filter {
            text: "Haniyeh Istanbul".into(),
            ..Filter::default()
        })
        .into_iter()
        .map(|h| h.event.id)
        .collect()
    };
    assert!(!ids(&built).is_empty());
    assert_eq!(ids(&t), ids(&built));
    assert!(t.search_index().is_ok());
}

#[test]
fn search_is_accent_insensitive_over_the_seeds() {
    let t = common::timeline_of("seeds");
    let q = |text: &str| -> Vec<String> {
        t.search(&Filter {
            text: text.into(),
            ..Filter::default()
        })
        .into_iter()
        .map(|h| h.event.id)
        .collect()
    };
    let kalin = q("Kalın ");
    assert!(!kalin.is_empty());
    assert_eq!(kalin, q("kalin "));
    assert_eq!(kalin, q("KALIN"));
    assert_eq!(q("erdogan "), q("Erdoğan "));
    assert_eq!(q("turkiye ").len(), q("Türkiye ").len());
}

#[test]
fn events_in_a_window_and_the_histogram_agree() {
    let t = common::timeline_of("seeds");
    let april = Filter {
        from: news_timeline::civil::Day::parse("2024-04-01").ok(),
        to: news_timeline::civil::Day::parse("2024-04-30").ok(),
        ..Filter::default()
    };
    let events = t.events(&april);
    let histogram = t.histogram(&april);
    let counted: u32 = histogram.iter().map(|m| m.count).sum();
    assert_eq!(counted as usize, events.len());
    assert!(histogram.iter().all(|m| m.month == "2024-04"));
}

#[test]
fn facets_count_the_filtered_events() {
    let t = common::timeline_of("seeds");
    let all = t.facets(&Filter::default());
    let total: u32 = all.kinds.iter().map(|k| k.count).sum();
    assert_eq!(total as usize, t.corpus().events.len());
}

#[test]
fn article_by_id_gives_full_text() {
    let t = common::timeline_of("seeds");
    let first = &t.corpus().articles[0];
    let view = t.article(&first.id).unwrap();
    assert_eq!(view.paragraphs, first.paragraphs.to_vec());
    assert!(t.article("nope").is_none());
}

/// The module's timeline reads its search index on the first search
/// (`decode_static_lazily`): the same index, and a damaged one is an error
/// when it is read, while the timeline itself still loads.
#[test]
fn the_search_index_read_later_is_the_same_and_damage_is_reported() {
    let (corpus, index) = common::corpus_of("seeds");
    let bytes: &'static [u8] = Box::leak(store::encode(&corpus, &index).into_boxed_slice());
    let (in_place, stored) = store::decode_static_lazily(bytes).unwrap();
    assert_eq!(in_place, corpus);
    assert_eq!(stored.decode().unwrap(), index);
    // The index is the end of the store (an empty one is three zeros):
    // cutting into it spares the corpus.
    let start = store::encode(&corpus, &Default::default()).len() - 3;
    let middle = (start + bytes.len()) / 2;
    let cut: &'static [u8] = Box::leak(bytes[..middle].to_vec().into_boxed_slice());
    let (still, damaged) = store::decode_static_lazily(cut).unwrap();
    assert_eq!(still.events.len(), corpus.events.len());
    assert!(damaged.decode().is_err());
    // Cut anywhere before it, the corpus itself is refused at once.
    for at in (0..=start).step_by(389).chain([start]) {
        assert!(store::decode_static_lazily(&bytes[..at]).is_err());
    }
}
