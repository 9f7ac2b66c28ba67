//! Node-link JSON for front-ends.
//!
//! # Wire format
//!
//! `{"directed": true, "multigraph": true, "graph": {...}, "nodes": [...],
//! "edges": [...]}` (or `"links"` for D3). Nodes carry `id`, `name`,
//! `entity_type`, `country`, `aliases`, `mentions`, `documents`; edges
//! carry `key`, `source`, `target`, `relation`, `negated`, `count`,
//! `weight`, `confidence`, `first_date`/`last_date` with their epoch days,
//! `docs`, `objects` and `evidence`. The relation type is `relation`, never
//! `type`, which Sigma reserves for renderers.

use crate::edge_attributes;
use diplograph_graph::KnowledgeGraph;
use serde_json::{json, Map, Value};

/// How to write.
#[derive(Clone, Debug, Default)]
pub struct JsonOptions {
    /// Name the edge list `links` (D3's forceLink) instead of `edges` (networkx ≥ 3.6).
    pub links: bool,
}

/// The graph as node-link JSON.
pub fn node_link(graph: &KnowledgeGraph, options: &JsonOptions) -> Value {
    let nodes: Vec<Value> = graph
        .nodes()
        .into_iter()
        .map(|n| {
            json!({
                "id": n.id,
                "name": n.name,
                "entity_type": n.entity_type.as_str(),
                "country": n.country,
                "aliases": n.aliases,
                "mentions": n.mention_count(),
                "documents": n.documents.keys().collect::<Vec<_>>(),
                "known": n.known,
            })
        })
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .into_iter()
        .map(|(a, b, e)| {
            let mut edge = edge_attributes(e);
            let polarity = if e.negated { "denied" } else { "asserted" };
            let key = format!("{}|{}|{}|{}", e.relation.as_str(), a.id, b.id, polarity);
            edge.insert("key".into(), json!(key));
            edge.insert("source".into(), json!(a.id));
            edge.insert("target".into(), json!(b.id));
            Value::Object(edge)
        })
        .collect();
    let mut top = Map::new();
    top.insert("directed".into(), json!(true));
    top.insert("multigraph".into(), json!(true));
    top.insert(
        "graph".into(),
        json!({"name": "diplograph", "documents": graph.documents().len(), "nodes": graph.node_count(), "edges": graph.edge_count()}),
    );
    top.insert("nodes".into(), Value::Array(nodes));
    top.insert(
        if options.links { "links" } else { "edges" }.into(),
        Value::Array(edges),
    );
    Value::Object(top)
}
