//! Fuzz target: `store::decode` on arbitrary bytes (a corrupt or tampered
//! corpus). It must give an error, never panic; a corpus it accepts must be
//! safe to query and to show, so everything a view reads is exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_timeline::query::{Filter, Timeline};
use news_timeline::store;

fuzz_target!(|data: &[u8]| {
    let Ok((corpus, index)) = store::decode(data) else {
        return;
    };
    // What decodes re-encodes to the same corpus.
    let again = store::encode(&corpus, &index);
    assert_eq!(store::decode(&again).ok(), Some((corpus.clone(), index.clone())));
    let _ = corpus.dump();
    for i in 0..corpus.events.len().min(64) as u32 {
        let _ = corpus.event_view(i);
    }
    for i in 0..corpus.articles.len().min(64) as u32 {
        let _ = corpus.article_view(i);
    }
    let timeline = Timeline::new(corpus, index);
    let filter = Filter {
        text: "a".into(),
        ..Filter::default()
    };
    for f in [&Filter::default(), &filter] {
        let _ = timeline.search(f);
        let _ = timeline.page(f, 0, 10);
        let _ = timeline.facets(f);
        let _ = timeline.histogram(f);
    }
});
