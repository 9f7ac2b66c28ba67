//! CSV files for Neo4j's offline bulk importer, `neo4j-admin database import
//! full`, and a page with the command that loads them.
//!
//! The importer reads a header line that types every column (`:ID`,
//! `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `name:type` for properties,
//! `name:type[]` for arrays split on the array delimiter `;`) and RFC 4180
//! quoting: a field holding a comma, a quote or a line break is quoted and
//! its quotes are doubled, which the csv crate does. Backslashes are plain
//! characters (`--legacy-style-quoting=false`), and line breaks inside
//! quoted fields need `--multiline-fields=true`; the `IMPORT.md` page that
//! [`neo4j_csv`] returns with the CSV files gives both options.
//!
//! # Wire format
//!
//! Three files: `nodes.csv`, `relationships.csv` and `IMPORT.md`. Lines end
//! in `\n`; an empty field is a missing property.
//!
//! ```text
//! id:ID(Entity),:LABEL,name,entity_type,country,aliases:string[],mentions:long,documents:string[],known:boolean
//! person:antony-blinken,Entity;Person,Antony Blinken,person,USA,Antony Blinken;Blinken,3,d001;d002,true
//!
//! :START_ID(Entity),:END_ID(Entity),:TYPE,key,relation,negated:boolean,symmetric:boolean,count:long,confidence:double,first_date:date,last_date:date,documents:string[],objects:string[],events:string[],evidence,evidence_doc
//! person:antony-blinken,person:wang-yi,MET_WITH,met-with|person:antony-blinken|person:wang-yi|asserted,met-with,false,true,2,0.9,2024-04-26,2024-05-03,d001;d002,,d001#0;d002#4,"Blinken met Wang Yi, …",d001
//! ```
//!
//! Nodes: `id` is the stable node id (in the ID space `Entity`, stored as
//! the property `id`); the labels are `Entity` and the entity type in
//! PascalCase (`Person`, `Country`, `Office`, `Organization`, `Place`,
//! `Topic`); `mentions` is the number of mentions across documents.
//! Relationships: the type is the relation in upper snake case (`MET_WITH`,
//! `VISITED`, `SUPPLIES`, `CONCERNED_ABOUT`, `COOPERATES_WITH`,
//! `CRITICIZES`, `HOLDS_OFFICE`); a denied relation keeps its type and has
//! `negated` true. A symmetric relation (met-with, cooperates-with) is one
//! relationship from the smaller id to the larger, flagged by `symmetric`:
//! match it without a direction. `key` is the edge's identity as in the
//! node-link JSON, `count` the number of statements, `confidence` the best
//! one, `first_date` and `last_date` the earliest and latest valid
//! `YYYY-MM-DD` evidence dates (Neo4j `date` values; empty when there is
//! none, so an undated edge has no date property), `evidence` the first
//! evidence sentence in document and position order and `evidence_doc` its
//! document. Counts are `long` because Neo4j stores every integer as a long
//! anyway (`--normalize-types`), so a count above 2³¹ still reads, and the
//! confidence is `double` because a `float` property would read back as
//! 0.10000000149011612 for 0.1.
//!
//! # Escaping
//!
//! - Formula guard: a string value that starts with `=`, `+`, `-`, `@`, a
//!   tab or a carriage return (what a spreadsheet would evaluate as a
//!   formula, OWASP's "CSV injection"), or with `'`, gets one `'` in front.
//!   Guarding `'` too makes the rule reversible: strip one leading `'`
//!   from a value that starts with `'` and the original is back. Ids are
//!   guarded the same way in both files, so relationships still find their
//!   nodes and distinct ids stay distinct.
//! - Arrays: Neo4j has no escape for the array delimiter, so a `;` inside
//!   an item becomes `；` (U+FF1B FULLWIDTH SEMICOLON) and an item never
//!   splits; empty items are left out; each item is guarded on its own.
//! - Everything else is kept: quotes, commas, line breaks, backslashes and
//!   markup are text to Neo4j, quoted as CSV requires.

use crate::gexf::xml::date_range;
use diplograph_extract::{EntityType, RelationType};
use diplograph_graph::{EdgeData, KnowledgeGraph, NodeData};
use std::fmt::Write as _;

/// The nodes file.
const NODES_FILE: &str = "nodes.csv";
/// The relationships file.
const RELATIONSHIPS_FILE: &str = "relationships.csv";
/// The page with the import command.
const README_FILE: &str = "IMPORT.md";

const NODE_HEADER: [&str; 9] = [
    "id:ID(Entity)",
    ":LABEL",
    "name",
    "entity_type",
    "country",
    "aliases:string[]",
    "mentions:long",
    "documents:string[]",
    "known:boolean",
];

const RELATIONSHIP_HEADER: [&str; 16] = [
    ":START_ID(Entity)",
    ":END_ID(Entity)",
    ":TYPE",
    "key",
    "relation",
    "negated:boolean",
    "symmetric:boolean",
    "count:long",
    "confidence:double",
    "first_date:date",
    "last_date:date",
    "documents:string[]",
    "objects:string[]",
    "events:string[]",
    "evidence",
    "evidence_doc",
];

/// Neo4j's default array delimiter, also given on the command line.
const ARRAY_DELIMITER: char = ';';
/// What an array delimiter inside an array item becomes.
const ARRAY_DELIMITER_STAND_IN: char = '\u{FF1B}';
/// The prefix that keeps a spreadsheet from evaluating a value.
const FORMULA_GUARD: char = '\'';
/// First characters a spreadsheet evaluates, and the guard itself.
const GUARDED_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', FORMULA_GUARD];

/// The graph as CSV files for `neo4j-admin database import full`, with an
/// `IMPORT.md` page that gives the command: (file name, contents) pairs,
/// in the order `nodes.csv`, `relationships.csv`, `IMPORT.md`.
///
/// The output is deterministic: nodes are ordered by id and relationships
/// by relation, endpoints and polarity.
///
/// # Example
///
/// ```
/// use diplograph_graph::KnowledgeGraph;
/// use diplograph_export::neo4j_csv;
///
/// let files = neo4j_csv(&KnowledgeGraph::new());
/// let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
/// assert_eq!(names, ["nodes.csv", "relationships.csv", "IMPORT.md"]);
/// assert!(files[0].1.starts_with("id:ID(Entity),:LABEL,name,"));
/// ```
pub fn neo4j_csv(graph: &KnowledgeGraph) -> Vec<(String, String)> {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let nodes_csv = to_csv(NODE_HEADER, nodes.iter().map(|n| node_row(n)));
    let relationships_csv = to_csv(
        RELATIONSHIP_HEADER,
        edges.iter().map(|(a, b, e)| relationship_row(a, b, e)),
    );
    vec![
        (NODES_FILE.to_string(), nodes_csv),
        (RELATIONSHIPS_FILE.to_string(), relationships_csv),
        (README_FILE.to_string(), readme(nodes.len(), edges.len())),
    ]
}

fn node_row(n: &NodeData) -> [String; 9] {
    [
        guard(&n.id),
        format!("Entity{ARRAY_DELIMITER}{}", label(n.entity_type)),
        guard(&n.name),
        n.entity_type.as_str().to_string(),
        n.country.as_deref().map(guard).unwrap_or_default(),
        array(n.aliases.iter().map(String::as_str)),
        n.mention_count().to_string(),
        array(n.documents.keys().map(String::as_str)),
        n.known.to_string(),
    ]
}

fn relationship_row(a: &NodeData, b: &NodeData, e: &EdgeData) -> [String; 16] {
    let polarity = if e.negated { "denied" } else { "asserted" };
    let (first_date, last_date) = date_range(e);
    let mut events: Vec<&str> = e.evidence.iter().map(|ev| ev.event.as_str()).collect();
    events.sort_unstable();
    events.dedup();
    let first = e.evidence.first();
    [
        guard(&a.id),
        guard(&b.id),
        relationship_type(e.relation),
        guard(&format!(
            "{}|{}|{}|{polarity}",
            e.relation.as_str(),
            a.id,
            b.id
        )),
        e.relation.as_str().to_string(),
        e.negated.to_string(),
        e.relation.is_symmetric().to_string(),
        e.count().to_string(),
        number(e.confidence()),
        first_date.unwrap_or_default().to_string(),
        last_date.unwrap_or_default().to_string(),
        array(e.documents()),
        array(e.objects()),
        array(events),
        first.map(|ev| guard(&ev.sentence)).unwrap_or_default(),
        first.map(|ev| guard(&ev.doc)).unwrap_or_default(),
    ]
}

/// A CSV text: the header, then the rows, quoted where RFC 4180 needs it.
fn to_csv<const N: usize>(
    header: [&str; N],
    rows: impl IntoIterator<Item = [String; N]>,
) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail, and every row has the header's width
    // by its type, so the csv crate has nothing to refuse.
    out.write_record(header).expect("CSV header in memory");
    for row in rows {
        out.write_record(&row).expect("CSV row in memory");
    }
    let bytes = out.into_inner().expect("CSV flushed to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8")
}

/// The value with the formula guard in front if it needs one.
fn guard(value: &str) -> String {
    match value.chars().next() {
        Some(c) if GUARDED_STARTS.contains(&c) => format!("{FORMULA_GUARD}{value}"),
        _ => value.to_string(),
    }
}

/// An array field: items joined by the array delimiter, each unable to
/// split and guarded, empty ones left out.
fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for item in items.into_iter().filter(|i| !i.is_empty()) {
        if !out.is_empty() {
            out.push(ARRAY_DELIMITER);
        }
        out.push_str(&guard(
            &item.replace(ARRAY_DELIMITER, &ARRAY_DELIMITER_STAND_IN.to_string()),
        ));
    }
    out
}

/// A double as Neo4j parses it: finite, or empty (no property).
fn number(value: f64) -> String {
    if value.is_finite() {
        value.to_string()
    } else {
        String::new()
    }
}

/// The Neo4j label of an entity type, in PascalCase.
fn label(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "Person",
        EntityType::Country => "Country",
        EntityType::Office => "Office",
        EntityType::Organization => "Organization",
        EntityType::Place => "Place",
        EntityType::Topic => "Topic",
    }
}

/// The Neo4j relationship type of a relation, in upper snake case.
fn relationship_type(r: RelationType) -> String {
    r.as_str().replace('-', "_").to_ascii_uppercase()
}

fn readme(n_nodes: usize, n_relationships: usize) -> String {
    let mut text = String::new();
    // Writing to a String cannot fail.
    let _ = write!(
        text,
        r#"# Importing this graph into Neo4j

Written by `diplograph export --format neo4j-csv` for Neo4j's offline bulk
importer (Neo4j 5 and later):

- `{NODES_FILE}`: {n_nodes} nodes, labelled `Entity` and their type
  (`Person`, `Country`, `Office`, `Organization`, `Place`, `Topic`).
- `{RELATIONSHIPS_FILE}`: {n_relationships} relationships, typed `MET_WITH`,
  `VISITED`, `SUPPLIES`, `CONCERNED_ABOUT`, `COOPERATES_WITH`, `CRITICIZES`
  or `HOLDS_OFFICE`.

## Command

Run this from the folder that holds the files (or give the files' paths
instead of their names), with the target database stopped or not yet
created:

```sh
neo4j-admin database import full \
    --nodes={NODES_FILE} \
    --relationships={RELATIONSHIPS_FILE} \
    --id-type=string \
    --delimiter="," \
    --array-delimiter=";" \
    --quote='"' \
    --legacy-style-quoting=false \
    --multiline-fields=true \
    neo4j
```

The importer only fills a database that does not exist or is empty: add
`--overwrite-destination=true` to replace the `neo4j` database, or import
under another name and run `CREATE DATABASE name` afterwards (Enterprise
Edition). `--multiline-fields=true` is needed because names and sentences
from news can hold line breaks; it slows the importer down on very large
files. `--legacy-style-quoting=false` (the default) keeps backslashes as
plain characters; quotes inside fields are doubled, as RFC 4180 says.

After the import, an index on the ids helps lookups:

```cypher
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
```

## Files

`{NODES_FILE}` header:

```text
{node_header}
```

`{RELATIONSHIPS_FILE}` header:

```text
{relationship_header}
```

An empty field is a missing property: a node without a known country has
no `country`, an edge without a valid `YYYY-MM-DD` date has no
`first_date` and `last_date`. A denied relation keeps its type and has
`negated` true. Met-with and cooperates-with are symmetric (`symmetric`
true), stored once from the smaller id to the larger: match them without
a direction.

```cypher
MATCH (a:Person)-[r:MET_WITH {{negated: false}}]-(b:Person)
WHERE a.id < b.id
RETURN a.name, b.name, r.count, r.first_date, r.last_date
ORDER BY r.count DESC;
```

## Escaping

- A string value that starts with `=`, `+`, `-`, `@`, a tab, a carriage
  return or `'` has one `'` added in front, so that a spreadsheet opening
  these files never evaluates it as a formula. Strip one leading `'` from
  a value that starts with `'` to get the original back, for instance
  `CASE WHEN n.name STARTS WITH "'" THEN substring(n.name, 1) ELSE n.name END`.
  Ids are treated the same way in both files.
- In array properties (`aliases`, `documents`, `objects`, `events`) each
  item is guarded on its own, and a `;` inside an item is written as `；`
  (U+FF1B FULLWIDTH SEMICOLON), since Neo4j has no escape for the array
  delimiter. Empty items are left out.
"#,
        node_header = NODE_HEADER.join(","),
        relationship_header = RELATIONSHIP_HEADER.join(","),
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_guarded_and_the_guard_is_reversible() {
        for (value, written) in [
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(1)", "'@SUM(1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'t Hooft", "''t Hooft"),
            ("Wang Yi", "Wang Yi"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(guard(value), written);
            let back = written.strip_prefix(FORMULA_GUARD).unwrap_or(written);
            assert_eq!(back, value);
        }
    }

    #[test]
    fn array_items_never_split() {
        assert_eq!(array(["a;b", "", "=c", "d"]), "a\u{FF1B}b;'=c;d");
        assert_eq!(array(Vec::<&str>::new()), "");
    }

    #[test]
    fn types_and_labels() {
        let types: Vec<String> = RelationType::ALL
            .into_iter()
            .map(relationship_type)
            .collect();
        assert_eq!(
            types,
            [
                "MET_WITH",
                "VISITED",
                "SUPPLIES",
                "CONCERNED_ABOUT",
                "COOPERATES_WITH",
                "CRITICIZES",
                "HOLDS_OFFICE"
            ]
        );
        for t in EntityType::ALL {
            assert!(label(t).eq_ignore_ascii_case(t.as_str()));
        }
    }

    #[test]
    fn numbers_are_finite_or_missing() {
        assert_eq!(number(0.75), "0.75");
        assert_eq!(number(1.0), "1");
        assert_eq!(number(f64::NAN), "");
    }
}
