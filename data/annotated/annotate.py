"""Checks annotators' answer files, joins them with the corpus text, and measures agreement.

    python data/annotated/annotate.py check ANSWERS.jsonl BATCH.jsonl   # every problem, one line each; exit 1 if any
    python data/annotated/annotate.py materialize --out DIR              # gold JSONL per split (text + offsets)
    python data/annotated/annotate.py agree                              # first vs second annotation, F1 per task

An answer line is {"id", "persons", "organizations", "holdings", "mentions"} where `mentions` lists
[TYPE, written text] pairs in the order they occur in the sentence, TYPE one of PER, ROLE, ORG (GUIDE.md). Offsets
are computed here, never typed by hand: each mention is looked for after the end of the previous one.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterator

from draws import DRAWN_IN_ORDER

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
TYPES = ("PER", "ROLE", "ORG")
STATUSES = ("current", "new", "former")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{number}: not JSON ({error})") from None


def locate(text: str, mentions: list[list[str]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Offsets for mentions listed in text order; problems for those not found after the previous one."""
    located, problems, cursor = [], [], 0
    for item in mentions:
        if not (isinstance(item, list) and len(item) == 2 and item[0] in TYPES and isinstance(item[1], str)):
            problems.append(f"mention {item!r} is not [TYPE, text] with TYPE in {TYPES}")
            continue
        kind, written = item
        found = text.find(written, cursor)
        if not written or found < 0:
            where = "anywhere" if text.find(written) < 0 else "after the previous mention (list them in text order)"
            problems.append(f"{kind} mention {written!r} not found {where}")
            continue
        located.append({"type": kind, "start": found, "end": found + len(written), "text": written})
        cursor = found + len(written)
    return located, problems


def check_answer(answer: dict[str, Any], text: str) -> list[str]:
    """Everything wrong with one answer line, as readable problems."""
    problems: list[str] = []
    for key in ("persons", "organizations", "holdings", "mentions"):
        if not isinstance(answer.get(key), list):
            problems.append(f"'{key}' missing or not a list")
    if problems:
        return problems
    located, problems = locate(text, answer["mentions"])
    written = {(m["type"], m["text"]) for m in located}
    for person in answer["persons"]:
        if ("PER", person) not in written:
            problems.append(f"person {person!r} has no PER mention with exactly that text")
    for org in answer["organizations"]:
        if ("ORG", org) not in written:
            problems.append(f"organization {org!r} has no ORG mention with exactly that text")
    for kind, name in written:
        if kind == "PER" and not any(name == p or name in p for p in answer["persons"]):
            problems.append(f"PER mention {name!r} is not in persons (nor part of a fuller listed name)")
    for holding in answer["holdings"]:
        if not isinstance(holding, dict):
            problems.append(f"holding {holding!r} is not an object")
            continue
        if holding.get("person") not in answer["persons"]:
            problems.append(f"holding person {holding.get('person')!r} is not in persons")
        if not holding.get("role") or holding["role"] not in text:
            problems.append(f"holding role {holding.get('role')!r} is empty or not in the text")
        if (
            ("ROLE", holding.get("role")) not in written
            and holding.get("role")
            and not any(k == "ROLE" and holding["role"] in t for k, t in written)
        ):
            problems.append(f"holding role {holding.get('role')!r} has no ROLE mention")
        org = holding.get("org", None)
        if not isinstance(org, str) or (org and org not in text):
            problems.append(f"holding org {org!r} is not a string found in the text ('' when implicit)")
        parents = holding.get("org_parents", [])
        if not isinstance(parents, list) or any(not isinstance(p, str) or p not in text for p in parents):
            problems.append(f"org_parents {parents!r} must be strings found in the text")
        if holding.get("status", "current") not in STATUSES:
            problems.append(f"status {holding.get('status')!r} not one of {STATUSES}")
    return problems


def cmd_check(answers_path: Path, batch_path: Path) -> int:
    texts = {item["id"]: item["text"] for item in read_jsonl(batch_path)}
    answers = list(read_jsonl(answers_path))
    seen: set[str] = set()
    bad = 0
    for answer in answers:
        rid = answer.get("id")
        if rid not in texts:
            print(f"{rid}: not an id of {batch_path.name}")
            bad += 1
            continue
        if rid in seen:
            print(f"{rid}: answered twice")
            bad += 1
        seen.add(rid)
        for problem in check_answer(answer, texts[rid]):
            print(f"{rid}: {problem}")
            bad += 1
    for rid in texts:
        if rid not in seen:
            print(f"{rid}: no answer")
            bad += 1
    print(f"{len(seen)} of {len(texts)} answered, {bad} problem(s)")
    return 1 if bad else 0


def _load_order(name: str) -> tuple[int, int]:
    """The order the corpus has always been read in: the uniform sample, the training samples, the fresh tests."""
    number = re.search(r"-(\d+)\.tsv$", name)
    kind = 0 if name == "sample.tsv" else 1 if name.startswith("sample-extra") else 2
    return kind, int(number.group(1)) if number else 1


def load_sample() -> list[dict[str, str]]:
    """The uniform sample (sample.py), the training-only extra batch (sample_extra.py) and the fresh test split
    (sample_fresh.py), one row a sentence."""
    rows: list[dict[str, str]] = []
    for name in sorted(DRAWN_IN_ORDER, key=_load_order):
        path = HERE / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            header = lines[0].split("\t")
            rows.extend(dict(zip(header, line.split("\t"))) for line in lines[1:])
    return rows


def corpus_texts(corpus: Path, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = unicodedata.normalize("NFC", record["text"])
    return texts


def answers_in(folder: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for answer in read_jsonl(path):
            out[answer["id"]] = answer
    return out


_INITIALS = re.compile(r"^[A-ZĐ](?:\.?[A-ZĐ])*\.?$")
_TERM = re.compile(r"^(.*\S)\s+(?i:kh(?:óa|oá))\s+(?:[IVXLC]+|\d+)$")  # "Quốc hội khóa XIV"


_SHORT_NAME_INSIDE = re.compile(r"\s*\(([^()]{1,15})\)(?=\s+\S)")  # "Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa"


def without_term(org: str) -> str:
    """A body's name without the term it is in ("Quốc hội khóa XIV" -> "Quốc hội"), as the shared dev gold writes it,
    and without a short name in parentheses inside it ("Sở Tài nguyên và Môi trường (TN&MT) tỉnh Yên Bái" -> "Sở Tài
    nguyên và Môi trường tỉnh Yên Bái"), as the body is named written without it."""
    match = _TERM.match(org)
    org = match.group(1) if match else org
    return _SHORT_NAME_INSIDE.sub(lambda m: m.group(0) if any(c.islower() for c in m.group(1)) else "", org)


_UNIT_TITLES = {
    "trưởng khoa": "khoa",
    "phó trưởng khoa": "khoa",
    "trưởng phòng": "phòng",
    "phó trưởng phòng": "phòng",
    "trưởng ban": "ban",
    "phó trưởng ban": "ban",
    "trưởng bộ môn": "bộ môn",
    "phó trưởng bộ môn": "bộ môn",
}


def adjudicate(answer: dict[str, Any]) -> dict[str, Any]:
    """The conventions annotators applied differently, made one (README.md, "Adjudication"):

    - initials alone (H.V.Đ, T., Q.H) are not personal names: dropped with their mentions and holdings;
    - a ROLE mention marks the title of a holding; titles of nobody named are not marked;
    - a title fused with its unit gives the unit with its head noun as organization: "Trưởng khoa Thận nhân tạo" ->
      role "Trưởng khoa", org "khoa Thận nhân tạo"; "Trưởng Công an huyện X" -> role "Trưởng Công an";
    - and so in `organizations` too, where the checker had only let annotators list the unit's words ("Kinh tế Trung
      ương" for "Trưởng Ban Kinh tế Trung ương" is "Ban Kinh tế Trung ương", as the shared dev gold lists it);
    - a body's term is no part of its name: "Quốc hội khóa XIV" is "Quốc hội" in organizations, holdings and mentions;
    - nor a short name in parentheses inside it: "Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa" is "Liên đoàn Lao động
      tỉnh Khánh Hòa" in organizations and holdings (the mention keeps its span as written).
    """
    answer = dict(
        answer,
        organizations=[without_term(org) for org in answer["organizations"]],
        holdings=[
            dict(
                h,
                **({"org": without_term(h["org"])} if "org" in h else {}),
                **({"org_parents": [without_term(p) for p in h["org_parents"]]} if "org_parents" in h else {}),
            )
            for h in answer["holdings"]
        ],
        mentions=[[m[0], _TERM.sub(r"\1", m[1])] if m[0] == "ORG" else m for m in answer["mentions"]],
    )
    dropped = {p for p in answer["persons"] if _INITIALS.match(p.replace(" ", ""))}
    holdings = []
    for holding in answer["holdings"]:
        if holding["person"] in dropped:
            continue
        holding = dict(holding)
        head = _UNIT_TITLES.get(holding["role"].lower())
        org = holding.get("org", "")
        if head and org and not org.lower().startswith(head + " "):
            holding["org"] = f"{head} {org}"
        if holding["role"].lower() in ("trưởng", "phó trưởng") and org.lower().startswith("công an"):
            holding["role"] = f"{holding['role']} {org.split()[0]} {org.split()[1]}"
        holdings.append(holding)
    titles = [h["role"] for h in answer["holdings"] if h["person"] not in dropped]
    mentions = [
        m
        for m in answer["mentions"]
        if not (m[0] == "PER" and m[1] in dropped)
        and not (m[0] == "ROLE" and not any(t in m[1] or m[1] in t for t in titles))
    ]
    whole = {}  # the unit's words as marked -> the unit with its head noun, as its holding gives it
    for holding in holdings:
        org = holding.get("org", "")
        head = next((h for h in set(_UNIT_TITLES.values()) if org.lower().startswith(h + " ")), None)
        if head is not None and ["ORG", org[len(head) + 1 :]] in answer["mentions"]:
            whole[org[len(head) + 1 :]] = org
    organizations: list[str] = []
    for org in answer["organizations"]:
        if whole.get(org, org) not in organizations:
            organizations.append(whole.get(org, org))
    for org in whole.values():  # a fused unit left out of `organizations` ("if you can"): named all the same
        if org not in organizations:
            organizations.append(org)
    return dict(
        answer,
        persons=[p for p in answer["persons"] if p not in dropped],
        organizations=organizations,
        holdings=holdings,
        mentions=mentions,
    )


def gold_records(corpus: Path, folder: Path) -> Iterator[tuple[dict[str, str], dict[str, Any]]]:
    """(sample row, gold record) for every answered sentence, text joined back from the corpus."""
    sample = load_sample()
    answers = answers_in(folder)
    texts = corpus_texts(corpus, {row["article"] for row in sample if row["id"] in answers})
    for row in sample:
        answer = answers.get(row["id"])
        if answer is None:
            continue
        answer = adjudicate(answer)
        sentence = texts[row["article"]][int(row["start"]) : int(row["end"])]
        if hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12] != row["sha1"]:
            raise SystemExit(f"{row['id']}: the corpus text changed since sampling (hash differs)")
        mentions, problems = locate(sentence, answer["mentions"])
        if problems:
            raise SystemExit(f"{row['id']}: {problems[0]} (run `check` on its answer file)")
        yield (
            row,
            {
                "id": row["id"],
                "source": f"all.jsonl.gz#{row['article']}",
                "date": "",
                "article": row["article"],
                "split": row["split"],
                "text": sentence,
                "holdings": [
                    {
                        "person": h["person"],
                        "role": h["role"],
                        "org": h.get("org", ""),
                        "org_parents": h.get("org_parents", []),
                        "status": h.get("status", "current"),
                    }
                    for h in answer["holdings"]
                ],
                "persons": answer["persons"],
                "organizations": answer["organizations"],
                "mentions": mentions,
            },
        )


def cmd_materialize(corpus: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for row, record in gold_records(corpus, HERE / "first"):
        split = row["split"]
        if split not in files:
            files[split] = open(out / f"{split}.jsonl", "w", encoding="utf-8")
        files[split].write(json.dumps(record, ensure_ascii=False) + "\n")
        counts[split] = counts.get(split, 0) + 1
    for handle in files.values():
        handle.close()
    print(", ".join(f"{split}: {n} sentences" for split, n in sorted(counts.items())), f"in {out}")
    return 0


def cmd_agree(corpus: Path) -> int:
    sys.path.insert(0, str(HERE.parents[1]))
    from kg.evaluate import TASKS, Prediction, score

    second = {record["id"]: record for _, record in gold_records(corpus, HERE / "second")}
    first = [record for _, record in gold_records(corpus, HERE / "first") if record["id"] in second]
    report = score(first, {rid: Prediction.from_record(record) for rid, record in second.items()})
    print(f"agreement over {report.records} sentences (first annotation as gold, second as prediction)")
    for task in TASKS:
        s = report[task]
        print(f"  {task:16} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check")
    check.add_argument("answers", type=Path)
    check.add_argument("batch", type=Path)
    mat = sub.add_parser("materialize")
    mat.add_argument("--out", type=Path, default=HERE.parents[1] / "out" / "annotated")
    for p in (mat, sub.add_parser("agree")):
        p.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "all.jsonl.gz")
    args = parser.parse_args()
    if args.command == "check":
        return cmd_check(args.answers, args.batch)
    if args.command == "materialize":
        return cmd_materialize(args.corpus, args.out)
    return cmd_agree(args.corpus)


if __name__ == "__main__":
    sys.exit(main())
