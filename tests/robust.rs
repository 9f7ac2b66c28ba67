//! Nothing lost, nothing gets in: a killed run leaves the previous graph as
//! it was; hostile names come out of every export intact and inert.

use crate::util::{have_dot, stderr, stdout, Dir};
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn sigkill_during_build_append_leaves_the_graph_byte_identical() {
    use std::io::Write;
    let d = Dir::new();
    d.write("first.jsonl", "{\"id\":\"a\",\"date\":\"2024-04-26\",\"text\":\"Antony Blinken met with Wang Yi in Beijing.\"}\n");
    assert!(d
        .run(&["build", "first.jsonl", "-o", "g.json", "-q"])
        .status
        .success());
    let before = std::fs::read(d.path("g.json")).expect("graph");
    let line = |i: usize| {
        format!("{{\"id\":\"d{i}\",\"date\":\"2024-05-01\",\"text\":\"Wang Yi met Sergey Lavrov in Moscow on day {i}. China did not supply weapons to Russia.\"}}\n")
    };
    let start = || {
        Command::new(env!("CARGO_BIN_EXE_diplograph"))
            .args(["build", "-", "-o", "g.json", "--append", "-q"])
            .current_dir(d.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start build")
    };
    // Killed while reading and extracting: the input is still open, so the
    // run cannot have finished; the old graph must be untouched.
    for n in [0, 100, 3000] {
        let mut child = start();
        let mut stdin = child.stdin.take().expect("stdin");
        for i in 0..n {
            stdin.write_all(line(i).as_bytes()).expect("feed");
        }
        std::thread::sleep(Duration::from_millis(200));
        assert!(
            child.try_wait().expect("poll").is_none(),
            "still waiting for input"
        );
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        assert_eq!(
            std::fs::read(d.path("g.json")).expect("graph"),
            before,
            "killed after {n} lines"
        );
    }
    // Killed around the moment it writes: the file is the old graph or the
    // complete new one, never a mixture or a half.
    let mut outcomes = Vec::new();
    for delay_ms in [0, 5, 20, 60, 150] {
        let mut child = start();
        let mut stdin = child.stdin.take().expect("stdin");
        for i in 0..2000 {
            stdin.write_all(line(i).as_bytes()).expect("feed");
        }
        drop(stdin);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        child.wait().expect("reap");
        let now = std::fs::read(d.path("g.json")).expect("graph");
        let loads = diplograph::graph::KnowledgeGraph::from_slice(&now).is_ok();
        assert!(
            now == before || loads,
            "after {delay_ms} ms the graph is neither the old one nor a whole new one"
        );
        outcomes.push(now == before);
        // Restore the old graph for the next round.
        std::fs::write(d.path("g.json"), &before).expect("restore");
    }
    let out = d.run(&["query", "g.json", "who-met", "Blinken"]);
    assert!(
        out.status.success() && stdout(&out).contains("Wang Yi"),
        "{outcomes:?}"
    );
}

/// Names no article has, chosen to break each consumer's syntax.
const HOSTILE: &[&str] = &[
    "Jo \"Quote\" O'Back\\slash",
    "<script>window.__pwned=1</script> Brace{}",
    "Cdata ]]> Dash -- Comment",
    "=cmd|' /C calc'!A0",
    "@SUM(1) +Plus, Comma; Semi",
];

#[test]
fn hostile_names_survive_every_export_and_stay_inert() {
    let d = Dir::new();
    let mut actors = String::new();
    for (i, name) in HOSTILE.iter().enumerate() {
        actors.push_str(&format!("person\t{name}\tHostile Person{i}\n"));
    }
    d.write("hostile.tsv", &actors);
    let text = "Hostile Person0 met with Hostile Person1.\nHostile Person2 met Hostile Person3 and Hostile Person4.";
    d.write("a.txt", text);
    let out = d.run(&[
        "build",
        "a.txt",
        "--actors",
        "hostile.tsv",
        "--date",
        "2030-01-01",
        "-o",
        "g.json",
        "-q",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    // JSON formats: parsed back, names exact.
    for format in ["json", "cytoscape", "graphology"] {
        let out = d.run(&["export", "g.json", "--format", format]);
        let v: serde_json::Value =
            serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{format}: {e}"));
        let all = v.to_string();
        for name in HOSTILE {
            let encoded = serde_json::to_string(name).expect("json string");
            assert!(
                all.contains(&encoded[1..encoded.len() - 1]),
                "{format} lost {name}"
            );
        }
    }
    // XML formats: parsed back by Python's XML parser (standard library), names exact.
    for format in ["gexf", "graphml"] {
        assert!(d
            .run(&[
                "export",
                "g.json",
                "--format",
                format,
                "-o",
                &format!("g.{format}")
            ])
            .status
            .success());
        let script = format!(
            "import sys, xml.etree.ElementTree as ET\nt = ET.parse('g.{format}')\ntexts = set()\nfor e in t.iter():\n    texts.update(e.attrib.values())\n    texts.add(e.text or '')\nnames = {HOSTILE:?}\nmissing = [n for n in names if not any(n in x for x in texts)]\nsys.exit('missing: %r' % missing if missing else 0)\n"
        );
        let out = Command::new("python3")
            .arg("-c")
            .arg(&script)
            .current_dir(d.dir.path())
            .output()
            .expect("python3");
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Neo4j CSV: read by Python's csv module; formula prefixes are guarded with a quote.
    assert!(d
        .run(&["export", "g.json", "--format", "neo4j-csv", "-o", "neo4j"])
        .status
        .success());
    let script = "import csv, sys\nrows = list(csv.DictReader(open('neo4j/nodes.csv', newline='')))\nnames = [r['name'] for r in rows]\nbad = [n for n in names if n[:1] in '=+-@\\t\\r']\nsys.exit('unguarded: %r' % bad if bad else 0)\n";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .current_dir(d.dir.path())
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "csv: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // HTML: the data never closes its script element.
    let page = stdout(&d.run(&["export", "g.json", "--format", "html"]));
    assert_eq!(
        page.matches("</script>").count(),
        page.matches("<script").count(),
        "no script element closed by data"
    );
    assert!(!page.contains("<script>window.__pwned"));
    // DOT: rendered by Graphviz without complaint.
    if have_dot() {
        assert!(d
            .run(&["export", "g.json", "--format", "dot", "-o", "g.dot"])
            .status
            .success());
        let out = Command::new("dot")
            .args(["-Tsvg", "g.dot"])
            .current_dir(d.dir.path())
            .output()
            .expect("dot");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn graph_files_that_are_truncated_future_or_deep_are_errors() {
    let d = Dir::new();
    d.write("a.txt", "Antony Blinken met with Wang Yi.");
    assert!(d
        .run(&["build", "a.txt", "-o", "g.json", "-q"])
        .status
        .success());
    let good = std::fs::read_to_string(d.path("g.json")).expect("graph");
    d.write("cut.json", &good[..good.len() / 2]);
    d.write(
        "future.json",
        &good.replacen("\"version\":1", "\"version\":7", 1),
    );
    d.write("deep.json", &"[".repeat(100_000));
    for (file, expect) in [
        ("cut.json", "not a diplograph graph file"),
        ("future.json", "version 7"),
        ("deep.json", "not a diplograph graph file"),
    ] {
        let out = d.run(&["query", file, "stats"]);
        assert_eq!(out.status.code(), Some(1), "{file}");
        assert!(
            stderr(&out).contains(file) && stderr(&out).contains(expect),
            "{file}: {}",
            stderr(&out)
        );
    }
    let out = d.run(&["build", "a.txt", "-o", "cut.json", "--append"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "appending to a broken graph refuses, and keeps it"
    );
    assert_eq!(
        std::fs::read_to_string(d.path("cut.json")).expect("kept"),
        good[..good.len() / 2]
    );
}
