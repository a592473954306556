//! The noise rules: which units are article prose, which are headings, and
//! which are noise of what kind.
//!
//! Three passes. First each unit is judged alone by the markers boilerplate
//! carries on every site (widget words, labels, credits, call-to-action
//! imperatives, commerce vocabulary) — but only when the unit is not running
//! prose, so a sentence that mentions "shares" or "a newsletter" stays.
//! Then the headline is found at the top and its repeats are marked. Last,
//! the structure: related blocks after their header, the comment section
//! after its marker or by its register (first and second person, opinion,
//! forum spelling, no reporting), footnotes and trailing link lists after the
//! last paragraph of prose, and subheadings between paragraphs. On a whole
//! page's text (not the HTML extractor's), the article is the run of
//! paragraphs with the most prose net of the short lines in it: menus,
//! teaser lists and footers around it go. An outlet memory and the HTML
//! extractor's furniture judgement, when given ([`Context`]), mark lines in
//! the first pass.

use crate::lexicon::{self, contains};
use crate::memory::MIN_OTHER_DOCUMENTS;
use crate::units::{Features, Unit};
use parallax_core::date::find_date;
use parallax_core::RemovedKind;

/// The verdict on a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Prose,
    Heading,
    Noise { kind: RemovedKind, reason: String },
}

impl Verdict {
    fn noise(kind: RemovedKind, reason: impl Into<String>) -> Self {
        Verdict::Noise {
            kind,
            reason: reason.into(),
        }
    }
    pub fn is_noise(&self) -> bool {
        matches!(self, Verdict::Noise { .. })
    }
}

/// Structural markers found in the first pass that later passes act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    None,
    RelatedHeader,
    CommentSection,
    /// The furniture of one reader comment ("2 hours ago", "Reply ·
    /// Report"): a comment stream when several follow the article.
    CommentMeta,
    /// A disclaimer/footnote opening: noise only after the last prose.
    FootnoteOpening,
    /// A "*"-led line: a footnote at the end, a list item in the middle.
    Asterisk,
}

/// Whether any marker rule could fire: each needs a short line, a line
/// without a full stop, a telltale character or a word of its vocabulary
/// (comment counts start with a digit). Running sentences without any skip
/// the rules — most of an article's paragraphs; it keeps the cleaner fast.
fn could_carry_markers(text: &str, f: &Features) -> bool {
    f.n_words() <= 14
        || !f.ends_terminal
        || f.marker_cues > 0
        || text.starts_with(|c: char| c.is_ascii_digit())
        || text.contains([':', '|', '/', '©', '@', '(', '%', '£', '$', '€', '!'])
}

/// The words of a lower-cased line, surrounding punctuation stripped.
fn word_list(lower: &str) -> Vec<&str> {
    lower
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '©'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Normalises a short line for lexicon lookup: lower case, inner
/// whitespace collapsed, surrounding punctuation and arrows removed.
fn key(text: &str) -> String {
    let lower = text.to_lowercase().replace('’', "'");
    trim_key(&lower)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`key`] of an already lower-cased, whitespace-normalised line.
fn trim_key(lower: &str) -> &str {
    lower.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | '.'
                    | '>'
                    | '»'
                    | '›'
                    | '…'
                    | '|'
                    | '-'
                    | '–'
                    | '—'
                    | '!'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '#'
                    | '*'
                    | '+'
            )
    })
}

/// `text` without `prefix`, compared ignoring ASCII case (prefixes are
/// ASCII, so the cut is always on a char boundary).
fn strip_prefix_ascii_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let bytes = text.as_bytes();
    (bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes()))
        .then(|| &text[prefix.len()..])
}

fn starts_with_phrase(key: &str, phrase: &str) -> bool {
    key.starts_with(phrase)
        && key[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// What the rules know besides the units themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The title that came with the input, if any.
    pub given_title: Option<&'a str>,
    /// Per unit, how many other documents of the outlet carry it (an
    /// outlet memory's answer; empty without one). A unit carried by
    /// [`MIN_OTHER_DOCUMENTS`] others is page template.
    pub repeats: &'a [usize],
    /// The text is an article's main text as the HTML extractor chose it,
    /// not a whole page: no run of paragraphs is looked for.
    pub extracted: bool,
    /// Per unit, whether the HTML extractor judged it furniture of the
    /// article (a link list, an element named for furniture, the head or
    /// tail around the paragraphs); empty when not known.
    pub furniture: &'a [bool],
    /// Per unit, whether the HTML structure writes it as the article's
    /// own text (a paragraph, list item or table row the extractor keeps
    /// inside the article); empty when not known. Shape-only rules for
    /// dirty plain text need stronger evidence against such a line.
    pub structural: &'a [bool],
}

/// Judges every unit and returns the verdicts, parallel to `units`.
/// `given_title` is the title that came with the input, if any.
pub fn classify(units: &[Unit], given_title: Option<&str>) -> Vec<Verdict> {
    classify_with(
        units,
        &Context {
            given_title,
            ..Context::default()
        },
    )
}

/// [`classify`] with more context.
pub fn classify_with(units: &[Unit], context: &Context<'_>) -> Vec<Verdict> {
    let given_title = context.given_title;
    let repeats = context.repeats;
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(units.len());
    let mut markers: Vec<Marker> = Vec::with_capacity(units.len());
    let mut seen_prose = false;
    for (i, unit) in units.iter().enumerate() {
        let written = context.structural.get(i).copied().unwrap_or(false);
        let (mut verdict, mut marker) = judge_alone(unit, seen_prose, written);
        let others = repeats.get(i).copied().unwrap_or(0);
        if others >= MIN_OTHER_DOCUMENTS && !verdict.is_noise() {
            verdict = repeated_line(unit, others);
        }
        if context.furniture.get(i).copied().unwrap_or(false) {
            // The headline is furniture to the extractor; the title pass
            // records it as the title.
            let headline = given_title.is_some_and(|t| {
                unit.text.len() <= t.len() * 2 + 8
                    && normalized_title(&unit.text) == normalized_title(t)
            });
            if !verdict.is_noise() && !headline {
                verdict = html_furniture(unit, seen_prose);
            }
            // Furniture opens no section: a "Comments" button in a share
            // bar, a "Related" header over links the page sets apart.
            marker = Marker::None;
        }
        if verdict == Verdict::Prose && marker == Marker::None && unit.features.is_prose_like() {
            seen_prose = true;
        }
        verdicts.push(verdict);
        markers.push(marker);
    }
    mark_share_neighbours(units, &mut verdicts);
    mark_title(units, &mut verdicts, &markers, given_title);
    mark_related_blocks(units, &mut verdicts, &markers);
    mark_tail(
        units,
        &mut verdicts,
        &markers,
        context.extracted,
        context.structural,
    );
    if !context.extracted {
        mark_outside_article(units, &mut verdicts);
    }
    mark_headings(units, &mut verdicts);
    verdicts
}

/// What a unit adds to the article's run of paragraphs: its words when it
/// is running prose, a cost when it is a short line (a menu item, a teaser
/// headline, a label), nothing when a rule already removed it.
fn span_score(unit: &Unit, verdict: &Verdict) -> i64 {
    if verdict.is_noise() {
        return -NOISE_LINE_COST;
    }
    let f = &unit.features;
    if f.is_prose_like() {
        f.n_words() as i64
    } else {
        -(SHORT_LINE_COST + f.n_words().min(SHORT_LINE_WORDS_CAP) as i64)
    }
}

/// An earlier run of paragraphs with at least 1/this of the best run's
/// prose is the article.
const EARLIER_RUN_SHARE: i64 = 2;
/// Cost of a line a rule already removed: widgets between paragraphs
/// cost little, a page region of them a lot.
const NOISE_LINE_COST: i64 = 1;
/// Cost of a line that is not running prose, before its words count.
const SHORT_LINE_COST: i64 = 3;
/// At most this many words of a short line count towards its cost.
const SHORT_LINE_WORDS_CAP: usize = 12;

/// The article is one run of paragraphs, with subheadings, list items and
/// in-article widgets between them. A whole page's text also carries
/// menus, teaser lists, footers and sidebars — runs of short lines around
/// it. The run with the most prose net of the short lines it spans (a
/// maximum-sum segment) is the article; short lines outside it are page
/// furniture, and so is prose cut off from it by more short lines than its
/// own words (a sidebar's blurb, a footer's "about us").
fn mark_outside_article(units: &[Unit], verdicts: &mut [Verdict]) {
    let Some((start, end)) = article_span(units, verdicts) else {
        return;
    };
    for i in (0..start).chain(end..units.len()) {
        if verdicts[i].is_noise() {
            continue;
        }
        let f = &units[i].features;
        verdicts[i] = if i < start {
            Verdict::noise(
                RemovedKind::Label,
                "page furniture before the article's run of paragraphs",
            )
        } else if f.is_prose_like() {
            Verdict::noise(
                RemovedKind::Footnote,
                "text apart from the article's run of paragraphs",
            )
        } else {
            Verdict::noise(
                RemovedKind::Related,
                "page furniture after the article's run of paragraphs",
            )
        };
    }
}

/// The article's run of paragraphs: the segment of units with the most
/// prose net of the short lines in it (see [`mark_outside_article`]), as
/// a range; `None` when there is no prose.
fn article_span(units: &[Unit], verdicts: &[Verdict]) -> Option<(usize, usize)> {
    let mut best = (0i64, 0usize, 0usize);
    let mut sum = 0i64;
    let mut start = 0usize;
    for (i, (unit, verdict)) in units.iter().zip(verdicts.iter()).enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += span_score(unit, verdict);
        if sum > best.0 {
            best = (sum, start, i + 1);
        }
    }
    let (total, mut start, mut end) = best;
    if total == 0 {
        return None;
    }
    // Footers, comment threads and "about us" blurbs come after the
    // article: an earlier run with at least half the best one's prose is
    // the article.
    let scores: Vec<i64> = units
        .iter()
        .zip(verdicts.iter())
        .map(|(u, v)| span_score(u, v))
        .collect();
    let mut sum = 0i64;
    let mut run_start = 0usize;
    let mut run_best = (0i64, 0usize);
    for (i, score) in scores.iter().enumerate().take(start) {
        if sum <= 0 {
            if run_best.0 * EARLIER_RUN_SHARE >= total {
                break;
            }
            sum = 0;
            run_start = i;
            run_best = (0, i);
        }
        sum += score;
        if sum > run_best.0 {
            run_best = (sum, i + 1);
        }
    }
    if run_best.0 * EARLIER_RUN_SHARE >= total && run_best.1 <= start {
        start = run_start;
        end = run_best.1;
    }
    // A list the article's last lines announce with a colon ("The full
    // list of winners:") is the article's, however many short lines it
    // has: the run goes on to its end (the next noise or paragraph).
    let announcer = (end.saturating_sub(1)..units.len())
        .filter(|&j| !verdicts[j].is_noise())
        .take(4)
        .find(|&j| {
            let f = &units[j].features;
            f.ends_colon && f.n_words() >= 4
        });
    if let Some(a) = announcer {
        end = end.max(a + 1);
        while end < units.len() && !verdicts[end].is_noise() && !units[end].features.is_prose_like()
        {
            end += 1;
        }
    }
    Some((start, end))
}

/// A line that other documents of the outlet repeat word for word.
fn repeated_line(unit: &Unit, others: usize) -> Verdict {
    let f = &unit.features;
    let kind = if f.n_words() <= 8 && !f.ends_terminal {
        RemovedKind::Label
    } else {
        RemovedKind::Footnote
    };
    Verdict::noise(
        kind,
        format!("outlet memory: repeated in {others} other articles of the outlet"),
    )
}

/// A line the HTML extractor placed in the article's furniture.
fn html_furniture(unit: &Unit, seen_prose: bool) -> Verdict {
    let f = &unit.features;
    let kind = if !seen_prose || f.n_words() <= 3 {
        RemovedKind::Label
    } else {
        RemovedKind::Related
    };
    Verdict::noise(
        kind,
        "page furniture by the HTML structure (link list, furniture element, or the article's head or tail)",
    )
}

/// First pass: markers a unit carries on its own.
/// `written`: the HTML structure writes the unit as the article's text
/// ([`Context::structural`]).
fn judge_alone(unit: &Unit, seen_prose: bool, written: bool) -> (Verdict, Marker) {
    let f = &unit.features;
    let text = unit.text.as_str();
    let n = f.n_words();
    if !could_carry_markers(text, f) {
        // Running prose: only a footnote opening or a leading asterisk
        // can still matter, and both stand at the start.
        let mut end = text.len().min(40);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let head = text[..end].to_lowercase().replace('’', "'");
        let marker = if lexicon::footnote_openings().any(|o| starts_with_phrase(&head, o)) {
            Marker::FootnoteOpening
        } else if text.starts_with(['*', '†', '‡', '¹']) {
            Marker::Asterisk
        } else {
            Marker::None
        };
        return (Verdict::Prose, marker);
    }
    let lower = text.to_lowercase().replace('’', "'");
    let opens_footnote = lower
        .bytes()
        .next()
        .is_some_and(|b| lexicon::FOOTNOTE_FIRST_BYTES.contains(&b))
        && lexicon::footnote_openings().any(|o| starts_with_phrase(&lower, o));
    // Consumer advice in the article's own paragraphs reads the same
    // ("sign up for the bundle and you pay…"): only an appeal the page
    // sets apart from them is taken.
    if n > 35 && !written && long_appeal(text, &lower, f) {
        return (
            Verdict::noise(
                RemovedKind::Prompt,
                "reader appeal: a paragraph of donation or subscription prompts",
            ),
            Marker::None,
        );
    }
    // Every marker rule below is for short lines; long paragraphs (most of
    // an article) only need the footnote check.
    if n > 45 {
        let marker = if opens_footnote {
            Marker::FootnoteOpening
        } else if text.starts_with(['*', '†', '‡', '¹']) {
            Marker::Asterisk
        } else {
            Marker::None
        };
        return (Verdict::Prose, marker);
    }
    let k = trim_key(&lower).to_string();
    let words = word_list(&lower);
    let prose = f.is_prose_like();

    if k.is_empty() {
        // Pure punctuation or symbols: separators, bullets, emoji rows.
        return (
            Verdict::noise(RemovedKind::Label, "line without words"),
            Marker::None,
        );
    }
    if contains(&lexicon::COMMENT_MARKERS_SET, &k)
        || is_comment_count(&k)
        || is_comment_heading(&k, n)
    {
        return (
            Verdict::noise(RemovedKind::Comment, "comment-section marker"),
            Marker::CommentSection,
        );
    }
    if !prose && seen_prose {
        match comment_meta(&k, n) {
            Some(CommentMeta::Stamp) => {
                return (
                    Verdict::noise(
                        RemovedKind::Comment,
                        "comment metadata (author or time stamp)",
                    ),
                    Marker::CommentMeta,
                )
            }
            // "Carlson replied:" also leads a quote in an article: noise
            // only in a comment stream.
            Some(CommentMeta::Says) => return (Verdict::Prose, Marker::CommentMeta),
            None => {}
        }
    }
    if contains(&lexicon::RELATED_HEADERS_SET, &k) || is_more_from(&k, f) {
        return (
            Verdict::noise(RemovedKind::Related, "related-content header"),
            Marker::RelatedHeader,
        );
    }
    // "READ MORE: …" needs a separator near the start; check that first.
    let head_bytes = &lower.as_bytes()[..lower.len().min(48)];
    let separated = head_bytes
        .iter()
        .any(|&b| matches!(b, b':' | b'|' | b'>' | b'-' | 0xC2 | 0xE2));
    if let Some(header) = lexicon::RELATED_HEADERS
        .iter()
        .filter(|_| separated)
        .find(|h| starts_with_phrase(&k, h) && k.len() > h.len() + 3)
    {
        // "READ MORE: <headline>": a header glued to its link.
        let after = &lower;
        let glued = after
            .find(header)
            .map(|p| &after[p + header.len()..])
            .is_some_and(|rest| {
                rest.trim_start()
                    .starts_with([':', '|', '>', '»', '-', '–', '—'])
            });
        if glued && n <= 30 {
            return (
                Verdict::noise(RemovedKind::Related, "related-content link"),
                Marker::None,
            );
        }
    }
    if contains(&lexicon::ADVERT_LABELS_SET, &k) {
        return (
            Verdict::noise(RemovedKind::Advert, "advert label"),
            Marker::None,
        );
    }
    if let Some((head, _)) = text.split_once(':') {
        if n <= 30 && contains(&lexicon::ADVERT_LABELS_SET, &key(head)) {
            return (
                Verdict::noise(RemovedKind::Advert, "labelled as sponsored"),
                Marker::None,
            );
        }
    }
    if matches!(k.as_str(), "copy link" | "link copied" | "copy url") {
        return (
            Verdict::noise(RemovedKind::Share, "share/social widget"),
            Marker::None,
        );
    }
    // "©"-led lines are credits or legal notes: the tail pass decides which.
    if text.starts_with('©') || k.starts_with("copyright") {
        return (Verdict::Prose, Marker::FootnoteOpening);
    }
    if let Some(v) = share_widget(&words, f, n) {
        return (v, Marker::None);
    }
    if let Some(v) = byline(text, &k, &words, f) {
        return (v, Marker::None);
    }
    if let Some(v) = label(text, &k, f, seen_prose) {
        return (v, Marker::None);
    }
    if let Some(v) = prompt(text, &lower, &words, f, n, prose) {
        return (v, Marker::None);
    }
    if let Some(v) = advert(text, &lower, &words, f, n) {
        return (v, Marker::None);
    }
    if let Some(v) = caption(text, &lower, &k, f, seen_prose, written) {
        return (v, Marker::None);
    }
    if opens_footnote {
        return (Verdict::Prose, Marker::FootnoteOpening);
    }
    if text.starts_with(['*', '†', '‡', '¹']) {
        return (Verdict::Prose, Marker::Asterisk);
    }
    (Verdict::Prose, Marker::None)
}

/// "More on Harbour FC", "Read more from Jo Ames": a header naming a
/// topic or an author.
fn is_more_from(k: &str, f: &Features) -> bool {
    let n = f.n_words();
    (3..=7).contains(&n)
        && !f.ends_terminal
        && [
            "more on ",
            "more from ",
            "more about ",
            "read more from ",
            "read more about ",
            "more stories from ",
            "more by ",
        ]
        .iter()
        .any(|p| k.starts_with(p))
}

fn is_comment_count(k: &str) -> bool {
    let mut words = k.split_whitespace();
    let (Some(a), Some(b), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let number = |w: &str| {
        let w = w.trim_matches(|c| c == '(' || c == ')');
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
    };
    let noun = |w: &str| {
        matches!(
            w,
            "comment" | "comments" | "replies" | "reply" | "responses" | "response" | "reactions"
        )
    };
    (number(a) && noun(b)) || (noun(a) && number(b))
}

/// "2 thoughts on “…”", "14 responses to …": a blog's comment heading.
fn is_comment_heading(k: &str, n: usize) -> bool {
    let mut words = k.split_whitespace();
    let (Some(num), Some(noun), Some(prep)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    n <= 25
        && (num.chars().all(|c| c.is_ascii_digit()) || matches!(num, "one" | "no"))
        && matches!(
            noun,
            "thoughts"
                | "thought"
                | "responses"
                | "response"
                | "comments"
                | "comment"
                | "replies"
                | "reply"
        )
        && matches!(prep, "on" | "to")
}

/// "2 hours ago", "Reply · Report", "jdoe42 says:" — the furniture around
/// each reader comment.
/// What [`comment_meta`] found.
enum CommentMeta {
    /// A time stamp or an action row: never article text.
    Stamp,
    /// "jdoe42 says:": an author line, or a quote's lead-in.
    Says,
}

fn comment_meta(k: &str, n: usize) -> Option<CommentMeta> {
    if n == 0 || n > 8 {
        return None;
    }
    let words: Vec<&str> = k.split_whitespace().collect();
    let ago = words.windows(3).any(|w| {
        (w[0].chars().all(|c| c.is_ascii_digit()) || w[0] == "a" || w[0] == "an")
            && matches!(
                w[1].trim_end_matches('s'),
                "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
            )
            && w[2] == "ago"
    });
    let says = n <= 4 && (k.ends_with(" says") || k.ends_with(" wrote") || k.ends_with(" replied"));
    // A bare number or "Share" is a counter or a button anywhere on a
    // page; a comment's action row has its own verbs.
    let comment_action = |w: &str| {
        matches!(
            w,
            "reply" | "report" | "like" | "likes" | "dislike" | "flag" | "upvote" | "downvote"
        )
    };
    let actions = words.iter().any(|w| comment_action(w))
        && words.iter().all(|w| {
            comment_action(w)
                || matches!(*w, "share" | "·" | "|")
                || w.chars().all(|c| c.is_ascii_digit())
        });
    if ago || actions {
        Some(CommentMeta::Stamp)
    } else if says {
        Some(CommentMeta::Says)
    } else {
        None
    }
}

fn share_widget(words: &[&str], f: &Features, n: usize) -> Option<Verdict> {
    if n == 0 || n > 12 || f.ends_terminal && n > 4 {
        return None;
    }
    let all_share = words.iter().all(|w| {
        contains(&lexicon::SHARE_WORDS_SET, w)
            || w.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == 'k' || c == 'm')
    });
    let core = words
        .iter()
        .filter(|w| contains(&lexicon::SHARE_CORE_SET, w))
        .count();
    (all_share && core >= 1).then(|| Verdict::noise(RemovedKind::Share, "share/social widget"))
}

fn byline(text: &str, k: &str, words: &[&str], f: &Features) -> Option<Verdict> {
    let n = f.n_words();
    if n == 0 || n > 14 {
        return None;
    }
    // A lone agency name ("AFP", "— Reuters", "Baltic News Agency").
    let agency_name = n <= 5
        && f.title_case_ratio >= 0.99
        && !f.ends_terminal
        && (k.ends_with(" news agency")
            || k.ends_with(" press agency")
            || k.ends_with(" news service")
            || k.ends_with(" wire service"));
    if n <= 3 && lexicon::agency(k).is_some() || agency_name {
        return Some(Verdict::noise(RemovedKind::Byline, "agency line"));
    }
    let openings = [
        "by ",
        "written by ",
        "words by ",
        "story by ",
        "text by ",
        "reporting by ",
        "additional reporting by ",
        "editing by ",
        "writing by ",
        "compiled by ",
        "author: ",
        "authors: ",
        "author ",
        "reporter: ",
        "posted by ",
        "published by ",
    ];
    if let Some(rest) = openings.iter().find_map(|o| strip_prefix_ascii_ci(text, o)) {
        // What follows a comma or bar is a role or place ("court reporter").
        let rest = rest.split([',', '|', '–', '—', ';']).next().unwrap_or(rest);
        // The rest must be names: capitalised words, agencies, "and", roles.
        let names_like = rest
            .split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '|' | ';' | '/' | '&' | '-' | '–' | '—')
            })
            .filter(|w| !w.is_empty())
            .all(|w| {
                let lw = w.to_lowercase();
                w.chars().next().is_some_and(|c| c.is_uppercase())
                    || matches!(
                        lw.as_str(),
                        "and"
                            | "in"
                            | "at"
                            | "on"
                            | "for"
                            | "the"
                            | "of"
                            | "de"
                            | "van"
                            | "von"
                            | "al"
                            | "bin"
                            | "da"
                            | "le"
                            | "la"
                    )
                    || lexicon::agency(&lw).is_some()
                    || lw.ends_with("reporter")
                    || lw.ends_with("correspondent")
                    || lw.ends_with("editor")
                    || lw.ends_with("writer")
                    || lw == "staff"
            });
        if names_like && (!f.ends_terminal || n <= 6) {
            return Some(Verdict::noise(RemovedKind::Byline, "byline"));
        }
    }
    // "Mara Lind | Staff Reporter", "Jane Roe, Senior Correspondent".
    if n <= 8 && !f.ends_terminal {
        let roles = [
            "reporter",
            "correspondent",
            "writer",
            "editor",
            "contributor",
            "columnist",
            "staff",
        ];
        let has_role = words.iter().any(|w| roles.iter().any(|r| w.ends_with(r)));
        let separated = text.contains(['|', ',', '–', '—']);
        let capitalised = f.title_case_ratio >= 0.75;
        if has_role && separated && capitalised {
            return Some(Verdict::noise(RemovedKind::Byline, "author and role line"));
        }
    }
    None
}

fn label(text: &str, k: &str, f: &Features, seen_prose: bool) -> Option<Verdict> {
    let n = f.n_words();
    if contains(&lexicon::LABELS_SET, k) {
        return Some(Verdict::noise(RemovedKind::Label, "bare label"));
    }
    // "5 min read", "Reading time: 3 minutes".
    if n <= 5 && k.contains("min") && (k.contains("read") || k.contains("listen")) && f.digits >= 1
    {
        return Some(Verdict::noise(RemovedKind::Label, "reading-time label"));
    }
    // Breadcrumbs: "Home > World > Europe".
    if n <= 12
        && !f.ends_terminal
        && (text.matches(['>', '»', '›']).count() >= 2 || text.matches(" / ").count() >= 2)
    {
        return Some(Verdict::noise(RemovedKind::Label, "navigation breadcrumb"));
    }
    // A date line, alone or after a label: "Updated: 5 May 2022 10:31".
    if n <= 10 {
        if let Some(found) = find_date(text) {
            let before = key(&text[..found.start]);
            let after = key(&text[found.end..]);
            let label_before = before.is_empty()
                || contains(&lexicon::LABELS_SET, &before)
                || before.split_whitespace().count() <= 1;
            let little_after = after.split_whitespace().count() <= 3
                && !after.chars().any(|c| c.is_alphabetic() && c.is_uppercase());
            if label_before && (little_after || after.split_whitespace().all(is_time_word)) {
                return Some(Verdict::noise(RemovedKind::Label, "date line"));
            }
        }
    }
    // "(Updated 6:01 am)", "Posted 14:05 GMT": a time stamp without a date.
    if n <= 6 {
        let mut words = k.split_whitespace();
        let stamp = words
            .next()
            .is_some_and(|w| matches!(w, "updated" | "published" | "posted" | "modified"));
        let rest: Vec<&str> = words.collect();
        if stamp
            && rest
                .iter()
                .any(|w| w.contains(|c: char| c.is_ascii_digit()))
            && rest.iter().all(|w| is_time_word(w))
        {
            return Some(Verdict::noise(RemovedKind::Label, "time stamp"));
        }
    }
    // "Updated: 14:05", "Source: Ministry press office" at the top.
    if !seen_prose && n <= 8 {
        if let Some((head, _)) = text.split_once(':') {
            if contains(&lexicon::LABELS_SET, &key(head)) {
                return Some(Verdict::noise(RemovedKind::Label, "metadata label"));
            }
        }
    }
    None
}

fn is_time_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        || [
            "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "msk",
            "ist", "at", "local", "time",
        ]
        .contains(&w)
        || w.starts_with("utc")
        || w.starts_with("gmt")
}

fn is_credit(phrase: &str) -> bool {
    let p = phrase
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !p.is_empty() && (lexicon::agency(&p).is_some() || contains(&lexicon::PHOTO_CREDITS_SET, &p))
}

fn caption(
    text: &str,
    lower: &str,
    k: &str,
    f: &Features,
    seen_prose: bool,
    written: bool,
) -> Option<Verdict> {
    let n = f.n_words();
    if n == 0 || n > 45 {
        return None;
    }
    if lexicon::CAPTION_OPENINGS
        .iter()
        .any(|o| lower.starts_with(o))
    {
        return Some(Verdict::noise(
            RemovedKind::Caption,
            "picture caption or credit label",
        ));
    }
    if f.ends_terminal {
        // "(Photo: Jane Doe/Agency)." is still a credit.
        let credit_paren = lower.trim_end_matches(['.', ' ']).ends_with(')')
            && ["(photo", "(image", "(picture", "(credit", "(file"]
                .iter()
                .any(|o| lower.contains(o));
        return credit_paren
            .then(|| Verdict::noise(RemovedKind::Caption, "caption ending with a picture credit"));
    }
    // Credit closing the line: "…at the site. Photo: J. Doe/NPA",
    // "… July 8, 2021 AFP", "… (Getty Images)", "© Reuters".
    // Tabloid captions: "WANTED MAN: Jo Vik celebrates his winner" — in
    // the body; at the top the same shape is the headline.
    if let Some((head, rest)) = text
        .split_once(':')
        .filter(|_| seen_prose && !f.ends_terminal)
    {
        let head_words = head.split_whitespace().count();
        // "Q:" and "A:" lead an interview's lines, not a caption.
        let caps_head = head.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && head.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
        if caps_head
            && (1..=4).contains(&head_words)
            && rest.split_whitespace().count() >= 3
            && rest.chars().any(char::is_lowercase)
        {
            return Some(Verdict::noise(
                RemovedKind::Caption,
                "tabloid caption: capitals label and a description without a full stop",
            ));
        }
    }
    let explicit = [
        "photo:",
        "photo by",
        "image:",
        "credit:",
        "picture:",
        "(c)",
        "photograph:",
        "image credit",
        "photo credit",
    ];
    if explicit.iter().any(|m| lower.contains(m)) && n <= 40 {
        return Some(Verdict::noise(
            RemovedKind::Caption,
            "caption with a picture credit",
        ));
    }
    // "(Jo Ames / The Velmora Post)": a line that is only a parenthesised
    // "photographer / outlet" pair of capitalised names is a credit.
    let inner = text
        .trim()
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'));
    if let Some((who, whom)) = inner.and_then(|t| t.split_once(" / ")) {
        let names = |part: &str| {
            let words: Vec<&str> = part.split_whitespace().collect();
            (1..=5).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || contains(&lexicon::TITLE_CASE_SMALL_SET, &w.to_lowercase())
                })
        };
        if names(who) && names(whom) {
            return Some(Verdict::noise(RemovedKind::Caption, "picture credit"));
        }
    }
    // Below, the credit is only a name closing the line (an agency, a
    // "Place / Name"): weak evidence, which a line the page writes as one
    // of the article's paragraphs or list items outweighs ("June 26 --
    // Arena, Allentown, PA").
    if written {
        return None;
    }
    if lower.trim_end().ends_with(')') {
        if let Some(open) = lower.rfind('(') {
            let inner = &lower[open + 1..lower.len() - 1];
            if inner.split(['/', ',', ';']).any(is_credit) {
                return Some(Verdict::noise(
                    RemovedKind::Caption,
                    "caption ending with a picture credit",
                ));
            }
        }
    }
    // "… 10 March 2026. NPA/Katrin Olde": an agency/photographer credit.
    if let Some((left, right)) = text.rsplit_once('/') {
        let agency = left.split_whitespace().last().unwrap_or("");
        let name_words: Vec<&str> = right.split_whitespace().collect();
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let slash_credit = capitalised(agency)
            && !agency.contains(['.', ','])
            && (1..=3).contains(&name_words.len())
            && name_words.iter().all(|w| capitalised(w))
            && words_before_end_credit(left) >= 3;
        if slash_credit {
            return Some(Verdict::noise(
                RemovedKind::Caption,
                "caption ending with a picture credit",
            ));
        }
    }
    // The last one to three words, or what follows the last "/" or "|".
    let tail_after_sep = text.rsplit(['/', '|']).next().unwrap_or("");
    let words: Vec<&str> = text.split_whitespace().collect();
    let last_words = |count: usize| words[words.len().saturating_sub(count)..].join(" ");
    let credit_at_end = (text.contains(['/', '|'])
        && is_credit(tail_after_sep)
        && tail_after_sep.split_whitespace().count() <= 4)
        || (1..=3).any(|c| c < words.len() && is_credit(&last_words(c)));
    if credit_at_end && n >= 3 {
        // The agency must be set off from the description: preceded by a
        // date, a separator, or a sentence end — not the subject of a
        // headline ("Talks resume, AP learns").
        let before_credit: String = words[..words.len().saturating_sub(1)].join(" ");
        let set_off = find_date(&before_credit).is_some_and(|d| before_credit.len() - d.end <= 2)
            || text.contains(['/', '|', '©'])
            || before_credit
                .trim_end()
                .ends_with(['.', ',', ';', '-', '–', '—', ':']);
        if set_off && k.len() > 3 {
            return Some(Verdict::noise(
                RemovedKind::Caption,
                "caption ending with a picture credit",
            ));
        }
    }
    None
}

fn words_before_end_credit(left: &str) -> usize {
    left.split_whitespace().count().saturating_sub(1)
}

fn prompt(
    text: &str,
    lower: &str,
    words: &[&str],
    f: &Features,
    n: usize,
    prose: bool,
) -> Option<Verdict> {
    if n == 0 || n > 35 || f.reporting > 0 {
        return None;
    }
    // A tip line: "Got a story? Email news@… or message us".
    let email = text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    if email && (f.second_person > 0 || f.first_person_plural > 0) && n <= 35 {
        return Some(Verdict::noise(
            RemovedKind::Prompt,
            "contact prompt addressed to readers",
        ));
    }
    let phrases = [
        "sign up",
        "sign-up",
        "in your inbox",
        "become a member",
        "log in",
        "sign in",
    ]
    .iter()
    .filter(|p| lower.contains(*p))
    .count();
    let core = words
        .iter()
        .filter(|w| contains(&lexicon::PROMPT_CORE_SET, w))
        .count()
        + phrases;
    let any = words
        .iter()
        .filter(|w| contains(&lexicon::PROMPT_WORDS_SET, w))
        .count()
        + phrases;
    if core == 0 {
        return None;
    }
    let cta = starts_with_call_to_action(words) || sentence_opens_with_call_to_action(text);
    // "Donate to…", "Subscribe for…": the imperative is the prompt itself.
    let prompt_imperative = sentence_openers(text).any(|w| {
        contains(&lexicon::PROMPT_CORE_SET, &w) && contains(&lexicon::CALL_TO_ACTION_SET, &w)
    });
    let addresses_reader =
        f.second_person > 0 || words.iter().any(|w| matches!(*w, "our" | "us" | "please"));
    let short = n <= 6;
    let evidence = usize::from(cta)
        + usize::from(prompt_imperative)
        + usize::from(addresses_reader)
        + usize::from(f.ends_exclamation)
        + usize::from(any >= 2)
        + usize::from(short);
    // Running prose needs more than one cue: "support" is common in news.
    let needed = if prose { 2 } else { 1 };
    (evidence >= needed).then(|| {
        Verdict::noise(
            RemovedKind::Prompt,
            "donation/subscription/newsletter prompt",
        )
    })
}

/// Stems of the prompt vocabulary: a paragraph without any is no appeal.
const APPEAL_STEMS: &[&str] = &[
    "support",
    "subscri",
    "donat",
    "newsletter",
    "member",
    "contribut",
];

/// Longest paragraph read as an appeal.
const MAX_APPEAL_WORDS: usize = 150;

/// A reader appeal written as one paragraph ("Dear reader, … you can now
/// support us directly … thank you for your support!"): too long for the
/// one-line prompt cues, it is told by its sentences — at least two of
/// them, and a third of all, prompts on their own — and by its voice: the
/// outlet ("we") speaking to the reader ("you"), reporting nothing.
/// Consumer advice ("sign up for the bundle and you pay…") has no "we".
fn long_appeal(text: &str, lower: &str, f: &Features) -> bool {
    if f.reporting > 0
        || f.second_person == 0
        || f.first_person_plural == 0
        || f.n_words() > MAX_APPEAL_WORDS
        || !APPEAL_STEMS.iter().any(|s| lower.contains(s))
    {
        return false;
    }
    let sentences = sentences(text);
    let prompts = sentences
        .iter()
        .filter(|s| {
            let sf = crate::units::features(s);
            let sl = s.to_lowercase().replace('’', "'");
            let words = word_list(&sl);
            prompt(s, &sl, &words, &sf, sf.n_words(), sf.is_prose_like()).is_some()
        })
        .count();
    prompts >= 2 && prompts * 3 >= sentences.len()
}

/// The sentences of a paragraph: cut after ".", "!" or "?" followed by a
/// space.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_end = false;
    for (i, c) in text.char_indices() {
        if prev_end && c.is_whitespace() {
            let piece = text[start..i].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i;
        }
        prev_end = matches!(c, '.' | '!' | '?');
    }
    let piece = text[start..].trim();
    if !piece.is_empty() {
        out.push(piece);
    }
    out
}

/// An imperative opening ("Subscribe…", "If you enjoyed this, subscribe…").
fn starts_with_call_to_action(words: &[&str]) -> bool {
    let first = words
        .first()
        .is_some_and(|w| contains(&lexicon::CALL_TO_ACTION_SET, w));
    // After a leading "If you …," clause the imperative comes second.
    let after_if = words.first().is_some_and(|w| *w == "if")
        && words
            .iter()
            .skip(2)
            .take(6)
            .any(|w| contains(&lexicon::CALL_TO_ACTION_SET, w));
    first || after_if
}

/// The first word of each sentence of `text`, lower-cased.
fn sentence_openers(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut at_start = true;
    text.split_whitespace().filter_map(move |token| {
        let opener = at_start;
        at_start = token.ends_with(['.', '!', '?'])
            || token.ends_with(".\"")
            || token == "—"
            || token == "-"
            || token == "–";
        opener.then(|| strip_token(token)).filter(|w| !w.is_empty())
    })
}

fn strip_token(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .to_lowercase()
        .replace('’', "'")
}

/// A sentence inside `text` (not only the first) opens with an imperative.
fn sentence_opens_with_call_to_action(text: &str) -> bool {
    sentence_openers(text)
        .skip(1)
        .any(|w| contains(&lexicon::CALL_TO_ACTION_SET, &w))
}

fn advert(text: &str, lower: &str, words: &[&str], f: &Features, n: usize) -> Option<Verdict> {
    if n == 0 || n > 25 || f.reporting > 0 {
        return None;
    }
    let phrases = lexicon::COMMERCE_PHRASES
        .iter()
        .filter(|p| lower.contains(*p))
        .count();
    let core = words
        .iter()
        .filter(|w| contains(&lexicon::COMMERCE_CORE_SET, w))
        .count()
        + phrases;
    let any = words
        .iter()
        .filter(|w| contains(&lexicon::COMMERCE_WORDS_SET, w))
        .count()
        + phrases;
    let cta = starts_with_call_to_action(words) || sentence_opens_with_call_to_action(text);
    let money = words.iter().any(|w| w.ends_with('%'))
        || words.windows(2).any(|w| {
            w[0].chars().all(|c| c.is_ascii_digit()) && contains(&lexicon::CURRENCY_WORDS_SET, w[1])
        })
        || text.split_whitespace().any(|w| {
            w.starts_with(['£', '$', '€']) && w.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        })
        || words
            .windows(2)
            .any(|w| w[1] == "off" && w[0].ends_with('%'));
    let sentence = f.ends_terminal && !f.ends_exclamation;
    let score = usize::from(core >= 1)
        + usize::from(phrases >= 1)
        + usize::from(any >= 2)
        + usize::from(cta)
        + usize::from(money)
        + usize::from(f.ends_exclamation);
    // A full sentence needs more evidence than a slogan.
    let needed = if sentence || f.is_prose_like() { 4 } else { 2 };
    (core + usize::from(cta && money) >= 1 && score >= needed)
        .then(|| Verdict::noise(RemovedKind::Advert, "advert or shop promotion"))
}

fn normalized_title(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn content_words(unit: &Unit) -> Vec<String> {
    unit.text
        .split_whitespace()
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.len() > 2 && !contains(&lexicon::FUNCTION_WORDS_SET, w))
        .collect()
}

/// "Print", "Email", "X" beside a share widget belong to it.
fn mark_share_neighbours(units: &[Unit], verdicts: &mut [Verdict]) {
    let is_share = |v: &Verdict| {
        matches!(
            v,
            Verdict::Noise {
                kind: RemovedKind::Share,
                ..
            }
        )
    };
    for i in 0..units.len() {
        let f = &units[i].features;
        let share_words = (1..=3).contains(&f.n_words())
            && word_list(&units[i].text.to_lowercase())
                .iter()
                .all(|w| contains(&lexicon::SHARE_WORDS_SET, w));
        let relabel = matches!(
            verdicts[i],
            Verdict::Prose
                | Verdict::Noise {
                    kind: RemovedKind::Label,
                    ..
                }
        );
        let beside =
            (i > 0 && is_share(&verdicts[i - 1])) || verdicts.get(i + 1).is_some_and(is_share);
        if share_words && relabel && beside {
            verdicts[i] = Verdict::noise(RemovedKind::Share, "share widget beside another");
        }
    }
}

/// Second pass: the headline at the top and its repeats.
fn mark_title(
    units: &[Unit],
    verdicts: &mut [Verdict],
    markers: &[Marker],
    given_title: Option<&str>,
) {
    let mut title_norm = given_title.map(normalized_title).filter(|t| !t.is_empty());
    let mut found_title = false;
    let leading: Vec<usize> = (0..units.len())
        .filter(|&i| !verdicts[i].is_noise())
        .take(2)
        .collect();
    let mut first_candidate = leading.first().copied();
    if let (Some(&a), Some(&b)) = (leading.first(), leading.get(1)) {
        // A one- or two-word line over a headline is the section's name.
        let (fa, fb) = (&units[a].features, &units[b].features);
        if fa.n_words() <= 2
            && !fa.ends_terminal
            && !fa.starts_lower
            && fb.is_headline_like()
            && fb.n_words() >= 3
            && markers[a] == Marker::None
        {
            verdicts[a] = Verdict::noise(RemovedKind::Label, "section name above the headline");
            first_candidate = Some(b);
        }
    }
    if let Some(first) = first_candidate {
        let f = &units[first].features;
        let norm = normalized_title(&units[first].text);
        if title_norm.as_deref() == Some(norm.as_str()) {
            verdicts[first] = Verdict::noise(RemovedKind::Title, "repeats the given title");
            found_title = true;
        } else if given_title.is_none() && markers[first] == Marker::None {
            let headline = f.is_headline_like() && f.n_words() >= 2 && f.sentence_count <= 1;
            // A one-sentence first line that the next paragraph restates is
            // a headline with a full stop.
            let restated = !headline
                && f.ends_terminal
                && f.sentence_count == 1
                && (4..=30).contains(&f.n_words())
                && units
                    .get(first + 1..)
                    .and_then(|rest| {
                        rest.iter()
                            .zip(first + 1..)
                            .find(|(_, i)| !verdicts[*i].is_noise())
                    })
                    .is_some_and(|(next, _)| {
                        let head = content_words(&units[first]);
                        let body = content_words(next);
                        let shared = head.iter().filter(|w| body.contains(w)).count();
                        !head.is_empty() && shared * 5 >= head.len() * 2
                    });
            if headline || restated {
                verdicts[first] = Verdict::noise(
                    RemovedKind::Title,
                    if headline {
                        "headline line at the top"
                    } else {
                        "headline restated by the first paragraph"
                    },
                );
                title_norm = Some(norm);
                found_title = true;
            }
        }
    }
    let Some(title_norm) = title_norm else { return };
    for (i, unit) in units.iter().enumerate() {
        if verdicts[i].is_noise()
            && !(found_title
                && matches!(
                    verdicts[i],
                    Verdict::Noise {
                        kind: RemovedKind::Title,
                        ..
                    }
                ))
        {
            continue;
        }
        if matches!(
            verdicts[i],
            Verdict::Noise {
                kind: RemovedKind::Title,
                ..
            }
        ) {
            continue;
        }
        // Only a line of about the title's length can repeat it.
        let len = unit.text.len();
        if len + 8 < title_norm.len() || len > title_norm.len() * 2 + 8 {
            continue;
        }
        if normalized_title(&unit.text) == title_norm {
            verdicts[i] = Verdict::noise(RemovedKind::DuplicateHeading, "repeats the headline");
        }
    }
}

/// Third pass, part one: links listed under a related-content header.
fn mark_related_blocks(units: &[Unit], verdicts: &mut [Verdict], markers: &[Marker]) {
    for i in 0..units.len() {
        if markers[i] != Marker::RelatedHeader {
            continue;
        }
        let mut shortest_link: Option<usize> = None;
        for j in i + 1..units.len() {
            if verdicts[j].is_noise() {
                if markers[j] == Marker::CommentSection {
                    break;
                }
                continue;
            }
            if matches!(markers[j], Marker::FootnoteOpening | Marker::Asterisk) {
                break;
            }
            let f = &units[j].features;
            let link_like = !f.is_prose_like() && f.n_words() <= 25 && f.comment_lean() <= 1;
            // The block's last line, right before prose, no longer than any
            // link above it: a section heading, which is kept (when in doubt,
            // keep article text).
            // A heading opens a section: at least two paragraphs follow.
            let next_is_prose = (j + 1..units.len())
                .take(2)
                .all(|x| units[x].features.is_prose_like() && !verdicts[x].is_noise())
                && j + 2 < units.len();
            if link_like && next_is_prose && shortest_link.is_some_and(|m| f.n_words() <= m) {
                break;
            }
            if link_like {
                shortest_link =
                    Some(shortest_link.map_or(f.n_words(), |m: usize| m.min(f.n_words())));
                verdicts[j] =
                    Verdict::noise(RemovedKind::Related, "link under a related-content header");
            } else {
                break;
            }
        }
    }
}

/// Third pass, part two: what follows the article's last paragraph.
fn mark_tail(
    units: &[Unit],
    verdicts: &mut [Verdict],
    markers: &[Marker],
    extracted: bool,
    structural: &[bool],
) {
    if units.is_empty() {
        return;
    }
    let first_prose =
        (0..units.len()).find(|&i| !verdicts[i].is_noise() && units[i].features.is_prose_like());
    let Some(first_prose) = first_prose else {
        return;
    };

    // A comment marker after the article opens the comment section: what
    // follows is comments unless it is other noise. A marker that still has
    // most of the article after it (a comment-count button in the page
    // header) opens nothing, unless what follows does not read as news.
    let prose_words = |range: std::ops::Range<usize>| -> usize {
        range
            .filter(|&j| !verdicts[j].is_noise() && units[j].features.is_prose_like())
            .map(|j| units[j].features.n_words())
            .sum()
    };
    // On a whole page, a comment button in the header above the article
    // opens nothing: the section can only start once the article's run of
    // paragraphs has.
    let run_start = if extracted {
        first_prose
    } else {
        article_span(units, verdicts).map_or(first_prose, |(start, _)| start.max(first_prose))
    };
    // Below the marker, most of the prose must read as comments (first
    // and second person, opinion, no reporting) when it is not already
    // less than the article above it.
    let opens_section = |m: usize| {
        let after = prose_words(m + 1..units.len());
        if after == 0 || prose_words(run_start..m) >= after {
            return true;
        }
        let (mut prose, mut commenty) = (0usize, 0usize);
        for j in m + 1..units.len() {
            let f = &units[j].features;
            if !verdicts[j].is_noise() && f.is_prose_like() {
                prose += 1;
                commenty += usize::from(f.comment_lean() >= 1);
            }
        }
        commenty * 2 > prose
    };
    // Comment furniture opens the section only as a stream: a second
    // stamp or action row below the first.
    let meta_after = |m: usize| (m + 1..units.len()).any(|j| markers[j] == Marker::CommentMeta);
    if let Some(m) = (run_start + 1..units.len()).find(|&i| {
        (markers[i] == Marker::CommentSection
            || (markers[i] == Marker::CommentMeta && meta_after(i)))
            && opens_section(i)
    }) {
        {
            if !verdicts[m].is_noise() {
                verdicts[m] = Verdict::noise(RemovedKind::Comment, "comment metadata (author)");
            }
            for verdict in &mut verdicts[m + 1..] {
                let label = matches!(
                    verdict,
                    Verdict::Noise {
                        kind: RemovedKind::Label,
                        ..
                    }
                );
                if !verdict.is_noise() || label {
                    *verdict =
                        Verdict::noise(RemovedKind::Comment, "after the comment-section marker");
                }
            }
        }
    }

    // After a related header near the end, prose that does not report is
    // comment text (sites print the comments under the related links).
    if let Some(r) = (first_prose + 1..units.len())
        .rev()
        .find(|&i| markers[i] == Marker::RelatedHeader)
    {
        let rest: Vec<usize> = (r + 1..units.len())
            .filter(|&j| {
                !verdicts[j].is_noise()
                    && matches!(markers[j], Marker::None | Marker::RelatedHeader)
            })
            .collect();
        let none_reports = rest.iter().all(|&j| {
            let f = &units[j].features;
            (f.reporting == 0 && f.comment_lean() >= 1) || f.comment_lean() >= 2
        });
        if !rest.is_empty() && none_reports {
            for j in rest {
                verdicts[j] = Verdict::noise(
                    RemovedKind::Comment,
                    "reader comment under the related block",
                );
            }
        }
    }

    // Reader comments are told from the article by register, measured
    // against the article's own: a first-person blog post needs more
    // evidence than a wire report before its end is taken for comments.
    let body: Vec<i32> = (first_prose..units.len())
        .filter(|&i| !verdicts[i].is_noise() && units[i].features.is_prose_like())
        .map(|i| units[i].features.comment_lean())
        .collect();
    let baseline = if body.is_empty() {
        0
    } else {
        body.iter().sum::<i32>() / body.len() as i32
    };
    let strong = 3.max(baseline + 3);
    let weak = 1.max(baseline + 1);

    // A line the page writes as the article's text (a paragraph or list
    // item kept inside the article) is not taken for a teaser or a link
    // list by its shape alone: those are set apart by the structure.
    let written = |i: usize| structural.get(i).copied().unwrap_or(false);
    // Walk back from the end over footnotes, trailing links and comments
    // until the last paragraph of article prose.
    let mut comment_seen = false;
    let mut above_marker = false;
    // The lines this walk took as link lists, teasers or comments.
    let mut walked: Vec<usize> = Vec::new();
    let mut stop = None;
    let mut i = units.len();
    while i > first_prose + 1 {
        i -= 1;
        if verdicts[i].is_noise() {
            if matches!(
                verdicts[i],
                Verdict::Noise {
                    kind: RemovedKind::Comment,
                    ..
                }
            ) {
                comment_seen = true;
            }
            if matches!(markers[i], Marker::CommentSection | Marker::CommentMeta) {
                above_marker = true;
            }
            // Comments come last: above the article's closing furniture
            // (footnotes, prompts, related links) the article still runs.
            if !matches!(
                verdicts[i],
                Verdict::Noise {
                    kind: RemovedKind::Comment,
                    ..
                }
            ) {
                above_marker = true;
            }
            continue;
        }
        let f = &units[i].features;
        // Above a comment-section marker the article still runs: comments
        // are not told by register there.
        let lean = if above_marker {
            i32::MIN
        } else {
            f.comment_lean()
        };
        if matches!(markers[i], Marker::FootnoteOpening | Marker::Asterisk)
            && !(written(i) && is_editorial_note(&units[i].text))
        {
            verdicts[i] = Verdict::noise(RemovedKind::Footnote, "note appended after the article");
            above_marker = true;
        } else if is_author_note(&units[i].text, f) {
            verdicts[i] = Verdict::noise(
                RemovedKind::Footnote,
                "note on the writer after the article",
            );
            above_marker = true;
        } else if markers[i] == Marker::CommentMeta && comment_seen {
            verdicts[i] = Verdict::noise(RemovedKind::Comment, "comment metadata (author)");
        } else if (lean >= strong && !extracted) || (comment_seen && lean >= weak) {
            // The HTML extractor leaves comment sections out: in its text,
            // register alone is the article's own voice (a column, an
            // essay), not a reader's.
            verdicts[i] = Verdict::noise(
                RemovedKind::Comment,
                "reader comment: opinion register, no reporting",
            );
            comment_seen = true;
            walked.push(i);
        } else if f.is_headline_like()
            && !f.is_prose_like()
            && f.n_words() <= 20
            && i + 1 < units.len()
            && !written(i)
        {
            // A headline-like line with nothing of the article after it: a
            // link list or a teaser. The very last line is left alone —
            // it may be a truncated sentence.
            verdicts[i] = Verdict::noise(
                RemovedKind::Related,
                "headline-like line after the article's last paragraph",
            );
            walked.push(i);
        } else if f.is_headline_like()
            && !f.is_prose_like()
            && f.n_words() <= 12
            && f.title_case_ratio >= 0.8
            && i + 1 == units.len()
            && !written(i)
        {
            verdicts[i] = Verdict::noise(
                RemovedKind::Related,
                "title-case line after the article's last paragraph",
            );
            walked.push(i);
        } else {
            stop = Some(i);
            break;
        }
    }
    // A paragraph ending with a colon announces what follows it ("The
    // tour dates:", "The full list of winners:"): the short lines under
    // it are the article's list, up to the first other noise.
    if let Some(stop) = stop.filter(|&s| {
        let f = &units[s].features;
        f.ends_colon && f.n_words() >= 4
    }) {
        for j in stop + 1..units.len() {
            if walked.contains(&j) {
                verdicts[j] = Verdict::Prose;
            } else if markers[j] != Marker::None {
                break;
            }
        }
    }

    // A "©" line that did not end the article is a picture credit.
    for i in 0..units.len() {
        if verdicts[i] == Verdict::Prose
            && markers[i] == Marker::FootnoteOpening
            && units[i].text.starts_with('©')
            && units[i].features.n_words() <= 10
        {
            verdicts[i] = Verdict::noise(RemovedKind::Caption, "picture credit");
        }
    }
}

/// Longest note on the writer.
const MAX_AUTHOR_NOTE_WORDS: usize = 90;

/// A note on the writer closing the article: the writer in the third
/// person with their role ("Jo Ames is a reporter for the Post", "The
/// Post's Jo Ames is the author of …"), or a pointer to their accounts
/// ("Follow her on X"). Nothing reported in it, no first person.
fn is_author_note(text: &str, f: &Features) -> bool {
    let n = f.n_words();
    if !(5..=MAX_AUTHOR_NOTE_WORDS).contains(&n) || f.reporting > 0 || f.first_person > 0 {
        return false;
    }
    let lower = text.to_lowercase();
    if ["follow him ", "follow her ", "follow them "]
        .iter()
        .any(|p| lower.contains(p))
    {
        return true;
    }
    // "<Name> is a|an|the [up to two words] <role>": the subject is a
    // name of two to five capitalised words (an outlet's possessive
    // among them), the role names the writer's trade and is followed by
    // where or what they write ("for", "at", "of", "with").
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(is_at) = words.iter().take(6).position(|w| *w == "is") else {
        return false;
    };
    let name = &words[..is_at];
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if !(2..=5).contains(&name.len()) || !name.iter().all(capitalised) {
        return false;
    }
    let after: Vec<String> = words[is_at + 1..]
        .iter()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if !after
        .first()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"))
    {
        return false;
    }
    (1..after.len().min(4)).any(|r| {
        lexicon::AUTHOR_ROLES.contains(&after[r].trim_end_matches('s'))
            && after
                .get(r + 1)
                .is_some_and(|w| matches!(w.as_str(), "for" | "at" | "of" | "with"))
    })
}

/// A note about the story itself ("Update: …", "This story has been
/// corrected …"), not legal or site boilerplate.
fn is_editorial_note(text: &str) -> bool {
    let mut end = text.len().min(40);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_lowercase().replace('’', "'");
    lexicon::EDITORIAL_NOTE_OPENINGS
        .iter()
        .any(|o| starts_with_phrase(&head, o))
}

/// Last pass: subheadings between paragraphs stay, flagged as headings.
fn mark_headings(units: &[Unit], verdicts: &mut [Verdict]) {
    for i in 0..units.len() {
        if verdicts[i] != Verdict::Prose {
            continue;
        }
        let f = &units[i].features;
        let heading_like = f.is_headline_like()
            && f.n_words() <= 14
            && (f.title_case_ratio >= 0.6 || f.n_words() <= 6);
        let next_prose = (i + 1..units.len())
            .find(|&j| !verdicts[j].is_noise())
            .is_some_and(|j| units[j].features.is_prose_like());
        if heading_like && next_prose {
            verdicts[i] = Verdict::Heading;
        }
    }
}

#[cfg(test)]
mod tests {
    //! One test per rule family, on invented snippets: the noise goes with
    //! its kind, and the prose beside it stays.

    use crate::clean_text;
    use parallax_core::{ParagraphKind, RemovedKind};

    const PROSE: &str =
        "The Velmora council said on Monday that the ring road would reopen in May after repairs.";
    const PROSE_2: &str = "Engineers found cracks in two supports last winter, according to a report seen by the council.";

    /// Cleans `lines` (joined by blank lines) and returns the removed
    /// (kind, text) pairs; asserts both prose paragraphs were kept.
    fn removed(lines: &[&str]) -> Vec<(RemovedKind, String)> {
        let text = lines.join("\n\n");
        let cleaned = clean_text(&text, None);
        for prose in [PROSE, PROSE_2] {
            if lines.contains(&prose) {
                assert!(
                    cleaned.text.contains(prose),
                    "prose dropped: {:?}",
                    cleaned.removed
                );
            }
        }
        cleaned
            .removed
            .into_iter()
            .map(|r| (r.kind, r.text))
            .collect()
    }

    fn kinds(lines: &[&str]) -> Vec<RemovedKind> {
        removed(lines).into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn share_widgets() {
        assert_eq!(
            kinds(&[
                PROSE,
                "Share on Facebook",
                "WhatsApp Telegram Email",
                PROSE_2
            ]),
            vec![RemovedKind::Share, RemovedKind::Share]
        );
        // A news sentence about shares stays.
        assert!(kinds(&[
            PROSE,
            "Shares of the ferry operator fell 4% on Tuesday after the report was published.",
            PROSE_2
        ])
        .is_empty());
    }

    #[test]
    fn adverts_and_shop_promotions() {
        assert_eq!(
            kinds(&[PROSE, "ADVERTISEMENT", PROSE_2]),
            vec![RemovedKind::Advert]
        );
        assert_eq!(
            kinds(&[
                PROSE,
                "Garden Deals: Buy Two Planters Today, Free Delivery",
                PROSE_2
            ]),
            vec![RemovedKind::Advert]
        );
        assert!(kinds(&[PROSE, "Retail sales rose 3% in March as shoppers returned to the high street, the statistics office said.", PROSE_2]).is_empty());
    }

    #[test]
    fn donation_subscription_and_newsletter_prompts() {
        assert_eq!(
            kinds(&[
                PROSE,
                "Support independent journalism: donate today!",
                PROSE_2
            ]),
            vec![RemovedKind::Prompt]
        );
        assert_eq!(
            kinds(&[
                PROSE,
                "Sign up to our morning newsletter and get the news in your inbox.",
                PROSE_2
            ]),
            vec![RemovedKind::Prompt]
        );
        assert!(kinds(&[PROSE, "The minister said support for the plan had grown among members of the coalition since January.", PROSE_2]).is_empty());
    }

    #[test]
    fn captions_and_credits() {
        assert_eq!(
            kinds(&[
                PROSE,
                "Workers clear the road near Velmora on Monday. Photo: Ina Berg/Velmora Post",
                PROSE_2
            ]),
            vec![RemovedKind::Caption]
        );
        assert_eq!(
            kinds(&[
                PROSE,
                "The damaged bridge seen from the river, 3 March 2026 Reuters",
                PROSE_2
            ]),
            vec![RemovedKind::Caption]
        );
        assert!(kinds(&[
            PROSE,
            "The mayor repeated the figure in an interview with Reuters.",
            PROSE_2
        ])
        .is_empty());
    }

    #[test]
    fn bylines_and_agency_lines() {
        let r = removed(&[PROSE, PROSE_2]);
        assert!(r.is_empty());
        let text = ["By AFP", PROSE, PROSE_2].join("\n\n");
        let cleaned = clean_text(&text, None);
        assert_eq!(cleaned.removed[0].kind, RemovedKind::Byline);
        assert_eq!(
            cleaned.byline.and_then(|b| b.agency).as_deref(),
            Some("AFP")
        );
    }

    #[test]
    fn bare_labels_and_date_lines() {
        let text = ["Updated:", "Published: 4 March 2026", PROSE, PROSE_2].join("\n\n");
        let cleaned = clean_text(&text, None);
        let kinds: Vec<_> = cleaned.removed.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, vec![RemovedKind::Label, RemovedKind::Label]);
        assert_eq!(
            cleaned.published.map(|p| p.date).as_deref(),
            Some("2026-03-04")
        );
    }

    #[test]
    fn headline_and_its_repeat() {
        let text = [
            "Ring Road to Reopen in May",
            "Ring Road to Reopen in May",
            PROSE,
            PROSE_2,
        ]
        .join("\n\n");
        let cleaned = clean_text(&text, None);
        let kinds: Vec<_> = cleaned.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            vec![RemovedKind::Title, RemovedKind::DuplicateHeading]
        );
        assert_eq!(cleaned.title.as_deref(), Some("Ring Road to Reopen in May"));
    }

    #[test]
    fn related_blocks() {
        assert_eq!(
            kinds(&[
                PROSE,
                "Related stories",
                "Bridge closures planned for summer",
                "How the ring road was built",
                PROSE_2,
                PROSE
            ]),
            vec![RemovedKind::Related; 3]
        );
        assert_eq!(
            kinds(&[PROSE, "READ MORE: Velmora budget cut by a tenth", PROSE_2]),
            vec![RemovedKind::Related]
        );
    }

    #[test]
    fn footnotes_after_the_article() {
        assert_eq!(
            kinds(&[
                PROSE,
                PROSE_2,
                "*The views expressed are the author's own.",
                "© 2026 Velmora Post. All rights reserved."
            ]),
            vec![RemovedKind::Footnote, RemovedKind::Footnote]
        );
        // A "*" line inside the article is a list item, not a footnote.
        assert!(kinds(&[
            PROSE,
            "* Two lanes will open first, the council said.",
            PROSE_2
        ])
        .is_empty());
    }

    #[test]
    fn comments_after_a_marker_and_by_register() {
        assert_eq!(
            kinds(&[
                PROSE,
                PROSE_2,
                "4 Comments",
                "Mira_K",
                "2 hours ago",
                "About time they fixed it."
            ]),
            vec![RemovedKind::Comment; 4]
        );
        // No marker: the register gives them away.
        assert_eq!(
            kinds(&[
                PROSE,
                PROSE_2,
                "lol i drive that road every day and you guys are so wrong about this!!",
                "I think they should sack the whole council tbh"
            ]),
            vec![RemovedKind::Comment; 2]
        );
    }

    #[test]
    fn a_comment_count_above_the_article_opens_no_comment_section() {
        // A "12 comments" button in the page header, then the article.
        let long = "The ring road project, approved in 2019, was meant to take eighteen months, but delays in the supply of steel and a dispute with the main contractor pushed it back twice, officials said on Friday.";
        let text = [PROSE, "12 Comments", PROSE_2, long, long, PROSE].join("\n\n");
        let cleaned = clean_text(&text, None);
        let kinds: Vec<_> = cleaned.removed.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, vec![RemovedKind::Comment], "{:?}", cleaned.removed);
        assert!(cleaned.text.contains(PROSE_2) && cleaned.text.contains(long));
    }

    #[test]
    fn first_person_reporting_is_not_a_comment() {
        let first_person = "I walked the length of the closed road on Sunday; the cracks the engineers found are still visible, the council said.";
        assert!(kinds(&[PROSE, PROSE_2, first_person]).is_empty());
    }

    #[test]
    fn subheadings_stay_as_headings() {
        let text = [PROSE, "What Happens Next", PROSE_2, PROSE].join("\n\n");
        let cleaned = clean_text(&text, None);
        assert!(cleaned.removed.is_empty());
        let headings: Vec<_> = cleaned
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Heading)
            .collect();
        assert_eq!(headings.len(), 1);
        assert_eq!(
            &cleaned.text[headings[0].start..headings[0].end],
            "What Happens Next"
        );
    }

    #[test]
    fn page_menus_and_footers_around_the_article_go() {
        let menu = ["Home", "World", "Business", "Sport", "Culture", "Weather"];
        let footer = [
            "About us",
            "Contact the newsroom",
            "Terms of use",
            "Privacy settings",
            "Velmora Post Group Ltd",
        ];
        let long = "The ring road project, approved in 2019, was meant to take eighteen months, but delays in the supply of steel and a dispute with the main contractor pushed it back twice, officials said on Friday.";
        let mut lines: Vec<&str> = menu.to_vec();
        lines.extend([PROSE, long, PROSE_2]);
        lines.extend(footer);
        let cleaned = clean_text(&lines.join("\n\n"), None);
        assert_eq!(cleaned.text, [PROSE, long, PROSE_2].join("\n\n"));
        let kinds: Vec<_> = cleaned.removed.iter().map(|r| r.kind).collect();
        assert!(kinds[..menu.len()].iter().all(|k| *k == RemovedKind::Label));
        assert!(
            kinds[menu.len()..].iter().all(|k| matches!(
                k,
                RemovedKind::Related | RemovedKind::Label | RemovedKind::Footnote
            )),
            "{:?}",
            cleaned.removed
        );
        // A subheading between paragraphs stays.
        let text = [PROSE, "What Happens Next", long, PROSE_2].join("\n\n");
        assert!(clean_text(&text, None).removed.is_empty());
    }

    #[test]
    fn a_comment_button_above_the_article_opens_nothing() {
        let long = "The ring road project, approved in 2019, was meant to take eighteen months, but delays in the supply of steel and a dispute with the main contractor pushed it back twice, officials said on Friday.";
        let text = [
            "Ring Road to Reopen in May",
            "Share",
            "Comments",
            "Print",
            PROSE,
            long,
            PROSE_2,
            "Share",
            "2",
            long,
        ]
        .join("\n\n");
        let cleaned = clean_text(&text, None);
        assert!(
            cleaned.text.contains(PROSE) && cleaned.text.ends_with(long),
            "{:?}",
            cleaned.removed
        );
        assert!(cleaned
            .removed
            .iter()
            .all(|r| r.kind != RemovedKind::Comment || r.text == "Comments"));
    }

    #[test]
    fn a_list_announced_with_a_colon_stays() {
        let items = [
            "May 3 – Velmora, Town Hall",
            "May 5 – Orsk, Harbour Stage",
            "May 9 – Tesna, Riverside Park",
            "May 12 – Karvik, Old Market",
        ];
        let mut lines = vec![PROSE, PROSE_2, "The band's spring dates are as follows:"];
        lines.extend(items);
        let text = lines.join("\n\n");
        for cleaned in [
            clean_text(&text, None),
            crate::clean_extracted_text(&text, None),
        ] {
            assert!(cleaned.removed.is_empty(), "{:?}", cleaned.removed);
        }
        // Without the announcement, the same lines are a link list.
        let mut lines = vec![PROSE, PROSE_2];
        lines.extend(items);
        assert_eq!(kinds(&lines).len(), items.len());
    }

    #[test]
    fn interview_lines_are_not_captions() {
        let text = [
            PROSE,
            "Q: Favourite place in the valley",
            "A: The old mill above Velmora, every spring",
            PROSE_2,
        ]
        .join("\n\n");
        let cleaned = crate::clean_extracted_text(&text, None);
        assert!(cleaned.removed.is_empty(), "{:?}", cleaned.removed);
    }

    #[test]
    fn an_essay_closing_the_extracted_text_is_not_a_comment() {
        let essay = "I think we have all been too patient with this council, and you would be right to ask why it took three winters to notice the cracks.";
        let text = [PROSE, PROSE_2, essay].join("\n\n");
        assert!(crate::clean_extracted_text(&text, None).removed.is_empty());
    }

    #[test]
    fn a_truncated_last_sentence_stays() {
        let truncated = "The council has not said how much the repairs cost, but documents seen by the Velmora Post put the figure at";
        assert!(kinds(&[PROSE, PROSE_2, truncated]).is_empty());
    }

    #[test]
    fn a_reader_appeal_written_as_a_paragraph() {
        let appeal = "Dear reader - independent local news costs money to make and we cannot keep doing it alone. Since many of you asked, we now have a way for you to support the Velmora Post directly and get ad-free access. There are also gifts like a Post mug for supporters at a higher level. You can see all the options on our page - thank you for your support!";
        assert_eq!(
            removed(&[PROSE, PROSE_2, appeal]),
            vec![(RemovedKind::Prompt, appeal.to_string())]
        );
        // Consumer advice addresses the reader too, but not as the outlet.
        let advice = "This offer only works for new subscribers of the music service, but you do not need to be a member of the shop. Sign up for the yearly plan and you pay only half the monthly price for the first three months. You can cancel the subscription at any time before the trial ends without paying anything more.";
        assert!(removed(&[PROSE, advice, PROSE_2]).is_empty());
    }

    #[test]
    fn a_note_on_the_writer_closing_the_article() {
        let note = "The Post's Jo Ames is a reporter for the Velmora Post, covering the harbour and the islands.";
        assert_eq!(
            removed(&[PROSE, PROSE_2, note]),
            vec![(RemovedKind::Footnote, note.to_string())]
        );
        let follow = "Jo Ames covers the harbour and the islands. Follow her on Mastodon.";
        assert_eq!(
            removed(&[PROSE, PROSE_2, follow]),
            vec![(RemovedKind::Footnote, follow.to_string())]
        );
        // Inside the article, the same shape is reporting about someone.
        let middle = "Mayor Ilse Brandt is the author of the new harbour plan for the council.";
        assert!(removed(&[PROSE, middle, PROSE_2]).is_empty());
    }

    #[test]
    fn time_stamps_and_parenthesised_credits() {
        assert_eq!(
            kinds(&[PROSE, "(Updated 6:01 am)", PROSE_2]),
            vec![RemovedKind::Label]
        );
        assert_eq!(
            kinds(&[PROSE, "(Jo Ames / For The Velmora Post)", PROSE_2]),
            vec![RemovedKind::Caption]
        );
        // A remark in parentheses with a slash is no credit.
        assert!(kinds(&[PROSE, "(Votes / seats ratio shown below)", PROSE_2]).is_empty());
    }
}
