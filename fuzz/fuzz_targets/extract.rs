//! Arbitrary bytes as a document (see `diplograph_fuzz::document` for how
//! the first bytes pick the date) through the bundled extractor; the record
//! must keep its offset, evidence and confidence invariants, and the JSON
//! written straight from the analysis must be the record's.

#![no_main]

use diplograph_extract::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

// Compiling the bundled dictionary takes far longer than one extraction, so
// it is done once per process.
static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let extractor =
        EXTRACTOR.get_or_init(|| Extractor::bundled().expect("the bundled dictionary loads"));
    let doc = diplograph_fuzz::document(data);
    let record = extractor.extract(&doc);
    diplograph_fuzz::check_record(&doc.text, &record);
    // The record written straight from the analysis is the record's JSON.
    let mut direct = Vec::new();
    extractor.extract_json(&doc, &mut direct);
    let expected = serde_json::to_vec(&record).expect("a record serialises");
    assert!(
        direct == expected,
        "Extractor::extract_json differs from the record's JSON: {}",
        diplograph_fuzz::first_difference(
            &String::from_utf8_lossy(&direct),
            &String::from_utf8_lossy(&expected)
        )
    );
});
