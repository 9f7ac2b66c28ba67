//! The article the project started from, through the whole pipeline.

use crate::util::{others_met, repo, stdout, Dir};
use serde_json::Value;

fn relation(rec: &Value, ty: &str, source: &str, target: &str, negated: bool) -> bool {
    rec["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .any(|r| {
            r["type"] == ty
                && r["negated"] == negated
                && ((r["source"] == source && r["target"] == target)
                    || (matches!(ty, "met-with" | "cooperates-with")
                        && r["source"] == target
                        && r["target"] == source))
        })
}

#[test]
fn seed_article_yields_the_denied_supply_as_negated() {
    let d = Dir::new();
    let article = repo("examples/seed-article.txt");
    let out = d.run(&[
        "extract",
        article.to_str().expect("utf-8 path"),
        "--date",
        "2024-04-26",
    ]);
    assert!(out.status.success());
    let rec: Value = serde_json::from_str(&stdout(&out)).expect("one JSON record");
    assert_eq!(rec["id"], "seed-article");
    // "China neither relinquishes nor provides any direct arms to Russia's war"
    assert!(
        relation(&rec, "supplies", "China", "Russia", true),
        "denied supply missing"
    );
    let denial = rec["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .find(|r| r["type"] == "supplies" && r["negated"] == true)
        .expect("denial");
    assert!(denial["evidence"]
        .as_str()
        .expect("evidence")
        .contains("neither relinquishes nor provides"));
    assert_eq!(denial["object"], "direct arms");
    // The garbled sentence still yields the meeting in Beijing, and the
    // unknown Chinese minister is found from "his Chinese counterpart".
    assert!(relation(
        &rec,
        "met-with",
        "Antony Blinken",
        "Wang Yi",
        false
    ));
    assert!(relation(
        &rec,
        "met-with",
        "Sergey Shoigu",
        "Zhong Kejian",
        false
    ));
    assert!(relation(
        &rec,
        "holds-office",
        "Zhong Kejian",
        "Minister of National Defense of China",
        false
    ));
    assert!(relation(
        &rec,
        "visited",
        "Antony Blinken",
        "Beijing",
        false
    ));
    assert!(relation(&rec, "cooperates-with", "Russia", "China", false));
    // No relation claims Wang Yi is the US Secretary of State.
    assert!(!relation(
        &rec,
        "holds-office",
        "Wang Yi",
        "Secretary of State of the United States",
        false
    ));
}

#[test]
fn every_relation_has_evidence_offsets_inside_its_sentence() {
    let d = Dir::new();
    let out = d.run(&[
        "extract",
        "--jsonl",
        repo("examples/seed.jsonl").to_str().expect("path"),
    ]);
    assert!(out.status.success());
    let text = std::fs::read_to_string(repo("examples/seed-article.txt")).expect("article");
    let text = text.trim_end();
    let rec: Value =
        serde_json::from_str(stdout(&out).lines().next().expect("a line")).expect("json");
    for r in rec["relations"].as_array().expect("relations") {
        let s = &r["spans"]["sentence"];
        let (a, b) = (
            s["start"].as_u64().expect("start") as usize,
            s["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&text[a..b], r["evidence"].as_str().expect("evidence"));
        for key in ["trigger", "source", "target"] {
            if let Some(span) = r["spans"].get(key) {
                let (x, y) = (
                    span["start"].as_u64().expect("start") as usize,
                    span["end"].as_u64().expect("end") as usize,
                );
                assert!(
                    a <= x && y <= b && x < y,
                    "{key} span outside its sentence in {r}"
                );
            }
        }
        let c = r["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&c));
    }
}

#[test]
fn build_then_query_who_met() {
    let d = Dir::new();
    d.seed_graph();
    let out = d.run(&["query", "g.json", "who-met", "blinken", "--json"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let others = others_met(&v);
    assert!(
        others.contains(&"Wang Yi") && others.contains(&"Xi Jinping"),
        "{others:?}"
    );
    let table = stdout(&d.run(&["query", "g.json", "who-met", "Blinken"]));
    assert!(
        table.starts_with("ACTOR") && table.contains("Xi Jinping"),
        "{table}"
    );
}
