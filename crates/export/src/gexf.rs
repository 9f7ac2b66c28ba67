//! GEXF 1.3, for Gephi.
//!
//! GEXF is the one format here that carries time natively: the graph is
//! dynamic, and every dated edge exists from its first to its last
//! evidence date, so Gephi's timeline can filter a range. The XML is written
//! with quick-xml's [`Writer`](quick_xml::Writer) and events; every string
//! from the graph goes through [`xml`]'s helpers, which drop the characters
//! XML 1.0 cannot carry and escape the rest.
//!
//! # Wire format
//!
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ... version="1.3">
//!   <meta><creator>diplograph</creator><description>…</description></meta>
//!   <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
//!     <attributes class="node" mode="static">
//!       <attribute id="entity_type" title="entity_type" type="string"/> …
//!     </attributes>
//!     <attributes class="edge" mode="static"> … </attributes>
//!     <nodes>
//!       <node id="person:antony-blinken" label="Antony Blinken">
//!         <attvalues><attvalue for="entity_type" value="person"/> …</attvalues>
//!         <viz:color r="78" g="121" b="167"/><viz:size value="5.39"/>
//!       </node>
//!     </nodes>
//!     <edges>
//!       <edge id="e:met-with|…|asserted" source="…" target="…" label="met-with"
//!             type="undirected" weight="2" start="2024-04-26" end="2024-05-03">
//!         <attvalues> … </attvalues><viz:color r="13" g="110" b="253"/>
//!       </edge>
//!     </edges>
//!   </graph>
//! </gexf>
//! ```
//!
//! Node attributes: `entity_type`, `country` (string, absent when
//! unknown), `aliases` and `documents` (strings holding JSON arrays),
//! `mentions` (integer), `known` (boolean). Edge attributes: `relation`,
//! `negated`, `symmetric` (boolean), `count` (integer), `confidence`
//! (double), `first_date`, `last_date` (strings) and `first_epoch_day`,
//! `last_epoch_day` (integers), absent on undated edges, `docs`, `objects`,
//! `events` and `evidence` (strings holding JSON arrays; evidence items as
//! in [`cytoscape`](fn@crate::cytoscape)). Every attribute is declared with its
//! type. Edge `label` is the relation, `weight` the number of statements;
//! met-with and cooperates-with are `type="undirected"` in an otherwise
//! directed graph, which Gephi shows as a mixed graph. `start` and `end`
//! are the earliest and latest valid `YYYY-MM-DD` evidence dates, omitted
//! when the edge has none. Ids are those of
//! [`cytoscape`](fn@crate::cytoscape) with the characters XML cannot carry
//! dropped (and `~2` appended should two ids become equal).
//!
//! networkx's `read_gexf` reads the file except that it refuses mixed
//! graphs ("Undirected edge found in directed graph"): drop the `type`
//! attribute of the edges first, or read the GraphML.

use crate::cytoscape::ElementIds;
use crate::graphology::{entity_color, relation_color};
use diplograph_graph::KnowledgeGraph;
use xml::{Kind, XmlWriter};

const NS_GEXF: &str = "http://gexf.net/1.3";
const NS_VIZ: &str = "http://gexf.net/1.3/viz";
const NS_XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/// The graph as GEXF 1.3.
///
/// # Example
///
/// ```
/// use diplograph_graph::KnowledgeGraph;
/// use diplograph_export::gexf;
///
/// let text = gexf(&KnowledgeGraph::new());
/// assert!(text.contains(r#"<graph mode="dynamic" defaultedgetype="directed" timeformat="date">"#));
/// ```
pub fn gexf(graph: &KnowledgeGraph) -> String {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let ids = ElementIds::new(&nodes, &edges, xml::clean);
    let mut out = XmlWriter::new();
    out.start(
        "gexf",
        &[
            ("xmlns", NS_GEXF),
            ("xmlns:viz", NS_VIZ),
            ("xmlns:xsi", NS_XSI),
            ("xsi:schemaLocation", SCHEMA_LOCATION),
            ("version", "1.3"),
        ],
    );
    out.start("meta", &[]);
    out.text_element("creator", &[], "diplograph");
    out.text_element("description", &[], &crate::summary(graph));
    out.end("meta");
    out.start(
        "graph",
        &[
            ("mode", "dynamic"),
            ("defaultedgetype", "directed"),
            ("timeformat", "date"),
        ],
    );
    declare(&mut out, "node", &xml::NODE_FIELDS);
    declare(&mut out, "edge", &xml::EDGE_FIELDS);
    out.start("nodes", &[]);
    for n in &nodes {
        out.start("node", &[("id", ids.node(&n.id)), ("label", &n.name)]);
        attvalues(&mut out, &xml::node_fields(n));
        color(&mut out, entity_color(n.entity_type));
        let size = 4.0 + 2.0 * f64::from(n.mention_count()).ln_1p();
        out.empty("viz:size", &[("value", &format!("{size:.2}"))]);
        out.end("node");
    }
    out.end("nodes");
    out.start("edges", &[]);
    for (edge_idx, (a, b, e)) in edges.iter().enumerate() {
        let count = e.count().to_string();
        let mut attrs = vec![
            ("id", ids.edge(edge_idx)),
            ("source", ids.node(&a.id)),
            ("target", ids.node(&b.id)),
            ("label", e.relation.as_str()),
        ];
        if e.relation.is_symmetric() {
            attrs.push(("type", "undirected"));
        }
        attrs.push(("weight", &count));
        let (start, end) = xml::date_range(e);
        if let Some(start) = start {
            attrs.push(("start", start));
        }
        if let Some(end) = end {
            attrs.push(("end", end));
        }
        out.start("edge", &attrs);
        attvalues(&mut out, &xml::edge_fields(e));
        color(&mut out, relation_color(e.relation));
        out.end("edge");
    }
    out.end("edges");
    out.end("graph");
    out.end("gexf");
    out.finish()
}

fn gexf_type(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "string",
        Kind::Integer => "integer",
        Kind::Double => "double",
        Kind::Boolean => "boolean",
    }
}

fn declare(out: &mut XmlWriter, class: &str, fields: &[(&str, Kind)]) {
    out.start("attributes", &[("class", class), ("mode", "static")]);
    for &(name, kind) in fields {
        out.empty(
            "attribute",
            &[("id", name), ("title", name), ("type", gexf_type(kind))],
        );
    }
    out.end("attributes");
}

fn attvalues(out: &mut XmlWriter, values: &[(&str, xml::Value)]) {
    let rendered: Vec<(&str, String)> = values
        .iter()
        .filter_map(|(name, value)| Some((*name, value.render()?)))
        .collect();
    if rendered.is_empty() {
        return;
    }
    out.start("attvalues", &[]);
    for (name, value) in &rendered {
        out.empty("attvalue", &[("for", name), ("value", value)]);
    }
    out.end("attvalues");
}

fn color(out: &mut XmlWriter, hex: &str) {
    let channel = |at: usize| {
        hex.get(at..at + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0)
            .to_string()
    };
    let (r, g, b) = (channel(1), channel(3), channel(5));
    out.empty("viz:color", &[("r", &r), ("g", &g), ("b", &b)]);
}

/// What the XML writers (GEXF and GraphML) share: text XML can carry, the
/// escaping of attributes and text, a small event writer, and the typed
/// attributes of nodes and edges.
pub(crate) mod xml {
    use crate::epoch_day;
    use crate::evidence_json;
    use diplograph_graph::{EdgeData, NodeData};
    use quick_xml::escape::escape;
    use quick_xml::events::attributes::Attribute;
    use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
    use quick_xml::name::QName;
    use quick_xml::Writer;
    use std::borrow::Cow;

    /// Whether XML 1.0 can carry the character (its production `Char`).
    pub(crate) fn is_xml_char(c: char) -> bool {
        matches!(c,
            '\t' | '\n' | '\r'
            | '\u{20}'..='\u{D7FF}'
            | '\u{E000}'..='\u{FFFD}'
            | '\u{10000}'..='\u{10FFFF}')
    }

    /// The text without the characters XML 1.0 cannot carry (C0 controls
    /// other than tab and line breaks, U+FFFE and U+FFFF): no escape brings
    /// them back, not even a character reference.
    pub(crate) fn clean(s: &str) -> Cow<'_, str> {
        if s.chars().all(is_xml_char) {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(s.chars().filter(|&c| is_xml_char(c)).collect())
        }
    }

    /// An attribute whose value quick-xml escapes, with tab and line breaks
    /// as character references besides: a parser turns literal ones into
    /// spaces (attribute-value normalisation), references it keeps.
    pub(crate) fn attribute<'a>(key: &'a str, value: &str) -> Attribute<'a> {
        let escaped = escape(clean(value))
            .replace('\t', "&#9;")
            .replace('\n', "&#10;")
            .replace('\r', "&#13;");
        Attribute {
            key: QName(key.as_bytes()),
            value: Cow::Owned(escaped.into_bytes()),
        }
    }

    /// Text content that quick-xml escapes, with carriage returns as
    /// character references besides: a parser turns a literal CR LF into LF.
    pub(crate) fn text(value: &str) -> BytesText<'static> {
        BytesText::from_escaped(escape(clean(value)).replace('\r', "&#13;"))
    }

    /// An XML document written with quick-xml, indented by two spaces.
    pub(crate) struct XmlWriter {
        writer: Writer<Vec<u8>>,
    }

    // Writing to a Vec cannot fail, so the writers' results are dropped.
    impl XmlWriter {
        /// A document with its XML declaration.
        pub(crate) fn new() -> XmlWriter {
            let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
            let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
            XmlWriter { writer }
        }

        fn element<'a>(name: &'a str, attrs: &[(&'a str, &str)]) -> BytesStart<'a> {
            let mut start = BytesStart::new(name);
            for &(key, value) in attrs {
                start.push_attribute(attribute(key, value));
            }
            start
        }

        /// Opens an element.
        pub(crate) fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
            let _ = self
                .writer
                .write_event(Event::Start(Self::element(name, attrs)));
        }

        /// Writes an empty element.
        pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
            let _ = self
                .writer
                .write_event(Event::Empty(Self::element(name, attrs)));
        }

        /// Closes an element.
        pub(crate) fn end(&mut self, name: &str) {
            let _ = self.writer.write_event(Event::End(BytesEnd::new(name)));
        }

        /// Writes an element holding only text.
        pub(crate) fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], value: &str) {
            self.start(name, attrs);
            let _ = self.writer.write_event(Event::Text(text(value)));
            self.end(name);
        }

        /// The document, ending with a newline.
        pub(crate) fn finish(self) -> String {
            let mut bytes = self.writer.into_inner();
            bytes.push(b'\n');
            // Only `&str`s went in.
            String::from_utf8(bytes).unwrap_or_default()
        }
    }

    /// The type of an attribute.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(crate) enum Kind {
        String,
        Integer,
        Double,
        Boolean,
    }

    /// A typed attribute value.
    #[derive(Clone, Debug, PartialEq)]
    pub(crate) enum Value {
        Text(String),
        Integer(i64),
        Double(f64),
        Boolean(bool),
    }

    impl Value {
        /// Its type.
        #[cfg(test)]
        pub(crate) fn kind(&self) -> Kind {
            match self {
                Value::Text(_) => Kind::String,
                Value::Integer(_) => Kind::Integer,
                Value::Double(_) => Kind::Double,
                Value::Boolean(_) => Kind::Boolean,
            }
        }

        /// As XML Schema writes it (`true`, `0.75`); `None` for a double
        /// that is not finite, which not every reader parses.
        pub(crate) fn render(&self) -> Option<String> {
            match self {
                Value::Text(s) => Some(s.clone()),
                Value::Integer(i) => Some(i.to_string()),
                Value::Double(d) => d.is_finite().then(|| d.to_string()),
                Value::Boolean(b) => Some(b.to_string()),
            }
        }
    }

    /// The node attributes, besides id and label, in declaration order.
    pub(crate) const NODE_FIELDS: [(&str, Kind); 6] = [
        ("entity_type", Kind::String),
        ("country", Kind::String),
        ("aliases", Kind::String),
        ("documents", Kind::String),
        ("mentions", Kind::Integer),
        ("known", Kind::Boolean),
    ];

    /// The edge attributes, besides id, endpoints, label and weight.
    pub(crate) const EDGE_FIELDS: [(&str, Kind); 13] = [
        ("relation", Kind::String),
        ("negated", Kind::Boolean),
        ("symmetric", Kind::Boolean),
        ("count", Kind::Integer),
        ("confidence", Kind::Double),
        ("first_date", Kind::String),
        ("last_date", Kind::String),
        ("first_epoch_day", Kind::Integer),
        ("last_epoch_day", Kind::Integer),
        ("docs", Kind::String),
        ("objects", Kind::String),
        ("events", Kind::String),
        ("evidence", Kind::String),
    ];

    fn json_text<T: serde::Serialize>(value: &T) -> Value {
        Value::Text(serde_json::to_string(value).unwrap_or_default())
    }

    /// A node's values of [`NODE_FIELDS`]; unknown ones are left out.
    pub(crate) fn node_fields(n: &NodeData) -> Vec<(&'static str, Value)> {
        let mut v = vec![("entity_type", Value::Text(n.entity_type.as_str().into()))];
        if let Some(country) = &n.country {
            v.push(("country", Value::Text(country.clone())));
        }
        v.push(("aliases", json_text(&n.aliases)));
        v.push((
            "documents",
            json_text(&n.documents.keys().collect::<Vec<_>>()),
        ));
        v.push(("mentions", Value::Integer(i64::from(n.mention_count()))));
        v.push(("known", Value::Boolean(n.known)));
        v
    }

    /// An edge's values of [`EDGE_FIELDS`]; unknown ones are left out.
    pub(crate) fn edge_fields(e: &EdgeData) -> Vec<(&'static str, Value)> {
        let mut v = vec![
            ("relation", Value::Text(e.relation.as_str().into())),
            ("negated", Value::Boolean(e.negated)),
            ("symmetric", Value::Boolean(e.relation.is_symmetric())),
            (
                "count",
                Value::Integer(i64::try_from(e.count()).unwrap_or(i64::MAX)),
            ),
            ("confidence", Value::Double(e.confidence())),
        ];
        if let Some(first) = e.first_date() {
            v.push(("first_date", Value::Text(first.into())));
        }
        if let Some(last) = e.last_date() {
            v.push(("last_date", Value::Text(last.into())));
        }
        if let Some(day) = e.first_date().and_then(epoch_day) {
            v.push(("first_epoch_day", Value::Integer(day)));
        }
        if let Some(day) = e.last_date().and_then(epoch_day) {
            v.push(("last_epoch_day", Value::Integer(day)));
        }
        let mut events: Vec<&str> = e.evidence.iter().map(|ev| ev.event.as_str()).collect();
        events.sort_unstable();
        events.dedup();
        v.push(("docs", json_text(&e.documents())));
        v.push(("objects", json_text(&e.objects())));
        v.push(("events", json_text(&events)));
        v.push(("evidence", json_text(&evidence_json(e))));
        v
    }

    /// The date if it is a real `YYYY-MM-DD` day, as XML Schema's `date`
    /// (and so Gephi) requires.
    pub(crate) fn iso_date(s: &str) -> Option<&str> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !shape {
            return None;
        }
        let year: u32 = s[0..4].parse().ok()?;
        let month: u32 = s[5..7].parse().ok()?;
        let day: u32 = s[8..10].parse().ok()?;
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(s)
    }

    /// The earliest and latest valid evidence dates of an edge.
    pub(crate) fn date_range(e: &EdgeData) -> (Option<&str>, Option<&str>) {
        let dates = || {
            e.evidence
                .iter()
                .filter_map(|ev| ev.date.as_deref().and_then(iso_date))
        };
        (dates().min(), dates().max())
    }
}

/// Reads XML back for the writers' tests: quick-xml's reader with every
/// check on, into a small tree.
#[cfg(test)]
pub(crate) mod parse {
    use quick_xml::events::Event;
    use quick_xml::{Reader, XmlVersion};

    /// An element: its name, attributes (normalised as a parser does),
    /// text and children.
    #[derive(Debug, Default)]
    pub(crate) struct Element {
        pub(crate) name: String,
        pub(crate) attrs: Vec<(String, String)>,
        pub(crate) text: String,
        pub(crate) children: Vec<Element>,
    }

    impl Element {
        /// An attribute's value.
        pub(crate) fn attr(&self, name: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        }

        /// The first child of that name.
        pub(crate) fn child(&self, name: &str) -> &Element {
            self.children
                .iter()
                .find(|c| c.name == name)
                .unwrap_or_else(|| panic!("<{}> has no <{name}>", self.name))
        }

        /// The children of that name.
        pub(crate) fn children(&self, name: &str) -> Vec<&Element> {
            self.children.iter().filter(|c| c.name == name).collect()
        }
    }

    /// The root element; panics on anything that is not well-formed.
    pub(crate) fn parse(text: &str) -> Element {
        if let Some(bad) = text.chars().find(|&c| !super::xml::is_xml_char(c)) {
            panic!("character {bad:?} is not allowed in XML 1.0");
        }
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        config.enable_all_checks(true);
        config.expand_empty_elements = true;
        let mut stack: Vec<Element> = vec![Element::default()];
        loop {
            let event = reader
                .read_event()
                .unwrap_or_else(|e| panic!("not well-formed at {}: {e}", reader.buffer_position()));
            match event {
                Event::Decl(_) => {}
                Event::Start(start) => {
                    let mut element = Element {
                        name: String::from_utf8_lossy(start.name().as_ref()).into_owned(),
                        ..Element::default()
                    };
                    for attr in start.attributes() {
                        let attr = attr.expect("well-formed attribute");
                        let value = attr
                            .normalized_value(XmlVersion::Implicit1_0)
                            .expect("valid attribute value");
                        element.attrs.push((
                            String::from_utf8_lossy(attr.key.as_ref()).into_owned(),
                            value.into_owned(),
                        ));
                    }
                    stack.push(element);
                }
                Event::End(_) => {
                    let element = stack.pop().expect("open element");
                    stack.last_mut().expect("parent").children.push(element);
                }
                Event::Text(t) => {
                    let content = t.xml10_content().expect("utf-8 text");
                    stack.last_mut().expect("element").text.push_str(&content);
                }
                Event::GeneralRef(r) => {
                    let c = match r.resolve_char_ref().expect("valid character reference") {
                        Some(c) => c,
                        None => match r.as_ref() {
                            b"lt" => '<',
                            b"gt" => '>',
                            b"amp" => '&',
                            b"apos" => '\'',
                            b"quot" => '"',
                            other => {
                                panic!("undefined entity {:?}", String::from_utf8_lossy(other))
                            }
                        },
                    };
                    stack.last_mut().expect("element").text.push(c);
                }
                Event::Eof => break,
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!(stack.len(), 1, "unclosed elements");
        let mut document = stack.pop().expect("document");
        assert_eq!(document.children.len(), 1, "one root element");
        document.children.pop().expect("root")
    }
}

#[cfg(test)]
mod tests {
    use super::parse::{parse, Element};
    use super::xml::{clean, iso_date, Kind, Value};
    use super::*;
    use crate::cytoscape::fixture::{hostile_graph, FOX, ODD_ID, SENTENCE};
    use std::collections::{HashMap, HashSet};

    fn declared(graph: &Element, class: &str) -> HashMap<String, String> {
        graph
            .children("attributes")
            .into_iter()
            .find(|a| a.attr("class") == Some(class))
            .expect("attributes")
            .children("attribute")
            .into_iter()
            .map(|a| {
                assert_eq!(a.attr("id"), a.attr("title"));
                (
                    a.attr("id").expect("id").to_string(),
                    a.attr("type").expect("type").to_string(),
                )
            })
            .collect()
    }

    fn values(element: &Element, declared: &HashMap<String, String>) -> HashMap<String, String> {
        let mut out = HashMap::new();
        for attvalues in element.children("attvalues") {
            for v in attvalues.children("attvalue") {
                let key = v.attr("for").expect("for").to_string();
                assert!(declared.contains_key(&key), "undeclared {key}");
                out.insert(key, v.attr("value").expect("value").to_string());
            }
        }
        out
    }

    #[test]
    fn well_formed_with_every_node_edge_and_declaration() {
        let graph = hostile_graph();
        let root = parse(&gexf(&graph));
        assert_eq!(root.name, "gexf");
        assert_eq!(root.attr("xmlns"), Some(NS_GEXF));
        assert_eq!(root.attr("version"), Some("1.3"));
        let g = root.child("graph");
        assert_eq!(g.attr("mode"), Some("dynamic"));
        assert_eq!(g.attr("defaultedgetype"), Some("directed"));
        assert_eq!(g.attr("timeformat"), Some("date"));
        let node_attrs = declared(g, "node");
        let edge_attrs = declared(g, "edge");
        for t in node_attrs.values().chain(edge_attrs.values()) {
            assert!(["string", "integer", "double", "boolean"].contains(&t.as_str()));
        }
        let nodes = g.child("nodes").children("node");
        let edges = g.child("edges").children("edge");
        assert_eq!(nodes.len(), graph.node_count());
        assert_eq!(edges.len(), graph.edge_count());
        let node_ids: HashSet<&str> = nodes.iter().filter_map(|n| n.attr("id")).collect();
        assert_eq!(node_ids.len(), nodes.len());
        let edge_ids: HashSet<&str> = edges.iter().filter_map(|e| e.attr("id")).collect();
        assert_eq!(edge_ids.len(), edges.len());
        for e in &edges {
            assert!(node_ids.contains(e.attr("source").expect("source")));
            assert!(node_ids.contains(e.attr("target").expect("target")));
            let v = values(e, &edge_attrs);
            assert_eq!(e.attr("label"), v.get("relation").map(String::as_str));
            assert_eq!(e.attr("weight"), v.get("count").map(String::as_str));
            let symmetric = v.get("symmetric").map(String::as_str) == Some("true");
            assert_eq!(e.attr("type") == Some("undirected"), symmetric);
        }
        for n in &nodes {
            values(n, &node_attrs);
            assert!(n.attr("label").is_some());
        }
    }

    #[test]
    fn hostile_strings_survive_except_what_xml_cannot_carry() {
        let graph = hostile_graph();
        let root = parse(&gexf(&graph));
        let g = root.child("graph");
        let node_attrs = declared(g, "node");
        let nodes = g.child("nodes").children("node");
        let node = |id: &str| {
            *nodes
                .iter()
                .find(|n| n.attr("id") == Some(id))
                .unwrap_or_else(|| panic!("no node {id:?}"))
        };
        let fox = node("person:fox");
        // Quotes, markup, tabs and line breaks come back exactly; the bell is dropped.
        assert_eq!(fox.attr("label"), Some(FOX.replace('\u{7}', "").as_str()));
        let v = values(fox, &node_attrs);
        assert_eq!(v["entity_type"], "person");
        assert_eq!(v["country"], "RUS");
        assert_eq!(v["mentions"], "2");
        let aliases: Vec<String> = serde_json::from_str(&v["aliases"]).expect("JSON aliases");
        // JSON inside the attribute escapes the bell, so it survives there.
        assert!(aliases.iter().any(|a| a == FOX));
        assert_eq!(node(ODD_ID).attr("label"), Some("O'Neil & \"Sons\""));
        // Two ids equal once the bell is dropped stay two nodes.
        assert_eq!(node("person:bell").attr("label"), Some("Plain Bell"));
        assert_eq!(node("person:bell~2").attr("label"), Some("Bell"));
        let edges = g.child("edges").children("edge");
        let edge_attrs = declared(g, "edge");
        let evidence = values(edges[0], &edge_attrs)["evidence"].clone();
        let evidence: serde_json::Value = serde_json::from_str(&evidence).expect("JSON evidence");
        assert_eq!(evidence[0]["sentence"], SENTENCE);
    }

    #[test]
    fn edges_are_dated_weighted_and_typed() {
        let root = parse(&gexf(&hostile_graph()));
        let g = root.child("graph");
        let edge_attrs = declared(g, "edge");
        let edges = g.child("edges").children("edge");
        let edge = |id: &str| {
            *edges
                .iter()
                .find(|e| e.attr("id") == Some(id))
                .unwrap_or_else(|| panic!("no edge {id:?}"))
        };
        let met = edge("e:met-with|person:fox|person:wang-yi|asserted");
        assert_eq!(met.attr("type"), Some("undirected"));
        assert_eq!(met.attr("weight"), Some("2"));
        assert_eq!(met.attr("start"), Some("2024-04-26"));
        assert_eq!(met.attr("end"), Some("2024-05-03"));
        let v = values(met, &edge_attrs);
        assert_eq!(v["negated"], "false");
        assert_eq!(v["first_epoch_day"], "19839");
        assert_eq!(v["confidence"], "0.75");
        let denied = edge("e:met-with|person:fox|person:wang-yi|denied");
        assert_eq!(values(denied, &edge_attrs)["negated"], "true");
        let supplies = edge("e:supplies|person:fox|country:USA|asserted");
        assert_eq!(supplies.attr("type"), None);
        assert_eq!(supplies.attr("label"), Some("supplies"));
        let undated = edge(&format!("e:cooperates-with|country:USA|{ODD_ID}|asserted"));
        assert_eq!(undated.attr("start"), None);
        assert_eq!(undated.attr("end"), None);
        assert!(!values(undated, &edge_attrs).contains_key("first_date"));
    }

    #[test]
    fn values_match_their_declarations() {
        let graph = hostile_graph();
        let declared_kind = |fields: &[(&str, Kind)], name: &str| {
            fields.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
        };
        for n in graph.nodes() {
            for (name, value) in xml::node_fields(n) {
                assert_eq!(
                    declared_kind(&xml::NODE_FIELDS, name),
                    Some(value.kind()),
                    "{name}"
                );
            }
        }
        for (_, _, e) in graph.edges() {
            for (name, value) in xml::edge_fields(e) {
                assert_eq!(
                    declared_kind(&xml::EDGE_FIELDS, name),
                    Some(value.kind()),
                    "{name}"
                );
            }
        }
        assert_eq!(Value::Double(f64::NAN).render(), None);
    }

    #[test]
    fn only_real_days_are_dates() {
        assert_eq!(iso_date("2024-02-29"), Some("2024-02-29"));
        assert_eq!(iso_date("2023-02-29"), None);
        assert_eq!(iso_date("2024-13-01"), None);
        assert_eq!(iso_date("2024-1-01"), None);
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(iso_date("2024-04-31"), None);
    }

    #[test]
    fn cleaning_drops_only_what_xml_forbids() {
        assert_eq!(clean("a\u{7}b\u{0}c\u{FFFE}"), "abc");
        assert_eq!(clean("tab\tnl\ncr\r é 😀"), "tab\tnl\ncr\r é 😀");
        assert!(matches!(clean("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn empty_graph_is_a_valid_document() {
        let root = parse(&gexf(&KnowledgeGraph::new()));
        let g = root.child("graph");
        assert!(g.child("nodes").children.is_empty());
        assert!(g.child("edges").children.is_empty());
    }
}
