//! news-timeline: a timeline of news events, dated honestly from the text.
//!
//! The crate has one core that knows nothing of JavaScript, and a thin
//! WebAssembly layer over it:
//!
//! - at build time, [`extract`] reads the article files of the seeds folder,
//!   parses them ([`article`]), dates them, finds who and where, and
//!   builds the search [`search::index`]; `build.rs` writes the result with
//!   [`store`] and the crate embeds it;
//! - at run time, [`query::Timeline`] decodes the embedded corpus and answers
//!   queries (date windows, search, facets, histograms) as [`view`] structs;
//!   the `wasm` module exports those queries to JavaScript.
//!
//! ```
//! use news_timeline::query::{Filter, Timeline};
//! let timeline = Timeline::embedded().expect("the build embedded a corpus");
//! for hit in timeline.search(&Filter { text: "meeting ".into(), ..Filter::default() }) {
//!     println!("{}  {}", hit.event.date.label, hit.event.headline);
//! }
//! ```

pub mod civil;
#[cfg(not(target_arch = "wasm32"))]
pub mod dating;
pub mod fasthash;
pub mod fold;
pub mod json;
pub mod model;
pub mod order;
pub mod query;
pub mod search;
pub mod sentences;
pub mod store;
pub mod view;

#[cfg(not(target_arch = "wasm32"))]
pub mod article;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod entities;
#[cfg(not(target_arch = "wasm32"))]
pub mod events;
#[cfg(not(target_arch = "wasm32"))]
pub mod extract;
#[cfg(not(target_arch = "wasm32"))]
pub mod timex;
#[cfg(not(target_arch = "wasm32"))]
pub mod topics;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
