//! The cleaner never panics, on any text or markup, and what it returns is
//! consistent: paragraph spans lie in the clean text, and every line of the
//! input ends up either in the text or in the audit of removals.

use parallax_clean::{clean, clean_text};
use parallax_core::{Body, RawDocument};
use proptest::prelude::*;

/// Lines that look like news and like noise, to give the rules work.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Share on X".to_string()),
        Just("By Ana Vik | Reporter".to_string()),
        Just("Published: 3 May 2026".to_string()),
        Just("Related stories".to_string()),
        Just("12 Comments".to_string()),
        Just("*Note: figures are provisional.".to_string()),
        Just("The council said on Monday that the road would reopen.".to_string()),
        Just("\u{201c}We will rebuild,\u{201d} the mayor said.".to_string()),
        Just("lol no way!!".to_string()),
        Just("Photo: Jo Vik/NPA".to_string()),
        "[a-zA-Z0-9 .,:;!?'\"()\\-|/©@%£$€*\u{201c}\u{201d}\u{2019}\u{00a0}\u{200b}éñ]{0,80}",
        any::<String>(),
    ]
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), prop::bool::ANY), 0..30).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(l, blank)| if blank { format!("{l}\n") } else { l })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn clean_text_is_consistent(text in document()) {
        let cleaned = clean_text(&text, None);
        for p in &cleaned.paragraphs {
            let slice = cleaned.text.get(p.start..p.end);
            prop_assert!(slice.is_some_and(|s| !s.is_empty()), "bad paragraph span {:?}", p);
        }
        for r in &cleaned.removed {
            prop_assert!(r.at <= cleaned.text.len());
            prop_assert!(!r.text.is_empty());
        }
        // Every word of the input is kept or audited.
        let input_words = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        let kept: usize = cleaned.text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        let removed: usize = cleaned.removed.iter().map(|r| r.text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()).sum();
        prop_assert!(kept + removed >= input_words, "lost words: {} in, {} kept, {} removed", input_words, kept, removed);
    }

    #[test]
    fn clean_never_panics_on_bytes_as_text_or_html(bytes in prop::collection::vec(any::<u8>(), 0..2000), html in prop::bool::ANY) {
        let text = String::from_utf8_lossy(&bytes).to_string();
        let body = if html { Body::Html(format!("<html><body><article><p>{text}</p></article></body></html>")) } else { Body::Text(text) };
        let doc = RawDocument {
            url: Some("not a url".into()),
            published: Some("sometime".into()),
            ..RawDocument::new("prop", body)
        };
        let article = clean(doc, "p".into());
        for p in &article.paragraphs {
            prop_assert!(article.text.get(p.start..p.end).is_some());
        }
    }
}
