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
//! cookie prompts, newsletters, related links, sidebars, author boxes,
//! adverts…), inside captions and asides, and blocks in link lists count
//! as noise whatever they look like, unless that element holds most of the
//! page's prose (a class name on a wrapper is weak evidence against a
//! whole page of paragraphs). A branch of a link list that is itself prose
//! with hardly a link (an article body beside a list of headlines) is not
//! part of the list. Furniture the article drops anyway costs half.
//! Unlinked table rows, and unlinked short lines inside an element named
//! for the article body, are data (a results table, a schedule) and cost
//! nothing.
//!
//! Teasers add no mass: small elements whose first text is a linked
//! heading or title (cards), and three or more side-by-side items that open
//! with a linked headline outside the article body (a ticker); they are
//! dropped with the furniture.
//!
//! Prose loose in layout elements (a teaser's description in a `<div>`)
//! counts half, except inside an element named for the article body. The
//! container is the element with the best `mass - 2 × noise` (×1.5 when
//! its class or `itemprop` names the article body) among those holding at
//! least a quarter of the page's mass, the deeper one on a tie; a part of
//! an element named for the article body widens to that element; when it
//! lies inside an `<article>` that wraps no other article, the article is
//! taken instead, so that its own furniture (kicker, byline, share bar,
//! related box) reaches the plain-text cleaner, which removes it with an
//! audit; when it holds several `<article>`s side by side, the one with
//! the page's only `<h1>` is the story. The furniture-dropping and the
//! furniture-keeping selections read the same container, so that the
//! cleaner can compare them line by line. A page whose best container is
//! mostly noise, or that has too little prose, fits no article shape.

use std::sync::OnceLock;

use ego_tree::NodeId;
use regex::Regex;
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
/// …unless it is a long sentence with at most this share of links.
const MAX_PROSE_LINK_DENSITY: f64 = 0.6;
/// Link share above which a whole container (of two or more blocks) is a
/// link list.
const LINK_LIST_DENSITY: f64 = 0.5;
/// A branch of a link list with less link text than this share, and some
/// prose, is not an item of the list.
const BRANCH_LINK_DENSITY: f64 = 0.1;
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
/// What a character of dropped furniture (link lists, named furniture)
/// costs against one of furniture the article would keep.
const DROPPED_NOISE: f64 = 0.5;
/// A block opening with this many link characters opens with a linked
/// headline…
const LEAD_HEADLINE: usize = 30;
/// …and this many such blocks side by side are teasers.
const MIN_TEASER_ITEMS: usize = 3;
/// Unlinked sibling lines of one kind in a row that make a list.
const MIN_LIST_RUN: usize = 3;
/// A teaser card holds less than this share of the page's prose.
const MAX_CARD_SHARE: f64 = 0.25;
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
    "byline",
    // Author boxes: the writer's photo, bio and other posts.
    "author-box",
    "authorbox",
    "about-author",
    "about-the-author",
    "author-info",
    "author-content",
    "author-card",
    "author-details",
    "author-profile",
    "author-description",
    "post-author",
    "article-author",
    "entry-author",
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
    "disclosure",
    // Marked as no content for crawlers, or shown only without scripts.
    "robots-nocontent",
    "noscript",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "sr-only",
];

/// Whole class/id tokens (split at `-` and `_` too) that name furniture.
const NEGATIVE_TOKENS: &[&str] = &[
    "ad", "ads", "nav", "aside", "hidden", "hide", "tags", "print", "rail", "promo", "cta",
];

/// How the class names of elements styled as headings end ("card-title",
/// "post__headline"; not "title-labels"): a linked one opens a teaser card
/// as a linked `<h3>` does.
const TITLE_ENDINGS: &[&str] = &["title", "headline"];

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
    /// …this element's or an ancestor's.
    under_positive: bool,
    /// The class names a title or headline (a heading by style).
    titled: bool,
    /// This element's or an ancestor's class or id names a note set apart
    /// from the text (a correction, a disclaimer, a footnote).
    noted: bool,
}

/// One text block and where it stands.
struct Block {
    text: String,
    chars: usize,
    link_chars: usize,
    /// Link characters the block opens with (a linked headline followed by
    /// its teaser).
    lead_link: usize,
    /// Index into `Walk::elems` of the innermost element around it.
    owner: Option<usize>,
    /// The innermost element is a heading.
    heading: bool,
    /// …a first-level heading (the headline).
    headline: bool,
    /// …a table row.
    row: bool,
    /// …an element whose class names a title (a heading by style).
    titled: bool,
    /// …inside an element named for the article body.
    in_body: bool,
    /// …a paragraph, block quote or preformatted block: text written as
    /// prose, not a teaser's description in a layout `<div>`.
    paragraph: bool,
}

/// Whether an element is a teaser card, as its blocks are read in order.
#[derive(Clone, Copy, PartialEq)]
enum CardState {
    /// Only labels so far.
    Open,
    /// A linked heading came first.
    Card,
    /// Prose came first.
    NotCard,
}

#[derive(Clone, Copy, PartialEq, Debug)]
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
    /// Per block: the page writes it as the article's own text — a
    /// paragraph, list item, definition or table row that the
    /// furniture-dropping selection keeps, not marked by its class as a
    /// note (a correction). Such a line is the article's by structure,
    /// whatever its shape (a list of dates closing the story).
    pub structural: Vec<bool>,
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
    let walk = walk(root);
    Some(content(&walk, &score(&walk)?, furniture))
}

/// [`find`] with furniture kept and with furniture dropped, from one walk
/// of the page (the walk is most of the work after parsing).
pub(super) fn find_both(document: &Html) -> Option<(Content, Content)> {
    let root = body_of(document)?;
    let walk = walk(root);
    let scored = score(&walk)?;
    Some((
        content(&walk, &scored, Furniture::Keep),
        content(&walk, &scored, Furniture::Drop),
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

/// The chosen container's blocks, with its furniture or without.
fn content(walk: &Walk, scored: &Scored, furniture: Furniture) -> Content {
    let blocks = match furniture {
        Furniture::Keep => &scored.all,
        Furniture::Drop => &scored.kept,
    };
    // `kept` is sorted (document order): membership is a binary search.
    let structural = blocks
        .iter()
        .map(|&b| {
            let block = &walk.blocks[b];
            // A paragraph the page marks as a note (a correction) is set
            // apart from the text even in the article's markup.
            !block.heading
                && block.owner.is_some_and(|o| {
                    matches!(walk.elems[o].name, "p" | "li" | "dd" | "tr" | "blockquote")
                        && !walk.elems[o].noted
                })
                && scored.kept.binary_search(&b).is_ok()
        })
        .collect();
    Content {
        blocks: blocks
            .iter()
            .map(|&b| walk.blocks[b].text.clone())
            .collect(),
        structural,
        is_article: scored.is_article,
        container: Some(walk.elems[scored.container].node),
    }
}

/// Everything the selection decided about a walked page.
struct Scored {
    /// Per block: its class on its own and after its elements' names.
    classes: Vec<Class>,
    effective: Vec<Class>,
    mass: Vec<f64>,
    noise: Vec<f64>,
    /// The best-scoring element and the container it snapped to.
    best: usize,
    container: usize,
    is_article: bool,
    /// The container's blocks, in document order…
    all: Vec<usize>,
    /// …and those kept with its furniture dropped.
    kept: Vec<usize>,
}

/// Scores a walked page's elements and chooses its container and blocks.
fn score(walk: &Walk) -> Option<Scored> {
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
    // A block is in a link list unless the branch of the list it stands
    // in is itself prose with hardly a link (an article body beside a
    // list of headlines in one wrapper): an item of a list has links.
    let in_link_list = |owner: Option<usize>| {
        let mut at = owner;
        let mut branch: Option<usize> = None;
        while let Some(i) = at {
            if link_list[i] {
                let prose_branch = branch.is_some_and(|c| {
                    raw_mass[c] >= LONG_BLOCK as f64
                        && (links[c] as f64) < BRANCH_LINK_DENSITY * chars[c] as f64
                });
                if !prose_branch {
                    return true;
                }
            }
            branch = Some(i);
            at = walk.elems[i].parent;
        }
        false
    };

    // Teaser cards: small elements whose first text past any label is a
    // linked heading (a headline pointing elsewhere) — their description
    // is a teaser's, not the page's prose, and adds nothing to the
    // elements around them.
    let mut card_state = vec![CardState::Open; n];
    for (b, block) in walk.blocks.iter().enumerate() {
        let linked_heading = (block.heading || block.titled) && link_heavy(block);
        let mut at = block.owner;
        while let Some(i) = at {
            if card_state[i] == CardState::Open {
                if linked_heading {
                    card_state[i] = CardState::Card;
                } else if classes[b] != Class::Furniture {
                    card_state[i] = CardState::NotCard;
                }
            }
            at = walk.elems[i].parent;
        }
    }
    let card: Vec<bool> = (0..n)
        .map(|i| {
            card_state[i] == CardState::Card
                && raw_mass[i] > 0.0
                && raw_mass[i] < MAX_CARD_SHARE * total_raw
        })
        .collect();
    let in_card = |owner: Option<usize>| {
        let mut at = owner;
        while let Some(i) = at {
            if card[i] {
                return true;
            }
            at = walk.elems[i].parent;
        }
        false
    };

    // Teaser items: blocks that open with a linked headline and go on
    // with its teaser, three or more side by side (a ticker, a list of
    // latest stories). Not paragraphs, nor anything inside the element
    // named for the article body: a news digest's items and a live blog's
    // paragraphs open with links too.
    let item_list = |b: &Block| {
        b.owner
            .and_then(|o| walk.elems[o].parent)
            .filter(|_| b.lead_link >= LEAD_HEADLINE && b.lead_link < b.chars && !b.paragraph)
    };
    let mut items = vec![0usize; n];
    for block in &walk.blocks {
        if let Some(list) = item_list(block) {
            items[list] += 1;
        }
    }
    let teaser_item = |b: &Block| item_list(b).is_some_and(|list| items[list] >= MIN_TEASER_ITEMS);

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
        let teaser = in_card(block.owner) || teaser_item(block);
        // A line without a letter or digit ("___", "* * *") is a rule
        // drawn in text, not text.
        let rule = !block.text.chars().any(char::is_alphanumeric);
        if in_furniture || listed || link_heavy(block) || teaser || rule {
            dropped[b] = true;
        }
        match class {
            Class::Furniture => {
                // Furniture the article drops anyway (link lists, named
                // furniture) says less against its container than
                // furniture it would keep.
                let share = if dropped[b] { DROPPED_NOISE } else { 1.0 };
                let claimed = listed || in_furniture;
                add_up(
                    walk,
                    block.owner,
                    share * noise_weight(block, claimed),
                    &mut noise,
                );
            }
            _ if teaser => {}
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
    let container = snap_to_article(walk, snap_to_body_element(walk, best));
    let container = headline_article(walk, container, &raw_mass).unwrap_or(container);

    let is_article = raw_mass[container] >= MIN_ARTICLE_MASS as f64
        && mass[container] / (mass[container] + noise[container]).max(1.0) >= MIN_PROSE_SHARE;

    let all: Vec<usize> = (0..walk.blocks.len())
        .filter(|&b| within(walk, walk.blocks[b].owner, container))
        .collect();
    let mut kept: Vec<usize> = all.iter().copied().filter(|&b| !dropped[b]).collect();
    if kept.iter().any(|&b| effective[b] == Class::Prose) {
        // The container's own head and tail furniture: headline, kicker,
        // date and byline lines before the first paragraph; labels, link
        // lines and prompts after the last one.
        let lead = kept
            .iter()
            .position(|&b| effective[b] != Class::Furniture && !walk.blocks[b].headline)
            .unwrap_or(kept.len());
        // …but a list opening the article (codes, dates, a line-up) is the
        // article's: three or more unlinked sibling lines of one kind, in
        // paragraphs, list items or rows (not the spans of a meta line).
        let sibling_run = |at: usize| {
            let first = &walk.blocks[kept[at]];
            let kind = |b: &Block| b.owner.map(|o| (walk.elems[o].name, walk.elems[o].parent));
            first
                .owner
                .is_some_and(|o| matches!(walk.elems[o].name, "p" | "li" | "dd" | "tr" | "pre"))
                && kept.get(at..at + MIN_LIST_RUN).is_some_and(|run| {
                    run.iter().all(|&b| {
                        let block = &walk.blocks[b];
                        block.link_chars == 0 && !block.heading && kind(block) == kind(first)
                    })
                })
        };
        let lead = (0..lead).find(|&at| sibling_run(at)).unwrap_or(lead);
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
    Some(Scored {
        classes,
        effective,
        mass,
        noise,
        best,
        container,
        is_article,
        all,
        kept,
    })
}

/// The nearest element around `best` (or itself) named for the article
/// body: a part of the body the page declares is cut short (its lines of
/// dates, its table) when only that part is taken.
fn snap_to_body_element(walk: &Walk, best: usize) -> usize {
    let mut at = Some(best);
    while let Some(i) = at {
        if walk.elems[i].positive {
            return i;
        }
        at = walk.elems[i].parent;
    }
    best
}

/// When the container holds several `<article>`s side by side (the story
/// and, after it, recommended stories in full), the one holding the page's
/// only `<h1>` — its headline — is the story, if it has prose of its own.
fn headline_article(walk: &Walk, container: usize, raw_mass: &[f64]) -> Option<usize> {
    let mut h1s = (0..walk.elems.len())
        .filter(|&i| walk.elems[i].name == "h1" && within(walk, Some(i), container));
    let (Some(h1), None) = (h1s.next(), h1s.next()) else {
        return None;
    };
    let mut at = walk.elems[h1].parent;
    let mut story = None;
    while let Some(i) = at {
        if i == container {
            break;
        }
        if walk.elems[i].name == "article" {
            story = Some(i);
            break;
        }
        at = walk.elems[i].parent;
    }
    let story = story?;
    let has_sibling_article = (0..walk.elems.len()).any(|j| {
        j != story
            && walk.elems[j].name == "article"
            && within(walk, Some(j), container)
            && !within(walk, Some(j), story)
            && !within(walk, Some(story), j)
    });
    (has_sibling_article && raw_mass[story] >= MIN_ARTICLE_MASS as f64).then_some(story)
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
    let own = block.chars - block.link_chars;
    let sentence_end = block.text.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '"' | '”' | '’' | '»' | ':' | ')' | '…' | '。'
        )
    });
    // A long sentence with many links in it (a news digest's item, a
    // paragraph citing its sources) is still prose; a link with a short
    // gloss is not.
    let linked_prose = own >= LONG_BLOCK && sentence_end && density <= MAX_PROSE_LINK_DENSITY;
    if density > MAX_LINK_DENSITY && !linked_prose {
        return Class::Furniture;
    }
    if looks_like_markup(&block.text) || shouts(&block.text) {
        return Class::Furniture;
    }
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

/// What a furniture block costs the elements around it. A table row
/// without links is data (a results table, a timetable), and so is a short
/// line without links inside an element named for the article body (a
/// list of dates, a schedule): neither prose nor page furniture, they cost
/// nothing — unless a link list or a furniture name claims them.
fn noise_weight(block: &Block, claimed: bool) -> f64 {
    if (block.row || block.in_body) && block.link_chars == 0 && !claimed {
        0.0
    } else {
        block.chars as f64
    }
}

/// Characters that count: everything but whitespace.
fn count_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn names_of(element: &ElementRef) -> (bool, bool, bool) {
    let value = element.value();
    let mut negative = false;
    let mut titled = false;
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
        if lower
            .split_ascii_whitespace()
            .any(|name| TITLE_ENDINGS.iter().any(|f| name.ends_with(f)))
        {
            titled = true;
        }
        if contains_any(&lower, POSITIVE_FRAGMENTS, &POSITIVE_MATCHER) {
            positive = true;
        }
        if contains_any(&lower, NEGATIVE_FRAGMENTS, &NEGATIVE_MATCHER)
            || lower
                .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
                .any(|token| NEGATIVE_TOKENS.contains(&token))
        {
            negative = true;
        }
    }
    (negative, positive, titled)
}

/// Whole class/id tokens (split at `-` and `_` too) that name a note set
/// apart from the article's text.
const NOTE_TOKENS: &[&str] = &[
    "note",
    "notes",
    "footnote",
    "footnotes",
    "endnote",
    "correction",
    "corrections",
    "clarification",
    "erratum",
    "disclaimer",
    "editornote",
    "editorsnote",
];

/// Whether the element's class or id names a note ([`NOTE_TOKENS`]).
fn names_note(element: &ElementRef) -> bool {
    ["class", "id"].iter().any(|attr| {
        element.value().attr(attr).is_some_and(|names| {
            names
                .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
                .any(|token| NOTE_TOKENS.iter().any(|t| token.eq_ignore_ascii_case(t)))
        })
    })
}

/// Link text counted for the block being written.
#[derive(Default)]
struct Pending {
    /// Characters inside links.
    link: usize,
    /// …of them before the first character outside a link.
    lead: usize,
    /// A character outside a link was written.
    past_lead: bool,
}

static POSITIVE_MATCHER: OnceLock<Option<Regex>> = OnceLock::new();
static NEGATIVE_MATCHER: OnceLock<Option<Regex>> = OnceLock::new();

/// Whether `text` contains any of `fragments`. The class and id names of
/// every element are checked against some eighty fragments, so they are
/// searched at once with a literal alternation (built on first use); a
/// plain scan stands in should it ever fail to build.
fn contains_any(text: &str, fragments: &[&str], matcher: &OnceLock<Option<Regex>>) -> bool {
    let matcher = matcher.get_or_init(|| {
        let pattern: Vec<String> = fragments.iter().map(|f| regex::escape(f)).collect();
        Regex::new(&pattern.join("|")).ok()
    });
    match matcher {
        Some(regex) => regex.is_match(text),
        None => fragments.iter().any(|f| text.contains(f)),
    }
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
    let mut pending = Pending::default();
    let start = *root;
    let mut node = start;

    // Attaches a freshly flushed block to the open elements.
    let attach = |writer: &mut BlockWriter,
                  blocks: &mut Vec<Block>,
                  elems: &[Elem<'_>],
                  open: &[usize],
                  pending: &mut Pending| {
        while blocks.len() < writer.blocks.len() {
            let text = std::mem::take(&mut writer.blocks[blocks.len()]);
            let chars = count_chars(&text);
            let owner = open.last().copied();
            let heading = owner
                .is_some_and(|i| matches!(elems[i].name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
            let titled = owner.is_some_and(|i| elems[i].titled);
            let headline = owner.is_some_and(|i| elems[i].name == "h1");
            // Text loose in an element named for the article body is
            // written as prose, not a teaser's description.
            let paragraph = owner.is_some_and(|i| {
                matches!(elems[i].name, "p" | "blockquote" | "pre") || elems[i].under_positive
            });
            let row = owner.is_some_and(|i| elems[i].name == "tr");
            let in_body = owner.is_some_and(|i| elems[i].under_positive);
            blocks.push(Block {
                titled,
                row,
                in_body,
                paragraph,
                text,
                chars,
                link_chars: pending.link.min(chars),
                lead_link: pending.lead.min(chars),
                owner,
                heading,
                headline,
            });
            *pending = Pending::default();
        }
    };

    'walk: loop {
        let in_pieces = holds_pieces.last().copied().unwrap_or(false);
        let mut descend = false;
        match node.value() {
            Node::Text(text) if !(in_pieces && is_separator(text)) => {
                writer.text(text);
                let n = count_chars(text);
                if link_depth > 0 {
                    pending.link += n;
                    if !pending.past_lead {
                        pending.lead += n;
                    }
                } else if n > 0 {
                    pending.past_lead = true;
                }
            }
            Node::Element(_) => {
                if let Some(element) = ElementRef::wrap(node) {
                    let before = writer.blocks.len();
                    let opened = writer.open(element, in_pieces);
                    if writer.blocks.len() > before {
                        attach(&mut writer, &mut blocks, &elems, &open, &mut pending);
                    } else if writer.current.trim().is_empty() {
                        pending = Pending::default();
                    }
                    if opened {
                        let (named_negative, positive, titled) = names_of(&element);
                        // Captions and asides (content set apart from the
                        // article's flow: a FAQ box, a newsletter promo) are
                        // the article's furniture.
                        let negative = named_negative
                            || matches!(element.value().name(), "figcaption" | "aside")
                            || element
                                .value()
                                .attr("role")
                                .is_some_and(|r| r.trim().eq_ignore_ascii_case("complementary"));
                        let parent = open.last().copied();
                        elems.push(Elem {
                            node: node.id(),
                            name: element.value().name(),
                            parent,
                            depth: open.len(),
                            negative,
                            positive,
                            titled,
                            noted: names_note(&element) || parent.is_some_and(|p| elems[p].noted),
                            under_positive: positive
                                || parent.is_some_and(|p| elems[p].under_positive),
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
                        attach(&mut writer, &mut blocks, &elems, &open, &mut pending);
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
    attach(&mut writer, &mut blocks, &elems, &open, &mut pending);
    Walk { elems, blocks }
}

/// A report of how the selection read the page, for diagnosing misses:
/// the chosen element and container, then every block with its class on
/// its own and in place, whether it was kept with furniture dropped, and
/// the elements around it.
pub(super) fn explain(document: &Html) -> String {
    use std::fmt::Write as _;
    let Some(root) = body_of(document) else {
        return "no body\n".to_string();
    };
    let walk = walk(root);
    let Some(scored) = score(&walk) else {
        return "too little prose: landmark rule\n".to_string();
    };
    let path = |owner: Option<usize>| {
        let mut names = Vec::new();
        let mut at = owner;
        while let Some(i) = at {
            let elem = &walk.elems[i];
            let mut name = elem.name.to_string();
            if let Some(element) = walk_element(document, elem.node) {
                if let Some(class) = element.value().attr("class") {
                    let class: String = class
                        .split_whitespace()
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(".");
                    let _ = write!(name, ".{class}");
                }
            }
            if elem.negative {
                name.push('-');
            }
            if elem.positive {
                name.push('+');
            }
            names.push(name);
            at = elem.parent;
        }
        names.reverse();
        names.join(">")
    };
    let mut out = String::new();
    for (label, i) in [("best", scored.best), ("container", scored.container)] {
        let _ = writeln!(
            out,
            "{label}: {} mass {:.0} noise {:.0}",
            path(Some(i)),
            scored.mass[i],
            scored.noise[i]
        );
    }
    let mut order: Vec<usize> = (0..walk.elems.len())
        .filter(|&i| scored.mass[i] > 0.0)
        .collect();
    let net = |i: usize| scored.mass[i] - NOISE_WEIGHT * scored.noise[i];
    order.sort_by(|&a, &b| net(b).total_cmp(&net(a)));
    for &i in order.iter().take(6) {
        let _ = writeln!(
            out,
            "  candidate {} mass {:.0} noise {:.0}",
            path(Some(i)),
            scored.mass[i],
            scored.noise[i]
        );
    }
    let _ = writeln!(out, "is_article: {}", scored.is_article);
    let kept: std::collections::HashSet<usize> = scored.kept.iter().copied().collect();
    for (b, block) in walk.blocks.iter().enumerate() {
        let inside = within(&walk, block.owner, scored.container);
        let mark = match (inside, kept.contains(&b)) {
            (false, _) => ' ',
            (true, true) => '+',
            (true, false) => '-',
        };
        let text: String = block.text.chars().take(90).collect();
        let _ = writeln!(
            out,
            "{mark} {b:>4} {:?}/{:?} {}c {}l | {} | {}",
            scored.classes[b],
            scored.effective[b],
            block.chars,
            block.link_chars,
            text.replace('\n', " "),
            path(block.owner)
        );
    }
    out
}

fn walk_element(document: &Html, node: NodeId) -> Option<ElementRef<'_>> {
    document.tree.get(node).and_then(ElementRef::wrap)
}
