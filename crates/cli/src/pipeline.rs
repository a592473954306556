//! The pipeline a run goes through: clean → analyse → compose.

use indicatif::{ProgressBar, ProgressStyle};
use parallax_core::{Article, Dossier, InputError, RawDocument, Story};
use rayon::prelude::*;

/// Runs read documents through the pipeline. Articles keep the input order
/// whatever the thread count.
/// `warnings` are notes from reading (a guessed encoding, say): each is
/// attached to the articles read from its source.
/// With `state`, stories continue those of earlier runs (see
/// [`crate::state`]); without, every run starts afresh.
pub fn analyze(
    documents: Vec<RawDocument>,
    errors: Vec<InputError>,
    warnings: &[InputError],
    progress: bool,
    state: Option<&mut crate::state::StoryState>,
) -> Dossier {
    let ids = parallax_compose::article_ids(
        documents
            .iter()
            .map(|d| (d.id.as_deref(), d.source.as_str())),
    );
    // HTML pages are read once, here: their text and outlet feed the
    // outlet memory, and the cleaner takes them as read
    let pages: Vec<Option<parallax_clean::ExtractedPage>> = documents
        .par_iter()
        .map(|d| match &d.body {
            parallax_core::Body::Html(markup) => Some(parallax_clean::ExtractedPage::read(markup)),
            parallax_core::Body::Text(_) => None,
        })
        .collect();
    let memory = outlet_memory(&documents, &pages);
    let bar = progress_bar(documents.len() as u64, progress);
    let articles: Vec<_> = documents
        .into_par_iter()
        .zip(pages)
        .zip(ids)
        .map(|((doc, page), id)| {
            let source = doc.source.clone();
            let mut article = match page {
                Some(page) => parallax_clean::clean_page(doc, page, id, &memory),
                None => parallax_clean::clean_with_memory(doc, id, &memory),
            };
            for w in warnings.iter().filter(|w| from_source(&source, &w.source)) {
                article.warnings.insert(0, w.message.clone());
            }
            article.sentences = parallax_analyze::split_sentences(&article.text);
            bar.inc(1);
            article
        })
        .collect();
    bar.finish_and_clear();
    let found: Vec<(String, Vec<parallax_entities::Found>)> = articles
        .par_iter()
        .map(|a| {
            let names = parallax_entities::find_in_article(&a.text).unwrap_or_else(|e| {
                tracing::warn!("{}: entities not read: {e}", a.source);
                Vec::new()
            });
            (a.id.clone(), names)
        })
        .collect();
    let mut articles = articles;
    mark_copies(&mut articles);
    for a in &mut articles {
        a.agency = parallax_link::syndication::agency(a);
    }
    // a copy of wire copy is wire copy, even with a local intro above the
    // dateline
    let agencies: std::collections::HashMap<String, String> = articles
        .iter()
        .filter_map(|a| Some((a.id.clone(), a.agency.clone()?)))
        .collect();
    for a in &mut articles {
        if a.agency.is_none() {
            a.agency = a
                .duplicate_of
                .as_ref()
                .and_then(|o| agencies.get(o).cloned());
        }
    }
    // per article: quotes, figures, time expressions
    let analysed: Vec<PerArticle> = articles
        .par_iter()
        .map(|a| {
            let (estimate, times) = time_mentions(a);
            PerArticle {
                quotes: parallax_analyze::quotes::extract_quotes(&a.id, &a.text, &a.sentences),
                figures: parallax_analyze::figures::extract_figures(&a.id, &a.text, &a.sentences),
                estimate,
                times,
            }
        })
        .collect();
    let stories = stories(&articles, &found, state);
    let (mut quotes, mut figures, mut times) = (Vec::new(), Vec::new(), Vec::new());
    for (a, per) in articles.iter_mut().zip(analysed) {
        a.published_estimate = per.estimate;
        quotes.extend(per.quotes);
        figures.extend(per.figures);
        times.extend(per.times);
    }
    estimate_from_stories(&mut articles, &stories);
    parallax_analyze::statement_dates::date_statements(&mut quotes, &articles, &times);
    let entities = parallax_entities::resolve(&found);
    parallax_entities::link_speakers(&mut quotes, &entities);
    parallax_link::attribution::attribute_figures(
        &mut figures,
        &quotes,
        &times,
        &articles,
        &entities,
    );
    let figure_groups = figure_groups(&articles, &stories, &figures);
    let mut quote_groups = group_statements(
        &quotes,
        &parallax_link::statements::contexts(&articles, &stories),
    );
    // a group whose speaker is an actor goes by the actor's name ("Freya
    // Lindahl", not the "Student Freya Lindahl" of one article)
    let names: std::collections::HashMap<&str, &str> = entities
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    for g in &mut quote_groups {
        if let Some(name) = g.speaker.as_deref().and_then(|e| names.get(e)) {
            g.speaker_name = Some(name.to_string());
        }
    }
    let mut dossier = parallax_compose::assemble(articles, errors);
    dossier.entities = entities;
    dossier.quotes = quotes;
    dossier.quote_groups = quote_groups;
    dossier.figures = figures;
    dossier.figure_groups = figure_groups;
    dossier.times = times;
    dossier.stories = stories;
    parallax_compose::compose_stories(&mut dossier);
    dossier
}

/// Statement groups: lexical evidence only.
#[cfg(not(feature = "embeddings"))]
fn group_statements(
    quotes: &[parallax_core::Quote],
    contexts: &[parallax_link::statements::StatementContext],
) -> Vec<parallax_core::QuoteGroup> {
    parallax_link::statements::group_statements(quotes, contexts)
}

/// Statement groups: with sentence embeddings when `PARALLAX_MINILM_DIR`
/// names the model (a model that fails to load is reported and the run
/// goes on with lexical evidence only).
#[cfg(feature = "embeddings")]
fn group_statements(
    quotes: &[parallax_core::Quote],
    contexts: &[parallax_link::statements::StatementContext],
) -> Vec<parallax_core::QuoteGroup> {
    use parallax_link::statements::{embed::MiniLm, StatementConfig};
    match MiniLm::from_env() {
        Some(Ok(model)) => parallax_link::statements::group_statements_embedded(
            quotes,
            contexts,
            &StatementConfig::default(),
            &model,
        ),
        Some(Err(e)) => {
            tracing::warn!("sentence embeddings not used: {e}");
            parallax_link::statements::group_statements(quotes, contexts)
        }
        None => parallax_link::statements::group_statements(quotes, contexts),
    }
}

/// The outlet memory of a batch: lines that repeat across an outlet's
/// documents are its template. Only outlets with enough documents in the
/// batch to tell a template (the given outlet name or URL, else for an HTML
/// page its own site name or canonical URL) are read into it, and of
/// near-duplicate documents only the first.
fn outlet_memory(
    documents: &[RawDocument],
    pages: &[Option<parallax_clean::ExtractedPage>],
) -> parallax_clean::OutletMemory {
    // (outlet key, the text the cleaner will read) per document
    let keyed: Vec<Option<(String, &str)>> = documents
        .iter()
        .zip(pages)
        .map(|(d, page)| match (page, &d.body) {
            (Some(p), _) => Some((
                p.outlet_key(d.outlet.as_deref(), d.url.as_deref())?,
                p.text(),
            )),
            (None, parallax_core::Body::Text(t)) => Some((
                parallax_clean::memory::outlet_key(d.outlet.as_deref(), d.url.as_deref())?,
                t.as_str(),
            )),
            (None, parallax_core::Body::Html(_)) => None,
        })
        .collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, _) in keyed.iter().flatten() {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let enough = parallax_clean::memory::MIN_OTHER_DOCUMENTS + 1;
    let eligible: Vec<&(String, &str)> = keyed
        .iter()
        .flatten()
        .filter(|(k, _)| counts.get(k.as_str()).is_some_and(|&n| n >= enough))
        .collect();
    // Versions of one article (updates of a developing story, a wire story
    // run twice) share their paragraphs: that is text, not template. Only
    // the first of each set of near-duplicates is read into the memory.
    let texts: Vec<parallax_link::DedupDoc> = eligible
        .iter()
        .map(|(_, text)| parallax_link::DedupDoc {
            text,
            published: None,
        })
        .collect();
    let copies = parallax_link::find_duplicates(&texts);
    let mut memory = parallax_clean::OutletMemory::new();
    for ((key, text), copy_of) in eligible.into_iter().zip(copies) {
        if copy_of.is_none() {
            memory.add(key, text);
        }
    }
    memory
}

/// An article with neither a publication date nor a date in its text to
/// estimate one from was published, like the rest of its story, within
/// the story window around its dated articles: from a week before the
/// earliest to a week after the latest.
fn estimate_from_stories(articles: &mut [Article], stories: &[Story]) {
    const WINDOW_DAYS: i64 = 7;
    let index: std::collections::HashMap<String, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i))
        .collect();
    for story in stories {
        let members: Vec<usize> = story
            .articles
            .iter()
            .filter_map(|id| index.get(id).copied())
            .collect();
        let days: Vec<chrono::NaiveDate> = members
            .iter()
            .filter_map(|&i| articles[i].published.as_ref())
            .filter_map(|p| parallax_core::date::leading_day(&p.date))
            .collect();
        let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
            continue;
        };
        let range = parallax_core::DateRange {
            from: (*first - chrono::Duration::days(WINDOW_DAYS)).to_string(),
            to: (*last + chrono::Duration::days(WINDOW_DAYS)).to_string(),
        };
        for &i in &members {
            let a = &mut articles[i];
            if a.published.is_none() && a.published_estimate.is_none() {
                a.published_estimate = Some(range.clone());
            }
        }
    }
}

/// What the per-article analysis finds in one article.
struct PerArticle {
    quotes: Vec<parallax_core::Quote>,
    figures: Vec<parallax_core::Figure>,
    estimate: Option<parallax_core::DateRange>,
    times: Vec<parallax_core::TimeMention>,
}

/// Figures about the same quantity across a story's articles. Copies are
/// left out (a wire story republished five times is one report, not five
/// agreeing ones), and so are undated figures of undated articles.
fn figure_groups(
    articles: &[Article],
    stories: &[Story],
    figures: &[parallax_core::Figure],
) -> Vec<parallax_core::FigureGroup> {
    let story_of: std::collections::HashMap<&str, &str> = stories
        .iter()
        .flat_map(|s| s.articles.iter().map(move |a| (a.as_str(), s.id.as_str())))
        .collect();
    let by_id: std::collections::HashMap<&str, &Article> =
        articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let inputs: Vec<parallax_link::figures::FigureInput> = figures
        .iter()
        .filter_map(|f| {
            let a = by_id.get(f.article.as_str())?;
            // an undated figure of an undated article cannot tell a change
            // from a contradiction
            let undated = f.date.is_none() && a.published.is_none();
            if a.duplicate_of.is_some() || undated {
                return None;
            }
            Some(parallax_link::figures::FigureInput {
                figure: f,
                story: story_of.get(f.article.as_str()).copied(),
                published: a.published.as_ref().map(|p| p.date.as_str()),
                outlet: a.outlet.as_deref(),
            })
        })
        .collect();
    parallax_link::figures::group_figures(&inputs)
}

/// The article's time expressions, normalised against its publication
/// date; when that is unknown, the range it plausibly lies in, estimated
/// from the dates the text gives (relative expressions then stay
/// underspecified, `XXXX-XX-XX`).
fn time_mentions(
    a: &Article,
) -> (
    Option<parallax_core::DateRange>,
    Vec<parallax_core::TimeMention>,
) {
    let anchor = a
        .published
        .as_ref()
        .and_then(|p| parallax_core::date::leading_day(&p.date));
    let estimate = match anchor {
        Some(_) => None,
        None => {
            parallax_time::estimate_anchor(&a.text).map(|(from, to)| parallax_core::DateRange {
                from: from.to_string(),
                to: to.to_string(),
            })
        }
    };
    let mentions = parallax_time::find_times(&a.text, anchor)
        .into_iter()
        .map(|t| parallax_core::TimeMention {
            article: a.id.clone(),
            text: t.text,
            kind: t.kind.as_str().to_string(),
            value: t.value,
            evidence: parallax_core::Evidence {
                article: a.id.clone(),
                start: t.start,
                end: t.end,
            },
            quant: t.quant,
            freq: t.freq,
        })
        .collect();
    (estimate, mentions)
}

fn published_seconds(a: &Article) -> Option<i64> {
    a.published
        .as_ref()
        .and_then(|p| parallax_link::parse_date(&p.date))
}

/// Marks copies: `duplicate_of` names the earliest copy.
fn mark_copies(articles: &mut [Article]) {
    let docs: Vec<parallax_link::DedupDoc> = articles
        .iter()
        .map(|a| parallax_link::DedupDoc {
            text: &a.text,
            published: published_seconds(a),
        })
        .collect();
    let originals = parallax_link::find_duplicates(&docs);
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    for (a, original) in articles.iter_mut().zip(originals) {
        a.duplicate_of = original.map(|j| ids[j].clone());
    }
}

/// Groups articles into stories: originals are clustered in publication
/// order (then input order); a copy joins its original's story. With a
/// state, articles it already holds keep their story and new ones are
/// added to it.
fn stories(
    articles: &[Article],
    found: &[(String, Vec<parallax_entities::Found>)],
    state: Option<&mut crate::state::StoryState>,
) -> Vec<Story> {
    let mut order: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].duplicate_of.is_none())
        .collect();
    order.sort_by_key(|&i| {
        (
            published_seconds(&articles[i]).is_none(),
            published_seconds(&articles[i]),
            i,
        )
    });
    let mut fresh = parallax_link::StoryClusterer::default();
    let mut no_memory = std::collections::HashMap::new();
    let (clusterer, known) = match state {
        Some(s) => (&mut s.clusterer, &mut s.known),
        None => (&mut fresh, &mut no_memory),
    };
    // document index of each original: remembered, or added now
    let mut doc_of = vec![None; articles.len()];
    let mut added: Vec<usize> = Vec::new();
    for &i in &order {
        match known.get(&crate::state::article_key(&articles[i])) {
            Some(&d) => doc_of[i] = Some(d),
            None => added.push(i),
        }
    }
    let docs: Vec<parallax_link::ClusterDoc> = added
        .iter()
        .map(|&i| {
            let a = &articles[i];
            let mut entities: Vec<String> = found[i]
                .1
                .iter()
                .map(|f| f.surface.to_lowercase())
                .collect();
            entities.sort();
            entities.dedup();
            parallax_link::ClusterDoc {
                title: a.title.clone(),
                text: a.text.clone(),
                published: published_seconds(a),
                entities,
            }
        })
        .collect();
    let base = clusterer.len();
    clusterer.add_batch(&docs);
    for (k, &i) in added.iter().enumerate() {
        doc_of[i] = Some(base + k);
        known.insert(crate::state::article_key(&articles[i]), base + k);
    }
    let index_of: std::collections::HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut story_of: Vec<Option<u64>> = doc_of
        .iter()
        .map(|d| d.and_then(|d| clusterer.story_of(d)))
        .collect();
    for (i, a) in articles.iter().enumerate() {
        if let Some(orig) = a.duplicate_of.as_deref().and_then(|d| index_of.get(d)) {
            story_of[i] = story_of[*orig];
        }
    }
    let titles: std::collections::HashMap<u64, Option<String>> = clusterer
        .stories()
        .into_iter()
        .map(|s| (s.id, s.title))
        .collect();
    let mut stories: Vec<Story> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let Some(sid) = story_of[i] else { continue };
        let id = format!("s{sid}");
        match stories.iter_mut().find(|s| s.id == id) {
            Some(s) => s.articles.push(a.id.clone()),
            None => stories.push(Story {
                id,
                title: titles
                    .get(&sid)
                    .cloned()
                    .flatten()
                    .or_else(|| a.title.clone())
                    .unwrap_or_default(),
                articles: vec![a.id.clone()],
                summary: Vec::new(),
                timeline: Vec::new(),
                coverage: Vec::new(),
            }),
        }
    }
    stories
}

/// Whether a document source (`path` or `path#N`) came from `input`.
fn from_source(source: &str, input: &str) -> bool {
    source == input
        || source
            .strip_prefix(input)
            .is_some_and(|rest| rest.starts_with('#'))
}

fn progress_bar(len: u64, enabled: bool) -> ProgressBar {
    // Small runs finish before a bar is worth drawing.
    if !enabled || len < 200 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {pos}/{len} articles [{elapsed_precise}] {bar:30} {per_sec}",
    ) {
        bar.set_style(style);
    }
    bar
}
