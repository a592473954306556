//! The rule-made person names (role splits, given names) never panic and
//! always point at their own text, whatever words surround them.

use parallax_core::EntityType;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("Margaret".to_string()),
            Just("Robert".to_string()),
            Just("Quillfeather’s".to_string()),
            Just("Tarn's".to_string()),
            Just("CEO".to_string()),
            Just("Chief Executive".to_string()),
            Just("Velka Hydro".to_string()),
            Just("LLC".to_string()),
            Just("W.".to_string()),
            Just("Ørsted".to_string()),
            Just("said.".to_string()),
            Just("\n".to_string()),
            "[A-Za-zéØ’.,' ]{0,10}",
        ],
        0..25,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn rule_persons_fit_their_text(t in text()) {
        let found = parallax_entities::find_in_article(&t).expect("the embedded model loads");
        for f in &found {
            prop_assert!(f.start <= f.end);
            let slice = t.get(f.start..f.end);
            prop_assert!(slice.is_some(), "{f:?} in {t:?}");
            if f.kind == EntityType::Person {
                prop_assert!(!f.surface.is_empty());
            }
        }
        // No two people claim the same words.
        let people: Vec<_> = found.iter().filter(|f| f.kind == EntityType::Person).collect();
        for (i, a) in people.iter().enumerate() {
            for b in &people[i + 1..] {
                prop_assert!(a.end <= b.start || b.end <= a.start, "{a:?} {b:?}");
            }
        }
    }
}
