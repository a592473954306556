//! Which format a file is in: from its extension, or sniffed from its
//! content; and the checks that refuse binary and unsupported files.

use std::path::Path;

/// How many leading bytes are inspected to tell text from binary.
const BINARY_PROBE_BYTES: usize = 8192;

/// Share of control bytes above which a file is taken for binary. Text in
/// any ASCII-compatible encoding has almost none besides tabs and newlines.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// Input formats the reader understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (also Markdown): one document.
    Text,
    /// An HTML page: one document.
    Html,
    /// One JSON record per line.
    JsonLines,
    /// A JSON array of records, or a single record object.
    Json,
}

impl Format {
    /// The format named by a path's extension (case-insensitive), if it is
    /// one the reader knows.
    pub fn from_path(path: &str) -> Option<Format> {
        let extension = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" | "md" | "markdown" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// What sniffing the content found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sniffed {
    Format(Format),
    /// A known format the reader does not handle (yet), in words.
    Unsupported(&'static str),
}

/// Guesses the format of decoded text from its first non-space character.
pub(crate) fn sniff(text: &str) -> Sniffed {
    let trimmed = text.trim_start();
    match trimmed.chars().next() {
        Some('<') => sniff_markup(trimmed),
        Some('{') => Sniffed::Format(Format::JsonLines),
        Some('[') => Sniffed::Format(Format::Json),
        _ if trimmed.starts_with("WARC/") => {
            Sniffed::Unsupported("WARC archive (not supported yet)")
        }
        _ => Sniffed::Format(Format::Text),
    }
}

/// Element names that mark the start of an HTML page or fragment.
const HTML_START_TAGS: &[&str] = &[
    "html",
    "head",
    "body",
    "meta",
    "title",
    "link",
    "base",
    "script",
    "style",
    "p",
    "div",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "br",
    "hr",
    "img",
    "article",
    "main",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "blockquote",
    "pre",
    "figure",
    "form",
    "center",
    "font",
];

/// Text starting with `<`: HTML if the first tag is an HTML one, a feed if
/// it is RSS/Atom, else plain text (e.g. "<Breaking> news").
fn sniff_markup(text: &str) -> Sniffed {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<!--") {
        return Sniffed::Format(Format::Html);
    }
    if head.starts_with("<?xml") || head.starts_with("<!doctype") {
        // An XML prologue: XHTML, a feed, or some other XML.
        let first_element = head
            .match_indices('<')
            .map(|(at, _)| tag_name(&head[at + 1..]))
            .find(|name| !name.is_empty());
        return match first_element {
            Some("rss" | "feed" | "rdf:rdf") => {
                Sniffed::Unsupported("RSS/Atom feed (not supported yet)")
            }
            Some("html") => Sniffed::Format(Format::Html),
            _ => Sniffed::Unsupported("XML document that is not HTML"),
        };
    }
    let name = tag_name(&head[1..]);
    if HTML_START_TAGS.contains(&name) {
        return Sniffed::Format(Format::Html);
    }
    match name {
        "rss" | "feed" => Sniffed::Unsupported("RSS/Atom feed (not supported yet)"),
        _ => Sniffed::Format(Format::Text),
    }
}

/// The element name at the start of `after_lt` (the text after a `<`), or
/// "" when no element starts there (`<!--`, `<?`, `< 5`).
fn tag_name(after_lt: &str) -> &str {
    let end = after_lt
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '-'))
        .unwrap_or(after_lt.len());
    let name = &after_lt[..end];
    // A real tag name is followed by whitespace, `>` or `/`.
    match after_lt[end..].chars().next() {
        None | Some('>' | '/') => name,
        Some(c) if c.is_ascii_whitespace() => name,
        _ => "",
    }
}

/// Why bytes cannot be read as text, if they cannot: a known binary or
/// compressed format, NUL bytes, or a high share of control bytes.
/// Files with a UTF-16 byte-order mark are text despite their NUL bytes.
pub(crate) fn binary_reason(bytes: &[u8]) -> Option<String> {
    if let Some(kind) = known_binary_format(bytes) {
        return Some(kind.to_string());
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let probe = bytes.get(..BINARY_PROBE_BYTES).unwrap_or(bytes);
    if probe.contains(&0) {
        return Some(
            "binary file (it contains NUL bytes; if it is UTF-16 text, save it with a byte-order mark)"
                .to_string(),
        );
    }
    let controls = probe
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1b))
        .count();
    if !probe.is_empty() && controls as f64 / probe.len() as f64 > MAX_CONTROL_SHARE {
        return Some("binary file (it is mostly control bytes)".to_string());
    }
    None
}

/// Common binary formats that people feed to text tools by mistake, named
/// so that the error says what to do.
fn known_binary_format(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x1f\x8b", "gzip-compressed file; decompress it first"),
        (
            b"PK\x03\x04",
            "ZIP archive or office document; extract the text first",
        ),
        (b"%PDF-", "PDF document; convert it to text first"),
        (b"BZh", "bzip2-compressed file; decompress it first"),
        (b"\xfd7zXZ\x00", "xz-compressed file; decompress it first"),
        (
            b"\x28\xb5\x2f\xfd",
            "zstd-compressed file; decompress it first",
        ),
        (b"\x89PNG", "PNG image, not text"),
        (b"\xff\xd8\xff", "JPEG image, not text"),
        (b"GIF8", "GIF image, not text"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| *what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_are_case_insensitive() {
        assert_eq!(Format::from_path("a/B.TXT"), Some(Format::Text));
        assert_eq!(Format::from_path("notes.md"), Some(Format::Text));
        assert_eq!(Format::from_path("x.Htm"), Some(Format::Html));
        assert_eq!(Format::from_path("x.xhtml"), Some(Format::Html));
        assert_eq!(Format::from_path("x.NDJSON"), Some(Format::JsonLines));
        assert_eq!(Format::from_path("x.jsonl"), Some(Format::JsonLines));
        assert_eq!(Format::from_path("x.json"), Some(Format::Json));
        assert_eq!(Format::from_path("x.csv"), None);
        assert_eq!(Format::from_path("-"), None);
        assert_eq!(Format::from_path("README"), None);
    }

    #[test]
    fn sniffing() {
        let html = Sniffed::Format(Format::Html);
        assert_eq!(sniff("  <!DOCTYPE html><html>"), html);
        assert_eq!(sniff("<html lang=en>"), html);
        assert_eq!(sniff("\n<p>Hello</p>"), html);
        assert_eq!(sniff("<div class=x>"), html);
        assert_eq!(sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"), html);
        assert_eq!(sniff("<Breaking> news"), Sniffed::Format(Format::Text));
        assert_eq!(sniff("<politics>"), Sniffed::Format(Format::Text));
        assert_eq!(sniff("< 5 dead"), Sniffed::Format(Format::Text));
        assert_eq!(sniff("{\"text\":1}"), Sniffed::Format(Format::JsonLines));
        assert_eq!(sniff(" [1]"), Sniffed::Format(Format::Json));
        assert_eq!(sniff("Moscow, July 16"), Sniffed::Format(Format::Text));
        assert!(matches!(
            sniff("<?xml version='1.0'?><rss>"),
            Sniffed::Unsupported(_)
        ));
        assert!(matches!(
            sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Sniffed::Unsupported(_)
        ));
        assert!(matches!(sniff("WARC/1.0\r\n"), Sniffed::Unsupported(_)));
        assert_eq!(sniff("<"), Sniffed::Format(Format::Text));
    }

    #[test]
    fn binary_detection() {
        assert!(binary_reason(b"plain text\r\n\twith tabs").is_none());
        assert!(binary_reason(b"abc\x00def").unwrap().contains("NUL"));
        assert!(binary_reason(&[0x01, 0x02, 0x03, b'a'])
            .unwrap()
            .contains("control"));
        assert!(binary_reason(b"\x1f\x8b\x08\x00").unwrap().contains("gzip"));
        assert!(binary_reason(b"%PDF-1.7\n").unwrap().contains("PDF"));
        assert!(
            binary_reason(&[0xFF, 0xFE, b'a', 0x00]).is_none(),
            "UTF-16 with BOM is text"
        );
    }
}
