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
use crate::order;
use crate::search::index::Index;
use crate::search::{self, Matcher, Query};
use crate::store::{self, StoreError, StoredIndex};
use crate::view::{ArticleView, EventView, FacetCount, Facets, HitView, MonthCount, SegmentView};

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

/// Set once, on the first search: shared between threads natively (the
/// benchmarks keep a timeline in a static), a plain cell in the module,
/// which has one thread and where the thread-safe kind costs code.
#[cfg(target_arch = "wasm32")]
type Once<T> = std::cell::OnceCell<T>;
#[cfg(not(target_arch = "wasm32"))]
type Once<T> = std::sync::OnceLock<T>;

/// The search index, decoded, or as the embedded store keeps it until the
/// first search (see [`store::decode_static_lazily`]).
enum SearchIndex {
    Ready(Index),
    Stored(StoredIndex, Once<Result<Index, StoreError>>),
}

/// What a search finds when the index cannot be read: nothing (and
/// [`Timeline::search_index`] says why).
static NO_INDEX: Index = Index {
    terms: Vec::new(),
    postings: Vec::new(),
    words: Vec::new(),
    doc_lengths: Vec::new(),
};

/// The corpus and its index, ready for queries.
pub struct Timeline {
    corpus: Corpus,
    index: SearchIndex,
    /// For each article, the events it reports (its main event first), as
    /// one list (one allocation, not one per article, at start-up): article
    /// `a`'s are `article_events[article_starts[a]..article_starts[a + 1]]`.
    article_starts: Vec<u32>,
    article_events: Vec<u32>,
    /// Whether the events are stored in date order, as the build writes
    /// them; then sorting results by date is sorting their indices.
    in_date_order: bool,
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

/// What events are ordered by in a list: first day, then last day, undated
/// last.
fn date_key(event: &Event) -> u64 {
    order::span_key(
        event.date.earliest.map(|d| d.0),
        event.date.latest.map(|d| d.0),
    )
}

/// An article's title and paragraphs: the text a snippet comes from.
fn article_text(article: &crate::model::Article) -> impl Iterator<Item = &str> {
    std::iter::once(&*article.title).chain(article.paragraphs.iter())
}

impl Timeline {
    /// The corpus compiled into this binary.
    /// The search index is read on the first search, not here: the
    /// timeline draws without it.
    pub fn embedded() -> Result<Timeline, StoreError> {
        let (corpus, index) = store::decode_static_lazily(EMBEDDED)?;
        Ok(Timeline::with_index(
            corpus,
            SearchIndex::Stored(index, Once::new()),
        ))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Timeline, StoreError> {
        let (corpus, index) = store::decode(bytes)?;
        Ok(Timeline::new(corpus, index))
    }

    pub fn new(corpus: Corpus, index: Index) -> Timeline {
        Timeline::with_index(corpus, SearchIndex::Ready(index))
    }

    fn with_index(corpus: Corpus, index: SearchIndex) -> Timeline {
        let mut article_starts = vec![0u32; corpus.articles.len() + 1];
        for event in &corpus.events {
            for &a in &event.articles {
                if let Some(count) = article_starts.get_mut(a as usize + 1) {
                    *count += 1;
                }
            }
        }
        for a in 1..article_starts.len() {
            article_starts[a] += article_starts[a - 1];
        }
        let mut article_events = vec![0u32; article_starts.last().map_or(0, |&n| n as usize)];
        let mut next = article_starts.clone();
        // Events in corpus order, so each article's list is in event order.
        for (i, event) in corpus.events.iter().enumerate() {
            for &a in &event.articles {
                if let Some(at) = next.get_mut(a as usize) {
                    article_events[*at as usize] = i as u32;
                    *at += 1;
                }
            }
        }
        for (a, article) in corpus.articles.iter().enumerate() {
            let list =
                &mut article_events[article_starts[a] as usize..article_starts[a + 1] as usize];
            // The main event first, the others in event order.
            if let Some(at) = list.iter().position(|&e| Some(e) == article.event) {
                list[..=at].rotate_right(1);
            }
        }
        let in_date_order = corpus
            .events
            .windows(2)
            .all(|pair| date_key(&pair[0]) <= date_key(&pair[1]));
        Timeline {
            corpus,
            index,
            article_starts,
            article_events,
            in_date_order,
        }
    }

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The search index, read now if it has not been yet; an error when
    /// the embedded bytes are damaged (a search then finds nothing).
    pub fn search_index(&self) -> Result<&Index, StoreError> {
        match &self.index {
            SearchIndex::Ready(index) => Ok(index),
            SearchIndex::Stored(stored, decoded) => decoded
                .get_or_init(|| stored.decode())
                .as_ref()
                .map_err(|e| *e),
        }
    }

    fn index(&self) -> &Index {
        self.search_index().unwrap_or(&NO_INDEX)
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

    /// Whether an event involves one of `ids` (see [`Event::involves`]).
    fn event_involves(&self, index: u32, ids: &[u32]) -> bool {
        self.corpus
            .events
            .get(index as usize)
            .is_some_and(|e| ids.iter().any(|id| e.involves.binary_search(id).is_ok()))
    }

    /// Whether an event's own sentence matches `query`, counting the other
    /// names of the entities it mentions ("Turkey" matches `turkiye`): a
    /// word of the query among the event's terms, or a phrase in its text.
    /// `clauses` are the query's clauses as index terms
    /// ([`search::clause_terms`]), worked out once per query.
    fn summary_matches(&self, index: u32, query: &Query, clauses: &[Vec<Vec<u32>>]) -> bool {
        let Some(event) = self.corpus.events.get(index as usize) else {
            return false;
        };
        let has = |terms: &[u32]| terms.iter().any(|t| event.terms.binary_search(t).is_ok());
        let mut phrase_possible = false;
        for (clause, terms) in query.clauses.iter().zip(clauses) {
            match clause {
                search::Clause::Word { .. } => {
                    if terms.first().is_some_and(|t| has(t)) {
                        return true;
                    }
                }
                search::Clause::Phrase(_) => phrase_possible |= terms.iter().all(|t| has(t)),
            }
        }
        // Only a phrase whose words all occur needs the text itself, to
        // check that they stand together.
        phrase_possible && self.phrase_in_summary(event, query)
    }

    fn phrase_in_summary(&self, event: &crate::model::Event, query: &Query) -> bool {
        let mut text = event.summary.to_string();
        for x in event
            .involves
            .iter()
            .filter_map(|&e| self.corpus.entities.get(e as usize))
        {
            for name in std::iter::once(&x.name).chain(&x.aliases) {
                text.push_str(" · ");
                text.push_str(name);
            }
        }
        Matcher::new(query).finds_in(&text)
    }

    /// The events an article matching `query` stands for: its main event,
    /// and a secondary event only when its own sentence matches.
    fn events_of_hit<'a>(
        &'a self,
        doc: u32,
        query: &'a Query,
        clauses: &'a [Vec<Vec<u32>>],
    ) -> impl Iterator<Item = u32> + 'a {
        let main = self.corpus.articles.get(doc as usize).and_then(|a| a.event);
        let start = self.article_starts.get(doc as usize).copied().unwrap_or(0);
        let end = self
            .article_starts
            .get(doc as usize + 1)
            .copied()
            .unwrap_or(0);
        self.article_events
            .get(start as usize..end as usize)
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(move |&e| Some(e) == main || self.summary_matches(e, query, clauses))
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
            .filter(|(i, e)| {
                entity_sets
                    .iter()
                    .all(|ids| self.event_involves(*i as u32, ids))
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
        let hits = self.find(&query);
        let clauses = self.clause_terms(&query);
        // Every (event, score, article) the hits give; then the best
        // article per event, and the events by score.
        let mut found: Vec<(u32, f32, u32)> = Vec::new();
        for hit in hits {
            let Some(article) = articles.get(hit.doc as usize) else {
                continue;
            };
            let events = self
                .events_of_hit(hit.doc, &query, &clauses)
                .filter(|i| allowed.binary_search(i).is_ok());
            // The article's main event ranks above its secondary ones.
            for event in events {
                let boost = if article.event == Some(event) {
                    1.0
                } else {
                    0.8
                };
                found.push((event, hit.score * boost, hit.doc));
            }
        }
        let mut by_event: Vec<(u64, u32)> = found
            .iter()
            .enumerate()
            .map(|(i, &(event, score, _))| {
                (
                    (u64::from(event) << 32) | u64::from(order::descending(score)),
                    i as u32,
                )
            })
            .collect();
        order::sort_keyed(&mut by_event);
        let mut best: Vec<(u64, u32)> = Vec::new();
        let mut last_event = None;
        for &(_, i) in &by_event {
            let (event, score, _) = found[i as usize];
            if last_event != Some(event) {
                last_event = Some(event);
                best.push((
                    (u64::from(order::descending(score)) << 32) | u64::from(event),
                    i,
                ));
            }
        }
        order::sort_keyed(&mut best);
        let ranked = best.into_iter().map(|(_, i)| found[i as usize]);
        let matcher = Matcher::new(&query);
        ranked
            .filter_map(|(event, score, doc)| {
                let article = articles.get(doc as usize)?;
                Some(HitView {
                    event: self.corpus.event_view(event)?,
                    score,
                    article: article.id.to_string(),
                    snippet: search::snippet(article_text(article), &matcher)
                        .into_iter()
                        .map(SegmentView::from)
                        .collect(),
                })
            })
            .collect()
    }

    /// Articles matching a query, best first; phrases checked in the text.
    /// Each clause of `query` as the index terms it matches.
    fn clause_terms(&self, query: &Query) -> Vec<Vec<Vec<u32>>> {
        query
            .clauses
            .iter()
            .map(|c| search::clause_terms(self.index(), c))
            .collect()
    }

    fn find(&self, query: &Query) -> Vec<search::Hit> {
        search::search_with(self.index(), query, |doc, words| {
            self.phrase_in_article(doc, words)
        })
    }

    /// Whether article `doc` has a phrase's words in a row.
    fn phrase_in_article(&self, doc: u32, words: &[String]) -> bool {
        self.corpus
            .articles
            .get(doc as usize)
            .is_some_and(|a| article_text(a).any(|p| search::phrase_matches(p, words)))
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
        let docs = search::matching_docs(self.index(), &query, |doc, words| {
            self.phrase_in_article(doc, words)
        });
        let clauses = self.clause_terms(&query);
        let everything = allowed.len() == self.corpus.events.len();
        let mut events: Vec<u32> = docs
            .iter()
            .flat_map(|&doc| self.events_of_hit(doc, &query, &clauses))
            .filter(|i| everything || allowed.binary_search(i).is_ok())
            .collect();
        order::sort_ids(&mut events);
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
        let matcher = Matcher::new(&Query::parse(&filter.text));
        let hits = events
            .iter()
            .skip(offset)
            .take(limit)
            .filter_map(|&i| self.hit_for(i, &matcher))
            .collect();
        Page {
            total: events.len(),
            hits,
        }
    }

    /// An event as a result, with a snippet from its first source that
    /// matches `query` (none when the query is empty).
    fn hit_for(&self, event: u32, matcher: &Matcher) -> Option<HitView> {
        let view = self.corpus.event_view(event)?;
        let sources = &self.corpus.events.get(event as usize)?.articles;
        let articles = &self.corpus.articles;
        let first = sources.first().and_then(|&a| articles.get(a as usize));
        // With one source there is nothing to choose, so no need to look.
        let article = if matcher.is_empty() || sources.len() < 2 {
            first
        } else {
            sources
                .iter()
                .filter_map(|&a| articles.get(a as usize))
                .find(|&a| article_text(a).any(|p| matcher.finds_in(p)))
                .or(first)
        }?;
        let snippet = if matcher.is_empty() {
            Vec::new()
        } else {
            search::snippet(article_text(article), matcher)
                .into_iter()
                .map(SegmentView::from)
                .collect()
        };
        Some(HitView {
            event: view,
            score: 0.0,
            article: article.id.to_string(),
            snippet,
        })
    }

    /// Puts event indices in date order (undated last, then by index).
    fn sort_by_date(&self, events: &mut [u32]) {
        if self.in_date_order {
            // Index order is date order: no keys to build.
            order::sort_plain(events);
            return;
        }
        let mut keyed: Vec<(u64, u32)> = events
            .iter()
            .map(|&i| {
                let key = self
                    .corpus
                    .events
                    .get(i as usize)
                    .map_or(u64::MAX, date_key);
                (key, i)
            })
            .collect();
        order::sort_keyed(&mut keyed);
        for (slot, (_, i)) in events.iter_mut().zip(keyed) {
            *slot = i;
        }
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
        let entities = &self.corpus.entities;
        let mut entity_counts: Vec<u32> = vec![0; entities.len()];
        // Values borrowed from the events, tallied once at the end.
        let mut topics: Vec<(&str, u32)> = Vec::new();
        let mut kinds: Vec<(&str, u32)> = Vec::new();
        for &i in &events {
            let Some(e) = self.corpus.events.get(i as usize) else {
                continue;
            };
            for &id in &e.involves {
                if let Some(n) = entity_counts.get_mut(id as usize) {
                    *n += 1;
                }
            }
            for (k, t) in e.topics.iter().enumerate() {
                if !e.topics[..k].contains(t) {
                    topics.push((t, 1));
                }
            }
            kinds.push((&e.kind, 1));
        }
        let of_kind = |kind: EntityKind| {
            let by_name: Vec<(&str, u32)> = entity_counts
                .iter()
                .zip(entities)
                .filter(|&(&n, e)| n > 0 && e.kind == kind)
                .map(|(&n, e)| (e.name.as_str(), n))
                .collect();
            ranked(&by_name)
        };
        Facets {
            people: of_kind(EntityKind::Person),
            places: of_kind(EntityKind::Place),
            organizations: of_kind(EntityKind::Organization),
            topics: ranked(&topics),
            kinds: ranked(&kinds),
        }
    }

    /// Filtered events per month of their earliest day; months with none
    /// between the first and last are included with zero.
    pub fn histogram(&self, filter: &Filter) -> Vec<MonthCount> {
        let months: Vec<i32> = self
            .matching_indices(filter)
            .into_iter()
            .filter_map(|i| self.corpus.events.get(i as usize))
            .filter_map(|e| e.date.earliest.or(e.date.latest))
            .map(|d| d.month_index())
            .collect();
        let (Some(&first), Some(&last)) = (months.iter().min(), months.iter().max()) else {
            return Vec::new();
        };
        let mut counts = vec![0u32; (last - first + 1) as usize];
        for m in months {
            counts[(m - first) as usize] += 1;
        }
        counts
            .into_iter()
            .enumerate()
            .map(|(k, count)| {
                let m = first + k as i32;
                MonthCount {
                    month: crate::civil::month_label(m.div_euclid(12), m.rem_euclid(12) as u32 + 1),
                    count,
                }
            })
            .collect()
    }
}

/// The sums of equal values' counts, most frequent first; equal counts in
/// name order.
fn ranked(counts: &[(&str, u32)]) -> Vec<FacetCount> {
    let mut values: Vec<Option<FacetCount>> = order::tally(counts)
        .into_iter()
        .map(|(value, count)| {
            Some(FacetCount {
                value: value.to_string(),
                count,
            })
        })
        .collect();
    let mut keyed: Vec<(u64, u32)> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let count = v.as_ref().map_or(0, |v| v.count);
            (u64::from(u32::MAX - count), i as u32)
        })
        .collect();
    order::sort_keyed(&mut keyed);
    keyed
        .into_iter()
        .filter_map(|(_, i)| values.get_mut(i as usize).and_then(Option::take))
        .collect()
}

/// Parses an optional `YYYY-MM-DD` argument, naming it in the error.
pub fn parse_day_argument(name: &str, value: Option<&str>) -> Result<Option<Day>, QueryError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => Day::parse(text).map(Some).map_err(|e| {
            QueryError::BadArgument(
                [
                    name,
                    ": \"",
                    search::truncate(text, 40),
                    "\" is not a date (",
                    &e.to_string(),
                    ")",
                ]
                .concat(),
            )
        }),
    }
}

/// Checks a window's ends are in order.
pub fn check_window(from: Option<Day>, to: Option<Day>) -> Result<(), QueryError> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(QueryError::BadArgument(
            [
                "from (",
                &f.iso(),
                ") is after to (",
                &t.iso(),
                "): the window is reversed",
            ]
            .concat(),
        )),
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
        if mode == LaneMode::None {
            return Lanes {
                labels: vec!["All events".into()],
                lane: vec![0; events.len()],
            };
        }
        let entities = &self.corpus.entities;
        let keys: Vec<Option<&str>> = events
            .iter()
            .map(|e| match mode {
                LaneMode::None => Some(""),
                LaneMode::Kind => Some(&*e.kind),
                LaneMode::Person => e
                    .participants
                    .iter()
                    .filter_map(|&p| entities.get(p as usize))
                    .find(|x| x.kind == EntityKind::Person)
                    .map(|x| x.name.as_str()),
                LaneMode::Place => e
                    .place
                    .and_then(|p| entities.get(p as usize))
                    .map(|x| x.name.as_str()),
            })
            .collect();
        let counts: Vec<(&str, u32)> = keys.iter().flatten().map(|&k| (k, 1)).collect();
        let ranked = ranked(&counts);
        let mut labels: Vec<String> = ranked
            .iter()
            .take(MAX_LANES)
            .map(|f| f.value.clone())
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
