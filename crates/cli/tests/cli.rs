//! The `parallax` binary as a user meets it: inputs of every kind, broken
//! files among good ones, stdin, exit statuses and output files.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn parallax(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the parallax binary runs");
    if let Some(bytes) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(bytes)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("parallax finishes")
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("parallax-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write fixture");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ARTICLE: &str = "Harbour Bridge Reopens After Repairs\n\nShare on X\n\nBy Lena Ostrova | Staff Reporter\n\nThe Harbour Bridge in Vessby reopened to traffic on Monday after eight months of repairs, the city council said.\n\n\u{201c}We are glad to give the bridge back to the people of Vessby,\u{201d} Mayor Ilse Brandt told reporters at the opening.\n\nWork on the northern span took two months longer than planned, according to the council.\n\n3 Comments\n\nfinally!! took them long enough lol\n";

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn a_folder_with_broken_files_still_yields_the_good_articles() {
    let dir = TempDir::new("mixed");
    dir.write("a_bridge.txt", ARTICLE.as_bytes());
    dir.write("b_empty.txt", b"");
    dir.write("c_binary.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3]);
    dir.write("d_feed.jsonl", b"{\"id\": \"f1\", \"url\": \"https://www.vessbytimes.example/a\", \"title\": \"Ferry fares rise\", \"published\": \"2026-02-03\", \"text\": \"Ferry fares in Vessby will rise by 4% from March, the operator said on Tuesday.\"}\n{\"id\": \"f2\", \"text\": \n");
    let out = parallax(&["analyze", dir.0.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b_empty.txt"), "{stderr}");
    assert!(stderr.contains("c_binary.txt"), "{stderr}");
    assert!(stderr.contains("d_feed.jsonl#2"), "{stderr}");
    let dossier = json(&out);
    assert_eq!(dossier["schema"], "parallax.dossier/1");
    let ids: Vec<&str> = dossier["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["a_bridge", "f1"]);
    assert_eq!(dossier["errors"].as_array().unwrap().len(), 3);
    let feed = &dossier["articles"][1];
    assert_eq!(feed["outlet"], "vessbytimes.example");
    assert_eq!(feed["published"]["date"], "2026-02-03");
    assert_eq!(feed["published"]["source"], "given");
    let bridge = &dossier["articles"][0];
    assert_eq!(bridge["title"], "Harbour Bridge Reopens After Repairs");
    assert_eq!(bridge["byline"]["authors"][0], "Lena Ostrova");
    assert_eq!(bridge["outlet"], Value::Null, "an outlet is never guessed");
    let kinds: Vec<&str> = bridge["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec!["title", "share", "byline", "comment", "comment"]
    );
    assert_eq!(bridge["sentences"].as_array().unwrap().len(), 3);

    // --strict turns the broken files into a failure, output still written.
    let strict = parallax(&["analyze", "--strict", dir.0.to_str().unwrap()], None);
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(json(&strict)["articles"].as_array().unwrap().len(), 2);
}

#[test]
fn nothing_readable_is_a_failure_with_a_message_per_file() {
    let dir = TempDir::new("nothing");
    let empty = dir.write("empty.txt", b"   \n");
    let missing = dir.0.join("missing.txt");
    let out = parallax(
        &[
            "analyze",
            empty.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("empty.txt") && stderr.contains("missing.txt"),
        "{stderr}"
    );
    assert!(stderr.contains("no article could be read"), "{stderr}");
}

#[test]
fn stdin_is_read_and_markdown_written_to_a_file() {
    let dir = TempDir::new("stdin");
    let target = dir.0.join("dossier.md");
    let out = parallax(
        &["analyze", "-", "-o", target.to_str().unwrap()],
        Some(ARTICLE.as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(&target).expect("markdown written");
    assert!(md.starts_with("# parallax dossier"), "{md}");
    assert!(
        md.contains("### Harbour Bridge Reopens After Repairs"),
        "{md}"
    );
    assert!(md.contains("| comment | 3 Comments |"), "{md}");
    assert!(
        !dir.0.join("dossier.parallax-tmp").exists(),
        "no temporary file left behind"
    );
}

#[test]
fn windows_1252_input_is_decoded_with_a_warning() {
    let dir = TempDir::new("cp1252");
    // "The mayor said \x93enough\x94 on Friday in Malm\xe9." in Windows-1252.
    let mut bytes = b"The mayor said \x93enough\x94 on Friday in Malm\xe9, where the council met for the last time this year.\n".to_vec();
    bytes.extend_from_slice(b"Officials said the budget would be published next week.\n");
    let file = dir.write("old.txt", &bytes);
    let out = parallax(&["analyze", file.to_str().unwrap()], None);
    assert!(out.status.success());
    let dossier = json(&out);
    let text = dossier["articles"][0]["text"].as_str().unwrap();
    assert!(
        text.contains("\u{201c}enough\u{201d}") && text.contains("Malmé"),
        "{text}"
    );
    assert!(!dossier["articles"][0]["warnings"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn eval_clean_prints_a_summary_line() {
    let dir = TempDir::new("evalclean");
    dir.write(
        "one.txt",
        "title\tRiver Festival Returns to Osk\nshare\tShare on Facebook\nkeep\tThe river festival returns to Osk this weekend after a two-year break, organisers said on Monday.\nkeep\tAbout 20,000 visitors are expected, according to the town council.\ncomment\t2 Comments\ncomment\tcant wait!! see u all there\n".as_bytes(),
    );
    let out = parallax(&["eval", "clean", dir.0.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or("");
    assert!(last.starts_with("noise_f1=1.000 "), "{stdout}");
    assert!(last.contains("prose_recall=1.000"), "{stdout}");
}

/// The real scraped sample in ../shared, when present: every article comes
/// out with valid spans. (No expectations about its content: it is a smoke
/// sample, not an oracle.)
#[test]
fn shared_seed_articles_analyse_cleanly_when_present() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    if !seeds.is_dir() {
        eprintln!("skipped: {} not present", seeds.display());
        return;
    }
    let out = parallax(&["analyze", seeds.to_str().unwrap()], None);
    assert!(out.status.success());
    let dossier = json(&out);
    for a in dossier["articles"].as_array().unwrap() {
        let text = a["text"].as_str().unwrap();
        assert!(!text.is_empty());
        for s in a["sentences"].as_array().unwrap() {
            assert!(text
                .get(s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize)
                .is_some());
        }
    }
}

/// Story ids of a `--state` run, by article id.
fn story_ids(dossier: &Value) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for s in dossier["stories"].as_array().expect("stories") {
        for a in s["articles"].as_array().expect("articles") {
            out.insert(
                a.as_str().unwrap().to_string(),
                s["id"].as_str().unwrap().to_string(),
            );
        }
    }
    out
}

#[test]
fn state_keeps_story_ids_across_runs() {
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/demo/");
    let dir = TempDir::new("state");
    let state = dir.0.join("stories");
    let state = state.to_str().unwrap();
    let run = |files: &[&str]| -> Value {
        let mut args = vec!["analyze", "--state", state];
        let paths: Vec<String> = files.iter().map(|f| format!("{demo}{f}")).collect();
        args.extend(paths.iter().map(String::as_str));
        let out = parallax(&args, None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let first = story_ids(&run(&[
        "01_northharbourpost_dam_day1.txt",
        "08_meridianledger_summit.txt",
    ]));
    let dam = first["01_northharbourpost_dam_day1"].clone();
    let summit = first["08_meridianledger_summit"].clone();
    assert_ne!(dam, summit);
    // a later run: new articles join the stories of the first run
    let second = story_ids(&run(&[
        "05_dailylantern_dam_day3.txt",
        "09_eastbridgetimes_summit.txt",
    ]));
    assert_eq!(second["05_dailylantern_dam_day3"], dam);
    assert_eq!(second["09_eastbridgetimes_summit"], summit);
    // an article seen before keeps its story and is not added twice
    let third = story_ids(&run(&["01_northharbourpost_dam_day1.txt"]));
    assert_eq!(third["01_northharbourpost_dam_day1"], dam);
    let listing = std::fs::read_to_string(dir.0.join("stories/articles.tsv")).expect("listing");
    assert_eq!(listing.lines().count(), 4, "{listing}");
    // a damaged state is a clear error, not a fresh start that loses it
    std::fs::write(dir.0.join("stories/clusterer.json"), b"{\"format\":").expect("write");
    let out = parallax(
        &[
            "analyze",
            "--state",
            state,
            &format!("{demo}11_dailylantern_ferry.txt"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("clusterer.json"));
}

#[test]
fn lines_repeated_across_an_outlets_articles_are_removed_as_its_template() {
    let template =
        "The Velmora Gazette is published by Northbay Media Group in the old harbour district.";
    let bodies = [
        "The ferry to Orsk resumed on Monday after a week of storms, the port authority said in a statement.",
        "A new school opened in Velmora on Tuesday, and the council said it would take 400 pupils by autumn.",
        "Engineers said on Friday that the Velmora bridge would close for repairs in May for six weeks.",
        "The regional museum reopened its maritime hall on Sunday after two years of restoration work.",
    ];
    let jsonl = |n: usize| -> String {
        bodies[..n]
            .iter()
            .enumerate()
            .map(|(i, b)| {
                serde_json::json!({
                    "id": format!("vg{i}"),
                    "outlet": "Velmora Gazette",
                    "title": format!("Story {i}"),
                    "text": format!("{b}\n\n{template}"),
                })
                .to_string()
                    + "\n"
            })
            .collect()
    };
    let kept = |input: String| -> Vec<bool> {
        let out = parallax(&["analyze", "-"], Some(input.as_bytes()));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let d: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        d["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["text"].as_str().unwrap().contains("Northbay Media"))
            .collect()
    };
    // two articles cannot tell a template from shared text
    assert_eq!(kept(jsonl(2)), vec![true, true]);
    // four can: the line goes, with the memory named in the audit
    let input = jsonl(4);
    assert_eq!(kept(input.clone()), vec![false; 4]);
    let out = parallax(&["analyze", "-"], Some(input.as_bytes()));
    let d: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let reason = d["articles"][0]["removed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["text"].as_str().unwrap_or("").contains("Northbay"))
        .map(|r| r["reason"].as_str().unwrap_or("").to_string())
        .unwrap_or_default();
    assert!(reason.contains("outlet memory"), "{reason}");
}

#[test]
fn updates_of_one_story_keep_their_shared_paragraphs() {
    let background = "The Orsk ferry line has run between the two harbours since 1962 and carries about 400,000 passengers a year, most of them in summer.";
    let cause = "Engineers said the breakdown was caused by a cracked gearbox housing that had been replaced only last spring.";
    let updates = [
        "The Orsk ferry was halted on Monday after an engine failure, the operator said.",
        "The Orsk ferry stayed in port for a second day on Tuesday as engineers waited for parts, the operator said.",
        "The Orsk ferry will resume sailing on Thursday, the operator said on Wednesday after repairs were finished.",
    ];
    let input: String = updates
        .iter()
        .enumerate()
        .map(|(i, lead)| {
            serde_json::json!({
                "id": format!("u{i}"),
                "outlet": "Orsk Evening News",
                "title": format!("Ferry update {i}"),
                "text": format!("{lead}\n\n{background}\n\n{cause}"),
            })
            .to_string()
                + "\n"
        })
        .collect();
    let out = parallax(&["analyze", "-"], Some(input.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for a in d["articles"].as_array().unwrap() {
        let text = a["text"].as_str().unwrap();
        assert!(
            text.contains("since 1962") && text.contains("gearbox"),
            "{text}"
        );
    }
}

#[test]
fn html_pages_join_the_outlet_memory_by_their_own_site_name() {
    let dir = TempDir::new("htmlmemory");
    let bodies = [
        "The ferry to Orsk resumed on Monday after a week of storms, the port authority said in a statement to reporters.",
        "A new school opened in Velmora on Tuesday, and the council said it would take 400 pupils by the autumn term.",
        "Engineers said on Friday that the Velmora bridge would close for repairs in May for six weeks of work.",
        "The regional museum reopened its maritime hall on Sunday after two years of restoration work by volunteers.",
    ];
    let template =
        "The Velmora Gazette is published by Northbay Media Group in the old harbour district.";
    let mut paths = Vec::new();
    for (i, b) in bodies.iter().enumerate() {
        let page = format!(
            "<html><head><meta property=\"og:site_name\" content=\"Velmora Gazette\"><title>Story {i}</title></head>\
             <body><article><h1>Story {i}</h1><p>{b}</p>\
             <p>{template}</p></article></body></html>"
        );
        paths.push(dir.write(&format!("p{i}.html"), page.as_bytes()));
    }
    let mut args = vec!["analyze".to_string()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = parallax(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for a in d["articles"].as_array().unwrap() {
        let text = a["text"].as_str().unwrap();
        assert!(!text.contains("Northbay"), "{text}");
        assert!(text.len() > 80, "{text}");
    }
}

#[test]
fn frequencies_reach_the_dossier_with_their_quant_and_freq() {
    let text = "Ferry timetable changes\n\nPublished: 4 May 2026\n\nThe ferry to Orvik will sail twice a week from June, the operator said on Monday. Inspectors will check the hull every month.\n";
    let out = parallax(&["analyze", "-", "--format", "json"], Some(text.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dossier = json(&out);
    let times = dossier["times"].as_array().expect("times");
    let set = |phrase: &str| {
        times
            .iter()
            .find(|t| t["text"].as_str().is_some_and(|s| s.contains(phrase)))
            .unwrap_or_else(|| panic!("no time expression {phrase:?} in {times:?}"))
    };
    let twice = set("twice a week");
    assert_eq!(twice["type"], "SET");
    assert_eq!(twice["freq"], "2X");
    let monthly = set("every month");
    assert_eq!(monthly["type"], "SET");
    assert_eq!(monthly["quant"], "EVERY");
    // a date carries neither
    let monday = set("Monday");
    assert!(monday.get("freq").is_none() && monday.get("quant").is_none());
}
