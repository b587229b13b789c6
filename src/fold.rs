//! Folding text for matching: lower case, no accents, one apostrophe.
//!
//! Readers type names the way their keyboard lets them: `erdogan` for
//! Erdoğan, `kalin` for Kalın, `turkiye` for Türkiye. Every comparison of
//! names and every search key goes through [`fold`], at build time and in the
//! browser alike, so the two sides always agree.
//!
//! ```
//! use news_timeline::fold::fold;
//! assert_eq!(fold("Erdoğan"), "erdogan");
//! assert_eq!(fold("KALIN"), "kalin");
//! assert_eq!(fold("Türkiye’s"), "turkiye's");
//! ```
//!
//! The table is a `match` on Latin letters rather than Unicode decomposition
//! data: it covers the Latin-1 Supplement and Latin Extended-A blocks, where
//! news names live, and costs a few hundred bytes in the wasm module.

/// Folds one character into the string it matches as; most map to one char.
pub fn fold_char(c: char, out: &mut String) {
    let folded: &str = match c {
        'A'..='Z' => {
            out.push(c.to_ascii_lowercase());
            return;
        }
        c if c.is_ascii() => {
            out.push(c);
            return;
        }
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            "e"
        }
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => {
            "i"
        }
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' | 'ĸ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' | 'ŉ' | 'Ŋ' | 'ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'ſ' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        // Typographic apostrophes and quotes fold to their ASCII forms so that
        // "Türkiye’s" and "Türkiye's" index alike.
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' => "\"",
        '\u{2010}'..='\u{2015}' => "-",
        // Combining marks (a decomposed accent) disappear.
        '\u{0300}'..='\u{036F}' => "",
        other => {
            out.extend(other.to_lowercase());
            return;
        }
    };
    out.push_str(folded);
}

/// Folds a whole string: see the module docs.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn turkish_letters_fold_to_ascii() {
        assert_eq!(fold("Ibrahim Kalın"), "ibrahim kalin");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Dolmabahçe"), "dolmabahce");
        assert_eq!(fold("Şanlıurfa"), "sanliurfa");
    }

    #[test]
    fn other_latin_scripts_fold() {
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Ærø"), "aero");
        assert_eq!(fold("Cafe\u{0301}"), "cafe");
    }

    #[test]
    fn punctuation_is_normalised() {
        assert_eq!(fold("Hamas’ “struggle”"), "hamas' \"struggle\"");
        assert_eq!(fold("cease\u{2011}fire"), "cease-fire");
    }

    #[test]
    fn non_latin_text_is_lowercased_not_dropped() {
        assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
    }
}
