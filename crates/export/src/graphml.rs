//! GraphML, for yEd, Gephi and networkx.
//!
//! Every attribute is declared once by a typed `<key>` whose id says what
//! it is for (`n_…` for nodes, `e_…` for edges), since networkx keeps keys
//! by id and a node key and an edge key sharing one would overwrite each
//! other. The types are those networkx's `read_graphml` knows (`string`,
//! `int`, `double`, `boolean`). The graph is directed; a symmetric relation
//! is flagged by `symmetric` rather than by `directed="false"` on its edge,
//! which networkx refuses in a directed graph. As for GEXF, the XML is
//! written with quick-xml's writer and events, and strings lose only the
//! characters XML 1.0 cannot carry.
//!
//! # Wire format
//!
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ...>
//!   <key id="n_label" for="node" attr.name="label" attr.type="string"/> …
//!   <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/> …
//!   <graph id="diplograph" edgedefault="directed">
//!     <node id="person:antony-blinken">
//!       <data key="n_label">Antony Blinken</data> …
//!     </node>
//!     <edge id="e:met-with|…|asserted" source="…" target="…">
//!       <data key="e_label">met-with</data> …
//!     </edge>
//!   </graph>
//! </graphml>
//! ```
//!
//! Node data: `label` and `name` (the name; Gephi and yEd take `label`),
//! then the attributes of the [`gexf`](fn@crate::gexf) writer. Edge data:
//! `label` (the relation), `weight` (double, the number of statements), then
//! the attributes of the GEXF writer, `symmetric` among them. Unknown values
//! (a country, the dates of an undated edge) have no `<data>`. Ids are those
//! of the GEXF writer, unique across nodes and edges.

use crate::cytoscape::ElementIds;
use crate::gexf::xml::{self, Kind, Value, XmlWriter};
use diplograph_graph::KnowledgeGraph;

const NS_GRAPHML: &str = "http://graphml.graphdrawing.org/xmlns";
const NS_XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// The graph as GraphML.
///
/// # Example
///
/// ```
/// use diplograph_graph::KnowledgeGraph;
/// use diplograph_export::graphml;
///
/// let text = graphml(&KnowledgeGraph::new());
/// assert!(text.contains(r#"<graph id="diplograph" edgedefault="directed">"#));
/// ```
pub fn graphml(graph: &KnowledgeGraph) -> String {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let ids = ElementIds::new(&nodes, &edges, xml::clean);
    let mut out = XmlWriter::new();
    out.start(
        "graphml",
        &[
            ("xmlns", NS_GRAPHML),
            ("xmlns:xsi", NS_XSI),
            ("xsi:schemaLocation", SCHEMA_LOCATION),
        ],
    );
    let node_keys = [("label", Kind::String), ("name", Kind::String)];
    let edge_keys = [("label", Kind::String), ("weight", Kind::Double)];
    for (name, kind) in node_keys.iter().chain(&xml::NODE_FIELDS) {
        declare(&mut out, "node", name, *kind);
    }
    for (name, kind) in edge_keys.iter().chain(&xml::EDGE_FIELDS) {
        declare(&mut out, "edge", name, *kind);
    }
    out.start(
        "graph",
        &[("id", "diplograph"), ("edgedefault", "directed")],
    );
    for n in &nodes {
        out.start("node", &[("id", ids.node(&n.id))]);
        let mut values = vec![
            ("label", Value::Text(n.name.clone())),
            ("name", Value::Text(n.name.clone())),
        ];
        values.extend(xml::node_fields(n));
        data(&mut out, "n", &values);
        out.end("node");
    }
    for (edge_idx, (a, b, e)) in edges.iter().enumerate() {
        out.start(
            "edge",
            &[
                ("id", ids.edge(edge_idx)),
                ("source", ids.node(&a.id)),
                ("target", ids.node(&b.id)),
            ],
        );
        let mut values = vec![
            ("label", Value::Text(e.relation.as_str().into())),
            ("weight", Value::Double(e.count() as f64)),
        ];
        values.extend(xml::edge_fields(e));
        data(&mut out, "e", &values);
        out.end("edge");
    }
    out.end("graph");
    out.end("graphml");
    out.finish()
}

fn graphml_type(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "string",
        Kind::Integer => "int",
        Kind::Double => "double",
        Kind::Boolean => "boolean",
    }
}

fn declare(out: &mut XmlWriter, scope: &str, name: &str, kind: Kind) {
    let id = format!("{}_{name}", &scope[..1]);
    out.empty(
        "key",
        &[
            ("id", &id),
            ("for", scope),
            ("attr.name", name),
            ("attr.type", graphml_type(kind)),
        ],
    );
}

fn data(out: &mut XmlWriter, prefix: &str, values: &[(&str, Value)]) {
    for (name, value) in values {
        if let Some(text) = value.render() {
            out.text_element("data", &[("key", &format!("{prefix}_{name}"))], &text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cytoscape::fixture::{hostile_graph, FOX, ODD_ID};
    use crate::gexf::parse::{parse, Element};
    use std::collections::{HashMap, HashSet};

    struct Parsed {
        root: Element,
        /// Key id to (for, attr.name, attr.type).
        keys: HashMap<String, (String, String, String)>,
    }

    impl Parsed {
        fn new(text: &str) -> Parsed {
            let root = parse(text);
            let mut keys = HashMap::new();
            for k in root.children("key") {
                let get = |a: &str| k.attr(a).expect("key attribute").to_string();
                let previous =
                    keys.insert(get("id"), (get("for"), get("attr.name"), get("attr.type")));
                assert!(previous.is_none(), "duplicate key id {}", get("id"));
            }
            Parsed { root, keys }
        }

        fn data(&self, element: &Element) -> HashMap<String, String> {
            let mut out = HashMap::new();
            for d in element.children("data") {
                let key = d.attr("key").expect("key");
                let (scope, name, _) = self
                    .keys
                    .get(key)
                    .unwrap_or_else(|| panic!("undeclared {key}"));
                assert_eq!(scope, &element.name);
                assert!(
                    out.insert(name.clone(), d.text.clone()).is_none(),
                    "two {name}"
                );
            }
            out
        }
    }

    #[test]
    fn keys_are_unique_and_typed_as_networkx_reads_them() {
        let parsed = Parsed::new(&graphml(&hostile_graph()));
        assert_eq!(parsed.root.attr("xmlns"), Some(NS_GRAPHML));
        let mut names = HashSet::new();
        for (scope, name, kind) in parsed.keys.values() {
            assert!(["node", "edge"].contains(&scope.as_str()));
            assert!(["string", "int", "double", "boolean"].contains(&kind.as_str()));
            assert!(
                names.insert((scope.clone(), name.clone())),
                "{scope} {name} twice"
            );
            assert!(
                !["id", "source", "target", "key", "type"].contains(&name.as_str()),
                "{name}"
            );
        }
    }

    #[test]
    fn nodes_and_edges_with_their_data() {
        let graph = hostile_graph();
        let parsed = Parsed::new(&graphml(&graph));
        let g = parsed.root.child("graph");
        assert_eq!(g.attr("edgedefault"), Some("directed"));
        let nodes = g.children("node");
        let edges = g.children("edge");
        assert_eq!(nodes.len(), graph.node_count());
        assert_eq!(edges.len(), graph.edge_count());
        let node_ids: HashSet<&str> = nodes.iter().filter_map(|n| n.attr("id")).collect();
        assert_eq!(node_ids.len(), nodes.len());
        let edge_ids: HashSet<&str> = edges.iter().filter_map(|e| e.attr("id")).collect();
        assert_eq!(edge_ids.len(), edges.len());
        for e in &edges {
            assert!(node_ids.contains(e.attr("source").expect("source")));
            assert!(node_ids.contains(e.attr("target").expect("target")));
            assert_eq!(e.attr("directed"), None);
        }
        let node = |id: &str| {
            parsed.data(
                nodes
                    .iter()
                    .find(|n| n.attr("id") == Some(id))
                    .unwrap_or_else(|| panic!("no node {id:?}")),
            )
        };
        let fox = node("person:fox");
        // Text content keeps quotes, markup, tabs and CR LF; only the bell goes.
        assert_eq!(fox["label"], FOX.replace('\u{7}', ""));
        assert_eq!(fox["name"], fox["label"]);
        assert_eq!(fox["mentions"], "2");
        assert_eq!(node(ODD_ID)["name"], "O'Neil & \"Sons\"");
        assert_eq!(node("person:bell~2")["name"], "Bell");
        assert!(!node("person:wang-yi").contains_key("country"));
        let edge = |id: &str| {
            parsed.data(
                edges
                    .iter()
                    .find(|e| e.attr("id") == Some(id))
                    .unwrap_or_else(|| panic!("no edge {id:?}")),
            )
        };
        let met = edge("e:met-with|person:fox|person:wang-yi|asserted");
        assert_eq!(met["label"], "met-with");
        assert_eq!(met["relation"], "met-with");
        assert_eq!(met["symmetric"], "true");
        assert_eq!(met["weight"], "2");
        assert_eq!(met["count"], "2");
        assert_eq!(met["first_date"], "2024-04-26");
        assert_eq!(met["last_epoch_day"], "19846");
        let supplies = edge("e:supplies|person:fox|country:USA|asserted");
        assert_eq!(supplies["symmetric"], "false");
        assert_eq!(supplies["objects"], r#"["drones <&> \"shells\""]"#);
        let undated = edge(&format!("e:cooperates-with|country:USA|{ODD_ID}|asserted"));
        assert!(!undated.contains_key("first_date") && !undated.contains_key("last_epoch_day"));
    }

    #[test]
    fn empty_graph_is_a_valid_document() {
        let parsed = Parsed::new(&graphml(&KnowledgeGraph::new()));
        let g = parsed.root.child("graph");
        assert!(g.children.is_empty());
    }
}
