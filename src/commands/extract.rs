//! `diplograph extract`: records as JSON (one file) or JSON Lines.

use super::{extractor, parse_date};
use anyhow::Context;
use diplograph::input::{self, is_jsonl, read_jsonl};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;

/// Arguments of `extract`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph extract article.txt --date 2024-04-26\n  diplograph extract --jsonl docs.jsonl > records.jsonl\n  cat docs.jsonl | diplograph extract --jsonl -"
)]
pub struct Args {
    /// Text files, JSON Lines files (`.jsonl`) or `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Read the inputs as JSON Lines (`{"id","text","date"?}` a line) and write one record a line.
    #[arg(long)]
    jsonl: bool,
    /// The date of plain-text documents (YYYY-MM-DD); titles resolve by it.
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Extra actor dictionary files (TSV, see data/README.md); may be repeated.
    #[arg(long = "actors", value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// Carry on past unreadable JSON Lines lines, counting them.
    #[arg(long)]
    skip_bad: bool,
    /// Pretty-print single-record JSON.
    #[arg(long)]
    pretty: bool,
}

/// Runs `extract`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let extractor = extractor(&args.actors)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut bad = 0;
    let mut n_dup = 0usize;
    for path in input::expand(&args.inputs)? {
        let as_jsonl = args.jsonl || is_jsonl(&path);
        if as_jsonl {
            let name = path.display().to_string();
            let reader: Box<dyn io::Read> = if name == "-" {
                Box::new(io::stdin().lock())
            } else {
                Box::new(std::fs::File::open(&path).with_context(|| format!("cannot open {name}"))?)
            };
            bad += read_jsonl(reader, &name, args.skip_bad, |doc, origin| {
                // Extraction is a map: a repeated id is passed through (and
                // reported once), it is `build` that must refuse it.
                if let Some(first) = seen.insert(doc.id.clone(), origin.to_string()) {
                    if n_dup == 0 {
                        eprintln!("diplograph: warning: {origin}: document id {:?} was already used at {first}", doc.id);
                    }
                    n_dup += 1;
                }
                let record = extractor.extract(&doc);
                serde_json::to_writer(&mut out, &record).map_err(|e| input::InputError::Io {
                    path: "stdout".into(),
                    source: e.into(),
                })?;
                out.write_all(b"\n")
                    .map_err(|source| input::InputError::Io {
                        path: "stdout".into(),
                        source,
                    })
            })?;
        } else {
            let (mut doc, lossy) = input::read_text_file(&path)?;
            if lossy {
                eprintln!(
                    "diplograph: warning: {} is not valid UTF-8; invalid bytes were replaced",
                    path.display()
                );
            }
            doc.date = args.date.map(|d| d.to_string());
            let record = extractor.extract(&doc);
            if args.pretty {
                serde_json::to_writer_pretty(&mut out, &record)?;
            } else {
                serde_json::to_writer(&mut out, &record)?;
            }
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if bad > 0 {
        eprintln!("diplograph: skipped {bad} unreadable lines");
    }
    if n_dup > 1 {
        eprintln!("diplograph: warning: {n_dup} documents repeated an earlier id");
    }
    Ok(())
}
