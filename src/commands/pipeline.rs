//! The corpus pipeline shared by `extract` and `build`: documents read in
//! order, extracted in parallel batches, handed on in order; a progress bar
//! while it runs and a one-line summary at the end.

use diplograph::corpus::{CorpusOptions, Documents, Notice};
use diplograph::extract::{Document, Extractor, Record};
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
/// `map` runs on the worker threads with each document and its record, so
/// whatever it does (serialising a record, say) is parallel too; `sink`
/// gets its results in input order on the calling thread.
pub fn run<T: Send>(
    extractor: &Extractor,
    run: Run<'_>,
    map: impl Fn(Document, Origin, Record) -> anyhow::Result<T> + Sync,
    mut sink: impl FnMut(Vec<T>) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let mut docs = Documents::open(run.inputs, run.options)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(run.jobs.unwrap_or(0))
        .build()?;
    let bar = progress(docs.total_bytes(), run.quiet);
    let mut summary = Summary::default();
    let mut batch: Vec<(Document, Origin)> = Vec::with_capacity(BATCH_DOCS);
    let mut batch_bytes = 0;
    let mut lossy_told = false;
    let mut flush =
        |batch: &mut Vec<(Document, Origin)>, summary: &mut Summary| -> anyhow::Result<()> {
            if batch.is_empty() {
                return Ok(());
            }
            let mapped: Vec<anyhow::Result<(usize, usize, T)>> = pool.install(|| {
                batch
                    .par_drain(..)
                    .map(|(d, o)| {
                        let r = extractor.extract(&d);
                        let (n_entities, n_relations) = (r.entities.len(), r.relations.len());
                        map(d, o, r).map(|t| (n_entities, n_relations, t))
                    })
                    .collect()
            });
            let mut out = Vec::with_capacity(mapped.len());
            for m in mapped {
                let (e, r, t) = m?;
                summary.entities += e;
                summary.relations += r;
                out.push(t);
            }
            summary.documents += out.len();
            bar.set_message(format!("{} documents", summary.documents));
            sink(out)
        };
    loop {
        let next = docs.next();
        for notice in docs.notices.drain(..) {
            match notice {
                Notice::Lossy(m) if !lossy_told => {
                    bar.suspend(|| eprintln!("diplograph: warning: {m}"));
                    lossy_told = run.quiet;
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
        bar.set_position(docs.bytes_read);
        match next {
            None => break,
            Some(Err(e)) => {
                bar.finish_and_clear();
                return Err(e.into());
            }
            Some(Ok((doc, origin))) => {
                batch_bytes += doc.text.len();
                batch.push((doc, origin));
                if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                    flush(&mut batch, &mut summary)?;
                    batch_bytes = 0;
                }
            }
        }
    }
    flush(&mut batch, &mut summary)?;
    bar.finish_and_clear();
    summary.bytes = docs.bytes_read;
    summary.skipped = docs.skipped;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
