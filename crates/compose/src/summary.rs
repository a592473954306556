//! Extractive multi-document summaries of a story, each sentence cited.
//!
//! [`summarize`] picks whole sentences from a story's articles and returns
//! them with the byte span of each in its article's clean `text`.
//!
//! # Method
//!
//! A budgeted greedy maximisation of weighted concept coverage (Gillick &
//! Favre 2009; Lin & Bilmes 2011), which is redundancy-aware by
//! construction, with a lead prior:
//!
//! 1. **Copies count once.** Articles are grouped by the original they copy
//!    (`duplicate_of`, else themselves); only the first article of each
//!    group (the original when present) takes part.
//! 2. **Relevance.** An article whose content words are far from the
//!    story's (a widget page, an archive notice, a misfiled article) gets a
//!    factor `min(1, cos(article, story) / best article's / min_relevance)`
//!    on everything it contributes.
//! 3. **Concepts** are a sentence's content words (lowercased Unicode
//!    letter and digit runs, each CJK character on its own; Porter stems
//!    for ASCII words) and
//!    its word bigrams that are not two stopwords. A concept's weight sums
//!    `relevance × 1 / (1 + position / position_scale)` over every
//!    sentence that carries it, so concepts that several outlets report,
//!    often and early, weigh most.
//! 4. **Eligible sentences** have between `min_words` and
//!    `max_sentence_words` words, end like a sentence (`.`, `!`, `?` or a
//!    closing quote), hold lowercase letters, are not in headline case, do
//!    not end in an ellipsis, do not start inside a quotation (the tail of
//!    a quote split over sentences) and hold no URL or e-mail address.
//!    Headlines, labels, truncated captions and widget lines fail these.
//! 5. **Selection.** Repeatedly take the sentence with the largest
//!    `uncovered concept weight / words^length_exponent × (1 +
//!    position_weight × prior) × relevance` that still fits in the word
//!    budget and whose content-word cosine with every chosen sentence stays
//!    under `redundancy`; its concepts become covered (lazy greedy: the
//!    result is that of the plain greedy). Identical sentences of
//!    different outlets thus never appear twice.
//! 6. **Order.** Chosen sentences are printed by their article's
//!    publication date (unknown last), then article order, then position.
//!
//! Parameters ([`SummaryOptions::default`]) were chosen on the even-numbered
//! half of a 250-story Multi-News validation sample; `parallax eval
//! summary` reports both halves.

use crate::rouge::porter_stem;
use parallax_core::{Article, Evidence, SummarySentence};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// Tunable parameters of [`summarize_with`]; [`Default`] holds the values
/// chosen on the dev half of the Multi-News sample.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryOptions {
    /// Word budget ([`word_count`]); the summary never exceeds it.
    pub max_words: usize,
    /// Shortest eligible sentence, in words.
    pub min_words: usize,
    /// Longest eligible sentence, in words.
    pub max_sentence_words: usize,
    /// Gain is divided by `words^length_exponent` (0 = no length
    /// normalisation, 1 = gain per word).
    pub length_exponent: f64,
    /// Weight of the sentence's own lead prior in its score.
    pub position_weight: f64,
    /// Lead prior of the sentence at position `i` of its article:
    /// `1 / (1 + i / position_scale)`.
    pub position_scale: f64,
    /// Weight of bigram concepts relative to unigram ones.
    pub bigram_weight: f64,
    /// Maximum content-word cosine with an already chosen sentence.
    pub redundancy: f64,
    /// An article whose content-word cosine with the whole story, relative
    /// to the best article's, is below this has everything it contributes
    /// scaled down in proportion (0 turns the test off).
    pub min_relevance: f64,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            max_words: 100,
            min_words: 8,
            max_sentence_words: 50,
            length_exponent: 0.5,
            position_weight: 1.0,
            position_scale: 12.0,
            bigram_weight: 1.0,
            redundancy: 0.5,
            min_relevance: 0.4,
        }
    }
}

/// An extractive summary of a story of at most `max_words` words, each
/// sentence cited by its byte span in its article's clean text. Copies
/// (`duplicate_of`) add no weight; sentences repeated across outlets appear
/// once; the result is ordered by publication date, then article, then
/// position, and is deterministic for the same input.
pub fn summarize(articles: &[&Article], max_words: usize) -> Vec<SummarySentence> {
    summarize_with(
        articles,
        &SummaryOptions {
            max_words,
            ..SummaryOptions::default()
        },
    )
}

/// [`summarize`] with explicit parameters.
pub fn summarize_with(articles: &[&Article], opts: &SummaryOptions) -> Vec<SummarySentence> {
    let chosen = select(articles, opts);
    chosen
        .into_iter()
        .filter_map(|(ai, span)| {
            let a = articles.get(ai)?;
            let text = a.text.get(span.0..span.1)?;
            Some(SummarySentence {
                text: text.to_string(),
                evidence: Evidence {
                    article: a.id.clone(),
                    start: span.0,
                    end: span.1,
                },
            })
        })
        .collect()
}

/// One candidate sentence.
struct Cand {
    article: usize,
    position: usize,
    span: (usize, usize),
    words: usize,
    eligible: bool,
    /// Concept ids (unigrams and bigrams), deduplicated.
    concepts: Vec<u32>,
    /// Content-word stem counts sorted by id, for the redundancy cosine.
    terms: Vec<(u32, f64)>,
    norm: f64,
    prior: f64,
}

/// Indices of the articles that take part: one per copy group, the
/// original when present, else the first copy given.
fn representatives(articles: &[&Article]) -> Vec<usize> {
    let mut best: HashMap<&str, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let root = a.duplicate_of.as_deref().unwrap_or(a.id.as_str());
        match best.get(root) {
            None => {
                best.insert(root, i);
                order.push(root);
            }
            Some(&j) => {
                // Prefer the original itself over a copy of it.
                if a.duplicate_of.is_none() && articles[j].duplicate_of.is_some() {
                    best.insert(root, i);
                }
            }
        }
    }
    let mut out: Vec<usize> = order.iter().filter_map(|r| best.get(r).copied()).collect();
    out.sort_unstable();
    out
}

/// Dense concept ids: word stems and stem bigrams share one id space.
#[derive(Default)]
struct Concepts {
    words: HashMap<String, u32>,
    bigrams: HashMap<(u32, u32), u32>,
    is_bigram: Vec<bool>,
}

impl Concepts {
    fn word(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.words.get(s) {
            return id;
        }
        let id = self.is_bigram.len() as u32;
        self.is_bigram.push(false);
        self.words.insert(s.to_string(), id);
        id
    }

    fn bigram(&mut self, a: u32, b: u32) -> u32 {
        let next = self.is_bigram.len() as u32;
        let id = *self.bigrams.entry((a, b)).or_insert(next);
        if id == next {
            self.is_bigram.push(true);
        }
        id
    }
}

fn looks_like_sentence(s: &str) -> bool {
    let t = s.trim_end();
    let last = t.chars().last();
    let ends = matches!(
        last,
        Some('.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '。' | '！' | '？' | '」' | '』')
    );
    if !ends {
        return false;
    }
    // Truncated captions and teasers ("... in a baseball...").
    if t.ends_with("...") || t.ends_with('…') {
        return false;
    }
    // All capitals (scripts without case pass).
    if !t.chars().any(|c| c.is_lowercase()) && t.chars().any(|c| c.is_uppercase()) {
        return false;
    }
    // The tail of a quotation split over several sentences: its first
    // quotation mark closes a quote.
    if starts_inside_quote(t) {
        return false;
    }
    // Headline case: most words of four letters or more capitalised.
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    if long.len() >= 3 && capitalised * 4 > long.len() * 3 {
        return false;
    }
    let lower = t.to_lowercase();
    if lower.contains("http://") || lower.contains("https://") || lower.contains("www.") {
        return false;
    }
    if t.split_whitespace()
        .any(|w| w.contains('@') && w.contains('.') && w.len() > 5)
    {
        return false;
    }
    true
}

/// Words of `text`: whitespace-separated tokens, where each Han, kana or
/// other CJK character counts as a word of its own (those scripts do not
/// put spaces between words). For English this is `split_whitespace`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| {
            let cjk = w.chars().filter(|&c| is_cjk(c)).count();
            let rest = w.chars().any(|c| !is_cjk(c) && c.is_alphanumeric());
            cjk + usize::from(rest || cjk == 0)
        })
        .sum()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // kana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // compatibility ideographs
        | 0x20000..=0x2FFFF)
}

/// Whether the first double quotation mark of `t` is a closing one: `”`,
/// or `"` right after a letter, digit or punctuation mark.
fn starts_inside_quote(t: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in t.chars() {
        match c {
            '”' => return true,
            '“' => return false,
            '"' => {
                return prev
                    .is_some_and(|p| !p.is_whitespace() && !matches!(p, '(' | '[' | '—' | '–'));
            }
            _ => {}
        }
        prev = Some(c);
    }
    false
}

/// Chosen sentences as (article index, byte span), in reading order.
fn select(articles: &[&Article], opts: &SummaryOptions) -> Vec<(usize, (usize, usize))> {
    let reps = representatives(articles);
    let mut ids = Concepts::default();
    let mut stems: HashMap<String, (u32, bool)> = HashMap::new();
    let mut cands: Vec<Cand> = Vec::new();
    let mut toks: Vec<(u32, bool)> = Vec::new();
    for &ai in &reps {
        let a = articles[ai];
        for (position, sp) in a.sentences.iter().enumerate() {
            let Some(text) = a.text.get(sp.start..sp.end) else {
                continue;
            };
            let words = word_count(text);
            let eligible = words >= opts.min_words
                && words <= opts.max_sentence_words
                && looks_like_sentence(text);
            toks.clear();
            let lower = text.to_lowercase();
            // Letter/digit runs; each CJK character is a token of its own.
            let pieces = lower
                .split(|c: char| !c.is_alphanumeric())
                .flat_map(|w| w.split_inclusive(is_cjk))
                .flat_map(|w| match w.char_indices().last() {
                    Some((i, c)) if is_cjk(c) && i > 0 => [&w[..i], &w[i..]],
                    _ => [w, ""],
                });
            for raw in pieces {
                if raw.is_empty() {
                    continue;
                }
                let tok = match stems.get(raw) {
                    Some(&t) => t,
                    None => {
                        let stop = is_stopword(raw);
                        // English stems; other words stay whole.
                        let stem = if raw.len() > 3 && raw.is_ascii() {
                            porter_stem(raw)
                        } else {
                            raw.to_string()
                        };
                        let t = (ids.word(&stem), stop);
                        stems.insert(raw.to_string(), t);
                        t
                    }
                };
                toks.push(tok);
            }
            let mut concepts: Vec<u32> = Vec::with_capacity(toks.len() * 2);
            let mut content: Vec<u32> = Vec::with_capacity(toks.len());
            for &(id, stop) in &toks {
                if !stop {
                    content.push(id);
                }
            }
            concepts.extend_from_slice(&content);
            for w in toks.windows(2) {
                if !(w[0].1 && w[1].1) {
                    concepts.push(ids.bigram(w[0].0, w[1].0));
                }
            }
            concepts.sort_unstable();
            concepts.dedup();
            content.sort_unstable();
            let mut terms: Vec<(u32, f64)> = Vec::new();
            for id in content {
                match terms.last_mut() {
                    Some((last, n)) if *last == id => *n += 1.0,
                    _ => terms.push((id, 1.0)),
                }
            }
            let norm = terms.iter().map(|(_, v)| v * v).sum::<f64>().sqrt();
            let prior = 1.0 / (1.0 + position as f64 / opts.position_scale.max(1e-9));
            cands.push(Cand {
                article: ai,
                position,
                span: (sp.start, sp.end),
                words,
                eligible,
                concepts,
                terms,
                norm,
                prior,
            });
        }
    }

    // Off-topic articles (a widget page, an archive notice, a misfiled
    // article) share few content words with the rest of the story: their
    // sentences count less, in proportion.
    let relevance = article_relevance(&cands, articles.len(), ids.is_bigram.len(), opts);

    // Concept weights: the lead priors of the sentences that carry the
    // concept, summed over the participating articles.
    let mut weight = vec![0.0f64; ids.is_bigram.len()];
    for c in &cands {
        for &k in &c.concepts {
            let f = if ids.is_bigram[k as usize] {
                opts.bigram_weight
            } else {
                1.0
            };
            weight[k as usize] += f * c.prior * relevance[c.article];
        }
    }

    let mut covered = vec![false; weight.len()];
    let score = |c: &Cand, covered: &[bool]| -> f64 {
        let gain: f64 = c
            .concepts
            .iter()
            .filter(|&&k| !covered[k as usize])
            .map(|&k| weight[k as usize])
            .sum();
        gain / (c.words.max(1) as f64).powf(opts.length_exponent)
            * (1.0 + opts.position_weight * c.prior)
            * relevance[c.article]
    };
    // Lazy greedy (Minoux): scores only fall as concepts get covered, so a
    // stale score is an upper bound; the best fresh score is the greedy
    // choice (ties: the earlier sentence).
    let mut heap: BinaryHeap<(Key, Reverse<usize>)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.eligible && c.words <= opts.max_words)
        .map(|(i, c)| (Key(score(c, &covered)), Reverse(i)))
        .collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0usize;
    while let Some((_, Reverse(i))) = heap.pop() {
        let c = &cands[i];
        if used + c.words > opts.max_words {
            continue;
        }
        let fresh = (Key(score(c, &covered)), Reverse(i));
        // NaN or non-positive: nothing to gain.
        if fresh.0 .0.is_nan() || fresh.0 .0 <= 0.0 {
            continue;
        }
        if heap.peek().is_some_and(|top| fresh < *top) {
            heap.push(fresh);
            continue;
        }
        if chosen
            .iter()
            .any(|&j| cosine(c, &cands[j]) > opts.redundancy)
        {
            continue;
        }
        for &k in &c.concepts {
            covered[k as usize] = true;
        }
        used += c.words;
        chosen.push(i);
    }

    // Reading order: publication date (unknown last), article, position.
    chosen.sort_by(|&x, &y| {
        let (a, b) = (&cands[x], &cands[y]);
        let da = articles[a.article]
            .published
            .as_ref()
            .map(|p| p.date.as_str());
        let db = articles[b.article]
            .published
            .as_ref()
            .map(|p| p.date.as_str());
        (da.is_none(), da)
            .cmp(&(db.is_none(), db))
            .then(a.article.cmp(&b.article))
            .then(a.position.cmp(&b.position))
    });
    chosen
        .iter()
        .map(|&i| (cands[i].article, cands[i].span))
        .collect()
}

/// Per article (indexed like `articles`): its content-word cosine with the
/// whole story, relative to the best article's, divided by
/// `opts.min_relevance` and capped at 1; 1 when the story has a single
/// participating article or the test is off.
fn article_relevance(
    cands: &[Cand],
    n_articles: usize,
    n_ids: usize,
    opts: &SummaryOptions,
) -> Vec<f64> {
    let mut out = vec![1.0; n_articles];
    if opts.min_relevance <= 0.0 {
        return out;
    }
    let mut per: HashMap<usize, HashMap<u32, f64>> = HashMap::new();
    let mut total = vec![0.0f64; n_ids];
    for c in cands {
        let v = per.entry(c.article).or_default();
        for &(k, n) in &c.terms {
            *v.entry(k).or_insert(0.0) += n;
            total[k as usize] += n;
        }
    }
    if per.len() < 2 {
        return out;
    }
    let total_norm = total.iter().map(|t| t * t).sum::<f64>().sqrt();
    let mut cos: Vec<(usize, f64)> = Vec::new();
    for (&a, v) in &per {
        let dot: f64 = v.iter().map(|(&k, &n)| n * total[k as usize]).sum();
        let na = v.values().map(|n| n * n).sum::<f64>().sqrt();
        let c = if na > 0.0 && total_norm > 0.0 {
            dot / (na * total_norm)
        } else {
            0.0
        };
        cos.push((a, c));
    }
    let max = cos.iter().map(|x| x.1).fold(0.0, f64::max);
    if max <= 0.0 {
        return out;
    }
    for (a, c) in cos {
        if let Some(slot) = out.get_mut(a) {
            *slot = (c / max / opts.min_relevance).clamp(0.0, 1.0);
        }
    }
    out
}

/// A score ordered totally (`f64::total_cmp`).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Key(f64);

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

fn cosine(a: &Cand, b: &Cand) -> f64 {
    if a.norm == 0.0 || b.norm == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a.terms[i].1 * b.terms[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot / (a.norm * b.norm)
}

/// A general English function-word list (closed-class words).
fn is_stopword(w: &str) -> bool {
    parallax_core::words::is_english_function_word(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_tails_are_recognised() {
        assert!(starts_inside_quote("I thought we would sink.\" she said."));
        assert!(starts_inside_quote("I thought we would sink.” she said."));
        assert!(!starts_inside_quote("\"We will rebuild,\" the mayor said."));
        assert!(!starts_inside_quote("The mayor said: \"We will rebuild.\""));
        assert!(!starts_inside_quote(
            "The mayor said (\"soon\") it would reopen."
        ));
        assert!(!starts_inside_quote("No quotes here."));
    }
}
