//! Reading documents: plain text files, JSON Lines, directories and stdin.
//!
//! A text file is one document whose id is the file name without its
//! extension. A JSON Lines file holds one `{"id", "text", "date"?}` object a
//! line; other fields (gold annotations, say) are ignored. Every error names
//! the file and, for JSON Lines, the line.

use diplograph_extract::Document;
use serde::Deserialize;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
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

/// Reads a text file as one document; its id is the file stem.
///
/// Invalid UTF-8 is decoded lossily; the returned flag says whether that happened.
///
/// # Errors
///
/// The file cannot be read.
pub fn read_text_file(path: &Path) -> Result<(Document, bool), InputError> {
    let bytes = fs::read(path).map_err(|source| InputError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let (text, lossy) = match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    let id = path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    Ok((
        Document {
            id,
            text,
            date: None,
        },
        lossy,
    ))
}

/// Whether a path names JSON Lines (by extension).
pub fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Expands directories into the text and JSON Lines files under them, sorted.
///
/// # Errors
///
/// A directory that cannot be listed, or a path that does not exist.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
            continue;
        }
        let meta = fs::metadata(p).map_err(|source| InputError::Io {
            path: p.display().to_string(),
            source,
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let entries = fs::read_dir(dir).map_err(|source| InputError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| InputError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl" | "ndjson")
        ) {
            out.push(path);
        }
    }
    Ok(())
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
