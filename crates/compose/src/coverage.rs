//! The coverage matrix of a story: per outlet, which statements and figures
//! it carried and which it reported first. What an outlet left out is the
//! complement: the story's groups absent from its row.

use parallax_core::{Article, Coverage, Figure, FigureGroup, Quote, QuoteGroup, Story};
use std::collections::HashMap;

/// The outlet an article counts for: its outlet name, else its id.
pub fn outlet_of(a: &Article) -> String {
    a.outlet.clone().unwrap_or_else(|| a.id.clone())
}

/// One row per outlet of `story`, in order of the outlet's first article
/// in the story. Groups of other stories are ignored.
pub fn coverage(
    story: &Story,
    articles: &[Article],
    quotes: &[Quote],
    quote_groups: &[QuoteGroup],
    figures: &[Figure],
    figure_groups: &[FigureGroup],
) -> Vec<Coverage> {
    let by_id: HashMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let outlet_by_article: HashMap<&str, String> = story
        .articles
        .iter()
        .filter_map(|id| by_id.get(id.as_str()).map(|a| (id.as_str(), outlet_of(a))))
        .collect();
    let mut rows: Vec<Coverage> = Vec::new();
    for id in &story.articles {
        let Some(outlet) = outlet_by_article.get(id.as_str()) else {
            continue;
        };
        match rows.iter_mut().find(|r| &r.outlet == outlet) {
            Some(r) => r.articles.push(id.clone()),
            None => rows.push(Coverage {
                outlet: outlet.clone(),
                articles: vec![id.clone()],
                statements: vec![],
                figures: vec![],
                first: vec![],
            }),
        }
    }
    let quote_article: HashMap<&str, &str> = quotes
        .iter()
        .map(|q| (q.id.as_str(), q.article.as_str()))
        .collect();
    let figure_article: HashMap<&str, &str> = figures
        .iter()
        .map(|f| (f.id.as_str(), f.article.as_str()))
        .collect();
    // a copy carries what its original carries (copies are left out of
    // figure groups, so that republication does not count as agreement)
    let original: HashMap<&str, &str> = story
        .articles
        .iter()
        .filter_map(|id| {
            let a = by_id.get(id.as_str())?;
            Some((id.as_str(), a.duplicate_of.as_deref()?))
        })
        .collect();
    let carries = |row: &Coverage, article: &str| {
        row.articles
            .iter()
            .any(|a| a == article || original.get(a.as_str()) == Some(&article))
    };
    let mut mark = |group: &str, members: &[&str], first: Option<&str>, statement: bool| {
        for row in rows.iter_mut() {
            let carried = members.iter().any(|a| carries(row, a));
            if !carried {
                continue;
            }
            if statement {
                row.statements.push(group.to_string());
            } else {
                row.figures.push(group.to_string());
            }
            if first.is_some_and(|a| outlet_by_article.get(a).is_some_and(|o| *o == row.outlet)) {
                row.first.push(group.to_string());
            }
        }
    };
    for g in quote_groups
        .iter()
        .filter(|g| g.story.as_deref() == Some(story.id.as_str()))
    {
        let members: Vec<&str> = g
            .quotes
            .iter()
            .filter_map(|q| quote_article.get(q.as_str()).copied())
            .collect();
        let first = quote_article.get(g.first.as_str()).copied();
        mark(&g.id, &members, first, true);
    }
    for g in figure_groups
        .iter()
        .filter(|g| g.story.as_deref() == Some(story.id.as_str()))
    {
        let members: Vec<&str> = g
            .figures
            .iter()
            .filter_map(|f| figure_article.get(f.as_str()).copied())
            .collect();
        // the earliest-published article reporting the quantity was first
        let first = members.iter().copied().min_by_key(|a| {
            let date = by_id
                .get(a)
                .and_then(|x| x.published.as_ref())
                .map(|p| p.date.clone());
            (date.is_none(), date)
        });
        mark(&g.id, &members, first, false);
    }
    rows
}
