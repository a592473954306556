//! The token stream the readers work on: words (with abbreviation dots,
//! apostrophes and hyphens inside), punctuation and quote marks, and the
//! article's capitalised name runs.

use super::direct::{is_mark, is_nickname};
use super::headlines::uncap_headline_verbs;
use super::words::{ends_poss, is_ly_adverb, strip_poss, FUNCTION_CAPS};
use super::{lexicon, Ctx, Kind, QSpan, Tok};

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
    // the marks around a nickname (`Marcia "Cia" Price`) are part of the
    // name, which reads as one run of capitalised words
    let nickname_at = |k: usize| {
        toks[k].kind == Kind::Mark
            && toks.get(k + 2).is_some_and(|t| t.kind == Kind::Mark)
            && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
            && is_nickname(
                text,
                &QSpan {
                    s: toks[k].s,
                    e: toks[k + 2].e,
                    is: toks[k + 1].s,
                    ie: toks[k + 1].e,
                },
            )
    };
    let marks: Vec<usize> = (0..toks.len())
        .filter(|&k| nickname_at(k))
        .flat_map(|k| [k, k + 2])
        .collect();
    if !marks.is_empty() {
        let mut k = 0;
        toks.retain(|_| {
            k += 1;
            !marks.contains(&(k - 1))
        });
    }
    toks
}

pub(super) fn trim_end_punct(text: &str, s: usize, e: usize) -> usize {
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

impl<'a> Ctx<'a> {
    pub(super) fn new(text: &'a str) -> Self {
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
    pub(super) fn between(&self, i: usize) -> bool {
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
                    || matches!(t.lower.as_str(), "almost" | "nearly" | "soon" | "first")
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

    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_str())
    }

    /// Token index range [a, b) of tokens inside byte range [s, e).
    pub(super) fn tok_range(&self, s: usize, e: usize) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.s < s);
        let b = self.toks.partition_point(|t| t.s < e);
        (a, b.max(a))
    }

    pub(super) fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let p = &self.toks[i - 1];
        matches!(p.lower.as_str(), "." | "!" | "?" | ":" | "\"" | "“" | "”")
            || self.text[p.e..self.toks[i].s].contains('\n')
    }
}
