"""Linking figures on a corpus against a reference, and the lists for a hand check of them (issue 6).

    python bench/link.py ../shared/corpus/politics-2000.jsonl.gz --store /tmp/kg/politics-graph \
        --reference ../shared/reference/vi-wikipedia-politicians.json --out bench/
    python bench/link.py --score --out bench/                       # figures from the filled lists
    python bench/link.py --score --out bench/ --store /tmp/kg/politics-graph \
        --reference ../shared/reference/vi-wikipedia-politicians.json  # ... and whether the linker still agrees

Builds the corpus into STORE (unchanged documents are skipped), links it against the reference with
`kg.linking.linker.link` (articles of the corpus carry no date; they are from 2016-2017, given as --period), and writes, with a
fixed random seed:
- `link-precision.tsv`: 100 random owl:sameAs links of people, each with the sentences that name the person in the
  article the evidence comes from, the roles the graph gives them, and the reference entry with its offices; the
  `correct` column (yes / no / unsure) and `reason` are filled by hand;
- `link-recall.tsv`: people of the graph taken at random among those whose name is close to a reference name
  (same letters without diacritics, or rapidfuzz ratio >= 90: broader than the linker's own candidates), with their
  sentences and the reference entries of similar name; `entry` is filled by hand with the reference IRI that is
  this person (or `none` / `unsure`) and `reason`; the linker's decision is in the last columns.
The recall list is checked in order until 100 people with an entry are found; the rows after that are left blank.
`--score` reads the filled lists and writes the figures into `link-figures.json`: precision over the 100 links,
recall over the first 100 people who have an entry (with --store, it also links again and counts the rows where the
linker no longer decides as the lists say).
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

from rapidfuzz import fuzz  # noqa: E402

from kg.language.text import ascii_fold, fold  # noqa: E402
from kg.linking.linker import link  # noqa: E402
from kg.linking.sources import load_reference  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.store import open_store  # noqa: E402

SEED = 2026
PERIOD = "2016/2017"
SENTENCES = """
SELECT ?person ?doc ?sentence WHERE { GRAPH ?g {
  ?m kg:denotes ?person ; nif:sentence ?s ; nif:referenceContext ?d .
  ?s nif:anchorOf ?sentence . ?d dcterms:identifier ?doc .
} }
"""
PRECISION_COLUMNS = [
    "n",
    "person",
    "name",
    "doc",
    "context",
    "roles",
    "reference",
    "reference_label",
    "reference_offices",
    "score",
    "evidence",
    "correct",
    "reason",
]
RECALL_COLUMNS = [
    "n",
    "person",
    "name",
    "context",
    "roles",
    "candidates",
    "entry",
    "reason",
    "linked",
    "linked_to",
    "score",
]


def _clip(text: str, limit: int = 600) -> str:
    return " ".join(text.split())[:limit]


def _offices(entity) -> str:
    return " | ".join(f"{o.label} ({o.term()})" for o in entity.offices)


def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())


def contexts(store) -> dict[str, dict[str, list[str]]]:
    """person -> doc -> the sentences naming them."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in store.query(SENTENCES):
        sentences = out[row["person"].value][row["doc"].value]
        text = _clip(row["sentence"].value, 400)
        if text not in sentences:
            sentences.append(text)
    return out


def _context(by_doc: dict[str, list[str]], first: str = "", docs: int = 3) -> tuple[str, str]:
    order = sorted(by_doc, key=lambda d: (d != first, d))[:docs]
    return ", ".join(order), " || ".join(f"[{d}] " + " / ".join(by_doc[d][:2]) for d in order)


def similar_names(decisions, reference) -> dict[str, list[str]]:
    """person IRI -> reference entities whose name is close to one of theirs (broader than the linker's)."""
    by_loose: dict[str, set[str]] = defaultdict(set)
    by_length: dict[int, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    for entity in reference.entities.values():
        if entity.kind != "person":
            continue
        for label in entity.labels:
            key = _key(label)
            labels[key].add(entity.iri)
            by_loose[ascii_fold(key)].add(entity.iri)
            by_length[len(key.split())].add(key)
    out: dict[str, list[str]] = {}
    for decision in decisions:
        subject = decision.subject
        if subject.kind != "person":
            continue
        found: set[str] = set()
        for name in subject.names:
            key = _key(name)
            found |= by_loose.get(ascii_fold(key), set())
            for other in by_length.get(len(key.split()), ()):
                if fuzz.ratio(key, other) >= 90:
                    found |= labels[other]
        if found:
            out[subject.iri] = sorted(found)
    return out


def write_lists(store, reference_path: str, out: Path) -> dict:
    reference = load_reference(reference_path)
    summary = link(store, reference=reference, period=PERIOD)
    figures = summary.as_dict()
    print("link", json.dumps(figures), flush=True)
    rng = random.Random(SEED)
    by_person = contexts(store)
    decisions = {d.subject.iri: d for d in summary.decisions}
    people = [d for d in summary.decisions if d.subject.kind == "person"]
    linked = sorted((d for d in people if d.relation == "sameAs"), key=lambda d: d.subject.iri)
    with (out / "link-precision.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(PRECISION_COLUMNS)
        for n, d in enumerate(rng.sample(linked, min(100, len(linked))), 1):
            evidence_doc = next(
                (e.split("(article ")[1].split(")")[0] for e in d.best.evidence if "(article " in e), ""
            )
            docs, context = _context(by_person[d.subject.iri], evidence_doc)
            roles = "; ".join(sorted({h.text for h in d.subject.held}))
            writer.writerow(
                [
                    n,
                    d.subject.iri,
                    d.subject.name,
                    docs,
                    context,
                    roles,
                    d.best.entity.iri,
                    d.best.entity.label,
                    _offices(d.best.entity),
                    f"{d.best.score:.3f}",
                    " / ".join(d.best.evidence),
                    "",
                    "",
                ]
            )
    similar = similar_names(people, reference)
    candidates = sorted(similar)
    with (out / "link-recall.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(RECALL_COLUMNS)
        for n, iri in enumerate(rng.sample(candidates, min(300, len(candidates))), 1):
            d = decisions[iri]
            _, context = _context(by_person[iri])
            roles = "; ".join(sorted({h.text for h in d.subject.held}))
            entries = " || ".join(
                f"{e} {reference.entities[e].label}: {_offices(reference.entities[e])}" for e in similar[iri]
            )
            writer.writerow(
                [
                    n,
                    iri,
                    d.subject.name,
                    context,
                    roles,
                    entries,
                    "",
                    "",
                    d.relation or "",
                    d.best.entity.iri if d.relation else "",
                    f"{d.best.score:.3f}" if d.best else "",
                ]
            )
    figures["people_with_similar_reference_name"] = len(candidates)
    (out / "link-figures.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return figures


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def score(out: Path, store=None, reference_path: str = "") -> dict:
    precision_rows = _rows(out / "link-precision.tsv")
    verdicts = [r["correct"].strip().lower() for r in precision_rows]
    recall_rows = [r for r in _rows(out / "link-recall.tsv") if r["entry"].strip().startswith("http")][:100]
    found = [r for r in recall_rows if r["linked"] == "sameAs" and r["linked_to"] == r["entry"].strip()]
    close = [r for r in recall_rows if r["linked"] == "closeMatch" and r["linked_to"] == r["entry"].strip()]
    wrong = [r for r in recall_rows if r["linked"] and r["linked_to"] != r["entry"].strip()]
    figures = json.loads((out / "link-figures.json").read_text(encoding="utf-8"))
    figures.update(
        {
            "precision_checked": len(verdicts),
            "precision_correct": verdicts.count("yes"),
            "precision_wrong": verdicts.count("no"),
            "precision_unsure": verdicts.count("unsure"),
            "precision": round(verdicts.count("yes") / max(1, verdicts.count("yes") + verdicts.count("no")), 3),
            "recall_people_with_entry": len(recall_rows),
            "recall_linked_sameas": len(found),
            "recall_closematch_only": len(close),
            "recall_linked_elsewhere": len(wrong),
            "recall": round(len(found) / max(1, len(recall_rows)), 3),
            "recall_with_closematch": round((len(found) + len(close)) / max(1, len(recall_rows)), 3),
        }
    )
    if store is not None:  # does the linker still decide as the lists say?
        summary = link(store, reference=reference_path, period=PERIOD)
        now = {
            d.subject.iri: (d.relation or "", d.best.entity.iri if d.relation and d.best else "")
            for d in summary.decisions
        }
        figures["precision_rows_changed"] = sum(
            now.get(r["person"], ("", ""))[1] != r["reference"] for r in precision_rows
        )
        figures["recall_rows_changed"] = sum(
            now.get(r["person"], ("", "")) != (r["linked"], r["linked_to"]) for r in recall_rows
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--store", default="/tmp/kg/politics-graph")
    parser.add_argument(
        "--reference", default=str(REPO.parent / "shared" / "reference" / "vi-wikipedia-politicians.json")
    )
    parser.add_argument("--out", default=str(REPO / "bench"))
    parser.add_argument("--score", action="store_true", help="score the filled check lists in --out")
    args = parser.parse_args()
    out = Path(args.out)
    if args.score:
        store = open_store(args.store) if Path(args.store).is_dir() else None
        figures = score(out, store, args.reference)
        (out / "link-figures.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(figures, indent=2))
        return
    store = open_store(args.store)
    if args.corpus:
        summary = build([args.corpus], store)
        print("build", json.dumps(summary.as_dict()), flush=True)
    write_lists(store, args.reference, out)


if __name__ == "__main__":
    main()
