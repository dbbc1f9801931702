"""Checks a graph: SHACL shapes (ontology/shapes.ttl) with pySHACL, and OWL consistency with owlready2 + HermiT.

The shapes say what a well-formed graph built by kg contains; the reasoner checks that the data does not contradict
the ontology's axioms (disjoint classes, functional properties, domains and ranges). Both read the union of all
graphs of a store (or of the files given), as queries do. The result is a `ValidationReport`: every finding names
its focus node with a label, the property and what is wrong.
"""

from __future__ import annotations

import io
import random
import shutil
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union, cast

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.errors import InputError, KGError, OntologyError
from kg.formats import RDF_FORMATS
from kg.graph.ontology import load_ontology, ontology_path
from kg.namespaces import DCTERMS, FOAF, NIF, ORG, OWL, PREFIXES, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.store.base import BaseStore

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
KGSH = rdflib.Namespace("https://w3id.org/vnkg/shapes#")
_SHAPES_FILE = "shapes.ttl"

#: A store is checked this many documents at a time (with what the shared graphs say of their nodes): memory stays
#: flat in the store's size. None checks the union of all graphs at once.
DOCUMENTS_PER_BATCH = 100
_SHARED_NODES_PER_BATCH = 2000
_TYPE = ox.NamedNode(str(RDF.type))

#: File name endings and the rdflib parser each gets.
FILE_FORMATS: dict[str, str] = {suffix: f.rdflib for f in RDF_FORMATS for suffix in f.suffixes}

#: Above this many triples the OWL check without --sample is announced as slow (HermiT: minutes on larger graphs).
LARGE_FOR_REASONER = 50_000

_DOCUMENT_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a schema:NewsArticle } }"
# A SELECT, not a CONSTRUCT: a remote store binds ?g with VALUES in the first { } group, which must be WHERE's.
_SHARED_GRAPHS = """
SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?d a schema:NewsArticle } } %s }
"""


def _shared_graphs(store: BaseStore) -> list[ox.NamedNode]:
    """The store's graphs that are no document's (identity, inferred, linking), kg's own only."""
    return [row["g"] for row in store.select(_SHARED_GRAPHS % store.own_graphs)]


def shapes_path() -> Path:
    """shapes.ttl, beside kg.ttl (installed in the package, or in the repository's ontology/ directory)."""
    path = ontology_path().with_name(_SHAPES_FILE)
    if not path.is_file():
        raise OntologyError(f"SHACL shapes not found: {path}; reinstall the package or restore ontology/{_SHAPES_FILE}")
    return path


def load_shapes(path: Union[Path, str, None] = None) -> Graph:
    source = Path(path) if path is not None else shapes_path()
    try:
        return Graph().parse(source, format="turtle")
    except FileNotFoundError as error:
        raise OntologyError(f"SHACL shapes not found: {source}") from error
    except Exception as error:  # rdflib raises parser-specific exception types
        raise OntologyError(f"cannot parse SHACL shapes {source}: {error}") from error


# ---- the report ----------------------------------------------------------------------------------------------


@dataclass
class Finding:
    """One SHACL result, in the terms a user reads: which node, which property, what is wrong."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str  # the node's IRI, compacted (kgid:person/...) when a prefix fits
    label: str  # its label, name or text; "" when it has none
    types: list[str]  # its rdf:types, compacted
    path: str  # the property, compacted; "" for a constraint on the node itself
    value: str  # the offending value as N-Triples-like text; "" when there is none
    message: str

    def format(self) -> str:
        node = (
            self.focus
            + (f' "{self.label}"' if self.label else "")
            + (f" ({', '.join(self.types)})" if self.types else "")
        )
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value and self.value not in self.message else ""
        return f"{self.severity}: {node}{where}{value}: {self.message}"


@dataclass
class OwlResult:
    """The outcome of the OWL check: consistent True/False, or None when it could not run (`message` says why)."""

    consistent: Optional[bool]
    message: str
    reasoner: str = "HermiT"
    triples: int = 0
    documents: Optional[int] = None  # documents checked when sampled
    seconds: float = 0.0
    causes: list[str] = field(default_factory=list)  # likely causes of an inconsistency, found without reasoning


@dataclass
class ValidationReport:
    source: str
    triples: int
    findings: list[Finding]
    seconds: float  # reading the data and the SHACL check (the OWL check has its own)
    owl: Optional[OwlResult] = None

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def ok(self) -> bool:
        """No SHACL violation, and the OWL check (when asked for) ran and found the graph consistent."""
        return not self.violations and (self.owl is None or self.owl.consistent is True)


# ---- reading the data ----------------------------------------------------------------------------------------


def _to_rdflib(term) -> Node:
    """pyoxigraph term -> rdflib term (xsd:string literals become plain literals, as rdflib parsers make them)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise KGError(f"cannot read term {term!r}")


def _graph_of(triples: Iterable) -> Graph:
    graph = Graph()
    for t in triples:
        graph.add((_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)))
    return graph


class _StoreData:
    """A store as validation reads it: the union of its graphs, or a sample of its documents."""

    def __init__(self, store: BaseStore) -> None:
        self.store = store
        self.name = store.location

    def union(self) -> Graph:
        return _graph_of(self.store.triples())

    def documents(self) -> list[str]:
        return sorted(row["g"].value for row in self.store.select(_DOCUMENT_GRAPHS))

    def sample(self, graphs: list[str]) -> Graph:
        graph = _graph_of(self.store.graph_triples([ox.NamedNode(name) for name in graphs]))
        subjects = sorted({ox.NamedNode(str(s)) for s in graph.subjects() if isinstance(s, URIRef)}, key=str)
        # what the shared graphs say of the sampled nodes: e.g. the inferred hierarchy
        for quad in self.store.quads_about(subjects, graphs=_shared_graphs(self.store)):
            graph.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
        return graph


class _FileData:
    """RDF files as validation reads them; quads formats keep their named graphs (documents) for sampling."""

    def __init__(self, paths: Sequence[Union[str, Path]]) -> None:
        self.name = ", ".join(str(p) for p in paths)
        self.dataset = Dataset()
        for path in paths:
            path = Path(path)
            fmt = FILE_FORMATS.get(path.suffix.lower())
            if fmt is None:
                raise InputError(
                    str(path), f"unknown RDF format {path.suffix!r}; use one of {', '.join(sorted(FILE_FORMATS))}"
                )
            if not path.is_file():
                raise InputError(str(path), "no such file")
            try:
                with warnings.catch_warnings():  # rdflib's own parse calls its deprecated Dataset.default_context
                    warnings.simplefilter("ignore", DeprecationWarning)
                    self.dataset.parse(path, format=fmt)
            except Exception as error:  # rdflib raises parser-specific exception types
                message = " ".join(str(error).split())[:300]  # parsers print multi-line reports: one line here
                raise InputError(str(path), f"cannot parse as {fmt}: {message}") from error

    def union(self) -> Graph:
        graph = Graph()
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph

    def documents(self) -> list[str]:
        return sorted(
            str(g.identifier)
            for g in self.dataset.graphs()
            if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and (None, RDF.type, SCHEMA.NewsArticle) in g
        )

    def sample(self, graphs: list[str]) -> Graph:
        graph = Graph()
        for name in graphs:
            for triple in self.dataset.graph(URIRef(name)):
                graph.add(triple)
        subjects = set(graph.subjects())
        documents = set(self.documents())
        for g in self.dataset.graphs():
            if str(g.identifier) not in documents:
                for s, p, o in g.triples((None, None, None)):
                    if s in subjects:
                        graph.add((s, p, o))
        return graph


class _StoreBatches:
    """A store read for validation a batch at a time: each batch of documents with the triples the shared graphs
    (hierarchy, labels, tenures, identity, links) hold about its nodes and the types of the nodes it points to;
    then the nodes only the shared graphs describe."""

    def __init__(self, store: BaseStore, documents_per_batch: int) -> None:
        self.store = store
        self.per_batch = documents_per_batch
        self.documents = [row["g"] for row in store.select(_DOCUMENT_GRAPHS)]
        self.document_set = set(self.documents)
        self.shared = _shared_graphs(store)
        self.triples = 0  # read so far, over all batches

    def __iter__(self) -> Iterator[tuple[Graph, set[str]]]:
        documents = sorted(self.documents, key=str)
        for start in range(0, len(documents), self.per_batch):
            triples = list(self.store.graph_triples(documents[start : start + self.per_batch]))
            self.triples += len(triples)
            yield self._completed(triples, with_shared=True)
        # then the nodes the shared graphs describe (tenures, merge decisions, links, listed bodies), each with
        # what every shared graph says of it
        done: set[ox.NamedNode] = set()
        for graph in self.shared:
            named: list[ox.NamedNode] = []
            blank: list[ox.Triple] = []  # a blank node lives in one graph: its triples are all here
            for triple in self.store.graph_triples([graph]):
                self.triples += 1
                subject = triple.subject
                if not isinstance(subject, ox.NamedNode):  # a blank node (RDF-star triples kg never writes)
                    blank.append(triple)
                elif subject not in done:
                    done.add(subject)
                    named.append(subject)
                if len(named) >= _SHARED_NODES_PER_BATCH or len(blank) >= _SHARED_NODES_PER_BATCH * 10:
                    yield self._shared_nodes(named, blank)
                    named, blank = [], []
            if named or blank:
                yield self._shared_nodes(named, blank)

    def _shared_nodes(self, named: list[ox.NamedNode], blank: list[ox.Triple]) -> tuple[Graph, set[str]]:
        """Nodes of the shared graphs with all the shared graphs say of them; checked here unless a document types
        them (their document's batch checked them, with these triples)."""
        triples = [q.triple for q in self.store.quads_about(named, graphs=self.shared)] + blank
        graph, own = self._completed(triples, with_shared=False)
        typed_in_documents = {
            compact(_to_rdflib(q.subject))
            for q in self.store.quads_about(named, predicate=_TYPE)
            if q.graph_name in self.document_set
        }
        return graph, own - typed_in_documents

    def _completed(self, triples: list[ox.Triple], *, with_shared: bool) -> tuple[Graph, set[str]]:
        """The batch's triples with what the shared graphs say of its nodes, and the types of what it points to;
        and its own nodes (compacted), those it checks."""
        graph = _graph_of(triples)
        own = {compact(_to_rdflib(t.subject)) for t in triples}
        if with_shared and self.shared:
            subjects = sorted({t.subject for t in triples if isinstance(t.subject, ox.NamedNode)}, key=str)
            for quad in self.store.quads_about(subjects, graphs=self.shared):
                graph.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
        typed = set(graph.subjects(RDF.type, None))
        pointed = {o for _, p, o in graph if p != RDF.type and isinstance(o, URIRef) and o not in typed}
        for quad in self.store.quads_about(sorted((ox.NamedNode(o) for o in pointed), key=str), predicate=_TYPE):
            graph.add((_to_rdflib(quad.subject), RDF.type, _to_rdflib(quad.object)))
        return graph, own


# ---- SHACL ---------------------------------------------------------------------------------------------------

_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
_LABELS = (RDFS.label, SKOS.prefLabel, FOAF.name, NIF.anchorOf, DCTERMS.identifier)


def compact(node: Node) -> str:
    """An IRI as prefix:rest when one of our prefixes fits (kgid:person/..., org:member), else <IRI>."""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in _NAMESPACES:
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        return node.n3()
    return f"_:{node}"


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _label(data: Graph, node: Node) -> str:
    for prop in _LABELS:
        values = sorted(str(v) for v in data.objects(node, prop))  # the first in order: the same on every run
        if values:
            return _short(values[0])
    if (node, RDF.type, ORG.Membership) in data:  # a membership reads as "role — member"
        role = data.value(node, ORG.role)
        member = data.value(node, ORG.member)
        parts = [_label(data, n) for n in (role, member) if n is not None]
        return " — ".join(p for p in parts if p)
    return ""


def _path_text(shapes: Graph, path: Optional[Node]) -> str:
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return compact(path)
    try:  # a sequence path: ( p1 p2 )
        return "/".join(compact(p) for p in Collection(shapes, path))
    except Exception:
        return str(path)


def _detail(data: Graph, component: Node, focus: Node, path: Optional[Node]) -> str:
    """What the generic message leaves open: missing, or how many values."""
    if component == SH.MinCountConstraintComponent:
        return "missing"
    if component == SH.MaxCountConstraintComponent and isinstance(path, URIRef):
        return f"{len(set(data.objects(focus, path)))} values"
    if component == SH.UniqueLangConstraintComponent and isinstance(path, URIRef):
        return " | ".join(sorted({str(v) for v in data.objects(focus, path)}))
    return ""


def _sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Violations first, then by node, property and value; each finding once."""
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    unique = {(f.severity, f.focus, f.path, f.value, f.message): f for f in findings}
    return sorted(unique.values(), key=lambda f: (order.get(f.severity, 3), f.focus, f.path, f.value, f.message))


def shacl_findings(data: Graph, shapes: Optional[Graph] = None) -> list[Finding]:
    """Validates `data` against the shapes (without inference) and returns the results, violations first."""
    shapes = shapes if shapes is not None else load_shapes()
    return _sorted_findings(_pyshacl_findings(data, shapes))


def _pyshacl_findings(data: Graph, shapes: Graph) -> list[Finding]:
    import pyshacl  # imported here: it pulls in owlrl and takes a moment

    # advanced=True: the shapes use SPARQL-based targets (SHACL Advanced Features) to select what SPARQL checks.
    _, results, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    if not isinstance(results, Graph):  # pySHACL reports a broken shapes graph as a ValidationFailure
        raise OntologyError(f"the SHACL shapes cannot be applied: {text}")
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        # Every SHACL validation result has exactly one focus node and one source constraint component.
        focus = cast(Node, results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        component = cast(Node, results.value(result, SH.sourceConstraintComponent))
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        message = str(results.value(result, SH.resultMessage) or compact(component))
        detail = _detail(data, component, focus, path)
        findings.append(
            Finding(
                severity=severity,
                focus=compact(focus),
                label=_label(data, focus),
                types=sorted(compact(t) for t in data.objects(focus, RDF.type)),
                path=_path_text(results, path),
                value=_short(compact(value)) if value is not None and value != focus else "",
                message=f"{message} ({detail})" if detail else message,
            )
        )
    return findings


# ---- shapes checked over the whole store ---------------------------------------------------------------------


def _split_shapes(shapes: Graph) -> tuple[Graph, list[Node]]:
    """The shapes checked batch by batch (a copy without the others), and those marked kgsh:acrossDocuments."""
    across = sorted(shapes.subjects(KGSH.acrossDocuments, Literal(True)), key=str)
    if not across:
        return shapes, []
    per_batch = Graph()
    for triple in shapes:
        if triple[0] not in across:
            per_batch.add(triple)
    return per_batch, across


def _sparql_prefixes(shapes: Graph, shape: Node, query_holder: Node) -> str:
    lines = []
    for holder in (query_holder, shape):
        for declarer in shapes.objects(holder, SH.prefixes):
            for declaration in shapes.objects(declarer, SH.declare):
                prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines))) + "\n"


_ABOUT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # ?s bound: what the store says of one node


def _focus_description(store: BaseStore, node: ox.NamedNode) -> Graph:
    """The triples that name and type `node` (and name a membership's role and member), for a finding's label."""
    graph = Graph()
    for row in store.select(_ABOUT, {"s": node}):
        predicate = _to_rdflib(row["p"])
        if predicate not in (*_LABELS, RDF.type, ORG.role, ORG.member):
            continue
        graph.add((_to_rdflib(node), predicate, _to_rdflib(row["o"])))
        if predicate in (ORG.role, ORG.member) and isinstance(row["o"], ox.NamedNode):
            for more in store.select(_ABOUT, {"s": row["o"]}):
                if _to_rdflib(more["p"]) in _LABELS:
                    graph.add((_to_rdflib(row["o"]), _to_rdflib(more["p"]), _to_rdflib(more["o"])))
    return graph


def _store_finding(
    store: BaseStore, node: ox.NamedNode | ox.BlankNode, severity: str, message: str, path: str = "", value: str = ""
) -> Finding:
    focus = _to_rdflib(node)
    described = _focus_description(store, node) if isinstance(node, ox.NamedNode) else Graph()
    return Finding(
        severity=severity,
        focus=compact(focus),
        label=_label(described, focus),
        types=sorted(compact(t) for t in described.objects(focus, RDF.type)),
        path=path,
        value=value,
        message=message,
    )


def _across_findings(store: BaseStore, shapes: Graph, across: Sequence[Node]) -> list[Finding]:
    """The shapes marked kgsh:acrossDocuments, checked once over the union of the store's graphs by SPARQL: a
    SPARQL constraint (its query with $this free), or a property's unique language."""
    findings = []
    for shape in across:
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        for constraint in shapes.objects(shape, SH.sparql):
            query = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
            template = str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or "")
            try:
                solutions = store.select(_sparql_prefixes(shapes, shape, constraint) + query)
            except KGError as error:  # a server that cannot run it (Virtuoso: a property path with no end bound)
                findings.append(
                    Finding(
                        "Warning",
                        compact(shape),
                        "",
                        [],
                        "",
                        "",
                        f"not checked on this store: {_short(str(error), 160)}",
                    )
                )
                continue
            names = [variable.value for variable in solutions.variables]
            for row in solutions:
                bound = {name: row[name] for name in names if row[name] is not None}
                message = template
                for name, term in bound.items():
                    message = message.replace(f"{{?{name}}}", term.value).replace(f"{{${name}}}", term.value)
                path, value = bound.get("path"), bound.get("value")
                findings.append(
                    _store_finding(
                        store,
                        bound["this"],
                        severity,
                        message,
                        compact(_to_rdflib(path)) if path is not None else "",
                        _short(compact(_to_rdflib(value))) if value is not None else "",
                    )
                )
        for prop in shapes.objects(shape, SH.property):
            path = shapes.value(prop, SH.path)
            if shapes.value(prop, SH.uniqueLang) != Literal(True) or not isinstance(path, URIRef):
                continue
            message = str(shapes.value(prop, SH.message) or "several values in one language")
            prop_severity = str(shapes.value(prop, SH.severity) or severity).rsplit("#", 1)[-1]
            query = f"""SELECT ?this (GROUP_CONCAT(DISTINCT ?v; separator="\u0001") AS ?values) WHERE {{
                ?this <{path}> ?v , ?w . FILTER(?v != ?w && LANG(?v) = LANG(?w) && LANG(?v) != "")
            }} GROUP BY ?this"""
            for row in store.select(query):
                values = " | ".join(sorted(set(row["values"].value.split("\u0001"))))
                findings.append(
                    _store_finding(store, row["this"], prop_severity, f"{message} ({values})", compact(path))
                )
    return findings


# ---- OWL -----------------------------------------------------------------------------------------------------


def java_executable() -> Optional[str]:
    """The Java that owlready2 runs HermiT with (owlready2.JAVA_EXE, "java" on the PATH by default), if present."""
    import owlready2

    return shutil.which(owlready2.JAVA_EXE)


def _class_closure(ontology: Graph, cls: Node) -> set[Node]:
    """`cls` and every class below it (rdfs:subClassOf in the ontology)."""
    # `cls` first, then subjects: never None when `cls` is not
    return set(cast(Iterator[Node], ontology.transitive_subjects(RDFS.subClassOf, cls)))


def _disjoint_pairs(ontology: Graph) -> list[tuple[Node, Node]]:
    pairs = [(a, b) for a, b in ontology.subject_objects(OWL.disjointWith)]
    for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ontology.value(axiom, OWL.members)
        members = list(Collection(ontology, head)) if head is not None else []  # no list: no members
        pairs += [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    return pairs


def likely_causes(data: Graph, ontology: Graph) -> list[str]:
    """Why a reasoner may find `data` inconsistent, found by direct look-up: HermiT says only that it is.

    Looks for the two contradictions our ontology can produce: a node of two disjoint classes (by rdf:type, or by
    the domain or range of a property it is used with), and two values of a functional property.
    """
    causes = []
    reasons: dict[Node, dict[Node, str]] = {}  # node -> class -> how the node gets it

    def give(node: Node, cls: Node, how: str) -> None:
        for sup in cast(Iterator[Node], ontology.transitive_objects(cls, RDFS.subClassOf)):  # `cls` is not None
            reasons.setdefault(node, {}).setdefault(sup, how)

    for node, cls in data.subject_objects(RDF.type):
        give(node, cls, f"rdf:type {compact(cls)}")
    for prop, cls in ontology.subject_objects(RDFS.domain):
        if isinstance(cls, URIRef):
            for node in data.subjects(prop, None):
                give(node, cls, f"subject of {compact(prop)}")
    for prop, cls in ontology.subject_objects(RDFS.range):
        if isinstance(cls, URIRef) and (prop, RDF.type, OWL.ObjectProperty) in ontology:
            for node in data.objects(None, prop):
                give(node, cls, f"value of {compact(prop)}")
    for a, b in _disjoint_pairs(ontology):
        for node, classes in reasons.items():
            if a in classes and b in classes:
                label = _label(data, node)
                causes.append(
                    f"{compact(node)}{f' {chr(34)}{label}{chr(34)}' if label else ''} is both {compact(a)} "
                    f"({classes[a]}) and {compact(b)} ({classes[b]}), which the ontology declares disjoint"
                )
    for prop in ontology.subjects(RDF.type, OWL.FunctionalProperty):
        for node in set(data.subjects(prop, None)):
            values = {v.toPython() if isinstance(v, Literal) else v for v in data.objects(node, prop)}
            if len(values) > 1:
                shown = ", ".join(sorted(str(v) for v in values))
                causes.append(
                    f"{compact(node)} has {len(values)} values of {compact(prop)} ({shown}), a functional property"
                )
    return sorted(set(causes))


def check_consistency(data: Graph, ontology_file: Union[Path, str, None] = None) -> OwlResult:
    """The ontology plus `data` checked for consistency by HermiT (owlready2, on the machine's Java).

    owlready2 does not read Turtle: the ontology and the data go to it as N-Triples. Without Java the result says
    so (consistent=None) instead of raising, so that the SHACL findings are still reported.
    """
    import owlready2

    from kg.graph.ontology import load_into_owlready

    started = time.perf_counter()
    if java_executable() is None:
        return OwlResult(
            None,
            f"OWL check not run: Java ({owlready2.JAVA_EXE!r}) is not installed; owlready2 runs the "
            "HermiT reasoner with it (Debian: apt-get install default-jre-headless)",
            triples=len(data),
        )
    world = load_into_owlready(ontology_file).world
    triples = data.serialize(format="nt", encoding="utf-8")
    try:
        world.get_ontology("https://w3id.org/vnkg/id/").load(fileobj=io.BytesIO(triples), format="ntriples")
    except Exception as error:  # owlready2 raises bare exceptions from its parsers
        raise OntologyError(f"owlready2 cannot load the data: {error}") from error
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        ontology = load_ontology(ontology_file)
        return OwlResult(
            False,
            "inconsistent: the data contradicts the ontology (HermiT)",
            triples=len(data),
            seconds=time.perf_counter() - started,
            causes=likely_causes(data, ontology),
        )
    except owlready2.OwlReadyJavaError as error:
        return OwlResult(
            None,
            f"OWL check failed: HermiT did not run on {java_executable()}: {_short(str(error), 300)}",
            triples=len(data),
            seconds=time.perf_counter() - started,
        )
    return OwlResult(True, "consistent (HermiT)", triples=len(data), seconds=time.perf_counter() - started)


# ---- the whole check -----------------------------------------------------------------------------------------


def validate(
    source: Union[BaseStore, Sequence[Union[str, Path]]],
    *,
    owl: bool = False,
    sample: Optional[int] = None,
    seed: int = 0,
    shapes: Union[Path, str, None] = None,
    documents_per_batch: Optional[int] = DOCUMENTS_PER_BATCH,
    progress: Optional[Callable[[int, int], None]] = None,
) -> ValidationReport:
    """Validates a store (or RDF files) against the SHACL shapes and, with `owl`, the ontology's axioms.

    A store is checked `documents_per_batch` documents at a time, each batch with what the shared graphs say of
    its nodes, so that memory stays flat however large the store; the shapes that relate documents
    (`kgsh:acrossDocuments`) run once over the whole store. Files are checked as one graph.
    `sample` limits the OWL check to that many documents (named graphs) chosen at random with `seed`, plus what
    the store infers about them; the SHACL check always reads everything.

    Args:
        source: a store, or RDF files (their format from the file ending).
        owl: also check consistency with the ontology (HermiT; needs Java).
        sample: with `owl`, check only this many documents, chosen at random.
        seed: the random seed of `sample`.
        shapes: other SHACL shapes than the shipped ones.
        documents_per_batch: documents checked together in a store; None checks the union of its graphs at once.
        progress: called with (documents done, documents) after each batch.

    Returns:
        A `ValidationReport`: its findings (`violations()`, `warnings()`) and, with `owl`, the OWL result.
    """
    started = time.perf_counter()
    data = _StoreData(source) if isinstance(source, BaseStore) else _FileData(list(source))
    if isinstance(source, BaseStore) and documents_per_batch is not None:
        report = _validate_in_batches(source, load_shapes(shapes), documents_per_batch, progress)
        report.seconds = time.perf_counter() - started
        if owl:
            report.owl = _owl_check(data, None, sample, seed)
        return report
    union = data.union()
    if len(union) == 0:
        raise InputError(data.name, "holds no triples: nothing to validate")
    findings = shacl_findings(union, load_shapes(shapes))
    report = ValidationReport(data.name, len(union), findings, time.perf_counter() - started)
    if owl:
        report.owl = _owl_check(data, union, sample, seed)
    return report


def _validate_in_batches(
    store: BaseStore, shapes: Graph, documents_per_batch: int, progress: Optional[Callable[[int, int], None]]
) -> ValidationReport:
    """Batches of documents (with what the shared graphs say of their nodes), then the nodes only shared graphs
    describe, against the shapes checked batch by batch; the shapes relating documents once over the store."""
    per_batch, across = _split_shapes(shapes)
    batches = _StoreBatches(store, documents_per_batch)
    findings: list[Finding] = []
    done = 0
    for graph, own in batches:
        # the nodes the batch only points to are typed for sh:class, not checked: their own batch checks them
        findings.extend(f for f in _pyshacl_findings(graph, per_batch) if f.focus in own)
        done += 1
        if progress is not None:
            progress(min(done * documents_per_batch, len(batches.documents)), len(batches.documents))
    if batches.triples == 0:
        raise InputError(store.location, "holds no triples: nothing to validate")
    findings.extend(_across_findings(store, shapes, across))
    return ValidationReport(store.location, batches.triples, _sorted_findings(findings), 0.0)


def _owl_check(
    data: Union[_StoreData, _FileData], union: Optional[Graph], sample: Optional[int], seed: int
) -> OwlResult:
    if sample is None:
        union = union if union is not None else data.union()
        result = check_consistency(union)
        if result.consistent is not None and len(union) > LARGE_FOR_REASONER:
            result.message += f"; {len(union)} triples: --sample N checks N documents, faster"
        return result
    documents = data.documents()
    if not documents:
        result = check_consistency(union if union is not None else data.union())
        result.message += "; --sample needs documents in named graphs (a store, TriG or N-Quads): checked all"
        return result
    chosen = sorted(random.Random(seed).sample(documents, min(sample, len(documents))))
    result = check_consistency(data.sample(chosen))
    result.documents = len(chosen)
    result.message += f"; a sample of {len(chosen)} of {len(documents)} documents"
    return result


__all__ = [
    "FILE_FORMATS",
    "Finding",
    "OwlResult",
    "ValidationReport",
    "check_consistency",
    "compact",
    "java_executable",
    "likely_causes",
    "load_shapes",
    "shacl_findings",
    "shapes_path",
    "validate",
]
