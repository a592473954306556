//! Word classes: a bit-string path in a binary tree for each lowercase
//! word, derived from distilled sentence-encoder word vectors by
//! `scripts/embeddings/word_classes.py` (see `data/NOTICE`). They stand in
//! for Brown clusters: path prefixes of several lengths are features, so a
//! word unseen in training shares weights with the seen words of its class.

use crate::gazetteer::lower_hash;
use crate::hash::{fin, hash_str, mix, IdMap};
use crate::NerError;
use std::sync::OnceLock;

/// The committed class file: `word<TAB>path` lines, path of `0`/`1`.
const EMBEDDED_TEXT: &str = include_str!("../data/word_classes.txt");

/// Longest path accepted (bits).
pub(crate) const MAX_DEPTH: usize = 24;

/// Lowercase word hash → class path.
pub(crate) struct WordClasses {
    /// Path packed with a leading 1 bit (path `011` is `0b1011`), so that
    /// its length is recoverable and 0 means "no class".
    map: IdMap<u32>,
    /// Fingerprint of the file, stored in models trained with it.
    pub(crate) fingerprint: u64,
}

impl WordClasses {
    /// Parses a class file; errors name the 1-based line.
    pub(crate) fn parse(text: &str) -> Result<WordClasses, NerError> {
        let bad =
            |line: usize, msg: &str| NerError::Model(format!("word classes, line {line}: {msg}"));
        let mut map: IdMap<u32> = IdMap::default();
        let mut fp = hash_str("word classes");
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() {
                continue;
            }
            let (word, path) = line
                .split_once('\t')
                .ok_or_else(|| bad(line_no, "expected word<TAB>path"))?;
            if word.is_empty() || word.chars().any(char::is_whitespace) {
                return Err(bad(line_no, "empty word or word with spaces"));
            }
            if path.is_empty() || path.len() > MAX_DEPTH {
                return Err(bad(
                    line_no,
                    &format!("path must have 1 to {MAX_DEPTH} bits"),
                ));
            }
            let mut packed = 1u32;
            for c in path.chars() {
                packed = match c {
                    '0' => packed << 1,
                    '1' => packed << 1 | 1,
                    _ => return Err(bad(line_no, "path may only contain 0 and 1")),
                };
            }
            if map.insert(lower_hash(word), packed).is_some() {
                return Err(bad(line_no, &format!("duplicate word {word:?}")));
            }
            fp = mix(mix(fp, hash_str(word)), packed as u64);
        }
        if map.is_empty() {
            return Err(NerError::Model("word classes: no entries".into()));
        }
        Ok(WordClasses {
            map,
            fingerprint: fin(fp),
        })
    }

    /// Packed class path of a word given its [`lower_hash`] (0: none).
    #[inline]
    pub(crate) fn class(&self, lw: u64) -> u32 {
        self.map.get(&lw).copied().unwrap_or(0)
    }
}

/// The first `len` bits of a packed path (the whole path if shorter),
/// still packed with its leading 1 bit; 0 stays 0.
#[inline]
pub(crate) fn prefix(packed: u32, len: u32) -> u32 {
    if packed == 0 {
        return 0;
    }
    let depth = 31 - packed.leading_zeros();
    if depth <= len {
        packed
    } else {
        packed >> (depth - len)
    }
}

/// The committed classes, parsed once.
pub(crate) fn embedded() -> Result<&'static WordClasses, NerError> {
    static CLASSES: OnceLock<Result<WordClasses, String>> = OnceLock::new();
    CLASSES
        .get_or_init(|| WordClasses::parse(EMBEDDED_TEXT).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| NerError::Model(format!("embedded {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_paths_and_prefixes() {
        let c = WordClasses::parse("mayor\t0110\nGovernor\t0111\n\n").unwrap();
        assert_eq!(c.class(lower_hash("Mayor")), 0b10110);
        assert_eq!(c.class(lower_hash("governor")), 0b10111);
        assert_eq!(c.class(lower_hash("zzz")), 0);
        assert_eq!(prefix(0b10110, 2), 0b101);
        assert_eq!(prefix(0b10110, 4), 0b10110);
        assert_eq!(prefix(0b10110, 9), 0b10110);
        assert_eq!(prefix(0, 3), 0);
        assert_eq!(prefix(0b10110, 3), prefix(0b10111, 3));
    }

    #[test]
    fn malformed_files_are_clear_errors() {
        let cases = [
            ("mayor 0110\n", "line 1", "word<TAB>path"),
            ("mayor\t0110\ncity\t01x\n", "line 2", "only contain 0 and 1"),
            ("mayor\t\n", "line 1", "1 to 24 bits"),
            (
                "mayor\t0101010101010101010101010\n",
                "line 1",
                "1 to 24 bits",
            ),
            ("mayor\t01\nMayor\t10\n", "line 2", "duplicate"),
            ("\t01\n", "line 1", "empty word"),
            ("\n\n", "no entries", ""),
        ];
        for (text, at, what) in cases {
            let err = match WordClasses::parse(text) {
                Ok(_) => panic!("{text:?} was accepted"),
                Err(e) => e.to_string(),
            };
            assert!(err.contains(at) && err.contains(what), "{text:?}: {err}");
        }
    }

    #[test]
    fn committed_file_parses() {
        let c = embedded().unwrap();
        assert!(c.map.len() > 10_000);
        assert_ne!(c.class(lower_hash("the")), 0);
    }
}
