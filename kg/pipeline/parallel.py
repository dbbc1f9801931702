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
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Callable, Iterable, Iterator, Optional

from kg.errors import KGError

CHUNK = 8  # documents per task: enough to hide the cost of sending a task, small enough to balance the load
WORKER_CHECK_SECONDS = 1.0  # how often a wait for a result looks whether a worker died


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


def _ordered(
    submit: Callable[[list[Any]], Future],
    chunks: Iterator[list[Any]],
    window: int,
    result: Callable[[Future], Any] = lambda future: future.result(),
    left: Callable[[Future], Any] = lambda future: future.cancel(),
) -> Iterator[Any]:
    pending: collections.deque[Future] = collections.deque()
    try:
        for chunk in chunks:
            pending.append(_worker_call(lambda: submit(chunk)))
            if len(pending) >= window:
                future = pending.popleft()
                yield from _worker_call(lambda: result(future))
        while pending:
            future = pending.popleft()
            yield from _worker_call(lambda: result(future))
    finally:
        for future in pending:
            left(future)


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
        self._broken = False

    def map(self, function, items):
        return _ordered(
            lambda chunk: self._pool.submit(function, chunk),
            _chunks(items, CHUNK),
            4 * self.jobs,
            self._result,
            # a broken pool's own shutdown fails the futures left (cancelled, Python 3.11 raises in its thread)
            lambda future: None if self._broken else future.cancel(),
        )

    def _workers(self) -> list[multiprocessing.process.BaseProcess]:
        return list((getattr(self._pool, "_processes", None) or {}).values())

    def _result(self, future: Future) -> Any:
        """The chunk's result, or WorkerLost as soon as a worker is seen dead. The executor finds a dead worker by
        itself, except when the worker was killed while sending a result: its manager thread then waits for the
        rest of a message that never comes, and so would this process (a build killed by the OOM killer at the
        wrong moment hung); so the workers' exit codes are looked at while waiting."""
        while True:
            try:
                return future.result(timeout=WORKER_CHECK_SECONDS)
            except FutureTimeout:
                dead = [p for p in self._workers() if p.exitcode is not None]
                if dead:
                    self._broken = True
                    raise WorkerLost(
                        f"a worker died (process {dead[0].pid} ended with exit code {dead[0].exitcode})"
                    ) from None

    def close(self) -> None:
        if self._broken:
            # the executor's manager thread may wait on a half-sent result: end the workers, then close this side's
            # end of the result pipe so that no writer is left and its read ends; then the pool shuts down
            for process in self._workers():
                if process.exitcode is None:
                    process.kill()
                process.join(timeout=5)
            writer = getattr(getattr(self._pool, "_result_queue", None), "_writer", None)
            if writer is not None:
                try:
                    writer.close()
                except OSError:
                    pass
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
