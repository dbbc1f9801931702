"""Every vocabulary the graph uses, declared once.

Standard vocabularies come first (W3C ORG, FOAF, PROV-O, SKOS, schema.org, Dublin Core, NIF for text offsets);
`KG` holds only what they lack and must agree with `ontology/kg.ttl` (a test checks this).
"""

from __future__ import annotations

from rdflib import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.namespace import ORG, DefinedNamespace
from rdflib.term import URIRef

SCHEMA = Namespace("https://schema.org/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

#: Base of every IRI the builder mints (people, organizations, documents ...).
DATA_BASE = "https://w3id.org/vnkg/id/"
ONTOLOGY_IRI = "https://w3id.org/vnkg/ontology"


class KG(DefinedNamespace):
    """Terms of our own ontology (ontology/kg.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Mention: URIRef  # a span of a document that names a person or states a holding
    HoldingStatus: URIRef  # current, new (being appointed) or former
    # individuals of HoldingStatus
    current: URIRef
    new: URIRef
    former: URIRef
    # properties
    confidence: URIRef  # Membership -> xsd:decimal in [0, 1]
    status: URIRef  # Membership -> HoldingStatus
    mention: URIRef  # Membership -> Mention it was read from
    extractionPattern: URIRef  # Membership -> the pattern that found it (for error analysis)
    contentHash: URIRef  # Document -> sha256 of its normalized text
    writtenForm: URIRef  # Membership -> the organization as the article writes it at the title
    denotes: URIRef  # Mention / MergeDecision -> the person it names
    identityEvidence: URIRef  # Mention -> what identifies the person across articles ("place:hà tĩnh")
    nameKey: URIRef  # Mention -> the canonical form of the name (case, tone marks, abbreviations normalized)
    MergeDecision: URIRef  # two mentions in different articles joined into one person, and why
    mergedMention: URIRef  # MergeDecision -> each of the two mentions it joins


PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgid": DATA_BASE,
    "org": str(ORG),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "skos": str(SKOS),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "opengov": str(OPENGOV),
    "nif": str(NIF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

__all__ = [
    "DATA_BASE",
    "DCTERMS",
    "FOAF",
    "KG",
    "NIF",
    "ONTOLOGY_IRI",
    "OPENGOV",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
]
