//! Criterion benches of graph building and merging.

use criterion::{criterion_group, criterion_main, Criterion};
use diplograph_extract::{Document, Extractor};
use diplograph_graph::KnowledgeGraph;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let extractor = Extractor::bundled().expect("bundled dictionary");
    let people = [
        "Antony Blinken",
        "Wang Yi",
        "Sergey Lavrov",
        "Fumio Kishida",
        "Olaf Scholz",
        "Emmanuel Macron",
    ];
    let records: Vec<_> = (0..400)
        .map(|i| {
            let (a, b) = (people[i % 6], people[(i * 7 + 1) % 6]);
            let doc = Document {
                id: format!("d{i}"),
                text: format!(
                    "{a} met with {b}. China did not supply weapons to Russia. {a} visited Tokyo."
                ),
                date: Some(format!("2024-0{}-1{}", 1 + i % 9, i % 10)),
            };
            let record = extractor.extract(&doc);
            (record, doc.text)
        })
        .collect();
    let shard = |part: usize| {
        let mut g = KnowledgeGraph::new();
        for (r, t) in records.iter().skip(part).step_by(2) {
            g.add_record(r, t);
        }
        g
    };
    let (a, b) = (shard(0), shard(1));
    c.bench_function("graph: add 400 records", |bench| {
        bench.iter(|| {
            let mut g = KnowledgeGraph::new();
            for (r, t) in &records {
                g.add_record(black_box(r), t);
            }
            g
        })
    });
    c.bench_function("graph: merge two shards of 200 records", |bench| {
        bench.iter(|| {
            let mut g = a.clone();
            g.merge(black_box(&b));
            g
        })
    });
}

criterion_group!(merge, benches);
criterion_main!(merge);
