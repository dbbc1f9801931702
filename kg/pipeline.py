"""The one way through: ingest -> normalize -> segment -> extract -> resolve -> map -> store."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from . import __version__, iri
from .document import Document
from .extract import extract
from .identity import resolve_identities
from .ingest import Problem, iter_documents
from .mapping import to_triples
from .nlp import segment
from .resolve import resolve
from .store import Store
from .text import normalize_document_text

BATCH_SIZE = 200  # documents per write transaction


def normalize(doc: Document, min_confidence: float = 0.0) -> Document:
    """Canonical text (NFC, new tone placement) and its hash; every later offset points into this text.

    The hash covers the content, the build settings and the kg version, so a document is rebuilt exactly when
    what it would contribute can have changed.
    """
    doc.text = normalize_document_text(doc.text)
    doc.title = normalize_document_text(doc.title)
    doc.place = normalize_document_text(doc.place)
    fields = (doc.text, doc.title, doc.date, doc.source, doc.place, f"min_confidence={min_confidence}", __version__)
    doc.content_hash = hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()
    return doc


def analyse(doc: Document, min_confidence: float = 0.0) -> Document:
    """The analysis steps after normalization: segment, extract, resolve, filter by confidence."""
    doc = resolve(extract(segment(doc)))
    if min_confidence > 0:
        doc.holdings = [h for h in doc.holdings if h.confidence >= min_confidence]
    return doc


def process(doc: Document, min_confidence: float = 0.0) -> Document:
    """Runs every step on one document (handy from Python and in tests)."""
    return analyse(normalize(doc, min_confidence), min_confidence)


@dataclass
class BuildSummary:
    documents: int = 0  # documents built (new or changed)
    unchanged: int = 0  # skipped because the store already has the same content
    persons: int = 0  # distinct persons in the store after the build
    holdings: int = 0  # holdings in the documents built
    organizations: int = 0  # distinct organizations in the store after the build
    triples: int = 0  # quads in the store after the build
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "unchanged": self.unchanged,
            "persons": self.persons,
            "holdings": self.holdings,
            "organizations": self.organizations,
            "triples": self.triples,
            "seconds": round(self.seconds, 2),
            "skipped": len(self.problems),
        }


def build(
    inputs: Iterable[str],
    store: Store,
    *,
    min_confidence: float = 0.0,
    on_problem: Optional[Callable[[Problem], None]] = None,
    on_document: Optional[Callable[[Document], None]] = None,
    stdin=None,
) -> BuildSummary:
    """Extracts every input document into `store`; bad inputs are reported and skipped, the rest goes on."""
    started = time.perf_counter()
    summary = BuildSummary()

    def problem(p: Problem) -> None:
        summary.problems.append(p)
        if on_problem is not None:
            on_problem(p)

    known = store.content_hashes()
    batch: dict[str, list] = {}

    def flush() -> None:
        if batch:
            store.replace_graphs(batch)
            batch.clear()

    for doc in iter_documents(list(inputs), on_problem=problem, stdin=stdin):
        doc = normalize(doc, min_confidence)
        if known.get(doc.id) == doc.content_hash:
            summary.unchanged += 1  # same content, same settings: nothing to redo
        else:
            try:
                doc = analyse(doc, min_confidence)
            except Exception as error:  # one bad document must not stop a corpus build
                problem(Problem(doc.origin or doc.id, f"extraction failed: {type(error).__name__}: {error}"))
                continue
            batch[str(iri.graph(doc.id))] = list(to_triples(doc))
            summary.documents += 1
            summary.holdings += len(doc.holdings)
            if len(batch) >= BATCH_SIZE:
                flush()
        if on_document is not None:
            on_document(doc)
    flush()
    if summary.documents:
        resolve_identities(store)
    store.flush()
    summary.persons, summary.organizations = store_entity_counts(store)
    summary.triples = len(store)
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass
class RemoveSummary:
    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    triples: int = 0


def remove(doc_ids: Iterable[str], store: Store) -> RemoveSummary:
    """Removes documents and everything only they contributed (each document's named graph)."""
    summary = RemoveSummary()
    for doc_id in doc_ids:
        (summary.removed if store.remove_graph(str(iri.graph(doc_id))) else summary.missing).append(doc_id)
    if summary.removed:
        resolve_identities(store)
    store.flush()
    summary.triples = len(store)
    return summary


def store_entity_counts(store: Store) -> tuple[int, int]:
    """Distinct persons and organizations in the whole store."""
    row = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?p) AS ?persons) (COUNT(DISTINCT ?o) AS ?orgs) "
        "WHERE { { ?p a foaf:Person } UNION { ?o a org:Organization } }"
    )))
    return int(row["persons"].value), int(row["orgs"].value)
