//! Stories remembered across runs (`parallax analyze --state DIR`).
//!
//! The directory holds the story clusterer's state (`clusterer.json`) and
//! which articles it already holds (`articles.tsv`: article key, document
//! index). A later run loads both: articles seen before keep their story,
//! new ones join existing stories or start new ones, and story ids (`s17`)
//! mean the same story in every run. An article is known by its id and a
//! hash of its clean text, so a changed article with the same file name is
//! a new document. Both files are written to a temporary name and renamed,
//! so an interrupted run leaves the previous state intact.

use anyhow::{bail, Context, Result};
use parallax_core::Article;
use parallax_link::StoryClusterer;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const CLUSTERER: &str = "clusterer.json";
const ARTICLES: &str = "articles.tsv";

/// The remembered stories of a state directory.
pub struct StoryState {
    dir: PathBuf,
    pub clusterer: StoryClusterer,
    /// Article key → document index in the clusterer.
    pub known: HashMap<String, usize>,
}

impl StoryState {
    /// Opens `dir`, creating it when missing; an empty directory is a fresh
    /// state.
    pub fn open(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("could not create the state directory {}", dir.display()))?;
        let clusterer_path = dir.join(CLUSTERER);
        let articles_path = dir.join(ARTICLES);
        if !clusterer_path.exists() {
            if articles_path.exists() {
                bail!(
                    "{}: {ARTICLES} without {CLUSTERER}: not a parallax state directory, or a damaged one",
                    dir.display()
                );
            }
            return Ok(StoryState {
                dir: dir.to_path_buf(),
                clusterer: StoryClusterer::default(),
                known: HashMap::new(),
            });
        }
        let clusterer = StoryClusterer::load(&clusterer_path)
            .with_context(|| format!("could not load {}", clusterer_path.display()))?;
        let listing = std::fs::read_to_string(&articles_path)
            .with_context(|| format!("could not read {}", articles_path.display()))?;
        let mut known = HashMap::new();
        for (n, line) in listing.lines().enumerate() {
            let parsed = line
                .rsplit_once('\t')
                .and_then(|(key, doc)| Some((key.to_string(), doc.parse::<usize>().ok()?)));
            match parsed {
                Some((key, doc)) if doc < clusterer.len() => {
                    known.insert(key, doc);
                }
                _ => bail!("{}:{}: not `key<TAB>index`", articles_path.display(), n + 1),
            }
        }
        Ok(StoryState {
            dir: dir.to_path_buf(),
            clusterer,
            known,
        })
    }

    /// Writes the state back.
    pub fn save(&self) -> Result<()> {
        self.clusterer
            .save(self.dir.join(CLUSTERER))
            .context("could not save the story state")?;
        let mut rows: Vec<(&String, &usize)> = self.known.iter().collect();
        rows.sort_by_key(|(_, d)| **d);
        let mut listing = String::new();
        for (key, doc) in rows {
            listing.push_str(key);
            listing.push('\t');
            listing.push_str(&doc.to_string());
            listing.push('\n');
        }
        let path = self.dir.join(ARTICLES);
        let tmp = self.dir.join(format!("{ARTICLES}.tmp"));
        std::fs::write(&tmp, listing)
            .with_context(|| format!("could not write {}", tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| format!("could not write {}", path.display()))
    }
}

/// The key an article is remembered by: its id and a hash of its text.
pub fn article_key(a: &Article) -> String {
    // FNV-1a: stable across runs and platforms, unlike the std hasher
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in a.text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // ids have no tabs or newlines in practice; make sure of it
    let id: String =
        a.id.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
    format!("{id}#{h:016x}")
}
