//! The cleaner on HTML input trusts the page's structure: lines the page
//! writes as the article's paragraphs or list items are not removed by the
//! shape-only rules written for dirty plain text, while the same lines in
//! plain text still are. Invented pages.

use parallax_clean::html::extract_structured;
use parallax_clean::{clean, clean_text};
use parallax_core::{Body, RawDocument};

const PARAS: [&str; 3] = [
    "The Velmora harbour council agreed on Tuesday to start the winter ferry service two weeks earlier than planned.",
    "Council members said the change followed complaints from island residents about the long gap in crossings last year.",
    "The first winter crossing will leave the Velmora quay at six in the morning, the operator said in a statement.",
];

fn html_doc(markup: String) -> RawDocument {
    RawDocument {
        url: Some("https://gazette.example/ferry".into()),
        title: Some("Velmora ferry to start winter service early".into()),
        ..RawDocument::new("page.html", Body::Html(markup))
    }
}

/// An article page: the headline, the three paragraphs, then `tail`
/// (markup inside the article), then a footer outside it.
fn page(tail: &str) -> String {
    let paras: String = PARAS.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>Velmora ferry to start winter service early</h1>{paras}{tail}</article>\
         <footer><p>About us</p></footer></body></html>"
    )
}

/// The paragraphs and `lines` as plain text, one per line.
fn plain(lines: &[&str]) -> String {
    PARAS
        .iter()
        .chain(lines)
        .copied()
        .collect::<Vec<_>>()
        .join("\n\n")
}

const VENUES: [&str; 4] = [
    "Velmora Harbour Arena – two nights",
    "Orsk Town Hall – matinee only",
    "Kessing Old Quay Theatre",
    "Brannoch Lido Summer Stage",
];

#[test]
fn lines_the_page_writes_as_paragraphs_are_flagged() {
    let tail: String = VENUES.iter().map(|v| format!("<p>{v}</p>")).collect();
    let read = extract_structured(&page(&tail));
    let lines: Vec<&str> = read.extract.text.lines().collect();
    let flagged: Vec<&str> = lines
        .iter()
        .zip(&read.structural_lines)
        .filter(|(_, f)| **f)
        .map(|(l, _)| *l)
        .collect();
    for p in PARAS.iter().chain(&VENUES) {
        assert!(flagged.contains(p), "{p} not flagged: {flagged:?}");
    }
    // The headline is not a paragraph.
    assert!(!flagged.iter().any(|l| l.contains("winter service early")));
    assert_eq!(read.structural_lines.len(), lines.len());
}

#[test]
fn a_list_of_short_paragraphs_closing_the_article_stays() {
    // In plain text, short headline-like lines after the last paragraph
    // are a link list or teasers…
    let text = plain(&VENUES);
    let cleaned = clean_text(&text, None);
    for venue in VENUES {
        assert!(!cleaned.text.contains(venue), "{}", cleaned.text);
    }
    // …but paragraphs of the article's own markup are its text.
    let tail: String = VENUES.iter().map(|v| format!("<p>{v}</p>")).collect();
    let article = clean(html_doc(page(&tail)), "a".into());
    for venue in VENUES {
        assert!(
            article.text.contains(venue),
            "{venue}: {:?}",
            article.removed
        );
    }
    // Links set apart after the article still go.
    let tail = "<ul class=\"related-links\"><li><a href=\"/a\">Orsk ferry captain named after a long search</a></li>\
                <li><a href=\"/b\">Velmora quay to close for repairs in May next year</a></li></ul>";
    let article = clean(html_doc(page(tail)), "b".into());
    assert!(!article.text.contains("captain named"), "{}", article.text);
}

#[test]
fn an_editorial_note_in_the_article_stays_and_legal_lines_go() {
    let note =
        "Update: This story has been updated to include the operator's statement on the timetable.";
    let legal = "Copyright 2026 Velmora Gazette. All rights reserved.";
    // Plain text: a note after the article is an appended footnote.
    let cleaned = clean_text(&plain(&[note]), None);
    assert!(!cleaned.text.contains("Update:"), "{}", cleaned.text);
    let tail = format!("<p>{note}</p><p>{legal}</p>");
    let article = clean(html_doc(page(&tail)), "a".into());
    assert!(article.text.contains(note), "{:?}", article.removed);
    assert!(
        !article.text.contains("All rights reserved"),
        "{}",
        article.text
    );
    // A paragraph the page marks as a note is set apart from the text.
    let tail = format!("<p class=\"story-correction\">{note}</p>");
    let article = clean(html_doc(page(&tail)), "b".into());
    assert!(!article.text.contains("Update:"), "{}", article.text);
}

#[test]
fn a_list_item_ending_like_a_credit_is_not_a_caption() {
    let item = "Stage two: 8 April from the old quay – Velmora / Orsk Harbour";
    let cleaned = clean_text(&plain(&[item, PARAS[0]]), None);
    assert!(!cleaned.text.contains(item), "{}", cleaned.text);
    let tail = format!(
        "<ul><li>Stage one: 1 April from the ferry port – Kessing</li><li>{item}</li></ul><p>{}</p>",
        PARAS[1]
    );
    let article = clean(html_doc(page(&tail)), "a".into());
    assert!(article.text.contains(item), "{:?}", article.removed);
}
