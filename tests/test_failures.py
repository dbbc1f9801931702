"""An unexpected error in any stage costs one document, reported on one line; nothing before or after it is lost.

A stage that fails on one marked article is injected into the middle of a batch (as a pipeline component, so that
worker processes and Dask workers load it too); the ingest stage is broken the way a missing HTML dependency
breaks it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import cli_runner
from corpus_fixture import write_corpus
from failing_component import MARKER

from kg.cli import main

FAILING = "segment,extract,failing_component:fail_on_marker,resolve"
TESTS = str(Path(__file__).parent)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Twelve articles and a marked one among them (the sixth line)."""
    path = write_corpus(tmp_path_factory.mktemp("failures") / "articles.jsonl", copies=3)
    lines = path.read_text(encoding="utf-8").splitlines()
    marked = {"id": "hong", "text": f"Bí thư Tỉnh ủy Bình Sơn Nguyễn Văn Toàn phát biểu. {MARKER}"}
    lines.insert(5, json.dumps(marked, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _holdings(location: str) -> list[str]:
    out = cli_runner().invoke(main, ["query", "holdings", "-s", location, "-f", "csv"])
    assert out.exit_code == 0, out.output
    return out.stdout.splitlines()


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> list[str]:
    """What the default pipeline gives for every document but the marked one."""
    location = str(tmp_path_factory.mktemp("reference") / "store")
    assert cli_runner().invoke(main, ["build", str(corpus), "-s", location, "--no-progress"]).exit_code == 0
    rows = [row for row in _holdings(location) if not row.startswith("hong,")]
    assert len(rows) > 20
    return rows


def _check_one_line_and_nothing_lost(out, location: str, reference: list[str]) -> None:
    assert out.exit_code == 1, out.output
    errors = [line for line in out.stderr.splitlines() if line.startswith("kg: ")]
    assert len(errors) == 1, out.stderr
    line = errors[0]
    assert "articles.jsonl:6" in line and "document hong" in line, line
    assert "unexpected RuntimeError in stage 'failing_component:fail_on_marker': injected failure" in line
    assert "--debug" in line and "Traceback" not in out.stderr
    assert _holdings(location) == reference  # the twelve others, whole; the marked one absent
    summary = out.stdout
    assert "12 documents built" in summary and "1 skipped" in summary, summary


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_stage_costs_one_document_in_process_and_in_workers(corpus, reference, tmp_path, jobs, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([TESTS, os.environ.get("PYTHONPATH", "")]))
    location = str(tmp_path / "store")
    out = cli_runner().invoke(
        main,
        ["build", str(corpus), "-s", location, "--pipeline", FAILING, "-j", jobs, "--batch-size", "4", "--no-progress"],
    )
    _check_one_line_and_nothing_lost(out, location, reference)


def test_a_failing_stage_costs_one_document_on_dask(corpus, reference, tmp_path, monkeypatch):
    distributed = pytest.importorskip(
        "distributed", reason="Dask distributed is not installed (pip install vnkg[dask])"
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([TESTS, os.environ.get("PYTHONPATH", "")]))
    location = str(tmp_path / "store")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = cli_runner().invoke(
            main,
            [
                "build",
                str(corpus),
                "-s",
                location,
                "--pipeline",
                FAILING,
                "--scheduler",
                cluster.scheduler_address,
                "--batch-size",
                "4",
                "--no-progress",
            ],
        )
    _check_one_line_and_nothing_lost(out, location, reference)


def test_debug_shows_where_the_stage_failed(corpus, tmp_path):
    out = cli_runner().invoke(
        main, ["build", str(corpus), "-s", "memory", "--pipeline", FAILING, "--debug", "--no-progress"]
    )
    assert out.exit_code == 1
    assert (
        "Traceback" in out.stderr
        and "fail_on_marker" in out.stderr
        and 'raise RuntimeError("injected failure")' in out.stderr
    )


def test_a_broken_html_dependency_costs_the_html_inputs_only(tmp_path, monkeypatch):
    """The failure issue 17 reports: trafilatura's import failing (lxml.html.clean split off) ended the build."""
    import kg.ingest.sources

    def broken(html):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(kg.ingest.sources, "extract_article", broken)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Chủ tịch UBND tỉnh Bình Sơn Nguyễn Văn Toàn dự họp.", encoding="utf-8")
    (folder / "b.html").write_text(
        "<html><body><p>Giám đốc Sở Y tế Lê Văn An phát biểu.</p></body></html>", encoding="utf-8"
    )
    records = [
        {"id": "c", "text": "<div><p>Bộ trưởng Bộ Tài chính Hồ Đức Phớc phát biểu.</p></div>"},
        {"id": "d", "text": "Bí thư Tỉnh ủy Bình Sơn Phạm Văn Long phát biểu."},
    ]
    (folder / "e.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    out = cli_runner().invoke(main, ["build", str(folder), "-s", str(tmp_path / "store"), "--no-progress"])
    assert out.exit_code == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("kg: ")]
    assert len(errors) == 2, out.stderr
    assert all("unexpected ImportError in stage 'ingest'" in line and "lxml_html_clean" in line for line in errors)
    assert errors[0].startswith(f"kg: skipped {folder / 'b.html'}:") and f"{folder / 'e.jsonl'}:1" in errors[1]
    assert "2 documents built" in out.stdout and "2 skipped" in out.stdout
    names = {row.split(",")[1] for row in _holdings(str(tmp_path / "store"))[1:]}
    assert names == {"Nguyễn Văn Toàn", "Phạm Văn Long"}
