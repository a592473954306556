//! Name forms: cleaning a surface form, folding diacritics and common
//! transliteration variants, and deciding whether two person names can be
//! the same person.

use unicode_normalization::UnicodeNormalization;

/// Honorifics dropped from person names ("Mr", "Dr.").
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "mx",
];

/// A surface form cleaned for display: surrounding punctuation, a leading
/// "the" and a trailing possessive removed, inner whitespace collapsed.
pub fn clean_surface(text: &str) -> String {
    let mut s = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
    for poss in ["'s", "’s", "'", "’"] {
        if let Some(stripped) = s.strip_suffix(poss) {
            s = stripped;
            break;
        }
    }
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower case without diacritics or punctuation: "Vladimír" → "vladimir",
/// "U.S." → "us".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A phonetic key that folds the usual romanisation variants of one name
/// (Sergei/Sergey, Yevgeny/Evgeny, Rakhmon/Rahmon, Aleksandr/Alexandr).
pub fn translit_key(word: &str) -> String {
    let mut s = fold(word).replace(' ', "");
    if let Some(rest) = s.strip_prefix("ye") {
        s = format!("e{rest}");
    }
    for (from, to) in [
        ("kh", "h"),
        ("ks", "x"),
        ("ph", "f"),
        ("ck", "k"),
        ("ey", "ei"),
        ("iy", "i"),
        ("yi", "i"),
        ("ij", "i"),
        ("y", "i"),
        ("j", "i"),
        ("w", "v"),
        ("ou", "u"),
        ("ii", "i"),
        ("ie", "i"),
    ] {
        s = s.replace(from, to);
    }
    // Doubled letters are spelled single in other romanisations.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Edit distance, for short name keys.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether two name words are spellings of one name: equal keys, or keys
/// one edit apart when long enough that an edit is a spelling, not a
/// different name ("Aleksandr"/"Alexander").
pub fn same_word(a: &str, b: &str) -> bool {
    let (ka, kb) = (translit_key(a), translit_key(b));
    if ka == kb {
        return true;
    }
    let short = ka.chars().count().min(kb.chars().count());
    short >= 6 && ka.chars().next() == kb.chars().next() && levenshtein(&ka, &kb) <= 1
}

/// A person's name split into given names and surname, honorifics dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub given: Vec<String>,
    pub surname: String,
}

impl PersonName {
    pub fn parse(surface: &str) -> Option<PersonName> {
        let mut words: Vec<&str> = surface.split_whitespace().collect();
        while words.len() > 1 && HONORIFICS.contains(&fold(words[0]).as_str()) {
            words.remove(0);
        }
        let (surname, given) = words.split_last()?;
        Some(PersonName {
            given: given.iter().map(|w| w.to_string()).collect(),
            surname: surname.to_string(),
        })
    }

    pub fn surname_key(&self) -> String {
        translit_key(&self.surname)
    }

    /// Whether `self` and `other` can name the same person: the surnames
    /// match, and the given names agree as far as both are written (an
    /// initial matches a name with that first letter; a missing given name
    /// matches any). Two different given names never match: "Anna Berg"
    /// and "Erik Berg" are two people.
    pub fn compatible(&self, other: &PersonName) -> bool {
        if !same_word(&self.surname, &other.surname) {
            return false;
        }
        match (self.given.first(), other.given.first()) {
            (Some(a), Some(b)) => given_compatible(a, b),
            _ => true,
        }
    }
}

fn given_compatible(a: &str, b: &str) -> bool {
    let ia = a.trim_end_matches('.');
    let ib = b.trim_end_matches('.');
    let initial = |s: &str| s.chars().count() == 1;
    if initial(ia) || initial(ib) {
        return fold(ia).chars().next() == fold(ib).chars().next();
    }
    same_word(ia, ib)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_fold_together() {
        assert!(same_word("Sergei", "Sergey"));
        assert!(same_word("Yevgeny", "Evgeny"));
        assert!(same_word("Rakhmon", "Rahmon"));
        assert!(same_word("Aleksandr", "Alexander"));
        assert!(same_word("Vladimír", "Vladimir"));
        assert!(!same_word("Anna", "Anja"));
        assert!(!same_word("Peter", "Petra"));
    }

    #[test]
    fn shared_surname_with_conflicting_given_names_is_two_people() {
        let a = PersonName::parse("Anna Berg").unwrap();
        let b = PersonName::parse("Erik Berg").unwrap();
        let c = PersonName::parse("Berg").unwrap();
        let d = PersonName::parse("A. Berg").unwrap();
        assert!(!a.compatible(&b));
        assert!(a.compatible(&c) && b.compatible(&c));
        assert!(a.compatible(&d) && !b.compatible(&d));
        let e = PersonName::parse("Dr. Anna Berg").unwrap();
        assert_eq!(e.given, vec!["Anna"]);
    }

    #[test]
    fn surfaces_are_cleaned_and_folded() {
        assert_eq!(clean_surface("Russia’s"), "Russia");
        assert_eq!(clean_surface("the Kremlin"), "Kremlin");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Vladimír  Putin"), "vladimir putin");
    }
}
