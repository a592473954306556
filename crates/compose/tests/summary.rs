//! Story summaries on invented multi-outlet fixtures, and the Multi-News
//! evaluation (skipped when ../shared is absent).

use parallax_compose::summary::{summarize, summarize_with, SummaryOptions};
use parallax_compose::summary_eval::{article_from_document, eval_summary};
use parallax_core::{Article, MetaSource, Published, Span, SummarySentence};
use std::path::Path;

fn article(id: &str, outlet: &str, date: Option<&str>, text: &str) -> Article {
    let mut a = article_from_document(id, text);
    a.outlet = Some(outlet.to_string());
    a.published = date.map(|d| Published {
        date: d.to_string(),
        source: MetaSource::Given,
        raw: d.to_string(),
    });
    a
}

const WIRE: &str = "The harbour authority of Port Selvane closed the northern terminal on Tuesday after a crane collapsed onto a cargo ship.\n\n\
Two dock workers were taken to hospital with minor injuries, the authority said in a statement.\n\n\
Investigators from the national transport safety board arrived on Wednesday to examine the crane and its maintenance records.\n\n\
The terminal handles about a third of the port's container traffic, and shipping companies warned of delays of up to a week.\n\n\
The crane had been inspected in March and passed all safety checks, according to the operator.";

const LOCAL: &str = "Dock workers in Port Selvane staged a protest on Thursday, demanding an independent inquiry into the crane collapse.\n\n\
The union said it had raised concerns about worn cables on the northern terminal cranes twice this year.\n\n\
The harbour authority closed the northern terminal on Tuesday after a crane collapsed onto a cargo ship.\n\n\
Local businesses that depend on the port said the closure was already costing them customers.\n\n\
\"We warned them and nobody listened,\" said union representative Mara Olsen.";

const ANALYSIS: &str = "Port Selvane has struggled with ageing equipment since the terminal was privatised a decade ago.\n\n\
Freight volumes at the port have grown by almost half since then while investment in cranes and cables has lagged behind.\n\n\
The transport safety board is expected to publish preliminary findings on the crane collapse within a month.\n\n\
Shipping lines have begun diverting vessels to neighbouring ports until the northern terminal reopens.";

fn story() -> Vec<Article> {
    vec![
        article("wire", "Wire Agency", Some("2024-03-05"), WIRE),
        article("local", "Selvane Courier", Some("2024-03-07"), LOCAL),
        article("analysis", "Freight Weekly", Some("2024-03-06"), ANALYSIS),
    ]
}

fn words(summary: &[SummarySentence]) -> usize {
    summary
        .iter()
        .map(|s| s.text.split_whitespace().count())
        .sum()
}

#[test]
fn evidence_slices_exactly_the_sentence() {
    let arts = story();
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 120);
    assert!(!summary.is_empty());
    for s in &summary {
        let a = arts
            .iter()
            .find(|a| a.id == s.evidence.article)
            .expect("cited article is in the story");
        assert_eq!(s.evidence.slice(&a.text), Some(s.text.as_str()));
        assert!(a
            .sentences
            .contains(&Span::new(s.evidence.start, s.evidence.end)));
    }
}

#[test]
fn length_is_respected() {
    let arts = story();
    let refs: Vec<&Article> = arts.iter().collect();
    for budget in [0, 10, 25, 40, 60, 100, 260, 1000] {
        let summary = summarize(&refs, budget);
        assert!(words(&summary) <= budget, "budget {budget}");
    }
    assert!(summarize(&refs, 0).is_empty());
    // A larger budget never gives fewer words here.
    assert!(words(&summarize(&refs, 100)) >= words(&summarize(&refs, 40)));
}

#[test]
fn repeated_sentence_across_outlets_appears_once() {
    let arts = story();
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 1000);
    let closed = summary
        .iter()
        .filter(|s| s.text.contains("closed the northern terminal on Tuesday"))
        .count();
    assert_eq!(closed, 1, "{summary:#?}");
}

#[test]
fn copies_add_no_weight_and_are_not_cited() {
    let arts = story();
    let mut with_copies = arts.clone();
    for n in 0..4 {
        let mut copy = article(
            &format!("wire-copy-{n}"),
            &format!("Reprint {n}"),
            Some("2024-03-05"),
            WIRE,
        );
        copy.duplicate_of = Some("wire".to_string());
        with_copies.push(copy);
    }
    let refs: Vec<&Article> = arts.iter().collect();
    let refs_copies: Vec<&Article> = with_copies.iter().collect();
    for budget in [40, 80, 200] {
        let plain = summarize(&refs, budget);
        let copied = summarize(&refs_copies, budget);
        assert_eq!(plain, copied, "budget {budget}");
        assert!(copied
            .iter()
            .all(|s| !s.evidence.article.starts_with("wire-copy")));
    }
}

#[test]
fn a_copy_stands_in_for_a_missing_original() {
    let mut copy = article("reprint", "Reprint", None, WIRE);
    copy.duplicate_of = Some("not-in-this-story".to_string());
    let mut copy2 = copy.clone();
    copy2.id = "reprint-2".to_string();
    let arts = [copy, copy2];
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 60);
    assert!(!summary.is_empty());
    assert!(summary.iter().all(|s| s.evidence.article == "reprint"));
}

#[test]
fn ordered_by_date_then_position_and_deterministic() {
    let arts = story();
    let refs: Vec<&Article> = arts.iter().collect();
    let a = summarize(&refs, 150);
    let b = summarize(&refs, 150);
    assert_eq!(a, b);
    let date = |id: &str| {
        arts.iter()
            .find(|x| x.id == id)
            .and_then(|x| x.published.as_ref())
            .map(|p| p.date.clone())
    };
    for w in a.windows(2) {
        let (d0, d1) = (date(&w[0].evidence.article), date(&w[1].evidence.article));
        assert!(d0 <= d1, "{a:#?}");
        if w[0].evidence.article == w[1].evidence.article {
            assert!(w[0].evidence.start < w[1].evidence.start);
        }
    }
}

#[test]
fn lead_and_shared_facts_are_preferred() {
    let arts = story();
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 30);
    // The crane collapse is in every outlet: the 30-word summary is about it.
    assert!(
        summary
            .iter()
            .any(|s| s.text.contains("crane collapse") || s.text.contains("crane collapsed")),
        "{summary:#?}"
    );
}

#[test]
fn junk_lines_are_skipped() {
    let text = "Share This Story On Facebook And Twitter\n\n\
        Sign up for our newsletter at https://example.com/newsletter today.\n\n\
        Fans wear shirts with the misspelled name at the stadium in a photo taken...\n\n\
        The city council approved the new budget on Monday after a long debate about school funding.\n\n\
        Council members said the budget would add teachers and repair two ageing school buildings.";
    let arts = [article("a", "Gazette", None, text)];
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 200);
    assert_eq!(summary.len(), 2, "{summary:#?}");
    assert!(summary[0].text.starts_with("The city council"));
}

#[test]
fn odd_input_does_not_panic() {
    assert!(summarize(&[], 100).is_empty());
    let mut a = article("x", "X", None, "Short.\n\n\u{e9}\u{e9}\u{e9} caf\u{e9}.");
    a.sentences.push(Span::new(3, 1000)); // stale span
    a.sentences.push(Span::new(1, 2));
    let empty = article("y", "Y", None, "");
    let refs = [&a, &empty];
    let _ = summarize(&refs, 100);
    let opts = SummaryOptions {
        max_words: 50,
        min_words: 0,
        max_sentence_words: 0,
        length_exponent: 3.0,
        position_weight: -1.0,
        position_scale: 0.0,
        bigram_weight: 0.0,
        redundancy: -1.0,
        min_relevance: 5.0,
    };
    let _ = summarize_with(&refs, &opts);
}

#[test]
fn eval_reads_multinews_jsonl() {
    let dir = std::env::temp_dir().join(format!("parallax-summary-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("tiny.jsonl");
    let line = serde_json::json!({
        "id": "t-1",
        "documents": [WIRE.replace("\n\n", " \n \n "), LOCAL],
        "summary": "– A crane collapsed in Port Selvane and the harbour authority closed the northern terminal, the Wire Agency reports. Dock workers protested."
    });
    let text = format!("{line}\nnot json\n{line}\n");
    std::fs::write(&file, text).expect("write fixture");
    let report = eval_summary(&file, 60).expect("eval runs");
    assert_eq!(report.all.n, 2);
    assert_eq!(report.skipped, 1);
    assert!(report.all.rouge1 > 0.2 && report.all.rouge1 <= 1.0);
    assert!(report.all.words <= 60.0);
    let shown = report.to_string();
    assert!(shown
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("rouge1=")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn multinews_sample_beats_the_goal() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/summaries/multinews_validation250/sample_validation.jsonl");
    if !path.exists() {
        eprintln!("skipped: {} not found", path.display());
        return;
    }
    let report = eval_summary(&path, 260).expect("eval runs");
    eprintln!("{report}");
    assert_eq!(report.all.n, 250);
    assert!(report.all.words <= 260.0);
    assert!(report.all.rouge1 >= 0.45, "{report}");
    assert!(report.all.rouge2 >= 0.155, "{report}");
    assert!(report.all.rouge1 > report.lead.rouge1, "{report}");
}

#[test]
fn quote_tails_are_not_cited_alone() {
    let text = "The ferry struck rocks shortly after 11pm on its overnight crossing to the mainland, the coastguard said.\n\n\
        \"We heard a bang and the lights went out. I honestly thought we were going to sink for a long minute there.\"\n\n\
        Passengers were taken off the ship by lifeboats and fishing boats over the following four hours.";
    let arts = [article("a", "Lantern", None, text)];
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 200);
    assert!(!summary.is_empty());
    assert!(
        summary.iter().all(|s| !s.text.starts_with("I honestly")),
        "{summary:#?}"
    );
}

#[test]
fn an_off_topic_article_is_not_cited() {
    let widget = "You can add location information to your posts, such as your city or precise location, from the web and via third-party applications.\n\n\
        You always have the option to delete your location history at any time from your account settings page.";
    let mut arts = story();
    arts.push(article("widget", "Social", Some("2024-03-05"), widget));
    let refs: Vec<&Article> = arts.iter().collect();
    let summary = summarize(&refs, 100);
    assert!(!summary.is_empty());
    assert!(
        summary.iter().all(|s| s.evidence.article != "widget"),
        "{summary:#?}"
    );
}

#[test]
fn other_scripts_are_summarised() {
    let ru = "Власти города закрыли северный терминал порта во вторник после того, как кран упал на грузовое судно.\n\n\
        Двое рабочих были доставлены в больницу с лёгкими травмами, сообщили в администрации порта.\n\n\
        Следователи прибыли в среду, чтобы проверить кран и журналы его технического обслуживания.";
    let zh = "港务局周二关闭了北码头，原因是一台起重机倒在一艘货船上。\n\n两名码头工人受轻伤被送往医院。\n\n调查人员周三抵达现场检查起重机及其维修记录。";
    for (id, text) in [("ru", ru), ("zh", zh)] {
        let arts = [article(id, "Outlet", None, text)];
        let refs: Vec<&Article> = arts.iter().collect();
        let summary = summarize(&refs, 60);
        assert!(!summary.is_empty(), "{id}");
        let words: usize = summary
            .iter()
            .map(|s| parallax_compose::summary::word_count(&s.text))
            .sum();
        assert!(words <= 60, "{id}: {words}");
    }
}
