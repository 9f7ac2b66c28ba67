//! The Neo4j bulk-import export read back as the importer reads it.
//!
//! A hand-written graph file with hostile names (quotes, commas, line
//! breaks, `;`, backslashes, markup and spreadsheet formulas, in names,
//! ids, aliases, document ids and sentences) is loaded with
//! `KnowledgeGraph::from_slice` and exported; every CSV file is read back
//! with the csv crate under the importer's rules (RFC 4180 quoting, no
//! backslash escapes, arrays split on `;`) and compared with the graph.
//!
//! No Neo4j server runs here: the header syntax, the value of every typed
//! column and the command in `IMPORT.md` are checked against the
//! documented format of `neo4j-admin database import full`.

use diplograph_export::neo4j_csv;
use diplograph_graph::KnowledgeGraph;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap, HashSet};

const FORMULA: &str = "=cmd|' /C calc'!A0";
const SUM: &str = "@SUM(1)";
const SCRIPT: &str = "<script>alert('x')</script>";
/// Quotes, a comma, `;`, a backslash before a quote, LF and CR LF.
const FOX: &str = "Sergei \"The Fox\", O'Neil; a\\\"b\nnew\r\nlines";
/// An id that needs quoting and holds the array delimiter.
const ODD_ID: &str = "person:o\"neil,;x";
/// Two ids equal once the formula guard is added naively.
const FORMULA_ID: &str = "=x";
const GUARDED_LOOKALIKE_ID: &str = "'=x";
const SENTENCE: &str = "=HYPERLINK(\"http://evil\",\"click\") said, \"no\";\n\\ <b>bold</b>";

fn node(id: &str, name: &str, entity_type: &str, aliases: &[&str], docs: &[&str]) -> Value {
    let documents: serde_json::Map<String, Value> =
        docs.iter().map(|d| (d.to_string(), json!(2))).collect();
    json!({
        "id": id, "name": name, "type": entity_type,
        "aliases": aliases, "documents": documents, "known": false,
    })
}

fn evidence(doc: &str, date: Option<&str>, sentence: &str, object: Option<&str>) -> Value {
    let mut e = json!({
        "doc": doc, "sentence": sentence,
        "spans": {"sentence": {"start": 0, "end": 10}},
        "confidence": 0.1, "modality": "asserted", "event": format!("{doc}#0"),
    });
    if let Some(date) = date {
        e["date"] = json!(date);
    }
    if let Some(object) = object {
        e["object"] = json!(object);
    }
    e
}

fn edge(source: &str, target: &str, relation: &str, negated: bool, evidence: Vec<Value>) -> Value {
    json!({"source": source, "target": target, "relation": relation,
           "negated": negated, "evidence": evidence})
}

fn hostile_graph() -> KnowledgeGraph {
    let doc_semicolon = "d2;x";
    let file = json!({
        "format": "diplograph-graph",
        "version": 1,
        "documents": {},
        "nodes": [
            node("person:fox", FOX, "person",
                 &[FOX, "Fox;Sly", FORMULA, "", "-minus"], &["d1", doc_semicolon]),
            node("person:formula", FORMULA, "person", &[SUM], &["d1"]),
            node("person:sum", SUM, "person", &["+1 555", "\tTab", "\rCR"], &["d1"]),
            node("organization:script", SCRIPT, "organization", &[SCRIPT], &["d1"]),
            node(ODD_ID, "O'Neil & \"Sons\", Ltd.", "organization", &[], &["d1"]),
            node(FORMULA_ID, "Formula id", "place", &[], &["d1"]),
            node(GUARDED_LOOKALIKE_ID, "'Quoted id", "place", &["'t Hooft"], &["d1"]),
            node("country:USA", "United States", "country", &["US", "America"], &["d1"]),
            node("topic:tariffs", "tariffs; \"sanctions\"", "topic", &[], &["d1"]),
        ],
        "edges": [
            edge("person:fox", "person:formula", "met-with", false, vec![
                evidence("d1", Some("2024-04-26"), SENTENCE, None),
                evidence(doc_semicolon, Some("2024-05-03"), "Second.", None),
            ]),
            edge("person:fox", "person:formula", "met-with", true, vec![
                evidence("d1", Some("2024-02-30"), "They never met.", None),
            ]),
            edge("person:fox", "country:USA", "supplies", false, vec![
                evidence("d1", Some("2024"), "Drones.", Some("drones; \"shells\"")),
                evidence("d3", Some("2024-03-01"), "More.", Some("=1+1")),
            ]),
            edge("country:USA", "topic:tariffs", "concerned-about", false, vec![
                evidence("d1", None, SCRIPT, None),
            ]),
            edge(ODD_ID, FORMULA_ID, "cooperates-with", false, vec![
                evidence("d1", Some("yesterday"), "-dash start", None),
            ]),
            edge(GUARDED_LOOKALIKE_ID, "person:sum", "criticizes", true, vec![
                evidence("d1", Some("2024-02-29"), "\tTabbed", None),
            ]),
            edge("person:sum", "country:USA", "visited", false, vec![
                evidence("d1", Some("2024-04-26"), "@visit", None),
            ]),
        ],
    });
    KnowledgeGraph::from_slice(file.to_string().as_bytes()).expect("the hand-written graph loads")
}

/// One CSV file read as the importer reads it.
struct Table {
    header: Vec<String>,
    rows: Vec<HashMap<String, String>>,
}

impl Table {
    fn read(text: &str) -> Table {
        // The importer's defaults: `,`, `"` doubled inside quotes, no
        // backslash escapes, every record as wide as the header.
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .double_quote(true)
            .escape(None)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a header line")
            .iter()
            .map(String::from)
            .collect();
        let rows = reader
            .records()
            .map(|r| {
                let r = r.expect("a well-formed record");
                header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(String::from))
                    .collect()
            })
            .collect();
        Table { header, rows }
    }
}

/// The documented inverse of the formula guard.
fn unguard(value: &str) -> &str {
    value.strip_prefix('\'').unwrap_or(value)
}

/// An array property as Neo4j splits it, each item unguarded.
fn items(value: &str) -> Vec<String> {
    if value.is_empty() {
        return Vec::new();
    }
    value.split(';').map(|i| unguard(i).to_string()).collect()
}

/// What an array item becomes: `;` cannot survive inside an item.
fn as_item(value: &str) -> String {
    value.replace(';', "\u{FF1B}")
}

fn files(graph: &KnowledgeGraph) -> HashMap<String, String> {
    neo4j_csv(graph).into_iter().collect()
}

/// Checks that every typed column holds values of its type, as the
/// importer would parse them (empty = no property).
fn check_types(table: &Table) {
    for column in &table.header {
        let kind = match column.split_once(':') {
            None => "string",
            Some(("", special)) => {
                let special = special.split('(').next().unwrap_or_default();
                assert!(
                    ["ID", "LABEL", "START_ID", "END_ID", "TYPE"].contains(&special),
                    "{column}"
                );
                continue;
            }
            Some((name, kind)) => {
                assert!(
                    name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{column}"
                );
                if kind.starts_with("ID(") {
                    continue;
                }
                kind
            }
        };
        for row in &table.rows {
            let value = &row[column];
            if value.is_empty() {
                continue;
            }
            match kind {
                "string" | "string[]" => {}
                "long" => assert!(value.parse::<i64>().is_ok(), "{column}: {value:?}"),
                "double" => assert!(value.parse::<f64>().is_ok(), "{column}: {value:?}"),
                "boolean" => assert!(["true", "false"].contains(&value.as_str()), "{value:?}"),
                "date" => assert!(is_date(value), "{column}: {value:?}"),
                other => panic!("unexpected type {other} in {column}"),
            }
        }
    }
}

fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    parts.len() == 3
        && [4, 2, 2] == [parts[0].len(), parts[1].len(), parts[2].len()]
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

#[test]
fn files_and_headers_follow_the_importer() {
    let files = neo4j_csv(&hostile_graph());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["nodes.csv", "relationships.csv", "IMPORT.md"]);
    let files: HashMap<String, String> = files.into_iter().collect();
    let nodes = Table::read(&files["nodes.csv"]);
    assert_eq!(
        nodes.header,
        [
            "id:ID(Entity)",
            ":LABEL",
            "name",
            "entity_type",
            "country",
            "aliases:string[]",
            "mentions:long",
            "documents:string[]",
            "known:boolean",
        ]
    );
    let relationships = Table::read(&files["relationships.csv"]);
    for required in [
        ":START_ID(Entity)",
        ":END_ID(Entity)",
        ":TYPE",
        "relation",
        "negated:boolean",
        "symmetric:boolean",
        "count:long",
        "confidence:double",
        "first_date:date",
        "last_date:date",
        "documents:string[]",
        "objects:string[]",
        "evidence",
    ] {
        assert!(
            relationships.header.iter().any(|h| h == required),
            "{required}"
        );
    }
    let unique: HashSet<&String> = relationships.header.iter().collect();
    assert_eq!(unique.len(), relationships.header.len());
    check_types(&nodes);
    check_types(&relationships);
}

#[test]
fn ids_are_unique_and_every_relationship_finds_its_nodes() {
    let graph = hostile_graph();
    let files = files(&graph);
    let nodes = Table::read(&files["nodes.csv"]);
    let relationships = Table::read(&files["relationships.csv"]);
    assert_eq!(nodes.rows.len(), graph.node_count());
    assert_eq!(relationships.rows.len(), graph.edge_count());
    let ids: HashSet<&str> = nodes
        .rows
        .iter()
        .map(|r| r["id:ID(Entity)"].as_str())
        .collect();
    assert_eq!(ids.len(), nodes.rows.len(), "node ids are unique");
    // The guard keeps `=x` and `'=x` apart and gives each back.
    let back: BTreeSet<&str> = ids.iter().map(|id| unguard(id)).collect();
    let expected: BTreeSet<&str> = graph.nodes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(back, expected);
    for r in &relationships.rows {
        assert!(ids.contains(r[":START_ID(Entity)"].as_str()), "{r:?}");
        assert!(ids.contains(r[":END_ID(Entity)"].as_str()), "{r:?}");
    }
    let keys: HashSet<&str> = relationships
        .rows
        .iter()
        .map(|r| r["key"].as_str())
        .collect();
    assert_eq!(
        keys.len(),
        relationships.rows.len(),
        "relationship keys are unique"
    );
}

#[test]
fn hostile_names_survive_and_arrays_split_back() {
    let graph = hostile_graph();
    let files = files(&graph);
    let nodes = Table::read(&files["nodes.csv"]);
    let by_id: HashMap<&str, &HashMap<String, String>> = nodes
        .rows
        .iter()
        .map(|r| (unguard(&r["id:ID(Entity)"]), r))
        .collect();
    for n in graph.nodes() {
        let row = by_id[n.id.as_str()];
        assert_eq!(unguard(&row["name"]), n.name, "{}", n.id);
        let kind = n.entity_type.as_str();
        let labels: Vec<&str> = row[":LABEL"].split(';').collect();
        assert_eq!(labels.len(), 2);
        assert_eq!(labels[0], "Entity");
        assert!(labels[1].eq_ignore_ascii_case(kind));
        assert_eq!(row["entity_type"], kind);
        let aliases: Vec<String> = n
            .aliases
            .iter()
            .filter(|a| !a.is_empty())
            .map(|a| as_item(a))
            .collect();
        assert_eq!(items(&row["aliases:string[]"]), aliases, "{}", n.id);
        let docs: Vec<String> = n.documents.keys().map(|d| as_item(d)).collect();
        assert_eq!(items(&row["documents:string[]"]), docs);
        assert_eq!(row["mentions:long"], n.mention_count().to_string());
        assert_eq!(row["known:boolean"], "false");
        assert_eq!(row["country"], "");
    }
    // The guard is visible where it was needed, and only there.
    assert_eq!(by_id["person:formula"]["name"], format!("'{FORMULA}"));
    assert_eq!(by_id["person:sum"]["name"], format!("'{SUM}"));
    assert_eq!(by_id["organization:script"]["name"], SCRIPT);
    assert_eq!(
        by_id["person:fox"]["name"], FOX,
        "quotes, `;`, `\\` and line breaks kept"
    );
    assert_eq!(
        by_id["person:fox"]["aliases:string[]"],
        format!("'-minus;'{FORMULA};Fox\u{FF1B}Sly;{}", as_item(FOX))
    );
    assert_eq!(by_id[GUARDED_LOOKALIKE_ID]["aliases:string[]"], "''t Hooft");
}

#[test]
fn relationships_carry_type_polarity_dates_and_evidence() {
    let graph = hostile_graph();
    let files = files(&graph);
    let relationships = Table::read(&files["relationships.csv"]);
    let edges = graph.edges();
    for (row, (a, b, e)) in relationships.rows.iter().zip(&edges) {
        assert_eq!(unguard(&row[":START_ID(Entity)"]), a.id);
        assert_eq!(unguard(&row[":END_ID(Entity)"]), b.id);
        let relation = e.relation.as_str();
        assert_eq!(row[":TYPE"], relation.replace('-', "_").to_uppercase());
        assert!(row[":TYPE"]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_'));
        assert_eq!(row["relation"], relation);
        assert_eq!(row["negated:boolean"], e.negated.to_string());
        assert_eq!(
            row["symmetric:boolean"],
            e.relation.is_symmetric().to_string()
        );
        assert_eq!(row["count:long"], e.count().to_string());
        assert_eq!(
            row["confidence:double"].parse::<f64>().ok(),
            Some(e.confidence())
        );
        let docs: Vec<String> = e.documents().iter().map(|d| as_item(d)).collect();
        assert_eq!(items(&row["documents:string[]"]), docs);
        let objects: Vec<String> = e.objects().iter().map(|o| as_item(o)).collect();
        assert_eq!(items(&row["objects:string[]"]), objects);
        assert_eq!(unguard(&row["evidence"]), e.evidence[0].sentence);
        assert_eq!(unguard(&row["evidence_doc"]), e.evidence[0].doc);
    }
    let find = |relation: &str, negated: bool| {
        relationships
            .rows
            .iter()
            .find(|r| r["relation"] == relation && r["negated:boolean"] == negated.to_string())
            .unwrap_or_else(|| panic!("no {relation} {negated}"))
    };
    let met = find("met-with", false);
    assert_eq!(met[":TYPE"], "MET_WITH");
    assert_eq!(
        (
            met["first_date:date"].as_str(),
            met["last_date:date"].as_str()
        ),
        ("2024-04-26", "2024-05-03")
    );
    assert_eq!(met["evidence"], format!("'{SENTENCE}"));
    assert_eq!(met["documents:string[]"], "d1;d2\u{FF1B}x");
    // A denied meeting keeps its type; an impossible day is no date.
    let denied = find("met-with", true);
    assert_eq!(denied[":TYPE"], "MET_WITH");
    assert_eq!(
        (
            denied["first_date:date"].as_str(),
            denied["last_date:date"].as_str()
        ),
        ("", "")
    );
    // "2024" is skipped, the valid date of the other statement is kept.
    let supplies = find("supplies", false);
    assert_eq!(supplies["first_date:date"], "2024-03-01");
    assert_eq!(supplies["last_date:date"], "2024-03-01");
    assert_eq!(
        supplies["objects:string[]"],
        "'=1+1;drones\u{FF1B} \"shells\""
    );
    assert_eq!(find("concerned-about", false)["first_date:date"], "");
    assert_eq!(find("cooperates-with", false)["last_date:date"], "");
    let criticizes = find("criticizes", true);
    assert_eq!(criticizes[":TYPE"], "CRITICIZES");
    assert_eq!(criticizes["first_date:date"], "2024-02-29");
    assert_eq!(find("visited", false)[":TYPE"], "VISITED");
}

#[test]
fn no_field_starts_a_spreadsheet_formula() {
    let files = files(&hostile_graph());
    for name in ["nodes.csv", "relationships.csv"] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .escape(None)
            .from_reader(files[name].as_bytes());
        let mut n_fields = 0;
        for record in reader.records() {
            for field in record.expect("a record").iter() {
                n_fields += 1;
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: {field:?}"
                );
            }
        }
        assert!(n_fields > 0);
    }
}

#[test]
fn import_page_gives_the_command_for_the_files_written() {
    let files = neo4j_csv(&hostile_graph());
    let page = &files
        .iter()
        .find(|(n, _)| n == "IMPORT.md")
        .expect("IMPORT.md")
        .1;
    for part in [
        "neo4j-admin database import full",
        "--nodes=nodes.csv",
        "--relationships=relationships.csv",
        "--id-type=string",
        "--array-delimiter=\";\"",
        "--delimiter=\",\"",
        "--quote='\"'",
        "--legacy-style-quoting=false",
        "--multiline-fields=true",
    ] {
        assert!(page.contains(part), "{part}");
    }
    for (name, text) in &files {
        if name.ends_with(".csv") {
            assert!(page.contains(&format!("={name}")), "{name} is imported");
            let header = text.lines().next().expect("a header");
            assert!(page.contains(header), "{name}'s header is documented");
        }
    }
}

#[test]
fn output_is_deterministic_and_an_empty_graph_has_headers_only() {
    let graph = hostile_graph();
    assert_eq!(neo4j_csv(&graph), neo4j_csv(&graph));
    let reloaded = KnowledgeGraph::from_slice(graph.to_json().as_bytes()).expect("reload");
    assert_eq!(neo4j_csv(&graph), neo4j_csv(&reloaded));
    let empty = files(&KnowledgeGraph::new());
    for name in ["nodes.csv", "relationships.csv"] {
        let table = Table::read(&empty[name]);
        assert!(!table.header.is_empty());
        assert!(table.rows.is_empty());
        assert_eq!(empty[name].lines().count(), 1);
    }
}
