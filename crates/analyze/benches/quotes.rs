//! Throughput of `extract_quotes` on a generated news article of about 600
//! words with direct, indirect and mixed quotes.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parallax_analyze::{quotes::extract_quotes, split_sentences};
use std::hint::black_box;

mod common;

const PARAGRAPHS: &[&str] = &[
    "Officials in Port Haldane said on Tuesday that the harbour would reopen within two weeks.",
    "\"We will not leave this city,\" said Mara Velinova, a dock worker. \"Not now, not ever.\"",
    "Harbour Trust chairman Tomas Okafor told the Northgate Ledger that repairs would cost $4.2 million, and he warned of further delays.",
    "The ministry called the response \"slow and frankly confused\" in a statement.",
    "According to the coastguard, two cutters left at dawn and arrived by noon.",
    "“The threat remains,” Okafor added. “It is unlikely that the port recovers before winter.”",
    "Repairs to the seawall have stalled for lack of steel, the agency said.",
    "Velinova expressed regret that the city council had not acted sooner.",
    "Residents were told to check the port website for updates, and many were angry.",
];

fn bench(c: &mut Criterion) {
    let text = common::article(
        "Harbour Reopening Delayed as Repairs Drag On",
        PARAGRAPHS,
        600,
    );
    let sentences = split_sentences(&text);
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Elements(1));
    g.bench_function("extract_quotes_600_words", |b| {
        b.iter(|| extract_quotes("a", black_box(&text), black_box(&sentences)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
