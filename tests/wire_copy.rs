//! Articles as other outlets publish them: wire copy with a filing dateline
//! in the lede, web pages with the date under the title and a byline.
//! Written for these tests, on topics of their own.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use news_timeline::model::{Corpus, Event};

fn names(corpus: &Corpus, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .map(|&i| corpus.entities[i as usize].name.clone())
        .collect()
}

fn main_event<'a>(corpus: &'a Corpus, article: &str) -> &'a Event {
    let a = corpus
        .articles
        .iter()
        .position(|a| a.id == article)
        .unwrap() as u32;
    corpus
        .events
        .iter()
        .find(|e| e.articles.first() == Some(&a))
        .unwrap()
}

#[test]
fn a_wire_dateline_is_left_out_of_the_headline_and_places_an_unplaced_event() {
    let text = "ROME (AP) — Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sánchez at the Chigi Palace on Tuesday, officials said.\n\nThey discussed migration.";
    let (corpus, _) = common::corpus_from(&[("rome.txt", text)]);
    let event = main_event(&corpus, "rome");
    assert!(
        event
            .headline
            .starts_with("Italian Prime Minister Giorgia Meloni met"),
        "{}",
        event.headline
    );
    assert_eq!(
        names(&corpus, &event.participants),
        ["Giorgia Meloni", "Pedro Sánchez"]
    );
    let place = event
        .place
        .map(|p| corpus.entities[p as usize].name.as_str());
    assert_eq!(place, Some("Rome"));
}

#[test]
fn a_place_in_the_text_wins_over_the_filing_city() {
    let text = "LONDON, May 14 (Reuters) - British Foreign Secretary David Lammy met Chinese Foreign Minister Wang Yi in Beijing on Monday, the Foreign Office said.";
    let (corpus, _) = common::corpus_from(&[("wire.txt", text)]);
    let event = main_event(&corpus, "wire");
    let place = event
        .place
        .map(|p| corpus.entities[p as usize].name.as_str());
    assert_eq!(place, Some("Beijing"));
}
