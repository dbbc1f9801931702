"""Times `kg build` on a corpus, for one or more git revisions of kg, one after the other on the same machine.

    python bench/build_time.py ../shared/corpus/politics-2000.jsonl.gz            # the working tree
    python bench/build_time.py ../shared/corpus/politics-2000.jsonl.gz 3416d7f HEAD  # two revisions

Each revision is checked out into a temporary git worktree and run with the current Python environment
(so dependencies must be installed); prints one line per revision: seconds, documents/s, peak RSS, summary.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(corpus: str, source: Path) -> dict:
    with tempfile.TemporaryDirectory() as store:
        env = dict(os.environ, PYTHONPATH=str(source))
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", corpus, "-s", str(Path(store) / "g"), "--json", "--no-progress"],
            env=env,
            capture_output=True,
            text=True,
            cwd=source,
        )
        seconds = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise SystemExit(f"build failed in {source}:\n{done.stderr}")
        summary = json.loads(done.stdout.strip().splitlines()[-1])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "wall_seconds": round(seconds, 1),
        "docs_per_s": round(summary["documents"] / seconds, 2),
        "peak_rss_mb_max_so_far": round(peak_mb),
        **summary,
    }


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    corpus, revisions = str(Path(sys.argv[1]).resolve()), sys.argv[2:]
    if not revisions:
        print("working-tree", json.dumps(run(corpus, REPO)))
        return
    for revision in revisions:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), revision],
                check=True,
                capture_output=True,
            )
            try:
                print(revision, json.dumps(run(corpus, tree)), flush=True)
            finally:
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], capture_output=True
                )


if __name__ == "__main__":
    main()
