//! Graphviz DOT.
//!
//! petgraph's own `Dot` writes index ids and does not escape attribute
//! text, so this writer is our own: ids are the stable node ids, every id
//! and label is quoted and escaped.

use crate::type_label;
use diplograph_extract::{EntityType, RelationType};
use diplograph_graph::KnowledgeGraph;
use std::fmt::Write;

/// How to draw.
#[derive(Clone, Debug)]
pub struct DotOptions {
    /// Graphviz `rankdir`: `LR`, `TB`, `RL` or `BT`.
    pub rankdir: String,
    /// Draw the legend.
    pub legend: bool,
    /// Draw topics (targets of concern and criticism that are no entity).
    pub topics: bool,
    /// Include denied relations.
    pub negated: bool,
    /// A title on top.
    pub title: Option<String>,
    /// Group nodes into boxes by entity type or by country.
    pub cluster: Option<Cluster>,
}

/// How `--cluster` groups nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cluster {
    /// One box per entity type.
    Type,
    /// One box per country (people and offices with their country; nodes
    /// without one stay outside).
    Country,
}

impl Default for DotOptions {
    fn default() -> DotOptions {
        DotOptions {
            rankdir: "LR".into(),
            cluster: None,
            legend: true,
            topics: true,
            negated: true,
            title: None,
        }
    }
}

/// Above this many nodes the DOT output switches to a force-directed layout.
pub const LARGE_GRAPH: usize = 150;

/// Escapes text for a double-quoted DOT string: `\` and `"` escaped,
/// newlines written as `\n`, other control characters dropped.
pub fn escape_dot(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn style(t: EntityType) -> (&'static str, &'static str) {
    match t {
        EntityType::Person => ("ellipse", "#cfe2ff"),
        EntityType::Country => ("box", "#d1e7dd"),
        EntityType::Office => ("note", "#fff3cd"),
        EntityType::Organization => ("hexagon", "#e2d9f3"),
        EntityType::Place => ("house", "#f8d7da"),
        EntityType::Topic => ("plaintext", "#ffffff"),
    }
}

fn edge_color(r: RelationType) -> &'static str {
    match r {
        RelationType::MetWith => "#0d6efd",
        RelationType::Visited => "#6f42c1",
        RelationType::Supplies => "#fd7e14",
        RelationType::ConcernedAbout => "#6c757d",
        RelationType::CooperatesWith => "#198754",
        RelationType::Criticizes => "#dc3545",
        RelationType::HoldsOffice => "#adb5bd",
    }
}

/// Writes the graph as DOT.
pub fn dot(graph: &KnowledgeGraph, options: &DotOptions) -> String {
    let mut s = String::new();
    let rankdir = match options.rankdir.to_ascii_uppercase().as_str() {
        r @ ("LR" | "TB" | "RL" | "BT") => r.to_string(),
        _ => "LR".to_string(),
    };
    let _ = writeln!(s, "digraph diplograph {{");
    // Past a few hundred nodes a layered layout is unreadable: use the
    // force-directed engine (the `layout` attribute overrides the command's
    // default), and let colour and the legend name the relations.
    let large = graph.node_count() > LARGE_GRAPH;
    if large {
        let _ = writeln!(s, "  graph [layout=sfdp, overlap=prism, overlap_scaling=2, splines=false, outputorder=edgesfirst, fontname=\"Helvetica\"];");
    } else {
        let _ = writeln!(s, "  graph [rankdir={rankdir}, fontname=\"Helvetica\", overlap=false, splines=true, nodesep=0.4, ranksep=0.6];");
    }
    if let Some(t) = &options.title {
        let _ = writeln!(
            s,
            "  graph [label=\"{}\", labelloc=t, fontsize=18];",
            escape_dot(t)
        );
    }
    let _ = writeln!(
        s,
        "  node [fontname=\"Helvetica\", fontsize=11, style=filled, color=\"#495057\"];"
    );
    let _ = writeln!(
        s,
        "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];"
    );
    let keep = |t: EntityType| options.topics || t != EntityType::Topic;
    let edges: Vec<_> = graph
        .edges()
        .into_iter()
        .filter(|(a, b, e)| {
            keep(a.entity_type) && keep(b.entity_type) && (options.negated || !e.negated)
        })
        .collect();
    let mut used: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for (a, b, _) in &edges {
        used.insert(&a.id);
        used.insert(&b.id);
    }
    let mut groups: std::collections::BTreeMap<String, Vec<String>> =
        std::collections::BTreeMap::new();
    for n in graph.nodes() {
        if !keep(n.entity_type)
            || !used.contains(n.id.as_str()) && n.entity_type == EntityType::Topic
        {
            continue;
        }
        let group = match options.cluster {
            Some(Cluster::Type) => Some(n.entity_type.as_str().to_string()),
            Some(Cluster::Country) => n.country.clone(),
            None => None,
        };
        let (shape, fill) = style(n.entity_type);
        let mut label = n.name.clone();
        if n.entity_type == EntityType::Topic && label.chars().count() > 40 {
            label = wrap(&label, 32);
        }
        let tooltip = format!(
            "{} ({}), {} mentions",
            n.name,
            type_label(n.entity_type),
            n.mention_count()
        );
        let line = format!(
            "  \"{}\" [label=\"{}\", shape={shape}, fillcolor=\"{fill}\", tooltip=\"{}\"{}];",
            escape_dot(&n.id),
            escape_dot(&label),
            escape_dot(&tooltip),
            if n.entity_type == EntityType::Topic {
                ", fontcolor=\"#495057\", style=\"\""
            } else {
                ""
            }
        );
        match group {
            Some(g) => groups.entry(g).or_default().push(line),
            None => {
                s.push_str(&line);
                s.push('\n');
            }
        }
    }
    // Clusters: Graphviz draws a box around subgraphs named `cluster…`.
    for (i, (name, lines)) in groups.iter().enumerate() {
        let label = match options.cluster {
            Some(Cluster::Country) => graph
                .node(&format!("country:{name}"))
                .map_or_else(|| name.clone(), |n| n.name.clone()),
            _ => name.clone(),
        };
        let _ = writeln!(s, "  subgraph \"cluster_{i}\" {{\n    label=\"{}\"; style=rounded; color=\"#adb5bd\"; fontsize=12;", escape_dot(&label));
        for l in lines {
            s.push_str("  ");
            s.push_str(l);
            s.push('\n');
        }
        s.push_str("  }\n");
    }
    for (a, b, e) in &edges {
        let rel = e.relation.as_str();
        let label = if e.negated {
            format!("not {rel}")
        } else {
            rel.to_string()
        };
        let count = e.count();
        let label = if count > 1 {
            format!("{label} ×{count}")
        } else {
            label
        };
        let penwidth = 1.0 + (count as f64).ln().max(0.0) * 1.2;
        let label = if large { String::new() } else { label };
        let mut attrs = format!(
            "label=\"{}\", color=\"{}\", fontcolor=\"{}\", penwidth={penwidth:.2}, tooltip=\"{}\"",
            escape_dot(&label),
            edge_color(e.relation),
            edge_color(e.relation),
            escape_dot(e.evidence.first().map_or("", |ev| ev.sentence.as_str()))
        );
        if e.relation.is_symmetric() {
            attrs.push_str(", dir=none");
        }
        if e.negated {
            attrs.push_str(", style=dashed");
        }
        if e.relation == RelationType::HoldsOffice {
            // Offices sit next to their holder.
            attrs.push_str(", weight=4, minlen=1, arrowhead=none, style=dotted");
        }
        let _ = writeln!(
            s,
            "  \"{}\" -> \"{}\" [{attrs}];",
            escape_dot(&a.id),
            escape_dot(&b.id)
        );
    }
    if options.legend {
        s.push_str(&legend());
    }
    s.push_str("}\n");
    s
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in text.split_whitespace() {
        if line > 0 && line + w.len() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += w.len();
    }
    out
}

fn legend() -> String {
    let mut rows = String::new();
    for t in EntityType::ALL {
        let (_, fill) = style(t);
        let _ = write!(rows, "<TR><TD BGCOLOR=\"{fill}\">{}</TD></TR>", t.as_str());
    }
    for r in RelationType::ALL {
        let _ = write!(
            rows,
            "<TR><TD><FONT COLOR=\"{}\">{} →</FONT></TD></TR>",
            edge_color(r),
            r.as_str()
        );
    }
    rows.push_str("<TR><TD><FONT COLOR=\"#495057\">- - - denied</FONT></TD></TR>");
    format!(
        "  subgraph cluster_legend {{\n    label=\"legend\"; fontsize=10; color=\"#ced4da\";\n    \"legend\" [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\">{rows}</TABLE>>];\n  }}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_quotes_backslashes_and_newlines() {
        assert_eq!(escape_dot(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(escape_dot("x\ny\r\u{7}z"), "x\\ny z");
    }

    #[test]
    fn empty_graph_is_a_valid_skeleton() {
        let text = dot(
            &KnowledgeGraph::new(),
            &DotOptions {
                legend: false,
                ..DotOptions::default()
            },
        );
        assert!(text.starts_with("digraph diplograph {") && text.trim_end().ends_with('}'));
    }
}
