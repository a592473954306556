#!/usr/bin/env python3
"""Derives crates/ner/data/word_classes.txt, hierarchical word classes for
the named-entity tagger, from the word vectors in
crates/link/data/word_vectors.bin (distilled from all-MiniLM-L6-v2 by
scripts/embeddings/distill.py; see its docstring for the file layout).

The classes play the part of Brown clusters (Ratinov & Roth 2009): every
word gets a bit-string path in a binary tree, and the tagger uses path
prefixes of several lengths as features, so that a word unseen in the
training data still shares features with the seen words of its class
("spokeswoman" with "spokesman", one town with another).

The tree is built by bisecting k-means on the unit vectors: each cluster
is split in two by 2-means under cosine similarity, started from the sign
of the projection on the cluster's first principal axis (computed by power
iteration from a fixed start), so the result is deterministic without a
random seed. Splitting stops at DEPTH levels or below MIN_SIZE words.

Usage:

    python3 scripts/embeddings/word_classes.py crates/link/data/word_vectors.bin crates/ner/data/word_classes.txt

Output: one line per word, sorted by word: "word<TAB>path", path made of
'0' and '1' (at most DEPTH characters). Needs numpy.
"""
import struct
import sys
from pathlib import Path

import numpy as np

DEPTH = 12
MIN_SIZE = 16
LLOYD_STEPS = 8
POWER_STEPS = 30


def read_vectors(path: Path):
    data = path.read_bytes()
    if data[:8] != b"PXWVEC1\n":
        raise SystemExit(f"{path}: not a word-vector table (bad magic)")
    count, dims = struct.unpack_from("<II", data, 8)
    p = 16
    words = []
    for _ in range(count):
        n = data[p]
        words.append(data[p + 1 : p + 1 + n].decode("utf-8"))
        p += 1 + n
    rows = np.frombuffer(data, dtype=np.int8, count=count * dims, offset=p)
    if p + count * dims != len(data):
        raise SystemExit(f"{path}: size does not match its header")
    x = rows.reshape(count, dims).astype(np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    return words, x


def split(x):
    """Two-way split of the rows of x; returns a boolean mask (True: '1')."""
    centred = x - x.mean(axis=0)
    v = np.ones(x.shape[1]) / np.sqrt(x.shape[1])
    for _ in range(POWER_STEPS):
        v = centred.T @ (centred @ v)
        v /= max(np.linalg.norm(v), 1e-12)
    side = centred @ v > 0
    for _ in range(LLOYD_STEPS):
        if side.all() or not side.any():
            break
        c1 = x[side].mean(axis=0)
        c0 = x[~side].mean(axis=0)
        c1 /= max(np.linalg.norm(c1), 1e-12)
        c0 /= max(np.linalg.norm(c0), 1e-12)
        new = x @ c1 > x @ c0
        if (new == side).all():
            break
        side = new
    return side


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    words, x = read_vectors(Path(sys.argv[1]))
    paths = [""] * len(words)
    # Breadth-first over clusters: (row indices, path).
    todo = [(np.arange(len(words)), "")]
    while todo:
        idx, path = todo.pop()
        if len(path) >= DEPTH or len(idx) < MIN_SIZE:
            for i in idx:
                paths[i] = path
            continue
        side = split(x[idx])
        if side.all() or not side.any():
            for i in idx:
                paths[i] = path
            continue
        todo.append((idx[~side], path + "0"))
        todo.append((idx[side], path + "1"))
    out = sorted(
        (w, p) for w, p in zip(words, paths) if p and "\t" not in w and "\n" not in w
    )
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for w, p in out:
            f.write(f"{w}\t{p}\n")
    leaves = len(set(p for _, p in out))
    print(f"{len(out)} words in {leaves} classes -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
