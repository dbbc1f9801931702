"""How long `kg serve` takes to answer the explorer's pages on a real graph (issue 14: a person page under 300 ms).

Starts the server on 127.0.0.1 in this process, asks for the pages of the most mentioned people and organizations,
some of their articles, the overview and a few searches, and reports the time from request to the last byte of the
answer (so the server's work plus a local HTTP round trip: an upper bound of the time at the server). Each page is
asked twice; the first answer (cold caches) and the second are reported apart.

    python bench/explorer_pages.py STORE [--count 20] [--out bench/explorer-pages.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg import __version__
from kg.serve import ServeSettings, make_server
from kg.serve.explorer import local_path
from kg.store import open_store

MOST_MENTIONED = """
SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e a %s } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT %d
"""
DOCUMENTS = "SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d a <https://schema.org/NewsArticle> } } ORDER BY ?d LIMIT %d"
SEARCHES = ["nguyen xuan phuc", "bộ công an", "ubnd", "Quốc hội", "hà nội", "chủ tịch"]


def _iris(store, sparql: str) -> list[str]:
    return [row[0].value for row in store.query(sparql)]


def _timed_get(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        size = len(response.read())
    return time.perf_counter() - started, size


def _summary(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "pages": len(ordered),
        "median_ms": round(1000 * statistics.median(ordered), 1),
        "p95_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
        "max_ms": round(1000 * ordered[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--count", type=int, default=20, help="people, organizations and articles each")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "explorer-pages.json")
    args = parser.parse_args()
    with open_store(args.store, create=False) as store:
        paths = {
            "person": [local_path(i) for i in _iris(store, MOST_MENTIONED % ("foaf:Person", args.count))],
            "organization": [
                local_path(i)
                for i in _iris(store, MOST_MENTIONED % ("<http://www.w3.org/ns/org#Organization>", args.count))
            ],
            "document": [local_path(i) for i in _iris(store, DOCUMENTS % args.count)],
            "overview": ["/overview"],
            "search": ["/search?q=" + urllib.parse.quote(text) for text in SEARCHES],
        }
        server = make_server(store, "127.0.0.1", 0, ServeSettings())
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = "http://127.0.0.1:%d" % server.server_address[1]
        figures: dict[str, dict] = {}
        try:
            for kind, kind_paths in paths.items():
                first, second = [], []
                for path in kind_paths:
                    if path is None:
                        continue
                    first.append(_timed_get(base + path)[0])
                    second.append(_timed_get(base + path)[0])
                figures[kind] = {"first": _summary(first), "again": _summary(second)}
        finally:
            server.shutdown()
            server.server_close()
    result = {"store": args.store, "kg": __version__, "python": sys.version.split()[0], "pages": figures}
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("| page | pages | first: median / p95 / max (ms) | again: median / p95 / max (ms) |")
    print("|---|---|---|---|")
    for kind, figure in figures.items():
        a, b = figure["first"], figure["again"]
        print(
            f"| {kind} | {a['pages']} | {a['median_ms']} / {a['p95_ms']} / {a['max_ms']} | "
            f"{b['median_ms']} / {b['p95_ms']} / {b['max_ms']} |"
        )


if __name__ == "__main__":
    main()
