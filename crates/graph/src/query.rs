//! Queries analysts ask: who met whom, and when.

use crate::error::GraphError;
use crate::store::KnowledgeGraph;
use diplograph_extract::RelationType;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::Serialize;

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

impl KnowledgeGraph {
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
        let focus = match name {
            Some(n) => Some(self.find(n)?.id.clone()),
            None => None,
        };
        let g = self.graph_ref();
        let mut out = Vec::new();
        for e in g.edge_references() {
            let data = e.weight();
            if data.relation != RelationType::MetWith || data.negated {
                continue;
            }
            let (mut a, mut b) = (&g[e.source()], &g[e.target()]);
            if let Some(f) = &focus {
                if &b.id == f {
                    std::mem::swap(&mut a, &mut b);
                }
                if &a.id != f {
                    continue;
                }
            }
            let in_range: Vec<_> = data
                .evidence
                .iter()
                .filter(|ev| match (&ev.date, from, to) {
                    (_, None, None) => true,
                    (None, _, _) => false,
                    (Some(d), f, t) => {
                        f.is_none_or(|f| d.as_str() >= f) && t.is_none_or(|t| d.as_str() <= t)
                    }
                })
                .collect();
            if in_range.is_empty() {
                continue;
            }
            let mut dates: Vec<String> = in_range.iter().filter_map(|ev| ev.date.clone()).collect();
            dates.sort();
            dates.dedup();
            let mut documents: Vec<String> = in_range.iter().map(|ev| ev.doc.clone()).collect();
            documents.dedup();
            out.push(Meeting {
                actor: a.name.clone(),
                other: b.name.clone(),
                actor_id: a.id.clone(),
                other_id: b.id.clone(),
                dates,
                count: in_range.len(),
                documents,
                evidence: in_range[0].sentence.clone(),
            });
        }
        out.sort_by(|x, y| (&x.actor, &x.other).cmp(&(&y.actor, &y.other)));
        Ok(out)
    }
}
