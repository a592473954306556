//! Statement groups: quotes by the same speaker that report the same
//! statement across the articles of a story — verbatim, as a fragment of a
//! fuller quote, in indirect speech, or in another English translation.
//!
//! Offline and without a model. The evidence for a pair of quotes:
//!
//! - **speaker**: the same entity id; else person names that can be one
//!   person ([`PersonName::compatible`]: transliterations and diacritics
//!   folded, "Voronel" matches "Aleksandr Voronel", two different given
//!   names never match); else, for a speaker with no name ("emergency
//!   officials"), the same words and articles that copy one another. A
//!   pair without a compatible speaker is never grouped.
//! - **content words** of the two wordings: function words dropped;
//!   irregular forms mapped to their base by WordNet's exception lists
//!   ("came" → "come"); regular inflections stripped to a form the table
//!   knows, then Snowball stems; a phrasal verb the table knows ("pull
//!   back", "goes on") is one term. Each term is weighted by its softened
//!   inverse frequency among the story's articles, `sqrt(ln(1 + N/df))`
//!   with copies counted once (the story's topic words count less), and
//!   by 0.3 when it only says when ("Monday", "next", "year": the occasion
//!   is judged from the dates). Terms are matched one to one, best first:
//!   the same stem 1; WordNet synonyms, adjectives of one similarity
//!   cluster or derivationally related forms ("agree" / "agreement") 0.8;
//!   a word and its direct hypernym 0.6 ("agree" is a kind of "accept",
//!   "dictate" a kind of "impose"); one stem of six letters or more the
//!   start of the other ("inspect" / "inspector") 0.5. From the matched
//!   weight M and the weights Wa, Wb of the two quotes: `dice = 2M / (Wa +
//!   Wb)` and `cover = M / min(Wa, Wb)` (how much of the shorter one the
//!   longer one carries, for fragments and indirect summaries), scaled by
//!   `size = min(1, n/4)` for a shorter quote of n < 4 content terms. The
//!   lexical score is `max(dice, 0.9 · cover · size)`; fewer than two
//!   matched terms cap it at 0.3.
//! - **containment**: one wording's words, in order, inside the other's
//!   (at least three words): score 1.
//! - **shared quoted fragment**: a fragment in quotation marks of one
//!   (two words or more, one a content word) found word for word in the
//!   other, or a common run of six words with three content words: at
//!   least 0.8 or 0.7.
//! - **occasion**: both quotes dated and the dates equal: +0.05; dated
//!   differently (two occasions): ×0.5, unless contained or sharing a
//!   fragment.
//! - **polarity**: one negated and the other not: ×0.85.
//! - **parts**: against a quote of two sentences or reported clauses or
//!   more ("that A and that B", "A; B"), a pair also scores the other
//!   wording against each part and each two neighbouring ones, and takes
//!   the best (a short report of one part is not diluted by the rest).
//!
//! Decision rule: quotes are grouped within a story (an article with no
//! story joins its original's when it is a copy; articles with no story
//! at all form one block). Pairs scoring at least `threshold` (0.4) are
//! taken best first (ties in canonical order); a pair joins the two groups
//! it links unless (a) some two quotes across them have incompatible
//! speakers, (b) two quotes across them come from one article and neither
//! contains the other (nor shares a quoted fragment) — one article rarely
//! reports a statement twice; the one exception is an indirect or mixed
//! paraphrase and a direct quote of one article scoring at least
//! `same_article_threshold` (0.6), a lede that paraphrases the quote given
//! later, the part score counting — or (c) the mean score over all pairs across them is below
//! `min_mean` (0.25), which stops chains of weak links.
//!
//! The one-article rule (b) has a second exception, a **bridge**: two
//! quotes of one article that each score as one statement with a fuller
//! quote of another article, matching *different* sentences of it, are
//! pieces of that statement (`"A," he said.` … `He added that "B"`, where
//! another outlet quotes "A. B." in one go); the pair counts at the weaker
//! of its two links.
//!
//! After grouping, a quote left alone whose sentence holds another quote
//! by the same speaker (`X told reporters that A, but he added that B`:
//! one report of one occasion) joins the group of that sentence-mate when
//! the group spans more than one article, so the outlet's coverage of the
//! statement is complete.
//!
//! Every quote is in exactly one group: a statement carried by one article
//! is a group of one, so the coverage matrix (outlet × statement) is
//! complete. Copies of an article (`duplicate_of`) carry its quotes word
//! for word, so their quotes join the original's groups and add their
//! outlets.
//!
//! Embedding mode ([`group_statements_embedded`], any
//! [`SentenceEncoder`]; feature `embeddings` gives `embed::MiniLm`,
//! all-MiniLM-L6-v2 on candle, weights from a registry package on disk):
//! a pair scores at least `cosine - embedding_offset` (0.2), all rules
//! above unchanged. Measured on invented pairs (`tests/statements_pairs.rs`,
//! held-out set of 10 same / 10 different statements): lexical AUC 0.82,
//! recall 0.70, no false positive at the threshold; lexical + embedding
//! AUC 0.95, recall 0.90, no false positive. It costs about 40–90
//! sentences a second on one core, against microseconds a pair for the
//! lexical score, so it is off by default.
//!
//! Cost: quotes are split by story and then by groups of compatible
//! speakers; pairs are scored within those parts (merge joins over sorted
//! stems and concepts, not every pair of words), so the work is
//! quadratic in the quotes of one speaker in one story, with an m × m
//! matrix per part for the linkage checks.
//!
//! The output does not depend on the order of `quotes`: quotes are first
//! put in canonical order (publication date, unknown last; the position of
//! the article in `articles`; the quote's offset; its id), and groups are
//! listed by their first report. The order of `articles` breaks ties
//! between articles published on the same day.

#[cfg(feature = "embeddings")]
pub mod embed;

use parallax_core::{Article, Quote, QuoteGroup, QuoteKind, Span, Story};
use parallax_entities::names::PersonName;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// What statement grouping needs to know about an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatementContext {
    /// Article id (the `article` of its quotes).
    pub article: String,
    /// Story id, when the article belongs to one.
    pub story: Option<String>,
    /// Outlet name, when known (the article id stands in otherwise).
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD` (a longer ISO timestamp is cut to
    /// its date).
    pub published: Option<String>,
    /// Id of the article this one copies, if any.
    pub duplicate_of: Option<String>,
    /// The article's sentences (byte spans of its clean text, in order):
    /// two quotes of one sentence by one speaker are one report.
    pub sentences: Vec<Span>,
}

impl StatementContext {
    /// A context with only the article id.
    pub fn new(article: impl Into<String>) -> StatementContext {
        StatementContext {
            article: article.into(),
            ..StatementContext::default()
        }
    }

    /// The context of an article of a dossier, in the given story.
    pub fn of_article(article: &Article, story: Option<&str>) -> StatementContext {
        StatementContext {
            article: article.id.clone(),
            story: story.map(str::to_string),
            outlet: article.outlet.clone(),
            published: article.published.as_ref().map(|p| p.date.clone()),
            duplicate_of: article.duplicate_of.clone(),
            sentences: article.sentences.clone(),
        }
    }

    /// Index of the sentence holding byte `at`, when sentences are known.
    fn sentence_at(&self, at: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.end <= at);
        self.sentences
            .get(k)
            .filter(|s| s.start <= at && at < s.end)
            .map(|_| k)
    }
}

/// The contexts of `articles`, each in the first story of `stories` that
/// lists it, in the order of `articles`.
pub fn contexts(articles: &[Article], stories: &[Story]) -> Vec<StatementContext> {
    let mut story_of: HashMap<&str, &str> = HashMap::new();
    for s in stories {
        for a in &s.articles {
            story_of.entry(a.as_str()).or_insert(s.id.as_str());
        }
    }
    articles
        .iter()
        .map(|a| StatementContext::of_article(a, story_of.get(a.id.as_str()).copied()))
        .collect()
}

/// The thresholds of the decision rule (see the module documentation).
#[derive(Debug, Clone, PartialEq)]
pub struct StatementConfig {
    /// Pair score at or above which two quotes report one statement.
    pub threshold: f64,
    /// Pair score at or above which an indirect or mixed quote and a direct
    /// quote of the same article join; `None`: never (only containment).
    pub same_article_threshold: Option<f64>,
    /// Least mean pair score across two groups that merge.
    pub min_mean: f64,
    /// Embedding mode only: a pair scores at least `cosine - offset`, so
    /// with the defaults a cosine of 0.6 reaches the threshold.
    pub embedding_offset: f64,
}

impl Default for StatementConfig {
    fn default() -> StatementConfig {
        StatementConfig {
            threshold: 0.4,
            same_article_threshold: Some(0.6),
            min_mean: 0.25,
            embedding_offset: 0.2,
        }
    }
}

/// Groups `quotes` into statements with the default thresholds. `articles`
/// gives each quote's article its story, outlet, date and copy relation;
/// a quote whose article is not listed is treated as from an undated
/// article of no story and no outlet.
pub fn group_statements(quotes: &[Quote], articles: &[StatementContext]) -> Vec<QuoteGroup> {
    group_statements_with(quotes, articles, &StatementConfig::default())
}

/// Groups `quotes` into statements with the thresholds of `config`.
pub fn group_statements_with(
    quotes: &[Quote],
    articles: &[StatementContext],
    config: &StatementConfig,
) -> Vec<QuoteGroup> {
    group(quotes, articles, config, None)
}

fn group(
    quotes: &[Quote],
    articles: &[StatementContext],
    config: &StatementConfig,
    encoder: Option<&dyn SentenceEncoder>,
) -> Vec<QuoteGroup> {
    let mut article_pos: HashMap<&str, usize> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        article_pos.entry(a.article.as_str()).or_insert(i);
    }
    let ctx = |article: &str| article_pos.get(article).map(|&i| &articles[i]);

    // Canonical order: first report first.
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    let key = |i: usize| {
        let q = &quotes[i];
        let date = ctx(&q.article).and_then(|c| day(c.published.as_deref()));
        let pos = article_pos
            .get(q.article.as_str())
            .copied()
            .unwrap_or(usize::MAX);
        (
            date.is_none(),
            date.unwrap_or_default(),
            pos,
            q.article.clone(),
            q.evidence.start,
            q.id.clone(),
            q.text.clone(),
        )
    };
    order.sort_by_cached_key(|&i| key(i));

    // Story blocks, in order of their first quote.
    let story_of = |article: &str| -> Option<String> {
        let c = ctx(article)?;
        if c.story.is_some() {
            return c.story.clone();
        }
        let orig = c.duplicate_of.as_deref()?;
        ctx(orig).and_then(|o| o.story.clone())
    };
    let mut blocks: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    let mut block_of: HashMap<Option<String>, usize> = HashMap::new();
    for &i in &order {
        let story = story_of(&quotes[i].article);
        let b = *block_of.entry(story.clone()).or_insert_with(|| {
            blocks.push((story, Vec::new()));
            blocks.len() - 1
        });
        blocks[b].1.push(i);
    }

    let mut groups: Vec<(usize, QuoteGroup)> = Vec::new();
    let rank: HashMap<usize, usize> = order.iter().enumerate().map(|(r, &i)| (i, r)).collect();
    for (story, members) in &blocks {
        for mut cluster in cluster_block(quotes, members, &ctx, config, encoder) {
            cluster.sort_by_key(|i| rank.get(i).copied().unwrap_or(usize::MAX));
            let first_rank = cluster
                .first()
                .and_then(|i| rank.get(i))
                .copied()
                .unwrap_or(usize::MAX);
            groups.push((first_rank, build_group(quotes, &cluster, story, &ctx)));
        }
    }
    groups.sort_by_key(|(r, _)| *r);
    groups
        .into_iter()
        .enumerate()
        .map(|(n, (_, mut g))| {
            g.id = format!("qg{}", n + 1);
            g
        })
        .collect()
}

/// Sentence vectors for quote wordings: the optional embedding evidence
/// (see [`group_statements_embedded`]). The `embeddings` feature provides
/// one on all-MiniLM-L6-v2 (`embed::MiniLm`).
pub trait SentenceEncoder {
    /// One unit-length vector per text, in order; `None` for a text that
    /// could not be encoded.
    fn encode(&self, texts: &[&str]) -> Vec<Option<Vec<f32>>>;
}

/// [`group_statements_with`] with sentence embeddings as further
/// evidence: a pair of quotes by compatible speakers scores
/// `max(lexical, cosine - config.embedding_offset)`; every other rule is
/// the same. Only quotes that share a story and a compatible speaker with
/// another quote are encoded (one batch per such part).
pub fn group_statements_embedded(
    quotes: &[Quote],
    articles: &[StatementContext],
    config: &StatementConfig,
    encoder: &dyn SentenceEncoder,
) -> Vec<QuoteGroup> {
    group(quotes, articles, config, Some(encoder))
}

/// Lexical similarity of two wordings in [0, 1], every content word
/// weighted alike (the score the grouping uses before speaker, article and
/// date evidence).
pub fn statement_similarity(a: &str, b: &str) -> f64 {
    score_text(&Features::new(a), &Features::new(b)).score
}

/// `YYYY-MM-DD` from a date or timestamp.
fn day(date: Option<&str>) -> Option<String> {
    parallax_core::date::leading_day(date?).map(|d| d.to_string())
}

// ---------------------------------------------------------------------------
// Lexicon: synonyms and irregular forms (generated from WordNet, see
// data/NOTICE and scripts/synonyms/build_synonyms.py).

struct Lexicon {
    /// lemma → (own concepts, hypernym concepts), both sorted.
    words: HashMap<&'static str, (Vec<u32>, Vec<u32>)>,
    /// irregular form → base.
    irregular: HashMap<&'static str, &'static str>,
}

fn parse_ids(field: &str) -> Vec<u32> {
    let mut ids: Vec<u32> = field
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words = HashMap::new();
    for line in include_str!("../data/synonyms.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut parts = line.split('\t');
        let (Some(lemma), own, hyper) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let own = parse_ids(own.unwrap_or(""));
        let hyper = parse_ids(hyper.unwrap_or(""));
        if !own.is_empty() || !hyper.is_empty() {
            words.insert(lemma, (own, hyper));
        }
    }
    let mut irregular = HashMap::new();
    for line in include_str!("../data/irregular.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((form, base)) = line.split_once('\t') {
            irregular.insert(form, base);
        }
    }
    Lexicon { words, irregular }
});

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The concepts of a word: its table entry as written, joined with its
/// lemma's (the irregular base, else the first regular inflection
/// stripped that the table knows): "dictated" is an adjective and a form
/// of "dictate".
fn concepts(word: &str) -> (Vec<u32>, Vec<u32>) {
    let lex: &'static Lexicon = &LEXICON;
    let mut own: Vec<u32> = Vec::new();
    let mut hyper: Vec<u32> = Vec::new();
    let mut add = |e: &(Vec<u32>, Vec<u32>)| {
        own.extend(&e.0);
        hyper.extend(&e.1);
    };
    if let Some(e) = lex.words.get(word) {
        add(e);
    }
    let lemma = if let Some(base) = lex.irregular.get(word) {
        lex.words.get(base)
    } else {
        lemma_candidates(word)
            .iter()
            .find_map(|c| lex.words.get(c.as_str()))
    };
    if let Some(e) = lemma {
        add(e);
    }
    own.sort_unstable();
    own.dedup();
    hyper.sort_unstable();
    hyper.dedup();
    (own, hyper)
}

/// The base form of a word: its irregular base, itself when the table
/// knows it, else the first regular de-inflection the table knows.
fn lemma_of(word: &str) -> String {
    let lex: &'static Lexicon = &LEXICON;
    match lex.irregular.get(word) {
        Some(b) => (*b).to_string(),
        None if lex.words.contains_key(word) => word.to_string(),
        None => lemma_candidates(word)
            .into_iter()
            .find(|c| lex.words.contains_key(c.as_str()))
            .unwrap_or_else(|| word.to_string()),
    }
}

/// Regular de-inflections of a word, likeliest first.
fn lemma_candidates(word: &str) -> Vec<String> {
    let mut cands: Vec<String> = Vec::new();
    let strip = |suffix: &str| word.strip_suffix(suffix).filter(|s| s.len() >= 2);
    if let Some(s) = strip("ies").or_else(|| strip("ied")) {
        cands.push(format!("{s}y"));
    }
    for suffix in ["es", "s", "ed", "ing"] {
        if let Some(s) = strip(suffix) {
            if suffix == "s" && s.ends_with('s') {
                continue;
            }
            if suffix == "ed" || suffix == "ing" {
                cands.push(format!("{s}e"));
                // "stopped" → "stop": an ASCII doubled final letter.
                let mut last = s.chars().rev();
                if let (Some(x), Some(y)) = (last.next(), last.next()) {
                    if x == y && x.is_ascii_alphabetic() && s.len() >= 3 {
                        cands.push(s[..s.len() - 1].to_string());
                    }
                }
            }
            cands.push(s.to_string());
        }
    }
    if let Some(s) = strip("d") {
        cands.push(s.to_string());
    }
    cands
}

// ---------------------------------------------------------------------------
// Wording features.

/// Words left out of the comparison besides the English function words:
/// reporting verbs and fillers that every report of a statement carries.
const STOPWORDS: &[&str] = &[
    "according",
    "added",
    "already",
    "ca",
    "even",
    "ever",
    "every",
    "let",
    "much",
    "one",
    "ought",
    "really",
    "say",
    "shall",
    "still",
    "thing",
    "things",
    "told",
    "way",
    "well",
    "wo",
    "yet",
];

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "nowhere", "cannot",
    "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "isnt", "arent",
    "wasnt", "werent", "hasnt", "havent", "hadnt", "mustnt", "neednt", "shant",
];

/// Words that say when rather than what.
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "day",
    "week",
    "month",
    "year",
    "next",
    "last",
    "morning",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
    "winter",
    "weekend",
    "time",
    "recent",
    "recently",
    "soon",
    "later",
    "earlier",
    "ago",
];

static STOPSET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    parallax_core::words::ENGLISH_FUNCTION_WORDS
        .iter()
        .chain(STOPWORDS)
        .chain(NEGATIONS)
        .copied()
        .collect()
});

/// Folded lower-case words: diacritics dropped, apostrophes joined
/// ("don't" → "dont"), digit groups joined ("40,000" → "40000").
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
            continue;
        }
        let next = chars.get(i + 1).copied();
        let joins = match c {
            '\'' | '’' | 'ʼ' => !cur.is_empty() && next.is_some_and(|n| n.is_alphabetic()),
            ',' | '.' => {
                cur.chars().last().is_some_and(|l| l.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => false,
        };
        if !joins && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Texts between double quotation marks (the verbatim parts of a mixed or
/// indirect quote).
fn quoted_fragments(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '"' | '«' | '„') => open = Some((i + c.len_utf8(), c)),
            (Some((start, o)), '”' | '"' | '»' | '“')
                if (o == '"') == (c == '"') || o == '„' || o == '«' =>
            {
                let inner = &text[start..i];
                let w = words(inner);
                if w.len() >= 2 {
                    out.push(w);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Term {
    stem: String,
    /// Hash of `stem` and its length in characters, for fast comparison.
    hash: u64,
    chars: usize,
    own: Vec<u32>,
    hyper: Vec<u32>,
    /// 1, or less for words that only tell when (the occasion is judged
    /// from the quotes' dates).
    factor: f64,
    /// `factor` times the term's inverse frequency in the story.
    weight: f64,
}

/// A word of a wording, compared by hash.
#[derive(Debug, Clone, Copy, Eq)]
struct Tok {
    hash: u64,
    content: bool,
}

impl PartialEq for Tok {
    fn eq(&self, other: &Tok) -> bool {
        self.hash == other.hash
    }
}

fn hash_str(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn toks(words: &[String]) -> Vec<Tok> {
    words
        .iter()
        .map(|w| Tok {
            hash: hash_str(w),
            content: is_content(w),
        })
        .collect()
}

#[derive(Debug, Clone)]
struct Features {
    words: Vec<Tok>,
    terms: Vec<Term>,
    fragments: Vec<Vec<Tok>>,
    negated: bool,
    /// Sorted (key, term, own?) lists for merge joins: stem hashes, hashes
    /// of six-letter stem prefixes, and concepts (own or hypernym).
    by_stem: Vec<(u64, usize, bool)>,
    by_root: Vec<(u64, usize, bool)>,
    by_concept: Vec<(u64, usize, bool)>,
}

/// Calls `f` for every pair of entries of `a` and `b` with the same key.
fn join(
    a: &[(u64, usize, bool)],
    b: &[(u64, usize, bool)],
    mut f: impl FnMut(usize, bool, usize, bool),
) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let key = a[i].0;
                let i_end = i + a[i..].iter().take_while(|e| e.0 == key).count();
                let j_end = j + b[j..].iter().take_while(|e| e.0 == key).count();
                for x in &a[i..i_end] {
                    for y in &b[j..j_end] {
                        f(x.1, x.2, y.1, y.2);
                    }
                }
                i = i_end;
                j = j_end;
            }
        }
    }
}

/// Every related pair of terms (i in `a`, j in `b`) with its similarity
/// (found by merge joins instead of comparing every pair): the same stem
/// 1, a shared own concept 0.8, one's concept the other's hypernym 0.6,
/// one stem the start of the other 0.5.
fn candidates(a: &Features, b: &Features) -> Vec<(f64, usize, usize)> {
    let mut out = Vec::new();
    join(&a.by_stem, &b.by_stem, |i, _, j, _| {
        if a.terms[i].stem == b.terms[j].stem {
            out.push((1.0, i, j));
        }
    });
    join(&a.by_concept, &b.by_concept, |i, own_i, j, own_j| {
        if own_i && own_j {
            out.push((0.8, i, j));
        } else if own_i || own_j {
            out.push((0.6, i, j));
        }
    });
    join(&a.by_root, &b.by_root, |i, _, j, _| {
        if shares_root(&a.terms[i].stem, &b.terms[j].stem) {
            out.push((0.5, i, j));
        }
    });
    out
}

fn is_content(w: &str) -> bool {
    !STOPSET.contains(w) && (w.chars().count() >= 2 || w.chars().all(|c| c.is_ascii_digit()))
}

impl Features {
    fn new(text: &str) -> Features {
        let words = words(text);
        let lex: &'static Lexicon = &LEXICON;
        let mut terms: Vec<Term> = Vec::new();
        let mut seen = HashSet::new();
        let mut skip_next = false;
        for (i, w) in words.iter().enumerate() {
            if std::mem::take(&mut skip_next) || !is_content(w) {
                continue;
            }
            let base = lemma_of(w);
            // A phrasal verb the table knows ("pull back", "goes on") is
            // one term.
            let phrase = words
                .get(i + 1)
                .map(|next| format!("{base}_{next}"))
                .filter(|p| lex.words.contains_key(p.as_str()));
            let (stem, (own, hyper)) = match phrase {
                Some(p) => {
                    skip_next = true;
                    let c = concepts(&p);
                    (p, c)
                }
                None => (STEMMER.stem(&base).into_owned(), concepts(w)),
            };
            if !seen.insert(stem.clone()) {
                continue;
            }
            let factor = if TIME_WORDS.contains(&base.as_str())
                || parallax_core::words::is_calendar_name(&base)
            {
                0.3
            } else {
                1.0
            };
            terms.push(Term {
                hash: hash_str(&stem),
                chars: stem.chars().count(),
                stem,
                own,
                hyper,
                factor,
                weight: factor,
            });
        }
        let negated = words.iter().any(|w| NEGATIONS.contains(&w.as_str()));
        let mut by_stem = Vec::new();
        let mut by_root = Vec::new();
        let mut by_concept = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            by_stem.push((t.hash, i, true));
            if t.chars >= 6 {
                let root: String = t.stem.chars().take(6).collect();
                by_root.push((hash_str(&root), i, true));
            }
            by_concept.extend(t.own.iter().map(|&c| (u64::from(c), i, true)));
            by_concept.extend(
                t.hyper
                    .iter()
                    .filter(|c| t.own.binary_search(c).is_err())
                    .map(|&c| (u64::from(c), i, false)),
            );
        }
        by_stem.sort_unstable();
        by_root.sort_unstable();
        by_concept.sort_unstable();
        Features {
            fragments: quoted_fragments(text).iter().map(|f| toks(f)).collect(),
            words: toks(&words),
            terms,
            negated,
            by_stem,
            by_root,
            by_concept,
        }
    }
}

fn content_count(run: &[Tok]) -> usize {
    run.iter().filter(|t| t.content).count()
}

/// One stem is the start of the other and at least six letters long
/// ("inspect" / "inspector"): derived words the stemmer keeps apart.
fn shares_root(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 6 && long.starts_with(short)
}

/// Whether `needle` occurs as a contiguous run in `hay`.
fn contains_run(hay: &[Tok], needle: &[Tok]) -> bool {
    !needle.is_empty()
        && needle.len() <= hay.len()
        && hay.windows(needle.len()).any(|w| w == needle)
}

/// Wordings longer than this (speech transcripts) are not searched for a
/// common run, which costs the product of the two lengths.
const MAX_RUN_WORDS: usize = 400;

/// Length of the longest common run of words and its content-word count.
fn longest_common_run(a: &[Tok], b: &[Tok]) -> (usize, usize) {
    let mut best = (0usize, 0usize);
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            cur[j] = if a[i - 1] == b[j - 1] {
                prev[j - 1] + 1
            } else {
                0
            };
            if cur[j] > best.0 {
                best = (cur[j], i);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let (len, end) = best;
    (len, content_count(&a[end - len..end]))
}

#[derive(Debug, Clone, Copy, Default)]
struct PairScore {
    score: f64,
    /// One wording inside the other, or a shared quoted fragment.
    contained: bool,
}

/// Lexical and structural score of two wordings (no speaker or date).
fn score_text(a: &Features, b: &Features) -> PairScore {
    let (short, long) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    if short.words.len() >= 3
        && content_count(&short.words) >= 1
        && contains_run(&long.words, &short.words)
    {
        return PairScore {
            score: 1.0,
            contained: true,
        };
    }
    let fragment = [(a, b), (b, a)].iter().any(|(x, y)| {
        x.fragments
            .iter()
            .any(|f| content_count(f) >= 1 && contains_run(&y.words, f))
    });

    // One-to-one soft matching of content terms, best pairs first.
    let mut cands = candidates(a, b);
    let cands_exact = cands.iter().filter(|c| c.0 >= 1.0).count();
    cands.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then_with(|| x.1.cmp(&y.1))
            .then_with(|| x.2.cmp(&y.2))
    });
    let mut used_a = vec![false; a.terms.len()];
    let mut used_b = vec![false; b.terms.len()];
    let mut matched = 0.0;
    let mut n_matched = 0usize;
    for (s, i, j) in cands {
        if used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        n_matched += 1;
        matched += s * (a.terms[i].weight + b.terms[j].weight) / 2.0;
    }
    let wa: f64 = a.terms.iter().map(|t| t.weight).sum();
    let wb: f64 = b.terms.iter().map(|t| t.weight).sum();
    let mut score = 0.0;
    if wa > 0.0 && wb > 0.0 {
        let dice = 2.0 * matched / (wa + wb);
        let cover = matched / wa.min(wb);
        let n_short = a.terms.len().min(b.terms.len()) as f64;
        let size = (n_short / 4.0).min(1.0);
        score = dice.max(0.9 * cover * size).min(1.0);
    }
    if n_matched < 2 {
        score = score.min(0.3);
    }
    if a.negated != b.negated {
        score *= 0.85;
    }
    // A common run of six words with three content words needs three
    // exact matches; look for one only then.
    let exact = cands_exact;
    if score < 0.7 && exact >= 3 && a.words.len().max(b.words.len()) <= MAX_RUN_WORDS {
        let (run, run_content) = longest_common_run(&a.words, &b.words);
        if run >= 6 && run_content >= 3 {
            score = score.max(0.7);
        }
    }
    if fragment {
        score = score.max(0.8);
    }
    PairScore {
        score,
        contained: fragment,
    }
}

// ---------------------------------------------------------------------------
// Speakers.

#[derive(Debug, Clone)]
struct Who {
    entity: Option<String>,
    name: Option<(String, Option<PersonName>, String)>,
    /// Folded surface of a speaker with no name ("emergency officials").
    anonymous: Option<String>,
}

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "his", "its", "their",
];

fn fold_words(text: &str) -> String {
    words(text).join(" ")
}

fn who(q: &Quote) -> Who {
    let Some(sp) = &q.speaker else {
        return Who {
            entity: None,
            name: None,
            anonymous: None,
        };
    };
    let entity = sp.entity.clone().filter(|e| !e.trim().is_empty());
    let name = sp
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
        .map(|n| (n.to_string(), PersonName::parse(n), fold_words(n)));
    let anonymous = if name.is_none() {
        let mut w = words(&sp.text);
        while w
            .first()
            .is_some_and(|f| f == "the" || f == "a" || f == "an")
        {
            w.remove(0);
        }
        let s = w.join(" ");
        (!s.is_empty() && !PRONOUNS.contains(&s.as_str())).then_some(s)
    } else {
        None
    };
    Who {
        entity,
        name,
        anonymous,
    }
}

fn same_speaker(a: &Who, b: &Who, copies: bool) -> bool {
    if let (Some(x), Some(y)) = (&a.entity, &b.entity) {
        return x == y;
    }
    match (&a.name, &b.name) {
        (Some((_, pa, fa)), Some((_, pb, fb))) => {
            fa == fb
                || match (pa, pb) {
                    (Some(pa), Some(pb)) => pa.compatible(pb),
                    _ => false,
                }
        }
        (None, None) => copies && a.anonymous.is_some() && a.anonymous == b.anonymous,
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Grouping.

type Ctx<'a> = dyn Fn(&str) -> Option<&'a StatementContext> + 'a;

/// The article an article copies, or itself.
fn original<'a>(article: &str, ctx: &Ctx<'a>) -> String {
    let mut cur = article.to_string();
    for _ in 0..8 {
        match ctx(&cur).and_then(|c| c.duplicate_of.clone()) {
            Some(o) if o != cur => cur = o,
            _ => break,
        }
    }
    cur
}

fn cluster_block<'a>(
    quotes: &[Quote],
    members: &[usize],
    ctx: &Ctx<'a>,
    config: &StatementConfig,
    encoder: Option<&dyn SentenceEncoder>,
) -> Vec<Vec<usize>> {
    let mut feats: Vec<Features> = members
        .iter()
        .map(|&i| Features::new(&quotes[i].text))
        .collect();
    let whos: Vec<Who> = members.iter().map(|&i| who(&quotes[i])).collect();
    let origins: Vec<String> = members
        .iter()
        .map(|&i| original(&quotes[i].article, ctx))
        .collect();

    // Inverse frequency of stems among the block's articles (copies count
    // once), softened: sqrt(ln(1 + N / df)).
    let mut df: HashMap<&str, HashSet<&str>> = HashMap::new();
    let distinct: HashSet<&str> = origins.iter().map(String::as_str).collect();
    for (f, o) in feats.iter().zip(&origins) {
        for t in &f.terms {
            df.entry(t.stem.as_str()).or_default().insert(o.as_str());
        }
    }
    let n_articles = distinct.len() as f64;
    let idf: HashMap<String, f64> = df
        .into_iter()
        .map(|(s, d)| {
            (
                s.to_string(),
                (1.0 + n_articles / d.len() as f64).ln().sqrt(),
            )
        })
        .collect();
    // Parts of quotes of two sentences or more: each sentence and each
    // two neighbouring ones (a quote reported in pieces elsewhere).
    let mut segments: Vec<Vec<Features>> = members
        .iter()
        .map(|&i| segment_features(&quotes[i].text))
        .collect();
    for f in feats.iter_mut().chain(segments.iter_mut().flatten()) {
        for t in &mut f.terms {
            t.weight = t.factor * idf.get(&t.stem).copied().unwrap_or(1.0);
        }
    }

    // Speakers: compatibility is decided once per distinct speaker, and
    // quotes are split into parts whose speakers can be linked at all.
    let mut speaker_index: HashMap<String, usize> = HashMap::new();
    let mut speakers: Vec<&Who> = Vec::new();
    let speaker_of: Vec<usize> = whos
        .iter()
        .map(|w| {
            let key = format!(
                "{:?}\u{1}{:?}\u{1}{:?}",
                w.entity,
                w.name.as_ref().map(|n| &n.0),
                w.anonymous
            );
            *speaker_index.entry(key).or_insert_with(|| {
                speakers.push(w);
                speakers.len() - 1
            })
        })
        .collect();
    let k = speakers.len();
    // compat[a][b]: names compatible (anonymous speakers: same words, and
    // the copy condition is checked per pair).
    let compat: Vec<Vec<bool>> = (0..k)
        .map(|a| {
            (0..k)
                .map(|b| a == b || same_speaker(speakers[a], speakers[b], true))
                .collect()
        })
        .collect();
    let mut part_of: Vec<usize> = (0..k).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (a, row) in compat.iter().enumerate() {
        for (b, _) in row.iter().enumerate().skip(a + 1).filter(|(_, &c)| c) {
            let (ra, rb) = (find(&mut part_of, a), find(&mut part_of, b));
            if ra != rb {
                part_of[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut part_index: HashMap<usize, usize> = HashMap::new();
    for (x, &sp) in speaker_of.iter().enumerate() {
        let root = find(&mut part_of, sp);
        let p = *part_index.entry(root).or_insert_with(|| {
            parts.push(Vec::new());
            parts.len() - 1
        });
        parts[p].push(x);
    }

    let mut out: Vec<Vec<usize>> = Vec::new();
    for part in parts {
        let m = part.len();
        let vectors: Vec<Option<Vec<f32>>> = match encoder {
            Some(enc) if m >= 2 => {
                let texts: Vec<&str> = part
                    .iter()
                    .map(|&x| quotes[members[x]].text.as_str())
                    .collect();
                let mut v = enc.encode(&texts);
                v.resize(m, None);
                v
            }
            _ => vec![None; m],
        };
        // score[u * m + v]: pair score (0 when not scored); banned: the
        // two can never be in one group.
        let mut score = vec![0f32; m * m];
        let mut banned = vec![false; m * m];
        // Pairs of one article kept apart only for being of one article
        // (speakers compatible): a bridge may still join them.
        let mut same_article: Vec<(usize, usize)> = Vec::new();
        // part_in[(u, w)]: the part of quote w that quote u reports best,
        // for pairs that score as one statement, where w has parts.
        let mut part_in: HashMap<(usize, usize), usize> = HashMap::new();
        for u in 0..m {
            for v in u + 1..m {
                let (x, y) = (part[u], part[v]);
                let (qx, qy) = (&quotes[members[x]], &quotes[members[y]]);
                let (sx, sy) = (speaker_of[x], speaker_of[y]);
                let copies = origins[x] == origins[y];
                let ok_speaker = compat[sx][sy]
                    && (whos[x].name.is_some()
                        || whos[x].entity.is_some()
                        || whos[y].name.is_some()
                        || whos[y].entity.is_some()
                        || copies);
                if !ok_speaker {
                    banned[u * m + v] = true;
                    banned[v * m + u] = true;
                    continue;
                }
                let one_article = qx.article == qy.article;
                // The part of each side the other reports best; not scored
                // for wordings with nothing in common.
                let whole = score_text(&feats[x], &feats[y]);
                let parts_matter = one_article || whole.score > 0.0;
                let best_x_in_y = if parts_matter {
                    best_part(&feats[x], &segments[y])
                } else {
                    None
                };
                let best_y_in_x = if parts_matter {
                    best_part(&feats[y], &segments[x])
                } else {
                    None
                };
                let part_score = best_x_in_y
                    .into_iter()
                    .chain(best_y_in_x)
                    .map(|b| b.0)
                    .max_by(f64::total_cmp);
                match pair_score(
                    qx,
                    qy,
                    whole,
                    cosine(&vectors[u], &vectors[v]),
                    part_score,
                    config,
                ) {
                    Some(sc) => {
                        score[u * m + v] = sc as f32;
                        score[v * m + u] = sc as f32;
                        if sc >= config.threshold && !one_article {
                            if let Some((_, k)) = best_x_in_y {
                                part_in.insert((u, v), k);
                            }
                            if let Some((_, k)) = best_y_in_x {
                                part_in.insert((v, u), k);
                            }
                        }
                    }
                    None => {
                        banned[u * m + v] = true;
                        banned[v * m + u] = true;
                        if one_article {
                            same_article.push((u, v));
                        }
                    }
                }
            }
        }
        // A bridge: two quotes of one article that report different
        // sentences of one fuller quote from another article are pieces of
        // one statement ("A," he said, and later "B" — where another outlet
        // quotes "A. B." in one go). They join at the weaker of their two
        // links to the fuller quote.
        for &(u, v) in &same_article {
            let bridge = (0..m)
                .filter(|&w| w != u && w != v)
                .filter_map(|w| {
                    let (ku, kv) = (part_in.get(&(u, w))?, part_in.get(&(v, w))?);
                    (ku != kv).then(|| score[u * m + w].min(score[v * m + w]))
                })
                .fold(0f32, f32::max);
            if bridge > 0.0 {
                score[u * m + v] = bridge;
                score[v * m + u] = bridge;
                banned[u * m + v] = false;
                banned[v * m + u] = false;
            }
        }
        let mut edges: Vec<(f64, usize, usize)> = Vec::new();
        for u in 0..m {
            for v in u + 1..m {
                let sc = f64::from(score[u * m + v]);
                if !banned[u * m + v] && sc >= config.threshold {
                    edges.push((sc, u, v));
                }
            }
        }
        edges.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| a.1.cmp(&b.1))
                .then_with(|| a.2.cmp(&b.2))
        });
        // Greedy merging: the matrices are kept per cluster (row of its
        // first member), summed on merge, as in average linkage.
        let mut cluster_of: Vec<usize> = (0..m).collect();
        let mut clusters: Vec<Vec<usize>> = (0..m).map(|i| vec![i]).collect();
        let mut sum: Vec<f64> = score.iter().map(|&x| f64::from(x)).collect();
        for (_, u, v) in edges {
            let (cu, cv) = (cluster_of[u], cluster_of[v]);
            if cu == cv || banned[cu * m + cv] {
                continue;
            }
            let pairs = (clusters[cu].len() * clusters[cv].len()) as f64;
            if sum[cu * m + cv] / pairs < config.min_mean {
                continue;
            }
            for c in 0..m {
                if clusters[c].is_empty() || c == cu || c == cv {
                    continue;
                }
                sum[cu * m + c] += sum[cv * m + c];
                sum[c * m + cu] = sum[cu * m + c];
                let b = banned[cu * m + c] || banned[cv * m + c];
                banned[cu * m + c] = b;
                banned[c * m + cu] = b;
            }
            let moved = std::mem::take(&mut clusters[cv]);
            for &w in &moved {
                cluster_of[w] = cu;
            }
            clusters[cu].extend(moved);
        }
        // One sentence, one speaker, two quotes (`X told reporters that A,
        // but he added that B`): one report of one occasion. A piece left
        // alone joins the group its sentence-mate carries across outlets,
        // so that outlet's coverage of the statement is complete.
        let sentence_of: Vec<Option<(&str, usize)>> = part
            .iter()
            .map(|&x| {
                let q = &quotes[members[x]];
                let k = ctx(&q.article)?.sentence_at(q.evidence.start)?;
                Some((q.article.as_str(), k))
            })
            .collect();
        for u in 0..m {
            if clusters[cluster_of[u]].len() != 1 {
                continue;
            }
            let Some(here) = sentence_of[u] else { continue };
            let named = |x: usize| whos[x].name.is_some() || whos[x].entity.is_some();
            let mate = (0..m).find(|&v| {
                let (x, y) = (part[u], part[v]);
                v != u
                    && sentence_of[v] == Some(here)
                    && compat[speaker_of[x]][speaker_of[y]]
                    && named(x)
                    && named(y)
                    && {
                        let c = &clusters[cluster_of[v]];
                        c.iter().any(|&w| origins[part[w]] != origins[x])
                            && c.iter()
                                .all(|&w| compat[speaker_of[x]][speaker_of[part[w]]])
                    }
            });
            if let Some(v) = mate {
                let (cu, cv) = (cluster_of[u], cluster_of[v]);
                clusters[cu].clear();
                clusters[cv].push(u);
                cluster_of[u] = cv;
            }
        }
        out.extend(
            clusters
                .into_iter()
                .filter(|c| !c.is_empty())
                .map(|c| c.into_iter().map(|u| members[part[u]]).collect()),
        );
    }
    out
}

/// Features of the parts of a quote of two sentences or clauses or more:
/// every part, and every two neighbouring ones (a report may render two
/// short sentences as one). Parts are sentences, cut further where indirect
/// speech coordinates two reported clauses ("that A and that B", "A; B").
/// Empty for a quote of one part.
fn segment_features(text: &str) -> Vec<Features> {
    let mut units: Vec<(usize, usize)> = Vec::new();
    for s in parallax_analyze::split_sentences(text) {
        let mut start = s.start;
        for (cut, resume) in clause_cuts(text, s.start, s.end) {
            units.push((start, cut));
            start = resume;
        }
        units.push((start, s.end));
    }
    units.retain(|&(a, b)| {
        text.get(a..b)
            .is_some_and(|t| t.chars().any(char::is_alphanumeric))
    });
    if units.len() < 2 {
        return Vec::new();
    }
    let one = units.iter().copied();
    let two = units.windows(2).map(|w| (w[0].0, w[1].1));
    one.chain(two)
        .filter_map(|(a, b)| text.get(a..b))
        .map(Features::new)
        .collect()
}

/// Where a sentence `text[start..end]` coordinates two reported clauses:
/// `(end of the first, start of the second)` for each ` and that `,
/// ` but that ` and `; `.
fn clause_cuts(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let Some(sentence) = text.get(start..end) else {
        return Vec::new();
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for marker in [" and that ", " but that ", "; "] {
        for (at, _) in sentence.match_indices(marker) {
            cuts.push((start + at, start + at + marker.len()));
        }
    }
    cuts.sort_unstable();
    cuts
}

/// The best score of `quote` against the parts of another quote, with the
/// index of the single part it matches best (pairs of parts count for the
/// score, not for the index); `None` when the other has no parts.
fn best_part(quote: &Features, parts: &[Features]) -> Option<(f64, usize)> {
    let mut best: Option<(f64, usize)> = None;
    let mut best_single: Option<(f64, usize)> = None;
    // Single parts come first in `parts`, pairs after them.
    let n_single = parts.len().div_ceil(2);
    for (k, p) in parts.iter().enumerate() {
        let sc = score_text(quote, p).score;
        if best.is_none_or(|b| sc > b.0) {
            best = Some((sc, k));
        }
        if k < n_single && best_single.is_none_or(|b| sc > b.0) {
            best_single = Some((sc, k));
        }
    }
    Some((best?.0, best_single?.1))
}

/// Cosine of two unit vectors, when both are there and of one length.
fn cosine(a: &Option<Vec<f32>>, b: &Option<Vec<f32>>) -> Option<f64> {
    let (a, b) = (a.as_ref()?, b.as_ref()?);
    (a.len() == b.len() && !a.is_empty()).then(|| {
        a.iter()
            .zip(b)
            .map(|(x, y)| f64::from(*x) * f64::from(*y))
            .sum()
    })
}

/// The score of two quotes by compatible speakers of one story, or `None`
/// when they can never report one statement (one article, neither
/// containing the other, not a paraphrase of a direct quote).
fn pair_score(
    qx: &Quote,
    qy: &Quote,
    text: PairScore,
    cosine: Option<f64>,
    part_score: Option<f64>,
    config: &StatementConfig,
) -> Option<f64> {
    let mut ps = text;
    // A short report of one sentence of a long quote: its match with that
    // sentence is the evidence, not its dilution across the whole quote.
    if let Some(p) = part_score {
        ps.score = ps.score.max(p);
    }
    if ps.score >= 1.0 {
        ps.contained = true;
    }
    if let Some(c) = cosine {
        ps.score = ps.score.max(c - config.embedding_offset).min(1.0);
    }
    match (&qx.date, &qy.date) {
        (Some(dx), Some(dy)) if dx == dy => ps.score = (ps.score + 0.05).min(1.0),
        (Some(_), Some(_)) if !ps.contained => ps.score *= 0.5,
        _ => {}
    }
    if qx.article == qy.article && !ps.contained {
        let paraphrase = (qx.kind == QuoteKind::Direct) != (qy.kind == QuoteKind::Direct);
        let ok = paraphrase && config.same_article_threshold.is_some_and(|t| ps.score >= t);
        if !ok {
            return None;
        }
    }
    Some(ps.score)
}

fn build_group<'a>(
    quotes: &[Quote],
    cluster: &[usize],
    story: &Option<String>,
    ctx: &Ctx<'a>,
) -> QuoteGroup {
    // `cluster` holds quote indices in canonical order: first report first.
    let members = cluster;
    let qs: Vec<&Quote> = members.iter().map(|&i| &quotes[i]).collect();

    let rank_kind = |k: QuoteKind| match k {
        QuoteKind::Direct => 0,
        QuoteKind::Mixed => 1,
        QuoteKind::Indirect => 2,
    };
    let best_kind = qs.iter().map(|q| rank_kind(q.kind)).min().unwrap_or(2);
    let mut rep: Option<&Quote> = None;
    for q in qs.iter().filter(|q| rank_kind(q.kind) == best_kind) {
        if rep.is_none_or(|r| q.text.chars().count() > r.text.chars().count()) {
            rep = Some(q);
        }
    }
    let rep = rep.or(qs.first().copied());

    let mut outlets: Vec<String> = Vec::new();
    for q in &qs {
        let o = ctx(&q.article)
            .and_then(|c| c.outlet.clone())
            .filter(|o| !o.trim().is_empty())
            .unwrap_or_else(|| q.article.clone());
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }

    // Speaker: the most frequent entity id; the fullest name, first
    // report's on a tie.
    let mut entity_counts: Vec<(String, usize)> = Vec::new();
    for q in &qs {
        if let Some(e) = q.speaker.as_ref().and_then(|s| s.entity.clone()) {
            match entity_counts.iter_mut().find(|(x, _)| *x == e) {
                Some((_, c)) => *c += 1,
                None => entity_counts.push((e, 1)),
            }
        }
    }
    let speaker = entity_counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(e, _)| e.clone());
    let mut speaker_name: Option<String> = None;
    for q in &qs {
        let Some((name, _, _)) = who(q).name else {
            continue;
        };
        let longer = speaker_name
            .as_ref()
            .is_none_or(|s| name.split_whitespace().count() > s.split_whitespace().count());
        if longer {
            speaker_name = Some(name);
        }
    }

    QuoteGroup {
        id: String::new(),
        story: story.clone(),
        speaker,
        speaker_name,
        text: rep.map(|q| q.text.clone()).unwrap_or_default(),
        representative: rep.map(|q| q.id.clone()).unwrap_or_default(),
        quotes: qs.iter().map(|q| q.id.clone()).collect(),
        outlets,
        first: qs.first().map(|q| q.id.clone()).unwrap_or_default(),
        date: qs.iter().find_map(|q| q.date.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_and_join() {
        assert_eq!(
            words("Don’t touch 40,000 cafés — “now”."),
            vec!["dont", "touch", "40000", "cafes", "now"]
        );
    }

    #[test]
    fn fragments_are_read_from_quotation_marks() {
        let f = quoted_fragments("he said it was “too early to speak” and \"not now\"");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0], vec!["too", "early", "to", "speak"]);
    }

    fn term_sim(a: &str, b: &str) -> f64 {
        candidates(&Features::new(a), &Features::new(b))
            .iter()
            .map(|c| c.0)
            .fold(0.0, f64::max)
    }

    #[test]
    fn lexicon_links_synonyms_and_hypernyms() {
        assert_eq!(term_sim("tariffs", "duties"), 0.8);
        assert!(term_sim("agree", "accept") >= 0.6);
        assert_eq!(term_sim("came", "come"), 1.0);
        assert_eq!(term_sim("pulled back", "withdraw"), 0.8);
        assert_eq!(term_sim("inspector", "inspection"), 0.5);
        assert_eq!(term_sim("bridge", "tariff"), 0.0);
    }

    #[test]
    fn inflections_are_stripped_without_splitting_characters() {
        assert!(lemma_candidates("stopped").contains(&"stop".to_string()));
        assert_eq!(lemma_of("goes"), "go");
        assert_eq!(lemma_of("came"), "come");
        for text in [
            "\u{820}\u{820}ed \u{820}\u{820}ing",
            "жжing Ω’s 東京ed",
            "’’ \"\" “",
        ] {
            let _ = Features::new(text);
        }
    }

    #[test]
    fn dates_are_cut_to_the_day() {
        assert_eq!(
            day(Some("2026-03-13T19:20:00+01:00")).as_deref(),
            Some("2026-03-13")
        );
        assert_eq!(day(Some("13 March")), None);
    }
}
