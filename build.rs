//! Build script: turns the seeds folder into the corpus the crate embeds.
//!
//! Steps:
//! 1. Find the seeds folder: `$NEWS_TIMELINE_SEEDS` if set (relative paths are
//!    relative to this package's root), else `seeds/`.
//! 2. Read every file below it, in name order (`src/extract/folder.rs`):
//!    `*.txt` and `*.jsonl` files are articles, `timeline.toml` the editor's
//!    pins, anything else is listed as skipped with its reason. An
//!    unreadable folder or file fails the build with a message naming it.
//! 3. Run the extraction (`src/extract`, shared with the library so that it
//!    is unit-tested natively).
//! 4. Write the corpus to `$OUT_DIR/corpus.bin` (`src/store.rs`), and print
//!    each build warning as a cargo warning naming the file and line.

use std::path::PathBuf;
use std::{env, fs, process};

#[allow(dead_code)]
#[path = "src/article/mod.rs"]
mod article;
#[allow(dead_code)]
#[path = "src/civil.rs"]
mod civil;
#[allow(dead_code)]
#[path = "src/dating/mod.rs"]
mod dating;
#[allow(dead_code, unused_imports)]
#[path = "src/entities/mod.rs"]
mod entities;
#[allow(dead_code)]
#[path = "src/events/mod.rs"]
mod events;
#[allow(dead_code)]
#[path = "src/extract/mod.rs"]
mod extract;
#[allow(dead_code)]
#[path = "src/fasthash.rs"]
mod fasthash;
#[allow(dead_code)]
#[path = "src/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/model/mod.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/order.rs"]
mod order;
#[allow(dead_code)]
#[path = "src/search/mod.rs"]
mod search;
#[allow(dead_code)]
#[path = "src/sentences.rs"]
mod sentences;
#[allow(dead_code)]
#[path = "src/store.rs"]
mod store;
#[allow(dead_code)]
#[path = "src/timex/mod.rs"]
mod timex;
#[allow(dead_code)]
#[path = "src/topics.rs"]
mod topics;

/// Stops the build with a message naming what failed.
fn fail(message: &str) -> ! {
    eprintln!("error: news-timeline build: {message}");
    process::exit(1);
}

fn seeds_folder() -> PathBuf {
    println!("cargo:rerun-if-env-changed=NEWS_TIMELINE_SEEDS");
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    match env::var_os("NEWS_TIMELINE_SEEDS") {
        Some(path) if !path.is_empty() => root.join(path),
        _ => root.join("seeds"),
    }
}

fn main() {
    let folder = seeds_folder();
    let contents = extract::folder::read(&folder).unwrap_or_else(|e| fail(&e.to_string()));
    for path in &contents.paths {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let pins = match &contents.pins {
        Some((path, text)) => extract::pins::parse(&path.display().to_string(), text)
            .unwrap_or_else(|e| fail(&e.to_string())),
        None => Vec::new(),
    };
    let mut skipped = contents.skipped;
    let (mut corpus, index) = extract::extract_with_pins(contents.files, &pins)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())));
    corpus.skipped.append(&mut skipped);
    corpus.skipped.sort_by(|a, b| a.file.cmp(&b.file));
    for w in &corpus.warnings {
        println!("cargo:warning={}:{}: {}", w.file, w.line, w.message);
    }
    for s in &corpus.skipped {
        println!("cargo:warning={}: skipped: {}", s.file, s.reason);
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set")));
    let target = out.join("corpus.bin");
    fs::write(&target, store::encode(&corpus, &index))
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", target.display())));
}
