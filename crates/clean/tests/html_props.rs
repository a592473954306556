//! The HTML path never panics on tag soup built from the structures the
//! extractor scores (articles, asides, teaser cards, link lists, tables,
//! block quotes, note classes, unclosed and stray tags), and what it
//! returns is consistent: paragraph spans lie in the clean text.

use parallax_clean::clean;
use parallax_core::{Body, RawDocument};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The council said on Monday that the bridge would reopen in June.".to_string()),
        Just("Follow her on X for more.".to_string()),
        Just("Update: this story has been corrected.".to_string()),
        Just("We need your support. Subscribe today and you help us report.".to_string()),
        Just("Ana Vik is a reporter for the Harbour Post.".to_string()),
        Just("(Updated 6:01 am)".to_string()),
        Just("Photo: Jo Vik / NPA".to_string()),
        "[a-zA-Z0-9 .,:;!?'\"()<>&\\-|/©\u{201c}\u{201d}éñ]{0,60}",
    ]
}

fn open_tag() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<article>".to_string()),
        Just("<div class=\"article-body\">".to_string()),
        Just("<div class=\"related teaser card\">".to_string()),
        Just("<aside>".to_string()),
        Just("<section role=\"complementary\">".to_string()),
        Just("<p>".to_string()),
        Just("<p class=\"correction note\">".to_string()),
        Just("<ul>".to_string()),
        Just("<li>".to_string()),
        Just("<h1>".to_string()),
        Just("<h3 class=\"headline\">".to_string()),
        Just("<a href=\"/story/1\">".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<blockquote>".to_string()),
        Just("<div class=\"author-bio byline\">".to_string()),
        Just("<figure><figcaption>".to_string()),
        Just("<noscript>".to_string()),
        Just("<script>".to_string()),
        Just("<title>".to_string()),
    ]
}

fn close_tag() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("</article>".to_string()),
        Just("</div>".to_string()),
        Just("</aside>".to_string()),
        Just("</p>".to_string()),
        Just("</li></ul>".to_string()),
        Just("</a>".to_string()),
        Just("</td></tr></table>".to_string()),
        Just("</blockquote>".to_string()),
        Just("</h1>".to_string()),
        Just("</script>".to_string()),
        Just(String::new()),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec((open_tag(), text(), close_tag()), 0..40).prop_map(|parts| {
        let body: String = parts
            .into_iter()
            .map(|(o, t, c)| format!("{o}{t}{c}\n"))
            .collect();
        format!("<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_html_path_never_panics_and_keeps_spans_in_the_text(html in page()) {
        let doc = RawDocument {
            url: Some("https://example.invalid/2026/05/03/story".into()),
            ..RawDocument::new("prop.html", Body::Html(html))
        };
        let article = clean(doc, "p".into());
        for p in &article.paragraphs {
            let slice = article.text.get(p.start..p.end);
            prop_assert!(slice.is_some_and(|s| !s.is_empty()), "bad paragraph span {:?}", p);
        }
        for r in &article.removed {
            prop_assert!(r.at <= article.text.len());
        }
    }
}
