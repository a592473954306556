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
    fn cjk_characters_are_words() {
        let w: Vec<String> = words("北京 abc").into_iter().map(|w| w.norm).collect();
        assert_eq!(w, ["北", "京", "abc"]);
    }
}
