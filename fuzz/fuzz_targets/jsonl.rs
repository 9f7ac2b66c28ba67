//! Arbitrary bytes as a JSON Lines stream, read with and without
//! `skip_bad`. Neither may panic; skipping never fails on an in-memory
//! stream, and it reads at least the documents the strict reading did,
//! in the same order.

#![no_main]

use diplograph::input::read_jsonl;
use diplograph_extract::Document;
use libfuzzer_sys::fuzz_target;

fn read(data: &[u8], skip_bad: bool) -> (Result<usize, String>, Vec<(Document, usize)>) {
    let mut docs = Vec::new();
    let result = read_jsonl(data, "fuzz", skip_bad, |doc, origin| {
        assert_eq!(origin.path, "fuzz");
        let line = origin.line.expect("a JSON Lines document has a line");
        assert!(line >= 1, "lines are 1-based");
        assert!(!doc.id.is_empty(), "a document id is never empty");
        docs.push((doc, line));
        Ok(())
    });
    (result.map_err(|e| e.to_string()), docs)
}

fuzz_target!(|data: &[u8]| {
    let (strict, strict_docs) = read(data, false);
    let (lenient, lenient_docs) = read(data, true);
    let n_bad = match lenient {
        Ok(n) => n,
        Err(e) => panic!("skip_bad reading of bytes in memory failed: {e}"),
    };
    assert!(
        lenient_docs.starts_with(&strict_docs),
        "the strict reading is not a prefix of the lenient one"
    );
    if strict.is_ok() {
        assert_eq!(n_bad, 0, "no bad line strictly, yet some skipped");
        assert_eq!(strict_docs.len(), lenient_docs.len());
    } else {
        assert!(n_bad > 0, "a strict error, yet no line skipped");
    }
});
