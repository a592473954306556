//! The self-contained HTML report: the Markdown dossier rendered to HTML
//! (by pulldown-cmark, so the two never say different things) inside one
//! page with its own stylesheet — no scripts, fonts or other files, so it
//! opens offline and can be mailed as is.

use parallax_core::Dossier;
use pulldown_cmark::{html, CowStr, Event, Options, Parser};

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}\
h1{font-size:1.8rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}\
h3{margin-top:1.6rem}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem;display:block;overflow-x:auto}\
th,td{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}th{background:#f4f4f6}\
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #ccc;color:#444}\
code{font-size:.85em;background:#f4f4f6;padding:0 .2rem}li{margin:.2rem 0}";

/// Renders the dossier as one HTML page.
pub fn render(dossier: &Dossier) -> String {
    render_markdown(&crate::markdown::render(dossier))
}

/// Wraps Markdown in the report page. Raw HTML in the Markdown — which
/// can only come from article text — is shown as text, never interpreted.
fn render_markdown(md: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let events = Parser::new_ext(md, options).map(|e| match e {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(CowStr::from(raw.into_string())),
        other => other,
    });
    let mut body = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut body, events);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>parallax dossier</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_from_articles_is_escaped_and_tables_render() {
        let page = render_markdown(
            "# t\n\nA <script>alert(1)</script> & <b>bold</b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        );
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;"), "{page}");
        assert!(!page.contains("<b>"), "{page}");
        assert!(page.contains("<table>"), "{page}");
        assert!(page.contains("<td>2</td>"), "{page}");
    }
}
