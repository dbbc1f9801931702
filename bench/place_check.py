"""A hand check of the place kg gives an article's unplaced local bodies ("Thành ủy", "UBND tỉnh"): the province
the article is about, or none (issue 18).

    python bench/place_check.py places ../shared/corpus/politics-2000.jsonl.gz > /tmp/places-new.jsonl
    (the same with an older checkout first on PYTHONPATH, for /tmp/places-old.jsonl)
    python bench/place_check.py draw /tmp/places-old.jsonl /tmp/places-new.jsonl --out bench/place-check-round1.tsv
    python bench/place_check.py score bench/place-check-round1.tsv

`places` writes each article's id, title and document place (`kg.extract.resolve.document_place`, as `local_place`
after the pipeline). `draw` takes 50 of the articles whose place differs between two listings (seed 37) and writes
them with empty `judged_place` and `judge_note` columns; the judge reads each article and writes the province it is
about, "several" (a round-up, or two provinces alike) or "none" (national or foreign news). `score` counts, for each
listing, the articles whose place agrees with the judge (a district's or city's name counts for its province;
"several" and "none" agree with no place).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COLUMNS = ["id", "title", "judged_place", "judge_note", "place_before", "place_after"]


def places(corpus: str) -> None:
    from kg.ingest.sources import iter_documents
    from kg.pipeline import process

    for doc in iter_documents([corpus]):
        doc = process(doc)
        print(json.dumps({"id": doc.id, "title": doc.title, "place": doc.local_place}, ensure_ascii=False), flush=True)


def draw(before: Path, after: Path, out: Path, count: int, seed: int) -> None:
    read = lambda path: {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8"))}  # noqa: E731
    old, new = read(before), read(after)
    changed = [k for k in new if k in old and old[k]["place"] != new[k]["place"]]  # in the listing's order
    sample = sorted(random.Random(seed).sample(changed, min(count, len(changed))))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for key in sample:
            writer.writerow([key, new[key]["title"], "", "", old[key]["place"], new[key]["place"]])
    print(f"{len(sample)} of {len(changed)} changed articles written to {out}")


def agrees(place: str, judged: str) -> bool:
    from kg.language.lexicon import load_lexicon
    from kg.language.names import name_key

    judged = name_key(judged)
    if judged in ("none", "several"):
        return not place
    province = load_lexicon().province_of_place.get(place, place)
    return bool(place) and name_key(province).replace("-", " ").split() == judged.replace("-", " ").split()


def score(path: Path) -> None:
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    for column in ("place_before", "place_after"):
        right = sum(agrees(row[column], row["judged_place"]) for row in rows)
        print(f"{column}: {right}/{len(rows)} agree with the judge")


def main() -> None:
    sys.path.insert(0, str(REPO))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("places")
    p.add_argument("corpus")
    d = commands.add_parser("draw")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--count", type=int, default=50)
    d.add_argument("--seed", type=int, default=37)
    s = commands.add_parser("score")
    s.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "places":
        places(args.corpus)
    elif args.command == "draw":
        draw(args.before, args.after, args.out, args.count, args.seed)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
