"""A hand check of the events the pipeline reads (issue 13): a sample drawn with a fixed seed from a built store,
each event with its sentence, for a judge to mark right or wrong.

    python bench/event_check.py draw --store /tmp/p2k --out bench/event-check-round1.tsv
    python bench/event_check.py score bench/event-check-round1.tsv

`draw` writes one row per event: its document, kind, the words that report it, the sentence, the people and the
posts it concerns and the date it has (empty columns `kind_ok`, `people_ok`, `posts_ok`, `date_ok`, `note` for the
judge: y / n, and "-" where the event has nothing to judge, e.g. no post). `score` prints, per column, the share
judged right, and the share of events right in every column.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.query import run_query  # noqa: E402
from kg.store import open_store  # noqa: E402

COLUMNS = [
    "n",
    "doc",
    "kind",
    "words",
    "sentence",
    "people",
    "posts",
    "date",
    "kind_ok",
    "people_ok",
    "posts_ok",
    "date_ok",
    "note",
]
JUDGED = ["kind_ok", "people_ok", "posts_ok", "date_ok"]

_EVENTS = """
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?e ?class ?doc ?words ?sentence ?name ?role ?org ?date WHERE { GRAPH ?g {
  ?e a kg:Event, ?class ; prov:wasDerivedFrom ?d ; kg:reportedIn ?m .
  FILTER(?class != kg:Event)
  ?d dcterms:identifier ?doc .
  ?m nif:anchorOf ?words ; nif:sentence/nif:anchorOf ?sentence .
  OPTIONAL { ?e kg:concernsPerson|kg:chair|kg:attendee ?p . ?p foaf:name ?name }
  OPTIONAL { ?e kg:concerns ?ms . ?ms org:role/skos:prefLabel ?role . OPTIONAL { ?ms org:organization/rdfs:label ?org } }
  OPTIONAL { ?e time:hasTime ?t . ?t nif:anchorOf ?written ;
             time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?value . BIND(CONCAT(?written, " = ", STR(?value)) AS ?date) }
} }
"""


def draw(store_path: str, out: Path, size: int = 60, seed: int = 2026) -> None:
    store = open_store(store_path, read_only=True)
    events: dict[str, dict] = defaultdict(lambda: {"people": set(), "posts": set()})
    for row in run_query(store, _EVENTS).rows:
        e, cls, doc, words, sentence, name, role, org, date = (c.value if c is not None else "" for c in row)
        event = events[e]
        event.update(doc=doc, kind=cls.rsplit("#", 1)[-1], words=words, sentence=" ".join(sentence.split()), date=date)
        if name:
            event["people"].add(name)
        if role:
            event["posts"].add(f"{role}, {org}" if org else role)
    keys = sorted(events)
    chosen = random.Random(seed).sample(keys, min(size, len(keys)))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for n, key in enumerate(chosen, 1):
            e = events[key]
            writer.writerow(
                [
                    n,
                    e["doc"],
                    e["kind"],
                    e["words"],
                    e["sentence"][:600],
                    " | ".join(sorted(e["people"])),
                    " | ".join(sorted(e["posts"])),
                    e["date"],
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            )
    print(f"{len(chosen)} of {len(keys)} events written to {out}")


def score(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    figures: dict[str, object] = {"events": len(rows)}
    for column in JUDGED:
        marks = [r[column].strip().lower() for r in rows if r[column].strip() not in ("", "-")]
        figures[column] = f"{sum(m == 'y' for m in marks)}/{len(marks)}"
    all_right = sum(all(r[c].strip().lower() in ("y", "-") for c in JUDGED) for r in rows)
    figures["all_right"] = f"{all_right}/{len(rows)}"
    print(json.dumps(figures, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--store", required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--size", type=int, default=60)
    d.add_argument("--seed", type=int, default=2026)
    s = sub.add_parser("score")
    s.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.store, args.out, args.size, args.seed)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
