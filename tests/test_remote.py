"""Remote SPARQL stores: the same commands against a real `oxigraph serve` on 127.0.0.1 as against the embedded store."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from corpus_fixture import write_corpus

from kg.cli import main
from kg.store import open_store
from kg.store.remote import bind_values, endpoints_for

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    """A fresh Oxigraph server on a free loopback port, stopped (SIGTERM) after the test."""
    if not Path(OXIGRAPH).exists():
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            requests.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
            break
        except requests.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode(errors='replace')}")
            time.sleep(0.05)
    yield url
    process.send_signal(signal.SIGTERM)  # it ignores SIGINT
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus") / "articles.jsonl")


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _nquads(store_location: str) -> list[str]:
    out = _run("export", "-s", store_location, "-f", "nquads")
    assert out.exit_code == 0, out.output
    return sorted(line for line in out.stdout.splitlines() if line.strip())


def test_build_query_export_remove_on_a_remote_store_match_the_embedded_store(server, corpus, tmp_path):
    local = str(tmp_path / "local")
    built = _run("build", str(corpus), "-s", server, "--no-progress", "--json")
    assert built.exit_code == 0, built.output
    assert '"documents": 4' in built.output
    assert _run("build", str(corpus), "-s", local, "--no-progress").exit_code == 0
    assert _nquads(server) == _nquads(local)  # the same quads, identity pass included

    for args in (["holdings"], ["persons"], ["people-of-org", "-p", "org=Ban Tổ chức Trung ương"]):
        remote_rows = _run("query", *args, "-s", server, "-f", "csv").output
        assert remote_rows == _run("query", *args, "-s", local, "-f", "csv").output
        assert len(remote_rows.splitlines()) > 1, args
    assert "Trần Quang Minh" in _run("query", "people-of-org", "-p", "org=Ban Tổ chức Trung ương", "-s", server).output

    again = _run("build", str(corpus), "-s", server, "--no-progress", "--json")
    assert '"documents": 0' in again.output and '"unchanged": 4' in again.output

    removed = _run("remove", "quoc-hoi", "-s", server)
    assert removed.exit_code == 0, removed.output
    assert _run("remove", "quoc-hoi", "-s", local).exit_code == 0
    assert _nquads(server) == _nquads(local)
    assert "Hoàng Thị Thu" not in _run("query", "persons", "-s", server).output


def test_turtle_export_of_a_remote_store_parses_back(server, corpus):
    import rdflib

    assert _run("build", str(corpus), "-s", server, "--no-progress").exit_code == 0
    turtle = _run("export", "-s", server, "-f", "turtle").stdout
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    names = {str(o) for o in graph.objects(None, rdflib.FOAF.name)}
    assert {"Nguyễn Văn Toàn", "Trần Quang Minh", "Lê Thị Hạnh"} <= names


def test_hostile_parameter_values_stay_data_on_a_remote_store(server, corpus):
    assert _run("build", str(corpus), "-s", server, "--no-progress").exit_code == 0
    before = _nquads(server)
    for value in ['"} ; DROP ALL ; #', '""" ; DROP ALL', "x\n} DROP ALL {", "> } ; DROP ALL #", "Ban'}"]:
        out = _run("query", "people-of-org", "-p", f"org={value}", "-s", server, "-f", "csv")
        assert out.exit_code == 0, out.output
        assert out.output.strip() == "person,role,unit,doc,org"  # no rows, no error: the value was only data
    assert _nquads(server) == before


def test_a_server_that_is_not_there_gives_one_clear_line(tmp_path, corpus):
    url = f"http://127.0.0.1:{_free_port()}"
    out = CliRunner().invoke(main, ["build", str(corpus), "-s", url, "--no-progress"])
    assert out.exit_code == 1
    assert f"{url}: cannot reach the SPARQL server" in out.output
    assert len(out.output.strip().splitlines()) == 1


def test_credentials_in_the_url_are_not_printed(server, corpus):
    url = server.replace("http://", "http://alice:s3cret@")
    out = _run("build", str(corpus), "-s", url, "--no-progress")
    assert out.exit_code == 0, out.output
    assert "s3cret" not in out.output and server in out.output


def test_remote_store_api_from_python(server, corpus):
    from kg.pipeline import build

    with open_store(server) as store:
        summary = build([str(corpus)], store)
        assert summary.documents == 4 and len(store) == summary.store.quads > 0
        assert store.remove_graph("https://w3id.org/vnkg/id/graph/no-such-document") is False


@pytest.mark.parametrize(
    "url, query, update, graph_store",
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
        ("http://h:3030/ds/", "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/store"),
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/store"),
        ("https://h/sparql", "https://h/sparql", "https://h/sparql", None),
    ],
)
def test_endpoints_from_one_url(url, query, update, graph_store):
    endpoints = endpoints_for(url)
    assert (endpoints.query, endpoints.update, endpoints.graph_store) == (query, update, graph_store)


def test_bound_values_are_escaped_terms_inside_the_first_group():
    import pyoxigraph as ox

    query = 'PREFIX x: <http://e/> # a { in a comment\nSELECT ?o (CONCAT("{", "}") AS ?b) WHERE { ?s ?p ?o }'
    bound = bind_values(query, {"o": ox.Literal('"} ; DROP ALL #\n')})
    assert bound.startswith(
        'PREFIX x: <http://e/> # a { in a comment\nSELECT ?o (CONCAT("{", "}") AS ?b) WHERE { VALUES (?o) {'
    )
    assert '"\\"} ; DROP ALL #\\n"' in bound
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal('"} ; DROP ALL #\n')))
    assert [r["o"].value for r in store.query(bound)] == ['"} ; DROP ALL #\n']


def test_a_bound_parameter_in_a_construct_query_answers_as_on_the_embedded_store(server, corpus, tmp_path):
    local = str(tmp_path / "local")
    for store in (server, local):
        assert _run("build", str(corpus), "-s", store, "--no-progress").exit_code == 0
    query = "CONSTRUCT { ?p foaf:name ?name } WHERE { ?p foaf:name ?name }"
    answers = [
        _run("query", "-e", query, "-p", "name=Trần Quang Minh", "-s", store).output for store in (server, local)
    ]
    assert answers[0] == answers[1]
    assert answers[0].count("Trần Quang Minh") == 1 and "Nguyễn Văn Toàn" not in answers[0]


def test_validate_reads_a_remote_store_in_batches_as_the_embedded_one(server, corpus, tmp_path):
    from kg.graph.validate import validate

    local = str(tmp_path / "local")
    assert _run("build", str(corpus), "-s", server, "--no-progress").exit_code == 0
    assert _run("build", str(corpus), "-s", local, "--no-progress").exit_code == 0
    # a finding inside a document, read through the server's SPARQL (VALUES over graphs and subjects)
    membership = "SELECT ?m WHERE { GRAPH ?g { ?m a org:Membership } } ORDER BY ?m LIMIT 1"
    for location in (server, local):
        with open_store(location) as store:
            victim = next(iter(store.select(membership)))["m"]
            store.update(f"DELETE WHERE {{ GRAPH ?g {{ {victim} kg:confidence ?c }} }}")
    reports = {}
    for location in (server, local):
        with open_store(location, create=False, read_only=True) as store:
            reports[location] = [f.format() for f in validate(store, documents_per_batch=1).findings]
    assert reports[server] == reports[local]
    assert any("a membership needs exactly one confidence" in line for line in reports[server])
