//! Development harness (ignored tests) for the clusterer's defaults. It
//! reads only the DEV half of the Multi-News sample (gold stories with an
//! even index in order of first appearance, as `eval_clusters` splits it),
//! so that the test half stays held out.
//!
//! * `tune_dev_half`: B-cubed on five orders of the dev half (the seeded
//!   shuffle `eval_clusters` uses, file order, three more seeds) and their
//!   mean. `PARALLAX_TUNE` holds a JSON object overlaid on the default
//!   configuration (e.g. `{"threshold":0.15,"fields":{"lead":2}}`);
//!   `PARALLAX_TUNE_SHOW=1` lists over-split stories,
//!   `PARALLAX_TUNE_IMPURE=1` predicted stories that mix gold ones.
//! * `tune_offline_bound`: the same vectors with the IDF of the whole dev
//!   half, clustered offline (single and average linkage), to tell the
//!   limits of the representation from those of the online algorithm.
//!
//! `cargo test --release -p parallax-link --lib tune -- --ignored --nocapture`

use std::path::Path;

use crate::cluster::{ClusterConfig, ClusterDoc, StoryClusterer};
use crate::eval::{cluster_input, gold_stories, read_labelled, shuffle, SHUFFLE_SEED};
use crate::hash::{FxMap, SplitMix64};
use crate::metrics::{bcubed, pairwise};

fn config() -> ClusterConfig {
    let mut v = serde_json::to_value(ClusterConfig::default()).expect("config to JSON");
    if let Ok(s) = std::env::var("PARALLAX_TUNE") {
        let o: serde_json::Value = serde_json::from_str(&s).expect("PARALLAX_TUNE JSON");
        if let (Some(dst), Some(src)) = (v.as_object_mut(), o.as_object()) {
            for (k, x) in src {
                if k == "fields" {
                    if let (Some(f), Some(xs)) = (
                        dst.get_mut("fields").and_then(|f| f.as_object_mut()),
                        x.as_object(),
                    ) {
                        for (k2, x2) in xs {
                            f.insert(k2.clone(), x2.clone());
                        }
                    }
                } else {
                    dst.insert(k.clone(), x.clone());
                }
            }
        }
    }
    serde_json::from_value(v).expect("config from JSON")
}

#[test]
#[ignore]
fn tune_dev_half() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/summaries/multinews_validation250/sample_validation.jsonl");
    let Ok(docs) = read_labelled(&path) else {
        eprintln!("skipped: no data");
        return;
    };
    let gold = gold_stories(&docs);
    let all: Vec<usize> = (0..docs.len()).collect();
    let shuffled = shuffle(&all, SHUFFLE_SEED);
    let cfg = config();
    let verbose = std::env::var("PARALLAX_TUNE_SHOW").is_ok();
    // dev half in the shuffle, plus a few other dev orders for robustness
    let dev: Vec<usize> = shuffled
        .iter()
        .copied()
        .filter(|&i| gold[i] & 1 == 0)
        .collect();
    let mut orders = vec![dev.clone()];
    let mut inorder = dev.clone();
    inorder.sort_unstable();
    orders.push(inorder);
    for seed in [1u64, 2, 3] {
        orders.push(shuffle(&dev, seed));
    }
    let mut sum = 0.0;
    for (k, order) in orders.iter().enumerate() {
        let input = cluster_input(&docs, order);
        let mut c = StoryClusterer::new(cfg.clone());
        c.add_batch(&input);
        let pred: Vec<usize> = c.assignments().iter().map(|&s| s as usize).collect();
        let g: Vec<usize> = order.iter().map(|&i| gold[i]).collect();
        let b = bcubed(&pred, &g);
        let p = pairwise(&pred, &g);
        sum += b.f1;
        println!(
            "order {k}: B3 P {:.3} R {:.3} F1 {:.3} | pw P {:.3} R {:.3}",
            b.precision, b.recall, b.f1, p.precision, p.recall
        );
        if std::env::var("PARALLAX_TUNE_IMPURE").is_ok() && k == 0 {
            let mut by_pred: FxMap<usize, Vec<usize>> = FxMap::default();
            for (j, &p) in pred.iter().enumerate() {
                by_pred.entry(p).or_default().push(j);
            }
            let mut keys: Vec<usize> = by_pred.keys().copied().collect();
            keys.sort_unstable();
            for pk in keys {
                let m = &by_pred[&pk];
                let mut gs: Vec<usize> = m.iter().map(|&j| g[j]).collect();
                gs.sort_unstable();
                gs.dedup();
                if gs.len() > 1 {
                    println!("== pred {pk}: {} docs from {} gold", m.len(), gs.len());
                    for &j in m {
                        let t: String = docs[order[j]].text.chars().take(120).collect();
                        println!("  [g{}] {}", g[j], t.replace('\n', " "));
                    }
                }
            }
        }
        if verbose && k == 0 {
            // over-split gold stories: each predicted part with a snippet
            let mut by_gold: FxMap<usize, Vec<usize>> = FxMap::default();
            for (j, &gi) in g.iter().enumerate() {
                by_gold.entry(gi).or_default().push(j);
            }
            let mut keys: Vec<usize> = by_gold.keys().copied().collect();
            keys.sort_unstable();
            for gk in keys {
                let m = &by_gold[&gk];
                let mut parts: Vec<usize> = m.iter().map(|&j| pred[j]).collect();
                parts.sort_unstable();
                parts.dedup();
                if parts.len() > 1 {
                    println!("== gold {gk}: {} docs in {} parts", m.len(), parts.len());
                    for &j in m {
                        let t: String = docs[order[j]].text.chars().take(160).collect();
                        println!("  [{}] {}", pred[j], t.replace('\n', " "));
                    }
                }
            }
        }
    }
    println!(
        "mean B3 F1 over dev orders: {:.4}",
        sum / orders.len() as f64
    );
}

/// Offline bound: agglomerative clustering of the dev half with the full
/// IDF, to tell representation limits from online-algorithm limits.
#[test]
#[ignore]
fn tune_offline_bound() {
    use crate::sim::{dot, features, Idf};
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/summaries/multinews_validation250/sample_validation.jsonl");
    let Ok(docs) = read_labelled(&path) else {
        return;
    };
    let gold = gold_stories(&docs);
    let dev: Vec<usize> = (0..docs.len()).filter(|&i| gold[i] & 1 == 0).collect();
    let cfg = config();
    let feats: Vec<_> = dev
        .iter()
        .map(|&i| features(docs[i].title.as_deref(), &docs[i].text, &cfg.fields))
        .collect();
    let mut idf = Idf::with_prior(cfg.idf_prior_docs);
    for f in &feats {
        idf.add(f);
    }
    let vecs: Vec<_> = feats
        .iter()
        .map(|f| {
            if f.tf.len() < cfg.min_terms {
                Vec::new()
            } else {
                idf.vector_pow(f, cfg.doc_terms, cfg.fields.idf_power)
            }
        })
        .collect();
    let n = dev.len();
    let g: Vec<usize> = dev.iter().map(|&i| gold[i]).collect();
    let sim: Vec<Vec<f32>> = (0..n)
        .map(|a| (0..n).map(|b| dot(&vecs[a], &vecs[b])).collect())
        .collect();
    // how separable: per doc, best same-story vs best other-story
    let mut hard = 0;
    let mut lonely = 0;
    for a in 0..n {
        let same = (0..n)
            .filter(|&b| b != a && g[b] == g[a])
            .map(|b| sim[a][b])
            .fold(-1.0f32, f32::max);
        let other = (0..n)
            .filter(|&b| g[b] != g[a])
            .map(|b| sim[a][b])
            .fold(-1.0f32, f32::max);
        if same >= 0.0 && same < other {
            hard += 1;
        }
        if (0.0..0.1).contains(&same) {
            lonely += 1;
        }
    }
    println!("docs {n}; best other > best same: {hard}; best same < 0.1: {lonely}");
    let mut sc = Vec::new();
    let mut lab = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            sc.push(sim[a][b] as f64);
            lab.push(g[a] == g[b]);
        }
    }
    println!(
        "pair AUC {:.4}",
        crate::metrics::roc_auc(&sc, &lab).unwrap_or(0.0)
    );
    if std::env::var("PARALLAX_TUNE_AUC_ONLY").is_ok() {
        return;
    }
    for link in ["single", "average"] {
        for th in [0.08f32, 0.1, 0.12, 0.15, 0.2, 0.25] {
            let mut cl: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
            loop {
                let mut best = (th, usize::MAX, usize::MAX);
                for x in 0..cl.len() {
                    for y in x + 1..cl.len() {
                        let s = if link == "single" {
                            cl[x]
                                .iter()
                                .flat_map(|&a| cl[y].iter().map(move |&b| (a, b)))
                                .map(|(a, b)| sim[a][b])
                                .fold(-1.0, f32::max)
                        } else {
                            let t: f32 = cl[x]
                                .iter()
                                .flat_map(|&a| cl[y].iter().map(move |&b| (a, b)))
                                .map(|(a, b)| sim[a][b])
                                .sum();
                            t / (cl[x].len() * cl[y].len()) as f32
                        };
                        if s >= best.0 && (best.1 == usize::MAX || s > best.0) {
                            best = (s, x, y);
                        }
                    }
                }
                if best.1 == usize::MAX {
                    break;
                }
                let y = cl.remove(best.2);
                cl[best.1].extend(y);
            }
            let mut pred = vec![0; n];
            for (k, c) in cl.iter().enumerate() {
                for &a in c {
                    pred[a] = k;
                }
            }
            let b = bcubed(&pred, &g);
            println!(
                "{link} {th}: P {:.3} R {:.3} F1 {:.3}",
                b.precision, b.recall, b.f1
            );
        }
    }
}

/// Latency of single additions after a generated window (the corpus of
/// `benches/link.rs`), with the story count and the largest story.
#[test]
#[ignore]
fn tune_latency() {
    use std::time::Instant;
    let n: usize = std::env::var("PARALLAX_TUNE_WINDOW")
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(100_000);
    let mut rng = SplitMix64::new(2);
    let word = |rng: &mut SplitMix64| {
        let r = (50_000f64).powf(rng.unit()) as usize;
        format!("w{}", r.min(49_999))
    };
    let step = (6 * 86_400_000 / (n as i64 + 20_000)).max(1);
    let mut docs: Vec<ClusterDoc> = Vec::with_capacity(n + 5000);
    for i in 0..n + 5000 {
        let story = i / 8;
        let t = i as i64 * step / 1000;
        if i % 5 == 4 {
            let src = docs[i - 1 - rng.below(i.min(50))].text.clone();
            let mut w: Vec<String> = src.split(' ').map(str::to_string).collect();
            for _ in 0..w.len() / 30 {
                let k = rng.below(w.len());
                w[k] = word(&mut rng);
            }
            docs.push(ClusterDoc {
                title: Some(format!("copy {i}")),
                text: w.join(" "),
                published: Some(t),
                entities: Vec::new(),
            });
            continue;
        }
        let words: Vec<String> = (0..250)
            .map(|_| {
                if rng.below(5) == 0 {
                    format!("s{}x{}", story, rng.below(30))
                } else {
                    word(&mut rng)
                }
            })
            .collect();
        let title: Vec<String> = (0..8)
            .map(|_| format!("s{}x{}", story, rng.below(30)))
            .collect();
        docs.push(ClusterDoc {
            title: Some(title.join(" ")),
            text: words.join(" "),
            published: Some(t),
            entities: Vec::new(),
        });
    }
    let mut c = StoryClusterer::new(config());
    c.add_batch(&docs[..n]);
    let mut lat = Vec::new();
    for d in &docs[n..] {
        let t = Instant::now();
        c.add(d);
        lat.push(t.elapsed().as_secs_f64() * 1e3);
    }
    lat.sort_by(f64::total_cmp);
    let st = c.stories();
    let big = st.iter().map(|s| s.docs.len()).max().unwrap_or(0);
    let merged = c.stories.iter().filter(|s| s.merged_into.is_some()).count();
    let mut depth = 0;
    for s in 0..c.stories.len() as u32 {
        let mut d = 0;
        let mut x = s;
        while let Some(t) = c.stories[x as usize].merged_into {
            x = t;
            d += 1;
        }
        depth = depth.max(d);
    }
    println!(
        "p50 {:.3} p99 {:.3} max {:.3} ms; stories {} largest {big} merged {merged} depth {depth}",
        lat[lat.len() / 2],
        lat[lat.len() * 99 / 100],
        lat[lat.len() - 1],
        st.len()
    );
}
