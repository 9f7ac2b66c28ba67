//! graphology serialisation, for Sigma.js front-ends.
//!
//! graphology's `Graph.from(json)` and `graph.import(json)` read this
//! object; Sigma.js renders the graph it builds. Sigma throws unless every
//! node has numeric `x` and `y`, so nodes are placed on a circle in id
//! order: deterministic, and a starting point for a layout such as
//! ForceAtlas2. Sigma picks an edge's renderer by its `type` attribute, so
//! no edge has one: the relation type is `relation`.
//!
//! # Wire format
//!
//! ```text
//! {"attributes": {"name": "diplograph", "documents": 3},
//!  "options": {"type": "mixed", "multi": true, "allowSelfLoops": false},
//!  "nodes": [{"key", "attributes": {"label", "x", "y", "size", "color",
//!             "name", "entity_type", "country", "aliases", "mentions",
//!             "known"}}],
//!  "edges": [{"key", "source", "target", "undirected",
//!             "attributes": {"label", "size", "color", "relation",
//!             "negated", "symmetric", "count", "weight", "confidence",
//!             "first_date", "last_date", "first_epoch_day",
//!             "last_epoch_day", "docs", "objects", "evidence"}}]}
//! ```
//!
//! The graph is mixed and multi: met-with and cooperates-with are
//! undirected edges (`"undirected": true`), the other relations directed,
//! and a relation stated and denied between the same pair is two edges.
//! `allowSelfLoops` is false unless the graph has an edge from a node to
//! itself. Keys are those of [`cytoscape`](fn@crate::cytoscape) (node ids, and
//! `e:<relation>|<source>|<target>|<asserted|denied>` for edges). `label`
//! is the node's name, or the relation (`not <relation>` when denied);
//! `color` is a `#rrggbb` per entity type or relation; `size` grows with
//! the logarithm of mentions or statements. The other attributes are those
//! of the Cytoscape.js writer.

use crate::cytoscape::{verbatim, ElementIds};
use crate::edge_attributes;
use diplograph_extract::{EntityType, RelationType};
use diplograph_graph::KnowledgeGraph;
use serde_json::{json, Value};

/// The graph as graphology's serialisation, ready for Sigma.js.
///
/// # Example
///
/// ```
/// use diplograph_graph::KnowledgeGraph;
/// use diplograph_export::graphology;
///
/// let json = graphology(&KnowledgeGraph::new());
/// assert_eq!(json["options"]["type"], "mixed");
/// ```
pub fn graphology(graph: &KnowledgeGraph) -> Value {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let ids = ElementIds::new(&nodes, &edges, verbatim);
    let n_nodes = nodes.len();
    // A circle whose circumference grows with the number of nodes keeps
    // neighbours apart whatever the size of the graph.
    let radius = 10.0 * n_nodes.max(1) as f64;
    let node_values: Vec<Value> = nodes
        .iter()
        .enumerate()
        .map(|(node_idx, n)| {
            let angle = std::f64::consts::TAU * node_idx as f64 / n_nodes.max(1) as f64;
            json!({
                "key": ids.node(&n.id),
                "attributes": {
                    "label": n.name,
                    "x": round(radius * angle.cos(), 1000.0),
                    "y": round(radius * angle.sin(), 1000.0),
                    "size": round(4.0 + 2.0 * f64::from(n.mention_count()).ln_1p(), 100.0),
                    "color": entity_color(n.entity_type),
                    "name": n.name,
                    "entity_type": n.entity_type.as_str(),
                    "country": n.country,
                    "aliases": n.aliases,
                    "mentions": n.mention_count(),
                    "known": n.known,
                }
            })
        })
        .collect();
    let edge_values: Vec<Value> = edges
        .iter()
        .enumerate()
        .map(|(edge_idx, (a, b, e))| {
            let relation = e.relation.as_str();
            let mut attributes = edge_attributes(e);
            let label = if e.negated {
                format!("not {relation}")
            } else {
                relation.to_string()
            };
            attributes.insert("label".into(), json!(label));
            attributes.insert(
                "size".into(),
                json!(round(1.0 + (e.count() as f64).ln(), 100.0)),
            );
            attributes.insert("color".into(), json!(relation_color(e.relation)));
            json!({
                "key": ids.edge(edge_idx),
                "source": ids.node(&a.id),
                "target": ids.node(&b.id),
                "undirected": e.relation.is_symmetric(),
                "attributes": attributes,
            })
        })
        .collect();
    let self_loops = edges.iter().any(|(a, b, _)| a.id == b.id);
    json!({
        "attributes": {"name": "diplograph", "documents": graph.documents().len()},
        "options": {"type": "mixed", "multi": true, "allowSelfLoops": self_loops},
        "nodes": node_values,
        "edges": edge_values,
    })
}

fn round(value: f64, scale: f64) -> f64 {
    (value * scale).round() / scale
}

/// A colour per entity type, as `#rrggbb`, readable on white.
pub(crate) fn entity_color(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "#4e79a7",
        EntityType::Country => "#59a14f",
        EntityType::Office => "#edc948",
        EntityType::Organization => "#b07aa1",
        EntityType::Place => "#e15759",
        EntityType::Topic => "#9c9c9c",
    }
}

/// A colour per relation, as `#rrggbb` (those of the DOT writer).
pub(crate) fn relation_color(r: RelationType) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cytoscape::fixture::{hostile_graph, FOX};
    use std::collections::HashSet;

    fn check(json: &Value, graph: &KnowledgeGraph) {
        let nodes = json["nodes"].as_array().expect("nodes");
        let edges = json["edges"].as_array().expect("edges");
        assert_eq!(nodes.len(), graph.node_count());
        assert_eq!(edges.len(), graph.edge_count());
        let keys: HashSet<&str> = nodes.iter().filter_map(|n| n["key"].as_str()).collect();
        assert_eq!(keys.len(), nodes.len());
        for n in nodes {
            let a = &n["attributes"];
            for coordinate in ["x", "y", "size"] {
                assert!(a[coordinate].as_f64().is_some_and(f64::is_finite), "{n}");
            }
            assert!(a["label"].is_string() && a["color"].is_string(), "{n}");
        }
        let edge_keys: HashSet<&str> = edges.iter().filter_map(|e| e["key"].as_str()).collect();
        assert_eq!(edge_keys.len(), edges.len());
        for e in edges {
            assert!(e["attributes"].get("type").is_none(), "{e}");
            for end in ["source", "target"] {
                assert!(keys.contains(e[end].as_str().expect("endpoint")), "{e}");
            }
            assert_eq!(e["undirected"], e["attributes"]["symmetric"]);
        }
    }

    #[test]
    fn every_node_has_a_position_and_no_edge_a_type() {
        let graph = hostile_graph();
        let json = graphology(&graph);
        check(&json, &graph);
        assert_eq!(
            json["options"],
            json!({"type": "mixed", "multi": true, "allowSelfLoops": false})
        );
    }

    #[test]
    fn hostile_names_and_edge_attributes() {
        let json = graphology(&hostile_graph());
        let fox = json["nodes"]
            .as_array()
            .and_then(|n| n.iter().find(|n| n["key"] == "person:fox"))
            .expect("fox");
        assert_eq!(fox["attributes"]["label"], FOX);
        assert_eq!(fox["attributes"]["color"], "#4e79a7");
        let edges = json["edges"].as_array().expect("edges");
        let denied = edges
            .iter()
            .find(|e| e["key"] == "e:met-with|person:fox|person:wang-yi|denied")
            .expect("denied meeting");
        assert_eq!(denied["undirected"], true);
        assert_eq!(denied["attributes"]["label"], "not met-with");
        assert_eq!(denied["attributes"]["first_epoch_day"], 19846);
        let supplies = edges
            .iter()
            .find(|e| e["attributes"]["relation"] == "supplies")
            .expect("supplies");
        assert_eq!(supplies["undirected"], false);
        assert_eq!(
            supplies["attributes"]["objects"],
            json!(["drones <&> \"shells\""])
        );
    }

    #[test]
    fn empty_graph_has_the_skeleton() {
        let graph = KnowledgeGraph::new();
        let json = graphology(&graph);
        check(&json, &graph);
        assert_eq!(json["attributes"]["documents"], 0);
    }
}
