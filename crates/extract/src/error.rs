//! Errors of the extract crate: only loading a dictionary can fail.
//!
//! Extraction itself never fails: bad input text yields a record and
//! diagnostics, not an error.

use thiserror::Error;

/// A dictionary file that could not be read, with where it went wrong.
#[derive(Debug, Error)]
#[error("{origin}:{line}: {kind}")]
pub struct DictionaryError {
    origin: String,
    line: usize,
    kind: DictionaryErrorKind,
}

impl DictionaryError {
    pub(crate) fn new(origin: &str, line: usize, kind: DictionaryErrorKind) -> DictionaryError {
        DictionaryError {
            origin: origin.to_string(),
            line,
            kind,
        }
    }

    /// The file (or bundled source name) the error is in.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The 1-based line number.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What is wrong.
    pub fn kind(&self) -> &DictionaryErrorKind {
        &self.kind
    }
}

/// What is wrong with a dictionary line.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DictionaryErrorKind {
    /// The first field names no kind of record.
    #[error("unknown record kind {0:?} (expected country, organization, office, person, role, place, title or trigger)")]
    UnknownKind(String),
    /// The line has the wrong number of TAB-separated fields.
    #[error("a {kind} record needs {expected} fields after the kind, this line has {found} (fields are separated by TAB)")]
    FieldCount {
        /// The record kind.
        kind: String,
        /// Fields required after the kind.
        expected: usize,
        /// Fields found after the kind.
        found: usize,
    },
    /// A required field is empty.
    #[error("the {0} field is empty")]
    EmptyField(&'static str),
    /// A country code is not three capital letters.
    #[error("{0:?} is not an ISO 3166 alpha-3 code")]
    BadCountryCode(String),
    /// A date is not `YYYY-MM-DD`.
    #[error("{0:?} is not a date of the form YYYY-MM-DD")]
    BadDate(String),
    /// A role ends before it starts.
    #[error("the role ends ({end}) before it starts ({start})")]
    EndBeforeStart {
        /// Start date.
        start: String,
        /// End date.
        end: String,
    },
    /// An office id is not `HOLDER/kind`.
    #[error("{0:?} is not an office id of the form HOLDER/kind")]
    BadOfficeId(String),
    /// A role names a person with no `person` record.
    #[error("the role names {0:?}, who has no person record")]
    UnknownPerson(String),
    /// A role names an office with no `office` record.
    #[error("the role names office {0:?}, which has no office record")]
    UnknownOffice(String),
    /// A trigger names no relation type.
    #[error("{0:?} is not a relation type")]
    UnknownRelation(String),
    /// A trigger names no pattern class.
    #[error(
        "{0:?} is not a trigger class (expected verb, noun or adjective, or receipt for supplies)"
    )]
    UnknownTriggerClass(String),
    /// The file is not valid UTF-8.
    #[error("not valid UTF-8")]
    NotUtf8,
}
