//! Questions a reader asks of the corpus: what happened between two dates,
//! what matches these words, who appears how often, and one article in full.
//!
//! A [`Timeline`] holds the decoded corpus and its search index. Every query
//! takes a [`Filter`]; its parts combine with AND: text, entities (by any of
//! their names, folded), event kinds, topics and a date window.
//!
//! ```
//! use news_timeline::query::{Filter, Timeline};
//! let timeline = Timeline::embedded().unwrap();
//! let all = timeline.events(&Filter::default());
//! assert_eq!(all.len(), timeline.corpus().events.len());
//! let none = timeline.events(&Filter { text: "zzzzqqq ".into(), ..Filter::default() });
//! assert!(none.is_empty());
//! ```

use crate::civil::Day;
use crate::fold::fold;
use crate::model::{Corpus, EntityKind, Event};
use crate::search::index::Index;
use crate::search::{self, Query};
use crate::store::{self, StoreError};
use crate::view::{ArticleView, EventView, FacetCount, Facets, HitView, MonthCount, SegmentView};
use std::collections::BTreeMap;

/// The corpus `build.rs` extracted from the seeds folder.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// A reader's filter. Empty parts do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Search words, as typed.
    pub text: String,
    /// Entity names (any alias, any case or accents); all must take part in
    /// or be mentioned by the event's articles.
    pub entities: Vec<String>,
    /// Event kinds; any may match.
    pub kinds: Vec<String>,
    /// Topics; all must match.
    pub topics: Vec<String>,
    /// Date window, inclusive; an event matches when its interval overlaps.
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Whether undated events pass a date window (they are shown apart).
    pub include_undated: bool,
}

/// The corpus and its index, ready for queries.
pub struct Timeline {
    corpus: Corpus,
    index: Index,
    /// For each article, the events it reports (its main event first).
    article_events: Vec<Vec<u32>>,
}

/// One page of results in date order, and how many there are in all.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub total: usize,
    pub hits: Vec<HitView>,
}

/// A reason a query cannot be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// An argument is malformed; the message names it.
    BadArgument(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::BadArgument(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for QueryError {}

impl Timeline {
    /// The corpus compiled into this binary.
    pub fn embedded() -> Result<Timeline, StoreError> {
        Timeline::from_bytes(EMBEDDED)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Timeline, StoreError> {
        let (corpus, index) = store::decode(bytes)?;
        Ok(Timeline::new(corpus, index))
    }

    pub fn new(corpus: Corpus, index: Index) -> Timeline {
        let mut article_events: Vec<Vec<u32>> = vec![Vec::new(); corpus.articles.len()];
        for (i, event) in corpus.events.iter().enumerate() {
            for &a in &event.articles {
                if let Some(list) = article_events.get_mut(a as usize) {
                    list.push(i as u32);
                }
            }
        }
        for (list, article) in article_events.iter_mut().zip(&corpus.articles) {
            let main = article.event;
            list.sort_by_key(|&e| (Some(e) != main, e));
        }
        Timeline {
            corpus,
            index,
            article_events,
        }
    }

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Entity indices whose name or alias folds to `name`.
    fn entities_named(&self, name: &str) -> Vec<u32> {
        let wanted = fold(name.trim());
        self.corpus
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| fold(&e.name) == wanted || e.aliases.iter().any(|a| fold(a) == wanted))
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Whether an event involves one of `ids`: as participant, place, or in a
    /// source article's mentions.
    fn event_involves(&self, event: &Event, ids: &[u32]) -> bool {
        event.participants.iter().any(|p| ids.contains(p))
            || event.place.is_some_and(|p| ids.contains(&p))
            || event.articles.iter().any(|&a| {
                self.corpus
                    .articles
                    .get(a as usize)
                    .is_some_and(|a| a.entities.iter().any(|e| ids.contains(e)))
            })
    }

    /// Event indices passing every part of the filter but the text, in
    /// corpus order.
    fn structural_matches(&self, filter: &Filter) -> Vec<u32> {
        let entity_sets: Vec<Vec<u32>> = filter
            .entities
            .iter()
            .filter(|n| !n.trim().is_empty())
            .map(|n| self.entities_named(n))
            .collect();
        let kinds: Vec<String> = filter.kinds.iter().map(|k| fold(k)).collect();
        let topics: Vec<String> = filter.topics.iter().map(|t| fold(t)).collect();
        let windowed = filter.from.is_some() || filter.to.is_some();
        self.corpus
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                entity_sets.iter().all(|ids| self.event_involves(e, ids))
                    && (kinds.is_empty() || kinds.contains(&fold(&e.kind)))
                    && topics
                        .iter()
                        .all(|t| e.topics.iter().any(|et| fold(et) == *t))
                    && (!windowed
                        || if e.date.is_dated() {
                            e.date.overlaps(filter.from, filter.to)
                        } else {
                            filter.include_undated
                        })
            })
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Events matching the filter: by relevance when there is text, else in
    /// date order (undated last).
    pub fn search(&self, filter: &Filter) -> Vec<HitView> {
        let allowed = self.structural_matches(filter);
        let query = Query::parse(&filter.text);
        if query.is_empty() {
            let mut events = allowed;
            self.sort_by_date(&mut events);
            return events
                .into_iter()
                .filter_map(|i| {
                    let event = self.corpus.event_view(i)?;
                    let article = event.articles.first().cloned().unwrap_or_default();
                    Some(HitView {
                        event,
                        score: 0.0,
                        article,
                        snippet: Vec::new(),
                    })
                })
                .collect();
        }
        let articles = &self.corpus.articles;
        let hits = search::search_with(&self.index, &query, |doc, words| {
            articles.get(doc as usize).is_some_and(|a| {
                search::phrase_matches(&a.title, words)
                    || a.paragraphs
                        .iter()
                        .any(|p| search::phrase_matches(p, words))
            })
        });
        // Best article per event.
        let mut best: BTreeMap<u32, (f32, u32)> = BTreeMap::new();
        for hit in hits {
            let Some(article) = articles.get(hit.doc as usize) else {
                continue;
            };
            let events = self
                .article_events
                .get(hit.doc as usize)
                .into_iter()
                .flatten()
                .copied()
                .filter(|i| allowed.binary_search(i).is_ok());
            // The article's main event ranks above its secondary ones.
            for event in events {
                let boost = if article.event == Some(event) {
                    1.0
                } else {
                    0.8
                };
                let score = hit.score * boost;
                let slot = best.entry(event).or_insert((score, hit.doc));
                if score > slot.0 {
                    *slot = (score, hit.doc);
                }
            }
        }
        let mut ranked: Vec<(u32, f32, u32)> =
            best.into_iter().map(|(e, (s, a))| (e, s, a)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .filter_map(|(event, score, doc)| {
                let article = articles.get(doc as usize)?;
                let mut text = Vec::with_capacity(article.paragraphs.len() + 1);
                text.push(article.title.clone());
                text.extend(article.paragraphs.iter().cloned());
                Some(HitView {
                    event: self.corpus.event_view(event)?,
                    score,
                    article: article.id.clone(),
                    snippet: search::snippet(&text, &query)
                        .into_iter()
                        .map(SegmentView::from)
                        .collect(),
                })
            })
            .collect()
    }

    /// Just the events matching the filter.
    pub fn events(&self, filter: &Filter) -> Vec<EventView> {
        self.search(filter).into_iter().map(|h| h.event).collect()
    }

    /// Event indices matching the filter (text included), without repeats.
    fn matching_set(&self, filter: &Filter) -> Vec<u32> {
        let allowed = self.structural_matches(filter);
        let query = Query::parse(&filter.text);
        if query.is_empty() {
            return allowed;
        }
        let articles = &self.corpus.articles;
        let hits = search::search_with(&self.index, &query, |doc, words| {
            articles.get(doc as usize).is_some_and(|a| {
                search::phrase_matches(&a.title, words)
                    || a.paragraphs
                        .iter()
                        .any(|p| search::phrase_matches(p, words))
            })
        });
        let mut events: Vec<u32> = hits
            .iter()
            .filter_map(|h| self.article_events.get(h.doc as usize))
            .flatten()
            .copied()
            .filter(|i| allowed.binary_search(i).is_ok())
            .collect();
        events.sort_unstable();
        events.dedup();
        events
    }

    /// Event indices matching the filter, in date order: the set a view draws.
    pub fn matching_indices(&self, filter: &Filter) -> Vec<u32> {
        let mut events = self.matching_set(filter);
        self.sort_by_date(&mut events);
        events
    }

    /// Results `offset..offset + limit` in date order, with snippets from
    /// the first source that matches the text: what a list view shows.
    pub fn page(&self, filter: &Filter, offset: usize, limit: usize) -> Page {
        let events = self.matching_indices(filter);
        let query = Query::parse(&filter.text);
        let hits = events
            .iter()
            .skip(offset)
            .take(limit)
            .filter_map(|&i| self.hit_for(i, &query))
            .collect();
        Page {
            total: events.len(),
            hits,
        }
    }

    /// An event as a result, with a snippet from its first source that
    /// matches `query` (none when the query is empty).
    fn hit_for(&self, event: u32, query: &Query) -> Option<HitView> {
        let view = self.corpus.event_view(event)?;
        let sources = &self.corpus.events.get(event as usize)?.articles;
        let articles = &self.corpus.articles;
        let matches = |a: &crate::model::Article| {
            std::iter::once(&a.title)
                .chain(&a.paragraphs)
                .any(|p| search::highlight(p, query).iter().any(|s| s.hit))
        };
        let article = sources
            .iter()
            .filter_map(|&a| articles.get(a as usize))
            .find(|a| !query.is_empty() && matches(a))
            .or_else(|| sources.first().and_then(|&a| articles.get(a as usize)))?;
        let snippet = if query.is_empty() {
            Vec::new()
        } else {
            let mut text = Vec::with_capacity(article.paragraphs.len() + 1);
            text.push(article.title.clone());
            text.extend(article.paragraphs.iter().cloned());
            search::snippet(&text, query)
                .into_iter()
                .map(SegmentView::from)
                .collect()
        };
        Some(HitView {
            event: view,
            score: 0.0,
            article: article.id.clone(),
            snippet,
        })
    }

    fn sort_by_date(&self, events: &mut [u32]) {
        let key = |i: &u32| {
            let e = self.corpus.events.get(*i as usize);
            let d = e.map(|e| &e.date);
            (
                d.and_then(|d| d.earliest.or(d.latest))
                    .map_or(i32::MAX, |d| d.0),
                d.and_then(|d| d.latest).map_or(i32::MAX, |d| d.0),
                *i,
            )
        };
        events.sort_by_key(key);
    }

    /// One article by id, with its full text.
    pub fn article(&self, id: &str) -> Option<ArticleView> {
        let index = self.corpus.articles.iter().position(|a| a.id == id)?;
        self.corpus.article_view(index as u32)
    }

    /// One event by id.
    pub fn event(&self, id: &str) -> Option<EventView> {
        let index = self.corpus.events.iter().position(|e| e.id == id)?;
        self.corpus.event_view(index as u32)
    }

    /// How many filtered events have each person, place, organisation, topic
    /// and kind, most frequent first.
    pub fn facets(&self, filter: &Filter) -> Facets {
        let events = self.matching_indices(filter);
        let mut counts: [BTreeMap<String, u32>; 5] = Default::default();
        for &i in &events {
            let Some(e) = self.corpus.events.get(i as usize) else {
                continue;
            };
            let mut entities: Vec<u32> = e.participants.clone();
            entities.extend(e.place);
            for &a in &e.articles {
                if let Some(a) = self.corpus.articles.get(a as usize) {
                    entities.extend(&a.entities);
                }
            }
            entities.sort_unstable();
            entities.dedup();
            for id in entities {
                if let Some(entity) = self.corpus.entities.get(id as usize) {
                    let slot = match entity.kind {
                        EntityKind::Person => 0,
                        EntityKind::Place => 1,
                        EntityKind::Organization => 2,
                    };
                    *counts[slot].entry(entity.name.clone()).or_default() += 1;
                }
            }
            let mut topics = e.topics.clone();
            topics.dedup();
            for t in topics {
                *counts[3].entry(t).or_default() += 1;
            }
            *counts[4].entry(e.kind.clone()).or_default() += 1;
        }
        let [people, places, organizations, topics, kinds] = counts.map(ranked);
        Facets {
            people,
            places,
            organizations,
            topics,
            kinds,
        }
    }

    /// Filtered events per month of their earliest day; months with none
    /// between the first and last are included with zero.
    pub fn histogram(&self, filter: &Filter) -> Vec<MonthCount> {
        let mut by_month: BTreeMap<i32, u32> = BTreeMap::new();
        for i in self.matching_indices(filter) {
            if let Some(day) = self
                .corpus
                .events
                .get(i as usize)
                .and_then(|e| e.date.earliest.or(e.date.latest))
            {
                *by_month.entry(day.month_index()).or_default() += 1;
            }
        }
        let (Some(&first), Some(&last)) = (by_month.keys().next(), by_month.keys().last()) else {
            return Vec::new();
        };
        (first..=last)
            .map(|m| MonthCount {
                month: format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1),
                count: by_month.get(&m).copied().unwrap_or(0),
            })
            .collect()
    }
}

fn ranked(counts: BTreeMap<String, u32>) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out
}

/// Parses an optional `YYYY-MM-DD` argument, naming it in the error.
pub fn parse_day_argument(name: &str, value: Option<&str>) -> Result<Option<Day>, QueryError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => Day::parse(text).map(Some).map_err(|e| {
            QueryError::BadArgument(format!(
                "{name}: {:?} is not a date ({e})",
                search::truncate(text, 40)
            ))
        }),
    }
}

/// Checks a window's ends are in order.
pub fn check_window(from: Option<Day>, to: Option<Day>) -> Result<(), QueryError> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(QueryError::BadArgument(format!(
            "from ({f}) is after to ({t}): the window is reversed"
        ))),
        _ => Ok(()),
    }
}

/// How the timeline groups events into horizontal lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaneMode {
    /// One lane for all.
    None,
    Kind,
    Person,
    Place,
}

impl LaneMode {
    pub fn parse(text: &str) -> Option<LaneMode> {
        match text {
            "" | "none" => Some(LaneMode::None),
            "kind" => Some(LaneMode::Kind),
            "person" => Some(LaneMode::Person),
            "place" => Some(LaneMode::Place),
            _ => None,
        }
    }
}

/// Lane labels and each event's lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lanes {
    pub labels: Vec<String>,
    /// For each event of the corpus, an index into `labels`.
    pub lane: Vec<u32>,
}

/// The most lanes drawn; the rest share an "other" lane.
const MAX_LANES: usize = 8;

impl Timeline {
    /// Groups every event into lanes: the most frequent kinds, people or
    /// places get a lane each; the rest share "other", and events with none
    /// a lane of their own.
    pub fn lanes(&self, mode: LaneMode) -> Lanes {
        let events = &self.corpus.events;
        let key = |e: &Event| -> Option<String> {
            match mode {
                LaneMode::None => Some(String::new()),
                LaneMode::Kind => Some(e.kind.clone()),
                LaneMode::Person => e
                    .participants
                    .iter()
                    .filter_map(|&p| self.corpus.entities.get(p as usize))
                    .find(|x| x.kind == EntityKind::Person)
                    .map(|x| x.name.clone()),
                LaneMode::Place => e
                    .place
                    .and_then(|p| self.corpus.entities.get(p as usize))
                    .map(|x| x.name.clone()),
            }
        };
        if mode == LaneMode::None {
            return Lanes {
                labels: vec!["All events".into()],
                lane: vec![0; events.len()],
            };
        }
        let keys: Vec<Option<String>> = events.iter().map(key).collect();
        let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
        for k in keys.iter().flatten() {
            *counts.entry(k).or_default() += 1;
        }
        let mut ranked: Vec<(&str, u32)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut labels: Vec<String> = ranked
            .iter()
            .take(MAX_LANES)
            .map(|(k, _)| (*k).to_string())
            .collect();
        let other = labels.len() as u32;
        let overflow = ranked.len() > MAX_LANES;
        if overflow {
            labels.push("other".into());
        }
        let none = labels.len() as u32;
        let mut any_none = false;
        let lane = keys
            .iter()
            .map(|k| match k {
                Some(k) => labels
                    .iter()
                    .position(|l| l == k)
                    .filter(|&i| (i as u32) < other)
                    .map_or(other, |i| i as u32),
                None => {
                    any_none = true;
                    none
                }
            })
            .collect();
        if any_none {
            labels.push(match mode {
                LaneMode::Person => "no person named".into(),
                LaneMode::Place => "no place named".into(),
                _ => "none".into(),
            });
        }
        Lanes { labels, lane }
    }
}

impl crate::json::ToJson for Page {
    fn to_json(&self, j: &mut crate::json::Json) {
        j.object(|o| {
            o.field("total", &self.total);
            o.field("hits", &self.hits);
        });
    }
}

impl crate::json::ToJson for Lanes {
    fn to_json(&self, j: &mut crate::json::Json) {
        j.object(|o| {
            o.field("labels", &self.labels);
            o.field("lane", &self.lane);
        });
    }
}
