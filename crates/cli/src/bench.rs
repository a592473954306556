//! `parallax bench`: the whole pipeline timed on a generated story.
//!
//! The story is built from the bundled demo corpus: each generated article
//! interleaves the cleaned paragraphs of two demo articles (rotated by its
//! number), so articles share actors, quotes, figures and dates the way
//! coverage of one event does, without being copies of each other. Timing
//! runs on one thread (a rayon pool of one) so the figure is per core.

use anyhow::{bail, Context, Result};
use parallax_core::{Body, RawDocument};
use std::time::{Duration, Instant};

/// Builds `n` articles from the demo corpus.
fn generated_story(n: usize) -> Result<Vec<RawDocument>> {
    let (documents, _) = crate::demo::documents();
    let cleaned: Vec<parallax_core::Article> = documents
        .into_iter()
        .enumerate()
        .map(|(i, d)| parallax_clean::clean(d, format!("demo-{i}")))
        .filter(|a| !a.text.is_empty())
        .collect();
    if cleaned.len() < 2 {
        bail!("the bundled demo corpus has too few articles to build a story from");
    }
    let paragraphs: Vec<Vec<&str>> = cleaned
        .iter()
        .map(|a| a.text.split("\n\n").collect())
        .collect();
    let m = cleaned.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (a, b) = (i % m, (i * 7 + 3) % m);
        let b = if a == b { (b + 1) % m } else { b };
        let (pa, pb) = (&paragraphs[a], &paragraphs[b]);
        let rot = i / m;
        let mut body = Vec::new();
        for k in 0..pa.len().max(pb.len()) {
            if let Some(p) = pa.get((k + rot) % pa.len().max(1)) {
                body.push(*p);
            }
            if let Some(p) = pb.get(k) {
                body.push(*p);
            }
        }
        out.push(RawDocument {
            outlet: Some(format!("Outlet {}", i % 12)),
            title: cleaned[a].title.clone(),
            published: cleaned[a].published.as_ref().map(|p| p.date.clone()),
            ..RawDocument::new(format!("bench/{i}"), Body::Text(body.join("\n\n")))
        });
    }
    Ok(out)
}

/// Runs the pipeline `rounds` times on `articles` generated articles and
/// prints the median and fastest time.
pub fn run(articles: usize, rounds: usize) -> Result<i32> {
    if articles == 0 || rounds == 0 {
        bail!("--articles and --rounds must be at least 1");
    }
    let docs = generated_story(articles)?;
    let words: usize = docs
        .iter()
        .map(|d| match &d.body {
            Body::Text(t) | Body::Html(t) => t.split_whitespace().count(),
        })
        .sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .context("could not start a one-thread pool")?;
    let mut times: Vec<Duration> = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let input = docs.clone();
        let start = Instant::now();
        let dossier =
            pool.install(|| crate::pipeline::analyze(input, Vec::new(), &[], false, None));
        times.push(start.elapsed());
        last = Some(dossier);
    }
    times.sort();
    let median = times[times.len() / 2];
    let fastest = times[0];
    if let Some(d) = last {
        println!(
            "{articles} articles ({words} words) → {} stories, {} entities, {} quotes, {} statement groups, {} figures, {} figure groups, {} time expressions",
            d.stories.len(),
            d.entities.len(),
            d.quotes.len(),
            d.quote_groups.len(),
            d.figures.len(),
            d.figure_groups.len(),
            d.times.len(),
        );
    }
    println!(
        "whole pipeline on one thread, {rounds} rounds: median {:.1} ms, fastest {:.1} ms ({:.0} articles/s)",
        median.as_secs_f64() * 1e3,
        fastest.as_secs_f64() * 1e3,
        articles as f64 / median.as_secs_f64()
    );
    println!(
        "median_ms={:.1} fastest_ms={:.1} articles={articles}",
        median.as_secs_f64() * 1e3,
        fastest.as_secs_f64() * 1e3
    );
    Ok(0)
}
