"""The persons `kg.extract.model._given_names_said_again` adds on random corpus articles, for a hand check.

    python bench/given_names_check.py N SEED OUT.tsv

Each of N articles of ../shared/corpus/all.jsonl.gz (shuffled with SEED; the first 6,000 characters) is read twice
with the hybrid pipeline, with the rule and without it; every person mention only the first reading has is written
with its sentence, for a reader to judge. `bench/given-names-said-again.tsv` holds the lists of seeds 69 (300
articles) and 70 (400 articles), with the verdicts read by hand: 27 of 33 right (a shop named after its owner, film
characters and a clan's name the others).
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import sys
from pathlib import Path

import kg.extract.model as model
from kg.components import HYBRID_PIPELINE
from kg.document import Document
from kg.pipeline import process

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "all.jsonl.gz"


def main(count: int, seed: int, out: str) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    random.Random(seed).shuffle(lines)
    rule = model._given_names_said_again
    rows = []
    for line in lines[:count]:
        record = json.loads(line)
        text = record["text"][:6000]
        readings = []
        for on in (True, False):
            model._given_names_said_again = rule if on else (lambda doc: None)
            readings.append(
                process(Document(str(record["id"]), text, date=record.get("date") or ""), pipeline=HYBRID_PIPELINE)
            )
        model._given_names_said_again = rule
        with_rule, without = readings
        before = {(p.start, p.end) for p in without.persons}
        for person in with_rule.persons:
            if (person.start, person.end) not in before:
                sentence = with_rule.sentences[person.sentence]
                said = with_rule.text[sentence.start : sentence.end].replace("\t", " ").replace("\n", " ")
                rows.append([seed, record["id"], person.name, said, "", ""])
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["seed", "doc", "person", "sentence", "verdict", "note"])
        writer.writerows(rows)
    print(f"{len(rows)} added in {count} articles -> {out}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
