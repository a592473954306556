//! JSON and JSON Lines inputs: records with a text or HTML body and
//! optional metadata, under the field names common news datasets use.

use crate::decode::normalize_text;
use crate::format::{sniff, Format, Sniffed};
use crate::{Parsed, ReadError};
use parallax_core::{Body, InputError, RawDocument};
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// Field names read for each piece of a record, in order of preference.
const TEXT_FIELDS: &[&str] = &["text", "content", "body"];
const HTML_FIELDS: &[&str] = &["html"];
const ID_FIELDS: &[&str] = &["id"];
const URL_FIELDS: &[&str] = &["url"];
const OUTLET_FIELDS: &[&str] = &["outlet", "source", "site"];
const TITLE_FIELDS: &[&str] = &["title", "headline"];
const PUBLISHED_FIELDS: &[&str] = &[
    "published",
    "date",
    "published_at",
    "publishedAt",
    "publication_date",
    "datePublished",
];
const LANGUAGE_FIELDS: &[&str] = &["language", "lang"];

/// Keys under which a single top-level object may wrap its list of records
/// (news API dumps: `{"status": "ok", "articles": [...]}`).
const WRAPPER_FIELDS: &[&str] = &[
    "articles",
    "items",
    "records",
    "documents",
    "data",
    "results",
];

/// Parses JSON or JSON Lines text. `format` is the format named by the
/// file's extension, or the sniffed one.
pub(crate) fn parse(source: &str, text: &str, format: Format) -> Result<Parsed, ReadError> {
    let first_line_parses =
        first_nonblank_line(text).is_some_and(|line| serde_json::from_str::<Value>(line).is_ok());
    let several_lines = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .nth(1)
        .is_some();
    match (format, text.trim_start().chars().next()) {
        // Lines that each hold an array are JSON Lines (of bad records);
        // anything else starting with `[` is one array.
        (Format::JsonLines, Some('[')) if first_line_parses && several_lines => {
            Ok(parse_lines(source, text))
        }
        (_, Some('[')) => parse_array(source, text),
        // A `.json` file holding JSON Lines is a common mix-up: if the whole
        // text is not one value but its first line is, read it as lines.
        (Format::Json, Some('{')) => match serde_json::from_str::<Value>(text) {
            Ok(value) => parse_single(source, value),
            Err(_) if first_line_parses => Ok(parse_lines(source, text)),
            Err(error) => Err(ReadError::InvalidJson(error.to_string())),
        },
        // And the other way round: a pretty-printed object in a `.jsonl`
        // file or on stdin spans several lines.
        (_, Some('{')) if !first_line_parses => match serde_json::from_str::<Value>(text) {
            Ok(value) => parse_single(source, value),
            Err(_) => Ok(parse_lines(source, text)),
        },
        (Format::Json, _) => Err(ReadError::InvalidJson(
            "expected a JSON array of records or a record object".to_string(),
        )),
        _ => Ok(parse_lines(source, text)),
    }
}

/// A serde error without its "at line 1" (the record is one line): the
/// column and the reason.
fn error_on_line(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&position) {
        Some(reason) => format!("{reason} (column {})", error.column()),
        None => full,
    }
}

fn first_nonblank_line(text: &str) -> Option<&str> {
    text.lines().find(|line| !line.trim().is_empty())
}

/// JSON Lines: one record per line; blank lines are skipped. A bad line
/// is one error and the other lines still come through — unless no line
/// at all is JSON, which is one error for the whole file.
fn parse_lines(source: &str, text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut any_json = false;
    let mut first_failure = None;
    for (index, line) in text.split('\n').enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let record_source = format!("{source}#{}", index + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(value) => {
                any_json = true;
                parsed.push(record_source, to_document(&value));
            }
            Err(error) => {
                let message = format!("invalid JSON: {}", error_on_line(&error));
                first_failure.get_or_insert_with(|| (index + 1, message.clone()));
                parsed.errors.push(InputError {
                    source: record_source,
                    message,
                });
            }
        }
    }
    if !any_json {
        if let Some((line, message)) = first_failure {
            // Nothing on any line was JSON: the file is not JSON Lines at
            // all, and one error says so better than one per line.
            parsed.errors = vec![InputError {
                source: source.to_string(),
                message: format!("not JSON Lines (line {line}: {message})"),
            }];
        }
    }
    parsed
}

/// A top-level object: one record, or a wrapper around an array of them.
fn parse_single(source: &str, value: Value) -> Result<Parsed, ReadError> {
    if let Value::Object(object) = &value {
        if !has_body(object) {
            let wrapped = WRAPPER_FIELDS
                .iter()
                .find_map(|key| object.get(*key).and_then(Value::as_array));
            if let Some(records) = wrapped {
                return records_to_parsed(source, records.iter());
            }
        }
    }
    let mut parsed = Parsed::default();
    parsed.push(source.to_string(), to_document(&value));
    Ok(parsed)
}

fn records_to_parsed<'a>(
    source: &str,
    records: impl Iterator<Item = &'a Value>,
) -> Result<Parsed, ReadError> {
    let mut parsed = Parsed::default();
    let mut count = 0;
    for (index, record) in records.enumerate() {
        count += 1;
        parsed.push(format!("{source}#{}", index + 1), to_document(record));
    }
    if count == 0 {
        return Err(ReadError::NoRecords);
    }
    Ok(parsed)
}

/// A JSON array of records. The elements are collected one by one, so that
/// when the array is cut short (a truncated download) the complete records
/// before the break still come through, with one error saying where it
/// broke.
fn parse_array(source: &str, text: &str) -> Result<Parsed, ReadError> {
    let mut records = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let outcome = CollectArray(&mut records)
        .deserialize(&mut deserializer)
        .and_then(|()| deserializer.end());
    match outcome {
        Ok(()) => records_to_parsed(source, records.iter()),
        Err(error) if records.is_empty() => Err(ReadError::InvalidJson(error.to_string())),
        Err(error) => {
            let mut parsed = records_to_parsed(source, records.iter())?;
            let complete = records.len();
            parsed.errors.push(InputError {
                source: source.to_string(),
                message: format!(
                    "JSON array is broken or truncated ({error}); the {complete} complete record{} before the break {} read",
                    if complete == 1 { "" } else { "s" },
                    if complete == 1 { "was" } else { "were" },
                ),
            });
            Ok(parsed)
        }
    }
}

/// Deserializes a JSON array into the given vector element by element,
/// keeping the elements read before an error.
struct CollectArray<'v>(&'v mut Vec<Value>);

impl<'de> DeserializeSeed<'de> for CollectArray<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for CollectArray<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(value) = seq.next_element::<Value>()? {
            self.0.push(value);
        }
        Ok(())
    }
}

impl Parsed {
    fn push(&mut self, source: String, document: Result<RecordDocument, String>) {
        match document {
            Ok(record) => self.documents.push(record.into_raw(source)),
            Err(message) => self.errors.push(InputError { source, message }),
        }
    }
}

/// A record's content before its source is known.
struct RecordDocument {
    id: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    language: Option<String>,
    body: Body,
}

impl RecordDocument {
    fn into_raw(self, source: String) -> RawDocument {
        RawDocument {
            source,
            id: self.id,
            url: self.url,
            outlet: self.outlet,
            title: self.title,
            published: self.published,
            language: self.language,
            body: self.body,
        }
    }
}

fn has_body(object: &Map<String, Value>) -> bool {
    TEXT_FIELDS
        .iter()
        .chain(HTML_FIELDS)
        .any(|key| object.contains_key(*key))
}

/// Turns one JSON value into a document, or says why it cannot be one.
fn to_document(value: &Value) -> Result<RecordDocument, String> {
    let Value::Object(object) = value else {
        return Err(format!(
            "record is not a JSON object (found {})",
            kind_of(value)
        ));
    };
    let body = body_of(object)?;
    Ok(RecordDocument {
        id: string_field(object, ID_FIELDS, true),
        url: string_field(object, URL_FIELDS, false),
        outlet: outlet_of(object),
        title: string_field(object, TITLE_FIELDS, false),
        published: string_field(object, PUBLISHED_FIELDS, false),
        language: string_field(object, LANGUAGE_FIELDS, false),
        body,
    })
}

/// The body: `text` is plain text, `html` is HTML; the looser `content` and
/// `body` fields are HTML when their content is markup, since datasets put
/// either there. `text` wins over `html` when both are given: it is an
/// extraction someone already made.
fn body_of(object: &Map<String, Value>) -> Result<Body, String> {
    let mut wrong_type = None;
    for key in TEXT_FIELDS.iter().chain(HTML_FIELDS) {
        let Some(value) = object.get(*key) else {
            continue;
        };
        let Value::String(content) = value else {
            if !value.is_null() {
                wrong_type.get_or_insert_with(|| {
                    format!("field `{key}` is {}, not a string", kind_of(value))
                });
            }
            continue;
        };
        let content = normalize_text(content);
        if content.trim().is_empty() {
            wrong_type.get_or_insert_with(|| format!("field `{key}` is empty"));
            continue;
        }
        let is_html = match *key {
            "html" => true,
            "text" => false,
            _ => sniff(&content) == Sniffed::Format(Format::Html),
        };
        return Ok(if is_html {
            Body::Html(content)
        } else {
            Body::Text(content)
        });
    }
    Err(wrong_type.unwrap_or_else(|| "record has no `text` or `html` field".to_string()))
}

/// The first non-empty string among `keys` (trimmed, control characters
/// removed). Numbers are accepted where `numbers_too` (ids).
fn string_field(object: &Map<String, Value>, keys: &[&str], numbers_too: bool) -> Option<String> {
    keys.iter().find_map(|key| match object.get(*key)? {
        Value::String(s) => clean_meta(s),
        Value::Number(n) if numbers_too => Some(n.to_string()),
        _ => None,
    })
}

/// The outlet: a string field, or the `name` of a `source` object as in
/// news API dumps (`"source": {"id": "bbc-news", "name": "BBC News"}`).
fn outlet_of(object: &Map<String, Value>) -> Option<String> {
    OUTLET_FIELDS
        .iter()
        .find_map(|key| match object.get(*key)? {
            Value::String(s) => clean_meta(s),
            Value::Object(inner) => inner
                .get("name")
                .and_then(Value::as_str)
                .and_then(clean_meta),
            _ => None,
        })
}

fn clean_meta(value: &str) -> Option<String> {
    let cleaned = normalize_text(value);
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
