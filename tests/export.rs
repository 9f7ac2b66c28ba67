//! `diplograph export` in every format, with the filters.

use crate::util::{stderr, stdout, Dir};
use serde_json::Value;

const DOCS: &str = r#"{"id":"a1","date":"2024-04-26","text":"Antony Blinken met with Wang Yi in Beijing. China did not supply weapons to Russia."}
{"id":"a2","date":"2024-06-10","text":"Wang Yi met Sergey Lavrov in Moscow. Wang Yi met Sergey Lavrov again in Beijing."}
{"id":"b1","date":"2025-02-01","text":"Iran supplied drones to Russia. Sergey Lavrov visited Tehran."}
"#;

fn graph(d: &Dir) {
    d.write("docs.jsonl", DOCS);
    assert!(d
        .run(&["build", "docs.jsonl", "-o", "g.json", "-q"])
        .status
        .success());
}

fn export(d: &Dir, args: &[&str]) -> String {
    let mut all = vec!["export", "g.json"];
    all.extend_from_slice(args);
    let out = d.run(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

fn node_link(d: &Dir, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&export(d, &all)).expect("json")
}

#[test]
fn every_format_is_written() {
    let d = Dir::new();
    graph(&d);
    let cy: Value = serde_json::from_str(&export(&d, &["--format", "cytoscape"])).expect("json");
    assert!(cy["elements"]["nodes"]
        .as_array()
        .is_some_and(|n| !n.is_empty()));
    let go: Value = serde_json::from_str(&export(&d, &["--format", "graphology"])).expect("json");
    assert!(go["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .all(|n| n["attributes"]["x"].is_number()));
    assert!(export(&d, &["--format", "gexf"]).contains("<gexf"));
    assert!(export(&d, &["--format", "graphml"]).contains("<graphml"));
    let page = export(&d, &["--format", "html", "--title", "Test"]);
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("Wang Yi"));
    let out = d.run(&["export", "g.json", "--format", "gexf", "-o", "g.gexf"]);
    assert!(out.status.success() && d.path("g.gexf").exists());
}

#[test]
fn filters_narrow_the_graph() {
    let d = Dir::new();
    graph(&d);
    let all = node_link(&d, &[]);
    let count = |v: &Value, k: &str| v[k].as_array().expect("list").len();

    let met = node_link(&d, &["--relation", "met-with"]);
    assert!(met["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .all(|e| e["relation"] == "met-with"));
    assert!(count(&met, "nodes") < count(&all, "nodes"));

    let twice = node_link(&d, &["--min-count", "2"]);
    let edges = twice["edges"].as_array().expect("edges");
    assert_eq!(
        edges.len(),
        1,
        "only Wang Yi and Lavrov met twice: {edges:?}"
    );

    let recent = node_link(&d, &["--from", "2025-01-01"]);
    assert!(recent["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .all(|e| e["first_date"].as_str() >= Some("2025-01-01")));

    let affirmed = node_link(&d, &["--exclude-negated"]);
    assert!(affirmed["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .all(|e| e["negated"] == false));

    let ego = node_link(&d, &["--ego", "Blinken", "--depth", "1"]);
    let names: Vec<&str> = ego["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["name"].as_str().expect("name"))
        .collect();
    assert!(
        names.contains(&"Wang Yi") && !names.contains(&"Sergey Lavrov"),
        "{names:?}"
    );
    let ego2 = node_link(&d, &["--ego", "Blinken", "--depth", "2"]);
    assert!(ego2["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .any(|n| n["name"] == "Sergey Lavrov"));

    let people = node_link(&d, &["--type", "person"]);
    assert!(people["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .all(|n| n["entity_type"] == "person"));
    let out = d.run(&["export", "g.json", "--ego", "Nobody Atall"]);
    assert_eq!(out.status.code(), Some(1));
}
