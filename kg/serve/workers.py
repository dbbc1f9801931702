"""Where the endpoint's queries run (issue 16): worker processes a timeout can stop, or threads where it cannot.

A query that runs past its time limit must give its resources back. A thread cannot be stopped in Python, so over
an on-disk store served read-only each query runs in a worker process that opens the store read-only (RocksDB lets
several readers share it); a worker whose query runs out of time is killed and replaced. Spare workers are kept
ready, so that queries already running, runaway ones included, never make a cheap one wait for a worker to start.
An in-memory, remote or writable store cannot be shared with other processes: its queries run on threads, and a
timed-out query answers 503 while its thread runs on to the end.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import queue
import threading
import time
from multiprocessing.connection import Connection
from typing import Any, Callable, Optional, Protocol

from kg.serve.answers import TEXT, Answer, Job


def timed_out(seconds: float) -> Answer:
    return 503, TEXT, f"query took longer than {seconds:g} s\n".encode("utf-8")


class QueryRunner(Protocol):
    def run(self, job: Job) -> Answer: ...

    def close(self) -> None: ...


class ThreadRunner:
    """Queries on a pool of threads: for stores only this process can read (in memory, remote, writable)."""

    def __init__(self, answer: Callable[[Job], Answer], timeout: float, threads: int = 4) -> None:
        self._answer = answer
        self._timeout = timeout
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kg-query")

    def run(self, job: Job) -> Answer:
        future = self._pool.submit(self._answer, job)
        try:
            return future.result(timeout=self._timeout)
        except concurrent.futures.TimeoutError:
            return timed_out(self._timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _worker_main(location: str, settings: Any, conn: Connection) -> None:
    """A worker process: opens the store read-only, says it is ready, then answers queries until told to stop."""
    from kg.serve.answers import answer
    from kg.store import open_store

    try:
        store = open_store(location, create=False, read_only=True)
    except Exception as error:  # the parent reports it; a worker that cannot open the store serves nothing
        conn.send(("failed", str(error)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(answer(store, job, settings))


class _Worker:
    def __init__(self, context: Any, location: str, settings: Any) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(location, settings, child), daemon=True)
        self.process.start()
        child.close()

    def ready(self, timeout: float) -> bool:
        """Whether the worker opened the store in time; if not, `failure` says why."""
        self.failure = f"no answer within {timeout:g} s"
        try:
            if not self.conn.poll(timeout):
                return False
            state, self.failure = self.conn.recv()
        except (EOFError, OSError):  # it died, or the server shut down and closed it while it started
            self.failure = "the worker ended before it was ready"
            return False
        return bool(state == "ready")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.kill()


class ProcessRunner:
    """Queries on worker processes, each with its own read-only view of the store; a query past its time limit has
    its worker killed and replaced. `spare` workers are kept idle and ready, up to `most` workers in all."""

    START_TIMEOUT = 60.0  # seconds a new worker may take to open the store

    def __init__(self, location: str, settings: Any, timeout: float, spare: int = 2, most: int = 16) -> None:
        self._location, self._settings, self._timeout = location, settings, timeout
        self._most = max(1, most)
        self._spare = max(1, min(spare, self._most))
        self._context = multiprocessing.get_context("spawn")  # no fork of a process holding a store and threads
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers = 0  # started and not yet killed, busy or idle
        self._starting = 0
        self._closed = False
        first, failure = self._start()  # the first worker, waited for: a store that cannot be opened fails here
        if first is None:
            raise OSError(f"{location}: a query worker could not open the store ({failure})")
        self._idle.put(first)
        self._top_up()

    def _start(self) -> tuple[Optional[_Worker], str]:
        with self._lock:
            self._workers += 1
        worker = _Worker(self._context, self._location, self._settings)
        if worker.ready(self.START_TIMEOUT):
            return worker, ""
        worker.kill()
        with self._lock:
            self._workers -= 1
        return None, worker.failure

    def _top_up(self) -> None:
        """Starts workers in the background until `spare` are idle (or starting), within `most`."""
        with self._lock:
            wanted = min(self._spare - self._idle.qsize() - self._starting, self._most - self._workers - self._starting)
            if self._closed or wanted <= 0:
                return
            self._starting += wanted
        for _ in range(wanted):
            threading.Thread(target=self._start_spare, daemon=True, name="kg-worker-start").start()

    def _start_spare(self) -> None:
        worker, _ = self._start()
        with self._lock:
            self._starting -= 1
            closed = self._closed
        if worker is not None and closed:
            worker.stop()
        elif worker is not None:
            self._idle.put(worker)

    def run(self, job: Job) -> Answer:
        try:  # the time limit counts from when the query starts running: waiting for a worker is not running
            worker = self._idle.get(timeout=self._timeout + self.START_TIMEOUT)
        except queue.Empty:
            return 503, TEXT, b"every query worker is busy; try again\n"
        finally:
            self._top_up()
        deadline = time.monotonic() + self._timeout
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer: Answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):  # the worker died (out of memory, killed): another takes its place
            died: Optional[Answer] = (500, TEXT, b"the query's worker process died; try again\n")
        else:
            died = None
        worker.kill()
        with self._lock:
            self._workers -= 1
        self._top_up()
        return died or timed_out(self._timeout)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break
