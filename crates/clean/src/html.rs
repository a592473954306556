//! Main text and metadata from an HTML page.
//!
//! The main content is found by scoring (module `content`): the page is walked
//! into blocks as a reader sees them (each block element — paragraph,
//! heading, list item, quote, caption, table row — and each standalone
//! piece of a share bar or meta line, one per line with a blank line
//! between them), each block is classified as prose, short prose or
//! furniture by its length, link density and shape, prose adds *mass* to
//! the elements around it and furniture *noise*, class and id names of
//! page furniture (comments, cookie prompts, related links, sidebars…)
//! count against their blocks, and the container with the best balance is
//! taken — snapped to its `<article>` when it lies in one. Scripts,
//! navigation, forms, hidden elements and page-level headers, footers and
//! sidebars never count. A page with too little prose for that is read by
//! the landmark rule: its one substantial `<article>` (or `<main>`), else
//! the `<body>`. A page that fits no article shape is flagged
//! ([`HtmlExtract::is_article`]).
//!
//! Residual noise inside the article — its kicker, byline and share bar,
//! captions, adverts, related links, correction notes — is left for the
//! plain-text cleaner, which works line by line and records every line it
//! removes with its kind, so that a user can audit it. That is why such
//! pieces are kept as lines of their own rather than dropped here.
//!
//! Metadata comes from JSON-LD, Open Graph and other `<meta>` tags,
//! microdata, `<time>` elements, and the URL's path (dates only). Values
//! are returned as written (dates are parsed later, keeping their local
//! day). [`extract_with`] with [`Furniture::Drop`] drops the article's
//! own furniture too (share bars, captions, link lists, head and tail
//! labels), for callers without the plain-text cleaner.

mod content;

pub use content::Furniture;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};
use serde_json::{Map, Value};

/// An `<article>` or `<main>` with less text than this is a teaser card or
/// an empty landmark, not the page's content.
const MIN_CONTAINER_CHARS: usize = 100;

/// A `<form>` with at least this many paragraphs wraps real content (as on
/// ASP.NET pages, where one form wraps the whole body); smaller forms are
/// search boxes and sign-up prompts.
const MIN_CONTENT_FORM_PARAGRAPHS: usize = 3;

/// How deep JSON-LD nesting is searched for article objects.
const MAX_JSON_LD_DEPTH: usize = 4;

/// What [`extract`] found in a page. Metadata values are trimmed, with
/// whitespace collapsed, and never empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlExtract {
    /// Blocks of the main text, one per line, separated by a blank line.
    pub text: String,
    pub title: Option<String>,
    /// Publication date as written in the page.
    pub published: Option<String>,
    /// Site name.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Primary language subtag, lower-cased ("en" for "en-GB").
    pub language: Option<String>,
    pub byline: Option<String>,
    /// Last modification date as written in the page.
    pub modified: Option<String>,
    /// False when the page fits no article shape (the text is then the
    /// best guess, or empty).
    pub is_article: bool,
}

/// The whole visible text of a page: every block a reader could see, one
/// per line with a blank line between them; scripts, styles and hidden
/// elements left out. The input of the plain-text path of the evaluation.
pub fn visible_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let root = document
        .tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|element| element.value().name() == "body")
        .or_else(|| {
            document
                .tree
                .root()
                .descendants()
                .find_map(ElementRef::wrap)
        });
    root.map(|root| block_texts_with(root, true).join("\n\n"))
        .unwrap_or_default()
}

/// Extracts the main text and metadata of an HTML page. Never fails:
/// malformed markup is parsed as a browser would, and missing pieces are
/// `None` or an empty text.
pub fn extract(html: &str) -> HtmlExtract {
    extract_with(html, Furniture::Keep)
}

/// [`extract`], choosing what happens to furniture inside the article
/// (share bars, related links, captions, adverts): kept as lines for the
/// plain-text cleaner, or dropped here.
pub fn extract_with(html: &str, furniture: Furniture) -> HtmlExtract {
    let document = Html::parse_document(html);
    let found = Found::collect(&document);
    let content = content::find(&document, furniture);
    assemble(&document, found, content)
}

/// How the main-content selection read a page: the chosen container and
/// every block with its class and the elements around it. For diagnosing
/// extraction misses; the format is for people and may change.
pub fn explain(html: &str) -> String {
    content::explain(&Html::parse_document(html))
}

/// [`extract`] (furniture kept as lines) together with the text
/// [`Furniture::Drop`] would give, from one parse of the page: what the
/// cleaner needs to remove the article's furniture with an audit.
pub fn extract_audited(html: &str) -> (HtmlExtract, String) {
    let audited = extract_structured(html);
    (audited.extract, audited.without)
}

/// What [`extract_structured`] read from a page.
#[derive(Debug, Clone, Default)]
pub struct Structured {
    /// The extract, furniture kept as lines.
    pub extract: HtmlExtract,
    /// The text with the article's furniture dropped.
    pub without: String,
    /// Per 0-based line of `extract.text`: the page writes the line as
    /// the article's own text (a paragraph, list item or table row that
    /// the furniture-dropping selection keeps), so its shape alone (a
    /// short line closing the article, a note) does not make it noise.
    /// Empty when the page was read by the landmark rule.
    pub structural_lines: Vec<bool>,
}

/// [`extract_audited`] with which lines the page's structure writes as
/// the article's text.
pub fn extract_structured(html: &str) -> Structured {
    let document = Html::parse_document(html);
    let found = Found::collect(&document);
    match content::find_both(&document) {
        Some((keep, drop)) => {
            let without = drop.blocks.join("\n\n");
            let structural_lines = block_line_flags(&keep.blocks, &keep.structural);
            Structured {
                extract: assemble(&document, found, Some(keep)),
                without,
                structural_lines,
            }
        }
        None => {
            let keep = content::find(&document, Furniture::Keep);
            let extract = assemble(&document, found, keep);
            let without = extract.text.clone();
            Structured {
                extract,
                without,
                structural_lines: Vec::new(),
            }
        }
    }
}

/// Per line of `blocks.join("\n\n")`, the flag of the block it is in
/// (the blank separator lines are `false`).
fn block_line_flags(blocks: &[String], flags: &[bool]) -> Vec<bool> {
    let mut lines = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            lines.push(false);
        }
        let flag = flags.get(i).copied().unwrap_or(false);
        lines.extend(block.split('\n').map(|_| flag));
    }
    lines
}

/// The extract of a parsed page from its chosen content.
fn assemble(document: &Html, found: Found, content: Option<content::Content>) -> HtmlExtract {
    let (text, container, is_article) = match content {
        Some(found) => {
            let container = found
                .container
                .and_then(|id| document.tree.get(id))
                .and_then(ElementRef::wrap);
            (found.blocks.join("\n\n"), container, found.is_article)
        }
        None => {
            let container = main_container(document);
            let text = container
                .map(|container| block_texts(container).join("\n\n"))
                .unwrap_or_default();
            (text, container, false)
        }
    };
    let text_is_empty = text.is_empty();
    let container_time = container.and_then(|container| {
        container
            .descendent_elements()
            .filter(|element| element.value().name() == "time")
            .find_map(|element| clean(element.attr("datetime")))
    });

    let outlet = found
        .og_site_name
        .clone()
        .or_else(|| found.json_ld.publisher.clone());
    let title = title_of(&found, outlet.as_deref());
    // In order of trust: JSON-LD, Open Graph, other meta tags and
    // microdata, a <time> in the article, the URL, the first <time>.
    let url = prefer_absolute(found.canonical.clone(), found.og_url.clone());
    let url_date = [url.as_deref(), found.og_url.as_deref()]
        .into_iter()
        .flatten()
        .find_map(date_in_url);
    let published = found
        .json_ld
        .date_published
        .or(found.article_published)
        .or(found.meta_date)
        .or(found.itemprop_date)
        .or(container_time)
        .or(url_date)
        .or(found.first_time);
    let modified = found
        .json_ld
        .date_modified
        .or(found.article_modified)
        .or(found.meta_modified)
        .or(found.itemprop_modified);
    let language = [found.html_lang, found.content_language, found.og_locale]
        .into_iter()
        .flatten()
        .find_map(|tag| primary_subtag(&tag));
    let byline = found
        .meta_author
        .or(found.json_ld.author)
        .or(found.rel_author)
        .or(found.byline_class)
        .or(found.author_class);

    HtmlExtract {
        text,
        title,
        published,
        outlet,
        url,
        language,
        byline,
        modified,
        is_article: is_article && !text_is_empty,
    }
}

// ---------------------------------------------------------------------------
// Main text

/// Elements whose content is never article text.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "form", "button", "svg", "iframe", "head",
    "select", "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog", "math",
    // A <title> the parser left in the body (markup after </head>) is the
    // tab's text, never shown in the page.
    "title",
];

/// ARIA roles that mark the same furniture as the skipped elements.
const SKIPPED_ROLES: &[&str] = &["navigation", "search", "dialog"];

/// Headers, footers and asides are page chrome at page level and skipped
/// there. Inside an `<article>` they are the article's own furniture — the
/// kicker, byline, date line and share bar, the related-links box, the
/// correction note — and are kept as lines, so that the plain-text cleaner
/// removes them with their kind and the user can audit what was removed.
const ARTICLE_FURNITURE: &[&str] = &["header", "footer", "aside"];
const ARTICLE_FURNITURE_ROLES: &[&str] = &["banner", "contentinfo", "complementary"];

/// Elements whose text is one block (one line of the output).
const TEXT_BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "tr",
    "figcaption",
    "caption",
    "dd",
    "dt",
    "address",
    "summary",
    "legend",
];

/// Layout elements: they hold blocks, and text loose inside them (between
/// their child blocks) is a block of its own.
const LAYOUT_BLOCKS: &[&str] = &[
    "html", "body", "main", "article", "section", "div", "header", "footer", "aside", "nav",
    "form", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "figure", "center", "details",
    "fieldset", "hgroup",
];

fn is_block(name: &str) -> bool {
    // The commonest names first: this runs for every element the walk
    // enters and leaves.
    match name {
        "p" | "div" | "li" => true,
        "a" | "span" | "em" | "strong" | "b" | "i" | "img" | "br" => false,
        _ => TEXT_BLOCKS.contains(&name) || LAYOUT_BLOCKS.contains(&name),
    }
}

/// True for elements whose whole subtree is left out of the text.
fn is_skipped(element: ElementRef) -> bool {
    let value = element.value();
    let name = value.name();
    if name == "form" {
        return !wraps_content(element);
    }
    if SKIPPED_ELEMENTS.contains(&name) || is_hidden(value) {
        return true;
    }
    // Compared in place: this runs for every element, twice.
    let role = value.attr("role").map(str::trim).unwrap_or_default();
    let role_in = |roles: &[&str]| roles.iter().any(|r| role.eq_ignore_ascii_case(r));
    if !role.is_empty() && role_in(SKIPPED_ROLES) {
        return true;
    }
    if ARTICLE_FURNITURE.contains(&name) || (!role.is_empty() && role_in(ARTICLE_FURNITURE_ROLES)) {
        return !inside(element, "article");
    }
    false
}

/// Never seen by a reader: scripts, styles, templates, hidden elements.
fn is_invisible(element: ElementRef) -> bool {
    let value = element.value();
    matches!(
        value.name(),
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "svg"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "textarea"
    ) || is_hidden(value)
}

/// Hidden by attribute or inline style: text a reader never sees.
fn is_hidden(element: &Element) -> bool {
    // One pass over the attributes: this runs for every element, twice.
    element.attrs().any(|(name, value)| match name {
        "hidden" => true,
        "aria-hidden" => value.trim().eq_ignore_ascii_case("true"),
        "style" => style_hides(value),
        _ => false,
    })
}

/// An inline style that hides its element (`display: none`,
/// `visibility: hidden`), read declaration by declaration without
/// allocating: this runs for every element with a style.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let (property, value) = (property.trim(), value.trim_start());
        let starts = |word: &str| {
            value
                .get(..word.len())
                .is_some_and(|v| v.eq_ignore_ascii_case(word))
        };
        (property.eq_ignore_ascii_case("display") && starts("none"))
            || (property.eq_ignore_ascii_case("visibility") && starts("hidden"))
    })
}

/// A layout element whose children are elements and separators only, and
/// at least two of them. Inline elements standing in it (a link, a span)
/// are lines of their own, as a reader sees them: the pieces of a share
/// bar, a "byline · date" meta line, an advert label and its link, a list
/// of related links. The line-based cleaner can then judge "Share on X" or
/// "Advertisement" apart from their neighbours. Inline elements inside a
/// paragraph or other text block are never split.
fn holds_only_elements(element: ElementRef) -> bool {
    if !LAYOUT_BLOCKS.contains(&element.value().name()) {
        return false;
    }
    let mut elements = 0;
    for child in element.children() {
        match child.value() {
            Node::Text(text) if is_separator(text) => {}
            Node::Element(_) => elements += 1,
            Node::Comment(_) => {}
            _ => return false,
        }
    }
    elements >= 2
}

/// Whitespace and punctuation between standalone pieces ("|", "·", "/").
fn is_separator(text: &str) -> bool {
    !text.chars().any(char::is_alphanumeric)
}

/// A form that wraps the page content rather than being a widget.
fn wraps_content(form: ElementRef) -> bool {
    form.descendent_elements()
        .filter(|element| element.value().name() == "p")
        .take(MIN_CONTENT_FORM_PARAGRAPHS)
        .count()
        >= MIN_CONTENT_FORM_PARAGRAPHS
}

fn has_skipped_ancestor(element: ElementRef) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(is_skipped)
}

/// The element holding the main text: the one substantial top-level
/// `<article>` if there is exactly one, else the one substantial `<main>`,
/// else `<body>`.
fn main_container(document: &Html) -> Option<ElementRef<'_>> {
    let elements = || {
        document
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
    };
    for landmark in ["article", "main"] {
        let mut substantial = elements().filter(|element| {
            element.value().name() == landmark
                && !element
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|ancestor| ancestor.value().name() == landmark)
                && !has_skipped_ancestor(*element)
                && text_chars(*element) >= MIN_CONTAINER_CHARS
        });
        if let (Some(only), None) = (substantial.next(), substantial.next()) {
            return Some(only);
        }
    }
    elements()
        .find(|element| element.value().name() == "body")
        .or_else(|| elements().next())
}

fn text_chars(element: ElementRef) -> usize {
    block_texts(element)
        .iter()
        .map(|block| block.chars().count())
        .sum()
}

/// The text blocks under `container`, in document order. The tree is
/// walked without recursion, so deeply nested markup cannot overflow the
/// stack; each text node is written once, into the innermost block around
/// it, so nested blocks (`li > p`) do not repeat text.
fn block_texts(container: ElementRef) -> Vec<String> {
    block_texts_with(container, false)
}

fn block_texts_with(container: ElementRef, visible: bool) -> Vec<String> {
    let mut writer = BlockWriter {
        visible,
        ..BlockWriter::default()
    };
    // For each element the walk is inside, whether it holds only elements
    // (see `holds_only_elements`); the last entry is the current parent's.
    let mut holds_pieces: Vec<bool> = Vec::new();
    let start = *container;
    let mut node = start;
    'walk: loop {
        let in_pieces = holds_pieces.last().copied().unwrap_or(false);
        let descend = match node.value() {
            Node::Text(text) => {
                if !(in_pieces && is_separator(text)) {
                    writer.text(text);
                }
                false
            }
            Node::Element(_) => {
                ElementRef::wrap(node).is_some_and(|element| writer.open(element, in_pieces))
            }
            _ => false,
        };
        if descend {
            if let Some(child) = node.first_child() {
                holds_pieces.push(ElementRef::wrap(node).is_some_and(holds_only_elements));
                node = child;
                continue;
            }
        }
        // `node` and its subtree are done: close it, then go to the next
        // sibling, or up to close the parent.
        loop {
            if let Some(element) = ElementRef::wrap(node) {
                let in_pieces = holds_pieces.last().copied().unwrap_or(false);
                writer.close(element, in_pieces);
            }
            if node == start {
                break 'walk;
            }
            if let Some(sibling) = node.next_sibling() {
                node = sibling;
                continue 'walk;
            }
            match node.parent() {
                Some(parent) => {
                    holds_pieces.pop();
                    node = parent;
                }
                None => break 'walk,
            }
        }
    }
    writer.flush();
    writer.blocks
}

/// Accumulates inline text and cuts it into blocks at block boundaries.
#[derive(Default)]
struct BlockWriter {
    blocks: Vec<String>,
    current: String,
    /// Depth of `<pre>` elements around the current position.
    pre_depth: usize,
    /// The current block holds preformatted text.
    current_is_pre: bool,
    /// Keep all visible text: skip only what a reader never sees.
    visible: bool,
}

impl BlockWriter {
    fn text(&mut self, text: &str) {
        if self.pre_depth > 0 {
            self.current_is_pre = true;
        }
        self.current.push_str(text);
    }

    /// Called when the walk enters an element; returns whether to walk its
    /// children. `in_pieces`: the parent holds only elements, so an inline
    /// element is a standalone piece, a line of its own.
    fn skips(&self, element: ElementRef) -> bool {
        if self.visible {
            is_invisible(element)
        } else {
            is_skipped(element)
        }
    }

    fn open(&mut self, element: ElementRef, in_pieces: bool) -> bool {
        if self.skips(element) {
            return false;
        }
        let name = element.value().name();
        match name {
            "br" | "hr" => self.flush(),
            // Cells of a row share its line.
            "td" | "th" if !self.current.trim().is_empty() => self.current.push_str(" | "),
            "pre" => {
                self.flush();
                self.pre_depth += 1;
            }
            _ if is_block(name) || in_pieces => self.flush(),
            _ => {}
        }
        true
    }

    fn close(&mut self, element: ElementRef, in_pieces: bool) {
        let name = element.value().name();
        // Skipped elements were never opened; `is_skipped` is a pure
        // function of the element, so this matches the `open` decision.
        if !(is_block(name) || in_pieces) || self.skips(element) {
            return;
        }
        self.flush();
        if name == "pre" {
            self.pre_depth = self.pre_depth.saturating_sub(1);
        }
    }

    /// Ends the current block: whitespace collapsed (line structure kept
    /// in preformatted text), empty blocks dropped.
    fn flush(&mut self) {
        let block = if self.current_is_pre {
            self.current
                .lines()
                .map(str::trim_end)
                .filter(|line| !line.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            collapse_whitespace(&self.current)
        };
        if !block.is_empty() {
            self.blocks.push(block);
        }
        self.current.clear();
        self.current_is_pre = false;
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// Metadata

/// Metadata candidates found in one pass over the page; `extract` picks
/// among them in order of reliability.
#[derive(Default)]
struct Found {
    og_title: Option<String>,
    og_site_name: Option<String>,
    og_url: Option<String>,
    og_locale: Option<String>,
    article_published: Option<String>,
    article_modified: Option<String>,
    meta_date: Option<String>,
    meta_modified: Option<String>,
    itemprop_modified: Option<String>,
    itemprop_date: Option<String>,
    first_time: Option<String>,
    meta_author: Option<String>,
    canonical: Option<String>,
    title_tag: Option<String>,
    first_h1: Option<String>,
    html_lang: Option<String>,
    content_language: Option<String>,
    rel_author: Option<String>,
    byline_class: Option<String>,
    author_class: Option<String>,
    json_ld: JsonLd,
}

/// `<meta name>` values that carry the publication date.
const DATE_META_NAMES: &[&str] = &[
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "publish_date",
    "publication-date",
    "datepublished",
    "og:published_time",
    "published_time",
    "date.published",
    "cxenseparse:recs:publishtime",
];

/// `<meta name>` values that carry the modification date.
const MODIFIED_META_NAMES: &[&str] = &[
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "og:updated_time",
    "article.updated",
    "datemodified",
    "modified_time",
];

impl Found {
    fn collect(document: &Html) -> Found {
        let mut found = Found::default();
        let elements = document
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap);
        for element in elements {
            let value = element.value();
            match value.name() {
                "html" => set_once(&mut found.html_lang, value.attr("lang")),
                "meta" => found.meta(value),
                "link" if has_token(value.attr("rel"), "canonical") => {
                    set_once(&mut found.canonical, value.attr("href"))
                }
                "title" if !inside(element, "svg") => {
                    set_once_owned(&mut found.title_tag, element_text(element))
                }
                "h1" => set_once_owned(&mut found.first_h1, element_text(element)),
                "time" => set_once(&mut found.first_time, value.attr("datetime")),
                "script"
                    if value
                        .attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
                {
                    let raw: String = element.text().collect();
                    if let Some(json) = parse_lenient_json(&raw) {
                        found.json_ld.absorb(&json);
                    }
                }
                _ => {}
            }
            // The attributes read below, in one pass over the element's
            // attributes (this runs for every element of the page).
            let (mut itemprop, mut rel, mut class) = (None, None, None);
            for (name, attr) in value.attrs() {
                match name {
                    "itemprop" => itemprop = Some(attr),
                    "rel" => rel = Some(attr),
                    "class" => class = Some(attr),
                    _ => {}
                }
            }
            // Microdata on any element: `<time itemprop="datePublished"
            // datetime=…>`, `<span itemprop="datePublished">…</span>`.
            if value.name() != "meta" && itemprop == Some("datePublished") {
                let date = clean(value.attr("datetime"))
                    .or_else(|| clean(value.attr("content")))
                    .or_else(|| element_text(element));
                set_once_owned(&mut found.itemprop_date, date);
            }
            if value.name() != "meta" && itemprop == Some("dateModified") {
                let date = clean(value.attr("datetime"))
                    .or_else(|| clean(value.attr("content")))
                    .or_else(|| element_text(element));
                set_once_owned(&mut found.itemprop_modified, date);
            }
            if found.rel_author.is_none() && value.name() != "link" && has_token(rel, "author") {
                set_once_owned(&mut found.rel_author, element_text(element));
            }
            if found.byline_class.is_none() && has_token(class, "byline") {
                set_once_owned(&mut found.byline_class, element_text(element));
            }
            if found.author_class.is_none() && has_token(class, "author") {
                set_once_owned(&mut found.author_class, element_text(element));
            }
        }
        found
    }

    fn meta(&mut self, meta: &Element) {
        let content = meta.attr("content");
        let key = |attr: &str| meta.attr(attr).map(|v| v.trim().to_ascii_lowercase());
        for name in [key("property"), key("name")].into_iter().flatten() {
            match name.as_str() {
                "og:title" => set_once(&mut self.og_title, content),
                "og:site_name" => set_once(&mut self.og_site_name, content),
                "og:url" => set_once(&mut self.og_url, content),
                "og:locale" => set_once(&mut self.og_locale, content),
                "article:published_time" => set_once(&mut self.article_published, content),
                "article:modified_time" => set_once(&mut self.article_modified, content),
                name if MODIFIED_META_NAMES.contains(&name) => {
                    set_once(&mut self.meta_modified, content)
                }
                "author" => set_once(&mut self.meta_author, content.filter(|c| !is_url(c))),
                name if DATE_META_NAMES.contains(&name) => set_once(&mut self.meta_date, content),
                _ => {}
            }
        }
        match key("itemprop").as_deref() {
            Some("datepublished") => set_once(&mut self.itemprop_date, content),
            Some("datemodified") => set_once(&mut self.itemprop_modified, content),
            _ => {}
        }
        if key("http-equiv").as_deref() == Some("content-language") {
            set_once(&mut self.content_language, content);
        }
    }
}

/// The title: Open Graph, then JSON-LD headline, then `<title>`, then the
/// first `<h1>`; a trailing " | Site" naming the outlet is removed, and a
/// title that is only the site name does not count.
fn title_of(found: &Found, outlet: Option<&str>) -> Option<String> {
    [
        &found.og_title,
        &found.json_ld.headline,
        &found.title_tag,
        &found.first_h1,
    ]
    .into_iter()
    .flatten()
    .map(|title| strip_site_suffix(title, outlet))
    .find(|title| !title.is_empty() && !outlet.is_some_and(|site| title.eq_ignore_ascii_case(site)))
}

/// "Headline | Site" → "Headline" when "Site" is the outlet's name.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " / "];
    let Some(site) = site else {
        return title.to_string();
    };
    for separator in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            if tail.trim().eq_ignore_ascii_case(site.trim()) && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// A date in a URL path: `/2021/07/16/`, `/2021-07-16/`, `/20210716/`
/// (ISO `2021-07-16`); years 1990–2099.
fn date_in_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    let valid = |y: &str, m: &str, d: &str| -> Option<String> {
        let (year, month, day) = (
            y.parse::<u32>().ok()?,
            m.parse::<u32>().ok()?,
            d.parse::<u32>().ok()?,
        );
        let ok = y.len() == 4
            && (1990..2100).contains(&year)
            && (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && m.len() == 2
            && d.len() == 2;
        ok.then(|| format!("{year:04}-{month:02}-{day:02}"))
    };
    for window in parts.windows(3) {
        if let Some(date) = valid(window[0], window[1], window[2]) {
            return Some(date);
        }
    }
    for part in &parts {
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        if let [y, m, d] = part.splitn(3, '-').collect::<Vec<_>>()[..] {
            let d: String = d.chars().take_while(char::is_ascii_digit).collect();
            if let Some(date) = valid(y, m, &d) {
                return Some(date);
            }
        }
        if digits.len() == 8 && part.len() == 8 {
            if let Some(date) = valid(&digits[..4], &digits[4..6], &digits[6..]) {
                return Some(date);
            }
        }
    }
    None
}

/// Prefers an absolute URL: a relative canonical link is less useful than
/// an absolute `og:url`.
fn prefer_absolute(canonical: Option<String>, og_url: Option<String>) -> Option<String> {
    let absolute = |url: &Option<String>| url.as_deref().is_some_and(is_url);
    if absolute(&canonical) {
        canonical
    } else if absolute(&og_url) {
        og_url
    } else {
        canonical.or(og_url)
    }
}

fn is_url(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// "en-GB" → "en", "pt_BR" → "pt"; `None` for anything that is not a
/// two- or three-letter language code.
fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    let valid =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    valid.then(|| primary.to_ascii_lowercase())
}

fn has_token(list: Option<&str>, token: &str) -> bool {
    list.is_some_and(|list| {
        list.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case(token))
    })
}

fn inside(element: ElementRef, name: &str) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|ancestor| ancestor.value().name() == name)
}

/// The text of an element, whitespace collapsed; `None` when empty.
fn element_text(element: ElementRef) -> Option<String> {
    let text: String = element.text().collect();
    clean(Some(&text))
}

fn clean(value: Option<&str>) -> Option<String> {
    let collapsed = collapse_whitespace(value?);
    (!collapsed.is_empty()).then_some(collapsed)
}

fn set_once(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = clean(value);
    }
}

fn set_once_owned(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

// ---------------------------------------------------------------------------
// JSON-LD

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    date_modified: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
}

impl JsonLd {
    /// Takes what is missing from one JSON-LD block. Objects typed as an
    /// article are read first; other objects (a `WebPage`) only fill gaps.
    fn absorb(&mut self, json: &Value) {
        let mut objects = Vec::new();
        collect_objects(json, 0, &mut objects);
        let by_id = |id: &str| {
            objects
                .iter()
                .find(|object| object.get("@id").and_then(Value::as_str) == Some(id))
                .copied()
        };
        let (articles, others): (Vec<_>, Vec<_>) = objects
            .iter()
            .copied()
            .partition(|object| is_article(object));
        for object in articles.into_iter().chain(others) {
            set_once_owned(&mut self.headline, json_string(object.get("headline")));
            set_once_owned(
                &mut self.date_published,
                json_string(object.get("datePublished")),
            );
            set_once_owned(
                &mut self.date_modified,
                json_string(object.get("dateModified")),
            );
            set_once_owned(&mut self.publisher, names(object.get("publisher"), &by_id));
            set_once_owned(&mut self.author, names(object.get("author"), &by_id));
        }
    }
}

/// Objects of a JSON-LD block: the top level, arrays of them, and `@graph`.
fn collect_objects<'a>(value: &'a Value, depth: usize, out: &mut Vec<&'a Map<String, Value>>) {
    if depth > MAX_JSON_LD_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                collect_objects(item, depth + 1, out);
            }
        }
        Value::Object(object) => {
            out.push(object);
            if let Some(graph) = object.get("@graph") {
                collect_objects(graph, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn is_article(object: &Map<String, Value>) -> bool {
    let is_article_type = |t: &str| t.ends_with("Article") || t.ends_with("Posting");
    match object.get("@type") {
        Some(Value::String(t)) => is_article_type(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is_article_type),
        _ => false,
    }
}

fn json_string(value: Option<&Value>) -> Option<String> {
    clean(value?.as_str())
}

/// Names of a person or organisation field: a string, an object with a
/// `name` (or an `@id` pointing at one), or a list of those, joined with
/// ", ".
fn names<'a>(
    value: Option<&'a Value>,
    by_id: &dyn Fn(&str) -> Option<&'a Map<String, Value>>,
) -> Option<String> {
    let name_of = |item: &'a Value| -> Option<String> {
        match item {
            Value::String(name) => clean(Some(name)),
            Value::Object(object) => json_string(object.get("name")).or_else(|| {
                let id = object.get("@id")?.as_str()?;
                json_string(by_id(id)?.get("name"))
            }),
            _ => None,
        }
    };
    let mut all: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(name_of).collect(),
        item => name_of(item).into_iter().collect(),
    };
    all.dedup();
    (!all.is_empty()).then(|| all.join(", "))
}

/// Parses JSON-LD as pages really write it: wrapped in HTML comments or
/// CDATA, with raw newlines inside strings, or with trailing commas.
/// `None` when it still is not JSON.
fn parse_lenient_json(raw: &str) -> Option<Value> {
    let mut text = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = text.strip_prefix(open) {
            text = inner.strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    serde_json::from_str(text)
        .or_else(|_| serde_json::from_str(&repair_json(text)))
        .ok()
}

/// Replaces control characters inside strings with spaces and drops
/// commas right before a closing bracket.
fn repair_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            out.push(if c.is_control() { ' ' } else { c });
            continue;
        }
        match c {
            '"' => in_string = true,
            ',' => {
                let next = text[at + 1..].chars().find(|c| !c.is_whitespace());
                if matches!(next, Some('}' | ']')) {
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Ministers meet in Geneva | Daily Example</title>
  <meta property="og:site_name" content="Daily Example">
  <meta name="author" content="Jane Doe">
  <link rel="canonical" href="https://example.com/news/geneva-talks">
  <style>p { color: red }</style>
  <script>var tracker = "do not read me";</script>
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Ministers meet in Geneva",
   "datePublished": "2021-07-16T10:30:00+03:00",
   "publisher": {"@type": "Organization", "name": "Daily Example Ltd"}}
  </script>
</head>
<body>
  <header><a href="/">Daily Example</a><nav><ul><li>Home</li><li>World</li></ul></nav></header>
  <article>
    <h1>Ministers meet in Geneva</h1>
    <div class="share"><button>Share</button><a href="#">Tweet</a></div>
    <p>The two ministers met on Friday in   Geneva
       to discuss the withdrawal.</p>
    <figure><img src="x.jpg"><figcaption>The ministers in Geneva. Photo: Agency</figcaption></figure>
    <p>They agreed on <b>three</b> points:</p>
    <ul>
      <li><p>a ceasefire,</p></li>
      <li>talks in August,
        <ul><li>first round in Vienna</li></ul>
      </li>
    </ul>
    <blockquote>"We will keep talking," one of them said.</blockquote>
    <table><tr><th>Country</th><th>Troops</th></tr><tr><td>A</td><td>1,200</td></tr></table>
    <noscript>Enable JavaScript</noscript>
  </article>
  <aside><h2>Related</h2><p>Other story</p></aside>
  <footer><p>© Daily Example</p></footer>
</body>
</html>"##;

    #[test]
    fn extracts_article_blocks_without_furniture() {
        let extract = extract(NEWS_PAGE);
        assert_eq!(
            extract.text,
            [
                "Ministers meet in Geneva",
                "Tweet",
                "The two ministers met on Friday in Geneva to discuss the withdrawal.",
                "The ministers in Geneva. Photo: Agency",
                "They agreed on three points:",
                "a ceasefire,",
                "talks in August,",
                "first round in Vienna",
                "\"We will keep talking,\" one of them said.",
                "Country | Troops",
                "A | 1,200",
            ]
            .join("\n\n")
        );
    }

    #[test]
    fn extracts_metadata() {
        let extract = extract(NEWS_PAGE);
        assert_eq!(extract.title.as_deref(), Some("Ministers meet in Geneva"));
        assert_eq!(
            extract.published.as_deref(),
            Some("2021-07-16T10:30:00+03:00")
        );
        assert_eq!(extract.outlet.as_deref(), Some("Daily Example"));
        assert_eq!(
            extract.url.as_deref(),
            Some("https://example.com/news/geneva-talks")
        );
        assert_eq!(extract.language.as_deref(), Some("en"));
        assert_eq!(extract.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn article_furniture_is_kept_as_lines_for_the_cleaner() {
        let body = "A sentence of the article body that is long enough to count. ".repeat(3);
        let page = format!(
            r#"<body><header role="banner">Site chrome</header>
            <article>
              <header><p class="kicker"><a href="/w">World</a></p><h1>Headline</h1>
                <div class="share-bar"><a href="x">Share on X</a> | <a href="f">Share on Facebook</a>
                  <a href="mailto:">Email</a></div></header>
              <p>{body}</p>
              <aside><h3>Related</h3><ul><li><a href="/1">Other story</a></li></ul></aside>
              <p>Read <a href="/a">this</a> and <a href="/b">that</a>.</p>
              <footer><p>Correction: an earlier version misspelled a name.</p></footer>
            </article>
            <aside>Page sidebar</aside><footer>Page footer</footer></body>"#
        );
        let text = extract(&page).text;
        let lines: Vec<&str> = text.split("\n\n").collect();
        assert_eq!(
            lines,
            [
                "World",
                "Headline",
                "Share on X",
                "Share on Facebook",
                "Email",
                body.trim(),
                "Related",
                "Other story",
                "Read this and that.",
                "Correction: an earlier version misspelled a name.",
            ]
        );
    }

    #[test]
    fn standalone_pieces_are_lines_but_inline_text_is_not_split() {
        let page = r#"<body><div class="meta"><span class="author">By Kim Lee</span>
            <span>Updated 2 May</span></div>
            <div class="ad"><span>Advertisement</span><a href="/x">Cheap flights to Oslo</a></div>
            <div class="more"><h3>More on this</h3><a href="/1">First link</a> · <a href="/2">Second link</a></div>
            <div>Loose <a href="/3">linked</a> <em>words</em></div>
            <p><span>Span one</span><span> span two.</span></p>
            <p class="meta"><strong>reader42</strong> · <em>2 hours ago</em></p></body>"#;
        let extract = extract(page);
        let lines: Vec<&str> = extract.text.split("\n\n").collect();
        assert_eq!(
            lines,
            [
                "By Kim Lee",
                "Updated 2 May",
                "Advertisement",
                "Cheap flights to Oslo",
                "More on this",
                "First link",
                "Second link",
                "Loose linked words",
                "Span one span two.",
                "reader42 · 2 hours ago",
            ]
        );
        assert_eq!(extract.byline.as_deref(), Some("By Kim Lee"));
    }

    #[test]
    fn title_suffix_is_removed_only_when_it_names_the_site() {
        let page = r#"<html><head><title>Talks resume - Example News</title>
            <meta property="og:site_name" content="Example News"></head><body></body></html>"#;
        assert_eq!(extract(page).title.as_deref(), Some("Talks resume"));
        let page = "<html><head><title>Talks resume - in Vienna</title></head></html>";
        assert_eq!(
            extract(page).title.as_deref(),
            Some("Talks resume - in Vienna")
        );
        let page = r#"<html><head><title>Example News</title>
            <meta property="og:site_name" content="Example News"></head>
            <body><h1>Headline from h1</h1></body></html>"#;
        assert_eq!(extract(page).title.as_deref(), Some("Headline from h1"));
    }

    #[test]
    fn json_ld_graph_with_junk() {
        // Raw newline in a string, trailing comma, publisher by @id, list of
        // authors, inside an HTML comment.
        let page = r##"<html><head><script type="application/ld+json"><!--
        {"@graph": [
          {"@type": "WebPage", "datePublished": "2020-01-01"},
          {"@type": ["NewsArticle"], "headline": "Line one
line two", "datePublished": "2021-08-26",
           "author": [{"@type": "Person", "name": "A. Writer"}, "B. Writer"],
           "publisher": {"@id": "#org"},},
          {"@id": "#org", "@type": "Organization", "name": "Wire Service"}
        ]}
        --></script></head><body><p>x</p></body></html>"##;
        let extract = extract(page);
        assert_eq!(extract.published.as_deref(), Some("2021-08-26"));
        assert_eq!(extract.outlet.as_deref(), Some("Wire Service"));
        assert_eq!(extract.byline.as_deref(), Some("A. Writer, B. Writer"));
        assert_eq!(extract.title.as_deref(), Some("Line one line two"));
    }

    #[test]
    fn unparseable_json_ld_is_ignored() {
        let page = r#"<script type="application/ld+json">{"datePublished": </script>
            <time datetime="2021-09-01">1 Sept</time><p>Body</p>"#;
        let extract = extract(page);
        assert_eq!(extract.published.as_deref(), Some("2021-09-01"));
        assert_eq!(extract.text, "1 Sept\n\nBody");
    }

    #[test]
    fn date_sources_in_order() {
        let page = r#"<html><head><meta name="date" content="2021-07-01">
            <meta itemprop="datePublished" content="2021-07-02"></head>
            <body><time datetime="2021-07-03">x</time></body></html>"#;
        assert_eq!(extract(page).published.as_deref(), Some("2021-07-01"));
        let page = r#"<body><span itemprop="datePublished">July 2, 2021</span>
            <time datetime="2021-07-03">x</time></body>"#;
        assert_eq!(extract(page).published.as_deref(), Some("July 2, 2021"));
    }

    #[test]
    fn byline_from_rel_author_or_class() {
        let page = r#"<body><p>By <a rel="author" href="/a">Ann Smith</a></p>
            <div class="meta byline">By Ann Smith, Moscow</div></body>"#;
        assert_eq!(extract(page).byline.as_deref(), Some("Ann Smith"));
        let page = r#"<body><div class="byline">By   Ann Smith,
            Moscow</div></body>"#;
        assert_eq!(
            extract(page).byline.as_deref(),
            Some("By Ann Smith, Moscow")
        );
    }

    #[test]
    fn several_articles_fall_back_to_body() {
        let long = "word ".repeat(40);
        let page = format!(
            "<body><p>Intro</p><article><p>{long}</p></article><article><p>{long}</p></article></body>"
        );
        let text = extract(&page).text;
        assert!(text.starts_with("Intro\n\n"), "{text}");
        assert_eq!(
            text.split("\n\n").filter(|b| b.starts_with("word")).count(),
            2
        );
    }

    #[test]
    fn teaser_articles_do_not_count() {
        let long = "word ".repeat(40);
        let page = format!(
            "<body><p>Outside</p><article><p>{long}</p></article>\
             <article><p>Teaser</p></article></body>"
        );
        let text = extract(&page).text;
        assert!(
            !text.contains("Outside") && !text.contains("Teaser"),
            "{text}"
        );
    }

    #[test]
    fn main_is_used_when_there_is_no_article() {
        let long = "word ".repeat(40);
        let page = format!("<body><div>Menu</div><main><p>{long}</p></main></body>");
        assert!(!extract(&page).text.contains("Menu"));
    }

    #[test]
    fn loose_text_and_line_breaks() {
        let page = "<body><div>Loose text<br>after break<p>para</p>tail</div></body>";
        assert_eq!(
            extract(page).text,
            "Loose text\n\nafter break\n\npara\n\ntail"
        );
    }

    #[test]
    fn hidden_elements_and_small_forms_are_skipped() {
        let page = r#"<body><p>Kept</p><div hidden>h1</div><div aria-hidden="true">h2</div>
            <div style="display: none">h3</div><div role="navigation">h4</div>
            <form><p>Sign up for our newsletter</p><input></form></body>"#;
        assert_eq!(extract(page).text, "Kept");
    }

    #[test]
    fn inline_styles_that_hide() {
        for style in [
            "display:none",
            "color: red; DISPLAY : None !important",
            "visibility: hidden",
        ] {
            assert!(style_hides(style), "{style}");
        }
        for style in [
            "display: block",
            "color: none",
            "visibility:visible",
            "",
            ";:;",
        ] {
            assert!(!style_hides(style), "{style}");
        }
    }

    #[test]
    fn a_form_wrapping_the_page_is_not_skipped() {
        let page = "<body><form id=aspnetForm><p>One.</p><p>Two.</p><p>Three.</p></form></body>";
        assert_eq!(extract(page).text, "One.\n\nTwo.\n\nThree.");
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        let page = "<body><pre>line  one\n\n   line two  \n</pre><p>after</p></body>";
        assert_eq!(extract(page).text, "line  one\n   line two\n\nafter");
    }

    #[test]
    fn language_variants() {
        assert_eq!(primary_subtag("en-GB").as_deref(), Some("en"));
        assert_eq!(primary_subtag(" RU ").as_deref(), Some("ru"));
        assert_eq!(primary_subtag("pt_BR").as_deref(), Some("pt"));
        assert_eq!(primary_subtag("x"), None);
        assert_eq!(primary_subtag("english"), None);
        let page = r#"<html><head><meta property="og:locale" content="de_DE"></head></html>"#;
        assert_eq!(extract(page).language.as_deref(), Some("de"));
    }

    #[test]
    fn relative_canonical_loses_to_absolute_og_url() {
        let page = r#"<head><link rel="canonical" href="/a"><meta property="og:url" content="https://x.org/a"></head>"#;
        assert_eq!(extract(page).url.as_deref(), Some("https://x.org/a"));
        let page = r#"<head><link rel="canonical" href="/a"></head>"#;
        assert_eq!(extract(page).url.as_deref(), Some("/a"));
    }

    #[test]
    fn malformed_markup() {
        let page =
            "<html><body><p>Unclosed <b>bold <i>both</p><p>Next<div>in div\u{0}\u{fffd}</body>";
        let extract = extract(page);
        // The parser drops the NUL; the replacement character stays.
        assert_eq!(extract.text, "Unclosed bold both\n\nNext\n\nin div\u{fffd}");
        assert_eq!(extract.title, None);
        for page in [
            "",
            "<",
            "<<<>>>",
            "</p></div>",
            "<html",
            "<!--",
            "<script>",
            "<table><td>x",
            "<svg><title>t</title></svg>",
            "plain text only",
        ] {
            let _ = super::extract(page);
        }
        assert_eq!(super::extract("plain text only").text, "plain text only");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // The walk is iterative; the depth is kept modest because the HTML
        // parser itself is quadratic in nesting depth.
        let page = format!("{}deep{}", "<div>".repeat(3_000), "</div>".repeat(3_000));
        assert_eq!(extract(&page).text, "deep");
    }

    #[test]
    fn never_panics_on_pseudo_random_markup() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<article>",
            "</article>",
            "<li>",
            "<ul>",
            "</ul>",
            "<script type=\"application/ld+json\">{\"author\":[",
            "</script>",
            "<meta ",
            "property=\"og:title\" ",
            "content=\"",
            "\"",
            ">",
            "<",
            "&amp;",
            "&#x0;",
            "text ",
            "<table><tr><td>",
            "<pre>",
            "\u{0}",
            "\u{fffd}",
            "é",
            "<br>",
            "<title>",
            "<html lang=",
            "<time datetime=",
            "<form>",
            "<!--",
            "-->",
            "<![CDATA[",
            "\n",
            "<h1>",
            "<a rel=author>",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..500 {
            let mut page = String::new();
            for _ in 0..(state % 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                page.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let result = extract(&page);
            assert!(!result.text.contains("\n\n\n"));
        }
    }
}
