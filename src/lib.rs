//! diplograph turns diplomatic news into a knowledge graph: who met whom, who
//! supplies whom, who is concerned about what, with every edge traceable to
//! the sentence that says it.
//!
//! This package is the facade over the workspace's crates and the home of the
//! `diplograph` command-line program, which is glue: it reads files, calls
//! the crates and writes files.
//!
//! - [`extract`]: text to extraction records (`diplograph-extract`).
//! - [`graph`]: records merged into a petgraph knowledge graph, saved, loaded
//!   and queried (`diplograph-graph`).
//! - [`export`]: a graph written as Graphviz DOT or node-link JSON
//!   (`diplograph-export`).
//! - [`input`]: documents read from text files, JSON Lines and directories,
//!   with errors that name the file and line.
//! - [`corpus`]: a corpus as a stream of documents in input order (folders,
//!   globs, gzip, stdin), for batch-parallel extraction with bounded memory.
//! - [`output`]: files written atomically.
//!
//! ```
//! use diplograph::extract::{Document, Extractor};
//! use diplograph::graph::KnowledgeGraph;
//!
//! let extractor = Extractor::bundled()?;
//! let doc = Document { id: "a".into(), date: Some("2023-08-18".into()),
//!     text: "President Joe Biden met with Prime Minister Fumio Kishida at Camp David.".into() };
//! let mut graph = KnowledgeGraph::new();
//! graph.add_record(&extractor.extract(&doc), &doc.text);
//! assert_eq!(graph.who_met(Some("Kishida"), None, None)?.len(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

pub use diplograph_export as export;
pub use diplograph_extract as extract;
pub use diplograph_graph as graph;

pub mod corpus;
pub mod input;
pub mod output;
