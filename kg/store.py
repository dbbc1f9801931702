"""Graph stores behind one interface: an embedded Oxigraph store (a directory or memory) or a remote SPARQL server.

pyoxigraph is used directly (not through rdflib's SPARQL engine), which is orders of magnitude faster on large
graphs (see STACK.md). Every store holds one named graph per document; queries see the union of all graphs as
their default graph. Writes go in batches, one transaction per batch.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError
from .namespaces import PREFIXES

MEMORY = "memory"
RENAMES_PER_TRANSACTION = 500
Triple = tuple[Node, Node, Node]
#: What a document contributes to the store: its triples, or the same already serialized as N-Quads in its graph
#: (what worker processes send back, compact to pass between processes).
GraphData = Union[list[Triple], bytes]
Bindings = dict[str, Union[ox.NamedNode, ox.Literal]]
#: What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
QueryAnswer = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples, list[ox.Triple]]


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


def to_nquads(graph_iri: str, triples: Iterable[Triple]) -> bytes:
    """Triples of one named graph as N-Quads (pyoxigraph escapes every term)."""
    g = ox.NamedNode(graph_iri)
    return ox.serialize((ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples), format=ox.RdfFormat.N_QUADS)


def _nquads(graphs: dict[str, GraphData]) -> bytes:
    return b"".join(data if isinstance(data, bytes) else to_nquads(iri, data) for iri, data in graphs.items())


_CONTENT_HASHES = "SELECT ?id ?hash WHERE { GRAPH ?g { ?d dcterms:identifier ?id ; kg:contentHash ?hash } }"
_ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


class BaseStore:
    """What every store offers; `kg.pipeline`, `kg.query`, `kg.export` and `kg.serve` use only this."""

    location: str

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

    def __len__(self) -> int:
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of every graph (the union view used by single-graph formats)."""
        return iter(self.query(_ALL_TRIPLES))

    def content_hashes(self) -> dict[str, str]:
        """Document id -> content hash of every document in the store (to skip unchanged ones)."""
        return {row["id"].value: row["hash"].value for row in self.query(_CONTENT_HASHES)}


class Store(BaseStore):
    """An embedded Oxigraph store in a directory (persistent, crash-safe) or in memory."""

    def __init__(self, location: str = MEMORY, create: bool = True, read_only: bool = False) -> None:
        """`read_only`: open without the writer's lock, so that several readers (`kg query`, `kg export`, a
        read-only `kg serve`) and one writer (`kg build`) can use one directory at once; a reader sees the store
        as it was when it opened it."""
        self.location = location
        self.read_only = read_only and location != MEMORY
        try:
            if location == MEMORY:
                self._store = ox.Store()
            else:
                path = Path(location)
                if path.exists() and not path.is_dir():
                    raise StoreError(f"{location}: exists and is not a directory")
                if not create and not path.exists():
                    raise StoreError(f"{location}: no such store (kg build creates one)")
                if read_only:
                    self._store = ox.Store.read_only(str(path))
                else:
                    path.mkdir(parents=True, exist_ok=True)
                    self._store = ox.Store(str(path))
        except OSError as error:
            hint = (" (another kg process is writing it: wait for it to finish, or stop that `kg serve --writable` "
                    "and query its URL instead)") if "lock" in str(error).lower() else ""
            raise StoreError(f"{location}: cannot open the store{hint} ({error})") from error

    # ---- writing ---------------------------------------------------------------------------------------------
    def replace_graphs(self, graphs: dict[str, GraphData]) -> int:
        data = _nquads(graphs)
        try:
            for graph_iri in graphs:
                self.remove_graph(graph_iri)
            self._store.load(data, format=ox.RdfFormat.N_QUADS)  # one transaction for the whole batch
        except OSError as error:
            raise StoreError(f"{self.location}: write failed ({error})") from error
        return data.count(b"\n")  # N-Quads: one quad per line (counting the store would scan all of it)

    def remove_graph(self, graph_iri: str) -> bool:
        g = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(g):
            return False
        self._store.remove_graph(g)
        return True

    def rename_nodes(self, renames: list[tuple[str, str, str]]) -> None:
        for start in range(0, len(renames), RENAMES_PER_TRANSACTION):
            self._rename(renames[start:start + RENAMES_PER_TRANSACTION])

    def _rename(self, renames: list[tuple[str, str, str]]) -> None:
        deleted: list[ox.Quad] = []
        inserted: list[ox.Quad] = []
        for graph_iri, old, new in renames:
            g, old_node, new_node = ox.NamedNode(graph_iri), ox.NamedNode(old), ox.NamedNode(new)
            quads = list(self._store.quads_for_pattern(old_node, None, None, g))
            quads += [q for q in self._store.quads_for_pattern(None, None, old_node, g) if q.subject != old_node]
            deleted += quads
            inserted += [
                ox.Quad(new_node if q.subject == old_node else q.subject, q.predicate,
                        new_node if q.object == old_node else q.object, g)
                for q in quads
            ]
        if not deleted:
            return
        # Terms are re-serialized by pyoxigraph itself (proper escaping); nothing here comes from user text.
        delete = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in deleted)
        insert = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in inserted)
        self._store.update(f"DELETE DATA {{ {delete} }} ; INSERT DATA {{ {insert} }}")

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as error:
            raise QueryError(f"SPARQL syntax error: {error}") from error
        except (OSError, RuntimeError) as error:
            raise StoreError(f"{self.location}: update failed ({error})") from error

    def flush(self) -> None:
        if self.location != MEMORY and not self.read_only and getattr(self, "_store", None) is not None:
            self._store.flush()

    def close(self) -> None:
        """Flushes and releases the store's directory lock (another process may then open it)."""
        if getattr(self, "_store", None) is not None:
            self.flush()
            self._store = None

    # ---- reading ---------------------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Optional[Bindings] = None) -> QueryAnswer:
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

    def __len__(self) -> int:
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)


def is_remote(location: Union[str, os.PathLike]) -> bool:
    return str(location).lower().startswith(("http://", "https://"))


def open_store(location: Union[str, os.PathLike], create: bool = True, read_only: bool = False) -> BaseStore:
    """A store from the `-s/--store` value: an http(s):// SPARQL server, "memory", or a directory.

    A missing directory is created only with `create` (building); commands that read or amend a store refuse a
    path with no store, so a typo does not answer from, or write into, a new empty one. Commands that only read
    open a directory `read_only`, so they work beside a running `kg serve` or `kg build`.
    """
    if is_remote(location):
        from .remote import RemoteStore

        return RemoteStore(str(location))
    return Store(str(location), create=create and not read_only, read_only=read_only)
