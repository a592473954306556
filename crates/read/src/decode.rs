//! Bytes to text: byte-order marks, UTF-8, legacy encodings, and the
//! clean-up of line endings and control characters.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into an HTML file a `<meta charset>` declaration is looked for.
/// Browsers pre-scan 1024 bytes; scraped pages often carry a longer head
/// prologue, so a little more is searched.
const META_PRESCAN_BYTES: usize = 2048;

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Name of the encoding used (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
    /// True when the text may differ from what the author wrote: malformed
    /// bytes were replaced with U+FFFD, or the encoding had to be guessed.
    pub lossy: bool,
}

/// Decodes bytes of unknown encoding: a byte-order mark wins, then UTF-8,
/// then a Windows-1252 guess (the usual encoding of legacy Western text).
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_with_declared(bytes, None)
}

/// Like [`decode`], but honours a `<meta charset=…>` or http-equiv
/// content-type declaration found at the start of an HTML document when
/// the bytes have no byte-order mark and are not valid UTF-8.
pub fn decode_html(bytes: &[u8]) -> Decoded {
    decode_with_declared(bytes, meta_charset(bytes))
}

fn decode_with_declared(bytes: &[u8], declared: Option<&'static Encoding>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(rest);
        return Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            lossy: had_errors,
        };
    }
    // Valid UTF-8 wins over a declaration: text in a legacy encoding is
    // almost never valid UTF-8 by accident, while pages re-saved as UTF-8
    // often keep their old `<meta charset>`.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_string(),
            encoding: UTF_8.name(),
            lossy: false,
        };
    }
    if let Some(encoding) = declared {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        return Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            lossy: had_errors,
        };
    }
    // Mostly UTF-8 with a few broken bytes (a bad concatenation, a
    // truncated download) is better read as UTF-8 with replacements than
    // as Windows-1252, which would garble every accented letter.
    let encoding = if mostly_utf8(bytes) {
        UTF_8
    } else {
        WINDOWS_1252
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        lossy: true,
    }
}

/// True when valid multi-byte UTF-8 sequences outnumber invalid bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                valid_multibyte += text.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(error) => {
                let (good, after) = rest.split_at(error.valid_up_to());
                valid_multibyte += String::from_utf8_lossy(good)
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .count();
                // `error_len` is None only for a sequence cut off at the end.
                let bad_len = error.error_len().unwrap_or(after.len()).max(1);
                invalid += 1;
                rest = after.get(bad_len..).unwrap_or_default();
            }
        }
    }
    valid_multibyte > invalid
}

/// The encoding declared by a `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` tag in
/// the first bytes of an HTML document.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..META_PRESCAN_BYTES).unwrap_or(bytes);
    let head = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(offset) = find(&head[from..], b"<meta") {
        let tag_start = from + offset;
        let tag_end = find(&head[tag_start..], b">").map_or(head.len(), |end| tag_start + end);
        let tag = &head[tag_start..tag_end];
        if let Some(encoding) = charset_in_tag(tag) {
            return Some(encoding);
        }
        from = tag_end;
    }
    None
}

/// Reads `charset = label` inside one (lower-cased) meta tag. Both forms
/// of the declaration contain that pattern.
fn charset_in_tag(tag: &[u8]) -> Option<&'static Encoding> {
    let at = find(tag, b"charset")?;
    let rest = &tag[at + b"charset".len()..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    // As browsers do: a declared UTF-16 means UTF-8 (the declaration was
    // readable as ASCII, so the bytes cannot be UTF-16), and the
    // "replacement" labels are refused.
    Encoding::for_label_no_replacement(&rest[..end]).map(Encoding::output_encoding)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// Normalises decoded text for the pipeline: CRLF and lone CR become LF,
/// vertical tab and form feed become LF (they separate lines or pages),
/// tabs and newlines are kept, and other control characters — C0, DEL and
/// C1, which never carry text — are dropped, as is a leading U+FEFF.
pub fn normalize_text(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Fast path: nothing to change in most inputs. C1 controls are
    // two-byte sequences starting 0xC2, so they are checked apart.
    let needs_work = text
        .bytes()
        .any(|b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f)
        || text.contains(|c: char| ('\u{80}'..='\u{9f}').contains(&c));
    if !needs_work {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{0b}' | '\u{0c}' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        bytes
    }

    fn utf16be_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        bytes
    }

    #[test]
    fn plain_utf8() {
        let decoded = decode("Café – “quoted”".as_bytes());
        assert_eq!(decoded.text, "Café – “quoted”");
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(!decoded.lossy);
    }

    #[test]
    fn utf8_bom_is_removed() {
        let decoded = decode(b"\xEF\xBB\xBFHello");
        assert_eq!(decoded.text, "Hello");
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(!decoded.lossy);
    }

    #[test]
    fn utf16_little_and_big_endian() {
        let text = "Лавров said “no” — 50 %";
        let le = decode(&utf16le_with_bom(text));
        assert_eq!(le.text, text);
        assert_eq!(le.encoding, "UTF-16LE");
        assert!(!le.lossy);
        let be = decode(&utf16be_with_bom(text));
        assert_eq!(be.text, text);
        assert_eq!(be.encoding, "UTF-16BE");
    }

    #[test]
    fn odd_length_utf16_is_lossy_not_a_panic() {
        let mut bytes = utf16le_with_bom("abc");
        bytes.push(0x41);
        let decoded = decode(&bytes);
        assert!(decoded.text.starts_with("abc"));
        assert!(decoded.lossy);
    }

    #[test]
    fn windows_1252_fallback() {
        // “Café” with curly quotes in Windows-1252.
        let decoded = decode(b"\x93Caf\xe9\x94 opened");
        assert_eq!(decoded.text, "“Café” opened");
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.lossy, "a guessed encoding is flagged");
    }

    #[test]
    fn mostly_utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "Café, naïve, résumé ".as_bytes().to_vec();
        bytes.push(0xFF);
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, "Café, naïve, résumé \u{FFFD}");
        assert!(decoded.lossy);
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        let decoded = decode_html(page);
        assert!(decoded.text.contains("café"));
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(!decoded.lossy);
    }

    #[test]
    fn html_http_equiv_charset_is_honoured() {
        // 0xCF 0xF0 is "Пр" in windows-1251; not valid UTF-8.
        let page = b"<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'></HEAD>\xcf\xf0";
        let decoded = decode_html(page);
        assert!(decoded.text.ends_with("Пр"), "{}", decoded.text);
        assert_eq!(decoded.encoding, "windows-1251");
    }

    #[test]
    fn meta_charset_utf16_means_utf8_and_junk_labels_are_ignored() {
        assert_eq!(meta_charset(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(meta_charset(b"<meta charset=\"no-such-thing\">"), None);
        assert_eq!(meta_charset(b"<meta charset="), None);
        assert_eq!(
            meta_charset(b"<meta name=x><meta charset='Shift_JIS'>"),
            Some(encoding_rs::SHIFT_JIS)
        );
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"windows-1252\"><p>Café</p>".as_bytes();
        let decoded = decode_html(page);
        assert!(decoded.text.contains("Café"));
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn normalize_line_endings_and_controls() {
        assert_eq!(
            normalize_text("\u{feff}a\r\nb\rc\n\td\u{0}\u{7}e\u{1b}[0m\u{0c}f\u{85}g"),
            "a\nb\nc\n\tde[0m\nfg"
        );
    }
}
