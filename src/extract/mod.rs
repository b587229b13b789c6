//! From article files to a corpus: the extraction `build.rs` drives.
//!
//! [`extract`] takes the files of a seeds folder (name and bytes) and
//! returns the [`Corpus`] and its search [`Index`]. It runs natively, in the
//! build script and in tests, never in the browser. The steps:
//!
//! 1. parse each file ([`crate::article`]); unusable files are skipped with
//!    their reason, so every file is accounted for;
//! 2. per article: date expressions ([`crate::timex`]), people, places and
//!    organisations ([`crate::entities`], resolved across articles), event
//!    frames ([`crate::events`]), and dated [`drafts`];
//! 3. across articles: drafts of one event are [`cluster`]ed and their dates
//!    intersected; articles whose main event another report dates are read
//!    again against that day; durations owned by an entity ("Hamas’ 471-day
//!    struggle") are counted from the dated attack that began them;
//! 4. the corpus: events in date order, articles dated by their main event.
//!
//! ```
//! use news_timeline::extract::{extract, SourceFile};
//! let files = vec![
//!     SourceFile::new("a.txt", b" date 2024-04-20\n\nLeaders met in Paris on Saturday.".to_vec()),
//!     SourceFile::new("b.txt", b"".to_vec()),
//! ];
//! let (corpus, _index) = extract(files);
//! assert_eq!(corpus.articles.len(), 1);
//! assert_eq!(corpus.skipped[0].file, "b.txt");
//! ```

pub mod anchors;
pub mod cluster;
pub mod drafts;
pub mod folder;
pub mod pins;
pub mod scope;
pub mod story;
pub mod twins;

use crate::article::{self, ParsedArticle};
use crate::civil::{Day, Weekday};
use crate::dating::figures::Settled;
use crate::dating::Constraint;
use crate::entities::tokens::Analysis;
use crate::entities::{self, Mention, Resolver};
use crate::events::{self, EventKind};
use crate::fasthash::FastMap;
use crate::model::{
    Article, Corpus, DateSource, DateSpan, Entity, EntityKind, Event, Evidence, Skipped, Text,
};
use crate::search::index::{Index, IndexDoc};
use crate::timex::{self, Timex, TimexType};
use crate::topics::Topics;
use cluster::{cluster, Cluster, Member};
use drafts::{Draft, Reference};
use pins::{Pin, PinError};
use std::collections::hash_map::Entry;
use std::sync::Arc;

/// One input file: its name within the seeds folder and its bytes.
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
    /// What a bulk export states outright.
    pub meta: ArticleMeta,
}

/// Fields a bulk export gives explicitly, which override what parsing finds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    /// For a JSON Lines record, the export's file name and the record's
    /// line: what its warnings name, since its article text is made up.
    pub record: Option<(String, u32)>,
}

impl ArticleMeta {
    /// Warnings about a JSON Lines record's article name the export and the
    /// record's line ("wire.jsonl:2"), and say that the date line was the
    /// record's "date" field.
    fn place_warnings(&self, warnings: &mut [crate::model::Warning]) {
        let Some((file, line)) = &self.record else {
            return;
        };
        for w in warnings {
            w.file.clone_from(file);
            w.line = *line;
            if let Some(rest) = w.message.strip_prefix("date line ") {
                w.message = format!("\"date\" field {rest}");
            }
        }
    }
}

impl SourceFile {
    pub fn new(name: &str, bytes: Vec<u8>) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            bytes,
            meta: ArticleMeta::default(),
        }
    }

    /// The file name without its extension: the article's id.
    pub fn stem(&self) -> &str {
        self.name
            .rsplit_once('.')
            .map_or(self.name.as_str(), |(stem, _)| stem)
    }
}

/// Topics kept per article.
const TOPICS_PER_ARTICLE: usize = 5;

/// One article with everything read from it.
struct Reading {
    id: String,
    url: Option<String>,
    file: String,
    parsed: ParsedArticle,
    text: String,
    mentions: Vec<Mention>,
    /// Global entity id of each mention.
    entity_of: Vec<u32>,
    frames: Vec<events::Frame>,
    drafts: Vec<Draft>,
}

fn reference_of(parsed: &ParsedArticle) -> Option<Reference> {
    parsed.published.map(if parsed.updated_only {
        Reference::Updated
    } else {
        Reference::DateLine
    })
}

/// A file read as far as it can be without the articles before it: parsed,
/// and its date expressions tagged (a third of the extraction). Entity
/// resolution and topics need the articles in order; this part does not,
/// so it runs on every core first.
struct Prepared {
    parsed: Result<ParsedArticle, article::Skip>,
    /// The paragraphs joined, as the readers see them.
    text: String,
    timexes: Vec<Timex>,
}

fn prepare(file: &SourceFile) -> Prepared {
    match article::parse(&file.name, &file.bytes) {
        Ok(mut parsed) => {
            let text = parsed.paragraphs.join("\n\n");
            let timexes = timex::tag(&text, parsed.published.map(Day::to_naive));
            warn_of_wrong_weekdays(file, &text, &timexes, &mut parsed.warnings);
            warn_of_unsettled_figures(file, &text, &timexes, &mut parsed.warnings);
            Prepared {
                parsed: Ok(parsed),
                text,
                timexes,
            }
        }
        Err(skip) => Prepared {
            parsed: Err(skip),
            text: String::new(),
            timexes: Vec::new(),
        },
    }
}

/// "Police clash with protesters in Paris on May 1, 2025" over an undated
/// lede that says "on Thursday": a headline's full date, with its year,
/// dates the story's main event where the lede's own words allow it. Not
/// for an article with a date line, whose lede is read against that.
fn date_from_headline(parsed: &ParsedArticle, drafts: &mut [Draft]) {
    if parsed.published.is_some() || parsed.title_derived {
        return;
    }
    let Some(main) = drafts.iter_mut().find(|d| d.is_main) else {
        return;
    };
    let title = &parsed.title;
    let named = timex::tag(title, None).into_iter().find_map(|t| {
        let day = Day::parse(&t.value).ok().filter(|_| t.value.len() == 10)?;
        Some((day, &title[t.start..t.end]))
    });
    if let Some((day, written)) = named {
        let c = Constraint::day(
            day,
            crate::model::Evidence::new(
                crate::model::DateSource::Text,
                "headline",
                &format!("'{written}' in the headline"),
            ),
        );
        if let Some(both) = main.constraint.and(&c) {
            main.constraint = both;
        }
    }
}

/// "on Thursday, March 12" where 12 March was a Tuesday: the text
/// contradicts itself. The date is kept (a weekday is the likelier slip),
/// and the build says so, naming the line the expression is on.
fn warn_of_wrong_weekdays(
    file: &SourceFile,
    text: &str,
    timexes: &[Timex],
    warnings: &mut Vec<crate::model::Warning>,
) {
    for t in timexes {
        let written = &text[t.start..t.end];
        let Ok(day) = Day::parse(&t.value) else {
            continue;
        };
        let named = written.split(|c: char| !c.is_alphabetic()).find_map(|w| {
            Weekday::ALL
                .iter()
                .find(|d| d.name().eq_ignore_ascii_case(w))
        });
        let Some(&named) = named else {
            continue;
        };
        if named == day.weekday() {
            continue;
        }
        warnings.push(crate::model::Warning {
            file: file.name.clone(),
            line: line_of(file, written),
            message: format!(
                "'{written}': {} is a {}, not a {}; the date is kept, the weekday is not",
                day.medium(),
                day.weekday().name(),
                named.name()
            ),
        });
    }
}

/// The line in the file where `written` first stands, or else 1.
fn line_of(file: &SourceFile, written: &str) -> u32 {
    let raw = String::from_utf8_lossy(&file.bytes);
    raw.find(written)
        .map_or(1, |at| 1 + raw[..at].matches('\n').count() as u32)
}

/// "3/4/2024" in an article whose other dates do not show its order: the
/// date is either day ([`crate::dating::figures`]), and the build says
/// so, so that an editor can pin the one meant.
fn warn_of_unsettled_figures(
    file: &SourceFile,
    text: &str,
    timexes: &[Timex],
    warnings: &mut Vec<crate::model::Warning>,
) {
    for t in timexes.iter().filter(|t| t.kind == TimexType::Date) {
        let written = &text[t.start..t.end];
        let Some(year) = t.value.get(..4).and_then(|y| y.parse().ok()) else {
            continue;
        };
        if let Some(Settled::Either(a, b)) = crate::dating::figures::settle(written, year, text) {
            warnings.push(crate::model::Warning {
                file: file.name.clone(),
                line: line_of(file, written),
                message: format!(
                    "'{written}' could be {} or {}: nothing in the article says which number is the month; dated as either",
                    a.medium(),
                    b.medium()
                ),
            });
        }
    }
}

/// The files' preparations, in the order given, made on worker threads
/// while the caller reads them: the ordered pass over one article overlaps
/// the preparation of the next ones instead of waiting for all of them.
/// Each worker takes the next file not yet taken, so long and short articles
/// even out; one core is left to the reader, which is the longer part.
struct Preparations<'a> {
    received: std::sync::mpsc::Receiver<(usize, Prepared)>,
    /// What arrived ahead of its turn, by position.
    early: FastMap<usize, Prepared>,
    next: usize,
    _files: std::marker::PhantomData<&'a [SourceFile]>,
}

impl<'a> Preparations<'a> {
    fn start<'scope>(
        scope: &'scope std::thread::Scope<'scope, '_>,
        files: &'a [SourceFile],
        taken: &'a std::sync::atomic::AtomicUsize,
    ) -> Preparations<'a>
    where
        'a: 'scope,
    {
        use std::sync::atomic::Ordering;
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get().saturating_sub(1))
            .clamp(1, files.len().max(1));
        let (send, received) = std::sync::mpsc::channel();
        for _ in 0..workers {
            let send = send.clone();
            scope.spawn(move || loop {
                let i = taken.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else {
                    return;
                };
                // The reader stops early only by panicking; then the scope
                // reports that panic and this result is not wanted.
                if send.send((i, prepare(file))).is_err() {
                    return;
                }
            });
        }
        Preparations {
            received,
            early: FastMap::default(),
            next: 0,
            _files: std::marker::PhantomData,
        }
    }
}

impl Iterator for Preparations<'_> {
    type Item = Prepared;

    /// The next file's preparation; `None` only when the workers are gone,
    /// which before the last file means one panicked, and the enclosing
    /// scope then panics with it.
    fn next(&mut self) -> Option<Prepared> {
        let wanted = self.next;
        self.next += 1;
        if let Some(p) = self.early.remove(&wanted) {
            return Some(p);
        }
        while let Ok((i, p)) = self.received.recv() {
            if i == wanted {
                return Some(p);
            }
            self.early.insert(i, p);
        }
        None
    }
}

/// Extracts a corpus from article files, in the order given.
pub fn extract(files: Vec<SourceFile>) -> (Corpus, Index) {
    // Without pins there is nothing to refuse: the error case cannot occur.
    extract_with_pins(files, &[]).unwrap_or_default()
}

/// Extracts a corpus and applies an editor's pins. A pin for an article
/// that is not in the corpus is an error; a pinned date the text
/// contradicts is applied with a warning.
pub fn extract_with_pins(
    files: Vec<SourceFile>,
    pins: &[Pin],
) -> Result<(Corpus, Index), PinError> {
    let mut corpus = Corpus::default();
    let mut resolver = Resolver::new();
    let mut readings: Vec<Reading> = Vec::new();
    // Whitespace-normalised content of each article read so far, to its id:
    // a feed that delivers a story twice must not show it as two reports.
    let mut seen: FastMap<String, String> = FastMap::default();
    // Topics are counted as each article is read, in reading order.
    let mut topics = Topics::default();
    let taken = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let prepared = Preparations::start(scope, &files, &taken);
        for (
            file,
            Prepared {
                parsed,
                text,
                timexes,
            },
        ) in files.iter().zip(prepared)
        {
            let parsed = match parsed {
                Ok(mut parsed) => {
                    file.meta.place_warnings(&mut parsed.warnings);
                    corpus.warnings.append(&mut parsed.warnings);
                    if let Some(title) = &file.meta.title {
                        parsed.title.clone_from(title);
                        parsed.title_derived = false;
                    }
                    parsed
                }
                Err(mut skip) => {
                    file.meta.place_warnings(&mut skip.warnings);
                    corpus.warnings.append(&mut skip.warnings);
                    corpus.skipped.push(Skipped {
                        file: file.name.clone(),
                        reason: skip.reason,
                    });
                    continue;
                }
            };
            match seen.entry(content_key(&parsed)) {
                Entry::Occupied(first) => {
                    corpus.skipped.push(Skipped {
                        file: file.name.clone(),
                        reason: format!("duplicate of {}", first.get()),
                    });
                    continue;
                }
                Entry::Vacant(slot) => {
                    slot.insert(file.stem().to_string());
                }
            }
            // Tokens, folded words and sentences, once for all the readers.
            let analysis = Analysis::new(&text);
            let mut mentions = entities::recognize::recognize_analysed(&analysis, &resolver);
            place_the_dateline(&text, &mut mentions);
            let entity_of = resolver
                .add(&text, &mentions)
                .into_iter()
                .map(|e| e as u32)
                .collect();
            let frames = events::frames_analysed(&analysis, &mentions);
            topics.add(&analysis);
            drop(analysis);
            let article = readings.len() as u32;
            let mut drafts = drafts::drafts(
                article,
                &text,
                &mentions,
                &frames,
                &timexes,
                reference_of(&parsed),
            );
            date_from_headline(&parsed, &mut drafts);
            readings.push(Reading {
                url: file.meta.url.clone(),
                id: file.stem().to_string(),
                file: file.name.clone(),
                parsed,
                text,
                mentions,
                entity_of,
                frames,
                drafts,
            });
        }
    });

    apply_pins(&mut readings, pins, &mut corpus)?;
    // Pass 1: cluster what each article says on its own.
    // The articles each retells: an undated one, a dated one's; a dated
    // one, another outlet's of the same days.
    let alike = {
        let articles: Vec<[&str; 2]> = readings
            .iter()
            .map(|r| [&*r.parsed.title, &*r.text])
            .collect();
        let days: Vec<Option<i32>> = readings
            .iter()
            .map(|r| r.parsed.published.map(|d| d.0))
            .collect();
        twins::likeness(&articles, &days)
    };
    let mut clusters = cluster_all(&readings, resolver.entities(), &alike);
    // Pass 2: an undated article whose main event another report dates is
    // read again against that day, for its secondary events.
    let mut reread = false;
    let main_clusters = main_clusters(&readings, &clusters);
    for r in 0..readings.len() {
        if readings[r].parsed.published.is_some() {
            continue;
        }
        let Some(day) = main_day(&clusters, &main_clusters[r]) else {
            continue;
        };
        let reading = &readings[r];
        // Its expressions as the first pass read them: with no date.
        let undated = timex::tag(&reading.text, None);
        if !told_within_its_week(reading, &undated) {
            continue;
        }
        let timexes = stable_timexes(&reading.text, day, &undated);
        let again = drafts::drafts(
            r as u32,
            &reading.text,
            &reading.mentions,
            &reading.frames,
            &timexes,
            Some(Reference::MainEvent(day)),
        );
        let reading = &mut readings[r];
        let main = reading.drafts.iter().find(|d| d.is_main).cloned();
        reading.drafts = again.into_iter().filter(|d| !d.is_main).collect();
        if let Some(main) = main {
            reading.drafts.insert(0, main);
        }
        reread = true;
    }
    // Pass 3: durations counted from anchor events other articles date, and
    // ledes placed relative to an event another article dates.
    let anchored = anchor_durations(&mut readings, &clusters)
        | anchors::anchor_references(&mut readings, &clusters);
    if reread || anchored {
        clusters = cluster_all(&readings, resolver.entities(), &alike);
    }

    corpus.entities = resolver
        .entities()
        .iter()
        .map(|e| Entity {
            kind: e.kind,
            name: e.name.clone(),
            aliases: e
                .aliases
                .iter()
                .filter(|a| **a != e.name)
                .cloned()
                .collect(),
            roles: e.roles.clone(),
        })
        .collect();

    let topics = topics.finish(TOPICS_PER_ARTICLE);
    build_corpus(&mut corpus, &readings, &clusters, topics);
    for pin in pins {
        if let (Some(url), Some(a)) = (
            &pin.url,
            corpus.articles.iter_mut().find(|a| a.id == pin.article),
        ) {
            a.url = Some(url.clone().into());
        }
    }
    let index = build_index(&corpus);
    fill_event_terms(&mut corpus, &index);
    Ok((corpus, index))
}

/// Each event's search terms: the stems of its sentence and of the names
/// and aliases of what it involves, as ids of `index`'s terms.
fn fill_event_terms(corpus: &mut Corpus, index: &Index) {
    let Corpus {
        events, entities, ..
    } = corpus;
    // Each distinct word is stemmed and looked up once, and each entity's
    // names read once, not once per event that involves it.
    let mut term_of: FastMap<String, Option<u32>> = FastMap::default();
    let mut add = |text: &str, terms: &mut Vec<u32>| {
        crate::search::tokens::scan(text, |key, _, _, _| {
            let term = match term_of.get(key) {
                Some(&term) => term,
                None => {
                    let term = index
                        .term(&crate::search::stem::stem(key))
                        .map(|t| t as u32);
                    term_of.insert(key.to_string(), term);
                    term
                }
            };
            terms.extend(term);
        });
    };
    let mut entity_terms: Vec<Option<Vec<u32>>> = vec![None; entities.len()];
    for event in events.iter_mut() {
        let mut terms: Vec<u32> = Vec::new();
        add(&event.summary, &mut terms);
        for &e in &event.involves {
            let (Some(entity), Some(slot)) =
                (entities.get(e as usize), entity_terms.get_mut(e as usize))
            else {
                continue;
            };
            let names = slot.get_or_insert_with(|| {
                let mut names = Vec::new();
                add(&entity.name, &mut names);
                for alias in &entity.aliases {
                    add(alias, &mut names);
                }
                names
            });
            terms.extend_from_slice(names);
        }
        terms.sort_unstable();
        terms.dedup();
        event.terms = terms;
    }
}

/// A wire dateline's city ("BOLOGNA, Italy, May 18, 2023 — ") is a place,
/// whatever the recogniser made of a word in capitals it does not know (an
/// acronym, so an organisation); it is named as a place is written.
fn place_the_dateline(text: &str, mentions: &mut [Mention]) {
    let Some(dateline) = crate::article::dateline::wire(text) else {
        return;
    };
    for m in mentions.iter_mut() {
        if m.start == 0 && m.end == dateline.place.len() {
            if m.kind != EntityKind::Place {
                m.kind = EntityKind::Place;
                m.role = None;
            }
            // "NEWARK, N.J. (AP) —": a place the recogniser knew is named
            // as written elsewhere too, not in the dateline's capitals.
            if !m.surface.chars().any(char::is_lowercase) {
                m.surface = title_case(dateline.place);
            }
        }
    }
}

/// "SAN DIEGO" as "San Diego".
fn title_case(upper: &str) -> String {
    upper
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What makes two files the same article: the date line, title and text
/// with white space normalised (parsing already folds runs of white space,
/// line ends and boilerplate), so a re-saved or re-wrapped copy matches.
fn content_key(parsed: &ParsedArticle) -> String {
    let mut key = parsed.date_line.clone().unwrap_or_default();
    key.push('\n');
    key.push_str(&parsed.title);
    for paragraph in &parsed.paragraphs {
        key.push('\n');
        key.push_str(paragraph);
    }
    key
}

/// Pins dates and headlines onto the articles' main drafts.
fn apply_pins(readings: &mut [Reading], pins: &[Pin], corpus: &mut Corpus) -> Result<(), PinError> {
    for pin in pins {
        let Some(reading) = readings.iter_mut().find(|r| r.id == pin.article) else {
            let skipped = corpus
                .skipped
                .iter()
                .find(|s| s.file.starts_with(&format!("{}.", pin.article)));
            return Err(PinError {
                file: pins::FILE_NAME.to_string(),
                line: pin.line,
                message: match skipped {
                    Some(s) => format!(
                        "pin for article {:?}, which was skipped: {}",
                        pin.article, s.reason
                    ),
                    None => format!(
                        "pin for article {:?}, which is not in the seeds folder",
                        pin.article
                    ),
                },
            });
        };
        if let Some(headline) = &pin.headline {
            reading.parsed.title.clone_from(headline);
            reading.parsed.title_derived = false;
        }
        let Some(day) = pin.date else { continue };
        let pinned = Constraint::day(
            day,
            Evidence::new(
                DateSource::Pin,
                "pin",
                &format!(
                    "pinned by an editor: {} (line {})",
                    pins::FILE_NAME,
                    pin.line
                ),
            ),
        );
        if let Some(main) = reading.drafts.iter_mut().find(|d| d.is_main) {
            if main.constraint.and(&pinned).is_none() {
                corpus.warnings.push(crate::model::Warning {
                    file: pins::FILE_NAME.to_string(),
                    line: pin.line,
                    message: format!(
                        "the pinned date {} for {} contradicts the text ({}: {}); the pin is applied",
                        day,
                        pin.article,
                        main.constraint.span().label(),
                        main.constraint.evidence.iter().map(|e| &*e.text).collect::<Vec<_>>().join("; ")
                    ),
                });
            }
            main.constraint = pinned;
        }
    }
    Ok(())
}

/// The flat list of drafts across articles, in reading order.
fn all_drafts(readings: &[Reading]) -> Vec<(usize, usize)> {
    readings
        .iter()
        .enumerate()
        .flat_map(|(r, reading)| (0..reading.drafts.len()).map(move |d| (r, d)))
        .collect()
}

fn member_of(
    reading: &Reading,
    draft: &Draft,
    kinds: &[entities::Entity],
    regions: &[Option<u32>],
    constraint: Constraint,
    words: &mut story::Vocabulary,
    alike: &[Vec<(u32, f32)>],
) -> Member {
    let mut people = Vec::new();
    let mut others = Vec::new();
    // Each side as its entity and that entity's kind.
    let sides: Vec<(u32, EntityKind)> = draft
        .participants
        .iter()
        .filter_map(|p| {
            let id = *reading.entity_of.get(*p)?;
            Some((id, kinds.get(id as usize)?.kind))
        })
        .collect();
    // A country is a side beside a body or person that acts with it
    // ("Nigeria and the EU signed"), or beside another country ("Kenya
    // and Ethiopia struck a deal", "Japan beat England"), but not beside
    // a city that lies in it ("Kampala, Uganda"). One place alone, which
    // the frame took for lack of anyone else, is more often where than
    // who.
    let places: Vec<u32> = sides
        .iter()
        .filter(|(_, kind)| *kind == EntityKind::Place)
        .map(|&(id, _)| id)
        .collect();
    let within = |p: u32| {
        regions
            .get(p as usize)
            .copied()
            .flatten()
            .is_some_and(|r| places.contains(&r))
    };
    let acting = (places.len() >= 2 && !places.iter().any(|&p| within(p)))
        || sides.iter().any(|(_, kind)| *kind != EntityKind::Place);
    for &(id, kind) in &sides {
        let target = match kind {
            EntityKind::Person => &mut people,
            EntityKind::Organization => &mut others,
            EntityKind::Place if acting => &mut others,
            EntityKind::Place => continue,
        };
        if !target.contains(&id) {
            target.push(id);
        }
    }
    let place = draft.place.and_then(|p| reading.entity_of.get(p).copied());
    Member {
        article: draft.article,
        kind: draft.kind,
        people,
        others,
        place,
        region: place.and_then(|p| regions.get(p as usize).copied().flatten()),
        constraint,
        story: story_of(reading, draft, words),
        repeat: story::tells_a_repeat(&draft.sentence),
        stage: match draft.kind {
            EventKind::Ruling => story::court_stage(&draft.sentence),
            EventKind::Arrest => story::custody_stage(&draft.sentence),
            _ => None,
        },
        score: (draft.kind == EventKind::Match)
            .then(|| story::score(&draft.sentence))
            .flatten(),
        hazard: (draft.kind == EventKind::Disaster)
            .then(|| story::hazard(&draft.sentence))
            .flatten(),
        main: draft.is_main,
        twins: if draft.is_main {
            alike
                .get(draft.article as usize)
                .cloned()
                .unwrap_or_default()
        } else {
            Vec::new()
        },
    }
}

/// The story terms of a draft's sentence, its names left out.
fn story_of(reading: &Reading, draft: &Draft, words: &mut story::Vocabulary) -> Vec<u32> {
    let range = &draft.range;
    let Some(sentence) = reading.text.get(range.clone()) else {
        return Vec::new();
    };
    let names: Vec<std::ops::Range<usize>> = reading
        .mentions
        .iter()
        .filter(|m| range.start <= m.start && m.end <= range.end)
        .map(|m| m.start - range.start..m.end - range.start)
        .collect();
    words.terms(sentence, &names)
}

/// For each entity, given as (name, kind), the entity of the country it
/// lies in ("Lisbon" → "Portugal", [`entities::gazetteer::country_of`])
/// where the corpus names that country too.
fn regions<'a>(entities: impl Iterator<Item = (&'a str, EntityKind)> + Clone) -> Vec<Option<u32>> {
    let places: FastMap<&str, u32> = entities
        .clone()
        .enumerate()
        .filter(|(_, (_, kind))| *kind == EntityKind::Place)
        .map(|(id, (name, _))| (name, id as u32))
        .collect();
    entities
        .map(|(name, kind)| {
            let country = (kind == EntityKind::Place)
                .then(|| entities::gazetteer::country_of(name))
                .flatten()?;
            places.get(country).copied()
        })
        .collect()
}

/// Clusters every draft: first those dated on their own, then those dated
/// relative to their article's main event, once that event's cluster is
/// known.
fn cluster_all(
    readings: &[Reading],
    kinds: &[entities::Entity],
    alike: &[Vec<(u32, f32)>],
) -> Vec<(Cluster, Vec<(usize, usize)>)> {
    let order = all_drafts(readings);
    let regions = regions(kinds.iter().map(|e| (e.name.as_str(), e.kind)));
    let mut words = story::Vocabulary::default();
    let independent: Vec<(usize, usize)> = order
        .iter()
        .copied()
        .filter(|&(r, d)| readings[r].drafts[d].relative.is_none())
        .collect();
    let members: Vec<Member> = independent
        .iter()
        .map(|&(r, d)| {
            member_of(
                &readings[r],
                &readings[r].drafts[d],
                kinds,
                &regions,
                readings[r].drafts[d].constraint.clone(),
                &mut words,
                alike,
            )
        })
        .collect();
    let first = cluster(&members);
    // Each relative draft takes its main event's cluster constraint, shifted.
    // The first cluster holding each article's main draft, found in one pass
    // rather than by a scan of every cluster per relative draft (which was
    // quadratic in the corpus).
    let mut main_cluster: Vec<Option<usize>> = vec![None; readings.len()];
    for (ci, c) in first.iter().enumerate() {
        for &m in &c.members {
            let (r, d) = independent[m];
            if readings[r].drafts[d].is_main && main_cluster[r].is_none() {
                main_cluster[r] = Some(ci);
            }
        }
    }
    let main_constraint = |article: usize| -> Option<Constraint> {
        main_cluster[article].map(|ci| first[ci].constraint.clone())
    };
    // The independent drafts keep their places; the relative ones follow.
    let mut all_members = members;
    let mut all_refs = independent.clone();
    for &(r, d) in order
        .iter()
        .filter(|&&(r, d)| readings[r].drafts[d].relative.is_some())
    {
        let draft = &readings[r].drafts[d];
        let Some(relative) = &draft.relative else {
            continue;
        };
        let shifted = main_constraint(r)
            .map(|c| {
                shift(
                    &c,
                    relative.offset,
                    relative.evidence.clone(),
                    "the main event",
                )
            })
            .unwrap_or_else(|| Constraint {
                evidence: vec![relative.evidence.clone()],
                ..Constraint::none()
            });
        // "The trial opened on Monday. He was arrested three days later"
        // in a report of that Monday: counted from the main event, the
        // day contradicts what the sentence itself says (here, that it
        // was no later than the report), so the count is from something
        // else and the draft keeps only what its own sentence says.
        let constraint = shifted.and(&draft.constraint).unwrap_or_else(|| {
            let mut own = draft.constraint.clone();
            own.evidence.insert(
                0,
                Evidence::new(
                    DateSource::Text,
                    "relative-to-main-event",
                    &format!(
                        "{}: not used, as it contradicts the sentence's own date or the report's",
                        relative.evidence.text
                    ),
                ),
            );
            own
        });
        all_members.push(member_of(
            &readings[r],
            draft,
            kinds,
            &regions,
            constraint,
            &mut words,
            alike,
        ));
        all_refs.push((r, d));
    }
    cluster(&all_members)
        .into_iter()
        .map(|c| {
            let refs = c.members.iter().map(|&m| all_refs[m]).collect();
            (c, refs)
        })
        .collect()
}

/// A constraint moved by `offset` days; its evidence becomes one sentence
/// naming the date counted from (`from`: "the main event") and the
/// relation.
fn shift(c: &Constraint, offset: i32, why: Evidence, from: &str) -> Constraint {
    let label = c.span().label();
    Constraint {
        evidence: vec![Evidence {
            text: format!("{} ({from}: {label})", why.text).into(),
            ..why
        }],
        ..c.moved(offset)
    }
}

/// Per article, the clusters holding one of its main drafts, in cluster
/// order: built once so that looking up an article's main event does not
/// scan every cluster (quadratic over a large corpus).
fn main_clusters(
    readings: &[Reading],
    clusters: &[(Cluster, Vec<(usize, usize)>)],
) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); readings.len()];
    for (ci, (_, refs)) in clusters.iter().enumerate() {
        for &(r, d) in refs {
            if readings[r].drafts[d].is_main && out[r].last() != Some(&ci) {
                out[r].push(ci);
            }
        }
    }
    out
}

/// The exact day of an article's main event, if its cluster has one;
/// `holding` are the clusters holding the article's main draft
/// ([`main_clusters`]).
fn main_day(clusters: &[(Cluster, Vec<(usize, usize)>)], holding: &[usize]) -> Option<Day> {
    holding.iter().find_map(|&ci| {
        let span = clusters[ci].0.constraint.span();
        span.is_exact().then_some(span.earliest).flatten()
    })
}

/// Whether an undated article tells its main event as news of its week:
/// its lede gives a weekday or no time at all. One that says "last month"
/// or "in March" was written later, by how much it does not say, so its
/// main event's day is no reference for its other weekdays. `undated`:
/// the article's expressions read with no date.
fn told_within_its_week(reading: &Reading, undated: &[Timex]) -> bool {
    let Some(main) = reading.drafts.iter().find(|d| d.is_main) else {
        return false;
    };
    undated
        .iter()
        .filter(|t| main.range.start <= t.start && t.end <= main.range.end)
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .all(|t| t.value.starts_with("XXXX-WXX-"))
}

/// Date expressions read against `day` and against three days later, kept
/// where both readings agree: the report may postdate its main event, and
/// what depends on how much later ("yesterday", or "on Wednesday" after a
/// Friday) is read as with no date at all (a Wednesday, week unknown)
/// rather than dropped, which would lose the event it dates. `undated`:
/// the text's expressions read with no date.
fn stable_timexes(text: &str, day: Day, undated: &[Timex]) -> Vec<Timex> {
    let a = timex::tag(text, Some(day.to_naive()));
    let b = timex::tag(text, Some((day + 3).to_naive()));
    // "a safety net for the coming winter": a report of its week tells
    // nothing that happened more than a week after its main event, so a
    // reading that starts later is a plan or a hope, no date of an event.
    let ahead = |t: &Timex| {
        matches!(
            crate::dating::value::interpret(&t.value, t.modifier),
            crate::dating::value::Reading::Interval(start, _) if start > day + 7
        )
    };
    a.into_iter()
        .filter_map(|t| {
            if b.contains(&t) && !ahead(&t) {
                return Some(t);
            }
            undated
                .iter()
                .find(|u| u.start == t.start && u.end == t.end)
                .cloned()
        })
        .collect()
}

/// Counts owned durations ("Hamas’ 471-day struggle") from the earliest
/// dated attack by the same owner that any article reports, as a lower
/// bound on the article's main event. Returns whether any bound was added.
fn anchor_durations(readings: &mut [Reading], clusters: &[(Cluster, Vec<(usize, usize)>)]) -> bool {
    let mut added = false;
    for r in 0..readings.len() {
        let mut bounds: Vec<Constraint> = Vec::new();
        for draft in &readings[r].drafts {
            for owned in &draft.durations {
                let Some(&owner) = readings[r].entity_of.get(owned.owner) else {
                    continue;
                };
                // The earliest attack with an exact day whose report names
                // the owner in the same sentence.
                let named_in = |refs: &[(usize, usize)]| {
                    refs.iter().any(|&(ar, ad)| {
                        let reading = &readings[ar];
                        let range = &reading.drafts[ad].range;
                        reading
                            .mentions
                            .iter()
                            .zip(&reading.entity_of)
                            .any(|(m, &id)| {
                                id == owner && m.start >= range.start && m.end <= range.end
                            })
                    })
                };
                let anchor = clusters
                    .iter()
                    .filter(|(c, refs)| c.kind == EventKind::Attack && named_in(refs))
                    .filter_map(|(c, refs)| {
                        let span = c.constraint.span();
                        let day = span.earliest.filter(|_| span.is_exact())?;
                        let (ar, ad) = refs.first()?;
                        Some((
                            day,
                            readings[*ar].id.clone(),
                            readings[*ar].drafts[*ad].sentence.clone(),
                        ))
                    })
                    .min_by_key(|(day, _, _)| *day);
                let Some((start, source, sentence)) = anchor else {
                    continue;
                };
                let not_before = start + (owned.days - 1);
                let quote: String = sentence.chars().take(90).collect();
                bounds.push(Constraint::after(
                    not_before,
                    Evidence::new(
                        DateSource::OtherArticle,
                        "anchored-duration",
                        &format!(
                            "'{}' counted from {} ('{}…' in {source}): not before {}",
                            owned.quote,
                            start.medium(),
                            quote.trim_end(),
                            not_before.medium()
                        ),
                    ),
                ));
            }
        }
        if let Some(main) = readings[r].drafts.iter_mut().find(|d| d.is_main) {
            for bound in bounds {
                if let Some(joined) = main.constraint.and(&bound) {
                    if joined != main.constraint {
                        main.constraint = joined;
                        added = true;
                    }
                }
            }
        }
    }
    added
}

/// Fills the corpus's events and articles from the clusters.
fn build_corpus(
    corpus: &mut Corpus,
    readings: &[Reading],
    clusters: &[(Cluster, Vec<(usize, usize)>)],
    topics: Vec<Vec<String>>,
) {
    // Events in date order (first day, then last day; undated last),
    // stable by first report: the order queries list them in, so that the
    // browser need not sort by date.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&i| {
        // The span's ends without building the span (which copies the evidence).
        let (earliest, latest) = clusters[i].0.constraint.tight();
        (
            crate::order::span_key(earliest.map(|d| d.0), latest.map(|d| d.0)),
            i,
        )
    });
    let mut main_event: Vec<Option<u32>> = vec![None; readings.len()];
    for (event_index, &ci) in order.iter().enumerate() {
        let (c, refs) = &clusters[ci];
        // The primary source: the member whose article has a date line, else the first.
        let primary = refs
            .iter()
            .find(|&&(r, _)| readings[r].parsed.published.is_some())
            .or(refs.first())
            .copied();
        let Some((pr, pd)) = primary else { continue };
        let primary_draft = &readings[pr].drafts[pd];
        let main_of_primary = primary_draft.is_main;
        // A report that is about this event (its main event) has the best
        // headline: the dated report's when it is, else another's title,
        // else the dated report's sentence ("Witkoff met Netanyahu" told in
        // passing by one outlet, under its own headline by another).
        let titled = refs
            .iter()
            .find(|&&(r, d)| readings[r].drafts[d].is_main && !readings[r].parsed.title_derived);
        let headline = if main_of_primary {
            readings[pr].parsed.title.clone()
        } else if let Some(&(r, _)) = titled {
            readings[r].parsed.title.clone()
        } else {
            article::headline_from_lede(&primary_draft.sentence)
        };
        let mut articles: Vec<u32> = Vec::new();
        let mut event_topics: Vec<String> = Vec::new();
        for &(r, d) in refs {
            if !articles.contains(&(r as u32)) {
                articles.push(r as u32);
            }
            if readings[r].drafts[d].is_main {
                main_event[r] = Some(event_index as u32);
                for t in topics.get(r).into_iter().flatten() {
                    if !event_topics.contains(t) {
                        event_topics.push(t.clone());
                    }
                }
            }
        }
        // The primary source first.
        articles.sort_by_key(|&a| (a as usize != pr, a));
        let mut participants: Vec<u32> = c.people.clone();
        participants.extend(c.others.iter().copied());
        let venue = refs
            .iter()
            .find_map(|&(r, d)| readings[r].drafts[d].venue.clone());
        let mut date = c.constraint.span();
        if refs.len() > 1 {
            // Say which report each piece of evidence came from.
            for e in &mut date.evidence {
                if let Some(&(r, _)) = refs
                    .iter()
                    .find(|&&(r, d)| readings[r].drafts[d].constraint.evidence.contains(e))
                {
                    e.text = format!("{} ({})", e.text, readings[r].id).into();
                }
            }
        }
        if !date.is_dated()
            && date.weekday.is_none()
            && date.month_day.is_none()
            && date.evidence.is_empty()
        {
            date.evidence.push(Evidence::new(
                DateSource::None,
                "undated",
                "no date line, and no date in the text that can be trusted",
            ));
        }
        corpus.events.push(Event {
            id: format!("e{event_index}").into(),
            kind: c.kind.as_str().into(),
            headline: headline.into(),
            date,
            participants,
            place: c.place,
            venue,
            articles,
            topics: event_topics
                .iter()
                .take(TOPICS_PER_ARTICLE)
                .map(|t| Arc::from(t.as_str()))
                .collect(),
            summary: primary_draft.sentence.clone().into(),
            involves: Vec::new(),
            terms: Vec::new(),
        });
    }

    for (r, reading) in readings.iter().enumerate() {
        let event = main_event[r];
        let mut date = event
            .and_then(|e| corpus.events.get(e as usize))
            .map_or_else(DateSpan::unknown, |e| e.date.clone());
        // Evidence another article contributed is marked as such here.
        for e in &mut date.evidence {
            if !e.text.ends_with(&format!("({})", reading.id))
                && e.text.ends_with(')')
                && e.source != DateSource::OtherArticle
            {
                e.source = DateSource::OtherArticle;
            }
        }
        // The article's date came from another report when its own words
        // allow more than the event's merged date says.
        if let Some(own) = reading.drafts.iter().find(|d| d.is_main) {
            let own = own.constraint.span();
            let same = own.earliest == date.earliest
                && own.latest == date.latest
                && own.weekday == date.weekday
                && own.month_day == date.month_day;
            date.source = if same {
                own.source
            } else {
                DateSource::OtherArticle
            };
        }
        // Entities by how often the article names them.
        let mut counts: Vec<(u32, usize)> = Vec::new();
        for &id in &reading.entity_of {
            match counts.iter_mut().find(|(e, _)| *e == id) {
                Some(slot) => slot.1 += 1,
                None => counts.push((id, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        corpus.articles.push(Article {
            id: reading.id.clone().into(),
            file: reading.file.clone().into(),
            title: reading.parsed.title.clone().into(),
            title_derived: reading.parsed.title_derived,
            published: reading.parsed.published,
            url: reading.url.clone().map(Text::from),
            paragraphs: reading.parsed.paragraphs.clone().into(),
            date,
            entities: counts.into_iter().map(|(e, _)| e).collect(),
            topics: topics
                .get(r)
                .into_iter()
                .flatten()
                .map(|t| Arc::from(t.as_str()))
                .collect(),
            event,
        });
    }
    fill_involves(corpus);
    // The date line itself is evidence for a dated article even when its
    // main event was dated by the text.
    for (a, reading) in corpus.articles.iter_mut().zip(readings) {
        if let (Some(day), Some(line)) = (reading.parsed.published, &reading.parsed.date_line) {
            if a.date.evidence.iter().all(|e| &*e.rule != "date-line") {
                let how = if reading.parsed.updated_only {
                    "updated"
                } else {
                    "dated"
                };
                a.date.evidence.push(Evidence::new(
                    DateSource::DateLine,
                    "date-line",
                    &format!("report {how} {}: '{line}'", day.medium()),
                ));
            }
        }
    }
}

/// Each event's involved entities (see [`crate::model::Event::involves`]),
/// computed here once rather than by every browser at start-up: with its
/// place, the country the place lies in.
fn fill_involves(corpus: &mut Corpus) {
    let regions = regions(corpus.entities.iter().map(|e| (e.name.as_str(), e.kind)));
    let involves: Vec<Vec<u32>> = corpus
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let mut ids: Vec<u32> = event.participants.clone();
            ids.extend(event.place);
            // An event in Istanbul is found under Türkiye too.
            ids.extend(
                event
                    .place
                    .and_then(|p| regions.get(p as usize).copied().flatten()),
            );
            let summary = crate::fold::fold(&event.summary);
            for article in event
                .articles
                .iter()
                .filter_map(|&a| corpus.articles.get(a as usize))
            {
                if article.event == Some(index as u32) {
                    ids.extend(&article.entities);
                } else {
                    ids.extend(article.entities.iter().copied().filter(|&e| {
                        corpus.entities.get(e as usize).is_some_and(|x| {
                            std::iter::once(&x.name)
                                .chain(&x.aliases)
                                .any(|n| summary.contains(&crate::fold::fold(n)))
                        })
                    }));
                }
            }
            crate::order::sort_ids(&mut ids);
            ids
        })
        .collect();
    for (event, ids) in corpus.events.iter_mut().zip(involves) {
        event.involves = ids;
    }
}

/// Indexes each article's title, text, entity names with aliases, and topics.
pub fn build_index(corpus: &Corpus) -> Index {
    let docs: Vec<IndexDoc<'_>> = corpus
        .articles
        .iter()
        .map(|a| {
            let mut names: Vec<&str> = Vec::new();
            for e in a
                .entities
                .iter()
                .filter_map(|&e| corpus.entities.get(e as usize))
            {
                names.push(&e.name);
                names.extend(e.aliases.iter().map(String::as_str));
            }
            names.extend(a.topics.iter().map(|t| &**t));
            IndexDoc {
                title: &a.title,
                body: a.paragraphs.iter().collect(),
                names,
            }
        })
        .collect();
    Index::build(&docs)
}
