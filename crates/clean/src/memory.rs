//! Outlet memory: lines that repeat across an outlet's documents are its
//! page template — navigation, section names, newsletter and membership
//! blurbs, legal footers, "Advertisement" labels — not article text.
//!
//! The memory counts, per outlet, in how many *distinct* documents each
//! normalised line appears. A line of a document is template when at
//! least [`MIN_OTHER_DOCUMENTS`] *other* documents of the same outlet
//! carry it word for word — short lines ("Advertisement", a menu item) and
//! long ones (a newsletter blurb, an author's bio) alike. Repeats inside
//! one document never count (a chorus quoted twice is still one
//! document), and a document added twice (same text) counts once, so
//! re-reading a file does not turn its own text into template.
//!
//! ```
//! use parallax_clean::memory::OutletMemory;
//! use parallax_clean::clean_text_with_memory;
//!
//! let pages = [
//!     "Menu\n\nThe ferry to Orsk resumed on Monday after a week of storms, the port said.\n\nSign up for the Harbour Daily",
//!     "Menu\n\nA new school opened in Velmora on Tuesday, the council said in a statement.\n\nSign up for the Harbour Daily",
//!     "Menu\n\nThe Velmora bridge will close for repairs in May, engineers said on Friday.\n\nSign up for the Harbour Daily",
//! ];
//! let memory = OutletMemory::build(pages.iter().map(|text| ("harbour.example", *text)));
//! let cleaned = clean_text_with_memory(pages[0], None, &memory, "harbour.example");
//! assert_eq!(
//!     cleaned.text,
//!     "The ferry to Orsk resumed on Monday after a week of storms, the port said."
//! );
//! ```

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use parallax_core::{Body, RawDocument};

/// A line is template when this many other documents of its outlet carry
/// it. One other is not enough: two articles of one outlet share lines
/// that are their story's, not the page's (a follow-up repeating the
/// background, an updated version of a story under a new address, two
/// reports of one event listing the same winners or results); a third
/// document carrying the same line word for word is the template, and a
/// template is on every page, so it is found as soon as three pages of
/// the outlet are read. Measured on the Fundus set (5 pages an outlet,
/// plain visible text): F1 0.925 with 2, 0.918 with 3; 1 scores 0.934
/// there (teaser lists rotate, so with 5 pages some are on only 2) but
/// takes the winners lists and background paragraphs that story pairs
/// share out of both (recall 0.963 → 0.959).
pub const MIN_OTHER_DOCUMENTS: usize = 2;

/// How many document fingerprints are kept per line: enough to tell, for
/// any document, whether at least [`MIN_OTHER_DOCUMENTS`] *others* carry
/// the line (a count above this is that many others whatever the
/// document).
const KEPT_FINGERPRINTS: usize = MIN_OTHER_DOCUMENTS + 1;

/// Where one line was seen.
#[derive(Debug, Clone, Default)]
struct LineSeen {
    /// Distinct documents carrying the line.
    documents: u32,
    /// Fingerprints of the first documents carrying it.
    first: [u64; KEPT_FINGERPRINTS],
}

#[derive(Debug, Clone, Default)]
struct Outlet {
    /// Fingerprints of the documents read.
    documents: HashSet<u64>,
    lines: HashMap<u64, LineSeen>,
}

/// Per-outlet counts of the documents each line appears in.
///
/// Build it from the documents of a batch (or of an outlet's recent
/// history), then clean each document with it:
/// [`crate::clean_text_with_memory`] for plain text,
/// [`crate::clean_with_memory`] for a raw document (plain text or HTML).
/// The text given to [`OutletMemory::add`] for a document must be the text
/// the cleaner reads for it (for HTML, the extractor's text:
/// [`OutletMemory::add_document`] does that), so that the document is
/// recognised and its own lines are not counted as another's.
#[derive(Debug, Clone, Default)]
pub struct OutletMemory {
    outlets: HashMap<String, Outlet>,
}

impl OutletMemory {
    pub fn new() -> Self {
        Self::default()
    }

    /// A memory of `docs`: (outlet key, text) pairs; see
    /// [`outlet_key`] for the key.
    pub fn build<K, T>(docs: impl IntoIterator<Item = (K, T)>) -> Self
    where
        K: AsRef<str>,
        T: AsRef<str>,
    {
        let mut memory = Self::new();
        for (outlet, text) in docs {
            memory.add(outlet.as_ref(), text.as_ref());
        }
        memory
    }

    /// Adds one document of `outlet` (plain text, one paragraph or line of
    /// page furniture per line). A document whose text was already added
    /// is not counted again; an empty outlet key is ignored.
    pub fn add(&mut self, outlet: &str, text: &str) {
        if outlet.is_empty() {
            return;
        }
        let fingerprint = fingerprint(text);
        let entry = self.outlets.entry(outlet.to_string()).or_default();
        if !entry.documents.insert(fingerprint) {
            return;
        }
        let mut seen_here: HashSet<u64> = HashSet::new();
        for line in text.lines() {
            let Some(key) = line_key(line) else { continue };
            if !seen_here.insert(key) {
                continue;
            }
            let seen = entry.lines.entry(key).or_default();
            if let Some(slot) = seen.first.get_mut(seen.documents as usize) {
                *slot = fingerprint;
            }
            seen.documents = seen.documents.saturating_add(1);
        }
    }

    /// Adds a raw document under its outlet key (given outlet, else the
    /// page's site name, else the host of its URL), reading HTML through
    /// the extractor as [`crate::clean_with_memory`] will. A document with
    /// no outlet and no URL is not added.
    pub fn add_document(&mut self, doc: &RawDocument) {
        match &doc.body {
            Body::Text(text) => {
                if let Some(key) = outlet_key(doc.outlet.as_deref(), doc.url.as_deref()) {
                    self.add(&key, text);
                }
            }
            Body::Html(markup) => {
                let extract = crate::html::extract(markup);
                let outlet = doc
                    .outlet
                    .as_deref()
                    .filter(|o| !o.trim().is_empty())
                    .or(extract.outlet.as_deref());
                let url = doc.url.as_deref().or(extract.url.as_deref());
                if let Some(key) = outlet_key(outlet, url) {
                    self.add(&key, &extract.text);
                }
            }
        }
    }

    /// The number of distinct documents read for `outlet`.
    pub fn documents(&self, outlet: &str) -> usize {
        self.outlets.get(outlet).map_or(0, |o| o.documents.len())
    }

    /// In how many documents of `outlet` other than `document` (the full
    /// text of the document being cleaned) `line` appears. Capped: any
    /// value of at least [`MIN_OTHER_DOCUMENTS`] means boilerplate.
    pub fn other_documents(&self, outlet: &str, document: &str, line: &str) -> usize {
        let Some(key) = line_key(line) else { return 0 };
        self.other_documents_by_key(outlet, fingerprint(document), key)
    }

    /// A view of one outlet for one document, to look its lines up.
    pub(crate) fn view<'a>(&'a self, outlet: &str, document: &str) -> Option<DocumentView<'a>> {
        let outlet = self.outlets.get(outlet)?;
        Some(DocumentView {
            outlet,
            fingerprint: fingerprint(document),
        })
    }

    fn other_documents_by_key(&self, outlet: &str, document: u64, key: u64) -> usize {
        self.outlets
            .get(outlet)
            .map_or(0, |o| others(o, document, key))
    }
}

fn others(outlet: &Outlet, document: u64, key: u64) -> usize {
    let Some(seen) = outlet.lines.get(&key) else {
        return 0;
    };
    let n = seen.documents as usize;
    let stored = n.min(KEPT_FINGERPRINTS);
    if seen.first[..stored].contains(&document) {
        n - 1
    } else if n > KEPT_FINGERPRINTS {
        // This document may be among those not stored.
        n - 1
    } else {
        n
    }
}

/// One outlet's memory looked at from one document.
pub(crate) struct DocumentView<'a> {
    outlet: &'a Outlet,
    fingerprint: u64,
}

impl DocumentView<'_> {
    /// In how many other documents of the outlet the line appears.
    pub(crate) fn other_documents(&self, line: &str) -> usize {
        line_key(line).map_or(0, |key| others(self.outlet, self.fingerprint, key))
    }
}

/// The key documents are grouped by: the outlet's name (trimmed, lower
/// case), else the host of the URL without `www.`; `None` when neither is
/// known.
pub fn outlet_key(outlet: Option<&str>, url: Option<&str>) -> Option<String> {
    outlet
        .map(|o| o.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|o| !o.is_empty())
        .map(|o| o.to_lowercase())
        .or_else(|| url.and_then(crate::meta::outlet_from_url))
}

fn fingerprint(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// The hash of a line's words: lower case, letters and digits only, every
/// number read as 0 (so "3 comments" and "12 comments", or a footer's
/// dates, are one line). `None` for a line without letters.
fn line_key(line: &str) -> Option<u64> {
    let mut hasher = DefaultHasher::new();
    let mut letters = false;
    let mut in_word = false;
    let mut in_number = false;
    for c in line.chars() {
        if c.is_alphanumeric() {
            let digit = c.is_ascii_digit();
            if digit && in_number {
                continue;
            }
            in_number = digit;
            let c = if digit { '0' } else { c };
            letters |= c.is_alphabetic();
            for lower in c.to_lowercase() {
                lower.hash(&mut hasher);
            }
            in_word = true;
        } else {
            in_number = false;
            if in_word {
                ' '.hash(&mut hasher);
                in_word = false;
            }
        }
    }
    letters.then(|| hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_distinct_documents_not_repeats() {
        let mut memory = OutletMemory::new();
        memory.add("a", "Advertisement\nOne.\nAdvertisement\nAdvertisement");
        memory.add("a", "Advertisement\nOne.\nAdvertisement\nAdvertisement");
        assert_eq!(memory.documents("a"), 1);
        memory.add("a", "Advertisement\nTwo.");
        let doc = "Advertisement\nThree.";
        assert_eq!(memory.other_documents("a", doc, "ADVERTISEMENT"), 2);
        memory.add("a", doc);
        // The document itself is not one of the others.
        assert_eq!(memory.other_documents("a", doc, "Advertisement"), 2);
        assert_eq!(memory.other_documents("b", doc, "Advertisement"), 0);
        memory.add("a", "Advertisement\nFour.");
        assert_eq!(memory.other_documents("a", doc, "Advertisement"), 3);
    }

    #[test]
    fn digits_are_one_shape() {
        assert_eq!(line_key("12 comments"), line_key("3 Comments"));
        assert_ne!(line_key("12 comments"), line_key("12 replies"));
        assert_eq!(line_key("— 2024 —"), None);
    }

    #[test]
    fn outlet_keys() {
        assert_eq!(
            outlet_key(Some(" Harbour  Daily "), None).as_deref(),
            Some("harbour daily")
        );
        assert_eq!(
            outlet_key(None, Some("https://www.harbour.example/a/b")).as_deref(),
            Some("harbour.example")
        );
        assert_eq!(outlet_key(Some(""), None), None);
    }
}
