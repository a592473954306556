//! Sentence splitting over an article's clean text.
//!
//! [`split_sentences`] returns byte spans into the text, one per sentence:
//! trimmed of surrounding whitespace, never empty, in order, non-overlapping,
//! on `char` boundaries. It is a single forward byte scan with a 256-entry
//! lookup table: bytes that cannot matter (letters, digits, spaces, most
//! punctuation) cost one table load; decisions (abbreviation look-ups,
//! peeking at the next word) happen only at a candidate sentence end.
//! Nothing is allocated besides the output vector, and every look-ahead is
//! bounded, so the scan is linear in the input.
//!
//! # Heuristics
//!
//! * **Lines.** `"\n"`, `"\r"`, U+2028 and U+2029 always end a sentence: in
//!   clean text a line is a paragraph, a headline or a label, so a sentence
//!   never crosses a line break, and a line without final punctuation is a
//!   sentence of its own. Blank lines produce nothing.
//! * **Candidate ends** are runs of `.`, `!`, `?`, `…` (plus `‼ ⁇ ⁈ ⁉`, the
//!   Arabic `؟`, Urdu `۔` and Devanagari `। ॥`), followed by any closing
//!   quotes or brackets (`" ' ” ’ “ ‘ » « › ‹ ) ] }` and CJK closers), and
//!   then by whitespace or the end of the line. A candidate glued to the next
//!   character (`3.5`, `example.com`, `U.S.-led`, `v2.0`, `10.30`) is never
//!   an end. The CJK terminators `。 ！ ？ ｡` end a sentence without a
//!   following space (except right before a closing quote followed by a
//!   hiragana particle, as in `「はい。」と`).
//! * **The next word decides.** The look-ahead skips whitespace, opening
//!   quotes/brackets, dashes and omission marks (`<…>`, `[…]`, `(…)`,
//!   `[...]`) and looks at the first character after them (so `"Stop!" — he
//!   shouted` stays whole). A lowercase letter (any
//!   script: Latin, Cyrillic, Greek, …) or one of `, ; : ) ] } %` means no
//!   break (`"Why?" she asked.`, `"Stop!" he said.`, `I think... maybe`).
//!   Letters of scripts without case (Arabic, Hebrew, CJK) count as capitals.
//!   Nothing but openers/marks before the line end means no break either.
//! * **`!` and `?`** (also `?!`, `!!`, `...?`) end the sentence otherwise.
//! * **Ellipses** `...`, `…`, `. . .` end it only before a capital letter
//!   (not before a digit or other symbol).
//! * **A single `.`** looks at the word before it (leading quotes and
//!   brackets stripped; for `D-Calif.` also the part after the hyphen):
//!   - strict abbreviations that precede a name or a number never end a
//!     sentence: titles (`Mr.`, `Dr.`, `Gen.`, `Sen.`, `Gov.`, `Rev.`, …),
//!     `vs.`, `e.g.`, `i.e.`, `cf.`, `approx.`, `ca.`;
//!   - number abbreviations (`No.`, `Vol.`, `Art.`, `Fig.`, `pp.`, `Ch.`) do
//!     not end a sentence before a digit, and otherwise behave like words;
//!   - the other known abbreviations (company suffixes `Inc.`, `Corp.`,
//!     `Ltd.`, `Co.`, `Bros.`; `Jr.`, `Sr.`, `St.`, `Ave.`; months `Jan.`,
//!     `Sept.`, …; US-state and Canadian-province abbreviations `Calif.`,
//!     `Mass.`, `Ariz.`, …; units `ft.`, `lb.`, `min.`, `et al.`), single
//!     letters (initials: `J. R. R. Tolkien`, `George W. Bush`) and dotted
//!     acronyms of one- or two-letter parts (`U.S.`, `U.K.`, `a.m.`,
//!     `Ph.D.`) can end a sentence, and do so **only when the next word is a
//!     common sentence starter**: a closed list of capitalised function words
//!     (`The`, `A`, `In`, `But`, `He`, `She`, `It`, `They`, `We`, `This`,
//!     `According`, `However`, …), not followed by a `.` (so `J. A. Smith`
//!     stays whole). So `troops left the U.S. The next day` splits, while
//!     `the U.S. State Department` and `at 9 a.m. Monday` do not — and
//!     neither does `left the U.S. Russia said` (a known miss: an
//!     abbreviation followed by a name that starts a sentence);
//!   - `etc.` and every other word ends the sentence unless the next word is
//!     lowercase (`etc. and so on` stays whole; `etc. Then` splits);
//!   - a lone `1.`, `b.` or `IV.` at the start of a line is a list
//!     enumerator, not a sentence.
//! * **Quotes and brackets.** A `.` directly followed by a closing quote or
//!   bracket (`He said "stop." Then`, `(see below.) Next`) ends the sentence
//!   after the closer, before anything but a lowercase word, even after an
//!   abbreviation. Inside a parenthesis or square bracket that was opened
//!   mid-sentence and closes later on the same line (`they [the West] don't
//!   want`, `(Acme Corp. The firm)`), nothing ends a sentence; a
//!   parenthesis that opens the sentence may hold whole sentences.
//! * **Omission marks** `<…>`, `[…]`, `(…)`, `[...]` inside a sentence end
//!   it only when a capital letter follows; one at the start of a sentence
//!   never does. For `"The threat remains. <…> It is unlikely that…"` the
//!   result is `"The threat remains.` and `<…> It is unlikely that…"`: the
//!   mark stays with the sentence it introduces.
//! * A sentence must hold a letter or digit before its end, so runs of
//!   punctuation (`... The`, `!!! Wow`) never become sentences of their own.
//!
//! Known limits: a missing space after a full stop (`said.The`, common in
//! badly scraped text) does not split; a sentence that starts with a digit
//! after an abbreviation does not split.

use parallax_core::Span;

/// Splits an article's clean text into sentences.
///
/// Returns byte spans into `text`, in order, non-overlapping, never empty,
/// on `char` boundaries, trimmed of surrounding whitespace, and never
/// containing a line break: every line is split on its own. See the
/// [module documentation](self) for the heuristics.
///
/// ```
/// use parallax_analyze::split_sentences;
/// let text = "Mr. Vance met Gen. Oduya at 9 a.m. Monday. \"It went well,\" he said.\nTalks resume";
/// let got: Vec<&str> = split_sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(got, [
///     "Mr. Vance met Gen. Oduya at 9 a.m. Monday.",
///     "\"It went well,\" he said.",
///     "Talks resume",
/// ]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    Splitter {
        text,
        out: &mut out,
        start: 0,
        has_content: false,
        checked: 0,
        depth: 0,
        open_at: 0,
    }
    .run();
    out
}

/// How far a look-ahead (next word, closing bracket) may go, in bytes.
const LOOKAHEAD: usize = 256;

/// Bytes the main loop has to look at: line breaks, brackets, `<`, ASCII
/// terminators and the lead bytes of the multi-byte terminators and line
/// separators (`E2` `…` U+2028/9 `‼`, `E3` `。`, `EF` `！ ？ ｡`, `D8` `؟`,
/// `DB` `۔`, `E0` `। ॥`). Lead bytes are never continuation bytes, so an
/// interesting byte always sits on a `char` boundary.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = [
        b'\n', b'\r', b'.', b'!', b'?', b'(', b'[', b'<', b')', b']', 0xE2, 0xE3, 0xEF, 0xD8, 0xDB,
        0xE0,
    ];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Term {
    /// `.`
    Dot,
    /// `!`, `?` and their kin: end a sentence unless lowercase follows.
    Strong,
    /// `…`
    Ellipsis,
    /// `。 ！ ？ ｡`: end a sentence, no space needed.
    Cjk,
}

/// The terminator starting at byte `i`, with its length in bytes.
#[inline]
fn terminator_at(b: &[u8], i: usize) -> Option<(Term, usize)> {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b.get(i)? {
        b'.' => Some((Term::Dot, 1)),
        b'!' | b'?' => Some((Term::Strong, 1)),
        0xE2 => match (at(1), at(2)) {
            (0x80, 0xA6) => Some((Term::Ellipsis, 3)),
            (0x80, 0xBC) | (0x81, 0x87..=0x89) => Some((Term::Strong, 3)),
            _ => None,
        },
        0xE3 if at(1) == 0x80 && at(2) == 0x82 => Some((Term::Cjk, 3)),
        0xEF => match (at(1), at(2)) {
            (0xBC, 0x81) | (0xBC, 0x9F) | (0xBD, 0xA1) => Some((Term::Cjk, 3)),
            _ => None,
        },
        0xD8 if at(1) == 0x9F => Some((Term::Strong, 2)),
        0xDB if at(1) == 0x94 => Some((Term::Strong, 2)),
        0xE0 if at(1) == 0xA5 && matches!(at(2), 0xA4 | 0xA5) => Some((Term::Strong, 3)),
        _ => None,
    }
}

#[inline]
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Opening quotes and brackets, skipped when looking for the next word and
/// stripped from the front of the word before a full stop.
#[inline]
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '《'
            | '【'
            | '〈'
    )
}

/// Closing quotes and brackets that may follow a terminator. Every quote
/// character closes in some tradition (“…” „…“ «…» »…« ‚…‘), so all count.
#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '》'
            | '】'
            | '〉'
    )
}

/// Upper- or titlecase letter, or a letter of a script without case.
#[inline]
fn is_capital_like(c: char) -> bool {
    c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())
}

#[inline]
fn is_hiragana(c: char) -> bool {
    ('\u{3040}'..='\u{309F}').contains(&c)
}

/// An omission mark `<…>`, `[…]`, `(…)`, `[...]` (optionally with single
/// spaces inside) starting at byte `p`: the byte just after it.
fn omission_mark(b: &[u8], p: usize) -> Option<usize> {
    let close = match b.get(p)? {
        b'<' => b'>',
        b'[' => b']',
        b'(' => b')',
        _ => return None,
    };
    let mut q = p + 1;
    if b.get(q) == Some(&b' ') {
        q += 1;
    }
    if b.get(q..q + 3) == Some("…".as_bytes()) {
        q += 3;
    } else {
        let dots = b[q.min(b.len())..]
            .iter()
            .take(8)
            .take_while(|&&c| c == b'.')
            .count();
        if dots < 3 {
            return None;
        }
        q += dots;
    }
    if b.get(q) == Some(&b' ') {
        q += 1;
    }
    (b.get(q) == Some(&close)).then_some(q + 1)
}

/// What the look-ahead after a candidate end found.
#[derive(Clone, Copy)]
enum Next {
    /// The line (or text) ends, possibly after openers and omission marks.
    End,
    /// The first character of the next word and its byte offset.
    Char(char, usize),
}

/// How a known abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Abbr {
    /// Precedes a name or number: never ends a sentence.
    Strict,
    /// Precedes a number (`No. 5`): no break before a digit, else a word.
    Numeric,
    /// May end a sentence: breaks only before a common sentence starter.
    Starter,
}

fn abbreviation(word: &str) -> Option<Abbr> {
    use Abbr::*;
    Some(match word {
        // Titles and forms of address.
        "Mr" | "Mrs" | "Ms" | "Mx" | "Messrs" | "Mmes" | "Mme" | "Mlle" | "Mgr" | "Dr" | "Drs"
        | "Prof" | "Profs" | "Gen" | "Gens" | "Lt" | "Col" | "Cols" | "Sgt" | "Capt" | "Cpt"
        | "Cpl" | "Pvt" | "Pfc" | "Spc" | "Adm" | "Cmdr" | "Cdr" | "Cmdt" | "Maj" | "Brig"
        | "Ens" | "Rep" | "Reps" | "Sen" | "Sens" | "Gov" | "Govs" | "Pres" | "Rev" | "Revd"
        | "Hon" | "Rt" | "Fr" | "Msgr" | "Supt" | "Det" | "Insp" | "Amb" | "Atty" | "Sec"
        | "Secy" | "Treas" | "Mt" | "Ft" | "Hr" | "Hrn" | "Dipl" | "Ing" | "Sra" | "Srta" => Strict,
        // Latin and other in-sentence abbreviations.
        "vs" | "cf" | "viz" | "approx" | "appr" | "ca" | "incl" | "excl" | "esp" | "e.g"
        | "i.e" | "resp" | "bzw" | "z.B" | "d.h" => Strict,
        // Russian titles and forms.
        "проф" | "акад" | "ул" | "им" | "тов" | "ген" | "г-н" | "г-жа" | "т.е" | "т.к" | "т.н" => {
            Strict
        }
        // Before a number.
        "No" | "Nos" | "Nr" | "Vol" | "Vols" | "vol" | "vols" | "Art" | "Arts" | "art" | "Fig"
        | "Figs" | "fig" | "figs" | "Ch" | "ch" | "Chap" | "Ex" | "Exh" | "pp" | "para"
        | "paras" | "Para" | "Pt" | "pt" | "Par" | "Tab" | "Ref" | "ref" | "Op" | "op" | "cl"
        | "Nº" | "№" => Numeric,
        // Suffixes of names and companies; addresses.
        "Jr" | "Sr" | "Snr" | "Jnr" | "St" | "Sts" | "Ste" | "Esq" | "Inc" | "Corp" | "Ltd"
        | "Co" | "Cos" | "Bros" | "Mfg" | "Dept" | "Univ" | "Assn" | "Assoc" | "Ave" | "Blvd"
        | "Rd" | "Ln" | "Hwy" | "Sq" | "Pkwy" | "Ct" | "Mtn" | "Gt" | "al" => Starter,
        // Months and weekdays.
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" => Starter,
        // US states (AP style) and Canadian/Australian provinces.
        "Ala" | "Ariz" | "Ark" | "Calif" | "Cal" | "Colo" | "Conn" | "Del" | "Fla" | "Ga"
        | "Ill" | "Ind" | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich" | "Minn"
        | "Miss" | "Mo" | "Mont" | "Neb" | "Nebr" | "Nev" | "Okla" | "Ore" | "Oreg" | "Pa"
        | "Penn" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wisc" | "Wyo" | "Ont"
        | "Que" | "Alta" | "Sask" | "Qld" => Starter,
        // Units and lowercase abbreviations.
        "ft" | "lb" | "lbs" | "oz" | "hr" | "hrs" | "min" | "mins" | "sec" | "secs" | "yr"
        | "yrs" | "mo" | "mos" | "wk" | "wks" | "est" | "dept" | "govt" | "Govt" | "intl"
        | "natl" | "asst" | "Asst" | "assoc" | "bldg" | "tel" | "ext" | "млн" | "млрд" | "тыс"
        | "руб" | "гг" | "вв" | "др" => Starter,
        _ => return None,
    })
}

/// Looks `word` up as is, then with its first letter lowercased (`Approx.`
/// at the start of a sentence), then the part after its last hyphen
/// (`D-Calif.`).
fn lookup_abbreviation(word: &str) -> Option<Abbr> {
    if let Some(a) = abbreviation(word) {
        return Some(a);
    }
    let bytes = word.as_bytes();
    if bytes.len() <= 16 && bytes.first().is_some_and(u8::is_ascii_uppercase) {
        let mut buf = [0u8; 16];
        buf[..bytes.len()].copy_from_slice(bytes);
        buf[0] = buf[0].to_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(&buf[..bytes.len()]) {
            if let Some(a) = abbreviation(lower) {
                return Some(a);
            }
        }
    }
    match word.rfind('-') {
        Some(h) if h + 1 < word.len() => abbreviation(&word[h + 1..]),
        _ => None,
    }
}

/// `U.S`, `a.m`, `Ph.D`, `U.S.A` (the final dot is not part of `word`):
/// two or more parts of one or two letters joined by dots.
fn is_dotted_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// A single letter: an initial (`W.`) or a lowercase letter (`p.`).
fn is_single_letter(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
}

/// A list enumerator: up to three digits, one letter, or a roman numeral.
fn is_enumerator(word: &str) -> bool {
    let b = word.as_bytes();
    !b.is_empty()
        && ((b.len() <= 3 && b.iter().all(u8::is_ascii_digit))
            || is_single_letter(word)
            || (b.len() <= 4 && b.iter().all(|c| matches!(c, b'I' | b'V' | b'X')))
            || (b.len() <= 4 && b.iter().all(|c| matches!(c, b'i' | b'v' | b'x'))))
}

/// Capitalised function words that commonly start a sentence; after an
/// abbreviation that may end a sentence, only these make it end.
fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "A" | "An"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "It"
            | "Its"
            | "He"
            | "She"
            | "His"
            | "Her"
            | "They"
            | "Their"
            | "We"
            | "Our"
            | "I"
            | "You"
            | "Your"
            | "My"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "Nor"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "From"
            | "With"
            | "Without"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Until"
            | "When"
            | "While"
            | "Where"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Which"
            | "If"
            | "As"
            | "Although"
            | "Though"
            | "Because"
            | "However"
            | "Meanwhile"
            | "Moreover"
            | "Furthermore"
            | "Nevertheless"
            | "Still"
            | "Then"
            | "Now"
            | "Also"
            | "Both"
            | "Each"
            | "Every"
            | "Some"
            | "Many"
            | "Most"
            | "Several"
            | "All"
            | "No"
            | "None"
            | "Not"
            | "Neither"
            | "Only"
            | "Other"
            | "Others"
            | "Such"
            | "One"
            | "Last"
            | "Next"
            | "According"
            | "Earlier"
            | "Later"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Instead"
            | "Despite"
            | "Indeed"
            | "Thus"
            | "Therefore"
            | "Yes"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Do"
            | "Does"
            | "Did"
            | "Can"
            | "Could"
            | "Should"
            | "Officials"
    )
}

struct Splitter<'a, 'o> {
    text: &'a str,
    out: &'o mut Vec<Span>,
    /// Start of the current sentence (untrimmed).
    start: usize,
    /// Whether `text[start..checked]` holds a letter or digit.
    has_content: bool,
    checked: usize,
    /// Nesting of `(` and `[` in the current sentence, and where the
    /// outermost open one stands.
    depth: u32,
    open_at: usize,
}

impl Splitter<'_, '_> {
    fn run(&mut self) {
        let b = self.text.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            let c = b[i];
            if !INTERESTING[c as usize] {
                i += 1;
                continue;
            }
            i = match c {
                b'\n' | b'\r' => {
                    self.finish(i, i + 1);
                    i + 1
                }
                b'(' | b'[' | b'<' => self.bracket(i),
                b')' | b']' => {
                    self.depth = self.depth.saturating_sub(1);
                    i + 1
                }
                0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0xA8 | 0xA9])) => {
                    self.finish(i, i + 3);
                    i + 3
                }
                _ => match terminator_at(b, i) {
                    Some((t, len)) => self.terminator(i, t, len),
                    None => i + 1,
                },
            };
        }
        self.finish(n, n);
    }

    /// Emits `text[start..end]` (trimmed, if not empty) and starts the next
    /// sentence at `next`.
    fn finish(&mut self, end: usize, next: usize) {
        let seg = &self.text[self.start..end];
        let lead = seg.len() - seg.trim_start().len();
        let body = seg[lead..].trim_end();
        if !body.is_empty() {
            let s = self.start + lead;
            self.out.push(Span::new(s, s + body.len()));
        }
        self.start = next;
        self.has_content = false;
        self.checked = next;
        self.depth = 0;
    }

    /// Whether the current sentence holds a letter or digit before `i`.
    fn content_before(&mut self, i: usize) -> bool {
        if !self.has_content && self.checked < i {
            self.has_content = self.text[self.checked..i]
                .chars()
                .any(char::is_alphanumeric);
            self.checked = i;
        }
        self.has_content
    }

    /// `(`, `[` or `<` at `i`: an omission mark, or a bracket to track.
    fn bracket(&mut self, i: usize) -> usize {
        let b = self.text.as_bytes();
        if let Some(end) = omission_mark(b, i) {
            if self.content_before(i) {
                if let Next::Char(c, _) = self.peek(end) {
                    if is_capital_like(c) {
                        self.finish(end, end);
                    }
                }
            }
            return end;
        }
        if b[i] != b'<' {
            if self.depth == 0 {
                self.open_at = i;
            }
            self.depth = self.depth.saturating_add(1);
        }
        i + 1
    }

    /// The first character of the next word from `p` on, skipping
    /// whitespace, opening quotes/brackets, dashes and omission marks.
    fn peek(&self, mut p: usize) -> Next {
        let limit = p.saturating_add(LOOKAHEAD);
        let b = self.text.as_bytes();
        while p < limit {
            let Some(c) = self.text[p..].chars().next() else {
                return Next::End;
            };
            if is_line_break(c) {
                return Next::End;
            }
            if let Some(end) = omission_mark(b, p) {
                p = end;
            } else if c.is_whitespace() || is_opener(c) || matches!(c, '—' | '–' | '-') {
                p += c.len_utf8();
            } else {
                return Next::Char(c, p);
            }
        }
        Next::End
    }

    /// Whether the capitalised word at `p` is a common sentence starter
    /// (and not an initial such as the `A.` of `J. A. Smith`).
    fn starter_at(&self, p: usize) -> bool {
        let rest = &self.text.as_bytes()[p..];
        let len = rest
            .iter()
            .take(16)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if len == 0 || len == 16 {
            return false;
        }
        let after = self.text[p + len..].chars().next();
        if after.is_some_and(|c| c.is_alphanumeric() || c == '.') {
            return false;
        }
        is_sentence_starter(&self.text[p..p + len])
    }

    /// The word before a full stop at `i`: from the previous whitespace in
    /// the sentence, leading quotes and brackets stripped. Also whether it
    /// is the first word of the sentence.
    fn word_before(&self, i: usize) -> (&str, bool) {
        let seg = &self.text[self.start..i];
        let from = seg
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let first = seg[..from].chars().all(char::is_whitespace);
        (seg[from..].trim_start_matches(is_opener), first)
    }

    /// Whether `k` lies inside a parenthesis or square bracket opened in the
    /// middle of the sentence and closed later on the same line.
    fn inside_brackets(&self, k: usize) -> bool {
        if self.depth == 0 {
            return false;
        }
        let opens_sentence = self.text[self.start..self.open_at]
            .chars()
            .all(|c| c.is_whitespace() || is_opener(c));
        if opens_sentence {
            return false;
        }
        let b = self.text.as_bytes();
        b[k..]
            .iter()
            .take(LOOKAHEAD)
            .take_while(|&&c| c != b'\n' && c != b'\r')
            .any(|&c| c == b')' || c == b']')
    }

    /// A candidate end: terminator `t` of `len` bytes at `i`. Returns where
    /// the scan goes on.
    fn terminator(&mut self, i: usize, t: Term, len: usize) -> usize {
        let b = self.text.as_bytes();
        // The whole run of terminators: `?!`, `...`, `!!`, `…?`.
        let (mut strong, mut cjk, mut ellipsis) =
            (t == Term::Strong, t == Term::Cjk, t == Term::Ellipsis);
        let mut dots = usize::from(t == Term::Dot);
        let mut j = i + len;
        while let Some((t2, l2)) = terminator_at(b, j) {
            match t2 {
                Term::Dot => dots += 1,
                Term::Strong => strong = true,
                Term::Ellipsis => ellipsis = true,
                Term::Cjk => cjk = true,
            }
            j += l2;
        }
        ellipsis |= dots >= 2;
        // Closing quotes and brackets right after it.
        let mut k = j;
        let mut closed = false;
        while let Some(c) = self.text[k..].chars().next().filter(|&c| is_closer(c)) {
            k += c.len_utf8();
            closed = true;
        }
        let after = self.text[k..].chars().next();
        match after {
            None => return k,
            Some(c) if is_line_break(c) => return k,
            Some(c) if !cjk && !c.is_whitespace() => return j,
            _ => {}
        }
        if !self.content_before(i) {
            return j;
        }
        let brk = if cjk {
            !(closed && after.is_some_and(is_hiragana))
        } else {
            self.decide(i, strong, ellipsis, closed, self.peek(k)) && !self.inside_brackets(k)
        };
        if brk {
            self.finish(k, k);
            k
        } else {
            j
        }
    }

    /// Whether a non-CJK candidate end at `i` ends the sentence, given the
    /// look-ahead `next`.
    fn decide(&self, i: usize, strong: bool, ellipsis: bool, closed: bool, next: Next) -> bool {
        let (c, p) = match next {
            Next::End => return false,
            Next::Char(c, p) => (c, p),
        };
        if c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '%') {
            return false;
        }
        if strong {
            return true;
        }
        if ellipsis {
            return is_capital_like(c);
        }
        if closed {
            return true;
        }
        let (word, first) = self.word_before(i);
        if word.is_empty() {
            // A lone dot, as in `. . .`.
            return is_capital_like(c);
        }
        if first && is_enumerator(word) {
            return false;
        }
        match lookup_abbreviation(word) {
            Some(Abbr::Strict) => false,
            Some(Abbr::Numeric) => !c.is_ascii_digit() && c != '#',
            Some(Abbr::Starter) => self.starter_at(p),
            None if is_single_letter(word) || is_dotted_acronym(word) => self.starter_at(p),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminators_decode() {
        for (s, t) in [
            (".", Term::Dot),
            ("!", Term::Strong),
            ("?", Term::Strong),
            ("…", Term::Ellipsis),
            ("‼", Term::Strong),
            ("⁉", Term::Strong),
            ("。", Term::Cjk),
            ("！", Term::Cjk),
            ("？", Term::Cjk),
            ("｡", Term::Cjk),
            ("؟", Term::Strong),
            ("۔", Term::Strong),
            ("।", Term::Strong),
        ] {
            assert_eq!(terminator_at(s.as_bytes(), 0), Some((t, s.len())), "{s}");
            assert!(INTERESTING[s.as_bytes()[0] as usize], "{s}");
        }
        for s in ["“", "”", "—", "\u{2028}", "a", "€", "\u{E000}"] {
            assert_eq!(terminator_at(s.as_bytes(), 0), None, "{s}");
        }
        // Truncated sequences must not read out of bounds.
        assert_eq!(terminator_at(&[0xE2], 0), None);
        assert_eq!(terminator_at(&[0xE2, 0x80], 0), None);
        assert_eq!(terminator_at(b"", 0), None);
    }

    #[test]
    fn abbreviation_lookup() {
        assert_eq!(lookup_abbreviation("Mr"), Some(Abbr::Strict));
        assert_eq!(lookup_abbreviation("Approx"), Some(Abbr::Strict));
        assert_eq!(lookup_abbreviation("D-Calif"), Some(Abbr::Starter));
        assert_eq!(lookup_abbreviation("No"), Some(Abbr::Numeric));
        assert_eq!(lookup_abbreviation("etc"), None);
        assert_eq!(lookup_abbreviation("house"), None);
        assert_eq!(lookup_abbreviation("-"), None);
        assert_eq!(lookup_abbreviation("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"), None);
    }

    #[test]
    fn word_shapes() {
        assert!(is_dotted_acronym("U.S"));
        assert!(is_dotted_acronym("U.S.A"));
        assert!(is_dotted_acronym("Ph.D"));
        assert!(!is_dotted_acronym("example.com"));
        assert!(!is_dotted_acronym("US"));
        assert!(!is_dotted_acronym("U..S"));
        assert!(is_single_letter("W"));
        assert!(is_single_letter("Ж"));
        assert!(!is_single_letter("5"));
        assert!(is_enumerator("12"));
        assert!(is_enumerator("IV"));
        assert!(!is_enumerator("2021"));
    }

    #[test]
    fn omission_marks() {
        for s in ["<…>", "[…]", "(…)", "[...]", "[ … ]", "(....)"] {
            assert_eq!(omission_mark(s.as_bytes(), 0), Some(s.len()), "{s}");
        }
        for s in ["[..]", "<…", "(…]", "[", "(a)"] {
            assert_eq!(omission_mark(s.as_bytes(), 0), None, "{s}");
        }
    }
}
