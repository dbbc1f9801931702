"""`kg validate`: SHACL shapes (pySHACL) and OWL consistency (owlready2 + HermiT), on hand-written and built graphs."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import SEED_TEXT, SHARED, needs_shared
from rdflib import Graph, URIRef

from kg.cli import main
from kg.graph.ontology import load_ontology
from kg.graph.validate import SH, load_shapes, shapes_path, validate
from kg.namespaces import FOAF, ORG, OWL

needs_java = pytest.mark.skipif(
    shutil.which("java") is None,
    reason="no `java` on the PATH: owlready2 runs the HermiT reasoner with it (Debian: default-jre-headless)",
)

SENTENCE = "Dự hội nghị có Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương Nguyễn Văn An."
HOLDING = "Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương Nguyễn Văn An"
NAME = "Nguyễn Văn An"
H0 = SENTENCE.index(HOLDING)
N0 = SENTENCE.index(NAME)

PREFIXES = """\
@prefix kg: <https://w3id.org/vnkg/ontology#> .
@prefix kgid: <https://w3id.org/vnkg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix opengov: <http://www.w3.org/ns/opengov#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sssom: <https://w3id.org/sssom/> .
"""

# One holding, shaped like what kg/graph/rdf.py, kg/graph/identity.py and kg/graph/inference.py write (written by hand here).
DOCUMENT = f"""
kgid:doc\\/d1 a schema:NewsArticle, prov:Entity ;
    dcterms:identifier "d1" ; kg:contentHash "{"ab" * 32}" ;
    dcterms:title "Hội nghị cán bộ"@vi ; dcterms:date "2024-05-01"^^xsd:date ;
    schema:mentions kgid:person\\/an, kgid:org\\/vu2 .
kgid:person\\/an a foaf:Person ; foaf:name "{NAME}" ; rdfs:label "{NAME}"@vi ;
    org:holds kgid:post\\/pvt-vu2 .
kgid:org\\/vu2 a org:Organization ; rdfs:label "Vụ Địa phương 2"@vi ; skos:prefLabel "Vụ Địa phương 2"@vi ;
    org:subOrganizationOf kgid:org\\/btc .
kgid:org\\/btc a org:Organization ; rdfs:label "Ban Tổ chức Trung ương"@vi ;
    skos:prefLabel "Ban Tổ chức Trung ương"@vi ; skos:altLabel "Ban TCTW"@vi .
kgid:role\\/pvt a org:Role, skos:Concept ; skos:prefLabel "Phó Vụ trưởng"@vi ; rdfs:label "Phó Vụ trưởng"@vi .
kgid:post\\/pvt-vu2 a org:Post ; org:role kgid:role\\/pvt ; org:postIn kgid:org\\/vu2 ;
    rdfs:label "Phó Vụ trưởng, Vụ Địa phương 2"@vi .
kgid:membership\\/m1 a org:Membership ;
    org:member kgid:person\\/an ;
    org:role kgid:role\\/pvt ; org:organization kgid:org\\/vu2 ; opengov:post kgid:post\\/pvt-vu2 ;
    prov:wasDerivedFrom kgid:doc\\/d1 ; kg:confidence 0.95 ; kg:status kg:current ;
    kg:mention kgid:doc\\/d1\\/mention\\/h ; kg:extractionPattern "title_before_name" ;
    kg:writtenForm "Vụ Địa phương 2"@vi .
kgid:doc\\/d1\\/mention\\/h a kg:Mention ; nif:anchorOf "{HOLDING}" ;
    nif:beginIndex {H0} ; nif:endIndex {H0 + len(HOLDING)} ; nif:referenceContext kgid:doc\\/d1 ;
    nif:sentence kgid:doc\\/d1\\/sentence\\/0 .
kgid:doc\\/d1\\/mention\\/n a kg:Mention ; nif:anchorOf "{NAME}" ;
    nif:beginIndex {N0} ; nif:endIndex {N0 + len(NAME)} ; nif:referenceContext kgid:doc\\/d1 ;
    nif:sentence kgid:doc\\/d1\\/sentence\\/0 ; kg:denotes kgid:person\\/an ; kg:nameKey "nguyễn văn an" ;
    kg:identityEvidence "body:ban tổ chức trung ương" .
kgid:doc\\/d1\\/sentence\\/0 a nif:Sentence ; nif:anchorOf "{SENTENCE}" ;
    nif:beginIndex 0 ; nif:endIndex {len(SENTENCE)} ; nif:referenceContext kgid:doc\\/d1 .
"""
HIERARCHY = """
kgid:org\\/vu2 org:transitiveSubOrganizationOf kgid:org\\/btc .
kgid:person\\/an org:memberOf kgid:org\\/vu2, kgid:org\\/btc .
"""
VALID = PREFIXES + DOCUMENT + HIERARCHY
MEMBER_LINE = "    org:member kgid:person\\/an ;\n"


def write(tmp_path, text: str, name: str = "graph.ttl"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(runner, *args: str):
    return runner.invoke(main, ["validate", *args])


# ---- the shapes themselves ------------------------------------------------------------------------------------


def test_shapes_are_valid_shacl():
    import pyshacl

    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=load_shapes(), meta_shacl=True, advanced=True)
    assert conforms, text
    assert shapes_path().name == "shapes.ttl"


def test_every_disjointness_axiom_is_restated_as_a_shape():
    """The fast SHACL check must catch what the ontology declares disjoint, not only the (slow) reasoner."""
    ontology, shapes = load_ontology(), load_shapes()
    pairs = list(ontology.subject_objects(OWL.disjointWith))
    assert (FOAF.Person, ORG.Organization) in pairs
    restated = {
        (target, shapes.value(negated, SH["class"]))
        for shape in shapes.subjects(SH["not"], None)
        for target in shapes.objects(shape, SH.targetClass)
        for negated in shapes.objects(shape, SH["not"])
    }
    for a, b in pairs:
        assert (a, b) in restated or (b, a) in restated, f"{a} owl:disjointWith {b} has no sh:not shape"


def test_every_class_the_builder_writes_has_a_shape(example_store):
    targets = set(load_shapes().objects(None, SH.targetClass))
    written = {URIRef(row["t"].value) for row in example_store.query("SELECT DISTINCT ?t WHERE { ?s a ?t }")}
    assert written, "the example graph has no types?"
    # prov:Entity and skos:Concept are second types of documents and roles, which their shapes require.
    missing = (
        written
        - targets
        - {URIRef("http://www.w3.org/ns/prov#Entity"), URIRef("http://www.w3.org/2004/02/skos/core#Concept")}
    )
    assert not missing, f"classes written without a shape: {sorted(missing)}"


# ---- valid and broken graphs ----------------------------------------------------------------------------------


def test_valid_graph_conforms(runner, tmp_path):
    result = run(runner, write(tmp_path, VALID))
    assert result.exit_code == 0, result.output
    assert "conforms to the shapes; 0 warnings" in result.output


def test_membership_without_member_fails(runner, tmp_path):
    assert MEMBER_LINE in VALID
    result = run(runner, write(tmp_path, VALID.replace(MEMBER_LINE, "")))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Violation")]
    assert lines == [
        'Violation: kgid:membership/m1 "Phó Vụ trưởng" (org:Membership) org:member: '
        "a membership needs exactly one member (org:member, a foaf:Person) (missing)"
    ]
    assert "1 violation;" in result.output


def test_membership_with_two_members_says_how_many(runner, tmp_path):
    second = (
        MEMBER_LINE
        + '    org:member kgid:person\\/binh .\nkgid:person\\/binh a foaf:Person ; foaf:name "Bình" ; rdfs:label "Bình"@vi .\nkgid:membership\\/m1 '
    )
    result = run(runner, write(tmp_path, VALID.replace(MEMBER_LINE, second, 1)))
    assert result.exit_code == 1
    assert "org:member: a membership needs exactly one member (org:member, a foaf:Person) (2 values)" in result.output


def test_label_without_language_tag_fails(runner, tmp_path):
    broken = VALID.replace('rdfs:label "Vụ Địa phương 2"@vi', 'rdfs:label "Vụ Địa phương 2"')
    assert broken != VALID
    result = run(runner, write(tmp_path, broken))
    assert result.exit_code == 1
    assert (
        'Violation: kgid:org/vu2 "Vụ Địa phương 2" (org:Organization) rdfs:label = "Vụ Địa phương 2": '
        'an organization needs a label with a language tag ("..."@vi)'
    ) in result.output.splitlines()


def test_person_typed_as_organization_fails(runner, tmp_path):
    broken = VALID + "kgid:person\\/an a org:Organization .\n"
    result = run(runner, write(tmp_path, broken))
    assert result.exit_code == 1
    assert (
        'Violation: kgid:person/an "Nguyễn Văn An" (foaf:Person, org:Organization): '
        "typed both foaf:Person and org:Organization, which the ontology declares disjoint"
    ) in result.output


def test_cycle_in_the_hierarchy_fails(runner, tmp_path):
    broken = VALID + "kgid:org\\/btc org:subOrganizationOf kgid:org\\/vu2 .\n"
    result = run(runner, write(tmp_path, broken))
    assert result.exit_code == 1
    assert 'kgid:org/btc "Ban Tổ chức Trung ương" (org:Organization): lies under itself' in result.output
    assert 'kgid:org/vu2 "Vụ Địa phương 2" (org:Organization): lies under itself' in result.output


def test_offsets_that_do_not_fit_the_text_fail(runner, tmp_path):
    broken = VALID.replace(f"nif:endIndex {N0 + len(NAME)} ;", f"nif:endIndex {N0 + len(NAME) + 2} ;")
    assert broken != VALID
    result = run(runner, write(tmp_path, broken))
    assert result.exit_code == 1
    assert (
        f"the text's length ({len(NAME)} characters) differs from its offsets (end - begin = {len(NAME) + 2})"
        in result.output
    )


def test_stale_hierarchy_is_a_warning_not_a_failure(runner, tmp_path):
    result = run(runner, write(tmp_path, PREFIXES + DOCUMENT))
    assert result.exit_code == 0, result.output
    assert (
        'Warning: kgid:org/vu2 "Vụ Địa phương 2" (org:Organization) org:subOrganizationOf = kgid:org/btc: '
        "no org:transitiveSubOrganizationOf for this parent: the materialized hierarchy is absent or out of date"
    ) in result.output
    assert "conforms to the shapes; 1 warning;" in result.output


LINK = """
kgid:person\\/an owl:sameAs <http://example.org/reference/Q1> .
[] a owl:Axiom ; owl:annotatedSource kgid:person\\/an ; owl:annotatedProperty owl:sameAs ;
   owl:annotatedTarget <http://example.org/reference/Q1> ; sssom:confidence 0.93 ;
   prov:wasDerivedFrom kgid:membership\\/m1 .
"""


def test_links_need_score_and_evidence(runner, tmp_path):
    assert run(runner, write(tmp_path, VALID + LINK)).exit_code == 0
    bare = VALID + "kgid:person\\/an skos:closeMatch <http://example.org/reference/Q2> .\n"
    result = run(runner, write(tmp_path, bare))
    assert result.exit_code == 1
    assert (
        'Violation: kgid:person/an "Nguyễn Văn An" (foaf:Person) skos:closeMatch = <http://example.org/reference/Q2>: '
        "this link has no score and evidence (an owl:Axiom annotating it)"
    ) in result.output
    wrong = VALID + LINK.replace("kgid:person\\/an", "kgid:membership\\/m1").replace("0.93", "1.5")
    output = run(runner, write(tmp_path, wrong)).output
    assert "only people (foaf:Person) and organizations (org:Organization) are linked" in output
    assert "a link needs exactly one score (sssom:confidence, a number in [0, 1])" in output


def test_the_json_ld_and_trig_forms_are_read(runner, tmp_path):
    graph = Graph().parse(data=VALID, format="turtle")
    jsonld = tmp_path / "graph.jsonld"
    jsonld.write_text(graph.serialize(format="json-ld"), encoding="utf-8")
    assert run(runner, str(jsonld)).exit_code == 0


# ---- command-line behaviour -----------------------------------------------------------------------------------


def test_validate_has_help(runner):
    result = runner.invoke(main, ["validate", "--help"])
    assert result.exit_code == 0 and "--owl" in result.output and "--sample" in result.output


def test_store_or_files_not_both(runner, tmp_path):
    path = write(tmp_path, VALID)
    assert run(runner, path, "-s", str(tmp_path)).exit_code == 2
    assert run(runner).exit_code == 2
    missing = run(runner, "-s", str(tmp_path / "absent"))
    assert missing.exit_code == 2 and "no store at" in missing.stderr
    assert not (tmp_path / "absent").exists()
    assert run(runner, path, "--sample", "3").exit_code == 2  # --sample limits --owl


def test_unreadable_files_are_named(runner, tmp_path):
    bad = write(tmp_path, "@prefix x: <http://x/> .\nx:a x:b", "bad.ttl")
    result = run(runner, bad)
    assert result.exit_code == 1 and "bad.ttl: cannot parse as turtle" in result.stderr
    odd = write(tmp_path, "whatever", "graph.csv")
    result = run(runner, odd)
    assert result.exit_code == 1 and "graph.csv: unknown RDF format '.csv'" in result.stderr
    empty = write(tmp_path, PREFIXES, "empty.ttl")
    result = run(runner, empty)
    assert result.exit_code == 1 and "holds no triples" in result.stderr


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    from conftest import EXAMPLES

    store = tmp_path_factory.mktemp("validate") / "graph"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-s", str(store), "--no-progress"])
    assert result.exit_code == 0, result.output
    return store


def test_a_built_store_validates(runner, built_store):
    result = run(runner, "-s", str(built_store))
    assert result.exit_code == 0, result.output
    assert f"{built_store}: conforms to the shapes; 0 warnings;" in result.output


# ---- OWL ------------------------------------------------------------------------------------------------------


@needs_java
def test_owl_check_of_a_consistent_graph(runner, tmp_path):
    result = run(runner, write(tmp_path, VALID), "--owl")
    assert result.exit_code == 0, result.output
    assert "OWL: consistent (HermiT)" in result.output


@needs_java
def test_owl_check_finds_the_disjoint_person_and_organization(runner, tmp_path):
    # Only the reasoner sees this one: the range of org:postIn makes the person an organization.
    broken = VALID + "kgid:post\\/pvt-vu2 org:postIn kgid:person\\/an .\n"
    result = run(runner, write(tmp_path, broken), "--owl")
    assert result.exit_code == 1
    assert "OWL: inconsistent: the data contradicts the ontology (HermiT)" in result.output
    assert (
        'likely cause: kgid:person/an "Nguyễn Văn An" is both foaf:Person (rdf:type foaf:Person) and '
        "org:Organization (value of org:postIn), which the ontology declares disjoint"
    ) in result.output


@needs_java
def test_owl_check_finds_two_confidences(tmp_path):
    broken = VALID.replace("kg:confidence 0.95 ;", "kg:confidence 0.95, 0.5 ;")
    report = validate([write(tmp_path, broken)], owl=True)
    assert report.owl.consistent is False
    assert report.owl.causes == ["kgid:membership/m1 has 2 values of kg:confidence (0.5, 0.95), a functional property"]
    assert "kg:confidence: a membership needs exactly one confidence" in "\n".join(
        f.format() for f in report.violations
    )


@needs_java
def test_sample_reasons_over_some_documents(tmp_path):
    second = DOCUMENT.replace("d1", "d2")
    trig = PREFIXES + "kgid:graph\\/d1 {" + DOCUMENT + "}\nkgid:graph\\/d2 {" + second + "}\n"
    trig += "kgid:graph\\/inferred\\/hierarchy {" + HIERARCHY + "}\n"
    path = write(tmp_path, trig, "graphs.trig")
    sampled = validate([path], owl=True, sample=1)
    assert sampled.owl.consistent
    assert sampled.owl.documents == 1 and "a sample of 1 of 2 documents" in sampled.owl.message
    assert 0 < sampled.owl.triples < sampled.triples  # the SHACL check read all of it
    # the sampled document keeps what the hierarchy graph says about its nodes
    assert sampled.owl.triples > len(Graph().parse(data=PREFIXES + DOCUMENT, format="turtle"))
    # a store gives the same sample as the same graphs in a file
    from rdflib import Dataset

    from kg.store import open_store

    dataset = Dataset().parse(path, format="trig")
    store = open_store("memory")
    store.replace_graphs({str(g.identifier): list(g) for g in dataset.graphs() if len(g)})
    assert validate(store, owl=True, sample=1).owl.triples == sampled.owl.triples


def test_without_java_the_owl_check_says_so_and_fails(runner, tmp_path, monkeypatch):
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", str(tmp_path / "no-java-here"))
    result = run(runner, write(tmp_path, VALID), "--owl")
    assert result.exit_code == 1
    assert "conforms to the shapes" in result.output  # the SHACL check still ran and reported
    assert "OWL: OWL check not run: Java" in result.output and "is not installed" in result.output
    assert "default-jre-headless" in result.output


# ---- the shared data ------------------------------------------------------------------------------------------


def _build(paths):
    from kg.pipeline import build
    from kg.store import open_store

    store = open_store("memory")
    build([str(p) for p in paths], store)
    return store


@needs_shared
@pytest.mark.parametrize("name", ["seed", "dev sentences", "dev articles"])
def test_shared_graphs_validate(name):
    files = {
        "seed": [SEED_TEXT],
        "dev sentences": [SHARED / "data" / "dev" / "sentences.jsonl"],
        "dev articles": [SHARED / "data" / "dev" / "articles.jsonl"],
    }[name]
    report = validate(_build(files))
    assert not report.violations, "\n".join(f.format() for f in report.violations)
    # the materialized hierarchy is present and up to date
    assert not [f for f in report.warnings if "org:transitiveSubOrganizationOf" in f.message]


@needs_shared
@needs_java
def test_seed_graph_is_consistent(seed_store):
    report = validate(seed_store, owl=True)
    assert report.ok, json.dumps([f.format() for f in report.findings] + [report.owl.message], ensure_ascii=False)


# ---- a store checked a batch of documents at a time ----------------------------------------------------------

SECOND = (
    DOCUMENT.replace("d1", "d2")
    .replace("kgid:membership\\/m1", "kgid:membership\\/m2")
    .replace('skos:prefLabel "Phó Vụ trưởng"@vi', 'skos:prefLabel "Phó vụ trưởng"@vi')  # another article's spelling
    .replace("kg:confidence 0.95 ; ", "")  # a membership without its confidence
    .replace('skos:altLabel "Ban TCTW"@vi .', 'skos:altLabel "Ban TCTW"@vi ; org:subOrganizationOf kgid:org\\/vu2 .')
)
TENURES = """
kgid:tenure\\/t1 a kg:Tenure ; kg:tenureRole kgid:role\\/pvt ; kg:tenureOrganization kgid:org\\/vu2 ;
    kg:documentId "d1" ; kg:replaces kgid:tenure\\/t0 .
kgid:tenure\\/t0 a kg:Tenure ; kg:tenureOf kgid:person\\/an ; kg:tenureRole kgid:role\\/pvt ;
    kg:tenureOrganization kgid:org\\/vu2 ; kg:documentId "d2" .
"""


@pytest.fixture
def two_documents_store():
    """Two documents and the shared graphs, with faults inside one document (a membership without confidence),
    inside a shared graph (a tenure without holder) and across documents (a hierarchy cycle, a role spelt two ways,
    a parent without its materialized hierarchy)."""
    from rdflib import Dataset

    from kg.store import open_store

    trig = PREFIXES + "kgid:graph\\/d1 {" + DOCUMENT + "}\nkgid:graph\\/d2 {" + SECOND + "}\n"
    trig += "kgid:graph\\/inferred\\/hierarchy {" + HIERARCHY + "}\n"
    trig += "kgid:graph\\/inferred\\/tenures {" + TENURES + "}\n"
    dataset = Dataset().parse(data=trig, format="trig")
    store = open_store("memory")
    store.replace_graphs({str(g.identifier): list(g) for g in dataset.graphs() if len(g)})
    return store


def test_batches_find_what_the_whole_union_finds(two_documents_store):
    whole = [f.format() for f in validate(two_documents_store, documents_per_batch=None).findings]
    for per_batch in (1, 2):
        assert [f.format() for f in validate(two_documents_store, documents_per_batch=per_batch).findings] == whole
    text = "\n".join(whole)
    assert "kgid:membership/m2" in text and "a membership needs exactly one confidence" in text
    assert "kgid:tenure/t1" in text and "a tenure has exactly one holder (kg:tenureOf)" in text
    assert "lies under itself: a cycle in org:subOrganizationOf" in text
    assert "several preferred labels in one language, where SKOS allows one (Phó Vụ trưởng | Phó vụ trưởng)" in text
    assert "no org:transitiveSubOrganizationOf for this parent" in text
    assert "kgid:membership/m1" not in text  # the first document's membership is whole


def test_validate_reports_progress_by_batch(two_documents_store):
    seen = []
    validate(two_documents_store, documents_per_batch=1, progress=lambda done, total: seen.append((done, total)))
    assert seen[:2] == [(1, 2), (2, 2)]


def test_the_cli_checks_a_store_in_batches(runner, built_store):
    result = run(runner, "-s", str(built_store), "--batch", "1")
    assert result.exit_code == 0, result.output
    assert f"{built_store}: conforms to the shapes; 0 warnings;" in result.output


def test_a_name_with_its_abbreviation_after_it_is_no_body_under_itself(tmp_path):
    """Found by validating the whole corpus: "… Mặt trận Tổ quốc Việt Nam Việt Nam (UBTƯ MTTQ)" read the
    abbreviation as the parent of the name it abbreviates, one body: a cycle in the hierarchy."""
    text = (
        "Ông Trần Thanh Mẫn, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Việt Nam "
        "(UBTƯ MTTQ) vừa được hiệp thương giữ chức Chủ tịch."
    )
    store = _build([write(tmp_path, json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", "a.jsonl")])
    assert not store.ask("ASK { ?o org:subOrganizationOf ?o }")
    assert not validate(store).violations


def test_a_role_written_with_other_capitals_keeps_one_preferred_label(runner, tmp_path):
    texts = tmp_path / "in.jsonl"
    texts.write_text(
        json.dumps(
            {"id": "a", "text": "Ông Nguyễn Văn An, Phó Giám Đốc Sở Y tế tỉnh Nghệ An, phát biểu."}, ensure_ascii=False
        )
        + "\n"
        + json.dumps(
            {"id": "b", "text": "Bà Trần Thị Bình, phó giám đốc Sở Y tế tỉnh Hà Tĩnh, cho biết."}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "store")
    assert runner.invoke(main, ["build", str(texts), "-s", store, "-q"]).exit_code == 0
    result = runner.invoke(main, ["validate", "-s", store])
    assert "several preferred labels" not in result.output, result.output
    rows = runner.invoke(main, ["query", "holdings", "-s", store, "-f", "csv"]).output
    assert "Phó Giám đốc" in rows and "Phó Giám Đốc" not in rows and "phó giám đốc" not in rows


@pytest.mark.parametrize(
    "written, label",
    [
        ("Phó Giám Đốc", "Phó Giám đốc"),
        ("TỔNG BÍ THƯ", "Tổng Bí thư"),
        ("Thượng Nghị sỹ", "Thượng nghị sỹ"),  # the article's letters, the lexicon's capitals
        # not all a title the lexicon knows: as written (names, bodies, compounds)
        ("Tổng thống Mỹ", "Tổng thống Mỹ"),
        ("Trưởng ca", "Trưởng ca"),
        ("Giám đốc tư vấn", "Giám đốc tư vấn"),
        ("Đội phó", "Đội phó"),
        ("Phó Giám đốc/Trưởng phòng", "Phó Giám đốc/Trưởng phòng"),
    ],
)
def test_role_labels_take_the_lexicons_capitals_only_for_titles_it_knows_whole(written, label):
    from kg.graph.rdf import title_label
    from kg.language.names import role_key

    assert title_label(written) == label
    assert title_label(label) == label and role_key(title_label(written)) == role_key(written)
