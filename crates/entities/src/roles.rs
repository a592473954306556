//! Titles and roles attached to a person mention: before the name
//! ("Russian Foreign Minister Anna Berg", "Kremlin spokesman …", "Norway's
//! ambassador to Chile, …") and in apposition after it ("…, the deputy head
//! of the agency, said").

/// Role nouns of news English (lower case). A title must contain one.
const ROLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "premier",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "lawmaker",
    "legislator",
    "mp",
    "speaker",
    "ambassador",
    "envoy",
    "consul",
    "diplomat",
    "general",
    "gen",
    "admiral",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "major",
    "captain",
    "capt",
    "sergeant",
    "commander",
    "commissioner",
    "chief",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "cfo",
    "executive",
    "officer",
    "founder",
    "co-founder",
    "leader",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "sultan",
    "pope",
    "bishop",
    "archbishop",
    "imam",
    "rabbi",
    "professor",
    "prof",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "lawyer",
    "analyst",
    "economist",
    "researcher",
    "scientist",
    "correspondent",
    "editor",
    "reporter",
    "deputy",
    "adviser",
    "advisor",
    "aide",
    "official",
    "coach",
    "manager",
    "owner",
    "president-elect",
    "treasurer",
    "inspector",
    "superintendent",
    "dean",
    "rector",
    "activist",
    "expert",
    "engineer",
    "doctor",
    "dr",
    "spokesperson",
    "representative",
    "delegate",
    "negotiator",
    "mediator",
    "regent",
    "monarch",
    "dictator",
];

/// Whether `word` (lower case) is a role noun of news English ("minister",
/// "diplomat", "spokeswoman").
pub fn is_role_word(word: &str) -> bool {
    ROLE_WORDS.contains(&word)
}

/// Lower-case words that may stand inside a title: connectors and the
/// nouns of institutions ("deputy head of the department").
const TITLE_INNER: &[&str] = &[
    "of",
    "the",
    "to",
    "for",
    "and",
    "de",
    "department",
    "ministry",
    "office",
    "agency",
    "party",
    "government",
    "council",
    "committee",
    "service",
    "bureau",
    "army",
    "forces",
    "force",
    "company",
    "group",
    "board",
    "bank",
    "state",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "top",
    "senior",
    "former",
    "acting",
    "regional",
    "national",
    "federal",
    "deputy",
];

/// Auxiliaries and common verbs that open a clause, not an apposition.
const CLAUSE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "must", "should", "shall", "did", "does", "do", "remains", "remained", "became",
    "becomes", "seems", "seemed",
];

fn is_role(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(&w)
        .to_string();
    ROLE_WORDS.contains(&w.as_str()) || ROLE_WORDS.contains(&w.trim_end_matches('s'))
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn allowed_in_title(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    !bare.is_empty()
        && (is_role(bare)
            || is_capitalised(bare)
            || TITLE_INNER.contains(&bare.to_lowercase().as_str()))
}

/// Words ending a clause: a title does not reach across them.
fn ends_clause(word: &str) -> bool {
    word.ends_with([',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”'])
}

/// The longest title phrase that ends at the end of `before` (the text just
/// before a name), or `None`.
fn title_ending_at(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut start = words.len();
    for (i, w) in words.iter().enumerate().rev().take(7) {
        if ends_clause(w) && i + 1 != words.len() || !allowed_in_title(w) {
            break;
        }
        // A clause end on the last word itself ("ambassador to Kabul,")
        // is handled by the caller.
        if ends_clause(w) {
            break;
        }
        start = i;
    }
    let mut phrase: Vec<&str> = words[start..].to_vec();
    // Titles start with a role or a capitalised word, not a connector.
    while phrase
        .first()
        .is_some_and(|w| !is_role(w) && !is_capitalised(w))
    {
        phrase.remove(0);
    }
    // A capitalised sentence opener that is not part of the title
    // ("Meanwhile Minister …") is rare enough to accept; a title needs a role.
    if phrase.iter().any(|w| is_role(w)) {
        Some(phrase.join(" ").trim_end_matches(',').to_string())
    } else {
        None
    }
}

/// A person's title standing right before `text[start..]` ("deputy head of
/// the department Igor Morgulov"), as evidence that the name is a person's
/// whatever the tagger typed it. A phrase ending in a connector ("chief
/// executive of Tesna Hydro") introduces an organisation instead, and
/// gives none.
pub fn person_title_before(text: &str, start: usize) -> Option<String> {
    let before = text.get(..start)?;
    let before = before.rsplit('\n').next().unwrap_or(before);
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() && !before.is_empty() {
        return None;
    }
    let last = trimmed.split_whitespace().next_back()?;
    if ends_clause(last) || CONNECTORS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    title_ending_at(trimmed)
}

/// Words after which a name is the object of the title, not its holder.
const CONNECTORS: &[&str] = &[
    "of", "the", "for", "at", "to", "in", "on", "and", "from", "with",
];

/// Titles for the person named at `text[start..end]`.
pub fn titles_for(text: &str, start: usize, end: usize) -> Vec<String> {
    let mut titles = Vec::new();
    let before = text.get(..start).unwrap_or("");
    // Only the current line: a title never crosses a paragraph.
    let before = before.rsplit('\n').next().unwrap_or(before);
    let trimmed = before.trim_end();
    if trimmed.len() < before.len() || before.is_empty() {
        if let Some(stripped) = trimmed.strip_suffix(',') {
            // "Norway's ambassador to Chile, Anna Berg"
            if let Some(t) = title_ending_at(stripped) {
                titles.push(t);
            }
        } else if let Some(t) = title_ending_at(trimmed) {
            titles.push(t);
        }
    }
    // Apposition: "Anna Berg, the deputy head of the agency, said".
    let after = text.get(end..).unwrap_or("");
    if let Some(rest) = after.strip_prefix(", ") {
        let clause_end = rest
            .find([',', '.', ';', ':', '\n', '(', '"', '“', '”'])
            .unwrap_or(rest.len());
        let mut clause = &rest[..clause_end];
        for cut in [" who ", " which ", " said", " told", " says", " and "] {
            if let Some(p) = clause.find(cut) {
                clause = &clause[..p];
            }
        }
        let words: Vec<&str> = clause.split_whitespace().collect();
        // "according to Berg, is a major concern": a verb after the comma
        // continues the sentence; an apposition is a noun phrase
        let verb_first = words
            .first()
            .is_some_and(|w| CLAUSE_VERBS.contains(&w.to_lowercase().as_str()));
        let words = if verb_first { Vec::new() } else { words };
        let body: Vec<&str> = match words.first().map(|w| w.to_lowercase()) {
            Some(a) if a == "the" || a == "a" || a == "an" => words[1..].to_vec(),
            _ => words.clone(),
        };
        let role_early = body.iter().take(4).any(|w| is_role(w));
        if role_early && (1..=12).contains(&body.len()) {
            titles.push(body.join(" "));
        }
    }
    titles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str, name: &str) -> Vec<String> {
        let start = text.find(name).unwrap();
        titles_for(text, start, start + name.len())
    }

    #[test]
    fn titles_before_the_name() {
        assert_eq!(
            titles(
                "Norwegian Foreign Minister Anna Berg said on Monday.",
                "Anna Berg"
            ),
            vec!["Norwegian Foreign Minister"]
        );
        assert_eq!(
            titles(
                "The talks ended, Harbour Authority spokesman Ivo Lind said.",
                "Ivo Lind"
            ),
            vec!["Harbour Authority spokesman"]
        );
        assert_eq!(
            titles(
                "It was denied by deputy head of the department Mara Holt.",
                "Mara Holt"
            ),
            vec!["deputy head of the department"]
        );
        assert_eq!(
            titles(
                "Norway's ambassador to Chile, Anna Berg, praised the deal.",
                "Anna Berg"
            ),
            vec!["Norway's ambassador to Chile",]
        );
    }

    #[test]
    fn titles_in_apposition() {
        assert_eq!(
            titles(
                "They include Jon Vik, vice president of the port authority who resigned in May.",
                "Jon Vik"
            ),
            vec!["vice president of the port authority"]
        );
        assert_eq!(
            titles(
                "Jon Vik, the chief executive, declined to comment.",
                "Jon Vik"
            ),
            vec!["chief executive"]
        );
    }

    #[test]
    fn a_title_right_before_a_name_marks_a_person_not_an_object_of_it() {
        let text = "refugees, deputy head of the department Orin Maddox said. \
                    The chief executive of Velka Hydro said.";
        let maddox = text.find("Orin").unwrap_or(0);
        assert_eq!(
            person_title_before(text, maddox).as_deref(),
            Some("deputy head of the department")
        );
        let velka = text.find("Velka").unwrap_or(0);
        assert_eq!(person_title_before(text, velka), None);
    }

    #[test]
    fn a_verb_after_the_comma_is_no_apposition() {
        assert!(titles(
            "The shortage, according to Ilse Brandvik, is a major source of concern.",
            "Ilse Brandvik"
        )
        .is_empty());
    }

    #[test]
    fn no_title_without_a_role() {
        assert!(titles("On Tuesday, Anna Berg said the deal was done.", "Anna Berg").is_empty());
        assert!(titles("Anna Berg, 52, lives in Oslo.", "Anna Berg").is_empty());
    }
}
