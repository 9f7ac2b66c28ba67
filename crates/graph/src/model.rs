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
    /// An empty value that allocates nothing, to hold a place while a list
    /// is rearranged.
    fn placeholder() -> EdgeEvidence {
        EdgeEvidence {
            doc: String::new(),
            date: None,
            sentence: String::new(),
            spans: Evidence {
                sentence: diplograph_extract::Span::new(0, 0),
                trigger: None,
                source: None,
                target: None,
            },
            confidence: 0.0,
            modality: Modality::Asserted,
            object: None,
            event: String::new(),
        }
    }

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
    /// free of duplicates, in place: the new items are sorted, and from the
    /// largest down each is put in its gap while the evidence after it moves
    /// up in one block. What sorts after everything there is appended
    /// without moving anything, and a batch costs one pass over the part of
    /// the list it lands in, not one per item.
    pub(crate) fn absorb(&mut self, more: impl IntoIterator<Item = EdgeEvidence>) {
        let mut more: Vec<EdgeEvidence> = more.into_iter().collect();
        more.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        more.dedup_by(|a, b| a.order_key() == b.order_key());
        more.retain(|e| {
            self.evidence
                .binary_search_by(|x| x.order_key().cmp(&e.order_key()))
                .is_err()
        });
        let mut end = self.evidence.len();
        let mut gap = more.len();
        self.evidence
            .resize_with(end + gap, EdgeEvidence::placeholder);
        while let Some(e) = more.pop() {
            let pos = self.evidence[..end].partition_point(|x| x.order_key() < e.order_key());
            // [.. pos | block | gap] becomes [.. pos | gap | block].
            self.evidence[pos..end + gap].rotate_right(gap);
            gap -= 1;
            self.evidence[pos + gap] = e;
            end = pos;
        }
    }
}
