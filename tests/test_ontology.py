"""The ontology parses, agrees with kg/namespaces.py, loads into owlready2, and catches undeclared terms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

import kg.namespaces as ns
from kg.errors import OntologyError
from kg.graph.ontology import (
    STANDARD_NAMESPACES,
    declared_terms,
    load_into_owlready,
    load_ontology,
    ontology_path,
    undeclared_terms,
)
from kg.namespaces import (
    DATA_BASE,
    DCTERMS,
    FOAF,
    KG,
    NIF,
    ONTOLOGY_IRI,
    OPENGOV,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
)

# XSD is used as ns.XSD: a module-level XSD makes pytest's collection probe it, and rdflib warns about the
# unknown attribute it asks for ("_mock_name is not defined in namespace XSD").
KG_TERMS = {URIRef(str(KG._NS) + name) for name in KG.__annotations__}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def test_ontology_file_is_found() -> None:
    path = ontology_path()
    assert path.name == "kg.ttl"
    assert path.is_file()


def test_ontology_parses_and_has_header(ontology: Graph) -> None:
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    from kg import __version__

    assert ontology.value(header, OWL.versionInfo) == Literal(__version__)  # the ontology moves with the package
    assert ontology.value(header, DCTERMS.license) == URIRef("https://www.gnu.org/licenses/gpl-3.0")
    assert ontology.value(header, DCTERMS.title) is not None
    assert ontology.value(header, RDFS.comment) is not None


def test_every_kg_term_is_declared() -> None:
    assert KG_TERMS, "KG declares no terms?"
    missing = KG_TERMS - declared_terms()
    assert not missing, f"terms of KG not declared in kg.ttl: {sorted(missing)}"


def test_every_declared_term_exists_in_kg() -> None:
    extra = declared_terms() - KG_TERMS
    assert not extra, f"terms declared in kg.ttl but missing from KG: {sorted(extra)}"


def test_kg_terms_have_english_label_and_comment(ontology: Graph) -> None:
    for term in KG_TERMS:
        labels = {lit.language for lit in ontology.objects(term, RDFS.label)}
        comments = {lit.language for lit in ontology.objects(term, RDFS.comment)}
        assert "en" in labels, term
        assert "en" in comments, term


def test_axioms_of_own_terms(ontology: Graph) -> None:
    assert (KG.Mention, RDFS.subClassOf, PROV.Entity) in ontology
    assert (KG.HoldingStatus, RDFS.subClassOf, SKOS.Concept) in ontology
    assert (KG.confidence, RDF.type, OWL.FunctionalProperty) in ontology
    assert ontology.value(KG.confidence, RDFS.range) == ns.XSD.decimal
    assert ontology.value(KG.status, RDFS.range) == KG.HoldingStatus
    assert ontology.value(KG.mention, RDFS.range) == KG.Mention
    assert ontology.value(KG.writtenForm, RDFS.domain) == ORG.Membership
    vietnamese = {"current": "hiện tại", "new": "mới bổ nhiệm", "former": "nguyên"}
    for name, label in vietnamese.items():
        individual = KG[name]
        assert (individual, RDF.type, KG.HoldingStatus) in ontology
        assert Literal(label, lang="vi") in set(ontology.objects(individual, SKOS.prefLabel))
        assert any(lit.language == "en" for lit in ontology.objects(individual, SKOS.prefLabel))


def test_standard_terms_are_declared_minimally(ontology: Graph) -> None:
    for cls in (
        FOAF.Person,
        ORG.Organization,
        ORG.Role,
        ORG.Post,
        ORG.Membership,
        SCHEMA.NewsArticle,
        PROV.Entity,
        NIF.Sentence,
        SKOS.Concept,
    ):
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    assert (FOAF.Person, OWL.disjointWith, ORG.Organization) in ontology
    assert (FOAF.Person, RDFS.subClassOf, FOAF.Agent) in ontology
    assert (ORG.Role, RDFS.subClassOf, SKOS.Concept) in ontology
    for prop in (ORG.subOrganizationOf, ORG.member, ORG.organization, ORG.role, ORG.holds, ORG.postIn, OPENGOV.post):
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, prop
    assert ontology.value(ORG.member, RDFS.domain) == ORG.Membership
    assert ontology.value(ORG.member, RDFS.range) == FOAF.Agent
    assert ontology.value(ORG.subOrganizationOf, RDFS.domain) == ORG.Organization
    assert ontology.value(ORG.subOrganizationOf, RDFS.range) == ORG.Organization


def test_ontology_itself_uses_only_known_terms(ontology: Graph) -> None:
    assert undeclared_terms(ontology) == set()


def test_standard_namespaces() -> None:
    assert "https://schema.org/" in STANDARD_NAMESPACES
    assert str(KG._NS) not in STANDARD_NAMESPACES
    assert all(ns.endswith(("#", "/")) for ns in STANDARD_NAMESPACES)


def test_loads_into_owlready2() -> None:
    onto = load_into_owlready()
    world = onto.world
    mention = world[str(KG.Mention)]
    status = world[str(KG.HoldingStatus)]
    confidence = world[str(KG.confidence)]
    assert mention is not None and status is not None and confidence is not None
    assert mention in set(onto.classes())
    assert status in set(onto.classes())
    assert confidence in set(onto.data_properties())
    assert world[str(KG.status)] in set(onto.object_properties())
    assert world[str(KG.current)] in set(status.instances())


def test_owlready2_loads_are_independent() -> None:
    first = load_into_owlready()
    second = load_into_owlready()
    assert first.world is not second.world
    assert second.world[str(KG.Mention)] is not None


def test_missing_ontology_file_is_an_ontology_error(tmp_path) -> None:
    with pytest.raises(OntologyError):
        load_ontology(tmp_path / "absent.ttl")


def test_broken_ontology_file_is_an_ontology_error(tmp_path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/vnkg/ontology#> .\nkg:a kg:b .\n", encoding="utf-8")
    with pytest.raises(OntologyError):
        load_ontology(broken)


def _sample_graph() -> Graph:
    """A small graph shaped like what the mapping writes for one holding."""
    g = Graph()
    doc = URIRef(DATA_BASE + "doc/d1")
    person = URIRef(DATA_BASE + "person/p1")
    org = URIRef(DATA_BASE + "org/o1")
    parent = URIRef(DATA_BASE + "org/o0")
    role = URIRef(DATA_BASE + "role/pho-vu-truong")
    post = URIRef(DATA_BASE + "post/p1")
    membership = URIRef(DATA_BASE + "membership/m1")
    mention = URIRef(DATA_BASE + "mention/m1")
    sentence = URIRef(DATA_BASE + "sentence/s1")

    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, RDF.type, PROV.Entity))
    g.add((doc, DCTERMS.identifier, Literal("d1")))
    g.add((doc, DCTERMS.title, Literal("Bổ nhiệm Phó Vụ trưởng", lang="vi")))
    g.add((doc, DCTERMS.date, Literal("2024-05-01", datatype=ns.XSD.date)))
    g.add((doc, DCTERMS.source, Literal("example")))
    g.add((doc, DCTERMS.spatial, Literal("Hà Nội", lang="vi")))
    g.add((doc, KG.contentHash, Literal("ab" * 32)))
    g.add((doc, SCHEMA.mentions, person))
    g.add((doc, SCHEMA.mentions, org))

    g.add((person, RDF.type, FOAF.Person))
    g.add((person, FOAF.name, Literal("Nguyễn Văn A")))
    g.add((person, RDFS.label, Literal("Nguyễn Văn A", lang="vi")))
    g.add((person, SCHEMA.honorificPrefix, Literal("Đại tá", lang="vi")))
    g.add((person, ORG.holds, post))

    for o in (org, parent):
        g.add((o, RDF.type, ORG.Organization))
    g.add((org, RDFS.label, Literal("Vụ Địa phương 2", lang="vi")))
    g.add((org, SKOS.prefLabel, Literal("Vụ Địa phương 2", lang="vi")))
    g.add((org, SKOS.altLabel, Literal("Vụ ĐP2", lang="vi")))
    g.add((org, ORG.subOrganizationOf, parent))

    g.add((role, RDF.type, ORG.Role))
    g.add((role, RDF.type, SKOS.Concept))
    g.add((role, SKOS.prefLabel, Literal("Phó Vụ trưởng", lang="vi")))
    g.add((role, RDFS.label, Literal("Phó Vụ trưởng", lang="vi")))

    g.add((post, RDF.type, ORG.Post))
    g.add((post, ORG.role, role))
    g.add((post, ORG.postIn, org))
    g.add((post, RDFS.label, Literal("Phó Vụ trưởng, Vụ Địa phương 2", lang="vi")))

    g.add((membership, RDF.type, ORG.Membership))
    g.add((membership, ORG.member, person))
    g.add((membership, ORG.organization, org))
    g.add((membership, ORG.role, role))
    g.add((membership, OPENGOV.post, post))
    g.add((membership, PROV.wasDerivedFrom, doc))
    g.add((membership, KG.confidence, Literal(Decimal("0.9"))))
    g.add((membership, KG.status, KG.current))
    g.add((membership, KG.mention, mention))
    g.add((membership, KG.extractionPattern, Literal("title_before_name")))

    g.add((mention, RDF.type, KG.Mention))
    g.add((mention, NIF.anchorOf, Literal("Phó Vụ trưởng Vụ Địa phương 2 Nguyễn Văn A")))
    g.add((mention, NIF.beginIndex, Literal(10, datatype=ns.XSD.nonNegativeInteger)))
    g.add((mention, NIF.endIndex, Literal(52, datatype=ns.XSD.nonNegativeInteger)))
    g.add((mention, NIF.referenceContext, doc))
    g.add((mention, NIF.sentence, sentence))
    g.add((membership, KG.writtenForm, Literal("Vụ ĐP2", lang="vi")))

    g.add((sentence, RDF.type, NIF.Sentence))
    g.add((sentence, NIF.anchorOf, Literal("Ông Phó Vụ trưởng Vụ Địa phương 2 Nguyễn Văn A phát biểu.")))
    g.add((sentence, NIF.beginIndex, Literal(0, datatype=ns.XSD.nonNegativeInteger)))
    g.add((sentence, NIF.endIndex, Literal(60, datatype=ns.XSD.nonNegativeInteger)))
    g.add((sentence, NIF.referenceContext, doc))
    return g


def test_sample_graph_uses_only_declared_terms() -> None:
    assert undeclared_terms(_sample_graph()) == set()


def test_made_up_own_term_is_flagged() -> None:
    g = _sample_graph()
    bogus = URIRef(ONTOLOGY_IRI + "#bogus")
    g.add((URIRef(DATA_BASE + "membership/m1"), bogus, Literal("x")))
    assert undeclared_terms(g) == {bogus}


def test_made_up_own_class_and_value_are_flagged() -> None:
    g = _sample_graph()
    bogus_class = URIRef(ONTOLOGY_IRI + "#Bogus")
    bogus_status = URIRef(ONTOLOGY_IRI + "#curent")
    g.add((URIRef(DATA_BASE + "x/1"), RDF.type, bogus_class))
    g.add((URIRef(DATA_BASE + "membership/m1"), KG.status, bogus_status))
    assert undeclared_terms(g) == {bogus_class, bogus_status}


def test_made_up_foreign_class_and_property_are_flagged() -> None:
    g = _sample_graph()
    foreign_class = URIRef("http://example.org/vocab#Politician")
    foreign_property = URIRef("http://example.org/vocab#rank")
    wrong_schema = URIRef("http://schema.org/NewsArticle")  # schema.org over http, not the https we use
    g.add((URIRef(DATA_BASE + "person/p1"), RDF.type, foreign_class))
    g.add((URIRef(DATA_BASE + "person/p1"), foreign_property, Literal("Đại tá")))
    g.add((URIRef(DATA_BASE + "doc/d1"), RDF.type, wrong_schema))
    assert undeclared_terms(g) == {foreign_class, foreign_property, wrong_schema}


def test_data_iris_in_object_position_are_not_flagged() -> None:
    g = Graph()
    g.add((URIRef(DATA_BASE + "a"), ORG.subOrganizationOf, URIRef("http://example.org/elsewhere")))
    assert undeclared_terms(g) == set()


def test_named_graphs_of_a_dataset_are_checked() -> None:
    ds = Dataset()
    named = ds.graph(URIRef(DATA_BASE + "graph/d1"))
    for triple in _sample_graph():
        named.add(triple)
    assert undeclared_terms(ds) == set()
    bogus = URIRef(ONTOLOGY_IRI + "#bogus")
    named.add((URIRef(DATA_BASE + "doc/d1"), bogus, Literal("x")))
    assert undeclared_terms(ds) == {bogus}


def test_the_plain_prefixes_the_stores_read_are_the_namespaces_the_graph_is_written_in():
    from rdflib import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD
    from rdflib.namespace import ORG

    from kg import namespaces
    from kg.prefixes import PREFIXES

    declared = {"org": ORG, "foaf": FOAF, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS}
    declared |= {"owl": OWL, "xsd": XSD, "kg": namespaces.KG._NS, "schema": namespaces.SCHEMA, "wd": namespaces.WD}
    assert {name: str(ns) for name, ns in declared.items()} == {name: PREFIXES[name] for name in declared}
    assert namespaces.PREFIXES is PREFIXES
