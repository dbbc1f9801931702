"""SPARQL injection: every user value that reaches SPARQL is data, never query text.

Injection strings go through every option that takes a value reaching SPARQL: `kg query -p NAME=VALUE` (inline
and named queries, plain values and <IRI> values, parameter names), `kg remove DOC_ID`, and the values that
`kg build` writes (document ids, titles, places ...), on the embedded store and on a real `oxigraph serve`. After
each, the store is unchanged (same quads) and the value came back exactly, or was refused with one clear line.
`kg serve` is tested over HTTP for what tests/test_serve.py does not cover: the CLI's default address, updates
sent any other way, the time limit, the size limit on CONSTRUCT, and HTML escaping on the query page.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from conftest import cli_runner, serving
from test_remote import server  # noqa: F401  (fixture: a real `oxigraph serve` on 127.0.0.1, skips when absent)

from kg.cli import main
from kg.serve import ServeSettings
from kg.store import open_store

INJECTIONS = [
    '"',
    "'",
    "}",
    "#",
    "\n",
    '"}',
    '""" ; DROP ALL',
    "> } ; DROP ALL #",
    '"} ; DROP ALL ; #',
    "x\n} DROP ALL {",
    "Ban'}",
    "\\",
    '\\"',
    "?s ?p ?o",
    " } } ; CLEAR ALL ; SELECT * { ",
    "' ; DELETE WHERE { ?s ?p ?o } #",
    "'''",
    "\r\n} INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
    "$x",
    "%7D%20DROP%20ALL",
    "\u2028}",
]
ARTICLE = "Ông Nguyễn Văn Phong, Phó Bí thư Thành ủy Hà Nội, phát biểu tại hội nghị.\n"
ARTICLE_2 = "Bà Lê Thị Thủy được bầu giữ chức Phó Chủ tịch HĐND tỉnh Bà Rịa - Vũng Tàu.\n"


def _jsonl(tmp_path, records) -> str:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _snapshot(location: str) -> set[str]:
    with open_store(location) as store:
        return {str(q) for q in store.quads()}


def _build(tmp_path) -> str:
    location = str(tmp_path / "graph")
    corpus = _jsonl(tmp_path, [{"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE_2}])
    result = cli_runner().invoke(main, ["build", corpus, "-s", location, "--no-progress"])
    assert result.exit_code == 0, result.stderr
    return location


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store with two ordinary articles, shared by the tests that must leave it unchanged (each one checks)."""
    return _build(tmp_path_factory.mktemp("injection"))


def _bound(runner, location: str, query: list[str], value: str):
    result = runner.invoke(main, ["query", *query, "-p", f"v={value}", "-s", location, "-f", "json"])
    return result, (json.loads(result.stdout) if result.exit_code == 0 else None)


# ---------------------------------------------------------------------------------------------- kg query -p


def test_inline_query_parameter_comes_back_as_the_same_string(built, runner):
    before = _snapshot(built)
    for value in INJECTIONS:
        result, data = _bound(runner, built, ["-e", "SELECT ?v ?n WHERE { BIND(STRLEN(?v) AS ?n) }"], value)
        assert result.exit_code == 0, (value, result.stderr)
        [row] = data["results"]["bindings"]
        assert row["v"]["value"] == value and int(row["n"]["value"]) == len(value)
    assert _snapshot(built) == before


def test_parameter_values_match_only_as_whole_strings(runner, tmp_path):
    """A label that *is* an injection string is found by exactly that string, and by nothing else."""
    built = _build(tmp_path)
    with open_store(built) as store:
        for value in INJECTIONS:
            store.update(
                f"INSERT DATA {{ GRAPH <urn:x-test:g> {{ <urn:x-test:n> <urn:x-test:label> {ox.Literal(value)} }} }}"
            )
    before = _snapshot(built)
    query = "SELECT ?v ?n WHERE { ?n <urn:x-test:label> ?v }"
    for value in INJECTIONS:
        result, data = _bound(runner, built, ["-e", query], value)
        assert result.exit_code == 0, result.stderr
        assert [b["v"]["value"] for b in data["results"]["bindings"]] == [value]
    assert _snapshot(built) == before


def test_named_query_parameter_is_data(built, runner):
    before = _snapshot(built)
    for value in INJECTIONS:
        result = runner.invoke(main, ["query", "people-of-org", "-p", f"org={value}", "-s", built, "-f", "csv"])
        assert result.exit_code == 0, (value, result.stderr)
        assert result.stdout.strip() == "person,role,unit,doc,org"  # no rows, no error
    assert _snapshot(built) == before


def test_named_query_still_answers_with_a_real_value(built, runner):
    result = runner.invoke(main, ["query", "people-of-org", "-p", "org=Thành ủy Hà Nội", "-s", built, "-f", "csv"])
    assert result.exit_code == 0 and "Nguyễn Văn Phong" in result.stdout


@pytest.mark.parametrize("value", ["<> } ; DROP ALL #>", "<urn:x> } ; DROP ALL ; #>", "<a b>", '<urn:x"}>', "<\n>"])
def test_iri_parameters_that_are_not_iris_are_refused(built, runner, value):
    before = _snapshot(built)
    result, _ = _bound(runner, built, ["-e", "SELECT ?v WHERE { }"], value)
    assert result.exit_code == 1
    assert "invalid IRI" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _snapshot(built) == before


def test_iri_parameter_is_bound_as_an_iri(built, runner):
    result, data = _bound(runner, built, ["-e", "SELECT ?v WHERE { }"], "<urn:x-test:a%7D>")
    assert data["results"]["bindings"] == [{"v": {"type": "uri", "value": "urn:x-test:a%7D"}}]


@pytest.mark.parametrize("name", ["v } DROP ALL {", "v.x", "?v", "v#", "1v", "v\nw"])
def test_parameter_names_that_are_not_variables_are_refused(built, runner, name):
    before = _snapshot(built)
    result = runner.invoke(main, ["query", "-e", "SELECT ?v WHERE { }", "-p", f"{name}=1", "-s", built])
    assert result.exit_code == 1 and "invalid parameter name" in result.stderr
    assert _snapshot(built) == before


def test_a_query_name_is_never_query_text(built, runner):
    result = runner.invoke(main, ["query", "persons } ; DROP ALL #", "-s", built])
    assert result.exit_code == 1 and "unknown query" in result.stderr


# ---------------------------------------------------------------------------------------------- kg remove


def test_remove_with_injection_ids_removes_nothing(runner, tmp_path):
    built = _build(tmp_path)
    before = _snapshot(built)
    result = runner.invoke(main, ["remove", *INJECTIONS, "-s", built])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == len(INJECTIONS)  # one line per id, even "\n"
    assert result.stdout.startswith("0 documents removed")
    assert _snapshot(built) == before


def _hostile_records():
    ids = [value for value in INJECTIONS if value.strip()]
    records = [
        {"id": doc_id, "text": ARTICLE, "title": doc_id, "place": doc_id, "source": doc_id, "date": doc_id}
        for doc_id in ids
    ]
    return ids, records + [{"id": "ordinary", "text": ARTICLE_2}]


def _ids(location: str) -> set[str]:
    with open_store(location) as store:
        return {r["id"].value for r in store.query("SELECT ?id WHERE { ?d dcterms:identifier ?id }")}


def _build_remove_hostile_ids(runner, tmp_path, location: str) -> None:
    ids, records = _hostile_records()
    result = runner.invoke(main, ["build", _jsonl(tmp_path, records), "-s", location, "--no-progress"])
    assert result.exit_code == 0, result.stderr
    assert _ids(location) == set(ids) | {"ordinary"}  # every id stored exactly as given
    with open_store(location) as store:
        titles = {r["t"].value for r in store.query("SELECT ?t WHERE { ?d dcterms:title ?t }")}
    assert {t.strip() for t in titles} >= {i.strip() for i in ids if i.strip() != "\u2028}"}
    victim = "> } ; DROP ALL #"
    result = runner.invoke(main, ["remove", victim, "-s", location])
    assert result.exit_code == 0, result.stderr
    assert _ids(location) == (set(ids) - {victim}) | {"ordinary"}


def test_build_and_remove_documents_whose_ids_are_injection_strings(tmp_path, runner):
    _build_remove_hostile_ids(runner, tmp_path, str(tmp_path / "graph"))


def test_injection_ids_on_a_remote_store(tmp_path, runner, server):  # noqa: F811
    """Same on a real `oxigraph serve`, where writes and removals are SPARQL Update text sent over HTTP."""
    _build_remove_hostile_ids(runner, tmp_path, server)


# ---------------------------------------------------------------------------------------------- kg serve


@pytest.fixture()
def endpoint(request, tmp_path):
    settings = getattr(request, "param", ServeSettings())
    location = str(tmp_path / "<script>alert(1)</script>")
    store = open_store(location)
    store.update(
        "INSERT DATA { GRAPH <urn:x-test:g> { "
        + " ".join(f"<urn:x-test:s{i}> <urn:x-test:p> {i} ." for i in range(300))
        + " } }"
    )
    with serving(store, settings) as url:
        yield url, store
    store.close()


def fetch(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_serve_command_binds_loopback_and_is_read_only_by_default():
    ctx = main.commands["serve"].make_context("serve", ["-s", "memory"])
    assert ctx.params["host"] == "127.0.0.1" and ctx.params["writable"] is False


def test_updates_are_refused_however_they_are_sent(endpoint):
    url, store = endpoint
    before = len(store)
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    attempts = [
        fetch(f"{url}/update", form, {"Content-Type": "application/x-www-form-urlencoded"}),
        fetch(f"{url}/update?" + urllib.parse.urlencode({"update": "DROP ALL"})),
        fetch(f"{url}/query", b"DROP ALL", {"Content-Type": "application/sparql-query"}),
        fetch(f"{url}/query?" + urllib.parse.urlencode({"query": "CLEAR ALL"})),
        fetch(
            f"{url}/query",
            urllib.parse.urlencode({"query": "SELECT * {} ; DROP ALL"}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        ),
        fetch(f"{url}/query", b"DELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-update"}),
    ]
    assert [status for status, _ in attempts] == [403, 405, 400, 400, 400, 400]
    assert len(store) == before == 300


@pytest.mark.parametrize("endpoint", [ServeSettings(timeout=0.1)], indirect=True)
def test_a_slow_query_is_cut_off_and_the_server_keeps_answering(endpoint):
    url, _ = endpoint
    slow = (
        "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?a WHERE { ?a ?b ?c } LIMIT 200 } "
        "{ SELECT ?d WHERE { ?d ?e ?f } LIMIT 200 } { SELECT ?g WHERE { ?g ?h ?i } LIMIT 200 } }"
    )  # 8 million rows
    started = time.monotonic()
    status, body = fetch(f"{url}/query?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and "longer than 0.1 s" in body
    assert time.monotonic() - started < 5
    status, body = fetch(f"{url}/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p 7 }"}))
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("endpoint", [ServeSettings(max_rows=10)], indirect=True)
def test_construct_results_are_limited_too(endpoint):
    url, _ = endpoint
    status, body = fetch(f"{url}/query?" + urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }"}))
    assert status == 413 and "more than 10 triples" in body
    status, body = fetch(f"{url}/query?" + urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 10"}))
    assert status == 200 and len(body.strip().splitlines()) == 10


def test_query_page_escapes_the_store_name(endpoint):
    url, _ = endpoint
    status, page = fetch(f"{url}/")
    assert status == 200
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
