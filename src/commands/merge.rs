//! `diplograph merge`: partial graphs into one (the reduce step of a corpus run).

use anyhow::Context;
use diplograph::graph::KnowledgeGraph;
use diplograph::output::{check_writable, write_atomic};
use std::path::PathBuf;

/// Arguments of `merge`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph merge shard-*.json -o all.json\n\nMerging is associative and commutative: any grouping and order of shards gives the same graph."
)]
pub struct Args {
    /// Graph files to merge.
    #[arg(required = true)]
    graphs: Vec<PathBuf>,
    /// The merged graph file.
    #[arg(short, long, value_name = "GRAPH")]
    output: PathBuf,
    /// Print nothing but errors.
    #[arg(short, long)]
    quiet: bool,
}

/// Runs `merge`.
pub fn run(args: Args) -> anyhow::Result<()> {
    check_writable(&args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    let mut merged = KnowledgeGraph::new();
    for path in &args.graphs {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let g =
            KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", path.display()))?;
        merged.merge(&g);
    }
    write_atomic(&args.output, |w| merged.save(w))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if !args.quiet {
        eprintln!(
            "diplograph: {} graphs → {} ({})",
            args.graphs.len(),
            args.output.display(),
            diplograph::export::summary(&merged)
        );
    }
    Ok(())
}
