"""A hand check of organization identity (issue 18): the organizations named in the most articles, each with the
forms its articles write, sentences from several of its articles, and the other nodes whose names come close.

    python bench/org_identity.py draw ../shared/corpus/politics-2000.jsonl.gz --store /tmp/p2k/g3 --out bench/org-identity-top200.tsv
    python bench/org_identity.py score bench/org-identity-top200.tsv
    python bench/org_identity.py heads --store /tmp/p2k/g3

`heads` counts the organization nodes named in two or more articles whose preferred label is only a head word or
a generic name ("Bộ", "Ban", "Sở Y tế" without a place would not be one: it is written with its place; "Hội đồng
quản trị" is; the list is `generic_bodies` of kg/resources/lexicon.yaml), which issue 18 wants at zero.

`draw` reads the store built from the corpus (`kg build CORPUS -s STORE`), takes the 200 organizations named in
the most articles (`kg query organization-forms`), and for each writes up to four sentences from different
articles (drawn with a fixed seed) and up to five other nodes of similar name (rapidfuzz token-set ratio ≥ 90),
with empty columns `verdict` and `note` for the judge. Verdicts: `ok` (one real body, every sentence speaks of
it, no listed node is the same body, and the preferred label is its correct name with abbreviations spelt out),
`split` (a listed node is the same body), `merged` (the sentences speak of different bodies), `label` (one body,
but the preferred label is wrong or abbreviated), `not-org` (no organization). `score` prints the counts and the
share judged `ok`.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz, process

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.query import load_query, run_query  # noqa: E402
from kg.store import open_store  # noqa: E402

COLUMNS = ["rank", "org_label", "documents", "forms", "parent", "sentences", "similar_nodes", "org", "verdict", "note"]
_DOCS_OF = """
SELECT DISTINCT ?doc ?label ?org WHERE { GRAPH ?g { ?d a schema:NewsArticle ; dcterms:identifier ?doc .
  ?org rdfs:label|skos:altLabel ?label } }
"""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def texts(corpus: str) -> dict[str, str]:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        return {str(record["id"]): record["text"] for record in map(json.loads, handle)}


def sentence_with(text: str, forms: list[str]) -> str:
    for sentence in _SENTENCE_END.split(text):
        folded = sentence.lower()
        if any(form.lower() in folded for form in sorted(forms, key=len, reverse=True)):
            return " ".join(sentence.split())[:300]
    return ""


def draw(corpus: str, store_path: str, out: Path, top: int = 200, seed: int = 2026) -> None:
    store = open_store(store_path, read_only=True)
    rows = run_query(store, load_query("organization-forms")).rows
    columns = ["org_label", "documents", "forms", "parent", "org"]
    records = [dict(zip(columns, (cell.value if cell is not None else "" for cell in row))) for row in rows]
    labels = [r["org_label"] for r in records]
    corpus_texts = texts(corpus)
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(COLUMNS)
        for rank, record in enumerate(records[:top], 1):
            found = run_query(store, _DOCS_OF, {"org": f"<{record['org']}>"}).rows
            forms_by_doc: dict[str, list[str]] = {}
            for doc, label, _ in found:
                forms_by_doc.setdefault(doc.value, []).append(label.value)
            docs = sorted(forms_by_doc)
            sentences = []
            for doc in rng.sample(docs, min(4, len(docs))):
                sentence = sentence_with(corpus_texts.get(doc, ""), forms_by_doc[doc])
                if sentence:
                    sentences.append(f"[{doc}] {sentence}")
            similar = [
                f"{labels[i]} ({records[i]['documents']} art.)"
                for _, score, i in process.extract(record["org_label"], labels, scorer=fuzz.token_set_ratio, limit=8)
                if score >= 90 and records[i]["org"] != record["org"]
            ][:5]
            writer.writerow(
                [
                    rank,
                    record["org_label"],
                    record["documents"],
                    record["forms"],
                    record["parent"],
                    " || ".join(sentences),
                    " | ".join(similar),
                    record["org"],
                    "",
                    "",
                ]
            )
    print(f"{min(top, len(records))} organizations written to {out}")


def heads(store_path: str) -> None:
    from kg.graph.authority import load_authority
    from kg.language.lexicon import load_lexicon
    from kg.language.names import org_name_key

    generic = {org_name_key(name) for name in load_lexicon().generic_bodies}
    bodies = load_authority()  # bodies of the authority list are named bodies, whatever their key
    store = open_store(store_path, read_only=True)
    rows = run_query(store, load_query("organization-forms")).rows
    spanning = [
        (row[0].value, int(row[1].value))
        for row in rows
        if int(row[1].value) >= 2 and org_name_key(row[0].value) in generic and bodies.body_of_iri(row[4].value) is None
    ]
    print(
        json.dumps(
            {"organizations": len(rows), "head_only_in_two_or_more_articles": len(spanning), "examples": spanning[:20]},
            ensure_ascii=False,
            indent=2,
        )
    )


def score(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        verdicts = [row["verdict"].strip().lower() for row in csv.DictReader(handle, delimiter="\t")]
    counts = Counter(verdicts)
    judged = sum(counts.values()) - counts.get("", 0)
    print(
        json.dumps(
            {
                "judged": judged,
                **dict(sorted(counts.items())),
                "ok_share": round(counts.get("ok", 0) / max(1, judged), 3),
            },
            ensure_ascii=False,
            indent=2,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("corpus")
    d.add_argument("--store", required=True)
    d.add_argument("--out", type=Path, default=REPO / "bench" / "org-identity-top200.tsv")
    s = sub.add_parser("score")
    s.add_argument("path", type=Path)
    h = sub.add_parser("heads")
    h.add_argument("--store", required=True)
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.corpus, args.store, args.out)
    elif args.command == "heads":
        heads(args.store)
    else:
        score(args.path)


if __name__ == "__main__":
    main()
