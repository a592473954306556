//! The dossier contract (`parallax.dossier/1`) and the records that flow
//! through the pipeline to fill it.

use serde::{Deserialize, Serialize};

/// Schema tag written as the first field of every dossier. A breaking change
/// to the JSON shape bumps the version.
pub const SCHEMA: &str = "parallax.dossier/1";

/// Where a fact stands: `text[start..end]` of the article `article`, byte
/// offsets into its clean text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub article: String,
    pub start: usize,
    pub end: usize,
}

impl Evidence {
    /// The evidence text inside `text`, or `None` if the span does not fit
    /// (wrong article, stale offsets).
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// A byte range inside one article's clean text (the article is implied).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// The body of a raw document as it came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// One input document with whatever metadata came with it. Produced by the
/// reader, consumed by the cleaner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocument {
    /// Where it came from: a path, `path#N` for the N-th record of a JSON
    /// Lines or JSON array file (1-based), or `-` for stdin.
    pub source: String,
    /// Id given by the input, if any.
    pub id: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// Publication date as given by the input (parsed later).
    pub published: Option<String>,
    pub language: Option<String>,
    pub body: Body,
}

impl RawDocument {
    /// A document with nothing known about it but where it came from and
    /// its body; the metadata fields are set with struct update syntax.
    pub fn new(source: impl Into<String>, body: Body) -> RawDocument {
        RawDocument {
            source: source.into(),
            id: None,
            url: None,
            outlet: None,
            title: None,
            published: None,
            language: None,
            body,
        }
    }
}

/// A file or record that could not be read, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    pub source: String,
    pub message: String,
}

/// Why a piece of the input was removed from the clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// The headline line, moved into `title`.
    Title,
    /// A repeat of the headline or of an earlier line.
    DuplicateHeading,
    /// Share and social-media widgets ("Share", "Tweet", "WhatsApp").
    Share,
    /// Adverts and shop promotions.
    Advert,
    /// Donation, subscription, newsletter and membership prompts.
    Prompt,
    /// Photo captions and picture credits.
    Caption,
    /// Bylines and agency lines ("By AFP"); kept in `byline` too.
    Byline,
    /// Bare labels and metadata lines ("Updated:", "Published 3 May 2022").
    Label,
    /// "Related", "Read more", "More on this topic" blocks and their links.
    Related,
    /// Disclaimers, legal notes and footnotes appended to the text.
    Footnote,
    /// Reader comments pasted after the article, and comment-section markers.
    Comment,
}

impl RemovedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::Title => "title",
            RemovedKind::DuplicateHeading => "duplicate_heading",
            RemovedKind::Share => "share",
            RemovedKind::Advert => "advert",
            RemovedKind::Prompt => "prompt",
            RemovedKind::Caption => "caption",
            RemovedKind::Byline => "byline",
            RemovedKind::Label => "label",
            RemovedKind::Related => "related",
            RemovedKind::Footnote => "footnote",
            RemovedKind::Comment => "comment",
        }
    }
}

/// A piece of input the cleaner removed, kept so a user can audit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: RemovedKind,
    /// The removed text, as it stood in the input (trimmed).
    pub text: String,
    /// The evidence that decided it, in words.
    pub reason: String,
    /// 1-based line of the input where it stood.
    pub line: usize,
    /// Byte offset in the clean `text` where it stood (it was removed from
    /// just before this position).
    pub at: usize,
}

/// Kind of a paragraph of the clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Paragraph,
    /// A section subheading inside the article.
    Heading,
}

/// A paragraph of the clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

/// Where a piece of metadata came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetaSource {
    /// Given with the input (JSON field, HTML meta tag).
    Given,
    /// Read from a line of the text (the line is in `removed`).
    Text,
    /// Taken from the URL.
    Url,
}

/// The publication date with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// ISO 8601: `YYYY-MM-DD`, or a full timestamp when the input gave one.
    pub date: String,
    pub source: MetaSource,
    /// The text it was read from.
    pub raw: String,
}

/// A byline: who wrote or supplied the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// As written, e.g. "By AFP".
    pub text: String,
    /// Named authors, if any.
    pub authors: Vec<String>,
    /// Normalised news agency, e.g. "AFP", when the byline names one.
    pub agency: Option<String>,
}

/// A cleaned article: main text plus metadata and the audit of removals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// Path, `path#N` record, or `-` for stdin.
    pub source: String,
    pub url: Option<String>,
    /// Outlet name: given, or the URL's host; never guessed.
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// Where the title came from (`given`, or `text` for a headline line).
    pub title_source: Option<MetaSource>,
    pub published: Option<Published>,
    pub byline: Option<Byline>,
    /// ISO 639-1 code when detected or given.
    pub language: Option<String>,
    /// The clean text: paragraphs separated by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    pub removed: Vec<Removed>,
    /// Id of the earliest article this one copies, if any.
    pub duplicate_of: Option<String>,
    /// The news agency the article was syndicated from, when it says so:
    /// its byline's ("By AFP") or its dateline's ("KYIV (AP) —").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub agency: Option<String>,
    /// When `published` is unknown: the range the publication date
    /// plausibly lies in, estimated from the dates the text gives.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published_estimate: Option<DateRange>,
    /// Notes about the input that a user should see (truncated file, empty
    /// text, odd encoding).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub warnings: Vec<String>,
}

impl Article {
    /// Number of words in the clean text.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// An inclusive range of days (`YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    pub from: String,
    pub to: String,
}

/// A story: articles about the same event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub articles: Vec<String>,
    pub summary: Vec<SummarySentence>,
    pub timeline: Vec<TimelineEvent>,
    /// Outlet × fact: what each outlet of the story reported.
    #[serde(default)]
    pub coverage: Vec<Coverage>,
}

/// What one outlet reported of a story's statements and figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub outlet: String,
    pub articles: Vec<String>,
    /// Quote group ids this outlet carried.
    pub statements: Vec<String>,
    /// Figure group ids this outlet reported.
    pub figures: Vec<String>,
    /// Group ids (statements or figures) this outlet reported first.
    pub first: Vec<String>,
}

/// A summary sentence and the article span it is taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    pub text: String,
    pub evidence: Evidence,
}

/// A dated event of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// TIMEX3-style value, e.g. `2021-08-26`.
    pub date: String,
    /// The sentence that reports the event (from its first report).
    pub text: String,
    /// Entity ids of the actors named in the event's sentences.
    #[serde(default)]
    pub actors: Vec<String>,
    /// Every sentence that reports it, first report first.
    pub evidence: Vec<Evidence>,
}

/// A temporal expression with its normalised TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    pub article: String,
    pub text: String,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value (`2026-03-10`, `2026-W11`, `P3D`, `PAST_REF`…); unknown
    /// parts are `X` when the publication date is unknown.
    pub value: String,
    pub evidence: Evidence,
    /// For a `SET`, TimeML's `quant`: `EVERY` ("every week"), `EACH`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// For a `SET`, TimeML's `freq`: how often in each period (`2X` for
    /// "twice a week").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
}

/// Type of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Person,
    Organisation,
    Location,
    Group,
}

/// One real-world actor across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub aliases: Vec<String>,
    pub titles: Vec<String>,
    pub mentions: Vec<Evidence>,
}

/// Kind of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

/// A text with its evidence span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spanned {
    pub text: String,
    pub evidence: Evidence,
}

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub text: String,
    pub evidence: Evidence,
    /// Entity id, once entities are resolved.
    pub entity: Option<String>,
    /// The fullest name for the speaker in the article.
    pub name: Option<String>,
}

/// A quotation: who said what, with which cue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub article: String,
    pub kind: QuoteKind,
    pub text: String,
    pub evidence: Evidence,
    pub speaker: Option<Speaker>,
    pub cue: Option<Spanned>,
    /// TIMEX3 date of the statement, when known.
    pub date: Option<String>,
}

/// Quotes that report the same statement, across the articles of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    pub id: String,
    /// Story id, when the quotes' articles belong to one.
    pub story: Option<String>,
    /// Speaker entity id, when resolved.
    pub speaker: Option<String>,
    /// Speaker's canonical name.
    pub speaker_name: Option<String>,
    /// The fullest direct wording (else the longest report).
    pub text: String,
    /// Id of the quote whose wording `text` is.
    pub representative: String,
    /// Every quote of the group, first report first.
    pub quotes: Vec<String>,
    /// Outlets that carried the statement (article id where unknown).
    pub outlets: Vec<String>,
    /// Id of the quote in the earliest-published article.
    pub first: String,
    /// TIMEX3 date the statement was made, when known.
    pub date: Option<String>,
}

/// A reported figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub article: String,
    pub text: String,
    /// The value; for a range, its lower end (`max` holds the upper).
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub max: Option<f64>,
    /// `percent`, a currency code (`USD`), `km`, … ; none for plain counts.
    pub unit: Option<String>,
    /// What is counted ("people killed", "missing"), from the sentence.
    pub counts: Option<String>,
    /// "nearly", "at least", "more than", "about", …
    pub hedge: Option<String>,
    /// Who the figure is attributed to (speaker or source named in the
    /// sentence: "the governor said"), when any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    /// TIMEX3 date the value refers to (the article's date unless the
    /// sentence says otherwise), when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    pub evidence: Evidence,
}

/// How the figures of a group relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureAgreement {
    /// All report the same value (within hedges).
    Agree,
    /// Values differ and follow the dates: a change over time.
    Changed,
    /// Values differ for the same date: a contradiction.
    Disagree,
}

/// Figures about the same quantity across the articles of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureGroup {
    pub id: String,
    pub story: Option<String>,
    /// What is counted, in its most common wording.
    pub counts: String,
    pub unit: Option<String>,
    /// Figure ids, in date order (then publication order).
    pub figures: Vec<String>,
    pub agreement: FigureAgreement,
}

/// Name and version of the program that wrote a dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generator {
    pub name: String,
    pub version: String,
}

/// The document `parallax analyze` writes. `schema` is always the first
/// field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    pub schema: String,
    pub generator: Generator,
    pub articles: Vec<Article>,
    pub stories: Vec<Story>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub quote_groups: Vec<QuoteGroup>,
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub figure_groups: Vec<FigureGroup>,
    #[serde(default)]
    pub times: Vec<TimeMention>,
    /// Inputs that could not be read, one per file or record.
    pub errors: Vec<InputError>,
}

impl Dossier {
    /// An empty dossier of the current schema.
    pub fn new(generator_version: &str) -> Self {
        Dossier {
            schema: SCHEMA.to_string(),
            generator: Generator {
                name: "parallax".to_string(),
                version: generator_version.to_string(),
            },
            articles: Vec::new(),
            stories: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            quote_groups: Vec::new(),
            figures: Vec::new(),
            figure_groups: Vec::new(),
            times: Vec::new(),
            errors: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_is_the_first_field() {
        let json = serde_json::to_string(&Dossier::new("0.0.0")).unwrap();
        assert!(
            json.starts_with(r#"{"schema":"parallax.dossier/1""#),
            "{json}"
        );
    }

    #[test]
    fn evidence_slices_its_text() {
        let ev = Evidence {
            article: "a".into(),
            start: 4,
            end: 9,
        };
        assert_eq!(ev.slice("The quick fox"), Some("quick"));
        let bad = Evidence {
            article: "a".into(),
            start: 4,
            end: 99,
        };
        assert_eq!(bad.slice("The quick fox"), None);
    }
}
