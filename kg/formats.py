"""The one table of the RDF and SPARQL results formats kg reads and writes, by name, file ending and media type.

Every command that picks a format (export, validate, reference files, the query command, the server, remote
stores) looks it up here, so a format is added or renamed once.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class RdfFormat:
    name: str  # as `kg export -f NAME` takes it
    oxigraph: ox.RdfFormat
    rdflib: str  # rdflib's parser name (`kg validate` of files)
    suffixes: tuple[str, ...]  # file endings, the usual one first
    media_types: tuple[str, ...]  # the registered one first
    quads: bool  # keeps named graphs
    prefixed: bool  # writes prefixes (compact IRIs)
    exported: bool = True  # offered by `kg export`


@dataclass(frozen=True)
class ResultsFormat:
    name: str  # as `kg query --format NAME` takes it
    oxigraph: ox.QueryResultsFormat
    media_types: tuple[str, ...]
    typed: bool  # keeps every term's kind, datatype and language (what a remote store must answer in)


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ox.RdfFormat.TURTLE, "turtle", (".ttl", ".turtle"), ("text/turtle",), False, True),
    RdfFormat("ntriples", ox.RdfFormat.N_TRIPLES, "nt", (".nt", ".ntriples"), ("application/n-triples",), False, False),
    RdfFormat("nquads", ox.RdfFormat.N_QUADS, "nquads", (".nq", ".nquads"), ("application/n-quads",), True, False),
    RdfFormat("trig", ox.RdfFormat.TRIG, "trig", (".trig",), ("application/trig",), True, True),
    RdfFormat("jsonld", ox.RdfFormat.JSON_LD, "json-ld", (".jsonld", ".json"), ("application/ld+json",), True, True),
    RdfFormat("xml", ox.RdfFormat.RDF_XML, "xml", (".rdf", ".xml", ".owl"), ("application/rdf+xml",), False, True),
    RdfFormat("n3", ox.RdfFormat.N3, "n3", (".n3",), ("text/n3",), False, True, exported=False),
)

RESULTS_FORMATS: tuple[ResultsFormat, ...] = (
    ResultsFormat("json", ox.QueryResultsFormat.JSON, ("application/sparql-results+json", "application/json"), True),
    ResultsFormat("xml", ox.QueryResultsFormat.XML, ("application/sparql-results+xml", "application/xml"), True),
    ResultsFormat("csv", ox.QueryResultsFormat.CSV, ("text/csv",), False),
    ResultsFormat("tsv", ox.QueryResultsFormat.TSV, ("text/tab-separated-values",), True),
)

#: The RDF formats `kg export` (and `kg reference convert`) writes, by name.
EXPORTED_FORMATS: dict[str, RdfFormat] = {f.name: f for f in RDF_FORMATS if f.exported}

#: What `kg query --format` prints: an aligned table, or one of the results formats above.
QUERY_OUTPUTS: tuple[str, ...] = ("table", "csv", "tsv", "json")


def rdf_format(name: str) -> RdfFormat:
    """The RDF format called `name` (KeyError for an unknown one)."""
    return {f.name: f for f in RDF_FORMATS}[name]


def rdf_format_of_file(suffix: str) -> RdfFormat | None:
    """The RDF format a file ending (".ttl", ".NQ") stands for, None for an unknown one."""
    return next((f for f in RDF_FORMATS if suffix.lower() in f.suffixes), None)


def results_format(name: str) -> ResultsFormat:
    """The SPARQL results format called `name` (KeyError for an unknown one)."""
    return {f.name: f for f in RESULTS_FORMATS}[name]


def accept_header(preferred: list[tuple[RdfFormat | ResultsFormat, float]]) -> str:
    """An HTTP Accept header asking for these formats with these weights (the registered media type of each)."""
    return ", ".join(f.media_types[0] + ("" if q == 1 else f";q={q:g}") for f, q in preferred)


def by_media_type(formats: tuple[RdfFormat, ...] | tuple[ResultsFormat, ...], names: tuple[str, ...]) -> dict:
    """Media type -> pyoxigraph format of the formats called `names`, in that order (for content negotiation)."""
    chosen = {f.name: f for f in formats}
    return {media: chosen[name].oxigraph for name in names for media in chosen[name].media_types}
