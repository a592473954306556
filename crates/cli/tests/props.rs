//! The whole pipeline on generated news-like input: whatever the articles
//! say, `parallax analyze` never panics and every fact it writes cites a
//! valid span of its article.

use proptest::prelude::*;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// Pieces news text is made of, odd ones included: quotes of every kind,
/// numbers, dates, names, dashes, brackets, non-Latin script, stray marks.
const PIECES: &[&str] = &[
    "The minister said",
    "\u{201c}We will rebuild,\u{201d}",
    "\"We will not",
    "accept this\"",
    "\u{ab}Non\u{bb}",
    "at least 41 people were killed",
    "nearly 300 missing",
    "$4.2bn",
    "18%",
    "between 40 and 50",
    "on Tuesday",
    "last week",
    "10 March 2026",
    "Anna Berg,",
    "the deputy head of the agency,",
    "Orvik (NPA) \u{2014}",
    "told reporters that",
    "according to officials",
    "he added.",
    "[the West]",
    "\u{441}\u{43a}\u{430}\u{437}\u{430}\u{43b}",
    "\u{8bf4}\u{3002}",
    "\u{2026}",
    ".",
    ",",
    "\n\n",
    "\n",
    "",
    "\u{feff}",
    "two-thirds",
    "dozens",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.join(" "))
}

fn run(articles: &[(String, String)]) -> (Option<i32>, Vec<u8>, String) {
    let mut input = String::new();
    for (i, (title, text)) in articles.iter().enumerate() {
        let record = serde_json::json!({
            "id": format!("a{i}"),
            "title": title,
            "text": text,
            "outlet": format!("Outlet {}", i % 3),
            "published": format!("2026-03-1{}", i % 9),
        });
        input.push_str(&record.to_string());
        input.push('\n');
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["analyze", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parallax runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("finishes");
    (
        out.status.code(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn check_spans(v: &Value, texts: &std::collections::HashMap<String, String>) {
    match v {
        Value::Object(map) => {
            if let (Some(a), Some(s), Some(e)) = (
                map.get("article").and_then(Value::as_str),
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
            ) {
                let text = texts
                    .get(a)
                    .unwrap_or_else(|| panic!("unknown article {a}"));
                assert!(
                    text.get(s as usize..e as usize).is_some(),
                    "bad span {s}..{e} in {a}"
                );
            }
            map.values().for_each(|c| check_spans(c, texts));
        }
        Value::Array(items) => items.iter().for_each(|c| check_spans(c, texts)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn analyze_never_panics_and_every_span_is_valid(
        articles in prop::collection::vec((article(), article()), 1..6)
    ) {
        let (code, stdout, stderr) = run(&articles);
        prop_assert!(code == Some(0) || code == Some(1), "exit {code:?}: {stderr}");
        let dossier: Value = serde_json::from_slice(&stdout).expect("JSON dossier");
        let texts: std::collections::HashMap<String, String> = dossier["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .map(|a| (a["id"].as_str().unwrap_or("").to_string(), a["text"].as_str().unwrap_or("").to_string()))
            .collect();
        for key in ["entities", "quotes", "quote_groups", "figures", "times", "stories"] {
            check_spans(&dossier[key], &texts);
        }
    }
}
