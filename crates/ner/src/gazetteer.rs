//! Gazetteers compiled into the library (see `data/NOTICE` for sources and
//! licences) and their longest-match lookup over token sequences.

use crate::hash::{fin, hash_str, mix, IdMap};
use crate::tokenize::tokenize;

/// Gazetteer categories, in the order of the bits of a match mask.
pub(crate) const CATEGORIES: &[(&str, &str)] = &[
    ("country", include_str!("../data/countries.txt")),
    ("city", include_str!("../data/cities.txt")),
    ("region", include_str!("../data/regions.txt")),
    ("demonym", include_str!("../data/demonyms.txt")),
    ("organisation", include_str!("../data/organisations.txt")),
    ("group", include_str!("../data/groups.txt")),
    ("first_name", include_str!("../data/first_names.txt")),
    ("surname", include_str!("../data/surnames.txt")),
];

/// English word list with case (SCOWL via Debian `wamerican`; see
/// `data/NOTICE`): one word a line, proper nouns capitalised.
const WORDS: &str = include_str!("../data/words.txt");

/// Lexicon bit: the word is listed in lowercase (a common word).
pub(crate) const LEX_LOWER: u8 = 1;
/// Lexicon bit: the word is listed capitalised (a proper noun).
pub(crate) const LEX_CAP: u8 = 2;

/// Number of gazetteer categories.
pub(crate) const NCAT: usize = 8;

/// Longest entry length in tokens that is matched.
const MAX_LEN: usize = 6;

/// Bit set in a table value when the key is a proper prefix of an entry.
const PREFIX: u16 = 1 << 15;

/// Lowercase-token-sequence hash → category mask (plus [`PREFIX`]).
pub(crate) struct Gazetteer {
    table: IdMap<u16>,
    /// Lowercased word hash → [`LEX_LOWER`] | [`LEX_CAP`].
    lexicon: IdMap<u8>,
    /// Fingerprint of the lists, stored in models trained with them.
    pub(crate) fingerprint: u64,
}

/// Hash of a lowercased token, as used for gazetteer keys and features.
pub(crate) fn lower_hash(tok: &str) -> u64 {
    if tok.is_ascii() {
        let mut h = crate::hash::STR_SEED;
        for b in tok.bytes() {
            h = crate::hash::push_char(h, b.to_ascii_lowercase() as char);
        }
        fin(h)
    } else {
        let mut h = crate::hash::STR_SEED;
        for c in tok.chars() {
            for l in c.to_lowercase() {
                h = crate::hash::push_char(h, l);
            }
        }
        fin(h)
    }
}

const SEQ_SEED: u64 = 0x1234_5678_9abc_def1;

impl Gazetteer {
    /// Builds the gazetteer from the embedded lists.
    pub(crate) fn embedded() -> Gazetteer {
        let mut table: IdMap<u16> = IdMap::default();
        let mut fp = 0u64;
        for (cat, (name, list)) in CATEGORIES.iter().enumerate() {
            fp = mix(fp, hash_str(name));
            for line in list.lines() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                fp = mix(fp, hash_str(line));
                let toks = tokenize(line);
                if toks.is_empty() || toks.len() > MAX_LEN {
                    continue;
                }
                let mut h = SEQ_SEED;
                for (k, t) in toks.iter().enumerate() {
                    h = mix(h, lower_hash(&line[t.start..t.end]));
                    let e = table.entry(fin(h)).or_insert(0);
                    if k + 1 == toks.len() {
                        *e |= 1 << cat;
                    } else {
                        *e |= PREFIX;
                    }
                }
            }
        }
        let mut lexicon: IdMap<u8> = IdMap::default();
        fp = mix(fp, hash_str("words"));
        for w in WORDS.lines().map(str::trim).filter(|w| !w.is_empty()) {
            fp = mix(fp, hash_str(w));
            let bit = if w.chars().next().is_some_and(char::is_uppercase) {
                LEX_CAP
            } else {
                LEX_LOWER
            };
            *lexicon.entry(lower_hash(w)).or_insert(0) |= bit;
        }
        Gazetteer {
            table,
            lexicon,
            fingerprint: fin(fp),
        }
    }

    /// Lexicon bits of a word given its [`lower_hash`] (0: not listed).
    #[inline]
    pub(crate) fn lexicon(&self, lw: u64) -> u8 {
        self.lexicon.get(&lw).copied().unwrap_or(0)
    }

    /// For each token, the BILOU position code (0 none, 1 B, 2 I, 3 L, 4 U)
    /// of the longest match of each category. `lw` are the tokens'
    /// [`lower_hash`]es; `capital[i]` says whether token `i` may start a match.
    pub(crate) fn annotate(&self, lw: &[u64], capital: &[bool], out: &mut Vec<[u8; NCAT]>) {
        let n = lw.len();
        out.clear();
        out.resize(n, [0; NCAT]);
        // longest[cat] for the current start
        let mut i = 0;
        let mut next_free = [0usize; NCAT];
        while i < n {
            if !capital[i] {
                i += 1;
                continue;
            }
            let mut h = SEQ_SEED;
            let mut longest = [usize::MAX; NCAT];
            for (j, &w) in lw.iter().enumerate().take(n.min(i + MAX_LEN)).skip(i) {
                h = mix(h, w);
                let Some(&v) = self.table.get(&fin(h)) else {
                    break;
                };
                let mask = v & !PREFIX;
                if mask != 0 {
                    for (cat, l) in longest.iter_mut().enumerate() {
                        if mask & (1 << cat) != 0 {
                            *l = j;
                        }
                    }
                }
                if v & PREFIX == 0 {
                    break;
                }
            }
            for cat in 0..NCAT {
                let j = longest[cat];
                if j == usize::MAX || i < next_free[cat] {
                    continue;
                }
                if j == i {
                    out[i][cat] = 4;
                } else {
                    out[i][cat] = 1;
                    for o in out.iter_mut().take(j).skip(i + 1) {
                        o[cat] = 2;
                    }
                    out[j][cat] = 3;
                }
                next_free[cat] = j + 1;
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match() {
        let g = Gazetteer::embedded();
        let words = [
            "The", "United", "States", "and", "New", "York", "and", "Germans", "and", "European",
            "Union",
        ];
        let lw: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
        let cap: Vec<bool> = words
            .iter()
            .map(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let mut out = Vec::new();
        g.annotate(&lw, &cap, &mut out);
        assert_eq!(out[1][0], 1); // B-country
        assert_eq!(out[2][0], 3); // L-country
        assert_eq!(out[4][1], 1); // B-city
        assert_eq!(out[5][1], 3);
        assert_eq!(out[7][3], 4); // U-demonym
        assert_eq!(out[9][4], 1); // B-organisation
        assert_eq!(out[10][4], 3);
        assert_eq!(out[3], [0; NCAT]);
    }
}
