//! Extraction figures split into two halves of each benchmark (pages
//! sorted by id, even and odd positions), so that a change tuned while
//! looking at one half can be checked on the other. Ignored by default;
//! skipped when the data is absent. `PARALLAX_SCORES=file` also writes
//! the per-page scores (set, mode, id, P, R, ms) as TSV.
//!
//! `cargo test --release -p parallax-clean --test halves -- --ignored --nocapture`

use std::fmt::Write as _;
use std::path::PathBuf;

use parallax_clean::extract_eval::{eval_fundus_mode, eval_scrapinghub_mode, Mode, Report};

fn data(name: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/extraction")
        .join(name);
    dir.is_dir().then_some(dir)
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Mean P, R and their F1 over the pages at positions `parity` mod 2
/// (`None`: all pages).
fn figures(report: &Report, parity: Option<usize>) -> (f64, f64, f64) {
    let pages: Vec<_> = report
        .pages
        .iter()
        .enumerate()
        .filter(|(i, _)| !matches!(parity, Some(p) if i % 2 != p))
        .map(|(_, page)| page)
        .collect();
    let n = pages.len().max(1) as f64;
    let p = pages.iter().map(|page| page.precision).sum::<f64>() / n;
    let r = pages.iter().map(|page| page.recall).sum::<f64>() / n;
    (p, r, f1(p, r))
}

#[test]
#[ignore]
fn halves() {
    let mut tsv = String::new();
    for set in ["scrapinghub", "fundus"] {
        let Some(dir) = data(set) else {
            eprintln!("skipped: {set} not found");
            continue;
        };
        for mode in [Mode::Pipeline, Mode::Extractor] {
            let report = if set == "fundus" {
                eval_fundus_mode(&dir, mode)
            } else {
                eval_scrapinghub_mode(&dir, mode)
            };
            let Ok(report) = report else {
                eprintln!("skipped: {set} unreadable");
                continue;
            };
            let mut line = format!("{set} {mode:?}:");
            for (label, parity) in [("all", None), ("even", Some(0)), ("odd", Some(1))] {
                let (p, r, f) = figures(&report, parity);
                let _ = write!(line, "  {label} F1 {f:.4} (P {p:.4} R {r:.4})");
            }
            let _ = write!(
                line,
                "  pages/s {:.0} max_ms {:.1}",
                report.pages_per_second(),
                report.max_millis()
            );
            println!("{line}");
            for page in &report.pages {
                let _ = writeln!(
                    tsv,
                    "{set}\t{mode:?}\t{}\t{:.4}\t{:.4}\t{:.1}",
                    page.id, page.precision, page.recall, page.millis
                );
            }
        }
    }
    if let Ok(path) = std::env::var("PARALLAX_SCORES") {
        if let Err(e) = std::fs::write(&path, tsv) {
            eprintln!("could not write {path}: {e}");
        }
    }
}

/// `PARALLAX_ROUNDS=n` (default 5): `clean()` on every scrapinghub page n
/// times, for timing with a CPU-time tool on a busy machine (`n=0` times
/// the reading alone). Prints the wall-clock rate and the slowest page.
#[test]
#[ignore]
fn clean_speed() {
    use parallax_clean::extract_eval::{page_document, read_page, scrapinghub_cases};
    use std::time::Instant;
    let Some(dir) = data("scrapinghub") else {
        return;
    };
    let Ok(cases) = scrapinghub_cases(&dir) else {
        return;
    };
    let rounds: usize = std::env::var("PARALLAX_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let pages: Vec<String> = cases.iter().filter_map(|c| read_page(&c.path)).collect();
    let start = Instant::now();
    let mut slowest = 0f64;
    for _ in 0..rounds {
        for page in &pages {
            let one = Instant::now();
            let article = parallax_clean::clean(page_document(page), String::new());
            std::hint::black_box(article);
            slowest = slowest.max(one.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let n = (rounds * pages.len()).max(1) as f64;
    println!(
        "clean(): {:.0} pages/s wall, slowest page {slowest:.1} ms",
        n / start.elapsed().as_secs_f64().max(1e-9)
    );
}

/// `PARALLAX_PAGE=path/to/page.html.gz`: the lines the extractor keeps,
/// marked `F` where the furniture-dropping selection leaves them out (the
/// lines the cleaner removes by the HTML structure).
#[test]
#[ignore]
fn furniture_flags() {
    use parallax_clean::extract_eval::read_page;
    let Ok(path) = std::env::var("PARALLAX_PAGE") else {
        return;
    };
    let Some(page) = read_page(std::path::Path::new(&path)) else {
        return;
    };
    let (extract, without) = parallax_clean::html::extract_audited(&page);
    let flags = parallax_clean::furniture_lines(&extract.text, &without);
    for (line, flag) in extract.text.lines().zip(flags) {
        if !line.trim().is_empty() {
            let line: String = line.chars().take(100).collect();
            println!("{} {line}", if flag { 'F' } else { ' ' });
        }
    }
}
