//! Reading one article file: bytes in, a clean article (or a reason to skip
//! it) out.
//!
//! Real feeds and web captures are messy. This module handles what they
//! contain: an optional date line (` date YYYY-MM-DD`, or the forms web
//! pages and wires use, read by [`dateline`]) among the first lines, an
//! optional title line, capture boilerplate (`Press "Enter" to skip to content`, comment
//! forms), byte-order marks, CRLF line ends and Windows-1252 bytes. Every
//! problem it works around becomes a [`Warning`] naming the line; a file with
//! nothing left to read becomes a [`Skip`].
//!
//! ```
//! use news_timeline::article::parse;
//! let text = b" date 2024-04-20 \n\nLeaders met in Paris on Saturday. They talked.\n";
//! let parsed = parse("a.txt", text).unwrap();
//! assert_eq!(parsed.published.unwrap().to_string(), "2024-04-20");
//! assert_eq!(parsed.title, "Leaders met in Paris on Saturday");
//! assert!(parsed.title_derived);
//! ```

pub mod dateline;
pub mod wrap;

use crate::civil::Day;
use crate::model::Warning;

/// An article as read from its file, before any extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedArticle {
    pub title: String,
    pub title_derived: bool,
    pub published: Option<Day>,
    /// Whether `published` is only when the article was updated: its date
    /// line said "Updated" and no other gave the first publication.
    pub updated_only: bool,
    /// The date line as written, for evidence.
    pub date_line: Option<String>,
    /// The byline above the text ("By Maria Lopez, Economics
    /// Correspondent"): who wrote the story, not who is in it.
    pub byline: Option<String>,
    pub paragraphs: Vec<String>,
    pub warnings: Vec<Warning>,
}

/// Why a file is not an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub reason: String,
    pub warnings: Vec<Warning>,
}

/// The longest title line we believe is a title and not a one-line lede.
const MAX_TITLE_CHARS: usize = 150;
/// Derived headlines are cut near this many characters.
const HEADLINE_CHARS: usize = 90;

/// Decodes bytes as UTF-8, falling back to Windows-1252 with a warning that
/// names the first bad byte's offset and line.
pub fn decode(file: &str, bytes: &[u8], warnings: &mut Vec<Warning>) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(error) => {
            let offset = error.valid_up_to();
            let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u32;
            warnings.push(Warning {
                file: file.to_string(),
                line,
                message: format!(
                    "not valid UTF-8 at byte offset {offset}; decoded as Windows-1252"
                ),
            });
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
    }
}

/// One Windows-1252 byte as a char (the WHATWG mapping: undefined bytes map to
/// the C1 control of the same number).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Folded starts of boilerplate lines.
const BOILERPLATE_STARTS: [&str; 19] = [
    "press \"enter\" to skip",
    "press enter to skip",
    "skip to content",
    "skip to main content",
    "more from ",
    "more posts in",
    "be first to comment",
    "be the first to comment",
    "leave a reply",
    "leave a comment",
    "your email address will not be published",
    "required fields are marked",
    "subscribe to our newsletter",
    "share this article",
    "accept cookies",
    "accept all cookies",
    "we use cookies",
    "manage cookies",
    "follow us on",
];
/// Folded boilerplate lines.
const BOILERPLATE_LINES: [&str; 7] = [
    "advertisement",
    "share",
    "comments",
    "related articles",
    "menu",
    "home",
    "search",
];

/// A site's navigation captured with its article: "Markets | Deals |
/// Tech", "Home > World > Europe", three or more short parts between
/// separators, no sentence in them. (Two parts are often a title and its
/// site: "Erdogan meets Haniyeh | Daily Sabah".)
fn is_navigation(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 100 || line.contains(['.', ',', ';', '"']) {
        return false;
    }
    let parts: Vec<&str> = line
        .split(['|', '>', '»', '›', '·', '•'])
        .map(str::trim)
        .collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 3)
}

/// Whether a line is web-capture boilerplate rather than article text.
pub fn is_boilerplate(line: &str) -> bool {
    if is_navigation(line) {
        return true;
    }
    // Every line of every article comes here, and most are long. The
    // verdict depends only on the folded line's start, as far as the
    // longest phrase, and on whether it is longer than that: once an
    // alphanumeric character stands beyond that length after the first
    // one, the rest of the line need not be folded.
    let longest = BOILERPLATE_STARTS
        .iter()
        .chain(&BOILERPLATE_LINES)
        .map(|s| s.len())
        .max()
        .unwrap_or(0);
    let mut folded = String::new();
    let mut check_at = 2 * longest;
    for c in line.trim().chars() {
        crate::fold::fold_char(c, &mut folded);
        if folded.len() >= check_at {
            check_at *= 2;
            if let Some(first) = folded.find(char::is_alphanumeric) {
                let body = &folded[first..];
                if body
                    .char_indices()
                    .any(|(i, c)| i >= longest && c.is_alphanumeric())
                {
                    return BOILERPLATE_STARTS.iter().any(|s| body.starts_with(s));
                }
            }
        }
    }
    is_boilerplate_folded(&folded)
}

/// [`is_boilerplate`] of a whole folded line.
fn is_boilerplate_folded(folded: &str) -> bool {
    let folded = folded.trim_matches(|c: char| !c.is_alphanumeric());
    BOILERPLATE_STARTS.iter().any(|s| folded.starts_with(s)) || BOILERPLATE_LINES.contains(&folded)
}

/// The largest article file read, in bytes. News articles are a few tens
/// of kilobytes; a file far beyond that is a mistake (a log, a dump), and
/// the extraction's time and memory grow with the text, so it is skipped.
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;

/// Parses one article file. `file` names it in warnings.
pub fn parse(file: &str, bytes: &[u8]) -> Result<ParsedArticle, Skip> {
    let mut warnings = Vec::new();
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Skip {
            reason: too_large(bytes.len() as u64),
            warnings,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        return Err(Skip {
            reason: format!("binary data: NUL byte at byte offset {offset} (line {line})"),
            warnings,
        });
    }
    let text = decode(file, bytes, &mut warnings);
    // Numbered lines, with CRLF and lone CR line ends made plain.
    let lines: Vec<(u32, &str)> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i as u32 + 1, l))
        .collect();

    let mut rest = &lines[..];
    // Leading boilerplate and blank lines go before the date line is looked for.
    while let Some(((_, line), tail)) = rest.split_first() {
        if line.trim().is_empty() || is_boilerplate(line) {
            rest = tail;
        } else {
            break;
        }
    }

    let mut rest = rest.to_vec();
    let (published, date_line) = take_date_line(file, &mut rest, &mut warnings);

    // Paragraphs: runs of non-blank, non-boilerplate lines, each line a
    // paragraph unless the text is hard-wrapped ([`wrap`]), with inner
    // whitespace runs folded. A line in the middle of the text is never
    // dropped silently: boilerplate is the only thing removed.
    let mut paragraphs: Vec<(u32, String, bool)> = Vec::new();
    let mut block: Vec<(u32, &str)> = Vec::new();
    for (number, line) in rest.iter().chain([(0, "")].iter()) {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            if !is_boilerplate(trimmed) {
                block.push((*number, trimmed));
            }
            continue;
        }
        let texts: Vec<&str> = block.iter().map(|(_, l)| *l).collect();
        let joins = wrap::joins(&texts, looks_like_title);
        let first = paragraphs.len();
        for (i, (number, line)) in block.iter().enumerate() {
            let clean: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
            match paragraphs.last_mut() {
                Some((_, paragraph, _)) if i > 0 && joins[i - 1] => {
                    wrap::join_into(paragraph, &clean)
                }
                _ => paragraphs.push((*number, clean, false)),
            }
        }
        // One paragraph between blank lines stands alone, as a title does.
        if paragraphs.len() == first + 1 {
            paragraphs[first].2 = true;
        }
        block.clear();
    }

    if paragraphs.is_empty() {
        return Err(Skip {
            reason: if lines.iter().all(|(_, l)| l.trim().is_empty()) {
                "empty: no text".to_string()
            } else if date_line.is_some() {
                "no article text after the date line".to_string()
            } else {
                "boilerplate only: no article text".to_string()
            },
            warnings,
        });
    }

    // A wire dateline on a line of its own ("UNITED NATIONS, March 4, 2023
    // -"), above or below the title, opens the paragraph after it, as it
    // would in the wire's own copy: it dates the story and names its city.
    if let Some(i) = (0..paragraphs.len().saturating_sub(1).min(2))
        .find(|&i| dateline::stands_alone(&paragraphs[i].1))
    {
        let (_, head, _) = paragraphs.remove(i);
        let head = head.trim_end();
        let dash = if head.ends_with(['-', '–', '—']) {
            ""
        } else {
            " —"
        };
        let lede = &mut paragraphs[i].1;
        *lede = format!("{head}{dash} {lede}");
    }

    // Above the text, or below its title: a byline is no part of the story.
    let byline = (0..paragraphs.len().saturating_sub(1).min(2))
        .find(|&i| is_byline(&paragraphs[i].1))
        .map(|i| paragraphs.remove(i).1);

    // A title stands alone between blank lines, or is a short line with no
    // final stop right above a lede that reads as prose ("Witkoff meets
    // Netanyahu" on the line before "U.S. envoy Steve Witkoff met ...").
    // At least twice as long: lines of hard-wrapped text are of a length.
    let above_prose = |first: &str| {
        paragraphs.get(1).is_some_and(|(_, next, _)| {
            next.len() >= 2 * first.len()
                && next.split(' ').count() >= 8
                && next.trim_end().ends_with(['.', '"', '\u{201D}'])
        })
    };
    // A headline with nothing below it is kept (a brief may be all there
    // is), but an editor should know the story's text is missing.
    if let [(number, only, _)] = &paragraphs[..] {
        if looks_like_title(only) {
            warnings.push(Warning {
                file: file.to_string(),
                line: *number,
                message: "only a title line, no article text below it; read as a one-line story"
                    .to_string(),
            });
        }
    }
    // "Accept cookies" under a headline: lines, but no text that reads as
    // a sentence. Kept, as a brief is, and said.
    let prose = |p: &str| {
        let words = p.split_whitespace().count();
        words >= 12 || words >= 5 && p.trim_end().ends_with(['.', '!', '?', '"', '\u{201D}'])
    };
    if paragraphs.len() > 1 && !paragraphs.iter().any(|(_, p, _)| prose(p)) {
        warnings.push(Warning {
            file: file.to_string(),
            line: paragraphs[1].0,
            message: format!(
                "no line reads as a sentence of article text (the first below the title: '{}'); is the story's text missing?",
                paragraphs[1].1.chars().take(60).collect::<String>()
            ),
        });
    }
    let (title, title_derived) = match paragraphs.first() {
        Some((_, first, stands_alone))
            if (*stands_alone || above_prose(first))
                && paragraphs.len() > 1
                && (looks_like_title(first)
                    || question_title(first, *stands_alone && above_prose(first))
                    || quote_title(first, *stands_alone && above_prose(first))) =>
        {
            let title = first.clone();
            paragraphs.remove(0);
            (title, false)
        }
        _ => (headline_from_lede(&paragraphs[0].1), true),
    };

    // Wire copy dates itself in the lede's dateline ("BOLOGNA, Italy, May
    // 18, 2023 — ") rather than on a line of its own.
    // Below a one-word line that was no title ("Heatwave"), the lede is
    // the next paragraph.
    let lede = match &paragraphs[..] {
        [(_, kicker, _), (number, lede, _), ..] if kicker.split_whitespace().count() == 1 => {
            Some((*number, lede))
        }
        [(number, lede, _), ..] => Some((*number, lede)),
        [] => None,
    };
    let wire = lede.and_then(|(number, lede)| match dateline::wire(lede) {
        Some(dateline::WireDateline {
            day: Some(day),
            date_text: Some(text),
            ..
        }) => Some((number, day, text.to_string())),
        _ => None,
    });
    let (published, date_line) = match (published, wire) {
        (None, Some((_, day, text))) => (Some(day), Some(text)),
        // "Published: 20 March 2025" over "BERLIN, March 11, 2025 (Reuters)
        // -": a wire story republished. It was written on its dateline's
        // day, and its "on Tuesday" is that day's week, not the page's.
        (Some(page), Some((number, day, text))) if day != page => {
            let written = day < page;
            warnings.push(Warning {
                file: file.to_string(),
                line: number,
                message: format!(
                    "the wire dateline gives {} but the date line {}; the story is dated by {}",
                    day.medium(),
                    page.medium(),
                    if written {
                        "its dateline, the day it was written"
                    } else {
                        "its date line (a dateline after the page's date is a slip)"
                    }
                ),
            });
            if written {
                (Some(day), Some(text))
            } else {
                (Some(page), date_line)
            }
        }
        (published, _) => (published, date_line),
    };
    // The date line chosen is an update's only when no line gave the first
    // publication ([`take_date_line`] prefers that one).
    let updated_only = published.is_some()
        && date_line
            .as_deref()
            .and_then(|line| dateline::read(line).ok().flatten())
            .is_some_and(|d| d.updated);

    Ok(ParsedArticle {
        title,
        title_derived,
        published,
        updated_only,
        date_line,
        byline,
        paragraphs: paragraphs.into_iter().map(|(_, p, _)| p).collect(),
        warnings,
    })
}

/// How many lines at the top (title, byline, date line, not counting blank
/// lines) are searched for the date line.
const HEADER_LINES: usize = 4;

/// Finds the date line among the first lines (before, between or after a
/// title and byline) and takes it out of the text, with any other date line
/// there ("Updated: ..."): they are the page's metadata, not the story's. A
/// publication date wins over an update date. A date line that cannot be
/// read, or a date in the future, is a warning naming its line.
fn take_date_line(
    file: &str,
    lines: &mut [(u32, &str)],
    warnings: &mut Vec<Warning>,
) -> (Option<Day>, Option<String>) {
    let mut found: Option<(dateline::DateLine, u32, String)> = None;
    let mut taken = Vec::new();
    let mut seen = 0;
    for (i, (number, line)) in lines.iter().enumerate() {
        if seen == HEADER_LINES || line.chars().count() > MAX_TITLE_CHARS {
            break;
        }
        if line.trim().is_empty() || is_boilerplate(line) {
            continue;
        }
        seen += 1;
        match dateline::read(line) {
            Ok(Some(date)) => {
                taken.push(i);
                if found
                    .as_ref()
                    .is_none_or(|(best, _, _)| best.updated && !date.updated)
                {
                    found = Some((date, *number, line.trim().to_string()));
                }
            }
            Ok(None) => {}
            Err(error) => {
                taken.push(i);
                warnings.push(Warning {
                    file: file.to_string(),
                    line: *number,
                    message: error.to_string(),
                });
            }
        }
    }
    if let Some((date, number, line)) = &found {
        // "Published: Friday, March 13, 2025", and 13 March 2025 was a
        // Thursday: one of the two is a slip. The date is kept (it is what
        // the page's software wrote) and the editor told.
        // A full name, or a short one with its comma ("Fri,"): "Sun" in
        // "Chicago Sun-Times | March 3" is no weekday.
        let named = line.split_whitespace().find_map(|token| {
            let w = token.trim_end_matches([',', '.']);
            let comma = token.ends_with(',');
            crate::civil::Weekday::ALL.iter().find(|d| {
                let name = d.name();
                name.eq_ignore_ascii_case(w)
                    || comma
                        && (3..=4).contains(&w.len())
                        && name[..w.len()].eq_ignore_ascii_case(w)
            })
        });
        if let Some(named) = named.filter(|&&d| d != date.day.weekday()) {
            warnings.push(Warning {
                file: file.to_string(),
                line: *number,
                message: format!(
                    "date line \"{line}\": {} is a {}, not a {}; the date is kept, the weekday is not",
                    date.day.medium(),
                    date.day.weekday().name(),
                    named.name()
                ),
            });
        }
        // Kept (the editor may know better), but a date after the build is
        // more often a typo than a scheduled story.
        if date.day > today() {
            warnings.push(Warning {
                file: file.to_string(),
                line: *number,
                message: format!(
                    "date line \"{}\" is in the future (after {}); kept",
                    date.day,
                    today()
                ),
            });
        }
    }
    // Taken lines become blank, so that a title above one still stands alone.
    for i in taken {
        lines[i].1 = "";
    }
    match found {
        Some((date, _, line)) => (Some(date.day), Some(line)),
        None => (None, None),
    }
}

/// The reason given for a file over [`MAX_ARTICLE_BYTES`].
pub fn too_large(bytes: u64) -> String {
    format!("too large: {bytes} bytes; an article may have at most {MAX_ARTICLE_BYTES} bytes")
}

/// The day this runs on (UTC), for spotting date lines in the future.
fn today() -> Day {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Day(i32::try_from(seconds / 86_400).unwrap_or(i32::MAX))
}

/// A byline: "By" and a capitalised name, short, and not ending like a
/// sentence ("By Tuesday, the rebels held the city." is a lede).
fn is_byline(line: &str) -> bool {
    line.strip_prefix("By ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
        && line.chars().count() <= 80
        && !line.ends_with(['.', '!', '?', '"', '”'])
}

/// "Can Smith work Scottish wonders?": a headline may ask, where it stands
/// on its own line above prose (`alone_above_prose`); a question in the
/// body runs on in the same paragraph or has none below.
fn question_title(line: &str, alone_above_prose: bool) -> bool {
    alone_above_prose
        && line.ends_with('?')
        && !line.starts_with(['"', '\u{201C}'])
        && looks_like_title(line.trim_end_matches('?'))
}

/// 'Holm: "I dreamed of playing in Italy"': a headline may give its
/// speaker and a quote, where it stands on its own line above prose; a
/// quote in the body ends its sentence inside the marks ('... he said:
/// "We will win."').
fn quote_title(line: &str, alone_above_prose: bool) -> bool {
    let Some((speaker, quote)) = line.split_once(": ") else {
        return false;
    };
    let opens = quote.starts_with(['"', '\u{201C}', '\'', '\u{2018}']);
    let closed = quote
        .strip_suffix(['"', '\u{201D}', '\'', '\u{2019}'])
        .is_some_and(|inner| !inner.ends_with(['.', '!', '?', ',']));
    alone_above_prose
        && opens
        && closed
        && (1..=4).contains(&speaker.split(' ').count())
        && speaker.starts_with(|c: char| c.is_uppercase())
        && looks_like_title(line.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}']))
}

/// A title is short, stands alone and does not end like a sentence.
fn looks_like_title(line: &str) -> bool {
    let chars = line.chars().count();
    let ends_like_sentence = line.ends_with(['.', '?', '!', '"', '”', ':', ';', ',']);
    (3..=MAX_TITLE_CHARS).contains(&chars) && !ends_like_sentence && line.split(' ').count() >= 2
}

/// A short headline from the lede: its first sentence, cut at a clause break
/// when long.
pub fn headline_from_lede(lede: &str) -> String {
    // "PARIS (AP) — ": where the story was filed, not what it says.
    let lede = &lede[dateline::wire(lede).map_or(0, |d| d.len)..];
    let sentence = first_sentence(lede);
    let sentence = sentence.trim_end_matches(['.', '!', '?', ' ']);
    if sentence.chars().count() <= HEADLINE_CHARS {
        return sentence.to_string();
    }
    // "Zelensky, who was not invited, is due to meet Trump": an aside on
    // the subject is what a headline leaves out first.
    let mut kept = String::with_capacity(sentence.len());
    let mut at = 0;
    let mut asides = crate::sentences::relative_asides(sentence);
    asides.extend(short_appositive(sentence));
    asides.sort_by_key(|r| r.start);
    for aside in asides {
        if aside.start < at {
            continue;
        }
        kept.push_str(&sentence[at..aside.start]);
        at = aside.end;
    }
    kept.push_str(&sentence[at..]);
    let sentence = kept.as_str();
    if sentence.chars().count() <= HEADLINE_CHARS {
        return sentence.to_string();
    }
    // Prefer a clause boundary (comma, dash, semicolon) past a third of the
    // budget; otherwise cut at a word boundary and mark the cut.
    let budget: usize = sentence
        .char_indices()
        .nth(HEADLINE_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..budget];
    let clause = head
        .char_indices()
        .filter(|(i, c)| *i > HEADLINE_CHARS / 3 && matches!(c, ',' | ';' | '—' | '–'))
        .map(|(i, _)| i)
        .next();
    match clause {
        Some(i) => head[..i].trim_end().to_string(),
        None => {
            let cut = head.rfind(' ').unwrap_or(head.len());
            format!("{}…", head[..cut].trim_end_matches([',', ' ']))
        }
    }
}

/// A short apposition after the sentence's first name, with its commas:
/// "Mark Carney, the host, met ..." gives ", the host,". At most four
/// words opening with an article, and a lower-case word after it (the
/// verb), so that a list ("Paris, the capital, and Lyon") is left alone.
fn short_appositive(sentence: &str) -> Option<std::ops::Range<usize>> {
    let open = sentence.find(',')?;
    // After a name that opens the sentence: not "On Tuesday, the
    // company's administrator, ..." where the comma closes a phrase of time.
    let head: Vec<&str> = sentence[..open].split_whitespace().collect();
    let opens_with_name = head.first().is_some_and(|w| {
        !matches!(
            w.to_ascii_lowercase().as_str(),
            "on" | "in"
                | "at"
                | "after"
                | "before"
                | "during"
                | "since"
                | "last"
                | "earlier"
                | "later"
                | "when"
                | "while"
                | "as"
                | "but"
                | "and"
                | "meanwhile"
                | "however"
        )
    }) && head
        .last()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !opens_with_name {
        return None;
    }
    let rest = &sentence[open + 1..];
    let close = rest.find(',')?;
    let inside: Vec<&str> = rest[..close].split_whitespace().collect();
    let article = inside
        .first()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an"));
    let verb_after = crate::sentences::main_clause_resumes(&rest[close + 1..]);
    (article && inside.len() <= 4 && verb_after).then(|| open..open + 1 + close + 1)
}

/// The first sentence of a paragraph: up to the first `.`, `!` or `?` that is
/// followed by a space and a capital or quote, skipping abbreviations.
pub fn first_sentence(paragraph: &str) -> &str {
    crate::sentences::sentences(paragraph)
        .first()
        .map_or(paragraph, |r| &paragraph[r.clone()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_folds_only_what_it_needs() {
        // The early verdict on long lines agrees with folding the whole line.
        let pad = "x".repeat(100);
        let junk = "—".repeat(60);
        let lines = [
            "Advertisement".to_string(),
            "  SHARE  ".to_string(),
            format!("Share {pad}"),
            format!("{junk} Related articles {junk}"),
            format!("{junk} related articles x"),
            format!("More from {pad}"),
            "More from".to_string(),
            format!("More from {junk}"),
            format!("Your email address will not be published. {pad}"),
            format!("Your email address will not be publishe{pad}"),
            format!("{junk}{junk} Skip to content {pad}"),
            format!("Leaders met in Paris on Saturday. {pad}"),
            format!("Ŝkip to content {pad}"),
            format!("ß {pad}"),
            String::new(),
        ];
        for line in &lines {
            let whole = is_boilerplate_folded(&crate::fold::fold(line.trim()));
            assert_eq!(is_boilerplate(line), whole, "{line:?}");
        }
    }

    fn parsed(text: &str) -> ParsedArticle {
        parse("test.txt", text.as_bytes()).expect("an article")
    }

    #[test]
    fn a_wire_dateline_with_a_year_dates_the_article() {
        let a = parsed("Dam bursts upstream\n\nKYIV, Ukraine, June 6, 2023 — Water poured through the breach on Tuesday.");
        assert_eq!(a.published, Day::parse("2023-06-06").ok());
        assert_eq!(a.date_line.as_deref(), Some("June 6, 2023"));
        // A month and day alone name no year.
        let b = parsed("Talks resume\n\nANKARA, Jan 29 (Reuters) - Officials met on Monday.");
        assert_eq!(b.published, None);
        // Under a date line of its own, a day later, the story is dated by
        // its dateline, the day it was written (stop 32), and the editor
        // told of the two.
        let c = parsed(" date 2023-06-07 \n\nDam bursts\n\nKYIV, Ukraine, June 6, 2023 — Water poured through.");
        assert_eq!(c.published, Day::parse("2023-06-06").ok());
        assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
        // The same day twice is no conflict.
        let d = parsed(" date 2023-06-06 \n\nDam bursts\n\nKYIV, Ukraine, June 6, 2023 — Water poured through.");
        assert_eq!(d.published, Day::parse("2023-06-06").ok());
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    }

    #[test]
    fn hard_wrapped_text_is_read_as_paragraphs() {
        let a = parsed(
            " date 2024-10-14\n\nMarathon record falls\n\nRuth Chepngetich won the Chicago Marathon on\nSunday, breaking the women's\nworld record by two minutes.\n\nThe previous record was set\nin Berlin last year.\n",
        );
        assert_eq!(a.title, "Marathon record falls");
        assert_eq!(
            a.paragraphs,
            [
                "Ruth Chepngetich won the Chicago Marathon on Sunday, breaking the women's world record by two minutes.",
                "The previous record was set in Berlin last year.",
            ]
        );
        // One paragraph a line, as the seeds are written, stays so.
        let b = parsed("Leaders met on Saturday.\nThey talked about trade.\nNo deal was reached.");
        assert_eq!(b.paragraphs.len(), 3);
    }

    #[test]
    fn a_title_alone_is_kept_with_a_warning() {
        let a = parsed(" date 2024-10-14\n\nStorm warning issued for Scottish coast\n");
        assert_eq!(a.title, "Storm warning issued for Scottish coast");
        assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
        assert_eq!(a.warnings[0].line, 3);
        assert!(a.warnings[0].message.contains("only a title line"));
        // A one-sentence story is text, not a title.
        let b = parsed("Storm warnings were issued for the Scottish coast on Monday.\n");
        assert!(b.warnings.is_empty(), "{:?}", b.warnings);
    }

    #[test]
    fn date_line_with_spaces_and_blank_lines() {
        let a = parsed(" date 2024-04-20 \n\n\n\nThe council met on Saturday. It voted.");
        assert_eq!(a.published, Day::parse("2024-04-20").ok());
        assert_eq!(a.paragraphs, vec!["The council met on Saturday. It voted."]);
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn malformed_date_line_warns_with_its_line() {
        let a = parsed("\n date 2024-13-45\nThe council met on Saturday.");
        assert_eq!(a.published, None);
        assert_eq!(a.warnings.len(), 1);
        assert_eq!(a.warnings[0].line, 2);
        assert!(a.warnings[0].message.contains("2024-13-45"));
    }

    #[test]
    fn a_byline_is_not_article_text() {
        let a = parsed(
            "Rates held\n\nBy Maria Lopez, Economics Correspondent\n\nThe bank kept rates on hold.",
        );
        assert_eq!(
            a.byline.as_deref(),
            Some("By Maria Lopez, Economics Correspondent")
        );
        assert_eq!(a.paragraphs, ["The bank kept rates on hold."]);
        // A lede that starts with "By" is text.
        let b =
            parsed("Rebels advance\n\nBy Tuesday, the rebels held the city.\n\nThousands fled.");
        assert_eq!(b.byline, None);
        assert_eq!(b.paragraphs.len(), 2);
        // With no title, the byline is not taken for one.
        let c = parsed("By Maria Lopez\n\nThe bank kept rates on hold.\n\nMarkets rose.");
        assert_eq!(c.byline.as_deref(), Some("By Maria Lopez"));
        assert!(c.title_derived);
    }

    #[test]
    fn date_line_below_a_title_and_byline_is_found_and_taken_out() {
        let a = parsed(
            "Council backs new bridge\n\nBy Jane Doe\nPublished: Tuesday, March 12, 2024 4:05 PM EDT\n\nThe council voted on Monday to fund the bridge.",
        );
        assert_eq!(a.published, Day::parse("2024-03-12").ok());
        assert_eq!(
            a.date_line.as_deref(),
            Some("Published: Tuesday, March 12, 2024 4:05 PM EDT")
        );
        assert_eq!(a.title, "Council backs new bridge");
        assert!(a.paragraphs.iter().all(|p| !p.contains("2024")), "{a:?}");
    }

    #[test]
    fn publication_date_wins_over_update_date() {
        let a = parsed(
            "Updated 14 March 2024\n12 March 2024\n\nThe council voted on Monday to fund the bridge.",
        );
        assert_eq!(a.published, Day::parse("2024-03-12").ok());
        let only_update = parsed("Updated 14 March 2024\n\nThe council voted on Monday.");
        assert_eq!(only_update.published, Day::parse("2024-03-14").ok());
    }

    #[test]
    fn ambiguous_numeric_date_line_warns_and_dates_nothing() {
        let a = parsed("05/06/2024\n\nThe council voted on Monday to fund the bridge.");
        assert_eq!(a.published, None);
        assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
        assert_eq!(a.warnings[0].line, 1);
        assert!(a.warnings[0].message.contains("ambiguous"));
        assert!(a.paragraphs.iter().all(|p| !p.contains("05/06")));
    }

    #[test]
    fn a_date_deep_in_the_text_is_not_a_date_line() {
        let a = parsed("The council voted.\n\nIt met again.\n\nAnd again.\n\nAnd once more.\n\n12 March 2024\n");
        assert_eq!(a.published, None);
        assert!(a.paragraphs.iter().any(|p| p == "12 March 2024"));
    }

    #[test]
    fn sentence_starting_with_date_is_text() {
        let a = parsed("Date rape drugs are on the rise, police said.\n\nMore text.");
        assert_eq!(a.published, None);
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn title_line_is_recognised() {
        let a = parsed(
            "Press \"Enter\" to skip to content\n\nMayor opens new bridge\n\nThe mayor opened the bridge on Monday, officials said.\n",
        );
        assert_eq!(a.title, "Mayor opens new bridge");
        assert!(!a.title_derived);
        assert_eq!(a.paragraphs.len(), 1);
    }

    /// Blind read, stop 23: a captured site menu ("Markets | Deals |
    /// Tech", "Home > World > Europe") became the headline.
    #[test]
    fn a_sites_navigation_is_no_title() {
        let a = parsed(
            "Skip to content\nMarkets | Deals | Tech\nShare this article\nMarch 20, 2025\n\nCourt blocks share sale\n\nA court on Thursday blocked the share sale, lawyers said.\n",
        );
        assert_eq!(a.title, "Court blocks share sale");
        let a = parsed("Menu\nHome > World > Europe\n\nTalks resume in Geneva\n\nNegotiators resumed talks on Monday.\n");
        assert_eq!(a.title, "Talks resume in Geneva");
        // A title and its site are a title.
        let a = parsed("Erdogan meets Haniyeh | Daily Sabah\n\nErdogan met Haniyeh on Saturday, his office said.\n");
        assert_eq!(a.title, "Erdogan meets Haniyeh | Daily Sabah");
    }

    #[test]
    fn a_title_line_right_above_the_lede_is_recognised() {
        let a = parsed(
            "Mayor opens new bridge
The mayor opened the bridge over the river on Monday, officials said.
Traffic was heavy.",
        );
        assert_eq!(a.title, "Mayor opens new bridge");
        assert!(!a.title_derived);
        // Hard-wrapped prose is not a title and its lede: it is one paragraph.
        let a = parsed(
            "The mayor opened the new bridge over the river on
Monday, officials said, after two years of work on it.
",
        );
        assert!(a.title_derived);
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn lede_first_article_gets_a_derived_headline() {
        let a = parsed("The German chancellor met the French president in Paris on Friday, his office said, to discuss energy prices and the budget.\nSecond paragraph.");
        assert!(a.title_derived);
        assert_eq!(
            a.title,
            "The German chancellor met the French president in Paris on Friday"
        );
    }

    #[test]
    fn a_long_lede_drops_its_relative_aside_before_it_is_cut() {
        let lede = "Ukrainian President Lena Moroz, who was not invited to the summit, is due to meet Trump at the White House on Monday.";
        assert_eq!(
            headline_from_lede(lede),
            "Ukrainian President Lena Moroz is due to meet Trump at the White House on Monday"
        );
    }

    #[test]
    fn a_long_lede_drops_a_short_apposition_before_it_is_cut() {
        let lede = "Canadian Prime Minister Mark Carney, the host, met Japanese Prime Minister Shigeru Ishiba on the sidelines on Monday morning.";
        assert_eq!(
            headline_from_lede(lede),
            "Canadian Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba on the…"
        );
        // A list is not an apposition.
        let list = "Voters in Paris, the capital, and in Lyon, the second city, went to the polls on Sunday to choose a new regional council.";
        assert!(headline_from_lede(list).starts_with("Voters in Paris, the capital"));
    }

    #[test]
    fn a_headline_may_ask_a_question() {
        let a = parsed("Can Holt save the club?\n\nThe worst kept secret in football was revealed on Thursday when Ian Holt was named manager.");
        assert_eq!(a.title, "Can Holt save the club?");
        assert_eq!(a.paragraphs.len(), 1);
        // A question that opens the prose is not a title.
        let b = parsed("\"Why now?\"\n\nThat was what fans asked on Thursday when Ian Holt was named manager of the club.");
        assert_eq!(b.paragraphs.len(), 2);
    }

    /// Blind read, stop 29: 'Holm: "I dreamed of playing in Italy"' above
    /// the lede was read as the lede, and its quote became the article's
    /// event, with no day and the quote's place.
    #[test]
    fn a_headline_may_give_a_speaker_and_a_quote() {
        for title in [
            "Okafor: \"We were robbed in the final minute\"",
            "Minister: \u{201C}No new taxes this year\u{201D}",
        ] {
            let a = parsed(&format!("{title}\n\nFinance Minister Ada Okafor told parliament on Tuesday that the budget would hold spending flat for a third year."));
            assert_eq!(a.title, title);
            assert_eq!(a.paragraphs.len(), 1, "{title}");
        }
        // A quote that ends its sentence opens the prose.
        let b = parsed("Okafor: \"We were robbed.\"\n\nThat was the verdict of the coach after his side lost the final on Saturday in Lagos.");
        assert_eq!(b.paragraphs.len(), 2);
    }

    #[test]
    fn long_lede_without_commas_is_cut_at_a_word() {
        let long = "word ".repeat(40);
        let headline = headline_from_lede(&long);
        assert!(headline.ends_with('…'));
        assert!(headline.chars().count() <= HEADLINE_CHARS + 1);
    }

    #[test]
    fn boilerplate_is_dropped_wherever_it_stands() {
        let a = parsed("Storm hits coast\n\nWinds reached 100 mph.\n\nMore from PoliticsMore posts in Politics »\n\nBe First to Comment\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *");
        assert_eq!(a.paragraphs, vec!["Winds reached 100 mph."]);
    }

    #[test]
    fn subheadings_inside_the_text_are_kept() {
        let a = parsed("The ministers met in Rome on Monday.\n\nTrade on the agenda\n\nThey discussed tariffs.");
        assert_eq!(a.paragraphs.len(), 3);
        assert_eq!(a.paragraphs[1], "Trade on the agenda");
    }

    #[test]
    fn empty_and_boilerplate_only_files_are_skipped_with_a_reason() {
        assert!(parse("e.txt", b"").unwrap_err().reason.starts_with("empty"));
        assert!(parse("w.txt", b"  \n\t\n")
            .unwrap_err()
            .reason
            .starts_with("empty"));
        let skip = parse("b.txt", b"Leave a Reply\nBe First to Comment\n").unwrap_err();
        assert!(skip.reason.starts_with("boilerplate only"));
        let skip = parse("d.txt", b" date 2024-01-01\n\n").unwrap_err();
        assert!(skip.reason.contains("after the date line"));
    }

    #[test]
    fn windows_1252_bytes_are_decoded_with_a_warning() {
        let a = parse(
            "w.txt",
            b"Prices rose.\nThe fee is \xA3100 \x96 a \x93record\x94.",
        )
        .unwrap();
        assert_eq!(a.paragraphs[1], "The fee is £100 – a “record”.");
        assert_eq!(a.warnings.len(), 1);
        assert_eq!(a.warnings[0].line, 2);
        assert!(a.warnings[0].message.contains("byte offset 24"));
    }

    #[test]
    fn bom_and_crlf_are_handled() {
        let a =
            parsed("\u{FEFF} date 2024-01-02\r\n\r\nA quake struck on Monday.\r\nAid arrived.\r\n");
        assert_eq!(a.published, Day::parse("2024-01-02").ok());
        assert_eq!(
            a.paragraphs,
            vec!["A quake struck on Monday.", "Aid arrived."]
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let skip = parse("x.bin.txt", b"abc\n\x00\x01\x02").unwrap_err();
        assert!(skip.reason.contains("NUL byte at byte offset 4 (line 2)"));
    }
}
