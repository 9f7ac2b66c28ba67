//! `diplograph build`: extract a corpus and merge it into a graph file.

use super::{extractor, pipeline};
use anyhow::Context;
use diplograph::extract::Counts;
use diplograph::graph::KnowledgeGraph;
use diplograph::output::{check_writable, write_atomic};
use std::path::PathBuf;

/// Arguments of `build`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph build examples/seed.jsonl -o graph.json\n  diplograph build articles/ --glob '*.txt' -o graph.json --date 2024-04-26\n  diplograph build more.jsonl.gz -o graph.json --append\n\nThe graph file is written to a temporary file and renamed: an interrupted run leaves the previous graph as it was."
)]
pub struct Args {
    #[command(flatten)]
    corpus: pipeline::CorpusArgs,
    /// The graph file to write.
    #[arg(short, long, value_name = "GRAPH")]
    output: PathBuf,
    /// Add to the graph already in the output file instead of replacing it.
    #[arg(long)]
    append: bool,
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
    let extractor = extractor(&args.corpus.actors)?;
    let options = args.corpus.options(true);
    let run = pipeline::Run {
        inputs: &args.corpus.inputs,
        options,
        jobs: args.corpus.jobs,
        quiet: args.corpus.quiet,
    };
    let summary = pipeline::run(
        &extractor,
        run,
        |extractor, doc, _| {
            let record = extractor.extract(&doc);
            Ok((Counts::of(&record), (doc.text, record)))
        },
        |batch| {
            graph.add_records(batch.iter().map(|(text, record)| (record, text.as_str())));
            Ok(())
        },
    )?;
    write_atomic(&args.output, |w| graph.save(w))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if !args.corpus.quiet {
        eprintln!(
            "diplograph: {} → {} ({})",
            summary.line(),
            args.output.display(),
            diplograph::export::summary(&graph)
        );
    }
    Ok(())
}
