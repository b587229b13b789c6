//! The JavaScript face of the crate: converts arguments, calls the core,
//! converts results. No logic lives here.
//!
//! Every argument arrives as a `JsValue` and is checked by hand, so that a
//! wrong type, a missing argument or an unknown filter field becomes a thrown
//! `Error` naming the argument, never a trap. Results are the [`crate::view`]
//! structs, written as JSON by [`crate::json`] and parsed by the browser,
//! and described to TypeScript by the declarations below. The per-event drawing data (days, precision,
//! source counts) is handed out as pointers into wasm memory, for JavaScript
//! to view as typed arrays without copying.

use crate::json::{Json, ToJson};
use crate::model::Precision;
use crate::query::{check_window, parse_day_argument, Filter, LaneMode, QueryError, Timeline};
use crate::search::{self, Query};
use crate::view::SegmentView;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A date interval with its precision and the evidence for it. */
export interface DateView {
  earliest: string | null; latest: string | null;
  precision: "day" | "week" | "month" | "year" | "unknown";
  weekday: string | null;
  /** A month and day named without a year, as ISO 8601 writes it: "--03-03". */
  month_day: string | null;
  source: "pin" | "date-line" | "text" | "other-article" | "none";
  evidence: string[];
  earliest_day: number | null; latest_day: number | null;
  label: string;
}
export interface EventView {
  id: string; index: number; kind: string; headline: string; summary: string;
  date: DateView; participants: string[]; place: string | null; venue: string | null;
  topics: string[]; articles: string[];
}
export interface ArticleView {
  id: string; file: string; title: string; title_derived: boolean;
  published: string | null; url: string | null; date: DateView;
  people: string[]; places: string[]; organizations: string[]; topics: string[];
  event: string | null; paragraphs: string[];
}
export interface SegmentView { text: string; hit: boolean; }
export interface HitView { event: EventView; score: number; article: string; snippet: SegmentView[]; }
export interface FacetCount { value: string; count: number; }
export interface Facets { people: FacetCount[]; places: FacetCount[]; organizations: FacetCount[]; topics: FacetCount[]; kinds: FacetCount[]; }
export interface Lanes { labels: string[]; lane: number[]; }
export interface Page { total: number; hits: HitView[]; }
export interface MonthCount { month: string; count: number; }
export interface EntityView { name: string; kind: "person" | "place" | "organization"; aliases: string[]; roles: string[]; }
export interface CorpusInfo { articles: number; events: number; entities: number; skipped: { file: string; reason: string }[]; warnings: { file: string; line: number; message: string }[]; }
/** Every field is optional; parts combine with AND. Dates are "YYYY-MM-DD". */
export interface FilterInput {
  text?: string; entities?: string[]; people?: string[]; places?: string[]; organizations?: string[];
  kinds?: string[]; topics?: string[]; from?: string | null; to?: string | null; includeUndated?: boolean;
}
"#;

/// The module's allocator. Start-up decodes the corpus into millions of
/// small strings and lists; with the default (dlmalloc) more than a quarter
/// of that time went to `malloc` (BENCHMARKS.md, fifth round).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The embedded corpus, ready for queries from JavaScript.
#[wasm_bindgen]
pub struct NewsTimeline {
    timeline: Timeline,
    earliest: Vec<i32>,
    latest: Vec<i32>,
    precision: Vec<u8>,
    sources: Vec<u8>,
    weekday: Vec<u8>,
}

fn error(message: &str) -> JsError {
    JsError::new(message)
}

/// A result as a JavaScript value: written as JSON here, parsed by the
/// browser's own parser (smaller and faster than converting field by field).
fn to_js(value: &dyn ToJson) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&crate::json::to_string(value))
        .map_err(|_| error("internal: a result could not be converted"))
}

fn string_field(object: &JsValue, name: &str) -> Result<Option<String>, JsError> {
    let value = Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| error(&["filter.", name, " must be a string"].concat()))
}

fn list_field(object: &JsValue, name: &str) -> Result<Vec<String>, JsError> {
    let value = Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if let Some(one) = value.as_string() {
        return Ok(vec![one]);
    }
    if !Array::is_array(&value) {
        return Err(error(
            &["filter.", name, " must be an array of strings"].concat(),
        ));
    }
    Array::from(&value)
        .iter()
        .map(|item| {
            item.as_string()
                .ok_or_else(|| error(&["filter.", name, " must hold only strings"].concat()))
        })
        .collect()
}

const FILTER_FIELDS: [&str; 10] = [
    "text",
    "entities",
    "people",
    "places",
    "organizations",
    "kinds",
    "topics",
    "from",
    "to",
    "includeUndated",
];

fn bad(e: QueryError) -> JsError {
    error(&e.to_string())
}

/// Reads a filter object (or a plain string, taken as its text).
fn filter_from(value: &JsValue) -> Result<Filter, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Filter::default());
    }
    if let Some(text) = value.as_string() {
        return Ok(Filter {
            text,
            ..Filter::default()
        });
    }
    if !value.is_object() || Array::is_array(value) {
        return Err(error(
            "filter must be an object like {text, people, from, to}",
        ));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !FILTER_FIELDS.contains(&key.as_str()) {
            return Err(error(
                &[
                    "filter has an unknown field \"",
                    search::truncate(&key, 40),
                    "\"; known: ",
                    &FILTER_FIELDS.join(", "),
                ]
                .concat(),
            ));
        }
    }
    let mut entities = list_field(value, "entities")?;
    for name in ["people", "places", "organizations"] {
        entities.extend(list_field(value, name)?);
    }
    let from =
        parse_day_argument("filter.from", string_field(value, "from")?.as_deref()).map_err(bad)?;
    let to = parse_day_argument("filter.to", string_field(value, "to")?.as_deref()).map_err(bad)?;
    check_window(from, to).map_err(bad)?;
    let include =
        Reflect::get(value, &JsValue::from_str("includeUndated")).unwrap_or(JsValue::UNDEFINED);
    let include_undated = match include.as_bool() {
        Some(b) => b,
        None if include.is_undefined() || include.is_null() => false,
        None => return Err(error("filter.includeUndated must be a boolean")),
    };
    Ok(Filter {
        text: string_field(value, "text")?.unwrap_or_default(),
        entities,
        kinds: list_field(value, "kinds")?,
        topics: list_field(value, "topics")?,
        from,
        to,
        include_undated,
    })
}

fn required_string(value: &JsValue, name: &str) -> Result<String, JsError> {
    value
        .as_string()
        .ok_or_else(|| error(&[name, " must be a string"].concat()))
}

impl NewsTimeline {
    /// A filter from JavaScript; one with words to search for fails when
    /// the search index cannot be read, rather than finding nothing.
    fn filter(&self, value: &JsValue) -> Result<Filter, JsError> {
        let filter = filter_from(value)?;
        if !filter.text.trim().is_empty() {
            self.prepare_search()?;
        }
        Ok(filter)
    }
}

#[wasm_bindgen]
impl NewsTimeline {
    /// Loads the corpus embedded at build time.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<NewsTimeline, JsError> {
        let timeline = Timeline::embedded().map_err(|e| error(&e.to_string()))?;
        let events = &timeline.corpus().events;
        let earliest = events
            .iter()
            .map(|e| e.date.earliest.map_or(i32::MIN, |d| d.0))
            .collect();
        let latest = events
            .iter()
            .map(|e| e.date.latest.map_or(i32::MAX, |d| d.0))
            .collect();
        let precision = events
            .iter()
            .map(|e| match e.date.precision {
                Precision::Day => 0,
                Precision::Week => 1,
                Precision::Month => 2,
                Precision::Year => 3,
                Precision::Unknown => 4,
            })
            .collect();
        let sources = events
            .iter()
            .map(|e| e.articles.len().min(255) as u8)
            .collect();
        let weekday = events
            .iter()
            .map(|e| e.date.weekday.map_or(0, |w| w.number() as u8))
            .collect();
        Ok(NewsTimeline {
            timeline,
            earliest,
            latest,
            precision,
            sources,
            weekday,
        })
    }

    /// Reads the search index now (it is read on the first search
    /// otherwise), so that the first keystroke does not wait for it; an
    /// error when the embedded index is damaged.
    #[wasm_bindgen(js_name = prepareSearch)]
    pub fn prepare_search(&self) -> Result<(), JsError> {
        self.timeline
            .search_index()
            .map(|_| ())
            .map_err(|e| error(&e.to_string()))
    }

    /// Number of events; the length of each typed array below.
    #[wasm_bindgen(js_name = eventCount)]
    pub fn event_count(&self) -> u32 {
        self.earliest.len() as u32
    }

    /// Pointer to the events' earliest days (Int32, -2^31 when open).
    #[wasm_bindgen(js_name = earliestPtr)]
    pub fn earliest_ptr(&self) -> *const i32 {
        self.earliest.as_ptr()
    }

    /// Pointer to the events' latest days (Int32, 2^31-1 when open).
    #[wasm_bindgen(js_name = latestPtr)]
    pub fn latest_ptr(&self) -> *const i32 {
        self.latest.as_ptr()
    }

    /// Pointer to the events' precision codes (Uint8: 0 day, 1 week, 2 month, 3 year, 4 unknown).
    #[wasm_bindgen(js_name = precisionPtr)]
    pub fn precision_ptr(&self) -> *const u8 {
        self.precision.as_ptr()
    }

    /// Pointer to the events' source-article counts (Uint8, capped at 255).
    #[wasm_bindgen(js_name = sourcesPtr)]
    pub fn sources_ptr(&self) -> *const u8 {
        self.sources.as_ptr()
    }

    /// Pointer to the events' weekday constraints (Uint8: 0 none, 1 Monday … 7 Sunday).
    #[wasm_bindgen(js_name = weekdayPtr)]
    pub fn weekday_ptr(&self) -> *const u8 {
        self.weekday.as_ptr()
    }

    /// Events matching a filter, best first when it has text, else by date.
    #[wasm_bindgen(unchecked_return_type = "HitView[]")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FilterInput | string | undefined")] filter: JsValue,
    ) -> Result<JsValue, JsError> {
        to_js(&self.timeline.search(&self.filter(&filter)?))
    }

    /// Results `offset..offset + limit` in date order with snippets, and
    /// the total: one page of a list view.
    #[wasm_bindgen(unchecked_return_type = "Page")]
    pub fn page(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FilterInput | string | undefined")] filter: JsValue,
        offset: JsValue,
        limit: JsValue,
    ) -> Result<JsValue, JsError> {
        let count = |v: &JsValue, name: &str, default: usize| -> Result<usize, JsError> {
            if v.is_undefined() || v.is_null() {
                return Ok(default);
            }
            v.as_f64()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= 1e9)
                .map(|n| n as usize)
                .ok_or_else(|| error(&[name, " must be a whole number ≥ 0"].concat()))
        };
        let offset = count(&offset, "offset", 0)?;
        let limit = count(&limit, "limit", 100)?;
        to_js(&self.timeline.page(&self.filter(&filter)?, offset, limit))
    }

    /// Events whose interval overlaps `[from, to]` ("YYYY-MM-DD" or null for open).
    #[wasm_bindgen(unchecked_return_type = "EventView[]")]
    pub fn events(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] from: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] to: JsValue,
    ) -> Result<JsValue, JsError> {
        let day = |name: &str, v: &JsValue| -> Result<_, JsError> {
            if v.is_undefined() || v.is_null() {
                return Ok(None);
            }
            let text = required_string(v, name)?;
            parse_day_argument(name, Some(&text)).map_err(bad)
        };
        let filter = Filter {
            from: day("from", &from)?,
            to: day("to", &to)?,
            ..Filter::default()
        };
        check_window(filter.from, filter.to).map_err(bad)?;
        to_js(&self.timeline.events(&filter))
    }

    /// Indices of the events matching a filter, in date order.
    pub fn matching(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FilterInput | string | undefined")] filter: JsValue,
    ) -> Result<Vec<u32>, JsError> {
        Ok(self.timeline.matching_indices(&self.filter(&filter)?))
    }

    /// One event by index (as in `matching`), or undefined.
    #[wasm_bindgen(js_name = eventAt, unchecked_return_type = "EventView | undefined")]
    pub fn event_at(&self, index: JsValue) -> Result<JsValue, JsError> {
        let n = index
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < 4_294_967_296.0)
            .ok_or_else(|| error("index must be a whole number ≥ 0"))?;
        match self.timeline.corpus().event_view(n as u32) {
            Some(view) => to_js(&view),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// One event by id, or undefined.
    #[wasm_bindgen(unchecked_return_type = "EventView | undefined")]
    pub fn event(&self, id: JsValue) -> Result<JsValue, JsError> {
        match self.timeline.event(&required_string(&id, "id")?) {
            Some(view) => to_js(&view),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// One article by id with its full text, or undefined.
    #[wasm_bindgen(unchecked_return_type = "ArticleView | undefined")]
    pub fn article(&self, id: JsValue) -> Result<JsValue, JsError> {
        match self.timeline.article(&required_string(&id, "id")?) {
            Some(view) => to_js(&view),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Counts per person, place, organisation, topic and kind among the
    /// filtered events.
    #[wasm_bindgen(unchecked_return_type = "Facets")]
    pub fn facets(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FilterInput | string | undefined")] filter: JsValue,
    ) -> Result<JsValue, JsError> {
        to_js(&self.timeline.facets(&self.filter(&filter)?))
    }

    /// Filtered events per month.
    #[wasm_bindgen(unchecked_return_type = "MonthCount[]")]
    pub fn histogram(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FilterInput | string | undefined")] filter: JsValue,
    ) -> Result<JsValue, JsError> {
        to_js(&self.timeline.histogram(&self.filter(&filter)?))
    }

    /// `text` split into segments, with the words matching `query` flagged.
    #[wasm_bindgen(unchecked_return_type = "SegmentView[]")]
    pub fn highlight(&self, text: JsValue, query: JsValue) -> Result<JsValue, JsError> {
        let text = required_string(&text, "text")?;
        let query = Query::parse(&required_string(&query, "query")?);
        let segments: Vec<SegmentView> = search::highlight(&text, &query)
            .into_iter()
            .map(SegmentView::from)
            .collect();
        to_js(&segments)
    }

    /// Lane labels and each event's lane for `mode`: "none", "kind",
    /// "person" or "place".
    #[wasm_bindgen(unchecked_return_type = "Lanes")]
    pub fn lanes(&self, mode: JsValue) -> Result<JsValue, JsError> {
        let text = if mode.is_undefined() || mode.is_null() {
            String::new()
        } else {
            required_string(&mode, "mode")?
        };
        let mode = LaneMode::parse(&text).ok_or_else(|| {
            error("mode must be one of \"none\", \"kind\", \"person\", \"place\"")
        })?;
        to_js(&self.timeline.lanes(mode))
    }

    /// Counts, skipped files and build warnings: what a page needs at
    /// start-up (cheap at any size: it converts no article or event).
    #[wasm_bindgen(unchecked_return_type = "CorpusInfo")]
    pub fn info(&self) -> Result<JsValue, JsError> {
        struct Info<'a>(&'a crate::model::Corpus);
        impl ToJson for Info<'_> {
            fn to_json(&self, j: &mut Json) {
                let c = self.0;
                let skipped: Vec<crate::view::SkippedView> = c
                    .skipped
                    .iter()
                    .map(|s| crate::view::SkippedView {
                        file: s.file.clone(),
                        reason: s.reason.clone(),
                    })
                    .collect();
                let warnings: Vec<crate::view::WarningView> = c
                    .warnings
                    .iter()
                    .map(|w| crate::view::WarningView {
                        file: w.file.clone(),
                        line: w.line,
                        message: w.message.clone(),
                    })
                    .collect();
                j.object(|o| {
                    o.field("articles", &c.articles.len());
                    o.field("events", &c.events.len());
                    o.field("entities", &c.entities.len());
                    o.field("skipped", &skipped);
                    o.field("warnings", &warnings);
                });
            }
        }
        to_js(&Info(self.timeline.corpus()))
    }

    /// Every person, place and organisation with aliases and roles.
    #[wasm_bindgen(unchecked_return_type = "EntityView[]")]
    pub fn entities(&self) -> Result<JsValue, JsError> {
        to_js(&self.timeline.corpus().dump_entities())
    }
}
