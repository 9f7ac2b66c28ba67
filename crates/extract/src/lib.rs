//! News text to extraction records: who met whom, who visited where, who
//! supplies, criticises or cooperates with whom, who is concerned about
//! what and who holds which office, with negation, modality, confidence and
//! the evidence of every relation.
//!
//! This crate owns the reading of text. It does no I/O: the actor dictionary
//! is compiled in (see `data/README.md` in the repository) and may be
//! extended from text the caller has read; a document goes in as a string
//! and a [`Record`] comes out.
//!
//! ```
//! use diplograph_extract::{Document, Extractor, RelationType};
//!
//! let extractor = Extractor::bundled()?;
//! let doc = Document {
//!     id: "d1".into(),
//!     text: "Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi in Beijing.".into(),
//!     date: Some("2024-04-26".into()),
//! };
//! let record = extractor.extract(&doc);
//! assert!(record.relations.iter().any(|r| r.relation_type == RelationType::MetWith
//!     && r.source == "Antony Blinken" && r.target == "Wang Yi" && !r.negated));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # How it works
//!
//! 1. [`text`] splits sentences (abbreviation-aware) and tokens with byte offsets.
//! 2. [`Gazetteer`] finds every dictionary form, leftmost-longest.
//! 3. The document analysis builds actor phrases ("Russian Minister of Defence
//!    Sergey Shoigu"), binds titles to names by the dated roles, finds unknown
//!    names from context ("his Chinese counterpart Zhong Kejian") and resolves
//!    pronouns, "the latter", bare titles and "the two leaders".
//! 4. Relation rules read each trigger of `data/triggers.tsv` by its class.
//! 5. Each relation is dated by the date its sentence names nearest its
//!    trigger ("on March 3, 2022", "on Monday", "In 2019,"), else by the
//!    document's date. A sentence that names one date has its titles
//!    resolved at that date.
//!
//! Extraction is linear in the length of the text: every search around a
//! trigger is bounded by a fixed window.

#![deny(missing_docs)]

mod dictionary;
mod document;
mod error;
mod gazetteer;
mod json_line;
mod lexicon;
mod record;
mod record_view;
mod relation;
pub mod text;
mod when;

pub use dictionary::{
    Country, Dictionary, Lookup, Office, Organization, Person, Place, Role, Trigger, TriggerClass,
    BUNDLED,
};
pub use error::{DictionaryError, DictionaryErrorKind};
pub use gazetteer::{CountryForm, FormKinds, Gazetteer, GazetteerMatch, Target};
pub use record::{
    fold, slug, Diagnostic, Document, Entity, EntityType, Evidence, Modality, Record, Relation,
    RelationType, Span,
};

use chrono::NaiveDate;
use document::{Analysis, Spare};
use record_view::{recycle, Day, EntityView, EventId, RecordView, RelationView, SpareViews};
use relation::{
    take_tokens, Found, SentenceBuffers, SentenceRelations, TriggerBuffers, TriggerIndex,
};
use std::borrow::Cow;

/// A reusable extractor: the dictionary compiled once, documents read many times.
///
/// `Extractor` is `Send + Sync`; share one across threads.
#[derive(Clone, Debug)]
pub struct Extractor {
    dictionary: Dictionary,
    gazetteer: Gazetteer,
    triggers: TriggerIndex,
}

impl Extractor {
    /// An extractor over the bundled dictionary.
    ///
    /// # Errors
    ///
    /// Only if the bundled data is broken.
    pub fn bundled() -> Result<Extractor, DictionaryError> {
        Ok(Extractor::new(Dictionary::bundled()?))
    }

    /// An extractor over a dictionary.
    pub fn new(mut dictionary: Dictionary) -> Extractor {
        dictionary.reindex();
        let gazetteer = Gazetteer::new(&dictionary);
        let triggers = TriggerIndex::new(dictionary.triggers());
        Extractor {
            dictionary,
            gazetteer,
            triggers,
        }
    }

    /// The dictionary in use.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    /// Extracts the record of one document. Never fails: problems with the
    /// input (an unreadable date) are reported in the record's diagnostics.
    pub fn extract(&self, doc: &Document) -> Record {
        self.read(doc, |view| view.into_record())
    }

    /// Extracts the record of one document and appends it to `out` as
    /// compact JSON, without a newline: the bytes
    /// `self.extract(doc).write_json(out)` appends, written without making
    /// the [`Record`] (no name, id or sentence is copied but into `out`).
    pub fn extract_json(&self, doc: &Document, out: &mut Vec<u8>) -> Counts {
        self.read(doc, |view| {
            view.write_json(out);
            Counts {
                entities: view.entities.len(),
                relations: view.relations.len(),
            }
        })
    }

    /// Reads a document and hands its record, borrowed from the analysis,
    /// to `then`.
    fn read<T>(&self, doc: &Document, then: impl FnOnce(RecordView<'_>) -> T) -> T {
        let mut diagnostics = Vec::new();
        let date = match doc.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => match parse_date(d) {
                Some(date) => Some(date),
                None => {
                    diagnostics.push(Diagnostic {
                        message: format!(
                            "date {d:?} is not YYYY-MM-DD; titles are not resolved by date"
                        ),
                    });
                    None
                }
            },
        };
        let text = doc.text.as_str();
        // The buffers the last document read on this thread left. The
        // analysis's lower-cased words are slices of `lower`.
        let mut spare = Spare::take();
        let mut lower = std::mem::take(&mut spare.lower);
        let mut actors = std::mem::take(&mut spare.actors);
        let mut sentence_ends = std::mem::take(&mut spare.sentence_ends);
        let mut rule_room = std::mem::take(&mut spare.rule_room);
        // The matcher takes the words the tokenizer has read and hashed.
        let mut words = self
            .gazetteer
            .words_of(text, std::mem::take(&mut spare.word_room));
        let (sentences, tokens) = text::segment_hashed(
            text,
            std::mem::take(&mut spare.sentences),
            std::mem::take(&mut spare.tokens),
            &mut sentence_ends,
            &mut |start, end, hash| {
                words.word(text, start, end, hash);
            },
        );
        let (matches, word_room) =
            self.gazetteer
                .find_in_words(text, words, std::mem::take(&mut spare.matches));
        let mut an = Analysis::new(
            &self.dictionary,
            &self.gazetteer,
            text,
            date,
            sentences,
            tokens,
            matches,
            &mut lower,
            spare,
        );
        // One look-up per word for the whole document: the lists it is in,
        // the trigger forms it starts, whether it may name a date.
        let lookup = self
            .triggers
            .look_up(an.words(0..an.tokens.len()), &mut rule_room);
        // A sentence yields a relation or two: room for most documents'
        // without growing.
        let mut found: Vec<Found> = Vec::with_capacity(2 * an.sentences.len());
        // The dates each sentence names.
        let mut dated = lookup.dated.as_slice();
        let dates: Vec<Vec<when::Dated>> = (0..an.sentences.len())
            .map(|si| dates_named(&an, si, &mut dated, date))
            .collect();
        let mut starts = lookup.starts.as_slice();
        // A sentence's actors (in `actors`) and buffers, refilled sentence
        // by sentence.
        let mut buffers = SentenceBuffers::in_room(&mut rule_room);
        let mut trigger_buffers = TriggerBuffers::in_room(&mut rule_room);
        for (si, named) in dates.iter().enumerate() {
            // "In 2019, the US Secretary of State visited Pyongyang": titles
            // are resolved at the one date a sentence names, if it names one.
            an.date = when::only(named).or(date);
            an.actors_of(si, &mut actors);
            let (first, end) = (an.sentences[si].first_token, an.sentences[si].end_token);
            let mut rels = SentenceRelations::new(&mut an, &mut actors, si, &lookup, buffers);
            rels.run(
                take_tokens(&mut starts, |s| s.0, first, end),
                &mut trigger_buffers,
            );
            buffers = rels.into_buffers();
            for a in &actors {
                for &r in &a.refs {
                    an.note_mention(r, a.head);
                }
            }
            found.append(&mut buffers.out);
        }
        an.date = date;
        lookup.put_back(&mut rule_room);
        buffers.put_back(&mut rule_room);
        trigger_buffers.put_back(&mut rule_room);
        let record = then(build_record(doc, date, &an, found, &dates, &diagnostics));
        let mut spare = an.into_spare();
        spare.lower = lower;
        actors.clear();
        spare.actors = actors;
        spare.sentence_ends = sentence_ends;
        spare.word_room = word_room;
        spare.rule_room = rule_room;
        spare.keep();
        record
    }
}

/// How much a record holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// The number of entities.
    pub entities: usize,
    /// The number of relations.
    pub relations: usize,
}

impl Counts {
    /// The counts of a record.
    pub fn of(record: &Record) -> Counts {
        Counts {
            entities: record.entities.len(),
            relations: record.relations.len(),
        }
    }
}

/// Parses a date as `NaiveDate::parse_from_str(s, "%Y-%m-%d")` does: the
/// usual `YYYY-MM-DD` is read digit by digit, anything else by chrono.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let digits = |from: usize, to: usize| {
        s.as_bytes()
            .get(from..to)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .map(|d| d.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let b = s.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0, 4), digits(5, 7), digits(8, 10)) {
            // Four digits are a year chrono reads as such (0 to 9999).
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The dates sentence `si` names, read from its words where they stand;
/// `dated` are the tokens of this sentence and those after it that may
/// name one, in order (this sentence's are taken from it).
fn dates_named(
    an: &Analysis<'_>,
    si: usize,
    dated: &mut &[usize],
    doc: Option<NaiveDate>,
) -> Vec<when::Dated> {
    let s = &an.sentences[si];
    let first = s.first_token;
    // Most sentences have no word that may name a date.
    let dated = take_tokens(dated, |&t| t, first, s.end_token);
    let Some(&from) = dated.first() else {
        return Vec::new();
    };
    let words = an.words(first..s.end_token);
    when::dates_of(
        words.len(),
        |k| words.get(k).copied().unwrap_or(""),
        |k| {
            let at = dated.partition_point(|&t| t < first + k);
            dated.get(at).map_or(words.len(), |&t| t - first)
        },
        from - first,
        first,
        doc,
    )
}

/// How many relations a document may have for its duplicates to be sought
/// by comparing them, rather than by a set of their keys.
const FEW_RELATIONS: usize = 64;

/// The record of a document, borrowed from it and from its analysis.
fn build_record<'a>(
    doc: &'a Document,
    date: Option<NaiveDate>,
    an: &'a Analysis<'a>,
    mut found: Vec<Found>,
    dates: &[Vec<when::Dated>],
    diagnostics: &'a [Diagnostic],
) -> RecordView<'a> {
    // Holds-office from every title bound to a person; room for them all
    // at once, not a vector of relations copied as it grows.
    found.reserve(an.bindings.len());
    for b in &an.bindings {
        if an.held_at_other_times(b) {
            continue;
        }
        found.push(Found {
            relation: RelationType::HoldsOffice,
            source: b.person,
            target: b.office,
            negated: false,
            modality: Modality::Asserted,
            object: None,
            confidence: if b.by_role { 0.8 } else { 0.9 },
            sentence: b.sentence,
            trigger: Some(b.title),
            source_span: Some(b.person_span),
            target_span: Some(b.title),
        });
    }
    // The relations are sorted and chosen by their places in `found`,
    // not moved: a relation is large, a place is a number.
    // One relation per (type, endpoints, polarity, sentence): keep the most
    // confident, the first found of equals.
    // Vectors of the record before, not allocated afresh; taken out of
    // their holder as they are worked on here as plain local vectors.
    let RecordScratch {
        mut kept,
        mut used,
        mut listed,
    } = RecordScratch::take();
    kept.extend(0..found.len());
    kept.sort_unstable_by(|&a, &b| {
        let (x, y) = (&found[a], &found[b]);
        x.sentence
            .cmp(&y.sentence)
            .then(y.confidence.total_cmp(&x.confidence))
            .then(a.cmp(&b))
    });
    let key = |x: &Found| {
        let (s, t) = if x.relation.is_symmetric() && x.source > x.target {
            (x.target, x.source)
        } else {
            (x.source, x.target)
        };
        (x.relation, s, t, x.negated, x.sentence)
    };
    if kept.len() <= FEW_RELATIONS {
        // Equal keys are of one sentence, which the order keeps together:
        // a relation is compared with those kept of its sentence only.
        let mut sentence_from = 0;
        let mut n = 0;
        for k in 0..kept.len() {
            let f = &found[kept[k]];
            if n > 0 && found[kept[n - 1]].sentence != f.sentence {
                sentence_from = n;
            }
            let this = key(f);
            if kept[sentence_from..n]
                .iter()
                .all(|&j| key(&found[j]) != this)
            {
                kept[n] = kept[k];
                n += 1;
            }
        }
        kept.truncate(n);
    } else {
        let mut seen =
            rustc_hash::FxHashSet::with_capacity_and_hasher(kept.len(), Default::default());
        kept.retain(|&i| seen.insert(key(&found[i])));
    }
    // A denial in a sentence overrides an assertion of the same relation
    // there; most documents deny nothing.
    if kept.iter().any(|&i| found[i].negated) {
        let denied: rustc_hash::FxHashSet<_> = kept
            .iter()
            .map(|&i| &found[i])
            .filter(|f| f.negated)
            .map(|f| {
                let (r, s, t, _, si) = key(f);
                (r, s, t, si)
            })
            .collect();
        kept.retain(|&i| {
            let f = &found[i];
            let (r, s, t, _, si) = key(f);
            f.negated || !denied.contains(&(r, s, t, si))
        });
    }
    // Stable: relations of one place keep the order above.
    kept.sort_by_key(|&i| {
        let f = &found[i];
        (f.sentence, f.trigger.map_or(0, |t| t.start))
    });

    let text = an.text;
    used.resize(an.entities.len(), false);
    for &i in &kept {
        used[found[i].source] = true;
        used[found[i].target] = true;
    }
    // Room for every entity: most are written, and growing a vector of
    // views copies them. The mentions of all of them share one vector. The
    // vectors are those the last record on this thread was built in.
    let spare = SpareViews::take();
    let mut entities: Vec<EntityView<'a>> = recycle(spare.entities);
    entities.reserve(an.entities.len());
    let mut mentions: Vec<&str> = recycle(spare.mentions);
    mentions.reserve(2 * an.entities.len());
    // Where each entity of the analysis is among the record's, if it is.
    listed.resize(an.entities.len(), None);
    for (i, e) in an.entities.iter().enumerate() {
        if e.etype == EntityType::Topic || (e.mentions.is_empty() && !used[i]) {
            continue;
        }
        listed[i] = u32::try_from(entities.len()).ok();
        // Mentions are noted in text order, mostly: they are copied to be
        // sorted and deduplicated only when they are not in order already.
        let spans = if e.mentions.is_sorted_by(|a, b| a < b) {
            Cow::Borrowed(e.mentions.as_slice())
        } else {
            let mut spans = e.mentions.to_vec();
            spans.sort();
            spans.dedup();
            Cow::Owned(spans)
        };
        let first = mentions.len();
        for s in spans.iter() {
            let m = trim_mention(&text[s.start..s.end]);
            if !m.is_empty() && !mentions[first..].contains(&m) && !is_pronoun(m) {
                mentions.push(m);
            }
        }
        entities.push(EntityView {
            id: &e.id,
            name: &e.name,
            entity_type: e.etype,
            mentions: first..mentions.len(),
            spans,
            country: e.country.as_deref(),
            known: e.known,
        });
    }
    let mut relations: Vec<RelationView<'a>> = recycle(spare.relations);
    relations.reserve(kept.len());
    relations.extend(kept.iter().map(|&i| {
        let f = &mut found[i];
        let sentence = an.sentences[f.sentence].span;
        // A relation is dated by the text when a date stands near its
        // trigger. A title is held at the one date its sentence names,
        // the date it was resolved at, else at the document's date.
        let anchor = f.trigger.or(f.source_span).unwrap_or(sentence);
        let dates = &dates[f.sentence];
        let named_date = match f.relation {
            RelationType::HoldsOffice => when::only(dates),
            // Most sentences name no date: no token is sought for them.
            _ if dates.is_empty() => None,
            _ => when::nearest(dates, an.token_at(anchor.start)),
        };
        let (s, t) = (&an.entities[f.source], &an.entities[f.target]);
        RelationView {
            relation_type: f.relation,
            source: &s.name,
            target: &t.name,
            source_id: &s.id,
            target_id: &t.id,
            negated: f.negated,
            modality: f.modality,
            object: f.object.take().map(Cow::Owned),
            date: named_date.or(date).map(Day::Date),
            confidence: (f.confidence * 1000.0).round() / 1000.0,
            evidence: &text[sentence.start..sentence.end],
            spans: Evidence {
                sentence,
                trigger: f.trigger,
                source: f.source_span.filter(|s| !s.is_empty()),
                target: f.target_span.filter(|s| !s.is_empty()),
            },
            event: EventId::Sentence(&doc.id, f.sentence + 1),
            source_entity: listed[f.source],
            target_entity: listed[f.target],
        }
    }));
    RecordScratch { kept, used, listed }.put_back();
    RecordView {
        id: &doc.id,
        date: doc.date.as_deref(),
        entities,
        mentions,
        relations,
        diagnostics,
    }
}

/// The vectors `build_record` works in, kept emptied on the thread between
/// documents: memory still in the cache, not allocated and freed again for
/// every document.
#[derive(Default)]
struct RecordScratch {
    /// The places in `found` of the relations kept.
    kept: Vec<usize>,
    /// Whether each entity of the analysis is an end of a kept relation.
    used: Vec<bool>,
    /// Where each entity of the analysis is among the record's, if it is.
    listed: Vec<Option<u32>>,
}

thread_local! {
    static RECORD_SCRATCH: std::cell::Cell<RecordScratch> = const {
        std::cell::Cell::new(RecordScratch {
            kept: Vec::new(),
            used: Vec::new(),
            listed: Vec::new(),
        })
    };
}

impl RecordScratch {
    /// The vectors the last record on this thread left, empty.
    fn take() -> RecordScratch {
        RECORD_SCRATCH.take()
    }

    /// Empties the vectors and leaves them for the next record on this
    /// thread, unless a rare huge document made them large.
    fn put_back(mut self) {
        const KEEP: usize = 1 << 16;
        if self.kept.capacity() > KEEP || self.used.capacity() > KEEP {
            return;
        }
        self.kept.clear();
        self.used.clear();
        self.listed.clear();
        RECORD_SCRATCH.set(self);
    }
}

/// `mention.trim()`, answered at once for the usual mention, which starts
/// and ends with ASCII characters that are not white space.
fn trim_mention(mention: &str) -> &str {
    // An ASCII byte above the space is never white space; any other byte
    // leaves the mention to `trim`, which keeps one that has none.
    let solid = |b: Option<&u8>| b.is_some_and(|&b| (0x21..=0x7f).contains(&b));
    let bytes = mention.as_bytes();
    if solid(bytes.first()) && solid(bytes.last()) {
        mention
    } else {
        mention.trim()
    }
}

fn is_pronoun(m: &str) -> bool {
    // Every pronoun starts with one of these letters, in either case: most
    // mentions are told from all of them by their first byte.
    if !matches!(
        m.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'h' | b's' | b'i' | b't' | b'b')
    ) {
        return false;
    }
    // Every pronoun is ASCII, and no other character lower-cases to one of
    // their letters: comparing ASCII case-insensitively needs no copy.
    let starts = |prefix: &str| {
        m.len() >= prefix.len()
            && m.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    [
        "he",
        "she",
        "him",
        "his",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "the latter",
        "the former",
        "they both",
    ]
    .iter()
    .any(|p| m.eq_ignore_ascii_case(p))
        || starts("the two ")
        || starts("both ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn relations_are_dated_by_the_text_else_by_the_document() {
        let extractor = Extractor::bundled().expect("the bundled dictionary loads");
        let doc = Document {
            id: "d".into(),
            // 2024-02-21 was a Wednesday.
            text: "In 2019, Kim Jong Un travelled to Vladivostok. On 3 March 2022, \
                   Erdogan spoke with Zelensky. Blinken met Wang Yi on Monday. \
                   Wang Yi met Lavrov in Munich."
                .into(),
            date: Some("2024-02-21".into()),
        };
        let record = extractor.extract(&doc);
        let date_of = |target: &str| {
            record
                .relations
                .iter()
                .find(|r| r.target == target && r.relation_type != RelationType::HoldsOffice)
                .and_then(|r| r.date.clone())
        };
        assert_eq!(date_of("Vladivostok").as_deref(), Some("2019-01-01"));
        assert_eq!(
            date_of("Volodymyr Zelenskyy").as_deref(),
            Some("2022-03-03")
        );
        assert_eq!(date_of("Wang Yi").as_deref(), Some("2024-02-19"));
        assert_eq!(date_of("Sergey Lavrov").as_deref(), Some("2024-02-21"));
    }

    #[test]
    fn a_title_is_resolved_at_the_date_its_sentence_names() {
        let extractor = Extractor::bundled().expect("the bundled dictionary loads");
        let doc = Document {
            id: "d".into(),
            text: "In 2019, the US Secretary of State visited Pyongyang. \
                   The US Secretary of State visited Beijing."
                .into(),
            date: Some("2024-02-21".into()),
        };
        let record = extractor.extract(&doc);
        let holder = |place: &str| {
            record
                .relations
                .iter()
                .find(|r| r.target == place)
                .map(|r| r.source.clone())
        };
        assert_eq!(holder("Pyongyang").as_deref(), Some("Mike Pompeo"));
        assert_eq!(holder("Beijing").as_deref(), Some("Antony Blinken"));
        let pompeo = record
            .relations
            .iter()
            .find(|r| r.relation_type == RelationType::HoldsOffice && r.source == "Mike Pompeo")
            .and_then(|r| r.date.clone());
        assert_eq!(pompeo.as_deref(), Some("2019-01-01"));
    }

    #[test]
    fn dates_are_parsed_as_chrono_parses_them() {
        let dates = [
            "2024-02-21",
            "2024-02-29",
            "2023-02-29",
            "2024-02-30",
            "2024-13-01",
            "2024-00-10",
            "2024-01-00",
            "0000-01-01",
            "9999-12-31",
            "2024-1-05",
            "2024-01-5",
            "24-01-05",
            "+2024-01-05",
            "-0001-01-05",
            "12024-01-05",
            "2024/01/05",
            "2024-01-05 ",
            " 2024-01-05",
            "2024-01-05T00:00",
            "2O24-01-05",
            "٢٠٢٤-01-05",
            "",
            "yesterday",
        ];
        for d in dates {
            assert_eq!(
                parse_date(d),
                NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
                "{d:?}"
            );
        }
    }

    #[test]
    fn pronouns_are_told_in_any_case_and_names_are_not() {
        for m in [
            "he",
            "She",
            "HIS",
            "Its",
            "their",
            "The Latter",
            "they both",
        ] {
            assert!(is_pronoun(m), "{m}");
        }
        for m in ["the two leaders", "Both sides", "BOTH ministers"] {
            assert!(is_pronoun(m), "{m}");
        }
        for m in [
            "", "Biden", "Hamas", "Iran", "Taiwan", "Seoul", "the US", "hers", "É",
        ] {
            assert!(!is_pronoun(m), "{m}");
        }
        for m in [
            "Blinken",
            " Blinken",
            "Wang Yi\t",
            "\u{1}x",
            "Erdoğan",
            "x\u{7f}",
        ] {
            assert_eq!(trim_mention(m), m.trim(), "{m:?}");
        }
    }

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<Extractor>();
        assert_send_sync::<Record>();
        assert_send_sync::<DictionaryError>();
    }
}
