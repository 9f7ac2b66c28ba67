//! `diplograph query`: questions to a graph file, as aligned tables or JSON.

use super::parse_date;
use anyhow::Context;
use clap::Subcommand;
use diplograph::extract::{EntityType, RelationType};
use diplograph::graph::{Direction, KnowledgeGraph};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `query`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph query graph.json who-met\n  diplograph query graph.json who-met Blinken --from 2024-01-01 --to 2024-12-31\n  diplograph query graph.json neighbors China --relation supplies --direction out\n  diplograph query graph.json path Shoigu Biden --max-hops 4\n  diplograph query graph.json timeline \"Xi Jinping\" --json\n  diplograph query graph.json stats"
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

pub fn parse_relation(s: &str) -> Result<RelationType, String> {
    RelationType::parse(s).ok_or_else(|| {
        let all: Vec<&str> = RelationType::ALL.iter().map(|r| r.as_str()).collect();
        format!("{s:?} is not a relation type ({})", all.join(", "))
    })
}

pub fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s).ok_or_else(|| {
        format!("{s:?} is not an entity type (person, country, office, organization, place, topic)")
    })
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
    /// An actor's relations.
    Neighbors {
        /// An actor's name, alias or id.
        name: String,
        /// Only this relation type.
        #[arg(long, value_parser = parse_relation)]
        relation: Option<RelationType>,
        /// Edges from the actor (out), to it (in) or both.
        #[arg(long, value_enum, default_value = "both")]
        direction: DirectionArg,
        /// Include denied relations.
        #[arg(long)]
        include_negated: bool,
    },
    /// The shortest chain of relations between two actors, with evidence.
    Path {
        /// From this actor.
        from: String,
        /// To this one.
        to: String,
        /// Only these relation types (repeatable; default: all but holds-office).
        #[arg(long = "relation", value_parser = parse_relation)]
        relations: Vec<RelationType>,
        /// At most this many steps.
        #[arg(long, default_value_t = 6)]
        max_hops: usize,
    },
    /// An actor's dated relations in order.
    Timeline {
        /// An actor's name, alias or id.
        name: String,
    },
    /// Entities, most mentioned first.
    Entities {
        /// Only this type.
        #[arg(long = "type", value_parser = parse_type)]
        entity_type: Option<EntityType>,
    },
    /// Relations with their provenance.
    Relations {
        /// Only this type.
        #[arg(long = "type", value_parser = parse_relation)]
        relation: Option<RelationType>,
        /// Only denied relations.
        #[arg(long)]
        negated: bool,
    },
    /// Counts per type and the most connected actors.
    Stats,
}

/// `--direction`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum DirectionArg {
    /// Edges from the actor.
    Out,
    /// Edges to the actor.
    In,
    /// Both.
    Both,
}

fn json(out: &mut impl Write, v: &impl Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v)?;
    writeln!(out)?;
    Ok(())
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// Runs `query`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.graph)
        .with_context(|| format!("cannot read {}", args.graph.display()))?;
    let graph =
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.graph.display()))?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.query {
        Query::WhoMet { name, from, to } => {
            let (from, to) = (from.map(|d| d.to_string()), to.map(|d| d.to_string()));
            let rows = graph.who_met(name.as_deref(), from.as_deref(), to.as_deref())?;
            if args.json {
                return json(&mut out, &rows);
            }
            let rows: Vec<[String; 4]> = rows
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
        Query::Neighbors {
            name,
            relation,
            direction,
            include_negated,
        } => {
            let direction = match direction {
                DirectionArg::Out => Direction::Out,
                DirectionArg::In => Direction::In,
                DirectionArg::Both => Direction::Both,
            };
            let rows = graph.neighbors(&name, relation, direction, include_negated)?;
            if args.json {
                return json(&mut out, &rows);
            }
            let rows: Vec<[String; 6]> = rows
                .iter()
                .map(|n| {
                    let rel = if n.negated {
                        format!("not {}", n.relation)
                    } else {
                        n.relation.to_string()
                    };
                    [
                        rel,
                        n.direction.to_string(),
                        n.other.clone(),
                        n.other_type.to_string(),
                        n.count.to_string(),
                        format!("{} – {}", opt(&n.first_date), opt(&n.last_date)),
                    ]
                })
                .collect();
            print_table(
                &mut out,
                ["RELATION", "DIRECTION", "OTHER", "TYPE", "COUNT", "DATES"],
                &rows,
            )?;
        }
        Query::Path {
            from,
            to,
            relations,
            max_hops,
        } => {
            let steps = graph.path(&from, &to, &relations, max_hops)?;
            if args.json {
                return json(&mut out, &steps);
            }
            match steps {
                None => writeln!(out, "no path of at most {max_hops} steps")?,
                Some(steps) => {
                    for (i, s) in steps.iter().enumerate() {
                        let arrow = if s.relation.is_symmetric() {
                            "—"
                        } else if s.reversed {
                            "←"
                        } else {
                            "→"
                        };
                        let times = if s.count > 1 {
                            format!(" ×{}", s.count)
                        } else {
                            String::new()
                        };
                        let date = s.evidence.date.as_deref().unwrap_or("undated");
                        writeln!(
                            out,
                            "{}. {} {arrow}{}{times}{arrow} {}  ({}, {date})",
                            i + 1,
                            s.from,
                            s.relation,
                            s.to,
                            s.evidence.doc
                        )?;
                        writeln!(out, "   \"{}\"", s.evidence.sentence)?;
                    }
                }
            }
        }
        Query::Timeline { name } => {
            let rows = graph.timeline(&name)?;
            if args.json {
                return json(&mut out, &rows);
            }
            let rows: Vec<[String; 4]> = rows
                .iter()
                .map(|t| {
                    let rel = if t.negated {
                        format!("not {}", t.relation)
                    } else {
                        t.relation.to_string()
                    };
                    let rel = match t.direction {
                        "in" => format!("{rel} (by)"),
                        _ => rel,
                    };
                    [opt(&t.date), rel, t.other.clone(), t.doc.clone()]
                })
                .collect();
            print_table(&mut out, ["DATE", "RELATION", "WITH", "DOCUMENT"], &rows)?;
        }
        Query::Entities { entity_type } => {
            let rows = graph.entities(entity_type);
            if args.json {
                return json(&mut out, &rows);
            }
            let rows: Vec<[String; 5]> = rows
                .iter()
                .map(|e| {
                    [
                        e.name.clone(),
                        e.entity_type.to_string(),
                        e.mentions.to_string(),
                        e.documents.to_string(),
                        e.degree.to_string(),
                    ]
                })
                .collect();
            print_table(
                &mut out,
                ["NAME", "TYPE", "MENTIONS", "DOCUMENTS", "EDGES"],
                &rows,
            )?;
        }
        Query::Relations { relation, negated } => {
            let rows = graph.relations(relation, negated.then_some(true));
            if args.json {
                return json(&mut out, &rows);
            }
            let rows: Vec<[String; 6]> = rows
                .iter()
                .map(|r| {
                    let rel = if r.negated {
                        format!("not {}", r.relation)
                    } else {
                        r.relation.to_string()
                    };
                    [
                        r.source.clone(),
                        rel,
                        r.target.clone(),
                        r.count.to_string(),
                        format!("{} – {}", opt(&r.first_date), opt(&r.last_date)),
                        format!("{:.2}", r.confidence),
                    ]
                })
                .collect();
            print_table(
                &mut out,
                [
                    "SOURCE",
                    "RELATION",
                    "TARGET",
                    "COUNT",
                    "DATES",
                    "CONFIDENCE",
                ],
                &rows,
            )?;
        }
        Query::Stats => {
            let s = graph.stats();
            if args.json {
                return json(&mut out, &s);
            }
            writeln!(
                out,
                "{} documents, {} nodes, {} edges",
                s.documents, s.nodes, s.edges
            )?;
            let rows: Vec<[String; 2]> = s
                .nodes_by_type
                .iter()
                .map(|(t, n)| [t.clone(), n.to_string()])
                .collect();
            writeln!(out)?;
            print_table(&mut out, ["ENTITY TYPE", "NODES"], &rows)?;
            let rows: Vec<[String; 3]> = s
                .edges_by_relation
                .iter()
                .map(|(t, (a, d))| [t.clone(), a.to_string(), d.to_string()])
                .collect();
            writeln!(out)?;
            print_table(&mut out, ["RELATION", "ASSERTED", "DENIED"], &rows)?;
            let rows: Vec<[String; 3]> = s
                .most_connected
                .iter()
                .map(|e| {
                    [
                        e.name.clone(),
                        e.entity_type.to_string(),
                        e.degree.to_string(),
                    ]
                })
                .collect();
            writeln!(out)?;
            print_table(&mut out, ["MOST CONNECTED", "TYPE", "EDGES"], &rows)?;
        }
    }
    out.flush()?;
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
