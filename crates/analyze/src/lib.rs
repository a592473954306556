//! # parallax-analyze
//!
//! The per-article analysis stage of parallax: it takes one article's clean
//! text (as produced by `parallax-clean`) and finds the units and facts the
//! later stages link across articles. Each function works on a single
//! article, holds no shared state and can run in parallel over a corpus.
//!
//! Every result is tied to its evidence: byte spans ([`parallax_core::Span`])
//! into the article's clean text, so that `&text[span.start..span.end]` shows
//! it.
//!
//! What it does today:
//!
//! * **Sentences** — [`split_sentences`] splits clean text into sentence
//!   spans, robust to news prose (titles and abbreviations, initials,
//!   `U.S.`, decimals and URLs, quotations, ellipses and omission marks,
//!   headlines without final punctuation, CJK terminators). See
//!   [`sentences`] for the heuristics.
//!
//! Planned: entity mentions, titles and roles, quotations with speakers,
//! figures, and time expressions normalised against the publication date.
//!
//! No function here panics, whatever the input.

pub mod figures;
pub mod quotes;
pub mod sentences;
pub mod statement_dates;

pub use sentences::split_sentences;
