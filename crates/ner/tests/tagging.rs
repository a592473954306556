//! Tagging, persistence and evaluation tests on the committed model.
use parallax_ner::{eval_conll, Label, Model, Tag};
use std::path::Path;

fn model() -> &'static Model {
    Model::embedded().expect("the committed model decodes")
}

fn mentions(text: &str) -> Vec<(String, Label)> {
    model()
        .tag(text)
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), m.label))
        .collect()
}

fn has(ms: &[(String, Label)], s: &str, l: Label) -> bool {
    ms.iter().any(|(t, x)| t == s && *x == l)
}

#[test]
fn invented_news_sentences() {
    let text = "Ingrid Halvorsen, chief executive of Nordvik Shipping Ltd, said in Oslo on Monday \
                that the European Union would review the deal.\n\
                Talks between Halvorsen and German officials resume next week in Brussels.";
    let ms = mentions(text);
    eprintln!("{ms:?}");
    assert!(has(&ms, "Ingrid Halvorsen", Label::Per), "{ms:?}");
    assert!(has(&ms, "Oslo", Label::Loc), "{ms:?}");
    assert!(has(&ms, "European Union", Label::Org), "{ms:?}");
    assert!(has(&ms, "Halvorsen", Label::Per), "{ms:?}");
    assert!(has(&ms, "German", Label::Misc), "{ms:?}");
    assert!(has(&ms, "Brussels", Label::Loc), "{ms:?}");
    assert!(
        ms.iter()
            .any(|(t, l)| t.starts_with("Nordvik") && *l == Label::Org),
        "{ms:?}"
    );
    // No mention for function words.
    assert!(!ms.iter().any(|(t, _)| t == "the" || t == "said"), "{ms:?}");
}

#[test]
fn offsets_are_exact_with_unicode() {
    let text = "“We will not yield,” said Zoë Marchetti, the mayor of Zürich.";
    let ms = model().tag(text);
    eprintln!("{ms:?}");
    for m in &ms {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.start < m.end);
    }
    assert!(ms
        .iter()
        .any(|m| &text[m.start..m.end] == "Zürich" && m.label == Label::Loc));
    assert!(ms
        .iter()
        .any(|m| text[m.start..m.end].contains("Marchetti") && m.label == Label::Per));
}

#[test]
fn tag_tokens_iob() {
    let tags = model().tag_tokens(&["Kofi", "Mensah", "visited", "Nairobi", "."]);
    assert_eq!(tags.len(), 5);
    assert_eq!(tags[0], Tag::B(Label::Per));
    assert_eq!(tags[1], Tag::I(Label::Per));
    assert_eq!(tags[2], Tag::O);
    assert_eq!(tags[3], Tag::B(Label::Loc));
    assert_eq!(tags[4].to_string(), "O");
    assert!(model().tag_tokens(&[]).is_empty());
    assert!(model().tag("").is_empty());
}

#[test]
fn save_load_round_trip() {
    let m = model();
    let bytes = m.to_bytes();
    assert!(
        bytes.len() <= 20 * 1024 * 1024,
        "model is {} bytes",
        bytes.len()
    );
    let dir = std::env::temp_dir().join(format!("parallax-ner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ner.bin");
    m.save(&path).unwrap();
    let back = Model::load(&path).unwrap();
    assert_eq!(back.to_bytes(), bytes);
    let text = "Ingrid Halvorsen flew from Oslo to Lima for the United Nations.";
    assert_eq!(back.tag(text), m.tag(text));
    std::fs::remove_dir_all(&dir).ok();
    // Clear errors for bad input.
    let err = Model::load(Path::new("/nonexistent/ner.bin"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nonexistent/ner.bin"), "{err}");
    assert!(Model::from_bytes(b"not a model").is_err());
    assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    assert!(Model::from_bytes(&[])
        .unwrap_err()
        .to_string()
        .contains("empty"));
}

/// The committed model is the final one (`parallax train ner --final`),
/// trained on eng.train and eng.testa together: it must fit the development
/// file as it fits its training data (a model trained on eng.train alone
/// scores 0.93 there).
#[test]
fn committed_model_was_trained_on_dev_set() {
    let path = Path::new("/work/shared/eval/ner/conll2003/eng.testa");
    let path = if path.exists() {
        path.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/ner/conll2003/eng.testa")
    };
    if !path.exists() {
        eprintln!(
            "note: CoNLL-2003 data not found at {}; skipping",
            path.display()
        );
        return;
    }
    let r = eval_conll(model(), &path).unwrap();
    eprintln!("{r}");
    assert!(r.overall().f1() >= 0.98, "{r}");
    assert_eq!(r.overall().gold, 5942);
}

#[test]
fn eval_reports_missing_file() {
    let e = eval_conll(model(), Path::new("/nonexistent/eng.testa")).unwrap_err();
    assert!(e.to_string().contains("/nonexistent/eng.testa"));
}
