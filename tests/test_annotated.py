"""The annotated corpus (data/annotated) rebuilds from the shared corpus, and extraction on its dev split does not
regress. The corpus text lives in ../shared, so these tests skip when it is absent."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest
from conftest import REPO, SHARED

CORPUS = SHARED / "corpus" / "all.jsonl.gz"
TOOL = REPO / "data" / "annotated" / "annotate.py"
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason=f"the shared corpus {CORPUS} is not present")

# `kg eval out/annotated/dev.jsonl` with the hybrid extractor of kg 0.4.0, model trained on train (4,264
# sentences), P/R/F1: persons .910/.906/.908, person-role 1.000/.877/.935, person-role-org .960/.842/.897,
# organizations .816/.845/.830. Pinned a little under, so a change that makes extraction on general news worse
# fails here (the fresh test split, test2, is scored once per release by hand, never here: see data/annotated).
DEV_FLOORS = {"persons": 0.93, "person-role": 0.92, "person-role-org": 0.90, "organizations": 0.88}


@pytest.fixture(scope="module")
def materialized(tmp_path_factory):
    out = tmp_path_factory.mktemp("annotated")
    done = subprocess.run(
        [sys.executable, str(TOOL), "materialize", "--corpus", str(CORPUS), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return {
        split: [json.loads(line) for line in (out / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
        for split in ("train", "dev", "test")
    }


@needs_corpus
def test_the_corpus_rebuilds_whole_with_offsets_that_point_at_the_mentions(materialized):
    records = [r for split in materialized.values() for r in split]
    uniform = [r for r in records if r["id"].startswith("ann-")]
    extra = [r for r in records if r["id"].startswith("ext-")]
    assert len(uniform) == 2172 and len({r["article"] for r in uniform}) == 440
    assert len(extra) == 1476 and all(r["split"] == "train" for r in extra)  # the training-only second sample
    articles = {split: {r["article"] for r in rows} for split, rows in materialized.items()}
    assert not (
        articles["train"] & articles["dev"]
        or articles["train"] & articles["test"]
        or articles["dev"] & articles["test"]
    ), "an article in two splits"
    for record in records:
        for mention in record["mentions"]:
            assert record["text"][mention["start"] : mention["end"]] == mention["text"], record["id"]
        kinds = Counter(m["type"] for m in record["mentions"])
        assert kinds["PER"] >= len(record["persons"]), record["id"]
        # as written, or written without a short name in parentheses inside it
        without_short_names = re.sub(
            r"\s*\(([^()]{1,15})\)(?=\s+\S)",
            lambda m: m.group(0) if any(c.islower() for c in m.group(1)) else "",
            record["text"],
        ).lower()
        assert all(
            org.lower() in record["text"].lower() or org.lower() in without_short_names
            for org in record["organizations"]
        ), record["id"]
    # a title fused with its unit ("Trưởng Ban Kinh tế Trung ương") lists the unit with its head noun, as the holding
    # gives it and the shared dev gold lists it, never the unit's words alone
    fused = [
        (record, h["org"])
        for record in records
        for h in record["holdings"]
        if h["org"].split()[:1]
        and h["org"].split()[0].lower() in ("ban", "phòng", "khoa")
        and any(m["type"] == "ORG" and m["text"] == h["org"].split(" ", 1)[-1] for m in record["mentions"])
    ]
    assert len(fused) > 20
    for record, org in fused:
        assert org in record["organizations"] and org.split(" ", 1)[1] not in record["organizations"], record["id"]
    # a body's term is no part of its name ("Quốc hội khóa XIV" lists "Quốc hội"), as the shared dev gold writes it
    termed = [r for r in records if "Quốc hội khóa XIV" in r["text"] and "Quốc hội" in r["organizations"]]
    assert len(termed) >= 8
    names = [o for r in records for o in r["organizations"] + [h["org"] for h in r["holdings"]]]
    assert not [o for o in names if o.lower().rsplit(" ", 2)[-2:-1] in (["khóa"], ["khoá"])]
    # nor a short name in parentheses inside it ("Câu lạc bộ (CLB) Bóng đá Hà Nội" lists the name without it)
    short = [r for r in records if "Câu lạc bộ (CLB) Bóng đá Hà Nội" in r["text"]]
    assert short and all("Câu lạc bộ Bóng đá Hà Nội" in r["organizations"] for r in short)
    assert not [o for o in names if re.search(r"\([A-ZĐ&-]{2,}\) \S", o)]


@needs_corpus
def test_extraction_on_the_annotated_dev_split_does_not_regress(materialized, tmp_path):
    from kg.evaluate import evaluate_file

    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in materialized["dev"]), encoding="utf-8")
    report = evaluate_file(path)
    for task, floor in DEV_FLOORS.items():
        assert report[task].f1 >= floor, f"annotated dev {task}: F1 {report[task].f1:.3f} < {floor}"
