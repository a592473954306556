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
        // The head of the speaker phrase (its last word before an
        // apposition) is who speaks: in "The top Russian diplomat" the
        // mention "Russian" is a modifier, not the speaker.
        // ("The leader of the front, Ahmad Massoud": the head is "leader",
        // before the prepositional phrase, and the name in apposition after
        // the comma is who speaks)
        let phrase = speaker.text.split(',').next().unwrap_or(&speaker.text);
        let core = [" of ", " for ", " at ", " in ", " from ", " with "]
            .iter()
            .filter_map(|p| phrase.find(p))
            .min()
            .map_or(phrase, |i| &phrase[..i]);
        let head = core.split_whitespace().next_back().unwrap_or("");
        let description = head.chars().next().is_some_and(char::is_lowercase);
        // (the speaker text is the evidence's text; if it ever is not,
        // the whole span stands in for the head)
        let exact = speaker.evidence.end - speaker.evidence.start == speaker.text.len();
        let (head_start, head_end) = if exact {
            let end = speaker.evidence.start + core.trim_end().len();
            (end - head.len(), end)
        } else {
            (speaker.evidence.start, speaker.evidence.end)
        };
        let apposition = (exact && description && phrase.len() < speaker.text.len())
            .then(|| {
                let from = speaker.evidence.start + phrase.len();
                best_overlap(in_article, entities, from, speaker.evidence.end)
                    .filter(|&e| entities[e].entity_type == EntityType::Person)
            })
            .flatten();
        let overlapping =
            apposition.or_else(|| best_overlap(in_article, entities, head_start, head_end));
        let modifier_name = description
            && speaker.name.as_deref().is_some_and(|n| {
                n.split_whitespace()
                    .all(|w| phrase.split_whitespace().any(|p| p == w))
            });
        if modifier_name {
            // the name the extractor gave is a word of the description
            speaker.name = None;
        }
        let linked = overlapping
            .or_else(|| {
                speaker
                    .name
                    .as_deref()
                    .and_then(|n| by_name(n, in_article, entities))
            })
            .or_else(|| {
                description
                    .then(|| by_title(phrase, in_article, entities))
                    .flatten()
            });
        if let (Some(e), true) = (linked, speaker.name.is_none()) {
            speaker.name = Some(entities[e].name.clone());
        }
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

/// The one person of the article whose title the description repeats:
/// "the Russian foreign minister" → the person titled "Russian Foreign
/// Minister". The title's last word (the role) must be the description's
/// head, and every other word of the title must be in the description.
fn by_title(
    description: &str,
    in_article: &[(usize, usize, usize)],
    entities: &[Entity],
) -> Option<usize> {
    let words: Vec<String> = description.split_whitespace().map(fold).collect();
    let head = words.last()?;
    let mut present: Vec<usize> = in_article.iter().map(|&(_, _, e)| e).collect();
    present.sort_unstable();
    present.dedup();
    let matching: Vec<usize> = present
        .into_iter()
        .filter(|&e| entities[e].entity_type == EntityType::Person)
        .filter(|&e| {
            entities[e].titles.iter().any(|t| {
                let title: Vec<String> = t.split_whitespace().map(fold).collect();
                title.last() == Some(head) && title.iter().all(|w| words.contains(w))
            })
        })
        .collect();
    match matching.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
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
    fn a_description_links_by_its_head_and_title_not_by_a_modifier() {
        let text =
            "Kestrian Foreign Minister Maren Olsvik spoke. The Kestrian foreign minister said so.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let mut olsvik = entity(
            "e1",
            "Maren Olsvik",
            EntityType::Person,
            &[("a", at("Maren"), at(" spoke"))],
        );
        olsvik.titles = vec!["Kestrian Foreign Minister".into()];
        let kestria = entity(
            "e2",
            "Kestria",
            EntityType::Location,
            &[("a", at("Kestrian foreign"), at(" foreign"))],
        );
        let start = at("The Kestrian");
        let mut q = quote("a", (start, at(" said")), Some("Kestrian"));
        if let Some(s) = q.speaker.as_mut() {
            s.text = text[start..at(" said")].to_string();
        }
        let mut quotes = vec![q];
        link_speakers(&mut quotes, &[olsvik, kestria]);
        let s = quotes[0].speaker.as_ref().expect("speaker");
        assert_eq!(s.entity.as_deref(), Some("e1"));
        assert_eq!(s.name.as_deref(), Some("Maren Olsvik"));
    }

    #[test]
    fn a_description_with_a_name_in_apposition_is_that_person() {
        let text = "The leader of the Orvik Harbour Union, Tilde Maass";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let union = entity(
            "e1",
            "Orvik Harbour Union",
            EntityType::Organisation,
            &[("a", at("Orvik"), at(","))],
        );
        let maass = entity(
            "e2",
            "Tilde Maass",
            EntityType::Person,
            &[("a", at("Tilde"), text.len())],
        );
        let mut q = quote("a", (0, text.len()), Some("Tilde Maass"));
        if let Some(s) = q.speaker.as_mut() {
            s.text = text.to_string();
        }
        let mut quotes = vec![q];
        link_speakers(&mut quotes, &[union, maass]);
        let s = quotes[0].speaker.as_ref().expect("speaker");
        assert_eq!(s.entity.as_deref(), Some("e2"));
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
        let mut named = quote("a", (20, 40), Some("Maren Olsvik"));
        if let Some(s) = named.speaker.as_mut() {
            s.text = "Kestria Maren Olsvik".into();
        }
        let mut quotes = vec![
            // "Kestria Maren Olsvik": the person, not the country
            named,
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
