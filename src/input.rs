//! Reading JSON Lines documents, and the errors of reading input.
//!
//! A JSON Lines file holds one `{"id", "text", "date"?}` object a line;
//! other fields (gold annotations, say) are ignored. Every error names the
//! file and, for JSON Lines, the line. Folders, text files and compressed
//! inputs are read by [`crate::corpus`].

use diplograph_extract::Document;
use serde::Deserialize;
use std::io::{self, BufRead, BufReader, Read};
use thiserror::Error;

/// A document source that could not be read.
#[derive(Debug, Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        #[source]
        source: io::Error,
    },
    /// A JSON Lines line is not a document object.
    #[error("{path}:{line}: {message}")]
    BadLine {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Two documents share an id.
    #[error("{path}:{line}: document id {id:?} was already used (first at {first})")]
    DuplicateId {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// The id.
        id: String,
        /// Where it was first seen.
        first: String,
    },
}

#[derive(Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

impl InputError {
    /// The same error without a line number (for whole files).
    pub fn without_line(self) -> InputError {
        match self {
            InputError::BadLine { path, message, .. } => InputError::Io {
                path,
                source: std::io::Error::other(message),
            },
            other => other,
        }
    }
}

/// Where a document came from: `file` or `file:line`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file (`-` for stdin).
    pub path: String,
    /// The line, for JSON Lines.
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// Parses one JSON Lines line into a document.
///
/// # Errors
///
/// A message (without location) saying what is wrong.
pub fn parse_line(line: &str) -> Result<Document, String> {
    let parsed: Line =
        serde_json::from_str(line).map_err(|e| format!("not a document object ({e})"))?;
    let id = match parsed.id {
        serde_json::Value::String(s) if !s.is_empty() => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err("the \"id\" field must be a non-empty string or a number".to_string()),
    };
    Ok(Document {
        id,
        text: parsed.text,
        date: parsed.date.filter(|d| !d.trim().is_empty()),
    })
}

/// Reads every document of a JSON Lines stream, calling `each` in order.
/// Blank lines are skipped.
///
/// # Errors
///
/// The first unreadable line, naming `path` and the line number, unless
/// `skip_bad` is set, in which case bad lines are counted in the returned value.
pub fn read_jsonl<R: Read>(
    reader: R,
    path: &str,
    skip_bad: bool,
    mut each: impl FnMut(Document, Origin) -> Result<(), InputError>,
) -> Result<usize, InputError> {
    let mut reader = BufReader::new(reader);
    let mut buf = Vec::new();
    let mut n = 0;
    let mut bad = 0;
    loop {
        buf.clear();
        let read = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| InputError::Io {
                path: path.to_string(),
                source,
            })?;
        if read == 0 {
            break;
        }
        n += 1;
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim(),
            Err(e) => {
                let err = InputError::BadLine {
                    path: path.to_string(),
                    line: n,
                    message: format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to()),
                };
                if skip_bad {
                    bad += 1;
                    continue;
                }
                return Err(err);
            }
        };
        if line.is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(doc) => each(
                doc,
                Origin {
                    path: path.to_string(),
                    line: Some(n),
                },
            )?,
            Err(message) => {
                if skip_bad {
                    bad += 1;
                    continue;
                }
                return Err(InputError::BadLine {
                    path: path.to_string(),
                    line: n,
                    message,
                });
            }
        }
    }
    Ok(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_errors_name_the_line() {
        let input = "{\"id\":\"a\",\"text\":\"x\"}\n\nnot json\n";
        let mut ids = Vec::new();
        let err = read_jsonl(input.as_bytes(), "in.jsonl", false, |d, _| {
            ids.push(d.id);
            Ok(())
        })
        .expect_err("line 3 is bad");
        assert_eq!(ids, vec!["a"]);
        assert!(
            err.to_string()
                .starts_with("in.jsonl:3: not a document object"),
            "{err}"
        );
    }

    #[test]
    fn skip_bad_counts_lines() {
        let input =
            "{\"id\":1,\"text\":\"x\",\"date\":\"2024-01-01\",\"gold\":[]}\n{\"id\":\"b\"}\n";
        let mut docs = Vec::new();
        let bad = read_jsonl(input.as_bytes(), "in", true, |d, _| {
            docs.push(d);
            Ok(())
        })
        .expect("skips");
        assert_eq!(bad, 1);
        assert_eq!(docs[0].id, "1");
        assert_eq!(docs[0].date.as_deref(), Some("2024-01-01"));
    }
}
