//! Search behaviour readers rely on: folding, stemming, prefixes, phrases,
//! ranking and highlights.

use super::index::{Index, IndexDoc};
use super::*;

fn index() -> Index {
    let docs = [
        IndexDoc {
            title: "Erdoğan meets Haniyeh",
            body: vec![
                "The leaders discussed a cease-fire in Gaza.",
                "Türkiye hosted the talks.",
            ],
            names: vec!["Recep Tayyip Erdoğan", "Turkey"],
        },
        IndexDoc {
            title: "Spy chief meets delegation",
            body: vec![
                "Ibrahim Kalın met the delegation.",
                "They called for a ceasefire.",
            ],
            names: vec!["Ibrahim Kalın"],
        },
        IndexDoc {
            title: "Markets rally",
            body: vec!["Shares rose as negotiations on fire safety rules ended."],
            names: vec![],
        },
    ];
    Index::build(&docs)
}

fn docs(query: &str) -> Vec<u32> {
    let mut d: Vec<u32> = search(&index(), &Query::parse(query))
        .into_iter()
        .map(|h| h.doc)
        .collect();
    d.sort_unstable();
    d
}

#[test]
fn accents_and_case_fold() {
    assert_eq!(docs("kalin "), [1]);
    assert_eq!(docs("KALIN "), [1]);
    assert_eq!(docs("Kalın "), [1]);
    assert_eq!(docs("turkiye "), [0]);
    assert_eq!(docs("erdogan "), [0]);
}

#[test]
fn stemming_joins_variants_and_compounds() {
    assert_eq!(docs("ceasefires "), [0, 1]);
    assert_eq!(docs("cease-fire "), [0, 1]);
    assert_eq!(docs("meeting "), [0, 1]);
}

#[test]
fn last_word_is_a_prefix_while_typing() {
    assert_eq!(docs("kal"), [1]);
    assert_eq!(docs("negotiat"), [2]);
    assert!(
        docs("negotiat ").is_empty(),
        "a finished word is not a prefix"
    );
}

#[test]
fn every_word_must_match() {
    assert_eq!(docs("kalin ceasefire "), [1]);
    assert!(docs("kalin markets ").is_empty());
}

#[test]
fn phrases_need_adjacent_words() {
    let index = index();
    let texts = [
        "The leaders discussed a cease-fire in Gaza.",
        "They called for a ceasefire.",
        "Shares rose as negotiations on fire safety rules ended.",
    ];
    let query = Query::parse("\"cease fire\"");
    let hits = search_with(&index, &query, |doc, words| {
        phrase_matches(texts[doc as usize], words)
    });
    assert_eq!(hits.iter().map(|h| h.doc).collect::<Vec<_>>(), [0]);
    assert!(phrase_matches(
        "a cease-fire agreement",
        &["ceasefire".into(), "agreement".into()]
    ));
    assert!(!phrase_matches(
        "fire safety cease",
        &["cease".into(), "fire".into()]
    ));
}

#[test]
fn title_matches_rank_first() {
    let hits = search(&index(), &Query::parse("delegation "));
    assert_eq!(hits[0].doc, 1);
}

#[test]
fn highlights_mark_matching_words_only() {
    let segments = highlight(
        "Kalın met the delegation in Ankara.",
        &Query::parse("kalin ankara "),
    );
    let hits: Vec<&str> = segments
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(hits, ["Kalın", "Ankara"]);
    let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, "Kalın met the delegation in Ankara.");
}

#[test]
fn snippet_picks_the_sentence_with_matches() {
    let paragraphs = vec!["First sentence here. The ceasefire held in Gaza.".to_string()];
    let segments = snippet(&paragraphs, &Query::parse("ceasefire "));
    let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, "The ceasefire held in Gaza.");
}

#[test]
fn hostile_queries_are_harmless() {
    let index = index();
    for q in [
        "",
        "   ",
        "\"",
        "\"\"\"",
        "\u{202E}kalin",
        "*",
        "((((",
        &"a".repeat(1_000_000),
    ] {
        let _ = search(&index, &Query::parse(q));
    }
    assert!(Query::parse(&"word ".repeat(1000)).clauses.len() <= 16);
}
