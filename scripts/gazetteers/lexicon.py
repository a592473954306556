#!/usr/bin/env python3
"""Generate crates/ner/data/words.txt, the English word list behind the NER
tagger's lexicon features (is this word a common lowercase English word, a
capitalised proper noun, or unknown?).

Source: the Debian package `wamerican` (SCOWL, "size 50" American English
list; permissive SCOWL licence, see crates/ner/data/LICENSE-SCOWL). Usage:

    cd /tmp && apt-get download wamerican && dpkg -x wamerican_*.deb /tmp/wam
    python3 scripts/gazetteers/lexicon.py /tmp/wam/usr/share/dict/american-english

Possessive forms ("Paris's") are dropped; entries keep their case.
Deterministic for a given package version (2020.12.07-2 was used).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "crates", "ner", "data", "words.txt")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english"
    with open(src, encoding="utf-8") as f:
        words = {w.strip() for w in f}
    words = sorted(w for w in words if w and not w.endswith("'s") and " " not in w)
    with open(OUT, "w", encoding="utf-8") as f:
        for w in words:
            f.write(w + "\n")
    print(f"words.txt: {len(words)}", file=sys.stderr)


if __name__ == "__main__":
    main()
