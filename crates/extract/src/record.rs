//! The extraction record: the interchange format of DESIGN.md.
//!
//! # Wire format
//!
//! One JSON object per document. The fields `id`, `date`, `entities` (each
//! with `name`, `type`, `mentions`) and `relations` (each with `type`,
//! `source`, `target`, `negated`, `evidence`) are required by every consumer
//! (the scorer, the graph crate, a distributed engine piping JSON Lines);
//! the other fields are additions that consumers may ignore. Byte offsets
//! are into the document's text: `text[span.start..span.end]`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `start..end` into a document's text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// One input document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The document's id, kept unchanged in its record.
    pub id: String,
    /// The text.
    pub text: String,
    /// The publication date, `YYYY-MM-DD`; relations are dated by it unless
    /// their sentence names a date ("on Monday" is read against it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The entity types of the ontology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityType {
    /// A human being.
    Person,
    /// A state or territory (also when named by its capital or a metonym).
    Country,
    /// A title held by a person: `Secretary of State of the United States`.
    Office,
    /// An international organisation, party, parliament, agency or group.
    Organization,
    /// A place that is not acting as a government: a city, sea, region.
    Place,
    /// A topic of concern or criticism that is not an entity (a short noun phrase).
    Topic,
}

impl EntityType {
    /// The kebab-case name users see.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Country => "country",
            EntityType::Office => "office",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Topic => "topic",
        }
    }

    /// Parses the kebab-case name.
    pub fn parse(name: &str) -> Option<EntityType> {
        Some(match name {
            "person" => EntityType::Person,
            "country" => EntityType::Country,
            "office" => EntityType::Office,
            "organization" | "organisation" => EntityType::Organization,
            "place" => EntityType::Place,
            "topic" => EntityType::Topic,
            _ => return None,
        })
    }

    /// All types, in display order.
    pub const ALL: [EntityType; 6] = [
        EntityType::Person,
        EntityType::Country,
        EntityType::Office,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Topic,
    ];
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The relation types of the ontology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationType {
    /// A meeting, talks or a call (symmetric).
    MetWith,
    /// Travel of a person or delegation to a place or country.
    Visited,
    /// Arms, components, aid or energy from a supplier to a recipient.
    Supplies,
    /// Worry, concern or alarm of an actor about an entity or topic.
    ConcernedAbout,
    /// Partnership, agreement or coordination (symmetric).
    CooperatesWith,
    /// Criticism, condemnation or accusation of a target.
    Criticizes,
    /// A title held by a person at the document's date.
    HoldsOffice,
}

impl RelationType {
    /// The kebab-case name users see.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::MetWith => "met-with",
            RelationType::Visited => "visited",
            RelationType::Supplies => "supplies",
            RelationType::ConcernedAbout => "concerned-about",
            RelationType::CooperatesWith => "cooperates-with",
            RelationType::Criticizes => "criticizes",
            RelationType::HoldsOffice => "holds-office",
        }
    }

    /// Parses the kebab-case name (underscores and case are tolerated).
    pub fn parse(name: &str) -> Option<RelationType> {
        let name = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        RelationType::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// Whether `a r b` implies `b r a`.
    pub fn is_symmetric(self) -> bool {
        matches!(self, RelationType::MetWith | RelationType::CooperatesWith)
    }

    /// All types, in display order.
    pub const ALL: [RelationType; 7] = [
        RelationType::MetWith,
        RelationType::Visited,
        RelationType::Supplies,
        RelationType::ConcernedAbout,
        RelationType::CooperatesWith,
        RelationType::Criticizes,
        RelationType::HoldsOffice,
    ];
}

impl fmt::Display for RelationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How firmly the text asserts a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Hedged: "may", "might", "could", "possibly".
    Hedged,
    /// Attributed to others: "reportedly", "according to", "allegedly".
    Reported,
}

/// An entity found in a document, with every way the text names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// A stable id: `person:antony-blinken`, `country:CHN`, `office:usa-foreign-minister`.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// The entity type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The distinct surface forms in the text, in order of first appearance.
    pub mentions: Vec<String>,
    /// Where each mention occurs.
    #[serde(default)]
    pub spans: Vec<Span>,
    /// The ISO alpha-3 code of the entity's country, where one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Whether the actor dictionary knows the entity (as opposed to being found from context).
    #[serde(default)]
    pub known: bool,
}

/// Where a relation was read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence's span in the document.
    pub sentence: Span,
    /// The trigger word or phrase, if the relation has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<Span>,
    /// The mention of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Span>,
    /// The mention of the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Span>,
}

/// A relation between two entities (or an entity and a topic).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// The relation type.
    #[serde(rename = "type")]
    pub relation_type: RelationType,
    /// The source entity's canonical name.
    pub source: String,
    /// The target entity's canonical name, or the topic phrase.
    pub target: String,
    /// The id of the source entity.
    pub source_id: String,
    /// The id of the target entity (`topic:…` for a topic).
    pub target_id: String,
    /// Whether the text denies the relation.
    pub negated: bool,
    /// How firmly the text asserts it.
    pub modality: Modality,
    /// What is supplied, for `supplies`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The date the relation is true on, `YYYY-MM-DD`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How likely the relation is right, in `[0, 1]`.
    pub confidence: f64,
    /// The evidence sentence, as text.
    pub evidence: String,
    /// Offsets of the sentence, trigger and arguments.
    pub spans: Evidence,
    /// Relations read from one sentence share an event id (`DOC#N`).
    pub event: String,
}

/// A problem met while extracting that did not stop extraction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A short lowercase message.
    pub message: String,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The document's id.
    pub id: String,
    /// The document's date, if it has one.
    #[serde(default)]
    pub date: Option<String>,
    /// The entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// The relations, in text order.
    pub relations: Vec<Relation>,
    /// Problems noticed on the way (an invalid date, say).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

/// Lower-case ASCII slug of a name, for stable ids: `Recep Tayyip Erdoğan` → `recep-tayyip-erdogan`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    slug_into(name, &mut out);
    out
}

/// What each byte of plain ASCII is in a slug: a letter in lower case, a
/// digit as it is, 0 for anything else (which separates words).
const SLUG_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Appends the slug of `name` to `out`: an id such as `person:` and the
/// slug is written in one buffer, without a string for the slug alone.
pub fn slug_into(name: &str, out: &mut String) {
    let start = out.len();
    if name.is_ascii() {
        // The runs of letters and digits, lower-cased, joined by dashes: a
        // dash is owed after a run and paid only if another run follows.
        out.reserve(name.len());
        let mut owed = false;
        for &b in name.as_bytes() {
            match SLUG_BYTES[usize::from(b)] {
                0 => owed = out.len() > start,
                kept => {
                    if owed {
                        out.push('-');
                        owed = false;
                    }
                    out.push(char::from(kept));
                }
            }
        }
        return;
    }
    let mut dash = false;
    // One byte of plain ASCII: a letter or digit is kept in lower case;
    // anything else separates words, by one dash between two of them.
    let mut step = |b: u8, out: &mut String| {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b.to_ascii_lowercase()));
            dash = false;
        } else if !dash && out.len() > start {
            out.push('-');
            dash = true;
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            step(c as u8, out);
        } else {
            // A letter folded to ASCII; any other character separates.
            match folded(c) {
                Some(f) => f.bytes().for_each(|b| step(b, out)),
                None => step(b' ', out),
            }
        }
    }
    while out.len() > start && out.ends_with('-') {
        out.pop();
    }
}

/// The ASCII letters a Latin letter with a diacritic folds to; other characters are kept.
pub fn fold_char(c: char) -> String {
    folded(c).map_or_else(|| c.to_string(), str::to_string)
}

/// The ASCII a Latin letter with a diacritic (or a curly apostrophe) folds
/// to; `None` for any other character.
fn folded(c: char) -> Option<&'static str> {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' | 'ð' => "d",
        'Ď' | 'Đ' | 'Ð' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĭ' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "I",
        'ķ' => "k",
        'Ķ' => "K",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'Ł' | 'Ľ' | 'Ĺ' | 'Ļ' => "L",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'ơ' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' | 'Ơ' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ř' | 'ŕ' => "r",
        'Ř' | 'Ŕ' => "R",
        'ś' | 'š' | 'ş' | 'ș' | 'ŝ' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ư' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' | 'Ư' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ž' | 'ź' | 'ż' => "z",
        'Ž' | 'Ź' | 'Ż' => "Z",
        'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => {
            "a"
        }
        'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => "e",
        'ỉ' | 'ị' => "i",
        'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => {
            "o"
        }
        'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => "u",
        'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => "'",
        _ => return None,
    };
    Some(s)
}

/// A name folded to ASCII where it has Latin diacritics: `Erdoğan` → `Erdogan`.
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        return name.to_string();
    }
    name.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("  Harry B. Harris Jr. "), "harry-b-harris-jr");
        assert_eq!(slug("People's Republic"), "people-s-republic");
    }

    #[test]
    fn relation_types_round_trip() {
        for t in RelationType::ALL {
            assert_eq!(RelationType::parse(t.as_str()), Some(t));
        }
        assert_eq!(RelationType::parse("MET_WITH"), Some(RelationType::MetWith));
        assert_eq!(RelationType::parse("likes"), None);
    }

    #[test]
    fn record_serializes_the_interchange_fields() {
        let rec = Record {
            id: "d1".into(),
            date: Some("2024-01-01".into()),
            entities: vec![],
            relations: vec![],
            diagnostics: vec![],
        };
        let v = serde_json::to_value(&rec).expect("serializable");
        assert!(v.get("entities").is_some() && v.get("relations").is_some());
        assert!(v.get("diagnostics").is_none());
    }
}
