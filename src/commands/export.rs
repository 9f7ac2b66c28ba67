//! `diplograph export`: a graph file in the format another tool reads.

use super::parse_date;
use anyhow::Context;
use diplograph::export::{
    cytoscape, dot, gexf, graphml, graphology, html, neo4j_csv, node_link, Cluster, DotOptions,
    HtmlOptions, JsonOptions,
};
use diplograph::extract::{EntityType, RelationType};
use diplograph::graph::{Filter, KnowledgeGraph};
use diplograph::output::{check_writable, write_atomic};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Output formats, each for the tool that reads it.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    /// Graphviz DOT: `dot -Tsvg` (or `sfdp` for big graphs).
    Dot,
    /// Node-link JSON: networkx `node_link_graph(data, edges="edges")`, D3 with `--links`.
    Json,
    /// Cytoscape.js elements JSON: `cytoscape({elements})`.
    Cytoscape,
    /// graphology serialisation: `Graph.from(data)`, for Sigma.js.
    Graphology,
    /// GEXF 1.3 for Gephi, with a timeline from the evidence dates.
    Gexf,
    /// GraphML for yEd, Gephi and `networkx.read_graphml`.
    Graphml,
    /// One self-contained HTML page with an interactive viewer.
    Html,
    /// CSV files for `neo4j-admin database import full`, with IMPORT.md
    /// giving the command: written into the folder given by `-o`.
    Neo4jCsv,
}

/// `--cluster`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ClusterArg {
    /// One box per entity type.
    Type,
    /// One box per country.
    Country,
}

/// Arguments of `export`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph export graph.json --format dot -o graph.dot && dot -Tsvg graph.dot -o graph.svg\n  diplograph export graph.json --format html -o viewer.html\n  diplograph export graph.json --format gexf --from 2024-01-01 -o graph.gexf\n  diplograph export graph.json --format json --ego Blinken --depth 2 --exclude-negated\n  diplograph export graph.json --format dot --relation met-with --min-count 2 --cluster country\n  diplograph export graph.json --format neo4j-csv -o neo4j-import/"
)]
pub struct Args {
    /// The graph file (from `diplograph build`).
    graph: PathBuf,
    /// The output format.
    #[arg(short, long, value_enum, default_value = "dot")]
    format: Format,
    /// Write here instead of stdout (atomically); for neo4j-csv, the
    /// folder to write the files into (required, created if missing).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Keep only entities of these types (repeatable).
    #[arg(long = "type", value_parser = super::query::parse_type)]
    types: Vec<EntityType>,
    /// Keep only relations of these types (repeatable).
    #[arg(long = "relation", value_parser = super::query::parse_relation)]
    relations: Vec<RelationType>,
    /// Keep only evidence dated on or after this day.
    #[arg(long, value_parser = parse_date)]
    from: Option<chrono::NaiveDate>,
    /// Keep only evidence dated on or before this day.
    #[arg(long, value_parser = parse_date)]
    to: Option<chrono::NaiveDate>,
    /// Keep only relations stated at least this many times.
    #[arg(long, default_value_t = 1)]
    min_count: usize,
    /// Keep only the neighbourhood of this actor.
    #[arg(long)]
    ego: Option<String>,
    /// How many steps from the ego actor.
    #[arg(long, default_value_t = 1)]
    depth: usize,
    /// Keep denied relations (the default).
    #[arg(long, overrides_with = "exclude_negated")]
    include_negated: bool,
    /// Leave out denied relations.
    #[arg(long)]
    exclude_negated: bool,
    /// Leave out topics (targets of concern and criticism that are no entity).
    #[arg(long)]
    no_topics: bool,
    /// DOT: the layout direction (LR, TB, RL, BT).
    #[arg(long, default_value = "LR")]
    rankdir: String,
    /// DOT: group nodes in boxes.
    #[arg(long, value_enum)]
    cluster: Option<ClusterArg>,
    /// DOT: leave out the legend.
    #[arg(long)]
    no_legend: bool,
    /// JSON: name the edge list `links` (D3) instead of `edges` (networkx ≥ 3.6).
    #[arg(long)]
    links: bool,
    /// A title (DOT and HTML).
    #[arg(long)]
    title: Option<String>,
}

/// Runs `export`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let neo4j_dir = match (args.format, &args.output) {
        (Format::Neo4jCsv, None) => {
            anyhow::bail!("--format neo4j-csv writes several files: give a folder with -o DIR")
        }
        (Format::Neo4jCsv, Some(dir)) => {
            prepare_folder(dir)?;
            Some(dir.clone())
        }
        (_, Some(out)) => {
            check_writable(out).with_context(|| format!("cannot write {}", out.display()))?;
            None
        }
        (_, None) => None,
    };
    let bytes = std::fs::read(&args.graph)
        .with_context(|| format!("cannot read {}", args.graph.display()))?;
    let graph =
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.graph.display()))?;
    let mut types = args.types.clone();
    if args.no_topics {
        if types.is_empty() {
            types = EntityType::ALL
                .into_iter()
                .filter(|t| *t != EntityType::Topic)
                .collect();
        } else {
            types.retain(|t| *t != EntityType::Topic);
        }
    }
    let filter = Filter {
        types,
        relations: args.relations.clone(),
        from: args.from.map(|d| d.to_string()),
        to: args.to.map(|d| d.to_string()),
        min_count: args.min_count.max(1),
        ego: args.ego.clone(),
        depth: args.depth,
        include_negated: !args.exclude_negated,
    };
    let graph = graph.filtered(&filter)?;
    let pretty = |v: serde_json::Value| -> anyhow::Result<String> {
        Ok(serde_json::to_string_pretty(&v)? + "\n")
    };
    let text = match args.format {
        Format::Dot => dot(
            &graph,
            &DotOptions {
                rankdir: args.rankdir.clone(),
                legend: !args.no_legend,
                topics: !args.no_topics,
                negated: !args.exclude_negated,
                title: args.title.clone(),
                cluster: args.cluster.map(|c| match c {
                    ClusterArg::Type => Cluster::Type,
                    ClusterArg::Country => Cluster::Country,
                }),
            },
        ),
        Format::Json => pretty(node_link(&graph, &JsonOptions { links: args.links }))?,
        Format::Cytoscape => pretty(cytoscape(&graph))?,
        Format::Graphology => pretty(graphology(&graph))?,
        Format::Gexf => gexf(&graph),
        Format::Graphml => graphml(&graph),
        Format::Neo4jCsv => {
            let dir = neo4j_dir
                .as_deref()
                .context("--format neo4j-csv writes several files: give a folder with -o DIR")?;
            return write_folder(dir, neo4j_csv(&graph));
        }
        Format::Html => html(
            &graph,
            &HtmlOptions {
                title: args.title.clone(),
                ..HtmlOptions::default()
            },
        ),
    };
    match &args.output {
        Some(out) => write_atomic(out, |w| w.write_all(text.as_bytes()))
            .with_context(|| format!("cannot write {}", out.display()))?,
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(())
}

/// Writes (file name, contents) pairs into a folder, each file atomically;
/// a failure part-way leaves the files not yet written as they were.
fn write_folder(dir: &Path, files: Vec<(String, String)>) -> anyhow::Result<()> {
    for (name, text) in files {
        let path = dir.join(name);
        write_atomic(&path, |w| w.write_all(text.as_bytes()))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// Creates the output folder of a multi-file format if needed and checks,
/// before any work is done, that files can be created in it.
fn prepare_folder(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() && !dir.is_dir() {
        anyhow::bail!("{} is not a folder", dir.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    check_writable(&dir.join("probe")).with_context(|| format!("cannot write in {}", dir.display()))
}
