//! The generated article the per-article benchmarks time.

/// A headline, then `paragraphs` repeated in order until the body has at
/// least `words` words; paragraphs separated by blank lines.
pub fn article(headline: &str, paragraphs: &[&str], words: usize) -> String {
    let mut text = format!("{headline}\n\n");
    let mut count = 0;
    let mut next = paragraphs.iter().cycle();
    while count < words {
        let Some(p) = next.next() else { break };
        text.push_str(p);
        text.push_str("\n\n");
        count += p.split_whitespace().count();
    }
    text
}
