"""Draws a fresh test split ("test2") for a second, honest final score, reproducibly (seed 2028).

The first test split (sample.py) was scored once, at the end of the session that built the model; the extractor was
tuned further after that, on train and dev only. Scoring that split again would no longer measure text nobody tuned
on, so this script draws 100 further articles uniformly from the corpus, the same way sample.py does (up to five
random sentences each, named or not), leaving out every article already sampled, the dev gold sources and the
issue 12 trial. These sentences are scored once, at the end of the session that annotated them.

    python data/annotated/sample_fresh.py   # writes sample-fresh.tsv and out/annotation/fresh-NNN.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import unicodedata

from kg.nlp import split_sentences
from sample import BATCH_ARTICLES, HERE, MAX_CHARS, MIN_WORDS, PER_ARTICLE, SHARED, excluded_ids, sentence_hash

SEED = 2028
ARTICLES = 100
SPLIT = "test2"


def main() -> None:
    corpus = SHARED / "corpus" / "all.jsonl.gz"
    taken: set[str] = set()
    for name in ("sample.tsv", "sample-extra.tsv"):
        taken |= {line.split("\t")[1] for line in (HERE / name).read_text(encoding="utf-8").splitlines()[1:]}
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        lines = handle.readlines()
    trial = {json.loads(lines[i])["id"] for i in range(19999, 20049)}
    skip = excluded_ids(SHARED) | trial | taken
    candidates = [i for i, line in enumerate(lines) if json.loads(line)["id"] not in skip]
    rng = random.Random(SEED)
    rows = ["id\tarticle\tstart\tend\tsha1\tsplit\tsecond"]
    batches: list[list[dict]] = []
    chosen = sorted(rng.sample(candidates, ARTICLES), key=lambda i: json.loads(lines[i])["id"])
    for number, index in enumerate(chosen):
        record = json.loads(lines[index])
        text = unicodedata.normalize("NFC", record["text"])
        spans = [(s, e) for s, e in split_sentences(text)
                 if len(text[s:e].split()) >= MIN_WORDS and e - s <= MAX_CHARS]
        if number % BATCH_ARTICLES == 0:
            batches.append([])
        for k, (start, end) in enumerate(sorted(rng.sample(spans, min(PER_ARTICLE, len(spans))))):
            sid = f"fresh-{record['id']}-{k + 1}"
            rows.append("\t".join([sid, record["id"], str(start), str(end), sentence_hash(text[start:end]),
                                   SPLIT, "0"]))
            batches[-1].append({"id": sid, "text": text[start:end]})
    work = HERE.parents[1] / "out" / "annotation"
    work.mkdir(parents=True, exist_ok=True)
    for number, batch in enumerate(batches, 1):
        with open(work / f"fresh-{number:03d}.jsonl", "w", encoding="utf-8") as out:
            for item in batch:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    (HERE / "sample-fresh.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} sentences from {ARTICLES} articles in {len(batches)} batches in {work}")


if __name__ == "__main__":
    main()
