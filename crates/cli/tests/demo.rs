//! End to end: the `parallax` binary on the bundled demo corpus, checked
//! against the corpus's ground truth (`corpus/demo/README.md`: every noise
//! line with its kind, and the headings that must stay).

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn parallax(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .expect("the parallax binary runs")
}

fn demo_dossier() -> Value {
    let out = parallax(&["demo", "--format", "json"]);
    assert!(
        out.status.success(),
        "demo failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("demo writes JSON")
}

fn norm(s: &str) -> String {
    s.replace("\\|", "|")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Ground truth of one README section: the article key (`demo/<file>` or
/// the record id), the removed (kind, text) pairs, the headings kept.
type Section = (String, Vec<(String, String)>, Vec<String>);

fn ground_truth() -> Vec<Section> {
    let readme = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/demo/README.md"),
    )
    .expect("corpus/demo/README.md");
    let mut sections = Vec::new();
    let mut current: Option<Section> = None;
    for line in readme.lines() {
        if let Some(head) = line.strip_prefix("### ") {
            if let Some(done) = current.take() {
                sections.push(done);
            }
            let key = match head.split_once(" — ") {
                Some((_, id)) => id.trim_matches('`').to_string(),
                None => format!("demo/{}", head.trim()),
            };
            current = Some((key, Vec::new(), Vec::new()));
            continue;
        }
        let Some((_, removed, headings)) = current.as_mut() else {
            continue;
        };
        if let Some(list) = line.strip_prefix("Headings kept: ") {
            // The quoted strings; the rest of the line is commentary.
            for (i, piece) in list.split('"').enumerate() {
                if i % 2 == 1 {
                    headings.push(piece.to_string());
                }
            }
        } else if line.starts_with("| ") && !line.starts_with("| kind") {
            let cells: Vec<&str> = line.trim_matches('|').splitn(2, " | ").collect();
            if cells.len() == 2 {
                removed.push((
                    cells[0].trim().to_string(),
                    norm(cells[1].trim().trim_end_matches('|')),
                ));
            }
        }
    }
    sections.extend(current);
    sections
}

#[test]
fn demo_removes_exactly_the_listed_noise_and_keeps_the_headings() {
    let dossier = demo_dossier();
    assert_eq!(dossier["schema"], "parallax.dossier/1");
    let articles = dossier["articles"].as_array().expect("articles");
    let mut problems = Vec::new();
    let truth = ground_truth();
    assert!(truth.len() >= 12, "README sections: {}", truth.len());
    for (key, expected_removed, headings) in &truth {
        let Some(article) = articles
            .iter()
            .find(|a| a["source"] == key.as_str() || a["id"] == key.as_str())
        else {
            problems.push(format!("{key}: no such article"));
            continue;
        };
        let mut expected: BTreeMap<(String, String), i32> = BTreeMap::new();
        for item in expected_removed {
            *expected.entry(item.clone()).or_default() += 1;
        }
        let mut got: BTreeMap<(String, String), i32> = BTreeMap::new();
        for r in article["removed"].as_array().expect("removed") {
            let item = (
                r["kind"].as_str().unwrap_or("").to_string(),
                norm(r["text"].as_str().unwrap_or("")),
            );
            *got.entry(item).or_default() += 1;
        }
        let text = article["text"].as_str().expect("text");
        let html = key.ends_with(".html");
        for (item, n) in &expected {
            let g = got.get(item).copied().unwrap_or(0);
            // The HTML extractor drops page furniture before cleaning: for
            // HTML, noise that never reached the text is gone too.
            if html && g == 0 && !norm(text).contains(&item.1) {
                continue;
            }
            if g < *n {
                problems.push(format!("{key}: missing removal {} {:?}", item.0, item.1));
            }
        }
        for (item, n) in &got {
            let e = expected.get(item).copied().unwrap_or(0);
            if *n > e {
                problems.push(format!("{key}: unexpected removal {} {:?}", item.0, item.1));
            }
        }
        let kept_headings: Vec<&str> = article["paragraphs"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .filter(|p| p["kind"] == "heading")
            .filter_map(|p| text.get(p["start"].as_u64()? as usize..p["end"].as_u64()? as usize))
            .collect();
        for h in headings {
            if !kept_headings.contains(&h.as_str()) {
                problems.push(format!(
                    "{key}: heading not kept as a heading: {h:?} (headings: {kept_headings:?})"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_span_points_into_its_article_text() {
    let dossier = demo_dossier();
    for a in dossier["articles"].as_array().expect("articles") {
        let text = a["text"].as_str().expect("text");
        for key in ["sentences", "paragraphs"] {
            for s in a[key].as_array().expect("spans") {
                let (start, end) = (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                );
                let slice = text
                    .get(start..end)
                    .unwrap_or_else(|| panic!("{}: bad {key} span {start}..{end}", a["id"]));
                assert!(
                    !slice.trim().is_empty() && slice.trim() == slice,
                    "{}: {key} span {slice:?}",
                    a["id"]
                );
            }
        }
        for r in a["removed"].as_array().expect("removed") {
            assert!(r["at"].as_u64().unwrap() as usize <= text.len());
        }
    }
}

#[test]
fn demo_sentence_counts() {
    // Checked by reading each article's sentences; a change here means the
    // splitter or the cleaner changed what the articles are made of.
    let expected = [
        ("01_northharbourpost_dam_day1", 18),
        ("02_meridianledger_dam_wire", 12),
        ("03_valleycourier_dam_wire", 13),
        ("04_coastlineobserver_dam_wire", 10),
        ("05_dailylantern_dam_day3", 17),
        ("06_eastbridgetimes_dam_analysis", 24),
        ("07_valleycourier_dam_funerals", 11),
        ("08_meridianledger_summit", 18),
        ("09_eastbridgetimes_summit", 17),
        ("10_coastlineobserver_summit", 16),
        ("11_dailylantern_ferry", 15),
        ("fd-2026-03-12-brellin-notes", 16),
        ("nhp-2026-03-12-halvik-opens", 11),
        ("fd-2026-03-12-selma-korrin", 12),
    ];
    let dossier = demo_dossier();
    let articles = dossier["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), expected.len());
    for (id, count) in expected {
        let article = articles
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("no article {id}"));
        assert_eq!(
            article["sentences"].as_array().map(Vec::len),
            Some(count),
            "{id}"
        );
    }
}

#[test]
fn demo_actors_are_one_entity_each_across_spellings() {
    let dossier = demo_dossier();
    let entities = dossier["entities"].as_array().expect("entities");
    for (spellings, title_word) in [
        (
            ["Aleksandr Voronel", "Alexander Voronel"],
            "Foreign Minister",
        ),
        (["Yevgeny Strelnik", "Evgeny Strelnik"], "Governor"),
    ] {
        let holders: Vec<&Value> = entities
            .iter()
            .filter(|e| {
                e["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| spellings.contains(&a.as_str().unwrap_or("")))
            })
            .collect();
        assert_eq!(holders.len(), 1, "{spellings:?} split over {holders:?}");
        let e = holders[0];
        assert_eq!(e["type"], "person");
        for s in spellings {
            assert!(
                e["aliases"].as_array().unwrap().iter().any(|a| a == s),
                "{s} missing from {e}"
            );
        }
        assert!(
            e["titles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t.as_str().unwrap_or("").contains(title_word)),
            "{e}"
        );
        // Every mention points at the name in its article's text.
        for m in e["mentions"].as_array().unwrap() {
            let article = dossier["articles"]
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["id"] == m["article"])
                .unwrap();
            let text = article["text"].as_str().unwrap();
            let span = text
                .get(m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize)
                .unwrap();
            assert!(
                span.contains("Voronel") || span.contains("Strelnik"),
                "{span}"
            );
        }
    }
}

/// Every `{article, start, end}` anywhere in the dossier — mentions, quotes,
/// speakers, cues, times, figures, summary and timeline sentences — must
/// slice a non-empty piece of its article's clean text on char boundaries,
/// and a fact's own `text` must be what its evidence shows.
#[test]
fn every_fact_cites_a_span_of_its_article() {
    let dossier = demo_dossier();
    let texts: BTreeMap<String, String> = dossier["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut checked = 0;
    for key in [
        "entities",
        "quotes",
        "figures",
        "times",
        "stories",
        "quote_groups",
    ] {
        check_evidence(&dossier[key], &texts, &mut checked);
    }
    assert!(checked > 500, "only {checked} evidence spans in the demo");
    for key in ["quotes", "times", "figures"] {
        for fact in dossier[key].as_array().expect(key) {
            let ev = &fact["evidence"];
            let shown = slice(&texts, ev).expect("valid evidence");
            // a direct quote's evidence includes its quote marks and, for a
            // quote split by its attribution, the attribution between the
            // pieces: every word of the fact is in what the evidence shows
            for word in fact["text"].as_str().unwrap().split_whitespace() {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                assert!(shown.contains(word), "{key}: {word:?} of {fact}");
            }
        }
    }
}

fn slice<'a>(texts: &'a BTreeMap<String, String>, ev: &Value) -> Option<&'a str> {
    let text = texts.get(ev["article"].as_str()?)?;
    text.get(ev["start"].as_u64()? as usize..ev["end"].as_u64()? as usize)
}

fn check_evidence(v: &Value, texts: &BTreeMap<String, String>, checked: &mut usize) {
    match v {
        Value::Object(map) => {
            if map.contains_key("article") && map.contains_key("start") && map.contains_key("end") {
                let shown = slice(texts, v).unwrap_or_else(|| panic!("bad evidence {v}"));
                assert!(!shown.trim().is_empty(), "empty evidence {v}");
                *checked += 1;
            }
            for child in map.values() {
                check_evidence(child, texts, checked);
            }
        }
        Value::Array(items) => {
            for child in items {
                check_evidence(child, texts, checked);
            }
        }
        _ => {}
    }
}

#[test]
fn demo_speakers_link_to_their_entity_and_stories_have_timelines() {
    let dossier = demo_dossier();
    let voronel = dossier["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str().unwrap_or("").ends_with("Voronel"))
        .expect("Voronel is an actor");
    let his: Vec<&Value> = dossier["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| {
            q["speaker"]["name"]
                .as_str()
                .unwrap_or("")
                .ends_with("Voronel")
        })
        .collect();
    assert!(his.len() >= 3, "{his:?}");
    for q in his {
        assert_eq!(q["speaker"]["entity"], voronel["id"], "{q}");
    }
    // the dam broke on Tuesday 10 March 2026: some story's timeline says so
    let dated: Vec<&str> = dossier["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["timeline"].as_array().unwrap())
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert!(dated.contains(&"2026-03-10"), "{dated:?}");
    // an undated article gets an estimated range, not a guessed date
    let undated = dossier["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "07_valleycourier_dam_funerals")
        .expect("funerals article");
    assert!(undated["published"].is_null());
    // its story's dates bound it: the funerals were on Saturday 14 March
    let range = &undated["published_estimate"];
    let (from, to) = (
        range["from"].as_str().unwrap(),
        range["to"].as_str().unwrap(),
    );
    assert!(from <= "2026-03-14" && "2026-03-14" <= to, "{range}");
}

#[test]
fn demo_html_report_is_one_page_with_the_stories() {
    let out = parallax(&["demo", "--format", "html"]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<h2>Story: "), "no stories in the report");
    assert!(!page.contains("<script"));
    assert!(page.trim_end().ends_with("</html>"));
}

#[test]
fn demo_wire_copies_record_their_agency() {
    let dossier = demo_dossier();
    for id in [
        "02_meridianledger_dam_wire",
        "03_valleycourier_dam_wire",
        "04_coastlineobserver_dam_wire",
    ] {
        let a = dossier["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .expect("wire article");
        assert_eq!(a["agency"], "NPA", "{id}");
    }
}

/// The demo's cross-outlet statements: the two translations of Voronel's
/// closing statement are one group (with the follow-up line one of them
/// quotes apart), the wire copies' quote is one group
/// carried by three outlets, and no group mixes two actors.
#[test]
fn demo_statements_group_across_outlets_and_never_mix_speakers() {
    let dossier = demo_dossier();
    let quotes: BTreeMap<&str, &Value> = dossier["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| (q["id"].as_str().unwrap(), q))
        .collect();
    let groups = dossier["quote_groups"].as_array().expect("quote_groups");
    let group_with = |words: &str| {
        groups
            .iter()
            .find(|g| {
                g["quotes"].as_array().unwrap().iter().any(|q| {
                    quotes[q.as_str().unwrap()]["text"]
                        .as_str()
                        .unwrap()
                        .contains(words)
                })
            })
            .unwrap_or_else(|| panic!("no group quotes {words:?}"))
    };
    let translation_a = group_with("they are not for sale");
    let translation_b = group_with("nobody can buy it");
    assert_eq!(translation_a["id"], translation_b["id"]);
    // the third outlet reports it in indirect speech: the same group
    let reporting: std::collections::BTreeSet<&str> = translation_a["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| quotes[q.as_str().unwrap()]["article"].as_str().unwrap())
        .collect();
    assert!(
        reporting.contains("10_coastlineobserver_summit"),
        "{translation_a}"
    );
    // the follow-up line, quoted apart by one translation, is part of it
    let follow_up = group_with("a pistol lying on the table");
    assert_eq!(follow_up["id"], translation_a["id"]);
    // and the third outlet's short report of it, in the sentence that
    // reports the rest
    let under_threat = group_with("under threat");
    assert_eq!(under_threat["id"], translation_a["id"]);
    let wire = group_with("Nobody in this valley will be left");
    assert_eq!(wire["quotes"].as_array().unwrap().len(), 3, "{wire}");
    for g in groups {
        let mut speakers: Vec<&str> = g["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|q| quotes[q.as_str().unwrap()]["speaker"]["entity"].as_str())
            .collect();
        speakers.sort_unstable();
        speakers.dedup();
        assert!(speakers.len() <= 1, "{g} mixes {speakers:?}");
        // an actor's statements go by the actor's name
        if let Some(e) = g["speaker"].as_str() {
            let entity = dossier["entities"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["id"] == e)
                .expect("speaker entity exists");
            assert_eq!(g["speaker_name"], entity["name"], "{g}");
        }
    }
}
