//! Structural properties of `split_sentences` on arbitrary input.

use parallax_analyze::split_sentences;
use proptest::prelude::*;

fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let spans = split_sentences(text);
    let mut prev_end = 0;
    for s in &spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        prop_assert!(s.end <= text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = &text[s.start..s.end];
        prop_assert_eq!(body.trim(), body, "untrimmed span {:?}", s);
        prop_assert!(!body.contains('\n'), "line break in {:?}", body);
        prev_end = s.end;
    }
    // Nothing but whitespace is left out.
    let mut covered = 0;
    for s in &spans {
        prop_assert!(text[covered..s.start].trim().is_empty());
        covered = s.end;
    }
    prop_assert!(text[covered..].trim().is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check_invariants(&text)?;
    }

    #[test]
    fn news_like_alphabet(
        text in "[a-zA-Z0-9 .,;:!?\n\r\t\"'“”‘’«»„()\\[\\]<>…。！？ЖжВ \u{a0}\u{2028}-]{0,300}"
    ) {
        check_invariants(&text)?;
    }

    #[test]
    fn tokens_of_news_prose(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "Mr.", "U.S.", "The", "the", "etc.", "a.m.", "3.5", "No.", "W.",
                "\"Stop!\"", "he", "said.", "<…>", "[…]", "(…)", "...", "…", "?!",
                "(see", "below.)", "[the", "West]", "“Why?”", "«Non.»", "。", "\n",
                "\n\n", "Inc.", "Calif.", "1.", "  ", "Он", "сказал.", "é", "x",
            ]),
            0..60,
        )
    ) {
        let text = parts.join(" ");
        check_invariants(&text)?;
        let glued = parts.concat();
        check_invariants(&glued)?;
    }
}
