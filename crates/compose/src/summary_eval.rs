//! `parallax eval summary`: ROUGE of story summaries on Multi-News.
//!
//! Input: JSON Lines `{id, documents: [str], summary}` (a file, or a folder
//! of `.jsonl` files), one story a line. Each document becomes an
//! [`Article`] (lines trimmed, paragraphs separated by a blank line,
//! sentences from [`parallax_analyze::split_sentences`]); the story's
//! [`summarize_with`] output is scored against the reference with
//! [`crate::rouge::score`] (stemmed, as `rouge-score` does). ROUGE-L is
//! the whole-text LCS (`rougeL`); ROUGE-Lsum splits both texts on
//! newlines (the candidate has one sentence a line; Multi-News references
//! have no newline, so for them it is one sentence). Records are split
//! into a dev half (even line numbers, counting from 0) and a test half
//! (odd), reported separately and together.

use crate::rouge;
use crate::summary::{summarize_with, SummaryOptions};
use parallax_core::{Article, Span};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum SummaryEvalError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}: no usable records")]
    Empty(String),
}

/// Mean scores of one set of stories (F1 and length).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SummaryRow {
    pub name: String,
    pub n: usize,
    pub rouge1: f64,
    pub rouge2: f64,
    pub rouge_l: f64,
    pub rouge_lsum: f64,
    /// Mean summary length in words (whitespace-separated).
    pub words: f64,
    /// Mean reference length in words.
    pub reference_words: f64,
}

/// The result of [`eval_summary`]: dev half, test half, all.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryReport {
    pub max_words: usize,
    pub dev: SummaryRow,
    pub test: SummaryRow,
    pub all: SummaryRow,
    /// Baseline on all stories: whole leading sentences of the documents in
    /// the given order, up to the same word budget.
    pub lead: SummaryRow,
    /// Records skipped (no documents or no reference).
    pub skipped: usize,
    /// Stories summarised per second (building articles and summarising,
    /// not scoring), on one thread.
    pub stories_per_second: f64,
}

impl fmt::Display for SummaryReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Extractive summaries, at most {} words; ROUGE F1 (stemmed, as rouge-score), mean over stories",
            self.max_words
        )?;
        writeln!(
            f,
            "{:<6} {:>5} {:>7} {:>7} {:>7} {:>9} {:>7} {:>9}",
            "split", "n", "R1", "R2", "RL", "RLsum", "words", "ref_words"
        )?;
        for r in [&self.dev, &self.test, &self.all, &self.lead] {
            writeln!(
                f,
                "{:<6} {:>5} {:>7.2} {:>7.2} {:>7.2} {:>9.2} {:>7.1} {:>9.1}",
                r.name,
                r.n,
                100.0 * r.rouge1,
                100.0 * r.rouge2,
                100.0 * r.rouge_l,
                100.0 * r.rouge_lsum,
                r.words,
                r.reference_words
            )?;
        }
        if self.skipped > 0 {
            writeln!(
                f,
                "skipped {} records without documents or reference",
                self.skipped
            )?;
        }
        writeln!(
            f,
            "speed: {:.0} stories/s (one thread)",
            self.stories_per_second
        )?;
        write!(
            f,
            "rouge1={:.4} rouge2={:.4} rougeL={:.4} rougeLsum={:.4} words={:.1} dev_rouge1={:.4} dev_rouge2={:.4} test_rouge1={:.4} test_rouge2={:.4} n={}",
            self.all.rouge1,
            self.all.rouge2,
            self.all.rouge_l,
            self.all.rouge_lsum,
            self.all.words,
            self.dev.rouge1,
            self.dev.rouge2,
            self.test.rouge1,
            self.test.rouge2,
            self.all.n
        )
    }
}

/// One story of the data: its articles and reference summary.
pub struct SummaryCase {
    pub id: String,
    pub articles: Vec<Article>,
    pub reference: String,
}

/// An article from a raw document: lines trimmed, blank lines dropped,
/// paragraphs separated by a blank line, sentences split.
pub fn article_from_document(id: &str, document: &str) -> Article {
    let text = document
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    let sentences: Vec<Span> = parallax_analyze::split_sentences(&text);
    Article {
        id: id.to_string(),
        source: id.to_string(),
        url: None,
        outlet: None,
        title: None,
        title_source: None,
        published: None,
        byline: None,
        language: None,
        text,
        paragraphs: vec![],
        sentences,
        removed: vec![],
        duplicate_of: None,
        published_estimate: None,
        agency: None,
        warnings: vec![],
    }
}

fn files(path: &Path) -> Result<Vec<PathBuf>, SummaryEvalError> {
    let io = |source| SummaryEvalError::Io {
        path: path.display().to_string(),
        source,
    };
    if path.is_dir() {
        let mut out: Vec<PathBuf> = fs::read_dir(path)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        out.sort();
        Ok(out)
    } else {
        Ok(vec![path.to_path_buf()])
    }
}

/// Reads the stories of a Multi-News JSONL file or folder. Lines that are
/// not JSON objects with documents and a summary are counted as skipped.
pub fn read_cases(path: &Path) -> Result<(Vec<SummaryCase>, usize), SummaryEvalError> {
    let mut cases = Vec::new();
    let mut skipped = 0;
    for file in files(path)? {
        let text = fs::read_to_string(&file).map_err(|source| SummaryEvalError::Io {
            path: file.display().to_string(),
            source,
        })?;
        for (line_no, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                skipped += 1;
                continue;
            };
            let id = v["id"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| format!("{}#{}", file.display(), line_no + 1));
            let reference = v["summary"].as_str().unwrap_or("").to_string();
            let docs: Vec<&str> = v["documents"]
                .as_array()
                .map(|a| a.iter().filter_map(|d| d.as_str()).collect())
                .unwrap_or_default();
            if reference.trim().is_empty() || docs.iter().all(|d| d.trim().is_empty()) {
                skipped += 1;
                continue;
            }
            let articles = docs
                .iter()
                .enumerate()
                .map(|(i, d)| article_from_document(&format!("{id}-{}", i + 1), d))
                .collect();
            cases.push(SummaryCase {
                id,
                articles,
                reference,
            });
        }
    }
    Ok((cases, skipped))
}

/// ROUGE of `max_words`-word summaries on Multi-News JSONL at `path`.
pub fn eval_summary(path: &Path, max_words: usize) -> Result<SummaryReport, SummaryEvalError> {
    eval_summary_with(
        path,
        &SummaryOptions {
            max_words,
            ..SummaryOptions::default()
        },
    )
}

/// [`eval_summary`] with explicit summariser parameters.
pub fn eval_summary_with(
    path: &Path,
    opts: &SummaryOptions,
) -> Result<SummaryReport, SummaryEvalError> {
    let (cases, skipped) = read_cases(path)?;
    if cases.is_empty() {
        return Err(SummaryEvalError::Empty(path.display().to_string()));
    }
    let mut rows = [
        SummaryRow {
            name: "dev".into(),
            ..SummaryRow::default()
        },
        SummaryRow {
            name: "test".into(),
            ..SummaryRow::default()
        },
    ];
    let mut all = SummaryRow {
        name: "all".into(),
        ..SummaryRow::default()
    };
    let mut lead = SummaryRow {
        name: "lead".into(),
        ..SummaryRow::default()
    };
    let mut busy = 0.0f64;
    for (i, case) in cases.iter().enumerate() {
        let t = Instant::now();
        let refs: Vec<&Article> = case.articles.iter().collect();
        let summary = summarize_with(&refs, opts);
        busy += t.elapsed().as_secs_f64();
        let candidate = summary
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let s = rouge::score(&case.reference, &candidate);
        let words = candidate.split_whitespace().count() as f64;
        let ref_words = case.reference.split_whitespace().count() as f64;
        for r in [&mut rows[i % 2], &mut all] {
            add(r, &s, words, ref_words);
        }
        let baseline = lead_summary(&case.articles, opts.max_words);
        let s = rouge::score(&case.reference, &baseline);
        add(
            &mut lead,
            &s,
            baseline.split_whitespace().count() as f64,
            ref_words,
        );
    }
    let [mut dev, mut test] = rows;
    for r in [&mut dev, &mut test, &mut all, &mut lead] {
        let n = r.n.max(1) as f64;
        r.rouge1 /= n;
        r.rouge2 /= n;
        r.rouge_l /= n;
        r.rouge_lsum /= n;
        r.words /= n;
        r.reference_words /= n;
    }
    Ok(SummaryReport {
        max_words: opts.max_words,
        dev,
        test,
        all,
        lead,
        skipped,
        stories_per_second: cases.len() as f64 / busy.max(1e-9),
    })
}

fn add(r: &mut SummaryRow, s: &rouge::RougeScores, words: f64, ref_words: f64) {
    r.n += 1;
    r.rouge1 += s.rouge1.fmeasure;
    r.rouge2 += s.rouge2.fmeasure;
    r.rouge_l += s.rouge_l.fmeasure;
    r.rouge_lsum += s.rouge_lsum.fmeasure;
    r.words += words;
    r.reference_words += ref_words;
}

/// The Lead baseline: sentences of the documents in order while they fit
/// in `max_words`, one a line.
fn lead_summary(articles: &[Article], max_words: usize) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut used = 0;
    'outer: for a in articles {
        for sp in &a.sentences {
            let Some(t) = a.text.get(sp.start..sp.end) else {
                continue;
            };
            let w = t.split_whitespace().count();
            if used + w > max_words {
                break 'outer;
            }
            used += w;
            out.push(t);
        }
    }
    out.join("\n")
}
