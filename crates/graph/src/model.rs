//! Node and edge data.

use diplograph_extract::{EntityType, Evidence, Modality, RelationType};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeData {
    /// Stable id: `person:antony-blinken`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// ISO code of its country, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Every surface form seen.
    #[serde(default)]
    pub aliases: BTreeSet<String>,
    /// Mentions per document.
    #[serde(default)]
    pub documents: BTreeMap<String, u32>,
    /// Whether the dictionary knows it.
    #[serde(default)]
    pub known: bool,
}

impl NodeData {
    /// Mentions across all documents.
    pub fn mention_count(&self) -> u32 {
        self.documents.values().sum()
    }
}

/// One document's statement of a relation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EdgeEvidence {
    /// Document id.
    pub doc: String,
    /// Date the relation is true on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The sentence.
    pub sentence: String,
    /// Offsets in the document.
    pub spans: Evidence,
    /// Confidence of this reading.
    pub confidence: f64,
    /// How firmly it is asserted.
    pub modality: Modality,
    /// What is supplied, for supplies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Event id shared by relations of one sentence.
    pub event: String,
}

impl EdgeEvidence {
    /// A total order on evidence: document and position first (the order
    /// users read), then every other field, so that ties never depend on
    /// the order evidence arrived in (found by fuzzing the loader).
    pub(crate) fn order_key(&self) -> impl Ord + '_ {
        let span = |s: Option<diplograph_extract::Span>| s.map(|s| (s.start, s.end));
        (
            (
                &self.doc,
                self.spans.sentence.start,
                self.spans.sentence.end,
                span(self.spans.trigger),
            ),
            (
                &self.event,
                self.date.as_deref(),
                span(self.spans.source),
                span(self.spans.target),
            ),
            (
                self.confidence.to_bits(),
                self.modality as u8,
                self.object.as_deref(),
                &self.sentence,
            ),
        )
    }
}

/// A relation between two nodes, with all its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EdgeData {
    /// Relation type.
    pub relation: RelationType,
    /// Whether the text denies it.
    pub negated: bool,
    /// The evidence, ordered by document and position.
    pub evidence: Vec<EdgeEvidence>,
}

impl EdgeData {
    /// How many statements support the edge.
    pub fn count(&self) -> usize {
        self.evidence.len()
    }

    /// The documents that state it, in order, each once.
    pub fn documents(&self) -> Vec<&str> {
        let mut d: Vec<&str> = self.evidence.iter().map(|e| e.doc.as_str()).collect();
        d.dedup();
        d
    }

    /// The earliest date.
    pub fn first_date(&self) -> Option<&str> {
        self.evidence.iter().filter_map(|e| e.date.as_deref()).min()
    }

    /// The latest date.
    pub fn last_date(&self) -> Option<&str> {
        self.evidence.iter().filter_map(|e| e.date.as_deref()).max()
    }

    /// The best confidence.
    pub fn confidence(&self) -> f64 {
        self.evidence
            .iter()
            .map(|e| e.confidence)
            .fold(0.0, f64::max)
    }

    /// The distinct objects (what is supplied).
    pub fn objects(&self) -> Vec<&str> {
        let mut o: Vec<&str> = self
            .evidence
            .iter()
            .filter_map(|e| e.object.as_deref())
            .collect();
        o.sort_unstable();
        o.dedup();
        o
    }

    /// Adds evidence, keeping it sorted by (document, position, event) and
    /// free of duplicates. One item is put in place by a binary search (at
    /// the end without a search when it sorts last); several are sorted
    /// among themselves and merged with what is there in one pass, so adding
    /// a batch costs one pass over the edge's evidence, not one per item.
    pub(crate) fn absorb(&mut self, more: impl IntoIterator<Item = EdgeEvidence>) {
        let mut more: Vec<EdgeEvidence> = more.into_iter().collect();
        if more.len() <= 1 {
            let Some(e) = more.pop() else { return };
            if self
                .evidence
                .last()
                .is_none_or(|last| last.order_key() < e.order_key())
            {
                self.evidence.push(e);
                return;
            }
            let pos = self
                .evidence
                .partition_point(|x| x.order_key() < e.order_key());
            if self.evidence[pos].order_key() != e.order_key() {
                self.evidence.insert(pos, e);
            }
            return;
        }
        more.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        more.dedup_by(|a, b| a.order_key() == b.order_key());
        let old = std::mem::take(&mut self.evidence);
        let mut merged = Vec::with_capacity(old.len() + more.len());
        let (mut old, mut more) = (old.into_iter().peekable(), more.into_iter().peekable());
        while let (Some(a), Some(b)) = (old.peek(), more.peek()) {
            let order = a.order_key().cmp(&b.order_key());
            match order {
                std::cmp::Ordering::Less => merged.extend(old.next()),
                std::cmp::Ordering::Greater => merged.extend(more.next()),
                std::cmp::Ordering::Equal => {
                    merged.extend(old.next());
                    more.next();
                }
            }
        }
        merged.extend(old);
        merged.extend(more);
        self.evidence = merged;
    }
}
