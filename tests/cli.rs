//! Command-line behaviour: inputs, errors, exit codes, files.

use crate::util::{stderr, stdout, Dir};
use serde_json::Value;

#[test]
fn jsonl_in_jsonl_out_keeps_ids_and_ignores_extra_fields() {
    let d = Dir::new();
    let input = "{\"id\":\"a\",\"text\":\"President Joe Biden met Prime Minister Rishi Sunak in Belfast.\",\"date\":\"2023-04-12\",\"gold\":[1]}\n{\"id\":7,\"text\":\"Nothing happened.\"}\n";
    let out = d.run_stdin(&["extract", "--jsonl", "-"], Some(input));
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], "7");
    assert!(lines[0]["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .any(|r| r["type"] == "met-with"));
}

#[test]
fn a_bad_jsonl_line_is_an_error_naming_file_and_line() {
    let d = Dir::new();
    d.write(
        "in.jsonl",
        "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n",
    );
    let out = d.run(&["extract", "--jsonl", "in.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("in.jsonl:2:") && err.contains("text"), "{err}");
    let out = d.run(&["extract", "--jsonl", "in.jsonl", "--skip-bad"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("skipped 1"));
}

#[test]
fn duplicate_ids_are_refused_by_build_and_passed_through_by_extract() {
    let d = Dir::new();
    d.write(
        "in.jsonl",
        "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"a\",\"text\":\"y\"}\n",
    );
    let out = d.run(&["build", "in.jsonl", "-o", "g.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("in.jsonl:2: document id \"a\" was already used"),
        "{}",
        stderr(&out)
    );
    assert!(!d.path("g.json").exists(), "no graph is written");
    let out = d.run(&["extract", "--jsonl", "in.jsonl"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out).lines().count(), 2);
    assert!(stderr(&out).contains("in.jsonl:2: document id \"a\" was already used"));
}

#[test]
fn usage_errors_exit_2_and_missing_files_exit_1() {
    let d = Dir::new();
    assert_eq!(d.run(&["extract"]).status.code(), Some(2));
    assert_eq!(
        d.run(&["extract", "x.txt", "--date", "2024-13-40"])
            .status
            .code(),
        Some(2)
    );
    let out = d.run(&["extract", "missing.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.txt"));
}

#[test]
fn a_malformed_actor_file_names_its_line() {
    let d = Dir::new();
    d.write("mine.tsv", "# my actors\nperson\tAda Lemberg\tLemberg\nrole\tAda Lemberg\tNOR/defence-minister\t2030-13-01\t\n");
    d.write("a.txt", "Hello.");
    let out = d.run(&["extract", "a.txt", "--actors", "mine.tsv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("mine.tsv:3:") && err.contains("2030-13-01"),
        "{err}"
    );
}

#[test]
fn an_actor_file_extends_the_dictionary() {
    let d = Dir::new();
    d.write(
        "mine.tsv",
        "person\tAda Lemberg\tLemberg\nrole\tAda Lemberg\tNOR/defence-minister\t2030-01-01\t\n",
    );
    d.write("a.txt", "The Norwegian defence minister met Lloyd Austin.");
    let out = d.run(&[
        "extract",
        "a.txt",
        "--actors",
        "mine.tsv",
        "--date",
        "2030-02-01",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rec: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert!(
        rec["relations"]
            .as_array()
            .expect("relations")
            .iter()
            .any(|r| r["type"] == "met-with"
                && (r["source"] == "Ada Lemberg" || r["target"] == "Ada Lemberg")),
        "{rec}"
    );
    let out = d.run(&["actors", "lookup", "Lemberg", "--actors", "mine.tsv"]);
    assert!(
        stdout(&out).contains("Defence Minister of Norway") || stdout(&out).contains("of Norway"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn actors_lookup_shows_the_holder_on_a_date() {
    let d = Dir::new();
    let out = d.run(&[
        "actors",
        "lookup",
        "Secretary of State",
        "--on",
        "2025-03-01",
    ]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains("Marco Rubio") && !text.contains("Antony Blinken"),
        "{text}"
    );
    assert_eq!(
        d.run(&["actors", "lookup", "Nobody Atall"]).status.code(),
        Some(1)
    );
}

#[test]
fn build_refuses_an_unwritable_output_before_working() {
    let d = Dir::new();
    d.write("a.txt", "Joe Biden met Xi Jinping.");
    let out = d.run(&["build", "a.txt", "-o", "no/such/folder/g.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no/such/folder/g.json"));
}

#[test]
fn export_json_is_node_link() {
    let d = Dir::new();
    d.write("a.txt", "President Joe Biden met President Xi Jinping in Woodside. China did not supply weapons to Russia.");
    assert!(d
        .run(&["build", "a.txt", "--date", "2023-11-15", "-o", "g.json"])
        .status
        .success());
    let out = d.run(&["export", "g.json", "--format", "json"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(v["directed"], true);
    let nodes = v["nodes"].as_array().expect("nodes");
    let edges = v["edges"].as_array().expect("edges");
    let ids: Vec<&str> = nodes
        .iter()
        .map(|n| n["id"].as_str().expect("id"))
        .collect();
    for e in edges {
        assert!(
            ids.contains(&e["source"].as_str().expect("source"))
                && ids.contains(&e["target"].as_str().expect("target"))
        );
        assert!(
            e.get("type").is_none(),
            "edges carry `relation`, never `type`"
        );
    }
    let denied = edges
        .iter()
        .find(|e| e["relation"] == "supplies")
        .expect("supply edge");
    assert_eq!(denied["negated"], true);
    assert_eq!(denied["first_epoch_day"], 19676);
    let d3 = d.run(&["export", "g.json", "--format", "json", "--links"]);
    let v: Value = serde_json::from_str(&stdout(&d3)).expect("json");
    assert!(v.get("links").is_some() && v.get("edges").is_none());
}

#[test]
fn a_corrupt_graph_file_is_a_clear_error() {
    let d = Dir::new();
    d.write(
        "g.json",
        "{\"format\":\"diplograph-graph\",\"version\":1,\"nodes\":[",
    );
    let out = d.run(&["export", "g.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("g.json") && stderr(&out).contains("not a diplograph graph file"),
        "{}",
        stderr(&out)
    );
    d.write(
        "g2.json",
        "{\"format\":\"diplograph-graph\",\"version\":99}",
    );
    let out = d.run(&["query", "g2.json", "who-met"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("version 99"), "{}", stderr(&out));
}

#[test]
fn unknown_names_suggest_the_nearest() {
    let d = Dir::new();
    d.write(
        "a.txt",
        "President Joe Biden met President Xi Jinping in Woodside.",
    );
    assert!(d
        .run(&["build", "a.txt", "--date", "2023-11-15", "-o", "g.json"])
        .status
        .success());
    let out = d.run(&["query", "g.json", "who-met", "Xi Jinpin"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("did you mean Xi Jinping"),
        "{}",
        stderr(&out)
    );
}
