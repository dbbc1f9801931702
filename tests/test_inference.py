"""The materialized hierarchy (kg.graph.inference): closure, implied memberships, refresh on build and removal."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED, needs_shared
from rdflib import Literal, URIRef

from kg.graph import iri
from kg.graph.inference import hierarchy_triples, refresh_inferences
from kg.namespaces import DATA_BASE, FOAF, ORG, RDF, RDFS
from kg.pipeline import build, remove
from kg.query import load_query, run_query
from kg.store import open_store

A, B, C, D = (URIRef(f"{DATA_BASE}org/{name}") for name in "abcd")  # D under C under B under A
P, Q = URIRef(f"{DATA_BASE}person/p"), URIRef(f"{DATA_BASE}person/q")
HIERARCHY = str(iri.HIERARCHY_GRAPH)


def _org(node, parent=None):
    out = [(node, RDF.type, ORG.Organization), (node, RDFS.label, Literal(str(node)[-1], lang="vi"))]
    return out + ([(node, ORG.subOrganizationOf, parent)] if parent is not None else [])


def _membership(name, person, org):
    m = URIRef(f"{DATA_BASE}membership/{name}")
    return [
        (m, RDF.type, ORG.Membership),
        (m, ORG.member, person),
        (m, ORG.organization, org),
        (person, RDF.type, FOAF.Person),
    ]


def _pairs(store, predicate):
    rows = store.query(f"SELECT ?s ?o WHERE {{ GRAPH <{HIERARCHY}> {{ ?s <{predicate}> ?o }} }}")
    return {(URIRef(r["s"].value), URIRef(r["o"].value)) for r in rows}


@pytest.fixture()
def store():
    s = open_store("memory")
    s.replace_graphs(
        {
            f"{DATA_BASE}graph/one": _org(A) + _org(B, A) + _org(C, B) + _membership("m1", P, C),
            f"{DATA_BASE}graph/two": _org(C, B) + _org(D, C) + _membership("m2", Q, D) + _membership("m3", Q, A),
        }
    )
    return s


def test_closure_and_memberships(store):
    summary = refresh_inferences(store)
    closure = {(B, A), (C, B), (C, A), (D, C), (D, B), (D, A)}
    members = {(P, C), (P, B), (P, A), (Q, D), (Q, C), (Q, B), (Q, A)}
    assert _pairs(store, ORG.transitiveSubOrganizationOf) == closure
    assert _pairs(store, ORG.memberOf) == members
    assert (summary.sub_organizations, summary.member_of) == (len(closure), len(members))


def test_refresh_replaces_the_graph_and_drops_it_when_empty(store):
    refresh_inferences(store)
    before = len(store)
    refresh_inferences(store)
    assert len(store) == before  # rewritten, not added to
    store.remove_graph(f"{DATA_BASE}graph/two")
    refresh_inferences(store)
    assert _pairs(store, ORG.transitiveSubOrganizationOf) == {(B, A), (C, B), (C, A)}
    assert _pairs(store, ORG.memberOf) == {(P, C), (P, B), (P, A)}
    store.remove_graph(f"{DATA_BASE}graph/one")
    refresh_inferences(store)
    assert len(store) == 0


def test_a_cycle_ends_and_puts_no_organization_under_itself():
    s = open_store("memory")
    s.replace_graphs({f"{DATA_BASE}graph/x": _org(A, B) + _org(B, A) + _membership("m", P, A)})
    closure, member_of = hierarchy_triples(s)
    assert {(t.subject.value, t.object.value) for t in closure} == {(str(A), str(B)), (str(B), str(A))}
    assert {t.object.value for t in member_of} == {str(A), str(B)}


ARTICLES = [
    {
        "id": "a1",
        "text": "Sáng nay, Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương Hoàng Quốc Bảo làm việc với tỉnh.",
    },
    {"id": "a2", "text": "Vụ trưởng Vụ Tổ chức - Cán bộ, Bộ Nội vụ Trần Văn Tâm phát biểu tại hội nghị."},
]


def _jsonl(tmp_path, name, records):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _hierarchy_quads(store):
    return sorted(str(q) for q in store.quads() if q.graph_name.value == HIERARCHY)


def test_build_and_remove_refresh_it_whatever_the_order(tmp_path):
    first, second = open_store("memory"), open_store("memory")
    build([_jsonl(tmp_path, "1.jsonl", ARTICLES[:1])], first)
    build([_jsonl(tmp_path, "2.jsonl", ARTICLES[1:])], first)
    build([_jsonl(tmp_path, "all.jsonl", ARTICLES[::-1])], second)
    assert _hierarchy_quads(first) == _hierarchy_quads(second)
    # the bodies above the written ones come from the authority list (kg.graph.authority): Bộ Nội vụ is under Chính phủ
    assert _member_of(first) == {
        ("Hoàng Quốc Bảo", "Vụ Địa phương 3"),
        ("Hoàng Quốc Bảo", "Ban Tổ chức Trung ương"),
        ("Hoàng Quốc Bảo", "Ban Chấp hành Trung ương Đảng"),
        ("Hoàng Quốc Bảo", "Đảng Cộng sản Việt Nam"),
        ("Trần Văn Tâm", "Vụ Tổ chức - Cán bộ"),
        ("Trần Văn Tâm", "Bộ Nội vụ"),
        ("Trần Văn Tâm", "Chính phủ"),
    }
    remove(["a1"], first)
    assert _member_of(first) == {
        ("Trần Văn Tâm", "Vụ Tổ chức - Cán bộ"),
        ("Trần Văn Tâm", "Bộ Nội vụ"),
        ("Trần Văn Tâm", "Chính phủ"),
    }
    remove(["a2"], first)
    assert _hierarchy_quads(first) == []


def _member_of(store):
    rows = store.query(
        f"SELECT ?name ?label WHERE {{ GRAPH <{HIERARCHY}> {{ ?p org:memberOf ?o }} "
        "?p foaf:name ?name . ?o rdfs:label ?label }"
    )
    return {(row["name"].value, row["label"].value) for row in rows}


_ON_THE_FLY = """
SELECT DISTINCT ?person ?role ?unit ?doc ?org WHERE {
  ?top a org:Organization ; rdfs:label|skos:altLabel ?topLabel .
  FILTER(LCASE(STR(?topLabel)) = LCASE(STR(?org)))
  ?o org:subOrganizationOf* ?top .
  GRAPH ?g {  # names and labels as the membership's own document writes them
    ?m org:organization ?o ; org:member ?p ; org:role ?r ; prov:wasDerivedFrom ?d .
    ?p foaf:name ?person . ?r skos:prefLabel ?roleLabel . ?o rdfs:label ?unitLabel . ?d dcterms:identifier ?doc .
  }
  BIND(STR(?roleLabel) AS ?role) BIND(STR(?unitLabel) AS ?unit)
}
"""


def _same_answers_as_the_property_path(store):
    """people-of-org over the materialized graph answers as `org:subOrganizationOf*` does, for every organization."""
    labels = sorted(
        {
            row["l"].value
            for row in store.query("SELECT ?l WHERE { ?o org:subOrganizationOf ?parent . ?parent rdfs:label ?l }")
        }
    )
    assert labels, "no organization with a sub-organization to ask about"
    named = load_query("people-of-org")
    found = 0
    for label in labels:
        got = {tuple(str(v) for v in row) for row in run_query(store, named, {"org": label}).rows}
        expected = {tuple(str(v) for v in row) for row in run_query(store, _ON_THE_FLY, {"org": label}).rows}
        assert got == expected, label
        found += len(got)
    assert found, "nobody found under any organization: the comparison proves nothing"


def test_people_of_org_uses_the_hierarchy(example_store):
    from conftest import EXAMPLES

    _same_answers_as_the_property_path(example_store)
    store = open_store("memory")
    build([str(EXAMPLES)], store)
    assert store.remove_graph(HIERARCHY)
    rows = run_query(store, load_query("people-of-org"), {"org": "Ban Tổ chức Trung ương"}).rows
    assert rows == []  # without the materialized graph, nothing below the top is found


@needs_shared
def test_people_of_org_on_the_dev_articles():
    store = open_store("memory")
    build([str(SHARED / "data" / "dev" / "articles.jsonl")], store)
    _same_answers_as_the_property_path(store)
