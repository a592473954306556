//! Checks of the person-finding rules on public benchmark data, run by hand
//! (`cargo test -p parallax-entities --release --test person_recall --
//! --ignored --nocapture`): person precision and recall on CoNLL-2003 dev
//! (`eng.testa`), the guard against rules that overfit MEANTIME, and the
//! MEANTIME named person mentions the pipeline misses. Both skip when the
//! data is absent.

use parallax_core::EntityType;
use parallax_entities::{find_in_article, resolve};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn shared(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel)
}

/// CoNLL-2003 documents as (text, gold PER byte spans): tokens joined by
/// spaces, a line per sentence, documents split at -DOCSTART-.
fn conll_docs(path: &Path) -> Vec<(String, Vec<(usize, usize)>)> {
    let Ok(data) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut docs = Vec::new();
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut line_start = true;
    let close = |open: &mut Option<(usize, usize)>, gold: &mut Vec<(usize, usize)>| {
        if let Some(span) = open.take() {
            gold.push(span);
        }
    };
    for line in data.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            close(&mut open, &mut gold);
            if !text.is_empty() {
                docs.push((std::mem::take(&mut text), std::mem::take(&mut gold)));
            }
            line_start = true;
            continue;
        }
        if cols.len() < 2 {
            close(&mut open, &mut gold);
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            line_start = true;
            continue;
        }
        if !line_start {
            text.push(' ');
        }
        line_start = false;
        let start = text.len();
        text.push_str(cols[0]);
        let end = text.len();
        let tag = cols[cols.len() - 1];
        match tag {
            "I-PER" if open.is_some() => {
                if let Some(span) = open.as_mut() {
                    span.1 = end;
                }
            }
            "I-PER" | "B-PER" => {
                close(&mut open, &mut gold);
                open = Some((start, end));
            }
            _ => close(&mut open, &mut gold),
        }
    }
    close(&mut open, &mut gold);
    if !text.is_empty() {
        docs.push((text, gold));
    }
    docs
}

#[test]
#[ignore = "needs ../shared/eval/ner/conll2003; prints scores"]
fn conll_testa_person_precision_and_recall() {
    let path = shared("eval/ner/conll2003/eng.testa");
    let docs = conll_docs(&path);
    if docs.is_empty() {
        eprintln!("skipped: {} not present", path.display());
        return;
    }
    let (mut tp, mut pred, mut gold_n, mut overlap_tp) = (0usize, 0usize, 0usize, 0usize);
    let verbose = std::env::var("CONLL_VERBOSE").is_ok();
    let mut articles = Vec::new();
    for (n, (text, _)) in docs.iter().enumerate() {
        articles.push((n.to_string(), find_in_article(text).expect("tagger loads")));
    }
    let entities = resolve(&articles);
    let mut spans: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for e in entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Person)
    {
        for m in &e.mentions {
            if let Ok(a) = m.article.parse::<usize>() {
                spans.entry(a).or_default().push((m.start, m.end));
            }
        }
    }
    for (n, (text, gold)) in docs.iter().enumerate() {
        let predicted: Vec<(usize, usize)> = spans.remove(&n).unwrap_or_default();
        let gold_set: HashSet<(usize, usize)> = gold.iter().copied().collect();
        gold_n += gold.len();
        pred += predicted.len();
        for p in &predicted {
            if gold_set.contains(p) {
                tp += 1;
            } else if verbose {
                eprintln!("FP {:?}", text.get(p.0..p.1));
            }
            if gold.iter().any(|g| g.0 < p.1 && p.0 < g.1) {
                overlap_tp += 1;
            }
        }
    }
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / gold_n.max(1) as f64;
    let po = overlap_tp as f64 / pred.max(1) as f64;
    eprintln!(
        "conll testa PER: exact precision={p:.4} recall={r:.4} overlap precision={po:.4} predicted={pred} gold={gold_n}"
    );
}

/// A MEANTIME document: name, text, gold named person spans.
type MeantimeDoc = (String, String, Vec<(usize, usize)>);

fn meantime_docs(dir: &Path) -> Vec<MeantimeDoc> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "xml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut docs = Vec::new();
    for f in files {
        let Ok(xml) = std::fs::read_to_string(&f) else {
            continue;
        };
        let mut reader = Reader::from_str(&xml);
        let mut tokens: Vec<(String, usize, String)> = Vec::new();
        let mut mentions: HashMap<String, (Vec<String>, bool)> = HashMap::new();
        let mut persons: HashSet<String> = HashSet::new();
        let mut refers: Vec<(Vec<String>, String)> = Vec::new();
        let mut in_token: Option<(String, usize)> = None;
        let mut in_mention: Option<String> = None;
        let mut in_refers: Option<(Vec<String>, Option<String>)> = None;
        let get = |e: &quick_xml::events::BytesStart, k: &[u8]| {
            e.attributes()
                .flatten()
                .find(|a| a.key.as_ref() == k)
                .and_then(|a| a.unescape_value().ok().map(|v| v.to_string()))
        };
        while let Ok(ev) = reader.read_event() {
            match ev {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                    b"token" => {
                        in_token = Some((
                            get(&e, b"t_id").unwrap_or_default(),
                            get(&e, b"sentence")
                                .and_then(|s| s.parse().ok())
                                .unwrap_or(0),
                        ))
                    }
                    b"ENTITY_MENTION" => {
                        let id = get(&e, b"m_id").unwrap_or_default();
                        let named =
                            matches!(get(&e, b"syntactic_type").as_deref(), Some("NAM" | "APP"));
                        mentions.insert(id.clone(), (Vec::new(), named));
                        in_mention = Some(id);
                    }
                    b"token_anchor" => {
                        if let (Some(m), Some(t)) = (&in_mention, get(&e, b"t_id")) {
                            if let Some(entry) = mentions.get_mut(m) {
                                entry.0.push(t);
                            }
                        }
                    }
                    b"ENTITY" if get(&e, b"ent_type").as_deref() == Some("PER") => {
                        if let Some(m) = get(&e, b"m_id") {
                            persons.insert(m);
                        }
                    }
                    b"REFERS_TO" => in_refers = Some((Vec::new(), None)),
                    b"source" => {
                        if let (Some(r), Some(m)) = (in_refers.as_mut(), get(&e, b"m_id")) {
                            r.0.push(m);
                        }
                    }
                    b"target" => {
                        if let (Some(r), Some(m)) = (in_refers.as_mut(), get(&e, b"m_id")) {
                            r.1 = Some(m);
                        }
                    }
                    _ => {}
                },
                Event::Text(t) => {
                    if let Some((id, s)) = in_token.take() {
                        tokens.push((
                            id,
                            s,
                            t.unescape().map(|x| x.to_string()).unwrap_or_default(),
                        ));
                    }
                }
                Event::End(e) => match e.name().as_ref() {
                    b"ENTITY_MENTION" => in_mention = None,
                    b"REFERS_TO" => {
                        if let Some((s, Some(t))) = in_refers.take() {
                            refers.push((s, t));
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        let mut text = String::new();
        let mut offsets: HashMap<String, (usize, usize)> = HashMap::new();
        let mut last = None;
        for (id, s, w) in &tokens {
            if let Some(prev) = last {
                text.push(if prev == *s { ' ' } else { '\n' });
            }
            last = Some(*s);
            let start = text.len();
            text.push_str(w);
            offsets.insert(id.clone(), (start, text.len()));
        }
        let mut gold = Vec::new();
        for (sources, target) in refers {
            if !persons.contains(&target) {
                continue;
            }
            for s in sources {
                let Some((anchors, true)) = mentions.get(&s) else {
                    continue;
                };
                let spans: Vec<(usize, usize)> = anchors
                    .iter()
                    .filter_map(|t| offsets.get(t).copied())
                    .collect();
                if let (Some(a), Some(b)) = (
                    spans.iter().map(|x| x.0).min(),
                    spans.iter().map(|x| x.1).max(),
                ) {
                    gold.push((a, b));
                }
            }
        }
        docs.push((f.display().to_string(), text, gold));
    }
    docs
}

#[test]
#[ignore = "needs ../shared/eval/meantime_en; prints the missed person mentions"]
fn meantime_missed_person_mentions() {
    let dir = shared("eval/meantime_en/intra_cross-doc_annotation");
    let docs = meantime_docs(&dir);
    if docs.is_empty() {
        eprintln!("skipped: {} not present", dir.display());
        return;
    }
    let mut articles = Vec::new();
    for (name, text, _) in &docs {
        articles.push((name.clone(), find_in_article(text).expect("tagger loads")));
    }
    let all_found: HashMap<String, Vec<parallax_entities::Found>> =
        articles.iter().cloned().collect();
    let entities = resolve(&articles);
    let mut spans: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for e in entities
        .iter()
        .filter(|e| e.entity_type == EntityType::Person)
    {
        for m in &e.mentions {
            spans
                .entry(m.article.as_str())
                .or_default()
                .push((m.start, m.end));
        }
    }
    let (mut n, mut hit) = (0, 0);
    for (name, text, gold) in &docs {
        for &(s, e) in gold {
            n += 1;
            if spans
                .get(name.as_str())
                .is_some_and(|v| v.iter().any(|p| p.0 < e && s < p.1))
            {
                hit += 1;
                continue;
            }
            let ctx_s = text.floor_char_boundary(s.saturating_sub(60));
            let ctx_e = text.ceil_char_boundary((e + 40).min(text.len()));
            let tagged: Vec<String> = all_found
                .get(name)
                .map(|v| {
                    v.iter()
                        .filter(|f| f.start < e && s < f.end)
                        .map(|f| format!("{}:{:?}", f.surface, f.kind))
                        .collect()
                })
                .unwrap_or_default();
            eprintln!(
                "MISS {:?} tagged={tagged:?} | {}",
                &text[s..e],
                text[ctx_s..ctx_e].replace('\n', " / ")
            );
        }
    }
    eprintln!("meantime mention recall {hit}/{n}");
}
