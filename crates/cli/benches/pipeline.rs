//! Read + clean + sentence split on a generated corpus of ~600-word dirty
//! articles (share lines, bylines, captions, adverts, comments). Reports
//! articles per second on one thread (criterion's `elem/s`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Invented news sentences the generator draws from.
const SENTENCES: &[&str] = &[
    "The regional council said on Tuesday that water levels in the valley had risen by nearly 40% since the start of March.",
    "Officials warned that further flooding was likely if the rain continued through the weekend.",
    "\u{201c}We are doing everything we can to keep people safe,\u{201d} Deputy Minister Ana Torvik told reporters in Velmora.",
    "At least 120 homes were evacuated overnight, according to the emergency service.",
    "Rescue teams from three regions worked through the night to reinforce the embankment near the U.S.-built pumping station.",
    "Dr. Lind, an engineer at the national university, estimated the damage at $3.5 million.",
    "The government has promised an independent inspection of every dam in the highlands.",
    "Residents of Kolvets said the warning had come too late for many families to save their belongings.",
    "A spokesman for the operator denied that the company had ignored earlier reports of seepage.",
    "The prime minister is expected to visit the area on Thursday, her office said in a statement.",
    "Schools in the district will remain closed until at least Monday.",
    "He added that the army had sent 40 trucks and two field kitchens to the worst-hit towns.",
    "Prices of bottled water in local shops have doubled since the flood, traders said.",
    "The opposition accused the ministry of cutting the maintenance budget by 12% two years ago.",
    "It was not immediately clear how many people were still missing.",
];

/// A deterministic dirty article of about `words` words: headline, share
/// line, byline, date label, paragraphs of news prose, a caption, an
/// advert label, a related block and reader comments.
fn article(seed: u64, words: usize) -> String {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
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
        for i in 0..sentences {
            let sentence = SENTENCES[(next() % SENTENCES.len() as u64) as usize];
            if i > 0 {
                text.push(' ');
            }
            text.push_str(sentence);
            written += sentence.split_whitespace().count();
        }
        text.push_str("\n\n");
        paragraph += 1;
        if paragraph == 3 {
            text.push_str(
                "Rescue workers at the site on Tuesday. Photo: Jo Vik/NPA\n\nADVERTISEMENT\n\n",
            );
        }
    }
    text.push_str("Related stories\nDam operators knew of cracks, documents show\n\n3 Comments\nlol they never learn, do they\n");
    text
}

fn bench_pipeline(c: &mut Criterion) {
    let corpus: Vec<(String, Vec<u8>)> = (0..200)
        .map(|i| (format!("gen/{i}.txt"), article(i, 600).into_bytes()))
        .collect();
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
