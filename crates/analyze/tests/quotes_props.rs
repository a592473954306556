//! Properties of quote extraction on arbitrary text: no panic, evidence
//! always inside the text on character boundaries.

use parallax_analyze::{quotes::extract_quotes, split_sentences};
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("''".to_string()),
        Just("\n\n".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just(" — ".to_string()),
        Just(" said ".to_string()),
        Just(" told ".to_string()),
        Just(" according to ".to_string()),
        Just(" that ".to_string()),
        Just(" he ".to_string()),
        Just("Ada Brenwick".to_string()),
        Just(" the ministry ".to_string()),
        "[a-zA-Zéß ]{0,12}",
    ]
}

proptest! {
    #[test]
    fn evidence_is_always_valid(parts in proptest::collection::vec(piece(), 0..40)) {
        let text: String = parts.concat();
        let sentences = split_sentences(&text);
        for q in extract_quotes("p", &text, &sentences) {
            prop_assert!(q.evidence.start <= q.evidence.end);
            prop_assert!(q.evidence.slice(&text).is_some());
            if let Some(s) = &q.speaker {
                prop_assert!(s.evidence.slice(&text).is_some());
            }
            if let Some(c) = &q.cue {
                prop_assert!(c.evidence.slice(&text).is_some());
            }
        }
    }
}
