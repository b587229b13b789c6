//! Reading a seeds folder: which files are articles, which are skipped.
//!
//! Every regular file below the folder is either read as articles or listed
//! as skipped with its reason, so nothing is silently dropped:
//! - `*.txt`: one article each; its id is its path below the folder without
//!   the extension (`business/001` in a folder of sections);
//! - `*.jsonl`: bulk exports from news archives, one article per line as
//!   `{"title", "date", "text", "url"}` (all but `text` optional); ids are
//!   `FILE:LINE`, and a bad line is skipped with the line named;
//! - `timeline.toml` at the top: the editor's pins (see [`super::pins`]);
//! - anything else: skipped, "not an article"; so is a file that is not a
//!   regular file (a FIFO would block the build) and a `.txt` file over
//!   [`crate::article::MAX_ARTICLE_BYTES`].
//!
//! A folder or file that cannot be read is an error naming it: the build
//! fails rather than embed a partial corpus.

use super::{ArticleMeta, SourceFile};
use crate::model::Skipped;
use std::fs;
use std::path::{Path, PathBuf};

/// What a folder holds.
#[derive(Default)]
pub struct Contents {
    pub files: Vec<SourceFile>,
    pub skipped: Vec<Skipped>,
    /// Every path read, for the build's `rerun-if-changed` lines.
    pub paths: Vec<PathBuf>,
    /// The pins file's path and text, if there is one.
    pub pins: Option<(PathBuf, String)>,
}

/// A path that could not be read.
#[derive(Debug)]
pub struct FolderError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for FolderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.message)
    }
}

fn failed(path: &Path, e: impl std::fmt::Display) -> FolderError {
    FolderError {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// Reads `root` and everything below it, in name order.
pub fn read(root: &Path) -> Result<Contents, FolderError> {
    let mut contents = Contents::default();
    walk(root, root, &mut contents)?;
    Ok(contents)
}

fn relative_name(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn walk(root: &Path, folder: &Path, contents: &mut Contents) -> Result<(), FolderError> {
    contents.paths.push(folder.to_path_buf());
    let mut paths: Vec<PathBuf> = fs::read_dir(folder)
        .map_err(|e| failed(folder, e))?
        .map(|entry| entry.map(|e| e.path()).map_err(|e| failed(folder, e)))
        .collect::<Result<_, _>>()?;
    paths.sort();
    for path in paths {
        let name = relative_name(root, &path);
        let metadata = fs::metadata(&path).map_err(|e| failed(&path, e))?;
        if metadata.is_dir() {
            walk(root, &path, contents)?;
            continue;
        }
        contents.paths.push(path.clone());
        // Reading a FIFO or a device would block the build or never end.
        if !metadata.is_file() {
            contents.skipped.push(Skipped {
                file: name,
                reason: "not a regular file (a FIFO, socket or device): not read".into(),
            });
            continue;
        }
        if name == super::pins::FILE_NAME {
            let text = fs::read_to_string(&path).map_err(|e| failed(&path, e))?;
            contents.pins = Some((path, text));
            continue;
        }
        match path.extension().and_then(|e| e.to_str()) {
            // Not even read: its size alone rules it out.
            Some("txt") if metadata.len() > crate::article::MAX_ARTICLE_BYTES as u64 => {
                contents.skipped.push(Skipped {
                    file: name,
                    reason: crate::article::too_large(metadata.len()),
                });
            }
            Some("txt") => {
                let bytes = fs::read(&path).map_err(|e| failed(&path, e))?;
                contents.files.push(SourceFile::new(&name, bytes));
            }
            Some("jsonl") => {
                let bytes = fs::read(&path).map_err(|e| failed(&path, e))?;
                read_jsonl(&name, &bytes, contents);
            }
            _ => contents.skipped.push(Skipped {
                file: name,
                reason: "not an article: only .txt and .jsonl files are read".into(),
            }),
        }
    }
    Ok(())
}

/// One article per line of a JSON Lines export.
fn read_jsonl(name: &str, bytes: &[u8], contents: &mut Contents) {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let Ok(text) = std::str::from_utf8(bytes) else {
        contents.skipped.push(Skipped {
            file: name.to_string(),
            reason: "a .jsonl file must be UTF-8".into(),
        });
        return;
    };
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let skip = |reason: String| Skipped {
            file: format!("{name}:{number}"),
            reason,
        };
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                contents
                    .skipped
                    .push(skip(format!("not a JSON object: {e}")));
                continue;
            }
        };
        let field = |key: &str| value.get(key).and_then(|v| v.as_str()).map(str::to_string);
        let Some(body) = field("text").filter(|t| !t.trim().is_empty()) else {
            contents.skipped.push(skip("no \"text\" field".into()));
            continue;
        };
        let mut article = String::new();
        if let Some(date) = field("date") {
            // Archives write the date every which way (timestamps, "June 6,
            // 2024"); the article's date-line reader knows them all, and warns
            // about a value it cannot read.
            article.push_str("date: ");
            article.push_str(date.lines().next().unwrap_or_default());
            article.push_str("\n\n");
        }
        article.push_str(&body);
        let mut file = SourceFile::new(&format!("{stem}:{number}.jsonl"), article.into_bytes());
        file.meta = ArticleMeta {
            title: field("title").filter(|t| !t.trim().is_empty()),
            url: field("url").filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            record: Some((name.to_string(), number as u32)),
        };
        contents.files.push(file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse;

    fn read(jsonl: &str) -> Contents {
        let mut contents = Contents::default();
        read_jsonl("wire.jsonl", jsonl.as_bytes(), &mut contents);
        contents
    }

    #[test]
    fn archive_dates_in_any_common_form_date_the_article() {
        let contents = read(concat!(
            r#"{"title": "A", "date": "2024-06-06T18:40:00+02:00", "text": "Dock workers ended their strike."}"#,
            "\n",
            r#"{"date": "June 6, 2024", "text": "Dock workers ended their strike."}"#,
            "\n",
            r#"{"date": "Thu, 06 Jun 2024 16:40:00 GMT", "text": "Dock workers ended their strike."}"#,
        ));
        assert!(contents.skipped.is_empty(), "{:?}", contents.skipped);
        for file in &contents.files {
            let article = parse(&file.name, &file.bytes).unwrap();
            assert_eq!(
                article.published.unwrap().to_string(),
                "2024-06-06",
                "{}",
                file.name
            );
            assert!(article.warnings.is_empty(), "{:?}", article.warnings);
        }
    }

    #[test]
    fn an_unreadable_archive_date_warns_and_the_text_stays_text() {
        let contents =
            read(r#"{"date": "sometime last spring", "text": "Dock workers ended their strike."}"#);
        let file = &contents.files[0];
        assert_eq!(file.name, "wire:1.jsonl");
        let article = parse(&file.name, &file.bytes).unwrap();
        assert_eq!(article.published, None);
        assert_eq!(article.paragraphs, ["Dock workers ended their strike."]);
        assert!(
            article.warnings[0]
                .message
                .contains("\"sometime last spring\" ignored"),
            "{:?}",
            article.warnings
        );
    }

    #[test]
    fn a_records_warning_names_the_export_and_its_line() {
        let contents = read(
            "{\"date\": \"2024-06-06\", \"text\": \"Dock workers ended their strike.\"}\n{\"date\": \"sometime last spring\", \"text\": \"Pilots ended their strike.\"}\n",
        );
        let (corpus, _) = crate::extract::extract(contents.files);
        assert_eq!(corpus.warnings.len(), 1, "{:?}", corpus.warnings);
        let w = &corpus.warnings[0];
        assert_eq!((w.file.as_str(), w.line), ("wire.jsonl", 2));
        assert!(
            w.message
                .starts_with("\"date\" field \"sometime last spring\" ignored"),
            "{}",
            w.message
        );
    }

    #[test]
    fn a_bad_line_is_skipped_with_its_line_named() {
        let contents = read("{\"text\": \"One.\"}\nnot json\n{\"title\": \"no text\"}\n");
        assert_eq!(contents.files.len(), 1);
        let skipped: Vec<&str> = contents.skipped.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(skipped, ["wire.jsonl:2", "wire.jsonl:3"]);
    }
}
