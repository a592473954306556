//! Linking across articles: exact and near-duplicate detection (MinHash with
//! LSH banding, verified by shingle containment), online story clustering
//! (incremental TF-IDF, entity overlap, time proximity, sliding window,
//! story merges) and the evaluations of both.

pub mod attribution;
pub mod cluster;
pub mod dedup;
pub mod eval;
pub mod figures;
pub mod hash;
pub mod metrics;
pub mod sim;
pub mod statements;
pub mod syndication;
pub mod text;

pub use cluster::{ClusterConfig, ClusterDoc, StoryClusterer, StoryId, StoryInfo};
pub use dedup::{find_duplicates, DedupConfig, DedupDoc, DedupIndex, DupMatch};
pub use eval::{
    eval_clusters, eval_dedup, eval_similarity, parse_date, ClusterReport, DedupReport, EvalError,
    SimilarityReport,
};
pub use sim::{PairSimilarity, SimilarityModel};
