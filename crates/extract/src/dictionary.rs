//! The actor dictionary: countries, organisations, offices, people with
//! dated roles, places, generic titles and relation triggers.
//!
//! The format is documented in `data/README.md`. Sources are added in order
//! and later rows override earlier ones with the same key, so a user's file
//! passed after the bundled data can correct or extend it.

use crate::error::{DictionaryError, DictionaryErrorKind as Kind};
use crate::record::{fold, slug_into, RelationType};
use chrono::NaiveDate;
use rustc_hash::{FxHashMap as HashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// A state or territory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-3 code.
    pub code: String,
    /// Common English name.
    pub name: String,
    /// Other names and abbreviations.
    pub aliases: Vec<String>,
    /// Adjectives: `Chinese`.
    pub demonyms: Vec<String>,
    /// The capital city, if known.
    pub capital: Option<String>,
    /// Other spellings of the capital's name: `Kiev` for `Kyiv`.
    pub capital_aliases: Vec<String>,
    /// Other names for its government: `the Kremlin`.
    pub metonyms: Vec<String>,
}

/// An organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organization {
    /// Short upper-case id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Other names and abbreviations.
    pub aliases: Vec<String>,
    /// Seat or member country, if any.
    pub country: Option<String>,
}

/// An office that people hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    /// `HOLDER/kind`.
    pub id: String,
    /// ISO code or organisation id.
    pub holder: String,
    /// Canonical name: `Secretary of State of the United States`.
    pub name: String,
    /// Titles written without the holder: `Secretary of State`.
    pub titles: Vec<String>,
    /// `head-of-state`, `foreign-minister`, ...
    pub kind: String,
}

impl Office {
    /// Whether its holder heads a state or its government, and so leads it.
    pub fn leads(&self) -> bool {
        matches!(self.kind.as_str(), "head-of-state" | "head-of-government")
    }
}

/// A person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Canonical name.
    pub name: String,
    /// Other names, including the bare surname.
    pub aliases: Vec<String>,
}

/// A person's tenure of an office.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Role {
    /// The person's canonical name.
    pub person: String,
    /// The office id.
    pub office: String,
    /// First day in office.
    pub start: NaiveDate,
    /// Last day, `None` while in office.
    pub end: Option<NaiveDate>,
}

impl Role {
    /// Whether the role is held on `date`.
    pub fn held_on(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }
}

/// A place that is not a country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// The country it lies in, if one.
    pub country: Option<String>,
}

/// How a trigger word is used in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerClass {
    /// A verb: `met`, `visited`, `condemned`.
    Verb,
    /// A noun: `meeting`, `visit`, `partnership`.
    Noun,
    /// An adjective or participle: `concerned`, `worried`.
    Adjective,
    /// A verb whose subject receives from its object, for `supplies`:
    /// `A received drones from B` is `B supplies A`.
    Receipt,
}

/// Words that signal a relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trigger {
    /// The relation type.
    pub relation: RelationType,
    /// The word forms (all inflections listed).
    pub phrases: Vec<String>,
    /// How they are used.
    pub class: TriggerClass,
}

/// The parsed dictionary.
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    pub(crate) countries: Vec<Country>,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) offices: Vec<Office>,
    pub(crate) persons: Vec<Person>,
    pub(crate) roles: Vec<Role>,
    pub(crate) places: Vec<Place>,
    pub(crate) titles: Vec<(String, Vec<String>)>,
    pub(crate) triggers: Vec<Trigger>,
    country_idx: HashMap<String, usize>,
    org_idx: HashMap<String, usize>,
    office_idx: HashMap<String, usize>,
    person_idx: HashMap<String, usize>,
    /// The single-word aliases of people: rebuilt by `finish`, so that
    /// lookups during extraction never scan.
    surnames: FxHashSet<String>,
    place_idx: HashMap<String, usize>,
    /// Roles by person and by office, and what entity creation would
    /// otherwise look up by string for every document: rebuilt by
    /// `finish`.
    derived: Derived,
    /// Whether `surnames` and `derived` are up to date with the rows.
    indexed: bool,
    /// Roles waiting for their cross-references to be checked: (origin, line).
    pending_roles: Vec<(String, usize)>,
    /// The position in `roles` of a role by its hash ([`role_hash`]): a
    /// repeated role line is told without comparing it with every role.
    role_by_hash: HashMap<u64, usize>,
}

/// Tables made from the dictionary's rows once, at load time, so that a
/// document's entities are made without string lookups: roles and offices
/// by position, and the entity ids of dictionary entries.
#[derive(Clone, Debug, Default)]
struct Derived {
    /// The positions in `roles` of each person's roles, by person position.
    person_roles: Vec<Vec<usize>>,
    /// The positions in `roles` of each office's roles, by office position.
    office_roles: Vec<Vec<usize>>,
    /// The position of each role's office, if the dictionary has it.
    role_office: Vec<Option<usize>>,
    /// The position of each role's person, if the dictionary has them.
    role_person: Vec<Option<usize>>,
    /// The position in `countries` of each office's holder, if a country
    /// holds it.
    office_country: Vec<Option<usize>>,
    /// The first office of each holder and kind, by holder then kind.
    office_by_holder_kind: HashMap<String, HashMap<String, usize>>,
    /// Entity ids and their [`id_hash`]es, by position: `person:<slug>`,
    /// `country:<code>`, `organization:<slug>`, `office:<slug>`.
    person_ids: Vec<(String, u64)>,
    country_ids: Vec<(String, u64)>,
    org_ids: Vec<(String, u64)>,
    office_ids: Vec<(String, u64)>,
}

/// The hash of an entity id by which a document indexes its entities.
pub(crate) fn id_hash(id: &str) -> u64 {
    let mut hasher = FxHasher::default();
    id.hash(&mut hasher);
    hasher.finish()
}

/// The hash of a role by which repeated role lines are told.
fn role_hash(role: &Role) -> u64 {
    let mut hasher = FxHasher::default();
    role.hash(&mut hasher);
    hasher.finish()
}

/// Entity ids made of `prefix` and the slug of each of `names`, with
/// their hashes.
fn entity_ids<'n>(prefix: &str, names: impl Iterator<Item = &'n str>) -> Vec<(String, u64)> {
    names
        .map(|name| {
            let mut id = String::with_capacity(prefix.len() + name.len());
            id.push_str(prefix);
            slug_into(name, &mut id);
            let hash = id_hash(&id);
            (id, hash)
        })
        .collect()
}

/// The bundled data files, compiled into the binary.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "data/countries.tsv",
        include_str!("../../../data/countries.tsv"),
    ),
    (
        "data/organizations.tsv",
        include_str!("../../../data/organizations.tsv"),
    ),
    ("data/places.tsv", include_str!("../../../data/places.tsv")),
    (
        "data/offices.tsv",
        include_str!("../../../data/offices.tsv"),
    ),
    ("data/titles.tsv", include_str!("../../../data/titles.tsv")),
    (
        "data/people-g7.tsv",
        include_str!("../../../data/people-g7.tsv"),
    ),
    (
        "data/people-asia-russia.tsv",
        include_str!("../../../data/people-asia-russia.tsv"),
    ),
    (
        "data/people-g20-other.tsv",
        include_str!("../../../data/people-g20-other.tsv"),
    ),
    (
        "data/people-world-west.tsv",
        include_str!("../../../data/people-world-west.tsv"),
    ),
    (
        "data/people-world-east.tsv",
        include_str!("../../../data/people-world-east.tsv"),
    ),
    (
        "data/people-extra.tsv",
        include_str!("../../../data/people-extra.tsv"),
    ),
    (
        "data/triggers.tsv",
        include_str!("../../../data/triggers.tsv"),
    ),
];

const STANDARD_KINDS: &[(&str, &str)] = &[
    ("head-of-state", "Head of State"),
    ("head-of-government", "Head of Government"),
    ("foreign-minister", "Foreign Minister"),
    ("defence-minister", "Defence Minister"),
];

fn list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn opt(field: &str) -> Option<String> {
    let f = field.trim();
    (!f.is_empty()).then(|| f.to_string())
}

fn date(field: &str) -> Result<NaiveDate, Kind> {
    let f = field.trim();
    if f.len() != 10 {
        return Err(Kind::BadDate(f.to_string()));
    }
    NaiveDate::parse_from_str(f, "%Y-%m-%d").map_err(|_| Kind::BadDate(f.to_string()))
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// The bundled dictionary.
    ///
    /// # Errors
    ///
    /// Only if the bundled data is broken, which the test suite rules out.
    pub fn bundled() -> Result<Dictionary, DictionaryError> {
        let mut d = Dictionary::new();
        for (name, text) in BUNDLED {
            d.add_source(name, text)?;
        }
        d.finish()?;
        Ok(d)
    }

    /// Gives every state a foreign ministry, named as news names it, in
    /// lower case too: "the Chinese foreign ministry", "India's foreign
    /// ministry", "the Foreign Ministry of Peru", "the foreign ministry of
    /// Peru". A ministry the data lists
    /// (one of the state's organisations named for foreign or external
    /// affairs) keeps its id and name and gains the forms it lacks.
    fn add_foreign_ministries(&mut self) {
        for ci in 0..self.countries.len() {
            let c = &self.countries[ci];
            let mut forms = Vec::new();
            // "Kenyan", not the people's plural "Kenyans".
            let adjectives = c.demonyms.iter().filter(|d| {
                !d.strip_suffix('s')
                    .is_some_and(|one| c.demonyms.iter().any(|x| x == one))
            });
            for d in adjectives {
                forms.push(format!("{d} foreign ministry"));
                forms.push(format!("{d} Foreign Ministry"));
                forms.push(format!("{d} Ministry of Foreign Affairs"));
            }
            let n = &c.name;
            forms.push(format!("{n}'s foreign ministry"));
            forms.push(format!("{n}'s Foreign Ministry"));
            forms.push(format!("Foreign Ministry of {n}"));
            forms.push(format!("foreign ministry of {n}"));
            let code = c.code.clone();
            let listed = self.organizations.iter().position(|o| {
                o.country.as_deref() == Some(code.as_str())
                    && (o.name.contains("Foreign Affairs") || o.name.contains("External Affairs"))
            });
            match listed {
                Some(oi) => {
                    let o = &mut self.organizations[oi];
                    for form in forms {
                        if form != o.name && !o.aliases.contains(&form) {
                            o.aliases.push(form);
                        }
                    }
                }
                None => {
                    let o = Organization {
                        id: format!("MFA{code}"),
                        name: format!("Ministry of Foreign Affairs of {n}"),
                        aliases: forms,
                        country: Some(code),
                    };
                    upsert(&mut self.organizations, &mut self.org_idx, o.id.clone(), o);
                }
            }
        }
    }

    /// Adds the rows of one source; `origin` names it in errors.
    ///
    /// Cross-references (a role's person and office) are checked by
    /// [`Dictionary::finish`], so sources may come in any order.
    ///
    /// # Errors
    ///
    /// The first malformed line, with `origin` and its line number.
    pub fn add_source(&mut self, origin: &str, text: &str) -> Result<(), DictionaryError> {
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let roles_before = self.roles.len();
            self.add_line(line)
                .map_err(|k| DictionaryError::new(origin, n + 1, k))?;
            // A role line adds a role only if it is new; only new roles wait
            // for `finish` to check their person and office.
            if self.roles.len() > roles_before {
                self.pending_roles.push((origin.to_string(), n + 1));
            }
        }
        Ok(())
    }

    /// Checks cross-references of the roles added since the last call.
    ///
    /// # Errors
    ///
    /// A role that names an unknown person or office, with its file and line.
    pub fn finish(&mut self) -> Result<(), DictionaryError> {
        let pending = std::mem::take(&mut self.pending_roles);
        let first_new = self.roles.len() - pending.len();
        for (role_idx, (origin, line)) in (first_new..).zip(pending) {
            let role = &self.roles[role_idx];
            if !self.person_idx.contains_key(&role.person) {
                return Err(DictionaryError::new(
                    &origin,
                    line,
                    Kind::UnknownPerson(role.person.clone()),
                ));
            }
            if !self.office_idx.contains_key(&role.office) {
                let office = role.office.clone();
                if !self.synthesize_office(&office) {
                    return Err(DictionaryError::new(
                        &origin,
                        line,
                        Kind::UnknownOffice(office),
                    ));
                }
            }
        }
        self.add_foreign_ministries();
        self.reindex();
        Ok(())
    }

    /// Makes a generic office (`Foreign Minister of Chad`) for a standard kind
    /// of a known country that has no office row.
    fn synthesize_office(&mut self, id: &str) -> bool {
        let Some((holder, kind)) = id.split_once('/') else {
            return false;
        };
        let Some(&(_, title)) = STANDARD_KINDS.iter().find(|(k, _)| *k == kind) else {
            return false;
        };
        let Some(country) = self.country(holder) else {
            return false;
        };
        let office = Office {
            id: id.to_string(),
            holder: holder.to_string(),
            name: format!("{title} of {}", country.name),
            titles: vec![],
            kind: kind.to_string(),
        };
        self.office_idx
            .insert(office.id.clone(), self.offices.len());
        self.offices.push(office);
        self.indexed = false;
        true
    }

    fn add_line(&mut self, line: &str) -> Result<(), Kind> {
        self.indexed = false;
        let fields: Vec<&str> = line.split('\t').collect();
        let kind = fields[0].trim();
        let expected = match kind {
            "country" => 6,
            "organization" | "organisation" => 4,
            "office" => 5,
            "person" => 2,
            "role" => 4,
            "place" => 3,
            "title" => 2,
            "trigger" => 3,
            _ => return Err(Kind::UnknownKind(kind.to_string())),
        };
        let found = fields.len() - 1;
        // Trailing optional fields may be left off entirely.
        let optional_tail = match kind {
            "country" => 3,
            "organization" | "organisation" | "place" | "person" => 1,
            "role" => 1,
            "trigger" => 1,
            _ => 0,
        };
        if found > expected || found + optional_tail < expected {
            return Err(Kind::FieldCount {
                kind: kind.to_string(),
                expected,
                found,
            });
        }
        let f = |i: usize| fields.get(i).copied().unwrap_or("").trim();
        let required = |i: usize, name: &'static str| {
            let v = f(i);
            if v.is_empty() {
                Err(Kind::EmptyField(name))
            } else {
                Ok(v.to_string())
            }
        };
        match kind {
            "country" => {
                let code = required(1, "code")?;
                if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                    return Err(Kind::BadCountryCode(code));
                }
                // The capital's name as used, then its other spellings.
                let mut capitals = list(f(5)).into_iter();
                let c = Country {
                    code,
                    name: required(2, "name")?,
                    aliases: list(f(3)),
                    demonyms: list(f(4)),
                    capital: capitals.next(),
                    capital_aliases: capitals.collect(),
                    metonyms: list(f(6)),
                };
                upsert(
                    &mut self.countries,
                    &mut self.country_idx,
                    c.code.clone(),
                    c,
                );
            }
            "organization" | "organisation" => {
                let o = Organization {
                    id: required(1, "id")?,
                    name: required(2, "name")?,
                    aliases: list(f(3)),
                    country: opt(f(4)),
                };
                upsert(&mut self.organizations, &mut self.org_idx, o.id.clone(), o);
            }
            "office" => {
                let id = required(1, "office id")?;
                if !id.contains('/') {
                    return Err(Kind::BadOfficeId(id));
                }
                let o = Office {
                    id,
                    holder: required(2, "holder")?,
                    name: required(3, "name")?,
                    titles: list(f(4)),
                    kind: required(5, "kind")?,
                };
                upsert(&mut self.offices, &mut self.office_idx, o.id.clone(), o);
            }
            "person" => {
                let p = Person {
                    name: required(1, "name")?,
                    aliases: list(f(2)),
                };
                // The same person in two files: their names are pooled.
                if let Some(&i) = self.person_idx.get(&p.name) {
                    for a in p.aliases {
                        if !self.persons[i].aliases.contains(&a) {
                            self.persons[i].aliases.push(a);
                        }
                    }
                } else {
                    upsert(&mut self.persons, &mut self.person_idx, p.name.clone(), p);
                }
            }
            "role" => {
                let start_field = required(3, "start date")?;
                let start = date(&start_field)?;
                let end = match opt(f(4)) {
                    Some(e) => Some(date(&e)?),
                    None => None,
                };
                if let Some(end) = end {
                    if end < start {
                        return Err(Kind::EndBeforeStart {
                            start: start.to_string(),
                            end: end.to_string(),
                        });
                    }
                }
                let office = required(2, "office id")?;
                if !office.contains('/') {
                    return Err(Kind::BadOfficeId(office));
                }
                let role = Role {
                    person: required(1, "person")?,
                    office,
                    start,
                    end,
                };
                let hash = role_hash(&role);
                let repeated = match self.role_by_hash.get(&hash) {
                    None => false,
                    Some(&i) => self.roles[i] == role || self.roles.contains(&role),
                };
                if !repeated {
                    self.role_by_hash.entry(hash).or_insert(self.roles.len());
                    self.roles.push(role);
                }
            }
            "place" => {
                let p = Place {
                    name: required(1, "name")?,
                    aliases: list(f(2)),
                    country: opt(f(3)),
                };
                upsert(&mut self.places, &mut self.place_idx, p.name.clone(), p);
            }
            "title" => {
                let kind = required(1, "office kind")?;
                let phrases = list(&required(2, "titles")?);
                self.titles.push((kind, phrases));
            }
            "trigger" => {
                let rel = required(1, "relation type")?;
                let relation = RelationType::parse(&rel).ok_or(Kind::UnknownRelation(rel))?;
                let phrases = list(&required(2, "phrases")?);
                let class = match f(3) {
                    "" | "verb" => TriggerClass::Verb,
                    "noun" => TriggerClass::Noun,
                    "adjective" => TriggerClass::Adjective,
                    "receipt" if relation == RelationType::Supplies => TriggerClass::Receipt,
                    other => return Err(Kind::UnknownTriggerClass(other.to_string())),
                };
                self.triggers.push(Trigger {
                    relation,
                    phrases,
                    class,
                });
            }
            _ => unreachable!("kinds were matched above"),
        }
        Ok(())
    }

    /// The country with this ISO alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_idx.get(code).map(|&i| &self.countries[i])
    }

    /// The organisation with this id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.org_idx.get(id).map(|&i| &self.organizations[i])
    }

    /// The office with this id.
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.office_idx.get(id).map(|&i| &self.offices[i])
    }

    /// The person with this canonical name.
    pub fn person(&self, name: &str) -> Option<&Person> {
        self.person_idx.get(name).map(|&i| &self.persons[i])
    }

    /// The place with this name.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.place_idx.get(name).map(|&i| &self.places[i])
    }

    /// All countries.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All organisations.
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// All offices.
    pub fn offices(&self) -> &[Office] {
        &self.offices
    }

    /// All people.
    pub fn persons(&self) -> &[Person] {
        &self.persons
    }

    /// All roles.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// All places.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// All triggers.
    pub fn triggers(&self) -> &[Trigger] {
        &self.triggers
    }

    /// The generic titles of an office kind (`foreign-minister` → `Foreign Minister`, `top diplomat`).
    pub fn generic_titles<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.titles
            .iter()
            .filter(move |(k, _)| k == kind)
            .flat_map(|(_, p)| p.iter().map(String::as_str))
    }

    /// The roles of a person.
    pub fn roles_of<'a>(&'a self, person: &str) -> impl Iterator<Item = &'a Role> + 'a {
        let idx: &'a [usize] = self
            .person_idx
            .get(person)
            .map_or(&[], |&p| self.person_roles(p));
        idx.iter().map(move |&i| &self.roles[i])
    }

    /// Who held an office on a date.
    pub fn holders_on(&self, office: &str, on: NaiveDate) -> Vec<&Role> {
        let idx: &[usize] = self
            .office_idx
            .get(office)
            .map_or(&[], |&o| self.office_roles(o));
        idx.iter()
            .map(|&i| &self.roles[i])
            .filter(|r| r.held_on(on))
            .collect()
    }

    /// Position of an office in [`Dictionary::offices`].
    pub fn office_index(&self, id: &str) -> Option<usize> {
        self.office_idx.get(id).copied()
    }

    /// Position of a person in [`Dictionary::persons`].
    pub fn person_index(&self, name: &str) -> Option<usize> {
        self.person_idx.get(name).copied()
    }

    /// Position of a country in [`Dictionary::countries`].
    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.country_idx.get(code).copied()
    }

    /// Position of an organisation in [`Dictionary::organizations`].
    pub fn organization_index(&self, id: &str) -> Option<usize> {
        self.org_idx.get(id).copied()
    }

    /// Whether a word is someone's single-word alias (a surname).
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// Rebuilds the tables made from the rows, unless nothing was added
    /// since they were last made.
    pub(crate) fn reindex(&mut self) {
        if self.indexed {
            return;
        }
        self.indexed = true;
        self.surnames = self
            .persons
            .iter()
            .flat_map(|p| p.aliases.iter())
            .filter(|a| !a.contains(' '))
            .cloned()
            .collect();
        self.derive();
    }

    /// Rebuilds [`Derived`] from the rows.
    fn derive(&mut self) {
        let mut d = Derived {
            person_roles: vec![Vec::new(); self.persons.len()],
            office_roles: vec![Vec::new(); self.offices.len()],
            ..Derived::default()
        };
        for (i, r) in self.roles.iter().enumerate() {
            let person = self.person_idx.get(&r.person).copied();
            let office = self.office_idx.get(&r.office).copied();
            if let Some(p) = person {
                d.person_roles[p].push(i);
            }
            if let Some(o) = office {
                d.office_roles[o].push(i);
            }
            d.role_person.push(person);
            d.role_office.push(office);
        }
        d.office_country = self
            .offices
            .iter()
            .map(|o| self.country_idx.get(&o.holder).copied())
            .collect();
        for (i, o) in self.offices.iter().enumerate() {
            d.office_by_holder_kind
                .entry(o.holder.clone())
                .or_default()
                .entry(o.kind.clone())
                .or_insert(i);
        }
        d.person_ids = entity_ids("person:", self.persons.iter().map(|p| p.name.as_str()));
        d.org_ids = entity_ids(
            "organization:",
            self.organizations.iter().map(|o| o.id.as_str()),
        );
        d.office_ids = entity_ids("office:", self.offices.iter().map(|o| o.id.as_str()));
        d.country_ids = self
            .countries
            .iter()
            .map(|c| {
                let id = format!("country:{}", c.code);
                let hash = id_hash(&id);
                (id, hash)
            })
            .collect();
        self.derived = d;
    }

    /// The positions in [`Dictionary::roles`] of the roles of the person
    /// at position `person`.
    pub(crate) fn person_roles(&self, person: usize) -> &[usize] {
        self.derived
            .person_roles
            .get(person)
            .map_or(&[], Vec::as_slice)
    }

    /// The positions in [`Dictionary::roles`] of the roles of the office
    /// at position `office`.
    pub(crate) fn office_roles(&self, office: usize) -> &[usize] {
        self.derived
            .office_roles
            .get(office)
            .map_or(&[], Vec::as_slice)
    }

    /// The roles of the person at position `person`, in order, each with
    /// the position of its office if the dictionary has it.
    pub(crate) fn roles_of_index(
        &self,
        person: usize,
    ) -> impl Iterator<Item = (&Role, Option<usize>)> + '_ {
        self.person_roles(person)
            .iter()
            .map(move |&r| (&self.roles[r], self.role_office(r)))
    }

    /// The roles of the office at position `office` held on a date.
    pub(crate) fn holders_of_index_on(
        &self,
        office: usize,
        on: NaiveDate,
    ) -> impl Iterator<Item = usize> + '_ {
        self.office_roles(office)
            .iter()
            .copied()
            .filter(move |&r| self.roles[r].held_on(on))
    }

    /// The position of the office of the role at position `role`.
    pub(crate) fn role_office(&self, role: usize) -> Option<usize> {
        self.derived.role_office.get(role).copied().flatten()
    }

    /// The position of the person of the role at position `role`.
    pub(crate) fn role_person(&self, role: usize) -> Option<usize> {
        self.derived.role_person.get(role).copied().flatten()
    }

    /// The position in [`Dictionary::countries`] of the holder of the
    /// office at position `office`, if a country holds it.
    pub(crate) fn office_country(&self, office: usize) -> Option<usize> {
        match self.derived.office_country.get(office) {
            Some(&c) => c,
            // An office added since the tables were made.
            None => self.country_index(&self.offices.get(office)?.holder),
        }
    }

    /// The first office in [`Dictionary::offices`] of this holder and kind.
    pub(crate) fn office_of_holder_kind(&self, holder: &str, kind: &str) -> Option<usize> {
        self.derived
            .office_by_holder_kind
            .get(holder)?
            .get(kind)
            .copied()
    }

    /// The entity id of the person at position `idx`, and its hash.
    pub(crate) fn person_id(&self, idx: usize) -> Option<(&str, u64)> {
        self.derived
            .person_ids
            .get(idx)
            .map(|(s, h)| (s.as_str(), *h))
    }

    /// The entity id of the country at position `idx`, and its hash.
    pub(crate) fn country_id(&self, idx: usize) -> Option<(&str, u64)> {
        self.derived
            .country_ids
            .get(idx)
            .map(|(s, h)| (s.as_str(), *h))
    }

    /// The entity id of the organisation at position `idx`, and its hash.
    pub(crate) fn organization_id(&self, idx: usize) -> Option<(&str, u64)> {
        self.derived.org_ids.get(idx).map(|(s, h)| (s.as_str(), *h))
    }

    /// The entity id of the office at position `idx`, and its hash.
    pub(crate) fn office_entity_id(&self, idx: usize) -> Option<(&str, u64)> {
        self.derived
            .office_ids
            .get(idx)
            .map(|(s, h)| (s.as_str(), *h))
    }

    /// Everything whose name or alias equals `name` (case- and diacritic-insensitive).
    pub fn lookup(&self, name: &str) -> Lookup<'_> {
        let key = fold(name.trim()).to_lowercase();
        let eq = |s: &str| fold(s).to_lowercase() == key;
        let any = |main: &str, aliases: &[String]| eq(main) || aliases.iter().any(|a| eq(a));
        Lookup {
            countries: self
                .countries
                .iter()
                .filter(|c| {
                    eq(&c.code) || any(&c.name, &c.aliases) || c.demonyms.iter().any(|d| eq(d))
                })
                .collect(),
            organizations: self
                .organizations
                .iter()
                .filter(|o| eq(&o.id) || any(&o.name, &o.aliases))
                .collect(),
            offices: self
                .offices
                .iter()
                .filter(|o| eq(&o.id) || any(&o.name, &o.titles))
                .collect(),
            persons: self
                .persons
                .iter()
                .filter(|p| any(&p.name, &p.aliases))
                .collect(),
            places: self
                .places
                .iter()
                .filter(|p| any(&p.name, &p.aliases))
                .collect(),
        }
    }
}

/// What [`Dictionary::lookup`] found.
#[derive(Debug, Default)]
pub struct Lookup<'a> {
    /// Countries named so.
    pub countries: Vec<&'a Country>,
    /// Organisations named so.
    pub organizations: Vec<&'a Organization>,
    /// Offices named or titled so.
    pub offices: Vec<&'a Office>,
    /// People named so.
    pub persons: Vec<&'a Person>,
    /// Places named so.
    pub places: Vec<&'a Place>,
}

fn upsert<T>(items: &mut Vec<T>, idx: &mut HashMap<String, usize>, key: String, item: T) {
    match idx.get(&key) {
        Some(&i) => items[i] = item,
        None => {
            idx.insert(key, items.len());
            items.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_a_foreign_ministry_named_in_lower_case_too() {
        let d = Dictionary::bundled().expect("bundled data is valid");
        let ministry = |code: &str| {
            d.organizations()
                .iter()
                .filter(|o| o.country.as_deref() == Some(code))
                .find(|o| o.name.contains("Foreign Affairs") || o.name.contains("External Affairs"))
                .cloned()
        };
        let kenya = ministry("KEN").expect("a ministry made for Kenya");
        assert_eq!(kenya.id, "MFAKEN");
        assert!(kenya.aliases.iter().any(|a| a == "Kenyan foreign ministry"));
        assert!(kenya
            .aliases
            .iter()
            .any(|a| a == "Kenya's foreign ministry"));
        // The people's plural makes no form.
        assert!(!kenya.aliases.iter().any(|a| a.starts_with("Kenyans")));
        // A listed ministry keeps its id and gains the lower-case forms.
        let china = ministry("CHN").expect("China's listed ministry");
        assert_eq!(china.id, "MFACHN");
        assert!(china
            .aliases
            .iter()
            .any(|a| a == "Chinese foreign ministry"));
        let listed = d
            .organizations()
            .iter()
            .filter(|o| o.country.as_deref() == Some("CHN") && o.name.contains("Foreign Affairs"))
            .count();
        assert_eq!(listed, 1, "no second ministry for a state that has one");
    }

    #[test]
    fn bundled_dictionary_loads_and_is_large() {
        let d = Dictionary::bundled().expect("bundled data is valid");
        assert!(
            d.countries().len() >= 195,
            "{} countries",
            d.countries().len()
        );
        assert!(d.organizations().len() >= 40);
        assert!(d
            .country("CHN")
            .is_some_and(|c| c.demonyms.iter().any(|x| x == "Chinese")));
        let blinken = d
            .roles_of("Antony Blinken")
            .find(|r| r.office == "USA/foreign-minister");
        assert!(blinken.is_some());
    }

    #[test]
    fn dated_roles_answer_who_held_an_office() {
        let d = Dictionary::bundled().expect("bundled data is valid");
        let on = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let names = |date| -> Vec<String> {
            d.holders_on("USA/foreign-minister", on(date))
                .iter()
                .map(|r| r.person.clone())
                .collect()
        };
        assert_eq!(names("2024-04-26"), vec!["Antony Blinken"]);
        assert_eq!(names("2025-03-01"), vec!["Marco Rubio"]);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let mut d = Dictionary::new();
        let err = d
            .add_source("mine.tsv", "# c\ncountry\tXYZ\tX\t\t\t\t\n\nbogus\tthing\n")
            .expect_err("bad kind");
        assert_eq!((err.origin(), err.line()), ("mine.tsv", 4));
        assert!(matches!(err.kind(), Kind::UnknownKind(k) if k == "bogus"));
        assert!(err
            .to_string()
            .starts_with("mine.tsv:4: unknown record kind"));

        let err = d
            .add_source("r.tsv", "role\tA\tUSA/x\t2020-01-01\t2019-01-01\n")
            .expect_err("order");
        assert!(matches!(err.kind(), Kind::EndBeforeStart { .. }));
        let err = d
            .add_source("r.tsv", "role\tA\tUSA/x\t2020-13-01\t\n")
            .expect_err("date");
        assert!(matches!(err.kind(), Kind::BadDate(_)));
        let err = d
            .add_source("c.tsv", "country\tusa\tUS\t\t\t\t\n")
            .expect_err("code");
        assert!(matches!(err.kind(), Kind::BadCountryCode(_)));
    }

    #[test]
    fn roles_must_name_known_people_and_offices() {
        let mut d = Dictionary::new();
        d.add_source("a.tsv", "country\tFRA\tFrance\t\tFrench\tParis\t\nrole\tNobody\tFRA/head-of-state\t2020-01-01\t\n")
            .expect("rows parse");
        let err = d.finish().expect_err("unknown person");
        assert_eq!(err.line(), 2);
        assert!(matches!(err.kind(), Kind::UnknownPerson(p) if p == "Nobody"));

        let mut d = Dictionary::new();
        d.add_source("a.tsv", "country\tFRA\tFrance\t\tFrench\tParis\t\nperson\tA B\t\nrole\tA B\tFRA/foreign-minister\t2020-01-01\t\nrole\tA B\tFRA/chef\t2020-01-01\t\n")
            .expect("rows parse");
        let err = d.finish().expect_err("unknown office");
        assert_eq!(err.line(), 4);
        // The standard kind was synthesised for a known country.
        assert_eq!(
            d.office("FRA/foreign-minister").map(|o| o.name.as_str()),
            Some("Foreign Minister of France")
        );
    }

    #[test]
    fn a_repeated_role_line_is_harmless() {
        // Found by fuzzing: the duplicate role was dropped but still waited
        // for its cross-check, and `finish` underflowed.
        let mut d = Dictionary::new();
        let row = "role\tA B\tFRA/head-of-state\t2020-01-01\t\n";
        d.add_source(
            "a",
            &format!("country\tFRA\tFrance\t\t\t\t\nperson\tA B\t\n{row}{row}"),
        )
        .expect("rows parse");
        d.finish().expect("a repeated role is no error");
        assert_eq!(d.roles().len(), 1);
    }

    #[test]
    fn repeated_people_pool_their_names() {
        let mut d = Dictionary::new();
        d.add_source("a", "person\tA B\tB\n").expect("ok");
        d.add_source("b", "person\tA B\tBee\n").expect("ok");
        assert_eq!(
            d.person("A B").map(|p| p.aliases.clone()),
            Some(vec!["B".to_string(), "Bee".to_string()])
        );
        assert_eq!(d.persons().len(), 1);
    }
}
