"""A task for `kg.pipeline.parallel.ProcessRunner` whose worker dies half-way through sending its result, as a
worker the OOM killer ends at the wrong moment does (used by tests/test_parallel.py in a separate process)."""

from __future__ import annotations

import gc
import multiprocessing.queues
import os
import signal
import struct
import sys
import time


def half_sent(chunk: list[int]) -> list[int]:
    if chunk[0] == 0:
        queue = next(o for o in gc.get_objects() if isinstance(o, multiprocessing.queues.SimpleQueue))
        # a message announced as 1,000 bytes, of which 10 are written, then the worker is killed
        os.write(queue._writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.2)
    return chunk


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from kg.pipeline.parallel import ProcessRunner, WorkerLost

    started = time.monotonic()
    runner = ProcessRunner(2)
    try:
        list(runner.map(half_sent, range(40)))
        print("no error")
    except WorkerLost as error:
        print(f"lost: {error}")
    finally:
        runner.close()
    print(f"closed after {time.monotonic() - started:.1f} s")
