"""Peak memory of a whole-corpus build: `kg build` of every article of a corpus into a fresh on-disk store.

    python bench/peak_memory.py ../shared/corpus/all.jsonl.gz --jobs 2 --out bench/peak-memory-all.json

The goal (issue 5) is a peak under 2 GB for the 35,440 articles of all.jsonl.gz: documents stream through
the pipeline and are written in batches, so memory should not grow with the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run_measured  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--store", help="store directory to build into (default: a temporary one, deleted after)")
    parser.add_argument("--out", help="write the figures as JSON here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or str(Path(tmp) / "store")
        measured = run_measured(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                args.corpus,
                "-s",
                store,
                "-j",
                str(args.jobs),
                "--json",
                "--no-progress",
            ]
        )
    if measured.returncode not in (0, 1):
        raise SystemExit(f"build failed:\n{measured.stderr[-2000:]}")
    summary = json.loads(measured.stdout.strip().splitlines()[-1])
    figures = {
        "corpus": args.corpus,
        "jobs": args.jobs,
        "wall_seconds": round(measured.seconds, 1),
        "peak_tree_rss_mb": round(measured.peak_mb),
        "docs_per_s": round(summary["documents"] / measured.seconds, 2),
        "summary": summary,
    }
    print(json.dumps(figures, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
