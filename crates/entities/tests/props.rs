//! Entity finding and resolution never panic, and every mention they
//! return points at a slice of its article's text.

use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){0,2}(, (the )?[a-z]{3,9} (of|to) [A-Z][a-z]{2,8})?[.,]? ?",
        prop::collection::vec(
            prop_oneof![
                Just("Foreign Minister Anna Vik".to_string()),
                Just("Vik".to_string()),
                Just("the U.S.".to_string()),
                Just("American".to_string()),
                Just("said".to_string()),
                Just(", the deputy head of the agency,".to_string()),
                Just("Oslo".to_string()),
                Just("’s".to_string()),
                Just("\n".to_string()),
                "[A-Za-zéØ’.,' ]{0,12}",
            ],
            0..30
        )
        .prop_map(|parts| parts.join(" ")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn entities_never_panic_and_spans_fit(a in text(), b in text()) {
        let articles = [("a", a.as_str()), ("b", b.as_str())];
        let entities = parallax_entities::entities(&articles).expect("the embedded model loads");
        for e in &entities {
            prop_assert!(!e.mentions.is_empty());
            for m in &e.mentions {
                let text = if m.article == "a" { &a } else { &b };
                prop_assert!(text.get(m.start..m.end).is_some(), "bad span {:?}", m);
            }
        }
    }
}
