//! The `news-timeline` command as a user runs it: the built binary, its
//! exit status and what it prints. A wrong argument is named on standard
//! error with a non-zero exit, never ignored.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_news-timeline"))
        .args(args)
        .output()
        .expect("the news-timeline binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Stop 31: `dump --from …` printed every event, as if filtered.
#[test]
fn dump_refuses_filters_it_would_not_apply() {
    let out = run(&["dump", "--from", "2024-01-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("\"--from\""), "{}", stderr(&out));
}

#[test]
fn article_refuses_a_second_id() {
    let out = run(&["article", "a", "b"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\"b\""), "{}", stderr(&out));
}

#[test]
fn a_bad_day_names_its_option() {
    let out = run(&["search", "--to", "2024-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--to"), "{}", stderr(&out));
}

#[test]
fn search_filters_by_the_window_it_is_given() {
    let all = run(&["search", "--json"]);
    // Only events that may fall after 2100 are left: those with no
    // upper bound.
    let late = run(&["search", "--json", "--from", "2100-01-01"]);
    assert!(all.status.success() && late.status.success());
    let count = |o: &Output| -> usize {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
        v.as_array().expect("a list of hits").len()
    };
    assert!(count(&late) < count(&all), "the window dropped no event");
}

#[test]
fn timex_tags_standard_input_relative_to_its_date() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_news-timeline"))
        .args(["timex", "--dct", "2024-04-20"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the news-timeline binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("They met on Wednesday.".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("exit");
    assert!(out.status.success());
    let line: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().expect("a line"))
            .expect("JSON");
    assert_eq!(line["value"], "2024-04-17");
    assert_eq!(line["start"], 12);
    assert_eq!(line["end"], 21);
}
