//! Small, fast, deterministic hashing used for feature ids.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Combines a value into a running hash (FxHash step).
#[inline(always)]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// Finalises a hash (murmur3 fmix64) so that its low bits are well spread.
#[inline(always)]
pub(crate) fn fin(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    if h == 0 {
        1
    } else {
        h
    }
}

/// Feature id from a template number and one value.
#[inline(always)]
pub(crate) fn f1(t: u64, a: u64) -> u64 {
    fin(mix(mix(0x9e37_79b9, t), a))
}

/// Feature id from a template number and two values.
#[inline(always)]
pub(crate) fn f2(t: u64, a: u64, b: u64) -> u64 {
    fin(mix(mix(mix(0x9e37_79b9, t), a), b))
}

/// Feature id from a template number and three values.
#[inline(always)]
pub(crate) fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    fin(mix(mix(mix(mix(0x9e37_79b9, t), a), b), c))
}

/// Typographic quotes as the ASCII ones of the CoNLL training data, so
/// that `”` and `’` in news text look like the `"` and `'` the model was
/// trained on.
#[inline(always)]
pub(crate) fn fold_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
        _ => c,
    }
}

/// Hash of a string, streaming over chars (so that it can be built
/// incrementally for prefixes), with quotes folded by [`fold_quote`].
#[inline]
pub(crate) fn push_char(h: u64, c: char) -> u64 {
    mix(h, fold_quote(c) as u64)
}

pub(crate) const STR_SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// Hash of a whole string (same as folding [`push_char`] from [`STR_SEED`]).
pub(crate) fn hash_str(s: &str) -> u64 {
    s.chars().fold(STR_SEED, push_char)
}

/// Identity hasher for keys that are already well-mixed hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub(crate) type IdBuild = std::hash::BuildHasherDefault<IdHasher>;
pub(crate) type IdMap<V> = std::collections::HashMap<u64, V, IdBuild>;
