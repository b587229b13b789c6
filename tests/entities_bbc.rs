//! Entity precision on a sample of the BBC corpus (every tenth article of
//! each section): people who are really people, places that are places.
//! The corpus sits in `../shared` beside the repository, as in CI.
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::entities::{recognize, EntityKind, Resolver};
use news_timeline::events::frames;
use news_timeline::fold::fold;
use news_timeline::topics::topics;
use std::path::PathBuf;

fn sample() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/bbc");
    let mut out = Vec::new();
    for section in ["business", "entertainment", "politics", "sport", "tech"] {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(root.join(section)) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => panic!("BBC corpus missing at {}: {e}", root.display()),
        };
        files.sort();
        for f in files.iter().step_by(10) {
            let bytes = std::fs::read(f).unwrap_or_default();
            out.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    assert!(!out.is_empty(), "BBC corpus is empty at {}", root.display());
    out
}

const NOT_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "but",
    "however",
    "he",
    "she",
    "it",
    "they",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "prime",
    "chancellor",
    "chief",
    "coach",
    "manager",
    "director",
    "government",
    "council",
    "party",
    "bank",
    "press",
    "enter",
    "reply",
];

#[test]
fn mentions_are_well_formed() {
    for text in sample() {
        let ms = recognize(&text);
        let mut last_end = 0;
        for m in &ms {
            assert!(m.start >= last_end && m.start < m.end && m.end <= text.len());
            assert_eq!(&text[m.start..m.end], m.surface);
            last_end = m.end;
        }
        for f in frames(&text, &ms) {
            assert!(f.sentence.start <= f.trigger.start && f.trigger.end <= f.sentence.end);
            assert!(f.participants.iter().all(|&i| i < ms.len()));
            if let Some(p) = f.place {
                assert_eq!(ms[p].kind, EntityKind::Place);
            }
        }
    }
}

#[test]
fn no_common_words_or_titles_as_people() {
    for text in sample() {
        for m in recognize(&text) {
            if m.kind != EntityKind::Person {
                continue;
            }
            let folded = fold(&m.surface);
            for w in folded.split_whitespace() {
                assert!(!NOT_NAMES.contains(&w), "{:?} in {:?}", w, m.surface);
            }
            assert!(
                !m.surface.chars().any(|c| c.is_ascii_digit()),
                "{:?}",
                m.surface
            );
            assert!(m.surface.split_whitespace().count() <= 4, "{:?}", m.surface);
        }
    }
}

#[test]
fn no_months_or_sentence_starters_as_anything() {
    for text in sample() {
        for m in recognize(&text) {
            let folded = fold(&m.surface);
            assert!(
                !NOT_NAMES[..23].contains(&folded.as_str()),
                "{:?} as {:?}",
                m.surface,
                m.kind
            );
        }
    }
}

#[test]
fn places_are_known_places_or_read_as_places() {
    // A place is in the gazetteer, or a name right after "in"/"near"/
    // "outside" that the text uses as a place ("met in San Diego"), or
    // where someone goes ("visited Mombasa", "a trip to Calvisano"), or a
    // settlement by its kind ("the town of Hambantota"), a street or a
    // range by its last word ("Regent Street", "San Juan Mountains"), or
    // a sea or an isle "of" a name ("the Gulf of Mexico").
    for text in sample() {
        for m in recognize(&text) {
            if m.kind == EntityKind::Place {
                let before = text[..m.start].trim_end();
                let locative = ["in", "near", "outside", "visited", "toured"]
                    .iter()
                    .any(|p| before.ends_with(&format!(" {p}")))
                    || ["visit", "trip", "flew", "travelled", "traveled", "journey"]
                        .iter()
                        .any(|p| before.ends_with(&format!(" {p} to")))
                    || [
                        "town", "city", "village", "port", "province", "region", "state", "island",
                    ]
                    .iter()
                    .any(|p| before.ends_with(&format!(" {p} of")));
                let site = m.surface.split_whitespace().count() >= 2
                    && [
                        "Street",
                        "Avenue",
                        "Boulevard",
                        "Mountains",
                        "Canyon",
                        "Glacier",
                    ]
                    .iter()
                    .any(|w| m.surface.ends_with(&format!(" {w}")));
                // A body of water or land "of" a name: "the Gulf of Mexico".
                let of_a_name = [
                    "Gulf of ",
                    "Bay of ",
                    "Sea of ",
                    "Strait of ",
                    "Isle of ",
                    "Cape of ",
                    "Lake of ",
                ]
                .iter()
                .any(|h| m.surface.starts_with(h));
                assert!(
                    locative
                        || site
                        || of_a_name
                        || news_timeline::entities::gazetteer::lookup(&m.surface).is_some(),
                    "{:?}",
                    m.surface
                );
            }
        }
    }
}

#[test]
fn surnames_join_full_names_across_the_sample() {
    let texts = sample();
    let mut r = Resolver::new();
    for t in &texts {
        let ms = recognize(t);
        let ids = r.add(t, &ms);
        assert_eq!(ids.len(), ms.len());
    }
    let people = r.entities().iter().filter(|e| e.kind == EntityKind::Person);
    let with_surname_alias = people
        .filter(|e| e.name.contains(' ') && e.aliases.iter().any(|a| !a.contains(' ')))
        .count();
    assert!(with_surname_alias >= 20, "only {with_surname_alias}");
    let blair = r.entities().iter().find(|e| e.name == "Tony Blair");
    if let Some(b) = blair {
        assert!(b.aliases.iter().any(|a| a == "Blair"));
    }
}

#[test]
fn topics_are_content_words() {
    let texts = sample();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let all = topics(&refs, 5);
    assert_eq!(all.len(), refs.len());
    for terms in all {
        for t in terms {
            let f = fold(&t);
            assert!(
                !matches!(f.as_str(), "said" | "the" | "year" | "people" | "mr"),
                "{t}"
            );
            assert!(!f.chars().any(|c| c.is_ascii_digit()), "{t}");
        }
    }
}
