//! Main-content detection: which part of the page is the article.
//!
//! The page is walked once into text blocks (as [`super::block_texts`]
//! writes them), each with the chain of elements around it, its length and
//! how much of it is link text. Blocks are classified:
//!
//! - **prose**: long enough, few links, sentence-like → adds its length to
//!   every element around it (the element's *mass*);
//! - **short prose**: a short line ending like a sentence, or a
//!   subheading → adds half its length;
//! - **furniture**: everything else (menus, labels, link lists) → adds its
//!   length to the element's *noise*.
//!
//! Blocks inside elements whose class or id names page furniture (comments,
//! cookie prompts, newsletters, related links, sidebars, adverts…) and
//! blocks that are mostly links count as noise whatever they look like,
//! unless that element holds most of the page's prose (a class name on a
//! wrapper is weak evidence against a whole page of paragraphs).
//!
//! Prose loose in layout elements (a teaser's description in a `<div>`)
//! counts half. The container is the element with the best
//! `mass - 2 × noise` (×1.5 when its class or `itemprop` names the article
//! body) among those holding at least a quarter of the page's mass, the
//! deeper one on a tie;
//! when it lies inside an `<article>` that wraps no other article, the
//! article is taken instead, so that its own furniture (kicker, byline,
//! share bar, related box) reaches the plain-text cleaner, which removes
//! it with an audit. A page whose best container is mostly noise, or that
//! has too little prose, fits no article shape.

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};

use super::{holds_only_elements, is_separator, BlockWriter};

/// Pages with less prose than this (in characters) are judged by the
/// simple landmark rule instead.
const MIN_MASS: usize = 100;
/// Below this much prose the page is not an article.
const MIN_ARTICLE_MASS: usize = 300;
/// A block at least this long (non-link characters) with few links is
/// prose, sentence punctuation or not.
const LONG_BLOCK: usize = 100;
/// …and a block this long ending like a sentence.
const PROSE_BLOCK: usize = 50;
/// Shorter sentence-like lines count half.
const SHORT_PROSE: usize = 15;
/// Link share above which a block is furniture.
const MAX_LINK_DENSITY: f64 = 0.35;
/// Link share above which a whole container (of two or more blocks) is a
/// link list.
const LINK_LIST_DENSITY: f64 = 0.5;
/// Candidates hold at least this share of the page's mass.
const MIN_CANDIDATE_SHARE: f64 = 0.25;
/// …or this share when its class names the article body.
const MIN_POSITIVE_SHARE: f64 = 0.15;
/// The score of a container whose class names the article body is
/// multiplied by this.
const POSITIVE_BONUS: f64 = 1.5;
/// Prose loose in layout elements (a teaser's description in a `<div>`)
/// counts this much against prose in paragraphs.
const LAYOUT_PROSE: f64 = 0.5;
/// How much a character of furniture costs a container against a
/// character of prose.
const NOISE_WEIGHT: f64 = 2.0;
/// A container whose prose is less than this share of its kept text is not
/// an article.
const MIN_PROSE_SHARE: f64 = 0.35;

/// Class and id fragments that name page furniture.
const NEGATIVE_FRAGMENTS: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "newsletter",
    "subscribe",
    "cookie",
    "consent",
    "gdpr",
    "promo",
    "advert",
    "sponsor",
    "outbrain",
    "taboola",
    "breadcrumb",
    "sidebar",
    "side-bar",
    "footer",
    "masthead",
    "navbar",
    "navigation",
    "menu",
    "popup",
    "modal",
    "signup",
    "sign-up",
    "popular",
    "trending",
    "more-stories",
    "morestories",
    "read-more",
    "readmore",
    "author-bio",
    "authorbio",
    "toolbar",
    "widget",
    "disqus",
    "banner",
    "caption",
    "tag-list",
    "taglist",
    "skip-link",
    "login",
    "teaser",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "sr-only",
];

/// Whole class/id tokens (split at `-` and `_` too) that name furniture.
const NEGATIVE_TOKENS: &[&str] = &[
    "ad", "ads", "nav", "aside", "hidden", "hide", "tags", "print", "rail", "promo",
];

/// Class and id fragments that name the article body: they override the
/// negative ones ("article-body share-enabled").
const POSITIVE_FRAGMENTS: &[&str] = &[
    "article-body",
    "articlebody",
    "article__body",
    "article-content",
    "article__content",
    "articlecontent",
    "article-text",
    "articletext",
    "story-body",
    "storybody",
    "story-content",
    "post-body",
    "postbody",
    "post-content",
    "entry-content",
    "body-text",
    "bodytext",
    "rich-text",
    "richtext",
];

/// One element the walk went into.
struct Elem<'a> {
    node: NodeId,
    name: &'a str,
    parent: Option<usize>,
    depth: usize,
    /// The class or id names furniture.
    negative: bool,
    /// The class, id or itemprop names the article body.
    positive: bool,
}

/// One text block and where it stands.
struct Block {
    text: String,
    chars: usize,
    link_chars: usize,
    /// Index into `Walk::elems` of the innermost element around it.
    owner: Option<usize>,
    /// The innermost element is a heading.
    heading: bool,
    /// …a first-level heading (the headline).
    headline: bool,
    /// …a paragraph, block quote or preformatted block: text written as
    /// prose, not a teaser's description in a layout `<div>`.
    paragraph: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Prose,
    ShortProse,
    Furniture,
}

struct Walk<'a> {
    elems: Vec<Elem<'a>>,
    blocks: Vec<Block>,
}

/// The chosen content: its blocks in document order.
pub(super) struct Content {
    pub blocks: Vec<String>,
    pub is_article: bool,
    /// The container element (for the date inside it).
    pub container: Option<NodeId>,
}

/// How furniture inside the container is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Furniture {
    /// Kept as lines for the plain-text cleaner to remove with an audit.
    #[default]
    Keep,
    /// Dropped here: named-furniture elements, link lists, captions.
    Drop,
}

/// Finds the main content of the page. `None` when the page has too little
/// prose to judge (the caller then uses the landmark rule).
pub(super) fn find(document: &Html, furniture: Furniture) -> Option<Content> {
    let root = body_of(document)?;
    select(&walk(root), furniture)
}

/// [`find`] with furniture kept and with furniture dropped, from one walk
/// of the page (the walk is most of the work after parsing).
pub(super) fn find_both(document: &Html) -> Option<(Content, Content)> {
    let root = body_of(document)?;
    let walk = walk(root);
    Some((
        select(&walk, Furniture::Keep)?,
        select(&walk, Furniture::Drop)?,
    ))
}

fn body_of(document: &Html) -> Option<ElementRef<'_>> {
    document
        .tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|element| element.value().name() == "body")
}

/// Chooses the content container in a walked page and its blocks.
fn select(walk: &Walk, furniture: Furniture) -> Option<Content> {
    let n = walk.elems.len();
    if walk.blocks.is_empty() || n == 0 {
        return None;
    }

    // Raw prose mass (ignoring class names), for protecting wrappers.
    let classes: Vec<Class> = walk.blocks.iter().map(classify).collect();
    let mut raw_mass = vec![0f64; n];
    for (block, class) in walk.blocks.iter().zip(&classes) {
        add_up(walk, block.owner, weight(*class, block), &mut raw_mass);
    }
    let total_raw = raw_mass[0].max(1.0);
    if total_raw < MIN_MASS as f64 {
        return None;
    }

    // Which elements are furniture: a negative name not outweighed by a
    // positive one, on an element that is not a landmark of the content
    // and does not hold most of the page's prose.
    let mut furniture_elem = vec![false; n];
    for (i, elem) in walk.elems.iter().enumerate() {
        let inherited = elem.parent.is_some_and(|p| furniture_elem[p]);
        let own = elem.negative
            && !elem.positive
            && !matches!(elem.name, "body" | "html" | "main" | "article")
            && raw_mass[i] < 0.5 * total_raw;
        // A positive element inside furniture stays furniture (a comment
        // body), so inheritance wins.
        furniture_elem[i] = inherited || own;
    }

    // Link lists: layout elements whose blocks are mostly link text.
    let mut chars = vec![0usize; n];
    let mut links = vec![0usize; n];
    let mut block_count = vec![0usize; n];
    for block in &walk.blocks {
        let mut at = block.owner;
        while let Some(i) = at {
            chars[i] += block.chars;
            links[i] += block.link_chars;
            block_count[i] += 1;
            at = walk.elems[i].parent;
        }
    }
    let link_list: Vec<bool> = (0..n)
        .map(|i| {
            block_count[i] >= 2
                && chars[i] > 0
                && links[i] as f64 / chars[i] as f64 > LINK_LIST_DENSITY
                && raw_mass[i] < 0.5 * total_raw
        })
        .collect();
    let in_link_list = |owner: Option<usize>| {
        let mut at = owner;
        while let Some(i) = at {
            if link_list[i] {
                return true;
            }
            at = walk.elems[i].parent;
        }
        false
    };

    // Effective classes and mass/noise.
    let mut dropped = vec![false; walk.blocks.len()];
    let mut effective = classes.clone();
    let mut mass = vec![0f64; n];
    let mut noise = vec![0f64; n];
    for (b, block) in walk.blocks.iter().enumerate() {
        let in_furniture = block.owner.is_some_and(|i| furniture_elem[i]);
        let listed = in_link_list(block.owner);
        let class = if in_furniture || listed {
            Class::Furniture
        } else {
            classes[b]
        };
        effective[b] = class;
        if furniture == Furniture::Drop && (in_furniture || listed || link_heavy(block)) {
            dropped[b] = true;
        }
        match class {
            Class::Furniture => {
                if !dropped[b] {
                    add_up(walk, block.owner, block.chars as f64, &mut noise);
                }
            }
            _ => add_up(walk, block.owner, weight(class, block), &mut mass),
        }
    }

    let total = mass[0];
    let best = (0..n)
        .filter(|&i| {
            let share = if walk.elems[i].positive {
                MIN_POSITIVE_SHARE
            } else {
                MIN_CANDIDATE_SHARE
            };
            mass[i] >= share * total && mass[i] > 0.0
        })
        .max_by(|&a, &b| {
            let score = |i: usize| {
                let bonus = if walk.elems[i].positive {
                    POSITIVE_BONUS
                } else {
                    1.0
                };
                (mass[i] - NOISE_WEIGHT * noise[i]) * bonus
            };
            score(a)
                .total_cmp(&score(b))
                .then(walk.elems[a].depth.cmp(&walk.elems[b].depth))
        })?;
    let container = snap_to_article(walk, best);

    let is_article = raw_mass[container] >= MIN_ARTICLE_MASS as f64
        && mass[container] / (mass[container] + noise[container]).max(1.0) >= MIN_PROSE_SHARE;

    let mut kept: Vec<usize> = (0..walk.blocks.len())
        .filter(|&b| !dropped[b] && within(walk, walk.blocks[b].owner, container))
        .collect();
    if furniture == Furniture::Drop && kept.iter().any(|&b| effective[b] == Class::Prose) {
        // The container's own head and tail furniture: headline, kicker,
        // date and byline lines before the first paragraph; labels, link
        // lines and prompts after the last one.
        let lead = kept
            .iter()
            .position(|&b| effective[b] != Class::Furniture && !walk.blocks[b].headline)
            .unwrap_or(kept.len());
        kept.drain(..lead);
        // Trailing furniture goes unless it stands in the same element as
        // the last paragraph (a list of dates closing the article).
        let last_prose = kept.iter().rposition(|&b| effective[b] == Class::Prose);
        let anchor = last_prose
            .and_then(|at| walk.blocks[kept[at]].owner)
            .and_then(|owner| walk.elems[owner].parent);
        let tail = kept
            .iter()
            .rposition(|&b| {
                effective[b] != Class::Furniture
                    || anchor.is_some_and(|a| within(walk, walk.blocks[b].owner, a))
            })
            .map_or(0, |last| last + 1);
        kept.truncate(tail);
    }
    let blocks = kept
        .into_iter()
        .map(|b| walk.blocks[b].text.clone())
        .collect();
    Some(Content {
        blocks,
        is_article,
        container: Some(walk.elems[container].node),
    })
}

/// The nearest `<article>` around the element (or itself), when that
/// article wraps no other article; else the element.
fn snap_to_article(walk: &Walk, best: usize) -> usize {
    let mut at = Some(best);
    while let Some(i) = at {
        if walk.elems[i].name == "article" {
            let wraps_another = walk
                .elems
                .iter()
                .enumerate()
                .any(|(j, elem)| j != i && elem.name == "article" && within(walk, Some(j), i));
            return if wraps_another { best } else { i };
        }
        at = walk.elems[i].parent;
    }
    best
}

/// Whether element `inner` (a block's owner) is `outer` or inside it.
fn within(walk: &Walk, inner: Option<usize>, outer: usize) -> bool {
    let mut at = inner;
    while let Some(i) = at {
        if i == outer {
            return true;
        }
        if walk.elems[i].depth <= walk.elems[outer].depth {
            return false;
        }
        at = walk.elems[i].parent;
    }
    false
}

fn add_up(walk: &Walk, owner: Option<usize>, amount: f64, into: &mut [f64]) {
    if amount <= 0.0 {
        return;
    }
    let mut at = owner;
    while let Some(i) = at {
        into[i] += amount;
        at = walk.elems[i].parent;
    }
}

fn link_heavy(block: &Block) -> bool {
    block.chars > 0 && block.link_chars as f64 / block.chars as f64 > 0.75
}

fn classify(block: &Block) -> Class {
    if block.chars == 0 {
        return Class::Furniture;
    }
    let density = block.link_chars as f64 / block.chars as f64;
    if density > MAX_LINK_DENSITY {
        return Class::Furniture;
    }
    let own = block.chars - block.link_chars;
    if looks_like_markup(&block.text) || shouts(&block.text) {
        return Class::Furniture;
    }
    let sentence_end = block.text.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '"' | '”' | '’' | '»' | ':' | ')' | '…' | '。'
        )
    });
    if block.heading {
        return if own >= SHORT_PROSE {
            Class::ShortProse
        } else {
            Class::Furniture
        };
    }
    if own >= LONG_BLOCK || (own >= PROSE_BLOCK && sentence_end) {
        Class::Prose
    } else if own >= SHORT_PROSE && sentence_end {
        Class::ShortProse
    } else {
        Class::Furniture
    }
}

/// Markup shown as text (an `<img>` tag inside `<noscript>`).
fn looks_like_markup(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with('<') && text.contains('=') && text.contains('>')
}

/// A line in capitals: a prompt or a label, not prose.
fn shouts(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 12 && lower * 4 < upper
}

fn weight(class: Class, block: &Block) -> f64 {
    let own = block.chars.saturating_sub(block.link_chars) as f64;
    let layout = if block.paragraph { 1.0 } else { LAYOUT_PROSE };
    match class {
        Class::Prose => own * layout,
        Class::ShortProse => own * 0.5,
        Class::Furniture => 0.0,
    }
}

/// Characters that count: everything but whitespace.
fn count_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn names_of(element: &ElementRef) -> (bool, bool) {
    let value = element.value();
    let mut negative = false;
    let mut positive = value
        .attr("itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"));
    for attr in ["class", "id"] {
        let Some(names) = value.attr(attr) else {
            continue;
        };
        let lower: std::borrow::Cow<str> = if names.bytes().any(|b| b.is_ascii_uppercase()) {
            names.to_ascii_lowercase().into()
        } else {
            names.into()
        };
        if POSITIVE_FRAGMENTS.iter().any(|f| lower.contains(f)) {
            positive = true;
        }
        if NEGATIVE_FRAGMENTS.iter().any(|f| lower.contains(f))
            || lower
                .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
                .any(|token| NEGATIVE_TOKENS.contains(&token))
        {
            negative = true;
        }
    }
    (negative, positive)
}

/// Walks the body into blocks with their owners, as `block_texts` does.
fn walk(root: ElementRef<'_>) -> Walk<'_> {
    let mut writer = BlockWriter::default();
    let mut elems: Vec<Elem> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // Open elements (indices into `elems`), innermost last.
    let mut open: Vec<usize> = Vec::new();
    let mut holds_pieces: Vec<bool> = Vec::new();
    let mut link_depth = 0usize;
    let mut pending_link = 0usize;
    let start = *root;
    let mut node = start;

    // Attaches a freshly flushed block to the open elements.
    let attach = |writer: &mut BlockWriter,
                  blocks: &mut Vec<Block>,
                  elems: &[Elem<'_>],
                  open: &[usize],
                  pending_link: &mut usize| {
        while blocks.len() < writer.blocks.len() {
            let text = std::mem::take(&mut writer.blocks[blocks.len()]);
            let chars = count_chars(&text);
            let owner = open.last().copied();
            let heading = owner
                .is_some_and(|i| matches!(elems[i].name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
            let headline = owner.is_some_and(|i| elems[i].name == "h1");
            let paragraph =
                owner.is_some_and(|i| matches!(elems[i].name, "p" | "blockquote" | "pre"));
            blocks.push(Block {
                paragraph,
                text,
                chars,
                link_chars: (*pending_link).min(chars),
                owner,
                heading,
                headline,
            });
            *pending_link = 0;
        }
    };

    'walk: loop {
        let in_pieces = holds_pieces.last().copied().unwrap_or(false);
        let mut descend = false;
        match node.value() {
            Node::Text(text) if !(in_pieces && is_separator(text)) => {
                writer.text(text);
                if link_depth > 0 {
                    pending_link += count_chars(text);
                }
            }
            Node::Element(_) => {
                if let Some(element) = ElementRef::wrap(node) {
                    let before = writer.blocks.len();
                    let opened = writer.open(element, in_pieces);
                    if writer.blocks.len() > before {
                        attach(&mut writer, &mut blocks, &elems, &open, &mut pending_link);
                    } else if writer.current.trim().is_empty() {
                        pending_link = 0;
                    }
                    if opened {
                        let (named_negative, positive) = names_of(&element);
                        let negative = named_negative || element.value().name() == "figcaption";
                        let parent = open.last().copied();
                        elems.push(Elem {
                            node: node.id(),
                            name: element.value().name(),
                            parent,
                            depth: open.len(),
                            negative,
                            positive,
                        });
                        open.push(elems.len() - 1);
                        if element.value().name() == "a" {
                            link_depth += 1;
                        }
                        descend = true;
                    }
                }
            }
            _ => {}
        }
        if descend {
            if let Some(child) = node.first_child() {
                holds_pieces.push(ElementRef::wrap(node).is_some_and(holds_only_elements));
                node = child;
                continue;
            }
        }
        loop {
            if let Some(element) = ElementRef::wrap(node) {
                let is_open = open.last().is_some_and(|&i| elems[i].node == node.id());
                if is_open {
                    let in_pieces = holds_pieces.last().copied().unwrap_or(false);
                    let before = writer.blocks.len();
                    writer.close(element, in_pieces);
                    if writer.blocks.len() > before {
                        attach(&mut writer, &mut blocks, &elems, &open, &mut pending_link);
                    }
                    if element.value().name() == "a" {
                        link_depth = link_depth.saturating_sub(1);
                    }
                    open.pop();
                }
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
    attach(&mut writer, &mut blocks, &elems, &open, &mut pending_link);
    Walk { elems, blocks }
}
