//! Which news agency an article was syndicated from, when it says so.
//!
//! Wire copy carries its agency in the byline ("By AFP", read by the
//! cleaner into `byline.agency`) or in the dateline that opens the text:
//! `KYIV, Ukraine (AP) — …`, `VARESK (NPA) - …`. The dateline form is read
//! here: an upper-case place at the very start, the agency in brackets,
//! then a dash. Anything looser (a bracket later in the sentence, a
//! lower-case start) is not a dateline.

use parallax_core::Article;

/// The agency of `article`: its byline's, else its dateline's.
pub fn agency(article: &Article) -> Option<String> {
    article
        .byline
        .as_ref()
        .and_then(|b| b.agency.clone())
        .or_else(|| dateline_agency(&article.text))
}

/// The agency named in a wire dateline at the start of `text`.
pub fn dateline_agency(text: &str) -> Option<String> {
    let head = text.trim_start();
    let head = head.get(..head.len().min(120)).unwrap_or(head);
    let open = head.find('(')?;
    let place = head[..open].trim_end();
    let first = place.split([',', ' ']).next().unwrap_or("");
    let place_ok = place.len() >= 2
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase())
        && place.chars().next().is_some_and(char::is_uppercase)
        && place.len() <= 60;
    if !place_ok {
        return None;
    }
    let close = open + head[open..].find(')')?;
    let name = head[open + 1..close].trim();
    let after = head[close + 1..].trim_start();
    let dashed = after.starts_with(['-', '\u{2013}', '\u{2014}']);
    let name_ok = (2..=30).contains(&name.len())
        && name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '&' | '-' | '/'));
    (dashed && name_ok).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_name_their_agency_and_ordinary_openings_do_not() {
        for (text, want) in [
            ("KESTRIA CITY (NWA) — Rescue teams worked", Some("NWA")),
            (
                "PORT ALVER, Veltany (Reuters) - The port reopened",
                Some("Reuters"),
            ),
            ("ORVIK (AP) \u{2013} Voters queued", Some("AP")),
            ("The minister (right) — seen here — said", None),
            ("Officials in Orvik (the capital) — said", None),
            ("ORVIK (AP) Voters queued", None),
            ("ORVIK — Voters (AP) queued", None),
            ("", None),
        ] {
            assert_eq!(dateline_agency(text).as_deref(), want, "{text}");
        }
    }
}
