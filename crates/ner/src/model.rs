//! The trained model: quantised weight tables, greedy BILOU decoding and
//! the binary file format.

use crate::classes::WordClasses;
use crate::features::{
    allowed_table, doc_label_counts, history_features, nonlocal_features, static_features, DocInfo,
    NL, START,
};
use crate::gazetteer::Gazetteer;
use crate::NerError;
use std::path::Path;
use std::sync::OnceLock;

/// Quantised weights of one stage: sorted `(feature id, weights)` rows.
#[derive(Clone, Default)]
pub(crate) struct Weights {
    pub(crate) rows: Vec<(u64, [i16; NL])>,
    /// Real weight = stored / scale.
    pub(crate) scale: f32,
}

impl Weights {
    /// Quantises real-valued rows; weights whose magnitude is below
    /// `prune` (relative to the largest) are dropped.
    pub(crate) fn quantise(mut entries: Vec<(u64, [f32; NL])>, prune: f32) -> Weights {
        entries.sort_unstable_by_key(|e| e.0);
        let max = entries
            .iter()
            .flat_map(|e| e.1.iter())
            .fold(0f32, |m, &x| m.max(x.abs()))
            .max(1e-9);
        let scale = 32767.0 / max;
        let mut rows: Vec<(u64, [i16; NL])> = Vec::with_capacity(entries.len());
        let cut = prune * max;
        for (k, ws) in entries {
            let mut q = [0i16; NL];
            let mut any = false;
            for (d, &x) in q.iter_mut().zip(ws.iter()) {
                if x.abs() >= cut && x != 0.0 {
                    *d = (x * scale).round().clamp(-32767.0, 32767.0) as i16;
                    any |= *d != 0;
                }
            }
            if any {
                rows.push((k, q));
            }
        }
        Weights { rows, scale }
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }
}

/// One slot of the open-addressing table: a feature id and its weights for
/// both stages, so that one memory access serves both passes.
#[derive(Clone, Copy)]
#[repr(C)]
struct Slot {
    key: u64,
    w: [[i16; NL]; 2],
}

/// Feature id → weights of stage 1 and stage 2, open addressing.
#[derive(Clone)]
pub(crate) struct Table {
    mask: usize,
    slots: Vec<Slot>,
}

impl Table {
    pub(crate) fn new(stage1: &Weights, stage2: Option<&Weights>) -> Table {
        let n = stage1.len() + stage2.map_or(0, Weights::len);
        let cap = (n * 3 / 2).next_power_of_two().max(16);
        let mut t = Table {
            mask: cap - 1,
            slots: vec![
                Slot {
                    key: 0,
                    w: [[0; NL]; 2]
                };
                cap
            ],
        };
        for (stage, w) in std::iter::once(stage1).chain(stage2).enumerate() {
            for (k, q) in &w.rows {
                let mut s = (*k as usize) & t.mask;
                while t.slots[s].key != 0 && t.slots[s].key != *k {
                    s = (s + 1) & t.mask;
                }
                t.slots[s].key = *k;
                t.slots[s].w[stage] = *q;
            }
        }
        t
    }

    #[inline(always)]
    fn slot(&self, key: u64) -> Option<&Slot> {
        let mut s = (key as usize) & self.mask;
        loop {
            let sl = &self.slots[s];
            if sl.key == key {
                return Some(sl);
            }
            if sl.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the stage-`stage` weights of `feats` to `acc`.
    #[inline]
    pub(crate) fn score(&self, stage: usize, feats: &[u64], acc: &mut [i32; NL]) {
        for &f in feats {
            if let Some(sl) = self.slot(f) {
                for (a, &x) in acc.iter_mut().zip(&sl.w[stage]) {
                    *a += x as i32;
                }
            }
        }
    }

    /// Adds the weights of both stages of `feats`.
    #[inline]
    fn score_both(&self, feats: &[u64], acc1: &mut [i32; NL], acc2: &mut [i32; NL]) {
        for &f in feats {
            if let Some(sl) = self.slot(f) {
                for (a, &x) in acc1.iter_mut().zip(&sl.w[0]) {
                    *a += x as i32;
                }
                for (a, &x) in acc2.iter_mut().zip(&sl.w[1]) {
                    *a += x as i32;
                }
            }
        }
    }
}

/// Label-independent features of every token of a document, flattened.
pub(crate) struct StaticFeats {
    pub(crate) feats: Vec<u64>,
    pub(crate) offs: Vec<u32>,
}

impl StaticFeats {
    pub(crate) fn new(doc: &DocInfo) -> StaticFeats {
        let mut feats = Vec::with_capacity(doc.toks.len() * 80);
        let mut offs = Vec::with_capacity(doc.toks.len() + 1);
        offs.push(0);
        for (si, &(a, b)) in doc.sents.iter().enumerate() {
            for k in a..b {
                static_features(doc, si, k, &mut feats);
                offs.push(feats.len() as u32);
            }
        }
        StaticFeats { feats, offs }
    }

    #[inline]
    pub(crate) fn get(&self, k: usize) -> &[u64] {
        &self.feats[self.offs[k] as usize..self.offs[k + 1] as usize]
    }
}

/// Chooses the label of token `k` given the previous label `p1`. When an
/// entity is open (`p1` is B or I) and the best label overall is not a
/// continuation of it, the open entity is closed at the previous token
/// (`prev` is rewritten: B becomes U, I becomes L) and the best label
/// that may follow a closed entity is returned together with the new `p1`.
#[inline]
pub(crate) fn choose(
    sc: &[i32; NL],
    allowed: &[[[bool; NL]; NL + 1]; 2],
    last: bool,
    p1: u8,
) -> (u8, Option<u8>) {
    let row = &allowed[last as usize];
    let best = best_allowed(sc, &row[p1 as usize]);
    if let Some((t, p)) = crate::features::pos_of(p1) {
        if p < 2 {
            let free = best_allowed(sc, &row[START as usize]);
            if sc[free as usize] > sc[best as usize] {
                let closed = crate::features::label_of(t, if p == 0 { 3 } else { 2 });
                return (best_allowed(sc, &row[closed as usize]), Some(closed));
            }
        }
    }
    (best, None)
}

#[inline]
fn best_allowed(sc: &[i32; NL], ok: &[bool; NL]) -> u8 {
    let mut best = 0u8;
    let mut bs = i32::MIN;
    for l in 0..NL {
        if ok[l] && sc[l] > bs {
            bs = sc[l];
            best = l as u8;
        }
    }
    best
}

/// Greedy left-to-right decoding of a document with BILOU constraints,
/// with the weights of one stage. With `first_pass`, the second-stage
/// (non-local) features are added.
pub(crate) fn greedy(
    t: &Table,
    stage: usize,
    doc: &DocInfo,
    stat: &StaticFeats,
    first_pass: Option<&[u8]>,
) -> Vec<u8> {
    let allowed = allowed_table();
    let mut out = vec![0u8; doc.toks.len()];
    let mut feats = Vec::with_capacity(128);
    let counts = first_pass.map(|s1| doc_label_counts(doc, s1));
    for (si, &(a, b)) in doc.sents.iter().enumerate() {
        let (mut p1, mut p2) = (START, START);
        for k in a..b {
            feats.clear();
            feats.extend_from_slice(stat.get(k));
            history_features(&doc.toks[k], p1, p2, &mut feats);
            if let (Some(s1), Some(c)) = (first_pass, counts.as_ref()) {
                nonlocal_features(doc, si, k, s1, c, &mut feats);
            }
            let mut sc = [0i32; NL];
            t.score(stage, &feats, &mut sc);
            let (best, fix) = choose(&sc, &allowed, k + 1 == b, p1);
            if let Some(c) = fix {
                out[k - 1] = c;
                p1 = c;
            }
            out[k] = best;
            p2 = p1;
            p1 = best;
        }
    }
    out
}

/// Both passes, sharing the lookups of the label-independent features.
fn decode_two_pass(t: &Table, doc: &DocInfo, stat: &StaticFeats) -> Vec<u8> {
    let allowed = allowed_table();
    let n = doc.toks.len();
    let mut s1 = vec![0u8; n];
    let mut static2 = vec![[0i32; NL]; n];
    let mut feats = Vec::with_capacity(32);
    for &(a, b) in &doc.sents {
        let (mut p1, mut p2) = (START, START);
        for k in a..b {
            let mut sc = [0i32; NL];
            t.score_both(stat.get(k), &mut sc, &mut static2[k]);
            feats.clear();
            history_features(&doc.toks[k], p1, p2, &mut feats);
            t.score(0, &feats, &mut sc);
            let (best, fix) = choose(&sc, &allowed, k + 1 == b, p1);
            if let Some(c) = fix {
                s1[k - 1] = c;
                p1 = c;
            }
            s1[k] = best;
            p2 = p1;
            p1 = best;
        }
    }
    let counts = doc_label_counts(doc, &s1);
    let mut out = vec![0u8; n];
    for (si, &(a, b)) in doc.sents.iter().enumerate() {
        let (mut p1, mut p2) = (START, START);
        for k in a..b {
            let mut sc = static2[k];
            feats.clear();
            history_features(&doc.toks[k], p1, p2, &mut feats);
            nonlocal_features(doc, si, k, &s1, &counts, &mut feats);
            t.score(1, &feats, &mut sc);
            let (best, fix) = choose(&sc, &allowed, k + 1 == b, p1);
            if let Some(c) = fix {
                out[k - 1] = c;
                p1 = c;
            }
            out[k] = best;
            p2 = p1;
            p1 = best;
        }
    }
    out
}

/// A trained tagger (first pass, and optionally a second, non-local pass).
pub struct Model {
    pub(crate) stage1: Weights,
    pub(crate) stage2: Option<Weights>,
    /// Fingerprint of the gazetteers and word classes it was trained with.
    pub(crate) gaz_fingerprint: u64,
    pub(crate) table: Table,
    pub(crate) classes: &'static WordClasses,
}

const MAGIC: &[u8; 8] = b"PLXNER\x01\x00";

static EMBEDDED_BYTES: &[u8] = include_bytes!("../model/ner.bin");
static EMBEDDED: OnceLock<Result<Model, String>> = OnceLock::new();
static GAZ: OnceLock<Gazetteer> = OnceLock::new();

pub(crate) fn gazetteer() -> &'static Gazetteer {
    GAZ.get_or_init(Gazetteer::embedded)
}

/// Fingerprint of the lexical resources a model depends on: the
/// gazetteers and the word classes.
pub(crate) fn resources_fingerprint(classes: &WordClasses) -> u64 {
    crate::hash::fin(crate::hash::mix(
        gazetteer().fingerprint,
        classes.fingerprint,
    ))
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("stage1_features", &self.stage1.len())
            .field("stage2_features", &self.stage2.as_ref().map(Weights::len))
            .finish()
    }
}

impl Model {
    /// The model committed at `crates/ner/model/ner.bin`, embedded in the
    /// library; decoded once on first use.
    pub fn embedded() -> Result<&'static Model, NerError> {
        EMBEDDED
            .get_or_init(|| Model::from_bytes(EMBEDDED_BYTES).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| NerError::Model(format!("embedded model: {e}")))
    }

    /// Number of stored feature rows (first pass, second pass).
    pub fn feature_counts(&self) -> (usize, usize) {
        (
            self.stage1.len(),
            self.stage2.as_ref().map_or(0, Weights::len),
        )
    }

    /// Encodes the model in its compact binary format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.gaz_fingerprint.to_le_bytes());
        let stages: Vec<&Weights> = std::iter::once(&self.stage1)
            .chain(self.stage2.as_ref())
            .collect();
        out.push(stages.len() as u8);
        for w in stages {
            out.extend_from_slice(&w.scale.to_le_bytes());
            out.extend_from_slice(&(w.len() as u32).to_le_bytes());
            for (k, r) in &w.rows {
                out.extend_from_slice(&k.to_le_bytes());
                let mut mask = 0u32;
                for (l, &x) in r.iter().enumerate() {
                    if x != 0 {
                        mask |= 1 << l;
                    }
                }
                out.extend_from_slice(&mask.to_le_bytes()[..3]);
                for &x in r.iter().filter(|&&x| x != 0) {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
        out
    }

    /// Decodes a model from [`Model::to_bytes`] output.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        let bad = |m: &str| NerError::Model(m.to_string());
        if bytes.is_empty() {
            return Err(bad("model data is empty (train a model first)"));
        }
        let mut r = Reader { b: bytes, p: 0 };
        if r.take(8).ok_or_else(|| bad("truncated header"))? != MAGIC {
            return Err(bad("not a parallax NER model (bad magic or version)"));
        }
        let fp = r.u64().ok_or_else(|| bad("truncated header"))?;
        let classes = crate::classes::embedded()?;
        if fp != resources_fingerprint(classes) {
            return Err(bad(
                "model was trained with different gazetteers or word classes than the ones compiled in; retrain it",
            ));
        }
        let n = r.take(1).ok_or_else(|| bad("truncated header"))?[0];
        if n == 0 || n > 2 {
            return Err(bad("bad stage count"));
        }
        let mut stages = Vec::new();
        for _ in 0..n {
            let scale = f32::from_le_bytes(
                r.take(4)
                    .ok_or_else(|| bad("truncated"))?
                    .try_into()
                    .map_err(|_| bad("truncated"))?,
            );
            let rows = r.u32().ok_or_else(|| bad("truncated"))? as usize;
            if rows > bytes.len() / 11 {
                return Err(bad("row count larger than the file"));
            }
            let mut v = Vec::with_capacity(rows);
            for _ in 0..rows {
                let k = r.u64().ok_or_else(|| bad("truncated row"))?;
                let m = r.take(3).ok_or_else(|| bad("truncated row"))?;
                let mask = m[0] as u32 | (m[1] as u32) << 8 | (m[2] as u32) << 16;
                if k == 0 || mask >> NL != 0 {
                    return Err(bad("corrupt row"));
                }
                let mut q = [0i16; NL];
                for (l, x) in q.iter_mut().enumerate() {
                    if mask & (1 << l) != 0 {
                        let b = r.take(2).ok_or_else(|| bad("truncated row"))?;
                        *x = i16::from_le_bytes([b[0], b[1]]);
                    }
                }
                v.push((k, q));
            }
            stages.push(Weights { rows: v, scale });
        }
        if r.p != bytes.len() {
            return Err(bad("trailing bytes after model"));
        }
        let mut it = stages.into_iter();
        let stage1 = it.next().ok_or_else(|| bad("no stages"))?;
        Ok(Model::new(stage1, it.next(), classes))
    }

    /// Writes the model to `path`.
    pub fn save(&self, path: &Path) -> Result<(), NerError> {
        std::fs::write(path, self.to_bytes()).map_err(|source| NerError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Reads a model written by [`Model::save`].
    pub fn load(path: &Path) -> Result<Model, NerError> {
        let bytes = std::fs::read(path).map_err(|source| NerError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Model::from_bytes(&bytes).map_err(|e| NerError::Model(format!("{}: {e}", path.display())))
    }

    pub(crate) fn new(
        stage1: Weights,
        stage2: Option<Weights>,
        classes: &'static WordClasses,
    ) -> Model {
        let table = Table::new(&stage1, stage2.as_ref());
        Model {
            stage1,
            stage2,
            gaz_fingerprint: resources_fingerprint(classes),
            table,
            classes,
        }
    }

    /// BILOU label indices for every token of a prepared document.
    pub(crate) fn decode(&self, doc: &DocInfo) -> Vec<u8> {
        let stat = StaticFeats::new(doc);
        if self.stage2.is_some() {
            decode_two_pass(&self.table, doc, &stat)
        } else {
            greedy(&self.table, 0, doc, &stat, None)
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.p..self.p.checked_add(n)?)?;
        self.p += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::label_of;

    #[test]
    fn choose_closes_open_entity() {
        let allowed = allowed_table();
        let b_org = label_of(1, 0);
        let i_org = label_of(1, 1) as usize;
        let mut sc = [0i32; NL];
        // After B-ORG the best continuation is I-ORG, but O scores higher:
        // the entity is closed (B-ORG becomes U-ORG) and O is chosen.
        sc[0] = 10;
        sc[i_org] = 5;
        assert_eq!(
            choose(&sc, &allowed, false, b_org),
            (0, Some(label_of(1, 3)))
        );
        // A continuation that is the best label overall is kept.
        sc[i_org] = 20;
        assert_eq!(choose(&sc, &allowed, false, b_org), (i_org as u8, None));
        // Without an open entity nothing is rewritten.
        assert_eq!(choose(&sc, &allowed, false, 0), (0, None));
    }
}
