//! The filesystem side of reading: files, directory walks and stdin.

use crate::{read_bytes, Format, ReadError, ReadOutcome, MAX_FILE_BYTES};
use std::collections::HashSet;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Documentation files that sit next to articles in a corpus folder and
/// share their extensions (`README.md`, `LICENSE.txt`): skipped in
/// directory walks, read when named explicitly.
const NOT_ARTICLES: &[&str] = &[
    "readme",
    "license",
    "licence",
    "changelog",
    "copying",
    "contributing",
];

/// Reads a path given by the user: a file in any format, or a directory.
pub(crate) fn read_path(path: &Path, outcome: &mut ReadOutcome) {
    let shown = path.display().to_string();
    match fs::metadata(path) {
        Err(error) => outcome.add_error(shown, ReadError::Open(error)),
        Ok(metadata) if metadata.is_dir() => {
            let mut visited = HashSet::new();
            walk_dir(path, outcome, &mut visited);
        }
        // Regular files, and also pipes: `parallax analyze <(curl …)`.
        Ok(_) => read_file(path, &shown, outcome),
    }
}

/// Walks a directory recursively. Entries are visited in byte order of
/// their names so that every run sees the same documents in the same
/// order; hidden entries (`.git`, `.DS_Store`) are skipped, and so are
/// files without a known extension (listed in `skipped`).
fn walk_dir(dir: &Path, outcome: &mut ReadOutcome, visited: &mut HashSet<PathBuf>) {
    let dir_shown = dir.display().to_string();
    // Symbolic links may form a cycle; each real directory is walked once.
    if let Ok(canonical) = fs::canonicalize(dir) {
        if !visited.insert(canonical) {
            tracing::debug!(dir = %dir_shown, "directory already walked (symbolic link cycle?)");
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => return outcome.add_error(dir_shown, ReadError::Directory(error)),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name()),
            Err(error) => outcome.add_error(dir_shown.clone(), ReadError::Directory(error)),
        }
    }
    names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
    for name in names {
        if name.as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = dir.join(&name);
        let shown = path.display().to_string();
        // `metadata` follows symbolic links: a linked file or directory is
        // read like the real one, a dangling link is an error.
        match fs::metadata(&path) {
            Err(error) => outcome.add_error(shown, ReadError::Open(error)),
            Ok(metadata) if metadata.is_dir() => walk_dir(&path, outcome, visited),
            Ok(metadata) if metadata.is_file() && is_article_file(&path) => {
                read_file(&path, &shown, outcome)
            }
            // Unknown extensions, documentation files, and pipes or sockets
            // that could block.
            Ok(_) => {
                tracing::debug!(path = %shown, "skipped");
                outcome.skipped.push(shown);
            }
        }
    }
}

fn is_article_file(path: &Path) -> bool {
    let known_format = Format::from_path(&path.to_string_lossy()).is_some();
    let stem = path
        .file_name()
        .map(|name| name.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let stem = stem.split('.').next().unwrap_or_default();
    known_format && !NOT_ARTICLES.contains(&stem)
}

fn read_file(path: &Path, shown: &str, outcome: &mut ReadOutcome) {
    let result = load_file(path).and_then(|bytes| read_bytes(shown, &bytes));
    outcome.add_result(shown, result);
}

fn load_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Open)?;
    // Refuse an oversized file before reading it into memory.
    if let Ok(metadata) = file.metadata() {
        if metadata.len() > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge {
                bytes: Some(metadata.len()),
            });
        }
    }
    read_limited(file)
}

pub(crate) fn read_stdin() -> Result<Vec<u8>, ReadError> {
    read_limited(std::io::stdin().lock())
}

/// Reads at most one byte more than the limit, so a stream (or a file that
/// grew) cannot exhaust memory.
fn read_limited(reader: impl Read) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: None });
    }
    Ok(bytes)
}
