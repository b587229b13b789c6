//! The exported JavaScript API, run in headless Chromium by
//! `wasm-pack test --headless --chrome`: results for good arguments, thrown
//! errors (never traps) for bad ones.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use news_timeline::wasm::NewsTimeline;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn error_message(result: Result<JsValue, JsError>) -> String {
    let error: JsValue = result.err().expect("an error").into();
    get(&error, "message").as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
fn loads_the_embedded_corpus() {
    let t = NewsTimeline::new().unwrap();
    assert!(t.event_count() > 0);
    // The search index is read on demand; asking for it early is fine.
    assert!(t.prepare_search().is_ok());
    let info = t.info().unwrap();
    assert_eq!(
        get(&info, "events").as_f64().unwrap() as u32,
        t.event_count()
    );
}

#[wasm_bindgen_test]
fn search_folds_accents() {
    let t = NewsTimeline::new().unwrap();
    let a = Array::from(&t.search(JsValue::from_str("Kalın ")).unwrap());
    let b = Array::from(&t.search(object(&[("text", "kalin ".into())])).unwrap());
    assert!(a.length() > 0);
    assert_eq!(a.length(), b.length());
    let first = get(&get(&a.get(0), "event"), "id");
    assert_eq!(first, get(&get(&b.get(0), "event"), "id"));
}

#[wasm_bindgen_test]
fn article_by_id_has_full_text_and_unknown_is_undefined() {
    let t = NewsTimeline::new().unwrap();
    let hits = Array::from(&t.search(JsValue::UNDEFINED).unwrap());
    let event = get(&hits.get(0), "event");
    let id = Array::from(&get(&event, "articles")).get(0);
    let article = t.article(id).unwrap();
    assert!(Array::from(&get(&article, "paragraphs")).length() > 0);
    assert!(t
        .article(JsValue::from_str("no-such-article"))
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
fn bad_arguments_throw_errors_naming_them() {
    let t = NewsTimeline::new().unwrap();
    assert!(error_message(t.article(JsValue::from_f64(3.0))).contains("id must be a string"));
    assert!(error_message(t.search(JsValue::from_f64(1.0))).contains("filter must be an object"));
    assert!(
        error_message(t.search(object(&[("txet", "x".into())]))).contains("unknown field \"txet\"")
    );
    assert!(
        error_message(t.search(object(&[("from", "2024-13-45".into())]))).contains("filter.from")
    );
    assert!(
        error_message(t.search(object(&[("people", JsValue::from_f64(2.0))])))
            .contains("filter.people")
    );
    assert!(error_message(t.events("2025-01-01".into(), "2024-01-01".into())).contains("reversed"));
    assert!(error_message(t.event_at(JsValue::from_f64(-1.0))).contains("index"));
    assert!(t.event_at(JsValue::from_f64(1e9)).unwrap().is_undefined());
}

#[wasm_bindgen_test]
fn huge_and_odd_queries_return_results_not_traps() {
    let t = NewsTimeline::new().unwrap();
    let huge = "ab\u{202E}\"c ".repeat(200_000);
    assert!(t.search(JsValue::from_str(&huge)).is_ok());
    assert!(t
        .highlight(
            JsValue::from_str("<script>x</script>"),
            JsValue::from_str("script")
        )
        .is_ok());
    assert!(t.facets(JsValue::NULL).is_ok());
    assert!(t.histogram(JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn typed_arrays_match_the_event_count() {
    let t = NewsTimeline::new().unwrap();
    let n = t.event_count() as usize;
    let earliest = t.earliest_ptr();
    let latest = t.latest_ptr();
    for i in 0..n {
        // SAFETY: the pointers address `event_count` values owned by `t`.
        let (a, b) = unsafe { (*earliest.add(i), *latest.add(i)) };
        assert!(a <= b);
    }
}
