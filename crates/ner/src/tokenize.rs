//! A simple tokenizer for raw English text that mimics CoNLL-2003
//! tokenisation, and a sentence splitter.
//!
//! * Whitespace separates tokens; a newline always ends a sentence.
//! * Leading and trailing punctuation (`"`, `(`, `,`, `;`, `:`, `!`, `?`,
//!   curly quotes, ...) become tokens of their own.
//! * A final period is split off unless the word is an abbreviation: it
//!   contains another period (`U.S.`, `a.m.`), is a single letter (`J.`) or
//!   is a known title/abbreviation (`Mr.`, `Inc.`, `Jan.`).
//! * Clitics are split as in the Penn Treebank: `Clinton's` → `Clinton` `'s`,
//!   `don't` → `do` `n't`.
//! * Hyphenated words, numbers with `,`/`.`/`:` inside, dates (`1996-08-22`)
//!   stay whole; dashes (`--`, `—`) between words are split off.
//! * A sentence ends after `.`, `!` or `?` (possibly followed by closing
//!   quotes or brackets) when the next token starts with an uppercase letter,
//!   a digit or an opening quote, and at every newline.

/// A token: byte offsets into the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Whether a newline lies between this token and the previous one.
    pub newline_before: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpt",
    "maj", "adm", "cmdr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "plc", "no", "nos",
    "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "rev", "hon", "pres", "messrs", "mme", "mlle", "dept", "univ", "assn", "ave", "blvd", "rd",
    "approx", "est", "fig", "vol", "pp", "ch", "cf", "e.g", "i.e", "u.s", "u.k", "u.n",
];

fn is_abbrev(word: &str) -> bool {
    // `word` excludes the final period.
    if word.is_empty() {
        return false;
    }
    if word.contains('.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_alphabetic() {
            return true;
        }
    }
    let lw = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lw.as_str())
}

fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '(' | '[' | '{' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '\u{2039}' | '`' | '*' | '<'
    )
}

fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | ')'
            | ']'
            | '}'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{201d}'
            | '\u{2019}'
            | '\u{bb}'
            | '\u{203a}'
            | '*'
            | '>'
            | '\''
            | '\u{2026}'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut newline = false;
    let mut chunk_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, s, i, newline, &mut out);
                newline = false;
            }
            if c == '\n' || c == '\u{2029}' || c == '\u{2028}' {
                newline = true;
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, s, text.len(), newline, &mut out);
    }
    out
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, newline: &mut bool) {
    if start < end {
        out.push(Token {
            start,
            end,
            newline_before: *newline,
        });
        *newline = false;
    }
}

fn split_chunk(text: &str, mut s: usize, mut e: usize, mut newline: bool, out: &mut Vec<Token>) {
    // Leading punctuation.
    while s < e {
        let c = text[s..e].chars().next().unwrap_or(' ');
        let rest = &text[s + c.len_utf8()..e];
        let lead = is_leading_punct(c)
            || (is_apostrophe(c)
                && !rest.is_empty()
                && !rest.to_ascii_lowercase().starts_with("s")
                && !rest.chars().next().is_some_and(|d| d.is_ascii_digit()));
        if lead && s + c.len_utf8() <= e {
            push(out, s, s + c.len_utf8(), &mut newline);
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected in reverse.
    let mut tail: Vec<(usize, usize)> = Vec::new();
    loop {
        if s >= e {
            break;
        }
        let word = &text[s..e];
        let c = word.chars().next_back().unwrap_or(' ');
        let cl = c.len_utf8();
        if word.ends_with("...") && word.len() > 3 {
            tail.push((e - 3, e));
            e -= 3;
            continue;
        }
        if c == '.' {
            if word.len() > 1 && !is_abbrev(&word[..word.len() - 1]) {
                tail.push((e - 1, e));
                e -= 1;
                continue;
            }
            break;
        }
        if is_trailing_punct(c) && word.len() > cl {
            // Keep a possessive apostrophe on plural ("players'") as its own token too.
            tail.push((e - cl, e));
            e -= cl;
            continue;
        }
        break;
    }
    // Dashes inside the chunk ("word--word", "word—word").
    let core = &text[s..e];
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    {
        let mut last = s;
        let mut iter = core.char_indices().peekable();
        while let Some((j, c)) = iter.next() {
            let abs = s + j;
            if c == '\u{2014}' || c == '\u{2013}' && abs > s && abs + c.len_utf8() < e {
                pieces.push((last, abs));
                pieces.push((abs, abs + c.len_utf8()));
                last = abs + c.len_utf8();
            } else if c == '-' && matches!(iter.peek(), Some((_, '-'))) {
                let mut end = abs + 1;
                while text[end..e].starts_with('-') {
                    end += 1;
                }
                pieces.push((last, abs));
                pieces.push((abs, end));
                last = end;
                while matches!(iter.peek(), Some((k, _)) if s + *k < end) {
                    iter.next();
                }
            }
        }
        pieces.push((last, e));
    }
    for (ps, pe) in pieces {
        if ps >= pe {
            continue;
        }
        split_clitics(text, ps, pe, &mut newline, out);
    }
    for &(ts, te) in tail.iter().rev() {
        push(out, ts, te, &mut newline);
    }
}

fn split_clitics(text: &str, s: usize, e: usize, newline: &mut bool, out: &mut Vec<Token>) {
    let word = &text[s..e];
    if !word.contains(['\'', '\u{2019}']) {
        push(out, s, e, newline);
        return;
    }
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    // n't
    if lower.len() > 3 && lower.ends_with("n't") && word.is_char_boundary(word.len() - 3) {
        let cut = e - (3 + if word.ends_with("n\u{2019}t") { 2 } else { 0 });
        if cut > s {
            push(out, s, cut, newline);
            push(out, cut, e, newline);
            return;
        }
    }
    for suf in ["'s", "'re", "'ve", "'ll", "'d", "'m"] {
        if lower.len() > suf.len() && lower.ends_with(suf) {
            // Byte length of the suffix in the original (apostrophe may be 3 bytes).
            let chars = suf.chars().count();
            let cut_char = word.char_indices().rev().nth(chars - 1).map(|(k, _)| s + k);
            if let Some(cut) = cut_char {
                if cut > s {
                    push(out, s, cut, newline);
                    push(out, cut, e, newline);
                    return;
                }
            }
        }
    }
    push(out, s, e, newline);
}

/// Groups tokens into sentences; returns `(first, last_exclusive)` index
/// ranges into `tokens`.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        if i > start && tokens[i].newline_before {
            out.push((start, i));
            start = i;
        }
        let t = &text[tokens[i].start..tokens[i].end];
        if matches!(t, "." | "!" | "?" | "...")
            || (t.ends_with('.')
                && t.len() > 1
                && i + 1 < tokens.len()
                && is_sentence_final_abbrev(t))
        {
            // Absorb closing quotes/brackets.
            let mut j = i + 1;
            while j < tokens.len() {
                let u = &text[tokens[j].start..tokens[j].end];
                if matches!(
                    u,
                    "\"" | "'" | ")" | "]" | "\u{201d}" | "\u{2019}" | "\u{bb}"
                ) && !tokens[j].newline_before
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if j < tokens.len() {
                let next = &text[tokens[j].start..tokens[j].end];
                let c = next.chars().next().unwrap_or(' ');
                if (c.is_uppercase() || c.is_ascii_digit() || is_leading_punct(c)) && t.len() == 1
                    || t == "..." && c.is_uppercase()
                {
                    out.push((start, j));
                    start = j;
                }
            }
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

fn is_sentence_final_abbrev(_t: &str) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn splits_punctuation_and_keeps_abbreviations() {
        assert_eq!(
            toks("The U.S. said, \"Yes.\" (Reuters) Mr. Smith's dog isn't here."),
            vec![
                "The", "U.S.", "said", ",", "\"", "Yes", ".", "\"", "(", "Reuters", ")", "Mr.",
                "Smith", "'s", "dog", "is", "n't", "here", "."
            ]
        );
    }

    #[test]
    fn keeps_numbers_dates_and_hyphens() {
        assert_eq!(
            toks("On 1996-08-22 the well-known firm paid $1,200.50 at 10:30 -- really."),
            vec![
                "On",
                "1996-08-22",
                "the",
                "well-known",
                "firm",
                "paid",
                "$1,200.50",
                "at",
                "10:30",
                "--",
                "really",
                "."
            ]
        );
    }

    #[test]
    fn unicode_quotes_and_offsets() {
        let text = "“Zürich’s bank,” she said—twice.";
        assert_eq!(
            toks(text),
            vec!["“", "Zürich", "’s", "bank", ",", "”", "she", "said", "—", "twice", "."]
        );
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }

    #[test]
    fn sentence_splitting() {
        let text = "Anna Berg arrived in Oslo. She met the U.S. envoy.\nNew line here";
        let t = tokenize(text);
        let s = sentences(text, &t);
        let sents: Vec<Vec<&str>> = s
            .iter()
            .map(|&(a, b)| t[a..b].iter().map(|x| &text[x.start..x.end]).collect())
            .collect();
        assert_eq!(sents.len(), 3);
        assert_eq!(sents[0], vec!["Anna", "Berg", "arrived", "in", "Oslo", "."]);
        assert_eq!(sents[1], vec!["She", "met", "the", "U.S.", "envoy", "."]);
        assert_eq!(sents[2], vec!["New", "line", "here"]);
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ").is_empty());
        assert!(sentences("", &[]).is_empty());
    }
}
