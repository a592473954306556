//! CoNLL-2003 reading, document segmentation and conlleval scoring.

use crate::{Label, Model, NerError, Tag};
use std::fmt;
use std::path::Path;

/// One document of a CoNLL file: sentences of tokens and their gold tags.
#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    /// Tokens, one vector per sentence.
    pub sentences: Vec<Vec<String>>,
    /// The NER column (IOB1 or IOB2), parallel to `sentences`.
    pub tags: Vec<Vec<String>>,
}

/// Reads a CoNLL file (token first, NER tag last on each line; blank lines
/// between sentences; `-DOCSTART-` lines between documents). Files without
/// `-DOCSTART-` lines are split into documents heuristically at Reuters
/// datelines (`CITY 1996-08-22`), the headline before it starting the
/// document.
pub fn read_conll(path: &Path) -> Result<Vec<ConllDoc>, NerError> {
    let text = std::fs::read_to_string(path).map_err(|source| NerError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_conll(&text).map_err(|(line, msg)| NerError::Format {
        path: path.to_path_buf(),
        line,
        msg,
    })
}

/// Parses CoNLL text (see [`read_conll`]); errors carry a 1-based line number.
pub fn parse_conll(text: &str) -> Result<Vec<ConllDoc>, (usize, String)> {
    let mut docs: Vec<ConllDoc> = Vec::new();
    let mut cur = ConllDoc::default();
    let mut toks = Vec::new();
    let mut tags = Vec::new();
    let mut saw_docstart = false;
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            if !toks.is_empty() {
                cur.sentences.push(std::mem::take(&mut toks));
                cur.tags.push(std::mem::take(&mut tags));
            }
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            saw_docstart = true;
            if !toks.is_empty() {
                cur.sentences.push(std::mem::take(&mut toks));
                cur.tags.push(std::mem::take(&mut tags));
            }
            if !cur.sentences.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if cols.len() < 2 {
            return Err((n + 1, format!("expected `token ... tag`, got {line:?}")));
        }
        let tag = cols[cols.len() - 1];
        if parse_tag(tag).is_none() {
            return Err((n + 1, format!("unknown NER tag {tag:?}")));
        }
        toks.push(cols[0].to_string());
        tags.push(tag.to_string());
    }
    if !toks.is_empty() {
        cur.sentences.push(toks);
        cur.tags.push(tags);
    }
    if !cur.sentences.is_empty() {
        docs.push(cur);
    }
    if !saw_docstart && docs.len() == 1 {
        return Ok(segment(docs.pop().unwrap_or_default()));
    }
    Ok(docs)
}

fn is_date(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Splits one long run of sentences into documents at Reuters datelines.
fn segment(all: ConllDoc) -> Vec<ConllDoc> {
    let n = all.sentences.len();
    let mut starts = vec![false; n];
    for i in 0..n {
        let s = &all.sentences[i];
        if s.len() <= 12 && s.last().is_some_and(|t| is_date(t)) {
            let mut st = i.saturating_sub(1);
            if i >= 2 {
                let prev = &all.sentences[i - 1];
                let byline = prev.len() <= 4
                    && prev.iter().all(|t| {
                        t.chars().next().is_some_and(char::is_uppercase)
                            && t.chars().any(char::is_lowercase)
                    });
                if byline {
                    st = i - 2;
                }
            }
            starts[st] = true;
        }
    }
    let mut docs = Vec::new();
    let mut cur = ConllDoc::default();
    for (i, (s, t)) in all.sentences.into_iter().zip(all.tags).enumerate() {
        if starts[i] && !cur.sentences.is_empty() {
            docs.push(std::mem::take(&mut cur));
        }
        cur.sentences.push(s);
        cur.tags.push(t);
    }
    if !cur.sentences.is_empty() {
        docs.push(cur);
    }
    docs
}

/// Parses an IOB/BIOES tag into its prefix and type.
pub(crate) fn parse_tag(tag: &str) -> Option<(char, Option<Label>)> {
    if tag == "O" {
        return Some(('O', None));
    }
    let (p, t) = tag.split_once('-')?;
    let p = match p {
        "B" | "I" | "E" | "S" | "L" | "U" => p.chars().next()?,
        _ => return None,
    };
    let p = match p {
        'L' => 'E',
        'U' => 'S',
        x => x,
    };
    Some((p, Some(Label::from_conll(t)?)))
}

/// Chunks `[start, end)` with their type, by conlleval's rules (works for
/// IOB1, IOB2 and IOBES).
pub fn chunks(tags: &[(char, Option<Label>)]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    let (mut pp, mut pt) = ('O', None);
    for (i, &(p, t)) in tags.iter().enumerate() {
        let end = match (pp, p) {
            ('B', 'B') | ('B', 'S') | ('B', 'O') | ('I', 'B') | ('I', 'S') | ('I', 'O') => true,
            ('E', _) | ('S', _) => true,
            _ => pp != 'O' && pt != t,
        };
        let start = match (pp, p) {
            (_, 'B') | (_, 'S') => true,
            ('E', 'E') | ('E', 'I') | ('S', 'E') | ('S', 'I') | ('O', 'E') | ('O', 'I') => true,
            _ => p != 'O' && pt != t,
        };
        if end {
            if let Some((s, l)) = open.take() {
                out.push((s, i, l));
            }
        }
        if start {
            if let Some(l) = t {
                open = Some((i, l));
            }
        }
        pp = p;
        pt = t;
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}

/// Counts for one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Predicted entities with exactly the gold span and type.
    pub correct: usize,
}

impl Counts {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }
    /// Recall (1 when there is nothing to find).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.correct += o.correct;
    }
}

/// Result of [`eval_conll`]: conlleval-style exact-match scores.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EvalReport {
    /// Counts per type, indexed by [`Label::index`] (PER, ORG, LOC, MISC).
    pub per_type: [Counts; 4],
    /// Tokens scored.
    pub tokens: usize,
    /// Sentences scored.
    pub sentences: usize,
    /// Documents (non-local context units) scored.
    pub documents: usize,
    /// Tokens whose predicted IOB2 tag equals the gold IOB2 tag.
    pub tokens_correct: usize,
}

impl EvalReport {
    /// Micro-averaged counts over all types.
    pub fn overall(&self) -> Counts {
        let mut c = Counts::default();
        for t in &self.per_type {
            c.add(t);
        }
        c
    }

    /// Adds the scores of one sentence, given gold and predicted tags.
    pub fn add_sentence(&mut self, gold: &[(char, Option<Label>)], pred: &[(char, Option<Label>)]) {
        let g = chunks(gold);
        let p = chunks(pred);
        for &(_, _, l) in &g {
            self.per_type[l.index()].gold += 1;
        }
        for &(s, e, l) in &p {
            self.per_type[l.index()].predicted += 1;
            if g.contains(&(s, e, l)) {
                self.per_type[l.index()].correct += 1;
            }
        }
        let gt = spans_to_iob2(&g, gold.len());
        let pt = spans_to_iob2(&p, pred.len());
        self.tokens += gold.len();
        self.tokens_correct += gt.iter().zip(&pt).filter(|(a, b)| a == b).count();
        self.sentences += 1;
    }
}

fn spans_to_iob2(sp: &[(usize, usize, Label)], n: usize) -> Vec<Tag> {
    let mut t = vec![Tag::O; n];
    for &(s, e, l) in sp {
        t[s] = Tag::B(l);
        for x in t.iter_mut().take(e).skip(s + 1) {
            *x = Tag::I(l);
        }
    }
    t
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<6} {:>6} {:>6} {:>7} {:>9} {:>7} {:>7}",
            "type", "gold", "pred", "correct", "precision", "recall", "f1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "{:<6} {:>6} {:>6} {:>7} {:>9.4} {:>7.4} {:>7.4}",
                name,
                c.gold,
                c.predicted,
                c.correct,
                c.precision(),
                c.recall(),
                c.f1()
            )
        };
        for l in Label::ALL {
            row(f, l.as_str(), &self.per_type[l.index()])?;
        }
        let o = self.overall();
        row(f, "all", &o)?;
        let acc = if self.tokens == 0 {
            0.0
        } else {
            self.tokens_correct as f64 / self.tokens as f64
        };
        writeln!(
            f,
            "tokens: {}  sentences: {}  documents: {}  token accuracy: {:.4}",
            self.tokens, self.sentences, self.documents, acc
        )?;
        write!(
            f,
            "f1={:.4} precision={:.4} recall={:.4} n={} f1_per={:.4} f1_org={:.4} f1_loc={:.4} f1_misc={:.4} tokens={}",
            o.f1(),
            o.precision(),
            o.recall(),
            o.gold,
            self.per_type[0].f1(),
            self.per_type[1].f1(),
            self.per_type[2].f1(),
            self.per_type[3].f1(),
            self.tokens
        )
    }
}

/// Tags every document of a CoNLL file with `model` (tokens only: the POS
/// and chunk columns are ignored) and scores it with conlleval's rules:
/// exact span and type, micro P/R/F1 overall and per type.
pub fn eval_conll(model: &Model, path: &Path) -> Result<EvalReport, NerError> {
    let docs = read_conll(path)?;
    Ok(eval_docs(model, &docs))
}

/// Scores already-read documents (see [`eval_conll`]).
pub fn eval_docs(model: &Model, docs: &[ConllDoc]) -> EvalReport {
    let mut rep = EvalReport::default();
    for d in docs {
        let pred = model.tag_document(&d.sentences);
        for (gold, pred) in d.tags.iter().zip(pred) {
            let g: Vec<(char, Option<Label>)> = gold
                .iter()
                .map(|t| parse_tag(t).unwrap_or(('O', None)))
                .collect();
            let p: Vec<(char, Option<Label>)> = pred.iter().map(|t| t.parts()).collect();
            rep.add_sentence(&g, &p);
        }
        rep.documents += 1;
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<(char, Option<Label>)> {
        s.split_whitespace()
            .map(|t| parse_tag(t).unwrap())
            .collect()
    }

    #[test]
    fn conlleval_chunks() {
        assert_eq!(
            chunks(&tags("B-PER I-PER O B-LOC B-LOC I-ORG O I-MISC")),
            vec![
                (0, 2, Label::Per),
                (3, 4, Label::Loc),
                (4, 5, Label::Loc),
                (5, 6, Label::Org),
                (7, 8, Label::Misc)
            ]
        );
        // IOB1: I- after a different type starts a chunk.
        assert_eq!(
            chunks(&tags("I-PER I-LOC")),
            vec![(0, 1, Label::Per), (1, 2, Label::Loc)]
        );
    }

    #[test]
    fn scoring_known_sample() {
        // Gold: PER(0-2), LOC(3), ORG(5-7), MISC(8). Predicted: PER(0-2) correct,
        // LOC(3) typed ORG (wrong), ORG(5-6) wrong span, MISC(8) correct, extra LOC(9).
        let gold = "B-PER I-PER O B-LOC O B-ORG I-ORG O B-MISC O";
        let pred = "B-PER I-PER O B-ORG O B-ORG O O B-MISC B-LOC";
        let mut r = EvalReport::default();
        r.add_sentence(&tags(gold), &tags(pred));
        let o = r.overall();
        assert_eq!((o.gold, o.predicted, o.correct), (4, 5, 2));
        assert!((o.precision() - 0.4).abs() < 1e-9);
        assert!((o.recall() - 0.5).abs() < 1e-9);
        assert!((o.f1() - 2.0 * 0.4 * 0.5 / 0.9).abs() < 1e-9);
        assert_eq!(r.per_type[Label::Per.index()].f1(), 1.0);
        assert_eq!(r.per_type[Label::Loc.index()].correct, 0);
        let s = r.to_string();
        let last = s.lines().last().unwrap();
        assert!(
            last.starts_with("f1=0.4444 precision=0.4000 recall=0.5000 n=4"),
            "{last}"
        );
    }

    #[test]
    fn parse_and_segment() {
        let text = "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nBRUSSELS NNP B-NP B-LOC\n1996-08-22 CD I-NP O\n\nHe x x O\n\nHEADLINE x x O\n\nPARIS x x B-LOC\n1996-08-23 x x O\n";
        let docs = parse_conll(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 3);
        assert_eq!(docs[1].sentences[0], vec!["HEADLINE"]);
        assert!(parse_conll("a b X-FOO\n").is_err());
        let with_docs = "-DOCSTART- -X- -X- O\n\nA x x B-PER\n\n-DOCSTART- -X- -X- O\n\nB x x O\n";
        assert_eq!(parse_conll(with_docs).unwrap().len(), 2);
    }
}
