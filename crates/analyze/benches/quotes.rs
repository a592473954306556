//! Throughput of `extract_quotes` on a generated news article of about 600
//! words with direct, indirect and mixed quotes.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parallax_analyze::{quotes::extract_quotes, split_sentences};
use std::hint::black_box;

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

fn article() -> String {
    let mut text = String::from("Harbour Reopening Delayed as Repairs Drag On\n\n");
    let mut words = 0;
    let mut k = 0;
    while words < 600 {
        let p = PARAGRAPHS[k % PARAGRAPHS.len()];
        text.push_str(p);
        text.push_str("\n\n");
        words += p.split_whitespace().count();
        k += 1;
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = article();
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
