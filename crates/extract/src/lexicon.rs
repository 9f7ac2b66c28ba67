//! Closed-class words of news English that the rules rely on: honorifics,
//! pronouns, negators, hedges, plan markers and the heads of organisation
//! and place names. Open-class knowledge (names, titles, triggers) lives in
//! the data files instead.
//!
//! The lists the relation rules ask about have a bit each ([`Lists`],
//! [`LIST_BITS`]): the rules look up the lists of each word of a sentence
//! once and then test bits.

/// Honorifics and ranks that introduce a person's name.
pub static HONORIFICS: WordList = WordList::new(&[
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "general",
    "lt",
    "col",
    "colonel",
    "adm",
    "admiral",
    "maj",
    "major",
    "capt",
    "captain",
    "sgt",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "ambassador",
    "amb",
    "sheikh",
    "prince",
    "princess",
    "king",
    "queen",
    "h.e",
    "he",
    "excellency",
    "his",
    "her",
    "prof",
    "professor",
    "judge",
    "justice",
    "cardinal",
    "pope",
    "rev",
    "reverend",
    "mayor",
    "marshal",
    "brig",
    "brigadier",
    "lord",
    "lady",
    "sir",
    "dame",
    "comrade",
    "mme",
    "m",
    "emir",
    "sultan",
    "president",
    "minister",
    "envoy",
    "chairman",
    "chairperson",
    "secretary",
    "premier",
    "chancellor",
    "counterpart",
    "commander",
    "speaker",
    "deputy",
    "director",
]);

/// Words before a title that say its bearer does not hold the office it
/// names: "Deputy Secretary of State", "former President".
pub static TITLE_RANKS: WordList = WordList::new(&[
    "deputy",
    "vice",
    "assistant",
    "under",
    "undersecretary",
    "associate",
    "junior",
    "former",
    "ex",
    "late",
    "shadow",
    "then",
    "erstwhile",
]);

/// Verbs by which a state makes known help it gives: "announced a new aid
/// package for Ukraine", "extended a loan to Pakistan".
pub static ANNOUNCING_VERBS: WordList = WordList::new(&[
    "announced",
    "announces",
    "unveiled",
    "unveils",
    "extended",
    "extends",
]);

/// Verbs of a charge: "accused Iran of supplying drones". What one is
/// charged with is reported, not asserted, and the charged does it.
pub static CHARGE_VERBS: WordList = WordList::new(&[
    "accused",
    "accuses",
    "accusing",
    "suspected",
    "suspects",
    "alleged",
    "charged",
]);

/// Verbs that tell someone what (not) to do: "warned Pyongyang not to sell
/// arms", "urged Tehran not to send missiles".
pub static DIRECTIVE_VERBS: WordList = WordList::new(&[
    "warned",
    "warns",
    "warning",
    "urged",
    "urges",
    "urging",
    "told",
    "tells",
    "asked",
    "asks",
    "advised",
    "advises",
    "cautioned",
    "cautions",
    "pressed",
    "presses",
    "pressured",
    "called",
    "calls",
    "ordered",
    "orders",
    "instructed",
    "begged",
    "implored",
    // "counted on China not to provide …": what one relies on another
    // not to do.
    "counted",
    "counts",
    "counting",
    "relied",
    "relies",
    "relying",
    "trusted",
    "trusts",
]);

/// Verbs whose subject looks into, judges or reports on an act of others:
/// "Peru investigated arms sales to Ecuador" names no seller.
pub static ONLOOKER_VERBS: WordList = WordList::new(&[
    "investigated",
    "investigates",
    "probed",
    "probes",
    "examined",
    "examines",
    "reviewed",
    "reviews",
    "questioned",
    "questions",
    "criticized",
    "criticised",
    "criticizes",
    "criticises",
    "condemned",
    "condemns",
    "denounced",
    "denounces",
    "opposed",
    "opposes",
    "protested",
    "protests",
    "deplored",
    "deplores",
    "decried",
    "decries",
    "slammed",
    "slams",
    "welcomed",
    "welcomes",
    "praised",
    "praises",
    "discussed",
    "discusses",
    "reported",
    "reports",
    "documented",
    "documents",
    "monitored",
    "monitors",
    "tracked",
    "tracks",
]);

/// Nouns that a surname before them only modifies: "Wagner chief Yevgeny
/// Prigozhin", "Wagner fighters", "Putin ally", "the Trump campaign". The
/// phrase names someone or something else, never the surname's bearer.
pub static NAME_MODIFIED_NOUNS: WordList = WordList::new(&[
    "chief",
    "boss",
    "founder",
    "head",
    "commander",
    "commanders",
    "fighters",
    "mercenaries",
    "forces",
    "troops",
    "militia",
    "group",
    "ally",
    "allies",
    "critic",
    "critics",
    "loyalist",
    "loyalists",
    "supporters",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "associate",
    "associates",
    "confidant",
    "protege",
    "camp",
    "campaign",
    "era",
    "doctrine",
]);

/// Lower-case nouns for a person's role, between a state and a name:
/// "Chinese leader Xi Jinping", "Syria's new leader, Ahmed al-Sharaa".
pub static PERSON_ROLES: WordList = WordList::new(&[
    "leader",
    "strongman",
    "ruler",
    "dictator",
    "monarch",
    "chief",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "negotiator",
    "envoy",
    "ambassador",
    "president",
    "premier",
    "minister",
    "opposition",
    "military",
    "army",
    "intelligence",
    "foreign",
    "defence",
    "defense",
]);

/// Verbs that stop or block what follows them: "halted economic aid to
/// Serbia", "vetoed a resolution condemning …". Not for meetings and
/// visits: suspended talks were held.
pub static CESSATION_VERBS: WordList = WordList::new(&[
    "cut",
    "cuts",
    "cutting",
    "halted",
    "halts",
    "halt",
    "halting",
    "suspended",
    "suspends",
    "suspend",
    "suspending",
    "stopped",
    "stops",
    "stop",
    "stopping",
    "froze",
    "freezes",
    "freeze",
    "frozen",
    "blocked",
    "blocks",
    "block",
    "blocking",
    "vetoed",
    "vetoes",
    "veto",
    "vetoing",
    "withheld",
    "withholds",
    "withhold",
    "paused",
    "pauses",
    "scrapped",
    "terminated",
    "banned",
    "bans",
    "ban",
]);

/// Capitalised words that never start a name.
pub static NOT_NAMES: WordList = WordList::new(&[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "To",
    "From",
    "By",
    "With",
    "And",
    "Or",
    "But",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "During",
    "Since",
    "Under",
    "Over",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "His",
    "Her",
    "They",
    "Their",
    "We",
    "Our",
    "I",
    "You",
    "Both",
    "Such",
    "However",
    "Yet",
    "Also",
    "Further",
    "Meanwhile",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Overnight",
    "Earlier",
    "Later",
    "Progress",
    "Secretary",
    "Minister",
    "President",
    "Prime",
    "Foreign",
    "Defence",
    "Defense",
    "Ministry",
    "Senior",
    "Special",
    "Deputy",
    "Vice",
    "Chief",
    "General",
    "Commander",
    "Chairman",
    "Chairperson",
    "Ambassador",
    "Envoy",
    "Premier",
    "Chancellor",
    "Speaker",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gen",
    "Note",
    "Read",
    "Readout",
    "Statement",
    "Transcript",
    "Pondering",
    "Recognizing",
    "Recognising",
    "Indeed",
    "Out",
    "Of",
    "Under",
    "Every",
    "Each",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "Any",
    "Other",
    "Another",
    "According",
    "Asked",
    "Following",
    "Regarding",
    "Despite",
    "Aboard",
    "Inside",
    "Outside",
    "Across",
    "Along",
    "Beyond",
    "Near",
    "Upon",
    "Within",
    "Amid",
    "Among",
    "Between",
    "Through",
    "Without",
    "Because",
    "Although",
    "Though",
    "Whether",
    "Where",
    "What",
    "Who",
    "Which",
    "How",
    "Why",
    "There",
    "Here",
    "Then",
    "Now",
    "Still",
    "Even",
    "Only",
    "Just",
    "Thus",
    "Hence",
    "Therefore",
    "Additionally",
    "Moreover",
    "Furthermore",
    "Similarly",
    "Finally",
    "First",
    "Second",
    "Third",
    "Last",
    "Next",
    "New",
    "Old",
    "Great",
    "High",
    "Low",
    "Day",
    "Week",
    "Month",
    "Year",
    "Democratic",
    "Republican",
    "National",
    "International",
    "Federal",
    "Royal",
    "Crown",
    "PM",
    "GMT",
    "UTC",
    "AM",
    "PM",
    "CEO",
    "AI",
    "H.E",
]);

/// Last words that make an unknown capitalised name an organisation.
pub static ORG_HEADS: WordList = WordList::new(&[
    "Ministry",
    "Council",
    "Party",
    "Union",
    "Agency",
    "Forces",
    "Force",
    "Committee",
    "Commission",
    "Bank",
    "Organization",
    "Organisation",
    "Group",
    "Front",
    "Army",
    "Navy",
    "Wing",
    "Command",
    "Authority",
    "Assembly",
    "Parliament",
    "Congress",
    "Court",
    "Movement",
    "Alliance",
    "Institute",
    "Corporation",
    "Company",
    "Association",
    "Federation",
    "Fund",
    "Program",
    "Programme",
    "Department",
    "Office",
    "Service",
    "Guard",
    "Brigade",
    "Brigades",
    "Secretariat",
    "Cabinet",
    "Government",
    "Administration",
    "Senate",
    "Diet",
    "Bureau",
    "Foundation",
    "University",
    "Corps",
    "Militia",
    "Regime",
    "Community",
    "Coalition",
]);

/// Last words that make an unknown capitalised name a place.
pub static PLACE_HEADS: WordList = WordList::new(&[
    "River",
    "Sea",
    "Strait",
    "Straits",
    "Island",
    "Islands",
    "Mountains",
    "Mountain",
    "Valley",
    "Reef",
    "Province",
    "Region",
    "City",
    "Bay",
    "Gulf",
    "Peninsula",
    "Desert",
    "Lake",
    "Ocean",
    "Airport",
    "Base",
    "Canal",
    "Shoal",
    "Square",
    "Palace",
    "Park",
    "Street",
    "District",
    "County",
    "Oblast",
    "Prefecture",
    "State",
    "Heights",
    "Plateau",
    "Coast",
    "Port",
    "Harbor",
    "Harbour",
    "Hills",
    "Pass",
    "Zone",
    "Corridor",
    "Crossing",
    "Border",
]);

/// Verbs that deny what they govern: "denied that ...", "refused to meet".
pub static DENIAL_VERBS: WordList = WordList::new(&[
    "denied",
    "denies",
    "deny",
    "denying",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "rejected",
    "rejects",
    "reject",
    "rejecting",
    "dismissed",
    "dismisses",
    "ruled",
    "rules",
    "cancelled",
    "canceled",
    "cancel",
    "cancels",
    "cancelling",
    "canceling",
    "postponed",
    "postpone",
    "postpones",
    "postponing",
    "scrapped",
    "snubbed",
    "failed",
    "fails",
]);

/// Predicates that deny a reported claim: "the report ... is not accurate".
pub static FALSE_PREDICATES: WordList = WordList::new(&[
    "false",
    "untrue",
    "baseless",
    "unfounded",
    "inaccurate",
    "incorrect",
    "fabricated",
    "fake",
    "groundless",
    "misleading",
]);

/// Words that make a claim hedged.
pub static HEDGES: WordList = WordList::new(&[
    "may",
    "might",
    "could",
    "possibly",
    "perhaps",
    "likely",
    "probably",
    "suspected",
    "appears",
    "apparently",
    "seemingly",
    "believed",
    "thought",
]);

/// Words before a trigger that make it a plan, offer or hypothesis, not a fact.
pub static IRREALIS: WordList = WordList::new(&[
    "will",
    "would",
    "shall",
    "should",
    // "reminded Iraq that it must cooperate fully": a demand, not a deed.
    "must",
    "wo",
    "'ll",
    "upcoming",
    "forthcoming",
    "planned",
    "planning",
    "plans",
    "plan",
    "intends",
    "intend",
    "intended",
    "intending",
    "expected",
    "hopes",
    "hope",
    "hoped",
    "wants",
    "want",
    "wanted",
    "wish",
    "wishes",
    "offered",
    "offers",
    "offer",
    "proposed",
    "proposes",
    "propose",
    "invited",
    "invites",
    "invitation",
    "ready",
    "willing",
    "prepared",
    "scheduled",
    "due",
    "set",
    "forthcoming",
    "future",
    "next",
    "if",
    "unless",
    "essential",
    "right",
    "seeks",
    "sought",
    "seeking",
    "aims",
    "aim",
    "aimed",
    "urged",
    "urges",
    "called",
    "calls",
    "forward",
    "possible",
    "potential",
    "considering",
    "consider",
    "mulls",
    "mulling",
    // "threatened to cut off supplies": a threat is not yet done.
    "threatened",
    "threatens",
    "threaten",
    "threatening",
]);

/// Words governing an infinitive that still assert it: "continued to supply", "agreed to work together".
pub static ASSERTIVE_GOVERNORS: WordList = WordList::new(&[
    "continue",
    "continued",
    "continues",
    "continuing",
    "commitment",
    "committed",
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "starts",
    "start",
    "managed",
    "went",
    "agreed",
    "agree",
    "agrees",
    "used",
    "helped",
    "helps",
    "help",
    "resolve",
    "moved",
    "pledged",
    "vowed",
]);

/// Verbs that say where someone went or was, so a capital after them is a place.
pub static LOCATIVE_PREPOSITIONS: WordList = WordList::new(&[
    "in",
    "at",
    "into",
    "near",
    "outside",
    "around",
    "across",
    "via",
    "throughout",
]);

/// Determiners and adjectives that may stand between a preposition and its object.
pub static NP_FILLERS: WordList = WordList::new(&[
    "the",
    "a",
    "an",
    "our",
    "their",
    "its",
    "his",
    "her",
    "some",
    "several",
    "many",
    "both",
    "all",
    "other",
    "fellow",
    "neighbouring",
    "neighboring",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "central",
    "war-torn",
    "allied",
    "ally",
    "partner",
    "key",
    "close",
    "counterpart",
    "embattled",
    "neighbor",
    "neighbour",
    "today",
    "also",
    "again",
    "briefly",
    "separately",
    "jointly",
    "virtually",
    "yesterday",
    "recently",
    "then",
    "later",
    "earlier",
    "first",
    "officially",
    "formally",
    "directly",
]);

/// Verbs of drawing a reaction: "the visit drew criticism from Seoul".
pub static REACTION_VERBS: WordList = WordList::new(&[
    "faced",
    "faces",
    "facing",
    "face",
    "drew",
    "draws",
    "drawn",
    "draw",
    "drawing",
    "sparking",
    "prompting",
    "triggering",
    "provoking",
    "attracting",
    "sparked",
    "sparks",
    "spark",
    "prompted",
    "prompts",
    "triggered",
    "triggers",
    "provoked",
    "provokes",
    "attracted",
    "attracts",
    "faced",
    "faces",
    "face",
    "received",
    "receives",
    "earned",
    "earns",
    "with",
]);

/// Plural people nouns whose "of" phrase names whom they speak for: "the
/// leaders of France and Germany".
pub static GROUP_HEADS: WordList = WordList::new(&[
    "leaders",
    "ministers",
    "presidents",
    "premiers",
    "heads",
    "officials",
    "delegations",
    "representatives",
    "envoys",
    "diplomats",
    "negotiators",
    "chiefs",
    "secretaries",
    "governments",
]);

/// Words that never modify the noun of a trigger phrase: between "signed
/// a" and "pact" they end the phrase ("signed a letter to the pact").
pub static NOT_MODIFIERS: WordList = WordList::new(&[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "and", "or", "but", "nor", "not", "no", "never", "to", "with", "of", "in", "on", "at",
    "for", "by", "from", "about", "over", "into", "as", "than", "which", "who", "whom", "whose",
    "what", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "could", "should", "may", "might", "must", "can", "he", "she", "it",
    "they", "we", "i", "you", "him", "them", "us", "me", "also", "then", "there", "here", "after",
    "before", "when", "while", "if", "so", "said", "says",
]);

/// Verbs that attribute what a sentence says to a speaker: "…, officials said".
pub static REPORTING_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "report",
    "announced",
    "announces",
    "stated",
    "states",
    "added",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "noted",
    "stressed",
    "insisted",
    "wrote",
    "writes",
    "posted",
    "tweeted",
    "according",
    "quoted",
]);

/// A closed list of words. Most words asked about are in no list, so a
/// list first rules them out by their length and first byte, two bit tests;
/// a word of one to sixteen bytes is then looked up by its [`ShortKey`], a
/// multiply, in a small filter of bits and, if its bit is set, in a table
/// with open addressing, mostly one slot read, and a longer word in a hash
/// set (a long list) or the list itself. The index is built the first time
/// the list is needed and then shared by all threads.
pub struct WordList {
    words: &'static [&'static str],
    index: std::sync::OnceLock<ListIndex>,
}

struct ListIndex {
    /// Bit `n` is set when some word is `n` bytes long (63 for longer).
    lengths: u64,
    /// Bit `b` is set when some word starts with byte `b`.
    firsts: [u64; 4],
    /// The words of one to sixteen bytes by their keys: a power of two of
    /// slots, at most a quarter of them used, so that a look-up for a word
    /// not in the list mostly ends at the first slot.
    short: Box<[ShortKey]>,
    /// 64 minus the base-2 logarithm of the number of slots of `short`.
    shift: u32,
    /// A bit for each word of `short`, some eight bits a word, picked by
    /// bits of its key's hash below those that pick its slot: most words
    /// that pass the tests of length and first byte are in no list either,
    /// and a test of these few lines, which stay in cache, turns nearly
    /// all of them away without a read of `short`, where each would touch
    /// a slot of its own, seldom in cache.
    filter: Box<[u64]>,
    /// How far to shift a key's hash right to leave its bit of `filter`
    /// (masked with `filter_mask`).
    filter_shift: u32,
    filter_mask: usize,
    /// For long lists, the words longer than sixteen bytes are looked up
    /// here.
    set: Option<rustc_hash::FxHashSet<&'static str>>,
}

/// A word of one to sixteen bytes as two numbers and its length, which
/// tell it from any other word: its first and last eight bytes (which
/// overlap for fewer than sixteen), or four, or for up to three bytes the
/// first, middle and last. Made from the word's bytes without a copy of
/// run-time length. A length of 0 marks an empty slot of the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ShortKey {
    head: u64,
    tail: u64,
    len: u64,
}

impl ShortKey {
    /// The key of a word of one to sixteen bytes; none for another.
    fn of(w: &[u8]) -> Option<ShortKey> {
        let len = w.len();
        let (head, tail) = match len {
            1..=3 => {
                let byte = |i: usize| w.get(i).copied().map_or(0, u64::from);
                (byte(0) | byte(len / 2) << 8 | byte(len - 1) << 16, 0)
            }
            4..=7 => {
                let four = |b: Option<&[u8; 4]>| b.map_or(0, |b| u64::from(u32::from_le_bytes(*b)));
                (four(w.first_chunk()), four(w.last_chunk()))
            }
            8..=16 => {
                let eight = |b: Option<&[u8; 8]>| b.map_or(0, |b| u64::from_le_bytes(*b));
                (eight(w.first_chunk()), eight(w.last_chunk()))
            }
            _ => return None,
        };
        Some(ShortKey {
            head,
            tail,
            len: len as u64,
        })
    }

    /// The key's hash: its high bits pick the first slot to look at, in
    /// a table of `64 - shift` bits of slots, and the bits below them its
    /// bit of the filter.
    fn hash(&self) -> u64 {
        (self.head ^ self.tail.rotate_left(29) ^ self.len << 58).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

impl ListIndex {
    /// The index of a list's words.
    fn new(words: &'static [&'static str]) -> ListIndex {
        let slots = (words.len() * 4).next_power_of_two().max(8);
        let filter_bits = (words.len() * 8).next_power_of_two().max(64);
        let shift = 64 - slots.trailing_zeros();
        let mut index = ListIndex {
            lengths: 0,
            firsts: [0; 4],
            short: vec![ShortKey::default(); slots].into_boxed_slice(),
            shift,
            filter: vec![0; filter_bits / 64].into_boxed_slice(),
            filter_shift: shift - filter_bits.trailing_zeros(),
            filter_mask: filter_bits - 1,
            set: (words.len() > 12).then(|| words.iter().copied().collect()),
        };
        for w in words {
            index.lengths |= length_bit(w);
            let b = w.as_bytes().first().copied().unwrap_or(0);
            index.firsts[usize::from(b / 64)] |= 1 << (b % 64);
            if let Some(key) = ShortKey::of(w.as_bytes()) {
                let bit = index.filter_bit(key.hash());
                index.filter[bit / 64] |= 1 << (bit % 64);
                let mut i = (key.hash() >> index.shift) as usize;
                while index.short[i].len != 0 && index.short[i] != key {
                    i = (i + 1) & (slots - 1);
                }
                index.short[i] = key;
            }
        }
        index
    }

    /// The bit of `filter` of a key's hash.
    fn filter_bit(&self, hash: u64) -> usize {
        (hash >> self.filter_shift) as usize & self.filter_mask
    }

    /// Whether the table holds the key.
    fn has_short(&self, key: ShortKey) -> bool {
        let hash = key.hash();
        let bit = self.filter_bit(hash);
        if self
            .filter
            .get(bit / 64)
            .is_none_or(|bits| bits & (1 << (bit % 64)) == 0)
        {
            return false;
        }
        let mask = self.short.len() - 1;
        let mut i = (hash >> self.shift) as usize;
        // The table is never full: an empty slot ends every search.
        while let Some(slot) = self.short.get(i) {
            if slot.len == 0 {
                return false;
            }
            if *slot == key {
                return true;
            }
            i = (i + 1) & mask;
        }
        false
    }
}

fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

impl WordList {
    /// A list of lower-case words.
    pub const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            index: std::sync::OnceLock::new(),
        }
    }

    /// Whether `word` is in the list. The two bit tests that rule most
    /// words out are made where the list is asked, without a call.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let index = self.index.get_or_init(|| ListIndex::new(self.words));
        let b = word.as_bytes().first().copied().unwrap_or(0);
        index.lengths & length_bit(word) != 0
            && index.firsts[usize::from(b / 64)] & (1 << (b % 64)) != 0
            && self.looked_up(index, word)
    }

    /// Whether `word`, which the bit tests of [`Self::contains`] let
    /// through, is in the list.
    #[inline(never)]
    fn looked_up(&self, index: &ListIndex, word: &str) -> bool {
        if let Some(key) = ShortKey::of(word.as_bytes()) {
            return index.has_short(key);
        }
        match &index.set {
            Some(set) => set.contains(word),
            None => self.words.contains(&word),
        }
    }
}

impl WordList {
    /// Whether `word` is in the list, its ASCII letters in either case, as
    /// `self.words().iter().any(|w| w.eq_ignore_ascii_case(word))` says
    /// (the list's words are lower-case): a short word is looked up
    /// lower-cased in a copy of its own, not compared with every word.
    pub fn contains_ignoring_ascii_case(&self, word: &str) -> bool {
        let mut buf = [0u8; 16];
        match buf.get_mut(..word.len()) {
            Some(lower) => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                // Lower-casing ASCII letters keeps the bytes UTF-8.
                std::str::from_utf8(lower).is_ok_and(|w| self.contains(w))
            }
            None => self.words.iter().any(|w| w.eq_ignore_ascii_case(word)),
        }
    }

    /// The list's words.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

impl std::fmt::Debug for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.words).finish()
    }
}

/// Whether `word` is in the list.
pub fn is_in(list: &WordList, word: &str) -> bool {
    list.contains(word)
}

/// Words of a judgement that condemns what it is said of: "called the
/// downing a stab in the back", "called the accusations absurd", "said the
/// deal was a historic mistake".
pub static CONDEMNING_WORDS: WordList = WordList::new(&[
    "abhorrent",
    "absurd",
    "affront",
    "aggression",
    "aggressive",
    "appalling",
    "arbitrary",
    "arrogant",
    "atrocious",
    "bad",
    "barbaric",
    "baseless",
    "betrayal",
    "blasphemous",
    "blunder",
    "brutal",
    "butcher",
    "coercion",
    "counterproductive",
    "cowardly",
    "crime",
    "criminal",
    "cruel",
    "dangerous",
    "deplorable",
    "destabilising",
    "destabilizing",
    "dictator",
    "disappointing",
    "disappointment",
    "disastrous",
    "disgrace",
    "disgraceful",
    "fabricated",
    "fabrication",
    "farce",
    "groundless",
    "heinous",
    "hostile",
    "hypocritical",
    "hysterical",
    "illegal",
    "illegitimate",
    "inhumane",
    "insult",
    "insulting",
    "interference",
    "irrational",
    "irresponsible",
    "liar",
    "lie",
    "lies",
    "meddling",
    "mistake",
    "murderer",
    "nonsense",
    "offensive",
    "outrage",
    "outrageous",
    "propaganda",
    "provocation",
    "provocative",
    "puppet",
    "reckless",
    "regrettable",
    "ridiculous",
    "sham",
    "shameful",
    "shameless",
    "slander",
    "slanderous",
    "smear",
    "stab",
    "terrorist",
    "thug",
    "traitor",
    "travesty",
    "unacceptable",
    "unconstitutional",
    "undiplomatic",
    "unfair",
    "unfounded",
    "unfriendly",
    "unhelpful",
    "unjust",
    "unjustified",
    "unlawful",
    "unnecessary",
    "unprovoked",
    "unwarranted",
    "violation",
]);

/// Words of a judgement that voices worry about what it is said of:
/// "called the situation worrying", "said the damage was alarming".
pub static WORRYING_WORDS: WordList = WordList::new(&[
    "alarming",
    "concerning",
    "disturbing",
    "troubling",
    "worrisome",
    "worrying",
]);

/// Nouns of events that may stand alone as what is criticised or feared:
/// "condemned the coup", "worried about the escalation".
pub static EVENT_NOUNS: WordList = WordList::new(&[
    "attack",
    "attacks",
    "coup",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "invasion",
    "incursion",
    "annexation",
    "occupation",
    "bombing",
    "bombings",
    "shelling",
    "killing",
    "killings",
    "assassination",
    "execution",
    "executions",
    "massacre",
    "arrest",
    "arrests",
    "detention",
    "crackdown",
    "blockade",
    "escalation",
    "offensive",
    "incident",
    "assault",
    "referendum",
    "launch",
    "test",
    "sanctions",
    "embargo",
    "expulsion",
    "ban",
    // What was decided, agreed, said or done: "condemned the move",
    // "criticised the deal", "rejected the ruling", "deplored the remarks".
    "move",
    "moves",
    "decision",
    "decisions",
    "deal",
    "deals",
    "accord",
    "agreement",
    "agreements",
    "arrangement",
    "award",
    "ruling",
    "verdict",
    "proposal",
    "proposals",
    "purchase",
    "failure",
    "launches",
    "tests",
    "remarks",
    "comments",
    "claims",
    "allegations",
    "violence",
    "fighting",
    "clashes",
    "unrest",
    "instability",
    "takeover",
    "expropriation",
    "nationalisation",
    "nationalization",
    "withdrawal",
    "deployment",
    "buildup",
    "tariffs",
    // Disasters and hardships feared: "worried about the drought".
    "drought",
    "famine",
    "floods",
    "flooding",
    "outbreak",
    "epidemic",
    "pandemic",
    "inflation",
    "shortages",
    "deforestation",
]);

/// Nouns that make an ambiguous transfer verb ("sent", "gave") a supply.
pub static SUPPLY_NOUNS: WordList = WordList::new(&[
    "products",
    "petroleum",
    "arms",
    "weapons",
    "weapon",
    "missiles",
    "missile",
    "drones",
    "drone",
    "ammunition",
    "munitions",
    "shells",
    "rockets",
    "artillery",
    "tanks",
    "jets",
    "aircraft",
    "fighter",
    "helicopters",
    "equipment",
    "components",
    "parts",
    "goods",
    "materials",
    "aid",
    "assistance",
    "supplies",
    "oil",
    "gas",
    "fuel",
    "energy",
    "electricity",
    "grain",
    "food",
    "wheat",
    "vaccines",
    "vaccine",
    "doses",
    "crude",
    "coal",
    "fertiliser",
    "fertilizer",
    "fertilisers",
    "fertilizers",
    "uranium",
    "shipments",
    "medicine",
    "medicines",
    "funding",
    "funds",
    "loans",
    "money",
    "million",
    "billion",
    "technology",
    "chips",
    "semiconductors",
    "systems",
    "vehicles",
    "troops",
    "tons",
    "tonnes",
    "humanitarian",
    "howitzers",
    "howitzer",
    "launchers",
    "warships",
    "submarines",
    "frigates",
    "bombs",
    "grenades",
    "rifles",
    "interceptors",
    "radars",
    "fighters",
    "bombers",
]);

/// Light verbs whose subject is the agent of the noun they take: "held a meeting", "expressed concern".
pub static LIGHT_VERBS: WordList = WordList::new(&[
    "held",
    "hold",
    "holds",
    "holding",
    "had",
    "has",
    "have",
    "having",
    "made",
    "make",
    "makes",
    "making",
    "paid",
    "pay",
    "pays",
    "paying",
    "conducted",
    "conducts",
    "expressed",
    "expresses",
    "express",
    "expressing",
    "raised",
    "raises",
    "raise",
    "raising",
    "voiced",
    "voices",
    "shared",
    "shares",
    "conveyed",
    "conveys",
    "reiterated",
    "reiterates",
    "noted",
    "notes",
    "underlined",
    "stressed",
    "emphasized",
    "emphasised",
    "signed",
    "signs",
    "began",
    "begins",
    "started",
    "wrapped",
    "concluded",
    "concludes",
    "attended",
    "attends",
    "joined",
    "joins",
    "led",
    "leads",
    "undertook",
    "undertakes",
    "continued",
    "continues",
    "widen",
    "widened",
    "deepen",
    "deepened",
    "strengthen",
    "strengthened",
    "expand",
    "expanded",
    "reaffirmed",
    "reaffirms",
    "affirmed",
    "renewed",
    "resumed",
    "opened",
    "launched",
    "ratified",
    "endorsed",
    "approved",
    "completed",
    "finalized",
    "finalised",
    // "cancelled a visit to Kampala", "called off a meeting with Ruto":
    // whose visit or meeting is denied.
    "cancelled",
    "canceled",
    "cancels",
    "postponed",
    "postpones",
    "scrapped",
    "off",
    "lodged",
    "filed",
    "issued",
]);

/// Regions too large to be a destination of a visit on their own.
pub static MACRO_REGIONS: WordList = WordList::new(&[
    "Asia",
    "Europe",
    "Africa",
    "Middle East",
    "Latin America",
    "Asia-Pacific",
    "Indo-Pacific",
    "Americas",
    "Oceania",
    "Arctic",
    "Antarctica",
    "North America",
    "South America",
    "Eurasia",
    "Central Asia",
    "Southeast Asia",
    "South Asia",
    "East Asia",
    "West Africa",
    "East Africa",
]);

/// Prepositions that open a time adjunct after a clause: "met Biden during
/// his visit", "talks ahead of the summit". What such an adjunct names is
/// taken for granted, not asserted or denied by the clause's verb.
pub static ADJUNCT_PREPOSITIONS: WordList = WordList::new(&[
    "during",
    "after",
    "before",
    "following",
    "since",
    "ahead",
    "amid",
]);

/// Verbs whose object is the guest: "Xi received Putin during his visit".
pub static HOSTING_VERBS: WordList = WordList::new(&[
    "received",
    "receives",
    "receiving",
    "hosted",
    "hosts",
    "hosting",
    "welcomed",
    "welcomes",
    "welcoming",
    "greeted",
    "greets",
    "greeting",
]);

/// Lower-case role nouns that name the person after them: "Hamas leader
/// Ismail Haniyeh", "Kremlin critic Alexei Navalny", "spokesman John
/// Kirby". Evidence for a name of two words or more the dictionary lacks.
pub static ROLE_NOUNS: WordList = WordList::new(&[
    "leader",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "critic",
    "negotiator",
    "founder",
    "dissident",
    "activist",
    "envoy",
    "adviser",
    "advisor",
    "aide",
    "opponent",
    "rival",
    "lawmaker",
    "candidate",
    "strongman",
    "boss",
]);

/// Nouns of a tie between people: "Lukashenko, a close ally of Putin": the
/// person after "of" is named for the tie, not met.
pub static TIE_NOUNS: WordList = WordList::new(&[
    "ally",
    "allies",
    "critic",
    "critics",
    "friend",
    "friends",
    "opponent",
    "opponents",
    "rival",
    "rivals",
    "successor",
    "predecessor",
    "supporter",
    "supporters",
    "loyalist",
    "loyalists",
    "aide",
    "aides",
    "confidant",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
]);

/// Groups that do not speak for the state that owns them: "Russia's
/// opposition", "Ukraine's rebels", "Iran's protesters".
pub static NON_STATE_GROUPS: WordList = WordList::new(&[
    "opposition",
    "protesters",
    "protestors",
    "demonstrators",
    "rebels",
    "separatists",
    "dissidents",
    "activists",
    "critics",
    "insurgents",
    "militants",
    "exiles",
    "diaspora",
    "citizens",
    "students",
    "voters",
    "people",
    "public",
    "businesses",
    "farmers",
    "lawmakers",
    "legislators",
    "parliamentarians",
    "senators",
    "congressmen",
    "politicians",
]);

/// Verbs that form a tie named by the noun after them: "declared a
/// partnership", "forged an alliance", "sealed a pact".
pub static FORMING_VERBS: WordList = WordList::new(&[
    "declared",
    "declare",
    "declares",
    "announced",
    "announce",
    "announces",
    "forged",
    "forge",
    "forges",
    "formed",
    "form",
    "forms",
    "launched",
    "launch",
    "launches",
    "established",
    "establish",
    "establishes",
    "sealed",
    "seal",
    "seals",
    "unveiled",
    "unveil",
    "unveils",
    "pledged",
    "pledge",
    "pledges",
    "hailed",
    "hail",
    "hails",
]);

/// Organisations "the alliance" may stand for (dictionary ids, lower case).
pub static ALLIANCES: WordList = WordList::new(&["nato", "csto", "aes", "aukus"]);

/// Organisations "the bloc" may stand for.
pub static BLOCS: WordList = WordList::new(&[
    "eu", "au", "asean", "brics", "g7", "g20", "sco", "eaeu", "ecowas", "sadc", "eac", "eccas",
    "mercosur", "gcc", "cis", "v4", "saarc", "apec", "ots", "las", "oas",
]);

/// Organisations "the union" may stand for.
pub static UNIONS: WordList = WordList::new(&["eu", "au", "eaeu"]);

/// Unnamed speakers: "…, Western officials said", "diplomats say", "a
/// source told reporters". What they say is reported, not asserted.
pub static HEARSAY_SPEAKERS: WordList = WordList::new(&[
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "analysts",
    "experts",
    "observers",
    "witnesses",
    "insiders",
    "media",
    "reports",
]);

/// "reportedly", "according (to)": words that attribute what a sentence says.
pub static ATTRIBUTION_CUES: WordList =
    WordList::new(&["reportedly", "allegedly", "purportedly", "according"]);

/// Verbs of a third party that brings others together: "talks brokered by Qatar".
pub static MEDIATING_VERBS: WordList =
    WordList::new(&["brokered", "mediated", "chaired", "facilitated", "convened"]);

/// Nouns of report and claim: "Reports that Iran sent …", "the reporting
/// about supply is not accurate".
pub static REPORT_NOUNS: WordList = WordList::new(&[
    "report",
    "reports",
    "reporting",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "rumours",
    "rumors",
    "news",
    "suggestions",
    "accusations",
]);

/// The words other than those of [`REPORT_NOUNS`] and the lists of
/// denials, plans, hedges, cessations, charges and adjunct prepositions
/// that change how the words before a trigger read it: negators, "only"
/// before one, "no", and the words that close a clause or phrase. A word
/// in none of these is passed over.
pub static READING_CUES: WordList = WordList::new(&[
    ",", ";", "and", "but", "that", "which", "who", "not", "n't", "never", "nor", "neither",
    "cannot", "longer", "no", "only",
    // "called off a visit": read with the verb before it.
    "off",
]);

/// The marks that end a clause: what stands before them does not govern
/// what follows.
pub static CLAUSE_BREAKS: WordList = WordList::new(&[";", ":"]);

/// What stands between a verb and an actor that is not its subject: a
/// clause break, a quotation mark, an expletive ("…, it was agreed that").
pub static SUBJECT_BARRIERS: WordList = WordList::new(&[";", ":", "\"", "“", "”", "it", "there"]);

/// The forms of "take" whose subject is a trip: "The trip took Modi to
/// Egypt", "a tour that has taken him to Samoa".
pub static TAKE_FORMS: WordList = WordList::new(&["took", "taken", "takes", "taking"]);

/// Nouns that name an ally: "Moscow's ally Belarus", "Pyongyang's main
/// diplomatic backers".
/// Verbs that pass a judgement on what follows them: "called the move a
/// mistake", "said the deal was illegal".
pub static JUDGING_VERBS: WordList = WordList::new(&[
    "branded",
    "called",
    "calling",
    "calls",
    "condemned",
    "denounced",
    "described",
    "describes",
    "dismissed",
    "dismisses",
    "rejected",
    "rejects",
    "said",
    "says",
    "termed",
    "terms",
]);

/// Things done that a judgement set beside a clause names: "…, a stance
/// that Stoltenberg called regrettable", "…, a remark that Ethiopia
/// described as undiplomatic".
pub static JUDGED_THINGS: WordList = WordList::new(&[
    "act",
    "action",
    "actions",
    "claim",
    "claims",
    "comment",
    "comments",
    "decision",
    "demand",
    "demands",
    "meeting",
    "move",
    "moves",
    "policy",
    "position",
    "remark",
    "remarks",
    "stance",
    "statement",
    "step",
    "steps",
    "talks",
    "trip",
    "visit",
]);

/// Forms of "join" that say it happened: "joined NATO in 2004".
pub static JOIN_FORMS: WordList = WordList::new(&["joined", "joins"]);

/// Words of coming back from somewhere: "returned from a visit to China".
pub static RETURN_WORDS: WordList = WordList::new(&["back", "returned", "returning", "returns"]);

/// "where", which opens a clause about a place just named.
pub static WHERE: WordList = WordList::new(&["where"]);

/// "visiting", which names a guest: "Xi told visiting Prime Minister
/// Albanese".
pub static VISITING: WordList = WordList::new(&["visiting"]);

pub static ALLY_NOUNS: WordList =
    WordList::new(&["ally", "allies", "backer", "backers", "partner", "partners"]);

/// A set of lists of this module, one bit each. The relation rules ask
/// again and again whether the words around a trigger are in one list or
/// another; the lists a word is in are looked up once per token (see
/// [`LIST_BITS`]) and each question is then a bit test. Each constant is
/// named as the list it stands for; 38 of the 64 bits are used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u64);

impl Lists {
    /// No list.
    pub const NONE: Lists = Lists(0);
    pub const ADJUNCT_PREPOSITIONS: Lists = Lists(1 << 0);
    pub const ANNOUNCING_VERBS: Lists = Lists(1 << 1);
    pub const ASSERTIVE_GOVERNORS: Lists = Lists(1 << 2);
    pub const ATTRIBUTION_CUES: Lists = Lists(1 << 3);
    pub const CESSATION_VERBS: Lists = Lists(1 << 4);
    pub const CHARGE_VERBS: Lists = Lists(1 << 5);
    pub const DENIAL_VERBS: Lists = Lists(1 << 6);
    pub const DIRECTIVE_VERBS: Lists = Lists(1 << 7);
    pub const EVENT_NOUNS: Lists = Lists(1 << 8);
    pub const FALSE_PREDICATES: Lists = Lists(1 << 9);
    pub const FORMING_VERBS: Lists = Lists(1 << 10);
    pub const GROUP_HEADS: Lists = Lists(1 << 11);
    pub const HEARSAY_SPEAKERS: Lists = Lists(1 << 12);
    pub const HEDGES: Lists = Lists(1 << 13);
    pub const HOSTING_VERBS: Lists = Lists(1 << 14);
    pub const IRREALIS: Lists = Lists(1 << 15);
    pub const LIGHT_VERBS: Lists = Lists(1 << 16);
    pub const MEDIATING_VERBS: Lists = Lists(1 << 17);
    pub const NON_STATE_GROUPS: Lists = Lists(1 << 18);
    pub const NOT_MODIFIERS: Lists = Lists(1 << 19);
    pub const NP_FILLERS: Lists = Lists(1 << 20);
    pub const ONLOOKER_VERBS: Lists = Lists(1 << 21);
    pub const PERSON_ROLES: Lists = Lists(1 << 22);
    pub const REACTION_VERBS: Lists = Lists(1 << 23);
    pub const REPORTING_VERBS: Lists = Lists(1 << 24);
    pub const SUPPLY_NOUNS: Lists = Lists(1 << 25);
    pub const TIE_NOUNS: Lists = Lists(1 << 26);
    pub const REPORT_NOUNS: Lists = Lists(1 << 27);
    pub const READING_CUES: Lists = Lists(1 << 28);
    pub const CLAUSE_BREAKS: Lists = Lists(1 << 29);
    pub const SUBJECT_BARRIERS: Lists = Lists(1 << 30);
    pub const TAKE_FORMS: Lists = Lists(1 << 31);
    pub const ALLY_NOUNS: Lists = Lists(1 << 32);
    pub const JUDGING_VERBS: Lists = Lists(1 << 33);
    pub const JOIN_FORMS: Lists = Lists(1 << 34);
    pub const RETURN_WORDS: Lists = Lists(1 << 35);
    pub const WHERE: Lists = Lists(1 << 36);
    pub const VISITING: Lists = Lists(1 << 37);

    /// The lists of both sets.
    pub const fn union(self, other: Lists) -> Lists {
        Lists(self.0 | other.0)
    }

    /// Whether the set holds any of the lists of `other`.
    pub fn has(self, other: Lists) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOrAssign for Lists {
    fn bitor_assign(&mut self, other: Lists) {
        self.0 |= other.0;
    }
}

/// The lists that have a bit, with their bits. No list holds the empty
/// word, so a word out of the sentence (`""`) is in none of them.
pub static LIST_BITS: [(&WordList, Lists); 38] = [
    (&ADJUNCT_PREPOSITIONS, Lists::ADJUNCT_PREPOSITIONS),
    (&ANNOUNCING_VERBS, Lists::ANNOUNCING_VERBS),
    (&ASSERTIVE_GOVERNORS, Lists::ASSERTIVE_GOVERNORS),
    (&ATTRIBUTION_CUES, Lists::ATTRIBUTION_CUES),
    (&CESSATION_VERBS, Lists::CESSATION_VERBS),
    (&CHARGE_VERBS, Lists::CHARGE_VERBS),
    (&DENIAL_VERBS, Lists::DENIAL_VERBS),
    (&DIRECTIVE_VERBS, Lists::DIRECTIVE_VERBS),
    (&EVENT_NOUNS, Lists::EVENT_NOUNS),
    (&FALSE_PREDICATES, Lists::FALSE_PREDICATES),
    (&FORMING_VERBS, Lists::FORMING_VERBS),
    (&GROUP_HEADS, Lists::GROUP_HEADS),
    (&HEARSAY_SPEAKERS, Lists::HEARSAY_SPEAKERS),
    (&HEDGES, Lists::HEDGES),
    (&HOSTING_VERBS, Lists::HOSTING_VERBS),
    (&IRREALIS, Lists::IRREALIS),
    (&LIGHT_VERBS, Lists::LIGHT_VERBS),
    (&MEDIATING_VERBS, Lists::MEDIATING_VERBS),
    (&NON_STATE_GROUPS, Lists::NON_STATE_GROUPS),
    (&NOT_MODIFIERS, Lists::NOT_MODIFIERS),
    (&NP_FILLERS, Lists::NP_FILLERS),
    (&ONLOOKER_VERBS, Lists::ONLOOKER_VERBS),
    (&PERSON_ROLES, Lists::PERSON_ROLES),
    (&REACTION_VERBS, Lists::REACTION_VERBS),
    (&REPORTING_VERBS, Lists::REPORTING_VERBS),
    (&SUPPLY_NOUNS, Lists::SUPPLY_NOUNS),
    (&TIE_NOUNS, Lists::TIE_NOUNS),
    (&REPORT_NOUNS, Lists::REPORT_NOUNS),
    (&READING_CUES, Lists::READING_CUES),
    (&CLAUSE_BREAKS, Lists::CLAUSE_BREAKS),
    (&SUBJECT_BARRIERS, Lists::SUBJECT_BARRIERS),
    (&TAKE_FORMS, Lists::TAKE_FORMS),
    (&ALLY_NOUNS, Lists::ALLY_NOUNS),
    (&JUDGING_VERBS, Lists::JUDGING_VERBS),
    (&JOIN_FORMS, Lists::JOIN_FORMS),
    (&RETURN_WORDS, Lists::RETURN_WORDS),
    (&WHERE, Lists::WHERE),
    (&VISITING, Lists::VISITING),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a list, and words a letter longer, a letter shorter
    /// or in another case, are found as the list itself says.
    #[test]
    fn words_are_found_as_the_list_has_them() {
        let lists: Vec<&WordList> = LIST_BITS
            .iter()
            .map(|(list, _)| *list)
            .chain([&NOT_NAMES, &HONORIFICS])
            .collect();
        for list in lists {
            for w in list.words() {
                let mut near = vec![
                    w.to_string(),
                    format!("{w}s"),
                    format!("x{w}"),
                    w.to_uppercase(),
                    format!("{w} {w}"),
                ];
                let mut cut = w.to_string();
                cut.pop();
                near.push(cut);
                for n in near {
                    assert_eq!(
                        list.contains(&n),
                        list.words().contains(&n.as_str()),
                        "{n:?}"
                    );
                }
            }
        }
        // Lists of lower-case words, as the look-up ignoring case needs.
        for list in [&HONORIFICS, &REPORTING_VERBS, &CONDEMNING_WORDS] {
            for w in list.words() {
                assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?}");
                for n in [
                    w.to_string(),
                    w.to_uppercase(),
                    format!("{w}S"),
                    format!("X{w}"),
                ] {
                    let by_scan = list.words().iter().any(|x| x.eq_ignore_ascii_case(&n));
                    assert_eq!(list.contains_ignoring_ascii_case(&n), by_scan, "{n:?}");
                }
            }
        }
        let empty = WordList::new(&["a", "bc"]);
        assert!(!empty.contains(""));
        assert!(empty.contains("a") && empty.contains("bc") && !empty.contains("b"));
    }
}
