//! Evaluation of HTML extraction on public benchmarks.
//!
//! - [`eval_scrapinghub`]: the scrapinghub article-extraction benchmark
//!   (`html/<id>.html.gz` and `ground-truth.json` `{id: {articleBody, url}}`).
//! - [`eval_fundus`]: the Fundus news set (`html/<name>.html.gz` and
//!   `ground_truth.json` `{name: {body: [paragraph…], url, …}}`).
//! - [`eval_mozilla`]: metadata agreement with Readability's expected output
//!   on Mozilla's test pages (`<case>/source.html`,
//!   `<case>/expected-metadata.json`): agreement, not truth.
//!
//! Text is scored with the scrapinghub metric: per page, the 4-gram word
//! shingles of the lower-cased `\w+` tokens of the prediction and of the
//! truth (as multisets, as the benchmark's own script counts them);
//! precision and recall per page, macro-averaged over pages; F1 of the two
//! means. With `plain`, the page's whole visible text is fed to the
//! plain-text cleaner ([`crate::clean_text`]) instead, and its clean text is
//! scored the same way.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax_core::{Body, RawDocument};
use serde_json::Value;

use crate::html;
use crate::memory::OutletMemory;

/// Shingle size of the scrapinghub metric.
const SHINGLE: usize = 4;

/// Why an evaluation could not run at all (a single unreadable page is
/// counted as an empty prediction, not an error).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {message}")]
    Read { path: PathBuf, message: String },
}

fn read_error(path: &Path, message: impl fmt::Display) -> EvalError {
    EvalError::Read {
        path: path.to_path_buf(),
        message: message.to_string(),
    }
}

/// The score of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageScore {
    pub id: String,
    pub precision: f64,
    pub recall: f64,
    /// Milliseconds spent extracting the page (text and metadata).
    pub millis: f64,
    /// The extractor said the page has no article shape.
    pub not_article: bool,
}

impl PageScore {
    pub fn f1(&self) -> f64 {
        f1(self.precision, self.recall)
    }
}

/// A text-extraction evaluation: per-page scores and their macro means.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub name: String,
    pub pages: Vec<PageScore>,
    /// Pages whose HTML could not be read (scored as empty predictions).
    pub unreadable: Vec<String>,
    /// A comparison printed above the summary line (the plain-text path
    /// without outlet memory).
    pub note: Option<String>,
}

impl Report {
    pub fn n(&self) -> usize {
        self.pages.len()
    }
    pub fn precision(&self) -> f64 {
        mean(self.pages.iter().map(|p| p.precision))
    }
    pub fn recall(&self) -> f64 {
        mean(self.pages.iter().map(|p| p.recall))
    }
    /// F1 of the mean precision and mean recall (the benchmark's figure).
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// The slowest page, in milliseconds.
    pub fn max_millis(&self) -> f64 {
        self.pages.iter().map(|p| p.millis).fold(0.0, f64::max)
    }
    /// Pages per second over the extraction time alone.
    pub fn pages_per_second(&self) -> f64 {
        let total: f64 = self.pages.iter().map(|p| p.millis).sum();
        if total > 0.0 {
            self.pages.len() as f64 * 1000.0 / total
        } else {
            0.0
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}: worst pages by F1", self.name)?;
        writeln!(
            f,
            "{:<68} {:>6} {:>6} {:>6} {:>8}",
            "page", "P", "R", "F1", "ms"
        )?;
        let mut worst: Vec<&PageScore> = self.pages.iter().collect();
        worst.sort_by(|a, b| a.f1().total_cmp(&b.f1()));
        for page in worst.iter().take(15) {
            let id: String = page.id.chars().take(66).collect();
            writeln!(
                f,
                "{:<68} {:>6.3} {:>6.3} {:>6.3} {:>8.1}{}",
                id,
                page.precision,
                page.recall,
                page.f1(),
                page.millis,
                if page.not_article {
                    " (no article)"
                } else {
                    ""
                }
            )?;
        }
        for id in &self.unreadable {
            writeln!(f, "unreadable: {id}")?;
        }
        if let Some(note) = &self.note {
            writeln!(f, "{note}")?;
        }
        let not_article = self.pages.iter().filter(|p| p.not_article).count();
        write!(
            f,
            "f1={:.3} precision={:.3} recall={:.3} n={} not_article={} pages_per_s={:.0} max_ms={:.1}",
            self.f1(),
            self.precision(),
            self.recall(),
            self.n(),
            not_article,
            self.pages_per_second(),
            self.max_millis()
        )
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Lower-cased `\w+` tokens (letters, digits, marks and `_`, as Python's
/// Unicode `\w`).
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The multiset of word 4-gram shingles; a text of fewer than four tokens
/// is one shingle of all of them (none when empty).
fn shingles(text: &str) -> HashMap<String, usize> {
    let tokens = tokens(text);
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    let count = tokens.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..count {
        let end = (i + SHINGLE).min(tokens.len());
        *out.entry(tokens[i..end].join(" ")).or_insert(0) += 1;
    }
    out
}

/// Shingle precision and recall of `predicted` against `truth`. Both
/// empty: (1, 1); nothing in common: (0, 0).
pub fn shingle_scores(predicted: &str, truth: &str) -> (f64, f64) {
    let predicted = shingles(predicted);
    let truth = shingles(truth);
    let mut tp = 0usize;
    for (shingle, &n) in &predicted {
        if let Some(&m) = truth.get(shingle) {
            tp += n.min(m);
        }
    }
    let predicted_total: usize = predicted.values().sum();
    let truth_total: usize = truth.values().sum();
    let fp = predicted_total - tp;
    let fn_ = truth_total - tp;
    if fp == 0 && fn_ == 0 {
        return (1.0, 1.0);
    }
    if tp == 0 {
        return (0.0, 0.0);
    }
    (
        tp as f64 / predicted_total as f64,
        tp as f64 / truth_total as f64,
    )
}

fn read_json(path: &Path) -> Result<Value, EvalError> {
    let raw = std::fs::read_to_string(path).map_err(|e| read_error(path, e))?;
    serde_json::from_str(&raw).map_err(|e| read_error(path, e))
}

/// Reads a page, gunzipping `.gz` files; bytes that are not UTF-8 are
/// replaced (the benchmarks are UTF-8).
pub fn read_page(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let bytes = if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_end(&mut out)
            .ok()?;
        out
    } else {
        bytes
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// What is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// What parallax outputs for an HTML page: [`html::extract`] (in-article
    /// furniture kept as lines), then the plain-text cleaner with the
    /// page's title.
    Pipeline,
    /// The HTML extractor alone, dropping in-article furniture itself
    /// ([`html::Furniture::Drop`]), no cleaner.
    Extractor,
    /// The extractor dropping furniture itself, then the plain-text
    /// cleaner.
    ExtractorCleaned,
    /// The page's whole visible text through the plain-text cleaner.
    Plain,
    /// As [`Mode::Plain`], with an [`OutletMemory`] built from the visible
    /// texts of all the benchmark's pages, grouped by the host of their
    /// URL: lines repeated across an outlet's pages are boilerplate.
    PlainMemory,
}

impl Mode {
    fn describe(self) -> &'static str {
        match self {
            Mode::Pipeline => "HTML extractor + cleaner",
            Mode::Extractor => "HTML extractor alone",
            Mode::ExtractorCleaned => "HTML extractor dropping furniture + cleaner",
            Mode::Plain => "plain-text cleaner on visible text",
            Mode::PlainMemory => "plain-text cleaner on visible text, with outlet memory",
        }
    }
}

/// One benchmark page: its id, file, true body and URL.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Case {
    pub id: String,
    pub path: PathBuf,
    pub truth: String,
    pub url: Option<String>,
}

impl Case {
    /// The key pages are grouped by for the outlet memory: the URL's host.
    pub fn outlet_key(&self) -> String {
        crate::memory::outlet_key(None, self.url.as_deref()).unwrap_or_default()
    }
}

/// What the plain-text cleaner is given for a page in `mode`: the text and
/// the title that comes with it. `None` for [`Mode::Extractor`], which has
/// no cleaner.
pub fn cleaner_input(page: &str, mode: Mode) -> Option<(String, Option<String>)> {
    match mode {
        Mode::Plain | Mode::PlainMemory => Some((html::visible_text(page), None)),
        Mode::Pipeline => {
            let extract = html::extract(page);
            Some((extract.text, extract.title))
        }
        Mode::ExtractorCleaned => {
            let extract = html::extract_with(page, html::Furniture::Drop);
            Some((extract.text, extract.title))
        }
        Mode::Extractor => None,
    }
}

/// A page as `parallax analyze` reads an HTML file: a raw document with
/// the page as its body and nothing else given.
pub fn page_document(page: &str) -> RawDocument {
    RawDocument::new("", Body::Html(page.to_string()))
}

/// Extracts one page in the chosen mode: the text, the time taken and
/// whether the extractor found no article shape. `memory` is the outlet
/// memory and the page's outlet key ([`Mode::PlainMemory`]).
fn predict(page: &str, mode: Mode, memory: Option<(&OutletMemory, &str)>) -> (String, f64, bool) {
    let start = Instant::now();
    let (text, not_article) = match mode {
        Mode::Plain => {
            let visible = html::visible_text(page);
            (crate::clean_text(&visible, None).text, false)
        }
        Mode::PlainMemory => {
            let visible = html::visible_text(page);
            let cleaned = match memory {
                Some((memory, outlet)) => {
                    crate::clean_text_with_memory(&visible, None, memory, outlet)
                }
                None => crate::clean_text(&visible, None),
            };
            (cleaned.text, false)
        }
        Mode::Pipeline => (crate::clean(page_document(page), String::new()).text, false),
        Mode::Extractor => {
            let extract = html::extract_with(page, html::Furniture::Drop);
            (extract.text, !extract.is_article)
        }
        Mode::ExtractorCleaned => {
            let extract = html::extract_with(page, html::Furniture::Drop);
            let cleaned = crate::clean_extracted_text(&extract.text, extract.title.as_deref());
            (cleaned.text, !extract.is_article)
        }
    };
    (text, start.elapsed().as_secs_f64() * 1000.0, not_article)
}

/// The outlet memory of a benchmark: every readable page's visible text,
/// grouped by [`Case::outlet_key`].
pub fn benchmark_memory(cases: &[Case]) -> OutletMemory {
    OutletMemory::build(cases.iter().filter_map(|case| {
        let page = read_page(&case.path)?;
        Some((case.outlet_key(), html::visible_text(&page)))
    }))
}

fn score_pages(name: String, cases: Vec<Case>, mode: Mode) -> Report {
    let memory = (mode == Mode::PlainMemory).then(|| benchmark_memory(&cases));
    let mut pages = Vec::new();
    let mut unreadable = Vec::new();
    for case in cases {
        let key = case.outlet_key();
        let (predicted, millis, not_article) = match read_page(&case.path) {
            Some(page) => predict(&page, mode, memory.as_ref().map(|m| (m, key.as_str()))),
            None => {
                unreadable.push(case.id.clone());
                (String::new(), 0.0, false)
            }
        };
        let (precision, recall) = shingle_scores(&predicted, &case.truth);
        pages.push(PageScore {
            id: case.id,
            precision,
            recall,
            millis,
            not_article,
        });
    }
    Report {
        name,
        pages,
        unreadable,
        note: None,
    }
}

/// The plain-text path with outlet memory ([`Mode::PlainMemory`]), noting
/// the figures without it ([`Mode::Plain`]).
fn plain_with_and_without_memory(name: &str, cases: Vec<Case>) -> Report {
    let without = score_pages(String::new(), cases.clone(), Mode::Plain);
    let mut report = score_pages(
        format!("{name} ({})", Mode::PlainMemory.describe()),
        cases,
        Mode::PlainMemory,
    );
    report.note = Some(format!(
        "without outlet memory: f1={:.3} precision={:.3} recall={:.3}",
        without.f1(),
        without.precision(),
        without.recall()
    ));
    report
}

/// The scrapinghub benchmark in `dir` (`ground-truth.json`, `html/`):
/// the HTML extractor alone ([`Mode::Extractor`], the figure comparable
/// with other extractors), or with `plain` the plain-text cleaner on the
/// visible text with an outlet memory of the benchmark's pages
/// ([`Mode::PlainMemory`]; the figures without it are noted).
/// [`eval_scrapinghub_mode`] scores the other modes.
pub fn eval_scrapinghub(dir: &Path, plain: bool) -> Result<Report, EvalError> {
    if plain {
        Ok(plain_with_and_without_memory(
            "scrapinghub",
            scrapinghub_cases(dir)?,
        ))
    } else {
        eval_scrapinghub_mode(dir, Mode::Extractor)
    }
}

/// The Fundus news set in `dir`: see [`eval_scrapinghub`].
pub fn eval_fundus(dir: &Path, plain: bool) -> Result<Report, EvalError> {
    if plain {
        Ok(plain_with_and_without_memory("fundus", fundus_cases(dir)?))
    } else {
        eval_fundus_mode(dir, Mode::Extractor)
    }
}

/// The pages of the scrapinghub benchmark in `dir`, sorted by id.
pub fn scrapinghub_cases(dir: &Path) -> Result<Vec<Case>, EvalError> {
    let truth_path = dir.join("ground-truth.json");
    let truth = read_json(&truth_path)?;
    let Value::Object(entries) = truth else {
        return Err(read_error(&truth_path, "not a JSON object"));
    };
    let mut cases: Vec<Case> = entries
        .iter()
        .map(|(id, entry)| Case {
            id: id.clone(),
            path: dir.join("html").join(format!("{id}.html.gz")),
            truth: entry
                .get("articleBody")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            url: entry.get("url").and_then(Value::as_str).map(str::to_string),
        })
        .collect();
    cases.sort();
    Ok(cases)
}

/// The pages of the Fundus news set in `dir`, sorted by name; the truth is
/// the body's paragraphs joined by blank lines.
pub fn fundus_cases(dir: &Path) -> Result<Vec<Case>, EvalError> {
    let truth_path = dir.join("ground_truth.json");
    let truth = read_json(&truth_path)?;
    let Value::Object(entries) = truth else {
        return Err(read_error(&truth_path, "not a JSON object"));
    };
    let mut cases: Vec<Case> = entries
        .iter()
        .map(|(name, entry)| {
            let body = match entry.get("body") {
                Some(Value::Array(paragraphs)) => paragraphs
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("\n\n"),
                Some(Value::String(text)) => text.clone(),
                _ => String::new(),
            };
            Case {
                id: name.clone(),
                path: dir.join("html").join(name),
                truth: body,
                url: entry.get("url").and_then(Value::as_str).map(str::to_string),
            }
        })
        .collect();
    cases.sort();
    Ok(cases)
}

/// The scrapinghub benchmark scored in the given mode.
pub fn eval_scrapinghub_mode(dir: &Path, mode: Mode) -> Result<Report, EvalError> {
    Ok(score_pages(
        format!("scrapinghub ({})", mode.describe()),
        scrapinghub_cases(dir)?,
        mode,
    ))
}

/// The Fundus news set in `dir` (`ground_truth.json`, `html/`) scored in
/// the given mode.
pub fn eval_fundus_mode(dir: &Path, mode: Mode) -> Result<Report, EvalError> {
    Ok(score_pages(
        format!("fundus ({})", mode.describe()),
        fundus_cases(dir)?,
        mode,
    ))
}

/// Agreement on one metadata field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldAgreement {
    /// Pages where the expected value is present.
    pub expected: usize,
    /// Of those, pages where ours agrees.
    pub agree: usize,
    /// Cases that disagree: (case, expected, ours).
    pub misses: Vec<(String, String, String)>,
}

impl FieldAgreement {
    pub fn rate(&self) -> f64 {
        if self.expected == 0 {
            0.0
        } else {
            self.agree as f64 / self.expected as f64
        }
    }
    fn record(&mut self, case: &str, expected: Option<String>, ours: Option<String>, same: bool) {
        let Some(expected) = expected else {
            return;
        };
        self.expected += 1;
        if same {
            self.agree += 1;
        } else {
            self.misses
                .push((case.to_string(), expected, ours.unwrap_or_default()));
        }
    }
}

/// Metadata agreement on Mozilla's Readability test pages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetaReport {
    pub n: usize,
    pub title: FieldAgreement,
    pub byline: FieldAgreement,
    pub site: FieldAgreement,
    /// Same calendar day as the expected `publishedTime`.
    pub date: FieldAgreement,
    pub language: FieldAgreement,
}

impl fmt::Display for MetaReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "mozilla test pages: metadata agreement with Readability (not truth)"
        )?;
        writeln!(
            f,
            "{:<10} {:>8} {:>8} {:>8}",
            "field", "expected", "agree", "rate"
        )?;
        let fields = [
            ("title", &self.title),
            ("byline", &self.byline),
            ("site", &self.site),
            ("date", &self.date),
            ("language", &self.language),
        ];
        for (name, field) in fields {
            writeln!(
                f,
                "{:<10} {:>8} {:>8} {:>8.3}",
                name,
                field.expected,
                field.agree,
                field.rate()
            )?;
        }
        for (name, field) in fields {
            for (case, expected, ours) in field.misses.iter().take(6) {
                let expected: String = expected.chars().take(50).collect();
                let ours: String = ours.chars().take(50).collect();
                writeln!(f, "  {name} {case}: expected {expected:?}, ours {ours:?}")?;
            }
        }
        write!(
            f,
            "title={:.3} byline={:.3} site={:.3} date={:.3} language={:.3} n={}",
            self.title.rate(),
            self.byline.rate(),
            self.site.rate(),
            self.date.rate(),
            self.language.rate(),
            self.n
        )
    }
}

fn normalise(text: &str) -> String {
    tokens(text).join(" ")
}

fn expected_string(meta: &Value, key: &str) -> Option<String> {
    meta.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Metadata agreement on the Mozilla test pages in `dir` (one folder per
/// case with `source.html` and `expected-metadata.json`). Titles and
/// bylines agree when their lower-cased tokens are equal (a byline also
/// when one contains the other); dates when they name the same day.
pub fn eval_mozilla(dir: &Path) -> Result<MetaReport, EvalError> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| read_error(dir, e))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("expected-metadata.json").is_file())
        .collect();
    cases.sort();
    let mut report = MetaReport::default();
    for case in cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(expected) = read_json(&case.join("expected-metadata.json")) else {
            continue;
        };
        let Some(page) = read_page(&case.join("source.html")) else {
            continue;
        };
        report.n += 1;
        let ours = html::extract(&page);

        let same_text = |a: &Option<String>, b: &str| {
            a.as_deref().is_some_and(|a| normalise(a) == normalise(b))
        };
        let title = expected_string(&expected, "title");
        let same = title.as_deref().is_some_and(|t| same_text(&ours.title, t));
        report.title.record(&name, title, ours.title.clone(), same);

        let byline = expected_string(&expected, "byline");
        let same = byline.as_deref().is_some_and(|b| {
            ours.byline.as_deref().is_some_and(|o| {
                let (o, b) = (normalise(o), normalise(b));
                !o.is_empty() && (o == b || o.contains(&b) || b.contains(&o))
            })
        });
        report
            .byline
            .record(&name, byline, ours.byline.clone(), same);

        let site = expected_string(&expected, "siteName");
        let same = site.as_deref().is_some_and(|s| same_text(&ours.outlet, s));
        report.site.record(&name, site, ours.outlet.clone(), same);

        let date = expected_string(&expected, "publishedTime");
        let expected_day = date
            .as_deref()
            .and_then(parallax_core::date::parse_date)
            .map(|d| d.iso.chars().take(10).collect::<String>());
        let our_day = ours
            .published
            .as_deref()
            .and_then(parallax_core::date::parse_date)
            .map(|d| d.iso.chars().take(10).collect::<String>());
        let same = expected_day.is_some() && expected_day == our_day;
        report
            .date
            .record(&name, date, ours.published.clone(), same);

        let lang = expected_string(&expected, "lang").map(|l| l.to_ascii_lowercase());
        let expected_primary = lang
            .as_deref()
            .and_then(|l| l.split(['-', '_']).next())
            .map(str::to_string);
        let same = expected_primary.is_some() && expected_primary == ours.language;
        report
            .language
            .record(&name, expected_primary, ours.language.clone(), same);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_metric() {
        assert_eq!(shingle_scores("", ""), (1.0, 1.0));
        assert_eq!(shingle_scores("a b c d", ""), (0.0, 0.0));
        let (p, r) = shingle_scores("One two three four five", "one two three four");
        assert!((p - 0.5).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        let (p, r) = shingle_scores("short", "Short.");
        assert_eq!((p, r), (1.0, 1.0));
    }
}
