//! Arbitrary bytes as a graph file. Loading may fail; a graph that loads
//! must save to JSON that loads again and saves to the same JSON.

#![no_main]

use diplograph_graph::KnowledgeGraph;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(graph) = KnowledgeGraph::from_slice(data) else {
        return;
    };
    let saved = graph.to_json();
    let reloaded = match KnowledgeGraph::from_slice(saved.as_bytes()) {
        Ok(g) => g,
        Err(e) => panic!("a saved graph does not load again: {e}\nsaved: {saved}"),
    };
    let resaved = reloaded.to_json();
    assert!(
        saved == resaved,
        "save -> load -> save changed the graph file: {}",
        diplograph_fuzz::first_difference(&saved, &resaved)
    );
});
