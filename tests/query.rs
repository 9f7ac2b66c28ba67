//! `build --append`, `merge` and every `query`, as tables and as JSON.

use crate::util::{stderr, stdout, Dir};
use serde_json::Value;

const DOCS_A: &str = r#"{"id":"a1","date":"2024-04-26","text":"Antony Blinken met with Wang Yi in Beijing. China did not supply weapons to Russia."}
{"id":"a2","date":"2024-06-10","text":"Wang Yi met Sergey Lavrov in Moscow."}
"#;
const DOCS_B: &str = r#"{"id":"b1","date":"2025-02-01","text":"Iran supplied drones to Russia. Sergey Lavrov visited Tehran."}
"#;

fn built(d: &Dir) {
    d.write("a.jsonl", DOCS_A);
    d.write("b.jsonl", DOCS_B);
    assert!(d
        .run(&["build", "a.jsonl", "-o", "g.json", "-q"])
        .status
        .success());
    let out = d.run(&["build", "b.jsonl", "-o", "g.json", "--append", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

fn json(d: &Dir, args: &[&str]) -> Value {
    let out = d.run(args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON output")
}

#[test]
fn append_adds_and_resending_changes_nothing() {
    let d = Dir::new();
    built(&d);
    let stats = json(&d, &["query", "g.json", "stats", "--json"]);
    assert_eq!(stats["documents"], 3);
    let before = std::fs::read(d.path("g.json")).expect("graph");
    assert!(d
        .run(&["build", "b.jsonl", "-o", "g.json", "--append", "-q"])
        .status
        .success());
    assert_eq!(
        std::fs::read(d.path("g.json")).expect("graph"),
        before,
        "the same documents again change nothing"
    );
}

#[test]
fn merged_shards_equal_one_build() {
    let d = Dir::new();
    d.write("a.jsonl", DOCS_A);
    d.write("b.jsonl", DOCS_B);
    d.write("all.jsonl", &format!("{DOCS_A}{DOCS_B}"));
    for (input, out) in [
        ("a.jsonl", "ga.json"),
        ("b.jsonl", "gb.json"),
        ("all.jsonl", "gall.json"),
    ] {
        assert!(d.run(&["build", input, "-o", out, "-q"]).status.success());
    }
    assert!(d
        .run(&["merge", "gb.json", "ga.json", "-o", "merged.json", "-q"])
        .status
        .success());
    assert_eq!(
        std::fs::read(d.path("merged.json")).expect("merged"),
        std::fs::read(d.path("gall.json")).expect("whole")
    );
}

#[test]
fn who_met_and_neighbors() {
    let d = Dir::new();
    built(&d);
    let met = json(&d, &["query", "g.json", "who-met", "wang yi", "--json"]);
    let others: Vec<&str> = met
        .as_array()
        .expect("array")
        .iter()
        .map(|m| m["other"].as_str().expect("other"))
        .collect();
    assert_eq!(others, vec!["Antony Blinken", "Sergey Lavrov"]);
    let table = stdout(&d.run(&[
        "query",
        "g.json",
        "who-met",
        "Wang Yi",
        "--from",
        "2024-05-01",
    ]));
    assert!(
        table.contains("Sergey Lavrov") && !table.contains("Antony Blinken"),
        "{table}"
    );

    let n = json(
        &d,
        &[
            "query",
            "g.json",
            "neighbors",
            "Russia",
            "--relation",
            "supplies",
            "--direction",
            "in",
            "--json",
        ],
    );
    assert_eq!(n.as_array().expect("array").len(), 1);
    let n = json(
        &d,
        &[
            "query",
            "g.json",
            "neighbors",
            "Russia",
            "--relation",
            "supplies",
            "--include-negated",
            "--json",
        ],
    );
    assert_eq!(n.as_array().expect("array").len(), 2);
    let table = stdout(&d.run(&[
        "query",
        "g.json",
        "neighbors",
        "Russia",
        "--include-negated",
    ]));
    assert!(
        table.starts_with("RELATION") && table.contains("not supplies"),
        "{table}"
    );
}

#[test]
fn path_timeline_entities_relations_stats() {
    let d = Dir::new();
    built(&d);
    let p = json(
        &d,
        &["query", "g.json", "path", "Blinken", "Lavrov", "--json"],
    );
    let steps = p.as_array().expect("a path");
    assert_eq!(steps.len(), 2);
    assert!(steps[0]["evidence"]["sentence"]
        .as_str()
        .expect("sentence")
        .contains("Blinken"));
    let text = stdout(&d.run(&["query", "g.json", "path", "Blinken", "Lavrov"]));
    assert!(
        text.starts_with("1. Antony Blinken —met-with— Wang Yi"),
        "{text}"
    );
    let none = stdout(&d.run(&[
        "query",
        "g.json",
        "path",
        "Blinken",
        "Lavrov",
        "--max-hops",
        "1",
    ]));
    assert!(none.contains("no path"));

    let t = json(&d, &["query", "g.json", "timeline", "Lavrov", "--json"]);
    let dates: Vec<&str> = t
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|e| e["date"].as_str())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]) && dates.len() >= 2);

    let e = json(
        &d,
        &["query", "g.json", "entities", "--type", "person", "--json"],
    );
    assert!(e
        .as_array()
        .expect("array")
        .iter()
        .all(|x| x["type"] == "person"));
    let r = json(
        &d,
        &[
            "query",
            "g.json",
            "relations",
            "--type",
            "supplies",
            "--negated",
            "--json",
        ],
    );
    assert_eq!(r.as_array().expect("array").len(), 1);
    assert_eq!(r[0]["source"], "China");
    let s = stdout(&d.run(&["query", "g.json", "stats"]));
    assert!(
        s.starts_with("3 documents") && s.contains("MOST CONNECTED"),
        "{s}"
    );
}

#[test]
fn ambiguous_and_unknown_names_are_explained() {
    let d = Dir::new();
    built(&d);
    let out = d.run(&["query", "g.json", "timeline", "Lavrv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("did you mean Sergey Lavrov"),
        "{}",
        stderr(&out)
    );
    let out = d.run(&[
        "query",
        "g.json",
        "neighbors",
        "Russia",
        "--relation",
        "likes",
    ]);
    assert_eq!(out.status.code(), Some(2));
}
