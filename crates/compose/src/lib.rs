//! The compose stage: assembles the dossier from analysed articles and
//! renders it for people.
//!
//! [`assemble`] gives every article a unique id and fills a
//! [`parallax_core::Dossier`]; [`markdown::render`] writes the Markdown form:
//! per article its title, outlet, date, size, and what was removed and why.
//! Stories, actors, who-said-what and figures join the dossier as their
//! stages land.

pub mod coverage;
pub mod html;
pub mod markdown;
pub mod rouge;
pub mod summary;
pub mod summary_eval;
pub mod timeline;

use parallax_core::{Article, Dossier, InputError};
use std::collections::HashSet;

/// Builds the dossier of a run.
pub fn assemble(articles: Vec<Article>, errors: Vec<InputError>) -> Dossier {
    let mut dossier = Dossier::new(env!("CARGO_PKG_VERSION"));
    dossier.articles = articles;
    dossier.errors = errors;
    dossier
}

/// Words in a story's brief: a paragraph an editor reads at a glance.
pub const BRIEF_WORDS: usize = 100;

/// Fills each story's brief, timeline and coverage matrix from the
/// dossier's articles, time mentions, entities and statement and figure
/// groups.
pub fn compose_stories(dossier: &mut Dossier) {
    let mut stories = std::mem::take(&mut dossier.stories);
    let by_id: std::collections::HashMap<&str, &Article> = dossier
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    for story in &mut stories {
        let members: Vec<&Article> = story
            .articles
            .iter()
            .filter_map(|id| by_id.get(id.as_str()).copied())
            .collect();
        story.summary = summary::summarize(&members, BRIEF_WORDS);
        story.timeline =
            timeline::timeline(story, &dossier.articles, &dossier.times, &dossier.entities);
        story.coverage = coverage::coverage(
            story,
            &dossier.articles,
            &dossier.quotes,
            &dossier.quote_groups,
            &dossier.figures,
            &dossier.figure_groups,
        );
    }
    dossier.stories = stories;
}

/// Ids for a batch of documents: the id given with the input, else one
/// derived from the source (the file name without extension, plus the record
/// number for multi-record files); repeats get a `-2`, `-3`… suffix so every
/// id is unique in the dossier.
pub fn article_ids<'a>(items: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) -> Vec<String> {
    let mut used = HashSet::new();
    let mut ids = Vec::new();
    for (index, (given, source)) in items.into_iter().enumerate() {
        let base = given
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty())
            .unwrap_or_else(|| id_from_source(source, index));
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }
    ids
}

fn id_from_source(source: &str, index: usize) -> String {
    let (path, record) = match source.rsplit_once('#') {
        Some((p, r)) if r.chars().all(|c| c.is_ascii_digit()) && !r.is_empty() => (p, Some(r)),
        _ => (source, None),
    };
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = match name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => name,
    };
    let stem = if stem.is_empty() || stem == "-" {
        format!("stdin-{}", index + 1)
    } else {
        stem.to_string()
    };
    match record {
        Some(r) => format!("{stem}-{r}"),
        None => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_input_or_source_and_are_unique() {
        let ids = article_ids(vec![
            (None, "corpus/a/harbour_post.txt"),
            (None, "feeds/day1.jsonl#3"),
            (Some("wire-17"), "feeds/day1.jsonl#4"),
            (None, "other/harbour_post.txt"),
            (None, "-"),
            (Some("  "), "x/.hidden"),
        ]);
        assert_eq!(
            ids,
            vec![
                "harbour_post",
                "day1-3",
                "wire-17",
                "harbour_post-2",
                "stdin-5",
                ".hidden"
            ]
        );
    }
}
