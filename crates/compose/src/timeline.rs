//! A story's timeline: the dated events its articles report, merged across
//! articles, ordered and cited.
//!
//! An event is a sentence that carries a time expression resolved to a day
//! or a month (TIMEX3 `YYYY-MM-DD` or `YYYY-MM`). Sentences of different
//! articles with the same date and overlapping content words report the
//! same event: they merge, the earliest report's sentence gives the text and
//! every report is kept as evidence. A sentence makes one event, dated by
//! its first such expression; headings and sentences that are all
//! quotation make none. Relative expressions count only when
//! the time stage resolved them against a known publication date, so an
//! undated article adds no guessed dates.

use parallax_core::{Article, Entity, Evidence, ParagraphKind, Story, TimeMention, TimelineEvent};
use std::collections::{BTreeSet, HashMap};

/// Content-word overlap (of the smaller sentence) above which two
/// sentences with the same date report one event. Wire copies and close
/// rewrites share most words; different events on one day share few.
const SAME_EVENT_OVERLAP: f64 = 0.5;

struct Candidate<'a> {
    date: String,
    article: usize,
    start: usize,
    end: usize,
    words: BTreeSet<String>,
    text: &'a str,
}

/// The timeline of `story`. `articles` are all articles of the dossier
/// (those of the story are picked by id), `times` all time mentions.
pub fn timeline(
    story: &Story,
    articles: &[Article],
    times: &[TimeMention],
    entities: &[Entity],
) -> Vec<TimelineEvent> {
    let by_id: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let members: Vec<usize> = story
        .articles
        .iter()
        .filter_map(|id| by_id.get(id.as_str()).copied())
        .collect();
    // first report first: publication date (unknown last), then story order
    let mut report_order: Vec<usize> = members.clone();
    report_order.sort_by_key(|&i| {
        let date = articles[i].published.as_ref().map(|p| p.date.clone());
        (date.is_none(), date)
    });
    let rank: HashMap<usize, usize> = report_order
        .iter()
        .enumerate()
        .map(|(r, &i)| (i, r))
        .collect();

    let mut candidates: Vec<Candidate> = Vec::new();
    for &i in &report_order {
        let a = &articles[i];
        for t in times.iter().filter(|t| t.article == a.id) {
            let Some(date) = event_date(t) else { continue };
            let Some(s) = a
                .sentences
                .iter()
                .find(|s| s.start <= t.evidence.start && t.evidence.end <= s.end)
            else {
                continue;
            };
            let Some(text) = a.text.get(s.start..s.end) else {
                continue;
            };
            // one event per sentence, dated by its first date; a heading
            // or a sentence that is all quotation reports no event itself
            if candidates
                .iter()
                .any(|c| c.article == i && c.start == s.start)
                || in_heading(a, s.start)
                || is_quotation(text)
            {
                continue;
            }
            candidates.push(Candidate {
                date,
                article: i,
                start: s.start,
                end: s.end,
                words: content_words(text),
                text,
            });
        }
    }

    // mentions of the story's articles: article id → (start, end, entity)
    let mut mentions_in: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (e, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            if by_id.contains_key(m.article.as_str()) {
                mentions_in
                    .entry(m.article.as_str())
                    .or_default()
                    .push((m.start, m.end, e));
            }
        }
    }

    // merge: each candidate joins the first earlier event with its date and
    // enough shared content words
    let mut events: Vec<Vec<usize>> = Vec::new();
    for (c, cand) in candidates.iter().enumerate() {
        let joined = events.iter_mut().find(|ev| {
            let head = &candidates[ev[0]];
            head.date == cand.date && overlap(&head.words, &cand.words) >= SAME_EVENT_OVERLAP
        });
        match joined {
            Some(ev) => ev.push(c),
            None => events.push(vec![c]),
        }
    }

    let mut out: Vec<(String, usize, TimelineEvent)> = events
        .into_iter()
        .map(|ev| {
            let head = &candidates[ev[0]];
            let evidence: Vec<Evidence> = ev
                .iter()
                .map(|&c| Evidence {
                    article: articles[candidates[c].article].id.clone(),
                    start: candidates[c].start,
                    end: candidates[c].end,
                })
                .collect();
            // entities named inside the event's sentences, in entity order
            let mut named: Vec<usize> = evidence
                .iter()
                .flat_map(|ev| {
                    mentions_in
                        .get(ev.article.as_str())
                        .into_iter()
                        .flatten()
                        .filter(|&&(s, t, _)| ev.start <= s && t <= ev.end)
                        .map(|&(_, _, e)| e)
                })
                .collect();
            named.sort_unstable();
            named.dedup();
            let actors: Vec<String> = named.iter().map(|&e| entities[e].id.clone()).collect();
            let first_rank = rank.get(&head.article).copied().unwrap_or(usize::MAX);
            (
                head.date.clone(),
                first_rank,
                TimelineEvent {
                    date: head.date.clone(),
                    text: head.text.trim().to_string(),
                    actors,
                    evidence,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| {
        (a.0.as_str(), a.1, a.2.evidence[0].start).cmp(&(b.0.as_str(), b.1, b.2.evidence[0].start))
    });
    out.into_iter().map(|(_, _, e)| e).collect()
}

fn in_heading(a: &Article, at: usize) -> bool {
    a.paragraphs
        .iter()
        .any(|p| p.kind == ParagraphKind::Heading && p.start <= at && at < p.end)
}

/// Whether the sentence opens with a quotation mark: someone's words, not
/// the report of an event.
fn is_quotation(text: &str) -> bool {
    text.trim_start().starts_with([
        '"', '\u{201c}', '\u{201e}', '\u{ab}', '\u{bb}', '\'', '\u{2018}',
    ])
}

/// The day or month a DATE expression names, when it names one.
fn event_date(t: &TimeMention) -> Option<String> {
    if t.kind != "DATE" {
        return None;
    }
    let v = t.value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| v.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let month = v.len() >= 7 && digits(0..4) && v[4] == b'-' && digits(5..7);
    if !month {
        return None;
    }
    if v.len() >= 10 && v[7] == b'-' && digits(8..10) {
        return Some(t.value[..10].to_string());
    }
    (v.len() == 7).then(|| t.value.clone())
}

/// Lower-cased words of four letters or more: enough to tell events apart
/// without a stopword list.
fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{EntityType, Published, Span};

    fn article(id: &str, date: Option<&str>, text: &str) -> Article {
        let mut sentences = Vec::new();
        let mut start = 0;
        for part in text.split_inclusive(". ") {
            sentences.push(Span {
                start,
                end: start + part.trim_end().len(),
            });
            start += part.len();
        }
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            url: None,
            outlet: None,
            title: None,
            title_source: None,
            published: date.map(|d| Published {
                date: d.into(),
                source: parallax_core::MetaSource::Given,
                raw: d.into(),
            }),
            byline: None,
            language: None,
            text: text.into(),
            paragraphs: vec![],
            sentences,
            removed: vec![],
            duplicate_of: None,
            published_estimate: None,
            agency: None,
            warnings: vec![],
        }
    }

    fn time(a: &Article, phrase: &str, value: &str) -> TimeMention {
        let start = a.text.find(phrase).expect("phrase in text");
        TimeMention {
            article: a.id.clone(),
            text: phrase.into(),
            kind: "DATE".into(),
            value: value.into(),
            evidence: Evidence {
                article: a.id.clone(),
                start,
                end: start + phrase.len(),
            },
            quant: None,
            freq: None,
        }
    }

    #[test]
    fn events_merge_across_outlets_order_by_date_and_cite_every_report() {
        let a = article(
            "later",
            Some("2030-05-04"),
            "The bridge over the Velka reopened on Saturday. Engineers first closed the bridge over the Velka on 1 May after cracks appeared.",
        );
        let b = article(
            "early",
            Some("2030-05-02"),
            "Engineers closed the bridge over the Velka on Friday after cracks appeared in a pillar. Mayor Iva Rennick visited the site.",
        );
        let times = vec![
            time(&a, "on Saturday", "2030-05-04"),
            time(&a, "on 1 May", "2030-05-01"),
            time(&b, "on Friday", "2030-05-01"),
            // a duration is no event date
            TimeMention {
                kind: "DURATION".into(),
                value: "P2D".into(),
                ..time(&b, "Mayor", "P2D")
            },
        ];
        let rennick = Entity {
            id: "e1".into(),
            name: "Iva Rennick".into(),
            entity_type: EntityType::Person,
            aliases: vec![],
            titles: vec![],
            mentions: vec![Evidence {
                article: "early".into(),
                start: b.text.find("Iva").unwrap_or(0),
                end: b.text.find(" visited").unwrap_or(0),
            }],
        };
        let story = Story {
            id: "s1".into(),
            title: "Bridge".into(),
            articles: vec!["later".into(), "early".into()],
            summary: vec![],
            timeline: vec![],
            coverage: vec![],
        };
        let events = timeline(&story, &[a.clone(), b.clone()], &times, &[rennick]);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].date, "2030-05-01");
        // the earliest report gives the wording; both reports are cited
        assert!(events[0].text.starts_with("Engineers closed the bridge"));
        assert_eq!(events[0].evidence.len(), 2);
        assert_eq!(events[0].evidence[0].article, "early");
        assert_eq!(events[1].date, "2030-05-04");
        for e in &events {
            for ev in &e.evidence {
                let art = if ev.article == "early" { &b } else { &a };
                assert!(art.text[ev.start..ev.end].contains(' '));
            }
        }
        // the mayor is named in the second sentence, not in the event's
        assert!(events[0].actors.is_empty());
    }

    #[test]
    fn quotations_and_second_dates_add_no_events() {
        let a = article(
            "q",
            Some("2030-05-04"),
            "\u{201c}We worked all night on Friday,\u{201d} a diver said. Crews left on Friday and returned on Saturday.",
        );
        let times = vec![
            time(&a, "on Friday,", "2030-05-03"),
            time(&a, "on Friday and", "2030-05-03"),
            time(&a, "on Saturday", "2030-05-04"),
        ];
        let story = Story {
            id: "s".into(),
            title: "t".into(),
            articles: vec!["q".into()],
            summary: vec![],
            timeline: vec![],
            coverage: vec![],
        };
        let events = timeline(&story, &[a], &times, &[]);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].date, "2030-05-03");
        assert!(events[0].text.starts_with("Crews left"));
    }

    #[test]
    fn only_day_and_month_values_make_events() {
        let a = article("x", None, "It happened.");
        let mut t = time(&a, "It", "2030-05-01T10:00");
        assert_eq!(event_date(&t).as_deref(), Some("2030-05-01"));
        t.value = "2030-05".into();
        assert_eq!(event_date(&t).as_deref(), Some("2030-05"));
        for v in ["XXXX-XX-XX", "2030", "2030-W18", "PAST_REF", "2030-SU"] {
            t.value = v.into();
            assert_eq!(event_date(&t), None, "{v}");
        }
    }
}
