//! The TempEval-3 metrics on a hand-made example, and the real data when
//! it is present.
use std::path::Path;

use parallax_time::{eval_tempeval, read_timeml, score, GoldTimex, Resolution, TimeExpr, TimeKind};

fn sys(start: usize, end: usize, kind: TimeKind, value: &str) -> TimeExpr {
    TimeExpr {
        start,
        end,
        text: String::new(),
        kind,
        value: value.into(),
        resolution: Resolution::Absolute,
        quant: None,
        freq: None,
    }
}

fn gold(start: usize, end: usize, kind: &str, value: &str) -> GoldTimex {
    GoldTimex {
        start,
        end,
        kind: kind.into(),
        value: value.into(),
    }
}

#[test]
fn metrics_on_a_tiny_example() {
    // Gold: 3 timexes. System: 4, one exact with the right value, one
    // overlapping with a wrong value, one overlapping with the wrong type,
    // one spurious.
    let g = vec![
        gold(0, 6, "DATE", "2013-03-22"),
        gold(10, 20, "DATE", "2013-W11"),
        gold(30, 37, "DURATION", "P1M"),
    ];
    let s = vec![
        sys(0, 6, TimeKind::Date, "2013-03-22"),
        sys(14, 20, TimeKind::Date, "2013-W12"),
        sys(28, 37, TimeKind::Date, "P1M"),
        sys(50, 55, TimeKind::Date, "PRESENT_REF"),
    ];
    let r = score(&g, &s);
    assert_eq!((r.gold, r.system), (3, 4));
    assert_eq!(r.strict_matches, 1);
    assert_eq!(r.relaxed_matches, 3);
    assert_eq!(r.value_matches, 2);
    assert_eq!(r.type_matches, 2);
    let (p, rec, f) = r.strict();
    assert!((p - 0.25).abs() < 1e-9 && (rec - 1.0 / 3.0).abs() < 1e-9);
    assert!((f - 2.0 * 0.25 * (1.0 / 3.0) / (0.25 + 1.0 / 3.0)).abs() < 1e-9);
    let (p, rec, _) = r.relaxed();
    assert!((p - 0.75).abs() < 1e-9 && (rec - 1.0).abs() < 1e-9);
    let (p, rec, _) = r.value();
    assert!((p - 0.5).abs() < 1e-9 && (rec - 2.0 / 3.0).abs() < 1e-9);
    assert!((r.type_accuracy() - 2.0 / 3.0).abs() < 1e-9);
    let shown = r.to_string();
    let last = shown.lines().last().expect("summary line");
    assert!(
        last.starts_with("strict_f1=0.286 relaxed_f1=0.857 value_f1=0.571 type_acc=0.667 n=3"),
        "{last}"
    );
}

#[test]
fn one_system_span_matches_one_gold_span() {
    let g = vec![gold(0, 5, "DATE", "X"), gold(6, 10, "DATE", "Y")];
    let s = vec![sys(0, 10, TimeKind::Date, "X")];
    let r = score(&g, &s);
    assert_eq!(r.relaxed_matches, 1);
}

#[test]
fn reads_timeml() {
    let xml = r#"<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>It <EVENT eid="e1">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3>.</TEXT></TimeML>"#;
    let d = read_timeml("x.tml", xml).expect("valid");
    assert_eq!(d.dct, chrono::NaiveDate::from_ymd_opt(2013, 3, 22));
    assert_eq!(d.text, "It fell & rose yesterday.");
    assert_eq!(d.gold.len(), 1);
    assert_eq!(&d.text[d.gold[0].start..d.gold[0].end], "yesterday");
    let found = parallax_time::find_times(&d.text, d.dct);
    assert_eq!(found[0].value, "2013-03-21");
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    assert!(read_timeml("bad", "<TimeML><TEXT>unclosed</TIMEX3>").is_err());
    assert!(eval_tempeval(Path::new("/nonexistent/dir")).is_err());
}

#[test]
fn tempeval3_platinum_when_present() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/time/tempeval3/te3-platinum-gold");
    if !dir.is_dir() {
        eprintln!("skipped: {} absent", dir.display());
        return;
    }
    let r = eval_tempeval(&dir).expect("platinum readable");
    println!("{r}");
    assert_eq!(r.gold, 138);
    // Regression floor, well below the measured figures.
    assert!(
        r.relaxed().2 > 0.85 && r.strict().2 > 0.75 && r.value().2 > 0.70,
        "{r}"
    );
}

#[test]
fn misses_name_each_disagreement() {
    let xml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">x</TIMEX3></DCT>
<TEXT>It rose <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> and on <TIMEX3 tid="t2" type="DATE" value="2013-03-15">Friday</TIMEX3> and <TIMEX3 tid="t3" type="DATE" value="PAST_REF">formerly</TIMEX3>, but not today.</TEXT></TimeML>"#;
    let d = read_timeml("m.tml", xml).expect("valid");
    let misses = parallax_time::tempeval_misses(&[d]);
    let whats: Vec<&str> = misses.iter().map(|m| m.what).collect();
    // "Friday" resolves to the DCT itself (a Friday), "formerly" is not
    // extracted, "today" is not annotated.
    assert_eq!(whats, vec!["value", "missed", "spurious"], "{misses:?}");
    assert!(misses[0]
        .to_string()
        .starts_with("m.tml\tvalue\tgold: \"Friday\" DATE 2013-03-15"));
}
