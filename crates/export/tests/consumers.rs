//! The exports read by the programs they are written for.
//!
//! A small graph with hostile names (quotes, markup, `]]>`, `--`, a bell,
//! line breaks), symmetric, negated, dated and undated edges is written in
//! every format to a temporary folder, with `expected.json` listing its
//! nodes and edges as the graph itself gives them. Then:
//!
//! - `tests/networkx_check.py` reads the node-link JSON, the GEXF and the
//!   GraphML with networkx's own readers and compares them with
//!   `expected.json`. The interpreter is `$DIPLOGRAPH_PYTHON`, or `python3`.
//! - a Node.js script loads the Cytoscape.js JSON into `cytoscape({headless:
//!   true})` and the graphology JSON with `Graph.from` and `graph.import`,
//!   and checks the same things, and that neither library warned; when
//!   `graphology-gexf` and `graphology-graphml` are installed too, it reads
//!   the GEXF (mixed graph included, which networkx refuses) and the
//!   GraphML with them. The packages are looked up in
//!   `$DIPLOGRAPH_NODE_MODULES` (a `node_modules` folder).
//!
//! A check whose consumer is missing prints `skipped: …` and passes, unless
//! `DIPLOGRAPH_REQUIRE_CONSUMERS` is set, when it fails instead (for CI,
//! where a missing consumer means a broken install step).
//!
//! ```text
//! python3 -m venv ~/venvs/networkx && ~/venvs/networkx/bin/pip install networkx
//! (mkdir -p ~/node-consumers && cd ~/node-consumers &&
//!   npm install cytoscape graphology graphology-gexf graphology-graphml)
//! DIPLOGRAPH_PYTHON=~/venvs/networkx/bin/python \
//! DIPLOGRAPH_NODE_MODULES=~/node-consumers/node_modules \
//! cargo test -p diplograph-export --test consumers -- --nocapture
//! ```

use diplograph_export::{cytoscape, gexf, graphml, graphology, node_link, JsonOptions};
use diplograph_extract::{
    Entity, EntityType, Evidence, Modality, Record, Relation, RelationType, Span,
};
use diplograph_graph::KnowledgeGraph;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

/// Quotes, markup, a CDATA end, a comment dash pair, a bell, a tab and line breaks.
const FOX: &str =
    "Sergei \"The Fox\" O'Neil <script>alert('x')</script> & ]]> -- \u{7}bell\tand\nnew\r\nlines";

fn entity(id: &str, name: &str, entity_type: EntityType) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        entity_type,
        mentions: vec![name.into()],
        spans: vec![Span::new(0, 1)],
        country: None,
        known: true,
    }
}

fn relation(
    relation_type: RelationType,
    (source_id, source): (&str, &str),
    (target_id, target): (&str, &str),
    negated: bool,
    date: Option<&str>,
    at: usize,
) -> Relation {
    Relation {
        relation_type,
        source: source.into(),
        target: target.into(),
        source_id: source_id.into(),
        target_id: target_id.into(),
        negated,
        modality: Modality::Asserted,
        object: None,
        date: date.map(Into::into),
        confidence: 0.8,
        evidence: format!("{source} and {target}: \"<i>quoted</i>\" ]]> --\r\n"),
        spans: Evidence {
            sentence: Span::new(at, at + 10),
            trigger: None,
            source: None,
            target: None,
        },
        event: format!("d#{at}"),
    }
}

/// Six nodes and six edges over three documents: a meeting stated twice and
/// denied once, a supplies, a concern about a topic, a denied criticism, and
/// an undated cooperation.
fn graph() -> KnowledgeGraph {
    let fox = ("person:fox", FOX);
    let wang = ("person:wang-yi", "Wang Yi");
    let usa = ("country:USA", "United \"States\" & <Co>");
    let iran = ("country:IRN", "Iran");
    let odd = ("person:o\"neil&<x>", "O'Neil & \"Sons\"");
    let topic = ("topic:drones", "drones ]]> <!-- -->");
    let mut graph = KnowledgeGraph::new();
    let d1 = Record {
        id: "d1".into(),
        date: Some("2024-04-26".into()),
        entities: vec![
            entity(fox.0, fox.1, EntityType::Person),
            entity(wang.0, wang.1, EntityType::Person),
            entity(usa.0, usa.1, EntityType::Country),
            entity(iran.0, iran.1, EntityType::Country),
        ],
        relations: vec![
            relation(
                RelationType::MetWith,
                fox,
                wang,
                false,
                Some("2024-04-26"),
                0,
            ),
            relation(
                RelationType::Supplies,
                fox,
                iran,
                false,
                Some("2024-04-26"),
                20,
            ),
            relation(
                RelationType::ConcernedAbout,
                usa,
                topic,
                false,
                Some("2024-04-26"),
                40,
            ),
        ],
        diagnostics: vec![],
    };
    graph.add_record(&d1, "d1");
    let d2 = Record {
        id: "d2".into(),
        date: Some("2024-05-03".into()),
        entities: vec![],
        relations: vec![
            relation(
                RelationType::MetWith,
                wang,
                fox,
                false,
                Some("2024-05-03"),
                0,
            ),
            relation(
                RelationType::MetWith,
                fox,
                wang,
                true,
                Some("2024-05-03"),
                20,
            ),
            relation(
                RelationType::Criticizes,
                usa,
                iran,
                true,
                Some("2024-05-03"),
                40,
            ),
        ],
        diagnostics: vec![],
    };
    graph.add_record(&d2, "d2");
    let d3 = Record {
        id: "d3".into(),
        date: None,
        entities: vec![entity(odd.0, odd.1, EntityType::Person)],
        relations: vec![relation(
            RelationType::CooperatesWith,
            usa,
            odd,
            false,
            None,
            0,
        )],
        diagnostics: vec![],
    };
    graph.add_record(&d3, "d3");
    graph
}

/// What every consumer should find, from the graph's own API.
fn expected(graph: &KnowledgeGraph) -> Value {
    let nodes: Vec<Value> = graph
        .nodes()
        .into_iter()
        .map(|n| json!({"id": n.id, "name": n.name, "entity_type": n.entity_type.as_str()}))
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .into_iter()
        .map(|(a, b, e)| {
            json!({
                "source": a.id, "target": b.id, "relation": e.relation.as_str(),
                "negated": e.negated, "symmetric": e.relation.is_symmetric(), "count": e.count(),
                "first_date": e.first_date(), "last_date": e.last_date(),
            })
        })
        .collect();
    json!({"nodes": nodes, "edges": edges})
}

fn write_exports(dir: &Path, graph: &KnowledgeGraph) {
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("writing {name}: {e}"));
    };
    write("expected.json", expected(graph).to_string());
    write(
        "node_link.json",
        node_link(graph, &JsonOptions::default()).to_string(),
    );
    write("cytoscape.json", cytoscape(graph).to_string());
    write("graphology.json", graphology(graph).to_string());
    write("graph.gexf", gexf(graph));
    write("graph.graphml", graphml(graph));
}

/// Passes with a message, or fails when CI asked for every consumer.
fn skip(message: &str) {
    if std::env::var_os("DIPLOGRAPH_REQUIRE_CONSUMERS").is_some() {
        panic!("{message}, and DIPLOGRAPH_REQUIRE_CONSUMERS is set");
    }
    println!("skipped: {message}");
}

fn report(what: &str, output: &std::process::Output) -> String {
    format!(
        "{what} exited with {}\n--- stdout\n{}--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn networkx_reads_node_link_gexf_and_graphml() {
    let python = std::env::var("DIPLOGRAPH_PYTHON").unwrap_or_else(|_| "python3".into());
    let has_networkx = Command::new(&python)
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_networkx {
        skip("networkx is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    write_exports(dir.path(), &graph());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/networkx_check.py");
    let output = Command::new(&python)
        .arg(&script)
        .arg(dir.path())
        .output()
        .expect("run networkx_check.py");
    assert!(
        output.status.success(),
        "{}",
        report("networkx_check.py", &output)
    );
    print!("{}", String::from_utf8_lossy(&output.stdout));
}

/// Loads the Cytoscape.js and graphology exports; exits 3 when a package is missing.
const NODE_CHECK: &str = r#"
'use strict';
const fs = require('fs');
const path = require('path');
let cytoscape, Graph;
try {
  cytoscape = require('cytoscape');
  Graph = require('graphology');
} catch (e) {
  console.log(`missing: ${e.message.split('\n')[0]}`);
  process.exit(3);
}
const dir = process.argv[2];
const read = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
const expected = read('expected.json');
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); return ok; };
const show = (x) => JSON.stringify(x);
// Both libraries report bad input (a duplicate id, say) on the console.
process.on('uncaughtException', (e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));
console.error = console.warn;

const cy = cytoscape({ headless: true, elements: read('cytoscape.json').elements });
check(cy.nodes().length === expected.nodes.length, `cytoscape: ${cy.nodes().length} nodes`);
check(cy.edges().length === expected.edges.length, `cytoscape: ${cy.edges().length} edges`);
for (const n of expected.nodes) {
  const node = cy.getElementById(n.id);
  if (check(node.nonempty() && node.isNode(), `cytoscape: no node ${show(n.id)}`)) {
    check(node.data('name') === n.name, `cytoscape: name ${show(node.data('name'))} != ${show(n.name)}`);
    check(node.hasClass(n.entity_type), `cytoscape: class of ${show(n.id)}`);
  }
}
for (const e of expected.edges) {
  const found = cy.edges().filter((x) => x.source().id() === e.source && x.target().id() === e.target
    && x.data('relation') === e.relation && x.data('negated') === e.negated);
  if (!check(found.length === 1, `cytoscape: ${found.length} edges for ${show(e)}`)) continue;
  const x = found[0];
  check(x.hasClass(e.relation) && x.hasClass('negated') === e.negated
    && x.hasClass('symmetric') === e.symmetric, `cytoscape: classes ${show(x.classes())} on ${show(e)}`);
  check(x.data('count') === e.count && x.data('first_date') === e.first_date
    && x.data('last_date') === e.last_date, `cytoscape: data ${show(x.data())} on ${show(e)}`);
  check(x.data('type') === undefined, `cytoscape: edge with a type`);
}

const data = read('graphology.json');
const g = Graph.from(data);
check(g.type === 'mixed' && g.multi, `graphology: ${g.type} multi=${g.multi}`);
check(g.order === expected.nodes.length, `graphology: ${g.order} nodes`);
check(g.size === expected.edges.length, `graphology: ${g.size} edges`);
g.forEachNode((key, a) => {
  check(Number.isFinite(a.x) && Number.isFinite(a.y) && Number.isFinite(a.size),
    `graphology: ${show(key)} has no position (Sigma throws)`);
  check(typeof a.label === 'string' && typeof a.color === 'string', `graphology: ${show(key)} label/color`);
});
g.forEachEdge((key, a) => check(!('type' in a), `graphology: edge ${show(key)} has a type (Sigma renderer)`));
for (const n of expected.nodes) {
  if (check(g.hasNode(n.id), `graphology: no node ${show(n.id)}`)) {
    const label = g.getNodeAttribute(n.id, 'label');
    check(label === n.name, `graphology: label ${show(label)} != ${show(n.name)}`);
  }
}
for (const e of expected.edges) {
  const found = g.edges(e.source, e.target).filter((k) => g.getEdgeAttribute(k, 'relation') === e.relation
    && g.getEdgeAttribute(k, 'negated') === e.negated);
  if (!check(found.length === 1, `graphology: ${found.length} edges for ${show(e)}`)) continue;
  const k = found[0];
  check(g.isUndirected(k) === e.symmetric, `graphology: ${show(k)} undirected=${g.isUndirected(k)}`);
  const a = g.getEdgeAttributes(k);
  check(a.count === e.count && a.first_date === e.first_date && a.last_date === e.last_date,
    `graphology: attributes ${show(a)} on ${show(e)}`);
}
const imported = new Graph({ type: 'mixed', multi: true });
imported.import(data);
check(imported.order === g.order && imported.size === g.size, 'graphology: import differs from Graph.from');

// GEXF and GraphML through graphology's own parsers, when installed. Unlike
// networkx, graphology-gexf reads a mixed graph, so it checks edge types.
const version = (name) => {
  for (let d = path.dirname(require.resolve(name)); d !== path.dirname(d); d = path.dirname(d)) {
    const file = path.join(d, 'package.json');
    if (fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (json.name === name) return json.version;
    }
  }
  return '?';
};
const xmlClean = (s) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
const lines = [
  `cytoscape ${version('cytoscape')}: ${cy.nodes().length} nodes, ${cy.edges().length} edges`,
  `graphology ${version('graphology')}: ${g.order} nodes, ${g.size} edges`,
];
for (const [parser, file, mixed] of [['graphology-gexf', 'graph.gexf', true], ['graphology-graphml', 'graph.graphml', false]]) {
  let parse;
  try {
    parse = require(parser).parse;
  } catch (e) {
    lines.push(`${parser} not installed`);
    continue;
  }
  const x = parse(Graph, fs.readFileSync(path.join(dir, file), 'utf8'));
  check(x.order === expected.nodes.length && x.size === expected.edges.length,
    `${parser}: ${x.order} nodes, ${x.size} edges`);
  for (const n of expected.nodes) {
    const id = xmlClean(n.id);
    if (check(x.hasNode(id), `${parser}: no node ${show(id)}`)) {
      const label = x.getNodeAttribute(id, 'label');
      check(label === xmlClean(n.name), `${parser}: label ${show(label)} != ${show(xmlClean(n.name))}`);
    }
  }
  for (const e of expected.edges) {
    const found = x.edges(xmlClean(e.source), xmlClean(e.target))
      .filter((k) => x.getEdgeAttribute(k, 'relation') === e.relation && x.getEdgeAttribute(k, 'negated') === e.negated);
    if (!check(found.length === 1, `${parser}: ${found.length} edges for ${show(e)}`)) continue;
    const a = x.getEdgeAttributes(found[0]);
    check(a.label === e.relation && a.count === e.count && a.symmetric === e.symmetric
      && (a.first_date ?? null) === e.first_date, `${parser}: attributes ${show(a)} on ${show(e)}`);
    if (mixed) check(x.isUndirected(found[0]) === e.symmetric, `${parser}: direction of ${show(e)}`);
  }
  lines.push(`${parser} ${version(parser)}: ${x.order} nodes, ${x.size} edges`);
}
check(warnings.length === 0, `warnings: ${warnings.join('; ')}`);
if (problems.length) {
  for (const p of problems) process.stderr.write(p + '\n');
  process.exit(1);
}
console.log(lines.join('; '));
"#;

#[test]
fn cytoscape_and_graphology_load_the_json() {
    let node = std::env::var("DIPLOGRAPH_NODE").unwrap_or_else(|_| "node".into());
    if !Command::new(&node)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        skip("node is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    write_exports(dir.path(), &graph());
    let script = dir.path().join("check.js");
    std::fs::write(&script, NODE_CHECK).expect("write check.js");
    let mut command = Command::new(&node);
    command.arg(&script).arg(dir.path());
    if let Some(modules) = std::env::var_os("DIPLOGRAPH_NODE_MODULES") {
        command.env("NODE_PATH", modules);
    }
    let output = command.output().expect("run node");
    if output.status.code() == Some(3) {
        skip(&format!(
            "cytoscape or graphology is not installed (set DIPLOGRAPH_NODE_MODULES): {}",
            String::from_utf8_lossy(&output.stdout).trim()
        ));
        return;
    }
    assert!(output.status.success(), "{}", report("node check", &output));
    print!("{}", String::from_utf8_lossy(&output.stdout));
}
