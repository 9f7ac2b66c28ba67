//! `diplograph export`: a graph file as Graphviz DOT or node-link JSON.

use anyhow::Context;
use diplograph::export::{dot, node_link, DotOptions, JsonOptions};
use diplograph::graph::KnowledgeGraph;
use diplograph::output::{check_writable, write_atomic};
use std::io::Write;
use std::path::PathBuf;

/// Output formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    /// Graphviz DOT (render with `dot -Tsvg`).
    Dot,
    /// Node-link JSON (networkx `node_link_graph`, D3 force layouts).
    Json,
}

/// Arguments of `export`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph export graph.json --format dot -o graph.dot && dot -Tsvg graph.dot -o graph.svg\n  diplograph export graph.json --format json --links -o d3.json"
)]
pub struct Args {
    /// The graph file (from `diplograph build`).
    graph: PathBuf,
    /// The output format.
    #[arg(short, long, value_enum, default_value = "dot")]
    format: Format,
    /// Write here instead of stdout (atomically).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// DOT: the layout direction (LR, TB, RL, BT).
    #[arg(long, default_value = "LR")]
    rankdir: String,
    /// DOT: leave out the legend.
    #[arg(long)]
    no_legend: bool,
    /// Leave out topics (targets of concern and criticism that are no entity).
    #[arg(long)]
    no_topics: bool,
    /// Leave out denied relations.
    #[arg(long)]
    exclude_negated: bool,
    /// JSON: name the edge list `links` (D3) instead of `edges` (networkx ≥ 3.6).
    #[arg(long)]
    links: bool,
}

/// Runs `export`.
pub fn run(args: Args) -> anyhow::Result<()> {
    if let Some(out) = &args.output {
        check_writable(out).with_context(|| format!("cannot write {}", out.display()))?;
    }
    let bytes = std::fs::read(&args.graph)
        .with_context(|| format!("cannot read {}", args.graph.display()))?;
    let graph =
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.graph.display()))?;
    let text = match args.format {
        Format::Dot => dot(
            &graph,
            &DotOptions {
                rankdir: args.rankdir.clone(),
                legend: !args.no_legend,
                topics: !args.no_topics,
                negated: !args.exclude_negated,
                title: None,
            },
        ),
        Format::Json => {
            let mut v = node_link(&graph, &JsonOptions { links: args.links });
            if args.no_topics || args.exclude_negated {
                filter_json(
                    &mut v,
                    args.no_topics,
                    args.exclude_negated,
                    if args.links { "links" } else { "edges" },
                );
            }
            serde_json::to_string_pretty(&v)? + "\n"
        }
    };
    match &args.output {
        Some(out) => write_atomic(out, |w| w.write_all(text.as_bytes()))
            .with_context(|| format!("cannot write {}", out.display()))?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(())
}

fn filter_json(v: &mut serde_json::Value, no_topics: bool, no_negated: bool, edges_key: &str) {
    let topic_ids: Vec<String> = v["nodes"]
        .as_array()
        .map(|ns| {
            ns.iter()
                .filter(|n| n["entity_type"] == "topic")
                .filter_map(|n| n["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    if let Some(edges) = v[edges_key].as_array_mut() {
        edges.retain(|e| {
            let topic = no_topics
                && (topic_ids
                    .iter()
                    .any(|t| e["source"] == *t || e["target"] == *t));
            let neg = no_negated && e["negated"] == true;
            !topic && !neg
        });
    }
    if no_topics {
        if let Some(nodes) = v["nodes"].as_array_mut() {
            nodes.retain(|n| n["entity_type"] != "topic");
        }
    }
}
