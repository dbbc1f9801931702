"""Where document analysis runs: in this process, in N worker processes, or on a Dask distributed cluster.

Each runner maps a function over chunks of documents and yields the results in input order, keeping only a
bounded number of chunks in flight, so a corpus of any size streams through in constant memory and the store
is written in the same order whatever the runner (the graph does not depend on it).
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Optional

from kg.errors import KGError

CHUNK = 8  # documents per task: enough to hide the cost of sending a task, small enough to balance the load


def _worker_setup(parent: int) -> None:
    # Ctrl-C reaches every process of the terminal's group; only the main process decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker whose build was killed (SIGKILL, OOM) must not linger: it ends when its parent is gone. The parent's
    # pid comes from the parent itself: a worker started after the parent died must see the difference too.

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class WorkerLost(KGError):
    """A worker process or cluster worker died (killed, out of memory): its documents have no result."""


def _worker_call(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except (KeyboardInterrupt, KGError):
        raise
    except Exception as error:  # the task function catches its own errors, so this is the worker itself failing
        raise WorkerLost(
            f"a worker died ({type(error).__name__}: {' '.join(str(error).split()) or 'no message'})"
        ) from error


def _ordered(submit: Callable[[list[Any]], Future], chunks: Iterator[list[Any]], window: int) -> Iterator[Any]:
    pending: collections.deque[Future] = collections.deque()
    try:
        for chunk in chunks:
            pending.append(_worker_call(lambda: submit(chunk)))
            if len(pending) >= window:
                yield from _worker_call(pending.popleft().result)
        while pending:
            yield from _worker_call(pending.popleft().result)
    finally:
        for future in pending:
            future.cancel()


class Runner:
    """Runs `function(chunk) -> list` over chunks of items; results come back in order, one per item."""

    description = "in this process"

    def map(self, function: Callable[[list[Any]], list[Any]], items: Iterable[Any]) -> Iterator[Any]:
        for chunk in _chunks(items, CHUNK):
            yield from function(chunk)

    def close(self) -> None:
        pass

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ProcessRunner(Runner):
    """N worker processes on this machine (each loads the models once)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.description = f"in {jobs} worker processes"
        # "spawn": the parent holds an open store and threads; forking those is unsafe.
        self._pool = ProcessPoolExecutor(
            jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_setup, initargs=(os.getpid(),)
        )

    def map(self, function, items):
        return _ordered(lambda chunk: self._pool.submit(function, chunk), _chunks(items, CHUNK), 4 * self.jobs)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(Runner):
    """Workers of a Dask distributed cluster (they need kg installed, the same version)."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as error:
            raise KGError("--scheduler needs Dask: pip install 'vnkg[dask]'") from error
        try:
            # how long to try: Dask's own setting distributed.comm.timeouts.connect (30 s unless configured)
            self._client = Client(address, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise KGError(f"cannot reach the Dask scheduler at {address} ({error})") from error
        workers = self._client.scheduler_info().get("workers", {})
        self._threads = max(1, sum(w.get("nthreads", 1) for w in workers.values()))
        self.description = f"on the Dask cluster at {address} ({len(workers)} workers)"

    def map(self, function, items):
        def submit(chunk):
            return self._client.submit(function, chunk, pure=False)

        return _ordered(submit, _chunks(items, CHUNK), 4 * self._threads)

    def close(self) -> None:
        self._client.close()


def make_runner(jobs: int = 1, scheduler: Optional[str] = None) -> Runner:
    """The runner for `kg build -j N` / `--scheduler ADDRESS`."""
    if scheduler:
        return DaskRunner(scheduler)
    if jobs < 1:
        raise KGError(f"-j must be at least 1 (got {jobs})")
    return ProcessRunner(jobs) if jobs > 1 else Runner()
