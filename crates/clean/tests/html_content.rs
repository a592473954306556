//! Main-content selection on invented pages: which blocks the extractor
//! keeps (with furniture as lines, and with furniture dropped).

use parallax_clean::html::{extract, extract_with, Furniture};

fn lines(text: &str) -> Vec<&str> {
    text.split("\n\n").filter(|l| !l.is_empty()).collect()
}

fn dropped(page: &str) -> String {
    extract_with(page, Furniture::Drop).text
}

/// A paragraph of the invented story, long enough to count as prose.
fn para(n: usize) -> String {
    format!(
        "Paragraph {n}: the harbour council of Velmora met on Tuesday to discuss the ferry \
         timetable, and members agreed that the winter service would start two weeks earlier."
    )
}

#[test]
fn an_article_body_beside_a_headline_list_is_not_part_of_the_list() {
    // One wrapper holds a short story and a long list of linked headlines
    // with their bylines and dates: the wrapper is mostly links, the story
    // has none.
    let mut list = String::new();
    for i in 0..12 {
        list.push_str(&format!(
            "<div class=\"item\"><a href=\"/n/{i}\">Orsk ferry operator names new captain for route {i}\
             <ul><li>By Staff</li><li>11/20/2019 0{}:14 PM</li></ul></a></div>",
            i % 10
        ));
    }
    let page = format!(
        r#"<body><div class="wrap"><h1>Ferry strike ends in Velmora</h1>
        <div class="story" itemprop="articleBody">The ferry strike in Velmora ended on Wednesday after the union and the operator agreed on a new pay deal.<br>Crossings resume on Thursday morning, the operator said in a statement to passengers.</div>
        <div class="list">{list}</div></div>
        <div class="site-footer"><div class="footer-note">The Velmora Gazette customer service centre can be reached with any questions or requests about subscriptions, deliveries, advertising, archives, reprints and events by telephone or by email on weekdays between eight in the morning and six in the evening, and on Saturdays until noon.</div></div></body>"#
    );
    let text = dropped(&page);
    assert!(text.contains("ferry strike in Velmora ended"), "{text}");
    assert!(text.contains("Crossings resume"), "{text}");
    assert!(!text.contains("customer service centre"), "{text}");
    assert!(!text.contains("names new captain"), "{text}");
}

#[test]
fn a_data_table_in_the_article_is_not_noise() {
    let mut rows = String::new();
    for i in 1..=30 {
        rows.push_str(&format!(
            "<tr><td>{i}</td><td>Rider {i}</td><td>{}</td></tr>",
            500 - i
        ));
    }
    let page = format!(
        r#"<body><div class="post-body">
        <h1>Velmora cycling standings</h1>
        <p>This page always has the current standings of the Velmora cycling cup!</p>
        <p>Final standings of the cup after the last of the twelve stages of the season:</p>
        <table>{rows}</table>
        <p>Only the first ten riders take part in the final round of the cup next spring.</p>
        </div></body>"#
    );
    let text = extract(&page).text;
    assert!(text.contains("This page always has"), "{text}");
    assert!(text.contains("Final standings"), "{text}");
    assert!(text.contains("7 | Rider 7 | 493"), "{text}");
    assert!(text.contains("Only the first ten"), "{text}");
}

#[test]
fn kept_and_dropped_selections_read_the_same_container() {
    // Dropping furniture must never choose a different part of the page
    // than keeping it: the cleaner compares the two line by line. Here the
    // body element carries linked share buttons and tags, which once made
    // the kept selection settle for its longest paragraph alone.
    let mut dates = String::new();
    for i in 1..=6 {
        dates.push_str(&format!("<p>Stage {i}: {i} June – Velmora hill climb</p>"));
    }
    let share: String = (0..6)
        .map(|i| format!("<a href=\"/s{i}\">Share this story on network {i}</a>"))
        .collect();
    let page = format!(
        r#"<body><div class="article-body"><h1>Velmora hill climb dates</h1>
        <span class="date">Monday, 22 January, at 10:13 in the morning</span>
        <div class="share">{share}</div>
        <p>The hill climb returns to Velmora this summer, with six stages on the old mountain road above the harbour.</p>
        {dates}
        <p>Dates may change: the organisers move stages when the weather turns.</p>
        <div class="share">{share}</div></div></body>"#
    );
    let kept = extract(&page).text;
    let without = dropped(&page);
    for line in lines(&without) {
        assert!(lines(&kept).contains(&line), "{line:?} not in {kept}");
    }
    assert!(kept.contains("Share this story") && !without.contains("Share this story"));
    assert!(without.contains("Stage 6: 6 June"), "{without}");
}

#[test]
fn teaser_cards_do_not_outweigh_the_article() {
    // A long grid of teaser cards, each a linked headline and a paragraph
    // of description, under one short article.
    let mut grid = String::new();
    for i in 0..14 {
        grid.push_str(&format!(
            r#"<article class="card"><header><div class="kicker">FEATURE</div>
            <h2><a href="/story/{i}">A linked headline about a village fair, number {i}</a></h2></header>
            <div class="description"><p>Teaser {i}: villagers in the valley gathered on Sunday for the yearly fair, with music, food stalls and a parade of old tractors.</p></div></article>"#
        ));
    }
    let page = format!(
        r#"<body><section><article class="story"><h1>Velmora opens new library</h1>
        <div class="content"><p>{}</p><p>{}</p><p>{}</p></div></article></section>
        <section class="wrapper">{grid}</section></body>"#,
        para(1),
        para(2),
        para(3)
    );
    for text in [extract(&page).text, dropped(&page)] {
        assert!(
            text.contains("Paragraph 1") && text.contains("Paragraph 3"),
            "{text}"
        );
        assert!(!text.contains("Teaser"), "{text}");
    }
}

#[test]
fn teaser_cards_inside_the_article_are_dropped_with_furniture() {
    let mut cards = String::new();
    for i in 0..4 {
        cards.push_str(&format!(
            r#"<li><h4><a href="/latest/{i}">Latest headline number {i} from the sports desk</a></h4>
            <h4 class="subline">The subline of latest story {i} tells what happened on the pitch</h4></li>"#
        ));
    }
    let page = format!(
        r#"<body><article><h1>Velmora wins the derby</h1>
        <div class="body"><p>{}</p><p>{}</p><p>{}</p><p>{}</p></div>
        <div class="box"><div class="title">Our Latest Stories</div><ul>{cards}</ul></div>
        </article></body>"#,
        para(1),
        para(2),
        para(3),
        para(4)
    );
    let text = dropped(&page);
    assert!(text.contains("Paragraph 4"), "{text}");
    assert!(!text.contains("subline of latest story"), "{text}");
    assert!(!text.contains("Our Latest Stories"), "{text}");
}

#[test]
fn a_digest_of_linked_sentences_is_prose() {
    // Each item is a long sentence with nearly half of it linked: a news
    // digest, not a list of links.
    let mut items = String::new();
    for i in 0..8 {
        items.push_str(&format!(
            r#"<li>The Orsk port authority <a href="/a{i}">is investigating a shipping firm over late payments, item {i}</a>, and <a href="/b{i}">the firm denies it</a>, saying its dock workers were paid in full over the summer.</li>"#
        ));
    }
    let page = format!(
        r#"<body><div class="post-content"><h1>Ten things in shipping</h1>
        <p>Good morning! This is the shipping news you need to know this Tuesday, from the ports of the northern coast and the islands beyond them, in eight short items.</p>
        <ol>{items}</ol></div>
        <div class="footer"><a href="/about">About</a><a href="/jobs">Jobs</a></div></body>"#
    );
    let text = dropped(&page);
    assert!(text.contains("item 0") && text.contains("item 7"), "{text}");
}

#[test]
fn author_boxes_and_calls_to_action_are_furniture() {
    let page = format!(
        r#"<body><article><h1>Velmora budget passes</h1>
        <div class="entry-content"><p>{}</p><p>{}</p><p>{}</p></div>
        <div class="post-author"><div class="author-content"><p>Kim Arlen is a senior reporter who has covered the Velmora council for a decade and lives by the harbour with two cats.</p></div></div>
        <div class="member-cta"><p>If you liked this story, we have an offer for you: become a member and read everything we publish.</p></div>
        <p class="x robots-nocontent">This slideshow needs scripts to run in your browser.</p>
        </article></body>"#,
        para(1),
        para(2),
        para(3)
    );
    let text = dropped(&page);
    assert!(text.contains("Paragraph 3"), "{text}");
    assert!(!text.contains("senior reporter"), "{text}");
    assert!(!text.contains("become a member"), "{text}");
    assert!(!text.contains("slideshow"), "{text}");
    // Kept as lines for the cleaner's audit when furniture is kept.
    assert!(extract(&page).text.contains("senior reporter"));
}

#[test]
fn a_title_element_left_in_the_body_is_not_text() {
    let page = format!(
        "<html><head></head><body><div><title>Velmora Gazette | Home | News | Sport</title>\
         <p>{}</p><p>{}</p></div></body></html>",
        para(1),
        para(2)
    );
    let text = extract(&page).text;
    assert!(!text.contains("Velmora Gazette | Home"), "{text}");
    assert!(text.starts_with("Paragraph 1"), "{text}");
}

#[test]
fn a_schedule_in_the_article_body_is_taken_whole() {
    // A page that is a list of dates under its element named for the
    // body: one sentence alone must not be taken for the article.
    let mut lines = String::new();
    for i in 1..=12 {
        lines.push_str(&format!(
            "<p>Round {i}: {i} May – Velmora ring road circuit, north loop</p>"
        ));
    }
    let page = format!(
        r#"<body><div class="menu"><a href="/a">Home</a><a href="/b">Results</a><a href="/c">Teams</a></div>
        <div itemprop="articleBody"><h1>Velmora karting calendar</h1>
        <span class="date">Monday, 22 January</span>
        <div class="share"><a href="/wa">Share this on a messenger</a></div>
        <h3>Calendar of the 2026 season</h3>
        {lines}
        <p>* The calendar may change at short notice, as the organisers often move rounds between tracks.</p>
        <p>* This calendar was published by the karting league in January, after the annual meeting.</p>
        </div>
        <div class="footer"><a href="/x">About</a><a href="/y">Contact</a><a href="/z">Privacy</a></div></body>"#
    );
    let text = dropped(&page);
    assert!(text.contains("Round 1: 1 May"), "{text}");
    assert!(text.contains("Round 12: 12 May"), "{text}");
    assert!(text.contains("may change at short notice"), "{text}");
}

#[test]
fn a_ticker_of_linked_headlines_with_teasers_is_not_the_article() {
    let mut ticker = String::new();
    for i in 0..10 {
        ticker.push_str(&format!(
            r#"<li><a href="/t/{i}">Harbour authority in Orsk publishes report number {i}</a> ORSK: The authority said the report covers the winter season and the new ferry timetable for the islands.</li>"#
        ));
    }
    let page = format!(
        r#"<body><div class="wrapper"><div class="ticker"><ul>{ticker}</ul></div>
        <div class="main-article-content"><h2>Deportees return home</h2>
        <div><p>{}</p><p>{}</p><p>{}</p></div></div></div></body>"#,
        para(1),
        para(2),
        para(3)
    );
    let text = dropped(&page);
    assert!(text.contains("Paragraph 3"), "{text}");
    assert!(!text.contains("report number"), "{text}");
    // In the article body, items opening with a link stay (a digest).
    let digest = format!(
        r#"<body><div class="post-content"><p>{}</p><ul>{ticker}</ul></div></body>"#,
        para(1)
    );
    assert!(dropped(&digest).contains("report number 9"));
}

#[test]
fn cards_with_a_linked_title_element_are_teasers() {
    let mut grid = String::new();
    for i in 0..10 {
        grid.push_str(&format!(
            r#"<div class="thumb"><div class="title"><a href="/d/{i}">Diet number {i}</a></div>
            <div class="body">A popular diet for a busy life, number {i}. Results of up to ten kilos in two weeks.</div></div>"#
        ));
    }
    let page = format!(
        r#"<body><div><div class="post"><h1>The protein diet</h1><p>{}</p><p>{}</p></div>
        <h2>The most popular diets</h2>{grid}</div></body>"#,
        para(1),
        para(2)
    );
    let text = dropped(&page);
    assert!(text.contains("Paragraph 2"), "{text}");
    assert!(!text.contains("A popular diet"), "{text}");
}

#[test]
fn asides_and_rules_in_the_article_are_furniture() {
    let page = format!(
        r#"<body><article><h1>Velmora elects a mayor</h1><p>{}</p>
        <aside class="faq"><h3>Your questions about the council, answered</h3>
        <p>The council is a body of nine members that oversees the town's budget of nearly four million.</p></aside>
        <p>{}</p><h2>___</h2><p>{}</p></article></body>"#,
        para(1),
        para(2),
        para(3)
    );
    let text = dropped(&page);
    assert!(text.contains("Paragraph 3"), "{text}");
    assert!(!text.contains("nine members"), "{text}");
    assert!(!text.contains("___"), "{text}");
    // With furniture kept, the aside stays as lines for the cleaner.
    assert!(extract(&page).text.contains("nine members"));
}

#[test]
fn the_article_with_the_headline_wins_over_recommended_stories_in_full() {
    // Recommended stories printed in full after the story, each its own
    // <article>, outweigh it together: the page's one <h1> tells the story.
    let recommended: String = (0..6)
        .map(|i| {
            format!(
                r#"<article class="box"><p>Recommended {i}: a long reflection on friendship and family, on the small joys of daily life and on keeping faith when times are hard, written for readers who want to be encouraged.</p>
                <div><a href="/s{i}">Share</a><a href="/d{i}">Download</a></div></article>"#
            )
        })
        .collect();
    let page = format!(
        r#"<body><div class="row"><div class="col">
        <article class="box main"><h1>Only those who love themselves</h1><p>{}</p><p>{}</p><p>{}</p></article>
        <div class="box-title">You may also like</div>
        {recommended}</div></div></body>"#,
        para(1),
        para(2),
        para(3)
    );
    for text in [extract(&page).text, dropped(&page)] {
        assert!(text.contains("Paragraph 2"), "{text}");
        assert!(!text.contains("Recommended"), "{text}");
    }
}

#[test]
fn a_list_opening_the_article_is_not_its_head() {
    // Kicker, byline and date lines before the first paragraph go with
    // furniture dropped; a list of lines of one kind opening the body
    // stays.
    let page = format!(
        r#"<body><article><h1>Console codes for the Velmora game</h1>
        <div class="meta"><span>Games</span><span>By Kim Arlen</span><span>3 March</span></div>
        <div class="text"><p>speed.set 100 – normal walking speed</p>
        <p>speed.set 200 – running speed doubled</p>
        <p>health.set 500 – health restored to full</p>
        <p>magic.set 300 – magic points raised</p>
        <p>{}</p><p>{}</p></div></article></body>"#,
        para(1),
        para(2)
    );
    let text = dropped(&page);
    assert!(text.starts_with("speed.set 100"), "{text}");
    assert!(!text.contains("By Kim Arlen"), "{text}");
}
