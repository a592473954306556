//! Reading the input of parallax: files, directories and stdin in plain
//! text, HTML, JSON and JSON Lines, decoded from whatever encoding they
//! are in, into [`RawDocument`]s with whatever metadata came with them.
//!
//! This is the first stage of the pipeline (read → clean → analyze → …).
//! It never stops on a bad input: an unreadable, empty, binary or
//! malformed file is one [`InputError`] naming the file, a bad record in a
//! JSON (Lines) file is one error naming `path#N`, and everything else is
//! still read.
//!
//! - [`read_paths`] reads files, directories (recursively, in a stable
//!   order) and `-` for stdin.
//! - [`read_bytes`] reads one input already in memory (a file, a bundled
//!   demo); it never touches the filesystem.
//! - [`decode`] and [`decode_html`] turn bytes into text.

mod decode;
mod format;
mod json;
mod walk;

pub use decode::{decode, decode_html, normalize_text, Decoded};
pub use format::Format;

use format::{binary_reason, sniff, Sniffed};
use parallax_core::{Body, InputError, RawDocument};
use std::path::PathBuf;

/// Inputs larger than this are refused: a news article is a few hundred
/// kilobytes at most, and a bigger file is almost always a mistake (an
/// archive, a database dump) that would only eat memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a whole input could not be read. The message is meant for users;
/// the caller adds the path (as [`InputError::source`]).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open: {0}")]
    Open(std::io::Error),
    #[error("cannot read: {0}")]
    Read(std::io::Error),
    #[error("cannot list directory: {0}")]
    Directory(std::io::Error),
    #[error("empty file")]
    Empty,
    /// Binary or compressed content, with what it seems to be.
    #[error("{0}")]
    NotText(String),
    /// A format recognised but not handled (feeds, WARC).
    #[error("unsupported format: {0}")]
    Unsupported(String),
    /// Larger than [`MAX_FILE_BYTES`]; `bytes` is the size when known (it is
    /// not for a stream).
    #[error("too large ({}); the limit is {} MiB", size_text(.bytes), MAX_FILE_BYTES / MIB)]
    TooLarge { bytes: Option<u64> },
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    #[error("no records (the JSON array is empty)")]
    NoRecords,
}

const MIB: u64 = 1024 * 1024;

fn size_text(bytes: &Option<u64>) -> String {
    match bytes {
        Some(bytes) => format!("{:.1} MiB", *bytes as f64 / MIB as f64),
        None => format!("over {} MiB", MAX_FILE_BYTES / MIB),
    }
}

/// What one input yielded: its documents, the records that could not be
/// read (`path#N`), and notes about the input a user should see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub documents: Vec<RawDocument>,
    /// Bad records, or a break in a JSON array after which nothing more
    /// could be read.
    pub errors: Vec<InputError>,
    /// The input was read, but not faithfully: e.g. not valid UTF-8, so
    /// its encoding had to be guessed.
    pub warnings: Vec<InputError>,
}

/// Everything read from a list of paths.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOutcome {
    pub documents: Vec<RawDocument>,
    /// One per file or record that could not be read.
    pub errors: Vec<InputError>,
    /// Files found in directories that are not in a known format (by
    /// extension), or that are not regular files.
    pub skipped: Vec<String>,
    /// Inputs that were read, but not faithfully (see [`Parsed::warnings`]).
    pub warnings: Vec<InputError>,
}

impl ReadOutcome {
    fn add(&mut self, parsed: Parsed) {
        self.documents.extend(parsed.documents);
        self.errors.extend(parsed.errors);
        self.warnings.extend(parsed.warnings);
    }

    fn add_error(&mut self, source: String, error: ReadError) {
        tracing::debug!(%source, %error, "input not read");
        self.errors.push(InputError {
            source,
            message: error.to_string(),
        });
    }

    fn add_result(&mut self, source: &str, result: Result<Parsed, ReadError>) {
        match result {
            Ok(parsed) => self.add(parsed),
            Err(error) => self.add_error(source.to_string(), error),
        }
    }
}

/// Reads every path: a file (in any format, by extension or sniffed), a
/// directory (walked recursively in byte order of names, hidden entries
/// skipped, only files with a known extension read, `README`/`LICENSE`
/// files listed as skipped), or `-` for stdin.
/// Problems are collected in the outcome; reading goes on.
pub fn read_paths(paths: &[PathBuf]) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let result = walk::read_stdin().and_then(|bytes| read_bytes("-", &bytes));
            outcome.add_result("-", result);
        } else {
            walk::read_path(path, &mut outcome);
        }
    }
    tracing::info!(
        documents = outcome.documents.len(),
        errors = outcome.errors.len(),
        skipped = outcome.skipped.len(),
        "input read"
    );
    outcome
}

/// Reads one input held in memory. `source` names it (a path, or `-` for
/// stdin) and its extension, case-insensitive, gives the format; without a
/// known extension the format is sniffed from the content. Never touches
/// the filesystem.
///
/// `Err` is a problem with the whole input; bad records of a JSON (Lines)
/// input are in [`Parsed::errors`], next to the good ones.
pub fn read_bytes(source: &str, bytes: &[u8]) -> Result<Parsed, ReadError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: Some(size) });
    }
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(ReadError::NotText(reason));
    }
    let (format, decoded) = match Format::from_path(source) {
        Some(Format::Html) => (Format::Html, decode_html(bytes)),
        Some(format) => (format, decode(bytes)),
        None => {
            let decoded = decode(bytes);
            match sniff(&decoded.text) {
                Sniffed::Format(Format::Html) => (Format::Html, decode_html(bytes)),
                Sniffed::Format(format) => (format, decoded),
                Sniffed::Unsupported(what) => return Err(ReadError::Unsupported(what.to_string())),
            }
        }
    };
    let mut parsed = match format {
        Format::Text => single_document(source, Body::Text(normalize_text(&decoded.text)))?,
        Format::Html => single_document(source, Body::Html(normalize_text(&decoded.text)))?,
        Format::Json | Format::JsonLines => {
            if decoded.text.trim().is_empty() {
                return Err(ReadError::Empty);
            }
            json::parse(source, &decoded.text, format)?
        }
    };
    if decoded.lossy {
        let message = if decoded.encoding == encoding_rs::WINDOWS_1252.name() {
            "not valid UTF-8 and no charset declared: read as windows-1252, so some characters may be wrong".to_string()
        } else {
            format!(
                "malformed {} bytes were replaced with U+FFFD",
                decoded.encoding
            )
        };
        tracing::debug!(%source, %message, "lossy decoding");
        parsed.warnings.push(InputError {
            source: source.to_string(),
            message,
        });
    }
    Ok(parsed)
}

/// A plain-text or HTML input: one document named by its path.
fn single_document(source: &str, body: Body) -> Result<Parsed, ReadError> {
    let content = match &body {
        Body::Text(text) | Body::Html(text) => text,
    };
    if content.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(Parsed {
        documents: vec![RawDocument::new(source, body)],
        ..Parsed::default()
    })
}
