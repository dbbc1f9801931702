"""Identity figures on a corpus, and the lists for a hand check of person merging (issue 4).

    python bench/identity.py ../shared/corpus/politics-2000.jsonl.gz --store /tmp/politics-graph --out bench/

Builds the corpus into STORE (skipped when it is already built: unchanged documents are not redone), prints
person mentions, person entities, organizations and merges, and writes, with a fixed random seed:
- `identity-merged-pairs.tsv`: 100 random persons merged from two or more articles, each with a random pair of its
  mentions in different articles;
- `identity-apart-pairs.tsv`: 50 random pairs of mentions with the same name that were left as different persons;
- `identity-untitled-pairs.tsv`: 50 random mentions merged into a person although their article gives them no post
  (issue 18), each with a mention of the same person in another article.
Each row carries both articles' ids, the identity evidence and the sentence around each mention, and an empty
`same_person` column for the hand check (yes / no / unsure). `--score` reads the filled files back and prints
precision (merged pairs that are the same person), the precision of merges without a post, and recall
(same-person pairs that were merged).
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

from kg.language.names import name_key  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.store import open_store  # noqa: E402

MENTIONS = """
SELECT ?person ?name ?doc ?evidence ?sentence WHERE {
  GRAPH ?g {
    ?m a kg:Mention ; kg:denotes ?person ; nif:anchorOf ?written ; nif:beginIndex ?begin ; nif:referenceContext ?d .
    ?d dcterms:identifier ?doc .
    ?person foaf:name ?name .
    OPTIONAL { ?m kg:identityEvidence ?evidence }
    OPTIONAL { ?s a nif:Sentence ; nif:referenceContext ?d ; nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?sentence .
               FILTER(?sb <= ?begin && ?begin < ?se) }
  }
}
"""
COLUMNS = [
    "pair",
    "name",
    "doc_a",
    "evidence_a",
    "context_a",
    "doc_b",
    "evidence_b",
    "context_b",
    "same_person",
    "note",
]


def clip(s: str) -> str:
    return " ".join(s.split())[:400]


def figures(store) -> tuple[dict, list[dict]]:
    rows = [
        {k: (row[k].value if row[k] is not None else "") for k in ("person", "name", "doc", "evidence", "sentence")}
        for row in store.query(MENTIONS)
    ]
    mentions: dict[tuple[str, str], dict] = {}
    for row in rows:  # one row per (person, doc); keep one sentence
        mentions.setdefault((row["person"], row["doc"]), row)
    by_person: dict[str, list[dict]] = defaultdict(list)
    for row in mentions.values():
        by_person[row["person"]].append(row)
    merged = {p: ms for p, ms in by_person.items() if len({m["doc"] for m in ms}) > 1}
    orgs = next(iter(store.query("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization }")))["n"].value
    stats = {
        "documents": len({m["doc"] for m in mentions.values()}),
        "person_mentions": len(mentions),
        "person_entities": len(by_person),
        "persons_in_two_or_more_articles": len(merged),
        "merged_mention_pairs": sum(len(ms) * (len(ms) - 1) // 2 for ms in merged.values()),
        "organizations": int(orgs),
    }
    return stats, list(mentions.values())


def pairs(mentions: list[dict], seed: int = 2026) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    by_person: dict[str, list[dict]] = defaultdict(list)
    by_name: dict[str, list[dict]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m["person"], m["doc"])):
        by_person[m["person"]].append(m)
        by_name[name_key(m["name"])].append(m)
    # one random pair from each of 100 random merged persons: frequent names (the Prime Minister is in hundreds of
    # articles) would otherwise fill a sample of pairs and hide the doubtful merges
    merged_persons = sorted(p for p, ms in by_person.items() if len({m["doc"] for m in ms}) > 1)
    merged = []
    for person in rng.sample(merged_persons, min(100, len(merged_persons))):
        a, b = rng.sample([m for m in by_person[person]], 2)
        merged.append((a, b))
    apart = [
        (a, b)
        for ms in by_name.values()
        for i, a in enumerate(ms)
        for b in ms[i + 1 :]
        if a["person"] != b["person"] and a["doc"] != b["doc"]
    ]
    pairs.apart_total = len(apart)
    return merged, rng.sample(apart, min(50, len(apart)))


def untitled_pairs(mentions: list[dict], seed: int = 2026) -> list[tuple[dict, dict]]:
    """50 mentions without identity evidence that were merged with another article's mention of the same name."""
    rng = random.Random(seed)
    by_person: dict[str, list[dict]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m["person"], m["doc"])):
        by_person[m["person"]].append(m)
    candidates = [m for ms in by_person.values() if len({x["doc"] for x in ms}) > 1 for m in ms if not m["evidence"]]
    out = []
    for m in rng.sample(candidates, min(50, len(candidates))):
        others = [x for x in by_person[m["person"]] if x["doc"] != m["doc"]]
        titled = [x for x in others if x["evidence"]] or others
        out.append((m, rng.choice(titled)))
    return out


def write(path: Path, chosen: list[tuple[dict, dict]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t")
        out.writerow(COLUMNS)
        for n, (a, b) in enumerate(chosen, 1):
            out.writerow(
                [
                    n,
                    a["name"],
                    a["doc"],
                    a["evidence"],
                    clip(a["sentence"]),
                    b["doc"],
                    b["evidence"],
                    clip(b["sentence"]),
                    "",
                    "",
                ]
            )


def score(folder: Path) -> dict:
    def judged(name: str) -> list[str]:
        with (folder / name).open(encoding="utf-8") as handle:
            return [row["same_person"].strip().lower() for row in csv.DictReader(handle, delimiter="\t")]

    merged, apart = judged("identity-merged-pairs.tsv"), judged("identity-apart-pairs.tsv")
    untitled = judged("identity-untitled-pairs.tsv") if (folder / "identity-untitled-pairs.tsv").exists() else []
    totals = json.loads((folder / "identity-figures.json").read_text(encoding="utf-8"))
    precision = merged.count("yes") / max(1, merged.count("yes") + merged.count("no"))
    missed_rate = apart.count("yes") / max(1, apart.count("yes") + apart.count("no"))
    # recall over same-name pairs of mentions in different articles: true pairs that were merged, estimated from
    # the merged sample, against true pairs left apart, estimated from the apart sample
    found = precision * totals["merged_mention_pairs"]
    missed = missed_rate * totals["same_name_pairs_apart"]
    return {
        "merged_checked": len(merged),
        "merged_same": merged.count("yes"),
        "merged_different": merged.count("no"),
        "merged_unsure": merged.count("unsure"),
        "apart_checked": len(apart),
        "apart_same": apart.count("yes"),
        "apart_different": apart.count("no"),
        "apart_unsure": apart.count("unsure"),
        "untitled_checked": len(untitled),
        "untitled_same": untitled.count("yes"),
        "untitled_different": untitled.count("no"),
        "untitled_unsure": untitled.count("unsure"),
        "untitled_precision": round(untitled.count("yes") / max(1, untitled.count("yes") + untitled.count("no")), 3),
        "precision": round(precision, 3),
        "recall_estimate": round(found / max(1e-9, found + missed), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--store", default="/tmp/kg-identity-graph")
    parser.add_argument("--out", default=str(REPO / "bench"))
    parser.add_argument("--score", action="store_true", help="score the filled check files in --out")
    args = parser.parse_args()
    if args.score:
        print(json.dumps(score(Path(args.out)), indent=2))
        return
    store = open_store(args.store)
    if args.corpus:
        summary = build([args.corpus], store)
        print("build", json.dumps(summary.as_dict()), flush=True)
    stats, mentions = figures(store)
    print("identity", json.dumps(stats), flush=True)
    merged, apart = pairs(mentions)
    stats["same_name_pairs_apart"] = pairs.apart_total
    (Path(args.out) / "identity-figures.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    write(Path(args.out) / "identity-merged-pairs.tsv", merged)
    write(Path(args.out) / "identity-apart-pairs.tsv", apart)
    write(Path(args.out) / "identity-untitled-pairs.tsv", untitled_pairs(mentions))


if __name__ == "__main__":
    main()
