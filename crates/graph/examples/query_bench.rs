//! Times loading a graph file and answering queries: `query_bench GRAPH`.
//!
//! Prints the time serde_json needs to parse the file into a `Value` (the
//! floor any JSON loader meets), the time `KnowledgeGraph::from_slice`
//! needs (parse plus indexes), query latencies averaged over many actors,
//! and the peak resident memory of the process.

use diplograph_graph::KnowledgeGraph;
use std::time::Instant;

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (path, parse_only) = match args.as_slice() {
        [_, flag, p] if flag == "--parse-only" => (p.clone(), true),
        [_, p] => (p.clone(), false),
        _ => return Err("usage: query_bench [--parse-only] GRAPH".into()),
    };
    let bytes = std::fs::read(&path)?;
    let mb = bytes.len() as f64 / 1e6;
    if parse_only {
        // The baseline, in a process of its own so that its memory is its own.
        let t = Instant::now();
        let value: serde_json::Value = serde_json::from_slice(&bytes)?;
        let parse = t.elapsed();
        drop(value);
        println!(
            "serde_json::Value parse of {mb:.0} MB: {:.2} s",
            parse.as_secs_f64()
        );
        if let Some(kb) = peak_rss_kb() {
            println!("peak RSS {:.0} MB", kb as f64 / 1024.0);
        }
        return Ok(());
    }

    let t = Instant::now();
    let graph = KnowledgeGraph::from_slice(&bytes)?;
    let load = t.elapsed();
    drop(bytes);
    println!(
        "file {mb:.0} MB, {} nodes, {} edges",
        graph.node_count(),
        graph.edge_count()
    );
    println!("KnowledgeGraph load {:.2} s", load.as_secs_f64());

    let names: Vec<String> = (0..1000)
        .map(|i| format!("person:actor-{:06}", (i * 97) % graph.node_count()))
        .collect();
    let t = Instant::now();
    let mut found = 0;
    for n in &names {
        found += graph.who_met(Some(n), None, None)?.len();
    }
    let who = t.elapsed() / names.len() as u32;
    println!(
        "who-met for one actor: {:.1} µs on average over {} actors ({} meetings found)",
        who.as_secs_f64() * 1e6,
        names.len(),
        found
    );

    let t = Instant::now();
    let mut lengths = 0;
    let pairs = 200;
    for i in 0..pairs {
        let a = &names[i % names.len()];
        let b = &names[(i * 7 + 3) % names.len()];
        if let Some(p) = graph.path(a, b, &[], 4)? {
            lengths += p.len();
        }
    }
    let path = t.elapsed() / pairs as u32;
    println!(
        "path of at most 4 hops: {:.2} ms on average over {pairs} pairs (total length {lengths})",
        path.as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let s = graph.stats();
    println!(
        "stats: {:.0} ms ({} relation types)",
        t.elapsed().as_secs_f64() * 1e3,
        s.edges_by_relation.len()
    );
    if let Some(kb) = peak_rss_kb() {
        println!(
            "peak RSS {:.0} MB, {:.0} bytes per edge (file bytes included)",
            kb as f64 / 1024.0,
            kb as f64 * 1024.0 / graph.edge_count() as f64
        );
    }
    if let Some(kb) = rss_kb() {
        println!(
            "resident after load {:.0} MB, {:.0} bytes per edge",
            kb as f64 / 1024.0,
            kb as f64 * 1024.0 / graph.edge_count() as f64
        );
    }
    Ok(())
}
