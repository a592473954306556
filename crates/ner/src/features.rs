//! Token analysis and feature extraction.
//!
//! Every feature is a 64-bit id (a hash of a template number and values);
//! the weight tables map ids to one weight per BILOU label.

use crate::gazetteer::{lower_hash, Gazetteer, NCAT};
use crate::hash::{f1, f2, f3, fin, push_char, IdMap, STR_SEED};

/// Number of BILOU labels: O, then B/I/L/U for PER, ORG, LOC, MISC.
pub(crate) const NL: usize = 17;
/// History value before the first token of a sentence.
pub(crate) const START: u8 = NL as u8;

/// BILOU position of a label index (None for O).
#[inline]
pub(crate) fn pos_of(l: u8) -> Option<(u8, u8)> {
    if l == 0 || l as usize >= NL {
        None
    } else {
        Some(((l - 1) / 4, (l - 1) % 4))
    }
}

/// Label index from an entity type (0..4) and a BILOU position (0 B, 1 I, 2 L, 3 U).
#[inline]
pub(crate) fn label_of(t: u8, p: u8) -> u8 {
    1 + t * 4 + p
}

/// `allowed[last][prev][cur]`: BILOU transition constraints.
pub(crate) fn allowed_table() -> [[[bool; NL]; NL + 1]; 2] {
    let mut a = [[[false; NL]; NL + 1]; 2];
    for (last, table) in a.iter_mut().enumerate() {
        for (prev, row) in table.iter_mut().enumerate() {
            let open = pos_of(prev as u8).filter(|&(_, p)| p < 2).map(|(t, _)| t);
            for (cur, ok) in row.iter_mut().enumerate() {
                let c = pos_of(cur as u8);
                *ok = match (open, c) {
                    (Some(t), Some((ct, cp))) => ct == t && (cp == 2 || (cp == 1 && last == 0)),
                    (Some(_), None) => false,
                    (None, None) => true,
                    (None, Some((_, cp))) => cp == 3 || (cp == 0 && last == 0),
                };
            }
        }
    }
    a
}

// Token flags.
const ALLCAP: u32 = 1;
const INITCAP: u32 = 2;
const HASDIGIT: u32 = 4;
const HASHYPHEN: u32 = 8;
const HASPERIOD: u32 = 16;
const ALLDIGIT: u32 = 32;
const PUNCT: u32 = 64;
const MIXEDCAP: u32 = 128;
const HASLOWER: u32 = 256;
const HASALPHA: u32 = 512;
const HASAPOS: u32 = 1024;
const NFLAGS: u32 = 11;

/// What is known about one token, independent of its neighbours' labels.
#[derive(Clone, Debug)]
pub(crate) struct TokInfo {
    pub(crate) lw: u64,
    pub(crate) w: u64,
    pub(crate) shape: u64,
    pub(crate) sshape: u64,
    pub(crate) flags: u32,
    pub(crate) pre: [u64; 4],
    pub(crate) suf: [u64; 4],
    pub(crate) naff: u8,
    pub(crate) gz: [u8; NCAT],
    /// Document-level case evidence (bit 0: seen lowercase elsewhere,
    /// bit 1: seen capitalised mid-sentence elsewhere).
    pub(crate) doccase: u8,
}

#[inline]
fn shape_class(c: char) -> u64 {
    if c.is_uppercase() {
        'X' as u64
    } else if c.is_lowercase() {
        'x' as u64
    } else if c.is_ascii_digit() {
        'd' as u64
    } else if c.is_alphabetic() {
        'a' as u64
    } else {
        c as u64
    }
}

pub(crate) fn tok_info(tok: &str) -> TokInfo {
    let mut flags = 0u32;
    let mut w = STR_SEED;
    let mut shape = STR_SEED;
    let mut sshape = STR_SEED;
    let mut last_class = 0u64;
    let mut run = 0;
    let mut nchars = 0usize;
    let mut ndigit = 0;
    let mut nupper = 0;
    let mut nalpha = 0;
    let mut nlower = 0;
    let mut lower_seen_before_upper = false;
    let mut chars_lower: [char; 32] = ['\0'; 32];
    let mut lower_all = STR_SEED;
    for c in tok.chars() {
        w = push_char(w, c);
        let cls = shape_class(c);
        if cls == last_class {
            run += 1;
        } else {
            run = 1;
            sshape = crate::hash::mix(sshape, cls);
        }
        if run <= 4 {
            shape = crate::hash::mix(shape, cls);
        }
        last_class = cls;
        if c.is_alphabetic() {
            nalpha += 1;
            if c.is_uppercase() {
                nupper += 1;
                if nlower > 0 {
                    lower_seen_before_upper = true;
                }
            } else {
                nlower += 1;
            }
        } else if c.is_ascii_digit() {
            ndigit += 1;
        } else if c == '-' {
            flags |= HASHYPHEN;
        } else if c == '.' {
            flags |= HASPERIOD;
        } else if c == '\'' || c == '\u{2019}' {
            flags |= HASAPOS;
        }
        for l in c.to_lowercase() {
            if nchars < 32 {
                chars_lower[nchars] = l;
            }
            nchars += 1;
            lower_all = push_char(lower_all, l);
        }
    }
    if nalpha > 0 {
        flags |= HASALPHA;
        if nupper == nalpha {
            flags |= ALLCAP;
        }
        if tok.chars().next().is_some_and(char::is_uppercase) {
            flags |= INITCAP;
        }
        if nlower > 0 {
            flags |= HASLOWER;
        }
        if lower_seen_before_upper {
            flags |= MIXEDCAP;
        }
    }
    if ndigit > 0 {
        flags |= HASDIGIT;
        if nalpha == 0 {
            flags |= ALLDIGIT;
        }
    }
    if nalpha == 0 && ndigit == 0 {
        flags |= PUNCT;
    }
    let n = nchars.min(32);
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    let naff = n.min(4) as u8;
    let mut h = STR_SEED;
    for k in 0..naff as usize {
        h = push_char(h, chars_lower[k]);
        pre[k] = h;
    }
    for k in 0..naff as usize {
        let mut h = STR_SEED;
        for &c in &chars_lower[n - k - 1..n] {
            h = push_char(h, c);
        }
        suf[k] = h;
    }
    let _ = lower_all;
    TokInfo {
        lw: lower_hash(tok),
        w: fin(w),
        shape: fin(shape),
        sshape: fin(sshape),
        flags,
        pre,
        suf,
        naff,
        gz: [0; NCAT],
        doccase: 0,
    }
}

/// A document prepared for tagging: token infos and sentence bounds.
pub(crate) struct DocInfo {
    pub(crate) toks: Vec<TokInfo>,
    pub(crate) sents: Vec<(usize, usize)>,
    pub(crate) headline: Vec<bool>,
    /// Sentences with many numbers (result tables, price lists).
    pub(crate) table: Vec<bool>,
}

impl DocInfo {
    /// Analyses a document given as sentences of token strings.
    pub(crate) fn new<S: AsRef<str>>(sentences: &[Vec<S>], gaz: &Gazetteer) -> DocInfo {
        let mut toks = Vec::new();
        let mut sents = Vec::with_capacity(sentences.len());
        let mut headline = Vec::with_capacity(sentences.len());
        let mut table = Vec::with_capacity(sentences.len());
        let mut lw = Vec::new();
        let mut cap = Vec::new();
        let mut gz = Vec::new();
        for s in sentences {
            let a = toks.len();
            let mut nalpha = 0;
            let mut nlow = 0;
            lw.clear();
            cap.clear();
            for t in s {
                let info = tok_info(t.as_ref());
                if info.flags & HASALPHA != 0 {
                    nalpha += 1;
                    if info.flags & HASLOWER != 0 {
                        nlow += 1;
                    }
                }
                lw.push(info.lw);
                cap.push(info.flags & INITCAP != 0);
                toks.push(info);
            }
            let ndig = toks[a..].iter().filter(|t| t.flags & HASDIGIT != 0).count();
            table.push(ndig * 4 >= s.len() && ndig >= 2);
            gaz.annotate(&lw, &cap, &mut gz);
            for (t, g) in toks[a..].iter_mut().zip(gz.iter()) {
                t.gz = *g;
            }
            sents.push((a, toks.len()));
            headline.push(nalpha >= 2 && nlow * 4 <= nalpha);
        }
        // Document-level case evidence.
        let mut seen: IdMap<u8> = IdMap::default();
        for (si, &(a, b)) in sents.iter().enumerate() {
            if headline[si] {
                continue;
            }
            for (k, t) in toks[a..b].iter().enumerate() {
                if t.flags & HASALPHA == 0 {
                    continue;
                }
                let e = seen.entry(t.lw).or_insert(0);
                if t.flags & INITCAP == 0 {
                    *e |= 1;
                } else if k > 0 {
                    *e |= 2;
                }
            }
        }
        for t in toks.iter_mut() {
            if t.flags & INITCAP != 0 {
                t.doccase = seen.get(&t.lw).copied().unwrap_or(0);
            }
        }
        DocInfo {
            toks,
            sents,
            headline,
            table,
        }
    }
}

const BOS: u64 = 0xb05;
const EOS: u64 = 0xe05;

/// Appends the label-independent features of token `k` of sentence `si`.
pub(crate) fn static_features(doc: &DocInfo, si: usize, k: usize, out: &mut Vec<u64>) {
    let (a, b) = doc.sents[si];
    let t = &doc.toks[k];
    let i = k - a;
    let hl = doc.headline[si] as u64;
    let lw_at = |o: isize| -> u64 {
        let j = k as isize + o;
        if j < a as isize {
            BOS
        } else if j >= b as isize {
            EOS
        } else {
            doc.toks[j as usize].lw
        }
    };
    let ss_at = |o: isize| -> u64 {
        let j = k as isize + o;
        if j < a as isize {
            BOS
        } else if j >= b as isize {
            EOS
        } else {
            doc.toks[j as usize].sshape
        }
    };
    out.push(f1(0, 0));
    out.push(f1(1, t.w));
    out.push(f1(2, t.lw));
    for q in 0..t.naff as usize {
        out.push(f2(3, q as u64, t.pre[q]));
        out.push(f2(4, q as u64, t.suf[q]));
    }
    out.push(f1(5, t.shape));
    out.push(f1(6, t.sshape));
    for bit in 0..NFLAGS {
        if t.flags & (1 << bit) != 0 {
            out.push(f1(7, bit as u64));
        }
    }
    out.push(f2(8, i.min(2) as u64, t.sshape));
    out.push(f2(9, hl, t.sshape));
    out.push(f2(10, hl, t.lw));
    let (l1, l2, r1, r2) = (lw_at(-1), lw_at(-2), lw_at(1), lw_at(2));
    out.push(f2(11, 1, l1));
    out.push(f2(11, 2, l2));
    out.push(f2(11, 3, r1));
    out.push(f2(11, 4, r2));
    let (s1, s2, t1, t2) = (ss_at(-1), ss_at(-2), ss_at(1), ss_at(2));
    out.push(f2(12, 1, s1));
    out.push(f2(12, 2, s2));
    out.push(f2(12, 3, t1));
    out.push(f2(12, 4, t2));
    out.push(f2(13, l1, t.lw));
    out.push(f2(14, t.lw, r1));
    out.push(f3(15, s1, t.sshape, t1));
    out.push(f2(16, l1, t.sshape));
    out.push(f2(17, t.sshape, r1));
    out.push(f3(18, l1, t.sshape, r1));
    // Suffix of the next word (e.g. "-based", "-led") and of the previous.
    if k + 1 < b {
        let n = &doc.toks[k + 1];
        if n.naff >= 3 {
            out.push(f2(19, t.sshape, n.suf[2]));
        }
    }
    if k > a {
        let p = &doc.toks[k - 1];
        if p.naff >= 3 {
            out.push(f2(25, 0, p.suf[2]));
        }
    }
    if k + 1 < b {
        let n = &doc.toks[k + 1];
        if n.naff >= 3 {
            out.push(f2(25, 1, n.suf[2]));
        }
    }
    out.push(f2(26, l1, r1));
    out.push(f2(27, doc.table[si] as u64, t.sshape));
    // Gazetteers.
    let mut any = 0u64;
    for cat in 0..NCAT {
        let g = t.gz[cat];
        if g != 0 {
            any |= 1 << cat;
            out.push(f3(28, cat as u64, g as u64, l1));
            out.push(f2(20, cat as u64, g as u64));
            out.push(f3(21, cat as u64, g as u64, t.sshape));
        }
        if k > a && doc.toks[k - 1].gz[cat] != 0 {
            out.push(f3(22, 0, cat as u64, doc.toks[k - 1].gz[cat] as u64));
        }
        if k + 1 < b && doc.toks[k + 1].gz[cat] != 0 {
            out.push(f3(22, 1, cat as u64, doc.toks[k + 1].gz[cat] as u64));
        }
    }
    out.push(f1(23, any));
    if t.flags & INITCAP != 0 {
        out.push(f3(24, t.doccase as u64, (i == 0) as u64, hl));
    }
}

/// Appends the features that depend on the previous two predicted labels.
#[inline]
pub(crate) fn history_features(t: &TokInfo, p1: u8, p2: u8, out: &mut Vec<u64>) {
    out.push(f1(30, p1 as u64));
    out.push(f2(31, p1 as u64, p2 as u64));
    out.push(f2(32, p1 as u64, t.lw));
    out.push(f2(33, p1 as u64, t.sshape));
    out.push(f3(34, p1 as u64, p2 as u64, t.sshape));
}

/// Per-document aggregate of first-pass labels, keyed by lowercased word
/// (capitalised occurrences only).
pub(crate) fn doc_label_counts(doc: &DocInfo, s1: &[u8]) -> IdMap<[u16; NL]> {
    let mut m: IdMap<[u16; NL]> = IdMap::default();
    for (t, &l) in doc.toks.iter().zip(s1) {
        if t.flags & (INITCAP | ALLCAP) != 0 && t.flags & HASALPHA != 0 {
            let e = m.entry(t.lw).or_insert([0; NL]);
            e[l as usize] = e[l as usize].saturating_add(1);
        }
    }
    m
}

/// Appends the non-local (second-pass) features of token `k`.
pub(crate) fn nonlocal_features(
    doc: &DocInfo,
    si: usize,
    k: usize,
    s1: &[u8],
    counts: &IdMap<[u16; NL]>,
    out: &mut Vec<u64>,
) {
    let (a, b) = doc.sents[si];
    let lab = |o: isize| -> u64 {
        let j = k as isize + o;
        if j < a as isize || j >= b as isize {
            START as u64 + 1 + (o > 0) as u64
        } else {
            s1[j as usize] as u64
        }
    };
    let (m2, m1, c0, p1, p2) = (lab(-2), lab(-1), lab(0), lab(1), lab(2));
    out.push(f2(40, 0, c0));
    out.push(f2(40, 1, m1));
    out.push(f2(40, 2, p1));
    out.push(f2(40, 3, m2));
    out.push(f2(40, 4, p2));
    out.push(f2(41, c0, p1));
    out.push(f3(42, m1, c0, p1));
    let t = &doc.toks[k];
    if t.flags & (INITCAP | ALLCAP) != 0 && t.flags & HASALPHA != 0 {
        if let Some(c) = counts.get(&t.lw) {
            let total: u32 = c.iter().map(|&x| x as u32).sum();
            let mut by_type = [0u32; 4];
            for (l, &n) in c.iter().enumerate().skip(1) {
                if n > 0 {
                    out.push(f1(43, l as u64));
                    by_type[(l - 1) / 4] += n as u32;
                }
            }
            let ent: u32 = by_type.iter().sum();
            let mut best = 4u64;
            let mut bestn = 0;
            for (ty, &n) in by_type.iter().enumerate() {
                if n > 0 {
                    let frac = n * 4 / total.max(1);
                    out.push(f2(44, ty as u64, frac as u64));
                    if n > bestn {
                        bestn = n;
                        best = ty as u64;
                    }
                }
            }
            if ent > 0 {
                out.push(f2(45, best, (total > 1) as u64));
                out.push(f2(46, best, t.sshape));
                if ent * 2 >= total {
                    out.push(f1(47, best));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints() {
        let a = allowed_table();
        let b_per = label_of(0, 0) as usize;
        let i_per = label_of(0, 1) as usize;
        let l_per = label_of(0, 2) as usize;
        let u_org = label_of(1, 3) as usize;
        assert!(a[0][START as usize][b_per]);
        assert!(!a[1][START as usize][b_per]);
        assert!(a[0][b_per][i_per] && a[1][b_per][l_per] && !a[1][b_per][i_per]);
        assert!(!a[0][b_per][0] && !a[0][b_per][u_org]);
        assert!(a[0][l_per][u_org] && a[0][l_per][0] && !a[0][l_per][i_per]);
    }

    #[test]
    fn token_flags() {
        let t = tok_info("U.S.");
        assert!(t.flags & ALLCAP != 0 && t.flags & HASPERIOD != 0);
        let t = tok_info("McDonald");
        assert!(t.flags & MIXEDCAP != 0 && t.flags & INITCAP != 0);
        assert_eq!(tok_info("Oslo").sshape, tok_info("Paris").sshape);
        assert_ne!(tok_info("Oslo").shape, tok_info("Paris").shape);
    }
}
