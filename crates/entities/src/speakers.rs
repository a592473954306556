//! Links quote speakers to the entities of the dossier.
//!
//! A speaker phrase is linked to the entity with a mention overlapping it
//! in the same article ("Yevgeny Strelnik said"); otherwise — a pronoun or
//! a description resolved by the quote extractor to a name — to the entity
//! of that article whose name or alias is that name, or whose person name
//! is compatible with it ("Strelnik" → "Yevgeny Strelnik"), or whose full
//! name ends it ("Teacher Roza Lund" → "Roza Lund"); a name an earlier
//! speaker of the article was linked under links the same way. An ambiguous
//! name (two compatible people in the article) links to nothing: a wrong
//! link would misattribute a statement, which is worse than none.
//!
//! A definite description headed by a role noun that repeats no title
//! ("the top Kestrian diplomat" after "Foreign Minister Maren Olsvik
//! said") is an anaphor: it links to the nearest person quoted before it
//! in the article, when every capitalised word of the description is a
//! word of that person's titles or name and no other person of the article
//! holds a title with the description's role noun.

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
    // Descriptions left for the anaphor pass: (quote index, phrase).
    let mut anaphors: Vec<(usize, String)> = Vec::new();
    // (article, folded name the extractor gave) → entity, from speakers
    // already linked: a pronoun resolved to that name is the same actor
    // even when the name carries a word the entity's does not
    // ("Grandmother Vesna Holt, 71, said … she added").
    let mut resolved: HashMap<(String, String), usize> = HashMap::new();
    for (qi, quote) in quotes.iter_mut().enumerate() {
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
        // A phrase that ends in a person's name is that person, whatever
        // its head ("deputy head of the department Igor Morgulov").
        let ends_in_person = exact
            .then(|| {
                let end = speaker.evidence.start + phrase.trim_end().len();
                best_overlap(in_article, entities, end.saturating_sub(1), end)
                    .filter(|&e| entities[e].entity_type == EntityType::Person)
            })
            .flatten();
        let overlapping = apposition
            .or_else(|| best_overlap(in_article, entities, head_start, head_end))
            .or(ends_in_person);
        let modifier_name = description
            && speaker.name.as_deref().is_some_and(|n| {
                n.split_whitespace()
                    .all(|w| phrase.split_whitespace().any(|p| p == w))
            });
        if modifier_name {
            // the name the extractor gave is a word of the description
            speaker.name = None;
        }
        let given = speaker
            .name
            .as_deref()
            .map(|n| (quote.article.clone(), fold(n)));
        let linked = overlapping
            .or_else(|| given.as_ref().and_then(|k| resolved.get(k).copied()))
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
        // "he" and "she" are people: a name they were resolved to that
        // names a place or a body was a wrong antecedent
        let personal = matches!(speaker.text.trim().to_lowercase().as_str(), "he" | "she");
        let linked = match linked {
            Some(e) if personal && entities[e].entity_type != EntityType::Person => {
                speaker.name = None;
                None
            }
            other => other,
        };
        if let (Some(e), Some(k)) = (linked, given) {
            resolved.entry(k).or_insert(e);
        }
        if let Some(e) = linked {
            // the name is the entity's when the extractor's has extra words
            // before it ("Teacher Roza Imanova-Lund" → "Roza Imanova-Lund")
            let extra_words = speaker.name.as_deref().is_some_and(|n| {
                let (n, own) = (fold(n), fold(&entities[e].name));
                entities[e].entity_type == EntityType::Person
                    && n.len() > own.len()
                    && n.ends_with(&format!(" {own}"))
            });
            if speaker.name.is_none() || extra_words {
                speaker.name = Some(entities[e].name.clone());
            }
        }
        speaker.entity = linked.map(|e| entities[e].id.clone());
        if linked.is_none() && description {
            anaphors.push((qi, phrase.to_string()));
        }
    }
    resolve_anaphors(quotes, entities, &mentions, &anaphors);
}

/// Links the descriptions `anaphors` (quote index, speaker phrase) to the
/// person quoted last before them in their article (see the module
/// documentation for the conditions).
fn resolve_anaphors(
    quotes: &mut [Quote],
    entities: &[Entity],
    mentions: &HashMap<&str, Vec<(usize, usize, usize)>>,
    anaphors: &[(usize, String)],
) {
    if anaphors.is_empty() {
        return;
    }
    let index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    // Person speakers already linked, per article: (start, entity index).
    let mut quoted: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for q in quotes.iter() {
        let Some(sp) = &q.speaker else { continue };
        let Some(&e) = sp.entity.as_deref().and_then(|id| index.get(id)) else {
            continue;
        };
        if entities[e].entity_type == EntityType::Person {
            quoted
                .entry(q.article.clone())
                .or_default()
                .push((sp.evidence.start, e));
        }
    }
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (qi, phrase) in anaphors {
        let Some(sp) = quotes.get(*qi).and_then(|q| q.speaker.as_ref()) else {
            continue;
        };
        let article = quotes[*qi].article.as_str();
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let Some(head) = words.last().map(|w| w.to_lowercase()) else {
            continue;
        };
        if !definite || words.len() < 2 || !crate::roles::is_role_word(&head) {
            continue;
        }
        let Some(&(_, e)) = quoted
            .get(article)
            .into_iter()
            .flatten()
            .filter(|&&(start, _)| start < sp.evidence.start)
            .max_by_key(|&&(start, _)| start)
        else {
            continue;
        };
        // Every capitalised modifier ("Kestrian") is a word of the
        // person's titles or name.
        let known: Vec<String> = entities[e]
            .titles
            .iter()
            .chain(std::iter::once(&entities[e].name))
            .flat_map(|t| t.split_whitespace().map(fold))
            .collect();
        let modifiers_fit = words[1..]
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .all(|w| known.contains(&fold(w)));
        // Another person of the article titled by the role noun is a
        // rival antecedent: leave it unlinked.
        let rival = mentions
            .get(article)
            .into_iter()
            .flatten()
            .map(|&(_, _, x)| x)
            .filter(|&x| x != e && entities[x].entity_type == EntityType::Person)
            .any(|x| {
                entities[x]
                    .titles
                    .iter()
                    .any(|t| t.split_whitespace().any(|w| fold(w) == fold(&head)))
            });
        if modifiers_fit && !rival {
            links.push((*qi, e));
        }
    }
    for (qi, e) in links {
        if let Some(sp) = quotes.get_mut(qi).and_then(|q| q.speaker.as_mut()) {
            sp.entity = Some(entities[e].id.clone());
            sp.name = Some(entities[e].name.clone());
        }
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
    // A name of two words or more that ends the given one: a capitalised
    // word before a full name ("Teacher Roza Imanova-Lund") is not part of
    // it.
    let ending: Vec<usize> = present
        .iter()
        .copied()
        .filter(|&e| entities[e].entity_type == EntityType::Person)
        .filter(|&e| {
            let own = fold(&entities[e].name);
            own.contains(' ') && folded.ends_with(&format!(" {own}"))
        })
        .collect();
    if let [one] = ending.as_slice() {
        return Some(*one);
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
    fn a_role_description_refers_back_to_the_person_quoted_before() {
        let text = "Kestrian Foreign Minister Maren Olsvik said it. Later the top Kestrian \
                    diplomat said more. Then the top Orvish diplomat said no.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let mut olsvik = entity(
            "e1",
            "Maren Olsvik",
            EntityType::Person,
            &[("a", at("Maren"), at(" said it"))],
        );
        olsvik.titles = vec!["Kestrian Foreign Minister".into()];
        let speaker = |from: &str, to: &str| {
            let (s, t) = (at(from), at(to));
            let mut q = quote("a", (s, t), None);
            if let Some(sp) = q.speaker.as_mut() {
                sp.text = text[s..t].to_string();
            }
            q
        };
        let mut quotes = vec![
            speaker("Kestrian Foreign", " said it"),
            speaker("the top Kestrian", " said more"),
            // a modifier the person does not carry: someone else
            speaker("the top Orvish", " said no"),
        ];
        link_speakers(&mut quotes, &[olsvik.clone()]);
        let linked: Vec<Option<&str>> = quotes
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| s.entity.as_deref()))
            .collect();
        assert_eq!(linked, vec![Some("e1"), Some("e1"), None]);
        assert_eq!(
            quotes[1].speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("Maren Olsvik")
        );

        // another diplomat in the article: no guess
        let mut rival = entity("e2", "Ivo Brask", EntityType::Person, &[("a", 0, 1)]);
        rival.titles = vec!["Senior Diplomat".into()];
        let mut quotes = vec![
            speaker("Kestrian Foreign", " said it"),
            speaker("the top Kestrian", " said more"),
        ];
        link_speakers(&mut quotes, &[olsvik, rival]);
        assert_eq!(
            quotes[1].speaker.as_ref().and_then(|s| s.entity.as_deref()),
            None
        );
    }

    #[test]
    fn a_pronoun_resolved_to_a_longer_name_follows_its_first_link() {
        let text = "Grandmother Vesna Holt, 71, said she ran. Later she said more.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let holt = entity(
            "e1",
            "Vesna Holt",
            EntityType::Person,
            &[("a", at("Vesna"), at(", 71"))],
        );
        let first = quote("a", (0, at(", 71")), Some("Grandmother Vesna Holt"));
        let later = quote(
            "a",
            (at("she said"), at("she said") + 3),
            Some("Grandmother Vesna Holt"),
        );
        let elsewhere = quote("b", (0, 3), Some("Grandmother Vesna Holt"));
        let mut quotes = vec![first, later, elsewhere];
        link_speakers(&mut quotes, std::slice::from_ref(&holt));
        let got: Vec<(Option<&str>, Option<&str>)> = quotes
            .iter()
            .map(|q| {
                let s = q.speaker.as_ref();
                (
                    s.and_then(|s| s.entity.as_deref()),
                    s.and_then(|s| s.name.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("e1"), Some("Vesna Holt")),
                (Some("e1"), Some("Vesna Holt")),
                // another article: no mention of her there
                (None, Some("Grandmother Vesna Holt")),
            ]
        );

        // a pronoun resolved to the longer name with no linked speaker
        // before it: the one person whose full name ends it
        let mut holt_b = holt;
        holt_b.mentions[0].article = "b".into();
        let mut quotes = vec![quote("b", (50, 53), Some("Grandmother Vesna Holt"))];
        link_speakers(&mut quotes, &[holt_b]);
        let s = quotes[0].speaker.as_ref().expect("speaker");
        assert_eq!(s.entity.as_deref(), Some("e1"));
        assert_eq!(s.name.as_deref(), Some("Vesna Holt"));
    }

    #[test]
    fn a_phrase_ending_in_a_name_is_that_person() {
        let text = "deputy head of the department Ivo Marsk said";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let marsk = entity(
            "e1",
            "Ivo Marsk",
            EntityType::Person,
            &[("a", at("Ivo"), at(" said"))],
        );
        let mut q = quote(
            "a",
            (0, at(" said")),
            Some("deputy head of the department Ivo Marsk"),
        );
        if let Some(s) = q.speaker.as_mut() {
            s.text = text[..at(" said")].to_string();
        }
        let mut quotes = vec![q];
        link_speakers(&mut quotes, &[marsk]);
        let s = quotes[0].speaker.as_ref().expect("speaker");
        assert_eq!(s.entity.as_deref(), Some("e1"));
        assert_eq!(s.name.as_deref(), Some("Ivo Marsk"));
    }

    #[test]
    fn he_or_she_never_links_to_a_place() {
        let skerry = entity("e1", "Hessel Skerry", EntityType::Location, &[("a", 0, 13)]);
        let mut q = quote("a", (40, 42), Some("Hessel Skerry"));
        if let Some(s) = q.speaker.as_mut() {
            s.text = "he".into();
        }
        let mut quotes = vec![q];
        link_speakers(&mut quotes, &[skerry]);
        let s = quotes[0].speaker.as_ref().expect("speaker");
        assert_eq!((s.entity.as_deref(), s.name.as_deref()), (None, None));
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
