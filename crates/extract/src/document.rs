//! One document's analysis: mentions, actor phrases, titles bound to names,
//! coreference, and the entity table that relations point into.
//!
//! The analysis runs sentence by sentence, left to right, keeping what a
//! reader keeps in mind: who was the subject of the last sentences, who met
//! whom last, who holds which title in this document. Pronouns, "the
//! latter", "the two leaders" and bare titles ("the Secretary") are resolved
//! against that state when they are met.

use crate::dictionary::{id_hash, Dictionary, Role};
use crate::gazetteer::{
    CountryForm, FormKinds, Gazetteer, GazetteerMatch, Target, TitleInfo, WordRoom,
};
use crate::lexicon::{self, is_in, WordList};
use crate::record::{slug_into, EntityType, Span};
use crate::record_view::recycle;
use crate::relation::RuleRoom;
use crate::text::{is_one_char, Sentence, Token, TokenKind};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::cell::Cell;

/// How many entities a document's tables are made with room for, and
/// bindings and mentions of people and states: more than most documents
/// have, so that the tables are not grown several times over.
const ENTITIES_EXPECTED: usize = 32;

/// How many mentions the buffer of a sentence's mentions is made with room
/// for: more than most sentences have.
const MENTIONS_EXPECTED: usize = 16;

/// An entity of the document being analysed. Its strings are borrowed
/// from the dictionary or the text where they can be: only a name made up
/// for the document is a string of its own.
#[derive(Clone, Debug)]
pub(crate) struct DocEntity<'a> {
    pub id: Cow<'a, str>,
    pub name: Cow<'a, str>,
    pub etype: EntityType,
    /// The ISO code of its country, borrowed from the dictionary.
    pub country: Option<Cow<'a, str>>,
    pub known: bool,
    pub dict_person: Option<usize>,
    pub dict_office: Option<usize>,
    /// Office kind (`foreign-minister`) for offices.
    pub office_kind: Option<&'a str>,
    pub mentions: Mentions,
}

/// A short list kept in place while it holds no more than `N` items, and in
/// a vector of its own only past that: most lists here are short, and a
/// vector made for each would cost more than its items.
#[derive(Clone, Debug)]
pub(crate) struct InPlace<T, const N: usize> {
    /// The items while there are no more than `N`.
    in_place: [T; N],
    /// How many items there are.
    len: usize,
    /// All the items once there are more than `N`.
    spilled: Vec<T>,
}

impl<T: Copy + Default, const N: usize> InPlace<T, N> {
    /// An empty list.
    pub(crate) fn new() -> Self {
        InPlace {
            in_place: [T::default(); N],
            len: 0,
            spilled: Vec::new(),
        }
    }

    /// The list of the one item `item`.
    pub(crate) fn one(item: T) -> Self {
        let mut list = Self::new();
        list.push(item);
        list
    }

    /// Adds one more item.
    pub(crate) fn push(&mut self, item: T) {
        if self.len < N {
            self.in_place[self.len] = item;
            self.len += 1;
        } else {
            self.push_spilled(item);
        }
    }

    /// [`Self::push`] past `N` items. Seldom called: kept apart, so that
    /// the usual push is short enough to be inlined where it is made.
    #[cold]
    #[inline(never)]
    fn push_spilled(&mut self, item: T) {
        if self.len == N {
            self.spilled.clear();
            self.spilled.reserve(2 * N);
            self.spilled.extend_from_slice(&self.in_place);
        }
        self.spilled.push(item);
        self.len += 1;
    }

    /// No items.
    pub(crate) fn clear(&mut self) {
        self.len = 0;
        self.spilled.clear();
    }

    /// Keeps only the items `keep` says to, in their order.
    pub(crate) fn retain(&mut self, keep: impl Fn(&T) -> bool) {
        let kept: Vec<T> = self.iter().copied().filter(|m| keep(m)).collect();
        self.clear();
        for item in kept {
            self.push(item);
        }
    }

    /// The items, in order.
    pub(crate) fn as_slice(&self) -> &[T] {
        if self.len <= N {
            &self.in_place[..self.len]
        } else {
            &self.spilled
        }
    }
}

impl<T: Copy + Default, const N: usize> Default for InPlace<T, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy + Default, const N: usize> std::ops::Deref for InPlace<T, N> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Copy + Default, const N: usize> std::ops::DerefMut for InPlace<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        if self.len <= N {
            &mut self.in_place[..self.len]
        } else {
            &mut self.spilled
        }
    }
}

impl<T: Copy + Default + PartialEq, const N: usize> PartialEq for InPlace<T, N> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Copy + Default + Eq, const N: usize> Eq for InPlace<T, N> {}

impl<T: Copy + Default, const N: usize> FromIterator<T> for InPlace<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = Self::new();
        for item in iter {
            list.push(item);
        }
        list
    }
}

impl<T: Copy + Default, const N: usize> Extend<T> for InPlace<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for item in iter {
            self.push(item);
        }
    }
}

impl<T: Copy + Default, const N: usize> From<Vec<T>> for InPlace<T, N> {
    fn from(items: Vec<T>) -> Self {
        items.into_iter().collect()
    }
}

impl<'r, T: Copy + Default, const N: usize> IntoIterator for &'r InPlace<T, N> {
    type Item = &'r T;
    type IntoIter = std::slice::Iter<'r, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

/// The spans an entity is mentioned at, in the order they were noted: most
/// entities are mentioned only a few times.
pub(crate) type Mentions = InPlace<Span, 4>;

impl DocEntity<'_> {
    /// Where the entity was last mentioned before byte `start`, if it was.
    fn last_mention_before(&self, start: usize) -> Option<usize> {
        self.mentions
            .iter()
            .map(|s| s.start)
            .filter(|&s| s < start)
            .max()
    }
}

/// How an actor's entity was found, which bears on confidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Resolution {
    /// Named in the text.
    #[default]
    Named,
    /// A title resolved through the dictionary's dated roles.
    ByRole,
    /// A pronoun, "the latter", a bare title or a group.
    Anaphora,
}

/// A phrase that names an actor: "Russian Minister of Defence Sergey Shoigu",
/// "the latter", "Beijing".
#[derive(Clone, Debug)]
pub(crate) struct Actor {
    /// The whole phrase.
    pub span: Span,
    /// The part that names the entity, for evidence offsets.
    pub head: Span,
    /// Token range of the phrase.
    pub t0: usize,
    pub t1: usize,
    /// The entities (several for "the two leaders").
    pub refs: Refs,
    /// The other reading of a capital: the country if `refs` is the city, or vice versa.
    pub alt: Option<usize>,
    /// Whether the phrase is followed by a possessive `'s`.
    pub possessive: bool,
    pub resolution: Resolution,
    /// Whether it is a pronoun or determiner ("his"), which may not head a relation
    /// on its own unless it is a subject.
    pub pronoun: bool,
}

/// The entities an actor stands for: mostly one, a few for "the two
/// leaders", kept in place so that an actor, and a sentence's subject
/// copied from it, need no vector of their own. Two, the pair "the two
/// leaders" names: room for more would make every actor larger to move for
/// the few phrases that name more.
pub(crate) type Refs = InPlace<usize, 2>;

/// A person bound to an office in this document, for holds-office relations.
/// The kinds of dictionary entry that become entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum DictKind {
    Person,
    Country,
    Organization,
    Office,
}

/// The key of a dictionary entry of a kind in [`Analysis`]'s index of
/// interned entries: the kind above the index's 32 bits.
fn dict_key(kind: DictKind, idx: usize) -> u64 {
    (kind as u64) << 32 | u64::from(idx as u32)
}

/// A map of 64-bit keys to entity indices, for the few entities of one
/// document: open addressing with linear probing in a power of two of
/// slots, at most half of them used; a key keeps the first index given
/// it. Made for each document and asked a few times a sentence, it is
/// cheaper to fill and to ask than a general hash map.
#[derive(Clone, Debug)]
struct KeyIndex {
    /// A key and its index plus one; 0 in an empty slot.
    slots: Vec<(u64, usize)>,
    /// How many slots are used.
    len: usize,
    /// 64 minus the base-2 logarithm of the number of slots.
    shift: u32,
}

impl KeyIndex {
    /// An empty map with room for `n` keys.
    #[cfg(test)]
    fn with_capacity(n: usize) -> KeyIndex {
        KeyIndex::in_slots(Vec::new(), n)
    }

    /// An empty map with room for `n` keys, in the room of `slots`.
    fn in_slots(mut slots: Vec<(u64, usize)>, n: usize) -> KeyIndex {
        let len = (2 * n).next_power_of_two().max(8);
        slots.clear();
        slots.resize(len, (0, 0));
        KeyIndex {
            slots,
            len: 0,
            shift: 64 - len.trailing_zeros(),
        }
    }

    /// The first slot to look at for `key`.
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The index of `key`, if it has one.
    fn get(&self, key: u64) -> Option<usize> {
        self.find(key).ok()
    }

    /// The index of `key`, or else the empty slot where the search for it
    /// ended, which [`Self::insert_at`] takes so as not to search again.
    fn find(&self, key: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        // At most half the slots are used: an empty one ends the search.
        while let Some(&(k, v)) = self.slots.get(i) {
            if v == 0 {
                return Err(i);
            }
            if k == key {
                return Ok(v - 1);
            }
            i = (i + 1) & mask;
        }
        Err(i)
    }

    /// Gives `key`, which has no index, the index `value` in `slot`, the
    /// empty slot [`Self::find`] gave for it with no insert since.
    fn insert_at(&mut self, slot: usize, key: u64, value: usize) {
        if 2 * (self.len + 1) > self.slots.len() {
            // The slots change as they grow: the key is placed afresh.
            self.insert_first(key, value);
            return;
        }
        if let Some(empty) = self.slots.get_mut(slot) {
            *empty = (key, value + 1);
            self.len += 1;
        }
    }

    /// Gives `key` the index `value`, unless it has one already.
    fn insert_first(&mut self, key: u64, value: usize) {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        while let Some(&(k, v)) = self.slots.get(i) {
            if v == 0 {
                self.slots[i] = (key, value + 1);
                self.len += 1;
                return;
            }
            if k == key {
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Twice the slots, the keys put in again. Seldom called (the table
    /// is made with room for most documents' entities): kept out of
    /// [`Self::insert_first`], which is then short enough to save few
    /// registers at each call, or none where it is inlined.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let grown = vec![(0, 0); 2 * self.slots.len()];
        let old = std::mem::replace(&mut self.slots, grown);
        self.shift -= 1;
        self.len = 0;
        for (k, v) in old {
            if v != 0 {
                self.insert_first(k, v - 1);
            }
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Binding {
    pub person: usize,
    pub office: usize,
    pub sentence: usize,
    pub title: Span,
    pub person_span: Span,
    pub by_role: bool,
    /// The date the title was read at: the document's, or its sentence's.
    pub on: Option<NaiveDate>,
}

#[derive(Clone, Debug)]
enum MKind {
    Person {
        dict: Option<usize>,
    },
    Country {
        idx: usize,
        form: CountryForm,
    },
    Org {
        idx: Option<usize>,
    },
    Place {
        idx: Option<usize>,
    },
    Title {
        /// The gazetteer form of the title.
        form: u32,
    },
    Pronoun {
        plural: bool,
        possessive: bool,
    },
    Latter,
    Former,
    /// "the two leaders", "both sides": `size` parties when the phrase
    /// counts them.
    Group {
        countries: bool,
        size: Option<usize>,
    },
    /// "it", "its": the state or organisation just named.
    Neuter {
        possessive: bool,
    },
    /// "the alliance", "the bloc's": the organisation of that kind last named.
    OrgAnaphor {
        kinds: &'static WordList,
        possessive: bool,
    },
}

#[derive(Clone, Debug)]
struct Mention {
    span: Span,
    t0: usize,
    t1: usize,
    kind: MKind,
}

/// An office chosen for a title.
#[derive(Clone, Debug)]
enum OfficeChoice<'a> {
    Dict(usize),
    AdHoc {
        name: String,
        holder: Option<&'a str>,
        kind: &'a str,
    },
}

pub(crate) struct Analysis<'a> {
    pub dict: &'a Dictionary,
    gaz: &'a Gazetteer,
    pub text: &'a str,
    pub date: Option<NaiveDate>,
    pub tokens: Vec<Token>,
    /// Lower-case token texts with curly apostrophes straightened, each
    /// sliced once from one buffer the caller holds: reading a word is an
    /// index, not a slice whose bounds are checked at every reading.
    words: Vec<&'a str>,
    /// Whether each token is a word that starts with a capital.
    capitalised: Vec<bool>,
    /// The capitalised words, in order, are the first `n_cap_words` of
    /// these (see [`Self::cap_words`]): where [`Self::find_unknown_names`]
    /// starts its runs. The rest is room, at least one item a token, that
    /// the next document writes over.
    cap_words: Vec<usize>,
    n_cap_words: usize,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<DocEntity<'a>>,
    /// Entities by a hash of their id ([`id_hash`]), so that an id is
    /// not copied to be a key: [`Self::entity_by_id`] compares the id
    /// itself, and two ids with one hash (all but never) are still told
    /// apart.
    entity_index: KeyIndex,
    /// Dictionary entities already interned, by kind and index (see
    /// [`dict_key`]): repeated mentions skip building and hashing the id
    /// string.
    dict_entity_index: KeyIndex,
    pub bindings: Vec<Binding>,
    /// The subject of each analysed sentence, if any.
    subjects: Vec<Option<Refs>>,
    /// The participants of the last meeting found, and its sentence.
    pub last_meeting: Option<(usize, Vec<usize>)>,
    /// The last person found visiting somewhere.
    pub last_visitor: Option<usize>,
    /// The last visit found: visitor and destination.
    pub last_visit: Option<(usize, usize)>,
    /// People in order of mention, for "the latter".
    person_order: Vec<usize>,
    /// Full dictionary names of people anywhere in the document, in order.
    doc_people: Vec<usize>,
    /// Codes of countries and organisations in order of mention, for "its".
    state_order: Vec<&'a str>,
    /// The last states named together ("Finland and Sweden"), in an earlier
    /// sentence: who "the two countries" are when no meeting or visit says.
    last_states_named_together: Vec<usize>,
    /// How many sentences had been read when those states were named.
    last_states_named_after: usize,
    /// How many entries `state_order` had when the current sentence began.
    states_before_sentence: usize,
    matches: Vec<GazetteerMatch>,
    /// The token range `t0..t1` of each of `matches`, found once for the
    /// document rather than by a search for every sentence.
    match_tokens: Vec<(usize, usize)>,
    /// The tokens beyond ASCII, each with the range of its word in the
    /// lower-cased buffer: read when the words are sliced, then kept only
    /// for its room (see [`Spare`]).
    others: Vec<(usize, usize, usize)>,
    /// The tokens that are double quotation marks, in order: where
    /// [`Self::quoted_first_person`] looks for a quotation.
    quotes: Vec<usize>,
    /// The tokens that may start a pronoun or a phrase that refers back
    /// ("the", "his", "they", ...), in order: where
    /// [`Self::find_pronouns`] looks.
    reference_starts: Vec<usize>,
    /// Which tokens of the sentence being read its mentions cover (1 for
    /// covered, 0 for not: bytes, so that a short range is marked by one
    /// read and write of four, see [`mark`]): a buffer reused from
    /// sentence to sentence.
    covered: Vec<u8>,
    /// Where entity ids are written to be looked up: see [`Self::intern`].
    id_buf: Cell<String>,
    /// The mentions of the sentence being read: a buffer reused from
    /// sentence to sentence.
    mention_buf: Vec<Mention>,
    /// Where the last sentence read ends in `matches`, `cap_words` and
    /// `reference_starts`, and where it starts in `quotes`: where the next
    /// one, read after it, mostly starts (see [`partition_at`]).
    cursors: Cursors,
}

/// The buffers of a document's analysis, kept when it is done for the next
/// document read on the same thread: most documents fit in the room the
/// one before left, and the larger buffers cost much more to allocate
/// afresh for each document than to clear. Each is emptied when taken.
#[derive(Debug, Default)]
pub(crate) struct Spare {
    /// The buffer of lower-cased words, which the caller holds (see
    /// [`Analysis::new`]).
    pub lower: String,
    /// The caller's buffer of a sentence's actors.
    pub actors: Vec<Actor>,
    /// The vectors the caller segments the text into (see
    /// [`crate::text::segment_hashed`]), whose sentences and tokens the
    /// analysis then holds.
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub sentence_ends: Vec<usize>,
    /// The vectors the caller gathers the text's words into for the
    /// gazetteer, and its matches, which the analysis then holds.
    pub word_room: WordRoom,
    pub matches: Vec<GazetteerMatch>,
    /// The vectors of the caller's look-up of the document's words in the
    /// trigger index and of its sentences' rules.
    pub rule_room: RuleRoom,
    others: Vec<(usize, usize, usize)>,
    words: Vec<&'static str>,
    capitalised: Vec<bool>,
    cap_words: Vec<usize>,
    entities: Vec<DocEntity<'static>>,
    entity_slots: Vec<(u64, usize)>,
    dict_entity_slots: Vec<(u64, usize)>,
    bindings: Vec<Binding>,
    subjects: Vec<Option<Refs>>,
    person_order: Vec<usize>,
    doc_people: Vec<usize>,
    state_order: Vec<&'static str>,
    match_tokens: Vec<(usize, usize)>,
    quotes: Vec<usize>,
    reference_starts: Vec<usize>,
    covered: Vec<u8>,
    id_buf: String,
    mention_buf: Vec<Mention>,
}

thread_local! {
    /// The buffers the last document read on this thread left.
    static SPARE: Cell<Spare> = Cell::new(Spare::default());
}

impl Spare {
    /// The buffers the last document read on this thread left, if any.
    pub(crate) fn take() -> Spare {
        SPARE.take()
    }

    /// The most text whose buffers are kept: a rare document longer than
    /// this gives its room back rather than hold it for the rest of the
    /// run, so a thread's memory stays near that of a usual document.
    const KEEP_TEXT: usize = 1 << 20;

    /// Keeps the buffers for the next document read on this thread, unless
    /// they were made for a very long one.
    pub(crate) fn keep(self) {
        if self.lower.capacity() <= Spare::KEEP_TEXT {
            SPARE.set(self);
        }
    }
}

/// The person a form names by full name, if it does.
fn full_name_of(targets: &[Target]) -> Option<usize> {
    targets.iter().find_map(|t| match *t {
        Target::Person {
            index,
            surname: false,
        } => Some(index),
        _ => None,
    })
}

/// The people a form is the surname of, read from its targets each time
/// rather than gathered into a vector.
fn surnames_of(targets: &[Target]) -> impl Iterator<Item = usize> + '_ {
    targets.iter().filter_map(|t| match *t {
        Target::Person {
            index,
            surname: true,
        } => Some(index),
        _ => None,
    })
}

/// The one of `people` who holds a role on `date`, if only one does.
fn only_one_in_office(
    dict: &Dictionary,
    people: impl Iterator<Item = usize>,
    date: NaiveDate,
) -> Option<usize> {
    let mut in_office = people.filter(|&p| {
        dict.person_roles(p)
            .iter()
            .any(|&r| dict.roles()[r].held_on(date))
    });
    match (in_office.next(), in_office.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// Whether `part` is one word of the longer `name`. The name's words are
/// cut at its space bytes, as `split(' ')` cuts it, by a plain walk over
/// its few bytes.
fn has_name_part(name: &str, part: &str) -> bool {
    name != part
        && name
            .as_bytes()
            .split(|&b| b == b' ')
            .any(|w| w == part.as_bytes())
}

/// `v` emptied.
fn emptied<T>(mut v: Vec<T>) -> Vec<T> {
    v.clear();
    v
}

/// `v` emptied, with room for `n` elements.
fn with_room<T>(mut v: Vec<T>, n: usize) -> Vec<T> {
    v.clear();
    v.reserve(n);
    v
}

/// Where the last sentence read ends (or, in `quotes`, starts) in the
/// analysis's ordered lists.
#[derive(Clone, Copy, Debug, Default)]
struct Cursors {
    matches: usize,
    cap_words: usize,
    reference_starts: usize,
    /// Most sentences hold no quotation mark: then the next one starts
    /// where the last one did.
    quotes: usize,
}

/// Appends `s` lower-cased, with curly apostrophes straightened.
fn straighten_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

impl<'a> Analysis<'a> {
    #[allow(clippy::too_many_arguments)] // the document's parts, the buffer its words are lower-cased into, and the buffers of the last document
    pub fn new(
        dict: &'a Dictionary,
        gaz: &'a Gazetteer,
        text: &'a str,
        date: Option<NaiveDate>,
        sentences: Vec<Sentence>,
        tokens: Vec<Token>,
        matches: Vec<GazetteerMatch>,
        lower: &'a mut String,
        spare: Spare,
    ) -> Analysis<'a> {
        // One buffer for every lower-cased token: the text lower-cased at
        // once, where a token of plain ASCII finds itself at its own offsets;
        // the few tokens with other characters (which may change length when
        // lower-cased, or hold a curly apostrophe) are appended after it.
        // The caller holds the buffer so that the words sliced from it live
        // as long as the text, apart from the analysis.
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        let others = append_tokens_beyond_ascii(text, &tokens, lower, spare.others);
        let lower: &'a str = lower;
        let mut quotes = emptied(spare.quotes);
        // About one word in ten starts a reference.
        let mut reference_starts = emptied(spare.reference_starts);
        reference_starts.reserve(tokens.len() / 8);
        let bytes = text.as_bytes();
        // Whether each token is capitalised, and the capitalised words, are
        // noted in the same pass over the tokens as their words: one walk,
        // not two. About one word in five is capitalised.
        // Filled by a write through the slot of each token, which costs
        // less than a push that tests its room each time.
        let mut capitalised = emptied(spare.capitalised);
        capitalised.resize(tokens.len(), false);
        // Each token is written at the end of the list of capitalised words,
        // whatever it is, and the list grows over it only if it is one:
        // whether a word is capitalised follows no pattern a branch
        // predictor could learn, and a write costs less than a mispredicted
        // branch. The room, kept from document to document, is filled only
        // where it grows.
        let mut cap_words = spare.cap_words;
        if cap_words.len() < tokens.len() {
            cap_words.resize(tokens.len(), 0);
        }
        let mut n_cap = 0;
        let lower_bytes = lower.as_bytes();
        let mut words: Vec<&'a str> = recycle(spare.words);
        // Each token's word is first sliced at its own offsets in `lower`,
        // which is right for every token of plain ASCII; the few beyond
        // ASCII are pointed at their lower-cased text after the loop, which
        // then needs no test for them and has fewer values to keep.
        let slots = tokens.iter().zip(capitalised.iter_mut()).enumerate();
        words.extend(slots.map(|(i, (t, is_cap))| {
            let (start, end) = (t.span.start, t.span.end);
            let first = bytes.get(start).copied().unwrap_or(0);
            // `is_capitalised`, with no branch on the letter for a token
            // that starts with an ASCII byte.
            let cap = if first.is_ascii() {
                (t.kind == TokenKind::Word) & first.is_ascii_uppercase()
            } else {
                is_capitalised(text, t)
            };
            *is_cap = cap;
            if let Some(slot) = cap_words.get_mut(n_cap) {
                *slot = i;
            }
            n_cap += usize::from(cap);
            // The words that start a reference are plain ASCII, as is a
            // straight quotation mark: a token beyond ASCII passes neither
            // test. Most words are turned away by their length and first
            // letter, tested at once.
            let len = end - start;
            if may_start_reference(len, first) && starts_reference(lower_bytes, start, end) {
                reference_starts.push(i);
            }
            // The first byte first: it is seldom a quotation mark, so the
            // branch is foretold, where a length of one byte is not.
            if first == b'"' && len == 1 {
                quotes.push(i);
            }
            &lower[start..end]
        }));
        let mut curly_quotes = false;
        for &(i, from, to) in &others {
            if let Some(word) = words.get_mut(i) {
                *word = &lower[from..to];
            }
            if tokens
                .get(i)
                .is_some_and(|t| is_quote_mark(&bytes[t.span.start..t.span.end]))
            {
                quotes.push(i);
                curly_quotes = true;
            }
        }
        // Curly and straight quotation marks in one text: back in order.
        if curly_quotes {
            quotes.sort_unstable();
        }
        let match_tokens = match_token_ranges(&matches, &tokens, spare.match_tokens);

        let mut doc_people = emptied(spare.doc_people);
        for m in matches.iter().filter(|m| m.kinds.may_be_person()) {
            let targets = gaz.targets(m.form);
            // A surname counts when it names one person, or one in office on the date.
            let person = full_name_of(targets).or_else(|| {
                let mut all = surnames_of(targets);
                let first = all.next()?;
                if all.next().is_none() {
                    return Some(first);
                }
                only_one_in_office(dict, surnames_of(targets), date?)
            });
            if let Some(p) = person {
                if !doc_people.contains(&p) {
                    doc_people.push(p);
                }
            }
        }
        let n_sentences = sentences.len();
        Analysis {
            dict,
            gaz,
            text,
            date,
            tokens,
            words,
            capitalised,
            cap_words,
            n_cap_words: n_cap,
            sentences,
            // Room for the entities of most documents.
            entities: with_room(recycle(spare.entities), ENTITIES_EXPECTED),
            entity_index: KeyIndex::in_slots(spare.entity_slots, ENTITIES_EXPECTED),
            dict_entity_index: KeyIndex::in_slots(spare.dict_entity_slots, ENTITIES_EXPECTED),
            bindings: with_room(spare.bindings, ENTITIES_EXPECTED),
            subjects: with_room(spare.subjects, n_sentences),
            last_meeting: None,
            last_visitor: None,
            last_visit: None,
            person_order: with_room(spare.person_order, ENTITIES_EXPECTED),
            doc_people,
            state_order: with_room(recycle(spare.state_order), ENTITIES_EXPECTED),
            last_states_named_together: Vec::new(),
            last_states_named_after: 0,
            states_before_sentence: 0,
            matches,
            match_tokens,
            others,
            quotes,
            reference_starts,
            covered: emptied(spare.covered),
            id_buf: Cell::new({
                let mut id = spare.id_buf;
                id.clear();
                id.reserve(64);
                id
            }),
            mention_buf: with_room(spare.mention_buf, MENTIONS_EXPECTED),
            cursors: Cursors::default(),
        }
    }

    /// The analysis's buffers, for the next document (see [`Spare`]); the
    /// caller's are the caller's to put back.
    pub fn into_spare(self) -> Spare {
        Spare {
            lower: String::new(),
            actors: Vec::new(),
            sentences: self.sentences,
            tokens: self.tokens,
            sentence_ends: Vec::new(),
            word_room: WordRoom::default(),
            matches: self.matches,
            rule_room: RuleRoom::default(),
            others: self.others,
            words: recycle(self.words),
            capitalised: self.capitalised,
            cap_words: self.cap_words,
            entities: recycle(self.entities),
            entity_slots: self.entity_index.slots,
            dict_entity_slots: self.dict_entity_index.slots,
            bindings: self.bindings,
            subjects: self.subjects,
            person_order: self.person_order,
            doc_people: self.doc_people,
            state_order: recycle(self.state_order),
            match_tokens: self.match_tokens,
            quotes: self.quotes,
            reference_starts: self.reference_starts,
            covered: self.covered,
            id_buf: self.id_buf.into_inner(),
            mention_buf: self.mention_buf,
        }
    }

    pub fn word(&self, t: usize) -> &'a str {
        self.words.get(t).copied().unwrap_or("")
    }

    /// The words of tokens `range`; none for a range out of the document.
    pub fn words(&self, range: std::ops::Range<usize>) -> &[&'a str] {
        self.words.get(range).unwrap_or_default()
    }

    pub fn surface(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    fn token_text(&self, t: usize) -> &'a str {
        let s = self.tokens[t].span;
        &self.text[s.start..s.end]
    }

    /// Index of the first token starting at or after `byte`.
    pub(crate) fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < byte)
    }

    // ----- entities -------------------------------------------------------

    /// The entity whose id `write_id` writes, made by `make` if the
    /// document has none yet. The id is written into a buffer the analysis
    /// keeps: a string of its own is only allocated for a new entity.
    fn intern(
        &mut self,
        write_id: impl FnOnce(&mut String),
        make: impl FnOnce(&Self) -> DocEntity<'a>,
    ) -> usize {
        let mut id = self.id_buf.take();
        id.clear();
        write_id(&mut id);
        let hash = id_hash(&id);
        let e = match self.entity_by_id(&id, hash) {
            Some(i) => i,
            None => self.add_entity(Cow::Owned(id.clone()), hash, make),
        };
        self.id_buf.set(id);
        e
    }

    /// [`Self::intern`] for an id the dictionary made, with its hash: the
    /// new entity borrows it.
    fn intern_static(
        &mut self,
        id: &'a str,
        hash: u64,
        make: impl FnOnce(&Self) -> DocEntity<'a>,
    ) -> usize {
        match self.entity_by_id(id, hash) {
            Some(i) => i,
            None => self.add_entity(Cow::Borrowed(id), hash, make),
        }
    }

    /// Adds the entity `make` makes, with the id `id` whose [`id_hash`] is
    /// `hash`.
    fn add_entity(
        &mut self,
        id: Cow<'a, str>,
        hash: u64,
        make: impl FnOnce(&Self) -> DocEntity<'a>,
    ) -> usize {
        let mut e = make(self);
        e.id = id;
        self.entities.push(e);
        let i = self.entities.len() - 1;
        // A hash already taken keeps its entity; the other is found by its
        // id.
        self.entity_index.insert_first(hash, i);
        i
    }

    /// The entity with the id `id`, whose [`id_hash`] is `hash`. Inlined:
    /// a call cost about as much as the look-up.
    #[inline]
    fn entity_by_id(&self, id: &str, hash: u64) -> Option<usize> {
        let i = self.entity_index.get(hash)?;
        if self.entities[i].id == id {
            return Some(i);
        }
        self.entity_with_other_hash(id)
    }

    /// The entity with the id `id`, whose hash another id has: all but
    /// never, so kept apart from [`Self::entity_by_id`], which is then short
    /// enough to be inlined.
    #[cold]
    #[inline(never)]
    fn entity_with_other_hash(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    /// [`Self::intern`] for a dictionary entity, by its kind and index;
    /// its id is the one the dictionary made (`dict_id`), else the one
    /// `write_id` writes, only looked up the first time.
    fn intern_dict(
        &mut self,
        kind: DictKind,
        idx: usize,
        dict_id: Option<(&'a str, u64)>,
        write_id: impl FnOnce(&mut String),
        make: impl FnOnce(&Self) -> DocEntity<'a>,
    ) -> usize {
        let key = dict_key(kind, idx);
        let slot = match self.dict_entity_index.find(key) {
            Ok(i) => return i,
            Err(slot) => slot,
        };
        // Nothing below puts a key in this index: the slot stays empty.
        let e = match dict_id {
            Some((id, hash)) => self.intern_static(id, hash, make),
            None => self.intern(write_id, make),
        };
        self.dict_entity_index.insert_at(slot, key, e);
        e
    }

    /// Whether a dictionary person is already an entity of the document.
    fn has_person_entity(&self, idx: usize) -> bool {
        if self
            .dict_entity_index
            .get(dict_key(DictKind::Person, idx))
            .is_some()
        {
            return true;
        }
        // Only a person's id can be a person's; none yet, none to look up.
        if !self.entities.iter().any(|e| e.etype == EntityType::Person) {
            return false;
        }
        if let Some((id, hash)) = self.dict.person_id(idx) {
            return self.entity_by_id(id, hash).is_some();
        }
        let mut id = self.id_buf.take();
        id.clear();
        id.push_str("person:");
        slug_into(&self.dict.persons()[idx].name, &mut id);
        let found = self.entity_by_id(&id, id_hash(&id)).is_some();
        self.id_buf.set(id);
        found
    }

    /// An entity of type `etype` named `name`, known, with nothing else
    /// set.
    fn blank(name: impl Into<Cow<'a, str>>, etype: EntityType) -> DocEntity<'a> {
        DocEntity {
            id: Cow::Borrowed(""),
            name: name.into(),
            etype,
            country: None,
            known: true,
            dict_person: None,
            dict_office: None,
            office_kind: None,
            mentions: Mentions::new(),
        }
    }

    pub fn person_entity(&mut self, idx: usize) -> usize {
        let dict: &'a Dictionary = self.dict;
        self.intern_dict(
            DictKind::Person,
            idx,
            dict.person_id(idx),
            |id| {
                id.push_str("person:");
                slug_into(&dict.persons()[idx].name, id);
            },
            |an| DocEntity {
                dict_person: Some(idx),
                country: an.country_of_person(idx).map(Cow::Borrowed),
                ..Self::blank(dict.persons()[idx].name.as_str(), EntityType::Person)
            },
        )
    }

    /// The country of the first office of a person's held on the date, or
    /// else of the first of their other offices, that a country holds.
    fn country_of_person(&self, idx: usize) -> Option<&'a str> {
        let dict: &'a Dictionary = self.dict;
        let held = |r: usize| self.date.is_some_and(|d| dict.roles()[r].held_on(d));
        // The roles held on the date first, then the others, each in order.
        let first_of = |on_date: bool| {
            dict.person_roles(idx)
                .iter()
                .filter(|&&r| held(r) == on_date)
                .filter_map(|&r| dict.role_office(r))
                .find_map(|o| dict.office_country(o))
        };
        // Someone who holds an office of no state on the date (a NATO
        // secretary-general who once led Norway) speaks for none.
        let holds_on_date = || dict.person_roles(idx).iter().any(|&r| held(r));
        let c = first_of(true).or_else(|| (!holds_on_date()).then(|| first_of(false)).flatten())?;
        Some(dict.countries()[c].code.as_str())
    }

    fn unknown_person_entity(&mut self, name: &'a str) -> usize {
        let name = name.trim();
        self.intern(
            |id| {
                id.push_str("person:");
                slug_into(name, id);
            },
            |_| DocEntity {
                known: false,
                ..Self::blank(name, EntityType::Person)
            },
        )
    }

    pub fn country_entity(&mut self, idx: usize) -> usize {
        let dict: &'a Dictionary = self.dict;
        self.intern_dict(
            DictKind::Country,
            idx,
            dict.country_id(idx),
            |id| {
                id.push_str("country:");
                id.push_str(&dict.countries()[idx].code);
            },
            |_| {
                let c = &dict.countries()[idx];
                DocEntity {
                    country: Some(Cow::Borrowed(c.code.as_str())),
                    ..Self::blank(c.name.as_str(), EntityType::Country)
                }
            },
        )
    }

    fn org_entity(&mut self, idx: usize) -> usize {
        let dict: &'a Dictionary = self.dict;
        self.intern_dict(
            DictKind::Organization,
            idx,
            dict.organization_id(idx),
            |id| {
                id.push_str("organization:");
                slug_into(&dict.organizations()[idx].id, id);
            },
            |_| {
                let o = &dict.organizations()[idx];
                DocEntity {
                    country: o.country.as_deref().map(Cow::Borrowed),
                    ..Self::blank(o.name.as_str(), EntityType::Organization)
                }
            },
        )
    }

    /// The entity of a place; `country` is the code of the country it lies
    /// in.
    fn place_entity(&mut self, name: &'a str, country: Option<&'a str>, known: bool) -> usize {
        self.intern(
            |id| {
                id.push_str("place:");
                slug_into(name, id);
            },
            |_| DocEntity {
                country: country.map(Cow::Borrowed),
                known,
                ..Self::blank(name, EntityType::Place)
            },
        )
    }

    fn unknown_org_entity(&mut self, name: &'a str) -> usize {
        self.intern(
            |id| {
                id.push_str("organization:");
                slug_into(name, id);
            },
            |_| DocEntity {
                known: false,
                ..Self::blank(name, EntityType::Organization)
            },
        )
    }

    fn office_entity(&mut self, choice: &OfficeChoice<'a>) -> usize {
        let dict: &'a Dictionary = self.dict;
        match choice {
            &OfficeChoice::Dict(idx) => self.intern_dict(
                DictKind::Office,
                idx,
                dict.office_entity_id(idx),
                |id| {
                    id.push_str("office:");
                    slug_into(&dict.offices()[idx].id, id);
                },
                |_| {
                    let o = &dict.offices()[idx];
                    DocEntity {
                        country: dict
                            .office_country(idx)
                            .map(|c| Cow::Borrowed(dict.countries()[c].code.as_str())),
                        dict_office: Some(idx),
                        office_kind: Some(o.kind.as_str()),
                        ..Self::blank(o.name.as_str(), EntityType::Office)
                    }
                },
            ),
            OfficeChoice::AdHoc { name, holder, kind } => self.intern(
                |id| {
                    id.push_str("office:");
                    slug_into(name, id);
                },
                |_| DocEntity {
                    country: holder
                        .and_then(|h| dict.country_index(h))
                        .map(|c| Cow::Borrowed(dict.countries()[c].code.as_str())),
                    known: false,
                    office_kind: Some(kind),
                    ..Self::blank(name.clone(), EntityType::Office)
                },
            ),
        }
    }

    pub fn topic_entity(&mut self, phrase: &str) -> usize {
        self.intern(
            |id| {
                id.push_str("topic:");
                slug_into(phrase, id);
            },
            |_| DocEntity {
                known: false,
                ..Self::blank(phrase.to_string(), EntityType::Topic)
            },
        )
    }

    /// Records a mention; duplicates are removed when the record is built,
    /// so that this stays constant-time however often an entity is named.
    pub fn note_mention(&mut self, entity: usize, span: Span) {
        let m = &mut self.entities[entity].mentions;
        if m.last() != Some(&span) {
            m.push(span);
        }
    }

    /// The country entity for an ISO code, interning it.
    pub fn country_entity_by_code(&mut self, code: &str) -> Option<usize> {
        let idx = self.dict.country_index(code)?;
        Some(self.country_entity(idx))
    }

    // ----- mentions -------------------------------------------------------

    /// The mentions of a sentence, in order, into `out` (cleared first).
    fn mentions_in(&mut self, s: &Sentence, out: &mut Vec<Mention>) {
        out.clear();
        let lo = partition_at(&self.matches, self.cursors.matches, |m| {
            m.start < s.span.start
        });
        // The matches before `lo` start before the sentence.
        let hi = lo
            + self
                .matches
                .get(lo..)
                .unwrap_or_default()
                .partition_point(|m| m.start < s.span.end);
        self.cursors.matches = hi;
        // Whether a token of the sentence lies in some dictionary form of
        // it. Asked only next to a surname or a place, so a look over the
        // sentence's few forms is cheaper than marking every token.
        let here_tokens = &self.match_tokens[lo..hi];
        let covered_by_match = |t: usize| {
            t >= s.first_token
                && t < s.end_token
                && here_tokens.iter().any(|&(a, b)| a <= t && t < b)
        };
        for k in lo..hi {
            let m = &self.matches[k];
            let span = Span::new(m.start, m.end);
            let (t0, t1) = self.match_tokens[k];
            let surname_only = m.kinds.surname_only();
            if surname_only && t0 > s.first_token {
                let p = t0 - 1;
                let given = self.is_cap_word(p)
                    && !covered_by_match(p)
                    && !is_in(&lexicon::NOT_NAMES, self.token_text(p))
                    || (self.word(p) == "."
                        && p > s.first_token
                        && is_one_char(self.token_text(p - 1))
                        && self.is_cap_word(p - 1));
                if given {
                    continue;
                }
            }
            // A surname that modifies a noun names someone else: "Wagner
            // chief Yevgeny Prigozhin", "Wagner fighters".
            if surname_only
                && t1 < s.end_token
                && is_in(&lexicon::NAME_MODIFIED_NOUNS, self.token_text(t1))
            {
                continue;
            }
            // A "surname" followed by a capitalised unknown word is a given
            // name: "President Michel Suleiman" is not Charles Michel.
            if surname_only
                && t1 < s.end_token
                && self.is_cap_word(t1)
                && !covered_by_match(t1)
                && !is_in(&lexicon::NOT_NAMES, self.token_text(t1))
            {
                continue;
            }
            // So is one before a particle of a family name: "Ali al-Sistani",
            // "Ahmed bin Salman".
            if surname_only
                && t1 + 1 < s.end_token
                && matches!(
                    self.token_text(t1),
                    "al" | "el" | "bin" | "ibn" | "bint" | "ould" | "Abu" | "abu"
                )
                && (self.word(t1 + 1) == "-" || self.is_cap_word(t1 + 1))
            {
                continue;
            }
            let place_like = m.kinds.place_like();
            if place_like
                && t1 < s.end_token
                && self.is_cap_word(t1)
                && !covered_by_match(t1)
                && !is_in(&lexicon::NOT_NAMES, self.token_text(t1))
            {
                continue;
            }
            if let Some(kind) = self.choose_target(m.form, m.kinds, t0, t1) {
                out.push(Mention { span, t0, t1, kind });
            }
        }
        // Which tokens the mentions found so far cover: kept up to date as
        // names are found, then read by the pronouns.
        let mut covered = std::mem::take(&mut self.covered);
        cover_into(s, ranges(out), &mut covered);
        self.find_unknown_names(s, out, &mut covered);
        self.cursors.reference_starts = self.find_pronouns(s, out, &covered);
        self.covered = covered;
        out.sort_by_key(|m| m.span.start);
    }

    /// Picks what a dictionary form means here.
    fn choose_target(&self, form: u32, kinds: FormKinds, t0: usize, t1: usize) -> Option<MKind> {
        // What a form may name is worked out when the dictionary is
        // compiled: a generic title has hundreds of targets, all offices.
        // The match's bits say which of the form's fields need be read.
        let named = if kinds.names_place_or_body() {
            self.gaz.named(form)
        } else {
            None
        };
        match named {
            Some(Target::Country(idx, form)) => {
                return Some(MKind::Country {
                    idx: *idx,
                    form: *form,
                })
            }
            Some(Target::Organization(idx)) => return Some(MKind::Org { idx: Some(*idx) }),
            Some(Target::Place(idx)) => return Some(MKind::Place { idx: Some(*idx) }),
            _ => {}
        }
        if kinds.may_be_person() {
            if let Some(p) = self.pick_person(self.gaz.targets(form), t0) {
                return Some(MKind::Person { dict: Some(p) });
            }
        }
        if kinds.may_be_title() {
            // The office rules read only the title targets of the list.
            let _ = t1;
            return Some(MKind::Title { form });
        }
        None
    }

    /// Resolves a person form: full names directly, surnames by who is in
    /// the document already, who holds a role on the date, or a title before it.
    fn pick_person(&self, targets: &[Target], t0: usize) -> Option<usize> {
        let full = full_name_of(targets);
        if full.is_some() {
            return full;
        }
        let surnames = || surnames_of(targets);
        let mut all = surnames();
        let first = all.next()?;
        let only_one = all.next().is_none();
        // Someone already in the document, or named in full anywhere in it.
        for p in surnames() {
            if self.has_person_entity(p) {
                return Some(p);
            }
        }
        for &p in &self.doc_people {
            if surnames().any(|s| s == p) {
                return Some(p);
            }
        }
        // The one of them in office on the date, if only one is.
        if let Some(p) = self
            .date
            .and_then(|d| only_one_in_office(self.dict, surnames(), d))
        {
            return Some(p);
        }
        let titled = t0 > 0
            && (self.is_title_word(t0 - 1)
                || is_in(
                    &lexicon::HONORIFICS,
                    self.word(t0 - 1).trim_end_matches('.'),
                ));
        if only_one && (titled || self.date.is_none()) {
            return Some(first);
        }
        None
    }

    fn is_title_word(&self, t: usize) -> bool {
        let w = self.word(t);
        matches!(
            w,
            "president"
                | "minister"
                | "secretary"
                | "premier"
                | "chancellor"
                | "chairman"
                | "chairperson"
                | "king"
                | "queen"
                | "speaker"
                | "ambassador"
                | "envoy"
                | "general"
                | "commander"
                | "emir"
        )
    }

    /// The capitalised words, in order.
    fn cap_words(&self) -> &[usize] {
        self.cap_words.get(..self.n_cap_words).unwrap_or_default()
    }

    /// Whether token `t` is a capitalised word; false past the last token.
    pub(crate) fn is_cap_word(&self, t: usize) -> bool {
        self.capitalised.get(t).copied().unwrap_or(false)
    }

    /// Names no dictionary knows, found from capitalised runs and their
    /// context. `covered` says which tokens of the sentence `out` covers;
    /// the names found are added to it.
    fn find_unknown_names(&mut self, s: &Sentence, out: &mut Vec<Mention>, covered: &mut [u8]) {
        // A run starts at a capitalised word: only those are visited, from
        // `t`, the first token no run has read.
        let mut k = partition_at(self.cap_words(), self.cursors.cap_words, |&c| {
            c < s.first_token
        });
        let mut t = s.first_token;
        // Where the next sentence's capitalised words start.
        self.cursors.cap_words = self.n_cap_words;
        while let Some(&c) = self.cap_words().get(k) {
            k += 1;
            if c >= s.end_token {
                self.cursors.cap_words = k - 1;
                break;
            }
            if c < t || covered[c - s.first_token] != 0 {
                continue;
            }
            t = c;
            // Extend the run: capitalised words, particles, hyphen pieces, initials, Jr.
            let start = t;
            let mut end = t + 1;
            loop {
                if end >= s.end_token || covered[end - s.first_token] != 0 {
                    break;
                }
                let prev_end = self.tokens[end - 1].span.end;
                let tok = self.tokens[end];
                let w = self.token_text(end);
                let glued = tok.span.start == prev_end;
                // A hyphen joins the next piece only if no dictionary form holds
                // it ("Smith Jr-China" must not swallow "China"): mentions never overlap.
                if w == "-"
                    && glued
                    && end + 1 < s.end_token
                    && self.tokens[end + 1].span.start == tok.span.end
                    && covered[end + 1 - s.first_token] == 0
                {
                    end += 2;
                    continue;
                }
                if w == "." && glued && is_one_char(self.token_text(end - 1)) {
                    end += 1; // an initial: "Harry B. Harris"
                    continue;
                }
                if self.is_cap_word(end) && !is_in(&lexicon::NOT_NAMES, w) {
                    end += 1;
                    continue;
                }
                if matches!(
                    w,
                    "bin"
                        | "al"
                        | "von"
                        | "der"
                        | "van"
                        | "de"
                        | "da"
                        | "di"
                        | "la"
                        | "le"
                        | "del"
                        | "dos"
                        | "du"
                        | "ibn"
                        | "el"
                ) && end + 1 < s.end_token
                    && (self.is_cap_word(end + 1)
                        // "al-Sistani"
                        || (self.token_text(end + 1) == "-"
                            && end + 2 < s.end_token
                            && self.is_cap_word(end + 2)))
                {
                    end += 1;
                    continue;
                }
                break;
            }
            // "Jr." after a name.
            if end + 1 < s.end_token && matches!(self.token_text(end), "Jr" | "Sr") {
                end += if self.token_text(end + 1) == "." {
                    2
                } else {
                    1
                };
            }
            let mut a = start;
            while a < end && is_in(&lexicon::NOT_NAMES, self.token_text(a)) {
                a += 1;
            }
            if a < end {
                let before = out.len();
                self.classify_unknown(a, end, s, out);
                mark(s, ranges(&out[before..]), covered);
            }
            t = end.max(t + 1);
        }
    }

    fn classify_unknown(&mut self, a: usize, b: usize, s: &Sentence, out: &mut Vec<Mention>) {
        let span = Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end);
        let last = self.token_text(b - 1).trim_end_matches('.');
        let n_words = (a..b)
            .filter(|&t| self.tokens[t].kind == TokenKind::Word)
            .count();
        if is_in(&lexicon::ORG_HEADS, last) && n_words >= 2 {
            out.push(Mention {
                span,
                t0: a,
                t1: b,
                kind: MKind::Org { idx: None },
            });
            return;
        }
        // "the Ankara Declaration", "the Minsk Agreements": an instrument
        // or an event named for a place is no one at all.
        if n_words >= 2
            && matches!(
                last,
                "Declaration"
                    | "Agreement"
                    | "Agreements"
                    | "Accord"
                    | "Accords"
                    | "Treaty"
                    | "Protocol"
                    | "Charter"
                    | "Initiative"
                    | "Plan"
                    | "Doctrine"
                    | "Process"
                    | "Convention"
                    | "Pact"
                    | "Memorandum"
                    | "Act"
                    | "Resolution"
                    | "Summit"
                    | "Conference"
                    | "Dialogue"
                    | "Format"
            )
        {
            return;
        }
        // "the holy city of Najaf", "the lakeside town of Ohrid": a place
        // the dictionary lacks, named by its kind.
        let kind_before = a >= s.first_token + 2
            && self.word(a - 1) == "of"
            && matches!(
                self.word(a - 2),
                "city" | "town" | "village" | "port" | "province" | "region" | "island" | "enclave"
            );
        if is_in(&lexicon::PLACE_HEADS, last) && n_words >= 2 || kind_before {
            out.push(Mention {
                span,
                t0: a,
                t1: b,
                kind: MKind::Place { idx: None },
            });
            return;
        }
        // A person needs evidence: a title, honorific or "counterpart" before,
        // or a title in apposition after.
        let before = a.checked_sub(1).filter(|&p| p >= s.first_token);
        let titled_before = before.is_some_and(|p| {
            let raw = self.word(p);
            let w = raw.trim_end_matches('.');
            is_in(&lexicon::HONORIFICS, w) && w != "his" && w != "her" && w != "he"
                || out
                    .iter()
                    .any(|m| m.t1 == p + 1 && matches!(m.kind, MKind::Title { .. }))
                || (raw == "." && p > 0 && is_in(&lexicon::HONORIFICS, self.word(p - 1)))
                // "Morocco's human rights minister, Mustapha Ramid,", "her
                // Malian counterpart, Abdoulaye Diop,": a title or
                // "counterpart" in apposition before.
                || (raw == ","
                    && (out
                        .iter()
                        .any(|m| m.t1 == p && matches!(m.kind, MKind::Title { .. }))
                        || p > s.first_token && self.word(p - 1) == "counterpart"))
        });
        // Name-shaped runs: an initial or a suffix ("Harry B. Harris Jr."), a
        // known family name ("Ivanka Trump"), or coordination with a person
        // ("Ivanka Trump and Jared Kushner").
        let shaped = n_words >= 2
            && ((a..b).any(|t| {
                let w = self.token_text(t);
                (is_one_char(w) && w.chars().all(char::is_uppercase) && self.word(t + 1) == ".")
                    || matches!(w, "Jr" | "Sr" | "II" | "III")
            }) || self.is_known_surname(self.token_text(b - 1))
                || before.is_some_and(|p| {
                    matches!(self.word(p), "and" | ",")
                        && out
                            .iter()
                            .any(|m| m.t1 == p && matches!(m.kind, MKind::Person { .. }))
                }));
        // "Hamas leader Ismail Haniyeh": a lower-case role noun before.
        let role_before = before
            .is_some_and(|p| !self.is_cap_word(p) && is_in(&lexicon::ROLE_NOUNS, self.word(p)));
        // Not after a word of place: "Aboard Air Force One, the president".
        let after_place_word = before.is_some_and(|p| {
            let w = self.word(p);
            [
                "aboard", "in", "at", "inside", "outside", "near", "across", "into", "from",
            ]
            .iter()
            .any(|place_word| w.eq_ignore_ascii_case(place_word))
        });
        let apposed_after = b + 2 < s.end_token
            && self.word(b) == ","
            && !after_place_word
            && (matches!(self.word(b + 1), "the" | "a" | "who")
                || self.title_starts_at(b + 1, out));
        // "Crown Prince Sheikh Mohammed bin Zayed": a lone honorific before a
        // known name is no name of its own.
        let honorific = is_in(&lexicon::HONORIFICS, self.word(a).trim_end_matches('.'));
        let single_ok = n_words == 1 && titled_before && self.word(a).len() > 2 && !honorific;
        if (n_words >= 2 && (titled_before || apposed_after || shaped || role_before)) || single_ok
        {
            out.push(Mention {
                span,
                t0: a,
                t1: b,
                kind: MKind::Person { dict: None },
            });
            return;
        }
        // A single capitalised word that is part of a person already met.
        if n_words == 1 && self.entity_with_name_part(self.surface(span)).is_some() {
            out.push(Mention {
                span,
                t0: a,
                t1: b,
                kind: MKind::Person { dict: None },
            });
        }
    }

    /// Whether a word is the surname of someone in the dictionary.
    fn is_known_surname(&self, word: &str) -> bool {
        self.dict.is_surname(word)
    }

    fn title_starts_at(&self, t: usize, out: &[Mention]) -> bool {
        out.iter()
            .any(|m| m.t0 == t && matches!(m.kind, MKind::Title { .. }))
    }

    /// [`Self::entity_with_name_part`] among the persons no dictionary
    /// knows whose state this text gave: the most are known persons, told
    /// apart by a field before their names are read.
    fn stated_unknown_with_name_part(&self, part: &str) -> Option<usize> {
        // The type first: most entities are no person, and it is told
        // by one byte.
        self.entities.iter().position(|e| {
            e.etype == EntityType::Person
                && e.dict_person.is_none()
                && e.country.is_some()
                && has_name_part(&e.name, part)
        })
    }

    fn entity_with_name_part(&self, part: &str) -> Option<usize> {
        self.entities
            .iter()
            .position(|e| e.etype == EntityType::Person && has_name_part(&e.name, part))
    }

    /// Pronouns and phrases that refer back ("the latter", "the two
    /// leaders"), on tokens that `covered` (by the mentions in `out`) leaves.
    /// Returns where the sentence's tokens end in `reference_starts`.
    fn find_pronouns(&self, s: &Sentence, out: &mut Vec<Mention>, covered: &[u8]) -> usize {
        let is_covered =
            |t: usize| t >= s.first_token && t < s.end_token && covered[t - s.first_token] != 0;
        // Only the tokens that may start a pattern are visited; `next` is
        // the first token not taken by a pattern found before.
        let from = partition_at(
            &self.reference_starts,
            self.cursors.reference_starts,
            |&t| t < s.first_token,
        );
        let mut next = s.first_token;
        let mut end = self.reference_starts.len();
        for (k, &t) in self.reference_starts.iter().enumerate().skip(from) {
            if t >= s.end_token {
                end = k;
                break;
            }
            if t < next || covered[t - s.first_token] != 0 {
                continue;
            }
            let w = self.word(t);
            let w1 = self.word(t + 1);
            let w2 = self.word(t + 2);
            let span_of = |a: usize, b: usize| {
                Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
            };
            let in_sentence = |n: usize| t + n <= s.end_token;
            let (len, kind) = match (w, w1, w2) {
                ("the", "latter", _) => (2, MKind::Latter),
                ("the", "former", _) => (2, MKind::Former),
                (
                    "the" | "both",
                    "two" | "three" | "four" | "leaders" | "ministers" | "presidents" | "sides"
                    | "countries" | "nations" | "governments",
                    _,
                ) if !(w == "the"
                    && is_small_number(w1)
                    && !(names_states(w2)
                        || matches!(
                            w2,
                            "leaders" | "ministers" | "presidents" | "men" | "women" | "heads"
                        ))) =>
                {
                    let noun = if is_small_number(w1) { w2 } else { w1 };
                    let countries = names_states(noun);
                    let size = match w1 {
                        "three" => Some(3),
                        "four" => Some(4),
                        _ if w == "both" || w1 == "two" => Some(2),
                        _ => None,
                    };
                    (
                        if is_small_number(w1) { 3 } else { 2 },
                        MKind::Group { countries, size },
                    )
                }
                // "where the two signed an agreement": the number alone
                // before what the pair did.
                (
                    "the",
                    "two",
                    "signed" | "met" | "agreed" | "discussed" | "held" | "spoke" | "talked"
                    | "have" | "had" | "also" | "will" | "would" | "are" | "were" | "did"
                    | "pledged" | "vowed" | "reaffirmed" | "exchanged",
                ) => (
                    2,
                    MKind::Group {
                        countries: false,
                        size: Some(2),
                    },
                ),
                ("both", "of", "them") | ("they", "both", _) | ("both", "men" | "women", _) => (
                    if w == "both" { 3 } else { 2 },
                    MKind::Group {
                        countries: false,
                        size: Some(2),
                    },
                ),
                ("he" | "she" | "him", _, _) => (
                    1,
                    MKind::Pronoun {
                        plural: false,
                        possessive: false,
                    },
                ),
                // "it" as a subject of a verb refers to a state ("Iran denied that it
                // delivered"); before a copula it is mostly expletive ("it was agreed").
                ("it", _, _) if !expletive_it(w1, w2) => (1, MKind::Neuter { possessive: false }),
                ("its", _, _) => (1, MKind::Neuter { possessive: true }),
                // "the alliance", "the bloc's foreign ministers".
                ("the", "alliance" | "bloc" | "union", _) => (
                    2,
                    MKind::OrgAnaphor {
                        kinds: match w1 {
                            "alliance" => &lexicon::ALLIANCES,
                            "bloc" => &lexicon::BLOCS,
                            _ => &lexicon::UNIONS,
                        },
                        possessive: w2 == "'s",
                    },
                ),
                ("his" | "her", _, _) => (
                    1,
                    MKind::Pronoun {
                        plural: false,
                        possessive: true,
                    },
                ),
                ("they" | "them", _, _) => (
                    1,
                    MKind::Pronoun {
                        plural: true,
                        possessive: false,
                    },
                ),
                ("their", _, _) => (
                    1,
                    MKind::Pronoun {
                        plural: true,
                        possessive: true,
                    },
                ),
                _ => (0, MKind::Latter),
            };
            // "the leaders President Joe Biden and President Xi": the names follow.
            let apposed = matches!(kind, MKind::Group { .. })
                && t + len < s.end_token
                && (self.is_cap_word(t + len) || is_covered(t + len));
            let len = if apposed { 0 } else { len };
            if len > 0 && in_sentence(len) {
                out.push(Mention {
                    span: span_of(t, t + len),
                    t0: t,
                    t1: t + len,
                    kind,
                });
                next = t + len;
            }
        }
        end
    }

    // ----- actors ----------------------------------------------------------

    /// Analyses one sentence: puts its actors in `actors` (emptied first;
    /// the caller's, so that its room serves sentence after sentence),
    /// records bindings and updates salience.
    /// "Japanese officials said they were concerned": "they" right after a
    /// verb of saying (or "that" after it) whose subject is a plural noun
    /// of people stands for those people, that is for the state named
    /// before the noun, or for no actor known here ("European officials
    /// said they …", "Business groups on both sides said they …"). "The
    /// African Union and the United Nations said they": a subject of two or
    /// more named actors stands for them all. `None` where the pronoun
    /// stands elsewhere.
    fn plural_speakers(&self, t: usize, si: usize, actors: &[Actor]) -> Option<Refs> {
        let first = self.sentences[si].first_token;
        let mut v = t.checked_sub(1).filter(|&v| v > first)?;
        if self.word(v) == "that" {
            v -= 1;
        }
        let saying = matches!(
            self.word(v),
            "said" | "say" | "says" | "added" | "warned" | "insisted" | "stressed" | "believe"
        );
        if v <= first || !saying {
            return None;
        }
        // "U.S. officials have said they": an auxiliary or adverb between.
        let mut end = v;
        while end > first + 1
            && matches!(
                self.word(end - 1),
                "have" | "has" | "had" | "also" | "both" | "later" | "then" | "again"
            )
        {
            end -= 1;
        }
        let named = self.coordinated_ending_at(end, first, actors);
        if named.len() >= 2 {
            return Some(named.into());
        }
        if !named.is_empty() {
            return None;
        }
        // The plural noun of people, right before the verb or before a
        // short phrase of place ("groups on both sides", "traders in both
        // capitals", "officials in Kyiv").
        let noun = (end.saturating_sub(5).max(first)..end).find(|&k| {
            is_plural_of_people(self.word(k))
                && !actors.iter().any(|a| a.t0 <= k && k < a.t1)
                && (k + 1 == end
                    || matches!(self.word(k + 1), "on" | "in" | "at" | "from" | "across")
                        && (k + 1..end).all(|j| self.word(j) != ","))
        })?;
        let state = actors
            .iter()
            .rev()
            .find(|a| a.t1 == noun && !a.pronoun && !a.possessive)
            .map(|a| a.refs.clone())
            .unwrap_or_default();
        Some(state)
    }

    /// The entities of the named actors listed with "and" or commas whose
    /// list ends at token `end` ("the African Union and the United Nations"),
    /// in order; empty when no named actor ends there.
    fn coordinated_ending_at(&self, end: usize, first: usize, actors: &[Actor]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = end;
        while let Some(a) = actors
            .iter()
            .find(|a| a.t1 == at && !a.pronoun && !a.possessive)
        {
            for &r in a.refs.iter().rev() {
                if !out.contains(&r) {
                    out.insert(0, r);
                }
            }
            let mut before = a.t0;
            if before > first && self.word(before - 1) == "the" {
                before -= 1;
            }
            if before <= first + 1 || !matches!(self.word(before - 1), "and" | ",") {
                break;
            }
            at = before - 1;
            if self.word(at) == "and" && at > first && self.word(at - 1) == "," {
                at -= 1;
            }
        }
        out
    }

    pub fn actors_of(&mut self, si: usize, actors: &mut Vec<Actor>) {
        let s = self.sentences[si].clone();
        self.states_before_sentence = self.state_order.len();
        let mut ms = std::mem::take(&mut self.mention_buf);
        self.mentions_in(&s, &mut ms);
        // Room for an actor per mention and a few more (quoted "we").
        actors.clear();
        actors.reserve(ms.len() + 4);
        let mut i = 0;
        while i < ms.len() {
            let consumed = self.phrase_at(&ms, i, si, actors);
            i += consumed.max(1);
        }
        self.mention_buf = ms;
        self.quoted_first_person(&s, actors);
        // Salience: the subject is the first actor that does not stand in a
        // prepositional phrase.
        let subject = actors
            .iter()
            .find(|a| {
                let in_pp = self.after_preposition(a, s.first_token);
                let entity_ok = a.refs.iter().all(|&r| {
                    matches!(
                        self.entities[r].etype,
                        EntityType::Person | EntityType::Country | EntityType::Organization
                    )
                });
                let possessive_pronoun = a.pronoun && a.possessive;
                !(in_pp || !entity_ok || a.refs.is_empty() || possessive_pronoun)
            })
            .map(|a| a.refs.clone());
        self.subjects.push(subject);
        self.note_states_named_together(actors);
    }

    /// Remembers the last states a sentence names together: "Finland and
    /// Sweden", "India, Pakistan and China".
    fn note_states_named_together(&mut self, actors: &[Actor]) {
        let state = |a: &Actor| match a.refs.as_slice() {
            [r] if self.entities[*r].etype == EntityType::Country && !a.pronoun => Some(*r),
            _ => None,
        };
        let mut found: Vec<usize> = Vec::new();
        // The states named together so far are those of actors `from..=i`
        // (all states, each another), read from the actors rather than
        // gathered into a vector of their own.
        let mut run_from: Option<usize> = None;
        for (i, a) in actors.iter().enumerate() {
            // Only "and", "," or ", and" between this actor and the last.
            let joined = i > 0 && run_from.is_some() && {
                let from = actors[i - 1].t1;
                match a.t0.checked_sub(from) {
                    Some(1) => matches!(self.word(from), "and" | ","),
                    Some(2) => self.word(from) == "," && self.word(from + 1) == "and",
                    _ => false,
                }
            };
            let in_run = |r: usize| {
                run_from.is_some_and(|from| actors[from..i].iter().any(|b| state(b) == Some(r)))
            };
            match state(a) {
                Some(r) if joined && !in_run(r) => {}
                Some(_) => run_from = Some(i),
                None => run_from = None,
            }
            if let Some(from) = run_from.filter(|&from| i > from) {
                found.clear();
                found.extend(actors[from..=i].iter().filter_map(state));
            }
        }
        if !found.is_empty() {
            self.last_states_named_together = found;
            self.last_states_named_after = self.subjects.len();
        }
    }

    /// "“We are deeply concerned about …,” Blinken told reporters": "we",
    /// "I" and "our" in a quotation stand for its speaker, named right after
    /// the closing quote, before or after a verb of saying.
    fn quoted_first_person(&mut self, s: &Sentence, actors: &mut Vec<Actor>) {
        // The sentence's first two quotation marks, if it has two.
        let q = partition_at(&self.quotes, self.cursors.quotes, |&t| t < s.first_token);
        self.cursors.quotes = q;
        let (Some(&open), Some(&close)) = (self.quotes.get(q), self.quotes.get(q + 1)) else {
            return;
        };
        if close >= s.end_token {
            return;
        }
        let said = |t: usize| is_in(&lexicon::REPORTING_VERBS, self.word(t));
        // "Japan's foreign ministry said": a few words may stand between.
        let said_after = |t: usize| {
            (t..(t + 4).min(s.end_token))
                .take_while(|&k| self.tokens[k].kind != TokenKind::Punct)
                .any(said)
        };
        let speaker = actors.iter().find(|a| {
            !a.pronoun
                && (a.t0 == close + 1 && said_after(a.t1)
                    || a.t0 == close + 2 && said(close + 1)
                    || a.t0 == close + 3 && said(close + 1) && self.word(close + 2) == "the")
                && a.refs.iter().all(|&r| {
                    matches!(
                        self.entities[r].etype,
                        EntityType::Person | EntityType::Country | EntityType::Organization
                    )
                })
        });
        let Some(speaker) = speaker else {
            return;
        };
        let refs = speaker.refs.clone();
        // "we" and "our" in an official's mouth speak for their state.
        let state = match refs.as_slice() {
            &[p] if self.entities[p].etype == EntityType::Person => self.entities[p]
                .country
                .clone()
                .and_then(|code| self.state_entity(&code)),
            _ => None,
        };
        for t in open + 1..close {
            let possessive = match self.word(t) {
                "we" | "i" => false,
                "our" | "my" => true,
                _ => continue,
            };
            // "I" is a pronoun only as a word of its own, not a numeral.
            if self.word(t) == "i" && self.token_text(t) != "I" {
                continue;
            }
            if actors.iter().any(|a| a.t0 <= t && t < a.t1) {
                continue;
            }
            let span = self.tokens[t].span;
            let at = actors.partition_point(|a| a.t0 < t);
            let plural = matches!(self.word(t), "we" | "our");
            let actor = self.actor(
                span,
                span,
                t,
                t + 1,
                match state {
                    Some(e) if plural => Refs::one(e),
                    _ => refs.clone(),
                },
                Resolution::Anaphora,
                true,
                possessive,
            );
            actors.insert(at, actor);
        }
    }

    /// Whether an actor stands in a prepositional phrase (a preposition
    /// right before it, in the sentence that starts at token `first`), so
    /// that it is no subject.
    fn after_preposition(&self, a: &Actor, first: usize) -> bool {
        a.t0.checked_sub(1)
            .filter(|&p| p >= first)
            .is_some_and(|p| {
                matches!(
                    self.word(p),
                    "in" | "at"
                        | "to"
                        | "of"
                        | "from"
                        | "with"
                        | "by"
                        | "for"
                        | "on"
                        | "during"
                        | "about"
                        | "over"
                        | "into"
                        | "among"
                )
            })
    }

    /// Builds the actor phrase that starts at mention `i`; returns how many mentions it used.
    fn phrase_at(&mut self, ms: &[Mention], i: usize, si: usize, actors: &mut Vec<Actor>) -> usize {
        let m = &ms[i];
        match &m.kind {
            MKind::Pronoun { plural, possessive } => {
                let refs: Refs = if *plural {
                    match self.plural_speakers(m.t0, si, actors) {
                        Some(speakers) => speakers,
                        None => self.group_refs(false, None, si).into(),
                    }
                } else {
                    self.pronoun_ref(m.t0, si, actors).into_iter().collect()
                };
                if !refs.is_empty() {
                    actors.push(self.actor_at(m, refs, Resolution::Anaphora, true, *possessive));
                }
                1
            }
            MKind::Latter | MKind::Former => {
                let back = if matches!(m.kind, MKind::Latter) {
                    0
                } else {
                    1
                };
                let mut seen = Vec::new();
                for &p in self.person_order.iter().rev() {
                    if !seen.contains(&p) {
                        seen.push(p);
                    }
                }
                for a in actors.iter().rev() {
                    for &r in &a.refs {
                        if self.entities[r].etype == EntityType::Person && !seen.contains(&r) {
                            seen.insert(0, r);
                        }
                    }
                }
                if let Some(&p) = seen.get(back) {
                    actors.push(self.actor_at(m, Refs::one(p), Resolution::Anaphora, true, false));
                }
                1
            }
            MKind::Neuter { possessive } => {
                let possessive = *possessive;
                let first = self.sentences[si].first_token;
                let said_by = if possessive {
                    None
                } else {
                    self.subject_of_saying(m.t0, first, actors)
                };
                let state = said_by.or_else(|| {
                    actors
                        .iter()
                        .rev()
                        .filter(|a| a.t1 <= m.t0)
                        .flat_map(|a| a.refs.iter().copied())
                        .find(|&r| {
                            matches!(
                                self.entities[r].etype,
                                EntityType::Country | EntityType::Organization
                            )
                        })
                });
                let state = state.or_else(|| {
                    let code = self.state_order.last().copied()?;
                    self.state_entity(code)
                });
                if let Some(e) = state {
                    actors.push(self.actor_at(
                        m,
                        Refs::one(e),
                        Resolution::Anaphora,
                        true,
                        possessive,
                    ));
                }
                1
            }
            MKind::OrgAnaphor { kinds, possessive } => {
                let named = self
                    .org_named_last(kinds, m.t0, m.span.start, actors)
                    .or_else(|| self.org_of_title_named_last(kinds, m.span.start));
                if let Some(e) = named {
                    actors.push(self.actor_at(
                        m,
                        Refs::one(e),
                        Resolution::Anaphora,
                        false,
                        *possessive,
                    ));
                }
                1
            }
            MKind::Group { countries, size } => {
                // "he spoke with his Ukrainian counterpart, Dmytro Kuleba,
                // and the two ministers agreed": two persons named before
                // in the sentence are the two.
                let here = (!*countries && *size == Some(2))
                    .then(|| self.two_persons_in(actors))
                    .flatten();
                let mut refs = match here {
                    Some(two) => two,
                    None => self.group_refs(*countries, *size, si),
                };
                // "the two presidents": those named before who hold the
                // office the phrase names, if the last named do not.
                if let Some(kind) = group_office_kind(self.word(m.t1 - 1), self.word(m.t1 - 2)) {
                    let holds = |this: &Self, r: usize| this.office_kind_of(r) == Some(kind);
                    if !*countries && !refs.iter().all(|&r| holds(self, r)) {
                        if let Some(holders) = self.group_holding(kind, size.unwrap_or(2)) {
                            refs = holders;
                        }
                    }
                }
                if !refs.is_empty() {
                    actors.push(self.actor_at(m, refs.into(), Resolution::Anaphora, true, false));
                }
                1
            }
            _ => self.named_phrase(ms, i, si, actors),
        }
    }

    /// "Kenya, a close ally of Britain, said it …": "it" right after a verb
    /// of saying is that verb's subject, the state or organisation that
    /// opens the sentence before an apposition, not the last one the
    /// apposition names. None where no apposition stands between (the last
    /// actor is the subject).
    fn subject_of_saying(&self, t: usize, first: usize, actors: &[Actor]) -> Option<usize> {
        let mut v = t.checked_sub(1)?;
        if self.word(v) == "that" {
            v = v.checked_sub(1)?;
        }
        if v <= first + 2 || !is_in(&lexicon::REPORTING_VERBS, self.word(v)) {
            return None;
        }
        // "…, also said it": an adverb may stand before the verb.
        let mut c = v - 1;
        if c > first && (self.word(c) == "also" || self.word(c).ends_with("ly")) {
            c -= 1;
        }
        if self.word(c) != "," {
            return None;
        }
        // The subject opens the sentence and the apposition follows it.
        let subject = actors.first().filter(|a| {
            (a.t0 == first || a.t0 == first + 1 && self.word(first) == "the")
                && a.t1 < c
                && self.word(a.t1) == ","
                && !a.possessive
                && !a.pronoun
        })?;
        subject.refs.iter().copied().find(|&r| {
            matches!(
                self.entities[r].etype,
                EntityType::Country | EntityType::Organization
            )
        })
    }

    /// The organisation among `kinds` (dictionary ids, in the lower case
    /// of entity ids) named last before token `t`: in this sentence's
    /// actors first, else in the sentences before.
    fn org_named_last(
        &self,
        kinds: &WordList,
        t: usize,
        start: usize,
        actors: &[Actor],
    ) -> Option<usize> {
        let fits = |e: &DocEntity| {
            e.etype == EntityType::Organization
                && e.id
                    .strip_prefix("organization:")
                    .is_some_and(|id| is_in(kinds, id))
        };
        actors
            .iter()
            .rev()
            .filter(|a| a.t1 <= t)
            .flat_map(|a| a.refs.iter().copied())
            .find(|&r| fits(&self.entities[r]))
            .or_else(|| {
                self.entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| fits(e))
                    .filter_map(|(i, e)| e.last_mention_before(start).map(|s| (s, i)))
                    .max()
                    .map(|(_, i)| i)
            })
    }

    /// The organisation among `kinds` whose office was named last before
    /// byte `start`, when the organisation itself was not: "NATO
    /// Secretary-General Jens Stoltenberg said the alliance …".
    fn org_of_title_named_last(&mut self, kinds: &WordList, start: usize) -> Option<usize> {
        let dict: &'a Dictionary = self.dict;
        let (_, holder) = self
            .entities
            .iter()
            .filter(|e| e.etype == EntityType::Office)
            .filter_map(|e| {
                let holder = dict.offices()[e.dict_office?].holder.as_str();
                let last = e.last_mention_before(start)?;
                is_in(kinds, &holder.to_ascii_lowercase()).then_some((last, holder))
            })
            .max()?;
        let org = dict.organization_index(holder)?;
        Some(self.org_entity(org))
    }

    /// The actor a mention names on its own.
    fn actor_at(
        &self,
        m: &Mention,
        refs: Refs,
        resolution: Resolution,
        pronoun: bool,
        possessive: bool,
    ) -> Actor {
        self.actor(
            m.span, m.span, m.t0, m.t1, refs, resolution, pronoun, possessive,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn actor(
        &self,
        span: Span,
        head: Span,
        t0: usize,
        t1: usize,
        refs: Refs,
        resolution: Resolution,
        pronoun: bool,
        possessive: bool,
    ) -> Actor {
        let possessive = possessive
            || self
                .tokens
                .get(t1)
                .is_some_and(|t| t.kind == TokenKind::Clitic && self.word(t1) == "'s")
            || (self.word(t1) == "'"
                && self
                    .tokens
                    .get(t1)
                    .is_some_and(|t| t.span.start == self.tokens[t1 - 1].span.end));
        Actor {
            span,
            head,
            t0,
            t1,
            refs,
            alt: None,
            possessive,
            resolution,
            pronoun,
        }
    }

    /// An actor a title or role stands for, resolved to `who`.
    fn by_role_actor(&self, span: Span, t0: usize, t1: usize, who: usize) -> Actor {
        self.actor(
            span,
            span,
            t0,
            t1,
            Refs::one(who),
            Resolution::ByRole,
            false,
            false,
        )
    }

    /// Whether mention `j` follows mention `i` with only tokens in `allowed` (or nothing) between.
    fn adjacent(&self, ms: &[Mention], i: usize, j: usize, allowed: &[&str]) -> bool {
        j < ms.len() && (ms[i].t1..ms[j].t0).all(|t| allowed.contains(&self.word(t)))
    }

    /// A modifier that names whose title follows: a country, demonym or organisation.
    fn holder_of(&self, m: &Mention) -> Option<&'a str> {
        let dict = self.dict;
        match &m.kind {
            // Any form names the country: "Chinese", "PRC", even "Beijing's".
            MKind::Country { idx, .. } => Some(&dict.countries()[*idx].code),
            MKind::Org { idx: Some(idx) } => Some(&dict.organizations()[*idx].id),
            _ => None,
        }
    }

    fn named_phrase(
        &mut self,
        ms: &[Mention],
        i: usize,
        si: usize,
        actors: &mut Vec<Actor>,
    ) -> usize {
        if let Some(a) = self.bare_counterpart(ms, i, si, actors) {
            actors.push(a);
            return 1;
        }
        let s = self.sentences[si].clone();
        let mut j = i;
        let mut holder: Option<&'a str> = None;
        let mut modifier: Option<&Mention> = None;
        // [Country|Org]('s)? [(ABBR)]? [Capitalised words]? Title ...
        if matches!(ms[j].kind, MKind::Country { .. } | MKind::Org { .. }) {
            let mut k = j + 1;
            // Skip a parenthesised abbreviation: "African Union (AU)".
            if k < ms.len()
                && self.word(ms[j].t1) == "("
                && ms[k].t0 == ms[j].t1 + 1
                && self.word(ms[k].t1) == ")"
            {
                k += 1;
            }
            let gap_ok = |this: &Self, from: usize, to: usize| {
                (from..to).all(|t| {
                    let w = this.word(t);
                    matches!(w, "'s" | "'" | "(" | ")" | "-")
                        || (this.is_cap_word(t) && to - from <= 4)
                        || w == "the"
                        // "Ukraine's acting foreign minister", "Russia's
                        // former president": a word of rank or time. "first"
                        // only as a rank ("first deputy prime minister"):
                        // "NATO's first secretary general" is no incumbent.
                        || (w == "first" && matches!(this.word(t + 1), "deputy" | "vice"))
                        || matches!(
                            w,
                            "acting"
                                | "interim"
                                | "new"
                                | "outgoing"
                                | "incoming"
                                | "former"
                                | "late"
                                | "then"
                        )
                })
            };
            if k < ms.len() && matches!(ms[k].kind, MKind::Title { .. }) {
                let from = if k == j + 1 { ms[j].t1 } else { ms[k - 1].t1 };
                if gap_ok(self, from, ms[k].t0) && ms[k].t0 - ms[j].t1 <= 6 {
                    holder = self.holder_of(&ms[j]);
                    modifier = Some(&ms[j]);
                    j = k;
                }
            }
        }
        if let MKind::Title { form } = ms[j].kind {
            let title_m = ms[j].clone();
            // The phrase starts at its modifier, or at a word of rank before
            // the title: "and Deputy Foreign Minister Sergei Ryabkov".
            let t0 = modifier.map_or_else(|| self.rank_start(&title_m, si), |m| m.t0);
            let phrase_start = self.tokens[t0].span.start;
            // Consecutive titles ("Special Envoy Ambassador"): the first names the office.
            let mut k = j + 1;
            while k < ms.len()
                && matches!(ms[k].kind, MKind::Title { .. })
                && ms[k].t0 == ms[k - 1].t1
            {
                k += 1;
            }
            // "Special Envoy Ambassador Richard Norland": the first title names the office.
            let mut title_end = ms[j].span.end;
            let mut tend = ms[k - 1].t1;
            // "of [the] Country/Org" after the title.
            if holder.is_none()
                && k < ms.len()
                && self.word(tend) == "of"
                && matches!(ms[k].kind, MKind::Country { .. } | MKind::Org { .. })
                && self.adjacent(ms, k - 1, k, &["of", "the"])
            {
                holder = self.holder_of(&ms[k]);
                self.note_holder_mention(&ms[k]);
                title_end = ms[k].span.end;
                tend = ms[k].t1;
                k += 1;
                // "(PRC)" after it.
                if k < ms.len()
                    && self.word(tend) == "("
                    && ms[k].t0 == tend + 1
                    && self.word(ms[k].t1) == ")"
                {
                    self.note_holder_mention(&ms[k]);
                    tend = ms[k].t1 + 1;
                    k += 1;
                }
            }
            if let Some(m) = modifier {
                self.note_holder_mention(m);
            }
            let title_span = Span::new(phrase_start, title_end);
            // Title + name: honorifics may stand between.
            let name_follows = k < ms.len()
                && matches!(ms[k].kind, MKind::Person { .. })
                && (tend..ms[k].t0).all(|t| {
                    let w = self.word(t);
                    w == "." || is_in(&lexicon::HONORIFICS, w.trim_end_matches('.'))
                });
            // "the president of the United States, Joe Biden,", "Eritrea's
            // information minister, Yemane Gebremeskel,"
            let apposed_name = !name_follows
                && k < ms.len()
                && matches!(ms[k].kind, MKind::Person { .. })
                && self.word(tend) == ","
                && ms[k].t0 == tend + 1
                && matches!(self.word(ms[k].t1), "," | "." | "")
                && (t0 > s.first_token && matches!(self.word(t0 - 1), "the" | "a")
                    || modifier.is_some() && self.word(title_m.t0.saturating_sub(1)) == "'s");
            if name_follows || apposed_name {
                let name_m = ms[k].clone();
                let (person, resolution) = self.person_of(&name_m);
                // "Vice Foreign Minister Sun Weidong" holds no office the
                // title names.
                let choice = if self.lesser_title(&title_m, si) {
                    None
                } else {
                    self.office_for(
                        form,
                        holder,
                        self.entities[person].dict_person,
                        self.surface(title_m.span),
                    )
                };
                let mut used = k + 1 - i;
                let mut span = Span::new(phrase_start, name_m.span.end);
                let mut t1 = name_m.t1;
                let conflict = choice.as_ref().is_some_and(|c| self.conflicts(person, c));
                if conflict {
                    // "the US Secretary of State Wang Yi": the title is someone else.
                    let title_actor =
                        self.bare_title(form, holder, title_span, t0, tend, si, &title_m);
                    if let Some(a) = title_actor {
                        actors.push(a);
                    }
                    span = name_m.span;
                    let mut a = self.actor(
                        span,
                        name_m.span,
                        name_m.t0,
                        name_m.t1,
                        Refs::one(person),
                        resolution,
                        false,
                        false,
                    );
                    used += self.post_modifiers(ms, k + 1, person, si, &mut a);
                    self.push_person(&a);
                    actors.push(a);
                    return used;
                }
                if let Some(choice) = choice {
                    let office = self.office_entity(&choice);
                    self.note_mention(office, title_span);
                    self.bind(person, office, si, title_span, name_m.span, false);
                }
                if apposed_name {
                    t1 = name_m.t1;
                }
                let mut a = self.actor(
                    span,
                    name_m.span,
                    t0,
                    t1,
                    Refs::one(person),
                    resolution,
                    false,
                    false,
                );
                used += self.post_modifiers(ms, k + 1, person, si, &mut a);
                self.push_person(&a);
                actors.push(a);
                return used;
            }
            // "his Chinese counterpart Zhong Kejian" is handled at the name.
            if let Some(a) = self.bare_title(form, holder, title_span, t0, tend, si, &title_m) {
                self.push_person(&a);
                actors.push(a);
            }
            return k - i;
        }
        if j != i {
            // A modifier that turned out not to head a title: handled as its own actor.
        }
        let m = ms[i].clone();
        match m.kind {
            MKind::Person { .. } => {
                let (person, resolution) = self.person_of(&m);
                self.title_in_name(&m, person, si);
                // "the Biden administration", "the Netanyahu government",
                // "Maduro's government", "Maduro's armed forces": the state
                // they lead.
                let governs = |w: &str| matches!(w, "administration" | "government" | "cabinet");
                let noun = if governs(self.word(m.t1)) {
                    Some(m.t1)
                } else if self.word(m.t1) != "'s" {
                    None
                } else if governs(self.word(m.t1 + 1))
                    || matches!(self.word(m.t1 + 1), "regime" | "army" | "military")
                {
                    Some(m.t1 + 1)
                } else {
                    (self.word(m.t1 + 1) == "armed" && self.word(m.t1 + 2) == "forces")
                        .then_some(m.t1 + 2)
                };
                if let Some(noun) = noun.filter(|&n| self.word(n + 1) != "'s") {
                    if let Some(state) = self.led_by(person).and_then(|c| self.state_entity(c)) {
                        self.note_mention(person, m.span);
                        let span = Span::new(m.span.start, self.tokens[noun].span.end);
                        let a = self.actor(
                            span,
                            span,
                            m.t0,
                            noun + 1,
                            Refs::one(state),
                            Resolution::Named,
                            false,
                            false,
                        );
                        actors.push(a);
                        return 1;
                    }
                }
                // "his Chinese counterpart X": X holds the matching office of that country.
                self.counterpart(ms, i, person, si, actors);
                // "Mr. Yun": the honorific belongs to the phrase.
                let mut t0 = m.t0;
                while t0 > s.first_token
                    && (self.word(t0 - 1) == "."
                        || matches!(
                            self.word(t0 - 1),
                            "mr" | "mrs"
                                | "ms"
                                | "dr"
                                | "h.e"
                                | "sheikh"
                                | "gen"
                                | "sen"
                                | "rep"
                                | "gov"
                                | "amb"
                        ))
                    && !actors.iter().any(|a| a.t1 == t0)
                {
                    t0 -= 1;
                }
                let mut a = self.actor(
                    Span::new(self.tokens[t0].span.start, m.span.end),
                    m.span,
                    t0,
                    m.t1,
                    Refs::one(person),
                    resolution,
                    false,
                    false,
                );
                let used = 1 + self.post_modifiers(ms, i + 1, person, si, &mut a);
                self.push_person(&a);
                actors.push(a);
                used
            }
            MKind::Country { idx, form } => {
                // "Brussels criticised Budapest": a capital that names the
                // organisation seated there stands for it, not for its state,
                // unless it is where something happens.
                let seated = (form == CountryForm::Capital
                    && !self.locative_before(m.t0, s.first_token))
                .then(|| seated_organization(&self.dict.countries()[idx].code))
                .flatten()
                .and_then(|org| self.dict.organization_index(org));
                if let Some(org) = seated {
                    let e = self.org_entity(org);
                    let c = &self.dict.countries()[idx];
                    let cap = c.capital.as_deref().unwrap_or_default();
                    let place = self.place_entity(cap, Some(&c.code), true);
                    let mut a = self.actor_at(&m, Refs::one(e), Resolution::Named, false, false);
                    a.alt = Some(place);
                    actors.push(a);
                    return 1;
                }
                let country = self.country_entity(idx);
                let c = &self.dict.countries()[idx];
                self.state_order.push(&c.code);
                if form == CountryForm::Capital {
                    let cap = c.capital.as_deref().unwrap_or_default();
                    let place = self.place_entity(cap, Some(&c.code), true);
                    let as_place = self.locative_before(m.t0, s.first_token);
                    let (main, alt) = if as_place {
                        (place, country)
                    } else {
                        (country, place)
                    };
                    let mut a = self.actor_at(&m, Refs::one(main), Resolution::Named, false, false);
                    a.alt = Some(alt);
                    actors.push(a);
                } else if form == CountryForm::Demonym
                    && self.word(m.t1) == "capital"
                    && m.t0 > s.first_token
                    && self.word(m.t0 - 1) == "the"
                    && self.dict.countries()[idx].capital.is_some()
                {
                    // "flew into the Belarusian capital": the capital city,
                    // where a place is meant; else the government seated there.
                    let cap = c.capital.as_deref().unwrap_or_default();
                    let place = self.place_entity(cap, Some(&c.code), true);
                    let (main, alt) = if self.locative_before(m.t0, s.first_token) {
                        (place, country)
                    } else {
                        (country, place)
                    };
                    actors.push(self.demonym_noun_actor(&m, main, alt, Resolution::Named));
                    return 1;
                } else if let Some(place) = self.city_named_before(&m, idx, s.first_token) {
                    // "Biden, who arrived in the Swiss city on Tuesday": the
                    // place of that country named last, the country beside.
                    let a = self.demonym_noun_actor(&m, place, country, Resolution::Anaphora);
                    self.note_mention(place, a.span);
                    actors.push(a);
                    return 1;
                } else if let Some(leader) = self.leader_named_before(&m, idx, s.first_token) {
                    // "the Colombian leader in turn accused Ecuador": the
                    // state's leader on the date, named before.
                    let span =
                        Span::new(self.tokens[m.t0 - 1].span.start, self.tokens[m.t1].span.end);
                    self.note_mention(leader, span);
                    let a = self.actor(
                        span,
                        span,
                        m.t0 - 1,
                        m.t1 + 1,
                        Refs::one(leader),
                        Resolution::Anaphora,
                        false,
                        false,
                    );
                    self.push_person(&a);
                    actors.push(a);
                } else {
                    // A demonym before a plain noun is still the country ("Chinese officials").
                    actors.push(self.actor_at(
                        &m,
                        Refs::one(country),
                        Resolution::Named,
                        false,
                        false,
                    ));
                }
                1
            }
            MKind::Org { idx } => {
                let e = match idx {
                    Some(idx) => {
                        self.state_order.push(&self.dict.organizations()[idx].id);
                        self.org_entity(idx)
                    }
                    None => {
                        let name = self.surface(m.span);
                        self.unknown_org_entity(name)
                    }
                };
                actors.push(self.actor_at(&m, Refs::one(e), Resolution::Named, false, false));
                1
            }
            MKind::Place { idx } => {
                let e = match idx {
                    Some(idx) => {
                        let p = &self.dict.places()[idx];
                        self.place_entity(&p.name, p.country.as_deref(), true)
                    }
                    None => {
                        let name = self.surface(m.span);
                        self.place_entity(name, None, false)
                    }
                };
                actors.push(self.actor_at(&m, Refs::one(e), Resolution::Named, false, false));
                1
            }
            _ => 1,
        }
    }

    /// The actor of a demonym and the noun after it ("the Belarusian
    /// capital", "the Swiss city"): `main`, with `alt` beside it.
    fn demonym_noun_actor(
        &self,
        m: &Mention,
        main: usize,
        alt: usize,
        resolution: Resolution,
    ) -> Actor {
        let span = Span::new(m.span.start, self.tokens[m.t1].span.end);
        let mut a = self.actor(
            span,
            span,
            m.t0,
            m.t1 + 1,
            Refs::one(main),
            resolution,
            false,
            false,
        );
        a.alt = Some(alt);
        a
    }

    /// "arrived in the Swiss city on Tuesday", "the Ukrainian port": the
    /// place of the demonym's country whose mention comes last before
    /// `m`, when "the" and "city", "port" or "town" frame the demonym and
    /// no name follows ("the Colombian city of Cucuta" names its own).
    fn city_named_before(&self, m: &Mention, idx: usize, first: usize) -> Option<usize> {
        if !(m.t0 > first
            && self.word(m.t0 - 1) == "the"
            && matches!(self.word(m.t1), "city" | "port" | "town")
            && self.word(m.t1 + 1) != "of")
        {
            return None;
        }
        let code = self.dict.countries()[idx].code.as_str();
        let before = m.span.start;
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.etype == EntityType::Place && e.country.as_deref() == Some(code))
            .filter_map(|(i, e)| {
                let last = e
                    .mentions
                    .as_slice()
                    .iter()
                    .map(|sp| sp.start)
                    .filter(|&start| start < before)
                    .max()?;
                Some((last, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// For "the Colombian leader" (the demonym mention `m` of country
    /// `idx`, "leader" after it, no name after that): the person named
    /// earlier in the document who heads that state on the document's date.
    fn leader_named_before(&self, m: &Mention, idx: usize, first: usize) -> Option<usize> {
        if m.t0 <= first
            || self.word(m.t0 - 1) != "the"
            || self.word(m.t1) != "leader"
            || self.is_cap_word(m.t1 + 1)
        {
            return None;
        }
        let date = self.date?;
        let dict: &'a Dictionary = self.dict;
        let start = self.tokens[m.t0].span.start;
        let leads = |p: usize| {
            dict.roles_of_index(p).any(|(r, o)| {
                r.held_on(date)
                    && o.is_some_and(|o| {
                        dict.offices()[o].leads() && dict.office_country(o) == Some(idx)
                    })
            })
        };
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.etype == EntityType::Person)
            .filter_map(|(i, e)| {
                let last = e.last_mention_before(start)?;
                e.dict_person.filter(|&p| leads(p)).map(|_| (last, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    fn note_holder_mention(&mut self, m: &Mention) {
        match m.kind {
            MKind::Country { idx, .. } => {
                let e = self.country_entity(idx);
                self.note_mention(e, m.span);
            }
            MKind::Org { idx: Some(idx) } => {
                let e = self.org_entity(idx);
                self.note_mention(e, m.span);
            }
            _ => {}
        }
    }

    fn locative_before(&self, t: usize, first: usize) -> bool {
        let mut p = t;
        while p > first {
            p -= 1;
            let w = self.word(p);
            if matches!(w, "the" | "of") {
                continue;
            }
            // "lashed out at Washington", "hit back at Tokyo", "took a
            // swipe at Beijing": "at" names whom the anger is aimed at.
            if w == "at"
                && p > first
                && matches!(
                    self.word(p - 1),
                    "out" | "back" | "swipe" | "jab" | "aimed" | "angry" | "furious" | "anger"
                )
            {
                return false;
            }
            // "criticism from Seoul": after a word of reaction, "from"
            // names who reacts.
            if w == "from"
                && p > first
                && matches!(
                    self.word(p - 1),
                    "criticism"
                        | "condemnation"
                        | "protest"
                        | "protests"
                        | "opposition"
                        | "pressure"
                        | "warning"
                        | "warnings"
                        | "response"
                        | "reaction"
                        | "support"
                        | "backing"
                )
            {
                return false;
            }
            // "In protest, Budapest blocked …", "On Monday, Moscow said …": the
            // comma that closes a short opening phrase opens the clause, and a
            // capital right after it is its subject.
            if w == ","
                && p - first <= 5
                // Not "In Paris, Berlin and Rome": a list of places.
                && (!self.is_cap_word(p - 1) || crate::when::DATE_WORDS.contains(&self.word(p - 1)))
                && matches!(
                    self.word(first),
                    "in" | "on" | "at" | "for" | "despite" | "during" | "after" | "earlier"
                        | "later" | "meanwhile" | "separately" | "however" | "instead"
                )
            {
                return false;
            }
            return is_in(&lexicon::LOCATIVE_PREPOSITIONS, w)
                || matches!(
                    w,
                    "to" | "from"
                        | "visit"
                        | "visited"
                        | "visiting"
                        | "visits"
                        | "tour"
                        | "trip"
                        | ","
                );
        }
        false
    }

    /// "King Charles visited Kenya", "Emir Tamim": a name the dictionary
    /// lists with its title in front binds that title, as "President Biden"
    /// does, to the office the person holds that the title names.
    fn title_in_name(&mut self, m: &Mention, person: usize, si: usize) {
        let Some(dict_person) = self.entities[person].dict_person else {
            return;
        };
        // A title of one or two words, and a name after it.
        for words in [2, 1] {
            if m.t1 - m.t0 <= words {
                continue;
            }
            let last = m.t0 + words - 1;
            let title = Span::new(self.tokens[m.t0].span.start, self.tokens[last].span.end);
            let title_text = self.surface(title);
            if !title_text.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let found = self.gaz.find(title_text);
            let Some(form) = found
                .iter()
                .find(|g| g.start == 0 && g.end == title_text.len())
                .map(|g| g.form)
                .filter(|&f| self.gaz.may_be_title(f))
            else {
                continue;
            };
            if let Some(choice) = self.office_for(form, None, Some(dict_person), title_text) {
                if self.conflicts(person, &choice) {
                    return;
                }
                let office = self.office_entity(&choice);
                self.note_mention(office, title);
                self.bind(person, office, si, title, m.span, false);
            }
            return;
        }
    }

    fn push_person(&mut self, a: &Actor) {
        for &r in &a.refs {
            if self.entities[r].etype == EntityType::Person {
                self.person_order.push(r);
            }
        }
    }

    fn person_of(&mut self, m: &Mention) -> (usize, Resolution) {
        match m.kind {
            MKind::Person { dict: Some(p) } => {
                // "Israeli Tourism Minister Haim Katz … talks with Katz": a
                // surname alone is the person this text named in full with
                // their state, before a namesake the dictionary knows.
                let name = self.surface(m.span);
                if !name.contains(' ') {
                    if let Some(e) = self.stated_unknown_with_name_part(name) {
                        return (e, Resolution::Named);
                    }
                }
                (self.person_entity(p), Resolution::Named)
            }
            _ => {
                let name = self.surface(m.span);
                if !name.contains(' ') {
                    if let Some(e) = self.entity_with_name_part(name) {
                        return (e, Resolution::Named);
                    }
                }
                (self.unknown_person_entity(name), Resolution::Named)
            }
        }
    }

    /// Appositions after a name: "of Japan", ", Minister of Foreign Affairs of
    /// the Republic of Korea (ROK)", ", who is China's top diplomat",
    /// ", whilst serving as the speaker of ...". Returns mentions used.
    fn post_modifiers(
        &mut self,
        ms: &[Mention],
        mut k: usize,
        person: usize,
        si: usize,
        actor: &mut Actor,
    ) -> usize {
        let start_k = k;
        let s_end = self.sentences[si].end_token;
        // "of Japan" / "of the National People's Congress": the holder of a title just bound.
        if k < ms.len()
            && self.word(actor.t1) == "of"
            && matches!(ms[k].kind, MKind::Country { .. } | MKind::Org { .. })
            && (actor.t1..ms[k].t0).all(|t| matches!(self.word(t), "of" | "the"))
        {
            let holder = self.holder_of(&ms[k]);
            self.note_holder_mention(&ms[k]);
            // Re-resolve the office bound to this person in this sentence with the holder.
            if let Some(b) = self
                .bindings
                .iter()
                .rposition(|b| b.person == person && b.sentence == si)
            {
                let office = self.bindings[b].office;
                let kind = self.entities[office].office_kind;
                if let (Some(h), Some(kind)) = (holder, kind) {
                    if self.entities[office].country.as_deref() != Some(h) {
                        let title = self.bindings[b].title;
                        if let Some(choice) = self.office_by_kind(h, kind, self.surface(title)) {
                            let new_office = self.office_entity(&choice);
                            self.entities[new_office].mentions.push(title);
                            self.entities[office].mentions.retain(|m| *m != title);
                            self.bindings[b].office = new_office;
                        }
                    }
                }
            }
            actor.span = actor.span.cover(ms[k].span);
            actor.t1 = ms[k].t1;
            k += 1;
        }
        // Appositive titles after a comma.
        let t = actor.t1;
        if self.word(t) == "," {
            let mut p = t + 1;
            let mut serving = false;
            if matches!(self.word(p), "who")
                && matches!(self.word(p + 1), "is" | "was" | "serves" | "served")
            {
                p += 2;
                if self.word(p) == "as" {
                    p += 1;
                }
            }
            if matches!(self.word(p), "whilst" | "while" | "then")
                && matches!(self.word(p + 1), "serving")
                && self.word(p + 2) == "as"
            {
                p += 3;
                serving = true;
            }
            let _ = serving;
            while matches!(self.word(p), "the" | "a" | "an" | "h.e" | "his" | "her") {
                p += 1;
            }
            let mut bound_any = false;
            loop {
                // [Country|Demonym|Org('s)]? Title [of X]
                let mut q = k;
                while q < ms.len() && ms[q].t0 < p {
                    q += 1;
                }
                if q >= ms.len() || ms[q].t0 != p {
                    break;
                }
                let mut holder = None;
                let mut first = q;
                if matches!(ms[q].kind, MKind::Country { .. } | MKind::Org { .. })
                    && q + 1 < ms.len()
                    && matches!(ms[q + 1].kind, MKind::Title { .. })
                    && (ms[q].t1..ms[q + 1].t0).all(|t| matches!(self.word(t), "'s" | "'"))
                {
                    holder = self.holder_of(&ms[q]);
                    self.note_holder_mention(&ms[q]);
                    first = q;
                    q += 1;
                }
                let MKind::Title { form } = ms[q].kind.clone() else {
                    break;
                };
                // "Kim Jong Un, U.S. president Donald Trump": the title starts
                // the next phrase, it is no apposition.
                let next_is_name = q + 1 < ms.len()
                    && matches!(ms[q + 1].kind, MKind::Person { .. })
                    && (ms[q].t1..ms[q + 1].t0).all(|t| {
                        let w = self.word(t);
                        w == "." || is_in(&lexicon::HONORIFICS, w.trim_end_matches('.'))
                    });
                if next_is_name {
                    break;
                }
                let mut end_q = q;
                let mut title_last = q;
                let mut tend = ms[q].t1;
                if holder.is_none()
                    && q + 1 < ms.len()
                    && self.word(tend) == "of"
                    && matches!(ms[q + 1].kind, MKind::Country { .. } | MKind::Org { .. })
                    && (tend..ms[q + 1].t0).all(|t| matches!(self.word(t), "of" | "the"))
                {
                    holder = self.holder_of(&ms[q + 1]);
                    self.note_holder_mention(&ms[q + 1]);
                    end_q = q + 1;
                    title_last = q + 1;
                    tend = ms[q + 1].t1;
                    if end_q + 1 < ms.len()
                        && self.word(tend) == "("
                        && ms[end_q + 1].t0 == tend + 1
                    {
                        self.note_holder_mention(&ms[end_q + 1]);
                        end_q += 1;
                        tend = ms[end_q].t1 + 1;
                    }
                }
                let title_span = Span::new(ms[first].span.start, ms[title_last].span.end);
                let dict_person = self.entities[person].dict_person;
                if let Some(choice) =
                    self.office_for(form, holder, dict_person, self.surface(ms[q].span))
                {
                    if self.conflicts(person, &choice) {
                        break;
                    }
                    let office = self.office_entity(&choice);
                    self.note_mention(office, title_span);
                    let head = actor.head;
                    self.bind(person, office, si, title_span, head, false);
                    bound_any = true;
                }
                k = end_q + 1;
                actor.t1 = tend.min(s_end);
                // "... and Chinese president"
                if self.word(tend) == "and" {
                    p = tend + 1;
                    continue;
                }
                break;
            }
            if bound_any {
                actor.span = Span::new(
                    actor.span.start,
                    self.tokens[actor.t1.saturating_sub(1).max(actor.t0)]
                        .span
                        .end,
                );
            }
        }
        k - start_k
    }

    /// "his Chinese counterpart Zhong Kejian": binds the name to the office of
    /// the named country that matches the possessor's office.
    fn counterpart(
        &mut self,
        ms: &[Mention],
        i: usize,
        person: usize,
        si: usize,
        actors: &[Actor],
    ) {
        let m = &ms[i];
        let mut p = m.t0;
        let first = self.sentences[si].first_token;
        if p == first || !matches!(self.word(p - 1), "counterpart" | "counterparts") {
            return;
        }
        p -= 1;
        let mut country = None;
        let mut cspan = None;
        if p > first {
            if let Some(c) = ms
                .iter()
                .find(|c| c.t1 == p && matches!(c.kind, MKind::Country { .. }))
            {
                if let MKind::Country { idx, .. } = c.kind {
                    let dict: &'a Dictionary = self.dict;
                    country = Some(dict.countries()[idx].code.as_str());
                    cspan = Some(c.span);
                    p = c.t0;
                }
            }
        }
        let Some(country) = country else { return };
        // The possessor: "his" → the nearest person before, or the sentence's first person.
        let possessor = actors.iter().rev().find(|a| {
            a.t1 <= p
                && a.refs
                    .iter()
                    .any(|&r| self.entities[r].etype == EntityType::Person)
        });
        let Some(possessor) = possessor.and_then(|a| a.refs.first().copied()) else {
            return;
        };
        // The possessor's office: bound here, else held on the date
        // ("Blinken met his counterpart" names no title for him).
        let Some(kind) = self.office_kind_of(possessor) else {
            return;
        };
        let title_text = format!("{} counterpart", cspan.map_or("", |s| self.surface(s)));
        // A known person's own office of that country comes first: Turkey's
        // president is head of state, Iran's is not, and "his Iranian
        // counterpart Ebrahim Raisi" is Iran's president all the same.
        let own = self
            .own_office_in(person, country, kind)
            .map(OfficeChoice::Dict);
        if let Some(choice) = own.or_else(|| self.office_by_kind(country, kind, &title_text)) {
            let office = self.office_entity(&choice);
            let span = Span::new(
                cspan.map_or(m.span.start, |s| s.start),
                self.tokens[m.t0 - 1].span.end,
            );
            let _ = span;
            self.bind(
                person,
                office,
                si,
                Span::new(cspan.map_or(m.span.start, |s| s.start), m.span.end),
                m.span,
                false,
            );
        }
    }

    /// "met his Chinese counterpart" with no name after it: whoever held,
    /// on the document's date, the office of that country that matches the
    /// possessor's own. When the dictionary does not know who, the country
    /// stands for them, as for a bare title.
    fn bare_counterpart(
        &mut self,
        ms: &[Mention],
        i: usize,
        si: usize,
        actors: &[Actor],
    ) -> Option<Actor> {
        let m = &ms[i];
        let MKind::Country { idx, .. } = m.kind else {
            return None;
        };
        let first = self.sentences[si].first_token;
        if self.word(m.t1) != "counterpart"
            || m.t0 == first
            || !matches!(self.word(m.t0 - 1), "his" | "her")
        {
            return None;
        }
        // A name after it is bound at the name: "his Chinese counterpart Li Qiang".
        if ms.get(i + 1).is_some_and(|n| n.t0 == m.t1 + 1) || self.is_cap_word(m.t1 + 1) {
            return None;
        }
        // A person the dictionary knows, named in apposition: "his German
        // counterpart, Olaf Scholz,". The counterpart is that person, even
        // when the office that matches the possessor's is another's.
        let named = ms
            .get(i + 1)
            .filter(|n| self.word(m.t1 + 1) == "," && n.t0 == m.t1 + 2)
            .and_then(|n| match n.kind {
                MKind::Person { dict } => dict,
                _ => None,
            });
        let possessor = actors
            .iter()
            .rev()
            .filter(|a| a.t1 <= m.t0 && !a.pronoun)
            .flat_map(|a| a.refs.iter().copied())
            .find(|&r| self.entities[r].etype == EntityType::Person)?;
        let kind = self.office_kind_of(possessor)?;
        let dict: &'a Dictionary = self.dict;
        let code = dict.countries()[idx].code.as_str();
        // With no title text, only an office the dictionary lists is chosen.
        let Some(choice @ OfficeChoice::Dict(o)) = self.office_by_kind(code, kind, "") else {
            return None;
        };
        let span = Span::new(m.span.start, self.tokens[m.t1].span.end);
        let country = self.country_entity(idx);
        self.note_mention(country, m.span);
        let actor = |this: &Self, who: usize| this.by_role_actor(span, m.t0, m.t1 + 1, who);
        let only = self.date.and_then(|date| {
            let mut holders = self.dict.holders_of_index_on(o, date);
            holders.next().filter(|_| holders.next().is_none())
        });
        let office = self.office_entity(&choice);
        self.note_mention(office, span);
        let person = only.and_then(|r| self.dict.role_person(r));
        if named.is_some_and(|n| Some(n) != person) {
            return None;
        }
        let Some(pidx) = person else {
            return Some(actor(self, country));
        };
        let person = self.person_entity(pidx);
        self.bind(person, office, si, span, span, true);
        Some(actor(self, person))
    }

    /// The entity of the country a person leads, if any.
    pub(crate) fn state_led_by(&mut self, person: usize) -> Option<usize> {
        let code = self.led_by(person)?;
        self.state_entity(code)
    }

    /// The country a person leads as head of state or government: on the
    /// document's date if the dictionary says so, else the last they led.
    fn led_by(&self, person: usize) -> Option<&'a str> {
        let dict: &'a Dictionary = self.dict;
        let p = self.entities[person].dict_person?;
        let mut roles: Vec<_> = dict
            .roles_of_index(p)
            .filter_map(|(r, o)| o.filter(|&o| dict.offices()[o].leads()).map(|o| (r, o)))
            .collect();
        roles.sort_by_key(|(r, _)| r.start);
        let &(_, o) = self
            .date
            .and_then(|d| roles.iter().rev().find(|(r, _)| r.held_on(d)))
            .or(roles.last())?;
        let c = dict.office_country(o)?;
        Some(dict.countries()[c].code.as_str())
    }

    /// The kind of office a person holds here: bound in this document, or
    /// held on the document's date by the dictionary's roles.
    fn office_kind_of(&self, person: usize) -> Option<&'a str> {
        let bound = self
            .bindings
            .iter()
            .rev()
            .find(|b| b.person == person)
            .and_then(|b| self.entities[b.office].office_kind);
        if bound.is_some() {
            return bound;
        }
        let date = self.date?;
        let p = self.entities[person].dict_person?;
        let dict: &'a Dictionary = self.dict;
        dict.roles_of_index(p)
            .filter(|(r, _)| r.held_on(date))
            .find_map(|(_, o)| o)
            .map(|o| dict.offices()[o].kind.as_str())
    }

    /// The office of `holder` a known person held on the date being read,
    /// else the one of theirs there that is nearest that date; of offices
    /// as near, the one of `kind`.
    fn own_office_in(&self, person: usize, holder: &str, kind: &str) -> Option<usize> {
        let p = self.entities[person].dict_person?;
        self.dict
            .roles_of_index(p)
            .filter_map(|(r, o)| {
                let o = o?;
                let distance = match self.date {
                    Some(d) if d < r.start => (r.start - d).num_days(),
                    Some(d) => r.end.map_or(0, |e| (d - e).num_days().max(0)),
                    None => 0,
                };
                let office = &self.dict.offices()[o];
                (office.holder == holder).then_some(((distance, office.kind != kind), o))
            })
            .min_by_key(|&(rank, _)| rank)
            .map(|(_, o)| o)
    }

    /// Whether a binding names a known person by an office the dictionary
    /// says they held, but not within a year of the date it was read at:
    /// "President Obama" in a 2024 article is a reference to the past, not a
    /// tenure in 2024. The year's grace keeps what is only near a boundary:
    /// a deposed president still so called, a date the sentence names that
    /// is not the date of the act.
    pub fn held_at_other_times(&self, b: &Binding) -> bool {
        let (Some(p), Some(o), Some(on)) = (
            self.entities[b.person].dict_person,
            self.entities[b.office].dict_office,
            b.on,
        ) else {
            return false;
        };
        let mut roles = self
            .dict
            .roles_of_index(p)
            .filter(|&(_, ro)| ro == Some(o))
            .map(|(r, _)| r)
            .peekable();
        let grace = chrono::Days::new(366);
        let near = |r: &crate::Role| {
            r.start.checked_sub_days(grace).is_none_or(|s| s <= on)
                && r.end
                    .is_none_or(|e| e.checked_add_days(grace).is_none_or(|e| on <= e))
        };
        roles.peek().is_some() && !roles.any(near)
    }

    fn conflicts(&self, person: usize, choice: &OfficeChoice) -> bool {
        // A known person named after a title they never held, while the dictionary
        // knows who held it then: the title is someone else.
        let (Some(p), &OfficeChoice::Dict(o), Some(date)) =
            (self.entities[person].dict_person, choice, self.date)
        else {
            return false;
        };
        let holds = self.dict.roles_of_index(p).any(|(_, ro)| ro == Some(o));
        !holds
            && self.dict.holders_of_index_on(o, date).next().is_some()
            && !self.dict.person_roles(p).is_empty()
    }

    fn bind(
        &mut self,
        person: usize,
        office: usize,
        si: usize,
        title: Span,
        person_span: Span,
        by_role: bool,
    ) {
        if let Some(c) = &self.entities[office].country {
            match &self.entities[person].country {
                None => self.entities[person].country = Some(c.clone()),
                // "the crown prince" read as Qatar's emir: a person of one
                // state holds no office of another.
                Some(own) if own != c => return,
                Some(_) => {}
            }
        }
        // "Former German Chancellor Angela Merkel": the title names her,
        // but she does not hold it now.
        if self.past_title(self.token_at(title.start), si) {
            return;
        }
        // Only this sentence's bindings can repeat: look back over them alone.
        let same_sentence = self.bindings.iter().rev().take_while(|b| b.sentence == si);
        if !same_sentence
            .into_iter()
            .any(|b| b.person == person && b.office == office)
        {
            self.bindings.push(Binding {
                person,
                office,
                sentence: si,
                title,
                person_span,
                by_role,
                on: self.date,
            });
        }
    }

    /// Whether a title starting at token `t` is marked as held in the past:
    /// "former", "ex-", "late", "then-" up to three words before it ("Former
    /// U.S. President", "the former prime minister").
    fn past_title(&self, t: usize, si: usize) -> bool {
        let first = self.sentences[si].first_token;
        let mut k = t;
        for _ in 0..3 {
            if k <= first {
                return false;
            }
            k -= 1;
            match self.word(k) {
                "former" | "late" | "erstwhile" => return true,
                "ex" | "then" if self.word(k + 1) == "-" => return true,
                "," | ";" | ":" | "(" => return false,
                _ => {}
            }
        }
        false
    }

    /// A title with no name: "the US Secretary of State", "The Secretary", "the Chairperson".
    #[allow(clippy::too_many_arguments)]
    fn bare_title(
        &mut self,
        form: u32,
        holder: Option<&'a str>,
        span: Span,
        t0: usize,
        t1: usize,
        si: usize,
        title_m: &Mention,
    ) -> Option<Actor> {
        let first = self.sentences[si].first_token;
        // "its defence minister": the country or organisation just named.
        let its_holder = if holder.is_none() && t0 > first && self.word(t0 - 1) == "its" {
            // "Slovakia has stopped sending arms to Ukraine, its prime
            // minister said": after the clause, the sentence's first state.
            let attribution = t0 > first + 1 && self.word(t0 - 2) == ",";
            attribution
                .then(|| self.state_order.get(self.states_before_sentence).copied())
                .flatten()
                .or_else(|| self.last_state_actor(si))
        } else {
            None
        };
        let holder = holder.or(its_holder);
        // "the former U.S. secretary of state" is not who holds it now.
        if self.past_title(t0, si) {
            return None;
        }
        // Plural titles ("officials", "leaders") and titles used as modifiers are no actor.
        if self.word(t1) == "'s" && holder.is_none() {
            return None;
        }
        // "the Chinese vice foreign minister" is not the foreign minister,
        // but still speaks for the state.
        if self.lesser_title(title_m, si) {
            let state = self.state_entity(holder?)?;
            return Some(self.by_role_actor(span, t0, t1, state));
        }
        // Someone bound earlier in this document to a matching office.
        let info = self.gaz.titles(form);
        let earlier = self.bindings.iter().rev().find(|b| {
            // "In 2019, the Secretary …": a holder read at another time (a
            // month apart or more) may be someone else.
            let apart =
                b.on.zip(self.date)
                    .is_some_and(|(then, now)| (then - now).num_days().abs() > 31);
            if apart {
                return false;
            }
            let e = &self.entities[b.office];
            // Each test is made only when those before it leave the answer
            // open: the strings compared lie apart in memory, each a likely
            // cache miss.
            let office_ok = || e.dict_office.is_some_and(|o| info.names_office(o));
            let kind_ok = || e.office_kind.as_ref().is_some_and(|k| info.names_kind(k));
            (office_ok() || kind_ok())
                && holder.is_none_or(|h| {
                    e.country.as_deref() == Some(h)
                        || e.dict_office
                            .is_some_and(|o| self.dict.offices()[o].holder == h)
                })
        });
        if let Some(b) = earlier.cloned() {
            let a = self.actor(
                span,
                span,
                t0,
                t1,
                Refs::one(b.person),
                Resolution::Anaphora,
                false,
                false,
            );
            self.note_mention(b.office, span);
            return Some(a);
        }
        let definite = t0 > first
            && matches!(self.word(t0 - 1), "the" | "a" | "its" | "his" | "her")
            || holder.is_some()
            || self.tokens[title_m.t0].span.start == self.tokens[t0].span.start;
        if !definite {
            return None;
        }
        // A title only one office has ("China's top diplomat", "External
        // Affairs Minister") names its holder by itself.
        let own_holder = match holder {
            Some(_) => None,
            None => match self.office_for(form, None, None, self.surface(title_m.span)) {
                Some(OfficeChoice::Dict(o)) => Some(self.dict.offices()[o].holder.as_str()),
                _ => None,
            },
        };
        let holder = holder.or(own_holder)?;
        let choice = self.office_for(form, Some(holder), None, self.surface(title_m.span))?;
        // The holder on the date; when the dictionary does not know who it
        // was, the office stands for its state ("the Iraqi foreign minister").
        let mut holders = match (&choice, self.date) {
            (&OfficeChoice::Dict(o), Some(date)) => Some(self.dict.holders_of_index_on(o, date)),
            _ => None,
        };
        let only = holders
            .as_mut()
            .and_then(|h| h.next().filter(|_| h.next().is_none()));
        let Some(role) = only else {
            let state = self.state_entity(holder)?;
            let office = self.office_entity(&choice);
            self.note_mention(office, span);
            return Some(self.by_role_actor(span, t0, t1, state));
        };
        let OfficeChoice::Dict(o) = choice else {
            return None;
        };
        let pidx = self.dict.role_person(role)?;
        let person = self.person_entity(pidx);
        let office = self.office_entity(&OfficeChoice::Dict(o));
        self.note_mention(office, span);
        self.bind(person, office, si, span, span, true);
        Some(self.by_role_actor(span, t0, t1, person))
    }

    /// Whether a word next to a title says its bearer does not hold the
    /// office it names: "Deputy Secretary of State", "Vice Foreign
    /// Minister", "former President", "President-elect".
    fn lesser_title(&self, title: &Mention, si: usize) -> bool {
        let after = self.word(title.t1) == "-"
            && matches!(self.word(title.t1 + 1), "elect" | "designate" | "designee");
        after || self.rank_start(title, si) < title.t0
    }

    /// Where a word of rank before a title starts ("Vice", "ex-"), or the
    /// title's own first token.
    fn rank_start(&self, title: &Mention, si: usize) -> usize {
        let first = self.sentences[si].first_token;
        let mut p = title.t0;
        if p > first && self.word(p - 1) == "-" {
            p -= 1;
        }
        if p > first && is_in(&lexicon::TITLE_RANKS, self.word(p - 1)) {
            p - 1
        } else {
            title.t0
        }
    }

    /// The entity of a country code or organisation id.
    fn state_entity(&mut self, holder: &str) -> Option<usize> {
        if let Some(idx) = self.dict.country_index(holder) {
            return Some(self.country_entity(idx));
        }
        // By the dictionary's index of ids, not by a walk over every
        // organisation's id, each a string of its own in memory.
        let idx = self.dict.organization_index(holder)?;
        Some(self.org_entity(idx))
    }

    /// The code of the country or organisation most recently named, for "its".
    fn last_state_actor(&self, si: usize) -> Option<&'a str> {
        let _ = si;
        self.state_order.last().copied()
    }

    /// Chooses the office a title names, given whose it is and who holds it.
    fn office_for(
        &self,
        form: u32,
        holder: Option<&'a str>,
        person: Option<usize>,
        title_text: &str,
    ) -> Option<OfficeChoice<'a>> {
        // "Shamkhani, secretary of Iran's Supreme National Security
        // Council": a lower-case "secretary" is a council's or a party's,
        // not the Secretary of State's ("Secretary Blinken").
        // Most titles start otherwise, and are told so before both their
        // ends are trimmed.
        if title_text.trim_start().starts_with("secretary") && title_text.trim() == "secretary" {
            return None;
        }
        let gaz: &'a Gazetteer = self.gaz;
        let info = gaz.titles(form);
        // A full office name says everything.
        if let Some(index) = info.full {
            return Some(OfficeChoice::Dict(index));
        }
        // A holder: its office of a matching kind, as the dictionary lists it.
        let holder = holder.map(|h| self.org_country_fallback(h, info));
        if let Some(h) = holder {
            if let Some(&o) = info.office_by_holder.get(h) {
                return Some(OfficeChoice::Dict(o));
            }
            for k in &info.kinds {
                if let Some(o) = self.office_of_kind(h, k) {
                    return Some(OfficeChoice::Dict(o));
                }
            }
        }
        // A known person: the matching office they hold on the date (or held),
        // by kind, or by the title's words inside the office's name ("Secretary
        // Austin" is the Secretary of Defense).
        if let Some(p) = person {
            // The person's offices are tried in this order: those held on
            // the date first, then the latest begun, else as listed.
            let order = |r: &Role| {
                let on = self.date.is_some_and(|d| r.held_on(d));
                (!on, std::cmp::Reverse(r.start))
            };
            // The first in that order whose kind or office the title names
            // is the least of those by the order, the first listed of
            // equals: found without a vector of them to sort, and an office
            // is compared with the title only if it would come before the
            // one found so far.
            let mut named = None;
            for (r, o) in self.dict.roles_of_index(p) {
                let (Some(o), key) = (o, order(r)) else {
                    continue;
                };
                if named.is_some_and(|(least, _)| least <= key) {
                    continue;
                }
                if info.names_office(o) || info.names_kind(&self.dict.offices()[o].kind) {
                    named = Some((key, o));
                }
            }
            if let Some((_, o)) = named {
                return Some(OfficeChoice::Dict(o));
            }
            let words = title_text.to_lowercase();
            let words = words.trim();
            if !words.is_empty() {
                let mut roles: Vec<_> = self.dict.roles_of_index(p).collect();
                roles.sort_by_key(|&(r, _)| order(r));
                let offices: Vec<usize> = roles.iter().filter_map(|&(_, o)| o).collect();
                let inside = |o: usize| {
                    let office = &self.dict.offices()[o];
                    contains_words(&office.name.to_lowercase(), words)
                        || office
                            .titles
                            .iter()
                            .any(|t| contains_words(&t.to_lowercase(), words))
                };
                if let Some(&o) = offices.iter().find(|&&o| inside(o)) {
                    return Some(OfficeChoice::Dict(o));
                }
            }
            holder.as_ref()?;
        }
        // A holder the dictionary has no such office for: name one.
        if let Some(h) = holder {
            for k in &info.kinds {
                if let Some(c) = self.office_by_kind(h, k, title_text) {
                    return Some(c);
                }
            }
            return None;
        }
        // A title that only one office has ("External Affairs Minister"),
        // unless its words are common to many ("the chief executive", "the
        // finance minister", "the military chief"): those need a holder.
        if is_common_title(title_text) {
            return None;
        }
        let specific = &info.offices;
        if specific.len() == 1 || (info.office_by_holder.len() == 1 && specific.len() <= 2) {
            return Some(OfficeChoice::Dict(specific[0]));
        }
        None
    }

    /// An organisation holder whose offices are national: "U.S. House of Representatives" → USA.
    fn org_country_fallback(&self, h: &'a str, info: &TitleInfo) -> &'a str {
        if info.office_by_holder.contains_key(h) {
            return h;
        }
        let dict: &'a Dictionary = self.dict;
        match dict.organization(h).and_then(|o| o.country.as_deref()) {
            Some(c) if info.office_by_holder.contains_key(c) => c,
            _ => h,
        }
    }

    /// The dictionary office with the id `holder/kind`, the id written
    /// into the analysis's buffer for ids.
    fn office_of_kind(&self, holder: &str, kind: &str) -> Option<usize> {
        let mut id = self.id_buf.take();
        id.clear();
        id.push_str(holder);
        id.push('/');
        id.push_str(kind);
        let found = self.dict.office_index(&id);
        self.id_buf.set(id);
        found
    }

    fn office_by_kind(
        &self,
        holder: &'a str,
        kind: &'a str,
        title_text: &str,
    ) -> Option<OfficeChoice<'a>> {
        if let Some(o) = self.office_of_kind(holder, kind) {
            return Some(OfficeChoice::Dict(o));
        }
        if let Some(o) = self.dict.office_of_holder_kind(holder, kind) {
            return Some(OfficeChoice::Dict(o));
        }
        // An office the dictionary does not list: name it from the title and holder.
        let holder_name = self
            .dict
            .country(holder)
            .map(|c| c.name.clone())
            .or_else(|| self.dict.organization(holder).map(|o| o.name.clone()))?;
        let title = title_case(title_text.trim());
        if title.is_empty() {
            return None;
        }
        let the = if holder_name.starts_with("United") || holder_name.ends_with("Islands") {
            "the "
        } else {
            ""
        };
        Some(OfficeChoice::AdHoc {
            name: format!("{title} of {the}{holder_name}"),
            holder: Some(holder),
            kind,
        })
    }

    /// The person who says what follows when `t` comes right after a verb
    /// of saying ("X said he", "X, who met Y, said that she", "X told Y
    /// that he"): the actor just before the verb, or before the relative
    /// clause that ends there. The one told is not the speaker.
    fn speaker_before(&self, t: usize, first: usize, actors: &[Actor]) -> Option<usize> {
        let said = |k: usize| {
            matches!(
                self.word(k),
                "said" | "says" | "added" | "stressed" | "noted" | "insisted" | "declared"
            )
        };
        let mut v = t.checked_sub(1).filter(|&v| v > first)?;
        if self.word(v) == "that" {
            v -= 1;
        }
        let telling = |k: usize| {
            matches!(
                self.word(k),
                "told" | "tells" | "assured" | "informed" | "reminded"
            )
        };
        let told = actors
            .iter()
            .find(|a| a.t1 == v + 1 && !a.pronoun && a.t0 > first && telling(a.t0 - 1));
        if let Some(told) = told {
            v = told.t0 - 1;
        } else if !said(v) {
            return None;
        }
        if v <= first {
            return None;
        }
        let mut end = v;
        while end > first && matches!(self.word(end - 1), "also" | "later" | "then" | "again") {
            end -= 1;
        }
        if end > first && self.word(end - 1) == "," {
            end = (first..end - 1)
                .rev()
                .take(25)
                .find(|&k| self.word(k) == "," && matches!(self.word(k + 1), "who" | "which"))?;
        }
        let a = actors.iter().find(|a| a.t1 == end && !a.pronoun)?;
        match a.refs.as_slice() {
            [r] if self.entities[*r].etype == EntityType::Person => Some(*r),
            _ => None,
        }
    }

    /// A singular pronoun's referent.
    fn pronoun_ref(&self, t: usize, si: usize, actors: &[Actor]) -> Option<usize> {
        let first = self.sentences[si].first_token;
        let is_person = |r: &usize| self.entities[*r].etype == EntityType::Person;
        // "He ... had his second meeting": a possessive after a light verb is
        // the clause's subject. "Xi welcomed him, and Albanese said he had
        // raised his concern": the clause after the last comma comes first.
        if t > first && is_in(&lexicon::LIGHT_VERBS, self.word(t - 1)) {
            let subject_from = |from: usize| {
                actors.iter().find(|a| {
                    a.t0 >= from
                        && a.refs.len() == 1
                        && a.refs.iter().all(is_person)
                        && !a.possessive
                })
            };
            let clause = (first..t)
                .rev()
                .find(|&k| matches!(self.word(k), "," | ";"))
                .map_or(first, |k| k + 1);
            let in_clause = subject_from(clause).filter(|a| a.t1 <= t);
            if let Some(a) = in_clause.or_else(|| subject_from(first)) {
                return a.refs.first().copied();
            }
        }
        // "Xi welcomed him": an object pronoun is never its own clause's
        // subject; it names a person of an earlier clause.
        if self.word(t) == "him" {
            let clause = (first..t)
                .rev()
                .find(|&k| matches!(self.word(k), "," | ";" | "that" | "which" | "who"))
                .unwrap_or(first);
            let local: Vec<usize> = actors
                .iter()
                .filter(|a| a.t0 >= clause)
                .flat_map(|a| a.refs.iter().copied())
                .collect();
            let earlier = actors
                .iter()
                .rev()
                .filter(|a| a.t1 <= clause && a.refs.len() == 1 && a.refs.iter().all(is_person))
                .find_map(|a| a.refs.first().copied().filter(|r| !local.contains(r)));
            return earlier
                .or_else(|| {
                    self.subjects
                        .iter()
                        .rev()
                        .flatten()
                        .find(|subj| subj.len() == 1 && is_person(&subj[0]))
                        .map(|subj| subj[0])
                        .filter(|r| !local.contains(r))
                })
                .or_else(|| {
                    self.person_order
                        .iter()
                        .rev()
                        .copied()
                        .find(|r| !local.contains(r))
                });
        }
        // "Stoltenberg, who spoke to Poroshenko, said he was concerned": a
        // subject pronoun after a verb of saying is the speaker.
        if matches!(self.word(t), "he" | "she") {
            if let Some(speaker) = self.speaker_before(t, first, actors) {
                return Some(speaker);
            }
        }
        // "He met the emir before flying to Doha, where he signed …": a
        // subject pronoun that opens a later clause is the one that opens
        // the sentence.
        if matches!(self.word(t), "he" | "she")
            && t > first + 1
            && self.word(first) == self.word(t)
            && matches!(
                self.word(t - 1),
                "where" | "when" | "while" | "before" | "after" | "and" | "but" | "," | ";"
            )
        {
            if let Some(a) = actors
                .iter()
                .find(|a| a.pronoun && a.t0 == first && a.refs.len() == 1)
            {
                return a.refs.first().copied();
            }
        }
        // "In Tokyo, Blinken met Kishida; in Seoul, he met Yoon": a subject
        // pronoun after a clause break prefers the sentence's subject.
        if matches!(self.word(t), "he" | "she")
            && t - first > 1
            && matches!(self.word(t - 1), ";" | "," | "and" | "but")
        {
            let subject = actors.iter().find(|a| {
                a.refs.len() == 1
                    && a.refs.iter().all(is_person)
                    && !a.possessive
                    && !a.pronoun
                    && !self.after_preposition(a, first)
            });
            if let Some(a) = subject {
                return a.refs.first().copied();
            }
        }
        // Sentence-initial pronouns refer to the last subject; others to the nearest person.
        if t - first > 1 {
            if let Some(a) = actors
                .iter()
                .rev()
                .find(|a| a.refs.len() == 1 && a.refs.iter().all(is_person))
            {
                return a.refs.first().copied();
            }
        }
        for subj in self.subjects.iter().rev().flatten() {
            if subj.len() == 1 && is_person(&subj[0]) {
                return Some(subj[0]);
            }
        }
        self.person_order.last().copied()
    }

    /// The two persons `actors` name, if they name exactly two.
    fn two_persons_in(&self, actors: &[Actor]) -> Option<Vec<usize>> {
        let mut two = Vec::with_capacity(2);
        for &r in actors.iter().flat_map(|a| a.refs.iter()) {
            if self.entities[r].etype == EntityType::Person && !two.contains(&r) {
                if two.len() == 2 {
                    return None;
                }
                two.push(r);
            }
        }
        (two.len() == 2).then_some(two)
    }

    /// "The two leaders", "they", "both of them", "the two sides".
    /// The last `want` persons named as subjects, or else in the document,
    /// who hold an office of `kind`: "the two presidents" after a senator
    /// spoke. None unless there are that many.
    fn group_holding(&mut self, kind: &str, want: usize) -> Option<Vec<usize>> {
        let mut out: Vec<usize> = Vec::new();
        let subjects: Vec<usize> = self
            .subjects
            .iter()
            .rev()
            .flatten()
            .flatten()
            .copied()
            .collect();
        for r in subjects {
            if self.entities[r].etype == EntityType::Person
                && !out.contains(&r)
                && self.office_kind_of(r) == Some(kind)
            {
                out.push(r);
            }
        }
        for p in self.doc_people.clone() {
            if out.len() >= want {
                break;
            }
            let e = self.person_entity(p);
            if !out.contains(&e) && self.office_kind_of(e) == Some(kind) {
                out.push(e);
            }
        }
        out.truncate(want);
        (out.len() == want).then_some(out)
    }

    fn group_refs(&mut self, countries: bool, size: Option<usize>, si: usize) -> Vec<usize> {
        let is_person = |this: &Self, r: usize| this.entities[r].etype == EntityType::Person;
        let mut people: Vec<usize> = Vec::new();
        let want = size.unwrap_or(2);
        // "Finland and Sweden pledged to work with Turkey. Erdogan had
        // accused the two countries …": states named together in the
        // sentence before come first.
        if countries
            && self.last_states_named_together.len() == want
            && self.last_states_named_after == si
        {
            return self.last_states_named_together.clone();
        }
        // The last meeting's parties and the last subject are read where
        // they are; the parties are copied only when taken.
        if let Some((msi, parts)) = &self.last_meeting {
            let recent = si.saturating_sub(*msi) <= 1;
            let prev_subject = self.subjects.iter().rev().flatten().next();
            let subject_in =
                prev_subject.is_none_or(|s| s.len() > 1 || s.iter().all(|r| parts.contains(r)));
            if recent || subject_in {
                people.clone_from(parts);
            }
        }
        // "Xi visited Russia. ... the two sides": the visitor's country and the host.
        if people.is_empty() && countries {
            if let Some((v, d)) = self.last_visit {
                let host = if self.entities[d].etype == EntityType::Country {
                    Some(d)
                } else {
                    self.entities[d]
                        .country
                        .clone()
                        .and_then(|c| self.country_entity_by_code(&c))
                };
                let guest = self.entities[v]
                    .country
                    .clone()
                    .and_then(|c| self.country_entity_by_code(&c));
                if let (Some(h), Some(g)) = (host, guest) {
                    if h != g {
                        return vec![g, h];
                    }
                }
            }
        }
        if people.is_empty() {
            for subj in self.subjects.iter().rev().flatten() {
                for &r in subj {
                    if is_person(self, r) && !people.contains(&r) {
                        people.push(r);
                    }
                }
                if people.len() >= want {
                    break;
                }
            }
        }
        if people.len() < want {
            for p in self.doc_people.clone() {
                let e = self.person_entity(p);
                if !people.contains(&e) {
                    people.push(e);
                }
                if people.len() >= want {
                    break;
                }
            }
        }
        if people.len() < 2 {
            // "Turkey blocked the bids of Finland and Sweden. Erdogan
            // accused the two countries …": the states last named together.
            let named = &self.last_states_named_together;
            return if countries && named.len() == want {
                named.clone()
            } else {
                Vec::new()
            };
        }
        // The parties of the last meeting, as many as the phrase counts;
        // "the leaders" takes them all.
        people.truncate(size.unwrap_or(people.len()));
        if !countries {
            return people;
        }
        let mut out = Vec::new();
        for p in people {
            let e = if self.entities[p].etype == EntityType::Country {
                Some(p)
            } else {
                let code = self.entities[p].country.clone();
                code.and_then(|c| self.country_entity_by_code(&c))
            };
            if let Some(e) = e {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        if out.len() == want {
            out
        } else {
            Vec::new()
        }
    }
}

/// Whether a plural counted in "the two …" names states: "the two
/// countries", "the three juntas". The words after "countries" count only
/// after a number ("the states that …" is no group), which the pattern
/// that calls this sees to.
/// Whether every word of a title is one many offices, companies and
/// bodies use, so that it names no office by itself: "chief executive",
/// "finance minister", "the Speaker", "acting president", "junta leader".
fn is_common_title(title: &str) -> bool {
    static COMMON: WordList = WordList::new(&[
        "acting",
        "adviser",
        "advisor",
        "chair",
        "chairman",
        "chairwoman",
        "chancellor",
        "chief",
        "co-president",
        "commander",
        "commander-in-chief",
        "council",
        "defence",
        "defense",
        "deputy",
        "director",
        "executive",
        "finance",
        "foreign",
        "general",
        "government",
        "head",
        "house",
        "in",
        "junta",
        "leader",
        "legislator",
        "military",
        "minister",
        "minister-president",
        "national",
        "nsa",
        "of",
        "president",
        "regent",
        "security",
        "speaker",
        "spokesman",
        "staff",
        "state",
        "the",
        "top",
        "vice",
        "vice-president",
        "vp",
    ]);
    let mut words = title.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| COMMON.contains_ignoring_ascii_case(w))
}

/// The organisation whose seat a state's capital is, for the capitals
/// whose name news uses for the organisation: Brussels for the European
/// Union ("Brussels and Washington imposed sanctions").
fn seated_organization(country_code: &str) -> Option<&'static str> {
    match country_code {
        "BEL" => Some("EU"),
        _ => None,
    }
}

fn names_states(noun: &str) -> bool {
    matches!(
        noun,
        "sides"
            | "countries"
            | "nations"
            | "governments"
            | "states"
            | "juntas"
            | "regimes"
            | "neighbours"
            | "neighbors"
            | "allies"
    )
}

/// The office kind a group phrase's head names: "the two presidents",
/// "both prime ministers" (`last` is its last word, `before` the one before).
fn group_office_kind(last: &str, before: &str) -> Option<&'static str> {
    match (before, last) {
        (_, "presidents") => Some("head-of-state"),
        ("prime", "ministers") | (_, "premiers") => Some("head-of-government"),
        ("foreign", "ministers") => Some("foreign-minister"),
        ("defence" | "defense", "ministers") => Some("defence-minister"),
        _ => None,
    }
}

/// Whether a token is a word that starts with a capital letter.
fn is_capitalised(text: &str, t: &Token) -> bool {
    let start = t.span.start;
    t.kind == TokenKind::Word
        && match text.as_bytes().get(start) {
            Some(first) if first.is_ascii() => first.is_ascii_uppercase(),
            _ => text
                .get(start..t.span.end)
                .and_then(|word| word.chars().next())
                .is_some_and(char::is_uppercase),
        }
}

/// The lower-cased words that a pattern of [`Analysis::find_pronouns`]
/// starts with.
const REFERENCE_WORDS: [&[u8]; 12] = [
    b"the", b"both", b"they", b"them", b"their", b"he", b"she", b"him", b"his", b"her", b"it",
    b"its",
];

/// For each word length up to seven, the first letters of those words of
/// that length, as bits by the letter's last five bits (`a` is 1): a
/// filter that a letter of either case passes alike.
const REFERENCE_FIRST_LETTERS: [u32; 8] = {
    let mut bits = [0; 8];
    let mut i = 0;
    while i < REFERENCE_WORDS.len() {
        let w = REFERENCE_WORDS[i];
        bits[w.len()] |= 1 << (w[0] & 31);
        i += 1;
    }
    bits
};

/// Whether a word of `len` bytes that starts with byte `first` may be one
/// of [`REFERENCE_WORDS`]: one look in a small table, with no branch.
fn may_start_reference(len: usize, first: u8) -> bool {
    REFERENCE_FIRST_LETTERS[len.min(7)] >> (first & 31) & 1 != 0
}

/// The word of `bytes[start..end]`, of at most seven bytes, as one number:
/// its bytes, and its length in the top byte, so that two such words have
/// one key only if they are the same. The bytes are read at once, as eight
/// (fewer only at the end of the text), whatever the word's length.
fn short_word_key(bytes: &[u8], start: usize, end: usize) -> u64 {
    let eight = match bytes.get(start..start + 8) {
        Some(eight) => <[u8; 8]>::try_from(eight).unwrap_or_default(),
        None => {
            let mut eight = [0; 8];
            let rest = bytes.get(start..end).unwrap_or_default();
            let n = rest.len().min(8);
            eight[..n].copy_from_slice(&rest[..n]);
            eight
        }
    };
    let len = end.saturating_sub(start).min(7);
    let kept = !(u64::MAX << (8 * len));
    (u64::from_le_bytes(eight) & kept) | (len as u64) << 56
}

/// [`short_word_key`] of a word given as bytes, for the table.
const fn key_of(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The slot of a word's key in [`REFERENCE_KEYS`]: its top six bits once
/// multiplied by a constant for which no two of those words share one.
const fn reference_slot(key: u64) -> usize {
    (key.wrapping_mul(0x27d4_eb2f_1656_67c5) >> 58) as usize
}

/// The keys of [`REFERENCE_WORDS`], each in its own slot (the build fails
/// if two share one), the other slots zero, which is no key.
const REFERENCE_KEYS: [u64; 64] = {
    let mut table = [0; 64];
    let mut i = 0;
    while i < REFERENCE_WORDS.len() {
        let key = key_of(REFERENCE_WORDS[i]);
        assert!(table[reference_slot(key)] == 0, "two words share a slot");
        table[reference_slot(key)] = key;
        i += 1;
    }
    table
};

/// Whether the lower-cased word of `bytes[start..end]`, of at most seven
/// bytes, is one of [`REFERENCE_WORDS`]: one look in a table, with no
/// branch on the word's letters.
fn starts_reference(bytes: &[u8], start: usize, end: usize) -> bool {
    let key = short_word_key(bytes, start, end);
    REFERENCE_KEYS[reference_slot(key)] == key
}

/// The position of the first byte at or after `from` that is not ASCII, or
/// the length of `bytes` if none is: eight bytes are looked at at once.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    const TOP_BITS: u64 = 0x8080_8080_8080_8080;
    let word_at = |block: &[u8], i: usize| {
        block
            .get(i..i + 8)
            .and_then(|eight| <[u8; 8]>::try_from(eight).ok())
            .map_or(TOP_BITS, u64::from_le_bytes)
    };
    let mut at = from;
    // Most text is plain ASCII: 32 bytes are passed over at once, and the
    // block that holds a byte beyond ASCII is then read eight at a time.
    while let Some(block) = bytes.get(at..at + 32) {
        let top = (word_at(block, 0) | word_at(block, 8) | word_at(block, 16) | word_at(block, 24))
            & TOP_BITS;
        if top != 0 {
            break;
        }
        at += 32;
    }
    while let Some(eight) = bytes.get(at..at + 8) {
        let top = <[u8; 8]>::try_from(eight).map_or(TOP_BITS, u64::from_le_bytes) & TOP_BITS;
        if top != 0 {
            return at + top.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|b| !b.is_ascii()))
        .map_or(bytes.len().max(from), |i| at + i)
}

/// Appends to `lower` the text of each token that holds a character beyond
/// ASCII, lower-cased with curly apostrophes straightened (see
/// [`straighten_into`]), and returns each such token's index and the range
/// of its text in `lower`, in token order. The tokens are found from the
/// bytes that are not ASCII, which are few, rather than by reading every
/// token.
fn append_tokens_beyond_ascii(
    text: &str,
    tokens: &[Token],
    lower: &mut String,
    room: Vec<(usize, usize, usize)>,
) -> Vec<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = emptied(room);
    let mut at = next_non_ascii(bytes, 0);
    // No token before `t` ends after `at`.
    let mut t = 0;
    while at < bytes.len() {
        t += tokens
            .get(t..)
            .unwrap_or_default()
            .partition_point(|tok| tok.span.end <= at);
        let Some(tok) = tokens.get(t) else {
            break;
        };
        if tok.span.start > at {
            // White space between tokens: a no-break space.
            at = next_non_ascii(bytes, at + 1);
            continue;
        }
        let from = lower.len();
        straighten_into(&text[tok.span.start..tok.span.end], lower);
        out.push((t, from, lower.len()));
        at = next_non_ascii(bytes, tok.span.end);
        t += 1;
    }
    out
}

/// Whether a token's bytes are a double quotation mark: straight or curly.
fn is_quote_mark(token: &[u8]) -> bool {
    token == b"\"" || token == "“".as_bytes() || token == "”".as_bytes()
}

/// `list.partition_point(before)`, told at once when it is `at`: the
/// sentences are read in order, one after another, and where the last one
/// read ends in an ordered list is mostly where the next one starts. Else
/// it is searched for.
fn partition_at<T>(list: &[T], at: usize, before: impl Fn(&T) -> bool) -> usize {
    let fits = (at == 0 || list.get(at - 1).is_some_and(&before))
        && list.get(at).is_none_or(|x| !before(x));
    if fits {
        at
    } else {
        list.partition_point(before)
    }
}

/// The token range `t0..t1` of each dictionary match: from the first token
/// that starts at or after the match's start to the first that starts at or
/// after its end. The matches come in order and do not overlap, so one pass
/// over the tokens finds them all: each walk goes on from the end of the
/// match before, and no token is passed twice.
fn match_token_ranges(
    matches: &[GazetteerMatch],
    tokens: &[Token],
    room: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    // No token before `t` starts at or after the next match's start.
    let mut t = 0;
    let starts_before = |t: usize, byte: usize| tokens.get(t).is_some_and(|x| x.span.start < byte);
    let mut ranges = emptied(room);
    ranges.extend(matches.iter().map(|m| {
        if t > 0 && !starts_before(t - 1, m.start) {
            // Out of order: search afresh (no gazetteer does this).
            t = tokens.partition_point(|x| x.span.start < m.start);
        }
        while starts_before(t, m.start) {
            t += 1;
        }
        let t0 = t;
        while starts_before(t, m.end) {
            t += 1;
        }
        (t0, t)
    }));
    ranges
}

/// Which tokens of a sentence the token ranges `t0..t1` (of mentions, of
/// actors) cover, into a buffer that is reused from sentence to sentence.
pub(crate) fn cover_into(
    s: &Sentence,
    ranges: impl IntoIterator<Item = (usize, usize)>,
    covered: &mut Vec<u8>,
) {
    covered.clear();
    covered.resize(s.end_token - s.first_token, 0);
    mark(s, ranges, covered);
}

/// Marks the tokens of the sentence that the ranges cover.
fn mark(s: &Sentence, ranges: impl IntoIterator<Item = (usize, usize)>, covered: &mut [u8]) {
    for (t0, t1) in ranges {
        // The range's tokens within the sentence, as a slice of `covered`
        // set whole rather than token by token with a test of bounds each.
        let from = t0.max(s.first_token) - s.first_token;
        let to = t1.min(s.end_token).saturating_sub(s.first_token);
        // Most ranges are a token or a few: the four flags from `from` are
        // or-ed at once with as many ones as the range has tokens, with no
        // branch on the length and no call of `memset`, which a loop that
        // only writes, or `fill`, becomes. A longer range, or one at the
        // end of the sentence, is filled.
        let n = to.saturating_sub(from);
        if n <= 4 {
            if let Some(four) = covered.get_mut(from..from + 4) {
                let ones = 0x0101_0101 & ((1u64 << (8 * n)) - 1) as u32;
                let mut flags = [0; 4];
                flags.copy_from_slice(four);
                four.copy_from_slice(&(u32::from_le_bytes(flags) | ones).to_le_bytes());
                continue;
            }
        }
        if let Some(run) = covered.get_mut(from..to) {
            run.fill(1);
        }
    }
}

/// The token ranges of mentions, for [`coverage`].
fn ranges(mentions: &[Mention]) -> impl Iterator<Item = (usize, usize)> + '_ {
    mentions.iter().map(|m| (m.t0, m.t1))
}

/// "two", "three" or "four": the sizes of a group that "the N leaders" names.
fn is_small_number(w: &str) -> bool {
    matches!(w, "two" | "three" | "four")
}

/// Whether a word may be the plural noun of people who speak for a state
/// or for no one named ("officials", "diplomats", "traders"): a plural
/// word of letters, not a noun of states or of the time.
fn is_plural_of_people(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && !matches!(
            w,
            "sides"
                | "countries"
                | "nations"
                | "governments"
                | "states"
                | "parties"
                | "years"
                | "months"
                | "weeks"
                | "days"
                | "times"
                | "talks"
                | "news"
                | "reports"
                | "statements"
                | "was"
                | "has"
                | "does"
                | "this"
                | "thus"
                | "always"
                | "perhaps"
        )
}

/// Whether "it" followed by these two words is expletive ("it was agreed",
/// "it has been reported") rather than a reference to a state.
fn expletive_it(next: &str, after: &str) -> bool {
    // "said it was concerned about": a state's attitude, not "it was agreed".
    let attitude = matches!(
        after,
        "concerned"
            | "worried"
            | "alarmed"
            | "troubled"
            | "disturbed"
            | "dismayed"
            | "deeply"
            | "gravely"
            | "seriously"
            | "extremely"
            | "committed"
            | "opposed"
            | "determined"
    );
    // "said it was supplying drones": a progressive, not "it is clear".
    let progressive =
        after.len() > 4 && after.ends_with("ing") && matches!(next, "is" | "was" | "'s");
    !(attitude || progressive)
        && matches!(
            next,
            "is" | "was"
                | "'s"
                | "were"
                | "seems"
                | "appears"
                | "remains"
                | "would"
                | "will"
                | "may"
                | "might"
                | "could"
                | "should"
        )
        || (matches!(next, "has" | "had") && after == "been")
}

/// Whether `words` occurs in `text` on word boundaries.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + words.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            if matches!(w, "of" | "for" | "the" | "and" | "to") {
                return w.to_string();
            }
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index of entity keys answers as a hash map that keeps the first
    /// value of a key does, also once it has grown.
    #[test]
    fn key_index_keeps_the_first_index_of_a_key() {
        let mut index = KeyIndex::with_capacity(4);
        let mut map = std::collections::HashMap::new();
        for i in 0..500usize {
            // Keys that repeat, and keys far apart.
            let key = (i as u64 % 180).wrapping_mul(0x0001_0000_0001) ^ u64::from(i % 7 == 0);
            // Half by a search and an insert at the slot it gives, as
            // entities of the dictionary are put in.
            if i % 2 == 0 {
                index.insert_first(key, i);
            } else if let Err(slot) = index.find(key) {
                index.insert_at(slot, key, i);
            }
            map.entry(key).or_insert(i);
        }
        for key in 0..1000u64 {
            let key = key.wrapping_mul(0x0001_0000_0001);
            assert_eq!(index.get(key), map.get(&key).copied(), "{key}");
            assert_eq!(index.get(key ^ 1), map.get(&(key ^ 1)).copied(), "{key}");
        }
        assert_ne!(
            dict_key(DictKind::Person, 3),
            dict_key(DictKind::Country, 3)
        );
    }
}
