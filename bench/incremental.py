"""Incremental builds on a corpus: first half then all equals all at once; a second run redoes nothing.

    python bench/incremental.py ../shared/corpus/politics-2000.jsonl.gz

Builds (1) the first half, then the whole corpus, into one store and (2) the whole corpus at once into another,
compares the two stores quad by quad (no blank nodes are written, so equal sets mean isomorphic graphs), then
builds the whole corpus again into (2) and reports the times.
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.pipeline import build  # noqa: E402
from kg.store import open_store  # noqa: E402


def timed(inputs: list[str], store) -> tuple[float, dict]:
    started = time.perf_counter()
    summary = build(inputs, store)
    return round(time.perf_counter() - started, 1), summary.as_dict()


def main() -> None:
    corpus = sys.argv[1]
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        lines = handle.readlines()
    with tempfile.TemporaryDirectory() as tmp:
        half = Path(tmp) / "half.jsonl"
        half.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
        stepwise, at_once = open_store(Path(tmp) / "stepwise"), open_store(Path(tmp) / "at-once")
        report = {
            "first_half": timed([str(half)], stepwise),
            "then_all": timed([corpus], stepwise),
            "all_at_once": timed([corpus], at_once),
        }
        same = set(map(str, stepwise.quads())) == set(map(str, at_once.quads()))
        report["second_run_of_all"] = timed([corpus], at_once)
        report["stepwise_equals_at_once"] = same
        report["second_run_fraction_of_first"] = round(report["second_run_of_all"][0] / report["all_at_once"][0], 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
