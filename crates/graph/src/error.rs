//! Errors of the graph crate.

use thiserror::Error;

/// A graph file that cannot be used, or a query that cannot be answered.
#[derive(Debug, Error)]
#[error("{kind}")]
pub struct GraphError {
    kind: GraphErrorKind,
}

impl GraphError {
    /// What went wrong.
    pub fn kind(&self) -> &GraphErrorKind {
        &self.kind
    }
}

impl From<GraphErrorKind> for GraphError {
    fn from(kind: GraphErrorKind) -> GraphError {
        GraphError { kind }
    }
}

/// What went wrong.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum GraphErrorKind {
    /// The file is not a graph file (or is truncated).
    #[error("not a diplograph graph file: {0}")]
    NotAGraph(String),
    /// The file was written by a newer diplograph.
    #[error("graph format version {found} is newer than this program reads ({supported}); upgrade diplograph")]
    FutureVersion {
        /// The file's version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// An edge names a node the file does not have.
    #[error("edge {edge} names node {node:?}, which the file does not have")]
    DanglingEdge {
        /// The edge's position.
        edge: usize,
        /// The missing node id.
        node: String,
    },
    /// No node is named so.
    #[error("no entity is named {name:?}{}", suggest(.suggestions))]
    UnknownName {
        /// The name asked for.
        name: String,
        /// The nearest names.
        suggestions: Vec<String>,
    },
    /// Several nodes are named so.
    #[error("{name:?} is ambiguous: {}", .candidates.join(", "))]
    Ambiguous {
        /// The name asked for.
        name: String,
        /// The nodes it may mean, as `Name (id)`.
        candidates: Vec<String>,
    },
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}
