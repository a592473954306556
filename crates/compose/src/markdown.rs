//! The Markdown dossier: what an editor reads.

use parallax_core::{Article, Dossier, EntityType, MetaSource, ParagraphKind, RemovedKind};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Longest excerpt shown for a removed piece or a lead.
const EXCERPT_CHARS: usize = 110;

fn excerpt(text: &str, max: usize) -> String {
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
    render_actors(&mut md, dossier);
    let _ = writeln!(md, "## Articles\n");
    for article in &dossier.articles {
        render_article(&mut md, article);
    }
    md
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
        None => "date unknown".to_string(),
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
    }
}
