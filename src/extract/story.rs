//! What a report is about beyond who, where and when: the content words of
//! the sentence that reports it, for telling whether two reports that name
//! one person on one day tell one story.
//!
//! Clustering merges reports on shared participants and place. That is
//! not enough for the kinds that one person produces many of in a day
//! (statements, announcements): two outlets writing "X announced a ban on
//! semi-automatic weapons" and "X said the country will ban semi-automatic
//! weapons" report one decision, but "X said she would meet the families"
//! the same day is another. The words outside names, titles, dates and
//! reporting verbs tell them apart.
//!
//! ```
//! use news_timeline::extract::story::{same_story, Vocabulary};
//! let mut words = Vocabulary::default();
//! let mut terms = |s: &str| words.terms(s, &[]);
//! let ban = terms("Ardern announced a ban on semi-automatic weapons and assault rifles.");
//! let twin = terms("The country will ban all semi-automatic weapons and assault rifles, Ardern said.");
//! let other = terms("Ardern said she would meet the families of the victims.");
//! assert!(same_story(&ban, &twin));
//! assert!(!same_story(&ban, &other));
//! // The same figure weighs twice: "1,200" in both is one story.
//! let cut = terms("The software maker said it would cut about 1,200 jobs.");
//! let layoffs = terms("The software maker announced 1,200 layoffs yesterday.");
//! assert!(same_story(&cut, &layoffs));
//! ```

use super::anchors::STOPWORDS;
use crate::entities::titles::{is_title, is_title_modifier};
use crate::events::{triggers::trigger, EventKind};
use crate::fasthash::FastMap;
use crate::search::stem::stem;
use crate::search::tokens::scan;
use crate::timex::lexicon::{is_month_word, weekday};
use std::ops::Range;

/// Fewest content words two reports must share to tell one story.
const MIN_SHARED: usize = 4;

/// Words too common to say what a report is about, beyond those that
/// cannot say which event is meant ([`super::anchors`]): the modals and
/// function words of reported plans and quotes ("will ban", "would meet",
/// "our history").
const MODALS: [&str; 8] = [
    "will", "would", "could", "should", "can", "may", "there", "our",
];

/// Content words as numbers: a word's stem always the same number, so
/// that "weapons" and "weapon" are one term.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Each folded word seen, and its stem's number (none for a word that
    /// is not a content word): each word is judged and stemmed once.
    by_word: FastMap<String, Option<u32>>,
    by_stem: FastMap<String, u32>,
}

impl Vocabulary {
    /// The story terms of `text` (a report's sentence), skipping the byte
    /// ranges of `names` (its entity mentions, relative to `text`): stemmed
    /// content words, sorted, without repeats.
    pub fn terms(&mut self, text: &str, names: &[Range<usize>]) -> Vec<u32> {
        let mut terms = Vec::new();
        // "1,200": the scanner's "1" and "200", read again as one figure.
        let mut figure: Option<(Range<usize>, String)> = None;
        scan(text, |key, range, _, _| {
            if names
                .iter()
                .any(|n| n.start <= range.start && range.end <= n.end)
            {
                return;
            }
            if key.bytes().all(|b| b.is_ascii_digit()) {
                let joined = match figure.take() {
                    Some((before, digits))
                        if before.end + 1 == range.start
                            && text.as_bytes().get(before.end) == Some(&b',')
                            && key.len() == 3 =>
                    {
                        digits + key
                    }
                    other => {
                        if let Some((_, digits)) = other {
                            terms.extend(self.figure(&digits));
                        }
                        key.to_string()
                    }
                };
                figure = Some((range, joined));
                return;
            }
            if let Some((_, digits)) = figure.take() {
                terms.extend(self.figure(&digits));
            }
            let id = match self.by_word.get(key) {
                Some(&id) => id,
                None => {
                    let id = is_content_word(key).then(|| {
                        let next = self.by_stem.len() as u32;
                        *self.by_stem.entry(stem(same_thing(key))).or_insert(next)
                    });
                    self.by_word.insert(key.to_string(), id);
                    id
                }
            };
            terms.extend(id);
        });
        if let Some((_, digits)) = figure.take() {
            terms.extend(self.figure(&digits));
        }
        terms.sort_unstable();
        terms.dedup();
        terms
    }
}

impl Vocabulary {
    /// A figure of three digits or more ("1200", "100000") as a term that
    /// counts twice ([`FIGURE`]): two reports that give the same number
    /// of jobs cut or homes left without power tell one story. A year
    /// ("2025") is no such figure.
    fn figure(&mut self, digits: &str) -> Option<u32> {
        let year = digits.len() == 4 && matches!(digits.parse::<u32>(), Ok(1900..=2100));
        if digits.len() < 3 || year {
            return None;
        }
        let key = format!("#{digits}");
        let next = self.by_stem.len() as u32;
        Some(*self.by_stem.entry(key).or_insert(next) | FIGURE)
    }
}

/// The mark of a figure's term, which [`same_story`] counts twice.
const FIGURE: u32 = 1 << 31;

/// One word for what outlets name two ways: "quake" and "earthquake",
/// "blaze" and "fire". Two reports of one disaster often share little
/// else.
fn same_thing(word: &str) -> &str {
    match word {
        "quake" | "quakes" | "tremor" | "tremors" => "earthquake",
        "blaze" | "blazes" | "inferno" => "fire",
        "twister" | "twisters" => "tornado",
        "blast" | "blasts" => "explosion",
        "deluge" | "flooding" => "flood",
        _ => word,
    }
}

/// Whether a folded word says what happened, not who, when or that
/// someone spoke.
fn is_content_word(word: &str) -> bool {
    let a_weekday = word.ends_with("day") && weekday(word).is_some();
    let when = a_weekday
        || is_month_word(word)
        || matches!(
            word,
            "today" | "yesterday" | "tomorrow" | "week" | "month" | "year"
        );
    let who = is_title(word) || is_title_modifier(word);
    word.chars().count() >= 3
        && !STOPWORDS.contains(&word)
        && !MODALS.contains(&word)
        && !who
        && !when
        && trigger(word, None) != Some(EventKind::Statement)
}

/// Whether two reports' story terms tell one story: at least four shared,
/// and at least half of the shorter list.
pub fn same_story(a: &[u32], b: &[u32]) -> bool {
    shares_words(a, b, MIN_SHARED)
}

/// [`same_story`] for reports already tied by one place and one exact
/// day: three content words will do ("dock workers went on strike", "the
/// strike by dock workers began").
pub fn close_story(a: &[u32], b: &[u32]) -> bool {
    shares_words(a, b, MIN_SHARED - 1)
}

/// [`same_story`] for a short mention of an event tied to its report by
/// kind, place and exact day: one shared content word ("earthquake"),
/// at least half of the shorter list.
pub fn mentions_story(a: &[u32], b: &[u32]) -> bool {
    shares_words(a, b, 1)
}

/// [`same_story`] for reports already tied by a name and one exact day,
/// whose ledes are often long: four shared content words, a third of the
/// shorter list; it differs from [`same_story`] only where the shorter
/// list has more than eight terms. "The FDA on Thursday approved
/// Madrigal's Rezdiffra, the first treatment for ... liver disease known
/// as MASH" and "US regulators late on Thursday cleared Madrigal's drug
/// Rezdiffra ..., the first approved therapy for the liver disease".
pub fn long_story(a: &[u32], b: &[u32]) -> bool {
    let shared = shared_weight(a, b);
    shared >= MIN_SHARED && shared * 3 >= a.len().min(b.len())
}

/// [`mentions_story`] for a disaster told again with a few more words
/// ("Monday's magnitude 6.8 quake was the deadliest in Turkey since ..."):
/// two shared content words, a third of the shorter list.
pub fn retold_disaster(a: &[u32], b: &[u32]) -> bool {
    let shared = shared_weight(a, b);
    shared >= 2 && shared * 3 >= a.len().min(b.len())
}

/// For reports already tied by a hazard, a place and one exact day:
/// three content words in common, however long the ledes.
pub fn shares_a_few_words(a: &[u32], b: &[u32]) -> bool {
    shared_weight(a, b) >= MIN_SHARED - 1
}

/// For reports already tied by one day and by their whole articles
/// ([`super::twins`]): two content words in common, the ledes' own
/// corroboration ("convicted ... of fraud" and "found guilty on Tuesday
/// of defrauding": the fraud, and the payments firm).
pub fn shares_two_words(a: &[u32], b: &[u32]) -> bool {
    shared_weight(a, b) >= 2
}

fn shares_words(a: &[u32], b: &[u32], fewest: usize) -> bool {
    let shared = shared_weight(a, b);
    shared >= fewest && shared * 2 >= a.len().min(b.len())
}

/// Shared terms, a figure counting twice.
fn shared_weight(a: &[u32], b: &[u32]) -> usize {
    a.iter()
        .filter(|t| b.binary_search(t).is_ok())
        .map(|t| if t & FIGURE != 0 { 2 } else { 1 })
        .sum()
}

/// Whether a report tells of a meeting that repeats an earlier one ("met
/// again", "a second round of talks", "for the second time this month",
/// "days after their previous talks collapsed", "resumed talks"). Two
/// outlets' reports of one meeting agree on this; a report of the first
/// meeting and one of the next do not.
pub fn tells_a_repeat(sentence: &str) -> bool {
    let mut previous = String::new();
    let mut repeat = false;
    scan(sentence, |key, _, _, _| {
        repeat |= matches!(
            key,
            "again" | "previous" | "resumed" | "resume" | "resumes" | "reconvened" | "renewed"
        ) || (matches!(
            key,
            "round" | "rounds" | "meeting" | "talks" | "session" | "visit" | "time"
        ) && matches!(
            previous.as_str(),
            "second" | "third" | "fourth" | "another" | "fresh" | "new" | "latest" | "further"
        ));
        previous.clear();
        previous.push_str(key);
    });
    repeat
}

/// Which step of a case an arrest or a court's ruling is: an arrest, a
/// charge, an extradition, a verdict of guilty, an acquittal, or the
/// sentence. Police and courts take them on different days ("arrested on
/// Monday", "charged on Thursday"; "found guilty on Monday", "sentenced
/// him on Friday"), so two reports of different steps are two events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourtStage {
    Arrest,
    Charge,
    Extradition,
    Conviction,
    Acquittal,
    Sentence,
}

/// The step of a case an arrest's sentence reports, if it names one
/// alone: "arrested" or "detained", "charged", "extradited". One that
/// names two ("arrested and charged") could be either report's, so none.
pub fn custody_stage(sentence: &str) -> Option<CourtStage> {
    let (mut arrested, mut charged, mut extradited) = (false, false, false);
    scan(sentence, |key, _, _, _| match key {
        "arrested" | "arrests" | "detained" | "held" => arrested = true,
        "charged" | "charges" => charged = true,
        "extradited" | "extradition" => extradited = true,
        _ => {}
    });
    match (arrested, charged, extradited) {
        (true, false, false) => Some(CourtStage::Arrest),
        (false, true, false) => Some(CourtStage::Charge),
        (false, false, true) => Some(CourtStage::Extradition),
        _ => None,
    }
}

/// What a disaster's report says struck, as one word per hazard:
/// "quake", "tremor" and "earthquake" are one; a flood is not a fire.
/// The first such word in the sentence, if any.
pub fn hazard(sentence: &str) -> Option<&'static str> {
    sentence.split(|c: char| !c.is_alphabetic()).find_map(|w| {
        let w = w.to_ascii_lowercase();
        // "quake" and "tremor" are an earthquake, "blaze" a fire, as for
        // the story's words.
        match same_thing(&w) {
            "earthquake" | "earthquakes" => Some("earthquake"),
            "flood" | "floods" | "floodwaters" => Some("flood"),
            "fire" | "fires" | "wildfire" | "wildfires" => Some("fire"),
            "storm" | "storms" | "hurricane" | "typhoon" | "cyclone" | "tornado" => Some("storm"),
            "landslide" | "landslides" | "mudslide" | "mudslides" | "avalanche" => Some("slide"),
            "eruption" | "volcano" | "erupted" => Some("eruption"),
            "explosion" | "exploded" => Some("explosion"),
            "drought" | "heatwave" => Some("drought"),
            _ => None,
        }
    })
}

/// The first score a sentence gives, higher number first: "beat Lisbon
/// United 3-0" and "lost 0-3 to City Rovers" are (3, 0). Numbers of up to
/// three digits joined by a hyphen or a dash, so that "2024-25" (a
/// season) is none.
pub fn score(sentence: &str) -> Option<(u32, u32)> {
    let bytes = sentence.as_bytes();
    let number = |at: usize| {
        let len = bytes
            .get(at..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let n = sentence.get(at..at + len)?.parse::<u32>().ok()?;
        (1..=3).contains(&len).then_some((n, at + len))
    };
    let mut at = 0;
    while at < bytes.len() {
        let starts =
            bytes[at].is_ascii_digit() && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric());
        if starts {
            if let Some((a, end)) = number(at) {
                let rest = sentence.get(end..).unwrap_or("");
                let dash = ['-', '\u{2013}']
                    .into_iter()
                    .find_map(|d| rest.strip_prefix(d).map(|r| end + rest.len() - r.len()));
                if let Some(next) = dash {
                    if let Some((b, after)) = number(next) {
                        let alone = !bytes.get(after).is_some_and(|c| c.is_ascii_alphanumeric());
                        if alone {
                            return Some((a.max(b), a.min(b)));
                        }
                    }
                }
            }
            while at < bytes.len() && bytes[at].is_ascii_digit() {
                at += 1;
            }
        } else {
            at += 1;
        }
    }
    None
}

/// The step of a trial a sentence reports, if it names one: "sentenced",
/// "jailed for", "was acquitted", "found not guilty", "found guilty",
/// "convicted". A sentence passed with the verdict ("convicted and
/// sentenced to life") is the sentence.
pub fn court_stage(sentence: &str) -> Option<CourtStage> {
    let mut previous = String::new();
    let (mut guilty, mut acquitted, mut sentenced) = (false, false, false);
    let mut pleaded = false;
    let mut sent = false;
    scan(sentence, |key, _, _, _| {
        pleaded |= matches!(key, "pleaded" | "pleads" | "plead");
        match key {
            // Not "sentencing": "sentencing is set for May 3" follows a
            // verdict.
            "sentenced" | "jailed" | "imprisoned" => sentenced = true,
            // "sent him to prison for four years".
            "prison" | "jail" if previous == "to" && sent => sentenced = true,
            "sent" | "sends" => sent = true,
            "acquitted" | "acquittal" => acquitted = true,
            "pleaded" | "pleads" | "plead" => {}
            // "pleaded not guilty" is a plea, not a verdict.
            "guilty" if previous == "not" => acquitted |= !pleaded,
            "guilty" | "convicted" | "conviction" => guilty |= !pleaded,
            _ => {}
        }
        previous.clear();
        previous.push_str(key);
    });
    if sentenced {
        Some(CourtStage::Sentence)
    } else if acquitted {
        Some(CourtStage::Acquittal)
    } else if guilty {
        Some(CourtStage::Conviction)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn hazards_are_named_one_way() {
        assert_eq!(hazard("A strong tremor shook the town"), Some("earthquake"));
        assert_eq!(hazard("An earthquake struck"), Some("earthquake"));
        assert_eq!(hazard("Flooding hit the town"), Some("flood"));
        assert_eq!(hazard("The blaze spread"), Some("fire"));
        assert_eq!(hazard("Officials said"), None);
    }

    use super::*;

    #[test]
    fn the_steps_of_a_trial_are_told_apart() {
        let stage = |s| court_stage(s);
        assert_eq!(
            stage("A court found the former banker guilty of fraud on Monday."),
            Some(CourtStage::Conviction)
        );
        assert_eq!(
            stage("The judge sentenced him to nine years in prison."),
            Some(CourtStage::Sentence)
        );
        assert_eq!(
            stage("He was convicted and sentenced to life."),
            Some(CourtStage::Sentence)
        );
        assert_eq!(
            stage("The jury found her not guilty of murder."),
            Some(CourtStage::Acquittal)
        );
        assert_eq!(stage("The court ruled that the law was void."), None);
        assert_eq!(stage("He pleaded not guilty to fraud on Monday."), None);
        assert_eq!(
            stage("He was found guilty on Monday; sentencing is set for May 3."),
            Some(CourtStage::Conviction)
        );
    }

    /// Blind read of merges, stop 25: a man's charge and his extradition,
    /// reported undated, joined the dated report of his arrest.
    #[test]
    fn an_arrest_a_charge_and_an_extradition_are_steps() {
        assert_eq!(
            custody_stage("Police arrested Daniel Mercer on Monday."),
            Some(CourtStage::Arrest)
        );
        assert_eq!(
            custody_stage("Daniel Mercer was charged with 27 counts of fraud."),
            Some(CourtStage::Charge)
        );
        assert_eq!(
            custody_stage("Daniel Mercer was extradited from Spain."),
            Some(CourtStage::Extradition)
        );
        // Both steps told at once could be either report's.
        assert_eq!(custody_stage("Police arrested and charged a man."), None);
    }

    #[test]
    fn names_titles_dates_and_reporting_verbs_are_not_the_story() {
        let mut words = Vocabulary::default();
        let text = "Prime Minister Jacinda Ardern said on Thursday in March that talks resumed.";
        let name = text.find("Jacinda").unwrap()..text.find(" said").unwrap();
        let terms = words.terms(text, &[name]);
        let again = words.terms("talk resumes", &[]);
        // Only "talks" and "resumed" are left, and they meet their variants.
        assert_eq!(terms, again);
        assert_eq!(terms.len(), 2);
    }

    #[test]
    fn repeats_are_told_apart() {
        assert!(tells_a_repeat(
            "Lynch and Haigh met again in London and agreed a deal."
        ));
        assert!(tells_a_repeat(
            "They reached a deal days after their previous talks collapsed."
        ));
        assert!(tells_a_repeat(
            "The envoys held a second round of talks in Oman."
        ));
        assert!(tells_a_repeat(
            "Negotiators resumed talks in Geneva on Monday."
        ));
        // Blind read, stop 19: merged with the first meeting and took its day.
        assert!(tells_a_repeat(
            "The two ministers met in Tokyo on Monday for the second time this month."
        ));
        assert!(!tells_a_repeat(
            "The two ministers met in Tokyo on Monday for the first time."
        ));
        assert!(!tells_a_repeat(
            "Lynch and Haigh met in London on Monday but failed to agree."
        ));
        assert!(!tells_a_repeat(
            "The two leaders met for talks on trade in Rome."
        ));
    }

    #[test]
    fn few_shared_words_are_not_one_story() {
        let mut words = Vocabulary::default();
        let a = words.terms("The council approved the new budget for schools.", &[]);
        let b = words.terms("The council rejected a plan for new roads.", &[]);
        assert!(!same_story(&a, &b));
        assert!(!same_story(&a, &[]));
    }

    /// Blind read, stop 24: two matches between the same sides on a
    /// Saturday, one report undated, merged though their scores differ.
    #[test]
    fn a_score_is_read_higher_first_and_a_season_is_none() {
        assert_eq!(
            score("City Rovers beat Lisbon United 3-0 on Saturday."),
            Some((3, 0))
        );
        assert_eq!(
            score("Lisbon United lost 0\u{2013}3 to City Rovers."),
            Some((3, 0))
        );
        assert_eq!(score("Lisbon United beat City Rovers 2-1."), Some((2, 1)));
        for text in [
            "the 2024-25 season",
            "a 1,200-seat hall",
            "COVID-19 cases",
            "won 3 games",
        ] {
            assert_eq!(score(text), None, "{text}");
        }
    }
}
