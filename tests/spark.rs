//! The Spark example (`examples/spark/diplograph_job.py`) in Spark's local
//! mode: the corpus is split into 3 partitions, piped through `extract`
//! for the records and built into partial graphs that the driver merges.
//! The merged graph must be byte for byte the graph `diplograph build`
//! writes in one process, and the records folder must hold exactly one
//! record per document, the ones `extract --jsonl` writes.
//!
//! It needs Java (17 or later for Spark 4) and pyspark, importable by
//! `$DIPLOGRAPH_PYSPARK_PYTHON` (else `python3`); without them it prints
//! `skipped: …` and passes, unless `DIPLOGRAPH_REQUIRE_CONSUMERS` is set.
//!
//! ```text
//! python3 -m venv ~/venvs/spark && ~/venvs/spark/bin/pip install pyspark==4.3.0
//! DIPLOGRAPH_PYSPARK_PYTHON=~/venvs/spark/bin/python \
//! cargo test --profile ci --test integration spark -- --nocapture
//! ```

use crate::util::{repo, stderr, stdout, Dir};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs::File;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// News-like documents written for this test: meetings, visits, two
/// denials, a criticism, a concern, dated and undated, a numeric id, a
/// blank line and non-ASCII names.
const CORPUS: &str = r#"{"id":"beijing-talks","text":"Antony Blinken met with Wang Yi in Beijing on Friday. The two discussed fentanyl, Taiwan and the war in Ukraine.","date":"2024-04-26"}
{"id":"arms-denial","text":"Beijing denied the report. China does not supply weapons to Russia, a foreign ministry spokesperson said.","date":"2024-05-03"}
{"id":"ankara-visit","text":"Recep Tayyip Erdoğan visited Berlin, where he met Olaf Scholz at the chancellery.","date":"2023-11-17"}
{"id":"lavrov","text":"Sergey Lavrov criticised NATO for moving its forces closer to Russian borders.","date":"2024-02-14"}

{"id":"guterres-gaza","text":"António Guterres expressed concern about the humanitarian situation in Gaza.","date":"2024-01-10"}
{"id":42,"text":"Emmanuel Macron and Narendra Modi agreed to deepen defence cooperation during talks in New Delhi."}
{"id":"jaishankar","text":"Subrahmanyam Jaishankar met his Russian counterpart Sergey Lavrov in Moscow.","date":"2023-12-27"}
{"id":"no-weapons","text":"Germany has not delivered Taurus missiles to Ukraine, Olaf Scholz said.","date":"2024-03-01"}
{"id":"kishida-washington","text":"Fumio Kishida visited Washington and held talks with Joe Biden at the White House.","date":"2024-04-10"}
{"id":"undated","text":"The Secretary-General of NATO, Jens Stoltenberg, visited Kyiv."}
"#;

const IDS: [&str; 10] = [
    "42",
    "ankara-visit",
    "arms-denial",
    "beijing-talks",
    "guterres-gaza",
    "jaishankar",
    "kishida-washington",
    "lavrov",
    "no-weapons",
    "undated",
];

/// Spark can hang on a broken network set-up; the test fails instead.
const TIMEOUT: Duration = Duration::from_secs(300);

/// Passes with a message, or fails when CI asked for every consumer.
fn skip(message: &str) {
    if std::env::var_os("DIPLOGRAPH_REQUIRE_CONSUMERS").is_some() {
        panic!("{message}, and DIPLOGRAPH_REQUIRE_CONSUMERS is set");
    }
    println!("skipped: {message}");
}

/// Runs the Spark job in local mode with 3 partitions; its output goes to
/// `job.out` and `job.err` in `d`.
fn run_job(d: &Dir, python: &str, input: &str, graph: &str, records: &str) -> (bool, String) {
    let job = repo("examples/spark/diplograph_job.py");
    let (out, err) = (d.path("job.out"), d.path("job.err"));
    let mut child = Command::new(python)
        .arg(&job)
        .args([input, graph, records, "--partitions", "3"])
        .args(["--binary", env!("CARGO_BIN_EXE_diplograph")])
        .args(["--master", "local[2]"])
        .current_dir(d.dir.path())
        // The Python workers are the driver's interpreter.
        .env("PYSPARK_PYTHON", python)
        // No lookup of this machine's name, no web UI port, and a JVM that
        // starts in half the time (the C1 compiler is plenty for this size).
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env(
            "PYSPARK_SUBMIT_ARGS",
            "--driver-java-options -XX:TieredStopAtLevel=1 --conf spark.ui.enabled=false \
             --conf spark.ui.showConsoleProgress=false pyspark-shell",
        )
        .stdin(Stdio::null())
        .stdout(File::create(&out).expect("job.out"))
        .stderr(File::create(&err).expect("job.err"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {python} {}: {e}", job.display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the Spark job") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the Spark job took more than {TIMEOUT:?}\n--- stderr\n{}",
                std::fs::read_to_string(&err).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let log = format!(
        "{python} {} exited with {status} after {:.1} s\n--- stdout\n{}--- stderr\n{}",
        job.display(),
        started.elapsed().as_secs_f64(),
        std::fs::read_to_string(&out).unwrap_or_default(),
        std::fs::read_to_string(&err).unwrap_or_default(),
    );
    (status.success(), log)
}

/// Where two byte strings first differ, for a readable failure.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let at = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let around = |s: &[u8]| {
        String::from_utf8_lossy(&s[at.saturating_sub(80)..(at + 80).min(s.len())]).into_owned()
    };
    format!(
        "sizes {} and {}, first difference at byte {at}:\n  spark:  …{}…\n  single: …{}…",
        a.len(),
        b.len(),
        around(a),
        around(b)
    )
}

fn has_edge(graph: &Value, relation: &str, source: &str, target: &str, negated: bool) -> bool {
    graph["edges"].as_array().expect("edges").iter().any(|e| {
        e["relation"] == relation
            && e["negated"] == negated
            && ((e["source"] == source && e["target"] == target)
                || (relation == "met-with" && e["source"] == target && e["target"] == source))
    })
}

/// The Python that imports pyspark, or `None` (after saying why) when Java
/// or pyspark is missing.
fn spark_python() -> Option<String> {
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        skip("`java -version` fails: Java is not installed (Spark 4 needs Java 17 or later)");
        return None;
    }
    let python =
        std::env::var("DIPLOGRAPH_PYSPARK_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let has_pyspark = Command::new(&python)
        .args(["-c", "import pyspark"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_pyspark {
        skip(&format!(
            "pyspark is not importable by {python} (set DIPLOGRAPH_PYSPARK_PYTHON to a Python that has it; .ci/run installs it)"
        ));
        return None;
    }
    Some(python)
}

#[test]
fn spark_job_builds_the_graph_one_process_builds() {
    let Some(python) = spark_python() else {
        return;
    };
    let d = Dir::new();
    d.write("docs.jsonl", CORPUS);
    let (ok, log) = run_job(&d, &python, "docs.jsonl", "spark.json", "records");
    assert!(ok, "the Spark job failed:\n{log}");
    println!("{}", log.lines().next().unwrap_or_default());

    // The graph: byte for byte the one-process build.
    let single = d.run(&["build", "docs.jsonl", "-o", "single.json", "-q"]);
    assert!(single.status.success(), "{}", stderr(&single));
    let spark_bytes = std::fs::read(d.path("spark.json")).expect("spark.json");
    let single_bytes = std::fs::read(d.path("single.json")).expect("single.json");
    assert!(
        spark_bytes == single_bytes,
        "the Spark graph differs from `diplograph build`'s: {}\n{log}",
        first_difference(&spark_bytes, &single_bytes)
    );
    // ... and not trivially so.
    let graph: Value = serde_json::from_slice(&spark_bytes).expect("graph JSON");
    assert_eq!(
        graph["documents"].as_object().expect("documents").len(),
        IDS.len()
    );
    assert!(has_edge(
        &graph,
        "met-with",
        "person:antony-blinken",
        "person:wang-yi",
        false
    ));
    assert!(has_edge(
        &graph,
        "supplies",
        "country:CHN",
        "country:RUS",
        true
    ));

    // The records: one part file per partition, one record per document,
    // the very lines `extract --jsonl` writes.
    let mut parts: Vec<_> = std::fs::read_dir(d.path("records"))
        .expect("records folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("part-"))
        })
        .collect();
    parts.sort();
    assert_eq!(parts.len(), 3, "one part file per partition: {parts:?}");
    let texts: Vec<String> = parts
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("part file"))
        .collect();
    assert!(
        texts.iter().all(|t| !t.is_empty()),
        "every partition holds documents, so that 3 partial graphs are merged"
    );
    let mut lines: Vec<&str> = texts.iter().flat_map(|t| t.lines()).collect();
    let ids: BTreeSet<String> = lines
        .iter()
        .map(|l| {
            let rec: Value = serde_json::from_str(l).expect("a record is one JSON line");
            rec["id"].as_str().expect("record id").to_string()
        })
        .collect();
    assert_eq!(lines.len(), IDS.len(), "one record per document");
    assert_eq!(ids, IDS.iter().map(|s| s.to_string()).collect());
    let extracted = d.run(&["extract", "--jsonl", "docs.jsonl"]);
    assert!(extracted.status.success(), "{}", stderr(&extracted));
    let extracted = stdout(&extracted);
    let mut expected: Vec<&str> = extracted.lines().collect();
    lines.sort_unstable();
    expected.sort_unstable();
    assert!(
        lines == expected,
        "the records differ from `extract --jsonl`'s"
    );
}

#[test]
fn spark_job_refuses_a_repeated_id_as_build_does() {
    let Some(python) = spark_python() else {
        return;
    };
    let d = Dir::new();
    let corpus = format!(
        "{CORPUS}{}\n",
        r#"{"id":"lavrov","text":"Sergey Lavrov met with Wang Yi in Beijing.","date":"2024-04-09"}"#
    );
    d.write("docs.jsonl", &corpus);
    let single = d.run(&["build", "docs.jsonl", "-o", "single.json"]);
    assert!(!single.status.success(), "build accepted a repeated id");
    let (ok, log) = run_job(&d, &python, "docs.jsonl", "spark.json", "records");
    assert!(!ok, "the Spark job accepted a repeated id:\n{log}");
    assert!(
        log.contains("document ids used more than once: 'lavrov' (2 times)"),
        "{log}"
    );
    assert!(!d.path("spark.json").exists(), "no graph is written");
}
