//! HTML extraction speed (main text and metadata) on invented news pages
//! of about 60 KB with navigation, adverts, related links and comments.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use parallax_clean::html::{extract, extract_with, Furniture};

fn page(seed: usize) -> String {
    let sentence = |i: usize| {
        format!(
            "Officials in district {} said on Monday that the plan, first proposed {} years ago, would cost about {} million and take until {} to finish. ",
            (seed + i) % 17,
            i % 9 + 2,
            (i * 7 + seed) % 90 + 10,
            2030 + i % 5
        )
    };
    let paragraphs: String = (0..30)
        .map(|i| format!("<p>{}{}</p>\n", sentence(i), sentence(i + 1)))
        .collect();
    let nav: String = (0..60)
        .map(|i| format!(r#"<li><a href="/section/{i}">Section {i}</a></li>"#))
        .collect();
    let related: String = (0..20)
        .map(|i| format!(r#"<li class="teaser"><a href="/story/{i}"><h3>Story {i} headline here</h3></a><p>{}</p></li>"#, sentence(i)))
        .collect();
    let comments: String = (0..25)
        .map(|i| format!(r#"<div class="comment"><span class="user">reader{i}</span><p>I think this is {} {}</p></div>"#, sentence(i), sentence(i + 3)))
        .collect();
    format!(
        r##"<!DOCTYPE html><html lang="en"><head><title>Plan approved | Example</title>
        <meta property="og:site_name" content="Example"><meta property="article:published_time" content="2024-05-0{}T10:00:00Z">
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Plan approved","datePublished":"2024-05-01","author":{{"name":"A. Writer"}}}}</script>
        <script>{}</script></head><body>
        <header><nav><ul>{nav}</ul></nav></header>
        <div class="layout"><div class="content"><h1>Plan approved</h1>
        <div class="share"><a href="#">Share</a><a href="#">Tweet</a></div>
        <div class="article-body">{paragraphs}</div>
        <ul class="related">{related}</ul><section class="comments">{comments}</section></div>
        <aside class="sidebar"><div class="ad">Advertisement</div></aside></div>
        <footer><p>© Example</p></footer></body></html>"##,
        seed % 9 + 1,
        "var x = 1;".repeat(500),
    )
}

fn bench(c: &mut Criterion) {
    let pages: Vec<String> = (0..8).map(page).collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    eprintln!(
        "{} pages, {} KB on average",
        pages.len(),
        bytes / pages.len() / 1024
    );
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function("extract", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(extract(black_box(page)));
            }
        })
    });
    // The HTML parser alone, for reference: the floor under `extract`.
    group.bench_function("parse_only", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(scraper::Html::parse_document(black_box(page)));
            }
        })
    });
    group.bench_function("extract_drop_furniture", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(extract_with(black_box(page), Furniture::Drop));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
