//! Links quote speakers to the entities of the dossier.
//!
//! A speaker phrase is linked to the entity with a mention overlapping it
//! in the same article ("Yevgeny Strelnik said"); otherwise — a pronoun or
//! a description resolved by the quote extractor to a name — to the entity
//! of that article whose name or alias is that name, or whose person name
//! is compatible with it ("Strelnik" → "Yevgeny Strelnik"). An ambiguous
//! name (two compatible people in the article) links to nothing: a wrong
//! link would misattribute a statement, which is worse than none.

use crate::names::{fold, PersonName};
use parallax_core::{Entity, EntityType, Quote};
use std::collections::HashMap;

/// Sets `speaker.entity` on every quote whose speaker can be linked.
pub fn link_speakers(quotes: &mut [Quote], entities: &[Entity]) {
    // article id → (start, end, entity index), and → entity indices
    let mut mentions: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (e, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            mentions
                .entry(m.article.as_str())
                .or_default()
                .push((m.start, m.end, e));
        }
    }
    for quote in quotes.iter_mut() {
        let Some(speaker) = quote.speaker.as_mut() else {
            continue;
        };
        let Some(in_article) = mentions.get(quote.article.as_str()) else {
            continue;
        };
        let (s, t) = (speaker.evidence.start, speaker.evidence.end);
        let overlapping = best_overlap(in_article, entities, s, t);
        let linked = overlapping.or_else(|| {
            speaker
                .name
                .as_deref()
                .and_then(|n| by_name(n, in_article, entities))
        });
        speaker.entity = linked.map(|e| entities[e].id.clone());
    }
}

/// The entity whose mention overlaps `start..end` most, people and
/// organisations before places (in "Russian Foreign Minister Sergei Lavrov"
/// the speaker is the person, not Russia).
fn best_overlap(
    in_article: &[(usize, usize, usize)],
    entities: &[Entity],
    start: usize,
    end: usize,
) -> Option<usize> {
    in_article
        .iter()
        .filter(|&&(s, t, _)| s < end && start < t)
        .max_by_key(|&&(s, t, e)| {
            let speaks = matches!(
                entities[e].entity_type,
                EntityType::Person | EntityType::Organisation
            );
            (speaks, t.min(end) - s.max(start), std::cmp::Reverse(s))
        })
        .map(|&(_, _, e)| e)
}

/// The one entity mentioned in the article that `name` names.
fn by_name(name: &str, in_article: &[(usize, usize, usize)], entities: &[Entity]) -> Option<usize> {
    let folded = fold(name);
    let mut present: Vec<usize> = in_article.iter().map(|&(_, _, e)| e).collect();
    present.sort_unstable();
    present.dedup();
    let exact: Vec<usize> = present
        .iter()
        .copied()
        .filter(|&e| {
            let entity = &entities[e];
            fold(&entity.name) == folded || entity.aliases.iter().any(|a| fold(a) == folded)
        })
        .collect();
    if let [one] = exact.as_slice() {
        return Some(*one);
    }
    if !exact.is_empty() {
        return None;
    }
    let wanted = PersonName::parse(name)?;
    let compatible: Vec<usize> = present
        .into_iter()
        .filter(|&e| entities[e].entity_type == EntityType::Person)
        .filter(|&e| PersonName::parse(&entities[e].name).is_some_and(|p| p.compatible(&wanted)))
        .collect();
    match compatible.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{Evidence, QuoteKind, Speaker};

    fn entity(id: &str, name: &str, kind: EntityType, mentions: &[(&str, usize, usize)]) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            entity_type: kind,
            aliases: vec![name.into()],
            titles: vec![],
            mentions: mentions
                .iter()
                .map(|&(a, s, t)| Evidence {
                    article: a.into(),
                    start: s,
                    end: t,
                })
                .collect(),
        }
    }

    fn quote(article: &str, span: (usize, usize), name: Option<&str>) -> Quote {
        Quote {
            id: format!("{article}-q"),
            article: article.into(),
            kind: QuoteKind::Direct,
            text: "We will rebuild.".into(),
            evidence: Evidence {
                article: article.into(),
                start: 0,
                end: 5,
            },
            speaker: Some(Speaker {
                text: "x".into(),
                evidence: Evidence {
                    article: article.into(),
                    start: span.0,
                    end: span.1,
                },
                entity: None,
                name: name.map(str::to_string),
            }),
            cue: None,
            date: None,
        }
    }

    #[test]
    fn speakers_link_by_mention_then_by_name_and_never_ambiguously() {
        let entities = vec![
            entity("e1", "Kestria", EntityType::Location, &[("a", 20, 27)]),
            entity(
                "e2",
                "Maren Olsvik",
                EntityType::Person,
                &[("a", 28, 40), ("b", 0, 12)],
            ),
            entity("e3", "Tomas Olsvik", EntityType::Person, &[("b", 50, 62)]),
        ];
        let mut quotes = vec![
            // "Kestrian minister Maren Olsvik": the person, not the country
            quote("a", (20, 40), Some("Maren Olsvik")),
            // a pronoun resolved to a surname: unique in article a
            quote("a", (90, 92), Some("Olsvik")),
            // the same surname is ambiguous in article b
            quote("b", (90, 92), Some("Olsvik")),
            // an unknown speaker stays unlinked
            quote("a", (95, 100), Some("Ines Garrow")),
        ];
        link_speakers(&mut quotes, &entities);
        let linked: Vec<Option<&str>> = quotes
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| s.entity.as_deref()))
            .collect();
        assert_eq!(linked, vec![Some("e2"), Some("e2"), None, None]);
    }
}
