//! `cargo run -p parallax-time --example tempeval -- DIR [--misses]`:
//! what `parallax eval time DIR [--misses]` prints.
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: tempeval DIR [--misses]");
        std::process::exit(2);
    };
    let dir = Path::new(dir);
    if args.iter().any(|a| a == "--misses") {
        match parallax_time::read_dir(dir) {
            Ok(docs) => {
                for m in parallax_time::tempeval_misses(&docs) {
                    println!("{m}");
                }
            }
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
    }
    match parallax_time::eval_tempeval(dir) {
        Ok(r) => println!("{r}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
