"""The organization identity pass (kg.graph.org_identity): a body an article leaves without its place is the one its
holder holds posts in elsewhere, and only then."""

from __future__ import annotations

import pytest
from conftest import build_records, write_jsonl
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph.export import export
from kg.pipeline import build, remove
from kg.query import run_query
from kg.store import open_store

_HOLDINGS = """
SELECT ?doc ?org ?name ?role WHERE { GRAPH ?g { ?m a org:Membership ; org:member ?p ; org:organization ?org ;
  org:role/skos:prefLabel ?role ; prov:wasDerivedFrom ?d . ?d dcterms:identifier ?doc . ?p foaf:name ?name } }
"""


def _five_articles(prefix: str, text: str) -> list[dict[str, str]]:
    return [{"id": f"{prefix}{i}", "text": f"{text} lần {i}."} for i in range(5)]


# the city leader's post, written with its city in five articles
_TITLED = _five_articles("t", "Bí thư Thành ủy TP.HCM Đinh La Thăng làm việc với Sở Y tế TP.HCM")
# an article naming three cities, writing the post without its city
_PLACELESS = {
    "id": "s",
    "text": "Đoàn công tác của UBND TP.HCM và Hà Nội đã làm việc tại Cần Thơ. "
    "Sáng nay, Bí thư Thành ủy Đinh La Thăng cho biết thành phố sẽ học hỏi kinh nghiệm.",
}


# the same, where the article also names that body itself beside bodies of other levels
_DEPUTY = _five_articles("d", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh Nguyễn Tiến Nhường kiểm tra")
_BESIDE = {
    "id": "b",
    "text": "Sáng 5/6, tại Hà Nội, UBND tỉnh Bắc Ninh và UBND huyện Tiên Du họp báo. "
    "Ông Nguyễn Tiến Nhường, Phó Chủ tịch Thường trực UBND cho biết sẽ kiểm tra.",
}
_SCENARIOS = {"body named elsewhere only": (_TITLED, _PLACELESS), "body also named in the article": (_DEPUTY, _BESIDE)}


def _org_of(store, name: str, role: str = "Bí thư") -> dict[str, str]:
    """The body of each article's post `role` held by `name`."""
    rows = [row for row in run_query(store, _HOLDINGS, {"name": name}).rows if row[3].value == role]
    return {row[0].value: row[1].value for row in rows}


def _graph(store) -> Graph:
    return Graph().parse(data=export(store, "ntriples").data, format="nt")


def test_a_placeless_body_is_the_one_its_holder_holds_posts_in_elsewhere(tmp_path):
    alone = _org_of(build_records(tmp_path, _PLACELESS, name="alone.jsonl"), "Đinh La Thăng")
    store = build_records(tmp_path, *_TITLED, _PLACELESS)
    org_of = _org_of(store, "Đinh La Thăng")
    assert alone["s"] != org_of["t0"]  # read alone, the article cannot say which Thành ủy
    assert org_of["s"] == org_of["t0"]
    evidence = run_query(
        store,
        "SELECT ?e ?from ?to WHERE { ?d a kg:OrganizationMergeDecision ; kg:identityEvidence ?e ; "
        "kg:scopedOrganization ?from ; kg:joinedOrganization ?to }",
        {"to": f"<{org_of['t0']}>"},
    ).rows
    assert [(row[0].value.split("/person/")[0], row[1].value) for row in evidence] == [
        ("holder:https://w3id.org/vnkg/id", alone["s"])
    ]


@pytest.mark.parametrize("scenario", sorted(_SCENARIOS))
def test_the_join_depends_only_on_the_articles_in_the_store(tmp_path, scenario):
    """Added later or at once, the graph is the same; removing the evidence gives the article its own body back."""
    titled, placeless = _SCENARIOS[scenario]
    holder, role = (
        ("Đinh La Thăng", "Bí thư") if placeless is _PLACELESS else ("Nguyễn Tiến Nhường", "Phó Chủ tịch Thường trực")
    )
    stepwise = open_store("memory")
    build([write_jsonl(tmp_path / "first.jsonl", [placeless])], stepwise)
    build([write_jsonl(tmp_path / "later.jsonl", titled)], stepwise)
    org_of = _org_of(stepwise, holder, role)
    assert org_of[placeless["id"]] == org_of[titled[0]["id"]]
    displaced = run_query(stepwise, "SELECT ?s WHERE { ?d kg:displacedTriples ?s }").rows
    assert bool(displaced) == (placeless is _BESIDE)  # what an exact undo needs, kept where the article names both
    at_once = build_records(tmp_path, placeless, *titled, name="all.jsonl")
    assert isomorphic(_graph(stepwise), _graph(at_once))
    remove([record["id"] for record in titled], stepwise)
    alone = build_records(tmp_path, placeless, name="alone.jsonl")
    assert isomorphic(_graph(stepwise), _graph(alone))


def test_a_holder_with_posts_in_two_such_bodies_leaves_the_body_to_its_article(tmp_path):
    """A leader moved from Hà Nội to TP.HCM: "Bí thư Thành ủy" alone may be either."""
    hanoi = _five_articles("h", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải họp")
    hcmc = _five_articles("c", "Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Hoàng Trung Hải họp")
    placeless = {
        "id": "s",
        "text": "Đoàn công tác của Hà Nội và TP.HCM đã làm việc tại Cần Thơ. "
        "Sáng nay, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hoàng Trung Hải phát biểu.",
    }
    store = build_records(tmp_path, *hanoi, *hcmc, placeless)
    org_of = _org_of(store, "Hoàng Trung Hải")
    members = run_query(store, "SELECT DISTINCT ?p WHERE { ?m a org:Membership ; org:member ?p }").rows
    assert len(members) == 1  # one person throughout, by the Politburo seat: the posts alone must not decide
    assert org_of["h0"] != org_of["c0"]
    assert org_of["s"] not in {org_of["h0"], org_of["c0"]}


def test_a_body_named_for_a_continent_is_no_country_of_its_article():
    """ "Nghị viện châu Âu" in a story on Britain is the European Parliament, not a British "Nghị viện châu Âu Anh"."""
    from kg.document import Document
    from kg.pipeline import process

    text = "Thủ tướng Anh Theresa May đã gặp Chủ tịch Nghị viện châu Âu Antonio Tajani tại London. Quốc hội Anh họp."
    keys = {o.label: o.key for o in process(Document("x", text)).organizations}
    assert keys["Nghị viện châu Âu"] == "nghị viện châu âu"
    assert keys["Quốc hội Anh"] == "quốc hội anh"
