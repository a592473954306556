//! Headlines: recognising those in title case, their `…, X Says` and
//! `Name: claim` sources (also in sentence case), and lower-casing their
//! verbs so that they read as words, not names.

use super::words::FUNCTION_CAPS;
use super::{lexicon, Ctx, Kind, Tok};

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
pub(super) fn headline_source_len(line: &str) -> Option<usize> {
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
pub(super) fn uncap_headline_verbs(text: &str, toks: &mut [Tok]) {
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

/// Single words that may stand as the source of a `Name: claim` line in
/// sentence case (`Poll: Race tightens in the north`).
const LABEL_EVIDENCE: &[&str] = &["poll", "survey", "study", "report", "analysis", "audit"];

impl Ctx<'_> {
    /// A headline in sentence case `Name: claim` (`Doe: Port needs to
    /// reopen soon`), a paragraph of its own over `[s, e)`: the byte length
    /// of the name, which must be a person's (a surname known from a fuller
    /// mention, or a full name) or a poll or study.
    pub(super) fn label_source_len(&self, s: usize, e: usize) -> Option<usize> {
        let line = self.text.get(s..e)?;
        let colon = line.get(..line.len().min(40))?.find(':')?;
        let name = &line[..colon];
        let words: Vec<&str> = name.split_whitespace().collect();
        let claim_words = line[colon + 1..].split_whitespace().count();
        if !(1..=3).contains(&words.len())
            || name.starts_with(' ')
            || !(3..=25).contains(&claim_words)
            || !words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        // a paragraph of its own
        let own_line = self.text[..s].trim_end_matches([' ', '\t']).ends_with('\n') || s == 0;
        let own_end = self.text[e..]
            .trim_start_matches([' ', '\t'])
            .starts_with('\n')
            || self.text[e..].trim().is_empty();
        if !own_line || !own_end {
            return None;
        }
        let known = if let [one] = words[..] {
            let l = one.to_lowercase();
            LABEL_EVIDENCE.contains(&l.as_str())
                || self
                    .names
                    .iter()
                    .any(|n| n.2.len() >= 2 && n.2.last().is_some_and(|w| w == one))
        } else {
            // `The Latest: …` is a column's name
            Ctx::person_like(name) && !FUNCTION_CAPS.contains(&words[0].to_lowercase().as_str())
        };
        known.then_some(colon)
    }
}
