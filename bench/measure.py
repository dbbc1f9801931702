"""Runs a command and measures its wall time and the peak memory of its whole process tree (workers included)."""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass

import psutil  # comes with dask[distributed]; sums the RSS of a process and all its children


@dataclass
class Measured:
    seconds: float
    peak_mb: float  # highest sum of resident memory over the process and its children, sampled every 0.1 s
    returncode: int
    stdout: str
    stderr: str


def run_measured(command: list[str], **popen) -> Measured:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                total = root.memory_info().rss
                for child in root.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total)
            except psutil.Error:
                pass
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return Measured(seconds, peak / 2**20, process.returncode, stdout, stderr)
