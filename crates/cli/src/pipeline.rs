//! The pipeline a run goes through: clean → analyse → compose.

use indicatif::{ProgressBar, ProgressStyle};
use parallax_core::{Dossier, InputError, RawDocument};
use rayon::prelude::*;

/// Runs read documents through the pipeline. Articles keep the input order
/// whatever the thread count.
/// `warnings` are notes from reading (a guessed encoding, say): each is
/// attached to the articles read from its source.
pub fn analyze(
    documents: Vec<RawDocument>,
    errors: Vec<InputError>,
    warnings: &[InputError],
    progress: bool,
) -> Dossier {
    let ids = parallax_compose::article_ids(
        documents
            .iter()
            .map(|d| (d.id.as_deref(), d.source.as_str())),
    );
    let bar = progress_bar(documents.len() as u64, progress);
    let articles: Vec<_> = documents
        .into_par_iter()
        .zip(ids)
        .map(|(doc, id)| {
            let source = doc.source.clone();
            let mut article = parallax_clean::clean(doc, id);
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
    let mut dossier = parallax_compose::assemble(articles, errors);
    dossier.entities = parallax_entities::resolve(&found);
    dossier
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
