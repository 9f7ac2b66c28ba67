//! `diplograph build`: extract a corpus and merge it into a graph file.

use super::{extractor, parse_date, pipeline};
use anyhow::Context;
use diplograph::corpus::CorpusOptions;
use diplograph::graph::KnowledgeGraph;
use diplograph::output::{check_writable, write_atomic};
use std::path::PathBuf;

/// Arguments of `build`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph build examples/seed.jsonl -o graph.json\n  diplograph build articles/ --glob '*.txt' -o graph.json --date 2024-04-26\n  diplograph build more.jsonl.gz -o graph.json --append\n\nThe graph file is written to a temporary file and renamed: an interrupted run leaves the previous graph as it was."
)]
pub struct Args {
    /// Text files, JSON Lines files (`.jsonl`, also `.gz`), folders, or `-` for JSON Lines on stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The graph file to write.
    #[arg(short, long, value_name = "GRAPH")]
    output: PathBuf,
    /// Add to the graph already in the output file instead of replacing it.
    #[arg(long)]
    append: bool,
    /// Read every input as JSON Lines.
    #[arg(long)]
    jsonl: bool,
    /// The files to take from folders (default `*.txt`).
    #[arg(long)]
    glob: Option<String>,
    /// The date of plain-text documents (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Extra actor dictionary files; may be repeated.
    #[arg(long = "actors", value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// Carry on past unreadable inputs, counting them.
    #[arg(long)]
    skip_bad: bool,
    /// Refuse text that is not valid UTF-8 and dates that are not YYYY-MM-DD.
    #[arg(long)]
    strict: bool,
    /// Threads to extract with (default: all cores).
    #[arg(short, long)]
    jobs: Option<usize>,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
}

/// Runs `build`.
pub fn run(args: Args) -> anyhow::Result<()> {
    check_writable(&args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if args.output.is_dir() {
        anyhow::bail!("{}: is a folder, not a graph file", args.output.display());
    }
    let mut graph = if args.append && args.output.exists() {
        let bytes = std::fs::read(&args.output)
            .with_context(|| format!("cannot read {}", args.output.display()))?;
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.output.display()))?
    } else {
        KnowledgeGraph::new()
    };
    let extractor = extractor(&args.actors)?;
    let options = CorpusOptions {
        jsonl: args.jsonl,
        glob: args.glob.clone(),
        skip_bad: args.skip_bad,
        strict: args.strict,
        date: args.date.map(|d| d.to_string()),
        unique_ids: true,
    };
    let run = pipeline::Run {
        inputs: &args.inputs,
        options,
        jobs: args.jobs,
        quiet: args.quiet,
    };
    let summary = pipeline::run(
        &extractor,
        run,
        |doc, _, record| Ok((doc.text, record)),
        |batch| {
            for (text, record) in batch {
                graph.add_record(&record, &text);
            }
            Ok(())
        },
    )?;
    write_atomic(&args.output, |w| graph.save(w))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if !args.quiet {
        eprintln!(
            "diplograph: {} → {} ({})",
            summary.line(),
            args.output.display(),
            diplograph::export::summary(&graph)
        );
    }
    Ok(())
}
