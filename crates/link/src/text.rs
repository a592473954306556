//! Normalisation and tokenisation shared by deduplication, clustering and
//! similarity.
//!
//! Normalisation: Unicode NFKC (only when the text is not ASCII), lower
//! case, words as maximal runs of letters and digits (an apostrophe or a
//! hyphen inside a word is dropped, so `don't` → `dont`), and every CJK
//! ideograph, kana or hangul syllable as a word of its own. Punctuation,
//! whitespace and markup-like symbols never reach the shingles, so layout
//! differences between two copies do not count.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

use crate::hash::hash_str;

/// NFKC form of `text` (borrowed when ASCII).
pub fn nfkc(text: &str) -> Cow<'_, str> {
    if text.is_ascii()
        || unicode_normalization::is_nfkc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// One word of the text with its surface form facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower-cased normalised form.
    pub norm: String,
    /// Starts with an upper-case letter in the text.
    pub capitalised: bool,
    /// Made of digits only.
    pub numeric: bool,
    /// Byte offset of the word in the NFKC text (not the input).
    pub start: usize,
}

/// Calls `f` for every word of `text` (normalised), in order.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str, bool, bool, usize)) {
    let text = nfkc(text);
    let mut buf = String::with_capacity(32);
    let mut cap = false;
    let mut numeric = true;
    let mut start = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_cjk(c) {
            if !buf.is_empty() {
                f(&buf, cap, numeric, start);
                buf.clear();
            }
            let mut tmp = [0u8; 4];
            f(c.encode_utf8(&mut tmp), false, false, i);
            continue;
        }
        if c.is_alphanumeric() {
            if buf.is_empty() {
                cap = c.is_uppercase();
                numeric = true;
                start = i;
            }
            if !c.is_ascii_digit() {
                numeric = false;
            }
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        } else if (c == '\'' || c == '’' || c == '-' || c == '.' || c == ',')
            && !buf.is_empty()
            && chars.peek().is_some_and(|&(_, n)| {
                if c == '.' || c == ',' {
                    // 3.5 and 10,000 stay one number
                    numeric && n.is_ascii_digit()
                } else {
                    n.is_alphanumeric()
                }
            })
        {
            continue;
        } else if !buf.is_empty() {
            f(&buf, cap, numeric, start);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(&buf, cap, numeric, start);
    }
}

/// The words of `text`.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for_each_word(text, |w, cap, num, start| {
        out.push(Word {
            norm: w.to_string(),
            capitalised: cap,
            numeric: num,
            start,
        })
    });
    out
}

/// Stable 64-bit hashes of the words of `text`.
pub fn word_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 5);
    for_each_word(text, |w, _, _, _| out.push(hash_str(w)));
    out
}

/// A small list of English function words; the IDF takes care of other
/// languages, this only keeps term vectors short.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "more", "most", "no",
    "not", "of", "on", "one", "or", "other", "our", "out", "over", "s", "said", "says", "she",
    "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "to", "up", "was", "we", "were", "what", "when", "which", "while", "who", "will",
    "with", "would", "you", "your",
];

/// A light English suffix folding for lower-case ASCII words of four
/// letters or more, so that inflections of one word share one key (the key
/// need not be a word): plurals (`-ies`, `-es` after a sibilant, `-s` except
/// after `s`, `u` or `i`), then `-ing` and `-ed` when three letters remain,
/// then a final `-e` or `-y` (`cities`, `city` → `cit`; `flooded`,
/// `floods`, `flooding` → `flood`; `rising`, `rise` → `ris`). Other words
/// are returned unchanged.
pub fn stem(w: &str) -> &str {
    if w.len() < 4 || !w.is_ascii() {
        return w;
    }
    let mut r = w;
    if r.len() >= 5 && r.ends_with("ies") {
        r = &r[..r.len() - 3];
    } else if r.ends_with("sses")
        || r.ends_with("xes")
        || r.ends_with("ches")
        || r.ends_with("shes")
    {
        r = &r[..r.len() - 2];
    } else if r.ends_with('s') && !(r.ends_with("ss") || r.ends_with("us") || r.ends_with("is")) {
        r = &r[..r.len() - 1];
    }
    if r.len() >= 6 && r.ends_with("ing") {
        r = &r[..r.len() - 3];
    } else if r.len() >= 5 && r.ends_with("ed") {
        r = &r[..r.len() - 2];
    }
    if r.len() >= 4 && (r.ends_with('e') || r.ends_with('y')) {
        r = &r[..r.len() - 1];
    }
    r
}

/// True when `w` (normalised) is an English function word.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_sorted() {
        let mut s = STOPWORDS.to_vec();
        s.sort_unstable();
        assert_eq!(s, STOPWORDS);
    }

    #[test]
    fn words_normalise_case_punctuation_and_numbers() {
        let w: Vec<String> = words("Don't PANIC: 10,000 people, 3.5% said—“yes”.")
            .into_iter()
            .map(|w| w.norm)
            .collect();
        assert_eq!(w, ["dont", "panic", "10000", "people", "35", "said", "yes"]);
        let w = words("Ｆｕｌｌwidth Straße");
        assert_eq!(w[0].norm, "fullwidth");
        assert!(w[0].capitalised);
        assert_eq!(w[1].norm, "straße");
    }

    #[test]
    fn stem_folds_inflections() {
        for (a, b) in [
            ("cities", "city"),
            ("floods", "flooding"),
            ("flooded", "flood"),
            ("rising", "rise"),
            ("named", "name"),
            ("churches", "church"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("paris"), "paris");
        assert_eq!(stem("day"), "day");
        assert_ne!(stem("king"), stem("kin"));
    }

    #[test]
    fn cjk_characters_are_words() {
        let w: Vec<String> = words("北京 abc").into_iter().map(|w| w.norm).collect();
        assert_eq!(w, ["北", "京", "abc"]);
    }
}
