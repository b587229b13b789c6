//! Editorial pins (issue #4, section 4): authority, flow to twins, and
//! clear answers for bad pins.
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::extract::pins::{parse, Pin};
use news_timeline::extract::{extract_with_pins, SourceFile};
use news_timeline::model::DateSource;

const SATURDAY: &str =
    "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Saturday to discuss energy.";
const TWIN: &str =
    "President Emmanuel Macron held talks with Chancellor Olaf Scholz in Paris on Saturday.";

fn files() -> Vec<SourceFile> {
    vec![
        SourceFile::new("a.txt", SATURDAY.as_bytes().to_vec()),
        SourceFile::new("b.txt", TWIN.as_bytes().to_vec()),
    ]
}

fn pins(toml: &str) -> Vec<Pin> {
    parse("timeline.toml", toml).unwrap()
}

#[test]
fn a_pinned_date_dates_the_article_and_its_twin() {
    let (corpus, _) =
        extract_with_pins(files(), &pins("[articles.a]\ndate = \"2023-03-11\"\n")).unwrap();
    let a = &corpus.articles[0];
    assert_eq!(a.date.earliest.unwrap().to_string(), "2023-03-11");
    assert_eq!(a.date.source(), DateSource::Pin);
    let b = &corpus.articles[1];
    assert_eq!(
        b.date.earliest.unwrap().to_string(),
        "2023-03-11",
        "{:?}",
        b.date
    );
    assert_eq!(a.event, b.event);
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
}

#[test]
fn a_pin_that_contradicts_the_text_warns_with_its_line() {
    // 2023-03-10 is a Friday; the text says Saturday.
    let (corpus, _) =
        extract_with_pins(files(), &pins("\n[articles.a]\ndate = \"2023-03-10\"\n")).unwrap();
    let w = corpus
        .warnings
        .iter()
        .find(|w| w.file == "timeline.toml")
        .expect("a warning");
    assert_eq!(w.line, 2);
    assert!(
        w.message.contains("contradicts") && w.message.contains("Saturday"),
        "{}",
        w.message
    );
    assert_eq!(
        corpus.articles[0].date.earliest.unwrap().to_string(),
        "2023-03-10"
    );
}

#[test]
fn a_pin_for_an_unknown_article_is_an_error() {
    let e =
        extract_with_pins(files(), &pins("[articles.nope]\ndate = \"2023-03-10\"\n")).unwrap_err();
    assert_eq!(e.line, 1);
    assert!(e.message.contains("\"nope\""), "{e}");
}

#[test]
fn headline_and_url_pins_apply() {
    let (corpus, _) = extract_with_pins(
        files(),
        &pins("[articles.b]\nheadline = \"Paris talks\"\nurl = \"https://example.org/b\"\n"),
    )
    .unwrap();
    let b = &corpus.articles[1];
    assert_eq!(b.title, "Paris talks");
    assert!(!b.title_derived);
    assert_eq!(b.url.as_deref(), Some("https://example.org/b"));
}

#[test]
fn malformed_pins_name_the_line() {
    let e = parse("timeline.toml", "[articles.a]\ndate = \"2023-02-29\"\n").unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("timeline.toml", 2));
    let e = parse("timeline.toml", "[articles.a\ndate = 1\n").unwrap_err();
    assert!(e.message.starts_with("not valid TOML"));
}
