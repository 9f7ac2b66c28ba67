//! Relations from triggers and the actor phrases around them.
//!
//! Each trigger occurrence is read by the rule of its class: a verb finds its
//! subject on the left and its object on the right (after the preposition
//! the trigger asks for), passives swap them, a noun finds its agent in a
//! possessive, a light verb's subject or a `by`/`from` phrase and its other
//! party after `with`, `to` or `between`, and hyphen compounds ("the
//! Russia-China partnership") pair their two halves. Negation, hedges and
//! plans are read from the words that govern the trigger, not from anywhere
//! in the sentence, so "there was no apology" negates nothing.

use crate::dictionary::TriggerClass;
use crate::document::{Actor, Analysis, InPlace, Resolution};
use crate::lexicon::{self, is_in, Lists};
use crate::record::{EntityType, Modality, RelationType, Span};
use crate::record_view::recycle;
use crate::text::TokenKind;
use rustc_hash::FxHashMap as HashMap;
use std::mem;

/// The actors of one coordinated group ("France, Germany and Italy"), in
/// order: most groups have one or two, so they are kept in place rather
/// than in a vector made for each.
type Group = InPlace<usize, 4>;

/// A compiled trigger form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TriggerForm {
    pub words: Vec<String>,
    pub prep: Option<String>,
    pub relation: RelationType,
    pub class: TriggerClass,
    /// The length of the last word (at most 255) and its first byte: a
    /// form of several words stands only where its last word is near, and
    /// these, kept beside the form, tell most places where it is not
    /// without a read of `words`, which is elsewhere and mostly not in
    /// cache.
    last_len: u8,
    last_first: u8,
}

/// The length of `word` in bytes, 255 for any longer: as [`TriggerForm`]
/// keeps it.
fn short_length(word: &str) -> u8 {
    u8::try_from(word.len()).unwrap_or(u8::MAX)
}

/// What the rules know of a lower-case word: the trigger forms it starts,
/// the lexicon lists it is in and whether it is a word of dates.
#[derive(Clone, Debug, Default, PartialEq)]
struct WordEntry {
    forms: Vec<TriggerForm>,
    lists: Lists,
    /// Whether the word may name a date ([`crate::when::may_name_a_date`]).
    date: bool,
}

/// Trigger forms by their first word, and the lexicon lists of the words
/// the rules ask about: one look-up per token answers both.
#[derive(Clone, Debug, Default)]
pub(crate) struct TriggerIndex {
    /// Words of one to sixteen bytes by their [`WordKey`]: nearly all
    /// words are, and a key of three integers is made, hashed and compared
    /// at once.
    short: WordTable,
    /// Longer words (and the empty word, were it known).
    long: HashMap<String, WordEntry>,
}

/// A word of one to sixteen bytes as three integers: its length and two
/// reads of its bytes that overlap when it is short. With the length they
/// tell every byte, so two words have the same key only if they are the
/// same word. No word's key has length zero: that marks an empty
/// [`WordSlot`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
struct WordKey {
    len: usize,
    head: u64,
    tail: u64,
}

impl WordKey {
    fn of(word: &str) -> Option<WordKey> {
        let b = word.as_bytes();
        let len = b.len();
        let four = |c: Option<&[u8; 4]>| c.map_or(0, |c| u64::from(u32::from_le_bytes(*c)));
        let eight = |c: Option<&[u8; 8]>| c.map_or(0, |c| u64::from_le_bytes(*c));
        // The first, middle and last byte: all of a word of three.
        let three = |first: u8, middle: u8, last: u8| {
            (
                u64::from(first) << 16 | u64::from(middle) << 8 | u64::from(last),
                0,
            )
        };
        // A word of one to three bytes is read at its first, middle and
        // last byte, not by its exact length: a jump to one of three ways,
        // which goes one way or another from word to word, is left out.
        if !(1..=16).contains(&len) {
            return None;
        }
        let (head, tail) = if len < 4 {
            three(b[0], b[len / 2], b[len - 1])
        } else if len <= 8 {
            (four(b.first_chunk()), four(b.last_chunk()))
        } else {
            (eight(b.first_chunk()), eight(b.last_chunk()))
        };
        Some(WordKey { len, head, tail })
    }

    /// The key's hash: its integers folded into one (the tail turned so
    /// that the two four-byte reads of a short word do not overlap) and
    /// multiplied once by the golden ratio, whose high bits then pick the
    /// slot.
    fn hash(self) -> u64 {
        (self.head ^ self.tail.rotate_left(32) ^ self.len as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

/// One place of a [`WordTable`]: a word's key and what is known of it, or,
/// while the key's length is zero, nothing.
#[derive(Clone, Debug, Default)]
struct WordSlot {
    key: WordKey,
    entry: WordEntry,
}

/// Words by their [`WordKey`] in an open-addressing table: a power-of-two
/// number of slots, at most a quarter of them filled, each key stored in its
/// slot, and a word sought from the slot its hash names onwards until its
/// key or an empty slot. Built once; never grows.
#[derive(Clone, Debug)]
struct WordTable {
    /// The slots; empty ones have a key of length zero.
    slots: Vec<WordSlot>,
    /// How far to shift a hash right to leave a slot number.
    shift: u32,
    /// A bit for each word, by [`filter_bit`]: most words of a text are in
    /// no list and start no form, and a test of this small array, which
    /// stays in cache, turns nearly all of them away without a read of a
    /// slot, of which each look-up would touch another. Of a fixed size,
    /// so that a test needs no check of its index.
    filter: Box<[u64; 1 << (FILTER_BITS - 6)]>,
}

impl Default for WordTable {
    /// The table of no words.
    fn default() -> WordTable {
        WordTable::new(Vec::new())
    }
}

/// Bits of [`WordTable::filter`]: 2^15, 4 KB, some thirty times as many as
/// the words of the bundled lists and triggers.
const FILTER_BITS: u32 = 15;

/// The bit of [`WordTable::filter`] of a key's hash: bits below those that
/// pick a slot in a table of up to 2^17 slots.
fn filter_bit(hash: u64) -> usize {
    (hash >> 32) as usize & ((1 << FILTER_BITS) - 1)
}

impl WordTable {
    /// A table of the words `words`, each key given once.
    fn new(words: Vec<(WordKey, WordEntry)>) -> WordTable {
        // At least four times as many slots as words, so that a search
        // mostly ends at its first slot, and always at an empty one.
        let capacity = (words.len() * 4).max(2).next_power_of_two();
        let mut table = WordTable {
            slots: vec![WordSlot::default(); capacity],
            shift: 64 - capacity.trailing_zeros(),
            filter: Box::new([0; 1 << (FILTER_BITS - 6)]),
        };
        let mask = capacity - 1;
        for (key, entry) in words {
            let bit = filter_bit(key.hash());
            table.filter[bit / 64] |= 1 << (bit % 64);
            let mut i = table.home(key);
            while table.slots[i].key.len != 0 {
                i = (i + 1) & mask;
            }
            table.slots[i] = WordSlot { key, entry };
        }
        table
    }

    /// The slot where the search for `key` starts.
    fn home(&self, key: WordKey) -> usize {
        // The shift leaves fewer bits than the slots' count has.
        (key.hash() >> self.shift) as usize
    }

    /// What is known of the word whose key is `key`.
    fn get(&self, key: WordKey) -> Option<&WordEntry> {
        let bit = filter_bit(key.hash());
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(key);
        loop {
            let slot = self.slots.get(i)?;
            if slot.key.len == 0 {
                return None;
            }
            if slot.key == key {
                return Some(&slot.entry);
            }
            i = (i + 1) & mask;
        }
    }

    /// Every word's entry.
    #[cfg(test)]
    fn entries(&self) -> impl Iterator<Item = &WordEntry> {
        self.slots
            .iter()
            .filter(|s| s.key.len != 0)
            .map(|s| &s.entry)
    }
}

impl TriggerIndex {
    pub fn new(triggers: &[crate::dictionary::Trigger]) -> TriggerIndex {
        let mut short = Vec::new();
        let mut long = HashMap::default();
        for (word, entry) in Self::entries(triggers) {
            match WordKey::of(&word) {
                Some(key) => short.push((key, entry)),
                None => {
                    long.insert(word, entry);
                }
            }
        }
        TriggerIndex {
            short: WordTable::new(short),
            long,
        }
    }

    /// What the index knows, by word: the trigger forms each word starts,
    /// longest first, and the lexicon lists it is in.
    fn entries(triggers: &[crate::dictionary::Trigger]) -> HashMap<String, WordEntry> {
        let mut entries: HashMap<String, WordEntry> = HashMap::default();
        for t in triggers {
            for p in &t.phrases {
                let (phrase, prep) = match p.split_once('+') {
                    Some((a, b)) => (a, Some(b.trim().to_lowercase())),
                    None => (p.as_str(), None),
                };
                // Cut as the text is ("co-chaired" is three tokens), so
                // that forms with hyphens match.
                let words: Vec<String> = crate::text::tokenize(phrase)
                    .iter()
                    .map(|t| phrase[t.span.start..t.span.end].to_lowercase())
                    .collect();
                let (Some(first), Some(last)) = (words.first().cloned(), words.last()) else {
                    continue;
                };
                let form = TriggerForm {
                    last_len: short_length(last),
                    last_first: last.bytes().next().unwrap_or(0),
                    words,
                    prep,
                    relation: t.relation,
                    class: t.class,
                };
                let list = &mut entries.entry(first).or_default().forms;
                if !list.iter().any(|f| {
                    f.words == form.words
                        && f.prep == form.prep
                        && f.relation == form.relation
                        && f.class == form.class
                }) {
                    list.push(form);
                }
            }
        }
        for entry in entries.values_mut() {
            entry
                .forms
                .sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        for (list, bit) in &lexicon::LIST_BITS {
            for w in list.words() {
                entries.entry((*w).to_string()).or_default().lists |= *bit;
            }
        }
        // The words of dates, so that one look-up also tells whether a
        // word may name a date; of the others only numbers may.
        for w in crate::when::DATE_WORDS {
            entries.entry(w.to_string()).or_default();
        }
        for (word, entry) in &mut entries {
            entry.date = crate::when::may_name_a_date(word);
        }
        entries
    }

    /// What the index tells of every word of a document, looked up once
    /// for its sentences' rules and its dates.
    /// Its vectors are those `room` holds (see [`RuleRoom`]).
    pub fn look_up<'t>(&'t self, words: &[&str], room: &mut RuleRoom) -> TokenLookup<'t> {
        // About one word in thirteen starts a form and one in fifty may
        // name a date: room for most documents' at once, not grown from
        // nothing a few times each.
        let mut starts: Vec<(usize, &'t [TriggerForm])> = recycle(mem::take(&mut room.starts));
        starts.reserve(words.len() / 8);
        let mut dated = mem::take(&mut room.dated);
        dated.clear();
        dated.reserve(words.len() / 32);
        let mut lists = mem::take(&mut room.lists);
        lists.clear();
        lists.extend(words.iter().enumerate().map(|(t, &word)| {
            let Some(entry) = self.get(word) else {
                // Of the words the index does not know only numbers
                // may name a date.
                if word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                    dated.push(t);
                }
                return Lists::NONE;
            };
            if !entry.forms.is_empty() {
                starts.push((t, entry.forms.as_slice()));
            }
            if entry.date {
                dated.push(t);
            }
            entry.lists
        }));
        TokenLookup {
            lists,
            starts,
            dated,
        }
    }

    /// What the rules know of the lower-case word `word`.
    fn get(&self, word: &str) -> Option<&WordEntry> {
        match WordKey::of(word) {
            Some(key) => self.short.get(key),
            None => self.long.get(word),
        }
    }
}

/// What the index tells of every token of a document.
pub(crate) struct TokenLookup<'t> {
    /// The lexicon lists each token's word is in, by token.
    pub lists: Vec<Lists>,
    /// The tokens whose words start some trigger form, in order, with
    /// their forms.
    pub starts: Vec<(usize, &'t [TriggerForm])>,
    /// The tokens whose words may be part of a date expression (as
    /// [`crate::when::may_name_a_date`] tells), in order: few are.
    pub dated: Vec<usize>,
}

impl TokenLookup<'_> {
    /// Gives its vectors back to `room`, for the next document.
    pub fn put_back(self, room: &mut RuleRoom) {
        room.lists = self.lists;
        room.starts = recycle(self.starts);
        room.dated = self.dated;
    }
}

/// The vectors of a document's [`TokenLookup`] and of its sentences'
/// [`SentenceBuffers`] and [`TriggerBuffers`], kept from one document read
/// on a thread to the next for their room (see [`crate::document::Spare`]):
/// vectors made afresh for each document and filled at once cost a cache
/// miss for every line of them. They are kept empty, so their borrowed
/// elements may be said to borrow for any lifetime (see [`recycle`]).
#[derive(Debug, Default)]
pub(crate) struct RuleRoom {
    lists: Vec<Lists>,
    starts: Vec<(usize, &'static [TriggerForm])>,
    dated: Vec<usize>,
    words: Vec<&'static str>,
    out: Vec<Found>,
    hits: Vec<Hit<'static>>,
}

/// The items of `items`, in order of their tokens, that stand in tokens
/// `first..end`; those before are passed over and those after are left in
/// `items`, so that the sentences of a document, taken in order, each take
/// theirs with a short walk rather than a search.
pub(crate) fn take_tokens<'i, T>(
    items: &mut &'i [T],
    token: impl Fn(&T) -> usize,
    first: usize,
    end: usize,
) -> &'i [T] {
    let before = items.iter().take_while(|x| token(x) < first).count();
    let rest = items.get(before..).unwrap_or_default();
    let within = rest.iter().take_while(|x| token(x) < end).count();
    let (taken, after) = rest.split_at(within);
    *items = after;
    taken
}

/// A relation found, before it becomes a record relation.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub relation: RelationType,
    pub source: usize,
    pub target: usize,
    pub negated: bool,
    pub modality: Modality,
    pub object: Option<String>,
    pub confidence: f64,
    pub sentence: usize,
    pub trigger: Option<Span>,
    pub source_span: Option<Span>,
    pub target_span: Option<Span>,
}

#[derive(Clone, Debug)]
struct Hit<'t> {
    t0: usize,
    t1: usize,
    form: &'t TriggerForm,
}

struct Reading {
    negated: bool,
    modality: Modality,
}

pub(crate) struct SentenceRelations<'x, 'a> {
    pub an: &'x mut Analysis<'a>,
    pub actors: &'x mut Vec<Actor>,
    pub si: usize,
    pub out: Vec<Found>,
    /// Whether the sentence attributes what it says ("reportedly", "according to").
    pub reported: bool,
    /// Unnamed speakers and what they cover: "…, officials said" the words
    /// before the speaker, "Western officials said Tehran …" those after.
    hearsay: Vec<(usize, bool)>,
    /// Whether a meeting in the sentence is still to come ("is expected to
    /// meet Biden"): then no meeting is inferred from a visit.
    meeting_to_come: bool,
    /// The sentence's first token and one past its last: asked for at every word.
    first: usize,
    end: usize,
    /// The sentence's words, from token `first` on: read by `w` without
    /// going through the analysis.
    words: Vec<&'a str>,
    /// The lexicon lists each of the sentence's words is in, from token
    /// `first` on: the rules ask about the same words many times.
    lex: &'x [Lists],
    /// The lists some word of the sentence is in: a rule that looks for a
    /// word of a list no word is in has nothing to find.
    present: Lists,
}

const BETWEEN_WINDOW: usize = 10;

/// How many words [`ShortWords`] keeps.
const SHORT_WORDS: usize = 8;

/// The first `SHORT_WORDS` of some words, kept without allocating: the
/// coordination rules compare the words between two actors with lists of
/// at most four (six with a possessive and a comma before and after), so
/// a longer run matches none of them whatever its words after these.
struct ShortWords<'a> {
    words: [&'a str; SHORT_WORDS],
    len: usize,
}

impl<'a> ShortWords<'a> {
    fn of(words: impl Iterator<Item = &'a str>) -> Self {
        let mut short = ShortWords {
            words: [""; SHORT_WORDS],
            len: 0,
        };
        for w in words.take(SHORT_WORDS) {
            short.words[short.len] = w;
            short.len += 1;
        }
        short
    }

    fn as_slice(&self) -> &[&'a str] {
        &self.words[..self.len]
    }
}

/// The words that may change how `read` reads a trigger: a word in none of
/// these lists is passed over.
const READING_WORDS: Lists = Lists::READING_CUES
    .union(Lists::REPORT_NOUNS)
    .union(Lists::ADJUNCT_PREPOSITIONS)
    .union(Lists::DENIAL_VERBS)
    .union(Lists::IRREALIS)
    .union(Lists::HEDGES)
    .union(Lists::CESSATION_VERBS)
    .union(Lists::CHARGE_VERBS);

/// Who can act in a relation: people, states and organisations.
const ACTORS: &[EntityType] = &[
    EntityType::Person,
    EntityType::Country,
    EntityType::Organization,
];

/// Who supplies and is supplied: states and organisations.
const STATES: &[EntityType] = &[EntityType::Country, EntityType::Organization];

/// A relation argument: the entity, the span that names it, how it was resolved.
type Arg = (usize, Span, Resolution);

/// The entities a group of actors names, as arguments: most groups name
/// one or two, so they are kept in place rather than in a vector made for
/// each.
type Args = InPlace<Arg, 4>;

/// The buffers of the trigger forms of a sentence, handed from one
/// sentence to the next as [`SentenceBuffers`] are.
pub(crate) struct TriggerBuffers<'t> {
    /// The trigger forms standing in the sentence.
    hits: Vec<Hit<'t>>,
}

/// How many trigger words a sentence's buffers are made with room for: more
/// than most sentences have.
const SENTENCE_TRIGGERS_EXPECTED: usize = 8;

impl TriggerBuffers<'_> {
    /// The buffers, in the vectors `room` holds.
    pub fn in_room(room: &mut RuleRoom) -> Self {
        let mut hits = recycle(mem::take(&mut room.hits));
        hits.reserve(SENTENCE_TRIGGERS_EXPECTED);
        TriggerBuffers { hits }
    }

    /// Gives the vectors back to `room`, for the next document.
    pub fn put_back(self, room: &mut RuleRoom) {
        room.hits = recycle(self.hits);
    }
}

/// The buffers a sentence's rules fill, handed from one sentence of a
/// document to the next so that each sentence does not allocate them anew.
pub(crate) struct SentenceBuffers<'a> {
    words: Vec<&'a str>,
    /// The relations found in the last sentence read.
    pub out: Vec<Found>,
}

/// How many words a sentence's buffers are made with room for: more than
/// most sentences have, so that they are seldom grown.
const SENTENCE_WORDS_EXPECTED: usize = 64;

impl SentenceBuffers<'_> {
    /// The buffers, in the vectors `room` holds.
    pub fn in_room(room: &mut RuleRoom) -> Self {
        let mut words = recycle(mem::take(&mut room.words));
        words.reserve(SENTENCE_WORDS_EXPECTED);
        let mut out = mem::take(&mut room.out);
        out.clear();
        SentenceBuffers { words, out }
    }

    /// Gives the vectors back to `room`, for the next document.
    pub fn put_back(mut self, room: &mut RuleRoom) {
        self.out.clear();
        room.words = recycle(self.words);
        room.out = self.out;
    }
}

impl<'x, 'a> SentenceRelations<'x, 'a> {
    /// The relations of sentence `si`, whose actors are `actors`, found
    /// into `buffers.out` (emptied first); `lookup` is the document's.
    pub fn new(
        an: &'x mut Analysis<'a>,
        actors: &'x mut Vec<Actor>,
        si: usize,
        lookup: &'x TokenLookup<'_>,
        buffers: SentenceBuffers<'a>,
    ) -> Self {
        let (first, end) = (an.sentences[si].first_token, an.sentences[si].end_token);
        let SentenceBuffers { mut words, mut out } = buffers;
        words.clear();
        words.extend_from_slice(an.words(first..end));
        let lex = lookup.lists.get(first..end).unwrap_or_default();
        out.clear();
        SentenceRelations {
            an,
            actors,
            si,
            out,
            reported: false,
            hearsay: Vec::new(),
            meeting_to_come: false,
            first,
            end,
            words,
            lex,
            present: Lists::NONE,
        }
    }

    /// The buffers back, with the relations found in `out`.
    pub fn into_buffers(self) -> SentenceBuffers<'a> {
        SentenceBuffers {
            words: self.words,
            out: self.out,
        }
    }

    fn first(&self) -> usize {
        self.first
    }

    fn end(&self) -> usize {
        self.end
    }

    /// The word at `t`; empty out of the sentence.
    fn w(&self, t: usize) -> &'a str {
        self.words
            .get(t.wrapping_sub(self.first))
            .copied()
            .unwrap_or("")
    }

    /// The lexicon lists the word at `t` is in; none out of the sentence,
    /// as for `w`'s empty word.
    fn lists(&self, t: usize) -> Lists {
        self.lex
            .get(t.wrapping_sub(self.first))
            .copied()
            .unwrap_or(Lists::NONE)
    }

    /// Whether the word at `t` is in one of `lists`: `is_in(list, self.w(t))`
    /// with a bit test.
    fn is(&self, t: usize, lists: Lists) -> bool {
        self.lists(t).has(lists)
    }

    fn in_actor(&self, t: usize) -> bool {
        self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
    }

    /// Reads the sentence; `starts` are its tokens that start some trigger
    /// form, in order, with their forms.
    pub fn run<'t>(
        &mut self,
        starts: &[(usize, &'t [TriggerForm])],
        buffers: &mut TriggerBuffers<'t>,
    ) {
        let TriggerBuffers { hits } = buffers;
        self.present = self.lex.iter().fold(Lists::NONE, |a, &l| a.union(l));
        self.reported = self.present.has(Lists::ATTRIBUTION_CUES)
            && (self.first()..self.end()).any(|k| {
                self.is(k, Lists::ATTRIBUTION_CUES)
                    && (self.w(k) != "according" || self.w(k + 1) == "to")
            });
        // "…, Western officials said", "sources told Reuters".
        if self.present.has(Lists::HEARSAY_SPEAKERS) {
            self.hearsay = self.hearsay_speakers();
        }
        self.find_triggers(starts, hits);
        for hit in hits.drain(..) {
            // "the visit", "his call", "advised against travel": after a
            // determiner or "against" a verb form is a noun.
            if matches!(hit.form.class, TriggerClass::Verb | TriggerClass::Receipt)
                && hit.t0 > self.first()
                && matches!(
                    self.w(hit.t0 - 1),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "this"
                        | "against"
                )
            {
                continue;
            }
            // "the first visit", "his surprise call": so after a determiner
            // and a word of rank or kind.
            if matches!(hit.form.class, TriggerClass::Verb | TriggerClass::Receipt)
                && hit.t0 > self.first() + 1
                && matches!(
                    self.w(hit.t0 - 2),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this"
                )
                && matches!(
                    self.w(hit.t0 - 1),
                    "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "fifth"
                        | "last"
                        | "latest"
                        | "recent"
                        | "rare"
                        | "official"
                        | "state"
                        | "surprise"
                        | "brief"
                        | "historic"
                        | "previous"
                        | "unannounced"
                )
            {
                continue;
            }
            // "talks with" is a verb after its subject ("Xi talks with
            // Biden"); after a modifier it is the noun ("suspended talks
            // with Kyiv"), and the noun's plans hold it: "agreed to open
            // accession talks with Ukraine" are talks still to come. After
            // "of" it is the noun: "hours of talks with Qin".
            if hit.form.class == TriggerClass::Verb
                && matches!(hit.form.words.as_slice(), [w] if w == "talks" || w == "talk")
                && hit.t0 > self.first()
            {
                let prev = self.w(hit.t0 - 1);
                let modified = !self.in_actor(hit.t0 - 1)
                    && !matches!(
                        prev,
                        "he" | "she" | "they" | "who" | "also" | "then" | "now" | "to" | "for"
                    )
                    && !prev.ends_with("ly");
                if prev == "of"
                    || modified
                        && self.noun_in_plan(
                            hit.t0,
                            self.clause_start(hit.t0, hit.t0.saturating_sub(24)),
                        )
                {
                    continue;
                }
            }
            match (hit.form.relation, hit.form.class) {
                (RelationType::MetWith, TriggerClass::Verb) => self.meet_verb(&hit),
                (RelationType::MetWith, _) => {
                    self.meet_noun(&hit);
                    self.presence_visit(&hit);
                }
                (RelationType::Visited, TriggerClass::Verb) => self.visit_verb(&hit),
                (RelationType::Visited, _) => {
                    self.visit_noun(&hit);
                    self.presence_visit(&hit);
                }
                (RelationType::Supplies, TriggerClass::Verb) => self.supply_verb(&hit),
                (RelationType::Supplies, TriggerClass::Receipt) => self.supply_receipt(&hit),
                (RelationType::Supplies, _) => self.supply_noun(&hit),
                (RelationType::ConcernedAbout | RelationType::Criticizes, TriggerClass::Noun) => {
                    self.attitude_noun(&hit)
                }
                (RelationType::ConcernedAbout | RelationType::Criticizes, _) => {
                    self.attitude_verb(&hit)
                }
                (RelationType::CooperatesWith, TriggerClass::Verb) => self.cooperate_verb(&hit),
                (RelationType::CooperatesWith, _) => self.cooperate_noun(&hit),
                (RelationType::HoldsOffice, _) => {}
            }
        }
        self.host_meetings();
        // Each rule below can fire only where the sentence has some word of
        // its own (or begins with "in" or "at"), tested here; their code,
        // large and seldom run, is kept out of line, so that these tests,
        // run for every sentence, lie together in few cache lines.
        if !self.meeting_to_come && self.present.has(Lists::MEDIATING_VERBS) {
            self.mediated_meetings();
        }
        if matches!(self.w(self.first()), "in" | "at") {
            self.fronted_place_visits();
        }
        if self.present.has(Lists::VISITING) {
            // A guest stands after "visiting".
            self.visiting_guests();
        }
        if self.present.has(Lists::ALLY_NOUNS) {
            self.named_allies();
        }
        if self.present.has(Lists::TAKE_FORMS) {
            self.trips_that_take();
        }
        if self.present.has(Lists::JUDGING_VERBS) {
            self.judgements();
        }
        if self.present.has(Lists::JOIN_FORMS) {
            self.memberships();
        }
        if self.present.has(Lists::RETURN_WORDS) {
            self.returns_from();
        }
        if self.present.has(Lists::WHERE) {
            self.arrivals_where();
        }
    }

    /// "Muizzu returned from a state visit to China", "Morales, who was
    /// returning from an energy conference in Moscow": one back from a
    /// place was there.
    #[inline(never)]
    fn returns_from(&mut self) {
        let first = self.first();
        let end = self.end();
        for k in first + 1..end {
            if !self.is(k, Lists::RETURN_WORDS) {
                continue;
            }
            let from = k + 1 + usize::from(self.w(k + 1) == "home");
            if self.w(from) != "from"
                || self.planned(k)
                || (k.saturating_sub(3).max(first)..k)
                    .any(|j| matches!(self.w(j), "not" | "n't" | "never"))
            {
                continue;
            }
            // The place: right after "from", or after "to"/"in" in the
            // phrase ("a state visit to China", "a conference in Moscow").
            let limit = (from + 9).min(end);
            let at = (from..limit)
                .take_while(|&j| !matches!(self.w(j), "," | ";" | "." | "and" | "where"))
                .find(|&j| {
                    (j == from || matches!(self.w(j), "to" | "in"))
                        && self.actors.iter().any(|a| {
                            (a.t0 == j + 1 || a.t0 == j + 2 && self.w(j + 1) == "the")
                                && !a.possessive
                        })
                });
            let Some(j) = at else { continue };
            let prep = self.w(j).to_string();
            let places =
                self.object_after(j, Some(&prep), &[EntityType::Place, EntityType::Country], 4);
            let places = self.destination(&places);
            let who = self.subject_before(k, &[EntityType::Person], 12);
            let who = self.refs(&who);
            self.emit_plain(RelationType::Visited, &who, &places, 0.7);
        }
    }

    /// "signed the contract in New Delhi, where Le Drian arrived on
    /// Thursday": one who arrived where a place was just named visited it.
    #[inline(never)]
    fn arrivals_where(&mut self) {
        let first = self.first();
        for k in first + 2..self.end() {
            if !self.is(k, Lists::WHERE) || self.w(k - 1) != "," {
                continue;
            }
            let Some(pi) = self.actors.iter().position(|a| a.t1 == k - 1) else {
                continue;
            };
            let place = self.refs_as(&[pi], &[EntityType::Place, EntityType::Country]);
            if place.is_empty()
                || !place.iter().all(|p| {
                    matches!(
                        self.an.entities[p.0].etype,
                        EntityType::Place | EntityType::Country
                    )
                })
            {
                continue;
            }
            // "where Reina had arrived", "where Le Drian arrived".
            let Some(vi) = self.actors.iter().position(|a| a.t0 == k + 1) else {
                continue;
            };
            let mut v = self.actors[vi].t1;
            if matches!(self.w(v), "had" | "has") {
                v += 1;
            }
            if !matches!(self.w(v), "arrived" | "landed") {
                continue;
            }
            let who: Args = self
                .refs(&[vi])
                .iter()
                .copied()
                .filter(|w| self.an.entities[w.0].etype == EntityType::Person)
                .collect();
            let place = self.destination(&[pi]);
            self.emit_plain(RelationType::Visited, &who, &place, 0.7);
        }
    }

    /// "Estonia, which joined the European Union and NATO in 2004",
    /// "Finland joined NATO in April": a state that joined an
    /// organisation cooperates with it. Only what was joined: "bid to join"
    /// and "will join" are plans.
    #[inline(never)]
    fn memberships(&mut self) {
        let first = self.first();
        for k in first + 1..self.end() {
            if !self.is(k, Lists::JOIN_FORMS) {
                continue;
            }
            if self.planned(k)
                || (k.saturating_sub(3).max(first)..k)
                    .any(|j| matches!(self.w(j), "not" | "n't" | "never"))
            {
                continue;
            }
            let Some(oi) = self
                .actors
                .iter()
                .position(|a| a.t0 == k + 1 || (a.t0 == k + 2 && self.w(k + 1) == "the"))
            else {
                continue;
            };
            let joined: Group = self
                .coordinated_right(oi, &[EntityType::Organization])
                .iter()
                .copied()
                .filter(|&i| {
                    let a = &self.actors[i];
                    !a.possessive
                        && !a.refs.is_empty()
                        && a.refs
                            .iter()
                            .all(|&r| self.an.entities[r].etype == EntityType::Organization)
                })
                .collect();
            if joined.is_empty() {
                continue;
            }
            let members = self.subject_before(k, &[EntityType::Country], 12);
            let members = self.refs_as(&members, &[EntityType::Country]);
            let orgs = self.refs(&joined);
            self.emit_plain(RelationType::CooperatesWith, &members, &orgs, 0.7);
        }
    }

    /// "Putin called the downing a stab in the back", "Moscow called the
    /// accusations absurd", "Netanyahu said the agreement was a bad deal
    /// and a historic mistake", "Johansson called the situation worrying":
    /// a judgement of what is named is criticism of it, or concern about
    /// it, by the words it is made of.
    #[inline(never)]
    fn judgements(&mut self) {
        let first = self.first();
        let end = self.end();
        for v in first + 1..end {
            if !self.is(v, Lists::JUDGING_VERBS) {
                continue;
            }
            if self.judged_before(v) {
                continue;
            }
            let said = match self.w(v) {
                "called" | "calls" | "calling" | "termed" | "terms" | "described" | "describes"
                | "rejected" | "rejects" | "dismissed" | "dismisses" => false,
                "said" | "says" => true,
                _ => continue,
            };
            // "rejected the accusations as groundless": only with "as".
            let as_only = matches!(
                self.w(v),
                "described" | "describes" | "rejected" | "rejects" | "dismissed" | "dismisses"
            );
            // "what she called China's dollar diplomacy" is a topic already.
            if (v.saturating_sub(2).max(first)..v).any(|k| self.w(k) == "what") {
                continue;
            }
            // What is judged: "the move", "the accusations", an actor named.
            let o = v + 1;
            // "called it a bad decision": what "it" is, the words do not say.
            let named = self.actors.iter().position(|a| a.t0 == o && !a.pronoun);
            if named.is_none() && self.in_actor(o) {
                continue;
            }
            if named.is_none() && !matches!(self.w(o), "the" | "this" | "these" | "those") {
                continue;
            }
            let judged_end = match named {
                Some(ai) => self.actors[ai].t1,
                None => (o + 1..(o + 7).min(end))
                    .find(|&k| self.is_judgement_start(k, said))
                    .unwrap_or(end),
            };
            // "called the a …": nothing named between the article and the judgement.
            if judged_end >= end
                || named.is_none() && judged_end <= o + 1
                || (o..judged_end).any(|k| matches!(self.w(k), "," | ";" | "that"))
            {
                continue;
            }
            // "said the agreement was …": the copula opens the judgement.
            let mut c = judged_end;
            if said {
                if !matches!(self.w(c), "was" | "is" | "were" | "are") {
                    continue;
                }
                c += 1;
            } else if self.w(c) == "as" {
                c += 1;
            } else if as_only {
                continue;
            }
            let clause_end = (c..(c + 10).min(end))
                .find(|&k| matches!(self.w(k), "," | ";" | "." | ":" | "but" | "that"))
                .unwrap_or((c + 10).min(end));
            let words = c..clause_end;
            let rel = if words.clone().any(|k| self.condemning_at(k)) {
                RelationType::Criticizes
            } else if words
                .clone()
                .any(|k| is_in(&lexicon::WORRYING_WORDS, self.w(k)))
            {
                RelationType::ConcernedAbout
            } else {
                continue;
            };
            // "did not call the move a mistake", "never said it was illegal".
            if (v.saturating_sub(3).max(first)..v)
                .any(|k| matches!(self.w(k), "not" | "n't" | "never"))
            {
                continue;
            }
            let judged = match named {
                Some(ai) if rel == RelationType::Criticizes => self.refs(&[ai]),
                Some(_) => continue,
                None => {
                    let start = o + 1;
                    let span = Span::new(
                        self.an.tokens[start].span.start,
                        self.an.tokens[judged_end - 1].span.end,
                    );
                    let phrase = self
                        .an
                        .surface(span)
                        .trim_matches(|c: char| {
                            c.is_whitespace() || matches!(c, '\'' | '"' | '“' | '”' | '‘' | '’')
                        })
                        .to_string();
                    if phrase.is_empty() {
                        continue;
                    }
                    let e = self.an.topic_entity(&phrase);
                    Args::one((e, span, Resolution::Named))
                }
            };
            let subject = self.subject_before(v, ACTORS, 12);
            let judges = self.refs_as(&subject, &[EntityType::Country]);
            self.emit_plain(rel, &judges, &judged, 0.7);
        }
    }

    /// "Budapest blocked the meetings, a stance that Stoltenberg has called
    /// regrettable": a judgement of a thing named before its judge, in a
    /// phrase set beside the clause, is a judgement of whoever did it, the
    /// clause's subject. Whether the verb at `v` ends such a phrase; if so,
    /// the criticism is emitted.
    fn judged_before(&mut self, v: usize) -> bool {
        let first = self.first();
        let end = self.end();
        if !matches!(
            self.w(v),
            "called" | "termed" | "described" | "dismissed" | "condemned" | "denounced" | "branded"
        ) {
            return false;
        }
        // The judgement follows the verb at once ("called regrettable",
        // "described as economic coercion"), never an object of its own.
        let mut j = v + 1;
        if self.w(j) == "as" {
            j += 1;
        } else if matches!(
            self.w(v),
            "described" | "dismissed" | "condemned" | "denounced"
        ) {
            return false;
        }
        let clause_end = (j..(j + 6).min(end))
            .find(|&k| matches!(self.w(k), "," | ";" | "." | ":" | "but" | "and"))
            .unwrap_or((j + 6).min(end));
        if self.in_actor(j) || !(j..clause_end).any(|k| self.condemning_at(k)) {
            return false;
        }
        // The judge, right before the verb: "that Stoltenberg has called".
        let mut k = v;
        while k > first && matches!(self.w(k - 1), "has" | "had" | "have" | "also" | "publicly") {
            k -= 1;
        }
        let Some(judge) = self.actors.iter().position(|a| a.t1 == k && !a.pronoun) else {
            return false;
        };
        // The thing judged, set off by a comma: ", a stance that", ", a
        // verdict" (the relative word may be left out).
        let mut n = self.actors[judge].t0;
        if n > first && matches!(self.w(n - 1), "that" | "which") {
            n -= 1;
        }
        if n < first + 3 || !is_in(&lexicon::JUDGED_THINGS, self.w(n - 1)) {
            return false;
        }
        let article = (n.saturating_sub(4).max(first)..n - 1)
            .rev()
            .find(|&k| matches!(self.w(k), "a" | "an" | "the"));
        // ", remarks that …" may have no article.
        let comma = if self.w(n - 2) == "," {
            n - 2
        } else {
            let Some(article) = article else { return false };
            if article == first
                || self.w(article - 1) != ","
                || (article + 1..n - 1).any(|k| self.in_actor(k))
            {
                return false;
            }
            article - 1
        };
        // "did not call it a mistake".
        if (k.saturating_sub(3).max(first)..k).any(|t| matches!(self.w(t), "not" | "n't" | "never"))
        {
            return true;
        }
        // Whoever did it: the subject of the last clause before the comma
        // ("As the leaders met, bombers flew …" and "The rift began, when
        // Addis Ababa signed …" judge the bombers and Addis Ababa), if it
        // did it itself ("Spavor was sentenced …, a verdict Trudeau
        // condemned" judges the court, not Spavor).
        let opens = |w: &str| {
            matches!(
                w,
                "as" | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "since"
                    | "although"
                    | "though"
                    | "if"
                    | "because"
            )
        };
        let mut from = first;
        // So is "In protest, Budapest blocked …": an opening phrase is no clause.
        let fronted = opens(self.w(first))
            || matches!(
                self.w(first),
                "in" | "on" | "at" | "for" | "despite" | "during"
            );
        if fronted {
            if let Some(c) = (first..comma.min(first + 6)).find(|&t| self.w(t) == ",") {
                from = c + 1;
            }
        }
        if let Some(c) = (from..comma)
            .rev()
            .find(|&t| self.w(t) == "," && opens(self.w(t + 1)))
        {
            from = c + 2;
        }
        let subject = self.sentence_subject_from(from, comma, ACTORS);
        let Some(&last) = subject.last() else {
            return true;
        };
        let after = self.actors[last].t1;
        if matches!(
            self.w(after),
            "was" | "were" | "is" | "are" | "has" | "have"
        ) && matches!(self.w(after + 1), "been" | "being")
            || matches!(self.w(after), "was" | "were" | "is" | "are")
                && self.w(after + 1).ends_with("ed")
        {
            return true;
        }
        let judges = self.refs_as(&[judge], &[EntityType::Country]);
        let judged = self.refs(&subject);
        self.emit_plain(RelationType::Criticizes, &judges, &judged, 0.7);
        true
    }

    /// Whether a word of condemnation stands at `k`: one of
    /// [`lexicon::CONDEMNING_WORDS`], or "short-sighted", cut at its hyphen.
    fn condemning_at(&self, k: usize) -> bool {
        is_in(&lexicon::CONDEMNING_WORDS, self.w(k))
            || self.w(k) == "short" && self.w(k + 1) == "-" && self.w(k + 2) == "sighted"
    }

    /// Whether the judgement of "called the move …" or "said the move was
    /// …" may start at `k`: an article, a copula after "said", or a word of
    /// judgement itself ("called the accusations absurd").
    fn is_judgement_start(&self, k: usize, said: bool) -> bool {
        let w = self.w(k);
        if said {
            return matches!(w, "was" | "is" | "were" | "are");
        }
        // "called the decision \"ethically unacceptable\"": a quotation opens
        // the judgement too.
        matches!(w, "a" | "an" | "as" | "\"" | "“")
            || self.condemning_at(k)
            || is_in(&lexicon::WORRYING_WORDS, w)
            || matches!(
                w,
                "deeply" | "very" | "extremely" | "highly" | "totally" | "completely"
            )
    }

    /// "a tour that has taken him to the Solomon Islands, Kiribati and
    /// Samoa", "The trip took Modi to Egypt and Greece": whom a trip takes
    /// somewhere visits it. A trip still to come ("will take her to") is
    /// none yet.
    #[inline(never)]
    fn trips_that_take(&mut self) {
        let first = self.first();
        for k in first + 1..self.end() {
            if !self.is(k, Lists::TAKE_FORMS) {
                continue;
            }
            let trip = (k.saturating_sub(10).max(first)..k)
                .take_while(|&j| self.w(j) != ";")
                .any(|j| {
                    matches!(
                        self.w(j),
                        "tour" | "tours" | "trip" | "trips" | "visit" | "visits" | "journey"
                    )
                });
            if !trip
                || self.planned(k)
                || (k.saturating_sub(3).max(first)..k)
                    .any(|j| matches!(self.w(j), "not" | "n't" | "never"))
            {
                continue;
            }
            let Some(vi) = self.actors.iter().position(|a| a.t0 == k + 1) else {
                continue;
            };
            let to = self.actors[vi].t1;
            if self.w(to) != "to" {
                continue;
            }
            let visitors: Args = self
                .refs(&[vi])
                .iter()
                .copied()
                .filter(|v| self.an.entities[v.0].etype == EntityType::Person)
                .collect();
            if visitors.is_empty() {
                continue;
            }
            let places =
                self.object_after(to, Some("to"), &[EntityType::Place, EntityType::Country], 5);
            let places = self.destination(&places);
            self.emit_plain(RelationType::Visited, &visitors, &places, 0.75);
        }
    }

    /// Every relation of `rel` from one of `sources` to one of `targets`,
    /// read from the sentence's shape with no trigger of its own.
    fn emit_plain(&mut self, rel: RelationType, sources: &[Arg], targets: &[Arg], base: f64) {
        let reading = self.plain_reading();
        for &s in sources {
            for &t in targets {
                self.emit(rel, s, t, &reading, base, None, None);
            }
        }
    }

    /// How a relation read from the sentence's shape, with no trigger of
    /// its own, is told: asserted, or reported where the sentence says so.
    fn plain_reading(&self) -> Reading {
        Reading {
            negated: false,
            modality: if self.reported {
                Modality::Reported
            } else {
                Modality::Asserted
            },
        }
    }

    /// "Moscow's ally Belarus", "China and Russia, Pyongyang's main
    /// diplomatic backers,", "Poland has been one of Kyiv's staunchest
    /// allies": an ally or backer named as such cooperates with the state
    /// it backs, or the partner of one ("one of India's closest defence
    /// partners").
    #[inline(never)]
    fn named_allies(&mut self) {
        let first = self.first();
        for k in first + 1..self.end() {
            if !self.is(k, Lists::ALLY_NOUNS) {
                continue;
            }
            // "Azerbaijan, a close ally of Turkey,", "France has become one
            // of the closest partners of India": the backed state after "of".
            if self.w(k + 1) == "of" {
                self.ally_of(k);
                continue;
            }
            // The backed state: a possessive just before, past up to three
            // modifiers ("main diplomatic", "closest", "staunchest").
            let mut p = k;
            while p > first && k - p < 3 && !self.in_actor(p - 1) && self.is_modifier(p - 1) {
                p -= 1;
            }
            let owner_end = if p > first && self.w(p - 1) == "'s" {
                p - 1
            } else {
                p
            };
            let Some(oi) = self
                .actors
                .iter()
                .position(|a| a.possessive && (a.t1 == owner_end || (a.pronoun && a.t1 == p)))
            else {
                continue;
            };
            let owner_start = self.actors[oi].t0;
            // The ally: in apposition after ("ally Belarus", "ally, Belarus"),
            // before ("China and Russia, Pyongyang's backers"), or the subject
            // of a copula ("Poland has been one of Kyiv's allies").
            let after = k + 1 + usize::from(self.w(k + 1) == ",");
            let allies: Group = if let Some(i) = self
                .actors
                .iter()
                .position(|a| a.t0 == after || (a.t0 == after + 1 && self.w(after) == "the"))
            {
                self.coordinated_right(i, &[EntityType::Country])
            } else if owner_start > first + 1 && self.w(owner_start - 1) == "," {
                match self.actors.iter().rposition(|a| a.t1 == owner_start - 1) {
                    Some(i) => self.coordinated_left(i, &[EntityType::Country]),
                    None => continue,
                }
            } else {
                let mut v = owner_start;
                if v > first + 2
                    && self.w(v - 1) == "of"
                    && matches!(self.w(v - 2), "one" | "among")
                {
                    v -= 2;
                } else if v > first && self.w(v - 1) == "among" {
                    v -= 1;
                }
                while v > first && matches!(self.w(v - 1), "been" | "long" | "also" | "always") {
                    v -= 1;
                }
                if v > first
                    && matches!(
                        self.w(v - 1),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "has"
                            | "have"
                            | "remains"
                            | "remain"
                            | "became"
                            | "become"
                            | "becomes"
                    )
                {
                    self.subject_before(v - 1, &[EntityType::Country], 8)
                } else {
                    continue;
                }
            };
            let owner = self.refs_as(&[oi], &[EntityType::Country]);
            let allies = self.refs_as(&allies, &[EntityType::Country]);
            self.emit_plain(RelationType::CooperatesWith, &allies, &owner, 0.7);
        }
    }

    /// "Azerbaijan, a close ally of Turkey, has warned", "Russia is a key
    /// partner of Serbia": the ally named in apposition before the noun at
    /// `k`, or the subject of a copula before it, and the state after "of".
    fn ally_of(&mut self, k: usize) {
        let first = self.first();
        let Some(oi) = self
            .actors
            .iter()
            .position(|a| a.t0 == k + 2 || (a.t0 == k + 3 && self.w(k + 2) == "the"))
        else {
            return;
        };
        // The noun phrase's start: "a close", "one of the closest", "the main".
        let mut p = k;
        while p > first && k - p < 3 && !self.in_actor(p - 1) && self.is_modifier(p - 1) {
            p -= 1;
        }
        if p > first && matches!(self.w(p - 1), "a" | "an" | "the") {
            p -= 1;
        }
        if p > first + 1 && self.w(p - 1) == "of" && matches!(self.w(p - 2), "one" | "among") {
            p -= 2;
        }
        let allies = if p > first + 1 && self.w(p - 1) == "," {
            match self.actors.iter().rposition(|a| a.t1 == p - 1) {
                Some(i) => self.coordinated_left(i, &[EntityType::Country]),
                None => return,
            }
        } else {
            let mut v = p;
            while v > first && matches!(self.w(v - 1), "been" | "long" | "also" | "always") {
                v -= 1;
            }
            if v > first
                && matches!(
                    self.w(v - 1),
                    "is" | "are" | "was" | "were" | "remains" | "remain" | "became" | "become"
                )
            {
                self.subject_before(v - 1, &[EntityType::Country], 8)
            } else {
                return;
            }
        };
        let owner = self.refs_as(&[oi], &[EntityType::Country]);
        let allies = self.refs_as(&allies, &[EntityType::Country]);
        self.emit_plain(RelationType::CooperatesWith, &allies, &owner, 0.7);
    }

    /// The sentence's unnamed speakers with a reporting verb, and whether
    /// each covers the words before it (said last) or after.
    fn hearsay_speakers(&self) -> Vec<(usize, bool)> {
        (self.first()..self.end())
            .filter(|&k| self.is(k, Lists::HEARSAY_SPEAKERS) && !self.in_actor(k))
            .filter_map(|k| {
                let verb = if self.is(k + 1, Lists::REPORTING_VERBS) {
                    k + 1
                } else if matches!(self.w(k + 1), "have" | "had" | "has")
                    && self.is(k + 2, Lists::REPORTING_VERBS)
                {
                    k + 2
                } else {
                    return None;
                };
                // Said last, it covers what came before; said first, what follows.
                let last = matches!(self.w(verb + 1), "." | "," | ";" | "")
                    || (self.w(verb + 1) == "on"
                        && crate::when::is_month_or_weekday(self.w(verb + 2)));
                Some((k, last))
            })
            .collect()
    }

    /// "Xi told visiting Australian Prime Minister Albanese", "talks in
    /// Cairo with visiting Somali President Mohamud": a person called
    /// visiting visits the sentence's place ("in Cairo"), else the country
    /// of the one who receives them.
    #[inline(never)]
    fn visiting_guests(&mut self) {
        let first = self.first();
        let guests: Vec<usize> = (0..self.actors.len())
            .filter(|&i| {
                let a = &self.actors[i];
                a.t0 > first
                    && self.w(a.t0 - 1) == "visiting"
                    && a.refs.len() == 1
                    && self.an.entities[a.refs[0]].etype == EntityType::Person
            })
            .collect();
        if guests.is_empty() {
            return;
        }
        let located: Vec<usize> = (0..self.actors.len())
            .filter(|&i| {
                let t0 = self.actors[i].t0;
                t0 > first && matches!(self.w(t0 - 1), "in" | "to")
            })
            .collect();
        for gi in guests {
            // "refused to meet Jordan's visiting king in Tel Aviv": a place
            // in a denied clause is not where the guest is; the host's
            // country still is. "Egypt would not allow any threat, after
            // talks in Cairo with visiting …": a denial in another clause
            // does not count.
            let guest_at = self.actors[gi].t0;
            let clause = (first..guest_at)
                .rev()
                .find(|&k| matches!(self.w(k), "," | ";"))
                .map_or(first, |k| k + 1);
            let denied = (clause..guest_at).any(|k| {
                self.is(k, Lists::DENIAL_VERBS) || matches!(self.w(k), "not" | "n't" | "never")
            });
            let located: &[usize] = if denied { &[] } else { &located };
            let guest = self.refs(&[gi]);
            let Some(&(g, _, _)) = guest.first() else {
                continue;
            };
            let Some(own) = self.an.entities[g].country.clone() else {
                continue;
            };
            let mut place = None;
            for &i in located {
                let found = self.destination(&[i]).iter().copied().find(|&(p, _, _)| {
                    self.an.entities[p]
                        .country
                        .as_ref()
                        .is_some_and(|c| *c != own)
                });
                if found.is_some() {
                    place = found;
                    break;
                }
            }
            let dest = match place {
                Some(p) => p,
                None => {
                    let host = self.sentence_subject(self.actors[gi].t0, &[EntityType::Person]);
                    let Some(code) = host
                        .first()
                        .and_then(|&h| self.actors[h].refs.first())
                        .and_then(|&r| self.an.entities[r].country.clone())
                        .filter(|c| *c != own)
                    else {
                        continue;
                    };
                    let Some(c) = self.an.country_entity_by_code(&code) else {
                        continue;
                    };
                    (c, self.actors[gi].head, Resolution::Anaphora)
                }
            };
            let reading = self.plain_reading();
            self.emit(
                RelationType::Visited,
                guest[0],
                dest,
                &reading,
                0.7,
                None,
                None,
            );
        }
    }

    /// "In Beijing, Prime Minister Albanese held his fourth meeting with
    /// President Xi": a sentence opened by a place, whose meeting a person
    /// from elsewhere holds, tells of that person's visit to the place.
    #[inline(never)]
    fn fronted_place_visits(&mut self) {
        let first = self.first();
        let Some(pi) = self.actors.iter().position(|a| a.t0 == first + 1) else {
            return;
        };
        if self.w(self.actors[pi].t1) != "," {
            return;
        }
        let Some(&(place, span, _)) = self.destination(&[pi]).first() else {
            return;
        };
        let Some(host) = self.an.entities[place].country.clone() else {
            return;
        };
        // The meeting is the clause's, right after the place.
        let near = self
            .an
            .tokens
            .get((self.actors[pi].t1 + 12).min(self.end().saturating_sub(1)))
            .map_or(usize::MAX, |t| t.span.end);
        let visitors: Vec<(usize, Span, Modality)> = self
            .out
            .iter()
            .filter(|f| f.relation == RelationType::MetWith && !f.negated)
            .filter(|f| f.trigger.is_some_and(|t| t.start < near))
            .flat_map(|f| {
                [
                    (f.source, f.source_span, f.modality),
                    (f.target, f.target_span, f.modality),
                ]
            })
            .filter_map(|(e, s, m)| Some((e, s?, m)))
            .filter(|&(e, _, _)| {
                let e = &self.an.entities[e];
                e.etype == EntityType::Person && e.country.as_ref().is_some_and(|c| *c != host)
            })
            .collect();
        for (v, v_span, modality) in visitors {
            let reading = Reading {
                negated: false,
                modality,
            };
            self.emit(
                RelationType::Visited,
                (v, v_span, Resolution::Anaphora),
                (place, span, Resolution::Named),
                &reading,
                0.75,
                None,
                None,
            );
        }
    }

    /// The trigger forms standing in the sentence, given the words that
    /// start some form (`starts`, in order, with their forms), put in
    /// `hits` (empty).
    fn find_triggers<'t>(&self, starts: &[(usize, &'t [TriggerForm])], hits: &mut Vec<Hit<'t>>) {
        // The first token that no hit has taken.
        let mut free = self.first();
        for &(t, forms) in starts {
            // A word of an actor's name starts no trigger. A sentence has
            // few actors and few words that start a form: each such word
            // is sought among the actors, not marked for all of them.
            if t < free || self.in_actor(t) {
                continue;
            }
            let mut longest = 0;
            let mut skip = 1;
            for f in forms {
                let n = f.words.len();
                // The forms come longest first: after one that stands here,
                // only those as long are tried.
                if n < longest {
                    break;
                }
                if t + n > self.end() {
                    continue;
                }
                // "the Forum for India-Pacific Islands Cooperation": a word
                // of a name no dictionary knows, in its run of capitals.
                if n == 1
                    && f.class == TriggerClass::Noun
                    && f.relation == RelationType::CooperatesWith
                    && t > self.first()
                    && self.an.is_cap_word(t)
                    && (self.an.is_cap_word(t - 1) || self.an.is_cap_word(t + 1))
                {
                    continue;
                }
                if let Some(t1) = self.form_ends(f, t) {
                    longest = n;
                    skip = skip.max(t1 - t);
                    hits.push(Hit { t0: t, t1, form: f });
                }
            }
            free = t + skip;
        }
    }

    /// Where trigger form `f` ends if it stands at token `t`. The last word
    /// of a phrase may have up to two modifiers before it: "signed a
    /// defence pact", "held bilateral talks", "work closely together".
    fn form_ends(&self, f: &TriggerForm, t: usize) -> Option<usize> {
        let n = f.words.len();
        // Every way below ends on the last word, which stands at most seven
        // words past its own place (as tested in full further down): where
        // no word of its length and first byte is there, the form's words
        // need not be read.
        if n > 1 {
            let near = self
                .words
                .get(t + n - 1 - self.first()..)
                .unwrap_or_default();
            if !near.iter().take(8).any(|w| {
                short_length(w) == f.last_len && w.as_bytes().first() == Some(&f.last_first)
            }) {
                return None;
            }
        }
        // The first word is the form's: the index found it by that word.
        if (1..n).all(|k| self.w(t + k) == f.words[k]) {
            return Some(t + n);
        }
        // The article follows the next word: "reached an agreement", "reached
        // a broad agreement".
        // "signed the agreement", "refused to sign any deal": so may
        // "the" and "any".
        let same = |w: &str, form: &str| {
            w == form || (matches!(w, "a" | "an" | "the" | "any") && matches!(form, "a" | "an"))
        };
        if n < 2 || (1..n - 1).any(|k| !same(self.w(t + k), &f.words[k])) {
            return None;
        }
        let last = &f.words[n - 1];
        // Each way below ends on the last word, at most seven words past
        // its own place: without it there, none need be tried. The words
        // are read as a run of the sentence's (past its end `w` gives only
        // the empty word, which is no form's).
        let from = t + n - 1 - self.first();
        let near = self.words.get(from..).unwrap_or_default();
        if !near.iter().take(8).any(|w| *w == last.as_str()) {
            return None;
        }
        let mut k = t + n - 1;
        // A quantity before a plural: "signed a series of agreements", "signed
        // two agreements".
        if last.ends_with('s') {
            // "signed the two accords", "signed the protocols".
            if self.w(k) == "the" && self.w(k + 1) != last.as_str() {
                k += 1;
            } else if self.w(k) == "the" {
                return Some(k + 2);
            }
            if self.w(k) == "a"
                && matches!(self.w(k + 1), "series" | "number" | "raft" | "host" | "set")
                && self.w(k + 2) == "of"
            {
                k += 3;
            } else if matches!(
                self.w(k),
                "two" | "three" | "four" | "five" | "six" | "several" | "multiple" | "new"
            ) || self.w(k).bytes().all(|b| b.is_ascii_digit())
            {
                k += 1;
            }
            if self.w(k) == last.as_str() {
                return Some(k + 1);
            }
        }
        // A possessive before it: "strengthened their bilateral relations".
        if matches!(self.w(k), "their" | "its" | "our") {
            k += 1;
            if self.w(k) == last.as_str() {
                return Some(k + 1);
            }
        }
        // "signed the agreement": an article in place of the form's.
        if self.w(k) == last.as_str() {
            return Some(k + 1);
        }
        // "signed a 20-year comprehensive strategic partnership treaty": an
        // instrument signed may carry up to four, a span of years among them.
        let signed = f.words[0].starts_with("sign");
        for _ in 0..if signed { 4 } else { 2 } {
            let years =
                signed && self.w(k).bytes().all(|b| b.is_ascii_digit()) && self.w(k + 1) == "-";
            if k >= self.end() || self.in_actor(k) || !(years || self.is_modifier(k)) {
                return None;
            }
            // "has strained ties with": ties so qualified are no cooperation.
            if f.relation == RelationType::CooperatesWith && strains_ties(self.w(k)) {
                return None;
            }
            k += 1;
            // "signed a seven-day ceasefire", "held high-level talks": a
            // hyphenated modifier counts as one.
            while self.w(k) == "-"
                && k + 1 < self.end()
                && !self.in_actor(k + 1)
                && self.is_modifier(k + 1)
            {
                k += 2;
            }
            if self.w(k) == last.as_str() {
                return Some(k + 1);
            }
        }
        None
    }

    /// Whether token `t` may modify a noun inside a trigger phrase: a
    /// lower-case word that is no function word ("defence", "bilateral",
    /// "high-level").
    fn is_modifier(&self, t: usize) -> bool {
        let tok = self.an.tokens[t];
        let surface = &self.an.text[tok.span.start..tok.span.end];
        tok.kind == TokenKind::Word
            && surface.chars().next().is_some_and(char::is_lowercase)
            && !self.is(t, Lists::NOT_MODIFIERS)
    }

    // ----- argument finding ----------------------------------------------

    fn fits(&self, a: &Actor, types: &[EntityType]) -> bool {
        !a.refs.is_empty()
            && a.refs
                .iter()
                .all(|&r| types.contains(&self.an.entities[r].etype))
            || a.alt
                .is_some_and(|alt| types.contains(&self.an.entities[alt].etype))
    }

    /// Whether an actor stands in a prepositional phrase.
    fn in_pp(&self, a: &Actor) -> bool {
        a.t0 > self.first()
            && matches!(
                self.w(a.t0 - 1),
                "in" | "at"
                    | "to"
                    | "of"
                    | "from"
                    | "for"
                    | "on"
                    | "during"
                    | "about"
                    | "over"
                    | "into"
                    | "near"
                    | "against"
                    | "across"
                    | "between"
            )
    }

    /// The subject of a trigger: the nearest fitting actor before it, or,
    /// for a gerund opening an adverbial clause ("met Xi, days after
    /// visiting Moscow"), the subject of the sentence.
    fn subject_of(&self, hit: &Hit<'_>, types: &[EntityType], max_gap: usize) -> Group {
        let gerund = hit.form.words[0].ends_with("ing");
        let adverbial = gerund
            && (hit.t0.saturating_sub(2).max(self.first())..hit.t0).any(|k| {
                matches!(
                    self.w(k),
                    "after" | "before" | "while" | "since" | "upon" | "when"
                )
            });
        // "Albanese, the first Australian leader to visit China, …": the
        // infinitive in an apposition is the person's it describes.
        if hit.t0 > self.first() && self.w(hit.t0 - 1) == "to" {
            if let Some(i) = self.apposition_head(hit.t0) {
                return Group::one(i);
            }
            // "…, becoming the first Asian leader to visit both countries":
            // who is the first is the sentence's subject.
            if self.first_to(hit.t0 - 1, self.first()) {
                let main = self.sentence_subject(hit.t0, types);
                if !main.is_empty() {
                    return main;
                }
            }
        }
        // "Modi became the first …, travelling to Kyiv by train": a
        // participle clause after a comma is the subject's too.
        // "…, having arrived in Budapest the evening before": so is a
        // perfect participle clause.
        let participle = (gerund && hit.t0 > self.first() && self.w(hit.t0 - 1) == ",")
            || (hit.t0 > self.first() + 1
                && self.w(hit.t0 - 1) == "having"
                && self.w(hit.t0 - 2) == ",");
        if adverbial || participle {
            let main = self.sentence_subject(hit.t0, types);
            if !main.is_empty() {
                return main;
            }
        }
        self.subject_before(hit.t0, types, max_gap)
    }

    /// The person an apposition that contains `t` describes: "Albanese,
    /// the first Australian leader to visit China": the actor before the
    /// comma that opens "the …", with no comma between.
    fn apposition_head(&self, t: usize) -> Option<usize> {
        let k = (t.saturating_sub(10).max(self.first())..t)
            .rev()
            .find(|&k| self.w(k) == ",")?;
        if !matches!(self.w(k + 1), "the" | "a" | "an") {
            return None;
        }
        self.named_person_ending_at(k)
    }

    /// The actor that names a person (no pronoun) and ends at token `k`.
    fn named_person_ending_at(&self, k: usize) -> Option<usize> {
        self.actors
            .iter()
            .position(|a| a.t1 == k && !a.pronoun && self.is_person_actor(a))
    }

    /// The subject of the sentence, for a participle or gerund clause that
    /// ends before `t`. "Hungary's Orban met Xi, days after visiting
    /// Moscow": a possessor modifies the subject, it is not it.
    fn sentence_subject(&self, t: usize, types: &[EntityType]) -> Group {
        self.sentence_subject_from(self.first(), t, types)
    }

    /// [`Self::sentence_subject`] of the clause that starts at token `from`.
    fn sentence_subject_from(&self, from: usize, t: usize, types: &[EntityType]) -> Group {
        // "\"We want respect,\" Rahmon said, complaining that …": a quotation
        // that opens the sentence holds no subject of its own.
        let quoted = |a: &Actor| {
            (from..a.t0)
                .filter(|&k| matches!(self.w(k), "\"" | "“" | "”"))
                .count()
                % 2
                == 1
        };
        let main = self.actors.iter().position(|a| {
            a.t0 >= from
                && a.t1 <= t
                && !a.possessive
                && !self.in_pp(a)
                && !self.after_finite_verb(a.t0)
                && !a.refs.is_empty()
                && a.refs
                    .iter()
                    .all(|&r| types.contains(&self.an.entities[r].etype))
                && !quoted(a)
        });
        main.map_or_else(Group::new, |i| self.coordinated_right(i, types))
    }

    /// Where the last clause joined by ", and" or ", but" before `t`
    /// starts (the token after the conjunction), when the words before
    /// it hold a verb of their own: "Paludan burned the book, and Turkey
    /// condemned …". A list of names ("Britain, France, and Germany
    /// condemned …") joins no clause.
    fn clause_after_comma_and(&self, t: usize) -> Option<usize> {
        let first = self.first();
        let k = (first + 1..t)
            .rev()
            .find(|&k| self.w(k) == "," && matches!(self.w(k + 1), "and" | "but"))?;
        let verb_before = (first..k).any(|j| {
            let w = self.w(j);
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(w, "and" | "the" | "its" | "their" | "his" | "her")
                && !self.in_actor(j)
        });
        // A clause of its own opens with its subject: ", and also called
        // on Marcos" goes on with the first verb's.
        let start = k + 2 + usize::from(self.w(k + 2) == "the");
        let subject_first = self.actors.iter().any(|a| a.t0 == start);
        (verb_before && subject_first).then_some(k + 2)
    }

    /// Whether the word before `t` reads as a finite verb in the past
    /// whose object `t` begins: "has expelled French troops and deepened
    /// cooperation with Russia" has no French subject. After a determiner
    /// or an adverb it is an adjective: "the embattled French president",
    /// "newly elected Chilean President Boric".
    fn after_finite_verb(&self, t: usize) -> bool {
        let first = self.first();
        if t <= first {
            return false;
        }
        let verb = self.w(t - 1);
        let tok = self.an.tokens[t - 1];
        let lower = self.an.text[tok.span.start..tok.span.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if !(lower && verb.len() > 4 && verb.ends_with("ed")) {
            return false;
        }
        let before = if t >= first + 2 { self.w(t - 2) } else { "" };
        !(matches!(
            before,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that"
        ) || (before.len() > 3 && before.ends_with("ly")))
    }

    /// The actor ending nearest before `t`, in the clause, of a fitting type,
    /// with the actors coordinated with it ("A and B", "A, B and C").
    fn subject_before(&self, t: usize, types: &[EntityType], max_gap: usize) -> Group {
        let first = self.first();
        if self.unknown_name_before(t) {
            return Group::new();
        }
        // "Blinken met Wang and criticized …": a second verb shares the
        // first one's subject; the actor before "and" is the first's object.
        let mut v = t;
        while v > first
            && (matches!(
                self.w(v - 1),
                "also"
                    | "then"
                    | "later"
                    | "again"
                    | "had"
                    | "has"
                    | "have"
                    | "did"
                    | "does"
                    | "do"
                    | "not"
                    | "n't"
                    | "never"
                    // "Finland, which joined NATO, no longer imports …".
                    | "no"
                    | "longer"
                    // "arrived on Sunday and was embraced by Isaias".
                    | "was"
                    | "were"
                    | "been"
            ) || self.w(v - 1).len() > 3 && self.w(v - 1).ends_with("ly"))
        {
            v -= 1;
        }
        // "accused the agency of collaborating with Hamas": the accused is
        // the gerund's subject, and the accuser never is.
        if t > first && self.w(t - 1) == "of" && self.w(t).ends_with("ing") {
            let charge = (t.saturating_sub(10).max(first)..t - 1)
                .rev()
                .find(|&k| self.is(k, Lists::CHARGE_VERBS));
            if let Some(c) = charge {
                let accused = self.actors.iter().rposition(|a| {
                    // Not the agent of a passive: "accused by Kyiv of …".
                    a.t0 > c && a.t1 < t && self.w(a.t0 - 1) != "by" && self.fits(a, types)
                });
                return match accused {
                    Some(i) => self.coordinated_left(i, types),
                    // "Iran was accused of supplying": the passive's subject.
                    None if self.passive_auxiliary_before(c) => self.subject_before(c, types, 12),
                    None => Group::new(),
                };
            }
        }
        // "Russia, which has delivered aircraft to Mali": the relative
        // pronoun's antecedent is the subject.
        // "Brazil and Colombia were among the governments that condemned
        // the raid": the subject of "were among".
        if v > first + 1 && matches!(self.w(v - 1), "which" | "who" | "that") {
            let among = (v.saturating_sub(8).max(first)..v - 1)
                .rev()
                .find(|&k| self.w(k) == "among")
                .filter(|&k| {
                    k > first + 1 && matches!(self.w(k - 1), "was" | "were" | "is" | "are")
                });
            if let Some(k) = among {
                return self.subject_before(k - 1, types, max_gap);
            }
        }
        if v > first + 1 && matches!(self.w(v - 1), "which" | "who") {
            let comma = usize::from(self.w(v - 2) == ",");
            let end = v - 1 - comma;
            if let Some(i) = self.actors.iter().rposition(|a| a.t1 == end) {
                return if self.fits(&self.actors[i], types) {
                    self.coordinated_left(i, types)
                } else {
                    Group::new()
                };
            }
        }
        // "Kishida, who met Biden last week, visited Manila": the subject
        // stands before the relative clause. "Blinken, accompanied by
        // Austin, arrived": so it does, and the companions join it.
        if v > first + 2 && self.w(v - 1) == "," {
            // "Albanese, the first Australian leader to visit China, met
            // Xi": so does a person before an apposition.
            let person_before = |k: usize| self.named_person_ending_at(k).is_some();
            let open = (first..v - 2).rev().take(25).find(|&k| {
                self.w(k) == ","
                    && (matches!(self.w(k + 1), "who" | "which" | "whose")
                        || matches!(self.w(k + 1), "accompanied" | "joined" | "flanked")
                            && self.w(k + 2) == "by"
                        || self.opens_apposition(k + 1) && person_before(k)
                        // "France, the former colonial power, has suspended":
                        // a lower-case noun phrase after any actor.
                        || matches!(self.w(k + 1), "the" | "a" | "an")
                            && !self.an.is_cap_word(k + 2)
                            && self.w(k + 2).bytes().all(|b| b.is_ascii_lowercase())
                            && self.actors.iter().any(|a| a.t1 == k))
            });
            if let Some(k) = open {
                if let Some(i) = self.actors.iter().rposition(|a| a.t1 == k) {
                    if !self.fits(&self.actors[i], types) {
                        return Group::new();
                    }
                    let mut subject = self.coordinated_left(i, types);
                    // Companions join the subject; the agent of another
                    // participle does not: "Mapisa-Nqakula, sent by Zuma
                    // to mediate, met Mugabe".
                    if self.w(k + 2) == "by"
                        && matches!(self.w(k + 1), "accompanied" | "joined" | "flanked")
                    {
                        subject.extend(
                            (i + 1..self.actors.len())
                                .filter(|&j| self.actors[j].t0 > k + 2 && self.actors[j].t1 < v)
                                .filter(|&j| {
                                    !self.actors[j].possessive && self.fits(&self.actors[j], types)
                                }),
                        );
                    }
                    return subject;
                }
            }
        }
        if v > first + 1 && matches!(self.w(v - 1), "and" | "but") {
            // "Habeck, who flew to Doha and met the emir": a second verb of a
            // relative clause is the relative pronoun's.
            let relative = (first + 1..v - 1)
                .rev()
                .take_while(|&k| !matches!(self.w(k), "," | ";"))
                .find(|&k| matches!(self.w(k), "who" | "which") && self.w(k - 1) == ",");
            if let Some(k) = relative {
                return self.subject_before(k + 1, types, max_gap);
            }
            // "Paludan, a politician, burned the book, and Turkey condemned
            // the act and summoned …": the subject of the clause the second
            // verb is in, not of the sentence.
            let main = match self.clause_after_comma_and(v - 1) {
                Some(k) => self.sentence_subject_from(k, v - 1, types),
                None => self.sentence_subject(v - 1, types),
            };
            match main.first() {
                Some(&m) if self.actors[m].t1 + 1 < v - 1 => return main,
                Some(_) => {}
                // "The junta has expelled French troops and deepened
                // cooperation with Russia": no actor is the subject, and the
                // first verb's object is not.
                None if self
                    .actors
                    .iter()
                    .any(|a| a.t1 < v - 1 && a.t0 > first && self.after_finite_verb(a.t0)) =>
                {
                    return Group::new()
                }
                None => {}
            }
        }
        let mut best = None;
        for (i, a) in self.actors.iter().enumerate().rev() {
            if a.t1 > t {
                continue;
            }
            // A clause boundary, or an expletive subject in between ("..., it was agreed that").
            // The distance first: it is told without reading the words between.
            if t - a.t1 > max_gap || (a.t1..t).any(|k| self.is(k, Lists::SUBJECT_BARRIERS)) {
                break;
            }
            // A subject is read as what it names here: a capital read as the
            // place visited ("visited Washington and held talks") is no actor.
            let main_fits = !a.refs.is_empty()
                && a.refs
                    .iter()
                    .all(|&r| types.contains(&self.an.entities[r].etype));
            if !main_fits {
                continue;
            }
            // An actor inside a prepositional phrase is no subject, unless possessive.
            let prev =
                a.t0.checked_sub(1)
                    .filter(|&p| p >= first)
                    .map(|p| self.w(p));
            // "an invitation for Secretary Austin to meet": the subject of the infinitive.
            let infinitive_subject = prev == Some("for") && self.w(a.t1) == "to" && a.t1 + 1 == t;
            if self.in_pp(a) && !a.possessive && !infinitive_subject && !self.speaks_for_group(a) {
                continue;
            }
            if a.possessive && a.pronoun && t - a.t1 > 3 {
                continue;
            }
            // "refused to sign an EU-backed plan to normalise relations": an
            // actor in a compound modifier is no subject.
            if self.w(a.t1) == "-" && a.t1 + 1 < t && self.is_modifier(a.t1 + 1) {
                continue;
            }
            // "Russia's opposition criticised Putin", "Ukraine's rebels
            // met …": the group the possessor modifies is the subject, and
            // it does not speak for the state.
            if a.possessive && (a.t1..t).any(|k| self.is(k, Lists::NON_STATE_GROUPS)) {
                return Group::new();
            }
            best = Some(i);
            break;
        }
        let Some(i) = best else { return Group::new() };
        self.coordinated_left(i, types)
    }

    /// The actors that a charge after `t` names before its "of" ("the
    /// Japanese aircraft of flying …") with no comma first. A name alone
    /// before "of" is left to the topic reading, which takes it already.
    fn accused_before_charge(&self, t: usize) -> Option<Group> {
        let end = self.end();
        let of = (t..(t + 6).min(end))
            .take_while(|&k| !matches!(self.w(k), "," | ";" | "." | "that"))
            .find(|&k| self.w(k) == "of")?;
        if !self.w(of + 1).ends_with("ing") {
            return None;
        }
        let ai = self
            .actors
            .iter()
            .position(|a| a.t0 >= t && a.t1 <= of && !a.pronoun)?;
        let a = &self.actors[ai];
        if a.t0 == t && a.t1 == of {
            return None;
        }
        // Only the words of a noun phrase stand between: "the", a number,
        // lower-case nouns ("navy", "aircraft"); and the state qualifies
        // them: "Darfur rebels" are no state's, nor is "Kabul's opposition".
        let states = !a.refs.is_empty()
            && a.refs
                .iter()
                .all(|&r| self.an.entities[r].etype == EntityType::Country);
        let plain = (t..a.t0)
            .chain(a.t1..of)
            .all(|k| self.w(k) == "the" || self.is_modifier(k))
            && !(a.t1..of).any(|k| self.is(k, Lists::NON_STATE_GROUPS));
        (states && plain).then(|| Group::one(ai))
    }

    /// Whether the word at `k`, after a comma, may open an apposition or
    /// an aside about the name before it: "Wang, director of …,", "Xi,
    /// the Chinese leader,", "Lavrov, speaking in Moscow,". Not a word
    /// that joins clauses or list items.
    fn opens_apposition(&self, k: usize) -> bool {
        let w = self.w(k);
        matches!(w, "the" | "a" | "an")
            || !w.is_empty()
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !self.an.is_cap_word(k)
                && !matches!(
                    w,
                    "and"
                        | "or"
                        | "but"
                        | "nor"
                        | "while"
                        | "whereas"
                        | "which"
                        | "who"
                        | "whose"
                        | "whom"
                        | "that"
                        | "as"
                        | "when"
                        | "after"
                        | "before"
                        | "where"
                        | "although"
                        | "though"
                        | "because"
                        | "if"
                        | "since"
                        | "so"
                        | "then"
                        | "in"
                        | "on"
                        | "at"
                        | "with"
                        | "to"
                        | "for"
                        | "from"
                )
    }

    /// Whether a capitalised word that names no known actor stands right
    /// before `t` (adverbs aside), after a lower-case word or a comma: "a
    /// day before Sarkozy heads to Beijing". That name is the subject, and
    /// an actor further back is not.
    fn unknown_name_before(&self, t: usize) -> bool {
        let mut v = t;
        while v > self.first() && self.w(v - 1).len() > 3 && self.w(v - 1).ends_with("ly") {
            v -= 1;
        }
        // "while Home Affairs Commissioner Ylva Johansson called": the
        // words of a longer name before its last.
        while v > self.first() + 2
            && self.an.is_cap_word(v - 1)
            && self.an.is_cap_word(v - 2)
            && !self.in_actor(v - 1)
            && !self.in_actor(v - 2)
            && !crate::when::is_month_or_weekday(self.w(v - 1))
            && t - v < 5
        {
            v -= 1;
        }
        if v < self.first() + 2
            || !self.an.is_cap_word(v - 1)
            || self.in_actor(v - 1)
            || crate::when::is_month_or_weekday(self.w(v - 1))
        {
            return false;
        }
        let before = self.w(v - 2);
        before == ","
            || before.chars().all(|c| c.is_ascii_lowercase())
                && !before.is_empty()
                && !self.an.is_cap_word(v - 2)
    }

    fn coordinated_left(&self, i: usize, types: &[EntityType]) -> Group {
        // The items from right to left; turned round at the end.
        let mut group = Group::one(i);
        let mut cur = i;
        while cur > 0 {
            let prev = cur - 1;
            let (p, c) = (&self.actors[prev], &self.actors[cur]);
            // "Japan and the Philippines": a determiner may open the next item.
            let gap_words = ShortWords::of(
                (p.t1..c.t0)
                    .map(|k| self.w(k))
                    .filter(|w| !matches!(*w, "the" | "a")),
            );
            let gap = gap_words.as_slice();
            // "Lavrov and his Ukrainian counterpart met": a possessive
            // pronoun opens the item, it is not one.
            // So does a state that modifies it: "and his Ukrainian
            // counterpart Dmytro Kuleba", "and Chinese leader Xi Jinping".
            // "Uribe and Ecuador's Rafael Correa": a state's possessive
            // opens the name after it.
            if p.pronoun && p.possessive && gap.is_empty()
                || matches!(gap, ["counterpart"])
                || self.names_role_of(prev, cur)
                || p.possessive && matches!(gap, [] | ["'s"]) && self.is_person_actor(c)
            {
                cur = prev;
                continue;
            }
            // "Parrikar and his French counterpart, Jean-Yves Le Drian,
            // signed": a name in apposition to the item that names the same
            // person is that item, and the list runs on before it.
            if cur == i
                && gap == [","]
                && self.w(c.t1) == ","
                && !p.refs.is_empty()
                && p.refs == c.refs
            {
                cur = prev;
                continue;
            }
            // "Blinken met Lavrov, and he criticised Russia": the actor
            // before a clause's pronoun subject is no co-subject.
            // "Neither Britain nor France has sent …".
            // "Yemen's government and the Houthis": a state's government
            // stands for the state.
            let government = p.possessive
                && matches!(
                    gap,
                    ["'s", "government" | "authorities" | "leadership", "and"]
                        | [
                            "'s",
                            "federal" | "ruling" | "transitional" | "military" | "interim",
                            "government" | "authorities" | "leadership",
                            "and"
                        ]
                );
            let joined = !self.opens_clause(c)
                && (matches!(gap, ["and"] | [","] | [",", "and"])
                    || government
                    || (gap == ["nor"] && p.t0 > self.first() && self.w(p.t0 - 1) == "neither"));
            // "the ambassador to Japan, Xie Feng, met": a name between commas
            // is an apposition, not the last item of a list.
            let apposition = cur == i && gap == [","] && self.w(c.t1) == ",";
            // "the foreign ministers of Japan and the Philippines, Yoko
            // Kamikawa and Enrique Manalo, met": a list of names after a
            // comma does not run on into the states it names.
            let apposed_names = gap == [","]
                && !self.is_person_actor(p)
                && group.iter().all(|&g| self.is_person_actor(&self.actors[g]));
            // "policies in Ukraine and China's partnership": an actor inside a
            // prepositional phrase is not coordinated with what follows.
            // "in northern Greenland, and Secretary Pompeo": so is one a
            // word of direction qualifies.
            let mut before = p.t0;
            while before > self.first()
                && matches!(
                    self.w(before - 1),
                    "the"
                        | "a"
                        | "an"
                        | "northern"
                        | "southern"
                        | "eastern"
                        | "western"
                        | "central"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                )
            {
                before -= 1;
            }
            let in_pp = before > self.first()
                && matches!(
                    self.w(before - 1),
                    "in" | "at"
                        | "to"
                        | "of"
                        | "from"
                        | "for"
                        | "on"
                        | "with"
                        | "by"
                        | "against"
                        | "into"
                        | "over"
                );
            if joined
                && !apposition
                && !apposed_names
                && self.fits(p, types)
                && (!in_pp || self.speaks_for_group(p))
            {
                group.push(prev);
                cur = prev;
            } else {
                break;
            }
        }
        group.iter().rev().copied().collect()
    }

    /// Whether an actor names persons only.
    fn is_person_actor(&self, a: &Actor) -> bool {
        !a.refs.is_empty()
            && a.refs
                .iter()
                .all(|&r| self.an.entities[r].etype == EntityType::Person)
    }

    /// "Chinese leader Xi Jinping", "Syria's new leader, Ahmed al-Sharaa": a
    /// state actor and a word of role before a person, who heads the phrase.
    fn names_role_of(&self, state: usize, person: usize) -> bool {
        let (a, n) = (&self.actors[state], &self.actors[person]);
        let is_person = n
            .refs
            .iter()
            .all(|&r| self.an.entities[r].etype == EntityType::Person);
        let is_state = a.refs.iter().all(|&r| {
            matches!(
                self.an.entities[r].etype,
                EntityType::Country | EntityType::Organization
            )
        });
        // Asked of every pair in a coordination: the words only when the types fit.
        if !(is_person && is_state) {
            return false;
        }
        let words = ShortWords::of((a.t1..n.t0).map(|k| self.w(k)));
        let words = match words.as_slice() {
            ["'s", rest @ ..] => rest,
            all => all,
        };
        let words = match words {
            [rest @ .., ","] => rest,
            all => all,
        };
        // "with China's Wang Yi": the possessive alone says whose he is.
        if words.is_empty() {
            return a.possessive;
        }
        words.len() <= 4
            && words
                .last()
                .is_some_and(|w| is_in(&lexicon::PERSON_ROLES, w))
            && words.iter().all(|w| {
                is_in(&lexicon::PERSON_ROLES, w)
                    || matches!(
                        *w,
                        "new"
                            | "top"
                            | "veteran"
                            | "political"
                            | "deputy"
                            | "senior"
                            | "supreme"
                            | "first"
                            | "prime"
                            | "vice"
                            | "acting"
                            | "interim"
                            // "Myanmar's detained former leader Aung San
                            // Suu Kyi".
                            | "former"
                            | "detained"
                            | "jailed"
                            | "imprisoned"
                            | "ousted"
                            | "exiled"
                            | "deposed"
                            | "outgoing"
                            | "incoming"
                            | "longtime"
                            | "long-time"
                            | "opposition"
                    )
            })
    }

    /// Whether the word at `t` is most likely a finite verb or an
    /// auxiliary: a verb of saying, "has", "was", "will", or a past tense
    /// in lower case ("arrived").
    fn finite_verb_at(&self, t: usize) -> bool {
        let w = self.w(t);
        self.is(t, Lists::REPORTING_VERBS)
            || matches!(
                w,
                "has" | "had" | "have" | "was" | "were" | "is" | "are" | "will" | "would" | "told"
            )
            || (w.len() > 3 && w.ends_with("ed") && !self.an.is_cap_word(t))
    }

    /// Whether an actor is a subject pronoun, which opens a clause of its
    /// own: "…, and he criticised Russia".
    fn opens_clause(&self, a: &Actor) -> bool {
        a.pronoun && matches!(self.w(a.t0), "he" | "she" | "they" | "we")
    }

    /// "the foreign ministers of Japan and Korea met": an actor after "of"
    /// that names whom a group of people speaks for stands for the group.
    fn speaks_for_group(&self, a: &Actor) -> bool {
        // "the leaders of France and Germany", "officials from China".
        a.t0 >= self.first() + 2
            && matches!(self.w(a.t0 - 1), "of" | "from")
            && self.is(a.t0 - 2, Lists::GROUP_HEADS)
    }

    fn coordinated_right(&self, i: usize, types: &[EntityType]) -> Group {
        let mut group = Group::one(i);
        let mut cur = i;
        // "has not sold ammunition to Ukraine or Russia", "to either Kyiv or
        // Moscow": after a negator or "either", "or" joins what is denied of
        // each; elsewhere "or" leaves open which it is.
        // Asked only of an "or" between two actors: most lists have none.
        let first = self.first();
        let or_joins = || {
            (self.actors[i].t0.saturating_sub(8).max(first)..self.actors[i].t0)
                .any(|k| matches!(self.w(k), "not" | "n't" | "never" | "either" | "neither"))
        };
        while cur + 1 < self.actors.len() {
            let next = cur + 1;
            let (c, n) = (&self.actors[cur], &self.actors[next]);
            let gap_words = ShortWords::of(
                (c.t1..n.t0)
                    .map(|k| self.w(k))
                    .filter(|w| !matches!(*w, "the" | "a")),
            );
            let gap = gap_words.as_slice();
            let joined = matches!(gap, ["and"] | [","] | [",", "and"] | ["as", "well", "as"])
                || matches!(gap, ["or"] | [",", "or"]) && or_joins();
            // "shells to Russia, South Korean officials said": after a comma,
            // the subject of a reporting verb is the source, not one more item.
            let attribution = gap == [","] && self.reports_after(n.t1);
            // "had not met Rice, and Kiir told the crowd": a name after ", and"
            // with a verb of its own after it opens a clause (two items of a
            // list are seldom parted by ", and").
            let clause_subject =
                group.as_slice().len() == 1 && gap == [",", "and"] && self.finite_verb_at(n.t1);
            // "Xi greeted Putin, and he thanked Xi": a clause's pronoun
            // subject is not one more object.
            if joined
                && !attribution
                && !clause_subject
                && !self.opens_clause(n)
                && self.fits(n, types)
            {
                group.push(next);
                cur = next;
            } else {
                break;
            }
        }
        group
    }

    /// Whether a reporting verb follows token `t` closely, a few words of
    /// the speaker's phrase between ("officials", "state media", "state news
    /// agency WAM"): `t` ends the speaker of an attribution, or its possessor
    /// ("South Korea's spy agency said").
    fn reports_after(&self, t: usize) -> bool {
        (t..(t + 6).min(self.end()))
            .take_while(|&k| {
                let w = self.w(k);
                w == "'s" || w.chars().next().is_some_and(char::is_alphanumeric)
            })
            .any(|k| self.is(k, Lists::REPORTING_VERBS))
    }

    /// The first actor after `t` (after `prep` if given), skipping determiners,
    /// adjectives and adverbs; the head of a compound ("our NATO Ally Türkiye");
    /// and those coordinated with it.
    fn object_after(
        &self,
        t: usize,
        prep: Option<&str>,
        types: &[EntityType],
        window: usize,
    ) -> Group {
        let mut p = t;
        if let Some(prep) = prep {
            let mut limit = (t + 5).min(self.end());
            let mut found = None;
            let mut k = t;
            while k < limit {
                let w = self.w(k);
                if w == prep {
                    found = Some(k);
                    break;
                }
                // "travelled with Scholz to China": a companion may stand
                // right before the preposition.
                if w == "with" && matches!(prep, "to" | "in") {
                    if let Some(a) = self.actors.iter().find(|a| a.t0 == k + 1) {
                        if self.w(a.t1) == prep {
                            k = a.t1;
                            continue;
                        }
                    }
                }
                // "flew from Seoul to Tokyo": a place of departure may stand
                // between; "was welcomed in Pyongyang by Kim": so may a place.
                // "held talks in Tokyo on Thursday with Kishida": so may a
                // place before "with".
                if w == "from" && prep != "from"
                    || matches!(w, "in" | "at") && matches!(prep, "by" | "with")
                {
                    if let Some(a) = self.actors.iter().find(|a| a.t0 == k + 1) {
                        limit = (a.t1 + 5).min(self.end());
                        k = a.t1;
                        continue;
                    }
                }
                let filler = self.is(k, Lists::NP_FILLERS);
                // "arrived nearly three hours late on Thursday in Nagato": a
                // delay stands between, and the phrase may look further.
                let delay = matches!(
                    w,
                    "late" | "early" | "hours" | "hour" | "minutes" | "nearly" | "almost"
                ) || is_count(w);
                if delay {
                    limit = (limit + 1).min(t + 10).min(self.end());
                }
                k += 1;
                if !(filler
                    || delay
                    || matches!(
                        w,
                        "by" | "phone"
                            | "telephone"
                            | "virtually"
                            | "together"
                            | "jointly"
                            | "separately"
                            | "again"
                            | "earlier"
                            | "directly"
                            | "later"
                            | "day"
                            | "days"
                            // "spent two nights in Kyiv".
                            | "night"
                            | "nights"
                            | "week"
                            | "weeks"
                            | "briefly"
                            | "secretly"
                            // "cooperate closely with".
                            | "closely"
                            | "fully"
                            | "actively"
                            | "on"
                            | "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                    ))
                {
                    break;
                }
            }
            let Some(k) = found else { return Group::new() };
            p = k + 1;
        }
        let limit = (p + window).min(self.end());
        // Without a preposition the object comes before any locative phrase:
        // "held talks in Hanoi" has no object.
        let mut limit = if prep.is_none() {
            (p..limit)
                .find(|&k| matches!(self.w(k), "in" | "at" | "during" | "on"))
                .unwrap_or(limit)
        } else {
            limit
        };
        // "met his German counterpart, Olaf Scholz": the comma after the
        // counterpart opens its name, not another phrase.
        let mut apposition = None;
        for (i, a) in self.actors.iter().enumerate() {
            if a.t0 < p {
                continue;
            }
            // "accused by Western governments of supplying drones to Russia":
            // a charge ("of supplying", "for sending") ends the phrase.
            if a.t0 >= limit
                || (p..a.t0).any(|k| {
                    matches!(
                        self.w(k),
                        "," | ";" | ":" | "." | "that" | "which" | "who" | "and"
                    ) && apposition != Some(k)
                        || (matches!(self.w(k), "of" | "for") && self.w(k + 1).ends_with("ing"))
                    // "bought shells from countries outside the EU": what
                    // stands outside the actor is not it.
                    || matches!(self.w(k), "outside" | "beyond" | "except" | "excluding")
                })
            {
                return Group::new();
            }
            let counterpart_modifier = matches!(self.w(a.t1), "counterpart" | "counterparts");
            if counterpart_modifier {
                // "hosted his Iranian counterpart Ebrahim Raisi": the window
                // counts from the head noun, not from the verb.
                limit = limit.max((a.t1 + 1 + window).min(self.end()));
                apposition = (self.w(a.t1 + 1) == ",").then_some(a.t1 + 1);
            }
            // "received Hamas political chief Ismail Haniyeh": so does a
            // state or group whose role word names the person after it.
            if !self.fits(a, types) && i + 1 < self.actors.len() && self.names_role_of(i, i + 1) {
                limit = limit.max((self.actors[i + 1].t0 + 1).min(self.end()));
            }
            if !self.fits(a, types) || (a.pronoun && a.possessive) || counterpart_modifier {
                // A possessive or modifier before the head ("his Chinese
                // counterpart X"): keep looking in the phrase.
                continue;
            }
            // The head of a compound: a later actor in the same noun phrase.
            let mut head = i;
            while head + 1 < self.actors.len() {
                let n = &self.actors[head + 1];
                // "Iranian President-elect Masoud Pezeshkian": a title to be
                // held joins its name as well.
                let gap_ok = (self.actors[head].t1..n.t0).all(|k| {
                    let tok = self.an.tokens[k];
                    let s = &self.an.text[tok.span.start..tok.span.end];
                    s.chars().next().is_some_and(char::is_uppercase)
                        || matches!(s, "-" | "elect" | "designate")
                }) && n.t0.saturating_sub(self.actors[head].t1) <= 2
                    && !self.actors[head].possessive;
                if (gap_ok || self.names_role_of(head, head + 1)) && self.fits(n, types) {
                    head += 1;
                } else {
                    break;
                }
            }
            return self.coordinated_right(head, types);
        }
        Group::new()
    }

    /// The actor right before a noun trigger, as its possessor or modifier:
    /// "China's exports", "his tour", "the Xi Jinping visit", "the U.S. commitment".
    fn possessor_before(&self, t: usize, types: &[EntityType]) -> Group {
        let mut p = t;
        // Skip adjectives and ordinals: "his fourth meeting", "China's growing concern".
        let mut skipped = 0;
        while p > self.first() && skipped < 3 {
            let w = self.w(p - 1);
            if self.in_actor(p - 1) || w == "'s" || w == "'" {
                break;
            }
            // "Putin drew criticism": a verb of reaction is no adjective.
            if w.chars().all(|c| c.is_alphanumeric() || c == '-')
                // Nor is a preposition or an auxiliary: "Seoul is worried
                // about deliveries" has no possessor.
                && !matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "of"
                        | "to"
                        | "and"
                        | "or"
                        | "in"
                        | "at"
                        | "for"
                        | "with"
                        | "on"
                        | "about"
                        | "over"
                        | "by"
                        | "from"
                        | "against"
                        | "into"
                        | "after"
                        | "before"
                        | "during"
                        | "as"
                        | "than"
                        | "that"
                        | "which"
                        | "who"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "has"
                        | "have"
                        | "had"
                        | "not"
                )
                && !self.is(p - 1, Lists::REACTION_VERBS)
            {
                p -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        for (i, a) in self.actors.iter().enumerate().rev() {
            if a.t1 > p {
                continue;
            }
            let gap = p - a.t1;
            let clitic = gap == 1 && matches!(self.w(a.t1), "'s" | "'");
            if (gap == 0 || clitic) && self.fits(a, types) {
                return self.coordinated_left(i, types);
            }
            break;
        }
        Group::new()
    }

    fn refs(&self, group: &[usize]) -> Args {
        let mut out = Args::new();
        for &i in group {
            let a = &self.actors[i];
            for &r in &a.refs {
                out.push((r, a.head, a.resolution));
            }
        }
        out
    }

    /// Like `refs`, but reading capitals as the government (for supplies, criticism...).
    fn refs_as(&mut self, group: &[usize], want: &[EntityType]) -> Args {
        let mut out = Args::new();
        for &i in group {
            let a = &self.actors[i];
            let (head, resolution) = (a.head, a.resolution);
            let use_alt = a
                .alt
                .is_some_and(|alt| want.contains(&self.an.entities[alt].etype))
                && a.refs
                    .iter()
                    .all(|&r| !want.contains(&self.an.entities[r].etype));
            match a.alt {
                Some(alt) if use_alt => {
                    // The actor is read as its other reading from now on;
                    // its list of entities is refilled, not made anew.
                    let a = &mut self.actors[i];
                    let main = a.refs.first().copied();
                    a.refs.clear();
                    a.refs.push(alt);
                    a.alt = main;
                    out.push((alt, head, resolution));
                }
                _ => out.extend(a.refs.iter().map(|&r| (r, head, resolution))),
            }
        }
        out
    }

    // ----- negation, hedges, plans ------------------------------------------

    /// Where the clause of token `t` starts (after the nearest `;` or `:`
    /// before it), looking back no further than `lowest`.
    fn clause_start(&self, t: usize, lowest: usize) -> usize {
        let lowest = lowest.max(self.first());
        // Most sentences have no clause break: nothing to look for.
        if !self.present.has(Lists::CLAUSE_BREAKS) {
            return t.min(lowest);
        }
        let mut p = t;
        while p > lowest && !self.is(p - 1, Lists::CLAUSE_BREAKS) {
            p -= 1;
        }
        p
    }

    /// The relative clause set off by commas that the comma at `close`
    /// ends, from its opening comma (the one before, from the clause start
    /// `cs` on) to `close`: ", who last month refused to send troops,".
    fn relative_aside_closed_at(&self, close: usize, cs: usize) -> Option<(usize, usize)> {
        let open = (cs..close).rev().find(|&k| self.w(k) == ",")?;
        matches!(self.w(open + 1), "who" | "which" | "whose" | "whom").then_some((open, close))
    }

    /// Reads polarity and modality of a trigger; `None` for a plan or hypothesis.
    fn read(&self, hit: &Hit<'_>) -> Option<Reading> {
        let t0 = hit.t0;
        let noun = hit.form.class == TriggerClass::Noun;
        // Only the last words of the clause can govern the trigger.
        let cs = self.clause_start(t0, t0.saturating_sub(24));
        // The clause's words before the trigger, nearest first, are read in
        // one pass (this runs for every trigger): each cue below looks at
        // the nearest few of them.
        let irrealis_window = if noun { 3 } else { 5 };
        let mut negated = false;
        // not / n't / never / nor right before (aux verbs may stand between).
        // "did not address India's concerns": a negator before a named
        // possessor denies the verb, not the possessor's concern.
        let mut negator_open = !(noun
            && (t0.saturating_sub(4).max(cs)..t0).any(|k| {
                matches!(self.w(k), "'s" | "'")
                    && self.actors.iter().any(|a| a.t1 == k && !a.pronoun)
            }));
        let mut denial = false;
        let mut report_before = false;
        let mut irrealis_open = true;
        let mut irrealis = false;
        let mut hedged = false;
        let mut charged = false;
        let mut stopped = false;
        let cessation_applies = !matches!(
            hit.form.relation,
            RelationType::MetWith | RelationType::Visited
        );
        let mut comma_seen = false;
        let mut directed = false;
        let adjunct_closes = noun || hit.form.words[0].ends_with("ing");
        // "rejected the claims and accused Moscow of …": a finite verb
        // after "and" heads a predicate of its own, outside the denial
        // ("denied sending arms and training troops" keeps its gerunds in).
        let finite = !noun && !hit.form.words[0].ends_with("ing");
        let mut own_predicate = finite && t0 > cs && matches!(self.w(t0 - 1), "and" | "but");
        // "accused by the West of supplying drones" (read below).
        let of_before = t0 > cs && self.w(t0 - 1) == "of";
        // The last relative clause set off by commas before the trigger,
        // if any, ends at the nearest comma: it is sought when the pass
        // below meets that comma, not at every trigger.
        let mut aside = None;
        let mut aside_sought = false;
        // A verb is read from its nearest fourteen words, a noun from all
        // the clause's; their lists are read from the sentence's in a row.
        let from = if noun {
            cs
        } else {
            cs.max(t0.saturating_sub(14))
        };
        let window = self
            .lex
            .get(from - self.first()..t0 - self.first())
            .unwrap_or_default();
        // "Macron, who had refused to send troops, was rebuked by Scholz": a
        // relative clause set off before the trigger says nothing of it.
        let in_aside = |aside: Option<(usize, usize)>, k: usize| {
            aside.is_some_and(|(open, close)| open <= k && k <= close)
        };
        // Most words are no cue: the pass goes from one cue word straight
        // to the one before it, `rest` being the words not yet passed.
        let mut rest = window;
        while let Some(p) = rest.iter().rposition(|l| l.has(READING_WORDS)) {
            let lists = rest[p];
            rest = &rest[..p];
            // The cue's place counted back from the trigger, and its token.
            let i = window.len() - 1 - p;
            let k = from + p;
            // A comma is one of the reading cues.
            if !aside_sought && lists.has(Lists::READING_CUES) && self.w(k) == "," {
                aside = self.relative_aside_closed_at(k, cs);
                aside_sought = true;
            }
            if in_aside(aside, k) {
                continue;
            }
            if i >= 14 {
                // Further back only a report before a noun is read.
                report_before |= lists.has(Lists::REPORT_NOUNS);
                continue;
            }
            let w = self.w(k);
            if w == "," {
                comma_seen = true;
            }
            // "Taipei had refused to supply them, and he accused China of
            // …": a finite verb after ", and" with a subject of its own
            // heads a clause of its own, outside the denial before it.
            if !own_predicate
                && finite
                && matches!(w, "and" | "but")
                && k > cs
                && self.w(k - 1) == ","
                && self.w(k + 1) != "that"
            {
                own_predicate = true;
            }
            if negator_open && i < 5 {
                // "is no longer supplying weapons".
                let no_longer = w == "longer" && k > cs && self.w(k - 1) == "no";
                if no_longer || matches!(w, "not" | "n't" | "never" | "nor" | "neither" | "cannot")
                {
                    // "not only … but also" denies nothing: the word after
                    // the negator, an aside passed over, is looked at here
                    // rather than every word being watched for "only".
                    let after_only = (k + 1..t0)
                        .find(|&j| !in_aside(aside, j))
                        .is_some_and(|j| self.w(j) == "only");
                    negated |= !after_only;
                    negator_open = false;
                    // "warned Pyongyang not to sell arms": what one is told
                    // not to do is neither done nor denied.
                    if w == "not" && self.w(k + 1) == "to" {
                        directed = (k.saturating_sub(3).max(cs)..k)
                            .any(|j| self.is(j, Lists::DIRECTIVE_VERBS));
                    }
                } else if matches!(w, "," | "and" | "but" | "that" | "which" | "who")
                    || (adjunct_closes && lists.has(Lists::ADJUNCT_PREPOSITIONS))
                {
                    // "did not meet Trump during his visit": the visit
                    // stands outside the denial.
                    negator_open = false;
                }
            }
            if noun && i < 2 && w == "no" {
                negated = true;
            }
            // A denial verb governing the trigger in this clause.
            if i < 14 && !denial && !own_predicate {
                // "called off a state visit", "calls off the talks".
                denial = lists.has(Lists::DENIAL_VERBS)
                    || (w == "off"
                        && k > cs
                        && matches!(self.w(k - 1), "called" | "calls" | "call" | "calling"));
                // "has not ruled out supplying arms", "did not deny that",
                // "refused to rule out sending troops": a denial denied
                // asserts nothing either way.
                if denial
                    && ((k.saturating_sub(2).max(cs)..k)
                        .any(|j| matches!(self.w(j), "not" | "n't" | "never"))
                        || self.w(k + 1) == "to"
                            && matches!(self.w(k + 2), "rule" | "deny" | "exclude")
                        || k >= cs + 2
                            && self.w(k - 1) == "to"
                            && self.is(k - 2, Lists::DENIAL_VERBS))
                {
                    return None;
                }
            }
            // "There is no evidence that China is providing arms", "has not
            // seen any sign that …".
            if i < 14 && !denial && w == "that" && k >= cs + 2 {
                let evidence = matches!(
                    self.w(k - 1),
                    "evidence" | "sign" | "signs" | "indication" | "indications" | "proof"
                );
                let quantifier = self.w(k - 2);
                let none = matches!(quantifier, "no" | "little" | "scant")
                    || (quantifier == "any"
                        && (k.saturating_sub(5).max(cs)..k - 2)
                            .any(|j| matches!(self.w(j), "not" | "n't" | "never" | "without")));
                denial = evidence && none;
            }
            // "The reporting about supply …", "Reports that Iran sent …":
            // what a report says, the copula after may deny.
            if !report_before && lists.has(Lists::REPORT_NOUNS) && (noun || self.w(k + 1) == "that")
            {
                report_before = true;
            }
            // Plans, offers and hypotheses, unless a break stands between.
            if irrealis_open && i < irrealis_window {
                if matches!(w, "," | ";" | "that" | "which") {
                    irrealis_open = false;
                } else if lists.has(Lists::IRREALIS) {
                    irrealis = true;
                    irrealis_open = false;
                }
            }
            if i < 4 && !hedged {
                hedged = lists.has(Lists::HEDGES);
            }
            // "halted economic aid to Serbia", "vetoed a resolution
            // condemning …": what is stopped or blocked does not hold.
            // "suspended about $2.5 million in military aid to Fiji".
            if i < 8 && !stopped && !comma_seen && cessation_applies && !own_predicate {
                stopped = lists.has(Lists::CESSATION_VERBS);
                // "threatened to cut off supplies": a stop only threatened
                // or planned has not happened.
                irrealis |= stopped
                    && k >= cs + 2
                    && self.w(k - 1) == "to"
                    && self.is(k - 2, Lists::IRREALIS);
            }
            // "accused by the West of supplying drones": a charge, not a fact.
            if i < 10 && !charged && of_before {
                charged = lists.has(Lists::CHARGE_VERBS);
            }
        }
        // "at its coming summit with Russia": a meeting still to come
        // ("coming from the meeting" comes from one held).
        if noun && t0 >= cs + 2 && self.w(t0 - 1) == "coming" && opens_noun_phrase(self.w(t0 - 2)) {
            irrealis = true;
        }
        // "Japan would continue to cooperate closely with the United
        // States", "will continue to supply": what goes on now, no plan.
        if irrealis
            && t0 >= cs + 3
            && self.w(t0 - 1) == "to"
            && matches!(self.w(t0 - 2), "continue" | "keep")
            && matches!(self.w(t0 - 3), "would" | "will" | "'ll")
        {
            irrealis = false;
        }
        // "He will hold talks with Macron before travelling to Serbia", "is
        // due to meet Li before travelling to Tianjin": a gerund in an
        // adverbial clause shares the main verb's future.
        if !irrealis
            && hit.form.words[0].ends_with("ing")
            && t0 > cs
            && matches!(
                self.w(t0 - 1),
                "before" | "after" | "while" | "when" | "upon"
            )
        {
            irrealis = (cs..t0 - 1)
                .rev()
                .take(14)
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "that" | "which" | "who"))
                .any(|k| {
                    matches!(
                        self.w(k),
                        "will"
                            | "would"
                            | "shall"
                            | "'ll"
                            | "wo"
                            | "plans"
                            | "intends"
                            | "scheduled"
                            | "due"
                            | "expected"
                            | "set"
                            | "planning"
                            | "going"
                    )
                });
        }
        // "called on Iran to stop supplying drones": a call, not a halt.
        if (stopped && irrealis || directed) && !denial {
            return None;
        }
        // "had asked the Central Asian leaders to send troops", "urged
        // Berlin to deliver tanks": a request made of someone, not done
        // by them, whatever was denied of the request.
        if !noun && t0 >= cs + 3 && self.w(t0 - 1) == "to" {
            let request = (t0.saturating_sub(9).max(cs)..t0 - 2)
                .rev()
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "that" | "which" | "who"))
                .find(|&k| self.is(k, Lists::DIRECTIVE_VERBS));
            if request.is_some_and(|k| !matches!(self.w(k + 1), "for" | "on" | "to")) {
                return None;
            }
        }
        negated |= denial || stopped;
        // "The reporting about supply ... is not accurate."
        if !negated && report_before {
            let mut k = hit.t1;
            while k + 1 < self.end() {
                if matches!(self.w(k), "is" | "are" | "was" | "were") {
                    let next = self.w(k + 1);
                    let next2 = self.w(k + 2);
                    if (next == "not"
                        && matches!(next2, "accurate" | "true" | "correct" | "factual" | "right"))
                        || self.is(k + 1, Lists::FALSE_PREDICATES)
                    {
                        negated = true;
                    }
                    break;
                }
                k += 1;
            }
        }
        // Plans, offers and hypotheses are no relation, unless denied.
        if !negated {
            if irrealis || (noun && self.noun_in_plan(t0, cs)) {
                return None;
            }
            if !noun && t0 > cs && self.w(t0 - 1) == "to" {
                let mut g = t0 - 1;
                while g > cs && matches!(self.w(g - 1), "further" | "also" | "continue" | "then") {
                    if self.w(g - 1) == "continue" {
                        break;
                    }
                    g -= 1;
                }
                let governor = if g > cs { self.w(g - 1) } else { "" };
                let assertive = g > cs && self.is(g - 1, Lists::ASSERTIVE_GOVERNORS);
                // "signed agreements to normalise relations": an instrument
                // signed does what it is for.
                let signed_instrument = self.signed_instrument_before(g, cs);
                if !assertive && !self.first_to(g, cs) && !signed_instrument {
                    return None;
                }
                // "agreed to cooperate" is a tie made, but "agreed to meet"
                // and "vowed to visit" are meetings and trips still to come.
                if !cessation_applies
                    && matches!(
                        governor,
                        "agreed" | "agree" | "agrees" | "pledged" | "vowed"
                    )
                {
                    return None;
                }
            }
        }
        let hearsay = self
            .hearsay
            .iter()
            .any(|&(k, before)| if before { t0 < k } else { t0 > k });
        // A hedge says more than an unnamed speaker: "Officials said Iran
        // may have supplied missiles" is hedged.
        let modality = if self.reported || charged {
            Modality::Reported
        } else if hedged {
            Modality::Hedged
        } else if hearsay {
            Modality::Reported
        } else {
            Modality::Asserted
        };
        Some(Reading { negated, modality })
    }

    /// "signed agreements to normalise relations", "signed a deal worth
    /// about 7.9 billion euros on Friday to buy", "signed framework
    /// agreements on Wednesday to buy", "signed a $400 billion deal to
    /// supply": an instrument signed, then nothing or only its worth or a
    /// time, before the "to" at `to`.
    fn signed_instrument_before(&self, to: usize, cs: usize) -> bool {
        let mut k = to;
        while k > cs + 1 && to - k < 10 {
            let w = self.w(k - 1);
            let filler = matches!(
                w,
                "worth"
                    | "about"
                    | "around"
                    | "nearly"
                    | "some"
                    | "more"
                    | "than"
                    | "billion"
                    | "million"
                    | "euros"
                    | "dollars"
                    | "pounds"
                    | "$"
                    | "€"
                    | "on"
                    | "last"
                    | "this"
                    | "in"
            ) || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || crate::when::is_month_or_weekday(w);
            if !filler {
                break;
            }
            k -= 1;
        }
        k > cs
            && matches!(
                self.w(k - 1),
                "agreement"
                    | "agreements"
                    | "deal"
                    | "deals"
                    | "contract"
                    | "contracts"
                    | "accord"
                    | "accords"
                    | "treaty"
                    | "pact"
            )
            // "signed a $400 billion deal", "signed a new 30-year contract":
            // its worth or term may come first.
            && (k.saturating_sub(8).max(cs)..k - 1)
                .any(|j| matches!(self.w(j), "signed" | "signs" | "signing" | "concluded"))
    }

    /// "became the first Indian prime minister to visit Ukraine", "the
    /// most senior U.S. official to travel to China": who is the first to
    /// do something did it, unless a plan governs the whole ("will be the
    /// first"). `to` is the position of "to".
    fn first_to(&self, to: usize, cs: usize) -> bool {
        let from = to.saturating_sub(7).max(cs);
        let Some(f) = (from..to).rev().find(|&k| {
            matches!(self.w(k), "first" | "last" | "only" | "latest" | "most")
                && k > cs
                && self.w(k - 1) == "the"
        }) else {
            return false;
        };
        !(cs..f).any(|k| self.is(k, Lists::IRREALIS))
    }

    /// Whether a noun trigger is what a plan would bring about: "warned
    /// against travel to Tunisia", "an offer to host a summit to hammer out
    /// an agreement", "efforts to reach a deal".
    fn noun_in_plan(&self, t0: usize, cs: usize) -> bool {
        if t0 > cs && self.w(t0 - 1) == "against" {
            return true;
        }
        // The object of an infinitive: "to hammer out a framework agreement".
        // "urged ASEAN to present a united front in talks with China": after
        // a directive the infinitive's phrase may run longer.
        let infinitive = (t0.saturating_sub(8).max(cs)..t0.saturating_sub(1))
            .rev()
            .find(|&k| {
                self.w(k) == "to"
                    && !matches!(self.w(k + 1), "the" | "a" | "an" | "this" | "that")
                    && !self.in_actor(k + 1)
                    && (k..t0).all(|j| !matches!(self.w(j), "," | ";"))
                    && (k + 5 >= t0
                        || (k.saturating_sub(4).max(cs)..k)
                            .any(|j| self.is(j, Lists::DIRECTIVE_VERBS)))
            });
        let Some(to) = infinitive else {
            return false;
        };
        // "seeking to deepen a partnership" presupposes the partnership.
        if matches!(
            self.w(to + 1),
            "deepen"
                | "strengthen"
                | "expand"
                | "boost"
                | "widen"
                | "broaden"
                | "enhance"
                | "bolster"
                | "intensify"
                | "further"
                | "continue"
                | "maintain"
        ) {
            return false;
        }
        // A plan, offer or agreement that governs it, in the clause:
        // "agreed to hold talks" are talks still to come.
        (to.saturating_sub(14).max(cs)..to)
            .rev()
            .take_while(|&k| !matches!(self.w(k), "," | ";"))
            .any(|k| {
                self.is(k, Lists::IRREALIS)
                    || matches!(
                        self.w(k),
                        "agreed" | "agree" | "agrees" | "decided" | "decide" | "decides"
                    )
            })
    }

    // ----- emitting ----------------------------------------------------------

    /// Whether one entity is a person and the other that person's country:
    /// no one meets or partners their own state.
    fn own_country(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.an.entities[a], &self.an.entities[b]);
        let of = |p: &crate::document::DocEntity, c: &crate::document::DocEntity| {
            p.etype == EntityType::Person
                && c.etype == EntityType::Country
                && p.country.is_some()
                && p.country == c.country
        };
        of(a, b) || of(b, a)
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        rel: RelationType,
        src: Arg,
        tgt: Arg,
        reading: &Reading,
        base: f64,
        hit: Option<&Hit<'_>>,
        object: Option<String>,
    ) {
        // Supplies go between states: "Biden announced a new aid package
        // for Kyiv" is the United States' aid.
        let (src, tgt) = if matches!(rel, RelationType::Supplies | RelationType::CooperatesWith) {
            let person = |this: &Self, x: Arg| this.an.entities[x.0].etype == EntityType::Person;
            match (self.state_of(src), self.state_of(tgt)) {
                (Some(s), Some(t)) => (s, t),
                // A person of no known state stays a person beside another
                // person, and is no party beside a state.
                _ if person(self, src) && person(self, tgt) => (src, tgt),
                _ => return,
            }
        } else {
            (src, tgt)
        };
        // No one meets, cooperates with or visits their own country.
        let own_country_counts = rel.is_symmetric() || rel == RelationType::Visited;
        if src.0 == tgt.0 || own_country_counts && self.own_country(src.0, tgt.0) {
            return;
        }
        // A person or a delegation travels; a state does not ("North Korea
        // fired a missile that landed in the sea off Japan").
        if rel == RelationType::Visited && self.an.entities[src.0].etype == EntityType::Country {
            return;
        }
        // A place is where people meet, never whom they meet ("the meeting
        // with his counterparts in Suva").
        if rel == RelationType::MetWith
            && [src.0, tgt.0]
                .iter()
                .any(|&e| self.an.entities[e].etype == EntityType::Place)
        {
            return;
        }
        let factor = |r: Resolution| match r {
            Resolution::Named => 1.0,
            Resolution::ByRole => 0.9,
            Resolution::Anaphora => 0.85,
        };
        let mut confidence = base * factor(src.2) * factor(tgt.2);
        if reading.modality != Modality::Asserted {
            confidence *= 0.85;
        }
        if !self.an.entities[src.0].known || !self.an.entities[tgt.0].known {
            confidence *= 0.9;
        }
        let trigger = hit.map(|h| {
            Span::new(
                self.an.tokens[h.t0].span.start,
                self.an.tokens[h.t1 - 1].span.end,
            )
        });
        self.out.push(Found {
            relation: rel,
            source: src.0,
            target: tgt.0,
            negated: reading.negated,
            modality: reading.modality,
            object,
            confidence: confidence.clamp(0.0, 1.0),
            sentence: self.si,
            trigger,
            source_span: Some(src.1),
            target_span: Some(tgt.1),
        });
        if rel == RelationType::MetWith && !reading.negated {
            let mut parts = vec![src.0, tgt.0];
            if let Some((s, old)) = &self.an.last_meeting {
                if *s == self.si {
                    for p in old {
                        if !parts.contains(p) {
                            parts.push(*p);
                        }
                    }
                }
            }
            self.an.last_meeting = Some((self.si, parts));
        }
        // A visit inferred without a trigger of its own names no visitor
        // for the sentences after.
        if rel == RelationType::Visited
            && !reading.negated
            && hit.is_some()
            && self.an.entities[src.0].etype == EntityType::Person
        {
            self.an.last_visitor = Some(src.0);
            self.an.last_visit = Some((src.0, tgt.0));
        }
    }

    fn pairs(
        &mut self,
        rel: RelationType,
        group: &[Arg],
        reading: &Reading,
        base: f64,
        hit: &Hit<'_>,
    ) {
        for i in 0..group.len() {
            for j in i + 1..group.len() {
                self.emit(rel, group[i], group[j], reading, base, Some(hit), None);
            }
        }
    }

    #[allow(clippy::too_many_arguments)] // the emit parameters plus the two argument lists
    fn cross(
        &mut self,
        rel: RelationType,
        a: &[Arg],
        b: &[Arg],
        reading: &Reading,
        base: f64,
        hit: &Hit<'_>,
        object: Option<String>,
    ) {
        for &x in a {
            for &y in b {
                self.emit(rel, x, y, reading, base, Some(hit), object.clone());
            }
        }
    }

    // ----- met-with ------------------------------------------------------------

    /// "was (warmly) received by", "were sharply criticised by": the
    /// position of the agent's "by" when the trigger is a passive.
    fn passive_by(&self, hit: &Hit<'_>) -> Option<usize> {
        // "was welcomed in Pyongyang by Kim": a place may stand before "by";
        // "was received on Saturday by", "later by": so may a time.
        let mut by = hit.t1 + self.time_phrase_len(hit.t1);
        if matches!(self.w(by), "in" | "at") {
            if let Some(a) = self.actors.iter().find(|a| a.t0 == by + 1) {
                by = a.t1;
            } else {
                // "was greeted at the airport by Kim": a short noun phrase.
                let mut k = by + 1;
                if matches!(self.w(k), "the" | "a" | "an") {
                    k += 1;
                }
                let nouns = (k..(k + 3).min(self.end()))
                    .take_while(|&j| {
                        !self.in_actor(j)
                            && self.w(j).chars().all(|c| c.is_alphabetic() || c == '-')
                            && !self.w(j).is_empty()
                            && self.w(j) != "by"
                    })
                    .count();
                if nouns > 0 {
                    by = k + nouns;
                }
            }
        }
        (self.w(by) == "by" && self.passive_auxiliary_before(hit.t0)).then_some(by)
    }

    /// Whether a passive auxiliary stands before the participle at `t`, with
    /// up to two adverbs or negators between: "was (sharply) criticised",
    /// "was not supplied".
    fn passive_auxiliary_before(&self, t: usize) -> bool {
        let mut p = t;
        for _ in 0..2 {
            let w = self.w(p.wrapping_sub(1));
            if p > self.first()
                && (w.len() > 3 && w.ends_with("ly")
                    || matches!(w, "not" | "never" | "also" | "later" | "then" | "first"))
            {
                p -= 1;
            }
        }
        p > self.first()
            && matches!(
                self.w(p - 1),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
    }

    fn meet_verb(&mut self, hit: &Hit<'_>) {
        // "met with criticism", "was met with strong opposition": a reaction, no meeting.
        if self.w(hit.t1) == "with"
            && (hit.t1 + 1..(hit.t1 + 3).min(self.end())).any(|k| {
                matches!(
                    self.w(k),
                    "criticism"
                        | "condemnation"
                        | "opposition"
                        | "protest"
                        | "protests"
                        | "resistance"
                        | "skepticism"
                        | "scepticism"
                        | "approval"
                        | "applause"
                        | "silence"
                        | "anger"
                        | "outrage"
                        | "dismay"
                        | "praise"
                        | "derision"
                )
            })
        {
            return;
        }
        let Some(reading) = self.read(hit) else {
            self.meeting_to_come |= self.planned(hit.t0);
            return;
        };
        // "A and B did not discuss Taiwan": what is denied is the topic, not
        // that they talked.
        if reading.negated && hit.form.words[0].starts_with("discuss") && self.w(hit.t1) != "with" {
            return;
        }
        if let Some(by) = self.passive_by(hit) {
            let agent = self.object_after(by + 1, None, ACTORS, 8);
            let patient = self.subject_before(hit.t0, ACTORS, 12);
            let (a, p) = (self.refs(&agent), self.refs(&patient));
            self.cross(RelationType::MetWith, &a, &p, &reading, 0.85, hit, None);
            return;
        }
        // "a BRICS summit hosted by Putin", "the dinner given by Macron": a
        // participle after a thing says who held it, not whom they met. But
        // "A and B met for talks hosted by C": the host met each of them.
        if self.w(hit.t1) == "by"
            && hit.t0 > self.first()
            && !self.in_actor(hit.t0 - 1)
            && !matches!(self.w(hit.t0 - 1), "," | "and" | "who" | "was" | "were")
        {
            if matches!(
                self.w(hit.t0 - 1),
                "talks" | "meeting" | "meetings" | "negotiations"
            ) {
                let host = self.object_after(hit.t1 + 1, None, &[EntityType::Person], 6);
                let guests = self.sentence_subject(hit.t0, &[EntityType::Person]);
                if !host.is_empty() && guests.len() >= 2 {
                    let (h, g) = (self.refs(&host), self.refs(&guests));
                    self.cross(RelationType::MetWith, &h, &g, &reading, 0.75, hit, None);
                }
            }
            return;
        }
        let subject = self.subject_of(hit, ACTORS, 15);
        let direct = matches!(
            hit.form.words[0].as_str(),
            "received"
                | "receives"
                | "receive"
                | "hosted"
                | "hosts"
                | "host"
                | "welcomed"
                | "welcomes"
                | "greeted"
                | "greets"
                | "called"
                | "calls"
                | "phoned"
                | "phones"
                | "telephoned"
                | "telephones"
                | "embraced"
                | "embraces"
                | "hugged"
                | "hugs"
        );
        // "shuttled between Beirut and Jerusalem" visits the places; only
        // "shuttled between Yamani and Abdulsalam" meets the persons.
        let shuttle = hit.form.words[0].starts_with("shuttl");
        let persons: &[EntityType] = if direct || shuttle {
            &[EntityType::Person]
        } else {
            ACTORS
        };
        // "discussed the purchase with Trump", "co-chaired the forum with
        // Xi": what is discussed or chaired stands between the verb and whom
        // it is done with.
        let words = &hit.form.words;
        // "hosted a meeting between Erdogan and Kristersson", "chaired the
        // talks with Vucic and Kurti": the host or chair met those the
        // meeting was between or with.
        let chair = words[0].starts_with("chair") || words[0].starts_with("presid");
        let holds_meeting = (chair || words[0].starts_with("host"))
            && (hit.t1..(hit.t1 + 3).min(self.end())).any(|k| {
                matches!(
                    self.w(k),
                    "meeting" | "meetings" | "talks" | "negotiations" | "summit" | "round"
                )
            });
        let between = if holds_meeting {
            (hit.t1..(hit.t1 + 9).min(self.end()))
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "." | "that" | "which" | "who"))
                .find(|&k| matches!(self.w(k), "with" | "between") && !self.in_actor(k))
        } else {
            None
        };
        // A chair with no one named after the meeting met no one:
        // "chaired a meeting of the Security Council".
        if chair && between.is_none() {
            return;
        }
        let from = if let Some(k) = between {
            k
        } else if words[0].starts_with("discuss")
            || (words[0] == "co"
                && words
                    .get(2)
                    .is_some_and(|w| w.starts_with("chair") || w.starts_with("host")))
        {
            (hit.t1..(hit.t1 + 8).min(self.end()))
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "." | "that" | "which" | "who"))
                .find(|&k| self.w(k) == "with" && !self.in_actor(k))
                .unwrap_or(hit.t1)
        } else {
            hit.t1
        };
        let mut object = self.object_after(
            from,
            hit.form.prep.as_deref(),
            persons,
            if direct { 3 } else { 7 },
        );
        // "Putin, whom he met in May", "Putin, with whom he has spoken by
        // phone": the one named before the relative clause is met.
        let mut subject = subject;
        // ("Putin, whom he called a friend", names him.)
        let naming = hit.form.words[0].starts_with("call")
            && matches!(
                self.w(hit.t1),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "\""
            );
        if object.is_empty() && !naming {
            if let Some((s, partner)) = self.relative_partner(hit.t0) {
                subject = s;
                object = partner;
            }
        }
        // "received a Jordanian delegation led by Foreign Minister Ayman
        // Safadi": whoever leads a delegation met is met.
        if let Some(by) = self.delegation_led_by(from) {
            let leader = self.object_after(by + 1, None, &[EntityType::Person], 5);
            if !leader.is_empty() {
                object = leader;
            }
        }
        // "welcomed President Biden's statement", "received Kim's letter":
        // what is welcomed is the thing, not its owner.
        if direct && object.last().is_some_and(|&i| self.actors[i].possessive) {
            object.clear();
        }
        // "Biden called Xi a dictator": naming someone is no call.
        let naming = hit.form.words[0].starts_with("call")
            && object.last().is_some_and(|&i| {
                matches!(
                    self.w(self.actors[i].t1),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its"
                )
            });
        if naming {
            return;
        }
        // "called on President Murmu" is a visit of courtesy; "called on
        // Iran to stop" is a demand.
        if hit.form.words.get(1).is_some_and(|w| w == "on")
            && object
                .last()
                .is_none_or(|&i| self.w(self.actors[i].t1) == "to")
        {
            return;
        }
        let mut s = self.refs(&subject);
        let o = self.refs(&object);
        // "met with the Chinese" style objects that are countries need a person subject.
        if !o.is_empty() {
            // A subject that is only a pronoun possessive is no subject.
            s.retain(|x| o.iter().all(|y| y.0 != x.0));
            let base = if hit.form.prep.is_some() || !direct {
                0.9
            } else {
                0.8
            };
            self.cross(RelationType::MetWith, &s, &o, &reading, base, hit, None);
            if direct && !reading.negated {
                self.guest_visit(hit, &object, &reading);
            }
        } else if s.len() >= 2 && hit.form.prep.is_none() && !direct {
            self.pairs(RelationType::MetWith, &s, &reading, 0.8, hit);
        } else if s.len() >= 2
            && hit.form.prep.is_some()
            && !matches!(hit.form.words.as_slice(), [w] if w == "talks" || w == "talk")
            // "Duda and Tusk met Biden": the form without "with" took the
            // object; the two met Biden, not each other.
            && self.object_after(hit.t1, None, &[EntityType::Person], 7).is_empty()
        {
            // "A and B held talks" written with the with-form missing its
            // object. A lone "talks" with no "with" is the noun, read as such:
            // "Qatar and Egypt mediated talks between Israel and Hamas".
            self.pairs(RelationType::MetWith, &s, &reading, 0.75, hit);
        }
    }

    fn meet_noun(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            self.meeting_to_come |= self.planned(hit.t0);
            return;
        };
        // "The two leaders did not hold a joint news conference": leaders
        // who meet without facing the press together still met.
        if reading.negated && hit.form.words.iter().any(|w| w == "conference") {
            return;
        }
        // "the meeting between A and B (and C)"
        if let Some(group) = self.between(hit.t1, ACTORS) {
            // "negotiations between the Taliban and Kabul, which are due to
            // begin next month": talks still to come.
            let after = group.last().map_or(hit.t1, |&i| self.actors[i].t1);
            if self.to_come_after(after) {
                self.meeting_to_come = true;
                return;
            }
            let g = self.refs(&group);
            self.pairs(RelationType::MetWith, &g, &reading, 0.9, hit);
            return;
        }
        let mut agent = self.possessor_before(hit.t0, &[EntityType::Person]);
        if agent.is_empty() {
            // "held more than four hours of informal talks": a measure may
            // stand between the verb and the talks.
            if let Some(lv) = self.verb_before(hit.t0, Lists::LIGHT_VERBS, 8) {
                agent = self.subject_before(lv, ACTORS, 12);
            }
        }
        let mut with = self.object_after(hit.t1, Some("with"), ACTORS, 7);
        // "received a phone call from Qatar's emir": a call comes from
        // someone, to the subject of the verb that takes it.
        if with.is_empty() && hit.form.words.last().is_some_and(|w| w == "call") {
            let taker = (hit.t0.saturating_sub(4).max(self.first())..hit.t0)
                .rev()
                .find(|&k| {
                    matches!(
                        self.w(k),
                        "received"
                            | "receives"
                            | "receive"
                            | "took"
                            | "takes"
                            | "take"
                            | "answered"
                            | "answer"
                            | "got"
                            | "gets"
                            | "get"
                    )
                });
            if let Some(v) = taker {
                with = self.object_after(hit.t1, Some("from"), ACTORS, 7);
                if agent.is_empty() && !with.is_empty() {
                    agent = self.subject_before(v, ACTORS, 12);
                }
            }
        }
        // "In a phone call with Macron, Zelensky thanked …": a fronted
        // phrase's meeting is the clause subject's.
        if !with.is_empty() && agent.iter().all(|&i| self.actors[i].pronoun) {
            let main = self.fronted_phrase_subject(hit.t0, hit.t1, false);
            if !main.is_empty() {
                agent = main;
            }
        }
        // "King Abdullah warned of a regional war during a meeting with
        // Macron": a meeting in an adjunct after the verb is the subject's.
        if !with.is_empty() && agent.is_empty() {
            // "after face-to-face talks with Ali": modifiers may stand between.
            let prep = (hit.t0.saturating_sub(7).max(self.first())..hit.t0)
                .rev()
                .find(|&k| matches!(self.w(k), "during" | "at" | "after" | "before" | "in"))
                .filter(|&k| {
                    (k + 1..hit.t0).all(|j| {
                        // "in peace negotiations with Syria" may be any
                        // talks; "in the talks" are these.
                        matches!(self.w(j), "a" | "an" | "the" | "his" | "her")
                            || (self.w(k) != "in"
                                && (self.w(j) == "-"
                                    || (!self.in_actor(j) && self.is_modifier(j))
                                    || (self.w(j - 1) == "-" && self.w(j + 1) == "-")))
                    })
                });
            if let Some(k) = prep.filter(|&k| k > self.first()) {
                agent = self.subject_before(k, &[EntityType::Person, EntityType::Country], 25);
            }
        }
        // "Putin, with whom he held talks on Monday".
        if with.is_empty() {
            if let Some((s, partner)) = self.relative_partner(hit.t0) {
                agent = s;
                with = partner;
            }
        }
        // "Rutte apologised to Erdogan in a phone call", "told Wang Yi in a
        // phone call that …": the call is between the clause's subject and
        // whom the verb before it addresses.
        if with.is_empty() && agent.is_empty() {
            if let Some((caller, callee)) = self.call_parties(hit) {
                agent = caller;
                with = callee;
            }
        }
        let a = self.refs(&agent);
        let w = self.refs(&with);
        if !w.is_empty() && !a.is_empty() {
            self.cross(RelationType::MetWith, &a, &w, &reading, 0.85, hit, None);
            // "a joint phone call with Netanyahu, Burhan and Hamdok": all
            // who join a joint call or meeting meet one another.
            let joint = (hit.t0.saturating_sub(3).max(self.first())..hit.t0)
                .any(|k| matches!(self.w(k), "joint" | "trilateral" | "three-way"));
            if joint && w.len() >= 2 {
                self.pairs(RelationType::MetWith, &w, &reading, 0.8, hit);
            }
        } else if a.len() >= 2 {
            self.pairs(RelationType::MetWith, &a, &reading, 0.75, hit);
        } else if w.is_empty() && a.is_empty() {
            // "he and Mr. Yun, ..., at the Foreign Ministers' Meeting": the
            // coordinated subject of the clause met.
            let prev = if hit.t0 > self.first() {
                self.w(hit.t0 - 1)
            } else {
                ""
            };
            // "A and B arrived in Geneva for talks": so did states.
            let types: &[EntityType] = if prev == "for" {
                ACTORS
            } else {
                &[EntityType::Person]
            };
            if matches!(prev, "at" | "during" | "for")
                || self.prev_is_at(hit.t0)
                || self.measured_adjunct_before(hit.t0)
                || (self.after_adjunct_before(hit.t0)
                    && !matches!(self.w(hit.t1), "between" | "among" | "involving" | "by"))
            {
                // "Putin and Zelenskiy will meet at a summit next month":
                // the clause's meeting is still to come.
                let mut clause = hit.t0.saturating_sub(10).max(self.first())..hit.t0;
                if clause.any(|k| self.is(k, Lists::IRREALIS)) {
                    self.meeting_to_come = true;
                    return;
                }
                let subject = self.subject_before(hit.t0, types, 25);
                let s = self.refs(&subject);
                if s.len() >= 2 {
                    self.pairs(RelationType::MetWith, &s, &reading, 0.7, hit);
                }
            }
        }
    }

    /// "Putin, whom he met", "Putin, with whom he spoke": for a relative
    /// clause whose object is the actor before it, with its subject and
    /// the verb or noun at `t` after it, that clause's subject and the actor.
    fn relative_partner(&self, t: usize) -> Option<(Group, Group)> {
        let first = self.first();
        let whom = (t.saturating_sub(5).max(first)..t)
            .rev()
            .find(|&k| self.w(k) == "whom")?;
        let subject = self.actors.iter().position(|a| a.t0 == whom + 1)?;
        // Only auxiliaries and adverbs between the subject and the verb.
        if !(self.actors[subject].t1..t).all(|k| {
            matches!(
                self.w(k),
                "has" | "had" | "have" | "was" | "were" | "is" | "also" | "first" | "last" | "held"
            )
        }) {
            return None;
        }
        let k = whom - usize::from(whom > first && self.w(whom - 1) == "with");
        if k <= first || self.w(k - 1) != "," {
            return None;
        }
        let types = [EntityType::Person, EntityType::Country];
        let partner = self
            .actors
            .iter()
            .position(|a| a.t1 + 1 == k && !a.pronoun && self.fits(a, &types))?;
        // "Tokayev thanked Putin, whom he met": "he" is not Putin, whom the
        // nearest reading makes it, but the sentence's subject.
        let mut who = Group::one(subject);
        if self.actors[subject].pronoun {
            let main = self.sentence_subject(k, &types);
            if !main.is_empty() {
                who = main;
            }
        }
        let theirs = self.refs(&who);
        let partners = self.refs(&[partner]);
        let apart = theirs.iter().all(|x| partners.iter().all(|y| x.0 != y.0));
        (apart && who.iter().all(|&i| self.fits(&self.actors[i], &types)))
            .then(|| (who, Group::one(partner)))
    }

    /// The two sides of "A told B in a phone call", "A apologised to B
    /// during a call": the verb's subject and the one it addresses, named
    /// right before the call's preposition.
    fn call_parties(&self, hit: &Hit<'_>) -> Option<(Group, Group)> {
        if hit.form.words.last().is_none_or(|w| w != "call") {
            return None;
        }
        let first = self.first();
        let prep = (hit.t0.saturating_sub(3).max(first)..hit.t0)
            .rev()
            .find(|&k| matches!(self.w(k), "in" | "during"))
            .filter(|&k| (k + 1..hit.t0).all(|j| matches!(self.w(j), "a" | "an" | "the")))?;
        let types = [EntityType::Person, EntityType::Country];
        let callee = self
            .actors
            .iter()
            .position(|a| a.t1 == prep && !a.pronoun && !a.possessive && self.fits(a, &types))?;
        let t0 = self.actors[callee].t0;
        // The verb and "to", or "his Chinese counterpart", between them.
        let caller = self.actors[..callee].iter().rposition(|a| {
            a.t1 <= t0
                && !a.pronoun
                && !a.possessive
                && !matches!(self.w(a.t1), "counterpart" | "counterparts")
        })?;
        let a = &self.actors[caller];
        if a.t1 + 6 < t0 || !self.fits(a, &types) || self.in_pp(a) {
            return None;
        }
        Some((Group::one(caller), Group::one(callee)))
    }

    /// Whether what ends at `t` is said to be still to come: ", which are
    /// due to begin", "are expected to start", "will open".
    fn to_come_after(&self, t: usize) -> bool {
        let mut k = t;
        // The rest of the noun phrase: "the Afghan government".
        while k < t + 3 && k < self.end() && self.is_modifier(k) {
            k += 1;
        }
        if self.w(k) == "," {
            k += 1;
        }
        if matches!(self.w(k), "which" | "that") {
            k += 1;
        }
        if matches!(self.w(k), "are" | "is" | "were" | "was") {
            k += 1;
        }
        k > t && self.is(k, Lists::IRREALIS)
    }

    /// "agreed to a ceasefire after more than 16 hours of talks", "during
    /// two days of intense negotiations": talks measured in time, in an
    /// adjunct of the clause, are its subjects'.
    fn measured_adjunct_before(&self, t: usize) -> bool {
        if t < self.first() + 2 || self.w(t - 1) != "of" {
            return false;
        }
        let mut k = t - 1;
        let mut measured = false;
        while k > self.first() && t - k <= 8 {
            k -= 1;
            let w = self.w(k);
            if matches!(w, "after" | "during" | "following" | "at") {
                return measured;
            }
            measured |= matches!(
                w,
                "hours" | "days" | "weeks" | "months" | "rounds" | "round" | "day" | "night"
            );
            let filler = matches!(
                w,
                "a" | "an" | "the" | "more" | "than" | "nearly" | "almost" | "about" | "over" | "-"
            ) || is_count(w)
                || (!self.in_actor(k) && self.is_modifier(k));
            if !filler {
                return false;
            }
        }
        false
    }

    /// "agreed …, after face-to-face talks", "following lengthy
    /// negotiations": talks in an adjunct of time, their modifiers between,
    /// are the clause subjects'.
    fn after_adjunct_before(&self, t: usize) -> bool {
        let first = self.first();
        let mut k = t;
        while k > first && t - k <= 6 {
            k -= 1;
            let w = self.w(k);
            if matches!(w, "after" | "following") {
                return true;
            }
            // "face-to-face", "closed-door", "lengthy", "two rounds of".
            let modifier = w == "-"
                || (w == "to" && self.w(k + 1) == "-")
                || (!self.in_actor(k) && self.is_modifier(k));
            if !modifier {
                return false;
            }
        }
        false
    }

    /// The "by" of "a delegation led by" or "a team headed by" within a
    /// few words after `t`, in the same clause.
    fn delegation_led_by(&self, t: usize) -> Option<usize> {
        (t..(t + 6).min(self.end()))
            .take_while(|&k| !matches!(self.w(k), "," | ";" | "." | "that" | "which" | "who"))
            .find(|&k| {
                matches!(self.w(k), "delegation" | "delegations" | "team" | "mission")
                    && matches!(self.w(k + 1), "led" | "headed")
                    && self.w(k + 2) == "by"
            })
            .map(|k| k + 2)
    }

    /// "talks in Minsk brokered by Merkel and Hollande", "a summit mediated
    /// by Macron": whoever brokers or chairs talks meets each person the
    /// sentence has meeting.
    #[inline(never)]
    fn mediated_meetings(&mut self) {
        for k in self.first() + 1..self.end() {
            if !self.is(k, Lists::MEDIATING_VERBS) || self.w(k + 1) != "by" {
                continue;
            }
            let about_talks = (k.saturating_sub(5).max(self.first())..k).any(|j| {
                matches!(
                    self.w(j),
                    "talks" | "summit" | "meeting" | "negotiations" | "dialogue" | "meetings"
                )
            });
            if !about_talks {
                continue;
            }
            let hosts = self.object_after(k + 2, None, &[EntityType::Person], 4);
            let hosts = self.refs(&hosts);
            let mut parties: Vec<(usize, Option<Span>)> = Vec::new();
            for f in &self.out {
                if f.relation != RelationType::MetWith || f.negated || f.sentence != self.si {
                    continue;
                }
                for (e, span) in [(f.source, f.source_span), (f.target, f.target_span)] {
                    if self.an.entities[e].etype == EntityType::Person
                        && !hosts.iter().any(|h| h.0 == e)
                        && !parties.iter().any(|(p, _)| *p == e)
                    {
                        parties.push((e, span));
                    }
                }
            }
            let trigger = self.an.tokens[k].span;
            let reading = Reading {
                negated: false,
                modality: Modality::Asserted,
            };
            for &h in &hosts {
                for &(p, span) in &parties {
                    let tgt = (p, span.unwrap_or(trigger), Resolution::Named);
                    self.emit(RelationType::MetWith, h, tgt, &reading, 0.7, None, None);
                }
            }
        }
    }

    fn prev_is_at(&self, t: usize) -> bool {
        // "at the Japan-ROK Foreign Ministers' Meeting": `at` within a few words before the noun.
        (t.saturating_sub(8).max(self.first())..t)
            .rev()
            .take(8)
            .any(|k| self.w(k) == "at")
    }

    fn light_verb_before(&self, t: usize) -> Option<usize> {
        self.verb_before(t, Lists::LIGHT_VERBS, 6)
    }

    /// A verb of `list` at most `window` words before `t`, in the same clause.
    fn verb_before(&self, t: usize, list: Lists, window: usize) -> Option<usize> {
        if !self.present.has(list) {
            return None;
        }
        let mut p = t;
        let mut n = 0;
        while p > self.first() && n < window {
            p -= 1;
            n += 1;
            if self.is(p, list) {
                return Some(p);
            }
            if matches!(self.w(p), "," | ";" | "." | "that" | "which") {
                return None;
            }
        }
        None
    }

    fn between(&self, t: usize, types: &[EntityType]) -> Option<Group> {
        let limit = (t + BETWEEN_WINDOW).min(self.end());
        let k = (t..limit).find(|&k| self.w(k) == "between")?;
        if (t..k).any(|j| matches!(self.w(j), "," | ";")) {
            return None;
        }
        // "talks between the rivals", "between the two sides": the pair
        // the sentence opens with.
        if matches!(
            (self.w(k + 1), self.w(k + 2), self.w(k + 3)),
            (
                "the",
                "rivals" | "sides" | "parties" | "neighbours" | "neighbors",
                _
            ) | (
                "the",
                "two",
                "sides" | "parties" | "rivals" | "countries" | "governments"
            ) | ("them", _, _)
        ) {
            let group = self.sentence_subject(t, types);
            if group.len() >= 2 {
                return Some(group);
            }
        }
        let first = self
            .actors
            .iter()
            .position(|a| a.t0 > k && self.fits(a, types))?;
        let gap_ok = (k + 1..self.actors[first].t0).all(|j| {
            self.is(j, Lists::NP_FILLERS)
                || matches!(self.w(j), "leaders" | "two" | "officials")
                || self.in_actor(j)
        });
        if !gap_ok {
            return None;
        }
        let group = self.coordinated_right(first, types);
        (group.len() >= 2).then_some(group)
    }

    // ----- visited ----------------------------------------------------------------

    fn destination(&mut self, group: &[usize]) -> Args {
        let want = [EntityType::Place, EntityType::Country];
        // "a visit to India, Pakistan's arch-rival": a possessor after the
        // first stop owns what follows it and is no stop.
        let mut stops = Group::new();
        for (n, &i) in group.iter().enumerate() {
            if n > 0 && self.actors[i].possessive {
                continue;
            }
            // "to the Black Sea resort of Sochi": the resort is the stop, not
            // the sea it lies on.
            let stop = self.kind_of_place_around(i).unwrap_or(i);
            // A stop named twice in a row is one stop.
            if stops.last() != Some(&stop) {
                stops.push(stop);
            }
        }
        let mut out = Args::new();
        for &(r, span, res) in &self.refs_as(&stops, &[EntityType::Place]) {
            let e = &self.an.entities[r];
            if want.contains(&e.etype) && !is_in(&lexicon::MACRO_REGIONS, &e.name) {
                out.push((r, span, res));
            }
        }
        out
    }

    fn visit_verb(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        let subject = self.subject_of(hit, ACTORS, 15);
        // "Tanks supplied by Germany arrived in Ukraine": the agent of a
        // participle is no subject; the leader of a delegation is.
        if subject
            .first()
            .is_some_and(|&i| self.agent_of_participle(self.actors[i].t0))
        {
            return;
        }
        let mut object = self.object_after(
            hit.t1,
            hit.form.prep.as_deref(),
            &[EntityType::Place, EntityType::Country],
            5,
        );
        // "visited a mosque in Abu Dhabi", "visited the headquarters of
        // Alibaba in Hangzhou": a site visited lies in the place named after it.
        if object.is_empty() && hit.form.prep.is_none() {
            let site_end = (hit.t1..(hit.t1 + 10).min(self.end()))
                .take_while(|&k| {
                    !matches!(self.w(k), "," | ";" | "." | "and" | "to" | "with" | "for")
                })
                .find(|&k| matches!(self.w(k), "in" | "near"));
            if let Some(k) = site_end.filter(|&k| {
                k > hit.t1 && matches!(self.w(hit.t1), "a" | "an" | "the" | "its" | "his" | "her")
            }) {
                object =
                    self.object_after(k + 1, None, &[EntityType::Place, EntityType::Country], 3);
                // "Abe visited the Yasukuni shrine in Tokyo": a site at home
                // is no journey abroad.
                let countries = |group: &Group| -> Vec<&str> {
                    group
                        .iter()
                        .flat_map(|&i| self.actors[i].refs.iter())
                        .filter_map(|&r| self.an.entities[r].country.as_deref())
                        .collect()
                };
                let (homes, sites) = (countries(&subject), countries(&object));
                if sites.iter().any(|c| homes.contains(c)) {
                    object.clear();
                }
            }
        }
        // "went on to praise Russia", "went to great lengths to supply
        // Russia": an infinitive follows, not a destination.
        if let (Some("to"), Some(&first)) = (hit.form.prep.as_deref(), object.first()) {
            // "flew on to Tbilisi", "flew on to the port city of Aqaba" go on.
            let went_on = self.w(hit.t1) == "on"
                && self.w(hit.t1 + 1) == "to"
                && self.actors[first].t0 != hit.t1 + 2
                && self.place_of_kind(hit.t1 + 2).is_none();
            let infinitive = (hit.t1..self.actors[first].t0)
                .filter(|&k| self.w(k) == "to")
                .count()
                > 1;
            if went_on || infinitive {
                return;
            }
        }
        // "travelled to the far eastern port city of Vladivostok": the
        // place may stand past the window, after its kind.
        if object.is_empty() {
            if let Some(prep) = hit.form.prep.as_deref() {
                let at = (hit.t1..(hit.t1 + 3).min(self.end())).find(|&k| self.w(k) == prep);
                object.extend(at.and_then(|k| self.place_of_kind(k + 1)));
            }
        }
        self.further_stops(&mut object);
        let s = self.refs(&subject);
        let o = self.destination(&object);
        self.cross(RelationType::Visited, &s, &o, &reading, 0.9, hit, None);
        self.capital_of(&o, &s, &reading, hit);
    }

    /// Stops named after the last of `stops`: "flew to Jakarta and then to
    /// Surabaya", "flew to Ceuta and the neighbouring enclave of Melilla".
    fn further_stops(&self, stops: &mut Group) {
        while let Some(&last) = stops.last() {
            let mut k = self.actors[last].t1;
            if self.w(k) != "and" {
                return;
            }
            k += 1;
            if matches!(self.w(k), "then" | "later" | "also") {
                k += 1;
            }
            if matches!(self.w(k), "to" | "in") {
                k += 1;
            } else if self.w(k) == "the" {
                // "the (neighbouring) enclave of Melilla".
                match self.place_of_kind(k) {
                    Some(i) if !stops.contains(&i) => stops.push(i),
                    _ => return,
                }
                continue;
            } else {
                return;
            }
            let next = self
                .actors
                .iter()
                .position(|a| a.t0 == k && self.names_a_place(a));
            match next {
                Some(i) if !stops.contains(&i) => stops.push(i),
                _ => return,
            }
        }
    }

    /// Whether an actor names places or states only.
    fn names_a_place(&self, a: &Actor) -> bool {
        !a.refs.is_empty()
            && a.refs.iter().all(|&r| {
                matches!(
                    self.an.entities[r].etype,
                    EntityType::Place | EntityType::Country
                )
            })
    }

    /// "the Uzbek city of Samarkand", "the Black Sea resort of Sochi", "the
    /// (neighbouring) enclave of Melilla": from `the` at `k`, a kind of place
    /// and "of", the actor that names the place itself. Between "the" and the
    /// kind stand modifiers, or the state or region the place lies in.
    fn place_of_kind(&self, k: usize) -> Option<usize> {
        if self.w(k) != "the" {
            return None;
        }
        let of = (k + 2..(k + 7).min(self.end())).find(|&j| self.w(j) == "of")?;
        let kind = matches!(
            self.w(of - 1),
            "city"
                | "town"
                | "port"
                | "resort"
                | "village"
                | "enclave"
                | "region"
                | "province"
                | "island"
                | "capital"
        );
        // Each word before the kind is a modifier or in an actor naming a
        // place; "port city" and "resort town" are two kinds in a row.
        let between = (k + 1..of - 1).all(|j| {
            self.is_modifier(j)
                || self
                    .actors
                    .iter()
                    .any(|a| a.t0 <= j && j < a.t1 && self.names_a_place(a))
        });
        if !kind || !between {
            return None;
        }
        self.actors
            .iter()
            .position(|a| a.t0 == of + 1 && !a.possessive && self.names_a_place(a))
    }

    /// The place named after the kind of place that actor `i` stands in
    /// front of: "Uzbek" in "the Uzbek city of Samarkand" gives Samarkand.
    fn kind_of_place_around(&self, i: usize) -> Option<usize> {
        let first = self.first();
        let mut t = self.actors[i].t0;
        // "the southern Indian port city of": modifiers before the actor.
        for _ in 0..2 {
            if t > first && self.w(t - 1) != "the" && self.is_modifier(t - 1) {
                t -= 1;
            }
        }
        if t <= first || self.w(t - 1) != "the" {
            return None;
        }
        self.place_of_kind(t - 1).filter(|&j| j != i)
    }

    /// "the Greek government", "Greece's authorities", "the government of
    /// Greece" at `p` (past its article): the state whose government it is,
    /// when the phrase is not itself a possessor ("the Greek government's
    /// decision" names the decision).
    fn government_named_at(&self, p: usize) -> Option<usize> {
        let government = |k: usize| {
            matches!(
                self.w(k),
                "government" | "authorities" | "leadership" | "regime" | "administration"
            )
        };
        let state = |a: &Actor| !a.refs.is_empty() && self.fits(a, &[EntityType::Country]);
        let (i, end) = if government(p) && self.w(p + 1) == "of" {
            let i = self.actors.iter().position(|a| a.t0 == p + 2 && state(a))?;
            (i, self.actors[i].t1)
        } else {
            let i = self.actors.iter().position(|a| a.t0 == p && state(a))?;
            let noun = self.actors[i].t1 + usize::from(self.actors[i].possessive);
            if !government(noun) {
                return None;
            }
            (i, noun + 1)
        };
        (!self.actors[i].possessive || self.w(self.actors[i].t1) == "'s")
            .then_some(i)
            .filter(|_| !matches!(self.w(end), "'s" | "'"))
    }

    /// Whether the phrase at `t` is the agent of a participle that modifies
    /// a thing: "tanks supplied by Germany", "aid financed by Japan". A
    /// delegation "led by" or a leader "accompanied by" someone travels with
    /// them, so those agents are not counted.
    fn agent_of_participle(&self, t: usize) -> bool {
        if t < self.first() + 2 || self.w(t - 1) != "by" {
            return false;
        }
        let participle = self.w(t - 2);
        let is_participle = participle.ends_with("ed")
            || matches!(
                participle,
                "sent" | "made" | "built" | "sold" | "given" | "paid" | "bought" | "lent"
            );
        is_participle
            && !matches!(
                participle,
                "led" | "headed" | "accompanied" | "joined" | "chaired" | "escorted"
            )
    }

    /// "Kyiv, the capital of Ukraine": a visit to the city is one to the country.
    fn capital_of(&mut self, dest: &[Arg], visitors: &[Arg], reading: &Reading, hit: &Hit<'_>) {
        for &(d, span, _) in dest {
            let Some(ai) = self.actors.iter().position(|a| a.head == span) else {
                continue;
            };
            let t = self.actors[ai].t1;
            if self.w(t) == ","
                && self.w(t + 1) == "the"
                && self.w(t + 2) == "capital"
                && self.w(t + 3) == "of"
            {
                if let Some(ci) = self
                    .actors
                    .iter()
                    .position(|a| a.t0 == t + 4 || a.t0 == t + 5)
                {
                    let c = self.refs(&[ci]);
                    let _ = d;
                    self.cross(
                        RelationType::Visited,
                        visitors,
                        &c,
                        reading,
                        0.85,
                        hit,
                        None,
                    );
                }
            }
        }
    }

    fn visit_noun(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        let mut dest_group = Group::new();
        // "the visit of Prime Minister Modi to Poland": the visitor after
        // "of", then the destination.
        let mut visitor_after = Group::new();
        if matches!(self.w(hit.t1), "of" | "by") {
            let visitor = self.object_after(
                hit.t1 + 1,
                None,
                &[EntityType::Person, EntityType::Organization],
                6,
            );
            // "the first visit by a Japanese leader to South Korea": a
            // leader named by nation only is the sentence's subject of that
            // nation.
            let (visitor, after) = match visitor.last() {
                Some(&last) => (visitor, Some(self.actors[last].t1)),
                None if self.w(hit.t1) == "by" => match self.leader_by_nation(hit.t1 + 1) {
                    Some((subject, after)) => (subject, Some(after)),
                    None => (visitor, None),
                },
                None => (visitor, None),
            };
            if let Some(after) = after {
                if matches!(self.w(after), "to" | "in") {
                    let prep = self.w(after).to_string();
                    dest_group = self.object_after(
                        after,
                        Some(&prep),
                        &[EntityType::Place, EntityType::Country],
                        5,
                    );
                    if !dest_group.is_empty() {
                        visitor_after = visitor;
                    }
                }
            }
        }
        for prep in ["to", "in", "of"] {
            if !dest_group.is_empty() {
                break;
            }
            if prep == "of" && !matches!(hit.form.words[0].as_str(), "tour" | "visit" | "state") {
                continue;
            }
            dest_group = self.object_after(
                hit.t1,
                Some(prep),
                &[EntityType::Place, EntityType::Country],
                5,
            );
            if !dest_group.is_empty() {
                break;
            }
        }
        let dest = self.destination(&dest_group);
        if dest.is_empty() {
            return;
        }
        // "the first visit to Japan by a South Korean leader": the visitor
        // after the destination.
        if visitor_after.is_empty() {
            if let Some(&last) = dest_group.last() {
                let after = self.actors[last].t1;
                if self.w(after) == "by" {
                    visitor_after = self.object_after(
                        after + 1,
                        None,
                        &[EntityType::Person, EntityType::Organization],
                        4,
                    );
                }
            }
        }
        let mut agent = if visitor_after.is_empty() {
            self.possessor_before(hit.t0, &[EntityType::Person, EntityType::Organization])
        } else {
            visitor_after
        };
        let mut base = 0.85;
        if agent.is_empty() {
            if let Some(lv) = self.light_verb_before(hit.t0) {
                agent = self.subject_before(lv, ACTORS, 12);
            }
        }
        let owner = self.adjunct_owner(&agent, &[EntityType::Person, EntityType::Organization]);
        if !owner.is_empty() {
            agent = owner;
        }
        // "Macron urged Xi … during a state visit to Beijing": a visit in an
        // adjunct after the verb is the subject's.
        if agent.is_empty() {
            let prep = (hit.t0.saturating_sub(7).max(self.first())..hit.t0)
                .rev()
                .find(|&k| matches!(self.w(k), "during" | "on"))
                .filter(|&k| {
                    (k + 1..hit.t0).all(|j| {
                        let w = self.w(j);
                        matches!(
                            w,
                            "a" | "an" | "the" | "official" | "state" | "working" | "-"
                        ) || is_count(w)
                            || w.ends_with("day")
                    })
                });
            if let Some(k) = prep.filter(|&k| k > self.first()) {
                agent = self.sentence_subject(k, &[EntityType::Person]);
            }
        }
        // "During his visit to Hanoi, President Xi signed …": a fronted
        // phrase's pronoun names the subject of the clause after it.
        if agent.iter().all(|&i| self.actors[i].pronoun) {
            let main_subject = self.fronted_phrase_subject(hit.t0, hit.t1, true);
            if !main_subject.is_empty() {
                agent = main_subject;
                base = 0.8;
            }
        }
        let mut a = self.refs(&agent);
        if a.is_empty() {
            // "The two-day trip to Taiwan ... stops in Singapore": the visitor of the story.
            let person_here = self.actors.iter().any(|x| {
                x.refs
                    .iter()
                    .any(|&r| self.an.entities[r].etype == EntityType::Person)
            });
            if let (Some(v), false) = (self.an.last_visitor, person_here) {
                a = Args::one((v, Span::new(0, 0), Resolution::Anaphora));
                base = 0.6;
            }
        }
        self.cross(RelationType::Visited, &a, &dest, &reading, base, hit, None);
        self.capital_of(&dest, &a, &reading, hit);
    }

    /// "a Japanese leader", "an Indian prime minister", "the first U.S.
    /// president" from token `k`: the sentence's subject if it is a person
    /// of that nation, and the token after the phrase. `None` for any
    /// other phrase or subject.
    fn leader_by_nation(&self, k: usize) -> Option<(Group, usize)> {
        let mut p = k;
        while matches!(
            self.w(p),
            "a" | "an" | "the" | "first" | "sitting" | "serving"
        ) {
            p += 1;
        }
        let nation = self.actors.iter().find(|a| a.t0 == p && !a.possessive)?;
        let [r] = nation.refs.as_slice() else {
            return None;
        };
        let code = self.an.entities[*r].country.as_deref()?;
        if self.an.entities[*r].etype != EntityType::Country {
            return None;
        }
        let q = nation.t1;
        let after = match (self.w(q), self.w(q + 1), self.w(q + 2)) {
            ("head", "of", "state" | "government") => q + 3,
            ("prime" | "foreign" | "defence" | "defense", "minister", _) => q + 2,
            ("leader" | "president" | "premier" | "chancellor" | "monarch" | "king", _, _) => q + 1,
            _ => return None,
        };
        let subject = self.sentence_subject(k, &[EntityType::Person]);
        let of_nation = !subject.is_empty()
            && subject.iter().all(|&i| {
                self.actors[i]
                    .refs
                    .iter()
                    .all(|&r| self.an.entities[r].country.as_deref() == Some(code))
            });
        of_nation.then_some((subject, after))
    }

    /// "Macron is in Kazakhstan on an official visit", "the minister was in
    /// Cairo on Saturday for talks": being in a place on a visit, or for
    /// talks, is a visit to it. The noun at `hit` follows "on" or "for" and
    /// its modifiers; before them may stand a time ("on Saturday", "this
    /// week"); before that, a place or country after "is in", "was in".
    fn presence_visit(&mut self, hit: &Hit<'_>) {
        let first = self.first();
        let mut p = hit.t0;
        // The noun's modifiers: "an official", "a two-day", "bilateral".
        let mut skipped = 0;
        while p > first && skipped < 5 && !matches!(self.w(p - 1), "on" | "for") {
            let w = self.w(p - 1);
            if self.in_actor(p - 1)
                || !(matches!(w, "a" | "an" | "the" | "-")
                    || is_count(w)
                    || w.ends_with("al")
                    || w.ends_with("day")
                    || w.ends_with("ing")
                    || matches!(
                        w,
                        "state" | "high" | "level" | "first" | "brief" | "surprise"
                    ))
            {
                return;
            }
            p -= 1;
            skipped += 1;
        }
        if p <= first || !matches!(self.w(p - 1), "on" | "for") {
            return;
        }
        p -= 1;
        // A time between the place and the noun: "on Saturday", "this week",
        // "last month".
        let mut time = 0;
        while p > first && time < 3 {
            let w = self.w(p - 1);
            let timely = crate::when::is_month_or_weekday(w)
                || crate::when::is_time_word(w)
                || w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w,
                    "this"
                        | "last"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                        | "late"
                        | "early"
                        | "on"
                );
            if !timely || self.in_actor(p - 1) {
                break;
            }
            p -= 1;
            time += 1;
        }
        let Some(place) = self.actors.iter().position(|a| a.t1 == p) else {
            return;
        };
        let t0 = self.actors[place].t0;
        if t0 < first + 2
            || self.w(t0 - 1) != "in"
            || !matches!(
                self.w(t0 - 2),
                "is" | "was" | "are" | "were" | "been" | "be"
            )
        {
            return;
        }
        let dest = self.destination(&[place]);
        if dest.is_empty() {
            return;
        }
        let Some(reading) = self.read(hit) else {
            return;
        };
        let subject = self.subject_before(t0 - 2, ACTORS, 12);
        let s = self.refs(&subject);
        self.cross(RelationType::Visited, &s, &dest, &reading, 0.8, hit, None);
    }

    /// The subject after a fronted phrase that the noun `t0..t1` stands in:
    /// "During his visit to Hanoi, President Xi Jinping signed …". The phrase
    /// opens the sentence with a preposition and, if `needs_possessive`, a
    /// possessive pronoun ("In a call with Macron, Zelensky …" needs none);
    /// a person opens the clause after its comma.
    fn fronted_phrase_subject(&self, t0: usize, t1: usize, needs_possessive: bool) -> Group {
        let first = self.first();
        let opens = matches!(
            self.w(first),
            "during" | "on" | "in" | "after" | "before" | "following" | "since" | "while"
        );
        let possessive = (first + 1..t0).any(|k| matches!(self.w(k), "his" | "her" | "their"));
        if !opens || (needs_possessive && !possessive) || t0 > first + 5 {
            return Group::new();
        }
        let Some(comma) = (t1..(t1 + 12).min(self.end())).find(|&k| self.w(k) == ",") else {
            return Group::new();
        };
        let Some(i) = self.actors.iter().position(|a| a.t0 > comma) else {
            return Group::new();
        };
        let a = &self.actors[i];
        // Right after the comma, or after "the": ", the Chinese leader …".
        let near = a.t0 == comma + 1 || a.t0 == comma + 2 && self.w(comma + 1) == "the";
        if !near || a.pronoun || !self.fits(a, &[EntityType::Person]) {
            return Group::new();
        }
        self.coordinated_right(i, &[EntityType::Person])
    }

    /// Whose "his visit" is, in an adjunct or apposition after the clause:
    /// "Zelensky met Biden during his visit to Washington" is the subject's
    /// visit, while "Xi received Putin during his state visit" is the
    /// guest's. Empty when `agent` is not a possessive pronoun there.
    fn adjunct_owner(&self, agent: &[usize], types: &[EntityType]) -> Group {
        let &[p] = agent else {
            return Group::new();
        };
        let t = self.actors[p].t0;
        if !self.actors[p].pronoun || !matches!(self.w(t), "his" | "her" | "their") {
            return Group::new();
        }
        // A fronted phrase ("During his visit to Hanoi, Xi …") is read by
        // `fronted_phrase_subject`.
        // "ahead of his visit": the preposition is "ahead". "held talks
        // with Putin in Moscow, his first visit to Russia": an apposition to
        // the clause is read the same way.
        let prep = t.saturating_sub(1 + usize::from(self.w(t.saturating_sub(1)) == "of"));
        let opens = self.is(prep, Lists::ADJUNCT_PREPOSITIONS) || self.w(prep) == ",";
        if prep < self.first() + 1 || !opens {
            return Group::new();
        }
        let subject = self.sentence_subject(prep, types);
        let Some(&last) = subject.last() else {
            return Group::new();
        };
        let host = (self.actors[last].t1..prep).find(|&k| self.is(k, Lists::HOSTING_VERBS));
        match host {
            Some(h) => self.object_after(h + 1, None, types, 3),
            None => subject,
        }
    }

    /// "Tiani welcomed Goita to Niamey", "Xi received Orban in Beijing":
    /// the guest welcomed to a place, from elsewhere, visited it.
    fn guest_visit(&mut self, hit: &Hit<'_>, guests: &[usize], reading: &Reading) {
        if !matches!(
            hit.form.words[0].as_str(),
            "welcomed" | "welcomes" | "received" | "receives" | "hosted" | "hosts" | "greeted"
        ) {
            return;
        }
        let Some(&last) = guests.last() else {
            return;
        };
        let after = self.actors[last].t1;
        if !matches!(self.w(after), "to" | "in") {
            return;
        }
        let Some(pi) = self.actors.iter().position(|a| a.t0 == after + 1) else {
            return;
        };
        let Some(&(place, span, res)) = self.destination(&[pi]).first() else {
            return;
        };
        let Some(host) = self.an.entities[place].country.clone() else {
            return;
        };
        for &g in &self.refs(guests) {
            let e = &self.an.entities[g.0];
            if e.etype == EntityType::Person && e.country.as_ref().is_some_and(|c| *c != host) {
                self.emit(
                    RelationType::Visited,
                    g,
                    (place, span, res),
                    reading,
                    0.8,
                    Some(hit),
                    None,
                );
            }
        }
    }

    /// Whether a word of plan or expectation stands just before `t`: "is
    /// expected to meet", "will hold talks". A bare purpose ("flew to
    /// Washington to meet Trump") is not one.
    fn planned(&self, t: usize) -> bool {
        self.present.has(Lists::IRREALIS)
            && (t.saturating_sub(4).max(self.first())..t).any(|k| self.is(k, Lists::IRREALIS))
    }

    /// A visitor meets the host country's officials named in the same sentence.
    fn host_meetings(&mut self) {
        if self.meeting_to_come {
            return;
        }
        let visits: Vec<Found> = self
            .out
            .iter()
            .filter(|f| f.relation == RelationType::Visited && !f.negated)
            .cloned()
            .collect();
        for v in visits {
            if self.an.entities[v.source].etype != EntityType::Person {
                continue;
            }
            let host = self.an.entities[v.target].country.clone();
            let Some(host) = host else { continue };
            if self.an.entities[v.source].country.as_deref() == Some(&*host) {
                continue;
            }
            // "stopped in the United States but did not meet Biden".
            let denied: Vec<usize> = self
                .out
                .iter()
                .filter(|f| f.relation == RelationType::MetWith && f.negated)
                .flat_map(|f| [f.source, f.target])
                .collect();
            // "flew into Tripoli, weeks after rebels drove Gaddafi from the
            // capital": an official named in a clause of its own after the
            // destination is no host.
            let dest_end = v.target_span.map_or(usize::MAX, |sp| sp.end);
            let first = self.first();
            let in_later_clause = |a: &Actor| {
                (first..a.t0)
                    .rev()
                    .take_while(|&k| self.an.tokens[k].span.start >= dest_end)
                    .any(|k| {
                        matches!(
                            self.w(k),
                            "since" | "after" | "before" | "because" | "although" | "until"
                                // "where he is due to hold talks with Xi": a
                                // meeting still to come.
                                | "due" | "will" | "expected" | "scheduled"
                        )
                        // "met al-Sharaa, whose group toppled Assad", "the
                        // group that toppled Assad": someone a relative clause
                        // acts upon. ("the meeting, which was hosted by
                        // Gonsalves" names the host.)
                        || matches!(self.w(k), "that" | "which" | "whose")
                            && !matches!(self.w(k + 1), "was" | "were" | "is" | "are" | "had" | "has")
                    })
            };
            let officials: Vec<(usize, Span)> = self
                .actors
                .iter()
                // "Lukashenko, a close ally of Putin, visited Moscow".
                .filter(|a| {
                    a.refs.len() == 1
                        // "diplomatic adviser to President Abbas".
                        && !(a.t0 >= 2
                            && matches!(self.w(a.t0 - 1), "of" | "to")
                            && self.is(a.t0 - 2, Lists::TIE_NOUNS))
                        && !in_later_clause(a)
                })
                .map(|a| (a.refs[0], a.head))
                .filter(|(r, _)| {
                    let e = &self.an.entities[*r];
                    e.etype == EntityType::Person
                        && e.country.as_deref() == Some(&*host)
                        && *r != v.source
                        && !denied.contains(r)
                })
                .collect();
            for (o, span) in officials {
                let reading = Reading {
                    negated: false,
                    modality: v.modality,
                };
                let src = (
                    v.source,
                    v.source_span.unwrap_or(span),
                    Resolution::Anaphora,
                );
                self.emit(
                    RelationType::MetWith,
                    src,
                    (o, span, Resolution::Named),
                    &reading,
                    0.6,
                    None,
                    None,
                );
            }
        }
    }

    // ----- supplies -------------------------------------------------------------------

    fn object_text(&self, from: usize, to: usize) -> Option<String> {
        let mut a = from;
        while a < to
            && matches!(
                self.w(a),
                "the" | "a" | "an" | "any" | "its" | "their" | "some" | "with"
            )
        {
            a += 1;
        }
        if a >= to || to - a > 14 {
            return None;
        }
        let span = Span::new(
            self.an.tokens[a].span.start,
            self.an.tokens[to - 1].span.end,
        );
        Some(self.an.surface(span).to_string())
    }

    fn supply_verb(&mut self, hit: &Hit<'_>) {
        // "arms", "armed" and "arming" are verbs only before whom they arm:
        // "Iran arms the Houthis", not "selling arms to Russia", "armed
        // groups" or "arming drones".
        let arming = matches!(hit.form.words[0].as_str(), "arms" | "armed" | "arming");
        // "a nuclear-armed North Korea", "a heavily armed militia": an
        // adjective, not a delivery.
        if arming
            && hit.t0 > self.first()
            && matches!(
                self.w(hit.t0 - 1),
                "-" | "nuclear" | "heavily" | "well" | "lightly"
            )
        {
            return;
        }
        if arming {
            let at = hit.t1 + usize::from(self.w(hit.t1) == "the");
            if !self.actors.iter().any(|a| a.t0 == at) {
                return;
            }
        }
        // "talks on exporting gas to Turkey", "plans for supplying jets": a
        // gerund that names what is talked of or planned is no delivery. (A
        // ban on selling arms denies that any are sold, read below.)
        if hit.form.words[0].ends_with("ing")
            && hit.t0 >= self.first() + 2
            && matches!(self.w(hit.t0 - 1), "on" | "about" | "for" | "over")
            && matches!(
                self.w(hit.t0 - 2),
                "talks"
                    | "negotiations"
                    | "discussions"
                    | "plan"
                    | "plans"
                    | "proposal"
                    | "proposals"
                    | "way"
                    | "deal"
                    | "agreement"
                    | "accord"
                    | "memorandum"
            )
        {
            return;
        }
        let Some(reading) = self.read(hit) else {
            return;
        };
        if self.thanked_for_supply(hit, &reading) {
            return;
        }
        if self.passive_supply(hit, &reading) {
            return;
        }
        let subject = self.subject_before(hit.t0, ACTORS, 15);
        if subject.is_empty() {
            return;
        }
        // Recipient: "to X" after the supplied thing, or "supplied X with Y".
        let end = self.end();
        let to_at = self.preposition_after(hit.t1, "to");
        let ambiguous = !matches!(
            hit.form.words[0].as_str(),
            "supplies"
                | "supplied"
                | "supply"
                | "supplying"
                | "provides"
                | "provided"
                | "provide"
                | "providing"
                | "delivered"
                | "delivers"
                | "deliver"
                | "delivering"
                | "exports"
                | "exported"
                | "export"
                | "exporting"
                | "armed"
                | "arms"
                | "arming"
        );
        let (recipients, object) = match to_at {
            Some(k) => {
                let r = self.object_after(
                    k + 1,
                    None,
                    &[EntityType::Country, EntityType::Organization],
                    4,
                );
                (r, self.object_text(hit.t1, k))
            }
            None => {
                let mut r = self.object_after(
                    hit.t1,
                    None,
                    &[EntityType::Country, EntityType::Organization],
                    2,
                );
                // "supplies much of Egypt's imported wheat": the owner of
                // the goods receives them.
                if r.is_empty() {
                    if let Some((i, t)) = self.goods_owner_after(hit.t1) {
                        let stop = (t..(t + 5).min(end))
                            .find(|&k| !self.is_modifier(k))
                            .unwrap_or((t + 5).min(end));
                        let goods = self.object_text(t, stop);
                        if names_goods(goods.as_deref()) {
                            let s = self.refs_as(&subject, &[EntityType::Country]);
                            let o = self.refs_as(&[i], &[EntityType::Country]);
                            self.cross(RelationType::Supplies, &s, &o, &reading, 0.8, hit, goods);
                            return;
                        }
                    }
                    r = Group::new();
                }
                let with = r
                    .last()
                    .map(|&i| self.actors[i].t1)
                    .filter(|&t| self.w(t) == "with");
                let stop_after = |from: usize| {
                    (from..(from + 12).min(end))
                        .find(|&k| matches!(self.w(k), "," | ";" | "." | "to" | "in" | "for"))
                        .unwrap_or((from + 12).min(end))
                };
                match with {
                    // "supplied Russia with drones"
                    Some(t) => (r, self.object_text(t + 1, stop_after(t + 1))),
                    // "gave the Ivory Coast 5.1 million dollars of aid": the
                    // recipient, then the goods.
                    None => match r.last().map(|&i| self.actors[i].t1) {
                        Some(t) => {
                            let object = self.object_text(t, stop_after(t));
                            if names_goods(object.as_deref()) {
                                (r, object)
                            } else if arming {
                                // "China is arming Russia": arms are the goods.
                                (r, None)
                            } else {
                                (Group::new(), None)
                            }
                        }
                        None => (Group::new(), None),
                    },
                }
            }
        };
        if recipients.is_empty() {
            return;
        }
        if ambiguous && !names_goods(object.as_deref()) || names_no_goods(object.as_deref()) {
            return;
        }
        let s = self.refs_as(&subject, &[EntityType::Country]);
        let r = self.refs_as(&recipients, &[EntityType::Country]);
        self.cross(RelationType::Supplies, &s, &r, &reading, 0.85, hit, object);
    }

    /// A state named as an owner ("Egypt's") right after `t`, past a
    /// quantity ("much of", "most of the"): its actor and the token after it.
    fn goods_owner_after(&self, t: usize) -> Option<(usize, usize)> {
        let mut k = t;
        while k < self.end()
            && k < t + 4
            && matches!(
                self.w(k),
                "much" | "most" | "half" | "some" | "part" | "all" | "of" | "the" | "a"
            )
        {
            k += 1;
        }
        let i = self.actors.iter().position(|a| a.t0 == k)?;
        let a = &self.actors[i];
        (a.possessive && !a.pronoun && self.fits(a, &[EntityType::Country]))
            .then_some((i, a.t1 + 1))
    }

    /// "Drones were sold to Russia by Iran", "Ukraine was supplied with
    /// tanks by Germany": the agent after "by" supplies the one after "to",
    /// else the passive's subject. Returns whether the trigger was read so.
    fn passive_supply(&mut self, hit: &Hit<'_>, reading: &Reading) -> bool {
        if !self.passive_auxiliary_before(hit.t0) {
            return false;
        }
        let Some(by) = self.preposition_after(hit.t1, "by") else {
            return false;
        };
        let suppliers = self.object_after(by + 1, None, STATES, 2);
        if suppliers.is_empty() {
            return false;
        }
        let (recipients, object) = match self.preposition_after(hit.t1, "to").filter(|&k| k < by) {
            // "were sold to Russia by Iran": the goods are the subject.
            Some(to) => {
                let aux = hit.t0 - 1;
                let from = self.clause_start(aux, aux.saturating_sub(8));
                (
                    self.object_after(to + 1, None, STATES, 2),
                    self.object_text(from, aux),
                )
            }
            // "was supplied with tanks by Germany": the subject receives.
            None if self.w(hit.t1) == "with" => (
                self.subject_before(hit.t0, STATES, 12),
                self.object_text(hit.t1 + 1, by),
            ),
            None => return false,
        };
        let s = self.refs_as(&suppliers, &[EntityType::Country]);
        let r = self.refs_as(&recipients, &[EntityType::Country]);
        self.cross(RelationType::Supplies, &s, &r, reading, 0.8, hit, object);
        true
    }

    /// "Zelensky thanked Denmark and the Netherlands for delivering F-16s":
    /// those thanked supplied the one who thanks. Returns whether the
    /// trigger was read so.
    fn thanked_for_supply(&mut self, hit: &Hit<'_>, reading: &Reading) -> bool {
        if !hit.form.words[0].ends_with("ing")
            || hit.t0 < self.first() + 3
            || self.w(hit.t0 - 1) != "for"
        {
            return false;
        }
        let Some(last) = self.actors.iter().rposition(|a| a.t1 == hit.t0 - 1) else {
            return false;
        };
        let thanked = self.coordinated_left(last, STATES);
        let mut verb = self.actors[thanked[0]].t0;
        while verb > self.first() && matches!(self.w(verb - 1), "the" | "a") {
            verb -= 1;
        }
        if verb == self.first()
            || !matches!(
                self.w(verb - 1),
                "thanked" | "thanks" | "thank" | "thanking" | "praised" | "hailed" | "commended"
            )
        {
            return false;
        }
        // "thanked Germany for providing tanks to Ukraine": the recipient is named.
        if self
            .preposition_after(hit.t1, "to")
            .is_some_and(|to| self.actors.iter().any(|a| a.t0 == to + 1 || a.t0 == to + 2))
        {
            return false;
        }
        let thanker = self.subject_before(verb - 1, ACTORS, 10);
        let end = self.end();
        let stop = (hit.t1..(hit.t1 + 12).min(end))
            .find(|&k| matches!(self.w(k), "," | ";" | "." | "to" | "in" | "for"))
            .unwrap_or((hit.t1 + 12).min(end));
        let object = self.object_text(hit.t1, stop);
        let s = self.refs_as(&thanked, &[EntityType::Country]);
        // A leader thanks for the state they lead.
        let r: Args = self
            .refs_as(&thanker, &[EntityType::Country])
            .iter()
            .copied()
            .map(|(e, span, res)| (self.an.state_led_by(e).unwrap_or(e), span, res))
            .collect();
        self.cross(RelationType::Supplies, &s, &r, reading, 0.8, hit, object);
        true
    }

    /// The first `prep` after token `t` in its clause, past what is supplied:
    /// "sent drones and shells to Russia".
    fn preposition_after(&self, t: usize, prep: &str) -> Option<usize> {
        // "gave assurances it was not providing arms to Russia": a subject
        // pronoun opens a clause of its own ("gave it to Kyiv" has "it" as
        // the object, right after the verb).
        (t..(t + 16).min(self.end()))
            .take_while(|&k| {
                !matches!(
                    self.w(k),
                    ";" | "that"
                        | "which"
                        | "who"
                        | "."
                        | "while"
                        | "but"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                ) && (self.w(k) != "," || self.list_comma(k))
                    && (k == t || self.w(k) != "it")
            })
            .find(|&k| self.w(k) == prep)
    }

    /// Whether the comma at `k` parts items of a list of things that an
    /// "and" closes: "sent an aircraft carrier, thousands of troops and
    /// tons of food to Haiti". Not a comma before a clause or a name.
    fn list_comma(&self, k: usize) -> bool {
        let next = self.w(k + 1);
        let item = !next.is_empty()
            && next
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && !self.an.is_cap_word(k + 1)
            && !matches!(
                next,
                "and" | "or" | "but" | "which" | "who" | "that" | "while" | "as" | "according"
            )
            && !next.ends_with("ing")
            && !self.is(k + 1, Lists::REPORTING_VERBS);
        item && (k + 2..(k + 8).min(self.end()))
            .take_while(|&j| !matches!(self.w(j), "," | ";" | "." | "to" | "from"))
            .any(|j| self.w(j) == "and")
    }

    /// "Russia received drones from Iran": the subject is the recipient and
    /// the actor after `from` the supplier. What is received must be goods:
    /// "received a letter from" is no supply.
    fn supply_receipt(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        let recipients = self.subject_before(hit.t0, ACTORS, 15);
        if recipients.is_empty() {
            return;
        }
        let from_at = self.preposition_after(hit.t1, "from");
        let (suppliers, object) = match from_at {
            Some(from_at) => {
                let object = self.object_text(hit.t1, from_at);
                if !names_goods(object.as_deref()) {
                    return;
                }
                let suppliers = self.object_after(
                    from_at + 1,
                    None,
                    &[EntityType::Country, EntityType::Organization],
                    4,
                );
                (suppliers, object)
            }
            // "India has been buying Russian oil": the supplier is the
            // country that modifies the goods.
            None => {
                let Some(i) = self.actors.iter().position(|a| {
                    a.t0 >= hit.t1
                        && (hit.t1..a.t0).all(|k| matches!(self.w(k), "the" | "more"))
                        && (a.t1..a.t1 + 4).any(|k| self.is(k, Lists::SUPPLY_NOUNS))
                        && self.fits(a, &[EntityType::Country])
                }) else {
                    return;
                };
                let goods_end = (self.actors[i].t1..self.actors[i].t1 + 4)
                    .rfind(|&k| self.is(k, Lists::SUPPLY_NOUNS))
                    .map_or(self.actors[i].t1, |k| k + 1);
                let object = self.object_text(self.actors[i].t1, goods_end);
                (Group::one(i), object)
            }
        };
        let s = self.refs_as(&suppliers, &[EntityType::Country]);
        let r = self.refs_as(&recipients, &[EntityType::Country]);
        self.cross(RelationType::Supplies, &s, &r, &reading, 0.8, hit, object);
    }

    fn supply_noun(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        let head = hit.form.words[0].as_str();
        let end = self.end();
        // "Russia's use of ballistic missiles from the DPRK": the user receives.
        if head == "use" {
            if self.w(hit.t1) != "of" {
                return;
            }
            let user = self.possessor_before(hit.t0, STATES);
            let from = (hit.t1..(hit.t1 + 10).min(end)).find(|&k| self.w(k) == "from");
            let Some(from) = from else { return };
            let object = self.object_text(hit.t1 + 1, from);
            let weapons = object.as_deref().is_some_and(|o| {
                o.split_whitespace()
                    .any(|w| is_in(&lexicon::SUPPLY_NOUNS, &w.to_lowercase()))
            });
            let supplier = self.object_after(from + 1, None, STATES, 3);
            if weapons && !user.is_empty() && !supplier.is_empty() {
                let s = self.refs_as(&supplier, &[EntityType::Country]);
                let u = self.refs_as(&user, &[EntityType::Country]);
                self.cross(RelationType::Supplies, &s, &u, &reading, 0.75, hit, object);
            }
            return;
        }
        // "China is the biggest buyer of Uruguay's beef", "India, Russia's
        // largest arms customer,": a buyer is supplied by the state whose
        // goods it buys.
        if matches!(
            head,
            "buyer" | "buyers" | "importer" | "importers" | "customer" | "customers" | "purchaser"
        ) {
            let Some((buyer, owner)) = self.role_noun_holder(hit) else {
                return;
            };
            // The seller: the possessor of the noun, or of the goods after
            // it ("of Uruguay's beef", "of Iranian oil").
            let seller = owner.or_else(|| {
                (self.w(hit.t1) == "of")
                    .then(|| {
                        self.actors.iter().position(|a| {
                            a.t0 == hit.t1 + 1
                                && (a.possessive || self.is_modifier(a.t1))
                                && self.fits(a, &[EntityType::Country])
                        })
                    })
                    .flatten()
            });
            if let (false, Some(seller)) = (buyer.is_empty(), seller) {
                let b = self.refs_as(&buyer, &[EntityType::Country]);
                let s = self.refs_as(&[seller], &[EntityType::Country]);
                self.cross(RelationType::Supplies, &s, &b, &reading, 0.7, hit, None);
            }
            return;
        }
        // "China as the primary resource of crucial elements embedded in Russian weapon systems"
        if matches!(
            head,
            "resource"
                | "source"
                | "supplier"
                | "suppliers"
                | "provider"
                | "providers"
                | "exporter"
                | "exporters"
                | "donor"
                | "donors"
                | "lender"
                | "lenders"
                | "creditor"
                | "creditors"
        ) {
            let Some((supplier, owner)) = self.role_noun_holder(hit) else {
                return;
            };
            let limit = (hit.t1 + 12).min(end);
            let recipient = owner
                .filter(|&i| self.fits(&self.actors[i], &[EntityType::Country]))
                .or_else(|| {
                    self.actors.iter().position(|a| {
                        a.t0 >= hit.t1
                            && a.t0 < limit
                            && self.fits(a, &[EntityType::Country])
                            && !(hit.t1..a.t0).any(|k| matches!(self.w(k), "," | ";"))
                    })
                });
            if let (false, Some(r)) = (supplier.is_empty(), recipient) {
                let from = hit.t1 + usize::from(self.w(hit.t1) == "of");
                let to = if owner == Some(r) {
                    (from..(from + 8).min(end))
                        .find(|&k| matches!(self.w(k), "," | ";" | "." | "to" | "in"))
                        .unwrap_or((from + 8).min(end))
                } else {
                    let at = self.actors[r].t0;
                    at - usize::from(at > from && matches!(self.w(at - 1), "to" | "for"))
                };
                let object = self.object_text(from, to);
                let s = self.refs_as(&supplier, &[EntityType::Country]);
                let rr = self.refs_as(&[r], &[EntityType::Country]);
                self.cross(RelationType::Supplies, &s, &rr, &reading, 0.7, hit, object);
            }
            return;
        }
        // "A's exports of X to B", "supply of X by A to B", "aid to B".
        let mut supplier = self.possessor_before(hit.t0, STATES);
        // "Peru investigated arms sales": one who looks into or judges a
        // sale is no seller.
        if let Some(&last) = supplier.last() {
            let a = &self.actors[last];
            if !a.possessive && (a.t1..hit.t0).any(|k| self.is(k, Lists::ONLOOKER_VERBS)) {
                supplier.clear();
            }
        }
        let mut to_at = None;
        let mut by_at = None;
        // Help may be "for" its recipient: "an aid package for Ukraine".
        let help = matches!(
            head,
            "aid" | "assistance" | "loan" | "loans" | "grant" | "credit" | "donation" | "donations"
        );
        for k in hit.t1..(hit.t1 + 14).min(end) {
            match self.w(k) {
                "to" if to_at.is_none() => to_at = Some(k),
                "for" if to_at.is_none() && help => to_at = Some(k),
                "by" | "from" if by_at.is_none() => by_at = Some(k),
                "," | ";" | "." | "that" | "which" => break,
                _ => {}
            }
        }
        if supplier.is_empty() {
            if let Some(b) = by_at {
                supplier = self.object_after(b + 1, None, STATES, 3);
            }
        }
        if supplier.is_empty() {
            if let Some(lv) = self
                .light_verb_before(hit.t0)
                // "announced a new $500 million military aid package"
                .or_else(|| self.verb_before(hit.t0, Lists::ANNOUNCING_VERBS, 9))
                // "voiced opposition to the sale of weapons": the verb's
                // object is another noun, and the sale is not the subject's.
                .filter(|&lv| {
                    !(lv + 1..hit.t0).any(|k| {
                        matches!(
                            self.w(k),
                            "to" | "for"
                                | "against"
                                | "over"
                                | "about"
                                | "on"
                                | "at"
                                | "with"
                                | "into"
                                | "toward"
                                | "towards"
                                | "regarding"
                        )
                    })
                })
            {
                supplier = self.subject_before(lv, ACTORS, 10);
            }
        }
        let Some(to) = to_at else { return };
        // "the sale of American weapons to Taiwan": the goods' maker.
        if supplier.is_empty() && self.w(hit.t1) == "of" {
            supplier.extend(self.actors.iter().position(|a| {
                a.t0 > hit.t1
                    && a.t1 < to
                    && self.fits(a, &[EntityType::Country])
                    && self
                        .w(a.t1)
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                    && !matches!(self.w(a.t1), "and" | "or" | "from" | "by" | "in")
            }));
        }
        let recipient = self.object_after(to + 1, None, STATES, 4);
        if supplier.is_empty() || recipient.is_empty() {
            return;
        }
        let obj_end = [Some(to), by_at].into_iter().flatten().min().unwrap_or(to);
        let object = if self.w(hit.t1) == "of" {
            self.object_text(hit.t1 + 1, obj_end)
        } else {
            Some(hit.form.words.join(" "))
        };
        let s = self.refs_as(&supplier, &[EntityType::Country]);
        let r = self.refs_as(&recipient, &[EntityType::Country]);
        self.cross(RelationType::Supplies, &s, &r, &reading, 0.8, hit, object);
    }

    // ----- concerned-about and criticizes ---------------------------------------------

    /// Where a phrase of place or manner that opens at `p` ("in the
    /// strongest terms", "in a statement", "at a news conference", "in
    /// particular") gives way to what follows it: a determiner, or a
    /// preposition of a topic. None when no such word comes soon.
    fn adjunct_end(&self, p: usize) -> Option<usize> {
        if !matches!(self.w(p), "in" | "at" | "during") {
            return None;
        }
        (p + 2..(p + 8).min(self.end())).find(|&k| {
            matches!(
                self.w(k),
                "the" | "a" | "an" | "its" | "their" | "against" | "about" | "over" | "that"
            )
        })
    }

    /// Past a phrase of time and a phrase of place or manner at `t`, when
    /// the latter gives way to one of `preps`: "concerned yesterday in
    /// particular about" reads on at "about". Else `t` past the time alone.
    fn past_adjuncts(&self, t: usize, preps: &[&str]) -> usize {
        let t = t + self.time_phrase_len(t);
        self.adjunct_end(t)
            .filter(|&k| preps.contains(&self.w(k)))
            .unwrap_or(t)
    }

    /// How many words a phrase of time at `t` takes: "yesterday", "on
    /// Wednesday", "last week", "in March 2023"; 0 where none starts.
    fn time_phrase_len(&self, t: usize) -> usize {
        let (w0, w1) = (self.w(t), self.w(t + 1));
        if !crate::when::opens_time_phrase(w0, w1) {
            return 0;
        }
        if crate::when::is_time_word(w0) {
            return 1;
        }
        // "on March 3, 2023": a day and a year may follow the month.
        let mut n = 2;
        while n < 5
            && (self.w(t + n).bytes().all(|b| b.is_ascii_digit()) && !self.w(t + n).is_empty()
                || self.w(t + n) == "," && self.w(t + n + 1).bytes().any(|b| b.is_ascii_digit()))
        {
            n += 1;
        }
        n
    }

    /// The topic after `t`: an entity when the phrase is just one (or, for
    /// criticism, starts with one), else a short noun phrase; lists split.
    fn topics(&mut self, t: usize, rel: RelationType) -> Args {
        let end = self.end();
        // "Modi's trip, which Zelenskiy had criticised, and …": the verb's
        // object stands before it; what follows ", and" is another clause.
        if self.w(t) == "," && self.w(t + 1) == "and" {
            return Args::new();
        }
        // "expressed concern on Wednesday about …": a phrase of time first.
        let mut p = t + self.time_phrase_len(t);
        // "condemned in the strongest terms the attack", "protested in
        // Accra against the tariffs": a phrase of place or manner stands
        // before what is criticised; with nothing after it, there is none.
        if matches!(self.w(p), "in" | "at" | "during") {
            match self.adjunct_end(p) {
                Some(k) => p = k,
                None => return Args::new(),
            }
        }
        // A trigger read without its preposition: "protested against X";
        // "protested to China": whom a complaint is addressed to.
        if matches!(self.w(p), "against" | "about" | "over" | "at")
            || (self.w(p) == "to"
                && rel == RelationType::Criticizes
                && self.actors.iter().any(|a| a.t0 == p + 1))
        {
            p += 1;
        }
        // "neither condemned nor supported the invasion": past the second verb.
        if matches!(self.w(p), "nor" | "or") && self.w(p + 1).ends_with("ed") {
            p += 2;
        }
        // "criticised what they called US interference": the speaker's
        // own words name the topic.
        if self.w(p) == "what" {
            if let Some(k) = (p + 2..(p + 6).min(end)).find(|&k| {
                matches!(
                    self.w(k),
                    "called" | "termed" | "dubbed" | "labelled" | "labeled"
                ) || (self.w(k) == "as" && self.w(k - 1).starts_with("describ"))
            }) {
                p = k + 1;
            }
        }
        // "blamed the unrest on foreign-trained terrorists": whom the blame
        // is laid on follows "on".
        if rel == RelationType::Criticizes
            && t > self.first()
            && matches!(self.w(t - 1), "blamed" | "blames" | "blame")
        {
            if let Some(on) = (p..(p + 6).min(end))
                .take_while(|&k| !matches!(self.w(k), "," | ";" | "." | "for"))
                .find(|&k| self.w(k) == "on")
            {
                p = on + 1 + usize::from(matches!(self.w(on + 1), "\"" | "“"));
            }
        }
        // "the fact that ...": the content is what follows.
        while p < end && matches!(self.w(p), "the" | "a" | "an") {
            p += 1;
        }
        if self.w(p) == "fact" && self.w(p + 1) == "that" {
            p += 2;
        } else if self.w(p) == "that" {
            // "fears that Beijing could invade": the content clause.
            p += 1;
            while p < end && matches!(self.w(p), "the" | "a" | "an") {
                p += 1;
            }
        }
        if p >= end {
            return Args::new();
        }
        // "a remark Beijing condemned as irresponsible": "as" opens no
        // topic. "denounced as a crime Serbia's crackdown": what is judged
        // comes after the judgement.
        if self.w(p) == "as" {
            let clause_end = (p + 1..end)
                .find(|&k| matches!(self.w(k), "," | "." | ";" | ":"))
                .unwrap_or(end);
            if let Some(a) = self
                .actors
                .iter()
                .find(|a| a.t0 >= p + 2 && a.t0 < (p + 8).min(clause_end))
            {
                p = a.t0;
            } else if clause_end <= p + 6 {
                return Args::new();
            }
        }
        // "The Commission condemned the trip": a visit named before stands
        // for its visitor.
        let q = p + usize::from(matches!(self.w(p), "his" | "her" | "this"));
        if matches!(self.w(q), "trip" | "visit" | "tour" | "trips" | "visits")
            && matches!(self.w(q + 1), "," | "." | ";" | "" | "as" | "and")
        {
            if let Some(v) = self.an.last_visitor {
                let span = Span::new(self.an.tokens[p].span.start, self.an.tokens[q].span.end);
                return Args::one((v, span, Resolution::Anaphora));
            }
        }
        // "China criticised the summit": a meeting of the last sentences
        // stands for its parties.
        if matches!(self.w(q), "summit" | "meeting" | "talks")
            && matches!(self.w(q + 1), "," | "." | ";" | "" | "as" | "and")
        {
            if let Some((msi, parts)) = self.an.last_meeting.clone() {
                if self.si.saturating_sub(msi) <= 2 && parts.len() >= 2 {
                    let span = Span::new(self.an.tokens[p].span.start, self.an.tokens[q].span.end);
                    return parts
                        .into_iter()
                        .map(|e| (e, span, Resolution::Anaphora))
                        .collect();
                }
            }
        }
        // "accused his Ugandan counterpart, Yoweri Museveni, of …": the
        // counterpart named after the title is whom it targets.
        if rel == RelationType::Criticizes {
            if let Some(i) = self.counterpart_named_at(p) {
                return self.refs_as(&[i], &[EntityType::Person]);
            }
            if let Some(i) = self.government_named_at(p) {
                return self.refs_as(&[i], &[EntityType::Country]);
            }
        }
        // Entity target; "the Vatican" is a name that starts with "the".
        let envoy = |w: &str| {
            matches!(
                w,
                "ambassador"
                    | "ambassadors"
                    | "envoy"
                    | "envoys"
                    | "charge"
                    | "chargé"
                    | "diplomat"
                    | "diplomats"
                    | "consul"
                    | "consuls"
                    | "embassy"
            )
        };
        if let Some(ai) = self.actors.iter().position(|a| {
            a.t0 == p
                || (a.t0 == p + 1 && matches!(self.w(p), "the"))
                || (a.t0 + 1 == p && a.t1 > p && self.w(a.t0) == "the")
                // "summoned a Chinese diplomat", "expelled six Indian
                // diplomats": the envoys' state.
                || (a.t0 == p + 1 && {
                    let det = self.w(p);
                    matches!(
                        det,
                        "a" | "an" | "two" | "three" | "four" | "five" | "six" | "seven"
                            | "eight" | "nine" | "ten" | "several" | "dozens"
                    ) || det.bytes().all(|b| b.is_ascii_digit())
                } && envoy(self.w(a.t1)))
        }) {
            let a = self.actors[ai].clone();
            // "lodged a protest with Albania today": a word of time ends it too.
            let next = self.w(a.t1);
            // "summoned the Russian ambassador to protest …": an envoy's
            // purpose ends the phrase.
            // "Guterres's criticism of Israel angered officials": the
            // sentence's verb after the phrase ends it.
            let ends_phrase = matches!(next, "," | "." | ";" | "" | "and" | "but" | "for" | "over")
                || (p > self.first()
                    && self.w(p - 1) == "of"
                    && (matches!(
                        next,
                        "is" | "was" | "were" | "are" | "has" | "have" | "had" | "will"
                    ) || (next.len() > 4 && next.ends_with("ed"))))
                || (next == "to" && a.t1 > a.t0 && envoy(self.w(a.t1 - 1)))
                || crate::when::is_month_or_weekday(next)
                || crate::when::opens_time_phrase(next, self.w(a.t1 + 1));
            // Criticism targets the entity it names first: "condemned Hamas and
            // its acts", "accused Hungary of blocking aid", "Russia's use of".
            // "summoned the Japanese ambassador": the envoy's state.
            let criticized = rel == RelationType::Criticizes
                && (a.possessive
                    || matches!(
                        self.w(a.t1),
                        "and" | "of" | "over" | "for" | "as" | "after" | "in" | "on" | "at"
                            // "branded Guyana a puppet of Exxon".
                            | "a" | "an"
                            // "did not criticise Washington by name".
                            | "by"
                    )
                    || envoy(self.w(a.t1))
                    // "lashed out at Obama several times", "criticised
                    // Macron repeatedly": a person named is whom it targets,
                    // whatever follows.
                    || self.is_person_actor(&a));
            if ends_phrase || criticized {
                let group = if self.w(a.t1) == "and" && rel == RelationType::Criticizes {
                    // "condemned Hamas and its attacks" names one target,
                    // "criticised the World Bank and the IMF" two; "Hamas and
                    // Iran's backing" one: a possessor is no target.
                    let mut group = self.coordinated_right(
                        ai,
                        &[
                            EntityType::Person,
                            EntityType::Country,
                            EntityType::Organization,
                        ],
                    );
                    // "Hamas and Iran-backed militias": nor does a compound's.
                    let modifies = |g: &usize| {
                        let b = &self.actors[*g];
                        b.possessive || (self.w(b.t1) == "-" && self.is_modifier(b.t1 + 1))
                    };
                    if let Some(cut) = group.iter().position(modifies) {
                        group = group[..cut.max(1)].iter().copied().collect();
                    }
                    group
                } else {
                    self.coordinated_right(
                        ai,
                        &[
                            EntityType::Person,
                            EntityType::Country,
                            EntityType::Organization,
                        ],
                    )
                };
                return self.refs_as(
                    &group,
                    &[
                        EntityType::Country,
                        EntityType::Organization,
                        EntityType::Person,
                    ],
                );
            }
        }
        // "accused the West of meddling", "blamed Kyiv for shelling": the
        // charge is no part of whom it is laid on.
        let charge = rel == RelationType::Criticizes
            && t > self.first()
            && matches!(
                self.w(t - 1),
                "accused" | "accuses" | "accuse" | "accusing" | "blamed" | "blames" | "blame"
            );
        // Topic phrase(s).
        let mut out = Args::new();
        let mut start = p;
        let mut k = p;
        let limit = (p + 30).min(end);
        while k <= limit {
            let w = if k < limit { self.w(k) } else { "" };
            // "deplored the coup, and the United States suspended aid": a
            // name after the article opens a clause, not another topic.
            let list_break = w == ","
                && self.w(k + 1) == "and"
                && matches!(self.w(k + 2), "the" | "a" | "an" | "its" | "their")
                && !self.an.is_cap_word(k + 3);
            // "condemned the strike as a violation of …": the judgement
            // after "as" is not the topic ("such as", "as well as" are).
            let judged_as = w == "as"
                && k > start
                && !matches!(self.w(k - 1), "such" | "well" | "so")
                && self.w(k + 1) != "well";
            // "the Jan. 16 strike": an abbreviation's period goes on.
            let full_stop =
                w == "." && !crate::text::is_abbreviation_period(self.an.text, &self.an.tokens, k);
            let stop = k == limit
                || judged_as
                || full_stop
                || (charge
                    && k > start
                    && matches!(w, "of" | "for")
                    && (self.w(k + 1).ends_with("ing")
                        // "of secretly handing".
                        || self.w(k + 1).ends_with("ly") && self.w(k + 2).ends_with("ing")))
                || matches!(w, ";" | ":" | "" | "\"" | "“" | "”")
                || (w == ","
                    && matches!(
                        self.w(k + 1),
                        "which"
                            | "who"
                            | "while"
                            | "saying"
                            | "adding"
                            | "as"
                            | "but"
                            | "and"
                            | "including"
                            | "whereas"
                            | "noting"
                            | "calling"
                            // A subordinate clause: "concerned about the
                            // deal, although the Vatican …".
                            | "although"
                            | "though"
                            | "because"
                            | "since"
                            | "whose"
                            | "where"
                            | "when"
                            | "despite"
                            | "after"
                            | "before"
                            | "unless"
                            // The main clause goes on: "China, which
                            // criticised the deal, was absent".
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                            | "has"
                            | "have"
                            | "had"
                            | "will"
                            | "would"
                    ))
                // ", accusing …", ", warning …": a participle clause after
                // the topic says more about the speaker.
                || (w == "," && {
                    let next = self.w(k + 1);
                    // Not a gerund noun in a list: ", killing of civilians".
                    next.len() > 5
                        && next.ends_with("ing")
                        && next != "including"
                        && self.w(k + 2) != "of"
                })
                // "…, diplomats said.", "…, according to officials": the
                // attribution after the topic is no part of it.
                || (w == ","
                    && ((self.w(k + 1) == "according" && self.w(k + 2) == "to")
                        || (k + 2..(k + 7).min(end)).any(|j| {
                            self.is(j, Lists::REPORTING_VERBS)
                                && matches!(self.w(j + 1), "." | "," | "" | "on" | "in" | "late")
                                && (k + 1..j).all(|i| !matches!(self.w(i), "," | "that"))
                        })))
                // "condemned the pact and said …": the speaker's next verb.
                || (w == "and"
                    && (self.is(k + 1, Lists::REPORTING_VERBS)
                        || matches!(
                            self.w(k + 1),
                            "called"
                                | "expressed"
                                | "voiced"
                                | "reiterated"
                                | "stressed"
                                | "reaffirmed"
                                | "welcomed"
                                | "rejected"
                                | "insisted"
                                | "urged"
                                | "warned"
                                | "demanded"
                                | "vowed"
                                | "asked"
                                | "threatened"
                                | "pledged"
                                | "promised"
                                | "imposed"
                                | "announced"
                                | "suspended"
                                | "recalled"
                                | "summoned"
                                | "expelled"
                                | "accused"
                                | "blamed"
                                | "condemned"
                                | "criticised"
                                | "criticized"
                                | "denied"
                        )))
                // "condemned the attack in the strongest terms": manner.
                || (w == "in"
                    && k > start
                    && (matches!(self.w(k + 2), "strongest" | "harshest" | "sharpest" | "firmest")
                        || (self.w(k + 1) == "no" && self.w(k + 2) == "uncertain")))
                // "raised concerns about drones at a meeting with Wang Yi":
                // the occasion is not the topic.
                || (matches!(w, "at" | "during" | "in")
                    && k > start
                    && matches!(self.w(k + 1), "a" | "an" | "the" | "his" | "her" | "their")
                    && matches!(
                        self.w(k + 2),
                        "meeting" | "talks" | "summit" | "call" | "conference" | "press"
                    ))
                || list_break;
            if stop {
                if k > start {
                    let span = Span::new(
                        self.an.tokens[start].span.start,
                        self.an.tokens[k - 1].span.end,
                    );
                    let phrase = self
                        .an
                        .surface(span)
                        .trim()
                        .trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace());
                    // One word says too little, unless it names an event:
                    // "condemned the coup", "criticised the raid"; or whom a
                    // charge is laid on: "accused the West of meddling".
                    // Only whether there are none, one or more is asked: the
                    // words past the second are not counted.
                    let words = phrase.split_whitespace().take(2).count();
                    let event = words == 1
                        && k == start + 1
                        && (self.is(start, Lists::EVENT_NOUNS)
                            || (charge && self.an.is_cap_word(start)));
                    if words >= 2 || event {
                        let e = self.an.topic_entity(phrase);
                        out.push((e, span, Resolution::Named));
                    }
                }
                if list_break {
                    start = k + 2;
                    while start < end && matches!(self.w(start), "the" | "a" | "an") {
                        start += 1;
                    }
                    k = start;
                    continue;
                }
                break;
            }
            k += 1;
        }
        out
    }

    /// Whether the words right before the verb at `v` are "his country",
    /// "their government": a speaker's state named by its noun. ("The
    /// kingdom" may be another speaker's subject.)
    fn names_speakers_state(&self, v: usize) -> bool {
        v >= self.first() + 2
            && matches!(
                self.w(v - 1),
                "country" | "government" | "nation" | "kingdom" | "administration"
            )
            && matches!(self.w(v - 2), "his" | "her" | "their")
    }

    fn attitude_verb(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        // "France did not recall its ambassador to London": an envoy kept
        // in place says nothing either way.
        let verb = hit.form.words[0].as_str();
        if reading.negated && (verb.starts_with("recall") || verb.starts_with("withdr")) {
            return;
        }
        let rel = hit.form.relation;
        let mut t = hit.t1;
        if hit.form.class == TriggerClass::Adjective {
            // "A is (deeply) concerned by/about/at/over T"
            let mut p = hit.t0;
            while p > self.first()
                && matches!(
                    self.w(p - 1),
                    "deeply"
                        | "very"
                        | "gravely"
                        | "extremely"
                        | "seriously"
                        | "increasingly"
                        | "particularly"
                        | "also"
                        | "greatly"
                        | "profoundly"
                        | "so"
                        // "Moscow was not worried about": denied below.
                        | "not"
                        | "n't"
                        | "never"
                )
            {
                p -= 1;
            }
            if p == self.first()
                || !matches!(
                    self.w(p - 1),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "remain"
                        | "remains"
                        | "remained"
                        | "be"
                        | "been"
                        | "became"
                        | "become"
                        | "becomes"
                        | "grew"
                        | "grow"
                        | "grows"
                        | "growing"
                        | "seem"
                        | "seems"
                        | "seemed"
                        | "appeared"
                        | "got"
                        | "'s"
                        | "'re"
                )
            {
                return;
            }
            // "concerned in particular about", "alarmed yesterday by".
            t = self.past_adjuncts(t, &["about", "over", "that"]);
            // "said he was concerned the purchase would fuel an arms race":
            // a content clause without its "that".
            let bare_clause = matches!(self.w(t), "the" | "a" | "an" | "this" | "such")
                && (t + 2..(t + 8).min(self.end()))
                    .take_while(|&k| !matches!(self.w(k), "," | ";" | "."))
                    .any(|k| {
                        matches!(
                            self.w(k),
                            "would" | "will" | "could" | "might" | "may" | "can" | "was" | "is"
                        )
                    });
            if bare_clause {
                // Read as after "that".
            } else if matches!(
                self.w(t),
                "about" | "by" | "at" | "over" | "with" | "that" | "regarding" | "for"
            ) {
                t += 1;
            } else {
                return;
            }
            let subject = self.subject_before(p - 1, ACTORS, 10);
            let mut s = self.refs_as(&subject, &[EntityType::Country]);
            // "Faisal said his country was concerned": the speaker's state is.
            if self.names_speakers_state(p - 1) {
                s = s.iter().filter_map(|&arg| self.state_of(arg)).collect();
            }
            let topics = self.topics(t, rel);
            self.cross(rel, &s, &topics, &reading, 0.85, hit, None);
            return;
        }
        if let Some(prep) = &hit.form.prep {
            if self.w(t) != prep {
                return;
            }
            t += 1;
        }
        // "Orban was criticised by the European Parliament": the agent after
        // `by` holds the attitude, about the subject. A passive never names
        // who criticises otherwise ("Iran has been accused of supplying
        // drones"), though the agent may come after a longer charge:
        // "accused of misusing funds, …, by officials".
        let passive = match self.passive_by(hit) {
            Some(by) => Some((Some(by), 0.8)),
            None if !self.w(hit.t0).ends_with("ing") && self.passive_auxiliary_before(hit.t0) => {
                let far = (hit.t1..self.end())
                    .take_while(|&k| self.w(k) != ";")
                    .find(|&k| self.w(k) == "by");
                Some((far, 0.75))
            }
            None => None,
        };
        if let Some((by, base)) = passive {
            let agent = by.map_or_else(Group::new, |k| self.object_after(k + 1, None, ACTORS, 8));
            if !agent.is_empty() {
                let a = self.refs_as(&agent, &[EntityType::Country]);
                // "The pipeline deal was criticised by Uzbekistan", "The
                // agreement, approved by Iraq's parliament, has been
                // criticised by Iran": what is criticised may be a noun
                // phrase before an aside, not an actor in it.
                let phrase = if rel == RelationType::Criticizes {
                    self.passive_subject_phrase(hit.t0)
                } else {
                    None
                };
                let mut p = match phrase {
                    Some(topic) => Args::one(topic),
                    None => {
                        let patient = self.subject_before(hit.t0, ACTORS, 12);
                        self.refs(&patient)
                    }
                };
                // "The Argentine ambassador, Carlos Bettini, was summoned by
                // the foreign minister": met the envoy, protested to the state.
                if hit.form.words[0].starts_with("summon") {
                    self.summoned_envoys(&a, &mut p, &reading, base, hit);
                }
                self.cross(rel, &a, &p, &reading, base, hit, None);
            }
            return;
        }
        // "voiced fears of shortages": the noun, read as such.
        if matches!(self.w(hit.t0), "fear" | "fears") && self.w(t) == "of" {
            return;
        }
        // "Poland closed its border with Belarus, accusing it of …": a
        // participle clause is the sentence subject's.
        let mut subject = self.subject_of(hit, ACTORS, 15);
        // "Several German lawmakers have accused Bern", "Syrian rebels
        // condemned …": a group the state's name modifies holds its own
        // attitude, not the state's.
        if subject.first().is_some_and(|&i| {
            let a = &self.actors[i];
            !a.possessive
                && (a.t1..(a.t1 + 2).min(hit.t0)).any(|k| self.is(k, Lists::NON_STATE_GROUPS))
        }) {
            subject.clear();
        }
        let s = self.refs_as(&subject, &[EntityType::Country]);
        // "Russia and Ukraine accused each other of shelling the plant",
        // "India and Pakistan traded accusations".
        let reciprocal = matches!(
            (self.w(t), self.w(t + 1)),
            ("each", "other") | ("one", "another")
        ) || (hit.form.words.len() > 1
            && matches!(
                hit.form.words[0].as_str(),
                "traded" | "trade" | "trading" | "exchanged"
            ));
        if reciprocal {
            // "India traded accusations with Pakistan": the other side after "with".
            let mut s = s;
            if self.w(t) == "with" {
                let with = self.object_after(t + 1, None, ACTORS, 3);
                s.extend(self.refs_as(&with, &[EntityType::Country]).iter().copied());
            }
            for a in &s {
                let others: Vec<Arg> = s.iter().filter(|b| b.0 != a.0).copied().collect();
                self.cross(rel, &[*a], &others, &reading, 0.8, hit, None);
            }
            return;
        }
        // "accused the Japanese aircraft of flying low", "accused Russian
        // forces of shelling": whom a charge names stands before its "of",
        // and a state that qualifies them is the one accused.
        if hit.form.words.len() == 1 && self.relative_object(hit, t, &reading) {
            return;
        }
        if hit.form.words.len() == 1 && hit.form.words[0].starts_with("accus") {
            if let Some(accused) = self.accused_before_charge(t) {
                let targets = self.refs_as(&accused, &[EntityType::Country]);
                self.cross(rel, &s, &targets, &reading, 0.8, hit, None);
                return;
            }
        }
        // "has been accused of hiding …" with no one named after the verb:
        // a charge is no topic.
        if matches!(self.w(t), "of" | "for") {
            return;
        }
        let mut topics = self.topics(t, rel);
        // "complained that Moscow failed to protect Armenia": a complaint
        // about what someone did targets them; a state of affairs
        // complained of ("that the talks were slow") is no one's fault here.
        if hit.form.prep.as_deref() == Some("that") {
            let at = t + usize::from(self.w(t) == "the");
            let doer = self
                .actors
                .iter()
                .position(|a| a.t0 == at && !a.possessive && !a.pronoun);
            topics = doer.map_or_else(Args::new, |i| self.refs_as(&[i], &[EntityType::Country]));
        }
        // One summons or expels a person, not a topic: "summoned the
        // Belarusian chargé", "expelled two Russian diplomats".
        // A named envoy stands for the state that sent them: "summoned the
        // U.S. ambassador Nicholas Burns" is a protest to the United States.
        if hit.form.words[0].starts_with("summon") || hit.form.words[0].starts_with("expel") {
            topics.retain(|&(e, _, _)| self.an.entities[e].etype != EntityType::Topic);
            if hit.form.words[0].starts_with("summon") {
                self.summoned_envoys(&s, &mut topics, &reading, 0.85, hit);
            } else {
                self.envoys_as_states(&mut topics);
            }
        }
        self.cross(rel, &s, &topics, &reading, 0.85, hit, None);
    }

    /// A named envoy stands for the state that sent them: "summoned the
    /// U.S. ambassador Nicholas Burns" is a protest to the United States.
    fn envoys_as_states(&mut self, targets: &mut [Arg]) {
        for (e, _, _) in targets {
            let entity = &self.an.entities[*e];
            if entity.etype != EntityType::Person {
                continue;
            }
            if let Some(code) = entity.country.clone() {
                if let Some(state) = self.an.country_entity_by_code(&code) {
                    *e = state;
                }
            }
        }
    }

    /// Whoever summons an envoy named in person meets them, besides
    /// protesting to their state: "Wang Yi summoned the Japanese
    /// ambassador, Masato Kitera". The envoys among `targets` are met by
    /// each of `summoners`, then stand for their states.
    fn summoned_envoys(
        &mut self,
        summoners: &[Arg],
        targets: &mut [Arg],
        reading: &Reading,
        base: f64,
        hit: &Hit<'_>,
    ) {
        let envoys: Vec<Arg> = targets
            .iter()
            .filter(|&&(e, _, _)| self.an.entities[e].etype == EntityType::Person)
            .copied()
            .collect();
        self.cross(
            RelationType::MetWith,
            summoners,
            &envoys,
            reading,
            base,
            hit,
            None,
        );
        self.envoys_as_states(targets);
    }

    /// "Qarase, whom he accused of corruption", "Ghana, which Nigeria has
    /// accused of harbouring rebels", "killings that Sisi condemned as a
    /// cowardly act": in a relative clause whose verb lacks its object,
    /// what is criticised is the antecedent of the relative pronoun, an
    /// actor or else the noun phrase before it. Whether it applied.
    fn relative_object(&mut self, hit: &Hit<'_>, t: usize, reading: &Reading) -> bool {
        let first = self.first();
        if !matches!(self.w(t), "of" | "for" | "as" | "," | "." | "") || hit.t0 < first + 3 {
            return false;
        }
        let Some(k) = (hit.t0.saturating_sub(6).max(first + 1)..hit.t0)
            .rev()
            .find(|&k| matches!(self.w(k), "whom" | "which" | "that"))
        else {
            return false;
        };
        // A subject of its own between the pronoun and the verb.
        let subject = self.subject_before(hit.t0, ACTORS, 4);
        if subject.first().is_none_or(|&a| self.actors[a].t0 <= k) {
            return false;
        }
        let s = self.refs_as(&subject, &[EntityType::Country]);
        let end = if self.w(k - 1) == "," { k - 1 } else { k };
        let antecedent = self
            .actors
            .iter()
            .rposition(|a| a.t1 == end && !a.pronoun && !a.possessive);
        // "Modi's trip to Moscow, which Zelenskiy had criticised": a name
        // after a preposition ends a longer phrase, read elsewhere.
        if antecedent.is_some_and(|ai| {
            let t0 = self.actors[ai].t0;
            t0 > first
                && matches!(
                    self.w(t0 - 1),
                    "to" | "in" | "of" | "from" | "with" | "for" | "on" | "at" | "by" | "into"
                )
        }) {
            return false;
        }
        let targets = if let Some(ai) = antecedent {
            self.refs(&[ai])
        } else {
            self.noun_phrase_before(end).into_iter().collect()
        };
        if !targets.is_empty() {
            self.cross(hit.form.relation, &s, &targets, reading, 0.8, hit, None);
        }
        true
    }

    /// The subject of the passive verb at `t` as a topic: "The pipeline
    /// deal was criticised", "The agreement, approved by parliament last
    /// month, has been criticised" (past an aside between commas).
    fn passive_subject_phrase(&mut self, t: usize) -> Option<Arg> {
        let first = self.first();
        let mut aux = t;
        while aux > first
            && matches!(
                self.w(aux - 1),
                "was" | "were" | "been" | "has" | "have" | "had" | "is" | "are" | "being"
            )
        {
            aux -= 1;
        }
        if aux == t || aux <= first + 1 {
            return None;
        }
        let mut end = aux;
        if self.w(end - 1) == "," {
            let open = (first..end - 1)
                .rev()
                .take(20)
                .find(|&k| self.w(k) == ",")?;
            // "The Argentine ambassador, Carlos Bettini, was summoned": a
            // name in the aside is the one meant.
            if self
                .actors
                .iter()
                .any(|a| a.t0 < end - 1 && a.t1 > open + 1 && self.is_person_actor(a))
            {
                return None;
            }
            end = open;
        }
        // An actor named there is read as one.
        if self
            .actors
            .iter()
            .any(|a| a.t0 < end && a.t1 >= end.saturating_sub(1) && a.t1 <= end && !a.possessive)
        {
            return None;
        }
        self.noun_phrase_before(end)
    }

    /// The noun phrase that ends before token `end` as a topic: up to four
    /// words of letters and hyphens (read in lower case, so "the Argentine
    /// ambassador" is one) after a determiner or a possessive ("the
    /// killings", "Israel's observer status"). None where the phrase does
    /// not open with one.
    fn noun_phrase_before(&mut self, end: usize) -> Option<Arg> {
        let first = self.first();
        let mut k = end;
        while k > first && end - k < 5 {
            let w = self.w(k - 1);
            if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                || w.is_empty()
                || opens_noun_phrase(w)
            {
                break;
            }
            k -= 1;
        }
        if k == end || k == first {
            return None;
        }
        let opener = self.w(k - 1);
        let possessor = self
            .actors
            .iter()
            .find(|a| a.t1 == k && a.possessive)
            .map(|a| a.t0);
        let start = match possessor {
            Some(p) => p,
            None if opens_noun_phrase(opener) => k - 1,
            None => return None,
        };
        Some(self.topic_over(start, end))
    }

    /// The words of tokens `start..end` as a topic.
    fn topic_over(&mut self, start: usize, end: usize) -> Arg {
        let span = Span::new(
            self.an.tokens[start].span.start,
            self.an.tokens[end - 1].span.end,
        );
        let phrase = self.an.surface(span).trim();
        (self.an.topic_entity(phrase), span, Resolution::Named)
    }

    /// Whether a verb of withdrawing stands right before the noun at `t`,
    /// past its determiner: "dropped its complaint", "withdrew the protest".
    fn withdrawn_before(&self, t: usize) -> bool {
        let first = self.first();
        let mut k = t;
        if k > first && matches!(self.w(k - 1), "its" | "their" | "his" | "her" | "the" | "a") {
            k -= 1;
        }
        k > first
            && matches!(
                self.w(k - 1),
                "dropped"
                    | "drops"
                    | "drop"
                    | "dropping"
                    | "withdrew"
                    | "withdraws"
                    | "withdraw"
                    | "withdrawn"
                    | "withdrawing"
                    | "retracted"
                    | "abandoned"
            )
    }

    fn attitude_noun(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        let rel = hit.form.relation;
        let end = self.end();
        // "Seoul dropped its complaint against Japan": a complaint or
        // protest withdrawn is none.
        if rel == RelationType::Criticizes && self.withdrawn_before(hit.t0) {
            return;
        }
        let mut agent = self.possessor_before(hit.t0, ACTORS);
        // "Manila shared Vietnam's concern over …": who shares or echoes
        // another's concern has it too.
        if rel == RelationType::ConcernedAbout {
            if let Some(&possessor) = agent.first() {
                let v = self.actors[possessor].t0;
                if v > self.first()
                    && matches!(
                        self.w(v - 1),
                        "shared" | "shares" | "share" | "sharing" | "echoed" | "echoes" | "echoing"
                    )
                {
                    for &i in self.subject_before(v - 1, ACTORS, 12).iter() {
                        if !agent.contains(&i) {
                            agent.push(i);
                        }
                    }
                }
            }
        }
        let mut t = hit.t1;
        let mut agent_after = false;
        // "concern among A that T", "condemnation from A"
        if agent.is_empty() && matches!(self.w(t), "among" | "from" | "by") {
            agent = self.object_after(t + 1, None, ACTORS, 4);
            if let Some(&last) = agent.last() {
                t = self.actors[last].t1;
                agent_after = true;
            }
        }
        // "criticism of Israel by the UN chief": the critic after "by".
        if agent.is_empty() && self.w(t) == "of" {
            let skip = usize::from(self.w(t + 1) == "the");
            if let Some(target) = self.actors.iter().position(|a| a.t0 == t + 1 + skip) {
                let after = self.actors[target].t1;
                if self.w(after) == "by" {
                    let by = self.object_after(after + 1, None, ACTORS, 4);
                    if !by.is_empty() {
                        let a = self.refs_as(&by, &[EntityType::Country]);
                        let b = self.refs(&[target]);
                        self.cross(rel, &a, &b, &reading, 0.75, hit, None);
                        return;
                    }
                }
            }
        }
        if agent.is_empty() {
            if let Some(lv) = self.light_verb_before(hit.t0) {
                // "cut off the gas, raising fears of shortages": fears one
                // raises are others', unnamed. (Concerns one raises are one's own.)
                let stirred = self.w(lv).starts_with("rais")
                    && matches!(
                        self.w(hit.t0),
                        "fear" | "fears" | "anxiety" | "unease" | "worry" | "worries"
                    );
                if stirred {
                    return;
                }
                agent = self.subject_before(lv, ACTORS, 12);
            }
        }
        // "was watching the strikes with great concern": what is watched
        // is the topic, whoever watches is concerned.
        if agent.is_empty() && rel == RelationType::ConcernedAbout {
            if let Some((v, with)) = self.watched_with(hit.t0) {
                let watcher = self.subject_before(v, ACTORS, 12);
                let a = self.refs_as(&watcher, &[EntityType::Country]);
                let watched = self
                    .actors
                    .iter()
                    .position(|x| x.t0 == v + 1 && x.t1 == with && !x.possessive);
                let topics = match watched {
                    Some(i) => self.refs(&[i]),
                    None => Args::one(self.topic_over(v + 1, with)),
                };
                self.cross(rel, &a, &topics, &reading, 0.75, hit, None);
                return;
            }
        }
        if agent.is_empty() {
            return;
        }
        // "Ankara faced criticism from Washington for buying the S-400":
        // who faced it is the target, whatever it is criticised for.
        if agent_after && self.criticised_subject(hit, &agent, &reading) {
            return;
        }
        // "voiced concern yesterday over …", "concern in a statement about":
        // a phrase of time, place or manner first.
        t += self.time_phrase_len(t);
        // "raised concerns with China about the detention of …": whom a
        // concern is raised with stands before its topic. (Whom a protest
        // is lodged with is whom it criticises.)
        if rel == RelationType::ConcernedAbout && self.w(t) == "with" {
            if let Some(a) = self.actors.iter().find(|a| a.t0 == t + 1) {
                if matches!(self.w(a.t1), "about" | "over" | "regarding") {
                    t = a.t1;
                }
            }
        }
        t = self.past_adjuncts(t, &["about", "over", "against", "that"]);
        if !matches!(
            self.w(t),
            "about"
                | "over"
                | "at"
                | "against"
                | "regarding"
                | "on"
                | "that"
                | "with"
                | "of"
                | "for"
                | "toward"
                | "towards"
        ) || t >= end
        {
            return;
        }
        let topics = self.topics(t + 1, rel);
        let a = self.refs_as(&agent, &[EntityType::Country]);
        self.cross(rel, &a, &topics, &reading, 0.8, hit, None);
    }

    /// The verb of watching before "with (great) concern" at `t`, when
    /// something is watched between them: "is following the situation
    /// with deep concern". Where that verb and that "with" are.
    fn watched_with(&self, t: usize) -> Option<(usize, usize)> {
        let first = self.first();
        let mut with = t.checked_sub(1)?;
        if with > first
            && matches!(
                self.w(with),
                "great" | "deep" | "grave" | "serious" | "growing" | "increasing" | "some" | "much"
            )
        {
            with -= 1;
        }
        if with <= first + 1 || self.w(with) != "with" {
            return None;
        }
        let v = (with.saturating_sub(9).max(first)..with - 1)
            .rev()
            .take_while(|&k| !matches!(self.w(k), "," | ";" | "that" | "which"))
            .find(|&k| {
                matches!(
                    self.w(k),
                    "watching"
                        | "watches"
                        | "watched"
                        | "following"
                        | "follows"
                        | "followed"
                        | "viewing"
                        | "views"
                        | "viewed"
                        | "monitoring"
                        | "monitors"
                        | "monitored"
                        | "observing"
                        | "observes"
                        | "observed"
                        | "noted"
                        | "notes"
                        | "noting"
                        | "received"
                )
            })?;
        Some((v, with))
    }

    /// "The visit drew sharp criticism from Seoul", "Ankara faced criticism
    /// from Washington": the subject of the verb of reaction before the noun
    /// at `hit` is the target of the `agent` after it. Whether one was found.
    fn criticised_subject(&mut self, hit: &Hit<'_>, agent: &[usize], reading: &Reading) -> bool {
        let first = self.first();
        let reaction = (hit.t0.saturating_sub(3).max(first)..hit.t0)
            .rev()
            .find(|&k| self.is(k, Lists::REACTION_VERBS));
        let Some(v) = reaction else {
            return false;
        };
        // "visited Moscow, drawing criticism from Brussels": a participle
        // after a comma is the sentence subject's.
        let target = if self.w(v).ends_with("ing") && self.w(v - 1) == "," {
            self.sentence_subject(v, ACTORS)
        } else {
            self.subject_before(v, ACTORS, 12)
        };
        let target = self.refs(&target);
        if target.is_empty() {
            return false;
        }
        let a = self.refs_as(agent, &[EntityType::Country]);
        self.cross(hit.form.relation, &a, &target, reading, 0.75, hit, None);
        true
    }

    // ----- cooperates-with -------------------------------------------------------------

    /// The state that a noun of role at `hit` ("supplier", "lender",
    /// "buyer") is said of, and the possessor of the noun if it has one:
    /// "Germany is Ukraine's second-largest supplier", "Israel, another big
    /// arms supplier to Baku,", "one of Fiji's biggest aid donors". `None`
    /// when nothing says the role is someone's.
    fn role_noun_holder(&self, hit: &Hit<'_>) -> Option<(Group, Option<usize>)> {
        let mut p = hit.t0;
        // "Germany is Ukraine's second-largest supplier": the noun's
        // possessor is its owner (here the recipient).
        let mut owner = None;
        while p > self.first() {
            let w = self.w(p - 1);
            if matches!(
                w,
                "primary"
                    | "main"
                    | "major"
                    | "largest"
                    | "biggest"
                    | "key"
                    | "top"
                    | "leading"
                    | "principal"
                    | "the"
                    | "a"
                    | "an"
                    | "chief"
                    | "crucial"
                    | "critical"
                    | "important"
                    | "second"
                    | "third"
                    | "single"
                    | "another"
                    | "big"
                    // "is already the biggest buyer".
                    | "already"
                    | "now"
                    | "still"
                    | "also"
                    | "bilateral"
                    | "-"
            ) || self.is(p - 1, Lists::SUPPLY_NOUNS)
            {
                // "India's largest arms supplier": goods may modify it.
                p -= 1;
                continue;
            }
            let possessor = self
                .actors
                .iter()
                .position(|a| a.possessive && !a.pronoun && a.t1 + 1 == p && w == "'s");
            match possessor {
                Some(i) if owner.is_none() => {
                    owner = Some(i);
                    p = self.actors[i].t0;
                }
                _ => break,
            }
        }
        // "is one of Fiji's biggest aid donors", "are among Serbia's
        // main arms suppliers".
        if p > self.first() + 2 && self.w(p - 1) == "of" && self.w(p - 2) == "one" {
            p -= 2;
        } else if p > self.first() + 1 && self.w(p - 1) == "among" {
            p -= 1;
        }
        // "Israel, another big arms supplier to Baku,", "China, Sri
        // Lanka's biggest bilateral lender,": a state in apposition.
        let apposed = (p > self.first() && self.w(p - 1) == ",")
            .then(|| {
                self.actors
                    .iter()
                    .position(|a| a.t1 + 1 == p && !a.possessive && self.fits(a, STATES))
            })
            .flatten();
        if apposed.is_none()
            && (p == self.first()
                || !matches!(
                    self.w(p - 1),
                    "as" | "is"
                        | "are"
                        | "were"
                        | "was"
                        | "remains"
                        | "remain"
                        | "became"
                        | "become"
                        | "becomes"
                        | "been"
                        | "'s"
                ))
        {
            return None;
        }
        let holder = match apposed {
            Some(i) => Group::one(i),
            None => self.subject_before(p - 1, STATES, 3),
        };
        Some((holder, owner))
    }

    /// A person stands for their country, named by the same span; the
    /// rest stand for themselves. `None` for a person of no known state.
    fn state_of(&mut self, (e, s, r): Arg) -> Option<Arg> {
        if self.an.entities[e].etype != EntityType::Person {
            return Some((e, s, r));
        }
        let code = self.an.entities[e].country.clone()?;
        self.an.country_entity_by_code(&code).map(|c| (c, s, r))
    }

    fn cooperate_verb(&mut self, hit: &Hit<'_>) {
        // "agreed to postpone their meeting", "agreed to cancel the
        // talks": agreeing to call something off is no tie made.
        if matches!(hit.form.words[0].as_str(), "agreed" | "agree" | "agrees")
            && hit.form.words.len() == 1
            && self.w(hit.t1) == "to"
            && self.is(hit.t1 + 1, Lists::DENIAL_VERBS)
        {
            return;
        }
        let Some(reading) = self.read(hit) else {
            return;
        };
        let signing = hit.form.words[0].starts_with("sign");
        if signing && hit.form.prep.as_deref() == Some("by") {
            self.signed_by(hit, &reading);
            return;
        }
        // "broke ties with Taipei, establishing relations with Beijing": a
        // participle clause is the sentence subject's.
        let subject = self.subject_of(hit, ACTORS, 15);
        // "Merkel and Macron signed a treaty in Aachen": leaders who sign
        // together meet; so do a signer and the leader signed with.
        let signers = if signing {
            self.persons_in(&subject)
        } else {
            Args::new()
        };
        let s = self.refs_as(&subject, &[EntityType::Country]);
        // "restored diplomatic ties with Iran", "reached an agreement with
        // Japan": a form without its own preposition may still take "with".
        let prep = hit
            .form
            .prep
            .clone()
            .or_else(|| (self.w(hit.t1) == "with").then(|| "with".to_string()));
        if let Some(prep) = prep {
            let object = self.object_after(hit.t1, Some(&prep), ACTORS, 6);
            if signing {
                let with = self.persons_in(&object);
                self.cross(
                    RelationType::MetWith,
                    &signers,
                    &with,
                    &reading,
                    0.7,
                    hit,
                    None,
                );
            }
            let o = self.refs_as(&object, &[EntityType::Country]);
            self.cross(
                RelationType::CooperatesWith,
                &s,
                &o,
                &reading,
                0.8,
                hit,
                None,
            );
        } else if s.len() >= 2 {
            self.pairs(RelationType::CooperatesWith, &s, &reading, 0.75, hit);
            if signers.len() >= 2 {
                self.pairs(RelationType::MetWith, &signers, &reading, 0.7, hit);
            }
        }
    }

    /// "The accord was signed by Asif and his Afghan counterpart, Yaqoob":
    /// the signers of an instrument named in the passive meet, and their
    /// states cooperate.
    fn signed_by(&mut self, hit: &Hit<'_>, reading: &Reading) {
        let first = self.first();
        let passive = (hit.t0.saturating_sub(2).max(first)..hit.t0)
            .any(|k| matches!(self.w(k), "was" | "were" | "been"));
        let instrument = (hit.t0.saturating_sub(8).max(first)..hit.t0).any(|k| {
            matches!(
                self.w(k),
                "agreement"
                    | "agreements"
                    | "accord"
                    | "accords"
                    | "deal"
                    | "treaty"
                    | "pact"
                    | "protocol"
                    | "memorandum"
                    | "declaration"
                    | "contract"
                    | "ceasefire"
                    | "truce"
                    | "charter"
                    | "convention"
            )
        });
        if !passive || !instrument {
            return;
        }
        let mut object = self.object_after(hit.t1, Some("by"), ACTORS, 6);
        // "by Asif and his Afghan counterpart, Mullah Yaqoob": the
        // counterpart, not the possessive pronoun.
        object.retain(|&i| !(self.actors[i].pronoun && self.actors[i].possessive));
        if let Some(&last) = object.last() {
            let t = self.actors[last].t1;
            if self.w(t) == "and" {
                object.extend(self.counterpart_named_at(t + 1));
            }
        }
        let signers = self.persons_in(&object);
        if signers.len() >= 2 {
            self.pairs(RelationType::MetWith, &signers, reading, 0.7, hit);
        }
        let mut states = self.refs_as(&object, &[EntityType::Country]);
        states.retain(|&(e, _, _)| self.an.entities[e].etype != EntityType::Person);
        if states.len() >= 2 {
            self.pairs(RelationType::CooperatesWith, &states, reading, 0.75, hit);
        }
    }

    /// The person named after a possessive counterpart title at `p`: "his
    /// Ugandan counterpart, Yoweri Museveni", "her counterpart Sam Kutesa".
    fn counterpart_named_at(&self, p: usize) -> Option<usize> {
        if !matches!(self.w(p), "his" | "her" | "their") {
            return None;
        }
        let h = (p + 1..(p + 4).min(self.end()))
            .find(|&k| matches!(self.w(k), "counterpart" | "counterparts"))?;
        let at = h + 1 + usize::from(self.w(h + 1) == ",");
        self.actors
            .iter()
            .position(|a| a.t0 == at && self.is_person_actor(a))
    }

    /// The persons a group of actors names, as they are named.
    fn persons_in(&self, group: &[usize]) -> Args {
        let mut out = self.refs(group);
        out.retain(|&(r, _, _)| self.an.entities[r].etype == EntityType::Person);
        out
    }

    fn cooperate_noun(&mut self, hit: &Hit<'_>) {
        let Some(reading) = self.read(hit) else {
            return;
        };
        // "the Russia-China strategic partnership", "the U.S.-ROK alliance"
        let mut p = hit.t0;
        let mut skipped = 0;
        while p > self.first()
            && skipped < 3
            && !self.in_actor(p - 1)
            && self.w(p - 1).chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(self.w(p - 1), "the" | "a" | "an" | "-" | "and" | "of")
        {
            p -= 1;
            skipped += 1;
        }
        if let Some(bi) = self.actors.iter().position(|a| a.t1 == p) {
            if bi > 0 {
                let (a, b) = (&self.actors[bi - 1], &self.actors[bi]);
                if a.t1 + 1 == b.t0 && matches!(self.w(a.t1), "-" | "–" | "/") {
                    let pair = self.refs_as(&[bi - 1, bi], &[EntityType::Country]);
                    self.pairs(RelationType::CooperatesWith, &pair, &reading, 0.85, hit);
                    return;
                }
            }
        }
        if let Some(group) = self.between(hit.t1, ACTORS) {
            let g = self.refs_as(&group, &[EntityType::Country]);
            self.pairs(RelationType::CooperatesWith, &g, &reading, 0.85, hit);
            return;
        }
        // "the U.S. commitment to the defense of Japan"
        if hit.form.words[0] == "commitment" || hit.form.words[0] == "security" {
            let owner = self.possessor_before(hit.t0, &[EntityType::Country]);
            // "commitment to the defence of Japan", "commitment to defend Japan".
            let prep =
                (hit.form.words.last().map(String::as_str) != Some("defend")).then_some("of");
            let of = self.object_after(hit.t1, prep, &[EntityType::Country], 4);
            let (o, f) = (
                self.refs_as(&owner, &[EntityType::Country]),
                self.refs_as(&of, &[EntityType::Country]),
            );
            self.cross(
                RelationType::CooperatesWith,
                &o,
                &f,
                &reading,
                0.75,
                hit,
                None,
            );
            return;
        }
        let owner = self.possessor_before(hit.t0, ACTORS);
        let with = self.object_after(hit.t1, Some("with"), ACTORS, 5);
        let mut o = self.refs_as(&owner, &[EntityType::Country]);
        // "A and B pledged to deepen cooperation": with no other party named,
        // the light verb's coordinated subject are the partners.
        // "expressed concern about the pact": a pact that is a topic has no
        // partners in the clause; "declared a partnership": forming it does.
        let governing = self
            .light_verb_before(hit.t0)
            .or_else(|| self.verb_before(hit.t0, Lists::FORMING_VERBS, 6))
            .filter(|&lv| {
                !(lv + 1..hit.t0)
                    .any(|k| matches!(self.w(k), "about" | "over" | "against" | "regarding"))
            });
        if o.is_empty() && with.is_empty() {
            if let Some(lv) = governing {
                // "The two leaders pledged …": one actor may name both.
                let s = self.subject_before(lv, ACTORS, 12);
                let partners = self.refs_as(&s, &[EntityType::Country]);
                if partners.len() >= 2 {
                    o = partners;
                }
            }
        }
        if o.is_empty() && !with.is_empty() {
            if let Some(lv) = governing {
                let s = self.subject_before(lv, ACTORS, 12);
                o = self.refs_as(&s, &[EntityType::Country]);
            } else if let Some(ai) = self
                .actors
                .iter()
                .rposition(|a| a.t1 <= hit.t0 && a.pronoun && a.possessive && hit.t0 - a.t1 <= 3)
            {
                o = self.refs(&[ai]);
            }
        }
        let w = self.refs_as(&with, &[EntityType::Country]);
        if !w.is_empty() {
            self.cross(
                RelationType::CooperatesWith,
                &o,
                &w,
                &reading,
                0.75,
                hit,
                None,
            );
        } else if o.len() >= 2 {
            self.pairs(RelationType::CooperatesWith, &o, &reading, 0.75, hit);
        }
    }
}

/// Whether a word opens a noun phrase: an article, a possessive pronoun,
/// "this".
fn opens_noun_phrase(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this"
    )
}

/// Whether the text of a supplied object names goods: arms, aid, energy, money.
fn names_goods(object: Option<&str>) -> bool {
    object.is_some_and(|o| {
        o.split(|c: char| !c.is_alphanumeric())
            .any(|w| is_in(&lexicon::SUPPLY_NOUNS, &w.to_lowercase()))
    })
}

/// Whether what is provided is a promise or a word, not goods: "provide
/// security guarantees to North Korea", "gave assurances to Kyiv".
fn names_no_goods(object: Option<&str>) -> bool {
    object
        .and_then(|o| {
            o.split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty())
        })
        .is_some_and(|last| {
            matches!(
                last.to_lowercase().as_str(),
                "guarantee"
                    | "guarantees"
                    | "assurance"
                    | "assurances"
                    | "recognition"
                    | "legitimacy"
                    | "cover"
                    | "platform"
                    | "access"
                    | "briefing"
                    | "briefings"
                    | "details"
                    | "explanation"
                    | "update"
                    | "updates"
            )
        })
}

/// A small count: "two" to "seven", or digits ("a three-day visit", "a
/// 10-day tour").
fn is_count(w: &str) -> bool {
    matches!(w, "two" | "three" | "four" | "five" | "six" | "seven")
        || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a modifier of "ties" or "relations" says they are bad or cut:
/// "strained", "frosty", "severed".
fn strains_ties(w: &str) -> bool {
    matches!(
        w,
        "strained"
            | "tense"
            | "frosty"
            | "frozen"
            | "troubled"
            | "rocky"
            | "poor"
            | "bad"
            | "hostile"
            | "uneasy"
            | "fraught"
            | "difficult"
            | "complicated"
            | "prickly"
            | "testy"
            | "icy"
            | "chilly"
            | "cool"
            | "cold"
            | "turbulent"
            | "sour"
            | "soured"
            | "damaged"
            | "broken"
            | "severed"
            | "fractious"
            | "thorny"
            | "adversarial"
            | "antagonistic"
            | "acrimonious"
            | "bitter"
            | "deteriorating"
            | "worsening"
            | "souring"
            | "cooling"
            | "limited"
            | "minimal"
            | "informal"
            | "unofficial"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bits the index gives a word are the lists `is_in` finds it in,
    /// and a word out of the sentence (`""`) is in none: the rules' bit
    /// tests answer as the list searches did.
    #[test]
    fn list_bits_answer_as_the_lists() {
        let dictionary =
            crate::dictionary::Dictionary::bundled().expect("the bundled dictionary loads");
        let index = TriggerIndex::new(dictionary.triggers());
        let mut words: Vec<&str> = vec!["", "the", "said", "Said", "reportedly", "officials"];
        for (list, _) in &lexicon::LIST_BITS {
            words.extend(list.words());
        }
        for w in words {
            let lists = index.get(w).map_or(Lists::NONE, |e| e.lists);
            for (list, bit) in &lexicon::LIST_BITS {
                assert_eq!(lists.has(*bit), is_in(list, w), "{w:?} in {list:?}");
            }
        }
        for (list, _) in &lexicon::LIST_BITS {
            assert!(!is_in(list, ""), "{list:?} holds the empty word");
        }
    }

    /// Two words have the same key only if they are the same word, at
    /// every length a key covers; longer words and the empty word have
    /// none.
    #[test]
    fn word_keys_tell_words_apart() {
        let mut words = vec![String::new()];
        for len in 1..=17 {
            for (i, fill) in ["a", "b"].iter().enumerate() {
                let same = fill.repeat(len);
                words.push(same.clone());
                for k in 0..len {
                    let mut w = same.clone().into_bytes();
                    w[k] = if i == 0 { b'c' } else { b'\xc3' };
                    words.push(String::from_utf8_lossy(&w).into_owned());
                }
            }
        }
        for a in &words {
            for b in &words {
                match (WordKey::of(a), WordKey::of(b)) {
                    (Some(x), Some(y)) => assert_eq!(x == y, a == b, "{a:?} {b:?}"),
                    (x, y) => assert!(x.is_none() && y.is_none() || a != b, "{a:?} {b:?}"),
                }
            }
            assert_eq!(
                WordKey::of(a).is_some(),
                (1..=16).contains(&a.len()),
                "{a:?}"
            );
        }
    }

    /// Every trigger form is found under its first word.
    #[test]
    fn forms_are_found_by_their_first_word() {
        let dictionary =
            crate::dictionary::Dictionary::bundled().expect("the bundled dictionary loads");
        let index = TriggerIndex::new(dictionary.triggers());
        for entry in index.short.entries().chain(index.long.values()) {
            for f in &entry.forms {
                let found = index
                    .get(&f.words[0])
                    .expect("the form's first word is indexed");
                assert!(std::ptr::eq(found, entry));
            }
        }
    }

    /// The table answers as a map of the same words did: every known word
    /// gives its own forms and lists, and words it does not know (near
    /// misses of known ones, at every length) give none.
    #[test]
    fn the_word_table_answers_as_a_map() {
        let dictionary =
            crate::dictionary::Dictionary::bundled().expect("the bundled dictionary loads");
        let entries = TriggerIndex::entries(dictionary.triggers());
        let index = TriggerIndex::new(dictionary.triggers());
        assert!(!entries.is_empty());
        for (word, entry) in &entries {
            assert_eq!(index.get(word), Some(entry), "{word:?}");
        }
        let mut unknown = vec![String::new(), "x".repeat(17), "zzzz".to_string()];
        for word in entries.keys() {
            unknown.push(format!("{word}s"));
            unknown.push(format!("q{word}"));
            let mut shorter = word.chars();
            shorter.next_back();
            unknown.push(shorter.as_str().to_string());
            let mut changed = word.clone().into_bytes();
            for k in 0..changed.len() {
                let was = changed[k];
                changed[k] = if was == b'z' { b'y' } else { b'z' };
                unknown.push(String::from_utf8_lossy(&changed).into_owned());
                changed[k] = was;
            }
        }
        let mut asked = 0;
        for word in unknown.iter().filter(|w| !entries.contains_key(*w)) {
            assert_eq!(index.get(word), None, "{word:?}");
            asked += 1;
        }
        assert!(asked > entries.len());
    }
}
