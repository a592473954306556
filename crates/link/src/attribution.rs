//! Who reports a figure and for which day.
//!
//! A figure inside a quotation — direct or reported — is the speaker's
//! ("the governor said 89 bodies had been recovered"): its `source` is the
//! speaker's entity name when the speaker is a person or organisation. Its `date` is the
//! day named in its sentence ("on Wednesday"), else the article's
//! publication day: a figure is what was known when it was written. A date
//! the extractor already set (an earlier value, `PAST_REF`) stays.

use parallax_core::date::leading_day;
use parallax_core::{Article, Entity, EntityType, Figure, Quote, TimeMention};
use std::collections::HashMap;

/// Fills `source` and `date` of `figures` where they can be known.
pub fn attribute_figures(
    figures: &mut [Figure],
    quotes: &[Quote],
    times: &[TimeMention],
    articles: &[Article],
    entities: &[Entity],
) {
    let by_id: HashMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    // only speakers that are an actor: "officials" or a misread phrase is
    // no source worth naming
    let entity_names: HashMap<&str, &str> = entities
        .iter()
        .filter(|e| matches!(e.entity_type, EntityType::Person | EntityType::Organisation))
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let mut quotes_of: HashMap<&str, Vec<&Quote>> = HashMap::new();
    for q in quotes {
        quotes_of.entry(q.article.as_str()).or_default().push(q);
    }
    let mut times_of: HashMap<&str, Vec<&TimeMention>> = HashMap::new();
    for t in times {
        times_of.entry(t.article.as_str()).or_default().push(t);
    }
    for f in figures.iter_mut() {
        let (start, end) = (f.evidence.start, f.evidence.end);
        if f.source.is_none() {
            f.source = quotes_of
                .get(f.article.as_str())
                .into_iter()
                .flatten()
                .filter(|q| q.evidence.start <= start && end <= q.evidence.end)
                .find_map(|q| {
                    let e = q.speaker.as_ref()?.entity.as_deref()?;
                    entity_names.get(e).map(|n| n.to_string())
                });
        }
        if f.date.is_some() {
            continue;
        }
        let Some(article) = by_id.get(f.article.as_str()) else {
            continue;
        };
        let sentence = article
            .sentences
            .iter()
            .find(|s| s.start <= start && end <= s.end);
        let named = sentence.and_then(|s| {
            times_of
                .get(f.article.as_str())
                .into_iter()
                .flatten()
                .filter(|t| t.kind == "DATE" || t.kind == "TIME")
                .filter(|t| s.start <= t.evidence.start && t.evidence.end <= s.end)
                .find_map(|t| leading_day(&t.value))
                .map(|d| d.to_string())
        });
        f.date = named.or_else(|| {
            article
                .published
                .as_ref()
                .and_then(|p| leading_day(&p.date))
                .map(|d| d.to_string())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{Evidence, MetaSource, Published, QuoteKind, Span, Speaker};

    fn ev(start: usize, end: usize) -> Evidence {
        Evidence {
            article: "a".into(),
            start,
            end,
        }
    }

    #[test]
    fn quoted_figures_are_the_speakers_and_dates_come_from_the_sentence_or_the_article() {
        let text = "The mayor said 40 homes were flooded on Monday. Another 12 roads are closed.";
        let find = |s: &str| text.find(s).unwrap_or(0);
        let article = Article {
            id: "a".into(),
            source: "a.txt".into(),
            url: None,
            outlet: None,
            title: None,
            title_source: None,
            published: Some(Published {
                date: "2030-05-08T10:00:00Z".into(),
                source: MetaSource::Given,
                raw: "8 May".into(),
            }),
            byline: None,
            language: None,
            text: text.into(),
            paragraphs: vec![],
            sentences: vec![
                Span {
                    start: 0,
                    end: find(" Another"),
                },
                Span {
                    start: find("Another"),
                    end: text.len(),
                },
            ],
            removed: vec![],
            duplicate_of: None,
            published_estimate: None,
            agency: None,
            warnings: vec![],
        };
        let figure = |s: &str| Figure {
            id: s.into(),
            article: "a".into(),
            text: s.into(),
            value: 1.0,
            max: None,
            unit: None,
            counts: None,
            hedge: None,
            source: None,
            date: None,
            evidence: ev(find(s), find(s) + s.len()),
        };
        let mut figures = vec![figure("40"), figure("12")];
        let quote = Quote {
            id: "q".into(),
            article: "a".into(),
            kind: QuoteKind::Indirect,
            text: "40 homes were flooded on Monday".into(),
            evidence: ev(find("40"), find(".")),
            speaker: Some(Speaker {
                text: "The mayor".into(),
                evidence: ev(0, 9),
                entity: Some("e1".into()),
                name: None,
            }),
            cue: None,
            date: None,
        };
        let mayor = Entity {
            id: "e1".into(),
            name: "Iva Rennick".into(),
            entity_type: parallax_core::EntityType::Person,
            aliases: vec![],
            titles: vec![],
            mentions: vec![],
        };
        let monday = TimeMention {
            article: "a".into(),
            text: "on Monday".into(),
            kind: "DATE".into(),
            value: "2030-05-06".into(),
            evidence: ev(find("on Monday"), find("on Monday") + 9),
            quant: None,
            freq: None,
        };
        attribute_figures(&mut figures, &[quote], &[monday], &[article], &[mayor]);
        assert_eq!(figures[0].source.as_deref(), Some("Iva Rennick"));
        assert_eq!(figures[0].date.as_deref(), Some("2030-05-06"));
        assert_eq!(figures[1].source, None);
        assert_eq!(figures[1].date.as_deref(), Some("2030-05-08"));
    }
}
