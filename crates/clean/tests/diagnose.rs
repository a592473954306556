//! Diagnostics for the cleaner on the extraction benchmarks (skipped when
//! the data is absent; ignored by default). For each page they print the
//! lines the cleaner removed that belong to the true article text (with
//! their kind and reason) and the lines it kept that do not:
//!
//! `cargo test --release -p parallax-clean --test diagnose -- --ignored --nocapture pipeline_scrapinghub`

use std::collections::HashSet;
use std::path::PathBuf;

use parallax_clean::extract_eval::{
    benchmark_memory, cleaner_input, fundus_cases, page_document, read_page, scrapinghub_cases,
    shingle_scores, tokens, Case, Mode,
};
use parallax_clean::{clean, clean_extracted_text, clean_text, clean_text_with_memory, Cleaned};

fn data(name: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/extraction")
        .join(name);
    dir.is_dir().then_some(dir)
}

/// Share of a line's word 4-grams found in the truth (a line of fewer than
/// four words: whether its words stand together in the truth).
fn in_truth(line: &str, truth_grams: &HashSet<String>, truth_joined: &str) -> f64 {
    let t = tokens(line);
    if t.is_empty() {
        return 1.0;
    }
    if t.len() < 4 {
        let joined = format!(" {} ", t.join(" "));
        return if truth_joined.contains(&joined) {
            1.0
        } else {
            0.0
        };
    }
    let grams: Vec<String> = t.windows(4).map(|w| w.join(" ")).collect();
    grams.iter().filter(|g| truth_grams.contains(*g)).count() as f64 / grams.len() as f64
}

fn short(text: &str) -> String {
    let s: String = text.chars().take(110).collect();
    if s.len() < text.len() {
        format!("{s}…")
    } else {
        s
    }
}

fn diagnose(cases: Vec<Case>, mode: Mode) {
    let memory = (mode == Mode::PlainMemory).then(|| benchmark_memory(&cases));
    let mut lost_words = 0usize;
    let mut sums = [0f64; 4];
    let mut pages = 0usize;
    let mut noise_words = 0usize;
    for case in &cases {
        let Some(page) = read_page(&case.path) else {
            continue;
        };
        let Some((input, title)) = cleaner_input(&page, mode) else {
            continue;
        };
        let cleaned: Cleaned = if mode == Mode::Pipeline {
            let article = clean(page_document(&page), String::new());
            Cleaned {
                text: article.text,
                paragraphs: article.paragraphs,
                removed: article.removed,
                title: None,
                published: None,
                byline: None,
            }
        } else {
            match &memory {
                Some(memory) => {
                    clean_text_with_memory(&input, title.as_deref(), memory, &case.outlet_key())
                }
                None if matches!(mode, Mode::Pipeline | Mode::ExtractorCleaned) => {
                    clean_extracted_text(&input, title.as_deref())
                }
                None => clean_text(&input, title.as_deref()),
            }
        };
        let (p, r) = shingle_scores(&cleaned.text, &case.truth);
        let (p0, r0) = shingle_scores(&input, &case.truth);
        for (sum, v) in sums.iter_mut().zip([p, r, p0, r0]) {
            *sum += v;
        }
        pages += 1;
        let truth_tokens = tokens(&case.truth);
        let truth_grams: HashSet<String> = truth_tokens.windows(4).map(|w| w.join(" ")).collect();
        let truth_joined = format!(" {} ", truth_tokens.join(" "));
        let mut report = Vec::new();
        for removed in &cleaned.removed {
            let share = in_truth(&removed.text, &truth_grams, &truth_joined);
            let n = tokens(&removed.text).len();
            if removed.reason.starts_with("comment-section marker")
                || removed.reason.starts_with("comment metadata")
                || removed.reason.starts_with("related-content header")
            {
                report.push(format!(
                    "  MARK {:?} ({}) line {}: {}",
                    removed.kind,
                    removed.reason,
                    removed.line,
                    short(&removed.text)
                ));
            }
            if share < 0.5
                && removed
                    .reason
                    .contains("after the article's last paragraph")
            {
                report.push(format!("  TAILOK [{}w]: {}", n, short(&removed.text)));
            }
            if share >= 0.5 && n >= 4 {
                lost_words += n;
                report.push(format!(
                    "  LOST {:?} ({}) [{}w]: {}",
                    removed.kind,
                    removed.reason,
                    n,
                    short(&removed.text)
                ));
            }
        }
        for para in cleaned.text.split("\n\n") {
            let share = in_truth(para, &truth_grams, &truth_joined);
            let n = tokens(para).len();
            if share < 0.2 && n >= 1 {
                noise_words += n;
                report.push(format!("  KEPT [{}w]: {}", n, short(para)));
            }
        }
        if !report.is_empty() {
            println!(
                "PAGE {} P {:.3} R {:.3} (input P {:.3} R {:.3})",
                case.id, p, r, p0, r0
            );
            for line in report {
                println!("{line}");
            }
        }
    }
    let n = pages.max(1) as f64;
    println!(
        "cleaned P {:.3} R {:.3}; input P {:.3} R {:.3}",
        sums[0] / n,
        sums[1] / n,
        sums[2] / n,
        sums[3] / n
    );
    println!("lost_words={lost_words} kept_noise_words={noise_words}");
}

fn run(set: &str, mode: Mode) {
    let Some(dir) = data(set) else {
        eprintln!("skipped: {set} not found");
        return;
    };
    let cases = if set == "fundus" {
        fundus_cases(&dir)
    } else {
        scrapinghub_cases(&dir)
    };
    match cases {
        Ok(cases) => diagnose(cases, mode),
        Err(e) => eprintln!("skipped: {e}"),
    }
}

#[test]
#[ignore]
fn pipeline_scrapinghub() {
    run("scrapinghub", Mode::Pipeline);
}

#[test]
#[ignore]
fn pipeline_fundus() {
    run("fundus", Mode::Pipeline);
}

#[test]
#[ignore]
fn cleaned_scrapinghub() {
    run("scrapinghub", Mode::ExtractorCleaned);
}

#[test]
#[ignore]
fn cleaned_fundus() {
    run("fundus", Mode::ExtractorCleaned);
}

#[test]
#[ignore]
fn plain_scrapinghub() {
    run("scrapinghub", Mode::Plain);
}

#[test]
#[ignore]
fn plain_fundus() {
    run("fundus", Mode::Plain);
}

#[test]
#[ignore]
fn memory_fundus() {
    run("fundus", Mode::PlainMemory);
}

/// Every mode on both benchmarks: the summary line of each.
#[test]
#[ignore]
fn figures() {
    use parallax_clean::extract_eval::{eval_fundus_mode, eval_scrapinghub_mode};
    let modes = [
        Mode::Extractor,
        Mode::Pipeline,
        Mode::ExtractorCleaned,
        Mode::Plain,
        Mode::PlainMemory,
    ];
    for mode in modes {
        if let Some(dir) = data("scrapinghub") {
            if let Ok(report) = eval_scrapinghub_mode(&dir, mode) {
                println!(
                    "scrapinghub {mode:?}: f1={:.4} P={:.4} R={:.4} pages/s={:.0}",
                    report.f1(),
                    report.precision(),
                    report.recall(),
                    report.pages_per_second()
                );
            }
        }
        if let Some(dir) = data("fundus") {
            if let Ok(report) = eval_fundus_mode(&dir, mode) {
                println!(
                    "fundus {mode:?}: f1={:.4} P={:.4} R={:.4} pages/s={:.0}",
                    report.f1(),
                    report.precision(),
                    report.recall(),
                    report.pages_per_second()
                );
            }
        }
    }
}

/// `PARALLAX_PAGE=path/to/page.html.gz`: prints the cleaner's input in
/// pipeline mode with line numbers.
#[test]
#[ignore]
fn show_input() {
    let Ok(path) = std::env::var("PARALLAX_PAGE") else {
        return;
    };
    let mode = match std::env::var("PARALLAX_MODE").as_deref() {
        Ok("plain") => Mode::Plain,
        Ok("cleaned") => Mode::ExtractorCleaned,
        _ => Mode::Pipeline,
    };
    let Some(page) = read_page(std::path::Path::new(&path)) else {
        return;
    };
    if let Some((input, title)) = cleaner_input(&page, mode) {
        println!("TITLE {title:?}");
        for (i, line) in input.lines().enumerate() {
            if !line.trim().is_empty() {
                println!("{:>4} {}", i + 1, short(line));
            }
        }
    }
}

/// Where the HTML path's time goes: one extraction, the second one that
/// tells the furniture, and the whole `clean()`.
#[test]
#[ignore]
fn html_timing() {
    use parallax_clean::html;
    use std::time::Instant;
    let Some(dir) = data("scrapinghub") else {
        return;
    };
    let Ok(cases) = scrapinghub_cases(&dir) else {
        return;
    };
    let pages: Vec<String> = cases.iter().filter_map(|c| read_page(&c.path)).collect();
    let time = |f: &dyn Fn(&str)| {
        let start = Instant::now();
        for _ in 0..3 {
            for page in &pages {
                f(page);
            }
        }
        (3 * pages.len()) as f64 / start.elapsed().as_secs_f64()
    };
    let keep = time(&|p| {
        html::extract(p);
    });
    let drop = time(&|p| {
        html::extract_with(p, html::Furniture::Drop);
    });
    let pipeline = time(&|p| {
        clean(page_document(p), String::new());
    });
    println!("pages/s: extract {keep:.0}, extract (drop) {drop:.0}, clean() {pipeline:.0}");
}

/// `PARALLAX_PAGE=path/to/page.html.gz`: how the HTML selection read the
/// page (container, and every block with its class and path).
#[test]
#[ignore]
fn explain_page() {
    let Ok(path) = std::env::var("PARALLAX_PAGE") else {
        return;
    };
    if let Some(page) = read_page(std::path::Path::new(&path)) {
        print!("{}", parallax_clean::html::explain(&page));
    }
}
