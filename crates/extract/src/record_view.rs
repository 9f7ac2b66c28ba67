//! A record borrowed from what it was read from.
//!
//! A [`Record`] owns a copy of every name, id, mention and evidence
//! sentence, most of them several times over (a relation repeats its
//! entities' names and ids and its sentence). A [`RecordView`] holds the
//! same fields as slices of the document, the analysis and the dictionary,
//! so a record that is only written out as JSON is never copied: the view is
//! written directly, and a [`Record`] is made from it only when one is asked for.

use crate::record::{
    Diagnostic, Entity, EntityType, Evidence, Modality, Record, Relation, RelationType, Span,
};
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::mem;
use std::ops::Range;

/// A [`Record`] whose strings are borrowed.
pub(crate) struct RecordView<'a> {
    pub id: &'a str,
    pub date: Option<&'a str>,
    pub entities: Vec<EntityView<'a>>,
    /// The mentions of every entity, an entity's in a range of them.
    pub mentions: Vec<&'a str>,
    pub relations: Vec<RelationView<'a>>,
    pub diagnostics: &'a [Diagnostic],
}

/// The vectors of the last record view dropped on this thread, emptied. A
/// record is built in them, in memory still in the cache, where vectors
/// made afresh for every document would be handed memory out of it.
#[derive(Default)]
pub(crate) struct SpareViews {
    pub entities: Vec<EntityView<'static>>,
    pub mentions: Vec<&'static str>,
    pub relations: Vec<RelationView<'static>>,
}

thread_local! {
    static SPARE_VIEWS: Cell<SpareViews> = Cell::new(SpareViews::default());
}

impl SpareViews {
    /// The vectors the last record view dropped on this thread left.
    pub fn take() -> SpareViews {
        SPARE_VIEWS.take()
    }

    /// The most relations a record may have for its vectors to be kept: a
    /// rare huge record gives its room back rather than hold it.
    const KEEP_RELATIONS: usize = 4096;
}

impl Drop for RecordView<'_> {
    fn drop(&mut self) {
        if self.relations.capacity() > SpareViews::KEEP_RELATIONS {
            return;
        }
        SPARE_VIEWS.set(SpareViews {
            entities: recycle(mem::take(&mut self.entities)),
            mentions: recycle(mem::take(&mut self.mentions)),
            relations: recycle(mem::take(&mut self.relations)),
        });
    }
}

/// `v` emptied, as a vector of elements of another lifetime (`U` is `T`
/// but for its lifetimes): std collects a vector in place, in the room of
/// the one it is collected from, when their elements are laid out alike,
/// so that the room is kept. Were it not, only a new vector would be made.
pub(crate) fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter()
        .map(|_| unreachable!("the vector is empty"))
        .collect()
}

/// An [`Entity`] whose strings are borrowed.
pub(crate) struct EntityView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub entity_type: EntityType,
    /// Where its mentions are in the record's [`RecordView::mentions`].
    pub mentions: Range<usize>,
    pub spans: Cow<'a, [Span]>,
    pub country: Option<&'a str>,
    pub known: bool,
}

/// A [`Relation`] whose strings are borrowed.
pub(crate) struct RelationView<'a> {
    pub relation_type: RelationType,
    pub source: &'a str,
    pub target: &'a str,
    pub source_id: &'a str,
    pub target_id: &'a str,
    pub negated: bool,
    pub modality: Modality,
    pub object: Option<Cow<'a, str>>,
    pub date: Option<Day<'a>>,
    pub confidence: f64,
    pub evidence: &'a str,
    pub spans: Evidence,
    pub event: EventId<'a>,
    /// The places of the source and the target among the record's
    /// entities, when they are there (a topic is not) and known.
    pub source_entity: Option<u32>,
    pub target_entity: Option<u32>,
}

/// A relation's date: as text (from a [`Record`]) or as read.
#[derive(Clone, Copy)]
pub(crate) enum Day<'a> {
    Text(&'a str),
    Date(NaiveDate),
}

/// A relation's event id: as text (from a [`Record`]) or as the document's
/// id and the 1-based number of the sentence, `DOC#N`.
#[derive(Clone, Copy)]
pub(crate) enum EventId<'a> {
    Text(&'a str),
    Sentence(&'a str, usize),
}

impl fmt::Display for Day<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Day::Text(s) => f.write_str(s),
            Day::Date(d) => d.fmt(f),
        }
    }
}

impl fmt::Display for EventId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventId::Text(s) => f.write_str(s),
            EventId::Sentence(doc, n) => write!(f, "{doc}#{n}"),
        }
    }
}

impl Day<'_> {
    /// Appends the date as `Display` writes it: `YYYY-MM-DD` for the years
    /// 0 to 9999, a signed year of at least four digits otherwise (as chrono
    /// writes it). Plain dates are written digit by digit, without `fmt`.
    pub fn write(self, out: &mut Vec<u8>) {
        match (self.plain(), self) {
            (Some(digits), _) => out.extend_from_slice(&digits),
            (None, Day::Text(s)) => out.extend_from_slice(s.as_bytes()),
            (None, Day::Date(d)) => out.extend_from_slice(d.to_string().as_bytes()),
        }
    }

    /// A date of the years 0 to 9999 as `Display` writes it, `YYYY-MM-DD`;
    /// `None` for other years and for a date given as text.
    pub fn plain(self) -> Option<[u8; 10]> {
        let Day::Date(d) = self else {
            return None;
        };
        let year = u16::try_from(d.year()).ok().filter(|&y| y <= 9999)?;
        let two = |n: u32| [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
        let year = u32::from(year);
        let ([y0, y1], [y2, y3]) = (two(year / 100), two(year % 100));
        let ([m0, m1], [d0, d1]) = (two(d.month()), two(d.day()));
        Some([y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1])
    }
}

impl<'a> RecordView<'a> {
    /// The view of a record.
    pub fn of(record: &'a Record) -> RecordView<'a> {
        let mut mentions = Vec::new();
        let entities = record
            .entities
            .iter()
            .map(|e| {
                let first = mentions.len();
                mentions.extend(e.mentions.iter().map(String::as_str));
                EntityView {
                    id: &e.id,
                    name: &e.name,
                    entity_type: e.entity_type,
                    mentions: first..mentions.len(),
                    spans: Cow::Borrowed(&e.spans),
                    country: e.country.as_deref(),
                    known: e.known,
                }
            })
            .collect();
        RecordView {
            id: &record.id,
            date: record.date.as_deref(),
            entities,
            mentions,
            relations: record
                .relations
                .iter()
                .map(|r| RelationView {
                    relation_type: r.relation_type,
                    source: &r.source,
                    target: &r.target,
                    source_id: &r.source_id,
                    target_id: &r.target_id,
                    negated: r.negated,
                    modality: r.modality,
                    object: r.object.as_deref().map(Cow::Borrowed),
                    date: r.date.as_deref().map(Day::Text),
                    confidence: r.confidence,
                    evidence: &r.evidence,
                    spans: r.spans.clone(),
                    event: EventId::Text(&r.event),
                    source_entity: None,
                    target_entity: None,
                })
                .collect(),
            diagnostics: &record.diagnostics,
        }
    }

    /// The record, every string copied.
    pub fn into_record(mut self) -> Record {
        let mentions = mem::take(&mut self.mentions);
        Record {
            id: self.id.to_string(),
            date: self.date.map(str::to_string),
            entities: mem::take(&mut self.entities)
                .into_iter()
                .map(|e| Entity {
                    id: e.id.to_string(),
                    name: e.name.to_string(),
                    entity_type: e.entity_type,
                    mentions: mentions[e.mentions].iter().map(|m| m.to_string()).collect(),
                    spans: e.spans.into_owned(),
                    country: e.country.map(str::to_string),
                    known: e.known,
                })
                .collect(),
            relations: mem::take(&mut self.relations)
                .into_iter()
                .map(|r| Relation {
                    relation_type: r.relation_type,
                    source: r.source.to_string(),
                    target: r.target.to_string(),
                    source_id: r.source_id.to_string(),
                    target_id: r.target_id.to_string(),
                    negated: r.negated,
                    modality: r.modality,
                    object: r.object.map(Cow::into_owned),
                    date: r.date.map(|d| d.to_string()),
                    confidence: r.confidence,
                    evidence: r.evidence.to_string(),
                    spans: r.spans,
                    event: r.event.to_string(),
                })
                .collect(),
            diagnostics: self.diagnostics.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_chrono_displays_them() {
        let days = [
            (2024, 2, 29),
            (1, 1, 1),
            (0, 12, 31),
            (999, 3, 9),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
            (-12345, 1, 1),
        ];
        for (y, m, d) in days {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");
            let mut out = Vec::new();
            Day::Date(date).write(&mut out);
            assert_eq!(String::from_utf8_lossy(&out), date.to_string());
        }
    }
}
