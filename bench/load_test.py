"""Load test of `kg serve` (issue 16): concurrent clients running a mix of the named queries as an explorer runs
them (a person's timeline, an organization's people, who held a post on a day, a page of a list, a cheap ASK),
for a bounded time, against an endpoint on 127.0.0.1 only; then the same endpoint with runaway queries in flight
and a cheap query beside them.

    python bench/load_test.py --store /tmp/p2k/store                 # starts `kg serve` on a free port itself
    python bench/load_test.py --store /tmp/p2k/store --clients 50 --seconds 60 --out bench/load-test.json

Reports the requests, the errors (any status but 200, any connection failure), requests per second and the
p50 / p95 / p99 / max latency, per query and overall; then the latencies of a cheap ASK while `--runaways` queries
that run past the server's time limit are in flight. Every request goes to 127.0.0.1; the count of clients and the
time are bounded (at most 200 clients, 600 s).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.query import load_query  # noqa: E402
from kg.store import open_store  # noqa: E402

PAGED = ["persons", "holdings", "events"]
CHEAP = "ASK { ?s a foaf:Person }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
_TOP = """SELECT ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?x a %s ; %s ?label } }
GROUP BY ?label ORDER BY DESC(?n) LIMIT 100"""
_POSTS = """SELECT DISTINCT ?role ?org WHERE { ?m a org:Membership ; org:role/skos:prefLabel ?role ;
  org:organization/rdfs:label ?org } LIMIT 100"""


def mix(store: str) -> list[tuple[str, str, str]]:
    """(name, method, path) of the requests clients send: a person's timeline and an organization's people for the
    100 most named of each, who held one of 100 posts on a day, a page (1-10) of a list, and a cheap ASK."""
    with open_store(store, create=False, read_only=True) as opened:
        people = [str(r[0].value) for r in opened.query(_TOP % ("foaf:Person", "foaf:name"))]
        bodies = [str(r[0].value) for r in opened.query(_TOP % ("org:Organization", "rdfs:label"))]
        posts = [(str(r[0].value), str(r[1].value)) for r in opened.query(_POSTS)]
    out = [("ask", "GET", "/query?" + urllib.parse.urlencode({"query": CHEAP}))]
    out += [("timeline", "GET", "/named/timeline?" + urllib.parse.urlencode({"person": p})) for p in people]
    out += [("people-of-org", "GET", "/named/people-of-org?" + urllib.parse.urlencode({"org": o})) for o in bodies]
    out += [
        ("who-held", "GET", "/named/who-held?" + urllib.parse.urlencode({"role": r, "org": o, "date": "2017-06-01"}))
        for r, o in posts
    ]
    for name in PAGED:
        load_query(name)  # a name the store's queries know
        out += [(name, "GET", f"/named/{name}?limit=50&offset={50 * page}") for page in range(10)]
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def summary(latencies: list[float]) -> dict:
    return {
        "requests": len(latencies),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
    }


def client(port: int, requests: list[tuple[str, str, str]], until: float, seed: int, out: dict) -> None:
    """One client: a keep-alive connection, a random request of the mix after each answer, until the deadline."""
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    while time.monotonic() < until:
        name, method, path = rng.choice(requests)
        started = time.monotonic()
        try:
            conn.request(method, path, headers={"Accept": "application/sparql-results+json"})
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            status = f"{type(error).__name__}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        elapsed = time.monotonic() - started
        with out["lock"]:
            out["latencies"].setdefault(name, []).append(elapsed)
            if status != 200:
                out["errors"].append(f"{name}: {status}")
    conn.close()


def get(port: int, query: str, timeout: float = 120) -> tuple[object, float]:
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", "/query?" + urllib.parse.urlencode({"query": query}))
        response = conn.getresponse()
        response.read()
        status: object = response.status
    except (OSError, http.client.HTTPException) as error:
        status = type(error).__name__
    finally:
        conn.close()
    return status, time.monotonic() - started


def runaway_check(port: int, runaways: int) -> dict:
    """`runaways` queries that run past the time limit sent at once; a cheap ASK each 0.2 s while they run."""
    results: list[tuple[object, float]] = []
    threads = [threading.Thread(target=lambda: results.append(get(port, RUNAWAY))) for _ in range(runaways)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    cheap = []
    while any(thread.is_alive() for thread in threads):
        cheap.append(get(port, CHEAP))
        time.sleep(0.2)
    for thread in threads:
        thread.join()
    after = get(port, CHEAP)
    return {
        "runaways": runaways,
        "runaway_statuses": sorted(str(status) for status, _ in results),
        "runaway_seconds_max": round(max(seconds for _, seconds in results), 2),
        "cheap_during": len(cheap),
        "cheap_statuses": sorted({str(status) for status, _ in cheap}),
        "cheap_max_ms": round(max(seconds for _, seconds in cheap) * 1000, 1) if cheap else None,
        "cheap_after_ms": round(after[1] * 1000, 1),
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="the store to serve (an on-disk directory)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runaways", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=30.0, help="the server's query time limit (kg serve)")
    parser.add_argument("--workers", type=int, default=10, help="the server's query workers at most (kg serve)")
    parser.add_argument("--out", help="write the figures as JSON here")
    args = parser.parse_args()
    clients, seconds = min(max(1, args.clients), 200), min(max(1.0, args.seconds), 600.0)
    port = free_port()
    kg = Path(sys.executable).with_name("kg")
    server = subprocess.Popen(
        [str(kg), "serve", "-s", args.store, "--port", str(port), "--timeout", str(args.timeout)]
        + ["--workers", str(args.workers)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(600):  # wait until it answers
            if get(port, CHEAP, timeout=2)[0] == 200:
                break
            time.sleep(0.1)
        queries = mix(args.store)
        out: dict = {"lock": threading.Lock(), "latencies": {}, "errors": []}
        until = time.monotonic() + seconds
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(port, queries, until, n, out)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        every = [x for values in out["latencies"].values() for x in values]
        figures = {
            "store": args.store,
            "workers": args.workers,
            "timeout": args.timeout,
            "clients": clients,
            "seconds": round(elapsed, 1),
            "requests_per_second": round(len(every) / elapsed, 1),
            "errors": len(out["errors"]),
            "error_examples": out["errors"][:5],
            "overall": summary(every),
            "per_query": {name: summary(values) for name, values in sorted(out["latencies"].items())},
            "runaway_check": runaway_check(port, args.runaways),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0 if figures["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
