//! `diplograph query`: questions to a graph file.

use super::parse_date;
use anyhow::Context;
use clap::Subcommand;
use diplograph::graph::KnowledgeGraph;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `query`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph query graph.json who-met\n  diplograph query graph.json who-met Blinken --from 2024-01-01 --to 2024-12-31\n  diplograph query graph.json who-met \"Xi Jinping\" --json"
)]
pub struct Args {
    /// The graph file (from `diplograph build`).
    graph: PathBuf,
    #[command(subcommand)]
    query: Query,
    /// Print JSON instead of a table.
    #[arg(long, global = true)]
    json: bool,
}

/// The questions.
#[derive(Subcommand, Debug)]
pub enum Query {
    /// Who met whom; with a name, whom that actor met.
    WhoMet {
        /// An actor's name, alias or id (case does not matter).
        name: Option<String>,
        /// Only meetings dated on or after this day.
        #[arg(long, value_parser = parse_date)]
        from: Option<chrono::NaiveDate>,
        /// Only meetings dated on or before this day.
        #[arg(long, value_parser = parse_date)]
        to: Option<chrono::NaiveDate>,
    },
}

/// Runs `query`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.graph)
        .with_context(|| format!("cannot read {}", args.graph.display()))?;
    let graph =
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.graph.display()))?;
    let mut out = std::io::stdout().lock();
    match args.query {
        Query::WhoMet { name, from, to } => {
            let (from, to) = (from.map(|d| d.to_string()), to.map(|d| d.to_string()));
            let meetings = graph.who_met(name.as_deref(), from.as_deref(), to.as_deref())?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &meetings)?;
                writeln!(out)?;
                return Ok(());
            }
            let rows: Vec<[String; 4]> = meetings
                .iter()
                .map(|m| {
                    [
                        m.actor.clone(),
                        m.other.clone(),
                        m.dates.join(", "),
                        format!("{} ({})", m.count, m.documents.join(", ")),
                    ]
                })
                .collect();
            print_table(
                &mut out,
                ["ACTOR", "MET", "DATES", "STATEMENTS (DOCUMENTS)"],
                &rows,
            )?;
        }
    }
    Ok(())
}

/// An aligned plain-text table.
pub fn print_table<const N: usize>(
    out: &mut impl Write,
    header: [&str; N],
    rows: &[[String; N]],
) -> std::io::Result<()> {
    let mut widths = header.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    if rows.is_empty() {
        writeln!(out, "(none)")?;
    }
    Ok(())
}
