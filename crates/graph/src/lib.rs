//! A knowledge graph of extraction records, stored in petgraph.
//!
//! This crate owns merging, provenance, persistence and queries. Entities
//! become nodes with stable string ids (`person:antony-blinken`,
//! `country:CHN`); relations become edges keyed by (type, source, target,
//! negated), symmetric types stored once with their endpoints in id order.
//! Every edge keeps the evidence of each document that states it, so counts,
//! first and last dates and the best confidence are derived, never stored
//! apart from their evidence. That makes merging associative and
//! commutative: building shards separately and merging them gives the graph
//! built from all documents at once.
//!
//! It knows nothing of file formats beyond its own JSON save file; writers
//! for other tools live in `diplograph-export`.
//!
//! ```
//! use diplograph_extract::{Document, Extractor};
//! use diplograph_graph::KnowledgeGraph;
//!
//! let extractor = Extractor::bundled()?;
//! let doc = Document { id: "d1".into(), date: Some("2024-04-26".into()),
//!     text: "Secretary of State Antony Blinken met with Chinese President Xi Jinping.".into() };
//! let mut graph = KnowledgeGraph::new();
//! graph.add_record(&extractor.extract(&doc), &doc.text);
//! let meetings = graph.who_met(Some("blinken"), None, None)?;
//! assert_eq!(meetings[0].other, "Xi Jinping");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod error;
mod filter;
mod model;
mod query;
mod store;

pub use error::{GraphError, GraphErrorKind};
pub use filter::Filter;
pub use model::{EdgeData, EdgeEvidence, NodeData};
pub use query::{
    Direction, EntitySummary, Meeting, Neighbor, PathStep, RelationSummary, Stats, TimelineEntry,
};
pub use store::{DocumentInfo, KnowledgeGraph, FORMAT, FORMAT_VERSION};
