//! Queries analysts ask: who met whom, an actor's neighbours and timeline,
//! the shortest chain between two actors, and summaries.
//!
//! Every query that takes a name resolves it with [`KnowledgeGraph::find`]
//! (any alias, any case) and works from that node's own edges, so its cost
//! depends on the actor's neighbourhood, not on the size of the graph.

use crate::error::GraphError;
use crate::model::{EdgeData, EdgeEvidence, NodeData};
use crate::store::KnowledgeGraph;
use diplograph_extract::{EntityType, RelationType};
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use petgraph::Direction as PgDirection;
use serde::Serialize;
use std::collections::{BTreeMap, VecDeque};

/// A pair that met, with when and where it is said.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meeting {
    /// One party (the one asked about, when a name was given).
    pub actor: String,
    /// The other party.
    pub other: String,
    /// Node id of `actor`.
    pub actor_id: String,
    /// Node id of `other`.
    pub other_id: String,
    /// Dates of the statements in range, in order, each once.
    pub dates: Vec<String>,
    /// Statements in range.
    pub count: usize,
    /// Documents of the statements in range.
    pub documents: Vec<String>,
    /// The first evidence sentence in range.
    pub evidence: String,
}

/// Which edges of a node to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Edges from the node (symmetric relations count both ways).
    Out,
    /// Edges to the node (symmetric relations count both ways).
    In,
    /// Both.
    Both,
}

/// One relation of an actor.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Neighbor {
    /// The relation type.
    pub relation: RelationType,
    /// `out` when the actor is the source, `in` when the target, `both` for symmetric relations.
    pub direction: &'static str,
    /// Whether the relation is denied.
    pub negated: bool,
    /// The other end's name.
    pub other: String,
    /// The other end's id.
    pub other_id: String,
    /// The other end's type.
    pub other_type: EntityType,
    /// Statements.
    pub count: usize,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
    /// Documents.
    pub documents: Vec<String>,
}

/// One edge of a path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PathStep {
    /// Where the step starts.
    pub from: String,
    /// Where it ends.
    pub to: String,
    /// Id of `from`.
    pub from_id: String,
    /// Id of `to`.
    pub to_id: String,
    /// The relation type.
    pub relation: RelationType,
    /// Whether the step follows the edge backwards (from its target to its source).
    pub reversed: bool,
    /// Statements.
    pub count: usize,
    /// The first evidence of the edge.
    pub evidence: EdgeEvidence,
}

/// One dated relation in an actor's timeline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// Date of the statement, if known.
    pub date: Option<String>,
    /// The relation type.
    pub relation: RelationType,
    /// `out`, `in` or `both`.
    pub direction: &'static str,
    /// Whether it is denied.
    pub negated: bool,
    /// The other end.
    pub other: String,
    /// The document.
    pub doc: String,
    /// The sentence.
    pub sentence: String,
}

/// An entity with its weight in the graph.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntitySummary {
    /// Node id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Mentions across documents.
    pub mentions: u32,
    /// Documents that mention it.
    pub documents: usize,
    /// Number of edges.
    pub degree: usize,
}

/// A relation with its provenance summarised.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationSummary {
    /// Type.
    pub relation: RelationType,
    /// Source name.
    pub source: String,
    /// Target name.
    pub target: String,
    /// Whether denied.
    pub negated: bool,
    /// Statements.
    pub count: usize,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
    /// Best confidence.
    pub confidence: f64,
    /// Documents.
    pub documents: Vec<String>,
}

/// Counts and the most connected actors.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stats {
    /// Documents merged in.
    pub documents: usize,
    /// Nodes.
    pub nodes: usize,
    /// Edges.
    pub edges: usize,
    /// Nodes per entity type.
    pub nodes_by_type: BTreeMap<String, usize>,
    /// Edges per relation type (asserted and denied).
    pub edges_by_relation: BTreeMap<String, (usize, usize)>,
    /// The ten actors with most edges (people, countries, organisations).
    pub most_connected: Vec<EntitySummary>,
}

fn in_range(ev: &EdgeEvidence, from: Option<&str>, to: Option<&str>) -> bool {
    match (&ev.date, from, to) {
        (_, None, None) => true,
        (None, _, _) => false,
        (Some(d), f, t) => f.is_none_or(|f| d.as_str() >= f) && t.is_none_or(|t| d.as_str() <= t),
    }
}

fn is_actor(t: EntityType) -> bool {
    matches!(
        t,
        EntityType::Person | EntityType::Country | EntityType::Organization
    )
}

impl KnowledgeGraph {
    fn index_of_name(&self, name: &str) -> Result<NodeIndex, GraphError> {
        let id = self.find(name)?.id.clone();
        Ok(self.index_of(&id).expect("find returns indexed nodes"))
    }

    /// Meetings (met-with edges that are not denied), all of them or those of
    /// one actor, with evidence dated in `[from, to]` when a range is given.
    ///
    /// # Errors
    ///
    /// The name is unknown or ambiguous.
    pub fn who_met(
        &self,
        name: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<Meeting>, GraphError> {
        let g = self.graph_ref();
        let mut out = Vec::new();
        let mut push = |a: &NodeData, b: &NodeData, data: &EdgeData| {
            if data.relation != RelationType::MetWith || data.negated {
                return;
            }
            let evs: Vec<&EdgeEvidence> = data
                .evidence
                .iter()
                .filter(|ev| in_range(ev, from, to))
                .collect();
            if evs.is_empty() {
                return;
            }
            let mut dates: Vec<String> = evs.iter().filter_map(|ev| ev.date.clone()).collect();
            dates.sort();
            dates.dedup();
            let mut documents: Vec<String> = evs.iter().map(|ev| ev.doc.clone()).collect();
            documents.dedup();
            out.push(Meeting {
                actor: a.name.clone(),
                other: b.name.clone(),
                actor_id: a.id.clone(),
                other_id: b.id.clone(),
                dates,
                count: evs.len(),
                documents,
                evidence: evs[0].sentence.clone(),
            });
        };
        match name {
            Some(n) => {
                let i = self.index_of_name(n)?;
                for e in g.edges_directed(i, PgDirection::Outgoing) {
                    push(&g[i], &g[e.target()], e.weight());
                }
                for e in g.edges_directed(i, PgDirection::Incoming) {
                    push(&g[i], &g[e.source()], e.weight());
                }
            }
            None => {
                for e in g.edge_references() {
                    push(&g[e.source()], &g[e.target()], e.weight());
                }
            }
        }
        out.sort_by(|x, y| (&x.actor, &x.other).cmp(&(&y.actor, &y.other)));
        Ok(out)
    }

    /// An actor's relations, optionally of one type and direction.
    ///
    /// # Errors
    ///
    /// The name is unknown or ambiguous.
    pub fn neighbors(
        &self,
        name: &str,
        relation: Option<RelationType>,
        direction: Direction,
        include_negated: bool,
    ) -> Result<Vec<Neighbor>, GraphError> {
        let g = self.graph_ref();
        let i = self.index_of_name(name)?;
        let mut out = Vec::new();
        for (dir, pg) in [
            ("out", PgDirection::Outgoing),
            ("in", PgDirection::Incoming),
        ] {
            for e in g.edges_directed(i, pg) {
                let d = e.weight();
                let symmetric = d.relation.is_symmetric();
                let wanted = symmetric
                    || direction == Direction::Both
                    || (direction == Direction::Out) == (dir == "out");
                if !wanted
                    || relation.is_some_and(|r| r != d.relation)
                    || (d.negated && !include_negated)
                {
                    continue;
                }
                let other = if dir == "out" {
                    &g[e.target()]
                } else {
                    &g[e.source()]
                };
                out.push(Neighbor {
                    relation: d.relation,
                    direction: if symmetric { "both" } else { dir },
                    negated: d.negated,
                    other: other.name.clone(),
                    other_id: other.id.clone(),
                    other_type: other.entity_type,
                    count: d.count(),
                    first_date: d.first_date().map(String::from),
                    last_date: d.last_date().map(String::from),
                    documents: d.documents().into_iter().map(String::from).collect(),
                });
            }
        }
        out.sort_by(|a, b| {
            (a.relation, &a.other, a.negated).cmp(&(b.relation, &b.other, b.negated))
        });
        Ok(out)
    }

    /// The shortest chain of relations between two actors, following edges
    /// in either direction, through actors only (not topics or offices),
    /// over asserted edges of the given types (all but holds-office when
    /// none are given), at most `max_hops` long. `None` when there is none.
    ///
    /// # Errors
    ///
    /// A name is unknown or ambiguous.
    pub fn path(
        &self,
        from: &str,
        to: &str,
        relations: &[RelationType],
        max_hops: usize,
    ) -> Result<Option<Vec<PathStep>>, GraphError> {
        let g = self.graph_ref();
        let (a, b) = (self.index_of_name(from)?, self.index_of_name(to)?);
        if a == b {
            return Ok(Some(Vec::new()));
        }
        let usable = |d: &EdgeData| {
            !d.negated
                && if relations.is_empty() {
                    d.relation != RelationType::HoldsOffice
                } else {
                    relations.contains(&d.relation)
                }
        };
        // Breadth-first from both ends, expanding the smaller frontier. Parents
        // live in dense arrays indexed by node: no hashing on the hot path.
        type Parent = Option<(NodeIndex, petgraph::stable_graph::EdgeIndex)>;
        let bound = g.node_bound();
        let mut seen_a: Vec<Option<Parent>> = vec![None; bound];
        let mut seen_b: Vec<Option<Parent>> = vec![None; bound];
        seen_a[a.index()] = Some(None);
        seen_b[b.index()] = Some(None);
        let mut front_a = VecDeque::from([a]);
        let mut front_b = VecDeque::from([b]);
        let (mut depth_a, mut depth_b) = (0usize, 0usize);
        let mut meet = None;
        while meet.is_none()
            && depth_a + depth_b < max_hops
            && (!front_a.is_empty() || !front_b.is_empty())
        {
            let expand_a =
                !front_a.is_empty() && (front_b.is_empty() || front_a.len() <= front_b.len());
            let (front, seen, other_seen, depth) = if expand_a {
                (&mut front_a, &mut seen_a, &seen_b, &mut depth_a)
            } else {
                (&mut front_b, &mut seen_b, &seen_a, &mut depth_b)
            };
            let mut next = VecDeque::new();
            'level: for n in front.drain(..) {
                for pg in [PgDirection::Outgoing, PgDirection::Incoming] {
                    for e in g.edges_directed(n, pg) {
                        if !usable(e.weight()) {
                            continue;
                        }
                        let m = if pg == PgDirection::Outgoing {
                            e.target()
                        } else {
                            e.source()
                        };
                        if seen[m.index()].is_some()
                            || (!is_actor(g[m].entity_type) && m != a && m != b)
                        {
                            continue;
                        }
                        seen[m.index()] = Some(Some((n, e.id())));
                        if other_seen[m.index()].is_some() {
                            meet = Some(m);
                            break 'level;
                        }
                        next.push_back(m);
                    }
                }
            }
            *front = next;
            *depth += 1;
        }
        let Some(m) = meet else { return Ok(None) };
        // Walk back to a, then forward to b.
        let mut left = Vec::new();
        let mut cur = m;
        while let Some(Some((prev, e))) = seen_a[cur.index()] {
            left.push((prev, cur, e));
            cur = prev;
        }
        left.reverse();
        let mut cur = m;
        while let Some(Some((next, e))) = seen_b[cur.index()] {
            left.push((cur, next, e));
            cur = next;
        }
        let steps = left
            .into_iter()
            .map(|(x, y, e)| {
                let d = &g[e];
                let (s, _) = g.edge_endpoints(e).expect("edge of the graph");
                PathStep {
                    from: g[x].name.clone(),
                    to: g[y].name.clone(),
                    from_id: g[x].id.clone(),
                    to_id: g[y].id.clone(),
                    relation: d.relation,
                    reversed: s != x && !d.relation.is_symmetric(),
                    count: d.count(),
                    evidence: d.evidence[0].clone(),
                }
            })
            .collect();
        Ok(Some(steps))
    }

    /// An actor's relations statement by statement, in date order (undated last).
    ///
    /// # Errors
    ///
    /// The name is unknown or ambiguous.
    pub fn timeline(&self, name: &str) -> Result<Vec<TimelineEntry>, GraphError> {
        let g = self.graph_ref();
        let i = self.index_of_name(name)?;
        let mut out = Vec::new();
        for (dir, pg) in [
            ("out", PgDirection::Outgoing),
            ("in", PgDirection::Incoming),
        ] {
            for e in g.edges_directed(i, pg) {
                let d = e.weight();
                let other = if dir == "out" {
                    &g[e.target()]
                } else {
                    &g[e.source()]
                };
                for ev in &d.evidence {
                    out.push(TimelineEntry {
                        date: ev.date.clone(),
                        relation: d.relation,
                        direction: if d.relation.is_symmetric() {
                            "both"
                        } else {
                            dir
                        },
                        negated: d.negated,
                        other: other.name.clone(),
                        doc: ev.doc.clone(),
                        sentence: ev.sentence.clone(),
                    });
                }
            }
        }
        out.sort_by(|a, b| {
            (a.date.is_none(), &a.date, &a.doc, a.relation, &a.other).cmp(&(
                b.date.is_none(),
                &b.date,
                &b.doc,
                b.relation,
                &b.other,
            ))
        });
        Ok(out)
    }

    fn summary(&self, i: NodeIndex) -> EntitySummary {
        let g = self.graph_ref();
        let n = &g[i];
        EntitySummary {
            id: n.id.clone(),
            name: n.name.clone(),
            entity_type: n.entity_type,
            mentions: n.mention_count(),
            documents: n.documents.len(),
            degree: g.edges_directed(i, PgDirection::Outgoing).count()
                + g.edges_directed(i, PgDirection::Incoming).count(),
        }
    }

    /// Entities, optionally of one type, most mentioned first.
    pub fn entities(&self, entity_type: Option<EntityType>) -> Vec<EntitySummary> {
        let g = self.graph_ref();
        let mut out: Vec<EntitySummary> = g
            .node_indices()
            .filter(|&i| entity_type.is_none_or(|t| g[i].entity_type == t))
            .map(|i| self.summary(i))
            .collect();
        out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.name.cmp(&b.name)));
        out
    }

    /// Relations, optionally of one type and polarity.
    pub fn relations(
        &self,
        relation: Option<RelationType>,
        negated: Option<bool>,
    ) -> Vec<RelationSummary> {
        self.edges()
            .into_iter()
            .filter(|(_, _, d)| {
                relation.is_none_or(|r| d.relation == r) && negated.is_none_or(|n| d.negated == n)
            })
            .map(|(s, t, d)| RelationSummary {
                relation: d.relation,
                source: s.name.clone(),
                target: t.name.clone(),
                negated: d.negated,
                count: d.count(),
                first_date: d.first_date().map(String::from),
                last_date: d.last_date().map(String::from),
                confidence: d.confidence(),
                documents: d.documents().into_iter().map(String::from).collect(),
            })
            .collect()
    }

    /// Counts per type and the most connected actors.
    pub fn stats(&self) -> Stats {
        let g = self.graph_ref();
        let mut nodes_by_type = BTreeMap::new();
        for n in g.node_weights() {
            *nodes_by_type
                .entry(n.entity_type.as_str().to_string())
                .or_insert(0) += 1;
        }
        let mut edges_by_relation: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for d in g.edge_weights() {
            let e = edges_by_relation
                .entry(d.relation.as_str().to_string())
                .or_insert((0, 0));
            if d.negated {
                e.1 += 1;
            } else {
                e.0 += 1;
            }
        }
        let mut most: Vec<EntitySummary> = g
            .node_indices()
            .filter(|&i| is_actor(g[i].entity_type))
            .map(|i| self.summary(i))
            .collect();
        most.sort_by(|a, b| b.degree.cmp(&a.degree).then(a.name.cmp(&b.name)));
        most.truncate(10);
        Stats {
            documents: self.documents().len(),
            nodes: self.node_count(),
            edges: self.edge_count(),
            nodes_by_type,
            edges_by_relation,
            most_connected: most,
        }
    }
}
