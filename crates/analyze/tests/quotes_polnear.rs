//! PolNeAR evaluation (skipped when the shared data is absent).
//! `cargo test -p parallax-analyze --release --test quotes_polnear -- --nocapture`

use parallax_analyze::quotes::{eval_polnear, polnear_misses};
use std::path::Path;

fn run(split: &str) {
    let path = format!("../../../shared/eval/quotes/polnear/polnear_{split}.jsonl");
    let p = Path::new(&path);
    if !p.exists() {
        eprintln!("skipping: {path} absent");
        return;
    }
    let report = match eval_polnear(p) {
        Ok(r) => r,
        Err(e) => panic!("{path}: {e}"),
    };
    println!("PolNeAR {split}\n{report}");
    assert!(report.gold > 0);
    // a floor well under the measured figures, to catch regressions
    assert!(report.f1(false) > 0.3, "F1 at 0.3 collapsed");
}

#[test]
fn polnear_dev() {
    run("dev");
}

#[test]
fn polnear_test() {
    run("test");
}

/// Error analysis on the dev split: misses, false positives, speaker
/// errors and loose spans by category, with examples.
/// `cargo test -p parallax-analyze --release --test quotes_polnear -- --ignored --nocapture`
#[test]
#[ignore]
fn dev_misses_by_category() {
    let path = "../../../shared/eval/quotes/polnear/polnear_dev.jsonl";
    let p = Path::new(path);
    if !p.exists() {
        eprintln!("skipping: {path} absent");
        return;
    }
    match polnear_misses(p, 6, 3) {
        Ok(s) => println!("{s}"),
        Err(e) => panic!("{path}: {e}"),
    }
}

/// The scorer on a tiny invented gold file with character offsets (one
/// multibyte character before the quote), in both span forms.
#[test]
fn scorer_counts_matches_and_misses() {
    let text = "Ré: \"The dam will hold,\" said Vera Lind. The weather was mild.";
    let chars: Vec<char> = text.chars().collect();
    let find = |needle: &str| {
        let s: String = chars.iter().collect();
        let b = s.find(needle).unwrap_or(0);
        let c = s[..b].chars().count();
        (c, c + needle.chars().count())
    };
    let (qs, qe) = find("\"The dam will hold,\"");
    let (ss, se) = find("Vera Lind");
    let (cs, ce) = find("said");
    let (ms, me) = find("The weather was mild");
    let rec = serde_json::json!({
        "id": "x",
        "text": text,
        "attributions": [
            {"source": [ss, se], "cue": [cs, ce], "content": [qs, qe], "direct": true},
            {"source": null, "cue": [{"start": cs, "end": ce}], "content": [{"start": ms, "end": me}], "direct": false}
        ]
    });
    let dir = std::env::temp_dir().join(format!("parallax-quotes-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("gold.jsonl");
    if let Err(e) = std::fs::write(&path, format!("{rec}\n")) {
        panic!("{e}");
    }
    let r = match eval_polnear(&path) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(r.gold, 2);
    assert_eq!(r.tp_03, 1, "{r}");
    assert_eq!(r.tp_08, 1);
    assert_eq!(r.speaker_right, 1);
    assert_eq!(r.canonical_right, 1);
    assert_eq!(r.source_tp, 1);
    assert!((r.recall(false) - 0.5).abs() < 1e-9);
    let shown = r.to_string();
    let last = shown.lines().last().unwrap_or("");
    assert!(
        last.starts_with("f1_03=") && last.contains(" n=2"),
        "{last}"
    );
}
