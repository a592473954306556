//! Quotations and their speakers.
//!
//! [`extract_quotes`] finds, in one article's clean text:
//!
//! * **direct** quotes between quote marks of any kind (straight, curly,
//!   guillemets, low-high `„“`, single `‘’` when they clearly quote),
//!   tolerating unbalanced and mixed pairs, quotes over several sentences and
//!   over several paragraphs (a paragraph that opens a quote mark and leaves
//!   it open, continued by a paragraph opening with a quote mark);
//! * **indirect** speech: a speaker phrase with a reporting verb from an
//!   inflected lexicon (`said the crisis had…`, `told X that`, `warned of`),
//!   `according to X`, nominal cues (`expressed regret that`) and the
//!   trailing `…, X said.` after a paraphrase;
//! * **mixed** quotes: indirect speech carrying a quoted fragment. A quoted
//!   phrase with no reporting around it (a scare quote, a title) is dropped.
//!
//! Speakers are read before or after the cue (names with titles and
//! appositions, organisations, nominal descriptions, pronouns); quotes with
//! no attribution in their own sentence continue the previous speaker when
//! they follow one. Pronouns resolve to the nearest compatible antecedent;
//! `Speaker::name` is the fullest form of the name used in the article.
//!
//! [`eval_polnear`] scores the extractor on PolNeAR JSON Lines with the
//! Gender Gap Tracker rule.

mod eval;
pub mod lexicon;

pub use eval::{eval_polnear, EvalError, QuoteEvalReport};

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
                let cont = k < n && is_opening_of(chars[k].1, oc);
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
                }
            }
            Some((s, is, oc)) => {
                let single = oc == '‘' || oc == '‚' || oc == '‹';
                let closes = if single {
                    match c {
                        '’' | '‘' | '›' => !next.is_some_and(char::is_alphanumeric),
                        _ => false,
                    }
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
                } else if c == '“' && oc != '„' && is_open_ctx(prev) {
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
        _ => matches!(c, '"' | '“' | '”') && oc != '‘' || (oc == '‘' && c == '‘'),
    }
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
                            || nx.is_some_and(char::is_alphabetic));
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

fn strip_poss(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
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
        while j > lo && self.word(j - 1).is_some_and(lexicon::is_between) {
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
        if lexicon::is_stop(&last.lower) {
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
                // only inside a name-like phrase: "spokesman for the State Department"
                let right = &self.toks[k];
                if right.cap || lexicon::is_det(&right.lower) {
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

    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let p = &self.toks[i - 1];
        matches!(p.lower.as_str(), "." | "!" | "?" | ":" | "\"" | "“" | "”")
            || self.text[p.e..self.toks[i].s].contains('\n')
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
            && !prev.is_some_and(|p| lexicon::is_det(p) || ends_poss(p) || p == "of")
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
        let limit = (a + 36).min(hi);
        for i in a..limit {
            if self.is_cue_verb(i) {
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
        // search the last cue verb before the quote
        let mut i = hi;
        while i > lo {
            i -= 1;
            if self.is_cue_verb(i) {
                let participle =
                    self.toks[i].lower.ends_with("ing") && i > lo && self.toks[i - 1].lower == ",";
                let np = if participle {
                    self.sentence_subject(lo, i)
                } else {
                    self.left_np(lo, i).or_else(|| {
                        // inverted before the quote: said Smith: "…"
                        self.right_np(i + 1, hi)
                    })
                };
                if np.is_none() {
                    continue;
                }
                let gap: Vec<&Tok> = self.toks[i + 1..hi]
                    .iter()
                    .filter(|t| !matches!(t.lower.as_str(), "," | ":" | "that" | "—" | "–"))
                    .collect();
                let has_that = self.toks[i + 1..hi].iter().any(|t| t.lower == "that");
                // `said in an interview, "…"`: a phrase closed by a comma
                // or colon before the quote keeps it direct
                let led = hi > lo && matches!(self.toks[hi - 1].lower.as_str(), "," | ":");
                let mixed = if led && gap.len() <= 8 {
                    has_that
                } else {
                    gap.len() >= 3 || has_that && !gap.is_empty()
                };
                if gap.len() > 14 {
                    return None;
                }
                let content_start = if mixed {
                    self.toks.get(i + 1).map_or(0, |t| t.s)
                } else {
                    0
                };
                return Some((
                    Attr {
                        speaker: np,
                        cue: (i, i + 1),
                        content: (content_start, 0),
                    },
                    mixed,
                ));
            }
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
        let content_end = trim_end_punct(self.text, sent_s, sent_e);
        // according to X
        for i in lo..hi.saturating_sub(1) {
            if self.word(i) == Some("according") && self.word(i + 1) == Some("to") {
                let np = self.right_np(i + 2, hi)?;
                let cue = (i, i + 2);
                let content = if i == lo || (i > lo && self.toks[i - 1].lower != ",") {
                    // at the start: content after the phrase
                    let mut k = np.1;
                    while k < hi && self.toks[k].kind != Kind::Word {
                        k += 1;
                    }
                    (self.toks.get(k).map_or(content_end, |t| t.s), content_end)
                } else {
                    (sent_s, self.toks[i - 1].s)
                };
                if content.1 > content.0 {
                    return Some(Attr {
                        speaker: Some(np),
                        cue,
                        content,
                    });
                }
                return None;
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
            let np = self.left_np(lo, i);
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
            if let Some(np) = np {
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
                    w <= 4 && self.word(i + 1) != Some("that")
                };
                if before_np > lo
                    && self.toks[before_np - 1].lower == ","
                    && (rest_words <= 5 || short_tail)
                    && !weak
                {
                    let cs = sent_s;
                    let ce = self.toks[before_np - 1].s;
                    if self.toks[lo..before_np - 1]
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
                    if th + 1 < hi {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
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
                if (!weak || to_clause) && rest_words >= 3 {
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
            } else if i > lo && self.toks[i - 1].lower == "," && !weak {
                // inverted trailing: ", said the ministry."
                if let Some(rn) = self.right_np(i + 1, hi) {
                    let ce = self.toks[i - 1].s;
                    if self.toks[lo..i - 1]
                        .iter()
                        .filter(|t| t.kind == Kind::Word)
                        .count()
                        >= 3
                    {
                        return Some(Attr {
                            speaker: Some(rn),
                            cue: (i, i + 1),
                            content: (sent_s, ce),
                        });
                    }
                }
            }
        }
        None
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
                && self.toks[k - 2].lower == ","
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
                || lexicon::is_weak_verb(&t.lower)
                || self.toks[k - 1].lower != ","
            {
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
        let prev = if i > lo { self.word(i - 1) } else { None };
        let prev2 = if i > lo + 1 { self.word(i - 2) } else { None };
        if prev.is_some_and(|p| {
            lexicon::is_det(p)
                || p.ends_with("ly")
                    && !matches!(
                        p,
                        "only"
                            | "reportedly"
                            | "repeatedly"
                            | "publicly"
                            | "privately"
                            | "previously"
                            | "recently"
                            | "initially"
                            | "apparently"
                            | "allegedly"
                            | "explicitly"
                            | "flatly"
                            | "openly"
                            | "angrily"
                            | "bluntly"
                            | "simply"
                            | "frequently"
                            | "falsely"
                            | "wrongly"
                            | "correctly"
                            | "rightly"
                            | "specifically"
                            | "subsequently"
                            | "quickly"
                            | "separately"
                            | "early"
                    )
        }) {
            return false;
        }
        if prev.is_some_and(|p| {
            matches!(p, "of" | "for" | "in" | "on" | "with" | "by" | "at" | "the") || ends_poss(p)
        }) {
            return false;
        }
        let be = |w: Option<&str>| {
            w.is_some_and(|w| {
                matches!(
                    w,
                    "is" | "was" | "are" | "were" | "been" | "be" | "am" | "being" | "'s" | "’s"
                )
            })
        };
        if l.ends_with("ing") {
            return be(prev) || be(prev2);
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
            while j > lo && self.word(j - 1).is_some_and(lexicon::is_between) {
                j -= 1;
            }
            return j > lo
                && self.word(j - 1).is_some_and(|w| {
                    matches!(w, "i" | "we" | "they" | "you")
                        || (w.ends_with('s') && !w.ends_with("ss") && !ends_poss(w))
                        || lexicon::is_bare_head(w)
                });
        }
        true
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
    /// four words.
    fn person_like(name: &str) -> bool {
        let words: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
        if words
            .iter()
            .any(|w| lexicon::is_org(w) || lexicon::is_title(w) || lexicon::is_calendar_or_thing(w))
        {
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
        (1..=4).contains(&words.len())
    }
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
        let mut attr = ctx.attr_after(after_lo, after_hi).filter(|a| {
            ctx.toks[a.cue.1..after_hi]
                .iter()
                .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | "—" | "–"))
                .filter(|t| t.kind == Kind::Word)
                .count()
                <= 12
                && !ctx.toks[a.cue.1..after_hi]
                    .iter()
                    .take(3)
                    .any(|t| t.lower == "that")
        });
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
                if kind == QuoteKind::Direct && words_before >= 4 && ctx.span_of(a.cue).0 > q.e {
                    // a paraphrase ending in a quoted fragment, then the
                    // attribution: `… a top priority "is X," Doe said.`
                    kind = QuoteKind::Mixed;
                    span = (ss, q.e);
                } else if kind == QuoteKind::Direct && inner_words < 3 && !whole {
                    // a short fragment directly after a cue: `called it "a farce"`
                    kind = QuoteKind::Mixed;
                    let (c0, _) = ctx.span_of(a.cue);
                    if c0 < q.s {
                        let k = a.cue.1;
                        let cs = ctx.toks.get(k).map_or(q.s, |t| t.s).min(q.s);
                        span = (cs, trim_end_punct(text, ss, se).max(q.e));
                    }
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
                    speaker: a.speaker.map(|r| ctx.span_of(r)),
                    inherited: None,
                    cue: Some(ctx.span_of(a.cue)),
                });
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
                                speaker: a.speaker.map(|r| ctx.span_of(r)),
                                inherited: None,
                                cue: Some(ctx.span_of(a.cue)),
                            });
                            continue;
                        }
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

    // indirect speech in sentences without a direct quote
    for (k, &(ss, se)) in sents.iter().enumerate() {
        if covered_sents[k] {
            continue;
        }
        let (lo, hi) = ctx.tok_range(ss, se);
        // skip tokens inside quotes
        let mut attrs = Vec::new();
        if let Some(a) = ctx.indirect(lo, hi, ss, se) {
            attrs = ctx.split_participles(a, hi);
        } else if let Some(a) = ctx.participle_only(lo, hi, se) {
            attrs.push(a);
        }
        for a in attrs {
            let (cs, ce) = a.content;
            if ce <= cs || text[cs..ce].split_whitespace().count() < 2 {
                continue;
            }
            let has_quote = qspans.iter().any(|q| q.s >= cs && q.e <= ce + 3);
            found.push(Found {
                kind: if has_quote {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
                s: cs,
                e: ce,
                inner: (cs, ce),
                more: Vec::new(),
                speaker: a.speaker.map(|r| ctx.span_of(r)),
                inherited: None,
                cue: Some(ctx.span_of(a.cue)),
            });
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
                && between.split_whitespace().count() <= 12
                && between.matches("\n\n").count() <= 1
            {
                last.e = f.e;
                last.more.push(f.inner);
                continue;
            }
        }
        kept.push(f);
    }

    // speakers: canonical names and pronoun resolution, in text order
    let mut out = Vec::new();
    let mut history: Vec<(usize, String, bool)> = Vec::new(); // (pos, name, person)
    for (n, f) in kept.into_iter().enumerate() {
        let speaker = if let Some((a, b)) = f.speaker {
            let surface = &text[a..b];
            let lower = surface.to_lowercase();
            let name = if lexicon::PRONOUNS.contains(&lower.as_str()) || lower == "who" {
                resolve_pronoun(&ctx, &history, &lower, a)
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
    let person = matches!(pronoun, "he" | "she" | "i");
    let want = match pronoun {
        "he" => Some(true),
        "she" => Some(false),
        _ => None,
    };
    let agrees = |name: &str| {
        want.is_none()
            || name
                .split(' ')
                .next()
                .and_then(lexicon::name_gender)
                .is_none_or(|g| Some(g) == want)
    };
    // nearest previous speaker of the right kind, within reach
    if let Some(h) = history
        .iter()
        .rev()
        .find(|h| h.2 == person && at.saturating_sub(h.0) < 1500 && agrees(&h.1))
    {
        return Some(h.1.clone());
    }
    // else the nearest preceding name mention of the right kind
    ctx.names
        .iter()
        .rev()
        .filter(|n| n.1 <= at)
        .find(|n| {
            let nm = n.2.join(" ");
            Ctx::person_like(&nm) == person && (n.2.len() >= 2 || !person) && agrees(&nm)
        })
        .map(|n| {
            let surname = n.2.last().cloned().unwrap_or_default();
            ctx.names
                .iter()
                .filter(|m| m.2.last() == Some(&surname) && m.2.len() <= 4)
                .max_by_key(|m| m.2.len())
                .map_or_else(|| n.2.join(" "), |m| m.2.join(" "))
        })
}
