//! The cleaner on its labelled fixtures (`tests/fixtures/`, invented
//! articles with every line labelled): prose must never be dropped, and
//! noise must be found with its kind.

use parallax_clean::eval::{score_labelled, CleanScores};
use std::path::Path;

fn score_fixtures() -> CleanScores {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 20,
        "expected the fixture set, found {}",
        names.len()
    );
    let mut scores = CleanScores::default();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        score_labelled(&name, &text, &mut scores).expect("fixture labels are valid");
    }
    scores
}

#[test]
fn cleaner_meets_its_bar_on_the_labelled_fixtures() {
    let scores = score_fixtures();
    for m in &scores.misses {
        eprintln!(
            "{}:{} gold {} predicted {}: {}",
            m.file,
            m.line,
            m.gold.name(),
            m.predicted.name(),
            m.text
        );
    }
    eprintln!("{scores}");
    assert!(scores.prose_recall() >= 0.99, "prose dropped: {scores}");
    assert!(scores.noise_recall() >= 0.90, "noise missed: {scores}");
    assert!(scores.noise_precision() >= 0.97, "{scores}");
    assert!(scores.kind_accuracy() >= 0.85, "{scores}");
}
