"""The embedded Oxigraph store: a directory (persistent, crash-safe) or memory."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.prefixes import PREFIXES
from kg.store.base import MEMORY, RENAMES_PER_TRANSACTION, BaseStore, Bindings, GraphData, QueryAnswer, graphs_to_nquads


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
                    self._store = _open_read_only(path)
                else:
                    path.mkdir(parents=True, exist_ok=True)
                    self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as error:
            hint = (
                (
                    " (another kg process is writing it: wait for it to finish, or stop that `kg serve --writable` "
                    "and query its URL instead)"
                )
                if "lock" in str(error).lower()
                else ""
            )
            raise StoreError(f"{location}: cannot open the store{hint} ({error})") from error

    # ---- writing ---------------------------------------------------------------------------------------------
    def replace_graphs(self, graphs: dict[str, GraphData]) -> int:
        data = graphs_to_nquads(graphs)
        try:
            for graph_iri in graphs:
                self.remove_graph(graph_iri)
            self._store.load(data, format=ox.RdfFormat.N_QUADS)  # one transaction for the whole batch
        except OSError as error:
            raise StoreError(f"{self.location}: write failed ({error})") from error
        return data.count(b"\n")  # N-Quads: one quad per line (counting the store would scan all of it)

    def bulk_load(self, data: Union[bytes, Path], format: ox.RdfFormat) -> None:
        """Writes `data` (bytes, or a file's path) straight into the store's files, without a transaction
        (`kg.store.dump` only, into a store that held nothing)."""
        if isinstance(data, Path):
            self._store.bulk_load(path=str(data), format=format)
        else:
            self._store.bulk_load(data, format=format)

    def remove_graph(self, graph_iri: str) -> bool:
        g = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(g):
            return False
        self._store.remove_graph(g)
        return True

    def rename_nodes(self, renames: list[tuple[str, str, str]]) -> None:
        for start in range(0, len(renames), RENAMES_PER_TRANSACTION):
            self._rename(renames[start : start + RENAMES_PER_TRANSACTION])

    def _rename(self, renames: list[tuple[str, str, str]]) -> None:
        deleted: list[ox.Quad] = []
        inserted: list[ox.Quad] = []
        for graph_iri, old, new in renames:
            g, old_node, new_node = ox.NamedNode(graph_iri), ox.NamedNode(old), ox.NamedNode(new)
            quads = list(self._store.quads_for_pattern(old_node, None, None, g))
            quads += [q for q in self._store.quads_for_pattern(None, None, old_node, g) if q.subject != old_node]
            deleted += quads
            inserted += [
                ox.Quad(
                    new_node if q.subject == old_node else q.subject,
                    q.predicate,
                    new_node if q.object == old_node else q.object,
                    g,
                )
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
            raise QueryError(f"SPARQL syntax error: {readable_syntax_error(error)}") from error
        except (OSError, RuntimeError) as error:
            raise StoreError(f"{self.location}: update failed ({error})") from error

    def flush(self) -> None:
        if self.location != MEMORY and not self.read_only and getattr(self, "_store", None) is not None:
            self._store.flush()

    def close(self) -> None:
        """Flushes and releases the store's directory lock (another process may then open it)."""
        if getattr(self, "_store", None) is not None:
            self.flush()
            # None releases the store at once. Not typed Optional: a check at each use would change the error
            # that using a closed store gives.
            self._store = None  # type: ignore[assignment]  # None only once closed

    # ---- reading ---------------------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Optional[Bindings] = None) -> QueryAnswer:
        subs: dict[ox.Variable, Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]] = {
            ox.Variable(k): v for k, v in (substitutions or {}).items()
        }
        try:
            return self._store.query(
                sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs or None
            )
        except SyntaxError as error:
            raise QueryError(f"SPARQL syntax error: {readable_syntax_error(error)}") from error
        except RuntimeError as error:
            if "projection" in str(error):
                raise QueryError(f"{error}: a bound parameter must be one of the query's SELECT variables") from error
            raise QueryError(f"query failed: {error}") from error

    def __len__(self) -> int:
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    # index look-ups instead of a SPARQL join over VALUES: ten times faster on a store on disk
    def graph_triples(self, graphs: Sequence[ox.NamedNode]) -> Iterator[ox.Triple]:
        for graph in graphs:
            for quad in self._store.quads_for_pattern(None, None, None, graph):
                yield quad.triple

    def quads_about(
        self,
        subjects: Sequence[ox.NamedNode],
        *,
        graphs: Optional[Sequence[ox.NamedNode]] = None,
        predicate: Optional[ox.NamedNode] = None,
    ) -> Iterator[ox.Quad]:
        for subject in subjects:
            for graph in graphs if graphs is not None else [None]:
                yield from self._store.quads_for_pattern(subject, predicate, None, graph)


READ_ONLY_ATTEMPTS = 5


def _open_read_only(path: Path) -> ox.Store:
    """A read-only view of a store another process may be writing. RocksDB lists the files of the current version
    when it opens; a compaction by the writer can delete one of them in between ("Corruption: … No such file"), so
    the opening is tried again on a fresh list a few times."""
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as error:
            if attempt == READ_ONLY_ATTEMPTS - 1 or "no such file" not in str(error).lower():
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def readable_syntax_error(error: SyntaxError) -> str:
    """Oxigraph's syntax error as one line a reader can act on: the position, and what was expected as the tokens
    it lists, without the character classes of the grammar ("['A' ..= 'Z' | …]") that follow them."""
    text = " ".join(str(error).split())
    text = re.sub(r",?\s*\[(?:[^\[\]]|\[[^\]]*\])*\]", "", text)
    text = re.sub(r"^error at (\d+):(\d+):", r"line \1, column \2:", text)
    return text if len(text) <= 240 else text[:240].rsplit(" ", 1)[0] + " …"
