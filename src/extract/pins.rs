//! Editorial pins: `timeline.toml` in the seeds folder.
//!
//! An editor can pin an article's date, headline or source URL:
//!
//! ```toml
//! [articles."2025/city-council-vote"]
//! date = "2025-04-12"
//! headline = "Council approves the new budget"
//! url = "https://example.org/story"
//! ```
//!
//! A pinned date is the most authoritative source and flows to the
//! article's twins like any other. A pin that contradicts the text (a date
//! that is not a Saturday where the text says "on Saturday") is applied
//! with a warning; a pin for an article that does not exist, a malformed
//! file, an unknown field or an impossible date is an error naming the line.
//!
//! ```
//! use news_timeline::extract::pins::parse;
//! let pins = parse("timeline.toml", "[articles.a]\ndate = \"2024-04-20\"\n").unwrap();
//! assert_eq!(pins[0].article, "a");
//! assert!(parse("timeline.toml", "[articles.a]\ndate = \"2024-13-45\"\n").is_err());
//! ```

use crate::civil::Day;

/// The pins file's name inside the seeds folder.
pub const FILE_NAME: &str = "timeline.toml";

/// One article's pins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    pub article: String,
    /// Line of the article's table in the pins file, for messages.
    pub line: u32,
    pub date: Option<Day>,
    pub headline: Option<String>,
    pub url: Option<String>,
}

/// A pins file that cannot be used, with the line at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinError {
    pub file: String,
    pub line: u32,
    pub message: String,
}

impl std::fmt::Display for PinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

fn line_of(text: &str, offset: usize) -> u32 {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
}

/// The line where an article's table (or a key in it) is written.
fn line_of_key(text: &str, article: &str, key: Option<&str>) -> u32 {
    let header = text
        .find(&format!("\"{article}\"]"))
        .or_else(|| text.find(&format!("articles.{article}]")));
    match (header, key) {
        (Some(at), Some(key)) => {
            let rest = &text[at..];
            let within = rest.find(&format!("\n{key}")).or_else(|| rest.find(key));
            line_of(text, at + within.map_or(0, |i| i + 1))
        }
        (Some(at), None) => line_of(text, at),
        (None, _) => 1,
    }
}

/// Parses a pins file.
pub fn parse(file: &str, text: &str) -> Result<Vec<Pin>, PinError> {
    let error = |line: u32, message: String| PinError {
        file: file.to_string(),
        line,
        message,
    };
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        error(line, format!("not valid TOML: {}", e.message()))
    })?;
    let mut pins = Vec::new();
    for (key, value) in &table {
        if key != "articles" {
            return Err(error(
                1,
                format!("unknown section [{key}]; pins go under [articles.\"ID\"]"),
            ));
        }
        let Some(articles) = value.as_table() else {
            return Err(error(1, "articles must be a table of article ids".into()));
        };
        for (article, fields) in articles {
            let line = line_of_key(text, article, None);
            let Some(fields) = fields.as_table() else {
                return Err(error(line, format!("articles.{article} must be a table")));
            };
            let mut pin = Pin {
                article: article.clone(),
                line,
                date: None,
                headline: None,
                url: None,
            };
            for (name, value) in fields {
                let at = line_of_key(text, article, Some(name));
                let text_value = || {
                    value
                        .as_str()
                        .map(str::to_string)
                        .ok_or_else(|| error(at, format!("{name} must be a string")))
                };
                match name.as_str() {
                    "date" => {
                        let raw = text_value()?;
                        let day = Day::parse(&raw)
                            .map_err(|e| error(at, format!("date {raw:?} for {article}: {e}")))?;
                        pin.date = Some(day);
                    }
                    "headline" => pin.headline = Some(text_value()?),
                    "url" => {
                        let url = text_value()?;
                        if !(url.starts_with("https://") || url.starts_with("http://")) {
                            return Err(error(
                                at,
                                format!("url {url:?} must start with http:// or https://"),
                            ));
                        }
                        pin.url = Some(url);
                    }
                    other => {
                        return Err(error(
                            at,
                            format!("unknown field {other:?}; known: date, headline, url"),
                        ))
                    }
                }
            }
            pins.push(pin);
        }
    }
    Ok(pins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line() {
        let e = parse(
            "t.toml",
            "[articles.a]\nheadline = \"x\"\ndate = \"2024-02-30\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("2024-02-30"));
        let e = parse("t.toml", "[articles.a]\ndate = \n").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        let e = parse("t.toml", "[articles.a]\ncolour = \"red\"\n").unwrap_err();
        assert!(e.message.contains("unknown field"));
        let e = parse("t.toml", "[articles.a]\nurl = \"javascript:alert(1)\"\n").unwrap_err();
        assert!(e.message.contains("http"));
    }

    #[test]
    fn quoted_ids_and_all_fields() {
        let pins = parse(
            "t.toml",
            "[articles.\"003_x\"]\ndate = \"2025-04-12\"\nheadline = \"H\"\nurl = \"https://e.org/s\"\n",
        )
        .unwrap();
        assert_eq!(pins[0].article, "003_x");
        assert_eq!(pins[0].date, Day::parse("2025-04-12").ok());
        assert_eq!(pins[0].headline.as_deref(), Some("H"));
        assert_eq!(pins[0].line, 1);
    }
}
