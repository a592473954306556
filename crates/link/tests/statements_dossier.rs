//! A look at statement grouping on a real dossier: set
//! `PARALLAX_DOSSIER` to a file written by `parallax analyze` and run
//! `cargo test -p parallax-link --test statements_dossier -- --ignored
//! --nocapture`. It prints the groups of more than one quote and checks
//! only the invariants (every quote in exactly one group), never any
//! wording of the input. With `--features embeddings` and
//! `PARALLAX_MINILM_DIR` set it also runs the embedding mode and prints
//! the groups that differ.

use parallax_core::{Dossier, QuoteGroup};
use parallax_link::statements::{contexts, group_statements};
use std::collections::HashMap;

#[test]
#[ignore = "needs PARALLAX_DOSSIER"]
fn groups_of_a_dossier() {
    let Ok(path) = std::env::var("PARALLAX_DOSSIER") else {
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        panic!("cannot read {path}");
    };
    let d: Dossier = match serde_json::from_str(&text) {
        Ok(d) => d,
        Err(e) => panic!("{path}: {e}"),
    };
    let ctx = contexts(&d.articles, &d.stories);
    let start = std::time::Instant::now();
    let groups = group_statements(&d.quotes, &ctx);
    let took = start.elapsed();
    let by_id: HashMap<&str, &parallax_core::Quote> =
        d.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    let show = |g: &QuoteGroup| {
        println!(
            "{} story={:?} speaker={:?} outlets={:?}",
            g.id, g.story, g.speaker_name, g.outlets
        );
        for q in &g.quotes {
            let t = by_id.get(q.as_str()).map(|q| q.text.as_str()).unwrap_or("");
            let short: String = t.chars().take(110).collect();
            println!("   {q}: {short}");
        }
    };
    let mut seen = 0;
    for g in &groups {
        seen += g.quotes.len();
        if g.quotes.len() > 1 {
            show(g);
        }
    }
    #[cfg(feature = "embeddings")]
    if let Some(model) = parallax_link::statements::embed::MiniLm::from_env() {
        let model = match model {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        };
        let config = parallax_link::statements::StatementConfig::default();
        let start = std::time::Instant::now();
        let embedded =
            parallax_link::statements::group_statements_embedded(&d.quotes, &ctx, &config, &model);
        println!("embedding mode: {:?}", start.elapsed());
        let key = |g: &QuoteGroup| g.quotes.clone();
        let lexical: Vec<Vec<String>> = groups.iter().map(key).collect();
        for g in &embedded {
            if g.quotes.len() > 1 && !lexical.contains(&key(g)) {
                print!("embedding mode only: ");
                show(g);
            }
        }
    }
    println!(
        "{} quotes, {} groups ({} of several) in {:?}",
        d.quotes.len(),
        groups.len(),
        groups.iter().filter(|g| g.quotes.len() > 1).count(),
        took
    );
    assert_eq!(seen, d.quotes.len());
}
