//! PolNeAR evaluation with the Gender Gap Tracker matching rule.

use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::extract_quotes;
use parallax_core::{Quote, QuoteKind};

/// Why an evaluation could not run.
#[derive(Debug)]
pub enum EvalError {
    Io(std::io::Error),
    Json {
        line: usize,
        error: serde_json::Error,
    },
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io(e) => write!(f, "cannot read: {e}"),
            EvalError::Json { line, error } => write!(f, "line {line}: invalid record: {error}"),
        }
    }
}

impl std::error::Error for EvalError {}

#[derive(Deserialize)]
struct Piece {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Spans {
    Pieces(Vec<Piece>),
    Pair([usize; 2]),
}

impl Spans {
    fn list(&self) -> Vec<(usize, usize)> {
        match self {
            Spans::Pieces(v) => v.iter().map(|p| (p.start, p.end)).collect(),
            Spans::Pair([s, e]) => vec![(*s, *e)],
        }
    }
}

#[derive(Deserialize)]
struct GoldAttr {
    source: Option<Spans>,
    #[serde(default)]
    cue: Option<Spans>,
    content: Spans,
    direct: bool,
}

#[derive(Deserialize)]
struct Record {
    text: String,
    attributions: Vec<GoldAttr>,
}

/// Figures of a quote evaluation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteEvalReport {
    pub articles: usize,
    pub gold: usize,
    pub gold_direct: usize,
    pub predicted: usize,
    pub predicted_direct: usize,
    /// Matched gold quotes at share > 0.3 / > 0.8.
    pub tp_03: usize,
    pub tp_08: usize,
    /// At 0.3: matched direct gold, matched direct predictions.
    pub tp_direct_gold: usize,
    pub tp_direct_pred: usize,
    pub tp_indirect_gold: usize,
    pub tp_indirect_pred: usize,
    /// Matched (0.3) quotes whose speaker span overlaps the gold one (or both absent).
    pub speaker_right: usize,
    /// Matched quotes with a gold speaker carrying a capitalised surname.
    pub canonical_n: usize,
    pub canonical_right: usize,
    /// Exact source spans.
    pub source_tp: usize,
    pub source_pred: usize,
    pub source_gold: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl QuoteEvalReport {
    pub fn precision(&self, strict: bool) -> f64 {
        ratio(if strict { self.tp_08 } else { self.tp_03 }, self.predicted)
    }
    pub fn recall(&self, strict: bool) -> f64 {
        ratio(if strict { self.tp_08 } else { self.tp_03 }, self.gold)
    }
    pub fn f1(&self, strict: bool) -> f64 {
        f1(self.precision(strict), self.recall(strict))
    }
    pub fn p_direct(&self) -> f64 {
        ratio(self.tp_direct_pred, self.predicted_direct)
    }
    pub fn r_direct(&self) -> f64 {
        ratio(self.tp_direct_gold, self.gold_direct)
    }
    pub fn p_indirect(&self) -> f64 {
        ratio(
            self.tp_indirect_pred,
            self.predicted - self.predicted_direct,
        )
    }
    pub fn r_indirect(&self) -> f64 {
        ratio(self.tp_indirect_gold, self.gold - self.gold_direct)
    }
    pub fn speaker_acc(&self) -> f64 {
        ratio(self.speaker_right, self.tp_03)
    }
    pub fn canonical_acc(&self) -> f64 {
        ratio(self.canonical_right, self.canonical_n)
    }
    pub fn source_f1(&self) -> f64 {
        f1(
            ratio(self.source_tp, self.source_pred),
            ratio(self.source_tp, self.source_gold),
        )
    }
}

impl fmt::Display for QuoteEvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "quotes: {} articles, {} gold ({} direct), {} predicted ({} direct or mixed)",
            self.articles, self.gold, self.gold_direct, self.predicted, self.predicted_direct
        )?;
        writeln!(
            f,
            "{:<22} {:>9} {:>9} {:>9}",
            "", "precision", "recall", "F1"
        )?;
        for (name, p, r) in [
            (
                "all, share > 0.3",
                self.precision(false),
                self.recall(false),
            ),
            ("all, share > 0.8", self.precision(true), self.recall(true)),
            ("direct (> 0.3)", self.p_direct(), self.r_direct()),
            ("indirect (> 0.3)", self.p_indirect(), self.r_indirect()),
        ] {
            writeln!(f, "{name:<22} {p:>9.3} {r:>9.3} {:>9.3}", f1(p, r))?;
        }
        writeln!(
            f,
            "speaker accuracy {:.3} ({} of {} matched); canonical speaker {:.3} ({} of {}); exact source F1 {:.3}",
            self.speaker_acc(),
            self.speaker_right,
            self.tp_03,
            self.canonical_acc(),
            self.canonical_right,
            self.canonical_n,
            self.source_f1()
        )?;
        write!(
            f,
            "f1_03={:.3} f1_08={:.3} p_03={:.3} r_03={:.3} p_direct={:.3} r_direct={:.3} p_indirect={:.3} r_indirect={:.3} speaker_acc={:.3} canonical_acc={:.3} source_f1={:.3} n={}",
            self.f1(false),
            self.f1(true),
            self.precision(false),
            self.recall(false),
            self.p_direct(),
            self.r_direct(),
            self.p_indirect(),
            self.r_indirect(),
            self.speaker_acc(),
            self.canonical_acc(),
            self.source_f1(),
            self.gold
        )
    }
}

/// Character offset of every byte position (non-boundaries map to the
/// character they fall in).
fn byte_to_char(text: &str) -> Vec<usize> {
    let mut m = vec![0; text.len() + 1];
    let mut ci = 0;
    for (b, c) in text.char_indices() {
        for k in 0..c.len_utf8() {
            m[b + k] = ci;
        }
        ci += 1;
    }
    m[text.len()] = ci;
    m
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn trim_span(chars: &[char], (mut s, mut e): (usize, usize)) -> (usize, usize) {
    while s < e && chars.get(s).is_some_and(|c| c.is_whitespace() || *c == ',') {
        s += 1;
    }
    while e > s
        && chars
            .get(e - 1)
            .is_some_and(|c| c.is_whitespace() || *c == ',')
    {
        e -= 1;
    }
    (s, e)
}

struct Pred {
    span: (usize, usize),
    direct: bool,
    speaker: Option<(usize, usize)>,
    name: Option<String>,
}

/// Greedy Gender Gap Tracker matching: for each gold quote the unused
/// prediction covering the largest share of its characters; a match if the
/// share exceeds `threshold`. Returns for each gold the matched prediction.
fn gg_match(gold: &[Vec<(usize, usize)>], preds: &[Pred], threshold: f64) -> Vec<Option<usize>> {
    let mut used = vec![false; preds.len()];
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let len: usize = g.iter().map(|p| p.1 - p.0).sum();
        if len == 0 {
            out.push(None);
            continue;
        }
        let mut best: Option<(usize, f64)> = None;
        for (k, p) in preds.iter().enumerate() {
            if used[k] {
                continue;
            }
            let cov: usize = g.iter().map(|&piece| overlap(piece, p.span)).sum();
            let share = cov as f64 / len as f64;
            if share > 0.0 && best.is_none_or(|b| share > b.1) {
                best = Some((k, share));
            }
        }
        match best {
            Some((k, share)) if share > threshold => {
                used[k] = true;
                out.push(Some(k));
            }
            _ => out.push(None),
        }
    }
    out
}

/// A PolNeAR record's text as characters, the extractor's quotes on it,
/// and both sides of the scoring in character offsets.
struct Predicted {
    chars: Vec<char>,
    quotes: Vec<Quote>,
    preds: Vec<Pred>,
    gold: Vec<Vec<(usize, usize)>>,
}

fn predict(rec: &Record) -> Predicted {
    let text = &rec.text;
    let b2c = byte_to_char(text);
    let chars: Vec<char> = text.chars().collect();
    let sents = crate::split_sentences(text);
    let quotes = extract_quotes("eval", text, &sents);
    let c = |b: usize| b2c.get(b).copied().unwrap_or(chars.len());
    let preds: Vec<Pred> = quotes
        .iter()
        .map(|q| Pred {
            span: (c(q.evidence.start), c(q.evidence.end)),
            direct: q.kind != QuoteKind::Indirect,
            speaker: q
                .speaker
                .as_ref()
                .map(|s| (c(s.evidence.start), c(s.evidence.end))),
            name: q.speaker.as_ref().and_then(|s| s.name.clone()),
        })
        .collect();
    let gold: Vec<Vec<(usize, usize)>> = rec
        .attributions
        .iter()
        .map(|a| {
            a.content
                .list()
                .into_iter()
                .filter(|p| p.0 < p.1 && p.1 <= chars.len())
                .collect()
        })
        .collect();
    Predicted {
        chars,
        quotes,
        preds,
        gold,
    }
}

/// Scores [`extract_quotes`] on a PolNeAR JSON Lines file
/// (`{id, text, attributions: [{source, cue, content, direct}]}`, character
/// offsets; spans as `[s, e]` pairs or lists of `{start, end}` pieces).
pub fn eval_polnear(path: &Path) -> Result<QuoteEvalReport, EvalError> {
    let data = std::fs::read_to_string(path).map_err(EvalError::Io)?;
    let mut r = QuoteEvalReport::default();
    for (ln, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(line).map_err(|error| EvalError::Json {
            line: ln + 1,
            error,
        })?;
        r.articles += 1;
        let Predicted {
            chars, preds, gold, ..
        } = predict(&rec);
        let gsrc: Vec<Option<(usize, usize)>> = rec
            .attributions
            .iter()
            .map(|a| {
                let l = a.source.as_ref()?.list();
                let s = l.iter().map(|p| p.0).min()?;
                let e = l.iter().map(|p| p.1).max()?;
                Some(trim_span(&chars, (s, e.min(chars.len()))))
            })
            .collect();
        r.gold += gold.len();
        r.gold_direct += rec.attributions.iter().filter(|a| a.direct).count();
        r.predicted += preds.len();
        r.predicted_direct += preds.iter().filter(|p| p.direct).count();
        r.source_gold += gsrc.iter().filter(|s| s.is_some()).count();
        r.source_pred += preds.iter().filter(|p| p.speaker.is_some()).count();
        let m08 = gg_match(&gold, &preds, 0.8);
        r.tp_08 += m08.iter().filter(|m| m.is_some()).count();
        let m03 = gg_match(&gold, &preds, 0.3);
        for (gi, m) in m03.iter().enumerate() {
            let Some(k) = *m else { continue };
            let p = &preds[k];
            let g = &rec.attributions[gi];
            r.tp_03 += 1;
            if g.direct {
                r.tp_direct_gold += 1;
            } else {
                r.tp_indirect_gold += 1;
            }
            if p.direct {
                r.tp_direct_pred += 1;
            } else {
                r.tp_indirect_pred += 1;
            }
            let right = match (p.speaker, gsrc[gi]) {
                (None, None) => true,
                (Some(a), Some(b)) => overlap(a, b) > 0,
                _ => false,
            };
            if right {
                r.speaker_right += 1;
            }
            if let (Some(ps), Some(gs)) = (p.speaker, gsrc[gi]) {
                if trim_span(&chars, ps) == gs {
                    r.source_tp += 1;
                }
            }
            if let Some(gs) = gsrc[gi] {
                let gtext: String = chars[gs.0..gs.1].iter().collect();
                // the head name: before an apposition, parenthesis or relative clause
                let head = gtext
                    .split([',', '('])
                    .next()
                    .unwrap_or("")
                    .split(" who ")
                    .next()
                    .unwrap_or("");
                let surname = head
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .filter(|w| {
                        let l = w.to_lowercase();
                        !super::lexicon::is_det(&l)
                            && !super::lexicon::PRONOUNS.contains(&l.as_str())
                            && !super::lexicon::is_title(&l)
                    })
                    .rfind(|w| w.len() > 1)
                    .map(str::to_lowercase);
                if let Some(sn) = surname {
                    r.canonical_n += 1;
                    if p.name
                        .as_ref()
                        .is_some_and(|n| n.to_lowercase().contains(&sn))
                    {
                        r.canonical_right += 1;
                    }
                }
            }
        }
    }
    Ok(r)
}

fn span_text(chars: &[char], spans: &[(usize, usize)]) -> String {
    spans
        .iter()
        .map(|&(s, e)| {
            chars[s.min(chars.len())..e.min(chars.len())]
                .iter()
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn clip(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// A category of errors with its count and some examples.
#[derive(Default)]
struct Bucket {
    n: usize,
    examples: Vec<String>,
}

#[derive(Default)]
struct Buckets(std::collections::BTreeMap<String, Bucket>);

impl Buckets {
    fn add(&mut self, key: String, example: String, keep: usize) {
        let b = self.0.entry(key).or_default();
        b.n += 1;
        if b.examples.len() < keep {
            b.examples.push(example);
        }
    }
    fn write(&self, title: &str, out: &mut String, min: usize) {
        use std::fmt::Write;
        let mut v: Vec<_> = self.0.iter().collect();
        v.sort_by(|a, b| b.1.n.cmp(&a.1.n).then(a.0.cmp(b.0)));
        let total: usize = v.iter().map(|x| x.1.n).sum();
        let _ = writeln!(out, "\n== {title}: {total}");
        for (k, b) in v {
            if b.n < min {
                continue;
            }
            let _ = writeln!(out, "-- {k}: {}", b.n);
            for e in &b.examples {
                let _ = writeln!(out, "     {e}");
            }
        }
    }
}

/// Error analysis on a PolNeAR JSON Lines file: gold quotes missed at the
/// 0.3 share (by kind and gold cue word, and whether a prediction touched
/// them), false positives (by kind and predicted cue), speaker errors on
/// matched quotes, and matched quotes that fail the 0.8 share. `keep`
/// examples per category; categories under `min` items are left out.
pub fn polnear_misses(path: &Path, keep: usize, min: usize) -> Result<String, EvalError> {
    let data = std::fs::read_to_string(path).map_err(EvalError::Io)?;
    let mut missed = Buckets::default();
    let mut fps = Buckets::default();
    let mut speakers = Buckets::default();
    let mut loose = Buckets::default();
    for (ln, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(line).map_err(|error| EvalError::Json {
            line: ln + 1,
            error,
        })?;
        let Predicted {
            chars,
            quotes,
            preds,
            gold,
        } = predict(&rec);
        let m03 = gg_match(&gold, &preds, 0.3);
        let m08 = gg_match(&gold, &preds, 0.8);
        let mut used = vec![false; preds.len()];
        for (gi, m) in m03.iter().enumerate() {
            let g = &rec.attributions[gi];
            let cue = g
                .cue
                .as_ref()
                .map(|c| span_text(&chars, &c.list()))
                .unwrap_or_default();
            let src = g
                .source
                .as_ref()
                .map(|s| span_text(&chars, &s.list()))
                .unwrap_or_else(|| "-".into());
            let content = span_text(&chars, &gold[gi]);
            let kind = if g.direct { "direct" } else { "indirect" };
            let cue_key = cue.to_lowercase();
            let cue_key = cue_key.split_whitespace().last().unwrap_or("-").to_string();
            match m {
                None => {
                    let touched = preds
                        .iter()
                        .any(|p| gold[gi].iter().any(|&x| overlap(x, p.span) > 0));
                    let how = if touched { "partial" } else { "none" };
                    missed.add(
                        format!("{kind} {how} cue={cue_key}"),
                        format!("[{src}] <{cue}> {}", clip(&content, 160)),
                        keep,
                    );
                }
                Some(k) => {
                    used[*k] = true;
                    let p = &preds[*k];
                    let gs = g.source.as_ref().and_then(|s| {
                        let l = s.list();
                        Some((l.iter().map(|x| x.0).min()?, l.iter().map(|x| x.1).max()?))
                    });
                    let right = match (p.speaker, gs) {
                        (None, None) => true,
                        (Some(a), Some(b)) => overlap(a, b) > 0,
                        _ => false,
                    };
                    if !right {
                        let what = match (p.speaker, gs) {
                            (None, Some(_)) => "no speaker predicted",
                            (Some(_), None) => "speaker where gold has none",
                            _ => "other span",
                        };
                        let ps = p
                            .speaker
                            .map(|s| span_text(&chars, &[s]))
                            .unwrap_or_else(|| "-".into());
                        speakers.add(
                            format!("{kind} {what}"),
                            format!(
                                "gold [{src}] pred [{ps}] ({}) <{cue}> {}",
                                p.name.as_deref().unwrap_or("-"),
                                clip(&content, 100)
                            ),
                            keep,
                        );
                    }
                    if m08[gi].is_none() {
                        let cov: usize = gold[gi].iter().map(|&x| overlap(x, p.span)).sum();
                        let glen: usize = gold[gi].iter().map(|x| x.1 - x.0).sum();
                        let plen = p.span.1 - p.span.0;
                        let how = if plen < glen { "short" } else { "shifted" };
                        loose.add(
                            format!("{kind} {how}"),
                            format!(
                                "share {:.2}: gold <{cue}> {} ‖ pred {}",
                                cov as f64 / glen.max(1) as f64,
                                clip(&content, 110),
                                clip(&span_text(&chars, &[p.span]), 110)
                            ),
                            keep,
                        );
                    }
                }
            }
        }
        for (k, q) in quotes.iter().enumerate() {
            if used[k] {
                continue;
            }
            let p = &preds[k];
            let hits_gold = gold
                .iter()
                .any(|g| g.iter().any(|&x| overlap(x, p.span) > 0));
            let how = if hits_gold {
                "overlaps gold"
            } else {
                "no gold"
            };
            let kind = match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Indirect => "indirect",
                QuoteKind::Mixed => "mixed",
            };
            let cue = q.cue.as_ref().map_or("-".into(), |c| c.text.to_lowercase());
            fps.add(
                format!("{kind} {how} cue={cue}"),
                format!(
                    "[{}] {}",
                    q.speaker.as_ref().map_or("-", |s| s.text.as_str()),
                    clip(&span_text(&chars, &[p.span]), 160)
                ),
                keep,
            );
        }
    }
    let mut out = String::new();
    missed.write("missed gold (share ≤ 0.3)", &mut out, min);
    fps.write("false positives", &mut out, min);
    speakers.write("speaker errors on matched quotes", &mut out, min);
    loose.write("matched at 0.3, not at 0.8", &mut out, min);
    Ok(out)
}
