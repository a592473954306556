//! The Markdown dossier: what an editor reads.

use parallax_core::{
    Article, Dossier, EntityType, Figure, FigureAgreement, FigureGroup, MetaSource, ParagraphKind,
    Quote, QuoteGroup, QuoteKind, RemovedKind, Story,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Longest excerpt shown for a removed piece or a lead.
const EXCERPT_CHARS: usize = 110;

/// Most fact columns in a story's coverage table: wider tables stop being
/// readable; the row's `carried` count still counts every fact.
const COVERAGE_COLUMNS: usize = 12;

/// Statements listed per story at least (all those carried by several
/// outlets are listed whatever their number).
const STATEMENTS_SHOWN: usize = 12;

/// At most `max` characters of `text` on one line (a quote running over
/// paragraphs would otherwise break the list or table it stands in).
fn excerpt(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

/// Escapes text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn source_word(source: MetaSource) -> &'static str {
    match source {
        MetaSource::Given => "given",
        MetaSource::Text => "from the text",
        MetaSource::Url => "from the URL",
    }
}

/// Renders the dossier as Markdown.
pub fn render(dossier: &Dossier) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# parallax dossier\n");
    let removed_total: usize = dossier.articles.iter().map(|a| a.removed.len()).sum();
    let _ = writeln!(
        md,
        "{} article{}, {} piece{} of noise removed, {} input error{}.\n",
        dossier.articles.len(),
        plural(dossier.articles.len()),
        removed_total,
        plural(removed_total),
        dossier.errors.len(),
        plural(dossier.errors.len()),
    );
    let mut by_kind: BTreeMap<RemovedKind, usize> = BTreeMap::new();
    for r in dossier.articles.iter().flat_map(|a| &a.removed) {
        *by_kind.entry(r.kind).or_default() += 1;
    }
    if !by_kind.is_empty() {
        let parts: Vec<String> = by_kind
            .iter()
            .map(|(k, n)| format!("{} {n}", k.as_str()))
            .collect();
        let _ = writeln!(md, "Removed by kind: {}.\n", parts.join(", "));
    }
    if !dossier.errors.is_empty() {
        let _ = writeln!(md, "## Inputs that could not be read\n");
        for e in &dossier.errors {
            let _ = writeln!(md, "- `{}`: {}", e.source, e.message);
        }
        md.push('\n');
    }
    render_stories(&mut md, dossier);
    render_quotes(&mut md, dossier);
    render_actors(&mut md, dossier);
    let _ = writeln!(md, "## Articles\n");
    for article in &dossier.articles {
        render_article(&mut md, article);
    }
    md
}

/// Each story as an editor reads it: brief, articles and copies,
/// statements with the outlets carrying them, figures with agreement,
/// timeline and coverage.
fn render_stories(md: &mut String, dossier: &Dossier) {
    if dossier.stories.is_empty() {
        return;
    }
    let by_id: HashMap<&str, &Article> = dossier
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    for story in &dossier.stories {
        let _ = writeln!(md, "## Story: {}\n", story.title.trim());
        let originals: Vec<&str> = story
            .articles
            .iter()
            .map(String::as_str)
            .filter(|id| by_id.get(id).is_none_or(|a| a.duplicate_of.is_none()))
            .collect();
        let copies = story.articles.len() - originals.len();
        let outlets: BTreeSet<String> = story
            .articles
            .iter()
            .filter_map(|id| by_id.get(id.as_str()))
            .map(|a| crate::coverage::outlet_of(a))
            .collect();
        let _ = writeln!(
            md,
            "{} article{}, {} cop{}, {} outlet{}.\n",
            originals.len(),
            plural(originals.len()),
            copies,
            if copies == 1 { "y" } else { "ies" },
            outlets.len(),
            plural(outlets.len()),
        );
        render_brief(md, story, &by_id);
        let _ = writeln!(md, "### Articles\n");
        for id in originals {
            let Some(a) = by_id.get(id) else { continue };
            let _ = writeln!(md, "- {}", article_line(a));
            for copy in story
                .articles
                .iter()
                .filter_map(|c| by_id.get(c.as_str()))
                .filter(|c| c.duplicate_of.as_deref() == Some(id))
            {
                let _ = writeln!(md, "  - copy: {}", article_line(copy));
            }
        }
        md.push('\n');
        render_statements(md, dossier, story, &by_id);
        render_figures(md, dossier, story, &by_id);
        render_timeline(md, story, &by_id);
        render_coverage(md, dossier, story);
    }
}

/// "Outlet, date" naming the article a fact comes from; the article id
/// stands in for an unknown outlet.
fn cite(by_id: &HashMap<&str, &Article>, article: &str) -> String {
    match by_id.get(article) {
        Some(a) => {
            let source = match &a.outlet {
                Some(o) => o.clone(),
                None => format!("`{}`", a.id),
            };
            match a.published.as_ref() {
                Some(p) => format!("{source}, {}", p.date.get(..10).unwrap_or(&p.date)),
                None => source,
            }
        }
        None => format!("`{article}`"),
    }
}

/// [`cite`] plus the article id when the outlet named it.
fn cite_with_id(by_id: &HashMap<&str, &Article>, article: &str) -> String {
    let c = cite(by_id, article);
    if c.contains('`') {
        c
    } else {
        format!("{c} · `{article}`")
    }
}

fn render_brief(md: &mut String, story: &Story, by_id: &HashMap<&str, &Article>) {
    if story.summary.is_empty() {
        return;
    }
    let _ = writeln!(md, "### Brief\n");
    for s in &story.summary {
        let _ = writeln!(
            md,
            "- {} [{}]",
            s.text.trim(),
            cite_with_id(by_id, &s.evidence.article)
        );
    }
    md.push('\n');
}

/// Statements of the story: the fullest wording, who said it, the outlets
/// carrying it (first report first) and the other wordings.
fn render_statements(
    md: &mut String,
    dossier: &Dossier,
    story: &Story,
    by_id: &HashMap<&str, &Article>,
) {
    let mut groups: Vec<&QuoteGroup> = dossier
        .quote_groups
        .iter()
        .filter(|g| g.story.as_deref() == Some(story.id.as_str()))
        .collect();
    if groups.is_empty() {
        return;
    }
    // statements carried by several outlets first (the cross-source view),
    // then by speaker; order of first report within each
    let total = groups.len();
    groups.sort_by_key(|g| {
        (
            std::cmp::Reverse(g.outlets.len().min(2)),
            g.speaker_name.is_none(),
        )
    });
    let shown = groups
        .iter()
        .take_while(|g| g.outlets.len() > 1)
        .count()
        .max(STATEMENTS_SHOWN.min(total));
    groups.truncate(shown);
    let quotes: HashMap<&str, &Quote> = dossier.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    let _ = writeln!(md, "### Statements\n");
    for g in groups {
        let who = g.speaker_name.as_deref().unwrap_or("(speaker unknown)");
        let date = g
            .date
            .as_deref()
            .map(|d| format!(", said {d}"))
            .unwrap_or_default();
        let _ = writeln!(
            md,
            "- **{who}**: “{}” — {} ({}{date})",
            excerpt(g.text.trim(), 300),
            g.outlets.join(", "),
            g.id
        );
        // Other reports, one line per wording: copies that carry the
        // representative's words say so instead of repeating them.
        let rep_words = wording(&g.text);
        let mut lines: Vec<(String, Vec<String>, &Quote)> = Vec::new();
        for qid in g.quotes.iter().filter(|q| **q != g.representative) {
            let Some(q) = quotes.get(qid.as_str()) else {
                continue;
            };
            let key = wording(&q.text);
            match lines.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, cites, _)) => cites.push(cite(by_id, &q.article)),
                None => lines.push((key, vec![cite(by_id, &q.article)], q)),
            }
        }
        for (key, cites, q) in lines {
            let words = if key == rep_words {
                "the same wording".to_string()
            } else {
                format!("“{}”", excerpt(q.text.trim(), 200))
            };
            let _ = writeln!(
                md,
                "  - {}: {words} ({})",
                cites.join("; "),
                kind_word(q.kind)
            );
        }
    }
    if shown < total {
        let _ = writeln!(
            md,
            "- … and {} more statement{} carried by one outlet each (all in the JSON dossier)",
            total - shown,
            plural(total - shown)
        );
    }
    md.push('\n');
}

/// A wording compared as words: case, quotation marks, punctuation and
/// spacing set aside.
fn wording(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn kind_word(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
    }
}

/// Figures about one quantity, with the value each source gave and whether
/// they agree, changed over time or contradict each other.
fn render_figures(
    md: &mut String,
    dossier: &Dossier,
    story: &Story,
    by_id: &HashMap<&str, &Article>,
) {
    let groups: Vec<&FigureGroup> = dossier
        .figure_groups
        .iter()
        .filter(|g| g.story.as_deref() == Some(story.id.as_str()))
        .collect();
    if groups.is_empty() {
        return;
    }
    let figures: HashMap<&str, &Figure> =
        dossier.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    let _ = writeln!(md, "### Figures\n");
    let _ = writeln!(md, "| id | quantity | reports | agreement |");
    let _ = writeln!(md, "|---|---|---|---|");
    for g in groups {
        let reports: Vec<String> = g
            .figures
            .iter()
            .filter_map(|f| figures.get(f.as_str()))
            .map(|f| {
                let by = f
                    .source
                    .as_deref()
                    .map(|s| format!(" per {s}"))
                    .unwrap_or_default();
                // the day the value is for, when it is not the article's
                let published = by_id
                    .get(f.article.as_str())
                    .and_then(|a| a.published.as_ref())
                    .and_then(|p| p.date.get(..10));
                let when = match f.date.as_deref() {
                    Some("PAST_REF") => ", earlier value".to_string(),
                    Some(d) if Some(d) != published => format!(", for {d}"),
                    _ => String::new(),
                };
                format!("{} ({}{by}{when})", f.text.trim(), cite(by_id, &f.article))
            })
            .collect();
        let agreement = match g.agreement {
            FigureAgreement::Agree => "agree",
            FigureAgreement::Changed => "changed over time",
            FigureAgreement::Disagree => "**disagree**",
        };
        let what = match &g.unit {
            Some(u) => format!("{} ({u})", g.counts),
            None => g.counts.clone(),
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {agreement} |",
            g.id,
            cell(&what),
            cell(&reports.join("; "))
        );
    }
    md.push('\n');
}

fn render_timeline(md: &mut String, story: &Story, by_id: &HashMap<&str, &Article>) {
    if story.timeline.is_empty() {
        return;
    }
    let _ = writeln!(md, "### Timeline\n");
    for e in &story.timeline {
        let mut sources: Vec<String> = Vec::new();
        for ev in &e.evidence {
            let c = cite(by_id, &ev.article);
            if !sources.contains(&c) {
                sources.push(c);
            }
        }
        let _ = writeln!(
            md,
            "- **{}** {} [{}]",
            e.date,
            excerpt(e.text.trim(), 300),
            sources.join("; ")
        );
    }
    md.push('\n');
}

/// Outlet × fact: a column per statement and figure group carried by two or
/// more outlets (the most widely carried first, at most
/// [`COVERAGE_COLUMNS`]); ★ marks the first report, ✓ a later one, · a fact
/// the outlet left out. `carried` counts every fact of the story.
fn render_coverage(md: &mut String, dossier: &Dossier, story: &Story) {
    if story.coverage.len() < 2 {
        return;
    }
    let mut columns: Vec<(&str, usize)> = dossier
        .quote_groups
        .iter()
        .filter(|g| g.story.as_deref() == Some(story.id.as_str()))
        .map(|g| g.id.as_str())
        .chain(
            dossier
                .figure_groups
                .iter()
                .filter(|g| g.story.as_deref() == Some(story.id.as_str()))
                .map(|g| g.id.as_str()),
        )
        .map(|id| {
            let carried = story
                .coverage
                .iter()
                .filter(|r| r.statements.iter().chain(&r.figures).any(|x| x == id))
                .count();
            (id, carried)
        })
        .collect();
    let total = columns.len();
    // a column per fact carried by two or more outlets: a fact only one
    // outlet reported is in its row's count
    columns.retain(|(_, n)| *n > 1);
    if columns.is_empty() {
        return;
    }
    columns.sort_by_key(|(id, n)| (std::cmp::Reverse(*n), *id));
    columns.truncate(COVERAGE_COLUMNS);
    let _ = writeln!(md, "### Coverage\n");
    let _ = write!(md, "| outlet | carried |");
    for (id, _) in &columns {
        let _ = write!(md, " {id} |");
    }
    let _ = write!(md, "\n|---|---:|");
    for _ in &columns {
        md.push_str(":-:|");
    }
    md.push('\n');
    for row in &story.coverage {
        let carried = row.statements.len() + row.figures.len();
        let _ = write!(md, "| {} | {carried}/{total} |", cell(&row.outlet));
        for (id, _) in &columns {
            let mark = if row.first.iter().any(|x| x == id) {
                "★"
            } else if row.statements.iter().chain(&row.figures).any(|x| x == id) {
                "✓"
            } else {
                "·"
            };
            let _ = write!(md, " {mark} |");
        }
        md.push('\n');
    }
    md.push('\n');
}

/// "Title — outlet, date (`id`)" for lists of articles.
fn article_line(a: &Article) -> String {
    let title = a
        .title
        .clone()
        .unwrap_or_else(|| excerpt(a.text.split("\n\n").next().unwrap_or(""), 60));
    let outlet = a.outlet.as_deref().unwrap_or("outlet unknown");
    let date = a
        .published
        .as_ref()
        .map(|p| p.date.get(..10).unwrap_or(&p.date).to_string())
        .unwrap_or_else(|| unknown_date(a));
    let agency = a
        .agency
        .as_deref()
        .map(|g| format!(", {g} wire"))
        .unwrap_or_default();
    format!("{} — {outlet}, {date}{agency} (`{}`)", title.trim(), a.id)
}

/// Who said what: quotes grouped by speaker, each with its cue and article.
fn render_quotes(md: &mut String, dossier: &Dossier) {
    if dossier.quotes.is_empty() {
        return;
    }
    let by_id: HashMap<&str, &Article> = dossier
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let _ = writeln!(md, "## Who said what\n");
    let entity_names: HashMap<&str, &str> = dossier
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let mut speakers: Vec<(String, Vec<&parallax_core::Quote>)> = Vec::new();
    for q in &dossier.quotes {
        // one actor under one name, whatever the spelling of each article
        let who = q
            .speaker
            .as_ref()
            .map(|s| {
                s.entity
                    .as_deref()
                    .and_then(|e| entity_names.get(e))
                    .map(|n| n.to_string())
                    .or_else(|| s.name.clone())
                    .unwrap_or_else(|| s.text.clone())
            })
            .unwrap_or_else(|| "(speaker unknown)".to_string());
        match speakers.iter_mut().find(|(name, _)| *name == who) {
            Some((_, list)) => list.push(q),
            None => speakers.push((who, vec![q])),
        }
    }
    speakers.sort_by_key(|(name, list)| (std::cmp::Reverse(list.len()), name.clone()));
    for (who, quotes) in speakers {
        let _ = writeln!(
            md,
            "**{}** ({} statement{})\n",
            who,
            quotes.len(),
            plural(quotes.len())
        );
        for q in quotes {
            let kind = match q.kind {
                parallax_core::QuoteKind::Direct => "direct",
                parallax_core::QuoteKind::Indirect => "indirect",
                parallax_core::QuoteKind::Mixed => "mixed",
            };
            let cue = q
                .cue
                .as_ref()
                .map(|c| format!(", cue \"{}\"", c.text))
                .unwrap_or_default();
            let _ = writeln!(
                md,
                "- {} ({kind}{cue}; {})",
                excerpt(q.text.trim(), 240),
                cite_with_id(&by_id, &q.article)
            );
        }
        md.push('\n');
    }
}

/// The actors: people first, then organisations, places and groups, each
/// with its other names, titles and how many articles name it.
fn render_actors(md: &mut String, dossier: &Dossier) {
    if dossier.entities.is_empty() {
        return;
    }
    let _ = writeln!(md, "## Actors\n");
    let _ = writeln!(
        md,
        "| actor | type | also written | titles | mentions | articles |"
    );
    let _ = writeln!(md, "|---|---|---|---|---:|---:|");
    let mut entities: Vec<&parallax_core::Entity> = dossier.entities.iter().collect();
    let rank = |e: &parallax_core::Entity| match e.entity_type {
        EntityType::Person => 0,
        EntityType::Organisation => 1,
        EntityType::Location => 2,
        EntityType::Group => 3,
    };
    let article_count = |e: &parallax_core::Entity| {
        let mut ids: Vec<&str> = e.mentions.iter().map(|m| m.article.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    entities.sort_by_key(|e| (rank(e), std::cmp::Reverse(e.mentions.len()), e.name.clone()));
    for e in entities {
        let others: Vec<&str> = e
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| *a != e.name)
            .collect();
        let type_name = match e.entity_type {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Location => "location",
            EntityType::Group => "group",
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |",
            cell(&e.name),
            type_name,
            cell(&others.join(", ")),
            cell(&e.titles.join("; ")),
            e.mentions.len(),
            article_count(e)
        );
    }
    md.push('\n');
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "date unknown", with the range estimated from the text when there is one.
fn unknown_date(a: &Article) -> String {
    match &a.published_estimate {
        Some(r) => format!("date unknown (estimated {} to {})", r.from, r.to),
        None => "date unknown".to_string(),
    }
}

fn render_article(md: &mut String, a: &Article) {
    let title = match &a.title {
        Some(t) => t.clone(),
        None => format!(
            "(untitled) {}",
            excerpt(a.text.split("\n\n").next().unwrap_or(""), 70)
        ),
    };
    let _ = writeln!(md, "### {}\n", title.trim());
    let mut facts = vec![format!("id `{}`", a.id), format!("source `{}`", a.source)];
    facts.push(match &a.outlet {
        Some(o) => format!("outlet **{o}**"),
        None => "outlet unknown".to_string(),
    });
    facts.push(match &a.published {
        Some(p) => format!("published {} ({})", p.date, source_word(p.source)),
        None => unknown_date(a),
    });
    if let Some(b) = &a.byline {
        let mut who = b.authors.join(", ");
        if let Some(agency) = &b.agency {
            if !who.is_empty() {
                who.push_str(", ");
            }
            who.push_str(&format!("agency {agency}"));
        }
        if who.is_empty() {
            who = b.text.clone();
        }
        facts.push(format!("byline {who}"));
    }
    if let Some(l) = &a.language {
        facts.push(format!("language {l}"));
    }
    let headings = a
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Heading)
        .count();
    facts.push(format!(
        "{} words, {} paragraphs{}, {} sentences",
        a.word_count(),
        a.paragraphs.len(),
        if headings > 0 {
            format!(" ({headings} headings)")
        } else {
            String::new()
        },
        a.sentences.len()
    ));
    if let Some(d) = &a.duplicate_of {
        facts.push(format!("copy of `{d}`"));
    }
    if let Some(g) = &a.agency {
        facts.push(format!("agency {g}"));
    }
    let _ = writeln!(md, "{}\n", facts.join(" · "));
    if let Some(lead) = a
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Paragraph)
    {
        if let Some(text) = a.text.get(lead.start..lead.end) {
            let _ = writeln!(md, "> {}\n", excerpt(text, 280));
        }
    }
    for w in &a.warnings {
        let _ = writeln!(md, "- warning: {w}");
    }
    if !a.warnings.is_empty() {
        md.push('\n');
    }
    if a.removed.is_empty() {
        let _ = writeln!(md, "Nothing removed.\n");
        return;
    }
    let _ = writeln!(md, "Removed ({}):\n", a.removed.len());
    let _ = writeln!(md, "| line | kind | text | why |");
    let _ = writeln!(md, "|---:|---|---|---|");
    for r in &a.removed {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            r.line,
            r.kind.as_str(),
            cell(&excerpt(&r.text, EXCERPT_CHARS)),
            cell(&r.reason)
        );
    }
    md.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{Paragraph, Removed};

    #[test]
    fn stories_list_copies_under_their_original_and_quotes_group_by_speaker() {
        let mut dossier = Dossier::new("test");
        let mut a = article("a1", "Ferry runs aground");
        let mut b = article("a2", "Ferry aground off skerry");
        b.duplicate_of = Some("a1".into());
        a.outlet = Some("harbourpost.example".into());
        dossier.articles = vec![a, b];
        dossier.stories.push(parallax_core::Story {
            id: "s1".into(),
            title: "Ferry runs aground".into(),
            articles: vec!["a1".into(), "a2".into()],
            summary: vec![],
            timeline: vec![],
            coverage: vec![],
        });
        let ev = parallax_core::Evidence {
            article: "a1".into(),
            start: 0,
            end: 3,
        };
        let quote = |text: &str, who: &str| parallax_core::Quote {
            id: text.into(),
            article: "a1".into(),
            kind: parallax_core::QuoteKind::Direct,
            text: text.into(),
            evidence: ev.clone(),
            speaker: Some(parallax_core::Speaker {
                text: who.into(),
                evidence: ev.clone(),
                entity: None,
                name: Some(who.into()),
            }),
            cue: Some(parallax_core::Spanned {
                text: "said".into(),
                evidence: ev.clone(),
            }),
            date: None,
        };
        let mut spelled = quote("Help came fast.", "Anna Wik");
        if let Some(s) = spelled.speaker.as_mut() {
            s.entity = Some("e1".into());
        }
        dossier.entities.push(parallax_core::Entity {
            id: "e1".into(),
            name: "Ana Vik".into(),
            entity_type: EntityType::Person,
            aliases: vec!["Ana Vik".into(), "Anna Wik".into()],
            titles: vec![],
            mentions: vec![],
        });
        // another article's spelling of the same actor joins her statements
        dossier.quotes = vec![
            quote("We are safe.", "Ana Vik"),
            spelled,
            quote("No comment.", "Jo Holt"),
        ];
        let md = render(&dossier);
        assert!(
            md.contains("## Story: Ferry runs aground\n\n1 article, 1 copy, 2 outlets."),
            "{md}"
        );
        assert!(md.contains("- Ferry runs aground — harbourpost.example, date unknown (`a1`)\n  - copy: Ferry aground off skerry"), "{md}");
        let ana = md.find("**Ana Vik** (2 statements)").expect("Ana first");
        let jo = md.find("**Jo Holt** (1 statement)").expect("Jo listed");
        assert!(ana < jo);
        assert!(
            md.contains("- We are safe. (direct, cue \"said\"; harbourpost.example · `a1`)"),
            "{md}"
        );
    }

    fn article(id: &str, title: &str) -> Article {
        let text = "The ferry resumed service on Monday.".to_string();
        Article {
            id: id.into(),
            source: format!("in/{id}.txt"),
            url: None,
            outlet: None,
            title: Some(title.into()),
            title_source: Some(MetaSource::Text),
            published: None,
            byline: None,
            language: Some("en".into()),
            paragraphs: vec![Paragraph {
                start: 0,
                end: text.len(),
                kind: ParagraphKind::Paragraph,
            }],
            text,
            sentences: vec![],
            removed: vec![],
            duplicate_of: None,
            published_estimate: None,
            agency: None,
            warnings: vec![],
        }
    }

    #[test]
    fn markdown_lists_each_article_with_its_removals() {
        let text = "The ferry resumed service on Monday.".to_string();
        let article = Article {
            id: "a1".into(),
            source: "in/a1.txt".into(),
            url: None,
            outlet: Some("harbourpost.example".into()),
            title: Some("Ferry Back | Running".into()),
            title_source: Some(MetaSource::Text),
            published: None,
            byline: None,
            language: Some("en".into()),
            paragraphs: vec![Paragraph {
                start: 0,
                end: text.len(),
                kind: ParagraphKind::Paragraph,
            }],
            text,
            sentences: vec![],
            removed: vec![Removed {
                kind: RemovedKind::Share,
                text: "Share | Tweet".into(),
                reason: "share/social widget".into(),
                line: 2,
                at: 0,
            }],
            duplicate_of: None,
            published_estimate: None,
            agency: None,
            warnings: vec![],
        };
        let mut dossier = Dossier::new("test");
        dossier.articles.push(article);
        let md = render(&dossier);
        assert!(md.contains("### Ferry Back | Running"), "{md}");
        assert!(md.contains("outlet **harbourpost.example**"), "{md}");
        assert!(
            md.contains("| 2 | share | Share \\| Tweet | share/social widget |"),
            "{md}"
        );
        assert!(md.contains("date unknown"));
        dossier.articles[0].published_estimate = Some(parallax_core::DateRange {
            from: "2030-05-01".into(),
            to: "2030-06-01".into(),
        });
        let md = render(&dossier);
        assert!(
            md.contains("date unknown (estimated 2030-05-01 to 2030-06-01)"),
            "{md}"
        );
    }

    #[test]
    fn statement_reports_with_the_same_words_share_one_line() {
        let mut dossier = Dossier::new("test");
        for id in ["a1", "a2", "a3", "a4"] {
            dossier.articles.push(article(id, "Ferry runs aground"));
        }
        dossier.stories.push(parallax_core::Story {
            id: "s1".into(),
            title: "Ferry runs aground".into(),
            articles: vec!["a1".into(), "a2".into(), "a3".into(), "a4".into()],
            summary: vec![],
            timeline: vec![],
            coverage: vec![],
        });
        let quote = |id: &str, article: &str, text: &str| parallax_core::Quote {
            id: id.into(),
            article: article.into(),
            kind: parallax_core::QuoteKind::Direct,
            text: text.into(),
            evidence: parallax_core::Evidence {
                article: article.into(),
                start: 0,
                end: 3,
            },
            speaker: None,
            cue: None,
            date: None,
        };
        dossier.quotes = vec![
            quote("q1", "a1", "Nobody went into the water."),
            quote("q2", "a2", "Nobody went into the water,"),
            quote("q3", "a3", "“Nobody went into the water.”"),
            quote("q4", "a4", "No one ended up in the sea."),
        ];
        dossier.quote_groups.push(QuoteGroup {
            id: "qg1".into(),
            story: Some("s1".into()),
            speaker: None,
            speaker_name: Some("Jonna Veld".into()),
            text: "Nobody went into the water.".into(),
            representative: "q1".into(),
            quotes: vec!["q1".into(), "q2".into(), "q3".into(), "q4".into()],
            outlets: vec!["a1".into(), "a2".into(), "a3".into(), "a4".into()],
            first: "q1".into(),
            date: None,
        });
        let md = render(&dossier);
        assert!(
            md.contains("  - `a2`; `a3`: the same wording (direct)\n"),
            "{md}"
        );
        assert!(
            md.contains("  - `a4`: “No one ended up in the sea.” (direct)\n"),
            "{md}"
        );
    }
}
