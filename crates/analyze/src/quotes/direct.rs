//! Direct quotations: the quoted stretches of an article (quote marks of
//! any kind, unbalanced and mixed pairs, quotes over paragraphs, transcript
//! labels) and the attribution read next to a quoted stretch (`"…," she
//! said.`, `She said: "…"`).

use super::words::{ends_poss, is_aux, NP_PREPS};
use super::{lexicon, Attr, Ctx, Kind, QSpan, Tok};

fn is_open_ctx(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-:/".contains(c) || is_mark(c),
    }
}

pub(super) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›'
    )
}

/// Top-level quote spans of `text`, paragraph-aware.
pub(super) fn find_quote_spans(text: &str) -> Vec<QSpan> {
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
    out.retain(|q| !is_nickname(text, q));
    out
}

/// A nickname quoted inside a name (`Marcia "Cia" Price`): one
/// capitalised word between two capitalised words quotes no one.
pub(super) fn is_nickname(text: &str, q: &QSpan) -> bool {
    let inner = &text[q.is..q.ie];
    let word_before = text[..q.s]
        .strip_suffix(' ')
        .and_then(|t| t.split(' ').next_back());
    let word_after = text[q.e..]
        .strip_prefix(' ')
        .and_then(|t| t.split(' ').next());
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
    };
    capitalised(inner)
        && inner.len() <= 15
        && word_before.is_some_and(capitalised)
        && word_after.is_some_and(capitalised)
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
pub(super) fn speaker_label_len(rest: &str) -> Option<usize> {
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

impl Ctx<'_> {
    /// A reporting verb next to a direct quote: weak verbs (`back`,
    /// `show`) only with `that` after them.
    pub(super) fn is_cue_verb(&self, i: usize) -> bool {
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

    /// Is the phrase opening at token `k` the object of a verb or a
    /// preposition right before it (`issued | a statement`, `through | the
    /// streets`)?
    fn after_verb_or_preposition(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1).and_then(|j| self.toks.get(j)) else {
            return false;
        };
        p.kind == Kind::Word
            && !p.cap
            && (NP_PREPS.contains(&p.lower.as_str())
                || matches!(p.lower.as_str(), "through" | "into" | "across" | "along")
                || !is_aux(&p.lower)
                    && (lexicon::lemma(&p.lower).is_some() || p.lower.ends_with("ed")))
    }

    /// Attribution of a quote from the text after it (`"…," she said.`).
    pub(super) fn attr_after(&self, lo: usize, hi: usize) -> Option<Attr> {
        // lo..hi token range after the quote, within its sentence
        let mut a = lo;
        while a < hi && self.toks[a].kind != Kind::Word {
            a += 1;
        }
        if a >= hi || a > lo + 2 {
            return None;
        }
        // `"…," according to a statement from the trust.`: the source
        // closes the sentence
        if self.word(a) == Some("according") && self.word(a + 1) == Some("to") {
            let mut end = hi;
            while end > a + 2 && self.toks[end - 1].kind != Kind::Word {
                end -= 1;
            }
            if end > a + 2 && self.np_like(a + 2, end) {
                return Some(Attr {
                    speaker: Some((a + 2, end)),
                    cue: (a, a + 2),
                    content: (0, 0),
                });
            }
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
    pub(super) fn attr_before(&self, lo: usize, hi: usize) -> Option<(Attr, bool)> {
        if hi <= lo {
            return None;
        }
        // colon layout without cue: "Doe: "…""
        let last = &self.toks[hi - 1];
        // `According to Doe, "…"`: the phrase closed by the comma before
        // the quote
        if matches!(last.lower.as_str(), "," | ":") {
            // … and `In the words of Doe, "…"`
            let phrase = |i: usize| match (self.word(i), self.word(i + 1), self.word(i + 2)) {
                (Some("according"), Some("to"), _) => Some(i + 2),
                (Some("words"), Some("of"), _) if i > lo && self.word(i - 1) == Some("the") => {
                    Some(i + 2)
                }
                _ => None,
            };
            if let Some((i, np0)) =
                (lo..hi.saturating_sub(3)).find_map(|i| phrase(i).map(|n| (i, n)))
            {
                let stop = hi - 1;
                if !self.toks[np0..stop].iter().any(|t| t.lower == ",") && self.np_like(np0, stop) {
                    return Some((
                        Attr {
                            speaker: Some((np0, stop)),
                            cue: (i, np0),
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
                // a participle after the object of a verb or preposition
                // is the subject's: `The council issued a statement calling
                // …`, `Protesters marched through the streets chanting …`
                let np = match np {
                    Some(n)
                        if self.toks[i].lower.ends_with("ing")
                            && n.0 > lo
                            && n.1 == i
                            && self.after_verb_or_preposition(n.0)
                            && self.outer_cue(lo, n.0).is_none() =>
                    {
                        self.sentence_subject(lo, n.0).or(Some(n))
                    }
                    other => other,
                };
                // `Trump attacked Clinton …, saying, "…"`: the participle
                // right before the quote is the cue, its subject the main
                // verb's
                // … unless that subject is a pronoun inside an outer
                // statement: `Doe said she recalled thinking, "…"` quotes Doe
                let pronoun_in_outer = np.is_some_and(|n| {
                    n.1 == n.0 + 1
                        && lexicon::PRONOUNS.contains(&self.toks[n.0].lower.as_str())
                        && self.outer_cue(lo, n.0).is_some()
                });
                if let Some(p) = bare
                    .filter(|&p| self.toks[p].lower.ends_with("ing") && p > i && !pronoun_in_outer)
                {
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
}
