//! Nothing panics, whatever the input.
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::entities::{recognize, Resolver};
use news_timeline::events::frames;
use news_timeline::sentences::sentences;
use news_timeline::topics::topics;

fn junk() -> Vec<String> {
    // A small deterministic generator: no dependency needed for noise.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut bytes = Vec::with_capacity(200_000);
    for _ in 0..200_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes.push((state >> 24) as u8);
    }
    vec![
        String::new(),
        String::from_utf8_lossy(&bytes).into_owned(),
        "Mr ".repeat(30_000),
        "President Emmanuel Macron met ".repeat(3_000),
        format!("{}.", "Word ".repeat(20_000)),
        "a".repeat(100_000),
        "\u{202E}Chancellor \u{202E}Olaf Scholz met \u{202D}Macron in \u{202E}Paris.".to_string(),
        "(((( ,,,, '''' ’’’’ “” — ; : . . . ! ? \u{0} \u{FEFF}".repeat(500),
        "U.S.U.S.U.S. A.B.C.D.E.F. Dr. Dr. Mr. St. ".repeat(200),
        "İSTANBUL İstanbul ıııı ŞŞŞ ǅ ǈ ß ẞ ﬁ".repeat(300),
    ]
}

#[test]
fn junk_never_panics() {
    let texts = junk();
    let mut resolver = Resolver::new();
    for t in &texts {
        let _ = sentences(t);
        let ms = recognize(t);
        for m in &ms {
            assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        }
        let fs = frames(t, &ms);
        assert!(fs.iter().filter(|f| f.is_main).count() <= 1);
        let ids = resolver.add(t, &ms);
        assert!(ids.iter().all(|&i| i < resolver.entities().len()));
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert_eq!(topics(&refs, 5).len(), texts.len());
    assert!(topics(&refs, 0).iter().all(Vec::is_empty));
}
