//! Writes a synthetic graph file for benchmarks: `synthetic NODES EDGES OUT`.
//!
//! Records are made directly (no extraction), one document per five
//! relations, with short evidence sentences, dates over ten years and a
//! skewed degree distribution (a few actors are in most documents, as in news).

use diplograph_extract::{
    Entity, EntityType, Evidence, Modality, Record, Relation, RelationType, Span,
};
use diplograph_graph::KnowledgeGraph;
use std::io::BufWriter;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic, good enough for synthetic data.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A node index with a heavy head: a quarter of picks go to the first 1 %.
    fn actor(&mut self, n: usize) -> usize {
        if self.below(4) == 0 {
            self.below((n / 100).max(1))
        } else {
            self.below(n)
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (n_nodes, n_edges, out) = match args.as_slice() {
        [_, n, m, out] => (n.parse::<usize>()?, m.parse::<usize>()?, out.clone()),
        _ => return Err("usage: synthetic NODES EDGES OUT".into()),
    };
    let types = [
        RelationType::MetWith,
        RelationType::Visited,
        RelationType::Supplies,
        RelationType::CooperatesWith,
        RelationType::Criticizes,
        RelationType::ConcernedAbout,
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let name = |i: usize| format!("Actor {i:06}");
    let id = |i: usize| format!("person:actor-{i:06}");
    let mut graph = KnowledgeGraph::new();
    let per_doc = 5;
    let mut made = 0;
    let mut doc = 0;
    while made < n_edges {
        let date = format!(
            "{}-{:02}-{:02}",
            2015 + rng.below(10),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let mut entities: Vec<Entity> = Vec::new();
        let mut relations = Vec::new();
        for k in 0..per_doc.min(n_edges - made) {
            let (a, b) = (rng.actor(n_nodes), rng.actor(n_nodes));
            let b = if a == b { (b + 1) % n_nodes } else { b };
            let t = types[rng.below(types.len())];
            let sentence = format!(
                "{} and {} were linked by a {} statement in document {doc}.",
                name(a),
                name(b),
                t.as_str()
            );
            for x in [a, b] {
                if !entities.iter().any(|e| e.id == id(x)) {
                    entities.push(Entity {
                        id: id(x),
                        name: name(x),
                        entity_type: EntityType::Person,
                        mentions: vec![name(x)],
                        spans: vec![Span::new(0, 12)],
                        country: None,
                        known: true,
                    });
                }
            }
            relations.push(Relation {
                relation_type: t,
                source: name(a),
                target: name(b),
                source_id: id(a),
                target_id: id(b),
                negated: rng.below(20) == 0,
                modality: Modality::Asserted,
                object: None,
                date: Some(date.clone()),
                confidence: 0.5 + (rng.below(50) as f64) / 100.0,
                evidence: sentence,
                spans: Evidence {
                    sentence: Span::new(k * 100, k * 100 + 80),
                    trigger: Some(Span::new(k * 100 + 20, k * 100 + 30)),
                    source: None,
                    target: None,
                },
                event: format!("s{doc}#{k}"),
            });
        }
        made += relations.len();
        let record = Record {
            id: format!("s{doc}"),
            date: Some(date),
            entities,
            relations,
            diagnostics: vec![],
        };
        graph.add_record(&record, &format!("synthetic {doc}"));
        doc += 1;
    }
    let file = std::fs::File::create(&out)?;
    graph.save(BufWriter::new(file))?;
    eprintln!(
        "{} nodes, {} edges, {} documents → {out}",
        graph.node_count(),
        graph.edge_count(),
        graph.documents().len()
    );
    Ok(())
}
