//! [`extract_quotes`]: one pass over an article's sentences that combines
//! the direct, indirect and speaker readers, continues speakers over
//! unattributed quotes and resolves pronouns and canonical names.

use super::direct::{find_quote_spans, is_mark, speaker_label_len};
use super::headlines::headline_source_len;
use super::speakers::resolve_pronoun;
use super::tokens::trim_end_punct;
use super::words::{is_title_case, CLAUSE_CONJ, NP_PREPS};
use super::{lexicon, Attr, Ctx, Kind, QSpan};
use parallax_core::{Evidence, Quote, QuoteKind, Span, Spanned, Speaker};

struct Found {
    kind: QuoteKind,
    s: usize,
    e: usize,
    inner: (usize, usize),
    /// Further pieces of a quotation split by its attribution.
    more: Vec<(usize, usize)>,
    speaker: Option<(usize, usize)>,
    /// resolved name inherited from a previous quote
    inherited: Option<(Speaker, usize)>,
    cue: Option<(usize, usize)>,
}

/// The speaker and cue (byte spans) of a reporting sentence that directly
/// precedes an unattributed quote opening sentence `s0` (at byte `qs`) in
/// the same paragraph, with no quote found since: a writer who names a
/// speaker's claim and then quotes it gives the quote to that speaker.
fn lead_in_speaker(
    ctx: &Ctx,
    sents: &[(usize, usize)],
    found: &[Found],
    s0: usize,
    qs: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let (ps, pe) = *sents.get(s0.checked_sub(1)?)?;
    let text = ctx.text;
    let gap = text.get(pe.min(qs)..qs)?;
    // the quote opens its sentence, right after the lead-in, same paragraph
    if !gap.trim().is_empty() || gap.contains('\n') {
        return None;
    }
    // a lead-in that quotes, or follows a quote, is handled as such (a
    // title in quote marks is no quote)
    if found.iter().any(|f| f.e > ps.saturating_sub(1)) {
        return None;
    }
    let (lo, hi) = ctx.tok_range(ps, pe);
    let a = ctx.indirect(lo, hi, ps, pe)?;
    let sp = ctx.speaker_span(a.speaker?);
    // a speaker that is a name or a pronoun, not a clause fragment
    let first = text.get(sp.0..sp.1)?.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    Some((sp, ctx.span_of(a.cue)))
}

/// The part of a sentence `text[start..]` before `at` (where a mixed
/// quote's attribution begins) that may hold an attribution of its own:
/// its end with the joining `, but` / `, and` / `, while` cut off, when
/// six words or more are left.
fn uncovered_prefix(text: &str, start: usize, at: usize) -> Option<usize> {
    let mut part = text.get(start..at)?.trim_end();
    for joint in ["but", "and", "while", "although", "though"] {
        if let Some(rest) = part.strip_suffix(joint) {
            if rest.ends_with(|c: char| c.is_whitespace() || c == ',') {
                part = rest.trim_end();
                break;
            }
        }
    }
    let part = part.trim_end_matches([',', ';']).trim_end();
    (part.split_whitespace().count() >= 6).then_some(start + part.len())
}

impl Found {
    /// Reported speech over `s..e`: indirect, or mixed when a quotation
    /// lies inside it.
    fn reported(
        s: usize,
        e: usize,
        qspans: &[QSpan],
        speaker: Option<(usize, usize)>,
        cue: Option<(usize, usize)>,
    ) -> Found {
        let mixed = qspans.iter().any(|q| q.s >= s && q.e <= e + 3);
        Found {
            kind: if mixed {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            s,
            e,
            inner: (s, e),
            more: Vec::new(),
            speaker,
            inherited: None,
            cue,
        }
    }
}

/// Finds the quotations of one article: direct, indirect and mixed, with
/// speaker and cue. `text` is the article's clean text, `sentences` its
/// sentence spans (from [`crate::split_sentences`]); evidence offsets are
/// byte offsets into `text`. Never panics.
pub fn extract_quotes(article_id: &str, text: &str, sentences: &[Span]) -> Vec<Quote> {
    let ctx = Ctx::new(text);
    let qspans = find_quote_spans(text);
    let mut sents: Vec<(usize, usize)> = sentences
        .iter()
        .filter(|s| s.start < s.end && s.end <= text.len())
        .filter(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end))
        .map(|s| (s.start, s.end))
        .collect();
    if sents.is_empty() && !text.trim().is_empty() {
        sents.push((0, text.len()));
    }
    let sent_of = |b: usize| -> Option<usize> {
        let k = sents.partition_point(|s| s.0 <= b);
        if k == 0 {
            None
        } else {
            Some(k - 1)
        }
    };
    let mut found: Vec<Found> = Vec::new();
    let mut covered_sents = vec![false; sents.len()];
    // paragraph index of a byte: the paragraph breaks before it (found
    // once; counting them per quote was quadratic)
    let breaks: Vec<usize> = text.match_indices("\n\n").map(|(m, _)| m).collect();
    let para_of = |b: usize| breaks.partition_point(|&m| m + 2 <= b.min(text.len()));

    for (qi, q) in qspans.iter().enumerate() {
        let inner_words = text[q.is..q.ie].split_whitespace().count();
        if inner_words == 0 || is_title_case(&text[q.is..q.ie]) {
            continue;
        }
        let Some(s0) = sent_of(q.s) else { continue };
        // a transcript turn: `"PENCE: Well, look, …`
        let lead = text[q.is..q.ie].len() - text[q.is..q.ie].trim_start().len();
        if let Some(len) = speaker_label_len(&text[q.is + lead..q.ie]) {
            let (la, lb) = ctx.tok_range(q.is + lead, q.is + lead + len);
            let body = q.is + lead + len + 1;
            let bs = body + (text[body..q.ie].len() - text[body..q.ie].trim_start().len());
            if lb > la && bs < q.ie {
                let s1 = sent_of(q.e.saturating_sub(1)).unwrap_or(s0).max(s0);
                for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                    *c = true;
                }
                found.push(Found {
                    kind: QuoteKind::Direct,
                    s: bs,
                    e: q.e,
                    inner: (bs, q.ie),
                    more: Vec::new(),
                    speaker: Some(ctx.span_of((la, lb))),
                    inherited: None,
                    cue: Some((body - 1, body)),
                });
                continue;
            }
        }
        let s1 = sent_of(q.e.saturating_sub(1)).unwrap_or(s0).max(s0);
        let (ss, _) = sents[s0];
        let (_, se) = sents[s1];
        // previous quote end within the sentence / next quote start
        let lo_b = qspans[..qi]
            .iter()
            .rev()
            .find(|p| p.e > ss)
            .map_or(ss, |p| p.e);
        let hi_b = qspans.get(qi + 1).filter(|n| n.s < se).map_or(se, |n| n.s);
        let (after_lo, mut after_hi) = ctx.tok_range(q.e, hi_b);
        // a dash attribution on its own after the quote: `"…" — Jane Doe`
        if !ctx.toks[after_lo..after_hi]
            .iter()
            .any(|t| t.kind == Kind::Word)
            && ctx
                .toks
                .get(after_hi)
                .is_some_and(|t| matches!(t.lower.as_str(), "—" | "–" | "―"))
            && !text[q.e..ctx.toks[after_hi].s].contains('\n')
        {
            let pe = text[q.e..].find("\n").map_or(text.len(), |k| q.e + k);
            after_hi = ctx.tok_range(q.e, pe).1;
        }
        let (before_lo, before_hi) = ctx.tok_range(lo_b, q.s);
        let mut kind = QuoteKind::Direct;
        // the attribution after a quote ends its clause: `"…," she said
        // on Monday.`, not `"Title" host Jane Doe said the plan …`
        // `"… policy." The network said it would …` opens a new sentence
        let full_stop = text[q.is..q.ie].trim_end().ends_with('.');
        // `"…," Jane Doe told reporters after the long meeting that …`: a
        // comma closing the quote hands it to the attribution after it
        let comma_close =
            text[q.is..q.ie].trim_end().ends_with(',') || text[q.e..].starts_with(',');
        let ends_clause = |a: &Attr, hi: usize| {
            if full_stop
                && (ctx.clause_follows(a.cue.1, hi)
                    || ctx.toks[a.cue.1..hi]
                        .iter()
                        .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | "—" | "–"))
                        .filter(|t| t.kind == Kind::Word)
                        .count()
                        > 5)
            {
                return false;
            }
            let adverbial = ctx.word(a.cue.1).is_some_and(|w| {
                NP_PREPS.contains(&w)
                    || CLAUSE_CONJ.contains(&w)
                    || matches!(
                        w,
                        "during" | "outside" | "about" | "adding" | "noting" | "until"
                    )
            });
            (adverbial
                || comma_close
                || ctx.toks[a.cue.1..hi]
                    .iter()
                    .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | "—" | "–"))
                    .filter(|t| t.kind == Kind::Word)
                    .count()
                    <= 12)
                && !ctx.toks[a.cue.1..hi]
                    .iter()
                    .take(3)
                    .take_while(|t| t.lower != ",")
                    .any(|t| t.lower == "that")
        };
        let mut attr = ctx
            .attr_after(after_lo, after_hi)
            .filter(|a| ends_clause(a, after_hi));
        // `"…?" Graham asked.` split off as a sentence of its own
        if attr.is_none()
            && !ctx.toks[after_lo..after_hi]
                .iter()
                .any(|t| t.kind == Kind::Word)
            && s1 + 1 < sents.len()
            && q.e <= sents[s1 + 1].0
            && text
                .get(q.e..sents[s1 + 1].0)
                .is_some_and(|g| g.trim().is_empty() && !g.contains('\n'))
            && qspans.get(qi + 1).is_none_or(|n| n.s >= sents[s1 + 1].1)
        {
            let (ns, ne) = sents[s1 + 1];
            let (nlo, nhi) = ctx.tok_range(ns, ne);
            let words = ctx.toks[nlo..nhi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            if words <= 14 {
                if let Some(a) = ctx.attr_after(nlo, nhi).filter(|a| {
                    ends_clause(a, nhi) && a.speaker.is_some_and(|sp| ctx.toks[sp.0].cap)
                        || a.speaker.is_some_and(|sp| {
                            lexicon::PRONOUNS.contains(&ctx.toks[sp.0].lower.as_str())
                        })
                }) {
                    if let Some(c) = covered_sents.get_mut(s1 + 1) {
                        *c = true;
                    }
                    attr = Some(a);
                }
            }
        }
        // `X admires Y as a "strong leader," comparing him to Z`: a
        // participle after the quote has its subject before the quote, so
        // an attribution there wins over the object after the participle
        let participle_after = attr.as_ref().is_some_and(|a| {
            ctx.toks[a.cue.0].lower.ends_with("ing") && a.speaker.is_some_and(|sp| sp.0 > a.cue.0)
        });
        if participle_after
            && ctx
                .attr_before(before_lo, before_hi)
                .is_some_and(|(b, _)| b.speaker.is_some())
        {
            attr = None;
        } else if participle_after && before_hi > before_lo {
            // … and without one there, the subject opening the sentence
            if let Some(a) = attr.as_mut() {
                a.speaker = ctx.sentence_subject(before_lo, before_hi);
            }
        }
        let mut span = (q.s, q.e);
        if attr.is_none() {
            if let Some((a, mixed)) = ctx.attr_before(before_lo, before_hi) {
                if mixed {
                    kind = QuoteKind::Mixed;
                    let ce = trim_end_punct(text, ss, se).max(q.e);
                    // an interposed attribution (`The weapons, he added, are
                    // like "…"`): the words on both sides are the content
                    let interposed = text[a.content.0..].starts_with(',')
                        && a.speaker.is_some_and(|sp| {
                            sp.0 > 0 && ctx.toks[sp.0 - 1].lower == "," && ctx.toks[sp.0 - 1].s > ss
                        });
                    let cs = if interposed { ss } else { a.content.0 };
                    span = (cs.min(q.s), ce);
                }
                attr = Some(a);
            }
        }
        // an introduction ending in a colon in the sentence before:
        // `X said on Monday:\n\n"…"`
        if attr.is_none()
            && s0 > 0
            && !ctx.toks[before_lo..before_hi]
                .iter()
                .any(|t| t.kind == Kind::Word)
        {
            let (ps, pe) = sents[s0 - 1];
            if text[ps..pe].trim_end().ends_with(':')
                && !qspans.iter().any(|p| p.s >= ps && p.e <= pe)
            {
                let (plo, phi) = ctx.tok_range(ps, pe);
                if let Some((a, _)) = ctx.attr_before(plo, phi) {
                    attr = Some(a);
                }
            }
        }
        // text outside the quote in its sentence
        let outside_words = ctx.toks[before_lo..before_hi]
            .iter()
            .chain(&ctx.toks[after_lo..after_hi])
            .filter(|t| t.kind == Kind::Word)
            .count();
        let (full_lo, full_hi) = ctx.tok_range(ss, se);
        let sentence_words = ctx.toks[full_lo..full_hi]
            .iter()
            .filter(|t| t.kind == Kind::Word && (t.s < q.s || t.s >= q.e))
            .count();
        let whole = outside_words <= 2 && sentence_words <= outside_words + 2;
        match attr {
            Some(a) => {
                let words_before = ctx.toks[full_lo..full_hi]
                    .iter()
                    .filter(|t| t.kind == Kind::Word && t.s < q.s)
                    .count();
                // (a whole sentence quoted after a colon or comma is no
                // fragment: `… in the workplace: "Our progress …," the union
                // wrote.`)
                let introduced = before_hi > before_lo
                    && matches!(ctx.toks[before_hi - 1].lower.as_str(), ":" | ",")
                    && text[q.is..q.ie]
                        .chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(char::is_uppercase)
                    && inner_words >= 4;
                // a quote the sentence goes on after, without punctuation
                // closing it: `reported "2,521 shooting incidents" in the
                // city`
                let continued = !text[q.is..q.ie]
                    .trim_end()
                    .ends_with(['.', ',', '!', '?', ';', ':'])
                    && text[q.e..se]
                        .strip_prefix(' ')
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_lowercase);
                // a quote opening in lower case continues the words before
                // it, however few: `The harbour "has never been safer,"`
                let lower_start = text[q.is..q.ie]
                    .chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_lowercase);
                if kind == QuoteKind::Direct
                    && (words_before >= 4 || words_before >= 1 && lower_start)
                    && !introduced
                    && ctx.span_of(a.cue).0 > q.e
                {
                    // a paraphrase ending in a quoted fragment, then the
                    // attribution: `… a top priority "is X," Doe said.`
                    kind = QuoteKind::Mixed;
                    span = (ss, q.e);
                } else if kind == QuoteKind::Direct
                    && (inner_words < 3 || continued)
                    && !whole
                    && ctx.span_of(a.cue).0 < q.s
                {
                    // a short fragment directly after a cue: `called it "a
                    // farce"` (not `"I would," she said.`)
                    kind = QuoteKind::Mixed;
                    let k = a.cue.1;
                    let cs = ctx.toks.get(k).map_or(q.s, |t| t.s).min(q.s);
                    span = (cs, trim_end_punct(text, ss, se).max(q.e));
                }
                for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                    *c = true;
                }
                found.push(Found {
                    kind,
                    s: span.0,
                    e: span.1,
                    inner: (q.is, q.ie),
                    more: Vec::new(),
                    speaker: a.speaker.map(|r| ctx.speaker_span(r)),
                    inherited: None,
                    cue: Some(ctx.span_of(a.cue)),
                });
                // the main verb before a participial cue is a statement of
                // its own: `Trump attacked Clinton for …, saying, "…"`
                if let Some(sp) = a.speaker {
                    let p = a.cue.0;
                    if p > sp.1 + 1
                        && ctx.toks[p].lower.ends_with("ing")
                        && ctx.toks[p - 1].lower == ","
                        && ctx.toks[p].s > ss
                    {
                        if let Some(v) = (sp.1..p - 1).find(|&v| ctx.is_cue_verb(v)) {
                            let cs = ctx.toks.get(v + 1).map_or(q.s, |t| t.s);
                            let ce = ctx.toks[p - 1].s;
                            let setting = ctx.only_a_setting(&Attr {
                                speaker: Some(sp),
                                cue: (v, v + 1),
                                content: (cs, ce),
                            });
                            if ce > cs && text[cs..ce].split_whitespace().count() >= 2 && !setting {
                                found.push(Found {
                                    kind: QuoteKind::Indirect,
                                    s: cs,
                                    e: ce,
                                    inner: (cs, ce),
                                    more: Vec::new(),
                                    speaker: Some(ctx.speaker_span(sp)),
                                    inherited: None,
                                    cue: Some(ctx.span_of((v, v + 1))),
                                });
                            }
                        }
                    }
                }
                // a second statement after the quote and its attribution:
                // `"…," he told the group, adding that the phrase …`
                let from = ctx
                    .span_of(a.cue)
                    .1
                    .max(span.1)
                    // (after the speaker's apposition: `said Doe, a lawyer
                    // who has been challenging …` is no second statement)
                    .max(a.speaker.map_or(0, |r| ctx.speaker_span(r).1));
                if hi_b == se && from < se {
                    let (plo, phi) = ctx.tok_range(from, se);
                    if let Some(k) = (plo + 1..phi.saturating_sub(3)).find(|&k| {
                        let t = &ctx.toks[k];
                        let participle = t.lower.ends_with("ing")
                            && (!lexicon::is_weak_verb(&t.lower) || t.lower == "adding")
                            && ctx.toks[k - 1].lower == ",";
                        // `… "vote your conscience" and said he was …`
                        let and_finite = ctx.toks[k - 1].lower == "and"
                            && !t.lower.ends_with("ing")
                            && (!lexicon::is_weak_verb(&t.lower) || t.lower == "added")
                            && lexicon::lemma(&t.lower) != Some(t.lower.as_str())
                            && (ctx.word(k + 1) == Some("that") || ctx.clause_follows(k + 1, phi));
                        t.kind == Kind::Word
                            && !t.cap
                            && lexicon::is_verb(&t.lower)
                            && (participle || and_finite)
                    }) {
                        let cs = ctx.toks[k + 1].s;
                        let ce = trim_end_punct(text, cs, se);
                        if text[cs..ce].split_whitespace().count() >= 3 {
                            found.push(Found::reported(
                                cs,
                                ce,
                                &qspans,
                                a.speaker.map(|r| ctx.speaker_span(r)),
                                Some(ctx.span_of((k, k + 1))),
                            ));
                        }
                    } else if let Some(b) = (plo..phi.saturating_sub(4))
                        .filter(|&k| {
                            matches!(
                                ctx.toks[k].lower.as_str(),
                                "," | "and"
                                    | "but"
                                    | "though"
                                    | "although"
                                    | "while"
                                    | "as"
                                    | "when"
                                    | "because"
                            ) && ctx.toks.get(k + 1).is_some_and(|t| t.s >= q.e)
                        })
                        .find_map(|k| {
                            // another attribution in a clause of its own
                            // after the quote: `"…," she said, though she
                            // noted clients are …`
                            let b = ctx.indirect(k + 1, phi, ctx.toks[k + 1].s, se)?;
                            let own = b.speaker.is_some_and(|sp| sp.0 > k)
                                && b.content.0 >= ctx.toks[k + 1].s
                                && b.content.1 > b.content.0;
                            own.then_some(b)
                        })
                    {
                        let (cs, ce) = b.content;
                        if text[cs..ce].split_whitespace().count() >= 3 {
                            found.push(Found::reported(
                                cs,
                                ce,
                                &qspans,
                                b.speaker.map(|r| ctx.speaker_span(r)),
                                Some(ctx.span_of(b.cue)),
                            ));
                        }
                    }
                }
            }
            None => {
                // a scare quote or title: short and inside other prose
                if !whole && inner_words < 6 {
                    continue;
                }
                if !whole {
                    // quote inside a sentence with an indirect cue: mixed
                    if let Some(a) =
                        ctx.indirect(ctx.tok_range(ss, se).0, ctx.tok_range(ss, se).1, ss, se)
                    {
                        let (cs, ce) = a.content;
                        if cs <= q.s && q.e <= ce + 3 {
                            for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                                *c = true;
                            }
                            found.push(Found {
                                kind: QuoteKind::Mixed,
                                s: cs,
                                e: ce.max(q.e),
                                inner: (q.is, q.ie),
                                more: Vec::new(),
                                speaker: a.speaker.map(|r| ctx.speaker_span(r)),
                                inherited: None,
                                cue: Some(ctx.span_of(a.cue)),
                            });
                            continue;
                        }
                    }
                }
                // a reporting sentence of its own right before the quote in
                // its paragraph names the speaker better than an earlier
                // quote: `Sanders identified X as a reason. "The young …"`
                if whole {
                    if let Some(lead) = lead_in_speaker(&ctx, &sents, &found, s0, q.s) {
                        for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                            *c = true;
                        }
                        found.push(Found {
                            kind: QuoteKind::Direct,
                            s: q.s,
                            e: q.e,
                            inner: (q.is, q.ie),
                            more: Vec::new(),
                            speaker: Some(lead.0),
                            inherited: None,
                            cue: Some(lead.1),
                        });
                        continue;
                    }
                }
                // continuation of the previous speaker (same or previous paragraph)
                let prev = found
                    .iter()
                    .rev()
                    .find(|f| f.speaker.is_some() || f.inherited.is_some());
                let here = para_of(q.s);
                let inherit = prev.and_then(|p| {
                    let pp = para_of(p.s);
                    if pp == here || pp + 1 == here || (pp + 2 == here && whole) {
                        Some(p)
                    } else {
                        None
                    }
                });
                if inherit.is_none() && !whole {
                    continue;
                }
                for c in covered_sents.iter_mut().take(s1 + 1).skip(s0) {
                    *c = true;
                }
                let inherited = inherit.map(|p| {
                    let sp = p.speaker.or(p
                        .inherited
                        .as_ref()
                        .map(|(s, _)| (s.evidence.start, s.evidence.end)));
                    let (a, b) = sp.unwrap_or((0, 0));
                    (
                        Speaker {
                            text: text[a..b].to_string(),
                            evidence: Evidence {
                                article: article_id.to_string(),
                                start: a,
                                end: b,
                            },
                            entity: None,
                            name: None,
                        },
                        0,
                    )
                });
                found.push(Found {
                    kind: QuoteKind::Direct,
                    s: q.s,
                    e: q.e,
                    inner: (q.is, q.ie),
                    more: Vec::new(),
                    speaker: None,
                    inherited,
                    cue: None,
                });
            }
        }
    }

    // indirect speech in sentences without a direct quote, and before the
    // attribution of a mixed one: `X told reporters that A, but he added
    // that it would not "B"` reports A too
    let mixed_only: Vec<Option<usize>> = sents
        .iter()
        .enumerate()
        .map(|(k, &(ss, se))| {
            if !covered_sents[k] {
                return None;
            }
            let mut first: Option<usize> = None;
            for f in found.iter().filter(|f| f.e > ss && f.s < se) {
                // a direct quote given to a pronoun (`…, but she knows
                // that "…"`) continues the statement before it
                let pronoun = f.speaker.is_some_and(|(a, b)| {
                    lexicon::PRONOUNS.contains(&text[a..b].to_lowercase().as_str())
                });
                if f.kind == QuoteKind::Indirect
                    || f.kind == QuoteKind::Direct && pronoun
                    || f.s < ss
                {
                    return None;
                }
                let starts = [Some(f.s), f.speaker.map(|p| p.0), f.cue.map(|c| c.0)];
                let at = starts.into_iter().flatten().min().unwrap_or(f.s);
                first = Some(first.map_or(at, |x: usize| x.min(at)));
            }
            first.and_then(|at| uncovered_prefix(text, ss, at))
        })
        .collect();
    for (k, &(ss, se)) in sents.iter().enumerate() {
        let (se, prefix) = match (covered_sents[k], mixed_only[k]) {
            (false, _) => (se, false),
            (true, Some(end)) => (end, true),
            (true, None) => continue,
        };
        let (lo, hi) = ctx.tok_range(ss, se);
        // a headline `Name: claim`
        let line_start = text[..ss].rfind('\n').map_or(0, |n| n + 1);
        if !prefix && text[line_start..ss].trim().is_empty() {
            let le = text[ss..].find('\n').map_or(text.len(), |n| ss + n);
            let source_len =
                headline_source_len(&text[ss..le]).or_else(|| ctx.label_source_len(ss, le));
            if let Some(len) = source_len {
                let (la, lb) = ctx.tok_range(ss, ss + len);
                let body = ss + len + 1;
                let bs = body + (text[body..le].len() - text[body..le].trim_start().len());
                let be = trim_end_punct(text, bs, le);
                if lb > la && be > bs {
                    for (m, c) in covered_sents.iter_mut().enumerate().skip(k) {
                        if sents[m].0 < le {
                            *c = true;
                        }
                    }
                    found.push(Found::reported(
                        bs,
                        be,
                        &qspans,
                        Some(ctx.span_of((la, lb))),
                        Some((body - 1, body)),
                    ));
                    continue;
                }
            }
        }
        // an introduction ending in a colon before a block quotation without
        // marks: `The governor added:\n\nIt's typical of …`
        if !prefix && text[ss..se].trim_end().ends_with(':') {
            let next_para = text[se..]
                .find("\n")
                .map(|n| se + n)
                .filter(|&n| text[se..n].trim().is_empty());
            if let (Some(np), Some((a, _))) = (next_para, ctx.attr_before(lo, hi)) {
                let bs = np + (text[np..].len() - text[np..].trim_start().len());
                let be = text[bs..].find("\n").map_or(text.len(), |n| bs + n);
                let be = bs + text[bs..be].trim_end().len();
                let marked = text[bs..be].starts_with(is_mark);
                if a.speaker.is_some()
                    && be > bs
                    && !marked
                    && text[bs..be].split_whitespace().count() >= 3
                {
                    for (m, c) in covered_sents.iter_mut().enumerate().skip(k) {
                        if sents[m].0 < be {
                            *c = true;
                        }
                    }
                    found.push(Found {
                        kind: QuoteKind::Direct,
                        s: bs,
                        e: be,
                        inner: (bs, be),
                        more: Vec::new(),
                        speaker: a.speaker.map(|r| ctx.speaker_span(r)),
                        inherited: None,
                        cue: Some(ctx.span_of(a.cue)),
                    });
                    continue;
                }
            }
        }
        // skip tokens inside quotes
        let mut attrs = Vec::new();
        if let Some(a) = ctx.indirect(lo, hi, ss, se) {
            attrs = ctx.split_coordinated(a, hi, se);
        } else if let Some(a) = ctx.participle_only(lo, hi, se) {
            attrs.push(a);
        }
        for mut a in attrs {
            if let Some(s) = ctx.relative_antecedent(&a) {
                a.content.0 = s;
            }
            let (cs, ce) = a.content;
            let words = text[cs..ce].split_whitespace().count();
            if ce <= cs
                || words < 3 && !(words == 2 && ctx.short_object(&a))
                || ctx.only_a_setting(&a)
            {
                continue;
            }
            // before a mixed quote, only a complete `X cue that …`
            if prefix && (a.speaker.is_none() || text[cs..ce].split_whitespace().count() < 5) {
                continue;
            }
            found.push(Found::reported(
                cs,
                ce,
                &qspans,
                a.speaker.map(|r| ctx.speaker_span(r)),
                Some(ctx.span_of(a.cue)),
            ));
        }
    }
    found.sort_by_key(|f| (f.s, f.e));
    // drop quotes nested in others
    let mut kept: Vec<Found> = Vec::new();
    for f in found {
        if let Some(last) = kept.last_mut() {
            if f.s < last.e && f.e <= last.e {
                continue;
            }
            // a continuation right after the previous quote and its
            // attribution (`"A," he said. "B."`, or the next paragraph) is
            // the same quotation
            let between = &text[last.e.min(f.s)..f.s];
            let continuation = f.cue.is_none() && f.inherited.is_some();
            // `"A," he said, "B."`: both pieces read the same cue
            let shared_cue = f.cue.is_some() && f.cue == last.cue && f.speaker == last.speaker;
            // in the next paragraph, only a quote that opens it continues
            // (`In the words of Doe, "…"` is a quotation of its own)
            let opens_paragraph = between
                .rfind('\n')
                .is_none_or(|n| between[n + 1..].trim().is_empty());
            // (a fragment reading the same cue, too: `A is "B," Doe wrote
            // in an email, and "C."`)
            // with no reporting verb of its own before it (`said, going on
            // to say that …` opens another statement)
            let own_cue = || {
                let from = f.cue.map_or(f.s, |c| c.1).max(last.e);
                let (a, b) = ctx.tok_range(from, f.inner.0.max(from));
                (a..b).any(|k| ctx.is_cue_verb(k))
            };
            if (f.kind == QuoteKind::Direct
                || f.kind == QuoteKind::Mixed && shared_cue && !own_cue())
                && opens_paragraph
                && (continuation || shared_cue)
                // a mixed quote attributed after its quoted end (`The
                // summit achieved "too little," he said. "…"`) goes on too
                && (last.kind == QuoteKind::Direct
                    || last.kind == QuoteKind::Mixed && last.cue.is_some_and(|c| c.0 >= last.e))
                && last.e <= f.s
                && (between.split_whitespace().count() <= 12
                    && between.matches("\n\n").count() <= 1
                    // `"A," said X, a long apposition. "B."`
                    || between.split_whitespace().count() <= 40
                        && !between.contains("\n\n")
                        && last.cue.is_some_and(|c| c.0 >= last.e))
            {
                last.e = f.e;
                last.more.push(f.inner);
                continue;
            }
        }
        // `"A," Doe said, emphasizing the past. "B."`: the second piece of a
        // quotation split by its attribution and a statement of the same
        // speaker between them joins the first
        let f_speaker = f.speaker.or(f
            .inherited
            .as_ref()
            .map(|(s, _)| (s.evidence.start, s.evidence.end)));
        if f.kind == QuoteKind::Direct && f_speaker.is_some() {
            if let Some(di) = kept.iter().rposition(|x| x.kind == QuoteKind::Direct) {
                let d = &kept[di];
                let between = &text[d.e.min(f.s)..f.s];
                let inside = kept[di + 1..]
                    .iter()
                    .all(|x| x.s >= d.e && x.e <= f.s && x.speaker == f_speaker);
                if di + 1 < kept.len()
                    && inside
                    && d.speaker == f_speaker
                    && d.e <= f.s
                    && d.cue.is_some_and(|c| c.0 >= d.e && c.1 <= f.s)
                    && between.split_whitespace().count() <= 40
                    && !between.contains("\n\n")
                {
                    let d = &mut kept[di];
                    d.e = f.e;
                    d.more.push(f.inner);
                    continue;
                }
            }
        }
        kept.push(f);
    }

    // speakers: canonical names and pronoun resolution, in text order
    let mut out = Vec::new();
    let mut history: Vec<(usize, String, bool)> = Vec::new(); // (pos, name, person)
    let mut genders: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
    for (n, f) in kept.into_iter().enumerate() {
        // a phrase ending in a preposition or a determiner is a fragment,
        // not a speaker (`their check by`, `his role in`)
        let fragment = |(a, b): (usize, usize)| {
            text[a..b]
                .split_whitespace()
                .last()
                .map(str::to_lowercase)
                .is_some_and(|w| {
                    NP_PREPS.contains(&w.as_str())
                        || matches!(
                            w.as_str(),
                            "a" | "an" | "the" | "despite" | "about" | "against" | "into"
                        )
                })
        };
        let speaker = if let Some((a, b)) = f.speaker.filter(|&r| !fragment(r)) {
            let surface = &text[a..b];
            let lower = surface.to_lowercase();
            let name = if lexicon::PRONOUNS.contains(&lower.as_str()) || lower == "who" {
                let r = resolve_pronoun(&ctx, &history, &genders, &lower, a);
                if let (Some(nm), "he" | "she") = (&r, lower.as_str()) {
                    genders.entry(nm.clone()).or_insert(lower == "he");
                }
                r
            } else {
                ctx.canonical(a, b)
            };
            if let Some(nm) = &name {
                history.push((a, nm.clone(), Ctx::person_like(nm)));
            }
            Some(Speaker {
                text: surface.to_string(),
                evidence: Evidence {
                    article: article_id.to_string(),
                    start: a,
                    end: b,
                },
                entity: None,
                name,
            })
        } else if let Some((mut sp, _)) = f.inherited {
            // continuation: the last resolved speaker
            sp.name = history.last().map(|h| h.1.clone());
            if sp.evidence.end > sp.evidence.start {
                Some(sp)
            } else {
                None
            }
        } else {
            None
        };
        let (is, ie) = f.inner;
        let qtext = if f.kind == QuoteKind::Direct {
            let mut t = text[is..ie].trim().to_string();
            for &(a, b) in &f.more {
                t.push(' ');
                t.push_str(text[a..b].trim());
            }
            t
        } else {
            text[f.s..f.e].trim().to_string()
        };
        out.push(Quote {
            id: format!("{article_id}-q{}", n + 1),
            article: article_id.to_string(),
            kind: f.kind,
            text: qtext,
            evidence: Evidence {
                article: article_id.to_string(),
                start: f.s,
                end: f.e,
            },
            speaker,
            cue: f.cue.map(|(a, b)| Spanned {
                text: text[a..b].to_string(),
                evidence: Evidence {
                    article: article_id.to_string(),
                    start: a,
                    end: b,
                },
            }),
            date: None,
        });
    }
    out
}
