//! `parallax`: the command-line tool. Reads articles, runs the pipeline and
//! writes the dossier (JSON or Markdown).

mod bench;
mod demo;
mod eval;
mod pipeline;
mod state;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "parallax",
    version,
    about = "See every story from every side: news articles in, story dossiers out."
)]
struct Cli {
    /// Log more (-v: info, -vv: debug).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// Only errors on stderr; no progress bar.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles (files, directories, or - for stdin) and write the dossier.
    Analyze {
        /// Files or directories to read; `-` reads stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
        /// Fail (exit status 1) if any input could not be read.
        #[arg(long)]
        strict: bool,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Remember stories in this directory: a later run with the same
        /// directory puts new articles into the stories of earlier runs,
        /// with the same story ids.
        #[arg(long, value_name = "DIR")]
        state: Option<PathBuf>,
    },
    /// Analyse the bundled demo corpus (invented articles with every kind of noise).
    Demo {
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Time the whole pipeline on one thread on a story generated from the
    /// demo corpus.
    Bench {
        /// Articles in the generated story.
        #[arg(long, default_value_t = 50)]
        articles: usize,
        /// Timed runs (the median is reported).
        #[arg(long, default_value_t = 5)]
        rounds: usize,
    },
    /// Measure a stage against annotated data (prints a table and a name=value line).
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Train a model from annotated data.
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// The plain-text cleaner on line-labelled articles (`label<TAB>line`,
    /// see crates/clean/tests/fixtures/README.md): files or directories.
    Clean {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// List every line the cleaner got wrong.
        #[arg(long)]
        misses: bool,
    },
    /// Cross-document person resolution on MEANTIME (B-cubed), e.g.
    /// ../shared/eval/meantime_en/intra_cross-doc_annotation
    Entities { dir: PathBuf },
    /// Quote extraction on PolNeAR JSONL (Gender Gap Tracker rule).
    Quotes { file: PathBuf },
    /// Time expressions on TimeML files (TempEval-3 measures).
    Time { dir: PathBuf },
    /// Article-pair similarity on SemEval-2022 Task 8 CSV (ROC AUC, Pearson).
    Similarity { path: PathBuf },
    /// Near-duplicate detection on generated edited copies of real articles.
    Dedup { path: PathBuf },
    /// Story clustering on labelled JSONL or Multi-News clusters (B-cubed).
    Clusters { path: PathBuf },
    /// HTML extraction: scrapinghub (`html/`, `ground-truth.json`) or Fundus (`ground_truth.json`) folders.
    Extract {
        dir: PathBuf,
        /// Feed the page's visible text to the plain-text cleaner instead.
        #[arg(long)]
        plain: bool,
    },
    /// HTML metadata agreement on Mozilla Readability test pages.
    Metadata { dir: PathBuf },
    /// Extractive story summaries on Multi-News JSONL (ROUGE-1/2/L F1 as
    /// rouge-score computes them, stemmed; summary length in words).
    Summary {
        path: PathBuf,
        /// Word budget of each summary.
        #[arg(long, default_value_t = 260)]
        words: usize,
    },
    /// The entity tagger on a CoNLL-2003 file (conlleval rules).
    Ner {
        file: PathBuf,
        /// A model file instead of the built-in model.
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the entity tagger on CoNLL-2003 (writes the model file).
    Ner {
        /// Training data (CoNLL-2003 format).
        #[arg(long, default_value = "../shared/eval/ner/conll2003/eng.train")]
        train: PathBuf,
        /// Development data: chooses the epochs of each pass and is scored
        /// at the end (not with --final).
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Choose the epochs on --dev with a model trained on --train, then
        /// train the written model on --train and --dev together for them.
        #[arg(long = "final", requires = "dev")]
        final_model: bool,
        /// Where to write the model.
        #[arg(short, long, default_value = "crates/ner/model/ner.bin")]
        output: PathBuf,
    },
}

#[derive(clap::Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write to this file instead of stdout (format from the extension when --format is not given).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Json,
    Md,
    /// A self-contained HTML report.
    Html,
}

impl OutputArgs {
    fn format(&self, default: Format) -> Format {
        if let Some(f) = self.format {
            return f;
        }
        match self
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
        {
            Some("md" | "markdown") => Format::Md,
            Some("json") => Format::Json,
            Some("html" | "htm") => Format::Html,
            _ => default,
        }
    }
}

fn main() {
    let cli = Cli::parse();
    init_logging(cli.verbose, cli.quiet);
    match run(cli) {
        Ok(code) => std::process::exit(code),
        Err(err) => {
            eprintln!("parallax: error: {err:#}");
            std::process::exit(2);
        }
    }
}

fn init_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("PARALLAX_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .init();
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Bench { articles, rounds } => bench::run(articles, rounds),
        Command::Analyze {
            paths,
            output,
            strict,
            threads,
            state,
        } => {
            if let Some(n) = threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()
                    .context("could not start the worker threads")?;
            }
            let outcome = parallax_read::read_paths(&paths);
            for skipped in &outcome.skipped {
                tracing::info!("skipped {skipped} (not an article format)");
            }
            for w in &outcome.warnings {
                eprintln!("parallax: warning: {}: {}", w.source, w.message);
            }
            // open the state before the work, so a bad directory fails fast
            let mut story_state = match &state {
                Some(dir) => Some(state::StoryState::open(dir)?),
                None => None,
            };
            let dossier = pipeline::analyze(
                outcome.documents,
                outcome.errors,
                &outcome.warnings,
                !cli.quiet,
                story_state.as_mut(),
            );
            if let Some(s) = &story_state {
                s.save()?;
            }
            for e in &dossier.errors {
                eprintln!("parallax: {}: {}", e.source, e.message);
            }
            let nothing_read = dossier.articles.is_empty();
            let had_errors = !dossier.errors.is_empty();
            write_output(&dossier, &output, Format::Json)?;
            if nothing_read {
                eprintln!("parallax: no article could be read");
                return Ok(1);
            }
            if strict && had_errors {
                eprintln!(
                    "parallax: {} input(s) could not be read (--strict)",
                    dossier.errors.len()
                );
                return Ok(1);
            }
            Ok(0)
        }
        Command::Eval { what } => match what {
            EvalCommand::Clean { paths, misses } => eval::clean(&paths, misses),
            EvalCommand::Ner { file, model } => eval::ner(&file, model.as_deref()),
            EvalCommand::Entities { dir } => eval::entities(&dir),
            EvalCommand::Quotes { file } => {
                eval::print(parallax_analyze::quotes::eval_polnear(&file))
            }
            EvalCommand::Time { dir } => eval::print(parallax_time::eval_tempeval(&dir)),
            EvalCommand::Similarity { path } => eval::print(parallax_link::eval_similarity(&path)),
            EvalCommand::Dedup { path } => eval::print(parallax_link::eval_dedup(&path)),
            EvalCommand::Clusters { path } => eval::print(parallax_link::eval_clusters(&path)),
            EvalCommand::Extract { dir, plain } => eval::extract(&dir, plain),
            EvalCommand::Metadata { dir } => {
                eval::print(parallax_clean::extract_eval::eval_mozilla(&dir))
            }
            EvalCommand::Summary { path, words } => eval::summary(&path, words),
        },
        Command::Train { what } => match what {
            TrainCommand::Ner {
                train,
                dev,
                final_model,
                output,
            } => eval::train_ner(&train, dev.as_deref(), final_model, &output),
        },
        Command::Demo { output } => {
            let (documents, errors) = demo::documents();
            if documents.is_empty() {
                bail!("the bundled demo corpus is empty");
            }
            let dossier = pipeline::analyze(documents, errors, &[], false, None);
            write_output(&dossier, &output, Format::Md)?;
            Ok(0)
        }
    }
}

fn write_output(
    dossier: &parallax_core::Dossier,
    args: &OutputArgs,
    default: Format,
) -> Result<()> {
    let rendered = match args.format(default) {
        Format::Json => {
            let mut s =
                serde_json::to_string_pretty(dossier).context("could not serialise the dossier")?;
            s.push('\n');
            s
        }
        Format::Md => parallax_compose::markdown::render(dossier),
        Format::Html => parallax_compose::html::render(dossier),
    };
    match &args.output {
        Some(path) => {
            // Write beside the target and rename, so an interrupted run
            // never leaves a half-written dossier in place of a good one.
            let tmp = path.with_extension("parallax-tmp");
            std::fs::write(&tmp, rendered)
                .with_context(|| format!("could not write {}", tmp.display()))?;
            std::fs::rename(&tmp, path)
                .with_context(|| format!("could not write {}", path.display()))?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            if let Err(e) = lock
                .write_all(rendered.as_bytes())
                .and_then(|_| lock.flush())
            {
                // A closed pipe (`| head`) is not an error worth a message.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(e).context("could not write to stdout");
                }
            }
        }
    }
    Ok(())
}
