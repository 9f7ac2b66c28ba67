//! Every DOT output goes through Graphviz when it is installed; `dot`
//! reports some problems on stderr with exit status 0, so both are checked.

use crate::util::{have_dot, stderr, stdout, Dir};
use std::io::Write;
use std::process::{Command, Stdio};

fn render(dot_text: &str) -> (bool, String, String) {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dot");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dot_text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("dot");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn export_dot(d: &Dir, graph: &str, extra: &[&str]) -> String {
    let mut args = vec!["export", graph, "--format", "dot"];
    args.extend_from_slice(extra);
    let out = d.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn seed_graph_renders_without_warnings() {
    if !have_dot() {
        eprintln!("skipped: Graphviz `dot` is not installed (.ci/run installs it)");
        return;
    }
    let d = Dir::new();
    d.seed_graph();
    for extra in [
        &[][..],
        &["--rankdir", "TB", "--no-legend"][..],
        &["--no-topics", "--exclude-negated"][..],
    ] {
        let text = export_dot(&d, "g.json", extra);
        let (ok, svg, err) = render(&text);
        assert!(ok && err.trim().is_empty(), "dot failed: {err}");
        assert!(svg.contains("Antony Blinken"));
    }
}

#[test]
fn hostile_names_are_escaped_for_graphviz() {
    if !have_dot() {
        eprintln!("skipped: Graphviz `dot` is not installed (.ci/run installs it)");
        return;
    }
    let d = Dir::new();
    // An actor file with names no sane article has, to reach every escape.
    d.write(
        "hostile.tsv",
        "person\tJo \"Quote\" Back\\slash\tQuote Man\nperson\tAl <script>alert(1)</script> Brace{}\tBrace Man\nrole\tJo \"Quote\" Back\\slash\tUSA/foreign-minister\t2030-01-01\t\n",
    );
    d.write(
        "a.txt",
        "Quote Man met Brace Man in Geneva.\nSecretary of State Quote Man said: \"no\\n\".",
    );
    assert!(d
        .run(&[
            "build",
            "a.txt",
            "--actors",
            "hostile.tsv",
            "--date",
            "2030-02-01",
            "-o",
            "g.json"
        ])
        .status
        .success());
    let text = export_dot(&d, "g.json", &[]);
    assert!(text.contains("Jo \\\"Quote\\\" Back\\\\slash"), "{text}");
    let (ok, svg, err) = render(&text);
    assert!(ok && err.trim().is_empty(), "dot failed: {err}\n{text}");
    assert!(
        svg.contains("Back\\slash") && svg.contains("&lt;script&gt;"),
        "labels survive as text"
    );
}

#[test]
fn clusters_render_too() {
    if !have_dot() {
        eprintln!("skipped: Graphviz `dot` is not installed (.ci/run installs it)");
        return;
    }
    let d = Dir::new();
    d.seed_graph();
    for cluster in ["type", "country"] {
        let text = export_dot(
            &d,
            "g.json",
            &["--cluster", cluster, "--title", "Seed \"article\""],
        );
        assert!(text.contains("subgraph \"cluster_0\""), "{text}");
        let (ok, _, err) = render(&text);
        assert!(ok && err.trim().is_empty(), "dot failed: {err}");
    }
}

#[test]
fn five_hundred_nodes_render_with_the_force_directed_layout() {
    if !have_dot() {
        eprintln!("skipped: Graphviz `dot` is not installed (.ci/run installs it)");
        return;
    }
    let d = Dir::new();
    // A graph file written directly: 500 people, 900 meetings.
    let nodes: Vec<String> = (0..500)
        .map(|i| format!(r#"{{"id":"person:p{i}","name":"Person {i}","type":"person","aliases":["Person {i}"],"documents":{{"d":1}},"known":false}}"#))
        .collect();
    let edges: Vec<String> = (0..900)
        .map(|i| {
            let (a, b) = (i % 500, (i * 37 + 11) % 500);
            let (a, b) = if a == b { (a, (b + 1) % 500) } else { (a, b) };
            let (a, b) = (a.min(b), a.max(b));
            format!(
                r#"{{"source":"person:p{a}","target":"person:p{b}","relation":"met-with","negated":false,"evidence":[{{"doc":"d","date":"2024-01-01","sentence":"Person {a} met Person {b}.","spans":{{"sentence":{{"start":0,"end":10}}}},"confidence":0.9,"modality":"asserted","event":"d#{i}"}}]}}"#
            )
        })
        .collect();
    d.write("big.json", &format!(r#"{{"format":"diplograph-graph","version":1,"documents":{{}},"nodes":[{}],"edges":[{}]}}"#, nodes.join(","), edges.join(",")));
    let text = export_dot(&d, "big.json", &[]);
    assert!(text.contains("layout=sfdp"));
    let (ok, svg, err) = render(&text);
    assert!(ok && err.trim().is_empty(), "dot failed: {err}");
    assert_eq!(
        svg.matches("class=\"node\"").count(),
        501,
        "500 people and the legend"
    );
}
