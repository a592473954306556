//! Throughput of `split_sentences` on a generated news-like article of about
//! 600 words, and on a larger concatenation of such articles.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parallax_analyze::split_sentences;
use std::hint::black_box;

/// Sentence templates covering the phenomena the splitter handles:
/// abbreviations, initials, acronyms, decimals, quotes, ellipses, brackets.
const SENTENCES: &[&str] = &[
    "Officials in Port Haldane said on Tuesday that the harbour would reopen within two weeks.",
    "Mr. Okafor, who chairs the Harbour Trust, told the Northgate Ledger that repairs cost approx. $4.2 million.",
    "\"We will not leave this city,\" said Mara Velinova, a dock worker. \"Not now, not ever.\"",
    "The U.S. Coast Guard sent two cutters, and the U.K. offered 1,500 tonnes of supplies.",
    "Rep. Dana Whitlow (D-Calif.) called the response \"slow… and frankly confused.\"",
    "According to Gen. R. T. Tarrow, the convoy left at 6 a.m. Monday and arrived by noon.",
    "Inflation in the region rose 3.5% in Sept., the highest since Jan. 2019.",
    "Why did it take so long? Nobody at Brightwater Corp. would say.",
    "The report [published by the ministry] lists 85 damaged vessels, 12 warehouses, etc.",
    "\"The threat remains. <…> It is unlikely that the port recovers before winter,\" the agency wrote.",
    "Dr. Ilse Brandvik, an engineer at Kestrel Bros. Co., said the seawall failed in three places.",
    "Residents were told to check www.haldane-port.org or write to help@haldane-port.org for updates.",
    "Some families, e.g. those on Quay Road, have already returned. Others are waiting...",
    "The mayor's office (see No. 14 on the list) has not commented.",
    "Stop! Wait! Is this really the plan?!",
];

fn article() -> String {
    let mut text = String::from("Harbour Reopening Delayed as Repairs Drag On\n\n");
    let mut words = 0;
    let mut k = 0;
    while words < 600 {
        let s = SENTENCES[k % SENTENCES.len()];
        text.push_str(s);
        words += s.split_whitespace().count();
        k += 1;
        text.push_str(if k % 4 == 0 { "\n\n" } else { " " });
    }
    text
}

fn bench(c: &mut Criterion) {
    let one = article();
    let many = one.repeat(200);
    let mut group = c.benchmark_group("split_sentences");
    group.throughput(Throughput::Bytes(one.len() as u64));
    group.bench_function("article_600_words", |b| {
        b.iter(|| split_sentences(black_box(&one)))
    });
    group.throughput(Throughput::Bytes(many.len() as u64));
    group.bench_function("articles_200x", |b| {
        b.iter(|| split_sentences(black_box(&many)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
