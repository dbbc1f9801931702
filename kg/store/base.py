"""What every store offers (`BaseStore`) and the term conversions the stores share.

pyoxigraph is used directly (not through rdflib's SPARQL engine), which is orders of magnitude faster on large
graphs. Every store holds one named graph per document; queries see the union of all graphs as
their default graph. Writes go in batches, one transaction per batch.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Sequence, Union, cast

import pyoxigraph as ox

from kg.errors import QueryError, StoreError

if TYPE_CHECKING:  # rdflib is imported where terms are converted, so that reading a store does not load it
    from rdflib.term import Node

MEMORY = "memory"
RENAMES_PER_TRANSACTION = 500
Triple = tuple["Node", "Node", "Node"]
#: What a document contributes to the store: its triples, or the same already serialized as N-Quads in its graph
#: (what worker processes send back, compact to pass between processes).
GraphData = Union[list[Triple], bytes]
Bindings = dict[str, Union[ox.NamedNode, ox.Literal]]
#: What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
QueryAnswer = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples, list[ox.Triple]]


# Skipped when looking for the query's first group: IRIs, strings (long and short) and comments.
_SKIP = re.compile(
    r'<[^<>"{}|^`\\\s]*>|"""(?:[^\\]|\\.)*?"""|\'\'\'(?:[^\\]|\\.)*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'|#[^\n]*"
)


_WHERE = re.compile(r"WHERE\b", re.IGNORECASE)


def bind_values(sparql: str, substitutions: dict[str, Union[ox.NamedNode, ox.Literal]]) -> str:
    """The query with `VALUES` binding each variable as the first thing in its outermost group.

    The terms are serialized by pyoxigraph (escaped as SPARQL requires), so a value is always data, never query
    text; strings as plain literals, as they are stored (Virtuoso matches a plain string only to a plain string).
    Binding at the start of the group is what the embedded store's substitutions do, for the queries we run.
    """
    if not substitutions:
        return sparql
    names = sorted(substitutions)
    row = " ".join(str(substitutions[name]) for name in names)
    values = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    first_brace = after_where = None
    pos = 0
    while pos < len(sparql):
        skipped = _SKIP.match(sparql, pos)
        if skipped:
            pos = skipped.end()
            continue
        if sparql[pos] == "{" and (first_brace is None or after_where is not None):
            if after_where is not None:  # the group after WHERE (not a CONSTRUCT template)
                return sparql[: pos + 1] + values + sparql[pos + 1 :]
            first_brace = pos
        elif (
            after_where is None
            and _WHERE.match(sparql, pos)
            and (pos == 0 or not (sparql[pos - 1].isalnum() or sparql[pos - 1] in "?$_"))
        ):
            after_where = pos
        pos += 1
    if first_brace is not None:  # no WHERE keyword: "SELECT * { … }"
        return sparql[: first_brace + 1] + values + sparql[first_brace + 1 :]
    return f"{sparql}\n{values}"  # no group at all ("DESCRIBE ?x"): a trailing VALUES clause


def to_ox(term: Node) -> Union[ox.NamedNode, ox.BlankNode, ox.Literal]:
    """rdflib term -> pyoxigraph term."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"cannot store term {term!r}")


def to_nquads(graph_iri: str, triples: Iterable[Triple]) -> bytes:
    """Triples of one named graph as N-Quads (pyoxigraph escapes every term)."""
    g = ox.NamedNode(graph_iri)
    # A subject is never a literal and a predicate always an IRI (pyoxigraph raises TypeError otherwise); no output
    # given, serialize returns the bytes.
    quads = (
        ox.Quad(cast(Union[ox.NamedNode, ox.BlankNode], to_ox(s)), cast(ox.NamedNode, to_ox(p)), to_ox(o), g)
        for s, p, o in triples
    )
    return cast(bytes, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))


def graphs_to_nquads(graphs: dict[str, GraphData]) -> bytes:
    return b"".join(data if isinstance(data, bytes) else to_nquads(iri, data) for iri, data in graphs.items())


TERMS_PER_QUERY = 2000  # IRIs in one VALUES block


def values_block(name: str, terms: Sequence[ox.NamedNode]) -> str:
    """`VALUES ?name { <iri> … }`: IRIs in N-Triples syntax, escaped by pyoxigraph (IRIs read from a store, never
    text a user typed)."""
    return f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}"


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


_CONTENT_HASHES = "SELECT ?id ?hash WHERE { GRAPH ?g { ?d dcterms:identifier ?id ; kg:contentHash ?hash } }"
_ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
_OUR_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } %s }"


class BaseStore:
    """What every store offers; `kg.pipeline`, `kg.query`, `kg.graph.export` and `kg.serve.server` use only this."""

    location: str
    #: A FILTER on ?g that keeps the graphs kg wrote, where the store may hold others (a server's own graphs);
    #: empty where every graph is kg's (the embedded store).
    own_graphs: str = ""

    # writing
    def replace_graphs(self, graphs: dict[str, GraphData]) -> int:
        """Replaces each named graph (IRI -> its data); returns the number of quads written.

        The new content of the whole batch is written in one transaction, after the old graphs are dropped: an
        interruption in between leaves those documents absent (never half-written), and the next build adds them.
        """
        raise NotImplementedError

    def remove_graph(self, graph_iri: str) -> bool:
        """Drops one named graph; False when the store has no such graph."""
        raise NotImplementedError

    def rename_nodes(self, renames: list[tuple[str, str, str]]) -> None:
        """(graph, old IRI, new IRI): replaces `old` by `new` in that graph as subject and object.

        Renames go in transactions of a few hundred, so that a whole-corpus identity pass never builds one huge
        update; the next pass redoes whatever an interruption left (its record is written last)."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # reading
    def query(self, sparql: str, substitutions: Optional[Bindings] = None) -> QueryAnswer:
        """SPARQL with the union of all graphs as default graph; `substitutions` are bound, never pasted in."""
        raise NotImplementedError

    def select(self, sparql: str, substitutions: Optional[Bindings] = None) -> ox.QuerySolutions:
        """The solutions of a SELECT query (typed, for the many callers that iterate rows)."""
        answer = self.query(sparql, substitutions)
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError("a SELECT query was expected")
        return answer

    def ask(self, sparql: str, substitutions: Optional[Bindings] = None) -> bool:
        """The answer of an ASK query."""
        answer = self.query(sparql, substitutions)
        if not isinstance(answer, ox.QueryBoolean):
            raise QueryError("an ASK query was expected")
        return bool(answer)

    def construct(self, sparql: str, substitutions: Optional[Bindings] = None) -> Iterator[ox.Triple]:
        """The triples of a CONSTRUCT or DESCRIBE query, as they come (a large answer is never held whole)."""
        answer = self.query(sparql, substitutions)
        if isinstance(answer, (ox.QuerySolutions, ox.QueryBoolean)):
            raise QueryError("a CONSTRUCT or DESCRIBE query was expected")
        return iter(answer)

    def __len__(self) -> int:
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of every graph (the union view used by single-graph formats)."""
        return self.construct(_OUR_TRIPLES % self.own_graphs if self.own_graphs else _ALL_TRIPLES)

    def graph_triples(self, graphs: Sequence[ox.NamedNode]) -> Iterator[ox.Triple]:
        """The triples of these named graphs (a batch of documents, read without reading the rest)."""
        for chunk in _chunks(graphs, TERMS_PER_QUERY):
            for row in self.select(f"SELECT ?s ?p ?o WHERE {{ {values_block('g', chunk)} GRAPH ?g {{ ?s ?p ?o }} }}"):
                yield ox.Triple(row["s"], row["p"], row["o"])

    def quads_about(
        self,
        subjects: Sequence[ox.NamedNode],
        *,
        graphs: Optional[Sequence[ox.NamedNode]] = None,
        predicate: Optional[ox.NamedNode] = None,
    ) -> Iterator[ox.Quad]:
        """The quads whose subject is one of `subjects`: in `graphs` only when given, with `predicate` only when
        given (what other graphs say of a batch's nodes, where the nodes it points to are typed)."""
        p = str(predicate) if predicate is not None else "?p"
        projected = "?s ?o ?g" if predicate is not None else "?s ?p ?o ?g"
        inside = values_block("g", graphs) if graphs is not None else ""
        for chunk in _chunks(subjects, TERMS_PER_QUERY):
            query = f"SELECT {projected} WHERE {{ {values_block('s', chunk)} {inside} GRAPH ?g {{ ?s {p} ?o }} }}"
            for row in self.select(query):
                yield ox.Quad(row["s"], predicate if predicate is not None else row["p"], row["o"], row["g"])

    def content_hashes(self) -> dict[str, str]:
        """Document id -> content hash of every document in the store (to skip unchanged ones)."""
        return {row["id"].value: row["hash"].value for row in self.select(_CONTENT_HASHES)}
