//! Bad articles (issue #7, part 3): every file in `tests/bad_articles/`
//! ends as its README's table says, with a message naming the file (and the
//! line, for warnings), and nothing is silently dropped.
//!
//! The tests drive the functions `build.rs` runs, in the same order; one
//! test also runs the compiled build script itself on a folder with a bad
//! pin, to check the build really stops with the message.
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::extract::{extract_with_pins, folder, pins};
use news_timeline::model::Corpus;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const HUGE_BYTES: usize = 10 * 1024 * 1024;
const LONG_LINE_CHARS: usize = 100_000;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh empty folder under the system temp dir, unique to this test.
fn temp_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "news-timeline-issue7-{name}-{}",
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// One row of the README's table.
#[derive(Debug)]
struct Row {
    file: String,
    outcome: String,
    message: String,
}

fn table() -> Vec<Row> {
    let readme = fs::read_to_string(manifest_dir().join("tests/bad_articles/README.md")).unwrap();
    readme
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 3, "a table row has three cells: {line}");
            let code = |cell: &str| {
                let start = cell.find('`').unwrap() + 1;
                let end = cell.rfind('`').unwrap();
                cell[start..end].trim().to_string()
            };
            Row {
                file: code(cells[0].split(" (").next().unwrap()),
                outcome: cells[1].to_string(),
                message: if cells[2] == "`` " || cells[2] == "``" {
                    String::new()
                } else {
                    code(cells[2])
                },
            }
        })
        .collect()
}

/// The committed bad articles plus the generated ones, in a temp folder.
fn bad_folder(name: &str) -> PathBuf {
    let dir = temp_folder(name);
    for entry in fs::read_dir(manifest_dir().join("tests/bad_articles")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    // 10 MiB of plausible text, not one repeated byte, so a reader that
    // tried to extract it would really work.
    let sentence = "Officials met in Geneva on Tuesday and talks went on late into the night. ";
    let huge: String = sentence.repeat(HUGE_BYTES / sentence.len() + 1);
    fs::write(dir.join("huge.txt"), &huge.as_bytes()[..HUGE_BYTES]).unwrap();
    let words = "the council met again on Monday and ";
    let line: String = words.chars().cycle().take(LONG_LINE_CHARS).collect();
    fs::write(
        dir.join("long_line.txt"),
        format!(" date 2024-03-11\n\n{line}\n"),
    )
    .unwrap();
    let status = Command::new("mkfifo")
        .arg(dir.join("fifo.txt"))
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo works");
    dir
}

/// Reads a folder as `build.rs` does and returns the corpus with every
/// message formatted as the build prints it.
fn build_like(dir: &Path) -> (Corpus, Vec<String>) {
    let contents = folder::read(dir).expect("the folder reads");
    let parsed_pins = match &contents.pins {
        Some((path, text)) => pins::parse(&path.display().to_string(), text).unwrap(),
        None => Vec::new(),
    };
    let mut skipped = contents.skipped;
    let (mut corpus, _) = extract_with_pins(contents.files, &parsed_pins).unwrap();
    corpus.skipped.append(&mut skipped);
    let messages = corpus
        .warnings
        .iter()
        .map(|w| format!("{}:{}: {}", w.file, w.line, w.message))
        .chain(
            corpus
                .skipped
                .iter()
                .map(|s| format!("{}: skipped: {}", s.file, s.reason)),
        )
        .collect();
    (corpus, messages)
}

#[test]
fn issue_7_every_bad_article_ends_as_documented() {
    let dir = bad_folder("table");
    let (corpus, messages) = build_like(&dir);
    let rows = table();
    assert!(rows.len() >= 20, "the table covers the bad files");
    let mut checked = 0;
    for row in rows.iter().filter(|r| r.outcome != "error") {
        let is_article = corpus.articles.iter().any(|a| a.file == row.file);
        let about_file: Vec<&String> = messages
            .iter()
            .filter(|m| m.starts_with(&format!("{}:", row.file)))
            .collect();
        match row.outcome.as_str() {
            "article" => {
                assert!(is_article, "{} is an article", row.file);
                assert!(
                    about_file.is_empty(),
                    "{}: no message, got {about_file:?}",
                    row.file
                );
            }
            "article, warning" => {
                assert!(is_article, "{} is an article", row.file);
                assert!(
                    about_file.iter().any(|m| m.starts_with(&row.message)),
                    "{}: expected {:?}, got {about_file:?}",
                    row.file,
                    row.message
                );
            }
            "skipped" => {
                assert!(!is_article, "{} is not an article", row.file);
                assert_eq!(about_file, vec![&row.message], "{}", row.file);
            }
            other => panic!("unknown outcome {other:?} for {}", row.file),
        }
        checked += 1;
    }
    assert_eq!(checked, 20, "every non-error row was checked");
    // The long line is read in full, not cut.
    let long = corpus
        .articles
        .iter()
        .find(|a| a.file == "long_line.txt")
        .unwrap();
    assert!(long.paragraphs.iter().map(str::len).sum::<usize>() >= LONG_LINE_CHARS - 10);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn issue_7_articles_and_skipped_files_account_for_every_file() {
    let dir = bad_folder("accounting");
    let (corpus, _) = build_like(&dir);
    let on_disk: BTreeSet<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut accounted: Vec<String> = corpus.articles.iter().map(|a| a.file.to_string()).collect();
    accounted.extend(corpus.skipped.iter().map(|s| s.file.clone()));
    let unique: BTreeSet<String> = accounted.iter().cloned().collect();
    assert_eq!(
        unique.len(),
        accounted.len(),
        "no file is counted twice: {accounted:?}"
    );
    assert_eq!(unique, on_disk);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn issue_7_an_unreadable_file_stops_the_build_naming_it() {
    let dir = temp_folder("dangling");
    fs::write(
        dir.join("good.txt"),
        "Officials met in Geneva on Tuesday.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("dangling.txt")).unwrap();
    let error = folder::read(&dir)
        .err()
        .expect("a dangling link is an error");
    let row = table()
        .into_iter()
        .find(|r| r.file == "dangling.txt")
        .unwrap();
    assert_eq!(row.outcome, "error");
    let message = error.to_string();
    assert!(message.starts_with(&row.message), "{message}");
    assert!(message.contains("dangling.txt"), "{message}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn issue_7_bad_pins_stop_the_build_naming_the_file_and_line() {
    let rows: Vec<Row> = table()
        .into_iter()
        .filter(|r| r.file.starts_with("../bad_pins/"))
        .collect();
    assert_eq!(rows.len(), 3);
    for row in rows {
        let name = row.file.trim_start_matches("../");
        let text = fs::read_to_string(manifest_dir().join("tests").join(name)).unwrap();
        assert_eq!(row.outcome, "error");
        let error = match pins::parse(name, &text) {
            Err(e) => e,
            Ok(parsed) => {
                let files = folder::read(&manifest_dir().join("tests/bad_articles"))
                    .unwrap()
                    .files;
                extract_with_pins(files, &parsed).expect_err("the pin is refused")
            }
        };
        assert!(
            error.to_string().starts_with(&row.message),
            "{name}: expected {:?}, got {error}",
            row.message
        );
    }
}

/// The compiled build script of this package (cargo builds it before any
/// test), newest first if there are several.
fn build_script() -> Option<PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("target"));
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
    for profile in ["debug", "release"] {
        let Ok(entries) = fs::read_dir(target.join(profile).join("build")) else {
            continue;
        };
        for entry in entries.flatten() {
            let script = entry.path().join("build-script-build");
            let named = entry
                .file_name()
                .to_string_lossy()
                .starts_with("news-timeline-");
            if let (true, Ok(meta)) = (named, fs::metadata(&script)) {
                found.push((meta.modified().unwrap(), script));
            }
        }
    }
    found.sort();
    found.pop().map(|(_, path)| path)
}

#[test]
fn issue_7_the_build_script_refuses_a_bad_pin_and_warns_about_bad_files() {
    let script = build_script().expect("cargo built the build script before the tests");
    let out = temp_folder("build-out");
    let seeds = temp_folder("build-seeds");
    for name in [
        "crlf.txt",
        "crlf_copy_rewrapped.txt",
        "malformed_date.txt",
        "empty.txt",
    ] {
        fs::copy(
            manifest_dir().join("tests/bad_articles").join(name),
            seeds.join(name),
        )
        .unwrap();
    }
    let run = || {
        Command::new(&script)
            .env("CARGO_MANIFEST_DIR", manifest_dir())
            .env("NEWS_TIMELINE_SEEDS", &seeds)
            .env("OUT_DIR", &out)
            .output()
            .unwrap()
    };
    // Bad files: the build goes on, and says what it skipped and why.
    let good = run();
    let stdout = String::from_utf8_lossy(&good.stdout);
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );
    assert!(
        stdout.contains("cargo:warning=crlf_copy_rewrapped.txt: skipped: duplicate of crlf"),
        "{stdout}"
    );
    assert!(
        stdout.contains("cargo:warning=malformed_date.txt:1: date line \"2024-13-45\" ignored"),
        "{stdout}"
    );
    assert!(
        stdout.contains("cargo:warning=empty.txt: skipped: empty: no text"),
        "{stdout}"
    );
    assert!(fs::metadata(out.join("corpus.bin")).unwrap().len() > 0);
    // A bad pin: the build stops, naming the pins file and line.
    fs::copy(
        manifest_dir().join("tests/bad_pins/impossible_date.toml"),
        seeds.join("timeline.toml"),
    )
    .unwrap();
    let bad = run();
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(!bad.status.success(), "a bad pin fails the build");
    assert!(
        stderr
            .contains("timeline.toml:3: date \"2024-02-30\" for crlf: no such day in the calendar"),
        "{stderr}"
    );
    let _ = fs::remove_dir_all(&out);
    let _ = fs::remove_dir_all(&seeds);
}
