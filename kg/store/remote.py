"""A store on a SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, Virtuoso ...), used like the embedded one.

Reads are SPARQL 1.1 Protocol queries; writes are SPARQL 1.1 Update requests, one request (one transaction on
the server) per batch of documents; the whole dataset is read back through the Graph Store Protocol where the
server offers it, else through a query. The union of all named graphs is the default graph our queries expect:
Oxigraph is asked for it per request (``union-default-graph``); Fuseki (``tdb2:unionDefaultGraph true``),
GraphDB and Virtuoso are configured that way on the server.

Where the endpoints are, from the URL given as the store:

- ``http://host:7878`` or ``http://host:3030/ds`` (a dataset): ``/query``, ``/update`` and ``/store`` under it
  (Oxigraph's and Fuseki's layout);
- ``http://host/…/query``: that query endpoint, ``…/update`` and ``…/store`` beside it;
- ``http://host/…/sparql`` (Virtuoso, GraphDB-style): one endpoint for queries and updates, no Graph Store.

Credentials may be given in the URL (``https://user:password@host/ds``); they are never printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Iterator, Optional, cast
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from kg.errors import QueryError, StoreError
from kg.formats import RDF_FORMATS, RESULTS_FORMATS, accept_header, by_media_type, rdf_format, results_format
from kg.prefixes import GRAPH_BASE, PREFIXES
from kg.store.base import (  # noqa: F401  (bind_values: imported from here by tests and clients)
    RENAMES_PER_TRANSACTION,
    BaseStore,
    Bindings,
    GraphData,
    QueryAnswer,
    bind_values,
    to_ox,
)

# What a server's answer is read from: results formats that keep every term's type (not CSV), and graphs.
_RESULT_FORMATS = by_media_type(RESULTS_FORMATS, tuple(f.name for f in RESULTS_FORMATS if f.typed))
_GRAPH_FORMATS = by_media_type(RDF_FORMATS, ("ntriples", "turtle", "xml", "nquads"))
_ACCEPT = accept_header(
    [
        (results_format("json"), 1),
        (results_format("xml"), 0.9),
        (results_format("tsv"), 0.8),
        (rdf_format("ntriples"), 0.7),
        (rdf_format("turtle"), 0.6),
        (rdf_format("xml"), 0.5),
    ]
)


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: Optional[str]  # None: the server has no Graph Store Protocol endpoint we know of


def endpoints_for(url: str) -> Endpoints:
    """The query, update and Graph Store endpoints of a server from the one URL the user gives."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")

    def at(p: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    if last == "query":
        return Endpoints(at(path), at(f"{head}/update"), at(f"{head}/store"))
    if last == "sparql":
        return Endpoints(at(path), at(path), None)
    return Endpoints(at(f"{path}/query"), at(f"{path}/update"), at(f"{path}/store"))


def without_credentials(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def with_prefixes(sparql: str) -> str:
    """Declares our usual prefixes (kg, org, foaf ...) the query uses without declaring; the server knows none."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    return "\n".join(missing + [sparql])


# the graphs kg wrote: a server may hold others (Virtuoso's own system graphs), which kg neither counts nor exports
_OURS = f'FILTER(STRSTARTS(STR(?g), "{GRAPH_BASE}"))'


def _ours(graph_iri: str) -> bool:
    return graph_iri.startswith(GRAPH_BASE)


def _media(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _terms_line(subject, predicate, obj) -> str:
    return f"{subject} {predicate} {obj} ."


class RemoteStore(BaseStore):
    """A store on a SPARQL 1.1 server."""

    own_graphs = _OURS

    def __init__(self, url: str, *, endpoints: Optional[Endpoints] = None, timeout: float = 600.0) -> None:
        self.location = without_credentials(url)
        self.endpoints = endpoints or endpoints_for(url)
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "kg (https://w3id.org/vnkg)"
        self._is_oxigraph: Optional[bool] = None
        self.query("ASK { }")  # fails now, with a clear message, when the server is not there; learns its kind

    # ---- HTTP --------------------------------------------------------------------------------------------------
    def _post(self, url: str, **kwargs) -> requests.Response:
        try:
            response = self._session.post(url, timeout=(10, self.timeout), **kwargs)
        except requests.RequestException as error:
            raise StoreError(
                f"{self.location}: cannot reach the SPARQL server ({type(error).__name__}: {error})"
            ) from error
        if self._is_oxigraph is None:
            self._is_oxigraph = "oxigraph" in response.headers.get("Server", "").lower()
        return response

    def _check(self, response: requests.Response, what: str) -> requests.Response:
        if response.ok:
            return response
        message = " ".join(response.text.split())[:300] or response.reason
        if response.status_code == 400:
            raise QueryError(f"{self.location}: the server rejected the {what}: {message}")
        raise StoreError(f"{self.location}: {what} failed with HTTP {response.status_code}: {message}")

    def _union_params(self) -> dict[str, str]:
        # Oxigraph takes the union default graph per request; other servers are configured for it.
        return {"union-default-graph": ""} if self._is_oxigraph else {}

    # ---- reading -----------------------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Optional[Bindings] = None) -> QueryAnswer:
        text = with_prefixes(bind_values(sparql, substitutions or {}))
        response = self._post(
            self.endpoints.query, data={"query": text}, params=self._union_params(), headers={"Accept": _ACCEPT}
        )
        media = _media(self._check(response, "query"))
        try:
            if media in _RESULT_FORMATS:
                return ox.parse_query_results(response.content, format=_RESULT_FORMATS[media])
            if media in _GRAPH_FORMATS:
                return list(ox.parse(response.content, format=_GRAPH_FORMATS[media]))
        except SyntaxError as error:
            raise StoreError(f"{self.location}: unreadable query results ({error})") from error
        raise StoreError(f"{self.location}: the server answered a query with {media or 'no content type'}")

    def __len__(self) -> int:
        row = next(iter(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.own_graphs} }}")))
        return int(row["n"].value)

    def quads(self) -> Iterator[ox.Quad]:
        if self.endpoints.graph_store:
            try:
                response = self._session.get(
                    self.endpoints.graph_store,
                    headers={"Accept": "application/n-quads"},
                    timeout=(10, self.timeout),
                    stream=True,
                )
            except requests.RequestException as error:
                raise StoreError(f"{self.location}: cannot reach the Graph Store ({error})") from error
            if response.ok and _media(response) == "application/n-quads":
                response.raw.decode_content = True
                quads = ox.parse(cast(IO[bytes], response.raw), format=ox.RdfFormat.N_QUADS)  # a binary file object
                return (q for q in quads if isinstance(q.graph_name, ox.NamedNode) and _ours(q.graph_name.value))
            response.close()
        rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.own_graphs} }}")
        return (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)

    # ---- writing -----------------------------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        response = self._post(
            self.endpoints.update,
            data=with_prefixes(sparql).encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )
        self._check(response, "update")

    def replace_graphs(self, graphs: dict[str, GraphData]) -> int:
        if not graphs:
            return 0
        parts = [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in graphs]
        blocks, count = [], 0
        for graph_iri, data in graphs.items():
            if isinstance(data, bytes):
                lines = [
                    _terms_line(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)
                ]
            else:
                lines = [_terms_line(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in data]
            if lines:
                blocks.append(f"GRAPH {ox.NamedNode(graph_iri)} {{\n" + "\n".join(lines) + "\n}")
                count += len(lines)
        if blocks:
            parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
        # One request: servers run an update request as one transaction.
        self.update(" ;\n".join(parts))
        return count

    def remove_graph(self, graph_iri: str) -> bool:
        g = ox.NamedNode(graph_iri)
        if not bool(self.query(f"ASK {{ GRAPH {g} {{ ?s ?p ?o }} }}")):
            return False
        self.update(f"DROP SILENT GRAPH {g}")  # SILENT: Virtuoso refuses DROP of a graph no CREATE GRAPH made
        return True

    def rename_nodes(self, renames: list[tuple[str, str, str]]) -> None:
        for start in range(0, len(renames), RENAMES_PER_TRANSACTION):
            operations = []
            for graph_iri, old, new in renames[start : start + RENAMES_PER_TRANSACTION]:
                g, o, n = ox.NamedNode(graph_iri), ox.NamedNode(old), ox.NamedNode(new)
                operations.append(
                    f"DELETE {{ GRAPH {g} {{ {o} ?p ?x }} }} INSERT {{ GRAPH {g} {{ {n} ?p ?x }} }} "
                    f"WHERE {{ GRAPH {g} {{ {o} ?p ?x }} }}"
                )
                operations.append(
                    f"DELETE {{ GRAPH {g} {{ ?x ?p {o} }} }} INSERT {{ GRAPH {g} {{ ?x ?p {n} }} }} "
                    f"WHERE {{ GRAPH {g} {{ ?x ?p {o} }} }}"
                )
            self.update(" ;\n".join(operations))

    def close(self) -> None:
        self._session.close()
