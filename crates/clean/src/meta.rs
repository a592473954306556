//! Article metadata from what came with the input and what the cleaner
//! removed: byline and agency, outlet from the URL, language.

use crate::lexicon::{self, FastMap};
use parallax_core::Byline;
use std::sync::LazyLock;

/// Parses a byline line ("By Jane Roe and Ali Haddad, Reuters", "By AFP",
/// "Mara Lind | Staff Reporter") into authors and a normalised agency.
pub fn parse_byline(text: &str) -> Byline {
    let lower = text.to_lowercase();
    let mut rest = text;
    for open in [
        "additional reporting by ",
        "reporting by ",
        "written by ",
        "words by ",
        "story by ",
        "text by ",
        "editing by ",
        "writing by ",
        "compiled by ",
        "authors:",
        "author:",
        "reporter:",
        "by ",
    ] {
        if lower.starts_with(open) {
            rest = &text[open.len()..];
            break;
        }
    }
    let mut authors = Vec::new();
    let mut agency = None;
    let roles = [
        "reporter",
        "correspondent",
        "writer",
        "editor",
        "contributor",
        "columnist",
        "staff",
    ];
    for part in rest
        .split([',', '|', ';', '/', '–', '—'])
        .take_while(|p| !p.trim_start().to_lowercase().starts_with("editing by"))
    {
        for name in part.split(" and ").flat_map(|p| p.split(" & ")) {
            let name = name
                .trim()
                .trim_matches(|c: char| c == '.' || c == '(' || c == ')')
                .trim();
            if name.is_empty() {
                continue;
            }
            if let Some(a) = lexicon::agency(name) {
                agency.get_or_insert(a.to_string());
                continue;
            }
            // An unknown acronym in a byline ("By NPA") is an agency, not a
            // person: people's names are not written in capitals.
            let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
            if (2..=6).contains(&letters.len())
                && !name.contains(' ')
                && letters.iter().all(|c| c.is_uppercase())
            {
                agency.get_or_insert(name.to_string());
                continue;
            }
            let lname = name.to_lowercase();
            if roles.iter().any(|r| lname.contains(r)) || lname.starts_with("in ") {
                continue;
            }
            if name.split_whitespace().count() <= 5
                && name.chars().next().is_some_and(char::is_uppercase)
            {
                authors.push(name.to_string());
            }
        }
    }
    Byline {
        text: text.to_string(),
        authors,
        agency,
    }
}

/// The outlet a URL names: its host without "www.".
pub fn outlet_from_url(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    let host = parsed.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// The owner a copyright notice names ("© 2026 North Harbour Post. All
/// rights reserved." → "North Harbour Post"): a page states who published
/// it there. A wire agency's notice names the agency, not the outlet, so it
/// gives none; so does a notice that names no proper name.
pub fn outlet_from_copyright(line: &str) -> Option<String> {
    static NOTICE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^\s*(?:©|\(c\)|Copyright(?:\s*©)?)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?(?P<name>[\p{Lu}][\p{L}\p{N}&'’.\- ]{1,60}?)\s*(?:[.,;|]|$|\s+(?:All|Alle|Tous)\s)",
        )
        .expect("valid copyright pattern")
    });
    let name = NOTICE.captures(line)?.name("name")?.as_str().trim();
    let name = name.trim_end_matches(['.', '-', ' ']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let proper = !words.is_empty()
        && words.len() <= 6
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    (proper && crate::lexicon::agency(name).is_none() && !name.eq_ignore_ascii_case("copyright"))
        .then(|| name.to_string())
}

/// Detects the language of `text` (ISO 639-1), when the detector is
/// confident. Only the first 1,200 bytes (a few paragraphs) are read:
/// enough for a reliable answer, and it keeps the cost flat on long
/// articles (detection was a fifth of the cleaning time on 3,000).
pub fn detect_language(text: &str) -> Option<String> {
    let mut end = text.len().min(1200);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.split_whitespace().count() < 3 {
        return None;
    }
    if let Some(lang) = stopword_language(sample) {
        return Some(lang.to_string());
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && sample.len() > 200 {
        return None;
    }
    iso639_1(info.lang().code()).map(str::to_string)
}

/// The most frequent words of the major news languages, chosen to be rare
/// in the others.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "of", "and", "to", "is", "that", "for", "was", "with", "said", "he", "it", "by",
            "have", "has", "from", "were", "be", "this", "which",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "et", "est", "une", "dans", "qui", "pour", "du", "sur", "au",
            "pas", "il", "avec", "ce", "sont", "aux", "été", "mais",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "dem",
            "ein", "eine", "zu", "im", "des", "auch", "wird", "für",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "por", "con", "una", "para", "se", "su", "al", "como",
            "más", "pero", "fue", "sus", "ha", "lo", "sobre", "también",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "della", "per", "non", "sono", "nel", "con", "è", "gli", "delle",
            "alla", "anche", "dei", "ha", "ma", "nella", "stato", "più",
        ],
    ),
    (
        "pt",
        &[
            "os", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "dos", "das",
            "ao", "foi", "mais", "pelo", "pela", "também", "seu",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "dat", "op", "te", "niet", "voor", "met", "zijn", "er", "ook",
            "aan", "bij", "wordt", "naar", "heeft", "werd", "maar", "om",
        ],
    ),
    (
        "ru",
        &[
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "он",
            "как",
            "это",
            "к",
            "из",
            "за",
            "для",
            "от",
            "о",
            "его",
            "также",
            "был",
            "заявил",
        ],
    ),
];

/// A cheap first pass: when one language's common words make up a large
/// share of the sample and no other comes close, that is the language.
/// It agrees with the trigram detector on such text and costs a fraction
/// of it (whatlang spends ~90 µs per call whatever the length); unclear
/// text goes to the detector.
fn stopword_language(sample: &str) -> Option<&'static str> {
    static TABLE: LazyLock<FastMap<&'static str, u8>> = LazyLock::new(|| {
        let mut table = FastMap::default();
        for (i, (_, words)) in STOPWORDS.iter().enumerate() {
            for w in *words {
                *table.entry(*w).or_insert(0u8) |= 1 << i;
            }
        }
        table
    });
    let mut counts = [0usize; STOPWORDS.len()];
    let mut total = 0usize;
    let mut lower = String::new();
    for token in sample.split_whitespace().take(150) {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        total += 1;
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        if let Some(bits) = TABLE.get(lower.as_str()) {
            for (i, count) in counts.iter_mut().enumerate() {
                if bits & (1 << i) != 0 {
                    *count += 1;
                }
            }
        }
    }
    let (best, &top) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    let second = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    (total >= 20 && top * 100 >= total * 15 && top >= second * 3).then_some(STOPWORDS[best].0)
}

/// ISO 639-3 (whatlang's codes) to ISO 639-1.
fn iso639_1(code: &str) -> Option<&'static str> {
    Some(match code {
        "afr" => "af",
        "aka" => "ak",
        "amh" => "am",
        "ara" => "ar",
        "aze" => "az",
        "bel" => "be",
        "ben" => "bn",
        "bul" => "bg",
        "cat" => "ca",
        "ces" => "cs",
        "cmn" => "zh",
        "dan" => "da",
        "deu" => "de",
        "ell" => "el",
        "eng" => "en",
        "epo" => "eo",
        "est" => "et",
        "fin" => "fi",
        "fra" => "fr",
        "guj" => "gu",
        "heb" => "he",
        "hin" => "hi",
        "hrv" => "hr",
        "hun" => "hu",
        "hye" => "hy",
        "ind" => "id",
        "ita" => "it",
        "jav" => "jv",
        "jpn" => "ja",
        "kan" => "kn",
        "kat" => "ka",
        "khm" => "km",
        "kor" => "ko",
        "lat" => "la",
        "lav" => "lv",
        "lit" => "lt",
        "mal" => "ml",
        "mar" => "mr",
        "mkd" => "mk",
        "mya" => "my",
        "nep" => "ne",
        "nld" => "nl",
        "nob" => "nb",
        "ori" => "or",
        "pan" => "pa",
        "pes" => "fa",
        "pol" => "pl",
        "por" => "pt",
        "ron" => "ro",
        "rus" => "ru",
        "sin" => "si",
        "slk" => "sk",
        "slv" => "sl",
        "sna" => "sn",
        "spa" => "es",
        "srp" => "sr",
        "swe" => "sv",
        "tam" => "ta",
        "tel" => "te",
        "tgl" => "tl",
        "tha" => "th",
        "tuk" => "tk",
        "tur" => "tr",
        "ukr" => "uk",
        "urd" => "ur",
        "uzb" => "uz",
        "vie" => "vi",
        "yid" => "yi",
        "zul" => "zu",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_notices_name_the_outlet_but_not_an_agency() {
        let got = |l: &str| outlet_from_copyright(l);
        assert_eq!(
            got("© 2026 North Harbour Post. All rights reserved.").as_deref(),
            Some("North Harbour Post")
        );
        assert_eq!(
            got("Copyright 2019-2026 Valley Courier Media Group").as_deref(),
            Some("Valley Courier Media Group")
        );
        assert_eq!(got("(c) Coast Times, 2026").as_deref(), Some("Coast Times"));
        assert_eq!(got("© 2026 AFP"), None);
        assert_eq!(got("© 2026 all rights reserved"), None);
        assert_eq!(got("The council said © marks were removed."), None);
    }

    #[test]
    fn agency_bylines_are_normalised() {
        let b = parse_byline("By AFP");
        assert_eq!(b.agency.as_deref(), Some("AFP"));
        assert!(b.authors.is_empty());
        let b = parse_byline("By Jane Roe and Ali Haddad, Reuters");
        assert_eq!(b.authors, vec!["Jane Roe", "Ali Haddad"]);
        assert_eq!(b.agency.as_deref(), Some("Reuters"));
        let b = parse_byline("Mara Lind | Staff Reporter");
        assert_eq!(b.authors, vec!["Mara Lind"]);
        assert_eq!(b.agency, None);
        let b = parse_byline("By NPA");
        assert_eq!(b.agency.as_deref(), Some("NPA"));
        assert!(b.authors.is_empty());
        let b = parse_byline("By Associated Press");
        assert_eq!(b.agency.as_deref(), Some("AP"));
    }

    #[test]
    fn outlet_is_the_host_never_a_guess() {
        assert_eq!(
            outlet_from_url("https://www.harbourpost.example/news/1").as_deref(),
            Some("harbourpost.example")
        );
        assert_eq!(outlet_from_url("not a url"), None);
    }

    #[test]
    fn language_is_detected_on_prose() {
        let en = "The council said on Tuesday that the bridge would reopen next month after repairs to its northern span were completed.";
        assert_eq!(detect_language(en).as_deref(), Some("en"));
        let de = "Der Stadtrat teilte am Dienstag mit, dass die Brücke nach den Reparaturen im nächsten Monat wieder geöffnet wird.";
        assert_eq!(detect_language(de).as_deref(), Some("de"));
        assert_eq!(detect_language("ok"), None);
        let fr = "Le conseil municipal a annoncé mardi que le pont serait rouvert le mois prochain, après les travaux sur la travée nord. Les habitants attendent depuis des mois et la mairie a promis que les délais seraient tenus pour la saison.";
        assert_eq!(detect_language(fr).as_deref(), Some("fr"));
        let ru = "Городской совет заявил во вторник, что мост будет вновь открыт в следующем месяце после ремонта северного пролёта. Жители ждали этого несколько месяцев, и мэрия пообещала, что сроки будут соблюдены.";
        assert_eq!(detect_language(ru).as_deref(), Some("ru"));
    }
}
