"""Draws the sentences of the annotated corpus from ../shared/corpus/all.jsonl.gz, reproducibly.

Articles are drawn uniformly at random (seed 2026) from the whole corpus, leaving out the source articles of the
shared dev gold sets and the 50 articles (lines 20000-20049) that issue 12 reports a user's trial on. Inside each
article, up to five sentences are drawn at random from all of its sentences (title and summary lines included),
whether or not they name anybody, so that precision can be measured. Sentences come from kg's own splitter, so a
record is what the pipeline would see. Articles are split into train / dev / test (60 / 20 / 20) by a second seeded
shuffle; 10% of the articles are annotated a second time, independently, for the agreement figure.

The corpus text is not copied into the repository: `sample.tsv` names each sentence by article id and character
offsets into the article's NFC text, with a hash to detect drift; `materialize.py` joins it back with the corpus.

    python data/annotated/sample.py [--corpus PATH] [--out data/annotated/sample.tsv] [--work out/annotation]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import unicodedata
from pathlib import Path

from kg.extract.segment import split_sentences

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
SEED = 2026
ARTICLES = 440
PER_ARTICLE = 5
SECOND_FRACTION = 0.10
SPLITS = (("train", 0.6), ("dev", 0.2), ("test", 0.2))
MIN_WORDS, MAX_CHARS = 4, 600
BATCH_ARTICLES = 10


def excluded_ids(shared: Path) -> set[str]:
    """Dev gold source articles (their `file` stems) and the trial articles named in issue 12."""
    ids: set[str] = set()
    for name in ("sentences.jsonl", "articles.jsonl"):
        for line in (shared / "data" / "dev" / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            ids.add(Path(record.get("file", "")).stem)
    return ids


def candidates(earlier: tuple[str, ...], shared: Path = SHARED) -> tuple[list[str], list[int]]:
    """The corpus lines, and the indices of those a later sample may draw: not a dev gold source, not one of the
    issue 12 trial articles (lines 20000-20049), not an article of the `earlier` sample files."""
    taken: set[str] = set()
    for name in earlier:
        taken |= {line.split("\t")[1] for line in (HERE / name).read_text(encoding="utf-8").splitlines()[1:]}
    with gzip.open(shared / "corpus" / "all.jsonl.gz", "rt", encoding="utf-8") as handle:
        lines = handle.readlines()
    trial = {json.loads(lines[i])["id"] for i in range(19999, 20049)}
    skip = excluded_ids(shared) | trial | taken
    return lines, [i for i, line in enumerate(lines) if json.loads(line)["id"] not in skip]


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "all.jsonl.gz")
    parser.add_argument("--out", type=Path, default=HERE / "sample.tsv")
    parser.add_argument(
        "--work",
        type=Path,
        default=HERE.parents[1] / "out" / "annotation",
        help="where the batch files with text for annotators go (never committed)",
    )
    args = parser.parse_args()

    excluded = excluded_ids(args.corpus.parent.parent)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        lines = handle.readlines()
    trial = {json.loads(lines[i])["id"] for i in range(19999, 20049)}
    candidates = [i for i, line in enumerate(lines) if json.loads(line)["id"] not in excluded | trial]
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(candidates, ARTICLES), key=lambda i: json.loads(lines[i])["id"])

    articles = []
    for index in chosen:
        record = json.loads(lines[index])
        text = unicodedata.normalize("NFC", record["text"])
        spans = [(s, e) for s, e in split_sentences(text) if len(text[s:e].split()) >= MIN_WORDS and e - s <= MAX_CHARS]
        picked = sorted(rng.sample(spans, min(PER_ARTICLE, len(spans))))
        if picked:
            articles.append((record["id"], text, picked))

    order = [a[0] for a in articles]
    random.Random(SEED + 1).shuffle(order)
    split_of: dict[str, str] = {}
    cut = 0
    for name, share in SPLITS:
        take = round(share * len(order)) if name != SPLITS[-1][0] else len(order) - cut
        for article_id in order[cut : cut + take]:
            split_of[article_id] = name
        cut += take
    second = set(random.Random(SEED + 2).sample(order, round(SECOND_FRACTION * len(order))))

    rows = ["id\tarticle\tstart\tend\tsha1\tsplit\tsecond"]
    batches: list[list[dict]] = []
    for number, (article_id, text, spans) in enumerate(articles):
        if number % BATCH_ARTICLES == 0:
            batches.append([])
        for k, (start, end) in enumerate(spans):
            sid = f"ann-{article_id}-{k + 1}"
            sentence = text[start:end]
            rows.append(
                "\t".join(
                    [
                        sid,
                        article_id,
                        str(start),
                        str(end),
                        sentence_hash(sentence),
                        split_of[article_id],
                        "1" if article_id in second else "0",
                    ]
                )
            )
            batches[-1].append({"id": sid, "article": article_id, "text": sentence, "second": article_id in second})
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")

    args.work.mkdir(parents=True, exist_ok=True)
    for number, batch in enumerate(batches, 1):
        with open(args.work / f"batch-{number:03d}.jsonl", "w", encoding="utf-8") as out:
            for item in batch:
                out.write(json.dumps({"id": item["id"], "text": item["text"]}, ensure_ascii=False) + "\n")
    doubles = [item for batch in batches for item in batch if item["second"]]
    for number in range(0, len(doubles), BATCH_ARTICLES * PER_ARTICLE):
        with open(args.work / f"second-{number // 50 + 1:03d}.jsonl", "w", encoding="utf-8") as out:
            for item in doubles[number : number + 50]:
                out.write(json.dumps({"id": item["id"], "text": item["text"]}, ensure_ascii=False) + "\n")
    print(
        f"{len(rows) - 1} sentences from {len(articles)} articles; "
        f"{sum(1 for a in articles if split_of[a[0]] == 'test')} test articles; "
        f"{len(doubles)} sentences to annotate twice; {len(batches)} batches in {args.work}"
    )


if __name__ == "__main__":
    main()
