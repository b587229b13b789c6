//! The corpus as the timeline sees it: articles, events, entities, and dates
//! that say how sure they are.
//!
//! Every date is a [`DateSpan`]: an interval of days (either end may be
//! open), a [`Precision`], and the [`Evidence`] that produced it. An article
//! with no date line and no usable clue has `DateSpan::unknown()`; nothing in
//! the model forces a made-up day.
//!
//! ```
//! use news_timeline::civil::Day;
//! use news_timeline::model::{DateSpan, DateSource, Evidence, Precision};
//! let day = Day::parse("2024-04-20").unwrap();
//! let span = DateSpan::exact(day, Evidence::new(DateSource::DateLine, "date-line", "date 2024-04-20"));
//! assert_eq!(span.precision, Precision::Day);
//! assert!(DateSpan::unknown().earliest.is_none());
//! ```

use crate::civil::{Day, MonthDay, Weekday};
use std::sync::Arc;

mod paragraphs;

pub use paragraphs::Paragraphs;

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    /// Wider than a year, or only bounded on one side, or not at all.
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }

    pub fn from_index(n: u32) -> Precision {
        match n {
            0 => Precision::Day,
            1 => Precision::Week,
            2 => Precision::Month,
            3 => Precision::Year,
            _ => Precision::Unknown,
        }
    }

    /// The precision an interval of `days` days (inclusive) can honestly claim.
    pub fn for_width(days: i32) -> Precision {
        match days {
            1 => Precision::Day,
            2..=7 => Precision::Week,
            8..=31 => Precision::Month,
            32..=366 => Precision::Year,
            _ => Precision::Unknown,
        }
    }
}

/// Where a date came from, in order of authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateSource {
    /// An editor pinned it in `timeline.toml`.
    Pin,
    /// The article's ` date YYYY-MM-DD` header line.
    DateLine,
    /// Reasoning from the article's own text.
    Text,
    /// Reasoning from another article (a merged report, an anchor event).
    OtherArticle,
    /// Nothing dates it.
    None,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Pin => "pin",
            DateSource::DateLine => "date-line",
            DateSource::Text => "text",
            DateSource::OtherArticle => "other-article",
            DateSource::None => "none",
        }
    }

    pub fn from_index(n: u32) -> DateSource {
        match n {
            0 => DateSource::Pin,
            1 => DateSource::DateLine,
            2 => DateSource::Text,
            3 => DateSource::OtherArticle,
            _ => DateSource::None,
        }
    }
}

/// One reason behind a date: the rule that fired and the words it read.
///
/// The strings are shared (`Arc<str>`): the same few rule names and many
/// repeated sentences stand behind most dates, and the browser decodes each
/// once instead of once per date (see `store`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub source: DateSource,
    /// A short rule name, e.g. `date-line`, `weekday-before-publication`.
    pub rule: Arc<str>,
    /// A human sentence quoting the text, e.g. `'on Saturday', report dated 20 April 2024`.
    pub text: Arc<str>,
}

impl Evidence {
    pub fn new(source: DateSource, rule: &str, text: &str) -> Evidence {
        Evidence {
            source,
            rule: rule.into(),
            text: text.into(),
        }
    }
}

/// The most authoritative source among some evidence (`None` for none).
pub fn most_authoritative(evidence: &[Evidence]) -> DateSource {
    evidence
        .iter()
        .map(|e| e.source)
        .min()
        .unwrap_or(DateSource::None)
}

/// An interval of days with its precision and evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    pub earliest: Option<Day>,
    pub latest: Option<Day>,
    pub precision: Precision,
    /// A weekday the text names, kept even when no week is known
    /// ("on Saturday" with no date line).
    pub weekday: Option<Weekday>,
    /// A month and day the text names without a year ("on March 3" with
    /// no date line), kept while the year is unknown.
    pub month_day: Option<MonthDay>,
    /// Where the date came from: the most authoritative evidence, or
    /// another article when a twin report settled it.
    pub source: DateSource,
    pub evidence: Vec<Evidence>,
}

impl DateSpan {
    /// No date at all.
    pub fn unknown() -> DateSpan {
        DateSpan {
            earliest: None,
            latest: None,
            precision: Precision::Unknown,
            weekday: None,
            month_day: None,
            source: DateSource::None,
            evidence: Vec::new(),
        }
    }

    pub fn exact(day: Day, evidence: Evidence) -> DateSpan {
        DateSpan {
            earliest: Some(day),
            latest: Some(day),
            precision: Precision::Day,
            weekday: None,
            month_day: None,
            source: evidence.source,
            evidence: vec![evidence],
        }
    }

    /// An interval whose precision follows from its width.
    pub fn between(
        earliest: Option<Day>,
        latest: Option<Day>,
        evidence: Vec<Evidence>,
    ) -> DateSpan {
        let precision = match (earliest, latest) {
            (Some(a), Some(b)) => Precision::for_width(b.0 - a.0 + 1),
            _ => Precision::Unknown,
        };
        DateSpan {
            earliest,
            latest,
            precision,
            weekday: None,
            month_day: None,
            source: most_authoritative(&evidence),
            evidence,
        }
    }

    /// A sentence for a span that says exactly as much as it knows.
    pub fn label(&self) -> String {
        let span = self;
        let day = match (span.weekday, span.month_day) {
            (Some(w), Some(md)) => [w.name(), " ", &md.label(), ", "].concat(),
            (Some(w), None) => ["a ", w.name(), ", "].concat(),
            (None, Some(md)) => [&md.label(), ", "].concat(),
            (None, None) => String::new(),
        };
        match (span.earliest, span.latest) {
            (Some(a), Some(b)) if a == b => a.long(),
            (Some(a), Some(b)) => [&day, "between ", &a.medium(), " and ", &b.medium()].concat(),
            (Some(a), None) => [&day, "on or after ", &a.medium()].concat(),
            (None, Some(b)) => [&day, "on or before ", &b.medium()].concat(),
            (None, None) if span.month_day.is_some() => day + "year unknown",
            (None, None) if span.weekday.is_some() => day + "week unknown",
            (None, None) => "undated".to_string(),
        }
    }

    /// Whether the span pins one day.
    pub fn is_exact(&self) -> bool {
        self.earliest.is_some() && self.earliest == self.latest
    }

    /// Whether the span says anything at all about when.
    pub fn is_dated(&self) -> bool {
        self.earliest.is_some() || self.latest.is_some()
    }

    /// Where this date came from: the source of its first evidence.
    pub fn source(&self) -> DateSource {
        self.source
    }

    /// Whether the span overlaps the window `[from, to]` (open ends match all).
    pub fn overlaps(&self, from: Option<Day>, to: Option<Day>) -> bool {
        let starts_before_end = match (self.earliest, to) {
            (Some(e), Some(t)) => e <= t,
            _ => true,
        };
        let ends_after_start = match (self.latest, from) {
            (Some(l), Some(f)) => l >= f,
            _ => true,
        };
        starts_before_end && ends_after_start
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
    }

    pub fn from_index(n: u32) -> EntityKind {
        match n {
            0 => EntityKind::Person,
            1 => EntityKind::Place,
            _ => EntityKind::Organization,
        }
    }
}

/// A person, place or organisation under its canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    pub name: String,
    /// Every other form the articles used (`Erdogan`, `President Erdoğan`).
    pub aliases: Vec<String>,
    /// Roles the text gave (`Foreign Minister`).
    pub roles: Vec<String>,
}

/// A string of the corpus: owned where extraction makes it, borrowed from
/// the embedded bytes where the module's decoder reads it. Start-up
/// decodes every event and article; an allocation and a copy for each of
/// their names and headlines was a third of the allocations it made.
pub type Text = std::borrow::Cow<'static, str>;

/// One source article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The file stem, unique within the corpus.
    pub id: Text,
    /// The file name as found in the seeds folder.
    pub file: Text,
    pub title: Text,
    /// Whether the title was derived from the lede rather than given.
    pub title_derived: bool,
    /// The date line's day, when the article had one.
    pub published: Option<Day>,
    /// Source URL, from an editor's pin.
    pub url: Option<Text>,
    /// Body paragraphs, boilerplate removed.
    pub paragraphs: Paragraphs,
    /// The date of the article's main event.
    pub date: DateSpan,
    /// Entity indices mentioned, most mentioned first.
    pub entities: Vec<u32>,
    /// Shared strings, as evidence's: a few hundred topics stand behind
    /// every article.
    pub topics: Vec<Arc<str>>,
    /// Index of the article's main event.
    pub event: Option<u32>,
}

/// Something that happened, reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable id: `e` followed by a number in the corpus's event order.
    pub id: Text,
    /// Shared, as evidence's strings: a dozen kinds for every event.
    pub kind: Arc<str>,
    pub headline: Text,
    pub date: DateSpan,
    /// Entity indices of the people and organisations taking part.
    pub participants: Vec<u32>,
    /// Entity index of the place.
    pub place: Option<u32>,
    /// A finer place the text names (`Dolmabahçe Office`).
    pub venue: Option<String>,
    /// Article indices reporting it; the first is the primary source.
    pub articles: Vec<u32>,
    pub topics: Vec<Arc<str>>,
    /// The sentence that reports it, from the first source.
    pub summary: Text,
    /// Entity indices the event involves, sorted: its participants and
    /// place (and the country the place lies in); for an article's main event everyone the article names; for
    /// a secondary event those its own sentence names. Filters and facets
    /// go by it; the build computes it.
    pub involves: Vec<u32>,
    /// Search terms (ids into the index's sorted terms) of the event's own
    /// sentence and of the names of what it involves, sorted: a secondary
    /// event answers a search through these. The build computes them, so
    /// that no browser stems every sentence on every keystroke.
    pub terms: Vec<u32>,
}

/// An input file that is not in the corpus, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

/// A problem the build noticed but worked around, naming the file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub line: u32,
    pub message: String,
}

/// Everything the build extracted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub entities: Vec<Entity>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}
