//! `read_bytes` and `decode` take any bytes without panicking.

use parallax_read::{decode, decode_html, read_bytes};
use proptest::prelude::*;

const SOURCES: &[&str] = &[
    "-", "a.txt", "a.md", "a.html", "a.htm", "a.xhtml", "a.jsonl", "a.ndjson", "a.json", "a.bin",
    "noext",
];

/// Bytes that look a little like the inputs, so that the parsers get past
/// their first character more often than with uniform noise.
fn input_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"{\"text\": \"".to_vec()),
        Just(b"\"}\n".to_vec()),
        Just(b"[".to_vec()),
        Just(b",".to_vec()),
        Just(b"]".to_vec()),
        Just(b"<html><meta charset=\"".to_vec()),
        Just(b"<p>".to_vec()),
        Just(b"\xFF\xFE".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\r\n".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..16),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn read_bytes_never_panics(bytes in input_bytes()) {
        for source in SOURCES {
            if let Ok(parsed) = read_bytes(source, &bytes) {
                for error in &parsed.errors {
                    prop_assert!(!error.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn read_bytes_never_panics_on_raw_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        for source in SOURCES {
            let _ = read_bytes(source, &bytes);
        }
    }

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let plain = decode(&bytes);
        let html = decode_html(&bytes);
        if std::str::from_utf8(&bytes).is_ok() && !bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF]) {
            prop_assert!(!plain.lossy);
            prop_assert_eq!(plain.text, html.text);
        }
    }
}
