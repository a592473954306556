//! Reading inputs of every format, encoding and failure mode through the
//! public API.

use parallax_core::{Body, RawDocument};
use parallax_read::{read_bytes, read_paths, Parsed, ReadError, MAX_FILE_BYTES};
use std::fs;
use std::path::{Path, PathBuf};

fn read_ok(source: &str, bytes: &[u8]) -> Parsed {
    match read_bytes(source, bytes) {
        Ok(parsed) => parsed,
        Err(error) => panic!("{source}: unexpected error: {error}"),
    }
}

fn only_document(parsed: &Parsed) -> &RawDocument {
    assert_eq!(parsed.documents.len(), 1, "{parsed:?}");
    &parsed.documents[0]
}

fn text_of(document: &RawDocument) -> &str {
    match &document.body {
        Body::Text(text) => text,
        Body::Html(html) => panic!("expected text, got HTML: {html}"),
    }
}

fn html_of(document: &RawDocument) -> &str {
    match &document.body {
        Body::Html(html) => html,
        Body::Text(text) => panic!("expected HTML, got text: {text}"),
    }
}

// --- plain text and HTML ----------------------------------------------------

#[test]
fn plain_text_file() {
    let parsed = read_ok(
        "news/a.txt",
        b"Headline\r\n\r\nFirst paragraph.\rSecond.\x07\n",
    );
    let document = only_document(&parsed);
    assert_eq!(document.source, "news/a.txt");
    assert_eq!(text_of(document), "Headline\n\nFirst paragraph.\nSecond.\n");
    assert_eq!(document.id, None);
    assert!(parsed.errors.is_empty() && parsed.warnings.is_empty());
}

#[test]
fn markdown_and_text_extensions_are_text() {
    for source in ["a.md", "a.TEXT", "a.Txt", "a.markdown"] {
        let parsed = read_ok(source, b"<p>not html here</p>");
        assert_eq!(text_of(only_document(&parsed)), "<p>not html here</p>");
    }
}

#[test]
fn html_file() {
    for source in ["page.html", "page.HTM", "page.xhtml"] {
        let parsed = read_ok(source, b"<html><body><p>Hi</p></body></html>");
        let document = only_document(&parsed);
        assert_eq!(document.source, source);
        assert_eq!(html_of(document), "<html><body><p>Hi</p></body></html>");
    }
}

#[test]
fn html_meta_charset_is_used_for_html_files() {
    let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>Caf\xe9</body></html>";
    let parsed = read_ok("page.html", page);
    assert!(html_of(only_document(&parsed)).contains("Café"));
    assert!(
        parsed.warnings.is_empty(),
        "a declared encoding is not a guess"
    );
}

// --- encodings --------------------------------------------------------------

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        let pair = if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

#[test]
fn utf16_files_with_bom() {
    let text = "Лавров: «Мы не будем»\r\nSecond line — ok";
    for little_endian in [true, false] {
        let parsed = read_ok("ru.txt", &utf16(text, little_endian));
        assert_eq!(
            text_of(only_document(&parsed)),
            "Лавров: «Мы не будем»\nSecond line — ok"
        );
        assert!(parsed.warnings.is_empty());
    }
}

#[test]
fn utf16_json_lines() {
    let parsed = read_ok("x.jsonl", &utf16("{\"text\": \"Привет\"}\n", true));
    assert_eq!(text_of(only_document(&parsed)), "Привет");
}

#[test]
fn utf8_bom() {
    let parsed = read_ok("a.json", b"\xEF\xBB\xBF{\"text\": \"caf\xC3\xA9\"}");
    assert_eq!(text_of(only_document(&parsed)), "café");
}

#[test]
fn windows_1252_with_a_warning() {
    let parsed = read_ok("old.txt", b"He said \x93no\x94 in the caf\xe9.");
    assert_eq!(text_of(only_document(&parsed)), "He said “no” in the café.");
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].source, "old.txt");
    assert!(parsed.warnings[0].message.contains("windows-1252"));
}

// --- JSON Lines -------------------------------------------------------------

#[test]
fn json_lines_with_a_bad_middle_line() {
    let input = concat!(
        "{\"id\": 7, \"text\": \"First.\", \"url\": \"https://a.example/1\", \"outlet\": \"A\", ",
        "\"title\": \"T1\", \"published\": \"2021-07-16\", \"language\": \"en\"}\r\n",
        "\n",
        "{\"text\": \"broken\"\n",
        "   \n",
        "{\"id\": \"x-2\", \"html\": \"<p>Second</p>\"}\n",
    );
    let parsed = read_ok("feed.jsonl", input.as_bytes());
    assert_eq!(parsed.documents.len(), 2);
    let first = &parsed.documents[0];
    assert_eq!(first.source, "feed.jsonl#1");
    assert_eq!(first.id.as_deref(), Some("7"));
    assert_eq!(first.url.as_deref(), Some("https://a.example/1"));
    assert_eq!(first.outlet.as_deref(), Some("A"));
    assert_eq!(first.title.as_deref(), Some("T1"));
    assert_eq!(first.published.as_deref(), Some("2021-07-16"));
    assert_eq!(first.language.as_deref(), Some("en"));
    assert_eq!(text_of(first), "First.");
    let second = &parsed.documents[1];
    assert_eq!(second.source, "feed.jsonl#5");
    assert_eq!(second.id.as_deref(), Some("x-2"));
    assert_eq!(html_of(second), "<p>Second</p>");
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].source, "feed.jsonl#3");
    assert!(
        parsed.errors[0].message.starts_with("invalid JSON"),
        "{:?}",
        parsed.errors
    );
}

#[test]
fn bad_records_are_named() {
    let input = concat!(
        "[1, 2]\n",
        "{\"title\": \"no body\"}\n",
        "{\"text\": \"   \"}\n",
        "{\"text\": 5}\n",
        "{\"text\": \"fine\"}\n",
    );
    let parsed = read_ok("r.ndjson", input.as_bytes());
    assert_eq!(parsed.documents.len(), 1);
    assert_eq!(parsed.documents[0].source, "r.ndjson#5");
    let errors: Vec<(&str, &str)> = parsed
        .errors
        .iter()
        .map(|e| (e.source.as_str(), e.message.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            ("r.ndjson#1", "record is not a JSON object (found an array)"),
            ("r.ndjson#2", "record has no `text` or `html` field"),
            ("r.ndjson#3", "field `text` is empty"),
            ("r.ndjson#4", "field `text` is a number, not a string"),
        ]
    );
}

#[test]
fn field_aliases() {
    let input = concat!(
        "{\"content\": \"Body one\", \"date\": \"2021-08-01\", \"source\": \"Site\"}\n",
        "{\"body\": \"<div><p>Markup</p></div>\", \"published_at\": \"2021-08-02\", \"site\": \"S2\"}\n",
        "{\"text\": \"t\", \"publication_date\": \"2021-08-03\", \"source\": {\"id\": \"x\", \"name\": \"News API Name\"}}\n",
        "{\"text\": \"t\", \"html\": \"<p>ignored</p>\", \"id\": 1.5, \"title\": \"  \"}\n",
    );
    let parsed = read_ok("a.jsonl", input.as_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let docs = &parsed.documents;
    assert_eq!(text_of(&docs[0]), "Body one");
    assert_eq!(docs[0].published.as_deref(), Some("2021-08-01"));
    assert_eq!(docs[0].outlet.as_deref(), Some("Site"));
    assert_eq!(html_of(&docs[1]), "<div><p>Markup</p></div>");
    assert_eq!(docs[1].published.as_deref(), Some("2021-08-02"));
    assert_eq!(docs[1].outlet.as_deref(), Some("S2"));
    assert_eq!(docs[2].published.as_deref(), Some("2021-08-03"));
    assert_eq!(docs[2].outlet.as_deref(), Some("News API Name"));
    assert_eq!(text_of(&docs[3]), "t", "text wins over html");
    assert_eq!(docs[3].id.as_deref(), Some("1.5"));
    assert_eq!(docs[3].title, None, "blank metadata is no metadata");
}

#[test]
fn jsonl_that_is_not_json_at_all_is_one_error() {
    let parsed = read_ok("a.jsonl", b"hello\nworld\n");
    assert!(parsed.documents.is_empty());
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].source, "a.jsonl");
    assert!(parsed.errors[0]
        .message
        .starts_with("not JSON Lines (line 1"));
}

// --- JSON -------------------------------------------------------------------

#[test]
fn json_array() {
    let parsed = read_ok(
        "arr.JSON",
        br#"[{"text": "one", "title": "A"}, {"html": "<p>two</p>"}, "junk"]"#,
    );
    assert_eq!(parsed.documents.len(), 2);
    assert_eq!(parsed.documents[0].source, "arr.JSON#1");
    assert_eq!(parsed.documents[1].source, "arr.JSON#2");
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].source, "arr.JSON#3");
}

#[test]
fn json_single_record() {
    let parsed = read_ok(
        "one.json",
        b"{\n  \"text\": \"Only one\",\n  \"id\": \"a\"\n}\n",
    );
    let document = only_document(&parsed);
    assert_eq!(document.source, "one.json");
    assert_eq!(document.id.as_deref(), Some("a"));
}

#[test]
fn json_wrapper_object() {
    let parsed = read_ok(
        "api.json",
        br#"{"status": "ok", "articles": [{"title": "A", "content": "Body"}]}"#,
    );
    assert_eq!(only_document(&parsed).source, "api.json#1");
}

#[test]
fn json_file_holding_json_lines() {
    let parsed = read_ok("mixup.json", b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    assert_eq!(parsed.documents.len(), 2);
    assert_eq!(parsed.documents[1].source, "mixup.json#2");
}

#[test]
fn truncated_json_array_keeps_complete_records() {
    let input = b"[\n  {\"text\": \"one\"},\n  {\"text\": \"two\"},\n  {\"text\": \"thr";
    let parsed = read_ok("cut.json", input);
    assert_eq!(parsed.documents.len(), 2);
    assert_eq!(parsed.errors.len(), 1);
    let error = &parsed.errors[0];
    assert_eq!(error.source, "cut.json");
    assert!(error.message.contains("line 4 column"), "{}", error.message);
    assert!(
        error.message.contains("2 complete records"),
        "{}",
        error.message
    );
}

#[test]
fn json_errors_for_the_whole_file() {
    let broken = read_bytes("b.json", b"[{\"text\": ");
    assert!(
        matches!(&broken, Err(ReadError::InvalidJson(m)) if m.contains("line 1")),
        "{broken:?}"
    );
    assert!(matches!(
        read_bytes("e.json", b" [ ] "),
        Err(ReadError::NoRecords)
    ));
    assert!(matches!(
        read_bytes("s.json", b"\"just a string\""),
        Err(ReadError::InvalidJson(_))
    ));
    assert!(matches!(
        read_bytes("o.json", b"{\"text\": \"a\"} junk"),
        Err(ReadError::InvalidJson(_))
    ));
}

// --- whole-file errors ------------------------------------------------------

#[test]
fn empty_inputs() {
    for (source, bytes) in [
        ("a.txt", &b""[..]),
        ("a.txt", b"  \n\t\r\n "),
        ("a.html", b"\n"),
        ("a.jsonl", b"   "),
        ("a.json", b"\xEF\xBB\xBF  "),
        ("-", b""),
        ("-", b"\n\n"),
    ] {
        let result = read_bytes(source, bytes);
        assert!(
            matches!(result, Err(ReadError::Empty)),
            "{source} {bytes:?}: {result:?}"
        );
    }
    assert_eq!(ReadError::Empty.to_string(), "empty file");
}

#[test]
fn binary_inputs() {
    let result = read_bytes("photo.txt", b"abc\x00\x01\x02def");
    assert!(
        matches!(&result, Err(ReadError::NotText(m)) if m.contains("NUL")),
        "{result:?}"
    );
    let result = read_bytes("-", &[0x1f, 0x8b, 0x08, 0x00, 0x00]);
    assert!(
        matches!(&result, Err(ReadError::NotText(m)) if m.contains("gzip")),
        "{result:?}"
    );
    let controls: Vec<u8> = (0..100u8)
        .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
        .collect();
    assert!(matches!(
        read_bytes("a.json", &controls),
        Err(ReadError::NotText(_))
    ));
}

#[test]
fn too_large_input() {
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap();
    let bytes = vec![b'a'; limit + 1];
    let result = read_bytes("big.txt", &bytes);
    assert!(
        matches!(result, Err(ReadError::TooLarge { bytes: Some(_) })),
        "{result:?}"
    );
    let message = result.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(message, "too large (64.0 MiB); the limit is 64 MiB");
}

#[test]
fn unsupported_formats_are_named() {
    let feed = read_bytes("-", b"<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>");
    assert!(
        matches!(&feed, Err(ReadError::Unsupported(m)) if m.contains("RSS")),
        "{feed:?}"
    );
    let warc = read_bytes("crawl.warc", b"WARC/1.0\r\nWARC-Type: response\r\n");
    assert!(matches!(warc, Err(ReadError::Unsupported(_))));
}

// --- sniffing (stdin and unknown extensions) -------------------------------

#[test]
fn stdin_sniffing() {
    let html = read_ok("-", b"  <!DOCTYPE html><html><body>x</body></html>");
    assert_eq!(only_document(&html).source, "-");
    html_of(only_document(&html));

    let fragment = read_ok("-", b"<p>Paragraph</p>");
    html_of(only_document(&fragment));

    let lines = read_ok("-", b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    assert_eq!(lines.documents.len(), 2);
    assert_eq!(lines.documents[1].source, "-#2");

    let pretty = read_ok("-", b"{\n \"text\": \"pretty\"\n}\n");
    assert_eq!(only_document(&pretty).source, "-");

    let array = read_ok("-", b"[{\"text\": \"a\"}]");
    assert_eq!(only_document(&array).source, "-#1");

    let text = read_ok("-", b"<Breaking> Moscow says no.");
    assert_eq!(text_of(only_document(&text)), "<Breaking> Moscow says no.");

    let plain = read_ok("-", b"Just words.");
    assert_eq!(text_of(only_document(&plain)), "Just words.");
}

#[test]
fn unknown_extension_is_sniffed() {
    let parsed = read_ok("page.php", b"<html><p>x</p></html>");
    html_of(only_document(&parsed));
    let parsed = read_ok("README", b"Plain words");
    text_of(only_document(&parsed));
}

#[test]
fn windows_1252_html_without_declaration_is_sniffed_and_decoded() {
    let parsed = read_ok("-", b"<html><body>\x93Quote\x94</body></html>");
    assert!(html_of(only_document(&parsed)).contains("“Quote”"));
    assert_eq!(parsed.warnings.len(), 1);
}

// --- the filesystem ---------------------------------------------------------

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let unique = format!(
            "parallax-read-{name}-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default()
        );
        let path = std::env::temp_dir().join(unique);
        fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, relative: &str, bytes: &[u8]) {
        let path = self.0.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(path, bytes).unwrap();
    }

    fn display(&self, relative: &str) -> String {
        self.0.join(relative).display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn directory_walk_order_skips_and_errors() {
    let dir = TempDir::new("walk");
    dir.write("b.txt", b"B text");
    dir.write("a.html", b"<p>A</p>");
    dir.write("C.md", b"C text");
    dir.write("sub/z.jsonl", b"{\"text\": \"z1\"}\n{\"text\": \"z2\"}\n");
    dir.write("sub/a.TXT", b"sub a");
    dir.write("aa/empty.txt", b"");
    dir.write("notes.csv", b"a,b");
    dir.write("README.md", b"About this corpus");
    dir.write(".hidden.txt", b"hidden");
    dir.write(".git/config.txt", b"hidden too");
    dir.write("zz.json", b"[{\"text\": \"ok\"}, {\"text\":");

    let outcome = read_paths(std::slice::from_ref(&dir.0));
    let sources: Vec<&str> = outcome
        .documents
        .iter()
        .map(|d| d.source.as_str())
        .collect();
    let expected = [
        dir.display("C.md"),
        dir.display("a.html"),
        dir.display("b.txt"),
        dir.display("sub/a.TXT"),
        format!("{}#1", dir.display("sub/z.jsonl")),
        format!("{}#2", dir.display("sub/z.jsonl")),
        format!("{}#1", dir.display("zz.json")),
    ];
    assert_eq!(sources, expected);
    assert_eq!(
        outcome.skipped,
        [dir.display("README.md"), dir.display("notes.csv")]
    );
    let errors: Vec<(String, String)> = outcome
        .errors
        .iter()
        .map(|e| (e.source.clone(), e.message.clone()))
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(
        errors[0],
        (dir.display("aa/empty.txt"), "empty file".to_string())
    );
    assert_eq!(errors[1].0, dir.display("zz.json"));
}

#[test]
fn explicit_files_missing_paths_and_hidden_files() {
    let dir = TempDir::new("explicit");
    dir.write(".hidden.txt", b"explicitly given");
    dir.write("data.dat", b"{\"text\": \"sniffed\"}");
    let missing = dir.0.join("missing.txt");
    let outcome = read_paths(&[
        dir.0.join(".hidden.txt"),
        missing.clone(),
        dir.0.join("data.dat"),
    ]);
    assert_eq!(outcome.documents.len(), 2);
    assert_eq!(
        outcome.documents[1].source,
        format!("{}#1", dir.display("data.dat"))
    );
    assert_eq!(outcome.errors.len(), 1);
    assert_eq!(outcome.errors[0].source, missing.display().to_string());
    assert!(outcome.errors[0].message.starts_with("cannot open: "));
    assert!(outcome.skipped.is_empty());
}

#[cfg(unix)]
#[test]
fn symlink_cycles_are_walked_once() {
    let dir = TempDir::new("cycle");
    dir.write("sub/a.txt", b"A");
    std::os::unix::fs::symlink(&dir.0, dir.0.join("sub/loop")).unwrap();
    let outcome = read_paths(std::slice::from_ref(&dir.0));
    assert_eq!(outcome.documents.len(), 1, "{outcome:?}");
}

#[test]
fn nothing_to_read() {
    let outcome = read_paths(&[]);
    assert!(outcome.documents.is_empty() && outcome.errors.is_empty());
    let dir = TempDir::new("empty");
    let outcome = read_paths(std::slice::from_ref(&dir.0));
    assert!(outcome.documents.is_empty() && outcome.errors.is_empty());
    assert!(Path::new(&dir.0).is_dir());
}
