//! Links the articles of a dossier written by `parallax analyze`:
//! `cargo run --release -p parallax-link --example link_dossier -- dossier.json`
//! prints the copies found and the stories.

use std::process::ExitCode;

use parallax_link::eval::parse_time;
use parallax_link::{find_duplicates, ClusterDoc, DedupDoc, StoryClusterer};
use serde_json::Value;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: link_dossier DOSSIER.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("link_dossier: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let d: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("link_dossier: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let empty = Vec::new();
    let arts = d["articles"].as_array().unwrap_or(&empty);
    let ents = d["entities"].as_array().unwrap_or(&empty);
    let ids: Vec<&str> = arts
        .iter()
        .map(|a| a["id"].as_str().unwrap_or("?"))
        .collect();
    let times: Vec<Option<i64>> = arts
        .iter()
        .map(|a| parse_time(&a["published"]["date"]))
        .collect();
    let docs: Vec<DedupDoc> = arts
        .iter()
        .zip(&times)
        .map(|(a, t)| DedupDoc {
            text: a["text"].as_str().unwrap_or(""),
            published: *t,
        })
        .collect();
    let dup = find_duplicates(&docs);
    for (i, d) in dup.iter().enumerate() {
        if let Some(o) = d {
            println!("copy: {} duplicate_of {}", ids[i], ids[*o]);
        }
    }
    let cdocs: Vec<ClusterDoc> = arts
        .iter()
        .zip(&times)
        .map(|(a, t)| {
            let id = a["id"].as_str().unwrap_or("");
            let entities = ents
                .iter()
                .filter(|e| {
                    e["mentions"]
                        .as_array()
                        .is_some_and(|m| m.iter().any(|m| m["article"].as_str() == Some(id)))
                })
                .filter_map(|e| e["id"].as_str().map(str::to_string))
                .collect();
            ClusterDoc {
                title: a["title"].as_str().map(str::to_string),
                text: a["text"].as_str().unwrap_or("").to_string(),
                published: *t,
                entities,
            }
        })
        .collect();
    let mut c = StoryClusterer::default();
    c.add_batch(&cdocs);
    for s in c.stories() {
        let members: Vec<&str> = s.docs.iter().map(|&i| ids[i]).collect();
        println!(
            "story {}: {:?} {:?}",
            s.id,
            s.title.unwrap_or_default(),
            members
        );
    }
    ExitCode::SUCCESS
}
