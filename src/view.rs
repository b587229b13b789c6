//! What queries return: plain, serialisable views of the corpus.
//!
//! The same structs serve the `news-timeline` command and the browser, both
//! as JSON written by [`crate::json`], so both speak one shape, which the
//! TypeScript declarations in `wasm.rs` describe.

use crate::json::{Json, ToJson};
use crate::model::{Corpus, DateSpan, EntityKind};
use crate::search::Segment;

/// A date as readers see it: ends as `YYYY-MM-DD`, precision, evidence, and
/// a sentence to show.
#[derive(Debug, Clone, PartialEq)]
pub struct DateView {
    pub earliest: Option<String>,
    pub latest: Option<String>,
    pub precision: &'static str,
    /// A weekday the text names, when the day itself may be unknown.
    pub weekday: Option<&'static str>,
    /// A month and day the text names without a year, as ISO 8601 writes
    /// them (`--03-03`), when the year is unknown.
    pub month_day: Option<String>,
    pub source: &'static str,
    pub evidence: Vec<String>,
    /// Days since 1970-01-01 of each end, for drawing.
    pub earliest_day: Option<i32>,
    pub latest_day: Option<i32>,
    /// A human description: "Saturday 20 April 2024", "between 1 and 31 January 2025", "undated".
    pub label: String,
}

impl DateView {
    pub fn of(span: &DateSpan) -> DateView {
        DateView {
            earliest: span.earliest.map(|d| d.to_string()),
            latest: span.latest.map(|d| d.to_string()),
            precision: span.precision.as_str(),
            weekday: span.weekday.map(|w| w.name()),
            month_day: span.month_day.map(|d| d.iso()),
            source: span.source().as_str(),
            evidence: span
                .evidence
                .iter()
                .map(|e| String::from(&*e.text))
                .collect(),
            earliest_day: span.earliest.map(|d| d.0),
            latest_day: span.latest.map(|d| d.0),
            label: span.label(),
        }
    }
}

/// An entity with its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityView {
    pub name: String,
    pub kind: &'static str,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventView {
    pub id: String,
    /// Position in the corpus's event list.
    pub index: u32,
    pub kind: String,
    pub headline: String,
    pub summary: String,
    pub date: DateView,
    pub participants: Vec<String>,
    pub place: Option<String>,
    pub venue: Option<String>,
    pub topics: Vec<String>,
    /// Ids of the source articles.
    pub articles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArticleView {
    pub id: String,
    pub file: String,
    pub title: String,
    pub title_derived: bool,
    pub published: Option<String>,
    pub url: Option<String>,
    pub date: DateView,
    pub people: Vec<String>,
    pub places: Vec<String>,
    pub organizations: Vec<String>,
    pub topics: Vec<String>,
    pub event: Option<String>,
    /// Full text, one string per paragraph.
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SkippedView {
    pub file: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WarningView {
    pub file: String,
    pub line: u32,
    pub message: String,
}

/// One search result: the event, its score, and a highlighted snippet.
#[derive(Debug, Clone, PartialEq)]
pub struct HitView {
    pub event: EventView,
    pub score: f32,
    /// The article the snippet comes from.
    pub article: String,
    pub snippet: Vec<SegmentView>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SegmentView {
    pub text: String,
    pub hit: bool,
}

impl From<Segment> for SegmentView {
    fn from(s: Segment) -> SegmentView {
        SegmentView {
            text: s.text,
            hit: s.hit,
        }
    }
}

/// A facet value and how many of the filtered events have it.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetCount {
    pub value: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facets {
    pub people: Vec<FacetCount>,
    pub places: Vec<FacetCount>,
    pub organizations: Vec<FacetCount>,
    pub topics: Vec<FacetCount>,
    pub kinds: Vec<FacetCount>,
}

/// Events per month: `month` is `YYYY-MM`.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthCount {
    pub month: String,
    pub count: u32,
}

/// The whole corpus, as `news-timeline dump` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dump {
    pub articles: Vec<ArticleView>,
    pub events: Vec<EventView>,
    pub entities: Vec<EntityView>,
    pub skipped: Vec<SkippedView>,
    pub warnings: Vec<WarningView>,
}

impl Corpus {
    pub fn entity_name(&self, index: u32) -> String {
        self.entities
            .get(index as usize)
            .map_or_else(String::new, |e| e.name.clone())
    }

    pub fn event_view(&self, index: u32) -> Option<EventView> {
        let e = self.events.get(index as usize)?;
        Some(EventView {
            id: e.id.to_string(),
            index,
            kind: String::from(&*e.kind),
            headline: e.headline.to_string(),
            summary: e.summary.to_string(),
            date: DateView::of(&e.date),
            participants: e
                .participants
                .iter()
                .map(|&p| self.entity_name(p))
                .collect(),
            place: e.place.map(|p| self.entity_name(p)),
            venue: e.venue.clone(),
            topics: e.topics.iter().map(|t| String::from(&**t)).collect(),
            articles: e
                .articles
                .iter()
                .filter_map(|&a| self.articles.get(a as usize).map(|a| a.id.to_string()))
                .collect(),
        })
    }

    pub fn article_view(&self, index: u32) -> Option<ArticleView> {
        let a = self.articles.get(index as usize)?;
        let of_kind = |kind: EntityKind| -> Vec<String> {
            a.entities
                .iter()
                .filter_map(|&e| self.entities.get(e as usize))
                .filter(|e| e.kind == kind)
                .map(|e| e.name.clone())
                .collect()
        };
        Some(ArticleView {
            id: a.id.to_string(),
            file: a.file.to_string(),
            title: a.title.to_string(),
            title_derived: a.title_derived,
            published: a.published.map(|d| d.to_string()),
            url: a.url.as_deref().map(str::to_string),
            date: DateView::of(&a.date),
            people: of_kind(EntityKind::Person),
            places: of_kind(EntityKind::Place),
            organizations: of_kind(EntityKind::Organization),
            topics: a.topics.iter().map(|t| String::from(&**t)).collect(),
            event: a
                .event
                .and_then(|e| self.events.get(e as usize))
                .map(|e| e.id.to_string()),
            paragraphs: a.paragraphs.to_vec(),
        })
    }

    pub fn dump_entities(&self) -> Vec<EntityView> {
        self.entities
            .iter()
            .map(|e| EntityView {
                name: e.name.clone(),
                kind: e.kind.as_str(),
                aliases: e.aliases.clone(),
                roles: e.roles.clone(),
            })
            .collect()
    }

    pub fn dump(&self) -> Dump {
        Dump {
            articles: (0..self.articles.len() as u32)
                .filter_map(|i| self.article_view(i))
                .collect(),
            events: (0..self.events.len() as u32)
                .filter_map(|i| self.event_view(i))
                .collect(),
            entities: self.dump_entities(),
            skipped: self
                .skipped
                .iter()
                .map(|s| SkippedView {
                    file: s.file.clone(),
                    reason: s.reason.clone(),
                })
                .collect(),
            warnings: self
                .warnings
                .iter()
                .map(|w| WarningView {
                    file: w.file.clone(),
                    line: w.line,
                    message: w.message.clone(),
                })
                .collect(),
        }
    }
}

/// A score with three decimals, written without the float formatter.
struct Score(f32);

impl ToJson for Score {
    fn to_json(&self, j: &mut Json) {
        let milli = if self.0.is_finite() {
            (self.0 * 1000.0).round() as i64
        } else {
            0
        };
        if milli < 0 {
            j.raw("-");
        }
        let milli = milli.abs();
        j.integer(milli / 1000);
        j.raw(".");
        let frac = milli % 1000;
        if frac < 100 {
            j.raw("0");
        }
        if frac < 10 {
            j.raw("0");
        }
        j.integer(frac);
    }
}

impl ToJson for DateView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("earliest", &self.earliest);
            o.field("latest", &self.latest);
            o.field("precision", &self.precision);
            o.field("weekday", &self.weekday);
            o.field("month_day", &self.month_day);
            o.field("source", &self.source);
            o.field("evidence", &self.evidence);
            o.field("earliest_day", &self.earliest_day);
            o.field("latest_day", &self.latest_day);
            o.field("label", &self.label);
        });
    }
}

impl ToJson for EntityView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("name", &self.name);
            o.field("kind", &self.kind);
            o.field("aliases", &self.aliases);
            o.field("roles", &self.roles);
        });
    }
}

impl ToJson for EventView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("id", &self.id);
            o.field("index", &self.index);
            o.field("kind", &self.kind);
            o.field("headline", &self.headline);
            o.field("summary", &self.summary);
            o.field("date", &self.date);
            o.field("participants", &self.participants);
            o.field("place", &self.place);
            o.field("venue", &self.venue);
            o.field("topics", &self.topics);
            o.field("articles", &self.articles);
        });
    }
}

impl ToJson for ArticleView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("id", &self.id);
            o.field("file", &self.file);
            o.field("title", &self.title);
            o.field("title_derived", &self.title_derived);
            o.field("published", &self.published);
            o.field("url", &self.url);
            o.field("date", &self.date);
            o.field("people", &self.people);
            o.field("places", &self.places);
            o.field("organizations", &self.organizations);
            o.field("topics", &self.topics);
            o.field("event", &self.event);
            o.field("paragraphs", &self.paragraphs);
        });
    }
}

impl ToJson for SkippedView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("file", &self.file);
            o.field("reason", &self.reason);
        });
    }
}

impl ToJson for WarningView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("file", &self.file);
            o.field("line", &self.line);
            o.field("message", &self.message);
        });
    }
}

impl ToJson for SegmentView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("text", &self.text);
            o.field("hit", &self.hit);
        });
    }
}

impl ToJson for HitView {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("event", &self.event);
            o.field("score", &Score(self.score));
            o.field("article", &self.article);
            o.field("snippet", &self.snippet);
        });
    }
}

impl ToJson for FacetCount {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("value", &self.value);
            o.field("count", &self.count);
        });
    }
}

impl ToJson for Facets {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("people", &self.people);
            o.field("places", &self.places);
            o.field("organizations", &self.organizations);
            o.field("topics", &self.topics);
            o.field("kinds", &self.kinds);
        });
    }
}

impl ToJson for MonthCount {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("month", &self.month);
            o.field("count", &self.count);
        });
    }
}

impl ToJson for Dump {
    fn to_json(&self, j: &mut Json) {
        j.object(|o| {
            o.field("articles", &self.articles);
            o.field("events", &self.events);
            o.field("entities", &self.entities);
            o.field("skipped", &self.skipped);
            o.field("warnings", &self.warnings);
        });
    }
}
