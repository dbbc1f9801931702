"""The ontology (ontology/kg.ttl): find it, load it, and check a graph's vocabulary against it.

kg.ttl is the single source of the ontology. It ships inside the package as ``kg/_data/ontology/kg.ttl`` (see
pyproject.toml) and lives at the top of the repository during development; `ontology_path` finds either.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib
from rdflib import ConjunctiveGraph, URIRef

from kg.errors import OntologyError
from kg.namespaces import DCTERMS, FOAF, KG, NIF, OPENGOV, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, XSD
from kg.resources import shipped_folder

if TYPE_CHECKING:  # owlready2 is slow to import; only load_into_owlready needs it.
    import owlready2

__all__ = [
    "STANDARD_NAMESPACES",
    "declared_terms",
    "load_into_owlready",
    "load_ontology",
    "ontology_path",
    "undeclared_terms",
]

#: Namespaces whose terms the graph may use without declaring them in kg.ttl (they are defined elsewhere).
STANDARD_NAMESPACES: tuple[str, ...] = (
    str(RDF),
    str(RDFS),
    str(OWL),
    str(XSD),
    str(ORG),
    str(FOAF),
    str(PROV),
    str(SKOS),
    str(SCHEMA),
    str(DCTERMS),
    str(OPENGOV),
    str(NIF),
    str(TIME),
)

#: Our own namespace: every term in it must be declared in kg.ttl.
_KG_NS = str(KG._NS)

#: The declarations that make a subject a term of the ontology.
_DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)

_FILE_NAME = "kg.ttl"


def ontology_path() -> Path:
    """Return the path of kg.ttl: the copy installed in the package, else the repository's ontology/ directory.

    The installed copy comes first so that an installed package never reads a stray checkout.
    """
    path = shipped_folder("ontology") / _FILE_NAME
    if path.is_file():
        return path
    raise OntologyError(
        f"ontology file {_FILE_NAME} not found at {path} (kg/_data/ontology/ in an installed package, ontology/ in "
        f"the source tree); reinstall the package or restore ontology/{_FILE_NAME}"
    )


def load_ontology(path: Path | str | None = None) -> rdflib.Graph:
    """Parse kg.ttl (or `path`) into a fresh rdflib graph; a syntax error becomes an OntologyError."""
    source = Path(path) if path is not None else ontology_path()
    graph = rdflib.Graph()
    try:
        graph.parse(source, format="turtle")
    except FileNotFoundError as exc:
        raise OntologyError(f"ontology file not found: {source}") from exc
    except Exception as exc:  # rdflib raises several parser-specific exception types
        raise OntologyError(f"cannot parse ontology {source}: {exc}") from exc
    return graph


@functools.lru_cache(maxsize=8)
def _declared_in(path: Path) -> frozenset[URIRef]:
    """Terms of our namespace declared in the ontology at `path` (cached: the checks call this per graph)."""
    graph = load_ontology(path)
    return frozenset(
        subject
        for declaration in _DECLARATION_TYPES
        for subject in graph.subjects(RDF.type, declaration)
        if isinstance(subject, URIRef) and str(subject).startswith(_KG_NS)
    )


def declared_terms(path: Path | str | None = None) -> set[URIRef]:
    """Return the terms of our own namespace that kg.ttl declares (classes, properties, individuals)."""
    source = Path(path).resolve() if path is not None else ontology_path()
    return set(_declared_in(source))


def _is_standard(term: URIRef) -> bool:
    return str(term).startswith(STANDARD_NAMESPACES)


def _triples(graph: rdflib.Graph) -> Iterator[tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]]:
    """Every triple of `graph`; for a Dataset/ConjunctiveGraph, those of every named graph, not only the default."""
    if isinstance(graph, ConjunctiveGraph):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def undeclared_terms(graph: rdflib.Graph, path: Path | str | None = None) -> set[URIRef]:
    """Return the vocabulary terms `graph` uses that neither a standard vocabulary nor kg.ttl defines.

    Checked terms: every predicate and every object of rdf:type; and, since our namespace holds only vocabulary
    (data IRIs live under DATA_BASE), any IRI in our namespace wherever it occurs (e.g. a misspelt kg:status
    value). An empty result means the graph stays within the ontology; a typo in a term shows up here.
    """
    declared = declared_terms(path)
    used: set[URIRef] = set()
    for s, p, o in _triples(graph):
        used.add(p)  # type: ignore[arg-type]  # predicates are always IRIs
        if p == RDF.type and isinstance(o, URIRef):
            used.add(o)
        for node in (s, o):
            if isinstance(node, URIRef) and str(node).startswith(_KG_NS):
                used.add(node)
    return {term for term in used if not _is_standard(term) and term not in declared}


def load_into_owlready(path: Path | str | None = None) -> "owlready2.Ontology":
    """Load kg.ttl into owlready2 (for consistency checks and reasoning) and return the ontology.

    owlready2 cannot read Turtle (with format="turtle" it silently loads nothing), so the file is parsed with
    rdflib and handed over as N-Triples through a temporary file. Each call uses a fresh owlready2 World, so
    repeated loads neither collide with each other nor with anything in owlready2's default world.
    """
    import owlready2

    graph = load_ontology(path)
    world = owlready2.World()
    with tempfile.TemporaryDirectory(prefix="kg-ontology-") as tmp:
        nt_file = Path(tmp) / "kg.nt"
        graph.serialize(destination=nt_file, format="nt", encoding="utf-8")
        try:
            ontology = world.get_ontology(nt_file.as_uri()).load(format="ntriples")
        except Exception as exc:  # owlready2 raises bare exceptions from its parsers
            raise OntologyError(f"owlready2 cannot load the ontology: {exc}") from exc
    return ontology
