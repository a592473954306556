//! Article features and pairwise similarity.
//!
//! A document becomes a weighted term vector (title, lead and body words,
//! English function words dropped, light English suffix folding,
//! capitalised words weighted up, sub-linear term frequency times a power
//! of the IDF, L2-normalised; see [`FieldWeights`]), a set of entity-like tokens (capitalised words that are
//! not function words) and a set of numbers. The similarity of two articles
//! combines the cosine of the term vectors with the overlap of entity-like
//! tokens and of numbers: these survive translation and paraphrase better
//! than common words.

use crate::hash::{hash_str, mix64, FxMap};
use crate::text::{for_each_word, is_stopword, stem};

/// Weights of the fields in the term frequency.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldWeights {
    pub title: f32,
    /// Extra weight of a word in the lead (the first `lead_words` words).
    pub lead: f32,
    pub body: f32,
    pub lead_words: usize,
    /// Weight of pairs of consecutive content words (0: words only).
    pub bigram: f32,
    /// Fold English plural and verb endings (see [`crate::text::stem`]).
    pub stem: bool,
    /// Factor on the weight of words written with a capital initial
    /// (names, but also sentence-initial words).
    pub name: f32,
    /// Exponent of the IDF in the term weight (1: plain TF-IDF; larger
    /// values favour rare terms).
    pub idf_power: f32,
    /// Words of the body read (0: all); the end of a long page is mostly
    /// furniture and side stories.
    pub max_words: usize,
}

impl Default for FieldWeights {
    fn default() -> Self {
        FieldWeights {
            title: 2.0,
            lead: 1.0,
            body: 1.0,
            lead_words: 60,
            bigram: 0.0,
            stem: true,
            name: 1.5,
            idf_power: 1.5,
            max_words: 0,
        }
    }
}

/// Raw features of one document, before IDF weighting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocFeatures {
    /// (term hash, weighted term frequency), sorted by term.
    pub tf: Vec<(u64, f32)>,
    /// Entity-like token hashes (capitalised, not function words), sorted.
    pub ents: Vec<u64>,
    /// Number hashes (two or more digits), sorted.
    pub nums: Vec<u64>,
}

#[allow(clippy::too_many_arguments)]
fn push_word(
    w: &str,
    cap: bool,
    num: bool,
    weight: f32,
    tf: &mut FxMap<u64, f32>,
    ents: &mut Vec<u64>,
    nums: &mut Vec<u64>,
    prev: &mut Option<u64>,
    fw: &FieldWeights,
) {
    let bigram = fw.bigram;
    let cjk = w.chars().next().is_some_and(|c| c as u32 >= 0x3040);
    if (w.len() < 2 && !cjk) || is_stopword(w) {
        return;
    }
    let w = if fw.stem { stem(w) } else { w };
    let weight = if cap && !num {
        weight * fw.name
    } else {
        weight
    };
    let h = hash_str(w);
    *tf.entry(h).or_default() += weight;
    if bigram > 0.0 {
        if let Some(p) = *prev {
            *tf.entry(mix64(p ^ h.rotate_left(17))).or_default() += weight * bigram;
        }
        *prev = Some(h);
    }
    if num {
        nums.push(h);
    } else if cap {
        ents.push(h);
    }
}

/// Extracts the features of a document.
pub fn features(title: Option<&str>, text: &str, fw: &FieldWeights) -> DocFeatures {
    let mut tf: FxMap<u64, f32> = FxMap::default();
    let mut ents = Vec::new();
    let mut nums = Vec::new();
    let mut prev = None;
    if let Some(t) = title {
        for_each_word(t, |w, cap, num, _| {
            push_word(
                w, cap, num, fw.title, &mut tf, &mut ents, &mut nums, &mut prev, fw,
            )
        });
    }
    let mut prev = None;
    let mut i = 0usize;
    for_each_word(text, |w, cap, num, _| {
        if fw.max_words > 0 && i >= fw.max_words {
            return;
        }
        let weight = if i < fw.lead_words {
            fw.body + fw.lead
        } else {
            fw.body
        };
        i += 1;
        push_word(
            w, cap, num, weight, &mut tf, &mut ents, &mut nums, &mut prev, fw,
        )
    });
    let mut tf: Vec<(u64, f32)> = tf.into_iter().collect();
    tf.sort_unstable_by_key(|&(t, _)| t);
    ents.sort_unstable();
    ents.dedup();
    nums.sort_unstable();
    nums.dedup();
    DocFeatures { tf, ents, nums }
}

/// Document frequencies, updated incrementally.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Idf {
    df: FxMap<u64, u32>,
    n: u64,
    /// Virtual documents that contain none of the terms: a prior that keeps
    /// the terms of a story which dominates a small corpus from looking
    /// like common words.
    prior: f32,
}

impl Idf {
    pub fn new() -> Self {
        Self::default()
    }
    /// An IDF with `prior` virtual documents (see [`Idf::idf`]).
    pub fn with_prior(prior: f32) -> Self {
        Idf {
            prior: prior.max(0.0),
            ..Self::default()
        }
    }
    /// Counts one more document with these terms.
    pub fn add(&mut self, f: &DocFeatures) {
        self.n += 1;
        for &(t, _) in &f.tf {
            *self.df.entry(t).or_default() += 1;
        }
    }
    /// Number of documents counted.
    pub fn docs(&self) -> u64 {
        self.n
    }
    /// Smoothed IDF: `ln((1 + n + prior) / (1 + df)) + 1`.
    pub fn idf(&self, term: u64) -> f32 {
        let df = self.df.get(&term).copied().unwrap_or(0) as f32;
        ((1.0 + self.n as f32 + self.prior) / (1.0 + df)).ln() + 1.0
    }
    /// The L2-normalised TF-IDF vector of `f`, keeping the `max_terms`
    /// heaviest terms (all when 0), sorted by term.
    pub fn vector(&self, f: &DocFeatures, max_terms: usize) -> Vec<(u64, f32)> {
        self.vector_pow(f, max_terms, 1.0)
    }
    /// [`Idf::vector`] with the IDF raised to `power`.
    pub fn vector_pow(&self, f: &DocFeatures, max_terms: usize, power: f32) -> Vec<(u64, f32)> {
        let w = |t: u64| {
            let i = self.idf(t);
            if power == 1.0 {
                i
            } else {
                i.powf(power)
            }
        };
        let mut v: Vec<(u64, f32)> =
            f.tf.iter()
                .map(|&(t, tf)| (t, (1.0 + tf.max(1e-3).ln()).max(0.0) * w(t)))
                .collect();
        if max_terms > 0 && v.len() > max_terms {
            v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(max_terms);
            v.sort_unstable_by_key(|&(t, _)| t);
        }
        normalise(&mut v);
        v
    }
}

/// Scales a sparse vector to unit length (no-op for the zero vector).
pub fn normalise(v: &mut [(u64, f32)]) {
    let n = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if n > 0.0 {
        for e in v.iter_mut() {
            e.1 /= n;
        }
    }
}

/// Dot product of two sparse vectors sorted by term.
pub fn dot(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

fn overlap(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let n = crate::dedup::intersection(a, b);
    // Dice coefficient: robust to one text being much longer
    2.0 * n as f32 / (a.len() + b.len()) as f32
}

/// The parts of a pair similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairSimilarity {
    /// TF-IDF cosine.
    pub cosine: f32,
    /// Dice overlap of entity-like tokens.
    pub entities: f32,
    /// Dice overlap of numbers.
    pub numbers: f32,
    /// The combined score in [0, 1].
    pub score: f32,
}

/// Pairwise article similarity with IDF from a reference corpus.
#[derive(Debug, Clone)]
pub struct SimilarityModel {
    pub fields: FieldWeights,
    pub idf: Idf,
    /// Weight of the cosine in the combined score.
    pub w_cosine: f32,
    /// Weight of the entity overlap.
    pub w_entities: f32,
    /// Weight of the number overlap.
    pub w_numbers: f32,
}

impl Default for SimilarityModel {
    fn default() -> Self {
        SimilarityModel {
            fields: FieldWeights::default(),
            idf: Idf::new(),
            w_cosine: 0.85,
            w_entities: 0.15,
            w_numbers: 0.0,
        }
    }
}

impl SimilarityModel {
    /// Counts the documents of a reference corpus into the IDF.
    pub fn fit<'a>(&mut self, texts: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) {
        for (title, text) in texts {
            let f = features(title, text, &self.fields);
            self.idf.add(&f);
        }
    }

    /// Similarity of two documents (title optional).
    pub fn similarity(&self, a: (Option<&str>, &str), b: (Option<&str>, &str)) -> PairSimilarity {
        let fa = features(a.0, a.1, &self.fields);
        let fb = features(b.0, b.1, &self.fields);
        self.similarity_of(&fa, &fb)
    }

    /// Similarity of two feature sets.
    pub fn similarity_of(&self, fa: &DocFeatures, fb: &DocFeatures) -> PairSimilarity {
        let va = self.idf.vector_pow(fa, 0, self.fields.idf_power);
        let vb = self.idf.vector_pow(fb, 0, self.fields.idf_power);
        let cosine = dot(&va, &vb).clamp(0.0, 1.0);
        let entities = overlap(&fa.ents, &fb.ents);
        let numbers = overlap(&fa.nums, &fb.nums);
        let total = self.w_cosine + self.w_entities + self.w_numbers;
        let score = if total > 0.0 {
            (self.w_cosine * cosine + self.w_entities * entities + self.w_numbers * numbers) / total
        } else {
            cosine
        };
        PairSimilarity {
            cosine,
            entities,
            numbers,
            score,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_story_scores_higher_than_other_story() {
        let mut m = SimilarityModel::default();
        let a = "Floods in Valencia killed 12 people on Tuesday, officials in Spain said.";
        let b = "Officials said 12 people died in Valencia floods, the worst in Spain for years.";
        let c = "The central bank raised interest rates by a quarter point in Ottawa.";
        m.fit([(None, a), (None, b), (None, c)]);
        let ab = m.similarity((None, a), (None, b));
        let ac = m.similarity((None, a), (None, c));
        assert!(ab.score > ac.score + 0.1, "{ab:?} {ac:?}");
        assert!(ab.cosine > ac.cosine + 0.1, "{ab:?} {ac:?}");
        assert!(ab.numbers > 0.9);
        assert!(ab.entities > 0.5);
    }

    #[test]
    fn idf_prior_keeps_a_dominant_story_words_informative() {
        let fw = FieldWeights::default();
        let f = features(None, "Dam breach floods Kolvets", &fw);
        let (mut plain, mut prior) = (Idf::new(), Idf::with_prior(100.0));
        for _ in 0..5 {
            plain.add(&f);
            prior.add(&f);
        }
        let t = f.tf[0].0;
        assert!((plain.idf(t) - 1.0).abs() < 1e-6, "in every document");
        assert!(prior.idf(t) > 3.0, "{}", prior.idf(t));
        assert!(prior.idf(12345) > prior.idf(t), "unseen terms stay rarer");
    }

    #[test]
    fn dot_of_unit_vector_with_itself_is_one() {
        let mut v = vec![(1u64, 3.0f32), (5, 4.0)];
        normalise(&mut v);
        assert!((dot(&v, &v) - 1.0).abs() < 1e-6);
    }
}
