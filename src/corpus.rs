//! A corpus as a stream of documents, read in input order with bounded
//! memory: text files, folders (recursively, `*.txt` by default), JSON
//! Lines, standard input, and any of those gzip-compressed (`.gz`).
//!
//! [`Documents`] yields one document at a time; callers gather them into
//! batches, extract a batch in parallel and write it in order, so output
//! order never depends on parallelism and memory never on corpus size.

use crate::input::{parse_line, parse_plain_line, InputError, Origin};
use diplograph_extract::Document;
use globset::{Glob, GlobMatcher};
use rustc_hash::{FxHashSet, FxHasher};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// How to read a corpus.
#[derive(Clone, Debug, Default)]
pub struct CorpusOptions {
    /// Read every input as JSON Lines, whatever its extension.
    pub jsonl: bool,
    /// The file-name pattern for files found in folders (default `*.txt`;
    /// `.gz` files match through their name without `.gz`).
    pub glob: Option<String>,
    /// Carry on past unreadable inputs (bad JSON Lines, binary or non-UTF-8
    /// files), counting them, instead of stopping at the first.
    pub skip_bad: bool,
    /// Refuse text that is not valid UTF-8 instead of decoding it lossily.
    pub strict: bool,
    /// The date of plain-text documents.
    pub date: Option<String>,
    /// Refuse a document id seen before (building a graph); otherwise warn.
    pub unique_ids: bool,
}

/// One input to read.
#[derive(Clone, Debug)]
enum Source {
    Stdin,
    Jsonl(PathBuf),
    Text(PathBuf),
}

fn is_gz(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "gz")
}

/// The file name without a trailing `.gz`.
fn inner_name(p: &Path) -> String {
    let name = p
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(".gz").map(String::from).unwrap_or(name)
}

fn jsonl_name(name: &str) -> bool {
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

fn open(path: &Path) -> Result<Box<dyn Read + Send>, InputError> {
    let io_err = |source| InputError::Io {
        path: path.display().to_string(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.is_dir() {
        return Err(InputError::Io {
            path: path.display().to_string(),
            source: io::Error::other("is a folder where a file was expected"),
        });
    }
    let file = File::open(path).map_err(io_err)?;
    Ok(if is_gz(path) {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// Events worth telling the user about while reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A file was decoded lossily.
    Lossy(String),
    /// An input was skipped (with `skip_bad`), and why.
    Skipped(String),
    /// A document id repeated an earlier one (extract only warns).
    DuplicateId(String),
    /// A date that is not `YYYY-MM-DD`: the document is kept, its record
    /// says so in its diagnostics, titles are not resolved by date.
    BadDate(String),
}

/// The document ids read so far, each told from every other. Most corpora
/// number their documents (`bench-0`, `bench-1`, ...): an id made of the
/// first such prefix and a number is one bit of a bitmap, a few kilobytes
/// read in order, where a hash set of a hundred thousand ids is a megabyte
/// read at random, about a cache miss a document. Any other id goes to a
/// set of hashes, as every id once did.
#[derive(Default)]
struct SeenIds {
    /// What precedes the number in the first id that ends in one.
    prefix: Option<String>,
    /// Bit `n` is set once the prefix followed by `n` has been read.
    numbered: Vec<u64>,
    /// The hashes of the other ids.
    other: FxHashSet<u64>,
}

impl SeenIds {
    /// Numbers from here up are hashed: the bitmap stays under 128 KB.
    const NUMBERED_BELOW: usize = 1 << 20;

    /// Notes `id`; false if it was read before.
    fn insert(&mut self, id: &str) -> bool {
        if let Some(n) = self.number_of(id) {
            let (word, bit) = (n / 64, 1u64 << (n % 64));
            if word >= self.numbered.len() {
                self.numbered.resize(word + 1, 0);
            }
            let new = self.numbered[word] & bit == 0;
            self.numbered[word] |= bit;
            return new;
        }
        use std::hash::{Hash, Hasher};
        let mut h = FxHasher::default();
        id.hash(&mut h);
        self.other.insert(h.finish())
    }

    /// The number `id` stands for in the bitmap: when it is the prefix
    /// followed by a number written as it is written only once (no
    /// leading zero), so that no two ids share a bit.
    fn number_of(&mut self, id: &str) -> Option<usize> {
        let bytes = id.as_bytes();
        let digits = bytes
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let (prefix, number) = bytes.split_at(bytes.len() - digits);
        if digits == 0 || digits > 7 || (number[0] == b'0' && digits > 1) {
            return None;
        }
        let n = number
            .iter()
            .fold(0, |n, &d| n * 10 + usize::from(d - b'0'));
        if n >= Self::NUMBERED_BELOW {
            return None;
        }
        // A prefix ends where the digits start, which is a character
        // boundary: the digits are ASCII.
        let prefix = &id[..prefix.len()];
        match &self.prefix {
            Some(p) if p == prefix => Some(n),
            Some(_) => None,
            None => {
                self.prefix = Some(prefix.to_string());
                Some(n)
            }
        }
    }
}

/// A JSON Lines source being read: reader, name, lines read.
type OpenJsonl = (BufReader<Box<dyn Read + Send>>, String, usize);

/// The documents of a corpus, in input order.
pub struct Documents {
    sources: std::vec::IntoIter<Source>,
    current: Option<OpenJsonl>,
    options: CorpusOptions,
    /// The document ids read so far.
    seen: SeenIds,
    buf: Vec<u8>,
    /// Bytes of input consumed so far (uncompressed).
    pub bytes_read: u64,
    /// Inputs skipped with `skip_bad`.
    pub skipped: usize,
    /// What happened on the way, drained by the caller.
    pub notices: Vec<Notice>,
    total: Option<u64>,
}

impl Documents {
    /// Opens the inputs: files, folders (expanded now, sorted), `-` for stdin.
    ///
    /// # Errors
    ///
    /// An input that does not exist, a folder that cannot be listed, a bad glob.
    pub fn open(inputs: &[PathBuf], options: CorpusOptions) -> Result<Documents, InputError> {
        let glob: GlobMatcher = Glob::new(options.glob.as_deref().unwrap_or("*.txt"))
            .map_err(|e| InputError::BadLine {
                path: "--glob".into(),
                line: 0,
                message: e.to_string(),
            })?
            .compile_matcher();
        let mut sources = Vec::new();
        let mut total: Option<u64> = Some(0);
        for p in inputs {
            if p.as_os_str() == "-" {
                sources.push(Source::Stdin);
                total = None;
                continue;
            }
            let meta = std::fs::metadata(p).map_err(|source| InputError::Io {
                path: p.display().to_string(),
                source,
            })?;
            let mut files = Vec::new();
            if meta.is_dir() {
                walk(p, &glob, &mut files)?;
                files.sort();
            } else {
                files.push(p.clone());
            }
            for f in files {
                let name = inner_name(&f);
                if is_gz(&f) {
                    total = None; // the uncompressed size is not known up front
                } else if let (Some(t), Ok(m)) = (total, std::fs::metadata(&f)) {
                    total = Some(t + m.len());
                }
                sources.push(if options.jsonl || jsonl_name(&name) {
                    Source::Jsonl(f)
                } else {
                    Source::Text(f)
                });
            }
        }
        Ok(Documents {
            sources: sources.into_iter(),
            current: None,
            options,
            seen: SeenIds::default(),
            buf: Vec::new(),
            bytes_read: 0,
            skipped: 0,
            notices: Vec::new(),
            total,
        })
    }

    /// The total input size in bytes, when it is known (no stdin, no gzip).
    pub fn total_bytes(&self) -> Option<u64> {
        self.total
    }

    fn check_id(&mut self, doc: &Document, origin: &Origin) -> Result<(), InputError> {
        if self.seen.insert(&doc.id) {
            return Ok(());
        }
        if self.options.unique_ids {
            return Err(InputError::DuplicateId {
                path: origin.path.clone(),
                line: origin.line.unwrap_or(0),
                id: doc.id.clone(),
                first: "an earlier document".into(),
            });
        }
        self.notices.push(Notice::DuplicateId(format!(
            "{origin}: document id {:?} was already used by an earlier document",
            doc.id
        )));
        Ok(())
    }

    fn next_text(&mut self, path: PathBuf) -> Result<Option<(Document, Origin)>, InputError> {
        let name = path.display().to_string();
        let mut bytes = Vec::new();
        open(&path)?
            .read_to_end(&mut bytes)
            .map_err(|source| InputError::Io {
                path: name.clone(),
                source,
            })?;
        self.bytes_read += bytes.len() as u64;
        let origin = Origin {
            path: name.clone(),
            line: None,
        };
        // A NUL byte in the first block: a binary file, not text.
        if bytes.iter().take(8192).any(|&b| b == 0) {
            let message = "looks like a binary file (it holds NUL bytes), not text".to_string();
            self.refuse(&origin, message)?;
            return Ok(None);
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                if self.options.strict {
                    let message = format!("not valid UTF-8 at byte {at} (--strict refuses it)");
                    self.refuse(&origin, message)?;
                    return Ok(None);
                }
                self.notices.push(Notice::Lossy(format!(
                    "{name}: not valid UTF-8 from byte {at}; invalid bytes were replaced"
                )));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        let inner = inner_name(&path);
        let id = Path::new(&inner)
            .file_stem()
            .map_or_else(|| inner.clone(), |s| s.to_string_lossy().into_owned());
        let doc = Document {
            id,
            text,
            date: self.options.date.clone(),
        };
        self.check_id(&doc, &origin)?;
        Ok(Some((doc, origin)))
    }

    /// The next line of the current JSON Lines source, or `None` at its end.
    /// A bad input: with `skip_bad` it is counted and told, and `Ok` says
    /// to pass over it; otherwise the error that names it.
    fn refuse(&mut self, origin: &Origin, message: String) -> Result<(), InputError> {
        if self.options.skip_bad {
            self.skipped += 1;
            self.notices
                .push(Notice::Skipped(format!("{origin}: {message}")));
            return Ok(());
        }
        let error = InputError::BadLine {
            path: origin.path.clone(),
            line: origin.line.unwrap_or(0),
            message,
        };
        Err(match origin.line {
            Some(_) => error,
            None => error.without_line(),
        })
    }

    fn next_line(&mut self) -> Result<Option<(Document, Origin)>, InputError> {
        loop {
            let Some((reader, name, line_no)) = self.current.as_mut() else {
                return Ok(None);
            };
            // The plainest lines are read where they lie in the buffer;
            // the others are split off and read in full.
            let plain = parse_plain_line(reader.buffer());
            let (n, read) = match plain {
                Some((doc, n)) => {
                    reader.consume(n);
                    (n, Ok(Some(doc)))
                }
                None => {
                    self.buf.clear();
                    let n = reader.read_until(b'\n', &mut self.buf).map_err(|source| {
                        InputError::Io {
                            path: name.clone(),
                            source,
                        }
                    })?;
                    (n, read_line(&self.buf))
                }
            };
            if n == 0 {
                self.current = None;
                return Ok(None);
            }
            *line_no += 1;
            self.bytes_read += n as u64;
            let origin = Origin {
                path: name.clone(),
                line: Some(*line_no),
            };
            let parsed = read.and_then(|d| match d {
                Some(d) => match (check_date(&d), self.options.strict) {
                    (Ok(()), _) => Ok(Some(d)),
                    (Err(m), true) => Err(format!("{m} (--strict refuses it)")),
                    (Err(m), false) => {
                        self.notices.push(Notice::BadDate(format!(
                            "{origin}: {m}; the document is kept without a usable date"
                        )));
                        Ok(Some(d))
                    }
                },
                None => Ok(None),
            });
            match parsed {
                Ok(None) => continue,
                Ok(Some(doc)) => {
                    self.check_id(&doc, &origin)?;
                    return Ok(Some((doc, origin)));
                }
                Err(message) => {
                    self.refuse(&origin, message)?;
                    continue;
                }
            }
        }
    }
}

/// A line split off whole: its document, `None` for a blank line, or what
/// is wrong with it.
fn read_line(line: &[u8]) -> Result<Option<Document>, String> {
    let line = std::str::from_utf8(line)
        .map_err(|e| format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to()))?
        .trim();
    if line.is_empty() {
        Ok(None)
    } else {
        parse_line(line).map(Some)
    }
}

fn check_date(doc: &Document) -> Result<(), String> {
    match doc.date.as_deref() {
        Some(d) if diplograph_extract::parse_date(d).is_none() => {
            Err(format!("the date {d:?} is not of the form YYYY-MM-DD"))
        }
        _ => Ok(()),
    }
}

impl Iterator for Documents {
    type Item = Result<(Document, Origin), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_some() {
                match self.next_line() {
                    Ok(Some(d)) => return Some(Ok(d)),
                    Ok(None) => continue,
                    Err(e) => {
                        self.current = None;
                        return Some(Err(e));
                    }
                }
            }
            match self.sources.next()? {
                Source::Stdin => {
                    let reader: Box<dyn Read + Send> = Box::new(io::stdin());
                    self.current = Some((BufReader::with_capacity(1 << 16, reader), "-".into(), 0));
                }
                Source::Jsonl(p) => match open(&p) {
                    Ok(r) => {
                        self.current = Some((
                            BufReader::with_capacity(1 << 16, r),
                            p.display().to_string(),
                            0,
                        ))
                    }
                    Err(e) => return Some(Err(e)),
                },
                Source::Text(p) => match self.next_text(p) {
                    Ok(Some(d)) => return Some(Ok(d)),
                    Ok(None) => continue,
                    Err(e) => return Some(Err(e)),
                },
            }
        }
    }
}

fn walk(dir: &Path, glob: &GlobMatcher, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let entries = std::fs::read_dir(dir).map_err(|source| InputError::Io {
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
            walk(&path, glob, out)?;
        } else if glob.is_match(inner_name(&path)) {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn ids(docs: Documents) -> Vec<String> {
        docs.map(|d| d.expect("readable").0.id).collect()
    }

    #[test]
    fn folders_recurse_sorted_with_a_glob_and_gzip() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("b/c")).expect("mkdir");
        std::fs::write(dir.path().join("b/c/z.txt"), "Z.").expect("write");
        std::fs::write(dir.path().join("a.txt"), "A.").expect("write");
        std::fs::write(dir.path().join("skip.md"), "no").expect("write");
        let mut gz = flate2::write::GzEncoder::new(
            File::create(dir.path().join("m.txt.gz")).expect("create"),
            flate2::Compression::default(),
        );
        gz.write_all(b"Compressed text.").expect("gzip");
        gz.finish().expect("finish");
        let docs =
            Documents::open(&[dir.path().to_path_buf()], CorpusOptions::default()).expect("open");
        assert_eq!(docs.total_bytes(), None, "gzip sizes are unknown");
        assert_eq!(ids(docs), vec!["a", "z", "m"]);
        let md = Documents::open(
            &[dir.path().to_path_buf()],
            CorpusOptions {
                glob: Some("*.md".into()),
                ..CorpusOptions::default()
            },
        )
        .expect("open");
        assert_eq!(ids(md), vec!["skip"]);
    }

    #[test]
    fn jsonl_gz_and_bad_dates() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("d.jsonl.gz");
        let mut gz = flate2::write::GzEncoder::new(
            File::create(&p).expect("create"),
            flate2::Compression::default(),
        );
        gz.write_all(b"{\"id\":\"x\",\"text\":\"t\"}\n{\"id\":\"y\",\"text\":\"t\",\"date\":\"2024-02-30\"}\n").expect("gzip");
        gz.finish().expect("finish");
        let mut docs =
            Documents::open(std::slice::from_ref(&p), CorpusOptions::default()).expect("open");
        assert_eq!(docs.next().expect("first").expect("ok").0.id, "x");
        assert_eq!(
            docs.next().expect("second").expect("kept").0.id,
            "y",
            "a bad date loses nothing"
        );
        assert!(
            matches!(&docs.notices[0], Notice::BadDate(m) if m.contains("d.jsonl.gz:2: the date \"2024-02-30\""))
        );
        let strict = CorpusOptions {
            strict: true,
            ..CorpusOptions::default()
        };
        let mut docs = Documents::open(std::slice::from_ref(&p), strict.clone()).expect("open");
        assert!(docs.next().expect("first").is_ok());
        let err = docs.next().expect("second").expect_err("strict refuses");
        assert!(err.to_string().contains("d.jsonl.gz:2: the date"), "{err}");
        let docs = Documents::open(
            &[p],
            CorpusOptions {
                skip_bad: true,
                ..strict
            },
        )
        .expect("open");
        assert_eq!(docs.count(), 1);
    }

    #[test]
    fn binary_and_non_utf8_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bin = dir.path().join("x.txt");
        std::fs::write(&bin, b"\x7fELF\x00\x00binary").expect("write");
        let err = Documents::open(std::slice::from_ref(&bin), CorpusOptions::default())
            .expect("open")
            .next()
            .expect("one")
            .expect_err("binary");
        assert!(err.to_string().contains("binary"), "{err}");
        let latin1 = dir.path().join("l.txt");
        std::fs::write(&latin1, b"Caf\xe9 talks.").expect("write");
        let mut docs =
            Documents::open(std::slice::from_ref(&latin1), CorpusOptions::default()).expect("open");
        let (doc, _) = docs.next().expect("one").expect("lossy is fine");
        assert_eq!(doc.text, "Caf\u{fffd} talks.");
        assert!(matches!(&docs.notices[0], Notice::Lossy(m) if m.contains("l.txt")));
        let strict = Documents::open(
            &[latin1],
            CorpusOptions {
                strict: true,
                ..CorpusOptions::default()
            },
        )
        .expect("open")
        .next()
        .expect("one");
        assert!(strict.is_err());
    }

    #[test]
    fn duplicate_ids_warn_or_fail() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("d.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"a\",\"text\":\"u\"}\n",
        )
        .expect("write");
        let mut docs =
            Documents::open(std::slice::from_ref(&p), CorpusOptions::default()).expect("open");
        assert_eq!(docs.by_ref().filter_map(Result::ok).count(), 2);
        assert!(matches!(&docs.notices[0], Notice::DuplicateId(_)));
        let unique = Documents::open(
            &[p],
            CorpusOptions {
                unique_ids: true,
                ..CorpusOptions::default()
            },
        )
        .expect("open");
        assert!(unique.collect::<Result<Vec<_>, _>>().is_err());
    }

    #[test]
    fn seen_ids_tell_every_id_apart() {
        let mut seen = SeenIds::default();
        let ids = [
            "b-1",
            "b-01",
            "b-10",
            "b-0",
            "b-00",
            "c-1",
            "1",
            "b-",
            "b",
            "b-9999999",
            "b-123456",
            "b-1048575",
            "b-1048576",
            "é-2",
        ];
        for id in ids {
            assert!(seen.insert(id), "{id} is new");
        }
        for id in ids {
            assert!(!seen.insert(id), "{id} was read");
        }
        // Numbered by the first prefix, kept in the bitmap.
        assert_eq!(seen.prefix.as_deref(), Some("b-"));
        assert!(!seen.numbered.is_empty());
    }
}
