//! The clean stage: from a raw document to an article's main text and
//! metadata, with an audit of everything removed.
//!
//! Scraped plain text carries noise between and after its paragraphs —
//! share widgets, adverts, donation prompts, captions, bylines, labels,
//! repeated headlines, related-links blocks, footnotes and reader comments.
//! [`clean_text`] splits the text into paragraph units ([`units`]), judges
//! each by general evidence ([`rules`]: position, length, punctuation,
//! function-word density, register, markers common to news sites) and keeps
//! every removed piece with its kind and the reason. [`clean`] adds the
//! metadata: title, publication date (given, else a date line), byline and
//! agency, outlet (given or the URL's host, never guessed) and language.
//! HTML goes through [`html`] first.

pub mod eval;
pub mod extract_eval;
pub mod html;
pub mod lexicon;
pub mod meta;
pub mod rules;
pub mod units;

use parallax_core::date::{find_date, parse_date};
use parallax_core::{
    Article, Body, Byline, MetaSource, Paragraph, ParagraphKind, Published, RawDocument, Removed,
    RemovedKind,
};
use rules::Verdict;

/// The result of cleaning a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// Kept paragraphs separated by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub removed: Vec<Removed>,
    /// The headline line found at the top of the text, if any.
    pub title: Option<String>,
    /// A publication date read from a date line of the text.
    pub published: Option<Published>,
    pub byline: Option<Byline>,
}

/// Cleans dirty plain text. `given_title` is the title that came with the
/// input, if any: a first line repeating it is removed as the title.
pub fn clean_text(text: &str, given_title: Option<&str>) -> Cleaned {
    let units = units::split_units(text);
    let verdicts = rules::classify(&units, given_title);

    let mut out = String::with_capacity(text.len());
    let mut paragraphs = Vec::new();
    let mut removed = Vec::new();
    let mut title = None;
    let mut pending: Vec<usize> = Vec::new();
    for (unit, verdict) in units.iter().zip(&verdicts) {
        match verdict {
            Verdict::Noise { kind, reason } => {
                if *kind == RemovedKind::Title && title.is_none() {
                    title = Some(unit.text.clone());
                }
                pending.push(removed.len());
                removed.push(Removed {
                    kind: *kind,
                    text: unit.text.clone(),
                    reason: reason.clone(),
                    line: unit.line,
                    at: 0,
                });
            }
            Verdict::Prose | Verdict::Heading => {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                let start = out.len();
                for idx in pending.drain(..) {
                    removed[idx].at = start;
                }
                out.push_str(&unit.text);
                paragraphs.push(Paragraph {
                    start,
                    end: out.len(),
                    kind: if *verdict == Verdict::Heading {
                        ParagraphKind::Heading
                    } else {
                        ParagraphKind::Paragraph
                    },
                });
            }
        }
    }
    for idx in pending {
        removed[idx].at = out.len();
    }

    let published = date_from_labels(&removed);
    let byline = removed
        .iter()
        .find(|r| r.kind == RemovedKind::Byline)
        .map(|r| meta::parse_byline(&r.text));
    Cleaned {
        text: out,
        paragraphs,
        removed,
        title,
        published,
        byline,
    }
}

/// The publication date from the removed date lines: a "published"/"posted"
/// or bare date line first, an "updated" one only when nothing else dates
/// the article.
fn date_from_labels(removed: &[Removed]) -> Option<Published> {
    let mut fallback = None;
    for r in removed.iter().filter(|r| r.kind == RemovedKind::Label) {
        let Some(found) = find_date(&r.text) else {
            continue;
        };
        let published = Published {
            date: found.iso,
            source: MetaSource::Text,
            raw: r.text.clone(),
        };
        let lower = r.text.to_lowercase();
        if lower.contains("updated") || lower.contains("modified") {
            fallback.get_or_insert(published);
        } else {
            return Some(published);
        }
    }
    fallback
}

/// Cleans a raw document into an article with the given id. Sentences are
/// left empty: splitting them is the analysis stage's job.
pub fn clean(doc: RawDocument, id: String) -> Article {
    let mut warnings = Vec::new();
    let RawDocument {
        source,
        id: _,
        url,
        outlet,
        title,
        published,
        language,
        body,
    } = doc;
    let (text, mut html_meta) = match body {
        Body::Text(text) => (text, None),
        Body::Html(markup) => {
            let extracted = html::extract(&markup);
            (extracted.text.clone(), Some(extracted))
        }
    };
    let given_title = title
        .filter(|t| !t.trim().is_empty())
        .or_else(|| html_meta.as_mut().and_then(|m| m.title.take()));
    let cleaned = clean_text(&text, given_title.as_deref());

    let url = url.or_else(|| html_meta.as_mut().and_then(|m| m.url.take()));
    let outlet = outlet
        .filter(|o| !o.trim().is_empty())
        .or_else(|| html_meta.as_mut().and_then(|m| m.outlet.take()));
    let outlet = outlet.or_else(|| url.as_deref().and_then(meta::outlet_from_url));

    let (title, title_source) = match (given_title, cleaned.title) {
        (Some(t), _) => (Some(t.trim().to_string()), Some(MetaSource::Given)),
        (None, Some(t)) => (Some(t), Some(MetaSource::Text)),
        (None, None) => (None, None),
    };

    let given_date = published
        .filter(|p| !p.trim().is_empty())
        .or_else(|| html_meta.as_mut().and_then(|m| m.published.take()));
    let published = match given_date {
        Some(raw) => match parse_date(&raw) {
            Some(found) => Some(Published {
                date: found.iso,
                source: MetaSource::Given,
                raw,
            }),
            None => {
                warnings.push(format!("could not read the given publication date {raw:?}"));
                cleaned.published
            }
        },
        None => cleaned.published,
    };

    let byline = cleaned.byline.or_else(|| {
        html_meta
            .as_mut()
            .and_then(|m| m.byline.take())
            .map(|b| meta::parse_byline(&b))
    });
    let language = language
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_lowercase())
        .or_else(|| html_meta.as_mut().and_then(|m| m.language.take()))
        .or_else(|| meta::detect_language(&cleaned.text));
    if cleaned.text.is_empty() {
        warnings.push("no article text left after cleaning".to_string());
    }

    Article {
        id,
        source,
        url,
        outlet,
        title,
        title_source,
        published,
        byline,
        language,
        text: cleaned.text,
        paragraphs: cleaned.paragraphs,
        sentences: Vec::new(),
        removed: cleaned.removed,
        duplicate_of: None,
        published_estimate: None,
        agency: None,
        warnings,
    }
}
