//! Temporal expressions: found in text and normalised to TIMEX3 values
//! against an anchor (the publication date), HeidelTime-style rules.
//!
//! [`find_times`] returns every expression with its byte span, TIMEX3 type
//! and value; [`eval_tempeval`] scores it on TimeML files (TempEval-3).

mod eval;
mod rules;

pub use eval::{
    eval_tempeval, read_dir, read_timeml, score, tempeval_misses, Doc, GoldTimex, TimeEvalError,
    TimeEvalReport, TimeMiss,
};

use chrono::NaiveDate;
use serde::Serialize;

/// TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeKind {
    Date,
    Time,
    Duration,
    Set,
}

impl TimeKind {
    /// The TimeML spelling (`DATE`, `TIME`, `DURATION`, `SET`).
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "DATE",
            TimeKind::Time => "TIME",
            TimeKind::Duration => "DURATION",
            TimeKind::Set => "SET",
        }
    }
}

/// How the value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Fully given by the text ("March 22, 2013", "1990", "three years").
    Absolute,
    /// Computed from the anchor ("yesterday", "on Friday", "August 26").
    Anchored,
    /// Needs an anchor that was not given: the unknown parts are `X`
    /// ("XXXX-XX-XX" for "yesterday").
    Underspecified,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    /// UTF-8 byte offsets into the searched text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: TimeKind,
    /// TIMEX3 value: `2013-03-22`, `2013-W11`, `2013-03-22TMO`, `P1M`,
    /// `PAST_REF`, `XXXX-WI`…
    pub value: String,
    pub resolution: Resolution,
    /// For a SET, TimeML's `quant` ("EVERY" for "every week", "EACH").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// For a SET, TimeML's `freq`: how often in each period ("2X" for
    /// "twice a week", "1X" for "weekly").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
}

/// Finds and normalises the temporal expressions of `text`; relative ones
/// are resolved against `anchor` (the publication date) when it is known,
/// otherwise left underspecified. Never panics.
pub fn find_times(text: &str, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    rules::find(text, anchor)
}

/// When the publication date is unknown: a range it plausibly lies in,
/// estimated from the content — from the latest fully written date in the
/// text to 31 days after it. `None` when the text has no such date.
pub fn estimate_anchor(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let latest = find_times(text, None)
        .into_iter()
        .filter(|t| t.resolution == Resolution::Absolute && t.kind == TimeKind::Date)
        .filter_map(|t| NaiveDate::parse_from_str(t.value.get(..10)?, "%Y-%m-%d").ok())
        .max()?;
    Some((latest, latest + chrono::Duration::days(31)))
}
