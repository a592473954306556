//! `parallax-ner`: a fast statistical named-entity tagger for English news.
//!
//! It recognises the four CoNLL-2003 types — persons ([`Label::Per`]),
//! organisations ([`Label::Org`]), locations ([`Label::Loc`]) and
//! miscellaneous names such as nationalities, events and groups
//! ([`Label::Misc`]) — in raw text, with byte offsets.
//!
//! # Model
//!
//! Two greedy left-to-right averaged-perceptron passes over BILOU labels
//! (with hard BILOU transition constraints):
//!
//! 1. a local pass with rich token features: the word and its lowercase
//!    form, prefixes and suffixes of 1–4 characters, long and short word
//!    shapes, capitalisation/digit/hyphen/period flags, position in the
//!    sentence, whether the sentence is an all-caps headline, words and
//!    shapes within ±2 tokens, bigrams, the two previous predicted labels,
//!    gazetteer matches (countries, cities, regions, demonyms, international
//!    organisations, groups, first names, surnames; see `data/NOTICE`),
//!    an English lexicon with case (is the word, and its neighbours, a
//!    common lowercase word, a listed proper noun, or unknown?), the
//!    capitalised run the token is in (its first and last word, length,
//!    the token's position in it and the words around the run: "Gold
//!    Fields of South Africa Ltd"), the document's topic word (the first
//!    word of an all-caps Reuters-style headline such as `SOCCER`, crossed
//!    with gazetteer matches and shapes: city names are teams in sports
//!    results), document-level case evidence (is this capitalised word
//!    seen in lowercase elsewhere in the document?), and word classes of
//!    the token and its neighbours within ±2 (path prefixes of several
//!    lengths in a binary tree of lowercase words, standing in for Brown
//!    clusters; derived from distilled sentence-encoder word vectors by
//!    `scripts/embeddings/word_classes.py`, see `data/NOTICE`), so that a
//!    context word unseen in training acts like the seen words of its class;
//! 2. a non-local pass that adds the first pass's labels of the surrounding
//!    tokens (including the right context) and, for capitalised words, the
//!    distribution of first-pass labels of the same word anywhere in the
//!    document and the label of its first occurrence.
//!
//! Decoding (in training and tagging alike) closes an open entity early
//! instead of forcing its continuation: when the best label overall is not
//! a continuation of the entity opened at the previous token, that token
//! is relabelled as the entity's end (B→U, I→L). This avoids runaway spans
//! ("Federal Reserve Governor Lawrence Lindsey" as one ORG).
//!
//! The first pass used to train the second is produced by cross-validation
//! (jackknifing) over the training documents. Features are 64-bit hashes;
//! weights are quantised to `i16` and stored sparsely.
//!
//! The model is trained by the project itself from the CoNLL-2003 files
//! with [`train_final`] (POS and chunk columns are not used): the epochs of
//! each pass are chosen on `eng.testa` by a model trained on `eng.train`
//! alone ([`train`]), then the committed model is trained on `eng.train`
//! and `eng.testa` together for those epochs, as is usual for reported
//! CoNLL test figures. It is committed at `crates/ner/model/ner.bin` and
//! embedded in the library: [`Model::embedded`] needs no file at run time.
//!
//! # Text handling
//!
//! [`Model::tag`] tokenises raw text with [`tokenize()`] (CoNLL-like:
//! punctuation split off, `U.S.` and `'s` kept as tokens), splits it into
//! sentences with [`sentences`] (at every newline and after `.`, `!`, `?`
//! before a capitalised word), and treats the whole text as one document
//! for the non-local features. Typographic quotes (`“ ” ‘ ’ « »`) are read
//! as the ASCII ones of the CoNLL training data.
//!
//! ```no_run
//! let model = parallax_ner::Model::embedded()?;
//! let text = "Anna Berg of Nordvik Shipping flew to Oslo.";
//! for m in model.tag(text) {
//!     println!("{:?} {}", m.label, &text[m.start..m.end]);
//! }
//! # Ok::<(), parallax_ner::NerError>(())
//! ```
//!
//! # Evaluation
//!
//! [`eval_conll`] scores a CoNLL file with conlleval's rules; the report's
//! `Display` prints a table and ends with one `name=value` summary line.

mod classes;
mod conll;
mod features;
mod gazetteer;
mod hash;
mod model;
mod tokenize;
mod train;

pub use conll::{
    chunks, eval_conll, eval_docs, parse_conll, read_conll, ConllDoc, Counts, EvalReport,
};
pub use model::Model;
pub use tokenize::{sentences, tokenize, Token};
pub use train::{train, train_final, TrainOptions};

use features::{pos_of, DocInfo};
use std::fmt;
use std::path::PathBuf;

/// Entity type.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Label {
    /// Person.
    Per,
    /// Organisation.
    Org,
    /// Location.
    Loc,
    /// Miscellaneous: nationalities and other groups, events, products, ...
    Misc,
}

impl Label {
    /// All labels, in index order.
    pub const ALL: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

    /// Index 0..4 in [`Label::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// CoNLL name: `PER`, `ORG`, `LOC` or `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    /// Parses a CoNLL type name.
    pub fn from_conll(s: &str) -> Option<Label> {
        Some(match s {
            "PER" => Label::Per,
            "ORG" => Label::Org,
            "LOC" => Label::Loc,
            "MISC" => Label::Misc,
            _ => return None,
        })
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An IOB2 tag for one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(Label),
    /// Continuation of an entity.
    I(Label),
}

impl Tag {
    pub(crate) fn parts(self) -> (char, Option<Label>) {
        match self {
            Tag::O => ('O', None),
            Tag::B(l) => ('B', Some(l)),
            Tag::I(l) => ('I', Some(l)),
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(l) => write!(f, "B-{l}"),
            Tag::I(l) => write!(f, "I-{l}"),
        }
    }
}

/// An entity mention in raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset one past the mention's last byte.
    pub end: usize,
    /// Entity type.
    pub label: Label,
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A CoNLL file is malformed.
    #[error("{path}:{line}: {msg}")]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// A model file is missing, corrupt or incompatible.
    #[error("NER model: {0}")]
    Model(String),
    /// Training could not proceed.
    #[error("NER training: {0}")]
    Train(String),
}

fn bilou_to_tags(labels: &[u8]) -> Vec<Tag> {
    let mut out = Vec::with_capacity(labels.len());
    let mut open = false;
    for &l in labels {
        let t = match pos_of(l) {
            None => {
                open = false;
                Tag::O
            }
            Some((ty, p)) => {
                let lab = Label::ALL[ty as usize];
                let t = if (p == 1 || p == 2) && open {
                    Tag::I(lab)
                } else {
                    Tag::B(lab)
                };
                open = p == 0 || p == 1;
                t
            }
        };
        out.push(t);
    }
    out
}

impl Model {
    /// Tags one document given as sentences of tokens; returns IOB2 tags.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Tag>> {
        let doc = DocInfo::new(sentences, model::gazetteer(), self.classes);
        let labels = self.decode(&doc);
        doc.sents
            .iter()
            .map(|&(a, b)| bilou_to_tags(&labels[a..b]))
            .collect()
    }

    /// Tags one sentence of tokens (treated as its own document).
    pub fn tag_tokens(&self, tokens: &[&str]) -> Vec<Tag> {
        let sents = [tokens.to_vec()];
        self.tag_document(&sents).pop().unwrap_or_default()
    }

    /// Finds the entity mentions in raw text (the whole text is one
    /// document; see the crate docs for tokenisation and sentences).
    pub fn tag(&self, text: &str) -> Vec<Mention> {
        let toks = tokenize(text);
        let bounds = sentences(text, &toks);
        let sents: Vec<Vec<&str>> = bounds
            .iter()
            .map(|&(a, b)| toks[a..b].iter().map(|t| &text[t.start..t.end]).collect())
            .collect();
        let tags = self.tag_document(&sents);
        let mut out = Vec::new();
        for (&(a, _), st) in bounds.iter().zip(tags) {
            let parts: Vec<(char, Option<Label>)> = st.iter().map(|t| t.parts()).collect();
            for (s, e, label) in chunks(&parts) {
                out.push(Mention {
                    start: toks[a + s].start,
                    end: toks[a + e - 1].end,
                    label,
                });
            }
        }
        out
    }
}
