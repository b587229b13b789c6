//! The `news-timeline` command's logic: the embedded corpus from the
//! terminal. `src/main.rs` only calls [`main`].
//!
//! ```text
//! news-timeline dump                       the corpus as JSON (unfiltered)
//! news-timeline search [QUERY] [FILTERS]   matching events, best first
//! news-timeline facets [QUERY] [FILTERS]   counts per person, place, topic…
//! news-timeline article ID                 one article with its full text
//! news-timeline timex [--dct YYYY-MM-DD]   tag dates in stdin, JSON lines
//! ```
//! Every command but `timex` takes `--seeds DIR` to read a folder of
//! articles now instead of the corpus the build embedded.
//! Filters: `--person NAME`, `--place NAME`, `--org NAME`, `--entity NAME`
//! (repeatable), `--kind KIND`, `--topic TOPIC`, `--from YYYY-MM-DD`,
//! `--to YYYY-MM-DD`, and `--json` for machine-readable output.

use crate::query::{check_window, parse_day_argument, Filter, Timeline};
use std::process::ExitCode;

const USAGE: &str = "usage: news-timeline <dump | search [QUERY] | facets [QUERY] | article ID | timex [--dct YYYY-MM-DD]> [--person NAME] [--place NAME] [--org NAME] [--entity NAME] [--kind KIND] [--topic TOPIC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]";

/// Runs the command with the process's arguments.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("news-timeline: {message}");
            ExitCode::from(2)
        }
    }
}

/// Parsed command-line options for the query commands.
struct Options {
    words: Vec<String>,
    filter: Filter,
    json: bool,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut words = Vec::new();
    let mut filter = Filter::default();
    let mut json = false;
    let mut from = None;
    let mut to = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--json" => json = true,
            "--person" | "--place" | "--org" | "--entity" => {
                filter.entities.push(value(arg)?);
            }
            "--kind" => filter.kinds.push(value(arg)?),
            "--topic" => filter.topics.push(value(arg)?),
            "--from" => from = Some(value(arg)?),
            "--to" => to = Some(value(arg)?),
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other}\n{USAGE}"))
            }
            other => words.push(other.to_string()),
        }
    }
    filter.from = parse_day_argument("--from", from.as_deref()).map_err(|e| e.to_string())?;
    filter.to = parse_day_argument("--to", to.as_deref()).map_err(|e| e.to_string())?;
    check_window(filter.from, filter.to).map_err(|e| e.to_string())?;
    // A query typed on the command line is complete: its last word is not a prefix.
    filter.text = format!("{} ", words.join(" "));
    Ok(Options {
        words,
        filter,
        json,
    })
}

/// Pretty JSON for people reading a terminal: the compact JSON the
/// browser gets, re-indented.
fn to_json(value: &dyn crate::json::ToJson) -> Result<String, String> {
    let compact = crate::json::to_string(value);
    let parsed: serde_json::Value =
        serde_json::from_str(&compact).map_err(|e| format!("internal: invalid JSON: {e}"))?;
    serde_json::to_string_pretty(&parsed).map_err(|e| format!("cannot write JSON: {e}"))
}

/// `timex [--dct YYYY-MM-DD]`: tags the text on standard input and prints
/// one JSON object per expression, with UTF-8 byte offsets (end exclusive).
fn timex(args: &[String]) -> Result<(), String> {
    use std::io::{Read, Write};
    let mut dct = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--dct" => {
                let value = it.next().ok_or("--dct needs a date YYYY-MM-DD")?;
                // TimeML creation times may carry a time of day; the date is enough.
                let text = value.get(..10).unwrap_or(value);
                let day = parse_day_argument("--dct", Some(text)).map_err(|e| e.to_string())?;
                dct = day.map(|d| d.to_naive());
            }
            other => return Err(format!("timex: unknown argument {other:?}\n{USAGE}")),
        }
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        format!(
            "standard input is not UTF-8 (byte offset {})",
            e.valid_up_to()
        )
    })?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for t in crate::timex::tag(text, dct) {
        let mut line = serde_json::json!({
            "start": t.start,
            "end": t.end,
            "type": t.kind.as_str(),
            "value": t.value,
        });
        if let Some(m) = t.modifier {
            line["mod"] = serde_json::Value::from(m);
        }
        writeln!(out, "{line}").map_err(|e| format!("cannot write: {e}"))?;
    }
    Ok(())
}

/// Extracts a seeds folder as the build would, warnings to standard error.
fn read_folder(folder: &std::path::Path) -> Result<Timeline, String> {
    use crate::extract::{extract_with_pins, folder, pins};
    let contents = folder::read(folder).map_err(|e| e.to_string())?;
    let pins = match &contents.pins {
        Some((path, text)) => {
            pins::parse(&path.display().to_string(), text).map_err(|e| e.to_string())?
        }
        None => Vec::new(),
    };
    let (mut corpus, index) =
        extract_with_pins(contents.files, &pins).map_err(|e| e.to_string())?;
    corpus.skipped.extend(contents.skipped);
    for w in &corpus.warnings {
        eprintln!("warning: {}:{}: {}", w.file, w.line, w.message);
    }
    // As the build does: a file left out is said, not only listed.
    corpus.skipped.sort_by(|a, b| a.file.cmp(&b.file));
    for s in &corpus.skipped {
        eprintln!("warning: {}: skipped: {}", s.file, s.reason);
    }
    Ok(Timeline::new(corpus, index))
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    if command == "timex" {
        return timex(rest);
    }
    // `--seeds DIR` reads a folder now instead of the corpus the build
    // embedded: a preview for authors, without rebuilding.
    let (timeline, rest) = match rest.iter().position(|a| a == "--seeds") {
        Some(at) => {
            let folder = rest
                .get(at + 1)
                .ok_or_else(|| format!("--seeds needs a folder\n{USAGE}"))?;
            let mut others = rest.to_vec();
            others.drain(at..at + 2);
            (read_folder(std::path::Path::new(folder))?, others)
        }
        None => (
            Timeline::embedded().map_err(|e| e.to_string())?,
            rest.to_vec(),
        ),
    };
    let rest = rest.as_slice();
    match command.as_str() {
        "dump" => {
            // Filters are not applied to a dump; a dump that looked
            // filtered but held everything would mislead.
            if let Some(extra) = rest.first() {
                return Err(format!(
                    "dump takes no filters or words, got {extra:?}; `search --json` filters\n{USAGE}"
                ));
            }
            println!("{}", to_json(&timeline.corpus().dump())?);
        }
        "search" => {
            let options = parse_options(rest)?;
            let hits = timeline.search(&options.filter);
            if options.json {
                println!("{}", to_json(&hits)?);
            } else {
                for hit in &hits {
                    let snippet: String = hit
                        .snippet
                        .iter()
                        .map(|s| {
                            if s.hit {
                                format!("[{}]", s.text)
                            } else {
                                s.text.clone()
                            }
                        })
                        .collect();
                    println!(
                        "{}  {}  ({}, {})",
                        hit.event.id, hit.event.headline, hit.event.kind, hit.event.date.label
                    );
                    if !snippet.is_empty() {
                        println!("    {snippet}");
                    }
                }
                let total = timeline.corpus().events.len();
                println!("{} of {total} events", hits.len());
                if options.words.is_empty() && hits.len() == total {
                    println!("(no query or filter given: all events listed)");
                }
            }
        }
        "facets" => {
            let options = parse_options(rest)?;
            println!("{}", to_json(&timeline.facets(&options.filter))?);
        }
        "article" => {
            let id = rest
                .first()
                .ok_or_else(|| format!("article needs an ID\n{USAGE}"))?;
            if let Some(extra) = rest.get(1) {
                return Err(format!("article takes one ID, got also {extra:?}\n{USAGE}"));
            }
            let article = timeline
                .article(id)
                .ok_or_else(|| format!("no article with id {id:?}"))?;
            println!("{}", to_json(&article)?);
        }
        "--help" | "-h" | "help" => println!("{USAGE}"),
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    }
    Ok(())
}
