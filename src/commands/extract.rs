//! `diplograph extract`: records as JSON (one text file) or JSON Lines (a corpus).

use super::{extractor, pipeline};
use diplograph::extract::Counts;
use std::io::{self, Write};

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
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let options = args.corpus.options(false);
    let run = pipeline::Run {
        inputs: &args.corpus.inputs,
        options,
        jobs: args.corpus.jobs,
        quiet: args.corpus.quiet || single,
    };
    let pretty = single && args.pretty;
    let summary = pipeline::run(
        &extractor,
        run,
        // Records are serialised on the worker threads; the main thread only writes.
        |extractor, document, _| {
            // A record is several times its text (evidence, names, spans):
            // reserving that much at once saves growing and copying the line.
            let mut line = Vec::with_capacity(8 * document.text.len() + 1024);
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
            for line in lines {
                out.write_all(&line)?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    if !args.corpus.quiet && !single {
        eprintln!("diplograph: {}", summary.line());
    }
    Ok(())
}
