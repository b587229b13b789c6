//! Search and filters over the default articles (issue #5): names typed
//! the way readers know them, filters that combine, facets that follow the
//! filter.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use news_timeline::civil::Day;
use news_timeline::query::{Filter, Timeline};

fn ids(t: &Timeline, filter: &Filter) -> Vec<String> {
    let mut v: Vec<String> = t.events(filter).into_iter().map(|e| e.id).collect();
    v.sort();
    v
}

fn text(q: &str) -> Filter {
    Filter {
        text: q.into(),
        ..Filter::default()
    }
}

#[test]
fn names_are_found_however_they_are_typed() {
    let t = common::timeline_of("seeds");
    assert!(!ids(&t, &text("erdogan ")).is_empty());
    assert_eq!(ids(&t, &text("erdogan ")), ids(&t, &text("Erdoğan ")));
    assert_eq!(ids(&t, &text("Kalin ")), ids(&t, &text("kalın ")));
    // Turkey and Türkiye are one country: either name finds the other's articles.
    assert_eq!(ids(&t, &text("turkey ")), ids(&t, &text("turkiye ")));
    // The acronym finds the organisation's articles.
    assert_eq!(
        ids(&t, &text("MIT ")),
        ids(&t, &text("\"National Intelligence Organization\""))
    );
}

#[test]
fn stemming_and_prefixes() {
    let t = common::timeline_of("seeds");
    let ceasefire = ids(&t, &text("ceasefire "));
    assert_eq!(ceasefire, ids(&t, &text("ceasefires ")));
    assert_eq!(ceasefire, ids(&t, &text("cease-fire ")));
    assert_eq!(ids(&t, &text("haniy")), ids(&t, &text("haniyeh ")));
}

#[test]
fn person_place_window_and_text_combine() {
    let t = common::timeline_of("seeds");
    let person = Filter {
        entities: vec!["Haniyeh".into()],
        ..Filter::default()
    };
    let both = Filter {
        entities: vec!["Haniyeh".into(), "Doha".into()],
        ..Filter::default()
    };
    let windowed = Filter {
        from: Day::parse("2024-04-16").ok(),
        to: Day::parse("2024-04-18").ok(),
        ..both.clone()
    };
    let with_text = Filter {
        text: "fidan ".into(),
        ..windowed.clone()
    };
    let (a, b, c, d) = (
        ids(&t, &person),
        ids(&t, &both),
        ids(&t, &windowed),
        ids(&t, &with_text),
    );
    assert!(b.iter().all(|e| a.contains(e)), "adding a place narrows");
    assert!(c.iter().all(|e| b.contains(e)), "adding a window narrows");
    assert!(d.iter().all(|e| c.contains(e)), "adding text narrows");
    assert_eq!(d.len(), 1, "the Doha meeting of 17 April 2024: {d:?}");
    let event = t.event(&d[0]).unwrap();
    assert_eq!(event.date.earliest.as_deref(), Some("2024-04-17"));
    assert_eq!(event.place.as_deref(), Some("Doha"));
}

#[test]
fn facets_follow_the_filter() {
    let t = common::timeline_of("seeds");
    let filter = Filter {
        entities: vec!["Kalın".into()],
        ..Filter::default()
    };
    let events = t.events(&filter);
    let facets = t.facets(&filter);
    let kinds: u32 = facets.kinds.iter().map(|k| k.count).sum();
    assert_eq!(kinds as usize, events.len());
    let kalin = facets
        .people
        .iter()
        .find(|p| p.value == "Ibrahim Kalın")
        .unwrap();
    assert_eq!(
        kalin.count as usize,
        events.len(),
        "every filtered event involves him"
    );
    assert!(facets
        .people
        .iter()
        .all(|p| p.count as usize <= events.len()));
}

#[test]
fn snippets_highlight_the_match() {
    let t = common::timeline_of("seeds");
    let hits = t.search(&text("dolmabahce "));
    assert_eq!(hits.len(), 1);
    let marked: Vec<&str> = hits[0]
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["Dolmabahçe"]);
}

/// A list entry for an event with two sources quotes the source the words
/// are in, and the first source when no word is in either.
#[test]
fn a_page_quotes_the_source_that_matches() {
    let dated = " date 2023-03-11 \n\nGerman Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Saturday, his office said.\n\nThe two leaders discussed energy prices and the budget.";
    let twin = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Saturday to discuss energy prices.\n\nThe meeting lasted two hours, officials said.";
    let (corpus, index) = common::corpus_from(&[("a.txt", dated), ("b.txt", twin)]);
    let t = Timeline::new(corpus, index);
    let page = t.page(&text("hours "), 0, 20);
    assert_eq!(page.total, 1);
    assert_eq!(
        page.hits[0].event.articles.len(),
        2,
        "one event, two sources"
    );
    assert_eq!(page.hits[0].article, "b");
    let marked: Vec<&str> = page.hits[0]
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["hours"]);
    assert_eq!(t.page(&text("budget "), 0, 20).hits[0].article, "a");
}

/// The build stores events in date order, so lists need not sort them; a
/// corpus stored in another order (an older or hand-made store) must still
/// list by date.
#[test]
fn lists_are_in_date_order_however_the_events_are_stored() {
    let early = " date 2023-03-11\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Saturday.";
    let late = " date 2023-05-20\n\nJapanese Prime Minister Fumio Kishida met US President Joe Biden in Hiroshima on Saturday.";
    let (mut corpus, index) = common::corpus_from(&[("a.txt", early), ("b.txt", late)]);
    let days = |t: &Timeline| -> Vec<String> {
        t.matching_indices(&Filter::default())
            .into_iter()
            .map(|i| {
                t.corpus().events[i as usize]
                    .date
                    .earliest
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let stored = Timeline::new(corpus.clone(), index.clone());
    assert_eq!(days(&stored), ["2023-03-11", "2023-05-20"]);
    corpus.events.swap(0, 1);
    for article in &mut corpus.articles {
        article.event = article.event.map(|e| 1 - e);
    }
    let swapped = Timeline::new(corpus, index);
    assert_eq!(days(&swapped), ["2023-03-11", "2023-05-20"]);
    assert_eq!(
        swapped.matching_indices(&Filter::default()),
        [1, 0],
        "indices of the swapped store"
    );
}
