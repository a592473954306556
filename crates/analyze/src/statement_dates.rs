//! When a statement was made: the day named next to its attribution.
//!
//! "Voronel said on Friday that …" dates the statement to that Friday (as
//! resolved by the time stage against the publication date). Only a day
//! named in the quote's sentence and outside the quoted words counts: a
//! date inside the quote is what the speaker talks about, not when they
//! spoke. A statement without one stays undated rather than taking the
//! publication date, which is often a day or more later.

use parallax_core::date::leading_day;
use parallax_core::{Article, Quote, TimeMention};
use std::collections::HashMap;

/// Sets `date` on quotes whose attribution sentence names the day.
pub fn date_statements(quotes: &mut [Quote], articles: &[Article], times: &[TimeMention]) {
    let by_id: HashMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut times_of: HashMap<&str, Vec<&TimeMention>> = HashMap::new();
    for t in times {
        times_of.entry(t.article.as_str()).or_default().push(t);
    }
    for q in quotes.iter_mut() {
        let (Some(article), Some(times)) = (
            by_id.get(q.article.as_str()),
            times_of.get(q.article.as_str()),
        ) else {
            continue;
        };
        // the sentence of the cue (else of the quote's start)
        let at = q
            .cue
            .as_ref()
            .map(|c| c.evidence.start)
            .unwrap_or(q.evidence.start);
        let Some(sentence) = article
            .sentences
            .iter()
            .find(|s| s.start <= at && at < s.end.max(s.start + 1))
        else {
            continue;
        };
        let quoted = q.evidence.start..q.evidence.end;
        // nobody is reported to have said something after the report
        let published = article
            .published
            .as_ref()
            .and_then(|p| leading_day(&p.date));
        q.date = times
            .iter()
            .filter(|t| t.kind == "DATE" || t.kind == "TIME")
            .filter(|t| sentence.start <= t.evidence.start && t.evidence.end <= sentence.end)
            .filter(|t| !(quoted.start < t.evidence.end && t.evidence.start < quoted.end))
            .find_map(|t| leading_day(&t.value))
            .filter(|d| published.is_none_or(|p| *d <= p))
            .map(|d| d.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{Evidence, MetaSource, QuoteKind, Span, Spanned};

    fn ev(start: usize, end: usize) -> Evidence {
        Evidence {
            article: "a".into(),
            start,
            end,
        }
    }

    #[test]
    fn the_day_beside_the_cue_dates_the_statement_not_a_day_inside_the_quote() {
        let text = "Mayor Iva Rennick said on Friday that the bridge would reopen on Monday. \
                    \u{201c}We lost a week,\u{201d} she added.";
        let find = |s: &str| text.find(s).expect("in text");
        let article = Article {
            id: "a".into(),
            source: "a.txt".into(),
            url: None,
            outlet: None,
            title: None,
            title_source: None,
            published: Some(parallax_core::Published {
                date: "2030-05-04".into(),
                source: MetaSource::Given,
                raw: "2030-05-04".into(),
            }),
            byline: None,
            language: None,
            text: text.into(),
            paragraphs: vec![],
            sentences: vec![
                Span {
                    start: 0,
                    end: find(" \u{201c}"),
                },
                Span {
                    start: find("\u{201c}"),
                    end: text.len(),
                },
            ],
            removed: vec![],
            duplicate_of: None,
            published_estimate: None,
            agency: None,
            warnings: vec![],
        };
        let time = |s: &str, v: &str| TimeMention {
            article: "a".into(),
            text: s.into(),
            kind: "DATE".into(),
            value: v.into(),
            evidence: ev(find(s), find(s) + s.len()),
            quant: None,
            freq: None,
        };
        let times = vec![
            time("on Friday", "2030-05-03"),
            time("on Monday", "2030-05-06"),
        ];
        let quote = |start: usize, end: usize, cue: &str| Quote {
            id: format!("q{start}"),
            article: "a".into(),
            kind: QuoteKind::Indirect,
            text: text[start..end].into(),
            evidence: ev(start, end),
            speaker: None,
            cue: Some(Spanned {
                text: cue.into(),
                evidence: ev(find(cue), find(cue) + cue.len()),
            }),
            date: None,
        };
        let mut quotes = vec![
            // "that the bridge would reopen on Monday": the Monday is inside
            quote(find("the bridge"), find(". "), "said"),
            quote(find("We lost"), find("\u{201d}"), "added"),
        ];
        date_statements(&mut quotes, &[article], &times);
        assert_eq!(quotes[0].date.as_deref(), Some("2030-05-03"));
        assert_eq!(quotes[1].date, None);
    }
}
