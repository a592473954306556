//! Figures: numbers reported in an article, with value, unit, what they
//! count and hedges, each tied to its evidence span.
//!
//! [`extract_figures`] reads one article's clean text, sentence by sentence,
//! and returns every quantity it reports:
//!
//! * **digits** — `1,200`, `3.5`, `12,000`, `1.200.000`, glued scales and
//!   units (`$4.2bn`, `40km`, `5pc`) and scale words (`3 million`);
//! * **words** — cardinals (`three`, `twenty-one`, `two hundred and
//!   fifty`), `a dozen`, `a million`, `half a million`; vague plurals
//!   (`dozens`, `hundreds`, `thousands`, `tens of thousands`,
//!   `several hundred`) become a range (`hundreds` → 200–999); fractions of
//!   a whole (`half of`, `a third of`, `two-thirds`) and ratios (`one in
//!   five`) become a percentage (`two-thirds` → 66.67 `percent`);
//! * **ranges** — `between 40 and 50`, `40-50`, `40 to 50`, `from 3 to 5`,
//!   `two or three`; `value` is the lower end and `max` the upper. After a
//!   change verb (`rose from 41 to 63`) the two numbers are two figures, not
//!   a range;
//! * **units** — `percent` (`18%`, `18 percent`, `18 per cent`), currencies
//!   as ISO codes (`$`→`USD`, `€`→`EUR`, `£`→`GBP`, `US$`, `USD 40m`,
//!   `40 euros`; a currency name shared by several countries stays a word:
//!   `crown`), lengths, areas, weights, volumes, durations, speeds,
//!   temperatures (`45C`, `43.2°C`), power; the unit is normalised
//!   (`kilometres` → `km`) but the value is not converted. A glued `m` is
//!   a million after a currency or before a plural noun (`£4m`, `1.1m
//!   people`), else metres (`a 3m wall`);
//! * **hedges** — before the number (`nearly`, `almost`, `about`, `around`,
//!   `some`, `at least`, `more than`, `over`, `up to`, `fewer than`,
//!   `roughly`, `an estimated`, `as many as`, …, kept as written in lower
//!   case), after it (`or more`, `or so`, `-plus`, `-odd`, `and counting`)
//!   and verbs that hedge (`toll nears 90` → `nearly`, `topped 300` →
//!   `more than`).
//!
//! Numbers that are not figures are skipped: years (`in 2021`, `March
//! 2026`), dates (`10 March`, `March 10`), clock times (`14:05`, `4:52
//! a.m.`, `7am`), ordinals (`3rd`; `third` is never a number), decades
//! (`1970s`), ages (`Ilse Varga, 54,`, `aged 54`, `54-year-old`), labels
//! (`Section 4`, `Flight 302`, `page 12`, a number right after a
//! capitalised name with nothing counted after it), phone numbers and long
//! identifiers, list markers (`1.` or `2)` opening a line, `(3)`), scores
//! (`3-1`), and bare `one` / `a` (pronoun and article far more often than a
//! count: `one of the`, `no one`); `one` is kept with a unit or scale
//! (`one million`, `one metre`) and before a noun with a state (`one
//! person died`).
//!
//! ## What is counted
//!
//! `counts` is a normalised key, so that the same quantity reported by
//! different outlets gets the same string:
//!
//! 1. A **state** found after the number (within its clause, past its noun
//!    phrase and auxiliaries: `41 people were killed`, `nearly 300
//!    missing`) or, failing that, before it (`killing 41`, `the death toll
//!    has risen to 63`) is mapped to one key: `killed` (killed, dead, died,
//!    deaths, fatalities, bodies, toll, drowned, perished…), `injured`
//!    (wounded, hurt…), `missing` (unaccounted for…), `displaced`
//!    (evacuated, homeless, fled, forced from their homes…), `arrested`
//!    (detained…), `rescued`, `hospitalised` (in hospital), `infected`
//!    (cases), `affected`, `trapped`, `stranded`, `damaged`, `destroyed`,
//!    `without power` (without electricity, lost power), `without water`.
//! 2. The **head noun** of the phrase after the number (`212 passengers`
//!    → `passengers`; `18% of voters` → `voters`) is put before the state
//!    unless it is a generic person noun (people, residents, civilians,
//!    victims…): `41 people killed` → `killed`, `40 children killed` →
//!    `children killed`, `60,000 households without electricity` →
//!    `households without power`. Without a state the head noun alone is
//!    the key. Head nouns are lower-cased and `person(s)` becomes `people`;
//!    no other lemmatisation (the linker compares singular stems).
//! 3. Lengths followed by a dimension word give `length`, `width`,
//!    `height`, `depth` or `distance` (`6 km downstream` → `distance`);
//!    money after `cost` gives `cost`.
//! 4. Otherwise the noun right before the figure through a linking verb
//!    (`inflation rose to 18%` → `inflation`, `turnout was 61%` →
//!    `turnout`); money followed by `in`/`for`/`on`/`to X` gives `X`
//!    (`$4.2bn in aid` → `aid`); else `None`.
//! 5. An **increment** (`22 more bodies`, `another 5`, `a further 12`) gets
//!    the prefix `additional ` (`additional killed`), so it is never read as
//!    a total; a **part** (`22 of them`, `of whom`) counts nothing (`None`).
//! 6. A value compared with the one before it (`78 dead, up from 63`,
//!    `compared with 41`, `eased to 2.9% from 3.4%` with the same unit)
//!    takes that figure's `counts` when it has none.
//!
//! ## Dates
//!
//! `source` is left `None`, and so is `date`, except for a value the
//! sentence itself gives as earlier than the reported one (`up from 63`,
//! `down from`, `compared with`, the `41` of `rose from 41 to 63`): its
//! `date` is the TIMEX3 value `PAST_REF`, which the caller may refine from
//! time expressions (`the day before`). The linker orders a `PAST_REF`
//! value before the article's own date.

mod lexicon;

use lexicon as lx;
use parallax_core::{Evidence, Figure, Span};

/// Finds the figures of one article.
///
/// `sentences` are the article's sentence spans (from
/// [`crate::split_sentences`]); spans that do not fit `text` are ignored,
/// and an empty slice means the whole text is one sentence. Figures come in
/// text order with ids `{article_id}-f1`, `-f2`, …; `evidence` spans the
/// hedge, number(s) and unit (`at least 41`, `$4.2bn`, `between 40 and
/// 50`), never what is counted.
///
/// ```
/// use parallax_analyze::{figures::extract_figures, split_sentences};
/// let text = "At least 41 people were killed and nearly 300 were missing.";
/// let figs = extract_figures("a", text, &split_sentences(text));
/// assert_eq!(figs[0].value, 41.0);
/// assert_eq!(figs[0].hedge.as_deref(), Some("at least"));
/// assert_eq!(figs[0].counts.as_deref(), Some("killed"));
/// assert_eq!(figs[1].counts.as_deref(), Some("missing"));
/// ```
pub fn extract_figures(article_id: &str, text: &str, sentences: &[Span]) -> Vec<Figure> {
    let whole = [Span::new(0, text.len())];
    let spans: &[Span] = if sentences.is_empty() {
        &whole
    } else {
        sentences
    };
    let mut found: Vec<Found> = Vec::new();
    let mut toks: Vec<Tok> = Vec::new();
    for sp in spans {
        if sp.start >= sp.end || text.get(sp.start..sp.end).is_none() {
            continue;
        }
        toks.clear();
        tokenize(text, sp.start, sp.end, &mut toks);
        scan_sentence(&toks, &mut found);
    }
    found.sort_by_key(|f| (f.start, f.end));
    let mut out = Vec::with_capacity(found.len());
    let mut last_end = 0usize;
    for f in found {
        if f.start < last_end {
            continue; // overlapping sentence spans: keep the first reading
        }
        if !f.value.is_finite() || f.max.is_some_and(|m| !m.is_finite()) {
            continue;
        }
        let Some(snippet) = text.get(f.start..f.end) else {
            continue;
        };
        last_end = f.end;
        out.push(Figure {
            id: format!("{}-f{}", article_id, out.len() + 1),
            article: article_id.to_string(),
            text: snippet.to_string(),
            value: f.value,
            max: f.max,
            unit: f.unit.map(str::to_string),
            counts: f.counts,
            hedge: f.hedge,
            source: None,
            date: f.earlier.then(|| "PAST_REF".to_string()),
            evidence: Evidence {
                article: article_id.to_string(),
                start: f.start,
                end: f.end,
            },
        });
    }
    out
}

/// A figure before ids are given.
#[derive(Debug)]
struct Found {
    start: usize,
    end: usize,
    value: f64,
    max: Option<f64>,
    unit: Option<&'static str>,
    counts: Option<String>,
    hedge: Option<String>,
    /// The sentence gives it as an earlier value (`up from 63`, `rose from
    /// 41 to 63`): dated `PAST_REF`.
    earlier: bool,
    /// Token index of the figure's first token in its sentence.
    first_tok: usize,
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone)]
struct Tok<'a> {
    s: usize,
    e: usize,
    raw: &'a str,
    lower: String,
    /// A run of letters/digits (with inner connectors), not a punctuation
    /// character.
    word: bool,
    /// Starts with an ASCII digit.
    digit: bool,
    /// Starts with an upper-case letter.
    cap: bool,
    /// Whitespace (or the sentence start) right before it.
    space_before: bool,
    /// First token on its line.
    line_start: bool,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–')
}

/// Splits `text[a..b]` into tokens. Inner `.` joins letters/digits
/// (`3.5`, `U.S`), inner `,` and `:` join digits (`1,200`, `14:05`), inner
/// dashes, `/` and apostrophes join words (`twenty-one`, `40-50`, `km/h`,
/// `don't`); everything else that is not a letter or digit is a
/// one-character token.
fn tokenize<'a>(text: &'a str, a: usize, b: usize, out: &mut Vec<Tok<'a>>) {
    let Some(seg) = text.get(a..b) else {
        return;
    };
    let mut line_start = text[..a]
        .chars()
        .rev()
        .find(|c| !matches!(c, ' ' | '\t'))
        .is_none_or(|c| c == '\n' || c == '\r');
    let mut space_before = true;
    let mut it = seg.char_indices().peekable();
    while let Some((off, c)) = it.next() {
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' {
                line_start = true;
            }
            continue;
        }
        let start = a + off;
        let mut end = start + c.len_utf8();
        let word = c.is_alphanumeric();
        if word {
            let mut prev = c;
            while let Some(&(o2, c2)) = it.peek() {
                if c2.is_alphanumeric() {
                    it.next();
                    prev = c2;
                    end = a + o2 + c2.len_utf8();
                    continue;
                }
                // a connector needs a letter/digit right after it
                let rest = &seg[o2 + c2.len_utf8()..];
                let Some(next) = rest.chars().next() else {
                    break;
                };
                let ok = match c2 {
                    '.' => prev.is_alphanumeric() && next.is_alphanumeric(),
                    ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    '/' => next.is_alphanumeric(),
                    '\'' | '’' => prev.is_alphabetic() && next.is_alphabetic(),
                    '_' => true,
                    c if is_dash(c) => next.is_alphanumeric(),
                    _ => false,
                };
                if !ok {
                    break;
                }
                it.next();
                // take the letter/digit after the connector too
                if let Some((o3, c3)) = it.next() {
                    prev = c3;
                    end = a + o3 + c3.len_utf8();
                }
            }
        }
        let raw = &text[start..end];
        out.push(Tok {
            s: start,
            e: end,
            raw,
            lower: if word {
                raw.to_lowercase()
            } else {
                raw.to_string()
            },
            word,
            digit: c.is_ascii_digit(),
            cap: c.is_uppercase(),
            space_before,
            line_start,
        });
        space_before = false;
        line_start = false;
    }
}

// ---------------------------------------------------------------------------
// Numbers

/// A number read at a token, before hedges and context.
#[derive(Debug, Clone, Default)]
struct Num {
    /// Exclusive token index.
    end: usize,
    value: f64,
    max: Option<f64>,
    unit: Option<&'static str>,
    post_hedge: Option<&'static str>,
    /// One integer token in digits without separators, decimals or suffix.
    plain_int: bool,
    digits: usize,
    lead_zero: bool,
    word: bool,
    /// Multiplier applied from a scale word or suffix (1 when none).
    mult: f64,
    /// Bare `one` (or `zero`) in words.
    bare_one: bool,
}

enum Parse {
    Num(Num),
    /// Not a figure; resume at this token.
    Skip(usize),
    No,
}

/// Reads the digits of a number (`1,200`, `3.5`, `1.200.000`) at the start
/// of `raw`: value, the rest (a suffix), whether it is a plain integer,
/// number of integer digits, leading zero.
fn parse_digits(raw: &str) -> Option<(f64, &str, bool, usize, bool)> {
    let cut = raw
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(raw.len());
    let (num, suffix) = raw.split_at(cut);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let dots = num.matches('.').count();
    let (int_part, frac_part) = if dots == 0 {
        (num, "")
    } else if dots == 1 {
        num.split_once('.')?
    } else {
        // 1.200.000: dots as thousands separators
        if num.contains(',') {
            return None;
        }
        let mut groups = num.split('.');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !groups.all(|g| g.len() == 3) {
            return None;
        }
        let digits: String = num.chars().filter(|c| *c != '.').collect();
        let v: f64 = digits.parse().ok()?;
        return Some((v, suffix, false, digits.len(), false));
    };
    if frac_part.contains(',') {
        return None;
    }
    let mut groups = int_part.split(',');
    let first = groups.next()?;
    if first.is_empty() {
        return None;
    }
    let has_comma = int_part.contains(',');
    if has_comma && (first.len() > 3 || !groups.all(|g| g.len() == 3)) {
        return None;
    }
    let int_digits: String = int_part.chars().filter(|c| *c != ',').collect();
    let mut s = int_digits.clone();
    if !frac_part.is_empty() {
        s.push('.');
        s.push_str(frac_part);
    }
    let v: f64 = s.parse().ok()?;
    let plain = !has_comma && frac_part.is_empty() && dots == 0;
    let lead_zero = int_digits.len() > 1 && int_digits.starts_with('0');
    Some((v, suffix, plain, int_digits.len(), lead_zero))
}

/// Applies a glued suffix (`bn`, `m`, `km`, `%`-like `pc`) to a digit
/// number. `None`: the suffix makes it no figure (ordinal, decade, time,
/// code).
fn apply_suffix(n: &mut Num, suffix: &str, currency: bool) -> Option<()> {
    if suffix.is_empty() {
        return Some(());
    }
    let s = suffix.to_lowercase();
    n.plain_int = false;
    match s.as_str() {
        "bn" | "bln" | "b" if currency || s != "b" => n.mult = 1e9,
        "m" | "mn" | "mln" | "mil" if currency || s != "m" => n.mult = 1e6,
        "k" => n.mult = 1e3,
        "tn" | "trn" => n.mult = 1e12,
        "c" => n.unit = Some("°C"),
        _ => {
            let (u, _) = lx::unit_word(&s, None)?;
            n.unit = Some(u);
        }
    }
    Some(())
}

fn word_at<'t>(toks: &'t [Tok], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

fn raw_at<'t>(toks: &'t [Tok], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.raw)
}

/// Reads a number (digits or words) at token `i`, with its scale word but
/// without range, unit words or hedges.
fn parse_number(toks: &[Tok], i: usize, currency: bool) -> Parse {
    let Some(t) = toks.get(i) else {
        return Parse::No;
    };
    if !t.word {
        return Parse::No;
    }
    let mut n = Num {
        end: i + 1,
        mult: 1.0,
        ..Num::default()
    };
    if t.digit {
        let raw = t.raw;
        if raw.contains(':') || raw.contains('/') {
            return Parse::Skip(i + 1);
        }
        if raw.contains(is_dash) {
            return parse_dashed(toks, i, currency);
        }
        let Some((v, suffix, plain, digits, lead_zero)) = parse_digits(raw) else {
            return Parse::Skip(i + 1);
        };
        n.value = v;
        n.plain_int = plain;
        n.digits = digits;
        n.lead_zero = lead_zero;
        if apply_suffix(&mut n, suffix, currency).is_none() {
            return Parse::Skip(i + 1);
        }
        // "1.1m people" is a million, "a 3m wall" metres
        if n.unit == Some("m")
            && suffix.eq_ignore_ascii_case("m")
            && toks
                .get(i + 1)
                .is_some_and(|t| head_ok(t) && looks_plural(&t.lower))
        {
            n.unit = None;
            n.mult = 1e6;
        }
        // a scale word after it: 3 million, 4.2 bn, $5 m
        if n.mult == 1.0 && n.unit.is_none() {
            let w = word_at(toks, i + 1);
            let sc = lx::scale(w).or(match w {
                "m" if currency => Some(1e6),
                "b" if currency => Some(1e9),
                _ => None,
            });
            if let Some(sc) = sc {
                n.mult = sc;
                n.end = i + 2;
                n.plain_int = false;
            }
        }
        n.value *= n.mult;
        return Parse::Num(n);
    }
    // words
    n.word = true;
    let w = t.lower.as_str();
    let next = word_at(toks, i + 1);
    if w == "a" || w == "an" {
        if let Some(sc) = lx::scale(next) {
            n.value = sc;
            n.mult = sc;
            n.end = i + 2;
            return Parse::Num(n);
        }
        if next == "dozen" {
            n.value = 12.0;
            n.end = i + 2;
            return Parse::Num(n);
        }
        if next == "few" || next == "couple" {
            if let Some(sc) = lx::scale(word_at(toks, i + 2)) {
                n.value = 2.0 * sc;
                n.max = Some(5.0 * sc);
                n.end = i + 3;
                return Parse::Num(n);
            }
            return Parse::No;
        }
        if matches!(next, "third" | "quarter" | "fifth" | "tenth" | "half")
            && word_at(toks, i + 2) == "of"
        {
            if let Some(f) = lx::fraction(next) {
                return fraction_num(n, f, i + 2);
            }
        }
        return Parse::No;
    }
    if w == "several" {
        if let Some(sc) = lx::scale(next) {
            n.value = 3.0 * sc;
            n.max = Some(9.0 * sc);
            n.end = i + 2;
            return Parse::Num(n);
        }
        return Parse::No;
    }
    if let Some((lo, hi)) = lx::vague(w) {
        // tens of thousands, hundreds of millions
        if word_at(toks, i + 1) == "of" {
            let unit = match word_at(toks, i + 2) {
                "thousands" => Some(1e3),
                "millions" => Some(1e6),
                "billions" => Some(1e9),
                _ => None,
            };
            if let Some(u) = unit {
                if w == "tens" || w == "hundreds" {
                    n.value = lo * u;
                    n.max = Some(hi * u + (u - 1.0));
                    n.end = i + 3;
                    return Parse::Num(n);
                }
            }
        }
        if w == "tens" {
            return Parse::No;
        }
        n.value = lo;
        n.max = Some(hi);
        return Parse::Num(n);
    }
    if let Some(f) = lx::fraction(w) {
        if w == "half" {
            // half a million
            if next == "a" {
                if let Some(sc) = lx::scale(word_at(toks, i + 2)) {
                    n.value = 0.5 * sc;
                    n.end = i + 3;
                    return Parse::Num(n);
                }
            }
            if !matches!(
                next,
                "of" | "the" | "its" | "their" | "his" | "her" | "our" | "all" | "those"
            ) {
                return Parse::No;
            }
            return fraction_num(n, f, i);
        }
        if w.contains('-') && matches!(next, "of" | "the" | "its" | "their" | "all") {
            return fraction_num(n, f, i);
        }
        return Parse::No;
    }
    // cardinal words: two hundred and fifty thousand
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut any = false;
    let mut j = i;
    let mut after_scale = false;
    while let Some(tj) = toks.get(j) {
        if !tj.word {
            break;
        }
        let wj = tj.lower.as_str();
        if let Some(v) = lx::cardinal(wj) {
            cur += v;
            any = true;
            after_scale = false;
        } else if any && wj == "hundred" {
            cur = cur.max(1.0) * 100.0;
            after_scale = true;
        } else if any && wj == "dozen" {
            cur = cur.max(1.0) * 12.0;
        } else if any && matches!(wj, "thousand" | "million" | "billion" | "trillion") {
            total += cur.max(1.0) * lx::scale(wj).unwrap_or(1.0);
            cur = 0.0;
            after_scale = true;
        } else if any && wj == "and" && after_scale && lx::cardinal(word_at(toks, j + 1)).is_some()
        {
            // two hundred and fifty
        } else {
            break;
        }
        j += 1;
    }
    if !any {
        return Parse::No;
    }
    n.value = total + cur;
    n.end = j;
    n.bare_one = j == i + 1 && matches!(w, "one" | "zero");
    Parse::Num(n)
}

fn fraction_num(mut n: Num, f: f64, last: usize) -> Parse {
    n.value = (f * 10000.0).round() / 100.0;
    n.unit = Some("percent");
    n.end = last + 1;
    Parse::Num(n)
}

/// A digit token with an inner dash: a range (`40-50`), a compound
/// (`30-metre`, `300-plus`), an age (`54-year-old`), or a date, score or
/// phone number (skipped).
fn parse_dashed(toks: &[Tok], i: usize, currency: bool) -> Parse {
    let skip = Parse::Skip(i + 1);
    let raw = toks[i].raw;
    let parts: Vec<&str> = raw.split(is_dash).collect();
    let mut n = Num {
        end: i + 1,
        mult: 1.0,
        ..Num::default()
    };
    if parts.len() != 2 {
        return skip; // 2026-03-10, 1-800-555-0199, 54-year-old
    }
    let (l, r) = (parts[0], parts[1]);
    let Some((lv, lsuf, lplain, ldig, _)) = parse_digits(l) else {
        return skip;
    };
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        let Some((rv, rsuf, rplain, rdig, rzero)) = parse_digits(r) else {
            return skip;
        };
        if rzero || !lsuf.is_empty() {
            return skip; // 555-0142, 2x-3
        }
        if lplain && ldig == 4 && (1000.0..=2100.0).contains(&lv) && rplain {
            return skip; // 2019-2021, 2021-22
        }
        if lv >= rv {
            return skip; // a score: 3-1
        }
        let _ = rdig;
        n.value = lv;
        n.max = Some(rv);
        if apply_suffix(&mut n, rsuf, currency).is_none() {
            return skip;
        }
        if n.mult == 1.0 && n.unit.is_none() {
            if let Some(sc) = lx::scale(word_at(toks, i + 1)) {
                n.mult = sc;
                n.end = i + 2;
            }
        }
        n.value *= n.mult;
        n.max = n.max.map(|m| m * n.mult);
        return Parse::Num(n);
    }
    if !lsuf.is_empty() {
        return skip;
    }
    n.value = lv;
    n.plain_int = false;
    let rl = r.to_lowercase();
    match rl.as_str() {
        "plus" => n.post_hedge = Some("more than"),
        "odd" => n.post_hedge = Some("about"),
        "strong" => {}
        _ => match lx::unit_word(&rl, None) {
            Some((u, _)) => n.unit = Some(u),
            None => return skip,
        },
    }
    Parse::Num(n)
}

// ---------------------------------------------------------------------------
// Sentence scan

fn scan_sentence(toks: &[Tok], out: &mut Vec<Found>) {
    let mut i = 0;
    let mut prev: Option<usize> = None;
    while i < toks.len() {
        match read_figure(toks, i) {
            Some((next, fig)) => {
                if let Some(mut f) = fig {
                    // "up from 45,000", "compared with 63 percent": an
                    // earlier value of the figure before it
                    let prev_unit = prev.and_then(|k| out.get(k)).map(|p| p.unit);
                    // bare "from": eased to 2.9% from 3.4%
                    let from_same_unit = f.unit.is_some()
                        && prev_unit == Some(f.unit)
                        && f.first_tok > 0
                        && word_at(toks, f.first_tok - 1) == "from";
                    if from_same_unit || compares_to_previous(toks, f.first_tok) {
                        f.earlier = true;
                        if let Some(p) = prev.and_then(|k| out.get(k)) {
                            if f.counts.is_none() && p.unit == f.unit {
                                f.counts.clone_from(&p.counts);
                            }
                        }
                    }
                    prev = Some(out.len());
                    out.push(f);
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// Is the number at `i` compared with the figure before it (`up from`,
/// `down from`, `compared with`, `against`, `versus`)?
fn compares_to_previous(toks: &[Tok], i: usize) -> bool {
    let w1 = i.checked_sub(1).map_or("", |k| word_at(toks, k));
    let w2 = i.checked_sub(2).map_or("", |k| word_at(toks, k));
    matches!(w1, "against" | "versus" | "vs")
        || (w1 == "from" && matches!(w2, "up" | "down" | "rising" | "falling" | "rose" | "fell"))
        || (matches!(w1, "with" | "to") && matches!(w2, "compared" | "comparison" | "compares"))
}

/// Currency written before the number at `i`: ISO code and the index of
/// the number.
fn currency_before(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    if !t.word {
        let code = lx::currency_symbol(t.raw)?;
        let nx = toks.get(i + 1)?;
        return nx.digit.then_some((code, i + 1));
    }
    if let Some(code) = lx::dollar_prefix(t.raw) {
        let d = toks.get(i + 1)?;
        let nx = toks.get(i + 2)?;
        if d.raw == "$" && !d.space_before && nx.digit {
            return Some((code, i + 2));
        }
    }
    if let Some(code) = lx::currency_code(t.raw) {
        let nx = toks.get(i + 1)?;
        if nx.digit {
            return Some((code, i + 1));
        }
    }
    None
}

/// Tries to read a figure starting at token `i`. `None`: nothing here.
/// `Some((next, None))`: a number that is not a figure, resume at `next`.
fn read_figure(toks: &[Tok], i: usize) -> Option<(usize, Option<Found>)> {
    let (currency, core) = match currency_before(toks, i) {
        Some((c, k)) => (Some(c), k),
        None => (None, i),
    };
    let mut n = match parse_number(toks, core, currency.is_some()) {
        Parse::Num(n) => n,
        Parse::Skip(k) => return Some((k, None)),
        Parse::No => return None,
    };
    let mut first = i;
    let mut unit: Option<&'static str> = currency.or(n.unit);

    // ratios: one in five
    if n.max.is_none() && n.unit.is_none() && currency.is_none() && word_at(toks, n.end) == "in" {
        if let Parse::Num(m) = parse_number(toks, n.end + 1, false) {
            if m.max.is_none() && m.unit.is_none() && m.value > n.value && n.value > 0.0 {
                let share = n.value / m.value * 100.0;
                n.value = (share * 100.0).round() / 100.0;
                n.unit = Some("percent");
                n.end = m.end;
                n.bare_one = false;
                n.plain_int = false;
                unit = Some("percent");
            }
        }
    }
    // ranges: 40 to 50, between 40 and 50, from 3 to 5, two or three
    let before = first.checked_sub(1).map_or("", |k| word_at(toks, k));
    let changed = (1..=3).any(|d| {
        first
            .checked_sub(d)
            .is_some_and(|k| lx::change_verb(word_at(toks, k)))
    });
    if n.max.is_none() {
        let conn = word_at(toks, n.end);
        let is_conn = match conn {
            "to" => !changed,
            "and" => before == "between",
            "or" => true,
            c => c.chars().count() == 1 && c.chars().all(is_dash),
        };
        if is_conn {
            let mut k = n.end + 1;
            let mut cur2 = None;
            if let Some((c2, k2)) = currency_before(toks, k) {
                cur2 = Some(c2);
                k = k2;
            }
            if cur2.is_none() || cur2 == currency {
                if let Parse::Num(m) = parse_number(toks, k, currency.is_some()) {
                    let mut lo = n.value;
                    if n.mult == 1.0 && m.mult > 1.0 && !n.word {
                        lo *= m.mult;
                    }
                    let same_kind = n.word == m.word || (!n.bare_one && !m.bare_one);
                    let unit_ok = n.unit.is_none() || m.unit.is_none() || n.unit == m.unit;
                    if lo < m.value && m.max.is_none() && same_kind && unit_ok {
                        n.value = lo;
                        n.max = Some(m.value);
                        n.end = m.end;
                        n.bare_one = false;
                        n.plain_int = false;
                        if unit.is_none() {
                            unit = m.unit;
                        }
                        if before == "between" || before == "from" {
                            first -= 1;
                        }
                    }
                }
            }
        }
    }

    // unit words after
    let mut end = n.end;
    if unit.is_none() || (currency.is_none() && n.unit.is_none()) {
        let w = word_at(toks, end);
        let w2 = toks.get(end + 1).map(|t| t.lower.as_str());
        if w == "%" {
            unit = Some("percent");
            end += 1;
        } else if w == "°" {
            let scale = toks.get(end + 1).filter(|t| !t.space_before).map(|t| t.raw);
            match scale {
                Some("C" | "c") => {
                    unit = Some("°C");
                    end += 2;
                }
                Some("F" | "f") => {
                    unit = Some("°F");
                    end += 2;
                }
                _ => {
                    unit = Some("degree");
                    end += 1;
                }
            }
        } else if let Some(c) = toks.get(end).and_then(|t| lx::currency_code(t.raw)) {
            if unit.is_none() {
                unit = Some(c);
                end += 1;
            }
        } else if let Some((u, k)) = lx::unit_word(w, w2) {
            if unit.is_none() {
                let pounds_of = matches!(w, "pound" | "pounds") && w2 == Some("of");
                unit = Some(if pounds_of { "lb" } else { u });
                end += k;
            }
        } else if let Some(c) = lx::currency_word(w) {
            if unit.is_none() {
                unit = Some(c);
                end += 1;
            }
        }
    }

    // not a figure?
    if let Some(k) = non_figure(toks, core, &n, unit, currency.is_some(), end) {
        return Some((k, None));
    }

    // hedges after: or more, or so, plus, and counting
    let mut hedge: Option<String> = n.post_hedge.map(str::to_string);
    match (word_at(toks, end), word_at(toks, end + 1)) {
        ("or", "more") => {
            hedge = Some("or more".into());
            end += 2;
        }
        ("or", "so") => {
            hedge = Some("or so".into());
            end += 2;
        }
        ("and", "counting") => {
            hedge = Some("and counting".into());
            end += 2;
        }
        ("plus", _) if unit.is_none() => {
            hedge = Some("plus".into());
            end += 1;
        }
        _ => {}
    }

    // hedges before
    let mut verb_hedge_at = None;
    if hedge.is_none() {
        if let Some((h, k)) = hedge_before(toks, first) {
            hedge = Some(h);
            first = k;
        } else if let Some(k) = first.checked_sub(1) {
            if let Some(h) = lx::verb_hedge(word_at(toks, k)) {
                hedge = Some(h.to_string());
                verb_hedge_at = Some(k);
            }
        }
    }

    let left_from = verb_hedge_at.unwrap_or(first);
    let (counts, has_state) = counts_for(toks, left_from, end, unit);
    if n.bare_one && unit.is_none() && !has_state {
        return Some((end, None));
    }
    let (Some(ft), Some(lt)) = (toks.get(first), toks.get(end.saturating_sub(1))) else {
        return Some((end, None));
    };
    // "rose from 41 to 63": 41 is the earlier value
    let earlier = n.max.is_none() && before == "from" && changed;
    Some((
        end,
        Some(Found {
            start: ft.s,
            end: lt.e,
            value: n.value,
            max: n.max,
            unit,
            counts,
            hedge,
            earlier,
            first_tok: first,
        }),
    ))
}

/// A hedge phrase ending right before token `first`: the hedge and the
/// index of its first token.
fn hedge_before(toks: &[Tok], first: usize) -> Option<(String, usize)> {
    // "approx." / "c." / "ca." before the number
    let mut at = first;
    if at >= 2 && toks[at - 1].raw == "." && matches!(word_at(toks, at - 2), "approx" | "c" | "ca")
    {
        at -= 1;
    }
    for (words, out) in lx::HEDGES_BEFORE {
        let len = words.len();
        if at < len {
            continue;
        }
        let s = at - len;
        if words
            .iter()
            .enumerate()
            .all(|(d, w)| toks[s + d].word && toks[s + d].lower == *w)
        {
            let h = match out {
                Some(o) => (*o).to_string(),
                None => words.join(" "),
            };
            return Some((h, s));
        }
    }
    None
}

/// Why the number at `core` is not a figure: `Some(resume)` to skip it.
fn non_figure(
    toks: &[Tok],
    core: usize,
    n: &Num,
    unit: Option<&str>,
    currency: bool,
    end: usize,
) -> Option<usize> {
    let skip = Some(end.max(core + 1));
    let prev = core.checked_sub(1).and_then(|k| toks.get(k));
    let prev_w = prev.map_or("", |t| t.lower.as_str());
    let prev_raw = prev.map_or("", |t| t.raw);
    let next_w = word_at(toks, n.end);
    let next_raw = raw_at(toks, n.end);
    let next_tok = toks.get(n.end);

    if n.bare_one && unit.is_none() {
        // "one person died" is a figure; "one of the", "no one" are not
        let det = matches!(
            prev_w,
            "no" | "any"
                | "every"
                | "some"
                | "the"
                | "that"
                | "this"
                | "each"
                | "which"
                | "someone"
                | "anyone"
        );
        let noun_next = next_tok.is_some_and(head_ok);
        if det || !noun_next {
            return skip;
        }
    }
    if n.value.is_nan() || n.value.is_infinite() {
        return skip;
    }
    // phone numbers, codes: +44 20 ..., 020 7946 0958
    if !n.word && !currency && unit.is_none() {
        if prev_raw == "+" || prev_raw == "#" {
            return phone_skip(toks, core);
        }
        let next_digit = next_tok.is_some_and(|t| t.digit && t.space_before);
        if n.lead_zero || (next_digit && n.plain_int) {
            return phone_skip(toks, core);
        }
    }
    if unit.is_some() || currency || n.word {
        // ages in words: "a man, sixty," is rare; only check "years old"
        if unit == Some("year") && word_at(toks, end) == "old" {
            return Some(end + 1);
        }
        if is_label(prev_w) && !n.word && unit.is_none() {
            return skip;
        }
        return None;
    }
    // from here: digits without unit
    if n.plain_int && n.digits >= 7 {
        return skip; // ids
    }
    let v = n.value;
    let int = n.plain_int && v.fract() == 0.0;
    // clock times: 7 pm, at 10.30
    if int && (lx::clock_word(next_w) || next_w == "a.m" || next_w == "p.m") {
        return skip;
    }
    if let Some((h, m)) = toks[core].raw.split_once('.') {
        let clock = h.len() <= 2
            && m.len() == 2
            && h.parse::<u32>().is_ok_and(|h| h <= 24)
            && m.parse::<u32>().is_ok_and(|m| m <= 59);
        let time_ctx = matches!(
            prev_w,
            "at" | "by" | "until" | "till" | "from" | "before" | "after" | "since"
        ) || lx::clock_word(next_w);
        if clock && time_ctx {
            return skip;
        }
    }
    // dates: 10 March, March 10, 10 of March
    if int && (1.0..=31.0).contains(&v) {
        let next_month = lx::month(next_raw)
            || (next_w == "of" && lx::month(raw_at(toks, n.end + 1)))
            || lx::month(raw_at(toks, n.end + usize::from(next_raw == ".")));
        let month_dot = prev_raw == "." && core >= 2 && lx::month(raw_at(toks, core - 2));
        if next_month || lx::month(prev_raw) || month_dot {
            return skip;
        }
    }
    // years
    if int && n.digits == 4 && (1000.0..=2100.0).contains(&v) {
        let next_is_word = next_tok.is_some_and(|t| t.word && !t.cap && !t.digit);
        let ctx = lx::year_context(prev_w) || lx::month(prev_raw) || lx::weekday(prev_raw);
        if ctx || !next_is_word || next_w == "and" || next_w == "to" {
            return skip;
        }
    }
    // decades written 1970 's
    if (next_raw == "'" || next_raw == "’") && word_at(toks, n.end + 1) == "s" {
        return Some(n.end + 2);
    }
    // ages: "Ilse Varga, 54, ...", "(54)", "aged 54", "54 years old"
    if int && v <= 130.0 {
        if matches!(prev_w, "aged" | "age" | "ages") {
            return skip;
        }
        let after_close = next_tok.is_none_or(|t| matches!(t.raw, "," | ")" | "." | ";"));
        let before_name = core
            .checked_sub(2)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.word && t.cap && !t.digit);
        if prev_raw == "," && before_name && after_close {
            return skip;
        }
        if prev_raw == "(" && next_raw == ")" {
            return skip;
        }
        if matches!(next_w, "year-old" | "years-old") {
            return Some(n.end + 1);
        }
    }
    // list markers: "1." or "2)" opening a line
    if int && toks[core].line_start && matches!(next_raw, "." | ")") {
        return Some(n.end + 1);
    }
    // labels: Section 4, No. 10, Flight 302, junctions 10 and 11
    if is_label(prev_w) {
        let mut k = end.max(core + 1);
        if matches!(word_at(toks, k), "and" | "to" | "or" | "-" | "–")
            && toks.get(k + 1).is_some_and(|t| t.digit)
        {
            k += 2;
        }
        return Some(k);
    }
    if prev_raw == "." && core >= 2 && matches!(word_at(toks, core - 2), "no" | "nos") {
        return skip;
    }
    if let Some(p) = prev {
        let name_like = p.word
            && p.cap
            && !p.digit
            && core >= 2
            && !lx::month(p.raw)
            && !lx::weekday(p.raw)
            && p.raw.chars().count() > 1;
        let nothing_counted = next_tok.is_none_or(|t| !t.word || t.cap || t.digit);
        if name_like && nothing_counted && n.plain_int {
            return skip;
        }
    }
    None
}

/// A word before a number that makes it a label (`section`, `junctions`).
fn is_label(w: &str) -> bool {
    lx::label_word(w) || w.strip_suffix('s').is_some_and(lx::label_word)
}

/// Skips a run of digit groups (a phone number or code) from `core`.
fn phone_skip(toks: &[Tok], core: usize) -> Option<usize> {
    let mut k = core + 1;
    while let Some(t) = toks.get(k) {
        let joiner = !t.word && matches!(t.raw, "-" | "." | "(" | ")") && !t.space_before;
        if t.digit || joiner {
            k += 1;
        } else {
            break;
        }
    }
    Some(k)
}

// ---------------------------------------------------------------------------
// What is counted

/// A state starting at token `j` (`killed`, `without electricity`, `forced
/// from their homes`, `lost their lives`).
fn state_at(toks: &[Tok], j: usize) -> Option<&'static str> {
    let w = word_at(toks, j);
    if w == "without" || w == "lost" || w == "lose" || w == "losing" {
        let nx = word_at(toks, j + 1);
        if matches!(nx, "power" | "electricity" | "heating" | "water") {
            return Some(if nx == "water" {
                "without water"
            } else {
                "without power"
            });
        }
        if w != "without"
            && matches!(nx, "their" | "his" | "her")
            && word_at(toks, j + 2) == "lives"
        {
            return Some("killed");
        }
        return None;
    }
    if matches!(w, "forced" | "driven" | "chased" | "made") {
        if (1..=4).any(|d| matches!(word_at(toks, j + d), "homes" | "home" | "homeless")) {
            return Some("displaced");
        }
        return None;
    }
    if w == "lives" {
        // lives lost / lost their lives (checked above); "lives" alone is no state
        return (word_at(toks, j + 1) == "lost").then_some("killed");
    }
    if w == "death" {
        return Some("killed");
    }
    if w == "hospital" || w == "hospitals" {
        let p = j.checked_sub(1).map_or("", |k| word_at(toks, k));
        return matches!(p, "to" | "in").then_some("hospitalised");
    }
    lx::state(w)
}

fn is_numberish(t: &Tok) -> bool {
    t.digit
        || lx::cardinal(&t.lower).is_some()
        || lx::vague(&t.lower).is_some()
        || lx::scale(&t.lower).is_some()
}

/// Can this word be the head noun of what is counted?
fn head_ok(t: &Tok) -> bool {
    let w = t.lower.as_str();
    let acronym =
        t.raw.len() >= 2 && t.raw.len() <= 5 && t.raw.chars().all(|c| c.is_ascii_uppercase());
    !w.ends_with("'s")
        && !w.ends_with("’s")
        && t.word
        && !t.digit
        && (!t.cap || acronym)
        && w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !lx::function_word(w)
        && !lx::breaker(w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
}

/// May this word stand inside the noun phrase after the number
/// (`hydroelectric plants`, `flooded homes`, `Ostrenian troops`)?
fn np_word(t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.word
        && !t.digit
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !lx::function_word(w)
        && !lx::breaker(w)
        && !w.ends_with("ly")
        && lx::state(w).is_none()
}

/// A plural noun usually ends its noun phrase (`passengers`, `people`).
fn looks_plural(w: &str) -> bool {
    matches!(
        w,
        "people" | "children" | "men" | "women" | "police" | "cattle" | "staff" | "crew"
    ) || (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is"))
}

fn normalise_head(w: &str) -> String {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    match w {
        "person" | "persons" => "people".to_string(),
        _ => w.to_string(),
    }
}

/// What the figure between tokens `first` and `end` counts (see the module
/// documentation for the scheme).
fn counts_for(
    toks: &[Tok],
    first: usize,
    end: usize,
    unit: Option<&str>,
) -> (Option<String>, bool) {
    let mut j = end;
    // "22 of them": a part of a figure given before, not a quantity of its own
    if word_at(toks, j) == "of"
        && matches!(
            word_at(toks, j + 1),
            "them" | "whom" | "which" | "those" | "these" | "us"
        )
    {
        return (None, false);
    }
    // "22 more bodies", "another 22": an increment, not a total
    let mut increment = matches!(
        word_at(toks, j),
        "more" | "further" | "additional" | "new" | "extra"
    ) && toks.get(j + 1).is_some_and(|t| {
        t.word && !t.digit && (np_word(t) || lx::state(&t.lower).is_some()) && !t.cap
    });
    if increment {
        j += 1;
    }
    let b1 = first.checked_sub(1).map_or("", |k| word_at(toks, k));
    let b2 = first.checked_sub(2).map_or("", |k| word_at(toks, k));
    increment |= b1 == "another"
        || (matches!(b2, "a" | "an") && matches!(b1, "further" | "additional" | "extra"));
    let (counts, has_state) = counts_after(toks, first, j, unit);
    let counts = match counts {
        Some(c) if increment => Some(format!("additional {c}")),
        c => c,
    };
    (counts, has_state)
}

fn counts_after(
    toks: &[Tok],
    first: usize,
    start: usize,
    unit: Option<&str>,
) -> (Option<String>, bool) {
    let end = start;
    let mut j = start;
    let mut head: Option<usize> = None;
    let mut state: Option<&'static str> = None;
    let mut dim: Option<&'static str> = None;
    // "worth of X"
    if word_at(toks, j) == "worth" && word_at(toks, j + 1) == "of" {
        j += 1;
    }
    // "of (the) X" after fractions, percentages, vague plurals and scales
    if word_at(toks, j) == "of" {
        j += 1;
        while matches!(
            word_at(toks, j),
            "the" | "its" | "their" | "those" | "these" | "all" | "his" | "her" | "our" | "them"
        ) {
            j += 1;
        }
    }
    let limit = j + 9;
    let mut in_np = true;
    let mut np_len = 0;
    while j < toks.len() && j < limit {
        let t = &toks[j];
        if !t.word || is_numberish(t) || lx::breaker(&t.lower) {
            break;
        }
        if let Some(s) = state_at(toks, j) {
            state = Some(s);
            break;
        }
        if unit.is_some_and(lx::is_length) && head.is_none() && np_len == 0 {
            if let Some(d) = lx::dimension(&t.lower) {
                dim = Some(d);
                break;
            }
        }
        if in_np {
            if np_word(t) && np_len < 3 {
                np_len += 1;
                j += 1;
                if head_ok(t) {
                    head = Some(j - 1);
                    if looks_plural(&t.lower) {
                        in_np = false; // "mourners stood": a plural ends the phrase
                    }
                }
                continue;
            }
            in_np = false;
            if np_len == 0 && !lx::function_word(&t.lower) {
                // a verb or name right after the number: nothing counted here
                if unit.is_some() {
                    break;
                }
            }
        }
        j += 1;
    }
    let head_w = head
        .and_then(|k| toks.get(k))
        .map(|t| normalise_head(&t.lower));
    if let Some(d) = dim {
        return (Some(d.to_string()), false);
    }
    // a state before the number: killing 41, the death toll rose to 63
    if state.is_none() {
        let generic = head_w.as_deref().is_none_or(lx::generic_person);
        let mut k = first;
        let mut steps = 0;
        while k > 0 && steps < 16 {
            k -= 1;
            steps += 1;
            let t = &toks[k];
            if !t.word || lx::breaker(&t.lower) {
                break;
            }
            if let Some(s) = state_at(toks, k) {
                if generic || steps <= 3 {
                    state = Some(s);
                }
                break;
            }
        }
    }
    match (state, head_w) {
        (Some(s), Some(h)) if !lx::generic_person(&h) => return (Some(format!("{h} {s}")), true),
        (Some(s), _) => return (Some(s.to_string()), true),
        (None, Some(h)) if unit.is_none() || unit == Some("percent") || h.len() > 2 => {
            return (Some(h), false)
        }
        _ => {}
    }
    // money "in", "for", "on", "to" what: $4.2bn in aid, 4bn kroner to defence
    let money = unit.is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
        || matches!(
            unit,
            Some("crown" | "krone" | "dinar" | "peso" | "shilling")
        );
    // "a fund of 250 million crowns (for rebuilding)": the noun before "of"
    if first >= 2 && word_at(toks, first - 1) == "of" {
        if let Some(t) = toks.get(first - 2).filter(|t| head_ok(t)) {
            return (Some(normalise_head(&t.lower)), false);
        }
    }
    if money && matches!(word_at(toks, end), "in" | "for" | "on" | "to") {
        if let Some(t) = toks.get(end + 1).filter(|t| head_ok(t)) {
            return (Some(normalise_head(&t.lower)), false);
        }
    }
    // the measured noun before: inflation rose to 18%, repairs would cost $4m
    let mut k = first;
    let mut steps = 0;
    let mut cost = false;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if !t.word || t.digit {
            break;
        }
        let w = t.lower.as_str();
        if matches!(w, "cost" | "costs" | "costing") {
            cost = true;
        }
        if lx::connector(w) {
            continue;
        }
        if !cost
            && steps > 1
            && (!t.cap || k == 0)
            && !lx::function_word(w)
            && !lx::breaker(w)
            && w.chars().all(char::is_alphabetic)
            && !w.ends_with("ly")
            && !w.ends_with("ed")
        {
            return (Some(normalise_head(w)), false);
        }
        break;
    }
    (cost.then(|| "cost".to_string()), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        tokenize(text, 0, text.len(), &mut v);
        v.into_iter().map(|t| t.raw.to_string()).collect()
    }

    #[test]
    fn tokenizer_keeps_numbers_whole() {
        assert_eq!(
            toks("$4.2bn, 1,200 and 40-50 at 14:05 (U.S.) twenty-one's"),
            [
                "$",
                "4.2bn",
                ",",
                "1,200",
                "and",
                "40-50",
                "at",
                "14:05",
                "(",
                "U.S",
                ".",
                ")",
                "twenty-one's"
            ]
        );
    }

    #[test]
    fn digits_parse() {
        assert_eq!(
            parse_digits("1,200").map(|x| x.0),
            Some(1200.0),
            "thousands"
        );
        assert_eq!(parse_digits("3.5").map(|x| x.0), Some(3.5));
        assert_eq!(parse_digits("1.200.000").map(|x| x.0), Some(1_200_000.0));
        assert!(parse_digits("1,20").is_none());
        assert!(parse_digits("1.2.3").is_none());
    }
}
