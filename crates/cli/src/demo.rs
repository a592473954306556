//! The bundled demo corpus: invented articles from invented outlets, with
//! every kind of noise the cleaner removes (see `corpus/demo/README.md`).

use parallax_core::{InputError, RawDocument};

include!(concat!(env!("OUT_DIR"), "/demo_files.rs"));

/// The demo documents, read exactly as `parallax analyze` would read the
/// files, with their names under `demo/` as sources.
pub fn documents() -> (Vec<RawDocument>, Vec<InputError>) {
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for (name, bytes) in DEMO_FILES {
        let source = format!("demo/{name}");
        match parallax_read::read_bytes(&source, bytes) {
            Ok(parsed) => {
                documents.extend(parsed.documents);
                errors.extend(parsed.errors);
            }
            Err(e) => errors.push(InputError {
                source,
                message: e.to_string(),
            }),
        }
    }
    (documents, errors)
}
