//! Training: averaged perceptron, greedy decoding with predicted history,
//! jackknifed first pass for the non-local second pass.

use crate::classes::WordClasses;
use crate::conll::{chunks, parse_tag, read_conll, ConllDoc};
use crate::features::{
    allowed_table, doc_label_counts, history_features, label_of, nonlocal_features, DocInfo, NL,
    START,
};
use crate::hash::IdMap;
use crate::model::{gazetteer, greedy, Model, StaticFeats, Table, Weights};
use crate::{Label, NerError};
use std::path::Path;
use std::time::Instant;

/// Training options. The defaults, with `eng.testa` as the dev file that
/// picks the epoch of each stage, reproduce the committed model byte for
/// byte through [`train_final`] (`parallax train ner --dev
/// ../shared/eval/ner/conll2003/eng.testa --final`).
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Maximum number of passes over the training data per stage; with a
    /// dev file the best epoch on it is kept.
    pub epochs: usize,
    /// Seed of the sentence order.
    pub seed: u64,
    /// Train the second (non-local) pass.
    pub second_pass: bool,
    /// Folds for the jackknifed first pass that feeds the second pass.
    pub folds: usize,
    /// Weights smaller than this fraction of the largest are dropped.
    pub prune: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 15,
            seed: 2003,
            second_pass: true,
            folds: 10,
            prune: 0.0005,
        }
    }
}

struct Data {
    docs: Vec<DocInfo>,
    gold: Vec<Vec<u8>>,
    stat: Vec<StaticFeats>,
}

fn gold_bilou(d: &ConllDoc) -> Vec<u8> {
    let mut out = Vec::new();
    for tags in &d.tags {
        let parts: Vec<(char, Option<Label>)> = tags
            .iter()
            .map(|t| parse_tag(t).unwrap_or(('O', None)))
            .collect();
        let base = out.len();
        out.resize(base + tags.len(), 0u8);
        for (s, e, l) in chunks(&parts) {
            let t = l.index() as u8;
            if e == s + 1 {
                out[base + s] = label_of(t, 3);
            } else {
                out[base + s] = label_of(t, 0);
                for x in &mut out[base + s + 1..base + e - 1] {
                    *x = label_of(t, 1);
                }
                out[base + e - 1] = label_of(t, 2);
            }
        }
    }
    out
}

fn prepare(docs: &[ConllDoc], classes: &WordClasses) -> Data {
    let gaz = gazetteer();
    let mut data = Data {
        docs: Vec::new(),
        gold: Vec::new(),
        stat: Vec::new(),
    };
    for d in docs {
        let info = DocInfo::new(&d.sentences, gaz, classes);
        data.gold.push(gold_bilou(d));
        data.stat.push(StaticFeats::new(&info));
        data.docs.push(info);
    }
    data
}

/// Non-local features of every token given first-pass labels.
fn nonlocal_all(doc: &DocInfo, s1: &[u8]) -> (Vec<u64>, Vec<u32>) {
    let counts = doc_label_counts(doc, s1);
    let mut f = Vec::new();
    let mut o = vec![0u32];
    for (si, &(a, b)) in doc.sents.iter().enumerate() {
        for k in a..b {
            nonlocal_features(doc, si, k, s1, &counts, &mut f);
            o.push(f.len() as u32);
        }
    }
    (f, o)
}

struct Perceptron {
    index: IdMap<u32>,
    w: Vec<f32>,
    tot: Vec<f64>,
    ts: Vec<u32>,
    c: u32,
}

impl Perceptron {
    fn new() -> Self {
        Perceptron {
            index: IdMap::default(),
            w: Vec::new(),
            tot: Vec::new(),
            ts: Vec::new(),
            c: 0,
        }
    }

    fn scores(&self, feats: &[u64]) -> [f32; NL] {
        let mut s = [0f32; NL];
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let r = r as usize * NL;
                for (a, &x) in s.iter_mut().zip(&self.w[r..r + NL]) {
                    *a += x;
                }
            }
        }
        s
    }

    fn update(&mut self, feats: &[u64], gold: u8, pred: u8) {
        for &f in feats {
            let next = self.index.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.w.extend_from_slice(&[0.0; NL]);
                self.tot.extend_from_slice(&[0.0; NL]);
                self.ts.extend_from_slice(&[0; NL]);
            }
            for (l, d) in [(gold, 1.0f32), (pred, -1.0f32)] {
                let i = r as usize * NL + l as usize;
                self.tot[i] += (self.c - self.ts[i]) as f64 * self.w[i] as f64;
                self.ts[i] = self.c;
                self.w[i] += d;
            }
        }
    }

    fn averaged(&self) -> Vec<(u64, [f32; NL])> {
        let c = self.c.max(1) as f64;
        self.index
            .iter()
            .map(|(&k, &r)| {
                let mut a = [0f32; NL];
                for (l, x) in a.iter_mut().enumerate() {
                    let i = r as usize * NL + l;
                    *x = ((self.tot[i] + (self.c - self.ts[i]) as f64 * self.w[i] as f64) / c)
                        as f32;
                }
                (k, a)
            })
            .collect()
    }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn best_allowed_f32(sc: &[f32; NL], ok: &[bool; NL]) -> u8 {
    let mut pred = 0u8;
    let mut bs = f32::NEG_INFINITY;
    for l in 0..NL {
        if ok[l] && sc[l] > bs {
            bs = sc[l];
            pred = l as u8;
        }
    }
    pred
}

/// [`crate::model::choose`] on real-valued scores.
fn choose_f32(
    sc: &[f32; NL],
    allowed: &[[[bool; NL]; NL + 1]; 2],
    last: bool,
    p1: u8,
) -> (u8, Option<u8>) {
    let row = &allowed[last as usize];
    let best = best_allowed_f32(sc, &row[p1 as usize]);
    if let Some((t, p)) = crate::features::pos_of(p1) {
        if p < 2 {
            let free = best_allowed_f32(sc, &row[START as usize]);
            if sc[free as usize] > sc[best as usize] {
                let closed = label_of(t, if p == 0 { 3 } else { 2 });
                return (best_allowed_f32(sc, &row[closed as usize]), Some(closed));
            }
        }
    }
    (best, None)
}

/// Span F1 of predicted vs gold BILOU labels over documents.
fn span_f1(gold: &[Vec<u8>], pred: &[Vec<u8>]) -> f64 {
    fn spans(l: &[u8]) -> Vec<(usize, usize, u8)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, &x) in l.iter().enumerate() {
            if let Some((t, p)) = crate::features::pos_of(x) {
                match p {
                    0 => start = i,
                    2 => out.push((start, i, t)),
                    3 => out.push((i, i, t)),
                    _ => {}
                }
            }
        }
        out
    }
    let (mut g, mut p, mut c) = (0usize, 0usize, 0usize);
    for (gd, pd) in gold.iter().zip(pred) {
        let gs = spans(gd);
        let ps = spans(pd);
        g += gs.len();
        p += ps.len();
        let set: std::collections::HashSet<_> = gs.into_iter().collect();
        c += ps.iter().filter(|s| set.contains(s)).count();
    }
    if c == 0 {
        return 0.0;
    }
    let (pr, rc) = (c as f64 / p as f64, c as f64 / g as f64);
    2.0 * pr * rc / (pr + rc)
}

struct Dev<'a> {
    data: &'a Data,
    /// First-pass labels for the second stage.
    s1: Option<&'a [Vec<u8>]>,
}

/// Trains one stage on the documents `docs` of `data`; returns the weights
/// of the best epoch on `dev` (or of the last epoch) and that epoch.
fn train_stage(
    data: &Data,
    docs: &[usize],
    nl: Option<&[(Vec<u64>, Vec<u32>)]>,
    epochs: usize,
    seed: u64,
    prune: f32,
    dev: Option<Dev<'_>>,
) -> (Weights, usize) {
    let allowed = allowed_table();
    let mut p = Perceptron::new();
    let mut order: Vec<(usize, usize)> = docs
        .iter()
        .flat_map(|&d| (0..data.docs[d].sents.len()).map(move |s| (d, s)))
        .collect();
    let mut rng = Rng(seed);
    let mut best: Option<(f64, Weights, usize)> = None;
    let mut buf = Vec::with_capacity(256);
    for epoch in 1..=epochs {
        let t0 = Instant::now();
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        let mut n = 0usize;
        for &(d, si) in &order {
            let doc = &data.docs[d];
            let (a, b) = doc.sents[si];
            let (mut p1, mut p2) = (START, START);
            for k in a..b {
                buf.clear();
                buf.extend_from_slice(data.stat[d].get(k));
                history_features(&doc.toks[k], p1, p2, &mut buf);
                if let Some(nl) = nl {
                    let (f, o) = &nl[d];
                    buf.extend_from_slice(&f[o[k] as usize..o[k + 1] as usize]);
                }
                let sc = p.scores(&buf);
                let (pred, fix) = choose_f32(&sc, &allowed, k + 1 == b, p1);
                if let Some(c) = fix {
                    p1 = c;
                }
                p.c += 1;
                let gold = data.gold[d][k];
                if pred != gold {
                    errors += 1;
                    p.update(&buf, gold, pred);
                }
                n += 1;
                p2 = p1;
                p1 = pred;
            }
        }
        let w = Weights::quantise(p.averaged(), prune);
        let table = Table::new(&w, None);
        let f1 = dev.as_ref().map(|dev| {
            let pred: Vec<Vec<u8>> = dev
                .data
                .docs
                .iter()
                .enumerate()
                .map(|(i, doc)| {
                    greedy(
                        &table,
                        0,
                        doc,
                        &dev.data.stat[i],
                        dev.s1.map(|s| s[i].as_slice()),
                    )
                })
                .collect();
            span_f1(&dev.data.gold, &pred)
        });
        tracing::info!(
            epoch,
            train_error = errors as f64 / n.max(1) as f64,
            dev_f1 = f1.unwrap_or(f64::NAN),
            features = w.len(),
            secs = t0.elapsed().as_secs_f64(),
            "ner training epoch"
        );
        match (f1, &best) {
            (Some(f), Some((bf, _, _))) if f <= *bf => {}
            (Some(f), _) => best = Some((f, w, epoch)),
            (None, _) => best = Some((0.0, w, epoch)),
        }
    }
    match best {
        Some((_, w, e)) => (w, e),
        None => (Weights::default(), 0),
    }
}

/// Trains a model on a CoNLL-2003 file (only the token and NER columns are
/// used). With `dev_path`, the number of epochs of each stage is chosen on
/// it. Deterministic for given files and options.
pub fn train(
    train_path: &Path,
    dev_path: Option<&Path>,
    opts: &TrainOptions,
) -> Result<Model, NerError> {
    let train_docs = read_conll(train_path)?;
    if train_docs.is_empty() {
        return Err(NerError::Train(format!(
            "{}: no sentences",
            train_path.display()
        )));
    }
    let dev_docs = match dev_path {
        Some(p) => Some(read_conll(p)?),
        None => None,
    };
    let (model, _) = train_docs_with(
        &train_docs,
        dev_docs.as_deref(),
        opts,
        crate::classes::embedded()?,
        None,
    )?;
    Ok(model)
}

/// Trains the final model on the training and development files together:
/// first on `train_path` alone with `dev_path` choosing the number of
/// epochs of each stage (the model [`train`] gives), then on both files for
/// those epochs. The development file can no longer measure the result.
pub fn train_final(
    train_path: &Path,
    dev_path: &Path,
    opts: &TrainOptions,
) -> Result<Model, NerError> {
    let train_docs = read_conll(train_path)?;
    let dev_docs = read_conll(dev_path)?;
    if train_docs.is_empty() || dev_docs.is_empty() {
        return Err(NerError::Train(format!(
            "{} or {}: no sentences",
            train_path.display(),
            dev_path.display()
        )));
    }
    let classes = crate::classes::embedded()?;
    let (_, epochs) = train_docs_with(&train_docs, Some(&dev_docs), opts, classes, None)?;
    tracing::info!(
        first = epochs.0,
        second = epochs.1,
        "ner epochs chosen on the development file"
    );
    let mut all = train_docs;
    all.extend(dev_docs);
    let (model, _) = train_docs_with(&all, None, opts, classes, Some(epochs))?;
    Ok(model)
}

/// [`train`] on parsed documents, with the given word classes; with
/// `fixed_epochs` the (first, second) stages run exactly that many epochs.
/// Returns the model and the epochs of its two stages (0 for a stage not
/// trained).
pub(crate) fn train_docs_with(
    train_docs: &[ConllDoc],
    dev_docs: Option<&[ConllDoc]>,
    opts: &TrainOptions,
    classes: &'static WordClasses,
    fixed_epochs: Option<(usize, usize)>,
) -> Result<(Model, (usize, usize)), NerError> {
    let t0 = Instant::now();
    let data = prepare(train_docs, classes);
    let dev = dev_docs.map(|d| prepare(d, classes));
    tracing::info!(
        documents = data.docs.len(),
        secs = t0.elapsed().as_secs_f64(),
        "ner training data prepared"
    );
    let all: Vec<usize> = (0..data.docs.len()).collect();
    let (w1, e1) = train_stage(
        &data,
        &all,
        None,
        fixed_epochs.map_or(opts.epochs, |e| e.0),
        opts.seed,
        opts.prune,
        dev.as_ref().map(|d| Dev { data: d, s1: None }),
    );
    tracing::info!(
        best_epoch = e1,
        features = w1.len(),
        "ner first pass trained"
    );
    if !opts.second_pass {
        return Ok((Model::new(w1, None, classes), (e1, 0)));
    }
    let table1 = Table::new(&w1, None);
    // Jackknifed first-pass labels for the training documents.
    let k = opts.folds.max(2);
    let mut s1_train: Vec<Vec<u8>> = vec![Vec::new(); data.docs.len()];
    for fold in 0..k {
        let train_idx: Vec<usize> = all.iter().copied().filter(|d| d % k != fold).collect();
        let (w, _) = train_stage(
            &data,
            &train_idx,
            None,
            e1.max(1),
            opts.seed + 1 + fold as u64,
            opts.prune,
            None,
        );
        let table = Table::new(&w, None);
        for d in all.iter().copied().filter(|d| d % k == fold) {
            s1_train[d] = greedy(&table, 0, &data.docs[d], &data.stat[d], None);
        }
        tracing::info!(fold, "ner jackknife fold done");
    }
    let nl: Vec<(Vec<u64>, Vec<u32>)> = data
        .docs
        .iter()
        .zip(&s1_train)
        .map(|(doc, s1)| nonlocal_all(doc, s1))
        .collect();
    let s1_dev: Option<Vec<Vec<u8>>> = dev.as_ref().map(|d| {
        d.docs
            .iter()
            .zip(&d.stat)
            .map(|(doc, st)| greedy(&table1, 0, doc, st, None))
            .collect()
    });
    let (w2, e2) = train_stage(
        &data,
        &all,
        Some(&nl),
        fixed_epochs.map_or(opts.epochs, |e| e.1),
        opts.seed + 100,
        opts.prune,
        dev.as_ref().map(|d| Dev {
            data: d,
            s1: s1_dev.as_deref(),
        }),
    );
    tracing::info!(
        best_epoch = e2,
        features = w2.len(),
        secs = t0.elapsed().as_secs_f64(),
        "ner second pass trained"
    );
    Ok((Model::new(w1, Some(w2), classes), (e1, e2)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse_conll;
    use crate::{Label, Tag};

    /// Invented training text in which only the word after a name tells
    /// its type: "<Name> spokesman said ." (ORG), "<Name> villagers said ."
    /// (LOC), three such words per type. Every name occurs once, so the
    /// name itself teaches nothing.
    fn fixture() -> Vec<ConllDoc> {
        let heads = ["Vor", "Kel", "Ban", "Dru", "Zem", "Tal", "Mir", "Sof"];
        let tails = ["ak", "ino", "ost", "ura", "ex"];
        let next = [
            ("spokesman", "B-ORG"),
            ("villagers", "B-LOC"),
            ("directors", "B-ORG"),
            ("residents", "B-LOC"),
            ("analysts", "B-ORG"),
            ("inhabitants", "B-LOC"),
        ];
        parse_conll(&conll_text(&heads, &tails, &next)).expect("fixture parses")
    }

    /// Invented documents "<Name> <next> said ." with names built from
    /// `heads` × `tails` and the tag given by `next`.
    fn conll_text(heads: &[&str], tails: &[&str], next: &[(&str, &str)]) -> String {
        let mut text = String::new();
        for (n, (h, t)) in heads
            .iter()
            .flat_map(|h| tails.iter().map(move |t| (h, t)))
            .enumerate()
        {
            let (next, tag) = next[n % next.len()];
            text.push_str(&format!(
                "-DOCSTART- O\n\n{h}{t} {tag}\n{next} O\nsaid O\n. O\n\n"
            ));
        }
        text
    }

    #[test]
    fn final_model_learns_from_the_development_file() {
        // Only the development file shows that a name before "wardens" is
        // a person; the final model must have learnt it, the model trained
        // on the training file alone cannot have.
        let dir = std::env::temp_dir().join(format!("parallax-ner-final-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let train_path = dir.join("train.conll");
        let dev_path = dir.join("dev.conll");
        let train_text = conll_text(
            &["Vor", "Kel", "Ban", "Dru", "Zem", "Tal", "Mir", "Sof"],
            &["ak", "ino", "ost", "ura", "ex"],
            &[("spokesman", "B-ORG"), ("villagers", "B-LOC")],
        );
        let dev_text = conll_text(
            &["Pel", "Gor", "Hut", "Jas", "Lom", "Nix"],
            &["ebb", "ulf", "orn", "ith"],
            &[
                ("spokesman", "B-ORG"),
                ("wardens", "B-PER"),
                ("villagers", "B-LOC"),
            ],
        );
        std::fs::write(&train_path, train_text).expect("write train");
        std::fs::write(&dev_path, dev_text).expect("write dev");
        let opts = TrainOptions {
            epochs: 5,
            second_pass: false,
            ..TrainOptions::default()
        };
        let train_only = train(&train_path, Some(&dev_path), &opts).expect("trains");
        let final_model = train_final(&train_path, &dev_path, &opts).expect("trains");
        let _ = std::fs::remove_dir_all(&dir);
        let per = ["Quendor", "wardens", "said", "."];
        assert_ne!(train_only.tag_tokens(&per)[0], Tag::B(Label::Per));
        assert_eq!(final_model.tag_tokens(&per)[0], Tag::B(Label::Per));
        let org = ["Quendor", "spokesman", "said", "."];
        assert_eq!(final_model.tag_tokens(&org)[0], Tag::B(Label::Org));
    }

    fn trained(classes: &str) -> Model {
        let classes = Box::leak(Box::new(
            WordClasses::parse(classes).expect("fixture classes parse"),
        ));
        let opts = TrainOptions {
            epochs: 10,
            second_pass: false,
            ..TrainOptions::default()
        };
        train_docs_with(&fixture(), None, &opts, classes, None)
            .expect("fixture trains")
            .0
    }

    #[test]
    fn word_classes_carry_context_to_unseen_words() {
        // "executives" and "townsfolk" never occur in training (nor does
        // any word with their endings); their class decides which seen
        // words they behave like.
        let org_class = "spokesman directors analysts";
        let loc_class = "villagers residents inhabitants";
        let classes = |org: &str, loc: &str| {
            let mut text = String::new();
            for w in org_class.split(' ').chain([org]) {
                text.push_str(&format!("{w}\t0110001\n"));
            }
            for w in loc_class.split(' ').chain([loc]) {
                text.push_str(&format!("{w}\t1011100\n"));
            }
            text
        };
        let same = classes("executives", "townsfolk");
        let swapped = classes("townsfolk", "executives");
        let org = ["Quendor", "executives", "said", "."];
        let loc = ["Quendor", "townsfolk", "said", "."];
        let m = trained(&same);
        assert_eq!(m.tag_tokens(&org)[0], Tag::B(Label::Org));
        assert_eq!(m.tag_tokens(&loc)[0], Tag::B(Label::Loc));
        let m = trained(&swapped);
        assert_eq!(m.tag_tokens(&org)[0], Tag::B(Label::Loc));
        assert_eq!(m.tag_tokens(&loc)[0], Tag::B(Label::Org));
    }
}
