//! No input makes the extractor panic, and spans are always valid.
use chrono::NaiveDate;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_panics(s in "\\PC{0,200}", y in 1i32..9000, doy in 1u32..366) {
        let anchor = NaiveDate::from_yo_opt(y, doy);
        for e in parallax_time::find_times(&s, anchor) {
            prop_assert!(e.start < e.end && e.end <= s.len());
            prop_assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
        }
        let _ = parallax_time::estimate_anchor(&s);
    }

    #[test]
    fn never_panics_on_time_words(words in proptest::collection::vec(prop::sample::select(vec![
        "last", "next", "Friday", "March", "31", "29", "February", "2013", "9999", "1800", "the", "night", "of",
        "a", "year", "ago", "earlier", "quarter", "fourth", "weeks", "10", "p.m.", "12:30", "at", "every",
        "season", "1990s", "the", "'90s", "Christmas", "weekend", "year-earlier", "0", "99999999999999999999",
        "day", "later", "that", "half", "an", "hour", "winter", "Q4", "mid-", "fiscal", "will", "said",
    ]), 0..30), y in -300000i32..300000, doy in 1u32..366) {
        let text = words.join(" ");
        let anchor = NaiveDate::from_yo_opt(y, doy);
        for e in parallax_time::find_times(&text, anchor) {
            prop_assert!(e.end <= text.len());
        }
        let _ = parallax_time::find_times(&text, None);
    }
}

#[test]
fn extreme_anchors_do_not_overflow() {
    let text = "It happened yesterday, last week, on Friday, a century ago and will end tomorrow at noon, next year, in the fourth quarter, this winter, three decades from now.";
    for anchor in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(1, 1, 1).expect("date"),
        NaiveDate::from_ymd_opt(9999, 12, 31).expect("date"),
    ] {
        let found = parallax_time::find_times(text, Some(anchor));
        assert!(!found.is_empty());
    }
}

#[test]
fn huge_numbers_do_not_overflow() {
    let anchor = NaiveDate::from_ymd_opt(2020, 1, 1);
    for text in [
        "99999999999999999999 years ago",
        "999999999 weeks ago and 99999 days later",
        "4294967296 months from now",
        "9999 decades earlier, 9999 centuries ago",
    ] {
        let _ = parallax_time::find_times(text, anchor);
    }
}
