//! Properties of figure extraction on arbitrary text: no panic, evidence
//! always inside the text on character boundaries, ids unique, spans in
//! order and not overlapping.

use parallax_analyze::{figures::extract_figures, split_sentences};
use parallax_core::Span;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1,200".to_string()),
        Just("3.5".to_string()),
        Just("$".to_string()),
        Just("€".to_string()),
        Just("£".to_string()),
        Just("US$".to_string()),
        Just("4.2bn".to_string()),
        Just("%".to_string()),
        Just(" percent".to_string()),
        Just(" per cent".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just(" between ".to_string()),
        Just(" and ".to_string()),
        Just(" to ".to_string()),
        Just(" from ".to_string()),
        Just(" or ".to_string()),
        Just(" nearly ".to_string()),
        Just(" at least ".to_string()),
        Just(" approx. ".to_string()),
        Just(" twenty-one ".to_string()),
        Just(" two-thirds of ".to_string()),
        Just(" half a million ".to_string()),
        Just(" a dozen ".to_string()),
        Just(" tens of thousands ".to_string()),
        Just(" hundreds ".to_string()),
        Just(" million ".to_string()),
        Just(" km ".to_string()),
        Just(" people were killed".to_string()),
        Just(" missing".to_string()),
        Just(" March ".to_string()),
        Just("14:05".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("+".to_string()),
        Just("'".to_string()),
        Just("_".to_string()),
        "[0-9]{1,9}",
        "[0-9.,:/-]{1,8}",
        "[a-zA-Zéß ]{0,12}",
        "\\PC{0,6}",
    ]
}

fn check(text: &str, sentences: &[Span]) -> Result<(), TestCaseError> {
    let figs = extract_figures("p", text, sentences);
    let mut last_end = 0;
    for (n, f) in figs.iter().enumerate() {
        prop_assert_eq!(&f.id, &format!("p-f{}", n + 1));
        prop_assert!(f.evidence.start < f.evidence.end);
        prop_assert!(f.evidence.end <= text.len());
        prop_assert!(text.is_char_boundary(f.evidence.start));
        prop_assert!(text.is_char_boundary(f.evidence.end));
        prop_assert_eq!(f.evidence.slice(text), Some(f.text.as_str()));
        prop_assert!(f.evidence.start >= last_end);
        prop_assert!(f.value.is_finite());
        last_end = f.evidence.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn evidence_is_always_valid(parts in proptest::collection::vec(piece(), 0..40)) {
        let text: String = parts.concat();
        check(&text, &split_sentences(&text))?;
        check(&text, &[])?;
    }

    #[test]
    fn never_panics_on_any_text_or_spans(
        text in "\\PC{0,200}",
        spans in proptest::collection::vec((0usize..260, 0usize..260), 0..6),
    ) {
        let spans: Vec<Span> = spans.into_iter().map(|(a, b)| Span::new(a, b)).collect();
        check(&text, &spans)?;
        check(&text, &split_sentences(&text))?;
    }
}
