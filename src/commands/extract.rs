//! `diplograph extract`: records as JSON (one text file) or JSON Lines (a corpus).

use super::{extractor, pipeline};
use diplograph::extract::Counts;
use std::io::{self, IoSlice, Write};
use std::sync::Mutex;

/// Arguments of `extract`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph extract article.txt --date 2024-04-26 --pretty\n  diplograph extract --jsonl docs.jsonl > records.jsonl\n  cat docs.jsonl | diplograph extract --jsonl - > records.jsonl\n  diplograph extract articles/ --glob '*.txt' --jobs 8 > records.jsonl\n  diplograph extract corpus.jsonl.gz > records.jsonl\n\nOne text file gives one JSON record; anything more (JSON Lines, folders, several files) gives JSON Lines in input order, whatever --jobs."
)]
pub struct Args {
    #[command(flatten)]
    corpus: pipeline::CorpusArgs,
    /// Pretty-print a single record.
    #[arg(long)]
    pretty: bool,
}

/// Runs `extract`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let extractor = extractor(&args.corpus.actors)?;
    // One plain text file: one JSON record, as a document's record.
    let single = args.corpus.inputs.len() == 1
        && !args.corpus.jsonl
        && args.corpus.inputs[0].is_file()
        && !super::looks_like_jsonl(&args.corpus.inputs[0]);
    // Unbuffered: every line is a buffer of its own, and lines go out in
    // one vectored write without being copied again.
    let mut out = standard_output();
    let options = args.corpus.options(false);
    let run = pipeline::Run {
        inputs: &args.corpus.inputs,
        options,
        jobs: args.corpus.jobs,
        quiet: args.corpus.quiet || single,
    };
    let pretty = single && args.pretty;
    // Lines written out, kept to be written into again. A record is
    // several times its text: written into memory the allocator hands out
    // afresh, it would miss the cache at every line of it. With one job the
    // next document is extracted as soon as the line before is written,
    // into that line's memory, still in the cache.
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    // Lines handed on and not written yet: a document at a time (with one
    // job) would be a write each.
    let mut pending: Vec<Vec<u8>> = Vec::new();
    let mut pending_bytes = 0;
    let summary = pipeline::run(
        &extractor,
        run,
        // Records are serialised on the worker threads (on this one with
        // one job); this thread writes.
        |extractor, document, _| {
            // The record's writer makes room for all of it at once (a
            // record is several times its text), with a byte or more to
            // spare for the newline.
            let mut line = spare
                .lock()
                .ok()
                .and_then(|mut spare| spare.pop())
                .unwrap_or_default();
            let counts = if pretty {
                let record = extractor.extract(&document);
                serde_json::to_writer_pretty(&mut line, &record)?;
                Counts::of(&record)
            } else {
                extractor.extract_json(&document, &mut line)
            };
            line.push(b'\n');
            Ok((counts, line))
        },
        |lines| {
            pending_bytes += lines.iter().map(Vec::len).sum::<usize>();
            pending.extend(lines);
            if pending_bytes >= WRITE_BYTES {
                // Given back even if the write failed: not to be written twice.
                let written = write_lines(&mut out, &pending);
                give_back(&spare, &mut pending);
                pending_bytes = 0;
                written?;
            }
            Ok(())
        },
    );
    // The lines handed on before an error are written as well.
    write_lines(&mut out, &pending)?;
    out.flush()?;
    let summary = summary?;
    if !args.corpus.quiet && !single {
        eprintln!("diplograph: {}", summary.line());
    }
    Ok(())
}

/// Standard output, not through `Stdout` where it can be helped: its line
/// writer looks through every byte of a short write for newlines. A file
/// of its own on the same output (if one can be had) is written as it is.
fn standard_output() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout().lock())
}

/// The bytes of lines gathered for one write. A line written is taken
/// again for a later record; the fewer lines wait for a write, the sooner
/// their memory is written into again, while it is still in the cache of
/// the second level. Lines of 32 KB (four or five documents) waited long
/// enough for a document's analysis to push almost all of them out of it.
const WRITE_BYTES: usize = 16 << 10;

/// The most lines kept to be written into again.
const SPARE_LINES: usize = 16;

/// Empties `lines`, keeping the last written (the likeliest to be in the
/// cache) in `spare`, emptied, as long as there is room.
fn give_back(spare: &Mutex<Vec<Vec<u8>>>, lines: &mut Vec<Vec<u8>>) {
    if let Ok(mut spare) = spare.lock() {
        let room = SPARE_LINES.saturating_sub(spare.len());
        let kept = lines.len().saturating_sub(room);
        spare.extend(lines.drain(kept..).map(|mut line| {
            line.clear();
            line
        }));
    }
    lines.clear();
}

/// Writes `lines` in order, as few writes as the system takes, each line
/// from its own buffer.
fn write_lines(out: &mut impl Write, lines: &[Vec<u8>]) -> io::Result<()> {
    let mut slices: Vec<IoSlice<'_>> = lines.iter().map(|l| IoSlice::new(l)).collect();
    let mut rest = &mut slices[..];
    // Empty slices at the front would read as a write of nothing.
    IoSlice::advance_slices(&mut rest, 0);
    while !rest.is_empty() {
        match out.write_vectored(rest) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut rest, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes at most `max` bytes a write, as a pipe may.
    struct Trickle {
        written: Vec<u8>,
        max: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = buf.len().min(self.max);
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
            let mut n = 0;
            for buf in bufs {
                let take = buf.len().min(self.max - n);
                self.written.extend_from_slice(&buf[..take]);
                n += take;
                if n == self.max {
                    break;
                }
            }
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn lines_are_written_whole_and_in_order_however_the_writes_are_cut() {
        let lines: Vec<Vec<u8>> = ["", "{\"id\":\"a\"}\n", "", "{\"id\":\"b\"}\n", "x\n"]
            .iter()
            .map(|l| l.as_bytes().to_vec())
            .collect();
        for max in [1, 2, 5, 13, 1000] {
            let mut out = Trickle {
                written: Vec::new(),
                max,
            };
            write_lines(&mut out, &lines).expect("written");
            assert_eq!(out.written, lines.concat(), "{max} bytes a write");
        }
    }
}
