//! Native benchmarks (issue #8), run with `cargo bench` (divan):
//!
//! - queries at 100,000 articles: search, the paged result list, filters
//!   (person, kind, date window, topic) and facets, on a corpus extracted
//!   from the synthetic JSONL of `bench/gen-corpus.mjs`; the extraction
//!   takes a while, so its encoded result is cached in
//!   `target/bench/native-100000.bin` and reused while the JSONL is older;
//! - build-time extraction throughput (bytes per second) on the BBC corpus,
//!   `../shared/corpora/bbc` beside the repository (2,225 articles); skipped
//!   with a note when that folder is not there.
//!
//! The browser side (render, frames, search against MiniSearch, size) is
//! `node bench/run.mjs`; BENCHMARKS.md has both.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use divan::counter::BytesCount;
    use divan::{black_box, Bencher};
    use news_timeline::civil::Day;
    use news_timeline::extract::{self, folder, SourceFile};
    use news_timeline::query::{Filter, Timeline};
    use news_timeline::store;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::sync::OnceLock;
    use std::{fs, time::SystemTime};

    const ARTICLES: usize = 100_000;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn modified(path: &Path) -> Option<SystemTime> {
        fs::metadata(path).and_then(|m| m.modified()).ok()
    }

    /// The 100,000-article corpus: generated, extracted and cached once.
    fn timeline() -> &'static Timeline {
        static TIMELINE: OnceLock<Timeline> = OnceLock::new();
        TIMELINE.get_or_init(|| {
            let seeds = root().join(format!("target/bench/seeds-{ARTICLES}"));
            let jsonl = seeds.join("corpus.jsonl");
            if !jsonl.exists() {
                fs::create_dir_all(&seeds).expect("cannot create target/bench");
                let status = Command::new("node")
                    .arg(root().join("bench/gen-corpus.mjs"))
                    .arg(ARTICLES.to_string())
                    .arg(&jsonl)
                    .status()
                    .expect("node is needed to generate the corpus");
                assert!(status.success(), "bench/gen-corpus.mjs failed");
            }
            let cache = root().join(format!("target/bench/native-{ARTICLES}.bin"));
            if modified(&cache) > modified(&jsonl) {
                if let Ok(timeline) = Timeline::from_bytes(&fs::read(&cache).unwrap_or_default()) {
                    return timeline;
                }
            }
            eprintln!("extracting {} (cached afterwards)…", jsonl.display());
            let contents = folder::read(&seeds).expect("cannot read the bench corpus");
            let (corpus, index) = extract::extract(contents.files);
            let bytes = store::encode(&corpus, &index);
            fs::write(&cache, &bytes).expect("cannot write the cache");
            Timeline::from_bytes(&bytes).expect("the encoded corpus decodes")
        })
    }

    fn text(words: &str) -> Filter {
        Filter {
            text: words.into(),
            ..Filter::default()
        }
    }

    /// Whole words, a prefix as typed, two words, a surname, a place.
    const QUERIES: &[&str] = &["ceasefire ", "pipe", "trade talks ", "Okafor ", "Geneva "];

    #[divan::bench(args = QUERIES)]
    fn search_100k(bencher: Bencher, query: &str) {
        let timeline = timeline();
        let filter = text(query);
        bencher.bench(|| black_box(timeline.search(black_box(&filter))).len());
    }

    #[divan::bench(args = QUERIES)]
    fn page_of_20_100k(bencher: Bencher, query: &str) {
        let timeline = timeline();
        let filter = text(query);
        bencher.bench(|| black_box(timeline.page(black_box(&filter), 0, 20)).total);
    }

    #[divan::bench(args = QUERIES)]
    fn matching_indices_100k(bencher: Bencher, query: &str) {
        let timeline = timeline();
        let filter = text(query);
        bencher.bench(|| black_box(timeline.matching_indices(black_box(&filter))).len());
    }

    /// A filter of each kind the element offers, with the most frequent
    /// person, kind and topic of the corpus (so that they match much).
    fn filters() -> Vec<(&'static str, Filter)> {
        let timeline = timeline();
        let facets = timeline.facets(&Filter::default());
        let first = |list: &[news_timeline::view::FacetCount]| {
            list.first().map(|f| f.value.clone()).unwrap_or_default()
        };
        vec![
            (
                "person",
                Filter {
                    entities: vec![first(&facets.people)],
                    ..Filter::default()
                },
            ),
            (
                "kind",
                Filter {
                    kinds: vec![first(&facets.kinds)],
                    ..Filter::default()
                },
            ),
            (
                "topic",
                Filter {
                    topics: vec![first(&facets.topics)],
                    ..Filter::default()
                },
            ),
            (
                "year 2020",
                Filter {
                    from: Day::from_ymd(2020, 1, 1).ok(),
                    to: Day::from_ymd(2020, 12, 31).ok(),
                    ..Filter::default()
                },
            ),
            (
                "person + words",
                Filter {
                    text: "talks ".into(),
                    entities: vec![first(&facets.people)],
                    ..Filter::default()
                },
            ),
        ]
    }

    const FILTERS: &[usize] = &[0, 1, 2, 3, 4];

    #[divan::bench(args = FILTERS)]
    fn filter_100k(bencher: Bencher, which: usize) {
        let timeline = timeline();
        let (name, filter) = filters().swap_remove(which);
        eprintln!("filter_100k {which}: {name}");
        bencher.bench(|| black_box(timeline.matching_indices(black_box(&filter))).len());
    }

    #[divan::bench(args = FILTERS)]
    fn facets_100k(bencher: Bencher, which: usize) {
        let timeline = timeline();
        let (_, filter) = filters().swap_remove(which);
        bencher.bench(|| black_box(timeline.facets(black_box(&filter))));
    }

    #[divan::bench]
    fn facets_100k_unfiltered(bencher: Bencher) {
        let timeline = timeline();
        bencher.bench(|| black_box(timeline.facets(&Filter::default())));
    }

    #[divan::bench]
    fn histogram_100k_unfiltered(bencher: Bencher) {
        let timeline = timeline();
        bencher.bench(|| black_box(timeline.histogram(&Filter::default())).len());
    }

    /// The BBC corpus, here or in CI's layout (`../shared/corpora/bbc`).
    fn bbc() -> Option<PathBuf> {
        [
            root().join("../shared/corpora/bbc"),
            PathBuf::from("/work/shared/corpora/bbc"),
        ]
        .into_iter()
        .find(|p| p.is_dir())
    }

    /// Extraction (parse, date, tag, cluster, index) of the 2,225 BBC
    /// articles, in input bytes per second; reading the folder is not timed.
    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn extract_bbc(bencher: Bencher) {
        let Some(path) = bbc() else {
            eprintln!("extract_bbc: no ../shared/corpora/bbc, skipped");
            return;
        };
        let files: Vec<(String, Vec<u8>)> = folder::read(&path)
            .expect("cannot read the BBC corpus")
            .files
            .into_iter()
            .map(|f| (f.name, f.bytes))
            .collect();
        let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
        bencher
            .counter(BytesCount::new(bytes))
            .with_inputs(|| {
                files
                    .iter()
                    .map(|(name, b)| SourceFile::new(name, b.clone()))
                    .collect::<Vec<_>>()
            })
            .bench_values(|files| black_box(extract::extract(files)).0.events.len());
    }
}

fn main() {
    divan::main();
}
