//! Table-driven extraction cases from `tests/cases.txt`: every case runs
//! through one `check` so that a change of the record touches one place.

use diplograph_extract::{Document, Extractor, Record, RelationType};

#[derive(Debug, Default)]
struct Case {
    name: String,
    date: Option<String>,
    text: String,
    expect: Vec<(bool, bool, String)>, // (must be present, negated, "type src -> tgt")
    none: Vec<String>,
    entities: Vec<(String, String)>,
}

fn parse(text: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut cur = Case::default();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !cur.name.is_empty() {
                cases.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("bad line in cases.txt: {line}"));
        let value = value.trim().to_string();
        match key {
            "case" => cur.name = value,
            "date" => cur.date = Some(value),
            "text" => {
                if !cur.text.is_empty() {
                    cur.text.push(' ');
                }
                cur.text.push_str(&value);
            }
            "has" => match value.strip_prefix("not ") {
                Some(v) => cur.expect.push((true, true, v.to_string())),
                None => cur.expect.push((true, false, value)),
            },
            "lacks" => match value.strip_prefix("not ") {
                Some(v) => cur.expect.push((false, true, v.to_string())),
                None => cur.expect.push((false, false, value)),
            },
            "none" => {
                assert!(
                    value == "*" || RelationType::parse(&value).is_some(),
                    "none: takes one relation type or \"*\", not {value:?}"
                );
                cur.none.push(value);
            }
            "entity" => {
                let (t, n) = value.split_once(' ').expect("entity: TYPE NAME");
                cur.entities.push((t.to_string(), n.to_string()));
            }
            other => panic!("unknown key {other:?} in cases.txt"),
        }
    }
    cases
}

fn matches(rec: &Record, spec: &str, negated: Option<bool>) -> bool {
    let (spec, object) = match spec.split_once(" {") {
        Some((a, b)) => (a, Some(b.trim_end_matches('}'))),
        None => (spec, None),
    };
    let (spec, modality) = match spec.split_once(" [") {
        Some((a, b)) => (a, Some(b.trim_end_matches(']'))),
        None => (spec, None),
    };
    let (ty, rest) = spec.split_once(' ').expect("TYPE A -> B");
    let (a, b) = rest.split_once(" -> ").expect("A -> B");
    let ty = RelationType::parse(ty).expect("relation type");
    let topic = b.starts_with('"');
    let b = b.trim_matches('"');
    rec.relations.iter().any(|r| {
        let ends = if topic {
            r.source == a && r.target.contains(b)
        } else if ty.is_symmetric() {
            (r.source == a && r.target == b) || (r.source == b && r.target == a)
        } else {
            r.source == a && r.target == b
        };
        let modality_ok = modality.is_none_or(|m| {
            serde_json::to_value(r.modality)
                .ok()
                .and_then(|v| v.as_str().map(|s| s == m))
                .unwrap_or(false)
        });
        let object_ok = object.is_none_or(|o| r.object.as_deref().is_some_and(|x| x.contains(o)));
        r.relation_type == ty
            && ends
            && negated.is_none_or(|n| r.negated == n)
            && modality_ok
            && object_ok
    })
}

fn check(extractor: &Extractor, case: &Case) -> Vec<String> {
    let doc = Document {
        id: case.name.clone(),
        text: case.text.clone(),
        date: case.date.clone(),
    };
    let rec = extractor.extract(&doc);
    let mut problems = Vec::new();
    for (present, negated, spec) in &case.expect {
        let ok = if *present {
            matches(&rec, spec, Some(*negated))
        } else {
            !matches(&rec, spec, Some(*negated))
        };
        if !ok {
            problems.push(format!(
                "{} {}{spec}",
                if *present { "missing" } else { "unwanted" },
                if *negated { "not " } else { "" }
            ));
        }
    }
    for ty in &case.none {
        let bad: Vec<_> = rec
            .relations
            .iter()
            .filter(|r| {
                if ty == "*" {
                    r.relation_type != RelationType::HoldsOffice
                } else {
                    r.relation_type.as_str() == ty
                }
            })
            .collect();
        if !bad.is_empty() {
            problems.push(format!(
                "expected no {ty}, got {:?}",
                bad.iter()
                    .map(|r| format!("{} {} -> {}", r.relation_type, r.source, r.target))
                    .collect::<Vec<_>>()
            ));
        }
    }
    for (t, n) in &case.entities {
        if !rec
            .entities
            .iter()
            .any(|e| e.entity_type.as_str() == t && &e.name == n)
        {
            problems.push(format!("missing entity {t} {n}"));
        }
    }
    if !problems.is_empty() {
        let got: Vec<String> = rec
            .relations
            .iter()
            .map(|r| {
                format!(
                    "{}{} {} -> {}",
                    if r.negated { "not " } else { "" },
                    r.relation_type,
                    r.source,
                    r.target
                )
            })
            .collect();
        problems.push(format!("  (found: {got:?})"));
    }
    problems
}

#[test]
fn extraction_cases() {
    let extractor = Extractor::bundled().expect("bundled dictionary");
    let cases = parse(include_str!("cases.txt"));
    assert!(cases.len() >= 30, "only {} cases parsed", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let problems = check(&extractor, case);
        if !problems.is_empty() {
            failures.push(format!(
                "case {:?}:\n    {}",
                case.name,
                problems.join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
