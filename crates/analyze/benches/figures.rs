//! Throughput of `extract_figures` on a generated news article of about 600
//! words dense with figures (digits, words, ranges, money, percentages,
//! hedges, dates and times that are not figures).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parallax_analyze::{figures::extract_figures, split_sentences};
use std::hint::black_box;

mod common;

const PARAGRAPHS: &[&str] = &[
    "At least 41 people were killed and dozens more were missing on Tuesday after floods swept the Orvik valley, officials said on 14 April.",
    "Some 12,000 residents had been forced from their homes by midday, and the river rose more than four metres in under an hour.",
    "\"We lost everything,\" said Dana Kell, 54, who runs a bakery in Solvik. The first alert reached the control room at 4:52 a.m.",
    "The government pledged $4.2bn in aid and a €3 million fund for farmers, while inflation rose to 9.4% in March.",
    "Between 40 and 50 boats were damaged, and nearly two-thirds of the harbour's cranes were out of action for 3-5 days.",
    "More than 60,000 households across the region were without electricity, the grid operator said, up from 45,000 in 2021.",
    "Rescuers said twenty-one miners were rescued and hundreds of homes were destroyed in the lower town.",
    "Section 4 of the emergency act, adopted in 1998, lets the army deploy up to 2,500 troops within 24 hours.",
    "The death toll rose from 41 to 63 overnight, according to the crisis office, and about 300 people remained in hospital.",
];

fn bench(c: &mut Criterion) {
    let text = common::article(
        "Floods sweep Orvik valley as toll nears 70",
        PARAGRAPHS,
        600,
    );
    let sentences = split_sentences(&text);
    let mut g = c.benchmark_group("figures");
    g.throughput(Throughput::Elements(1));
    g.bench_function("extract_figures_600_words", |b| {
        b.iter(|| extract_figures("a", black_box(&text), black_box(&sentences)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
