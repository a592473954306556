//! `parallax eval …` and `parallax train …`: measuring stages on annotated
//! data and training the models the project ships.

use anyhow::{bail, Context, Result};
use parallax_clean::eval::{score_labelled, CleanScores};
use std::path::{Path, PathBuf};

/// Files under `paths` (directories walked, sorted), with `.txt` for
/// directories.
fn labelled_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("could not list {}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    if files.is_empty() {
        bail!("no labelled .txt files found");
    }
    Ok(files)
}

pub fn clean(paths: &[PathBuf], show_misses: bool) -> Result<i32> {
    let mut scores = CleanScores::default();
    for file in labelled_files(paths)? {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("could not read {}", file.display()))?;
        let name = file.display().to_string();
        score_labelled(&name, &text, &mut scores)?;
    }
    if show_misses {
        for m in &scores.misses {
            println!(
                "{}:{}: {} read as {}: {}",
                m.file,
                m.line,
                m.gold.name(),
                m.predicted.name(),
                m.text
            );
        }
        println!();
    }
    println!("{scores}");
    Ok(0)
}

pub fn ner(file: &Path, model_path: Option<&Path>) -> Result<i32> {
    let loaded;
    let model = match model_path {
        Some(path) => {
            loaded = parallax_ner::Model::load(path)?;
            &loaded
        }
        None => parallax_ner::Model::embedded()?,
    };
    let report = parallax_ner::eval_conll(model, file)
        .with_context(|| format!("could not score {}", file.display()))?;
    println!("{report}");
    Ok(0)
}

pub fn train_ner(
    train: &Path,
    dev: Option<&Path>,
    final_model: bool,
    output: &Path,
) -> Result<i32> {
    if !train.exists() {
        bail!(
            "training data not found: {} (pass --train)",
            train.display()
        );
    }
    let started = std::time::Instant::now();
    let opts = parallax_ner::TrainOptions::default();
    let model = match dev {
        Some(dev) if final_model => parallax_ner::train_final(train, dev, &opts)?,
        _ => parallax_ner::train(train, dev, &opts)?,
    };
    model
        .save(output)
        .with_context(|| format!("could not write {}", output.display()))?;
    eprintln!(
        "trained in {:.1}s, wrote {}",
        started.elapsed().as_secs_f64(),
        output.display()
    );
    // A final model has seen the development data: scoring it there would
    // say nothing.
    if let (Some(dev), false) = (dev, final_model) {
        println!("{}", parallax_ner::eval_conll(&model, dev)?);
    }
    Ok(0)
}

pub fn entities(dir: &Path) -> Result<i32> {
    let report = parallax_entities::eval::eval_meantime(dir)
        .with_context(|| format!("could not score {}", dir.display()))?;
    println!("{report}");
    Ok(0)
}

/// `parallax eval summary PATH [--words N]`.
pub fn summary(path: &Path, words: usize) -> Result<i32> {
    print(parallax_compose::summary_eval::eval_summary(path, words))
}

/// Prints an evaluation report (its last line is the name=value summary).
pub fn print<R: std::fmt::Display, E: std::error::Error + Send + Sync + 'static>(
    report: Result<R, E>,
) -> Result<i32> {
    println!("{}", report?);
    Ok(0)
}

/// Scrapinghub folders have `ground-truth.json`, Fundus ones `ground_truth.json`.
pub fn extract(dir: &Path, plain: bool) -> Result<i32> {
    if dir.join("ground-truth.json").exists() {
        print(parallax_clean::extract_eval::eval_scrapinghub(dir, plain))
    } else if dir.join("ground_truth.json").exists() {
        print(parallax_clean::extract_eval::eval_fundus(dir, plain))
    } else {
        bail!(
            "{}: neither ground-truth.json (scrapinghub) nor ground_truth.json (Fundus) found",
            dir.display()
        )
    }
}
