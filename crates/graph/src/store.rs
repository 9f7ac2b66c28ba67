//! The graph: petgraph storage, indexes by id and key, merge, save and load.

use crate::error::{GraphError, GraphErrorKind};
use crate::model::{EdgeData, EdgeEvidence, NodeData};
use diplograph_extract::{fold, EntityType, Record, RelationType};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Read, Write};

/// The `format` field of a graph file.
pub const FORMAT: &str = "diplograph-graph";
/// The newest graph file version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A document that contributed to the graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// A stable hash of the document's text, to tell a re-sent document from a changed one.
    pub hash: String,
    /// Its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// An edge's identity: type, endpoints (in id order for symmetric types), polarity.
/// Node indices, not id strings, so the index costs a few bytes per edge.
type EdgeKey = (RelationType, NodeIndex, NodeIndex, bool);

/// The knowledge graph.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<NodeData, EdgeData>,
    nodes: HashMap<String, NodeIndex>,
    edges: HashMap<EdgeKey, EdgeIndex>,
    documents: BTreeMap<String, DocumentInfo>,
}

#[derive(Serialize, Deserialize)]
struct EdgeRecord {
    source: String,
    target: String,
    #[serde(flatten)]
    data: EdgeData,
}

#[derive(Serialize, Deserialize)]
struct GraphFile {
    format: String,
    version: u32,
    #[serde(default)]
    documents: BTreeMap<String, DocumentInfo>,
    #[serde(default)]
    nodes: Vec<NodeData>,
    #[serde(default)]
    edges: Vec<EdgeRecord>,
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// FNV-1a, 64 bits: stable across builds and platforms.
fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// The underlying petgraph graph, for algorithms this crate does not offer.
    pub fn petgraph(&self) -> &StableDiGraph<NodeData, EdgeData> {
        &self.graph
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The documents merged in, by id.
    pub fn documents(&self) -> &BTreeMap<String, DocumentInfo> {
        &self.documents
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&NodeData> {
        self.nodes.get(id).map(|&i| &self.graph[i])
    }

    /// All nodes, ordered by id.
    pub fn nodes(&self) -> Vec<&NodeData> {
        let mut v: Vec<&NodeData> = self.graph.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// All edges as (source node, target node, edge), ordered by key.
    pub fn edges(&self) -> Vec<(&NodeData, &NodeData, &EdgeData)> {
        let mut v: Vec<_> = self
            .graph
            .edge_references()
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
            .collect();
        v.sort_by(|a, b| {
            (a.2.relation, &a.0.id, &a.1.id, a.2.negated).cmp(&(
                b.2.relation,
                &b.0.id,
                &b.1.id,
                b.2.negated,
            ))
        });
        v
    }

    pub(crate) fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    pub(crate) fn graph_ref(&self) -> &StableDiGraph<NodeData, EdgeData> {
        &self.graph
    }

    pub(crate) fn set_documents(&mut self, documents: BTreeMap<String, DocumentInfo>) {
        self.documents = documents;
    }

    pub(crate) fn insert_node(&mut self, node: NodeData) -> NodeIndex {
        self.upsert_node(node)
    }

    pub(crate) fn insert_edge(&mut self, source: &str, target: &str, data: EdgeData) {
        self.upsert_edge(source, target, data.relation, data.negated, data.evidence);
    }

    fn upsert_node(&mut self, node: NodeData) -> NodeIndex {
        if let Some(&i) = self.nodes.get(&node.id) {
            let existing = &mut self.graph[i];
            existing.aliases.extend(node.aliases);
            for (doc, n) in node.documents {
                let e = existing.documents.entry(doc).or_insert(0);
                *e = (*e).max(n);
            }
            existing.known |= node.known;
            // Deterministic whatever the merge order.
            if node.name < existing.name {
                existing.name = node.name;
            }
            existing.country = match (existing.country.take(), node.country) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.nodes.insert(id, i);
        i
    }

    fn upsert_edge(
        &mut self,
        source: &str,
        target: &str,
        relation: RelationType,
        negated: bool,
        evidence: Vec<EdgeEvidence>,
    ) {
        if let Some(e) = self.edge_for(source, target, relation, negated) {
            self.graph[e].absorb(evidence);
        }
    }

    /// The edge of a relation between two nodes, made (without evidence
    /// yet) if it is new; `None` when a node is missing.
    fn edge_for(
        &mut self,
        source: &str,
        target: &str,
        relation: RelationType,
        negated: bool,
    ) -> Option<EdgeIndex> {
        let (s, t) = if relation.is_symmetric() && source > target {
            (target, source)
        } else {
            (source, target)
        };
        let (si, ti) = (self.index_of(s)?, self.index_of(t)?);
        let key = (relation, si, ti, negated);
        if let Some(&e) = self.edges.get(&key) {
            return Some(e);
        }
        let data = EdgeData {
            relation,
            negated,
            evidence: Vec::new(),
        };
        let e = self.graph.add_edge(si, ti, data);
        self.edges.insert(key, e);
        Some(e)
    }

    /// Adds one document's record. Adding the same document (same id and
    /// text) again changes nothing; a changed text under a known id
    /// replaces that document's contributions.
    pub fn add_record(&mut self, record: &Record, text: &str) {
        self.add_records([(record, text)]);
    }

    /// Adds many documents' records, each as [`Self::add_record`] would, with
    /// the new evidence of each edge merged in once for the whole batch: an
    /// edge stated in many documents then costs one pass over its evidence
    /// per batch, not one per statement.
    pub fn add_records<'r>(&mut self, records: impl IntoIterator<Item = (&'r Record, &'r str)>) {
        let mut pending: HashMap<EdgeIndex, Vec<EdgeEvidence>> = HashMap::new();
        for (record, text) in records {
            self.add_one(record, text, &mut pending);
        }
        self.settle(&mut pending);
    }

    /// Puts pending evidence on its edges.
    fn settle(&mut self, pending: &mut HashMap<EdgeIndex, Vec<EdgeEvidence>>) {
        for (e, evidence) in pending.drain() {
            self.graph[e].absorb(evidence);
        }
    }

    fn add_one(
        &mut self,
        record: &Record,
        text: &str,
        pending: &mut HashMap<EdgeIndex, Vec<EdgeEvidence>>,
    ) {
        let hash = text_hash(text);
        if let Some(info) = self.documents.get(&record.id) {
            if info.hash == hash {
                return;
            }
            // Evidence of this document may still be pending: settle it first.
            self.settle(pending);
            self.remove_document(&record.id);
        }
        self.documents.insert(
            record.id.clone(),
            DocumentInfo {
                hash,
                date: record.date.clone(),
            },
        );
        for e in &record.entities {
            let mut documents = BTreeMap::new();
            documents.insert(
                record.id.clone(),
                u32::try_from(e.spans.len().max(1)).unwrap_or(u32::MAX),
            );
            self.upsert_node(NodeData {
                id: e.id.clone(),
                name: e.name.clone(),
                entity_type: e.entity_type,
                country: e.country.clone(),
                aliases: e.mentions.iter().cloned().collect(),
                documents,
                known: e.known,
            });
        }
        for r in &record.relations {
            for (id, name) in [(&r.source_id, &r.source), (&r.target_id, &r.target)] {
                if self.nodes.contains_key(id) {
                    continue;
                }
                let entity_type = id
                    .split(':')
                    .next()
                    .and_then(EntityType::parse)
                    .unwrap_or(EntityType::Topic);
                let mut documents = BTreeMap::new();
                documents.insert(record.id.clone(), 1);
                self.upsert_node(NodeData {
                    id: id.clone(),
                    name: name.clone(),
                    entity_type,
                    country: None,
                    aliases: BTreeSet::from([name.clone()]),
                    documents,
                    known: false,
                });
            }
            let ev = EdgeEvidence {
                doc: record.id.clone(),
                date: r.date.clone(),
                sentence: r.evidence.clone(),
                spans: r.spans.clone(),
                confidence: r.confidence,
                modality: r.modality,
                object: r.object.clone(),
                event: r.event.clone(),
            };
            if let Some(e) = self.edge_for(&r.source_id, &r.target_id, r.relation_type, r.negated) {
                pending.entry(e).or_default().push(ev);
            }
        }
    }

    /// Removes everything one document contributed; nodes and edges left
    /// without any document disappear.
    pub fn remove_document(&mut self, doc: &str) {
        self.documents.remove(doc);
        let edge_ids: Vec<EdgeIndex> = self.graph.edge_indices().collect();
        for e in edge_ids {
            let data = &mut self.graph[e];
            data.evidence.retain(|ev| ev.doc != doc);
            if data.evidence.is_empty() {
                self.graph.remove_edge(e);
            }
        }
        self.edges
            .retain(|_, e| self.graph.edge_weight(*e).is_some());
        let node_ids: Vec<NodeIndex> = self.graph.node_indices().collect();
        for n in node_ids {
            let data = &mut self.graph[n];
            data.documents.remove(doc);
            if data.documents.is_empty() && self.graph.neighbors_undirected(n).next().is_none() {
                if let Some(removed) = self.graph.remove_node(n) {
                    self.nodes.remove(&removed.id);
                }
            }
        }
    }

    /// Merges another graph into this one. Merging is associative and
    /// commutative, and merging a graph with itself changes nothing.
    pub fn merge(&mut self, other: &KnowledgeGraph) {
        for (id, info) in &other.documents {
            // One id with two texts in two shards: keep the same one whatever
            // the merge order (the smaller hash), so merging commutes.
            self.documents
                .entry(id.clone())
                .and_modify(|kept| {
                    if (&info.hash, &info.date) < (&kept.hash, &kept.date) {
                        *kept = info.clone();
                    }
                })
                .or_insert_with(|| info.clone());
        }
        for n in other.graph.node_weights() {
            self.upsert_node(n.clone());
        }
        for e in other.graph.edge_references() {
            let (s, t) = (&other.graph[e.source()].id, &other.graph[e.target()].id);
            let d = e.weight();
            self.upsert_edge(s, t, d.relation, d.negated, d.evidence.clone());
        }
    }

    /// Writes the graph as JSON (deterministic: nodes and edges sorted).
    ///
    /// # Errors
    ///
    /// The writer fails.
    pub fn save<W: Write>(&self, writer: W) -> std::io::Result<()> {
        let file = GraphFile {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            documents: self.documents.clone(),
            nodes: self.nodes().into_iter().cloned().collect(),
            edges: self
                .edges()
                .into_iter()
                .map(|(s, t, d)| EdgeRecord {
                    source: s.id.clone(),
                    target: t.id.clone(),
                    data: d.clone(),
                })
                .collect(),
        };
        serde_json::to_writer(writer, &file).map_err(std::io::Error::from)
    }

    /// The saved form as a string.
    pub fn to_json(&self) -> String {
        let mut buf = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = self.save(&mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }

    /// Reads a saved graph.
    ///
    /// # Errors
    ///
    /// The bytes are not a graph file, are truncated, come from a newer
    /// version, or have an edge naming a missing node.
    pub fn load<R: Read>(mut reader: R) -> Result<KnowledgeGraph, GraphError> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| GraphErrorKind::NotAGraph(e.to_string()))?;
        KnowledgeGraph::from_slice(&bytes)
    }

    /// Reads a saved graph from bytes.
    ///
    /// # Errors
    ///
    /// As [`KnowledgeGraph::load`].
    pub fn from_slice(bytes: &[u8]) -> Result<KnowledgeGraph, GraphError> {
        let file: GraphFile = match serde_json::from_slice(bytes) {
            Ok(f) => f,
            Err(e) => {
                if let Ok(h) = serde_json::from_slice::<Header>(bytes) {
                    if h.format == FORMAT && h.version > FORMAT_VERSION {
                        return Err(GraphErrorKind::FutureVersion {
                            found: h.version,
                            supported: FORMAT_VERSION,
                        }
                        .into());
                    }
                }
                return Err(GraphErrorKind::NotAGraph(e.to_string()).into());
            }
        };
        if file.format != FORMAT {
            return Err(GraphErrorKind::NotAGraph(format!(
                "format is {:?}, expected {FORMAT:?}",
                file.format
            ))
            .into());
        }
        if file.version > FORMAT_VERSION {
            return Err(GraphErrorKind::FutureVersion {
                found: file.version,
                supported: FORMAT_VERSION,
            }
            .into());
        }
        // Sized up front: growing by doubling would hold two copies at the peak.
        let (n_nodes, n_edges) = (file.nodes.len(), file.edges.len());
        let mut g = KnowledgeGraph {
            graph: StableDiGraph::with_capacity(n_nodes, n_edges),
            nodes: HashMap::with_capacity(n_nodes),
            edges: HashMap::with_capacity(n_edges),
            documents: BTreeMap::new(),
        };
        g.documents = file.documents;
        for n in file.nodes {
            g.upsert_node(n);
        }
        for (i, e) in file.edges.into_iter().enumerate() {
            for id in [&e.source, &e.target] {
                if !g.nodes.contains_key(id) {
                    return Err(GraphErrorKind::DanglingEdge {
                        edge: i,
                        node: id.clone(),
                    }
                    .into());
                }
            }
            g.upsert_edge(
                &e.source,
                &e.target,
                e.data.relation,
                e.data.negated,
                e.data.evidence,
            );
        }
        Ok(g)
    }

    /// Finds the node a user means by a name: an id, a canonical name or an
    /// alias, compared without case or diacritics.
    ///
    /// # Errors
    ///
    /// No node is named so (with the nearest names), or several are.
    pub fn find(&self, name: &str) -> Result<&NodeData, GraphError> {
        if let Some(n) = self.node(name) {
            return Ok(n);
        }
        let key = norm(name);
        let mut hits: Vec<&NodeData> = self
            .graph
            .node_weights()
            .filter(|n| n.entity_type != EntityType::Topic)
            .filter(|n| norm(&n.name) == key || n.aliases.iter().any(|a| norm(a) == key))
            .collect();
        if hits.is_empty() {
            // A unique word of a name: "Kishida" for "Fumio Kishida".
            hits = self
                .graph
                .node_weights()
                .filter(|n| {
                    n.entity_type == EntityType::Person
                        && norm(&n.name).split(' ').any(|w| w == key)
                })
                .collect();
        }
        hits.sort_by(|a, b| a.id.cmp(&b.id));
        hits.dedup_by(|a, b| a.id == b.id);
        match hits.len() {
            1 => Ok(hits[0]),
            0 => Err(GraphErrorKind::UnknownName {
                name: name.to_string(),
                suggestions: self.nearest(&key),
            }
            .into()),
            _ => {
                // An exact canonical name wins over aliases.
                let exact: Vec<&&NodeData> = hits.iter().filter(|n| norm(&n.name) == key).collect();
                if exact.len() == 1 {
                    return Ok(exact[0]);
                }
                Err(GraphErrorKind::Ambiguous {
                    name: name.to_string(),
                    candidates: hits
                        .iter()
                        .map(|n| format!("{} ({})", n.name, n.id))
                        .collect(),
                }
                .into())
            }
        }
    }

    fn nearest(&self, key: &str) -> Vec<String> {
        let mut scored: Vec<(usize, &str)> = self
            .graph
            .node_weights()
            .filter(|n| n.entity_type != EntityType::Topic)
            .map(|n| {
                // Whole names and their single words ("Blinkn" is near "Blinken").
                let d = std::iter::once(n.name.as_str())
                    .chain(n.aliases.iter().map(String::as_str))
                    .flat_map(|a| {
                        let a = norm(a);
                        let mut forms: Vec<String> = a.split(' ').map(String::from).collect();
                        forms.push(a);
                        forms
                    })
                    .map(|a| edit_distance(&a, key))
                    .min()
                    .unwrap_or(usize::MAX);
                (d, n.name.as_str())
            })
            .filter(|(d, _)| *d <= 3.max(key.len() / 3))
            .collect();
        scored.sort();
        scored.dedup_by(|a, b| a.1 == b.1);
        scored
            .into_iter()
            .take(3)
            .map(|(_, n)| n.to_string())
            .collect()
    }
}

pub(crate) fn norm(s: &str) -> String {
    let f = fold(s).to_lowercase().replace('.', "");
    let f = f.trim();
    f.strip_prefix("the ")
        .unwrap_or(f)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
