//! The default articles resolve as a reader would expect: canonical people,
//! places and organisations, and meeting participants.
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::entities::{recognize, EntityKind, Resolver};
use news_timeline::events::{frames, EventKind};
use news_timeline::fold::fold;
use std::path::PathBuf;

fn seeds() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(root) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("seeds folder missing: {e}"),
    };
    files.sort();
    files
        .iter()
        .map(|f| String::from_utf8_lossy(&std::fs::read(f).unwrap_or_default()).into_owned())
        .collect()
}

#[test]
fn seeds_resolve_people_places_and_acronyms() {
    let texts = seeds();
    let mut r = Resolver::new();
    for t in &texts {
        r.add(t, &recognize(t));
    }
    let find = |kind: EntityKind, alias: &str| {
        r.entities()
            .iter()
            .filter(|e| e.kind == kind && e.aliases.iter().any(|a| fold(a) == fold(alias)))
            .collect::<Vec<_>>()
    };
    for (kind, alias, name) in [
        (EntityKind::Person, "Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        (EntityKind::Person, "Erdoğan", "Recep Tayyip Erdoğan"),
        (EntityKind::Person, "Ibrahim Kalin", "Ibrahim Kalın"),
        (EntityKind::Person, "Kalın", "Ibrahim Kalın"),
        (EntityKind::Place, "Turkey", "Türkiye"),
        (
            EntityKind::Organization,
            "MIT",
            "National Intelligence Organization",
        ),
    ] {
        let found = find(kind, alias);
        assert_eq!(found.len(), 1, "{alias}");
        assert_eq!(found[0].name, name, "{alias}");
    }
    let fidan = &find(EntityKind::Person, "Hakan Fidan")[0];
    assert!(fidan.roles.iter().any(|r| r == "Foreign Minister"));
    let persons: Vec<&str> = r
        .entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    for bad in [
        "Gaza Strip",
        "West Bank",
        "Shura Council",
        "Political Bureau",
        "Enter",
        "Reply",
    ] {
        assert!(!persons.contains(&bad), "{bad}");
    }
}

#[test]
fn seed_ledes_are_meetings_between_two_sides() {
    for t in seeds() {
        let ms = recognize(&t);
        let fs = frames(&t, &ms);
        let main: Vec<_> = fs.iter().filter(|f| f.is_main).collect();
        assert_eq!(main.len(), 1);
        assert!(matches!(
            main[0].kind,
            EventKind::Meeting | EventKind::Talks
        ));
        assert!(main[0].participants.len() >= 2);
    }
}
