"""The IRIs of every vocabulary the graph uses, as plain strings, declared once.

`kg.namespaces` builds its rdflib namespaces from these; the stores read them to declare SPARQL prefixes without
loading rdflib, so that a query answers at the engine's speed (issue 16).
"""

from __future__ import annotations

#: Base of every IRI the builder mints (people, organizations, documents ...).
DATA_BASE = "https://w3id.org/vnkg/id/"
#: Every named graph kg writes lies under this IRI (documents, identity, inferred, linking): on a server that holds
#: other graphs too (Virtuoso's own system graphs), kg reads and exports these only.
GRAPH_BASE = f"{DATA_BASE}graph/"
ONTOLOGY_IRI = "https://w3id.org/vnkg/ontology"

PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI + "#",
    "kgid": DATA_BASE,
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "opengov": "http://www.w3.org/ns/opengov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "time": "http://www.w3.org/2006/time#",  # OWL-Time: the dates the text writes
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    # Wikidata's RDF shape (https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format): entities, truthy
    # statements, full statements (p:) with their value (ps:), qualifiers (pq:) and references (pr:)
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "p": "http://www.wikidata.org/prop/",
    "ps": "http://www.wikidata.org/prop/statement/",
    "pq": "http://www.wikidata.org/prop/qualifier/",
    "pr": "http://www.wikidata.org/prop/reference/",
    "wikibase": "http://wikiba.se/ontology#",
    # SSSOM (https://w3id.org/sssom/): a link's confidence and justification, on the owl:Axiom that records it
    "sssom": "https://w3id.org/sssom/",
    "semapv": "https://w3id.org/semapv/vocab/",
}
