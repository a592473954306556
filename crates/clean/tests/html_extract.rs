//! The HTML extractor on invented pages with realistic clutter.

use parallax_clean::html::{extract, extract_with, Furniture};

const PARAGRAPHS: &[&str] = &[
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending months of debate over its safety.",
    "Engineers told the council that the bridge, built in 1931, could no longer carry heavy traffic without repairs costing at least 40 million euros.",
    "\"We cannot keep patching a structure that is nearly a century old,\" said the deputy mayor, who proposed the closure.",
    "Shop owners on the north bank said the decision would cut them off from customers, and a petition against it has gathered 3,000 signatures.",
    "The council will now ask the regional government to fund a new crossing for cyclists and pedestrians, with a decision expected in the autumn.",
];

fn news_page() -> String {
    let body: String = PARAGRAPHS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut block = format!("<p>{p}</p>\n");
            if i == 1 {
                block.push_str(
                    r#"<div class="ad-slot"><span>Advertisement</span><a href="/shop">Buy cheap flights now</a></div>
                    <figure><img src="b.jpg"><figcaption>The harbour bridge at dusk. Photo: Staff</figcaption></figure>
                    <h2>Years of warnings</h2>"#,
                );
            }
            block
        })
        .collect();
    format!(
        r##"<!DOCTYPE html><html lang="nl-NL"><head>
<title>Council closes harbour bridge | Harbour Times</title>
<meta property="og:title" content="Council closes the harbour bridge to cars">
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2023-03-14T23:30:00-05:00">
<meta property="article:modified_time" content="2023-03-16T08:00:00+01:00">
<link rel="canonical" href="https://harbourtimes.example/2023/03/14/bridge-closed">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Council closes harbour bridge","datePublished":"2023-03-14T23:30:00-05:00",
 "dateModified":"2023-03-15T09:00:00-05:00",
 "author":{{"@type":"Person","name":"Anna de Vries"}},
 "publisher":{{"@type":"Organization","name":"Harbour Times Media"}}}}</script>
</head><body>
<div id="cookie-consent"><p>We use cookies to improve your experience. By continuing to browse you accept our use of cookies and our privacy policy.</p><button>Accept</button></div>
<header class="site-header"><a href="/">Harbour Times</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<div class="page">
 <div class="main-column">
  <div class="article-header"><a class="kicker" href="/city">City</a><h1>Council closes the harbour bridge to cars</h1>
   <p class="byline">By Anna de Vries</p><time datetime="2023-03-14">14 March 2023</time></div>
  <div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div>
  <div class="article-body">
{body}
  </div>
  <div class="related-stories"><h3>Related</h3><ul>
   <li><a href="/a">Ferry prices to rise in the summer season, operator says after fuel costs doubled</a></li>
   <li><a href="/b">New cycle lanes planned for the city centre as part of a ten year transport plan</a></li></ul></div>
  <section id="comments" class="comments"><h3>42 comments</h3>
   <div class="comment"><p>I have crossed this bridge every day for thirty years and never felt unsafe, this is a scandal and a waste of money.</p></div>
   <div class="comment"><p>About time! The council should have done this a decade ago instead of pretending everything was fine with the bridge.</p></div>
  </section>
 </div>
 <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/1">Storm warning for the coast</a></li><li><a href="/2">Local team wins the cup</a></li></ol>
  <div class="newsletter-signup"><p>Sign up for our daily newsletter and get the best of the Harbour Times in your inbox every morning.</p></div></aside>
</div>
<footer><p>© 2023 Harbour Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"##
    )
}

#[test]
fn keeps_the_article_and_drops_page_furniture() {
    let extract = extract(&news_page());
    assert!(extract.is_article);
    for paragraph in PARAGRAPHS {
        assert!(extract.text.contains(paragraph), "lost: {paragraph}");
    }
    assert!(
        extract.text.contains("Years of warnings"),
        "subheading kept"
    );
    for noise in [
        "We use cookies",
        "Sport",
        "Most read",
        "Sign up for our daily newsletter",
        "All rights reserved",
        "never felt unsafe",
        "About time!",
    ] {
        assert!(
            !extract.text.contains(noise),
            "kept: {noise}\n{}",
            extract.text
        );
    }
}

#[test]
fn strict_mode_drops_in_article_furniture_too() {
    let extract = extract_with(&news_page(), Furniture::Drop);
    let expected: Vec<&str> = PARAGRAPHS[..2]
        .iter()
        .copied()
        .chain(["Years of warnings"])
        .chain(PARAGRAPHS[2..].iter().copied())
        .collect();
    assert_eq!(extract.text, expected.join("\n\n"));
}

#[test]
fn paragraph_boundaries_and_blocks() {
    let page = format!(
        r#"<body><nav><a href="/">Home</a></nav><main><article>
        <p>{}</p><ul><li>First point of the plan, with details.</li><li>Second point.</li></ul>
        <blockquote><p>{}</p></blockquote>
        <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>40m</td></tr></table>
        <p>{}</p></article></main></body>"#,
        PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3]
    );
    let text = extract(&page).text;
    let lines: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(
        lines,
        [
            PARAGRAPHS[0],
            "First point of the plan, with details.",
            "Second point.",
            PARAGRAPHS[2],
            "Year | Cost",
            "2024 | 40m",
            PARAGRAPHS[3],
        ]
    );
}

#[test]
fn metadata_precedence() {
    let extract = extract(&news_page());
    // JSON-LD headline loses to og:title; JSON-LD dates win over Open Graph.
    assert_eq!(
        extract.title.as_deref(),
        Some("Council closes the harbour bridge to cars")
    );
    assert_eq!(
        extract.published.as_deref(),
        Some("2023-03-14T23:30:00-05:00")
    );
    assert_eq!(
        extract.modified.as_deref(),
        Some("2023-03-15T09:00:00-05:00")
    );
    // The local date is kept, not shifted to UTC (2023-03-15).
    let parsed = parallax_core::date::parse_date(extract.published.as_deref().unwrap_or(""));
    assert!(parsed.is_some_and(|d| d.iso.starts_with("2023-03-14")));
    assert_eq!(extract.outlet.as_deref(), Some("Harbour Times"));
    assert_eq!(
        extract.url.as_deref(),
        Some("https://harbourtimes.example/2023/03/14/bridge-closed")
    );
    assert_eq!(extract.language.as_deref(), Some("nl"));
    assert_eq!(extract.byline.as_deref(), Some("Anna de Vries"));
}

#[test]
fn dates_from_lesser_sources() {
    // Open Graph when there is no JSON-LD.
    let page = r#"<head><meta property="article:published_time" content="2022-01-05"></head>
        <body><time datetime="2021-01-01">old</time></body>"#;
    assert_eq!(extract(page).published.as_deref(), Some("2022-01-05"));
    // The URL when nothing in the markup dates the page.
    let page = r#"<head><link rel="canonical" href="https://x.example/news/2020/02/29/leap-day"></head><body><p>x</p></body>"#;
    assert_eq!(extract(page).published.as_deref(), Some("2020-02-29"));
    let page = r#"<head><meta property="og:url" content="https://x.example/a/2019-11-20-story.html"></head><body></body>"#;
    assert_eq!(extract(page).published.as_deref(), Some("2019-11-20"));
    // Numbers that are not dates.
    let page =
        r#"<head><link rel="canonical" href="https://x.example/2020/13/45/x"></head><body></body>"#;
    assert_eq!(extract(page).published, None);
}

#[test]
fn a_page_that_is_no_article_says_so() {
    let cards: String = (0..12)
        .map(|i| {
            format!(
                r#"<div class="card"><h3><a href="/s{i}">Headline number {i} about the council</a></h3>
                <span class="date">2 hours ago</span></div>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><head><title>Harbour Times – news from the coast</title></head><body>
        <nav><a href="/">Home</a><a href="/news">News</a></nav><main>{cards}</main>
        <footer>© Harbour Times</footer></body></html>"#
    );
    let extract = extract(&page);
    assert!(!extract.is_article, "{}", extract.text);
}

#[test]
fn never_panics_on_truncated_pages() {
    let page = news_page();
    let mut cut = 0;
    while cut < page.len() {
        if page.is_char_boundary(cut) {
            let _ = extract(&page[..cut]);
            let _ = extract_with(&page[..cut], Furniture::Drop);
            let _ = parallax_clean::html::visible_text(&page[..cut]);
        }
        cut += 97;
    }
}
