//! Corpus input in every form: folders, globs, gzip, stdin, several files;
//! deterministic order whatever the parallelism; bad inputs.

use crate::util::{stderr, stdout, Dir};
use std::io::Write;

fn ids(out: &str) -> Vec<String> {
    out.lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json line")["id"]
                .as_str()
                .expect("id")
                .to_string()
        })
        .collect()
}

fn gzip(d: &Dir, name: &str, contents: &str) {
    let f = std::fs::File::create(d.path(name)).expect("create");
    let mut gz = flate2::write::GzEncoder::new(f, flate2::Compression::default());
    gz.write_all(contents.as_bytes()).expect("gzip");
    gz.finish().expect("finish");
}

#[test]
fn folders_recurse_in_order_with_globs_and_gzip() {
    let d = Dir::new();
    std::fs::create_dir_all(d.path("news/2024")).expect("mkdir");
    d.write("news/b.txt", "Antony Blinken met with Wang Yi.");
    d.write("news/2024/a.txt", "Wang Yi met Sergey Lavrov.");
    d.write("news/notes.md", "Not an article.");
    gzip(&d, "news/c.txt.gz", "Iran supplied drones to Russia.");
    let out = d.run(&["extract", "news", "--date", "2024-04-26", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        ids(&stdout(&out)),
        vec!["a", "b", "c"],
        "sorted paths: 2024/a.txt, b.txt, c.txt.gz"
    );
    let out = d.run(&["extract", "news", "--glob", "*.md", "-q"]);
    assert_eq!(ids(&stdout(&out)), vec!["notes"]);
}

#[test]
fn jsonl_from_files_gzip_and_stdin_keep_order_for_any_jobs() {
    let d = Dir::new();
    let lines: String = (0..300).map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Antony Blinken met with Wang Yi on day {i}.\",\"date\":\"2024-04-26\"}}\n")).collect();
    d.write("docs.jsonl", &lines);
    gzip(
        &d,
        "more.jsonl.gz",
        "{\"id\":\"z\",\"text\":\"China supplied drones to Russia.\"}\n",
    );
    let one = d.run(&[
        "extract",
        "docs.jsonl",
        "more.jsonl.gz",
        "--jobs",
        "1",
        "-q",
    ]);
    let two = d.run(&[
        "extract",
        "docs.jsonl",
        "more.jsonl.gz",
        "--jobs",
        "2",
        "-q",
    ]);
    assert!(one.status.success() && two.status.success());
    assert_eq!(
        stdout(&one),
        stdout(&two),
        "output does not depend on --jobs"
    );
    let got = ids(&stdout(&one));
    assert_eq!(got.len(), 301);
    assert_eq!(got[0], "d0");
    assert_eq!(got[299], "d299");
    assert_eq!(got[300], "z");
    let piped = d.run_stdin(&["extract", "--jsonl", "-", "-q"], Some(&lines));
    assert_eq!(ids(&stdout(&piped)).len(), 300);
}

#[test]
fn a_bad_line_deep_in_a_corpus_stops_the_run_with_whole_records_before_it() {
    // Several batches go by before the bad line, so reading, extracting and
    // writing are all under way when it is met.
    let d = Dir::new();
    let mut lines: String = (0..2000)
        .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"Wang Yi met Sergey Lavrov in Moscow on day {i}.\"}}\n"))
        .collect();
    lines.push_str("{\"id\": \"broken\", \"text\": \n");
    lines.push_str("{\"id\":\"after\",\"text\":\"Iran supplied drones to Russia.\"}\n");
    d.write("docs.jsonl", &lines);
    for jobs in ["1", "2"] {
        let out = d.run(&["extract", "docs.jsonl", "--jobs", jobs, "-q"]);
        assert_eq!(out.status.code(), Some(1), "jobs {jobs}");
        assert!(
            stderr(&out).contains("docs.jsonl:2001"),
            "the error names the file and line: {}",
            stderr(&out)
        );
        // What was written is whole records, in input order, none after the error.
        let got = ids(&stdout(&out));
        assert!(got.len() < 2000, "jobs {jobs}: {} records", got.len());
        for (i, id) in got.iter().enumerate() {
            assert_eq!(id, &format!("d{i}"), "jobs {jobs}");
        }
        let out = d.run(&["build", "docs.jsonl", "-o", "g.json", "--jobs", jobs, "-q"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("docs.jsonl:2001"), "{}", stderr(&out));
        assert!(!d.path("g.json").exists(), "no graph from a failed build");
    }
    let out = d.run(&["extract", "docs.jsonl", "--skip-bad", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&stdout(&out)).len(), 2001);
}

#[test]
fn summary_line_unless_quiet() {
    let d = Dir::new();
    d.write(
        "docs.jsonl",
        "{\"id\":\"a\",\"text\":\"Antony Blinken met with Wang Yi.\"}\n",
    );
    let out = d.run(&["extract", "docs.jsonl"]);
    let err = stderr(&out);
    assert!(
        err.contains("1 documents") && err.contains("MB/s") && err.contains("relations"),
        "{err}"
    );
    assert!(
        !err.contains('\r'),
        "no progress bar when stderr is not a terminal"
    );
    assert!(stderr(&d.run(&["extract", "docs.jsonl", "-q"])).is_empty());
}

#[test]
fn bad_inputs_are_named_and_skippable() {
    let d = Dir::new();
    std::fs::write(d.path("bin.txt"), b"\x00\x01\x02 binary").expect("write");
    std::fs::write(d.path("latin.txt"), b"Caf\xe9 diplomacy.").expect("write");
    d.write("ok.txt", "Antony Blinken met with Wang Yi.");
    let out = d.run(&["extract", "bin.txt", "ok.txt", "-q"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("bin.txt") && stderr(&out).contains("binary"),
        "{}",
        stderr(&out)
    );
    let out = d.run(&["extract", "bin.txt", "ok.txt", "--skip-bad"]);
    assert!(out.status.success());
    assert_eq!(ids(&stdout(&out)), vec!["ok"]);
    assert!(
        stderr(&out).contains("skipped 1 unreadable inputs"),
        "{}",
        stderr(&out)
    );

    let out = d.run(&["extract", "latin.txt", "ok.txt", "-q"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("latin.txt") && stderr(&out).contains("UTF-8"),
        "a warning names the file"
    );
    let out = d.run(&["extract", "latin.txt", "ok.txt", "--strict", "-q"]);
    assert_eq!(out.status.code(), Some(1));

    d.write(
        "dates.jsonl",
        "{\"id\":\"a\",\"text\":\"x\",\"date\":\"26/04/2024\"}\n",
    );
    let out = d.run(&["extract", "dates.jsonl", "-q"]);
    assert!(out.status.success(), "a bad date loses nothing");
    assert!(
        stderr(&out).contains("dates.jsonl:1: the date \"26/04/2024\""),
        "{}",
        stderr(&out)
    );
    let rec: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("record");
    assert!(rec["diagnostics"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("26/04/2024")));
    let out = d.run(&["extract", "dates.jsonl", "--strict", "-q"]);
    assert_eq!(out.status.code(), Some(1));

    std::fs::create_dir_all(d.path("folder.jsonl")).expect("mkdir");
    let out = d.run(&["build", "ok.txt", "-o", "folder.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    let out = d.run(&["extract", "ok.txt", "--actors", "folder.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("folder.jsonl"));

    d.write("empty.txt", "");
    let out = d.run(&["extract", "empty.txt"]);
    assert!(out.status.success(), "an empty file is an empty document");
}
