//! Throughput of the linking stage on generated corpora.
//!
//! `cargo bench -p parallax-link` — dedup docs/s end to end
//! (`find_duplicates`: normalise, shingle, MinHash, LSH, exact check) and
//! clustering docs/s with a large window already filled, plus a per-document
//! latency distribution printed before the criterion runs
//! (`LINK_BENCH_WINDOW` documents in the window, default 100000), and the
//! size and save/load time of the clusterer state at that point.

use std::time::Instant;

use criterion::{black_box, BenchmarkId, Criterion, Throughput};
use parallax_link::hash::SplitMix64;
use parallax_link::{
    find_duplicates, ClusterDoc, DedupConfig, DedupDoc, DedupIndex, StoryClusterer,
};

/// Zipf-like vocabulary draw.
fn word(rng: &mut SplitMix64, vocab: usize) -> String {
    let u = rng.unit();
    let r = (vocab as f64).powf(u) as usize;
    format!("w{}", r.min(vocab - 1))
}

/// `n` articles of ~`len` words, `step_ms` apart, in stories of ~8 articles; each story has
/// 30 topic words mixed into general vocabulary; every fifth article is an
/// edited copy of an earlier one.
fn corpus(n: usize, len: usize, seed: u64, step_ms: i64) -> Vec<(String, String, i64)> {
    let mut rng = SplitMix64::new(seed);
    let mut out: Vec<(String, String, i64)> = Vec::with_capacity(n);
    for i in 0..n {
        let story = i / 8;
        let t = i as i64 * step_ms / 1000;
        if i % 5 == 4 && i > 0 {
            let src = out[i - 1 - rng.below(i.min(50))].1.clone();
            let mut w: Vec<String> = src.split(' ').map(str::to_string).collect();
            for _ in 0..w.len() / 30 {
                let k = rng.below(w.len());
                w[k] = word(&mut rng, 50_000);
            }
            out.push((format!("copy {i}"), w.join(" "), t));
            continue;
        }
        let mut words = Vec::with_capacity(len);
        for _ in 0..len {
            if rng.below(5) == 0 {
                words.push(format!("s{}x{}", story, rng.below(30)));
            } else {
                words.push(word(&mut rng, 50_000));
            }
        }
        let title: Vec<String> = (0..8)
            .map(|_| format!("s{}x{}", story, rng.below(30)))
            .collect();
        out.push((title.join(" "), words.join(" "), t));
    }
    out
}

fn bench_dedup(c: &mut Criterion) {
    let data = corpus(20_000, 400, 1, 6000);
    let docs: Vec<DedupDoc> = data
        .iter()
        .map(|(_, t, p)| DedupDoc {
            text: t,
            published: Some(*p),
        })
        .collect();
    let mut g = c.benchmark_group("dedup");
    g.sample_size(10);
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function(BenchmarkId::new("find_duplicates", docs.len()), |b| {
        b.iter(|| black_box(find_duplicates(&docs)))
    });
    g.bench_function(BenchmarkId::new("index_insert", docs.len()), |b| {
        b.iter(|| {
            let mut idx = DedupIndex::new(DedupConfig::default());
            for d in &docs {
                black_box(idx.insert(d));
            }
            idx.len()
        })
    });
    g.finish();
}

fn to_cluster_docs(data: &[(String, String, i64)]) -> Vec<ClusterDoc> {
    data.iter()
        .map(|(title, text, t)| ClusterDoc {
            title: Some(title.clone()),
            text: text.clone(),
            published: Some(*t),
            entities: Vec::new(),
        })
        .collect()
}

fn bench_cluster(c: &mut Criterion) {
    let window: usize = std::env::var("LINK_BENCH_WINDOW")
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(100_000);
    // all of the window's documents fall inside the default 7-day window
    let step_ms = (6 * 86_400_000 / (window as i64 + 20_000)).max(1);
    let data = corpus(window + 20_000, 250, 2, step_ms);
    let docs = to_cluster_docs(&data);
    let mut cl = StoryClusterer::default();
    let t0 = Instant::now();
    cl.add_batch(&docs[..window]);
    let fill = t0.elapsed().as_secs_f64();
    // latency of single adds with the window full
    let mut lat: Vec<f64> = Vec::with_capacity(5000);
    for d in &docs[window..window + 5000] {
        let t = Instant::now();
        black_box(cl.add(d));
        lat.push(t.elapsed().as_secs_f64() * 1e3);
    }
    lat.sort_by(f64::total_cmp);
    let pct = |p: f64| lat[((lat.len() - 1) as f64 * p) as usize];
    println!(
        "cluster: filled {window} docs in {fill:.1}s ({:.0} docs/s); single add with the window full: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        window as f64 / fill,
        pct(0.5),
        pct(0.99),
        lat[lat.len() - 1]
    );
    // persistence of the filled clusterer (stable ids across runs)
    let path = std::env::temp_dir().join(format!("parallax-bench-{}.json", std::process::id()));
    let t = Instant::now();
    match cl.save(&path) {
        Ok(()) => {
            let save = t.elapsed().as_secs_f64();
            let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
            let t = Instant::now();
            let loaded = StoryClusterer::load(&path).map(|l| l.len());
            println!(
                "cluster state: {} docs, {:.0} bytes/doc, save {save:.2}s, load {:.2}s ({loaded:?} docs)",
                cl.len(),
                bytes as f64 / cl.len().max(1) as f64,
                t.elapsed().as_secs_f64()
            );
        }
        Err(e) => println!("cluster state: not saved: {e}"),
    }
    let _ = std::fs::remove_file(&path);
    let mut g = c.benchmark_group("cluster");
    g.sample_size(10);
    let batch = &docs[window + 5000..window + 6000];
    g.throughput(Throughput::Elements(batch.len() as u64));
    g.bench_function(BenchmarkId::new("add_batch_1000_window", window), |b| {
        b.iter(|| black_box(cl.add_batch(batch)))
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench_dedup(&mut c);
    bench_cluster(&mut c);
    c.final_summary();
}
