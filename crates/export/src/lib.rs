//! Writers that turn a [`KnowledgeGraph`] into bytes other tools read.
//!
//! This crate owns file formats: it reads a graph and writes bytes, and
//! knows nothing of text or extraction. Each format escapes what its
//! consumer interprets (quotes, backslashes and newlines for Graphviz;
//! JSON string escaping for front-ends).
//!
//! - [`dot`](fn@dot): Graphviz DOT, one style per entity type with a legend,
//!   relation type as edge label, denied relations dashed and labelled
//!   "not …", repeated evidence as pen width.
//! - [`node_link`](fn@node_link): node-link JSON (`directed`, `multigraph`, `graph`,
//!   `nodes`, `edges` or `links`) that networkx's `node_link_graph` and D3
//!   force layouts read.
//! - [`cytoscape`](fn@cytoscape): Cytoscape.js elements JSON, ids unique
//!   across nodes and edges, entity type and relation as classes.
//! - [`graphology`](fn@graphology): graphology's serialisation for
//!   Sigma.js, a mixed multi graph with seeded positions, sizes and colours.
//! - [`gexf`](fn@gexf): GEXF 1.3 for Gephi, edges dynamic from their first
//!   to their last date.
//! - [`graphml`](fn@graphml): GraphML with typed keys for yEd, Gephi and
//!   networkx.
//! - [`html`](fn@html): one self-contained HTML page, an interactive
//!   Cytoscape.js viewer.
//! - [`neo4j_csv`](fn@neo4j_csv): CSV files and the command for `neo4j-admin database import`.
//!
//! ```
//! use diplograph_graph::{EdgeData, KnowledgeGraph};
//! use diplograph_export::{dot, DotOptions};
//!
//! let graph = KnowledgeGraph::new();
//! let text = dot(&graph, &DotOptions::default());
//! assert!(text.starts_with("digraph diplograph {"));
//! ```

#![deny(missing_docs)]

mod cytoscape;
mod dot;
mod gexf;
mod graphml;
mod graphology;
mod html;
mod json;
mod neo4j;

pub use cytoscape::cytoscape;
pub use dot::{dot, escape_dot, Cluster, DotOptions};
pub use gexf::gexf;
pub use graphml::graphml;
pub use graphology::graphology;
pub use html::{html, HtmlOptions};
pub use json::{node_link, JsonOptions};
pub use neo4j::neo4j_csv;

use diplograph_extract::EntityType;
use diplograph_graph::{EdgeData, KnowledgeGraph};

/// The attributes of an edge that every JSON writer of this crate gives it
/// (node-link JSON, Cytoscape.js, graphology): its relation, polarity,
/// counts, confidence, dates (also as epoch days, for range filters),
/// documents, objects and evidence. Writers add their own keys (ids, labels).
pub(crate) fn edge_attributes(e: &EdgeData) -> serde_json::Map<String, serde_json::Value> {
    let (first, last) = (e.first_date(), e.last_date());
    let json = serde_json::json!({
        "relation": e.relation.as_str(),
        "negated": e.negated,
        "symmetric": e.relation.is_symmetric(),
        "count": e.count(),
        "weight": e.count(),
        "confidence": e.confidence(),
        "first_date": first,
        "last_date": last,
        "first_epoch_day": first.and_then(epoch_day),
        "last_epoch_day": last.and_then(epoch_day),
        "docs": e.documents(),
        "objects": e.objects(),
        "evidence": evidence_json(e),
    });
    match json {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// The evidence of an edge as JSON objects, as every JSON writer of this
/// crate gives it.
pub(crate) fn evidence_json(edge: &EdgeData) -> Vec<serde_json::Value> {
    edge.evidence
        .iter()
        .map(|ev| {
            serde_json::json!({
                "doc": ev.doc,
                "date": ev.date,
                "sentence": ev.sentence,
                "event": ev.event,
                "confidence": ev.confidence,
                "modality": ev.modality,
                "object": ev.object,
            })
        })
        .collect()
}

/// Days since 1970-01-01 of an ISO date, for front-end range filters.
pub fn epoch_day(date: &str) -> Option<i64> {
    let d = chrono_like_parse(date)?;
    Some(d)
}

fn chrono_like_parse(date: &str) -> Option<i64> {
    // Civil-from-days inverse (Howard Hinnant's algorithm), to avoid a date dependency here.
    let mut parts = date.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Whether a node passes the common filters (none yet beyond type).
pub(crate) fn type_label(t: EntityType) -> &'static str {
    t.as_str()
}

/// Counts, for a one-line summary after writing.
pub fn summary(graph: &KnowledgeGraph) -> String {
    format!(
        "{} nodes, {} edges, {} documents",
        graph.node_count(),
        graph.edge_count(),
        graph.documents().len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days() {
        assert_eq!(epoch_day("1970-01-01"), Some(0));
        assert_eq!(epoch_day("2024-04-26"), Some(19839));
        assert_eq!(epoch_day("2000-03-01"), Some(11017));
        assert_eq!(epoch_day("not a date"), None);
    }
}
