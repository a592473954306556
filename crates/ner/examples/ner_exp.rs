//! Development helper: trains a model with the default options and scores
//! it on a dev file (default eng.testa); `NER_ERRORS=1` prints the errors.
//!
//! `cargo run --release -p parallax-ner --example ner_exp -- [TRAIN] [DEV] [OUT]`
use parallax_ner::{chunks, read_conll, train, Label, TrainOptions};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, d: &str| PathBuf::from(args.get(i).map_or(d, String::as_str));
    let train_path = arg(0, "../shared/eval/ner/conll2003/eng.train");
    let dev_path = arg(1, "../shared/eval/ner/conll2003/eng.testa");
    let out = arg(2, "/tmp/ner_exp.bin");
    let t0 = std::time::Instant::now();
    let dev = if std::env::var_os("NER_NODEV").is_some() {
        None
    } else {
        Some(dev_path.as_path())
    };
    let model = match std::env::var_os("NER_LOAD") {
        Some(p) => parallax_ner::Model::load(std::path::Path::new(&p))?,
        None => {
            let mut o = TrainOptions::default();
            if let Some(e) = std::env::var("NER_EPOCHS")
                .ok()
                .and_then(|v| v.parse().ok())
            {
                o.epochs = e;
            }
            if let Some(e) = std::env::var("NER_SEED").ok().and_then(|v| v.parse().ok()) {
                o.seed = e;
            }
            let m = train(&train_path, dev, &o)?;
            m.save(&out)?;
            m
        }
    };
    eprintln!("trained in {:.1}s", t0.elapsed().as_secs_f64());
    let docs = read_conll(&dev_path)?;
    println!("{}", parallax_ner::eval_docs(&model, &docs));
    if std::env::var_os("NER_ERRORS").is_some() {
        for d in &docs {
            let pred = model.tag_document(&d.sentences);
            for ((s, g), p) in d.sentences.iter().zip(&d.tags).zip(pred) {
                let gt: Vec<(char, Option<Label>)> = g
                    .iter()
                    .map(|t| {
                        let mut it = t.splitn(2, '-');
                        let c = it.next().and_then(|x| x.chars().next()).unwrap_or('O');
                        (c, it.next().and_then(Label::from_conll))
                    })
                    .collect();
                let pt: Vec<(char, Option<Label>)> = p
                    .iter()
                    .map(|t| {
                        let s = t.to_string();
                        let mut it = s.splitn(2, '-');
                        let c = it.next().and_then(|x| x.chars().next()).unwrap_or('O');
                        (c, it.next().and_then(Label::from_conll))
                    })
                    .collect();
                let gc = chunks(&gt);
                let pc = chunks(&pt);
                for c in &gc {
                    if !pc.contains(c) {
                        let alt = pc
                            .iter()
                            .find(|x| x.0 < c.1 && c.0 < x.1)
                            .map(|x| format!("{} {}", x.2, s[x.0..x.1].join(" ")))
                            .unwrap_or_else(|| "-".into());
                        println!("MISS {} {} | got {}", c.2, s[c.0..c.1].join(" "), alt);
                    }
                }
                for c in &pc {
                    if !gc.iter().any(|x| x.0 < c.1 && c.0 < x.1) {
                        println!("SPUR {} {}", c.2, s[c.0..c.1].join(" "));
                    }
                }
            }
        }
    }
    Ok(())
}
