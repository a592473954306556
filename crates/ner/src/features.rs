//! Token analysis and feature extraction.
//!
//! Every feature is a 64-bit id (a hash of a template number and values);
//! the weight tables map ids to one weight per BILOU label.

use crate::classes::{prefix, WordClasses};
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
    /// Lexicon bits (see [`Gazetteer::lexicon`]).
    pub(crate) lex: u8,
    /// Capitalised run containing the token (see [`cap_runs`]): hashes of
    /// its first and last word, its length and the token's position in it
    /// (0 outside a run, 1 first, 2 inside, 3 last, 4 alone).
    pub(crate) run: (u64, u64, u8, u8),
    /// Words just before and after the capitalised run.
    pub(crate) run_ctx: (u64, u64),
    /// Word classes of the words just before and after the run.
    pub(crate) run_ctx_class: (u32, u32),
    /// Packed word-class path (see [`crate::classes`]; 0: none).
    pub(crate) class: u32,
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
        crate::hash::fold_quote(c) as u64
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
        lex: 0,
        run: (0, 0, 0, 0),
        run_ctx: (0, 0),
        run_ctx_class: (0, 0),
        class: 0,
    }
}

/// A document prepared for tagging: token infos and sentence bounds.
pub(crate) struct DocInfo {
    pub(crate) toks: Vec<TokInfo>,
    pub(crate) sents: Vec<(usize, usize)>,
    pub(crate) headline: Vec<bool>,
    /// Sentences with many numbers (result tables, price lists).
    pub(crate) table: Vec<bool>,
    /// Topic word: the first word of the document when its first sentence
    /// is an all-caps headline (Reuters style `SOCCER - ...`), else 0.
    pub(crate) topic: u64,
}

impl DocInfo {
    /// Analyses a document given as sentences of token strings.
    pub(crate) fn new<S: AsRef<str>>(
        sentences: &[Vec<S>],
        gaz: &Gazetteer,
        classes: &WordClasses,
    ) -> DocInfo {
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
                let mut info = tok_info(t.as_ref());
                if info.flags & HASALPHA != 0 {
                    info.lex = gaz.lexicon(info.lw);
                    info.class = classes.class(info.lw);
                }
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
            cap_runs(&mut toks[a..]);
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
        let topic = match sents.first() {
            Some(&(a, b)) if headline[0] => toks[a..b]
                .iter()
                .find(|t| t.flags & HASALPHA != 0)
                .map_or(0, |t| t.lw),
            _ => 0,
        };
        DocInfo {
            toks,
            sents,
            headline,
            table,
            topic,
        }
    }
}

/// Connector words that may stand inside a capitalised run ("Bank of
/// England", "Procter & Gamble", "Duke of Norfolk 's XI").
fn is_connector(lw: u64) -> bool {
    static C: std::sync::OnceLock<[u64; 8]> = std::sync::OnceLock::new();
    C.get_or_init(|| ["of", "&", "'s", "and", "de", "for", "the", "-"].map(lower_hash))
        .contains(&lw)
}

/// Marks maximal runs of capitalised tokens (with connectors inside) in
/// one sentence.
fn cap_runs(toks: &mut [TokInfo]) {
    let capd = |t: &TokInfo| t.flags & (INITCAP | ALLCAP) != 0 && t.flags & HASALPHA != 0;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if !capd(&toks[i]) {
            i += 1;
            continue;
        }
        // Extend over capitalised words and connectors followed by one.
        let mut j = i + 1;
        let mut end = i + 1;
        while j < n {
            if capd(&toks[j]) {
                j += 1;
                end = j;
            } else if is_connector(toks[j].lw) {
                j += 1;
            } else {
                break;
            }
        }
        let (first, last) = (toks[i].lw, toks[end - 1].lw);
        let len = (end - i).min(6) as u8;
        let before = if i > 0 { toks[i - 1].lw } else { BOS };
        let after = if end < n { toks[end].lw } else { EOS };
        let before_class = if i > 0 { toks[i - 1].class } else { 1 };
        let after_class = if end < n { toks[end].class } else { 1 };
        for (k, t) in toks[i..end].iter_mut().enumerate() {
            let pos = if end - i == 1 {
                4
            } else if k == 0 {
                1
            } else if i + k + 1 == end {
                3
            } else {
                2
            };
            t.run = (first, last, len, pos);
            t.run_ctx = (before, after);
            t.run_ctx_class = (before_class, after_class);
        }
        i = end;
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
    if doc.topic != 0 && t.flags & (INITCAP | ALLCAP) != 0 {
        let tab = doc.table[si] as u64;
        out.push(f3(60, doc.topic, tab, t.sshape));
        for cat in 0..NCAT {
            if t.gz[cat] != 0 {
                out.push(f3(61, doc.topic, cat as u64, tab));
            }
        }
    }
    if t.flags & INITCAP != 0 {
        out.push(f3(24, t.doccase as u64, (i == 0) as u64, hl));
    }
    if t.run.3 != 0 {
        let (first, last, len, pos) = t.run;
        out.push(f2(57, last, pos as u64));
        out.push(f2(58, first, pos as u64));
        out.push(f3(59, len as u64, pos as u64, hl));
        if pos == 2 || pos == 3 {
            out.push(f2(69, t.run_ctx.0, pos as u64));
        }
        if pos == 1 || pos == 2 {
            out.push(f2(70, t.run_ctx.1, pos as u64));
        }
    }
    // English lexicon: common lowercase word, proper noun or unknown.
    if t.flags & HASALPHA != 0 {
        let cap = (t.flags & (INITCAP | ALLCAP)) as u64;
        out.push(f3(51, t.lex as u64, cap, (i == 0) as u64 | hl << 1));
        out.push(f2(52, t.lex as u64, t.sshape));
        if k > a {
            let p = &doc.toks[k - 1];
            out.push(f3(
                53,
                0,
                p.lex as u64,
                (p.flags & (INITCAP | ALLCAP)) as u64,
            ));
        }
        if k + 1 < b {
            let n = &doc.toks[k + 1];
            out.push(f3(
                53,
                1,
                n.lex as u64,
                (n.flags & (INITCAP | ALLCAP)) as u64,
            ));
        }
    }
    class_features(doc, si, k, out);
}

/// Word-class path prefix lengths used as features (like Brown-cluster
/// prefixes: coarse to fine).
const CLASS_PREFIXES: [u32; 4] = [4, 6, 9, 12];

/// Appends the word-class features of token `k`: the classes of the
/// words within ±2, the token's class with its case, the classes of its
/// neighbours with its shape, and the classes of the words around its
/// capitalised run ("said", "in", "shares of" generalise to their classes).
fn class_features(doc: &DocInfo, si: usize, k: usize, out: &mut Vec<u64>) {
    let (a, b) = doc.sents[si];
    for j in k.saturating_sub(2).max(a)..(k + 3).min(b) {
        let c = doc.toks[j].class;
        if c == 0 {
            continue;
        }
        let o = (j + 2 - k) as u64;
        for len in CLASS_PREFIXES {
            out.push(f3(80, o, len as u64, prefix(c, len) as u64));
        }
    }
    let t = &doc.toks[k];
    if t.class != 0 {
        let cap = (t.flags & (INITCAP | ALLCAP)) as u64;
        for len in CLASS_PREFIXES {
            out.push(f3(81, cap, len as u64, prefix(t.class, len) as u64));
        }
    }
    // Sentence edges have class 1 (the root), distinct from "no class" (0).
    let l1 = if k > a { doc.toks[k - 1].class } else { 1 };
    let r1 = if k + 1 < b { doc.toks[k + 1].class } else { 1 };
    out.push(f3(82, 0, prefix(l1, 6) as u64, t.sshape));
    out.push(f3(82, 1, prefix(r1, 6) as u64, t.sshape));
    out.push(f3(83, prefix(l1, 6) as u64, prefix(r1, 6) as u64, t.sshape));
    if t.run.3 != 0 {
        let (before, after) = t.run_ctx_class;
        for len in [4u32, 8, 12] {
            out.push(f3(84, 0, len as u64, prefix(before, len) as u64));
            out.push(f3(84, 1, len as u64, prefix(after, len) as u64));
        }
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
    if t.class != 0 {
        out.push(f2(35, p1 as u64, prefix(t.class, 8) as u64));
    }
}

/// Per-document aggregate of first-pass labels, keyed by lowercased word
/// (capitalised occurrences only).
/// The last slot holds 1 + the label of the first occurrence.
pub(crate) fn doc_label_counts(doc: &DocInfo, s1: &[u8]) -> IdMap<[u16; NL + 1]> {
    let mut m: IdMap<[u16; NL + 1]> = IdMap::default();
    for (t, &l) in doc.toks.iter().zip(s1) {
        if t.flags & (INITCAP | ALLCAP) != 0 && t.flags & HASALPHA != 0 {
            let e = m.entry(t.lw).or_insert([0; NL + 1]);
            e[l as usize] = e[l as usize].saturating_add(1);
            if e[NL] == 0 {
                e[NL] = l as u16 + 1;
            }
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
    counts: &IdMap<[u16; NL + 1]>,
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
            let first = c[NL] as u64;
            let c = &c[..NL];
            let total: u32 = c.iter().map(|&x| x as u32).sum();
            out.push(f2(48, first, (s1[k] as u64 + 1 == first) as u64));
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

    fn test_classes() -> &'static WordClasses {
        crate::classes::embedded().expect("committed word classes parse")
    }

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
    fn capitalised_runs() {
        let words = [
            "shares", "of", "Gold", "Fields", "of", "South", "Africa", "Ltd", "of", "rose",
        ];
        let mut toks: Vec<TokInfo> = words.iter().map(|w| tok_info(w)).collect();
        cap_runs(&mut toks);
        assert_eq!(toks[0].run.3, 0);
        assert_eq!(toks[1].run.3, 0);
        let ltd = lower_hash("Ltd");
        let gold = lower_hash("Gold");
        assert_eq!(toks[2].run, (gold, ltd, 6, 1));
        assert_eq!(toks[4].run, (gold, ltd, 6, 2));
        assert_eq!(toks[7].run, (gold, ltd, 6, 3));
        assert_eq!(toks[8].run.3, 0, "a trailing connector is not in the run");
        assert_eq!(toks[2].run_ctx, (lower_hash("of"), lower_hash("of")));
    }

    #[test]
    fn lexicon_and_topic() {
        let sents = vec![
            vec!["SOCCER", "-", "MILAN", "WIN"],
            vec!["The", "tablet", "from", "Paris", "Zorvath"],
        ];
        let doc = DocInfo::new(&sents, crate::model::gazetteer(), test_classes());
        assert_eq!(doc.topic, lower_hash("soccer"));
        let lex = |k: usize| doc.toks[k].lex;
        use crate::gazetteer::{LEX_CAP, LEX_LOWER};
        assert_ne!(lex(4) & LEX_LOWER, 0, "The");
        assert_ne!(lex(7) & LEX_CAP, 0, "Paris");
        assert_eq!(lex(8), 0, "Zorvath");
        let plain = DocInfo::new(
            &[vec!["Milan", "won", "."]],
            crate::model::gazetteer(),
            test_classes(),
        );
        assert_eq!(plain.topic, 0);
    }

    #[test]
    fn token_flags() {
        let t = tok_info("U.S.");
        assert!(t.flags & ALLCAP != 0 && t.flags & HASPERIOD != 0);
        let t = tok_info("McDonald");
        assert!(t.flags & MIXEDCAP != 0 && t.flags & INITCAP != 0);
        assert_eq!(tok_info("Oslo").sshape, tok_info("Paris").sshape);
        assert_ne!(tok_info("Oslo").shape, tok_info("Paris").shape);
        let (curly, straight) = (tok_info("\u{201d}"), tok_info("\""));
        assert_eq!((curly.w, curly.shape), (straight.w, straight.shape));
    }
}
