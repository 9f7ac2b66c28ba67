//! `diplograph build`: extract documents and merge them into a graph file.

use super::{extractor, parse_date};
use anyhow::Context;
use diplograph::graph::KnowledgeGraph;
use diplograph::input::{self, is_jsonl, read_jsonl};
use diplograph::output::{check_writable, write_atomic};
use std::collections::HashMap;
use std::path::PathBuf;

/// Arguments of `build`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph build examples/seed.jsonl -o graph.json\n  diplograph build articles/ -o graph.json\n  diplograph build more.jsonl -o graph.json --append"
)]
pub struct Args {
    /// Text files, JSON Lines files (`.jsonl`), folders (their `.txt` and `.jsonl` files) or `-` for JSON Lines on stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The graph file to write.
    #[arg(short, long, value_name = "GRAPH")]
    output: PathBuf,
    /// Add to the graph already in the output file instead of replacing it.
    #[arg(long)]
    append: bool,
    /// The date of plain-text documents (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Extra actor dictionary files; may be repeated.
    #[arg(long = "actors", value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// Carry on past unreadable JSON Lines lines, counting them.
    #[arg(long)]
    skip_bad: bool,
    /// Print nothing but errors.
    #[arg(short, long)]
    quiet: bool,
}

/// Runs `build`.
pub fn run(args: Args) -> anyhow::Result<()> {
    check_writable(&args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    let mut graph = if args.append && args.output.exists() {
        let bytes = std::fs::read(&args.output)
            .with_context(|| format!("cannot read {}", args.output.display()))?;
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.output.display()))?
    } else {
        KnowledgeGraph::new()
    };
    let extractor = extractor(&args.actors)?;
    let mut seen: HashMap<String, String> = HashMap::new();
    let (mut n_docs, mut bad) = (0usize, 0usize);
    for path in input::expand(&args.inputs)? {
        let name = path.display().to_string();
        if name == "-" || is_jsonl(&path) {
            let reader: Box<dyn std::io::Read> = if name == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(std::fs::File::open(&path).with_context(|| format!("cannot open {name}"))?)
            };
            bad += read_jsonl(reader, &name, args.skip_bad, |doc, origin| {
                if let Some(first) = seen.insert(doc.id.clone(), origin.to_string()) {
                    return Err(input::InputError::DuplicateId {
                        path: origin.path,
                        line: origin.line.unwrap_or(0),
                        id: doc.id,
                        first,
                    });
                }
                graph.add_record(&extractor.extract(&doc), &doc.text);
                n_docs += 1;
                Ok(())
            })?;
        } else {
            let (mut doc, lossy) = input::read_text_file(&path)?;
            if lossy {
                eprintln!(
                    "diplograph: warning: {name} is not valid UTF-8; invalid bytes were replaced"
                );
            }
            if let Some(first) = seen.insert(doc.id.clone(), name.clone()) {
                anyhow::bail!(
                    "{name}: document id {:?} was already used by {first}",
                    doc.id
                );
            }
            doc.date = args.date.map(|d| d.to_string());
            graph.add_record(&extractor.extract(&doc), &doc.text);
            n_docs += 1;
        }
    }
    write_atomic(&args.output, |w| graph.save(w))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if !args.quiet {
        let skipped = if bad > 0 {
            format!(", {bad} unreadable lines skipped")
        } else {
            String::new()
        };
        eprintln!(
            "diplograph: {n_docs} documents → {} ({}){skipped}",
            args.output.display(),
            diplograph::export::summary(&graph)
        );
    }
    Ok(())
}
