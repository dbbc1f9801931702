"""What the place-list scripts share: reading a file of a fetched repository snapshot and writing a YAML name list
with its provenance in the header."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def read_snapshot(repo: Path, path: str) -> tuple[str, bytes]:
    """(commit, content) of `path` at HEAD of the fetched git directory `repo`."""
    git = ["git", f"--git-dir={repo}"]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    return commit, subprocess.run(git + ["show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def read_history(repo: Path, path: str) -> list[tuple[str, bytes]]:
    """(commit, content) of every version of `path` in the fetched git directory `repo`, newest first."""
    git = ["git", f"--git-dir={repo}"]
    commits = subprocess.run(
        git + ["log", "--format=%H", "HEAD", "--", path], check=True, capture_output=True, text=True
    ).stdout.split()
    return [
        (commit, subprocess.run(git + ["show", f"{commit}:{path}"], check=True, capture_output=True).stdout)
        for commit in commits
    ]


def write_names(out: Path, header: list[str], key: str, names: set[str]) -> None:
    """`out` as a YAML list `key:` of the sorted names, under comment lines `header`."""
    lines = [f"# {line}" for line in header] + [f"{key}:"]
    lines += [f"  - {json.dumps(name, ensure_ascii=False)}" for name in sorted(names)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
