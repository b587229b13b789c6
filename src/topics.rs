//! What an article is about: a few terms per document, by corpus statistics.
//!
//! Candidate terms are single words and two-word phrases of content words
//! (no stop words, numbers or punctuation inside), counted per document and
//! scored by tf-idf across the documents passed in, so a term is a topic
//! when it is frequent here and rare elsewhere. Terms are normalised before
//! counting: case and accents are folded, hyphens dropped and a plural `s`
//! trimmed, so "Cease-fire", "ceasefire" and "ceasefires" count as one; the
//! shown form is the one the document itself uses most.
//!
//! ```
//! use news_timeline::topics::topics;
//! let docs = [
//!     "The central bank raised interest rates. Interest rates will rise again, the bank said.",
//!     "The striker scored twice as the club won the cup final. The club celebrated.",
//!     "Interest rates and the bank dominate markets.",
//! ];
//! let t = topics(&docs, 2);
//! assert_eq!(t[0][0], "interest rates");
//! assert!(t[1].iter().any(|x| x == "club"));
//! ```

use crate::entities::titles::{is_title, is_title_modifier};
use crate::entities::tokens::{Analysis, Kind};
use crate::fasthash::{FastMap, FastSet};
use std::sync::OnceLock;

/// Function words and words that every news story uses.
const STOP_WORDS: &str = "a about above across after afterwards again against ago all almost \
alone along already also although always am among amongst an and another any anyone anything \
anyway anywhere are around as at back be became because become becomes been before \
beforehand behind being below beside besides between beyond both but by can cannot could did \
do does doing done down during each either else elsewhere enough etc even ever every \
everyone everything everywhere except few first for former formerly from further get gets \
getting given gives go goes going gone got had has have having he hence her here hereby \
herein hers herself him himself his how however i if in indeed into is it its itself just \
last latter least less let lot lots made make makes making many may me meanwhile might mine \
more moreover most mostly much must my myself namely neither never nevertheless next no \
nobody none nor not nothing now nowhere of off often on once one only onto or other others \
otherwise our ours ourselves out over own per perhaps put quite rather re really said same \
say saying says see seem seemed seeming seems several she should since so some somehow \
someone something sometime sometimes somewhere still such take taken than that the their \
theirs them themselves then thence there thereafter thereby therefore therein thereupon \
these they thing things this those though through throughout thus to together told too \
toward towards under until up upon us very via was we well were what whatever when whence \
whenever where whereas whereby wherever whether which while who whoever whole whom whose \
why will with within without would yet you your yours yourself yourselves year years time \
times people new told added according week weeks month months day days today yesterday \
tomorrow monday tuesday wednesday thursday friday saturday sunday january february march \
april june july august september october november december mr mrs ms dr two three four five \
six seven eight nine ten hundred thousand million billion second third including include \
includes included around way want wanted wants like likely told tell telling think thought \
know known came come comes coming went use used using need needs needed want part parts \
number numbers lot good great big small high low long short able also early late recent \
recently expected expect told asked ask called call says stated statement continue continued \
continues took taking give given gave found find show shows showed set sets told believe \
believed added adding noted noting made end ended far near told best better top little \
much whose yes okay per cent percent following despite amid nearly \
suggests suggest suggested provide provides provided issue issues";

/// Nouns too general to say what a story is about on their own; they may
/// still head a phrase ("security sources", "peace process").
const GENERIC: &str = "region regions effort officials official stage stages pair amount \
truth issue situation side member country countries world state report source process \
measure level term area point fact kind type form result case group action plan move \
problem question change reason idea view matter thing place home life work job support \
help interest need call sign decision role step chance hope concern concerns attempt \
value price rate cost figure figures total share deal talks meeting visit attack \
statement comment comments remark remarks event events nation nations people person \
man men woman women day night morning evening week today future past period moment \
minister president government leader leaders party public percent";

fn generic() -> &'static FastSet<String> {
    static SET: OnceLock<FastSet<String>> = OnceLock::new();
    SET.get_or_init(|| GENERIC.split_whitespace().map(key_word).collect())
}

fn stop_words() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.split_whitespace().collect())
}

/// The counting key of a folded word: no hyphens or apostrophes, no plural `s`.
fn key_word(folded: &str) -> String {
    let mut k = String::new();
    key_word_into(folded, &mut k);
    k
}

/// [`key_word`] into a buffer the caller reuses.
fn key_word_into(folded: &str, k: &mut String) {
    k.clear();
    k.extend(folded.chars().filter(|c| c.is_alphanumeric()));
    if k.len() > 5 && k.ends_with("ies") {
        k.truncate(k.len() - 3);
        k.push('y');
        return;
    }
    if k.len() > 4
        && k.ends_with('s')
        && !k.ends_with("ss")
        && !k.ends_with("us")
        && !k.ends_with("is")
    {
        k.pop();
    }
}

/// Whether a word can be part of a topic term.
fn is_content(word: &str, folded: &str) -> bool {
    // `trim_end_matches("'s")` by hand: the library's substring searcher
    // costs more to set up than this whole test (it runs for every word).
    let mut bare = folded;
    while let Some(shorter) = bare.strip_suffix("'s") {
        bare = shorter;
    }
    word.chars().nth(2).is_some()
        && word.chars().next().is_some_and(|c| c.is_alphabetic())
        && !word.bytes().any(|b| b.is_ascii_digit())
        && (folded.ends_with("'s") || !folded.contains('\''))
        && !stop_words().contains(folded)
        && (bare.len() == folded.len() || !stop_words().contains(bare))
}

/// How a document writes a term: a word, or two words (shown with a space
/// between them), borrowed from the text. Within one term all forms are
/// of one shape, and words hold no space, so comparing these pairs
/// compares the shown strings.
type Form<'a> = (&'a str, &'a str);

fn shown(form: Form<'_>) -> String {
    if form.1.is_empty() {
        form.0.to_string()
    } else {
        format!("{} {}", form.0, form.1)
    }
}

struct Term<'a> {
    count: u32,
    /// Occurrences not at the start of a sentence.
    inner: u32,
    /// The first form seen and how often it was used, then the others (a
    /// document rarely writes a term more than one way).
    form: (Form<'a>, u32),
    other_forms: Vec<(Form<'a>, u32)>,
    /// Capitalised in every occurrence: probably a name.
    all_caps_start: bool,
}

impl<'a> Term<'a> {
    /// The form used most (inside sentences first), the smallest on a tie.
    fn best_form(&self) -> Form<'a> {
        std::iter::once(&self.form)
            .chain(&self.other_forms)
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map_or(self.form.0, |f| f.0)
    }
}

/// A term: the numbers ([`Words`]) of its word, or of its two words.
type TermKey = (u32, u32);
/// The second word of a one-word term.
const NO_WORD: u32 = u32::MAX;

/// The counting keys of words ([`key_word`]), numbered as first met, so that
/// a document's terms are counted by number, not by string (which cost a
/// string per term per document, and hashing and comparing it).
#[derive(Default)]
struct Words {
    ids: FastMap<String, u32>,
    keys: Vec<String>,
}

impl Words {
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.ids.insert(key.to_string(), id);
        self.keys.push(key.to_string());
        id
    }

    /// The words of a term.
    fn of(&self, term: TermKey) -> impl Iterator<Item = &str> {
        std::iter::once(term.0)
            .chain((term.1 != NO_WORD).then_some(term.1))
            .map(|w| self.keys[w as usize].as_str())
    }

    /// A term as text: its words' keys with a space between.
    fn text(&self, term: TermKey) -> String {
        self.of(term).collect::<Vec<_>>().join(" ")
    }
}

/// Counts one occurrence of `key`, shown as `form`: this runs for every
/// word of every article.
fn add<'a>(
    terms: &mut FastMap<TermKey, Term<'a>>,
    key: TermKey,
    form: Form<'a>,
    capital: bool,
    initial: bool,
) {
    // Forms seen inside sentences win the display over initial ones.
    let weight = if initial { 1 } else { 1000 };
    if let Some(t) = terms.get_mut(&key) {
        t.count += 1;
        if !initial {
            // Sentence-initial capitals say nothing about names.
            t.inner += 1;
            t.all_caps_start &= capital;
        }
        if t.form.0 == form {
            t.form.1 += weight;
        } else {
            match t.other_forms.iter_mut().find(|(f, _)| *f == form) {
                Some((_, n)) => *n += weight,
                None => t.other_forms.push((form, weight)),
            }
        }
    } else {
        terms.insert(
            key,
            Term {
                count: 1,
                inner: u32::from(!initial),
                form: (form, weight),
                other_forms: Vec::new(),
                all_caps_start: initial || capital,
            },
        );
    }
}

/// The candidate terms of one document.
fn doc_terms<'a>(a: &Analysis<'a>, words: &mut Words) -> FastMap<TermKey, Term<'a>> {
    let (text, toks) = (a.text, &a.toks);
    let mut terms: FastMap<TermKey, Term<'a>> = FastMap::default();
    // Buffers reused across words: its key and the previous content word's.
    let mut key = String::new();
    let mut pkey = String::new();
    let mut ti = 0;
    for sent in &a.sentences {
        // The previous content word (its key is in `pkey`): its number,
        // shown form, capitalised, initial.
        let mut prev: Option<(u32, &str, bool, bool)> = None;
        let mut first = true;
        while ti < toks.len() && toks[ti].start < sent.start {
            ti += 1;
        }
        while ti < toks.len() && toks[ti].end <= sent.end {
            let t = toks[ti];
            ti += 1;
            let word = &text[t.start..t.end];
            let folded = a.folded(ti - 1);
            let content = t.kind == Kind::Word && is_content(word, folded);
            let initial = first;
            if t.kind == Kind::Word {
                first = false;
            }
            if !content {
                // A hyphenated or possessive word ends the run.
                prev = None;
                continue;
            }
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let shown = word;
            key_word_into(folded, &mut key);
            if key.len() < 3 {
                prev = None;
                continue;
            }
            let id = words.id(&key);
            add(&mut terms, (id, NO_WORD), (shown, ""), capital, initial);
            if let Some((pid, pshown, pcap, pinitial)) = prev.take() {
                // "fact Turkey", "guitarist James": a word and the next name.
                // "Rowling revealed", "Italy nearly": the second word is a verb or adverb.
                let verbish = |k: &str| k.len() > 4 && (k.ends_with("ed") || k.ends_with("ly"));
                if (!capital || pcap) && !is_title_word(folded) && !verbish(&key) && !verbish(&pkey)
                {
                    add(
                        &mut terms,
                        (pid, id),
                        (pshown, shown),
                        pcap && capital,
                        pinitial,
                    );
                }
            }
            std::mem::swap(&mut key, &mut pkey);
            prev = Some((id, shown, capital, initial));
        }
    }
    for t in terms.values_mut() {
        if t.inner == 0 {
            t.all_caps_start = false;
        }
    }
    terms
}

/// Title words make poor topics: "Deputy Prime", "Mr Smith".
fn is_title_word(folded: &str) -> bool {
    is_title(folded) || is_title_modifier(folded)
}

/// Whether a phrase recurs in its document, itself or through both words.
fn recurs(key: TermKey, t: &Term<'_>, terms: &FastMap<TermKey, Term<'_>>) -> bool {
    t.count >= 2
        || [key.0, key.1]
            .iter()
            .all(|&w| terms.get(&(w, NO_WORD)).is_some_and(|u| u.count >= 2))
}

/// A term of one document that can be a topic, whatever the other
/// documents say: what scoring it needs.
struct Candidate {
    /// Index into the vocabulary (`keys`, `df`).
    term: u32,
    count: u32,
    /// The form the document shows it in.
    shown: String,
}

/// Whether a term of a document can be one of its topics: every test that
/// needs nothing from the other documents.
fn can_be_topic(
    key: TermKey,
    t: &Term<'_>,
    terms: &FastMap<TermKey, Term<'_>>,
    words: &Words,
) -> bool {
    let phrase = key.1 != NO_WORD;
    if phrase && !recurs(key, t, terms) {
        return false;
    }
    if words.of(key).any(is_title) {
        return false;
    }
    if t.all_caps_start && phrase {
        // Names are the entities' business; prefer what happened.
        return false;
    }
    if phrase {
        return true;
    }
    let word = words.of(key).next().unwrap_or("");
    // A word said once is not what a story is about.
    if t.count < 2 || generic().contains(word) || t.all_caps_start {
        return false;
    }
    // Lone participles are verbs far more often than topics.
    !(word.len() > 5 && (word.ends_with("ed") || word.ends_with("ing") || word.ends_with("ly")))
}

/// The `per_doc` terms that best characterise each document among `docs`.
pub fn topics(docs: &[&str], per_doc: usize) -> Vec<Vec<String>> {
    let mut topics = Topics::default();
    for d in docs {
        topics.add(&Analysis::new(d));
    }
    topics.finish(per_doc)
}

/// [`topics`] one document at a time, so that the extraction can count an
/// article's terms while it has the article's tokens at hand.
///
/// One pass over the text: each document's terms are counted once, its
/// document frequencies added, and the few terms that can be a topic kept
/// with their count and shown form; scoring, which needs every document's
/// frequencies, is [`Topics::finish`]. Memory stays in proportion to the
/// vocabulary plus a few candidates per document. (Counting every
/// document's terms a second time for scoring was a sixth of the
/// extraction.)
#[derive(Default)]
pub struct Topics {
    words: Words,
    /// The terms counted anywhere, numbered, and their document frequencies.
    vocabulary: FastMap<TermKey, u32>,
    keys: Vec<TermKey>,
    df: Vec<u32>,
    candidates: Vec<Vec<Candidate>>,
}

impl Topics {
    /// Counts the next document.
    pub fn add(&mut self, a: &Analysis<'_>) {
        let terms = doc_terms(a, &mut self.words);
        let mut kept = Vec::new();
        for (&key, t) in &terms {
            // Phrases are counted only where they could be a topic, which
            // keeps the phrase table small over a large corpus.
            if key.1 != NO_WORD && !recurs(key, t, &terms) {
                continue;
            }
            let term = match self.vocabulary.get(&key) {
                Some(&term) => term,
                None => {
                    let term = self.keys.len() as u32;
                    self.vocabulary.insert(key, term);
                    self.keys.push(key);
                    self.df.push(0);
                    term
                }
            };
            self.df[term as usize] += 1;
            if can_be_topic(key, t, &terms, &self.words) {
                kept.push(Candidate {
                    term,
                    count: t.count,
                    shown: shown(t.best_form()),
                });
            }
        }
        self.candidates.push(kept);
    }

    /// The `per_doc` best terms of each document, in the order added.
    pub fn finish(self, per_doc: usize) -> Vec<Vec<String>> {
        let Topics {
            words,
            keys,
            df,
            candidates,
            ..
        } = self;
        let n = candidates.len().max(1) as f64;
        candidates
            .into_iter()
            .map(|kept| {
                let mut scored: Vec<(f64, String, String)> = kept
                    .into_iter()
                    .map(|c| {
                        let key = words.text(keys[c.term as usize]);
                        let d = df[c.term as usize] as f64;
                        // A damped idf: in a small corpus of one story, the story's
                        // shared theme ("humanitarian aid") still deserves a place.
                        let idf = (1.0 + n / d).ln().powf(0.6);
                        let mut score = (1.0 + (c.count as f64).ln()) * idf;
                        if key.contains(' ') {
                            score *= 2.0;
                        }
                        (score, key, c.shown)
                    })
                    .collect();
                scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
                let mut chosen: Vec<String> = Vec::new();
                let mut out = Vec::new();
                for (_, key, shown) in scored {
                    if out.len() >= per_doc {
                        break;
                    }
                    let words: Vec<&str> = key.split(' ').collect();
                    let overlaps = chosen.iter().any(|c| {
                        let cw: Vec<&str> = c.split(' ').collect();
                        words.iter().any(|w| cw.contains(w))
                    });
                    if overlaps {
                        continue;
                    }
                    chosen.push(key);
                    out.push(shown);
                }
                out
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_are_one_term() {
        let docs = [
            "A ceasefire was agreed. The cease-fire holds. Ceasefires rarely last.",
            "Markets rallied on strong earnings.",
        ];
        let t = topics(&docs, 3);
        assert_eq!(t[0][0].replace('-', ""), "ceasefire");
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn stop_words_are_not_topics() {
        let t = topics(&["He said that they would have been there on Monday."], 5);
        assert!(t[0].is_empty(), "{:?}", t[0]);
    }

    #[test]
    fn phrases_beat_their_words() {
        let docs = [
            "Humanitarian aid reached the city. More humanitarian aid is needed, and aid \
             agencies warned of famine.",
            "The election campaign began. Voters want lower taxes.",
            "Football fans cheered the team.",
        ];
        let t = topics(&docs, 2);
        assert_eq!(t[0][0], "humanitarian aid");
    }

    #[test]
    fn odd_input() {
        let long = "x".repeat(100_000);
        let t = topics(&["", "\u{202E}\u{0}", &long], 3);
        assert_eq!(t.len(), 3);
        assert!(topics(&[], 3).is_empty());
    }
}
