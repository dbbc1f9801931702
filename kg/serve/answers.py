"""How the endpoint answers a query: the result's format by content negotiation, the row limit, and the HTTP status,
media type and body, the same on the server's threads and in its query worker processes (kg.serve.workers)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Optional, TypeVar, Union, cast

import pyoxigraph as ox

from kg.errors import KGError
from kg.formats import RDF_FORMATS, RESULTS_FORMATS, by_media_type
from kg.namespaces import PREFIXES
from kg.query import QueryResult, solutions_from_rows
from kg.store.base import BaseStore, QueryAnswer

Answer = tuple[int, str, bytes]  # HTTP status, media type, body
Job = tuple[Any, ...]  # ("sparql", query, accept) or ("named", name, params, limit, offset, accept)
TEXT = "text/plain; charset=utf-8"

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = by_media_type(RESULTS_FORMATS, ("json", "xml", "csv", "tsv"))
GRAPH_TYPES: dict[str, ox.RdfFormat] = by_media_type(RDF_FORMATS, ("ntriples", "turtle", "xml", "jsonld"))
F = TypeVar("F")


@dataclass
class ServeSettings:
    writable: bool = False
    timeout: float = 30.0  # seconds a query may take before the client gets 503
    max_rows: int = 100_000  # solutions or triples a query may return
    workers: int = 10  # query worker processes at most (an on-disk store served read-only)
    spare_workers: int = 10  # idle workers kept ready (8 runaway queries leave 2 free); at most `workers`
    base: str = "/"  # the path the pages are reached under (behind a reverse proxy: "/vnkg/"); links start with it


class QueryTooLarge(Exception):
    pass


class NotAcceptable(Exception):
    """The Accept header names no format this endpoint can write (HTTP 406)."""


def choose(accept: str, table: Mapping[str, F], default: str) -> tuple[str, F]:
    """The first format of the Accept header that `table` has; `default` for none, "*/*" or a matching "type/*";
    NotAcceptable when the header names only formats this endpoint cannot write."""
    parts = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    for media in parts:
        if media in table:
            return media, table[media]
        if media in ("*/*", "") or (media.endswith("/*") and any(m.startswith(media[:-1]) for m in table)):
            return default, table[default]
    if any(parts):
        raise NotAcceptable(
            f"none of the formats asked for ({accept}) can be written; this endpoint writes " + ", ".join(sorted(table))
        )
    return default, table[default]


def _take(items: Iterable, limit: int) -> tuple[list, bool]:
    """At most `limit` items, and whether there were more."""
    taken = list(itertools.islice(items, limit + 1))
    return taken[:limit], len(taken) > limit


def answer(store: BaseStore, job: Job, settings: ServeSettings) -> Answer:
    """The HTTP status, media type and body that answer a job: ("sparql", query, accept) or ("named", name, params,
    limit, offset, accept); never raises (a broken query must not take the server, or a query worker, down)."""
    try:
        if job[0] == "named":
            _, name, params, limit, offset, accept = job
            media, body = _run_named(store, name, params, limit, offset, accept, settings)
        else:
            media, body = _run(store, job[1], job[2], settings)
    except QueryTooLarge as error:
        return 413, TEXT, f"{error}\n".encode("utf-8")
    except NotAcceptable as error:
        return 406, TEXT, f"{error}\n".encode("utf-8")
    except KGError as error:
        return 400, TEXT, f"{error}\n".encode("utf-8")
    except Exception as error:
        return 400, TEXT, f"query failed: {error}\n".encode("utf-8")
    return 200, with_charset(media), body


def with_charset(media: str) -> str:
    """A text format's media type says its encoding."""
    return media + ("; charset=utf-8" if media.startswith("text/") else "")


def _run(store: BaseStore, query: str, accept: str, settings: ServeSettings) -> tuple[str, bytes]:
    results: Optional[QueryAnswer]  # Optional: both are dropped once read (below)
    items: Optional[Iterator[Union[list[Any], ox.Triple]]]
    fmt: Union[ox.QueryResultsFormat, ox.RdfFormat]
    results = store.query(query)
    if isinstance(results, ox.QueryBoolean):
        media, boolean_fmt = choose(accept, RESULT_TYPES, "application/sparql-results+json")
        return media, cast(bytes, results.serialize(format=boolean_fmt))  # serializers given no output return the bytes
    if isinstance(results, ox.QuerySolutions):
        media, fmt = choose(accept, RESULT_TYPES, "application/sparql-results+json")
        variables = [v.value for v in results.variables]
        items, what = ([s[v] for v in variables] for s in results), "results"
    else:
        media, fmt = choose(accept, GRAPH_TYPES, "application/n-triples")
        items, what = iter(results), "triples"
    taken, too_large = _take(items, settings.max_rows)
    # pyoxigraph's iterators must be dropped on the thread that made them, so none may escape with an error
    results = items = None
    if too_large:
        raise QueryTooLarge(f"more than {settings.max_rows} {what}; add a LIMIT")
    if isinstance(fmt, ox.QueryResultsFormat):  # the solutions of a SELECT (what == "results")
        return media, cast(bytes, solutions_from_rows(QueryResult(variables, taken)).serialize(format=fmt))
    return media, serialize_graph(taken, fmt)


def serialize_graph(triples: Iterable[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    """Triples in an RDF format, with the project's prefixes where the format has them (not N-Triples)."""
    data = ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt != ox.RdfFormat.N_TRIPLES else None)
    return cast(bytes, data)  # no output given: the bytes


_NAMED_FORMATS = {"application/sparql-results+json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv"}
_NAMED_MEDIA = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values"}


def _run_named(
    store: BaseStore,
    name: str,
    params: dict[str, str],
    limit: Optional[int],
    offset: int,
    accept: str,
    settings: ServeSettings,
) -> tuple[str, bytes]:
    """A named query (queries/*.rq) with its parameters bound as RDF terms (never pasted into its text), paged by
    `limit` and `offset`, written as SPARQL JSON, CSV or TSV."""
    from kg.query import load_query, query_text

    media, fmt = choose(accept, _NAMED_FORMATS, "application/sparql-results+json")
    rows = min(limit, settings.max_rows) if limit is not None else settings.max_rows + 1
    text, count = query_text(store, load_query(name), params, fmt, limit=rows, offset=offset)
    if limit is None and count is not None and count > settings.max_rows:
        raise QueryTooLarge(f"more than {settings.max_rows} results; add limit=")
    return _NAMED_MEDIA[fmt], text.encode("utf-8")
