//! Prints what `extract_figures` finds in the demo corpus texts, or in the
//! files named by `FIGURES_DUMP` (space-separated paths). Run with
//! `cargo test -p parallax-analyze --test figures_dump -- --ignored
//! --nocapture`. A look as a user would, not an oracle.

use parallax_analyze::{figures::extract_figures, split_sentences};

#[test]
#[ignore]
fn dump_demo_figures() {
    let mut paths: Vec<std::path::PathBuf> = match std::env::var("FIGURES_DUMP") {
        Ok(list) => list.split_whitespace().map(Into::into).collect(),
        Err(_) => {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/demo");
            let Ok(rd) = std::fs::read_dir(dir) else {
                return;
            };
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
                .collect()
        }
    };
    paths.sort();
    for p in paths {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        println!("== {}", p.display());
        for f in extract_figures("a", &text, &split_sentences(&text)) {
            println!(
                "  {:<28} value={} max={:?} unit={:?} hedge={:?} counts={:?}",
                format!("{:?}", f.text),
                f.value,
                f.max,
                f.unit,
                f.hedge,
                f.counts
            );
        }
    }
}
