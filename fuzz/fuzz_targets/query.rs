//! Fuzz target: the query API on the embedded corpus with arbitrary filter
//! text, entity names, kinds, topics, date arguments and page bounds: what a
//! host page or a URL hash can pass in. Lines of the input fill the fields.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_timeline::query::{check_window, parse_day_argument, Filter, Timeline};
use news_timeline::search::{self, Query};
use std::sync::OnceLock;

fn timeline() -> &'static Timeline {
    static TIMELINE: OnceLock<Timeline> = OnceLock::new();
    TIMELINE.get_or_init(|| Timeline::embedded().expect("embedded corpus"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.split('\n');
    let mut next = || lines.next().unwrap_or("").to_string();
    let query_text = next();
    let entity = next();
    let kind = next();
    let topic = next();
    let from = parse_day_argument("from", Some(&next())).ok().flatten();
    let to = parse_day_argument("to", Some(&next())).ok().flatten();
    let bounds = next();
    let bounds = bounds.as_bytes();
    let offset = bounds.first().map_or(0, |&b| usize::from(b) * 7);
    let limit = bounds.get(1).map_or(100, |&b| usize::from(b));
    let window_ok = check_window(from, to).is_ok();
    let filter = Filter {
        text: query_text.clone(),
        entities: vec![entity.clone()],
        kinds: if kind.is_empty() { vec![] } else { vec![kind] },
        topics: if topic.is_empty() { vec![] } else { vec![topic] },
        from,
        to,
        include_undated: bounds.get(2).is_some_and(|b| b & 1 == 1),
    };
    let t = timeline();
    let hits = t.search(&filter);
    let page = t.page(&filter, offset, limit);
    assert!(page.hits.len() <= limit);
    if window_ok {
        assert_eq!(page.total, t.matching_indices(&filter).len());
    }
    let _ = hits;
    let _ = t.facets(&filter);
    let _ = t.histogram(&filter);
    let _ = t.events(&filter);
    let _ = t.event(&entity);
    let _ = t.article(&entity);
    let query = Query::parse(&query_text);
    let segments = search::highlight(&entity, &query);
    let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, entity, "highlighting keeps the text");
});
