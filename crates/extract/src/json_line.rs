//! A record written as one line of compact JSON, fast.
//!
//! A record is several times the size of its text (names, ids, the evidence
//! sentence of every relation), so at corpus scale writing it costs as much
//! as a stage of extraction. serde_json's generic writer spends most of that
//! on per-call overhead: one `write_all` for every key, comma and quote, and
//! escaping that looks at one byte at a time. [`Record::write_json`] writes
//! the same bytes — field order, `null`s, skipped fields, escapes and number
//! formats exactly as `serde_json::to_writer` writes the derived `Serialize`
//! — with constant pieces copied whole and strings scanned eight bytes at a
//! time. A property test holds the two byte-identical.
//!
//! The writer works on a [`RecordView`], so that
//! [`Extractor::extract_json`](crate::Extractor::extract_json) writes a
//! record straight from the analysis without copying its strings into a
//! [`Record`] first. The relations of one sentence share its evidence,
//! which is escaped once and copied from the output after that.

use crate::record::{Diagnostic, EntityType, Evidence, Modality, Record, RelationType, Span};
use crate::record_view::{Day, EntityView, EventId, RecordView, RelationView};
use chrono::NaiveDate;
use std::ops::Range;

impl Record {
    /// Appends the record as compact JSON (no newline): byte for byte what
    /// `serde_json::to_writer(out, self)` writes.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        RecordView::of(self).write_json(out);
    }
}

impl RecordView<'_> {
    /// Appends the record as compact JSON (no newline): byte for byte what
    /// `serde_json::to_writer` writes for the [`Record`] it views.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        // Room for the whole record at once: a vector grown as it is
        // written copies what it holds at every step.
        out.reserve(self.json_len_estimate());
        let id = field_at(out, b"{\"id\":", self.id);
        out.extend_from_slice(b",\"date\":");
        match self.date {
            Some(d) => string(out, d),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"entities\":");
        // A relation's ends are entities written before it: their names
        // and ids are copied from there, escaped already.
        let mut written = Written {
            id,
            entities: SPARE_WRITTEN.take(),
        };
        written.entities.reserve(self.entities.len());
        list(out, &self.entities, |out, e| {
            let at = entity(out, e, &self.mentions);
            written.entities.push(at);
        });
        out.extend_from_slice(b",\"relations\":");
        // Relations come in text order, and those read from one sentence
        // share its evidence: it is escaped once and copied after that.
        // Most are dated by the document: the date's digits are worked out
        // once for all of them.
        let mut last = Last::default();
        list(out, &self.relations, |out, r| {
            relation(out, r, &written, &mut last);
        });
        if !self.diagnostics.is_empty() {
            out.extend_from_slice(b",\"diagnostics\":");
            list(out, self.diagnostics, diagnostic);
        }
        out.push(b'}');
        // Left for the next record on this thread, unless a rare huge
        // one made it large.
        if written.entities.capacity() <= KEEP_WRITTEN {
            written.entities.clear();
            SPARE_WRITTEN.set(written.entities);
        }
    }
}

thread_local! {
    /// The vector of where entities were written that the last record on
    /// this thread left, emptied: memory still in the cache, where one
    /// allocated for every record would be handed memory out of it.
    static SPARE_WRITTEN: std::cell::Cell<Vec<EntityAt>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The most entities a record may have for its vector of where they were
/// written to be kept for the next.
const KEEP_WRITTEN: usize = 1 << 14;

/// The bytes of a relation's JSON besides its strings, at their longest:
/// keys, type, modality, date, confidence, four spans and the sentence
/// number of its event.
const RELATION_JSON_FIXED: usize = 460;

/// The bytes of an entity's JSON besides its strings and spans, at their
/// longest: keys, type, `known`.
const ENTITY_JSON_FIXED: usize = 100;

/// The bytes of a span in a list, with offsets of up to nine digits.
const SPAN_JSON: usize = 40;

impl RecordView<'_> {
    /// How long the record's JSON is at most, but for escapes: its strings
    /// as they are and every other piece at its longest. A repeated
    /// evidence, copied once written, is counted every time.
    fn json_len_estimate(&self) -> usize {
        let entities: usize = self
            .entities
            .iter()
            .map(|e| {
                ENTITY_JSON_FIXED
                    + e.id.len()
                    + e.name.len()
                    + e.country.map_or(0, str::len)
                    + SPAN_JSON * e.spans.len()
            })
            .sum();
        let mentions: usize = self.mentions.iter().map(|m| m.len() + 3).sum();
        let relations: usize = self
            .relations
            .iter()
            .map(|r| {
                RELATION_JSON_FIXED
                    + r.source.len()
                    + r.target.len()
                    + r.source_id.len()
                    + r.target_id.len()
                    + r.object.as_deref().map_or(0, str::len)
                    + r.evidence.len()
                    + match r.date {
                        Some(Day::Text(s)) => s.len(),
                        _ => 0,
                    }
                    + match r.event {
                        EventId::Text(s) | EventId::Sentence(s, _) => s.len(),
                    }
            })
            .sum();
        let diagnostics: usize = self.diagnostics.iter().map(|d| d.message.len() + 20).sum();
        100 + self.id.len()
            + self.date.map_or(0, str::len)
            + entities
            + mentions
            + relations
            + diagnostics
    }
}

/// A JSON array of `items`, each written by `write`.
fn list<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

/// A constant piece of JSON padded with zeros to `N` bytes, and its
/// length: it is copied at a size known when compiling (a few moves), where
/// a copy at its own length, one of several, is a call.
struct Piece<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Piece<N> {
    const fn new(text: &str) -> Piece<N> {
        let mut bytes = [0u8; N];
        let mut i = 0;
        while i < text.len() {
            bytes[i] = text.as_bytes()[i];
            i += 1;
        }
        Piece {
            bytes,
            len: text.len(),
        }
    }

    /// Appends the piece: all `N` bytes, then cut to its length.
    #[inline(always)]
    fn put(&self, out: &mut Vec<u8>) {
        let at = out.len();
        out.extend_from_slice(&self.bytes);
        out.truncate(at + self.len);
    }
}

/// An entity's type and the key of its mentions, up to the list's bracket.
fn entity_type(t: EntityType) -> &'static Piece<40> {
    match t {
        EntityType::Person => &const { Piece::new(",\"type\":\"person\",\"mentions\":[") },
        EntityType::Country => &const { Piece::new(",\"type\":\"country\",\"mentions\":[") },
        EntityType::Office => &const { Piece::new(",\"type\":\"office\",\"mentions\":[") },
        EntityType::Organization => {
            &const { Piece::new(",\"type\":\"organization\",\"mentions\":[") }
        }
        EntityType::Place => &const { Piece::new(",\"type\":\"place\",\"mentions\":[") },
        EntityType::Topic => &const { Piece::new(",\"type\":\"topic\",\"mentions\":[") },
    }
}

/// A relation's start: its type and the key of its source.
fn relation_head(t: RelationType) -> &'static Piece<40> {
    match t {
        RelationType::MetWith => &const { Piece::new("{\"type\":\"met-with\",\"source\":") },
        RelationType::Visited => &const { Piece::new("{\"type\":\"visited\",\"source\":") },
        RelationType::Supplies => &const { Piece::new("{\"type\":\"supplies\",\"source\":") },
        RelationType::ConcernedAbout => {
            &const { Piece::new("{\"type\":\"concerned-about\",\"source\":") }
        }
        RelationType::CooperatesWith => {
            &const { Piece::new("{\"type\":\"cooperates-with\",\"source\":") }
        }
        RelationType::Criticizes => &const { Piece::new("{\"type\":\"criticizes\",\"source\":") },
        RelationType::HoldsOffice => {
            &const { Piece::new("{\"type\":\"holds-office\",\"source\":") }
        }
    }
}

/// A relation's polarity and modality.
fn negated_and_modality(negated: bool, modality: Modality) -> &'static Piece<40> {
    match (negated, modality) {
        (false, Modality::Asserted) => {
            &const { Piece::new(",\"negated\":false,\"modality\":\"asserted\"") }
        }
        (false, Modality::Hedged) => {
            &const { Piece::new(",\"negated\":false,\"modality\":\"hedged\"") }
        }
        (false, Modality::Reported) => {
            &const { Piece::new(",\"negated\":false,\"modality\":\"reported\"") }
        }
        (true, Modality::Asserted) => {
            &const { Piece::new(",\"negated\":true,\"modality\":\"asserted\"") }
        }
        (true, Modality::Hedged) => {
            &const { Piece::new(",\"negated\":true,\"modality\":\"hedged\"") }
        }
        (true, Modality::Reported) => {
            &const { Piece::new(",\"negated\":true,\"modality\":\"reported\"") }
        }
    }
}

/// Where strings of a record being written are in its JSON, quotes and all.
struct Written {
    /// The record's id.
    id: Range<usize>,
    /// The entities' ids and names, in the order of the record's entities.
    entities: Vec<EntityAt>,
}

/// What the relation written before left for the next to reuse.
#[derive(Default)]
struct Last<'a> {
    /// Its evidence and where its JSON string is.
    evidence: Option<(&'a str, Range<usize>)>,
    /// Its date and the digits [`Day::plain`] gives for it.
    date: Option<(NaiveDate, Option<[u8; 10]>)>,
}

impl Last<'_> {
    /// [`Day::plain`], worked out again only for a date other than the last.
    fn plain(&mut self, day: Day<'_>) -> Option<[u8; 10]> {
        let Day::Date(date) = day else {
            return None;
        };
        match self.date {
            Some((last, digits)) if last == date => digits,
            _ => {
                let digits = day.plain();
                self.date = Some((date, digits));
                digits
            }
        }
    }
}

/// Where an entity's id and name are in the JSON.
struct EntityAt {
    id: Range<usize>,
    name: Range<usize>,
}

/// An entity; `mentions` are the record's, its own a range of them.
/// Returns where its id and name are.
fn entity(out: &mut Vec<u8>, e: &EntityView<'_>, mentions: &[&str]) -> EntityAt {
    let id = field_at(out, b"{\"id\":", e.id);
    let name = field_at(out, b",\"name\":", e.name);
    entity_type(e.entity_type).put(out);
    if let Some((first, rest)) = mentions[e.mentions.clone()].split_first() {
        string(out, first);
        for m in rest {
            field(out, b",", m);
        }
    }
    match e.spans.split_first() {
        Some((first, rest)) => {
            span(out, b"],\"spans\":[", *first);
            for s in rest {
                span(out, b",", *s);
            }
            out.push(b']');
        }
        None => out.extend_from_slice(b"],\"spans\":[]"),
    }
    if let Some(c) = e.country {
        field(out, b",\"country\":", c);
    }
    const KNOWN: Piece<16> = Piece::new(",\"known\":true}");
    const UNKNOWN: Piece<16> = Piece::new(",\"known\":false}");
    if e.known { &KNOWN } else { &UNKNOWN }.put(out);
    EntityAt { id, name }
}

/// A relation; `written` says where the record's id and entities are in
/// `out`, `last` what the relation before it left.
fn relation<'a>(out: &mut Vec<u8>, r: &RelationView<'a>, written: &Written, last: &mut Last<'a>) {
    let source = r
        .source_entity
        .and_then(|i| written.entities.get(i as usize));
    let target = r
        .target_entity
        .and_then(|i| written.entities.get(i as usize));
    relation_head(r.relation_type).put(out);
    copied_field(out, b"", source.map(|e| &e.name), r.source);
    copied_field(out, b",\"target\":", target.map(|e| &e.name), r.target);
    copied_field(out, b",\"source_id\":", source.map(|e| &e.id), r.source_id);
    copied_field(out, b",\"target_id\":", target.map(|e| &e.id), r.target_id);
    negated_and_modality(r.negated, r.modality).put(out);
    if let Some(o) = &r.object {
        field(out, b",\"object\":", o);
    }
    if let Some(d) = r.date {
        match (last.plain(d), d) {
            // A date of digits and dashes, in one copy of fixed size.
            (Some(digits), _) => {
                let buf = room::<20>(out);
                buf[..9].copy_from_slice(b",\"date\":\"");
                buf[9..19].copy_from_slice(&digits);
                buf[19] = b'"';
            }
            (None, Day::Text(s)) => field(out, b",\"date\":", s),
            // A year chrono writes with a sign or more digits.
            (None, day) => {
                out.extend_from_slice(b",\"date\":\"");
                day.write(out);
                out.push(b'"');
            }
        }
    }
    out.extend_from_slice(b",\"confidence\":");
    float(out, r.confidence);
    out.extend_from_slice(b",\"evidence\":");
    match &last.evidence {
        // The relations of a sentence borrow one slice of the text: the
        // same slice is told by its address and length without comparing
        // its bytes (those of a record, with a copy each, are compared).
        Some((text, at)) if std::ptr::eq(*text, r.evidence) || *text == r.evidence => {
            out.extend_from_within(at.clone())
        }
        _ => {
            let start = out.len();
            string(out, r.evidence);
            last.evidence = Some((r.evidence, start..out.len()));
        }
    }
    evidence(out, &r.spans);
    match r.event {
        EventId::Text(s) => {
            field(out, b",\"event\":", s);
            out.push(b'}');
        }
        // The document's id, `#` and the sentence's number (which need no
        // escape), and the relation's closing brace.
        EventId::Sentence(doc, n) => {
            copied_field(out, b",\"event\":", Some(&written.id), doc);
            out.pop();
            let at = out.len();
            let buf = room::<24>(out);
            buf[0] = b'#';
            let len = put_unsigned(buf, 1, n);
            buf[len..len + 2].copy_from_slice(b"\"}");
            out.truncate(at + len + 2);
        }
    }
}

/// The longest key written together with its value, in one copy.
const KEY_MAX: usize = 16;

/// The longest string written through a buffer of fixed size: most names,
/// ids and mentions are no longer.
const SHORT_MAX: usize = 32;

/// `N` bytes added to the end of `out`, to be written in place and then
/// cut to length. A piece of JSON put together in a buffer of its own and
/// copied out after would be read back whole just after it was written in
/// smaller pieces, which the processor cannot forward from its store
/// buffer: it waits for the stores to land first.
#[inline(always)]
fn room<const N: usize>(out: &mut Vec<u8>) -> &mut [u8; N] {
    out.extend_from_slice(&[0u8; N]);
    match out.last_chunk_mut::<N>() {
        Some(room) => room,
        None => unreachable!("{N} bytes were just added"),
    }
}

/// A key (with its comma and colon) and a string value. A short key and a
/// short value that needs no escape are put together, quotes and all, in
/// room of fixed size at the end of `out` that is then cut to length: a
/// copy of known size costs a few moves, where one of a length known only
/// at run time is a call.
#[inline(always)]
fn field(out: &mut Vec<u8>, key: &[u8], value: &str) {
    let bytes = value.as_bytes();
    if key.len() <= KEY_MAX && bytes.len() <= SHORT_MAX {
        let at = out.len();
        let buf = room::<{ KEY_MAX + SHORT_MAX + 2 }>(out);
        buf[..key.len()].copy_from_slice(key);
        buf[key.len()] = b'"';
        if put_short(buf, key.len() + 1, bytes) == 0 {
            let end = key.len() + bytes.len() + 2;
            buf[end - 1] = b'"';
            out.truncate(at + end);
            return;
        }
        out.truncate(at);
    }
    out.extend_from_slice(key);
    long_string(out, value);
}

/// [`field`], and where the value's JSON string is in `out`.
#[inline(always)]
fn field_at(out: &mut Vec<u8>, key: &[u8], value: &str) -> Range<usize> {
    let start = out.len() + key.len();
    field(out, key, value);
    start..out.len()
}

/// The longest JSON string copied from earlier in the output at a fixed size.
const COPIED_MAX: usize = 48;

/// A key and a string value whose JSON is in `out` already, at `from`
/// if that is known: a short one is copied from there at a fixed size (a
/// few moves, straight from one place of `out` to the other) and cut to
/// length, without looking for escapes again.
#[inline(always)]
fn copied_field(out: &mut Vec<u8>, key: &[u8], from: Option<&Range<usize>>, value: &str) {
    if let Some(from) =
        from.filter(|from| from.len() <= COPIED_MAX && from.start + COPIED_MAX <= out.len())
    {
        out.extend_from_slice(key);
        let at = out.len();
        out.extend_from_within(from.start..from.start + COPIED_MAX);
        out.truncate(at + from.len());
        return;
    }
    field(out, key, value);
}

/// Copies `bytes`, at most [`SHORT_MAX`] of them, into `buf` at `at` in
/// pieces of fixed size that may overlap. Returns their [`escape_bits`]:
/// zero if none of them needs an escape.
fn put_short(buf: &mut [u8; KEY_MAX + SHORT_MAX + 2], at: usize, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    match len {
        0 => 0,
        // The first, middle and last byte: all of a string of three.
        1..=3 => {
            let (first, middle, last) = (bytes[0], bytes[len / 2], bytes[len - 1]);
            buf[at] = first;
            buf[at + len / 2] = middle;
            buf[at + len - 1] = last;
            escape_bits(u64::from_le_bytes([
                first, middle, last, b' ', b' ', b' ', b' ', b' ',
            ]))
        }
        // Two words of four bytes, the first and the last.
        4..=7 => {
            let mut word = 0;
            for p in [0, len - 4] {
                let mut four = [0u8; 4];
                four.copy_from_slice(&bytes[p..p + 4]);
                buf[at + p..at + p + 4].copy_from_slice(&four);
                word = word << 32 | u64::from(u32::from_le_bytes(four));
            }
            escape_bits(word)
        }
        // Four words of eight bytes that cover all of them.
        _ => {
            let mut bits = 0;
            for p in [0, 8.min(len - 8), len.saturating_sub(16), len - 8] {
                let word = load(&bytes[p..p + 8]);
                buf[at + p..at + p + 8].copy_from_slice(&word.to_le_bytes());
                bits |= escape_bits(word);
            }
            bits
        }
    }
}

fn evidence(out: &mut Vec<u8>, e: &Evidence) {
    span(out, b",\"spans\":{\"sentence\":", e.sentence);
    if let Some(s) = e.trigger {
        span(out, b",\"trigger\":", s);
    }
    if let Some(s) = e.source {
        span(out, b",\"source\":", s);
    }
    if let Some(s) = e.target {
        span(out, b",\"target\":", s);
    }
    out.push(b'}');
}

fn diagnostic(out: &mut Vec<u8>, d: &Diagnostic) {
    field(out, b"{\"message\":", &d.message);
    out.push(b'}');
}

/// The longest span: its keys and braces, and two numbers of at most 20 digits.
const SPAN_MAX: usize = 64;

/// The longest key written together with a span.
const SPAN_KEY_MAX: usize = 32;

/// The largest offset written by [`span`]'s short way.
const SHORT_OFFSET_MAX: usize = 9_999;

/// A span after its key (or comma), `KEY{"start":S,"end":E}`, put
/// together in room of fixed size at the end of `out` that is then cut to
/// length: a copy of known size costs a few moves where one of each
/// number's length is a call. Offsets of up to four digits, all of them in
/// most documents, are written without a loop: both numbers are turned into
/// digits at once.
#[inline(always)]
fn span(out: &mut Vec<u8>, key: &[u8], s: Span) {
    if key.len() > SPAN_KEY_MAX || s.start > SHORT_OFFSET_MAX || s.end > SHORT_OFFSET_MAX {
        long_span(out, key, s);
        return;
    }
    let digits = four_digits_each(s.start as u32, s.end as u32);
    // The key, nine bytes of `{"start":`, four digits, seven of `,"end":`,
    // four digits and a brace.
    let at = out.len();
    let buf = room::<{ SPAN_KEY_MAX + 32 }>(out);
    let mut len = put(buf, 0, key);
    len = put(buf, len, b"{\"start\":");
    len = put_four_digits(buf, len, digits as u32);
    len = put(buf, len, b",\"end\":");
    len = put_four_digits(buf, len, (digits >> 32) as u32);
    len = put(buf, len, b"}");
    out.truncate(at + len);
}

/// A span after its key, as [`span`] writes it, with offsets of any size.
#[inline(never)]
fn long_span(out: &mut Vec<u8>, key: &[u8], s: Span) {
    out.extend_from_slice(key);
    let mut buf = [0u8; SPAN_MAX];
    let mut len = put(&mut buf, 0, b"{\"start\":");
    len = put_unsigned(&mut buf, len, s.start);
    len = put(&mut buf, len, b",\"end\":");
    len = put_unsigned(&mut buf, len, s.end);
    len = put(&mut buf, len, b"}");
    out.extend_from_slice(&buf[..len]);
}

/// The four decimal digits of each of `a` and `b`, both below 10 000, as
/// bytes of 0 to 9 in writing order, leading zeros and all: `a`'s in the
/// low half. The two numbers are split in the two halves of one word, each
/// into hundreds and the rest and then each of those into tens and ones,
/// dividing by multiplying: `x * 5243 >> 19` is `x / 100` below 43 699 and
/// `x * 103 >> 10` is `x / 10` below 100; the masks keep each part from
/// the bits of its neighbour.
fn four_digits_each(a: u32, b: u32) -> u64 {
    let both = u64::from(a) | u64::from(b) << 32;
    let hundreds = ((both * 5243) >> 19) & 0x0000_007f_0000_007f;
    let pairs = hundreds | (both - 100 * hundreds) << 16;
    let tens = ((pairs * 103) >> 10) & 0x000f_000f_000f_000f;
    tens | (pairs - 10 * tens) << 8
}

/// Puts a number given as four digits of 0 to 9 in writing order (see
/// [`four_digits_each`]) into `buf` at `at` without its leading zeros (but
/// the last digit); returns where it ends. Four bytes are written whatever
/// its length: those past its end are written over by what comes next.
fn put_four_digits(buf: &mut [u8], at: usize, digits: u32) -> usize {
    // The leading zeros are the low bytes that are zero; the last digit is
    // kept even if it is zero.
    let zeros = (digits | 1 << 24).trailing_zeros() as usize / 8;
    let ascii = (digits | 0x3030_3030) >> (8 * zeros);
    buf[at..at + 4].copy_from_slice(&ascii.to_le_bytes());
    at + 4 - zeros
}

/// Puts `bytes` into `buf` at `at`; returns where they end.
fn put(buf: &mut [u8], at: usize, bytes: &[u8]) -> usize {
    buf[at..at + bytes.len()].copy_from_slice(bytes);
    at + bytes.len()
}

/// The two digits of every number below a hundred, in order.
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// How many decimal digits `n` has. Offsets in a text are mostly of three
/// to six digits, told by a few comparisons.
fn decimal_len(n: usize) -> usize {
    match n {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        1_000..=9_999 => 4,
        10_000..=99_999 => 5,
        100_000..=999_999 => 6,
        _ => n.ilog10() as usize + 1,
    }
}

/// Puts the decimal digits of `n` into `buf` at `at`, two at a time from
/// the last; returns where they end.
fn put_unsigned(buf: &mut [u8], at: usize, n: usize) -> usize {
    let end = at + decimal_len(n);
    let mut rest = n;
    let mut to = end;
    while rest >= 100 {
        let pair = 2 * (rest % 100);
        rest /= 100;
        to -= 2;
        buf[to..to + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if rest >= 10 {
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[2 * rest..2 * rest + 2]);
    } else {
        buf[at] = b'0' + rest as u8;
    }
    end
}

/// Floats are one per relation and their shortest round-trip form is
/// subtle: serde_json writes them, so the two writers cannot differ, but
/// for the usual confidence, a number of thousandths from 0 to 1, whose
/// shortest form is its digits (a test holds it to serde_json's).
fn float(out: &mut Vec<u8>, x: f64) {
    // Rounded by adding a half and cutting off (`as` saturates, and makes
    // NaN zero), not by a call to `round`: the two differ only for numbers
    // that are not whole thousandths, which the test below sends to
    // serde_json either way.
    let n = (x * 1000.0 + 0.5) as u32;
    if x.is_sign_positive() && n <= 1000 && (f64::from(n) / 1000.0).to_bits() == x.to_bits() {
        // The number is exactly as many thousandths as `n`: no other
        // number of three decimals or fewer is as near.
        if n == 1000 {
            out.extend_from_slice(b"1.0");
            return;
        }
        let len = match n {
            _ if n % 100 == 0 => 1,
            _ if n % 10 == 0 => 2,
            _ => 3,
        };
        // In room of fixed size, cut to length: no copy of a length known
        // only at run time.
        let at = out.len();
        *room::<5>(out) = [
            b'0',
            b'.',
            b'0' + (n / 100) as u8,
            b'0' + (n / 10 % 10) as u8,
            b'0' + (n % 10) as u8,
        ];
        out.truncate(at + 2 + len);
        return;
    }
    if serde_json::to_writer(&mut *out, &x).is_err() {
        // Writing to a Vec cannot fail; a non-finite number is `null` either way.
        out.extend_from_slice(b"null");
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of some byte is set if any of the eight bytes is a control
/// character, `"` or `\`; it is clear if none is.
fn escape_bits(word: u64) -> u64 {
    // Below 0x20: subtracting 0x20 borrows into the high bit of that byte
    // (bytes of 0x80 and up have it set already and are masked out). A byte
    // equal to `"` or `\` is zero after the XOR, and borrows likewise.
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    ((word.wrapping_sub(ONES * 0x20) & !word)
        | (quote.wrapping_sub(ONES) & !quote)
        | (backslash.wrapping_sub(ONES) & !backslash))
        & HIGHS
}

/// Whether any of the eight bytes is a control character, `"` or `\`.
fn needs_escape(word: u64) -> bool {
    escape_bits(word) != 0
}

/// Eight bytes as a word.
fn load(chunk: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(chunk);
    u64::from_le_bytes(word)
}

/// Whether no byte of `bytes` needs an escape, looked at eight at a time.
fn is_plain(bytes: &[u8]) -> bool {
    let Some(last) = bytes.len().checked_sub(8) else {
        return is_short_plain(bytes);
    };
    let mut bits = 0;
    for chunk in bytes.chunks_exact(8) {
        bits |= escape_bits(load(chunk));
    }
    // The last bytes, in a word that overlaps the one before.
    bits |= escape_bits(load(&bytes[last..]));
    bits == 0
}

/// Whether no byte of `bytes`, fewer than eight, needs an escape: read as
/// two words of four bytes that overlap, or byte by byte when fewer than
/// four, so that no copy of a length known only at run time is made.
fn is_short_plain(bytes: &[u8]) -> bool {
    let four = |c: Option<&[u8; 4]>| c.map_or(0, |c| u64::from(u32::from_le_bytes(*c)));
    let word = match bytes.len() {
        0 => return true,
        // The first, middle and last byte: all of a string of three.
        len @ 1..=3 => u64::from_le_bytes([
            bytes[0],
            bytes[len / 2],
            bytes[len - 1],
            b' ',
            b' ',
            b' ',
            b' ',
            b' ',
        ]),
        _ => four(bytes.first_chunk()) | four(bytes.last_chunk()) << 32,
    };
    !needs_escape(word)
}

/// A JSON string, escaped as serde_json escapes it.
#[inline(always)]
fn string(out: &mut Vec<u8>, s: &str) {
    field(out, b"", s);
}

/// A JSON string, escaped as serde_json escapes it, that is long or needs
/// an escape. Most strings need no escape and are copied whole.
#[inline(never)]
fn long_string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if is_plain(bytes) {
        out.extend_from_slice(bytes);
    } else {
        escaped(out, bytes);
    }
    out.push(b'"');
}

/// The inside of a JSON string that needs an escape: runs that need none
/// are copied whole, found eight bytes at a time.
fn escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            if !needs_escape(load(chunk)) {
                at += 8;
                continue;
            }
        }
        // One byte at a time until the next chunk boundary.
        let stop = (at + 8).min(bytes.len());
        while at < stop {
            let b = bytes[at];
            if b < 0x20 || b == b'"' || b == b'\\' {
                out.extend_from_slice(&bytes[copied..at]);
                escape(out, b);
                copied = at + 1;
            }
            at += 1;
        }
    }
    out.extend_from_slice(&bytes[copied..]);
}

fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xf)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Entity, Relation};
    use proptest::prelude::*;

    fn same_as_serde(record: &Record) {
        let mut ours = Vec::new();
        record.write_json(&mut ours);
        let theirs = serde_json::to_vec(record).expect("serializable");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    fn text() -> impl Strategy<Value = String> {
        // Every escape class, multi-byte characters, and runs long enough
        // to cross the eight-byte chunks at every offset.
        prop_oneof![
            "[a-zA-Z ]{0,30}",
            "[\"\\\\\u{0}-\u{1f}\u{7f}a-z é中😀]{0,40}",
            ".{0,40}",
        ]
    }

    #[test]
    fn floats_are_written_as_serde_writes_them() {
        let mut numbers: Vec<f64> = (0..=1000).map(|n| f64::from(n) / 1000.0).collect();
        numbers.extend([
            -0.0,
            -0.5,
            1.001,
            2.0,
            0.0005,
            0.1 + 0.2,
            0.85 * 0.9,
            1e-7,
            123.456,
            f64::NAN,
            f64::INFINITY,
            f64::MIN_POSITIVE,
        ]);
        for x in numbers {
            let mut ours = Vec::new();
            float(&mut ours, x);
            let theirs = serde_json::to_vec(&x).expect("serializable");
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs),
                "{x:?}"
            );
        }
    }

    #[test]
    fn spans_are_written_as_serde_writes_them_at_every_length_of_number() {
        for n in [
            0,
            7,
            9,
            10,
            99,
            100,
            101,
            999,
            1000,
            9_999,
            10_000,
            65_535,
            1 << 40,
            usize::MAX,
        ] {
            for s in [Span::new(n, n), Span::new(3, n)] {
                let mut ours = Vec::new();
                span(&mut ours, b"", s);
                let theirs = serde_json::to_vec(&s).expect("serializable");
                assert_eq!(ours, theirs);
            }
        }
    }

    #[test]
    fn every_offset_of_up_to_four_digits_is_written_as_serde_writes_it() {
        for n in 0..=10_001 {
            for s in [Span::new(n, n), Span::new(10_001 - n, n)] {
                let mut ours = Vec::new();
                span(&mut ours, b",\"trigger\":", s);
                let theirs = serde_json::to_string(&s).expect("serializable");
                let theirs = format!(",\"trigger\":{theirs}");
                assert_eq!(String::from_utf8_lossy(&ours), theirs);
            }
        }
    }

    fn span_strategy() -> impl Strategy<Value = Span> {
        (0usize..100_000, 0usize..100).prop_map(|(s, n)| Span::new(s, s + n))
    }

    fn entity_strategy() -> impl Strategy<Value = Entity> {
        (
            text(),
            text(),
            0usize..6,
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(span_strategy(), 0..3),
            prop::option::of(text()),
            any::<bool>(),
        )
            .prop_map(|(id, name, t, mentions, spans, country, known)| Entity {
                id,
                name,
                entity_type: EntityType::ALL[t],
                mentions,
                spans,
                country,
                known,
            })
    }

    fn relation_strategy() -> impl Strategy<Value = Relation> {
        (
            (0usize..7, text(), text(), text(), text(), any::<bool>()),
            (
                0usize..3,
                prop::option::of(text()),
                prop::option::of(text()),
            ),
            (
                prop_oneof![Just(1.0), Just(0.0), 0.0f64..1.0, any::<f64>()],
                text(),
            ),
            (
                span_strategy(),
                prop::option::of(span_strategy()),
                prop::option::of(span_strategy()),
                prop::option::of(span_strategy()),
                text(),
            ),
        )
            .prop_map(
                |(
                    (t, source, target, source_id, target_id, negated),
                    (m, object, date),
                    (confidence, evidence_text),
                    (sentence, trigger, s, tg, event),
                )| Relation {
                    relation_type: RelationType::ALL[t],
                    source,
                    target,
                    source_id,
                    target_id,
                    negated,
                    modality: [Modality::Asserted, Modality::Hedged, Modality::Reported][m],
                    object,
                    date,
                    confidence,
                    evidence: evidence_text,
                    spans: Evidence {
                        sentence,
                        trigger,
                        source: s,
                        target: tg,
                    },
                    event,
                },
            )
    }

    proptest! {
        #[test]
        fn writes_what_serde_json_writes(
            id in text(),
            date in prop::option::of(text()),
            entities in prop::collection::vec(entity_strategy(), 0..4),
            relations in prop::collection::vec(relation_strategy(), 0..4),
            diagnostics in prop::collection::vec(text(), 0..2),
        ) {
            let record = Record {
                id,
                date,
                entities,
                relations,
                diagnostics: diagnostics.into_iter().map(|message| Diagnostic { message }).collect(),
            };
            same_as_serde(&record);
        }
    }

    #[test]
    fn every_byte_that_needs_an_escape_is_found_at_every_offset() {
        for b in (0u8..=0x7f).chain([0x80, 0xff]) {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let flagged = needs_escape(u64::from_le_bytes(word));
                assert_eq!(
                    flagged,
                    b < 0x20 || b == b'"' || b == b'\\',
                    "byte {b:#x} at {at}"
                );
            }
        }
    }

    fn string_as_serde(s: &str) {
        let mut ours = Vec::new();
        string(&mut ours, s);
        let theirs = serde_json::to_vec(s).expect("serializable");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs),
            "{s:?}"
        );
    }

    #[test]
    fn awkward_strings_are_escaped_as_serde_json_escapes_them() {
        let awkward = [
            "",
            "\"",
            "\\",
            "say \"hi\" \\ bye",
            "\u{0}\u{1}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1b}\u{1f}\u{7f}",
            "line\u{2028}separator\u{2029}paragraph",
            "Erdoğan, Türkiye, Zürich, Ελλάδα, 中国, Москва",
            "emoji 😀 and flags 🇺🇦",
            "exactly8",
            "seven!!",
            "sixteen bytes ok",
            "the quote is last\"",
            "\"the quote is first",
            "a tab\tin the middle of a longer sentence of plain text",
        ];
        for s in awkward {
            string_as_serde(s);
            // Every position of an escape relative to the eight-byte words.
            for pad in 0..9 {
                string_as_serde(&format!("{}{s}", "x".repeat(pad)));
                string_as_serde(&format!("{s}{}", "y".repeat(pad)));
            }
        }
    }

    #[test]
    fn strings_of_every_length_around_the_short_ones_are_written_as_serde_writes_them() {
        for len in 0..=SHORT_MAX + 9 {
            let plain: String = (0..len)
                .map(|i| char::from(b'a' + (i % 26) as u8))
                .collect();
            string_as_serde(&plain);
            let mut keyed = Vec::new();
            field(&mut keyed, b",\"target_id\":", &plain);
            let theirs = format!(",\"target_id\":{}", serde_json::json!(plain));
            assert_eq!(keyed, theirs.as_bytes());
            for at in 0..len {
                for b in ['"', '\\', '\n', '\u{1}', 'é'] {
                    let mut s = plain.clone();
                    s.replace_range(at..=at, &b.to_string());
                    string_as_serde(&s);
                }
            }
        }
    }

    #[test]
    fn decimal_lengths_are_counted_at_every_power_of_ten() {
        for n in [0, 9, 10, 99, 100, 999_999, 1_000_000, usize::MAX] {
            assert_eq!(decimal_len(n), n.to_string().len(), "{n}");
        }
    }

    #[test]
    fn confidences_are_written_as_serde_json_writes_them() {
        for x in [
            0.1,
            0.765,
            1.0,
            0.8999999,
            0.0,
            0.5,
            0.333,
            0.9,
            1e-7,
            123456789.0,
            0.1 + 0.2,
        ] {
            let mut ours = Vec::new();
            float(&mut ours, x);
            let theirs = serde_json::to_vec(&x).expect("serializable");
            assert_eq!(ours, theirs, "{x}");
        }
    }

    #[test]
    fn a_repeated_evidence_is_copied_as_written() {
        let extractor = crate::Extractor::bundled().expect("bundled dictionary");
        let doc = crate::Document {
            id: "q".into(),
            text: "Blinken met \"Wang Yi\" and Lavrov\tin Beijing. Putin visited Ankara.".into(),
            date: None,
        };
        let record = extractor.extract(&doc);
        assert!(record.relations.len() >= 2);
        same_as_serde(&record);
        let mut direct = Vec::new();
        extractor.extract_json(&doc, &mut direct);
        assert_eq!(direct, serde_json::to_vec(&record).expect("serializable"));
    }

    #[test]
    fn the_seed_article_record_is_written_as_serde_json_writes_it() {
        let extractor = crate::Extractor::bundled().expect("bundled dictionary");
        let doc = crate::Document {
            id: "seed \"1\"\t".into(),
            text: include_str!("../../../examples/seed-article.txt").into(),
            date: Some("2023-02-20".into()),
        };
        let record = extractor.extract(&doc);
        assert!(!record.relations.is_empty());
        same_as_serde(&record);
        let mut direct = Vec::new();
        let counts = extractor.extract_json(&doc, &mut direct);
        assert_eq!(direct, serde_json::to_vec(&record).expect("serializable"));
        assert_eq!(counts, crate::Counts::of(&record));
    }
}
