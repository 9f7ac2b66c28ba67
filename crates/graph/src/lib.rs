//! stub
pub struct KnowledgeGraph;
