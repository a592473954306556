//! Online story clustering.
//!
//! Articles arrive one at a time (or in batches) and join the most similar
//! live story or start a new one.
//!
//! * **Vectors.** Title, lead and body words give a TF-IDF vector
//!   ([`crate::sim`]: title words count `fields.title` times, the first
//!   `fields.lead_words` body words `1 + fields.lead` times; light English
//!   suffix folding; capitalised, name-like words weigh `fields.name`
//!   times more; the IDF is raised to `fields.idf_power`, which favours the
//!   rare words two reports of one event share). The IDF is incremental: a
//!   document is weighted with the document frequencies of every document
//!   seen so far, itself included, plus `idf_prior_docs` virtual documents
//!   that contain none of the terms (so that in a small corpus dominated by
//!   one story, that story's own words do not look common); vectors are not
//!   re-weighted later. Each vector keeps its `doc_terms` heaviest terms.
//! * **Story representation.** The centroid is the sum of its documents'
//!   unit vectors, kept to the `centroid_terms` heaviest terms; an inverted
//!   index from terms to stories proposes candidates (stories sharing one of
//!   the document's `query_terms` heaviest terms, the `max_candidates` with
//!   the largest shared weight).
//! * **Score.** (1 − `member_weight`) × cosine(document, centroid) +
//!   `member_weight` × the best cosine with one of the story's
//!   `max_members` latest documents, + `entity_weight` × the share of the
//!   document's entity keys the story has already seen (only when the
//!   document has entity keys) − `time_penalty` × min(1, |Δt| / window),
//!   where Δt is the distance from the story's time span (0 when either
//!   side is undated).
//! * **Decision.** The best candidate (ties: the older story) wins when its
//!   score reaches `threshold`; otherwise a new story starts. A document
//!   with fewer than `min_terms` distinct terms (a snippet, or a consent,
//!   error or archive page left by extraction) is too thin to place: it
//!   starts a story of its own and no later document can join that story.
//!   Left in, such pages, which read alike whatever the story, gathered
//!   into false stories.
//! * **Merges.** When a document joins story A and its second-best story B
//!   also scored at least `merge_probe`, the centroids of A and B are
//!   compared; at cosine ≥ `merge_threshold` the younger story (larger id) is
//!   folded into the older, whose id survives ([`StoryClusterer::resolve`]
//!   maps an old id to the surviving one). Then the document's story S
//!   (joined or new) is compared with the other candidate stories by
//!   average linkage: the mean cosine over all pairs of their documents,
//!   `centroid(S) · centroid(C) / (|S| |C|)`, less the time penalty on the
//!   gap between their time spans; the best C at ≥ `merge_mean` is merged
//!   the same way. This joins two halves of a story that started apart
//!   (each report closer to its own half than to the threshold) once a
//!   report brings them together, without letting one broad centroid
//!   absorb loosely related reports the way a lower `threshold` would.
//! * **Window.** "Now" is the latest `published` seen. A story whose newest
//!   dated document is older than now − `window_secs` takes no new
//!   documents; every 1024 additions such stories are evicted from the
//!   index (they keep their documents and id). Undated documents never move
//!   "now" and undated stories are never evicted.
//!
//! **Thresholds.** The defaults were chosen on the dev half of the
//! Multi-News sample (gold stories with an even index), as the mean over
//! five orders of it, and are reported on the test half by
//! `parallax eval clusters`; see [`crate::eval`]. States saved before
//! `merge_mean` and `min_terms` existed load with both off, so they go on
//! exactly as before.
//!
//! **Order.** Processing is strictly sequential in input order; threads
//! only compute per-document features (words, term frequencies, entity
//! hashes), which depend on the document alone and are applied in input
//! order. Hence:
//!
//! * the result is bit-identical whatever the thread count;
//! * it does not depend on how one sequence is split into calls:
//!   `add_batch(a ++ b)` = `add_batch(a)` then `add_batch(b)` = `add` on each
//!   document, and [`StoryClusterer::save`] then [`StoryClusterer::load`]
//!   between two calls changes nothing either;
//! * a story id given to a document never changes except through a merge
//!   into an older story, and ids are never reused.
//!
//! A *different order* of the same documents can give different stories,
//! for four reasons: (1) the IDF a document is weighted with counts only
//! the documents before it; (2) a document is compared with the centroids
//! built so far, so two reports can start two stories when the bridging
//! article comes last; a later merge can join them only when a document
//! lands between them; (3) the window is measured from the latest
//! publication time seen so far, so an old document that arrives after
//! much newer ones cannot join a story whose last document is more than
//! `window_secs` older than the newest time, although in publication order
//! it could have; (4) ties go to the older story, i.e. the one created
//! first.
//! Feed documents in publication order for the most stable result (the
//! CLI does); the spread over input orders on Multi-News is reported by
//! `parallax eval clusters` (rows "shuffled" and "input order").

use std::io::{BufReader, BufWriter, Write};
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::hash::{hash_str, FxMap};
use crate::sim::{dot, features, normalise, DocFeatures, FieldWeights, Idf};

/// Stable story id: the creation sequence number of the story.
pub type StoryId = u64;

/// A document to cluster.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClusterDoc {
    pub title: Option<String>,
    pub text: String,
    /// Publication time in Unix seconds.
    pub published: Option<i64>,
    /// Entity keys (e.g. resolved entity ids); may be empty.
    pub entities: Vec<String>,
}

/// Parameters of the clusterer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterConfig {
    /// Sliding window in seconds (default 7 days).
    pub window_secs: i64,
    /// Minimum score to join a story.
    pub threshold: f32,
    /// Centroid cosine at which two stories merge.
    pub merge_threshold: f32,
    /// Second-best score that triggers a merge check.
    pub merge_probe: f32,
    /// Weight of the best single-document cosine against the centroid
    /// cosine (0: centroid only).
    pub member_weight: f32,
    /// Most recent member documents compared one by one.
    pub max_members: usize,
    /// Weight of entity-key overlap.
    pub entity_weight: f32,
    /// Score lost at a distance of one window.
    pub time_penalty: f32,
    /// Virtual documents containing none of the terms, added to the
    /// document count of the IDF (see [`Idf::with_prior`]).
    pub idf_prior_docs: f32,
    /// Terms kept per document vector.
    pub doc_terms: usize,
    /// Terms kept per story centroid.
    pub centroid_terms: usize,
    /// Heaviest document terms used to find candidate stories.
    pub query_terms: usize,
    /// Candidate stories scored exactly.
    pub max_candidates: usize,
    pub fields: FieldWeights,
    /// After each addition, the document's story merges with a candidate
    /// story when the mean cosine over all their document pairs (the dot
    /// product of the two centroids over the product of their sizes)
    /// reaches this (0: off). This is average linkage: two halves of one
    /// story that grew apart before a bridging report arrived converge.
    #[serde(default)]
    pub merge_mean: f32,
    /// A document with fewer distinct terms than this (a snippet, an
    /// error or consent page left by extraction) is too thin to place: it
    /// gets a story of its own and attracts no later document (0: off).
    #[serde(default)]
    pub min_terms: usize,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            window_secs: 7 * 24 * 3600,
            threshold: 0.17,
            merge_threshold: 0.5,
            merge_probe: 0.2,
            member_weight: 0.0,
            max_members: 16,
            entity_weight: 0.1,
            time_penalty: 0.1,
            idf_prior_docs: 100.0,
            doc_terms: 64,
            centroid_terms: 160,
            query_terms: 12,
            max_candidates: 64,
            fields: FieldWeights::default(),
            merge_mean: 0.12,
            min_terms: 20,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Story {
    id: StoryId,
    /// Sum of document unit vectors, sorted by term.
    #[serde(with = "f32_bits::vec")]
    centroid: Vec<(u64, f32)>,
    #[serde(with = "f32_bits::one")]
    norm: f32,
    docs: Vec<u32>,
    ents: FxMap<u64, u32>,
    first: Option<i64>,
    last: Option<i64>,
    live: bool,
    /// Surviving story slot after a merge.
    merged_into: Option<u32>,
}

#[derive(Serialize, Deserialize)]
struct DocState {
    story: u32,
    #[serde(with = "f32_bits::vec")]
    vector: Vec<(u64, f32)>,
    title: Option<String>,
}

/// A story as reported by [`StoryClusterer::stories`].
#[derive(Debug, Clone, PartialEq)]
pub struct StoryInfo {
    pub id: StoryId,
    /// Most central headline: the title of the document closest to the
    /// centroid (ties: the earliest added).
    pub title: Option<String>,
    /// Document indices (in order of addition).
    pub docs: Vec<usize>,
    /// Still in the window.
    pub live: bool,
}

/// Online story clusterer. See the module documentation.
#[derive(Serialize, Deserialize)]
pub struct StoryClusterer {
    cfg: ClusterConfig,
    idf: Idf,
    stories: Vec<Story>,
    docs: Vec<DocState>,
    postings: FxMap<u64, Vec<u32>>,
    now: Option<i64>,
    since_sweep: usize,
}

impl Default for StoryClusterer {
    fn default() -> Self {
        Self::new(ClusterConfig::default())
    }
}

struct Prepared {
    features: DocFeatures,
    ents: Vec<u64>,
}

impl StoryClusterer {
    pub fn new(cfg: ClusterConfig) -> Self {
        let prior = cfg.idf_prior_docs;
        StoryClusterer {
            cfg,
            idf: Idf::with_prior(prior),
            stories: Vec::new(),
            docs: Vec::new(),
            postings: FxMap::default(),
            now: None,
            since_sweep: 0,
        }
    }

    pub fn config(&self) -> &ClusterConfig {
        &self.cfg
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn prepare(cfg: &ClusterConfig, doc: &ClusterDoc) -> Prepared {
        let features = features(doc.title.as_deref(), &doc.text, &cfg.fields);
        let mut ents: Vec<u64> = doc.entities.iter().map(|e| hash_str(e)).collect();
        ents.sort_unstable();
        ents.dedup();
        Prepared { features, ents }
    }

    /// Counts background documents into the IDF without clustering them
    /// (e.g. yesterday's articles), so that the first documents of a run
    /// are weighted with meaningful document frequencies.
    pub fn prime_idf<'a>(&mut self, texts: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) {
        for (title, text) in texts {
            let f = features(title, text, &self.cfg.fields);
            self.idf.add(&f);
        }
    }

    /// Adds one document; returns the id of the story it joined or started.
    pub fn add(&mut self, doc: &ClusterDoc) -> StoryId {
        let p = Self::prepare(&self.cfg, doc);
        self.add_prepared(p, doc)
    }

    /// Adds documents in order (features computed in parallel); the same as
    /// calling [`StoryClusterer::add`] on each.
    pub fn add_batch(&mut self, docs: &[ClusterDoc]) -> Vec<StoryId> {
        let cfg = &self.cfg;
        let prepared: Vec<Prepared> = docs.par_iter().map(|d| Self::prepare(cfg, d)).collect();
        prepared
            .into_iter()
            .zip(docs)
            .map(|(p, d)| self.add_prepared(p, d))
            .collect()
    }

    fn root(&self, mut s: u32) -> u32 {
        while let Some(t) = self.stories[s as usize].merged_into {
            s = t;
        }
        s
    }

    /// The current story of document `doc` (index in order of addition).
    pub fn story_of(&self, doc: usize) -> Option<StoryId> {
        let d = self.docs.get(doc)?;
        Some(self.stories[self.root(d.story) as usize].id)
    }

    /// The current story of every document, in order of addition.
    pub fn assignments(&self) -> Vec<StoryId> {
        self.docs
            .iter()
            .map(|d| self.stories[self.root(d.story) as usize].id)
            .collect()
    }

    /// The surviving id for a story id (itself unless it was merged).
    pub fn resolve(&self, id: StoryId) -> Option<StoryId> {
        let s = u32::try_from(id).ok()?;
        if s as usize >= self.stories.len() {
            return None;
        }
        Some(self.stories[self.root(s) as usize].id)
    }

    fn time_distance(&self, s: &Story, t: Option<i64>) -> i64 {
        match (t, s.first, s.last) {
            (Some(t), Some(a), Some(b)) => {
                if t < a {
                    a.saturating_sub(t)
                } else if t > b {
                    t.saturating_sub(b)
                } else {
                    0
                }
            }
            _ => 0,
        }
    }

    fn score(&self, s: &Story, vec: &[(u64, f32)], ents: &[u64], t: Option<i64>) -> f32 {
        let mut score = if s.norm > 0.0 {
            dot(vec, &s.centroid) / s.norm
        } else {
            0.0
        };
        if self.cfg.member_weight > 0.0 {
            let best = s
                .docs
                .iter()
                .rev()
                .take(self.cfg.max_members)
                .map(|&d| dot(vec, &self.docs[d as usize].vector))
                .fold(0.0f32, f32::max);
            score = (1.0 - self.cfg.member_weight) * score + self.cfg.member_weight * best;
        }
        if !ents.is_empty() {
            let shared = ents.iter().filter(|e| s.ents.contains_key(e)).count();
            score += self.cfg.entity_weight * shared as f32 / ents.len() as f32;
        }
        if self.cfg.window_secs > 0 {
            let d = self.time_distance(s, t) as f32 / self.cfg.window_secs as f32;
            score -= self.cfg.time_penalty * d.min(1.0);
        }
        score
    }

    fn candidates(&self, vec: &[(u64, f32)]) -> Vec<u32> {
        let mut q: Vec<(u64, f32)> = vec.to_vec();
        q.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        q.truncate(self.cfg.query_terms);
        let mut acc: FxMap<u32, f32> = FxMap::default();
        for (t, w) in q {
            if let Some(list) = self.postings.get(&t) {
                for &s in list {
                    let s = self.root(s);
                    if self.stories[s as usize].live {
                        *acc.entry(s).or_default() += w;
                    }
                }
            }
        }
        let mut c: Vec<(u32, f32)> = acc.into_iter().collect();
        c.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        c.truncate(self.cfg.max_candidates);
        let mut ids: Vec<u32> = c.into_iter().map(|(s, _)| s).collect();
        ids.sort_unstable();
        ids
    }

    fn add_prepared(&mut self, p: Prepared, doc: &ClusterDoc) -> StoryId {
        self.idf.add(&p.features);
        let vec = if p.features.tf.len() < self.cfg.min_terms {
            Vec::new()
        } else {
            self.idf
                .vector_pow(&p.features, self.cfg.doc_terms, self.cfg.fields.idf_power)
        };
        let t = doc.published;
        if let Some(t) = t {
            if self.now.is_none_or(|n| t > n) {
                self.now = Some(t);
            }
        }
        self.since_sweep += 1;
        if self.since_sweep >= 1024 {
            self.since_sweep = 0;
            self.evict();
        }
        let window_start = self.now.map(|n| n.saturating_sub(self.cfg.window_secs));
        // best and second best (slot, score); ties go to the older story
        let mut best: Option<(u32, f32)> = None;
        let mut second: Option<(u32, f32)> = None;
        let cands = self.candidates(&vec);
        for &s in &cands {
            let st = &self.stories[s as usize];
            if let (Some(ws), Some(last)) = (window_start, st.last) {
                if last < ws {
                    continue;
                }
            }
            let sc = self.score(st, &vec, &p.ents, t);
            if best.is_none_or(|(_, b)| sc > b) {
                second = best;
                best = Some((s, sc));
            } else if second.is_none_or(|(_, b)| sc > b) {
                second = Some((s, sc));
            }
        }
        let doc_index = self.docs.len() as u32;
        let slot = match best {
            Some((s, sc)) if sc >= self.cfg.threshold => s,
            _ => {
                let s = self.stories.len() as u32;
                self.stories.push(Story {
                    id: s as StoryId,
                    centroid: Vec::new(),
                    norm: 0.0,
                    docs: Vec::new(),
                    ents: FxMap::default(),
                    first: None,
                    last: None,
                    live: true,
                    merged_into: None,
                });
                s
            }
        };
        self.attach(slot, doc_index, &vec, &p.ents, t);
        self.docs.push(DocState {
            story: slot,
            vector: vec,
            title: doc.title.clone(),
        });
        if let (Some((b, _)), Some((s2, sc2))) = (best, second) {
            if b == slot && sc2 >= self.cfg.merge_probe {
                self.try_merge(slot, s2);
            }
        }
        if self.cfg.merge_mean > 0.0 {
            self.merge_converged(slot, &cands, window_start);
        }
        self.stories[self.root(slot) as usize].id
    }

    fn attach(&mut self, slot: u32, doc: u32, vec: &[(u64, f32)], ents: &[u64], t: Option<i64>) {
        let cap = self.cfg.centroid_terms;
        let st = &mut self.stories[slot as usize];
        st.docs.push(doc);
        for &e in ents {
            *st.ents.entry(e).or_default() += 1;
        }
        if let Some(t) = t {
            st.first = Some(st.first.map_or(t, |f| f.min(t)));
            st.last = Some(st.last.map_or(t, |l| l.max(t)));
        }
        let old: Vec<u64> = st.centroid.iter().map(|&(t, _)| t).collect();
        st.centroid = add_sparse(&st.centroid, vec, cap);
        st.norm = st.centroid.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        let new_terms: Vec<u64> = st
            .centroid
            .iter()
            .map(|&(t, _)| t)
            .filter(|t| old.binary_search(t).is_err())
            .collect();
        for term in new_terms {
            self.postings.entry(term).or_default().push(slot);
        }
    }

    /// Merges the story of `slot` with the candidate story whose mean
    /// pairwise document cosine with it is highest, when that reaches
    /// `merge_mean` (ties: the older story).
    fn merge_converged(&mut self, slot: u32, cands: &[u32], window_start: Option<i64>) {
        let a = self.root(slot);
        let sa = &self.stories[a as usize];
        if sa.docs.is_empty() {
            return;
        }
        let mut best: Option<(u32, f32)> = None;
        for &c in cands {
            let c = self.root(c);
            if c == a {
                continue;
            }
            let sc = &self.stories[c as usize];
            if !sc.live || sc.docs.is_empty() {
                continue;
            }
            if let (Some(ws), Some(last)) = (window_start, sc.last) {
                if last < ws {
                    continue;
                }
            }
            let mut mean = dot(&sa.centroid, &sc.centroid) / (sa.docs.len() * sc.docs.len()) as f32;
            // the same time penalty as a document joining a story, on the
            // gap between the two stories' time spans
            if self.cfg.window_secs > 0 {
                let gap = match (sa.first, sa.last, sc.first, sc.last) {
                    (Some(a0), Some(a1), Some(c0), Some(c1)) => {
                        c0.saturating_sub(a1).max(a0.saturating_sub(c1)).max(0)
                    }
                    _ => 0,
                };
                let d = gap as f32 / self.cfg.window_secs as f32;
                mean -= self.cfg.time_penalty * d.min(1.0);
            }
            if best.is_none_or(|(_, b)| mean > b) {
                best = Some((c, mean));
            }
        }
        if let Some((c, mean)) = best {
            if mean >= self.cfg.merge_mean {
                self.merge(a, c);
            }
        }
    }

    fn try_merge(&mut self, a: u32, b: u32) {
        let (a, b) = (self.root(a), self.root(b));
        if a == b {
            return;
        }
        let (sa, sb) = (&self.stories[a as usize], &self.stories[b as usize]);
        if !sa.live || !sb.live || sa.norm == 0.0 || sb.norm == 0.0 {
            return;
        }
        let cos = dot(&sa.centroid, &sb.centroid) / (sa.norm * sb.norm);
        if cos < self.cfg.merge_threshold {
            return;
        }
        self.merge(a, b);
    }

    /// Folds the younger of two live root stories into the older.
    fn merge(&mut self, a: u32, b: u32) {
        if a == b {
            return;
        }
        let (sa, sb) = (&self.stories[a as usize], &self.stories[b as usize]);
        let (keep, gone) = if sa.id < sb.id { (a, b) } else { (b, a) };
        let g = &mut self.stories[gone as usize];
        let docs = std::mem::take(&mut g.docs);
        let centroid = std::mem::take(&mut g.centroid);
        let ents = std::mem::take(&mut g.ents);
        let (first, last) = (g.first, g.last);
        g.live = false;
        g.norm = 0.0;
        g.merged_into = Some(keep);
        let cap = self.cfg.centroid_terms;
        let k = &mut self.stories[keep as usize];
        let old: Vec<u64> = k.centroid.iter().map(|&(t, _)| t).collect();
        k.docs.extend(docs);
        k.docs.sort_unstable();
        k.centroid = add_sparse(&k.centroid, &centroid, cap);
        k.norm = k.centroid.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        for (e, c) in ents {
            *k.ents.entry(e).or_default() += c;
        }
        k.first = match (k.first, first) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        k.last = match (k.last, last) {
            (Some(x), Some(y)) => Some(x.max(y)),
            (x, y) => x.or(y),
        };
        let new_terms: Vec<u64> = k
            .centroid
            .iter()
            .map(|&(t, _)| t)
            .filter(|t| old.binary_search(t).is_err())
            .collect();
        for term in new_terms {
            self.postings.entry(term).or_default().push(keep);
        }
    }

    /// Evicts stories outside the window and drops them from the postings.
    fn evict(&mut self) {
        let Some(now) = self.now else { return };
        let start = now.saturating_sub(self.cfg.window_secs);
        let mut any = false;
        for s in self.stories.iter_mut() {
            if s.live && s.last.is_some_and(|l| l < start) {
                s.live = false;
                s.centroid = Vec::new();
                s.norm = 0.0;
                s.ents = FxMap::default();
                any = true;
            }
        }
        if any {
            let stories = &self.stories;
            self.postings.retain(|_, list| {
                list.retain(|&s| stories[s as usize].live);
                !list.is_empty()
            });
        }
    }

    /// All surviving stories (merged ones are folded into their survivor),
    /// by id.
    pub fn stories(&self) -> Vec<StoryInfo> {
        self.stories
            .iter()
            .filter(|s| s.merged_into.is_none() && !s.docs.is_empty())
            .map(|s| {
                let mut best: Option<(f32, usize)> = None;
                for &d in &s.docs {
                    let doc = &self.docs[d as usize];
                    if doc.title.is_none() {
                        continue;
                    }
                    let c = self.centrality(s, &doc.vector);
                    if best.is_none_or(|(b, _)| c > b) {
                        best = Some((c, d as usize));
                    }
                }
                StoryInfo {
                    id: s.id,
                    title: best.and_then(|(_, d)| self.docs[d].title.clone()),
                    docs: s.docs.iter().map(|&d| d as usize).collect(),
                    live: s.live,
                }
            })
            .collect()
    }

    fn centrality(&self, s: &Story, v: &[(u64, f32)]) -> f32 {
        if s.norm > 0.0 {
            return dot(v, &s.centroid) / s.norm;
        }
        // evicted: rebuild the centroid from the documents
        let mut c: Vec<(u64, f32)> = Vec::new();
        for &d in &s.docs {
            c = add_sparse(&c, &self.docs[d as usize].vector, 0);
        }
        normalise(&mut c);
        dot(v, &c)
    }
}

/// Sum of two sparse vectors sorted by term, keeping the `cap` heaviest
/// terms (all when 0), sorted by term.
fn add_sparse(a: &[(u64, f32)], b: &[(u64, f32)], cap: usize) -> Vec<(u64, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    if cap > 0 && out.len() > cap {
        out.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out.truncate(cap);
        out.sort_unstable_by_key(|&(t, _)| t);
    }
    out
}

/// Format name written at the head of a saved clusterer state.
pub const STATE_FORMAT: &str = "parallax.clusterer/1";

/// Errors of [`StoryClusterer::save`] and [`StoryClusterer::load`].
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a clusterer state: {message}")]
    Format { path: String, message: String },
}

#[derive(Serialize)]
struct SnapshotRef<'a> {
    format: &'a str,
    state: &'a StoryClusterer,
}

#[derive(Deserialize)]
struct Snapshot {
    format: String,
    state: StoryClusterer,
}

impl StoryClusterer {
    /// Writes the whole state (configuration, IDF, stories, documents,
    /// index, window position) as JSON to `w`. Weights are stored as their
    /// exact bit patterns, so a loaded clusterer continues exactly as this
    /// one would have.
    pub fn save_to(&self, w: impl Write) -> serde_json::Result<()> {
        serde_json::to_writer(
            w,
            &SnapshotRef {
                format: STATE_FORMAT,
                state: self,
            },
        )
    }

    /// Reads a state written by [`StoryClusterer::save_to`].
    pub fn load_from(r: impl std::io::Read) -> Result<Self, String> {
        let snap: Snapshot = serde_json::from_reader(r).map_err(|e| e.to_string())?;
        if snap.format != STATE_FORMAT {
            return Err(format!(
                "format {:?}, expected {STATE_FORMAT:?}",
                snap.format
            ));
        }
        let c = snap.state;
        // the state refers to itself by slot and document index: check them
        let ns = c.stories.len();
        let bad_story = c.stories.iter().any(|s| {
            s.merged_into.is_some_and(|m| m as usize >= ns)
                || s.docs.iter().any(|&d| d as usize >= c.docs.len())
        });
        let bad_doc = c.docs.iter().any(|d| d.story as usize >= ns);
        let bad_post = c.postings.values().flatten().any(|&s| s as usize >= ns);
        if bad_story || bad_doc || bad_post {
            return Err("a story or document index is out of range".into());
        }
        Ok(c)
    }

    /// Saves the state to the file `path` (written to a temporary file
    /// beside it, then renamed, so a crash never leaves half a state).
    /// A later [`StoryClusterer::load`] continues with the same story ids:
    /// the documents of the next run are numbered after the saved ones and
    /// join the saved stories (those still in the window) as if both runs
    /// had been one.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), StateError> {
        let path = path.as_ref();
        let io = |source| StateError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = std::path::PathBuf::from(tmp);
        let file = std::fs::File::create(&tmp).map_err(io)?;
        let mut w = BufWriter::new(file);
        self.save_to(&mut w).map_err(|e| io(e.into()))?;
        w.flush().map_err(io)?;
        drop(w);
        std::fs::rename(&tmp, path).map_err(io)
    }

    /// Loads a state saved by [`StoryClusterer::save`].
    pub fn load(path: impl AsRef<Path>) -> Result<Self, StateError> {
        let path = path.as_ref();
        let file = std::fs::File::open(path).map_err(|source| StateError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::load_from(BufReader::new(file)).map_err(|message| StateError::Format {
            path: path.display().to_string(),
            message,
        })
    }
}

/// Serde helpers that store `f32` weights as their bit patterns, so that a
/// saved state reloads bit for bit.
mod f32_bits {
    pub mod one {
        use serde::{Deserialize, Deserializer, Serialize, Serializer};
        pub fn serialize<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
            v.to_bits().serialize(s)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
            u32::deserialize(d).map(f32::from_bits)
        }
    }
    pub mod vec {
        use serde::{Deserialize, Deserializer, Serializer};
        pub fn serialize<S: Serializer>(v: &[(u64, f32)], s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(v.iter().map(|&(t, w)| (t, w.to_bits())))
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(u64, f32)>, D::Error> {
            Vec::<(u64, u32)>::deserialize(d)
                .map(|v| v.into_iter().map(|(t, w)| (t, f32::from_bits(w))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated stories: each has its own rare words mixed with common
    /// ones; documents are spread over ten days.
    fn docs(n: usize) -> Vec<ClusterDoc> {
        let mut rng = crate::hash::SplitMix64::new(7);
        (0..n)
            .map(|i| {
                let story = rng.below(n / 4 + 1);
                let words: Vec<String> = (0..80)
                    .map(|_| {
                        if rng.below(3) == 0 {
                            format!("topic{story}x{}", rng.below(12))
                        } else {
                            format!("common{}", rng.below(400))
                        }
                    })
                    .collect();
                ClusterDoc {
                    title: Some(format!("Title topic{story}x1 topic{story}x2")),
                    text: words.join(" "),
                    published: (i % 7 != 3).then_some(i as i64 * 8_000),
                    entities: vec![format!("e{}", story % 5)],
                }
            })
            .collect()
    }

    fn temp_path(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("parallax-{}-{name}.json", std::process::id()))
    }

    #[test]
    fn save_and_load_continue_exactly() {
        let all = docs(120);
        let mut whole = StoryClusterer::default();
        let ids = whole.add_batch(&all);

        let mut first = StoryClusterer::default();
        let mut got = first.add_batch(&all[..70]);
        let path = temp_path("roundtrip");
        first.save(&path).expect("save");
        let mut second = StoryClusterer::load(&path).expect("load");
        let _ = std::fs::remove_file(&path);
        assert_eq!(second.len(), 70);
        assert_eq!(second.assignments(), first.assignments());
        assert_eq!(second.config(), first.config());
        got.extend(second.add_batch(&all[70..]));
        assert_eq!(got, ids, "ids at arrival");
        assert_eq!(second.assignments(), whole.assignments());
        assert_eq!(second.stories(), whole.stories());
        assert!(whole.stories().len() > 5);
    }

    #[test]
    fn load_rejects_bad_files() {
        let missing = temp_path("missing");
        assert!(matches!(
            StoryClusterer::load(&missing),
            Err(StateError::Io { .. })
        ));
        let path = temp_path("bad");
        std::fs::write(&path, "{\"format\":\"other\",\"state\":{}}").expect("write");
        let r = StoryClusterer::load(&path);
        let _ = std::fs::remove_file(&path);
        assert!(matches!(r, Err(StateError::Format { .. })));
        assert!(StoryClusterer::load_from("not json".as_bytes()).is_err());
    }

    fn words(prefix: &str, range: std::ops::Range<usize>) -> String {
        range
            .map(|i| format!("{prefix}{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn plain(text: String) -> ClusterDoc {
        ClusterDoc {
            text,
            ..Default::default()
        }
    }

    #[test]
    fn converging_stories_merge_by_mean_linkage() {
        // two identical reports, then one sharing 12 of its 20 words with
        // them: too far from the story to join at this threshold, close
        // enough on average over all document pairs
        let a = plain(words("alpha", 0..20));
        let b = plain(format!("{} {}", words("alpha", 0..12), words("beta", 0..8)));
        let other = plain(words("gamma", 0..20));
        let docs = [a.clone(), a, b, other];
        let cfg = ClusterConfig {
            threshold: 0.9,
            min_terms: 0,
            merge_mean: 0.0,
            ..Default::default()
        };
        let mut off = StoryClusterer::new(cfg.clone());
        off.add_batch(&docs);
        let ids = off.assignments();
        assert_eq!(ids[0], ids[1]);
        assert_ne!(
            ids[0], ids[2],
            "without the merge the third report stays apart"
        );
        let mut on = StoryClusterer::new(ClusterConfig {
            merge_mean: 0.05,
            ..cfg
        });
        let at_arrival = on.add_batch(&docs);
        let ids = on.assignments();
        assert_eq!(ids[0], ids[2], "merged into the older story");
        assert_eq!(ids[2], 0);
        assert_eq!(at_arrival[2], 0, "the merged id is the one returned");
        assert_ne!(ids[3], ids[0], "an unrelated report stays apart");
        assert_eq!(on.resolve(1), Some(0));
        assert_eq!(on.stories().len(), 2);
    }

    #[test]
    fn thin_documents_stay_alone() {
        let thin = plain("Enable scripts to view this page please".into());
        let cfg = ClusterConfig {
            min_terms: 20,
            ..Default::default()
        };
        let mut c = StoryClusterer::new(cfg.clone());
        let ids = c.add_batch(&[thin.clone(), thin.clone()]);
        assert_ne!(ids[0], ids[1]);
        let mut c = StoryClusterer::new(ClusterConfig {
            min_terms: 0,
            ..cfg
        });
        let ids = c.add_batch(&[thin.clone(), thin]);
        assert_eq!(
            ids[0], ids[1],
            "the same text joins when thinness is ignored"
        );
    }

    #[test]
    fn extreme_dates_do_not_overflow() {
        let mut c = StoryClusterer::default();
        let text = words("delta", 0..30);
        for t in [i64::MAX, i64::MIN, 0, i64::MAX, i64::MIN] {
            c.add(&ClusterDoc {
                text: text.clone(),
                published: Some(t),
                ..Default::default()
            });
        }
        assert_eq!(c.len(), 5);
    }

    #[test]
    fn states_without_the_newer_options_load_with_them_off() {
        let mut v = serde_json::to_value(ClusterConfig::default()).expect("to JSON");
        if let Some(o) = v.as_object_mut() {
            o.remove("merge_mean");
            o.remove("min_terms");
        }
        let cfg: ClusterConfig = serde_json::from_value(v).expect("from JSON");
        assert_eq!(cfg.merge_mean, 0.0);
        assert_eq!(cfg.min_terms, 0);
    }

    #[test]
    fn same_input_gives_same_ids() {
        let all = docs(60);
        let a = StoryClusterer::default().add_batch(&all);
        let b = StoryClusterer::default().add_batch(&all);
        assert_eq!(a, b);
    }
}

#[cfg(test)]
mod tune;
