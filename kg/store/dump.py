"""Restores a dump that `kg export` wrote (N-Quads or TriG) into a new store, by pyoxigraph's bulk loader.

The bulk loader writes the store's files directly, without transactions: many times faster than a build's
batches, but only for a store that holds nothing yet (what a half-done load left is then the only thing at stake:
load again into a new directory). N-Quads are cut at line ends into blocks loaded by several threads at once (the
loader releases Python's lock, so two threads use two cores); TriG, whose prefixes and graphs span the file, is
loaded whole by one.
"""

from __future__ import annotations

import gzip
import os
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence, cast

import pyoxigraph as ox

from kg.errors import StoreError
from kg.formats import rdf_format_of_file
from kg.store.base import BaseStore

BLOCK_BYTES = 32 << 20  # N-Quads read and loaded 32 MB at a time, cut at a line's end
_DUMP_FORMATS = ("nquads", "trig")  # of kg.formats: the dumps `kg export` writes with their document graphs


@dataclass
class LoadSummary:
    """What a load wrote: quads, the files they came from, and how long it took."""

    quads: int = 0
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def quads_per_second(self) -> float:
        return self.quads / self.seconds if self.seconds else 0.0


def dump_format(path: Path) -> ox.RdfFormat:
    """The dump's format by its name ("graph.nq", "graph.trig.gz"), or a StoreError naming the file."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        suffixes = suffixes[:-1]
    found = rdf_format_of_file(suffixes[-1]) if suffixes else None
    if found is None or found.name not in _DUMP_FORMATS:
        raise StoreError(
            f"{path}: not a dump kg can load (N-Quads .nq or TriG .trig, gzipped or not: what `kg export -f nquads` "
            "or `-f trig` writes; Turtle and the other triple formats lose the document graphs)"
        )
    return found.oxigraph


def _open(path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz":
        return cast(BinaryIO, gzip.open(path, "rb"))
    return open(path, "rb")  # noqa: SIM115


def _blocks(handle: BinaryIO, size: int) -> Iterator[bytes]:
    """The file in blocks of about `size` bytes, each ending at a line's end."""
    rest = b""
    while True:
        chunk = handle.read(size)
        if not chunk:
            if rest:
                yield rest
            return
        data = rest + chunk
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            rest = data
            continue
        rest = data[cut:]
        yield data[:cut]


def load_dump(store: BaseStore, paths: Sequence[os.PathLike | str], threads: int = 0) -> LoadSummary:
    """Loads the dumps into `store`, which must be an embedded store that holds nothing yet.

    Args:
        store: a new embedded store (a directory, or "memory").
        paths: N-Quads (.nq) or TriG (.trig) files, gzipped or not, as `kg export` writes them.
        threads: how many blocks load at once; 0 for as many as the machine has cores.

    Returns:
        A `LoadSummary`: the quads written, the files and the seconds.

    Raises:
        StoreError: a remote store, a store that is not empty, a file that is missing, in another format or not
            valid (the message names the file; the store then holds part of the dump: load again into a new one).
    """
    bulk_load = getattr(store, "bulk_load", None)
    if bulk_load is None:
        raise StoreError(
            f"{store.location}: kg load writes a store directory; load a dump into a SPARQL server with its own loader"
        )
    if next(iter(store.quads()), None) is not None:
        raise StoreError(
            f"{store.location}: the store is not empty; kg load restores a dump into a new store (kg build adds "
            "documents to an existing one)"
        )
    files = [Path(p) for p in paths]
    formats = [dump_format(f) for f in files]
    for f in files:
        if not f.is_file():
            raise StoreError(f"{f}: no such file")
    workers = threads or os.cpu_count() or 1
    summary = LoadSummary(files=[str(f) for f in files])
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for path, fmt in zip(files, formats):
            summary.quads += _load_file(bulk_load, pool, path, fmt, workers)
    store.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _load_file(bulk_load, pool: ThreadPoolExecutor, path: Path, fmt: ox.RdfFormat, workers: int) -> int:
    try:
        with _open(path) as handle:
            if fmt != ox.RdfFormat.N_QUADS:
                data = handle.read()
                bulk_load(data, format=fmt)
                return _count_trig(data)
            pending: list[tuple[Future, int, Path]] = []
            quads = 0
            with tempfile.TemporaryDirectory(prefix="kg-load-") as scratch:
                for number, block in enumerate(_blocks(handle, BLOCK_BYTES)):
                    if len(pending) >= 2 * workers:  # read ahead no further than the loaders go
                        quads += _finished(pending.pop(0))
                    # from a file, not from bytes: the loader then reads without Python's lock, and threads run at once
                    part = Path(scratch) / f"{number}.nq"
                    part.write_bytes(block)
                    pending.append((pool.submit(bulk_load, part, format=fmt), block.count(b"\n"), part))
                for item in pending:
                    quads += _finished(item)
            return quads
    except (SyntaxError, ValueError, OSError, EOFError) as error:
        raise StoreError(f"{path}: cannot load it ({' '.join(str(error).split())[:300]})") from error


def _finished(item: tuple[Future, int, Path]) -> int:
    future, count, part = item
    future.result()
    part.unlink()
    return count


def _count_trig(data: bytes) -> int:
    return sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TRIG))
