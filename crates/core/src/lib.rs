//! Shared types of the parallax pipeline.
//!
//! Data flows one way — read → clean → analyze → link → compose — and every
//! stage speaks in the types defined here: a [`RawDocument`] as it came from a
//! file, an [`Article`] once cleaned, and the [`Dossier`] that `parallax
//! analyze` writes. Every extracted fact carries an [`Evidence`] span: the
//! article id and byte offsets into that article's clean `text`.

pub mod date;
pub mod dossier;
pub mod words;

pub use dossier::*;
