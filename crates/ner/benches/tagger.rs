//! Tagger throughput on generated news-like text.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parallax_ner::Model;

fn bench_text() -> String {
    let firsts = [
        "Anna", "Pieter", "Malik", "Sofia", "Jonas", "Keiko", "Omar", "Lena",
    ];
    let lasts = [
        "Berglund",
        "Okafor",
        "Haddad",
        "Rossi",
        "Kowalczyk",
        "Tanaka",
        "Lindqvist",
        "Mensah",
    ];
    let orgs = [
        "Nordvik Shipping",
        "the European Union",
        "Helix Bank",
        "the United Nations",
        "Vantara Group",
    ];
    let places = [
        "Oslo", "Nairobi", "Lima", "Hanoi", "Geneva", "Toronto", "Krakow",
    ];
    let mut s = String::new();
    for i in 0..400 {
        let f = firsts[i % firsts.len()];
        let l = lasts[(i * 3) % lasts.len()];
        let o = orgs[(i * 7) % orgs.len()];
        let p = places[(i * 5) % places.len()];
        s.push_str(&format!(
            "{f} {l}, a spokesman for {o}, said on Tuesday in {p} that the talks with German and French officials would resume next week. \
             \"We expect an agreement by March,\" {l} told reporters, adding that shares rose 3.5 percent to $12.40.\n"
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let model = match Model::embedded() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("skipping tagger bench: {e}");
            return;
        }
    };
    let text = bench_text();
    let ntok = parallax_ner::tokenize(&text).len() as u64;
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(ntok));
    g.sample_size(20);
    g.bench_function("tag_raw_text", |b| {
        b.iter(|| model.tag(std::hint::black_box(&text)))
    });
    let toks: Vec<&str> = parallax_ner::tokenize(&text)
        .iter()
        .map(|t| &text[t.start..t.end])
        .collect();
    g.bench_function("tokenize", |b| {
        b.iter(|| parallax_ner::tokenize(std::hint::black_box(&text)))
    });
    let sents: Vec<Vec<&str>> = toks.chunks(30).map(|c| c.to_vec()).collect();
    g.bench_function("tag_document_tokens", |b| {
        b.iter(|| model.tag_document(std::hint::black_box(&sents)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
