//! Scoring the plain-text cleaner on line-labelled articles.
//!
//! The format: every line is `label<TAB>text`, where the label is `keep`
//! (article prose), `heading` (a subheading to keep), `blank` (an empty
//! line) or a removed kind (`title`, `share`, `comment`, …). The raw input
//! is the text after the tab; the cleaner's verdict on each line is compared
//! with the label.

use crate::clean_text;
use parallax_core::RemovedKind;
use std::collections::BTreeMap;
use std::fmt;

/// What a line is (gold) or was judged to be (predicted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LineLabel {
    Keep,
    Heading,
    Removed(RemovedKind),
}

impl LineLabel {
    fn parse(s: &str) -> Option<LineLabel> {
        Some(match s {
            "keep" => LineLabel::Keep,
            "heading" => LineLabel::Heading,
            "title" => LineLabel::Removed(RemovedKind::Title),
            "duplicate_heading" => LineLabel::Removed(RemovedKind::DuplicateHeading),
            "share" => LineLabel::Removed(RemovedKind::Share),
            "advert" => LineLabel::Removed(RemovedKind::Advert),
            "prompt" => LineLabel::Removed(RemovedKind::Prompt),
            "caption" => LineLabel::Removed(RemovedKind::Caption),
            "byline" => LineLabel::Removed(RemovedKind::Byline),
            "label" => LineLabel::Removed(RemovedKind::Label),
            "related" => LineLabel::Removed(RemovedKind::Related),
            "footnote" => LineLabel::Removed(RemovedKind::Footnote),
            "comment" => LineLabel::Removed(RemovedKind::Comment),
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            LineLabel::Keep => "keep",
            LineLabel::Heading => "heading",
            LineLabel::Removed(k) => k.as_str(),
        }
    }

    fn kept(self) -> bool {
        matches!(self, LineLabel::Keep | LineLabel::Heading)
    }
}

/// A labelled line that the cleaner got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    pub file: String,
    pub line: usize,
    pub gold: LineLabel,
    pub predicted: LineLabel,
    pub text: String,
}

/// Scores over a set of labelled articles.
#[derive(Debug, Clone, Default)]
pub struct CleanScores {
    pub files: usize,
    pub lines: usize,
    /// Lines whose verdict matched the label exactly.
    pub exact: usize,
    /// Prose/heading lines that were kept (the cleaner must not drop prose).
    pub prose_kept: usize,
    pub prose_total: usize,
    /// Noise lines that were removed, whatever kind was given.
    pub noise_removed: usize,
    pub noise_total: usize,
    /// Removed lines that were noise.
    pub removed_total: usize,
    /// Noise lines removed with the right kind.
    pub kind_right: usize,
    /// Per gold label: (right, total).
    pub per_label: BTreeMap<LineLabel, (usize, usize)>,
    pub misses: Vec<Miss>,
}

impl CleanScores {
    pub fn noise_precision(&self) -> f64 {
        ratio(self.noise_removed, self.removed_total)
    }
    pub fn noise_recall(&self) -> f64 {
        ratio(self.noise_removed, self.noise_total)
    }
    pub fn noise_f1(&self) -> f64 {
        let (p, r) = (self.noise_precision(), self.noise_recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn prose_recall(&self) -> f64 {
        ratio(self.prose_kept, self.prose_total)
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_right, self.noise_removed)
    }
    pub fn line_accuracy(&self) -> f64 {
        ratio(self.exact, self.lines)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// An error in a labelled file.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LabelError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Scores one labelled article and adds it to `scores`.
pub fn score_labelled(
    file: &str,
    labelled: &str,
    scores: &mut CleanScores,
) -> Result<(), LabelError> {
    let mut gold = Vec::new();
    let mut raw = String::with_capacity(labelled.len());
    for (i, line) in labelled.lines().enumerate() {
        let (label, text) = line.split_once('\t').unwrap_or((line, ""));
        if label == "blank" || label.is_empty() && text.is_empty() {
            gold.push(None);
        } else {
            let parsed = LineLabel::parse(label).ok_or_else(|| LabelError {
                file: file.to_string(),
                line: i + 1,
                message: format!("unknown label {label:?}"),
            })?;
            gold.push(Some((parsed, text.to_string())));
        }
        raw.push_str(if label == "blank" { "" } else { text });
        raw.push('\n');
    }
    let cleaned = clean_text(&raw, None);
    let headings: Vec<&str> = cleaned
        .paragraphs
        .iter()
        .filter(|p| p.kind == parallax_core::ParagraphKind::Heading)
        .filter_map(|p| cleaned.text.get(p.start..p.end))
        .collect();
    scores.files += 1;
    for (i, entry) in gold.iter().enumerate() {
        let Some((gold_label, text)) = entry else {
            continue;
        };
        let line_no = i + 1;
        let predicted = match cleaned.removed.iter().find(|r| r.line == line_no) {
            Some(r) => LineLabel::Removed(r.kind),
            None => {
                let norm = crate::units::normalize_line(text);
                if headings.contains(&norm.as_str()) {
                    LineLabel::Heading
                } else {
                    LineLabel::Keep
                }
            }
        };
        scores.lines += 1;
        let entry = scores.per_label.entry(*gold_label).or_default();
        entry.1 += 1;
        if predicted == *gold_label {
            scores.exact += 1;
            entry.0 += 1;
        } else {
            scores.misses.push(Miss {
                file: file.to_string(),
                line: line_no,
                gold: *gold_label,
                predicted,
                text: text.clone(),
            });
        }
        if gold_label.kept() {
            scores.prose_total += 1;
            if predicted.kept() {
                scores.prose_kept += 1;
            }
        } else {
            scores.noise_total += 1;
            if !predicted.kept() {
                scores.noise_removed += 1;
                if predicted == *gold_label {
                    scores.kind_right += 1;
                }
            }
        }
        if !predicted.kept() {
            scores.removed_total += 1;
        }
    }
    Ok(())
}

impl fmt::Display for CleanScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<18} {:>6} {:>6} {:>8}",
            "label", "right", "total", "accuracy"
        )?;
        for (label, (right, total)) in &self.per_label {
            writeln!(
                f,
                "{:<18} {:>6} {:>6} {:>8.3}",
                label.name(),
                right,
                total,
                ratio(*right, *total)
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "noise removed: precision {:.3} recall {:.3} F1 {:.3}; kind right for {:.3} of removed noise",
            self.noise_precision(),
            self.noise_recall(),
            self.noise_f1(),
            self.kind_accuracy()
        )?;
        writeln!(
            f,
            "prose kept: {} of {} lines ({:.3})",
            self.prose_kept,
            self.prose_total,
            self.prose_recall()
        )?;
        write!(
            f,
            "noise_f1={:.3} noise_precision={:.3} noise_recall={:.3} prose_recall={:.3} kind_accuracy={:.3} line_accuracy={:.3} files={} lines={}",
            self.noise_f1(),
            self.noise_precision(),
            self.noise_recall(),
            self.prose_recall(),
            self.kind_accuracy(),
            self.line_accuracy(),
            self.files,
            self.lines
        )
    }
}
