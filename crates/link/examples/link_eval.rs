//! Runs the linking evaluations without the CLI:
//! `cargo run --release -p parallax-link --example link_eval -- similarity|dedup|clusters PATH`

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(cmd), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: link_eval similarity|dedup|clusters PATH");
        return ExitCode::from(2);
    };
    let path = Path::new(path);
    let out = match cmd.as_str() {
        "similarity" => parallax_link::eval_similarity(path).map(|r| r.to_string()),
        "dedup" => parallax_link::eval_dedup(path).map(|r| r.to_string()),
        "clusters" => parallax_link::eval_clusters(path).map(|r| r.to_string()),
        _ => {
            eprintln!("unknown evaluation {cmd}");
            return ExitCode::from(2);
        }
    };
    match out {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("link_eval: {e}");
            ExitCode::FAILURE
        }
    }
}
