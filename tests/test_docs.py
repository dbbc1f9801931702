"""The API reference in docs/api is what `make docs` generates from the current docstrings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_the_committed_api_reference_is_current(tmp_path):
    pytest.importorskip("pdoc", reason="pdoc is not installed (vnkg[test])")
    modules = re.search(r"^API_MODULES := (.+)$", (REPO / "Makefile").read_text(), re.M).group(1).split()
    done = subprocess.run(
        [sys.executable, "-m", "pdoc", "--no-show-source", "--no-search", "-o", str(tmp_path / "api"), *modules],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    generated = {p.relative_to(tmp_path / "api"): p.read_bytes() for p in (tmp_path / "api").rglob("*.html")}
    committed = {p.relative_to(REPO / "docs" / "api"): p.read_bytes() for p in (REPO / "docs" / "api").rglob("*.html")}
    assert sorted(generated) == sorted(committed), "run `make docs`"
    stale = sorted(str(name) for name in generated if generated[name] != committed[name])
    assert stale == [], "stale pages: run `make docs`"
    assert b'id="build"' in generated[Path("kg.html")]
