"""Linking to Wikidata-shaped reference data (kg.linking.linker, kg.linking.reference): `kg link`, `kg reference convert`,
`kg export --wikidata` and the named queries that join our graph with the linked data.

The fixtures are written for these tests (tests/data/link/): five short articles and a Wikidata-shaped reference
with homonyms (two "Trần Quốc Khánh" told apart by office and place, two "Lê Minh Tâm" in the same office in
different terms), a person who is also a school's alias, and a label in NFD with the old tone placement.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from click.testing import CliRunner

from kg.cli import main
from kg.linking.reference import parse_date
from kg.namespaces import PREFIXES
from kg.query import load_query, run_query
from kg.store import open_store

DATA = Path(__file__).resolve().parent / "data" / "link"
ARTICLES = DATA / "articles.jsonl"
REFERENCE = DATA / "reference.ttl"
WIKIPEDIA = DATA / "wikipedia.json"
WD = "http://www.wikidata.org/entity/"
LINKS = "<https://w3id.org/vnkg/id/graph/linking/links>"

LINKED = f"""
SELECT ?doc ?name ?relation ?target WHERE {{
  GRAPH {LINKS} {{ ?s ?relation ?target FILTER(?relation IN (owl:sameAs, skos:closeMatch)) }}
  GRAPH ?g {{ ?d dcterms:identifier ?doc ; schema:mentions ?s . {{ ?s foaf:name ?name }} UNION {{ ?s rdfs:label ?name }} }}
}}"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built once from the fixture articles (the links graphs are rewritten by each `kg link`)."""
    location = tmp_path_factory.mktemp("link") / "graph"
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "-s", str(location), "--no-progress"])
    assert result.exit_code == 0, result.output
    return location


def _link(store, *options):
    result = CliRunner().invoke(main, ["link", "-s", str(store), *options, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _links(store) -> set[tuple[str, str, str, str]]:
    """(document, name, relation, target) of every link in the store."""
    with open_store(str(store)) as s:
        return {
            (
                r["doc"].value,
                unicodedata.normalize("NFC", r["name"].value),
                r["relation"].value.rsplit("#", 1)[-1],
                r["target"].value.replace(WD, "wd:"),
            )
            for r in s.query(LINKED)
        }


def _targets(links, doc: str, name: str) -> set[tuple[str, str]]:
    return {(relation, target) for d, n, relation, target in links if d == doc and n == name}


def test_homonyms_are_told_apart_by_office_and_date(built):
    summary = _link(built, "--reference", str(REFERENCE))
    assert summary["same_as"] >= 5 and summary["reference_entities"] == 10
    links = _links(built)
    # two people named Trần Quốc Khánh: the Hà Giang party secretary and the Cà Mau health director
    assert _targets(links, "link-a1", "Trần Quốc Khánh") == {("sameAs", "wd:Q900001")}
    assert _targets(links, "link-a2", "Trần Quốc Khánh") == {("sameAs", "wd:Q900002")}
    # the same office held by two Lê Minh Tâm: the article of 2016 is about the one in office then
    assert _targets(links, "link-a4", "Lê Minh Tâm") == {("sameAs", "wd:Q900004")}
    # the reference writes her name decomposed and with the old tone placement ("Hoà"); the article "Hòa"
    assert _targets(links, "link-a2", "Nguyễn Thị Thu Hòa") == {("sameAs", "wd:Q900005")}


def test_a_namesake_with_nothing_to_tell_them_apart_is_left_unlinked(built):
    _link(built, "--reference", str(REFERENCE))
    # article 3 names a Trần Quốc Khánh with no title: either reference entry could be him
    assert _targets(_links(built), "link-a3", "Trần Quốc Khánh") == set()


def test_people_link_only_to_people_and_organizations_to_organizations(built):
    _link(built, "--reference", str(REFERENCE))
    links = _links(built)
    # "Trần Phú" is the alias of a school (an organization) and the name of a 1930s party leader whose office
    # and dates contradict the commune official of the article: no link either way
    assert _targets(links, "link-a5", "Trần Phú") == set()
    assert ("sameAs", "wd:Q900010") in _targets(links, "link-a2", "Bộ Y tế")
    assert ("sameAs", "wd:Q900014") in _targets(links, "link-a2", "Sở Y tế tỉnh Cà Mau")
    with open_store(str(built)) as s:
        crossed = list(
            s.query(f"""
            SELECT ?s ?t WHERE {{
              GRAPH {LINKS} {{ ?s owl:sameAs|skos:closeMatch ?t }}
              {{ GRAPH ?g {{ ?s a foaf:Person }} GRAPH ?r {{ ?t wdt:P31 ?type FILTER(?type != wd:Q5) }} }}
              UNION
              {{ GRAPH ?g {{ ?s a org:Organization }} GRAPH ?r {{ ?t wdt:P31 wd:Q5 }} }}
            }}""")
        )
    assert crossed == []


def test_every_link_records_its_score_and_evidence(built):
    _link(built, "--reference", str(REFERENCE), "--threshold", "0.9", "--close-threshold", "0.5")
    with open_store(str(built)) as s:
        rows = list(
            s.query(f"""
            SELECT ?s ?relation ?t ?score (COUNT(DISTINCT ?evidence) AS ?evidences) (COUNT(DISTINCT ?m) AS ?memberships)
            WHERE {{
              GRAPH {LINKS} {{
                ?s ?relation ?t FILTER(?relation IN (owl:sameAs, skos:closeMatch))
                ?axiom a owl:Axiom ; owl:annotatedSource ?s ; owl:annotatedProperty ?relation ; owl:annotatedTarget ?t ;
                       sssom:confidence ?score ; kg:linkEvidence ?evidence ; prov:wasGeneratedBy ?activity .
                OPTIONAL {{ ?axiom prov:wasDerivedFrom ?m . GRAPH ?g {{ ?m a org:Membership }} }}
              }}
            }} GROUP BY ?s ?relation ?t ?score""")
        )
    assert rows, "no link recorded"
    kinds = {row["relation"].value.rsplit("#", 1)[-1] for row in rows}
    assert kinds == {"sameAs", "closeMatch"}  # the organizations score below 0.9: plausible, not certain
    for row in rows:
        score = float(row["score"].value)
        assert (score >= 0.9) if row["relation"].value.endswith("sameAs") else (0.5 <= score < 0.9)
        assert int(row["evidences"].value) >= 2  # the name, and what else agreed
    people = [r for r in rows if r["s"].value.startswith("https://w3id.org/vnkg/id/person/")]
    assert people and all(int(r["memberships"].value) >= 1 for r in people)


def test_linked_positions_query_joins_our_people_with_the_reference(built):
    _link(built, "--reference", str(REFERENCE))
    with open_store(str(built)) as s:
        result = run_query(s, load_query("linked-positions"))
    rows = [dict(zip(result.variables, (t.value if t is not None else "" for t in row))) for row in result.rows]
    khanh = [r for r in rows if r["reference"] == WD + "Q900001"]
    assert khanh and khanh[0]["person"] == "Trần Quốc Khánh"
    assert khanh[0]["position"] == "Bí thư Tỉnh ủy Hà Giang" and khanh[0]["start"].startswith("2015-10-01")
    assert not any(r["reference"] == WD + "Q900003" for r in rows)  # the namesake not linked is not joined
    assert all(not r["position"].startswith("Secretary") for r in rows)  # Vietnamese labels only


def test_export_wikidata_gives_positions_held_with_their_sources(built):
    _link(built, "--reference", str(REFERENCE))
    result = CliRunner().invoke(main, ["export", "-s", str(built), "--wikidata", "-f", "ntriples"])
    assert result.exit_code == 0, result.output
    graph = ox.Store()
    graph.load(result.stdout_bytes, format=ox.RdfFormat.N_TRIPLES)
    rows = list(
        graph.query(
            """
        SELECT ?post ?label ?start ?url WHERE {
          wd:Q900001 p:P39 ?st . ?st ps:P39 ?post ; prov:wasDerivedFrom ?ref .
          ?post rdfs:label ?label . ?ref pr:P854 ?url .
          OPTIONAL { ?st pq:P580 ?start }
        }""",
            prefixes=PREFIXES,
        )
    )
    held = {r["label"].value: r for r in rows}
    assert "Bí thư, Tỉnh ủy Hà Giang" in held
    row = held["Bí thư, Tỉnh ủy Hà Giang"]
    # the article of 10 May 2016 reports the election: the start time, and the article as the reference URL
    assert row["start"] is not None and row["start"].value.startswith("2016-05-10")
    assert row["url"].value.endswith("/doc/link-a1")
    # people who are not linked give no statement
    assert not bool(graph.query("ASK { wd:Q900003 p:P39 ?st }", prefixes=PREFIXES))


def test_reference_convert_turns_wikipedia_infoboxes_into_wikidata_shape(tmp_path):
    out = tmp_path / "reference.ttl"
    result = CliRunner().invoke(main, ["reference", "convert", str(WIKIPEDIA), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = ox.Store()
    graph.load(path=str(out), format=ox.RdfFormat.TURTLE)
    prefixes = PREFIXES
    person = "https://vi.wikipedia.org/?curid=90000001"
    names = {
        r["n"].value
        for r in graph.query(f"SELECT ?n WHERE {{ <{person}> rdfs:label|skos:altLabel ?n }}", prefixes=prefixes)
    }
    assert names == {"Trần Quốc Khánh", "Tư Khánh"}  # the disambiguator and the degree are not names
    terms = {
        r["label"].value: (r["start"], r["end"])
        for r in graph.query(
            f"""
        SELECT ?label ?start ?end WHERE {{
          <{person}> wdt:P31 wd:Q5 ; p:P39 ?st . ?st ps:P39 ?o . ?o rdfs:label ?label .
          OPTIONAL {{ ?st pq:P580 ?start }} OPTIONAL {{ ?st pq:P582 ?end }} }}""",
            prefixes=prefixes,
        )
    }
    start, end = terms["Bí thư Tỉnh ủy Hà Giang"]
    assert start.value.startswith("2015-10-01") and end is None  # "nay": still in office
    start, end = terms["Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"]  # the note in parentheses is dropped
    assert (start.value, start.datatype.value.rsplit("#")[-1]) == ("2010-03", "gYearMonth")
    assert (end.value, end.datatype.value.rsplit("#")[-1]) == ("2015", "gYear")


def test_a_wikipedia_json_links_to_page_ids(built):
    _link(built, "--reference", str(WIKIPEDIA))
    links = _links(built)
    assert _targets(links, "link-a1", "Trần Quốc Khánh") == {("sameAs", "https://vi.wikipedia.org/?curid=90000001")}
    assert _targets(links, "link-a2", "Trần Quốc Khánh") == {("sameAs", "https://vi.wikipedia.org/?curid=90000002")}


def test_a_missing_reference_is_one_clear_line(built, tmp_path):
    missing = tmp_path / "nowhere.ttl"
    result = CliRunner().invoke(main, ["link", "-s", str(built), "--reference", str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.output and "no such reference file" in result.output
    assert len(result.output.strip().splitlines()) == 1
    usage = CliRunner().invoke(main, ["link", "-s", str(built)])
    assert usage.exit_code == 2 and "--reference" in usage.output


@pytest.mark.parametrize("command", [["link"], ["reference", "convert"]])
def test_link_commands_have_help(command):
    result = CliRunner().invoke(main, command + ["--help"])
    assert result.exit_code == 0 and "Usage:" in result.output and len(result.output) > 300


@pytest.mark.parametrize(
    "written, value, kind",
    [
        ("2016-04-09", "2016-04-09T00:00:00", "dateTime"),
        ("21 tháng 6 năm 2011", "2011-06-21T00:00:00", "dateTime"),
        ("4/2011", "2011-04", "gYearMonth"),
        ("tháng 12/2015", "2015-12", "gYearMonth"),
        ("Năm 2011", "2011", "gYear"),
    ],
)
def test_infobox_dates_keep_their_precision(written, value, kind):
    literal = parse_date(written)
    assert str(literal).startswith(value) and str(literal.datatype).endswith("#" + kind)


@pytest.mark.parametrize("written", ["nay", "đương nhiệm", "không rõ", ""])
def test_no_date_is_read_where_there_is_none(written):
    assert parse_date(written) is None


# ---- against a real SPARQL endpoint ---------------------------------------------------------------------------

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """A real `oxigraph serve` on a free local port, loaded with the reference fixture through its Graph Store
    Protocol endpoint; stopped with SIGTERM (it ignores SIGINT)."""
    binary = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary (PyPI package `oxigraph`) is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph")
    server = subprocess.Popen(
        [str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                requests.get(base + "/", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        response = requests.post(
            base + "/store?default", data=REFERENCE.read_bytes(), headers={"Content-Type": "text/turtle"}, timeout=10
        )
        assert response.status_code in (200, 201, 204), response.text
        yield base
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def test_linking_against_an_endpoint_gives_the_links_of_the_file(built, endpoint):
    _link(built, "--reference", str(REFERENCE))
    from_file = _links(built)
    summary = _link(built, "--endpoint", endpoint + "/query")
    assert summary["reference_entities"] >= 6  # only the candidates of our names are fetched
    assert _links(built) == from_file


def test_federated_query_joins_links_with_the_endpoint(built, endpoint):
    _link(built, "--endpoint", endpoint + "/query")
    query = load_query("wikidata-positions")
    # the same query, its SERVICE pointed at the local server instead of query.wikidata.org
    query.text = query.text.replace("https://query.wikidata.org/sparql", endpoint + "/query")
    with open_store(str(built)) as s:
        result = run_query(s, query)
    rows = {(row[0].value, row[1].value, row[2].value) for row in result.rows}
    assert ("Trần Quốc Khánh", WD + "Q900001", "Bí thư Tỉnh ủy Hà Giang") in rows
    assert ("Lê Minh Tâm", WD + "Q900004", "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre") in rows
    assert not any(item == WD + "Q900003" for _, item, _ in rows)


def test_an_unreachable_endpoint_is_one_clear_line(built):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(main, ["link", "-s", str(built), "--endpoint", f"http://127.0.0.1:{port}/query"])
    assert result.exit_code == 1
    assert f"127.0.0.1:{port}" in result.output and "cannot reach" in result.output


def test_links_conform_to_the_shapes(built):
    _link(built, "--reference", str(REFERENCE), "--threshold", "0.9")
    result = CliRunner().invoke(main, ["validate", "-s", str(built)])
    assert result.exit_code == 0, result.output
    assert "conforms to the shapes" in result.output


def test_links_of_removed_articles_people_are_dropped(tmp_path):
    store = tmp_path / "graph"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(ARTICLES), "-s", str(store), "--no-progress"]).exit_code == 0
    linked = runner.invoke(main, ["link", "-s", str(store), "--reference", str(REFERENCE)])
    assert linked.exit_code == 0, linked.output
    dangling = (
        "SELECT ?s WHERE { GRAPH ?links { ?s owl:sameAs|skos:closeMatch ?t } "
        "FILTER NOT EXISTS { GRAPH ?g { ?s a ?type } FILTER(?g != ?links) } }"
    )
    with open_store(store) as s:
        before = sum(1 for _ in s.query("SELECT ?s WHERE { ?s owl:sameAs|skos:closeMatch ?t }"))
    assert before > 0
    removed = runner.invoke(main, ["remove", "link-a1", "-s", str(store)])
    assert removed.exit_code == 0, removed.output
    with open_store(store) as s:
        assert list(s.query(dangling)) == []
        after = sum(1 for _ in s.query("SELECT ?s WHERE { ?s owl:sameAs|skos:closeMatch ?t }"))
    assert 0 < after < before  # the others' links are kept
    assert runner.invoke(main, ["validate", "-s", str(store)]).exit_code == 0
