//! `cargo bench -p parallax-time`: time expressions in a generated
//! 600-word news article (throughput in articles per second).
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn article() -> String {
    let sentences = [
        "The minister said on Friday that talks would resume next week in the capital.",
        "Officials met for three hours on Monday morning, two days after the vote.",
        "Prices rose 4 percent in the third quarter from a year earlier, the agency reported.",
        "The treaty, signed on March 22, 2013, expires in February 2030 unless renewed.",
        "Inspectors visit the plant every year and published their findings last month.",
        "Residents have waited for several years; some left the region in the 1990s.",
        "The council will vote tomorrow at 10 a.m., a spokeswoman told reporters yesterday.",
        "Recently the company has cut hundreds of jobs, and more cuts may follow soon.",
        "Protesters gathered on the night of August 31 and again earlier this week.",
        "Analysts expect growth to slow this summer before recovering next year.",
        "A court in the city rejected the appeal on 11 September, lawyers for the group said.",
        "The agreement now covers the past 12 months of shipments and the coming season.",
    ];
    let mut out = String::new();
    let mut words = 0;
    let mut i = 0;
    while words < 600 {
        let s = sentences[i % sentences.len()];
        words += s.split_whitespace().count();
        out.push_str(s);
        out.push(if i % 4 == 3 { '\n' } else { ' ' });
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = article();
    let anchor = NaiveDate::from_ymd_opt(2021, 9, 3);
    let mut g = c.benchmark_group("time");
    g.throughput(Throughput::Elements(1));
    g.bench_function("find_times_600_words", |b| {
        b.iter(|| parallax_time::find_times(black_box(&text), anchor))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
