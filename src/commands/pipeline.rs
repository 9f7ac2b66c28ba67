//! The corpus pipeline shared by `extract` and `build`: documents read in
//! order, extracted in parallel batches, handed on in order; a progress bar
//! while it runs and a one-line summary at the end.

use diplograph::corpus::{CorpusOptions, Documents, Notice};
use diplograph::extract::{Counts, Document, Extractor};
use diplograph::input::Origin;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

/// Documents per batch, and the most text a batch holds: together they
/// bound memory whatever the corpus size.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

/// The corpus arguments `extract` and `build` share.
#[derive(clap::Args, Debug)]
pub struct CorpusArgs {
    /// Text files, JSON Lines files (`.jsonl`, also `.gz`), folders, or `-` for JSON Lines on stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Read every input as JSON Lines (`{"id","text","date"?}` a line).
    #[arg(long)]
    pub jsonl: bool,
    /// The files to take from folders (default `*.txt`).
    #[arg(long)]
    pub glob: Option<String>,
    /// The date of plain-text documents (YYYY-MM-DD); titles resolve by it.
    #[arg(long, value_parser = super::parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// Extra actor dictionary files (TSV, see data/README.md); may be repeated.
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Carry on past unreadable inputs (bad lines, binary files), counting them.
    #[arg(long)]
    pub skip_bad: bool,
    /// Refuse text that is not valid UTF-8 (instead of decoding it lossily) and dates that are not YYYY-MM-DD (instead of warning).
    #[arg(long)]
    pub strict: bool,
    /// Threads to extract with (default: all cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// No progress bar and no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

impl CorpusArgs {
    /// How to read the corpus; `unique_ids` when building a graph.
    pub fn options(&self, unique_ids: bool) -> CorpusOptions {
        CorpusOptions {
            jsonl: self.jsonl,
            glob: self.glob.clone(),
            skip_bad: self.skip_bad,
            strict: self.strict,
            date: self.date.map(|d| d.to_string()),
            unique_ids,
        }
    }
}

/// How to run.
pub struct Run<'a> {
    pub inputs: &'a [PathBuf],
    pub options: CorpusOptions,
    pub jobs: Option<usize>,
    pub quiet: bool,
}

/// What a run did.
#[derive(Default)]
pub struct Summary {
    pub documents: usize,
    pub bytes: u64,
    pub entities: usize,
    pub relations: usize,
    pub skipped: usize,
    pub duplicates: usize,
    pub bad_dates: usize,
    pub seconds: f64,
}

impl Summary {
    pub fn line(&self) -> String {
        let mb = self.bytes as f64 / 1e6;
        let secs = self.seconds.max(1e-9);
        let mut s = format!(
            "{} documents, {mb:.1} MB in {:.1} s ({:.1} MB/s, {:.0} documents/s): {} entities, {} relations",
            self.documents,
            self.seconds,
            mb / secs,
            self.documents as f64 / secs,
            self.entities,
            self.relations
        );
        if self.skipped > 0 {
            s.push_str(&format!(", skipped {} unreadable inputs", self.skipped));
        }
        if self.bad_dates > 0 {
            s.push_str(&format!(", {} unusable dates", self.bad_dates));
        }
        if self.duplicates > 0 {
            s.push_str(&format!(", {} repeated ids", self.duplicates));
        }
        s
    }
}

fn progress(total: Option<u64>, quiet: bool) -> ProgressBar {
    // Drawn only on a terminal, never into a pipe or a log.
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total {
        Some(t) => {
            let bar = ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}") {
                bar.set_style(style);
            }
            bar
        }
        None => {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}",
            ) {
                bar.set_style(style);
            }
            bar
        }
    }
}

/// Reads, extracts and hands each batch (in input order) to `sink`.
///
/// `extract` runs on the worker threads with each document: it extracts
/// what it needs (a record, or the record's JSON) and says how much the
/// record holds, so whatever it does is parallel too; `sink` gets its
/// results in input order on the calling thread.
///
/// Three batches are under way at once: while the workers extract one, the
/// calling thread hands the one before to `sink` and reads the one after,
/// so reading, writing and graph building do not leave the workers idle.
/// With one job there are no workers to keep busy: the calling thread
/// extracts each document itself and hands it on at once.
pub fn run<T: Send>(
    extractor: &Extractor,
    run: Run<'_>,
    extract: impl Fn(&Extractor, Document, Origin) -> anyhow::Result<(Counts, T)> + Sync,
    mut sink: impl FnMut(Vec<T>) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let docs = Documents::open(run.inputs, run.options)?;
    let bar = progress(docs.total_bytes(), run.quiet);
    let mut summary = Summary::default();
    let mut reader = Reader {
        docs,
        lossy_told: false,
        quiet: run.quiet,
        error: None,
        done: false,
    };
    if run.jobs == Some(1) {
        one_by_one(
            extractor,
            &mut reader,
            &bar,
            &mut summary,
            &extract,
            &mut sink,
        )?;
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(run.jobs.unwrap_or(0))
            .build()?;
        in_parallel(
            &pool,
            extractor,
            &mut reader,
            &bar,
            &mut summary,
            &extract,
            &mut sink,
        )?;
    }
    bar.finish_and_clear();
    if let Some(e) = reader.error {
        return Err(e.into());
    }
    summary.bytes = reader.docs.bytes_read;
    summary.skipped = reader.docs.skipped;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// With one thread: batches are read as by [`in_parallel`] (a batch cut
/// short by an error is not handed on), and their documents extracted
/// and handed on one by one on the calling thread. What a document's
/// extraction makes (a record's JSON, several times its text) is handed
/// on while it is still in the cache, and its memory is taken again by the
/// next document's; held for a whole batch, it would be written to memory
/// out of the cache and push the dictionary's tables out of it.
fn one_by_one<T>(
    extractor: &Extractor,
    reader: &mut Reader,
    bar: &ProgressBar,
    summary: &mut Summary,
    extract: &impl Fn(&Extractor, Document, Origin) -> anyhow::Result<(Counts, T)>,
    sink: &mut impl FnMut(Vec<T>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    loop {
        let batch = reader.batch(bar, summary);
        if batch.is_empty() {
            return Ok(());
        }
        for (d, o) in batch {
            let (counts, t) = extract(extractor, d, o)?;
            summary.entities += counts.entities;
            summary.relations += counts.relations;
            summary.documents += 1;
            sink(vec![t])?;
        }
        bar.set_message(format!("{} documents", summary.documents));
    }
}

/// With a pool of threads: three batches are under way at once, see [`run`].
fn in_parallel<T: Send>(
    pool: &rayon::ThreadPool,
    extractor: &Extractor,
    reader: &mut Reader,
    bar: &ProgressBar,
    summary: &mut Summary,
    extract: &(impl Fn(&Extractor, Document, Origin) -> anyhow::Result<(Counts, T)> + Sync),
    sink: &mut impl FnMut(Vec<T>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut current = reader.batch(bar, summary);
    let mut extracted: Option<Vec<Extracted<T>>> = None;
    while !current.is_empty() || extracted.is_some() {
        let mut next_extracted = None;
        let mut next = Vec::new();
        let mut sunk = Ok(());
        pool.in_place_scope(|scope| {
            if !current.is_empty() {
                let (batch, slot, extract) = (&mut current, &mut next_extracted, &extract);
                scope.spawn(move |_| {
                    *slot = Some(
                        batch
                            .par_drain(..)
                            .map(|(d, o)| extract(extractor, d, o))
                            .collect(),
                    );
                });
            }
            if let Some(done) = extracted.take() {
                sunk = deliver(done, summary, bar, sink);
            }
            if sunk.is_ok() {
                next = reader.batch(bar, summary);
            }
        });
        sunk?;
        extracted = next_extracted;
        current = next;
    }
    Ok(())
}

/// A document's entity and relation counts and what `extract` made of it.
type Extracted<T> = anyhow::Result<(Counts, T)>;

/// Counts an extracted batch and hands it to the sink.
fn deliver<T>(
    batch: Vec<Extracted<T>>,
    summary: &mut Summary,
    bar: &ProgressBar,
    sink: &mut impl FnMut(Vec<T>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut out = Vec::with_capacity(batch.len());
    for m in batch {
        let (counts, t) = m?;
        summary.entities += counts.entities;
        summary.relations += counts.relations;
        out.push(t);
    }
    summary.documents += out.len();
    bar.set_message(format!("{} documents", summary.documents));
    sink(out)
}

/// The reading end of the pipeline: documents in batches, notices told.
struct Reader {
    docs: Documents,
    lossy_told: bool,
    quiet: bool,
    /// The error that ended reading; the documents before it are still
    /// extracted and handed on in full batches, as without it.
    error: Option<diplograph::input::InputError>,
    done: bool,
}

impl Reader {
    /// The next batch: empty at the end of the input or after an error.
    fn batch(&mut self, bar: &ProgressBar, summary: &mut Summary) -> Vec<(Document, Origin)> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while !self.done && batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let next = self.docs.next();
            self.tell(bar, summary);
            bar.set_position(self.docs.bytes_read);
            match next {
                None => self.done = true,
                Some(Err(e)) => {
                    // A batch cut short by an error is not handed on.
                    self.error = Some(e);
                    self.done = true;
                    batch.clear();
                }
                Some(Ok((doc, origin))) => {
                    bytes += doc.text.len();
                    batch.push((doc, origin));
                }
            }
        }
        batch
    }

    fn tell(&mut self, bar: &ProgressBar, summary: &mut Summary) {
        for notice in self.docs.notices.drain(..) {
            match notice {
                Notice::Lossy(m) if !self.lossy_told => {
                    bar.suspend(|| eprintln!("diplograph: warning: {m}"));
                    self.lossy_told = self.quiet;
                }
                Notice::Lossy(_) => {}
                Notice::Skipped(m) => bar.suspend(|| eprintln!("diplograph: skipped {m}")),
                Notice::BadDate(m) => {
                    if summary.bad_dates < 3 {
                        bar.suspend(|| eprintln!("diplograph: warning: {m}"));
                    }
                    summary.bad_dates += 1;
                }
                Notice::DuplicateId(m) => {
                    if summary.duplicates == 0 {
                        bar.suspend(|| eprintln!("diplograph: warning: {m}"));
                    }
                    summary.duplicates += 1;
                }
            }
        }
    }
}
