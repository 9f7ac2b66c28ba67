//! Dictionary matching: every surface form of the dictionary, found
//! leftmost-longest on word boundaries.
//!
//! Forms can only start where a word starts, so the forms are kept as a
//! trie of words: at each word start of the text a small bit filter rejects
//! most words at once, and otherwise the walk along the text's words gives
//! the few forms that may start there, each then compared with the text.
//! That reads every byte about once and never runs through the inside of
//! words, which an automaton over all the forms (tried first) does, and it
//! measured faster.
//!
//! The comparison is ASCII case-insensitive, and each match is then checked
//! against the case of the form it came from: acronyms (`US`, `AU`, `WHO`)
//! must match exactly, names must be capitalised as written (or the text be
//! in capitals, as in a headline), titles match in any case ("president of
//! the United States"). All matches are collected overlapping and the
//! longest valid one is kept at each place, so a rejected long match never
//! hides a valid shorter one.

use crate::dictionary::Dictionary;
use crate::record::fold;
use crate::text::{is_ascii_alnum, is_letter_or_digit};
use rustc_hash::FxHashMap;

/// How a country is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountryForm {
    /// Its name or an abbreviation: `China`, `PRC`.
    Name,
    /// An adjective: `Chinese`.
    Demonym,
    /// Its capital: `Beijing` (a place, or the government, by context).
    Capital,
    /// Another name for its government: `the Kremlin`.
    Metonym,
}

/// What a dictionary form refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A country (index into the dictionary's countries).
    Country(usize, CountryForm),
    /// An organisation.
    Organization(usize),
    /// A person; `surname` when the form is a single word.
    Person {
        /// Index into the dictionary's persons.
        index: usize,
        /// Whether the form is a single word (usually the surname).
        surname: bool,
    },
    /// A place.
    Place(usize),
    /// A specific office by its canonical name or one of its own titles.
    Office {
        /// Index into the dictionary's offices.
        index: usize,
        /// Whether the form is the canonical name, which names the holder too.
        full: bool,
    },
    /// A generic title of an office kind: `Foreign Minister`.
    Title(String),
}

/// A dictionary match in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerMatch {
    /// Byte offsets.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The dictionary form matched; [`Gazetteer::targets`] says what it may
    /// refer to. An index, not a copy or a shared pointer, so matching costs
    /// no allocation and threads share nothing they write.
    pub form: u32,
    /// What the form may name, carried here from the matcher's candidate:
    /// read at every match, the form itself mostly is not in the cache.
    pub kinds: FormKinds,
}

/// What a dictionary form may name, as bits, worked out once when the
/// dictionary is compiled; see the methods of [`Gazetteer`] of the same
/// names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormKinds(u8);

impl FormKinds {
    const PERSON: u8 = 1;
    const SURNAME_ONLY: u8 = 2;
    const PLACE_LIKE: u8 = 4;
    const TITLE: u8 = 8;
    const NAMED: u8 = 16;

    fn of(form: &Form) -> FormKinds {
        let bit = |on: bool, bit: u8| if on { bit } else { 0 };
        FormKinds(
            bit(form.names_person, Self::PERSON)
                | bit(form.surname_only, Self::SURNAME_ONLY)
                | bit(form.place_like, Self::PLACE_LIKE)
                | bit(!form.titles.kinds.is_empty(), Self::TITLE)
                | bit(form.named.is_some(), Self::NAMED),
        )
    }

    /// [`Gazetteer::may_be_person`].
    pub fn may_be_person(self) -> bool {
        self.0 & Self::PERSON != 0
    }

    /// [`Gazetteer::surname_only`].
    pub fn surname_only(self) -> bool {
        self.0 & Self::SURNAME_ONLY != 0
    }

    /// [`Gazetteer::place_like`].
    pub fn place_like(self) -> bool {
        self.0 & Self::PLACE_LIKE != 0
    }

    /// [`Gazetteer::may_be_title`].
    pub fn may_be_title(self) -> bool {
        self.0 & Self::TITLE != 0
    }

    /// Whether [`Gazetteer::named`] gives a target.
    pub fn names_place_or_body(self) -> bool {
        self.0 & Self::NAMED != 0
    }
}

/// The compiled matcher.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    forms: Vec<Form>,
    /// The forms as a trie of words: node 0 is the root, an edge is a word
    /// (a run of letters and digits, ASCII lower-cased, by its hash), and a
    /// node lists the forms whose words end there. Walking it from a word
    /// start visits only the forms whose words the text has, however many
    /// forms share a first word ("Minister" starts hundreds).
    edges: Edges,
    /// For each node, its range of `candidates`.
    ends: Vec<NodeEnds>,
    /// The forms that end at each node, each node's run longest first.
    candidates: Vec<Candidate>,
    /// All form texts, one after another, for comparing without a pointer
    /// chase per candidate.
    texts: String,
    /// The first words of the forms ([`FIRST`]): most words of a text
    /// start no form, and this small table, which stays in cache, says so
    /// without a lookup in the big one. Beside each bit of them, in the
    /// same cache line, the first words of the forms stored at the first
    /// word's node ([`ALONE`]): forms of one word, or whose second word is
    /// not joined to the first. A word that may start a form is looked up
    /// in the second at once, which then costs no cache miss of its own.
    first_words: WordFilter<2>,
    /// The same for the forms that text starting with a lower-case letter
    /// can match: no capitalised name does ("and" is no `AND`, "s" no
    /// `S. Jaishankar`), titles and forms led by a function word may.
    lower_first_words: WordFilter<2>,
    /// The first two words of the other forms, by [`pair_hash`]. A word
    /// such as "the" starts many forms ("the Kremlin") and none alone: the
    /// word after it rules most of its places out before a walk.
    pair_bits: WordFilter<1>,
    /// First characters of forms that do not begin with a letter or digit
    /// (`'Aisake`): a search starts at these as well as at word starts.
    odd_starts: Vec<char>,
    /// The same for ASCII characters, as a table.
    odd_ascii: [bool; 128],
}

/// What a walk finds at a node of the trie.
#[derive(Clone, Copy, Debug)]
struct NodeEnds {
    /// The forms that end here are `candidates[first..first + count]`.
    first: u32,
    count: u32,
    /// The node whose edge leads here (0 for the root itself): a walk
    /// goes back along these from the deepest node it reached, with no
    /// list of the nodes passed to fill on the way down.
    parent: u32,
}

/// The trie's edges, (node, word hash) to child node, in one table with
/// open addressing and linear probing. A look-up is a multiply and mostly a
/// single slot read, several times cheaper than a general hash map's, and a
/// megabyte of news asks for some hundred thousand of them.
#[derive(Clone, Debug)]
struct Edges {
    /// A power of two of them, at most half used.
    slots: Box<[Edge]>,
    /// 64 minus the base-2 logarithm of the number of slots: where a key's
    /// mix starts its slot.
    shift: u32,
}

/// A slot of [`Edges`].
#[derive(Clone, Copy, Debug, Default)]
struct Edge {
    /// The edge's parent node and word hash as one number
    /// ([`Edges::key`]): two edges are taken as one only if 64 bits of it
    /// agree, as two words are when their hashes do.
    key: u64,
    /// The child node, in the bits of [`NODE_BITS`], and above them the
    /// bits of [`Edge::word_bit`] of the words of the edges that leave it:
    /// a walk that reaches a node goes on to the next word only if its
    /// bit is set, with no look-up that would find nothing (and mostly
    /// miss the cache), and learns so from the slot it has read; a node
    /// that no edge leaves has none set. 0 in an empty slot: the root is
    /// no node's child.
    child: u32,
    /// The first of the forms that end at the child, as an index of
    /// [`Gazetteer::candidates`], or [`NO_FORM`]. A walk mostly ends with a
    /// match of this form, which it then tries with no read of the child's
    /// [`NodeEnds`] first.
    first: u32,
}

/// The bits of [`Edge::child`] that hold the child node.
const NODE_BITS: u32 = (1 << 24) - 1;

/// The bits of [`Edge::word_bit`] of any word at all: those of the edges
/// that leave the root, which a walk takes at first.
const ANY_WORD: u32 = 0xff;

/// [`Edge::first`] of a child at which no form ends: no candidate's index.
const NO_FORM: u32 = u32::MAX;

impl Edge {
    /// The child node.
    fn child(self) -> u32 {
        self.child & NODE_BITS
    }

    /// The bits of [`Edge::word_bit`] of the words of the edges that leave
    /// the child.
    fn next_words(self) -> u32 {
        self.child >> NODE_BITS.count_ones()
    }

    /// One of eight bits, by the top bits of a word's hash: a node's edges
    /// are mostly few, so that the bits of their words rule out most words
    /// that lead nowhere from it.
    fn word_bit(hash: u64) -> u32 {
        1 << (hash >> 61)
    }
}

impl Edges {
    /// The table of these edges; `ends[node]` says which forms end at a node.
    fn new(edges: &FxHashMap<(u32, u64), u32>, ends: &[NodeEnds]) -> Edges {
        assert!(ends.len() <= NODE_BITS as usize, "too many nodes");
        let mut next_words = vec![0u32; ends.len()];
        for &(parent, hash) in edges.keys() {
            next_words[parent as usize] |= Edge::word_bit(hash);
        }
        let len = (edges.len() * 2).next_power_of_two().max(16);
        let mut table = Edges {
            slots: vec![Edge::default(); len].into_boxed_slice(),
            shift: 64 - len.trailing_zeros(),
        };
        let mask = len - 1;
        for (&(parent, hash), &child) in edges {
            let key = Edges::key(parent, hash);
            let mut i = table.slot(key);
            while table.slots[i].child != 0 {
                assert!(table.slots[i].key != key, "two edges of one key");
                i = (i + 1) & mask;
            }
            let leaving = next_words.get(child as usize).copied().unwrap_or(0);
            table.slots[i] = Edge {
                key,
                child: child | leaving << NODE_BITS.count_ones(),
                first: ends
                    .get(child as usize)
                    .filter(|here| here.count > 0)
                    .map_or(NO_FORM, |here| here.first),
            };
        }
        table
    }

    /// The key of the edge from `parent` along the word with this hash:
    /// for each parent a different mix of the hash, none the same as
    /// another's unless 64 bits agree by chance.
    fn key(parent: u32, hash: u64) -> u64 {
        (hash ^ u64::from(parent).wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .wrapping_mul(0xff51_afd7_ed55_8ccd)
    }

    /// The first slot to look at for an edge of this key.
    fn slot(&self, key: u64) -> usize {
        (key >> self.shift) as usize
    }

    /// The edge from `parent` along the word with this hash, if any.
    fn get(&self, parent: u32, hash: u64) -> Option<Edge> {
        let mask = self.slots.len() - 1;
        let key = Edges::key(parent, hash);
        let mut i = self.slot(key);
        loop {
            let edge = self.slots.get(i)?;
            if edge.child == 0 {
                return None;
            }
            if edge.key == key {
                return Some(*edge);
            }
            i = (i + 1) & mask;
        }
    }
}

/// A form that may start where a word starts.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    form: u32,
    /// Its text is `texts[start..start + len]`.
    start: u32,
    len: u32,
    /// How its case must fit the text, worked out from its targets.
    case: CaseRule,
    /// What the form may name, for its matches.
    kinds: FormKinds,
}

/// What [`case_fits`] needs to know of a form besides its text.
#[derive(Clone, Copy, Debug)]
struct CaseRule {
    acronym: bool,
    titles_only: bool,
    offices_only: bool,
}

impl CaseRule {
    fn new(form: &str, targets: &[Target]) -> CaseRule {
        CaseRule {
            acronym: is_acronym(form),
            titles_only: targets
                .iter()
                .all(|t| matches!(t, Target::Title(_) | Target::Office { full: false, .. })),
            offices_only: targets
                .iter()
                .all(|t| matches!(t, Target::Office { .. } | Target::Title(_))),
        }
    }
}

/// Bits of a [`WordFilter`] at most: 2^16, 8 KB.
const FILTER_BITS: u32 = 16;

/// `SETS` bit filters of word hashes, by their top bits: a word whose bit
/// in a set is clear is none of the words put in that set. A word's bits
/// in the sets lie side by side, in one cache line. Of a fixed size, so
/// that a look-up needs no test of its index; a small one uses only the
/// first numbers of its bits.
#[derive(Clone, Debug)]
struct WordFilter<const SETS: usize> {
    bits: Box<[[u64; SETS]; 1 << (FILTER_BITS - 6)]>,
    /// The mask of the index of the number of 64 bits that holds a hash's
    /// bit: one less than the numbers used, a power of two.
    used: usize,
}

/// The set of [`Gazetteer::first_words`] of the forms' first words.
const FIRST: usize = 0;

/// The set of [`Gazetteer::first_words`] of the first words of the forms
/// stored at the first word's node.
const ALONE: usize = 1;

impl<const SETS: usize> WordFilter<SETS> {
    /// A filter of all 2^16 bits a set, for some thousands of words, which
    /// set one in ten of them.
    fn new() -> WordFilter<SETS> {
        WordFilter::of_numbers(1 << (FILTER_BITS - 6))
    }

    /// A filter that uses only the first `numbers` of its numbers of 64
    /// bits, a power of two: for a few hundred words, so that the cache
    /// lines that look-ups read are few and stay in the cache.
    fn of_numbers(numbers: usize) -> WordFilter<SETS> {
        WordFilter {
            bits: Box::new([[0; SETS]; 1 << (FILTER_BITS - 6)]),
            used: numbers - 1,
        }
    }

    /// The index of the number of 64 bits that holds a hash's bit, and
    /// the bit.
    fn place(&self, hash: u64) -> (usize, u64) {
        let bit = filter_bit(hash);
        ((bit / 64) & self.used, 1 << (bit % 64))
    }

    fn insert(&mut self, set: usize, hash: u64) {
        let (at, bit) = self.place(hash);
        self.bits[at][set] |= bit;
    }

    /// Whether a word with this hash may have been put in the set.
    fn may_hold(&self, set: usize, hash: u64) -> bool {
        let (at, bit) = self.place(hash);
        self.bits[at][set] & bit != 0
    }
}

/// The hash of two words one after the other, for [`Gazetteer::pair_bits`]:
/// mixed again, so that its top bits depend on every bit of both.
fn pair_hash(first: u64, second: u64) -> u64 {
    hash_step(first, second.rotate_left(32))
}

#[derive(Clone, Debug)]
struct Form {
    text: String,
    targets: Box<[Target]>,
    titles: TitleInfo,
    /// Whether any target is a person.
    names_person: bool,
    /// Whether every target is a person by surname: see
    /// [`Gazetteer::surname_only`].
    surname_only: bool,
    /// Whether every target is a place or a country by its capital: see
    /// [`Gazetteer::place_like`].
    place_like: bool,
    /// How its case must fit the text.
    case: CaseRule,
    /// The first target that is a country, organisation or place.
    named: Option<Target>,
}

/// What a title form says about offices, worked out once when the
/// dictionary is compiled: a generic title such as "Foreign Minister" is a
/// title of some two hundred offices, too many to scan at every mention.
#[derive(Clone, Debug, Default)]
pub struct TitleInfo {
    /// The office whose full name the form is, if any.
    pub full: Option<usize>,
    /// Office kinds the form names, in the order of its targets.
    pub kinds: Vec<String>,
    /// The specific offices it is a title of, in the order of its targets.
    pub offices: Vec<usize>,
    /// The same, sorted, for membership tests.
    pub offices_sorted: Vec<usize>,
    /// The first of `offices` for each holder (country code or organisation id).
    pub office_by_holder: FxHashMap<String, usize>,
}

impl TitleInfo {
    fn new(dict: &Dictionary, targets: &[Target]) -> TitleInfo {
        let mut info = TitleInfo::default();
        for t in targets {
            let kind = match t {
                Target::Office { index, full } => {
                    if *full && info.full.is_none() {
                        info.full = Some(*index);
                    }
                    info.offices.push(*index);
                    let office = &dict.offices()[*index];
                    info.office_by_holder
                        .entry(office.holder.clone())
                        .or_insert(*index);
                    office.kind.as_str()
                }
                Target::Title(k) => k.as_str(),
                _ => continue,
            };
            if !info.kinds.iter().any(|k| k == kind) {
                info.kinds.push(kind.to_string());
            }
        }
        info.offices_sorted = info.offices.clone();
        info.offices_sorted.sort_unstable();
        info
    }

    /// Whether the form is a title of this office.
    pub fn names_office(&self, office: usize) -> bool {
        self.offices_sorted.binary_search(&office).is_ok()
    }

    /// Whether the form names this kind of office.
    pub fn names_kind(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == kind)
    }
}

/// Calls `f` with a name in each of the ways news writes the Arabic article
/// inside it: "Mohammed bin Zayed Al Nahyan" is also "… al-Nahyan", "…
/// Words of address that open some of the dictionary's aliases ("Sheikh
/// Tamim", "Emir Tamim"); the full name takes them too.
const HONORIFICS: [&str; 8] = [
    "Sheikh", "Sheikha", "Emir", "Prince", "Princess", "King", "Queen", "Sultan",
];

/// Al-Nahyan" and "… al Nahyan". A name without one is itself alone.
fn for_each_article_spelling(name: &str, mut f: impl FnMut(&str)) {
    const SPELLINGS: [&str; 4] = [" Al ", " al-", " Al-", " al "];
    // Most names have no " al" or " Al" at all: one pass rules them out.
    let may_have = name
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b' ' && (w[1] == b'a' || w[1] == b'A') && w[2] == b'l');
    match SPELLINGS.iter().find(|s| may_have && name.contains(*s)) {
        None => f(name),
        Some(used) => {
            for other in SPELLINGS {
                f(&name.replace(used, other));
            }
        }
    }
}

/// Whether two targets are of one dictionary entry: one country, in any of
/// its forms, one person, whether by full name or surname, and so on.
fn same_entry(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::Country(i, _), Target::Country(j, _))
        | (Target::Organization(i), Target::Organization(j))
        | (Target::Place(i), Target::Place(j))
        | (Target::Person { index: i, .. }, Target::Person { index: j, .. })
        | (Target::Office { index: i, .. }, Target::Office { index: j, .. }) => i == j,
        _ => false,
    }
}

fn is_acronym(form: &str) -> bool {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0 && letters <= 6 && !form.chars().any(|c| c.is_lowercase()) && !form.contains(' ')
}

impl Gazetteer {
    /// Compiles the dictionary's forms.
    pub fn new(dict: &Dictionary) -> Gazetteer {
        let mut table: FxHashMap<String, Vec<Target>> = FxHashMap::default();
        let mut add = |form: &str, target: Target| {
            let form = form.trim();
            if form.is_empty() {
                return;
            }
            let mut variants = vec![form.to_string()];
            let folded = fold(form);
            if folded != form {
                variants.push(folded);
            }
            for v in variants.clone() {
                if v.contains('\'') {
                    variants.push(v.replace('\'', "\u{2019}"));
                }
            }
            for v in variants {
                let entry = table.entry(v).or_default();
                // An entry's forms are all added one after another (a generic
                // title's are not), so a target already listed is among the
                // last ones of its entry: a look at those, not at the
                // hundreds of offices a title such as "Foreign Minister" has.
                let listed = if matches!(target, Target::Title(_)) {
                    entry.contains(&target)
                } else {
                    entry
                        .iter()
                        .rev()
                        .take_while(|t| same_entry(t, &target))
                        .any(|t| *t == target)
                };
                if !listed {
                    entry.push(target.clone());
                }
            }
        };
        for (i, c) in dict.countries().iter().enumerate() {
            add(&c.name, Target::Country(i, CountryForm::Name));
            for a in &c.aliases {
                add(a, Target::Country(i, CountryForm::Name));
            }
            for d in &c.demonyms {
                add(d, Target::Country(i, CountryForm::Demonym));
            }
            for cap in c.capital.iter().chain(&c.capital_aliases) {
                add(cap, Target::Country(i, CountryForm::Capital));
            }
            for m in &c.metonyms {
                add(m, Target::Country(i, CountryForm::Metonym));
            }
        }
        for (i, o) in dict.organizations().iter().enumerate() {
            add(&o.name, Target::Organization(i));
            for a in &o.aliases {
                add(a, Target::Organization(i));
            }
        }
        for (i, p) in dict.persons().iter().enumerate() {
            for_each_article_spelling(&p.name, |name| {
                add(
                    name,
                    Target::Person {
                        index: i,
                        surname: false,
                    },
                );
            });
            for a in &p.aliases {
                for_each_article_spelling(a, |alias| {
                    add(
                        alias,
                        Target::Person {
                            index: i,
                            surname: !alias.contains(' '),
                        },
                    );
                });
                // "Sheikh Tamim bin Hamad" is an alias: so is "Sheikh Tamim
                // bin Hamad al-Thani", or the shorter form would match first
                // and cut the name short.
                if let Some((honorific, _)) = a.split_once(' ') {
                    if HONORIFICS.contains(&honorific) {
                        for_each_article_spelling(&format!("{honorific} {}", p.name), |name| {
                            add(
                                name,
                                Target::Person {
                                    index: i,
                                    surname: false,
                                },
                            );
                        });
                    }
                }
            }
        }
        for (i, p) in dict.places().iter().enumerate() {
            add(&p.name, Target::Place(i));
            for a in &p.aliases {
                add(a, Target::Place(i));
            }
        }
        // Offices are matched by their titles only: "President of the United
        // States" is the title "President" of the holder "the United States",
        // so the country is found as a mention of its own.
        for (i, o) in dict.offices().iter().enumerate() {
            for t in &o.titles {
                add(
                    t,
                    Target::Office {
                        index: i,
                        full: false,
                    },
                );
            }
        }
        for (kind, phrases) in &dict.titles {
            for p in phrases {
                add(p, Target::Title(kind.clone()));
            }
        }
        // Sorted by text before the forms are made: the pairs are small to
        // move about, the forms are not. The texts are all different.
        let mut table: Vec<(String, Vec<Target>)> = table.into_iter().collect();
        table.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let forms: Vec<Form> = table
            .into_iter()
            .map(|(text, targets)| Form {
                titles: TitleInfo::new(dict, &targets),
                names_person: targets.iter().any(|t| matches!(t, Target::Person { .. })),
                surname_only: targets
                    .iter()
                    .all(|t| matches!(t, Target::Person { surname: true, .. })),
                place_like: targets.iter().all(|t| {
                    matches!(
                        t,
                        Target::Place(_) | Target::Country(_, CountryForm::Capital)
                    )
                }),
                case: CaseRule::new(&text, &targets),
                named: targets
                    .iter()
                    .find(|t| {
                        matches!(
                            t,
                            Target::Country(..) | Target::Organization(_) | Target::Place(_)
                        )
                    })
                    .cloned(),
                text,
                targets: targets.into(),
            })
            .collect();
        let mut odd_starts: Vec<char> = forms
            .iter()
            .filter_map(|f| f.text.chars().next())
            .filter(|c| !c.is_alphanumeric())
            .collect();
        odd_starts.sort_unstable();
        odd_starts.dedup();
        let mut edges: FxHashMap<(u32, u64), u32> = FxHashMap::default();
        let mut ending: Vec<Vec<u32>> = vec![Vec::new()];
        let mut first_words = WordFilter::new();
        // Some two hundred words, which set two or three bits in a hundred
        // of a filter of 2^13 bits (1 KB): the cache lines of the filter
        // that most words of a text look up (most are in lower case) are
        // sixteen, and stay in the cache while a text's words are looked
        // up, where those of a filter of 8 KB missed it again and again.
        let mut lower_first_words = WordFilter::of_numbers(128);
        let mut pair_bits = WordFilter::new();
        for (i, f) in forms.iter().enumerate() {
            let mut node = 0u32;
            let words = cut_words(&f.text, |_, _| {});
            for (depth, word) in words.iter().enumerate() {
                if depth > 0 && !word.joined() {
                    break;
                }
                let hash = word.hash();
                if depth == 0 {
                    first_words.insert(FIRST, hash);
                    if may_match_lower_case_text(f) {
                        lower_first_words.insert(FIRST, hash);
                    }
                }
                let next = ending.len() as u32;
                node = *edges.entry((node, hash)).or_insert(next);
                if node == next {
                    ending.push(Vec::new());
                }
            }
            if node != 0 {
                ending[node as usize].push(i as u32);
            }
            if let Some(first) = words.first() {
                match words.get(1).filter(|second| second.joined()) {
                    Some(second) => pair_bits.insert(0, pair_hash(first.hash(), second.hash())),
                    None => {
                        first_words.insert(ALONE, first.hash());
                        // Text in lower case can match only the forms
                        // its filter of first words is made of.
                        if may_match_lower_case_text(f) {
                            lower_first_words.insert(ALONE, first.hash());
                        }
                    }
                }
            }
        }
        let mut texts = String::new();
        let mut candidates = Vec::new();
        let mut ends = Vec::with_capacity(ending.len());
        let mut parents = vec![0u32; ending.len()];
        for (&(parent, _), &child) in &edges {
            parents[child as usize] = parent;
        }
        for (mut here, parent) in ending.into_iter().zip(parents) {
            here.sort_by_key(|&i| (std::cmp::Reverse(forms[i as usize].text.len()), i));
            ends.push(NodeEnds {
                first: candidates.len() as u32,
                count: here.len() as u32,
                parent,
            });
            for i in here {
                let form = &forms[i as usize];
                let text = &form.text;
                candidates.push(Candidate {
                    form: i,
                    start: texts.len() as u32,
                    len: text.len() as u32,
                    case: form.case,
                    kinds: FormKinds::of(form),
                });
                texts.push_str(text);
            }
        }
        let edges = Edges::new(&edges, &ends);
        Gazetteer {
            forms,
            edges,
            ends,
            candidates,
            texts,
            first_words,
            lower_first_words,
            pair_bits,
            odd_ascii: std::array::from_fn(|b| {
                odd_starts.contains(&char::from(u8::try_from(b).unwrap_or(0)))
            }),
            odd_starts,
        }
    }

    /// Everything a matched form may refer to.
    pub fn targets(&self, form: u32) -> &[Target] {
        &self.forms[form as usize].targets
    }

    /// Whether a matched form may name a person.
    pub fn may_be_person(&self, form: u32) -> bool {
        self.forms[form as usize].names_person
    }

    /// Whether every target of a matched form is a person by surname
    /// (true for a form with no targets): worked out once, as a sentence's
    /// mentions ask it of every match.
    pub fn surname_only(&self, form: u32) -> bool {
        self.forms[form as usize].surname_only
    }

    /// Whether every target of a matched form is a place or a country by
    /// its capital (true for a form with no targets).
    pub fn place_like(&self, form: u32) -> bool {
        self.forms[form as usize].place_like
    }

    /// Whether a matched form may be an office or a title.
    pub fn may_be_title(&self, form: u32) -> bool {
        // Every office or title target gives the form a kind.
        !self.forms[form as usize].titles.kinds.is_empty()
    }

    /// The first country, organisation or place a matched form names.
    pub fn named(&self, form: u32) -> Option<&Target> {
        self.forms[form as usize].named.as_ref()
    }

    /// The offices and kinds a matched form names as a title.
    pub fn titles(&self, form: u32) -> &TitleInfo {
        &self.forms[form as usize].titles
    }

    /// Finds the dictionary forms in `text`: on word boundaries, case-checked,
    /// leftmost-longest, non-overlapping, in text order.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        let mut marks = Vec::new();
        let words = cut_words(text, |at, c| {
            if self.odd_start(c) {
                marks.push(at);
            }
        });
        self.find_at_words(text, &words, &marks, Vec::new())
    }

    /// The gatherer of the words of `text` for [`Self::find_in_words`],
    /// to be told of the words the tokenizer reads (see
    /// [`crate::text::segment_hashed`]), in the room of `room`.
    pub(crate) fn words_of(
        &self,
        text: &str,
        room: WordRoom,
    ) -> TokenizerWords<impl Fn(char) -> bool + '_> {
        TokenizerWords::new(text.len() / 5, |c| self.odd_start(c), room)
    }

    /// [`Self::find`] for a text whose words the tokenizer has read into
    /// `words`: the same matches, with those words not read again, written
    /// into `matches` (emptied first). The words' room is given back for
    /// the next text.
    pub(crate) fn find_in_words(
        &self,
        text: &str,
        words: TokenizerWords<impl Fn(char) -> bool>,
        matches: Vec<GazetteerMatch>,
    ) -> (Vec<GazetteerMatch>, WordRoom) {
        let (words, marks) = words.finish(text);
        let matches = self.find_at_words(text, &words, &marks, matches);
        (matches, WordRoom { words, marks })
    }

    /// The matches that start at these words of `text` or at these marks.
    fn find_at_words(
        &self,
        text: &str,
        words: &[TextWord],
        marks: &[usize],
        mut out: Vec<GazetteerMatch>,
    ) -> Vec<GazetteerMatch> {
        // News text has about one match in four words: room for that at
        // once rather than a vector grown and copied step by step.
        out.clear();
        out.reserve(words.len() / 4);
        let mut last_end = 0;
        // Forms start at words, or at the marks some forms start with
        // (`'Aisake`): both are taken in text order, a mark before the word
        // after it. A mark after the last word starts nothing.
        let mut marks = marks.iter().copied();
        let mut next_mark = marks.next().unwrap_or(usize::MAX);
        // Most words start no form, by the first-word filter, and which do
        // is as good as random: the filter is read for 64 words at a time
        // into the bits of one number, with no branch per word that could
        // be mispredicted, and only the words whose bit is set are visited.
        for (chunk_at, chunk) in (0..).step_by(64).zip(words.chunks(64)) {
            let mut may_start = chunk.iter().enumerate().fold(0u64, |bits, (j, w)| {
                bits | u64::from(self.may_start(w, w.lower())) << j
            });
            let last_start = chunk.last().map_or(0, |w| w.start);
            loop {
                // The next word that may start a form (64 if none is left).
                let j = may_start.trailing_zeros() as usize;
                let word = chunk.get(j);
                // The marks before it come first; a mark's first word is
                // the next word after it. A mark after the chunk's last
                // word is left to the next chunk, or starts nothing.
                let before = word.map_or(last_start, |w| w.start);
                while next_mark < before {
                    let at = next_mark;
                    next_mark = marks.next().unwrap_or(usize::MAX);
                    let i = chunk_at + chunk.partition_point(|w| w.start < at);
                    if let Some(m) = self.longest_after_mark(text, at, last_end, &words[i..]) {
                        last_end = m.end;
                        out.push(m);
                    }
                }
                let Some(word) = word else {
                    break;
                };
                may_start &= may_start - 1;
                let i = chunk_at + j;
                if word.start >= last_end && self.may_go_on(word, words.get(i + 1), word.lower()) {
                    if let Some(m) = self.longest_at(text, word.start, &words[i..]) {
                        last_end = m.end;
                        out.push(m);
                    }
                }
            }
        }
        out
    }

    /// The longest form that starts at the mark `at`, not before
    /// `last_end`, whose first word is the first of `words`.
    fn longest_after_mark(
        &self,
        text: &str,
        at: usize,
        last_end: usize,
        words: &[TextWord],
    ) -> Option<GazetteerMatch> {
        let word = words.first()?;
        let lower = starts_lower_case(text, at);
        if at >= last_end
            && self.may_start(word, lower)
            && self.may_go_on(word, words.get(1), lower)
        {
            return self.longest_at(text, at, words);
        }
        None
    }

    /// The filters of first words for text that starts with a lower-case
    /// letter, or for other text.
    fn first_words(&self, lower: bool) -> &WordFilter<2> {
        if lower {
            &self.lower_first_words
        } else {
            &self.first_words
        }
    }

    /// Whether a form may start with `word`, by the first-word filter for
    /// text that starts with a lower-case letter or for other text.
    fn may_start(&self, word: &TextWord, lower: bool) -> bool {
        self.first_words(lower).may_hold(FIRST, word.hash())
    }

    /// Whether a form that starts with `word` may be found there, `next`
    /// being the word after it, by the filters of the forms of one word
    /// (for text that starts with a lower-case letter or for other text,
    /// as `lower` says) and of the first two words of longer ones.
    fn may_go_on(&self, word: &TextWord, next: Option<&TextWord>, lower: bool) -> bool {
        self.first_words(lower).may_hold(ALONE, word.hash())
            || next.is_some_and(|next| {
                next.joined()
                    && self
                        .pair_bits
                        .may_hold(0, pair_hash(word.hash(), next.hash()))
            })
    }

    /// The longest form that fits the text at `start`, whose first word is
    /// the first of `words`.
    fn longest_at(&self, text: &str, start: usize, words: &[TextWord]) -> Option<GazetteerMatch> {
        // Walk the trie along the text's words to the deepest node reached.
        let mut node = 0u32;
        // The first form that ends at `node`, as the edge to it tells.
        let mut first = NO_FORM;
        // The bits of the words of the edges that leave `node`.
        let mut next_words = ANY_WORD;
        for (at, word) in words.iter().take(MAX_FORM_WORDS).enumerate() {
            if at > 0 && !word.joined() || next_words & Edge::word_bit(word.hash()) == 0 {
                break;
            }
            let Some(edge) = self.edges.get(node, word.hash()) else {
                break;
            };
            node = edge.child();
            first = edge.first;
            next_words = edge.next_words();
        }
        // The longest form that fits wins. Of two forms that fit here, the
        // one stored at the deeper node is the longer: were it the shorter,
        // it would be a prefix of the other ending on a word boundary, so
        // the other would have the same joined words up to the deeper node
        // and be stored there or deeper. So the nodes are tried deepest
        // first, each node's forms (stored longest first) in order, and the
        // first that fits is the one, without gathering or sorting. The
        // nodes passed are the deepest one's parents up to the root.
        let rest = &text.as_bytes()[start..];
        // Mostly the deepest node's first form fits: it is tried before the
        // node's ends are read (and once more below if it does not fit).
        if let Some(c) = self.candidates.get(first as usize) {
            if let Some(m) = self.fits(text, start, rest, c) {
                return Some(m);
            }
        }
        while node != 0 {
            let here = self.ends[node as usize];
            let first = here.first as usize;
            let found = self.candidates[first..first + here.count as usize]
                .iter()
                .find_map(|c| self.fits(text, start, rest, c));
            if found.is_some() {
                return found;
            }
            node = here.parent;
        }
        None
    }

    /// The match of candidate `c` at `start` of `text`, if it fits there;
    /// `rest` is the text's bytes from `start`.
    fn fits(&self, text: &str, start: usize, rest: &[u8], c: &Candidate) -> Option<GazetteerMatch> {
        let len = c.len as usize;
        let end = start + len;
        let form = c.start as usize..c.start as usize + len;
        // Compared as bytes, which the text of a form is sliced into
        // without a test of character boundaries.
        let form_bytes = self.texts.as_bytes().get(form.clone())?;
        let here = rest.get(..len)?;
        // Most matches are spelled as the form is; others differ in case.
        let same = same_bytes(here, form_bytes);
        let fits = (same || here.eq_ignore_ascii_case(form_bytes))
            && text.is_char_boundary(end)
            // No word runs on across its end: a form ending in a period
            // (`U.S.`) may be followed by a letter, but not `U.S.A`. None
            // runs on across its start, which is a word's start or a mark.
            && !word_runs_on_at(text, end)
            && (same || case_fits(&self.texts[form], &text[start..end], c.case));
        fits.then_some(GazetteerMatch {
            start,
            end,
            form: c.form,
            kinds: c.kinds,
        })
    }

    fn odd_start(&self, c: char) -> bool {
        if c.is_ascii() {
            return self.odd_ascii[c as usize];
        }
        !self.odd_starts.is_empty() && self.odd_starts.binary_search(&c).is_ok()
    }
}

/// Whether `a` and `b`, of one length, hold the same bytes: those of four
/// to sixteen bytes, most forms, compared as two overlapping reads of each,
/// with no call of `memcmp`, which costs several times more.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    fn ends<const N: usize>(s: &[u8]) -> Option<(&[u8; N], &[u8; N])> {
        Some((s.first_chunk()?, s.last_chunk()?))
    }
    match a.len() {
        4..=8 => a.len() == b.len() && ends::<4>(a) == ends::<4>(b),
        9..=16 => a.len() == b.len() && ends::<8>(a) == ends::<8>(b),
        _ => a == b,
    }
}

/// No form has more words than this (the longest office names have about a
/// dozen); the walk stops there.
const MAX_FORM_WORDS: usize = 24;

/// The words of a form or of a text: runs of letters and digits, each with
/// the hash of its ASCII lower-cased bytes and whether a walk may go on to
/// it from the word before (at most four other characters between, none a
/// line break). Leading marks are skipped (`'Aisake`); `mark` sees every
/// character that is no letter or digit, with its position. Forms and text
/// are cut by this one function, so a walk along the text meets the words
/// a form was stored under; a form is always compared with the text in
/// full afterwards.
fn cut_words(text: &str, mark: impl FnMut(usize, char)) -> Vec<TextWord> {
    let mut cutter = WordCutter::with_capacity(text.len() / 5);
    cutter.cut(text, 0, text.len(), mark);
    cutter.words
}

/// The words of a text as [`cut_words`] cuts them, and the positions of
/// the characters that are no letter or digit and that `marks` keeps,
/// gathered while the tokenizer reads the text: it tells of each whole word
/// of ASCII letters and digits it has read and hashed (see
/// [`crate::text::segment_hashed`]), which is taken as it is; only the text
/// between such words is cut here. That is mostly a single space, so most
/// of the text is read once, by the tokenizer.
pub(crate) struct TokenizerWords<M> {
    cutter: WordCutter,
    /// Which characters that are no letter or digit are marked.
    marks: M,
    /// The positions of the marked characters, in order.
    marked: Vec<usize>,
    /// The text before this is cut.
    cut_to: usize,
}

/// The vectors of a text's words and marks, kept from one document to the
/// next for their room: vectors made afresh for each document and filled at
/// once cost a cache miss for every line of them.
#[derive(Default)]
pub(crate) struct WordRoom {
    words: Vec<TextWord>,
    marks: Vec<usize>,
}

impl std::fmt::Debug for WordRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordRoom")
            .field("words", &self.words.capacity())
            .field("marks", &self.marks.capacity())
            .finish()
    }
}

impl<M: Fn(char) -> bool> TokenizerWords<M> {
    /// Room for this many words, in `room`'s vectors (emptied), marking
    /// the characters `marks` keeps.
    fn new(words: usize, marks: M, room: WordRoom) -> TokenizerWords<M> {
        let WordRoom {
            words: mut cut,
            marks: mut marked,
        } = room;
        cut.clear();
        cut.reserve(words);
        marked.clear();
        TokenizerWords {
            cutter: WordCutter { words: cut, gap: 0 },
            marks,
            marked,
            cut_to: 0,
        }
    }

    /// Takes `text[start..end]`, a whole run of ASCII letters and digits
    /// (no letter or digit stands right before or after it, but a `ʼ`
    /// may) with this hash, after cutting the text since the last word
    /// taken. Called for most
    /// words of a text, from the tokenizer's loop, where it must be
    /// inlined (a call measured several instructions per byte more).
    #[inline(always)]
    pub(crate) fn word(&mut self, text: &str, start: usize, end: usize, hash: u64) {
        let bytes = text.as_bytes();
        let lower = bytes.get(start).is_some_and(u8::is_ascii_lowercase);
        if start == self.cut_to + 1 && bytes.get(self.cut_to) == Some(&b' ') {
            // Mostly a single space since the last word, which need not be
            // marked (no form starts with one) and joins the word to it.
            self.cutter.push_after_space(start, hash, lower);
        } else if let Some(gap) = bytes
            .get(self.cut_to..start)
            .filter(|gap| gap.len() <= 4 && gap.iter().all(|&b| b.is_ascii() && !is_ascii_alnum(b)))
        {
            // A few ASCII marks and spaces, mostly ", " or ". ": cut here as
            // `WordCutter::cut` would, without a call to it.
            for (at, &b) in (self.cut_to..).zip(gap) {
                if (self.marks)(char::from(b)) {
                    self.marked.push(at);
                }
            }
            self.cutter.gap += gap.len() + usize::from(gap.contains(&b'\n')) * LINE_BREAK_GAP;
            self.cutter.push(start, hash, lower);
        } else if bytes[..start].ends_with(MODIFIER_APOSTROPHE) {
            // A `ʼ` before it, which is a letter here and no part of a
            // token to the tokenizer, makes it part of a longer word: that
            // is cut with the text around it. Only this branch need look,
            // as the others have an ASCII byte before the word.
            return;
        } else {
            self.cut_gap(text, start);
            self.cutter.push(start, hash, lower);
        }
        self.cut_to = end;
    }

    /// Cuts the text from the last word taken to `to`.
    fn cut_gap(&mut self, text: &str, to: usize) {
        let (marks, marked) = (&self.marks, &mut self.marked);
        self.cutter.cut(text, self.cut_to, to, |at, c| {
            if marks(c) {
                marked.push(at);
            }
        });
    }

    /// The words and marks, once the text after the last word taken is cut.
    fn finish(mut self, text: &str) -> (Vec<TextWord>, Vec<usize>) {
        self.cut_gap(text, text.len());
        (self.cutter.words, self.marked)
    }
}

/// Cuts text into [`TextWord`]s, a piece at a time.
struct WordCutter {
    words: Vec<TextWord>,
    /// The characters since the last word, a line break counting as
    /// [`LINE_BREAK_GAP`] of them: one number tells whether the next word
    /// is joined to the last.
    gap: usize,
}

/// What a line break adds to [`WordCutter::gap`]: more than the four
/// characters a joined word may have before it, so that no word after a
/// line break is joined, however few the others.
const LINE_BREAK_GAP: usize = 5;

impl WordCutter {
    fn with_capacity(words: usize) -> WordCutter {
        WordCutter {
            words: Vec::with_capacity(words),
            gap: 0,
        }
    }

    /// Adds the word at `start` with this hash.
    fn push(&mut self, start: usize, hash: u64, lower: bool) {
        self.words
            .push(TextWord::new(start, hash, self.gap <= 4, lower));
        self.gap = 0;
    }

    /// [`Self::push`] for a word after a single space that follows the
    /// last word: nothing was counted since that word, so the word is
    /// joined to it and the count stays at nought.
    fn push_after_space(&mut self, start: usize, hash: u64, lower: bool) {
        debug_assert!(self.gap == 0);
        self.words.push(TextWord::new(start, hash, true, lower));
    }

    /// Cuts the words of `text[from..to]`; no word may run on past `to`.
    fn cut(&mut self, text: &str, from: usize, to: usize, mut mark: impl FnMut(usize, char)) {
        let bytes = text.as_bytes();
        let mut at = from;
        while let Some(&b) = bytes.get(at).filter(|_| at < to) {
            let lower = if is_ascii_alnum(b) {
                b.is_ascii_lowercase()
            } else if b.is_ascii() {
                mark(at, char::from(b));
                self.gap += if b == b'\n' { LINE_BREAK_GAP } else { 1 };
                at += 1;
                continue;
            } else {
                let (c, n) = char_at(text, at).unwrap_or((char::REPLACEMENT_CHARACTER, 1));
                if !is_letter_or_digit(c) {
                    mark(at, c);
                    self.gap += 1;
                    at += n;
                    continue;
                }
                c.is_lowercase()
            };
            // A word: runs of ASCII letters and digits read and hashed eight
            // bytes at a time, any other letter or digit byte by byte.
            let start = at;
            let mut hash = HASH_START;
            loop {
                let (end, h) = hash_ascii_run(bytes, at, hash);
                (at, hash) = (end, h);
                match char_at(text, at) {
                    Some((c, n)) if !c.is_ascii() && is_letter_or_digit(c) => {
                        // Bytes that are not ASCII have no ASCII case to fold.
                        hash = bytes[at..at + n]
                            .iter()
                            .fold(hash, |h, &b| hash_step(h, u64::from(b)));
                        at += n;
                    }
                    _ => break,
                }
            }
            self.push(start, hash, lower);
        }
    }
}

/// Where the run of ASCII letters and digits from `at` ends, and `hash`
/// with the run mixed in: read and hashed eight bytes at a time.
pub(crate) fn hash_ascii_run(bytes: &[u8], mut at: usize, mut hash: u64) -> (usize, u64) {
    loop {
        let eight = eight_bytes_at(bytes, at);
        let stops = alnum_stops(eight);
        let run = stops.trailing_zeros() as usize / 8;
        // The bits of the bytes before the first stop: all of them where
        // there is none, none where the first byte is one.
        let keep = ((stops & stops.wrapping_neg()) >> 7).wrapping_sub(1);
        // An empty piece (after a run of eight, or before a letter beyond
        // ASCII) is mixed in as well: a word's hash still depends on its
        // bytes alone, and there is no branch on whether a word's length
        // is a multiple of eight, which is as good as random.
        hash = hash_ascii_piece(hash, eight, keep);
        at += run;
        if run < 8 {
            break;
        }
    }
    (at, hash)
}

/// The character at `pos` and its length, ASCII without decoding.
fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(pos)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(pos..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The modifier letter apostrophe `ʼ` (U+02BC), a letter to the matcher.
const MODIFIER_APOSTROPHE: &[u8] = "\u{02bc}".as_bytes();

/// The start of a word's hash.
pub(crate) const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of a word's hash: a piece of the word (a byte, or up to eight
/// bytes read as one number) mixed in by a multiplication that carries
/// every bit of it into the top bits, which the first-word filter uses.
fn hash_step(hash: u64, piece: u64) -> u64 {
    (hash ^ piece).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The eight bytes from `at`, the first in the lowest bits; past the end of
/// the text, zeros (which are no letter or digit).
fn eight_bytes_at(bytes: &[u8], at: usize) -> u64 {
    // One test of the end of the eight bytes, for a word's every piece:
    // fewer instructions than taking the rest of the text first.
    if let Some(eight) = bytes.get(at..at + 8).and_then(|s| s.first_chunk::<8>()) {
        return u64::from_le_bytes(*eight);
    }
    bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .rev()
        .fold(0, |piece, &b| piece << 8 | u64::from(b))
}

/// Each byte's top bit.
const TOP_BITS: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte.
const fn every_byte(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// How many of the eight bytes (first in the lowest bits) are ASCII
/// letters or digits before the first that is not. All eight are tested at
/// once: with the top bit of each byte clear, adding `0x80 - low` sets it
/// exactly where the byte is at least `low`, and no sum carries into the
/// next byte.
#[cfg(test)]
fn ascii_alnum_prefix(eight: u64) -> usize {
    alnum_stops(eight).trailing_zeros() as usize / 8
}

/// The top bit of each of the eight bytes that is no ASCII letter or
/// digit, as [`ascii_alnum_prefix`] tells them.
fn alnum_stops(eight: u64) -> u64 {
    let low7 = eight & !TOP_BITS;
    let at_least = |bytes: u64, low: u8| bytes + every_byte(0x80 - low);
    let digit = at_least(low7, b'0') & !at_least(low7, b'9' + 1);
    // Setting 0x20 makes capitals small letters, and nothing else a letter.
    let folded = low7 | every_byte(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    // A byte with its top bit set is no ASCII.
    let alnum = (digit | letter) & !eight & TOP_BITS;
    !alnum & TOP_BITS
}

/// Mixes the first 0 to 8 of the eight bytes, ASCII letters and digits,
/// into a word's hash, `keep` holding the bits of those bytes: such a
/// byte's lower case is the byte with bit 0x20 set. A word's runs of such
/// bytes are mixed in eight bytes at a time from the start of each run, so
/// its hash depends on its bytes alone.
fn hash_ascii_piece(hash: u64, eight: u64, keep: u64) -> u64 {
    hash_step(hash, (eight | every_byte(0x20)) & keep)
}

/// A word of the text, for the trie walk. Its two flags are kept in the
/// lowest bits of its hash, which makes it 16 bytes rather than 24: one is
/// written for every word of every text, mostly to memory that is no longer
/// in the cache, and a third less of it measured fewer cache misses.
struct TextWord {
    start: usize,
    /// The hash of its bytes, ASCII lower-cased (see [`hash_ascii_piece`]),
    /// with its lowest two bits [`JOINED`] and [`LOWER`].
    hash_and_flags: u64,
}

/// The bit of [`TextWord::hash_and_flags`] that says whether a walk may go
/// on to the word from the word before: at most four characters lie
/// between them, none a line break.
const JOINED: u64 = 1;

/// The bit of [`TextWord::hash_and_flags`] that says whether the word
/// starts with a lower-case letter.
const LOWER: u64 = 2;

impl TextWord {
    fn new(start: usize, hash: u64, joined: bool, lower: bool) -> TextWord {
        TextWord {
            start,
            hash_and_flags: (hash & !(JOINED | LOWER))
                | (u64::from(joined) * JOINED)
                | (u64::from(lower) * LOWER),
        }
    }

    /// The hash of the word's bytes, but for its lowest two bits, which
    /// neither the filters (which take the top bits) nor the trie's keys
    /// (64 bits that must agree) are the worse for.
    fn hash(&self) -> u64 {
        self.hash_and_flags & !(JOINED | LOWER)
    }

    /// Whether a walk may go on to it from the word before.
    fn joined(&self) -> bool {
        self.hash_and_flags & JOINED != 0
    }

    /// Whether it starts with a lower-case letter.
    fn lower(&self) -> bool {
        self.hash_and_flags & LOWER != 0
    }
}

/// Whether the character at `pos` is a lower-case letter.
fn starts_lower_case(text: &str, pos: usize) -> bool {
    char_at(text, pos).is_some_and(|(c, _)| c.is_lowercase())
}

/// Whether a form may match text that starts with a lower-case letter. By
/// [`case_fits`], a form that starts with a capital matches such text only
/// when it names offices alone ("Foreign Minister" in "the foreign
/// minister") or its first word is a function word ("The Hague").
fn may_match_lower_case_text(form: &Form) -> bool {
    let first_capital = form.text.chars().next().is_some_and(char::is_uppercase);
    let first_word = form.text.split(' ').next().unwrap_or_default();
    !first_capital || form.case.offices_only || is_function_word(first_word)
}

/// The filter bit of a word's hash.
fn filter_bit(hash: u64) -> usize {
    (hash >> (64 - FILTER_BITS)) as usize
}

/// Whether the characters on both sides of `pos`, a character boundary,
/// are letters or digits; read from the bytes where both are ASCII. Asked
/// twice of every candidate that is spelled as the text is: the bytes are
/// read where the candidate is tried, the characters beyond ASCII in a
/// call of their own.
#[inline]
fn word_runs_on_at(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&before) = pos.checked_sub(1).and_then(|p| bytes.get(p)) else {
        return false;
    };
    let Some(&after) = bytes.get(pos) else {
        return false;
    };
    if before.is_ascii() && after.is_ascii() {
        return before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric();
    }
    letters_on_both_sides(text, pos)
}

/// [`word_runs_on_at`] where a character beside `pos` is beyond ASCII.
#[inline(never)]
fn letters_on_both_sides(text: &str, pos: usize) -> bool {
    char_before(text, pos).is_some_and(is_letter_or_digit)
        && char_at(text, pos).is_some_and(|(c, _)| is_letter_or_digit(c))
}

/// The character before `pos`, which is on a character boundary, ASCII
/// without decoding.
fn char_before(text: &str, pos: usize) -> Option<char> {
    let b = *text.as_bytes().get(pos.checked_sub(1)?)?;
    if b.is_ascii() {
        return Some(char::from(b));
    }
    text.get(..pos)?.chars().next_back()
}

fn case_fits(form: &str, found: &str, rule: CaseRule) -> bool {
    if form == found {
        return true;
    }
    if rule.acronym {
        return false;
    }
    if rule.titles_only {
        return true;
    }
    // Headlines in capitals.
    if found
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && found.chars().count() > 3
    {
        return true;
    }
    // "The Kremlin" for "the Kremlin", "Secretary Of State" for a full office name:
    // words may differ in the case of their first letter only.
    let offices_only = rule.offices_only;
    form.split(' ').zip(found.split(' ')).all(|(a, b)| {
        let (mut ac, mut bc) = (a.chars(), b.chars());
        let first_ok = match (ac.next(), bc.next()) {
            (Some(x), Some(y)) => {
                x == y
                    || (x.to_lowercase().eq(y.to_lowercase())
                        && (offices_only || is_function_word(a)))
            }
            _ => false,
        };
        first_ok && ac.as_str() == bc.as_str()
    })
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "The" | "of" | "Of" | "and" | "And" | "for" | "For"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer(rows: &str) -> (Dictionary, Gazetteer) {
        let mut d = Dictionary::new();
        d.add_source("test", rows).expect("rows parse");
        let g = Gazetteer::new(&d);
        (d, g)
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<String> {
        g.find(text)
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn a_word_of_address_before_a_full_name_is_matched_with_it() {
        let (_, g) = gazetteer(
            "person\tTamim bin Hamad Al Thani\tSheikh Tamim bin Hamad|Emir Tamim|Tamim\n",
        );
        assert_eq!(
            found(&g, "He met Sheikh Tamim bin Hamad al-Thani in Doha."),
            vec!["Sheikh Tamim bin Hamad al-Thani"]
        );
        assert_eq!(
            found(&g, "He met Sheikh Tamim bin Hamad."),
            vec!["Sheikh Tamim bin Hamad"]
        );
        // No alias with the word: the name alone.
        let (_, g) = gazetteer("person\tSaad al-Kaabi\tKaabi\n");
        assert_eq!(
            found(&g, "Sheikh Saad al-Kaabi spoke."),
            vec!["Saad al-Kaabi"]
        );
    }

    const ROWS: &str =
        "country\tUSA\tUnited States\tUS|U.S.\tAmerican\tWashington\tthe White House\n\
country\tCHN\tChina\tPRC\tChinese\tBeijing\t\n\
place\tSouth China Sea\t\t\n\
person\tRecep Tayyip Erdoğan\tErdoğan\n\
title\tforeign-minister\tForeign Minister\n";

    #[test]
    fn leftmost_longest_on_word_boundaries() {
        let (_, g) = gazetteer(ROWS);
        assert_eq!(
            found(&g, "China patrols the South China Sea."),
            vec!["China", "South China Sea"]
        );
        assert_eq!(found(&g, "Chinaware and USB sticks"), Vec::<String>::new());
        assert_eq!(found(&g, "the U.S.-China talks"), vec!["U.S.", "China"]);
        // A form never runs over a line break, and a walk never starts inside a word.
        assert_eq!(found(&g, "South\nChina Sea"), vec!["China"]);
        assert_eq!(found(&g, "the South China Seas"), vec!["China"]);
        assert_eq!(found(&g, "SouthChina Sea, China"), vec!["China"]);
    }

    #[test]
    fn acronyms_match_exactly_and_names_by_capital() {
        let (_, g) = gazetteer(ROWS);
        assert_eq!(found(&g, "tell us about US policy"), vec!["US"]);
        assert_eq!(found(&g, "china china CHINA China"), vec!["CHINA", "China"]);
        assert_eq!(
            found(&g, "the foreign minister and The White House"),
            vec!["foreign minister", "The White House"]
        );
    }

    #[test]
    fn forms_that_start_with_a_mark_or_share_a_first_word() {
        let (_, g) = gazetteer(
            "person\t'Akilisi Pohiva\tPohiva\n\
place\tSouth Sudan\t\t\n\
place\tSouth China Sea\t\t\n\
country\tZAF\tSouth Africa\t\tSouth African\t\t\n",
        );
        assert_eq!(
            found(
                &g,
                "Premier 'Akilisi Pohiva met South Africans and the South African envoy"
            ),
            vec!["'Akilisi Pohiva", "South African"]
        );
        assert_eq!(
            found(
                &g,
                "in South Sudan, the South China Sea, Southwark and South"
            ),
            vec!["South Sudan", "South China Sea"]
        );
    }

    #[test]
    fn every_bundled_form_is_found_where_it_stands() {
        let d = Dictionary::bundled().expect("bundled data is valid");
        let g = Gazetteer::new(&d);
        let mut missed = Vec::new();
        for form in &g.forms {
            let text = format!("He met {} today.", form.text);
            let at = "He met ".len();
            let found = g.find(&text);
            if !found
                .iter()
                .any(|m| m.start == at && m.end >= at + form.text.len())
            {
                missed.push(form.text.clone());
            }
        }
        assert!(g.forms.len() > 5_000, "{} forms", g.forms.len());
        assert!(missed.is_empty(), "forms never found: {missed:?}");
    }

    #[test]
    fn lower_case_text_matches_titles_and_function_words_only() {
        let (_, g) = gazetteer(
            "country\tAND\tAndorra\tAND\tAndorran\tAndorra la Vella\t\n\
country\tRUS\tRussia\t\tRussian\tMoscow\tthe Kremlin\n\
place\tThe Hague\t\t\n\
person\tS. Jaishankar\tJaishankar\n\
title\tforeign-minister\tForeign Minister\n",
        );
        assert_eq!(
            found(
                &g,
                "and the foreign minister met s. jaishankar and the Kremlin in the hague"
            ),
            vec!["foreign minister", "the Kremlin"]
        );
        assert_eq!(
            found(&g, "AND The Hague, The Kremlin, S. Jaishankar and Andorra"),
            vec![
                "AND",
                "The Hague",
                "The Kremlin",
                "S. Jaishankar",
                "Andorra"
            ]
        );
    }

    #[test]
    fn eight_bytes_at_once_tell_letters_and_digits_as_one_byte_does() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = *b"abcXYZ09";
                eight[at] = b;
                let expected = if b.is_ascii_alphanumeric() { 8 } else { at };
                assert_eq!(
                    ascii_alnum_prefix(u64::from_le_bytes(eight)),
                    expected,
                    "byte {b:#x} at {at}"
                );
            }
        }
        assert_eq!(
            eight_bytes_at(b"ab c", 0),
            u64::from_le_bytes(*b"ab c\0\0\0\0")
        );
        assert_eq!(ascii_alnum_prefix(eight_bytes_at(b"word", 0)), 4);
    }

    /// A text's words (start, hash, joined, lower) and marks.
    type Cut = (Vec<(usize, u64, bool, bool)>, Vec<(usize, char)>);

    /// The words and marks of a text, cut from the text alone and from its tokens.
    fn both_cuts(text: &str) -> [Cut; 2] {
        let fields = |words: Vec<TextWord>| {
            words
                .iter()
                .map(|w| (w.start, w.hash(), w.joined(), w.lower()))
                .collect::<Vec<_>>()
        };
        let mut marks = Vec::new();
        let alone = fields(cut_words(text, |at, c| marks.push((at, c))));
        // Spaces before words the tokenizer hashed are not marked: no form starts with one.
        marks.retain(|&(_, c)| c != ' ');
        let mut words = TokenizerWords::new(0, |c| c != ' ', WordRoom::default());
        crate::text::segment_hashed(
            text,
            Vec::new(),
            Vec::new(),
            &mut Vec::new(),
            &mut |start, end, hash| {
                words.word(text, start, end, hash);
            },
        );
        let (from_tokens, token_marks) = words.finish(text);
        let token_marks = token_marks
            .into_iter()
            .map(|at| (at, text[at..].chars().next().unwrap_or_default()))
            .collect();
        [(alone, marks), (fields(from_tokens), token_marks)]
    }

    #[test]
    fn words_from_tokens_are_the_words_of_the_text() {
        let texts = [
            "He met Sheikh Tamim bin Hamad al-Thani in Doha.",
            "the U.S.'s efforts, China’s 1,000 don't can’t 13.5 U.S.A. e.g. x",
            " ʼAisake ʼs Xʼs .ʼs 'Akilisi ‘quoted’ “Erdoğan” Türkiye’s",
            "a\n\nb\r\nc\u{0b}d\u{a0}e\u{2028}f \t g   h-i--j",
            "word1 12345678 123456789 abcdefgh abcdefghi abcdefghijklmnopq2",
            "n't 'n't isn't Jae-in. ok",
            "",
            "ʼ",
            "x",
        ];
        for text in texts {
            let [alone, from_tokens] = both_cuts(text);
            assert_eq!(alone, from_tokens, "{text:?}");
        }
        // Random texts of the characters that cut words in odd ways.
        let pieces = [
            "a", "B", "z", "Q", "0", "9", "ab", "Word", "abcdefgh", "1,000", "3.5", "U.S.", ".",
            ",", "'", "’", "ʼ", "‘", "n't", "'s", "don", "-", "(", ")", "\"", "“", " ", " ", " ",
            "  ", "\n", "\t", "\u{0b}", "\u{a0}", "é", "ğ", "Ö", "中", "٢", "!", "?", "…",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 24) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let [alone, from_tokens] = both_cuts(&text);
            assert_eq!(alone, from_tokens, "{text:?}");
        }
    }

    #[test]
    fn matches_from_tokens_are_the_matches_of_the_text() {
        let (_, g) = gazetteer(
            "person\t'Akilisi Pohiva\tPohiva\n\
country\tUSA\tUnited States\tUS|U.S.\tAmerican\tWashington\tthe White House\n\
person\tRecep Tayyip Erdoğan\tErdoğan\n",
        );
        for text in [
            "Premier 'Akilisi Pohiva met the U.S. envoy in Washington.",
            "Erdogan and Erdoğan, US-American ties; the White House",
        ] {
            let mut words = g.words_of(text, WordRoom::default());
            crate::text::segment_hashed(
                text,
                Vec::new(),
                Vec::new(),
                &mut Vec::new(),
                &mut |start, end, hash| {
                    words.word(text, start, end, hash);
                },
            );
            assert_eq!(g.find_in_words(text, words, Vec::new()).0, g.find(text));
        }
    }

    #[test]
    fn diacritics_fold_and_curly_apostrophes_match() {
        let (_, g) = gazetteer(ROWS);
        assert_eq!(found(&g, "Erdogan and Erdoğan"), vec!["Erdogan", "Erdoğan"]);
    }
}
