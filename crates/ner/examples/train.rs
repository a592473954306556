//! Trains the committed model: `cargo run --release -p parallax-ner --example train [OUT]`.
//! (Until the CLI's `parallax train ner` exists.)
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .init();
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "crates/ner/model/ner.bin".into());
    let base = Path::new("/work/shared/eval/ner");
    let t0 = std::time::Instant::now();
    let model = parallax_ner::train(
        &base.join("conll2003/eng.train"),
        Some(&base.join("conll2003/eng.testa")),
        &parallax_ner::TrainOptions::default(),
    )?;
    eprintln!("trained in {:.1}s: {:?}", t0.elapsed().as_secs_f64(), model);
    model.save(Path::new(&out))?;
    eprintln!("wrote {out} ({} bytes)", std::fs::metadata(&out)?.len());
    for f in [
        "conll2003/eng.testa",
        "conll2003/eng.testb",
        "conllpp/conllpp_test.txt",
    ] {
        let r = parallax_ner::eval_conll(&model, &base.join(f))?;
        println!("== {f}\n{r}\n");
    }
    Ok(())
}
