//! Read + clean + sentence split on a generated corpus of ~600-word dirty
//! articles (share lines, bylines, captions, adverts, comments). Reports
//! articles per second on one thread.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const WORDS: &[&str] = &[
    "the", "council", "said", "on", "Tuesday", "that", "water", "levels", "in", "the", "valley", "had",
    "risen", "by", "nearly", "40%", "since", "March", "and", "officials", "warned", "of", "further",
    "flooding", "Minister", "Ana", "Torvik", "told", "reporters", "at", "least", "120", "homes", "were",
    "evacuated", "while", "rescue", "teams", "from", "three", "regions", "worked", "through", "night",
    "U.S.", "experts", "Dr.", "Lind", "estimated", "damage", "at", "$3.5", "million", "according", "to",
];

/// A deterministic dirty article of about `words` words.
fn article(seed: u64, words: usize) -> String {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut text = String::from("Flood Waters Rise Again in Valley Towns\nShare on X\nBy Mara Lind | Staff Reporter\nPublished: 12 March 2026\n\n");
    let mut written = 0;
    let mut paragraph = 0;
    while written < words {
        let sentences = 2 + next() % 3;
        for _ in 0..sentences {
            let len = 12 + (next() % 14) as usize;
            for i in 0..len {
                let w = WORDS[(next() % WORDS.len() as u64) as usize];
                if i == 0 {
                    let mut c = w.chars();
                    if let Some(f) = c.next() {
                        text.extend(f.to_uppercase());
                        text.push_str(c.as_str());
                    }
                } else {
                    text.push(' ');
                    text.push_str(w);
                }
            }
            text.push_str(". ");
            written += len;
        }
        text.push_str("\n\n");
        paragraph += 1;
        if paragraph == 3 {
            text.push_str("Rescue workers at the site on Tuesday. Photo: Jo Vik/NPA\n\nADVERTISEMENT\n\n");
        }
    }
    text.push_str("Related stories\nDam operators knew of cracks, documents show\n\n3 Comments\nlol they never learn, do they\n");
    text
}

fn bench_pipeline(c: &mut Criterion) {
    let corpus: Vec<(String, Vec<u8>)> = (0..200).map(|i| (format!("gen/{i}.txt"), article(i, 600).into_bytes())).collect();
    let mut group = c.benchmark_group("read_clean_split");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("600_word_articles", |b| {
        b.iter(|| {
            let mut sentences = 0;
            for (name, bytes) in &corpus {
                let parsed = parallax_read::read_bytes(name, bytes).expect("generated input reads");
                for doc in parsed.documents {
                    let article = parallax_clean::clean(doc, name.clone());
                    sentences += parallax_analyze::split_sentences(&article.text).len();
                }
            }
            sentences
        })
    });
    group.finish();
}

criterion_group!(benches, bench_pipeline);
criterion_main!(benches);
