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

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{Evidence, FigureAgreement, Published, QuoteKind};

    fn article(id: &str, outlet: &str, date: &str, copy_of: Option<&str>) -> Article {
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            url: None,
            outlet: Some(outlet.into()),
            title: None,
            title_source: None,
            published: Some(Published {
                date: date.into(),
                source: parallax_core::MetaSource::Given,
                raw: date.into(),
            }),
            byline: None,
            language: None,
            text: "Text.".into(),
            paragraphs: vec![],
            sentences: vec![],
            removed: vec![],
            duplicate_of: copy_of.map(str::to_string),
            agency: None,
            published_estimate: None,
            warnings: vec![],
        }
    }

    fn ev(article: &str) -> Evidence {
        Evidence {
            article: article.into(),
            start: 0,
            end: 4,
        }
    }

    #[test]
    fn rows_per_outlet_copies_carry_their_originals_facts_and_first_reports_are_marked() {
        let articles = vec![
            article("w1", "Wire Daily", "2030-05-01", None),
            article("c1", "Copy Courier", "2030-05-01", Some("w1")),
            article("l1", "Late Ledger", "2030-05-03", None),
        ];
        let story = Story {
            id: "s1".into(),
            title: "t".into(),
            articles: vec!["w1".into(), "c1".into(), "l1".into()],
            summary: vec![],
            timeline: vec![],
            coverage: vec![],
        };
        let quote = |id: &str, article: &str| Quote {
            id: id.into(),
            article: article.into(),
            kind: QuoteKind::Direct,
            text: "We will rebuild.".into(),
            evidence: ev(article),
            speaker: None,
            cue: None,
            date: None,
        };
        let quotes = vec![quote("q1", "w1"), quote("q2", "l1"), quote("q3", "l1")];
        let groups = vec![
            QuoteGroup {
                id: "qg1".into(),
                story: Some("s1".into()),
                speaker: None,
                speaker_name: None,
                text: "We will rebuild.".into(),
                representative: "q1".into(),
                quotes: vec!["q1".into(), "q2".into()],
                outlets: vec![],
                first: "q1".into(),
                date: None,
            },
            QuoteGroup {
                id: "qg2".into(),
                story: Some("s1".into()),
                speaker: None,
                speaker_name: None,
                text: "Only here.".into(),
                representative: "q3".into(),
                quotes: vec!["q3".into()],
                outlets: vec![],
                first: "q3".into(),
                date: None,
            },
        ];
        let figure = |id: &str, article: &str| Figure {
            id: id.into(),
            article: article.into(),
            text: "41".into(),
            value: 41.0,
            max: None,
            unit: None,
            counts: Some("killed".into()),
            hedge: None,
            source: None,
            date: None,
            evidence: ev(article),
        };
        let figures = vec![figure("f1", "w1"), figure("f2", "l1")];
        let figure_groups = vec![FigureGroup {
            id: "g1".into(),
            story: Some("s1".into()),
            counts: "killed".into(),
            unit: None,
            figures: vec!["f2".into(), "f1".into()],
            agreement: FigureAgreement::Agree,
        }];
        let rows = coverage(
            &story,
            &articles,
            &quotes,
            &groups,
            &figures,
            &figure_groups,
        );
        let outlets: Vec<&str> = rows.iter().map(|r| r.outlet.as_str()).collect();
        assert_eq!(outlets, vec!["Wire Daily", "Copy Courier", "Late Ledger"]);
        assert_eq!(rows[0].statements, vec!["qg1"]);
        assert_eq!(rows[0].first, vec!["qg1", "g1"]);
        // the copy carries what its original carries, first nothing
        assert_eq!(rows[1].statements, vec!["qg1"]);
        assert_eq!(rows[1].figures, vec!["g1"]);
        assert!(rows[1].first.is_empty());
        assert_eq!(rows[2].statements, vec!["qg1", "qg2"]);
        assert_eq!(rows[2].first, vec!["qg2"]);
    }
}
