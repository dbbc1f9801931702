"""The whole pipeline on the seed article (../shared) and on the bundled example."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import EXAMPLE_ARTICLE, SEED_GOLD, SEED_TEXT, needs_shared
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic

from kg.graph.export import export
from kg.pipeline import build
from kg.query import load_query, run_query
from kg.store import open_store


def rdflib_graph(store) -> Graph:
    return Graph().parse(data=export(store, "ntriples").data, format="nt")


@needs_shared
def test_seed_scores():
    from kg.evaluate import evaluate_file

    report = evaluate_file(SEED_GOLD)
    assert report["persons"].f1 == 1.0
    assert report["person-role"].f1 == 1.0
    assert report["person-role-org"].f1 == 1.0
    assert report["organizations"].f1 == 1.0  # the acceptance article: every organization, nothing else


def test_three_distinct_vu_dia_phuong_2(seed_store):
    rows = run_query(
        seed_store,
        """SELECT DISTINCT ?o ?parent WHERE { ?o rdfs:label ?l ; org:subOrganizationOf ?p . ?p rdfs:label ?pl .
           FILTER(STR(?l) = "Vụ Địa phương 2") BIND(STR(?pl) AS ?parent) }""",
    ).rows
    assert len({row[0] for row in rows}) == 3
    assert {row[1].value for row in rows} == {
        "Ban Tổ chức Trung ương",
        "Ban Tuyên giáo và Dân vận Trung ương",
        "Ban Nội chính Trung ương",
    }


def test_one_iri_for_a_person_named_three_times(seed_store):
    rows = run_query(seed_store, 'SELECT DISTINCT ?p WHERE { ?p foaf:name "Nguyễn Đình Trung" }').rows
    assert len(rows) == 1


def _build_text(tmp_path, text: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hoi-nghi-kiem-diem.txt").write_text(text, encoding="utf-8")
    store = open_store("memory")
    build([str(folder)], store)
    return rdflib_graph(store)


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: unicodedata.normalize("NFD", t),
        lambda t: t.replace("Ủy", "Uỷ").replace("ủy", "uỷ").replace("òa", "oà").replace("Hòa", "Hoà"),
    ],
    ids=["nfd", "old-tone-marks"],
)
def test_spelling_variants_give_isomorphic_graphs(tmp_path, variant):
    if not SEED_TEXT.exists():
        pytest.skip("../shared seed article is not present beside the project")
    text = SEED_TEXT.read_text(encoding="utf-8")
    changed = variant(text)
    assert changed != text
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    original = _build_text(tmp_path / "a", text)
    other = _build_text(tmp_path / "b", changed)
    if not isomorphic(original, other):
        _, only_a, only_b = graph_diff(original, other)
        pytest.fail(f"graphs differ:\n{sorted(only_a)[:5]}\n{sorted(only_b)[:5]}")


def test_turtle_export_parses_back_isomorphic(example_store):
    parsed = Graph().parse(data=export(example_store, "turtle").data, format="turtle")
    assert len(parsed) > 50
    assert isomorphic(parsed, rdflib_graph(example_store))


def test_example_builds_the_expected_holdings(example_store):
    rows = {tuple(t.value for t in row[1:4]) for row in run_query(example_store, load_query("holdings")).rows}
    assert ("Hoàng Quốc Bảo", "Phó Vụ trưởng", "Vụ Địa phương 3") in rows
    assert ("Trần Minh Khoa", "Phó Bí thư", "Tỉnh ủy") in rows
    assert ("Trần Minh Khoa", "Chủ tịch", "Ủy ban nhân dân tỉnh") in rows
    assert ("Đặng Thu Hà", "Giám đốc", "Sở Nội vụ tỉnh Bình Sơn") in rows


def test_holdings_show_each_organization_by_its_one_preferred_name(example_store):
    result = run_query(example_store, load_query("holdings"))
    assert result.variables == ["doc", "person", "role", "org", "org_label"]
    written = {(row[1].value, row[2].value): (row[3].value, row[4].value) for row in result.rows}
    assert written[("Trần Minh Khoa", "Phó Bí thư")] == ("Tỉnh ủy", "Tỉnh ủy Bình Sơn")  # the place the article gives
    labels = run_query(
        example_store,
        "SELECT ?o (COUNT(DISTINCT ?l) AS ?n) WHERE { ?o a org:Organization ; "
        "skos:prefLabel ?l } GROUP BY ?o HAVING (COUNT(DISTINCT ?l) > 1)",
    ).rows
    assert labels == []  # SKOS: one preferred label per organization, whatever the articles wrote


def test_every_membership_is_sourced(example_store):
    rows = run_query(
        example_store,
        """SELECT ?m ?begin ?end ?text ?sentence WHERE { ?m a org:Membership ; prov:wasDerivedFrom ?d ;
           kg:confidence ?c ; kg:mention ?x . ?x nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text ;
           nif:sentence ?s . ?s nif:anchorOf ?sentence }""",
    ).rows
    assert rows
    for _, begin, end, text, sentence in rows:
        assert int(end.value) - int(begin.value) == len(text.value)
        assert text.value in sentence.value


def test_rebuilding_the_same_input_changes_nothing(tmp_path):
    store = open_store(tmp_path / "graph")
    first = build([str(EXAMPLE_ARTICLE)], store)
    before = rdflib_graph(store)
    second = build([str(EXAMPLE_ARTICLE)], store)
    assert first.documents == 1 and second.documents == 0 and second.unchanged == 1
    assert isomorphic(before, rdflib_graph(store))


def test_terms_written_are_standard_or_declared(example_store):
    from kg.graph.ontology import undeclared_terms

    assert undeclared_terms(rdflib_graph(example_store)) == set()


def test_document_metadata_from_jsonl(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "bai-1", "text": "Bí thư Tỉnh ủy Lê Văn Hùng phát biểu.", "title": "Hội nghị", '
        '"date": "2025-03-12", "source": "https://example.vn/a"}\n',
        encoding="utf-8",
    )
    store = open_store("memory")
    build([str(path)], store)
    (row,) = run_query(
        store,
        "SELECT ?t ?d ?s ?id WHERE { ?x dcterms:identifier ?id ; dcterms:title ?t ; dcterms:date ?d ; dcterms:source ?s }",
        {"id": "bai-1"},
    ).rows
    assert [t.value for t in row[:3]] == ["Hội nghị", "2025-03-12", "https://example.vn/a"]
    assert row[0].language == "vi"


DEV = SEED_GOLD.parent.parent / "dev"
# Figures measured with `kg eval` on the dev sets (see the closing note of issue 2); pinned a little under them so a
# change that makes extraction worse fails here.
DEV_FLOORS = {
    "sentences.jsonl": {"persons": 0.97, "person-role": 0.94, "person-role-org": 0.89, "organizations": 0.89},
    "articles.jsonl": {"persons": 0.97, "person-role": 0.91, "person-role-org": 0.87, "organizations": 0.88},
}


@needs_shared
@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_dev_scores_do_not_regress(name):
    from kg.evaluate import evaluate_file

    report = evaluate_file(DEV / name)
    for task, floor in DEV_FLOORS[name].items():
        assert report[task].f1 >= floor, f"{name} {task}: F1 {report[task].f1:.3f} < {floor}"


def test_labels_are_full_forms_with_the_written_form_kept(tmp_path):
    store = open_store("memory")
    path = tmp_path / "a.txt"
    path.write_text("Chủ tịch UBND TP.HCM Phan Văn Mãi phát biểu.", encoding="utf-8")
    build([str(path)], store)
    (row,) = run_query(
        store,
        "SELECT ?label ?alt WHERE { GRAPH ?g { ?d a schema:NewsArticle . ?o a org:Organization ; "
        "rdfs:label ?label ; skos:altLabel ?alt } }",
    ).rows
    assert (row[0].value, row[1].value) == ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP.HCM")
    assert row[0].language == "vi"


def test_an_article_names_a_body_by_its_fullest_form(tmp_path):
    """The headline's short form, then the full name in the text: the article's label is the full name, as the
    annotation writes each body once in its fullest form (the organizations query reads it)."""
    store = open_store("memory")
    path = tmp_path / "a.txt"
    path.write_text(
        "Giám đốc Sở GD&ĐT Lâm Đồng xin thôi chức\n\nÔng Phạm Ngọc Vinh, Giám đốc Sở Giáo dục và Đào tạo tỉnh Lâm "
        "Đồng, đã xin thôi chức. Sở GD&ĐT cho biết sẽ bố trí người phụ trách.",
        encoding="utf-8",
    )
    build([str(path)], store)
    forms = {row[1].value for row in run_query(store, load_query("organizations")).rows}
    assert "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng" in forms
    assert not any(form.startswith("Sở GD") or form == "Sở Giáo dục và Đào tạo Lâm Đồng" for form in forms)


def test_status_and_confidence_are_in_the_graph(tmp_path):
    store = open_store("memory")
    path = tmp_path / "a.txt"
    path.write_text(
        "Ông Lê Văn Hải, nguyên Bí thư Tỉnh ủy Quảng Trị, được bổ nhiệm giữ chức Giám đốc Sở Y tế.", encoding="utf-8"
    )
    build([str(path)], store)
    rows = run_query(
        store,
        "SELECT ?role ?status ?c WHERE { ?m org:role/skos:prefLabel ?role ; kg:status ?status ; kg:confidence ?c }",
    ).rows
    found = {(r[0].value, r[1].value.rsplit("#", 1)[1]) for r in rows}
    assert found == {("Bí thư", "former"), ("Giám đốc", "new")}
    assert all(0 < float(r[2].value) <= 1 for r in rows)


def test_changed_document_replaces_what_it_contributed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bí thư Tỉnh ủy Lê Văn Hùng phát biểu.", encoding="utf-8")
    store = open_store("memory")
    build([str(folder)], store)
    (folder / "a.txt").write_text("Chủ tịch UBND tỉnh Phạm Văn Nam phát biểu.", encoding="utf-8")
    summary = build([str(folder)], store)
    assert summary.documents == 1
    names = {row[1].value for row in run_query(store, load_query("persons")).rows}
    assert names == {"Phạm Văn Nam"}


def test_unchanged_documents_are_not_analysed_again(tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    store = open_store("memory")
    build([str(EXAMPLE_ARTICLE)], store)
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: pytest.fail("an unchanged document was analysed"))
    assert build([str(EXAMPLE_ARTICLE)], store).unchanged == 1


def test_changing_settings_rebuilds(tmp_path):
    store = open_store("memory")
    build([str(EXAMPLE_ARTICLE)], store)
    assert build([str(EXAMPLE_ARTICLE)], store, min_confidence=0.9).documents == 1
