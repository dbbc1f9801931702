"""`kg stats`, the build summary and `kg export` count the same things the same way, and say which is which."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from conftest import cli_runner
from corpus_fixture import write_corpus

from kg.cli import main
from kg.store import open_store

EXAMPLE = Path(__file__).parent.parent / "examples" / "hoi-nghi-can-bo.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    location = str(tmp_path_factory.mktemp("stats") / "graph")
    corpus = write_corpus(tmp_path_factory.mktemp("corpus") / "articles.jsonl")
    out = cli_runner().invoke(main, ["build", str(EXAMPLE), str(corpus), "-s", location, "--no-progress"])
    assert out.exit_code == 0, out.output
    return location


def _rows(location: str, name: str) -> int:
    out = cli_runner().invoke(main, ["query", name, "-s", location, "-f", "csv"])
    assert out.exit_code == 0, out.output
    return len(out.stdout.splitlines()) - 1  # minus the header


def _count(location: str, sparql: str) -> int:
    out = cli_runner().invoke(main, ["query", "-e", sparql, "-s", location, "-f", "csv"])
    assert out.exit_code == 0, out.output
    return len(out.stdout.splitlines()) - 1


def _exported(location: str, fmt: str) -> tuple[int, str]:
    out = cli_runner().invoke(main, ["export", "-s", location, "-f", fmt])
    assert out.exit_code == 0, out.output
    return len([line for line in out.stdout.splitlines() if line.strip()]), out.stderr


def test_stats_agree_with_the_named_queries_and_the_exports(store):
    out = cli_runner().invoke(main, ["stats", "-s", store, "--json"])
    assert out.exit_code == 0, out.output
    stats = json.loads(out.stdout)
    assert stats["documents"] == 5
    assert stats["holdings"] == _rows(store, "holdings") > 10
    assert stats["persons_rows"] == _rows(store, "persons")
    assert stats["organizations_rows"] == _rows(store, "organizations")
    assert stats["persons"] == _count(store, "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }")
    assert stats["organizations"] == _count(store, "SELECT DISTINCT ?o WHERE { ?o a org:Organization }")
    assert stats["persons"] < stats["persons_rows"]  # the same person in several articles is one entity
    triples, said = _exported(store, "ntriples")
    assert stats["triples"] == triples and f"wrote {triples} triples (ntriples)" in said
    quads, said = _exported(store, "nquads")
    assert stats["quads"] == quads and f"wrote {quads} quads (nquads)" in said
    with open_store(store, create=False) as opened:
        assert len(opened) == quads


def test_stats_table_names_each_figure(store):
    out = cli_runner().invoke(main, ["stats", "-s", store])
    assert out.exit_code == 0
    assert "persons (entities)" in out.stdout and "rows of `kg query holdings`" in out.stdout


def test_a_rebuild_says_this_run_built_nothing_and_the_store_still_holds_everything(store):
    out = cli_runner().invoke(main, ["build", str(EXAMPLE), "-s", store, "--no-progress"])
    assert out.exit_code == 0
    run, held = out.stdout.splitlines()
    assert run.startswith("this run: 0 documents built, 1 unchanged") and "0 holdings found" in run
    stats = json.loads(cli_runner().invoke(main, ["stats", "-s", store, "--json"]).stdout)
    assert f"now holds: {stats['documents']} documents, {stats['persons']} persons" in held
    assert f"{stats['holdings']} holdings" in held


def test_export_to_a_file_says_where(store, tmp_path):
    target = tmp_path / "graph.ttl"
    out = cli_runner().invoke(main, ["export", "-s", store, "-f", "turtle", "-o", str(target)])
    assert out.exit_code == 0 and target.stat().st_size > 0
    assert f"triples (turtle) to {target}" in out.stderr and out.stdout == ""


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))
        else:
            yield prefix + (name,), command


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=" ".join)
def test_every_command_takes_quiet_and_verbose(path):
    command = dict(_commands(main))[path]
    options = {opt for param in command.params for opt in getattr(param, "opts", [])}
    assert {"-q", "--quiet", "-v", "--verbose"} <= options
    out = cli_runner().invoke(main, [*path, "--help"])
    assert "--quiet" in out.stdout and "--verbose" in out.stdout


def test_quiet_prints_results_only_and_verbose_adds_details(store, tmp_path):
    quiet = cli_runner().invoke(main, ["build", str(EXAMPLE), "-s", store, "-q"])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""
    loud = cli_runner().invoke(main, ["build", str(EXAMPLE), "-s", store, "-v", "--no-progress"])
    assert "pipeline segment,dates,extract,model,resolve,events" in loud.stderr and "kg build:" in loud.stderr
    assert "hoi-nghi-can-bo unchanged" in loud.stderr
    assert cli_runner().invoke(main, ["export", "-s", store, "-q", "-o", str(tmp_path / "x.ttl")]).stderr == ""
    rows = cli_runner().invoke(main, ["query", "holdings", "-s", store, "-q", "-f", "csv"])
    assert rows.stdout.count("\n") > 5 and rows.stderr == ""  # results are never quieted
    verbose_rows = cli_runner().invoke(main, ["query", "holdings", "-s", store, "-v", "-f", "csv"])
    assert f"{rows.stdout.count(chr(10)) - 1} rows" in verbose_rows.stderr
    both = cli_runner().invoke(main, ["stats", "-s", store, "-q", "-v"])
    assert both.exit_code == 2 and "exclude each other" in both.output


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_a_query_written_straight_by_the_engine_equals_the_rows_read_back(store, fmt):
    from kg.query import count_rows, format_result, load_query, query_text, run_query

    with open_store(store, create=False, read_only=True) as opened:
        streamed, rows = query_text(opened, load_query("holdings"), None, fmt)
        result = run_query(opened, load_query("holdings"))
    assert rows is None and streamed == format_result(result, fmt)
    assert count_rows(streamed, fmt) == len(result.rows) > 5


def test_limit_and_offset_page_through_a_query_s_rows(store):
    whole = cli_runner().invoke(main, ["query", "holdings", "-s", store, "-f", "csv"]).stdout.splitlines()
    page = cli_runner().invoke(main, ["query", "holdings", "-s", store, "-f", "csv", "--limit", "2", "--offset", "1"])
    assert page.exit_code == 0 and page.stdout.splitlines() == [whole[0], *whole[2:4]]
    bad = cli_runner().invoke(main, ["query", "holdings", "-s", store, "--limit", "-1"])
    assert bad.exit_code == 2 and "--limit" in bad.output
