//! Subgraphs: the part of a graph a view or an export should show.

use crate::error::GraphError;
use crate::model::EdgeData;
use crate::store::KnowledgeGraph;
use diplograph_extract::{EntityType, RelationType};
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use petgraph::Direction;
use std::collections::{HashMap, VecDeque};

/// What to keep. The default keeps everything.
#[derive(Clone, Debug)]
pub struct Filter {
    /// Keep only nodes of these types (all when empty).
    pub types: Vec<EntityType>,
    /// Keep only edges of these relation types (all when empty).
    pub relations: Vec<RelationType>,
    /// Keep only evidence dated on or after this day (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Keep only evidence dated on or before this day.
    pub to: Option<String>,
    /// Keep only edges stated at least this many times (after the date filter).
    pub min_count: usize,
    /// Keep only the neighbourhood of this actor (a name, alias or id)...
    pub ego: Option<String>,
    /// ...up to this many steps away.
    pub depth: usize,
    /// Keep denied relations.
    pub include_negated: bool,
}

impl Default for Filter {
    fn default() -> Filter {
        Filter {
            types: vec![],
            relations: vec![],
            from: None,
            to: None,
            min_count: 1,
            ego: None,
            depth: 1,
            include_negated: true,
        }
    }
}

impl Filter {
    fn narrows_edges(&self) -> bool {
        !self.relations.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || self.min_count > 1
            || self.ego.is_some()
            || !self.include_negated
    }
}

impl KnowledgeGraph {
    /// The subgraph a filter keeps. When any edge filter is set, nodes left
    /// without edges are dropped (the ego actor stays).
    ///
    /// # Errors
    ///
    /// The ego name is unknown or ambiguous.
    pub fn filtered(&self, filter: &Filter) -> Result<KnowledgeGraph, GraphError> {
        let g = self.graph_ref();
        let type_ok =
            |i: NodeIndex| filter.types.is_empty() || filter.types.contains(&g[i].entity_type);
        // The ego neighbourhood, by breadth-first search over edges either way.
        let mut within: Option<HashMap<NodeIndex, usize>> = None;
        let mut ego_index = None;
        if let Some(name) = &filter.ego {
            let id = self.find(name)?.id.clone();
            let start = self.index_of(&id).expect("find returns indexed nodes");
            ego_index = Some(start);
            let mut dist = HashMap::from([(start, 0usize)]);
            let mut queue = VecDeque::from([start]);
            while let Some(n) = queue.pop_front() {
                let d = dist[&n];
                if d >= filter.depth {
                    continue;
                }
                for dir in [Direction::Outgoing, Direction::Incoming] {
                    for e in g.edges_directed(n, dir) {
                        let m = if dir == Direction::Outgoing {
                            e.target()
                        } else {
                            e.source()
                        };
                        if let std::collections::hash_map::Entry::Vacant(slot) = dist.entry(m) {
                            slot.insert(d + 1);
                            queue.push_back(m);
                        }
                    }
                }
            }
            within = Some(dist);
        }
        let node_ok =
            |i: NodeIndex| type_ok(i) && within.as_ref().is_none_or(|w| w.contains_key(&i));
        let mut out = KnowledgeGraph::new();
        out.set_documents(self.documents().clone());
        let mut kept_nodes: Vec<NodeIndex> = Vec::new();
        let mut edges: Vec<(NodeIndex, NodeIndex, EdgeData)> = Vec::new();
        for e in g.edge_references() {
            let d = e.weight();
            let (s, t) = (e.source(), e.target());
            if !node_ok(s) || !node_ok(t) {
                continue;
            }
            if (!filter.relations.is_empty() && !filter.relations.contains(&d.relation))
                || (d.negated && !filter.include_negated)
            {
                continue;
            }
            let evidence: Vec<_> = d
                .evidence
                .iter()
                .filter(|ev| match (&ev.date, &filter.from, &filter.to) {
                    (_, None, None) => true,
                    (None, _, _) => false,
                    (Some(day), f, t) => {
                        f.as_ref().is_none_or(|f| day >= f) && t.as_ref().is_none_or(|t| day <= t)
                    }
                })
                .cloned()
                .collect();
            if evidence.is_empty() || evidence.len() < filter.min_count {
                continue;
            }
            edges.push((
                s,
                t,
                EdgeData {
                    relation: d.relation,
                    negated: d.negated,
                    evidence,
                },
            ));
        }
        let mut keep = vec![false; g.node_indices().map(|i| i.index() + 1).max().unwrap_or(0)];
        for (s, t, _) in &edges {
            keep[s.index()] = true;
            keep[t.index()] = true;
        }
        for i in g.node_indices() {
            let wanted = if filter.narrows_edges() {
                keep[i.index()] || Some(i) == ego_index
            } else {
                node_ok(i)
            };
            if wanted {
                kept_nodes.push(i);
            }
        }
        for i in kept_nodes {
            out.insert_node(g[i].clone());
        }
        for (s, t, d) in edges {
            out.insert_edge(&g[s].id, &g[t].id, d);
        }
        Ok(out)
    }
}
