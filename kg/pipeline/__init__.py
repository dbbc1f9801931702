"""The one way through: ingest -> normalize -> segment -> extract -> resolve -> map -> store."""

from __future__ import annotations

import datetime
import hashlib
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterable, Iterator, Optional

from kg.components import DEFAULT_PIPELINE, RULES_PIPELINE, StageFailed, pipeline_settings, run_pipeline
from kg.document import Document
from kg.errors import InputError, KGError
from kg.graph import iri
from kg.graph.identity import ensure_identities
from kg.graph.inference import refresh_inferences
from kg.graph.rdf import to_triples
from kg.ingest.sources import Problem, iter_documents
from kg.language.text import normalize_document_text
from kg.pipeline.hooks import run_after_change
from kg.pipeline.parallel import WorkerLost, make_runner
from kg.stats import StoreStats, store_stats
from kg.store.base import BaseStore, GraphData, to_nquads
from kg.version import __version__

BATCH_SIZE = 200  # documents per write transaction


def normalize(doc: Document, min_confidence: float = 0.0, pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> Document:
    """Canonical text (NFC, new tone placement) and its hash; every later offset points into this text.

    The hash covers the content, the build settings and the kg version, so a document is rebuilt exactly when
    what it would contribute can have changed.
    """
    doc.text = normalize_document_text(doc.text)
    doc.title = normalize_document_text(doc.title)
    doc.place = normalize_document_text(doc.place)
    fields: tuple[str, ...] = (
        doc.text,
        doc.title,
        doc.date,
        doc.source,
        doc.place,
        f"min_confidence={min_confidence}",
        __version__,
    )
    if tuple(pipeline) != RULES_PIPELINE:  # the grammar alone leaves the hash (and existing stores) as they were
        fields += ("pipeline=" + pipeline_settings(tuple(pipeline)),)
    doc.content_hash = hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()
    doc.build_settings = (
        f"kg {__version__}; pipeline {pipeline_settings(tuple(pipeline))}; min_confidence {min_confidence:g}"
    )
    return doc


def analyse(doc: Document, min_confidence: float = 0.0, pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> Document:
    """The analysis after normalization: the pipeline's components in order, then the confidence filter."""
    doc = run_pipeline(doc, pipeline)
    if min_confidence > 0:
        doc.holdings = [h for h in doc.holdings if h.confidence >= min_confidence]
    return doc


def process(doc: Document, min_confidence: float = 0.0, pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> Document:
    """Runs every step on one document (handy from Python and in tests)."""
    return analyse(normalize(doc, min_confidence, pipeline), min_confidence, pipeline)


@dataclass
class BuildSummary:
    """This run's figures, and the whole store's after it (`store`): the two are never mixed."""

    documents: int = 0  # documents built (new or changed) by this run
    unchanged: int = 0  # skipped because the store already has the same content
    holdings: int = 0  # holdings found in the documents this run built
    store: StoreStats = field(default_factory=StoreStats)  # the store after the build
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    interrupted: bool = False  # stopped by Ctrl-C; what was built is saved, the same command resumes

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "unchanged": self.unchanged,
            "skipped": len(self.problems),
            "holdings": self.holdings,
            "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
            "store": self.store.as_dict(),
        }


@dataclass
class Analysed:
    """What a worker sends back for one document: its graph as N-Quads, or why it failed."""

    doc_id: str
    origin: str
    graph: str
    nquads: bytes = b""
    holdings: int = 0
    error: str = ""  # one line: the kind of error and the stage it came from
    detail: str = ""  # the traceback, shown with --debug


def analyse_chunk(
    docs: list[Document], min_confidence: float = 0.0, pipeline: tuple[str, ...] = DEFAULT_PIPELINE
) -> list[Analysed]:
    """Analyses normalized documents into their graphs (runs in worker processes; one bad document fails alone)."""
    results = []
    for doc in docs:
        graph = str(iri.graph(doc.id))
        try:
            doc = analyse(doc, min_confidence, pipeline)
            try:
                nquads = to_nquads(graph, to_triples(doc))
            except Exception as error:
                raise StageFailed("map", error) from error
            results.append(Analysed(doc.id, doc.origin, graph, nquads, len(doc.holdings)))
        except StageFailed as failed:  # one bad document must not stop a corpus build
            results.append(Analysed(doc.id, doc.origin, graph, error=str(failed), detail=failed.detail))
    return results


class _Stop(Exception):
    """--strict: the first problem ends the build."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _is_iso_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def build(
    inputs: Iterable[str],
    store: BaseStore,
    *,
    min_confidence: float = 0.0,
    pipeline: tuple[str, ...] = DEFAULT_PIPELINE,
    jobs: int = 1,
    scheduler: Optional[str] = None,
    strict: bool = False,
    batch_size: int = BATCH_SIZE,
    on_problem: Optional[Callable[[Problem], None]] = None,
    on_document: Optional[Callable[[Document], None]] = None,
    stdin=None,
    default_date: str = "",
) -> BuildSummary:
    """Extracts every input document into `store`; bad inputs are reported and skipped, the rest goes on.

    Analysis runs in this process, in `jobs` worker processes or on the Dask cluster at `scheduler`; the graph
    is the same. Documents are written `batch_size` at a time, one transaction per batch, so an interruption
    (Ctrl-C, a kill, a crash) loses at most the batch in progress, and running the same build again resumes:
    documents already in the store with the same content are skipped. With `strict`, the first problem stops the
    build (raised as InputError after saving what was built).

    Args:
        inputs: files, folders, `.jsonl`/`.jsonl.gz` files, HTML pages, or "-" for `stdin` (see `iter_documents`).
        store: where the graph goes (`open_store`).
        min_confidence: holdings below this confidence are left out.
        pipeline: the components to run, by name (`kg.components`); part of the build settings.
        jobs: worker processes for the analysis.
        scheduler: the address of a Dask scheduler to run the analysis on instead.
        strict: stop at the first bad input.
        batch_size: documents written per transaction.
        on_problem: called with each bad input or failed document (else they are collected in the summary).
        on_document: called with each document after its analysis (progress bars).
        stdin: what "-" reads (default `sys.stdin`).
        default_date: the date (YYYY-MM-DD) of documents that do not give one (plain text files, standard
            input, JSONL records without `date`): dates written without a year are read against it.

    Returns:
        A `BuildSummary`: this run's figures (documents built, unchanged, holdings, problems) and the store's.

    Raises:
        InputError: with `strict`, for the first bad input. StoreError: the store cannot be written.
    """
    if default_date and not _is_iso_date(default_date):
        raise InputError("--date", f"{default_date!r} is not a date written YYYY-MM-DD")
    started = time.perf_counter()
    summary = BuildSummary()

    def problem(p: Problem) -> None:
        summary.problems.append(p)
        if strict:
            raise _Stop(p)
        if on_problem is not None:
            on_problem(p)

    known = store.content_hashes()

    stopped: list[Problem] = []

    def to_analyse() -> Iterator[Document]:
        try:
            for doc in iter_documents(list(inputs), on_problem=problem, stdin=stdin):
                doc.date = doc.date or default_date
                try:
                    doc = normalize(doc, min_confidence, pipeline)
                except Exception as error:  # one document's bug must not end the batch
                    failed = StageFailed("normalize", error)
                    problem(Problem(doc.origin or doc.id, f"document {doc.id}: {failed}", detail=failed.detail))
                    continue
                if known.get(doc.id) == doc.content_hash:
                    summary.unchanged += 1  # same content, same settings: nothing to redo
                    if on_document is not None:
                        on_document(doc)
                    continue
                yield doc
        except _Stop as stop:  # --strict: the documents read before the bad input are still built
            stopped.append(stop.problem)

    batch: dict[str, GraphData] = {}

    def flush() -> None:
        if batch:
            store.replace_graphs(batch)
            # Writes the batch out of the store's in-memory tables: without it, an embedded store's memory
            # grows with the corpus (about 1 GB per million triples); with it, it stays flat, and loads are faster.
            store.flush()
            batch.clear()

    lost: Optional[WorkerLost] = None
    with make_runner(jobs, scheduler) as runner:
        try:
            analyser = partial(analyse_chunk, min_confidence=min_confidence, pipeline=tuple(pipeline))
            for result in runner.map(analyser, to_analyse()):
                if result.error:
                    problem(
                        Problem(
                            result.origin or result.doc_id,
                            f"document {result.doc_id}: {result.error}",
                            detail=result.detail,
                        )
                    )
                    continue
                batch[result.graph] = result.nquads
                summary.documents += 1
                summary.holdings += result.holdings
                if len(batch) >= batch_size:
                    flush()
                if on_document is not None:
                    on_document(Document(id=result.doc_id, text="", origin=result.origin))
        except KeyboardInterrupt:
            summary.interrupted = True
        except _Stop as stop:
            stopped.append(stop.problem)
        except WorkerLost as error:
            lost = error
    flush()
    if ensure_identities(store) is not None:  # the documents changed: links from vanished IRIs go
        run_after_change(store)
    refresh_inferences(store)
    store.flush()
    summary.store = store_stats(store)
    summary.seconds = time.perf_counter() - started
    if lost is not None:
        raise KGError(
            f"{lost}; the {summary.documents} documents built before it are saved in {store.location}; "
            "run the same command again to resume"
        )
    if stopped:
        raise InputError(
            stopped[0].source,
            f"{stopped[0].reason} (--strict: stopped here; {summary.documents} documents built before it are saved)",
        )
    return summary


@dataclass
class RemoveSummary:
    """What `remove` did: the documents removed, those the store did not have, and how many triples went."""

    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    triples: int = 0


def remove(doc_ids: Iterable[str], store: BaseStore) -> RemoveSummary:
    """Removes documents and everything only they contributed (each document's named graph).

    Args:
        doc_ids: the documents' ids (as `kg query persons` shows them).
        store: the store to remove them from.

    Returns:
        A `RemoveSummary`: the ids removed, those the store did not have, and the triples removed.
    """
    summary = RemoveSummary()
    for doc_id in doc_ids:
        (summary.removed if store.remove_graph(str(iri.graph(doc_id))) else summary.missing).append(doc_id)
    if ensure_identities(store) is not None:  # the documents changed: links from vanished IRIs go
        run_after_change(store)
    refresh_inferences(store)
    store.flush()
    summary.triples = len(store)
    return summary
