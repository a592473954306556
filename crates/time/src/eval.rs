//! TempEval-3 evaluation of [`find_times`](crate::find_times) on TimeML files.
//!
//! Metrics as the task defines them (UzZaman et al., SemEval 2013):
//! strict extent match = identical span, relaxed = any overlap (each gold
//! and system expression used at most once); precision over the system's
//! expressions, recall over the gold ones. Value (and type) F1 count only
//! relaxed matches whose attribute is also right, so they are bounded by
//! relaxed F1; type accuracy is the share of relaxed matches with the
//! right type.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use quick_xml::events::Event;
use quick_xml::Reader;
use serde::Serialize;

use crate::{find_times, TimeExpr};

/// A gold TIMEX3 of a document: byte span in the document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

/// A TimeML document: text with tags stripped, its DCT, its gold timexes.
#[derive(Debug, Clone, Serialize)]
pub struct Doc {
    pub name: String,
    pub dct: Option<NaiveDate>,
    pub text: String,
    pub gold: Vec<GoldTimex>,
}

#[derive(Debug, thiserror::Error)]
pub enum TimeEvalError {
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0}: invalid TimeML: {1}")]
    Xml(PathBuf, String),
    #[error("{0}: no .tml files")]
    Empty(PathBuf),
}

/// Counts and scores; `Display` prints a table and one summary line.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimeEvalReport {
    pub docs: usize,
    pub gold: usize,
    pub system: usize,
    pub strict_matches: usize,
    pub relaxed_matches: usize,
    pub value_matches: usize,
    pub type_matches: usize,
    /// Per gold type: (gold count, relaxed matches, value matches).
    pub by_type: Vec<(String, usize, usize, usize)>,
}

fn f1(matches: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 {
        0.0
    } else {
        matches as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matches as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl TimeEvalReport {
    pub fn strict(&self) -> (f64, f64, f64) {
        f1(self.strict_matches, self.system, self.gold)
    }
    pub fn relaxed(&self) -> (f64, f64, f64) {
        f1(self.relaxed_matches, self.system, self.gold)
    }
    pub fn value(&self) -> (f64, f64, f64) {
        f1(self.value_matches, self.system, self.gold)
    }
    pub fn type_f1(&self) -> (f64, f64, f64) {
        f1(self.type_matches, self.system, self.gold)
    }
    /// Share of relaxed matches with the right type.
    pub fn type_accuracy(&self) -> f64 {
        if self.relaxed_matches == 0 {
            0.0
        } else {
            self.type_matches as f64 / self.relaxed_matches as f64
        }
    }
    /// Share of relaxed matches with the right value.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed_matches == 0 {
            0.0
        } else {
            self.value_matches as f64 / self.relaxed_matches as f64
        }
    }

    fn add(&mut self, other: &TimeEvalReport) {
        self.docs += other.docs;
        self.gold += other.gold;
        self.system += other.system;
        self.strict_matches += other.strict_matches;
        self.relaxed_matches += other.relaxed_matches;
        self.value_matches += other.value_matches;
        self.type_matches += other.type_matches;
        for (k, g, r, v) in &other.by_type {
            match self.by_type.iter_mut().find(|e| &e.0 == k) {
                Some(e) => {
                    e.1 += g;
                    e.2 += r;
                    e.3 += v;
                }
                None => self.by_type.push((k.clone(), *g, *r, *v)),
            }
        }
        self.by_type.sort();
    }
}

impl fmt::Display for TimeEvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "TempEval-3 timex: {} documents, {} gold, {} system",
            self.docs, self.gold, self.system
        )?;
        writeln!(
            f,
            "{:<16} {:>9} {:>9} {:>9}",
            "", "precision", "recall", "F1"
        )?;
        for (name, (p, r, f1)) in [
            ("strict extent", self.strict()),
            ("relaxed extent", self.relaxed()),
            ("value", self.value()),
            ("type", self.type_f1()),
        ] {
            writeln!(f, "{name:<16} {p:>9.3} {r:>9.3} {f1:>9.3}")?;
        }
        writeln!(
            f,
            "type accuracy {:.3}, value accuracy {:.3} (of relaxed matches)",
            self.type_accuracy(),
            self.value_accuracy()
        )?;
        for (k, g, r, v) in &self.by_type {
            writeln!(f, "  {k:<9} gold {g:>4}  found {r:>4}  value right {v:>4}")?;
        }
        write!(
            f,
            "strict_f1={:.3} relaxed_f1={:.3} value_f1={:.3} type_acc={:.3} n={}",
            self.strict().2,
            self.relaxed().2,
            self.value().2,
            self.type_accuracy(),
            self.gold
        )
    }
}

/// Scores one document's system output against its gold timexes.
pub fn score(gold: &[GoldTimex], system: &[TimeExpr]) -> TimeEvalReport {
    let mut rep = TimeEvalReport {
        docs: 1,
        gold: gold.len(),
        system: system.len(),
        ..Default::default()
    };
    let mut used = vec![false; system.len()];
    let mut by_type: Vec<(String, usize, usize, usize)> = Vec::new();
    // Exact matches first, so a strict match is never lost to an overlap.
    let mut pairing: Vec<Option<usize>> = vec![None; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..system.len())
            .find(|&si| !used[si] && system[si].start == g.start && system[si].end == g.end)
        {
            used[si] = true;
            pairing[gi] = Some(si);
            rep.strict_matches += 1;
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if pairing[gi].is_some() {
            continue;
        }
        if let Some(si) = (0..system.len())
            .find(|&si| !used[si] && system[si].start < g.end && g.start < system[si].end)
        {
            used[si] = true;
            pairing[gi] = Some(si);
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        let entry = match by_type.iter().position(|e| e.0 == g.kind) {
            Some(i) => i,
            None => {
                by_type.push((g.kind.clone(), 0, 0, 0));
                by_type.len() - 1
            }
        };
        by_type[entry].1 += 1;
        if let Some(si) = pairing[gi] {
            let s = &system[si];
            rep.relaxed_matches += 1;
            by_type[entry].2 += 1;
            if s.kind.as_str() == g.kind {
                rep.type_matches += 1;
            }
            if s.value == g.value {
                rep.value_matches += 1;
                by_type[entry].3 += 1;
            }
        }
    }
    by_type.sort();
    rep.by_type = by_type;
    rep
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Reads a TimeML document: the text of `<TEXT>` with tags stripped, the
/// gold TIMEX3 spans in it, and the DCT's value.
pub fn read_timeml(name: &str, xml: &str) -> Result<Doc, String> {
    let mut reader = Reader::from_str(xml);
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut dct = None;
    let (mut in_text, mut in_dct) = (false, false);
    let mut open: Option<(usize, String, String)> = None;
    loop {
        match reader.read_event() {
            Err(e) => return Err(format!("{e} at {}", reader.buffer_position())),
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"TEXT" => in_text = true,
                b"DCT" => in_dct = true,
                b"TIMEX3" => {
                    let kind = attr(&e, b"type").unwrap_or_default();
                    let value = attr(&e, b"value").unwrap_or_default();
                    if in_dct {
                        dct = value
                            .get(..10)
                            .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
                    } else if in_text {
                        open = Some((text.len(), kind, value));
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"TEXT" => in_text = false,
                b"DCT" => in_dct = false,
                b"TIMEX3" => {
                    if let Some((start, kind, value)) = open.take() {
                        gold.push(GoldTimex {
                            start,
                            end: text.len(),
                            kind,
                            value,
                        });
                    }
                }
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let s = t.unescape().map_err(|e| e.to_string())?;
                text.push_str(&s);
            }
            Ok(Event::CData(t)) if in_text => {
                text.push_str(&String::from_utf8_lossy(&t));
            }
            Ok(_) => {}
        }
    }
    Ok(Doc {
        name: name.to_string(),
        dct,
        text,
        gold,
    })
}

/// Reads every `.tml` file under `dir` (recursively, in name order).
pub fn read_dir(dir: &Path) -> Result<Vec<Doc>, TimeEvalError> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| TimeEvalError::Io(d.clone(), e))?;
        for entry in entries {
            let entry = entry.map_err(|e| TimeEvalError::Io(d.clone(), e))?;
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "tml") {
                files.push(p);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(TimeEvalError::Empty(dir.to_path_buf()));
    }
    let mut docs = Vec::new();
    for p in files {
        let xml = std::fs::read_to_string(&p).map_err(|e| TimeEvalError::Io(p.clone(), e))?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        docs.push(read_timeml(&name, &xml).map_err(|e| TimeEvalError::Xml(p.clone(), e))?);
    }
    Ok(docs)
}

/// Runs [`find_times`] on every TimeML document under `dir` (anchored at
/// its DCT) and scores it against the gold TIMEX3 annotation.
pub fn eval_tempeval(dir: &Path) -> Result<TimeEvalReport, TimeEvalError> {
    let docs = read_dir(dir)?;
    let mut total = TimeEvalReport::default();
    for d in &docs {
        let sys = find_times(&d.text, d.dct);
        total.add(&score(&d.gold, &sys));
    }
    Ok(total)
}

/// One disagreement with the gold annotation, for error analysis
/// (`parallax eval time DIR --misses`).
#[derive(Debug, Clone, Serialize)]
pub struct TimeMiss {
    pub doc: String,
    /// `missed` (no overlapping system span), `spurious` (no overlapping
    /// gold span), `extent`, `type` or `value` (overlap, first difference).
    pub what: &'static str,
    pub gold: Option<(String, String, String)>,
    pub system: Option<(String, String, String)>,
}

impl fmt::Display for TimeMiss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |x: &Option<(String, String, String)>| match x {
            Some((t, k, v)) => format!("{t:?} {k} {v}"),
            None => "-".to_string(),
        };
        write!(
            f,
            "{}\t{}\tgold: {}\tsystem: {}",
            self.doc,
            self.what,
            show(&self.gold),
            show(&self.system)
        )
    }
}

/// Every disagreement between [`find_times`] and the gold timexes of `docs`.
pub fn tempeval_misses(docs: &[Doc]) -> Vec<TimeMiss> {
    let mut out = Vec::new();
    for d in docs {
        let sys = find_times(&d.text, d.dct);
        let text_of = |s: usize, e: usize| d.text.get(s..e).unwrap_or("").to_string();
        for g in &d.gold {
            let gold = Some((text_of(g.start, g.end), g.kind.clone(), g.value.clone()));
            let m = sys.iter().find(|s| s.start < g.end && g.start < s.end);
            let what = match m {
                None => "missed",
                Some(s) if s.start != g.start || s.end != g.end => "extent",
                Some(s) if s.kind.as_str() != g.kind => "type",
                Some(s) if s.value != g.value => "value",
                Some(_) => continue,
            };
            out.push(TimeMiss {
                doc: d.name.clone(),
                what,
                gold,
                system: m.map(|s| (s.text.clone(), s.kind.as_str().to_string(), s.value.clone())),
            });
        }
        for s in &sys {
            if !d.gold.iter().any(|g| s.start < g.end && g.start < s.end) {
                out.push(TimeMiss {
                    doc: d.name.clone(),
                    what: "spurious",
                    gold: None,
                    system: Some((s.text.clone(), s.kind.as_str().to_string(), s.value.clone())),
                });
            }
        }
    }
    out
}
