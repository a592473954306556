//! Turns raw text into units — one paragraph each — with the features the
//! noise rules read.
//!
//! A unit is normally one input line. Hard-wrapped prose (a line that stops
//! mid-sentence and a next line that continues in lower case) is joined back
//! into one unit. A line that glues a metadata label to something else
//! ("date 2021-07-16 Support us!") is split so each piece is judged alone.

use crate::lexicon::{self, class};
use parallax_core::date::find_date;

/// One paragraph-sized piece of the input.
#[derive(Debug, Clone)]
pub struct Unit {
    /// The text, whitespace-normalised.
    pub text: String,
    /// 1-based input line where it starts.
    pub line: usize,
    pub features: Features,
}

/// What the rules know about a unit.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Number of words (tokens with a letter or digit).
    pub n_words: usize,
    /// Ends with sentence-final punctuation (possibly inside closing quotes
    /// or brackets).
    pub ends_terminal: bool,
    pub ends_colon: bool,
    pub ends_exclamation: bool,
    pub starts_lower: bool,
    /// Share of alphabetic, non-small words that start upper-case.
    pub title_case_ratio: f32,
    /// Share of words that are function words.
    pub function_ratio: f32,
    /// Counted outside quotation marks.
    pub first_person: usize,
    pub first_person_plural: usize,
    pub second_person: usize,
    pub reporting: usize,
    pub forum: usize,
    pub opinion: usize,
    /// All-capitals common words ("NEVER", "SINGLE") amid lower-case text.
    pub shouting: usize,
    pub has_quote_marks: bool,
    /// Words of the prompt, advert and caption vocabularies.
    pub marker_cues: usize,
    pub digits: usize,
    pub sentence_count: usize,
}

impl Features {
    pub fn n_words(&self) -> usize {
        self.n_words
    }

    /// Reads like a line of running prose: long enough and made of
    /// sentences, or a long run of words (a truncated last sentence).
    pub fn is_prose_like(&self) -> bool {
        let n = self.n_words();
        (self.ends_terminal && n >= 6 && self.function_ratio >= 0.12)
            || (n >= 14 && self.function_ratio >= 0.18)
    }

    /// Looks like a headline or heading: short and without final punctuation.
    pub fn is_headline_like(&self) -> bool {
        let n = self.n_words();
        (1..=25).contains(&n) && !self.ends_terminal && !self.starts_lower && !self.ends_colon
    }

    /// How much the unit reads like a reader's comment (positive) rather
    /// than news prose (negative).
    pub fn comment_lean(&self) -> i32 {
        let comment = 2 * self.first_person.min(2)
            + 2 * self.second_person.min(2)
            + self.first_person_plural.min(2)
            + 2 * self.forum.min(3)
            + self.opinion.min(3)
            + self.shouting.min(2);
        // Prose never opens in lower case; a comment often does.
        let comment = comment + usize::from(self.starts_lower);
        let news =
            2 * self.reporting.min(3) + usize::from(self.has_quote_marks) + self.digits.min(2);
        comment as i32 - news as i32
    }
}

const OPENING_QUOTES: &[char] = &['"', '“', '«', '„', '‹'];

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '‹' | '›')
}
const CLOSING_QUOTES: &[char] = &['"', '”', '»', '‟', '›'];

/// Normalises one line: drops control and zero-width characters, turns
/// no-break and other odd spaces into plain ones, collapses runs of spaces.
pub fn normalize_line(line: &str) -> String {
    // Most lines are plain: printable ASCII with single spaces.
    let bytes = line.as_bytes();
    let plain = bytes
        .iter()
        .all(|&b| (0x21..0x7f).contains(&b) || b == b' ')
        && !line.contains("  ")
        && !line.starts_with(' ')
        && !line.ends_with(' ');
    if plain {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        let c = match c {
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => continue,
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
                ' '
            }
            c if c.is_control() => continue,
            c => c,
        };
        if c == ' ' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

fn ends_mid_sentence(text: &str) -> bool {
    let last = text
        .trim_end_matches(|c: char| {
            CLOSING_QUOTES.contains(&c) || c == ')' || c == ']' || c == '\'' || c == '’'
        })
        .chars()
        .last();
    !matches!(last, Some('.' | '!' | '?' | '…' | ':' | ';'))
}

/// Splits raw text into units.
pub fn split_units(text: &str) -> Vec<Unit> {
    let wrapped = is_hard_wrapped(text);
    let mut units: Vec<Unit> = Vec::new();
    // Whether the previous non-empty line was directly above (same block).
    let mut same_block = false;
    for (idx, raw) in text.lines().enumerate() {
        let line = normalize_line(raw);
        if line.is_empty() {
            same_block = false;
            continue;
        }
        let continues_previous = wrapped
            && same_block
            && units.last().is_some_and(|prev| {
                prev.text.chars().count() >= 40
                    && ends_mid_sentence(&prev.text)
                    && line.chars().next().is_some_and(|c| c.is_lowercase())
            });
        if continues_previous {
            if let Some(prev) = units.last_mut() {
                prev.text.push(' ');
                prev.text.push_str(&line);
            }
        } else {
            for piece in split_glued_label(&line) {
                units.push(Unit {
                    text: piece,
                    line: idx + 1,
                    features: Features::default(),
                });
            }
        }
        same_block = true;
    }
    for unit in &mut units {
        unit.features = features(&unit.text);
    }
    units
}

/// Whether the text breaks its paragraphs into short lines (e-mail and
/// wire feeds wrap at 60–80 characters). Texts with one paragraph per line
/// have many long lines; only wrapped texts get their lines joined.
fn is_hard_wrapped(text: &str) -> bool {
    let mut lines = 0usize;
    let mut long = 0usize;
    let mut continued = 0usize;
    let mut prev_open = false;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            prev_open = false;
            continue;
        }
        lines += 1;
        if t.chars().count() > 110 {
            long += 1;
        }
        if prev_open && t.chars().next().is_some_and(char::is_lowercase) {
            continued += 1;
        }
        prev_open = ends_mid_sentence(t);
    }
    lines > 0 && long * 10 < lines && continued >= 2
}

/// "date 2021-07-16 Support us!" → ["date 2021-07-16", "Support us!"]: a
/// leading metadata label with its date is cut from what follows it.
fn split_glued_label(line: &str) -> Vec<String> {
    // Labels are ASCII: compare bytes, ignoring ASCII case, so the cut is
    // on a char boundary of `line` whatever follows.
    let bytes = line.as_bytes();
    let first_word_len = bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    let first_word = line[..first_word_len].to_ascii_lowercase();
    if !lexicon::LABEL_FIRST_WORDS.contains(first_word.as_str()) {
        return vec![line.to_string()];
    }
    let Some(label) = lexicon::LABELS
        .iter()
        .filter(|l| {
            bytes.len() > l.len()
                && bytes[..l.len()].eq_ignore_ascii_case(l.as_bytes())
                && (bytes[l.len()] == b':' || bytes[l.len()].is_ascii_whitespace())
        })
        .max_by_key(|l| l.len())
    else {
        return vec![line.to_string()];
    };
    let after_label = &line[label.len()..];
    let Some(found) = find_date(after_label) else {
        return vec![line.to_string()];
    };
    // The date must follow the label directly (a colon and spaces between).
    if !after_label[..found.start]
        .chars()
        .all(|c| c == ':' || c.is_whitespace() || c == ',')
    {
        return vec![line.to_string()];
    }
    let mut cut = label.len() + found.end;
    // Keep a time of day and zone with the date ("10:31 GMT", "at 9 am").
    let rest = &line[cut..];
    let time_len = leading_time_len(rest);
    cut += time_len;
    let head = line[..cut].trim().to_string();
    let tail = line[cut..]
        .trim_start_matches([',', '|', '-', '–', '—', ' '])
        .trim();
    if tail.is_empty() {
        vec![head]
    } else {
        vec![head, tail.to_string()]
    }
}

fn leading_time_len(rest: &str) -> usize {
    let trimmed = rest.trim_start_matches([' ', ',', '|']);
    let skipped = rest.len() - trimmed.len();
    let mut len = 0;
    let mut seen_digit = false;
    for (i, c) in trimmed.char_indices() {
        if c.is_ascii_digit() || c == ':' || c == '.' {
            seen_digit |= c.is_ascii_digit();
            len = i + c.len_utf8();
        } else {
            break;
        }
    }
    // A time needs its colon ("10:31"); a bare number is not one.
    if !seen_digit || !trimmed[..len].contains(':') {
        len = 0;
    }
    let mut end = len;
    for word in trimmed[len..].split_whitespace().take(2) {
        let w = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if [
            "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst",
            "msk", "ist",
        ]
        .contains(&w.as_str())
            || w.starts_with("utc")
            || w.starts_with("gmt")
        {
            end = trimmed[end..]
                .find(word)
                .map_or(end, |p| end + p + word.len());
        } else {
            break;
        }
    }
    skipped + end
}

fn strip_word(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '©')
}

/// What one pass over a word's characters tells.
#[derive(Default)]
struct WordShape {
    has_digit: bool,
    has_lower: bool,
    letters: usize,
    upper_letters: usize,
    upper_vowels: usize,
}

impl WordShape {
    fn of(word: &str) -> WordShape {
        let mut shape = WordShape::default();
        if word.is_ascii() {
            for &b in word.as_bytes() {
                shape.has_digit |= b.is_ascii_digit();
                if b.is_ascii_lowercase() {
                    shape.has_lower = true;
                    shape.letters += 1;
                } else if b.is_ascii_uppercase() {
                    shape.letters += 1;
                    shape.upper_letters += 1;
                    shape.upper_vowels +=
                        usize::from(matches!(b, b'A' | b'E' | b'I' | b'O' | b'U'));
                }
            }
        } else {
            for c in word.chars() {
                shape.has_digit |= c.is_ascii_digit();
                if c.is_alphabetic() {
                    shape.letters += 1;
                    if c.is_lowercase() {
                        shape.has_lower = true;
                    } else if c.is_uppercase() {
                        shape.upper_letters += 1;
                        shape.upper_vowels += usize::from(matches!(c, 'A' | 'E' | 'I' | 'O' | 'U'));
                    }
                }
            }
        }
        shape
    }

    /// A common word in capitals ("NEVER"), not an acronym ("NATO" has
    /// two vowels too, so shouting only counts amid lower-case text).
    fn is_shouting(&self) -> bool {
        self.letters >= 4 && self.upper_letters == self.letters && self.upper_vowels >= 2
    }
}

/// Computes the features of one unit's text.
pub fn features(text: &str) -> Features {
    let mut f = Features::default();
    let trimmed_end = text.trim_end_matches(|c: char| {
        CLOSING_QUOTES.contains(&c) || c == ')' || c == ']' || c == '\'' || c == '’' || c == '*'
    });
    let last = trimmed_end.chars().last();
    f.ends_terminal = matches!(last, Some('.' | '!' | '?' | '…'));
    f.ends_colon = matches!(last, Some(':'));
    f.ends_exclamation = matches!(last, Some('!'));
    f.starts_lower = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_lowercase());

    let mut lower = String::new();
    let mut n_words = 0usize;
    let mut in_quote = false;
    let mut title_candidates = 0usize;
    let mut title_upper = 0usize;
    let mut function = 0usize;
    let mut lower_words = 0usize;
    for token in text.split_whitespace() {
        // Most tokens are plain words: letters and digits, maybe a comma or
        // full stop after. They carry no quote marks to track.
        let plain = token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b',' | b'.' | b'\'' | b'-'));
        let (word, closes_here) = if plain {
            (strip_word(token), false)
        } else {
            if !f.has_quote_marks {
                f.has_quote_marks = token.chars().any(is_quote_mark);
            }
            let opens = token.starts_with(OPENING_QUOTES);
            if opens
                && !(token.len() > 1
                    && token.ends_with(CLOSING_QUOTES)
                    && token.chars().count() > 2)
            {
                in_quote = true;
            }
            let closes_here = token
                .trim_end_matches([',', '.', '!', '?', ';', ':'])
                .ends_with(CLOSING_QUOTES)
                && !(opens && token.chars().count() <= 1);
            (strip_word(token), closes_here)
        };
        if word.is_empty() {
            if closes_here {
                in_quote = false;
            }
            continue;
        }
        lower.clear();
        let shape = WordShape::of(word);
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        let classes = lexicon::word_classes(&lower);
        if shape.has_digit {
            f.digits += 1;
        }
        let first = word.chars().next().unwrap_or(' ');
        if first.is_alphabetic() && classes & class::TITLE_CASE_SMALL == 0 {
            title_candidates += 1;
            if first.is_uppercase() {
                title_upper += 1;
            }
        }
        if classes & class::FUNCTION != 0 {
            function += 1;
        }
        if shape.has_lower {
            lower_words += 1;
        }
        if classes & class::MARKER_CUE != 0 {
            f.marker_cues += 1;
        }
        if classes & class::REPORTING != 0 {
            f.reporting += 1;
        }
        if !in_quote {
            if classes & class::FIRST_PERSON != 0 {
                f.first_person += 1;
            } else if classes & class::FIRST_PERSON_PLURAL != 0 && word != "US" {
                f.first_person_plural += 1;
            } else if classes & class::SECOND_PERSON != 0 {
                f.second_person += 1;
            }
            if classes & class::FORUM != 0 {
                f.forum += 1;
            }
            if classes & class::OPINION != 0 {
                f.opinion += 1;
            }
            if shape.is_shouting() {
                f.shouting += 1;
            }
        }
        if token
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w, [b'!' | b'?', b'!' | b'?']))
        {
            f.forum += 1;
        }
        n_words += 1;
        if closes_here {
            in_quote = false;
        }
    }
    // Shouting only counts amid lower-case text: a headline in capitals is
    // not a reader raising their voice.
    if lower_words < 3 {
        f.shouting = 0;
    }
    f.n_words = n_words;
    let n = n_words.max(1) as f32;
    f.function_ratio = function as f32 / n;
    f.title_case_ratio = if title_candidates == 0 {
        0.0
    } else {
        title_upper as f32 / title_candidates as f32
    };
    f.sentence_count = count_sentence_ends(text);
    f
}

/// Rough count of sentence ends: enough to tell one sentence from several.
fn count_sentence_ends(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') {
            let next = bytes.get(i + 1).copied();
            let after = bytes.get(i + 2).copied();
            let ends = match next {
                None => true,
                Some(b' ') => {
                    after.is_some_and(|a| a.is_ascii_uppercase() || a == b'"' || a >= 0x80)
                }
                Some(b'"') => true,
                _ => false,
            };
            // "U.S. and" or "Mr. Smith": a single capital before the dot is
            // an initial, not a sentence end.
            let initial = i >= 1
                && bytes[i - 1].is_ascii_uppercase()
                && (i < 2 || !bytes[i - 2].is_ascii_alphabetic());
            if ends && !initial {
                count += 1;
            }
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_prose_is_joined_and_headlines_are_not() {
        let text = "Dam Gives Way in Velmora\nOfficials in the valley said the water had risen for\nthree days before the wall failed, and the town\nwas flooded by noon.\n\nNext paragraph.";
        let units = split_units(text);
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Dam Gives Way in Velmora",
                "Officials in the valley said the water had risen for three days before the wall failed, and the town was flooded by noon.",
                "Next paragraph."
            ]
        );
        assert_eq!(units[1].line, 2);
        assert_eq!(units[2].line, 6);
    }

    #[test]
    fn glued_label_and_date_are_split_from_what_follows() {
        let units = split_units("Posted 2024-03-05 10:31 GMT Subscribe to our newsletter!");
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Posted 2024-03-05 10:31 GMT",
                "Subscribe to our newsletter!"
            ]
        );
    }

    #[test]
    fn odd_spaces_and_invisible_characters_are_normalised() {
        assert_eq!(
            normalize_line("a\u{00A0}b\u{200B}c \t  d\u{0007}"),
            "a bc d"
        );
    }

    #[test]
    fn features_separate_quotes_from_the_writer_voice() {
        let f = features("“We will never leave,” the mayor told reporters on Monday.");
        assert_eq!(f.first_person_plural, 0);
        assert!(f.reporting >= 1);
        assert!(f.ends_terminal);
        let c = features("I think you are all being FOOLED by this, dont believe it!!");
        assert!(c.comment_lean() >= 4, "{:?}", c);
    }
}
