//! Closed word lists and word-shape tests shared by the cue and speaker
//! readers.

use super::lexicon;

pub(super) const FUNCTION_CAPS: &[&str] = &[
    "the",
    "there",
    "but",
    "and",
    "in",
    "on",
    "at",
    "for",
    "a",
    "an",
    "if",
    "when",
    "as",
    "after",
    "before",
    "while",
    "so",
    "yet",
    "or",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "meanwhile",
    "still",
    "however",
    "since",
    "then",
    "now",
    "also",
    "even",
    "though",
    "although",
    "because",
    "with",
    "without",
    "from",
    "by",
    "to",
    "of",
    "according",
    "asked",
    "last",
    "next",
    "another",
    "one",
    "some",
    "many",
    "most",
    "several",
    "other",
    "both",
    "each",
    "every",
];

/// Prepositions that may stand inside a speaker phrase (`a spokesman for
/// the ministry`, `sources close to the campaign`).
pub(super) const NP_PREPS: &[&str] = &[
    "of",
    "for",
    "at",
    "in",
    "on",
    "from",
    "with",
    "to",
    "by",
    "near",
    "among",
    "including",
    "within",
    "across",
    "inside",
    "outside",
];

/// Attitudes towards a topic or claim (`frustrated that`, `worried about`).
pub(super) const ATTITUDES: &[&str] = &[
    "worried",
    "concerned",
    "frustrated",
    "angry",
    "upset",
    "skeptical",
    "sceptical",
    "optimistic",
    "pessimistic",
    "confident",
    "hopeful",
    "convinced",
    "adamant",
    "critical",
    "supportive",
    "wary",
    "nervous",
    "afraid",
    "fearful",
    "pleased",
    "disappointed",
    "furious",
    "outraged",
    "alarmed",
    "troubled",
    "unhappy",
    "dismissive",
    "vocal",
    "passionate",
    "coy",
    "vague",
    "clear",
    "certain",
    "sure",
    "unsure",
    "uncertain",
    "enthusiastic",
    "cautious",
];

/// Heads of evidence that `shows` or `finds` (singular forms).
pub(super) const EVIDENCE: &[&str] = &[
    "poll",
    "survey",
    "study",
    "studie",
    "data",
    "document",
    "record",
    "analysis",
    "analyse",
    "report",
    "video",
    "footage",
    "transcript",
    "email",
    "figure",
    "statistic",
    "research",
    "investigation",
    "audit",
    "review",
    "test",
    "finding",
    "filing",
    "memo",
    "letter",
    "recording",
    "photo",
    "image",
    "chart",
    "model",
    "estimate",
    "census",
    "evidence",
    "result",
    "number",
    "tally",
    "count",
    "average",
    "index",
    "projection",
];

/// First words of place names, which are not people's.
pub(super) const PLACE_FIRST: &[&str] = &[
    "new", "north", "south", "east", "west", "united", "great", "saint", "st", "san", "santa",
    "los", "las", "fort", "port", "mount", "lake", "upper", "lower", "central", "northern",
    "southern", "eastern", "western", "greater", "little", "old",
];

/// Words that may open a sentence before its subject.
pub(super) const OPENERS: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "still",
    "even",
    "meanwhile",
    "instead",
    "now",
    "also",
    "however",
    "indeed",
    "separately",
    "later",
    "then",
    "earlier",
    "today",
    "yesterday",
    "previously",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "similarly",
    "likewise",
    "finally",
    "ultimately",
    "privately",
    "publicly",
];

/// Conjunctions that open a clause whose subject may be a speaker.
pub(super) const CLAUSE_CONJ: &[&str] = &[
    "and", "but", "while", "as", "because", "although", "though", "when", "since", "after",
    "before", "if", "whereas", "where", "so", "yet",
];

pub(super) fn strip_poss(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

/// A manner or time adverb in `-ly` (`sharply`, `repeatedly`), not a
/// noun or adjective with that ending.
pub(super) fn is_ly_adverb(l: &str) -> bool {
    l.len() > 5
        && l.ends_with("ly")
        && !matches!(
            l,
            "family"
                | "daily"
                | "weekly"
                | "monthly"
                | "yearly"
                | "quarterly"
                | "early"
                | "rally"
                | "supply"
                | "assembly"
                | "italy"
                | "reply"
                | "likely"
                | "friendly"
                | "costly"
                | "elderly"
                | "lonely"
                | "unlikely"
                | "homily"
                | "anomaly"
                | "monopoly"
                | "butterfly"
                | "orderly"
                | "deadly"
                | "lovely"
                | "timely"
                | "manly"
                | "ugly"
        )
}

/// A finite auxiliary or modal: after a noun phrase it opens a clause.
pub(super) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "will"
            | "would"
            | "has"
            | "had"
            | "have"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "do"
            | "shall"
    ) || lexicon::is_negated_aux(w)
}

pub(super) fn ends_poss(l: &str) -> bool {
    l.ends_with("'s") || l.ends_with("’s")
}

/// A short quoted stretch in Title Case is a title or name (`"State of
/// the Union"`), not speech.
pub(super) fn is_title_case(inner: &str) -> bool {
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    words
        .iter()
        .filter(|w| w.chars().count() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| matches!(*w, "I" | "We" | "You"))
        && words.len() > 1
}

/// Cue verbs with a particle that makes them another verb, one that
/// reports no speech (`call up` reservists, `call off` a strike).
pub(super) const NOT_SPEECH_PHRASAL: &[(&str, &str)] =
    &[("call", "up"), ("call", "off"), ("call", "in")];

/// Nouns of a stance towards, or speech about, a topic named by a
/// preposition after them (`an opponent of`, `questions about`,
/// `criticism of`, `attacks on`), with the prepositions each takes.
/// `of` only goes with agents and acts (`supporter of`, `condemnation
/// of`), not with speech nouns whose `of` names the speaker (`the
/// comments of the mayor`).
pub(super) const STANCE_NOUNS: &[(&str, &[&str])] = &[
    ("opponent", &["of"]),
    ("opponents", &["of"]),
    ("supporter", &["of"]),
    ("supporters", &["of"]),
    ("critic", &["of"]),
    ("critics", &["of"]),
    ("defender", &["of"]),
    ("defenders", &["of"]),
    ("proponent", &["of"]),
    ("proponents", &["of"]),
    ("advocate", &["of", "for"]),
    ("advocates", &["of", "for"]),
    ("backer", &["of"]),
    ("backers", &["of"]),
    ("champion", &["of"]),
    ("criticism", &["of", "for", "over"]),
    ("condemnation", &["of"]),
    ("praise", &["of", "for"]),
    ("adulation", &["of", "for"]),
    ("admiration", &["of", "for"]),
    ("disdain", &["for", "of"]),
    ("contempt", &["for"]),
    ("skepticism", &["about", "of", "over"]),
    ("scepticism", &["about", "of", "over"]),
    ("support", &["for"]),
    ("opposition", &["to"]),
    ("objection", &["to"]),
    ("objections", &["to"]),
    ("question", &["about", "over"]),
    ("questions", &["about", "over"]),
    ("concern", &["about", "over"]),
    ("concerns", &["about", "over"]),
    ("worries", &["about", "over"]),
    ("fears", &["about", "over", "of"]),
    ("doubts", &["about", "over"]),
    ("reservations", &["about"]),
    ("illusions", &["about"]),
    ("qualms", &["about"]),
    ("misgivings", &["about"]),
    ("complaints", &["about", "over"]),
    ("comment", &["about", "on"]),
    ("comments", &["about", "on"]),
    ("remarks", &["about", "on"]),
    ("claim", &["about"]),
    ("claims", &["about", "of"]),
    ("allegations", &["about", "of"]),
    ("accusations", &["about", "of"]),
    ("attack", &["on"]),
    ("attacks", &["on"]),
    ("rhetoric", &["about", "on"]),
    ("views", &["about", "on"]),
    ("ideas", &["about", "on"]),
    ("thoughts", &["about", "on"]),
    ("stance", &["on"]),
    ("position", &["on"]),
    ("positions", &["on"]),
    ("theory", &["of", "about"]),
    ("assessment", &["of"]),
    ("warning", &["about", "of"]),
    ("warnings", &["about", "of"]),
    ("discussion", &["about", "of", "on"]),
    ("debate", &["about", "over", "on"]),
    ("answer", &["about", "on"]),
    ("speech", &["about", "on"]),
    ("speeches", &["about", "on"]),
    ("testimony", &["about", "on"]),
    ("obsession", &["with"]),
    ("call", &["for"]),
    ("calls", &["for"]),
    ("case", &["for", "against"]),
    // intentions and resolutions with their infinitive: `Doe's decision
    // to resign`, `his determination to act alone`
    ("decision", &["to"]),
    ("determination", &["to"]),
    ("plan", &["to"]),
    ("plans", &["to"]),
    ("promise", &["to"]),
    ("pledge", &["to"]),
    ("vow", &["to"]),
    ("threat", &["to"]),
    ("refusal", &["to"]),
    ("bid", &["to"]),
    ("attempt", &["to"]),
    ("intention", &["to"]),
    ("willingness", &["to"]),
    ("commitment", &["to"]),
    ("offer", &["to"]),
    ("proposal", &["to"]),
    ("reluctance", &["to"]),
    // a joint resolution: `the two towns signed an agreement to share …`
    ("agreement", &["to"]),
];

/// Verbs whose subject is the target of a stance noun after them, not its
/// holder (`faced questions about`, `drew criticism for`).
pub(super) const TARGET_VERBS: &[&str] = &[
    "face",
    "faces",
    "faced",
    "facing",
    "draw",
    "draws",
    "drew",
    "drawn",
    "drawing",
    "receive",
    "receives",
    "received",
    "receiving",
    "attract",
    "attracts",
    "attracted",
    "attracting",
];

/// Verbs of speech or stance that name their topic with a preposition
/// (`talked about`, `railed against`, `called for`, `commented on`).
pub(super) const TOPIC_VERBS: &[&str] = &[
    "talk",
    "speak",
    "rail",
    "advocate",
    "argue",
    "complain",
    "warn",
    "call",
    "push",
    "lobby",
    "testify",
    "write",
    "tweet",
    "joke",
    "brag",
    "boast",
    "caution",
    "plead",
    "campaign",
    "discuss",
    "apologize",
    "apologise",
    "comment",
    "elaborate",
    "lash",
    "hit",
    "gripe",
    "muse",
    "opine",
    "fret",
    "agonize",
    "grumble",
    "rant",
    "vent",
    "quip",
    "protest",
    "lecture",
    "preach",
    "post",
    "blog",
    "inquire",
    "ask",
    "spar",
    "weigh",
];

/// Irregular past tenses of verbs that report nothing (`sent`, `took`):
/// like a regular `-ed` form they end the subject before them (`The
/// nurses sent a letter …, calling for …`). Forms that are as often
/// reduced passives inside a subject (`led`, `held`, `made`) are left out.
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "sent",
    "took",
    "went",
    "gave",
    "got",
    "came",
    "brought",
    "began",
    "ran",
    "won",
    "kept",
    "met",
    "paid",
    "spent",
    "stood",
    "sought",
    "fought",
    "caught",
    "bought",
    "drove",
    "rode",
    "broke",
    "chose",
    "fell",
    "flew",
    "grew",
    "sank",
    "sat",
    "shook",
    "stole",
    "struck",
    "threw",
    "tore",
    "woke",
    "wore",
    "withdrew",
    "overtook",
    "forgot",
    "undertook",
    "became",
];
