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
    let paragraphs = ["First sentence here. The ceasefire held in Gaza."];
    let segments = snippet(paragraphs, &Matcher::new(&Query::parse("ceasefire ")));
    let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, "The ceasefire held in Gaza.");
}

#[test]
fn matcher_reads_words_prefixes_and_phrases() {
    let matcher = Matcher::new(&Query::parse("\"peace talks\" negotiat"));
    // A phrase's words match by stem, anywhere (the index checks order).
    assert!(matcher.matches("peaceful") == (stem("peaceful") == stem("peace")));
    assert!(matcher.matches("talk"));
    // The half-typed last word matches what it begins, and by stem.
    assert!(matcher.matches("negotiators"));
    assert!(matcher.matches("negotiation"));
    assert!(!matcher.matches("truce"));
    assert!(!Matcher::new(&Query::parse("talks")).matches("tal"));
    assert!(matcher.finds_in("They talked for hours."));
    assert!(!matcher.finds_in("They met for hours."));
    assert!(Matcher::new(&Query::parse("")).is_empty());
}

#[test]
fn snippet_reads_every_paragraph_and_title() {
    let matcher = Matcher::new(&Query::parse("gaza "));
    let segments = snippet(["A title", "One. Two.", "Three. Gaza held."], &matcher);
    let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, "Gaza held.");
    // Nothing matches: the first sentence.
    let segments = snippet(["A title", "One."], &matcher);
    assert_eq!(segments.len(), 1);
    assert_eq!(segments[0].text, "A title");
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

/// The store keeps only an index's words (issue #8); the terms the reader
/// derives from them must be the build's, in the build's order, or every
/// posting would belong to another term. These words stem out of their
/// own order and share long prefixes.
#[test]
fn an_index_is_rebuilt_from_its_words_alone() {
    let docs = [IndexDoc {
        title: "Internationally, international internationalists happen",
        body: vec![
            "Happiness, happily, happy; generalization generally generates generals.",
            "Negotiations negotiated, negotiators negotiate: Ankara's İstanbul Ölüdeniz 2024",
        ],
        names: vec!["Hakan Fidan"],
    }];
    let built = Index::build(&docs);
    let words: Vec<String> = built.words.iter().map(|(w, _)| w.clone()).collect();
    let (terms, words) = Index::terms_of(words);
    assert_eq!(terms, built.terms);
    assert_eq!(words, built.words);
    assert!(built.terms.len() < built.words.len());
}
