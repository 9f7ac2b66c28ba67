//! Helpers shared by the fuzz targets in `fuzz_targets/`.
//!
//! The invariants here are the ones the extraction record promises in
//! `crates/extract/src/record.rs`: every offset is a byte range of the
//! document's text, `text[span.start..span.end]`, so a consumer may slice
//! with it without checking.

use diplograph_extract::{Document, Record, Span};

/// The document a fuzz input stands for.
///
/// The first byte chooses how the date is made, so that one corpus covers
/// undated documents, well-formed dates (which turn on the dated roles of
/// the dictionary) and arbitrary date strings (which must only produce a
/// diagnostic):
///
/// - `b0 % 3 == 0`: no date; the text is the rest.
/// - `b0 % 3 == 1`: a valid date between 2015 and 2025 made from the next
///   two bytes; the text is what follows them.
/// - `b0 % 3 == 2`: the next ten bytes, decoded lossily, are the date; the
///   text is what follows them.
///
/// The seeds start with the ASCII digits `0`, `1` or `2` (48, 49, 50), so
/// they stay readable: `22024-04-26Antony Blinken met Wang Yi.`
pub fn document(data: &[u8]) -> Document {
    let (date, rest) = match data.split_first() {
        None => (None, data),
        Some((b0, rest)) => match b0 % 3 {
            0 => (None, rest),
            1 => {
                let (b1, b2) = (
                    rest.first().copied().unwrap_or(0),
                    rest.get(1).copied().unwrap_or(0),
                );
                let year = 2015 + u32::from(b1) % 11;
                let month = 1 + u32::from(b2) % 12;
                let day = 1 + (u32::from(b2) / 12) % 28;
                (
                    Some(format!("{year:04}-{month:02}-{day:02}")),
                    rest.get(2..).unwrap_or(&[]),
                )
            }
            _ => {
                let cut = rest.len().min(10);
                let (date, text) = rest.split_at(cut);
                (Some(String::from_utf8_lossy(date).into_owned()), text)
            }
        },
    };
    Document {
        id: "fuzz".to_string(),
        text: String::from_utf8_lossy(rest).into_owned(),
        date,
    }
}

/// Panics, naming the broken invariant, unless `span` is a range of `text`
/// on character boundaries.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {}..{} is not inside the text of {} bytes",
        span.start,
        span.end,
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {}..{} does not lie on char boundaries",
        span.start,
        span.end
    );
}

/// Panics unless the record's offsets, evidence and confidences are
/// consistent with the text it was extracted from.
pub fn check_record(text: &str, record: &Record) {
    for (i, rel) in record.relations.iter().enumerate() {
        let what = |part: &str| format!("relation {i} ({}) {part}", rel.relation_type);
        let ev = &rel.spans;
        check_span(text, ev.sentence, &what("sentence"));
        if let Some(s) = ev.trigger {
            check_span(text, s, &what("trigger"));
        }
        if let Some(s) = ev.source {
            check_span(text, s, &what("source"));
        }
        if let Some(s) = ev.target {
            check_span(text, s, &what("target"));
        }
        assert_eq!(
            rel.evidence,
            text[ev.sentence.start..ev.sentence.end],
            "{}: the evidence is not text[sentence]",
            what("evidence")
        );
        assert!(
            (0.0..=1.0).contains(&rel.confidence),
            "{}: confidence {} is not in [0, 1]",
            what("confidence"),
            rel.confidence
        );
    }
    for (i, entity) in record.entities.iter().enumerate() {
        for &s in &entity.spans {
            check_span(text, s, &format!("entity {i} ({})", entity.id));
        }
    }
    // The record's own JSON writer must write what serde_json writes.
    let mut ours = Vec::new();
    record.write_json(&mut ours);
    let theirs = serde_json::to_vec(record).expect("a record serialises");
    assert!(
        ours == theirs,
        "Record::write_json differs from serde_json: {}",
        first_difference(
            &String::from_utf8_lossy(&ours),
            &String::from_utf8_lossy(&theirs)
        )
    );
}

/// Where two strings first differ, with some context on either side, for
/// panic messages that would otherwise print two whole graph files.
pub fn first_difference(left: &str, right: &str) -> String {
    let at = left
        .bytes()
        .zip(right.bytes())
        .position(|(l, r)| l != r)
        .unwrap_or(left.len().min(right.len()));
    let window = |s: &str| {
        let mut from = at.saturating_sub(200);
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 200).min(s.len());
        while !s.is_char_boundary(to) {
            to += 1;
        }
        s[from..to].to_string()
    };
    format!(
        "lengths {} and {}, first difference at byte {at}\n  left: …{}…\n right: …{}…",
        left.len(),
        right.len(),
        window(left),
        window(right)
    )
}
