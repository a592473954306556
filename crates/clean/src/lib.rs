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
//! agency, outlet (given, the URL's host, or the page's own copyright
//! notice; never guessed) and language.
//! HTML goes through [`html`] first. [`clean_with_memory`] and
//! [`clean_text_with_memory`] also remove the lines an outlet's pages
//! share ([`memory::OutletMemory`]).

pub mod eval;
pub mod extract_eval;
pub mod html;
pub mod lexicon;
pub mod memory;
pub mod meta;
pub mod rules;
pub mod units;

pub use memory::OutletMemory;
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
    clean_units(text, given_title, None, false)
}

/// Cleans the main text the HTML extractor chose for a page
/// ([`html::extract`]): as [`clean_text`], except that the text is known
/// to be the article's region, so no run of paragraphs is looked for in
/// it (a list closing an article stays).
pub fn clean_extracted_text(text: &str, given_title: Option<&str>) -> Cleaned {
    clean_units(text, given_title, None, true)
}

/// Cleans dirty plain text of `outlet` (an [`memory::outlet_key`]) with an
/// [`OutletMemory`]: besides what [`clean_text`] removes, a line that at
/// least [`memory::MIN_OTHER_DOCUMENTS`] other documents of the outlet
/// carry word for word is removed as page template (kind `label` for a
/// short line, `footnote` for a longer one, unless a rule gave it a kind;
/// the reason names the outlet memory). `text` must be the text the
/// memory was given for this document, if it was given it.
pub fn clean_text_with_memory(
    text: &str,
    given_title: Option<&str>,
    memory: &OutletMemory,
    outlet: &str,
) -> Cleaned {
    clean_units(text, given_title, memory.view(outlet, text), false)
}

fn clean_units(
    text: &str,
    given_title: Option<&str>,
    memory: Option<memory::DocumentView<'_>>,
    extracted: bool,
) -> Cleaned {
    clean_units_with(text, given_title, memory, extracted, &[], &[])
}

/// Per unit, the flag of its first line (empty when `lines` is).
fn unit_flags(units: &[units::Unit], lines: &[bool]) -> Vec<bool> {
    if lines.is_empty() {
        return Vec::new();
    }
    units
        .iter()
        .map(|u| lines.get(u.line.wrapping_sub(1)).copied().unwrap_or(false))
        .collect()
}

/// `furniture_lines[l]`: whether 0-based input line `l` is furniture by the
/// HTML structure; `structural_lines[l]`: whether the structure writes it
/// as the article's text ([`html::Structured::structural_lines`]).
fn clean_units_with(
    text: &str,
    given_title: Option<&str>,
    memory: Option<memory::DocumentView<'_>>,
    extracted: bool,
    furniture_lines: &[bool],
    structural_lines: &[bool],
) -> Cleaned {
    let units = units::split_units(text);
    let furniture = unit_flags(&units, furniture_lines);
    let structural = unit_flags(&units, structural_lines);
    let repeats: Vec<usize> = match memory {
        Some(view) => units
            .iter()
            .map(|u| view.other_documents(&u.text))
            .collect(),
        None => Vec::new(),
    };
    let verdicts = rules::classify_with(
        &units,
        &rules::Context {
            given_title,
            repeats: &repeats,
            extracted,
            furniture: &furniture,
            structural: &structural,
        },
    );

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

/// Which lines of `kept` (the extractor's text with the article's
/// furniture kept as lines) are furniture: those missing from `dropped`
/// (the same page's text with furniture dropped), matched as a multiset of
/// lines. Indexed by 0-based line.
pub fn furniture_lines(kept: &str, dropped: &str) -> Vec<bool> {
    let mut left: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for line in dropped.lines().map(str::trim).filter(|l| !l.is_empty()) {
        *left.entry(line).or_insert(0) += 1;
    }
    kept.lines()
        .map(|line| {
            let line = line.trim();
            if line.is_empty() {
                return false;
            }
            match left.get_mut(line) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        })
        .collect()
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
    clean_document(doc, id, None)
}

/// [`clean`] with an [`OutletMemory`] built over a batch of documents
/// ([`OutletMemory::add_document`] for each, this one included or not):
/// lines that other documents of the same outlet (its name, else the
/// page's site name, else the URL's host) repeat are removed as page
/// template, as [`clean_text_with_memory`] says.
pub fn clean_with_memory(doc: RawDocument, id: String, memory: &OutletMemory) -> Article {
    clean_document(doc, id, Some(memory))
}

/// An HTML page read once by the extractor: its text with the article's
/// furniture as lines, its metadata, and which lines the extractor's
/// structure marks as furniture. Lets a caller learn a page's outlet and
/// text (for an [`OutletMemory`]) before cleaning it, without a second
/// parse.
#[derive(Debug, Clone)]
pub struct ExtractedPage {
    extract: html::HtmlExtract,
    furniture: Vec<bool>,
    structural: Vec<bool>,
}

impl ExtractedPage {
    /// Reads a page.
    pub fn read(markup: &str) -> Self {
        let html::Structured {
            extract,
            without,
            structural_lines,
        } = html::extract_structured(markup);
        let furniture = furniture_lines(&extract.text, &without);
        ExtractedPage {
            extract,
            furniture,
            structural: structural_lines,
        }
    }

    /// The text the cleaner will read (and an outlet memory must be given).
    pub fn text(&self) -> &str {
        &self.extract.text
    }

    /// The memory key of the page: the given outlet or URL, else the
    /// page's own site name or canonical URL.
    pub fn outlet_key(
        &self,
        given_outlet: Option<&str>,
        given_url: Option<&str>,
    ) -> Option<String> {
        let outlet = given_outlet
            .filter(|o| !o.trim().is_empty())
            .or(self.extract.outlet.as_deref());
        let url = given_url.or(self.extract.url.as_deref());
        memory::outlet_key(outlet, url)
    }
}

/// [`clean_with_memory`] for an HTML document whose page was already read
/// (`doc`'s body is not read again).
pub fn clean_page(
    doc: RawDocument,
    page: ExtractedPage,
    id: String,
    memory: &OutletMemory,
) -> Article {
    clean_parts(doc, Some(page), id, Some(memory))
}

fn clean_document(doc: RawDocument, id: String, memory: Option<&OutletMemory>) -> Article {
    clean_parts(doc, None, id, memory)
}

fn clean_parts(
    doc: RawDocument,
    page: Option<ExtractedPage>,
    id: String,
    memory: Option<&OutletMemory>,
) -> Article {
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
    let extracted = page.is_some() || matches!(body, Body::Html(_));
    // The extractor keeps the article's furniture as lines so that their
    // removal is audited here; which lines it would drop (by link density,
    // element names, the head and tail around the paragraphs — structure
    // the text no longer shows) comes from its furniture-dropping selection
    // over the same parse.
    let page = match (page, body) {
        (Some(page), _) => Ok(page),
        (None, Body::Html(markup)) => Ok(ExtractedPage::read(&markup)),
        (None, Body::Text(text)) => Err(text),
    };
    let (text, mut html_meta, furniture, structural) = match page {
        Ok(ExtractedPage {
            extract,
            furniture,
            structural,
        }) => (extract.text.clone(), Some(extract), furniture, structural),
        Err(text) => (text, None, Vec::new(), Vec::new()),
    };
    let given_title = title
        .filter(|t| !t.trim().is_empty())
        .or_else(|| html_meta.as_mut().and_then(|m| m.title.take()));
    let url = url.or_else(|| html_meta.as_mut().and_then(|m| m.url.take()));
    let outlet = outlet
        .filter(|o| !o.trim().is_empty())
        .or_else(|| html_meta.as_mut().and_then(|m| m.outlet.take()));
    let view = memory.and_then(|memory| {
        let key = memory::outlet_key(outlet.as_deref(), url.as_deref())?;
        memory.view(&key, &text)
    });
    let cleaned = clean_units_with(
        &text,
        given_title.as_deref(),
        view,
        extracted,
        &furniture,
        &structural,
    );

    // Plain text has no host: the page's own copyright notice, removed as
    // a footnote, names its publisher.
    let outlet = outlet
        .or_else(|| url.as_deref().and_then(meta::outlet_from_url))
        .or_else(|| {
            cleaned
                .removed
                .iter()
                .find_map(|r| meta::outlet_from_copyright(&r.text))
        });

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines_are_those_the_extractor_drops() {
        let kept = "Share\n\nThe first paragraph.\n\nRead more\n\nThe second paragraph.\n\nShare";
        let dropped = "The first paragraph.\n\nThe second paragraph.";
        let flags = furniture_lines(kept, dropped);
        let furniture: Vec<&str> = kept
            .lines()
            .zip(&flags)
            .filter(|(_, f)| **f)
            .map(|(l, _)| l)
            .collect();
        assert_eq!(furniture, vec!["Share", "Read more", "Share"]);
    }

    fn page(outlet: &str, body: &str) -> RawDocument {
        RawDocument {
            url: Some(format!("https://www.{outlet}/story")),
            ..RawDocument::new("", Body::Text(body.to_string()))
        }
    }

    #[test]
    fn a_text_page_without_outlet_or_url_takes_the_owner_of_its_copyright_notice() {
        let text = "Ferry back in service\n\nThe ferry to Orvik resumed its crossings on \
                    Monday after three weeks of repairs, the operator said.\n\nPassengers \
                    queued from dawn at the harbour.\n\n© 2026 Orvik Harbour Post. All rights \
                    reserved.";
        let doc = RawDocument::new("in/ferry.txt", Body::Text(text.into()));
        let article = clean(doc, "ferry".into());
        assert_eq!(article.outlet.as_deref(), Some("Orvik Harbour Post"));
        assert!(!article.text.contains("All rights reserved"));
    }

    #[test]
    fn outlet_memory_removes_template_lines_of_the_same_outlet() {
        let template =
            "The Harbour Daily has been owned by its readers and published in Orsk since 1921.";
        let bodies = [
            "The ferry to Orsk resumed on Monday after a week of storms, the port authority said in a statement.",
            "A new school opened in Velmora on Tuesday, the council said, the first in the valley for ten years.",
            "The Velmora bridge will close for repairs in May, engineers told the council on Friday evening.",
        ];
        let text = |b: &str| {
            let place = b.split_whitespace().nth(2).unwrap_or("valley");
            let closing =
                format!("Officials said more on the {place} story would follow next week.");
            format!("{b}\n\n{template}\n\n{closing}")
        };
        let docs: Vec<RawDocument> = bodies
            .iter()
            .map(|b| page("harbour.example", &text(b)))
            .collect();
        let mut memory = OutletMemory::new();
        for doc in &docs {
            memory.add_document(doc);
        }
        assert_eq!(memory.documents("harbour.example"), 3);
        let article = clean_with_memory(docs[0].clone(), "a".into(), &memory);
        assert!(!article.text.contains(template), "{:?}", article.removed);
        let by_memory: Vec<_> = article
            .removed
            .iter()
            .filter(|r| r.reason.contains("outlet memory"))
            .collect();
        assert_eq!(by_memory.len(), 1, "{:?}", article.removed);
        assert_eq!(by_memory[0].text, template);
        // Another outlet's page keeps the same line; so does this outlet's
        // page when only one other page carries it.
        let other = page("orsk.example", &text(bodies[1]));
        assert!(clean_with_memory(other, "b".into(), &memory)
            .text
            .contains(template));
        let two = OutletMemory::build(bodies[..2].iter().map(|b| ("harbour.example", text(b))));
        let article = clean_with_memory(docs[0].clone(), "a".into(), &two);
        assert!(article.text.contains(template));
        // Without a memory the line is article text.
        assert!(clean(docs[0].clone(), "a".into()).text.contains(template));
    }
}
