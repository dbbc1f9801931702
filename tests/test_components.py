"""A component from another package joins the pipeline through the `kg.components` entry-point group."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest

ARTICLE = "Sáng nay, Bí thư Tỉnh ủy Lê Văn Hùng chủ trì hội nghị. Giám đốc Sở Y tế Trần Thị Mai báo cáo."

# What a user writes: a privacy filter that leaves people on a list out of the graph, with the posts they hold.
COMPONENT = '''
"""Leaves out of the graph the people who asked for it."""

from kg.document import Document

LEFT_OUT = {"Trần Thị Mai"}


def leave_out(doc: Document) -> Document:
    doc.persons = [p for p in doc.persons if p.name not in LEFT_OUT]
    doc.holdings = [h for h in doc.holdings if h.person.name not in LEFT_OUT]
    return doc
'''


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The component as an installed distribution: its module and a .dist-info with the entry point."""
    site = tmp_path_factory.mktemp("site")
    (site / "privacy_filter.py").write_text(COMPONENT, encoding="utf-8")
    info = site / "privacy_filter-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: privacy-filter\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[kg.components]\nprivacy = privacy_filter:leave_out\n", encoding="utf-8")
    article = site / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return site


def _persons(site, tmp_path, *options: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
    store = str(tmp_path / "graph")
    kg = [sys.executable, "-m", "kg.cli"]
    built = subprocess.run(
        [*kg, "build", str(site / "article.txt"), "-s", store, "--no-progress", *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    rows = subprocess.run(
        [*kg, "query", "persons", "-s", store, "--format", "csv"], capture_output=True, text=True, env=env, timeout=120
    )
    assert rows.returncode == 0, rows.stderr
    return {row["person"] for row in csv.DictReader(io.StringIO(rows.stdout))}


def test_without_the_component_both_people_are_found(installed, tmp_path):
    assert {"Lê Văn Hùng", "Trần Thị Mai"} <= _persons(installed, tmp_path)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_installed_component_runs_in_a_pipeline_list(installed, tmp_path, jobs):
    found = _persons(installed, tmp_path, "--pipeline", "segment,extract,model,privacy,resolve", "-j", jobs)
    assert "Lê Văn Hùng" in found and "Trần Thị Mai" not in found


def test_an_unknown_component_is_one_clear_error(installed, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(installed))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(installed / "article.txt"),
            "-s",
            "memory",
            "--pipeline",
            "segment,extract,privcy,resolve",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode != 0
    assert "privcy" in done.stderr and "Traceback" not in done.stderr
