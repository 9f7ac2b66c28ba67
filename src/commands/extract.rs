//! `diplograph extract`: records as JSON (one text file) or JSON Lines (a corpus).

use super::{extractor, parse_date, pipeline};
use diplograph::corpus::CorpusOptions;
use std::io::{self, Write};
use std::path::PathBuf;

/// Arguments of `extract`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph extract article.txt --date 2024-04-26 --pretty\n  diplograph extract --jsonl docs.jsonl > records.jsonl\n  cat docs.jsonl | diplograph extract --jsonl - > records.jsonl\n  diplograph extract articles/ --glob '*.txt' --jobs 8 > records.jsonl\n  diplograph extract corpus.jsonl.gz > records.jsonl\n\nOne text file gives one JSON record; anything more (JSON Lines, folders, several files) gives JSON Lines in input order, whatever --jobs."
)]
pub struct Args {
    /// Text files, JSON Lines files (`.jsonl`, also `.gz`), folders, or `-` for JSON Lines on stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Read every input as JSON Lines (`{"id","text","date"?}` a line).
    #[arg(long)]
    jsonl: bool,
    /// The files to take from folders (default `*.txt`).
    #[arg(long)]
    glob: Option<String>,
    /// The date of plain-text documents (YYYY-MM-DD); titles resolve by it.
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Extra actor dictionary files (TSV, see data/README.md); may be repeated.
    #[arg(long = "actors", value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// Carry on past unreadable inputs (bad lines, binary files), counting them.
    #[arg(long)]
    skip_bad: bool,
    /// Refuse text that is not valid UTF-8 (instead of decoding it lossily) and dates that are not YYYY-MM-DD (instead of warning).
    #[arg(long)]
    strict: bool,
    /// Threads to extract with (default: all cores).
    #[arg(short, long)]
    jobs: Option<usize>,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
    /// Pretty-print a single record.
    #[arg(long)]
    pretty: bool,
}

/// Runs `extract`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let extractor = extractor(&args.actors)?;
    // One plain text file: one JSON record, as a document's record.
    let single = args.inputs.len() == 1
        && !args.jsonl
        && args.inputs[0].is_file()
        && !super::looks_like_jsonl(&args.inputs[0]);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let options = CorpusOptions {
        jsonl: args.jsonl,
        glob: args.glob.clone(),
        skip_bad: args.skip_bad,
        strict: args.strict,
        date: args.date.map(|d| d.to_string()),
        unique_ids: false,
    };
    let run = pipeline::Run {
        inputs: &args.inputs,
        options,
        jobs: args.jobs,
        quiet: args.quiet || single,
    };
    let pretty = single && args.pretty;
    let summary = pipeline::run(
        &extractor,
        run,
        // Records are serialised on the worker threads; the main thread only writes.
        |_, _, record| {
            let mut line = if pretty {
                serde_json::to_vec_pretty(&record)?
            } else {
                serde_json::to_vec(&record)?
            };
            line.push(b'\n');
            Ok(line)
        },
        |lines| {
            for line in lines {
                out.write_all(&line)?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    if !args.quiet && !single {
        eprintln!("diplograph: {}", summary.line());
    }
    Ok(())
}
