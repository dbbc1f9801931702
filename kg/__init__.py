"""kg: knowledge graphs of people, positions and organizations from Vietnamese news.

Every `kg` command is one function here, usable from Python and Jupyter:

    import kg

    store = kg.open_store("graph/")                      # a directory, "memory" or a SPARQL server's URL
    summary = kg.build(["news/", "corpus.jsonl.gz"], store)
    people = kg.run_query(store, kg.load_query("people-of-org"), {"org": "Ban Tổ chức Trung ương"})
    print(kg.format_result(people, "table"))
    kg.export(store, "turtle", "graph.ttl")
    kg.load_dump(kg.open_store("copy/"), ["graph.nq"])    # a dump of `kg export -f nquads` into a new store
    kg.link(store, reference="wikipedia-politicians.json")

The analysis is a pipeline of named components (`kg.components`): `segment` -> `extract` (the grammar) ->
`model` (the span model beside it) -> `resolve`; `component` registers another, `EXTRACTORS` names the
built-in choices. Errors the user can act on are `KGError`s with a one-line message.

Packages: `kg.ingest` (inputs to documents), `kg.language` (text, lexicons, name keys), `kg.extract` (the pipeline's
components), `kg.graph` (IRIs, RDF, ontology, identity, inference, validation), `kg.store` (embedded and remote
stores), `kg.pipeline` (the build and its hooks), `kg.linking` (linking to Wikidata-shaped data), `kg.serve` (the SPARQL
endpoint), `kg.cli` (the command).

The names below are loaded on first use, so that `import kg` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kg.version import __version__

#: module -> the public names it gives to `kg`
_API: dict[str, tuple[str, ...]] = {
    "kg.pipeline": ("build", "remove", "BuildSummary", "RemoveSummary"),
    "kg.ingest": ("iter_documents", "Problem"),
    "kg.document": ("Document",),
    "kg.components": ("component", "run_pipeline", "parse_pipeline", "EXTRACTORS", "DEFAULT_PIPELINE"),
    "kg.store": ("open_store", "BaseStore"),
    "kg.store.dump": ("load_dump", "LoadSummary"),
    "kg.query": ("run_query", "load_query", "named_queries", "format_result", "QueryResult"),
    "kg.graph.export": ("export", "ExportResult"),
    "kg.stats": ("store_stats", "StoreStats"),
    "kg.serve": ("make_server", "ServeSettings"),
    "kg.graph.validate": ("validate", "ValidationReport"),
    "kg.evaluate": ("evaluate_file", "Report"),
    "kg.linking": ("link", "LinkSummary"),
    "kg.linking.wikipedia": ("convert_wikipedia",),
    "kg.errors": ("KGError", "InputError", "QueryError", "StoreError", "OntologyError", "LinkError"),
}
_MODULE_OF = {name: module for module, names in _API.items() for name in names}

__all__ = [
    "__version__",
    # building and removing documents
    "build", "remove", "BuildSummary", "RemoveSummary", "iter_documents", "Problem", "Document",
    # the pipeline's components
    "component", "run_pipeline", "parse_pipeline", "EXTRACTORS", "DEFAULT_PIPELINE",
    # stores and reading them
    "open_store", "BaseStore", "run_query", "load_query", "named_queries", "format_result", "QueryResult",
    "export", "ExportResult", "load_dump", "LoadSummary", "store_stats", "StoreStats", "make_server", "ServeSettings",
    # checking
    "validate", "ValidationReport", "evaluate_file", "Report",
    # linking
    "link", "LinkSummary", "convert_wikipedia",
    # errors
    "KGError", "InputError", "QueryError", "StoreError", "OntologyError", "LinkError",
]  # fmt: skip

if TYPE_CHECKING:
    from kg.components import DEFAULT_PIPELINE, EXTRACTORS, component, parse_pipeline, run_pipeline
    from kg.document import Document
    from kg.errors import InputError, KGError, LinkError, OntologyError, QueryError, StoreError
    from kg.evaluate import Report, evaluate_file
    from kg.graph.export import ExportResult, export
    from kg.graph.validate import ValidationReport, validate
    from kg.ingest import Problem, iter_documents
    from kg.linking import LinkSummary, link
    from kg.linking.wikipedia import convert_wikipedia
    from kg.pipeline import BuildSummary, RemoveSummary, build, remove
    from kg.query import QueryResult, format_result, load_query, named_queries, run_query
    from kg.serve import ServeSettings, make_server
    from kg.stats import StoreStats, store_stats
    from kg.store import BaseStore, open_store
    from kg.store.dump import LoadSummary, load_dump


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))
