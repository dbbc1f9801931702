"""Every shipped query works from the SPARQL clients people use (SPARQLWrapper, rdflib's SPARQLStore, Comunica)
against `kg serve`, with the same rows as `kg query`.

SPARQLWrapper guesses a query's form from the first keyword-like letters after stripping (some) comments, so a
header comment with "copy" or "asked" made it send a SELECT as an update or as ASK; these tests keep the query
files free of that.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import cli_runner, serving

from kg.cli import main
from kg.query import load_query, named_queries, prepare_query, run_query
from kg.store import open_store
from kg.store.remote import bind_values

DATA = Path(__file__).parent / "data" / "link"
EXAMPLE = Path(__file__).parent.parent / "examples"
PARAMETERS = {
    "people-of-org": {"org": "Ban Tổ chức Trung ương"},
    "timeline": {"person": "Trần Minh Khoa"},
    "who-held": {"role": "Chủ tịch", "org": "UBND tỉnh Bình Sơn", "date": "2018-06-01"},
    "successions": {"role": "Chủ tịch", "org": "UBND tỉnh Bình Sơn"},
}


COMUNICA = Path(__file__).parent / "clients" / "node_modules" / ".bin" / "comunica-sparql"
NETWORK_ONLY = {"wikidata-positions": "a federated query to query.wikidata.org: needs the network"}


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """The example article (nested organizations) and the link fixtures, built and linked, so that every named
    query has rows to give; the store stays open for the module (one process may open it once)."""
    location = str(tmp_path_factory.mktemp("clients") / "graph")
    runner = cli_runner()
    built = runner.invoke(main, ["build", str(EXAMPLE), str(DATA / "articles.jsonl"), "-s", location, "--no-progress"])
    assert built.exit_code == 0, built.output
    assert runner.invoke(main, ["link", "-s", location, "--reference", str(DATA / "reference.ttl")]).exit_code == 0
    with open_store(location, create=False) as store:
        yield store


def _with_values(name: str) -> str:
    """The query text a client user would send: parameters (and the lower-case keys of the names the query looks up,
    `?NAME_key`) bound by VALUES blocks opening the WHERE group."""
    text, values = prepare_query(named_queries()[name], PARAMETERS.get(name))  # the names' lower-case keys bound
    return bind_values(text, values)


def _expected(store, name: str, as_text) -> list[tuple[str, ...]]:
    result = run_query(store, load_query(name), PARAMETERS.get(name))
    rows = sorted(tuple(as_text(term) for term in row) for row in result.rows)
    assert rows, f"{name} gave no rows on the fixture: the comparison would prove nothing"
    return rows


def _lexical(term) -> str:
    return "" if term is None else term.value


def _rdflib_text(term) -> str:
    """How rdflib writes the same term (it normalizes the lexical form of typed literals, e.g. dates)."""
    import rdflib

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        datatype = None if term.language else term.datatype.value
        return str(rdflib.Literal(term.value, lang=term.language, datatype=datatype))
    return term.value


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_sparqlwrapper_takes_every_query_for_a_select(name):
    wrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper is not installed (vnkg[test])")
    client = wrapper.SPARQLWrapper("http://127.0.0.1:9/query")
    client.setQuery(_with_values(name))
    assert not client.isSparqlUpdateRequest(), f"{name}.rq would be sent as an update ({client.queryType})"
    assert client.queryType == "SELECT", f"{name}.rq is taken for a {client.queryType} query"


@pytest.mark.parametrize("name", sorted(set(named_queries()) - set(NETWORK_ONLY)))
def test_sparqlwrapper_gets_the_same_rows_as_kg_query(linked, name):
    wrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper is not installed (vnkg[test])")
    expected = _expected(linked, name, _lexical)
    with serving(linked) as url:
        client = wrapper.SPARQLWrapper(url + "/query")
        client.setQuery(_with_values(name))
        client.setReturnFormat(wrapper.JSON)
        answer = client.query().convert()
    variables = answer["head"]["vars"]
    assert (
        sorted(tuple(b.get(v, {}).get("value", "") for v in variables) for b in answer["results"]["bindings"])
        == expected
    )


@pytest.mark.parametrize("name", sorted(set(named_queries()) - set(NETWORK_ONLY)))
def test_rdflib_sparqlstore_gets_the_same_rows_as_kg_query(linked, name):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    expected = _expected(linked, name, _rdflib_text)
    with serving(linked) as url:
        result = SPARQLStore(url + "/query", returnFormat="json").query(_with_values(name))
        rows = sorted(tuple("" if row[v] is None else str(row[v]) for v in result.vars) for row in result)
    assert rows == expected


@pytest.mark.skipif(
    not COMUNICA.exists(),
    reason="Comunica is not installed: `make clients` (needs node and npm) puts it in tests/clients",
)
@pytest.mark.parametrize("name", sorted(set(named_queries()) - set(NETWORK_ONLY)))
def test_comunica_gets_the_same_rows_as_kg_query(linked, name):
    """Comunica takes the endpoint as a source from its service description and asks it the whole query."""
    expected = _expected(linked, name, _lexical)
    with serving(linked) as url:
        ran = subprocess.run(
            [str(COMUNICA), url + "/query", "-t", "application/sparql-results+json", _with_values(name)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert ran.returncode == 0, ran.stderr[-2000:]
    answer = json.loads(ran.stdout)
    # Comunica 4 leaves "head" empty when it streams the rows; the variables are the query's projection
    variables = answer["head"].get("vars") or run_query(linked, load_query(name), PARAMETERS.get(name)).variables
    rows = sorted(tuple(b.get(v, {}).get("value", "") for v in variables) for b in answer["results"]["bindings"])
    assert rows == expected


def test_no_query_file_names_an_update_keyword_in_its_comments():
    """Cheap guard for the root cause, with SPARQLWrapper's own (case-insensitive, boundary-less) keyword list."""
    import re

    keywords = re.compile(r"CONSTRUCT|SELECT|ASK|DESCRIBE|INSERT|DELETE|CREATE|CLEAR|DROP|LOAD|COPY|MOVE|ADD", re.I)
    for name, named in named_queries().items():
        for line in named.text.splitlines():
            if line.startswith("#"):
                assert not keywords.search(line), f"{name}.rq comment {line!r} contains a query keyword"
