//! Quotations and their speakers.
//!
//! [`extract_quotes`] finds, in one article's clean text:
//!
//! * **direct** quotes between quote marks of any kind (straight, curly,
//!   guillemets, low-high `„“`, single `‘’` when they clearly quote),
//!   tolerating unbalanced and mixed pairs, quotes over several sentences and
//!   over several paragraphs (a paragraph that opens a quote mark and leaves
//!   it open, continued by a paragraph opening with a quote mark);
//! * **indirect** speech and other attributions: a speaker phrase with a
//!   reporting verb from an inflected lexicon (`said the crisis had…`,
//!   `told X that`, `warned of`, `talked about`), beliefs and knowledge
//!   with a clause (`believes the plan will fail`), evidence (`polls show
//!   …`), `according to X`, nominal cues (`expressed regret that`, `Doe's
//!   claim that`), stances (`were frustrated that`, `is a staunch opponent
//!   of`, `his comments about`, `the council's decision to`, `saw the deal
//!   as a giveaway`), passives (`was first reported by X`; the subject of
//!   `was accused of` is no speaker), the trailing `…, X said.` / `…, said X, a spokesman
//!   for Y.` after a paraphrase (also before `, as …`), interposed `A, X
//!   said, B`, and two speakers in one sentence (`A said X, while B said
//!   Y`), also when the second carries a quoted fragment (`X told
//!   reporters that A, but he added that it would not "B"`);
//! * transcript turns (`"PENCE: Well, …`), headlines (`Port Will Reopen,
//!   Harbour Master Says.`, `Lind: Bridge Will Close`), a block quotation
//!   without marks after `X added:`, `…, as X put it.` and `As X noted, …`;
//! * **mixed** quotes: indirect speech carrying a quoted fragment. A quoted
//!   phrase with no reporting around it (a scare quote, a title) is dropped.
//!
//! Speakers are read before or after the cue (names with titles,
//! affiliations and appositions, organisations, nominal descriptions,
//! pronouns); a speaker phrase keeps its apposition (`said Jane Doe, a
//! lawyer for the union, who …`) but not a leading or trailing adverbial
//! (`This week, the president`, `Doe, at Monday's debate`); a cue inside the
//! complement of an earlier one (`says she appreciated … what she calls
//! "…"`) reports the outer speaker; quotes with no attribution in their own
//! sentence continue the previous speaker when they follow one. Content
//! ends where PolNeAR ends it: a relative `that` keeps its antecedent, a
//! quote the sentence goes on around is mixed with those words, `according
//! to X` covers its whole sentence. Pronouns resolve to the nearest
//! compatible antecedent;
//! `Speaker::name` is the fullest form of the name used in the article.
//!
//! [`eval_polnear`] scores the extractor on PolNeAR JSON Lines with the
//! Gender Gap Tracker rule; [`polnear_misses`] lists its errors by category
//! (see the ignored test `dev_misses_by_category`).
//!
//! Modules: `direct` (quote marks and the attribution next to them),
//! `indirect` (cues without quote marks), `speakers` (speaker phrases and
//! their resolution), `extract` (the pass over an article), `headlines`,
//! `tokens`, `words` and `lexicon` (vocabularies), `eval`.

mod direct;
mod eval;
mod extract;
mod headlines;
mod indirect;
pub mod lexicon;
mod speakers;
mod tokens;
mod words;

pub use eval::{eval_polnear, polnear_misses, EvalError, QuoteEvalReport};
pub use extract::extract_quotes;

/// What a token is: a word, a punctuation mark, or a quote mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct,
    Mark,
}

/// One token: byte span, kind, lower-cased text, and whether it is
/// capitalised.
#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    e: usize,
    kind: Kind,
    lower: String,
    cap: bool,
}

/// A top-level quoted stretch: byte offsets including its marks.
#[derive(Debug, Clone, Copy)]
struct QSpan {
    s: usize,
    e: usize,
    /// Inner start/end (without marks).
    is: usize,
    ie: usize,
}

/// A found attribution: speaker token range, cue token range, content bytes.
#[derive(Debug, Clone)]
struct Attr {
    speaker: Option<(usize, usize)>,
    cue: (usize, usize),
    content: (usize, usize),
}

/// One article as the readers see it: its text, tokens and name runs.
struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Capitalised name runs: (start byte, end byte, words).
    names: Vec<(usize, usize, Vec<String>)>,
}
