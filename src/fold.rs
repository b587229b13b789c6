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
// Inlined for ASCII, which is nearly all news text: the build folds every
// character of every article several times.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        fold_non_ascii(c, out);
    }
}

fn fold_non_ascii(c: char, out: &mut String) {
    let folded: &str = match c {
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
            out.push(lower_other(other));
            return;
        }
    };
    out.push_str(folded);
}

/// Lower case for the other cased scripts news is written in (Greek,
/// Cyrillic, Armenian, Georgian Mkhedruli has no case), by their block
/// layout rather than Unicode's full case table, which would be the largest
/// thing in the browser's module. Uncased scripts pass through.
fn lower_other(c: char) -> char {
    let n = c as u32;
    let lowered = match n {
        // Greek capitals Α..Ρ and Σ..Ϋ; accented Ά Έ Ή Ί, Ό, Ύ Ώ.
        0x0391..=0x03A1 | 0x03A3..=0x03AB => n + 0x20,
        0x0386 => 0x03AC,
        0x0388..=0x038A => n + 0x25,
        0x038C => 0x03CC,
        0x038E..=0x038F => n + 0x3F,
        // Cyrillic Ѐ..Џ, А..Я; the even/odd pairs of the extended block.
        0x0400..=0x040F => n + 0x50,
        0x0410..=0x042F => n + 0x20,
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF if n % 2 == 0 => n + 1,
        0x04C1..=0x04CE if n % 2 == 1 => n + 1,
        0x04C0 => 0x04CF,
        // Armenian Ա..Ֆ.
        0x0531..=0x0556 => n + 0x30,
        _ => n,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Whether `c` belongs in a word: letters and digits of any script, and
/// combining marks. Outside ASCII this goes by block (punctuation, symbols
/// and spaces are excluded) rather than Unicode's property tables, which
/// the browser's module would otherwise carry.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_non_ascii_word_char(c)
    }
}

fn is_non_ascii_word_char(c: char) -> bool {
    !matches!(c as u32,
        0x0080..=0x00A9 | 0x00AB..=0x00B1 | 0x00B4 | 0x00B6..=0x00B8 | 0x00BB | 0x00BF // Latin-1 controls, punctuation and symbols
        | 0x00D7 | 0x00F7 // × ÷
        | 0x02B9..=0x02FF // modifier letters used as quotes and accents
        | 0x037E | 0x0387 // Greek question mark and ano teleia
        | 0x055A..=0x055F | 0x0589 // Armenian punctuation
        | 0x05BE | 0x05C0 | 0x05C3 | 0x05C6 | 0x05F3 | 0x05F4 // Hebrew punctuation
        | 0x060C | 0x061B | 0x061F | 0x066A..=0x066D | 0x06D4 // Arabic punctuation
        | 0x2000..=0x2BFF // spaces, general punctuation, symbols, arrows, dingbats
        | 0x2E00..=0x2E7F // supplemental punctuation
        | 0x3000..=0x303F // CJK symbols and punctuation
        | 0xFE10..=0xFE1F | 0xFE30..=0xFE6F // vertical and small forms
        | 0xFEFF // byte-order mark
        | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 // full-width punctuation
        | 0xFFF0..=0xFFFF // specials
        | 0x1F000..=0x1FAFF // emoji and pictographs
    )
}

/// Whether `c` is an upper-case letter: ASCII, Latin-1 and Latin
/// Extended-A capitals, and Greek, Cyrillic and Armenian capitals.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    lower_of_upper_latin(c)
}

/// Whether a non-ASCII Latin or other cased letter is a capital: the
/// capitals sit in the even slots or lower ranges of their blocks.
fn lower_of_upper_latin(c: char) -> bool {
    let n = c as u32;
    match n {
        0x00C0..=0x00DE => n != 0x00D7,
        0x0100..=0x017F => {
            n % 2
                == if (0x0139..=0x0148).contains(&n) || (0x0179..=0x017E).contains(&n) {
                    1
                } else {
                    0
                }
                && n != 0x0131
                && n != 0x0138
                && n != 0x0149
                && n != 0x017F
        }
        _ => lower_other(c) != c,
    }
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
        assert_eq!(fold("Ήλιος"), "ήλιος");
        assert_eq!(fold("МОСКВА Ёж"), "москва ёж");
        assert_eq!(fold("ԵՐԵՎԱՆ"), "երեվան");
        assert_eq!(fold("北京 القاهرة"), "北京 القاهرة");
    }

    #[test]
    fn word_chars_and_capitals_agree_with_unicode_on_news_scripts() {
        use super::{is_upper, is_word_char};
        let ranges = [
            0x0000..0x0250u32,
            0x0386..0x03CF,
            0x0400..0x0500,
            0x0531..0x0590,
            0x05D0..0x05EB,
            0x0620..0x064B,
        ];
        for n in ranges.into_iter().flatten() {
            let Some(c) = char::from_u32(n) else { continue };
            if c.is_control() {
                continue;
            }
            // Unassigned code points are not told apart here; assigned
            // letters and digits must be words, ASCII and Latin-1 exactly.
            if c.is_alphanumeric() || n < 0x0100 {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "word U+{n:04X} {c}");
            }
            if c.is_alphabetic() && !(0x0180..0x0370).contains(&n) {
                assert_eq!(is_upper(c), c.is_uppercase(), "upper U+{n:04X} {c}");
            }
        }
        assert!(is_word_char('北') && is_word_char('ك') && is_word_char('\u{0301}'));
        for c in [
            '—', '“', '’', '…', '«', '·', '،', '؟', '。', '€', '→', '😀', '\u{2009}',
        ] {
            assert!(!is_word_char(c), "{c}");
        }
    }

    #[test]
    fn block_arithmetic_agrees_with_unicode_where_it_applies() {
        for n in 0x0370..0x0590u32 {
            let Some(c) = char::from_u32(n) else { continue };
            let mut ours = String::new();
            super::fold_char(c, &mut ours);
            let theirs: String = c.to_lowercase().collect();
            if ours != c.to_string() {
                assert_eq!(ours, theirs, "U+{n:04X}");
            }
        }
    }
}
