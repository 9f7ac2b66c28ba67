//! Arbitrary bytes as an actor dictionary source. Adding and finishing must
//! return `Ok` or `Err`, never panic; a dictionary that finishes must make
//! an extractor that reads a fixed sentence with a valid record.

#![no_main]

use diplograph_extract::{Dictionary, Document, Extractor};
use libfuzzer_sys::fuzz_target;

// Names the seeds (lines of data/*.tsv) define, so that a grown dictionary
// has something to match.
const SENTENCE: &str = "Secretary of State Antony Blinken met with Chinese Foreign Minister \
    Wang Yi in Beijing on Friday. He said the two sides would cooperate.";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut dict = Dictionary::new();
    let added = dict.add_source("fuzz", &text);
    // `finish` has no precondition, so it must also cope with the rows that
    // were added before a bad line.
    let finished = dict.finish();
    if added.is_err() || finished.is_err() {
        return;
    }
    let extractor = Extractor::new(dict);
    let doc = Document {
        id: "fuzz".to_string(),
        text: SENTENCE.to_string(),
        date: Some("2024-04-26".to_string()),
    };
    let record = extractor.extract(&doc);
    diplograph_fuzz::check_record(&doc.text, &record);
});
