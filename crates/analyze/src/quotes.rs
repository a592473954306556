//! Quotations and their speakers.
//!
//! [`extract_quotes`] finds, in one article's clean text:
//!
//! * **direct** quotes between quote marks of any kind (straight, curly,
//!   guillemets, low-high `„“`, single `‘’` when they clearly quote),
//!   tolerating unbalanced and mixed pairs, quotes over several sentences and
//!   over several paragraphs (a paragraph that opens a quote mark and leaves
//!   it open, continued by a paragraph opening with a quote mark);
//! * **indirect** speech and other attributions: a speaker phrase with a
//!   reporting verb from an inflected lexicon (`said the crisis had…`,
//!   `told X that`, `warned of`, `talked about`), beliefs and knowledge
//!   with a clause (`believes the plan will fail`), evidence (`polls show
//!   …`), `according to X`, nominal cues (`expressed regret that`, `Doe's
//!   claim that`), stances (`were frustrated that`), passives (`was first
//!   reported by X`), the trailing `…, X said.` / `…, said X, a spokesman
//!   for Y.` after a paraphrase (also before `, as …`), interposed `A, X
//!   said, B`, and two speakers in one sentence (`A said X, while B said
//!   Y`), also when the second carries a quoted fragment (`X told
//!   reporters that A, but he added that it would not "B"`);
//! * transcript turns (`"PENCE: Well, …`), headlines (`Port Will Reopen,
//!   Harbour Master Says.`, `Lind: Bridge Will Close`), a block quotation
//!   without marks after `X added:`, `…, as X put it.` and `As X noted, …`;
//! * **mixed** quotes: indirect speech carrying a quoted fragment. A quoted
//!   phrase with no reporting around it (a scare quote, a title) is dropped.
//!
//! Speakers are read before or after the cue (names with titles,
//! affiliations and appositions, organisations, nominal descriptions,
//! pronouns); a speaker phrase keeps its apposition (`said Jane Doe, a
//! lawyer for the union, who …`) but not a leading or trailing adverbial
//! (`This week, the president`, `Doe, at Monday's debate`); a cue inside the
//! complement of an earlier one (`says she appreciated … what she calls
//! "…"`) reports the outer speaker; quotes with no attribution in their own
//! sentence continue the previous speaker when they follow one. Pronouns resolve to the nearest compatible antecedent;
//! `Speaker::name` is the fullest form of the name used in the article.
//!
//! [`eval_polnear`] scores the extractor on PolNeAR JSON Lines with the
//! Gender Gap Tracker rule; [`polnear_misses`] lists its errors by category
//! (see the ignored test `dev_misses_by_category`).

mod eval;
pub mod lexicon;

pub use eval::{eval_polnear, polnear_misses, EvalError, QuoteEvalReport};

use parallax_core::{Evidence, Quote, QuoteKind, Span, Spanned, Speaker};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct,
    Mark,
}

#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    e: usize,
    kind: Kind,
    lower: String,
    cap: bool,
}

/// A top-level quoted stretch: byte offsets including its marks.
#[derive(Debug, Clone, Copy)]
struct QSpan {
    s: usize,
    e: usize,
    /// Inner start/end (without marks).
    is: usize,
    ie: usize,
}

fn is_open_ctx(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-:/".contains(c) || is_mark(c),
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›'
    )
}

/// Top-level quote spans of `text`, paragraph-aware.
fn find_quote_spans(text: &str) -> Vec<QSpan> {
    let mut out = Vec::new();
    // two apostrophes stand for a double quote mark (`''…''`): read the
    // first as `"` and drop the second
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    let mut it = text.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if c == '\'' && it.peek().is_some_and(|x| x.1 == '\'') {
            it.next();
            chars.push((b, '"'));
            continue;
        }
        chars.push((b, c));
    }
    let n = chars.len();
    // open: (byte start, inner start, opening char, is_single)
    let mut open: Option<(usize, usize, char)> = None;
    let mut single_depth = 0usize;
    // curly quotes nested in a straight one (`"He called it “a farce.” …`)
    let mut curly_depth = 0usize;
    let mut i = 0;
    while i < n {
        let (b, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|x| x.1);
        let end_b = chars.get(i + 1).map_or(text.len(), |x| x.0);
        // paragraph break
        if c == '\n' && next == Some('\n') {
            if let Some((s, is, oc)) = open {
                // find first non-space char of next paragraph
                let mut k = i + 1;
                while k < n && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let cont = k < n
                    && is_opening_of(chars[k].1, oc)
                    && !speaker_label(&text[chars.get(k + 1).map_or(text.len(), |x| x.0)..]);
                if cont {
                    // quote continues across the paragraph break
                    i = k + 1;
                    continue;
                }
                // unbalanced: close at the end of the paragraph
                let mut pe = b;
                while pe > is && text[..pe].ends_with(char::is_whitespace) {
                    pe -= text[..pe].chars().next_back().map_or(1, char::len_utf8);
                }
                if oc != '‘' && pe > is {
                    out.push(QSpan {
                        s,
                        e: pe,
                        is,
                        ie: pe,
                    });
                }
                open = None;
                single_depth = 0;
            }
            i += 1;
            continue;
        }
        match open {
            None => {
                let opens = match c {
                    '“' | '„' | '«' | '‹' => true,
                    '"' | '”' => is_open_ctx(prev) && next.is_some_and(|x| !x.is_whitespace()),
                    '‘' | '‚' => {
                        is_open_ctx(prev)
                            && next.is_some_and(|x| x.is_alphanumeric() || is_mark(x) || x == '.')
                            && single_closes(&chars, i + 1)
                    }
                    _ => false,
                };
                if opens {
                    open = Some((b, end_b, c));
                    single_depth = 0;
                    curly_depth = 0;
                }
            }
            Some((s, is, oc)) => {
                let single = oc == '‘' || oc == '‚' || oc == '‹';
                let closes = if single {
                    match c {
                        '’' | '‘' | '›' => !next.is_some_and(char::is_alphanumeric),
                        _ => false,
                    }
                } else if oc == '"' && (c == '“' || c == '”' && curly_depth > 0) {
                    // a curly pair inside a straight quotation is nested
                    if c == '“' {
                        curly_depth += 1;
                    } else {
                        curly_depth -= 1;
                    }
                    false
                } else {
                    match c {
                        '”' | '»' => true,
                        '“' => oc == '„' || !is_open_ctx(prev) || next.is_none_or_ws(),
                        '"' => {
                            // nested straight quote opening inside curly? treat as close
                            !(is_open_ctx(prev)
                                && next.is_some_and(|x| x.is_alphanumeric())
                                && oc != '"')
                        }
                        '‘' => {
                            if is_open_ctx(prev) && next.is_some_and(char::is_alphanumeric) {
                                single_depth += 1;
                            }
                            false
                        }
                        '’' => {
                            if single_depth > 0 && !next.is_some_and(char::is_alphanumeric) {
                                single_depth -= 1;
                            }
                            false
                        }
                        _ => false,
                    }
                };
                if closes {
                    out.push(QSpan {
                        s,
                        e: end_b,
                        is,
                        ie: b,
                    });
                    open = None;
                } else if c == '“' && oc != '„' && oc != '"' && is_open_ctx(prev) {
                    // a new opening mark while one is open: the first was unbalanced
                    let mut pe = b;
                    while pe > is && text[..pe].ends_with(char::is_whitespace) {
                        pe -= 1;
                    }
                    if pe > is {
                        out.push(QSpan {
                            s,
                            e: pe,
                            is,
                            ie: pe,
                        });
                    }
                    open = Some((b, end_b, c));
                }
            }
        }
        i += 1;
    }
    if let Some((s, is, oc)) = open {
        let pe = text.trim_end().len();
        if oc != '‘' && pe > is {
            out.push(QSpan {
                s,
                e: pe,
                is,
                ie: pe,
            });
        }
    }
    out
}

trait NextExt {
    fn is_none_or_ws(&self) -> bool;
}
impl NextExt for Option<char> {
    fn is_none_or_ws(&self) -> bool {
        self.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
    }
}

fn is_opening_of(c: char, oc: char) -> bool {
    match oc {
        '„' => c == '„',
        '«' => c == '«',
        // a writer keeps one style of marks: a straight quote left open is
        // not continued by a curly one (nor the reverse), which is a
        // stray mark more often than a quotation over paragraphs
        '"' => c == '"',
        '“' | '”' => matches!(c, '“' | '”'),
        _ => matches!(c, '"' | '“' | '”') && oc != '‘' || (oc == '‘' && c == '‘'),
    }
}

/// Does `rest` open with a transcript speaker label (`PENCE:`, `MS.
/// LINDQVIST:`): one to three words in capitals and a colon? Returns the
/// label's byte length (without the colon).
fn speaker_label_len(rest: &str) -> Option<usize> {
    let colon = rest.get(..rest.len().min(40))?.find(':')?;
    let label = &rest[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let ok = (1..=3).contains(&words.len())
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'')
        && !label.starts_with(' ');
    ok.then_some(colon)
}

fn speaker_label(rest: &str) -> bool {
    speaker_label_len(rest).is_some()
}

/// Does a single quote opened before `from` close within the paragraph
/// (a `’` followed by a non-letter)?
fn single_closes(chars: &[(usize, char)], from: usize) -> bool {
    let mut k = from;
    while k < chars.len() {
        let c = chars[k].1;
        if c == '\n' {
            return false;
        }
        if c == '’' || c == '\'' {
            let nx = chars.get(k + 1).map(|x| x.1);
            if !nx.is_some_and(char::is_alphanumeric) {
                return true;
            }
        }
        k += 1;
    }
    false
}

/// A party and state abbreviation (`D-N.C`, `R-Fla`, `I-Vt`) whose final
/// dot belongs to it: `Rep. Jane Doe (D-N.C.) said`.
fn party_state(w: &str) -> bool {
    let mut parts = w.splitn(2, '-');
    let (Some(party), Some(state)) = (parts.next(), parts.next()) else {
        return false;
    };
    let last = state.rsplit('.').next().unwrap_or("");
    party.chars().count() == 1
        && party.chars().all(|c| c.is_ascii_uppercase())
        && (1..=4).contains(&last.chars().count())
        && last.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut e = b + c.len_utf8();
            while let Some(&(b2, c2)) = it.peek() {
                if c2.is_alphanumeric() {
                    e = b2 + c2.len_utf8();
                    it.next();
                } else if matches!(c2, '\'' | '’' | '-' | '.' | '&') {
                    // internal apostrophe, hyphen, abbreviation dot
                    let rest = &text[b2 + c2.len_utf8()..];
                    let nx = rest.chars().next();
                    let word_so_far = &text[b..e];
                    let abbrev = c2 == '.'
                        && (word_so_far.chars().count() <= 3
                            && word_so_far.chars().next().is_some_and(char::is_uppercase)
                            || nx.is_some_and(char::is_alphabetic)
                            || matches!(nx, Some(')' | ',')) && party_state(word_so_far));
                    if nx.is_some_and(char::is_alphanumeric) || abbrev {
                        e = b2 + c2.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let w = &text[b..e];
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            toks.push(Tok {
                s: b,
                e,
                kind: Kind::Word,
                lower: w.to_lowercase(),
                cap,
            });
        } else {
            let kind = if is_mark(c) { Kind::Mark } else { Kind::Punct };
            toks.push(Tok {
                s: b,
                e: b + c.len_utf8(),
                kind,
                lower: c.to_string(),
                cap: false,
            });
        }
    }
    toks
}

/// A found attribution: speaker token range, cue token range, content bytes.
#[derive(Debug, Clone)]
struct Attr {
    speaker: Option<(usize, usize)>,
    cue: (usize, usize),
    content: (usize, usize),
}

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Capitalised name runs: (start byte, end byte, words).
    names: Vec<(usize, usize, Vec<String>)>,
}

const FUNCTION_CAPS: &[&str] = &[
    "the",
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
const NP_PREPS: &[&str] = &[
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
const ATTITUDES: &[&str] = &[
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
const EVIDENCE: &[&str] = &[
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
const PLACE_FIRST: &[&str] = &[
    "new", "north", "south", "east", "west", "united", "great", "saint", "st", "san", "santa",
    "los", "las", "fort", "port", "mount", "lake", "upper", "lower", "central", "northern",
    "southern", "eastern", "western", "greater", "little", "old",
];

/// Words that may open a sentence before its subject.
const OPENERS: &[&str] = &[
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
const CLAUSE_CONJ: &[&str] = &[
    "and", "but", "while", "as", "because", "although", "though", "when", "since", "after",
    "before", "if", "whereas", "where", "so", "yet",
];

fn strip_poss(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

impl<'a> Ctx<'a> {
    /// The noun phrase starting at token `from`: all of `from..stop` when
    /// it is one, else the one [`Ctx::right_np`] reads up to `hi`.
    fn np_then(&self, from: usize, stop: usize, hi: usize) -> Option<(usize, usize)> {
        if self.np_like(from, stop) {
            Some((from, stop))
        } else {
            self.right_np(from, hi)
        }
    }

    fn new(text: &'a str) -> Self {
        let mut toks = tokenize(text);
        uncap_headline_verbs(text, &mut toks);
        let mut names = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind == Kind::Word && toks[i].cap {
                let mut j = i;
                while j + 1 < toks.len()
                    && toks[j + 1].kind == Kind::Word
                    && toks[j + 1].cap
                    && text[toks[j].e..toks[j + 1].s].chars().all(|c| c == ' ')
                    && !ends_poss(&toks[j].lower)
                {
                    j += 1;
                }
                let mut words: Vec<String> = Vec::new();
                let mut s = None;
                // a title inside the run ends the prefix: `Oversight
                // Chairman Jason Chaffetz` → `Jason Chaffetz`
                let mut from = i;
                for k in i..j {
                    if lexicon::is_title(toks[k].lower.trim_end_matches('.'))
                        && !lexicon::is_title(toks[k + 1].lower.trim_end_matches('.'))
                    {
                        from = k + 1;
                    }
                }
                for t in &toks[from..=j] {
                    let l = t.lower.as_str();
                    if words.is_empty()
                        && (FUNCTION_CAPS.contains(&l)
                            || lexicon::is_title(l.trim_end_matches('.')))
                    {
                        continue;
                    }
                    if s.is_none() {
                        s = Some(t.s);
                    }
                    words.push(strip_poss(&text[t.s..t.e]).to_string());
                }
                if let Some(s) = s {
                    names.push((s, toks[j].e, words));
                }
                i = j + 1;
            } else {
                i += 1;
            }
        }
        Ctx { text, toks, names }
    }

    /// An auxiliary or adverb that may stand between a subject and its
    /// verb (`has`, `also`, `sharply`, `repeatedly`).
    fn between(&self, i: usize) -> bool {
        // a year in a short time phrase: `who in 2010 said`
        let year = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.lower.len() == 4 && t.lower.bytes().all(|b| b.is_ascii_digit()))
        };
        // a day after `on`: `Sanders on Tuesday said`
        let dated_day = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                t.cap
                    && t.lower.ends_with("day")
                    && lexicon::is_between(&t.lower)
                    && k > 0
                    && matches!(
                        self.toks[k - 1].lower.as_str(),
                        "on" | "last" | "this" | "next"
                    )
            })
        };
        if dated_day(i) {
            return true;
        }
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.cap
                && (lexicon::is_between(&t.lower)
                    || matches!(t.lower.as_str(), "almost" | "nearly" | "soon")
                    || is_ly_adverb(&t.lower)
                    || matches!(t.lower.as_str(), "in" | "since") && year(i + 1)
                    // `Doe this week said`
                    || matches!(t.lower.as_str(), "this" | "next" | "early" | "late")
                        && self.word(i + 1).is_some_and(|w| {
                            matches!(
                                w,
                                "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "weekend"
                            )
                        })
                    || year(i) && i > 0 && matches!(self.toks[i - 1].lower.as_str(), "in" | "since"))
        })
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_str())
    }

    /// Token index range [a, b) of tokens inside byte range [s, e).
    fn tok_range(&self, s: usize, e: usize) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.s < s);
        let b = self.toks.partition_point(|t| t.s < e);
        (a, b.max(a))
    }

    /// Subject noun phrase ending just before token `i` (skipping
    /// auxiliaries/adverbs), within [lo, i).
    fn left_np(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j > lo && self.between(j - 1) {
            j -= 1;
        }
        if j <= lo {
            return None;
        }
        let mut end = j; // exclusive
                         // a parenthesis right before the verb: `Sen. Jane Doe (D-Wash.) said`
        if self.toks[end - 1].lower == ")" {
            let mut k = end - 1;
            while k > lo && self.toks[k].lower != "(" && end - k < 12 {
                k -= 1;
            }
            if self.toks[k].lower == "(" && k > lo {
                return self.left_np_plain(lo, k).map(|np| (np.0, end));
            }
            return None;
        }
        let last = &self.toks[end - 1];
        if last.kind == Kind::Punct && last.lower == "," {
            // apposition(s): NAME, a spokesman for X, one of Y, said
            let mut k = end - 1;
            let mut best = None;
            while k > lo && end - k < 32 {
                k -= 1;
                let t = &self.toks[k];
                if t.kind == Kind::Mark
                    || matches!(
                        t.lower.as_str(),
                        "." | ";" | ":" | "!" | "?" | "said" | "says"
                    )
                {
                    break;
                }
                if t.lower == "," {
                    if let Some(np) = self.left_np_plain(lo, k) {
                        let starts_clause = np.0 == lo
                            || matches!(self.toks[np.0 - 1].lower.as_str(), "," | "(" | "—" | "–")
                            || self.toks[np.0 - 1].kind == Kind::Mark;
                        if self.toks[np.0..np.1].iter().any(|t| t.cap) && starts_clause {
                            // keep the leftmost: the name opens the chain
                            best = Some((np.0, end - 1));
                        }
                    }
                }
            }
            return best;
        }
        end = j;
        self.left_np_plain(lo, end)
    }

    fn left_np_plain(&self, lo: usize, end: usize) -> Option<(usize, usize)> {
        if end <= lo {
            return None;
        }
        let last = &self.toks[end - 1];
        if last.kind != Kind::Word {
            return None;
        }
        if lexicon::PRONOUNS.contains(&last.lower.as_str()) || last.lower == "who" {
            return Some((end - 1, end));
        }
        if lexicon::is_stop(&last.lower) && !last.cap {
            return None;
        }
        let mut k = end - 1;
        let mut lowers = 0;
        let mut anchored = last.cap || lexicon::is_bare_head(&last.lower);
        let mut n = 1;
        while k > lo && n < 9 {
            let t = &self.toks[k - 1];
            if t.kind != Kind::Word {
                break;
            }
            let l = t.lower.as_str();
            if lexicon::is_det(l) {
                k -= 1;
                anchored = true;
                break;
            }
            if matches!(l, "of" | "for" | "at" | "in" | "from") {
                // only inside a name-like phrase: "spokesman for the State
                // Department", or a part of a group: "small groups of
                // protesters", "52 percent of voters"
                let right = &self.toks[k];
                let partitive = l == "of"
                    && k >= 2
                    && self.toks[k - 2].kind == Kind::Word
                    && !self.toks[k - 2].cap
                    && !lexicon::is_stop(&self.toks[k - 2].lower)
                    && !lexicon::is_verb(&self.toks[k - 2].lower)
                    && (self.toks[k - 2].lower.ends_with('s')
                        || matches!(
                            self.toks[k - 2].lower.as_str(),
                            "percent"
                                | "chorus"
                                | "group"
                                | "majority"
                                | "minority"
                                | "handful"
                                | "dozen"
                                | "number"
                                | "host"
                                | "coalition"
                                | "team"
                                | "panel"
                                | "board"
                                | "council"
                                | "committee"
                                | "one"
                                | "some"
                                | "many"
                                | "most"
                                | "all"
                                | "none"
                                | "each"
                                | "several"
                        ));
                if right.cap || lexicon::is_det(&right.lower) || partitive {
                    k -= 1;
                    n += 1;
                    continue;
                }
                break;
            }
            if l == "and" && k >= 2 {
                // coordinated speakers: `Mr. Grassley and Mr. Leahy`
                let right = &self.toks[k];
                let left = &self.toks[k - 2];
                let nominal = |t: &Tok| {
                    t.kind == Kind::Word
                        && (t.cap || lexicon::is_bare_head(&t.lower))
                        && !lexicon::is_stop(&t.lower)
                };
                if (nominal(right) || lexicon::is_det(&right.lower)) && nominal(left) {
                    k -= 1;
                    n += 1;
                    continue;
                }
                break;
            }
            if lexicon::is_stop(l) || lexicon::PRONOUNS.contains(&l) {
                break;
            }
            if t.cap {
                if FUNCTION_CAPS.contains(&l) && self.sentence_initial(k - 1) {
                    break;
                }
                anchored = true;
            } else {
                if lexicon::is_verb(l) || l.ends_with("ed") && l.len() > 4 {
                    break;
                }
                lowers += 1;
                if lowers > 3 {
                    return None;
                }
                if ends_poss(l) {
                    anchored = true;
                }
            }
            k -= 1;
            n += 1;
        }
        // strip a leading preposition
        while k < end
            && matches!(
                self.toks[k].lower.as_str(),
                "of" | "for" | "at" | "in" | "from"
            )
        {
            k += 1;
        }
        if k >= end || !anchored {
            return None;
        }
        // sentence-initial capitalised function word alone
        if end - k == 1 && FUNCTION_CAPS.contains(&self.toks[k].lower.as_str()) {
            return None;
        }
        Some((k, end))
    }

    /// Is token range [a, b) a plausible speaker phrase: a name with
    /// titles, affiliations and appositions, an organisation, a nominal
    /// description (`Experts on North Korea and nuclear nonproliferation`,
    /// `one of the family's attorneys, Justin Bamberg`), or a personal
    /// pronoun alone? No finite verb, clause word or quote mark inside.
    fn np_like(&self, a: usize, b: usize) -> bool {
        if b <= a || b - a > 24 || b > self.toks.len() {
            return false;
        }
        let toks = &self.toks[a..b];
        let first = &toks[0];
        if b - a == 1 && first.kind == Kind::Word {
            let l = first.lower.as_str();
            if lexicon::PRONOUNS.contains(&l) {
                return l != "it";
            }
        }
        if first.kind != Kind::Word
            || NP_PREPS.contains(&first.lower.as_str())
            || lexicon::is_stop(&first.lower)
            || lexicon::PRONOUNS.contains(&first.lower.as_str())
            || first.cap
                && FUNCTION_CAPS.contains(&first.lower.as_str())
                && !lexicon::is_det(&first.lower)
        {
            return false;
        }
        let last = &toks[toks.len() - 1];
        // `the mother of three`: a number after `of` ends a description
        let of_number = toks.len() >= 3
            && toks[toks.len() - 2].lower == "of"
            && matches!(
                last.lower.as_str(),
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            );
        if !(last.kind == Kind::Word || last.lower == ")")
            || last.kind == Kind::Word
                && !last.cap
                && !of_number
                && (lexicon::is_det(&last.lower)
                    || NP_PREPS.contains(&last.lower.as_str())
                    || lexicon::is_stop(&last.lower)
                    || is_ly_adverb(&last.lower))
        {
            return false;
        }
        // a plural common noun heads a clause-opening phrase:
        // `environmentalists worry`, `Republican lawmakers say`
        let mut anchored = last.kind == Kind::Word
            && !last.cap
            && last.lower.len() > 4
            && last.lower.ends_with('s')
            && !last.lower.ends_with("ss")
            && !last.lower.ends_with("ous")
            && !ends_poss(&last.lower)
            && !lexicon::is_verb(&last.lower);
        let mut lowers = 0;
        for (k, t) in toks.iter().enumerate() {
            match t.kind {
                Kind::Mark => return false,
                Kind::Punct => {
                    if !matches!(
                        t.lower.as_str(),
                        "," | "(" | ")" | "-" | "—" | "–" | "&" | "/"
                    ) {
                        return false;
                    }
                }
                Kind::Word => {
                    let l = t.lower.as_str();
                    if t.cap {
                        if k > 0 || !FUNCTION_CAPS.contains(&l) || lexicon::is_det(l) {
                            anchored = true;
                        }
                        continue;
                    }
                    if t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                        // a share of a group: `63 percent said`
                        anchored |= self
                            .toks
                            .get(a + k + 1)
                            .is_some_and(|n| matches!(n.lower.as_str(), "percent" | "%"));
                        continue;
                    }
                    if NP_PREPS.contains(&l) || l == "and" {
                        continue;
                    }
                    if lexicon::is_stop(l)
                        || lexicon::PRONOUNS.contains(&l)
                        || lexicon::is_between(l)
                            && !matches!(
                                l,
                                "first"
                                    | "long"
                                    | "last"
                                    | "week"
                                    | "month"
                                    | "year"
                                    | "morning"
                                    | "afternoon"
                                    | "evening"
                                    | "night"
                            )
                    {
                        return false;
                    }
                    if lexicon::is_verb(l)
                        && lexicon::lemma(l) != Some(l)
                        && !l.ends_with("ing")
                        && !(l.ends_with('s') && k > 0 && !self.toks[a + k - 1].cap)
                    {
                        return false;
                    }
                    if lexicon::is_det(l)
                        || ends_poss(l)
                        || lexicon::is_bare_head(l)
                        || lexicon::is_title(l)
                    {
                        anchored = true;
                    }
                    lowers += 1;
                    if lowers > 12 {
                        return false;
                    }
                }
            }
        }
        anchored
    }

    /// The first token of the sentence's opening clause: past a leading
    /// conjunction or sentence adverb (`But`, `Even`, `Meanwhile,`) and any
    /// punctuation.
    fn clause_open(&self, lo: usize, hi: usize) -> usize {
        let mut s = lo;
        while s < hi && self.toks[s].kind != Kind::Word {
            s += 1;
        }
        if s < hi && OPENERS.contains(&self.toks[s].lower.as_str()) {
            s += 1;
            while s < hi && self.toks[s].lower == "," {
                s += 1;
            }
        }
        // a leading adverbial closed by a comma: `During a speech on
        // Monday, Trump …`
        if s < hi
            && matches!(
                self.toks[s].lower.as_str(),
                "during"
                    | "in"
                    | "at"
                    | "on"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "despite"
                    | "with"
                    | "without"
                    | "since"
                    | "as"
                    | "amid"
                    | "following"
                    | "for"
                    | "from"
                    | "asked"
                    | "speaking"
                    | "writing"
            )
        {
            if let Some(c) = (s + 1..hi.min(s + 25)).find(|&k| self.toks[k].lower == ",") {
                if c + 1 < hi {
                    s = c + 1;
                }
            }
        }
        s
    }

    /// Does the stretch [a, c) end in a head that can open a speaker phrase
    /// (a name, a parenthesis, a speaker noun, a title, a plural noun)?
    fn head_like(&self, a: usize, c: usize) -> bool {
        if c <= a {
            return false;
        }
        let t = &self.toks[c - 1];
        let l = t.lower.as_str();
        t.lower == ")"
            || t.kind == Kind::Word
                && (t.cap
                    || lexicon::is_bare_head(l)
                    || lexicon::is_title(l)
                    || lexicon::PRONOUNS.contains(&l)
                    || l.len() > 3
                        && l.ends_with('s')
                        && !l.ends_with("ss")
                        && !ends_poss(l)
                        && !lexicon::is_verb(l))
    }

    /// The subject before a verb at token `i`: the widest plausible speaker
    /// phrase that opens a clause (the sentence, or the text after a comma,
    /// a dash or a conjunction) and runs up to the verb (auxiliaries and
    /// adverbs between them skipped).
    fn clause_subject(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j > lo && self.between(j - 1) {
            j -= 1;
        }
        // the comma closing an apposition
        if j > lo + 1 && self.toks[j - 1].lower == "," {
            j -= 1;
        }
        if j <= lo {
            return None;
        }
        let s0 = self.clause_open(lo, j);
        if s0 < j && self.np_like(s0, j) {
            // `The middle fifth paid 8 percent, the agency said`: a
            // first stretch that is no name or head noun is a clause of
            // its own, and the subject follows its comma
            if let Some(c) = (s0..j).find(|&k| self.toks[k].lower == ",") {
                // (`Apple's chief executive, Tim Cook, said`: a
                // description before a name in apposition stays)
                let name_after = self.toks.get(c + 1).is_some_and(|t| {
                    t.kind == Kind::Word && t.cap && !FUNCTION_CAPS.contains(&t.lower.as_str())
                });
                if !self.head_like(s0, c) && !name_after {
                    let c2 = (c..j)
                        .rev()
                        .find(|&k| self.toks[k].lower == ",")
                        .unwrap_or(c);
                    if c2 + 1 < j && self.np_like(c2 + 1, j) {
                        return Some((c2 + 1, j));
                    }
                }
            }
            return Some((s0, j));
        }
        // `Brian Baker, a longtime adviser … who oversees …, said`: a name,
        // then an apposition of any shape closed by the comma before the verb
        if j < i && self.toks[j].lower == "," {
            if let Some(c1) = (s0 + 1..j).find(|&k| self.toks[k].lower == ",") {
                if j - s0 <= 40
                    && self.np_like(s0, c1)
                    && self.toks[s0..c1].iter().any(|t| t.cap)
                    && !self.toks[c1..j].iter().any(|t| {
                        t.kind == Kind::Mark || matches!(t.lower.as_str(), "." | ";" | ":")
                    })
                {
                    return Some((s0, j));
                }
            }
        }
        let from = j.saturating_sub(24).max(lo);
        for k in from..j {
            let l = self.toks[k].lower.as_str();
            // (`which he said were …`, `what the senators said was …`: the
            // subject of a relative clause)
            let opens = matches!(l, "," | ";" | ":" | "(" | "—" | "–" | "which" | "what")
                || self.toks[k].kind == Kind::Mark
                || CLAUSE_CONJ.contains(&l);
            if opens && k + 1 < j && self.np_like(k + 1, j) {
                // an apposition chain must not start mid-phrase: `…, a
                // spokesman for X,` is fine, `the plan, officials` too
                return Some((k + 1, j));
            }
        }
        None
    }

    /// A trailing attribution after the last comma of a sentence
    /// (`…, sources said.`, `…, a spokesman announced Monday morning.`,
    /// `…, said the ministry.`, `…, The Post has learned.`): speaker, cue
    /// and the token index of that comma.
    fn trailing(&self, lo: usize, hi: usize) -> Option<(Attr, usize)> {
        // the sentence end, past closing punctuation
        let mut end = hi;
        while end > lo && self.toks[end - 1].kind != Kind::Word {
            end -= 1;
        }
        // commas from the end: the leftmost that opens an attribution
        // running to the end (`…, said Jeffrey N. Trimble, a senior
        // official with …`) wins
        let mut best = None;
        let mut c = end;
        let mut commas = 0;
        while c > lo + 4 && end - c < 40 && commas < 4 {
            c -= 1;
            let t = &self.toks[c];
            if t.kind == Kind::Mark || matches!(t.lower.as_str(), ";" | ":") {
                break;
            }
            if matches!(t.lower.as_str(), "," | "—" | "–")
                && self.toks.get(c + 1).is_some_and(|n| n.s > t.e)
            {
                commas += 1;
                let a = if self.word(c + 1) == Some("as") {
                    self.trailing_as(c + 2, end)
                } else {
                    self.trailing_at(c + 1, end)
                };
                if let Some(a) = a {
                    best = Some((a, c));
                }
            }
        }
        best
    }

    /// Does the stretch [lo, c) open with an adverbial (`In her 2003 book`,
    /// `Through a spokesman`, `Unlike the others`) rather than a statement?
    fn adverbial_lead(&self, lo: usize, c: usize) -> bool {
        let first = self.toks[lo..c.min(self.toks.len())]
            .iter()
            .find(|t| t.kind == Kind::Word && !OPENERS.contains(&t.lower.as_str()));
        first.is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "through"
                    | "after"
                    | "before"
                    | "with"
                    | "without"
                    | "for"
                    | "from"
                    | "since"
                    | "until"
                    | "unlike"
                    | "like"
                    | "as"
                    | "among"
                    | "despite"
                    | "amid"
                    | "following"
                    | "when"
                    | "while"
                    | "if"
                    | "because"
                    | "although"
                    | "though"
                    | "by"
            )
        })
    }

    /// A trailing `…, as X said.` / `…, as X put it.` from token `c` (after
    /// `as`) to the sentence end `end`: the speaker, a reporting verb (or
    /// `put it`) and at most a short adverbial after it.
    fn trailing_as(&self, c: usize, end: usize) -> Option<Attr> {
        let v = (c + 1..end).find(|&k| {
            let t = &self.toks[k];
            t.kind == Kind::Word
                && !t.cap
                && (lexicon::is_verb(&t.lower)
                    || t.lower == "put" && self.word(k + 1) == Some("it"))
        })?;
        let cue_end = if self.toks[v].lower == "put" {
            v + 2
        } else {
            v + 1
        };
        let tail = self.toks[cue_end.min(end)..end]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count();
        let mut j = v;
        while j > c && self.between(j - 1) {
            j -= 1;
        }
        // the comma closing an apposition: `as experts, including Doe, noted`
        if j > c + 1 && self.toks[j - 1].lower == "," {
            j -= 1;
        }
        (tail <= 4 && j > c && self.np_like(c, j)).then_some(Attr {
            speaker: Some((c, j)),
            cue: (v, cue_end),
            content: (0, 0),
        })
    }

    /// A trailing attribution from token `c` (just after a comma) to the
    /// sentence end `end`.
    fn trailing_at(&self, c: usize, end: usize) -> Option<Attr> {
        if c >= end {
            return None;
        }
        // the verb: the first reporting verb after the comma
        let v = (c..end).find(|&k| {
            let t = &self.toks[k];
            t.kind == Kind::Word && !t.cap && lexicon::is_verb(&t.lower)
        })?;
        // a subordinate clause may follow the attribution: `…, officials
        // said, as rescuers searched …`
        let end = (v + 1..end)
            .find(|&k| {
                self.toks[k].lower == ","
                    && self.word(k + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "as" | "while"
                                | "after"
                                | "when"
                                | "before"
                                | "because"
                                | "although"
                                | "though"
                                | "since"
                                | "even"
                                | "despite"
                                | "amid"
                        )
                    })
            })
            .unwrap_or(end);
        let after = self.toks[v + 1..end]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count();
        if v == c {
            // inverted: `, said the ministry`, `, said Jane Doe, a spokeswoman`
            if lexicon::is_weak_verb(&self.toks[v].lower) || self.toks[v].lower.ends_with("ing") {
                return None;
            }
            let comma = (v + 1..end)
                .find(|&k| self.toks[k].lower == ",")
                .unwrap_or(end);
            let apposition = |c: usize| {
                c == end
                    || self.np_like(c + 1, end)
                    || self.apposition_end(c, end).is_some()
                    || end - c <= 30
                        && self.toks.get(c + 1).is_some_and(|t| {
                            t.kind == Kind::Word && (t.cap || lexicon::is_det(&t.lower))
                        })
                        && !self.toks[c..end].iter().any(|t| t.kind == Kind::Mark)
            };
            let np = if self.np_like(v + 1, comma) && apposition(comma) {
                (v + 1, self.apposition_end(comma, end).unwrap_or(comma))
            } else {
                let np = self.right_np(v + 1, end)?;
                let tail = self.toks[np.1..end]
                    .iter()
                    .filter(|t| t.kind == Kind::Word)
                    .count();
                // (`, said the bridge was safe` is a reported clause)
                let adverbial = tail == 0
                    || self.word(np.1).is_some_and(|w| {
                        NP_PREPS.contains(&w)
                            || lexicon::is_between(w) && !is_aux(w)
                            || matches!(
                                w,
                                "during" | "after" | "before" | "late" | "early" | "this"
                            )
                    });
                if tail > 4 || !adverbial || !self.np_like(np.0, np.1) {
                    return None;
                }
                np
            };
            return Some(Attr {
                speaker: Some(np),
                cue: (v, v + 1),
                content: (0, 0),
            });
        }
        if after > 5
            || after > 0 && lexicon::is_weak_verb(&self.toks[v].lower)
            || self.toks[v + 1..end]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "that" | "to" | "," | "and" | "but"))
        {
            return None;
        }
        let mut j = v;
        while j > c && self.between(j - 1) {
            j -= 1;
        }
        if j <= c || !self.np_like(c, j) {
            return None;
        }
        let mut cue_s = j;
        while cue_s < v && !matches!(self.toks[cue_s].lower.as_str(), "has" | "have" | "had") {
            cue_s += 1;
        }
        let cue_s = if cue_s < v { cue_s } else { v };
        Some(Attr {
            speaker: Some((c, j)),
            cue: (cue_s, v + 1),
            content: (0, 0),
        })
    }

    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let p = &self.toks[i - 1];
        matches!(p.lower.as_str(), "." | "!" | "?" | ":" | "\"" | "“" | "”")
            || self.text[p.e..self.toks[i].s].contains('\n')
    }

    /// The end of an apposition after a speaker name that stops at token
    /// `comma` (`said Jane Doe, a lawyer for the union, who …`), within
    /// [comma, hi): the apposition runs to the sentence end, short of a
    /// relative `which`, a participle (`, adding …`), an adverbial (`, in a
    /// statement`) or a quote. None when no apposition opens there.
    fn apposition_end(&self, comma: usize, hi: usize) -> Option<usize> {
        if self.toks.get(comma)?.lower != "," || comma + 1 >= hi {
            return None;
        }
        let first = &self.toks[comma + 1];
        let l = first.lower.as_str();
        // `Jane Doe, who heads …`, `Jane Doe, of the Baptist Church`,
        // `Jane Doe, head of …`, `Jane Doe, now a consultant`
        let relative = matches!(l, "who" | "whose");
        let affiliation = l == "of" && self.toks.get(comma + 2).is_some_and(|t| t.cap);
        let role = first.kind == Kind::Word
            && !first.cap
            && (l == "now"
                || lexicon::is_title(l)
                || self
                    .word(comma + 2)
                    .is_some_and(|w| matches!(w, "of" | "for" | "at")));
        let opens = relative
            || affiliation
            || first.kind == Kind::Word
                && (lexicon::is_det(&first.lower)
                    || first.cap
                    || role
                    || lexicon::is_title(first.lower.trim_end_matches('.'))
                    || lexicon::is_bare_head(&first.lower))
                && !lexicon::is_stop(&first.lower)
                && !NP_PREPS.contains(&first.lower.as_str())
                && !lexicon::is_verb(&first.lower)
                && !first.lower.ends_with("ing");
        if !opens {
            return None;
        }
        let mut end = comma + 1;
        let mut k = comma + 1;
        while k < hi && k - comma < 48 {
            let t = &self.toks[k];
            if t.kind == Kind::Mark || matches!(t.lower.as_str(), "." | ";" | ":" | "!" | "?") {
                break;
            }
            if matches!(t.lower.as_str(), "," | "—" | "–") {
                let stops = self.toks.get(k + 1).is_none_or(|n| {
                    n.kind != Kind::Word
                        || matches!(
                            n.lower.as_str(),
                            "which"
                                | "where"
                                | "when"
                                | "while"
                                | "as"
                                | "and"
                                | "but"
                                | "although"
                                | "though"
                                | "because"
                                | "according"
                                | "after"
                                | "before"
                                | "since"
                                | "if"
                                | "in"
                                | "on"
                                | "at"
                                | "during"
                                | "however"
                        )
                        || !n.cap && n.lower.ends_with("ing")
                        || !n.cap && lexicon::is_verb(&n.lower)
                        || !n.cap && is_ly_adverb(&n.lower)
                });
                if stops {
                    break;
                }
            } else {
                end = k + 1;
            }
            k += 1;
        }
        (end > comma + 1).then_some(end)
    }

    /// Speaker phrase right after token `i` (inverted `said Smith`).
    fn right_np(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let mut k = i;
        if k >= hi || self.toks[k].kind != Kind::Word {
            return None;
        }
        let first = self.toks[k].lower.as_str();
        if lexicon::PRONOUNS.contains(&first) && first != "it" {
            return Some((k, k + 1));
        }
        let mut anchored = false;
        if lexicon::is_det(first) {
            anchored = true;
            k += 1;
        }
        let start = i;
        let mut n = 0;
        let mut lowers = 0;
        while k < hi && n < 8 {
            let t = &self.toks[k];
            if t.kind != Kind::Word {
                break;
            }
            let l = t.lower.as_str();
            if matches!(l, "of" | "for" | "at") && k + 1 < hi && self.toks[k + 1].cap {
                k += 1;
                n += 1;
                continue;
            }
            if lexicon::is_stop(l) || matches!(l, "in" | "on" | "at" | "of" | "for" | "with" | "by")
            {
                break;
            }
            if t.cap {
                anchored = true;
            } else {
                // a participle ends the phrase: `an inspection report seen
                // by …`
                if k > start
                    && (lexicon::is_verb(l) && lexicon::lemma(l) != Some(l) && !l.ends_with('s')
                        || l.ends_with("ed") && l.len() > 4)
                {
                    break;
                }
                lowers += 1;
                if lowers > 3 {
                    break;
                }
                if lexicon::is_bare_head(l) {
                    anchored = true;
                }
            }
            k += 1;
            n += 1;
        }
        if k > start && anchored && !(k == start + 1 && lexicon::is_det(first)) {
            Some((start, k))
        } else {
            None
        }
    }

    /// A reporting verb next to a direct quote: weak verbs (`back`,
    /// `show`) only with `that` after them.
    fn is_cue_verb(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let prev = if i > 0 { self.word(i - 1) } else { None };
        t.kind == Kind::Word
            && !t.cap
            && lexicon::is_verb(&t.lower)
            // (a number may be the subject: `the two said`, `the mother of
            // three replied`)
            && !prev.is_some_and(|p| {
                lexicon::is_det(p) && !matches!(p, "two" | "three" | "four" | "five")
                    || ends_poss(p)
                    || p == "of"
            })
            && (!lexicon::is_weak_verb(&t.lower)
                || self.word(i + 1) == Some("that")
                || lexicon::lemma(&t.lower).is_some_and(|l| lexicon::QUOTE_WEAK_OK.contains(&l)))
    }

    /// Attribution of a quote from the text after it (`"…," she said.`).
    fn attr_after(&self, lo: usize, hi: usize) -> Option<Attr> {
        // lo..hi token range after the quote, within its sentence
        let mut a = lo;
        while a < hi && self.toks[a].kind != Kind::Word {
            a += 1;
        }
        if a >= hi || a > lo + 2 {
            return None;
        }
        // a prepositional phrase (`…", according to the interpretation
        // given at the press conference`) is no speaker before a verb
        if self
            .word(a)
            .is_some_and(|w| w == "according" || NP_PREPS.contains(&w))
        {
            return None;
        }
        let limit = (a + 36).min(hi);
        for i in a..limit {
            if self.is_cue_verb(i) {
                // the whole stretch before the verb as the speaker: `Mr.
                // Morgan of the Sierra Club said`
                let mut j = i;
                while j > a && self.between(j - 1) {
                    j -= 1;
                }
                if j > a + 1 && self.toks[j - 1].lower == "," {
                    j -= 1;
                }
                if j > a && self.np_like(a, j) {
                    return Some(Attr {
                        speaker: Some((a, j)),
                        cue: (i, i + 1),
                        content: (0, 0),
                    });
                }
                if let Some(np) = self.left_np(a, i) {
                    // the whole stretch a..np must be the speaker
                    if np.0 == a {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
                            content: (0, 0),
                        });
                    }
                }
                if i == a {
                    // `said 9/11 widow Terry Strada.`
                    let stop = (i + 1..hi)
                        .find(|&k| {
                            matches!(self.toks[k].lower.as_str(), "," | "." | ";" | "!" | "?")
                        })
                        .unwrap_or(hi);
                    if stop > i + 1 && self.np_like(i + 1, stop) {
                        let stop = self.apposition_end(stop, hi).unwrap_or(stop);
                        return Some(Attr {
                            speaker: Some((i + 1, stop)),
                            cue: (i, i + 1),
                            content: (0, 0),
                        });
                    }
                    let np = self.right_np(i + 1, hi)?;
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (i, i + 1),
                        content: (0, 0),
                    });
                }
                // a verb-like word inside an apposition: look further only
                // while a comma-led apposition may still end in the cue
                if !self.toks[a..i].iter().any(|t| t.lower == ",") && i > a + 6 {
                    return None;
                }
                continue;
            }
            if self.toks[i].kind != Kind::Word
                && !matches!(self.toks[i].lower.as_str(), "," | "(" | ")")
            {
                break;
            }
        }
        // dash layout: "…" — Jane Doe
        if a > lo && matches!(self.toks[a - 1].lower.as_str(), "—" | "–" | "-" | "―") {
            if let Some(np) = self.right_np(a, hi) {
                if self.toks[np.0..np.1].iter().any(|t| t.cap) {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (a - 1, a),
                        content: (0, 0),
                    });
                }
            }
        }
        None
    }

    /// Attribution of a quote from the text before it (`She said: "…"`).
    /// Returns the attribution and whether the quote is a fragment of
    /// indirect speech (mixed).
    fn attr_before(&self, lo: usize, hi: usize) -> Option<(Attr, bool)> {
        if hi <= lo {
            return None;
        }
        // colon layout without cue: "Doe: "…""
        let last = &self.toks[hi - 1];
        // `According to Doe, "…"`: the phrase closed by the comma before
        // the quote
        if matches!(last.lower.as_str(), "," | ":") {
            if let Some(i) = (lo..hi.saturating_sub(3))
                .find(|&i| self.word(i) == Some("according") && self.word(i + 1) == Some("to"))
            {
                let stop = hi - 1;
                if !self.toks[i + 2..stop].iter().any(|t| t.lower == ",")
                    && self.np_like(i + 2, stop)
                {
                    return Some((
                        Attr {
                            speaker: Some((i + 2, stop)),
                            cue: (i, i + 2),
                            content: (0, 0),
                        },
                        false,
                    ));
                }
            }
        }
        // search the last cue verb before the quote
        let mut i = hi;
        let mut bare: Option<usize> = None;
        while i > lo {
            i -= 1;
            if self.is_cue_verb(i) {
                let participle =
                    self.toks[i].lower.ends_with("ing") && i > lo && self.toks[i - 1].lower == ",";
                // `X answered the critics by saying "…"`: the subject of the
                // main verb speaks, not the object before `by`
                let by_ing =
                    self.toks[i].lower.ends_with("ing") && i > lo && self.toks[i - 1].lower == "by";
                let np = if participle {
                    self.sentence_subject(lo, i)
                } else {
                    by_ing
                        .then(|| self.sentence_subject(lo, i))
                        .flatten()
                        .or_else(|| self.left_np(lo, i))
                        .or_else(|| self.clause_subject(lo, i))
                        .or_else(|| {
                            // inverted before the quote: `said Smith: "…"`, not
                            // the subject of a reported clause (`said Clinton was
                            // "justified"`)
                            self.right_np(i + 1, hi).filter(|np| {
                                np.1 >= hi
                                    || matches!(
                                        self.toks[np.1].lower.as_str(),
                                        "," | ":" | "—" | "–"
                                    )
                                    || self.toks[np.1].kind == Kind::Mark
                            })
                        })
                        .or_else(|| {
                            // a second verb of the subject: `She urges him
                            // to stop and repeatedly says, "…"`
                            let mut j = i;
                            while j > lo && self.between(j - 1) {
                                j -= 1;
                            }
                            (j > lo + 1 && self.word(j - 1) == Some("and") && hi - i <= 3)
                                .then(|| self.sentence_subject(lo, j - 1))
                                .flatten()
                        })
                };
                if np.is_none() {
                    if bare.is_none() && hi - i <= 4 {
                        bare = Some(i);
                    }
                    continue;
                }
                // `Trump attacked Clinton …, saying, "…"`: the participle
                // right before the quote is the cue, its subject the main
                // verb's
                if let Some(p) = bare.filter(|&p| self.toks[p].lower.ends_with("ing") && p > i) {
                    let gap = self.toks[p + 1..hi]
                        .iter()
                        .filter(|t| t.kind == Kind::Word && t.lower != "that")
                        .count();
                    let has_that = self.toks[p + 1..hi].iter().any(|t| t.lower == "that");
                    let mixed = gap > 0 || has_that;
                    let (cue, content_start) = match self.complementizer(p, hi) {
                        Some((cue_end, th)) if mixed => ((p, cue_end), self.toks[th].s),
                        _ => ((p, p + 1), self.toks.get(p + 1).map_or(0, |t| t.s)),
                    };
                    return Some((
                        Attr {
                            speaker: np,
                            cue,
                            content: (if mixed { content_start } else { 0 }, 0),
                        },
                        mixed,
                    ));
                }
                // a cue inside the complement of an earlier one reports
                // the outer speaker's words: `Clinton says she appreciated
                // … what she calls a "war …"`
                let (i, np, outer) = match np.and_then(|n| self.outer_cue(lo, n.0)) {
                    Some((i2, np2)) => (i2, Some(np2), true),
                    None => (i, np, false),
                };
                let gap: Vec<&Tok> = self.toks[i + 1..hi]
                    .iter()
                    .filter(|t| !matches!(t.lower.as_str(), "," | ":" | "that" | "—" | "–"))
                    .collect();
                let has_that = self.toks[i + 1..hi].iter().any(|t| t.lower == "that");
                // `said in an interview, "…"`: a phrase closed by a comma
                // or colon before the quote keeps it direct
                let led = hi > lo && matches!(self.toks[hi - 1].lower.as_str(), "," | ":");
                // `says voter fraud "would be …"`: words of the reporter's
                // own between the cue and the quote make it mixed
                let mixed = if led && gap.len() <= 8 {
                    has_that
                } else {
                    !gap.is_empty()
                };
                if gap.len() > 14 && !outer {
                    return None;
                }
                let (cue, content_start) = if mixed {
                    match self.complementizer(i, hi) {
                        Some((cue_end, th)) => ((i, cue_end), self.toks[th].s),
                        None => ((i, i + 1), self.toks.get(i + 1).map_or(0, |t| t.s)),
                    }
                } else {
                    ((i, i + 1), 0)
                };
                return Some((
                    Attr {
                        speaker: np,
                        cue,
                        content: (content_start, 0),
                    },
                    mixed,
                ));
            }
        }
        // a cue right before the quote whose speaker is not found: the
        // quotation still stands, without a speaker
        if let Some(i) = bare {
            let gap = self.toks[i + 1..hi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            let (cue, content_start) = match self.complementizer(i, hi) {
                Some((cue_end, th)) => ((i, cue_end), self.toks[th].s),
                None => ((i, i + 1), self.toks.get(i + 1).map_or(0, |t| t.s)),
            };
            return Some((
                Attr {
                    speaker: self.sentence_subject(lo, i),
                    cue,
                    content: (if gap > 0 { content_start } else { 0 }, 0),
                },
                gap > 0,
            ));
        }
        if last.lower == ":" && hi >= 2 {
            if let Some(np) = self.left_np_plain(lo, hi - 1) {
                if self.toks[np.0..np.1].iter().any(|t| t.cap) {
                    return Some((
                        Attr {
                            speaker: Some(np),
                            cue: (hi - 1, hi),
                            content: (0, 0),
                        },
                        false,
                    ));
                }
            }
        }
        None
    }

    /// Indirect attribution in sentence token range [lo, hi), outside quotes.
    fn indirect(&self, lo: usize, hi: usize, sent_s: usize, sent_e: usize) -> Option<Attr> {
        self.indirect_verbal(lo, hi, sent_s, sent_e)
            .or_else(|| self.nominal(lo, hi, sent_s, sent_e))
    }

    /// A possessor's nominal cue with a `that` clause: `Trump's claim that
    /// …`, `her warning that …`, `the senators' belief that …`.
    fn nominal(&self, lo: usize, hi: usize, sent_s: usize, sent_e: usize) -> Option<Attr> {
        let content_end = trim_end_punct(self.text, sent_s, sent_e);
        // passive: `The plan was first reported by The Post`, `has been
        // endorsed by dozens of papers`
        for k in lo + 2..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word
                || t.cap
                || !lexicon::is_verb(&t.lower)
                || lexicon::lemma(&t.lower) == Some(t.lower.as_str())
                || t.lower.ends_with("ing")
                || t.lower.ends_with('s')
                || self.word(k + 1) != Some("by")
            {
                continue;
            }
            let mut b = k;
            while b > lo && self.between(b - 1) {
                b -= 1;
            }
            if !self
                .word(b - 1)
                .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "be"))
            {
                continue;
            }
            let mut s0 = b - 1;
            while s0 > lo
                && self
                    .word(s0 - 1)
                    .is_some_and(|w| matches!(w, "has" | "have" | "had" | "will" | "would"))
            {
                s0 -= 1;
            }
            let stop = (k + 2..hi)
                .find(|&j| matches!(self.toks[j].lower.as_str(), "," | "." | ";" | ":"))
                .unwrap_or(hi);
            let np = self.np_then(k + 2, stop, hi);
            let Some(np) = np else { continue };
            let cs = self.toks[self.clause_open(lo, s0)].s;
            let ce = self.toks[s0].s;
            if self.text[cs..ce].split_whitespace().count() < 2 {
                continue;
            }
            return Some(Attr {
                speaker: Some(np),
                cue: (s0, k + 2),
                content: (cs, ce),
            });
        }
        // stance: `expressed deep concern about X`, `were frustrated that
        // …`, `is worried about …`
        for k in lo + 1..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word || t.cap {
                continue;
            }
            let l = t.lower.as_str();
            let light = matches!(
                l,
                "expressed"
                    | "expresses"
                    | "expressing"
                    | "voiced"
                    | "voices"
                    | "voicing"
                    | "raised"
                    | "raises"
                    | "raising"
                    | "aired"
            );
            let attitude = ATTITUDES.contains(&l)
                && (k > lo
                    && (self.between(k - 1)
                        || matches!(
                            self.toks[k - 1].lower.as_str(),
                            "are"
                                | "is"
                                | "was"
                                | "were"
                                | "been"
                                | "became"
                                | "grew"
                                | "remain"
                                | "remained"
                                | "’re"
                                | "'re"
                                | "’s"
                        )));
            if !light && !attitude {
                continue;
            }
            // the preposition or `that` opening the content, a few words on
            let lim = if light { 5 } else { 2 };
            let Some(p) = (k + 1..(k + lim).min(hi)).find(|&j| {
                matches!(
                    self.toks[j].lower.as_str(),
                    "about" | "over" | "that" | "with" | "of"
                )
            }) else {
                continue;
            };
            if self.toks[k + 1..p]
                .iter()
                .any(|t| t.kind != Kind::Word || lexicon::is_stop(&t.lower))
                || p + 2 >= hi
            {
                continue;
            }
            let Some(np) = self.clause_subject(lo, k).or_else(|| self.left_np(lo, k)) else {
                continue;
            };
            let cs = if self.toks[p].lower == "that" {
                p
            } else {
                p + 1
            };
            return Some(Attr {
                speaker: Some(np),
                cue: (k, cs),
                content: (self.toks[cs].s, content_end),
            });
        }
        for k in lo + 1..hi.saturating_sub(3) {
            let t = &self.toks[k];
            if t.kind != Kind::Word
                || t.cap
                || !lexicon::is_noun(&t.lower)
                || self.word(k + 1) != Some("that")
                || !self.clause_follows(k + 2, hi)
            {
                continue;
            }
            let p = &self.toks[k - 1];
            let poss = p.kind == Kind::Word
                && (ends_poss(&p.lower)
                    || matches!(p.lower.as_str(), "his" | "her" | "their" | "its"));
            if !poss {
                continue;
            }
            // the possessor: a pronoun, or the name run ending in `'s`
            let mut s0 = k - 1;
            if ends_poss(&p.lower) {
                while s0 > lo && self.toks[s0 - 1].kind == Kind::Word && self.toks[s0 - 1].cap {
                    s0 -= 1;
                }
                if !self.toks[s0..k].iter().any(|t| t.cap) {
                    continue;
                }
            }
            return Some(Attr {
                speaker: Some((s0, k)),
                cue: (k, k + 1),
                content: (self.toks[k + 1].s, content_end),
            });
        }
        None
    }

    fn indirect_verbal(&self, lo: usize, hi: usize, sent_s: usize, sent_e: usize) -> Option<Attr> {
        let content_end = trim_end_punct(self.text, sent_s, sent_e);
        // according to X
        for i in lo..hi.saturating_sub(1) {
            if self.word(i) == Some("according") && self.word(i + 1) == Some("to") {
                // the source: up to the next comma or the sentence end
                let mut end = hi;
                while end > i + 2 && self.toks[end - 1].kind != Kind::Word {
                    end -= 1;
                }
                let stop = (i + 2..end)
                    .find(|&k| matches!(self.toks[k].lower.as_str(), "," | ";" | ":" | "—" | "–"))
                    .unwrap_or(end);
                let np = self.np_then(i + 2, stop, hi);
                let Some(np) = np else { break };
                let cue = (i, i + 2);
                // `According to a draft seen by the Post, …`: the phrase
                // runs to its comma
                let np_end = if stop < end && np.1 <= stop {
                    stop
                } else {
                    np.1
                };
                let at_end = np_end >= end;
                let content = if i > lo && (at_end || self.toks[i - 1].lower == ",") {
                    // `…, according to X.`: the text before the phrase,
                    // unless that text is itself an attribution (`The
                    // minister said that …, according to the interpreter`):
                    // then its speaker is who spoke
                    let mut k = i;
                    while k > lo && self.toks[k - 1].kind != Kind::Word {
                        k -= 1;
                    }
                    let before_end = self.toks[k.max(lo + 1) - 1].e;
                    if k > lo + 2 {
                        let inner = self.indirect_verbal(lo, k, sent_s, before_end);
                        if let Some(inner) = inner.filter(|a| a.speaker.is_some()) {
                            return Some(inner);
                        }
                    }
                    (sent_s, before_end)
                } else {
                    // at the start: content after the phrase
                    let mut k = np_end;
                    while k < hi && self.toks[k].kind != Kind::Word {
                        k += 1;
                    }
                    (self.toks.get(k).map_or(content_end, |t| t.s), content_end)
                };
                if content.1 > content.0 {
                    return Some(Attr {
                        speaker: Some(np),
                        cue,
                        content,
                    });
                }
                break;
            }
        }
        // `As X noted, …` and `…, as X pointed out, …`: the clause of `as`
        // attributes the rest of the sentence
        let first_word = (lo..hi).find(|&k| self.toks[k].kind == Kind::Word);
        for p in lo..hi.saturating_sub(3) {
            let opens = self.word(p) == Some("as")
                && (Some(p) == first_word || p > lo && self.toks[p - 1].lower == ",");
            if !opens {
                continue;
            }
            let Some(c) = (p + 2..hi.min(p + 30)).find(|&k| self.toks[k].lower == ",") else {
                continue;
            };
            // the comma right after the cue (`have pointed out,`)
            let mut c = c;
            while let Some(c2) = (c + 1..hi.min(p + 30)).find(|&k| self.toks[k].lower == ",") {
                if self.trailing_as(p + 1, c).is_some() {
                    break;
                }
                c = c2;
            }
            let Some(a) = self.trailing_as(p + 1, c) else {
                continue;
            };
            if self.toks[a.cue.1..c]
                .iter()
                .any(|t| t.kind == Kind::Word && !matches!(t.lower.as_str(), "out" | "up"))
            {
                continue;
            }
            let rest = self.toks[c + 1..hi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            if rest < 3 {
                continue;
            }
            let content = if Some(p) == first_word {
                (self.toks[c + 1].s, content_end)
            } else {
                (sent_s, content_end)
            };
            return Some(Attr { content, ..a });
        }
        // a trailing attribution governs the whole sentence before it
        if let Some((mut a, comma)) = self.trailing(lo, hi) {
            let words = self.toks[lo..comma]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            if words >= 3 && !self.adverbial_lead(lo, comma) {
                a.content = (sent_s, self.toks[comma].s);
                return Some(a);
            }
        }
        for i in lo..hi {
            let t = &self.toks[i];
            if t.kind != Kind::Word {
                continue;
            }
            let l = t.lower.as_str();
            // nominal cue: expressed regret that
            if lexicon::NOUN_LIGHT_VERBS.contains(&l) {
                let mut k = i + 1;
                while k < hi && k < i + 4 && self.word(k).is_some_and(|w| !lexicon::is_noun(w)) {
                    k += 1;
                }
                if k < hi
                    && self.word(k).is_some_and(lexicon::is_noun)
                    && self.word(k + 1) == Some("that")
                {
                    if let Some(np) = self.left_np(lo, i) {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, k + 1),
                            content: (self.toks[k + 1].s, content_end),
                        });
                    }
                }
            }
            if t.cap || !lexicon::is_verb(l) || !self.verb_form_ok(lo, i) {
                continue;
            }
            // verb cue
            let weak = lexicon::is_weak_verb(l);
            let mut np = self.clause_subject(lo, i).or_else(|| self.left_np(lo, i));
            // `X answered the critics by saying …`: the one who says is the
            // subject of the main verb, never the object before `by`
            if l.ends_with("ing") && i > lo && self.word(i - 1) == Some("by") {
                np = self.sentence_subject(lo, i - 1);
            }
            // the object of a preposition is no subject: `What people in
            // the shelters want …`
            if np.is_some_and(|n| {
                n.0 > lo
                    && self.toks[n.0 - 1].kind == Kind::Word
                    && NP_PREPS.contains(&self.toks[n.0 - 1].lower.as_str())
                    && self.toks[n.0 - 1].lower != "of"
            }) {
                np = None;
            }
            if np.is_none() && !weak {
                // a second verb of the subject: `X supported Democrats, and
                // said he …`
                let mut j = i;
                while j > lo && self.between(j - 1) {
                    j -= 1;
                }
                if j > lo && self.word(j - 1) == Some("and") {
                    np = self.sentence_subject(lo, j - 1);
                }
            }
            if np.is_none() && i >= lo + 2 && self.word(i - 1) == Some("to") {
                // a catenative verb before the cue: `protesters continued
                // to call for …`, `Doe went on to say …`, `is expected to
                // announce`
                let mut v = i - 2;
                if v > lo && matches!(self.word(v), Some("on" | "out" | "up")) {
                    v -= 1;
                }
                let t = &self.toks[v];
                if t.kind == Kind::Word
                    && !t.cap
                    && !lexicon::is_det(&t.lower)
                    && !lexicon::is_stop(&t.lower)
                    && !NP_PREPS.contains(&t.lower.as_str())
                    && (t.lower.ends_with("ed")
                        || t.lower.ends_with('s')
                        || lexicon::is_verb(&t.lower)
                        || matches!(
                            t.lower.as_str(),
                            "went"
                                | "came"
                                | "began"
                                | "sought"
                                | "tried"
                                | "seem"
                                | "want"
                                | "try"
                                | "need"
                                | "plan"
                                | "hope"
                                | "refuse"
                                | "continue"
                        ))
                {
                    np = self.clause_subject(lo, v).or_else(|| self.left_np(lo, v));
                }
            }
            // what follows
            let mut that = None;
            for k in i + 1..(i + 8).min(hi) {
                match self.toks[k].lower.as_str() {
                    "that" => {
                        that = Some(k);
                        break;
                    }
                    "," | ";" | ":" | "(" => break,
                    w if lexicon::is_verb(w) || lexicon::is_stop(w) && w != "to" => break,
                    _ => {}
                }
            }
            let rest_words = self.toks[i + 1..hi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            // trailing ", X said." after a paraphrase
            if let Some(mut np) = np {
                // interposed after an apposition-like stretch: `The museum,
                // Mr. Obama said, would …`: the speaker follows the last comma
                if self.toks.get(i + 1).is_some_and(|t| t.lower == ",") {
                    if let Some(c) = (np.0..np.1).rev().find(|&k| self.toks[k].lower == ",") {
                        if c + 1 < np.1 && self.np_like(c + 1, np.1) {
                            np = (c + 1, np.1);
                        }
                    }
                }
                let before_np = np.0;
                // interposed: `The museum, Mr. Obama said, would …`
                if before_np > lo
                    && self.toks[before_np - 1].lower == ","
                    && self.toks.get(i + 1).is_some_and(|t| t.lower == ",")
                    && rest_words > 3
                    && !weak
                {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (i, i + 1),
                        content: (sent_s, content_end),
                    });
                }
                let short_tail = {
                    // words after the verb up to the next comma
                    let mut k = i + 1;
                    let mut w = 0;
                    while k < hi && self.toks[k].lower != "," {
                        if self.toks[k].kind == Kind::Word {
                            w += 1;
                        }
                        k += 1;
                    }
                    // an adverbial tail only: `, X said on Monday.`, not
                    // `, he declined to comment.`
                    let adverbial = self.toks.get(i + 1).is_none_or(|t| {
                        t.kind != Kind::Word
                            || matches!(
                                t.lower.as_str(),
                                "in" | "on"
                                    | "at"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "late"
                                    | "early"
                                    | "earlier"
                                    | "later"
                                    | "this"
                                    | "last"
                                    | "when"
                                    | "while"
                                    | "as"
                                    | "since"
                                    | "from"
                                    | "with"
                            )
                            || self.between(i + 1)
                    });
                    w <= 4 && adverbial
                };
                if before_np > lo
                    && self.toks[before_np - 1].lower == ","
                    && (rest_words <= 5 || short_tail)
                    && !weak
                {
                    let cs = sent_s;
                    let ce = self.toks[before_np - 1].s;
                    // an adverbial before the comma is no statement: `In
                    // her 2003 book, Doe noted …`, `Through a spokesman, he
                    // declined`
                    let adverbial_lead = self.adverbial_lead(lo, before_np - 1);
                    if !adverbial_lead
                        && self.toks[lo..before_np - 1]
                            .iter()
                            .filter(|t| t.kind == Kind::Word)
                            .count()
                            >= 3
                    {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
                            content: (cs, ce),
                        });
                    }
                }
                if let Some(th) = that {
                    let after_that = self.toks[th + 1..hi]
                        .iter()
                        .filter(|t| t.kind == Kind::Word)
                        .count();
                    // `disputes that account, saying …`: a determiner
                    let tight = !(self
                        .toks
                        .get(th + 1)
                        .is_some_and(|t| t.kind == Kind::Word && !t.cap)
                        && self.toks.get(th + 2).is_some_and(|t| t.kind != Kind::Word));
                    // `remember one that ended …` is a relative clause
                    let gap_ok = th == i + 1
                        || !matches!(
                            self.toks[th - 1].lower.as_str(),
                            "one"
                                | "something"
                                | "anything"
                                | "nothing"
                                | "everything"
                                | "someone"
                                | "anyone"
                                | "those"
                                | "ones"
                                | "way"
                                | "time"
                                | "day"
                                | "moment"
                        );
                    if gap_ok && (after_that >= 3 && tight || self.clause_follows(th + 1, hi)) {
                        let cue_end = self.complementizer(i, hi).map_or(i + 1, |c| c.0);
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, cue_end),
                            content: (self.toks[th].s, content_end),
                        });
                    }
                }
                let to_clause = self.word(i + 1) == Some("to")
                    && matches!(
                        lexicon::lemma(l),
                        Some(
                            "want"
                                | "plan"
                                | "intend"
                                | "promise"
                                | "pledge"
                                | "vow"
                                | "threaten"
                                | "decide"
                                | "hope"
                                | "expect"
                                | "wish"
                                | "prefer"
                                | "refuse"
                                | "decline"
                                | "seek"
                                | "aim"
                                | "agree"
                        )
                    );
                // an object and its infinitive: `expects them to become
                // scarce`, `urged voters to stay home`
                let ecm = matches!(
                    lexicon::lemma(l),
                    Some(
                        "want"
                            | "expect"
                            | "encourage"
                            | "urge"
                            | "ask"
                            | "invite"
                            | "order"
                            | "allow"
                            | "permit"
                            | "prefer"
                            | "wish"
                            | "need"
                            | "tell"
                            | "advise"
                            | "warn"
                            | "challenge"
                            | "beg"
                            | "implore"
                            | "exhort"
                            | "call"
                            | "press"
                            | "push"
                    )
                ) && (i + 2..(i + 7).min(hi)).any(|k| {
                    self.word(k) == Some("to")
                        && self.toks[i + 1..k].iter().all(|t| {
                            t.kind == Kind::Word
                                && !lexicon::is_stop(&t.lower)
                                && !lexicon::is_verb(&t.lower)
                        })
                        && self.word(k + 1).is_some_and(|w| {
                            !lexicon::is_det(w)
                                && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                        })
                });
                // `pointed to the crime bill`, `laid out her proposals`,
                // `spelled out the plan`
                let pointed = match lexicon::lemma(l) {
                    Some("point") => {
                        matches!(self.word(i + 1), Some("to" | "out"))
                            && self
                                .word(i + 2)
                                .is_some_and(|w| !lexicon::is_stop(w) || w == "that")
                    }
                    Some("lay" | "spell" | "sketch") => {
                        self.word(i + 1) == Some("out")
                            && self.word(i + 2).is_some_and(|w| !lexicon::is_stop(w))
                    }
                    _ => false,
                };
                // evidence that shows (`polls show Clinton ahead`,
                // `documents show …`) and questions of knowledge (`does not
                // know whether …`)
                let lemma = lexicon::lemma(l);
                let evidence = matches!(
                    lemma,
                    Some("show" | "find" | "suggest" | "indicate" | "reveal" | "confirm")
                ) && self.toks[np.0..np.1].iter().any(|t| {
                    let w = t.lower.trim_end_matches('s');
                    EVIDENCE.contains(&w)
                });
                let wh = matches!(
                    lemma,
                    Some(
                        "know"
                            | "understand"
                            | "ask"
                            | "wonder"
                            | "question"
                            | "explain"
                            | "see"
                            | "learn"
                            | "decide"
                            | "reveal"
                            | "show"
                            | "say"
                            | "tell"
                            | "doubt"
                    )
                ) && self.word(i + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "what" | "how" | "whether" | "why" | "if" | "who" | "when" | "where"
                    )
                });
                // speech acts about a topic or a party: `questioned the
                // need for moderators`, `endorsed Clinton`, `cited the audit`
                let act = matches!(
                    lemma,
                    Some(
                        "question"
                            | "mention"
                            | "cite"
                            | "describe"
                            | "endorse"
                            | "support"
                            | "oppose"
                            | "back"
                            | "challenge"
                            | "detail"
                            | "outline"
                            | "quote"
                            | "dispute"
                    )
                ) && self
                    .word(i + 1)
                    .is_some_and(|w| !lexicon::is_stop(w) && !NP_PREPS.contains(&w));
                // talking about, railing against, calling for, warning of
                // a topic: the cue runs over the preposition
                let mut p = i + 1;
                while p < hi
                    && (self.between(p) || matches!(self.word(p), Some("out" | "back" | "up")))
                {
                    p += 1;
                }
                let topic = matches!(
                    lemma,
                    Some(
                        "talk"
                            | "speak"
                            | "rail"
                            | "advocate"
                            | "argue"
                            | "complain"
                            | "warn"
                            | "call"
                            | "push"
                            | "lobby"
                            | "testify"
                            | "write"
                            | "tweet"
                            | "joke"
                            | "brag"
                            | "boast"
                            | "caution"
                            | "plead"
                            | "campaign"
                            | "discuss"
                            | "apologize"
                            | "apologise"
                            | "comment"
                            | "elaborate"
                            | "lash"
                            | "hit"
                            | "gripe"
                            | "muse"
                            | "opine"
                            | "fret"
                            | "agonize"
                            | "grumble"
                            | "rant"
                            | "vent"
                            | "quip"
                            | "protest"
                            | "lecture"
                            | "preach"
                            | "post"
                            | "blog"
                            | "inquire"
                            | "ask"
                            | "spar"
                    )
                ) && self.word(p).is_some_and(|w| {
                    matches!(w, "about" | "against" | "for" | "of" | "on" | "at" | "over")
                }) && self.word(p + 1).is_some_and(|w| !lexicon::is_stop(w))
                    && p + 2 < hi;
                if topic {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (i, p + 1),
                        content: (self.toks[p + 1].s, content_end),
                    });
                }
                let discuss = lemma == Some("discuss")
                    && self
                        .word(i + 1)
                        .is_some_and(|w| !lexicon::is_stop(w) && !NP_PREPS.contains(&w));
                // `said in a statement.`: an adverbial alone is no content
                let adverbial_only = rest_words <= 6
                    && self.word(i + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "in" | "on" | "at" | "during" | "from" | "with" | "through" | "via"
                        )
                    })
                    && !self.toks[i + 1..hi].iter().any(|t| {
                        t.kind == Kind::Word
                            && (lexicon::is_stop(&t.lower) || lexicon::is_verb(&t.lower))
                    });
                // `declined slightly`: refusing needs its infinitive
                let refusal_ok =
                    !matches!(lemma, Some("decline" | "refuse")) || self.word(i + 1) == Some("to");
                if (!weak
                    || to_clause
                    || ecm
                    || pointed
                    || evidence
                    || wh
                    || act
                    || discuss
                    || self.clause_follows(i + 1, hi))
                    && rest_words >= if act || discuss { 2 } else { 3 }
                    && !adverbial_only
                    && refusal_ok
                {
                    let mut k = i + 1;
                    while k < hi && self.toks[k].kind != Kind::Word {
                        k += 1;
                    }
                    if k < hi {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
                            content: (self.toks[k].s, content_end),
                        });
                    }
                }
            }
        }
        None
    }

    /// The `that` opening the complement of a cue verb at `i` within a few
    /// words (`said in a brief statement that`, `told reporters that`):
    /// the end of the cue phrase (the verb with an adverbial after it, not
    /// an addressee) and the index of `that`.
    fn complementizer(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let th = (i + 1..(i + 9).min(hi)).find(|&k| self.toks[k].lower == "that")?;
        if self.toks[i + 1..th].iter().enumerate().any(|(k, t)| {
            t.kind != Kind::Word
                || lexicon::is_stop(&t.lower)
                || lexicon::is_verb(&t.lower)
                    && !t.cap
                    && !(k > 0 && lexicon::is_det(&self.toks[i + k].lower))
        }) {
            return None;
        }
        let adverbial = th == i + 1
            || self.word(i + 1).is_some_and(|w| {
                matches!(
                    w,
                    "in" | "on" | "at" | "during" | "late" | "early" | "earlier" | "later"
                ) || lexicon::is_between(w)
            });
        Some((if adverbial { th } else { i + 1 }, th))
    }

    /// A strong reporting verb before token `start` (the subject of an
    /// inner clause) whose complement that clause is: the verb, a few
    /// words at most (`that`, `on Monday`) before `start`, with its own
    /// subject.
    fn outer_cue(&self, lo: usize, start: usize) -> Option<(usize, (usize, usize))> {
        for i2 in lo..start {
            let t = &self.toks[i2];
            if t.kind != Kind::Word
                || t.cap
                || t.lower.ends_with("ing")
                || !lexicon::is_verb(&t.lower)
                || lexicon::is_weak_verb(&t.lower)
                || !self.verb_form_ok(lo, i2)
            {
                continue;
            }
            let between = &self.toks[i2 + 1..start];
            // `says she appreciated … what she calls "…"`: an inner cue in
            // a free relative belongs to the outer statement
            let relative = start > 0
                && matches!(self.toks[start - 1].lower.as_str(), "what" | "which" | "as")
                && !between
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "." | ";" | ":"))
                && between.len() <= 24;
            // `said during a rally in Michigan that Clinton described …`:
            // a complementizer right before the inner subject makes the
            // clause the complement even after a longer adverbial
            let complement = start > 0
                && self.toks[start - 1].lower == "that"
                && between.len() <= 12
                && between.iter().all(|t| t.kind == Kind::Word);
            if !relative
                && !complement
                && (between.len() > 4 || between.iter().any(|t| t.kind != Kind::Word))
            {
                continue;
            }
            if let Some(np2) = self.left_np(lo, i2).or_else(|| self.clause_subject(lo, i2)) {
                return Some((i2, np2));
            }
            // a second verb of the subject: `Doe bemoaned the unrest and
            // said he thought …`
            if i2 > lo + 1 && self.word(i2 - 1) == Some("and") {
                if let Some(np2) = self.sentence_subject(lo, i2 - 1) {
                    return Some((i2, np2));
                }
            }
        }
        None
    }

    /// Does a finite clause open at token `k` (`believes he will win`,
    /// `polls show the race is tied`)? A subject pronoun, or a short noun
    /// phrase followed by an auxiliary, modal or past-tense verb, with no
    /// punctuation before it.
    fn clause_follows(&self, k: usize, hi: usize) -> bool {
        let mut k = k;
        while k < hi
            && self
                .word(k)
                .is_some_and(|w| matches!(w, "now" | "also" | "still" | "privately" | "publicly"))
        {
            k += 1;
        }
        let Some(first) = self.word(k) else {
            return false;
        };
        if matches!(first, "he" | "she" | "they" | "we" | "i" | "there" | "you") {
            return true;
        }
        if lexicon::is_stop(first)
            || NP_PREPS.contains(&first)
            || lexicon::is_verb(first) && !self.toks[k].cap
            || first == "it" && self.word(k + 1).is_none()
        {
            return false;
        }
        for j in k + 1..(k + 10).min(hi) {
            let t = &self.toks[j];
            if t.kind != Kind::Word {
                return false;
            }
            let w = t.lower.as_str();
            if matches!(
                w,
                "is" | "was"
                    | "are"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "has"
                    | "have"
                    | "had"
                    | "does"
                    | "did"
                    | "won't"
                    | "isn't"
                    | "wasn't"
                    | "doesn't"
                    | "didn't"
                    | "can't"
                    | "wouldn't"
            ) {
                return true;
            }
            // `believe bigotry and xenophobia are acceptable`
            if lexicon::is_stop(w) && !matches!(w, "to" | "and" | "or")
                || lexicon::is_verb(w) && !t.cap
            {
                return false;
            }
        }
        false
    }

    /// Splits a second speaker's statement off an attribution's content:
    /// `A said X, while B said Y`, `A said X; B argued Y` (after splitting
    /// participles of the first speaker).
    fn split_coordinated(&self, a: Attr, hi: usize, sent_e: usize) -> Vec<Attr> {
        let (cs, ce) = a.content;
        let (clo, chi) = self.tok_range(cs, ce);
        let chi = chi.min(hi);
        let cue_end = a.cue.1;
        for k in clo.max(cue_end)..chi {
            let l = self.toks[k].lower.as_str();
            let conj = l == ";"
                || l == ","
                    && self.word(k + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "and" | "but" | "while" | "whereas" | "although" | "who" | "which"
                        )
                    });
            if !conj {
                continue;
            }
            // `…, who says he is honored`: the relative pronoun is the
            // second clause's subject
            let from = if l == ";" || self.word(k + 1) == Some("who") {
                k + 1
            } else {
                k + 2
            };
            if from >= hi {
                break;
            }
            let Some(b) = self.indirect(from, hi, self.toks[from].s, sent_e) else {
                continue;
            };
            // the second attribution opens its clause
            let opens = b.speaker.is_some_and(|sp| sp.0 == from) && b.content.0 > self.toks[from].s;
            if !opens || b.speaker == a.speaker {
                continue;
            }
            let mut first = a;
            first.content = (cs, self.toks[k].s);
            let mut out = self.split_participles(first, k);
            out.extend(self.split_participles(b, hi));
            return out;
        }
        self.split_participles(a, hi)
    }

    /// Splits a second statement off an attribution's content: `…, saying
    /// that B`, `…, adding B`, `… and added that B` (same speaker).
    fn split_participles(&self, a: Attr, hi: usize) -> Vec<Attr> {
        let (cs, ce) = a.content;
        let (clo, chi) = self.tok_range(cs, ce);
        let chi = chi.min(hi);
        for k in clo + 1..chi {
            let t = &self.toks[k];
            if t.kind != Kind::Word || t.cap || !lexicon::is_verb(&t.lower) {
                continue;
            }
            let prev = self.toks[k - 1].lower.as_str();
            let part = t.lower.ends_with("ing") && prev == ",";
            let and_past = prev == "and"
                && k >= 2
                && (self.toks[k - 2].lower == ","
                    || matches!(t.lower.as_str(), "said" | "says" | "added" | "told"))
                && matches!(
                    t.lower.as_str(),
                    "said"
                        | "added"
                        | "noted"
                        | "argued"
                        | "warned"
                        | "insisted"
                        | "stressed"
                        | "explained"
                        | "acknowledged"
                        | "claimed"
                        | "suggested"
                );
            if !(part || and_past) || k + 2 >= chi {
                continue;
            }
            let first_end = self.toks[if and_past { k - 2 } else { k - 1 }].s;
            let second = Attr {
                speaker: a.speaker,
                cue: (k, k + 1),
                content: (self.toks[k + 1].s, ce),
            };
            let mut first = a;
            first.content = (cs, first_end);
            return vec![first, second];
        }
        vec![a]
    }

    /// The subject opening a sentence (before token `k`): a pronoun, or
    /// the words up to the end of the first name in its first eight tokens
    /// (`Her campaign manager Jane Doe`).
    fn sentence_subject(&self, lo: usize, k: usize) -> Option<(usize, usize)> {
        // the phrase opening the sentence up to its first verb-like word
        let s0 = self.clause_open(lo, k);
        let mut m = s0 + 1;
        while m < k {
            let t = &self.toks[m];
            let l = t.lower.as_str();
            if t.kind != Kind::Word && !matches!(l, "(" | ")" | "-")
                || t.kind == Kind::Word
                    && !t.cap
                    && (lexicon::is_verb(l) && !lexicon::is_bare_head(l)
                        || lexicon::is_between(l)
                        || lexicon::is_stop(l)
                        || l.ends_with("ed") && l.len() > 4)
            {
                break;
            }
            m += 1;
        }
        if m < k {
            let mut j = m;
            while j > s0 && self.between(j - 1) {
                j -= 1;
            }
            if j > s0 && self.np_like(s0, j) {
                return Some((s0, j));
            }
        }
        let first = self.toks.get(lo)?;
        if first.kind == Kind::Word && lexicon::PRONOUNS.contains(&first.lower.as_str()) {
            return Some((lo, lo + 1));
        }
        if first.kind != Kind::Word
            || FUNCTION_CAPS.contains(&first.lower.as_str()) && !lexicon::is_det(&first.lower)
        {
            return None;
        }
        let lim = self.toks.get((lo + 8).min(k))?.s;
        let name = self.names.iter().find(|n| n.0 >= first.s && n.1 <= lim)?;
        let (_, e) = self.tok_range(first.s, name.1);
        if self.toks[lo..e].iter().any(|t| {
            t.kind != Kind::Word
                || lexicon::is_stop(&t.lower)
                || lexicon::is_verb(&t.lower) && !t.cap
        }) {
            return None;
        }
        Some((lo, e))
    }

    /// A participial attribution with the sentence's subject as speaker:
    /// `Doe attacked the plan on Monday, saying it would fail.`
    fn participle_only(&self, lo: usize, hi: usize, sent_e: usize) -> Option<Attr> {
        for k in lo + 2..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word
                || t.cap
                || !t.lower.ends_with("ing")
                || !lexicon::is_verb(&t.lower)
                || self.toks[k - 1].lower != ","
            {
                continue;
            }
            // a weak participle needs its complement: `, promising to lift
            // regulations`, `, hoping that …`
            if lexicon::is_weak_verb(&t.lower)
                && !(self.word(k + 1) == Some("that")
                    || self.word(k + 1) == Some("to")
                        && matches!(
                            lexicon::lemma(&t.lower),
                            Some(
                                "promise"
                                    | "plan"
                                    | "want"
                                    | "hope"
                                    | "intend"
                                    | "pledge"
                                    | "vow"
                                    | "decide"
                            )
                        ))
            {
                continue;
            }
            let speechy = matches!(
                lexicon::lemma(&t.lower),
                Some(
                    "say"
                        | "add"
                        | "note"
                        | "argue"
                        | "insist"
                        | "warn"
                        | "claim"
                        | "stress"
                        | "explain"
                        | "tell"
                        | "suggest"
                        | "acknowledge"
                        | "admit"
                        | "assert"
                        | "contend"
                        | "declare"
                        | "predict"
                        | "write"
                        | "tweet"
                        | "complain"
                        | "emphasize"
                        | "emphasise"
                        | "caution"
                        | "concede"
                        | "vow"
                        | "pledge"
                        | "promise"
                        | "deny"
                        | "accuse"
                        | "urge"
                )
            );
            if !(speechy || self.word(k + 1) == Some("that") || self.clause_follows(k + 1, hi)) {
                continue;
            }
            let sp = self.sentence_subject(lo, k);
            let sp = sp?;
            let ce = trim_end_punct(self.text, self.toks[k + 1].s, sent_e);
            return Some(Attr {
                speaker: Some(sp),
                cue: (k, k + 1),
                content: (self.toks[k + 1].s, ce),
            });
        }
        None
    }

    /// Is the cue word at `i` used as a verb? `-ing` forms need a form of
    /// `be` before them, bare forms a modal, `to`, or a plural or first-person
    /// subject; none may follow a determiner (`a strong signal`).
    fn verb_form_ok(&self, lo: usize, i: usize) -> bool {
        let l = self.toks[i].lower.as_str();
        // a particle that turns the verb into another one: `called up
        // 20,000 reservists`, `called off the talks` report nothing
        if let (Some(lemma), Some(next)) = (lexicon::lemma(l), self.word(i + 1)) {
            if NOT_SPEECH_PHRASAL.contains(&(lemma, next)) {
                return false;
            }
        }
        let prev = if i > lo { self.word(i - 1) } else { None };
        let prev2 = if i > lo + 1 { self.word(i - 2) } else { None };
        if prev.is_some_and(|p| {
            lexicon::is_det(p) || p.ends_with("ly") && !is_ly_adverb(p) && p != "only"
        }) {
            return false;
        }
        // `answered them by saying (that) …` reports what was said
        let by_report = prev == Some("by")
            && l.ends_with("ing")
            && (lexicon::lemma(l) == Some("say") || self.word(i + 1) == Some("that"));
        if !by_report
            && prev.is_some_and(|p| {
                matches!(p, "of" | "for" | "in" | "on" | "with" | "by" | "at" | "the")
                    || ends_poss(p)
            })
        {
            return false;
        }
        let be = |w: Option<&str>| {
            w.is_some_and(|w| {
                matches!(
                    w,
                    "is" | "was"
                        | "are"
                        | "were"
                        | "been"
                        | "be"
                        | "am"
                        | "being"
                        | "'s"
                        | "’s"
                        | "isn't"
                        | "isn’t"
                        | "aren't"
                        | "aren’t"
                        | "wasn't"
                        | "wasn’t"
                        | "weren't"
                        | "weren’t"
                )
            })
        };
        if l.ends_with("ing") {
            // `is once again questioning`: adverbs may stand after the auxiliary
            let mut j = i;
            while j > lo && self.between(j - 1) && !be(self.word(j - 1)) {
                j -= 1;
            }
            return be(prev) || be(prev2) || j > lo && be(self.word(j - 1)) || by_report;
        }
        // a reduced passive relative: `members, called to service by the
        // governor, …`
        if !l.ends_with("ing")
            && lexicon::lemma(l) != Some(l)
            && !l.ends_with('s')
            && (self.word(i + 1) == Some("by")
                || self.word(i + 2) == Some("by") && self.word(i + 1).is_some_and(|w| w != "that"))
            && i > lo
            && self.toks[i - 1].lower == ","
        {
            return false;
        }
        // a reduced passive: `troops targeted by insurgents`, `views echoed
        // by experts` (an active cue is not followed by its agent)
        if lexicon::lemma(l) != Some(l)
            && !l.ends_with('s')
            && self.word(i + 1) == Some("by")
            && !prev.is_some_and(|p| {
                matches!(
                    p,
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "been"
                        | "be"
                        | "being"
                        | "has"
                        | "have"
                        | "had"
                )
            })
        {
            return false;
        }
        // a plural noun before a verb: `member states complained`
        if l.ends_with('s')
            && lexicon::lemma(l) != Some(l)
            && self.word(i + 1).is_some_and(|w| {
                w.ends_with("ed") && w.len() > 4
                    || lexicon::is_verb(w)
                        && lexicon::lemma(w) != Some(w)
                        && !w.ends_with('s')
                        && !w.ends_with("ing")
                    || matches!(
                        w,
                        "have" | "are" | "were" | "will" | "would" | "could" | "can" | "say"
                    )
            })
        {
            return false;
        }
        if lexicon::lemma(l) == Some(l) && !matches!(l, "read" | "forecast" | "broadcast") {
            let modal = |w: Option<&str>| {
                w.is_some_and(|w| {
                    matches!(
                        w,
                        "will"
                            | "would"
                            | "could"
                            | "can"
                            | "may"
                            | "might"
                            | "should"
                            | "must"
                            | "shall"
                            | "did"
                            | "do"
                            | "does"
                            | "to"
                            | "not"
                            | "never"
                            | "n't"
                    )
                })
            };
            if modal(prev) || modal(prev2) {
                return true;
            }
            // the subject
            let mut j = i;
            while j > lo && self.between(j - 1) {
                j -= 1;
            }
            return j > lo
                && (self.word(j - 1).is_some_and(|w| {
                    matches!(w, "i" | "we" | "they" | "you")
                        || (w.ends_with('s') && !w.ends_with("ss") && !ends_poss(w))
                        || lexicon::is_bare_head(w)
                })
                    // coordinated or plural subjects: `Mr. Grassley and
                    // Mr. Leahy say`, `Those close to him say`
                    || self.clause_subject(lo, i).is_some_and(|np| {
                        let t = &self.toks[np.0..np.1];
                        t.iter().any(|t| t.lower == "and") && !t.iter().any(|t| t.lower == ",")
                            || matches!(
                                t[0].lower.as_str(),
                                "these" | "those" | "many" | "some" | "most" | "both" | "all"
                                    | "several" | "few" | "two" | "three" | "other"
                            )
                            || t.iter().any(|t| {
                                !t.cap
                                    && t.kind == Kind::Word
                                    && t.lower.ends_with('s')
                                    && !t.lower.ends_with("ss")
                                    && !ends_poss(&t.lower)
                                    && t.lower.len() > 3
                            })
                    }));
        }
        true
    }

    /// Byte span of a speaker phrase, without a leading adverbial closed by
    /// a comma (`This week, the president`, `Citing a poll, Doe`) and
    /// without a trailing comma-led adverbial or participle (`Doe, at
    /// Monday's debate`, `Doe, speaking to a veterans group`, `Doe,
    /// however`); appositions (`Doe, a lawyer for the union`) stay.
    fn speaker_span(&self, r: (usize, usize)) -> (usize, usize) {
        let (mut a, mut b) = r;
        let time_word = |w: &str| {
            matches!(
                w,
                "ago"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "overall"
                    | "however"
                    | "meanwhile"
                    | "instead"
                    | "still"
                    | "now"
                    | "then"
            ) || lexicon::is_between(w) && w.ends_with("day")
        };
        if let Some(c) = (a..b).find(|&k| self.toks[k].lower == ",") {
            let lead = &self.toks[a..c];
            let adverbial = lead.first().is_some_and(|t| {
                t.kind == Kind::Word
                    && t.lower.ends_with("ing")
                    && self
                        .toks
                        .get(a + 1)
                        .is_some_and(|n| n.kind == Kind::Word && !n.cap)
                    || t.kind == Kind::Word
                        && matches!(
                            t.lower.as_str(),
                            "in" | "on" | "at" | "during" | "after" | "before" | "since" | "for"
                        )
            }) || lead.iter().any(|t| time_word(&t.lower));
            if adverbial && c + 1 < b && self.np_like(c + 1, b) {
                a = c + 1;
            }
        }
        if let Some(c) = (a + 1..b).find(|&k| {
            self.toks[k].lower == ","
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && !n.cap
                        && (matches!(
                            n.lower.as_str(),
                            "in" | "on"
                                | "at"
                                | "during"
                                | "despite"
                                | "after"
                                | "before"
                                | "with"
                                | "however"
                                | "meanwhile"
                                | "though"
                                | "too"
                                | "for"
                        ) || n.lower.ends_with("ing") && n.lower != "including"
                            || is_ly_adverb(&n.lower))
                })
        }) {
            b = c;
        }
        self.span_of((a, b))
    }

    fn span_of(&self, r: (usize, usize)) -> (usize, usize) {
        (self.toks[r.0].s, self.toks[r.1 - 1].e)
    }

    /// Canonical name for a capitalised speaker phrase: the fullest name in
    /// the article ending with the same last name word.
    fn canonical(&self, s: usize, e: usize) -> Option<String> {
        // an apposition names the speaker before its comma
        let e = self.text[s..e].find([',', '(']).map_or(e, |k| s + k);
        let (a, b) = self.tok_range(s, e);
        // `residents of Kolvets`: a name after a preposition is not the
        // speaker's unless the head speaks for it (`a spokesman for X`)
        if let Some(p) = (a + 1..b).find(|&k| {
            self.toks[k].kind == Kind::Word
                && matches!(
                    self.toks[k].lower.as_str(),
                    "of" | "for" | "at" | "in" | "from" | "with"
                )
        }) {
            // a capital that only opens the sentence does not name
            let initial = self.sentence_initial(a);
            let head_cap = self.toks[a..p].iter().enumerate().any(|(k, t)| {
                t.kind == Kind::Word
                    && t.cap
                    && !(k == 0 && initial && p - a == 1)
                    && !lexicon::is_title(t.lower.trim_end_matches('.'))
                    && !FUNCTION_CAPS.contains(&t.lower.as_str())
            });
            let spokes = self.toks[a..p].iter().any(|t| {
                t.lower.starts_with("spokes")
                    || matches!(t.lower.as_str(), "representative" | "lawyer" | "attorney")
            });
            // a group (`residents of Kolvets`, `officials at the
            // ministry`) is not named by the place or body after it
            let group = self.toks[p - 1].lower.ends_with('s')
                && !self.toks[p - 1].lower.ends_with("ss")
                && (!self.toks[p - 1].cap || p - 1 == a && initial);
            if !head_cap && !spokes && group {
                return None;
            }
        }
        // last capitalised word (the head of a name), stripped of possessive
        let head = self.toks[a..b]
            .iter()
            .rev()
            .find(|t| {
                t.kind == Kind::Word && t.cap && !lexicon::is_title(t.lower.trim_end_matches('.'))
            })
            .or_else(|| {
                self.toks[a..b]
                    .iter()
                    .rev()
                    .find(|t| t.kind == Kind::Word && t.cap)
            })?;
        // the head must be the end of a capitalised run in the speaker
        let surname = strip_poss(&self.text[head.s..head.e]);
        // the run containing head
        let own = self
            .names
            .iter()
            .find(|n| n.0 <= head.s && head.e <= n.1)
            .map(|n| n.2.clone());
        let own = own?;
        if own.last().map(String::as_str) != Some(surname) {
            return Some(own.join(" "));
        }
        let best = self
            .names
            .iter()
            .filter(|n| n.2.last().map(String::as_str) == Some(surname))
            .filter(|n| n.2.len() <= 4)
            .max_by_key(|n| (n.2.len(), std::cmp::Reverse(n.0)))
            .map(|n| n.2.join(" "));
        best.or(Some(own.join(" ")))
    }

    /// Could this name be a person's? No organisation, title or calendar
    /// word, no nationality adjective first; a known given name or two to
    /// four words. A single unknown word is not: a person's first mention
    /// gives the full name, which `canonical` prefers to the surname, so a
    /// name that stays one word is more often a country or a body
    /// ("Karvonia says …; he added" is not about Karvonia).
    fn person_like(name: &str) -> bool {
        let words: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
        if words.iter().any(|w| {
            lexicon::is_org(w)
                || w.len() > 4 && lexicon::is_org(w.trim_end_matches('s'))
                || lexicon::is_title(w)
                || lexicon::is_calendar_or_thing(w)
        }) {
            return false;
        }
        let first = words.first().map_or("", String::as_str);
        if lexicon::name_gender(first).is_some() {
            return true;
        }
        if first.ends_with("an") && first.len() > 5
            || first.ends_with("ish")
            || first.ends_with("ese")
        {
            return false;
        }
        (2..=4).contains(&words.len())
    }
}

/// Is `line` a headline in title case (most words of four letters or more
/// capitalised, three to twenty of them)?
fn is_headline(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() > 3)
        .collect();
    if words.len() < 3 || words.len() > 20 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    caps * 10 >= words.len() * 8
}

/// A headline `Name: claim` (`Lind: Bridge Will Close`): the byte length
/// of the name (one to three capitalised words) before the colon.
fn headline_source_len(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let name = &line[..colon];
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=3).contains(&words.len())
        && !name.starts_with(' ')
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && line[colon + 1..].split_whitespace().count() >= 3
        && is_headline(line);
    ok.then_some(colon)
}

/// In a headline written in title case (`Senator Says Port Will Reopen`,
/// `Port Will Reopen, Senator Says`) a reporting verb in the third person
/// is capitalised like every word: read it as the verb it is.
fn uncap_headline_verbs(text: &str, toks: &mut [Tok]) {
    let mut line_start = 0;
    for line in text.split('\n') {
        let ls = line_start;
        let le = ls + line.len();
        line_start = le + 1;
        if !is_headline(line) {
            continue;
        }
        let a = toks.partition_point(|t| t.s < ls);
        let b = toks.partition_point(|t| t.s < le);
        for k in a + 1..b {
            let t = &toks[k];
            let l = t.lower.as_str();
            if t.cap
                && t.kind == Kind::Word
                && l.ends_with('s')
                && lexicon::is_verb(l)
                && lexicon::lemma(l) != Some(l)
                && toks[k - 1].kind == Kind::Word
            {
                toks[k].cap = false;
            }
        }
    }
}

/// A manner or time adverb in `-ly` (`sharply`, `repeatedly`), not a
/// noun or adjective with that ending.
fn is_ly_adverb(l: &str) -> bool {
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
fn is_aux(w: &str) -> bool {
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

fn ends_poss(l: &str) -> bool {
    l.ends_with("'s") || l.ends_with("’s")
}

/// A short quoted stretch in Title Case is a title or name (`"State of
/// the Union"`), not speech.
fn is_title_case(inner: &str) -> bool {
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

fn trim_end_punct(text: &str, s: usize, e: usize) -> usize {
    let mut e = e;
    while e > s {
        let Some(c) = text[s..e].chars().next_back() else {
            break;
        };
        if c.is_whitespace() || matches!(c, '.' | '!' | '?' | ';') {
            e -= c.len_utf8();
        } else {
            break;
        }
    }
    e
}

struct Found {
    kind: QuoteKind,
    s: usize,
    e: usize,
    inner: (usize, usize),
    /// Further pieces of a quotation split by its attribution.
    more: Vec<(usize, usize)>,
    speaker: Option<(usize, usize)>,
    /// resolved name inherited from a previous quote
    inherited: Option<(Speaker, usize)>,
    cue: Option<(usize, usize)>,
}

/// The speaker and cue (byte spans) of a reporting sentence that directly
/// precedes an unattributed quote opening sentence `s0` (at byte `qs`) in
/// the same paragraph, with no quote found since: a writer who names a
/// speaker's claim and then quotes it gives the quote to that speaker.
fn lead_in_speaker(
    ctx: &Ctx,
    sents: &[(usize, usize)],
    found: &[Found],
    s0: usize,
    qs: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let (ps, pe) = *sents.get(s0.checked_sub(1)?)?;
    let text = ctx.text;
    let gap = text.get(pe.min(qs)..qs)?;
    // the quote opens its sentence, right after the lead-in, same paragraph
    if !gap.trim().is_empty() || gap.contains('\n') {
        return None;
    }
    // a lead-in that quotes, or follows a quote, is handled as such (a
    // title in quote marks is no quote)
    if found.iter().any(|f| f.e > ps.saturating_sub(1)) {
        return None;
    }
    let (lo, hi) = ctx.tok_range(ps, pe);
    let a = ctx.indirect(lo, hi, ps, pe)?;
    let sp = ctx.speaker_span(a.speaker?);
    // a speaker that is a name or a pronoun, not a clause fragment
    let first = text.get(sp.0..sp.1)?.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    Some((sp, ctx.span_of(a.cue)))
}

/// The part of a sentence `text[start..]` before `at` (where a mixed
/// quote's attribution begins) that may hold an attribution of its own:
/// its end with the joining `, but` / `, and` / `, while` cut off, when
/// six words or more are left.
fn uncovered_prefix(text: &str, start: usize, at: usize) -> Option<usize> {
    let mut part = text.get(start..at)?.trim_end();
    for joint in ["but", "and", "while", "although", "though"] {
        if let Some(rest) = part.strip_suffix(joint) {
            if rest.ends_with(|c: char| c.is_whitespace() || c == ',') {
                part = rest.trim_end();
                break;
            }
        }
    }
    let part = part.trim_end_matches([',', ';']).trim_end();
    (part.split_whitespace().count() >= 6).then_some(start + part.len())
}

/// Cue verbs with a particle that makes them another verb, one that
/// reports no speech (`call up` reservists, `call off` a strike).
const NOT_SPEECH_PHRASAL: &[(&str, &str)] = &[("call", "up"), ("call", "off"), ("call", "in")];

impl Found {
    /// Reported speech over `s..e`: indirect, or mixed when a quotation
    /// lies inside it.
    fn reported(
        s: usize,
        e: usize,
        qspans: &[QSpan],
        speaker: Option<(usize, usize)>,
        cue: Option<(usize, usize)>,
    ) -> Found {
        let mixed = qspans.iter().any(|q| q.s >= s && q.e <= e + 3);
        Found {
            kind: if mixed {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            s,
            e,
            inner: (s, e),
            more: Vec::new(),
            speaker,
            inherited: None,
            cue,
        }
    }
}

/// Finds the quotations of one article: direct, indirect and mixed, with
/// speaker and cue. `text` is the article's clean text, `sentences` its
/// sentence spans (from [`crate::split_sentences`]); evidence offsets are
/// byte offsets into `text`. Never panics.
pub fn extract_quotes(article_id: &str, text: &str, sentences: &[Span]) -> Vec<Quote> {
    let ctx = Ctx::new(text);
    let qspans = find_quote_spans(text);
    let mut sents: Vec<(usize, usize)> = sentences
        .iter()
        .filter(|s| s.start < s.end && s.end <= text.len())
        .filter(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end))
        .map(|s| (s.start, s.end))
        .collect();
    if sents.is_empty() && !text.trim().is_empty() {
        sents.push((0, text.len()));
    }
    let sent_of = |b: usize| -> Option<usize> {
        let k = sents.partition_point(|s| s.0 <= b);
        if k == 0 {
            None
        } else {
            Some(k - 1)
        }
    };
    let mut found: Vec<Found> = Vec::new();
    let mut covered_sents = vec![false; sents.len()];
    let para_of = |b: usize| text[..b.min(text.len())].matches("\n\n").count();

    for (qi, q) in qspans.iter().enumerate() {
        let inner_words = text[q.is..q.ie].split_whitespace().count();
        if inner_words == 0 || is_title_case(&text[q.is..q.ie]) {
            continue;
        }
        let Some(s0) = sent_of(q.s) else { continue };
        // a transcript turn: `"PENCE: Well, look, …`
        let lead = text[q.is..q.ie].len() - text[q.is..q.ie].trim_start().len();
        if let Some(len) = speaker_label_len(&text[q.is + lead..q.ie]) {
            let (la, lb) = ctx.tok_range(q.is + lead, q.is + lead + len);
            let body = q.is + lead + len + 1;
            let bs = body + (text[body..q.ie].len() - text[body..q.ie].trim_start().len());
            if lb > la && bs < q.ie {
                let s1 = sent_of(q.e.saturating_sub(1)).unwrap_or(s0).max(s0);
                for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                    *c = true;
                }
                found.push(Found {
                    kind: QuoteKind::Direct,
                    s: bs,
                    e: q.e,
                    inner: (bs, q.ie),
                    more: Vec::new(),
                    speaker: Some(ctx.span_of((la, lb))),
                    inherited: None,
                    cue: Some((body - 1, body)),
                });
                continue;
            }
        }
        let s1 = sent_of(q.e.saturating_sub(1)).unwrap_or(s0).max(s0);
        let (ss, _) = sents[s0];
        let (_, se) = sents[s1];
        // previous quote end within the sentence / next quote start
        let lo_b = qspans[..qi]
            .iter()
            .rev()
            .find(|p| p.e > ss)
            .map_or(ss, |p| p.e);
        let hi_b = qspans.get(qi + 1).filter(|n| n.s < se).map_or(se, |n| n.s);
        let (after_lo, mut after_hi) = ctx.tok_range(q.e, hi_b);
        // a dash attribution on its own after the quote: `"…" — Jane Doe`
        if !ctx.toks[after_lo..after_hi]
            .iter()
            .any(|t| t.kind == Kind::Word)
            && ctx
                .toks
                .get(after_hi)
                .is_some_and(|t| matches!(t.lower.as_str(), "—" | "–" | "―"))
            && !text[q.e..ctx.toks[after_hi].s].contains('\n')
        {
            let pe = text[q.e..].find("\n").map_or(text.len(), |k| q.e + k);
            after_hi = ctx.tok_range(q.e, pe).1;
        }
        let (before_lo, before_hi) = ctx.tok_range(lo_b, q.s);
        let mut kind = QuoteKind::Direct;
        // the attribution after a quote ends its clause: `"…," she said
        // on Monday.`, not `"Title" host Jane Doe said the plan …`
        // `"… policy." The network said it would …` opens a new sentence
        let full_stop = text[q.is..q.ie].trim_end().ends_with('.');
        // `"…," Jane Doe told reporters after the long meeting that …`: a
        // comma closing the quote hands it to the attribution after it
        let comma_close =
            text[q.is..q.ie].trim_end().ends_with(',') || text[q.e..].starts_with(',');
        let ends_clause = |a: &Attr, hi: usize| {
            if full_stop
                && (ctx.clause_follows(a.cue.1, hi)
                    || ctx.toks[a.cue.1..hi]
                        .iter()
                        .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | "—" | "–"))
                        .filter(|t| t.kind == Kind::Word)
                        .count()
                        > 5)
            {
                return false;
            }
            let adverbial = ctx.word(a.cue.1).is_some_and(|w| {
                NP_PREPS.contains(&w)
                    || CLAUSE_CONJ.contains(&w)
                    || matches!(
                        w,
                        "during" | "outside" | "about" | "adding" | "noting" | "until"
                    )
            });
            (adverbial
                || comma_close
                || ctx.toks[a.cue.1..hi]
                    .iter()
                    .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | "—" | "–"))
                    .filter(|t| t.kind == Kind::Word)
                    .count()
                    <= 12)
                && !ctx.toks[a.cue.1..hi]
                    .iter()
                    .take(3)
                    .take_while(|t| t.lower != ",")
                    .any(|t| t.lower == "that")
        };
        let mut attr = ctx
            .attr_after(after_lo, after_hi)
            .filter(|a| ends_clause(a, after_hi));
        // `"…?" Graham asked.` split off as a sentence of its own
        if attr.is_none()
            && !ctx.toks[after_lo..after_hi]
                .iter()
                .any(|t| t.kind == Kind::Word)
            && s1 + 1 < sents.len()
            && q.e <= sents[s1 + 1].0
            && text
                .get(q.e..sents[s1 + 1].0)
                .is_some_and(|g| g.trim().is_empty() && !g.contains('\n'))
            && qspans.get(qi + 1).is_none_or(|n| n.s >= sents[s1 + 1].1)
        {
            let (ns, ne) = sents[s1 + 1];
            let (nlo, nhi) = ctx.tok_range(ns, ne);
            let words = ctx.toks[nlo..nhi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            if words <= 14 {
                if let Some(a) = ctx.attr_after(nlo, nhi).filter(|a| {
                    ends_clause(a, nhi) && a.speaker.is_some_and(|sp| ctx.toks[sp.0].cap)
                        || a.speaker.is_some_and(|sp| {
                            lexicon::PRONOUNS.contains(&ctx.toks[sp.0].lower.as_str())
                        })
                }) {
                    if let Some(c) = covered_sents.get_mut(s1 + 1) {
                        *c = true;
                    }
                    attr = Some(a);
                }
            }
        }
        // `X admires Y as a "strong leader," comparing him to Z`: a
        // participle after the quote has its subject before the quote, so
        // an attribution there wins over the object after the participle
        let participle_after = attr.as_ref().is_some_and(|a| {
            ctx.toks[a.cue.0].lower.ends_with("ing") && a.speaker.is_some_and(|sp| sp.0 > a.cue.0)
        });
        if participle_after
            && ctx
                .attr_before(before_lo, before_hi)
                .is_some_and(|(b, _)| b.speaker.is_some())
        {
            attr = None;
        }
        let mut span = (q.s, q.e);
        if attr.is_none() {
            if let Some((a, mixed)) = ctx.attr_before(before_lo, before_hi) {
                if mixed {
                    kind = QuoteKind::Mixed;
                    let ce = trim_end_punct(text, ss, se).max(q.e);
                    span = (a.content.0.min(q.s), ce);
                }
                attr = Some(a);
            }
        }
        // an introduction ending in a colon in the sentence before:
        // `X said on Monday:\n\n"…"`
        if attr.is_none()
            && s0 > 0
            && !ctx.toks[before_lo..before_hi]
                .iter()
                .any(|t| t.kind == Kind::Word)
        {
            let (ps, pe) = sents[s0 - 1];
            if text[ps..pe].trim_end().ends_with(':')
                && !qspans.iter().any(|p| p.s >= ps && p.e <= pe)
            {
                let (plo, phi) = ctx.tok_range(ps, pe);
                if let Some((a, _)) = ctx.attr_before(plo, phi) {
                    attr = Some(a);
                }
            }
        }
        // text outside the quote in its sentence
        let outside_words = ctx.toks[before_lo..before_hi]
            .iter()
            .chain(&ctx.toks[after_lo..after_hi])
            .filter(|t| t.kind == Kind::Word)
            .count();
        let (full_lo, full_hi) = ctx.tok_range(ss, se);
        let sentence_words = ctx.toks[full_lo..full_hi]
            .iter()
            .filter(|t| t.kind == Kind::Word && (t.s < q.s || t.s >= q.e))
            .count();
        let whole = outside_words <= 2 && sentence_words <= outside_words + 2;
        match attr {
            Some(a) => {
                let words_before = ctx.toks[full_lo..full_hi]
                    .iter()
                    .filter(|t| t.kind == Kind::Word && t.s < q.s)
                    .count();
                // (a whole sentence quoted after a colon or comma is no
                // fragment: `… in the workplace: "Our progress …," the union
                // wrote.`)
                let introduced = before_hi > before_lo
                    && matches!(ctx.toks[before_hi - 1].lower.as_str(), ":" | ",")
                    && text[q.is..q.ie]
                        .chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(char::is_uppercase)
                    && inner_words >= 4;
                if kind == QuoteKind::Direct
                    && words_before >= 4
                    && !introduced
                    && ctx.span_of(a.cue).0 > q.e
                {
                    // a paraphrase ending in a quoted fragment, then the
                    // attribution: `… a top priority "is X," Doe said.`
                    kind = QuoteKind::Mixed;
                    span = (ss, q.e);
                } else if kind == QuoteKind::Direct
                    && inner_words < 3
                    && !whole
                    && ctx.span_of(a.cue).0 < q.s
                {
                    // a short fragment directly after a cue: `called it "a
                    // farce"` (not `"I would," she said.`)
                    kind = QuoteKind::Mixed;
                    let k = a.cue.1;
                    let cs = ctx.toks.get(k).map_or(q.s, |t| t.s).min(q.s);
                    span = (cs, trim_end_punct(text, ss, se).max(q.e));
                }
                for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                    *c = true;
                }
                found.push(Found {
                    kind,
                    s: span.0,
                    e: span.1,
                    inner: (q.is, q.ie),
                    more: Vec::new(),
                    speaker: a.speaker.map(|r| ctx.speaker_span(r)),
                    inherited: None,
                    cue: Some(ctx.span_of(a.cue)),
                });
                // the main verb before a participial cue is a statement of
                // its own: `Trump attacked Clinton for …, saying, "…"`
                if let Some(sp) = a.speaker {
                    let p = a.cue.0;
                    if p > sp.1 + 1
                        && ctx.toks[p].lower.ends_with("ing")
                        && ctx.toks[p - 1].lower == ","
                        && ctx.toks[p].s > ss
                    {
                        if let Some(v) = (sp.1..p - 1).find(|&v| ctx.is_cue_verb(v)) {
                            let cs = ctx.toks.get(v + 1).map_or(q.s, |t| t.s);
                            let ce = ctx.toks[p - 1].s;
                            if ce > cs && text[cs..ce].split_whitespace().count() >= 2 {
                                found.push(Found {
                                    kind: QuoteKind::Indirect,
                                    s: cs,
                                    e: ce,
                                    inner: (cs, ce),
                                    more: Vec::new(),
                                    speaker: Some(ctx.speaker_span(sp)),
                                    inherited: None,
                                    cue: Some(ctx.span_of((v, v + 1))),
                                });
                            }
                        }
                    }
                }
                // a second statement after the quote and its attribution:
                // `"…," he told the group, adding that the phrase …`
                let from = ctx
                    .span_of(a.cue)
                    .1
                    .max(span.1)
                    // (after the speaker's apposition: `said Doe, a lawyer
                    // who has been challenging …` is no second statement)
                    .max(a.speaker.map_or(0, |r| ctx.speaker_span(r).1));
                if hi_b == se && from < se {
                    let (plo, phi) = ctx.tok_range(from, se);
                    if let Some(k) = (plo + 1..phi.saturating_sub(3)).find(|&k| {
                        let t = &ctx.toks[k];
                        let participle = t.lower.ends_with("ing")
                            && (!lexicon::is_weak_verb(&t.lower) || t.lower == "adding")
                            && ctx.toks[k - 1].lower == ",";
                        // `… "vote your conscience" and said he was …`
                        let and_finite = ctx.toks[k - 1].lower == "and"
                            && !t.lower.ends_with("ing")
                            && (!lexicon::is_weak_verb(&t.lower) || t.lower == "added")
                            && lexicon::lemma(&t.lower) != Some(t.lower.as_str())
                            && (ctx.word(k + 1) == Some("that") || ctx.clause_follows(k + 1, phi));
                        t.kind == Kind::Word
                            && !t.cap
                            && lexicon::is_verb(&t.lower)
                            && (participle || and_finite)
                    }) {
                        let cs = ctx.toks[k + 1].s;
                        let ce = trim_end_punct(text, cs, se);
                        if text[cs..ce].split_whitespace().count() >= 3 {
                            found.push(Found::reported(
                                cs,
                                ce,
                                &qspans,
                                a.speaker.map(|r| ctx.speaker_span(r)),
                                Some(ctx.span_of((k, k + 1))),
                            ));
                        }
                    } else if let Some(b) = (plo..phi.saturating_sub(4))
                        .filter(|&k| {
                            matches!(
                                ctx.toks[k].lower.as_str(),
                                "," | "and"
                                    | "but"
                                    | "though"
                                    | "although"
                                    | "while"
                                    | "as"
                                    | "when"
                                    | "because"
                            ) && ctx.toks.get(k + 1).is_some_and(|t| t.s >= q.e)
                        })
                        .find_map(|k| {
                            // another attribution in a clause of its own
                            // after the quote: `"…," she said, though she
                            // noted clients are …`
                            let b = ctx.indirect(k + 1, phi, ctx.toks[k + 1].s, se)?;
                            let own = b.speaker.is_some_and(|sp| sp.0 > k)
                                && b.content.0 >= ctx.toks[k + 1].s
                                && b.content.1 > b.content.0;
                            own.then_some(b)
                        })
                    {
                        let (cs, ce) = b.content;
                        if text[cs..ce].split_whitespace().count() >= 3 {
                            found.push(Found::reported(
                                cs,
                                ce,
                                &qspans,
                                b.speaker.map(|r| ctx.speaker_span(r)),
                                Some(ctx.span_of(b.cue)),
                            ));
                        }
                    }
                }
            }
            None => {
                // a scare quote or title: short and inside other prose
                if !whole && inner_words < 6 {
                    continue;
                }
                if !whole {
                    // quote inside a sentence with an indirect cue: mixed
                    if let Some(a) =
                        ctx.indirect(ctx.tok_range(ss, se).0, ctx.tok_range(ss, se).1, ss, se)
                    {
                        let (cs, ce) = a.content;
                        if cs <= q.s && q.e <= ce + 3 {
                            for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                                *c = true;
                            }
                            found.push(Found {
                                kind: QuoteKind::Mixed,
                                s: cs,
                                e: ce.max(q.e),
                                inner: (q.is, q.ie),
                                more: Vec::new(),
                                speaker: a.speaker.map(|r| ctx.speaker_span(r)),
                                inherited: None,
                                cue: Some(ctx.span_of(a.cue)),
                            });
                            continue;
                        }
                    }
                }
                // a reporting sentence of its own right before the quote in
                // its paragraph names the speaker better than an earlier
                // quote: `Sanders identified X as a reason. "The young …"`
                if whole {
                    if let Some(lead) = lead_in_speaker(&ctx, &sents, &found, s0, q.s) {
                        for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                            *c = true;
                        }
                        found.push(Found {
                            kind: QuoteKind::Direct,
                            s: q.s,
                            e: q.e,
                            inner: (q.is, q.ie),
                            more: Vec::new(),
                            speaker: Some(lead.0),
                            inherited: None,
                            cue: Some(lead.1),
                        });
                        continue;
                    }
                }
                // continuation of the previous speaker (same or previous paragraph)
                let prev = found
                    .iter()
                    .rev()
                    .find(|f| f.speaker.is_some() || f.inherited.is_some());
                let here = para_of(q.s);
                let inherit = prev.and_then(|p| {
                    let pp = para_of(p.s);
                    if pp == here || pp + 1 == here || (pp + 2 == here && whole) {
                        Some(p)
                    } else {
                        None
                    }
                });
                if inherit.is_none() && !whole {
                    continue;
                }
                for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                    *c = true;
                }
                let inherited = inherit.map(|p| {
                    let sp = p.speaker.or(p
                        .inherited
                        .as_ref()
                        .map(|(s, _)| (s.evidence.start, s.evidence.end)));
                    let (a, b) = sp.unwrap_or((0, 0));
                    (
                        Speaker {
                            text: text[a..b].to_string(),
                            evidence: Evidence {
                                article: article_id.to_string(),
                                start: a,
                                end: b,
                            },
                            entity: None,
                            name: None,
                        },
                        0,
                    )
                });
                found.push(Found {
                    kind: QuoteKind::Direct,
                    s: q.s,
                    e: q.e,
                    inner: (q.is, q.ie),
                    more: Vec::new(),
                    speaker: None,
                    inherited,
                    cue: None,
                });
            }
        }
    }

    // indirect speech in sentences without a direct quote, and before the
    // attribution of a mixed one: `X told reporters that A, but he added
    // that it would not "B"` reports A too
    let mixed_only: Vec<Option<usize>> = sents
        .iter()
        .enumerate()
        .map(|(k, &(ss, se))| {
            if !covered_sents[k] {
                return None;
            }
            let mut first: Option<usize> = None;
            for f in found.iter().filter(|f| f.e > ss && f.s < se) {
                if f.kind != QuoteKind::Mixed || f.s < ss {
                    return None;
                }
                let starts = [Some(f.s), f.speaker.map(|p| p.0), f.cue.map(|c| c.0)];
                let at = starts.into_iter().flatten().min().unwrap_or(f.s);
                first = Some(first.map_or(at, |x: usize| x.min(at)));
            }
            first.and_then(|at| uncovered_prefix(text, ss, at))
        })
        .collect();
    for (k, &(ss, se)) in sents.iter().enumerate() {
        let (se, prefix) = match (covered_sents[k], mixed_only[k]) {
            (false, _) => (se, false),
            (true, Some(end)) => (end, true),
            (true, None) => continue,
        };
        let (lo, hi) = ctx.tok_range(ss, se);
        // a headline `Name: claim`
        let line_start = text[..ss].rfind('\n').map_or(0, |n| n + 1);
        if !prefix && text[line_start..ss].trim().is_empty() {
            let le = text[ss..].find('\n').map_or(text.len(), |n| ss + n);
            if let Some(len) = headline_source_len(&text[ss..le]) {
                let (la, lb) = ctx.tok_range(ss, ss + len);
                let body = ss + len + 1;
                let bs = body + (text[body..le].len() - text[body..le].trim_start().len());
                let be = trim_end_punct(text, bs, le);
                if lb > la && be > bs {
                    for (m, c) in covered_sents.iter_mut().enumerate().skip(k) {
                        if sents[m].0 < le {
                            *c = true;
                        }
                    }
                    found.push(Found::reported(
                        bs,
                        be,
                        &qspans,
                        Some(ctx.span_of((la, lb))),
                        Some((body - 1, body)),
                    ));
                    continue;
                }
            }
        }
        // an introduction ending in a colon before a block quotation without
        // marks: `The governor added:\n\nIt's typical of …`
        if !prefix && text[ss..se].trim_end().ends_with(':') {
            let next_para = text[se..]
                .find("\n")
                .map(|n| se + n)
                .filter(|&n| text[se..n].trim().is_empty());
            if let (Some(np), Some((a, _))) = (next_para, ctx.attr_before(lo, hi)) {
                let bs = np + (text[np..].len() - text[np..].trim_start().len());
                let be = text[bs..].find("\n").map_or(text.len(), |n| bs + n);
                let be = bs + text[bs..be].trim_end().len();
                let marked = text[bs..be].starts_with(is_mark);
                if a.speaker.is_some()
                    && be > bs
                    && !marked
                    && text[bs..be].split_whitespace().count() >= 3
                {
                    for (m, c) in covered_sents.iter_mut().enumerate().skip(k) {
                        if sents[m].0 < be {
                            *c = true;
                        }
                    }
                    found.push(Found {
                        kind: QuoteKind::Direct,
                        s: bs,
                        e: be,
                        inner: (bs, be),
                        more: Vec::new(),
                        speaker: a.speaker.map(|r| ctx.speaker_span(r)),
                        inherited: None,
                        cue: Some(ctx.span_of(a.cue)),
                    });
                    continue;
                }
            }
        }
        // skip tokens inside quotes
        let mut attrs = Vec::new();
        if let Some(a) = ctx.indirect(lo, hi, ss, se) {
            attrs = ctx.split_coordinated(a, hi, se);
        } else if let Some(a) = ctx.participle_only(lo, hi, se) {
            attrs.push(a);
        }
        for a in attrs {
            let (cs, ce) = a.content;
            if ce <= cs || text[cs..ce].split_whitespace().count() < 3 {
                continue;
            }
            // before a mixed quote, only a complete `X cue that …`
            if prefix && (a.speaker.is_none() || text[cs..ce].split_whitespace().count() < 5) {
                continue;
            }
            found.push(Found::reported(
                cs,
                ce,
                &qspans,
                a.speaker.map(|r| ctx.speaker_span(r)),
                Some(ctx.span_of(a.cue)),
            ));
        }
    }
    found.sort_by_key(|f| (f.s, f.e));
    // drop quotes nested in others
    let mut kept: Vec<Found> = Vec::new();
    for f in found {
        if let Some(last) = kept.last_mut() {
            if f.s < last.e && f.e <= last.e {
                continue;
            }
            // a continuation right after the previous quote and its
            // attribution (`"A," he said. "B."`, or the next paragraph) is
            // the same quotation
            let between = &text[last.e.min(f.s)..f.s];
            let continuation = f.cue.is_none() && f.inherited.is_some();
            // `"A," he said, "B."`: both pieces read the same cue
            let shared_cue = f.cue.is_some() && f.cue == last.cue && f.speaker == last.speaker;
            if f.kind == QuoteKind::Direct
                && (continuation || shared_cue)
                && last.kind == QuoteKind::Direct
                && last.e <= f.s
                && (between.split_whitespace().count() <= 12
                    && between.matches("\n\n").count() <= 1
                    // `"A," said X, a long apposition. "B."`
                    || between.split_whitespace().count() <= 40
                        && !between.contains("\n\n")
                        && last.cue.is_some_and(|c| c.0 >= last.e))
            {
                last.e = f.e;
                last.more.push(f.inner);
                continue;
            }
        }
        // `"A," Doe said, emphasizing the past. "B."`: the second piece of a
        // quotation split by its attribution and a statement of the same
        // speaker between them joins the first
        let f_speaker = f.speaker.or(f
            .inherited
            .as_ref()
            .map(|(s, _)| (s.evidence.start, s.evidence.end)));
        if f.kind == QuoteKind::Direct && f_speaker.is_some() {
            if let Some(di) = kept.iter().rposition(|x| x.kind == QuoteKind::Direct) {
                let d = &kept[di];
                let between = &text[d.e.min(f.s)..f.s];
                let inside = kept[di + 1..]
                    .iter()
                    .all(|x| x.s >= d.e && x.e <= f.s && x.speaker == f_speaker);
                if di + 1 < kept.len()
                    && inside
                    && d.speaker == f_speaker
                    && d.e <= f.s
                    && d.cue.is_some_and(|c| c.0 >= d.e && c.1 <= f.s)
                    && between.split_whitespace().count() <= 40
                    && !between.contains("\n\n")
                {
                    let d = &mut kept[di];
                    d.e = f.e;
                    d.more.push(f.inner);
                    continue;
                }
            }
        }
        kept.push(f);
    }

    // speakers: canonical names and pronoun resolution, in text order
    let mut out = Vec::new();
    let mut history: Vec<(usize, String, bool)> = Vec::new(); // (pos, name, person)
    let mut genders: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
    for (n, f) in kept.into_iter().enumerate() {
        let speaker = if let Some((a, b)) = f.speaker {
            let surface = &text[a..b];
            let lower = surface.to_lowercase();
            let name = if lexicon::PRONOUNS.contains(&lower.as_str()) || lower == "who" {
                let r = resolve_pronoun(&ctx, &history, &genders, &lower, a);
                if let (Some(nm), "he" | "she") = (&r, lower.as_str()) {
                    genders.entry(nm.clone()).or_insert(lower == "he");
                }
                r
            } else {
                ctx.canonical(a, b)
            };
            if let Some(nm) = &name {
                history.push((a, nm.clone(), Ctx::person_like(nm)));
            }
            Some(Speaker {
                text: surface.to_string(),
                evidence: Evidence {
                    article: article_id.to_string(),
                    start: a,
                    end: b,
                },
                entity: None,
                name,
            })
        } else if let Some((mut sp, _)) = f.inherited {
            // continuation: the last resolved speaker
            sp.name = history.last().map(|h| h.1.clone());
            if sp.evidence.end > sp.evidence.start {
                Some(sp)
            } else {
                None
            }
        } else {
            None
        };
        let (is, ie) = f.inner;
        let qtext = if f.kind == QuoteKind::Direct {
            let mut t = text[is..ie].trim().to_string();
            for &(a, b) in &f.more {
                t.push(' ');
                t.push_str(text[a..b].trim());
            }
            t
        } else {
            text[f.s..f.e].trim().to_string()
        };
        out.push(Quote {
            id: format!("{article_id}-q{}", n + 1),
            article: article_id.to_string(),
            kind: f.kind,
            text: qtext,
            evidence: Evidence {
                article: article_id.to_string(),
                start: f.s,
                end: f.e,
            },
            speaker,
            cue: f.cue.map(|(a, b)| Spanned {
                text: text[a..b].to_string(),
                evidence: Evidence {
                    article: article_id.to_string(),
                    start: a,
                    end: b,
                },
            }),
            date: None,
        });
    }
    out
}

fn resolve_pronoun(
    ctx: &Ctx,
    history: &[(usize, String, bool)],
    genders: &std::collections::HashMap<String, bool>,
    pronoun: &str,
    at: usize,
) -> Option<String> {
    if pronoun == "who" {
        // the relative pronoun refers to the name just before it
        return ctx
            .names
            .iter()
            .rev()
            .find(|n| n.1 <= at && at - n.1 < 120)
            .map(|n| n.2.join(" "));
    }
    if pronoun == "i" {
        // the writer, or a speaker of a quote around it: not resolved
        return None;
    }
    let person = matches!(pronoun, "he" | "she");
    let want = match pronoun {
        "he" => Some(true),
        "she" => Some(false),
        _ => None,
    };
    let agrees = |name: &str| {
        want.is_none()
            || genders
                .get(name)
                .copied()
                .or_else(|| name.split(' ').find_map(lexicon::name_gender))
                .is_none_or(|g| Some(g) == want)
    };
    // nearest previous speaker of the right kind, within reach
    let hist = history
        .iter()
        .rev()
        .find(|h| h.2 == person && at.saturating_sub(h.0) < 1500 && agrees(&h.1));
    // else the nearest preceding name mention of the right kind: a
    // person's name opens with a known given name; an organisation's
    // holds an organisation word or is an acronym
    let org_like = |words: &[String]| {
        words.iter().any(|w| {
            let l = w.to_lowercase();
            lexicon::is_org(&l) || l.len() > 4 && lexicon::is_org(l.trim_end_matches('s'))
        }) || words.len() == 1
            && words[0].len() >= 2
            && words[0].chars().all(|c| c.is_uppercase() || c == '.')
    };
    let mention = ctx
        .names
        .iter()
        .rev()
        .filter(|n| n.1 <= at && at - n.1 < 3000)
        .find(|n| {
            let nm = n.2.join(" ");
            if person {
                n.2.len() >= 2
                    && Ctx::person_like(&nm)
                    && (n.2
                        .first()
                        .is_some_and(|f| lexicon::name_gender(&f.to_lowercase()).is_some())
                        // the surname stands alone elsewhere: `… Strelnik said`
                        || ctx.names.iter().any(|m| m.2.len() == 1 && m.2.last() == n.2.last())
                        // a title before it: `Mayor Delphine Arkwright`
                        || {
                            let k = ctx.tok_range(n.0, n.1).0;
                            k > 0 && lexicon::is_title(ctx.toks[k - 1].lower.trim_end_matches('.'))
                        }
                        // or a name not used as a place: not after `in`,
                        // `from`…, not opening with `New`, `North`…
                        || {
                            let k = ctx.tok_range(n.0, n.1).0;
                            let first = n.2.first().map(|f| f.to_lowercase()).unwrap_or_default();
                            (k == 0
                                || !matches!(
                                    ctx.toks[k - 1].lower.as_str(),
                                    "in" | "at" | "from" | "to" | "near" | "of" | "across"
                                ))
                                && !PLACE_FIRST.contains(&first.as_str())
                        })
                    && agrees(&nm)
            } else {
                org_like(&n.2)
            }
        });
    // a subject or apposition named after the last speaker, close by,
    // wins over that speaker: `The governor, Yevgeny Strelnik, held a
    // briefing. He said …`
    let mention = mention.filter(|n| {
        let k = ctx.tok_range(n.0, n.1).0;
        let subject_like = k == 0
            || ctx.sentence_initial(k)
            || ctx.toks[k - 1].lower == ","
            || lexicon::is_title(ctx.toks[k - 1].lower.trim_end_matches('.'));
        match hist {
            Some(h) => subject_like && n.0 > h.0 && at - n.1 < 400,
            None => true,
        }
    });
    match (hist, mention) {
        (_, Some(n)) => {
            let surname = n.2.last().cloned().unwrap_or_default();
            Some(
                ctx.names
                    .iter()
                    .filter(|m| m.2.last() == Some(&surname) && m.2.len() <= 4)
                    .max_by_key(|m| m.2.len())
                    .map_or_else(|| n.2.join(" "), |m| m.2.join(" ")),
            )
        }
        (Some(h), None) => Some(h.1.clone()),
        (None, None) => None,
    }
}
