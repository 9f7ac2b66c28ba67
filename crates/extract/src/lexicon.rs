//! Closed-class words of news English that the rules rely on: honorifics,
//! pronouns, negators, hedges, plan markers and the heads of organisation
//! and place names. Open-class knowledge (names, titles, triggers) lives in
//! the data files instead.

/// Honorifics and ranks that introduce a person's name.
pub const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "general", "lt", "col", "colonel", "adm", "admiral", "maj",
    "major", "capt", "captain", "sgt", "sen", "senator", "rep", "representative", "gov", "governor",
    "ambassador", "amb", "sheikh", "prince", "princess", "king", "queen", "h.e", "he", "excellency",
    "his", "her", "prof", "professor", "judge", "justice", "cardinal", "pope", "rev", "reverend",
    "mayor", "marshal", "brig", "brigadier", "lord", "lady", "sir", "dame", "comrade", "mme", "m",
    "emir", "sultan", "president", "minister", "envoy", "chairman", "chairperson", "secretary",
    "premier", "chancellor", "counterpart", "commander", "speaker", "deputy", "director",
];

/// Capitalised words that never start a name.
pub const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "Of", "For", "To", "From", "By", "With", "And", "Or",
    "But", "As", "If", "When", "While", "After", "Before", "During", "Since", "Under", "Over",
    "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her", "They", "Their",
    "We", "Our", "I", "You", "Both", "Such", "However", "Yet", "Also", "Further", "Meanwhile",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Today", "Yesterday", "Tomorrow", "Overnight", "Earlier", "Later",
    "Progress", "Secretary", "Minister", "President", "Prime", "Foreign", "Defence", "Defense",
    "Ministry", "Senior", "Special", "Deputy", "Vice", "Chief", "General", "Commander",
    "Chairman", "Chairperson", "Ambassador", "Envoy", "Premier", "Chancellor", "Speaker",
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Note", "Read", "Readout", "Statement", "Transcript",
    "Pondering", "Recognizing", "Recognising", "Indeed", "Out", "Of", "Under", "Every", "Each",
    "Some", "Many", "Most", "All", "No", "Not", "Any", "Other", "Another", "According", "Asked",
    "Following", "Regarding", "Despite", "Amid", "Among", "Between", "Through", "Without",
    "Because", "Although", "Though", "Whether", "Where", "What", "Who", "Which", "How", "Why",
    "There", "Here", "Then", "Now", "Still", "Even", "Only", "Just", "Thus", "Hence", "Therefore",
    "Additionally", "Moreover", "Furthermore", "Similarly", "Finally", "First", "Second", "Third",
    "Last", "Next", "New", "Old", "Great", "High", "Low", "Day", "Week", "Month", "Year",
    "Democratic", "Republican", "National", "International", "Federal", "Royal", "Crown",
    "PM", "GMT", "UTC", "AM", "PM", "CEO", "AI", "H.E",
];

/// Last words that make an unknown capitalised name an organisation.
pub const ORG_HEADS: &[&str] = &[
    "Ministry", "Council", "Party", "Union", "Agency", "Forces", "Force", "Committee",
    "Commission", "Bank", "Organization", "Organisation", "Group", "Front", "Army", "Navy",
    "Wing", "Command", "Authority", "Assembly", "Parliament", "Congress", "Court", "Movement",
    "Alliance", "Institute", "Corporation", "Company", "Association", "Federation", "Fund",
    "Program", "Programme", "Department", "Office", "Service", "Guard", "Brigade", "Brigades",
    "Secretariat", "Cabinet", "Government", "Administration", "Senate", "Diet", "Bureau",
    "Foundation", "University", "Corps", "Militia", "Regime", "Community", "Coalition",
];

/// Last words that make an unknown capitalised name a place.
pub const PLACE_HEADS: &[&str] = &[
    "River", "Sea", "Strait", "Straits", "Island", "Islands", "Mountains", "Mountain", "Valley",
    "Reef", "Province", "Region", "City", "Bay", "Gulf", "Peninsula", "Desert", "Lake", "Ocean",
    "Airport", "Base", "Canal", "Shoal", "Square", "Palace", "Park", "Street", "District",
    "County", "Oblast", "Prefecture", "State", "Heights", "Plateau", "Coast", "Port", "Harbor",
    "Harbour", "Hills", "Pass", "Zone", "Corridor", "Crossing", "Border",
];

/// Negators that deny the verb or noun they stand before.
pub const NEGATORS: &[&str] = &["not", "n't", "never", "neither", "nor", "no", "cannot", "without"];

/// Verbs that deny what they govern: "denied that ...", "refused to meet".
pub const DENIAL_VERBS: &[&str] = &[
    "denied", "denies", "deny", "denying", "refused", "refuses", "refuse", "refusing", "declined",
    "declines", "decline", "declining", "rejected", "rejects", "reject", "rejecting", "dismissed",
    "dismisses", "ruled", "rules", "cancelled", "canceled", "called off", "postponed", "snubbed",
    "failed", "fails",
];

/// Predicates that deny a reported claim: "the report ... is not accurate".
pub const FALSE_PREDICATES: &[&str] = &[
    "false", "untrue", "baseless", "unfounded", "inaccurate", "incorrect", "fabricated", "fake",
    "groundless", "misleading",
];

/// Words that make a claim hedged.
pub const HEDGES: &[&str] = &[
    "may", "might", "could", "possibly", "perhaps", "likely", "probably", "suspected", "appears",
    "apparently", "seemingly",
];

/// Words that attribute a claim to someone else.
pub const REPORTED: &[&str] = &[
    "reportedly", "allegedly", "purportedly", "according", "reports", "reported", "claims",
    "claimed", "alleged", "rumoured", "rumored",
];

/// Words before a trigger that make it a plan, offer or hypothesis, not a fact.
pub const IRREALIS: &[&str] = &[
    "will", "would", "shall", "should", "wo", "'ll", "upcoming", "planned", "planning", "plans",
    "plan", "intends", "intend", "intended", "intending", "expected", "hopes", "hope", "hoped",
    "wants", "want", "wanted", "wish", "wishes", "offered", "offers", "offer", "proposed",
    "proposes", "propose", "invited", "invites", "invitation", "ready", "willing", "prepared",
    "scheduled", "due", "set", "forthcoming", "future", "next", "if", "unless", "essential",
    "right", "seeks", "sought", "seeking", "aims", "aim", "aimed", "urged", "urges", "called",
    "calls", "forward", "possible", "potential", "considering", "consider", "mulls", "mulling",
];

/// Words governing an infinitive that still assert it: "continued to supply", "agreed to work together".
pub const ASSERTIVE_GOVERNORS: &[&str] = &[
    "continue", "continued", "continues", "continuing", "commitment", "committed", "began",
    "begun", "begin", "begins", "started", "starts", "start", "managed", "went", "agreed",
    "agree", "agrees", "used", "helped", "helps", "help", "resolve", "moved", "pledged",
];

/// Verbs that say where someone went or was, so a capital after them is a place.
pub const LOCATIVE_PREPOSITIONS: &[&str] = &["in", "at", "into", "near", "outside", "around", "across", "via", "throughout"];

/// Determiners and adjectives that may stand between a preposition and its object.
pub const NP_FILLERS: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "his", "her", "some", "several", "many", "both",
    "all", "other", "fellow", "neighbouring", "neighboring", "northern", "southern", "eastern",
    "western", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
    "north-western", "south-eastern", "south-western", "central", "war-torn", "allied", "ally",
    "partner", "key", "close", "counterpart", "embattled", "neighbor", "neighbour", "today",
    "also", "again", "briefly", "separately", "jointly", "virtually", "yesterday", "recently",
    "then", "later", "earlier", "first", "officially", "formally", "directly",
];

/// Whether `word` (lower case) is in the list.
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Nouns that make an ambiguous transfer verb ("sent", "gave") a supply.
pub const SUPPLY_NOUNS: &[&str] = &[
    "arms", "weapons", "weapon", "missiles", "missile", "drones", "drone", "ammunition", "munitions",
    "shells", "rockets", "artillery", "tanks", "jets", "aircraft", "fighter", "helicopters",
    "equipment", "components", "parts", "goods", "materials", "aid", "assistance", "supplies",
    "oil", "gas", "fuel", "energy", "electricity", "grain", "food", "wheat", "vaccines", "medicine",
    "medicines", "funding", "funds", "loans", "money", "million", "billion", "technology", "chips",
    "semiconductors", "systems", "vehicles", "troops", "tons", "tonnes", "humanitarian",
];

/// Light verbs whose subject is the agent of the noun they take: "held a meeting", "expressed concern".
pub const LIGHT_VERBS: &[&str] = &[
    "held", "hold", "holds", "holding", "had", "has", "have", "having", "made", "make", "makes",
    "making", "paid", "pay", "pays", "paying", "conducted", "conducts", "expressed", "expresses",
    "express", "expressing", "raised", "raises", "raise", "raising", "voiced", "voices", "shared",
    "shares", "conveyed", "conveys", "reiterated", "reiterates", "noted", "notes", "underlined",
    "stressed", "emphasized", "emphasised", "signed", "signs", "began", "begins", "started",
    "wrapped", "concluded", "concludes", "attended", "attends", "joined", "joins", "led", "leads",
    "undertook", "undertakes", "continued", "continues", "widen", "widened", "deepen", "deepened",
    "strengthen", "strengthened", "expand", "expanded", "reaffirmed", "reaffirms", "affirmed",
];

/// Regions too large to be a destination of a visit on their own.
pub const MACRO_REGIONS: &[&str] = &[
    "Asia", "Europe", "Africa", "Middle East", "Latin America", "Asia-Pacific", "Indo-Pacific",
    "Americas", "Oceania", "Arctic", "Antarctica", "North America", "South America", "Eurasia",
    "Central Asia", "Southeast Asia", "South Asia", "East Asia", "West Africa", "East Africa",
];
