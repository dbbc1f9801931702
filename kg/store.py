"""The graph store: an embedded Oxigraph store in a directory, or in memory.

pyoxigraph is used directly (not through rdflib's SPARQL engine), which is orders of magnitude faster on large
graphs (see STACK.md). Writes go in batches inside transactions; one named graph per document.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Optional, Union

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError
from .namespaces import PREFIXES

MEMORY = "memory"


def to_ox(term: Node) -> Union[ox.NamedNode, ox.BlankNode, ox.Literal]:
    """rdflib term -> pyoxigraph term."""
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


class Store:
    """A dataset of named graphs, one per document, plus SPARQL over all of them."""

    def __init__(self, location: str = MEMORY) -> None:
        self.location = location
        try:
            if location == MEMORY:
                self._store = ox.Store()
            else:
                path = Path(location)
                if path.exists() and not path.is_dir():
                    raise StoreError(f"{location}: exists and is not a directory")
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as error:
            raise StoreError(f"{location}: cannot open the store ({error})") from error

    # ---- writing ---------------------------------------------------------------------------------------------
    def replace_graphs(self, graphs: dict[str, list[tuple[Node, Node, Node]]]) -> int:
        """Replaces each named graph (IRI -> triples) in one transaction; returns the number of quads written."""
        quads: list[ox.Quad] = []
        for graph_iri, triples in graphs.items():
            g = ox.NamedNode(graph_iri)
            quads.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples)
        try:
            for graph_iri in graphs:
                self.remove_graph(graph_iri)
            self._store.extend(quads)
        except OSError as error:
            raise StoreError(f"{self.location}: write failed ({error})") from error
        return len(quads)

    def _has_graph(self, graph_iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph_iri))

    def remove_graph(self, graph_iri: str) -> bool:
        if not self._has_graph(graph_iri):
            return False
        self._store.remove_graph(ox.NamedNode(graph_iri))
        return True

    def rename_node(self, graph_iri: str, old: str, new: str) -> None:
        """Replaces IRI `old` by `new` in one named graph, as subject and as object, in one transaction."""
        g, old_node, new_node = ox.NamedNode(graph_iri), ox.NamedNode(old), ox.NamedNode(new)
        quads = list(self._store.quads_for_pattern(old_node, None, None, g))
        quads += [q for q in self._store.quads_for_pattern(None, None, old_node, g) if q.subject != old_node]
        replaced = [
            ox.Quad(new_node if q.subject == old_node else q.subject, q.predicate,
                    new_node if q.object == old_node else q.object, g)
            for q in quads
        ]
        delete = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        insert = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in replaced)
        # Terms are re-serialized by pyoxigraph itself (proper escaping); nothing here comes from user text.
        self._store.update(f"DELETE DATA {{ GRAPH {g} {{ {delete} }} }} ; INSERT DATA {{ GRAPH {g} {{ {insert} }} }}")

    def flush(self) -> None:
        if self.location != MEMORY:
            self._store.flush()

    def close(self) -> None:
        """Flushes and releases the store's directory lock (another process may then open it)."""
        if getattr(self, "_store", None) is not None:
            self.flush()
            self._store = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- reading ---------------------------------------------------------------------------------------------
    def content_hashes(self) -> dict[str, str]:
        """Document id -> content hash of every document in the store (to skip unchanged ones)."""
        rows = self.query(
            "SELECT ?id ?hash WHERE { GRAPH ?g { ?d dcterms:identifier ?id ; kg:contentHash ?hash } }"
        )
        return {row["id"].value: row["hash"].value for row in rows}

    def query(self, sparql: str, substitutions: Optional[dict[str, ox.NamedNode | ox.Literal]] = None):
        """Runs SPARQL with the default graph as the union of all graphs; values bound, never pasted in."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(
                sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs or None
            )
        except SyntaxError as error:
            raise QueryError(f"SPARQL syntax error: {error}") from error
        except RuntimeError as error:
            if "projection" in str(error):
                raise QueryError(f"{error}: a bound parameter must be one of the query's SELECT variables") from error
            raise QueryError(f"query failed: {error}") from error

    def update(self, sparql: str) -> None:
        """Runs a SPARQL Update (only `kg serve --writable` lets users send one)."""
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as error:
            raise QueryError(f"SPARQL syntax error: {error}") from error
        except (OSError, RuntimeError) as error:
            raise StoreError(f"{self.location}: update failed ({error})") from error

    def __len__(self) -> int:
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    def triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of every graph (the union view used by single-graph formats)."""
        return (t for t in self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))


def open_store(location: Union[str, os.PathLike]) -> Store:
    """A store from the `-s/--store` value: a directory (created if missing) or "memory"."""
    return Store(str(location))
