"""The SPARQL endpoint, tested over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import EXAMPLES, serving

from kg.pipeline import build
from kg.serve import ServeSettings, make_server
from kg.store import open_store

QUERY = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name"


@pytest.fixture()
def endpoint(request):
    settings = getattr(request, "param", ServeSettings())
    store = open_store("memory")
    build([str(EXAMPLES)], store)
    with serving(store, settings) as url:
        yield url


def fetch(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode("utf-8")


def test_binds_to_loopback_by_default():
    server = make_server(open_store("memory"), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_get_query_returns_sparql_json(endpoint):
    status, media, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": QUERY}))
    assert status == 200 and media.startswith("application/sparql-results+json")
    names = [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert "Hoàng Quốc Bảo" in names


@pytest.mark.parametrize(
    "accept,media,marker",
    [
        ("text/csv", "text/csv", "name\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", "?name"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
    ],
)
def test_content_negotiation(endpoint, accept, media, marker):
    status, got, body = fetch(
        f"{endpoint}/query", QUERY.encode("utf-8"), {"Content-Type": "application/sparql-query", "Accept": accept}
    )
    assert status == 200 and got.startswith(media) and marker in body and "Võ Thị Mai" in body


def test_form_post_and_construct(endpoint):
    form = urllib.parse.urlencode({"query": "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }"}).encode()
    status, media, body = fetch(f"{endpoint}/query", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and media.startswith("application/n-triples") and "Đặng Thu Hà" in body


def test_updates_are_refused_unless_writable(endpoint):
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    status, _, body = fetch(f"{endpoint}/update", update.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in body
    status, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": "ASK { <urn:x> ?p ?o }"}))
    assert json.loads(body)["boolean"] is False


@pytest.mark.parametrize("endpoint", [ServeSettings(writable=True)], indirect=True)
def test_writable_endpoint_accepts_updates(endpoint):
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    status, _, _ = fetch(f"{endpoint}/update", update.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 204
    _, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": "ASK { <urn:x> ?p ?o }"}))
    assert json.loads(body)["boolean"] is True


@pytest.mark.parametrize("endpoint", [ServeSettings(max_rows=3)], indirect=True)
def test_result_size_is_limited(endpoint):
    status, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": QUERY}))
    assert status == 413 and "LIMIT" in body


def test_bad_queries_get_a_clear_400(endpoint):
    status, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": "SELECT WHERE {"}))
    assert status == 400 and "syntax" in body.lower()
    assert fetch(f"{endpoint}/query?query=")[0] == 400  # an empty query (no query at all: the description)
    # one readable line with the position, not the grammar's character classes
    status, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o"}))
    assert status == 400 and "line 1, column 26" in body and "\\u{" not in body and len(body.splitlines()) == 1


def test_the_named_queries_are_listed_for_the_query_pages_menu(endpoint):
    status, media, body = fetch(f"{endpoint}/named")
    listed = {q["name"]: q for q in json.loads(body)}
    assert status == 200 and media.startswith("application/json")
    assert listed["who-held"]["parameters"] == ["role", "org", "date"] and "holdings" in listed


def test_query_page(endpoint):
    status, media, body = fetch(f"{endpoint}/")
    assert status == 200 and media.startswith("text/html") and "<textarea" in body and "read-only" in body


def test_requests_naming_another_host_or_updating_from_another_origin_are_refused(tmp_path):
    from kg.store import open_store

    store = open_store("memory")
    with serving(store, ServeSettings(writable=True)) as base:
        rebinding = urllib.request.Request(f"{base}/query?query=ASK%7B%7D", headers={"Host": "evil.example:80"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(rebinding, timeout=10)
        assert refused.value.code == 403
        cross_site = urllib.request.Request(
            f"{base}/update",
            data=b"update=DROP+ALL",
            method="POST",
            headers={"Origin": "https://evil.example", "Content-Type": "application/x-www-form-urlencoded"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(cross_site, timeout=10)
        assert refused.value.code == 403
        same_site = urllib.request.Request(
            f"{base}/update",
            data=b"INSERT DATA { <http://e/s> <http://e/p> 1 }",
            method="POST",
            headers={"Origin": base, "Content-Type": "application/sparql-update"},
        )
        assert urllib.request.urlopen(same_site, timeout=10).status == 204
        assert len(store) == 1


def test_readers_work_beside_a_writer_on_one_store(tmp_path):
    """`kg query`, `kg export` and `kg stats` open a directory read-only: they answer while another process (a
    `kg build`, a `kg serve --writable`) holds the store open for writing."""
    import subprocess
    import sys

    from conftest import EXAMPLES, cli_runner

    from kg.cli import main
    from kg.store import open_store

    location = str(tmp_path / "graph")
    runner = cli_runner()
    assert runner.invoke(main, ["build", str(EXAMPLES), "-s", location, "--no-progress"]).exit_code == 0
    # another process holds the writer's lock, as a running `kg build` or `kg serve --writable` does
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from kg.store import open_store; s = open_store(sys.argv[1], create=False); "
            "print('open', flush=True); sys.stdin.read(); s.close()",
            location,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "open"
        with open_store(location, create=False, read_only=True) as reader:
            assert len(reader) > 0
        queried = runner.invoke(main, ["query", "holdings", "-s", location, "-f", "csv"])
        assert queried.exit_code == 0, queried.output
        assert "Phó Vụ trưởng" in queried.stdout
        exported = runner.invoke(main, ["export", "-s", location, "-f", "ntriples", "-o", str(tmp_path / "g.nt")])
        assert exported.exit_code == 0, exported.output
        assert (tmp_path / "g.nt").stat().st_size > 0
        assert runner.invoke(main, ["stats", "-s", location]).exit_code == 0
    finally:
        writer.communicate("", timeout=30)
    assert writer.returncode == 0


def test_a_get_without_a_query_describes_the_service(endpoint):
    """SPARQL 1.1 Service Description: tools such as Comunica ask /query what it is before they query it."""
    from rdflib import Graph, Namespace, URIRef

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    status, media, body = fetch(f"{endpoint}/query")
    assert status == 200 and media.startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    service = URIRef(f"{endpoint}/query")
    assert (service, sd.endpoint, service) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in graph  # read-only
    status, media, body = fetch(f"{endpoint}/query", headers={"Accept": "application/n-triples"})
    assert status == 200 and media.startswith("application/n-triples") and "sparql-service-description" in body


def test_an_unwritable_format_is_refused_with_406(endpoint):
    query = urllib.parse.quote("ASK { ?s ?p ?o }")
    status, _, body = fetch(f"{endpoint}/query?query={query}", headers={"Accept": "image/png"})
    assert status == 406 and "application/sparql-results+json" in body
    status, _, body = fetch(
        f"{endpoint}/query?query={query}", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    )
    assert status == 200 and json.loads(body)["boolean"] is True


def test_the_server_speaks_http_1_1(endpoint):
    import http.client

    host, port = urllib.parse.urlparse(endpoint).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        for _ in range(2):  # two requests on one kept-alive connection
            connection.request("GET", "/query?query=" + urllib.parse.quote("ASK {}"))
            response = connection.getresponse()
            assert response.version == 11 and response.status == 200
            response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    """The example graph in an on-disk store, closed: the server opens it read-only, its workers too."""
    location = tmp_path_factory.mktemp("served") / "store"
    with open_store(str(location)) as store:
        build([str(EXAMPLES)], store)
    return str(location)


def test_a_query_past_its_time_limit_has_its_worker_stopped_and_the_server_keeps_answering(disk_store):
    """Over an on-disk store served read-only each query runs in a worker process: a runaway query answers 503 at
    its time limit and its process is killed, so it holds no CPU after; cheap queries beside it still answer."""
    import threading

    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    settings = ServeSettings(timeout=1.0, workers=4, spare_workers=2)
    with open_store(disk_store, create=False, read_only=True) as store, serving(store, settings) as url:
        answers: list = []
        slow = threading.Thread(
            target=lambda: answers.append(fetch(f"{url}/query?" + urllib.parse.urlencode({"query": runaway})))
        )
        slow.start()
        status, _, body = fetch(f"{url}/query?" + urllib.parse.urlencode({"query": "ASK { ?s a foaf:Person }"}))
        assert status == 200 and json.loads(body)["boolean"] is True
        slow.join(timeout=20)
        assert answers and answers[0][0] == 503 and "longer than 1 s" in answers[0][2]
        status, _, body = fetch(f"{url}/query?" + urllib.parse.urlencode({"query": QUERY}))
        assert status == 200 and "Hoàng Quốc Bảo" in body


def test_named_queries_take_their_parameters_as_bindings_and_page(disk_store):
    with open_store(disk_store, create=False, read_only=True) as store, serving(store) as url:
        status, media, body = fetch(f"{url}/named/persons?limit=2&offset=1", headers={"Accept": "text/csv"})
        assert (
            status == 200 and media == "text/csv; charset=utf-8" and len(body.strip().splitlines()) == 3
        )  # header + 2
        quoted = urllib.parse.quote('Hoàng Quốc Bảo" } ; DROP ALL ; #')
        status, _, body = fetch(f"{url}/named/timeline?person={quoted}")
        assert status == 200 and json.loads(body)["results"]["bindings"] == []  # a value, never query text
        status, _, body = fetch(f"{url}/named/timeline?person=" + urllib.parse.quote("Hoàng Quốc Bảo"))
        assert status == 200 and json.loads(body)["results"]["bindings"]
        assert fetch(f"{url}/named/people-of-org")[0] == 400  # its parameter missing
        assert fetch(f"{url}/named/no-such-query")[0] == 400


def test_the_store_can_be_queried_from_the_command_line_while_it_is_served(disk_store):
    from click.testing import CliRunner

    from kg.cli import main

    with open_store(disk_store, create=False, read_only=True) as store, serving(store):
        result = CliRunner().invoke(main, ["query", "persons", "-s", disk_store, "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "Hoàng Quốc Bảo" in result.output


def test_stopping_the_server_while_its_spare_workers_start_prints_no_traceback(disk_store):
    """A server stopped right after it started (Ctrl+C at once), its process ending while spare workers still open
    the store: those workers end quietly."""
    import subprocess
    import sys

    script = (
        "from kg.serve import ServeSettings, make_server\n"
        "from kg.store import open_store\n"
        f"with open_store({disk_store!r}, create=False, read_only=True) as store:\n"
        "    server = make_server(store, '127.0.0.1', 0, ServeSettings(workers=6, spare_workers=6))\n"
        "    server.server_close()\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert "Traceback" not in ran.stderr, ran.stderr[-2000:]


def test_a_short_load_test_gives_no_errors_and_a_cheap_query_answers_beside_runaways(disk_store):
    """The short form of bench/load_test.py (the long one: 50 clients for 60 s on politics-2000): 20 clients for
    5 s running the mix of named queries an explorer sends, then 4 runaway queries past a 1 s limit with a cheap
    query beside them."""
    import sys
    import threading
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from load_test import client, mix, runaway_check

    settings = ServeSettings(timeout=1.0, workers=6, spare_workers=2)
    with open_store(disk_store, create=False, read_only=True) as store, serving(store, settings) as url:
        port = int(urllib.parse.urlparse(url).port)
        requests = mix(disk_store)
        assert {name for name, _, _ in requests} >= {"ask", "timeline", "people-of-org", "who-held", "persons"}
        out: dict = {"lock": threading.Lock(), "latencies": {}, "errors": []}
        until = time.monotonic() + 5
        threads = [threading.Thread(target=client, args=(port, requests, until, n, out)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        answered = sum(len(values) for values in out["latencies"].values())
        assert answered >= 20 and out["errors"] == []
        check = runaway_check(port, 4)
    assert check["runaway_statuses"] == ["503"] * 4
    assert check["cheap_statuses"] == ["200"] and check["cheap_max_ms"] < 1000
