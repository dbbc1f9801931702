"""The command line, driven in-process with click's CliRunner."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import EXAMPLE_ARTICLE, SEED_GOLD, cli_runner, needs_shared, not_utf8
from rdflib import Dataset, Graph

from kg.cli import main

ARTICLE = "Sáng nay, Bí thư Tỉnh ủy Lê Văn Hùng chủ trì hội nghị. Giám đốc Sở Y tế Trần Thị Mai báo cáo."


@pytest.fixture()
def built(tmp_path, runner):
    store = tmp_path / "graph"
    result = runner.invoke(main, ["build", str(EXAMPLE_ARTICLE), "-s", str(store), "--no-progress"])
    assert result.exit_code == 0, result.output
    return store


def _commands(group, path=()):
    """Every command of the CLI, with the subcommands of its groups ("reference convert")."""
    yield list(path)
    for name, command in sorted(getattr(group, "commands", {}).items()):
        yield from _commands(command, (*path, name))


@pytest.mark.parametrize("command", list(_commands(main)), ids=lambda c: " ".join(c) or "kg")
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, command + ["--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output) > 200


def test_build_prints_a_summary(runner, tmp_path):
    result = runner.invoke(main, ["build", str(EXAMPLE_ARTICLE), "-s", str(tmp_path / "g"), "--json"])
    summary = json.loads(result.output)
    assert summary["documents"] == 1 and summary["store"]["persons"] >= 7 and summary["holdings"] >= 8
    assert summary["store"]["quads"] > 100


def test_bad_inputs_are_reported_and_the_rest_is_built(runner, tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "legacy.txt").write_bytes(not_utf8("Bí thư Tỉnh ủy Lê Văn Hùng chủ trì hội nghị tại Đà Nẵng"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": ARTICLE}, ensure_ascii=False),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "text": "Chủ tịch UBND tỉnh Phạm Văn Nam dự họp."}, ensure_ascii=False),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "graph"
    result = runner.invoke(
        main,
        [
            "build",
            str(tmp_path / "good.txt"),
            str(tmp_path / "binary.txt"),
            str(tmp_path / "legacy.txt"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "batch.jsonl"),
            "-s",
            str(store),
            "--json",
        ],
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 4
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("legacy.txt" in e and "UTF-8" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("batch.jsonl:2" in e and "JSON" in e for e in errors)
    assert json.loads(result.stdout)["documents"] == 3
    persons = runner.invoke(main, ["query", "persons", "-s", str(store), "-f", "csv"]).output
    assert "Lê Văn Hùng" in persons and "Phạm Văn Nam" in persons


def test_stdin_input(runner, tmp_path):
    result = runner.invoke(main, ["build", "-", "-s", str(tmp_path / "g")], input=ARTICLE)
    assert result.exit_code == 0
    out = runner.invoke(main, ["query", "persons", "-s", str(tmp_path / "g"), "-f", "csv"]).output
    assert "stdin,Lê Văn Hùng" in out


def test_jsonl_gz_input(runner, tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": ARTICLE}, ensure_ascii=False) + "\n")
    assert runner.invoke(main, ["build", str(path), "-s", str(tmp_path / "g")]).exit_code == 0


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(runner, built, fmt):
    result = runner.invoke(main, ["query", "holdings", "-s", str(built), "--format", fmt])
    assert result.exit_code == 0
    if fmt == "json":
        data = json.loads(result.output)
        assert data["head"]["vars"] == ["doc", "person", "role", "org", "org_label"]
        assert data["results"]["bindings"]
    else:
        assert "Hoàng Quốc Bảo" in result.output


def test_query_file_and_expression(runner, built, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?p a foaf:Person }", encoding="utf-8")
    assert runner.invoke(main, ["query", str(rq), "-s", str(built), "-f", "csv"]).output.splitlines()[1] != "0"
    result = runner.invoke(main, ["query", "-e", "ASK { ?p a foaf:Person }", "-s", str(built), "-f", "json"])
    assert json.loads(result.output)["boolean"] is True


def test_people_of_org_takes_the_org_as_a_parameter(runner, built):
    result = runner.invoke(
        main, ["query", "people-of-org", "-s", str(built), "-f", "csv", "--param", "org=Ban Tổ chức Trung ương"]
    )
    assert result.exit_code == 0
    assert "Hoàng Quốc Bảo" in result.output and "Võ Thị Mai" not in result.output


@pytest.mark.parametrize("value", ['x"} DROP ALL #', "a\nb", '""" ; DROP ALL', "} UNION { ?s ?p ?o }", "<>"])
def test_parameters_cannot_inject_sparql(runner, built, value):
    result = runner.invoke(main, ["query", "people-of-org", "-s", str(built), "-f", "csv", "--param", f"org={value}"])
    assert result.exit_code in (0, 1)
    assert len(result.output.strip().splitlines()) <= 1  # header only, no rows
    count = runner.invoke(
        main, ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-s", str(built), "-f", "csv"]
    )
    assert int(count.output.splitlines()[1]) > 100


def test_query_errors_are_one_line(runner, built):
    unknown = runner.invoke(main, ["query", "no-such-query", "-s", str(built)])
    assert unknown.exit_code == 1 and "unknown query" in unknown.stderr
    missing = runner.invoke(main, ["query", "people-of-org", "-s", str(built)])
    assert missing.exit_code == 1 and "--param org" in missing.stderr
    syntax = runner.invoke(main, ["query", "-e", "SELECT WHERE {", "-s", str(built)])
    assert syntax.exit_code == 1 and "syntax" in syntax.stderr.lower()
    # a whole query pasted where a name goes (longer than a file name may be): one line that points to -e
    pasted = "SELECT ?s WHERE { ?s ?p ?o FILTER(?o IN (" + ", ".join(f'"{n}"' for n in range(60)) + ")) }"
    wrong = runner.invoke(main, ["query", pasted, "-s", str(built)])
    assert wrong.exit_code == 1 and "-e" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "fmt,parser",
    [
        ("turtle", "turtle"),
        ("ntriples", "nt"),
        ("xml", "xml"),
        ("nquads", "nquads"),
        ("trig", "trig"),
        ("jsonld", "json-ld"),
    ],
)
def test_export_formats_parse(runner, built, tmp_path, fmt, parser):
    out = tmp_path / f"kg.{fmt}"
    assert runner.invoke(main, ["export", "-s", str(built), "-f", fmt, "-o", str(out)]).exit_code == 0
    graph = Dataset() if fmt in ("nquads", "trig", "jsonld") else Graph()
    graph.parse(str(out), format=parser)
    assert len(list(graph.quads())) if isinstance(graph, Dataset) else len(graph) > 100


@needs_shared
def test_eval_json(runner):
    result = runner.invoke(main, ["eval", str(SEED_GOLD), "--json"])
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert scores["persons"]["f1"] == 1.0 and scores["person-role-org"]["f1"] == 1.0


@needs_shared
def test_eval_errors_lists_items(runner):
    result = runner.invoke(main, ["eval", str(SEED_GOLD), "--errors"])
    assert result.exit_code == 0 and "organizations" in result.output


def test_build_min_confidence(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Bí thư Tỉnh ủy Lê Văn Hùng gặp Tổng thống Mỹ Joe Biden.", encoding="utf-8")
    strict = runner.invoke(
        main, ["build", str(tmp_path / "a.txt"), "-s", str(tmp_path / "g1"), "--json", "--min-confidence", "0.8"]
    )
    loose = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-s", str(tmp_path / "g2"), "--json"])
    assert json.loads(strict.output)["holdings"] == 1
    assert json.loads(loose.output)["holdings"] == 2


def test_remove_documents(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Bí thư Tỉnh ủy Lê Văn Hùng phát biểu.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Chủ tịch UBND tỉnh Phạm Văn Nam dự họp.", encoding="utf-8")
    store = str(tmp_path / "g")
    runner.invoke(main, ["build", str(tmp_path / "in"), "-s", store])
    result = runner.invoke(main, ["remove", "a", "nope", "-s", store])
    assert result.exit_code == 1 and "nope" in result.stderr
    persons = runner.invoke(main, ["query", "persons", "-s", store, "-f", "csv"]).output
    assert "Lê Văn Hùng" not in persons and "Phạm Văn Nam" in persons


@pytest.mark.parametrize(
    "command", [["query", "holdings"], ["export"], ["remove", "some-doc"], ["link", "--reference", "x.ttl"]]
)
def test_commands_that_read_a_store_refuse_a_path_with_no_store(tmp_path, command):
    typo = tmp_path / "grpah"
    result = cli_runner().invoke(main, [*command, "-s", str(typo)])
    assert result.exit_code != 0
    assert "no such store" in result.output + result.stderr or "does not exist" in result.output + result.stderr
    assert not typo.exists()  # nothing created by a typo


def _quads(store_path) -> set:
    import pyoxigraph as ox

    from kg.store import open_store

    with open_store(str(store_path), create=False, read_only=True) as store:
        return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.quads() if isinstance(q, ox.Quad)}


@pytest.mark.parametrize("fmt, name", [("nquads", "dump.nq"), ("trig", "dump.trig"), ("nquads", "dump.nq.gz")])
def test_load_restores_an_export_into_a_new_store_quad_for_quad(runner, built, tmp_path, monkeypatch, fmt, name):
    import gzip

    import kg.store.dump

    monkeypatch.setattr(kg.store.dump, "BLOCK_BYTES", 4096)  # several blocks, loaded by several threads
    dump = tmp_path / name
    plain = tmp_path / ("plain." + ("trig" if fmt == "trig" else "nq"))
    assert runner.invoke(main, ["export", "-s", str(built), "-f", fmt, "-o", str(plain)]).exit_code == 0
    if name.endswith(".gz"):
        dump.write_bytes(gzip.compress(plain.read_bytes()))
    else:
        dump = plain
    result = runner.invoke(main, ["load", str(dump), "-s", str(tmp_path / "restored"), "-j", "2"])
    assert result.exit_code == 0, result.output
    original = _quads(built)
    assert f"loaded {len(original):,} quads" in result.output
    assert _quads(tmp_path / "restored") == original
    answer = runner.invoke(main, ["query", "persons", "-s", str(tmp_path / "restored"), "-f", "csv"])
    assert (
        answer.exit_code == 0
        and answer.output == runner.invoke(main, ["query", "persons", "-s", str(built), "-f", "csv"]).output
    )


def test_load_refuses_a_store_that_holds_something_and_names_a_bad_file(runner, built, tmp_path):
    dump = tmp_path / "dump.nq"
    assert runner.invoke(main, ["export", "-s", str(built), "-f", "nquads", "-o", str(dump)]).exit_code == 0
    before = _quads(built)
    result = runner.invoke(main, ["load", str(dump), "-s", str(built)])
    assert result.exit_code != 0 and "not empty" in result.output
    assert _quads(built) == before  # nothing already stored is touched
    turtle = tmp_path / "dump.ttl"
    result = runner.invoke(main, ["load", str(turtle), "-s", str(tmp_path / "new")])
    assert result.exit_code != 0 and "dump.ttl" in result.output and "N-Quads" in result.output
    broken = tmp_path / "broken.nq"
    broken.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    result = runner.invoke(main, ["load", str(broken), "-s", str(tmp_path / "new2")])
    assert result.exit_code != 0 and "broken.nq: cannot load it" in result.output
