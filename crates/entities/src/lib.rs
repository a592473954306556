//! Entities: who and what the articles name, as one identity per actor.
//!
//! For each article the project's tagger ([`parallax_ner`]) finds person,
//! organisation and location names; nationality adjectives and country
//! variants ("US", "U.S.", "United States", "American") resolve to their
//! country through a generated gazetteer (`data/countries.tsv`); titles and
//! roles are read before a name and in apposition after it ([`roles`]).
//! Beyond the tagger, a role noun inside an organisation span splits off
//! the person it introduces ("Velka Hydro CEO Ana Lind"), and a known
//! given name (`data/given_names.txt`, US Census 1990 via
//! `scripts/given_names.py`) before capitalised words makes a person.
//! Within an article a bare surname joins the full name it shortens. Across
//! articles person names merge when they are spellings of one name —
//! diacritics and romanisation variants folded ([`names`]) — and never when
//! two different given names share a surname. [`eval`] scores the result on
//! MEANTIME's cross-document coreference.

pub mod eval;
pub mod names;
pub mod roles;
pub mod speakers;

pub use speakers::link_speakers;

use names::{clean_surface, fold, PersonName};
use parallax_core::{Entity, EntityType, Evidence};
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum EntityError {
    #[error(transparent)]
    Tagger(#[from] parallax_ner::NerError),
    #[error("{path}: {message}")]
    Data { path: String, message: String },
}

/// The country gazetteer: folded name, code or demonym → canonical name.
static COUNTRIES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in include_str!("../data/countries.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let Some(canonical) = fields.next() else {
            continue;
        };
        map.entry(fold(canonical)).or_insert(canonical);
        for alias in fields {
            map.entry(fold(alias)).or_insert(canonical);
        }
    }
    map
});

/// The canonical country a name, code or demonym denotes.
pub fn country(surface: &str) -> Option<&'static str> {
    COUNTRIES.get(&fold(surface)).copied()
}

/// One name found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// Cleaned surface form.
    pub surface: String,
    pub kind: EntityType,
    pub titles: Vec<String>,
    /// The country it denotes, for countries and their adjectives.
    pub country: Option<&'static str>,
}

/// The names in one article's text.
pub fn find_in_article(text: &str) -> Result<Vec<Found>, EntityError> {
    let model = parallax_ner::Model::embedded()?;
    let mut found = Vec::new();
    for m in model.tag(text) {
        let Some(raw) = text.get(m.start..m.end) else {
            continue;
        };
        // A name never runs past a bracket it did not open ("[the West]
        // don't"): cut the span there.
        let end = m.start + unopened_close(raw).unwrap_or(raw.len());
        let raw = &raw[..end - m.start];
        let m = parallax_ner::Mention { end, ..m };
        let surface = clean_surface(raw);
        if surface.is_empty() {
            continue;
        }
        let country = country(&surface);
        // A person's title right before a two- or three-word name makes it
        // a person's whatever the tagger said ("deputy head of the
        // department Igor Morgulov").
        let titled_name = country.is_none()
            && matches!(m.label, parallax_ner::Label::Org | parallax_ner::Label::Loc)
            && (2..=3).contains(&surface.split_whitespace().count())
            && surface
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && roles::person_title_before(text, m.start).is_some()
            && !governed_by_preposition(text, m.start);
        let kind = match (m.label, country) {
            (_, Some(_)) => EntityType::Location,
            _ if titled_name => EntityType::Person,
            // A name headed by a feature of the land or sea is a place
            // whatever the tagger said ("off Hessel Skerry" is not a
            // person, "the Merrow Highlands" not an organisation).
            (parallax_ner::Label::Per | parallax_ner::Label::Org, None)
                if has_head(&surface, PLACE_HEADS) =>
            {
                EntityType::Location
            }
            // A name ending in an organisation noun is no person's ("the
            // Emergency Situations Service said").
            (parallax_ner::Label::Per, None) if has_head(&surface, ORGANISATION_HEADS) => {
                EntityType::Organisation
            }
            (parallax_ner::Label::Per, None) => EntityType::Person,
            (parallax_ner::Label::Org, None) => EntityType::Organisation,
            (parallax_ner::Label::Loc, None) => EntityType::Location,
            // Other MISC names (events, products, works) are not actors;
            // nationality and religious groups are.
            (parallax_ner::Label::Misc, None) => {
                if surface.ends_with('s')
                    && surface.chars().next().is_some_and(char::is_uppercase)
                    && surface.split_whitespace().count() == 1
                {
                    EntityType::Group
                } else {
                    continue;
                }
            }
        };
        // An apposition that says what the name is decides its type
        // ("Velka Hydro, the state-owned company that …").
        let kind = match apposition_kind(text, m.end) {
            Some(apposed) if country.is_none() => apposed,
            _ => kind,
        };
        let titles = if kind == EntityType::Person {
            roles::titles_for(text, m.start, m.end)
        } else {
            Vec::new()
        };
        found.push(Found {
            start: m.start,
            end: m.end,
            surface,
            kind,
            titles,
            country,
        });
    }
    add_rule_persons(text, &mut found);
    Ok(found)
}

/// Given names (lower case, folded) from a generated list, see
/// `scripts/given_names.py`. Not the tagger's `first_name` gazetteer (the
/// same census, every name): a hard rule needs the stricter list, frequent
/// names only and none that more often ends a name than starts one.
static GIVEN_NAMES: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    include_str!("../data/given_names.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| fold(l.trim()))
        .collect()
});

/// Whether `word` is a known given name.
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(&fold(word))
}

/// Whitespace-separated words of `text[from..to]` with their byte spans.
fn words_in(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(slice) = text.get(from..to) else {
        return out;
    };
    let mut start = None;
    for (i, c) in slice.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((from + s, from + i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((from + s, to));
    }
    out
}

/// A word that can be part of a person's name: capitalised letters (an
/// initial "W." too), not a role noun ("CEO") and not a lone punctuation.
fn name_word(word: &str) -> bool {
    let bare = word.trim_end_matches(['\'', '’']);
    let bare = bare.strip_suffix("'s").unwrap_or(bare);
    bare.chars().next().is_some_and(char::is_uppercase)
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'' || c == '’')
        && !roles::is_role_word(&bare.to_lowercase())
        && country(bare).is_none()
}

/// Person names that general rules find where the tagger typed them
/// otherwise or not at all:
/// - a role noun inside an organisation or place span followed by two or
///   three capitalised words splits off a person ("Velka Hydro CEO Ana
///   Lind" is the company and Ana Lind);
/// - a known given name followed by one or two capitalised words is a
///   person ("Orin Maddox"), whatever covered it before.
fn add_rule_persons(text: &str, found: &mut Vec<Found>) {
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for f in found.iter().filter(|f| f.kind != EntityType::Person) {
        if f.country.is_some() {
            continue;
        }
        let words = words_in(text, f.start, f.end);
        let last_role = words.iter().rposition(|&(s, e)| {
            roles::is_role_word(&text[s..e].trim_end_matches(['.', ',']).to_lowercase())
        });
        if let Some(r) = last_role {
            let tail = &words[r + 1..];
            if (2..=3).contains(&tail.len()) && tail.iter().all(|&(s, e)| name_word(&text[s..e])) {
                candidates.push((tail[0].0, f.end));
            }
        }
    }
    let words = words_in(text, 0, text.len());
    let mut i = 0;
    while i < words.len() {
        let (s, e) = words[i];
        let w = &text[s..e];
        if !(name_word(w) && w.chars().all(char::is_alphabetic) && is_given_name(w)) {
            i += 1;
            continue;
        }
        // The given name's own word must not be an all-capitals headline word.
        if w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
            i += 1;
            continue;
        }
        // A capitalised word right before makes the given name the middle
        // of a longer name ("San Diego Padres", "North Carolina"), unless
        // it is a role or an acronym ("LLC", "CEO"); a name the tagger
        // starts at the given name ("Crystal Palace") stays what it said.
        let prev_joins = i > 0 && {
            let (ps, pe) = words[i - 1];
            let prev = text[ps..pe].trim_end_matches(['\'', '’']);
            let same_line = !text[pe..s].contains('\n');
            let capitalised = prev.chars().next().is_some_and(char::is_uppercase)
                && !prev.ends_with([',', ';', ':', '.', '!', '?', '"', ')']);
            let acronym = prev.chars().count() >= 2 && prev.chars().all(|c| c.is_uppercase());
            // A sentence's first word is capitalised anyway ("Later Anna
            // Berg said"): it joins only if the tagger took the two together.
            let opener = starts_sentence(text, &words, i - 1)
                && !found.iter().any(|f| f.start < e && s < f.end);
            same_line
                && capitalised
                && !acronym
                && !opener
                && !roles::is_role_word(&prev.to_lowercase())
        };
        let tagged_from_here = found
            .iter()
            .any(|f| f.kind != EntityType::Person && f.start == s);
        if prev_joins || tagged_from_here {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && j <= i + 2 {
            let word = &text[words[j].0..words[j].1];
            // A name never crosses a line.
            if !name_word(word) || text[words[j - 1].1..words[j].0].contains('\n') {
                break;
            }
            j += 1;
            // A possessive or a sentence end (not an initial) closes the name.
            if word.ends_with("'s")
                || word.ends_with("’s")
                || (word.ends_with('.') && word.chars().count() > 2)
            {
                break;
            }
        }
        if j > i + 1 {
            candidates.push((s, words[j - 1].1));
            i = j;
        } else {
            i += 1;
        }
    }
    for (start, end) in candidates {
        add_person(text, found, start, end);
    }
    found.sort_by_key(|f| f.start);
}

/// Whether `words[k]` is the first word of a line or follows a sentence end.
fn starts_sentence(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    match k.checked_sub(1).and_then(|p| words.get(p)) {
        None => true,
        Some(&(ps, pe)) => {
            let gap = words.get(k).map_or("", |&(s, _)| &text[pe..s]);
            gap.contains('\n') || text[ps..pe].ends_with(['.', '!', '?', '"', '”'])
        }
    }
}

/// Adds a person at `text[start..end]`: other names inside it give way; a
/// name that begins before it keeps its part before (less the role words
/// that introduced the person); one that runs past it blocks the rule.
fn add_person(text: &str, found: &mut Vec<Found>, start: usize, end: usize) {
    let overlapping: Vec<usize> = (0..found.len())
        .filter(|&k| found[k].start < end && start < found[k].end)
        .collect();
    if overlapping
        .iter()
        .any(|&k| found[k].kind == EntityType::Person || found[k].end > end)
    {
        return;
    }
    let Some(raw) = text.get(start..end) else {
        return;
    };
    let surface = clean_surface(raw);
    if surface.is_empty() {
        return;
    }
    for &k in overlapping.iter().rev() {
        let f = &found[k];
        if f.start >= start {
            found.remove(k);
            continue;
        }
        // Keep the part before the person, less trailing role words.
        let mut words = words_in(text, f.start, start);
        while words.last().is_some_and(|&(s, e)| {
            let w = text[s..e].trim_matches(|c: char| !c.is_alphanumeric());
            roles::is_role_word(&w.to_lowercase()) || w.is_empty()
        }) {
            words.pop();
        }
        match words.last() {
            Some(&(_, e)) if !clean_surface(&text[f.start..e]).is_empty() => {
                let surface = clean_surface(&text[f.start..e]);
                let f = &mut found[k];
                f.end = e;
                f.surface = surface;
            }
            _ => {
                found.remove(k);
            }
        }
    }
    // The name itself, without a trailing possessive.
    let end = start + raw.trim_end_matches("'s").trim_end_matches("’s").len();
    found.push(Found {
        start,
        end,
        surface,
        kind: EntityType::Person,
        titles: roles::titles_for(text, start, end),
        country: None,
    });
}

/// Whether the name starting at `start` continues a proper noun phrase
/// after "of the" ("leader of the Afghan Resistance Front": the front is
/// what is led, not a person): a capitalised modifier right before it and
/// a preposition or article before that.
fn governed_by_preposition(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let mut words = before.split_whitespace().rev();
    let (Some(modifier), Some(prev)) = (words.next(), words.next()) else {
        return false;
    };
    modifier.chars().next().is_some_and(char::is_uppercase)
        && matches!(
            prev.to_lowercase().as_str(),
            "the" | "of" | "for" | "at" | "from"
        )
}

/// Last words that make a name of two words or more a place: features of
/// the land and sea that are not also common surnames ("Bay", "Lake",
/// "Hills" and "Street" are left out: Michael Bay, Carla Hills).
const PLACE_HEADS: &[&str] = &[
    "island",
    "islands",
    "isle",
    "isles",
    "skerry",
    "skerries",
    "islet",
    "atoll",
    "archipelago",
    "gulf",
    "strait",
    "straits",
    "ocean",
    "lagoon",
    "fjord",
    "reef",
    "river",
    "creek",
    "loch",
    "falls",
    "delta",
    "estuary",
    "canal",
    "mountains",
    "highlands",
    "lowlands",
    "heights",
    "valley",
    "canyon",
    "gorge",
    "plateau",
    "plains",
    "peninsula",
    "coast",
    "desert",
    "glacier",
    "basin",
    "headland",
    "avenue",
    "boulevard",
];

/// Whether a name of two words or more ends with a word of `heads`
/// ([`PLACE_HEADS`], [`ORGANISATION_HEADS`]).
fn has_head(surface: &str, heads: &[&str]) -> bool {
    let words: Vec<&str> = surface.split_whitespace().collect();
    words.len() >= 2
        && words
            .last()
            .is_some_and(|w| heads.contains(&fold(w).as_str()))
}

/// Nouns that head an organisation: as the last word of a name ("the
/// Emergency Situations Service") or of an apposition after it ("…, the
/// state-owned company that runs the dam"). None is a common surname.
const ORGANISATION_HEADS: &[&str] = &[
    "company",
    "firm",
    "operator",
    "agency",
    "utility",
    "group",
    "conglomerate",
    "corporation",
    "bank",
    "lender",
    "insurer",
    "airline",
    "manufacturer",
    "producer",
    "retailer",
    "broadcaster",
    "newspaper",
    "publisher",
    "charity",
    "organisation",
    "organization",
    "ministry",
    "party",
    "union",
    "association",
    "federation",
    "council",
    "committee",
    "commission",
    "institute",
    "university",
    "authority",
    "regulator",
    "watchdog",
    "militia",
    "club",
    "startup",
    "subsidiary",
    "consortium",
    "cooperative",
    "nonprofit",
    "foundation",
    "developer",
    "contractor",
    "supplier",
    "exporter",
    "distributor",
    "chain",
    "alliance",
    "coalition",
    "service",
];

/// Head nouns of an apposition that make the name before it a place
/// ("…, a town of 9,000 people").
const PLACE_APPOSITION_HEADS: &[&str] = &[
    "town",
    "city",
    "village",
    "capital",
    "region",
    "province",
    "county",
    "district",
    "country",
    "port",
    "suburb",
    "municipality",
    "neighbourhood",
    "neighborhood",
    "enclave",
    "territory",
    "republic",
    "kingdom",
    "island",
    "hamlet",
];

/// Words that end the noun phrase of an apposition.
const APPOSITION_ENDS: &[&str] = &[
    "that", "which", "who", "whose", "of", "in", "on", "at", "for", "with", "and", "based",
    "owned", "run", "founded", "since", "near", "behind", "where",
];

/// The type an apposition right after a name gives it: ", the/a/an" then
/// up to four words whose last, before the phrase ends, is an
/// organisation or place noun. A person's apposition ends in another noun
/// ("the company's founder", "a party official"), so it says nothing.
fn apposition_kind(text: &str, end: usize) -> Option<EntityType> {
    let rest = text.get(end..)?.strip_prefix(',')?;
    let mut words = rest.split_whitespace();
    if !matches!(words.next()?, "the" | "a" | "an") {
        return None;
    }
    let mut head = None;
    for word in words.take(5) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if APPOSITION_ENDS.contains(&bare) || bare.is_empty() {
            break;
        }
        if bare.chars().next().is_some_and(char::is_uppercase) && !bare.contains('-') {
            // Another name starts: "the Kolvets mayor" is a person's.
            return None;
        }
        head = Some(bare);
        if bare.len() < word.len() {
            // Punctuation after the word ends the phrase.
            break;
        }
    }
    let head = head?;
    if ORGANISATION_HEADS.contains(&head) {
        Some(EntityType::Organisation)
    } else if PLACE_APPOSITION_HEADS.contains(&head) {
        Some(EntityType::Location)
    } else {
        None
    }
}

/// Byte offset of the first closing bracket in `s` with no opening one
/// before it.
fn unopened_close(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return Some(i),
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// A person as one article names them.
struct LocalPerson {
    name: PersonName,
    /// Indices into the article's `Found` list.
    mentions: Vec<usize>,
}

/// Groups an article's person mentions: a bare surname joins the one full
/// name it shortens (the nearest before it when several do).
fn local_people(found: &[Found]) -> Vec<LocalPerson> {
    let mut people: Vec<LocalPerson> = Vec::new();
    // Full names first, in text order, so surnames can find them.
    let mut order: Vec<usize> = (0..found.len())
        .filter(|&i| found[i].kind == EntityType::Person)
        .collect();
    order.sort_by_key(|&i| {
        (
            found[i].surface.split_whitespace().count() < 2,
            found[i].start,
        )
    });
    for i in order {
        let Some(name) = PersonName::parse(&found[i].surface) else {
            continue;
        };
        let candidates: Vec<usize> = (0..people.len())
            .filter(|&p| people[p].name.compatible(&name))
            .collect();
        let target = match candidates.len() {
            0 => None,
            1 => Some(candidates[0]),
            // Several people fit a bare surname: the nearest one before it.
            _ if name.given.is_empty() => candidates
                .iter()
                .copied()
                .filter(|&p| {
                    people[p]
                        .mentions
                        .iter()
                        .any(|&m| found[m].start < found[i].start)
                })
                .max_by_key(|&p| {
                    people[p]
                        .mentions
                        .iter()
                        .map(|&m| found[m].start)
                        .filter(|&s| s < found[i].start)
                        .max()
                }),
            _ => None,
        };
        match target {
            Some(p) => {
                if name.given.len() > people[p].name.given.len() {
                    people[p].name = name;
                }
                people[p].mentions.push(i);
            }
            None => people.push(LocalPerson {
                name,
                mentions: vec![i],
            }),
        }
    }
    people
}

/// One type per name across the corpus. The tagger may call the same name
/// a person in one sentence and a place in the next. A one-word name stays
/// a person only if it is the surname of a person named in full somewhere;
/// a longer one is a person in every mention when most of its mentions are
/// persons. Otherwise it takes the type most of its non-person mentions
/// have.
fn agree_on_types(articles: &[(String, Vec<Found>)]) -> Vec<(String, Vec<Found>)> {
    let mut surnames = std::collections::HashSet::new();
    let mut votes: HashMap<String, [usize; 4]> = HashMap::new();
    for (_, found) in articles {
        for f in found {
            let words: Vec<&str> = f.surface.split_whitespace().collect();
            if f.kind == EntityType::Person && words.len() >= 2 {
                if let Some(last) = words.last() {
                    surnames.insert(fold(last));
                }
            }
            let slot = match f.kind {
                EntityType::Person => 0,
                EntityType::Organisation => 1,
                EntityType::Location => 2,
                EntityType::Group => 3,
            };
            votes.entry(fold(&f.surface)).or_default()[slot] += 1;
        }
    }
    articles
        .iter()
        .map(|(id, found)| {
            let found = found
                .iter()
                .filter(|f| f.kind != EntityType::Person || plausible_person(&f.surface))
                .map(|f| {
                    let mut f = f.clone();
                    let key = fold(&f.surface);
                    let single_word = !key.contains(' ');
                    if let Some(v) = votes.get(&key) {
                        let non_person = v[1] + v[2] + v[3];
                        let keep_person = f.kind == EntityType::Person
                            && (non_person == 0
                                || if single_word {
                                    surnames.contains(&key)
                                } else {
                                    v[0] > non_person
                                });
                        let to_person = f.kind != EntityType::Person
                            && !single_word
                            && v[0] > non_person
                            && f.country.is_none();
                        if to_person {
                            // Most mentions of this longer name are a
                            // person's: so is this one.
                            f.kind = EntityType::Person;
                        } else if !keep_person && non_person > 0 && f.country.is_none() {
                            // Ties go to the organisation, then the place.
                            f.kind = if v[1] >= v[2] && v[1] >= v[3] {
                                EntityType::Organisation
                            } else if v[2] >= v[3] {
                                EntityType::Location
                            } else {
                                EntityType::Group
                            };
                            f.titles.clear();
                        }
                    }
                    f
                })
                .collect();
            (id.clone(), found)
        })
        .collect()
}

/// A person name has a word of three or more letters that is not a
/// pronoun or article (the tagger sometimes takes "I" or "An" for a name).
fn plausible_person(surface: &str) -> bool {
    surface.split_whitespace().any(|w| {
        let f = fold(w);
        f.chars().count() >= 3
            && !matches!(
                f.as_str(),
                "the" | "and" | "his" | "her" | "she" | "they" | "you" | "our" | "its"
            )
    })
}

/// An identity being built across articles.
struct Cluster {
    kind: EntityType,
    person: Option<PersonName>,
    key: String,
    mentions: Vec<(usize, usize)>, // (article index, found index)
}

/// Resolves the names of a set of articles (`(article id, found names)`)
/// into entities with ids `e1`, `e2`, … in order of first mention.
pub fn resolve(articles: &[(String, Vec<Found>)]) -> Vec<Entity> {
    let retyped = agree_on_types(articles);
    let articles = retyped.as_slice();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<(u8, String), usize> = HashMap::new();

    // People: the fullest names first, so surnames and initials find them.
    let mut people: Vec<(usize, LocalPerson)> = Vec::new();
    for (a, (_, found)) in articles.iter().enumerate() {
        people.extend(local_people(found).into_iter().map(|p| (a, p)));
    }
    people.sort_by_key(|(a, p)| {
        (
            std::cmp::Reverse(p.name.given.len()),
            *a,
            p.mentions.first().copied(),
        )
    });
    for (a, person) in people {
        let candidates: Vec<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.person
                    .as_ref()
                    .is_some_and(|n| n.compatible(&person.name))
            })
            .map(|(i, _)| i)
            .collect();
        let mentions = person.mentions.iter().map(|&m| (a, m));
        if candidates.len() == 1 {
            clusters[candidates[0]].mentions.extend(mentions);
        } else {
            clusters.push(Cluster {
                kind: EntityType::Person,
                key: fold(&person.name.surname),
                person: Some(person.name),
                mentions: mentions.collect(),
            });
        }
    }

    // Everything else by its folded name (countries by their canonical
    // name); an acronym joins the full name it abbreviates.
    let mut acronyms: HashMap<String, String> = HashMap::new();
    for (_, found) in articles {
        for f in found
            .iter()
            .filter(|f| f.kind != EntityType::Person && f.country.is_none())
        {
            let words: Vec<&str> = f
                .surface
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            if words.len() >= 2 {
                let acronym: String = words
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
                    .to_lowercase();
                acronyms.entry(acronym).or_insert_with(|| fold(&f.surface));
            }
        }
    }
    for (a, (_, found)) in articles.iter().enumerate() {
        for (i, f) in found.iter().enumerate() {
            if f.kind == EntityType::Person {
                continue;
            }
            let mut key = match f.country {
                Some(c) => fold(c),
                None => fold(&f.surface),
            };
            if f.country.is_none() && !key.contains(' ') {
                if let Some(full) = acronyms.get(&key) {
                    key = full.clone();
                }
            }
            let kind_tag = match f.kind {
                EntityType::Organisation => 1,
                EntityType::Location => 2,
                _ => 3,
            };
            let idx = *by_key.entry((kind_tag, key.clone())).or_insert_with(|| {
                clusters.push(Cluster {
                    kind: f.kind,
                    person: None,
                    key,
                    mentions: Vec::new(),
                });
                clusters.len() - 1
            });
            clusters[idx].mentions.push((a, i));
        }
    }

    let mut entities: Vec<(usize, usize, Entity)> = clusters
        .into_iter()
        .filter(|c| !c.mentions.is_empty())
        .map(|mut c| {
            c.mentions
                .sort_by_key(|&(a, i)| (a, articles[a].1[i].start));
            let first = c.mentions[0];
            let first_key = (first.0, articles[first.0].1[first.1].start);
            (first_key.0, first_key.1, build_entity(&c, articles))
        })
        .collect();
    entities.sort_by_key(|(a, s, _)| (*a, *s));
    entities
        .into_iter()
        .enumerate()
        .map(|(n, (_, _, mut e))| {
            e.id = format!("e{}", n + 1);
            e
        })
        .collect()
}

fn build_entity(c: &Cluster, articles: &[(String, Vec<Found>)]) -> Entity {
    let mut surfaces: BTreeMap<String, usize> = BTreeMap::new();
    let mut titles: Vec<String> = Vec::new();
    let mut mentions = Vec::new();
    let mut country_name = None;
    for &(a, i) in &c.mentions {
        let f = &articles[a].1[i];
        *surfaces.entry(f.surface.clone()).or_default() += 1;
        for t in &f.titles {
            let t = t
                .strip_prefix("The ")
                .or_else(|| t.strip_prefix("the "))
                .unwrap_or(t);
            if !titles.iter().any(|x| fold(x) == fold(t)) {
                titles.push(t.to_string());
            }
        }
        country_name = country_name.or(f.country);
        mentions.push(Evidence {
            article: articles[a].0.clone(),
            start: f.start,
            end: f.end,
        });
    }
    // The fullest common form: most words, then most frequent, then first
    // in alphabetical order for a stable choice.
    let name = match country_name {
        Some(c) => c.to_string(),
        None => surfaces
            .iter()
            .max_by(|(a, na), (b, nb)| {
                let wa = a.split_whitespace().count();
                let wb = b.split_whitespace().count();
                wa.cmp(&wb).then(na.cmp(nb)).then(b.cmp(a))
            })
            .map(|(s, _)| s.clone())
            .unwrap_or_else(|| c.key.clone()),
    };
    // A title that is the tail of a longer one adds nothing ("Governor"
    // beside "Regional Governor").
    let folded: Vec<String> = titles.iter().map(|t| fold(t)).collect();
    let titles: Vec<String> = titles
        .iter()
        .zip(&folded)
        .filter(|(_, f)| {
            !folded
                .iter()
                .any(|other| other != *f && other.ends_with(&format!(" {f}")))
        })
        .map(|(t, _)| t.clone())
        .collect();
    Entity {
        id: String::new(),
        name,
        entity_type: c.kind,
        aliases: surfaces.into_keys().collect(),
        titles,
        mentions,
    }
}

/// Finds and resolves the entities of `(article id, clean text)` pairs.
pub fn entities(articles: &[(&str, &str)]) -> Result<Vec<Entity>, EntityError> {
    let mut found = Vec::with_capacity(articles.len());
    for (id, text) in articles {
        found.push((id.to_string(), find_in_article(text)?));
    }
    Ok(resolve(&found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_stops_at_a_bracket_it_did_not_open() {
        assert_eq!(unopened_close("West] don't"), Some(4));
        assert_eq!(unopened_close("Orvik (North)"), None);
        assert_eq!(unopened_close("Orvik"), None);
    }

    fn person(start: usize, surface: &str) -> Found {
        Found {
            start,
            end: start + surface.len(),
            surface: surface.to_string(),
            kind: EntityType::Person,
            titles: Vec::new(),
            country: None,
        }
    }

    fn tagged(text: &str, surface: &str, kind: EntityType) -> Found {
        let start = text.find(surface).unwrap_or(0);
        Found {
            start,
            end: start + surface.len(),
            surface: surface.to_string(),
            kind,
            titles: Vec::new(),
            country: None,
        }
    }

    fn people_in(text: &str, mut found: Vec<Found>) -> Vec<(String, EntityType)> {
        add_rule_persons(text, &mut found);
        for f in &found {
            assert_eq!(
                text.get(f.start..f.end).map(clean_surface),
                Some(f.surface.clone())
            );
        }
        found.into_iter().map(|f| (f.surface, f.kind)).collect()
    }

    #[test]
    fn an_apposition_says_what_a_name_is() {
        let kind = |text: &str, name: &str| {
            let end = text.find(name).map(|i| i + name.len()).unwrap_or(0);
            apposition_kind(text, end)
        };
        let text = "Marsk Energi, the state-controlled company that runs the plant, said nothing.";
        assert_eq!(kind(text, "Marsk Energi"), Some(EntityType::Organisation));
        let text = "They fled to Dovrin, a town of some 4,000 people.";
        assert_eq!(kind(text, "Dovrin"), Some(EntityType::Location));
        let text = "Vilja Osk, the capital, was quiet.";
        assert_eq!(kind(text, "Vilja Osk"), Some(EntityType::Location));
        // A person's apposition ends in another noun.
        for text in [
            "Tarja Mell, the company's founder, said so.",
            "Tarja Mell, a party official who spoke to us, said so.",
            "Tarja Mell, the head of the agency, said so.",
            "Tarja Mell, the Dovrin mayor, said so.",
            "Tarja Mell said the company had failed.",
        ] {
            assert_eq!(kind(text, "Tarja Mell"), None, "{text}");
        }
    }

    #[test]
    fn a_longer_name_takes_one_type_across_articles() {
        let text = "Marta Lind spoke.";
        let article = |kind| ("a".to_string(), vec![tagged(text, "Marta Lind", kind)]);
        let articles = vec![
            article(EntityType::Person),
            article(EntityType::Person),
            article(EntityType::Organisation),
        ];
        let kinds: Vec<EntityType> = agree_on_types(&articles)
            .iter()
            .flat_map(|(_, found)| found.iter().map(|f| f.kind))
            .collect();
        assert_eq!(kinds, vec![EntityType::Person; 3]);
        // Most mentions an organisation: the person mention follows them.
        let articles = vec![
            article(EntityType::Person),
            article(EntityType::Organisation),
            article(EntityType::Organisation),
        ];
        let kinds: Vec<EntityType> = agree_on_types(&articles)
            .iter()
            .flat_map(|(_, found)| found.iter().map(|f| f.kind))
            .collect();
        assert_eq!(kinds, vec![EntityType::Organisation; 3]);
    }

    #[test]
    fn a_name_ending_in_an_organisation_noun_is_no_person() {
        assert!(has_head("Coastal Rescue Service", ORGANISATION_HEADS));
        assert!(has_head("Harbour Ministry", ORGANISATION_HEADS));
        assert!(!has_head("Service", ORGANISATION_HEADS));
        assert!(!has_head("Tarja Mell", ORGANISATION_HEADS));
    }

    #[test]
    fn the_apposition_overrides_the_tagger() {
        let text = "Halgren Hydro, the state-owned company that operates the dam, said in a \
                    statement that it was cooperating with investigators.";
        let found = find_in_article(text).expect("the embedded model loads");
        let hydro = found.iter().find(|f| f.surface == "Halgren Hydro");
        assert_eq!(
            hydro.map(|f| f.kind),
            Some(EntityType::Organisation),
            "{found:?}"
        );
    }

    #[test]
    fn a_role_inside_an_organisation_span_splits_off_the_person() {
        let text = "Velka Hydro CEO Orin Maddox unveiled the turbine.";
        let org = tagged(
            text,
            "Velka Hydro CEO Orin Maddox",
            EntityType::Organisation,
        );
        let mut found = vec![org];
        add_rule_persons(text, &mut found);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].surface, "Velka Hydro");
        assert_eq!(found[0].kind, EntityType::Organisation);
        assert_eq!(found[1].surface, "Orin Maddox");
        assert_eq!(found[1].kind, EntityType::Person);
        assert_eq!(found[1].titles, vec!["Velka Hydro CEO"]);
        // No role, no split: "Velka Hydro Orin Works" stays the company.
        let text = "Velka Hydro Orin Works closed.";
        let org = tagged(text, "Velka Hydro Orin Works", EntityType::Organisation);
        assert_eq!(
            people_in(text, vec![org]),
            vec![(
                "Velka Hydro Orin Works".to_string(),
                EntityType::Organisation
            )]
        );
    }

    #[test]
    fn a_given_name_before_capitalised_words_makes_a_person() {
        let text = "Later Margaret Quillfeather's aide spoke.";
        assert_eq!(
            people_in(text, Vec::new()),
            vec![("Margaret Quillfeather".to_string(), EntityType::Person)]
        );
        // The tagger's organisation span ending in the person gives way to
        // the part before it.
        let text = "said Tarnwick LLC Robert Quill on Monday.";
        let org = tagged(text, "Tarnwick LLC Robert Quill", EntityType::Organisation);
        assert_eq!(
            people_in(text, vec![org]),
            vec![
                ("Tarnwick LLC".to_string(), EntityType::Organisation),
                ("Robert Quill".to_string(), EntityType::Person)
            ]
        );
    }

    #[test]
    fn given_names_inside_longer_names_are_left_alone() {
        // After a capitalised word the given name is part of a place.
        assert!(people_in("fans in Port Margaret Harbour cheered.", Vec::new()).is_empty());
        // The tagger named something starting at the given name.
        let text = "They played at Ellen Stadium Park today.";
        let place = tagged(text, "Ellen Stadium Park", EntityType::Location);
        assert_eq!(
            people_in(text, vec![place]),
            vec![("Ellen Stadium Park".to_string(), EntityType::Location)]
        );
        // All capitals is a headline, and a name never crosses a line.
        assert!(people_in("MARGARET QUILLFEATHER WINS", Vec::new()).is_empty());
        assert!(people_in("a note to Margaret\nQuill Farm", Vec::new()).is_empty());
    }

    #[test]
    fn the_given_name_list_leaves_out_months_and_surnames() {
        assert!(is_given_name("Margaret") && is_given_name("robert"));
        assert!(!is_given_name("April"));
        assert!(!is_given_name("Davis"), "more common as a surname");
        assert!(!is_given_name("Quillfeather"));
    }

    #[test]
    fn a_title_before_a_proper_noun_phrase_after_of_the_makes_no_person() {
        let t = "The leader of the Velkan Harbour Front, Ilse Dorn, spoke.";
        let at = t.find("Harbour").unwrap_or(0);
        assert!(governed_by_preposition(t, at));
        let t = "the deputy head of the department Igor Brask said";
        let at = t.find("Igor").unwrap_or(0);
        assert!(!governed_by_preposition(t, at));
        assert!(!governed_by_preposition("Brask", 0));
    }

    #[test]
    fn names_headed_by_a_feature_of_the_land_or_sea_are_places() {
        assert!(has_head("Hessel Skerry", PLACE_HEADS));
        assert!(has_head("Merrow Highlands", PLACE_HEADS));
        assert!(!has_head("Skerry", PLACE_HEADS));
        assert!(!has_head("Anna Bay Lindqvist", PLACE_HEADS));
        assert!(!has_head("Carla Hills", PLACE_HEADS));
        assert!(!has_head("Tesna Hydro", PLACE_HEADS));
    }

    #[test]
    fn countries_and_their_adjectives_share_a_name() {
        for s in [
            "US",
            "U.S.",
            "United States",
            "American",
            "the United States",
        ] {
            assert_eq!(country(s), Some("United States"), "{s}");
        }
        assert_eq!(country("Russian"), Some("Russia"));
        assert_eq!(country("Tajik"), Some("Tajikistan"));
        assert_eq!(country("Velmora"), None);
    }

    #[test]
    fn people_resolve_across_spellings_and_surnames() {
        let articles = vec![
            (
                "a".to_string(),
                vec![
                    person(0, "Aleksandr Voronel"),
                    person(40, "Voronel"),
                    person(80, "Anna Berg"),
                ],
            ),
            (
                "b".to_string(),
                vec![
                    person(0, "Alexander Voronel"),
                    person(30, "Erik Berg"),
                    person(60, "Berg"),
                ],
            ),
        ];
        let entities = resolve(&articles);
        let people: Vec<(&str, usize)> = entities
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        // Voronel in both spellings is one person; the two Bergs stay two.
        assert_eq!(people.len(), 3, "{people:?}");
        let voronel = entities
            .iter()
            .find(|e| e.aliases.contains(&"Voronel".to_string()))
            .unwrap();
        assert_eq!(voronel.mentions.len(), 3);
        assert!(
            voronel.aliases.contains(&"Aleksandr Voronel".to_string())
                && voronel.aliases.contains(&"Alexander Voronel".to_string())
        );
        let erik = entities.iter().find(|e| e.name == "Erik Berg").unwrap();
        assert_eq!(erik.mentions.len(), 2, "the bare Berg in article b is Erik");
        let anna = entities.iter().find(|e| e.name == "Anna Berg").unwrap();
        assert_eq!(anna.mentions.len(), 1);
        assert_eq!(entities[0].id, "e1");
    }

    #[test]
    fn acronyms_join_their_full_names() {
        let org = |start: usize, s: &str| Found {
            start,
            end: start + s.len(),
            surface: s.to_string(),
            kind: EntityType::Organisation,
            titles: vec![],
            country: None,
        };
        let entities = resolve(&[(
            "a".to_string(),
            vec![org(0, "Northern Corridor Council"), org(50, "NCC")],
        )]);
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].name, "Northern Corridor Council");
    }

    #[test]
    fn tagging_finds_people_with_titles_and_countries() {
        let text = "Velmorian Foreign Minister Tomas Adeyemi met American officials in Oslo on Monday. Adeyemi said the talks went well.";
        let entities = entities(&[("a", text)]).unwrap();
        let tomas = entities
            .iter()
            .find(|e| e.name == "Tomas Adeyemi")
            .expect("person found");
        assert_eq!(tomas.entity_type, EntityType::Person);
        assert_eq!(tomas.mentions.len(), 2);
        assert!(
            tomas.titles.iter().any(|t| t.ends_with("Foreign Minister")),
            "{:?}",
            tomas.titles
        );
        assert!(entities
            .iter()
            .any(|e| e.name == "United States" && e.entity_type == EntityType::Location));
        for e in &entities {
            for m in &e.mentions {
                assert!(text.get(m.start..m.end).is_some());
            }
        }
    }
}
