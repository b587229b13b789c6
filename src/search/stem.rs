//! English stemming: the Porter (1980) algorithm.
//!
//! Index terms and query words both go through [`stem`], so `ceasefires`,
//! `ceasefire` and the joined form of `cease-fire` all meet at `ceasefir`.
//! Porter's algorithm is small (no tables), which matters because queries
//! are stemmed in the browser.
//!
//! ```
//! use news_timeline::search::stem::stem;
//! assert_eq!(stem("ceasefires"), stem("ceasefire"));
//! assert_eq!(stem("meetings"), "meet");
//! assert_eq!(stem("discussed"), stem("discussions"));
//! ```

/// Stems one folded, lower-case word. Words with non-ASCII letters, digits,
/// or fewer than three letters are returned as they are. The stem always
/// begins with the word's first letter (search relies on it).
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut w = word.as_bytes().to_vec();
    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    step2(&mut w);
    step3(&mut w);
    step4(&mut w);
    step5(&mut w);
    // Only ASCII letters were ever written.
    w.into_iter().map(char::from).collect()
}

fn is_consonant(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !is_consonant(w, i - 1),
        _ => true,
    }
}

/// Porter's m: the number of vowel-consonant sequences in `w`.
fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut i = 0;
    let n = w.len();
    while i < n && is_consonant(w, i) {
        i += 1;
    }
    loop {
        while i < n && !is_consonant(w, i) {
            i += 1;
        }
        if i >= n {
            return m;
        }
        while i < n && is_consonant(w, i) {
            i += 1;
        }
        m += 1;
        if i >= n {
            return m;
        }
    }
}

fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| !is_consonant(w, i))
}

fn ends_double_consonant(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && is_consonant(w, n - 1)
}

/// Consonant-vowel-consonant ending, the last not w, x or y.
fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && is_consonant(w, n - 3)
        && !is_consonant(w, n - 2)
        && is_consonant(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
}

/// Replaces `suffix` by `with` when the stem before it has measure > `min_m`.
/// Returns whether the suffix matched (even if the condition failed).
fn replace(w: &mut Vec<u8>, suffix: &str, with: &str, min_m: usize) -> bool {
    if !w.ends_with(suffix.as_bytes()) {
        return false;
    }
    let stem_len = w.len() - suffix.len();
    if measure(&w[..stem_len]) > min_m {
        w.truncate(stem_len);
        w.extend_from_slice(with.as_bytes());
    }
    true
}

fn step1a(w: &mut Vec<u8>) {
    if w.ends_with(b"sses") || w.ends_with(b"ies") {
        w.truncate(w.len() - 2);
    } else if w.ends_with(b"ss") {
    } else if w.ends_with(b"s") {
        w.pop();
    }
}

fn step1b(w: &mut Vec<u8>) {
    if w.ends_with(b"eed") {
        if measure(&w[..w.len() - 3]) > 0 {
            w.pop();
        }
        return;
    }
    let cut = if w.ends_with(b"ed") && has_vowel(&w[..w.len() - 2]) {
        2
    } else if w.ends_with(b"ing") && has_vowel(&w[..w.len() - 3]) {
        3
    } else {
        return;
    };
    w.truncate(w.len() - cut);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if ends_double_consonant(w) && !matches!(w[w.len() - 1], b'l' | b's' | b'z') {
        w.pop();
    } else if measure(w) == 1 && ends_cvc(w) {
        w.push(b'e');
    }
}

fn step1c(w: &mut [u8]) {
    let n = w.len();
    if n > 1 && w[n - 1] == b'y' && has_vowel(&w[..n - 1]) {
        w[n - 1] = b'i';
    }
}

fn step2(w: &mut Vec<u8>) {
    const RULES: [(&str, &str); 20] = [
        ("ational", "ate"),
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("izer", "ize"),
        ("abli", "able"),
        ("alli", "al"),
        ("entli", "ent"),
        ("eli", "e"),
        ("ousli", "ous"),
        ("ization", "ize"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("iveness", "ive"),
        ("fulness", "ful"),
        ("ousness", "ous"),
        ("aliti", "al"),
        ("iviti", "ive"),
        ("biliti", "ble"),
    ];
    for (suffix, with) in RULES {
        if replace(w, suffix, with, 0) {
            return;
        }
    }
}

fn step3(w: &mut Vec<u8>) {
    const RULES: [(&str, &str); 7] = [
        ("icate", "ic"),
        ("ative", ""),
        ("alize", "al"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
    ];
    for (suffix, with) in RULES {
        if replace(w, suffix, with, 0) {
            return;
        }
    }
}

fn step4(w: &mut Vec<u8>) {
    const SUFFIXES: [&str; 19] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];
    // Longest match first, as Porter specifies.
    let Some(suffix) = SUFFIXES
        .iter()
        .filter(|s| w.ends_with(s.as_bytes()))
        .max_by_key(|s| s.len())
    else {
        return;
    };
    let stem_len = w.len() - suffix.len();
    if measure(&w[..stem_len]) <= 1 {
        return;
    }
    if *suffix == "ion" && !(stem_len > 0 && matches!(w[stem_len - 1], b's' | b't')) {
        return;
    }
    w.truncate(stem_len);
}

fn step5(w: &mut Vec<u8>) {
    if w.ends_with(b"e") {
        let stem = &w[..w.len() - 1];
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            w.pop();
        }
    }
    if measure(w) > 1 && ends_double_consonant(w) && w.ends_with(b"l") {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn porter_reference_pairs() {
        let pairs = [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("hopping", "hop"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("generalization", "gener"),
            ("hopefulness", "hope"),
            ("revival", "reviv"),
            ("adjustment", "adjust"),
            ("controlling", "control"),
            ("probate", "probat"),
            ("rate", "rate"),
        ];
        for (word, expected) in pairs {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn news_words_meet_their_variants() {
        assert_eq!(stem("ceasefires"), stem("ceasefire"));
        assert_eq!(stem("negotiations"), stem("negotiation"));
        assert_eq!(stem("attacks"), stem("attacked"));
        assert_eq!(stem("elections"), stem("election"));
    }

    /// `Matcher::matches` skips stemming a word whose first letter differs
    /// from every query word's: that is only right if stemming never
    /// changes a word's first letter, which Porter's suffix rules never do
    /// (each keeps a non-empty stem before the suffix it rewrites).
    #[test]
    fn stemming_keeps_the_first_letter() {
        for word in [
            "ies",
            "sses",
            "yes",
            "eed",
            "ing",
            "ed",
            "ying",
            "yed",
            "aed",
            "ions",
            "ational",
            "izer",
            "ously",
            "ement",
            "abilities",
            "eying",
            "oed",
            "sing",
            "ssing",
            "ate",
        ] {
            let stemmed = stem(word);
            assert_eq!(
                stemmed.as_bytes().first(),
                word.as_bytes().first(),
                "{word} -> {stemmed}"
            );
        }
    }

    #[test]
    fn short_and_non_ascii_words_pass_through() {
        assert_eq!(stem("us"), "us");
        assert_eq!(stem("g20"), "g20");
        assert_eq!(stem("αθηνα"), "αθηνα");
        assert_eq!(stem(""), "");
    }
}
