//! Cytoscape.js elements JSON.
//!
//! Cytoscape.js keeps nodes and edges in one collection keyed by `data.id`,
//! so an edge id must differ from every node id as well as from every other
//! edge id. The ids of this writer (and of the other writers of this crate,
//! which share [`ElementIds`]) are unique across both.
//!
//! # Wire format
//!
//! ```text
//! {"elements": {
//!   "nodes": [{"data": {"id", "name", "entity_type", "country", "aliases",
//!                       "mentions", "known"},
//!              "classes": "person"}],
//!   "edges": [{"data": {"id", "source", "target", "relation", "negated",
//!                       "symmetric", "count", "weight", "confidence",
//!                       "first_date", "last_date", "first_epoch_day",
//!                       "last_epoch_day", "docs", "objects", "evidence"},
//!              "classes": "met-with symmetric negated"}]}}
//! ```
//!
//! The object is what `cytoscape({elements})` and `cy.json({elements})`
//! take. Node ids are the graph's ids (`person:antony-blinken`); edge ids
//! are `e:<relation>|<source>|<target>|<asserted|denied>`, with `~2`, `~3`
//! appended in the unlikely case that ids containing `|` make two equal.
//! `country`, the dates and the epoch days are `null` when unknown; epoch
//! days count days since 1970-01-01, for range sliders. `evidence` is a list
//! of `{"doc", "date", "sentence", "event", "confidence", "modality",
//! "object"}`. Classes are the entity type on nodes; on edges the relation,
//! then `symmetric` for met-with and cooperates-with, then `negated` for a
//! relation the text denies. No edge field is named `type`.

use crate::edge_attributes;
use diplograph_graph::{EdgeData, KnowledgeGraph, NodeData};
use serde_json::{json, Value};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// The graph as Cytoscape.js elements JSON.
///
/// # Example
///
/// ```
/// use diplograph_graph::KnowledgeGraph;
/// use diplograph_export::cytoscape;
///
/// let json = cytoscape(&KnowledgeGraph::new());
/// assert!(json["elements"]["nodes"].as_array().is_some_and(|n| n.is_empty()));
/// ```
pub fn cytoscape(graph: &KnowledgeGraph) -> Value {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let ids = ElementIds::new(&nodes, &edges, verbatim);
    let node_elements: Vec<Value> = nodes
        .iter()
        .map(|n| {
            json!({
                "data": {
                    "id": ids.node(&n.id),
                    "name": n.name,
                    "entity_type": n.entity_type.as_str(),
                    "country": n.country,
                    "aliases": n.aliases,
                    "mentions": n.mention_count(),
                    "known": n.known,
                },
                "classes": n.entity_type.as_str(),
            })
        })
        .collect();
    let edge_elements: Vec<Value> = edges
        .iter()
        .enumerate()
        .map(|(edge_idx, (a, b, e))| {
            let mut classes = vec![e.relation.as_str()];
            if e.relation.is_symmetric() {
                classes.push("symmetric");
            }
            if e.negated {
                classes.push("negated");
            }
            let mut data = edge_attributes(e);
            data.insert("id".into(), json!(ids.edge(edge_idx)));
            data.insert("source".into(), json!(ids.node(&a.id)));
            data.insert("target".into(), json!(ids.node(&b.id)));
            json!({"data": data, "classes": classes.join(" ")})
        })
        .collect();
    json!({"elements": {"nodes": node_elements, "edges": edge_elements}})
}

/// The ids one export gives its nodes and edges, unique across both.
///
/// Node ids are the graph's ids passed through `clean` (the identity for
/// JSON; XML drops the characters it cannot carry); edge ids are
/// `e:<relation>|<source>|<target>|<asserted|denied>`. An id already taken
/// (two node ids equal once cleaned, or ids containing `|` that join to the
/// same edge id) gets `~2`, `~3`, … appended, so ids stay unique whatever
/// the strings in the graph.
pub(crate) struct ElementIds {
    nodes: HashMap<String, String>,
    edges: Vec<String>,
}

impl ElementIds {
    /// Ids for `nodes` and `edges`, in their order (nodes first, so a node
    /// keeps its own id whenever it can).
    pub(crate) fn new(
        nodes: &[&NodeData],
        edges: &[(&NodeData, &NodeData, &EdgeData)],
        clean: impl Fn(&str) -> Cow<'_, str>,
    ) -> ElementIds {
        let mut taken = HashSet::new();
        let mut node_ids = HashMap::with_capacity(nodes.len());
        for n in nodes {
            let id = claim(&mut taken, clean(&n.id).into_owned());
            node_ids.insert(n.id.clone(), id);
        }
        let mut edge_ids = Vec::with_capacity(edges.len());
        for (a, b, e) in edges {
            let wanted = format!(
                "e:{}|{}|{}|{}",
                e.relation.as_str(),
                node_ids.get(&a.id).map_or("", String::as_str),
                node_ids.get(&b.id).map_or("", String::as_str),
                if e.negated { "denied" } else { "asserted" }
            );
            edge_ids.push(claim(&mut taken, wanted));
        }
        ElementIds {
            nodes: node_ids,
            edges: edge_ids,
        }
    }

    /// The id of the node whose graph id is `id`.
    pub(crate) fn node<'a>(&'a self, id: &'a str) -> &'a str {
        self.nodes.get(id).map_or(id, String::as_str)
    }

    /// The id of the `edge_idx`-th edge given to [`ElementIds::new`].
    pub(crate) fn edge(&self, edge_idx: usize) -> &str {
        self.edges.get(edge_idx).map_or("", String::as_str)
    }
}

/// The id unchanged, for formats that carry any string (JSON).
pub(crate) fn verbatim(id: &str) -> Cow<'_, str> {
    Cow::Borrowed(id)
}

fn claim(taken: &mut HashSet<String>, wanted: String) -> String {
    if !taken.contains(&wanted) {
        taken.insert(wanted.clone());
        return wanted;
    }
    let mut n = 2usize;
    loop {
        let candidate = format!("{wanted}~{n}");
        if !taken.contains(&candidate) {
            taken.insert(candidate.clone());
            return candidate;
        }
        n += 1;
    }
}

/// A graph with hostile strings everywhere, for the writers' tests.
#[cfg(test)]
pub(crate) mod fixture {
    use diplograph_extract::{
        Entity, EntityType, Evidence, Modality, Record, Relation, RelationType, Span,
    };
    use diplograph_graph::KnowledgeGraph;

    /// A name with quotes, markup, a CDATA end, a comment dash pair, a bell
    /// (which XML 1.0 cannot carry), a tab and line breaks.
    pub(crate) const FOX: &str =
        "Sergei \"The Fox\" O'Neil <script>alert('x')</script> & ]]> -- \u{7}bell\tand\nnew\r\nlines";
    /// An id with quotes, an ampersand and markup.
    pub(crate) const ODD_ID: &str = "person:o\"neil&<x>";
    /// Two ids that are equal once the bell is dropped.
    pub(crate) const BELL_ID: &str = "person:bell\u{7}";
    /// See [`BELL_ID`].
    pub(crate) const PLAIN_BELL_ID: &str = "person:bell";
    /// A hostile evidence sentence.
    pub(crate) const SENTENCE: &str = "He said \"no\" <b>]]></b>\r\n\u{1b}[31m & <!-- -->";

    fn entity(id: &str, name: &str, entity_type: EntityType) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            entity_type,
            mentions: vec![name.into()],
            spans: vec![Span::new(0, 1)],
            country: None,
            known: false,
        }
    }

    fn relation(
        relation_type: RelationType,
        (source_id, source): (&str, &str),
        (target_id, target): (&str, &str),
        negated: bool,
        date: Option<&str>,
        at: usize,
    ) -> Relation {
        Relation {
            relation_type,
            source: source.into(),
            target: target.into(),
            source_id: source_id.into(),
            target_id: target_id.into(),
            negated,
            modality: Modality::Asserted,
            object: (relation_type == RelationType::Supplies)
                .then(|| "drones <&> \"shells\"".into()),
            date: date.map(Into::into),
            confidence: 0.75,
            evidence: SENTENCE.into(),
            spans: Evidence {
                sentence: Span::new(at, at + 10),
                trigger: None,
                source: None,
                target: None,
            },
            event: format!("doc#{at}"),
        }
    }

    /// Seven nodes, eight edges: a met-with stated in two documents (dated
    /// 2024-04-26 and 2024-05-03) and denied in one, a supplies, a concern
    /// about a topic, an undated cooperation, a denied criticism, and edges
    /// between the two ids that clean to the same XML id.
    pub(crate) fn hostile_graph() -> KnowledgeGraph {
        let fox = ("person:fox", FOX);
        let wang = ("person:wang-yi", "Wang Yi");
        let usa = ("country:USA", "United States");
        let topic = ("topic:tariffs", "<b>sanctions</b> & \"tariffs\"");
        let odd = (ODD_ID, "O'Neil & \"Sons\"");
        let bell = (BELL_ID, "Bell\u{7}");
        let plain_bell = (PLAIN_BELL_ID, "Plain Bell");
        let mut fox_entity = entity(fox.0, fox.1, EntityType::Person);
        fox_entity.country = Some("RUS".into());
        fox_entity.mentions.push("Fox".into());
        fox_entity.spans.push(Span::new(5, 8));
        let mut graph = KnowledgeGraph::new();
        let d1 = Record {
            id: "d1 <\"&\">".into(),
            date: Some("2024-04-26".into()),
            entities: vec![
                fox_entity,
                entity(wang.0, wang.1, EntityType::Person),
                entity(usa.0, usa.1, EntityType::Country),
                entity(bell.0, bell.1, EntityType::Person),
                entity(plain_bell.0, plain_bell.1, EntityType::Person),
            ],
            relations: vec![
                relation(
                    RelationType::MetWith,
                    fox,
                    wang,
                    false,
                    Some("2024-04-26"),
                    0,
                ),
                relation(
                    RelationType::Supplies,
                    fox,
                    usa,
                    false,
                    Some("2024-04-26"),
                    20,
                ),
                relation(
                    RelationType::ConcernedAbout,
                    usa,
                    topic,
                    false,
                    Some("2024-04-26"),
                    40,
                ),
                relation(
                    RelationType::Visited,
                    bell,
                    usa,
                    false,
                    Some("2024-04-26"),
                    60,
                ),
                relation(
                    RelationType::Visited,
                    plain_bell,
                    usa,
                    false,
                    Some("2024-04-26"),
                    80,
                ),
            ],
            diagnostics: vec![],
        };
        graph.add_record(&d1, "d1 text");
        let d2 = Record {
            id: "d2".into(),
            date: Some("2024-05-03".into()),
            entities: vec![],
            relations: vec![
                relation(
                    RelationType::MetWith,
                    wang,
                    fox,
                    false,
                    Some("2024-05-03"),
                    0,
                ),
                relation(
                    RelationType::MetWith,
                    fox,
                    wang,
                    true,
                    Some("2024-05-03"),
                    20,
                ),
                relation(
                    RelationType::Criticizes,
                    usa,
                    fox,
                    true,
                    Some("2024-05-03"),
                    40,
                ),
            ],
            diagnostics: vec![],
        };
        graph.add_record(&d2, "d2 text");
        let d3 = Record {
            id: "d3".into(),
            date: None,
            entities: vec![entity(odd.0, odd.1, EntityType::Person)],
            relations: vec![relation(
                RelationType::CooperatesWith,
                usa,
                odd,
                false,
                None,
                0,
            )],
            diagnostics: vec![],
        };
        graph.add_record(&d3, "d3 text");
        graph
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::{hostile_graph, FOX, ODD_ID};
    use super::*;

    fn by_id<'a>(items: &'a [Value], id: &str) -> &'a Value {
        items
            .iter()
            .find(|v| v["data"]["id"] == id)
            .unwrap_or_else(|| panic!("no element {id:?}"))
    }

    #[test]
    fn ids_are_unique_across_nodes_and_edges() {
        let graph = hostile_graph();
        let json = cytoscape(&graph);
        let nodes = json["elements"]["nodes"].as_array().expect("nodes");
        let edges = json["elements"]["edges"].as_array().expect("edges");
        assert_eq!(nodes.len(), graph.node_count());
        assert_eq!(edges.len(), graph.edge_count());
        let ids: HashSet<&str> = nodes
            .iter()
            .chain(edges)
            .filter_map(|v| v["data"]["id"].as_str())
            .collect();
        assert_eq!(ids.len(), nodes.len() + edges.len());
        for e in edges {
            for end in ["source", "target"] {
                let id = e["data"][end].as_str().expect("endpoint");
                by_id(nodes, id);
            }
        }
    }

    #[test]
    fn hostile_strings_survive_exactly() {
        let json = cytoscape(&hostile_graph());
        let nodes = json["elements"]["nodes"].as_array().expect("nodes");
        let fox = by_id(nodes, "person:fox");
        assert_eq!(fox["data"]["name"], FOX);
        assert_eq!(fox["classes"], "person");
        assert_eq!(fox["data"]["country"], "RUS");
        assert_eq!(fox["data"]["mentions"], 2);
        assert_eq!(by_id(nodes, ODD_ID)["data"]["name"], "O'Neil & \"Sons\"");
        // The text round-trips through a JSON parser unchanged.
        let text = serde_json::to_string(&json).expect("serializable");
        let back: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, json);
    }

    #[test]
    fn edges_carry_relation_dates_and_classes_but_no_type() {
        let json = cytoscape(&hostile_graph());
        let edges = json["elements"]["edges"].as_array().expect("edges");
        let met = by_id(edges, "e:met-with|person:fox|person:wang-yi|asserted");
        let d = &met["data"];
        assert_eq!(d["relation"], "met-with");
        assert_eq!(d["count"], 2);
        assert_eq!(d["first_date"], "2024-04-26");
        assert_eq!(d["last_date"], "2024-05-03");
        assert_eq!(d["first_epoch_day"], 19839);
        assert_eq!(d["evidence"].as_array().map(Vec::len), Some(2));
        assert_eq!(met["classes"], "met-with symmetric");
        let denied = by_id(edges, "e:met-with|person:fox|person:wang-yi|denied");
        assert_eq!(denied["classes"], "met-with symmetric negated");
        let undated = by_id(
            edges,
            &format!("e:cooperates-with|country:USA|{ODD_ID}|asserted"),
        );
        assert_eq!(undated["data"]["first_date"], Value::Null);
        assert_eq!(undated["data"]["first_epoch_day"], Value::Null);
        for e in edges {
            assert!(e["data"].get("type").is_none(), "{e}");
        }
    }

    #[test]
    fn colliding_ids_get_a_suffix() {
        let node = |id: &str| NodeData {
            id: id.into(),
            name: id.into(),
            entity_type: diplograph_extract::EntityType::Person,
            country: None,
            aliases: Default::default(),
            documents: Default::default(),
            known: false,
        };
        let edge = EdgeData {
            relation: diplograph_extract::RelationType::Criticizes,
            negated: false,
            evidence: vec![],
        };
        // Both edges join to `e:criticizes|a|b|c|asserted`, a node's id.
        let nodes = [
            node("a"),
            node("a|b"),
            node("b|c"),
            node("c"),
            node("e:criticizes|a|b|c|asserted"),
        ];
        let node_refs: Vec<&NodeData> = nodes.iter().collect();
        let edges = [(&nodes[1], &nodes[3], &edge), (&nodes[0], &nodes[2], &edge)];
        let ids = ElementIds::new(&node_refs, &edges, verbatim);
        assert_eq!(
            ids.node("e:criticizes|a|b|c|asserted"),
            "e:criticizes|a|b|c|asserted"
        );
        assert_eq!(ids.edge(0), "e:criticizes|a|b|c|asserted~2");
        assert_eq!(ids.edge(1), "e:criticizes|a|b|c|asserted~3");
        assert_eq!(ids.edge(2), "");
    }
}
