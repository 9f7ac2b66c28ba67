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

/// Reads a line of the plainest kind straight from buffered bytes, before
/// it is split off: `{"id": "…", "text": "…", "date": "…"}` with its
/// fields in any order, the date optional, nothing but spaces between the
/// parts, no escapes in its strings, and a newline within `bytes`.
///
/// Returns the document, as [`parse_line`] would make it, and the length
/// of the line with its newline; `None` for any other line, which is left
/// to [`parse_line`] to read or refuse.
pub fn parse_plain_line(bytes: &[u8]) -> Option<(Document, usize)> {
    let mut cursor = PlainCursor { bytes, at: 0 };
    cursor.expect(b'{')?;
    let (mut id, mut text, mut date) = (None, None, None);
    loop {
        cursor.skip_spaces();
        let key = cursor.plain_string()?;
        cursor.skip_spaces();
        cursor.expect(b':')?;
        cursor.skip_spaces();
        let value = cursor.plain_string()?;
        let field = match key {
            "id" => &mut id,
            "text" => &mut text,
            "date" => &mut date,
            _ => return None,
        };
        if field.replace(value).is_some() {
            return None;
        }
        cursor.skip_spaces();
        match cursor.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    match cursor.next()? {
        b'\n' => {}
        b'\r' => cursor.expect(b'\n')?,
        _ => return None,
    }
    let id = id.filter(|id: &&str| !id.is_empty())?;
    let document = Document {
        id: id.to_string(),
        text: text?.to_string(),
        date: date
            .filter(|d: &&str| !d.trim().is_empty())
            .map(str::to_string),
    };
    Some((document, cursor.at))
}

/// A place in the bytes of a line read by [`parse_plain_line`].
struct PlainCursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> PlainCursor<'a> {
    /// The next byte, passed over.
    fn next(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// Passes over the byte `want`, or says `None` if another comes next.
    fn expect(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    /// Passes over spaces.
    fn skip_spaces(&mut self) {
        while self.bytes.get(self.at) == Some(&b' ') {
            self.at += 1;
        }
    }

    /// A string without escapes or control characters, and valid UTF-8.
    fn plain_string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let rest = &self.bytes[self.at..];
        let len = first_special(rest)?;
        if rest[len] != b'"' {
            return None;
        }
        let s = std::str::from_utf8(&rest[..len]).ok()?;
        self.at += len + 1;
        Some(s)
    }
}

/// Where the first byte a JSON string cannot hold as it is lies: a quote,
/// a backslash or a control character. Looked for a block at a time, then
/// eight bytes at a time in the block that holds it.
fn first_special(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    // Without short cuts, so that a block's bytes are compared together.
    let special = |b: u8| (b == b'"') | (b == b'\\') | (b < 0x20);
    let mut plain = 0;
    for block in bytes.chunks_exact(BLOCK) {
        // As an array, its bytes are looked at side by side; the marks are
        // gathered as bytes, which the compiler compares many at once.
        let Ok(block) = <&[u8; BLOCK]>::try_from(block) else {
            break;
        };
        if block.iter().fold(0u8, |any, &b| any | u8::from(special(b))) != 0 {
            break;
        }
        plain += BLOCK;
    }
    let mut words = bytes[plain..].chunks_exact(8);
    for word in words.by_ref() {
        let bits = special_bits(word);
        if bits != 0 {
            return Some(plain + bits.trailing_zeros() as usize / 8);
        }
        plain += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| special(b))
        .map(|k| plain + k)
}

/// The high bit of each of eight bytes that is a quote, a backslash or a
/// control character, and maybe of some after such a byte: the lowest bit
/// set marks the first of them.
fn special_bits(word: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut eight = [0u8; 8];
    eight.copy_from_slice(word);
    let word = u64::from_le_bytes(eight);
    // Below 0x20: subtracting 0x20 borrows into the high bit of that byte
    // (bytes of 0x80 and up have it set already and are masked out). A
    // byte equal to `"` or `\\` is zero after the XOR, and borrows likewise.
    // A borrow may run on into the bytes above, never into those below.
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    ((word.wrapping_sub(ONES * 0x20) & !word)
        | (quote.wrapping_sub(ONES) & !quote)
        | (backslash.wrapping_sub(ONES) & !backslash))
        & (ONES * 0x80)
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
    fn plain_lines_read_as_parse_line_reads_them() {
        let plain = [
            "{\"id\": \"a\", \"date\": \"2024-01-01\", \"text\": \"Talks \u{2019}here\u{2019}.\"}\n",
            "{\"text\":\"x\",\"id\":\"b\"}\r\n",
            "{\"id\":\"c\",\"text\":\"\",\"date\":\" \"}\nnext",
        ];
        for line in plain {
            let (doc, len) = parse_plain_line(line.as_bytes()).expect(line);
            assert_eq!(len, line.find('\n').expect("newline") + 1, "{line}");
            let want = parse_line(line[..len].trim()).expect(line);
            assert_eq!(
                (doc.id, doc.text, doc.date),
                (want.id, want.text, want.date)
            );
        }
        let others = [
            "{\"id\":\"a\",\"text\":\"x\"}",
            "{\"id\":\"a\",\"text\":\"x\"} \n",
            " {\"id\":\"a\",\"text\":\"x\"}\n",
            "{\"id\":\"\",\"text\":\"x\"}\n",
            "{\"id\":1,\"text\":\"x\"}\n",
            "{\"id\":\"a\"}\n",
            "{\"id\":\"a\",\"id\":\"b\",\"text\":\"x\"}\n",
            "{\"id\":\"a\",\"text\":\"x\",\"gold\":\"y\"}\n",
            "{\"id\":\"a\",\"text\":\"say \\\"x\\\"\"}\n",
            "{\"id\":\"a\",\"text\":\"tab\there\"}\n",
            "{\"id\":\"a\",\"text\":\"x\",\"date\":null}\n",
        ];
        for line in others {
            assert!(parse_plain_line(line.as_bytes()).is_none(), "{line}");
        }
        let long = format!("{{\"id\":\"a\",\"text\":\"{}\\n\"}}\n", "w".repeat(70));
        assert!(
            parse_plain_line(long.as_bytes()).is_none(),
            "an escape after a block"
        );
        let invalid = b"{\"id\":\"a\",\"text\":\"caf\xe9\"}\n";
        assert!(parse_plain_line(invalid).is_none(), "not UTF-8");
    }

    #[test]
    fn the_first_special_byte_is_found_at_every_place() {
        for len in 0..150 {
            for at in 0..=len {
                for special in [b'"', b'\\', b'\n', 0x1f, 0] {
                    // Bytes of every kind before it, specials after it.
                    let mut bytes: Vec<u8> = (0..len)
                        .map(|i| [b'w', 0x7f, 0x80, 0xe2, b' ', b'!'][i % 6])
                        .collect();
                    bytes.extend_from_slice(b"\"\\\n");
                    if at < len {
                        bytes[at] = special;
                    }
                    let want = bytes
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
                    assert_eq!(first_special(&bytes), want, "{len} {at}");
                    assert_eq!(first_special(&bytes[..len]), want.filter(|&k| k < len));
                }
            }
        }
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
