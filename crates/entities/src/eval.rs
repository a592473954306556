//! Cross-document person resolution scored on MEANTIME (NewsReader's
//! Wikinews corpus, CAT XML, `intra_cross-doc_annotation/`): gold person
//! clusters are the named (`NAM`, and `APP` appositions that contain a
//! name) mentions of `PER` entities grouped by
//! their cross-document `instance_id`; the system reads each document's
//! text (tokens joined by spaces, a line per sentence), and every gold
//! mention takes the entity of the predicted person mention that overlaps
//! it (or a singleton of its own when none does). B-cubed precision and
//! recall over the gold mentions; mention recall says how many gold names
//! the tagger found at all.

use crate::{find_in_article, resolve, EntityError};
use parallax_core::EntityType;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// One MEANTIME document, read.
struct Doc {
    name: String,
    text: String,
    /// Gold person mentions: (byte start, byte end, instance id).
    gold: Vec<(usize, usize, String)>,
}

fn attr(e: &quick_xml::events::BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| a.unescape_value().ok().map(|v| v.to_string()))
}

fn read_doc(path: &Path) -> Result<Doc, EntityError> {
    let err = |message: String| EntityError::Data {
        path: path.display().to_string(),
        message,
    };
    let xml = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    let mut reader = Reader::from_str(&xml);
    // token id → (sentence, text)
    let mut tokens: Vec<(String, usize, String)> = Vec::new();
    let mut mentions: HashMap<String, (Vec<String>, bool)> = HashMap::new(); // m_id → (token ids, named)
    let mut person_instances: HashMap<String, String> = HashMap::new(); // entity m_id → instance id
    let mut refers: Vec<(Vec<String>, String)> = Vec::new();
    let mut in_token: Option<(String, usize)> = None;
    let mut in_mention: Option<String> = None;
    let mut in_refers: Option<(Vec<String>, Option<String>)> = None;
    loop {
        match reader.read_event().map_err(|e| err(e.to_string()))? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"token" => {
                    let id = attr(&e, b"t_id").unwrap_or_default();
                    let sentence = attr(&e, b"sentence")
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0);
                    in_token = Some((id, sentence));
                }
                b"ENTITY_MENTION" => {
                    let id = attr(&e, b"m_id").unwrap_or_default();
                    // Names, and appositions that contain one ("Ana Vik, the
                    // minister").
                    let named =
                        matches!(attr(&e, b"syntactic_type").as_deref(), Some("NAM" | "APP"));
                    mentions.insert(id.clone(), (Vec::new(), named));
                    in_mention = Some(id);
                }
                b"token_anchor" => {
                    if let (Some(m), Some(t)) = (&in_mention, attr(&e, b"t_id")) {
                        if let Some(entry) = mentions.get_mut(m) {
                            entry.0.push(t);
                        }
                    }
                }
                b"ENTITY" if attr(&e, b"ent_type").as_deref() == Some("PER") => {
                    if let (Some(m), Some(inst)) = (attr(&e, b"m_id"), attr(&e, b"instance_id")) {
                        person_instances.insert(m, inst);
                    }
                }
                b"REFERS_TO" => in_refers = Some((Vec::new(), None)),
                b"source" => {
                    if let (Some(r), Some(m)) = (in_refers.as_mut(), attr(&e, b"m_id")) {
                        r.0.push(m);
                    }
                }
                b"target" => {
                    if let (Some(r), Some(m)) = (in_refers.as_mut(), attr(&e, b"m_id")) {
                        r.1 = Some(m);
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                if let Some((id, sentence)) = in_token.take() {
                    let word = t.unescape().map_err(|e| err(e.to_string()))?.to_string();
                    tokens.push((id, sentence, word));
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"token" => in_token = None,
                b"ENTITY_MENTION" => in_mention = None,
                b"REFERS_TO" => {
                    if let Some((sources, Some(target))) = in_refers.take() {
                        refers.push((sources, target));
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    // The text: tokens joined by spaces, one line per sentence.
    let mut text = String::new();
    let mut offsets: HashMap<String, (usize, usize)> = HashMap::new();
    let mut last_sentence = None;
    for (id, sentence, word) in &tokens {
        if let Some(prev) = last_sentence {
            text.push(if prev == *sentence { ' ' } else { '\n' });
        }
        last_sentence = Some(*sentence);
        let start = text.len();
        text.push_str(word);
        offsets.insert(id.clone(), (start, text.len()));
    }
    let mut gold = Vec::new();
    for (sources, target) in refers {
        let Some(instance) = person_instances.get(&target) else {
            continue;
        };
        for source in sources {
            let Some((anchors, true)) = mentions.get(&source) else {
                continue;
            };
            let spans: Vec<(usize, usize)> = anchors
                .iter()
                .filter_map(|t| offsets.get(t).copied())
                .collect();
            if let (Some(s), Some(e)) = (
                spans.iter().map(|x| x.0).min(),
                spans.iter().map(|x| x.1).max(),
            ) {
                gold.push((s, e, instance.clone()));
            }
        }
    }
    Ok(Doc {
        name: path.display().to_string(),
        text,
        gold,
    })
}

/// B-cubed scores of cross-document person resolution.
#[derive(Debug, Clone, Default)]
pub struct MeantimeReport {
    pub documents: usize,
    pub gold_mentions: usize,
    pub gold_entities: usize,
    pub found_mentions: usize,
    pub precision: f64,
    pub recall: f64,
    /// B-cubed over the gold mentions the tagger found.
    pub precision_found: f64,
    pub recall_found: f64,
}

impl MeantimeReport {
    pub fn f1(&self) -> f64 {
        f1(self.precision, self.recall)
    }
    pub fn f1_found(&self) -> f64 {
        f1(self.precision_found, self.recall_found)
    }
    pub fn mention_recall(&self) -> f64 {
        if self.gold_mentions == 0 {
            0.0
        } else {
            self.found_mentions as f64 / self.gold_mentions as f64
        }
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// B-cubed precision and recall of `predicted` against `gold` cluster ids
/// (parallel slices, one entry per mention).
pub fn b_cubed(gold: &[String], predicted: &[String]) -> (f64, f64) {
    let n = gold.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let mut pair_counts: HashMap<(&str, &str), usize> = HashMap::new();
    let mut gold_counts: HashMap<&str, usize> = HashMap::new();
    let mut pred_counts: HashMap<&str, usize> = HashMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        *pair_counts.entry((g, p)).or_default() += 1;
        *gold_counts.entry(g).or_default() += 1;
        *pred_counts.entry(p).or_default() += 1;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for (g, p) in gold.iter().zip(predicted) {
        let both = pair_counts[&(g.as_str(), p.as_str())] as f64;
        precision += both / pred_counts[p.as_str()] as f64;
        recall += both / gold_counts[g.as_str()] as f64;
    }
    (precision / n as f64, recall / n as f64)
}

/// Scores every `.xml` file under `dir` (recursively).
pub fn eval_meantime(dir: &Path) -> Result<MeantimeReport, EntityError> {
    let mut files = Vec::new();
    collect_xml(dir, &mut files)?;
    files.sort();
    let mut docs = Vec::new();
    for f in &files {
        docs.push(read_doc(f)?);
    }
    let mut found = Vec::new();
    for d in &docs {
        found.push((d.name.clone(), find_in_article(&d.text)?));
    }
    let entities = resolve(&found);
    // (doc, start, end) of each predicted person mention → entity id.
    let mut predicted_spans: HashMap<&str, Vec<(usize, usize, &str)>> = HashMap::new();
    for e in entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Person)
    {
        for m in &e.mentions {
            predicted_spans
                .entry(m.article.as_str())
                .or_default()
                .push((m.start, m.end, e.id.as_str()));
        }
    }
    let mut gold_ids = Vec::new();
    let mut pred_ids = Vec::new();
    let mut gold_found = Vec::new();
    let mut pred_found = Vec::new();
    let mut found_mentions = 0;
    for d in &docs {
        for (n, (s, e, instance)) in d.gold.iter().enumerate() {
            let hit = predicted_spans
                .get(d.name.as_str())
                .and_then(|spans| spans.iter().find(|(ps, pe, _)| *ps < *e && *s < *pe));
            gold_ids.push(instance.clone());
            match hit {
                Some((_, _, id)) => {
                    found_mentions += 1;
                    pred_ids.push(id.to_string());
                    gold_found.push(instance.clone());
                    pred_found.push(id.to_string());
                }
                None => pred_ids.push(format!("missed:{}:{n}", d.name)),
            }
        }
    }
    let (precision, recall) = b_cubed(&gold_ids, &pred_ids);
    let (precision_found, recall_found) = b_cubed(&gold_found, &pred_found);
    let mut distinct = gold_ids.clone();
    distinct.sort();
    distinct.dedup();
    Ok(MeantimeReport {
        documents: docs.len(),
        gold_mentions: gold_ids.len(),
        gold_entities: distinct.len(),
        found_mentions,
        precision,
        recall,
        precision_found,
        recall_found,
    })
}

fn collect_xml(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), EntityError> {
    let entries = std::fs::read_dir(dir).map_err(|e| EntityError::Data {
        path: dir.display().to_string(),
        message: e.to_string(),
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_xml(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "xml") {
            out.push(path);
        }
    }
    Ok(())
}

impl fmt::Display for MeantimeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "MEANTIME cross-document person resolution ({} documents)",
            self.documents
        )?;
        writeln!(
            f,
            "gold named person mentions {}, gold persons {}",
            self.gold_mentions, self.gold_entities
        )?;
        writeln!(
            f,
            "mentions found by the tagger {} ({:.3})",
            self.found_mentions,
            self.mention_recall()
        )?;
        writeln!(
            f,
            "{:<28} {:>9} {:>9} {:>9}",
            "", "precision", "recall", "F1"
        )?;
        writeln!(
            f,
            "{:<28} {:>9.3} {:>9.3} {:>9.3}",
            "B-cubed, all gold mentions",
            self.precision,
            self.recall,
            self.f1()
        )?;
        writeln!(
            f,
            "{:<28} {:>9.3} {:>9.3} {:>9.3}",
            "B-cubed, found mentions",
            self.precision_found,
            self.recall_found,
            self.f1_found()
        )?;
        write!(
            f,
            "f1={:.3} precision={:.3} recall={:.3} f1_found={:.3} mention_recall={:.3} n={}",
            self.f1(),
            self.precision,
            self.recall,
            self.f1_found(),
            self.mention_recall(),
            self.gold_mentions
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b_cubed_on_a_hand_computed_example() {
        // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
        let gold: Vec<String> = ["x", "x", "x", "y"].iter().map(|s| s.to_string()).collect();
        let pred: Vec<String> = ["1", "1", "2", "2"].iter().map(|s| s.to_string()).collect();
        let (p, r) = b_cubed(&gold, &pred);
        // Precision: a 1, b 1, c 1/2, d 1/2 → 0.75. Recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3.
        assert!((p - 0.75).abs() < 1e-9, "{p}");
        assert!((r - 2.0 / 3.0).abs() < 1e-9, "{r}");
    }

    #[test]
    fn meantime_scores_when_present() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/eval/meantime_en/intra_cross-doc_annotation");
        if !dir.is_dir() {
            eprintln!("skipped: {} not present", dir.display());
            return;
        }
        let report = eval_meantime(&dir).expect("MEANTIME reads");
        eprintln!("{report}");
        assert!(report.documents >= 100);
        assert!(report.gold_mentions > 80);
        assert!(report.f1() > 0.5, "{report}");
    }
}
